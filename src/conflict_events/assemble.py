"""Matches + modality + time -> events: slot filling for Arabic news syntax.

In: the tokens of a text (their text, normalized form, lexical key and character offsets),
the lexicon matches (triggers, actors, places, cues, support verbs) as token ranges, the
sentences as token ranges, and the resolved time expressions. Out:
:class:`~conflict_events.records.Event` records with their actors, targets, place, date,
modality, fatalities and the ids of the rules that produced them.

No spaCy here: everything works on plain tokens and offsets, so each rule can be tested on
its own. The rules, each named by the id it adds to ``Event.rules``:

* ``slot.vso`` / ``slot.svo``: a verb's actor after it ("شنت حركة الشباب هجوما") or before
  it ("القوات المشتركة صدت هجوما");
* ``slot.nisba``: a nationality adjective on a nominal trigger is its actor ("غارة جوية
  إسرائيلية" -> ISR MIL); a second one, of talks or a deal, its target ("اجتماع عراقي
  أمريكي"), of any other act one more actor ("الغارات الأمريكية البريطانية"); so is one on the
  attack a passive verb was done by ("اغتيل ضابط بغارة روسية");
* ``slot.addressee``: who is called on acts in the act called for ("دعا مجلس الأمن الأطراف
  الليبية إلى الالتزام بوقف إطلاق النار"); ``slot.callers``: a protest called for with no one
  called on is its callers' ("دعت أحزاب معارضة إلى التظاهر"); ``slot.warned``: whom a
  warning warns would make the act it warns against ("حذرت واشنطن طهران من تزويد");
* ``slot.undertaker``: who undertook or managed the act of a verbal noun ("أقدم مسلحون على
  اختطاف", "تمكنت القوات من تحرير");
* ``slot.document``: a verb describing a document is said by who adopted it ("تبنى
  المجلس قرارا ينتقد إيران");
* ``slot.by``: "لـ / من قبل / من جانب / على يد / من" + actor after a nominal trigger
  ("قصف لقوات الدعم السريع") or a passive verb (with the fire's nisba: "برصاص إسرائيلي"), and
  who an attack is ascribed to ("هجوم نسب إلى جهاديين"); ``slot.owner``: whose aircraft or
  drones strike ("مسيرات تابعة للجيش قصفت", "استهدفت مسيرة تابعة لقوات الدعم السريع محطة");
* ``slot.genitive``: an actor right after a nominal trigger ("قصف الاحتلال منزلا", "هجمات
  المستوطنين"), also an indefinite or civilian one when its object follows ("اقتحام
  مستوطنين للمسجد"), and an armed force before a count or an indefinite object ("اعتقال
  الشرطة ثلاثة صحفيين"); ``slot.crowd``: a crowd counted after a protest's word protests
  ("تظاهر المئات أمام السفارة": OPP, of the place's country);
* ``slot.support``: the actor of a light verb before or after the noun ("نفذ الجيش غارة",
  "قصف جوي شنته طائرات حربية روسية");
* ``slot.target-prep``: "على / ضد / بحق / مع" + target ("ضربات منسقة على المسلحين");
  ``slot.amid``: who or what a bomb goes off amid or at ("فجر انتحاري حزاما ناسفا وسط مئات
  المتطوعين"); ``slot.goods``: the state whose goods or trade a sanction hits, by their
  adjective ("حظرا على استيراد النفط الإيراني");
* ``slot.object``: the object after the actor of a verb ("اعتقل جيش الاحتلال 40 فلسطينيا");
  ``slot.possessor``: whose the thing a destruction's noun names was ("تدمير منصة صواريخ
  لحركة حماس"), or the craft it downed ("إسقاط طائرة مسيرة تابعة للمسلحين");
  ``slot.unlisted``: one no lexicon names, people or property coded as civilians ("قتل مسلحون
  راعيا", "هدمت الجرافات منزلين", "خطف مسلحون ثلاثة مهندسين أتراك", "اعتقلت السلطات الشيخ",
  "أفرجت جماعة مسلحة عن 15 عاملا مصريا");
  ``slot.besieged``: the place a siege is laid on, coded as its civilians ("حصارا مشددا على
  مدينة نابلس"); ``slot.settlement``: so are the villages, towns or quarters an attack
  strikes ("هاجم مستوطنون بلدة ترمسعيا", "غارات على بلدات في ريف إدلب"), not a city, which
  is where, nor ground taken; ``slot.dispersed``: the protest force disperses is its
  protesters ("فرقت الشرطة التظاهرة", "فضت قوات الأمن اعتصاما");
* ``slot.surrendered-to``: whom arms or fighters are handed over to is the target of their
  surrender ("استسلمت مجموعة للقوات الحكومية", "سلم المسلحون أسلحتهم إلى الجيش");
* ``slot.host``: the state an envoy recalled leaves is the target of the recall ("استدعت
  الأردن سفيرها لدى إسرائيل");
* ``slot.passive``: the subject of a passive form is the target ("أصيب 3 مدنيين"); a past
  verb with "من قبل / على يد" after it is a passive ("اعتقل ناشطون من قبل الشرطة"), and so
  is a kill verb whose subject has no object after it ("قتل شرطيان عندما فتح مسلحون النار");
* ``slot.between``: "بين X و Y" gives the two sides of a clash or talks, and so do the two
  joined right after a clash's noun ("اشتباكات الجيش والمسلحين"); a second side no lexicon
  names, an armed unit's word and its name ("بين جهاز الردع وكتيبة النواصي"), is coded as
  rebels of the state around them (actor rule ``act.unlisted.unit``); ``slot.sides``: "الطرفان",
  "طرفا النزاع" or "البلدان" as a subject are the sides of the sentence's last act that has
  two, and, as a subject or an object coded as no one, those of the last act between states
  or armed sides an earlier sentence told ("ودعا الاتحاد الأفريقي الطرفين إلى وقف القتال");
* ``slot.region-side``: a region one agrees or talks with ("توقيع اتفاق مع ولاية جوبالاند")
  is the other side, its government (the actor's rule ``act.region-side``), not the place;
* ``slot.signatories``: talks that end with a signing give it their sides ("اختتمت القمة بين
  مصر والأردن بالتوقيع على مذكرات تفاهم");
* ``slot.symmetric``: coordinated sides of talks or an agreement split into actor and target
  ("بحثت روسيا والولايات المتحدة");
* ``slot.partner``: who drills with the subject ("مع") or takes part ("بمشاركة") is the
  partner of its exercises, a state's craft its forces ("مناورات مع سفن روسية");
* ``slot.handed-to``: the state the wanted are handed over to ("سلمت تركيا مطلوبين إلى
  العراق");
* ``slot.relative``: the antecedent of a relative clause ("الاتحاد الروسي، الذي أبدى دعمه"),
  the target when the clause tells it was held ("المحامية التي اعتُقلت");
* ``slot.pronoun``: a pronoun on or after the trigger points back to the latest actor
  ("ستتم محاصرتهم" -> the militants; "مشاوراتهم" -> who consults; "صعدت هجماتها" -> who
  attacks);
* ``slot.self``: protesters named by the trigger itself ("آلاف المحتجين"), a subject among
  the act's words ("حكمت محكمة عسكرية", "طالب مجلس الأمن");
* ``slot.accused``: the accused did the act alleged ("اتهمت الجماعة التحالف بشن غارات"), and
  the condemned or sanctioned the act they are condemned or sanctioned for ("فرضت عقوبات على
  قادة عسكريين بسبب قصف المدنيين");
* ``slot.accountable``: who is to answer for an act did it ("دعت إلى معاقبة الشرطة على قمع
  المتظاهرين"), and the act is told as done;
* ``slot.threatened``: whom a threat is aimed at is who must do what its condition asks ("هدد
  بشن عملية ضد قوات النظام إذا لم تنسحب");
* ``slot.responder``: who responds to an act does what it responds with ("ردت القوات على
  الهجوم بقصف مدفعي");
* ``slot.victims``: the people a toll names as a group are the targets ("قتل 19 مدنيا في
  قصف"), not persons or nationals counted ("قتل 17 شخصا") unless the verb took them for
  its subject ("قتل شخصان في حي الكرادة"), and in place of their own sites the act struck
  ("قتل 33 جنديا في غارة استهدفت مواقعهم"); ``slot.site-owner``: a military post struck
  with no owner named is that of the state whose men the toll counts ("قتل ثلاثة جنود أتراك
  في هجوم على قاعدة عسكرية شمال العراق"), and of their service where its words name none
  ("قتل شرطي في هجوم على نقطة تفتيش");
* ``slot.repelled`` / ``slot.survivor``: who repels or survives an attack was its target
  ("صدت القوات المشتركة هجوما للحوثيين", "نجا رئيس الأركان من قصف"); ``slot.sufferer``:
  so was who suffers it ("تعرضت دورية لقوات اليونيفيل لهجوم", "الهجوم الذي تعرضت له
  السفارة");
* ``mod.forestalled``: an attack told after "قبل أن" as what the forces stopped by killing or
  arresting the armed man who would have made it is negated ("قتلت قوات الأمن انتحاريا قبل
  أن يفجر حزامه الناسف");
* ``slot.clause-subject``: the subject of the clause "أن" opens, right before the act it
  tells, past a report's longer subject ("ذكرت صحيفة إسرائيلية أن الجيش يستعد لعملية برية");
* ``slot.repelled-side``: what "لـ" brings in after a verb of repelling is repelled, the
  repelling's target ("التصدي لمسيرات إيرانية");
* ``slot.killer``: who killed, counted after, made the attack the sentence names ("قتلت
  القوات الفرنسية 12 مسلحا في غارة", "قال إن الطائرات قتلت عشرات المسلحين في غارات");
  ``slot.clash-side``: armed men killed in a clash "مع" others are the other side ("قتل
  عشرة جنود في اشتباكات مع مسلحي التنظيم");
* ``slot.condemned-agent``: a condemnation is aimed at the actors of the act it condemns
  ("نددت إيران بالغارات الأمريكية"), a protest at those of the act it protests against
  ("احتجاجا على العقوبات التي فرضتها المجموعة"); ``slot.called``: so is calling an act a
  crime, terror or a lie, at the doer of the last act of force told before ("وصفت الخارجية
  القصف الإسرائيلي بأنه جريمة حرب", "..، واصفا الحادث بأنه جريمة");
* ``slot.purpose``: an act named as the purpose of another is its actor's ("تظاهروا
  للمطالبة بـ"), and one plotted by the object of the act before, its plotter's ("اعتقلت
  الشرطة خلية خططت لتفجير كنيسة"); ``slot.banner``: a call or a condemnation the banners or
  slogans of a protest make is the protesters' ("ورفعوا لافتات تطالب بالإفراج عن المعتقلين",
  "رافعين شعارات تندد بالغلاء"), and asserted;
* ``slot.participle``: a participle's actor is the subject of the verb before it ("قطعت
  النيجر علاقاتها مع أوكرانيا متهمة كييف"), and so is the actor of a manner told between
  commas ("داهمت وحدات من الجيش، بالتنسيق مع شعبة المعلومات، المباني") and of a verb in the
  plural after a protest ("خرج آلاف العمال إلى الشوارع يطالبون الحكومة");
* ``slot.behind``: who is said to be behind an act did it ("رجحوا أن تكون إيران وراء
  الهجوم", "يقف تنظيم داعش وراء التفجير");
* ``slot.complement``: an act agreed to, refused or threatened takes the actor of that verb
  ("وافقت الحكومة على السماح بدخول المساعدات");
* ``slot.protesters``: a protest whose clause names no actor is the protesters' the
  sentence names, never the state's forces' ("اعتقلت الشرطة عشرين متظاهرا خلال تظاهرة");
* fallbacks when the clause names no actor: ``slot.discussed`` (the sides of talks about the
  act: "تبحثان عملية مشتركة"), ``slot.carry`` (the subject of the previous verb: "وضعت الأمم
  المتحدة خطة ... وحثتهم"), ``slot.within`` (the attack an act of violence was done in,
  right after its object, is that act's doer's: "أعلن الحوثيون أسر عشرات الجنود في هجوم"),
  ``slot.reporter`` (a reporter speaking of itself: "قال الجيش إنه
  ضرب"; or going on after what it reports: "أعلنت المنظمة أن ... قتلوا في غارة، وطالبت"),
  ``slot.topic`` (the sentence's opening subject);
* ``slot.object-before``: the object pronoun of a verb that carries the subject of the verb
  before it names that verb's object, not the shared subject ("قصفت المدفعية المدرسة
  ودمرتها");
* ``slot.launcher``: who launched what is intercepted or downed is the target ("اعترضت
  الدفاعات صاروخا أطلقته ميليشيا الحوثي", or the missiles' adjective: "اعترضت الدفاعات
  صواريخ إسرائيلية"); ``slot.craft``: so is the state a craft downed belongs to, told by its
  adjective after the act's noun ("إسقاط طائرة مسيرة أمريكية", "أسقط الجيش صواريخ روسية");
* ``slot.answered``: whose act a threatened reprisal answers is the threat's target ("توعد
  زعيم الحوثيين بالرد على الغارات الأمريكية"), the two it is between too ("هددت كوريا
  الشمالية بخطوات ردا على المناورات بين واشنطن وسيول"), who are not the threat's sides;
* ``slot.entered``: who enters a strike or a sit-in strikes ("دخل المعتقلون في إضراب عن
  الطعام");
* ``slot.participants``: who take part in a protest with no subject are its actors ("انطلقت
  مسيرة بمشاركة آلاف الفلسطينيين");
* ``slot.died-under``: who died under torture suffered it ("توفي معتقل تحت التعذيب");
* ``slot.stance``: the state whose proposal, policy or act a stance is taken on, told by
  its adjective after the verb's object, is the stance's target ("رفضت الحكومة المبادرة
  الأمريكية");
* ``slot.denier``: who denies or rejects accusations or demands is their target ("نفت
  طهران الاتهامات الأمريكية", "رفضت الحكومة مطالب الحركة"), and they stand
  (``mod.accusation-denied``);
* ``type.suspended``: talks suspended are halted (SANCTION withdraw, CAMEO 164: "علّق الرئيس
  محادثات السلام") and aid suspended stopped (SANCTION discontinue, CAMEO 162: "علق
  البرنامج توزيع المساعدات"), told by the word of suspending;
* ``sector.protesters``: people who protest, named by no nationality nor residence, are
  protesters (OPP: "تظاهر آلاف الأشخاص", "نفذ الطلاب اعتصاما"), and so are the people of a
  protest dispersed ("فرقت الشرطة اعتصاما للطلاب");
* ``sector.national``: a state's name in "يا" arrested or abducted is a man of it, its nisba
  in the accusative ("اعتقلت الشرطة التركية سوريا");
* ``type.negated-agree``: refusing to agree is a rejection ("لن توافق على"), and so is refusing
  talks (``type.refused-talks``: "لن تتفاوض مع", "تعهد بعدم التفاوض"); ``type.closed-
  by-forces``: roads the state's forces close restrict movement, no protest ("قطعت القوات
  الطريق");
* ``type.arrival-visit``: an official's arrival is a visit to the state arrived in ("وصل
  وزير الخارجية إلى القاهرة"); the arrival of forces is a deployment ("وصلت قوات تركية
  إلى إدلب"), and anyone else's arrival no event; ``slot.visited``: an arrival told as a
  "زيارة" is a visit to the state arrived in ("وصل إلى الرياض في زيارة رسمية");
  ``slot.visitor``: who meets during a visit with no subject named is the visitor ("في
  زيارة يلتقي خلالها كبار المسؤولين");
* ``merge.linked``: a noun and its verb or weapon are one attack ("غارة ... استهدفت سيارة");
  ``merge.claim``: who claims the attack told before is one of its actors ("هاجم مسلحون
  قاعدة ... وتبنت الجماعة الهجوم", "... وتبنت الحركة المسؤولية عنه"); ``merge.mention``: a
  second mention of a sanction or talks gives the target the first lacks ("فرضت عقوبات جديدة
  استهدفت أفرادا"), and the time or place ("التوقيع الرسمي للاتفاق يوم غد في جوبا");
  ``slot.taker``: who took a place fought the fighting told after it ("أعلنت الحركة
  سيطرتها على المدينة بعد معارك مع القوات الحكومية"), and ``slot.fought``: from
  whom it was fought the place was taken ("سيطرت القوات على المدينة بعد معارك مع الفصائل");
  ``merge.medium``: talks held in a phone call are the call ("بحث السراج في اتصال هاتفي مع
  أردوغان"); ``slot.medium``: a phone call in which an act was done is made by who did it, to
  whom, as the act is told ("دعا الأمير، في اتصال هاتفي، أمير قطر إلى"); ``merge.storming``: a
  storming told beside an attack of the same side is part of it, and gives it its time and
  what it storms when the attack has none ("اقتحمت القوات المخيم فجر اليوم وسط اشتباكات");
* ``acled.territory``: a place taken is ACLED's "Government regains territory" when the state's
  forces take it, else "Non-state actor overtakes territory";
* ``type.weapons-test``: a launch with no target in a test is a show of weapons (MOBILIZE,
  weapons), no attack ("أطلقت كوريا الشمالية صاروخا باليستيا في تجربة جديدة");
* ``type.without-a-fight``: a place taken "دون قتال" is occupied (COERCE, seize; ACLED's
  "Non-violent transfer of territory"), and the fighting it was taken without is no event;
* ``type.stormed-enemy``: armed forces storming what armed enemies hold attack them (ASSAULT,
  not a raid: "اقتحمت قوات النظام بلدتين تسيطر عليهما قوات المعارضة");
* ``type.places-freed``: places freed are taken by fighting (ASSAULT, ACLED's territory
  sub-types), people freed are released ("تأمين المناطق التي حررتها القوات");
* ``type.goods-taken``: arms, vehicles or goods taken are seized (COERCE, seize; ACLED's
  "Looting/property destruction"), no territory ("استولت القوات على أسلحة ثقيلة");
* ``mode.seized``: an arrest of things is a seizure ("احتجز الحرس الثوري ناقلة نفط"), and so
  is arms or goods caught ("ضبطت قوات الأمن كميات من الأسلحة");
* ``type.verdict``: a court's "أدان" convicts, it does not condemn ("أدانت محكمة تركية صحفيا
  بتهمة نشر معلومات مضللة");
* ``type.solo-drill``: exercises one side holds alone show its force (MOBILIZE, CAMEO 150),
  no cooperation ("أجرت الصين مناورات عسكرية واسعة حول جزيرة تايوان");
* ``type.forces-out``: forces that go out into the streets are deployed there (MOBILIZE,
  troops or police), no protest ("نزلت قوات الجيش إلى الشوارع");
* ``type.evacuation``: an army's or a government's call on people to leave their homes is an
  evacuation warning, a threat ("دعا الجيش سكان القرى الجنوبية إلى إخلاء منازلهم"), but forces
  or officials called on to leave are asked to withdraw ("دعا المجلس العسكري القوات الفرنسية
  إلى مغادرة البلاد"); ``type.envoy-expelled``: envoys told to leave are expelled ("طالبت
  الحكومة السفير الهولندي بمغادرة البلاد"), a time after the leaving being its deadline, not
  the expulsion's date;
* ``mode.aircraft``: an attack whose actor is aircraft is an air or drone strike ("قصفت
  طائرات حربية", "هاجمت مسيرات", "طائرة أمريكية من دون طيار"); ``mode.weapon``: one by
  artillery is shelling ("قصفت المدفعية", "استهدفت القرية بالمدفعية"), one "برصاص" or
  "بنيران" a shooting, one "بطائرة مسيرة" a drone strike, one "بالسواطير" by blades or
  clubs; ``mode.bomber``: one whose actors are suicide bombers is a suicide attack ("نفذ
  انتحاري هجوما"); ``mode.protesters``: the state's forces shooting at protesters use force
  against them ("أطلقت الشرطة الرصاص الحي على المتظاهرين": crowd-control, ACLED's
  "Excessive force against protesters"), but an opposition the army clashes with is in arms
  (``sector.armed-opposition``: "اشتباكات بين الجيش والمعارضة", REB); ``type.riot``:
  protesters who attack, storm or burn riot ("هاجم مئات المحتجين السفارات وأضرموا النار
  فيها": a protest, ACLED's "Violent demonstration"); ``mode.police``: forces deployed
  that are all police are a police deployment ("وصلت أول دفعة من عناصر الشرطة الكينية",
  "نشرت السلطات قوات الشرطة", or policemen counted: "نشرت السلطات ألف شرطي");
* ``place.after`` / ``place.before`` / ``place.sentence``: the most specific place nearest
  the trigger, with its relation ("شرق حلب") and ACLED geo precision ("المدينة" is the town
  named last before it, in the sentence or, when it names none, in the article);
  ``place.local``: a place the gazetteer lacks, named by a place noun ("حي الدرجة"), or a
  known name "في" a place of another country ("حي اليرموك في بغداد") or a quarter named
  after a town in a town ("حي المطرية بالقاهرة"), with the name and coordinates of a known
  town right after it ("حي الكرادة ببغداد", "مخيم بلاطة شرق نابلس"); ``place.occasion`` /
  ``date.occasion``: an act told as done during talks right after it takes where and when
  they were ("اتفق الرئيسان، خلال لقاء جمعهما امس في لواندا، على"); ``place.sanction``: a
  sanction has no place but such a meeting's or one in the sanctioning state, those named
  with it are its targets' ("عقوبات ضد الحوثيين في اليمن");
* ``date.clause``: the time expression of the trigger's clause, not of a reporting verb
  (but for acts of speech and acts done by declaring them: "أعلنت الحكومة أمس حالة الطوارئ");
  ``date.sentence``: the one date of the sentence that no report owns, told after the act
  (one before it dates the clause it opens); ``date.participle``: a participle with no
  date of its own, or only one before its comma, is told when the main verb before it is
  ("اتهم الكرملين، أمس، أوكرانيا ...، متوعدا بالرد"); ``date.past-verb``: a
  month or day named without its year after a verb in the past, the last one before the
  article ("اعتقلت الشرطة ناشطين في 10 ديسمبر" in March); ``date.coming``: a day of the
  week after it, of an act called for or planned in words in the past, the coming one
  ("دعا الحزب أنصاره إلى التظاهر يوم الجمعة" in an article of a Sunday);
* ``mod.*`` and ``cue.*``: modality (see :mod:`conflict_events.modality`), with ``mod.purpose``
  for purpose clauses ("لشن ضربات"), ``mod.discussed`` for acts under discussion (a truce,
  a withdrawal, an exchange or aid named as what talks are about: "مفاوضات لبحث سبل وقف
  إطلاق النار"), ``mod.discussed-act`` for an attack told with the article as what talks
  called for discuss, which happened ("طالبت روسيا بعقد اجتماع لمناقشة الضربات الغربية"),
  ``mod.responsibility-denied`` for a part denied in an act that happened ("نفى أي صلة له
  بالهجوم"), ``mod.refused`` for an act refused ("رفضت الفصائل تسليم أسلحتها"), ``mod.agreed`` for an
  act agreed to or that an agreement is for ("وافقت الحكومة على السماح بدخول المساعدات",
  "وقعا اتفاقا لوقف إطلاق النار"), negated where no agreement was reached
  (``mod.agreement-failed``: "فشلوا في التوصل إلى اتفاق لوقف إطلاق النار"), ``mod.negated-any`` for
  "any" act under a negation ("لم تشهد العاصمة أي مظاهرات"), ``mod.any`` for "any" act
  otherwise ("هدد بالرد على أي هجوم", who answers it not its actor), ``mod.threat`` for a
  threat, made when its act is promised ("حذر من أن بلاده سترد بقوة"), ``mod.plan-denied``
  for a plan denied ("ليس لدينا أي نية لشن عملية"), ``mod.denied-that`` for an act denied to
  have been ("نفى أن يكون مقاتلوه قد استهدفوا"), ``mod.conditional``
  for a plan on a condition ("ستشن عملية إذا انهار وقف إطلاق النار") or a negated
  condition ("إذا لم تنسحب الميليشيات"), ``mod.future-after`` for an act's noun that a
  verb to come follows ("الاجتماع الثلاثي سيعقد"), ``mod.future-date`` for an act dated
  after the article or from its date on, or told of days to come ("خلال الأيام المقبلة"),
  ``mod.defused`` for a bomb defused ("فككت الهندسة عبوة ناسفة"), ``mod.court-order`` for
  a detention, release or sentence a court or prosecutor orders, which its order makes
  ("أمرت النيابة بحبس الصحفي أربعة أيام"), and ``mod.failed`` for
  what the subject of a verb of failing failed in ("فشلت المفاوضات في التوصل إلى اتفاق")
  or could not do ("لم تتمكن القوات من استعادة السيطرة"), ``mod.denied-light-verb`` for an
  act's noun whose light verb is denied, with a long subject between ("لم تتوصل الأطراف
  السودانية إلى اتفاق");
* ``fatalities.count`` and ``arrested.count``: killed ("أسفر عن مقتل 43 مصليا"), injured and
  arrested counts ("اعتقل 40 فلسطينيا"); the dead go to the act they died in ("مقتل 35
  مدنيا في انفجار عبوة"), else to the nearest attack; ``fatalities.tally``: the dead
  counted since more than a week ago are no one attack's toll ("قتلوا في الغارات منذ
  الأول من يناير").
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence, Set as AbstractSet
from typing import Any, NamedTuple

import attrs

from . import numbers
from .lexicons import ActorEntry
from .modality import modality_for
from .normalize import ends_in_taa_marbuta, lexical_key, normalize
from .records import GEO_PRECISION, Actor, Event, Mention, Modality, Place, TimeExpression

__all__ = ["Tok", "Sentence", "Assembler", "FUNCTION_WORDS", "MATCHER_KEYS", "BACKING", "BELONGING"]


_CONJUNCTIONS = frozenset("وف")  # the conjunctions a word carries: "والولايات", "فالجيش"


class Tok(NamedTuple):
    """One token: original text and offsets, normalized form, lexical key, and flags the
    rules read often (derived from the word alone, so computed once per distinct word).

    Built by the component from a per-word cache of :meth:`flags`.
    """

    text: str
    norm: str
    key: str
    start_char: int
    end_char: int
    prefix: str  # proclitics stripped to reach the key: "و", "ب", "ول", "س"
    is_punct: bool
    has_conj: bool  # carries و / ف: "والولايات"
    prep: str  # attached ب / ل / ك: "لقوات" -> "ل"
    has_li: bool  # carries لـ: "للحوثيين"
    suffixed: bool  # key reached by stripping a pronoun suffix: "محاصرتهم"

    @staticmethod
    def flags(text: str, norm: str, key: str, prefix: str) -> tuple[bool, bool, str, bool, bool]:
        """(is_punct, has_conj, prep, has_li, suffixed) of a word."""
        conj = prefix[:1] in _CONJUNCTIONS
        p = prefix[1:] if conj else prefix
        prep = p[:1] if p[:1] in ("ب", "ل", "ك") else ""
        rest = norm[len(prefix):]
        if prefix.endswith("ل") and rest.startswith("ل") and not key.startswith("ل"):
            rest = "ا" + rest  # "للمسلحين": ل + ال (not "للقاء": ل + لقاء)
        return (not any(ch.isalnum() for ch in text), conj, prep, prep == "ل", lexical_key(rest) != key)


@attrs.frozen
class Sentence:
    index: int
    start: int  # token range
    end: int
    start_char: int
    end_char: int


_SUFFIX_PRONOUNS = frozenset(("ه", "ها", "هم", "هما", "هن"))
# the endings of a relative adjective (نسبة): "انتحاري", "انتحاريون", "ارهابيه", "انتحاريان"
_NISBA_ENDING = re.compile("ي(?:ه|ون|ين|ان|ات)?$")
_ADJECTIVE_ENDING = re.compile("ي(?:ه|ون|ين|ان)?$")  # (not a plural in "يات": "جنايات")


def _head_key(a) -> str:
    """The lexical key of the first word of the mention ``a``: "آليات" of "آليات عسكرية"."""
    return lexical_key(normalize(a.text.split()[0]))


def _beside(toks, lo: int, k: int) -> bool:
    """Whether "إلى جانب" ends at token ``k`` (not before ``lo``): who one acts beside follows."""
    return k - 1 >= lo and toks[k].key in _BESIDE and toks[k - 1].key == "الي"


def _in_ranks(toks, k: int) -> bool:
    """Whether "في صفوف" / "بين صفوف" stands at token ``k`` (the caller keeps ``k + 1`` in the
    sentence): whose ranks follow."""
    return toks[k].key in ("في", "بين") and toks[k + 1].key == _RANKS_OF


def _feminine_word(t: "Tok") -> bool:
    """The word ends in ة or in the feminine plural "ات" ("الحكومة", "السلطات"): a body named
    in the feminine, which "he" or "them" do not stand for."""
    return ends_in_taa_marbuta(t.text) or t.norm.endswith("ات")


def _keeps_nun(t: "Tok") -> bool:
    """A sound masculine plural or a dual with its final ن ("مستوطنون", "مسلحين",
    "عنصرين"), which heads no construct: the genitive's head drops it ("مستوطنو المدينة").
    Short words ending so are broken plurals or roots ("سجون", "سجين")."""
    return len(t.key) >= 6 and t.key.endswith(("ون", "ين"))


def _accusative(t: "Tok") -> bool:
    """An indefinite accusative noun ("مسجدًا", "هدفاً"): an object, never a subject."""
    return "\u064b" in t.text


def _plural_object(t: "Tok") -> bool:
    """A plural of "ـيون" in its object form, one word: "الحوثيين", "المدنيين" (as subject
    it would be "الحوثيون")."""
    return t.norm.endswith("يين") and len(t.key) > 4


def _object_form(t: "Tok") -> bool:
    """An indefinite noun in the accusative, with or without its vowel: "اتفاقاً", "اتفاقا"."""
    return _accusative(t) or (t.norm.endswith("ا") and not t.prefix and not _definite(t) and len(t.norm) > 3)


def _has_object_suffix(t: "Tok") -> bool:
    """The word ends in an attached pronoun that its key does not hold: "أطلقتها", "شنته"."""
    rest = t.norm[len(t.prefix):]
    key = t.key[:-1] if t.key.endswith("وا") and not rest.startswith(t.key) else t.key  # ("خطفوه": "خطفوا")
    return rest != key and rest.startswith(key) and rest[len(key):] in _SUFFIX_PRONOUNS


def _detached_object(toks, sent, trig) -> str | None:
    """The trigger's object pronoun written as a word of its own, among its words or right
    after them ("متهمة إياه", "محملة إياها المسؤولية"), or None."""
    return next((t.norm for t in toks[trig.start + 1 : min(sent.end, trig.end + 1)] if t.norm in _DETACHED_OBJECTS),
                None)


def _title_adjective(t: "Tok") -> bool:
    """"الخاص", "السابق" after a title, before its holder's name."""
    return t.key in _TITLE_ADJECTIVES and not t.has_conj


def _protest_against(toks, k: int) -> bool:
    """Token ``k`` opens "احتجاجا على" (in protest at)."""
    return toks[k].norm in ("احتجاجا", "واحتجاجا") and k + 1 < len(toks) and toks[k + 1].key == "علي"


def _protested_at(toks, sent, i: int, first: int, last: int) -> bool:
    """Token ``i`` stands ``first`` to ``last`` words past the "على" of "احتجاجا على", in
    the same clause: in the act protested at."""
    return any(_protest_against(toks, k) and not any(_punct(t) for t in toks[k + 2 : i])
               for k in range(max(sent.start, i - 2 - last), i - 1 - first))


_PLURAL_WITH_OBJECT = ("وه", "وها", "وهم", "وهن", "وهما")  # "خطفوه": they took him


def _plural_verb(t: "Tok") -> bool:
    """A verb with the plural ending ("اختطفوا", "يطالبون"), which agrees with a subject
    before it: a phrase after it is its object."""
    return t.norm.endswith("وا") or (
        t.key[:1] == "ي" and t.key.endswith("ون") and not t.key.endswith("اون") and len(t.key) >= 5)


def _imperfect(t: "Tok") -> bool:
    """A verb in the present ("يطلق", "تنفذ", "يطلقون"), not the past ("أطلقت", "تبنت")."""
    return t.key[:1] == "ي" or (t.key[:1] == "ت" and t.key[-1:] != "ت")


def _pictured(toks, sent, trig) -> bool:
    """Whether the act ``trig`` is what pictures show: "صورا للهجوم", "مقطعا مصورا
    للاشتباكات"."""
    if toks[trig.start].prep != "ل" or trig.start <= sent.start:
        return False
    k = trig.start - 1
    if toks[k].key in _FILMED and k > sent.start:
        k -= 1
    return toks[k].key in _PICTURES


def _published(toks, sent, t) -> bool:
    """A deployment's word that is a verb publishing something: "نشر الجيش بيانا", "نشر
    الجيش صورا للقصف" (the army published a statement, pictures)."""
    return (t.entry.type == "MOBILIZE" and toks[t.start].key.startswith("نشر") and t.end < sent.end
            and toks[t.end].key in _PUBLISHED)


def _stopped_thing(toks, sent, t, actor_ms, time_toks, triggers) -> bool:
    """"أوقفت" that stops a thing or an act, not an arrest: "أوقفت الجزائر رحلاتها الجوية",
    "أوقفت روسيا صادرات الغاز", "أوقفت إثيوبيا المفاوضات" (past the subject and a time)."""
    if t.entry.mode != "arrest" or t.end - t.start != 1 or toks[t.start].key != _STOPPED:
        return False
    # (past the subject and its adjective: "أوقفت السلطات الليبية تصدير النفط")
    k = t.end
    while (m := next((m for m in actor_ms if m.start == k and (m.entry.kind != "nisba" or k > t.end)), None)):
        k = m.end
    k = _past_times(k, sent.end, time_toks)
    if k >= sent.end or toks[k].prep:
        return False
    key = toks[k].key
    bare = next((key[: -len(s)] for s in ("ها", "هم", "ه") if key.endswith(s)), key)
    return key in _STOPPED_THINGS or bare in _STOPPED_THINGS or any(
        o.start == k and o.entry.type != "ASSAULT" for o in triggers)


def _issued(toks, sent, t) -> bool:
    """"صادر" that tells what a text or a ruling was issued by, not a seizure: "في بيان صادر
    عن الجيش", "الحكم الصادر بحقه" (the verb opens its clause: "وصادر الجيش أراضي")."""
    k = t.start
    if toks[k].key != "صادر" or toks[k].prefix:
        return False
    return (_definite(toks[k])
            or (k > sent.start and not toks[k - 1].is_punct and toks[k - 1].key not in FUNCTION_WORDS)
            or (t.end < sent.end and (toks[t.end].key in PREPOSITIONS or toks[t.end].prep != "")))


def _online(toks, sent, m) -> bool:
    """Whether the one-word site ``m`` ("موقع", "مواقع") is a website: one called electronic
    or of social media after it, or one a statement is published on ("نشرته على موقع")."""
    if m.end - m.start != 1 or not toks[m.start].key.startswith(("موقع", "مواقع")):
        return False
    if m.end < sent.end and toks[m.end].norm.endswith(_ONLINE):
        return True
    return m.start - 2 >= sent.start and toks[m.start - 1].key == "علي" and any(
        t.norm.lstrip("و").startswith(_PUBLISHING) for t in toks[max(sent.start, m.start - 4) : m.start - 1])


def _done_by_them(toks, sent, trig) -> int | None:
    """The plural verb in the past right before the act, or before its "في" ("موقوفا
    شاركوا في الاحتجاجات", "الذين خرجوا في المظاهرات"): the act is told as done by them."""
    for k in (trig.start - 1, trig.start - 2):
        if k < sent.start or (k == trig.start - 2 and toks[k + 1].key != "في"):
            continue
        t = toks[k]
        if t.key.endswith("وا") and len(t.key) > 3 and not t.prefix and not _imperfect(t):
            return k
    return None


def _held_to_account(toks, sent, trig) -> int | None:
    """The "على" or "عن" right before the act, after a word of punishing and whom it
    punishes ("بمحاسبة المستوطنين على اعتدائهم", "بملاحقة المسؤولين عن الهجوم"): the act
    is what they are to answer for, told as done."""
    k = trig.start - 1
    if k - 1 <= sent.start or toks[k].key not in _ANSWERED_FOR or toks[k].prep:
        return None
    for j in range(k - 1, max(sent.start, k - 4) - 1, -1):
        if _punishing(toks[j]) and j < k - 1:
            return k
        if toks[j].is_punct or toks[j].has_conj:
            return None
    return None


def _past_verb(toks, trig) -> bool:
    """A trigger that is a verb in the past: "اعتقلت", "وقصفت" (not "تعتقل", "ستقصف")."""
    if trig.entry.pos != "verb":
        return False
    t = toks[trig.start]
    return not _imperfect(t) and not t.prefix.endswith("س")


def _shaken(toks, sent, trig) -> bool:
    """Whether the act is the subject of "هز" (shook), a word or two before it: "هز انفجار",
    "وهزت سلسلة انفجارات"."""
    for k in range(trig.start - 1, max(sent.start, trig.start - 3) - 1, -1):
        if _word_in(toks[k], _SHAKING):
            return True
        if toks[k].is_punct or toks[k].prep:
            return False
    return False


def _coming_days(toks, sent, trig) -> bool:
    """Days, weeks or hours to come told right after the trigger in its clause ("خلال الأيام
    المقبلة", "في الأسابيع القادمة"), or a span it is to be done within ("في غضون 48 ساعة",
    "غضون أيام")."""
    for k in range(trig.end, min(sent.end - 2, trig.end + 10)):
        t = toks[k]
        if t.is_punct or t.key in COMPLEMENTIZERS:
            return False
        if t.key in _DURING and toks[k + 1].key in _SPANS_TO_COME and toks[k + 2].key in _COMING:
            return True
        if t.key == _WITHIN and toks[k + 1].key != "من" and toks[k + 2].key != "من":
            return True  # (not a span from something: "في غضون ساعات من إعلان الاتفاق")
    return False


def _done_in_past(toks, sent, trig, support, found) -> bool:
    """A trigger told as done: a verb in the past, or an act's noun after a light verb of
    doing in the past ("شنت الطائرات غارات") or after the toll it took ("قتل 12 شخصا في
    غارة"; ``found``: every trigger matched). A verb of saying, agreeing or announcing in
    the past tells nothing of when its act is ("اتفق الطرفان على هدنة خلال عيد الفطر")."""
    if trig.entry.pos == "verb":
        return _past_verb(toks, trig)
    if any(s.entry.id in _DOING and 0 <= trig.start - s.end <= 4 and s.start >= sent.start
           and not _imperfect(toks[s.start]) and not toks[s.start].prefix.endswith("س")
           and not toks[s.start].prep and toks[s.start].key not in _VERBAL_NOUNS for s in support):
        return True
    # "وقعت الاشتباكات", "واندلعت أمس اشتباكات": a verb of happening in the past before it
    if any(_word_in(toks[k], _HAPPENED) and not toks[k].prep and not any(x.is_punct for x in toks[k + 1 : trig.start])
           for k in range(max(sent.start, trig.start - 3), trig.start)):
        return True
    # "شهدت العاصمة طرابلس اشتباكات": a place that witnessed it, in the past
    if any(toks[k].key in _WITNESSED and not toks[k].prep and not any(x.is_punct for x in toks[k + 1 : trig.start])
           for k in range(max(sent.start, trig.start - 6), trig.start)):
        return True
    # "قصف الجيش مدينة درعا", "تظاهر الآلاف في الخرطوم": the sentence opens with the word
    # as a verb in the past (of three letters, or of the pattern تفاعل), its subject after it
    t = toks[trig.start]
    if (trig.start == sent.start and trig.end - trig.start == 1 and t.prefix in ("", "و", "ف")
            and (len(t.key) == 3 or (len(t.key) == 5 and t.key[0] == "ت" and t.key[2] == "ا"))
            and trig.end < sent.end and _definite(toks[trig.end]) and not toks[trig.end].prep):
        return True
    # (or during which an act told in the past was done: "اعتقلت القوات قياديا خلال عملية")
    during = trig.start > sent.start and toks[trig.start - 1].key in _DURING
    return (trig.entry.type == "ASSAULT" or during) and any(
        t.entry.pos == "verb" and sent.start <= t.start and t.end <= trig.start and _past_verb(toks, t)
        and (during or toks[t.start].key in _CASUALTY_WORDS) and not any(x.is_punct for x in toks[t.end : trig.start])
        for t in found)


def _state_after_to(toks, phrases, end: int, reach: int):
    """The first state or capital named after "إلى" within ``reach`` words past token ``end``:
    where one arrives ("وصل الوزير إلى القاهرة"), where goods may not go ("حظر على توريد
    الأسلحة إلى جنوب السودان")."""
    return next((p for p in phrases if p.kind in ("capital", "country") and end < p.start <= end + reach
                 and toks[p.start - 1].key == "الي"), None)


def _name_word(t) -> bool:
    """A word that can be part of a person's name: no article, digit, function word, word of
    circumstance ("استقال رئيس الوزراء تحت ضغط الاحتجاجات") or mark."""
    return not (t.is_punct or t.prefix or _definite(t) or t.key in FUNCTION_WORDS or t.key in _CIRCUMSTANCE
                or any(ch.isdigit() for ch in t.norm)) or t.key in _NAME_LINKS


def _past_name(toks, sent, k: int, phrases, time_toks, compounds: bool = False) -> int:
    """The token past the words of a person's name from ``k``, up to a phrase or a time; with
    ``compounds``, past the article after a name's "عبد" or "أبو" too ("محمد بن عبد الرحمن")."""
    while k < sent.end and k not in time_toks and (_name_word(toks[k]) or (
            compounds and toks[k - 1].key in _NAME_COMPOUNDS and _definite(toks[k]) and not toks[k].prep)) and not any(
            q.start == k for q in phrases):
        k += 1
    return k


def _over_border(toks, sent, i: int) -> bool:
    """The state beyond a border, named from the other side: "بلدة ران قرب الحدود مع
    الكاميرون" is no place in Cameroon; "صواريخ أطلقت من الأراضي اللبنانية" come from
    beyond it (what is launched or comes from a state's land, not whom one expels from it:
    "طردت السلطات المهاجرين من الأراضي الليبية")."""
    if i - 2 < sent.start:
        return False
    if toks[i - 1].key == "مع":
        return toks[i - 2].key in _BORDER
    return (toks[i - 1].key == "اراضي" and not toks[i - 1].prefix and toks[i - 2].key == "من"
            and not toks[i - 2].prefix
            and any(_word_in(t, _CAME_FROM) for t in toks[max(sent.start, i - 5) : i - 2]))


def _suffered_at(toks, sent, i: int) -> int | None:
    """The verb of suffering ("تعرض") whose act's "لـ" is at ``i``, up to 12 words before it
    in its clause, or None (brackets may hold a name's abbreviation: "تعرضت دورية لقوات الأمم
    المتحدة المؤقتة في لبنان (اليونيفيل) لإطلاق نار")."""
    k = next((k for k in range(i - 1, max(sent.start, i - 12) - 1, -1) if toks[k].key in SUFFER), None)
    if k is None or [t.text for t in toks[k + 1 : i] if t.is_punct] not in ([], ["(", ")"]):
        return None
    return k


def _sent_there(toks, sent, i: int, lo: int = 0) -> bool:
    """The name at ``i`` follows "إلى" after a word of sending or going, at or after ``lo``
    ("إرسال قوات إلى مالي", "سيتوجه إلى مسقط"): a destination, often abroad."""
    return i - 2 >= sent.start and toks[i - 1].key in _TO and not toks[i - 1].prefix and any(
        _word_in(toks[k], _SENDING_OR_GOING) for k in range(max(sent.start, lo, i - 5), i - 1))


def _sent_abroad(toks, sent, i: int, kind: str) -> bool:
    """The state at ``i`` (a country or a capital, ``kind``) is where someone is sent or
    goes (see ``_sent_there``): a state, or a capital a delegation is sent to ("وفدا إلى
    القاهرة"; not forces sent to their own: "أرسل الجيش تعزيزات إلى بغداد")."""
    return (kind == "country" or kind == "capital" and any(
        t.key in _DELEGATIONS for t in toks[max(sent.start, i - 5) : i - 1])) and _sent_there(toks, sent, i)


def _occupier_in(actors, country) -> bool:
    """Whether one of ``actors`` is the occupying force of ``country`` ("قوات الاحتلال")."""
    return any(a.country == country and a.rule.endswith(_OCCUPYING) for a in actors)


def _residents_of(toks, phrases, places) -> None:
    """"سكان شمال غزة", "أهالي بلدة حوارة": the residents of a place the gazetteer knows,
    named right after them (past a direction), are of its country, whatever the sentence
    names."""
    # (one country for the name: "رفح" is of two, "الحسينية" of several)
    starts: dict[int, set[str]] = {}
    for m in places:
        starts.setdefault(m.start, set()).add(m.entry.country)
    for p in phrases:
        for n, (s, e, entry, country, sector) in enumerate(p.conjuncts):
            if (country is not None or entry.id != _CIVILIANS or toks[e - 1].key not in _RESIDENTS
                    or e + 1 >= len(toks) or toks[e].prep or toks[e].has_conj):
                continue
            k = e + 1 if toks[e].key in DIRECTIONS and not toks[e].prep else e
            k += toks[k].key in LOCAL_HEADS and not toks[k].prep  # ("أهالي بلدة حوارة")
            countries = starts.get(k, ())
            if len(countries) == 1 and None not in countries:
                p.conjuncts[n] = (s, e, entry, next(iter(countries)), sector)


def _accused_adjectives(toks, ms, triggers) -> list[Any]:
    """"مسؤولين جورجيين متهمين بقمع المحتجين": the accused right after the indefinite people
    they describe, before the charge's "ب" on an act's noun, are their adjective, not people
    of their own (the charge's act is theirs; "اعتقلت قوات الأمن متهمين بتفجير": after a
    definite subject, the arrested)."""
    if not any(m.end - m.start == 1 and toks[m.start].key in _ACCUSED for m in ms):
        return ms
    ends = {m.end for m in ms}
    charges = {t.start for t in triggers if t.entry.pos == "noun" and toks[t.start].prep == "ب"}
    return [m for m in ms if not (
        m.entry.id == _DETAINEES and m.end - m.start == 1 and toks[m.start].key in _ACCUSED
        and m.start in ends and not _definite(toks[m.start - 1])
        and not toks[m.start].prefix and not _definite(toks[m.start]) and m.end in charges)]


def _in_charge(toks, sent, i: int) -> bool:
    """The name at ``i`` is in the words of a charge of serving a foreign power, within six
    words after "بتهمة" and in its clause ("بتهمة التجسس لصالح إسرائيل", "بتهمة التعاون مع
    جهاز الموساد الإسرائيلي"): whom the accused served, not their state (a state offended is
    often the accuser: "بتهمة الإساءة للجيش المصري")."""
    serving = False
    for k in range(i - 1, max(sent.start, i - 7) - 1, -1):
        if _punct(toks[k]) or toks[k].key in COMPLEMENTIZERS:
            return False
        serving = serving or toks[k].key in _SERVING_FOREIGN
        if toks[k].key in _CHARGE_WORDS and toks[k].prep == "ب":
            return serving
    return False


def _protesting(a: Actor, toks, tstarts) -> bool:
    """People, or a group's or a party's supporters, who protest: protesters ("أنصار حزب
    الله" are no fighters of the group, "أنصار التيار الصدري" no party)."""
    if a.sector in ("CVL", "REB") and a.rule in _PROTESTING_PEOPLE:
        return True
    return (a.sector in ("CVL", "REB", "PTY", None)
            and toks[bisect.bisect_left(tstarts, a.start_char)].key in _SUPPORTERS)


def _state_read_for_a_man(a) -> bool:
    """The actor ``a`` is a state named by one word in "يا", which is also its nisba in the
    accusative ("سوريا": Syria, or a Syrian)."""
    return a.rule.startswith("act.country.") and a.sector == "GOV" and " " not in a.text and a.text.endswith("يا")


def _of_protest(toks, tstarts, a, others) -> bool:
    """The actor ``a`` is named with "لـ" right after a protest's noun: its protesters
    ("اعتصاما للطلاب")."""
    k = bisect.bisect_left(tstarts, a.start_char)
    return toks[k].has_li and any(o.entry.type == "PROTEST" and o.end == k for o in others)


def _reported_at(toks, sent, span, trig, others) -> bool:
    """The place ``span`` is where the act ``trig`` is reported from, a venue of the reporting
    clause before its "إن": "قالت المتحدثة في مؤتمر صحفي بجنيف إن السلطات اعتقلت"
    (not where the speaker is: "قال مدير مستشفى أيدر في مقلي إن غارة استهدفت المدينة" is
    a local source on the act)."""
    a, b = span
    if COMPLEMENTIZERS.isdisjoint([t.key for t in toks[b : trig.start]]):
        return False
    k = next((k for k in range(a - 1, max(sent.start, a - 10) - 1, -1) if toks[k].key in REPORTING), None)
    # (not a place of an act the report names first: "أعلن الجيش السيطرة على حلب، مؤكدا أن")
    return k is not None and not any(k < o.start < a for o in others) and any(
        toks[i].key in _SPEECH_VENUES for i in range(max(k + 1, a - 3), a))


def _open_quote(words, close: str) -> bool:
    """Whether ``words`` leave open the quote that ``close`` closes."""
    opening = _CLOSING_OF[close]
    inner = [t.text for t in words]
    if opening == close:
        return inner.count(close) % 2 == 1
    return inner.count(opening) > inner.count(close)


def _answered_at(toks, sent) -> range | None:
    """The words of what an act answers ("ردا على مقتل ثلاثة جنود الأسبوع الماضي",
    "في رد على الهجوم", "انتقاما لمقتل", and what one vows to answer: "توعد بالرد على
    مقتل", "بالانتقام لاغتيال"): an earlier act, whose toll and date are its own."""
    for k in range(sent.start, sent.end - 1):
        t = toks[k]
        if t.key not in _ANSWER_WORDS:
            continue
        if ((t.key == "ردا" or (t.key == "رد" and (t.prep == "ب" or k > sent.start and toks[k - 1].key == "في")))
                and toks[k + 1].key in _ON) or (t.key in _REVENGE and toks[k + 1].has_li):
            end = next((j for j in range(k + 2, sent.end) if _clause_break(toks[j])), sent.end)
            return range(k, end)
    return None


def _relative_before(toks, sent, s, e, trig) -> bool:
    """Whether the date at tokens [s, e), before ``trig`` and a mark, is in a relative clause
    ("الهجوم الذي استهدف دورية الأسبوع الماضي، مؤكدة"): the clause's noun's date."""
    return e <= trig.start and any(_punct(t) for t in toks[e : trig.start]) and _in_relative_clause(toks, sent, s)


def _in_relative_clause(toks, sent, k) -> bool:
    """Whether the word at ``k`` is in a relative clause ("الذي استهدف دورية ... الأسبوع
    الماضي"), looking back to the start of its clause."""
    for j in range(k - 1, sent.start - 1, -1):
        if _clause_break(toks[j]):
            # (a clause the relative one governs: "والتي يفترض أن تبدأ مساء الثلاثاء")
            return not _punct(toks[j]) and any(
                t.norm.lstrip("و") in _RELATIVE_WORDS for t in toks[max(sent.start, j - 3) : j])
        if toks[j].norm.lstrip("و") in _RELATIVE_WORDS:
            return True
    return False


def _reached(toks, s, trig) -> bool:
    """"توصل ... إلى اتفاق": the agreement reached, past a long subject and where and when
    ("توصل الرئيسان الروسي ... والتركي ... خلال قمة في موسكو يوم الخميس إلى اتفاق")."""
    k = _back_past_quotes(toks, trig.start - 1, s.end)  # (a name in quotes: "إلى "اتفاق إطار"")
    return s.entry.id == "sup.tawassala" and toks[k].key == "الي"


def _adjective_of(noun, t) -> bool:
    """Whether the word ``t`` after ``noun`` can be its adjective: a nisba or an intensity
    ("غارة جوية", "هجوم عنيف"), a comparative ("انسحابا أوسع"), an accusative after an
    accusative ("هجوما مباغتا"), or any word not in the accusative; an accusative after a
    noun that is not is a noun of its own ("غارة ... اجتماعا")."""
    k = t.key
    return bool(_NISBA_ENDING.search(k)) or k in _INTENSITY or (len(k) == 4 and k[0] == "ا") or (
        noun.norm.endswith("ا") and t.norm.endswith("ا")) or not t.norm.endswith("ا")


def _past_manner(toks, end, k) -> int:
    """The index past how one was killed, told at ``k`` with its weapon ("رميا بالرصاص",
    "شنقا") or by what the killers ride ("على دراجة نارية", "يستقلون سيارة"), or ``k``."""
    if k < end and toks[k].key in _MANNER_OF_KILLING:
        k += 1
        while k < end and toks[k].prep == "ب":
            k += 1
    elif k + 1 < end and toks[k].key in _RIDING and toks[k + 1].key in _RIDDEN:
        k += 2
        while k < end and toks[k].key in _RIDDEN:
            k += 1
    elif k + 1 < end and toks[k].key in _WEARING and toks[k + 1].key in _WORN:
        k += 2  # "مسلحين يرتدون زيا عسكريا": what they wear
        while k < end and toks[k].key in _WORN and not toks[k].prep and not toks[k].has_conj:
            k += 1
    return k


def _freed_from(toks, tstarts, side) -> bool:
    """The armed side follows "من": whom a place is freed from ("حررت القوات المدينة من
    التنظيم"; not "عددا من المختطفين", some of the freed)."""
    k = bisect.bisect_left(tstarts, side.start_char)
    return side.sector in _ARMED_SECTORS and k > 0 and toks[k - 1].key == "من"


def _most_named(countries: Counter[str]) -> str | None:
    """The one country ``countries`` counts most, or None where none or two lead."""
    top = countries.most_common(2)
    return top[0][0] if len(top) == 1 or top and top[0][1] > top[1][1] else None


def _ambush_set(toks, sent, trig) -> bool:
    """Whether the verb of setting comes with the ambush ``trig`` names ("نصبوا كمينا",
    "نصب مسلحون كمينا"): then "لـ" after it is whom it is set for, not whose it is."""
    return any(toks[k].key in _SETTING for k in range(max(sent.start, trig.start - 2), trig.end))


def _other_country(sent_countries, article_countries, *but) -> str | None:
    """The country the sentence, else the article, names most, other than those in ``but``."""
    return next((c for cs in (sent_countries, article_countries) for c, _ in cs.most_common() if c not in but),
                None)


def _rebels_of_the_government(actors, targets):
    """Rebels with no state who talk or sign with one government are its own: "وقّع وفدا
    حكومة جنوب السودان والمتمردين في أديس أبابا اتفاقا" (not of the venue's state)."""
    states = {a.country for a in (*actors, *targets) if a.country and a.sector == "GOV" and _GOVERNMENT in a.text}
    if len(states) != 1:
        return actors, targets
    state = states.pop()

    def own(side):
        return tuple(attrs.evolve(a, country=state) if a.country is None and a.sector in ("REB", "OPP") else a
                     for a in side)

    return own(actors), own(targets)


def _signed(toks, s, trig) -> bool:
    """"وقّع ... اتفاق السلام": an agreement signed, past a long subject with its name and
    where and when ("وقّع زعيم المتمردين رياك مشار، أمس في أديس أبابا، اتفاق السلام")."""
    return s.entry.id == "sup.waqqaa" and trig.entry.type == "AGREE" and not toks[trig.start].prep


def _takes_effect(toks, start, end) -> bool:
    """Whether the words at ``start``..``end`` (an agreement, a truce) are said to come into
    force: "دخل اتفاق وقف إطلاق النار ... حيز التنفيذ", "بدء سريان الهدنة"."""
    def enters(tok):
        key = tok.key
        return key in _ENTERS or (key[:1] in "وفس" and key[1:] in _ENTERS)

    if start > 0 and enters(toks[start - 1]):
        return True
    # "... الذي توصلت إليه روسيا وتركيا، حيز التنفيذ" (the verb before the agreement)
    return any(toks[k].key == "حيز" and toks[k + 1].key in _EFFECT for k in range(end, min(len(toks) - 1, end + 16)))


def _counted(toks, trig, actor_ms=()) -> bool:
    """A verb's form that is the noun counted by the number before it: "اختطف مسلحون 20
    طالبا" (students, not "the two demanded"). From 11 to 99 the counted noun is singular and
    ends in the accusative's alif, as a dual verb does; a verb read through "ف" after a count
    is a noun of its own ("ألف فدان"). A number that ends a name counts nothing: "متمردو
    حركة إم 23 قتلوا"."""
    if trig.entry.pos != "verb" or trig.end - trig.start != 1 or trig.start == 0:
        return False
    if any(m.start < trig.start == m.end for m in actor_ms):
        return False
    word, prev = toks[trig.start], toks[trig.start - 1]
    if word.prefix == "ف" and (numbers.parse_number(prev.text) is not None or prev.key in QUANTITY):
        return True  # "ألف فدان" (acres) is no "ف" + "دان" (condemned)
    if prev.has_conj or not word.norm.endswith("ا") or word.prefix:
        return False
    n = numbers.parse_number(prev.text)
    return n is not None and n % 100 > 10


def _failed_in(toks, sent, trig) -> bool:
    """The act after "في" that the subject of a verb of failing, between, failed in: "فشلت
    المفاوضات بين الطرفين في التوصل إلى اتفاق" (the talks were held; the agreement was not
    reached); or after "من" that one could not do: "لم تتمكن القوات من استعادة السيطرة على
    المدينة" (past the verbal noun whose object the act is)."""
    p = trig.start - 1
    if p > sent.start and toks[p].key not in ("في", "من") and not (
            toks[p].prep or toks[p].is_punct or toks[p].key in FUNCTION_WORDS):
        p -= 1  # "من استعادة السيطرة"
    if p - 1 < sent.start or toks[p].key not in ("في", "من") or toks[p].prep:
        return False
    for k in range(p - 1, max(sent.start, p - 7) - 1, -1):
        if _punct(toks[k]) or toks[k].key in COMPLEMENTIZERS:
            return False
        if toks[p].key == "في" and toks[k].key in _FAILING and p == trig.start - 1:
            return True
        if toks[p].key == "من" and toks[k].key in _UNABLE and k > sent.start and toks[k - 1].key in _NOT_PAST:
            return True
    return False


def _denied_light_verb(toks, sent, trig, support, others, phrases) -> bool:
    """The act's noun after its light verb, that verb denied by "لم" or "لن" before it: "لم
    تتوصل الأطراف السودانية إلى اتفاق", "لن يعقد الطرفان جولة جديدة من المحادثات" (a
    subject between puts the noun past the reach of the negation's cue)."""
    s = max((s for s in support if s.end <= trig.start and trig.start - s.end <= 6),
            key=lambda s: s.end, default=None)
    if s is None or s.start == sent.start or toks[s.start - 1].key not in _DENYING or s.entry.id == _CLAIMED:
        return False  # (a claim denied is no act denied: "لم تتبن أي جهة الهجوم")
    # the verb, its subject, then at most three words to the noun ("جولة جديدة من المحادثات")
    subject = next((p for p in phrases if p.start == s.end and p.end <= trig.start), None)
    return subject is not None and trig.start - subject.end <= 3 and not any(
        _punct(t) or t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS for t in toks[s.end : trig.start]) and (
        not any(s.end <= o.start < trig.start for o in others))


def _charged(toks, sent, trig, triggers) -> bool:
    """An act named in a charge is what one is accused of, no event told: "بسجن ناشطين بتهمة
    التحريض على التجمهر", "اعتقلت ثلاثة بتهمة التخطيط لهجمات", "مطلوب بجرائم قتل" (crimes of
    a kind, not one committed: "ارتكبوا جرائم قتل"); and so is one named as what
    people are implicated in ("جماعات أخرى متورطة في القتال") or as the claim one acts on
    ("اعتقلت الشرطة ثلاثة بذريعة الاعتداء على رجال الأمن")."""
    if trig.start > sent.start and toks[trig.start - 1].key in _CRIME_NOUNS and (
            toks[trig.start - 1].prep == "ب" or trig.start - 2 >= sent.start and toks[trig.start - 2].key == "في"):
        return True  # "مطلوب بجرائم قتل", "مطلوبا في قضايا قتل": a kind of crime, no act told
    if trig.entry.pos != "noun" and not _definite(toks[trig.start]) and not (
            trig.start > sent.start and toks[trig.start - 1].key in _BEFORE_NO_VERB):  # (a verb form read as a noun)
        return False
    for k in range(trig.start - 1, max(sent.start, trig.start - 5) - 1, -1):
        if _punct(toks[k]) or toks[k].has_conj:
            return False
        if toks[k].key in _CHARGED_OR_ALLEGED and not (
                k + 1 < sent.end and toks[k].key == _ALLEGATION and toks[k + 1].key == "عام"):
            return True  # (not the prosecution: "وجه الادعاء العام اتهامات")
        if k == trig.start - 1 and not _has_object_suffix(toks[k]) and any(
                o.entry.id == _ACCUSE_VERB and o.start == k and o.end == trig.start for o in triggers):
            return True  # "ثلاثة شبان اتهموا بالتخريب": the charge right after the passive
    return False


def _doers_fate(toks, sent, trig, attacks) -> bool:
    """A kill verb after "قبل أن / بعد أن" that follows an attack, in the passive or with the
    pronoun of its object, tells what befell the attacker: "طعن شاب مستوطنا قبل أن يقتل
    برصاص الجنود", "أطلق مسلح النار قبل أن تقتله الشرطة" (not "قبل أن يقتل ثلاثة": the
    attack's own toll)."""
    return (trig.entry.pos == "verb" and trig.end - trig.start == 1 and trig.start - 2 > sent.start
            and toks[trig.start - 1].key == "ان" and toks[trig.start - 2].key in _BEFORE_OR_AFTER
            and any(a.end <= trig.start - 2 for a in attacks)
            and (trig.entry.voice == "passive" or _has_object_suffix(toks[trig.start]) or _shot_by(toks, sent, trig)))


def _accused_of(toks, sent, trig, phrases) -> bool:
    """An accusation's verb with the charge's "ب" right after it, no one accused between, is
    the passive: "اعتقلت الشرطة رجلا اتهم بالتجسس" (the man is accused, no one named)."""
    return (trig.entry.id == _ACCUSE_VERB and trig.end - trig.start == 1 and not _has_object_suffix(toks[trig.start])
            and trig.end < sent.end and (toks[trig.end].prep == "ب" or _bi_word(toks[trig.end]))
            # (not a name: "اتهم بشار الأسد", "اتهمت باكستان الهند")
            and not any(p.start == trig.end for p in phrases))


def _bi_word(t: "Tok") -> bool:
    """A word with "ب" that the lexicons do not split off, a verbal noun after it ("بالسرقة",
    "بإهانة", "بتهريب")."""
    return not t.prefix and len(t.norm) >= 5 and t.norm.startswith(("با", "بت"))


def _bracketed(toks, sent, trig) -> bool:
    """A trigger word alone in brackets is a name or its short form, no act: "تنسيقية القوى
    الديمقراطية المدنية (تقدم)"."""
    if (trig.start > sent.start and trig.end < sent.end and toks[trig.start - 1].text == "("
            and toks[trig.end].text == ")"):
        return True
    # so is a word of a place's name in quotes after its place noun: 'قرية "بيت أمر"'
    k = trig.start - 1
    while k > sent.start and trig.start - k <= 3 and toks[k].text not in _QUOTES and not toks[k].is_punct:
        k -= 1
    return (k > sent.start and toks[k].text in _QUOTES and toks[k - 1].key in LOCAL_HEADS
            and any(toks[i].text in _QUOTES for i in range(trig.end, min(sent.end, trig.end + 3))))


def _named_after_rank(toks, sent, trig) -> bool:
    """A verb form right after a military rank is the officer's given name: "العقيد تامر
    الرفاعي" ("تأمر", orders, once normalized)."""
    return (trig.entry.pos == "verb" and trig.end - trig.start == 1 and trig.start > sent.start
            and toks[trig.start - 1].key in _RANKS and not toks[trig.start].prefix)


def _remit(toks, sent, trig) -> bool:
    """An act a body is tasked with names its remit, no event: "رئيس المجلس الأعلى للسلام
    المكلف بالتفاوض مع حركة طالبان" (an inquiry it is tasked with still is one: "لجنة مكلفة
    بالتحقيق")."""
    return (trig.start > sent.start and toks[trig.start].prep == "ب" and toks[trig.start - 1].key in _TASKED
            and trig.entry.type != "ACCUSE")


def _crowd_received(toks, sent, trig) -> bool:
    """A reception of hundreds or millions is no visit: "استقبلت مطارات دبي 86 مليون مسافر",
    "تستقبل تركيا أكثر من ثلاثة ملايين لاجئ"; nor is one of refugees, the wounded or
    travellers, however many ("أعلنت اليونان استعدادها لاستقبال اللاجئين", "استقبلت
    المستشفيات عشرات الجرحى")."""
    if trig.entry.type != "CONSULT" or trig.entry.mode != "visit":
        return False
    for t in toks[trig.end : min(sent.end, trig.end + 6)]:
        if t.is_punct:
            return False
        n = numbers.parse_number(t.text)
        if (n is not None and n >= 100) or (numbers.vague_quantity(t.text) or 0) >= 100 or t.key in _MILLIONS or (
                t.key in _RECEIVED_PEOPLE):
            return True
    return False


_SUSPECTS = ("مشتبه", "يشتبه", "متهم", "مطلوب", "متورط", "تورط", "ضالع", "مدان")


def _suspected_of(toks, sent, trig) -> bool:
    """"مشتبه بهم في محاولة اغتيال", "المطلوبين في تفجير", "متهمين بإطلاق صواريخ": an act
    people are suspected, accused or wanted for was done, whatever is said of them (also the
    weapon named after the act's noun: "في تفجير سيارة مفخخة")."""
    k = trig.start - 1
    if toks[trig.start].prep == "ب" and k > sent.start and toks[k].key.startswith(_SUSPECTS):
        return True  # ("متهمين بإطلاق صواريخ", "المدان بتفجير")
    if k - 1 > sent.start and toks[k - 1].key in _ATTACKS_IN and not toks[k].prep and not toks[k].is_punct:
        k -= 1  # ("مفخخة" after "سيارة")
    if k > sent.start and toks[k].key in _ATTACKS_IN:
        k -= 1
    return k > sent.start and toks[k].key == "في" and any(
        t.key.startswith(_SUSPECTS) for t in toks[max(sent.start, k - 3) : k]
    )


def _inquired_into(toks, sent, trig) -> bool:
    """The act is what an inquiry is into ("فتحت النيابة تحقيقا في مقتل الصحفي", "تحقيق حول
    ملابسات مقتل"): who inquires did not do it."""
    k = trig.start - 1
    if k > sent.start and toks[k].key in _INQUIRED_MATTERS:
        k -= 1
    return k - 1 >= sent.start and toks[k].key in _INTO and toks[k - 1].key in _INQUIRIES


def _after_act(toks, t, triggers, types, limit, ends, *, pos=None, mode=None) -> bool:
    """Whether ``t`` comes at most ``limit`` words after one of ``triggers`` of ``types``
    (and ``pos``, ``mode`` when given), with no word ``ends`` accepts between them."""
    return any(
        o.entry.type in types and 0 <= t.start - o.end <= limit
        and (pos is None or o.entry.pos == pos) and (mode is None or o.entry.mode == mode)
        and not any(ends(x) for x in toks[o.end : t.start])
        for o in triggers
    )


def _punct(t: "Tok") -> bool:
    return t.is_punct and t.text not in _QUOTES  # (quotes mark words, not clauses)


def _new_clause(toks, a: int, b: int) -> bool:
    """Tokens [a, b) open another source's report after a comma, with a joined verb of saying
    or one after "فيما", "بينما": "استهدفت مطارا في تل أبيب، فيما قال الجيش إنه اعترض
    صاروخا" (the place before is the first clause's; not one going on with the same subject:
    "تجمع المتظاهرون في ساحة التحرير، لكن الشرطة هاجمتهم"), or a condition."""
    return any(_punct(toks[k - 1]) and (toks[k].has_conj and toks[k].key in REPORTING or (
        toks[k].key in _WHILE_CLAUSE and k + 1 < b and toks[k + 1].key in REPORTING)) for k in range(a + 1, b)) or any(
        # (nor is the act of a condition after it: "بإغلاق مضيق هرمز إذا تعرضت منشآتها لهجوم")
        toks[k].key in _IF_CLAUSE for k in range(a, b))


def _names_a_body(toks, sent, trig) -> bool:
    """A truce, a withdrawal or talks that name a body ("لجنة الهدنة العسكرية المشتركة",
    "مكتب وقف إطلاق النار", "لجنة التفاوض", "وفد التفاوض") is no act: the body's word stands
    right before it."""
    return (trig.entry.type in ("RETREAT", "CONSULT") and trig.entry.pos == "noun" and trig.start > sent.start
            and not toks[trig.start].prefix and (toks[trig.start - 1].key in _BODIES or (
                trig.entry.type == "CONSULT" and toks[trig.start - 1].key in _DELEGATIONS))
            # (a construct's head takes no article, its genitive no pronoun: "يبدأ الوفد
            # زيارته")
            and not toks[trig.start - 1].suffixed and not _definite(toks[trig.start - 1])
            and not toks[trig.start].suffixed)


def _under_warrant(toks, sent, trig) -> bool:
    """An arrest a warrant names, after "بموجب" ("سلمته بموجب مذكرة توقيف دولية"), is the
    authority another act is done under, no arrest of its own."""
    return (trig.entry.mode == "arrest" and trig.entry.pos == "noun" and trig.start - 2 >= sent.start
            and toks[trig.start - 1].key in _DOCUMENT_NOUNS and _word_in(toks[trig.start - 2], _UNDER_TERMS))


def _clause_break(t: "Tok") -> bool:
    return _punct(t) or t.key in COMPLEMENTIZERS


def _responding_verb(toks, sent, start) -> int | None:
    """The index of "رد" (responded) among the six words before ``start`` in its clause:
    "ردت القوات الحكومية على الهجوم بقصف مدفعي"."""
    for k in range(start - 1, max(sent.start, start - 6) - 1, -1):
        if _clause_break(toks[k]):
            return None
        if toks[k].key in _RESPOND:
            return k
    return None


def _agent_then_li(toks, sent, trig, phrases) -> bool:
    """A verb form of an attack or an arrest with a definite side after it and another after
    "لـ" is the verbal noun, its doer and what it was done to: "دانت الرئاسة قتل قوات الاحتلال
    لشاب فلسطيني", "قصف الطيران لمواقع المسلحين" (such a verb takes its object with no "لـ")."""
    e = trig.entry
    if e.pos != "verb" or e.voice != "active" or e.type not in ("ASSAULT", "COERCE") or trig.end - trig.start != 1:
        return False
    if toks[trig.start].prefix or toks[trig.start].key in _TAKES_LI:
        return False
    p = next((p for p in phrases if p.start == trig.end and p.kind != "nisba"), None)
    if p is None or p.end >= sent.end or not _definite(toks[p.end - 1]):
        return False
    # (past a count: "قتل الجنود لأربعة مزارعين")
    count = _li_count(toks[p.end])
    return (toks[p.end].prep == "ل" or count) and any(
        (q.start == p.end or q.start == p.end + 1 and count) and q.kind != "nisba" for q in phrases)


def _marked_passive(t: "Tok", trig: Any) -> bool:
    """An active verb in the past written with the passive's damma on its first letter:
    "قُتل", "أُطلق", "اُعتقل", or after the alef on the third, as the forms that begin with
    it take it: "اعتُقل", "استُهدف" (the present is left alone: "يُطلق" is active)."""
    if ("\u064f" not in t.text or trig.entry.pos != "verb" or trig.entry.voice != "active"
            or trig.end - trig.start != 1 or _imperfect(t)):
        return False
    letters = 0
    first = ""
    for i, ch in enumerate(t.text):
        if "ء" <= ch <= "ي":
            letters += 1
            if letters == len(t.prefix) + 1:
                if t.text[i + 1 : i + 2] == "ُ":
                    return True
                first = ch
            elif letters == len(t.prefix) + 3:
                return first == "ا" and t.text[i + 1 : i + 2] == "ُ"
    return False


def _compound_number(first: "Tok", second: "Tok") -> bool:
    """Two number words that make one number: a unit and ten ("خمسة عشر"), a unit and its
    tens ("ثلاثة وعشرون"), hundreds and what follows them ("مئة وخمسون")."""
    if first.prefix or any(ch.isdigit() for ch in first.norm + second.norm):
        return False
    a = numbers.parse_number(first.text)
    if a is None:
        return False
    if second.key in _TEN and 1 <= a <= 9:
        return True
    b = numbers.parse_number(second.text) if second.norm[:1] == "و" else None
    return b is not None and (
        (1 <= a <= 9 and 20 <= b <= 90 and b % 10 == 0) or (a >= 100 and a % 100 == 0 and 1 <= b <= 99)
    )


_TEN = frozenset(("عشر", "عشره"))


def _word_in(tok, words) -> bool:
    """Whether ``tok`` is one of the closed-class verbs or nouns ``words``, with its
    conjunction, which such a word keeps: "ووقف" (not "و" + "قف"), "ودارت", "وهزت"."""
    w = tok.norm
    return w in words or tok.key in words or (w[:1] in _CONJUNCTIONS and w[1:] in words)


def _time_aside(toks, a, b, time_toks) -> bool:
    """Tokens [a, b) are a time between commas: "أعلنت الوحدات، أمس الاثنين، السيطرة على"."""
    return (b - a > 2 and toks[a].text in ("،", ",") and toks[b - 1].text in ("،", ",")
            and all(i in time_toks for i in range(a + 1, b - 1)))


def _past_time_aside(toks, sent, start, time_toks) -> int | None:
    """The token past a time between commas that opens at ``start`` ("، امس الاثنين، "), or
    None."""
    return next((b for b in range(start + 3, min(sent.end, start + 8)) if _time_aside(toks, start, b, time_toks)),
                None)


def _court_verb(toks, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold a court's verb of sentencing ("قضت", "حكمت")."""
    return any(toks[k].key in _SENTENCED for k in range(start, end))


def _declared(entry) -> bool:
    """An act done by declaring it (see ``_DECLARED_ACTS``): sanctions and concessions too."""
    return entry.type in ("SANCTION", "CONCEDE") or (entry.type, entry.mode) in _DECLARED_ACTS


def _closes_time(toks, k, time_toks) -> bool:
    """Whether token ``k`` is the comma right after a time ("قتل ثلاثة شبان مساء أمس، برصاص")."""
    return toks[k].text in ("،", ",") and k - 1 in time_toks


def _shot_by(toks, sent, trig, time_toks=frozenset()) -> bool:
    """A kill verb with "برصاص / بنيران" right after it is in the passive: "أن فلسطينيا
    قتل برصاص الجيش" (the army is the agent, not the object), also past a time and its comma
    ("قتل ثلاثة شبان مساء أمس، برصاص الجيش")."""
    if not (trig.entry.pos == "verb" and trig.entry.voice == "active" and trig.end - trig.start == 1
            and toks[trig.start].key in KILL_WORDS):
        return False
    # right after it, or after the one killed ("قتل شاب برصاص قوات الاحتلال", "قتل متظاهران
    # اثنان برصاص", "قتل أحد المتظاهرين برصاص")
    last = trig.end + 2 if trig.end + 1 < sent.end and (
        toks[trig.end + 1].key in _AGREEING_NUMBERS or toks[trig.end].key in _ONE_OF) else trig.end + 1
    if any(k < sent.end and toks[k].key in _FIRE_OF and not any(t.is_punct for t in toks[trig.end : k])
           for k in range(trig.end, last + 1)):
        return True
    # past the one killed and its adjective: "قتل جندي أذربيجاني برصاص قناص" (not past a
    # subject in "ون" or an object in the accusative: "قتل مسلحون شابا برصاص" is active)
    k = trig.end
    if (k + 2 < sent.end and toks[k + 2].key in _FIRE_OF and not toks[k].norm.endswith("ون") and not any(
            t.is_punct or t.has_conj or t.prep or (t.norm.endswith("ا") and not t.norm.endswith("وا"))
            for t in toks[k : k + 2])):
        return True
    # past a count and the ones killed: "قتل خمسة مدنيين بينهم طفلان بنيران مدفعية الجيش"
    if k >= sent.end or not Assembler._only_quantities((toks[k],)) or toks[k].is_punct:
        return False
    while k < min(sent.end, trig.end + 8) and not (
            (toks[k].is_punct and not _closes_time(toks, k, time_toks))
            or toks[k].has_conj or toks[k].key in COMPLEMENTIZERS):
        if toks[k].key in _FIRE_OF:
            return True
        if toks[k].prep:
            return False
        k += 1
    return False


def _killed_alone(toks, sent, trig, phrases, time_toks) -> bool:
    """A kill verb in the past whose subject after it is followed by no object, only by
    another clause, is in the passive: "قتلت طفلة وأصيبت والدتها برصاص قناص", "قتل شرطيان
    عندما فتح مسلحون النار" (but "قتل مسلحون رجلين" is active, and so is "قتلت قوات الأمن،
    امس الاثنين، القيادي": an object past a time between commas)."""
    t = toks[trig.start]
    if not (trig.entry.pos == "verb" and trig.entry.voice == "active" and trig.end - trig.start == 1
            and t.key in KILL_WORDS and not t.prefix and not _imperfect(t) and not t.norm.endswith("وا")
            and not _has_object_suffix(t)):
        return False
    p = next((p for p in phrases if p.start == trig.end and p.kind not in ("nisba", "country", "capital")), None)
    if p is None:
        return False
    if p.end >= sent.end:
        return True
    nxt = toks[p.end]
    aside = _past_time_aside(toks, sent, p.end, time_toks)
    if aside is not None and any(q.start == aside and q.kind not in ("nisba", "country", "capital") for q in phrases):
        return False
    # (or by a casualty verb joined to it: "وأصيبت", not a second name: "وطفلها")
    return nxt.is_punct or nxt.key in _CLAUSE_OPENERS or (
        nxt.has_conj and (nxt.key in KILL_WORDS or nxt.key in INJURY_WORDS))


def _origin_of(toks, sent, start, actors) -> bool:
    """The place named at ``start`` follows "من" right after one of ``actors``, or after
    "fired" or "coming": it says whence they come ("مجموعات مسلحة من مصراتة", "صاروخ أطلق من
    اليمن", "مسلحين تسللوا من أفغانستان"), not where the act is."""
    i = start - 1
    while i > sent.start and toks[i].key in PLACE_NOUNS:
        i -= 1
    return i > sent.start and toks[i].key == "من" and toks[i].norm == "من" and (
        toks[i - 1].key in _WHENCE
        or any(a.end_char == toks[i - 1].end_char for a in actors))


def _fired_from(toks, sent, trig, places) -> str | None:
    """The country of the place the fire ``trig`` tells was launched from, "من" right after
    it or its projectiles ("أطلق مسلحون صواريخ من قطاع غزة على عسقلان", "رشقة صاروخية من
    جنوب لبنان"), or None."""
    for k in range(trig.end, min(sent.end - 1, trig.end + 4)):
        if toks[k].is_punct:
            return None
        if toks[k].key == "من" and toks[k].norm == "من":
            j = k + 1
            while j < sent.end - 1 and toks[j].key in DIRECTIONS:
                j += 1  # "من جنوب لبنان"
            return next((m.entry.country for m in places if k < m.start <= j), None)
    return None


def _construct_name(toks, sent, m) -> bool:
    """A one-word name of ``_CONSTRUCT_NAMES`` annexed to a definite noun is that noun's
    head: "صور الضحايا" are pictures, not Tyre ("مدينة صور", "صور الجنوبية" stay Tyre); one of
    ``_IDIOM_NAMES`` before its idiom's word is the idiom ("مسقط رأسه")."""
    if m.end - m.start == 1 and m.end < sent.end and toks[m.end].norm.lstrip("و")[:3] in _IDIOM_NAMES.get(
            toks[m.start].key, ()):
        return True  # ("مسقط رأسه": its word with a pronoun)
    return (m.end - m.start == 1 and toks[m.start].key in _CONSTRUCT_NAMES and m.end < sent.end
            and _definite(toks[m.end]) and toks[m.end].key not in DIRECTION_ADJ
            and not (m.start > sent.start and toks[m.start - 1].key in PLACE_NOUNS))


def _foils(toks, sent, p) -> bool:
    """Whether the phrase ``p`` is the subject of a verb that repels or foils ("أحبطت قوات
    الأمن هجوما"): never the attacker of what follows."""
    return p.start > sent.start and toks[p.start - 1].key in REPEL


def _by_agent(toks, sent, trig) -> bool:
    """A past verb whose agent follows it with "من قبل", "من جانب" or "على يد" is in the passive:
    "اعتقل عشرات المحتجين من قبل الشرطة" (the police arrest, the protesters are arrested);
    so is a verb's form with a pronoun right before one, a verbal noun: "بعد ساعات من خطفه
    على أيدي مسلحين" (his abduction)."""
    t = toks[trig.start]
    if not (trig.entry.pos == "verb" and trig.entry.voice == "active" and trig.end - trig.start == 1
            and not _imperfect(t) and not t.norm.endswith("وا")):
        return False
    suffixed = _has_object_suffix(t)
    for k in range(trig.end, min(sent.end - 2, trig.end + (1 if suffixed else 6))):
        if toks[k].is_punct or toks[k].key in COMPLEMENTIZERS:
            return False
        if _by_whom_at(toks, sent, k):
            return True
    return False


def _by_whom_at(toks, sent, k) -> bool:
    """"من قبل", "من جانب" or "على يد / أيدي" at ``k``, with whom after it: the act before
    was done by that one ("اعتقل عشرات المحتجين من قبل الشرطة", "بعد قصفه من قبل الطائرات")."""
    if k + 2 >= sent.end:
        return False
    nxt = toks[k + 1]
    # ("من جانب الشرطة" too, not "من جانبها", for its part)
    if not ((toks[k].key == "من" and nxt.norm in ("قبل", "جانب")) or (
            toks[k].key == "علي" and nxt.key in ("يد", "ايدي") and nxt.norm in ("يد", "ايدي"))):
        return False
    after = toks[k + 2]
    # ("من جانب آخر": on the other hand)
    return not after.is_punct and after.key not in COMPLEMENTIZERS and after.key not in _OTHER_HAND


def _backed(toks, sent, p) -> bool:
    """The phrase ``p`` names who backs, leads or mediates an act or a side: "بدعم من الطيران
    الروسي", "الانفصاليين المدعومين من روسيا", "بقيادة هيئة تحرير الشام", "بوساطة قطرية"."""
    k = p.start - 1
    if k > sent.start and toks[k].key == "من":
        k -= 1
        if toks[k].key in BACKED_BY:
            return True
    if k >= sent.start and toks[k].key in BACKED_BY and toks[p.start].prep == "ب":
        return True  # "جنود مدعومين بالدبابات": what backs them
    if k >= sent.start and toks[k].key in LED_BY and toks[k].key.startswith("ب"):
        return True  # "فصائل المعارضة بقيادة هيئة تحرير الشام": who leads them
    if k > sent.start and toks[k].key == "حمايه" and toks[k - 1].key == "تحت":
        return True  # "هاجم مستوطنون تحت حماية جنود الاحتلال قرية": who guards them
    if k > sent.start and _NISBA_ENDING.search(toks[k].key) and toks[k - 1].key in _MEDIATION:
        return True  # "بوساطة أميركية فرنسية": the second mediator
    return k >= sent.start and (toks[k].key in BACKING and toks[k].prep == "ب" or toks[k].key in _MEDIATION)


def _claim_after(toks, trig, reach: int = 2):
    """The claim that takes the attack noun ``trig`` back right after it ("في هجوم تبنته لاحقا
    سرايا القدس"), within ``reach`` words and no mark, or None."""
    for k in range(trig.end, min(len(toks), trig.end + reach)):
        t = toks[k]
        if t.key in _CLAIM:
            return t
        if t.is_punct:
            return None
    return None


def _only_quotes(toks, a, b) -> bool:
    """Whether tokens [a, b) are quote marks only (or none)."""
    return all(toks[k].text in _QUOTES for k in range(a, b))


def _back_past_quotes(toks, k, lo) -> int:
    """``k``, or the index of the word before the quote marks that end at ``k`` (not
    below ``lo``): 'بـ"الاعتقال' seen from the word, 'أكثر من 40 من "عناصر'."""
    while k > lo and toks[k].text in _QUOTES:
        k -= 1
    return k


def _warned_of(toks, sent, trig, phrases) -> int | None:
    """Where the "من" of what the warning ``trig`` warns against stands, past the warner's
    name and a comma or two ("حذر وزير الخارجية، في بيان، من"), or None."""
    return next((k for k in range(trig.end, min(sent.end, trig.end + 30)) if toks[k].key == "من"
                 and not any(p.start < k < p.end for p in phrases)), None)


def _warned_whom(toks, trig, of, phrases):
    """Whom the warning ``trig`` warns: the phrase before the "من" at ``of``, after the verb's
    subject (a participle's subject is the clause's, before it), maybe in quotes and with
    where they live ("حذر الجيش «حزب الله» من", "حذر الجيش سكان جنوب لبنان من"); or None."""
    for p in phrases:
        if not trig.end <= p.start or p.end > of:
            continue
        between = toks[p.end : of]
        if not _only_quotes(toks, p.end, of) and (len(between) > 3 or any(
                u.is_punct or u.prep or u.has_conj or u.key in PREPOSITIONS for u in between)) and not (
                # (or where they live: "حذر الجيش سكان 20 بلدة في جنوب لبنان من")
                len(between) <= 7 and all(c[4] == "CVL" for c in p.conjuncts) and not any(
                    u.is_punct or u.prep or u.has_conj or u.key in PREPOSITIONS and u.key != "في" for u in between)):
            continue
        if trig.entry.participle:
            if _only_quotes(toks, trig.end, p.start):
                return p
        elif trig.entry.pos == "noun":
            # "وجه تحذيرا شديد اللهجة إلى إيران من", "تحذيرات لإسرائيل من": whom a warning's
            # noun is addressed to
            if (p.start - trig.end <= 4 and (toks[p.start].has_li or toks[p.start - 1].key == "الي")
                    and not any(u.is_punct for u in toks[trig.end : p.start])):
                return p
        elif any(q.start == trig.end and q.end <= p.start and _only_quotes(toks, q.end, p.start) for q in phrases):
            return p
        elif p.start == trig.end and any(q.end == trig.start and q.kind != "nisba" for q in phrases):
            return p  # (its subject before it: "طهران تحذر واشنطن من")
    return None


def _warned_to_act(toks, sent, trig, last, phrases) -> tuple:
    """Whom the warning ``last`` (the event before ``trig`` and its trigger) warns, when
    ``trig`` is what it warns against, right after its "من" ("حذرت واشنطن طهران من مغبة
    تزويد", "محذرا إسرائيل من أي حرب"), or ()."""
    ev, t = last
    if not t.entry.warning or not ev.targets:
        return ()
    of = _warned_of(toks, sent, t, phrases)
    if (of is None or not of < trig.start <= of + 3 or ev.targets[-1].end_char > toks[of].start_char
            or not all(x.key in ("مغبه", "اي") for x in toks[of + 1 : trig.start])):
        return ()
    return ev.targets


def _claimed_after(toks, trig, ev) -> bool:
    """The attack noun ``trig`` is taken back by a claim right after it, whose subject the
    event's actors are: "في هجوم تبنته لاحقا سرايا القدس"."""
    t = _claim_after(toks, trig)
    return t is not None and _has_object_suffix(t) and all(t.end_char <= a.start_char for a in ev.actors)


def _agrees(noun, adjective) -> bool:
    """The plural ``adjective`` agrees with the ``noun`` before it, as an adjective does: in
    case and number ("مستوطنون مسلحون", "مستوطنين مسلحين"), with the article on both or
    neither, and no clitic of its own."""
    ending = next((x for x in ("ون", "ين", "ان") if adjective.key.endswith(x)), None)
    return (ending is not None and noun.key.endswith(ending) and _definite(noun) == _definite(adjective)
            and not adjective.prefix and not adjective.has_conj)


def _protesting_adjective(toks, end, nxt) -> bool:
    """The protesters' word ``nxt`` right after people ending at ``end`` is their adjective,
    indefinite as they are and agreeing in case where their plural shows it ("طلاب محتجين",
    "عمالا محتجين"; "هاجم الأهالي المتظاهرين" is the verb's object)."""
    head, adj = toks[end - 1], toks[nxt.start]
    return (nxt.entry.id in _PROTESTER_ENTRIES and nxt.end - nxt.start == 1 and not _definite(head)
            and not _definite(adj) and adj.key.endswith(("ون", "ين")) and not adj.prefix
            and (_agrees(head, adj) or not head.key.endswith(("ون", "ين", "ان"))))


def _inside_actor(m, actor_ms) -> bool:
    """The match ``m`` is a word of a longer actor's name."""
    return any(a.start <= m.start and m.end <= a.end and a.end - a.start > m.end - m.start for a in actor_ms)


def _claimed_by(toks, trig, ev) -> bool:
    """The definite attack noun ``trig`` is what a claim takes, and the actors of its event
    ``ev`` are who claims: "وتبنت الجماعة الهجوم", "أعلن التنظيم مسؤوليته عن الهجوم" (past
    a name in quotes: "وتبنى تنظيم «داعش - ولاية خراسان» الهجوم")."""
    for k in range(trig.start - 1, max(0, trig.start - 10) - 1, -1):
        t = toks[k]
        if (t.is_punct and t.text not in _QUOTES and t.text != "-") or t.key in COMPLEMENTIZERS:
            return False
        if t.key == "مسووليه":
            k = next((j for j in range(k - 1, max(0, k - 5) - 1, -1) if toks[j].key in _ANNOUNCE), None)
        elif t.key not in _CLAIM:
            continue
        return k is not None and all(
            toks[k].end_char <= a.start_char and a.end_char <= toks[trig.start].start_char for a in ev.actors)
    return False


_CLAIM = frozenset(("تبني", "تبنت", "تبنوا", "تبنا", "يتبني", "تتبني"))
_ANNOUNCE = frozenset(("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"))
# prepositions no verb follows ("من" may: "من قتل"): a verb form after them is a noun (see
# _BEFORE_NO_VERB, which adds the words of time and cause)
_PREPOSITIONS_NO_VERB = frozenset(("الي", "علي", "عن", "في", "مع"))


def _interview(toks, sent, trig) -> bool:
    """Talks with a newspaper or a channel are an interview: "في حوار مع صحيفة الشرق
    الأوسط", "في حوار تلفزيوني"."""
    if trig.entry.type != "CONSULT" or trig.entry.pos != "noun" or trig.end + 1 >= sent.end:
        return False
    nxt = toks[trig.end]
    return nxt.key in _BROADCAST or (nxt.key == "مع" and toks[trig.end + 1].key in _MEDIA)


def _dialogue_as_means(toks, sent, trig) -> bool:
    """Dialogue named as the way to a solution is no talks held: "يكمن الحل في الحوار",
    "حل الخلافات عبر الحوار", "حل الأزمة بالحوار"."""
    if trig.entry.type != "CONSULT" or toks[trig.start].key != "حوار":
        return False
    return toks[trig.start].prep == "ب" or (trig.start > sent.start and toks[trig.start - 1].key in ("في", "عبر"))


def _told_act_discussed(toks, trig) -> bool:
    """An attack named with the article right after a word of discussing is one told, past:
    "لمناقشة الضربات الغربية على سوريا", "بحث مجلس الأمن الهجوم على القاعدة" (not a plan
    talked of: "بحثا إمكانية شن ضربات", "تبحثان عملية مشتركة")."""
    if not (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and trig.start > 0
            and not toks[trig.start].prefix and _definite(toks[trig.start])):
        return False
    if any(t.key.startswith("مشترك") for t in toks[trig.end : trig.end + 2]):
        return False  # ("بحث الجانبان العملية المشتركة": a joint act planned)
    for k in range(trig.start - 1, max(0, trig.start - 5) - 1, -1):
        if toks[k].key in _DISCUSSING:
            return True  # (past the discussers: "بحث مجلس الأمن الهجوم")
        if toks[k].is_punct or toks[k].prep or toks[k].has_conj or toks[k].key in _PLANNING:
            return False
    return False


def _talk_topic(tok) -> bool:
    """A word that names what talks are about: "حول", "بشأن", "سبل", "لمناقشة", "لبحث"."""
    return tok.key in _TALK_TOPICS or (tok.prep == "ل" and tok.key in _DISCUSSING)


def _talked_of(toks, sent, trig, previous, found=()) -> bool:
    """A truce, a withdrawal, an exchange or aid named as what talks told before are about
    is possible: "مفاوضات ... لبحث سبل وقف إطلاق النار", "المباحثات حول آليات وقف إطلاق
    النار، وانسحاب قوات الاحتلال", "أكدت أن المفاوضات ستركز على وقف الحرب وإدخال المساعدات",
    "زيارته تهدف إلى تثبيت الهدنة" (a list of them past commas), or the talks' genitive ("جولة
    من مفاوضات وقف إطلاق النار"); so are ties to restore or
    cooperation named right after the topic's word ("لبحث استئناف العلاقات")."""
    if trig.entry.type not in ("RETREAT", "AID", "SUPPORT", "COOPERATE"):
        return False
    if (trig.entry.type in ("SUPPORT", "COOPERATE") or trig.entry.pos != "noun") and not (
            trig.start > sent.start and _talk_topic(toks[trig.start - 1])):
        return False
    talks_end = max((t.end for ev, t in previous if ev.type == "CONSULT" and t.end <= trig.start), default=None)
    if talks_end is None:
        # (or talks named as a given, among the ``found`` matches: "وأضاف البيان أن هذه
        # المحادثات تتركز على تسهيل إيصال المساعدات")
        talks_end = max((m.end for m in found if m.entry.type == "CONSULT"
                         and max(sent.start, trig.start - 20) < m.end <= trig.start), default=None)
    if talks_end is None:
        return False
    if talks_end == trig.start and not toks[trig.start].prefix:
        return True  # "مفاوضات وقف إطلاق النار", "محادثات الهدنة": the talks' own genitive
    for k in range(trig.start - 1, max(sent.start, talks_end, trig.start - 20) - 1, -1):
        t = toks[k]
        if t.text in _SENTENCE_ENDS or t.text == "؛":
            return False
        if _talk_topic(t) or (t.key in _TOPIC_PREPS and k > sent.start and toks[k - 1].key in _FOCUSED):
            return True
    return False


def _visit_on_arrival(toks, e, actors, others, tstarts) -> bool:
    """An arrival that is a visit: an official's or a delegation's ("وصل وزير الخارجية إلى
    القاهرة", "وصل وفد الحركة إلى القاهرة"), unless a "زيارة" beside it tells the visit."""
    return e.id == _ARRIVAL and bool(actors) and all(
        a.sector in _VISITORS or _official(a) or _delegation(toks, bisect.bisect_left(tstarts, a.start_char))
        for a in actors
    ) and not any(o.entry.type == "CONSULT" and o.entry.mode == "visit" for o in others)


def _sent_to(toks, sent, tstarts, a, places) -> str | None:
    """The country of the state or the capital a delegation ``a`` is sent or goes to, named
    with "إلى" right after it ("أرسلت الحكومة وفدا إلى القاهرة"), or None."""
    k = bisect.bisect_left(tstarts, a.start_char)
    j = bisect.bisect_left(tstarts, a.end_char)
    if j + 1 >= sent.end or toks[j].key not in _TO or toks[j].prefix or not _delegation(toks, k):
        return None
    # (not a province or a town of its own: "أرسلت الحكومة العراقية وفدا إلى الأنبار")
    return next((m.entry.country for m in places if m.start == j + 1 and m.entry.kind in ("country", "capital")), None)


def _official(a) -> bool:
    """The actor is one office holder named by his title ("رئيس هيئة الأركان", "قائد الجيش"),
    whatever his service: his arrival is a visit, no deployment."""
    return (a.rule or "").startswith(_TITLES) or _head_key(a) in _OFFICE_HEADS


def _delegation(toks, k) -> bool:
    """Whether the actor named from token ``k`` is a delegation, or one's members: "وفد حركة
    حماس", "وفد المعارضة", "وفد من الحوثيين"."""
    return toks[k].key in _DELEGATIONS or (k > 0 and toks[k - 1].key in _DELEGATIONS) or (
        k > 1 and toks[k - 1].key == "من" and toks[k - 2].key in _DELEGATIONS)


def _unlisted(toks, text, start, end, place, sector) -> Actor:
    """A side named by tokens [start, end) that no lexicon entry lists, coded with ``sector``
    in the country of the act's place: a village struck, a protest dispersed."""
    a0, a1 = toks[start].start_char, toks[end - 1].end_char
    return Actor(text[a0:a1], a0, a1, country=place.country if place is not None else None, sector=sector,
                 rule=_UNLISTED.id)


def _past_subject(toks, sent, k, actors, time_toks) -> int:
    """The first token from ``k`` past the act's subject, its count and a time ("هاجم
    مستوطنون فجر اليوم بلدة", "هاجم عشرات المستوطنين قرية"): where its object starts."""
    while k < sent.end and (k in time_toks or any(a.start_char <= toks[k].start_char < a.end_char for a in actors) or (
            k + 1 < sent.end and not toks[k].prefix and any(a.start_char == toks[k + 1].start_char for a in actors)
            and _number_word(toks[k].text, toks[k].norm))):
        k += 1
    return k


def _two_sides(ev: Event) -> bool:
    """Whether the act is between two sides that "الطرفان" may later name: states, armed
    forces or groups on both ends ("اشتباكات بين الجيش وقوات الدعم السريع")."""
    return bool(ev.actors and ev.targets) and all(
        a.sector in _SIDE_SECTORS and a.rule != _SIDES_ENTRY for a in (*ev.actors, *ev.targets))


def _told_as(sides: tuple[Actor, ...], a: Actor) -> tuple[Actor, ...]:
    """The sides ``sides``, each told by the words of ``a`` ("الطرفان")."""
    return tuple(attrs.evolve(s, text=a.text, start_char=a.start_char, end_char=a.end_char) for s in sides)


def _two_told_before(a: Actor) -> bool:
    """Whether ``a`` is "الطرفان", "البلدين", "طرفي النزاع" (two), coded as no one (not "جميع
    الأطراف المعنية", all parties concerned, however many)."""
    if a.rule != _SIDES_ENTRY or a.country is not None or a.sector is not None:
        return False
    first = lexical_key(normalize(a.text.split()[0]))
    return first.endswith(("ان", "ين")) or first.startswith("طرف")


def _sides_told_before(ev: Event, sides: tuple[Actor, ...]) -> Event:
    """"الطرفان" that the sentence codes as no one are the sides of the last act between two
    an earlier sentence told: "ودعت الأمم المتحدة الطرفين إلى وقف القتال" after the clashes."""

    def sided(parts: tuple[Actor, ...]) -> tuple[Actor, ...]:
        return tuple(x for a in parts for x in (_told_as(sides, a) if _two_told_before(a) else (a,)))

    if not any(_two_told_before(a) for a in (*ev.actors, *ev.targets)):
        return ev
    return attrs.evolve(ev, actors=sided(ev.actors), targets=sided(ev.targets), rules=(*ev.rules, "slot.sides"))


def _without_conjunctions(text: str, toks: Sequence[Tok], tstarts: list[int], events: list[Event]) -> list[Event]:
    """The events with the conjunction ("و", "ف") that the first word of a trigger, an actor,
    a target or a place carries left out of its span: "وقعت مصر والأردن" -> "الأردن",
    "واعتقلت الشرطة" -> "اعتقلت". It joins the word to what comes before and is no part of
    the name or of the act. (Done last: the rules compare mentions with whole words.)"""

    def bare(m):
        if m is None or text[m.start_char] not in _CONJUNCTIONS:
            return m
        k = bisect.bisect_left(tstarts, m.start_char)
        if k == len(toks) or toks[k].start_char != m.start_char or not toks[k].has_conj:
            return m
        start = m.start_char + 1
        while start < m.end_char - 1 and not normalize(text[start]):
            start += 1  # (and the conjunction's vowel mark: "وَالأردن")
        return attrs.evolve(m, text=text[start : m.end_char], start_char=start)

    out = []
    for ev in events:
        parts = (ev.trigger, ev.place, *ev.actors, *ev.targets)
        if any(m is not None and text[m.start_char] in _CONJUNCTIONS for m in parts):
            bared = [bare(m) for m in parts]
            if any(b is not m for b, m in zip(bared, parts)):
                n = len(ev.actors) + 2
                ev = attrs.evolve(ev, trigger=bared[0], place=bared[1], actors=tuple(bared[2:n]),
                                  targets=tuple(bared[n:]))
        out.append(ev)
    return out


def _placeless_sanctions(events: list[Event]) -> list[Event]:
    """A sanction has no place of its own: the places named with it are where its targets are
    or what they did ("عقوبات ضد الحوثيين في اليمن", "عقوبات على مستوطنين في الضفة الغربية"),
    unless it is in the sanctioning state ("وفي باريس، أقرت الحكومة حزمة من العقوبات") or
    at a meeting the sentence tells ("وافق الوزراء خلال اجتماع في لوكسمبورغ على تجميد أرصدة")."""
    if not any(ev.type == "SANCTION" and ev.place is not None for ev in events):
        return events
    venues = {ev.place.span for ev in events if ev.type == "CONSULT" and ev.place is not None}
    out = []
    for ev in events:
        if (ev.type == "SANCTION" and ev.place is not None and ev.place.span not in venues
                and "place.occasion" not in ev.rules
                and not any(a.country == ev.place.country for a in ev.actors)):
            rules = (*(r for r in ev.rules if not r.startswith("place.")), "place.sanction")
            ev = attrs.evolve(ev, place=None, rules=rules)
        out.append(ev)
    return out


def _verdict(toks, ev, trig):
    """A court's "أدان" convicts, it does not condemn: "أدانت محكمة تركية صحفيا بتهمة نشر
    معلومات مضللة"; and the execution a court decides is its sentence, passed: "قررت محكمة
    عسكرية إعدام ثمانية جنود"."""
    if not ev.actors or not all(a.sector == "JUD" for a in ev.actors):
        return ev
    # (decided, not intended: "يعتزم القضاء تنفيذ حكم الإعدام" is an execution to come)
    decided = (trig.entry.id == _EXECUTION_NOUN and ev.modality == Modality.PLANNED and _RESOLVING_CUE in ev.rules
               and toks[trig.start].key == _EXECUTION and _word_before(toks, 0, trig.start, _DECIDING, 8))
    if not (decided or ev.type == "ACCUSE" and trig.entry.id == _CONDEMNING):
        return ev
    return attrs.evolve(ev, type="SANCTION", mode="convict", cameo="116", acled=None,
                        modality=Modality.ASSERTED if decided else ev.modality, rules=(*ev.rules, "type.verdict"))


def _solo_drill(toks, ev, trig):
    """Exercises one side holds alone show its force, no cooperation (CAMEO 150): "أجرت
    الصين مناورات عسكرية واسعة حول جزيرة تايوان" (not joint ones, "مناورات مشتركة", nor
    those held with or by others, which name a second side, nor those one takes part in)."""
    if (ev.type != "COOPERATE" or trig.entry.id != _COOPERATION or ev.targets or len(ev.actors) != 1
            or toks[trig.start].key not in _DRILLS
            or any(t.key.startswith(_JOINT) for t in toks[trig.start : trig.end + 3])
            or any(t.key in _PARTAKING for t in toks[max(0, trig.start - 6) : trig.start])):
        return ev
    return attrs.evolve(ev, type="MOBILIZE", mode="troops", cameo="150", acled=None,
                        rules=(*ev.rules, "type.solo-drill"))


def _evacuation_order(toks, ev, trig):
    """A call by an army or a government on people to leave their homes or area is an
    evacuation warning, which the guide codes as a threat of force: "دعا الجيش سكان القرى
    الجنوبية إلى إخلاء منازلهم", and so is an armed group's ("مطالبا السكان المدنيين بمغادرة
    المناطق المحيطة بالبلدة") (not the UN's call to evacuate the wounded)."""
    if ev.type != "REQUEST" or not ev.actors or not all(a.sector in ("MIL", "GOV", "REB") for a in ev.actors):
        return ev
    # "طالبت الحكومة السفير الهولندي بمغادرة البلاد": envoys told to leave are expelled;
    # "دعا المجلس العسكري القوات الفرنسية إلى مغادرة البلاد": forces or officials are asked
    # to withdraw, not warned
    envoys = bool(ev.targets) and all(
        t.sector == "GOV" and _head_key(t) in _ENVOYS for t in ev.targets)
    if ev.targets and not envoys and all(t.sector in _CALLED_TO_GO for t in ev.targets):
        return ev
    for i in range(trig.end, min(len(toks) - 1, trig.end + 16)):
        t = toks[i]
        if (t.is_punct and t.text not in ("،", ",")) or t.key in COMPLEMENTIZERS or t.key.endswith(_ALLOWING):
            return ev  # (nor a call to let people leave: "إلى السماح للمدنيين بمغادرة القصير")
        if t.norm.lstrip("و") in _OWN_NATIONALS:
            return ev  # (nor a state's advice to its own: "دعت واشنطن رعاياها إلى مغادرة لبنان")
        if (t.key == "الي" and toks[i + 1].key in _LEAVE) or (t.prep == "ب" and t.key in _LEAVE) or (
                t.key[:1] == "ب" and t.key[1:] in _LEAVE):
            # ("إلى إخلاء منازلهم", "طالب السكان بمغادرة المنطقة")
            if envoys:
                # (a time after the leaving is its deadline, not the expulsion's date: "بمغادرة
                # البلاد خلال 72 ساعة")
                deadline = ev.date is not None and ev.date.start_char > t.start_char
                rules = tuple(r for r in ev.rules if not (deadline and r.startswith("date.")))
                return attrs.evolve(ev, type="SANCTION", mode="expel", cameo="166", acled=None,
                                    date=None if deadline else ev.date, rules=rules + ("type.envoy-expelled",))
            return attrs.evolve(ev, type="THREATEN", mode="violence", cameo="138", acled=None,
                                rules=ev.rules + ("type.evacuation",))
    return ev


_CONDEMNING = "trg.accuse.idana.verb"  # "أدان", "ندد", "استنكر"
_LEAVE = frozenset(("اخلاء", "مغادره"))
_OWN_NATIONALS = frozenset(normalize(w) for w in "رعاياها رعاياه رعاياهم مواطنيها مواطنيه مواطنيهم".split())
_CALLED_TO_GO = frozenset(("MIL", "COP", "SPY", "REB", "GOV", "IGO", "UNO"))
_ALLOWING = "سماح"


def _allowed_act(toks, sent, trig) -> bool:
    """The act ``trig`` is what one allows, or will not allow, after "بـ": "أكد الجيش أنه لن
    يسمح بأي اعتداء", "لن نسمح بتكرار الهجمات" (the allower is not who would do it)."""
    for k in range(trig.start - 1, max(sent.start, trig.start - 3) - 1, -1):
        if toks[k].key in ALLOW_VERBS:
            return toks[k + 1].prep == "ب" or toks[k + 1].norm[:1] == "ب"  # ("بأي" keeps its "ب")
        if toks[k].is_punct:
            return False
    return False


# words between a verb of stopping and what it stops: an adverb ('ستوقف "فورا"'), "all forms of"
_AT_ONCE = frozenset(("فورا", "فوريا", "نهاييا", "تماما", "كليا"))
_ALL_FORMS = frozenset(("كل", "جميع", "كافه", "اشكال", "انواع"))  # "تعليق كل أشكال الدعم"
# verbs of stopping, as written (with the future's "س"): "أوقفت الغارات", "ستوقف حملة القصف"
_STOPPING = frozenset(("اوقف", "اوقفت", "اوقفوا", "يوقف", "توقف", "ستوقف", "سيوقف", "يوقفون", "توقفت"))
# and of suspending them: "علقت الفصائل هجماتها", "تعليق الهجمات", "تعليقا مشروطا لهجماتها"
_SUSPENDING_ACTS = frozenset(("تعليق", "تعليقا", "علق", "علقت", "علقوا", "يعلق", "تعلق", "ستعلق", "سيعلق"))
# verbs of violating a truce: "خرق الحوثيون الهدنة", "انتهكت القوات اتفاق وقف إطلاق النار"
_VIOLATING = frozenset((
    "خرق", "خرقت", "خرقوا", "يخرق", "تخرق", "يخرقون", "انتهك", "انتهكت", "انتهكوا", "ينتهك", "تنتهك",
    "ينتهكون", "نقض", "نقضت", "نقضوا"))
_VIOLATING_OR_NOUNS = _VIOLATING | frozenset(("انتهاك", "انتهاكات", "خروقات"))
# and with their verbal nouns, before a stop's kind and the firing: "وقف مشروط لإطلاق النار"
_STOPPING_OR_NOUNS = _STOPPING | _SUSPENDING_ACTS | frozenset(("وقف", "وقفا", "ايقاف"))
# and of ending what goes on: "إنهاء الاعتقالات التعسفية", "الكف عن"
_ENDS_OF_ACTS = _STOPPING_OR_NOUNS | frozenset(("انهاء", "ينهي", "تنهي", "انهت", "انهي"))
_CARRYING_OUT = "تنفيذ"
# verbs and verbal nouns of suspending aid: "تعليق المساعدات", "أوقفت الدعم"
_SUSPENDING = frozenset(("تعليق", "وقف", "قطع", "تجميد", "ايقاف", "علقت", "علق", "اوقفت", "اوقف",
                         "قطعت", "جمدت", "ستعلق", "ستوقف", "ستقطع"))
_REACHING = "توصل"  # "التوصل إلى اتفاق": an agreement reached
_CUT_TIES = "trg.sanction.qat.alaqat.noun"  # relations cut, and cooperation stopped
_CUTTING = _SUSPENDING | _ENDS_OF_ACTS  # the words that stop cooperation: "وقف التنسيق", "إنهاء التعاون"


def _idiom(toks, sent, trig) -> bool:
    """Acts' words in idioms that tell none: an ambassador recalled "للتشاور" (no talks), a
    court that "أيدت حكما" (upholds a verdict, no support), "بشكل قاطع" (categorically),
    animals slaughtered ("ذبح الأضاحي"), standings ("احتل المركز الثاني"), what endangers a
    thing ("تهدد أمن الملاحة"), what one submits ("تقدمت الحكومة بشكوى"), progress made ("دون
    تحقيق أي تقدم"), tension eased ("تهدئة التوتر"), need arising ("عند الضرورة")."""
    e = trig.entry
    if trig.start > sent.start and toks[trig.start - 1].key in _MANNER:
        return True  # "رفضت بشكل قاطع": an adverb, no boycott
    if (e.id == _NECESSITY and trig.end - trig.start == 1 and trig.start > sent.start
            and toks[trig.start - 1].key in _NEED_ARISES and _definite(toks[trig.start])):
        return True  # "عند الضرورة", "إذا اقتضت الضرورة": when need be, no call
    if (e.type == "REQUEST" and e.pos == "verb" and trig.end < sent.end and toks[trig.end].key in _NEEDS
            and _definite(toks[trig.end])):
        return True  # "إذا دعت الضرورة", "متى دعت الحاجة": need calls, no one
    if toks[trig.end - 1].key in _CALMING and trig.end < sent.end and toks[trig.end].key in _TENSIONS:
        return True  # "تهدئة التوتر": easing tension, no truce
    if e.mode == "censor" and trig.end - trig.start > 1 and _has_object_suffix(toks[trig.end - 1]):
        return True  # "أعلنت المنظمة تعليق عملها": one's own work suspended, no outlet silenced
    if e.type == "ASSAULT" and toks[trig.start].key in _DETONATING and any(
            toks[k].key in _UNEXPLODED for k in range(trig.end, min(sent.end, trig.end + 4))):
        return True  # "تفجير ذخائر غير منفجرة": ordnance disposed of, no attack
    if e.type == "THREATEN" and trig.start > sent.start and toks[trig.start - 1].key in _SIRENS:
        return True  # "دوت صفارات الإنذار": sirens sounding, no one threatened
    if toks[trig.start].key in _UPROOTING and trig.end < sent.end and (
            toks[trig.end].key in _SOCIAL_ILLS or toks[trig.end].key in _UPROOTED_EVILS):
        return True  # "اقتلاع الإرهاب من جذوره": an evil rooted out, no property destroyed
    if toks[trig.end - 1].key in _CAUGHT and trig.end < sent.end and toks[trig.end].key in _KEPT_IN_CHECK:
        return True  # "دعا إلى ضبط النفس", "ضبط الحدود": restraint, control, no arrest
    if e.type == "CONSULT" and toks[trig.start].prep == "ل":
        # (past a subject and a time between commas: "واستدعت وزارة الخارجية العراقية، أمس
        # الثلاثاء، سفيرها في طهران للتشاور")
        return any(toks[k].key in _RECALL for k in range(max(sent.start, trig.start - 14), trig.start))
    if e.type == "SUPPORT" and toks[trig.start].key == _UPHOLDING:
        # "قضت المحكمة بتأييد أحكام الإعدام": the noun, right before the sentences upheld (not
        # "تأييده لقرار الحكومة", support)
        return trig.end < sent.end and toks[trig.end].key in _SENTENCES
    if e.type == "SUPPORT" and e.pos == "verb" and toks[trig.start].key in _UPHOLD:
        # (past the court and its seat: "أيدت محكمة الاستئناف بالجزائر العاصمة حكما"; one who
        # welcomes a decision supports it: "رحب الوزير بالقرار")
        return any(toks[k].key in _VERDICTS for k in range(trig.end, min(sent.end, trig.end + 7)))
    if toks[trig.start].key in _SLAUGHTER:
        return any(toks[k].key in _LIVESTOCK for k in range(trig.end, min(sent.end, trig.end + 4)))
    if e.id == _WOUNDING:
        # "أصاب الرئيس في قراره": who was right in a judgment hurt no one
        return any(toks[k].key == "في" and toks[k + 1].norm.startswith(_JUDGMENTS)
                   for k in range(trig.end, min(sent.end - 1, trig.end + 5)))
    if e.id == _OCCUPATION:
        # "احتل المركز الثاني", "احتلت الأزمة صدارة الاهتمام": a rank held, no place
        # occupied (past the subject: "احتل الفريق المصري المركز الثاني")
        for k in range(trig.end, min(sent.end, trig.end + 5)):
            t = toks[k]
            if t.is_punct:
                break
            if t.key in _STANDINGS or (t.key in _CENTRE and k + 1 < sent.end and toks[k + 1].key in _PLACINGS):
                return True
    if toks[trig.start].key in _ADVANCE:
        if trig.start > sent.start and toks[trig.start - 1].key in _PROGRESS_MADE:
            return True  # "دون تحقيق أي تقدم": progress, the noun
        # "طلبا تقدم به محامو الناشط", "تقدمت الحكومة بشكوى": one submits, no force advances
        for t in toks[trig.end : min(sent.end, trig.end + 5)]:
            if t.is_punct:
                break
            if t.norm in _WITH_IT or (t.prep == "ب" and t.key in _PETITIONS) or t.norm in _PETITIONS_WRITTEN:
                return True  # (the written word, where the matcher keeps its "ب": "بالشكر")
    if (e.type == "SUPPORT" and trig.end - trig.start == 1 and _imperfect(toks[trig.start])
            and _has_object_suffix(toks[trig.start]) and trig.start > sent.start
            and toks[trig.start - 1].norm in _BACKED_THINGS):
        return True  # "مستشفى تدعمه المنظمة": a clause that tells what a thing is, no act
    if e.mode == "investigate" and trig.start > sent.start and toks[trig.start - 1].key == _PENDING:
        return True  # "حبس 15 متهما على ذمة التحقيقات": held pending an inquiry already told
    if e.type == "RETREAT" and toks[trig.start].key in _RECALL:
        # "سحبت السلطات اعتماد المراسلين", "سحب البرلمان الثقة من الحكومة": a licence, a
        # nationality or confidence withdrawn, no forces (past the subject)
        for t in toks[trig.end : min(sent.end, trig.end + 5)]:
            if t.is_punct or t.prep:
                break
            if t.key in _REVOKED:
                return True
    if (e.mode == "phone" and toks[trig.start].key == _PHONE and toks[trig.start].suffixed
            and trig.end < sent.end and toks[trig.end].key in _DEVICE_ADJECTIVES):
        return True  # "أطلقت الشركة هاتفها الجديد", "اخترق هاتفه المحمول": a device, no call
    if e.type == "THREATEN" and trig.end < sent.end:
        # "تهدد أمن الملاحة", "يهدد حياة المدنيين", "يهدد بانفجار الوضع", "بتهديد السلام
        # والاستقرار": what puts a thing at risk threatens no one
        t = toks[trig.end]
        return (t.key in _AT_RISK and not t.prep) or (t.prep == "ب" and t.key in _RISKS)
    return False


_MANNER = frozenset(("شكل", "بشكل", "صوره", "بصوره"))
_PHONE = "هاتف"
_PARTICIPATION = lexical_key(normalize("مشاركة"))  # "مسيرة بمشاركة الآلاف": who take part
_PENDING = "ذمه"  # "على ذمة التحقيق": pending
_DIED = frozenset(normalize(w) for w in "توفي توفيت توفوا مات ماتت ماتوا".split())  # "توفي معتقل تحت التعذيب"
_BACKING_VERBS = frozenset(("تدعم", "يدعم", "تساند", "يساند"))  # "فصائل تدعمها تركيا"
# things indefinite, described by who backs them: "مستشفى تدعمه المنظمة", "فصائل تدعمها تركيا"
_BACKED_THINGS = frozenset(normalize(w) for w in (
    "مستشفى مستشفيات مركز مراكز عيادة عيادات مدرسة مدارس منظمة منظمات مجموعة مجموعات جماعة جماعات "
    "فصيل فصائل ميليشيا ميليشيات مليشيات قوات مشروع مشاريع برنامج برامج").split())
_REVOKED = frozenset(("اعتماد", "ترخيص", "تراخيص", "رخصه", "رخص", "جنسيه", "جنسيات", "ثقه", "جواز", "جوازات",
                      "اعترافها", "اعتراف"))  # what is withdrawn as a right: "سحبت الجنسية"
_DEVICE_ADJECTIVES = frozenset(("جديد", "محمول", "خلوي", "نقال", "ذكي", "شخصي", "خاص"))  # "هاتفه المحمول"
_RECALL = frozenset(("استدعي", "استدعت", "استدعوا", "استدعاء", "تستدعي", "يستدعي", "سحب", "سحبت", "سحبه", "تسحب",
                     "يسحب"))
_SENTENCES = frozenset(("حكم", "حكما", "احكام"))  # (of the verdicts, the ones only courts make)
_VERDICTS = _SENTENCES | frozenset(("قرار", "قرارا"))
_UPHOLD = frozenset(("ايد", "ايدت", "ايدوا", "يويد", "تويد"))  # a court that upholds
_UPHOLDING = "تاييد"  # and its noun
# "تقدم": an advance, unless progress is made or a request submitted (see _idiom)
_ADVANCE = frozenset(("تقدم", "تقدمت", "تقدموا", "يتقدم", "تتقدم"))
_WITH_IT = frozenset(("به", "بها", "بهم", "بهما"))
_PROGRESS_MADE = frozenset(("اي", "تحقيق", "احراز", "حقق", "حققت", "احرز", "احرزت"))
_PETITIONS = frozenset(("طلب", "شكوي", "مذكره", "التماس", "مقترح", "اقتراح", "مبادره", "استقاله", "عرض",
                        "مشروع", "بلاغ", "دعوي", "احتجاج", "اعتذار", "تعازي", "شكر", "طعن"))
# the events whose actor and target speak of an act, not its two sides
_ABOUT_ACTS = frozenset(("SUPPORT", "ACCUSE", "REQUEST"))
# a proposal, whose genitive names who proposes it
_PROPOSAL_NOUNS = frozenset(("مقترح", "مقترحات", "اقتراح", "مبادره", "خطه"))
# what a threat verb before them puts at risk, threatening no one
_AT_RISK = frozenset(("امن", "استقرار", "سلامه", "حياه", "سلم", "سلام", "مستقبل", "وحده", "ملاحه", "مكاسب",
                      "جهود", "مسار", "عمليه", "اتفاق", "هدنه"))
_RISKS = frozenset(("انفجار", "انهيار", "تفاقم", "اشتعال", "كارثه", "مجاعه", "تقويض"))
# "ذبح المزارعون الأضاحي": animals slaughtered
_SLAUGHTER = frozenset(("ذبح", "ذبحت", "ذبحوا", "يذبح", "يذبحون"))
_LIVESTOCK = frozenset(("اضاحي", "اضحيه", "اضحيات", "خراف", "خروف", "ماشيه", "مواشي", "اغنام", "ابقار",
                        "عجل", "عجول", "ذبايح", "جمل", "جمال", "دجاج", "حيوانات"))
_LIVESTOCK_STEMS = tuple(_LIVESTOCK)  # (with a pronoun after them: "أغنامه")
# "احتل المركز الثاني", "احتلت المرتبة الأولى": standings held, no place occupied
_OCCUPATION = "trg.coerce.ihtilal.verb"
_STANDINGS = frozenset("مرتبه مراتب صداره مكانه مكانا عناوين مقدمه".split())
_CENTRE = frozenset(("مركز",))  # a rank only before an ordinal: "المركز الثاني", not "مركز المدينة"
_PLACINGS = frozenset("اول ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر اخير".split())


def _natural(toks, sent, trig) -> bool:
    """An assault verb whose subject is a force of nature: "ضرب زلزال", "عاصفة ضربت"; an
    infection ("إصابة جديدة بفيروس إيبولا", "أصيب ... بكورونا"); roads it cuts ("ضربت عاصفة
    ثلجية المنطقة ما أدى إلى قطع طرق"); a flood that "raids" ("داهمت السيول قرى")."""
    if trig.entry.type == "PROTEST" and trig.entry.mode == "obstruct":
        return any(t.key in _NATURE for t in toks[sent.start : trig.start])
    if trig.entry.mode == "martial-law":
        # "أعلنت الحكومة حالة الطوارئ بسبب الجفاف", "لمواجهة وباء كورونا": an emergency
        # against a disaster or an illness coerces no one
        return any(_nature_at(toks, k) or toks[k].norm in _DISEASE for k in range(sent.start, sent.end))
    if trig.entry.type == "COERCE" and trig.entry.pos == "verb":
        # "داهمت السيول قرى عدة", "دهمت الأمطار المنازل": floods raid no one (nor sweep away:
        # "فيضانات جرفت عشرات المنازل")
        return (trig.end < sent.end and _nature_at(toks, trig.end)) or (
            trig.start > sent.start and _nature_at(toks, trig.start - 1))
    if trig.entry.type != "ASSAULT":
        return False
    if toks[trig.start].key in INJURY_WORDS and any(
            toks[k].norm in _DISEASE for k in range(trig.end, min(sent.end, trig.end + 6))):
        return True
    if (trig.entry.pos == "noun" and toks[trig.start].key in INJURY_WORDS
            and any(t.norm in _DISEASE for t in toks[sent.start : trig.start])):
        return True  # "تسجيل ثماني إصابات بفيروس كورونا، ليرتفع العدد إلى 71 إصابة"
    if (toks[trig.start].key in _KILL_OR_INJURY or toks[trig.start].key in _MET_DEATH) and any(
            _nature_at(toks, k) and not any(t.is_punct for t in toks[min(k, trig.start) : max(k, trig.end)])
            for k in range(max(sent.start, trig.start - 5), min(sent.end, trig.end + 8))):
        # "أدت السيول الجارفة إلى مقتل أربعة أشخاص", "توفي ثلاثة جراء الفيضانات", "قتل
        # شخصان في حادث سير" (past a count: "قتل ما لا يقل عن 30 مهاجرا غرقا")
        return True
    if (toks[trig.start].key in _BURST and trig.end < sent.end and toks[trig.end].key in _MISHAPS
            and trig.end - trig.start == 1):
        return True  # "انفجر إطار الحافلة", "انفجار أسطوانة غاز": a mishap, no attack
    if trig.entry.pos == "noun" and any(
            toks[k].key in _AGAINST and k + 1 < sent.end and (
                toks[k + 1].key in _NATURE or toks[k + 1].key in _SOCIAL_ILLS or toks[k + 1].norm in _DISEASE)
            for k in range(trig.end - 1, min(sent.end - 1, trig.end + 3))):
        # (its own "ضد" too: "عملية ضد الفساد")
        return True  # "تخوض معركة شرسة ضد فيروس كورونا", "الحرب على الفساد": a fight in words
    if trig.entry.pos == "noun" and not _NATURE_WORDS.isdisjoint(
            [t.key for t in toks[sent.start : trig.start]]) and any(
            _nature_at(toks, k) and any(t.key in CONSEQUENCE for t in toks[k + 1 : trig.start])
            for k in range(sent.start, trig.start)):
        return True  # "ضرب زلزال الولاية ما أدى إلى مقتل ألفي شخص وتدمير قرى بأكملها"
    if trig.entry.pos != "verb":
        return False
    # (the subject after the verb, or before it with an adjective, "عاصفة قوية ضربت", and a
    # relative pronoun: "الزلزال العنيف الذي ضرب")
    reach = 3 if trig.start > sent.start and toks[trig.start - 1].key in RELATIVE else 2
    return (trig.end < sent.end and toks[trig.end].key in _NATURE) or any(
        toks[k].key in _NATURE and not any(t.is_punct for t in toks[k:trig.start])
        for k in range(max(sent.start, trig.start - reach), trig.start))


def _clause_between(toks, end_char, k) -> bool:
    """Whether "و" or a mark stands between the offset ``end_char`` and the token ``k``."""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.start_char < end_char:
            return False
        if t.has_conj or t.is_punct:
            return True
    return False


def _quoted_name(toks, sent, m) -> bool:
    """The match ``m`` opens a name in quotes after a channel, a paper or a gang, or after
    another such name joined by "و": 'قناة "ليبيا الأحرار"', 'بين عصابتي "سينالوا"
    و"خاليسكو"'."""
    if not (m.start - 2 >= sent.start and toks[m.start - 1].text in _OPENING_QUOTES):
        return False
    for k in range(m.start - 2, max(sent.start, m.start - 8) - 1, -1):
        t = toks[k]
        if t.key in _NAMED_IN_QUOTES:
            return True
        if t.is_punct and t.text not in _QUOTES or t.key in FUNCTION_WORDS:
            return False
    return False


def _any_one(toks, sent, m) -> bool:
    """The match ``m`` is a common noun after "أي": "أي جماعة", none in particular."""
    return m.start > sent.start and toks[m.start - 1].key in _ANY and m.entry.kind in _COMMON_KINDS


def _ends_quoted_name(toks, sent, m) -> bool:
    """The generic match ``m`` is the last word of a short name in quotes, after a word of
    it: 'تحالف "نداء الشعب"'."""
    if m.entry.kind != "generic" or m.end >= sent.end or toks[m.end].text not in _CLOSING_OF:
        return False
    opening = _CLOSING_OF[toks[m.end].text]
    return any(toks[k].text == opening for k in range(max(sent.start, m.start - 3), m.start - 1))


def _after_clause(toks, sent, trig) -> int:
    """Where the clause of an act told after a comma and "بعد / عقب / إثر" starts ("اتفقتا على
    إعادة فتح المعبر مطلع الشهر المقبل، بعد محادثات أجراها مسؤولون": the talks are before, and
    the date and the plan of the clause before are not theirs; "، بعد تعليقها إثر هجوم"), or
    the sentence's start."""
    for k in range(trig.start - 1, max(sent.start, trig.start - 5), -1):
        if toks[k].key in _AFTER_WORDS and toks[k - 1].text in ("،", ","):
            return k
        if toks[k].is_punct:
            break
    return sent.start


def _fell_by_fire(toks, trig, actor_ms) -> bool:
    """Whether the dead or hurt at ``trig`` fell by the fire of someone named in their clause:
    "سقط قتيلان برصاص الشرطة", "سقط ثلاثة قتلى خلال احتجاجات في البصرة برصاص قوات الأمن",
    "بنيران الجيش"."""
    for k in range(trig.end, min(len(toks) - 1, trig.end + 8)):
        if toks[k].is_punct:
            return False
        if toks[k].key in _FIRE_OF:  # "برصاص", "بنيران"
            return any(m.start == k + 1 for m in actor_ms)
    return False


def _spared(toks, i) -> bool:
    """Whether the casualty word at ``i`` tells who was spared: "دون أن يصاب أي مدني", "من
    دون وقوع إصابات"."""
    k = i - 1
    if k > 0 and toks[k].key in ("ان", "وقوع", "تسجيل"):
        k -= 1
    return k >= 0 and toks[k].key in _WITHOUT


def _province(toks, sent, trig, places, triggers, actor_ms) -> bool:
    """A place noun that is also an act, read as a province before a name the gazetteer
    lacks: after a town ("في بلدة بارانكاس بمقاطعة لا غواخيرا"), or where one is and before
    a name no lexicon knows ("في مقاطعة كوتش", "بمقاطعة ماينديت", "مقاطعتي لير وماينديت");
    no boycott, which names what it shuns ("بمقاطعة الانتخابات", "مقاطعة إسرائيل")."""
    k = trig.start
    if trig.end - k != 1 or toks[k].key not in PLACE_NOUNS or trig.end >= sent.end or _definite(toks[trig.end]):
        return False
    before = k - 1 if k - 1 > sent.start and toks[k - 1].key == "في" and not toks[k].prep else k
    # (a town of the gazetteer, or one named after its place noun: "بلدة بارانكاس")
    if any(m.end == before for m in places) or (
            before - 2 >= sent.start and toks[before - 2].key in PLACE_NOUNS and not toks[before - 1].is_punct):
        return True
    nxt = toks[trig.end]
    if (nxt.is_punct or nxt.prefix or nxt.key in FUNCTION_WORDS or any(ch.isdigit() for ch in nxt.norm)
            or any(m.start == trig.end for m in (*triggers, *actor_ms, *places))):
        return False
    return toks[k].prep == "ب" or toks[k].norm.endswith("تي") or (k > sent.start and toks[k - 1].key == "في")


def _second_weapon(toks, sent, trig, triggers) -> bool:
    """An attack's noun joined by "و" to the weapon named with "بـ" before it is a second
    weapon of the same attack: "هجوم بالأسلحة النارية والقنابل اليدوية" (one of the same
    kind as the first is told with it: "بالغاز المسيل للدموع وخراطيم المياه")."""
    if trig.entry.type != "ASSAULT" or trig.entry.pos != "noun" or not toks[trig.start].has_conj:
        return False
    for k in range(trig.start - 1, max(sent.start, trig.start - 3) - 1, -1):
        if toks[k].is_punct:
            return False
        if toks[k].prep == "ب":
            return not any(o.start <= k < o.end and o.entry.mode == trig.entry.mode for o in triggers)
    return False


def _reported_killing(toks, t, actor_ms, attacks) -> bool:
    """A kill verb after "إن" and its subject, past the attacks and a comma or a clause's
    opening word: "فيما قال المتحدث إن قوات الجيش قتلت 15 مسلحا" is a killing of its own."""
    if t.entry.pos != "verb" or toks[t.start].key not in _KILL_VERBS:
        return False
    m = next((m for m in actor_ms if m.start > 0 and toks[m.start - 1].key in COMPLEMENTIZERS
              and m.end <= t.start <= m.end + 2 and not any(x.is_punct for x in toks[m.end : t.start])), None)
    return m is not None and all(
        a.end < m.start - 1 and any(x.is_punct or x.key in _NEW_CLAUSE for x in toks[a.end : m.start - 1])
        for a in attacks)


def _after_hands(toks, i) -> bool:
    """Token ``i`` follows "من جهة" (or "من ناحية", "من جانب"), past a comma: the sides of "بين"."""
    k = i - (i > 0 and toks[i - 1].text in ("،", ","))
    return k >= 2 and toks[k - 2].key == "من" and not toks[k - 2].prep and toks[k - 1].key in _HANDS


def _checkpoint(toks, sent, trig, triggers) -> bool:
    """"كمين" that names a checkpoint, not an ambush: with "أمني" after it ("كمين أمني"), or
    attacked ("هجوم شنه مسلحون على كمين", "استهدف مسلحون كمينا"): the post is the target."""
    if toks[trig.start].key not in _CHECKPOINTS or trig.end - trig.start != 1:
        return False
    if trig.end < sent.end and toks[trig.end].key in _SECURITY:
        return True
    if toks[trig.start].prep:
        return False  # "في كمين", "بكمين": the ambush the dead fell in
    before = trig.start - (trig.start > sent.start and toks[trig.start - 1].key == "علي")
    return any(o is not trig and o.entry.type == "ASSAULT" and o.end <= before and before - o.end <= 2
               and not any(x.is_punct or x.key in PREPOSITIONS for x in toks[o.end : before]) for o in triggers)


def _adverb(toks, sent, p, phrases) -> bool:
    """A one-word phrase that is an adverb of the verbal noun before it: "التدخل عسكريا",
    "الرد عسكريا" (not a soldier killed: "قتل عسكريا", "قتل المسلحون عسكريا")."""
    return (p.end - p.start == 1 and toks[p.start].norm in _ADVERBS and p.start > sent.start
            and (_definite(toks[p.start - 1]) or toks[p.start - 1].norm.startswith(("بال", "وال", "وبال")))
            and not any(q.end == p.start for q in phrases))


def _riding_before(toks, sent, k) -> int | None:
    """Where the words of what the subject rides start, when they end right before ``k``:
    "مسلحين على دراجات نارية أطلقوا", "مسلحون يستقلون سيارة فتحوا", or None."""
    return next((j for j in range(k - 2, max(sent.start, k - 6), -1)
                 if (toks[j].key in _RIDING or toks[j].key in _WEARING) and not toks[j].prep
                 and _past_manner(toks, k, j) == k), None)


def _pluperfect_antecedent(toks, sent, trig, phrases):
    """The indefinite noun a clause in the pluperfect right after it describes, which the
    clause's object pronoun takes back: "سفينة شحن كورية كانت قد احتجزتها", "ناشط حقوقي
    كانت قد اعتقلته" (past the noun's adjectives), or None."""
    k = trig.start
    if not (k - 2 > sent.start and toks[k - 1].key == "قد" and toks[k - 2].key in _WAS
            and _has_object_suffix(toks[k])):
        return None
    j = k - 2
    while j - 1 > sent.start and k - 2 - j < 2 and not any(p.end == j and p.kind != "nisba" for p in phrases):
        t = toks[j - 1]  # (an adjective: "حقوقي", "كورية")
        if t.is_punct or t.prefix or t.has_conj or _definite(t) or _NISBA_ENDING.search(t.norm) is None:
            break
        j -= 1
    return next((p for p in phrases if p.end == j and p.kind != "nisba" and not _definite(toks[p.end - 1])), None)


def _had_done_to(toks, p, trig) -> bool:
    """The phrase ``p`` is the object of a relative clause in the pluperfect after it: "عن 12
    صيادا كانت قد احتجزتهم" (the held, not the one who held them)."""
    between = [t.key for t in toks[p.end : trig.start]]
    return (bool(between) and between[0] in _WAS and all(k in _WAS or k == "قد" for k in between)
            and _has_object_suffix(toks[trig.start]))


def _against_protesters(ev: Event) -> Event:
    """The state's forces firing at protesters use force against them ("أطلقت الشرطة الرصاص
    الحي على المتظاهرين"): crowd-control (gunmen who fire on them attack them; protesters
    executed, CAMEO 1823, are put to death, not dispersed: "أعدمت السلطات ثلاثة متظاهرين")."""
    if (ev.type == "ASSAULT" and ev.targets and (
            ev.mode is None and ev.acled and ev.acled[1] == "Armed clash" and all(a.sector == "MIL" for a in ev.actors)
            or ev.mode in (None, "firearms") and "slot.symmetric" in ev.rules and all(a.sector in _FORCES for a in ev.actors))
            and all(t.rule in _PROTESTER_ENTRIES and _OPPOSITION.match(normalize(t.text)) for t in ev.targets)):
        # "اشتباكات بين الجيش والمعارضة السورية": an opposition the army clashes with is in
        # arms (the police's is in the street: "اشتباكات بين الشرطة والمعارضة"); so is one
        # that exchanges fire with the forces ("تبادلت قوات الحكومة والمعارضة إطلاق النار")
        return attrs.evolve(ev, targets=tuple(attrs.evolve(t, sector="REB") for t in ev.targets),
                            rules=(*ev.rules, "sector.armed-opposition"))
    if (ev.type == "ASSAULT" and ev.mode in (None, "firearms") and ev.targets and ev.actors and ev.cameo != "1823"
            and all(t.rule in _PROTESTER_ENTRIES for t in ev.targets)
            and all(a.sector in _FORCES or a.sector == "GOV" for a in ev.actors)):
        return attrs.evolve(ev, mode="crowd-control", cameo="175",
                            acled=("Protests", "Excessive force against protesters"),
                            rules=(*ev.rules, "mode.protesters"))
    return ev


def _rioters_once(events: list[Event], heads: list[Any]) -> tuple[list[Event], list[Any]]:
    """Protesters who riot are that riot, no protest of their own beside it: "اقتحم مئات
    المحتجين مبنى البرلمان" is one event (the protest the people noun tells is dropped; a
    riot told with its crowd stays: "اقتحم المحتجون المبنى وأحرقوا سيارات الشرطة")."""
    rioters = {(a.start_char, a.end_char) for ev in events if "type.riot" in ev.rules for a in ev.actors}
    if not rioters:
        return events, heads
    kept = [(ev, h) for ev, h in zip(events, heads) if not (
        ev.type == "PROTEST" and "slot.self" in ev.rules and ev.mode != "riot"
        and any((a.start_char, a.end_char) in rioters for a in ev.actors))]
    return [ev for ev, _ in kept], [h for _, h in kept]


def _by_protesters(ev: Event, head) -> Event:
    """Protesters who attack, storm or set fire riot ("هاجم المحتجون السفارات وأضرموا النار
    فيها"): a violent protest, no armed attack nor seizure (clashes with the forces stay clashes:
    "مواجهات بين المحتجين وقوات الأمن"). ``head`` is the event's first trigger."""
    if (ev.type in ("ASSAULT", "COERCE") and ev.actors and all(a.rule in _PROTESTER_ENTRIES for a in ev.actors)
            # (an attack's verb, not a noun, nor one read from a verb: "أعمال القتل"; a
            # building stormed: "اقتحم المتظاهرون مبنى البرلمان")
            and ((ev.type == "ASSAULT" and (ev.mode == "destroy" or (ev.mode is None and head.entry.pos == "verb")))
                 or (ev.type == "COERCE" and ev.mode == "seize" and head.entry.pos == "verb"))
            # (but a police station attacked or burned is rioting: "هاجم متظاهرون مركزا للشرطة")
            and not any(t.sector in _FORCES and t.rule != _SITES for t in ev.targets)):
        return attrs.evolve(ev, type="PROTEST", mode="vandalize" if ev.mode == "destroy" else "riot", cameo="145",
                            acled=("Riots", "Violent demonstration"), rules=(*ev.rules, "type.riot"))
    return ev


def _in_protest(toks, sent, trig, support, triggers) -> bool:
    """"احتجاجا على" after another kind of act is why it was done, no protest of its own:
    "استدعت الجزائر سفيرها، احتجاجا على تصريحات" (not after people going out: "خرج الآلاف
    احتجاجا على الغلاء", nor what a light verb holds: "نظموا احتجاجا على")."""
    return (trig.entry.type == "PROTEST" and trig.end - trig.start == 1 and _protest_against(toks, trig.start)
            and trig.end < sent.end
            and not any(s.end == trig.start for s in support)
            and any(o.end <= trig.start and o.entry.type not in ("PROTEST", "ACCUSE") for o in triggers))


def _marched_against(toks, triggers) -> list:
    """"تنديدا بـ" after a protest is why the crowd marched, no statement of its own, and
    what it condemns is named as the protest's grievance, no act told: "تظاهر المئات تنديدا
    بالقصف التركي"; so is what "رفضا لـ" names ("رفضا للعدوان على غزة")."""
    purposes = [t for t in triggers if t.entry.type == "ACCUSE" and t.end - t.start == 1
                and toks[t.start].norm in ("تنديدا", "وتنديدا", "للتنديد", "وللتنديد")
                and any(o.end <= t.start and o.entry.type == "PROTEST" for o in triggers)]
    # (and so is what it rejects: "تجمع المحتجون أمام السفارة رفضا للعدوان على غزة")
    rejected = [t for t in triggers if t.start > 0 and toks[t.start - 1].norm.removeprefix("و") == "رفضا"
                and toks[t.start].has_li and any(o.end < t.start and o.entry.type == "PROTEST" for o in triggers)]
    if not purposes and not rejected:
        return triggers
    ends = {t.end for t in purposes}
    # (and the verb of a relative clause on it: "تنديدا بالغارة التي استهدفت قياديين")
    told = {e + 2 for e in ends if e + 2 < len(toks) and toks[e].prep == "ب" and toks[e + 1].norm in _RELATIVE_WORDS}
    return [t for t in triggers if t not in purposes and t not in rejected
            and not (t.start in ends and toks[t.start].prep == "ب") and t.start not in told]


def _party_name_end(toks, sent, m, ms, time_toks) -> int:
    """"حزب التجمع الوطني": a bare "party" (the match ``m``) heads its name, the definite
    words no lexicon knows after it (of the matches ``ms``); where the name ends."""
    end = m.end
    while (end < min(sent.end, m.end + 3) and _definite(toks[end]) and not toks[end].prep
           and not toks[end].has_conj and end not in time_toks
           and toks[end].key not in FUNCTION_WORDS and not any(x.start <= end < x.end for x in ms)):
        end += 1
    return end


# the words a tribe's or a clan's name begins with and goes on past: "عشيرة البو نمر",
# "قبيلة بني هلال", "قبيلة أولاد علي"
_CLAN_PARTICLES = frozenset(("البو", "ابو", "بني", "بنو", "ال", "اولاد"))


def _name_end(toks, sent, k: int, spans, stop=frozenset()) -> int:
    """Where a name no lexicon knows, from ``k``, ends ("قبيلة الدليم", "وكتيبة النواصي"): its
    word, then one more past each particle of names ("البو نمر", "أبو بكر", "أولاد علي"); no
    word with a preposition, punctuation, a particle, a number, a word of ``spans`` (matches
    or phrases) or at ``stop`` (times, acts); ``k`` when there is none."""
    end = k
    while (end < min(sent.end, k + 3) and not toks[end].prefix and not toks[end].is_punct and end not in stop
           and (end == k or toks[end - 1].norm in _CLAN_PARTICLES)
           and (toks[end].key not in FUNCTION_WORDS or end > k)
           and not any(ch.isdigit() for ch in toks[end].norm) and numbers.parse_number(toks[end].text) is None
           and not any(x.start <= end < x.end for x in spans)):
        end += 1
    return end


def _members_of_group(toks, m, after) -> bool:
    """The mention ``m`` ("عناصر") is followed by the named group or force its men are of:
    "عناصر من حزب الله", "عناصر لحزب الله", "قياديين في حركة حماس" (``after``: the mention
    after it, or none)."""
    return bool(after) and after[0].entry.kind in ("group", "force") and after[0].entry.sector is not None and (
        after[0].start == m.end + 1 and toks[m.end].key in ("من", "في")
        or after[0].start == m.end and toks[m.end].has_li)


def _counts_the_word_before(toks, sent, k) -> bool:
    """Whether the word at ``k`` is "one" or "two" after what it counts ("فلسطينيين اثنين"),
    not before those it counts ("اثنين من زملائه")."""
    return k < sent.end and toks[k].key in _AGREEING_NUMBERS and not (k + 1 < sent.end and toks[k + 1].key == "من")


def _undertaking_verb(toks, lo: int, k: int) -> int | None:
    """The verb of undertaking or managing ("أقدم", "تمكن") whose preposition stands at ``k``
    ("على", "من"), within six words before it and not before ``lo``, no mark between; or None."""
    for j in range(k - 1, max(lo, k - 7) - 1, -1):
        if toks[j].is_punct:
            return None
        if _UNDERTAKING.get(toks[j].key) == toks[k].key:
            return j
    return None


def _undertaken(toks, trig) -> bool:
    """The verbal noun ``trig`` is the act a verb of undertaking or managing introduces:
    "تمكنت القوات من قتل", "أقدم مسلحون على قتل" (within a sentence part)."""
    k = trig.start - 1
    return (k > 0 and toks[k].key in _UNDERTOOK_TO and not toks[trig.start].prefix
            and _undertaking_verb(toks, 0, k) is not None)


def _an_effect(toks, cause, trig) -> bool:
    """The attack noun ``trig`` is told as what ``cause`` brought about: "ما أدى إلى ...
    وتدمير منازل" (within a sentence part, commas aside)."""
    between = toks[cause.end : trig.start]
    if any(t.key in BETWEEN for t in toks[trig.end : trig.end + 3]):
        return False  # "ما أدى إلى اشتباكات بين القوات الأفغانية ونظيرتها": a fight of its own
    tail = between[-12:]
    k = next((k for k in range(len(tail) - 1, -1, -1) if tail[k].key in CONSEQUENCE), None)
    # (not an act dated from the effect on: "وأوقع 18 قتيلا بعد أيام من كمين")
    return k is not None and not any(t.key in _AFTER_OR_BECAUSE for t in tail[k + 1 :]) and not any(
        t.is_punct and t.text not in ("،", ",") and t.text not in _QUOTES for t in between)


def _told_again(toks, sent, trig) -> bool:
    """The attack noun ``trig`` names again an attack told before it: "، في هجوم وصفه
    مسؤولون" (unless claimed there: "، في هجوم تبنته سرايا القدس"), or is what it is called
    ("وصفه ... بأنه مذبحة")."""
    k = trig.start
    if k - 1 >= sent.start and toks[k - 1].key in _FIRSTS:
        k -= 1  # (a first or a superlative: "، في أول هجوم مباشر تشنه من أراضيها")
    if (k - 2 >= sent.start and toks[k - 1].key == "في" and toks[k - 2].text in ("،", ",")
            and _claim_after(toks, trig, reach=3) is None):
        return True
    start = max(sent.start, k - 6)
    return any(x.norm.startswith(_DESCRIBED) and not any(y.is_punct for y in toks[j:k])
               for j, x in enumerate(toks[start:k], start=start))


def _before_some_of_them(toks, sent, i) -> int:
    """Where the words before ``i`` end, past "، بينهم عسكري،" or "بينهم طفل" right
    before it."""
    if i - 2 > sent.start and toks[i - 1].text in ("،", ","):
        for j in range(i - 3, max(sent.start, i - 9), -1):
            if toks[j].text in ("،", ","):
                return j if toks[j + 1].key in _SOME_OF_THEM else i
    for j in range(i - 2, max(sent.start, i - 4), -1):
        if toks[j].is_punct:
            break
        if toks[j].key in _SOME_OF_THEM:
            return j  # "إن ثلاثة مدنيين بينهم طفل قتلوا"
    return i


def _between_states(toks, sent, m, places) -> bool:
    """The state or capital ``m`` is one of two sides after "بين" ("بين واشنطن وسيول"), not
    a road's or a border's ends ("الطريق بين حمص ودمشق", "الحدود بين سوريا ولبنان")."""
    k = m.start - 1
    if toks[m.start].has_conj:
        first = next((p for p in places if p.end == m.start and p.entry.kind in ("capital", "country")), None)
        if first is None:
            return False
        k = first.start - 1
    elif m.end >= sent.end or not toks[m.end].has_conj:
        return False
    return (k > sent.start and toks[k].key in BETWEEN and not toks[k].prep
            and toks[k - 1].key not in _ROADS and toks[k - 1].key not in _BORDER)


def _defused(toks, sent, trig) -> bool:
    """The bomb at ``trig`` is defused, no blast: "فككت الهندسة عبوة ناسفة", "أبطل الجيش مفعول
    عبوة" (not one that went off while it was: "قتل جندي أثناء تفكيك عبوة")."""
    for k in range(trig.start - 1, max(sent.start, trig.start - 4) - 1, -1):
        t = toks[k]
        if t.is_punct:
            return False
        if t.key in _DEFUSING:
            return not t.prep and not (k > sent.start and (toks[k - 1].key in _DURING or toks[k - 1].key in _ATTEMPTS))
    return False


def _tallied(date, days=None) -> bool:
    """Whether an act dated ``date`` spans ``days`` or more (a month: ``_TALLY_DAYS``)."""
    return date is not None and date.start is not None and date.end is not None and (
        date.end - date.start).days >= (_TALLY_DAYS if days is None else days)


def _families(toks, sent, trig, actor_ms, triggers) -> bool:
    """"أسر" is families ("أسر الشهداء", "أسر معتقلين") unless the soldiers or police it
    captures follow it, not made definite: "أسر جنديين", "أسر ثلاثة جنود" (and not as
    whom one meets or helps: "التقى الرئيس أسر جنود")."""
    if toks[trig.start].key != _CAPTURE or trig.end - trig.start > 1:
        return False
    if any(o.end <= trig.start <= o.end + 2 and o.entry.type in ("CONSULT", "AID", "SUPPORT") for o in triggers):
        return True
    if trig.end + 2 < len(toks) and toks[trig.end].key == "عدد" and toks[trig.end + 1].key == "من":
        k = trig.end + 2
    else:
        k = Assembler._past_count(toks, sent, trig.end, most=2)  # "أسر ثلاثة جنود"
    if _captured_at(toks, sent, trig.end, k, actor_ms):
        return False
    # the verb with its armed subject first: "أسر الجيش الإسرائيلي جنديين سوريين", "أسر
    # مقاتلو الحركة ثلاثة جنود" (the subject's words may be several mentions in a row)
    if trig.end >= sent.end or toks[trig.end].prep or not any(
            m.start == trig.end and m.entry.sector in _ARMED_SECTORS for m in actor_ms):
        return True
    end = trig.end
    while nxt := [m.end for m in actor_ms if m.start == end and not toks[m.start].prep and m.end > end]:
        end = max(nxt)
        if _captured_at(toks, sent, end, Assembler._past_count(toks, sent, end, most=2), actor_ms):
            return False
    return True


def _captured_at(toks, sent, after, k, actor_ms) -> bool:
    """Soldiers or police at ``k`` (past a count begun at ``after``), not made definite
    right after the word before them: whom "أسر" captures."""
    return k < sent.end and not toks[k].prep and any(
        m.start == k and m.entry.sector in ("MIL", "COP") and (k > after or not _definite(toks[k])) for m in actor_ms)


def _usurped(toks, sent, trig) -> bool:
    """"اغتصب" takes land, power or rights as well as people: "اغتصبت إسرائيل الأرض",
    "اغتصاب السلطة" are no sexual violence (a few words on: past the subject)."""
    return trig.entry.id.startswith(_RAPE) and any(
        toks[k].key in _USURPED for k in range(trig.end, min(sent.end, trig.end + 4)))


def _stopped_work(toks, sent, trig) -> bool:
    """"أوقف" stops work as well as it arrests people: "أوقفت الشركة أعمالها في السودان",
    "أوقفت الوكالة عملياتها" stop no one (the work a few words on: past the subject)."""
    return trig.entry.mode == "arrest" and trig.end - trig.start == 1 and toks[trig.start].key in _STOPPING and any(
        toks[k].key in _WORKS and not toks[k].prep for k in range(trig.end, min(sent.end, trig.end + 4)))


def _rank_then_in(between) -> bool:
    """The words between a title and the force it serves in: "في", past a rank's adjective
    ("قائد عسكري بارز في الحرس الثوري")."""
    return (1 <= len(between) <= 2 and between[-1].key == "في"
            and all(t.key in _RANK_ADJECTIVES for t in between[:-1]))


def _holds_no_one(toks, sent, trig, actor_ms) -> bool:
    """"حبس" detains only the people after it, past a count ("حبس الناشط", "حبس 15 متهما"):
    "حبس الأنفاس", "حبس المياه" hold no one."""
    if toks[trig.start].key != _DETAIN or trig.end - trig.start > 1:
        return False
    k = Assembler._past_count(toks, sent, trig.end, most=2)
    return not any(m.start == k and not m.entry.inanimate and m.entry.kind != "nisba" and not toks[k].prep
                   for m in actor_ms)


def _adjective_after_noun(toks, sent, k, triggers) -> bool:
    """The word at ``k`` ("عسكري") describes the noun right before it, of its definiteness:
    not after a verb, a count, a preposition, a word of killing or hurting, or the noun of an
    arrest or a release, whose object it is."""
    if k <= sent.start or toks[k].prefix:
        return False
    prev = toks[k - 1]
    if (prev.is_punct or prev.key in PREPOSITIONS or prev.key in _KILL_OR_INJURY or prev.key in REPORTING
            or _definite(prev) != _definite(toks[k]) or Assembler._only_quantities((prev,))):
        return False
    return not any(t.start <= k - 1 < t.end and (t.entry.pos == "verb" or t.entry.type in ("COERCE", "RETREAT"))
                   for t in triggers)


def _for_agreement(toks, sent, t) -> bool:
    """Whether the act ``t`` is what the agreement named right before it is for: "اتفاقا
    لوقف", "اتفاقا يقضي بوقف", "مذكرة تفاهم للتعاون", and cooperation in its genitive:
    "اتفاقية تعاون عسكري"."""
    if t.start <= sent.start:
        return False
    if (t.entry.type == "COOPERATE" and not toks[t.start].prefix and not _definite(toks[t.start])
            and toks[t.start - 1].key in AGREEMENT_NOUNS
            and not toks[t.start - 1].suffixed and not _definite(toks[t.start - 1])):
        return True  # (not "اتفاق وقف إطلاق النار": the truce agreed is the agreement's name)
    return toks[t.start].prep in ("ل", "ب") and (
        toks[t.start - 1].key in AGREEMENT_NOUNS or toks[t.start - 1].key in _STIPULATES
        or toks[t.start - 1].key in _UNDERSTANDING)


def _word_before(toks, floor, k, words, reach) -> bool:
    """Whether one of ``words`` stands in the ``reach`` words before ``k`` (none before
    ``floor``, nor before the text's first) with no punctuation between: "امتنعت الحكومة
    السودانية عن"."""
    for i in range(k - 1, max(floor, k - reach, 0) - 1, -1):
        if toks[i].is_punct:
            return False
        if toks[i].key in words:
            return True
    return False


def _held_responsible(toks, i) -> bool:
    """Whether the act at token ``i`` is one some are told responsible for: "المسؤولين عن
    الهجوم" (a reference to it, which reports nothing of its own)."""
    return i >= 2 and toks[i - 1].key == "عن" and toks[i - 2].key in _OFFICIALS


def _foiled(toks, trig) -> bool:
    """An attack named as the object of a verb that foils it: "أحبطت قوات الأمن هجوما"."""
    return _word_before(toks, 0, trig.start, FOIL, 5)


def _adjective_like(t) -> bool:
    """A word shaped as an adjective: a nisba ("الحقوقية"), an active participle ("البارز")
    or a participle in م- ("الملثمين"); not a verbal noun such as "الهجوم"."""
    stem = t.key[2:] if t.key.startswith("ال") else t.key
    return (_NISBA_ENDING.search(stem) is not None or (len(stem) == 4 and stem[1] == "ا")
            or (stem.startswith("م") and len(stem) >= 4))


def _faeel(t) -> bool:
    """A word shaped as an adjective of the pattern فعيل ("الثقيلة", "الخفيفة", "الكبير")."""
    stem = t.key[2:] if t.key.startswith("ال") else t.key
    return len(stem) in (4, 5) and stem[2] == "ي" and (len(stem) == 4 or stem.endswith("ه"))


def _counted_conjunct(t) -> bool:
    """A quantity joined by "و" ("ومئات", "وعشرات", "و5"): the count of the next side."""
    return _joined_number(t) is not None or (t.norm[:1] == "و" and numbers.vague_quantity(t.text[1:]) is not None)


def _compared_since(toks, sent, s) -> bool:
    """Whether "منذ" at ``s`` measures a first or a superlative: "للمرة الأولى منذ نحو عشر
    سنوات", "أول محادثات مباشرة بينهما منذ ربيع 2022", "أعنف قصف منذ بداية الحرب"."""
    return _word_before(toks, sent.start, s, _FIRSTS, 6)


# cues of an attempt foiled or failed ("أحبطت", "فشل في"): they govern its object
_FAILED_CUES = frozenset({"cue.negated.fashal"})
_WITHOUT_CUE = "cue.negated.dun"  # "دون": it governs its noun
# "أطفال دون العاشرة", "دون سن الثامنة عشرة": "دون" before an age is "under", no negation
_AGES = frozenset(
    "سن عمر ثانيه ثالثه رابعه خامسه سادسه سابعه ثامنه تاسعه عاشره".split()
)
_ABSTAIN_CUE = "cue.negated.imtana"  # "امتنع عن": what one abstained from
_PLOTTING_CUE = "cue.planned.khitta"  # "يخطط", "خططت": its subject plans the act after it
_RESOLVING_CUE = "cue.planned.itizam"  # "يعتزم", "قرر": its subject resolves on the act after it
_READY_CUE = "cue.possible.mustaidd"  # "مستعدة", "جاهزة": its subject is ready for the act right after it
_CONSIDERING_CUE = "cue.possible.dirasa"  # "يدرس", "تدرس": its subject considers the act after it
# cues of a proposal (its content a noun) and of likelihood ("يرجح أنها ...")
_PROPOSALS = frozenset({"cue.possible.muqtarah"})
_LATER_CUE = "cue.planned.muhla"  # "قريبا", "في وقت لاحق": soon, later
_LIKELY = frozenset({"cue.possible.muhtamal"})
_IT_IS = frozenset({"انها", "انه", "انهم", "انهما"})


def _joined_verb(toks, trig) -> bool:
    """A perfect verb joined with و / ف ("واعتقلت", "فانسحبت"): a clause of its own."""
    t = toks[trig.start]
    return trig.entry.pos == "verb" and t.has_conj and not _imperfect(t)


def _possessed_head(toks, trig, verbs=frozenset()) -> bool:
    """A noun with a pronoun on it takes no genitive after it: "بيان نشره الجيش" (which the
    army published) is no "نشر الجيش" (the army deployed), unless a form has the pronoun (an
    adjective or a preposition may follow it: "عمليتها العسكرية", "وتزويدهم بالأسلحة",
    "إضرابه عن الطعام", "إضرابه المفتوح عن الطعام", "فجر حزامه الناسف"). A form that begins
    with a verb (of the keys ``verbs``) takes its subject after the verb's object pronoun:
    "سيارة استهدفتها طائرة مسيرة"."""
    t, nxt = toks[trig.start], toks[trig.start + 1] if trig.start + 1 < len(toks) else None
    if not (t.suffixed and trig.entry.pos == "noun" and trig.end - trig.start > 1) or t.key in verbs or (
            nxt is None or nxt.prep or nxt.key in PREPOSITIONS or _NISBA_ENDING.search(nxt.key)
            or nxt.key in _MANNERS or (_definite(nxt) and (_adjective_like(nxt) or _faeel(nxt)))):
        return False
    word = t.norm[len(t.prefix):]
    return not any(f.split()[0] == word for f in trig.entry.forms)


def _held(toks, sent, trig) -> bool:
    """A hold or a siege told as a state of the past: "سلمت الهيئة سبعة من عناصر الجيش كانت
    تحتجزهم" (who were held is told, not that they were seized then)."""
    t = toks[trig.start]
    return (trig.entry.type == "COERCE" and trig.entry.pos == "verb" and _imperfect(t)
            and trig.start > sent.start and toks[trig.start - 1].key in _WAS)


def _fled_after(toks, sent, trig, triggers) -> bool:
    """The assailants leaving after their attack: "وأحرق المهاجمون المنازل قبل أن ينسحبوا"
    (part of the raid, no withdrawal of forces)."""
    return (trig.entry.type == "RETREAT" and trig.entry.mode == "withdraw" and trig.start - 2 >= sent.start
            and toks[trig.start - 2].key == "قبل" and toks[trig.start - 1].key == "ان"
            and any(t.entry.type == "ASSAULT" and t.end <= trig.start for t in triggers))


def _called(toks, sent, trig) -> bool:
    """A noun an act is called by: "ونددت بالضربة معتبرة إياها عدوانا" (what the strike is
    called, no act of its own)."""
    return (trig.entry.pos == "noun" and trig.start > sent.start
            and toks[trig.start - 1].key in _HER_AS_OBJECT)


def _reported_after(toks, start, end) -> bool:
    """Whether a reported clause opens between tokens ``start`` and ``end``: a comma and
    "أن / بأن / إن" after it ("طلب عدم الكشف عن هويته، بأن اشتباكات")."""
    return any(toks[k].text in ("،", ",") and toks[k + 1].key in COMPLEMENTIZERS for k in range(start, end - 1))


def _anonymity(toks, i, end) -> bool:
    """Whether an anonymous source's wish starts at token ``i``: "(طلب) عدم الكشف عن هويته",
    "(رفض) ذكر اسمه" (no refusal, request or denial of an act)."""
    if i < end and toks[i].key == "عدم":
        i += 1
    if not (i < end and toks[i].key in _DISCLOSE):
        return False
    i += 1
    if i < end and toks[i].key == "عن":
        i += 1
    return i < end and toks[i].norm[len(toks[i].prefix):] in _IDENTITY


def _asked_of(toks, sent, trig) -> bool:
    """"طلب من" read as the verb, whom one asks after it ("أكد أنه طلب من الحكومة"), not as
    the noun of whose request it was ("بطلب من فرنسا", "بناء على طلب من")."""
    return (trig.entry.pos == "noun" and toks[trig.end - 1].key == "من" and not toks[trig.start].prep
            and trig.start > sent.start and toks[trig.start - 1].key not in _ON_REQUEST)


def _facility(toks, trig, actor_ms=()) -> bool:
    """A detention or a shelter named as a place: "مركز احتجاز للمهاجرين", "معسكرات الاعتقال",
    "مركز الإيواء", and a prison by its quoted name: 'في زنزانته بسجن "نيتسان"', or as where
    one is: "أمام بوابة السجن", "أمضى سنوات في السجن", "أفرج عنه من السجن", "حراس السجن"; or
    by its name: "سجن أبو غريب", "لسجن سربوزه" (a term names whom or how long: "بسجن
    الناشط", "سجن 20 عاما", "سجنه")."""
    if (trig.entry.type == "AID" and trig.start > 0 and toks[trig.start].key in _SHELTER
            and toks[trig.start - 1].key in _FACILITIES):
        return True  # "مركز الإيواء", "مراكز إيواء النازحين": a shelter, the place
    if trig.entry.type == "ASSAULT" and trig.start > 0 and toks[trig.start - 1].key in _PADS:
        return True  # "منصة إطلاق صواريخ", "منصات لإطلاق الصواريخ": the launcher, a thing
    if trig.entry.type == "SANCTION" and trig.end - trig.start == 1 and toks[trig.start].key == "سجن":
        t = toks[trig.start]
        if (trig.end < len(toks) and not _definite(t) and not t.suffixed and not toks[trig.end].is_punct
                and not any(m.start == trig.end for m in actor_ms) and toks[trig.end].key not in QUANTITY
                and numbers.parse_number(toks[trig.end].text) is None):
            return True
        return (trig.end < len(toks) and toks[trig.end].text in _OPENING_QUOTES) or t.prep in ("في", "من") or (
            trig.start > 0 and toks[trig.start - 1].key in _PRISON_PLACE and not t.prep) or (
            # "هاجمت العصابات السجن الوطني", "والسجن المدني فيها": a prison by its kind
            _definite(t) and not t.prep and trig.end < len(toks) and toks[trig.end].key in _PRISON_KINDS)
    return (trig.entry.type == "COERCE" and trig.entry.pos == "noun" and trig.start > 0
            and toks[trig.start - 1].key in _FACILITY)


def _range_word(toks, a, i) -> bool:
    """Token ``i`` is the "بين" of a range counted from ``a`` on: "ما بين 14 و16"."""
    return toks[i].key == "بين" and i > a and toks[i - 1].key == "ما"


def _name_in_ya(toks, trig) -> bool:
    """A verb read through a final "ي" is a name ("العقيد غيتنت أداني"): no verb takes
    the pronoun "ي" alone (its object is "ني": "أدانني")."""
    t = toks[trig.start]
    return trig.entry.pos == "verb" and trig.end - trig.start == 1 and t.norm[len(t.prefix):] == t.key + "ي"


def _the_phone(toks, trig) -> bool:
    """"الهاتف" with the article is the telephone ("قطع خدمات الإنترنت والهاتف"), not
    "هاتف" (phoned); a call told by its medium is one ("تحدث الرئيسان عبر الهاتف")."""
    return (trig.end - trig.start == 1 and toks[trig.start].key == _PHONED and _definite(toks[trig.start])
            and not (trig.start > 0 and toks[trig.start - 1].key == "عبر"))


def _clause_on_indefinite(toks, p, trig) -> bool:
    """The verb ``trig`` opens a clause on the indefinite phrase ``p`` right before it, which
    is its subject even after a preposition ("عقوبات على شركات إيرانية تزود روسيا بطائرات
    مسيرة", "أطلقت النار على مسلحين هاجموا حاجزا")."""
    return (p.end == trig.start and trig.entry.pos == "verb" and not toks[trig.start].prefix
            and p.kind in ("generic", "people", "force")
            and not _definite(toks[p.start]) and not _definite(toks[p.end - 1]))


def _clause_on_object(toks, v) -> bool:
    """The verb trigger ``v`` opens a clause on the indefinite object in the accusative right
    before it, its subject ("قتلت الشرطة مسلحا أطلق النار على المصلين")."""
    return (v.entry.pos == "verb" and v.start > 0 and not toks[v.start].prefix
            and _object_form(toks[v.start - 1]))


def _indefinite_antecedent(toks, noun, verb) -> bool:
    """The targeting verb ``verb`` opens a clause on the indefinite attack noun ``noun``
    before it, past where it was ("ضربات عبر خط المراقبة استهدفت", "غارات على ميناء الحديدة
    استهدفت"), whose it was ("غارة لحلف شمال الأطلسي استهدفت") or who told of it ("غارات
    جوية هندية قالت نيودلهي إنها استهدفت")."""
    # (the noun may end with its weapons: "قصف بالمدفعية والدبابات استهدف")
    armed = toks[noun.end - 1].prep == "ب" and noun.end - noun.start > 1
    if toks[verb.start].key not in TARGETING or toks[verb.start].has_conj or _definite(
            toks[noun.start if armed else noun.end - 1]):
        return False
    between = toks[noun.end : verb.start]
    if armed and between and all(x.has_conj and _definite(x) for x in between):
        return len(between) <= 2  # "بالمدفعية والدبابات": and more of them, right before the verb
    if not 0 < len(between) <= 6 or any(x.is_punct and x.text not in _QUOTES or x.has_conj for x in between):
        return False
    while (len(between) > 1 and not between[0].prefix and between[0].key not in _ACROSS
           and (_NISBA_ENDING.search(between[0].key) or between[0].key in _INTENSITY)):
        between = between[1:]  # its adjectives: "غارات جوية هندية", "هجوما واسعا" (not "على")
    if between[0].key in REPORTING:
        return between[-1].key in COMPLEMENTIZERS  # "قالت نيودلهي إنها"
    return (between[0].key in _ACROSS or between[0].prep == "ل") and not any(
        x.key in COMPLEMENTIZERS or x.key in REPORTING for x in between)


def _pair_after(trig, actor_ms) -> bool:
    """Two states or capitals joined by "و" right after the act's noun: its parties, and the
    act told by the noun alone ("اتفاق الرباط وتل أبيب على استئناف العلاقات")."""
    first = next((m for m in actor_ms if m.start == trig.end and m.entry.kind in ("country", "capital")), None)
    return first is not None and any(
        m.start == first.end and m.entry.kind in ("country", "capital") for m in actor_ms)


def _described(toks, sent, trig) -> bool:
    """The act's noun is what an act told is called: 'واصفا الضربة بأنها "اغتيال واضح"
    و"اعتداء سافر"', 'وصفته طهران بـ"القرصنة"': a name given, no act of its own (a
    violation named is the accusation: 'وصفتها بأنها «انتهاك للسيادة»')."""
    if trig.entry.type == "ACCUSE":
        return False
    k = _back_past_quotes(toks, trig.start - 1, sent.start)
    # (the second of two names: 'و"اعتداء سافر"', its "و" written apart before the quote)
    joined = toks[trig.start].has_conj or toks[k].text == "و"
    if not (toks[trig.start].prep == "ب" or toks[k].key in _AS_BEING or joined):
        return False
    for i in range(trig.start - 1, max(sent.start - 1, trig.start - 12), -1):
        t = toks[i]
        if t.text in _SENTENCE_ENDS or t.text in ("،", ","):
            return False
        if _describing(t):
            # (not "بدأ الجيش ما وصفها بأنها «عملية برية»": what one did, by the name one
            # gives it; "وهو ما وصفته طهران بـ" refers back to an act told)
            return (i == sent.start or toks[i - 1].key != "ما" or (
                i - 2 >= sent.start and toks[i - 2].key in _IT_WAS)) and (
                toks[trig.start].prep == "ب" or any(toks[j].key in _AS_BEING for j in range(i + 1, trig.start)))
    return False


def _describing(t) -> bool:
    """Whether token ``t`` is a verb or participle of calling something something."""
    return t.norm.startswith(_DESCRIBING) or (t.norm[:1] in "وف" and t.norm[1:].startswith(_DESCRIBING))


def _spread(toks, k) -> bool:
    """The words at ``k`` are what someone spreads: "ناشري الأكاذيب والشائعات" (also the
    second of two joined words)."""
    i = _back_past_quotes(toks, k - 1, 0)
    if toks[k].has_conj and i > 0 and not toks[i].is_punct:
        i = _back_past_quotes(toks, i - 1, 0)
    return toks[i].key.startswith(_SPREADING)


def _office_of(toks, k) -> bool:
    """The operations noun at ``k`` names an office: "المدير العام للعمليات العسكرية",
    "إدارة العمليات العسكرية", "غرفة عمليات الفصائل" (not "بدء العمليات العسكرية")."""
    i = k - 1
    if i > 0 and toks[i].key in _GENERAL:
        i -= 1  # "المدير العام", "المديران العامان"
    return i >= 0 and toks[i].key in _OFFICES


def _pledges_of_force(toks, sent, triggers):
    """A pledge is a threat when what it pledges is force or punishment ("تعهد الرئيس
    بملاحقة الإرهابيين", "تعهد بالرد", "تعهد بأن الولايات المتحدة ستحاسب المسؤولين"),
    no act otherwise ("تعهدت الحكومة بإعادة الإعمار")."""
    out = []
    for t in triggers:
        if t.entry.type == "THREATEN" and toks[t.start].key in _PLEDGES:
            span = range(t.end, min(sent.end, t.end + 8))
            if not any(toks[k].norm.lstrip("وف") in _RESPONSES or _punishing(toks[k]) for k in span
                       if not any(x.text in _SENTENCE_ENDS for x in toks[t.end : k])):
                continue  # (nor a pledge to keep fighting or not to attack: "تعهد بعدم استهداف")
        out.append(t)
    return out


def _punishing(t) -> bool:
    """A word of pursuing or punishing: "بملاحقة", "ستحاسب", "سنلاحق", "بمعاقبة"."""
    word = t.norm.lstrip("وف")
    return word[word[:1] in "بس":].startswith(_PUNISHING)


def _ended(toks, trig) -> bool:
    """Fighting named as what is to end: "اتفاق يهدف إلى إنهاء القتال"; a truce or an
    agreement named as what ended or broke down: "بعد انتهاء الهدنة", "انهارت الهدنة"."""
    if trig.start == 0:
        return False
    prev = toks[trig.start - 1].key
    return (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and prev in _ENDING) or (
        (trig.entry.mode == "ceasefire" or trig.entry.type == "AGREE") and prev in _TRUCE_ENDED)


def _conviction(toks, trig) -> bool:
    """"بعد إدانته بتهم فساد": after one's conviction, the verb "أدان" read with a pronoun is
    the verbal noun, no condemnation; so is the noun with a pronoun that is proven or not
    ("لم تثبت إدانتهم", "بعد ثبوت إدانته") or that has a charge ("إدانتها بتهمة التجسس")."""
    if trig.entry.type != "ACCUSE" or not toks[trig.start].suffixed or trig.start == 0:
        return False
    before = toks[trig.start - 1]
    if trig.entry.pos == "verb" and before.key in _AFTER_WORDS:
        return True
    return trig.end - trig.start == 1 and (
        before.key in _PROVEN or before.norm[len(before.prefix):].lstrip("ول") in _PROVEN
        or (trig.end < len(toks) and toks[trig.end].key in _CHARGE_WORDS and toks[trig.end].prep == "ب"))


def _appealed(toks, trig, actor_ms) -> bool:
    """"طعنت الحكومة في قرار المحكمة", "تطعن في النتائج", "طعن المرشح في شرعيتها": to stab
    at a thing is to appeal against it or to question it, and "الطعن" is mostly the appeal
    (the stabbing is "عملية الطعن"), no stabbing."""
    if trig.entry.id != _STABBING_VERB:
        return False
    if _definite(toks[trig.start]):
        return True
    # (right after it, or past its subject: a name, or one definite word; a verbal noun after
    # a preposition has no subject: "أقدم شاب على طعن شرطي في محطة")
    noun = trig.start > 0 and (toks[trig.start - 1].key in PREPOSITIONS or bool(toks[trig.start].prep))
    ends = {trig.end} | {m.end for m in actor_ms if not noun and m.start == trig.end and not (
        # (not its object: "طعن مستوطنا في الخليل")
        _accusative(toks[m.start]) or toks[m.start].key.endswith("ا") and not _definite(toks[m.start]))}
    if trig.end < len(toks) and _definite(toks[trig.end]) and not noun:
        ends.add(trig.end + 1)
    return any(k < len(toks) and toks[k].key == "في" and not toks[k].has_conj for k in ends)


def _handed_note(toks, sent, trig, triggers) -> bool:
    """"استدعت الخارجية السفير وسلمته مذكرة احتجاج": the note handed over is the summons'."""
    return (trig.entry.type == "ACCUSE" and trig.start > sent.start
            and toks[trig.start - 1].norm[len(toks[trig.start - 1].prefix):].startswith(_HANDED)
            and any(t.entry.type == "ACCUSE" and t.end < trig.start for t in triggers))


def _by_phone(toks, sent, trig, triggers) -> bool:
    """"عبر الهاتف" as the way one spoke, not a call of its own: to the press ("قال سكان
    لرويترز عبر الهاتف"), or of talks the sentence tells ("بحث الوزير مع نظيره عبر الهاتف",
    "ومشاركة الرئيس التركي عبر الهاتف")."""
    if not (trig.entry.type == "CONSULT" and trig.end - trig.start == 1 and trig.start > sent.start
            and toks[trig.start].key == "هاتف" and toks[trig.start - 1].key == "عبر"):
        return False
    return any(t.entry.type == "CONSULT" and t.end <= trig.start for t in triggers) or any(
        t.key in REPORTING for t in toks[sent.start : trig.start])


def _body_purpose(toks, trig, actor_ms) -> bool:
    """A verbal noun after لـ naming what a body is for: "اللجنة الوطنية للإفراج عن
    المعتقلين", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين". Between the body and it stand
    only adjectives, or the name a body in construct is of (not "دعت اللجنة الحكومة للإفراج")."""
    if trig.entry.pos != "noun" or toks[trig.start].prep != "ل":
        return False
    k = trig.start - 1
    genitive = False
    for _ in range(3):
        if k < 0 or toks[k].is_punct or toks[k].has_conj:
            return False
        t = toks[k]
        if t.key in _BODIES:
            return not (genitive and _definite(t))
        name = next((m for m in actor_ms if m.start <= k < m.end), None)
        if name is not None and not genitive:
            genitive, k = True, name.start - 1
        elif _definite(t) and _NISBA_ENDING.search(t.key) and not genitive:
            k -= 1
        else:
            return False
    return False


def _game(toks, sent) -> bool:
    """Whether the sentence tells of a match: two words of the game ("المنتخب", "الشوط")."""
    seen = None
    for t in toks[sent.start : sent.end]:
        if t.key in _SPORT and t.key != seen:
            if seen is not None:
                return True
            seen = t.key
    return False


def _sport(toks, sent, trig, game) -> bool:
    """An attack or an injury in a match: "قاد المهاجم هجوم المنتخب", "شن الفريق هجوما كاسحا
    في الشوط الثاني" (``game``: the sentence tells of one; no one killed or hurt besides)."""
    if trig.entry.type == "CONSULT" and trig.start > sent.start and toks[trig.start - 1].key in _SPORT:
        return True  # "مباراة القمة بين الأهلي والزمالك": the top match
    if trig.entry.type == "CONSULT" and trig.entry.pos == "noun" and _game(toks, sent):
        return True  # "فاز النادي على ضيفه في قمة الجولة الخامسة من الدوري"
    # (and fans who storm the pitch seize nothing: "اقتحم المشجعون أرض الملعب احتفالا")
    # (a killing in a match is one: "اقتحم مسلحون الملعب خلال المباراة وقتلوا ثلاثة مشجعين";
    # a player hurt is not: "أصيب اللاعب في الشوط الأول")
    # (nor are clashes of fans with the police: "مواجهات بين الشرطة ومشجعي كرة القدم بعد المباراة")
    return game and (trig.entry.type == "ASSAULT" or trig.entry.mode == "seize") and not any(
        toks[k].key in (KILL_WORDS if trig.start <= k < trig.end else _KILL_OR_INJURY) or toks[k].key in _POLICE
        for k in range(sent.start, sent.end))


def _with_bi(words: str) -> frozenset[str]:
    """The normalized words after "ب" or "بال" as written in one token: "بفيروس", "بالسواطير"."""
    return frozenset(p + w for p in ("ب", "بال") for w in words.split())


_DISEASE = _with_bi("فيروس كورونا كوفيد وباء مرض كوليرا ايبولا حصبه ملاريا عدوي سرطان حمي")  # an illness
_NATURE = frozenset((
    "زلزال", "زلزالا", "هزه", "اعصار", "اعاصير", "عاصفه", "عواصف", "فيضان", "فيضانات", "سيول", "سيولا",
    "فيضانا",
    "امطار", "موجه", "تسونامي", "جفاف", "وباء", "فيروس", "رياح",
    # accidents: a collision, a drowning, a stampede
    "اصطدام", "تصادم", "غرق", "غرقا", "تدافع",
))
_AGAINST = frozenset(("ضد", "علي"))
_SOCIAL_ILLS = frozenset(("فساد", "فقر", "بطاله", "غلاء", "اميه", "جوع"))
# "حادث سير", "حادث مروري": an accident on the road is no attack either
_ACCIDENT = frozenset(("حادث", "حوادث", "حادثه"))
# the feminine and dual of "لقي" (met one's death), which open the phrase with its subject
# inside ("لقيت امرأة حتفها"): no closed-class words, so not among the kill words
_MET_DEATH = frozenset(("لقيت", "لقيا", "لقين"))
_ON_THE_ROAD = frozenset(("سير", "مروري", "مروريه", "مرور"))
_NATURE_WORDS = _NATURE | _ON_THE_ROAD  # a word _nature_at may be true at


@functools.lru_cache(maxsize=8192)
def _number_word(text: str, norm: str) -> bool:
    """A word written with digits, or a number or vague quantity in words (asked of the same
    words many times a sentence)."""
    return (any(ch.isdigit() for ch in norm) or numbers.parse_number(text) is not None
            or numbers.vague_quantity(text) is not None)


def _nature_at(toks, k) -> bool:
    t = toks[k]
    return t.key in _NATURE or (t.key in _ON_THE_ROAD and k > 0 and toks[k - 1].key in _ACCIDENT)


def _past_times(i: int, end: int, time_toks) -> int:
    """The first token from ``i`` on, before ``end``, that is no word of a time expression."""
    while i < end and i in time_toks:
        i += 1
    return i


def _perished(toks, sent, i, phrases, strikes) -> bool:
    """Whether the verb at ``i`` ("سقطوا", "قضوا") tells of people killed: right after the
    people it tells of, and right before the attack they fell in ("من مقاتليه سقطوا في غارة",
    "شبان قضوا جراء القصف"; not "سقطوا في قبضة الأمن", captured, nor "قضوا على", eliminated,
    nor "سقطوا في كمين" of no attack's noun)."""
    if i == sent.start:
        return False
    end = i - 1 if toks[i - 1].key in _AGREEING_NUMBERS else i  # (past "اثنين": "صيادين اثنين قضيا")
    if not any(p.end == end and p.kind != "nisba" for p in phrases):
        return False
    j = i + 1
    while j < min(sent.end, i + 3) and (toks[j].key in _FELL_IN or toks[j].key in FUNCTION_WORDS):
        j += 1  # past "في", "جراء", "خلال"
    # (the attack's noun, not a trap: "سقطوا في كمين", they were ambushed)
    return j < sent.end and j in strikes and (j > i + 1 or bool(toks[j].prep)) and toks[j].key not in _TRAPS


def _one_person(t: "Tok") -> bool:
    """A person named in the singular: "جنديا", "شرطي", "فلسطينيا" (a nationality used as a
    noun, in the accusative)."""
    key = t.key
    return key in SINGULAR_PEOPLE or (key.endswith("ا") and (key[:-1] in SINGULAR_PEOPLE or key.endswith("يا")))


def _woman_after(toks, p) -> bool:
    """A woman or girl named right after the man of the phrase ``p`` is another person, not
    his adjective (it would agree with him): the object of the verb before him, her accusative
    unmarked ("قتل مستوطن مواطنة فلسطينية")."""
    t = toks[p.end] if p.end < len(toks) else None
    return (t is not None and not t.prep and not t.has_conj and t.key.endswith("ه") and t.key in SINGULAR_PEOPLE
            and not toks[p.start].key.endswith("ه"))


def _dual_construct(toks, sent, i, phrases) -> bool:
    """A person counted in the dual heading a construct, its "ن" dropped: "ضابطا شرطة",
    "عنصرا الأمن" (an accusative "ضابطا" takes no genitive after it, only an adjective)."""
    if not (i + 1 < sent.end and toks[i].key.endswith("ا") and toks[i].key[:-1] in SINGULAR_PEOPLE
            and not toks[i].prep):
        return False
    nxt = toks[i + 1]
    return (not nxt.prep and not nxt.has_conj and not nxt.key.endswith("ا")
            and _NISBA_ENDING.search(nxt.key) is None
            and any(p.start == i and p.end > i + 1 for p in phrases))


def _dual_of_people(key: str) -> bool:
    """A person counted in the dual: "شرطيان", "جنديان", "طفلين" (the "ين" ending only where
    the plural is broken, as "مدنيين" is also the plural of "مدني")."""
    if key.endswith(("تان", "تين")) and key[:-3] + "ه" in SINGULAR_PEOPLE:
        return True  # "امرأتين", "طفلتان": the ة of the singular is a ت before the ending
    if key.endswith("ان"):
        return key[:-2] in SINGULAR_PEOPLE and key != _TALIBAN  # "طالبان", also a movement
    return key.endswith("ين") and key[:-2] in _BROKEN_PLURAL_PEOPLE


def _dual_with_pronoun(norm: str) -> bool:
    """Two persons joined by "و" in the dual with a pronoun: "وطفلاها", "وطفليها" (her two
    children; the bare "طفلا" is a child)."""
    m = _JOINED_DUAL.match(norm)
    return m is not None and m.group(1) in SINGULAR_PEOPLE


_JOINED_DUAL = re.compile("^و(.{2,}?)[اي](?:ها|ه|هم|هما)$")


def _street_name(toks, sent, t) -> bool:
    """An act's noun naming a district or a street: "حي التضامن", "شارع الثورة"."""
    head = toks[t.start - 1] if t.start > sent.start else None
    return (t.entry.pos == "noun" and head is not None and head.key in _NAMED_STREETS
            and head.norm == head.key and _definite(toks[t.start]))


def _vote(toks, t) -> bool:
    """Approval told by a count of votes, not an agreement: "بموافقة 14 عضوا"."""
    return (toks[t.start].key == "موافقه" and t.end < len(toks)
            and numbers.parse_number(toks[t.end].text) is not None)


def _forestalled(toks, sent, trig, previous):
    """The killing or arrest (an event of ``previous``) by which a state's forces stopped the
    armed man who would have made the attack at ``trig``, told after "قبل أن": "قتلت قوات
    الأمن انتحاريا قبل أن يفجر حزامه الناسف" (not what an attacker did after: "قتل المهاجم
    ثلاثة أشخاص قبل أن يفجر نفسه"); None if there is none."""
    k = next((k for k in range(max(sent.start, trig.start - 4), trig.start)
              if toks[k].key == "قبل" and k + 1 < sent.end and toks[k + 1].key == "ان"), None)
    if k is None or not any(_imperfect(t) for t in toks[k + 2 : trig.end]):
        return None
    return next((ev for ev, t in previous if t.end <= k and ev.type in ("ASSAULT", "COERCE") and ev.actors
                 and ev.targets and all(a.sector in _FORCES for a in ev.actors)
                 and all(x.sector == "REB" for x in ev.targets)), None)


def _downing(toks, trig) -> bool:
    """Whether ``trig`` downs or intercepts a craft or a missile ("أسقطت", "اعترضت"), or is
    the craft downed after a light verb of downing."""
    return toks[trig.start].key in SHOOT_DOWN or trig.entry.id == _DOWNED


def _downed_aim(toks, downing, t) -> bool:
    """Whether the trigger ``t`` after the downing ``downing`` tells what the craft shot down
    tried or was doing, an act of its own: "أسقط الجيش مسيرات حاولت استهداف", "أسقطت مسيرة
    كانت تستهدف المطار"."""
    return _downing(toks, downing) and any(
        x.key in _TRYING or x.key in _WAS for x in toks[downing.end : t.start])


def _tried_by_downed(toks, sent, trig) -> bool:
    """Whether the act at ``trig`` is what a craft or missile shot down tried to do, told by
    a verb of trying after it: "أسقطت الدفاعات الجوية طائرة مسيرة حاولت استهداف قاعدة" (or
    what it was doing: "أسقطت مسيرة كانت تستهدف المطار")."""
    k = trig.start - 1
    return (k - 1 > sent.start and (toks[k].key in _TRYING or toks[k].key in _WAS and _imperfect(toks[trig.start]))
            and any(t.key in SHOOT_DOWN for t in toks[max(sent.start, k - 8) : k]))


def _since_outbreak(toks, sent, trig) -> bool:
    """A toll counted since a war or an uprising broke out, near the casualty word in its
    sentence: "ومنذ اندلاع الحرب في أبريل، قتل أكثر من 850 مدنيا", "عدد من قتلوا منذ بدء
    الاحتجاجات" (a battle's toll is the battle's: "لقوا مصرعهم منذ بدء معركة")."""
    return any(_war_since(toks, k) for k in range(max(sent.start, trig.start - 14), min(sent.end, trig.end + 10))
               if not trig.start <= k < trig.end)


def _war_since(toks, k) -> bool:
    """"منذ اندلاع الحرب", "منذ بدء النزاع" at token ``k``."""
    return (k + 2 < len(toks) and toks[k].key.removeprefix("و") in _SINCE and toks[k + 1].key in _OUTBREAK
            and toks[k + 2].key in _WARS)


def _outbreak_of(toks, sent, t) -> bool:
    """The war or uprising a time is counted from: "منذ اندلاع الحرب", "منذ بدء الاحتجاجات"."""
    return t.start - 2 >= sent.start and toks[t.start - 1].key in _OUTBREAK and _war_since(toks, t.start - 2)


def _subject_past_destination(toks, end, trig, phrases, time_toks):
    """The subject of a verb of going told after where it goes and a time: "ووصل إلى
    القاهرة، مساء أمس الأحد، وفد حركة حماس"."""
    e = trig.entry
    k = trig.end
    if not (e.pos == "verb" and (e.type in _MOVES or e.mode == "visit")) or k >= end or toks[k].norm != "الي":
        return None
    k += 1
    start = k
    while k < end and k - start < 3 and not toks[k].is_punct and k not in time_toks:
        k += 1  # the destination's words
    if k == start:
        return None
    k += k < end and toks[k].text in ("،", ",")
    if k >= end or k not in time_toks:
        return None
    k = _past_times(k, end, time_toks)
    k += k < end and toks[k].text in ("،", ",")
    return next((p for p in phrases if p.start == k and p.kind != "nisba" and not toks[p.start].prep), None)


def _gathered_elsewhere(toks, sent, trig) -> bool:
    """Whether a gathering is no protest. People who gather or flock in a square, a street or
    before a building protest ("تجمّع الآلاف في ساحة الكرامة", "تجمّع عدد من الأهالي أمام
    مبنى المحافظة"); any other "تجمع" is a grouping ("تجمع المهنيين") or a gathering of
    another kind."""
    if trig.entry.id != _GATHERING:
        return False
    for t in toks[trig.end : min(sent.end, trig.end + 8)]:
        if t.is_punct:
            break
        if t.key in _STREETS or t.norm.lstrip("و") == "امام":
            return False
    return True


def _after_with(toks, sent, start_char) -> bool:
    """Whether the word starting at ``start_char`` comes right after a bare "مع" (with)."""
    k = next((i for i in range(sent.start + 1, sent.end) if toks[i].start_char == start_char), None)
    return k is not None and toks[k - 1].norm == "مع"


def _commander(toks, i) -> bool:
    """Token ``i`` is "آمر", a commander ("آمر اللواء"), which reads as "أمر" (ordered) once
    normalized."""
    return toks[i].text.lstrip("وف").startswith("آمر")


def _leader_word(t) -> bool:
    """"برئاسة", "بقيادة", "بزعامة": led by."""
    return t.key in LED_BY or (t.prep == "ب" and t.key in _HEADED_BY)


def _led(toks, phrases, p):
    """The phrase ``p``, or, when it names a leader ("برئاسة خليل الحية", "بقيادة حفتر"), the
    one it leads right before it: "وفد الحركة برئاسة خليل الحية وصل" (with the leader's
    codes when the led has no country of its own)."""
    if not _leader_word(toks[p.start]):
        return p
    q = next((q for q in phrases if q.end == p.start and q.kind != "nisba"), None)
    if q is None:
        return p
    if all(c[3] for c in q.conjuncts):
        return q
    return _Phrase(q.start, p.end, [(q.start, p.end, *p.conjuncts[0][2:])], p.kind)


def _craft_owner(toks, sent, trig, phrases):
    """Whose aircraft or drones strike, named after "تابعة لـ": in the act's words or right
    after them ("استهدفت مسيرة تابعة لقوات الدعم السريع محطة", "قصف بطائرات تابعة
    للتحالف"), or as the subject before its verb ("مسيرات تابعة للجيش قصفت مواقع")."""
    for k in (trig.end - 1, trig.end):
        if k >= sent.end or toks[k].key not in AIRCRAFT:
            continue
        j = k + 1
        if j < sent.end and not toks[j].prefix and _NISBA_ENDING.search(toks[j].key) and toks[j].key not in BELONGING:
            j += 1  # (past its adjective: "طائرات حربية تابعة للتحالف")
        if j + 1 < sent.end and toks[j].key in BELONGING and not toks[j].prefix and toks[j + 1].has_li:
            # (or the phrase of the craft and its owner: "بطائرات مسيرة تابعة للجيش")
            p = next((p for p in phrases if p.start <= j + 1 < p.end and p.kind != "nisba"), None)
            if p is not None:
                return p
    if trig.entry.pos == "verb" and not toks[trig.start].prep:
        p = next((p for p in phrases if p.end == trig.start and toks[p.start].has_li and p.kind != "nisba"), None)
        if p is not None and p.start - 2 >= sent.start and toks[p.start - 1].key in BELONGING:
            k = p.start - 2
            if k > sent.start and toks[k].key not in AIRCRAFT and _NISBA_ENDING.search(toks[k].key):
                k -= 1
            if toks[k].key in AIRCRAFT and not toks[k].prep:
                return p
    return None


def _reaches_past_commas(toks, start, trig) -> bool:
    """No mark between ``start`` and the trigger, but commas around a time or a place when
    the trigger is an object in the accusative or counted: "وقّع ممثلو الطرفين، مساء أمس في
    جدة، اتفاقا", "تبادلت روسيا وأوكرانيا، أمس، مئات الأسرى"."""
    head = toks[trig.start]
    counted = _object_form(head) or (trig.start > 0 and Assembler._only_quantities((toks[trig.start - 1],)))
    # (the slash of a month's two names is none: "في التاسع من تموز/يوليو")
    return not any(t.is_punct and t.text not in _QUOTES and t.text not in _INSIDE_NAMES and t.text != "/"
                   and not (counted and t.text in ("،", ",")) for t in toks[start : trig.start])


def _within(toks, start, end, limit) -> bool:
    """Whether at most ``limit`` words stand from ``start`` to ``end`` outside brackets:
    "مجموعة 5+1 (الولايات المتحدة وروسيا ...)" counts as what stands outside its list."""
    return end - start <= limit or _words_between(toks, start, end) <= limit


def _words_between(toks, start, end) -> int:
    """The words from ``start`` to ``end`` outside brackets."""
    depth = n = 0
    for t in toks[start:end]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth:
            n += 1
    return n


def _feminine_verb(t: "Tok", entry) -> bool:
    """The verb of ``entry`` at ``t`` is in the feminine singular: "دعت" (دعا), "قصفت",
    "تطالب" (يطالب), told by the entry listing the masculine form (or the plural: "منعوا")."""
    k = t.key
    if len(k) < 3:
        return False
    forms = entry.forms
    if k.endswith("ت"):
        stem = k[:-1]
        return stem in forms or stem + "ا" in forms or stem + "ي" in forms or stem + "وا" in forms
    return k[0] == "ت" and "ي" + k[1:] in forms


def _masculine_verb(t: "Tok", entry) -> bool:
    """The verb of ``entry`` at ``t`` is in the masculine singular: "طالب", "دعا", "يطالب"
    (not "طالبت", "تطالب", nor the plural or dual "طالبوا", "طالبا")."""
    k = t.key
    return k in entry.forms and not k.endswith(("ت", "وا", "ون", "ان")) and not _feminine_verb(t, entry) and not (
        k.endswith("ا") and k[:-1] in entry.forms)


def _on_background(toks, sent, k) -> bool:
    """Whether "على خلفية" ends at token ``k``: what a step follows or is taken over."""
    return k - 1 >= sent.start and toks[k].key == _BACKGROUND and toks[k - 1].key == "علي"


def _remains(toks, sent, t) -> bool:
    """Whether the captives of the release ``t`` are dead, their bodies handed over: "سلمت
    الحركة جثث أربعة رهائن" (past a count)."""
    return t.entry.mode == "release" and t.entry.pos == "noun" and any(
        toks[k].key in _REMAINS for k in range(max(sent.start, t.start - 3), t.start))


def _two_named(toks, p) -> bool:
    """The phrase ``p`` names two, the subject of a dual: "وزير الخارجية ونظيره", "الوزيران",
    "الطرفين", or the second of two ("ممرضا وطفلا")."""
    return len(p.conjuncts) > 1 or toks[p.start].has_conj or (
        p.kind in ("generic", "title", "pronoun") and toks[p.start].key.endswith(("ان", "ين")))


def _told_of_subject(toks, t) -> bool:
    """A verb form that is also a noun in the accusative, told of the subject of "كان": "وكان
    القتيل طالبا", "ابني كان طالبا" (a student, no demand)."""
    k = t.start
    return (k > 0 and (toks[k - 1].key in _WAS or (k > 1 and toks[k - 2].key in _WAS and _definite(toks[k - 1])))
            and t.end - k == 1 and t.entry.pos == "verb" and _object_form(toks[k]))


def _place_named(toks, t) -> bool:
    """A verb form right after a bare place noun is the place's name: "قتل في منطقة رفض
    بمحافظة شبوة" (no refusal), and so is one after the first word of a name there: "في
    بلدة بيت أمر" (no order)."""
    return t.end - t.start == 1 and t.entry.pos == "verb" and _town_name_at(toks, t.start)


def _after_name_head(toks, k) -> bool:
    """The bare word at ``k`` follows a bare place noun and the first word of a name ("بلدة
    بيت أمر"): a word of the town's name, no verb nor cue."""
    return k > 0 and toks[k - 1].key in _NAME_HEADS and _town_name_at(toks, k)


def _town_name_at(toks, k) -> bool:
    """The bare word at ``k`` follows a bare place noun, or one and the first word of a name
    ("بلدة بيت أمر"): a word of the place's name."""
    j = k - 2 if k > 1 and toks[k - 1].key in _NAME_HEADS and not toks[k - 1].prefix else k - 1
    return (j >= 0 and toks[j].key in PLACE_NOUNS and not _definite(toks[j])
            and not _definite(toks[k]) and not toks[k].prep and not toks[k].has_conj)


def _without_a_fight(toks, sent) -> bool:
    """The sentence tells of something done without fighting ("دون قتال", "بدون مقاومة"),
    and of no fighting besides ("سيطروا بعد معارك عنيفة ... قبل أن يتسلموا من دون مقاومة")."""
    fights = [k for k in range(sent.start + 1, sent.end) if toks[k].key in _FIGHTING]
    return bool(fights) and all(toks[k - 1].key == "دون" for k in fights)


def _fight_not_had(toks, sent, t) -> bool:
    """"انسحبت القوات دون قتال يذكر": the fighting a thing was done without is no event."""
    return (t.entry.type == "ASSAULT" and t.entry.pos == "noun" and t.start > sent.start
            and toks[t.start - 1].key == "دون" and toks[t.start].key in _FIGHTING)


@functools.lru_cache(maxsize=None)
def _form_words(forms: tuple[str, ...]) -> frozenset[str]:
    """The keys of the words of a lexicon entry's forms ("حركه طالبان" -> "حركه", "طالبان")."""
    return frozenset(lexical_key(w) for f in forms for w in f.split())


def _named_by(head: str, keys: frozenset[str], c) -> bool:
    """Whether the word ``head`` ("الحركة") names the remembered conjunct ``c``, written with
    the words ``keys``: one of them, or of its entry's other names ("طالبان" is "حركة طالبان")."""
    return head in keys or head in _form_words(c[2].forms)


def _remembered(memory, head: str, coded_by_sector: bool = True):
    """The latest conjunct of ``memory`` that the word ``head`` names (see :func:`_named_by`)
    and that has a country, or a sector where ``coded_by_sector``; or None."""
    return next((c for keys, c in reversed(memory)
                 if (c[3] or coded_by_sector and c[4]) and _named_by(head, keys, c)), None)


def _whose_country(toks, memory, sent, before):
    """The coded conjunct whose state "بلاده" before token ``before`` is: the first actor with
    a state the sentence names as a subject before it, the speaker ("قال وزير الخارجية الروسي
    خلال اتصال مع نظيره الأمريكي إن بلاده"), else the last one named with a state."""
    states = [c for _, c in memory if c[3] and c[3] not in _NOT_STATES]
    return next((c for c in states if sent.start <= c[0] < before and not toks[c[0]].prep
                 and (c[0] == sent.start or toks[c[0] - 1].key not in PREPOSITIONS)),
                states[-1] if states else None)


def _first_side(memory, sent, before):
    """The first coded actor the sentence names before the token ``before``, or None (memory
    runs in text order: the sentence's own are its last entries)."""
    first = None
    for _, c in reversed(memory):
        if c[0] < sent.start:
            break
        if c[0] < before and (c[3] or c[4]):
            first = c
    return first


def _last_pair(toks, memory, before):
    """The two sides last named together before the token ``before`` (earlier in its
    sentence or in an earlier one: "بين إيران والعراق", "السعودية وإيران"), as coded
    conjuncts, or None."""
    # (only the last two named: an older pair is not "the two")
    last = [c for _, c in itertools.islice((m for m in reversed(memory) if m[1][1] <= before), 2)]
    if len(last) == 2:
        b, a = last
        if a[1] <= b[0] <= a[1] + 1 and toks[b[0]].has_conj and a[3] and b[3] and (a[3], a[4]) != (b[3], b[4]):
            return a, b
    return None


def _given_a_deadline(toks, sent, trig, p, phrases) -> bool:
    """The one phrase between an ultimatum's verb and its time is whom the time is given
    ("وأمهل أعضاء البعثة الدبلوماسية 48 ساعة لمغادرة البلاد"); a subject comes before the
    object ("أمهل الجيش المسلحين يومين")."""
    if toks[trig.start].key not in _DEADLINE_VERBS:
        return False
    k = next((k for k in range(p.end, min(sent.end, p.end + 6)) if toks[k].key in _TIME_GIVEN
              or toks[k].is_punct or toks[k].key in FUNCTION_WORDS), None)
    return k is not None and toks[k].key in _TIME_GIVEN and not any(p.end <= q.start < k for q in phrases)


def _disagrees(toks, trig, p, others) -> bool:
    """The phrase ``p`` after the verb ``trig`` cannot be its subject, as the verb does not
    agree with it, so it is the verb's object: a masculine phrase after a feminine verb
    ("ودعت المجتمع الدولي"); after a masculine singular verb, a capital ("وطالب طهران": a
    state's verb is feminine; not the seats named for it, "البيت الأبيض"), a feminine head
    right after it ("وطالب الحكومة", not "اجتمع مدير وكالة المخابرات", where the director
    met), or a state after a verb joined to another masculine one ("دعا الأمين العام ...
    وحث بنغلاديش": the subject is that verb's)."""
    e, t, head = trig.entry, toks[trig.start], toks[p.start]
    if e.acled and "territory" in e.acled[1] and toks[trig.end - 1].key not in TARGET_PREPS:
        # "تقدم قوات حفتر نحو طرابلس": a verb of taking ground takes it after a preposition;
        # the forces right after it advance (a verb, or its noun with its agent)
        return False
    if head.key in _MASCULINE_HEADS:
        return _feminine_verb(t, e)  # ("دعا المتحدث باسم البيت الأبيض")
    if (p.start == trig.end and _definite(head) and head.key.endswith("ين") and _feminine_verb(t, e)
            and p.kind not in ("country", "capital", "person")):
        return True  # "ومنعت المواطنين من المرور": a plural in "ين" is no subject
    if not _masculine_verb(t, e) or t.prep or toks[trig.start - 1].key in PREPOSITIONS:
        return False  # (nor the noun: "على سحب واشنطن")
    if p.kind == "capital" and head.key not in _SEATS:
        return True
    if p.kind != "person" and p.start == trig.end and head.text.endswith(("ة", "ات")) and head.key not in _MEN:
        return True
    return p.kind == "country" and t.has_conj and any(
        o.entry.pos == "verb" and o.end <= trig.start and _masculine_verb(toks[o.start], o.entry) for o in others)


def _joined_in_clause(toks, trig, others) -> bool:
    """The verb is joined by "و" to a verb before it in the same clause, no mark between
    ("هاجمت سفن حربية منصتين نفطيتين وأغرقت فرقاطة"): it shares that verb's subject (not
    one whose object is a pronoun on it: "رحبت بها إسرائيل ورفضتها حماس")."""
    return toks[trig.start].has_conj and not _has_object_suffix(toks[trig.end - 1]) and any(
        o.entry.pos == "verb" and o.end <= trig.start and not any(
            x.is_punct or x.key in COMPLEMENTIZERS for x in toks[o.end : trig.start])
        for o in others)


def _subject_then_object(toks, sent, p, phrases) -> bool:
    """The definite phrase ``p`` right after a verb has another side right after it (past a
    count), with no preposition: the two are the verb's subject and object ("وطالبت الحكومة
    السورية تركيا")."""
    if not (p.end < sent.end and _definite(toks[p.end - 1]) and not toks[p.end].prep and not toks[p.end].has_conj):
        return False
    k = Assembler._past_count(toks, sent, p.end, most=2)  # (past a count: "الشرطة ثلاثة شبان")
    return any(q.start == k and q.kind != "nisba" and not toks[k].prep for q in phrases)


def _compass(first: str | None, then: str | None = None) -> str | None:
    """The side two direction words name together, "شمال شرق": northeast; else the first's
    ("شمال حلب")."""
    if first in ("north", "south") and then in ("east", "west"):
        return first + then
    return first


def _embassies(p) -> bool:
    """The phrase names embassies or consulates only: what an attack naming them struck."""
    return all(c[2].id == _EMBASSY for c in p.conjuncts)


def _definite(t: "Tok") -> bool:
    """The word carries the article: "القوات", "والقوات", "للقوات" (not a word whose first
    letter is an alef with a madda, which normalizing makes look like it: "آليات")."""
    rest = t.norm[len(t.prefix):]
    if not (rest.startswith("ال") or (t.prefix.endswith("ل") and rest.startswith("ل"))):
        return False
    if "آ" not in t.text:
        return True  # (the common case, read without going through the letters)
    letters = [c for c in t.text if "\u0621" <= c <= "\u064a"]
    return len(letters) <= len(t.prefix) or letters[len(t.prefix)] != "آ"


def _hedged(words) -> bool:
    """Words that open with a hedge and "أنه / أنها": "يرجح أنها", "يعتقد أنهم"."""
    return len(words) >= 2 and words[0].key in _HEDGING and words[1].norm in _IT_IS


def _state_adjective(toks, m, head) -> bool:
    """A state's name in "ية" joined after a plural thing's adjective is another adjective:
    "القوات المصرية والسعودية", "الطائرات الإماراتية والسعودية" (the Saudi forces and
    planes; after one body, "الحكومة المصرية والسعودية", it is the state)."""
    tok = toks[m.start]
    return (m.entry.kind == "country" and m.end - m.start == 1 and tok.key.endswith("يه") and _definite(tok)
            and not tok.prep and head.key.endswith("ات") and _definite(head))


def _covering(t) -> bool:
    """A word of covering news: "تغطيته", "لتغطية" (what follows with "لـ" is what is
    covered)."""
    word = t.norm.lstrip("وف")
    return word[word[:1] in "بل":].startswith("تغطي")


def _participle_adjective(toks, sent, t) -> bool:
    """A definite participle right after a definite noun describes it, no act's noun:
    "للعناصر المهاجمة" are the attacking men ("مهاجمة المواقع" is the attack)."""
    tok = toks[t.start]
    return (t.end - t.start == 1 and tok.key in _PARTICIPLE_ADJECTIVES and _definite(tok) and not tok.prefix
            and t.start > sent.start and _definite(toks[t.start - 1]))


def _not_its_adjective(head: "Tok", adj: "Tok") -> bool:
    """An adjective that cannot describe the head: an indefinite one after a definite head
    ("القوات ... إيرانيا"), a feminine singular after men counted by their sound plural
    ("مسلحون ... أمريكية"; things take it: "منشآت نفطية سعودية"), or an accusative singular
    after a nominative one ("مسلحون ... لبنانيا"), or men's sound plural after a feminine
    noun ("الشرطة الفلسطينيين": the men arrested, not the police's adjective)."""
    if _definite(head) and not _definite(adj):
        return True
    if (head.key in _FEMININE_BODIES or head.norm.endswith("ات") or head.key.endswith("يه")) and adj.key.endswith(
            ("يين", "يون")):
        return True  # (not every "ة": "قراصنة صوماليون", "قادة عسكريون" are men)
    return _keeps_nun(head) and not _definite(head) and (
        adj.norm.endswith(("ة", "ه")) or (head.key.endswith("ون") and adj.key.endswith("يا")))


def _li(t: "Tok") -> bool:
    """The word carries "لـ", also a count the clitic is not split from ("لعشرات", "لثلاث")."""
    return t.prep == "ل" or _li_count(t)


def _li_count(t: "Tok") -> bool:
    """A count with "لـ": "لأكثر" (من 160), "لعشرات", "لثلاث"."""
    return (t.prep == "ل" and t.key in QUANTITY) or _li_number(t) is not None


def _li_number(t: "Tok") -> int | None:
    """The number of a count with "لـ" ("لثلاثة" 3, "لعشرات" 12; "لخمسة", a number's word,
    has it split off), or None."""
    if t.prep == "ل":
        word = t.key
    else:
        core = t.text.lstrip("وف")
        if core[:1] != "ل":
            return None
        word = core[1:]
    n = numbers.vague_quantity(word)
    return n if n is not None else numbers.parse_number(word)


# indefinite adjectives after a place noun that name no place ("بلدة جديدة": a new town)
_PLAIN_ADJECTIVES = frozenset(normalize(w) for w in (
    "جديدة أخرى صغيرة كبيرة مجاورة قريبة نائية بعيدة واحدة ثانية رئيسية مهمة استراتيجية مفتوحة خالية مأهولة "
    "جديد آخر صغير كبير مجاور قريب ناء بعيد واحد ثان رئيسي مهم استراتيجي مفتوح خال مأهول").split())
_LODGED = ("ACCUSE", "REJECT", "PROTEST", "SANCTION")  # acts a protest is lodged by


def _key_after_bi(t) -> str | None:
    """The key of the word after a "ب" on ``t`` ("بالمدفعية"; and of a word no lexicon keys,
    whose "ب" stays on it: "بنيران"), or None when ``t`` has no "ب"."""
    if t.prep == "ب":
        return t.key
    if t.norm.startswith("ب") and not t.prefix:
        return lexical_key(t.norm[1:])
    return None


def _counted_after_bi(toks, sent, k, key) -> int:
    """The word a count with "ب" at ``k`` (its key ``key``) counts, past "من" ("بعدد من
    الصواريخ", "بعشرات القذائف", "بثلاث طائرات"); ``k`` itself when it is no count."""
    if key not in _SOME and numbers.parse_number(toks[k].text[1:]) is None:
        return k
    if k + 2 < sent.end and toks[k + 1].key == "من":
        return k + 2
    return k + 1 if k + 1 < sent.end else k


def _past_weapon(toks, sent, k) -> int | None:
    """The index past a weapon named with "ب" at ``k`` and its adjective ("بالمدفعية",
    "بالبراميل المتفجرة", "بالأسلحة الثقيلة"), past a count of it ("بعدة طائرات مسيرة",
    "بعدد من الصواريخ"), or None when no weapon stands there."""
    t = toks[k]
    key = _key_after_bi(t)
    j = k + 1 + (key != "غاز" and k + 1 < sent.end and toks[k + 1].key == "غاز")
    if key in _TEAR_GAS_WORDS and j + 1 < sent.end and toks[j].key == "مسيل" and toks[j + 1].key in ("دموع", "للدموع"):
        k = j + 2  # "بالغاز المسيل للدموع", "بقنابل الغاز المسيل للدموع": tear gas, its words
    else:
        w = k if key is None else _counted_after_bi(toks, sent, k, key)
        if w != k:
            k, t = w, toks[w]  # (the count, then the weapon)
            if t.prefix or t.key not in _WEAPON_WORDS:
                return None
        elif key not in _WEAPON_WORDS:
            return None
        k += 1
        if k < sent.end and not toks[k].prefix and not _punct(toks[k]) and _definite(toks[k]) == _definite(t) and (
                _NISBA_ENDING.search(toks[k].key) or toks[k].key in _HEAVY or toks[k].key in _EXPLOSIVE_ADJECTIVES
                or toks[k].key in DRONES):
            k += 1  # (and its adjective)
    return k if k < sent.end and not _punct(toks[k]) and not toks[k].prep else None


def _instrument(toks, sent, trig) -> str | None:
    """The mode of an attack told by the weapon after it with ب, in its clause:
    heavy-weapons ("بالمدفعية", "بصاروخين", "بالأسلحة الثقيلة", "بنيران المدفعية"), drone or
    aerial ("بطائرة مسيرة", "بالطائرات"), firearms ("بنيران رشاشاتها", "بالنيران")."""
    for k in range(trig.end, min(sent.end, trig.end + 12)):
        t = toks[k]
        if _punct(t) or t.key in COMPLEMENTIZERS or t.has_conj:
            return None
        bare = t.prep != "ب"
        key = _key_after_bi(t)
        if key is None:
            continue
        w = _counted_after_bi(toks, sent, k, key)  # the weapon's word
        if w != k:
            key = toks[w].key
        nxt = toks[w + 1].key if w + 1 < sent.end else ""
        if key in ARTILLERY or key in _SHELLS or (key == "اسلحه" and nxt in _HEAVY):
            return "heavy-weapons"
        if key in _GUNS or key in BULLETS or (key == "اسلحه" and nxt in _GUNS):
            return "firearms"  # "بالأسلحة الرشاشة", "برشاشات", "بالرصاص الحي"
        if key in AIRCRAFT:
            return "drone" if key in DRONES or nxt in DRONES else "aerial"
        if key in _FIRE:
            return "heavy-weapons" if nxt in ARTILLERY or nxt in _SHELLS else "firearms"
        if bare:
            continue  # a word that begins with ب ("باكستانية", "بريطانية")
        return None  # (another phrase with ب: "بالقرب من", "بعبوة")
    return None


def _named_after(toks, m) -> bool:
    """Whether the place name ``m`` names the agreement or process before it ("اتفاق
    ستوكهولم", "مسار أستانا")."""
    return m.start > 0 and toks[m.start - 1].key in _NAMED_AFTER_PLACES and not toks[m.start].prep


def _li_after(toks, end, spans):
    """The first of ``spans`` (phrases or places) that starts with "ل" at ``end``, or past a
    name in apposition of up to four words: "استقبال العاهل الأردني الملك عبد الله الثاني
    لوزير الخارجية"."""
    return next((q for q in spans if end <= q.start <= end + 4 and toks[q.start].has_li and not any(
        # (not past a place: "اغتيال القيادي في الضاحية الجنوبية لبيروت")
        t.is_punct or t.has_conj or t.prep or t.key in PREPOSITIONS for t in toks[end : q.start])), None)


def _demands(x) -> bool:
    """Whether the event or entry ``x`` demands an act of someone: a call, or an ultimatum
    (CAMEO 139, "أمهل")."""
    return x.type == "REQUEST" or x.cameo == "139"


def _past_where(toks, sent, start, phrases, place_spans, time_toks) -> int:
    """The index past a place or a time named with "في" between a verb's subject and its
    object, and a time after it ("استقبل أمير الكويت في قصر بيان اليوم وزير الخارجية",
    "اعتقلت الشرطة في العاصمة تونس عشرات المحتجين", "احتجز الحرس في 3 مارس ناقلة"), or
    ``start`` when no phrase follows them. A time between commas is passed as well:
    "هاجم مئات المسلحين، السبت، قاعدة عسكرية", and so is where it was said: "دعت الوزارة،
    في بيان صدر عنها اليوم، المجتمع الدولي"."""
    if (start + 3 < sent.end and toks[start].text in ("،", ",") and toks[start + 1].key == "في" and (
            toks[start + 2].key in _SAID_IN or (toks[start + 2].key in _FIRST and toks[start + 3].key in _SAID_IN))):
        # (a long one too: "، في أول تعليق علني له على الاحتجاجات ألقاه اليوم في حفل تخرج،")
        end = next((k for k in range(start + 3, min(sent.end, start + 24)) if toks[k].is_punct), None)
        if end is None or toks[end].text not in ("،", ","):
            return start
        return _object_at(toks, sent, start, end + 1, phrases, time_toks)
    if start + 2 < sent.end and toks[start].text in ("،", ",") and start + 1 in time_toks:
        end = _past_times(start + 1, sent.end, time_toks)
        if end + 1 >= sent.end or toks[end].text not in ("،", ","):
            return start
        return _object_at(toks, sent, start, end + 1, phrases, time_toks)
    if start + 2 >= sent.end or toks[start].text != "في":
        return start

    def past_name(a: int) -> int | None:
        # the end of the gazetteer's name at ``a``, past its direction ("ريف إدلب الجنوبي",
        # not "غربي ميانمار": west of a place)
        b = next((b for a0, b in place_spans if a0 == a), None)
        if b is not None and b < sent.end and toks[b].key in DIRECTION_ADJ and _definite(toks[b]):
            b += 1
        if b is not None:  # and its country's adjective: "في جدة السعودية"
            b = next((p.end for p in phrases if p.start == b and p.kind in ("nisba", "country")
                      and _definite(toks[b])), b)
        return b

    end = past_name(start + 1)
    if end is None and start + 1 in time_toks:
        end = start + 1  # "احتجز الحرس الثوري في 3 مارس ناقلة نفط": a time, passed below
    if end is None and toks[start + 1].key in _SITE_HEADS:
        # a place under its head noun: the gazetteer's name after it, or up to two words of
        # a name it lacks ("قصر بيان")
        end = start + 2
        while end < min(sent.end, start + 4):
            named = past_name(end)
            if named is not None:
                end = named
                break
            t = toks[end]
            if (t.is_punct or t.has_conj or t.prep or t.key in FUNCTION_WORDS or end in time_toks
                    or any(p.start == end for p in phrases)):
                break
            end += 1
    if end is None:
        return start
    return _object_at(toks, sent, start, end, phrases, time_toks)


def _object_at(toks, sent, start, end, phrases, time_toks) -> int:
    """``end`` (past a time after it) when a phrase starts there, past a count ("عشرات
    المحتجين"); else ``start``."""
    end = _past_times(end, sent.end, time_toks)
    return end if any(
        end <= p.start <= end + 2 and p.kind != "nisba" and Assembler._only_quantities(toks[end : p.start])
        and not any(t.is_punct for t in toks[end : p.start])
        for p in phrases
    ) else start


def _count_with_li(toks, start, i) -> bool:
    """The words from ``start`` right before ``i`` end in a count whose first word carries
    "لـ": "لعشرات", "لنحو ألف", "لأكثر من 200"."""
    k = i - 1
    while k > start and not toks[k].prefix and (toks[k].key in QUANTITY or _number_word(toks[k].text, toks[k].norm)):
        k -= 1
    if k < start:
        return False
    t = toks[k]
    if t.prep == "ل" and t.key in QUANTITY:
        return k + 1 < i  # (a count follows it: "لمن" alone is "for whom")
    return t.norm[:1] == "ل" and len(t.norm) > 3 and _number_word(t.text[1:], t.norm[1:])


def _for_whom(toks, p, start, to=frozenset(), aid=False):
    """The phrase ``p`` (after ``start``, or None) if it is whom an act is for: with "ل" (or
    after one of ``to``: "إلى" or "على", as aid is sent or handed out; "عن", as it is cut
    off; or, for ``aid``, "in aid of": "لدعم اللاجئين"), in the same clause, and not an owner
    ("تابعة للأمم المتحدة"); else None."""
    if p is not None and (toks[p.start].has_li or (
            # (or a count with it: "منحت حق اللجوء لعشرات الصحفيين", "لنحو ألف نازح")
            not toks[p.start].prep and _count_with_li(toks, start, p.start)
    ) or (
            p.start - 1 >= start and (toks[p.start - 1].key in to and not toks[p.start - 1].prefix or (
                aid and toks[p.start - 1].has_li and toks[p.start - 1].key in _IN_AID_OF) or (
                # (its rebuilding: "لدعم إعادة إعمار أوكرانيا")
                aid and p.start - 3 >= start and toks[p.start - 1].key in _REBUILDING
                and toks[p.start - 2].key == "اعاده" and toks[p.start - 3].has_li
                and toks[p.start - 3].key in _IN_AID_OF))
            and not toks[p.start].prep and not any(c[2].inanimate for c in p.conjuncts))) and all(
        not t.is_punct and not t.has_conj and t.key not in COMPLEMENTIZERS for t in toks[start : p.start]
    ) and toks[p.start - 1].key not in AFFILIATION:
        return p
    return None


def _arriving(toks, sent, i) -> bool:
    """The words at ``i`` are the subject of a verb of arriving or entering before them, past a
    count: "دخلت 50 شاحنة مساعدات", "وصلت قافلة مساعدات" (aid delivered), or what that
    subject is laden with: "وصلت شاحنات محملة بالمساعدات"."""
    k = i - 1
    if k - 1 > sent.start and toks[k].key in _LOADED and toks[k - 1].key in _AID_CARRIERS:
        k -= 2
    while k > sent.start and not toks[k].is_punct and Assembler._only_quantities((toks[k],)):
        k -= 1
    return k >= sent.start and toks[k].key in _ARRIVING


def _youths_before_forces(t, entry) -> bool:
    """Youths right before an army or a police force ("رشق شبان قوات الاحتلال") are a verb's
    subject before its object: they head no construct of the force."""
    return t.key in _YOUTHS and entry.sector in ("MIL", "COP")


def _own_arms(t) -> bool:
    """Arms told as someone's, by a pronoun or the article ("أسلحتهم", "السلاح"): handed over,
    their holders give them up; arms of no one's are given."""
    return t.suffixed or _definite(t)


def _no_pilot(toks, k) -> bool:
    """Token ``k`` is the pilot of "(من) دون طيار" / "بدون طيار": a drone's, no one."""
    return k > 0 and toks[k].key in _PILOT and toks[k - 1].key in _WITHOUT


def _pilotless(toks, sent, k) -> bool:
    """Whether the aircraft named at ``k`` is told to fly without a pilot, past an adjective
    ("طائرة أمريكية من دون طيار")."""
    return any(_no_pilot(toks, j) for j in range(k + 2, min(sent.end, k + 5)))


def _their_sites(targets) -> bool:
    """Whether the targets are only sites of people told by a pronoun ("قتل 33 جنديا في غارة
    استهدفت مواقعهم", "قتل قيادي في الحركة بغارة على سيارته"): the people killed are the
    target."""
    return all(t.rule == _SITES and t.text.endswith(("هم", "هن", "ه", "ها")) for t in targets)


def _passive_subject(toks, trig, phrases, actor, reach: int):
    """The phrase at most ``reach`` words after a passive verb that is its subject, the one
    the act befell: not past a preposition ("أدين بالتجسس لصالح إسرائيل", "أدين بالانضمام
    إلى خلية"), nor the agent, nor past a word of circumstance ("ارتقوا خلال اقتحام قوات
    الاحتلال": who stormed)."""
    return next((p for p in phrases if trig.end <= p.start <= trig.end + reach and p.kind != "nisba"
                 and p is not actor
                 and not any(t.prep or t.key in PREPOSITIONS and t.key != "من" or t.key in AGENT_MARKERS
                             or t.key in _CIRCUMSTANCE
                             for t in toks[trig.end : p.start + 1])
                 and not any(_bi_word(t) for t in toks[trig.end : p.start])), None)


def _serves(support: Any, trigger: Any) -> bool:
    """Whether the light verb entry ``support`` may carry the actor of ``trigger``: one the
    trigger names in its ``needs_support``, or, for a trigger that names none, any light verb
    but those that serve only their namers ("اعترض": "اعترضت البحرية سفينة تحمل مساعدات")."""
    needs = trigger.needs_support
    return support.id in needs if isinstance(needs, tuple) else not support.named_only


def _clause_noun(t) -> bool:
    """Whether ``t`` is an indefinite noun in the accusative or ending in ة, in a hamza or in
    the feminine plural, bare, that a clause may follow ("مقالا ينتقد", "رسالة تطالب",
    "اعتداء يستهدف", "تغريدات تنتقد")."""
    return (not t.prefix and not t.is_punct and not _definite(t) and t.key not in FUNCTION_WORDS
            and len(t.key) > 3 and (t.key.endswith("ا") and not t.key.endswith(("وا", "ها"))
                                    or t.norm.endswith(("ه", "اء", "ات"))))


def _on_noun_before(toks, sent, trig, phrases) -> bool:
    """The present verb ``trig`` opens a clause on the bare indefinite noun right before it,
    no word of a phrase, which is its subject ("نشرها مقالا ينتقد الحكومة", "تغريدات تنتقد")."""
    return (trig.start > sent.start and _imperfect(toks[trig.start]) and not toks[trig.start].prefix
            and _clause_noun(toks[trig.start - 1]) and not any(p.start <= trig.start - 1 < p.end for p in phrases))


def _prevented(toks, sent, trig, phrases) -> bool:
    """Whether the act noun ``trig`` follows a verb of preventing, past that verb's subject
    ("منعت الشرطة مظاهرة", "لمنع مظاهرة"), and is no phrase of people (the protesters held
    back still protest: "منعت الشرطة المتظاهرين من الوصول")."""
    if toks[trig.start].prep or any(p.start <= trig.start < p.end for p in phrases):
        return False
    named = {j for p in phrases for j in range(p.start, p.end)}
    return any(toks[k].key in _PREVENTING and all(j in named for j in range(k + 1, trig.start))
               for k in range(max(sent.start, trig.start - 5), trig.start))


def _until(toks, sent, start: int) -> int | None:
    """Where "حتى" stands right before the act at ``start``, or before the one word that
    announces or reaches it ("حتى إعلان وقف إطلاق النار", "حتى التوصل إلى اتفاق"); or "قبل"
    right before it after a "لن" of its clause ("لن تدخل في مفاوضات قبل انسحابها": not until)."""
    if start - 1 > sent.start and toks[start - 1].key == _BEFORE and not toks[start - 1].prefix:
        for j in range(start - 2, max(sent.start, start - 12) - 1, -1):
            if _punct(toks[j]):
                break
            if toks[j].key == _WILL_NOT:
                return start - 1
    for j in range(start - 1, max(sent.start, start - 4) - 1, -1):
        if toks[j].norm in _UNTIL:
            return j
        if toks[j].is_punct or toks[j].prefix or j < start - 1 and toks[j].key not in _UNTIL_REACHED:
            return None
    return None


def _held_responsible_for(toks, after: int, k: int) -> bool:
    """Whether the act at token ``k`` is what someone is held responsible for, right after
    the word ("مسؤولية الهجوم", "المسؤولية عن إطلاق"; not "مسؤولية انهيار الحوار": the
    collapse), past token ``after``."""
    j = k - 1
    if j > after and toks[j].key == "عن":
        j -= 1
    return j >= after and toks[j].key in RESPONSIBILITY


def _while_clause(toks, c) -> bool:
    """Whether token ``c`` is a comma that opens a clause of what happens meanwhile: "، فيما",
    "، بينما", "، في حين"."""
    if toks[c].text not in ("،", ",") or c + 1 >= len(toks):
        return False
    nxt = toks[c + 1]
    return nxt.key in _WHILE or (nxt.key == "في" and c + 2 < len(toks) and toks[c + 2].key == "حين")


def _aimed_past_object(toks, sent, i, phrases):
    """Whom the act whose verbal noun is at ``i`` is aimed at past its object, in the same
    clause: "بشن عمليات عسكرية ضد الجماعات الكردية", "بقطع العلاقات مع أنقرة"; or None."""
    for j in range(i + 1, min(sent.end - 1, i + 5)):
        if _punct(toks[j]) or toks[j].has_conj or toks[j].key in COMPLEMENTIZERS:
            return None
        if toks[j].key in TARGET_PREPS or toks[j].key in WITH_PREPS:
            return next((p for p in phrases if p.start == j + 1 and p.kind != "nisba"), None)
    return None


def _carries_aid(toks, tstarts, a) -> bool:
    """The mention ``a`` ends in a carrier of aid, whose goods follow it ("قوافل الإغاثة")."""
    i = bisect.bisect_left(tstarts, a.end_char)
    return 0 < i < len(toks) and toks[i - 1].key in _AID_CARRIERS and toks[i].key in _AID_GOODS


def _falls_on_anniversary(toks, sent, trig) -> bool:
    """The agreeing verb ``trig`` is "coincides with" before an anniversary ("سيوافق الذكرى")."""
    return (trig.entry.type == "AGREE" and trig.entry.pos == "verb" and trig.end < sent.end
            and toks[trig.end].key in _ANNIVERSARY)


def _goes_to_fight(toks, trig) -> bool:
    """The noun ``trig`` is "لقتال" / "لمهاجمة": one goes to fight someone, its genitive the foe."""
    return toks[trig.start].prep == "ل" and toks[trig.end - 1].key in _FOE_GENITIVE


def _approves_works(toks, sent, trig) -> bool:
    """The agreeing verb ``trig`` approves a work, a budget, a law or an appointment, no
    agreement with another side: "صادقت الحكومة على بناء 1500 وحدة استيطانية", "وافق
    البرلمان على الموازنة العامة" (not "وافقت الحكومة على الهدنة")."""
    if trig.entry.type != "AGREE":
        return False
    k = next((k for k in range(trig.end - 1, min(sent.end - 1, trig.end + 6)) if toks[k].key == "علي"
              and not toks[k].prep and not any(t.is_punct for t in toks[trig.end : k])), None)
    return k is not None and toks[k + 1].key in _APPROVED_WORKS and not toks[k + 1].prep


def _names_a_camp(toks, sent, trig) -> bool:
    """The noun ``trig`` of cooperation names a camp or a centre it is the genitive of: "معسكر
    تدريب للقوات الحكومية", "مركز التدريب" (a place, no training given)."""
    return (trig.entry.type == "COOPERATE" and trig.entry.pos == "noun" and trig.start > sent.start
            and toks[trig.start - 1].key in _TRAINING_SITES and not toks[trig.start].prefix)


def _swept_by_protests(toks, trig, triggers) -> bool:
    """The verb ``trig`` ("اجتاحت") follows protests it tells of: right after their noun, its
    name or adjectives and a relative pronoun ("الاحتجاجات التي اجتاحت البلاد", "مظاهرات
    تجتاح المدن", "احتجاجات الربيع العربي التي اجتاحت المنطقة")."""
    if toks[trig.start].has_conj:
        return False  # "قمعت الشرطة الاحتجاجات واجتاحت القوات الحي": a clause of its own
    for t in triggers:
        if t.entry.type == "PROTEST" and t.end <= trig.start <= t.end + 8:
            between = toks[t.end : trig.start]
            if any(x.is_punct or x.has_conj for x in between):
                continue
            if (between and between[-1].key in RELATIVE) or (
                    len(between) <= 1 and not any(x.prep for x in between)):
                return True
    return False


def _goods_after(toks, sent, trig, phrases, time_toks, goods=None) -> bool:
    """Whether arms or goods are what the verb ``trig`` takes: named first after it and the
    phrase right after it, past a time, where one held them and "على" ("وضبطت قوات الأمن
    بحوزتهم كميات من الأسلحة", "استولى المسلحون على شاحنة أسلحة")."""
    goods = _GOODS if goods is None else goods
    start = next((p.end for p in phrases if p.start == trig.end and toks[p.start].key not in goods), trig.end)
    for k in range(start, min(sent.end, start + 6)):
        t = toks[k]
        if _punct(t) or t.has_conj:
            return False
        if t.key in goods:
            return True
        if k not in time_toks and t.key not in _HOLDING and t.key not in _ON:
            return False
    return False


def _joined_number(t) -> int | None:
    """The number a word joined by "و" holds ("و13", "وثلاثة"), or None."""
    if t.norm[:1] != "و" or len(t.norm) < 2:
        return None
    rest = t.norm[1:]
    return int(rest) if rest.isdigit() else numbers.parse_number(t.text.lstrip("و"))


def _keys(words: str) -> frozenset[str]:
    """Lexical keys (no article) of space-separated words, normalized as the tokens' are."""
    return frozenset(lexical_key(normalize(w)) for w in words.split())


# Closed-class words the rules look at (lexical keys: normalized, no article). They are
# grammar, not lexicon, and are added to the matcher's vocabulary so that clitics on them
# are stripped too ("وأعلن" -> "اعلن").
REPORTING = _keys(
    "قال قالت قالوا اعلن اعلنت اعلنوا افاد افادت ذكر ذكرت اكد اكدت اكدوا اوضح اوضحت "
    "اشار اشارت صرح صرحت اضاف اضافت نقل نقلت كشف كشفت اعتبر اعتبرت لفت لفتت تابع تابعت "
    "يقول تقول نوه نوهت يري تري يرون يعتقد تعتقد يعتقدون"
)
# "according to": what follows is the source of the report ("بحسب بيان صدر اليوم")
_ACCORDING_TO = _keys("حسب بحسب حسبما وفق وفقا نقلا طبقا")
COMPLEMENTIZERS = _keys(
    "ان انه انها انهم لان بان بانه بانها بانهم"
)
TARGET_PREPS = _keys(
    "علي ضد بحق تجاه اتجاه باتجاه صوب استهداف طال طالت طالوا"
    " ملاحقه تعقب مطارده"  # (an operation "لملاحقة فلول داعش": whom it hunts)
)
WITH_PREPS = _keys(
    "مع"
)
BETWEEN = _keys(
    "بين مابين"
)
_HEADED_BY = _keys("رياسه قياده زعامه")  # "وفد برئاسة فلان", "قوات بقيادة فلان": led by
_SO_CALLED = _keys("يسمي تسمي يعرف تعرف سمي")  # "ما يسمى": what is called
_OTHER_HAND = _keys("اخر اخري ثان ثاني")  # "من جانب آخر": on the other hand
_HANDS = _keys("جهه ناحيه جانب")  # "من جهة ... من جهة أخرى", "من جانب ... من جانب آخر": the sides of "بين"
_FIRE_OF = _keys("برصاص بنيران")  # after a kill verb: its agent follows
# words that open a clause of their own after the one killed: "قتل شرطيان عندما فتح مسلحون"
_CLAUSE_OPENERS = _keys("عندما حين حينما بينما بعدما اثناء جراء اثر")
AGENT_MARKERS = frozenset(("قبل", "يد", "ايدي")) | _FIRE_OF  # "على يد", "على أيدي"
_ASCRIBED = _keys("نسب نسبت ينسب تنسب منسوب منسوبه")  # "هجوم نسب إلى مسلحين": ascribed to
# verbal nouns of assent whose genitive is who assents: "مصادقة الحكومة على الاتفاق"
AGREEMENT_ACTS = _keys("مصادقه موافقه قبول توقيع")
# repelling or foiling an attack: who foils one did not make it; who repels one was attacked
# (who foils one need not have been)
FOIL = _keys("احبط احبطت احبطوا يحبط تحبط افشل افشلت يفشل تفشل")
# defusing a bomb: "فككت الهندسة عبوة" (not among FOIL's words, which join the matcher's
# closed-class vocabulary: such a word opens no split form, and "فككت" opens "فككت ... خلية")
_DEFUSING = _keys("فكك فككت فككوا يفكك تفكيك ابطل ابطلت ابطلوا يبطل تبطل ابطال")
REPEL = _keys("صد صدت صدوا يصد تصد تصدت تصدي تصدوا يتصدي تتصدي") | FOIL
_FOILING = _keys("احباط افشال")  # the verbal nouns: "نجحت القوات في إحباط هجوم"
# taking or retaking ground: "سيطر على X من Y"
TERRITORY = _keys(
    "سيطر سيطرت سيطروا يسيطر تسيطر استعاد استعادت استعادوا يستعيد تستعيد استعاده احكم احكمت "
    "بسط بسطت انتزع انتزعت حرر حررت سيطره"
)
# a tool of the act before: "مستخدمة الغاز المسيل للدموع", "باستخدام الرصاص الحي"
INSTRUMENT = _keys("مستخدمه مستخدما مستخدمين مستعينه مستعينا باستخدام استخدام")
SURVIVE = _keys("نجا نجت نجوا ينجو تنجو")
_LIGHT_NOUNS = frozenset(("شن", "تنفيذ", "القيام", "تنظيم"))  # "بشن هجوم", "بتنفيذ عمليات", "بتنظيم إضراب"
# the mode and CAMEO code of a threat by the (type, mode) of the act it threatens (PLOVER's
# CAMEO table: 1312 sanctions, 1313 relations, 136 expulsion, 1381 blockade, 1382 occupation);
# a mode of None stands for the type's other modes
_THREATENED = {
    ("SANCTION", None): ("restrict", "1312"),
    ("SANCTION", "withdraw"): ("relations", "1313"),
    ("SANCTION", "expel"): ("expel", "136"),
    ("COERCE", "restrict"): ("restrict", "1381"),
    ("COERCE", "seize"): ("territory", "1382"),
    ("RETREAT", "withdraw"): ("expel", "136"),  # "هددت بسحب قواتها": to end its involvement
    ("PROTEST", None): ("relations", "133"),  # "هددت النقابات بالإضراب": with dissent, protest
}
# conjunctions that open another clause
CLAUSE_BREAKS = _keys("لكن لكنه لكنها بينما فيما حيث ثم غير")
RELATIVE = _keys(
    "الذي التي الذين اللذان اللتان اللذين اللتين اللواتي"
)
# "to target": after an act it describes that act ("عقوبات جديدة استهدفت أفرادا", "هجوم آخر
# ..، والذي استهدف منطقتين"); joined by "و" it starts an act of its own ("واستهدفت الطائرات")
TARGETING = _keys(
    "استهدف استهدفت استهدفوا استهدفا استهدفتا يستهدف تستهدف يستهدفون يستهدفان تستهدفان"
)
# what is revealed or told of is told to have happened: "كشفت الصحيفة عن اعتقال ناشطين",
# "تحدثت تقارير عن مقتل"
_ANNOUNCEMENT = _keys("اعلان")  # "رحبت بالإعلان عن وقف إطلاق النار": the act announced
_TOLD_OF = _keys("كشف كشفت كشفوا يكشف تكشف تحدث تحدثت تحدثوا يتحدث تتحدث ابلغ ابلغت")
# a trigger after these is talked about, not reported: "حول الهجوم", "هذه الهجمات"
BACKGROUND = _keys(
    "حول عن ازاء حيال هذا هذه تلك ذلك هكذا بموجب ظل تكرار"
)
_CONCERNING = _with_bi("شان خصوص")  # "بشأن الهجمات": what is talked about
_UNDER_TERMS = _with_bi("موجب مقتضي")  # "بموجب مذكرة توقيف": by the authority of
_ONE_OF = _keys("احد احدي")  # "أحد المتظاهرين"
# relative pronouns as written (their keys, without the article, are other words: "ذي قار")
_RELATIVE_WORDS = frozenset("الذي التي الذين اللذان اللتان اللذين اللتين اللواتي".split())
_DESPITE = _keys("رغم برغم")
_TASKED = _keys("مكلف مكلفه مكلفين مكلفون")
_RELEASED_WORD = _keys("عن سراح")
_CHECKPOINTS = _keys("كمين كمينا كماين")  # an ambush, and in Egypt's usage a checkpoint
_SECURITY = _keys("امني امنيا امنيه")
_NARRATES = _keys("يروي تروي يحكي تحكي يسرد تسرد")  # a film's or a book's story
_HISTORY_OF = _keys("تاريخ")
_CAUSE_OF = _keys("خلفيه صله سبب")  # "على خلفية", "على صلة بـ", "بسبب": what a charge is about
_BECAUSE_OF = _CAUSE_OF | _keys("بسبب")  # (the word before the act, "بسبب" unsplit)
_TAKING_PART = "مشارك"  # "مشاركته في", "مشاركتهم في"
_PARTAKING = _keys("شارك شاركت شاركوا يشارك تشارك مشاركه بمشاركه")  # drills one takes part in
_COOPERATION = "trg.cooperate.taawun.noun"
_DRILLS = _keys("مناورات تدريبات تمرين تمرينا تمارين")
_JOINT = "مشترك"  # "مشتركة", "المشتركة" (keys hold no article)
_TAKE_PART = "sup.sharaka"  # "شارك": a march taken part in
_HANDED_OVER = "sup.sallama"  # "سلمت": weapons given, or one's own handed in
_SIGNED = "sup.muwaqqa"  # "الموقع": an agreement signed, its signers after it
_AREAS = _keys("مناطق منطقه خطوط جبهات جبهه محاور محور ساحات")  # ("جبهات القتال", "محاور القتال": the front lines)
_IN_FORCE = _keys("تنفيذ تطبيق بنود")
_INCIDENT = _ACCIDENT | _keys("واقعه")  # "واقعة الخطف", "حادثة الاختطاف": the incident itself
# "الالتزام بتعهداتها", "التزامها بتعهداتها", "احترام حظر الأسلحة": what is kept to (as
# written: "التزام" reads as the article and a noun)
_KEPT_TO = ("التزام", "الالتزام", "الوفاء", "احترام", "الاحترام")
_STIPULATES = _keys("ينص تنص نص نصت يقضي تقضي")  # "وينص الاتفاق على": what it provides for
_ENTERS = _keys("دخل يدخل تدخل دخول سريان بدء")  # "دخل الاتفاق حيز التنفيذ", "بدء سريان الهدنة"
_EFFECT = _keys("تنفيذ نفاذ")
_DOMESTIC_SECTORS = frozenset(("COP", "JUD", "LEG"))
_QUARTER = _keys("حي")
# adjectives of bodies and forces that are not nisbas ("القوات الخاصة الروسية")
_BODY_ADJECTIVES = _keys(
    "خاص خاصه مسلح مسلحه مشترك مشتركه متحد متحده موحد موحده اعلي عليا مؤقت مؤقته جديد جديده سابق سابقه "
    "مستقل مستقله نظامي نظاميه حاكم حاكمه معارض معارضه متمرد متمرده منشق منشقه عام عامه اول اولي ثاني "
    "ثانيه ثالث ثالثه رابع رابعه خامس خامسه كبير كبري خاصين خاصون"
)
_STANCES = frozenset(("REJECT", "ACCUSE", "SUPPORT"))  # stances taken on a proposal, a policy or an act
_ENTERED = _keys("دخل دخلت دخلوا يدخل تدخل يدخلون")  # "دخل المعتقلون في إضراب"
_NIGHT_WORDS = ("ليل", "ليلة", "ليله")  # as written, before a night's days
_OCCUPYING = ".occupation"  # the ending of the ids of forces named as occupying ("قوات الاحتلال")
_AIRDROP = "trg.assault.inzal.noun"  # "إنزال جوي": an airborne landing, or aid dropped
_BANNED_TRAVEL = _keys("سفر دخول")  # "حظر على سفر", "حظر على دخول": whose travel is banned
_HELD_AT_HOME = frozenset(("arrest", "release", "convict"))  # acts a state does to its own
_STATE_HOLDERS = frozenset(("GOV", "COP", "JUD"))
_FOREIGN = _keys("اجنبيه اجنبي اجانب")  # "القوات الأجنبية": of no state the text names
_CASE = _keys("قضيه قضايا")  # "قضية تفجير": a court case named after an act
_RULED = _keys("حكم حكمت قضي قضت اصدر اصدرت")  # "حكم القضاء على": the judiciary ruled
_MOVES = frozenset(("RETREAT", "MOBILIZE"))  # acts whose "من" names whence they move
_TOWN_ANAPHORS = _keys("مدينة بلدة")  # "المدينة": the town named before
_PADS = _keys("منصه منصات")  # "منصة إطلاق صواريخ": a launch pad
_SUPPLY = _keys("توريد تصدير بيع صادرات شحنات")  # "حظر على توريد الأسلحة إلى": goods kept from a state
# an act's noun whose genitive is the act's object: "إطلاق سراح", "إخلاء سبيل", "تجميد أصول"
# (whose assets), "إدراج" (who is listed), "حظر على بيع الطائرات" (the goods), "تزويد
# الجيش بالذخيرة" and "تسليح المتمردين" (who is supplied or armed)
_ARMING = _keys("تزويد تسليح")
_REBUILDING = _keys("اعمار")  # "إعادة إعمار ليبيا": the state rebuilt
_BACKING = _keys("دعم")  # "مواصلة دعم أوكرانيا": the one backed
_CONSTRUCT_OBJECTS = _keys("سراح سبيل اصول ارصده ادراج") | _BACKING | _REBUILDING | _SUPPLY | _ARMING
_UN_ADJECTIVE = "act.org.un.adj"  # "الأممية": of the UN, an adjective
_APOLOGIZING = _keys("اعتذر اعتذرت اعتذروا يعتذر تعتذر اعتذار")  # "اعتذرت عن الغارة": it was done
_FOE_GENITIVE = _keys("قتال محاربه مهاجمه")  # fighting or attacking someone, its genitive the foe
_STORMING_ID = "trg.coerce.iqtiham.verb"  # "اقتحم": who storms, and what
_CAPITAL_OF = _keys("عاصمة")  # a town's apposition naming the region it is the capital of
_UNDER = _keys("بموجب")  # "بموجب أمر تنفيذي": by virtue of
_TOWNS = frozenset(("capital", "city", "town", "village"))  # gazetteer kinds a quarter may be named after
# the gazetteer kinds a place noun before a name reads it as ("قرية برقة" is no region)
_KINDS_NAMED = {
    **dict.fromkeys(_keys("قريه قري بلده بلدات"), frozenset(("village", "town"))),
    **dict.fromkeys(_keys("مدينه مدن"), frozenset(("capital", "city", "town"))),
    **dict.fromkeys(_keys("مستوطنه مستوطنات"), frozenset(("city", "town", "village"))),
    **dict.fromkeys(_keys("محافظه ولايه اقليم"), frozenset(("governorate", "region", "district"))),
}
_TOWN_HEADS = _keys("مدينه بلده قريه")  # "مدينة رام الله": a name told as a town's
_RAIDS = _keys("مداهمه مداهمات")
_ONE_OF_THEM = frozenset(("احداها", "احدها", "احداهما", "احدهما", "احدهم", "احداهن", "بعضها", "بعضهم"))
_BASES_ENTRY = "act.generic.bases"  # "قاعدة عين الأسد": a base named, struck as one
_STORMING = ("اقتحم", "اقتحا", "يقتحم", "تقتحم")  # "اقتحموا", "اقتحام": storming
_ARMED_SECTORS = frozenset(("MIL", "COP", "REB"))
_STATE_ORGANS = frozenset(("GOV", "MIL", "COP"))  # "الحكومة", "الجيش", "الشرطة"
_SIDE_SECTORS = _ARMED_SECTORS | {"GOV"}  # who "الطرفان" may name
_EXECUTION_NOUN = "trg.assault.idam.noun"  # "إعدام": an execution
_DECIDING = _keys("قرر قررت قرروا تقرر")
_EXECUTION = "اعدام"
_UNIVERSITY = _keys("جامعه")  # "جامعة كولومبيا": a name, not the state
_BY_PHONE = _keys("هاتفيا")  # "بحث الرئيسان هاتفيا": by phone
_PALESTINE, _ISRAEL = "PSE", "ISR"
_AIMING_VERBS = _keys("استهدف استهدفت طال طالت ضرب ضربت هز هزت")  # an act that strikes something
_SHAKING = _keys("هز هزت يهز تهز")
_CHANTING = _keys("هتف هتفوا هتفت يهتف يهتفون ردد رددوا يرددون")
# statements about other acts, which the one date of a sentence does not date when it is
# told past such an act ("اتهمت المنظمة الجيش بقصف قرى خلال فبراير")
_STATEMENTS = frozenset(("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "THREATEN"))
_FRAME = _keys("اطار ضمن")  # "في إطار خطة لإعادة التموضع"
_POSTED_TO = _keys("الي لدي")
_RUN_OF = _keys("سلسله موجه")  # "بعد سلسلة تفجيرات": a series of acts
_TREND = _keys("تصاعد تزايد تنامي ارتفاع") | _RUN_OF
_ANNIVERSARY = _keys("ذكري")
# words the lexicon keeps with their "ب" ("سترد بقوة": forcefully), a preposition and a noun
# before an adjective: "فجروا عبوة ناسفة بقوة إسرائيلية" (at an Israeli unit)
_GLUED_PREPOSITION = frozenset(("بقوه",))
_TRAINING_SITES = _keys("معسكر معسكرات مركز مراكز")  # "معسكر تدريب": a camp named by what is done in it
# what is approved with no other side to agree with: works, budgets, laws, appointments
_APPROVED_WORKS = _keys("بناء انشاء اقامه توسيع ميزانيه الميزانيه موازنه الموازنه قانون مشروع تعيين")
_ATTEMPTS = _keys("محاوله محاولات")  # an attempt, made
# verbs of being held or going on, after "سـ" (will): "الاجتماع سيعقد", "الإفراج ستتواصل"
_TO_COME = frozenset(
    normalize(w) for w in "يعقد تعقد تجري يجري يبدا تبدا يتواصل تتواصل يستمر تستمر ينطلق تنطلق يتم تتم "
    "يستانف تستانف".split()
)
_OFFICIALS = _keys("مسوول مسوولا مسوولين موظفي")  # "طردت الحكومة سبعة مسؤولين أمميين"
# "طرد مدير مكتب الأمم المتحدة", "طرد المراقبين الدوليين"
_STAFF_EXPELLED = _OFFICIALS | _keys("مدير مديره مديري مراقبين مراقبون مراقب")
_MIGRANTS = _keys("مهاجرين مهاجرا مهاجر لاجيين لاجيا لاجي وافدين عمال اجانب")  # driven out: deported
_EXPEL = _keys("طرد طردت طردوا يطرد تطرد يطردون")
_MISSIONS = _keys("قنصليه قنصلي دبلوماسيه سفاره")  # "موظفا من الشبكة القنصلية": a mission's staff
_TO_LEAVE = _keys("لمغادره للمغادره")  # "48 ساعة لمغادرة البلاد"
# what a warner says will meet what is warned against ("من أن أي هجوم سيقابل بالرد")
_RESPONSES = frozenset(normalize(w) for w in (
    "رد ردا الرد بالرد برد ترد يرد نرد سترد سيرد سنرد ستواجه سيواجه نواجه سيقابل ستقابل "
    "بقتال بحرب الحرب عقاب بعقاب العقاب ستدفع سيدفع الثمن ثمنا غاليا حديد"  # "بيد من حديد"
).split())
_RESPONSE_NOUNS = _keys("رد ردا")
_FORCEFUL = _keys("حازم حاسم قوي مزلزل قاس موجع صارم ساحق")  # "رد حازم": a forceful response
_COURTS = _keys("جنايات استيناف جنح نقض امن الدوله عسكريه ابتداييه")  # "محكمة جنايات القاهرة"
_INSIDE_NAMES = frozenset("+()")  # marks inside a name, no clause's end: "مجموعة 5+1 (...)"
_MEDIA = _keys("صحيفه جريده قناه وكاله اذاعه تلفزيون مجله محطه شبكه موقع")  # "حوار مع صحيفة"
_BROADCAST = _keys("صحفي صحافي تلفزيوني متلفز اذاعي")  # "حوار تلفزيوني": an interview
_DECLARED = _keys("اعلان بدء سريان دخول توقيع")  # "رغم إعلان الهدنة": a given
_HANDED = ("سلم", "تسليم")  # "وسلمته مذكرة احتجاج", "وتسليمه مذكرة"
_MANNERS = _keys("مفتوح شامل")  # adjectives after a possessed act: "إضرابه المفتوح"
# bodies named by what they are for: "اللجنة الوطنية للإفراج عن المعتقلين"
_BODIES = _keys("لجنه هييه مفوضيه جمعيه مركز منظمه رابطه مرصد مكتب صندوق وكاله برنامج")
_ALL_OF = _keys("جميع كل كافه")  # "انسحاب جميع القوات": all of the phrase after it
_NOT_STATES = frozenset(("IGO", "UNO", "NGO"))  # codes in the country slot that are no state
_UNION = "IGO"  # the country and sector of a union of states and of its nisba ("أوروبي")
_GO_ON = _keys("مواصله استمرار توسيع تصعيد استيناف")  # "بمواصلة الضربات", "بتوسيع العملية": the act continued
_HER_AS_OBJECT = _keys("اياه اياها اياهم اياهما")  # "معتبرة إياها عدوانا"
# the coalition a bare "التحالف" names, by the country it fights in
_COALITION = lexical_key(normalize("التحالف"))
# its forms with a conjunction or a preposition: "طائرة تابعة للتحالف"
_COALITION_CLITICS = frozenset(normalize(w) for w in ("للتحالف", "بالتحالف", "والتحالف", "وللتحالف", "وبالتحالف"))
_ARAB_COALITION_THEATRE = "YEM"
_COALITION_THEATRES = {"YEM": "act.force.coalition.arab", "SYR": "act.force.coalition.intl",
                       "IRQ": "act.force.coalition.intl"}
_REVENGE = _keys("انتقاما ثارا انتقام ثار")  # "انتقاما لمقتل قائدها", "بالانتقام لمقتل"
_ANSWER_WORDS = _REVENGE | {"رد", "ردا"}
_STREETS = _keys("شوارع شارع ساحات ساحه ميادين ميدان")
_UNIDENTIFIED = re.compile(r"\s+(?:ال)?مجهول")  # after a side's words: "طائرات مجهولة", "المسيرة المجهولة"
_FOREIGNERS = re.compile(r"\s+(?:ال)?(?:أجانب|اجانب|أجنبي|اجنبي)")  # "صحفيين أجانب": of no state the story is in
_CIRCUMSTANCE = _keys("تحت فوق خلال بعد عقب إثر أثناء جراء بسبب رغم")  # no word of a name
_CROWDS = _keys("مئات آلاف الآلاف ألوف الألوف عشرات")  # "تظاهر المئات": a crowd counted, no one named
_NAME_LINKS = _keys("بن ابن بنت ال")  # "فيصل بن فرحان", "آل ثاني"
_TO_IT = frozenset(("اليه", "اليها"))  # "الاتفاق الذي توصلت إليه": the noun taken back
# "للتعليق على ضربات الخميس", "ردا على الهجوم", "احتجاجا على الغارات": the act is one told
# before, answered here
_RESPOND = _keys("رد ردت ردوا ردا يرد ترد")  # "ردت القوات على الهجوم بقصف"
ANSWERS = _keys("تعليق تعقيب احتجاج احتجاجا تنديدا استنكارا") | _RESPOND
_ON = _keys("علي")  # (keys are normalized: ى is ي)
_IN = _keys("في")
_ON_OR_IN = _ON | _IN
# what talks are about: a place after "الأوضاع في" is the topic's, not where they are held
TOPICS = _keys("وضع اوضاع ازمه تطورات مستجدات ملف قضيه حرب")
CONTINUATION = _keys("استمرار تواصل تصاعد")
# "في ظل استمرار المعارك", "بسبب استمرار القتال": a state of war gone on, no new event
_AMID_OR_BECAUSE = BACKGROUND | _keys("بسبب جراء نتيجه وسط")
GROUP_OF = _keys("مجموعه عدد مجموعات دفعه")  # "مجموعة من المسلحين": some of them
_BATCHES = _keys("دفعه")
_ORDINALS = _keys("اول الاولي ثاني الثانيه جديده")
QUANTITY = _keys(
    "اكثر اقل من نحو حوالي قرابه زهاء ما لا يقل عن يزيد الاقل علي بينهم يصل الي"
    " لايقل لايزيد"  # ("ما لايقل عن 36 شخصا", as often written)
)
PLACE_NOUNS = _keys(
    "مدينه بلده قريه محافظه ولايه منطقه مناطق حي مخيم ريف بلدات قري مدن اقليم مديريه ناحيه قضاء "
    "محافظات ولايات مخيمات مديريات احياء مقاطعه مقاطعات "
    "محيط مدينتي بلدتي محافظتي ريفي مستوطنه مستوطنات جبهه باديه"
)
PREPOSITIONS = _keys("من في الي علي عن مع ضد بين حول لدي عند")
_LANDFORMS = _keys("شبه جزيرة جزر جبل جبال هضبة سهل وادي واحة")  # before a place's name
_FACILITY_HEADS = _keys("سجن مطار ميناء معبر حاجز")  # "سجن صيدنايا", "حاجز قلنديا": a site named after its town
_PROVINCE_HEADS = _keys("اقليم ولايه محافظه جزيره")  # of LOCAL_HEADS, a place only after "في" or with "بـ"
LOCAL_HEADS = _keys(
    "حي احياء بلده قريه ناحيه محطه مخيم ساحه جبهه جبهات جبال جبل شارع منطقه منطقتي مديريه "
    "معبر سجن مطار ميناء قاعده قصر ميدان ضاحيه بلدتي مستوطنه مدينه"
) | _PROVINCE_HEADS
DIRECTIONS_EN = {
    lexical_key(ar): en
    for ar, en in (
        ("شمال", "north"), ("جنوب", "south"), ("شرق", "east"), ("غرب", "west"),
        ("شمالي", "north"), ("جنوبي", "south"), ("شرقي", "east"), ("غربي", "west"),
        ("وسط", "center"), ("قرب", "near"), ("بالقرب", "near"), ("محيط", "around"),
        ("ضواحي", "outskirts"), ("اطراف", "outskirts"), ("ريف", "countryside"), ("ريفي", "countryside"),
        ("الشمالي", "north"), ("الجنوبي", "south"), ("الشرقي", "east"), ("الغربي", "west"),
        ("شمال غرب", "northwest"),
    )
}
DIRECTIONS = _keys("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قرب بالقرب محيط ضواحي اطراف ريف ريفي")
_RESIDENTS = _keys("اهالي سكان")
_SIDE_OR_PEOPLE = DIRECTIONS | _RESIDENTS  # before "المدينة": a side of the town or its people
DIRECTION_ADJ = _keys("الشمالي الجنوبي الشرقي الغربي الشماليه الجنوبيه الشرقيه الغربيه")
AGREEMENT_NOUNS = _keys("اتفاق اتفاقا اتفاقيه اتفاقات اتفاقيات")
# words tying a noun to the named actor it belongs to: "مقرا تابعا لقوات الحشد الشعبي"
AFFILIATION = _keys(
    "من باسم ل تابع تابعه تابعا التابع التابعه تابعين مرتبط مرتبطه مرتبطا المرتبطه موالي موالين "
    "الموالي الموالين الموالية موالون مواليه مرتبطين مرتبطون"
)
# the endings of a nationality's adjective forms; its other forms are broken plurals
_NISBA_FORM_ENDINGS = ("ي", "يه", "يا", "يان", "يتان", "يتين", "ين", "ون", "ات")
_PILOT = _keys("طيار")  # "طائرة بدون طيار": a drone
_DRESS = frozenset("بزي بلباس بملابس ببزات ببزه".split())  # "بزي مدني": what one wears
# first words of two-word place names: "مخيم أبو شوك", "محيط بيت الشرجي"
# (and the Hebrew ones of settlements: "كفار عتصيون", "معاليه أدوميم")
TOPONYM_FIRST = _keys("ابو ام بيت عين دير تل كفر خان بني راس جبل وادي مرج سوق قصر بير ود بن سيدي باب برج حمام حاسي دار "
                      "كفار كريات معاليه نفيه جفعات رامات البو")
PURPOSE = _keys(
    "بهدف اجل بغيه كي لكي حتي بزعم"
)
LOCATIVE = _keys(
    "من في داخل الي صوب نحو باتجاه اتجاه قرب بالقرب عند وسط محيط ضواحي اطراف شمال جنوب شرق غرب "
    "شمالي جنوبي شرقي غربي امام فوق قباله سواحل ساحل انحاء ارجاء مدن"
)
SKIP = _keys(
    "قد ايضا كذلك حاليا اليوم امس لاحقا مجددا مؤخرا"
)
LED_BY = _keys("قياده بقياده")
NEGATIONS = _keys("لم لن لا ما")
_KILLED_TWO = _keys("قتلا استشهدا لقيا اغتيلا")  # killed, in the dual
# (verbs that take a killer and a count after it)
_KILL_VERBS = _keys("قتل قتلت قتلوا ذبح ذبحت ذبحوا اعدم اعدمت اعدموا اغتال اغتالت اغتالوا")
_NEW_CLAUSE = RELATIVE | COMPLEMENTIZERS  # words that open a clause of its own: "الذي خطفه", "بعد أن خطف"
KILL_WORDS = _keys(
    "قتل قتلت قتلوا مقتل قتلي قتيل قتيلا قتيلين استشهد استشهدت استشهدوا استشهاد شهيد شهيدا شهداء "
    "مصرع مصرعهم مصرعه مصرعهما مصرعها لقي لقوا حتفهم حتفه حتفهما حتفها وفاه ارتقي ارتقوا ارتقت اودي اودت "
    "اغتيل اغتيلت اغتيلوا حيد حيدت حيدوا تحييد ذبح ذبحت ذبحوا قتيلان شهيدان اعدم اعدمت اعدموا يقتل تقتل يقتلون"
) | _KILLED_TWO
# the deaths and wounds a report announces ("أعلنت الوزارة مقتل")
DEATH_NOUNS = _keys("مقتل مصرع استشهاد وفاه اصابه جرح")
RESPONSIBILITY = _keys("مسووليه المسووليه")
LINKS = RESPONSIBILITY | _keys("صله علاقه تورط ضلوع")  # a part in an act one may deny
_TWO_STATES = _keys("البلدان البلدين")
_SIDES_ENTRY = "act.pronoun.sides"  # "الطرفان", "البلدان", "طرفا النزاع"
_TWO_SIDES = _keys("الطرفان الطرفين الجانبان الجانبين الخصمين") | _TWO_STATES
_CALMING = _keys("تهدئة التهدئة")
_TENSIONS = _keys("التوتر التوترات الأوضاع الأجواء التصعيد الخواطر")  # "تهدئة التوتر"
_FIGHTING = _keys("قتال مقاومة اشتباك اشتباكات معارك معركة مواجهة مواجهات")  # "دون قتال"
_DEADLINE_VERBS = _keys("أمهل أمهلت أمهلوا أمهلا يمهل تمهل يمهلون")  # "أمهل المسلحين يومين"
# what a deadline is counted in
_TIME_GIVEN = _keys("ساعة ساعات ساعتين يوم يوما أيام يومين أسبوع أسبوعا أسابيع أسبوعين شهر شهرا أشهر شهرين مهلة")
_LI_PRONOUNS = frozenset(("له", "لها", "لهم", "لهما", "لهن"))  # "تعرضت لها"
SUFFER = _keys("تعرض تعرضت تعرضوا تعرضا تتعرض يتعرض يتعرضون تعرضه تعرضها")  # "تعرض لهجوم"
# words between a casualty word and its count: "أودى بحياة عشرات"
TOLL_LINKS = _keys("بحياه حياه")
_CLAIMED_LIVES = _keys("اودي اودت")  # "أودى بحياة"
_ARMED = _keys("مسلح مسلحه")
_NECESSITY = "trg.request.darura.noun"  # "ضرورة": a call, but not "عند الضرورة"
_NEED_ARISES = _keys("عند وقت حسب اقتضت تقتضي استدعت تستدعي دعت تدعو لزم")
_NEEDS = _keys("ضروره حاجه")
_GUNMEN = "act.generic.armed"
_OTHERS = _keys("اخرين اخرون")  # "و3 آخرين"
# "ارتفع عدد القتلى إلى 30": the count of the dead ("إلى" comes before what it rose to)
TOLL_COUNT = _keys("عدد حصيله")
# "إلى": before the count a toll rose to, and where a visitor arrives
_TO = _keys("الي")
_TO_WHOM = _TO | _ON  # "مساعدات إلى النازحين", "وزعت مساعدات على الأسر"
_UNDERSTANDING = _keys("تفاهم")  # "مذكرة تفاهم"
_EXECUTIVE = _keys("تنفيذي تنفيذيا تنفيذيه")  # "أمر تنفيذي": a decree, no command
_ARRIVING = _keys("وصل وصلت وصلوا تصل يصل دخل دخلت تدخل يدخل رست ترسو هبطت تهبط عبرت تعبر")
_SHARP = _keys(  # "انتقادات حادة", "شديدة اللهجة"
    "حاد حاده شديد شديده اللهجه مباشر مباشره لاذع لاذعه قوي قويه صريح صريحه واضح واضحه متكرر متكرره"
    " حادا شديدا مباشرا لاذعا قويا صريحا واضحا")  # (and the accusative: "وجه تهديدا مباشرا")
# the verbs of attack that take their object after "لـ": "تصدت القوات للمهاجمين"
_TAKES_LI = _keys("تصدي تصدت تصدوا يتصدي تتصدي يتصدون يتصدوا")
_NEAR = _keys("قرب بالقرب امام داخل محيط")  # "انفجارا وقع قرب السفارة": where, not who
_YOUTHS = _keys("شبان شباب فتيه فتيان")  # "رشق شبان قوات الاحتلال": no youths of the forces
_AID_CARRIERS = _keys("شاحنه شاحنات سفينه سفن طايره طايرات قافله قوافل")  # "شاحنات المساعدات"
_AID_GOODS = _keys("مساعدات مساعده اغاثه معونات")  # what "قوافل" carry
_IN_AID_OF = _keys("دعم مساعده اغاثه اعانه")  # "لدعم اللاجئين": those given to
# one person named in the singular: "مقتل عنصر" counts one
SINGULAR_PEOPLE = _keys(
    "عنصر جندي مدني طفل طفله شخص مواطن مواطنه ضابط مسلح صحفي شاب رجل امراه سيده مقاتل "
    "شرطي مسعف طبيب قيادي قايد زعيم ابن نجل شقيق معلم معلمه موظف حارس صياد مزارع تلميذ تلميذه "
    "جنديه متظاهر متظاهره محتج ناشط ناشطه صبي فتي فتاه متعاقد مستوطن مستوطنه سايق عسكري مجند مسوول "
    "سجين اسير معتقل رهينه موذن مهندس مدرس مدرسه محام محامي ممرض ممرضه تاجر نازح لاجي راع راعي "
    "قاض قاضي مختار طالب طالبه مراهق مراهقه صحفيه اعلاميه مصوره مراسله طبيبه مسعفه موظفه لاجيه نازحه اسيره "
    "معتقله سجينه مزارعه خطيب كاهن قس راهب حاخام عامل عضو نائب عميد عقيد مقدم رائد نقيب ملازم "
    "عريف رقيب"
)
_TALIBAN = lexical_key(normalize("طالبان"))
_BROKEN_PLURAL_PEOPLE = _keys("جندي طفل ضابط رجل شاب شخص عنصر طبيب زعيم")  # their dual in "ين" is no plural
# a consequence: the toll after it is of the act before it ("أسفرت الغارات عن مقتل 70")
CONSEQUENCE = _keys("اسفر اسفرت ادي ادت اوقع اوقعت خلف خلفت تسبب تسببت")
INJURY_WORDS = _keys(
    "اصيب اصيبت اصيبوا اصيبا يصاب تصاب يصابون اصابه اصابات جريح جريحا جريحين جرحي جرح جرحت جرحوا مصابين "
    "مصابا جريحان جرحا"
)
# nouns naming the victims themselves: a toll, never an event of its own ("سقوط قتلى")
CASUALTY_PEOPLE = _keys(
    "قتلي قتيل قتيلا قتيلين قتيلان ضحايا ضحيه جرحي جريح جريحا جريحين مصابين اصابات شهداء "
    "شهيد شهيدا"
)
_CASUALTY_WORDS = KILL_WORDS | INJURY_WORDS | CASUALTY_PEOPLE
_ASKED_BY = _keys("طلب دعوه")  # "جلسة بطلب من فرنسا", "بدعوة من": who asked for it
_ON_THEIR_WAY = _keys("قادم قادمه قادمين قادمون")  # "مسيرة قادمة من سوريا", "قوات قادمة إلى"
# the words "من" after which names whence, not by whom: "صاروخ أطلق من اليمن", "مسيرة قادمة
# من سوريا", "مسلحين تسللوا من أفغانستان"
_WHENCE = _ON_THEIR_WAY | _keys("اطلق اطلقت اطلقتا اطلقوا انطلق انطلقت تسلل تسللوا تسللت يتسللون متسللين متسللون")
# light verbs that do the act they carry ("شنت غارات", "نفذ هجوما"), and verbal nouns of
# theirs that no past verb shares ("ارتكاب"; "شن" is both, read as the verb unless after "بـ")
_DOING = frozenset(("sup.shann", "sup.naffadh", "sup.irtakaba", "sup.khada", "sup.aqdama", "sup.tabadala",
                    "sup.qama.bi"))
_VERBAL_NOUNS = _keys("ارتكاب خوض اقدام قيام")
_HAPPENED = _keys("وقع وقعت اندلع اندلعت دار دارت جري جرت تجدد تجددت")  # "اندلعت اشتباكات"
_DOCUMENTS = _keys("قرارا بيانا مشروعا تقريرا رساله مذكره")  # "قرارا ينتقد": a text that speaks
_DOCUMENT_NOUNS = _keys("قرار بيان تقرير رساله مذكره")  # ("القرار الذي يطالب")
# "، في بيان،", "في مؤتمر صحفي", "في اتصال هاتفي": where or how it was said
_SAID_IN = _keys(
    "بيان بيانا تصريح تصريحات كلمه مقابله رساله موتمر موتمرا لقاء حديث اتصال تغريده مكالمه تعليق خطاب "
    "تقرير")
_FIRST = _keys("اول")  # "في أول تعليق له"
_OUTBREAK = _keys("اندلاع بدء بدايه انطلاق")  # "منذ اندلاع الحرب": since it broke out
_WARS = _keys("حرب نزاع صراع ازمه ثوره انتفاضه احتجاجات حراك احداث عدوان غزو")  # a war, an uprising
_KILL_OR_INJURY = KILL_WORDS | INJURY_WORDS
# what dates or causes a clause: "بعد مقتل", "إثر الهجوم", "جراء القصف"; and the spans of
# time that may stand between ("بعد أشهر من الاحتجاجات")
_AFTER_OR_BECAUSE = _keys("بعد قبل اثر عقب اعقاب جراء بسبب")
# and the words of what an act answers: "بعد هجوم صاروخي", "ردا على غارة", "انتقاما لمقتل"
_FOLLOWING_OR_ANSWERING = _AFTER_OR_BECAUSE | _RESPOND | _REVENGE
# no verb follows these either: "اعتقال رجل بعد طعن ثلاثة أشخاص" (the stabbing), "بزعم محاولته
# طعن جندي" (an attempt's)
_BEFORE_NO_VERB = _PREPOSITIONS_NO_VERB | _AFTER_OR_BECAUSE | _keys("محاوله اي")  # ("أي تفاوض": any of it)
_CAUSED_BY = _keys("بسبب جراء نتيجه بفعل")
_EXTRADITION = "trg.cooperate.taslim.matlubin.verb"  # "سلمت السلطات مطلوبين": the wanted handed over
_SEND_FORCES = "trg.mobilize.arsal.verb"  # "أرسلت قوات", "نشرت قوات": the forces are sent
# "قتل فيها", "قتل خلالها": a toll told of what the pronoun points back to
_DURING_IT = _keys("في خلال")
_POSTED_IN = _keys("لدى في من")  # "سفيرها لدى إسرائيل": where an envoy serves
# an envoy: the summoned of another state ("استدعت السفير الروسي"), or the own one
# recalled ("استدعت سفيرها")
_ENVOYS = _keys(
    "سفير سفيرا سفراء سفيرين سفيران دبلوماسي دبلوماسيا دبلوماسيين القائم ممثل ممثلا مبعوث مبعوثا مفوض مفوضا "
    "ملحق ملحقا ملحقين"
)
_WAS = _keys("كان كانت كانوا")  # before a present verb: what went on for a time
_NOUN_MARKERS = _WAS | PLACE_NOUNS  # words before a verb form that make it a noun (see _told_of_subject)
_NAME_HEADS = _keys("بيت بني كفر دير عين تل ابو ام بير خربه")  # first words of towns' names: "بيت أمر"
_BE = _keys("يكون تكون يكونوا يكونا")  # "نفى أن يكون ... قد": denied to have been
_POLICE = _keys("شرطه شرطي امن")  # the police a match's fans may clash with
# words of a game: an attack or an injury among them is a match's
_SPORT = _keys("منتخب دوري شوط مباراه مباريات لاعب لاعبين لاعبو مدرب بطوله تصفيات كاس نادي ملعب هداف مهاجم "
               "فوز فاز فازت دقيقه جزاء حارس مشجعون مشجعين مشجعو مشجعي منافس")
# verbs of undertaking or managing an act, with the preposition before its verbal noun
_UNDERTAKING = {k: normalize(prep) for words, prep in (
    ("اقدم اقدمت اقدموا يقدم يقدمون", "على"), ("تمكن تمكنت تمكنوا يتمكن تتمكن", "من"),
) for k in _keys(words)}
_UNDERTOOK_TO = frozenset(_UNDERTAKING.values())
# "after": what a capture follows when the fighting is how the place was taken ("سيطر ...
# بعد معارك"), and what opens the clause of an act before the one told first
_AFTER_WORDS = _keys("بعد اثر عقب")
_BEFORE_OR_AFTER = _keys("قبل بعد")  # "قبل أن يستشهد": a clause of the act's doer's fate
_STABBING_VERB = "trg.assault.taan.verb"  # "طعن": to stab, or with "في" to appeal
_REPORT_NOUNS = _keys("تقارير تقرير انباء نبا معلومات")  # "التقارير عن قصف": what is reported
_INTENTS = _keys("نيه نوايا رغبه خطه خطط عزم استعداد")  # "لا نية لدى واشنطن لإرسال قوات"
_AT = lexical_key(normalize("لدى"))
_PROVEN = _keys("ثبت ثبتت تثبت يثبت ثبوت اثبات اثبتت اثبت يثبتوا")  # "لم تثبت إدانتهم"
_CHARGE_WORDS = _keys("تهمه تهم")  # "إدانته بتهمة"
_TIME_SPANS = _keys("ساعات ايام اسابيع اشهر شهور سنوات اعوام عقود")
_ACCUSING = lexical_key(normalize("اتهام"))  # the verbal noun, which takes the accused
# the verb of an accusation, which takes the accused before the charge's "ب" ("اتهم الجيش
# المسلحين بـ"): with "ب" right after it, it has none, and is the passive ("رجلا اتهم بالتجسس")
_ACCUSE_VERB = "trg.accuse.ittiham.verb"
# "استضافت الدوحة", "وتستضيف القاهرة" (the conjunction is not split off them)
_HOSTING = frozenset(c + k for k in _keys("استضاف استضافت يستضيف تستضيف ستستضيف سيستضيف تحتضن احتضنت يحتضن")
                     for c in ("", "و"))
# what one is suspected or accused of is one's own act: "المشتبه به في تفجير"
# "يشتبه في", "للاشتباه في": what one is suspected of follows
_SUSPICION = _keys("يشتبه تشتبه يشتبهون اشتباه للاشتباه بالاشتباه")
_SUSPECTED = _SUSPICION | _keys("مشتبه مشتبها مشتبهين متهم متهما متهمين تهمه تهم")
_WITNESS = _keys("شهد شهدت يشهد تشهد")  # "شهدت المدينة": where it happens
_WITNESSED = _keys("شهد شهدت")  # in the past: "شهدت طرابلس اشتباكات" tells them done
_DENY = _keys("نفي نفت نفوا ينفي تنفي")  # verbs of denial
_DENIERS = _DENY | _keys("رفض رفضت رفضوا يرفض ترفض")  # who denies accusations is their target
_PREVENTING = _keys("منع منعت منعوا يمنع تمنع")  # "منعت الشرطة مظاهرة": a march prevented
_UNTIL = frozenset(("حتي", "لحين", "ريثما"))  # "حتى إعلان وقف إطلاق النار": until
_UNTIL_REACHED = _keys("اعلان توصل وصول توقيع تحقيق الي")  # what brings it about
_FAVOURING = _keys("مويد مويده مويدين مويدون مويدا داعم داعمه داعمين داعمون متضامن متضامنه متضامنين مناصر مناصره مناصرين")
_RELIEF_SECTORS = frozenset(("UNO", "NGO", "HRI", "MED"))  # bodies that stop relief work, not fire
_OPERATIONS_STEM = "عمليات"  # "تعليق عملياتها": its operations
_RANKS_OF = "صفوف"  # "قتلى في صفوف الجيش": in the army's ranks
_CALLING_IT = _keys("وصف وصفت وصفوا يصف تصف")  # "وصفت الاتهامات بأنها لا أساس لها": called baseless
_BASELESS_CUE = "cue.negated.ariya"  # "عارية عن الصحة", "لا أساس لها من الصحة"
_OUTSKIRTS = _keys("اطراف ضواحي")  # "أطراف بلدة": the outskirts, not the parties
_AROUND = _OUTSKIRTS | _keys("ريف محيط")  # "ريف دمشق": around a town, where
_AGREEING_NUMBERS = _keys("واحد واحدا اثنان اثنين اثنتان اثنتين")  # numbers after what they count
_TARGETED_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE"})  # acts a targeting verb describes
_SENTENCE_ENDS = frozenset(".!?؟")
_CLAUSE_COMMAS = frozenset("،,؛;")
_TOWARD = _keys("نحو باتجاه اتجاه صوب الي علي")  # where a shot is aimed
_CIRCUMSTANCES = _keys("ظروف مكان اماكن مده فتره")  # "ظروف احتجازهم": a state one is in
_SUSPEND = _keys("تعليق علق علقت علقوا يعلق تعلق تجميد جمد جمدت")  # "تعليق مشاركتها في المحادثات"
BACKING = _keys("دعم مسانده مشاركه غطاء")  # "بدعم من": who backs an act
_DISCLOSE = _keys("الكشف الافصاح ذكر نشر")  # "طلب عدم الكشف عن هويته": who speaks unnamed
_IDENTITY = frozenset(normalize(w) for w in "هويته هويتها هويتهم هويتهما اسمه اسمها اسمهم اسماءهم".split())
_CARRYING = _keys("تقل يقل تنقل ينقل")  # "حافلة تقل جنودا": whose the vehicle is
_LOADED = _keys("محمله محملا محملين محملات محملتين تحمل يحمل تحملان يحملان")  # "شاحنة محملة بـ"
_LADEN = _CARRYING | _LOADED  # "سفينة تحمل أسلحة إيرانية": what it carries
# "الموالية لروسيا", "متظاهرين مؤيدين للفلسطينيين": a patron or a cause, not the owner
_LOYAL = _keys("موالي موالين مواليه مواليا موالون مويد مويدين مويده مويدا مويدون")
BACKED_BY = _keys("مدعوم مدعومه مدعومين مدعومون")  # "المدعومين من روسيا": a patron
_SIDES = _keys("مع ضد صالح لصالح")  # "مع طهران", "لصالح واشنطن": a capital as a side
_STATE_NAMES = ("act.country.", "act.capital.")  # the ids of the states' and capitals' entries
_ADDRESSING = frozenset(("REQUEST", "ACCUSE", "THREATEN", "SANCTION", "REJECT"))  # acts aimed at another
_STATE_BODIES = _keys("قوات جيش حكومه سلطات نظام")  # "قوات كيغالي": the state a capital names
# how a call's caller was found, when its object right after it is whom it asks
_ASKER_RULES = ("slot.vso", "slot.document", "slot.svo", "slot.participle", "slot.carry")
_ROUNDS = _keys("جوله جولات جلسه جلسات")


def _opens_act(toks, a: int, b: int, time_toks, noun: bool) -> bool:
    """The words ``a:b`` between a verb's place and the act that is its subject or object are
    a time and at most two words, or a round of the act: "جولة جديدة من"; or, between
    commas, only a time, before a noun: "وقع الطرفان في الرباط، امس الأربعاء، اتفاقا" (a
    participle after a comma opens a clause of its own: "في موسكو، متوعدا بالرد")."""
    if any(t.has_conj or t.key in COMPLEMENTIZERS or t.key in REPORTING for t in toks[a:b]):
        return False
    words = [t for i, t in enumerate(toks[a:b], a) if i not in time_toks]
    if any(_punct(t) for t in words):
        return noun and all(t.text in _CLAUSE_COMMAS for t in words)
    return len(words) <= 2 or (len(words) <= 4 and words[0].key in _ROUNDS and words[-1].key == "من")


_TRAVEL = _keys("زياره زيارته زيارتها زيارات وصول وصوله وصولها رحله جوله توجه عوده")  # "زيارته لموسكو"
_OFF = _keys("قباله")  # "off" a coast
_SITES = "act.generic.sites"  # sites and assets struck, with no owner named
_ADJECTIVE_PLACES = _keys("بحري")  # names that are an adjective after any noun ("لغم بحري")
# names that are also adjectives, with the nouns they qualify: "القوة القاهرة", "ظروف قاهرة"
_ADJECTIVE_NAMES = {"قاهره": _keys("قوه ظروف")}
_CONSTRUCT_NAMES = _keys("صور")  # names that are also a plural annexed to what follows ("صور القتلى")
_IDIOM_NAMES = {"مسقط": _keys("راس")}  # "مسقط رأس": a birthplace, not Muscat
_NAME_TRAPS = _CONSTRUCT_NAMES | frozenset(_IDIOM_NAMES)
_BEHIND = lexical_key(normalize("وراء"))  # "إيران وراء الهجوم": who is behind an act did it
_STANDING = _keys("يقف تقف يقفون وقف وقفت وقفوا")  # "يقف داعش وراء التفجير"
_PRETEXTS = _keys("حجه")  # names that after "ب" are a pretext: "بحجة البناء دون ترخيص"
_ALLEGED = _PRETEXTS | _keys("بزعم زعم مزاعم دعوي ادعاء ذريعه بذريعه")  # "بزعم", "بدعوى": what is alleged
_ALLEGATION = lexical_key(normalize("ادعاء"))  # (also the prosecution's: "الادعاء العام")
_ONE_RELATIVE = frozenset(("الذي", "التي"))  # "الشاب الذي قتل": a clause on one person
_OCCURRED = _keys("وقوع حدوث")  # "نفى وقوع أي ضربات": an act denied to have happened at all
_STOPPED = lexical_key(normalize("أوقفت"))  # an arrest, or a stop of what follows
# what is stopped, no one arrested: "أوقفت رحلاتها الجوية", "أوقفت صادرات الغاز"
_STOPPED_THINGS = _keys(
    "رحلات رحله صادرات واردات تصدير استيراد دراسه عمل ضخ انتاج ملاحه بث امدادات تعاون تنسيق "
    "اتصالات حركه تمويل برنامج خدمات نشاط انشطه"
)
# who strikes with what: aircraft strike from the air, artillery shells, "برصاص" shoots
AIRCRAFT = _keys(
    "طايره طايرات طايرتان طايرتين مسيره مسيرات مسيرتان مسيرتين مروحيه مروحيات مروحيتان مروحيتين مقاتلات مقاتله طيران"
)
DRONES = _keys("مسيره مسيرات مسيرتان مسيرتين")
_PLANES = _keys("طايره طايرات طايرتان طايرتين")
ARTILLERY = _keys("مدفعيه راجمات")
_MODEL_NAMES = _keys("اف سو ميغ ميج")  # a craft's model written apart from its number: "إف 16", "سو 24"
_MODEL = re.compile("^[a-zء-ي]{1,4}-[0-9]{1,3}$")  # a craft's model: "اف-16", "سو-24"
_PETITIONS_WRITTEN = _with_bi(" ".join(_PETITIONS))  # "تقدم الوزير بالشكر": as written, with its "ب"
_BLADES = _with_bi("سواطير ساطور سكاكين سكين عصي هراوات فووس حجاره")  # (and stones: "بالحجارة")
BULLETS = _keys("رصاص برصاص بالرصاص")
# weapons an attack is made with ("بصاروخين", "بالأسلحة الثقيلة", "بنيران")
_SHELLS = _keys("صاروخ صاروخا صاروخان صاروخين صواريخ قذيفه قذيفتان قذيفتين قذيفتي قذايف هاون مدافع دبابات")
_BOMBS = _keys("عبوه عبوات عبوتين عبوتان قنبله قنابل قنبلتين لغم لغما ألغام ألغاما الألغام متفجرات")
_HEAVY = _keys("ثقيله صاروخيه")  # "بالأسلحة الثقيلة", "بالأسلحة الصاروخية"
_GUNS = _keys("رشاشه رشاشات رشاش خفيفه بنادق")
_BARRELS = _keys("براميل برميل")  # "بالبراميل المتفجرة"
_EXPLOSIVE_ADJECTIVES = _keys("متفجره ناسفه")
_WEAPON_WORDS = ARTILLERY | _SHELLS | _GUNS | BULLETS | AIRCRAFT | _BARRELS | _keys("اسلحه")  # what one strikes "ب"
_TEAR_GAS_WORDS = _keys("غاز قنابل")
_SOME = _keys("عدد عده عشرات سلسله وابل رشقه")  # "بعدد من الصواريخ", "بعدة طائرات", "بوابل من القذائف"
_FIRE = _keys("نيران نار")
_GATHERING = "trg.protest.tajammu.noun"  # "تجمّع", "توافد": a protest only in a public place
_SHELTER = _keys("ايواء")  # "مركز إيواء": a shelter
_FACILITIES = _keys("مركز مركزا مراكز مخيم مخيما مخيمات مقر مقرا ملجا ملاجي داره دارا")  # built for a use
_HOLD = _keys("احتجز احتجزت احتجزوا يحتجز تحتجز احتجاز")  # (not a raid: "مداهمة منزله")
_CAUGHT = _keys("ضبطت ضبطوا ضبط")  # caught: people arrested, or goods seized
_UPROOTING = _keys("اقتلاع باقتلاع لاقتلاع")
_DETONATING = _keys("تفجير تفجيرا فجرت فجر فجروا")  # a detonation someone carries out
_UNEXPLODED = _keys("منفجره منفجر مخلفات")  # "ذخائر غير منفجرة", "مخلفات الحرب": old ordnance
_SIRENS = _keys("صفارات صافرات صفاره صافره اجهزه")  # "صفارات الإنذار": air-raid sirens
_UPROOTED_EVILS = _keys("ارهاب تطرف طايفيه عنصريه")  # "اقتلاع الإرهاب": rooted out, in words
# what "ضبط" keeps in check, no one caught: "ضبط النفس", "ضبط الحدود", "ضبط الأسعار"
_KEPT_IN_CHECK = _keys("نفس حدود امن اسعار اوضاع وضع اسواق ايقاع سلاح انفلات")
# what is seized rather than arrested: "ضبطت كميات من الأسلحة", "ضبطوا شحنة مخدرات"
_GOODS = _keys("كميات كميه اسلحه ذخائر ذخيره متفجرات مخدرات شحنه شحنات شحنتين اطنان اموال اجهزه معدات اعتده "
               "مخزن مخزنا مخازن مستودع مستودعا مستودعات")
# what is taken rather than a place taken: "استولت القوات على أسلحة ثقيلة"
_TAKEN_GOODS = _GOODS | _keys(
    "سلاح مركبه مركبات مركبتين سياره سيارات شاحنه شاحنات اليه اليات دبابه دبابات مدرعه مدرعات عربه عربات "
    "دبابتين دبابتان مدرعتين مدرعتان"
)
_CLAIMED = "sup.tabanna"  # "تبنته": claimed it
_MANAGED = "sup.tamakkana"  # "تمكن من", "نجح في": managed to, told before the act only
_LED = "sup.qada"  # "قادت": led (its suffixed forms are also "its leaders": "قادتها")
_DRONE_ENTRY = "act.generic.drones"  # "مسيرة": a drone, or a march
_AIR_FORCE = "act.generic.airforce"
_AIRCRAFT_ENTRIES = frozenset((_DRONE_ENTRY, _AIR_FORCE))  # "الطائرات" told again as "المسيرات"
_SWEEPING = "trg.assault.ghazw.verb"  # "اجتاح": forces invade, protests sweep
_HOLDING = _keys("بحوزه بحوزته بحوزتها بحوزتهم بحوزتهما معه معها معهم لديه لديها لديهم")  # "وضبطت بحوزتهم"
_HISTORY_DAYS = 3 * 365 + 1  # an act done longer before the article than this is history
_TALLY_DAYS = 27  # the dead counted over this many days or more are a tally ("خلال شهر فبراير")
_TALLY_SINCE_DAYS = 8  # and so are those counted since more than a week ago ("منذ السابع من أكتوبر")
# held since: "المعتقلين منذ عامين", "المحتجزين منذ أشهر"
_HELD = _keys("معتقل معتقلين معتقلون معتقلات محتجز محتجزين محتجزون محتجزات مسجون مسجونين مختطفين مخطوفين")
_SINCE = _keys("منذ")
_SOME_OF_THEM = _keys("بينهم منهم معظمهم غالبيتهم اغلبهم")  # "، بينهم عسكري،", "، معظمهم من العلويين،"
_MEDIATE = "045"  # the CAMEO code of mediation ("بوساطة تركية")
_MEMBERSHIPS = _keys("عضويه مشاركه")  # "تعليق عضوية السودان": the state suspended
_FORCE_BODIES = _keys("قوات قوه")  # a body of forces, not men counted one by one
_IN_NAME_OF = _keys("باسم")  # "المتحدث باسم": a spokesman's title ends with it
_MEDIATION = _keys("وساطه رعايه بوساطه برعايه")  # "بوساطة قطرية", "برعاية أمريكية": a third party's
# "فرض عقوبات تشمل تجميد الأصول وحظر السفر", "حظر سفر وتجميد أصول": one sanction
_PACKAGE = _keys("عقوبات حزمه حظر تجميد")
_SPEECH_VENUES = _keys("موتمر صحفي بيان تصريح تصريحات مقابله كلمه خطاب")  # "في مؤتمر صحفي بجنيف"
_STABBING = _keys("طعن")
_LIFTING = _keys("رفع رفعت رفعوا يرفع ترفع الغي الغت الغوا يلغي تلغي")  # "رفعت الحكومة حالة الطوارئ"
_HEADING = _keys("باتجاه اتجاه تجاه صوب")  # where a thing launched was headed ("نحو" is also "about")
_BACKGROUND = lexical_key(normalize("خلفية"))  # "على خلفية الاشتباكات": what a step follows
_CIVIL_POWERS = frozenset(("GOV", "LEG", "JUD"))  # bodies that decide, not fight
_DONE_BY_NO_ONE = _keys("تم يتم تتم")  # "تم اعتقال": the passive, of no subject
_NAMED_GATHERINGS = _keys("موتمر منتدي مسار")  # "مؤتمر بروكسل", "مسار أستانا": named after a city
_REMAINS = _keys("جثث جثه جثامين جثمان رفات")  # "جثث أربعة رهائن": the dead handed over
_PROTESTED = _keys("احتج احتجت احتجوا يحتج تحتج يحتجون احتجاج احتجاجا")  # "احتجت الصين لدى اليابان", "احتجاجها"
_BORDER = _keys("حدود حدوديه")  # "قرب الحدود مع الكاميرون", "المناطق الحدودية مع سوريا"
_DESCRIBED = ("وصف", "ووصف")  # "وصفه بأنه مذبحة", "وصفتها بالمجزرة": what it is called
_ADVERBS = frozenset(("عسكريا", "امنيا"))  # "التدخل عسكريا": militarily
_OPPOSING = _keys("مناهض مناهضه مناهضين مناهضون معارض معارضه رافض رافضه رافضين رافضون")
_NAMED_STREETS = _keys("حي شارع ساحه ميدان دوار جسر")  # "حي الطيران": a place named after a body
_WHOLE_LANDS = frozenset(("country", "water"))  # a side of these is a larger portion: ACLED's precision 3
_NAMED_SITES = _UNIVERSITY | _keys("مستشفي مدرسه معهد جامع مسجد ملعب فندق")  # "جامعة دمشق": named after a city
_UNLESS = _keys("اذا ان ما")  # "إذا لم", "إن لم", "ما لم": unless
_RULE_OUT = _keys("يستبعد تستبعد يستبعدوا نستبعد")  # "لم يستبعد": did not rule out
# who spreads lies or rumours: "ناشري الأكاذيب", "بث الشائعات"
_SPREADING = ("نشر", "ناشر", "مروج", "ترويج", "روج", "بث", "مطلق")
# verbs and participles of calling something something, as written: "وصفت", "واصفا", "اعتبر"
_DESCRIBING = ("وصف", "واصف", "يصف", "تصف", "اعتبر", "معتبر", "يعتبر", "تعتبر")
_AS_BEING = _keys("بان بانه بانها بانهم بانهما")  # "وصفها بأنها ..."
_IT_WAS = _keys("هو هي")  # "وهو ما وصفته"
_PHONED = "هاتف"  # the verb "هاتف" (phoned), as a key
_PLEDGES = _keys("تعهد تعهدت تعهدوا يتعهد تتعهد")  # "تعهد بـ": pledged
# stems of pursuing and punishing: "بملاحقة", "ستحاسب", "بمعاقبة", "بسحق"
_PUNISHING = ("ملاحق", "لاحق", "يلاحق", "تلاحق", "نلاحق", "محاسب", "حاسب", "يحاسب", "تحاسب", "نحاسب",
              "معاقب", "عاقب", "يعاقب", "تعاقب", "نعاقب", "سحق", "الثار", "ثار", "الانتقام", "انتقام",
              "حساب", "قصاص", "القصاص")  # ("تعهد بـ"حساب عسير"")
_ANSWERED_FOR = _keys("علي عن")  # "محاسبة المسؤولين عن الهجوم": what one answers for
# verbs of recording what others did: "رصد المرصد", "وثقت المنظمة", "سجلت البعثة"
_RECORDING = _keys("رصد رصدت رصدوا سجل سجلت سجلوا وثق وثقت وثقوا أحصى أحصت")
_MOURNING = _keys("نعى نعت نعوا ينعى تنعى شيع شيعت شيعوا")  # who mourns or buries the dead
# "إرسال وفد إلى", "أنه سيتوجه إلى مسقط"
_SENDING_OR_GOING = _keys(
    "ارسال ايفاد بعث بعثت يبعث ابتعاث ارسل يرسل ترسل ارسلت ارسلوا اوفد يوفد توفد اوفدت "
    "توجه يتوجه تتوجه سيتوجه ستتوجه توجهت توجهوا")
# what is launched from a land or comes from it: "صواريخ أطلقت من الأراضي اللبنانية",
# "طائرة مسيرة قادمة من", "متسللين من"
_CAME_FROM = _WHENCE | _keys("اطلقا متسلل") | _SHELLS  # ("أطلقها" is keyed "اطلق")
_SUPPORT_NOUNS = _keys("استدعاء ارسال")  # light verbs' nouns: "أعلن استدعاء ... الاحتياط"
_HOLD_OF = _keys("سيطره قبضه")  # "كانت تحت سيطرة الحركة": whose ground it was
# gatherings of men, the "لـ" or "من" after them theirs: "وسط تجمع لعناصر الشرطة", "استهداف تجمع
# لجنود الاحتلال"
_GATHERINGS = _keys("تجمع تجمعا تجمعات تجمهر حشد حشدا حشود")
_PARTICIPLE_ADJECTIVES = _keys("مهاجمه")  # "القوات المهاجمة": attacking, no attack
_DENIAL = "cue.negated.nafa"  # "نفى": denied
_ACROSS = _keys("عبر فوق علي في قرب داخل")  # where strikes fell, before their clause
# how large or fierce an attack was: "هجوما واسعا على عدة مدن استهدف"
_INTENSITY = _keys(
    "واسع واسعا واسعه عنيف عنيفا عنيفه كبير كبيرا كبيره مكثف مكثفا مكثفه جديد جديدا جديده "
    "شامل شاملا شامله مباغت مباغتا مباغته"
)
_STILL = _keys("يزال تزال يزالون تزالان يزالان نزال ازال")  # "لا يزال": still
_FOREMOST = _keys("ابرز اهم اكبر")  # "سبعة من أبرز قادة المعارضة": a count of the foremost
# the light verbs that tell an act themselves, by type or by the noun's entry: an agreement
# signed ("وقع"), prisoners exchanged ("تبادلت"), fire, gas, shells or drones fired ("أطلق النار",
# "أطلقت قوات حرس الحدود قذائف")
_ACT_VERBS = {"AGREE": "sup.waqqaa", "RETREAT": "sup.tabadala", "trg.assault.nar.fired.noun": "sup.atlaqa",
               "trg.assault.tafriq.noun": "sup.atlaqa", "trg.assault.sawarikh.fired.noun": "sup.atlaqa",
               "trg.assault.musayyara.fired.noun": "sup.atlaqa", "trg.assault.itlaq.sawarikh.noun": "sup.atlaqa"}
_ARMY_ENTRY = "act.generic.military"
_GENERIC_FORCES = frozenset({_ARMY_ENTRY, "act.generic.police"})  # "موقع عسكري", "كمين أمني"
_VEHICLES = _keys("اليات اليه مدرعات مدرعه دبابات دبابه عربات عربه")  # "آليات": armoured vehicles
_CARS = _keys("سياره سيارات سيارتين سيارتان مركبه مركبات")  # people's cars, no army's vehicles
_MILITARY_SITES = _keys(  # sites struck by armed groups that are the army's, not the state's
    "موقع مواقع موقعا مواقعا مواقعه مواقعها دوريه دوريات قافله قوافل رتل رتلا ارتال دبابه مدرعه "
    "دبابتين دبابتان مدرعتين مدرعتان "
    "نقاط نقطه حاجز حواجز حاجزا معقل معاقل معقلا ثكنه ثكنات قاعده قاعدتين قاعدتان قواعد معسكر معسكرا معسكرات")
_POSTS = _MILITARY_SITES | _keys("كمين كمينا")  # where a state's men are posted: "كمين أمني"
_FEMININE_BODIES = _keys("شرطه حكومه سلطه جماعه حركه")  # "الشرطة الفلسطينيين": no adjective of theirs
_STATE_SECURITY = "act.generic.state_security"  # "الأمن التونسي": only with its state named
# what security forces do, with "الأمن" as the subject after the verb: "اعتقل الأمن ناشطين"
_SECURITY_ACTS = _keys("اعتقل داهم اوقف القي فض فرق احتجز اقتحم قمع استدعي استجوب طارد لاحق")
_DEPUTIES = frozenset({"act.pronoun.deputy", "act.pronoun.colleagues"})  # "اتهم الرئيس نائبه": of the same state
_OWN_COUNTRY = "act.pronoun.own_country"  # "بلاده": the speaker's state
_PROTESTER_ENTRIES = frozenset({"act.generic.protesters"})  # whom force against is crowd-control
_OPPOSITION = re.compile(r"و?(ال|لل)?معارضه\b")  # "المعارضة", "والمعارضة"
# people named by no nationality nor residence: protesters when they protest
_PROTESTING_PEOPLE = frozenset({"act.generic.civilian_groups", "act.generic.persons", "act.generic.revolutionaries",
                                # (staff and unions on strike, lawyers in a sit-in, a community abroad, women)
                                "act.generic.aid_workers", "act.org.labour", "act.org.union.professions",
                                "act.org.ugtt", "act.generic.lawyers", "act.generic.community",
                                "act.generic.children_women"})
# "أنصار حزب الله": of a group, not its men; "أنصار الرئيس السابق": a man's supporters
_SUPPORTERS = _keys("انصار مناصري مناصرو مويدي مويدو")
_WHOLE = frozenset(("باكملها", "باكمله", "بكاملها", "بكامله", "برمتها", "برمته", "كلها", "كله"))  # all of it
# what is heading for or coming from a place ("سفينة متجهة إلى اليمن") is not there
_BOUND = _keys("متجه متجهه متجهين متجهون متوجه متوجهه متوجهين") | _ON_THEIR_WAY
_BOUND_FOR = _keys("الي نحو من")
# plans, which one who rejects them would not carry out
_PLANS = _keys("مخطط مخططات مخططا خطط خطه مشروع مشاريع مشروعا موامره مقترح مقترحا اقتراح اقتراحا قرار قرارا")
_SUBJECT_TO = _keys("خاضعه خاضع خاضعين")  # "الخاضعة لحظر التجول"
_LEVEL_OF = _keys("مستوى مستويات")  # "مستوى التهديد": a scale, no act
_FREE = "حرر"  # "حررت", "حرروا": freed
_HEDGING = _keys("يرجح يعتقد يحتمل يشتبه")  # "طائرات يرجح أنها روسية"
# verbs of allowing: "لن يسمح بأي اعتداء"; the matcher keeps the "ب" of what one allows after
# them ("سمحت السلطات بدخول المساعدات")
ALLOW_VERBS = _keys("سمح سمحت سمحوا يسمح تسمح نسمح اسمح يسمحون يسمحوا")
_CARRY_OUT = "sup.naffadh"  # "نفذت حكم الإعدام": an execution
_DEATHS = _keys("اعدام قتل")  # the death of a sentence (and the Gulf's "نفذت حكم القتل تعزيرا")
_SENTENCED = _keys("قضت قضي حكمت حكم")  # a court's verb before "بإعدام": a sentence
_ORDER = "trg.request.amr.verb"  # "أمرت النيابة بحبس الصحفي": an order
# what a court's or a prosecutor's order makes so: a detention, a release, a sentence
_ORDERED_BY_COURT = frozenset((("COERCE", "arrest"), ("RETREAT", "release"), ("SANCTION", "convict")))
# feminine verbal nouns that are also the participle of their verb: "مطالبة"
_PARTICIPLE_NOUNS = _keys("مطالبه")
# "مشتبها بالانتماء إلى داعش", "يشتبه بانتمائهم لتنظيم", "عناصر تنتمي إلى": members of it
_MEMBERSHIP = _keys(
    "بالانتماء انتماء بانتمايهم انتمايهم لانتمايهم تنتمي ينتمي ينتمون منتمين منتمون يشتبه")
_THREAT_NOUN = "تهديد"  # "وجه تهديدا لحزب الله", "تهديدات": whom a threat is aimed at, after "لـ"
_SETTING = _keys("نصب نصبت نصبوا نصبا نصبتا ينصب تنصب ينصبون ينصبوا")  # an ambush set (for whom: "لـ")
_WHILE = _keys("فيما بينما")  # after a comma: another clause (and "في حين": see _while_clause)
_MEASURES = _keys("خطوه خطوات اجراء اجراءات قرار قرارات عقوبات تدابير سياسه سياسات")  # what is aimed
_EXTREMIST = _keys("متطرفون متطرفين متشددون متشددين")  # people's adjectives as well as nouns
_REBEL_ADJECTIVES = _keys("انفصاليه متمرده انقلابيه")  # "القوات الانفصالية": forces in revolt
_TITLE_OFFICES = _keys("مكتب عمليات شوون قسم اداره دايره كتيبه فرقه سريه وحده فوج جناح")  # a title's office or unit
_MEMBER_STATES = _keys("دول")  # "قادة دول مجموعة السبع": the states of a body
_MINISTRIES = _keys("خارجيه داخليه")  # "وزراء خارجية دول الخليج": a ministry, no adjective
_ON_REQUEST = _keys("علي بناء")  # "بناء على طلب من", "على طلب من"
_PRISON_PLACE = _keys("في من الي داخل خارج امام بوابه باب اداره مدير زنزانه اسوار ساحه حراس حارس نزلاء")
_PRISON_KINDS = _keys("الوطني المدني المركزي العسكري الرئيسي")
_FACILITY = _keys("مركز مراكز معسكر معسكرات مرفق مرافق منشاه منشات")
_ENDING = _keys("انهاء")
_TRUCE_ENDED = _keys("انتهاء انتهت انهيار انهارت انقضاء نهايه")
_WITHOUT = _keys("دون بدون")
# "for the first time since", "the fiercest ... since": a comparison over the time since
_FIRSTS = _keys("اول اولي اعنف اكبر اكثر اسوا اشد اخطر ادمي اعلي اطول اوسع افدح اضخم اقوي")
# "بتهمة التحريض على", "متورطة في القتال": what one is charged with or implicated in
_CHARGES = _keys("تهمه تهم متورط متورطه متورطين متورطون متورطا")
_CRIME_NOUNS = _keys("جرائم قضايا")  # "بجرائم قتل", "في قضايا قتل": crimes of a kind
_CHARGED_OR_ALLEGED = _CHARGES | _ALLEGED  # what one is charged with or acted on the claim of
_FAILING = _keys("فشل فشلت فشلوا فشلا فشلتا اخفق اخفقت اخفقوا اخفقا اخفقتا")  # "فشلت المفاوضات في التوصل إلى اتفاق"
_UNABLE = _keys("تتمكن يتمكن يتمكنوا تتمكنا يتمكنا")  # "لم تتمكن القوات من اقتحام البلدة"
_NOT_PAST = _keys("لم")
_DENYING = _keys("لم لن")  # what denies the verb after it, past or to come
_MILLIONS = _keys("ملايين الاف")  # (counts "parse_number" leaves to the words before)
_MULTIPLIERS = {lexical_key(normalize(w)): m for w, m in (("آلاف", 1000), ("ملايين", 1_000_000))}  # "عشرة آلاف"
_CAPITAL_WORD = _keys("عاصمه")  # "العاصمة الجزائرية"
_LAND = "بلاد"  # "جنوب البلاد": the country the sentence names
_STRIP = "قطاع"  # "شمال القطاع": the Gaza Strip
_STRIP_ID = "plc.pse.gaza-strip"
_STRIP_STATES = frozenset(("PSE", "ISR"))  # the stories "القطاع" alone is the Strip in
# the adjectives of the Strip ("القطاع الفلسطيني", "القطاع المحاصر"), where any other after the
# word makes it a sector ("القطاع الخاص", "القطاع الصحي")
_STRIP_ADJECTIVES = _keys("فلسطيني محاصر ساحلي")
_STATE_SECTORS = _DOMESTIC_SECTORS | {"GOV"}  # a state's organs at home, named with its country
_ARMY = "جيش"
_ANY = _keys("اي")  # "أي هجوم"
_COMMON_KINDS = frozenset(("generic", "pronoun", "title"))  # actors named by a common noun
_NOT = _keys("ليس ليست")
_PAST_NOT = _keys("لم")
_RESULTED = _keys("يسفر تسفر يودي تودي يوقع توقع يخلف تخلف")  # "لم يسفر عن"
_CONSEQUENCES = CONSEQUENCE | _RESULTED
_ROADS = _keys("طريق الطريق طرق محور خط")  # "الطريق بين مأرب وصرواح"
_JOINING = _keys("يربط تربط يصل تصل يفصل تفصل الرابط الرابطه الواصل الواصله الفاصل الفاصله")  # "يربط بين"
_DURING = _keys("خلال في اثناء")
_SPANS_TO_COME = _keys("الايام الاسابيع الاشهر الشهور الساعات الفتره المرحله")  # "خلال الأيام المقبلة"
_COMING = _keys("المقبله القادمه")
_WITHIN = lexical_key(normalize("غضون"))  # "في غضون 48 ساعة": within
_RELIEF_WORK = _keys("اسقاط اجلاء انقاذ اغاثه اسعاف اخلاء اطفاء توزيع اعمار ترميم")  # "عمليات إجلاء"
# "أفرجت عن رهينتين مقابل إطلاق سراح الأسرى": what is given in exchange is the other side's act
_IN_EXCHANGE = _keys("مقابل")
# an inquiry and what it is into: "فتحت النيابة تحقيقا في مقتل الصحفي"
_INQUIRIES = _keys("تحقيق تحقيقا تحقيقات")
_INTO = _keys("في حول بشان")
_INQUIRED_MATTERS = _keys("ملابسات ظروف")  # "تحقيق في ملابسات مقتل"
# pictures of an act: "تداول ناشطون صورا للهجوم", "مقطعا مصورا للاشتباكات"
_PICTURES = _keys("صور صورا صوره مشاهد لقطات فيديو فيديوهات مقطع مقطعا مقاطع تسجيل تسجيلا تسجيلات")
_FILMED = _keys("مصور مصورا مصوره")
# what is published, not deployed: "نشر الجيش بيانا"
_PUBLISHED = _PICTURES | _keys("بيان بيانا بيانات تقرير تقريرا تقارير خريطه")
# a site online: "في بيان نشرته على موقع تابع لها", "مواقع التواصل"
_PUBLISHING = ("نشر", "بث")
_ONLINE = ("لكتروني", "لكترونيه", "التواصل")
_EXCHANGED = "trg.retreat.tabadul.noun"  # prisoners exchanged
_MARCHES = _GATHERINGS | _keys("مسيره مسيرات مظاهره مظاهرات تظاهره تظاهرات وقفه اعتصام")  # a crowd's gathering
# the adjectives a head ends in, which then heads no construct: "طائرات مسيرة", "سيارة
# مفخخة", "جماعات مسلحة", "جماعة متطرفة"
_FINAL_ADJECTIVES = _keys("مسيره مفخخه ناسفه مسلحه متطرفه متشدده متمرده")
_IF_CUE = "cue.possible.shart"  # "في حال", "إذا": a condition
_STATES_IN = _keys("حرجه خطيره مستقره صحيه سيئه حرب تاهب استنفار ذعر ترقب هدوء صدمه غيبوبه")
_HELD_AREAS = _keys("مناطق منطقه سيطره خاضعه")  # "من مناطق سيطرة الحوثيين", "من منطقة خاضعة لسيطرة"
_BOMBER = "انتحاري"  # "انتحاري", "انتحاريا", "انتحاريان": suicide bombers
_SOCIAL_MEDIA = _keys("موقع مواقع وسايل شبكات منصات")  # "مواقع التواصل": social media, no act going on
_RANKS = _keys("اللواء العميد العقيد الجنرال المشير العماد الفريق")  # "... اللواء عمر سليمان": a rank
_HONORIFICS = _keys("الامير الملك الشيخ السلطان")  # "وزير الخارجية السعودي الأمير فيصل بن فرحان"
_NAME_COMPOUNDS = _keys("عبد ابو")  # "عبد الرحمن", "أبو الغيط": a name's word before the article
_ARMS_FLOW = _keys("توريد بيع تصدير امداد شحن نقل")  # "حظر توريد الأسلحة إلى": arms to whom
_ASSASSINATED = _keys("اغتيل اغتيلت اغتيلوا اغتيلا")  # "اغتيل ... بانفجار عبوة": the assassination
# a preposition with a pronoun, after a verb ("رحبت بها مقديشو"): the subject follows
_PREP_PRONOUNS = _keys("به بها بهم بهما له لها لهم لهما عليه عليها عليهم")
_BESIDE = _keys("جانب")  # "الوقوف إلى جانب": the side one stands by follows
_AMID = _keys("خلال اثناء ختام")  # "خلال زيارته", "في ختام اجتماعهم"
_PRISON = _keys("سجن")
_GRANT = _keys("منحه")
_SITE_ADJECTIVES = {k: "MIL" for k in _keys("عسكريه عسكري جويه بحريه")} | {k: "CVL" for k in _keys(
    "مدنيه مدني سكنيه تجاريه تجاري")}  # ("قافلة تجارية": goods, no side's)
# armour, troop columns and bases: a state's are its forces' ("دبابة إسرائيلية", "رتل عسكري
# تركي", "قاعدة أمريكية")
_ARMOUR = _keys(
    "دبابه دبابات دبابتين دبابتان مدرعه مدرعات مدرعتين مدرعتان رتل رتلا ارتال دوريه دوريات قاعده قاعدتين "
    "قاعدتان قواعد"
)
_OF_PROTESTERS = _keys("قتله مطالب حمايه حقوق اسر عايلات ذوي اهالي")  # "قتلة المحتجين"
# craft an act names as its object ("إسقاط طائرة"): an adjective after them is theirs
CRAFT = _keys("طايره طايرات مسيره مسيرات مروحيه مروحيات صاروخ صواريخ صاروخا سفينه ناقله زورق منطاد منطادا")
_BE_SUBJUNCTIVE = _keys("يكون تكون يكونوا تكونوا يكونا تكونا")  # "أن يكون قد": the subject is its own
SHOOT_DOWN = _keys("اسقاط اسقط اسقطت اسقطوا اعتراض اعترض اعترضت اعترضوا")
EXCHANGE = _keys("تبادل تبادلت تبادلوا تبادلا تبادلتا يتبادل تتبادل يتبادلون")  # "تبادل إطلاق النار"
_FORCES = frozenset({"MIL", "COP", "SPY"})  # a state's armed forces, police and intelligence
_ARRIVAL = "trg.mobilize.wusul.verb"  # "وصلت قوات": forces deployed, or an official visiting
_TITLES = "act.title."  # the entries of office holders named by their title
_UNARMED_REPORTERS = frozenset({"NGO", "UNO", "IGO", "HRI", "MED", "JRN"})  # who tell of attacks, never make them
_OFFICE_HEADS = _keys("قايد رييس وزير مدير نايب مستشار")  # "قائد القيادة المركزية": one man
_VISITORS = frozenset({"GOV", "IGO", "UNO", "LEG"})  # officials whose arrival is a visit
_DELEGATIONS = _keys("وفد وفدا وفود وفدان وفدين")  # whoever sends them, they arrive to talk
_ENTRY = "trg.coerce.dukhul.verb"  # "دخلت القوات مدينة جنين": only of armed men, into a place
_STATE_FORCES = _FORCES | {"JUD"}  # and its courts: never who protests
BELONGING = _keys("تابع تابعه تابعين تابعون تابعا")  # "belonging to": "قوات تابعة للجيش"
_DATELINE_MARKS = frozenset(("(", "-", "–", "—", ":"))
# acts done to things as well as to people (the others are said or given to someone)
_PHYSICAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID", "THREATEN"})
_PLACE_NOUNS_OR_STREETS = PLACE_NOUNS | LOCAL_HEADS | _STREETS
OPERATIONS = _keys("عمليات")  # a counter noun before an act's noun: "عمليات تنكيل"
# offices named after the operations they run: "المدير العام للعمليات العسكرية", "غرفة عمليات"
_OFFICES = _keys("مدير مديرا مديري مديرو مديران مديرين اداره هيئه غرفه قياده مركز شعبه قاطع")  # "قاطع عمليات": a sector
_GENERAL = _keys("عام عامان عامين")
_OPERATION = _keys("عمليه")  # "عملية الخطف": the act's noun after it
_BENEFICIARY_TYPES = frozenset({"SUPPORT", "AID", "CONCEDE"})  # "ل" after them marks whom they are for
# "أعرب عن دعمه": an act one expresses is told, not talked about
_ACCOMPANYING = _keys("معربا معربه معربين")  # a participle of the subject's own act
# "أفاد المجلس، في بيان، بمقتل ..، واصفا الحادث بأنه جريمة": who calls it so is the
# sentence's subject
_DESCRIBING_AS = _keys("واصفا واصفه واصفين معتبرا معتبره معتبرين")
_CALLED_CRIME = "trg.accuse.wasf.noun"  # "وصفت الهجوم بأنه جريمة": a denunciation
_PERPETRATORS = "act.generic.attackers"  # "منفذي التفجير": who did an act told before
EXPRESS = _keys("اعرب اعربت اعربوا يعرب تعرب عبر عبرت عبروا ابدي ابدت ابدوا") | _ACCOMPANYING
_SITE_HEADS = PLACE_NOUNS | LOCAL_HEADS | _keys("عاصمه قصر مقر")  # "في قصر بيان": where
# agreements and processes named after a city ("اتفاق ستوكهولم", "مسار أستانا")
_NAMED_AFTER_PLACES = _keys("اتفاق اتفاقيه اتفاقات مسار مسارات منصه مخرجات معاهده")
_WHERE_PREPS = LOCATIVE - {"من"}  # a phrase after these is a place (not "من": "عدد من" counts)
# the dead (and "اغتال", whose subject is no victim, counts them in its toll only)
_BODIES_OF_THE_DEAD = _keys("جثث جثامين")  # "انتشال جثث 15 شخصا": the dead of a toll
_CHARGES_BROUGHT = "trg.accuse.tawjih.tuhma.verb"  # "وجهت تهمة القتل لثلاثة متهمين": to whom
_LED_AWAY = ("اقتاد", "يقتاد", "تقتاد")  # "واقتادوه إلى جهة مجهولة": the one seized, led away
_THEN_OR_ALSO = _keys("ثم كما")  # "قتل مسلحون سائقا ثم أحرقوا سيارته", "، كما دمرت": another act
_JOINING_A_BODY = _keys("الانضمام الانتماء")  # "تهمة الانضمام إلى جماعة": the body is the charge's
_CLOSED = _keys("اغلق اغلقت اغلاق اغلقوا يغلق تغلق")  # a closure, and "أمام" whom it shuts out
_KILLED = (KILL_WORDS | {"قتلي", "قتيل", "قتيلا", "قتيلين", "شهداء", "شهيدا"} | _keys("اغتال اغتالت اغتالوا")
           | _BODIES_OF_THE_DEAD)
_KILL_OR_PEOPLE = KILL_WORDS | CASUALTY_PEOPLE
_FATE = _keys("حتفه حتفهم حتفهما حتفها مصرعه مصرعهم مصرعهما مصرعها")  # "لقي حتفه": the end of its clause
_TOLL_WORDS = _KILLED | INJURY_WORDS | CASUALTY_PEOPLE  # words a toll is counted after
_TWO_CASUALTIES = _keys("قتيلان قتيلين شهيدان شهيدين جريحان جريحين")  # two dead, two hurt
_VICTIMS = _keys("ضحايا ضحيه")  # the dead or the hurt
_FREED = _keys("حرر حررت حرروا")  # freed: people, or places
_WENT = frozenset({"راح", "ذهب"})  # "راح ضحيتها": fell its victims
_COMMITTING = _keys("مرتكبا مرتكبه مرتكبين مخلفا مخلفه مخلفين موقعا موقعه")  # "مرتكبة مجزرة"
# "في بيان نقلته وكالة ... أمس": a statement relayed, whose date is the report's
_RELAYED = frozenset(normalize(w) for w in (
    "نقلته نقلتها نقله نشرته نشرتها نشره اوردته اوردتها اورده بثته بثتها بثه".split()))
_PLACE_NOUNS_OR_DIRECTIONS = PLACE_NOUNS | DIRECTIONS
# villages, towns and quarters an attack strikes: their people are its target ("هاجم
# مستوطنون بلدة ترمسعيا"); not a city, named for where ("قصفت الطائرات مدينة حلب")
_SETTLEMENTS = _keys("قريه قريتين قريتي قريتا قرى بلده بلدتين بلدتي بلدتا بلدات احياء مستوطنه مستوطنات")
_OPERATION_NOUNS = frozenset(("trg.assault.amaliya.askariya.noun", "trg.assault.amaliyat.noun"))
_CAMPS = _keys("مخيم مخيمات")  # the word of a camp of refugees or the displaced
_SOME_OF = _keys("بعض عدد العديد من")  # "بعض القرى", "العديد من القرى"
# the nouns of fighting between two sides, named together after them ("اشتباكات الجيش
# والمسلحين")
_CLASHES = frozenset(("trg.assault.ishtibak.noun", "trg.assault.muwajahat.noun", "trg.assault.maaraka.noun",
                      "trg.assault.qital.noun"))
# what talks are about: "لبحث سبل", "حول آليات", "بشأن"; and "تركز على", "تهدف إلى"
_TALK_TOPICS = _keys("حول بشان لبحث لمناقشه سبل اليات اليه")
_PLANNING = _keys("امكانيه احتمال خطه خطط شن تنفيذ")  # "بحث إمكانية الهجوم": an act not yet made
_DISCUSSING = _keys("بحث لبحث مناقشه لمناقشه بحثت ناقش ناقشت يبحث تبحث يناقش تناقش بحثا ناقشا تبحثان يبحثان")
_TOPIC_PREPS = _keys("علي الي")
_FOCUSED = _keys("تركز ستركز يركز سيركز تتركز يتركز تهدف يهدف ستهدف تتمحور يتمحور")
# nouns of attacks that name no verb's act: a pronoun on them is the attacker ("هجماتها",
# "غاراتهم"), where one on a verbal noun is whom it is done to ("استهدافها", "محاصرتهم")
_AMONG_THEM = frozenset(("بينها", "بينهم", "بينهما", "بينهن"))  # "مجموعات بينها هيئة تحرير الشام"
_WITHDRAWAL = "انسحاب"  # the verbal noun of withdrawing, which takes no object
_ATTACKS_OF = _keys("هجوم هجمات هجمه هجمتين غاره غارات ضربه ضربات معارك معركه اعتداء اعتداءات عمليات عمليه")
_BEFALLEN_BY = _keys("ضد بحق")  # after what is condemned: whom that act befell, not who is condemned
_ATTACKS_IN = _ATTACKS_OF | _keys("قصف انفجار تفجير كمين")  # "اغتيل في غارة": how
_CONTROL = "trg.assault.saytara.verb"  # "سيطرت على": control taken of a place
_SANCTIONS = "trg.sanction.uqubat.noun"  # "عقوبات", "حظر السلاح"
_IMPOSING = "trg.sanction.uqubat.verb"  # "فرضت", "أدرجت": the bare verbs of a sanction
_ARREST_VERB = "trg.coerce.itaqal.verb"  # "اعتقلت", "قبضت على"
_GRIP = "قبض"  # "قبضتها": a grip, where the word carries a pronoun
_INTO_HANDS = "trg.assault.saytara.hands.noun"  # "سقطت المدينة في يد الفصائل": taken by them
_UNDER_CONTROL = "trg.assault.saytara.under.noun"  # "باتت المدينة تحت سيطرة الفصائل"
_HOMES = "act.generic.property"  # homes and civilian buildings: "منزل أسير" is the prisoner's
_MILITARY_ADJECTIVE = "عسكري"  # "تدخل عسكري": an adjective after a noun, a soldier after a verb
_MILITARY_ADJECTIVES = frozenset((_MILITARY_ADJECTIVE, "عسكريا"))  # (and its accusative)
_RIGGED = "مفخخه"  # alone, a car bomb ("انفجار مفخخة"); after a thing, its adjective
_RIGGED_THINGS = _keys("مسيره مسيرات طائره طائرات طيارات زورق زوارق قارب قوارب حقيبه طرد طرود دراجه جثه")
_CUT_FROM = _keys("عن")  # "قطعت المساعدات عن مصر": whom aid is cut off from
_RECEIVING = _keys("تسلم تسلمت تسلموا يتسلم تتسلم استلم استلمت استلموا يستلم تستلم تلقي تلقت تلقوا يتلقي تتلقي")
# bodies returned or handed over: "استعادة جثث ثلاثة رهائن", dead before the act
_BODIES_RETURNED = _RECEIVING | _keys("استعاده استعادت استعاد استرداد استردت تسليم سلمت سلم استلام اعاده اعادت")
_CAPTURE = "اسر"  # "أسر جنديين": the captured follow it (else families: "أسر الشهداء")
# verbs a noun's entry holds, their spelling being a noun's too ("أعدم" / "أُعدم")
_VERB_SHAPED = _keys("اعدم تعدم")
_RAPE = "trg.assault.ightisab."
_USURPED = _keys("ارض اراضي اراض ارضه ارضها ارضنا ارضهم سلطه سلطات حكم حق حقوق منصب ممتلكات اموال عقارات ملكيه")
# "مقربة من الكرملين", "قريبا من الحدود": close to one, not done by one
_CLOSE_TO = _keys("مقرب مقربه مقربين مقربون مقربا قريب قريبه قريبين قريبون قريبا")
# words after which "من" marks no agent: a patron, a backer, an asker, a mediator, one close to
_NO_AGENT_BEFORE = BACKED_BY | BACKING | _ASKED_BY | _MEDIATION | _CLOSE_TO
_SCOPE = _keys("نطاق اطار")  # "خارج نطاق القضاء": outside the law's bounds
_SET_ON_FIRE = _keys("اضرم اضرمت اضرموا اشعل اشعلت اشعلوا")  # "وأضرمت النار": a verb in a noun's words
_FEARED = _keys("تحسبا خشيه خشيت خوفا تخوفا")  # "تحسبا لأعمال شغب": an act feared, not done
# verbs of fearing and warning: their subject fears or warns of an act, does not do it
_WARNING_OR_FEARING = _keys(
    "حذر حذرت حذروا يحذر تحذر يحذرون تخشي يخشي يخشون خشيت تخوف تخوفت يتخوف تتخوف")
_DETAIN = "حبس"  # "حبس 15 متهما": the detained follow it (else "حبس الأنفاس")
# what is stopped rather than arrested after "أوقف": work, flights, exports ("أوقفت الشركة أعمالها")
_WORKS = _keys("عمليات اعمال عمل نشاط نشاطات انشطه رحلات صادرات انتاج ضخ بث خدمات ملاحه تعامل دراسه")
_WOUNDING = "trg.assault.asaba.verb"  # "أصابت القوات شابا": who wounded whom
_JUDGMENTS = tuple(normalize(w) for w in "قرار رأي تقدير اختيار موقف تحليل توقع".split())  # (and suffixed)

# the people or property an act names without a lexicon entry ("قتل مسلحون راعيا")
_UNLISTED = ActorEntry(
    id="act.unlisted", forms=(), example="قتل مسلحون راعيا في ولاية بورنو", source="assemble",
    line=0, kind="generic", name=None, country=None, sector="CVL", contextual=True,
)


# an armed unit the lexicons do not name, one side of a clash: "وكتيبة النواصي"
_UNLISTED_UNIT = ActorEntry(
    id="act.unlisted.unit", forms=(), example="اشتباكات بين جهاز الردع وكتيبة النواصي", source="assemble",
    line=0, kind="generic", name=None, country=None, sector="REB", contextual=True,
)
_UNIT_HEADS = _keys("كتيبه كتايب سريه سرايا فوج")


def _counted_word(t: Tok) -> bool:
    """A word the lexicons do not know after a number: a noun, a broken plural included
    ("ثلاثة رجال"), unless a particle or a word the rules know."""
    return (not t.prep and not t.has_conj and t.key not in FUNCTION_WORDS and len(t.norm) >= 3
            and t.norm.isalpha())


def _noun_shaped(t: Tok) -> bool:
    """Whether a word the lexicons do not know has the shape of a noun, not a verb or a
    particle: with the article, in ة, in the accusative "ا" ("راعيا"), or a dual or plural
    in "ين" / "ات" ("منزلين", "مهندسين") that is no present verb ("يقولون")."""
    n = t.norm
    if t.prep or t.has_conj or t.key in FUNCTION_WORDS or t.key in _PLACE_NOUNS_OR_DIRECTIONS or (
            len(n) < 4 or not n.isalpha()):
        return False
    if _definite(t) or (n.endswith("ه") and ends_in_taa_marbuta(t.text)):
        return True
    if n.endswith("ا") and not n.endswith(("وا", "ها", "نا")):
        return True
    return len(n) >= 5 and n.endswith(("ين", "ات")) and n[0] not in "يتن"
# words that read otherwise with a clitic split off: "بليون" is a billion, not "in Lyon";
# "وقود" is fuel, not "and Qud"; "كمية" a quantity, not "like a hundred"
_WHOLE_WORDS = _keys("بليون بلايين وقود كميه")
FUNCTION_WORDS = (
    REPORTING | COMPLEMENTIZERS | TARGET_PREPS | WITH_PREPS | BETWEEN | AGENT_MARKERS
    | LOCATIVE | SKIP | KILL_WORDS | INJURY_WORDS | PURPOSE | RELATIVE | CASUALTY_PEOPLE
    | BACKGROUND | QUANTITY | PLACE_NOUNS | PREPOSITIONS | LOCAL_HEADS | DIRECTIONS
    | DIRECTION_ADJ | AGREEMENT_NOUNS | AFFILIATION | LED_BY | NEGATIONS | CLAUSE_BREAKS
    | REPEL | SURVIVE | INSTRUMENT | CONTINUATION | CONSEQUENCE | TOLL_LINKS | RESPONSIBILITY
    | TARGETING | ANSWERS | TOPICS | GROUP_OF | _TOWARD | EXPRESS | OPERATIONS | _PLACE_NOUNS_OR_STREETS
    | TOLL_COUNT | _TO | EXCHANGE | LINKS | SUFFER | _WHOLE_WORDS | _TOLD_OF | _REVENGE | _FOILING
)
# the words the matcher strips clitics toward; "لقي" (met) and "تواصل" (goes on) are words
# the rules read, but they open their phrases with the subject inside ("لقي جندي حتفه",
# "تواصل فرنسا دعم اللاجئين"), which no closed-class word does
MATCHER_KEYS = (FUNCTION_WORDS | _keys(" ".join(numbers.CARDINAL_WORDS))) - _keys("لقي تواصل")

# a place further back than this many words is in an earlier clause ("قالت وزارة الصحة في
# غزة إن ما لا يقل عن 5087 فلسطينيا قتلوا في الغارات": Gaza locates the ministry)
_MAX_WORDS_BEFORE = 5
# marks a name can carry without changing it: quotes, brackets, a hashtag ("#داعش")
_QUOTES = frozenset('"\'“”«»„()#')
_OPENING_QUOTES = frozenset('"“«„')
_CLOSING_OF = {"»": "«", "”": "“", '"': '"'}  # a closing quote and its opening one
# what a name in quotes after them names: a medium or a gang
_NAMED_IN_QUOTES = _keys("قناه صحيفه وكاله موقع اذاعه محطه عصابه عصابتي عصابات كارتل")
_SYMMETRIC = frozenset(("CONSULT", "AGREE", "COOPERATE"))
_VENUE_TYPES = frozenset(("CONSULT", "AGREE"))  # acts whose place may be a venue abroad
_SIDE_PLACE_KINDS = frozenset(("region", "governorate"))  # a region that has a government
_CONDEMNABLE = frozenset(("ASSAULT", "COERCE", "THREATEN", "SANCTION"))  # acts condemned by their doers
_LIVE_FIRE = BULLETS | _keys("ذخيره بذخيره")  # "حي" after them is "live", no neighbourhood
_BANNERS = _keys("لافتات لافته شعارات شعار هتافات")  # "رفعوا لافتات تطالب": the protesters call
_PLACES_OF_A_LAND = _keys("مدن مناطق محافظات قري بلدات اقاليم انحاء")  # "في عدة مدن عراقية"
_GRIEVANCE = _keys("احتجاجا تنديدا تنديد استنكارا تضامنا تضامنيه رفضا مطالبه")  # why a crowd marches
_BODIES_OF_PLACES = _keys(  # "أجهزة أمن إقليم كردستان", "محافظ عدن"
    "امن شرطه مجلس مديريه اجهزه جهاز حكومه سلطات محافظ حاكم بلديه عمده")  # (not "والي": also "وإلى")
_NAMING_PENALTY = 4  # a place named as a body's is passed for one the act is in, a few words further
_PLACE_PENALTY = {"country": 12, "region": 5, "governorate": 3, "water": 5, "district": 2}
_PATIENT_TYPES = frozenset(("ASSAULT", "COERCE", "THREATEN", "SANCTION", "RETREAT"))
# acts whose verbal noun's genitive is whom they are done to, whoever it names: "اعتقال خلية",
# "اغتيال العاروري", "خطف الصحفي", "حكما بسجن رئيس الحركة", "تدمير مدرعات أوكرانية"
_GENITIVE_PATIENT_MODES = frozenset(("arrest", "targeted", "abduct", "convict", "destroy"))
_TRANSITIVE_NOUNS = _keys("مهاجمه استهداف")  # "مهاجمة القوات": attacking them
_SNIPING = _keys("قنص")  # "قنص جندي" as a noun: the one shot by a sniper


def _patient_genitive(toks, trig) -> bool:
    """Whether the genitive of the verbal noun ``trig`` is whom it is done to (see
    ``_GENITIVE_PATIENT_MODES``, and sniping); of destroying, only "تدمير" itself ("دمر
    الجيش آليات" is the verb, its subject after it)."""
    e = trig.entry
    if (toks[trig.start].key in _SNIPING and trig.end - trig.start == 1 and trig.start > 0
            and not toks[trig.start].has_conj and not toks[trig.start - 1].is_punct):
        # "أعلنت الكتائب قنص جندي": the one shot by a sniper (a sentence's first word is the
        # verb: "قنص جندي فلسطينيا")
        return True
    if toks[trig.end - 1].key in DEATH_NOUNS or toks[trig.end - 1].key in _STABBING:
        return True  # "نفت الوزارة مقتل جنود": who died, whatever is said of it ("طعن جندي": stabbed)
    if trig.end - trig.start == 1 and toks[trig.start].key in _TRANSITIVE_NOUNS:
        return True  # "من مغبة مهاجمة القوات الأمريكية": the verbal noun of "هاجم" takes its object
    return e.mode in _GENITIVE_PATIENT_MODES and (e.mode != "destroy" or toks[trig.start].key.startswith("تدمير"))


# a withdrawal made of others ("أعلن الرئيس سحب القوات"): the forces are withdrawn, not who withdraws
_WITHDRAW_WHAT = frozenset(("سحب",))
# sectors that arrest or take people: a noun of one before an arrest verb is no one held
# ("أفرجت السلطات عن صحفي اعتقل": the journalist was)
_HOLDERS = frozenset(("COP", "MIL", "GOV", "SPY", "JUD", "REB"))
# heads of masculine singular phrases: a feminine verb before one ("ودعت المجتمع الدولي")
# cannot agree with it, so the phrase is the verb's object, not its subject
_MASCULINE_HEADS = _keys(
    "مجلس المجتمع جيش رئيس وزير امين مبعوث سفير حزب اتحاد برلمان تحالف نظام كونغرس ملك امير "
    "متحدث قائد زعيم جانب طرف مدير مندوب ممثل نائب"
)
_SEATS = _keys("بيت كرملين فاتيكان اليزيه")  # capitals' seats named as the state: masculine
# plurals of men in "ة" ("دعا قادة الدول")
_MEN = _keys("قادة قضاة دعاة رعاة غزاة ولاة ساسة طلبة قراصنة مرتزقة قناصة بغاة خونة")
_OF_THEM = frozenset(("منهم", "منهن"))  # "عددا منهم": some of them
_PEOPLE_SECTORS = frozenset(("CVL", "OPP", "REB", "JRN", "MED", "REF", "REL"))  # (whom "منهم" counts)
_HIS = frozenset(("عليه", "ضده", "بحقه", "عنه", "سراحه"))  # the same, of one man
_TO_PRONOUNS = _TO_IT | {"اليهم"}  # "التظاهرة التي دعت إليها النقابات"
_OBJECT_PRONOUNS = frozenset(("عليهم", "ضدهم", "بحقهم", "عليها", "ضدها", "بحقها", "عنهم", "سراحهم", "لهم",
                              "عنها", "سراحها")) | _HIS | _TO_PRONOUNS
# adjectives of a title before its holder's name: "المبعوث الأمريكي الخاص زلماي خليل زاد"
_TITLE_ADJECTIVES = _keys("خاص سابق اسبق جديد خاصا سابقا اسبقا جديدا")
_RANK_ADJECTIVES = _keys("ميداني ميدانيا بارز بارزا كبير كبيرا رفيع رفيعا محلي محليا")  # "قائد ميداني في الحركة"
# going out as a verbal noun, the light word of a protest in a call: "دعا إلى الخروج في مسيرات"
_OUTING = _keys("خروج نزول")
# "قضى على": eliminated, said of the fighters an army kills ("القضاء على سبعة مسلحين")
_ELIMINATED = _keys("قضي قضت قضوا قضاء")
# verbs of people who fell or perished, after them, read as the kill verb of the same number
# when an attack follows ("ثلاثة من مقاتليه سقطوا في غارة", "شبان قضوا في قصف")
_PERISHED = {"سقطوا": "قتلوا", "قضوا": "قتلوا", "سقطا": "قتلا", "قضيا": "قتلا"}
_FELL_IN = _keys("في جراء خلال اثر بسبب عقب")  # between such a verb and the attack
_TRAPS = _keys("كمين الكمين فخ")
# "كان قد": between a relative pronoun and its clause's verb ("الذي كان قد طالب")
_WAS_ALREADY = _WAS | _keys("قد")
_IN_IT = frozenset(("فيه", "فيها"))  # "وأضرموا النار فيه": in what was told before
# a relative clause's pronoun of the time or place it opens on: "في وقت تشن فيه القوات"
_RESUMPTIVE = _IN_IT | {"خلاله", "خلالها"}
# the object pronoun written as a word of its own: "متهمة إياه", "محملة إياها المسؤولية"
_DETACHED_OBJECTS = frozenset(("اياه", "اياها", "اياهم", "اياهما"))
_HER_DETACHED = "اياها"  # (a state is "her")
# what a body is declared to be: "أعلنت الحكومة الحركة منظمة إرهابية"
_DESIGNATED_AS = _keys("منظمه جماعه تنظيما كيانا")
_SPEECH = frozenset(("REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"))
_SAYING_TYPES = _SPEECH | {"AGREE"}  # acts of saying and agreeing, whose object may be to come
# acts done by declaring them: "أعلنت الحكومة، مساء أمس، حالة الطوارئ" is dated by the
# announcement, as a speech act is
_DECLARED_ACTS = frozenset((
    ("RETREAT", "ceasefire"), ("RETREAT", "resign"), ("COERCE", "curfew"), ("COERCE", "martial-law"),
    ("COERCE", "restrict"),
))
_NAMED = frozenset(("country", "capital", "org", "group", "force", "person"))
_PROPER_NAMES = frozenset(("country", "capital", "person"))  # definite without the article
_MAKE = "طراز"  # "من طراز": of the make
_MEMBER_BODIES = frozenset(("org", "group", "force"))  # kinds of bodies with members
_MEMBER_TITLE = "act.title.member"
_GOVERNMENT_ENTRY = "act.org.government"  # "حكومته": whose, the speaker's state tells
_SPOKESMAN = "act.title.spokesman"
_BODY_ANAPHOR = "act.pronoun.body"
_VOICED = frozenset(("sup.araba", "sup.abbara"))  # "أعرب عن", "عبّر عن": a concern voiced
_EMBASSY = "act.org.embassy"  # a state's building abroad: the one its acts are done to
_DETAINEES = "act.generic.detainees"
_CEREMONY = "act.generic.gathering"  # a wedding, a funeral: the people gathered
_SHIPS = frozenset(("act.generic.vessels", "act.generic.merchant_vessels"))
_FLYING = _keys("ترفع تحمل رافعه حامله")  # "سفينة ترفع علم بنما": the flag a ship flies
_FLAG = _keys("علم")
# how one was killed, told before whom: "أعدم رميا بالرصاص", "قتل ذبحا"
_MANNER_OF_KILLING = _keys("رميا شنقا ذبحا طعنا حرقا خنقا دهسا ضربا صعقا")
_NEW = _keys("جديد جديدا جديده جديدين جديدان اخر اخري اضافي اضافيا اضافيه مجنحه مجنحا")  # new, another, more, winged
# a test or a drill: "تجربة صاروخية", "في تجربة جديدة", "خلال مناورات"
_TRIALS = _keys("تجربه تجارب اختبار اختبارات مناورات مناوره تدريبات تمرين تمارين")
_TRYING = _keys("حاول حاولت حاولا حاولتا حاولوا يحاول تحاول وحاول وحاولت وحاولوا")  # "مسيرة حاولت استهداف"
# aid named as a thing taken or sold: "بسرقة المساعدات", "نهب المساعدات" (the written words,
# with "ب": not every one is a key of the matcher's, which would strip it)
_AID_TAKEN = frozenset("سرقه نهب تهريب بيع".split()) | _with_bi("سرقه نهب تهريب بيع")
_WAITING_FOR = _keys("ينتظرون ينتظر تنتظر ينتظرن انتظار بانتظار لانتظار منتظرين منتظرون")  # "ينتظرون المساعدات"
_VOTES = _keys("موافقه اغلبيه تاييد معارضه امتناع رفض")  # "بموافقة 13 عضوا"
_GOING_OUT = "trg.protest.shawari.noun"  # "خرج الآلاف إلى الشوارع": a protest told by going out
_CELEBRATING = _keys("احتفالا ابتهاجا احتفاء")  # "خرجوا إلى الشوارع احتفالا بالفوز"
# a state's title before its name ("جمهورية النيجر"), where the lexicon lists the name alone
STATE_TITLES = _keys("جمهوريه مملكه دوله سلطنه اماره")
# plural nouns that end like an adjective of nationality: "الأراضي الإيرانية" is Iranian land
_PLURALS_IN_YA = _keys("اراضي ضواحي نواحي مراعي اهالي")
# people received who are no visitors: "لاستقبال اللاجئين", "استقبلت المستشفيات الجرحى"
_RECEIVED_PEOPLE = _keys("لاجي لاجيين لاجيون لاجيا جرحي مصابين مهاجرين مهاجرا نازحين نازحا مرضي مسافرين مسافرا "
                         "حجاج سياح زوار طلاب الطلاب طلبه تلاميذ معتمرين مصلين")
_BURST = _keys("انفجر انفجرت انفجار")  # an explosion told with no one making it
_MISHAPS = _keys("اطار اطارات اسطوانه اسطوانات قاروره")  # "انفجار أسطوانة غاز": a tyre, a gas bottle
_IF_CLAUSE = _keys("اذا لو")  # "إذا تعرضت منشآتها لهجوم": a condition
_WHILE_CLAUSE = _keys("فيما بينما")  # "، فيما قال الجيش": another source's report
_BEFORE = "قبل"  # "لن تدخل في مفاوضات قبل انسحابها": not until
_WILL_NOT = "لن"
_ANTI = "مضاد"  # "مضادة للدروع": a weapon against what follows
_STAFF = "act.generic.aid_workers"  # "موظفين في", "عاملين في": the staff of a body
_EMPLOYEES = _keys("موظف موظفا موظفين موظفون موظفي موظفه موظفات")  # "موظفا في السفارة"
_STRAINS = _keys("توتر توترات خلاف خلافات نزاع صراع ازمه تصعيد")  # "التوتر بين البلدين": what is talked of
_CONVEYING = ("ابلاغ", "تسليم")  # "لإبلاغه احتجاج": a protest conveyed (the stems, past "ل")
_ELIMINATING = frozenset(("trg.assault.qada.ala.noun", "trg.assault.tahyid.noun", "trg.assault.tahyid.verb"))
_SOUGHT = _keys("سعت سعوا")  # "وسعت": "and sought", or "expanded"
_FELL = _keys("سقط سقطت سقطا سقطتا")  # where a missile fell
_SEA = _keys("بحر مياه")
_RIDES = _keys("يستقل يستقلون يستقلان")  # riding
_RIDING = _RIDES | _ON  # on, riding
_ON_BOARD = lexical_key(normalize("متن"))  # "على متن": on board
_RIDDEN = _keys("دراجة دراجات نارية متن سيارة سيارات مدنية رباعية الدفع")  # what killers ride
_WEARING = _keys("يرتدون يرتدي يرتديان مرتدين مرتدون")  # "مسلحين يرتدون زيا عسكريا"
_WORN = _keys("زي زيا ازياء ملابس بزات عسكري عسكريا عسكريه مدني مدنيا مدنيه رسمي رسميا رسميه مموه مموها مموهه")
_DOWNED = "trg.assault.isqat.downed.noun"  # craft and missiles shot down, told after the verb
_INFILTRATION = "trg.assault.tasallul.noun"  # an act with no object: its genitive is who does it
# bodies that hold no one: "سلمت الحركة ثلاث رهائن للصليب الأحمر" hands them to the Red Cross
_HOLD_NO_ONE = frozenset(("NGO", "IGO", "UNO", "HRI", "MED"))
_NAMED_OR_NISBA = _NAMED | {"nisba"}
_MILITARY_TYPES = frozenset(("ASSAULT", "MOBILIZE", "COERCE"))
# PLOVER's verbal types: said, not done somewhere; only a place of their own clause locates them
_GOVERNMENT = "حكوم"  # (in "حكومة", "الحكومة", "وحكومة": a government named as such)
#: acts a host holds: their place, where one of its readings is a capital or a state, is
#: that ("استأنف الطرفان المفاوضات في الدوحة" is Doha, not a village of one side's land)
_HOSTED_TYPES = frozenset(("CONSULT", "AGREE"))
_TRIBES = "act.generic.tribes"
_CIVILIANS = "act.generic.civilians"
_SERVING_FOREIGN = _keys("تجسس تخابر تعاون صالح عماله")  # "التجسس لصالح", "التخابر مع", "العمالة لـ"
_MEETING = "لقاء"  # "للقاء الرئيس": to meet him
_ACCUSED = _keys("متهم متهمين متهما متهمون متهمه متهمات")
_PARTY_ANAPHOR = "act.pronoun.party"  # "الحزب", and the bare "حزب" of a party's name
_HOST_VISIT = "043"  # CAMEO: host a visit; its actor is the host
_VERBAL_TYPES = frozenset((
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
))


_BLASTS = frozenset(("explosives", "suicide-attack"))
_BLAST_SITES = _keys("وسط داخل عند امام قرب بين")  # where a bomber sets off his charge
_GATES = _keys("بوابه مدخل باب")  # ("عند بوابة الكنيسة": the church)
_AIMED = ("استهدف", "يستهدف", "تستهدف")


def _blast_site(toks, sent, start, phrases, place_spans):
    """Who or what a bomb goes off amid, past its weapon ("فجر انتحاري حزاما ناسفا وسط
    مئات المتطوعين", "سيارة مفخخة عند بوابة الكنيسة", "وسط تجمع لعناصر الشرطة"); not a
    place named so ("وسط بغداد")."""
    for i in range(start, min(sent.end - 1, start + 5)):
        t = toks[i]
        if t.is_punct or t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS or t.key.startswith(_AIMED):
            return None  # (nor past what it was aimed at: "انفجار استهدف موكبه قرب فندق")
        if t.key in _BLAST_SITES and not t.prefix:
            k = i + 2 if toks[i + 1].key in _GATES else i + 1
            if k + 1 < sent.end and toks[k].key in _GATHERINGS and not toks[k].prefix:
                # "وسط تجمع لعناصر الشرطة", "وسط حشد من المصلين": the men gathered
                k += 1 if toks[k + 1].has_li else 2 if toks[k + 1].key == "من" and not toks[k + 1].prefix else 0
            p = next((p for p in phrases if p.start == k), None)
            if p is None or p.kind in ("nisba", "country", "capital") or any(
                    s0 <= k < e0 for s0, e0 in place_spans):
                return None
            return p
    return None


def _aside_act(toks, sent, o) -> bool:
    """An act's noun with "بـ" between commas, the manner of another: "، بالتنسيق مع الحلف،"."""
    return (toks[o.start].prep == "ب" and o.start > sent.start and toks[o.start - 1].text in ("،", ",")
            and any(t.text in ("،", ",") for t in toks[o.end : min(sent.end, o.end + 6)]))


def _own_envoy(toks, k, end) -> int:
    """The words of the actor's own envoy at token k ("سفيرها": 1; the chargé by his office,
    "القائم بأعماله": 2), 0 if another's or none."""
    t = toks[k]
    if t.key not in _ENVOYS:
        return 0
    if t.suffixed:
        return 1
    return 2 if t.key == "قايم" and k + 1 < end and toks[k + 1].key in ("باعماله", "باعمالها") else 0


@attrs.frozen
class _Ctx:
    """What the rules of one sentence share (kept out of the Assembler: it is thread-safe)."""

    support_ends: frozenset[int]
    local_places: tuple[tuple[int, int], ...] = ()
    word_pos: tuple[int, ...] = ()  # token index -> words before it (for cue scopes)
    tstarts: Sequence[int] = ()  # token start offsets (shared, not copied)
    lexical: AbstractSet[int] = frozenset()  # tokens of a trigger, an actor, a cue or a light verb
    place_spans: tuple[tuple[int, int], ...] = ()  # the places' tokens
    answered: range | None = None  # the words of an act answered ("ردا على مقتل ...")
    acts: tuple[tuple[int, int], ...] = ()  # the acts' nouns (of every trigger, linked or not)
    found_triggers: Sequence[Any] = ()  # every trigger matched, event or not ("هذه المحادثات")
    earlier_town: tuple[Any, ...] = ()  # the readings of the town an earlier sentence named last
    place_countries: frozenset[str] = frozenset()  # the states of the places earlier sentences named


class _Shifted(NamedTuple):
    """A cue with its positions counted in words (made per cue and trigger: a tuple)."""

    start: int
    end: int
    entry: Any


@attrs.frozen
class _RequestCueEntry:
    id: str = "mod.request-complement"
    modality: str = "requested"
    direction: str = "forward"
    scope: int = 12


@attrs.frozen
class _RequestCue:
    """A REQUEST trigger acting as a cue over what it calls for."""

    start: int
    end: int
    entry: _RequestCueEntry = _RequestCueEntry()


class _Named(NamedTuple):
    """A lexicon entry named by other words than its forms: "العاصمة الجزائرية"."""

    lexicon: str
    entry: Any
    start: int
    end: int


@attrs.define
class _Phrase:
    """An actor phrase: tokens ``[start, end)`` and one code per conjunct."""

    start: int
    end: int
    conjuncts: list[tuple[int, int, Any, str | None, str | None]]  # (s, e, entry, country, sector)
    kind: str
    sides: int = 1  # "بين X وY من جهة وZ": the conjuncts of the first side

    def overlaps(self, s: int, e: int) -> bool:
        return self.start < e and s < self.end


class Assembler:
    """Builds events from one text's tokens and matches. Stateless between calls.

    :meth:`use` gives it what it reads from the lexicon's entries by id (built once per
    lexicon, not per call).
    """

    def __init__(
        self, *, max_date_distance: int = 14, max_place_distance: int = 14, dates: Any = None
    ) -> None:
        self.max_date_distance = max_date_distance
        #: the :class:`~conflict_events.temporal.DateFinder` that reads a date again in the
        #: past tense (none: no such reading)
        self.dates = dates
        self.max_place_distance = max_place_distance
        self._contextual: frozenset[str] = frozenset()  # actor ids that take the context's country
        self._opposed_ids: frozenset[str] = frozenset()  # site ids coded as the striker's opponent
        self._mirrors: frozenset[str] = frozenset()  # counterpart ids: the other side's sector
        self._nouns: dict[str, Any] = {}  # verb trigger id -> its verbal-noun reading
        self._verb_words: frozenset[str] = frozenset()  # the keys of the verbs' first words
        self._verbs: dict[str, Any] = {}  # noun trigger id -> the verb entry of the same stem
        self._article_verbs: frozenset[tuple[str, str]] = frozenset()  # (id, key): "القي القبض"
        self._plotting: frozenset[str] = frozenset()  # keys of the plotting cue's words
        self._intending: frozenset[str] = frozenset()  # and of the resolving cue's
        self._considering: frozenset[str] = frozenset()  # the considering cue's
        self._coalitions: dict[str, Any] = {}  # context country -> the coalition "التحالف" is there
        self._accusative_nisbas: dict[str, Any] = {}  # "روسيا" -> the nisba it also is

    def use(self, lexicon: Any) -> None:
        """Read what the rules need of the lexicon's entries (call again when it changes)."""
        actors = [e for name, e in lexicon.entries() if name == "actors"]
        triggers = [e for name, e in lexicon.entries() if name == "triggers"]
        verbs = [e for e in triggers if e.pos == "verb"]
        self._contextual = frozenset(e.id for e in actors if e.contextual) | {_UNLISTED.id, _UNLISTED_UNIT.id}
        by_id = {e.id: e for e in actors}
        self._coalitions = {c: by_id[i] for c, i in _COALITION_THEATRES.items() if i in by_id}
        self._opposed_ids = frozenset(e.id for e in actors if e.opposed)
        self._inanimate_ids = frozenset(e.id for e in actors if e.inanimate)
        # the names of groups of no state, as they end the phrase of a site of theirs, alone
        # or after "لـ" ("مواقع داعش", "مقرات لتنظيم القاعدة", "مواقع للقاعدة")
        self._stateless_endings = tuple({
            ending for e in actors if e.kind == "group" and e.country is None for f in e.forms
            for ending in (f" {f}", f" ل{f}", *((f" لل{f[2:]}",) if f.startswith("ال") else ()))})
        self._mirrors = frozenset(e.id for e in actors if e.mirrors)
        cues = {e.id: e for name, e in lexicon.entries() if name == "cues"}

        def cue_words(cue_id: str, *, one_word: bool = True) -> frozenset[str]:
            """The keys of a cue's forms (of its one-word forms only, by default)."""
            e = cues.get(cue_id)
            return frozenset(lexical_key(f) for f in (e.forms if e else ()) if not one_word or " " not in f)

        # the words "عن" after tells an act: announcing, revealing, telling of, and the
        # abstaining cue's forms ("أعلنت الحكومة عن التوقيع", "امتنعت الحكومة عن التوقيع")
        self._told_after_an = _ANNOUNCE | _TOLD_OF | _ANNOUNCEMENT | cue_words(_ABSTAIN_CUE, one_word=False)
        # the words of plotting ("كان يخطط لتنفيذ هجمات"): whose subject plans the act after
        self._plotting = cue_words(_PLOTTING_CUE)
        # and of intending or resolving ("لا تنوي إرسال قوات", "لا يعتزم"): whose subject does
        # not intend the act after, when negated
        self._intending = self._plotting | cue_words(_RESOLVING_CUE)
        # and of considering ("واشنطن تدرس فرض عقوبات"): whose subject may do the act after
        self._considering = cue_words(_CONSIDERING_CUE)
        self._ready = cue_words(_READY_CUE) | _keys("مستعدا جاهزا")  # (and the accusative)
        # the states' nisbas, by their words' keys ("أوكرانية" -> UKR)
        self._state_nisbas = {lexical_key(f): e.country for e in actors
                              if e.kind == "nisba" and e.country for f in e.forms if " " not in f}
        # a state's name that is also its nisba in the indefinite accusative ("روسيا": Russia,
        # and "روسيًّا", Russian), by the name's key -> the nisba's entry
        names = {(lexical_key(f), e.country) for e in actors if e.kind == "country" for f in e.forms if " " not in f}
        self._accusative_nisbas = {lexical_key(f) + "ا": e for e in actors if e.kind == "nisba" and e.country
                                   for f in e.forms if f.endswith("ي") and (lexical_key(f) + "ا", e.country) in names}
        self._nouns = {e.id: attrs.evolve(e, pos="noun", voice="active") for e in verbs}
        # the first words of the verbs' forms, by key ("استهدفت"), which a noun's form may
        # begin with ("استهدفت طائرة مسيرة")
        self._verb_words = frozenset(lexical_key(f.split()[0]) for e in verbs for f in e.forms)
        # the verb a noun's spelling also is, by the ids' shared stem ("قصفها" after "التي")
        verb_ids = {e.id: e for e in verbs}
        self._verbs = {e.id: verb_ids[e.id[: -len("noun")] + "verb"] for e in triggers
                       if e.pos == "noun" and e.id.endswith(".noun") and e.id[: -len("noun")] + "verb" in verb_ids}
        # the words after the first of a verb's forms ("سراح" of "أطلقت سراح"), which its
        # subject may stand before (a noun entry's verb forms too: "وقع الرئيسان اتفاقية")
        self._rest_words = {
            e.id: frozenset(lexical_key(w) for f in e.forms for w in f.split()[1:]) for e in triggers
        }
        # each country's capital, for "العاصمة الجزائرية"
        self._capitals: dict[str, Any] = {}
        # each country as a place, for "جنوب البلاد"
        self._country_places: dict[str, Any] = {}
        # each country's capital as a side, for a name a capital shares with a state ("عمان")
        self._capital_sides = {e.country: e for e in actors if e.id.startswith(_STATE_NAMES[1]) and e.country}
        # the gazetteer's order (the most populous first), for a name several places share
        self._place_rank: dict[str, int] = {}
        # towns that host other states' talks (Geneva, Astana: the gazetteer's venues)
        self._venues: set[str] = set()
        self._strip: Any = None  # the Gaza Strip, which "القطاع" alone names
        for name, e in lexicon.entries():
            if name == "places":
                self._place_rank.setdefault(e.id, len(self._place_rank))
                if e.id == _STRIP_ID:
                    self._strip = e
                if e.venue:
                    self._venues.add(e.id)
                if e.kind == "capital" and e.country:
                    self._capitals.setdefault(e.country, e)
                elif e.kind == "country" and e.country:
                    self._country_places.setdefault(e.country, e)
        # entries read another way (a threat given the mode of its content, a verb read as a
        # passive by its written vowels, a summons read as a recall): (id, changes) -> entry
        self._readings: dict[tuple[str, tuple[tuple[str, Any], ...]], Any] = {}
        # the phrases of a sentence that may be a target (no backer, no adverb), kept for the
        # sentence's next act: (phrases, tokens, kept)
        self._target_phrases: tuple[Any, Any, Any, Any] = (None, None, None, None)
        # the expulsion a verb of driving out names when its object is an envoy
        self._expel = next((e for e in triggers if e.type == "SANCTION" and e.mode == "expel"), None)
        self._deport = next((e for e in triggers if e.type == "COERCE" and e.mode == "deport"), None)
        # the ceasefire a verb of stopping before an attack's noun makes ("ستوقف حملة القصف")
        self._ceasefire = next((e for e in triggers if e.type == "RETREAT" and e.mode == "ceasefire"
                                and e.pos == "noun"), None)
        # the violation a verb of violating a truce makes ("خرق الحوثيون الهدنة")
        self._violation = next((e for e in triggers if e.type == "ASSAULT" and e.cameo == "196"
                                and e.pos == "verb"), None)
        # the killing that a death sentence carried out is ("نفذت السلطات حكم الإعدام")
        self._execution = next((e for e in triggers if e.type == "ASSAULT" and e.cameo == "1823"
                                and e.pos == "noun"), None)
        # control taken of a place ("سيطرت على"), which a grip tightened on one is
        self._control = next((e for e in verbs if e.id == _CONTROL), None)
        # the first and last words of the sanctions' names ("العقوبات", "الحظر", "الرسوم
        # الجمركية"): what a bare verb of imposing may restate as a sanction ("العقوبات التي
        # فرضتها"), but for a word that alone names another act ("الحصار الذي فرضته")
        acts = {lexical_key(f) for e in triggers if e.id != _SANCTIONS for f in e.forms if " " not in f}
        self._sanction_ends = frozenset(lexical_key(w) for e in triggers if e.id == _SANCTIONS
                                        for f in e.forms for w in {f.split()[0], f.split()[-1]}) - acts
        # the sentence a court hands down ("قضت المحكمة بإعدام سبعة متهمين")
        self._sentence = next((e for e in triggers if e.type == "SANCTION" and e.mode == "convict"
                               and e.pos == "noun"), None)
        # the taking of ground that freeing a place is ("حررت القوات بلدات عدة")
        self._taken = next((e for e in triggers if e.type == "ASSAULT" and e.pos == "verb" and e.acled
                            and "territory" in e.acled[1]), None)
        # and the sanction a word of suspending before aid makes ("تعليق الدعم المالي")
        self._discontinue = next((e for e in triggers if e.type == "SANCTION" and e.mode == "discontinue"
                                  and e.pos == "noun"), None)
        # and the ties cut that a word of stopping before cooperation makes ("وقف التنسيق الأمني")
        self._cut_ties = next((e for e in triggers if e.id == _CUT_TIES), None)
        # the verbs of a summons ("استدعت السفير") with the withdrawal that the same verb
        # names when the envoy is the actor's own ("استدعت سفيرها"): verb key -> entry
        summoning = {lexical_key(f.split(" ", 1)[0]) for e in triggers if e.names_object for f in e.forms}
        self._recalls: dict[str, Any] = {}
        for e in triggers:
            if e.type == "SANCTION" and not e.names_object:
                for f in e.forms:
                    first = lexical_key(f.split(" ", 1)[0])
                    if first in summoning and " " in f:
                        self._recalls.setdefault(first, e)
        # verbs whose written form begins like the article ("ألقى", "التقى"; not a verbal
        # noun with the article whose bare word the entry also lists: "التصدي هجوم", "تصدى")
        self._article_verbs = frozenset(
            (e.id, key) for e in verbs
            for key in {lexical_key(f.split(" ", 1)[0]) for f in e.forms if f.startswith("ال")}
            - {lexical_key(f.split(" ", 1)[0]) for f in e.forms if not f.startswith("ال")}
        )

    # -- public -------------------------------------------------------------------------
    def assemble(
        self,
        text: str,
        toks: Sequence[Tok],
        sentences: Sequence[Sentence],
        matches: dict[str, list[Any]],
        timexes: Sequence[TimeExpression],
        article_date: _dt.date | None,
    ) -> list[Event]:
        article_countries: Counter[str] = Counter()  # countries named so far, for context
        place_countries: set[str] = set()  # the states of the places named so far
        memory: list[tuple[frozenset[str], tuple[Any, ...]]] = []  # named actors so far
        earlier_town: tuple[Any, ...] = ()  # the readings of the town named last so far
        earlier_sides: tuple[Actor, ...] = ()  # the two sides of the last act between two so far
        events: list[Event] = []
        attacked = False  # an attack told in an earlier sentence
        tstarts = [t.start_char for t in toks]
        time_ranges = [(self._tok_range(tstarts, toks, x.start_char, x.end_char), x) for x in timexes]
        word_pos = self._word_positions(toks, {i for (s, e), _ in time_ranges for i in range(s, e)})
        # matches and times by sentence, in one pass (no sentence-by-match loop)
        starts = [sent.start for sent in sentences]
        buckets: list[dict[str, list[Any]]] = [{} for _ in sentences]
        for name, ms in matches.items():
            for m in ms:
                k = bisect.bisect_right(starts, m.start) - 1
                if 0 <= k < len(sentences) and m.start < sentences[k].end:
                    buckets[k].setdefault(name, []).append(m)
        time_buckets: list[list[Any]] = [[] for _ in sentences]
        for r, x in time_ranges:
            k = bisect.bisect_right(starts, r[0]) - 1
            if 0 <= k < len(sentences) and r[0] < sentences[k].end:
                time_buckets[k].append((r, x))
        for sent, found, times in zip(sentences, buckets, time_buckets):
            triggers = found.get("triggers", [])
            if triggers and self._verbs:
                triggers = [self._as_verb(toks, t) for t in triggers]
            actor_ms = found.get("actors", [])
            if any(toks[m.start].key in _NAME_TRAPS for m in found.get("places", ())) or any(
                    toks[m.start].key in _NAME_TRAPS for m in actor_ms):
                # "رفعوا صور الصدر", "فبركة صور الضحايا": pictures, not Tyre
                for name in ("places", "actors"):
                    found[name] = [m for m in found.get(name, ()) if not _construct_name(toks, sent, m)]
                actor_ms = found["actors"]
            if any(toks[m.start].key in _ADJECTIVE_NAMES or toks[m.start].key in _ADJECTIVE_PLACES
                   for m in found.get("places", ())):
                for name in ("places", "actors"):
                    found[name] = [m for m in found.get(name, ()) if not self._adjective_name(toks, sent, m)]
                actor_ms = found["actors"]
            if any(m.start > sent.start and toks[m.start - 1].key == "عبد" for m in found.get("places", ())):
                # "مصطفى عبد الجليل": a place after "عبد" is a word of a man's name
                found["places"] = [m for m in found["places"]
                                   if not (m.start > sent.start and toks[m.start - 1].key == "عبد")]
            if any(toks[m.start].prep == "ب" and toks[m.start].key in _PRETEXTS for m in found.get("places", ())):
                # "هدم المنزل بحجة البناء دون ترخيص": under a pretext, not in Hajjah
                found["places"] = [m for m in found["places"]
                                   if not (toks[m.start].prep == "ب" and toks[m.start].key in _PRETEXTS)]
            if any(toks[m.start - 1].text in _OPENING_QUOTES for m in (*found.get("places", ()), *actor_ms)
                   if m.start - 2 >= sent.start):
                # 'قناة "ليبيا الأحرار"', 'عصابتي "سينالوا"': a name in quotes after a channel,
                # a paper or a gang names it, no place or state
                for name in ("places", "actors"):
                    found[name] = [m for m in found.get(name, ()) if not _quoted_name(toks, sent, m)]
                actor_ms = found["actors"]
            if any(m.entry.kind == "country" and m.start > sent.start and toks[m.start - 1].key in STATE_TITLES
                   for m in actor_ms):
                # "جمهورية النيجر", "مملكة إسواتيني": the state's title is its name's first word
                # where the lexicon lists the name alone
                actor_ms = found["actors"] = [
                    attrs.evolve(m, start=m.start - 1) if (
                        m.entry.kind == "country" and m.start > sent.start and toks[m.start - 1].key in STATE_TITLES
                        and not any(x.start <= m.start - 1 < x.end for x in actor_ms)) else m
                    for m in actor_ms]
            if any(m.start > sent.start and toks[m.start - 1].norm.startswith(_ANTI) for m in actor_ms):
                # "صاروخين مضادين للسفن", "مضادات للطائرات": what a weapon is made against is
                # no side
                actor_ms = found["actors"] = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].norm.startswith(_ANTI))]
            if any(_any_one(toks, sent, m) for m in actor_ms):
                # "لم تعلن أي جماعة مسؤوليتها": any group is none in particular
                actor_ms = found["actors"] = [m for m in actor_ms if not _any_one(toks, sent, m)]
            if any(m.end < sent.end and toks[m.end].text in _CLOSING_OF for m in actor_ms):
                # 'تحالف "نداء الشعب"': the people ending a short name in quotes are no actor
                actor_ms = found["actors"] = [m for m in actor_ms if not _ends_quoted_name(toks, sent, m)]
            # (the names of more than one word, and the state each is in)
            place_names = [(m.start, m.end, m.entry.country) for m in found.get("places", ()) if m.end - m.start > 1]
            spans = [(a, b) for a, b, _ in place_names]
            if times and spans:
                # "مدينة السادس من أكتوبر", "مدينة العاشر من رمضان": a date inside a town's name
                times = [x for x in times if not any(a <= x[0][0] and x[0][1] <= b for a, b in spans)]
            if actor_ms and spans:
                # "بيت حانون", "دير البلح": a common noun inside a place's name is no actor (but
                # a camp's that begins it is its people: "اقتحمت القوات مخيم جنين"; a base's
                # the base: "هاجمت الفصائل قاعدة عين الأسد"); nor is a capital inside the name
                # of a place in another country ("إقليم جوبا الوسطى" is Somalia's, "جوبا" South
                # Sudan's capital)
                actor_ms = [m for m in actor_ms if not any(
                    a <= m.start and m.end <= b and b - a > m.end - m.start and (
                        country != m.entry.country if m.entry.kind in ("country", "capital")
                        else not (a == m.start and (toks[a].key in _CAMPS or m.entry.id == _BASES_ENTRY)))
                    for a, b, country in place_names)]
            if any(t.entry.id == _AIRDROP for t in triggers):
                # "نفذ الجيش إنزالا جويا لإغاثة سكان غزة", "إنزال جوي للمساعدات": aid dropped
                # from the air, no landing of troops (the drop is the aid, the words after it
                # what it was)
                pairs = [(t, o) for t in triggers if t.entry.id == _AIRDROP for o in triggers
                         if o.entry.type == "AID" and t.end <= o.start <= t.end + 2]
                if pairs:
                    aid, gone = {id(t): attrs.evolve(t, entry=o.entry) for t, o in pairs}, {id(o) for _, o in pairs}
                    triggers = [aid.get(id(t), t) for t in triggers if id(t) not in gone]
            own_work = {id(t) for t in triggers if t.entry.mode == "censor" and t.end < sent.end
                        and toks[t.end].suffixed and not toks[t.end].prep}
            if own_work:
                # "أعلنت الأمم المتحدة تعليق عمل موظفيها": one's own work suspended is no outlet
                # or body silenced
                triggers = [t for t in triggers if id(t) not in own_work]
            if spans and any(t.entry.mode == "censor" for t in triggers):
                # "أغلقت مصر قناة السويس": a canal closed is no outlet silenced (its word
                # after the verb and its subject)
                triggers = [t for t in triggers if not (t.entry.mode == "censor" and any(
                    t.end <= a <= t.end + 3 and toks[a].key in _MEDIA for a, b in spans))]
            grips = {id(t) for t in triggers if t.entry.id == _ARREST_VERB and toks[t.start].suffixed
                     and toks[t.start].key.startswith(_GRIP)}
            if grips:
                # "أحكمت قوات الدعم السريع قبضتها على مدينة الفاشر": "قبضتها", its grip, is no
                # arrest (the verb takes no pronoun before its "على"); a grip tightened on a
                # place is control taken of it, on anything else ("على السلطة") no act
                held = {p.start for p in found.get("places", ())}
                triggers = [attrs.evolve(t, entry=self._control) if id(t) in grips else t for t in triggers
                            if id(t) not in grips or self._control is not None and t.end < sent.end and (
                                t.end in held or toks[t.end].key in PLACE_NOUNS)]
            if actor_ms and any(m.entry.kind in ("capital", "country") and _named_after(toks, m) for m in actor_ms):
                # "بموجب اتفاق الدوحة": the capital names the agreement, not a state that acts
                # (and so does a state's name that is its capital's too: "اتفاق الجزائر")
                capitals = {(p.start, p.end) for p in found.get("places", ()) if p.entry.kind == "capital"}
                actor_ms = [m for m in actor_ms if not (_named_after(toks, m) and (
                    m.entry.kind == "capital" or m.entry.kind == "country" and (m.start, m.end) in capitals))]
            if actor_ms and any(toks[m.start].key in _OUTSKIRTS for m in actor_ms):
                # "أطراف بلدة الخيام": the outskirts of a place are where, not the parties
                actor_ms = [m for m in actor_ms if not (
                    toks[m.start].key in _OUTSKIRTS and m.end < sent.end and not toks[m.end].prep
                    and (toks[m.end].key in PLACE_NOUNS or any(p.start == m.end for p in found.get("places", ())))
                )]
            # "غدا الأحد الذي سيوافق الذكرى السابعة للثورة": a day that falls on an
            # anniversary agrees to nothing; nor does an approval of works; nor is a camp named
            # by its training any training
            triggers = [t for t in triggers if not (
                _falls_on_anniversary(toks, sent, t) or _approves_works(toks, sent, t)
                or _names_a_camp(toks, sent, t))]
            if any(t.entry.id == _SWEEPING for t in triggers):
                # "احتجاجات الربيع العربي التي اجتاحت المنطقة": protests sweep a land, no force
                triggers = [t for t in triggers
                            if not (t.entry.id == _SWEEPING and _swept_by_protests(toks, t, triggers))]
            if any(toks[t.start].key in TARGETING for t in triggers):
                # "في خطوة قال إنها تستهدف الاقتصاد الروسي", "عقوبات تستهدف قطاع النفط": what a
                # measure is aimed at is no attack
                # (a sanction it tells of takes its object: "عقوبات استهدفت أفرادا")
                triggers = [t for t in triggers if not (
                    toks[t.start].key in TARGETING and t.end == t.start + 1 and any(
                        toks[k].key in _MEASURES for k in range(max(sent.start, t.start - 4), t.start))
                    and not any(o is not t and t.start - 4 <= o.start < t.start for o in triggers))]
            if any(t.entry.id == _GOING_OUT for t in triggers):
                # "خرج المواطنون إلى الشوارع احتفالا بالفوز": going out to celebrate is no protest
                triggers = [t for t in triggers if not (t.entry.id == _GOING_OUT and any(
                    toks[k].key in _CELEBRATING for k in range(t.end, min(sent.end, t.end + 6))))]
            if any(t.entry.id == _IMPOSING and toks[t.start].suffixed for t in triggers):
                # "رفعت السلطات حظر التجول الذي فرضته": a bare verb of imposing that restates
                # what the relative before it names is a sanction only where that is one
                # ("العقوبات التي فرضتها واشنطن")
                triggers = [t for t in triggers if not (
                    t.entry.id == _IMPOSING and toks[t.start].suffixed and t.start - 2 >= sent.start
                    and toks[t.start - 1].norm in _RELATIVE_WORDS
                    and toks[t.start - 2].key not in self._sanction_ends)]
            if any(t.entry.participle for t in triggers):
                # "بيانا متهما المتمردين": a participle with its object after it is the act
                # (not "متهما", a suspect, as an actor); without one it is no act
                parts = {t.start for t in triggers if t.entry.participle and self._participle(toks, sent, t, actor_ms)}
                triggers = [t for t in triggers if not t.entry.participle or t.start in parts]
                actor_ms = [m for m in actor_ms if not (m.end - m.start == 1 and m.start in parts)]
            if triggers and actor_ms:
                # "للتعاون العسكري", "الهجوم الإرهابي": an adjective inside an act's words is
                # no actor; "القضاء على الإرهاب": the first word of an act that ends with its
                # preposition is that act's verbal noun, not a name (the judiciary)
                governed = {t.start for t in triggers if t.end - t.start > 1 and toks[t.end - 1].key in PREPOSITIONS}
                # (nor the accusative adjective of a bare act: "هجوما عسكريا", "دعما عسكريا")
                bare = {k + 1 for t in triggers if t.entry.pos == "noun" for k in range(t.start, t.end)
                        if toks[k].key.endswith("ا") and not toks[k].key.endswith("وا") and not _definite(toks[k])}
                # (but the thing an act names in its words is its object, whatever its ending:
                # "أسقطت مروحية")
                actor_ms = [m for m in actor_ms if not (
                    m.entry.kind == "generic" and m.end - m.start == 1
                    and any(t.start < m.start and m.end <= t.end and not t.entry.names_object for t in triggers)
                    and (_NISBA_ENDING.search(toks[m.start].key) is not None
                         or toks[m.start].key in _ARMED)  # "هجوم مسلح": an armed attack
                    and _definite(toks[m.start]) == _definite(toks[m.start - 1])
                ) and not (m.start in governed and m.end == m.start + 1) and not (
                    m.entry.kind == "generic" and m.end - m.start == 1 and toks[m.start].key.endswith("يا")
                    and not _definite(toks[m.start]) and not toks[m.start].prefix
                    and m.start in bare)]
            if triggers and actor_ms and (named_in := {id(t) for t in triggers if t.entry.type != "ASSAULT" and any(
                    a.start < t.start and t.end <= a.end for a in actor_ms)}):
                # "طالبت منظمات الإغاثة", "حذرت وكالات الإغاثة الدولية": a word of a body's name
                # after its first is no act (an attack's word in a craft's name tells how it
                # struck: "طائرة مسيرة")
                triggers = [t for t in triggers if id(t) not in named_in]
            if actor_ms:
                # "المسار المدني", "الحكم المدني": the singular adjective after a noun that
                # names no one is that noun's, not a civilian ("الموظف المدني" is one)
                actor_ms = [m for m in actor_ms if not (
                    m.entry.kind == "generic" and m.entry.sector == "CVL"
                    and m.end - m.start == 1 and m.start > sent.start
                    and not toks[m.start].prefix and toks[m.start].key.endswith("ي")
                    and _definite(toks[m.start]) and _definite(toks[m.start - 1])
                    and not toks[m.start - 1].is_punct and toks[m.start - 1].key not in FUNCTION_WORDS
                    and not any(o.start <= m.start - 1 < o.end for o in actor_ms))]
            if actor_ms and any(toks[m.start].key in _PILOT for m in actor_ms):
                # "طائرة من دون طيار": the pilot a drone has not is no one
                actor_ms = [m for m in actor_ms if not (m.start > sent.start and _no_pilot(toks, m.start))]
            if actor_ms and any(toks[m.start - 1].norm in _DRESS for m in actor_ms if m.start > sent.start):
                # "عناصر أمن بزي مدني", "بلباس عسكري": the dress one wears names no one
                actor_ms = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].norm in _DRESS
                    and m.entry.kind == "generic" and m.end - m.start == 1)]
            if actor_ms and any(toks[m.start - 1].key in _SCOPE for m in actor_ms if m.start > sent.start):
                # "عمليات قتل خارج نطاق القضاء": the law's bounds, no court
                actor_ms = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].key in _SCOPE and m.end - m.start == 1
                    and m.entry.sector == "JUD")]
            if actor_ms and any(toks[m.start - 1].key in _SAID_IN for m in actor_ms if m.start > sent.start):
                # "في مؤتمر صحفي", "في بيان صحفي": the press that describes how one spoke
                # is no journalist
                actor_ms = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].key in _SAID_IN and m.end - m.start == 1
                    and m.entry.kind == "generic" and _NISBA_ENDING.search(toks[m.start].key) is not None
                    and _definite(toks[m.start]) == _definite(toks[m.start - 1]))]
            if actor_ms and any(toks[m.start - 1].key in _NAMED_GATHERINGS for m in actor_ms if m.start > sent.start):
                # "تعهد المانحون في مؤتمر بروكسل": a gathering named after its city
                actor_ms = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].key in _NAMED_GATHERINGS and m.entry.kind == "capital"
                    and not toks[m.start].prefix and not (m.end < sent.end and toks[m.end].has_conj))]
            if any(m.entry.id == _SITES and m.end - m.start == 1 for m in actor_ms):
                # "في بيان نشرته على موقع تابع لها", "على موقعها الإلكتروني", "مواقع
                # التواصل": a site online is no place struck
                actor_ms = [m for m in actor_ms if not (m.entry.id == _SITES and _online(toks, sent, m))]
            if actor_ms and any(toks[m.start].key == _MILITARY_ADJECTIVE for m in actor_ms):
                # "تدخل عسكري", "مصدر عسكري": an adjective of the noun before, no soldier (but
                # "قتل عسكري", "اعتقال عسكري": the one killed or held)
                # (one after a name stays its: "قائد عسكري", "مقر قيادة عسكري"; a word with a
                # proclitic between is no genitive of the name: "هددت كوريا الشمالية برد عسكري")
                named = {k for a in actor_ms for k in range(a.start, a.end)}
                actor_ms = [m for m in actor_ms if not (
                    m.end - m.start == 1 and toks[m.start].key == _MILITARY_ADJECTIVE
                    and m.start - 1 not in named and (m.start - 2 not in named or toks[m.start - 1].prefix)
                    and _adjective_after_noun(toks, sent, m.start, triggers))]
            if actor_ms:
                # "حي الطيران", "شارع الجيش": a district or street named after a body is a
                # place, not that body (the head noun bare, the name after it definite); so is
                # one named after a state or its capital ("شارع سوريا" in Tripoli)
                # ("جامعة دمشق", "مستشفى فلسطين": nor is a state or a capital an institution is
                # named after)
                actor_ms = [m for m in actor_ms if not (
                    m.start > sent.start and toks[m.start - 1].norm == toks[m.start - 1].key and (
                        toks[m.start - 1].key in _NAMED_STREETS
                        and (_definite(toks[m.start]) or m.entry.kind in ("country", "capital"))
                        or toks[m.start - 1].key in _NAMED_SITES and m.entry.kind in ("country", "capital")))]
            actor_ms = [m for m in actor_ms if not (
                # "بموافقة 13 عضوا": members counted as votes, no side
                m.entry.id == _MEMBER_TITLE and m.start - 2 >= sent.start and toks[m.start - 2].key in _VOTES
                and numbers.parse_number(toks[m.start - 1].text) is not None)]
            if any(m.entry.id == _DRONE_ENTRY for m in actor_ms):
                # "مسيرة إسرائيلية", "مسيرتان تركيتان": a drone is told by whose it is; a bare
                # "مسيرة" is as often a march
                # (or by the attack it makes or suffers: "هاجمت مسيرة قاعدة", "المسيرات
                # استهدفت", "أسقطت الدفاعات مسيرة")
                nisbas = {m.start for m in actor_ms if m.entry.kind == "nisba"}
                struck = {t.end for t in triggers if t.entry.type == "ASSAULT" and t.entry.pos == "verb"} | {
                    t.start for t in triggers if t.entry.type == "ASSAULT" and t.entry.pos == "verb"
                    and not toks[t.start].prefix}
                actor_ms = [m for m in actor_ms if m.entry.id != _DRONE_ENTRY or m.end in nisbas
                            or m.start in struck or m.end in struck]
            if actor_ms and any(m.entry.adjectival for m in actor_ms):
                # "الائتلاف الوطني السوري المعارض": right after a name (and its adjective), the
                # opponent is its adjective, no actor of his own
                # (or after its name in quotes: 'ائتلاف "واكيت تاما" المعارض')
                ends = {m.end for m in actor_ms} | {
                    i + 1 for i in range(sent.start, sent.end)
                    if toks[i].text in _CLOSING_OF and _open_quote(toks[sent.start : i], toks[i].text)}
                actor_ms = [m for m in actor_ms if not (
                    m.entry.adjectival and not toks[m.start].has_conj and not toks[m.start].prep
                    and (m.start in ends or m.start - 1 in ends and _definite(toks[m.start - 1])
                         and not (toks[m.start - 1].prep or toks[m.start - 1].has_conj))
                    # (not one in the masculine after a feminine word: "اعتقلت السلطات الروسية
                    # المعارض", the verb's object)
                    and not (_feminine_word(toks[m.start - 1]) and not ends_in_taa_marbuta(toks[m.start].text)))]
            places = found.get("places", [])
            if any(toks[m.end - 1].key in DIRECTIONS for m in places if m.end - m.start > 1):
                # "حي بري شرقي الخرطوم" is east of Khartoum, not the village "بري الشرقي": a
                # name's direction adjective has the article, the preposition before a place not
                places = [m for m in places if not (
                    m.end - m.start > 1 and toks[m.end - 1].key in DIRECTIONS and not _definite(toks[m.end - 1])
                    and m.end < sent.end and _definite(toks[m.end]))]
            if actor_ms:
                places = places + self._named_by_adjective(toks, sent, actor_ms, places)
            # no light verb nor cue inside a name: "تنظيم داعش" is the group, not "organizing";
            # "حزب الدعوة" a party, no call
            cues = [m for m in found.get("cues", ()) if not _inside_actor(m, actor_ms)
                    # "طائرة أمريكية من دون طيار": a drone, no act not done
                    and not (m.end < sent.end and _no_pilot(toks, m.end)) and not _commander(toks, m.start)
                    # "في بلدة بيت أمر": a word of a town's name, no order
                    and not _after_name_head(toks, m.start)
                    # "مذكرة تفاهم للتعاون": a memorandum signed, no warrant; "أمرا تنفيذيا
                    # يفرض عقوبات": an executive order signed enacts what it says
                    and not (m.end < sent.end and (toks[m.end].key in _UNDERSTANDING
                                                   or toks[m.end].key in _EXECUTIVE))
                    # "ثلاثة منهم في حالة حرجة", "في حالة تأهب": a state one is in, no condition
                    and not (m.entry.id == _IF_CUE and m.end < sent.end and toks[m.end].key in _STATES_IN)]
            support = [m for m in found.get("support", ())
                       if (toks[m.start].prep in ("", "ل") or (toks[m.start].prep == "ب" and any(
                           # "ردت إيران بإطلاق ثلاثة صواريخ": the light noun of a count
                           t.entry.needs_support and 0 <= t.start - m.end <= 3
                           and self._only_quantities(toks[m.end : t.start]) for t in triggers)))
                       and not _inside_actor(m, actor_ms)
                       # ("الحشد": a group's whole name, with the article, is no verb of massing)
                       and not (_definite(toks[m.start]) and any(
                           a.start == m.start and a.end == m.end and a.entry.kind in _NAMED for a in actor_ms))
                       and not (m.start > sent.start and toks[m.start - 1].key in _SOCIAL_MEDIA
                                and _definite(toks[m.start]))]
            if any(t.entry.id == _INTO_HANDS for t in triggers):
                # "سقطت مدينة الفاشر في يد قوات الدعم السريع": what falls into someone's hands
                # and is taken is a place or a site ("سقط الجندي في أيدي المسلحين": a man
                # captured, no ground taken)
                things = {m.start for m in found.get("places", ())} | {
                    m.start for m in actor_ms if m.entry.inanimate or m.entry.opposed} | {
                    k for k in range(sent.start, sent.end) if toks[k].key in PLACE_NOUNS}
                triggers = [t for t in triggers if t.entry.id != _INTO_HANDS or any(
                    0 < t.start - m.end <= 8 and any(m.end <= k < t.start for k in things) for m in support)]
            time_toks = {i for (s, e), _ in times for i in range(s, e)}
            actor_ms = self._accusative_adjectives(toks, actor_ms, triggers)
            actor_ms = _accused_adjectives(toks, actor_ms, triggers)
            phrases = self._phrases(toks, actor_ms, sent, {t.start for t in triggers}, time_toks,
                                    # (and the bare noun of an arrest or an abduction:
                                    # "اعتقال فلسطيني" is of a Palestinian)
                                    {t.end for t in triggers if t.entry.pos == "verb" or (
                                        t.entry.mode in _GENITIVE_PATIENT_MODES and not _definite(toks[t.end - 1]))})
            self._resolve_anaphora(toks, phrases, memory, sent)
            self._responsible_for(toks, phrases, triggers)
            _residents_of(toks, phrases, places)
            self._aid_phrases(toks, phrases, triggers, support, actor_ms)
            if self._capital_sides:
                self._shared_names(phrases, places, article_countries)
            # countries the sentence names through its places and state and named actors (not
            # through the nationality of people: "خطف مسلحون عمالا مصريين")
            # (a capital after a verb of asking, or "مطالبة", is the state asked)
            asked = {t.end for t in triggers if t.entry.type == "REQUEST" and t.end - t.start == 1 and (
                t.entry.pos == "verb" or toks[t.start].key in _PARTICIPLE_NOUNS)}
            place_uses = [m for m in places if self._is_place_use(toks, m, asked)]  # names used as places
            if len(places) > len(place_uses):
                # a name used as a place is so in each of its readings (the town "القنيطرة"
                # as well as the city), and so is a name joined to it ("في القنيطرة ودرعا")
                spans = {(m.start, m.end) for m in place_uses}
                ends = {m.end for m in place_uses}
                for m in places:
                    if m not in place_uses and ((m.start, m.end) in spans or (
                            m.start in ends and toks[m.start].has_conj and m.entry.kind != "country")):
                        place_uses.append(m)
                        ends.add(m.end)
            by_span: dict[tuple[int, int], set[str]] = {}
            for m in place_uses:
                if m.entry.country:
                    by_span.setdefault((m.start, m.end), set()).add(m.entry.country)
            # a name shared by places of several countries ("طرابلس", "عمان": Oman and Amman)
            # votes for none, neither as a place nor as a name
            shared = {span for span, cs in by_span.items() if len(cs) > 1}
            answered = _answered_at(toks, sent)
            struck_by = {t.end for t in triggers if t.entry.type == "ASSAULT" and t.entry.pos == "noun"}
            sent_countries = Counter(
                c for p in phrases for (s0, e0, ent, c, sector) in p.conjuncts
                if c and c not in _NOT_STATES and (
                    ent.kind in _NAMED_OR_NISBA
                    # police and courts act at home: "اعتقلت الشرطة التونسية عشرات المحتجين"
                    # (not forces, which may be abroad: "قتلت القوات الأمريكية مدنيين")
                    or sector in _DOMESTIC_SECTORS
                    # and so does a state's opposition: "اتهمت المعارضة الفنزويلية الحكومة"
                    or sector == "OPP" and ent.kind == "generic")
                and (s0, e0) not in shared
                # (not a mediator's: "اتفاق بين الحكومة والمتمردين بوساطة قطرية")
                and not (s0 > sent.start and toks[s0 - 1].key in _MEDIATION)
                # (nor a university's name: "جامعة كولومبيا")
                and not (s0 > sent.start and toks[s0 - 1].key in _UNIVERSITY and ent.kind == "country")
                and not _over_border(toks, sent, s0)
                # (nor a state someone is sent or goes to: "وافقت الحكومة على إرسال قوات إلى مالي")
                and not _sent_abroad(toks, sent, s0, ent.kind)
                # (nor one named in a charge: "اعتقلت السلطات ثلاثة أشخاص بتهمة التجسس لصالح
                # إسرائيل")
                and not _in_charge(toks, sent, s0)
                # (nor a border's one adjective: "قرب الحدود الأفغانية" is as often beyond it;
                # of two, "على الحدود الأردنية السورية", the first is the side told of)
                and not (ent.kind == "nisba" and s0 > sent.start and toks[s0 - 1].key in _BORDER and not (
                    e0 < sent.end and _NISBA_ENDING.search(toks[e0].key) is not None))
                # (nor the adjective of an act protested at: "احتجاجا على القصف الإسرائيلي",
                # or answered: "توعدت الحركة بالرد على الغارات الإسرائيلية")
                and not (ent.kind == "nisba" and (_protested_at(toks, sent, s0, 1, 3)
                                                  or answered is not None and s0 in answered))
                # (nor the striker an attack's adjective names, whose strikes fall abroad as
                # often as at home: "دمرت الغارات الأمريكية مستودعا للأسلحة")
                and not (ent.kind == "nisba" and s0 in struck_by)
            )
            sent_there = {(m.start, m.end) for m in place_uses
                          if _sent_abroad(toks, sent, m.start, m.entry.kind)}
            # (nor a place in the act protested at: "تظاهر الطلاب احتجاجا على الحرب في غزة")
            place_named = [next(iter(cs)) for (s0, e0), cs in by_span.items()
                           if len(cs) == 1 and not _over_border(toks, sent, s0) and (s0, e0) not in sent_there
                           and not _protested_at(toks, sent, s0, 1, 3)]
            sent_countries.update(place_named)
            earlier_places = frozenset(place_countries)
            place_countries.update(place_named)
            article_countries.update(sent_countries)
            if self._capitals and sent_countries:
                bare = self._bare_capital(toks, sent, places, actor_ms, sent_countries)
                if bare is not None:
                    places = [*places, bare]
                    place_uses.append(bare)
            if not triggers:
                continue  # the sentence only informs the context of the next ones
            # (the word looked for in the text first: a scan of every sentence's words costs)
            land = self._bare_country(toks, sent, phrases) if text.find(
                _LAND, toks[sent.start].start_char, toks[sent.end - 1].end_char) >= 0 else None
            if land is not None:
                places = [*places, land]
                place_uses.append(land)
            strip = self._bare_strip(toks, sent, article_countries) if text.find(
                _STRIP, toks[sent.start].start_char, toks[sent.end - 1].end_char) >= 0 else None
            if strip is not None:
                places = [*places, strip]
                place_uses.append(strip)
            # verbs with the future prefix سـ ("سيواصلون" read as "يواصلون")
            future = [i for i in range(sent.start, sent.end) if toks[i].prefix[-1:] == "س"]
            # words that are no act, and so no object of another: a noun that needs a light
            # verb and has none ("قصفت الطائرات": the planes are not downed craft), a
            # province ("مقاطعة بيلغورود", but "مقاطعة إسرائيل" is a boycott), a word of a
            # place's name ("مقاطعة روستوف", "ساحة التحرير"), a place of detention ("مركز
            # احتجاز"), fighting named as what is to end ("يهدف إلى إنهاء القتال")
            perpetrators = [(m.start, m.end) for m in actor_ms if m.entry.id == _PERPETRATORS]
            triggers = [
                t for t in triggers
                if self._supported(toks, t, support, actor_ms, time_toks) and not _facility(toks, t, actor_ms)
                and not _name_in_ya(toks, t) and not _ended(toks, t) and not _the_phone(toks, t)
                and not _commander(toks, t.start) and not _gathered_elsewhere(toks, sent, t)
                and not _published(toks, sent, t) and not _issued(toks, sent, t)
                and not _stopped_thing(toks, sent, t, actor_ms, time_toks, triggers)
                # (an attack's participle that describes the attackers names no attack the
                # others are told through: "تصدت القوات للعناصر المهاجمة وقتلت خمسة منهم")
                and not _participle_adjective(toks, sent, t)
                and not _body_purpose(toks, t, actor_ms) and not _conviction(toks, t)
                and not _families(toks, sent, t, actor_ms, triggers)
                and not _holds_no_one(toks, sent, t, actor_ms) and not _usurped(toks, sent, t)
                and not _stopped_work(toks, sent, t)
                # "طائرة مسيرة مفخخة": the adjective of a rigged thing, no car bomb
                and not (t.end - t.start == 1 and toks[t.start].key == _RIGGED and t.start > sent.start
                         and toks[t.start - 1].key in _RIGGED_THINGS)
                and not _handed_note(toks, sent, t, triggers) and not _by_phone(toks, sent, t, triggers)
                and not _appealed(toks, t, actor_ms) and not _remains(toks, sent, t)
                and not _in_protest(toks, sent, t, support, triggers)
                # (a verb form read as a noun: "وكان القتيل طالبا", "في منطقة رفض"; the words
                # before are looked at first, the functions check where the sentence starts)
                and not ((toks[t.start - 1].key in _NOUN_MARKERS or t.start > 1 and toks[t.start - 2].key in _WAS)
                         and (_told_of_subject(toks, t) or _place_named(toks, t)))
                and not (t.end - t.start == 1 and t.entry.pos == "verb" and _after_name_head(toks, t.start))
                and not (t.entry.type in ("REJECT", "REQUEST") and _anonymity(toks, t.end, sent.end))
                and not (t.end - t.start == 1 and toks[t.start].key in PLACE_NOUNS
                         and any(m.start == t.end and m.entry.kind != "country" for m in places))
                and not _province(toks, sent, t, places, triggers, actor_ms)
                # "بات الوضع تحت السيطرة": under control, no one's, is no place taken
                and not (t.entry.id == _UNDER_CONTROL and _definite(toks[t.end - 1]))
                # "في قضية تفجير المسجد", "في قضية اقتحام السجون": the act a court case is
                # about, told before
                and not (t.entry.pos == "noun" and t.start > sent.start and toks[t.start - 1].key in _CASE)
                # "حكم القضاء على المتهمين": the judiciary that ruled, no elimination
                and not (toks[t.start].key == "قضاء" and t.start > sent.start and toks[t.start - 1].key in _RULED)
                and not _second_weapon(toks, sent, t, triggers) and not _checkpoint(toks, sent, t, triggers)
                # "فتحت السلطات المعبر للسماح بعبور الجرحى": leave granted as the purpose of
                # another act is no act of its own
                # (nor the word before the access it allows: "السماح بدخول مساعدات إنسانية")
                and not (t.entry.mode == "access" and toks[t.start].key == _ALLOWING and (
                    toks[t.start].prep == "ل" or any(o.start == t.end and o.entry.mode == "access" for o in triggers)))
                # "أغلقت إسرائيل المعبر أمام دخول المساعدات": the access a closing bars
                and not (t.entry.mode == "access" and t.start > sent.start and toks[t.start - 1].key == "امام"
                         and not toks[t.start - 1].prep)
                # "قتل ثلاثة جنود فجر اليوم": a word of a time is no verb that needs its subject
                and not (t.entry.needs_subject and any(i in time_toks for i in range(t.start, t.end)))
                # "هاشم تقي": a verb that begins like the article ("التقى") lacks it in a name
                and not ((t.entry.id, toks[t.start].key) in self._article_verbs and not _definite(toks[t.start]))
                # "اعتقلت الشرطة منفذي التفجير", "المسؤولين عن الهجوم": the act that names its
                # perpetrators, or those responsible for it, is told before, no act of the
                # sentence's (also one whose words run past theirs: "منفذ عملية الطعن")
                and not any(s0 < t.start < e0 for s0, e0 in perpetrators)
                and not _held_responsible(toks, t.start)
                # (nor one that starts inside a name and runs past it: "ميدان التحرير بمدينة
                # صنعاء" is no "تحرير مدينة")
                # (a crossing opened may be named: "فتحت مصر معبر رفح")
                and not any((m.start <= t.start and t.end <= m.end and m.end - m.start > t.end - t.start
                             and not (t.entry.mode == "access" and m.start == t.start and t.entry.needs_support))
                            or m.start < t.start < m.end for m in places)
            ]
            if any(t.entry.id == _DOWNED for t in triggers):
                # "أسقطت الدفاعات صاروخا أطلقه الحوثيون": the missile downed is the downing, its
                # launch told by the relative verb names the downing's target
                downed = {(t.start, t.end) for t in triggers if t.entry.id == _DOWNED}
                triggers = [t for t in triggers if t.entry.id == _DOWNED or (t.start, t.end) not in downed]
            triggers = self._casualty_filter(toks, sent, triggers, actor_ms, support)
            triggers = self._violations(toks, sent, triggers)
            triggers = self._act_contents(toks, triggers)
            triggers = _pledges_of_force(toks, sent, triggers)
            triggers = self._threat_content(toks, triggers, time_toks)
            triggers = self._warnings(toks, sent, triggers, phrases)
            triggers = self._operations_of(toks, triggers)
            triggers = self._attack_objects(toks, triggers, time_toks, actor_ms)
            triggers = self._light_verbs(toks, triggers, found.get("support", ()))
            triggers = self._summons(toks, sent, triggers)
            triggers = self._expulsions(toks, sent, triggers)
            triggers = self._stopped_acts(toks, sent, triggers)
            triggers = self._read_anew(toks, sent, triggers, places, support)
            triggers = self._aid_objects(toks, triggers)
            triggers = self._struck_objects(toks, triggers)
            triggers = self._same_attack(toks, sent, triggers)
            game = any(t.entry.type == "ASSAULT" or t.entry.mode == "seize" for t in triggers) and _game(toks, sent)
            triggers = [
                t for t in triggers
                if not self._background(toks, sent, t, (support, triggers))
                and not self._inside_name(toks, t, actor_ms)
                and self._beside_subject(toks, t, phrases, triggers, time_toks)
                and not _counted(toks, t, actor_ms) and not _natural(toks, sent, t) and not _idiom(toks, sent, t)
                and not _crowd_received(toks, sent, t) and not _charged(toks, sent, t, triggers) and not _remit(toks, sent, t)
                and not _bracketed(toks, sent, t)
                and not _named_after_rank(toks, sent, t)
                and not _sport(toks, sent, t, game) and not _held(toks, sent, t)
                and not _possessed_head(toks, t, self._verb_words) and not _fled_after(toks, sent, t, triggers)
                and not _called(toks, sent, t) and not _street_name(toks, sent, t) and not _vote(toks, t)
                and not _outbreak_of(toks, sent, t) and not _interview(toks, sent, t)
                and not _dialogue_as_means(toks, sent, t) and not _fight_not_had(toks, sent, t)
                and not _names_a_body(toks, sent, t) and not _under_warrant(toks, sent, t)
            ]
            triggers = _marched_against(toks, triggers)
            triggers = [self._as_noun(t) if self._article_on_verb(toks, t) or _agent_then_li(toks, sent, t, phrases)
                        else t for t in triggers]
            triggers = [self._as_passive(t) if _marked_passive(toks[t.start], t) or _shot_by(toks, sent, t, time_toks)
                        or _by_agent(toks, sent, t) or _killed_alone(toks, sent, t, phrases, time_toks)
                        or _accused_of(toks, sent, t, phrases) else t
                        for t in triggers]
            triggers = self._protesters(toks, triggers, actor_ms)
            cues = self._tense_checked(toks, cues, triggers)
            # "قال مصدر طلب عدم ذكر اسمه إن": the source's wish to stay unnamed
            cues = [c for c in cues if not (_anonymity(toks, c.start, sent.end) or _anonymity(toks, c.end, sent.end))]
            cues = [c for c in cues if not (c.entry.id == _WITHOUT_CUE and c.end < sent.end
                                            and (toks[c.end].key in _AGES or toks[c.end].text.isdigit()))]
            # "جلسة بطلب من روسيا": a meeting held at one's request, not an act requested
            cues = [c for c in cues if not (toks[c.start].prep == "ب" and c.end < len(toks)
                                            and toks[c.end].key == "من" and c.entry.modality == "requested")]
            groups = self._link(toks, triggers)
            primary = {id(t): g[0] for g in groups for t in g}
            lexical = {
                i for m in (*triggers, *actor_ms, *cues, *support) for i in range(m.start, m.end)
            }
            ctx = _Ctx(
                support_ends=frozenset(m.end for m in support),
                # (an act's word told as a given names no place: "جبهات القتال")
                local_places=tuple(self._local_places(
                    toks, sent, places, lexical | {i for m in found.get("triggers", ()) for i in range(m.start, m.end)},
                    {i for t in triggers for i in range(t.start, t.end)})),
                word_pos=word_pos,
                tstarts=tstarts,
                lexical=lexical,
                place_spans=tuple((m.start, m.end) for m in places),
                answered=answered,
                acts=tuple((t.start, t.end) for t in triggers if t.entry.pos == "noun"),
                found_triggers=found.get("triggers", ()),
                earlier_town=earlier_town,
                place_countries=earlier_places,
            )
            built: list[tuple[Event, Any]] = []
            for trig in triggers:
                others = [t for t in triggers if primary[id(t)] is not primary[id(trig)]]
                if answered is not None and trig.start in answered:
                    # an act answered, told first here ("ردا على إطلاق صاروخ من القطاع مساء
                    # أمس"): its words alone tell who, where and when
                    t_phrases = [p for p in phrases if p.start in answered]
                    t_places = [m for m in place_uses if m.start in answered]
                    t_times = [x for x in times if x[0][0] in answered]
                else:
                    t_phrases, t_places, t_times = phrases, place_uses, times
                ev = self._event(
                    text, toks, sent, trig, t_phrases, t_places, cues, support, future, t_times,
                    time_toks, article_date, sent_countries, article_countries,
                    [b for b in built if primary[id(b[1])] is not primary[id(trig)]], others, ctx,
                )
                built.append((ev, trig))
            by_trigger = {id(t): ev for ev, t in built}
            sent_events = [self._merge([by_trigger[id(t)] for t in g], g, toks) for g in groups]
            heads = [g[0] for g in groups]
            sent_events = self._condemned_agents(toks, sent_events, groups, triggers)
            sent_events = self._fatalities(toks, sent, sent_events, heads, phrases, text, ctx.answered, time_toks,
                                           (sent_countries, article_countries))
            sent_events = [_by_protesters(_against_protesters(ev), h) for ev, h in zip(sent_events, heads)]
            sent_events, heads = _rioters_once(sent_events, heads)
            sent_events = _placeless_sanctions([_evacuation_order(toks, _solo_drill(toks, _verdict(toks, ev, h), h), h)
                                                for ev, h in zip(sent_events, heads)])
            sent_events, heads = self._drop_mentions(toks, sent, sent_events, heads, article_date, attacked)
            sent_events = self._claimed_by_pronoun(toks, sent, sent_events, heads, phrases, text)
            sent_events, heads = self._calls_as_medium(toks, sent_events, heads)
            sent_events = self._on_occasion(toks, sent_events, heads)
            sent_events = self._called_crimes(sent_events, heads)
            kept = self._counterparts_coded(self._not_of_whom_they_address(self._dedupe(sent_events, heads, toks)))
            # "وصلت القافلة", "الذين وصلوا إلى المستشفى": only forces arrive as a deployment;
            # "دخل القرار حيز التنفيذ", "دخل المستشفى": only armed men enter a place by force
            # (a commander arriving is an official, no force: "وصل رئيس هيئة الأركان")
            # (nor do craft that carry aid: "وصلت طائرة تحمل مساعدات طبية سعودية")
            aid_borne = {ev.trigger.start_char for ev in kept if ev.type == "AID"}
            kept = [ev for ev in kept if not (ev.rules[0] == _ARRIVAL and ev.type == "MOBILIZE" and (not (
                ev.actors and all(a.sector in _FORCES and not _official(a) for a in ev.actors)) or any(
                    k + 1 < sent.end and toks[k].key in _LADEN and toks[k + 1].start_char in aid_borne
                    for k in (bisect.bisect_left(tstarts, a.end_char) for a in ev.actors))))
                and not (ev.rules[0] == _ENTRY and not (ev.place is not None and ev.actors and all(
                    a.sector in _FORCES or a.sector == "REB" for a in ev.actors)))]
            attacked = attacked or any(ev.type == "ASSAULT" and ev.modality == Modality.ASSERTED for ev in kept)
            if earlier_sides:
                kept = [_sides_told_before(ev, earlier_sides) for ev in kept]
            earlier_sides = next(((*ev.actors, *ev.targets) for ev in reversed(kept) if _two_sides(ev)), earlier_sides)
            events.extend(kept)
            named_towns = [m for m in place_uses if m.entry.kind in _TOWNS]
            if named_towns:
                last = max(named_towns, key=lambda m: m.start)
                earlier_town = tuple(m for m in named_towns if (m.start, m.end) == (last.start, last.end))
        return _without_conjunctions(text, toks, tstarts, events)

    def _counterparts_coded(self, events: list[Event]) -> list[Event]:
        """A counterpart alone on its side in one act takes the sector it has in another act
        of the sentence: "دعا الوزير المصري نظيره الإثيوبي إلى استئناف المفاوضات" (a minister,
        GOV, in the call and so in the talks called for)."""
        if len(events) < 2:
            return events
        coded = {(a.start_char, a.end_char): a for ev in events for a in (*ev.actors, *ev.targets)
                 if a.rule in self._mirrors and a.sector is not None}
        if not coded:
            return events

        def fill(side):
            return tuple(attrs.evolve(a, sector=coded[(a.start_char, a.end_char)].sector)
                         if a.sector is None and (a.start_char, a.end_char) in coded else a for a in side)

        return [attrs.evolve(ev, actors=fill(ev.actors), targets=fill(ev.targets)) if any(
            a.sector is None and (a.start_char, a.end_char) in coded for a in (*ev.actors, *ev.targets)) else ev
            for ev in events]

    def _not_of_whom_they_address(self, events: list[Event]) -> list[Event]:
        """Who asks, accuses, threatens, sanctions or rejects a state it names is not of that
        state: "وطالب الوزير طهران بوقف دعمها" does not make the minister Iranian, nor the
        ministry that condemned before it ("وأدانت الوزارة القصف، داعية واشنطن"); such a side,
        coded by the context alone, keeps no state."""
        wrong = {(a.start_char, a.country) for ev in events if ev.type in _ADDRESSING
                 for a in ev.actors if a.rule in self._contextual and a.country is not None
                 and any(t.country == a.country and t.rule.startswith(_STATE_NAMES) for t in ev.targets)}
        if not wrong:
            return events
        return [attrs.evolve(ev, actors=tuple(
            attrs.evolve(a, country=None) if (a.start_char, a.country) in wrong else a for a in ev.actors))
            if any((a.start_char, a.country) in wrong for a in ev.actors) else ev for ev in events]

    def _claimed_by_pronoun(self, toks, sent, events, triggers, phrases, text):
        """A claim of the attack told before by a pronoun: "قتل خمسة جنود في انفجار عبوة ..،
        وتبنت حركة الشباب المسؤولية عنه" names who made it (as "وتبنت الحركة الهجوم" does)."""
        if not any(ev.type == "ASSAULT" and ev.modality == Modality.ASSERTED for ev in events):
            return events  # (no attack to claim: no scan of the words)
        claims = [i for i in range(sent.start, sent.end)
                  if (toks[i].key in _CLAIM or toks[i].key in _ANNOUNCE) and not _has_object_suffix(toks[i])]
        out = list(events)
        for c in claims:
            p = next((p for p in phrases if p.start == c + 1 and p.kind != "nisba"), None)
            if p is None or not (p.end + 1 < sent.end and toks[p.end].key == "مسووليه"
                                 and toks[p.end + 1].norm.lstrip("و") in ("عنه", "عنها")):
                continue
            k = next((k for k in range(len(out) - 1, -1, -1) if out[k].type == "ASSAULT"
                      and triggers[k].end <= c and out[k].modality == Modality.ASSERTED), None)
            if k is None:
                continue
            ev = out[k]
            named = {(a.code, a.name) for a in ev.actors}
            extra = tuple(a for a in self._codes(p, toks, text, "ASSAULT") if (a.code, a.name) not in named)
            if extra:
                out[k] = attrs.evolve(ev, actors=ev.actors + extra, rules=ev.rules + ("merge.claim",))
        return out

    @staticmethod
    def _calls_as_medium(toks, events, triggers):
        """A phone call named as the way an act was done is made by who did it, to whom
        it was done, as that act is told: "دعا أمير الكويت، في اتصال هاتفي مساء أمس، أمير
        قطر إلى ضبط النفس" is a call from Kuwait's emir to Qatar's, made, not called for.
        Talks held in it are the call ("بحث السراج في اتصال هاتفي مع أردوغان": one event)."""
        if not any(ev.type == "CONSULT" and ev.mode == "phone" for ev in events):
            return events, triggers
        out = list(events)
        for k in range(len(events)):
            ev, t = events[k], triggers[k]
            if not (ev.type == "CONSULT" and ev.mode == "phone" and t.start > 0 and toks[t.start - 1].key == "في"
                    and not toks[t.start - 1].has_conj):
                continue
            # the act whose verb stands before it, past only its subject and a comma
            j = next((j for j in range(k - 1, -1, -1) if triggers[j].entry.pos == "verb"
                      and 0 <= t.start - triggers[j].end <= 12
                      and not any(x.text in _SENTENCE_ENDS for x in toks[triggers[j].end : t.start])), None)
            if j is None or out[j] is None:
                continue
            act = out[j]
            merged = act.type == "CONSULT" and act.mode is None
            out[k] = attrs.evolve(
                ev, actors=act.actors or ev.actors, targets=ev.targets or act.targets,
                modality=act.modality, date=ev.date or act.date,
                rules=ev.rules + ("merge.medium" if merged else "slot.medium",))
            if merged:
                out[j] = None
        keep = [i for i, ev in enumerate(out) if ev is not None]
        return [out[i] for i in keep], [triggers[i] for i in keep]

    @staticmethod
    def _called_crimes(events, triggers):
        """An act called a crime or a lie is its doer's: "وصفت الخارجية القصف الإسرائيلي بأنه
        جريمة حرب", "أفاد المجلس بمقتل ... بمسيّرة من قوات الدعم السريع، واصفا الحادث بأنه
        جريمة": whoever did the last act told before the denunciation is its target."""
        if not any(t.entry.id == _CALLED_CRIME for t in triggers):
            return events
        out = list(events)
        for k, (ev, t) in enumerate(zip(events, triggers)):
            if t.entry.id != _CALLED_CRIME or ev.targets:
                continue
            done = next((d for d, u in zip(reversed(events[:k]), reversed(triggers[:k]))
                         if d.type in _MILITARY_TYPES and u.end <= t.start), None)
            if done is not None and done.actors and not set(done.actors) & set(ev.actors):
                out[k] = attrs.evolve(ev, targets=done.actors, rules=(*ev.rules, "slot.called"))
        return out

    @staticmethod
    def _on_occasion(toks, events, triggers):
        """An act told as done during talks right after it ("اتفق الرئيسان، خلال لقاء جمعهما
        امس في لواندا، على", "دعا الوزراء في ختام اجتماعهم في القاهرة") was done where and
        when the talks were, where its own words do not tell."""
        if not any(ev.type == "CONSULT" for ev in events):
            return events
        starts = {t.start: k for k, t in enumerate(triggers) if events[k].type == "CONSULT"}
        out = list(events)
        for k, (ev, t) in enumerate(zip(events, triggers)):
            if ev.type == "CONSULT" or (ev.place is not None and ev.date is not None):
                continue
            # ("، خلال لقاء", "في ختام اجتماعهم", past the act's subject only)
            amid = next((i for i in range(t.end, min(len(toks), t.end + 12)) if toks[i].key in _AMID), None)
            if amid is None or any(x.text in _SENTENCE_ENDS or x.key in COMPLEMENTIZERS for x in toks[t.end : amid]):
                continue
            c = starts.get(amid + 1)
            if c is None:
                continue
            talks = events[c]
            place = ev.place if ev.place is not None else talks.place
            date = ev.date if ev.date is not None or ev.modality != Modality.ASSERTED else talks.date
            if place is ev.place and date is ev.date:
                continue
            out[k] = attrs.evolve(ev, place=place, date=date, rules=ev.rules + (
                ("place.occasion",) if place is not ev.place else ()) + (
                ("date.occasion",) if date is not ev.date else ()))
        return out

    # -- phrases ------------------------------------------------------------------------
    @staticmethod
    def _responsible_for(toks, phrases, triggers) -> None:
        """"ملاحقة المسؤولين عن الهجوم", "اعتقلت الشرطة المسؤول عن التفجير": those
        responsible for an act of force are whoever did it, no officials (one "عن الأمن" is)."""
        acts = {t.start for t in triggers if t.entry.type in _MILITARY_TYPES and _held_responsible(toks, t.start)}
        if not acts:
            return
        for p in phrases:
            if len(p.conjuncts) == 1 and p.end + 1 in acts and p.conjuncts[0][4] == "GOV":
                s, e, entry, country, _ = p.conjuncts[0]
                p.conjuncts[0] = (s, e, entry, country, None)

    @staticmethod
    def _aid_phrases(toks, phrases, triggers, support, actor_ms) -> None:
        """"قدمت إيران طائرات مسيرة لروسيا": the things given, right after their giver, and
        whom they are given to are two phrases, not Russia's drones; "وصلت سفينة مساعدات
        قطرية": the craft that is the aid leaves its adjective, the giver, a phrase of its own."""
        for trig in triggers:
            e = trig.entry
            if e.type == "AID" and e.pos == "noun" and not e.needs_support and trig.end < len(toks):
                n, p = next(((n, p) for n, p in enumerate(phrases) if p.start == trig.start and trig.end < p.end
                             and len(p.conjuncts) == 1), (None, None))
                m = p and next((m for m in actor_ms if m.start == trig.end and m.end == p.end), None)
                if m is not None and m.entry.kind in ("nisba", "country"):
                    # (the feminine adjective may read as the country: "سعودية")
                    phrases[n] = _Phrase(m.start, m.end, [(m.start, m.end, m.entry, m.entry.country, (
                        m.entry.sector if m.entry.kind == "country" else None))], m.entry.kind)
                    continue
            if (e.type != "AID" or e.pos != "noun" or not isinstance(e.needs_support, tuple)
                    or trig.end >= len(toks) or not toks[trig.end].has_li
                    or not any(s.entry.id in e.needs_support and 0 <= trig.start - s.end <= 4 for s in support)):
                continue
            for n, p in enumerate(phrases):
                if p.start <= trig.start and trig.end < p.end and len(p.conjuncts) == 1:
                    m = next((m for m in actor_ms if m.start == trig.end and m.end <= p.end), None)
                    if m is not None:
                        s, _, head, country, _ = p.conjuncts[0]
                        phrases[n : n + 1] = [
                            _Phrase(p.start, trig.end, [(s, trig.end, head, head.country, head.sector)], p.kind),
                            _Phrase(m.start, p.end, [(m.start, p.end, m.entry, country, m.entry.sector)], m.entry.kind)]
                    break

    @staticmethod
    def _joins(toks, m, nxt, end, sector) -> bool:
        """Whether the generic or title ``nxt``, right after the head ``m`` (a generic or a
        title), belongs to its phrase: as a construct's definite genitive ("قوات الجيش",
        "منازل المواطنين", "زعيم الجماعة", "عناصر التنظيم"), or as an adjective agreeing with
        it ("مسلحون انتحاريون", "عنصران انتحاريان": no second actor)."""
        e, n = m.entry, nxt.entry
        if (e.kind not in ("generic", "title") or nxt.start != end or toks[nxt.start].has_conj
                or toks[nxt.start].prep):
            return False
        if e.id == _CEREMONY and nxt.end < len(toks) and toks[nxt.end].key in RELATIVE:
            return False  # "جنازة الصحفية التي قتلت": the clause tells of the dead, not the funeral
        if n.id == _OWN_COUNTRY and e.kind == "generic" and e.sector and not e.inanimate:
            return True  # "قوات بلاده", "جيش بلادنا": the speaker's state's
        if n.id == _GUNMEN and e.kind == "generic" and nxt.end - nxt.start == 1 and _agrees(
                toks[end - 1], toks[nxt.start]):
            return True  # "مستوطنون مسلحون": "armed", agreeing with the men before, describes them
        if e.kind == "generic" and e.sector == "CVL" and not e.inanimate and _protesting_adjective(toks, end, nxt):
            return True  # "طلاب محتجين": protesting, an adjective of the people before
        if e.kind == "title" and n.kind == "generic" and n.sector and toks[end - 1].key in _IN_NAME_OF:
            return True  # "المتحدث باسم الجيش", "الناطق باسم المتمردين": who he speaks for
        if (n.kind == "pronoun" or (n.kind == "generic" and (
                e.kind == "generic" or sector is None or (e.kind == "title" and n.sector and not n.opposed)))) and (
            # (a head named in a construct of its own is definite: "فرقت قوات الأمن المتظاهرين";
            # the genitive may be a construct itself: "رئيس مجلس النواب")
            not _definite(toks[m.start]) and not _definite(toks[m.end - 1]) and (
                _definite(toks[nxt.start]) or nxt.end - nxt.start > 1 and _definite(toks[nxt.end - 1]))
            # (a head that ends in its adjective heads no construct: "اتهمت منظمة حقوقية الجيش";
            # nor does a craft or a band with one: "استهدف هجوم بطائرات مسيرة أبراج الكهرباء",
            # "هاجمت جماعات مسلحة مراكز الشرطة")
            and not (m.end - m.start > 1 and _NISBA_ENDING.search(toks[m.end - 1].key) is not None
                     and not (e.kind == "title" and toks[m.end - 1].key in _MINISTRIES))
            and not (m.end - m.start > 1 and toks[m.end - 1].key in _FINAL_ADJECTIVES)
        ):
            # "اقتحم مستوطنون المسجد": the verb's subject, then its object; so are youths
            # before a state's forces ("رشق شبان قوات الاحتلال بالحجارة")
            return not _keeps_nun(toks[end - 1]) and not _youths_before_forces(toks[end - 1], n)
        if n.kind == "generic" and _definite(toks[m.start]) == _definite(toks[nxt.start]) and (
                sector, n.sector) == ("MIL", "REB"):
            # "جنود انقلابيون", "العسكريون المتمردون", "العسكريين الانقلابيين": soldiers in
            # revolt are rebels, told by an adjective in the subject's case or in the head's
            # (not "اعتقلت القوات الانقلابيين": the verb's object)
            adj, head = toks[nxt.start].key, toks[m.end - 1].key
            return adj.endswith("ون") or (adj.endswith("ين") and head.endswith("ين"))
        return (n.kind == "generic" and _definite(toks[m.start]) == _definite(toks[nxt.start])
                and _NISBA_ENDING.search(toks[nxt.start].key) is not None
                # (an adjective is one word: "دمرت الطائرات الآليات العسكرية" is the object)
                and nxt.end - nxt.start == 1
                # "هاجم مسلحون مجهولون دورية": a noun in "ية" that cannot agree is the object
                and not _not_its_adjective(toks[end - 1], toks[nxt.start])
                # "اعتقلت الشرطة الصحفي": a noun of another sector is the verb's object
                and (sector is None or n.sector is None or n.sector == sector))

    def _accusative_adjectives(self, toks: Sequence[Tok], ms: list[Any], triggers: Sequence[Any]) -> list[Any]:
        """A state's name right after an act's indefinite noun in the accusative is that
        noun's adjective, not its genitive ("صدت القوات 30 هجوما روسيا": Russian attacks;
        such a noun takes no genitive)."""
        ends = {t.end for t in triggers if t.entry.pos == "noun" and t.end - t.start == 1}
        if not any(m.start in ends for m in ms):
            return ms
        swapped = []
        for m in ms:
            nisba = self._accusative_nisbas.get(toks[m.start].key) if m.end - m.start == 1 else None
            if (nisba is not None and m.entry.kind == "country" and m.start in ends
                    and not toks[m.start].prefix  # (the name's own "أل" is no article: "ألمانيا")
                    and toks[m.start - 1].key.endswith("ا") and not _definite(toks[m.start - 1])
                    and not toks[m.start - 1].suffixed):
                m = attrs.evolve(m, entry=nisba)
            swapped.append(m)
        return swapped

    def _phrases(
        self, toks: Sequence[Tok], ms: list[Any], sent: Sentence, acts: set[int] = frozenset(),
        time_toks: AbstractSet[int] = frozenset(), verb_ends: AbstractSet[int] = frozenset(),
    ) -> list[_Phrase]:
        """Actor phrases: heads with their nisba adjectives and constructs, coordinated.

        ``acts`` are the first tokens of the sentence's triggers: no unknown adjective
        between a head and its nisba is one ("ضحايا القصف الإسرائيلي": the nisba is the
        shelling's). ``time_toks`` are the tokens of time expressions, which end a name;
        ``verb_ends`` where verb triggers end, and the bare nouns of acts that take their
        patient in the genitive ("اعتقال"): a nisba right after one is people.
        """
        heads: list[_Phrase] = []
        used: set[int] = set()
        # "مخططا إرهابيا", "زيا عسكريا": an accusative adjective of the indefinite noun before
        # it, no man
        ms = [m for m in ms if not (
            m.entry.kind == "generic" and m.entry.sector in ("REB", "MIL") and m.end - m.start == 1
            and m.start > sent.start
            and toks[m.start].norm.endswith("يا") and not toks[m.start].prefix
            and (prev := toks[m.start - 1]).norm.endswith("ا") and not _definite(prev) and not prev.prefix
            and not prev.is_punct and prev.key not in QUANTITY and numbers.parse_number(prev.text) is None
            and not any(x.start <= m.start - 1 < x.end for x in ms))]
        # "حزب العمال البريطاني": the words a bare "party" heads are its name, not people
        ms = [m for i, m in enumerate(ms) if not (
            i and m.entry.kind == "generic" and m.start == ms[i - 1].end and ms[i - 1].entry.id == _PARTY_ANAPHOR
            and not _definite(toks[ms[i - 1].start]) and not toks[m.start].prefix)]
        for i, m in enumerate(ms):
            if i in used:
                continue
            e = m.entry
            country, sector = e.country, e.sector
            end = m.end
            if toks[end - 1].key == "في":
                # "الموظفين في المنظمات الدولية": the words of where they work end the name
                while (end < min(sent.end, m.end + 3) and _definite(toks[end]) and not toks[end].prefix
                       and end not in time_toks and not any(x.start == end for x in ms)):
                    end += 1
            if e.id == _PARTY_ANAPHOR and not _definite(toks[m.start]) and not toks[m.start].prefix:
                end = _party_name_end(toks, sent, m, ms, time_toks)
            if e.kind == "nisba":
                if self._people_nisba(toks, m, verb_ends):
                    # "40 فلسطينيا", "تظاهر عراقيون": a nationality used as a noun is people
                    heads.append(_Phrase(m.start, m.end, [(m.start, m.end, e, e.country, "CVL")], "people"))
                else:
                    heads.append(_Phrase(m.start, m.end, [(m.start, m.end, e, e.country, None)], "nisba"))
                continue
            j = i + 1
            alt = j
            while alt < len(ms) and ms[alt].start == m.start and ms[alt].end <= end:
                alt += 1
            if alt > j and alt < len(ms) and ms[alt].start == end and all(
                    ms[x].entry.kind == "pronoun" for x in range(j, alt)):
                # "ميليشيا حزب الله": a word that may also name the body told before heads the
                # name after it, no anaphor
                used.update(range(j, alt))
                j = alt
            if (e.kind == "generic" and not e.inanimate and j < len(ms) and ms[j].start == end
                    and ms[j].end == end + 1 and toks[end].key in _EXTREMIST
                    and not toks[end].prefix and _definite(toks[end]) == _definite(toks[end - 1])
                    and toks[end].key[-2:] == toks[end - 1].key[-2:]):
                # "مستوطنون متطرفون", "مسلحين متشددين": an extremist people's adjective, in
                # their case and article, not the verb's object
                end += 1
                used.add(j)
                j += 1
            if (e.id in _SHIPS and country is None and j < len(ms) and ms[j].start == end + 2
                    and end + 1 < sent.end and toks[end].key in _FLYING and toks[end + 1].key in _FLAG
                    and ms[j].entry.kind in ("country", "nisba") and ms[j].entry.country):
                # "ناقلة نفط ترفع علم بنما", "سفينة ترفع العلم الليبيري": the state whose flag
                # a ship flies is its own
                country = ms[j].entry.country
                end = ms[j].end
                used.add(j)
                j += 1
            if (e.kind == "title" and j + 1 < len(ms) and ms[j].start == end and ms[j].end == end + 1
                    and toks[end].key in _MILITARY_ADJECTIVES and ms[j + 1].entry.kind in ("force", "group")
                    and _rank_then_in(toks[end + 1 : ms[j + 1].start])):
                # "قائد عسكري بارز في الحرس الثوري": the title's military adjective, then the
                # force the title serves in
                end += 1
                used.add(j)
                j += 1
            # title / generic + named actor: "مبعوث الأمم المتحدة", "مقاتلات التحالف",
            # "عناصر من داعش", "المتحدث باسم قوات الحوثي"
            if (e.kind == "org" and country is None and j < len(ms) and ms[j].start == end
                    and (e.sector not in ("REB", "OPP", "PTY") or toks[ms[j].start].key.endswith("يه"))
                    and (ms[j].entry.kind in ("country", "capital") or (
                        # "سلطات الاحتلال": the authorities of the state its forces are
                        ms[j].entry.kind == "force" and ms[j].entry.country and not _definite(toks[end - 1])))
                    and not toks[ms[j].start].has_conj
                    and not toks[ms[j].start].prep
                    # (a definite body takes no bare name: "المجتمع الدولي إيران" is two; nor a
                    # name that cannot be its adjective: "اتهمت الحكومة الإمارات" is two)
                    and (not _definite(toks[end - 1]) or _definite(toks[ms[j].start])
                         and toks[ms[j].start].key.endswith("يه"))):
                # "وزارة الخارجية السعودية", "الحكومة السعودية": the state's own body (the
                # name doubles as the nisba)
                country = ms[j].entry.country
                end = ms[j].end
                used.add(j)
                j += 1
            elif e.kind in ("title", "generic", "pronoun") and j < len(ms):
                nxt = ms[j]
                between = [t for t in toks[end : nxt.start] if t.text not in _QUOTES]
                # "حافلة تقل جنودا", "سيارة تقل مسلحين": a vehicle carrying armed men is theirs;
                # so is one carrying an official ("سيارة تقل مسؤولا محليا") or people of a
                # sector of their own ("سيارة تقل صحفيين"; one carrying workers stays the
                # civilians' property it is)
                carrying = (e.kind == "generic" and e.inanimate and len(between) == 1 and between[0].key in _CARRYING
                            and (nxt.entry.kind == "generic" and nxt.entry.sector not in (None, "CVL")
                                 or nxt.entry.kind == "title" and (nxt.entry.sector is not None
                                                                   or _members_of_group(toks, nxt, ms[j + 1 : j + 2]))))
                member = any(t.key in _MEMBERSHIP for t in between)
                # "مسلحون يعتقد أنهم من حركة الشباب": of the body they are believed to be of
                hedged = len(between) == 3 and _hedged(between) and between[2].key == "من"
                # "مسلحون من قبيلة الدليم": armed men of a tribe or a clan, armed still
                tribesmen = (e.kind == "generic" and e.sector in _ARMED_SECTORS and nxt.entry.id == _TRIBES
                             and [t.key for t in between] == ["من"])
                # an indefinite thing's adjective or contents before its owner: "مركبة مصفحة
                # للشرطة", "مستودع أسلحة تابع للجيش"
                # (or what it holds: "مستودعا للذخيرة تابعا للجيش")
                # (or what it is for, past two words: "منشآت تخزين أسلحة تابعة لفصائل")
                owned = ((e.inanimate or e.opposed) and 1 <= len(between) <= 3 and not between[0].is_punct
                         and (not (between[0].prefix or _definite(between[0]))
                              or between[0].prep == "ل" and len(between) == 2)
                         and not _definite(toks[end - 1]) and toks[nxt.start].has_li
                         and (len(between) == 1 or (between[-1].key in BELONGING and not between[-1].prefix
                                                    and not any(x.prefix or x.is_punct for x in between[1:-1])))
                         # (not past the words of an act the thing begins: "قافلة مساعدات إنسانية
                         # تابعة للأمم المتحدة" is the aid's, whose sender the UN is)
                         and (len(between) < 3 or end - 1 not in acts))
                # "قائد وحدة الصواريخ في حزب الله": the title's unit, named by its genitive,
                # within the body
                unit = (e.kind == "title" and len(between) == 3 and between[0].key in _TITLE_OFFICES
                        and not between[0].prefix and not _definite(between[0]) and _definite(between[1])
                        and not between[1].prep and not between[1].has_conj and between[2].key == "في"
                        and not between[2].prefix and (nxt.entry.kind in ("group", "org", "force") or (
                            nxt.entry.kind == "generic" and nxt.entry.sector in _ARMED_SECTORS)))
                gap = [] if carrying or owned or hedged or unit else [
                    t for t in between if t.key not in AFFILIATION and not (
                        # ("يشتبه في انتمائهم إلى تنظيم داعش": suspected of belonging to it)
                        t.key in _MEMBERSHIP or (member and t.key in ("الي", "في"))) and not (
                        # "المسؤول في حماس", "قيادي في الحركة": a title within a body (and a
                        # chamber: "عضوا في المجلس التشريعي")
                        e.kind == "title" and t.key == "في"
                        and (nxt.entry.kind in ("group", "org", "force", "pronoun")
                             or nxt.entry.sector in ("REB", "OPP", "LEG"))
                    ) and not (
                        # "والي الأنبار في تنظيم داعش": the province a group's title names
                        e.kind == "title" and len(between) == 2 and t is between[0] and between[1].key == "في"
                        and nxt.entry.sector == "REB" and nxt.entry.kind == "group"
                        and not t.prep and not t.has_conj and not t.suffixed
                    ) and not (
                        # "ضابط في الجيش السوري", "مقاتل في حزب الله", "قائد عسكري بارز في
                        # الحرس الثوري": an armed man within a named force or group (past
                        # his rank's adjective)
                        e.kind == "generic" and e.sector in _ARMED_SECTORS and nxt.entry.kind in ("force", "group")
                        and (t.key == "في" and t is between[-1]
                             or t is between[0] and len(between) == 2 and t.key in _RANK_ADJECTIVES)
                    ) and not (
                        # "محكمة جنايات القاهرة": a court named by its kind and its city
                        e.sector == "JUD" and t.key in _COURTS and nxt.entry.kind in ("capital", "country"))
                    # "مدير عمليات الأونروا", "مدير مكتب قناة الجزيرة": the office of a body
                    and not (e.kind == "title" and t.key in _TITLE_OFFICES and t is between[0] and not t.prep)
                    # "قادة دول مجموعة السبع": the heads of the states a body unites
                    and not (e.kind == "title" and t.key in _MEMBER_STATES and len(between) == 1 and not t.prep
                             and not t.has_conj and nxt.entry.kind == "org")
                    # "قائد ميداني في هيئة تحرير الشام": the title's own adjective
                    and not (e.kind == "title" and t is between[0] and not t.prefix
                             and (t.key in _TITLE_ADJECTIVES or t.key in _RANK_ADJECTIVES))
                    # (with its adjective: "رئيس المكتب السياسي لحركة حماس")
                    and not (e.kind == "title" and len(between) > 1 and t is between[1]
                             and between[0].key in _TITLE_OFFICES and not between[0].prep
                             and _definite(t) == _definite(between[0]) and t.key.endswith("ي") and not t.prep)
                ]
                supporters = (e.id == _MEMBER_TITLE and toks[end - 1].key in _SUPPORTERS and not between
                              and (nxt.entry.kind in ("title", "person")
                                   # (or of a party no one names: "لأنصار حزب سياسي")
                                   or nxt.entry.id == _PARTY_ANAPHOR and not _definite(toks[nxt.start]))
                              and not toks[nxt.start].prep
                              and not toks[nxt.start].has_conj)
                named = carrying or supporters or tribesmen or nxt.entry.kind in _NAMED or (
                    # "مسلحون يعتقد أنهم من قطاع الطرق": of the armed band they are believed
                    # to be of, named by its common noun
                    hedged and nxt.entry.kind == "generic" and nxt.entry.sector in _ARMED_SECTORS) or (
                    e.kind == "title" and nxt.entry.sector in ("REB", "OPP") and between) or (
                    # "عضوا في المجلس التشريعي": a member of a chamber
                    e.kind == "title" and nxt.entry.sector == "LEG" and [t.key for t in between] == ["في"]) or (
                    # "رئيس حزب الدستور", "زعيم حزب سابق": the head of a party named by its bare word
                    e.kind == "title" and nxt.entry.id == _PARTY_ANAPHOR and not between
                    and not _definite(toks[nxt.start]) and not toks[nxt.start].prefix) or (
                    # "عناصر من الحركة", "القيادي في الحركة": members of the body told before
                    e.kind == "title" and sector is None and nxt.entry.kind == "pronoun"
                    and [t.key for t in between] in (["من"], ["في"])) or (
                    # "المتحدث باسم الحركة": the spokesman of the body told before
                    e.id == _SPOKESMAN and nxt.entry.id == _BODY_ANAPHOR and not between) or (
                    # "جهاز الأمن الوقائي": a body's bare word heading the body it names
                    e.id == _BODY_ANAPHOR and not between and not _definite(toks[end - 1])
                    and nxt.entry.kind == "generic" and nxt.entry.sector is not None
                    and not toks[nxt.start].prep and not toks[nxt.start].has_conj) or (
                    # "عناصر من الشرطة", "دورية للجيش": members or assets of a body named by
                    # its common noun
                    e.kind in ("title", "generic") and sector is None and nxt.entry.kind == "generic"
                    and nxt.entry.sector is not None and (
                        [t.key for t in between] == ["من"] or (not between and toks[nxt.start].has_li))
                ) or (
                    # "رئيس حزب معارض", "زعيم جماعة مسلحة": the head of a body named by its
                    # common noun
                    e.kind == "title" and not between and nxt.entry.kind == "generic"
                    and nxt.entry.sector in ("REB", "OPP") and not _definite(toks[end - 1])
                    and not toks[nxt.start].prep and not toks[nxt.start].has_conj
                ) or (
                    # "موكب لرئيس الدولة", "موكب وزير الداخلية": a site or a convoy of an official
                    # (or of a party: "مقر حزب المؤتمر الشعبي")
                    e.kind == "generic" and e.opposed and sector is None and (
                        nxt.entry.kind == "title"
                        or nxt.entry.id == _PARTY_ANAPHOR and not toks[nxt.start].prefix and nxt.start == end)
                    and nxt.entry.sector is not None and not between and (toks[nxt.start].has_li or (
                        not _definite(toks[end - 1]) and not toks[nxt.start].prep and not toks[nxt.start].has_conj))
                ) or (
                    # "سيارة ناشط حقوقي", "منزل مواطن": a site or a vehicle of a person (or a
                    # home: "منزلي أسيرين فلسطينيين")
                    e.kind == "generic" and (e.opposed and sector is None or e.id == _HOMES)
                    and nxt.entry.kind == "generic"
                    and not nxt.entry.inanimate and nxt.entry.sector is not None and not between
                    and not _definite(toks[end - 1]) and not toks[nxt.start].prep and not toks[nxt.start].has_conj
                    # (not an adjective: "هدفا عسكريا")
                    and _NISBA_ENDING.search(toks[nxt.start].key.removesuffix("ا")) is None
                ) or (
                    # "حافلة للجيش", "مبنى للشرطة": property of the army or the police is theirs
                    # (past its adjective: "مركبة مصفحة للشرطة")
                    # (and one told as belonging to armed men: "مستودعا للأسلحة تابعا لميليشيا")
                    e.kind == "generic" and e.inanimate and sector in ("CVL", None) and (not between or owned)
                    and nxt.entry.kind == "generic" and (
                        nxt.entry.sector in ("MIL", "COP") or owned and nxt.entry.sector == "REB")
                    and toks[nxt.start].has_li
                ) or (
                    # "جنود من الجيش الكاميروني": some of a body of their own kind ("قوات من
                    # الشرطة": forces of any armed body)
                    e.kind == "generic" and nxt.entry.kind == "generic" and sector in _ARMED_SECTORS
                    and (nxt.entry.sector == sector or (toks[m.start].key == "قوات" and m.end - m.start == 1
                                                        and nxt.entry.sector in _ARMED_SECTORS))
                    and [t.key for t in between] == ["من"]
                ) or (
                    # "موظفين في منظمة إغاثية", "عاملين في شركة نفطية": staff of a body named by
                    # its common noun (the form ends with its "في")
                    e.id == _STAFF and not between and toks[end - 1].key == "في" and nxt.entry.kind == "generic"
                    and nxt.entry.sector is not None and not toks[nxt.start].prefix
                ) or (
                    # "أسرى من القوات الحكومية": captives taken from a state's forces are theirs
                    e.id == _DETAINEES and nxt.entry.kind == "generic" and nxt.entry.sector in _FORCES
                    and [t.key for t in between] == ["من"]
                )
                if named and not between and e.kind in ("generic", "pronoun") and not toks[nxt.start].prep and not (
                    # "المتمردون الحوثيون", "المسلحين الحوثيين": the group as the rebels' adjective
                    e.sector == "REB" and nxt.entry.kind == "group" and nxt.end - nxt.start == 1
                    and _definite(toks[nxt.start]) and toks[nxt.start].key.endswith(("يون", "يين"))
                    and toks[nxt.start].key[-2:] == toks[end - 1].key[-2:]
                ) and (
                    _definite(toks[end - 1]) or (_keeps_nun(toks[end - 1]) and (
                        _definite(toks[nxt.start]) or _NISBA_ENDING.search(toks[nxt.start].key) is None))
                ):
                    # "اتهم الجيش حزب الله", "طالبت المنظمة السلطات": a definite noun heads no
                    # construct, nor does a plural that keeps its "ن" ("هاجم مسلحون سفارة":
                    # the verb's object; "مسلحين حوثيين" is the group as their adjective)
                    named = False
                if named and e.id == _OWN_COUNTRY:
                    named = False  # "دعم بلاده للحكومة الشرعية": one's own state heads no construct
                if (named and not between and m.end - m.start > 1 and nxt.entry.kind != "nisba"
                        and len(toks[m.end - 1].key) > 3 and _ADJECTIVE_ENDING.search(toks[m.end - 1].key) is not None
                        and not _definite(toks[m.end - 1]) and _definite(toks[nxt.start]) and not toks[nxt.start].prep):
                    # "طالبت منظمات حقوقية السلطات المصرية": a head that ends in its adjective
                    # heads no construct, the definite name after it is the verb's object
                    named = False
                if named and e.id == _DETAINEES and toks[nxt.start].has_li and nxt.entry.sector in _HOLD_NO_ONE:
                    named = False  # "سلمت الحركة ثلاث رهائن للصليب الأحمر": to whom they are handed
                if named and not between and _youths_before_forces(toks[end - 1], nxt.entry):
                    named = False  # "رشق شبان قوات الاحتلال": the verb's subject, then its object
                if (named and not between and e.kind == "title"
                        and nxt.entry.kind in ("org", "group", "capital", "country", "generic")
                        and _definite(toks[m.end - 1]) and not toks[nxt.start].prep
                        and _NISBA_ENDING.search(toks[nxt.start].key) is None):  # (not "المبعوث الأممي")
                    # "حث الوزير المجتمع الدولي", "زار الوزير طهران", "طالبت رئيسة الوزراء سلطات
                    # ميانمار": nor does a title that ends with the article
                    named = False
                if named and toks[end - 1].key in _FOREIGN and nxt.entry.kind in ("country", "capital"):
                    named = False  # "انسحاب القوات الأجنبية من ليبيا": foreign to the state named
                if (named and toks[end - 1].suffixed and [t.key for t in between] == ["من"]
                        and nxt.entry.kind in ("country", "capital")):
                    named = False  # "سحب قواتها من سوريا": one's own, from the state named
                if named and not between and e.kind in ("title", "generic") and toks[nxt.start].prep == "ب":
                    named = False  # "ندد الرئيس بإسرائيل": what "بـ" names is the verb's
                if named and not gap and (
                        len(between) <= 2 or unit or owned or (member or hedged) and len(between) <= 4) and not (
                        toks[nxt.start].has_conj):
                    ne = nxt.entry
                    if supporters:
                        # "أنصار الرئيس السابق": a man's supporters are civilians of his state,
                        # not his office
                        country, sector = ne.country, "CVL"
                    elif ne.kind in ("country", "capital", "nisba") and any(t.key in _LOYAL for t in between):
                        pass  # "الانفصاليين الموالين لروسيا": loyal to a state, not its own
                    elif tribesmen:
                        pass  # (of the state around them, as the armed men they are)
                    elif e.kind == "generic" and sector and (
                        ne.kind in ("country", "capital") or (ne.kind in ("org", "person") and ne.sector == "GOV")
                    ):
                        # "قوات صنعاء", "طائرات روسيا", "قوات حكومة الوفاق", "قوات القذافي":
                        # the forces' own sector
                        country = ne.country
                        if ne.kind == "org" and toks[m.start].key in _EMPLOYEES and (
                                [t.key for t in (*between, toks[m.end - 1])][-1] == "في"
                                or not between and toks[m.start].key.endswith("ي")):
                            # "موظفا في السفارة الفرنسية", "موظفي وزارة الداخلية": the state's staff
                            sector = "GOV"
                    elif ne.country in _NOT_STATES or e.kind == "generic":
                        # (a home stays civilian property, whoever's it is: "منزل ضابط"; not
                        # a building or a bus of a body, "مبنى للشرطة", "حافلة تقل جنودا")
                        country, sector = ne.country, sector if (
                            e.id == _HOMES and not between and not toks[nxt.start].has_li) else ne.sector or sector
                        if ne.country is None and ne.kind == "group" and not e.inanimate and (
                                member or all(t.key == "من" or t.key in BELONGING for t in between)):
                            # "مسلحون من تنظيم داعش", "مسلحو داعش", "خلية تابعة لداعش": the men
                            # of a group of no state are coded as the group, not by the country
                            # around them (those tied to it are of their own: "مسلحون مرتبطون
                            # بالقاعدة")
                            e = ne
                    else:
                        country = ne.country
                        if (ne.kind == "group" or (ne.kind == "org" and ne.sector not in (None, "GOV")) or (
                                ne.kind == "generic" and ne.sector in ("REB", "OPP")) or ne.id == _PARTY_ANAPHOR) and (
                                ne.sector and sector is not None):
                            # "أمين عام حزب الله" is of the group, not a state; "رئيس هيئة
                            # علماء المسلمين", "رئيس حزب معارض" of the body
                            sector = ne.sector
                        if sector is None:
                            # a title without a sector of its own stands for the body:
                            # "عناصر من داعش" is coded as داعش
                            e, sector = ne, ne.sector
                    if e.kind == "pronoun" and not between and ne.kind in ("org", "group"):
                        e = ne  # "منظمة هيومن رايتس ووتش": the body's word, then its name
                    end = nxt.end if ne.id != _PARTY_ANAPHOR or _definite(toks[nxt.start]) else _party_name_end(
                        toks, sent, nxt, ms, time_toks)  # ("رئيس حزب الدستور": to the party's name)
                    if tribesmen and not _definite(toks[nxt.start]):
                        end = _name_end(toks, sent, nxt.end, ms, time_toks | acts)  # (and to the tribe's)
                    used.add(j)
                    j += 1
                    if ((ne.kind == "org" or (ne.kind == "generic" and ne.sector in _ARMED_SECTORS
                                              and not _definite(toks[nxt.start])))  # "جنديا من جيش النيجر"
                            and ne.country is None and j < len(ms) and ms[j].start == end
                            and ms[j].entry.kind in ("country", "capital") and not toks[end].has_conj):
                        # "قوات موالية لحكومة طرابلس": the government's state is the forces'
                        country = ms[j].entry.country
                        end = ms[j].end
                        used.add(j)
                        j += 1
                    elif (ne.kind == "generic" and not _definite(toks[nxt.start]) and j < len(ms)
                            and ms[j].start == end and ms[j].entry.kind == "group"
                            and not toks[end].has_conj and not toks[end].prep):
                        # "إرهابيين من تنظيم بي كا كا": members of the body the group's name
                        # follows
                        country, sector = ms[j].entry.country, ms[j].entry.sector or sector
                        end = ms[j].end
                        used.add(j)
                        j += 1
                    elif carrying and _members_of_group(toks, nxt, ms[j : j + 1]):
                        # "سيارة تقل عناصر من حزب الله": the men it carries are the group's
                        country, sector = ms[j].entry.country, ms[j].entry.sector
                        end = ms[j].end
                        used.add(j)
                        j += 1
                elif self._joins(toks, m, nxt, end, sector):
                    # a construct or an agreeing adjective; a title without a sector stands
                    # for the body, one with a sector heads it ("رئيس البرلمان" is LEG); a
                    # party's head stands for the party told before ("الأمين العام للحزب")
                    if e.kind == "title" and (sector is None or nxt.entry.kind == "pronoun" and nxt.entry.sector or (
                            # "وزراء خارجية دول الخليج": officials of several states, of none
                            nxt.entry.kind == "generic" and not nxt.entry.contextual and nxt.entry.sector == sector)):
                        e, sector = nxt.entry, None  # (the body's sector, just below)
                    sector = nxt.entry.sector if e.kind == "title" and nxt.entry.kind == "generic" and (
                        nxt.entry.sector) else sector or nxt.entry.sector
                    if e.kind == "generic" and sector == "CVL" and _protesting_adjective(toks, end, nxt):
                        e, sector = nxt.entry, nxt.entry.sector  # "طلاب محتجين": protesters
                    if sector == "MIL" and e.kind == "generic" and nxt.entry.sector in ("COP", "SPY"):
                        sector = nxt.entry.sector  # "ضباط الشرطة", "ضباط المخابرات": the body's men
                    elif sector == "MIL" and e.kind == "generic" and nxt.entry.sector in ("OPP", "REB"):
                        sector = "REB"  # "قوات المعارضة": an opposition in arms
                    end = nxt.end
                    used.add(j)
                    j += 1
            if sector == "OPP" and end > m.end and getattr(e, "opposed", False) and toks[m.start].key in _POSTS:
                sector = "REB"  # "مواقع المعارضة", "حاجز للمعارضة": the posts of an opposition in arms
            if sector is None and getattr(e, "opposed", False) and end < sent.end:
                # "مواقع عسكرية", "قافلة مدنية": the adjective tells whose the site is
                sector = _SITE_ADJECTIVES.get(toks[end].key)
                if (sector is None and end + 1 < sent.end and not _definite(toks[end - 1])
                        and not _definite(toks[end]) and _definite(toks[end + 1])
                        and not any(t.prep or t.has_conj or t.is_punct for t in toks[end : end + 2])):
                    # (past the name of its town: "مطار حماة العسكري")
                    sector = _SITE_ADJECTIVES.get(toks[end + 1].key)
            if (sector in _FORCES and e.kind in ("generic", "force") and end < sent.end
                    and toks[end].key in _REBEL_ADJECTIVES and not toks[end].prep and not toks[end].has_conj):
                # "القوات الانفصالية", "الوحدات المتمردة": forces in revolt are rebels
                sector, end = "REB", end + 1
            conjuncts = [(m.start, end, e, country, sector)]
            # nisba adjectives after the head (up to two unknown adjectives between):
            # "طائرات حربية روسية وسورية", "قوات الأمن السودانية", "وزير الخارجية الروسي"
            if country is None and e.kind in ("title", "generic", "pronoun", "org", "force"):
                k = j
                while k < len(ms) and m.start <= ms[k].start and ms[k].end <= end:
                    # (past another reading of a word the phrase holds: "لميليشيا" as a
                    # militia and as a body, before "عراقية")
                    used.add(k)
                    k += 1
                probe = end
                nis = []
                while k < len(ms) and (ms[k].entry.kind == "nisba" or (
                        # "منشآت نفطية سعودية", "الطائرات السعودية": a country's name in "ية" that
                        # agrees with the noun in the article is its adjective (with a construct's
                        # genitive: "ناقلة النفط السعودية")
                        ms[k].entry.kind == "country" and ms[k].end - ms[k].start == 1
                        and _definite(toks[ms[k].start]) == _definite(toks[m.end - 1])
                        and toks[ms[k].start].key.endswith("يه") and not toks[ms[k].start].prep
                        and (not toks[ms[k].start].has_conj or nis and _state_adjective(toks, ms[k], toks[m.start])))):
                    between = [t for t in toks[probe : ms[k].start] if t.text not in _QUOTES]
                    if (nis and e.kind == "title" and 0 < len(between) <= 4 and toks[ms[k].start].has_conj
                            and all(_name_word(t) for t in between)
                            and acts.isdisjoint(range(probe, ms[k].start))):
                        # "وزيرا الخارجية المصري سامح شكري والسعودي فيصل بن فرحان": the first
                        # one's name, then the second side
                        nis[-1] = (nis[-1][0], ms[k].start)
                        between = []
                    # (past the number of a craft's model written apart: "إف 16", "سو 24")
                    numbered = [t for x, t in enumerate(between) if not (x and between[x - 1].key in _MODEL_NAMES)]
                    if not nis and len(between) == 2 and _hedged(between):
                        numbered = []  # "طائرات حربية يرجح أنها روسية": the state it likely is
                    if len(between) > (2 if not nis else 0) or any(
                        t.is_punct or t.key in FUNCTION_WORDS
                        or (any(ch.isdigit() for ch in t.norm) and not _MODEL.match(t.norm))  # "إف-16"
                        # a count starts a phrase of its own: "خطف مسلحون ثلاثة مهندسين أتراك"
                        or t.key in QUANTITY or numbers.parse_number(t.text) is not None
                        or t.key in LOCATIVE or t.key in _OFF  # "سفينة قبالة السواحل الصومالية"
                        or t.key in _CAPITAL_WORD  # "قصفت الطائرات العاصمة الأوكرانية"
                        or t.key in _LOYAL  # "متظاهرين مؤيدين للفلسطينيين": whom they back
                        for t in numbered
                    ) or not acts.isdisjoint(range(probe, ms[k].start)) or (
                        # "رفضت الحكومة المبادرة الأمريكية": a definite word after a definite
                        # head is its adjective only in an adjective's form ("القوات الجوية
                        # الروسية", "القوات الخاصة الأمريكية"); a noun is the verb's object
                        _definite(toks[m.end - 1]) and any(
                            _definite(t) and not _NISBA_ENDING.search(t.key) and t.key not in _BODY_ADJECTIVES
                            for t in between)
                    ) or (
                        # "أحرق متظاهرون غاضبون العلم الإسرائيلي": an indefinite head's
                        # adjectives are indefinite; a definite noun after one of them is the
                        # verb's object, the nisba its own (right after the head it is the
                        # head's genitive: "جنود القوة الألمانية")
                        not _definite(toks[m.end - 1]) and any(
                            x and _definite(t) and not _definite(between[x - 1]) and not _NISBA_ENDING.search(t.key)
                            for x, t in enumerate(between))
                    ):
                        break
                    if not nis and _not_its_adjective(toks[m.end - 1] if between else toks[probe - 1],
                                                      toks[ms[k].start]):
                        # "قصفت القوات الحكومية مخزنا إيرانيا", "هاجم المسلحون منجما
                        # صينيا": an adjective that cannot agree with the head is the next
                        # noun's; right after the phrase, it is a man of that nation
                        # ("اعتقلت الشرطة فلسطينيا")
                        break
                    if nis and not toks[ms[k].start].has_conj:
                        break
                    used.add(k)
                    probe = ms[k].end
                    nis.append((ms[k], probe))
                    k += 1
                    if (e.kind == "title" and k + 1 < len(ms) and ms[k].entry.kind == "person"
                            and ms[k].start == probe and ms[k].entry.country in (None, nis[-1][0].entry.country)
                            and ms[k + 1].start == ms[k].end and ms[k + 1].entry.kind == "nisba"
                            and toks[ms[k + 1].start].has_conj):
                        # "الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان": each
                        # nisba with its holder's name
                        used.add(k)
                        probe = ms[k].end
                        nis[-1] = (nis[-1][0], probe)
                        k += 1
                if len(nis) > 1 and nis[0][1] > nis[0][0].end and nis[-1][1] == nis[-1][0].end:
                    # the last side's name, as the first one's: "... المصري سامح شكري
                    # والسعودي فيصل بن فرحان"
                    starts = {x.start for x in ms}
                    n_end = nis[-1][1]
                    while (n_end < sent.end and n_end - nis[-1][1] < 4 and _name_word(toks[n_end])
                           and toks[n_end].key not in _DURING and n_end not in time_toks
                           and n_end not in starts and n_end not in acts):
                        n_end += 1
                    nis[-1] = (nis[-1][0], n_end)
                if nis:
                    if sector is None and getattr(e, "opposed", False) and toks[m.start].key in _ARMOUR:
                        sector = "MIL"
                    conjuncts = [(m.start, nis[0][1], e, nis[0][0].entry.country, sector)]
                    for extra, extra_end in nis[1:]:
                        conjuncts.append((extra.start, extra_end, e, extra.entry.country, sector))
                    end = nis[-1][1]
                    if (len(nis) == 1 and end < sent.end and toks[m.start].key in _PLANES
                            and toks[end].key in DRONES and not toks[end].prefix
                            and _definite(toks[end]) == _definite(toks[m.end - 1])
                            and not any(t.key in SHOOT_DOWN for t in toks[max(sent.start, m.start - 4) : m.start])):
                        # "طائرة أمريكية مسيرة": the craft's nisba, then its adjective (not
                        # the drone shot down, which is that act's word: "أسقط طائرة أمريكية مسيرة")
                        end += 1
                        conjuncts[0] = (m.start, end) + conjuncts[0][2:]
                        if k < len(ms) and ms[k].start == end - 1:
                            used.add(k)
            elif country is not None and e.kind in ("generic", "force", "title"):
                if (j < len(ms) and ms[j].entry.kind == "nisba" and ms[j].start == end
                        and ms[j].entry.country == country and not toks[ms[j].start].has_conj):
                    # "مستوطنون إسرائيليون": the nationality the noun already has is its adjective
                    end = ms[j].end
                    used.add(j)
                    j += 1
                elif (e.kind == "force" and j < len(ms) and ms[j].entry.kind == "nisba" and ms[j].start == end
                        and ms[j].entry.country is not None and _definite(toks[ms[j].start])
                        and not toks[ms[j].start].has_conj
                        and not _not_its_adjective(toks[end - 1], toks[ms[j].start])):
                    # "قوات الدفاع الوطني الإثيوبية": a force's name another state's forces bear
                    country = ms[j].entry.country
                    conjuncts = [(m.start, ms[j].end, e, country, sector)]
                    end = ms[j].end
                    used.add(j)
                    j += 1
                # "القوات الأمريكية والأردنية": a nisba joined by "و" is another side of the
                # same kind
                k = j
                while (k < len(ms) and (ms[k].entry.kind == "nisba" or _state_adjective(toks, ms[k], toks[m.start]))
                       and ms[k].start == end
                       and toks[ms[k].start].has_conj and ms[k].entry.country not in (None, country)):
                    conjuncts.append((ms[k].start, ms[k].end, e, ms[k].entry.country, sector))
                    used.add(k)
                    end = ms[k].end
                    k += 1
            if m.entry.id == _STATE_SECURITY and conjuncts[0][3] is None and not (
                    m.start > sent.start and (toks[m.start - 1].key in _FIRE_OF
                                              or toks[m.start - 1].key in _SECURITY_ACTS)):
                # "الأمن والاستقرار": security itself, no state's forces named (but its men
                # are its forces, "عناصر من الأمن", and so is whose fire, "برصاص الأمن", and
                # who arrests or raids: "داهم الأمن منزل الناشط")
                continue
            heads.append(_Phrase(m.start, end, conjuncts, e.kind))
        # "قوات التحالف العربي بقيادة السعودية", "الجيش الوطني بقيادة حفتر": the leader named
        # after a force belongs to the force's phrase, and is no actor of its own; so does
        # the body a phrase belongs to ("التابعة للأمم المتحدة")
        # "حركة المقاومة الإسلامية (حماس)": a name in brackets after a phrase is the same body
        led: list[_Phrase] = []
        for p in heads:
            q = led[-1] if led else None
            bracketed = (
                # (past the closing quote of a name: "تنظيم «الدولة الإسلامية» (داعش)")
                q is not None and toks[p.start - 1].text == "(" and (q.end == p.start - 1 or (
                    q.end == p.start - 2 and toks[q.end].text in _QUOTES))
                and p.end < sent.end and toks[p.end].text == ")" and p.kind != "nisba"
            )
            posted = (  # "المبعوث الأممي إلى اليمن", "سفير السعودية لدى لبنان": where an envoy is sent
                q is not None and q.end == p.start - 1 and toks[q.end].key in _POSTED_TO
                # (a city after "إلى" is where one goes: "يصل المبعوث الأممي إلى صنعاء"; an
                # ambassador is "لدى" a capital)
                and (p.kind == "country" or p.kind == "capital" and toks[q.end].key != "الي")
                and not toks[p.start].has_conj
                # (not one's own: "استدعت تونس سفيرها لدى ليبيا" is aimed at the host)
                and any(toks[i].key in _ENVOYS and not toks[i].suffixed for i in range(q.start, q.end)))
            owned = (  # "المفوضية السامية التابعة للأمم المتحدة", "القوات البحرية التابعة للجماعة"
                q is not None and q.end == p.start - 1 and toks[p.start - 1].key in BELONGING
                and toks[p.start].has_li and p.kind != "nisba" and len(p.conjuncts) == 1)
            men_of = (  # "مسلحو الحركة", "مسلحو تنظيم «الدولة الإسلامية»": whose men they are
                q is not None and q.end == p.start and q.kind == "generic" and len(q.conjuncts) == 1
                and toks[q.end - 1].norm.endswith("و") and len(toks[q.end - 1].norm) > 3
                and p.kind not in ("nisba", "country", "capital") and len(p.conjuncts) == 1
                and not toks[p.start].has_conj and not toks[p.start].prep)
            loyal = (  # "الفصائل السورية الموالية لأنقرة", "مسلحين موالين للعقيد معمر القذافي":
                # the patron is named, the codes stay
                q is not None and q.end == p.start - 1 and toks[p.start - 1].key in _LOYAL
                and toks[p.start].has_li and p.kind in ("country", "capital", "title", "person")
                and len(p.conjuncts) == 1)
            # (the bare noun after a site is whose command it houses, "مقر قيادة عسكري"; after
            # people it is a leadership of its own: "التقى الرئيس التونسي قيادة الاتحاد")
            led_by = (q is not None and q.end == p.start - 1 and toks[p.start - 1].key in LED_BY
                      and (toks[p.start - 1].key.startswith("ب") or q.conjuncts[-1][2].inanimate))
            if bracketed or posted or owned or men_of or loyal or led_by:
                s0, _, ent, country, sector = q.conjuncts[-1]
                if bracketed and len(q.conjuncts) == 1 and country is None and (
                        sector is None or p.conjuncts[0][2].kind in ("group", "org", "force")):
                    # (the body the brackets name: "مسلحو تنظيم «الدولة الإسلامية» (داعش)")
                    ent, country, sector = p.conjuncts[0][2], p.conjuncts[0][3], p.conjuncts[0][4] or sector
                if men_of:
                    # the owner's codes ("تنظيم الدولة" is of no state)
                    ent, country, sector = p.conjuncts[0][2], p.conjuncts[0][3], p.conjuncts[0][4] or sector
                if owned or (led_by and country is None and p.kind != "nisba" and len(p.conjuncts) == 1):
                    # what belongs to a body is of its state, and an armed group's is the group's;
                    # so are men led by one of no state of their own ("قوات بقيادة حفتر", "وفد
                    # بقيادة وزير الخارجية الإيراني")
                    owner_sector = p.conjuncts[0][4]
                    country = country or p.conjuncts[0][3]
                    sector = owner_sector if sector is None or owner_sector == "REB" else sector
                end = p.end + 1 if bracketed else p.end
                q.conjuncts[-1] = (s0, end, ent, country, sector)
                q.end = end
                continue
            led.append(p)
        heads = led
        # apposition: a title and the name of its holder, "وزير الخارجية الروسي، سيرغي
        # لافروف" / "مبعوث الأمم المتحدة الخاص لسوريا ستافان دي ميستورا": the person's name
        # (and the unknown first names before it) joins the title's phrase
        appos: list[_Phrase] = []
        for p in heads:
            if (appos and appos[-1].kind == "person" and p.kind == "title" and p.start == appos[-1].end
                    and not toks[p.start].has_conj and not toks[p.start].prep
                    and any(x.entry is appos[-1].conjuncts[-1][2] and p.start < x.start and x.end <= p.conjuncts[0][1]
                            for x in ms)):
                # "ولي العهد السعودي الأمير محمد بن سلمان وأمير قطر": one man by his title and
                # by his name, then the phrase's other sides
                q = appos[-1]
                s0, _, ent, country, sector = q.conjuncts[-1]
                q.conjuncts[-1] = (s0, p.conjuncts[0][1], ent, country, sector)
                q.conjuncts.extend(p.conjuncts[1:])
                q.end = p.end
                continue
            if (
                p.kind == "person" and len(appos) >= 2 and appos[-1].kind in ("country", "capital")
                and toks[appos[-1].start].has_li and appos[-2].kind in ("title", "org")
                # (the name right after, past first names: not "دعم عسكري إضافي لأوكرانيا
                # خلال لقائه زيلينسكي", the state aided, then whom he met)
                and p.start - appos[-1].end <= 3 and acts.isdisjoint(range(appos[-1].end, p.start))
                and all(_name_word(t) or t.text in ("،", ",") for t in toks[appos[-1].end : p.start])
            ):
                appos.pop()  # "مبعوث الأمم المتحدة الخاص لسوريا ستافان دي ميستورا"
            if appos and p.kind == "person" and not toks[p.start].has_conj:
                q = appos[-1]
                between = toks[q.end : p.start]
                words = [t for t in between if not t.is_punct]
                if (
                    q.kind in ("title", "generic", "pronoun", "org")
                    and len(words) <= 4
                    and all(t.text in ("،", ",") or t.text in _QUOTES or not t.is_punct for t in between)
                    # first names, not a clause: "السفير الفرنسي للاحتجاج على تصريحات ماكرون"
                    and not any(t.has_conj or t.key in FUNCTION_WORDS for t in words)
                    # nor a circumstantial accusative: "شهباز شريف شاكراً ترامب"
                    and not any(_accusative(t) for t in words)
                    # nor an act: "أدانت الحركة اغتيال إسماعيل هنية" (the killed is no title's)
                    and acts.isdisjoint(range(q.end, p.start))
                    # nor a man of another state: "التقى الرئيس الأمريكي الملك عبد الله الثاني"
                    and (None in (p.conjuncts[0][2].country, q.conjuncts[-1][3])
                         or p.conjuncts[0][2].country == q.conjuncts[-1][3])
                ):
                    s0, _, ent, country, sector = q.conjuncts[-1]
                    pe = p.conjuncts[0][2]
                    q.conjuncts[-1] = (
                        s0, p.end, ent, country or pe.country, sector or pe.sector,
                    )
                    q.end = p.end
                    continue
            if (appos and appos[-1].kind == "title"
                    and (p.kind in ("title", "org", "person") or p.conjuncts[0][2].mirrors)
                    and toks[p.start].has_conj and appos[-1].end < p.start
                    # (past the title's own adjective: "المبعوث الأمريكي الخاص زلماي خليل زاد")
                    and p.start - (k0 := appos[-1].end + _title_adjective(toks[appos[-1].end])) <= 3
                    and all(_name_word(t) and not t.has_conj for t in toks[k0 : p.start])
                    and acts.isdisjoint(range(appos[-1].end, p.start))
                    and time_toks.isdisjoint(range(appos[-1].end, p.start))):
                # "المبعوث الأمريكي ستيف ويتكوف ووزير الخارجية الإيراني": the first holder's
                # name the lexicon lacks, then a second side (or his counterpart: "الرئيس
                # الكيني جون روتو ونظيره الصومالي")
                q = appos[-1]
                s0, _, ent, country, sector = q.conjuncts[-1]
                q.conjuncts[-1] = (s0, p.start, ent, country, sector)
                q.end = p.start
            appos.append(p)
        # a phrase inside another one is no phrase of its own; phrases in order that do not
        # overlap (the usual case) have none inside another
        if any(q.end > p.start for q, p in zip(appos, appos[1:])):
            appos = [
                p for p in appos
                if not any(q is not p and q.start <= p.start and p.end <= q.end for q in appos)
            ]
        heads = appos
        # coordination: X و Y, X، و Y
        merged: list[_Phrase] = []
        for p in heads:
            if merged:
                q = merged[-1]
                between = toks[q.end : p.start]
                if between and between[0].text == "(" and ")" in [t.text for t in between] and len(between) <= 5:
                    between = between[[t.text for t in between].index(")") + 1 :]
                bare_wa = [t for t in between if t.text in _CONJUNCTIONS]
                between = [t for t in between if t.text not in _QUOTES and t not in bare_wa]
                if len(between) >= 2 and between[0].key == "من" and between[1].key in _HANDS:
                    between = between[2:]  # "بين قوات الجيش من جهة، ومسلحي الدعم السريع"
                # "بين القوات الحكومية ومئات المتمردين": the second side counted
                # (not persons counted as a toll: "مقتل جندي أميركي و11 شخصا آخرين")
                counted = len(between) == 1 and _counted_conjunct(between[0]) and not p.conjuncts[0][2].toll_only
                if counted:
                    between = []
                if (
                    (toks[p.start].has_conj or bare_wa or counted)
                    and all(t.text in ("،", ",") for t in between)
                    and (p.kind != "nisba" and q.kind != "nisba"
                         # "الوساطة القطرية والمصرية", "المبادرة السعودية والعمانية" (the first
                         # read as the state): two states' adjectives of one noun
                         or p.kind == "nisba" and q.kind in ("nisba", "country") and p.start == q.end
                         and toks[p.start].has_conj)
                ):
                    s0, e0, ent, country, sector = q.conjuncts[-1]
                    nxt = p.conjuncts[0]
                    if (country is None and sector is None and not between and ent.kind == "generic"
                            and nxt[2].kind == "generic" and nxt[3] is not None):
                        # "سفن وغواصات أمريكية": the adjective after both nouns is the first's too
                        q.conjuncts[-1] = (s0, e0, ent, nxt[3], nxt[4])
                    elif (country is None and sector in _STATE_ORGANS and not between and e0 - s0 == 1
                          and _definite(toks[s0]) and ent.kind in ("org", "generic") and len(p.conjuncts) == 1
                          and nxt[3] is not None and nxt[2].country is None and nxt[1] - nxt[0] > 1
                          and _NISBA_ENDING.search(toks[nxt[1] - 1].key)):
                        # "وفدا الحكومة والمعارضة السورية", "بين الجيش والمعارضة السورية": a
                        # state's body joined to a side its adjective ends is of that state
                        q.conjuncts[-1] = (s0, e0, ent, nxt[3], sector)
                    q.conjuncts.extend(p.conjuncts)
                    q.end = p.end
                    continue
            merged.append(p)
        for p in merged:
            # "مقاتلات تركية من طراز إف-16 قصفت": the craft's make is of its phrase (two
            # words at most, "ميغ 21"), so the verb after it has its subject
            k = p.end
            if k + 2 < sent.end and toks[k].key == "من" and toks[k + 1].key == _MAKE and p.kind != "nisba":
                j = k + 2
                starts = {q.start for q in merged}
                while (j < min(sent.end, k + 4) and not toks[j].is_punct and j not in acts and j not in time_toks
                       and not toks[j].has_conj and j not in starts):
                    j += 1
                if j > k + 2:
                    p.end = j
            # "طائرة أمريكية من دون طيار استهدفت": so is the pilot it has not
            if k + 2 < sent.end and toks[k].key == "من" and not toks[k].prefix:
                k += 1
            if k + 1 < sent.end and _no_pilot(toks, k + 1) and p.kind != "nisba":
                p.end = k + 2
        return merged

    @staticmethod
    def _resolve_anaphora(toks, phrases, memory, sent) -> None:
        """Give a referring noun the codes of what it refers to, across the article:
        "الحركة" -> the latest named actor whose name has "حركة" (حركة الشباب); "بلاده" ->
        the country of the latest actor coded with a state (the speaker's, not the
        European Union he spoke with); "الطرفان", "البلدين" -> the two sides an earlier
        sentence, or this one, named last, together; memory grows with each named actor."""
        for p in phrases:
            if (p.kind == "generic" and len(p.conjuncts) == 1 and p.conjuncts[0][2].id == _OWN_COUNTRY
                    and p.conjuncts[0][3] is None):
                # "قوات بلاده": the forces of the speaker's state
                s0, e0, ent, _, sector = p.conjuncts[0]
                found = _whose_country(toks, memory, sent, s0)
                if found is not None:
                    p.conjuncts[0] = (s0, e0, ent, found[3], sector)
                continue
            if p.kind == "pronoun" and len(p.conjuncts) == 1 and p.conjuncts[0][3] is None:
                s0, e0, ent, _, _ = p.conjuncts[0]
                # (the body's word ends the phrase of its members: "عناصر من الحركة")
                head = toks[s0].key if e0 - s0 == 1 or ent.id == _SIDES_ENTRY else toks[e0 - 1].key
                found = None
                if head.startswith("بلاد"):
                    found = _whose_country(toks, memory, sent, s0)
                    if found is not None:
                        p.conjuncts[0] = (s0, e0, found[2], found[3], "GOV")
                        continue
                elif ent.id != _SIDES_ENTRY:
                    found = _remembered(memory, head)
                elif e0 - s0 == 1 and head in _TWO_SIDES:
                    pair = _last_pair(toks, memory, s0)
                    if pair is not None and pair[1][1] > sent.start and not any(
                            _clause_break(t) for t in toks[pair[1][1] : s0]):
                        pair = None  # "دعت واشنطن والرياض الطرفين": not the callers themselves
                    if pair is not None:
                        # "الطرفان", "البلدين": the two sides named together last ("بين إيران
                        # والعراق"), states as their governments
                        p.conjuncts[:] = [(s0, e0, c[2], c[3], "GOV" if head in _TWO_STATES else c[4]) for c in pair]
                        continue
                if found is not None:
                    # (the body itself, not the sites named with it: "مواقع لحركة الشباب" ...
                    # "توعدت الحركة")
                    p.conjuncts[0] = (s0, e0, ent if getattr(found[2], "inanimate", False) else found[2],
                                      found[3], found[4])
            elif (p.kind == "title" and len(p.conjuncts) == 1 and p.conjuncts[0][3:] == (None, None)
                    and toks[p.conjuncts[0][1] - 1].key in _IN_NAME_OF and toks[p.conjuncts[0][1] - 1].suffixed):
                # "وقال المتحدث باسمه": the spokesman of the sentence's first coded actor, its
                # subject ("رفض المجلس عرضا قدمه المتمردون، وقال المتحدث باسمه"), else of the
                # latest one told before
                owner = _first_side(memory, sent, p.start) or next(
                    (c for _, c in reversed(memory) if c[3] or c[4]), None)
                if owner is not None:
                    s0, e0, ent, _, _ = p.conjuncts[0]
                    p.conjuncts[0] = (s0, e0, ent, owner[3], owner[4])
            elif (p.kind == "title" and len(p.conjuncts) == 1 and p.conjuncts[0][3:] == (None, None)
                    and p.conjuncts[0][2].id == _SPOKESMAN):
                # "المتحدث باسم الحركة": the spokesman of the latest body named with that word
                s0, e0, ent, _, _ = p.conjuncts[0]
                head = toks[e0 - 1].key
                found = _remembered(memory, head)
                if found is not None:
                    p.conjuncts[0] = (s0, e0, ent, found[3], found[4])
            elif (p.kind == "title" and len(p.conjuncts) == 1 and p.conjuncts[0][2].id == _MEMBER_TITLE
                    and p.conjuncts[0][4] is None and toks[p.start].suffixed):
                # "قالت حركة الشباب إن عناصرها هاجموا": the members of the latest body named
                # (not of people: "قال الجيش إن مسلحين قتلوا ثلاثة من عناصره"; a state's
                # force named by its common noun is a body: "أعلنت الشرطة مقتل أربعة من عناصرها")
                # (a body named in the feminine is no "his": "داهمت الشرطة مقرات لحزب الشعوب
                # واعتقلت العشرات من أعضائه")
                his = toks[p.start].norm.endswith("ه")
                owner = next((c for _, c in reversed(memory) if ((c[2].kind in _MEMBER_BODIES and (c[3] or c[4])) or (
                    c[2].kind == "generic" and c[4] in _FORCES and _definite(toks[c[0]])))
                    and not (his and _feminine_word(toks[c[0]]))), None) or next((
                        # (or the state's force the sentence named before them, of no state
                        # named: "أعلنت الشرطة مقتل أربعة من عناصرها")
                        q.conjuncts[0] for q in reversed(phrases) if sent.start <= q.start and q.end <= p.start
                        and len(q.conjuncts) == 1 and q.kind == "generic" and q.conjuncts[0][4] in _FORCES
                        and _definite(toks[q.start]) and his != _feminine_word(toks[q.start])), None)
                if owner is not None:
                    s0, e0, ent, _, _ = p.conjuncts[0]
                    p.conjuncts[0] = (s0, e0, ent, owner[3], owner[4])
                elif toks[p.start].key in _SUPPORTERS:
                    # "دعا الرئيس التونسي أنصاره", "دعت المعارضة الفنزويلية أنصارها": the
                    # supporters of the sentence's subject, of its state (a man's are civilians)
                    owner = _first_side(memory, sent, p.start)
                    if owner is not None:
                        s0, e0, ent, _, _ = p.conjuncts[0]
                        p.conjuncts[0] = (s0, e0, ent, owner[3],
                                          "CVL" if owner[2].kind in ("title", "person") else owner[4])
            elif (p.kind == "generic" and len(p.conjuncts) == 1 and p.conjuncts[0][3] is None
                    and toks[p.start].suffixed and p.conjuncts[0][2].contextual):
                # "أسراه", "جنودها": the possessor is the latest coded actor ("تسلم الجيش
                # الإسرائيلي 7 من أسراه" -> Israeli prisoners)
                # (an armed group's forces are its fighters: "قال الناطق باسم قوات الدعم
                # السريع إن قواته صدت هجوما")
                owner = next((c for _, c in reversed(memory) if c[3]), None)
                if any(q.end <= p.start and q.start >= sent.start and len(q.conjuncts) == 1
                       and q.conjuncts[0][2] is p.conjuncts[0][2] and q.conjuncts[0][3] is None for q in phrases):
                    # "وأضاف المتحدث باسم الجيش أن قواته دخلت المدينة": the forces of the body
                    # of their word named before them, whose state the context gives both
                    continue
                if p.conjuncts[0][2].opposed:
                    # "قالت حماس إن إسرائيل قصفت مواقعها", "حذرت إيران من أي هجوم إسرائيلي على
                    # منشآتها": sites are those of the sentence's first side named, no one
                    # struck strikes its own; and they are that side's, state or group
                    owner = _first_side(memory, sent, p.start) or owner
                    first = next((q for q in phrases if sent.start <= q.start and q.end <= p.start), None)
                    if (first is not None and len(first.conjuncts) == 1 and first.conjuncts[0][3] is None
                            and first.conjuncts[0][4] in _ARMED_SECTORS and p.conjuncts[0][4] is None
                            and (owner is None or owner[0] < sent.start or owner[0] >= first.end)
                            and toks[p.end - 1].norm.endswith("ها")
                            and not toks[first.start].key.endswith(("ون", "ين", "ان"))):
                        # "تصدت القوات الحكومية لهجوم على مواقعها": the armed body the sentence
                        # opens with, of no state named yet (the context gives it one, and
                        # them), a feminine or a broken plural as the pronoun is (not the
                        # attackers named after it: "صد هجوم حوثي على مواقعها")
                        s0, e0, ent, _, _ = p.conjuncts[0]
                        p.conjuncts[0] = (s0, e0, ent, None, first.conjuncts[0][4])
                        continue
                if owner is not None:
                    s0, e0, ent, _, sector = p.conjuncts[0]
                    if sector is None and ent.opposed:
                        sector = owner[4]
                        if sector == "GOV" and toks[p.start].key in _MILITARY_SITES:
                            sector = "MIL"  # "إن القوات الأرمينية قصفت مواقعها": a state's posts, its army's
                    p.conjuncts[0] = (s0, e0, ent, owner[3], "REB" if (sector, owner[4]) == ("MIL", "REB") else sector)
            elif (p.kind == "generic" and len(p.conjuncts) == 1 and p.conjuncts[0][3] is None
                    and p.end - p.start == 1 and toks[p.start].key in CRAFT and _definite(toks[p.start])
                    and not toks[p.start].suffixed):
                # "قصفت طائرات إسرائيلية مواقع ... وقال مصدر إن الطائرات استهدفت": the craft an
                # earlier sentence coded (of its kind, or named by the same word)
                s0, e0, ent, _, sector = p.conjuncts[0]
                owner = next((c for keys, c in reversed(memory) if c[1] <= sent.start and c[3] and (
                    c[2].id == ent.id or toks[s0].key in keys
                    or c[2].id in _AIRCRAFT_ENTRIES and ent.id in _AIRCRAFT_ENTRIES)), None)
                if owner is not None:
                    p.conjuncts[0] = (s0, e0, ent, owner[3], owner[4] or sector)
            elif (p.kind == "generic" and len(p.conjuncts) == 1 and p.conjuncts[0][3] is None
                    and (p.conjuncts[0][2].opposed or p.conjuncts[0][2].inanimate) and p.end - p.start >= 3
                    and toks[p.end - 2].key in BELONGING
                    and toks[p.end - 1].has_li and _definite(toks[p.end - 1])):
                # "بنى تحتية تابعة للحزب": the sites of the body named before by that word
                head = toks[p.end - 1].key
                found = _remembered(memory, head, coded_by_sector=False)
                if found is not None:
                    s0, e0, ent, _, _ = p.conjuncts[0]
                    p.conjuncts[0] = (s0, e0, ent, found[3], found[4])
            elif (len(p.conjuncts) == 1 and p.conjuncts[0][2].id == _GOVERNMENT_ENTRY and p.conjuncts[0][3] is None
                    and toks[p.start].suffixed and not toks[p.start].prep):
                # "أعلن رئيس الوزراء العراقي أن حكومته ستفرج": the government of the speaker's
                # state, as "بلاده" is its country
                owner = _whose_country(toks, memory, sent, p.start)
                if owner is not None:
                    s0, e0, ent, _, sector = p.conjuncts[0]
                    p.conjuncts[0] = (s0, e0, ent, owner[3], sector)
            for c in p.conjuncts:
                s0, e0, ent, country, sector = c
                if ent.kind == "capital" and s0 > 0 and toks[s0 - 1].key in LOCATIVE:
                    continue  # "لدى وصوله إلى فيينا": where one is, not whose country "بلاده" is
                if ent.kind in _NAMED or (ent.kind in ("title", "generic", "force") and country):
                    memory.append((frozenset(t.key for t in toks[s0:e0]), c))

    @staticmethod
    def _people_nisba(toks, m, verb_ends: AbstractSet[int] = frozenset()) -> bool:
        """A nisba standing for people: after a number or a quantity word, or a plural form
        that no noun before it carries ("عراقيون", "السعوديون", "40 فلسطينيا", "من المغاربة"),
        or an indefinite one right after a verb (``verb_ends``: where verbs end), a preposition,
        "بحياة" or a word it cannot describe ("استشهد فلسطيني", "اعتدى مستوطنون على فلسطيني",
        "اعتقلت الشرطة فلسطينيا", "قتل جنود إسرائيليون فلسطينيا")."""
        prev = toks[m.start - 1] if m.start > 0 else None
        if prev is not None and (
            any(ch.isdigit() for ch in prev.norm)
            or numbers.parse_number(prev.text) is not None
            or numbers.vague_quantity(prev.text) is not None
            # (with a preposition on the count: "لمئات الأفغان")
            or prev.text[:1] in ("ل", "ب") and numbers.vague_quantity(prev.text[1:]) is not None
        ):
            return True
        tok = toks[m.start]
        # (a masculine one: "في سورية", "زار سورية" name the state)
        if (m.end - m.start == 1 and prev is not None and not prev.is_punct and not _definite(tok)
                and tok.key.endswith(("ي", "يا"))) and (
                m.start in verb_ends or prev.key in PREPOSITIONS or prev.key in TOLL_LINKS
                or _not_its_adjective(prev, tok)):
            return True
        word = tok.norm
        if (m.end - m.start == 1 and not tok.key.endswith(_NISBA_FORM_ENDINGS)
                and (prev is None or prev.is_punct or prev.key == "من" or prev.key in BETWEEN or tok.has_conj)):
            # a broken plural not after a noun it may qualify: "آلاف من المغاربة", "اشتباكات
            # بين العرب والأكراد"
            return True
        plural = word.endswith(("يون", "يين")) or (word.startswith("ال") and word.endswith("ون"))
        return plural and (prev is None or prev.is_punct or prev.key in REPORTING or m.start == 0 or
                           not prev.norm.startswith("ال") or _not_its_adjective(prev, tok))

    # -- events -------------------------------------------------------------------------
    def _event(
        self, text, toks, sent, trig, phrases, places, cues, support, future, times,
        time_toks, article_date, sent_countries, article_countries, previous, others, ctx,
    ) -> Event:
        e = trig.entry
        rules = [e.id]
        # a call, demand or appeal governs what it calls for: "دعا ... إلى وقفة إنسانية"
        # (not over its own subject: "طالب المحتجون برحيل الحكومة" - the protest is told)
        start_char = toks[trig.start].start_char
        # (an ultimatum demands too: "أمهل الجيش المسلحين ثلاثة أيام لتسليم أسلحتهم")
        askers = [(a.start_char, a.end_char) for ev, _ in previous if _demands(ev) for a in ev.actors]
        # nor over whom it is made of: "أمهلت الحكومة المحتجين 48 ساعة لفض الاعتصام",
        # "طالبت السلطات المتظاهرين بإنهاء احتجاجاتهم" - they protest now
        addressed = any(a.start_char <= start_char < a.end_char
                        for ev, _ in previous if _demands(ev) for a in ev.targets)
        requests = [
            _RequestCue(t.start, t.end) for t in others if _demands(t.entry) and t.end <= trig.start
        ] if not any(a <= start_char < b for a, b in askers) and not (
            # (not the occasion it was made on: "طالب الوزير، خلال اتصال هاتفي مع نظيره، بـ")
            trig.start > sent.start and toks[trig.start - 1].key in _AMID) else []
        if (requests and toks[trig.start].prep == "ب" and trig.start - 1 > sent.start
                and toks[trig.start - 1].text in ("،", ",")
                and any(toks[k].text in ("،", ",") for k in range(requests[-1].end, trig.start - 1))):
            # "طالب مجلس الأمن، في قرار تبناه أمس بأغلبية 14 صوتا، بوقف فوري لإطلاق النار": the
            # call resumes after the aside it was interrupted by
            requests.append(_RequestCue(trig.start - 1, trig.start))
        # scopes count words: punctuation and time expressions do not use them up
        w = ctx.word_pos
        cut = _after_clause(toks, sent, trig)
        if (k := _done_by_them(toks, sent, trig)) is not None:
            # "أمر القضاء بالإفراج عن 50 موقوفا شاركوا في الاحتجاجات": what was asked or
            # planned before that verb is not the act it tells as done
            cut = max(cut, k)
        # "طالب المتظاهرون بعودة الحكم المدني ورددوا هتافات": a plural verb joined after a
        # call is done, and so is what it tells (no cue before it reaches past it)
        cue_cut = next((k for k in range(trig.start, cut, -1) if toks[k].has_conj and not toks[k].prefix.endswith(
            ("ل", "ب")) and toks[k].norm.endswith("وا") and len(toks[k].norm) > 4), cut)
        if ctx.answered is not None and trig.start in ctx.answered and trig.start > ctx.answered.start:
            # "توعدت كوريا الشمالية بالرد على نشر صواريخ أمريكية": the vow is of the reprisal,
            # the act answered was told (an act of its own, "ردا على إطلاق صاروخ")
            cut = max(cut, ctx.answered.start + 1)
        accountable_at = _held_to_account(toks, sent, trig)
        if accountable_at is not None:
            # "طالب بمحاسبة المستوطنين على اعتدائهم": what they must answer for was done
            cut = max(cut, accountable_at)
        if trig.entry.type == "COERCE" and (foiled := next((
                c for c in cues if c.entry.id in _FAILED_CUES and cut <= c.start and c.end < trig.start), None)):
            # "أعلنت الوزارة إحباط مخطط إرهابي واعتقال أربعة عناصر": an arrest or a seizure
            # joined after what was foiled is done, neither foiled nor planned (its own
            # negation stays: "ولم تعتقل أحدا")
            cut = next((k for k in range(trig.start, foiled.end, -1) if toks[k].has_conj), cut)
        # "تعهد بإجراء تحقيق في مقتل الشاب", "طالبت بتحقيق في مقتل": what an investigation
        # is into happened, whatever is promised or asked of the investigation
        investigated = any(o.entry.mode == "investigate" and (o.end == trig.start or (
            o.end == trig.start - 1 and toks[o.end].key == "في")) for o in others)
        modality, mrule = modality_for(
            w[trig.start], w[trig.end],
            [_Shifted(w[c.start], w[c.end], c.entry) for c in [*cues, *requests]
             if not (c.start < trig.end and trig.start < c.end) and c.start >= max(cut, cue_cut)
             and not (investigated and c.end <= trig.start)
             and not (addressed and c.entry.modality == "requested" and c.end <= trig.start)
             # a participle is a clause of its own: "حذر من حرب، داعيا إلى ضبط النفس"
             and not (trig.entry.participle and c.start < trig.start)
             # nor is a verb after a comma: "في زيارة لم يعلن عنها مسبقا، التقى خلالها"
             and not (c.entry.modality == "negated" and c.end < trig.start - 1 and trig.entry.pos == "verb"
                      and toks[trig.start - 1].text in _CLAUSE_COMMAS)
             # nor is what an order or a call was made during: "أمر الرئيس، خلال زيارته
             # القاهرة، بوقف البناء"
             and not (c.entry.modality == "requested" and c.end <= trig.start and trig.start > sent.start
                      and toks[trig.start - 1].key in _AMID)
             # nor do slogans raised make their own verb requested ("رافعين شعارات تطالب
             # بإسقاط النظام", "شعارات تندد بالغلاء": what they call for is)
             and not (c.entry.modality == "requested" and e.pos == "verb" and c.end == trig.start
                      and toks[c.end - 1].key in _BANNERS)
             # nor are who call or seek the protesters: "دعا المتظاهرون إلى محاسبة
             # الفاسدين", "يسعى المتظاهرون إلى إسقاط النظام" (the subject's plural)
             and not (c.entry.modality in ("requested", "possible") and e.type == "PROTEST"
                      and c.end == trig.start and toks[trig.start].key.endswith("ون"))
             # what was foiled or failed is the object, not the verb joined after it:
             # "أحبطت الشرطة هجوما واعتقلت خمسة مسلحين", "فشلت القوات في اقتحام البلدة وانسحبت"
             and not (c.entry.id in _FAILED_CUES and c.start < trig.start and _joined_verb(toks, trig))
             # nor does a negation or a call past a comma: "دخلوا العاصمة دون مقاومة تذكر،
             # وسيطروا على القصر", "نفى الكرملين أي دور، واتهم كييف"; "دعا الأمين العام
             # الأطراف إلى حماية المدنيين، وحث بنغلاديش" made a second call ("دون" reaches
             # no joined perfect even without it: "دون مقاومة تذكر وسيطروا")
             and not (c.entry.modality in ("negated", "requested") and c.end <= trig.start
                      and _joined_verb(toks, trig) and (
                          any(t.text in ("،", ",") for t in toks[c.end : trig.start])
                          or c.entry.id == _WITHOUT_CUE))
             # (nor into the act such a joined verb tells of: "نفت الحركة أي مسؤولية عن
             # القصف، واتهمت الجيش بقصف المدينة")
             and not (c.entry.modality == "negated" and c.end <= trig.start and any(
                 toks[k].text in ("،", ",") and toks[k + 1].has_conj
                 and any(o.start == k + 1 and o.entry.pos == "verb" for o in others)
                 for k in range(c.end, trig.start - 1)))
             # nor does one of the claim: "لم يتبن أي تنظيم التفجير" (the blast was)
             and not (c.entry.modality == "negated" and c.end <= trig.start and any(
                 s.entry.id == _CLAIMED and c.end <= s.start and s.end <= trig.start for s in support))
             # (nor a denial: "نفت إسلام آباد أي صلة لها به ودعت إلى تحقيق" called for one;
             # what is denied to have been is told after "أن": "نفى أن يكون قصف وقتل")
             and not (c.entry.id == _DENIAL and c.end <= trig.start and _joined_verb(toks, trig)
                      and not any(t.key in COMPLEMENTIZERS for t in toks[c.end : trig.start]))
             # nor does abstaining reach past the comma after what one abstained from:
             # "بامتناع الولايات المتحدة عن التصويت، بوقف فوري لإطلاق النار"
             and not (c.entry.id == _ABSTAIN_CUE and c.end <= trig.start
                      and any(t.text in ("،", ",") for t in toks[c.end : trig.start]))
             # nor past a joined verb of saying, which tells a clause of its own: "نفى الجيش
             # وقوع أي ضربات، وقال إن القوات الهندية فتحت النار"
             and not (c.entry.modality == "negated" and c.end <= trig.start and any(
                 t.has_conj and t.key in REPORTING for t in toks[c.end : trig.start]))
             # nor a cue of a relative clause into the reported one after it: "أفاد مصدر، طلب
             # عدم الكشف عن هويته، بأن اشتباكات اندلعت"
             and not (c.end <= trig.start and _reported_after(toks, c.end, trig.start))
             # a proposal's content is a noun: "مبادرة لوقف إطلاق النار رحبت بها إسرائيل" (the
             # welcome happened)
             and not (c.entry.id in _PROPOSALS and c.end <= trig.start and e.pos == "verb"
                      and not _imperfect(toks[trig.start]))
             # "وفي وقت لاحق، ادعى الجيش": "later", opening the sentence, goes on with the story
             and not (c.entry.id == _LATER_CUE and c.start == sent.start and toks[c.start].key == "في")
             # "غارات يرجح أنها روسية": what is likely is who struck, not that they did
             and not (c.entry.id in _LIKELY and c.end + 1 < sent.end and toks[c.end].norm in _IT_IS
                      and _NISBA_ENDING.search(toks[c.end + 1].key) is not None)
             # "قتيلين أثناء محاولة قوات الأمن فض الاعتصام", "محاولة اغتيال": an attack
             # attempted was made
             and not (e.type == "ASSAULT" and c.end <= trig.start and toks[c.end - 1].key in _ATTEMPTS)],
            # (the future of a verb does not reach past a comma: "سيتصدى بحزم للفتنة، ودعا")
            [w[i] for i in future if not (i < trig.start and any(
                toks[k].text in _CLAUSE_COMMAS for k in range(i + 1, trig.start)))],
            sentence_start=w[sent.start], sentence_end=w[sent.end],
        )
        if e.mode == "explosives" and e.pos == "noun" and _defused(toks, sent, trig):
            modality, mrule = Modality.NEGATED, "mod.defused"
        elif modality == Modality.ASSERTED and _failed_in(toks, sent, trig):
            modality, mrule = Modality.NEGATED, "mod.failed"
        elif (modality == Modality.ASSERTED and e.pos == "noun"
              and _denied_light_verb(toks, sent, trig, support, others, phrases)):
            modality, mrule = Modality.NEGATED, "mod.denied-light-verb"
        if e.type == "THREATEN" and modality in (Modality.PLANNED, Modality.POSSIBLE) and mrule is not None and (
                mrule == "mod.future-prefix" or mrule.startswith(("cue.planned.", "cue.possible.tahdhir"))):
            # "حذر من أن بلاده سترد بقوة", "توعد برد حاسم": the act promised is to come, the
            # threat is made
            modality, mrule = Modality.ASSERTED, "mod.threat"
        elif modality == Modality.ASSERTED and e.pos == "noun" and e.type != "THREATEN" and any(
                toks[f].norm[:1] == "س" and toks[f].norm[1:] in _TO_COME
                and not any(t.is_punct or t.prep or t.has_conj for t in toks[trig.end : f + 1])
                for f in range(trig.end, min(sent.end, trig.end + 2))):
            # "الاجتماع الثلاثي سيعقد بغطاء أممي", "عملية الإفراج ستتواصل": the act's noun as the
            # subject of a verb to come
            modality, mrule = Modality.PLANNED, "mod.future-after"
        elif modality == Modality.ASSERTED and any(
            # "نفى الحزب في بيان نشرته وكالة مقربة منه أن يكون مقاتلوه قد استهدفوا قاعدة": what
            # is denied to have been
            toks[k].key == "ان" and toks[k + 1].key in _BE and any(
                t.key in _DENY for t in toks[sent.start : k])
            and not any(t.text in _SENTENCE_ENDS for t in toks[k : trig.start])
            for k in range(max(sent.start, trig.start - 6), trig.start - 1)
        ):
            modality, mrule = Modality.NEGATED, "mod.denied-that"
        elif modality == Modality.PLANNED and mrule is not None and mrule.startswith("cue.planned.") and any(
            # "ليس لدينا أي نية لشن عملية", "لا تخطط لإرسال قوات": the plan itself is denied
            n.entry.modality == "negated" and n.entry.direction == "forward"
            and any(c.entry.id == mrule and 0 <= w[c.start] - w[n.end] <= n.entry.scope
                    and c.end <= trig.start for c in cues)
            and n.end <= trig.start
            for n in cues
        ):
            modality, mrule = Modality.NEGATED, "mod.plan-denied"
        elif modality == Modality.PLANNED and e.type != "THREATEN" and any(
            c.entry.modality == "possible" and c.entry.direction == "forward" and c.entry.id == _IF_CUE
            and 0 <= c.start - trig.end <= 8
            and not any(t.text in _SENTENCE_ENDS or t.text == "؛" for t in toks[trig.end : c.start])
            for c in cues
        ):
            # "ستشن عملية عسكرية جديدة إذا انهار وقف إطلاق النار": a plan on a condition may
            # come, or not
            modality, mrule = Modality.POSSIBLE, "mod.conditional"
        elif modality == Modality.NEGATED and any(
            c.entry.id == _IF_CUE and any(
                n.start == c.end and n.entry.modality == "negated" and n.end <= trig.start for n in cues)
            for c in cues if c.end <= trig.start
        ):
            # "إذا لم تنسحب الميليشيات", "في حال لم ينسحب": a condition, not a denial
            modality, mrule = Modality.POSSIBLE, "mod.conditional"
        discussed_act = _told_act_discussed(toks, trig)  # an attack told as what talks discuss
        if (discussed_act and modality in (Modality.REQUESTED, Modality.PLANNED, Modality.POSSIBLE)
                and mrule is not None and mrule.startswith("cue.")):
            # "طالبت روسيا بعقد اجتماع لمناقشة الضربات الغربية": the attack discussed was
            # made; what is asked or planned is the meeting
            modality, mrule = Modality.ASSERTED, "mod.discussed-act"
        # talks this act is the subject of ("بحث مجلس الأمن الهجوم": an attack told, not planned)
        discussed = None if discussed_act else self._discussed(toks, trig, previous)
        if modality == Modality.ASSERTED and (discussed is not None or _talked_of(toks, sent, trig, previous, ctx.found_triggers)):
            modality, mrule = Modality.POSSIBLE, "mod.discussed"
        elif modality == Modality.ASSERTED and self._is_purpose(toks, trig, ctx):
            # a purpose clause is not yet done, and shares the status of what it serves:
            # "بحثت إمكانية تنفيذ عملية مشتركة ..، لشن ضربات" -> the strikes are possible
            prev = previous[-1][0] if previous else None
            if prev is not None and prev.modality != Modality.ASSERTED:
                modality, mrule = prev.modality, "mod.purpose"
            else:
                modality, mrule = Modality.PLANNED, "mod.purpose"
        elif (modality == Modality.ASSERTED and trig.start > sent.start and toks[trig.start - 1].key in _IN_EXCHANGE
              and previous and previous[-1][0].modality != Modality.ASSERTED):
            # "وافقت حماس على إطلاق سراح الرهائن مقابل انسحاب إسرائيلي": what is given in
            # exchange shares the status of what it is exchanged for
            modality, mrule = previous[-1][0].modality, "mod.in-exchange"
        if modality == Modality.ASSERTED and e.pos == "noun" and _after_act(
            toks, trig, others, ("REJECT",), 8, _clause_break, pos="verb"
        ) and not _suspected_of(toks, sent, trig) and not any(
            # (nor one a court upholds after refusing the appeal: "رفضت المحكمة الطعن وأيدت
            # الحكم بسجنه")
            toks[k].key in _UPHOLD for k in range(max(sent.start, trig.start - 8), trig.start)) and not (
            # (one whose doer its adjective names is another's, done: "رفضت إيران العقوبات
            # الأمريكية", "رفضت الحكومة الهجوم التركي")
            trig.end - trig.start == 1 and _definite(toks[trig.start]) and any(
                p.start == trig.end and p.kind == "nisba" and not toks[p.start].prep for p in phrases)
        ):
            # "رفضت الفصائل تسليم أسلحتها", "رفض وفد المعارضة برئاسة فلان التوقيع": an act
            # refused has not happened
            modality, mrule = Modality.NEGATED, "mod.refused"
        # where "حتى" stands before an act told as done ("حتى إعلان وقف إطلاق النار")
        until = _until(toks, sent, trig.start) if e.pos == "noun" and modality == Modality.ASSERTED else None
        if modality == Modality.ASSERTED and e.pos == "noun" and trig.start > sent.start and (
            toks[trig.start - 1].key in _ANY
        ) and any(
            # (a past or nominal negation: "لن يتسامح مع أي هجوم" is one that may come)
            t.key in _PAST_NOT or t.key in _NOT
            for t in toks[max(sent.start, trig.start - 9) : trig.start - 1]
        ) and not any(t.is_punct for t in toks[max(sent.start, trig.start - 9) : trig.start]):
            # "لم تشهد العاصمة الجزائرية أي مظاهرات": "any" under a negation
            modality, mrule = Modality.NEGATED, "mod.negated-any"
        elif modality in (Modality.ASSERTED, Modality.PLANNED) and e.pos == "noun" and (
                trig.start > sent.start and toks[trig.start - 1].key in _ANY):
            # "هدد بالرد على أي هجوم", "سترد على أي هجوم": any attack is one that may come
            modality, mrule = Modality.POSSIBLE, "mod.any"
        elif modality == Modality.ASSERTED and e.type == "PROTEST" and e.pos == "noun" and _prevented(
                toks, sent, trig, phrases):
            # "منعت الشرطة مظاهرة", "لمنع مظاهرة مؤيدة للفلسطينيين": a march prevented did not
            # take place
            modality, mrule = Modality.NEGATED, "mod.prevented"
        elif modality == Modality.ASSERTED and until is not None:
            # "أوقفت صادراتها حتى إعلان وقف دائم لإطلاق النار": what is waited for has not come
            modality, mrule = Modality.POSSIBLE, "mod.until"
        if (modality == Modality.NEGATED and mrule == "cue.negated.lam" and e.pos == "noun" and any(
                t.key in _RESULTED for t in toks[max(sent.start, trig.start - 3) : trig.start])):
            # "لم يسفر القصف عن إصابات": what was denied is the toll, not the shelling
            modality, mrule = Modality.ASSERTED, None
        # "اتفاقا لوقف", "اتفاق بين الطرفين لتبادل", "اتفاقا يقضي بوقف": what the agreement is
        # for or provides for
        agreed_for = toks[trig.start].prep in ("ل", "ب")
        if modality == Modality.ASSERTED and e.pos == "noun" and _for_agreement(toks, sent, trig):
            modality, mrule = Modality.PLANNED, "mod.agreed"
        if modality == Modality.ASSERTED and e.pos == "noun" and any(
            o.entry.type == "AGREE" and (0 < trig.start - o.end or agreed_for and o.end == trig.start)
            # (past a count: "اتفقا على تبادل أكثر من 800 أسير")
            and sum(not self._only_quantities((t,)) for t in toks[o.end : trig.start]) <= 3
            and (agreed_for or any(t.key in _ON for t in toks[o.start : trig.start])
                 # ("اتفاقا لتبادل 900 أسير": the purpose's word before a count)
                 or o.end < trig.start and toks[o.end].prep == "ل" and o.entry.pos == "noun")
            # the act agreed to is the first after it ("اتفقوا على إدانة الهجوم": the attack is
            # what is condemned)
            and not any(o.end <= x.start < trig.start for x in others)
            and not any(t.is_punct for t in toks[o.end : trig.start])
            for o in others
        ):
            # "وافقت الحكومة على السماح بدخول المساعدات", "اتفق الطرفان على تبادل الأسرى",
            # "وقعا اتفاقا لوقف إطلاق النار": an act agreed to, or an agreement is for, is yet
            # to be done
            modality, mrule = Modality.PLANNED, "mod.agreed"
        elif modality == Modality.ASSERTED and e.pos == "noun" and toks[trig.start].has_conj and previous and (
                "mod.agreed" in previous[-1][0].rules and 0 <= trig.start - previous[-1][1].end <= 3
                and not any(t.is_punct or t.has_conj for t in toks[previous[-1][1].end : trig.start])):
            # "اتفق الجانبان على تبادل الأسرى وفتح المعابر": and so is the act joined to it
            modality, mrule = Modality.PLANNED, "mod.agreed"
        elif (modality == Modality.ASSERTED and mrule is None and e.pos == "noun" and toks[trig.start].has_conj
              and previous and previous[-1][1].end == trig.start and previous[-1][1].entry.pos == "noun"
              and previous[-1][0].modality != Modality.ASSERTED):
            # "للتوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى": an act's noun joined to the
            # one before shares its status
            modality, mrule = previous[-1][0].modality, "mod.joined"
        if mrule == "mod.agreed" and previous and previous[-1][0].type == "AGREE" and (
                previous[-1][0].modality == Modality.NEGATED and 0 <= trig.start - previous[-1][1].end <= 3
                and not any(_clause_break(t) for t in toks[previous[-1][1].end : trig.start])):
            # "فشلت المفاوضات في التوصل إلى اتفاق لوقف إطلاق النار": no agreement was reached,
            # so nothing was agreed to
            modality, mrule = Modality.NEGATED, "mod.agreement-failed"
        if modality == Modality.NEGATED and trig.start >= 2 and (
            (toks[trig.start - 1].key == "عن" and toks[trig.start - 2].key in RESPONSIBILITY)
            # "نفى الجيش أي صلة له بالهجوم", "نفت تورطها في القصف"
            or ((toks[trig.start].prep == "ب" or toks[trig.start - 1].key in ("في", "عن"))
                and any(toks[k].key in LINKS for k in range(max(sent.start, trig.start - 3), trig.start)))
        ):
            # "نفى حزب الله مسؤوليته عن إطلاق الصواريخ": denied is the responsibility, the
            # rockets were fired
            modality, mrule = Modality.ASSERTED, "mod.responsibility-denied"
        denier = self._denier(toks, sent, trig, phrases, baseless=mrule == _BASELESS_CUE)
        if denier is not None and modality == Modality.NEGATED:
            # "نفت طهران الاتهامات الأمريكية": the accusations were made, and denied
            modality, mrule = Modality.ASSERTED, "mod.accusation-denied"
        if mrule:
            rules.append(mrule)
        between = self._between(toks, sent, trig, phrases, others, ctx.answered)
        support = [m for m in support if not (m.start < trig.end and trig.start < m.end)]
        sides = None
        seized = False
        if between is not None and between.kind == "pronoun" and e.cameo != _MEDIATE:
            # (a mediation's are whom it is between, whoever was named before: "أكدت الخارجية
            # القطرية أن الدوحة تواصل جهود الوساطة بين الطرفين")
            # "بين الطرفين": the two sides of the previous event, or the last two actors
            # named before ("صدت القوات المشتركة هجوما لميليشيا الحوثي ... بين الطرفين")
            # (not who welcomes, condemns or calls for it and whom: "رحب الرئيس بمبادرة الكويت
            # لوقف إطلاق النار بين الطرفين"; but the two it calls on: "دعا المجلس الحكومة
            # والمتمردين إلى وقف القتال بين الطرفين")
            sides = next((((ev.targets[0],), ev.targets[1:]) if ev.type in _ABOUT_ACTS else (ev.actors, ev.targets)
                          for ev, _ in reversed(previous) if ev.actors and ev.targets and (
                              ev.type not in _ABOUT_ACTS or len(ev.targets) == 2)), None)
            about = {a.start_char for ev, _ in previous if ev.type in _ABOUT_ACTS for a in (*ev.actors, *ev.targets)}
            if sides is None:
                # (not a place nor the people who tell of it: "أفاد سكان في الخرطوم بأن
                # اشتباكات اندلعت بين الطرفين")
                named = [p for p in phrases if p.end <= trig.start and p.kind not in ("nisba", "pronoun")
                         and not self._after_prep(toks, sent, p) and not self._patient_like(p)
                         and toks[p.start].start_char not in about]
                if len(named) >= 2:
                    first, second = named[-2], named[-1]
                    sides = (self._codes(first, toks, text, e.type), self._codes(second, toks, text, e.type))
                elif named and len(named[-1].conjuncts) == 2 and not any(
                        t.is_punct for t in toks[named[-1].end : between.start]):
                    # "تبادلت القوات الأرمينية والأذربيجانية القصف على الحدود بين البلدين":
                    # the two joined before are the two
                    both = self._codes(named[-1], toks, text, e.type)
                    sides = (both[:1], both[1:])
                elif e.type == "ASSAULT" and not any(t.is_punct for t in toks[trig.end : between.start]):
                    # "قصفت القوات الأذربيجانية مواقع أرمينية على الحدود بين البلدين": the verb's
                    # subject and object are the two; otherwise the sides told before
                    told = [p for p in phrases if trig.end <= p.start and p.end <= between.start
                            and p.kind not in ("nisba", "pronoun") and not self._after_prep(toks, sent, p)]
                    sides = ((self._codes(told[0], toks, text, e.type), self._codes(told[1], toks, text, e.type))
                             if len(told) >= 2 else (self._codes(between, toks, text, e.type), []))
            if sides and sides[0] and sides[1] and sides[1][0].start_char < sides[0][0].start_char:
                sides = (sides[1], sides[0])  # the side named first is the first side
            # with no two sides named before, "بين البلدين" is the topic's ("بحث قائد
            # الجيش مع نظيره التعاون بين البلدين"): the act's own slots are searched
        # a mediation's sides are whom it is between, its actor the mediator ("توسطت قطر
        # بين حماس وإسرائيل")
        mediated = e.cameo == _MEDIATE and between is not None
        # "نفت الوزارة مقتل جنود": who denies a death did not kill
        denied_death = modality == Modality.NEGATED and toks[trig.end - 1].key in DEATH_NOUNS
        if sides:
            actors, targets = sides
            rules.append("slot.between")
        elif between is not None and between.kind != "pronoun" and not mediated:
            both = self._codes(between, toks, text, e.type)
            actors, targets = both[: between.sides], both[between.sides :]
            rules.append("slot.between")
        else:
            actor, arule = self._actor(toks, sent, trig, phrases, support, time_toks, others, places, ctx.acts)
            if actor is not None and all(c[2].inanimate for c in actor.conjuncts):
                actor, arule = None, None  # a thing never acts: "تفجير سيارة مفخخة"
            if mrule == "mod.until" and actor is not None and actor.end <= until:
                actor, arule = None, None  # (nor does who waits for it make it)
            if (discussed_act or denied_death) and arule in ("slot.svo", "slot.vso", "slot.support"):
                # "بحث مجلس الأمن الهجوم", "نفت الوزارة مقتل جنود": who discusses an act or
                # denies a death did not make it
                actor, arule = None, None
            if (arule == "slot.svo" and e.type == "RETREAT" and e.mode in ("ceasefire", "release")
                    and actor.end == trig.start and actor.start - 1 > sent.start and not toks[actor.start].prep
                    and toks[actor.start - 1].key in _PROPOSAL_NOUNS):
                # "وافقت حماس على مقترح الوسطاء لتبادل الأسرى", "مبادرة قطر لوقف إطلاق النار":
                # who proposes a truce or a release is not who would make it
                actor, arule = None, None
            if trig.entry.pos == "verb" and trig.start > 0 and toks[trig.start - 1].key in PURPOSE:
                # a verbal noun after "بزعم / بهدف": its object follows, its agent is carried
                actor, arule = None, None
            if actor is None and e.pos == "verb" and e.voice == "passive" and e.type == "ASSAULT":
                # "اغتيل ضابط بغارة روسية": the nisba of the attack it was done by (a means
                # dropped as an event of its own) tells who did it
                actor = next((p for p in phrases if p.kind == "nisba" and any(
                    t.entry.type == "ASSAULT" and t.entry.pos == "noun" and t.end == p.start
                    and toks[t.start].prep == "ب" and trig.end < t.start <= trig.end + 6
                    and not any(x.is_punct for x in toks[trig.end : t.start]) for t in ctx.found_triggers)), None)
                arule = "slot.nisba" if actor is not None else None
            rel = self._relative_antecedent(toks, sent, trig, phrases)
            held = None
            resumed = False  # the verb's pronoun stands for an antecedent no phrase names
            if (e.pos == "verb" and e.voice == "active" and trig.start > sent.start
                    and toks[trig.start - 1].key in RELATIVE and _has_object_suffix(toks[trig.end - 1])):
                # "الجماعة التي تتهمها أنقرة بتدبير الانقلاب": the pronoun on the verb takes
                # the antecedent back as its object; the subject follows ("القرية التي قصفها
                # الجيش": a village, no one's phrase, and no other phrase is the object)
                held, resumed = rel, rel is None
                actor = self._phrase_after(phrases, trig.end, sent, max_gap=1, toks=toks, time_toks=time_toks,
                                           subject=True)
                if actor is not None and actor.start > trig.end and toks[actor.start - 1].key in PREPOSITIONS:
                    actor = None  # "العقوبات التي فرضتها على السودان": past "على", no subject
                arule = "slot.vso" if actor is not None else None
            elif (e.voice == "active" and (e.pos == "verb" and trig.end - trig.start == 1 or (
                    # (or a noun's form that begins with the verb: "استهدفتها طائرة مسيرة")
                    e.pos == "noun" and toks[trig.start].key in self._verb_words))
                  and _has_object_suffix(toks[trig.start])
                  and not toks[trig.start].prefix and not (rel is not None and rel.end == trig.start)
                  and (p := next((p for p in phrases if p.end == trig.start and p.kind != "nisba"
                                  and (_imperfect(toks[trig.start]) or (
                                      # "سراح 20 متظاهرا اعتقلتهم": the counted the verb held
                                      self._counted(toks, sent, p)
                                      and not toks[trig.start].norm.endswith(_PLURAL_WITH_OBJECT))
                                      # "أنقاض مبنى قصفته الطائرات": a thing struck
                                      or all(c[2].inanimate for c in p.conjuncts))
                                  and not _definite(toks[p.end - 1])
                                  # (a state's or a man's name is definite: "أن إيران تدعمه")
                                  and p.kind not in _PROPER_NAMES), None)
                       or _pluperfect_antecedent(toks, sent, trig, phrases)) is not None):
                # "عقوبات على شركات إيرانية تتهمها بدعم ...", "اعتقلت ثلاثة أشخاص تتهمهم
                # بالتهريب": a clause right after an indefinite noun describes it, its pronoun
                # taking the noun back; its subject is the one before, unless one follows
                # (also one in the pluperfect: "سراح ناقلة نفط كانت قد احتجزتها")
                held = p
                after = self._phrase_after(phrases, trig.end, sent, max_gap=0, toks=toks, time_toks=time_toks,
                                           subject=True)
                if after is not None or e.pos == "verb":  # (a noun's own adjective stays: "غارة إسرائيلية")
                    actor, arule = after, "slot.vso" if after is not None else None
            elif rel is not None and (e.voice == "passive" or (
                    e.mode in ("arrest", "abduct")
                    and _object_at(toks, sent, trig.start, trig.end, phrases, time_toks) == trig.start)):
                # "المحامية التي اعتُقلت", "الناشطة التي اعتقلت الأسبوع الماضي", "الجنود
                # الذين اختطفوا في سيناء": with no object after it, who is held is the one
                # arrested (the verb is read as its passive), not the agent
                held = rel
                if arule != "slot.by":  # (who did it may be told: "الذين قتلوا برصاص الجيش")
                    actor, arule = None, None
            elif (rel is None and e.pos == "verb" and e.mode in ("arrest", "abduct") and trig.end - trig.start == 1
                  and not toks[trig.start].prefix and not toks[trig.start].has_conj
                  and not _has_object_suffix(toks[trig.start])
                  and (p := next((p for p in phrases if p.end == trig.start and p.kind != "nisba"
                                  and not _definite(toks[p.end - 1]) and not toks[p.end - 1].suffixed
                                  and not any(c[4] in _HOLDERS for c in p.conjuncts)), None)) is not None
                  and any(ev.type == "RETREAT" and any(toks[p.start].start_char <= t.start_char < toks[p.end - 1].end_char
                                                       for t in ev.targets) for ev, _ in previous)):
                # "أفرجت السلطات عن صحفي اعتقل قبل عامين": a clause right after the indefinite
                # noun released describes it; it was held (the verb is read as its passive)
                held, actor, arule = p, None, None
            elif rel is not None:
                actor, arule = rel, "slot.relative"
            elif (e.pos == "verb" and e.voice == "active"
                  and trig.end - trig.start == 1 and _imperfect(toks[trig.start]) and not toks[trig.start].prefix
                  and (p := next((p for p in phrases if p.end == trig.start and p.kind != "nisba"
                                  and p.kind not in _PROPER_NAMES and not _definite(toks[p.end - 1])), None))
                  is not None and (arule in (None, "slot.topic") or actor is p) and len(p.conjuncts) > 1
                  and _definite(toks[p.conjuncts[0][1] - 1])):
                # "مواجهات بين الشرطة ومتظاهرين يحتجون على الغلاء": a clause right after
                # joined nouns, the first definite and the last not, describes the last one,
                # its subject ("طلاب وعمال يطالبون" are both the subject)
                last = p.conjuncts[-1]
                actor, arule = _Phrase(last[0], last[1], [last], p.kind), "slot.relative"
            elif actor is None and self._pronoun_role(toks, sent, trig, phrases) == "actor":
                # (a state may be "her": "وطالب طهران بوقف دعمها للمسلحين"; "them" are no body
                # named in the feminine: "إذا لم تستجب الحكومة لمطالبهم")
                them = toks[trig.end - 1].norm.endswith("هم")
                actor = self._antecedent(toks, sent, trig,
                                         [q for q in phrases if not (them and _feminine_word(toks[q.start]))],
                                         states=toks[trig.end - 1].norm.endswith("ها"))
                if actor is not None and len(actor.conjuncts) > 1 and toks[trig.start].norm.endswith("ها"):
                    # "مواجهات بين شبان وقوات الاحتلال عقب اقتحامها": a singular pronoun
                    # takes the nearest of coordinated sides
                    last = actor.conjuncts[-1]
                    actor = _Phrase(last[0], last[1], [last], actor.kind)
                arule = "slot.pronoun" if actor is not None else None
            target, trule = None, None
            suffers = self._sufferer(toks, sent, trig, phrases, time_toks, ctx.place_spans)
            if suffers is not None and actor is not None and (
                    actor.start < suffers.end and suffers.start < actor.end
                    # (nor those its clause names before the act: "تعرضت قاعدة تستضيف قوات
                    # أمريكية لهجوم")
                    or suffers.end <= actor.start and actor.end <= trig.start and arule == "slot.svo"):
                actor, arule = None, None  # "تعرض المستشفى لقصف": who suffers it did not do it
            # whom a condemnation is aimed at is who did the act it condemns (filled in once
            # that act's event is built)
            condemned = self._condemned_act(toks, trig, others) if held is None else None
            called_to = False
            if held is not None:
                target, trule = held, "slot.relative"
            elif resumed and e.type == "SANCTION" and condemned is None:
                # a sanction's pronoun stands for the sanction, whose target may still follow
                # "على": "العقوبات التي فرضتها على السودان"
                target, trule = self._target(toks, sent, trig, phrases, actor, support, others, time_toks,
                                             ctx.place_spans, suffers, ctx.answered)
                if trule != "slot.target-prep":
                    target, trule = None, None
            elif not resumed and condemned is None:
                if any(i < sent.end and toks[i].norm.lstrip("وف") in _OBJECT_PRONOUNS
                       for i in (trig.end - 1, trig.end)):
                    # "أفرجت عنهم حركة حماس": the pronoun of the trigger is its object
                    target, trule = self._pronoun_target(toks, sent, trig, phrases, actor)
                    # ("التظاهرة التي دعت إليها النقابات": what is called to is the thing the
                    # pronoun stands for, the noun before the relative pronoun, no one else)
                    called_to = trig.end < sent.end and toks[trig.end].norm.lstrip("وف") in _TO_PRONOUNS
                    if (called_to and target is not None and trig.start - 1 > sent.start
                            and toks[trig.start - 1].key in RELATIVE and target.end != trig.start - 1):
                        target, trule = None, None
                if target is None and not called_to:
                    target, trule = self._target(toks, sent, trig, phrases, actor, support, others, time_toks,
                                                 ctx.place_spans, suffers, ctx.answered)
                if target is None and not called_to:
                    target, trule = self._pronoun_target(toks, sent, trig, phrases, actor)
                if (target is not None and e.type == "THREATEN" and trule != "slot.answered"
                        and ctx.answered is not None and trig.start < ctx.answered.start <= target.start):
                    # "توعدت حماس بالانتقام لاغتيال قائدها": who fell in the act avenged is
                    # not threatened
                    target, trule = None, None
            if (target is not None and trule == "slot.object" and e.type == "PROTEST"
                    and toks[trig.start].key in _CHANTING):
                target, trule = None, None  # 'هتف المتظاهرون "الشعب يريد"': what is chanted, no target
            if target is not None and e.mode == "resign" and not toks[target.start].has_li:
                # "باستقالة الحكومة ومحاسبة المسؤولين": who resigns does nothing to anyone (but
                # "تسليم السلطة للمدنيين": to whom it is handed)
                target, trule = None, None
            if target is None and not resumed and not called_to and (actor is not None or toks[trig.start].has_conj):
                # (a joined verb's subject is the one before: "واختطفوا ستة وأحرقوا منزلين")
                target = self._unlisted_object(toks, sent, trig, actor, phrases, time_toks, ctx)
                trule = "slot.unlisted" if target is not None else None
            if (target is None and e.type == "ASSAULT" and previous and previous[-1][0].actors
                    and _doers_fate(toks, sent, trig, (t for _, t in previous))):
                # "طعن شاب مستوطنا قبل أن يستشهد برصاص الجنود", "قبل أن تقتله الشرطة": who
                # is killed after his own act is the one who did it
                done = previous[-1][0].actors[0]
                target = next((p for p in phrases if toks[p.start].start_char == done.start_char
                               and p is not actor), None)
                trule = "slot.doer-before" if target is not None else None
            if denier is not None and actor is denier:
                actor, arule = None, None  # "رفض الصدر دعوات لتشكيل حكومة": not his calls
            if target is None and denier is not None:
                target, trule = denier, "slot.denier"  # who denies the accusations is accused
            if target is None and e.type in _STANCES and e.pos == "verb" and condemned is None:
                # "رفضت الحكومة المبادرة الأمريكية": whose proposal or act is refused (an act
                # condemned has its doer filled in later)
                target = self._object_nisba(toks, sent, trig, others, phrases)
                trule = "slot.stance" if target is not None else None
            downing = _downing(toks, trig)
            if trule == "slot.target-prep" and downing and any(
                    toks[k].key in _TRYING for k in range(trig.end, target.start)):
                target, trule = None, None  # "أسقطت مسيرة حاولت استهداف قاعدة": what the craft aimed at
            if target is None and downing and (
                    e.pos == "noun" and toks[trig.end - 1].key in CRAFT):
                # "إسقاط طائرة مسيرة أمريكية": the craft's adjective tells whose was downed
                # (or the craft's own phrase, past the act's words: "طائرة مسيرة أمريكية"; or
                # before a drone's word: "طائرة أمريكية مسيرة")
                target = next((p for p in phrases if p.conjuncts[0][3] is not None and (
                    trig.start < p.start < trig.end < p.end or p.kind == "nisba" and trig.end <= p.start <= trig.end + 2
                    and not any(t.is_punct or t.prep or t.key in LOCATIVE for t in toks[trig.end : p.start + 1])
                    or p.end == trig.start and toks[p.start].key in CRAFT and not toks[p.start].prep)),
                    None)
                trule = "slot.craft" if target is not None else None
            if target is None and downing:
                # ("أسقطت الدفاعات صاروخا أطلقه الحوثيون": the missile its verb tells downed)
                target = self._launcher(toks, sent, trig, phrases)
                trule = "slot.launcher" if target is not None else None
            elif (trule == "slot.target-prep" and downing
                  and toks[target.start - 1].key in _HEADING):
                # "اعترضت المدمرة صواريخ أطلقها الحوثيون باتجاه إسرائيل": the launcher's, not
                # where they were headed
                launcher = self._launcher(toks, sent, trig, phrases)
                if launcher is not None and launcher.end <= target.start:
                    target, trule = launcher, "slot.launcher"
            elif trule == "slot.object" and (downing or e.mode == "destroy") and all(
                    c[2].kind == "generic" and c[2].sector == "MIL" for c in target.conjuncts):
                # "اعترضت قوات التحالف طائرة مسيرة أطلقتها الميليشيا الحوثية": the craft
                # downed (or destroyed: "اعتراض وتدمير طائرة مسيرة أطلقتها") is the
                # launcher's, who is named
                launcher = self._launcher(toks, sent, trig, phrases, max(trig.end, target.end))
                if launcher is not None:
                    target, trule = launcher, "slot.launcher"
            if target is not None and e.type == "RETREAT" and e.mode == "withdraw" and (
                # "من" before it, or inside it ("سحب 500 جندي من العراق": the troops withdrawn
                # are the actor's, from a place)
                any(toks[k].key == "من" for k in range(target.start - 1, target.end))
                or all(c[2].inanimate for c in target.conjuncts)
            ):
                target, trule = None, None  # "انسحبت القوات من مواقعها": where it withdraws from
            if target is not None and any(
                o.start <= target.start and target.end <= o.end and o.end - o.start > target.end - target.start
                for o in others
            ):
                # "وافق البرلمان على إرسال قوات": the forces are words of the other act (the
                # protesters who are the protest, "المتظاهرين", can still be a target)
                target, trule = None, None
            if (target is not None and e.type not in _PHYSICAL and trule != "slot.partner"
                    and all(c[2].inanimate for c in target.conjuncts)):
                target, trule = None, None  # "رحبت ... بالاتفاق الموقع": words are not aimed at things
            if (target is not None and actor is not None and target.start == actor.end
                    and len(target.conjuncts) == 1 and target.conjuncts[0][2].kind == "person"
                    and actor.conjuncts[-1][2].kind != "person" and target.conjuncts[0][3] is not None
                    and target.conjuncts[0][3:] == actor.conjuncts[-1][3:]
                    and not toks[target.start].prep and not toks[target.start].has_conj):
                # "هدد المتحدث العسكري باسم جماعة الحوثي يحيى سريع": a man of the actor's own
                # side named right after it is the actor named (not "استقبل الرئيس الأمريكي
                # بنيامين نتنياهو")
                target, trule = None, None
            if target is not None and (e.type, e.mode) == ("RETREAT", "withdraw") and any(
                    toks[i].suffixed for i in range(target.start, target.end)):
                target, trule = None, None  # "سحبت روسيا قواتها": one's own forces withdrawn are no target
            if (target is not None and e.type == "ASSAULT" and target.kind == "capital"
                    and len(target.conjuncts) == 1 and (toks[target.start - 1].key in _ON_OR_IN or (
                        toks[target.start - 1].key in _CAPITAL_WORD and (
                            toks[target.start - 2].key in _ON_OR_IN or e.pos == "verb")) or (
                        e.pos == "verb" and not toks[target.start].prep and not toks[target.start].has_conj))):
                # "الهجوم على طرابلس", "غارات على العاصمة صنعاء": a city attacked is where (and
                # one attacked in: "هجوم في كابول تبنته طالبان"); so is one a verb strikes:
                # "قصفت روسيا كييف", "قصفت روسيا العاصمة كييف"
                target, trule = None, None
            if (target is not None and e.type in ("ASSAULT", "COERCE") and target.kind in ("capital", "country")
                    and len(target.conjuncts) == 1 and target.start > sent.start
                    and toks[target.start - 1].key in _TOWN_HEADS):
                # "اقتحمت القوات مدينة رام الله", "هاجمت المسيرات مدينة عمان": a name told as a
                # town's is where the act is, no government
                target, trule = None, None
            rules.extend(r for r in (arule, trule) if r)
            # "احتجز الحرس الثوري ناقلة نفط": things held are seized, no one is arrested; so
            # are arms or goods caught ("ضبطت قوات الأمن كميات من الأسلحة")
            seized = e.type == "COERCE" and e.mode == "arrest" and (
                target is not None and toks[trig.start].key in _HOLD and all(c[2].inanimate for c in target.conjuncts)
                or toks[trig.start].key in _CAUGHT and _goods_after(toks, sent, trig, phrases, time_toks))
            actors = self._codes(actor, toks, text, e.type)
            if (actor is None and e.type == "PROTEST" and trig.start - 2 > sent.start
                    and toks[trig.start - 1].norm == "في"):
                # "دخل المعتقلون في إضراب عن الطعام": who enters a strike strikes (past a count
                # between: "دخل عشرات الأسرى", "دخل 50 معتقلا"; and the place they work at
                # after them: "دخل عمال ميناء البصرة في إضراب")
                sites = {k for m in places for k in range(m.start, m.end)} | {
                    k for q in phrases if self._patient_like(q) for k in range(q.start, q.end)}
                p = next((p for p in phrases if p.start > sent.start and p.end >= trig.start - 4 and all(
                    not (toks[k].prep or toks[k].has_conj or toks[k].is_punct)
                    and (k in sites or toks[k].key in PLACE_NOUNS) for k in range(p.end, trig.start - 1))
                          and not toks[p.start].prep and any(
                              toks[k].key in _ENTERED and self._only_quantities(toks[k + 1 : p.start])
                              for k in range(max(sent.start, p.start - 4), p.start))), None)
                if p is not None:
                    actor, arule = p, "slot.entered"
                    rules.append(arule)
                    actors = self._codes(actor, toks, text, e.type)
            if actor is None and e.type == "PROTEST" and e.mode != "boycott":
                # "تظاهر المئات أمام السفارة", "احتج الآلاف": the crowd counted protests
                k = next((k for k in range(trig.end, min(sent.end, trig.end + 4)) if k not in time_toks), sent.end)
                if not (k < sent.end and toks[k].key in _CROWDS):
                    # (or the light verb's subject: "نظم المئات وقفة احتجاجية", "خرج الآلاف في
                    # مسيرات")
                    k = next((m.end for m in support if trig.start - 3 <= m.end < trig.start
                              and toks[m.end].key in _CROWDS), sent.end)
                if k < sent.end and toks[k].key in _CROWDS and not toks[k].prep and not toks[k].has_conj:
                    # (the whole count: "عشرات الآلاف", "مئات الآلاف")
                    end = k + 2 if k + 1 < sent.end and toks[k + 1].key in _CROWDS and not (
                        toks[k + 1].prep or toks[k + 1].has_conj) else k + 1
                    if (end < sent.end and _definite(toks[end]) and not toks[end].prep and not toks[end].has_conj
                            and not _punct(toks[end]) and end not in time_toks and toks[end].key.endswith(("ين", "ون"))
                            and not any(m.start <= end < m.end for m in (*phrases, *places))):
                        end += 1  # (and whom it counts, whom no lexicon names: "مئات المتقاعدين")
                    actors = (_unlisted(toks, text, k, end, None, "OPP"),)
                    # (the crowd of whom: "اعتصم المئات من أنصار التيار الصدري")
                    whose = next((p for p in phrases if end + 1 < sent.end and toks[end].key == "من"
                                  and p.start == end + 1 and p.kind != "nisba" and not toks[p.start].prep), None)
                    if whose is not None:
                        actors = tuple(self._codes(whose, toks, text, e.type))
                        if target is not None and target.start < whose.end and whose.start < target.end:
                            if trule in rules:
                                rules.remove(trule)
                            target, trule = None, None
                    rules.append("slot.crowd")
            if arule == "slot.nisba" and e.type not in _SYMMETRIC and actor.kind == "nisba":
                # "الغارات الأمريكية البريطانية": two nationalities of one attack are its makers
                other = next((p for p in phrases if p.start == actor.end and p.kind == "nisba"), None)
                if other is not None and other.conjuncts[0][3] not in (None, actor.conjuncts[0][3]):
                    actors = actors + self._codes(other, toks, text, e.type)
            targets = self._codes(target, toks, text, e.type)
            if trule == "slot.partner":
                # "مناورات مع سفن روسية": a state's craft in drills are its forces
                targets = tuple(attrs.evolve(t, sector="MIL") if t.sector is None and t.country else t for t in targets)
            if mediated:
                targets = self._codes(between, toks, text, e.type)
                rules.append("slot.between")
            if (actor is not None and actor.kind == "pronoun" and actors and all(
                    a.country is None and a.sector is None for a in actors)
                    and actor.conjuncts[0][2].id == _SIDES_ENTRY):
                # "والتزم الطرفان", "طرفا النزاع": the sides of the sentence's last act that
                # has two ("اشتباكات بين الجيش وقوات الدعم السريع")
                # (not a call made to "the two sides": "دعت الأمم المتحدة الطرفين إلى وقف إطلاق
                # النار والسماح بدخول المساعدات")
                sides = next(((ev.actors, ev.targets) for ev, _ in reversed(previous) if _two_sides(ev)), None)
                if sides is not None:
                    actors = _told_as((*sides[0], *sides[1]), actors[0])
                    rules.append("slot.sides")
            if e.type == "PROTEST" and actors and previous and previous[-1][0].type == "COERCE" and all(
                    a.sector in _STATE_FORCES or a.sector == "GOV" for a in actors) and {
                    a.start_char for a in actors} <= {a.start_char for a in previous[-1][0].actors}:
                # "منعت السلطات التونسية وقفة احتجاجية": who bans or breaks up a protest
                # does not hold it
                actors = ()
                if arule in rules:
                    rules.remove(arule)
            # fallbacks, in order: the sides of talks about the act, the subject carried from
            # the previous verb, a reporter speaking of itself, the sentence's subject. An
            # event called for keeps none: the caller is not the one who would act; nor does
            # one condemned or disowned, nor a relative clause's verb whose antecedent names
            # no actor, nor an act suffered ("تعرض موكب الوزير لهجوم": the subject is hit).
            accused = self._accused(toks, trig, previous, ctx.tstarts) if (
                not actors or arule in ("slot.pronoun", "slot.support")) else None
            if accused is not None:
                # "عقوبات على روسيا بسبب غزوها أوكرانيا": the pronoun is the accused's; "يعتزم
                # الاتحاد فرض عقوبات على بيلاروسيا بسبب قمع المعارضة": the intent is the
                # sanction's, the act punished the sanctioned's
                if actors:
                    rules.remove(arule)
                actors = accused.targets
                rules.append("slot.accused")
            if (not actors and mrule == "mod.conditional" and e.pos == "verb" and trig.start > sent.start
                    and toks[trig.start - 1].key in NEGATIONS):
                # "هدد بشن عملية عسكرية ضد قوات النظام إذا لم تنسحب": who must act to stop
                # the threat is whom it is aimed at
                threat = next((ev for ev, _ in reversed(previous) if ev.type == "THREATEN" and ev.targets), None)
                if threat is not None:
                    actors = threat.targets
                    rules.append("slot.threatened")
            if not actors and modality == Modality.REQUESTED:
                called = self._addressee(toks, trig, previous, ctx)
                if called is not None:
                    actors = called.targets
                    rules.append("slot.addressee")
                elif e.type == "PROTEST" and previous and _demands(previous[-1][0]) and previous[-1][0].actors:
                    # "دعت منظمات حقوقية وأحزاب معارضة إلى التظاهر": who calls a protest
                    # with no one named to hold it organizes it
                    actors = previous[-1][0].actors
                    rules.append("slot.callers")
            if not actors and modality == Modality.POSSIBLE and previous:
                warned = _warned_to_act(toks, sent, trig, previous[-1], phrases)
                if warned:
                    # "حذرت واشنطن طهران من مغبة تزويد الحوثيين بالصواريخ": whom one warns
                    # against an act would make it
                    actors = warned
                    rules.append("slot.warned")
            if not actors and e.type == "PROTEST" and e.pos == "noun":
                # "انطلقت مسيرة على حدود القطاع بمشاركة آلاف الفلسطينيين": who take part
                # hold it
                k = next((k for k in range(trig.end, min(sent.end, trig.end + 10))
                          if toks[k].prep == "ب" and toks[k].key == _PARTICIPATION or _punct(toks[k])), None)
                part = None if k is None or _punct(toks[k]) else next(
                    (p for p in phrases if p.start > k and p.kind not in ("nisba", "country", "capital")
                     and not toks[p.start].prep and (p.start == k + 1 or self._only_fillers(toks, k + 1, p.start)
                                                     or self._group_of(toks, k + 1, p.start))), None)
                if part is not None:
                    actors = self._codes(part, toks, text, e.type)
                    rules.append("slot.participants")
            punished = None if actors or accountable_at is None else next((
                p for p in phrases if p.end == accountable_at and sent.start <= p.start and not toks[p.start].prep
                and p.kind != "nisba"), None)
            if punished is not None:
                # "دعت إلى معاقبة الشرطة على قمع المتظاهرين": who must answer for the act did it
                actors = self._codes(punished, toks, text, e.type)
                rules.append("slot.accountable")
            if not actors and modality != Modality.REQUESTED and not (
                self._condemned(toks, trig, others) and not e.participle
            ) and not (
                e.mode != "access" and _allowed_act(toks, sent, trig)  # (a grant of access is the granter's)
            ) and not (
                trig.start > sent.start and toks[trig.start - 1].key in RELATIVE
            ) and mrule != "mod.responsibility-denied" and trule != "slot.sufferer" and denier is None and not (
                denied_death
            ) and not (
                # (nor, past the clause, the reporter: "قالت الشرطة إنها فتحت تحقيقا في مقتل")
                trig.entry.pos == "noun" and _inquired_into(toks, sent, trig)
            ) and not (
                # "هددت إيران بإغلاق المضيق إذا تعرضت لهجوم": the verb's subject suffers it
                trig.start > sent.start and _li(toks[trig.start]) and toks[trig.start - 1].key in SUFFER
            ):
                actors, fallback_rule = self._fallback_actors(
                    toks, sent, trig, phrases, previous, target, modality, text, ctx, discussed,
                    # (what one may do, or would on a condition, is one's own act)
                    own=mrule in ("cue.possible.qad", "mod.conditional"),
                )
                if e.type == "PROTEST" and e.mode != "boycott" and (not actors or all(
                        a.sector in _STATE_FORCES or a.sector == "GOV" for a in actors)):
                    # "اعتقلت قوات الأمن عشرين متظاهرا خلال تظاهرة": the state's forces (or
                    # its government, the sentence's topic) are not who protests, the
                    # protesters the clause names are (a state may boycott: "أعلنت الهند
                    # أنها ستقاطع القمة"); with no one else to read, those named as
                    # protesters ("قتل عشرة متظاهرين في اليوم الثاني من الاحتجاجات"), not the
                    # opposition the crowd backs ("مظاهرة مؤيدة للمعارضة")
                    protesters = min((p for p in phrases if p.kind != "nisba" and all(
                        c[4] == "OPP" for c in p.conjuncts) and (actors or (
                            p.end - p.start == 1 and p.conjuncts[0][2].id in _PROTESTER_ENTRIES
                            and not (p.start > sent.start and toks[p.start - 1].key in _LOYAL)))),
                        key=lambda p: abs(p.start - trig.start), default=None)
                    actors, fallback_rule = (
                        (self._codes(protesters, toks, text, e.type), "slot.protesters")
                        if protesters is not None else ([], None))
                if fallback_rule is not None and self._not_the_fallbacks(toks, trig, fallback_rule, actors, targets,
                                                                         ctx.tstarts):
                    actors, fallback_rule = [], None
                if fallback_rule:
                    rules.append(fallback_rule)
                in_it = trig.end < sent.end and toks[trig.end].norm in _IN_IT  # "وأضرموا النار فيه"
                if fallback_rule == "slot.carry" and (e.pos == "verb" or toks[trig.start].key in _SET_ON_FIRE) and (
                        trule == "slot.pronoun" and targets and {t.span for t in targets} <= {a.span for a in actors}
                        or not targets and (_has_object_suffix(toks[trig.end - 1]) or in_it)):
                    # "هاجمت الحكومة الصحيفة واتهمتها", "قصفت الطائرات المستشفى ودمرته": the
                    # object pronoun of a verb joined to another is not the subject they share,
                    # it is that verb's object (so is the one of "في" after the fire set:
                    # "هاجموا مركزا للشرطة وأضرموا النار فيه")
                    shared = {a.span for a in actors}
                    source = next((ev for ev, _ in reversed(previous) if {a.span for a in ev.actors} == shared
                                   and "slot.self" not in ev.rules), None)
                    if source is None:
                        # "صد الجيش هجوما للمتمردين وكبدهم خسائر": who repelled an attack goes
                        # on against those who made it
                        source = next((ev for ev, _ in reversed(previous) if "slot.repelled" in ev.rules
                                       and {t.span for t in ev.targets} == shared), None)
                        targets = tuple(source.actors) if source is not None else ()
                    else:
                        targets = tuple(source.targets)
                    # (past its adjective, "مسؤول محلي", and where it was, "في ديالى")
                    before = next((a0 - 1 for a0, b0 in ctx.place_spans if b0 == trig.start and a0 - 1 > sent.start
                                   and toks[a0 - 1].text == "في"), trig.start)
                    owner = next((p for p in phrases if 0 <= before - p.end <= 1 and p.kind != "nisba"
                                  and not any(t.is_punct or t.prefix for t in toks[p.end : before])
                                  and not getattr(p.conjuncts[0][2], "inanimate", False)
                                  # (nor where it was: "مركزا للشرطة في العاصمة بورت أو برنس وأحرقته")
                                  and getattr(p.conjuncts[0][2], "kind", None) not in ("capital", "country")), None)
                    if (owner is not None and targets and e.type in ("ASSAULT", "COERCE")
                            # (what a fire is set "فيه" is the thing: "اقتحموا مقر البرلمان في
                            # طرابلس وأضرموا النار فيه")
                            and not in_it
                            and all(t.rule in self._inanimate_ids for t in targets)
                            and all(t.end_char <= toks[owner.start].start_char for t in targets)):
                        # "اقتحموا منزل مسؤول محلي واختطفوه": whom the pronoun names is the
                        # person the thing before was of, not the thing
                        targets = tuple(self._codes(owner, toks, text, e.type))
                    if "slot.pronoun" in rules:
                        rules.remove("slot.pronoun")
                    if targets:
                        rules.append("slot.object-before")
        if (not actors and not targets and between is not None and between.kind == "pronoun" and not mediated
                and e.type in _SYMMETRIC):
            # "الاتفاق الموقع بين الفرقاء الليبيين": with no side named anywhere, the words of
            # the sides the act is between are its sides
            actors = self._codes(between, toks, text, e.type)
            rules.append("slot.between")
        if e.type == "ASSAULT" and actors and all(a.sector in _UNARMED_REPORTERS for a in actors) and (
                "slot.reporter" in rules or "slot.support" in rules
                and any(toks[k].key in REPORTING for k in range(sent.start, trig.start))):
            # "أعلنت منظمة أطباء بلا حدود تعليق أنشطتها بعد قصف مستشفى تدعمه": an aid body,
            # a rights group or a newsroom that tells of an attack did not make it
            actors = []
            rules = [r for r in rules if r not in ("slot.reporter", "slot.support")]
        # "نجا المحافظ من محاولة اغتيال بتفجير سيارة مفخخة": who survived is the target,
        # whatever the words after the act were read as its object
        survivor = self._survivor(toks, sent, trig, phrases, time_toks) if (
            e.type == "ASSAULT" and e.pos == "noun" and targets) else None
        if survivor is not None:
            targets = ()
            rules = [r for r in rules if r not in ("slot.object", "slot.target-prep")]
        if e.type == "ASSAULT" and e.pos == "noun" and not targets:
            defender, drule = self._repeller(toks, sent, trig, phrases, time_toks), "slot.repelled"
            if defender is None:
                defender, drule = survivor or self._survivor(toks, sent, trig, phrases, time_toks), "slot.survivor"
            if defender is not None:
                targets = tuple(self._codes(defender, toks, text, e.type))
                kept = tuple(
                    a for a in actors
                    if a.start_char >= targets[-1].end_char or a.end_char <= targets[0].start_char
                )
                if actors and not kept and "slot.topic" in rules:
                    rules.remove("slot.topic")  # (the topic read as the actor was the one who survived)
                actors = kept
                rules.append(drule)
        if not targets and len(actors) > 1 and actors[0].start_char != actors[1].start_char and (
                (e.type in _SYMMETRIC and e.cameo != _MEDIATE) or (
            # "تبادل الجيشان الهندي والباكستاني إطلاق النار": fire exchanged is a clash (and
            # charges exchanged one charging the other: "تبادلت الهند وباكستان الاتهامات")
            e.type in ("ASSAULT", "ACCUSE") and any(
                toks[k].key in EXCHANGE for k in range(max(sent.start, trig.start - 8), trig.start)
            )
        )):  # (not the two sides one word names: "اتفق الجانبان"; nor two mediators: "توسطت قطر ومصر",
            # "الوساطة القطرية والمصرية")
            actors, targets = actors[:1], actors[1:]
            rules.append("slot.symmetric")
        signed = None
        act_verb = _ACT_VERBS.get(e.type) or _ACT_VERBS.get(e.id)
        if act_verb is not None and "slot.support" in rules:
            # "وقعت الحكومة والمتمردون أمس في هافانا اتفاقا", "تبادلت روسيا وأوكرانيا، أمس،
            # مئات الأسرى": the signing, exchanging or firing verb is the act's word, as when nothing
            # stands between it and its object (and where is told after it)
            signed = next((s for s in support if s.entry.id == act_verb and s.end <= trig.start
                           and trig.start - s.end <= 24 and not any(s.end <= o.start < trig.start for o in others)
                           and _reaches_past_commas(toks, s.end, trig)), None)
        place, prule = self._place(toks, text, sent, trig, places, phrases, actors, targets,
                                   sent_countries, article_countries, ctx.local_places, others, time_toks,
                                   ctx.answered, ctx.earlier_town, ctx.place_countries, discussed_act)
        if signed is not None and (place is None or place.start_char >= toks[trig.start].start_char):
            # "وقعت الحكومة والمجلس، مساء أمس في الرياض، على اتفاق ينص على عودة الحكومة إلى
            # عدن": a place between the signing and what is signed is where (not one the
            # agreement is about)
            between = self._place(toks, text, sent, attrs.evolve(trig, start=signed.start, end=signed.end),
                                  places, phrases, actors, targets, sent_countries, article_countries,
                                  ctx.local_places, others, time_toks)
            if between[0] is not None and between[0].end_char <= toks[trig.start].start_char:
                place, prule = between
        if e.type in _SYMMETRIC and actors and not targets and place is not None and place.country and (
                place.kind in _SIDE_PLACE_KINDS):
            k = bisect.bisect_left(ctx.tstarts, place.start_char)
            if sent.start < k < sent.end and toks[k - 1].key in WITH_PREPS and trig.start < k:
                # "توقيع اتفاق مع ولاية جوبالاند", "وقعت الحكومة اتفاقا مع إقليم كردستان":
                # the region one agrees or talks with is the other side (its government), not
                # where
                targets = (Actor(place.text, place.start_char, place.end_char, name=place.name,
                                 country=place.country, sector="GOV", rule="act.region-side"),)
                place, prule = None, "slot.region-side"
        if prule:
            rules.append(prule)
        if e.type == "COERCE" and e.mode == "restrict" and not targets and place is not None and place.country:
            k = bisect.bisect_left(ctx.tstarts, place.start_char)
            if sent.start < k < sent.end and k > trig.start and self._prep_before(toks, sent, k) in TARGET_PREPS:
                # "فرض حصار كامل على قطاع غزة": the place besieged is who suffers the siege
                targets = (Actor(place.text, place.start_char, place.end_char, name=place.name,
                                 country=place.country, sector="CVL", rule=_UNLISTED.id),)
                rules.append("slot.besieged")
        if e.type == "ASSAULT" and e.mode == "crowd-control" and not targets:
            k = _past_subject(toks, sent, trig.end, actors, time_toks)
            protest = next((o for o in others if o.start == k and o.entry.type == "PROTEST"
                            and o.entry.mode != "boycott" and not toks[k].prep and not toks[k].has_conj), None)
            if protest is not None:
                # "فرقت الشرطة التظاهرة", "فضت قوات الأمن اعتصاما": the protest dispersed is
                # its protesters
                targets = (_unlisted(toks, text, protest.start, protest.end, place, "OPP"),)
                rules.append("slot.dispersed")
        if e.type == "ASSAULT" and not targets and not (e.acled and "territory" in e.acled[1]):
            struck = self._struck_settlement(toks, sent, trig, actors, time_toks)
            if struck is not None:
                # "هاجم مستوطنون بلدة ترمسعيا", "شنت الطائرات غارات على قرى في الريف": the
                # village or town attacked is its people's (a town named as where is still the
                # place)
                targets = (_unlisted(toks, text, *struck, place, "CVL"),)
                state = next((p.conjuncts[0][3] for p in phrases if p.kind == "nisba" and p.start > struck[0]
                              and p.end <= struck[1] and p.conjuncts[0][3]), None)
                if state is not None:
                    # "اعتداء مستوطنين على قرية فلسطينية": the village's adjective says whose
                    # it is, wherever the act is told (not the attackers' state)
                    targets = (attrs.evolve(targets[0], country=state),)
                rules.append("slot.settlement")
        if e.type in _SYMMETRIC:
            actors, targets = _rebels_of_the_government(actors, targets)
        if e.mode == "torture" and e.pos == "noun" and actors and not targets and "slot.svo" in rules:
            k = bisect.bisect_left(ctx.tstarts, actors[0].start_char)
            if k > sent.start and toks[k - 1].norm.lstrip("و") in _DIED:
                # "توفي معتقل تحت التعذيب": who died under torture suffered it
                actors, targets = (), actors
                rules[rules.index("slot.svo")] = "slot.died-under"
        context = self._context_country(place, actors, targets, sent_countries, article_countries)
        if e.type in _VENUE_TYPES and place is not None and place.country == context and not (
                # (but "وقعت الحكومة الانتقالية في مالي اتفاقا مع روسيا": a side told by the
                # state it is in, right after it, is that state's)
                place.kind == "country" and any(
                    a.end_char < place.start_char and (between := text[a.end_char : place.start_char].split())
                    and len(between) <= 2 and between[-1] == "في" for a in actors)):
            # "اختتمت في أستانا المحادثات السورية بين وفدي الحكومة والفصائل": talks held
            # abroad are between sides of the state the sentence names, not the venue's
            context = _other_country(sent_countries, article_countries, place.country) or (
                # "اجتمع وفد الحكومة مع ممثلي المعارضة في جنيف": in a town that hosts others'
                # talks, no side is the host's unless named so
                None if place.rule in self._venues else context)
        speaker = self._speaker(toks, sent, trig, phrases)
        own = self._speakers_state(speaker)
        actor_context = context
        if place is not None and place.country == context and (
                (e.mode == "visit" or _visit_on_arrival(toks, e, actors, others, ctx.tstarts))
                and place.kind in ("capital", "country")
                or e.type == "MOBILIZE" and place.kind == "country"
                and self._prep_before(toks, sent, bisect.bisect_left(ctx.tstarts, place.start_char)) in _TO):
            # "قال الرئيس خلال زيارته القاهرة", "وصل الوفد إلى القاهرة": a visitor to a state's
            # capital is not of that state (one who tours a province is: "زيارة لمحافظة شمال
            # سيناء"); "قررت الحكومة إرسال ألف جندي إلى الصومال": nor is who sends forces to a
            # state (forces sent to a capital are often their own: "أرسل الجيش تعزيزات إلى بغداد")
            actor_context = _other_country(sent_countries, article_countries, context)
        if e.type == "ASSAULT" and e.mode in ("heavy-weapons", "drone") and context is not None and (
                origin := _fired_from(toks, sent, trig, places)) not in (None, context):
            # "أطلق مسلحون صواريخ من قطاع غزة على عسقلان": who fires is of where it is fired
            # from, not of where it falls
            actor_context = origin
        if (place is None and any(t.country == context and t.rule.startswith(_STATE_NAMES) for t in targets)) or (
                context is not None and (stance := self._object_nisba(toks, sent, trig, others, phrases)) is not None
                and stance.conjuncts[0][3] == context):
            # "ألغى المجلس العسكري اتفاقيات التعاون مع فرنسا": the state on the other side is
            # not the actor's own; "رفضت الحكومة الهجوم التركي": nor is the state whose act it
            # answers; another state the text names is
            actor_context = _other_country(sent_countries, article_countries, context)
        if e.type in _VERBAL_TYPES and actor_context is not None and any(
                o.entry.mode == "withdraw" and o.start > trig.start and any(
                    c[3] == actor_context and c[4] in _FORCES
                    for p in phrases for c in p.conjuncts if o.start <= c[0] <= o.end)
                for o in others):
            # "طالبت الحركة بانسحاب القوات الإسرائيلية": who asks, urges or refuses a state's
            # forces' withdrawal is not of that state; another state the text names may be
            actor_context = _other_country(sent_countries, article_countries, actor_context)
        # "اتفقت الفصائل في القاهرة على هدنة": armed groups that meet or agree in a capital
        # are not thereby of its state
        guests = (e.type in _VENUE_TYPES or "mod.agreed" in rules or "mod.discussed" in rules) and (
            place is not None and place.kind == "capital" and place.country == actor_context)
        # "قتل شاب برصاص قوات الاحتلال": whom an occupying force strikes or holds is not of
        # its own state; "أسقطت الدفاعات الجوية السورية طائرة مسيرة": nor are the arms a
        # state's forces strike
        # (nor whom it frees: "أفرجت سلطات الاحتلال عن الأسير")
        # (and where the act has no actor, whom it is with where the sentence names an occupying
        # force: "اقتحمت قوات الاحتلال المخيم ..، فيما اندلعت اشتباكات مع مقاومين")
        occupied = context is not None and (e.type in _MILITARY_TYPES or e.mode == "release") and (
            _occupier_in(actors, context) or not actors and any(
            c[3] == context and c[2].id.endswith(_OCCUPYING) for p in phrases for c in p.conjuncts))
        target_context = _other_country(sent_countries, article_countries, context) if occupied or (
            e.type == "ASSAULT" and context is not None
            and any(a.country == context and a.sector in _FORCES for a in actors)) else context
        # "أرسلت الحكومة الإسرائيلية وفدا إلى القاهرة": a delegation sent or gone to a state is
        # not of that state
        sent_to = {id(a) for a in actors if _sent_to(toks, sent, ctx.tstarts, a, places) == actor_context} if (
            actor_context is not None) else set()
        guest_context = _other_country(sent_countries, article_countries, actor_context) if sent_to else None
        actors = tuple(
            # "طائرات مجهولة": a state's arms of no known state (an armed group unknown is of
            # the place's, as its gunmen are: "جماعة مسلحة مجهولة" in Libya is LBY REB)
            a if (a.sector == "MIL" and _UNIDENTIFIED.match(text, a.end_char)) or (guests and a.sector == "REB") else
            self._with_context(a, own if own and a.sector in _FORCES else guest_context if id(a) in sent_to
                               else actor_context, text) for a in actors
        )
        actors = self._speakers_forces(toks, speaker, actors, ctx)
        if e.type == "COERCE" and e.mode == "restrict":
            # "أغلقت قوات الاحتلال حاجز قلنديا": a checkpoint or a crossing closed is where
            # movement is stopped, no side's site struck (nor one's own: "أغلقت السلطات
            # السودانية مطار الخرطوم")
            own = {(a.country, a.sector) for a in actors}
            targets = tuple(t for t in targets if not (
                t.rule in self._opposed_ids and (t.sector is None or (t.country, t.sector) in own)))
        # "استدعت الخارجية الجزائرية سفيرا أوروبيا": an envoy summoned or expelled is not of
        # the state that summons or expels him
        envoys = (e.type == "ACCUSE" or e.mode == "expel") and context is not None and any(
            a.country == context for a in actors)
        envoy_context = _other_country(sent_countries, article_countries,
                                       *{a.country for a in actors}) if envoys else None
        # "إذا هاجمت إسرائيل المنشآت النووية فإن إيران سترد": sites struck where no place is
        # told are those of another state the text names, when it names one, not the striking
        # state's own
        struck_context = (_other_country(sent_countries, article_countries, context) or context) if (
            e.type == "ASSAULT" and place is None and context is not None
            and any(a.country == context for a in actors)) else context
        # "قال الرئيس الأوكراني إن روسيا قصفت محطات الكهرباء", "اتهم الرئيس الأوكراني روسيا
        # بقصف البنية التحتية": what a state strikes where no place is told is of the other
        # state that reports or charges it
        told_by = self._speakers_state(speaker or self._accuser(toks, sent, trig, phrases, others)) if (
            e.type == "ASSAULT" and place is None and context is not None and actors
            and all(a.country == context for a in actors)) else None
        if told_by is not None and told_by != context and told_by not in _NOT_STATES:
            struck_context = told_by
        else:
            told_by = None
        # "فرضت واشنطن عقوبات على طهران بسبب قمع المتظاهرين": a state's crowds dispersed
        # by it where no place is told are its own, whatever state the sentence names first
        # (and so, where the sentence names no state, are those a state's officials hold,
        # free or sentence: "أفرج الرئيس التونسي عن 500 سجين")
        home = actors[0].country if (
            (e.mode == "crowd-control" and place is None and not occupied
             or context is None and e.mode in _HELD_AT_HOME and all(a.sector in _STATE_HOLDERS for a in actors))
            and actors and actors[0].country not in _NOT_STATES
            and all(a.country == actors[0].country for a in actors)) else None
        # "منعت الميليشيا دخول قوافل الإغاثة": carriers of aid are no side's, civilians'
        targets = tuple(attrs.evolve(t, sector="CVL") if t.sector is None and _carries_aid(toks, ctx.tstarts, t) else t
                        for t in targets)
        targets = self._opposed(actors, e.type == "ASSAULT", tuple(
            self._with_context(t, envoy_context if envoys and t.country is None and toks[
                bisect.bisect_left(ctx.tstarts, t.start_char)].key in _ENVOYS else
                               target_context if occupied or t.sector in _FORCES else
                               struck_context if t.rule in self._opposed_ids else home or told_by or context, text)
            for t in targets))
        if any(t.rule == _BASES_ENTRY for t in targets):
            # "هاجمت الفصائل قاعدة عين الأسد": a base named is a state's, its army's (and
            # its mention runs to the name's end)
            named = {toks[m.start].start_char: toks[m.end - 1].end_char for m in places if m.entry.kind == "site"}
            targets = tuple(
                attrs.evolve(t, sector="MIL", end_char=max(t.end_char, named[t.start_char]),
                             text=text[t.start_char : max(t.end_char, named[t.start_char])])
                if t.rule == _BASES_ENTRY and t.start_char in named else t for t in targets)
        targets, actors = self._mirrored(targets, actors), self._mirrored(actors, targets)
        if cut > sent.start:
            times = [(r, x) for r, x in times if r[0] >= cut]
        if "slot.accused" in rules and any(r[0] >= trig.end for r, _ in times):
            # "اتهمت الحكومة، اليوم الجمعة، الإمارات بشن غارات ... أمس الخميس": the act accused
            # of is told by its own time, not by the accusation's
            times = [(r, x) for r, x in times if r[0] >= trig.end]
        if e.type == "ACCUSE" and e.mode == "allege" and times and e.pos == "verb":
            # "اتهمت المنظمة الجيش بارتكاب جرائم حرب عام 2017": a time past the charge is the
            # charged act's, not the accusation's
            charge = next((k for k in range(trig.end, min(sent.end, trig.end + 8)) if toks[k].prep == "ب"
                           and not any(t.is_punct for t in toks[trig.end : k])), None)
            if charge is not None:
                times = [(r, x) for r, x in times if r[0] < charge]
        date, drule = self._date(toks, sent, trig, times, modality, article_date, others, ctx.answered)
        if "mod.agreed" in rules:
            # "وقعت الحكومة اتفاقية تعاون أمني مع إيطاليا يوم الأحد": a day that dates the
            # signing is not also a day to come of what was agreed
            signing_days = {ev.date.span for ev, _ in previous if ev.type == "AGREE" and ev.date is not None}
            times = [(r, x) for r, x in times if (x.start_char, x.end_char) not in signing_days]
        if date is None and times and modality in (Modality.PLANNED, Modality.REQUESTED) and article_date is not None:
            # "دعا الحزب أنصاره إلى التظاهر يوم الجمعة": a day of the week to come named after
            # a call or a plan told in the past is the coming one
            coming = self._coming_readings(text, sent, times, article_date)
            if coming is not times:
                date, drule = self._date(toks, sent, trig, coming, modality, article_date, others, ctx.answered)
                drule = drule and "date.coming"
        participle = e.participle or "slot.participle" in rules
        # (a participle is told when the verb before it is, not one of a relative clause: "دعا
        # الوزير، الذي زار جوبا مطلع الشهر، الطرفين الى ...، ملوحا بفرض عقوبات")
        told = None if not participle else next(
            (ev for ev, t in reversed(previous) if t.entry.pos == "verb" and t.end <= trig.start
             and not t.entry.participle and ev.modality == Modality.ASSERTED
             and not (t.start > sent.start and toks[t.start - 1].key in RELATIVE)), None)
        if (date is not None and told is not None and told.date is not None and told.date.span != date.span
                and trig.start - 1 > sent.start and toks[trig.start - 1].text in ("،", ",")
                and date.end_char <= toks[trig.start].start_char):
            # "اتهمت المنظمة، في تقرير أصدرته امس، الجيش بشن غارات منذ عام 2012، مطالبة": a
            # time before the comma is of the clause it ends, not the participle's
            date, drule = told.date, "date.participle"
        if date is None and modality == Modality.ASSERTED and article_date is not None:
            # "أعلن الجيش سحب 500 جندي بحلول نهاية العام": what is dated after the article
            # has not happened yet, it is planned
            date, drule = self._date(toks, sent, trig, times, Modality.PLANNED, article_date, others, ctx.answered)
            past = (self._past_reading(text, sent, date, article_date)
                    if date is not None and date.resolved and date.start > article_date
                    and _done_in_past(toks, sent, trig, support, ctx.found_triggers)
                    else None)
            purpose_of = previous[-1][0] if "slot.purpose" in rules and previous else None
            if past is not None:
                # "اعتقلت الشرطة ثلاثة ناشطين في 10 ديسمبر" in March: a month named without
                # its year after a verb in the past is the last one, not the coming one
                date, drule = past, "date.past-verb"
            elif (date is not None and purpose_of is not None and purpose_of.date is not None
                  and purpose_of.modality == Modality.ASSERTED and purpose_of.date.span == date.span):
                # "تظاهر الآلاف يوم 30 يونيو للمطالبة بـ": the purpose of an act told is
                # pursued when it was done
                date, drule = purpose_of.date, "date.purpose"
            elif date is not None and date.resolved and e.type in _SAYING_TYPES and _past_verb(toks, trig):
                # "دعا رئيس المجلس إلى إجراء انتخابات قبل نهاية العام": the time to come is
                # of what was called for, said or agreed to; the verb in the past was done
                date, drule = None, None
            elif date is not None and date.resolved and (date.start > article_date or (
                    # "تصل المساعدات خلال الأيام الثلاثة المقبلة": a span from the article
                    # date on, of an act not told as done
                    date.start == article_date and date.end > article_date
                    and not _done_in_past(toks, sent, trig, support, ctx.found_triggers))):
                modality = Modality.PLANNED
                rules.append("mod.future-date")
            else:
                date, drule = None, None
        stopped = _forestalled(toks, sent, trig, previous) if (
            e.type == "ASSAULT" and modality == Modality.ASSERTED) else None
        if stopped is not None:
            # "قتلت قوات الأمن انتحاريا قبل أن يفجر حزامه الناسف": the forces stopped him
            # first; he would have made it, not they
            modality = Modality.NEGATED
            actors = tuple(stopped.targets)
            rules = [r for r in rules if r not in ("slot.topic", "slot.vso", "slot.svo", "slot.support")]
            rules.append("mod.forestalled")
        if (date is not None and modality == Modality.ASSERTED and article_date is not None and date.resolved
                and date.start <= article_date < date.end and e.pos == "verb" and _imperfect(toks[trig.start])
                and not toks[trig.start].prefix and not _done_in_past(toks, sent, trig, support, ctx.found_triggers)):
            # "يزور الرئيس الجزائر نهاية الشهر الجاري": a verb in the present with a time
            # that runs past the article date tells what is to come
            modality = Modality.PLANNED
            rules.append("mod.future-date")
        if (date is None and modality == Modality.ASSERTED and _coming_days(toks, sent, trig)
                and not _done_in_past(toks, sent, trig, support, ctx.found_triggers)):
            # "تنسحب القوات خلال الأيام المقبلة": days to come, of no date, after an act not
            # told as done
            modality = Modality.PLANNED
            rules.append("mod.future-date")
        if date is None and participle and modality == Modality.ASSERTED:
            # "اتهم الكرملين، أمس الأربعاء، أوكرانيا بمحاولة اغتيال الرئيس، متوعدا بالرد"
            if told is not None and told.date is not None:
                date, drule = told.date, "date.participle"
        if drule:
            rules.append(drule)
        arrested = None
        if e.type == "COERCE" and e.mode == "arrest" and targets and not seized:
            # "اعتقل جيش الاحتلال 40 فلسطينيا", "القبض على سبعة ارهابيين": how many were held
            k = bisect.bisect_left(ctx.tstarts, targets[0].start_char)
            kend = bisect.bisect_left(ctx.tstarts, targets[0].end_char)
            # (or the count that names them: "اعتقلت الشرطة العشرات خلال الاحتجاجات")
            stop = kend if kend > k and self._only_quantities(toks[k:kend]) else k
            arrested = self._number_near(toks, max(sent.start, k - 3), stop, backwards=True)
            if arrested is not None:
                rules.append("arrested.count")
        etype, mode, cameo, acled = e.type, e.mode, e.cameo, e.acled
        if seized:
            mode, cameo = "seize", "1711"
            rules.append("mode.seized")
        if e.id == _GOING_OUT and actors and all(a.sector in _FORCES for a in actors):
            # "نزلت قوات الجيش إلى الشوارع": forces that go out into the streets are deployed
            # there, no protest
            etype, mode, cameo, acled = "MOBILIZE", "troops", "154", None
            rules.append("type.forces-out")
        if etype == "MOBILIZE" and mode == "troops" and (any(
                sides and all(a.sector == "COP" for a in sides) for sides in (actors, targets))
                # "نشرت السلطات ألف شرطي": the forces named by the trigger are the police
                or any(p.start == trig.start and all(c[4] == "COP" for c in p.conjuncts) for p in phrases)):
            # "وصلت أول دفعة من عناصر الشرطة الكينية", "نشرت السلطات قوات الشرطة": police
            # deployed
            mode = "police"
            rules.append("mode.police")
        if etype == "MOBILIZE" and "slot.object" in rules:
            # "حركت تركيا آلياتها نحو الحدود", "نشرت الصين منظومات دفاع جوي": what is sent or
            # deployed is one's own (its kind gives the mode), no target
            targets = ()
            rules.remove("slot.object")
        if etype == "ASSAULT" and mode in (None, "destroy", "aerial") and actors and (
                toks[trig.start].key not in SHOOT_DOWN):
            # "قصفت طائرات حربية", "هاجمت مسيرات": an attack by aircraft is an air strike, by
            # drones a drone strike ("شنت طائرات مسيرة غارات")
            k = bisect.bisect_left(ctx.tstarts, actors[0].start_char)
            if "slot.owner" in rules:
                # (the craft before its owner: "مسيرات تابعة للجيش قصفت")
                k = next((i for i in range(k - 1, max(sent.start, k - 4) - 1, -1) if toks[i].key in AIRCRAFT), k)
            # (or "طائرة أمريكية من دون طيار", "طائرة أمريكية مسيرة")
            drone = toks[k].key in DRONES or k + 1 < sent.end and toks[k].key in AIRCRAFT and (
                toks[k + 1].key in DRONES or _pilotless(toks, sent, k) or (
                    k + 2 < sent.end and toks[k + 2].key in DRONES and toks[k + 2].end_char <= actors[0].end_char))
            if mode == "aerial" and not (drone and k + 1 < sent.end):
                k = len(toks)  # (an air strike by planes stays one)
            # (or by an air force named by its arm: "نفذ سلاح الجو الباكستاني ضربات")
            if k < len(toks) and (toks[k].key in AIRCRAFT or actors[0].rule == _AIR_FORCE):
                mode, cameo = ("drone" if drone else "aerial"), "195"
                acled = ["Explosions/Remote violence", "Air/drone strike"]
                rules.append("mode.aircraft")
            elif k < len(toks) and toks[k].key in ARTILLERY:
                # "قصفت المدفعية التركية قرى": shelling
                mode, cameo = "heavy-weapons", "194"
                acled = ["Explosions/Remote violence", "Shelling/artillery/missile attack"]
                rules.append("mode.weapon")
        if etype == "ASSAULT" and mode in (None, "explosives") and actors and all(
                toks[bisect.bisect_left(ctx.tstarts, a.start_char)].key.startswith(_BOMBER) for a in actors):
            # "نفذ انتحاري هجوما على مسجد", "إن انتحاريا فجر السيارة": a suicide bomber's
            mode, cameo = "suicide-attack", "1831"
            acled = ["Explosions/Remote violence", "Suicide bomb"]
            rules.append("mode.bomber")
        if etype == "ASSAULT" and mode is None and any(
            t.key in BULLETS for t in toks[trig.end - 1 : min(sent.end, trig.end + 3)]
        ):
            # "استشهد شاب برصاص قوات الاحتلال", "سقطوا برصاص الاحتلال": shot
            mode, cameo = "firearms", "193"
            rules.append("mode.weapon")
        if etype == "ASSAULT" and mode is None:
            # "استهدفت القوات القرية بالمدفعية", "بطائرة مسيرة", "بالأسلحة الثقيلة": the
            # weapon named with ب after the act
            weapon = _instrument(toks, sent, trig)
            if weapon is not None:
                mode = weapon
                cameo = {"firearms": "193", "heavy-weapons": "194"}.get(weapon, "195")
                if weapon != "firearms":
                    acled = ["Explosions/Remote violence", "Shelling/artillery/missile attack"
                             if weapon == "heavy-weapons" else "Air/drone strike"]
                rules.append("mode.weapon")
        if etype == "ASSAULT" and mode is None and any(
            toks[k].norm in _BLADES and not any(t.is_punct for t in toks[min(k, trig.start) : max(k, trig.end)])
            for k in range(max(sent.start, trig.start - 6), min(sent.end, trig.end + 6))
        ):
            # "قتل مسلحون 22 مدنيا بالسواطير": blades and clubs
            mode = "primitive"
            rules.append("mode.weapon")
        if etype == "ASSAULT" and mode == "heavy-weapons" and not targets and (any(
                toks[k].key in _TRIALS and not any(
                    _punct(t) or t.key in TARGET_PREPS for t in toks[min(k, trig.end) : max(k, trig.start)])
                for k in range(max(sent.start, trig.start - 8), min(sent.end, trig.end + 8))) or (
                # (a state's missile that fell into the sea: "أطلقت كوريا الشمالية صاروخا
                # باليستيا سقط في بحر اليابان")
                actors and all(a.sector in ("GOV", "MIL") for a in actors) and any(
                    toks[k].key in _FELL and toks[k + 1].key == "في" and toks[k + 2].key in _SEA
                    for k in range(trig.end, min(sent.end - 2, trig.end + 5))))):
            # "أطلقت كوريا الشمالية صاروخا باليستيا في تجربة جديدة": a launch in a test (or a
            # drill: "خلال مناورات") is a show of weapons, no attack (but one at something is:
            # "صواريخ على المستوطنات في اختبار لرد إسرائيل")
            etype, mode, cameo, acled = "MOBILIZE", "weapons", "154", None
            rules.append("type.weapons-test")
        if (etype == "RETREAT" and toks[trig.start].key in _FREED and (
                # (positions or sites freed too: "حررت القوات عددا من المواقع"; whom a place is
                # freed from is no one freed: "حررت القوات مدينة الموصل من تنظيم داعش")
                all(t.sector is None or t.rule == _SITES for t in targets if not _freed_from(toks, ctx.tstarts, t))
                if targets and not (place is not None and all(_freed_from(toks, ctx.tstarts, t) for t in targets))
                else place is not None or any(
                    toks[k].key in PLACE_NOUNS for k in range(trig.end, min(sent.end, trig.end + 4))))):
            # "تأمين المناطق التي حررتها", "حررت القوات المدينة": places freed are taken by
            # fighting (people freed are released)
            etype, mode, cameo = "ASSAULT", None, "190"
            acled = ["Battles", "Non-state actor overtakes territory"]
            rules.append("type.places-freed")
        if etype == "ASSAULT" and acled is not None and "territory" in acled[1] and _without_a_fight(toks, sent):
            # "بسطت القوات سيطرتها على المدينة بعد انسحاب المقاتلين منها دون قتال": a place
            # taken without fighting is occupied, not fought for
            etype, mode, cameo = "COERCE", "seize", "192"
            acled = ["Strategic developments", "Non-violent transfer of territory"]
            rules.append("type.without-a-fight")
        if (etype == "COERCE" and mode == "seize" and toks[trig.start].key.startswith(_STORMING) and actors
                and all(a.sector in _FORCES or a.sector == "REB" for a in actors)
                and any(t.sector in ("MIL", "REB") for t in targets)):
            # "اقتحمت قوات النظام بلدتين تسيطر عليهما قوات المعارضة": armed forces storming
            # what armed enemies hold attack them
            etype, mode, cameo, acled = "ASSAULT", None, "190", None
            rules.append("type.stormed-enemy")
        if etype == "ASSAULT" and acled is not None and "territory" in acled[1] and _goods_after(
                toks, sent, trig, phrases, time_toks, _TAKEN_GOODS):
            # "استولى المسلحون على مركبة مصفحة للشرطة": arms, vehicles or goods taken are
            # seized, no territory
            etype, mode, cameo = "COERCE", "seize", "1711"
            acled = ["Strategic developments", "Looting/property destruction"]
            rules.append("type.goods-taken")
        if etype == "ASSAULT" and acled is not None and "territory" in acled[1] and actors:
            # who takes the town says which: the state's forces regain it, others overtake it
            state = all(a.sector in _FORCES or a.sector == "GOV" for a in actors)
            acled = ["Battles", "Government regains territory" if state else "Non-state actor overtakes territory"]
            rules.append("acled.territory")
        if _visit_on_arrival(toks, e, actors, others, ctx.tstarts):
            # "وصل وزير الخارجية إلى القاهرة", "وصل وفد الحركة إلى القاهرة": an official's or
            # a delegation's arrival is a visit (one told as a "زيارة" too is told by that
            # word); anyone else's is no event (see assemble)
            etype, mode, cameo, acled = "CONSULT", "visit", "042", None
            rules.append("type.arrival-visit")
            host = _state_after_to(toks, phrases, trig.end, 8)
            if not targets and host is not None:
                targets = self._codes(host, toks, text, etype)  # the state visited
        elif e.mode == "visit" and e.pos == "noun" and not targets:
            # "وصل رئيس الوزراء إلى الرياض في زيارة رسمية": the visit's word tells the
            # arrival, and the state arrived in is the one visited
            arrival = next((o for o in others if o.entry.id == _ARRIVAL and o.end <= trig.start), None)
            host = _state_after_to(toks, phrases, arrival.end, 8) if arrival is not None else None
            if host is not None and host.end <= trig.start:
                targets = self._codes(host, toks, text, etype)
                rules.append("slot.visited")
            elif arrival is None and (host := _state_after_to(toks, phrases, trig.end - 1, 6)) is not None and not any(
                    _punct(x) or x.has_conj for x in toks[trig.end : host.start]):
                # "ألغت الحكومة زيارة مقررة لوزير الخارجية إلى دمشق": the state it is to,
                # past its visitor
                targets = self._codes(host, toks, text, etype)
                rules.append("slot.visited")
        if etype == "CONSULT" and place is not None and place.kind in ("capital", "country") and any(
                t.span == place.span and t.country != place.country for t in targets):
            # "وصل الرئيس إلى عمان حيث التقى العاهل الأردني": the state visited is the one
            # whose capital the place's reading is (Amman's, not Oman)
            targets = tuple(attrs.evolve(t, country=place.country) if t.span == place.span else t for t in targets)
        if etype == "PROTEST" and mode == "obstruct" and actors and all(
                a.sector in _FORCES or a.sector == "GOV" for a in actors):
            # "قطعت القوات الإسرائيلية الطريق": a road closed by the state restricts movement
            etype, mode, cameo, acled = "COERCE", "restrict", "191", None
            rules.append("type.closed-by-forces")
        if etype == "COERCE" and mode in ("curfew", "martial-law") and e.pos == "noun" and any(
                toks[k].key in _LIFTING and not any(x.is_punct or x.has_conj for x in toks[k + 1 : trig.start])
                for k in range(max(sent.start, trig.start - 5), trig.start)):
            # "رفعت الحكومة حالة الطوارئ": a curfew or an emergency lifted is eased (CAMEO 0813,
            # 0814)
            etype, mode, cameo, acled = "RETREAT", None, "0813" if mode == "curfew" else "0814", None
            rules.append("type.lifted")
        if etype == "PROTEST" and mode == "demo" and toks[trig.start].key in _PROTESTED and actors and all(
                a.sector == "GOV" for a in actors):
            # "احتجت الصين رسميا لدى اليابان": a government's protest is a disapproval
            etype, mode, cameo, acled = "ACCUSE", "disapprove", "111", None
            rules.append("type.state-protest")
            lodged = None if targets else next((p for p in phrases if p.kind in ("country", "capital") and (
                toks[p.start].has_li or p.start > 0 and toks[p.start - 1].key == "لدي")
                and trig.end <= p.start - (not toks[p.start].has_li) <= trig.end + 1), None)
            if lodged is not None:
                # "قدمت مصر احتجاجا رسميا لإسرائيل": the state it is lodged with
                targets = self._codes(lodged, toks, text, etype)
                rules.append("slot.target-prep")
        stops = _SUSPEND if etype == "CONSULT" else _SUSPENDING if etype == "AID" else ()
        suspended = next((k for k in range(max(sent.start, trig.start - 6), trig.start) if toks[k].key in stops),
                         None) if stops and e.pos == "noun" else None
        if suspended is not None and not any(t.is_punct for t in toks[suspended : trig.start]) and not any(
                o.start <= suspended < o.end for o in others):  # ("وقف إطلاق النار وإيصال المساعدات")
            # "علّق الرئيس الكولومبي محادثات السلام": talks halted (CAMEO 164; a participation
            # suspended is a trigger of its own, "علقت الحكومة مشاركتها في المحادثات"); "علق
            # برنامج الأغذية العالمي توزيع المساعدات": aid stopped (CAMEO 162); told by the word
            # of suspending
            etype, mode, cameo, acled = ("SANCTION", "withdraw", "164", None) if etype == "CONSULT" else (
                "SANCTION", "discontinue", "162", None)
            rules.append("type.suspended")
        else:
            suspended = None
        if etype == "AGREE" and modality == Modality.NEGATED and (e.pos == "verb" or mrule == "cue.negated.lan"):
            # refusing to agree is a rejection in PLOVER: "لن توافق على اتفاق" (CAMEO 12); one
            # that could not be reached is a failure, no refusal ("لم يتمكن الطرفان من التوصل
            # إلى اتفاق", "دون التوصل إلى اتفاق")
            etype, mode, cameo, acled = "REJECT", None, "12", None
            modality = Modality.ASSERTED
            rules.append("type.negated-agree")
        if etype == "CONSULT" and modality == Modality.NEGATED and (mrule == "cue.negated.lan" or (
                mrule == "cue.negated.adam" and trig.start > sent.start
                and toks[trig.start - 1].key == "عدم" and toks[trig.start - 1].prep == "ب")):
            # "لن تتفاوض مع العسكريين", "تعهد بعدم التفاوض": talks refused (CAMEO 125), not
            # talks that did not take place ("لم يتفاوضا منذ عامين")
            etype, mode, cameo, acled = "REJECT", "meet", "125", None
            modality = Modality.ASSERTED
            rules.append("type.refused-talks")
        if etype == "PROTEST" and any(_protesting(a, toks, ctx.tstarts) for a in actors):
            # "تظاهر آلاف الأشخاص", "نفذ الطلاب اعتصاما", "خرج الثوار في مسيرات", "احتشد
            # أنصار حزب الله": people who protest are protesters (OPP); named by their
            # nationality or as residents they stay civilians
            actors = tuple(attrs.evolve(a, sector="OPP") if _protesting(a, toks, ctx.tstarts) else a
                           for a in actors)
            rules.append("sector.protesters")
        men = [_state_read_for_a_man(t) for t in targets] if mode in ("arrest", "abduct") else []
        if any(men):
            # "اعتقلت الشرطة التركية سوريا": no state is arrested; a state's name in "يا" is
            # also the accusative of its nisba, a man of it
            targets = tuple(attrs.evolve(t, sector="CVL") if m else t for t, m in zip(targets, men))
            rules.append("sector.national")
        if etype == "ASSAULT" and mode == "crowd-control":
            # "فرقت الشرطة اعتصاما للطلاب": the people of a protest dispersed are protesters
            dispersed = [_protesting(t, toks, ctx.tstarts) and _of_protest(toks, ctx.tstarts, t, others)
                         for t in targets]
            if any(dispersed):
                targets = tuple(attrs.evolve(t, sector="OPP") if d else t for t, d in zip(targets, dispersed))
                rules.append("sector.protesters")
        t0, t1 = toks[trig.start], toks[trig.end - 1]
        if signed is not None and (_ACT_VERBS.get(etype) or _ACT_VERBS.get(e.id)) == act_verb:
            t0 = t1 = toks[signed.start]
        if suspended is not None:
            t0 = t1 = toks[suspended]
        return Event(
            arrested=arrested,
            type=etype,
            mode=mode,
            cameo=cameo,
            acled=acled,
            trigger=Mention(text[t0.start_char : t1.end_char], t0.start_char, t1.end_char),
            actors=actors,
            targets=targets,
            place=place,
            date=date,
            modality=modality,
            sentence_index=sent.index,
            sentence_span=(sent.start_char, sent.end_char),
            rules=tuple(rules),
        )

    # -- actor / target -----------------------------------------------------------------
    @staticmethod
    def _gap_ok(toks: Sequence[Tok], a: int, b: int, time_toks: set[int], limit: int) -> bool:
        """Tokens [a, b) are only punctuation, time words or skippable adverbs (<= limit words)."""
        words = [
            t for i, t in enumerate(toks[a:b], start=a)
            if not t.is_punct and i not in time_toks and t.key not in SKIP
        ]
        # "ورددوا الشعارات، لكن الشرطة": a conjunction opens another clause
        return len(words) <= limit and not any(t.key in CLAUSE_BREAKS for t in words)

    def _phrase_after(self, phrases, pos, sent, *, max_gap, toks, time_toks, allow_nisba=False,
                      subject=False, oblique_sides=False):
        for p in phrases:
            if p.start >= pos and p.start < sent.end:
                if p.kind == "nisba" and not allow_nisba:
                    continue
                if subject and (_accusative(toks[p.start]) or (
                        # (the genitive of a crowd's count is the subject: "اعتصم عشرات الصحفيين")
                        _plural_object(toks[p.start]) and not (
                            p.start > pos and toks[p.start - 1].key in _CROWDS and not toks[p.start - 1].prefix)) or (
                        p.kind == "pronoun" and toks[p.start].key.endswith("ين")
                        and (toks[pos - 1].has_conj or oblique_sides))):
                    # "استهدفت ... مسجدًا", "ودعا الحوثيين إلى": an accusative noun, or a
                    # plural of "ـيون" in its object form, is no subject; nor are the sides
                    # in theirs after a joined verb or a call ("ودعا الطرفين إلى", "كما حثت
                    # الطرفين على", not "الطرفان"; after a verbal noun they are its agent:
                    # "أعلن توصل الطرفين إلى اتفاق")
                    continue
                if self._gap_ok(toks, pos, p.start, time_toks, max_gap):
                    return p
                if subject and self._group_of(toks, pos, p.start):
                    return p  # "أحرقت مجموعة من المستوطنين": the group is the subject
                if subject and self._count_of(toks, pos, p.start) and not toks[pos - 1].prep:
                    # "هاجم نحو 30 مسلحا", "ما بين 25 و30 مسلحا": the counted act (not
                    # after a verbal noun's "لـ": "لسحب أربعة آلاف جندي" are withdrawn)
                    return p
                return None
        return None

    @staticmethod
    def _group_of(toks, a, b) -> bool:
        """Tokens [a, b) are "مجموعة من" / "عدد من" / "كل من" ("قطعت كل من السعودية والإمارات
        علاقاتها"; not the accusative "عددا من", an object)."""
        if b - a == 3 and toks[b - 1].key == "من" and (
                (toks[a].key in _ORDINALS and toks[a + 1].key in _BATCHES)
                or (toks[a].key in _BATCHES and toks[a + 1].key in _ORDINALS)):
            return True  # "وصلت أول دفعة من الجنود الكينيين", "الدفعة الأولى من"
        return b - a == 2 and (toks[a].key in GROUP_OF or toks[a].norm == "كل") and toks[a + 1].key == "من" and not (
            toks[a].norm.endswith("ا") or _accusative(toks[a])
        )

    @classmethod
    def _count_of(cls, toks, a, b) -> bool:
        """Tokens [a, b) are a count with its quantity words: "نحو 30", "أكثر من مئة", "ما
        بين 25 و30"."""
        between = [t for i, t in enumerate(toks[a:b], start=a) if not _range_word(toks, a, i)]
        return (1 < b - a <= 5 and toks[a].key not in PREPOSITIONS and cls._only_quantities(between)
                and any(numbers.parse_number(t.text) is not None or any(ch.isdigit() for ch in t.norm)
                        for t in between))

    def _phrase_before(self, phrases, pos, sent, *, max_gap, toks, time_toks):
        for p in reversed(phrases):
            if p.end <= pos and p.start >= sent.start:
                if p.kind == "nisba":
                    continue
                between = toks[p.end : pos]
                # (nor past a condition, which opens a clause of its own: "إن بلاده سترد بحزم
                # إذا استهدفت إيران قواتها")
                if any(t.key in COMPLEMENTIZERS or t.key in _IF_CLAUSE for t in between):
                    return None
                if self._gap_ok(toks, p.end, pos, time_toks, max_gap):
                    return _led(toks, phrases, p)
                k = p.end
                while (p.conjuncts[-1][2].kind == "title" and k < pos and k - p.end < 3 and k not in time_toks
                       and _name_word(toks[k]) and not toks[k].has_conj):
                    k += 1  # "أعلن رئيس الوزراء محمد سالم باسندوة امس استقالته": his name
                if k > p.end and all(i in time_toks for i in range(k, pos)) and self._gap_ok(
                        toks, k, pos, time_toks, max_gap):
                    return _led(toks, phrases, p)
                return None
        return None

    def _actor(self, toks, sent, trig, phrases, support, time_toks, others=(), places=(), acts=()):
        e = trig.entry
        if e.participle:
            return None, None  # "قطعت النيجر علاقاتها متهمة كييف": the clause's subject's
        if e.id == _INFILTRATION:
            # "محاولة تسلل ثلاثة متسللين": who infiltrates is the act's genitive (past a count)
            p = next((p for p in phrases if p.start >= trig.end and p.kind != "nisba"), None)
            if p is not None and not toks[p.start].prep and not toks[p.start].has_conj and (
                    p.start == trig.end or self._only_quantities(toks[trig.end : p.start])):
                return p, "slot.genitive"
        if (e.pos == "noun" and trig.start - 2 >= sent.start and toks[trig.start - 1].key in _TRYING
                and not toks[trig.start - 1].prefix):
            # "فرقت الشرطة متظاهرين حاولوا اقتحام البرلمان": who tried the act is the noun the
            # clause right after it describes (an indefinite one, or one before "الذين")
            k = trig.start - 1 - (toks[trig.start - 2].key in RELATIVE)
            p = next((p for p in phrases if p.end == k and p.kind != "nisba" and not toks[p.start].prep
                      and _definite(toks[p.end - 1]) == (k < trig.start - 1)), None)
            if p is not None:
                return p, "slot.relative"
        if (trig.start - 2 >= sent.start and toks[trig.start].has_li and toks[trig.start - 1].key in self._ready
                and not toks[trig.start - 1].prefix):
            # "أن موسكو مستعدة للوساطة بين أذربيجان وأرمينيا": the subject of "ready" does the
            # act it is ready for, right after it with "لـ"
            p = next((p for p in phrases if p.end == trig.start - 1 and p.kind != "nisba"
                      and not toks[p.start].prep), None)
            if p is not None:
                return p, "slot.ready"
        if e.pos == "noun" and trig.start - 1 > sent.start and toks[trig.start - 1].key == _BEHIND:
            # "رجحوا أن تكون إيران وراء الهجوم", "يقف تنظيم داعش وراء التفجير": who is behind it
            k = trig.start - 1 - (toks[trig.start - 2].key in _STANDING)
            p = next((p for p in phrases if p.end == k and p.kind != "nisba"), None)
            if p is not None and not toks[p.start].prep:
                return p, "slot.behind"
        if e.pos == "noun" and trig.start - 3 > sent.start:
            # "لا نية لدى واشنطن لإرسال قوات", "عدم وجود نية لدى بلاده في الإبقاء على قواتها":
            # who holds the intent
            k = trig.start - (toks[trig.start - 1].key == "في")
            p = next((p for p in phrases if p.end == k and p.kind != "nisba"), None)
            if (p is not None and p.start - 2 >= sent.start and toks[p.start - 1].key == _AT
                    and toks[p.start - 2].key in _INTENTS and not toks[p.start].prep):
                return p, "slot.intent"
        same = next((p for p in phrases if p.start < trig.end and trig.start < p.end and p.kind != "nisba"), None)
        if same is not None and e.type == "PROTEST":
            # "آلاف المحتجين": the protesters protest (not the forces joined to them:
            # "اشتباك القوات الأمنية والمتظاهرين")
            own = [c for c in same.conjuncts if (c[0] < trig.end and trig.start < c[1]) or c[4] not in _FORCES]
            if own and len(own) < len(same.conjuncts):
                same = _Phrase(own[0][0], own[-1][1], own, same.kind)
            return same, "slot.self"
        if same is not None and e.names_object:
            same = None  # "استدعت دبلوماسيا هنديا": who is summoned is the act's object
        if (same is not None and e.mode == "suicide-attack" and same.start == trig.start
                and toks[trig.start].key.startswith(_BOMBER)):
            return same, "slot.self"  # "انتحاري يرتدي حزاما ناسفا": the bomber the act's words begin with
        if same is not None and same.start > trig.start and e.id == _SEND_FORCES:
            same = None  # "إن فرنسا سترسل قوات": the forces among the verb's words are those sent
        if same is not None and same.start > trig.start and (same.conjuncts[0][4] == "JUD" or e.pos == "verb") and not (
                e.type in _VERBAL_TYPES and toks[same.start].suffixed):
            # "حكمت محكمة عسكرية", "طالب مجلس الأمن": the subject is among the act's words
            # (not one possessed: "قررت البحرين إعادة فتح سفارتها" is the act's object)
            return same, "slot.self"
        if (same is not None and e.type == "ASSAULT" and same.end > trig.end and same.conjuncts[0][3]
                and toks[trig.end - 1].key in CRAFT and toks[trig.start].key not in SHOOT_DOWN):
            # "استهدفت طائرة مسيرة تركية سيارة": the craft named in the act, with its
            # nationality after it, is who strikes
            return same, "slot.nisba"
        if e.type == "ASSAULT" and toks[trig.start].key not in SHOOT_DOWN:
            owner = _craft_owner(toks, sent, trig, phrases)
            if owner is not None:
                return owner, "slot.owner"
        if (same is not None and e.pos == "noun" and same.start > trig.start and e.mode != "expel"
                and toks[trig.start].key not in _WITHDRAW_WHAT  # ("سحب القوات": who is withdrawn)
                # (nor the craft downed: "أسقط الطائرة", "إسقاط الطائرة الأوكرانية")
                and toks[trig.start].key not in SHOOT_DOWN
                and e.mode != "censor"  # ("تعليق عمل قناة الجزيرة": the outlet silenced)
                and not _definite(toks[trig.start])
                # (or made definite by the name it is annexed to: "انسحاب قوات البيشمركة"; not
                # past "لـ": "دعما عسكريا للجيش", whom it is for)
                and (_definite(toks[same.start]) or same.end > trig.end and _definite(toks[trig.end])
                     and not toks[trig.end].prep)
                and not toks[same.start].prep and not self._patient_like(same)):
            # "انسحاب القوات" is one form: the definite noun after the indefinite head is its
            # genitive, the forces withdraw ("هجوم انتحاري" is an adjective)
            return same, "slot.genitive"
        if (same is not None and e.pos == "noun" and same.start > trig.start and same.end > trig.end
                and toks[same.start].has_li):
            # "بغارات لطيران التحالف العربي": the aircraft the act's words end with, named past
            # them with "لـ", are whose act it is
            return same, "slot.by"
        if e.type in _SYMMETRIC and e.pos == "noun":
            # "اتفاق الرباط وتل أبيب", "محادثات موسكو وكييف": the sides named together right
            # after the noun are its parties
            pair = next((p for p in phrases if p.start == trig.end and len(p.conjuncts) > 1
                         and p.kind in ("country", "capital") and not toks[p.start].prep), None)
            if pair is not None:
                return pair, "slot.genitive"
        if e.pos == "verb" and e.voice == "active":
            if trig.end < sent.end and toks[trig.end].norm in _ONE_OF_THEM:
                return None, None  # "استهدفت إحداها مستشفى": one of those told before acts
            if trig.end < sent.end and toks[trig.end].norm.lstrip("وف") in _OBJECT_PRONOUNS:
                # "أسرى أفرجت عنهم الحركة": the phrase before is the object the pronoun
                # resumes, the subject follows
                p = self._phrase_after(phrases, trig.end + 1, sent, max_gap=1, toks=toks,
                                       time_toks=time_toks, subject=True)
                if p is not None and not self._starts_with_prep(toks, p):
                    return p, "slot.vso"
            if trig.start > sent.start and toks[trig.start - 1].key in RELATIVE:
                # "تبنى المجلس القرار 686 الذي يطالب بغداد": who adopted the document speaks
                # through it
                p = self._document_author(toks, sent, trig.start - 1, phrases, time_toks)
                if p is not None:
                    return p, "slot.document"
                p = self._phrase_after(phrases, trig.end, sent, max_gap=0, toks=toks, time_toks=time_toks,
                                       subject=True)
                if p is not None and not self._starts_with_prep(toks, p) and p.kind != "nisba" and any(
                        q.start == p.end and q.kind != "nisba" and not toks[q.start].prep
                        and not toks[q.start].has_conj for q in phrases):
                    # "التفجير الذي تتهم الحكومة حركة الشباب بتنفيذه": a subject and an
                    # object after the verb, the antecedent is neither
                    return p, "slot.vso"
                return None, None  # "الهجوم الذي استهدف": the antecedent is the subject
            if (trig.start - 1 > sent.start and _imperfect(toks[trig.start])
                    and _object_form(toks[trig.start - 1]) and toks[trig.start - 1].key in _DOCUMENTS):
                # "تبنى المجلس، مساء أمس، قرارا ينتقد إيران": the document is the verb's
                # subject, and who adopted it speaks through it
                p = self._phrase_before(phrases, trig.start - 1, sent, max_gap=1, toks=toks, time_toks=time_toks)
                return p, ("slot.document" if p is not None else None)
            # "وكانت تركيا قد حركت": a subject right before the verb comes first
            p = self._phrase_before(phrases, trig.start, sent, max_gap=1, toks=toks, time_toks=time_toks)
            if (p is None and trig.start - 2 > sent.start and toks[trig.start - 1].key == "قد"
                    and toks[trig.start - 2].text in ("،", ",")):
                # "وكان رئيس الأركان، اللواء أحمد سالم، قد توعد": the subject after "كان",
                # past the aside between commas that names him
                k = next((k for k in range(trig.start - 3, sent.start - 1, -1) if toks[k].key in _WAS), None)
                q = next((q for q in phrases if k is not None and q.start == k + 1 and q.end < trig.start - 2
                          and toks[q.end].text in ("،", ",") and q.kind != "nisba"), None)
                if q is not None:
                    return q, "slot.svo"
            # the subject right before the verb, or with one adjective between ("جماعة
            # مسلحة مجهولة خطفت")
            if p is not None and _foils(toks, sent, p):
                p = None  # "أحبطت قوات الأمن هجوما كان يستهدف كنيسة": who foils it did not make it
            subject_end = trig.start  # where the words between the subject and the verb end
            ride = _riding_before(toks, sent, trig.start)
            if ride is not None and (p is None or p.start >= ride):
                # "مسلحين على دراجات نارية أطلقوا النار": the subject before what it rides (or
                # wears: "مسلحين يرتدون زيا عسكريا اقتحموا", not its adjective)
                subject_end = ride
                p = self._phrase_before(phrases, subject_end, sent, max_gap=0, toks=toks, time_toks=time_toks)
            if p is not None and _backed(toks, sent, p):
                # "ألف جندي أوكراني مدعومين بالدبابات توغلوا": who is backed acts
                subject_end = p.start - 1 - (toks[p.start - 1].key == "من")
                p = self._phrase_before(phrases, subject_end, sent, max_gap=1, toks=toks, time_toks=time_toks)
            if p is not None and p.start - 1 > sent.start and toks[p.start - 1].key == "من" and p.end == trig.start:
                # "مسلحين من العشائر اشتبكوا": the men the group is drawn from act
                q = next((q for q in phrases if q.end == p.start - 1 and q.kind == "generic"
                          and q.conjuncts[0][4] is not None and not q.conjuncts[0][2].inanimate), None)
                if q is not None and not self._group_of(toks, q.start, p.start):
                    p, subject_end = q, q.end
            if p is not None and _had_done_to(toks, p, trig):
                p = None  # "12 صيادا كانت قد احتجزتهم": whom it had held
            if (p is not None and p.end == trig.start and _has_object_suffix(toks[trig.start])
                    and any(q.start == trig.end and not toks[q.start].prep for q in phrases)):
                p = None  # "200 تلميذة خطفتهن جماعة بوكو حرام": the pronoun's, its subject after
            # (a comma after the leader named in the subject closes that aside: "إن قوات شرق
            # ليبيا بقيادة خليفة حفتر، قصفت")
            led_aside = p is not None and p.end == trig.start - 1 and toks[p.end].text in ("،", ",") and any(
                _leader_word(toks[i]) for i in range(p.start + 1, p.end))
            if p is not None and not self._starts_with_prep(toks, p) and not (
                toks[trig.start].has_conj or (toks[trig.start - 1].text in ("،", ",") and not led_aside)
            ) and not (self._after_prep(toks, sent, p) and not _clause_on_indefinite(toks, p, trig)) and not any(
                # "هجوما انتحاريا كان يستهدف": the act named between is the verb's subject,
                # and so is the act the phrase is the genitive of ("اغتيال العاروري لن يمر"; not
                # one it is the object of after a preposition: "القبض على رجل هاجم مارة")
                o.entry.pos == "noun" and (p.end <= o.start and o.end <= trig.start or o.end == p.start and not (
                    toks[o.end - 1].key in PREPOSITIONS and _clause_on_indefinite(toks, p, trig)))
                for o in others
            ) and not any(
                # (the act's own noun, linked with it: "قتل قيادي في الحركة بغارة استهدفت سيارته")
                p.end <= s0 and e0 <= trig.start for s0, e0 in acts
            ) and not (
                # "أعلن الرئيس توصل الطرفين إلى اتفاق", "إعلان الرئيس توصل": the announcer's
                # is another word, the sides reaching it follow
                e.type in _SYMMETRIC and p.start > sent.start
                and (toks[p.start - 1].key in REPORTING or toks[p.start - 1].key == "اعلان")
                and any(q.start == trig.end for q in phrases)
            ) and not any(
                # "أفرجت عن 39 أسيرا مقابل إطلاق حماس سراح 13 رهينة": the other side's act
                t.key in _IN_EXCHANGE for t in toks[p.end : trig.start]
            ) and (led_aside or all(
                t.key in SKIP or t.key in NEGATIONS or t.text in _QUOTES
                or (t.key not in FUNCTION_WORDS and not t.is_punct and t.key not in _CLAUSE_OPENERS)
                for t in toks[p.end : subject_end]
            )):  # "تل أبيب لن توافق": a negation between subject and verb ("قتل شرطيان عندما
                # انفجرت": not a clause's opener)
                return p, "slot.svo"
            if (trig.end < sent.end and toks[trig.end].key == "خلال" and toks[trig.end].suffixed
                    and any(o.entry.type == "CONSULT" and o.end <= trig.start for o in others)):
                # "أجرى الوزير اتصالا بنظيره حث خلاله الهند على": who held the call acts
                # during it, and what follows is the object (not "اقتحام حاصرت خلاله القوات")
                return None, None
            p = _subject_past_destination(toks, sent.end, trig, phrases, time_toks)
            if p is not None:
                return p, "slot.vso"
            # (one who surrenders or withdraws takes no object: "استسلم العشرات من مقاتلي
            # داعش" are who surrender, past their count)
            # (and so is who storms a place: "اقتحم المئات من أنصار التيار مبنى البرلمان")
            counted = ((e.type == "RETREAT" and e.mode in ("disarm", "withdraw") or e.id == _STORMING_ID)
                       and trig.end + 1 < sent.end and toks[trig.end].key in _CROWDS and toks[trig.end + 1].key == "من")
            p = self._phrase_after(phrases, trig.end, sent, max_gap=2 if counted else 1, toks=toks,
                                   time_toks=time_toks, subject=True, oblique_sides=e.type not in _SYMMETRIC)
            if p is not None and any(o.start < p.start < o.end or (
                    o.entry.pos == "noun" and trig.end <= o.start and o.end == p.start) for o in others):
                # "يطالب بانسحاب القوات": the forces are words of the act called for, and
                # "رفضت اتهامات غامبيا" names whose act the verb's object is
                p = None
            if (p is not None and p.start > trig.end and toks[p.start - 1].key in PREPOSITIONS
                    and toks[p.start - 1].key != "من"  # ("أحرقت مجموعة من المستوطنين")
                    and toks[p.start - 1].norm == toks[p.start - 1].key):  # (not "طردتها منها القوات")
                p = None  # "سيقدم استقالته إلى البرلمان": what a preposition brings in is no subject
            if p is not None and all(getattr(c[2], "mirrors", False) for c in p.conjuncts):
                p = None  # "حيث التقى نظيره الإيراني": his counterpart is whom he met
            if (p is not None and p.kind == "generic" and p.end - p.start == 1 and _object_form(toks[p.start])
                    and not toks[trig.start].prefix):
                # "توجيه تهم لشاب طعن جنديا": an indefinite man right before the verb is the
                # subject of the clause on him (past his preposition), the accusative after
                # it the object
                ante = next((q for q in phrases if q.end == trig.start and q.kind == "generic"
                             and q.end - q.start == 1 and not _definite(toks[q.start])), None)
                if ante is not None:
                    return ante, "slot.svo"
            if (p is not None and toks[trig.start].has_conj and p.start == trig.end and p.end - p.start == 1
                    and _definite(toks[p.start]) and toks[p.start].norm.endswith("ين")
                    and trig.start > sent.start + 1):
                # "صد هجوما وكبد المهاجمين خسائر": a definite plural in "ين" after a joined verb
                # is its object, the subject carried from the verb before
                p = None
            if p is not None and not self._starts_with_prep(toks, p) and not (
                self._counted(toks, sent, p) and (
                    toks[trig.start].key in KILL_WORDS
                    # "داهمت القوات جنين واعتقلت عشرة فلسطينيين": a verb joined to an earlier
                    # one shares its subject, and what it counts after it is its object
                    or (toks[trig.start].has_conj and any(
                        o.entry.pos == "verb" and o.end <= trig.start for o in others))
                )
            ) and not all(
                getattr(c[2], "inanimate", False) for c in p.conjuncts
            ) and not (
                # "اعتقلت المشتبه به": civilians after an arrest are the arrested, and so are
                # armed men after a joined one ("أحبطت المخابرات مخططا، واعتقلت أفراد الخلية"),
                # though not after a sentence's opening "و" ("واعتقلت جماعة الحوثي ناشطين")
                # (activists after it are the arrested, and civilians after an abduction the
                # abducted: "اعتقل ناشط حقوقي", "اختطف مهندس تركي", read as passives)
                (e.type == "COERCE" and e.mode == "arrest" or e.mode == "abduct") and (self._patient_like(p) or (
                    e.mode == "arrest" and all(c[4] in ("OPP", "HRI") for c in p.conjuncts)) or (
                    e.mode == "arrest" and toks[trig.start].has_conj and trig.start > sent.start
                    and all(c[4] in ("REB", "OPP") for c in p.conjuncts)))
            ) and toks[trig.end - 1].key not in TARGET_PREPS and not (
                trig.end < sent.end and toks[trig.end].key in TARGET_PREPS
            ) and not _plural_verb(toks[trig.start]) and not (
                # "قالت الشرطة إنها اعتقلت أكثر من 50 من أعضاء الحركة": the pronoun is the
                # subject, what follows the verb its object
                trig.start > sent.start and toks[trig.start - 1].norm.lstrip("بو") in _IT_IS
            ) and not (
                # "نفى الجيش أن يكون قد استهدف المستشفى": the subject is that of "يكون", the
                # one spoken of, and what follows the verb its object
                trig.start - 2 >= sent.start and toks[trig.start - 1].key == "قد"
                and toks[trig.start - 2].key in _BE_SUBJUNCTIVE
            ) and not (
                # "وأمر قواته بحماية المدنيين": after a joined verb, one's own forces are its
                # object, the subject carried from the verb before
                toks[trig.start].has_conj and toks[p.start].suffixed and len(p.conjuncts) == 1
                and p.conjuncts[0][2].kind in ("generic", "force")
                and toks[p.start].norm.endswith(("ه", "ها", "هم")) and p.start == trig.end
            ) and not (
                # "أطلق سراح رئيس الوزراء": who is released is annexed to the act's noun (past
                # a count: "أطلق سراح ثلاثة رهائن")
                trig.end - trig.start > 1 and toks[trig.end - 1].key in _CONSTRUCT_OBJECTS and (
                    p.start == trig.end or self._only_quantities(toks[trig.end : p.start]))
            ) and not _disagrees(toks, trig, p, others) and not (
                # (but a joined verb's definite phrase with the object right after it is its
                # own subject: "قصفت القوات ... وطالبت الحكومة السورية تركيا بالانسحاب")
                _joined_in_clause(toks, trig, others) and not _subject_then_object(toks, sent, p, phrases)
            ) and not (
                _given_a_deadline(toks, sent, trig, p, phrases)
            ) and not (
                # "بسبب تغريدات تنتقد الحكومة": a clause on the noun before the verb, whose
                # subject that noun is; the phrase after is its object
                _on_noun_before(toks, sent, trig, phrases)
            ) and not (
                # "وطالبت حماس ...، وحمّلت الأجهزة الأمنية المسؤولية": after a verb before it,
                # who is held responsible (not "وحمّلت نيودلهي المسؤولية لجماعة": who blames)
                e.type == "ACCUSE" and toks[trig.start].has_conj and p.end < sent.end
                and toks[p.end].key in RESPONSIBILITY
                and any(o.entry.pos == "verb" and o.end <= trig.start for o in others)
                and not any(t.has_li for t in toks[p.end + 1 : min(sent.end, p.end + 4)])
            ):
                # "قتل 18 شخصا" (written as the active) counts the killed; after "ألقي القبض
                # على" comes the one arrested; a verb agreeing in the plural ("اختطفوا خمسة
                # رعاة") has its subject before it: what follows is its object, and so is
                # a phrase the verb does not agree with ("ودعت المجتمع الدولي", "وطالب طهران")
                return p, "slot.vso"
            if toks[trig.start].has_conj:
                return None, None  # the subject is carried from the previous verb
            p = self._phrase_before(phrases, trig.start, sent, max_gap=2, toks=toks, time_toks=time_toks)
            if p is not None and _foils(toks, sent, p):
                p = None
            if p is not None and _had_done_to(toks, p, trig):
                p = None  # "12 صيادا كانت قد احتجزتهم": whom it had held
            if p is not None and (not any(
                # "قتل 12 شخصا في انفجار استهدف مسجدا": what the preposition brings in is
                # the verb's subject, not the noun before it (a time between commas is no
                # break: "أعلنت الوحدات، أمس الاثنين، السيطرة على")
                t.is_punct or t.key in PREPOSITIONS or t.key in _CLAUSE_OPENERS for t in toks[p.end : trig.start]
            ) or _time_aside(toks, p.end, trig.start, time_toks)) and not self._after_prep(toks, sent, p) and not (
                toks[p.start].prep) and not any(
                o.entry.pos == "noun" and o.end == p.start for o in others  # (the act's genitive)
            ) and not any(
                # (nor past the act's own noun: "قتل قيادي في الحركة بغارة استهدفت سيارته")
                p.end <= s0 and e0 <= trig.start for s0, e0 in acts
            ):
                # (nor a means: "في ضربة بطائرة مسيرة استهدفت ساحة")
                return p, "slot.svo"
            return None, None
        if e.pos == "verb":  # passive: "قتل 19 مدنيا ... على يد / برصاص"
            p = self._agent_marker(toks, sent, trig, phrases, time_toks, others)
            return p, ("slot.by" if p is not None else None)
        # nominal trigger
        p = self._undertaker(toks, sent, trig, phrases)
        if p is not None:
            return p, "slot.undertaker"
        if e.type in _BENEFICIARY_TYPES:
            # "قافلة مساعدات إنسانية تابعة للأمم المتحدة": the aid's owner gives it
            owner = next((p for p in phrases if trig.end < p.start <= trig.end + 4
                          and toks[p.start].has_li and toks[p.start - 1].key in AFFILIATION
                          and p.kind != "nisba"), None)
            if owner is not None and not any(t.is_punct for t in toks[trig.end : owner.start]):
                return owner, "slot.owner"
        after = self._phrase_after(
            phrases, trig.end, sent, max_gap=2, toks=toks, time_toks=time_toks, allow_nisba=True
        )
        last = toks[trig.end - 1]
        if after is not None and last.key in _STREETS and after.kind in ("capital", "country"):
            after = None  # "خرج المحتجون إلى شوارع نيامي": the streets' city is where
        if after is not None and (last.suffixed or last.norm.endswith(("ها", "هم", "هما"))):
            # "دعمها لجهود الوساطة المصرية", "تسليم أسلحتها للحكومة": the pronoun is the
            # noun's own genitive, what follows is whom it is for
            after = None
        if after is not None and after.kind == "nisba" and any(
            t.key in LOCATIVE or t.key in PREPOSITIONS or t.prep or t.key in TOLL_LINKS
            or t.key in PLACE_NOUNS or t.key in _CAPITAL_WORD
            or (_definite(t) and _definite(toks[after.start]) and (
                _NISBA_ENDING.search(t.key) is None or t.key in _PLURALS_IN_YA))
            or t.key in _LADEN or (not t.is_punct and self._only_quantities((t,))) or t.key in _GLUED_PREPOSITION
            or t.key in _MEDIATION  # ("اتفاق سلام برعاية أمريكية": the sponsor's)
            for t in toks[trig.end : after.start]
        ):
            # "اشتباك قرب الحدود الصومالية": the adjective is the border's; "تبادل ... أسيرا
            # بوساطة مصرية": the mediation's; "أودت الغارة بحياة فلسطيني": the one killed;
            # "هز انفجار العاصمة الصومالية", "هجوم القاعدة الأمريكية": the noun's between;
            # "اعترضت سفينة تحمل أسلحة إيرانية": what the craft carries; "تجميد أصول 15
            # شخصية روسية": the counted noun's
            after = None
        if (after is not None and after.kind == "nisba" and toks[trig.end - 1].key in CRAFT
                and _downing(toks, trig)):
            # "إسقاط طائرة استطلاع روسية": the adjective is the craft's, the one shot down
            after = None
        if (after is not None and after.kind == "nisba" and e.pos == "noun" and e.mode in _GENITIVE_PATIENT_MODES
                and after.start == trig.end and not _definite(toks[after.start])
                and not _definite(toks[trig.end - 1])):
            after = None  # "اعتقال فلسطيني", "اختطاف أمريكي": the one arrested or taken, no maker
        if after is not None and after.kind == "nisba" and e.mode == "boycott" and after.start > trig.end:
            after = None  # "مقاطعة المنتجات الأمريكية": the adjective is what is boycotted
        if after is not None and after.kind == "nisba" and e.mode == "expel" and trig.end - trig.start > 1:
            after = None  # "طرد البعثة الدبلوماسية الإيرانية": the adjective is the expelled's
        if after is not None and after.kind == "nisba" and e.names_object and e.needs_support:
            after = None  # "اعترضت البحرية شحنة أسلحة إيرانية": the adjective is the thing's
        if after is not None and toks[trig.end - 1].key in _BESIDE:
            after = None  # "الوقوف إلى جانب أذربيجان": whom one stands by
        if after is not None and after.kind == "nisba":
            if after.conjuncts[0][3] is None:
                return None, None  # "القمة العربية", "الفصائل الكردية": no state acts
            return after, "slot.nisba"
        if after is not None and after.start == trig.end and toks[trig.end - 1].key == "من" and _demands(e):
            if _asked_of(toks, sent, trig):
                return None, None  # "أكد أنه طلب من الحكومة الإريترية": whom he asked
            return after, "slot.by"  # "بطلب من فرنسا": who asked
        # (people after "لـ" are whose protest it is: "اعتصاما للمعلمين", "مسيرة للطلاب")
        if after is not None and toks[after.start].has_li and (
                e.type == "PROTEST" or not self._patient_like(after)) and (
            e.type not in _BENEFICIARY_TYPES  # "دعمها للحكومة": whom support is for
            and e.type not in ("ACCUSE", "THREATEN")  # "وجه اتهامات لعناصر في الحركة": whom it accuses
            and e.type != "REQUEST"  # "وجهت دعوة لجماعة الحوثي": whom it calls on
            and (e.type, e.mode) != ("SANCTION", "discontinue")  # "تعليق المساعدات للسودان"
            and e.mode != "disarm"  # "تسليم السلاح للجيش": whom it is handed to
            and e.mode not in ("targeted", "abduct")  # "عملية اغتيال لقائد": who is killed
            and not _ambush_set(toks, sent, trig)  # "نصبوا كمينا لدورية": whom it is set for
            and not e.names_object  # "أسقطوا مروحية للشرطة": whose craft was downed
            and toks[trig.start].key not in SHOOT_DOWN  # (and "إسقاط طائرة مسيرة للمسلحين")
            and toks[trig.start].key not in REPEL  # "التصدي لمسيرات إيرانية": what is repelled
            # ("شارك الوزير في اجتماع لمجموعة العشرين": who takes part in a body's meeting)
            and not (e.type == "CONSULT" and any(s.entry.id == _TAKE_PART and s.end <= trig.start for s in support))
            # "زيارة للأردن": the state visited (but "زيارة لوزير الخارجية إلى المنطقة" is his)
            and not (e.mode == "visit" and after.kind in ("country", "capital"))
            # "قدمت مصر احتجاجا رسميا لإسرائيل": the state a protest is lodged with
            and not (e.type == "PROTEST" and after.kind in ("country", "capital"))
        ) and (
            after.start == trig.end or e.mode != "destroy" and all(
                not t.is_punct and t.key not in FUNCTION_WORDS and not t.prep and not t.has_conj
                and t.key not in _OPPOSING  # "الاحتجاجات المناهضة للحكومة": whom they oppose
                and t.key not in _FAVOURING  # "مظاهرة مؤيدة للفلسطينيين": whom they back
                and t.key not in _GATHERINGS  # "استهداف تجمع لجنود الاحتلال": whose gathering is struck
                # (an adjective of the act, not a noun it took: "استهدفت غارة اجتماعا لقادة
                # التنظيم" struck the leaders' meeting)
                and _adjective_of(toks[trig.end - 1], t)
                for t in toks[trig.end : after.start]
            ) and after.start - trig.end <= 2
        ):  # "قصف لقوات الدعم السريع", "انسحابا أوسع لقوات الاحتلال"
            return after, "slot.by"
        if (after is not None and e.type == "PROTEST" and e.mode != "boycott" and not toks[after.start].prep and (
                all(i in time_toks for i in range(trig.end, after.start))
                or self._only_fillers(toks, trig.end, after.start, skip=time_toks))):
            # "تظاهر عراقيون", "احتجاج السكان": who protests (past a time: "تظاهر مساء
            # أمس مئات الأكراد"; but "مقاطعة الشركات" is whom a boycott is aimed at)
            return after, "slot.genitive"
        if after is None and e.type == "PROTEST" and e.mode != "boycott":
            # past a longer count: "احتشد مئات الآلاف من أنصار حزب الله"
            far = self._phrase_after(phrases, trig.end, sent, max_gap=4, toks=toks, time_toks=time_toks)
            if far is not None and not toks[far.start].prep and self._only_fillers(
                    toks, trig.end, far.start, skip=time_toks):
                return far, "slot.genitive"
        p = self._agent_marker(toks, sent, trig, phrases, time_toks, others)
        if p is not None and not (e.type == "MOBILIZE" and toks[p.start - 1].key == "من" and any(
                trig.start - 20 <= s.end <= trig.start and s.entry.voice != "passive" for s in support)):
            # ("أرسلت السلطات تعزيزات من الحرس الثوري": the unit sent, not who sends it)
            return p, "slot.by"
        if (after is not None and e.pos == "noun" and after.start == trig.end and after.end < sent.end
                and not toks[after.start].prep and not toks[after.start].has_conj and after.kind != "nisba"
                # (a thing is no agent: "قصف مستشفى للأطفال" is a children's hospital shelled)
                and not self._patient_like(after)
                and toks[trig.end - 1].key not in PREPOSITIONS  # "الإفراج عن الصحفيين المعتقلين"
                and (_li_after(toks, after.end, (*phrases, *places)) is not None or (
                    # an indefinite plural that keeps its ن, then a definite phrase or a place
                    _keeps_nun(toks[after.end - 1]) and not _definite(toks[after.start])
                    and not toks[after.end].prep and not toks[after.end].has_conj
                    and (any(q.start == after.end for q in places) or any(
                        q.start == after.end and q.kind != "nisba" and _definite(toks[q.start]) for q in phrases)
                    )) or (
                    # a definite armed force or authority, then an indefinite object: a count
                    # or a phrase ("باعتقال السلطات الجزائرية عشرات الناشطين"; its own, with a
                    # pronoun: "استهداف طائراتها مستشفى")
                    (_definite(toks[after.end - 1]) or toks[after.end - 1].suffixed) and all(
                        c[4] in _ARMED_SECTORS or (c[4] == "GOV" and c[2].kind == "org") for c in after.conjuncts)
                    and not toks[after.end].prep and not toks[after.end].has_conj
                    and (_number_word(toks[after.end].text, toks[after.end].norm) or any(
                        q.start == after.end and q.kind != "nisba" and not _definite(toks[q.start])
                        for q in phrases) or (
                        # (or a place's noun: "استهداف طائراتها قرية")
                        toks[after.end - 1].suffixed and toks[after.end].key in LOCAL_HEADS
                        and not _definite(toks[after.end])))))):
            # "اقتحام مستوطنين للمسجد", "اعتقال الشرطة لناشطين", "اقتحام مستوطنين باحات
            # المسجد", "اعتقال الشرطة ثلاثة صحفيين": the verbal noun's genitive is its agent
            # when its object follows, with "لـ", after a plural that keeps its ن, or after a
            # definite armed force
            return after, "slot.genitive"
        if (
            after is not None
            # (past "all of": "انسحاب جميع القوات")
            and (after.start == trig.end or (after.start == trig.end + 1 and toks[trig.end].key in _ALL_OF))
            # (a crime one is called is not the caller's: "وصفها بأنها جريمة إرهابية")
            and e.id != _CALLED_CRIME
            and not _accusative(toks[after.start])
            # (a visit is the visitor's: "زيارة وزير الخارجية إلى طهران"; a capital's or a
            # state's is the one visited: "زيارة القاهرة")
            and (e.type not in _SYMMETRIC or toks[trig.start].key in AGREEMENT_ACTS
                 or (e.mode == "visit" and after.kind not in ("capital", "country")))
            and not toks[after.start].has_conj
            and not self._starts_with_prep(toks, after)
            and not self._patient_like(after)
            # "تفريق المحتجين", "قمع المتظاهرين": protesters are what force is used on, and
            # "قصف تل أبيب" is a city bombed ("قصف السفارة", "اقتحام السفارة": an embassy struck)
            and not (e.type in ("ASSAULT", "COERCE") and (
                all(c[4] == "OPP" for c in after.conjuncts) or after.kind == "capital"
                or _embassies(after)
                or _patient_genitive(toks, trig)))  # "اعتقال خلية تابعة للتنظيم": the arrested
            # "الرصاص الحي على المتظاهرين", "الإفراج عن الناشطات": the act's object
            and toks[trig.end - 1].key not in TARGET_PREPS and toks[trig.end - 1].key not in PREPOSITIONS
            and e.mode not in ("convict", "boycott")  # "حكما بسجن الناشط": the one sentenced
            # "إغلاق مكتب قناة الجزيرة", "حجب موقع الصحيفة": the outlet silenced
            and e.mode != "censor"
            # "اتهام رواندا بدعم المتمردين": the one accused, before the charge (but
            # "اتهامات غامبيا بارتكاب إبادة" are Gambia's)
            and not (toks[trig.end - 1].key == _ACCUSING and after.end < sent.end and toks[after.end].prep == "ب")
            and toks[trig.end - 1].key not in _MEMBERSHIPS  # "تعليق عضوية السودان": the suspended
            # "استهدف هجوم صاروخي السفارة الأمريكية": the act is the verb's subject, what follows
            # its object
            and not (trig.start > sent.start and toks[trig.start - 1].key in _AIMING_VERBS)
            and toks[trig.end - 1].key not in _CONSTRUCT_OBJECTS  # "إخلاء سبيل الناشط": the one freed
            # ("لقتال قوات الدعم السريع": whom one goes to fight; "قتال الفصائل" may be theirs)
            and not _goes_to_fight(toks, trig)
            # "إطلاق قذائف مدفعية", "القذائف المدفعية": the shells' kind, not who fires them
            and not (toks[trig.end - 1].key in _SHELLS and toks[after.start].key in ARTILLERY)
            # "الهدنة الأممية": a truce the UN brokered, which its sides keep
            and not (e.mode == "ceasefire" and after.conjuncts[0][2].id == _UN_ADJECTIVE)
        ):
            return after, "slot.genitive"
        # light verb: "شنت حركة الشباب هجوما" / "الجيش نفذ غارة" / "قصف شنته طائرات" (past a
        # longer subject to an object in the accusative: "وقّع الرئيس ... وقائد قوات سوريا
        # الديمقراطية (قسد) مظلوم عبدي، أمس الاثنين في دمشق، اتفاقا")
        reach = 24 if _object_form(toks[trig.start]) or (
            trig.start > sent.start and toks[trig.start - 1].text in _CLAUSE_COMMAS) else 20
        # (an act that names its light verbs takes no other: "أبدى الأمين العام قلقه من
        # التصعيد" is no escalation's concern)
        # (nor a verb that is a word of another act in a clause before: "أطلقوا النار على
        # مهاجرين ...، أثناء تعرضه للقصف الجوي" lends the strike no light verb)
        # (nor does a verb lend one to what is given in exchange, the other side's act:
        # "أطلقت حماس سراح أربع رهائن مقابل الإفراج عن أسرى")
        # (nor a verb that is a word of an act of another type: "أطلق سراح الصحفي بعد ثلاثة
        # أشهر من اختطافه" lends the abduction no light verb)
        # (nor does one past pictures of the act: "نشر ناشطون مقطع فيديو لقصف المدينة")
        # (nor one past those suspected of it: "سلمت تركيا فرنسا مشتبها به في تفجيرات باريس")
        # (nor one past the word of what came first or caused it: "أعلنت إثيوبيا الحرب على
        # الجبهة بعد هجوم على قاعدة للجيش" is no attack of Ethiopia's)
        pictured = _pictured(toks, sent, trig) or (e.pos == "noun" and _suspected_of(toks, sent, trig))
        follows = trig.start > sent.start and toks[trig.start - 1].key in _AFTER_OR_BECAUSE and not (
            toks[trig.start - 1].suffixed or trig.start - 1 in time_toks)
        light = [s for s in support if _serves(s.entry, e) and not pictured
                 and not (follows and s.end < trig.start)
                 and not any(t.key in _IN_EXCHANGE for t in toks[s.end : trig.start])
                 # (nor a word inside another act's words: "دعا إلى وقف لإطلاق النار والإفراج
                 # عن الرهائن" lends the release no light verb)
                 and not any(s.end <= o.end and (o.start < s.start or (
                     o.start == s.start and o.end < trig.start and o.end - o.start > 1 and o.entry.pos == "verb"
                     and (o.entry.type != e.type or any(t.is_punct for t in toks[o.end : trig.start]))))
                             for o in others)]
        for s in sorted(light, key=lambda m: -m.start):
            if e.type == "ASSAULT" and any(t.key in REPEL or t.key in _FOILING for t in toks[s.end : trig.start]):
                continue  # "نجحت القوات في إحباط هجوم": who foils or repels an attack did not make it
            if s.end < trig.start and toks[trig.start - 1].key in _VICTIMS and not toks[trig.start].prep:
                continue  # "أعلنت الرئاسة الحداد على أرواح ضحايا المجزرة": the act its victims name
            if any(t.key in _FEARED for t in toks[max(sent.start, s.start - 2) : trig.start]) or (
                    s.start - 1 > sent.start and toks[s.start - 1].key == "من" and any(
                        toks[j].key in _WARNING_OR_FEARING for j in range(max(sent.start, s.start - 6), s.start - 1))):
                # "نشرت الحكومة الشرطة تحسبا لأعمال شغب", "فروا خشية تجدد القصف", "حذرت الأمم
                # المتحدة من تجدد القتال": what one guards against, fears or warns of is no
                # act of one's
                continue
            # (what one calls a crime follows "بأنه" and the act it is: "واصفا الحادث بأنه جريمة")
            called = e.id == _CALLED_CRIME
            # (nouns joined by "و" are objects of one light verb: "أعلنت الحكومة حالة الطوارئ
            # وحظر التجول")
            joined = e.pos == "noun" and toks[trig.start].has_conj and not any(
                t.is_punct for t in toks[s.end : trig.start])
            if trig.start - reach <= s.end <= trig.start and s.entry.voice != "passive" and (called or not any(
                # (who "تعرض" or "تلقى" names suffers or receives the act; an act told between
                # commas as the manner is passed: "بدأت، بالتنسيق مع الحلف، هجوما")
                s.end <= o.start < trig.start and not _aside_act(toks, sent, o)
                and not (joined and o.entry.pos == "noun")
                for o in others
            ) and not any(t.key in COMPLEMENTIZERS for t in toks[s.end : trig.start])) and not (
                # ("في بيان أصدره مكتبه، التفجير": a verb whose object is its pronoun takes
                # no noun after it)
                s.end < trig.start and _has_object_suffix(toks[s.end - 1])):
                if (toks[s.start].key in _ACCOMPANYING and s.start > sent.start and _punct(toks[s.start - 1])) or (
                        toks[s.start].key in _DESCRIBING_AS):
                    # "أدانت الجامعة الهجوم على نقطة أمنية، معربة عن تضامنها": the participle
                    # after a comma tells more of the sentence's subject
                    reach = 3 if toks[s.start].key in _ACCOMPANYING else 6  # ("ومن جانبه، أفاد المجلس")
                    p = next((p for p in phrases if p.start <= sent.start + reach and p.end <= s.start
                              and p.kind != "nisba" and not self._starts_with_prep(toks, p)), None)
                    if p is not None:
                        return p, "slot.support"
                # (past the relative clause's pronoun of the time or place: "في وقت تفرض فيه
                # قوات الدعم السريع حصارا")
                k = s.end + 1 if s.end < sent.end and toks[s.end].norm in _RESUMPTIVE else s.end
                # "الجيش الأمريكي يعلن مقتل قيادي بغارة": a headline's subject before its verb in
                # the present
                headline = s.start > sent.start and _imperfect(toks[s.start]) and not toks[s.start].prefix
                p = headline and next((p for p in phrases if p.start == sent.start and p.end == s.start
                                       and p.kind != "nisba"), None) or self._phrase_after(
                    phrases, k, sent, max_gap=1, toks=toks, time_toks=time_toks)
                # "أعلن الوزير استدعاء 300 ألف جندي من الاحتياط": after a light verb's noun
                # comes its object; who does it is before it
                noun = not headline and toks[s.start].key in _SUPPORT_NOUNS
                if noun:
                    p = None
                counted = None
                if not noun and (p is None or p.end > trig.start
                                 or p.start > k and toks[p.start - 1].key in PREPOSITIONS):
                    # "خرج عشرات الآلاف من اللبنانيين إلى الشوارع": past the count of the subject
                    counted = self._counted_subject(toks, sent, s.end, trig, phrases)
                    p = counted or p
                if p is None or p.end > trig.start or self._starts_with_prep(toks, p) or (
                        p.start > k and toks[p.start - 1].key in PREPOSITIONS and p is not counted):
                    # (a place after it is no subject: "محكمة الاستئناف بالجزائر العاصمة",
                    # "بدأت في الدوحة أمس جولة من المفاوضات"; nor is the object of a
                    # preposition before a verb joined with "و" its subject: "ألغى ترامب
                    # اجتماعا مع قادة طالبان وأعلن")
                    p = self._phrase_before(phrases, s.start, sent, max_gap=4, toks=toks, time_toks=time_toks)
                    if p is not None and toks[s.start].has_conj and self._after_prep(toks, sent, p):
                        p = None
                    if (p is not None and toks[s.start].prep == "ب" and p.end < s.start
                            and not toks[p.end].prep and toks[p.end].key not in PREPOSITIONS
                            and not _punct(toks[p.end]) and p.end not in time_toks):
                        # "اتهمت روسيا الغرب بتقديم أسلحة", "طالبت كييف حلفاءها بتقديم": the
                        # one accused or asked, past the subject, does it
                        p = None
                    # (past the words that name it a capital: "إلى العاصمة العمانية مسقط")
                    start = None if p is None else self._past_place_nouns(toks, sent, p.start) if (
                        p.kind == "capital") else p.start
                    if p is not None and (p.kind in ("country", "capital") or (
                            p.kind == "org" and toks[p.start - 1].key == "من")) and (
                            self._after_prep(toks, sent, p) or toks[p.start - 1].key in LOCATIVE
                            or sent.start < start < p.start and toks[start - 1].key in PREPOSITIONS
                    ) and toks[p.start - 1].key not in BETWEEN:
                        # "يصل وفد من حماس إلى القاهرة لاستئناف المفاوضات": where one goes
                        # does not act, who goes there does; nor where it is ("في معارك جنوب
                        # لبنان منذ بدء التوغل"); the sides a mediation is between reach
                        # what it is for ("وساطة بين روسيا وأوكرانيا للتوصل إلى هدنة")
                        p = self._phrase_before(phrases, start - 1, sent, max_gap=4, toks=toks, time_toks=time_toks)
                        if p is not None and self._after_prep(toks, sent, p):
                            p = None  # ("بحث في مسقط ... مع المتحدث": two places of one clause)
                    if p is not None and p.kind in ("country", "capital") and any(
                            o.entry.mode == "visit" and o.end <= p.start for o in others):
                        # "يزور وزير الخارجية دمشق لإجراء محادثات": the capital visited does
                        # not act, its visitor before it does
                        q = self._phrase_before(phrases, p.start, sent, max_gap=0, toks=toks, time_toks=time_toks)
                        if q is not None and q.kind not in ("country", "capital") and any(
                                o.entry.mode == "visit" and o.end <= q.start for o in others):
                            p = q
                if p is not None and not self._reports_deaths(toks, trig, s, phrases):
                    return p, "slot.support"
            # (past the weapon it was made with: "هجوم بالأسلحة الرشاشة شنه مسلحون")
            means = 3 if trig.end < sent.end and (toks[trig.end].prep == "ب" or (
                # (and past a second weapon: "هجوم بالأسلحة النارية والقنابل اليدوية شنه")
                toks[trig.end].has_conj and any(toks[k].prep == "ب" for k in range(trig.start, trig.end)))) else 1
            if means == 3 and toks[trig.end].prep == "ب" and any(
                    toks[k].has_conj for k in range(trig.end + 1, min(sent.end, trig.end + 3))):
                means = 5  # "هجمات بالأسلحة الرشاشة والأحزمة الناسفة شنها مسلحون"
            if means == 1 and trig.end < s.start <= trig.end + 3 and all(
                    not t.prefix and (_NISBA_ENDING.search(t.key) or t.key in _INTENSITY)
                    for t in toks[trig.end : s.start]):
                means = 3  # (past the act's adjectives: "هجوم جوي عنيف شنه الجيش")
            if means == 1 and trig.end < s.start and any(
                    m.end == s.start and (m.start == trig.end and toks[m.start].prep
                                          or m.start == trig.end + 1 and toks[trig.end].key in _ACROSS)
                    for m in places):
                means = s.start - trig.end  # (past where it was: "هجوم في كابول تبنته طالبان")
            # (or a claim joined after what the act did: "هجوم ... أسفر عن سقوط 64 قتيلا وتبنته
            # حركة طالبان")
            # (or a claim right after where and what it struck: "هجوم على قاعدة في الأردن، تبنته
            # المقاومة الإسلامية في العراق")
            claimed = (s.entry.id == _CLAIMED and _has_object_suffix(toks[s.end - 1])
                       and (trig.end + 8 < s.start <= trig.end + 20 and toks[s.start].has_conj
                            or trig.end < s.start <= trig.end + 8) and e.type == "ASSAULT"
                       and not any(o.entry.type == e.type and trig.end <= o.start < s.start for o in others)
                       and not any(t.text in _SENTENCE_ENDS or t.key in COMPLEMENTIZERS
                                   for t in toks[trig.end : s.start]))
            if ((claimed or trig.end <= s.start <= trig.end + 8
                 and self._gap_ok(toks, trig.end, s.start, time_toks, means))
                    and s.entry.id != _MANAGED  # ("هدنة حتى تتمكن الأمم المتحدة من": who can then act)
                    # ("بضرورة مغادرة قادتها الدوحة": "its leaders", the genitive of another noun,
                    # not "led it"; "عملية عسكرية قادتها القوات" past the act's adjective)
                    and not (s.entry.id == _LED and _has_object_suffix(toks[s.start]) and any(
                        not (_NISBA_ENDING.search(t.key) or t.key in _INTENSITY) for t in toks[trig.end : s.start]))
                    # ("التعبئة العامة لمواجهة تقدم المتمردين": a word of another act, the advance)
                    and not any(o.start == s.start for o in others)
                    and not toks[s.start].prep  # ("رفضها للتصعيد، وقال الوزير": the act's object)
                    and toks[trig.start].key not in SHOOT_DOWN  # (who launched what is downed: its target)
                    and s.entry.voice != "passive"  # ("الهجمات التي تعرضت لها السفارة": who suffered)
                    # ("رفع حالة التأهب بعد إطلاق كوريا الشمالية صاروخين": the act it follows)
                    and not any(toks[j].key in _AFTER_OR_BECAUSE for j in range(trig.end, s.start))):
                # "قصف شنته طائرات", "هجوم مزدوج، يوم السبت، تبنته حركة الشباب" (not "الهجوم
                # الذي وقع أمس في كابل": a place), past a count ("شنتها نحو 72 مقاتلة تركية")
                k = self._past_count(toks, sent, s.end)
                p = self._phrase_after(phrases, k, sent, max_gap=1, toks=toks, time_toks=time_toks)
                # (nor past a preposition and a direction: "صاروخ أطلق من جنوب لبنان", where
                # from)
                # (nor where it was: "انفجارا وقع قرب السفارة")
                if p is not None and not self._starts_with_prep(toks, p) and not any(
                        toks[j].key in PREPOSITIONS or toks[j].key in _NEAR
                        for j in range(max(s.end, p.start - 2), p.start)):
                    return p, "slot.support"
        # (not before a noun joined by "و": "اعتقال قيادي ومصادرة أسلحة" is one actor's)
        p = None if toks[trig.start].has_conj else self._phrase_before(
            phrases, trig.start, sent, max_gap=0, toks=toks, time_toks=time_toks)
        if p is not None and not self._starts_with_prep(toks, p) and not (any(
            t.is_punct for t in toks[p.end : trig.start]) and not _time_aside(toks, p.end, trig.start, time_toks)
        ) and not self._counted(toks, sent, p) and not self._after_prep(toks, sent, p) and not (
            # "في شوارع بغداد للمطالبة": a capital named as a place does not act
            p.kind in ("country", "capital") and p.start > sent.start
            and (toks[p.start - 1].key in _PLACE_NOUNS_OR_STREETS or toks[p.start - 1].key in DIRECTIONS)
        ) and not any(
            # "أدان مجلس الأمن الهجوم": who condemns an attack did not make it, nor does who
            # welcomes a release ("رحبت الحكومة بالإفراج عن الرهائن"), nor do who put down
            # protests protest ("قمعت قوات الأمن الاحتجاجات")
            o.entry.pos == "verb" and o.end == p.start and (o.entry.type == "ACCUSE" or (
                o.entry.type == "SUPPORT" and toks[trig.start].prep == "ب") or (
                e.type == "PROTEST" and o.entry.mode == "crowd-control"))
            # nor is the accuser after an accusation's noun the accused ("اتهامات المنظمة
            # بقصف المدنيين": who bombed is whom it accuses)
            or (o.entry.pos == "noun" and o.end == p.start and o.entry.type == "ACCUSE" and e.type != "ACCUSE")
            for o in others
        ) and not _foils(toks, sent, p) and not self._witness(
            toks, sent, p
        ) and not any(
            # nor who foils it; nor who calls for it ("طالب مجلس الأمن بوقف إطلاق النار")
            o.entry.type == "REQUEST" and o.start < p.start <= o.end for o in others
        ) and not any(
            s.end == p.start and self._reports_deaths(toks, trig, s, phrases) for s in support
        ) and not (toks[trig.start].prep and any(
            # "مقتل ضابط وثلاثة مجندين بانفجار عبوة": the killed, not who set it off
            t.key in _KILL_OR_INJURY for t in toks[max(sent.start, p.start - 3) : p.start])
        ) and not (p.end == trig.start and toks[p.end - 1].key in CASUALTY_PEOPLE) and not (
            # (maybe past its country's adjective: "في العاصمة السودانية الخرطوم أمس للمطالبة")
            p.kind == "capital" and any(
                toks[k].key in _CAPITAL_WORD and all(_NISBA_ENDING.search(t.key) for t in toks[k + 1 : p.start])
                for k in range(max(sent.start, p.start - 2), p.start))
        ) and not (
            # "وصفت إيران الهجوم بأنه جريمة": who calls an act so did not do it ("هجومها": hers)
            p.start > sent.start and not toks[trig.start].suffixed and _describing(toks[p.start - 1])
        ) and not (
            # "إذا لم تستجب الحكومة لمطالبهم": a noun with "ل" and its own pronoun is the object
            # of the verb before it, whose subject is not the pronoun's
            e.pos == "noun" and toks[trig.start].prep == "ل" and toks[trig.end - 1].suffixed
            and toks[trig.end - 1].norm.endswith(("هم", "ها", "هما", "هن"))
        ):
            # ("حصيلة ضحايا التفجير": the victims of the act it heads; "وصلوا إلى العاصمة إسلام
            # آباد للمطالبة": where, not who)
            return p, "slot.svo"
        return None, None

    @staticmethod
    def _after_prep(toks, sent, p) -> bool:
        """A phrase after a separate preposition is no subject: "في الخرطوم للمطالبة", "أمام
        وزارة الداخلية للمطالبة", "في ضواحي باريس اعتقلت" (but one a group is made of is:
        "مجموعة من المستوطنين هاجمت")."""
        before = toks[p.start - 1].key if p.start > sent.start else None
        return (before in PREPOSITIONS or before in LOCATIVE) and not (
            p.start - 2 >= sent.start and Assembler._group_of(toks, p.start - 2, p.start))

    @classmethod
    def _counted(cls, toks, sent, p) -> bool:
        """A phrase after a number is a toll, not an agent: "قتل 18 شخصا بهجوم" (also past a
        quote: 'قتلت أكثر من 40 من "عناصر التمرد"')."""
        k = _back_past_quotes(toks, p.start - 1, sent.start)
        before = toks[k] if k >= sent.start else None
        # (but a count right after "أن" counts the clause's subject: "إن عشرات المهاجمين أضرموا")
        return (before is not None and not before.is_punct and cls._only_quantities((before,))
                and not (k > sent.start and toks[k - 1].key in COMPLEMENTIZERS))

    @classmethod
    def _speaker(cls, toks, sent, trig, phrases):
        """The subject of the nearest reporting verb before the trigger ("قال الجيش إن ..."),
        or None."""
        return cls._speaker_at(toks, sent, trig.start, phrases)

    @staticmethod
    def _speaker_at(toks, sent, i, phrases):
        """The subject of the nearest reporting verb before the token at ``i``, or None."""
        for r in range(i - 1, sent.start - 1, -1):
            if toks[r].key in REPORTING:
                subject = next(
                    (p for p in phrases if r < p.start <= r + 2 and p.kind != "nisba" and not toks[p.start].prep),
                    None,
                )
                return subject if subject is not None and subject.end <= i else None
        return None

    @staticmethod
    def _accuser(toks, sent, trig, phrases, others):
        """The subject of the accusing verb nearest before the act it charges ("اتهم الرئيس
        الأوكراني روسيا بقصف"), or None."""
        o = max((o for o in others if o.entry.type == "ACCUSE" and o.entry.pos == "verb"
                 and sent.start <= o.start and o.end <= trig.start), key=lambda o: o.start, default=None)
        return None if o is None else next(
            (p for p in phrases if o.end <= p.start <= o.end + 1 and p.kind != "nisba" and not toks[p.start].prep
             and p.end <= trig.start), None)

    @staticmethod
    def _speakers_state(speaker) -> str | None:
        """The country of a state speaker or a national outlet (see :meth:`_speaker`)
        reporting the act: forces it names without a country are its own ("قال الناطق باسم
        الجيش الإسرائيلي إن طائرات حربية أغارت", "قالت هيئة البث الإسرائيلية إن الجيش قصف")."""
        if speaker is None:
            return None
        _, _, _, country, sector = speaker.conjuncts[0]
        return country if sector in _FORCES or sector in ("GOV", "JRN") else None

    @staticmethod
    def _speakers_forces(toks, speaker, actors, ctx):
        """Forces a non-state speaker calls its own ("قواتهم", "مقاتليها") are the speaker's
        group: "أكد المتحدث باسم الحوثيين أن قواتهم أسقطت طائرة" is coded YEM REB."""
        if speaker is None or speaker.conjuncts[0][4] != "REB":
            return actors
        _, _, _, country, sector = speaker.conjuncts[0]
        owned = set()  # the actors written with a pronoun of their own
        for k, a in enumerate(actors):
            if a.sector in _FORCES or a.sector == "REB":
                i = bisect.bisect_right(ctx.tstarts, a.start_char) - 1
                if 0 <= i < len(toks) and toks[i].suffixed:
                    owned.add(k)
        return tuple(
            attrs.evolve(a, country=country, sector=sector) if k in owned else a for k, a in enumerate(actors)
        )

    def _reporter(self, toks, sent, trig, phrases):
        """The speaker when the report speaks of itself: "في حين قال الجيش إنه ضرب 320 هدفا"
        -> الجيش."""
        subject = self._speaker(toks, sent, trig, phrases)
        if subject is None:
            return None
        between = toks[subject.end : trig.start]
        if any(t.norm.lstrip("بو") in ("انه", "انها", "انهم") for t in between) and not any(
            subject.end <= p.start and p.end <= trig.start and p.kind != "nisba" for p in phrases
        ) and not any(t.key in REPEL or t.key in _FOILING for t in between):
            # (not an attack it says it repelled: "أعلن الجيش أنه صد هجوما")
            return subject
        return None

    @staticmethod
    def _witness(toks, sent, p) -> bool:
        """Whether the country or city ``p`` is the subject of "شهد" (witnessed), which
        names where something happens: "شهدت العاصمة الصومالية مقديشو انفجارا"; or anyone
        the subject of a verb of recording, who only observes what it records: "رصد المرصد
        السوري مقتل 20 مدنيا في غارات", "وثقت المنظمة هجمات على المدارس", or of mourning or
        burial, who only mourns the dead: "نعت الحركة القيادي الذي قتل في الغارة"."""
        if p.kind in ("country", "capital") and any(
                t.key in _WITNESS for t in toks[max(sent.start, p.start - 3) : p.start]):
            return True
        before = toks[p.start - 1] if p.start > sent.start else None
        return before is not None and (before.key in _RECORDING or before.key in _MOURNING) and not (
            before.prefix.endswith(("ب", "ل")))

    @staticmethod
    def _after_or_because(toks, sent, start, background=False) -> bool:
        """Whether the noun at ``start`` follows "بعد / قبل / إثر / عقب / جراء / بسبب", with a
        span of time between ("بعد أشهر من الاحتجاجات") or a series ("بعد سلسلة تفجيرات", "إثر
        موجة من الهجمات"); ``background`` also "على خلفية"."""
        k = start - 1
        if k - 2 >= sent.start and toks[k].key == "من" and toks[k - 1].key in _TIME_SPANS:
            k -= 2
        elif k - 1 >= sent.start and toks[k].key in _RUN_OF and not toks[k].prefix:
            k -= 1
        elif k - 2 >= sent.start and toks[k].key == "من" and toks[k - 1].key in _RUN_OF and not toks[k - 1].prefix:
            k -= 2
        return k >= sent.start and (toks[k].key in _AFTER_OR_BECAUSE or background and _on_background(toks, sent, k))

    def _topic(self, toks, sent, trig, phrases, target, previous):
        """The sentence's subject as a last resort: "ارتكبت مليشيا الدعم السريع جريمة ... إذ
        استهدفت مسجدا". A reporting verb's subject is only the source of what it reports,
        unless the report is itself the act (a call, an accusation) or speaks of itself
        ("أعلن الجيش الإسرائيلي أنه ضرب 320 هدفا")."""
        if trig.entry.type == "ASSAULT" and any(t.key in REPEL or t.key in _DEFUSING
                                                for t in toks[sent.start : trig.start]) and not (
                _joined_verb(toks, trig)):
            # "أحبطت القوات هجوما كان يستهدف كنيسة": who foils an attack did not make it (but
            # does what it does next: "أحبطت القوات هجوما وقتلت ثلاثة مسلحين")
            return None, None
        if trig.entry.type == "ASSAULT" and _tried_by_downed(toks, sent, trig):
            return None, None  # "أسقطت الدفاعات مسيرة حاولت استهداف قاعدة": who downs it did not aim it
        if trig.entry.type == "ASSAULT" and any(
                t.key in SUFFER and not any(_punct(x) for x in toks[k : trig.start])
                for k, t in enumerate(toks[sent.start : trig.start], start=sent.start)):
            # "تعرض مقر بعثة الاتحاد الأوروبي لهجوم بقذائف صاروخية": the subject of what
            # suffers an attack, and the names in it, did not make it
            return None, None
        if trig.entry.pos == "noun" and (
            trig.entry.type == "PROTEST" or toks[trig.start].key in _KILL_OR_INJURY
        ) and self._after_or_because(toks, sent, trig.start):
            # "فرضت السلطات حظر التجول بعد مقتل متظاهرين", "استقال بعد أشهر من الاحتجاجات":
            # a death or a protest the clause is dated or caused by is not the subject's (a
            # battle may be: "سيطرت القوات على سرت بعد معارك مع")
            return None, None
        if trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and previous and (
                previous[-1][0].type == "MOBILIZE" or previous[-1][0].mode in ("curfew", "martial-law")
                or _responding_verb(toks, sent, trig.start) is not None) and (
                self._after_or_because(toks, sent, trig.start)):
            # "انتشر الجيش في المدينة بعد الاشتباكات", "فرضت السلطات حظر التجول إثر
            # مواجهات": who deploys or imposes a curfew after fighting did not fight (nor
            # does who answers an attack make it: "ردت إسرائيل بغارات بعد هجوم صاروخي")
            return None, None
        if (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and previous
                and previous[-1][0].mode == "arrest" and _on_background(toks, sent, trig.start - 1)):
            # "اعتقلت الشرطة ناشطا على خلفية الاعتداء على مركز الشرطة": the arrest is over
            # the act, which the arresters did not do
            return None, None
        if trig.entry.pos == "noun" and trig.start - 3 >= sent.start and toks[trig.start - 1].key in ("في", "خلال"):
            # (nor the act those deaths came in: "استقال الوزير بعد مقتل مدنيين في عملية عسكرية")
            k = next((k for k in range(trig.start - 2, max(sent.start, trig.start - 5) - 1, -1)
                      if toks[k].key in _KILL_OR_INJURY), None)
            if k is not None and self._after_or_because(toks, sent, k):
                return None, None
        if (trig.entry.type == "ASSAULT" and trig.entry.id not in _CLASHES
                and previous and all(ev.type != "ASSAULT" for ev, _ in previous) and (
                    trig.entry.pos == "noun" and self._after_or_because(toks, sent, trig.start)
                    # (and the verb that tells it: "بعد تفجير استهدف كنيسة")
                    or trig.entry.pos == "verb" and trig.start - 2 >= sent.start
                    and toks[trig.start - 1].key in _ATTACKS_IN and toks[trig.start - 2].key in _AFTER_OR_BECAUSE)):
            # "فرض الجيش طوقا أمنيا بعد الهجوم": nor an attack a cordon or an arrest follows,
            # with no attack before it (a battle may be the subject's: "انسحبت القوات من
            # المدينة بعد معارك مع الجيش")
            return None, None
        if trig.entry.pos == "noun" and trig.start > sent.start and toks[trig.start - 1].key in _CAUSED_BY:
            # "أغلقت الأمم المتحدة مكاتبها بسبب القتال": the act that caused the subject's is
            # not the subject's
            return None, None
        if trig.entry.pos == "noun" and trig.entry.id != _CALLED_CRIME and not toks[trig.start].suffixed:
            k = next((k for k in range(trig.start - 1, max(sent.start, trig.start - 4) - 1, -1)
                      if _describing(toks[k])), None)
            if k is not None and not toks[trig.start].prep and not any(
                    t.key in _AS_BEING for t in toks[k + 1 : trig.start]):
                # "وصفت إيران الهجوم بأنه جريمة": who calls an act so did not do it (but
                # "بدأ الجيش ما وصفها بأنها «عملية برية»" is the name one gives one's own act)
                return None, None
        if trig.start > sent.start and toks[trig.start - 1].key in _IN_EXCHANGE:
            return None, None  # "أطلقت حماس سراح رهائن مقابل الإفراج عن أسرى": the other side's act
        if _protested_at(toks, sent, trig.start, 0, 2):
            # "انسحب وفد المعارضة احتجاجا على استمرار القصف": what the subject protests at is
            # not its own act
            return None, None
        if trig.entry.pos == "noun" and _suspected_of(toks, sent, trig):
            return None, None  # "اعتقلت القوات خمسة مشتبه بهم في تفجير": the suspects' act
        if _inquired_into(toks, sent, trig):
            return None, None
        if _pictured(toks, sent, trig):
            return None, None  # "تداول ناشطون صورا للهجوم": nor who shows pictures of it
        if _told_act_discussed(toks, trig):
            return None, None  # "طالبت روسيا باجتماع لمناقشة الضربات": nor who discusses it
        if trig.start > sent.start and _covering(toks[trig.start - 1]):
            return None, None  # "اعتدى مجهولون على صحفي أثناء تغطيته للاحتجاجات": nor covers it
        # "نقلت وسائل إعلام عن الحرس الثوري أنه احتجز ناقلة": the source quoted says it did it
        quoted = next((p for p in phrases if sent.start < p.start and p.end < trig.start and p.kind != "nisba"
                       and toks[p.start - 1].key == "عن" and toks[p.end].norm.lstrip("بو") in ("انه", "انها", "انهم")
                       and toks[p.end + 1].key not in _DONE_BY_NO_ONE and not self._witness(toks, sent, p)
                       and any(t.key in REPORTING for t in toks[sent.start : p.start - 1])), None)
        if quoted is not None and not any(p.start > quoted.end and p.end <= trig.start and p.kind != "nisba"
                                          for p in phrases):
            return quoted, "slot.reporter"
        # "ذكرت صحيفة إسرائيلية أن الجيش يستعد لعملية برية": the subject of the clause "أن"
        # opens, a few words before the act it tells (past the report's longer subject)
        clause = next((p for p in reversed(phrases) if sent.start < p.start and p.end <= trig.start
                       and trig.start - p.end <= 2 and p.kind != "nisba" and not toks[p.start].prep
                       and not all(getattr(c[2], "inanimate", False) or getattr(c[2], "opposed", False)
                                   for c in p.conjuncts)
                       and toks[p.start - 1].key in COMPLEMENTIZERS and not toks[p.start - 1].suffixed
                       and not any(_clause_break(x) or x.is_punct for x in toks[p.end : trig.start])), None)
        if clause is not None and clause.start > sent.start + 3:
            return clause, "slot.clause-subject"
        topic = None
        # (past a leading connective: "في المقابل، نفت وزارة الخارجية", "من جهتها، دعت")
        lead = next((k + 1 for k in range(sent.start, min(sent.end, sent.start + 4)) if toks[k].text in ("،", ",")),
                    sent.start)
        if lead < sent.end and toks[lead].key in _DONE_BY_NO_ONE:
            return None, None  # "تم تفكيك خلية إرهابية واعتقال أفرادها": no one's subject
        for p in phrases:
            if p.start >= trig.start or p.start > lead + 3:
                break
            if (p.kind == "nisba" or toks[p.start].prep
                    # (civilians are what acts befall, but they protest: "دخل الأسير في إضراب")
                    or self._patient_like(p) and trig.entry.type != "PROTEST"
                    or _accusative(toks[p.start]) or p is target):
                continue
            if p.start > sent.start and toks[p.start - 1].key in _WHERE_PREPS:
                continue  # "اختتمت في القاهرة أعمال القمة": where, not who
            if p.start > sent.start and ((n := toks[p.start - 1].norm) in _ACCORDING_TO
                                         or n[:1] in "وف" and n[1:] in _ACCORDING_TO):
                continue  # "وبحسب الأمم المتحدة، فر مليون شخص": the source, not who acts
            if trig.entry.type in ("COERCE", "SANCTION") and all(c[4] == "OPP" for c in p.conjuncts):
                continue  # "نزل المحتجون إلى الشوارع رغم حظر التجول": protesters impose nothing
            k = p.start - 1
            while k > max(sent.start, p.start - 4) and self._only_quantities((toks[k],)):
                k -= 1  # "قتل خمسة عشر جنديا"
            if any(t.key in _KILL_OR_INJURY for t in toks[max(sent.start, min(k, p.start - 2)) : p.start]):
                break  # "أصيب ثلاثة جنود": the killed and wounded are victims, never the actor
            if self._witness(toks, sent, p):
                continue
            if (p.start == sent.start and p.end < sent.end and toks[p.end].text in _DATELINE_MARKS
                    # ("الجيش السوداني: نشر قوات إضافية": a headline's speaker is who acts)
                    and not (toks[p.end].text == ":" and p.kind not in ("country", "capital"))):
                continue  # "مقديشو (رويترز) -": a dateline names where the report comes from
            topic = p
            break
        if topic is None or any(t.key in _WHILE for t in toks[topic.end : trig.start]) and not (
                # (but an active verb right after it with no subject of its own goes on with
                # the subject before: "نفذت مليشيا الحوثي حملة اعتقالات، فيما اختطفت عددا من
                # الموظفين")
                trig.entry.pos == "verb" and trig.entry.voice == "active" and trig.start - 1 > topic.end
                and toks[trig.start - 1].key in _WHILE and toks[trig.start].key not in _KILL_OR_INJURY
                and not toks[trig.start].prefix):
            # ("اعتقلت القوات ... 23 مشتبها بهم، فيما قتل ثلاثة من عناصر الشرطة بانفجار عبوة":
            # the subject of the clause before "فيما" did not do what the clause after it tells)
            return None, None
        if trig.entry.pos == "verb" and trig.start - 1 > topic.end and _on_noun_before(toks, sent, trig, phrases):
            # "نشرها مقالا ينتقد الحكومة", "أصدر بيانا يدين": a clause on the noun before the
            # verb, whose subject it is
            return None, None
        if (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and all(
                (c[4] in _CIVIL_POWERS or c[4] in _UNARMED_REPORTERS or c[4] in ("BUS", None))
                and c[2].kind not in ("country", "capital") for c in topic.conjuncts)
                and self._after_or_because(toks, sent, trig.start, background=True)):
            # "أقالت الحكومة قائد الشرطة على خلفية الاشتباكات", "أوقفت الشركة العمل بعد هجوم
            # مسلح": a body that decides or works, not fights, is no side of what it answers
            return None, None
        before = toks[max(sent.start, topic.start - 2) : topic.start]
        if any(t.key in _WARNING_OR_FEARING for t in before) and trig.entry.type not in _SPEECH:
            return None, None  # "تخشى الأمم المتحدة أن يؤدي القتال": who fears it does not fight
        reported = any(t.key in REPORTING for t in before)
        if not reported:
            return topic, "slot.topic"
        if trig.entry.type in _SPEECH or (trig.entry.id == _EXCHANGED and all(
                c[4] == "GOV" or c[4] in _ARMED_SECTORS for c in topic.conjuncts)):
            # (states or armed sides that announce an exchange of prisoners made it: "أعلنت
            # روسيا وأوكرانيا تبادل 95 أسيرا")
            return topic, "slot.reporter"
        between = toks[topic.end : trig.start]
        words = [t for t in between if not t.is_punct]
        if len(words) == 1 and words[0].key in _DURING:
            return topic, "slot.reporter"  # "أكد الوزير خلال اتصال هاتفي": said in his own call
        self_ref = [i for i, t in enumerate(between) if t.norm.lstrip("بو") in ("انه", "انها", "انهم")]
        if self_ref and not any(
            p.start >= topic.end + self_ref[-1] and p.end <= trig.start and p.kind != "nisba"
            and not self._counted(toks, sent, p)  # "أنه قتل نحو 30 إرهابيا خلال عملية"
            for p in phrases
        ):
            return topic, "slot.reporter"
        if any(t.suffixed and t.norm.endswith(("ه", "ها", "هم"))
               for t in toks[max(topic.end, trig.start - 2) : trig.start]) and not any(
            p.start >= topic.end and p.end <= trig.start and p.kind != "nisba" for p in phrases
        ):
            return topic, "slot.reporter"  # "أعلن الجيش ... قيامه بسلسلة غارات"
        return None, None

    def _plotter(self, toks, trig, previous, phrases):
        """The object of the last act before ``trig`` when a word of plotting with no subject
        of its own stands between them ("اعتقلت الشرطة خلية خططت لتفجير كنيسة", "قتلت
        القوات مسلحا كان يخطط لهجوم"): the object plots the act."""
        if not previous:
            return None
        ev, t = previous[-1]
        if not ev.targets or t.end > trig.start:
            return None
        # (or the plotting's noun with its pronoun: "سجن رجل لتخطيطه لهجوم")
        k = next((k for k in range(t.end, trig.start) if toks[k].key in self._plotting and (
            not toks[k].prefix or toks[k].prefix == "ل" and toks[k].suffixed)), None)
        if k is None or any(_clause_break(x) or x.key in COMPLEMENTIZERS or x.key in REPORTING
                            for x in toks[t.end : trig.start]):
            return None
        if any(k < p.start < trig.start and p.kind != "nisba" for p in phrases):
            return None  # "... قالت إن الحركة تخطط لهجوم": the plotting verb's own subject
        return ev.targets

    def _fallback_actors(self, toks, sent, trig, phrases, previous, target, modality, text, ctx,
                         discussed, own=False):
        """Actors of an event whose clause names none (see :meth:`_event`), and the rule."""
        if (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and previous and trig.start - 2 >= sent.start
                and toks[trig.start - 1].key in _AFTER_OR_BECAUSE and _one_person(toks[trig.start - 2])):
            # "اعتقلت الشرطة رجلا بعد طعن أربعة أشخاص": one person arrested right after an
            # attack is held for it
            ev, _ = previous[-1]
            if (ev.type == "COERCE" and ev.mode == "arrest" and len(ev.targets) == 1
                    and ev.targets[0].end_char == toks[trig.start - 2].end_char):
                return list(ev.targets), "slot.arrested"
        if (trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and previous and trig.start - 3 >= sent.start
                and toks[trig.start - 1].key == "من" and any(
                    toks[k].key in _AFTER_OR_BECAUSE and not any(_punct(x) for x in toks[k : trig.start])
                    for k in range(max(sent.start, trig.start - 4), trig.start - 2))
                and previous[-1][0].type == "COERCE" and previous[-1][0].mode == "arrest"):
            # "اعتقلت الشرطة رجلا بعد يومين من الهجوم": the attack an arrest follows is no act
            # of who arrests
            return [], None
        if trig.entry.pos == "noun" and previous and previous[-1][0].mode == "boycott" and (
                0 <= trig.start - previous[-1][1].end <= 4) and not any(
                _clause_break(x) for x in toks[previous[-1][1].end : trig.start]):
            return [], None  # "قاطعت المعارضة جلسة الحوار": who boycotts the talks is not in them
        if trig.entry.pos == "verb" and trig.end < sent.end and toks[trig.end].key == "خلال" and toks[trig.end].suffixed:
            # "وصل الوزير إلى بيروت في زيارة يلتقي خلالها كبار المسؤولين": who meets during
            # a visit with no subject named is the visitor
            visit = next((ev for ev, t in reversed(previous) if ev.mode == "visit" and ev.actors
                          and t.end <= trig.start and trig.start - t.end <= 3
                          and not any(x.text in _SENTENCE_ENDS for x in toks[t.end : trig.start])), None)
            if visit is not None:
                return list(visit.actors), "slot.visitor"
        if trig.start > sent.start and toks[trig.start - 1].key in _BANNERS and trig.entry.pos == "verb":
            protest = next((ev for ev, _ in reversed(previous) if ev.type == "PROTEST" and ev.actors), None)
            if protest is not None:
                return list(protest.actors), "slot.banner"
        if discussed is not None:
            if discussed.cameo == _MEDIATE:
                # (a mediator only helps the sides to it: "توسطت قطر بين حماس وإسرائيل
                # للإفراج عن الرهائن"; with none named, no one is told)
                return (list(discussed.targets), "slot.discussed") if discussed.targets else ([], None)
            return [*discussed.actors, *discussed.targets], "slot.discussed"
        if trig.entry.participle and trig.start - 1 > sent.start and toks[trig.start - 1].text in ("،", ","):
            # "قال المتحدث إن الغارات أسفرت عن مقتل خمسة، متوعدا بالرد": after what one
            # reported, the participle is the speaker's, not the reported clause's
            speaker = self._speaker(toks, sent, trig, phrases)
            if speaker is not None and any(t.key in COMPLEMENTIZERS for t in toks[speaker.end : trig.start]):
                return self._codes(speaker, toks, text, trig.entry.type), "slot.participle"
        if trig.entry.participle or (trig.entry.type == "COOPERATE" and _aside_act(toks, sent, trig)):
            # "أدان الرئيس الهجوم داعيا إلى": who calls is the subject of the verb before
            # (and who acts "بالتنسيق مع" another: "داهمت وحدات الجيش، بالتنسيق مع")
            # (or the protest that opens the clause: "تظاهر آلاف الماليين ... مطالبين"), not of
            # an act called for ("دعت واشنطن رواندا إلى سحب جميع قواتها، منددة")
            ev = next((ev for ev, t in reversed(previous) if (t.entry.pos == "verb" or ev.type == "PROTEST")
                       and t.end <= trig.start and ev.actors and not t.entry.participle
                       and ev.modality != Modality.REQUESTED), None)
            if ev is not None:
                return list(ev.actors), "slot.participle"
        if (trig.entry.pos == "verb" and _imperfect(toks[trig.start]) and _plural_verb(toks[trig.start])
                and not toks[trig.start].prefix):
            # "خرج آلاف الطلاب إلى الشوارع يطالبون الحكومة بالاستقالة": a verb in the plural
            # with no subject of its own after a protest tells what the protesters do
            ev = next((ev for ev, t in reversed(previous) if ev.type == "PROTEST" and t.end <= trig.start
                       and ev.actors and ev.modality == Modality.ASSERTED
                       and not any(_clause_break(x) for x in toks[t.end : trig.start])), None)
            if ev is not None:
                return list(ev.actors), "slot.participle"
        if any(t.key in _SUSPECTED for t in toks[max(sent.start, trig.start - 4) : trig.start]):
            # "اعتقلت الشرطة المشتبه به في تفجير الكنيسة": the act is the suspect's
            return [], None
        if trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and trig.start > sent.start and (
                toks[trig.start - 1].key in _ANY) and not (
                modality == Modality.NEGATED and any(t.key in _DENY for t in toks[sent.start : trig.start])
                and not any(t.key in _OCCURRED for t in toks[sent.start : trig.start])):
            # "سترد بقوة على أي هجوم", "توعد بالرد على أي اعتداء": any attack that may come is
            # not the one of who answers or warns against it ("لن تشارك في أي مشاورات" are,
            # and so is any one denied: "نفت الحركة أن تكون قد شنت أي هجوم"; not one denied
            # to have happened: "نفى الجيش وقوع أي ضربات")
            return [], None
        k = _responding_verb(toks, sent, trig.start) if toks[trig.start].prep == "ب" or (
            trig.entry.pos == "verb" and toks[trig.start].has_conj) else None
        if k is not None:
            # "ردت القوات الحكومية على الهجوم بقصف مدفعي": who responds does what it responds with
            # (and what is joined to it: "ردت قواته على الهجوم وقتلت 12 منهم")
            p = next((p for p in phrases if p.start == k + 1 and p.kind != "nisba"), None) or next(
                (p for p in phrases if p.end == k and p.kind != "nisba"), None)
            if p is not None:
                return self._codes(p, toks, text, trig.entry.type), "slot.responder"
        if previous and trig.entry.type == "AGREE" and toks[trig.start].prep == "ب":
            # "اختتمت أعمال القمة بين مصر والأردن والعراق بالتوقيع على مذكرات": the sides of
            # the talks that end with the signing sign
            ev, t = previous[-1]
            if ev.type == "CONSULT" and ev.actors and t.end <= trig.start and not any(
                    _clause_break(x) for x in toks[t.end : trig.start]):
                return [*ev.actors, *ev.targets], "slot.signatories"
        if previous and toks[trig.start].has_conj and trig.entry.pos == "verb":
            # "أشاد بوش بالعشائر التي تحالفت مع القوات الأمريكية وطردت مقاتلي القاعدة": a verb
            # joined to a relative clause's verb (no event of its own) shares its antecedent
            _, last = previous[-1]
            k = next((k for k in range(trig.start - 1, last.end - 1, -1) if toks[k].key in RELATIVE), None)
            if k is not None and k > last.end and not any(_clause_break(x) for x in toks[k : trig.start]):
                # (past its adjectives: "العشائر السنية التي")
                ante = next((p for p in phrases if p.kind != "nisba" and p.end <= k <= p.end + 2 and all(
                    _definite(x) and not x.prep and not x.has_conj for x in toks[p.end : k])), None)
                if ante is not None:
                    return self._codes(ante, toks, text, trig.entry.type), "slot.relative"
        if previous and toks[trig.start].has_conj and trig.entry.pos == "verb" and toks[trig.start - 1].text in (
                "،", ","):
            # "أعلنت المنظمة أن 19 شخصا قتلوا في غارة ...، وطالبت بإجراء تحقيق": a verb
            # joined after the clause a report tells goes on with the report, its subject the
            # reporter's
            reporter = self._reporter_before(toks, sent, trig, previous, phrases)
            if reporter is not None:
                return self._codes(reporter, toks, text, trig.entry.type), "slot.reporter"
        plotter = self._plotter(toks, trig, previous, phrases) if modality == Modality.PLANNED else None
        if plotter is not None:
            # "اعتقلت الشرطة إرهابيا كان يخطط لتنفيذ هجمات": the one arrested plots the act
            return list(plotter), "slot.purpose"
        # (past the plan's adjective: "المقترح الإسرائيلي لوقف إطلاق النار")
        plan = (trig.start - 2 if trig.start - 2 >= sent.start and _ADJECTIVE_ENDING.search(
            toks[trig.start - 1].key) and _definite(toks[trig.start - 1]) else trig.start - 1) if (
            previous and previous[-1][0].type == "REJECT") else None
        if (plan is not None and (toks[trig.start].has_li or not toks[trig.start].prefix)
                and (toks[plan].key in _PLANS or toks[plan].key in _ATTEMPTS)
                and previous[-1][1].end <= trig.start
                and not any(_clause_break(x) for x in toks[previous[-1][1].end : trig.start])):
            # "رفضت مصر أي مخطط لتهجير الفلسطينيين": who rejects a plan would not carry it out
            # (nor one named by its act: "أعلنت رفضها القاطع لخطة التهجير"; nor attempts:
            # "رفضها القاطع لأي محاولات لتهجير الفلسطينيين"; nor a proposal: "رفض البرلمان
            # مشروع قرار لسحب القوات")
            return [], None
        if previous:
            carried = self._carry(toks, trig, previous, phrases, ctx)
            if carried is not None:
                return list(carried), "slot.carry"
            ev, t = previous[-1]
            if len(previous) > 1 and ev.type == "PROTEST" and "slot.self" in ev.rules and any(
                    x.start_char <= toks[t.start].start_char < x.end_char for x in previous[-2][0].targets):
                # "أطلقت الشرطة الرصاص على المحتجين لتفريقهم": the protesters the act before
                # reached are not whose purpose it was
                ev, t = previous[-2]
            if (toks[trig.start].has_li and ev.actors and t.end <= trig.start
                    and not any(x.is_punct for x in toks[t.end : trig.start])
                    # (nor what is covered: "اعتدى مجهولون على صحفي أثناء تغطيته للاحتجاجات")
                    and not _covering(toks[trig.start - 1])
                    # (what one condemns or welcomes is no purpose of one's own: "أعربت
                    # الوزارة عن إدانتها الشديدة للهجوم")
                    and ev.type not in ("ACCUSE", "SUPPORT")):
                # "تظاهر آلاف السودانيين في الخرطوم للمطالبة بـ": the purpose is theirs
                if ev.targets and any(x.key in _WAS or x.key in RELATIVE for x in toks[t.end : trig.start]):
                    # (but the one a clause after the object tells of is that clause's:
                    # "اعتقلت الشرطة خلية كانت تخطط لتفجير")
                    return list(ev.targets), "slot.purpose"
                return list(ev.actors), "slot.purpose"
            # "وافقت الحكومة على السماح بدخول المساعدات", "رفضت الانسحاب": an act agreed to,
            # refused or threatened is one the subject of that verb would do
            if (ev.type in ("AGREE", "REJECT", "THREATEN") and ev.actors and 0 <= trig.start - t.end <= 2
                    and not any(x.is_punct for x in toks[t.end : trig.start])
                    # (not calls or charges refused: "رفضت إسرائيل دعوات وقف إطلاق النار" are
                    # others')
                    and not (ev.type == "REJECT" and trig.entry.type in ("REQUEST", "ACCUSE"))):
                if trig.entry.id == _EXCHANGED and "slot.symmetric" in ev.rules:
                    # "أعلنت أرمينيا وأذربيجان اتفاقا لتبادل الأسرى": both sides exchange
                    return [*ev.actors, *ev.targets], "slot.complement"
                return list(ev.actors), "slot.complement"
        if (previous and trig.entry.type == "ASSAULT" and trig.entry.pos == "noun" and trig.start > sent.start
                and toks[trig.start - 1].key == "في" and not toks[trig.start - 1].prefix):
            # "أعلن الحوثيون أسر عشرات الجنود في هجوم على الحدود": the attack an act of
            # violence was done in, right after it, is of whoever did that act
            ev, t = previous[-1]
            # (its object right before "في": not "شن الجيش عملية بعد مقتل ثلاثة جنود في كمين")
            if (ev.type == "ASSAULT" and ev.actors and ev.targets and ev.modality == modality
                    and 0 < trig.start - t.end <= 6 and ev.targets[-1].end_char == toks[trig.start - 2].end_char
                    and not any(_clause_break(x) or x.is_punct for x in toks[t.end : trig.start])):
                return list(ev.actors), "slot.within"
        reporter = self._reporter(toks, sent, trig, phrases)
        if reporter is not None:
            return self._codes(reporter, toks, text, trig.entry.type), "slot.reporter"
        # (not one of another clause: "حملة اعتقالات على خلفية اتهامات بالتجسس، فيما اختطفت")
        accusation = next((ev for ev, t in reversed(previous) if ev.type == "ACCUSE" and t.end <= trig.start
                           and ev.mode in ("disapprove", "allege")
                           and not any(x.key in _WHILE for x in toks[t.end : trig.start])),
                          None) if trig.entry.type == "ASSAULT" else None
        if accusation is not None:
            # "أدان رئيس الوزراء، في بيان أصدره مكتبه، التفجير": who condemns an attack did not
            # make it; "اتهمت المنظمة، في تقرير، فصائل منضوية في الحشد بإحراق المنازل": the
            # accused did
            if accusation.mode == "allege" and accusation.targets and "slot.symmetric" not in accusation.rules:
                return list(accusation.targets), "slot.accused"
            return [], None  # (of charges exchanged, each side is the other's accused)
        if modality in (Modality.ASSERTED, Modality.PLANNED) or own or (
            # one denies one's own act: "نفت الحكومة استخدام أسلحة كيميائية" (and fails in it:
            # "فشلت القوات في السيطرة على المدينة")
            modality == Modality.NEGATED and any(t.key in _DENY or t.key in _FAILING or t.key in _UNABLE
                                                 for t in toks[sent.start : trig.start])
            # (and does not intend it: "أكد أن واشنطن لا تنوي إرسال قوات")
            or modality == Modality.NEGATED and any(
                t.key in self._intending for t in toks[max(sent.start, trig.start - 2) : trig.start])
            # (and considers it: "قال مسؤولون إن واشنطن تدرس فرض عقوبات")
            or modality == Modality.POSSIBLE and any(
                t.key in self._considering for t in toks[max(sent.start, trig.start - 2) : trig.start])
        ):
            topic, rule = self._topic(toks, sent, trig, phrases, target, previous)
            if topic is not None:
                return self._codes(topic, toks, text, trig.entry.type), rule
        return [], None

    @staticmethod
    def _launcher(toks, sent, trig, phrases, after=None):
        """Who launched what is intercepted or downed, named in a relative clause after it
        (or after ``after``, the craft's last word): "اعترضت الدفاعات الجوية صاروخا أطلقته
        ميليشيا الحوثي"."""
        start = trig.end if after is None else after
        for k in range(start, min(sent.end - 1, start + 6)):
            t = toks[k]
            if t.is_punct or t.key in COMPLEMENTIZERS:
                return None
            if t.norm.startswith("اطلق") and _has_object_suffix(t):
                return next((p for p in phrases if p.start == k + 1 and p.kind != "nisba"), None)
            if t.norm.startswith("اطلق") and k + 1 < sent.end and toks[k + 1].key == "من":
                # "طائرة مسيرة أطلقت من مناطق سيطرة الحوثيين": from land its side holds
                j = k + 2
                while j < sent.end and toks[j].key in _HELD_AREAS:
                    j += 1
                if j > k + 2:
                    return next((p for p in phrases if p.start == j and p.kind != "nisba"), None)
            if t.key in CRAFT and not t.prep and after is None and not any(
                    p.start <= k < p.end and p.kind != "nisba" for p in phrases):
                # or by the adjective of missiles no lexicon names as a side: "اعترضت
                # الدفاعات الجوية صواريخ إسرائيلية" (past one more: "صواريخ باليستية إيرانية")
                owner = next((p for p in phrases if p.kind == "nisba" and k < p.start <= k + 2 and not any(
                    u.is_punct or u.prep or u.key in LOCATIVE for u in toks[k + 1 : p.start + 1])), None)
                if owner is not None:
                    return owner
        return None

    @staticmethod
    def _denier(toks, sent, trig, phrases, baseless=False):
        """Who denies or rejects the accusations or demands ``trig`` names right after the
        verb: "نفت طهران الاتهامات", "رفضت الحكومة بشدة اتهامات المعارضة", "رفضت الحكومة
        مطالب الحركة"; or, when they are called ``baseless``, who calls them so: "وصفت
        بكين الاتهامات الأمريكية بأنها لا أساس لها من الصحة"."""
        if trig.entry.type not in ("ACCUSE", "REQUEST") or trig.entry.pos != "noun":
            return None
        for k in range(trig.start - 1, max(sent.start, trig.start - 8) - 1, -1):
            if toks[k].is_punct or toks[k].key in COMPLEMENTIZERS:
                return None
            if toks[k].key in _DENIERS or baseless and toks[k].key in _CALLING_IT:
                return next((p for p in phrases if k < p.start and p.end <= trig.start and p.kind != "nisba"), None)
        return None

    @staticmethod
    def _condemned_act(toks, trig, others):
        """The act a verb (or a noun) of condemnation is about, named right after it in its
        clause: "نددت الخارجية الإيرانية بالغارات الأمريكية", "أدان الاتحاد الهجوم", "أعربت
        الخارجية عن قلقها من الغارات التركية"."""
        if trig.entry.type != "ACCUSE" or trig.entry.mode != "disapprove":
            return None
        def clause(a, b):
            between = toks[a:b]
            if any(t.key in COMPLEMENTIZERS for t in between):
                return False
            commas = [i for i in range(a, b) if toks[i].is_punct and toks[i].text not in _QUOTES]
            # (past an aside between commas, right before the act: "دانت الخارجية، في بيان
            # اليوم، الغارات التركية")
            return not commas or (len(commas) == 2 and commas[-1] >= b - 2
                                  and all(toks[i].text in ("،", ",") for i in commas))

        return next((
            o for o in sorted(others, key=lambda o: o.start)
            if o.entry.type in _CONDEMNABLE and 0 <= o.start - trig.end <= 14 and clause(trig.end, o.start)
            and (o.start - trig.end <= 8 or toks[o.start - 1].is_punct)
            # (not one condemned for, after whom: "أدانت تركيا إسرائيل بسبب قصف المستشفيات")
            and not (o.start - trig.end > 1 and toks[o.start - 1].key in _BECAUSE_OF)
        ), None)

    @staticmethod
    def _protested_act(toks, trig, others):
        """The act a protest is against, named right after its "احتجاجا على" (or in the relative
        clause of the noun after it: "احتجاجا على العقوبات التي فرضتها المجموعة")."""
        if trig.entry.type != "PROTEST":
            return None
        k = next((k for k in range(trig.end, min(len(toks), trig.end + 12)) if _protest_against(toks, k)), None)
        if k is None or any(_clause_break(t) for t in toks[trig.end : k] if t.text not in ("،", ",")):
            return None
        return next((o for o in sorted(others, key=lambda o: o.start)
                     if o.entry.type in _CONDEMNABLE and k + 2 <= o.start <= k + 5), None)

    def _condemned_agents(self, toks, events, groups, triggers):
        """A condemnation's targets are the actors of the act it condemns: "نددت إيران
        بالغارات الأمريكية" is aimed at the United States, as event data codes it; so are a
        protest's, of the act it protests against ("تظاهر الآلاف احتجاجا على العقوبات التي
        فرضتها المجموعة")."""
        if not any(t.entry.type in ("ACCUSE", "PROTEST") for t in triggers):
            return events
        group_of = {id(t): k for k, g in enumerate(groups) for t in g}
        out = list(events)
        for i, (ev, g) in enumerate(zip(events, groups)):
            others = [t for t in triggers if t is not g[0]]
            act = self._condemned_act(toks, g[0], others) or self._protested_act(toks, g[0], others)
            if act is not None and ev.type == "PROTEST" and ev.targets:
                continue
            k = group_of.get(id(act)) if act is not None else None
            if k is None or k == i or not events[k].actors or {a.start_char for a in events[k].actors} & {
                    a.start_char for a in ev.actors}:
                continue  # (no act, or one given the condemner for want of its own actor)
            out[i] = attrs.evolve(ev, targets=events[k].actors, rules=(*ev.rules, "slot.condemned-agent"))
        return out

    @staticmethod
    def _accused(toks, trig, previous, tstarts):
        """The accusation whose accused did the act ``trig``, alleged with "ب" after them
        ("اتهمت الجماعة التحالف بشن 15 غارة") or held responsible for it ("حملت الحكومة
        الحوثيين مسؤولية الهجوم"), not a verb joined after it, which shares the
        accuser's subject ("اتهمت الوزارة واشنطن بدعم الإرهاب وطالبت الحكومة")."""
        if trig.entry.pos == "verb" and toks[trig.start].has_conj:
            return None

        def near(ev, t):
            # within 8 words of the verb, or 3 of the accused past a long subject ("واتهمت
            # وزارة الدفاع التركية في بيان وحدات حماية الشعب بتنفيذ التفجير")
            if 0 < trig.start - t.end <= 8:
                return True
            if trig.start == t.end and _has_object_suffix(toks[t.end - 1]):
                return True  # "شركات روسية تتهمها بتزويد الجيش": the pronoun is the accused
            end = ev.targets[-1].end_char
            return 0 < trig.start - t.end <= 16 and any(
                toks[k].start_char >= end for k in range(max(t.end, trig.start - 3), trig.start))

        if (trig.entry.pos == "noun" and trig.start > 1 and toks[trig.start].prep == "ب"
                and toks[trig.start - 1].key in _ACCUSED):
            # "فرضت عقوبات على مسؤولين متهمين بقمع المحتجين": those the accused describe, the
            # object of the act before, are charged with it
            end = toks[trig.start - 2].end_char
            ev = next((ev for ev, _ in reversed(previous) if ev.targets and ev.targets[-1].end_char == end), None)
            if ev is not None:
                return ev
        # (or condemned or punished for it: "أدانت تركيا إسرائيل بسبب قصف المستشفيات",
        # "فرضت عقوبات على قادة عسكريين بسبب قصف المدنيين", "على خلفية")
        for_it = trig.entry.pos == "noun" and trig.start > 0 and toks[trig.start - 1].key in _BECAUSE_OF
        return next((
            ev for ev, t in reversed(previous)
            if (ev.type == "ACCUSE" and ev.mode == "allege" or for_it and (
                ev.type == "SANCTION" or ev.type == "ACCUSE" and ev.mode == "disapprove")) and ev.targets and near(ev, t)
            # (not charges exchanged, each side the other's accused: "تبادلت الهند وباكستان
            # الاتهامات بخرق الهدنة")
            and "slot.symmetric" not in ev.rules
            # ("بشن", "بقصف", "بارتكاب": the key of a short word may keep its "ب"), or held
            # responsible for it: "حملت الحكومة الحوثيين مسؤولية الهجوم", "المسؤولية عن"
            and (for_it or any(x.prep == "ب" or x.norm[:1] == "ب"
                               for x in toks[max(t.end, trig.start - 2) : trig.start + 1])
                 or _held_responsible_for(toks, t.end, trig.start))
            # (a "that" with "ب" right after the accused is the charge's own: "اتهمت الحكومة
            # إيران بأنها تدعم المتمردين")
            and not any(_clause_break(x) and not (
                x.norm[:1] == "ب" and x.key in COMPLEMENTIZERS and x.start_char > ev.targets[-1].end_char
                and toks[k - 1].start_char < ev.targets[-1].end_char)
                for k, x in enumerate(toks[t.end : trig.start], t.end))
            # (but an envoy summoned over it is not who did it: "استدعت الخارجية الفرنسية
            # السفير الروسي على خلفية الهجوم على كييف")
            and not (for_it and all(toks[bisect.bisect_left(tstarts, a.start_char)].key in _ENVOYS
                                    for a in ev.targets))
        ), None)

    @staticmethod
    def _addressee(toks, trig, previous, ctx):
        """The call whose object would do the act ``trig`` called for: "دعا مجلس الأمن الأطراف
        الليبية إلى الالتزام بوقف إطلاق النار", "إن بلاده تطالب واشنطن برفع العقوبات",
        "مطالبة لندن بالإفراج" (the object right after the caller's verb and its subject: not
        "طالبت بالإفراج عن المعتقلين", whom the act is for)."""
        # (past the acts it called for before this one: "دعت الأمم المتحدة الطرفين إلى وقف
        # إطلاق النار والسماح بدخول المساعدات")
        ev, t = next(((ev, t) for ev, t in reversed(previous) if ev.modality != Modality.REQUESTED), (None, None))
        if ev is None or not _demands(ev) or not any(r in ev.rules for r in _ASKER_RULES) or not ev.targets:
            return None
        k = bisect.bisect_left(ctx.tstarts, ev.targets[0].start_char)
        end = bisect.bisect_left(ctx.tstarts, ev.targets[-1].end_char)
        if toks[trig.start].prep == "ل" and any(
                x.key in _TO or x.prep == "ب" or x.norm.startswith("با") for x in toks[end : trig.start]):
            # "دعت المجتمع الدولي إلى الضغط على إسرائيل لقبول", "باتخاذ إجراءات لوقف": the
            # call has its act, and this is its purpose (not "أمهل قوات النظام حتى نهاية
            # الشهر للانسحاب")
            return None
        subject = [(a.start_char, a.end_char) for a in ev.actors]
        # "طلبت الحكومة من واشنطن سحب قواتها": whom one asks after the "من" of asking
        asked = k - 1 if "slot.target-prep" in ev.rules and toks[k - 1].key == "من" else -1
        if t.end <= k < trig.start and not any(
            (x.prep or x.key in PREPOSITIONS or x.text in _SENTENCE_ENDS)
            and not any(a <= x.start_char < b for a, b in subject)
            for x in toks[t.end : asked if asked >= t.end else k + 1]
        ) and (asked < 0 or not toks[k].prep):
            return ev
        return None

    @staticmethod
    def _condemned(toks, trig, others) -> bool:
        """The act is what a verb of condemnation or welcome before it in its clause is about
        ("أدان مجلس الأمن الهجوم", "رحبت الجامعة بإعلان وقف إطلاق النار"): the one who
        condemns or welcomes it did not make it."""
        if trig.entry.pos == "verb" and toks[trig.start].has_conj:
            return False  # "أدان المجلس القصف وطالب": a verb joined to it shares its subject
        return _after_act(toks, trig, others, ("ACCUSE", "SUPPORT"), 8, _clause_break, pos="verb") or (
            # (or a concern voiced right before it: "أعربت الأمم المتحدة عن قلقها من اعتقال")
            _after_act(toks, trig, others, ("ACCUSE",), 2, _clause_break, pos="noun", mode="disapprove"))

    @staticmethod
    def _relative_antecedent(toks, sent, trig, phrases):
        """"الاتحاد الروسي، الذي أبدى دعمه": the antecedent of a relative clause is its agent
        (past "كان قد": "الجيش، الذي كان قد اعتقل القيادي")."""
        i = trig.start - 1
        if i - 2 > sent.start and toks[i].key == "قد" and toks[i - 1].key in _WAS:
            i -= 2
        if i <= sent.start or toks[i].key not in RELATIVE:
            return None
        j = i
        while j > sent.start and toks[j - 1].text in ("،", ","):
            j -= 1
        p = next((p for p in phrases if p.end == j and p.kind != "nisba"), None)
        # (past the antecedent's own adjectives and number: "المعارض البارز الذي اعتقله
        # عسكريون", "الشهداء الثلاثة الذين سقطوا")
        k = j
        while (p is None and k - 1 > sent.start and j - k < 2 and _definite(toks[k - 1])
               and (_adjective_like(toks[k - 1]) or numbers.parse_number(toks[k - 1].text) is not None) and not (
                   toks[k - 1].prep or toks[k - 1].has_conj or toks[k - 1].key in FUNCTION_WORDS)):
            k -= 1
            p = next((p for p in phrases if p.end == k and p.kind != "nisba" and _definite(toks[k - 1])), None)
        if p is None and j - 2 > sent.start:
            # (past the name after a title: "الصحفي أحمد منصور الذي اعتقل الشهر الماضي")
            k = next((k for k in range(j - 1, max(sent.start, j - 3) - 1, -1) if _name_word(toks[k])
                      and not _name_word(toks[k - 1]) and _definite(toks[k - 1])), None)
            if k is not None and all(not (t.is_punct or t.prefix or t.key in FUNCTION_WORDS) for t in toks[k:j]):
                p = next((p for p in phrases if p.end == k and p.kind in ("title", "generic")), None)
        return p

    def _reporter_before(self, toks, sent, trig, previous, phrases):
        """The speaker (see :meth:`_speaker`) whose "أن" clause holds every act before
        ``trig`` ("أعلنت منظمة أطباء بلا حدود أن ... قتلوا في غارة ..."), else None."""
        first = min((t for _, t in previous), key=lambda t: t.start)
        c = next((k for k in range(first.start - 1, max(sent.start, first.start - 20) - 1, -1)
                  if toks[k].key in COMPLEMENTIZERS), None)
        if c is None or any(toks[k].key in COMPLEMENTIZERS for k in range(first.start, trig.start)):
            return None
        speaker = self._speaker(toks, sent, first, phrases)
        if speaker is None or speaker.end > c:
            return None
        # (a verb whose gender is not the reporting verb's has another subject: "أفاد مراسلنا
        # بأن قوات الاحتلال اقتحمت البلدة، وداهمت منازل")
        r = next((k for k in range(speaker.start - 1, sent.start - 1, -1) if toks[k].key in REPORTING), None)
        t = toks[trig.start]
        feminine = _feminine_verb(t, trig.entry)
        if r is not None and (feminine or _masculine_verb(t, trig.entry)) and feminine != toks[r].key.endswith("ت"):
            return None
        return speaker

    def _carry(self, toks, trig, previous, phrases, ctx):
        """The subject carried into a second verb ("وضعت الأمم المتحدة خطة ... وحثتهم") or
        into a purpose clause ("بحثت روسيا والولايات المتحدة ... لشن ضربات")."""
        t = toks[trig.start]
        # (or a noun right after its joined light verb: "أعلنت الحكومة حالة الطوارئ وفرضت حظر
        # تجول")
        # (or by "ثم" or "كما": "قتل مسلحون سائقا ثم أحرقوا سيارته", "، كما دمرت عشرات المنازل")
        # (or a verb that opens a noun trigger's words: "هاجمت حشود السفارة وأضرمت النار فيها")
        joined = ((t.has_conj or trig.start > 0 and toks[trig.start - 1].key in _THEN_OR_ALSO
                   and not toks[trig.start - 1].prefix) and (
            trig.entry.pos == "verb" or t.key in _SET_ON_FIRE)) or (
            trig.entry.pos == "noun" and trig.start in ctx.support_ends and toks[trig.start - 1].has_conj)
        if not joined and not self._is_purpose(toks, trig, ctx):
            return None
        if trig.start > 0 and toks[trig.start - 1].key in PURPOSE:
            # "وكانت تركيا قد حركت آلياتها ... بزعم طرد": the agent of the main verb
            agents = [ev for ev, _ in previous if ev.actors]
            return agents[-1].actors if agents else None
        # (not from people named as their own act: "لتفريق آلاف المحتجين ..، ومنعتهم")
        # (nor from whom a call asks to act: "ودعا الحوثيين إلى وقف ...، معلنا أنه سيتوجه
        # إلى مسقط لإجراء مشاورات")
        # (nor from their acts told after them: "لتفريق مئات المتظاهرين الذين خرجوا إلى الشارع،
        # واعتقلت عددا منهم")
        named = {a.span for ev, _ in previous if "slot.self" in ev.rules for a in ev.actors}
        # (but protesters who are a verb's own subject go on: "هاجم متظاهرون مركزا للشرطة
        # وأحرقوه")
        clauses = [(ev, t) for ev, t in previous if "slot.self" not in ev.rules and "slot.addressee" not in ev.rules
                   and not (ev.actors and all(a.span in named for a in ev.actors)
                            and not (t.entry.pos == "verb" and "slot.vso" in ev.rules))]
        if not clauses:
            return None
        # (a verb joined by "و" shares the subject of the verb before, or of a light verb, not
        # of a noun between: "أدانت باكستان القصف الهندي ..، واستدعت دبلوماسيا"; "وأطلقت
        # الشرطة الغاز ... واعتقلت")
        verbs = [(ev, v) for ev, v in clauses
                 if v.entry.pos == "verb" or "slot.support" in ev.rules] if joined else []
        prev_ev, prev_trig = (verbs or clauses)[-1]
        if prev_ev.type in _SYMMETRIC and prev_ev.targets and self._is_purpose(toks, trig, ctx) and not (
                # (the host of a visit is no side of talks the visitor holds with others named
                # after them: "وصل وفد إلى القاهرة لبحث التهدئة مع المسؤولين المصريين")
                prev_ev.mode == "visit" and any(
                    x.key in WITH_PREPS for x in toks[trig.end : min(len(toks), trig.end + 4)])):
            return (*prev_ev.actors, *prev_ev.targets)
        if joined and trig.entry.pos == "verb" and "slot.repelled" in prev_ev.rules and prev_ev.targets:
            # "صد الجيش هجوما للمتمردين وكبدهم خسائر": who repelled the attack goes on
            return prev_ev.targets
        return prev_ev.actors or None

    def _discussed(self, toks, trig, previous):
        """Talks about an action make it possible (and its actors the sides of the talks):
        "موسكو وواشنطن تبحثان عملية مشتركة", "بحثت ... إمكانية تنفيذ عملية مشتركة"."""
        if trig.entry.pos != "noun" or not previous:
            return None
        found = [
            (ev, t) for ev, t in previous
            if ev.type == "CONSULT" and (t.entry.pos == "verb" or ev.cameo == _MEDIATE)
            and ev.modality == Modality.ASSERTED
        ]
        if not found:
            return None
        prev_ev, prev_trig = found[-1]
        last, last_trig = previous[-1]
        if "mod.discussed" in last.rules and last_trig.end <= trig.start:
            # "بحث المبعوث ... عددا من القضايا، أبرزها: وقف إطلاق النار، وفتح مطار صنعاء،
            # واستئناف الحوار": an act joined to one the talks discuss (or the noun before
            # it joined: "واستئناف") is discussed too, talks among them (not a definite noun,
            # which opens a clause of its own: "، والغارات الإسرائيلية متواصلة"), past the
            # words of the act before, to a comma
            comma = next((k for k in range(trig.start - 1, last_trig.end - 1, -1) if toks[k].is_punct), None)
            tail = toks[last_trig.end if comma is None else comma + 1 : trig.start]
            joined = tail[0] if len(tail) == 1 else toks[trig.start] if not tail else None
            if (comma is None or comma - last_trig.end <= 3 and not any(
                    t.key in COMPLEMENTIZERS or t.key in REPORTING for t in toks[last_trig.end : comma])) and (
                    joined is not None and joined.has_conj and not joined.prep and not _definite(joined)):
                return prev_ev
        if trig.entry.type == "CONSULT":
            return None
        if any(t is not prev_trig and t.entry.type != "CONSULT" and prev_trig.end <= t.start < trig.start
               for _, t in previous):
            return None
        if trig.start - prev_trig.end > 14:
            return None
        if any(t.key in COMPLEMENTIZERS or t.key in REPORTING for t in toks[prev_trig.end : trig.start]):
            return None
        if _word_before(toks, prev_trig.start - 3, prev_trig.start, _CONSEQUENCES, 3):
            return None  # "أسفرت وساطة قطرية عن الإفراج": what talks brought about is done
        return prev_ev

    @staticmethod
    def _is_purpose(toks, trig, ctx) -> bool:
        """The trigger heads a purpose clause: "لشن ضربات", "ليتم تسليمها", "بهدف", "من أجل",
        "لإيصال المساعدات" (aid to be brought)."""
        i = trig.start
        t = toks[i]
        if t.has_li and (trig.entry.pos == "verb" or (trig.entry.type == "AID" and trig.end - trig.start > 1)
                         or t.key == _REACHING):  # ("جهود للتوصل إلى اتفاق": one not yet reached)
            return True
        prev = toks[i - 1] if i > 0 else None
        if prev is None:
            return False
        # (not a definite noun right before a bare one, which it does not govern: "خلية تابعة
        # للتنظيم عبوة" is the organization's, "للقيام بعملية" a purpose)
        return prev.key in PURPOSE or (prev.has_li and i in ctx.support_ends and not (_definite(prev) and not t.prep))

    def _pronoun_role(self, toks, sent, trig, phrases=()) -> str | None:
        """Whether a pronoun on the trigger names its "target" or its "actor", or None.

        On a verb ("حثّتهم") or after the trigger ("القضاء عليهم", "أفرجت عنهم") it is the
        object; on the verbal noun of an act done to someone ("محاصرتهم") the patient,
        unless the noun's object follows it ("اقتحامها بلدة بيتا": the agent); on other
        verbal nouns ("مشاوراتهم", "إصرارها") the agent.
        """
        for i in (trig.end - 1, trig.end):
            if i < sent.end and toks[i].norm.lstrip("وف") in _OBJECT_PRONOUNS:
                return "target"
        if _detached_object(toks, sent, trig) is not None:
            return "target"  # "متهمة إياه", "محملة إياها المسؤولية": whom the pronoun names
        if trig.entry.pos == "verb" and trig.entry.type in ("COERCE", "ASSAULT"):
            # "واعتقلت عددا منهم", "اعتقلت السلطات العشرات منهم": some of those told before
            for i in range(trig.end + 1, min(sent.end, trig.end + 6)):
                if toks[i].is_punct:
                    break
                if toks[i].norm in _OF_THEM and not toks[i - 1].is_punct and self._only_quantities((toks[i - 1],)):
                    return "target"
        first = toks[trig.start]
        # (a bare "ه" is "his" only past the word's own key, "اختطافه" but not "مداهمه", and
        # on an act done to a man: "بعد اعتقاله", not "سيواصل عملياته")
        if not (len(first.norm) > 4 and first.norm.endswith(("هم", "هن", "هما", "ها"))) and not (
                trig.entry.pos == "noun" and trig.end - trig.start == 1 and _has_object_suffix(first)
                and (_patient_genitive(toks, trig) or _by_whom_at(toks, sent, trig.end))):
            return None
        if trig.entry.pos == "verb":
            # (a verb whose object needs a preposition takes no object pronoun: "سيطرتها على"
            # is the verbal noun, the pronoun its agent)
            # (but "ودعاهم إلى": a pronoun right on a masculine verb is its own object; on
            # "ت" it may be the noun's: "سيطرتها على")
            first = toks[trig.start]
            own_object = _has_object_suffix(first) and not first.key.endswith("ت")
            if trig.end - trig.start > 1:
                return "actor" if toks[trig.end - 1].key in PREPOSITIONS and not own_object else "target"
            # "أعلنت الجبهة رفضها للمجلس العسكري": the word with a pronoun, then its object
            # with "لـ", is the verbal noun (the verb takes no "لـ"): the pronoun is its agent
            return "actor" if (own_object and trig.end < sent.end and toks[trig.end].has_li
                               and not _imperfect(first)) else "target"
        if trig.entry.type == "ASSAULT" and first.key in _ATTACKS_OF:
            return "actor"  # "صعدت هجماتها": an attack's noun, no verb's, is its maker's
        if first.key in _ARMING:
            return "target"  # "وتزويدهم بالذخيرة": who is supplied
        if trig.entry.mode == "withdraw" and first.key.startswith(_WITHDRAWAL):
            return "actor"  # "أنهت انسحابها": one withdraws oneself (but "سحبها قواتها")
        if trig.entry.mode == "disarm" and trig.entry.pos == "noun":
            return "actor"  # "سلموا أسلحتهم": the weapons are their holders', who hand them in
        if trig.entry.type in _PATIENT_TYPES:
            nxt = toks[trig.end] if trig.end < sent.end else None
            if nxt is not None and not nxt.prep and not nxt.has_conj and (
                nxt.key in PLACE_NOUNS or any(p.start == trig.end and p.kind != "nisba" for p in phrases)
            ):
                return "actor"
            return "target"
        return "actor"

    @staticmethod
    def _antecedent(toks, sent, trig, phrases, exclude=None, states=False):
        # (``states``: a state may be what the pronoun names, "حمّل حزب الله إسرائيل
        # المسؤولية، متوعدا إياها")
        unlike = ("nisba",) if states else ("nisba", "country", "capital")
        for p in reversed(phrases):
            if (p.end <= trig.start and p.start >= sent.start and p is not exclude
                    and p.kind not in unlike and not toks[p.start].prep
                    and not all(c[2].inanimate for c in p.conjuncts)):
                return p  # a pronoun of people: "أطلقت سراحهم" is not the station
        return None

    def _pronoun_target(self, toks, sent, trig, phrases, actor):
        """An object pronoun refers back to the latest actor phrase: "ستتم محاصرتهم" /
        "القضاء عليهم" -> "المسلحين"."""
        if self._pronoun_role(toks, sent, trig, phrases) != "target":
            return None, None
        if any(toks[i].norm in _OF_THEM for i in range(trig.end, min(sent.end, trig.end + 6))):
            # "عددا منهم": some of the people told before (not a body, nor the state's forces
            # that act: "أطلقت قوات الأمن الغاز ... واعتقلت عددا منهم")
            p = next((p for p in reversed(phrases) if sent.start <= p.start and p.end <= trig.start
                      and p is not actor and p.kind in ("people", "generic") and not toks[p.start].prep
                      and all(c[4] in _PEOPLE_SECTORS and not c[2].inanimate for c in p.conjuncts)), None)
        elif (detached := _detached_object(toks, sent, trig)) is not None:
            # (not what a body was declared to be: "أعلنت الحكومة الحركة منظمة إرهابية، محملة
            # إياها")
            p = self._antecedent(toks, sent, trig, [q for q in phrases if not any(
                sent.start <= k and k + 1 < sent.end and toks[k].key in _DESIGNATED_AS
                and not _definite(toks[k]) and not _definite(toks[k + 1]) for k in (q.start - 1, q.start))], actor,
                states=detached == _HER_DETACHED)
        elif any(i < sent.end and (toks[i].norm.lstrip("وف") in _HIS or toks[i].norm.endswith("هم"))
                 for i in (trig.end - 1, trig.end)):
            # "أفرجت عنه", "ألقت القبض عليه": one man, not a body named in the feminine or a
            # feminine plural ("وألقت الشرطة القبض عليه": not the police); nor are "them"
            # ("أفرجت جماعة مسلحة عن 50 طالبا اختطفتهم")
            p = self._antecedent(toks, sent, trig, [q for q in phrases if not _feminine_word(toks[q.start])], actor)
        elif (last := toks[trig.end - 1]).suffixed and last.norm.endswith("ه") and not last.key.endswith("ه"):
            # "طعن رجل ثلاثة أشخاص قبل اعتقاله": "his" is one man, not a count of people nor a
            # body named in the feminine
            p = self._antecedent(toks, sent, trig, [q for q in phrases if not _feminine_word(toks[q.start])
                                                    and not self._counted(toks, sent, q)], actor)
        else:
            p = self._antecedent(toks, sent, trig, phrases, actor)
        return (p, "slot.pronoun") if p is not None else (None, None)

    @staticmethod
    def _patient_like(p) -> bool:
        """Civilians, property and sites are what an act is done to, not who does it (also a
        side's sites: "مواقع عسكرية باكستانية"); civilians the lexicon gives a country of their
        own are a side that acts: "هجمات المستوطنين"."""
        return p.kind == "people" or all(
            (c[4] in (None, "CVL", "JRN", "MED", "REF") or getattr(c[2], "inanimate", False))
            and c[2].kind == "generic" and not (c[4] == "CVL" and getattr(c[2], "country", None))
            for c in p.conjuncts
        )

    def _stormed(self, toks, sent, trig, phrases, actor, time_toks) -> _Phrase | None:
        """What a crowd burned or stormed: the object after the act's words when they end
        with the crowd ("أحرق محتجون غاضبون مقر الحزب الحاكم", "اقتحم المتظاهرون مبنى
        البلدية"), or the site the act's words end with ("قام المحتجون بحرق مقر الحزب")."""
        k = None
        if actor is not None and trig.start < actor.start and actor.end == trig.end:
            k = _past_times(actor.end, sent.end, time_toks)
            # (past one adjective of the crowd: "محتجون غاضبون")
            if (k < sent.end and not any(p.start == k for p in phrases) and toks[k].key.endswith(("ون", "ين"))
                    and not (toks[k].prefix or toks[k].is_punct or toks[k].key in FUNCTION_WORDS)
                    and _definite(toks[k]) == _definite(toks[actor.end - 1])):
                k += 1
        for p in phrases:
            if p is not actor and p.kind != "nisba" and (p.start == k or trig.start < p.start == trig.end - 1):
                if not (toks[p.start].prep or toks[p.start].has_conj) and self._patient_like(p):
                    return p
                break
        return None

    @staticmethod
    def _reports_deaths(toks, trig, support, phrases) -> bool:
        """Whether the subject of ``support`` only announces the dead of the act: "أعلنت
        السلطات مقتل 12 شخصا في انفجار" (who announces militants killed, "أعلن الجيش مقتل
        20 مسلحا في غارات", killed them)."""
        if support.entry.id != "sup.aalana":
            return False
        e = trig.entry
        if e.id in _CLASHES and trig.end < len(toks) and toks[trig.end].key in WITH_PREPS:
            # "أعلنت وزارة الداخلية مقتل 6 مسلحين في تبادل لإطلاق النار مع قوات الأمن": the
            # clash names its other side
            return any(t.key in DEATH_NOUNS for t in toks[support.end : trig.start])
        if e.voice != "passive" and not any(t.key in DEATH_NOUNS for t in toks[support.end : trig.start]):
            return False
        # (nor one who names the dead as its own: "أعلنت الحركة مقتل اثنين من مقاتليها")
        return e.mode == "explosives" or any(
            support.end < p.start < trig.start and toks[p.start].suffixed for p in phrases) or not any(
            c[4] == "REB" for p in phrases if support.end <= p.start < trig.end + 3 for c in p.conjuncts)

    @staticmethod
    def _undertaker(toks, sent, trig, phrases):
        """Who undertook or managed the act of a verbal noun: "أقدم مسلحون على اختطاف رئيس
        بلدية", "تمكنت القوات من تحرير الرهائن" (what follows the noun is then its object)."""
        k = trig.start - 1
        if not (k > sent.start and toks[k].key in _UNDERTOOK_TO and trig.entry.pos == "noun"):
            return None
        v = _undertaking_verb(toks, sent.start, k)
        if v is None:
            return None
        return next((p for p in phrases if v < p.start and p.end <= k and p.kind != "nisba"), None)

    def _agent_marker(self, toks, sent, trig, phrases, time_toks, others=()):
        """Actor introduced by "من قبل", "على يد", "برصاص" or "من" after the trigger (not the
        place one withdraws from: "الانسحاب من صنعاء"), before another act of ``others`` ("أعلن
        حالة الطوارئ بعد مقتل 52 متظاهرا برصاص مسلحين": the gunmen are the killing's)."""
        leaves = trig.entry.mode == "withdraw"
        i, stop = trig.end - 1, min(sent.end, trig.end + 10)
        if trig.end - trig.start > 1 and toks[i].key in AGENT_MARKERS:
            i -= 1  # "سقطوا برصاص الاحتلال": the marker is the trigger's last word
        # (protesters named as the act's object are no act between: "اعتقل عشرات المحتجين
        # من قبل الشرطة")
        starts = {o.start for o in others if o.start >= trig.end and not (
            o.entry.type == "PROTEST" and trig.entry.type != "PROTEST" and o.entry.pos == "noun")}
        while i + 1 < stop:
            i += 1
            t = toks[i]
            if i in starts:
                break
            if t.key in _AFTER_OR_BECAUSE and i + 1 < sent.end and toks[i + 1].key in _KILL_OR_INJURY:
                break  # "اندلعت مواجهات بعد مقتل شاب برصاص الشرطة": who shot the one whose death it followed
            if t.key in _DESPITE:
                break  # "التزامها بالهدنة رغم الخروقات من جانب الحوثيين": the breaches are theirs
            if t.key in TERRITORY and t.prep == "ل":
                break  # "عملية لاستعادة الولاية من قوات الدعم السريع": whom it is taken from
            if (t.text in ("،", ",") and i + 1 < sent.end and toks[i + 1].key in _SOME_OF_THEM
                    and trig.end - trig.start == 1 and toks[trig.start].key in KILL_WORDS):
                # past the ones among the killed: "قتل 114 شخصا، بينهم أطفال، أمس برصاص
                # قوات الأمن"
                close = next((k for k in range(i + 2, min(sent.end, i + 8)) if toks[k].text in ("،", ",")), None)
                if close is not None:
                    stop = min(sent.end, stop + close - i + 2)
                    i = close
                    continue
            # "من جانب الشرطة" is by the police ("من جانبها" is for its part)
            side = i + 1 < sent.end and toks[i + 1].key == "جانب" and toks[i + 1].norm == "جانب"
            plain_min = t.key == "من" and not (i + 1 < sent.end and toks[i + 1].key == "قبل") and not side
            if plain_min and leaves:
                continue
            if plain_min and trig.entry.type != "ASSAULT" and any(toks[k].key in TARGET_PREPS for k in range(trig.end, i)):
                # "حظرا على واردات النفط من روسيا": whence what is banned comes (but "قصف على
                # البلدة من قوات النظام" is by them)
                continue
            if plain_min and (any(q.end == i for q in phrases) or (
                    i > sent.start and not toks[i - 1].is_punct and self._only_quantities((toks[i - 1],)))):
                continue  # "مقتل عنصر من عناصر الحشد", "القبض على 23 من عناصر": a part of a whole
            if plain_min and i > sent.start and toks[i - 1].key in _NO_AGENT_BEFORE:
                # "المدعومين من روسيا", "بدعم من", "بطلب من", "بوساطة من", "مقربة من
                # الكرملين": no agent
                continue
            if plain_min and i > sent.start and toks[i - 1].key in _WHENCE:
                continue  # "اعتراض صاروخ أطلق من اليمن", "مسيرة قادمة من سوريا": whence it came
            if t.key in _ASCRIBED and i + 1 < sent.end and (toks[i + 1].key == "الي" or toks[i + 1].has_li):
                # "في هجوم نسب إلى جهاديين", "الهجوم المنسوب لتنظيم الدولة": who it is
                # ascribed to made it
                nxt = i + 1 if toks[i + 1].has_li else i + 2
                p = next((p for p in phrases if p.start == nxt and p.kind != "nisba"), None)
                if p is not None:
                    return p
            if t.key in _FIRE_OF and trig.entry.type == "PROTEST":
                return None  # "قتلى خلال احتجاجات برصاص قوات الأمن": the fire is the killing's
            if t.key in ("يد", "ايدي") and i > sent.start and toks[i - 1].key == "من":
                return None  # "تحرير 20 رهينة من أيدي الخاطفين": whose hands they were freed from
            if t.key in AGENT_MARKERS or t.key == "من":
                nxt = i + 1
                if nxt < sent.end and (toks[nxt].key == "قبل" or side):
                    nxt += 1
                for p in phrases:
                    # (the fire's nisba is its shooters' state: "برصاص إسرائيلي")
                    if p.start == nxt and (p.kind != "nisba" or t.key in _FIRE_OF):
                        # a bare "من" introduces an agent only when it names an armed or
                        # state actor ("بمسيّرة من قوات الدعم السريع"), not victims
                        if plain_min and p.kind not in ("group", "force", "country", "capital", "org") and not (
                                # (or armed men: "تعرض المقر لإطلاق نار من مجهولين")
                                p.kind == "generic" and trig.entry.type == "ASSAULT"
                                and all(c[4] in _ARMED_SECTORS for c in p.conjuncts)
                                # (not some of them: "استهدفت الغارة حشدا من المسلحين")
                                and not (i > sent.start and (toks[i - 1].key in GROUP_OF or toks[i - 1].key in _GATHERINGS))):
                            return None
                        if plain_min and p.kind in ("country", "capital") and trig.entry.mode in ("heavy-weapons", "drone"):
                            return None  # "إطلاق صواريخ من لبنان": where they were fired from
                        return p
            if _closes_time(toks, i, time_toks):
                continue  # past a time and its comma: "أصيب 14 مواطنا اليوم، برصاص قوات الاحتلال"
            if t.text == "(":
                # past an aside in brackets: "استشهد الفتى محمد (15 عاما) برصاص الجيش"
                close = next((k for k in range(i + 1, min(sent.end, i + 6)) if toks[k].text == ")"), None)
                if close is not None:
                    stop = min(sent.end, stop + close - i + 1)
                    i = close
                    continue
            if t.is_punct:
                break
        return None

    def _repeller(self, toks, sent, trig, phrases, time_toks):
        """Who repels an attack is its target: "صدت القوات المشتركة هجوما للحوثيين",
        "القوات المشتركة صدت هجوما" (not who foils one: "أحبطت الشرطة محاولة لتفجير سيارة"
        at a market)."""
        for k in range(trig.start - 1, max(sent.start, trig.start - 6) - 1, -1):
            t = toks[k]
            if t.is_punct or t.key in COMPLEMENTIZERS or t.key in FOIL:
                return None
            if t.key in REPEL:
                p = self._phrase_after(phrases, k + 1, sent, max_gap=1, toks=toks, time_toks=time_toks)
                if p is not None and p.end <= trig.start:
                    return p
                p = self._phrase_before(phrases, k, sent, max_gap=1, toks=toks, time_toks=time_toks)
                if p is not None and not self._starts_with_prep(toks, p):
                    return p
                if k > sent.start and toks[k - 1].norm.lstrip("و") in _IT_IS:
                    # "أعلن الجيش أنه صد هجوما": who reports of itself that it repelled
                    return self._speaker_at(toks, sent, k - 1, phrases)
                return None
        return None

    def _survivor(self, toks, sent, trig, phrases, time_toks):
        """Who survives an attack was its target: "نجا رئيس الأركان من قصف للحوثيين"."""
        if trig.start - 1 <= sent.start or toks[trig.start - 1].key != "من":
            return None
        for k in range(trig.start - 2, max(sent.start, trig.start - 30) - 1, -1):
            t = toks[k]
            if t.key in SURVIVE:
                p = self._phrase_after(phrases, k + 1, sent, max_gap=1, toks=toks, time_toks=time_toks)
                return p if p is not None and p.end < trig.start else None
            if t.key in COMPLEMENTIZERS or t.key in REPORTING:
                return None
        return None

    @staticmethod
    def _starts_with_prep(toks, p) -> bool:
        return bool(toks[p.start].prep)

    @staticmethod
    def _between(toks, sent, trig, phrases, others=(), answered=None):
        """"بين X و Y" shortly after the trigger: the two sides of a clash or of talks
        ("المواجهات بين وحدات من القوات المشتركة وميليشيا الحوثي"), also past a place or a
        time in the same clause ("الاشتباكات في حي الشيخ مقصود بين القوات الكردية و..."); or
        the two joined right after a clash's noun ("اشتباك القوات الأمنية والمتظاهرين").
        Not the sides of an act the trigger answers (``answered``: "هددت كوريا الشمالية
        باتخاذ إجراءات ردا على المناورات بين واشنطن وسيول")."""
        if trig.entry.id in _CLASHES and trig.end < sent.end and not toks[trig.end].prep:
            pair = next((p for p in phrases if p.start == trig.end and len(p.conjuncts) >= 2
                         and p.kind not in ("nisba", "pronoun")), None)
            if pair is not None:
                return pair
        # (a mediation's sides may follow the act it brings about: "توسطت قطر ومصر في التوصل
        # إلى هدنة بين إسرائيل وحماس")
        inside_other = set() if trig.entry.cameo == _MEDIATE else {i for o in others for i in range(o.start, o.end)}
        for i in range(trig.end, min(sent.end, trig.end + 10)):
            t = toks[i]
            if (t.is_punct and t.text not in _QUOTES and t.text not in ("،", ",")) or (
                t.key in COMPLEMENTIZERS or i in inside_other
            ):
                return None
            if t.key in BETWEEN and t.norm.endswith("بين"):
                if answered is not None and i in answered and trig.start not in answered:
                    return None
                if trig.entry.type in _SPEECH and any(u.prep for u in toks[trig.end : i]):
                    return None  # "رحبت الرياض بالاتفاق الموقع بين واشنطن وطالبان": the deal's sides
                if trig.entry.type != "ASSAULT" and i - 1 > trig.end and toks[i - 1].key in _STRAINS:
                    # "جلسة لمناقشة التوتر بين الهند وباكستان": the sides of the strain talked
                    # of, not of the talks
                    return None
                if any(toks[j].key in _ROADS or toks[j].key in _BORDER for j in range(max(trig.end, i - 2), i)) and not (
                        toks[i - 1].prep or toks[i - 1].has_conj) and any(
                        i < p.start <= i + 2 and all(c[2].kind in ("capital", "country") for c in p.conjuncts)
                        for p in phrases):
                    # "أغلقوا الطريق الدولي بين بغداد وعمان": the towns a road joins are no sides
                    # (the sides of a clash on it are: "اشتباكات على الطريق بين الجيش والمسلحين")
                    return None
                if i - 1 >= trig.end and toks[i - 1].key in _JOINING:
                    return None  # "جسرا يربط بين لبنان وسوريا": what a bridge joins are no sides
                # (past "ما يسمى": 'بين ما يسمى "قوة حماية طرابلس" و...', so-called)
                so_called = i + 2 < sent.end and toks[i + 1].norm == "ما" and toks[i + 2].key in _SO_CALLED
                k = i + 2 if so_called else i
                for p in phrases:
                    if k + 1 <= p.start <= k + 3 and (len(p.conjuncts) >= 2 or p.kind == "pronoun"):
                        # (past an opening quote: 'بين "قوة حماية طرابلس" و"اللواء السابع"')
                        if any(t.is_punct and t.text not in _QUOTES for t in toks[k + 1 : p.start]):
                            return None
                        # "بين الجيش وحلفائه من جهة والمتمردين من جهة أخرى": the first side
                        # is all the conjuncts before "من جهة"
                        n = next((n for n, c in enumerate(p.conjuncts) if n and _after_hands(toks, c[0])), None)
                        if n is not None:
                            return _Phrase(p.start, p.end, p.conjuncts, p.kind, n)
                        return (p.kind != "pronoun" and Assembler._sides_by_hands(toks, sent, p, phrases)) or p
                first = next((p for p in phrases if k + 1 <= p.start <= k + 3), None)
                if first is None or any(t.is_punct and t.text not in _QUOTES for t in toks[k + 1 : first.start]):
                    return None
                hands = Assembler._sides_by_hands(toks, sent, first, phrases)
                if hands is not None:
                    return hands
                # "بين فصائل درزية مسلحة وقوات تتبع الحكومة": the other side joined past
                # adjectives the lexicon does not list
                second = next((q for q in phrases if first.end < q.start <= first.end + 2 and toks[q.start].has_conj
                               and q.kind != "nisba"), None)
                if second is not None and not any(
                        x.is_punct or x.prefix or x.key in FUNCTION_WORDS for x in toks[first.end : second.start]):
                    return _Phrase(first.start, second.end, [*first.conjuncts, *second.conjuncts], first.kind,
                                   len(first.conjuncts))
                k = first.end
                unit = _name_end(toks, sent, k + 1, phrases) if second is None and k + 1 < sent.end and (
                    toks[k].has_conj and not toks[k].prep and toks[k].key in _UNIT_HEADS) else k + 1
                if unit > k + 1:
                    # "بين جهاز الردع وكتيبة النواصي": the other side an armed unit no lexicon names
                    return _Phrase(first.start, unit, [*first.conjuncts, (first.end, unit, _UNLISTED_UNIT, None, "REB")],
                                   first.kind, len(first.conjuncts))
                if trig.entry.type == "ASSAULT" and first.kind == "generic" and len(first.conjuncts) == 1 and (
                        first.end >= sent.end or not toks[first.end].has_conj):
                    # "اشتباكات بين جماعات مسلحة": armed groups fighting one another
                    return _Phrase(first.start, first.end, first.conjuncts, first.kind, 1)
                return None
        return None

    @staticmethod
    def _sides_by_hands(toks, sent, first, phrases):
        """"بين X ... من جهة وY من جهة أخرى": the two sides told by "من جهة", the phrase
        ``first`` after "بين" and more words of its side between ("بين الجيش السوداني والقوة
        المشتركة للحركات المسلحة من جهة وقوات الدعم السريع"), as one phrase of the two;
        else None."""
        for k in range(first.end, min(sent.end - 2, first.end + 8)):
            if toks[k].is_punct and toks[k].text not in ("،", ","):
                return None
            if _after_hands(toks, k + 2):
                # (the second side may be joined to the words before "من جهة" as a conjunct)
                rest = next((q.conjuncts[n:] for q in phrases for n, c in enumerate(q.conjuncts)
                             if k + 2 <= c[0] <= k + 3 and toks[c[0]].has_conj), None)
                if rest is None:
                    return None
                return _Phrase(first.start, rest[-1][1], [*first.conjuncts, *rest], first.kind, len(first.conjuncts))
        return None

    def _target(self, toks, sent, trig, phrases, actor, support, others=(), time_toks=frozenset(), place_spans=(),
                suffers=None, answered=None):
        e = trig.entry
        if e.type == "COOPERATE" and toks[trig.start].key in _DRILLS:
            # "مناورات مع سفن روسية", "مناورات بمشاركة قوات كورية": who drills with the
            # subject, or takes part, is its partner (not a state over a border: "مناورات على
            # الحدود مع المغرب")
            for i in range(trig.end, min(sent.end - 1, trig.end + 6)):
                t = toks[i]
                if t.is_punct or t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS:
                    break
                if (t.key in WITH_PREPS or t.key in _PARTAKING and t.prep == "ب") and not _over_border(toks, sent, i + 1):
                    k = i + 1 if t.key in WITH_PREPS else i + 1 + (i + 1 < sent.end and toks[i + 1].key == "من")
                    p = next((p for p in phrases if p.start == k and p.kind != "nisba"), None)
                    if p is not None:
                        return p, "slot.partner"
        if e.id == _EXTRADITION and toks[trig.start].key not in _RECEIVING:
            # "سلمت السلطات التركية مطلوبا عراقيا إلى بغداد": the state the wanted are handed
            # to is the other side
            p = next((p for p in phrases if trig.end < p.start <= trig.end + 8 and p is not actor and p.kind != "nisba"
                      and _for_whom(toks, p, trig.end, to=_TO) is not None), None)
            if p is not None:
                return p, "slot.handed-to"
        # "بدعم من الطيران الروسي", "بمشاركة قوات فرنسية": a backer, never the target; nor
        # an adverb ("هددت بالتدخل عسكريا")
        cached = self._target_phrases
        given = phrases
        if cached[0] is phrases and cached[1] is toks:
            phrases, perpetrators = cached[2], cached[3]  # (the same for every act of the sentence)
        else:
            # (nor members named of the phrase before: "دخلت مجموعات مسلحة بينها هيئة تحرير
            # الشام ... مدينة حلب")
            kept = [p for p in phrases if not _backed(toks, sent, p) and not _adverb(toks, sent, p, phrases)
                    and not (p.start > sent.start and toks[p.start - 1].norm.lstrip("و") in _AMONG_THEM)
                    # (nor what the attackers ride: "مسلحون يستقلون سيارة")
                    and not (p.start > sent.start and toks[p.start - 1].key in _RIDES)
                    # (nor whose name an act is done in: "لهجوم باسم تنظيم داعش")
                    and not (p.start > sent.start and toks[p.start - 1].key in _IN_NAME_OF)
                    # (nor a capital whose countryside is where: "غارة على ريف دمشق")
                    and not (p.kind == "capital" and p.start > sent.start and not toks[p.start].prep
                             and toks[p.start - 1].key in _AROUND)]
            # those who did an act a pronoun names ("منفذيه")
            perpetrators = [p for p in kept if p.conjuncts[0][2].id == _PERPETRATORS
                            and toks[p.start].norm.endswith(("يه", "يها"))]
            self._target_phrases = (phrases, toks, kept, perpetrators)
            phrases = kept
        if toks[trig.start].key in REPEL and trig.end - trig.start == 1:
            # "التصدي لمسيرات إيرانية": what "لـ" brings in after repelling is repelled
            p = next((p for p in phrases if p.start == trig.end and toks[p.start].prep == "ل"
                      and p.kind != "nisba"), None)
            if p is not None:
                return p, "slot.repelled-side"
        if e.mode in ("arrest", "convict"):
            # "اعتقلت الشرطة منفذي الهجوم على الكنيسة": those who did the act (right after
            # the act, or its subject after it) are the arrested, not what their act struck
            k = actor.end if actor is not None and actor.start >= trig.end else trig.end
            p = next((p for p in phrases if p.start == k and p.conjuncts[0][2].id == _PERPETRATORS
                      and not toks[p.start].prep and not toks[p.start].has_conj), None)
            if p is not None:
                return p, "slot.object"
        if (e.type == "ACCUSE" and e.mode == "allege" and e.pos == "noun" and trig.end < sent.end
                and (toks[trig.end].prep == "ب" or toks[trig.end].norm.startswith("بال"))):
            # "وجهت النيابة اتهامات بالفساد لوزير سابق": past the charge, whom it is against
            # (not past an act charged: "الاتهامات بقصف مستشفى للأطفال" is a children's one)
            p = next((p for p in phrases if trig.end < p.start <= trig.end + 6 and toks[p.start].has_li
                      and p.kind != "nisba" and p is not actor), None)
            if p is not None and not any(x.is_punct or _clause_break(x) or x.key in COMPLEMENTIZERS
                                         for x in toks[trig.end : p.start]) and not any(
                    trig.end <= o.start < p.start for o in others):
                return p, "slot.object"
        if e.mode == "expel" and e.pos == "noun" and trig.end - trig.start > 1:
            # "طرد البعثة الدبلوماسية الإيرانية": the expelled, named in the act's words, are
            # of the state their adjective names
            p = next((p for p in phrases if p.kind == "nisba" and trig.end <= p.start <= trig.end + 1
                      and p.conjuncts[0][3] is not None and p is not actor), None)
            if p is not None and all(_definite(t) == _definite(toks[trig.end - 1]) and not t.prefix
                                     for t in toks[trig.end : p.end]):
                return p, "slot.object"
        if e.names_object and e.needs_support and e.pos == "noun" and e.type == "COERCE":
            # "اعترضت البحرية شحنة أسلحة إيرانية": the thing the support verb acts on is whose
            # its adjective names
            p = next((p for p in phrases if p.kind == "nisba" and p.start == trig.end
                      and p.conjuncts[0][3] is not None and p is not actor), None)
            if p is not None:
                return p, "slot.object"
        if perpetrators and e.type == "ASSAULT" and e.pos == "noun":
            # "أدانت الحكومة التفجير وتعهدت بتقديم منفذيه إلى العدالة": they are not what the
            # act struck
            phrases = [p for p in phrases if not (p.start >= trig.end and p in perpetrators)]
        if e.warning:
            # whom a warning warns stands before the "من" of what it warns against: "حذرت
            # واشنطن طهران من"; "حذر من أن الجيش سيضرب" names no one warned
            of = _warned_of(toks, sent, trig, given)
            phrases = [p for p in phrases if of is None or p.start < of]
            if e.pos == "noun" and of is not None:
                p = _warned_whom(toks, trig, of, phrases)
                if p is not None:
                    return p, "slot.target-prep"  # "وجه تحذيرا إلى إيران من": whom it is addressed to
        if e.mode == "destroy" and e.pos == "noun" and trig.end < sent.end and not toks[trig.end].prep:
            # "تدمير منصة صواريخ لحركة حماس": whose the thing destroyed was
            p = next((p for p in phrases if trig.end < p.start <= trig.end + 2 and toks[p.start].has_li
                      and p.kind != "nisba"), None)
            if p is not None and not any(t.is_punct or t.prep or t.has_conj or t.key in FUNCTION_WORDS
                                         for t in toks[trig.end : p.start]):
                return p, "slot.possessor"
        if e.mode in ("destroy", "vandalize"):
            # "أضرم مستوطنون النار في منازل": what the fire was set in (past the subject)
            k = next((k for k in range(trig.start, min(sent.end - 2, trig.end + 4)) if toks[k].key in _FIRE
                      and toks[k + 1].key == "في" and not toks[k + 1].prep), None)
            p = next((p for p in phrases if k is not None and p.start == k + 2 and p.kind in ("generic", "org", "force")
                      and not any(t.is_punct for t in toks[trig.start : k])), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.type == "PROTEST" and e.mode in ("vandalize", "riot"):
            p = self._stormed(toks, sent, trig, phrases, actor, time_toks)
            if p is not None:
                return p, "slot.object"
        if e.pos == "noun" and toks[trig.start].key in SHOOT_DOWN and trig.end - trig.start > 1:
            # "إسقاط طائرة مسيرة تابعة للمسلحين": the craft the trigger names, with whose it was
            p = next((p for p in phrases if trig.start < p.start < trig.end < p.end and p.kind != "nisba"
                      and any(toks[k].key in AFFILIATION and not toks[k].prep for k in range(trig.end, p.end))), None)
            if p is not None:
                return p, "slot.possessor"
        if e.type == "SANCTION" and toks[trig.end - 1].key in _MEMBERSHIPS:
            # "تعليق عضوية السودان": whose membership is suspended
            p = next((p for p in phrases if p.start == trig.end and p.kind != "nisba" and not toks[p.start].prep), None)
            if p is not None:
                return p, "slot.object"
        if e.mode == "convict" and trig.start - 1 > sent.start:
            # "حكم على الناشطة بالسجن عشر سنوات": who is sentenced, after "على", before the
            # sentence
            p = next((p for p in given if p.end == trig.start and p.start - 1 > sent.start
                      and not toks[p.start].prep), None)
            if p is not None:
                j = p.start - 1
                while j > sent.start and toks[j].key != "علي" and self._only_quantities((toks[j],)):
                    j -= 1  # (past a count: "حكم على ثلاثة متهمين بالإعدام")
                if toks[j].key == "علي":
                    return p, "slot.target-prep"
        if toks[trig.end - 1].key == _ACCUSING and e.pos == "noun" and trig.end < sent.end:
            # "جددت الحكومة اتهام رواندا بدعم المتمردين": the one accused, before the charge
            p = next((p for p in given if p.start == trig.end and p.kind != "nisba" and not toks[p.start].prep
                      and p.end < sent.end and toks[p.end].prep == "ب"), None)
            if p is not None:
                return p, "slot.object"
        if e.type == "THREATEN":
            # "توعد بالرد على الغارات الأمريكية": whose act a threatened reprisal answers
            # (past the subject: "توعد زعيم جماعة الحوثي بالرد")
            k = next((k for k in range(trig.end, min(sent.end - 3, trig.end + 6))
                      if toks[k].key == "رد" and toks[k + 1].key == "علي"
                      and not any(t.is_punct for t in toks[trig.end : k])), None)
            # (past an act's second word: "بالرد على نشر صواريخ أمريكية"; not the dead's:
            # "الرد على مقتل جنود أمريكيين")
            p = next((p for p in given if k is not None and p.kind == "nisba" and (
                p.start == k + 3 or p.start == k + 4 and toks[k + 2].key not in DEATH_NOUNS
                and not (toks[k + 3].prep or toks[k + 3].has_conj or _punct(toks[k + 3])))
                      and not toks[p.start].prep and not toks[p.start].has_conj), None)
            if p is not None:
                return p, "slot.answered"
            if answered is not None and trig.start < answered.start:
                # "ردا على المناورات المشتركة بين واشنطن وسيول": the two whose act is answered
                k = next((k for k in answered if toks[k].key in BETWEEN and toks[k].norm.endswith("بين")), None)
                p = next((p for p in given if k is not None and p.start == k + 1 and len(p.conjuncts) >= 2
                          and p.kind not in ("nisba", "pronoun")), None)
                if p is not None:
                    return p, "slot.answered"
        if e.type in ("SANCTION", "COERCE") and toks[trig.start].key in _CLOSED:
            # "أغلقت تركيا مجالها الجوي أمام الطائرات الروسية", "أغلقت السلطات المعبر أمام
            # المسافرين": those a closure shuts out (not goods: "أمام شاحنات المساعدات")
            k = next((k for k in range(trig.end, min(sent.end - 1, trig.end + 6)) if toks[k].key == "امام"
                      and not toks[k].prefix and not any(_punct(t) for t in toks[trig.end : k])), None)
            p = None if k is None else next((p for p in phrases if p.start == k + 1 and p.kind != "nisba"
                                             and not all(c[2].inanimate and not c[3] for c in p.conjuncts)), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.type == "SANCTION":
            # "حظر على توريد الأسلحة إلى جنوب السودان", "أوقفت ألمانيا صادرات الأسلحة إلى
            # السعودية": the state the goods may not reach
            k = next((k for k in range(trig.end - 1, min(sent.end, trig.end + 4))
                      if toks[k].key in _SUPPLY and not any(t.is_punct for t in toks[trig.end : k])), None)
            p = _state_after_to(toks, phrases, k + 1, 4) if k is not None else None
            if p is not None and not any(t.is_punct for t in toks[trig.end : p.start]):
                return p, "slot.target-prep"
            # "حظرا على استيراد النفط الإيراني", "عقوبات على قطاع النفط الروسي": the state
            # whose goods or trade are hit, by their adjective
            on = next((k for k in range(trig.end - 1, min(sent.end, trig.end + 6)) if toks[k].key in TARGET_PREPS
                       and not any(t.is_punct for t in toks[trig.end : k])), None)
            p = next((p for p in phrases if on is not None and p.kind == "nisba" and p.conjuncts[0][3]
                      and on + 1 < p.start <= on + 4 and _definite(toks[p.start - 1]) and all(
                          not t.prep and not t.has_conj and not t.is_punct and not any(
                              q.start <= j < q.end for q in phrases) for j, t in enumerate(
                              toks[on + 1 : p.start], start=on + 1))), None)
            if p is not None:
                return p, "slot.goods"
        if (e.type == "CONSULT" and e.pos == "noun" and e.mode is None and (
                toks[trig.end - 1].suffixed or toks[trig.start].has_li and toks[trig.start].key == _MEETING)
                and trig.end < sent.end and not toks[trig.end].prep and not toks[trig.end].has_conj):
            # "خلال لقائه وزير الخارجية": whom he met, right after the meeting that is his (or
            # that he goes to: "استعداده للقاء الرئيس الروسي")
            p = next((p for p in phrases if p.start == trig.end and p.kind != "nisba" and p is not actor), None)
            if p is not None:
                return p, "slot.object"
        if e.pos == "noun" and actor is not None and actor.start == trig.end:
            # "استقبال العاهل الأردني لوزير الخارجية الأمريكي": whom the genitive receives
            # (invades, arrests: "غزو العراق للكويت")
            p = _li_after(toks, actor.end, [p for p in phrases if p.kind != "nisba"])
            if p is not None:
                return p, "slot.target-prep"
        if e.type == "ASSAULT" and trig.end < sent.end and toks[trig.end].has_li and _ambush_set(toks, sent, trig):
            # "نصبوا كمينا لدورية أمنية": whom an ambush is set for
            p = next((p for p in phrases if p.start == trig.end and p.kind != "nisba" and p is not actor), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.type == "REQUEST" and e.pos == "noun":
            # "وجهت دعوة لجماعة الحوثي", "دعوة السعودية لجماعة الحوثي": whom a call is
            # addressed to, right after it or after who calls
            k = actor.end if actor is not None and actor.start == trig.end else trig.end
            p = next((p for p in phrases if p.start == k and p.kind != "nisba" and p is not actor), None)
            if p is not None and toks[k].has_li:
                return p, "slot.target-prep"
        if (e.type == "ACCUSE" and e.pos == "noun" and actor is not None and actor.start == trig.end
                and actor.end < sent.end):
            # "اتهام نيروبي مسلحي الحركة بخطف سياح": the accused after the accuser, then what
            p = next((p for p in phrases if p.start == actor.end and p.kind != "nisba"), None)
            if (p is not None and not toks[p.start].prep and not toks[p.start].has_conj and p.end < sent.end
                    and toks[p.end].prep == "ب"):
                return p, "slot.object"
        if e.type == "ACCUSE" and e.pos == "noun" or e.type == "THREATEN" and toks[trig.end - 1].key.startswith(
                _THREAT_NOUN):
            # "وجه اتهامات لعناصر في الحركة بتحريض": the accused (past the accuser's adjective:
            # "اتهامات أمريكية لروسيا"; and past a count: "اتهامات لثلاثة ضباط")
            k = actor.end if actor is not None and actor.start == trig.end and actor.kind == "nisba" else trig.end
            while k < sent.end - 1 and toks[k].key in _SHARP and not toks[k].prefix:
                k += 1  # (past its adjective: "انتقادات حادة للحكومة", "اتهامات مباشرة لإيران")
            if k < sent.end and (toks[k].has_li or _li_count(toks[k])):
                at = k + 1 if _li_count(toks[k]) and not any(p.start == k for p in phrases) else k
                p = next((p for p in phrases if p.start == at and p.kind != "nisba" and p is not actor), None)
                if p is not None:
                    return p, "slot.object"
        if _demands(e) and _asked_of(toks, sent, trig):
            p = next((p for p in phrases if p.start == trig.end and p.kind != "nisba"), None)
            if p is not None:
                return p, "slot.target-prep"  # "أكد أنه طلب من الحكومة الإريترية سحب قواتها"
        if e.mode == "visit" and e.pos == "noun":
            # "خلال زيارته القاهرة", "زيارة الوزير إلى طهران", "زيارته لموسكو": the state visited
            k = actor.end if actor is not None and actor.start == trig.end else trig.end
            k0 = k
            while (k < min(sent.end, k0 + 2) and not toks[k].prep and not toks[k].has_conj and not toks[k].is_punct
                   and toks[k].key != "الي" and _definite(toks[k]) == _definite(toks[k0 - 1])
                   and not any(p.start == k for p in phrases)):
                k += 1  # (past its adjectives: "زيارة رسمية إلى")
            if k > k0 and (k >= sent.end or toks[k].key != "الي"):
                k = k0
            if k < sent.end and toks[k].key == "الي" and not toks[k].prefix:
                k += 1
            p = next((p for p in phrases if p.start == k and p.kind in ("country", "capital") and p is not actor
                      and toks[k].prep in ("", "ل")), None)
            if p is not None:
                return p, "slot.object"
        if e.type in _SYMMETRIC and actor is not None and actor.kind == "nisba" and actor.start >= trig.end:
            # "اجتماع عراقي أمريكي", "محادثات روسية تركية": the second side's adjective
            other = next((p for p in phrases if p.start == actor.end and p.kind == "nisba"), None)
            if other is not None and other.conjuncts[0][3] not in (None, actor.conjuncts[0][3]):
                return other, "slot.nisba"
        if e.type == "SANCTION" and e.mode == "withdraw":
            own = next((p for p in [p for p in phrases if trig.start < p.start <= trig.start + 7][:2]
                        if _own_envoy(toks, p.start, sent.end)
                        # (past a time between commas: "استدعت الجزائر، مساء أمس، سفيرها")
                        and not any((t.is_punct and t.text not in ("،", ",")) or t.has_conj
                                    for t in toks[trig.end : p.start])), None)
            if own is not None:
                # "استدعت الأردن سفيرها لدى إسرائيل", "سحبت سفيرها من بيروت": the envoy
                # recalled is the actor's own, the state he leaves is the target (named with
                # him in one phrase, or right after him)
                host = own if own.end - own.start > _own_envoy(toks, own.start, sent.end) else next(
                    (p for p in phrases if p.start == own.end + 1 and toks[own.end].key in _POSTED_IN), None)
                return host, "slot.host" if host is not None else None
            k = next((k for k in range(trig.start + 1, min(sent.end - 3, trig.start + 8))
                      if _own_envoy(toks, k, sent.end) == 2), None)
            if k is not None and toks[k + 2].key in _POSTED_IN:
                # "استدعى الأردن القائم بأعماله في بغداد": the chargé, named by his office
                host = next((p for p in phrases if p.start == k + 3), None)
                return host, "slot.host" if host is not None else None
        if e.type == "AID" and e.pos == "noun":
            # "تسلم الجيش اللبناني شحنة أسلحة", "تلقى الجيش مساعدات": who receives aid is
            # whom it is for
            k = next((k for k in range(trig.start - 1, max(sent.start, trig.start - 7) - 1, -1)
                      if toks[k].key in _RECEIVING), None)
            if k is not None and not any(t.is_punct for t in toks[k + 1 : trig.start]):
                p = next((p for p in phrases if k < p.start and p.end <= trig.start and p.kind != "nisba"
                          and not toks[p.start].prep), None)
                if p is not None:
                    return p, "slot.recipient"
        if e.type == "RETREAT" and e.mode == "disarm":
            # "استسلمت مجموعة للقوات الحكومية", "سلم المسلحون أسلحتهم إلى الجيش": whom they
            # surrender to
            p = _for_whom(toks, next((p for p in phrases if trig.end <= p.start <= trig.end + 6
                                      and p is not actor and p.kind != "nisba"), None), trig.end, to=_TO)
            if p is not None:
                return p, "slot.surrendered-to"
        if e.type == "AID" and toks[trig.end - 1].key in _REBUILDING:
            # "لإعادة إعمار ليبيا": the state rebuilt is whom the aid is for
            p = next((p for p in phrases if p.start == trig.end and p is not actor and p.kind != "nisba"
                      and not toks[p.start].prep), None)
            if p is not None:
                return p, "slot.beneficiary"
        if e.type in _BENEFICIARY_TYPES:
            # "دعمها الكامل للحكومة اليمنية", "مساعدات بقيمة 10 ملايين دولار لليمن", "قدمت
            # مساعدات لليمن": whom it is for; "سلمت الولايات المتحدة الجيش اللبناني شحنة
            # أسلحة": whom it is given
            # (past another thing given: "أرسلت أسلحة وذخائر إلى الجيش")
            past = trig.end + (e.type == "AID" and trig.end + 1 < sent.end and toks[trig.end].has_conj
                               and not toks[trig.end].prep and not any(p.start == trig.end for p in phrases))
            p = _for_whom(toks, next((p for p in phrases if past <= p.start <= past + 6 and p is not actor),
                                     None), past, to=_TO_WHOM if e.type == "AID" else frozenset(),
                         aid=e.type == "AID")
            if p is not None:
                return p, "slot.beneficiary"
            if actor is not None and actor.end < trig.start:
                p = next((p for p in phrases if p.start == actor.end and p.end == trig.start), None)
                if p is not None and not toks[p.start].prep and p.kind != "nisba":
                    return p, "slot.recipient"
        if e.type == "SANCTION":
            # "حظرا على توريد الأسلحة إلى جماعة الحوثي": whom arms are banned to (not the
            # flow a sanction is for: "عقوبات على إيران بسبب نقل طائرات مسيرة إلى روسيا")
            k = next((k for k in range(trig.end - 1, min(sent.end, trig.end + 4)) if toks[k].key in _ARMS_FLOW), None)
            if k is not None and not any(_punct(t) or t.key in _AFTER_OR_BECAUSE for t in toks[trig.end : k]):
                for j in range(k + 1, min(sent.end, k + 4)):
                    if _punct(toks[j]):
                        break
                    p = next((p for p in phrases if p.kind != "nisba" and (
                        (p.start == j + 1 and toks[j].key == "الي" and not toks[j].prefix)
                        or (p.start == j and toks[j].has_li))), None)
                    if p is not None:
                        return p, "slot.target-prep"
        if e.type == "SANCTION" and e.pos == "noun" and trig.end < sent.end and toks[trig.end].key in TARGET_PREPS:
            # "حظرا على واردات النفط والغاز من روسيا": the state whose goods are banned
            k = next((k for k in range(trig.end + 1, min(sent.end, trig.end + 10))
                      if toks[k].key == "من" or _punct(toks[k])), None)
            p = None if k is None or _punct(toks[k]) else next(
                (p for p in phrases if p.start == k + 1 and p.kind in ("country", "capital")), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.type == "THREATEN" and e.mode == "restrict" and e.pos == "verb":
            # "هددت واشنطن بقطع المساعدات عن مصر", "بوقف المساعدات لمصر": whom the aid to be
            # cut off is for
            p = _for_whom(toks, next((p for p in phrases if trig.end < p.start <= trig.end + 8 and p is not actor
                                      and p.kind != "nisba"), None), trig.end, to=_CUT_FROM)
            if p is not None:
                return p, "slot.beneficiary"
        if e.type == "SANCTION" and e.mode == "discontinue":
            # "تعليق المساعدات للسودان", "علقت واشنطن مساعداتها العسكرية لأوكرانيا", "أوقفت
            # المساعدات عن مصر", "تجميد تحويل الأموال إلى السلطة": whom the aid or funds cut
            # off were for
            start = actor.end if actor is not None and actor.start >= trig.end else trig.end
            p = _for_whom(toks, next((p for p in phrases if start <= p.start <= start + 5 and p is not actor
                                      and p.kind != "nisba"), None), start, to=_CUT_FROM | _TO)
            if p is not None:
                return p, "slot.beneficiary"
        if e.type == "SUPPORT" and toks[trig.end - 1].key in _BESIDE:
            p = next((p for p in phrases if p.start == trig.end and p is not actor), None)
            if p is not None:
                return p, "slot.beneficiary"  # "تقف إلى جانب الشعب الفلسطيني": whom one stands by
        if e.type == "SUPPORT" and e.pos == "noun" and trig.end - trig.start > 1 and toks[trig.end - 1].key in _BACKING:
            # "مواصلة دعم أوكرانيا": whom the backing names in its construct
            p = next((p for p in phrases if p.start == trig.end and p is not actor and p.kind != "nisba"
                      and not toks[p.start].prep), None)
            if p is not None:
                return p, "slot.beneficiary"
        if e.type == "SUPPORT" and e.pos == "noun":
            # "تضامنها الكامل مع مصر": whom one stands with
            k = next((k for k in range(trig.end - 1, min(sent.end, trig.end + 3)) if toks[k].key in WITH_PREPS
                      and all(not t.is_punct for t in toks[trig.end : k])), None)  # (maybe its last word)
            p = None if k is None else next((p for p in phrases if p.start == k + 1 and p is not actor), None)
            if p is not None:
                return p, "slot.beneficiary"
        if suffers is not None and suffers is not actor:  # (``suffers``: see :meth:`_sufferer`)
            return suffers, "slot.sufferer"
        if e.mode == "explosives" and trig.end < sent.end and toks[trig.end].prep == "ب":
            # "انفجرت عبوة ناسفة بدورية للجيش": what a blast goes off at is what it hits
            # ("تفجير سيارة مفخخة ببغداد": a capital after it is where it went off, and so is
            # a place named: "بمخيم جنين")
            p = next((p for p in phrases if p.start == trig.end and p.kind not in (
                "nisba", "country", "capital") and not any(a <= p.start < b for a, b in place_spans)), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.mode == "explosives":
            # "فجرت نفقا في قوة إسرائيلية", "فجر مسلحون عبوة ناسفة في دورية للجيش": the
            # force a charge is set off in is what it hits
            k = next((k for k in range(trig.end, min(sent.end - 1, trig.end + 3))
                      if toks[k].key == "في" and not toks[k].prefix), None)
            p = None if k is None or any(_punct(t) or t.prep for t in toks[trig.end : k]) else next(
                (p for p in phrases if p.start == k + 1 and p.kind not in ("nisba", "country", "capital")
                 and all(c[4] in _ARMED_SECTORS for c in p.conjuncts)), None)
            if p is not None:
                return p, "slot.target-prep"
        if e.names_object:
            # "طرد السفير الإسرائيلي", "استدعت دبلوماسيا هنديا": whom the act names in its own
            # words is the expelled or the summoned
            # (a noun a light verb takes is itself the object: "سلمت الحركة أربع رهائن")
            first = trig.start if e.needs_support else trig.start + 1
            inside = next((p for p in phrases if first <= p.start < trig.end and p.kind != "nisba"
                           and not toks[p.start].suffixed), None)  # ("استدعاء سفيرها": its own)
            owner = next((p for p in phrases if p.start == trig.end and toks[p.start].has_li
                          and p.kind != "nisba"), None) if e.needs_support and e.type == "ASSAULT" else None
            if owner is not None:
                return owner, "slot.object"  # "أسقط مسلحون مروحية للشرطة": the police's
            if inside is not None:
                return inside, "slot.object"
        # a phrase past a coordinated trigger is that trigger's: "بوقف الحرب وانسحاب القوات"
        nxt = min((
            o.start for o in others
            if o.start >= trig.end and toks[o.start].has_conj
            and (o.entry.type, o.entry.mode) != (e.type, e.mode)
        ), default=sent.end)
        phrases = [p for p in phrases if p.start < nxt or p.end <= trig.start]
        if toks[trig.start].key in TERRITORY:
            # "استعادت السيطرة على المطار من قوات حفتر": whom the ground is taken from; what
            # follows "على" is the ground
            for i in range(trig.end, min(sent.end, trig.end + 12)):
                t = toks[i]
                if (t.is_punct and t.text not in _QUOTES) or t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS:
                    break
                if t.key == "من":
                    p = next((p for p in phrases if p.start == i + 1 and p.kind != "nisba"), None)
                    if p is not None and not all(c[2].inanimate for c in p.conjuncts):
                        return p, "slot.taken-from"
                if t.key == "تحت" and i + 2 < sent.end and toks[i + 1].key in _HOLD_OF:
                    # "على بلدة كانت تحت سيطرة حركة الشباب": whose it was
                    p = next((p for p in phrases if p.start == i + 2 and p.kind != "nisba"), None)
                    if p is not None and not all(c[2].inanimate for c in p.conjuncts):
                        return p, "slot.taken-from"
        # preposition + phrase after the trigger (or after the actor), or after a trigger
        # that ends with its preposition ("القبض على")
        # (or after an actor the trigger's words begin: "قصف الطيران الحربي التابع للنظام مستشفى")
        start = max(trig.end, actor.end if actor is not None and (
            actor.start >= trig.end or e.type == "ASSAULT" and actor.start < trig.end < actor.end) else trig.end)
        if (actor is not None and actor.start >= trig.end and actor.kind != "nisba" and start < sent.end
                and toks[start].key in RELATIVE):
            # "هاجمت الجماعة التي يقودها الزرقاوي مواقع الجيش": the subject's relative clause
            # and whom it names are passed over
            inner = next((p for p in phrases if start + 1 < p.start <= start + 3), None)
            if inner is not None:
                start = inner.end
        elif (actor is not None and actor.start >= trig.end and start < sent.end and _has_object_suffix(toks[start])
                and toks[start - 1].norm in _BACKED_THINGS and toks[start].key in _BACKING_VERBS):
            # "هاجمت فصائل تدعمها تركيا مواقع لقوات سوريا الديمقراطية": the backer of the
            # subject, told in a clause after it, is passed over
            inner = next((p for p in phrases if p.start == start + 1), None)
            if inner is not None:
                start = inner.end
        if e.mode in _BLASTS:
            p = _blast_site(toks, sent, start, phrases, place_spans)
            if p is not None:
                return p, "slot.amid"
        guard = next((p for p in given if start + 2 == p.start and toks[start].key == "تحت"
                      and _backed(toks, sent, p)), None)
        if guard is not None:
            start = guard.end  # "هاجم مستوطنون تحت حماية قوات الاحتلال منازل": past the guards
        if e.type == "ASSAULT" and start < sent.end and (past := _past_weapon(toks, sent, start)) is not None:
            start = past  # "قصف الجيش التركي بالمدفعية مواقع للمسلحين": past what it was done with
        if (actor is not None and actor.start >= trig.end and start + 1 < sent.end and toks[start].key == "علي"
                and not toks[start].prep and toks[start + 1].key == _ON_BOARD):
            # "هاجم مسلحون على متن سيارة دورية للشرطة": past what the subject rides
            start = _past_manner(toks, sent.end, start)
        first = start - 1 if (toks[trig.end - 1].key in TARGET_PREPS or toks[trig.end - 1].key in WITH_PREPS) and (
            start == trig.end) else start
        alleging = e.type == "ACCUSE" and e.mode == "allege"
        if e.pos == "verb" and (alleging or e.type == "SUPPORT"):
            # "اتهمت المنظمة قوات الأمن باستخدام القوة المفرطة ضد المحتجين", "تدعم قطر الحكومة
            # الصومالية في حربها على حركة الشباب": the accused, or whom one backs, right after
            # the subject, not whom the charge's act or what the backing is given in is aimed at
            p = next((p for p in phrases if p.start == start and p is not actor and p.kind != "nisba"), None)
            if p is not None and not toks[p.start].prep and not toks[p.start].has_conj:
                return p, "slot.object"
        if e.pos == "verb" and alleging:
            # (past the subject's name the lexicon does not know, the accused right before the
            # charge: "اتهم حاكم إقليم دارفور مني أركو مناوي قوات الدعم السريع بارتكاب")
            p = next((p for p in phrases if start < p.start <= start + 8 and p is not actor and p.kind != "nisba"
                      and p.end < sent.end and toks[p.end].prep == "ب"), None)
            if p is not None and not toks[p.start].prep and not toks[p.start].has_conj and not any(
                    t.is_punct or t.prep or t.has_conj or t.key in PREPOSITIONS or t.key in COMPLEMENTIZERS
                    or t.key in REPORTING for t in toks[start : p.start]):
                return p, "slot.object"
        if e.type == "CONSULT":
            # "التقى رئيس الوزراء بالسفير الأمريكي", "اتصل الرئيس بنظيره": whom one meets
            met = next((p for p in phrases if p.start == start and p is not actor), None)
            if met is not None and toks[met.start].prep == "ب" and met.kind != "nisba" and not (
                    # "قمة طارئة بالرياض": a city after a meeting's noun is where it is held
                    e.pos == "noun" and met.kind in ("capital", "country")):
                return met, "slot.target-prep"
        if e.pos == "verb" and e.voice == "passive" and (start == trig.end or (
                actor is not None and actor.kind == "nisba" and actor.start > trig.end)):
            # "اغتيل قيادي في حركة حماس بغارة ... على سيارته": the passive verb's subject
            # right after it is whom the act befell, before what a preposition names (the
            # strike's adjective, "بغارة إسرائيلية", its actor, comes after them)
            p = _passive_subject(toks, trig, phrases, actor, 0)
            if p is not None:
                return p, "slot.passive"
        if e.type == "ACCUSE" and e.mode == "allege" and e.pos == "verb":
            # "وجهت النيابة تهمة القتل العمد إلى ضابط", "... لعشرين متهما": whom the charge is
            # brought against (not the body the charge is of joining: "تهمة الانضمام إلى جماعة")
            k = next((k for k in range(start, min(sent.end, start + 8))
                      if (toks[k].key == "الي" and not toks[k].prefix and k + 1 < sent.end
                          or toks[k].has_li and e.id == _CHARGES_BROUGHT)
                      and toks[k - 1].key not in _JOINING_A_BODY
                      and not any(_punct(t) for t in toks[start:k])), None)
            # ("إلى ثلاثة متهمين", "لعشرين متهما")
            j = k if k is None or toks[k].has_li else self._past_count(toks, sent, k + 1)
            if j is not None and j < sent.end and _li_count(toks[j]):
                j += 1
            p = next((p for p in phrases if p.start == j and p.kind != "nisba"), None)
            if p is not None:
                return p, "slot.target-prep"
        participles = {o.start for o in others if o.entry.participle}
        # (an accusation's target stops where the act it accuses of starts, or ends)
        act_ends = {o.end for o in others if o.start >= trig.end} if e.type == "ACCUSE" else ()
        act_starts = {o.start for o in others if o.start >= trig.end} if e.type == "ACCUSE" else ()
        # (a time between commas counts for none of the words: "أفرجت السلطات الأمنية في
        # السليمانية، مساء أمس الأربعاء، عن 23 ناشطا")
        aside = next((k for k in range(start, min(sent.end, start + 6)) if toks[k].text in ("،", ",")
                      and k + 1 in time_toks), None) if time_toks else None
        past = _past_time_aside(toks, sent, aside, time_toks) if aside is not None else None
        reach = start + 8 + (past - aside if past is not None else 0)
        # "اعتقلت القوات صحفية على حاجز قلنديا", "ثلاثة شبان على حاجز", "قتل شاب برصاص
        # الاحتلال على حاجز حوارة": the arrested, the abducted or the one a passive verb
        # befell, right after it or its subject (past a count), then where
        held_at = (trig.end if e.voice == "passive" else start) if e.pos == "verb" and (
            e.type == "COERCE" or e.mode == "abduct" or e.voice == "passive") else None
        if held_at is not None and not any(
                held_at <= p.start <= held_at + 2 and p is not actor and p.kind != "nisba" and not toks[p.start].prep
                and self._only_quantities(toks[held_at : p.start]) for p in phrases):
            held_at = None
        for i in range(first, min(sent.end, reach)):
            t = toks[i]
            if i >= trig.end and i in participles:
                break  # "عن الهجوم متوعدة بمزيد من العمليات ضد القوات": the participle's clause
            if t.text in ("،", ",") and i + 1 < sent.end and toks[i + 1].has_conj or _while_clause(toks, i):
                break  # "في هجوم للمتمردين، وشن الجيش غارات على مواقعهم": another clause's
            if i > trig.end and i in act_ends or i >= trig.end and i in act_starts:
                # "اتهم الحزب عناصر بالاعتداء على المتظاهرين", "نفت الاتهامات باستهداف
                # المدنيين": the act accused of's
                break
            if i > trig.end and t.key in _IN_EXCHANGE:
                break  # "أطلقت سراح أربع رهائن مقابل الإفراج عن أسرى": the other side's act
            if e.type == "CONSULT" and t.key in TARGET_PREPS and any(trig.end <= o.start < i for o in others):
                continue  # "اجتماعا لبحث الهجوم على قطر": whom the act talked of struck
            if i > trig.end and t.key in self._plotting:
                break  # "اعتقلت شخصا يخطط لهجوم على السفارة": the plotted act's
            if i >= trig.end and t.key in _AFTER_OR_BECAUSE and any(
                    o.start == i + 1 or (i + 1 < o.start <= i + 4 and toks[o.start - 1].key == "من"
                                         and not any(_punct(x) for x in toks[i + 1 : o.start]))
                    for o in others):
                # "أغلقت الحدود إثر هجوم على حرس الحدود": the act it follows is another's (past
                # how long after: "بعد ساعات من الهجوم على الكنيسة")
                break
            if i > start and e.type == "ACCUSE" and t.key in _BEFALLEN_BY:
                break  # "انتقدت المنظمة استخدام القوة ضد المتظاهرين": whom the act condemned befell
            if i > trig.end and e.type != "ACCUSE" and (
                    t.key in _CHARGED_OR_ALLEGED or t.key in _SUSPICION or t.key in _CAUSE_OF or any(
                    o.start == i and o.entry.type == "ACCUSE" for o in others)):
                # "اعتقلت ثلاثة بتهمة التخطيط لهجوم على كنيسة", "... ثلاثة أشخاص تتهمهم
                # بالتخطيط لهجوم على السفارة", "اعتقل شابا بزعم إلقائه الحجارة على الجنود":
                # the charged act's
                break
            if (i > start and (
                    e.type == "ASSAULT" and t.prep == "ب" and not any(p.start == i for p in phrases)
                    # (or the attack it was done in: "اغتالت إسرائيل القيادي في غارة على سيارته",
                    # or one held for: "اعتقلت الشرطة ثلاثة أشخاص في الهجوم على الكنيسة")
                    or t.key == "في" and i + 1 < sent.end and toks[i + 1].key in _ATTACKS_IN)
                    and any(start <= p.start and p.end <= i and p.kind != "nisba" and not toks[p.start].prep
                            for p in phrases)):
                break  # "اغتال الجيش قياديا بغارة على سيارة": the means' target, past the object
            if i < trig.end and t.key in TARGET_PREPS and t.suffixed:
                break  # "بعد استهدافها بزوارق مسيرة": the act's pronoun is its target, not the means
            if held_at is not None and i > held_at and t.key in TARGET_PREPS:
                break  # (the one held or befallen is named: what follows is where)
            if (i > start and t.key in TARGET_PREPS and e.pos == "verb" and any(
                    start < o.start <= i and _clause_on_object(toks, o) for o in others)):
                break  # "قتلت الشرطة مسلحا أطلق النار على المصلين": the clause's on its object
            if (i > start and t.key in TARGET_PREPS and e.pos == "verb"
                    and any(p.start == start and p is not actor and p.conjuncts[0][2].id == _PERPETRATORS
                            and p.end <= i for p in phrases)):
                break  # "قتلت قوات الأمن منفذ الهجوم على مقر الشركة": the attack's target, not the verb's
            if t.key in TARGET_PREPS or (t.key in WITH_PREPS and (
                e.type in _SYMMETRIC or (e.type == "SANCTION" and e.mode == "withdraw")  # "قطع علاقاته مع"
                or i == trig.end - 1  # "بالتنسيق مع الحلف": a trigger's own "مع"
            ) and not _over_border(toks, sent, i + 1)) or (t.key == "عن" and e.type == "RETREAT") or (  # "رفعت العقوبات عن السودان"
                # "شارك الجيش في مناورات إلى جانب القوات الأمريكية": the partner
                e.type == "COOPERATE" and _beside(toks, sent.start, i)) or (
                t.key == "من" and e.type == "CONSULT" and i == trig.end) or (  # "تلقى اتصالا هاتفيا من"
                # "حملة اعتقالات في صفوف قيادات الحركة": whose ranks the act struck
                e.type in ("COERCE", "ASSAULT") and i + 2 < sent.end and _in_ranks(toks, i)) or (
                t.key == "من" and e.type == "REQUEST" and e.pos == "verb" and (  # "طلبت من التحالف"
                    i == start or all(k in time_toks for k in range(start, i)))):  # "طلب امس من"
                for p in phrases:
                    if p.kind != "nisba" and p is not actor and (
                        p.start == i + 1 or (p.start > i + 1 and self._only_fillers(toks, i + 1, p.start))
                        # (past some of them: "أطلق النار على مجموعة من المارة")
                        or self._group_of(toks, i + 1, p.start)
                        or (p.start == i + 2 and toks[i + 1].key == _RANKS_OF)
                        # (and past their march: "أطلقت الشرطة قنابل الغاز على مسيرة للمعلمين")
                        or (e.mode == "crowd-control" and p.start == i + 2 and toks[i + 1].key in _MARCHES
                            and toks[p.start].has_li)
                        # (and past whose travel is banned: "فرضت حظرا على سفر عشرة مستوطنين")
                        or (e.type == "SANCTION" and i + 2 < sent.end and toks[i + 1].key in _BANNED_TRAVEL and (
                            p.start == i + 2 or (p.start > i + 2 and self._only_fillers(toks, i + 2, p.start))))
                    ):
                        return p, "slot.target-prep"
                    if (p.start == i + 2 and toks[i + 1].key in DIRECTIONS and p.kind in ("country", "capital")):
                        break  # "على جنوب لبنان" is a place
            if t.key in COMPLEMENTIZERS or t.key in ANSWERS:
                break  # "ردا على المجازر بحق المدنيين": what the act answers is another's
            if e.type == "REQUEST" and i >= trig.end and (t.key == "الي" or i > start and (
                    t.prep == "ب" or t.norm.startswith("بال"))):
                # "دعت المجتمع الدولي إلى الضغط على إسرائيل", "طالبت الوسطاء بالضغط على
                # إسرائيل": the act called for's
                break
        if (e.pos == "noun" and e.type not in _PATIENT_TYPES and actor is not None and actor.start == trig.end
                and actor.end < sent.end):
            # "بعد اتهام واشنطن بكين بالتجسس", "مطالبة واشنطن طهران بوقف التخصيب": the state
            # right after the verbal noun's subject is its object
            p = next((p for p in phrases if p.start == actor.end and p.kind in ("country", "capital")), None)
            if p is not None and not toks[p.start].prep and not toks[p.start].has_conj:
                return p, "slot.object"
        if e.pos == "noun" and toks[trig.end - 1].key in _ARMING:
            # "بتزويد قوات الدعم السريع بالأسلحة": who is supplied is the noun's genitive
            p = next((p for p in phrases if p.start == trig.end), None)
            if p is not None and p is not actor and p.kind != "nisba" and not toks[p.start].has_conj:
                return p, "slot.object"
        if e.pos == "noun" and e.type in _PATIENT_TYPES:
            # "استهداف التجمعات السكنية", "قصف الاحتلال منزلا", "اعتقال 40 فلسطينيا"
            for p in phrases:
                if p is actor or p.kind == "nisba" or p.start < trig.end and not (
                        # "تعليق عمل قناة الجزيرة": the outlet whose name the act's words begin
                        e.mode == "censor" and trig.start < p.start < trig.end < p.end):
                    continue
                if e.type == "ASSAULT" and p.end < sent.end and toks[p.end].key == _RIGGED:
                    continue  # "انفجار شاحنة مفخخة": the bomb, no target
                if p.start < start and p.end <= start and (actor is None or p.start >= actor.end):
                    continue  # (what was passed over: the weapon, "قصف الجيش بالمدفعية مواقع")
                if p.kind in ("capital", "country") and _shaken(toks, sent, trig):
                    break  # "هز انفجار ضخم العاصمة مقديشو": the city an act shook is where it was
                if (toks[p.start].has_li or p.start - 1 >= start and _li_count(toks[p.start - 1])) and (
                        self._patient_like(p) or e.mode in ("targeted", "abduct")) and (
                        p.start <= start + 2) and not any(t.is_punct or t.key in FUNCTION_WORDS
                                                          for t in toks[start : p.start] if not _li_count(t)):
                    # "اقتحامات واسعة لمنازل المواطنين" (anyone after an assassination's or an
                    # abduction's "لـ" is who was killed or taken: "عملية اغتيال لقائد في حماس")
                    return p, "slot.object"
                if p.start > start and toks[p.start - 1].key in WITH_PREPS and any(
                        t.key.startswith("مشترك") for t in toks[trig.start : p.start]):
                    break  # "عملية مشتركة مع القوات الفرنسية": a partner, not a target
                if toks[p.start].has_conj and p.start - 1 >= trig.end and toks[p.start - 1].prep == "ب":
                    continue  # "هجمات بصواريخ وطائرات مسيرة": the second of two weapons
                # (a time between is passed over: "قضت محكمة جزائرية أمس بسجن الناشط")
                near = sum(i not in time_toks for i in range(start, p.start)) <= 2 or self._only_fillers(
                    toks, start, p.start)
                # "اعتقال خلية تابعة للتنظيم", "اغتيال العاروري": the arrested, the killed follow
                arrest = _patient_genitive(toks, trig)
                if any(start <= s.start < p.start for s in support) or any(
                        start <= o.start < p.start and (o.entry.participle or _joined_verb(toks, o))
                        for o in others) or any(t.norm.startswith(_DESCRIBED) or t.key in _CLAUSE_OPENERS
                                                or t.key in self._plotting for t in toks[start : p.start]):
                    # "تفجير تبناه داعش": the light verb's subject, not the act's object; so
                    # is a participle's ("نددت بالغارات متهمة إسرائيل"), a joined verb's
                    # ("أحبطت القوات هجوما وقتلت ثلاثة مسلحين"), the describer's ("في هجوم
                    # وصفته الحكومة بأنه إرهابي"), the plotter's ("هجوم خطط له التنظيم") and
                    # that of the clause that tells it ("وقع الهجوم عندما هاجم مسلحون الموقع")
                    break
                if any(toks[i].key in _AFTER_OR_BECAUSE and i not in time_toks for i in range(trig.end, p.start)):
                    break  # "فرض الجيش حظر التجول بعد مقتل جنديين": the dead of what the act follows
                if near and not self._starts_with_prep(toks, p) and (
                    self._patient_like(p) or p.start > trig.end or arrest
                    or toks[trig.end - 1].key in PREPOSITIONS  # "الإفراج عن الناشطات"
                    or toks[trig.end - 1].key in _CONSTRUCT_OBJECTS  # "إطلاق سراح الناشط"
                    or _goes_to_fight(toks, trig)  # "لقتال قوات الدعم السريع"
                    or e.mode == "censor"  # "إغلاق مكتب قناة الجزيرة": the outlet silenced
                    # "استهدف هجوم صاروخي السفارة": the object of the verb the act is subject of
                    or (trig.start > sent.start and toks[trig.start - 1].key in _AIMING_VERBS)
                    or (actor is not None and actor is self._undertaker(toks, sent, trig, phrases))
                    # "قامت الشرطة بتفريق المتظاهرين": the crowd force is used on
                    or (e.mode == "crowd-control" and all(c[4] == "OPP" for c in p.conjuncts))
                    or (e.type in ("ASSAULT", "COERCE") and _embassies(p))  # "قصف السفارة": the one struck
                ) and (self._only_fillers(toks, start, p.start) or not any(
                    t.is_punct or t.key in LOCATIVE for t in toks[start : p.start]
                )):
                    return p, "slot.object"
                break
        if e.type == "THREATEN":
            # "هدد ... بمهاجمة السفن الإسرائيلية": the object of the act threatened
            for i in range(start, min(sent.end, start + 8)):
                t = toks[i]
                # "بمهاجمة", "باستهداف": ب + the verbal noun of the act threatened
                if t.prep == "ب" or (not t.prefix and t.norm.startswith("ب") and len(t.norm) >= 6):
                    p = next((p for p in phrases if p.start == i + 1 and p.kind != "nisba"), None)
                    if p is not None:
                        return p, "slot.object"
                    p = _aimed_past_object(toks, sent, i, phrases)
                    if p is not None:
                        return p, "slot.target-prep"
                    break
                if t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS or t.text in (".", "؛", ":"):
                    break
        if e.pos == "verb" and e.voice == "passive":
            p = _passive_subject(toks, trig, phrases, actor, 2)
            if p is not None:
                return p, "slot.passive"
            # "أن فلسطينيا قتل برصاص الجيش": the subject before the verb
            # (or civilians named by a noun: "110 تلميذات خُطفن"; or protesters: "حكما بإعدام
            # متظاهر أدين بقتل")
            # (past the number after what it counts: "مواطنين اثنين أدينا")
            at = trig.start - (trig.start > sent.start and _counts_the_word_before(toks, sent, trig.start - 1))
            p = next((p for p in phrases if p.end == at and p is not actor and (
                p.kind == "people" or (p.kind == "generic" and (
                    self._patient_like(p) or all(c[4] == "OPP" for c in p.conjuncts))))), None)
            return (p, "slot.passive") if p is not None else (None, None)
        if e.pos == "verb":
            if (actor is not None and actor.start >= trig.end and start < sent.end and toks[start].text in ("،", ",")
                    and any(toks[k].text in ("،", ",") for k in range(actor.start, actor.end))
                    and any(p.start > start and all(k in time_toks for k in range(start + 1, p.start))
                            for p in phrases)):
                # "دعا الأمين العام، أنطونيو غوتيريش، السلطات": past the name's closing comma
                # (and a time after it: "اتهم الرئيس، سلفا كير، أمس نائبه")
                start += 1
            if actor is not None and actor.start >= trig.end and start + 1 < sent.end and toks[start].text in ("،", ","):
                # "دعا زيلينسكي، الذي وصل إلى وارسو، الحلفاء", "دعا الوزير، خلال مؤتمر صحفي عقده
                # في القاهرة، إسرائيل": the object after an aside between commas
                close = next((k for k in range(start + 1, min(sent.end, start + 16)) if toks[k].text in ("،", ",")), None)
                opener = toks[start + 1]
                if close is not None and (opener.key in RELATIVE or opener.key in PREPOSITIONS or opener.key in _AMID
                                          or opener.prep or start + 1 in time_toks):
                    p = next((p for p in phrases if p.start == close + 1 and p.kind != "nisba" and p is not actor
                              and not toks[p.start].prep and not toks[p.start].has_conj), None)
                    if p is not None:
                        return p, "slot.object"
            moved, timed = self._past_act_words(toks, sent, e, start, time_toks, phrases)
            where = _past_where(toks, sent, moved, phrases, place_spans, time_toks)
            if where != moved:
                moved, _ = self._past_act_words(toks, sent, e, where, time_toks, phrases)
            slack = 2 if moved == start else 0  # (past them, only a count before the object)
            start = moved
            # "حمّلت نيودلهي مسؤوليته لجماعة جيش محمد", "مسؤولية الهجوم لجماعة": whom the
            # blame is laid on (the responsibility may be a word of the trigger's, passed over)
            blame = next((k for k in (start, start - 1) if trig.end <= k < sent.end - 1
                          and toks[k].key in RESPONSIBILITY), None) if e.type == "ACCUSE" else None
            if blame is not None:
                blamed = next((p for p in phrases if blame < p.start <= blame + 3 and toks[p.start].has_li
                               and p is not actor and p.kind != "nisba" and not any(
                                   x.is_punct and x.text not in _QUOTES or x.prep
                                   for x in toks[blame + 1 : p.start])), None)
                if blamed is not None:
                    return blamed, "slot.object"
            if timed and start < sent.end and (toks[start].key in TARGET_PREPS or toks[start].key == "عن"):
                slack = 1  # "أفرجت السلطات أمس عن الأسير" (not "اختطفوا الشهر الماضي من مدرسة")
            if (actor is not None and actor.kind == "title" and actor.conjuncts[-1][3] is not None
                    and start == actor.end and start < sent.end and toks[start].key in _HONORIFICS
                    and _definite(toks[start]) and not toks[start].prep):
                # "التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره", "الشيخ محمد بن
                # عبد الرحمن": the subject's honorific and name, then the object
                own = next((q for q in phrases if q.start == start), None)
                if own is None or (own.kind == "title" and own.conjuncts[0][3] in (None, actor.conjuncts[-1][3])):
                    k = _past_name(toks, sent, own.end if own is not None else start + 1, phrases, time_toks,
                                   compounds=True)
                    start, _ = self._past_act_words(toks, sent, e, k, time_toks, phrases)
                    slack = 0
            for p in phrases:
                if p is actor or p.kind == "nisba":
                    continue
                if actor is not None and p.start == actor.end and len(p.conjuncts) == 1 and (
                        p.conjuncts[0][2].kind == "person" and p.conjuncts[0][2] is actor.conjuncts[-1][2]):
                    start = p.end  # "المرجع الشيعي الأعلى علي السيستاني": the subject named twice
                    continue
                if (actor is not None and p.start == actor.end and p.end - p.start == 1 and _definite(toks[p.start])
                        and toks[p.start].key in _RANKS):
                    # "التقى مدير المخابرات اللواء عمر سليمان أمس المبعوث": the subject's rank
                    # and name, then the object
                    k = _past_name(toks, sent, p.end, phrases, time_toks)
                    start, _ = self._past_act_words(toks, sent, e, k, time_toks, phrases)
                    slack = 0
                    continue
                if (actor is not None and p.start == actor.end + 1 and e.type in ("ASSAULT", "COERCE")
                        and toks[actor.end].key == "من" and not toks[actor.end].prep):
                    # "هاجم مستوطنون من مستوطنة يتسهار قرية", "مسلحون من قبيلة": whence the
                    # subject comes, or what it is of
                    start = p.end
                    continue
                if p.start > start and toks[p.start - 1].key in _WHERE_PREPS and (
                    p.kind in ("country", "capital") or (
                        # "اتهمت وزارة المواصلات في حكومة الوفاق قوات حفتر": the body the
                        # subject is part of
                        p.kind == "org" and actor is not None and actor.end == p.start - 1
                        and actor.kind in ("org", "title") and toks[p.start - 1].key == "في")
                ) and (
                    p.start - 1 - start <= 1 and not any(
                        t.is_punct or t.key in FUNCTION_WORDS for t in toks[start : p.start - 1])
                ):
                    # "اعتقلت السلطات في تونس 4 عناصر": a place named between the subject
                    # and the object is passed over
                    start = p.end
                    continue
                if (e.type in ("ASSAULT", "COERCE") and trig.end - trig.start == 1 and _has_object_suffix(toks[trig.start])
                        and p.start > start and toks[p.start - 1].key in PREPOSITIONS and not toks[p.start - 1].prep):
                    continue  # "خطفوه من منزله": the verb's pronoun is its object, the rest where from
                if start <= p.start <= start + slack or (
                    p.start > start and self._only_fillers(toks, start, p.start)
                ):
                    if any((t.is_punct and t.text not in _QUOTES) or t.key in CLAUSE_BREAKS
                           for t in toks[start : p.start]):
                        break  # "ورددوا الشعارات، لكن الشرطة": another clause
                    between = [o for o in others if start <= o.start and o.end <= p.start]
                    if any(toks[o.end - 1].key in PREPOSITIONS for o in between) or (
                            # "رفضت الحكومة الاتهامات باستهداف المدنيين": the act charged with
                            any(o.entry.type == "ACCUSE" for o in between)
                            and any(toks[o.start].prep == "ب" for o in between)):
                        break  # "طالبت المنظمة بالإفراج عن الناشطات": the object of the act between
                    if self._starts_with_prep(toks, p) and e.type not in ("ASSAULT", "COERCE") and not (
                            # "أشاد الرئيس بالقوات", "ندد الوزير بإسرائيل": whom one praises
                            # or denounces is named after "بـ"
                            toks[p.start].prep == "ب" and (e.type == "SUPPORT" or e.mode == "disapprove")):
                        continue
                    if p.start > start and toks[p.start - 1].key in _WHERE_PREPS:
                        continue  # "بحث في مسقط ...": where the act is, not its object
                    if e.type not in ("SUPPORT", "COOPERATE") and _beside(toks, start, p.start - 1):
                        break  # "قاتلت الميليشيات إلى جانب قوات النظام": an ally, not the foe
                    if e.type in ("AGREE", "CONSULT") and toks[start].key == "علي" and not toks[start].prep and (
                            p.start > start + 1):
                        break  # "اتفقت الفصائل على تشكيل حكومة": what is agreed on, not with whom
                    if (e.type == "ACCUSE" and toks[p.start - 1].key in _BEFALLEN_BY and p.start - 1 > trig.end
                            and (actor is None or p.start - 1 > actor.end)):
                        break  # "أدانت الوزارة العنف ضد المدنيين": whom the act condemned befell
                    if e.type == "ASSAULT" and toks[p.start].prep == "ب" and all(
                        c[2].kind == "generic" and c[2].sector == "MIL" for c in p.conjuncts
                    ):
                        continue  # the means, not the target: "استهدف ... بطائرة مسيرة"
                    return p, "slot.object"
        # "استهدفت أفرادا وكيانات تابعة لنظام الأسد": things the lexicon does not name, of a
        # side it does
        for i in range(trig.end, min(sent.end - 1, trig.end + 6)):
            t = toks[i]
            if t.is_punct or t.key in COMPLEMENTIZERS or t.key in CLAUSE_BREAKS:
                break
            if t.key in BELONGING:
                if e.type == "ASSAULT" and toks[i - 1].key in AIRCRAFT:
                    break  # (whose craft strikes is no target: "استهدفت مسيرة تابعة لقوات")
                p = next((p for p in phrases if p.start == i + 1 and toks[p.start].has_li
                          and p.kind != "nisba" and p is not actor), None)
                if p is not None:
                    return p, "slot.affiliated"
                break
        return None, None

    def _past_act_words(self, toks, sent, e, start, time_toks, phrases=()) -> tuple[int, bool]:
        """The index past the rest of a verb's words and a time at ``start`` ("أطلقت العصابة
        سراح ثلاثة من الرهائن", "اعتقلت القوات فجر اليوم ثلاثة عشر فلسطينيا", "أطلقت الحكومة
        اليوم سراح"; not past a word that begins one of ``phrases``), and whether a time was
        passed."""
        rest = self._rest_words.get(e.id, ())
        timed = False
        # (past the quote that closes the subject's name: 'أطلقت «حماس» سراح')
        while start < sent.end and (start in time_toks or (
                toks[start].key in rest and not any(p.start == start for p in phrases)) or (
                toks[start].text in _QUOTES and start + 1 < sent.end and toks[start + 1].key in rest)):
            timed = timed or start in time_toks
            start += 1
        return start, timed

    def _unlisted_object(self, toks, sent, trig, actor, phrases, time_toks, ctx) -> _Phrase | None:
        """The object of an attack, demolition, seizure, arrest or release that no lexicon
        names, right after the verb and its subject (and a time between commas; a release's
        after "عن" or "سراح"), past a count ("قتل مسلحون راعيا", "هدمت الجرافات منزلين", "خطف
        مسلحون ثلاثة مهندسين أتراك", "اعتقلت السلطات السعودية الشيخ نمر النمر"): people or
        property, coded as civilians (with the nationality after it)."""
        e = trig.entry
        release = e.type == "RETREAT" and e.mode == "release" and e.pos == "verb"  # "أفرجت ... عن"
        # (or a noun that ends in its object's preposition: "ألقت الشرطة القبض على ثلاثة رجال")
        verb = e.pos == "verb" or (trig.end - trig.start == 1 and toks[trig.start].key in _VERB_SHAPED)
        censor = e.type == "COERCE" and e.mode == "censor"  # "أغلقت السلطات صحيفة إصلاحية"
        if (not verb and toks[trig.end - 1].key not in TARGET_PREPS) or e.voice != "active" or not (
                e.type == "ASSAULT" or (e.type == "COERCE" and e.mode in ("seize", "arrest")) or release or censor):
            return None
        if toks[trig.start].key in TERRITORY or toks[trig.start].key in SHOOT_DOWN or (
                e.acled and "territory" in e.acled[1]):
            return None  # ground taken, craft downed: no people or property attacked
        if actor is None:
            start = trig.end  # a joined verb, its subject told before
        elif actor.start >= trig.end:
            start = actor.end  # VSO: past the subject
        elif actor.end <= trig.start:
            start = trig.end  # SVO
        else:
            return None
        before = start
        start, _ = self._past_act_words(toks, sent, e, start, time_toks)
        if censor and start > before and toks[start - 1].key in _MEDIA:
            start -= 1  # "أغلقت السلطات صحيفة": the outlet some forms of the act name is its object
        if start < sent.end and toks[start].text in ("،", ","):
            # "اغتال مسلحون، ظهر أمس الخميس، النائب": past a time between commas
            start = _past_time_aside(toks, sent, start, time_toks) or start
        if release:
            # "أفرجت جماعة مسلحة عن 15 عاملا مصريا", "أطلقت جماعة سراح 15 عاملا": the released
            # after "عن" or "سراح"
            if start < sent.end and toks[start].key in _RELEASED_WORD and not toks[start].prep:
                start += 1
            elif not (start > 0 and toks[start - 1].key in _RELEASED_WORD):  # (passed with the act's words)
                return None
        start = _past_manner(toks, sent.end, start)  # "أعدمت جماعة رميا بالرصاص خمسة رهائن": how, then whom
        if start < sent.end and (toks[start].key in TARGET_PREPS or toks[start].key in LOCATIVE):
            return None  # "اغتال مسلحون على دراجة نارية قياديا": how they came, not whom
        if start > before and start < sent.end and (
                toks[start].norm.endswith(("يه", "يين", "يان", "يتين", "يتان")) or toks[start].key in _NEW) and (
                not _definite(toks[start])):
            # "أطلقوا صواريخ باليستية", "صاروخين باليستيين", "أطلقت صاروخا جديدا": the
            # weapon's adjective, not its object
            return None
        if (actor is not None and actor.start >= trig.end and start == actor.end and start < sent.end
                and _definite(toks[start]) and _definite(toks[actor.end - 1]) and not toks[start].prefix
                and not toks[start].text.startswith("آ")  # ("آلية" reads as "ال" + "يه" once normalized)
                and not self._only_quantities((toks[start],))  # ("المئات" is no nisba)
                and (_NISBA_ENDING.search(toks[start].key) is not None or toks[start].key in _FOREIGN)):
            # "ضبطت السلطات الجمركية شحنة", "قاتلت مجموعات من المرتزقة الأجانب": the subject's
            # adjective, not its object
            return None
        if (actor is not None and actor.start >= trig.end and start == actor.end and start < sent.end
                and toks[start].key.startswith(("مجهول", "المجهول")) and not toks[start].prep):
            return None  # "هاجمت طائرات مسيرة مجهولة قاعدة": the subject unknown, not its object
        if (actor is not None and actor.start >= trig.end and start == actor.end and start + 1 < sent.end
                and toks[start - 1].norm.endswith("ون") and toks[start].norm.endswith("ون") and not toks[start].prefix):
            start += 1  # "اختطف مسلحون قبليون سائحين": the plural subject's adjective agrees with it, then whom
        i = self._past_count(toks, sent, start)
        if i > start and _definite(toks[start]) and (i >= sent.end or toks[i].is_punct or toks[i].key in _DURING or (
                toks[i].key in FUNCTION_WORDS or toks[i].key in _AFTER_OR_BECAUSE or toks[i].key in LOCATIVE)):
            # "اعتقلت الشرطة العشرات خلال احتجاجات": a count with the article alone names them
            return _Phrase(start, i, [(start, i, _UNLISTED, None, "CVL")], "generic")
        # (an outlet silenced, coded as the press, may be a word of the act's own forms)
        outlet = censor and i < sent.end and toks[i].key in _MEDIA
        if censor and not outlet:
            return None
        if not outlet and (i >= sent.end or i in ctx.lexical or any(a <= i < b for a, b in ctx.place_spans) or not (
                # (a word counted is a noun whatever its shape: "ثلاثة رجال")
                _noun_shaped(toks[i]) or i > start and _counted_word(toks[i])
        ) or toks[i].key in _FIRE or toks[i].key in BACKED_BY or toks[i].key in self._rest_words.get(e.id, ())
                or toks[i].key in _BORDER  # ("تبادلا إطلاق النار على الحدود": where, not at whom)
                or toks[i].key in _SHELLS  # ("دمرت القوات صاروخين": arms, no civilians' property)
                or toks[i].key in _BOMBS):  # ("فجر مسلحون عبوة": the bomb set off)
            # (a word some lexicon names is read as that; "أضرموا النار", "أطلقوا 20 صاروخا":
            # the act's own; "دخلت قوات يمنية مدعومة من التحالف": who backs the subject)
            # "دمرت الدفاعات الجوية 12 صاروخا أوكرانيا": the arms of a state, its army's
            if not (e.mode == "destroy" and i < sent.end and toks[i].key in _SHELLS
                    and any(p.start == i + 1 and p.kind == "nisba" for p in phrases)):
                return None
            sector = "MIL"
        else:
            sector = "JRN" if censor else "CVL"
        end = i + 1
        country = None
        nisba = next((p for p in phrases if p.start == end and p.kind == "nisba"), None)
        if nisba is not None:
            end, country = nisba.end, nisba.conjuncts[0][3]
        return _Phrase(i, end, [(i, end, _UNLISTED, country, sector)], "generic")

    def _codes(self, phrase, toks, text, etype) -> list[Actor]:
        if phrase is None:
            return []
        out = []
        for s, e_, entry, country, sector in phrase.conjuncts:
            if country == _UNION and sector not in _FORCES and sector != _UNION:
                # a union's nisba on a stance or a measure ("الموقف الأوروبي", "عقوبات
                # أوروبية") is the union acting; its people and envoys ("مواطن أوروبي",
                # "سفيرا أوروبيا") are of one of its states, unnamed
                country, sector = (_UNION, _UNION) if sector is None else (None, sector)
            elif (entry.kind == "nisba" and sector is None and e_ - s == 1 and s > 0 and toks[s].key.endswith("ي")
                    and _has_object_suffix(toks[s - 1]) and not _NISBA_ENDING.search(toks[s - 1].key)):
                # "عملية دهس نفذها فلسطيني": a man named by his nationality, the subject of
                # the verb before him, no state's arm
                sector = "CVL"
            elif entry.kind == "nisba" and sector is None:
                # "غارة إسرائيلية" -> ISR MIL; "موقف روسي" -> RUS GOV
                sector = "MIL" if etype in _MILITARY_TYPES else "GOV"
            elif sector is None and e_ - s > 1 and entry.id in self._opposed_ids:
                # "مقر قيادة عسكري": the site's last adjective tells whose it is
                sector = _SITE_ADJECTIVES.get(toks[e_ - 1].key)
            a, b = toks[s].start_char, toks[e_ - 1].end_char
            if e_ < len(toks) and toks[e_].text in _CLOSING_OF and _open_quote(toks[s:e_], toks[e_].text):
                b = toks[e_].end_char  # 'مسلحو تنظيم «داعش»': the name's closing quote with it
            name = entry.name
            if country and entry.country not in (None, country) and name.endswith(f"({entry.country})"):
                # "القوات الأمريكية والعراقية": the second conjunct is the other state's forces
                name = f"{name[: -len(entry.country) - 1]}{country})"
            out.append(Actor(text[a:b], a, b, name=name, country=country, sector=sector, rule=entry.id))
        return out

    # -- context ------------------------------------------------------------------------
    @staticmethod
    def _context_country(place, actors, targets, sent_countries, article_countries) -> str | None:
        if place is not None and place.country:
            return place.country
        for c in (sent_countries, article_countries):
            if c:
                return c.most_common(1)[0][0]
        return None

    def _opposed(self, actors, attack, targets):
        """Sites struck without an owner named take the side opposed to the striker: "ضرب
        الجيش 320 هدفا" -> the armed groups' (REB); "قصف المسلحون المطار" -> the state's; and
        so, in an ``attack`` by a state's forces, do the vehicles it destroys, where no
        adjective names another state's ("دمرت القوات الحكومية ثلاث آليات")."""
        if attack and actors and targets and all(a.sector in _FORCES for a in actors):
            own = {a.country for a in actors}
            targets = tuple(
                attrs.evolve(t, sector="REB") if t.rule == _ARMY_ENTRY and t.sector == "MIL"
                and (t.country is None or t.country in own) and _head_key(t) in _VEHICLES else t
                for t in targets)
        if not any(t.rule in self._opposed_ids and t.sector is None for t in targets):
            return targets
        state = any(a.sector in ("MIL", "COP", "SPY") for a in actors)
        rebels = {a.country for a in actors if a.sector == "REB"}
        states = {a.country for a in actors if a.sector in ("MIL", "COP", "SPY", "GOV")}
        out = []
        for t in targets:
            if t.rule in self._opposed_ids and t.sector is None:
                words = t.text.split()
                military = _head_key(t) in _MILITARY_SITES
                if (state or military) and t.country is not None and (
                        t.country not in states and len(words) > 1
                        and self._state_nisbas.get(lexical_key(normalize(words[-1]))) == t.country):
                    # "قصفت القوات الروسية مواقع أوكرانية": sites of another state, by their
                    # nisba, are its army's or its government's (and military ones are its
                    # army's whoever strikes them, or where no one is named as the striker:
                    # "قصفت الحركة موقعا إسرائيليا", "هجوم على موقع إسرائيلي"; its cars its
                    # people's: "أطلق الجنود النار على سيارة فلسطينية")
                    t = attrs.evolve(t, sector="MIL" if military else "CVL" if _head_key(t) in _CARS else "GOV")
                elif state:
                    t = attrs.evolve(t, sector="REB")
                elif t.country is not None and t.country in rebels:
                    # positions, patrols and checkpoints are the army's; an airport or a
                    # headquarters the state's
                    t = attrs.evolve(t, sector="MIL" if military else "GOV")
                elif actors and all(a.sector == "CVL" for a in actors):
                    # "أحرق مستوطنون منازل ومركبات": what civilians burn is civilians' property
                    t = attrs.evolve(t, sector="CVL")
            out.append(t)
        return tuple(out)

    def _not_the_fallbacks(self, toks, trig, rule, actors, targets, tstarts) -> bool:
        """Whether the actors a fallback ``rule`` read are not the act's: a reporter whose own
        convoys were struck ("أعلنت الأمم المتحدة تعليق عملياتها بسبب استهداف قوافلها"); the
        sentence's topic, for the aid a craft carries ("هاجم لصوص شاحنة تقل مساعدات غذائية")
        or for an attack on its own state's forces or sites ("قصفت المدفعية التركية قرى بعد
        هجوم على قاعدة تركية", "موقع إسرائيلي": another's attack, told of)."""
        e = trig.entry
        if rule == "slot.reporter":
            return e.type == "ASSAULT" and bool(actors) and bool(targets) and all(
                _has_object_suffix(toks[bisect.bisect_left(tstarts, t.start_char)]) for t in targets
            ) and {t.code for t in targets} <= {a.code for a in actors}
        if rule != "slot.topic":
            return False
        if e.type == "AID":
            return toks[trig.start - 1].key in _LADEN
        return e.type == "ASSAULT" and e.pos == "noun" and bool(targets) and all(
            a.sector in _FORCES for a in actors) and all(
            t.sector in _FORCES or t.sector == "GOV"
            or t.sector is None and t.country is not None and t.rule in self._opposed_ids
            for t in targets) and {t.country for t in targets} <= {a.country for a in actors}

    def _mirrored(self, side: Sequence[Actor], other: Sequence[Actor]) -> tuple[Actor, ...]:
        """``side`` with its counterparts ("نظيره") and deputies ("نائبه") given the sector of
        the one named before them on their side ("حسن نصر الله ونائبه", "الرئيس المصري ونظيره
        الفرنسي"), else of the other side ("التقى الوزير نظيره", "اتهم الرئيس نائبه")."""
        if not any(a.rule in self._mirrors for a in side):
            return tuple(side)
        sector = next((a.sector for a in other if a.sector), None)
        out = []
        for i, a in enumerate(side):
            if a.sector is None and a.rule in self._mirrors:
                prev = side[i - 1] if i else None
                if prev is not None and prev.sector is not None:
                    a = attrs.evolve(a, sector=prev.sector, country=a.country or prev.country)
                elif sector is not None:
                    # (a deputy serves the other side's own state; a counterpart another's)
                    country = a.country if a.rule not in _DEPUTIES else a.country or next(
                        (o.country for o in other if o.country), None)
                    a = attrs.evolve(a, sector=sector, country=country)
            out.append(a)
        return tuple(out)

    @staticmethod
    def _struck_settlement(toks, sent, trig, actors, time_toks) -> tuple[int, int] | None:
        """The tokens [start, end) of the villages or towns an attack strikes as its object:
        right after its word, past its subject ("هاجم مستوطنون بلدة ترمسعيا"), an adjective
        of the attackers' state or a time, or after "على" ("غارات إسرائيلية على بلدات"),
        with their count and their name ("بعض القرى", "قرية الشيخ مسكين"); or, for an
        attack's noun with "لـ", the subject of the verb of suffering before it ("تعرضت بلدات
        في ريف إدلب لقصف مدفعي")."""
        k = _past_subject(toks, sent, trig.end, actors, time_toks)
        if (trig.entry.pos == "noun" and k + 1 < sent.end and _has_object_suffix(toks[k]) and not toks[k].prep
                and any(a.start_char == toks[k + 1].start_char for a in actors)):
            # "هجوم شنه مسلحون على قرية": past the verb that tells who made it, and them
            k = _past_subject(toks, sent, k + 1, actors, time_toks)
        if k > trig.end and k < sent.end and toks[k].key == "من" and not toks[k].prep:
            # past whence the subject came: "هاجم مستوطنون من مستوطنة يتسهار قرية عوريف"
            j = next((j for j in range(k + 2, min(sent.end, k + 5)) if toks[j].key in _SETTLEMENTS
                      and not any(t.is_punct or t.prep or t.has_conj for t in toks[k + 1 : j + 1])), None)
            k = j if j is not None else k
        if k < sent.end and toks[k].key == "علي" and not toks[k].prep:
            k += 1
        if k + 1 < sent.end and (toks[k].key in _OUTSKIRTS or toks[k].key == "محيط") and not toks[k].prep:
            k += 1  # "قصفت المدفعية أطراف بلدة الخيام": the town's people (the outskirts are where)
        found = Assembler._settlement_at(toks, sent, k, time_toks)
        if found is None and trig.entry.pos == "noun" and toks[trig.start].has_li:
            # "تعرضت بلدات في ريف إدلب لقصف مدفعي": the subject of the verb of suffering
            j = _suffered_at(toks, sent, trig.start)
            if j is not None and not toks[j].prep:
                found = Assembler._settlement_at(toks, sent, _past_times(j + 1, sent.end, time_toks), time_toks)
        return found

    @staticmethod
    def _settlement_at(toks, sent, k, time_toks) -> tuple[int, int] | None:
        """The tokens [start, end) of the villages or towns named from ``k`` on, with their
        count and their name, or None."""
        start = k
        while k < min(sent.end, start + 3) and not toks[k].prep and (
                toks[k].key in QUANTITY or toks[k].key in _SOME_OF) and not toks[k].is_punct and not (
                k == start and toks[k].key == "من"):  # ("مستوطنون من مستوطنة": whence they came)
            k += 1  # "بعض القرى", "العديد من القرى"
        if k >= sent.end or toks[k].key not in _SETTLEMENTS or toks[k].prep or (toks[k].has_conj and k == start):
            return None
        end = k + 1
        while end < min(sent.end, k + 4) and not (
                toks[end].is_punct or toks[end].prep or toks[end].has_conj or toks[end].key in DIRECTIONS
                or toks[end].key in FUNCTION_WORDS or end in time_toks
                # (nor the count of what struck it: "بعشرات الصواريخ")
                or (toks[end].norm[:1] == "ب" and numbers.vague_quantity(toks[end].text[1:]) is not None)):
            end += 1  # its name or adjective: "قرية اللويب", "قرية فلسطينية"
        return start, end

    @staticmethod
    def _object_nisba(toks, sent, trig, others, phrases) -> _Phrase | None:
        """The state's nisba that follows the act or the definite noun the trigger takes as
        its object ("رفضت الحكومة الهجوم التركي": the attack's doer; "رحبت الحكومة بالمبادرة
        الأمريكية": the proposal's)."""
        k = trig.end
        subject = next((p for p in phrases if p.start == k), None)
        if subject is not None:
            k = subject.end  # (past the subject of a verb: "رفضت الحكومة ...")
        # (a concern's noun takes its act after "من" or "لـ": "عن قلقها من الغارات التركية")
        concern = trig.entry.type == "ACCUSE" and trig.entry.pos == "noun"
        if concern and k + 1 < sent.end and toks[k].key == "من":
            k += 1
        if k >= sent.end or toks[k].prep not in (("", "ب", "ل") if concern else ("", "ب")) or toks[k].has_conj:
            return None
        act = next((o for o in others if o.start == k), None)
        if act is not None:
            end = act.end
        elif (_definite(toks[k]) or toks[k].norm.startswith("بال")) and not any(p.start <= k < p.end for p in phrases) and (
                # (a place is no object: "مسيرة حاشدة بالعاصمة اليمنية صنعاء")
                toks[k].key not in PLACE_NOUNS and toks[k].key not in _CAPITAL_WORD):
            # (a word no lexicon knows keeps its "بال": "أشاد بالدور المصري")
            end = k + 1  # "رفضت الحكومة المبادرة الأمريكية": the proposal's state
        elif (k + 1 < sent.end and not toks[k].prefix and toks[k].key.endswith("ا") and not _definite(toks[k])
              and toks[k + 1].key.endswith("ا") and not any(p.start <= k < p.end for p in phrases)
              and toks[k].key not in PLACE_NOUNS):
            end = k + 1  # "رفضت إسرائيل طلبا أمريكيا": the same, indefinite, in the accusative
        elif (k + 2 < sent.end and toks[k].key in _PETITIONS and not _definite(toks[k])
              and not toks[k + 1].prefix and not any(p.start <= k + 1 < p.end for p in phrases)
              and _definite(toks[k + 1]) == _definite(toks[k + 2])):
            end = k + 2  # "رفضت روسيا مشروع القرار الأمريكي": a draft's state, past what it drafts
        else:
            return None
        p = next((p for p in phrases if p.kind == "nisba" and p.start == end and p.conjuncts[0][3]), None)
        q = p and next((q for q in phrases if q.kind == "nisba" and q.start == p.end and q.conjuncts[0][3]
                        and q.conjuncts[0][3] != p.conjuncts[0][3] and not toks[q.start].prefix), None)
        if q is not None:
            # "رحب المجلس بالاتفاق السعودي الإيراني": a deal's two states, both
            return _Phrase(p.start, q.end, [*p.conjuncts, *q.conjuncts], p.kind)
        return p

    def _shared_names(self, phrases, places, article_countries) -> None:
        """A side named by a word a state shares with another state's capital ("عمان": Oman,
        and Amman) is the capital's state when the text names that state more often: "أكدت
        عمان ... وقال وزير الخارجية الأردني" is Jordan."""
        for p in phrases:
            for i, (s0, e0, ent, c, sector) in enumerate(p.conjuncts):
                if not c or ent.kind not in ("country", "capital"):
                    continue
                rivals = {m.entry.country for m in places if m.start == s0 and m.end == e0
                          and m.entry.kind in ("capital", "country") and m.entry.country not in (None, c)}
                if not rivals:
                    continue
                # (not a state joined to it: "دعت عمان والأردن", "وقعت الحكومة الأردنية وعمان")
                votes = Counter(article_countries)
                votes.update(c2 for q in phrases if q is not p and q.end != p.start and q.start != p.end
                             for (_, _, _, c2, _) in q.conjuncts if c2)
                best = max(rivals, key=lambda r: votes[r])
                side = self._capital_sides.get(best)
                if side is not None and votes[best] > votes[c]:
                    p.conjuncts[i] = (s0, e0, side, best, side.sector)

    def _with_context(self, a: Actor, country: str | None, text: str) -> Actor:
        # only contextual entries (generic nouns, titles, state bodies, anaphors of a body)
        # take their country from the context; named groups without a country
        # (transnational ones) and unknown assailants keep none, and so do foreigners
        # ("أفرجت الهيئة عن ثلاثة صحفيين أجانب")
        if (a.country is None and country is not None and a.rule in self._contextual
                and not _FOREIGNERS.match(text, a.end_char)
                # (nor do the sites of such a group: "قصفت الطائرات مواقع داعش")
                and not (a.sector == "REB" and a.rule in self._opposed_ids
                         and normalize(a.text).endswith(self._stateless_endings))
                # (nor a union's people: "وفد أوروبي" in Gaza is no Palestinian delegation)
                and self._state_nisbas.get(lexical_key(normalize(a.text[a.text.rfind(" ") + 1 :]))) != _UNION):
            coalition = self._coalitions.get(country)
            if coalition is not None and (a.sector == "MIL" or country == _ARAB_COALITION_THEATRE) and (
                    lexical_key(last := normalize(a.text.split()[-1])) == _COALITION or last in _COALITION_CLITICS):
                # "مقاتلات التحالف" in Yemen is the Saudi-led coalition's, in Syria or Iraq
                # the international one's (where a bare "التحالف" may be a party's alliance)
                if a.sector is None:
                    return attrs.evolve(a, name=coalition.name, country=coalition.country,
                                        sector=coalition.sector, rule=coalition.id)
                return attrs.evolve(a, country=coalition.country)
            if country == _ISRAEL and a.sector == "REB":
                # "أطلقت الفصائل صواريخ باتجاه المستوطنات الإسرائيلية": the armed groups that fight
                # where Israel is the context are its enemies', whose state only their names tell
                return a
            if country == _PALESTINE and a.sector == "MIL":
                # "اقتحم الجيش مدينة جنين", "أصيب جنديان قرب الخليل": Palestine has no army
                # (its armed groups are REB, its security forces COP); soldiers there are Israel's
                return attrs.evolve(a, country=_ISRAEL)
            return attrs.evolve(a, country=country)
        return a

    # -- place --------------------------------------------------------------------------
    @staticmethod
    def _past_place_nouns(toks, sent, start) -> int:
        """The first token of the place name at ``start`` with the place nouns and directions
        before it ("منطقة مزارع شبعا", "شرق مدينة حلب"), and a capital's noun and adjective
        ("العاصمة السورية دمشق")."""
        i = start
        while i > sent.start:
            if toks[i - 1].key in _PLACE_NOUNS_OR_DIRECTIONS:
                i -= 1
            elif (i - 2 >= sent.start and toks[i - 2].key in _CAPITAL_WORD and _definite(toks[i - 1])
                  and _NISBA_ENDING.search(toks[i - 1].key) is not None):
                i -= 2
            else:
                break
        return i

    @staticmethod
    def _prep_before(toks, sent, start) -> str | None:
        """The key of the preposition before the place name at ``start``, past place nouns
        ("من" in "من منطقة مزارع شبعا")."""
        i = Assembler._past_place_nouns(toks, sent, start)
        return toks[i - 1].key if i > sent.start else None

    @staticmethod
    def _seat(toks, sent, start, ends) -> bool:
        """Whether the place name at ``start`` follows "في" right after a phrase that ends at
        one of the character offsets ``ends`` ("الحكومة الليبية في طرابلس")."""
        i = Assembler._past_place_nouns(toks, sent, start)
        return i - 2 >= sent.start and toks[i - 1].key == "في" and toks[i - 2].end_char in ends

    @staticmethod
    def _topic_place(toks, start, trig) -> bool:
        """A place named by what is talked about, not where: "بحث ... الأوضاع في غزة" (or,
        but for the agreement ``trig`` itself, where what is talked about was signed: "بخرق
        اتفاق السلام الموقع في بريتوريا")."""
        return start >= 2 and toks[start - 1].key in _IN and (toks[start - 2].key in TOPICS or (
            toks[start - 2].norm in ("الموقع", "الموقعه") and trig.entry.type != "AGREE"))

    def _bare_capital(self, toks, sent, places, actor_ms, countries) -> _Named | None:
        """"تظاهر آلاف الجزائريين في العاصمة": the capital of the country the sentence names
        (not "العاصمة الليبية" nor "العاصمة المؤقتة عدن", named by other words)."""
        named = None
        for k in range(sent.start + 1, sent.end):
            t = toks[k]
            if t.key not in _CAPITAL_WORD:
                continue
            if named is None:
                named = {m.start for m in places} | {
                    m.start for m in actor_ms if m.entry.kind in ("nisba", "country", "capital")}
            if (_definite(t) and not t.suffixed
                    and (t.prep or toks[k - 1].key in LOCATIVE or toks[k - 1].key in _STREETS)
                    # (its name or adjective after it, maybe past another adjective)
                    and k + 1 not in named and not (
                        k + 2 in named and k + 1 < sent.end and not toks[k + 1].prep and not toks[k + 1].is_punct)):
                capital = self._capitals.get(countries.most_common(1)[0][0])
                return None if capital is None else _Named("places", capital, k, k + 1)
        return None

    def _bare_country(self, toks, sent, phrases) -> _Named | None:
        """"قتل جنديان من الجيش الصومالي في غارة جنوب البلاد": a side of the one country whose
        state the sentence names (not the country of a thing or of people, "منجما صينيا في
        شمال البلاد", nor the country alone: "خارج البلاد", "رئيس البلاد")."""
        for k in range(sent.start + 1, sent.end):
            t = toks[k]
            if t.key == _LAND and _definite(t) and not t.suffixed and toks[k - 1].key in DIRECTIONS_EN:
                # (an army fights at home, forces and aircraft also abroad: "قصفت الطائرات
                # الروسية مواقع في شمال البلاد")
                states = {c for p in phrases for (s0, _, _, c, sector) in p.conjuncts if c and (
                    sector in _STATE_SECTORS or sector == "MIL" and toks[s0].key == _ARMY)}
                land = self._country_places.get(states.pop()) if len(states) == 1 else None
                return None if land is None else _Named("places", land, k, k + 1)
        return None

    def _bare_strip(self, toks, sent, countries) -> _Named | None:
        """"إلى القطاع", "شمال القطاع": the Gaza Strip, in a story of Palestine or Israel or of
        no state (not a sector: "القطاع الخاص", "موظفو القطاع العام", nor in a story of
        other states only)."""
        strip = self._strip
        if strip is None or (countries.keys() - _STRIP_STATES and not countries.keys() & _STRIP_STATES):
            return None
        for k in range(sent.start, sent.end):
            t = toks[k]
            if t.key != _STRIP or not _definite(t) or t.suffixed:
                continue
            after = toks[k + 1] if k + 1 < sent.end else None
            if after is None or after.is_punct or not _definite(after) or after.norm in _RELATIVE_WORDS:
                return _Named("places", strip, k, k + 1)
            if after.key in _STRIP_ADJECTIVES and not after.prefix:
                return _Named("places", strip, k, k + 2)
        return None

    def _named_by_adjective(self, toks, sent, actor_ms, places) -> list[_Named]:
        """Places named by their country's adjective: "العاصمة الجزائرية", "في العاصمة الليبية"
        is the capital (not when the city's own name follows: "العاصمة السورية دمشق"); "في عدة
        مدن عراقية", "في مناطق سورية" are in that country."""
        out = []
        for m in actor_ms:
            if m.entry.kind != "nisba" or m.start <= sent.start:
                continue
            word = toks[m.start - 1].key
            if word in _CAPITAL_WORD:
                # (the city's own name, maybe past an adjective: "العاصمة اليمنية المؤقتة عدن")
                named = any(m.end <= p.start <= m.end + 1 for p in places)
                place = None if named else self._capitals.get(m.entry.country)
            elif word in _PLACES_OF_A_LAND and not toks[m.start].prep and not toks[m.start].has_conj:
                named = any(m.start - 1 <= p.start < m.end for p in places)
                place = None if named else self._country_places.get(m.entry.country)
            else:
                continue
            if place is not None:
                out.append(_Named("places", place, m.start - 1, m.end))
        return out

    @staticmethod
    def _participle(toks, sent, t, actor_ms) -> bool:
        """A participle after a clause: "داعيا المجتمع الدولي إلى"; when its form is also a
        noun, only with its object right after it: "متهمة كييف بـ", "متهما إياها" (not "12
        متهما", nor "اعتقلت الشرطة متهما", a suspect; never with the article: "المتهمة")."""
        if t.start == sent.start or t.end >= sent.end or _counted(toks, t) or _definite(toks[t.start]):
            return False  # ("أحالت النيابة المتهمة إلى المحكمة": the accused woman)
        if numbers.parse_number(toks[t.start - 1].text) is not None:
            return False
        if t.entry.type == "ACCUSE" and t.entry.mode == "allege" and toks[t.end].prep == "ب":
            return False  # "شركة روسية متهمة بمساعدة موسكو": accused of, not accusing
        if not any(m.start == t.start for m in actor_ms):
            return True  # no noun of that form either
        nxt = toks[t.end]
        return nxt.key.startswith("ايا") or ((nxt.key in _TO or nxt.key in _ON) and t.entry.type == "REQUEST") or any(
            m.start == t.end for m in actor_ms)

    @staticmethod
    def _adjective_name(toks, sent, m) -> bool:
        """A name that is an adjective of the noun before it: "القوة القاهرة" (force majeure)
        is not Cairo; "بلغم بحري", "حصار بحري" (naval) are not Khartoum North, which follows a
        preposition, a place noun or a direction ("في بحري", "مدينة بحري")."""
        if m.end - m.start != 1 or m.start <= sent.start:
            return False
        key, prev = toks[m.start].key, toks[m.start - 1].key
        if key in _ADJECTIVE_PLACES:
            return not toks[m.start].prep and not (prev in LOCATIVE or prev in PLACE_NOUNS or prev in DIRECTIONS)
        heads = _ADJECTIVE_NAMES.get(key)
        return bool(heads) and prev in heads and _definite(toks[m.start])

    def _is_place_use(self, toks, m, asked=frozenset()) -> bool:
        """Whether the place name ``m`` names where (not a state acting, nor one asked: a
        capital right after a call, ``asked`` holding where the calls end)."""
        if any(toks[i].suffixed for i in range(m.start, m.end)):
            return False  # a place name carries no pronoun suffix ("تبنته" is not "تبنة")
        if _named_after(toks, m):
            return False  # "تعثر اتفاق ستوكهولم", "مسار أستانا": a name, not where

        if m.entry.kind in ("village", "town"):
            prev = toks[m.start - 1] if m.start > 0 else None
            if prev is not None and prev.text in _QUOTES and m.start > 1:
                prev = toks[m.start - 2]  # 'بلدة "عنبتا"': the name in quotes
            # (a name that begins with its place noun: "حي الشيخ جراح", "بلدة بيتا")
            return toks[m.start].prep == "ب" or (m.end - m.start > 1 and toks[m.start].key in PLACE_NOUNS) or (
                # "على الطريق بين مأرب وصرواح"
                prev is not None and (prev.key in LOCATIVE or prev.key in PLACE_NOUNS or prev.key in TARGET_PREPS or (
                    prev.key in BETWEEN and m.start >= 2 and toks[m.start - 2].key in _ROADS)
                    # (or a site named after its village: "سجن صيدنايا")
                    or prev.key in _FACILITY_HEADS and not prev.suffixed and not _definite(prev))
            )
        prev = toks[m.start - 1] if m.start > 0 else None
        if (m.entry.kind in ("capital", "country") and prev is not None and prev.key == "من" and m.start >= 2
                and toks[m.start - 2].key in BACKED_BY):
            return False  # "الفصائل المدعومة من أنقرة", "ميليشيات مدعومة من إيران": the backer
        if m.entry.kind == "capital":
            # "موالية لطهران", "تورط لطهران", "لصالح واشنطن", "اتفاق مع طهران": the state
            # the capital stands for, not where
            # (a visit's: "خلال زيارته لموسكو")
            # "قوات كيغالي", "حكومة كابل": the state's body, not where it is
            # (nor whom one asks: "تطالب واشنطن برفع العقوبات", "مطالبة لندن بالإفراج")
            return not (prev is not None and (prev.key in _SIDES or prev.key in _STATE_BODIES or (
                toks[m.start].has_li and prev.key not in _TRAVEL) or (
                not toks[m.start].prefix and m.start in asked)
                # "أعلنت أنقرة أن": the state that speaks
                or (not toks[m.start].prefix and prev.key in REPORTING)))
        if m.entry.kind != "country":
            return True
        t = toks[m.start]
        if (prev is not None and prev.key in LOCATIVE) or t.key in _PLACES_OF_A_LAND:
            return True  # ("في عدة مدن عراقية": towns of the land, see ``_named_by_adjective``)
        return self._starts_with_prep(toks, _Phrase(m.start, m.end, [], "")) and not t.has_li

    def _local_places(self, toks, sent, places, vocabulary_spans, acts=frozenset()) -> list[tuple[int, int]]:
        """Places the gazetteer does not know, named by a place noun and a name: "حي الدرجة",
        "جبهة البقع", "بلدة طربيخا", "مخيم أبو شوك"."""
        known = {i for m in places for i in range(m.start, m.end)}
        out = []
        i = sent.start
        while i < sent.end:
            t = toks[i]
            # an indefinite head in construct with a name ("حي الدرجة"); a definite one
            # ("المنطقة") refers back and names nothing
            # (a dual in construct reads as one with "my": "قريتي تشوما بانغو وزاروم داري")
            if (t.key in LOCAL_HEADS and (not t.suffixed or t.norm.endswith("تي"))
                    and not t.norm[len(t.prefix):].startswith("ال")
                    # "قضت محكمة بسجن باحثة", "أصدرت حكما بسجن معارض": a sentence, no prison
                    and not (i in acts and (i - 1 not in acts or t.prep == "ب"))
                    # (nor past the court's words: "قضت محكمة تونسية بسجن معارض")
                    and not (t.prep == "ب" and _court_verb(toks, max(sent.start, i - 4), i))
                    and not (i > sent.start and toks[i - 1].key in _LIVE_FIRE)  # "برصاص حي": live fire
                    and not (t.key == "احياء" and t.prep == "ل")  # "لإحياء ذكرى": to commemorate
                    # ("في إقليم كورام", "بولاية زمفارا": a province where, not "انتهت ولاية البعثة",
                    # a mandate)
                    and not (t.key in _PROVINCE_HEADS and not (
                        t.prep == "ب" or i > sent.start and toks[i - 1].key == "في" and not toks[i - 1].prefix))):
                k = i + 1
                if k < sent.end and toks[k].text == "#":
                    k += 1  # "قرية #العيث"
                quoted = k + 1 < sent.end and toks[k].text in _QUOTES and not toks[k + 1].is_punct
                if quoted:
                    k += 1  # 'بلدة "عنبتا"': the name in quotes
                j = k
                limit = 3 if quoted else 2 if (k < sent.end and toks[k].key in TOPONYM_FIRST) else 1
                while (
                    j < sent.end and j - k < limit and not toks[j].is_punct and j not in known
                    and (quoted or not _accusative(toks[j]))  # ('بلدة "عنبتا"': a name, whatever its ending)
                    # (a quarter named after its people: "حي الموظفين")
                    and (j not in vocabulary_spans or (t.key in _QUARTER and j == k and _definite(toks[j])
                                                       and j not in acts))
                    and toks[j].key not in FUNCTION_WORDS
                    and toks[j].key not in _WAS  # "مدينة كانت تحت سيطرة التنظيم": a clause
                    and toks[j].norm not in _WHOLE  # "أحرقوا قرية بأكملها": all of it, no name
                    and not any(ch.isdigit() for ch in toks[j].norm)
                    and not (j > k and toks[j].has_conj)
                    # ("محطة للطاقة", "مخيم للنازحين": what it is for, no name)
                    and not (j == k and not quoted and toks[j].prep == "ل")
                ):
                    j += 1
                first = toks[k].norm[len(toks[k].prefix):] if k < sent.end else ""
                adjective = not first.startswith("ال") and (
                    first.endswith(("يه", "يين", "يات")) or first in _PLAIN_ADJECTIVES)
                # (nor a name that runs into a known one, but "بلدة ديبو بإقليم سوم" is a town
                # in a province)
                closed = not quoted or (j < sent.end and toks[j].text in _QUOTES)
                if j > k and not (j < sent.end and j in known and not toks[j].prep) and not adjective and closed:
                    # ("بلدة حدودية", "منطقة سكنية": an indefinite adjective names no place; a
                    # name in quotes is one up to its closing quote)
                    j += quoted
                    out.append((i, j))
                    i = j
                    continue
            i += 1
        return out

    def _place(self, toks, text, sent, trig, places, phrases, actors, targets, sent_countries,
               article_countries, local=(), others=(), time_toks=frozenset(), answered=None, earlier_town=(),
               place_countries=frozenset(), discussed=None):
        # (a capital visited is the host and where the visit is: "زار الوزير القاهرة")
        used = {(a.start_char, a.end_char) for a in (*actors, *(targets if trig.entry.mode != "visit" else ()))}
        groups: dict[tuple[int, int], list[Any]] = {}
        # phrases of several sides, one of them the act's ("تونس والجزائر"), where a state's
        # name may be read as a place
        joined = [(p.start, p.end) for p in phrases if len(p.conjuncts) > 1 and any(
            a <= toks[c[0]].start_char and toks[c[1] - 1].end_char <= b for c in p.conjuncts for a, b in used)
        ] if any(m.entry.kind in ("capital", "country") for m in places) else ()
        for m in places:  # (names used as places)
            a0, b0 = toks[m.start].start_char, toks[m.end - 1].end_char
            if any(a <= a0 and b0 <= b for a, b in used) and not any(
                    x.sector == "JUD" and x.start_char <= a0 and b0 <= x.end_char for x in actors) and not any(
                    x.rule in self._opposed_ids and x.start_char <= a0 and b0 <= x.end_char for x in targets) and not (
                    m.entry.kind == "capital" and self._prep_before(toks, sent, m.start) in _HOSTING):
                # a place inside an actor's name: "قوات صنعاء", "حكومة طرابلس" (but a
                # court's city is where it rules: "محكمة جنايات القاهرة", a site struck is
                # where it stands: "استهداف مطار أبها السعودي", and a host capital is where
                # it hosts: "استضافت الدوحة جولة من المحادثات")
                continue
            if m.start > sent.start and not toks[m.start].prep and toks[m.start - 1].key not in PREPOSITIONS and any(
                    p.start < m.start and m.end <= p.end and p.kind not in ("nisba", "country", "capital")
                    and not getattr(p.conjuncts[0][2], "inanimate", False) and p.conjuncts[0][4] != "JUD"
                    for p in phrases):
                # (also another act's: "ودانت حكومة طرابلس الضربات على درنة"; not one joined
                # with a preposition, "سحب 300 جندي من العراق", nor a site the place names,
                # "فتح مطار صنعاء")
                continue
            if any(t.start < m.end and m.start < t.end for t in (trig, *others)) and not (
                    # (but a crossing opened or closed is where: "فتحت مصر معبر رفح")
                    m.entry.kind == "site" and trig.entry.mode in ("access", "restrict")
                    and trig.start < m.end and m.start < trig.end):
                continue  # a word of a trigger is no place: "قنابل مسيلة للدموع"
            if not toks[m.start].prep and any(
                    o.entry.type in _VERBAL_TYPES and (o.end == m.start or (
                        o.end == m.start - 1 and (toks[o.end].prep or toks[o.end].key in _PREP_PRONOUNS)))
                    for o in others):
                continue  # who speaks is no place: "رحبت بها مقديشو", "اتهام نيروبي"
            if (not toks[m.start].prep and m.start - 2 >= sent.start
                    and toks[m.start - 2].norm.lstrip("و") in _RELATIVE_WORDS
                    and _has_object_suffix(toks[m.start - 1])
                    and toks[m.start - 1].key not in _WITNESS):
                # "الاتهامات التي وجهتها واشنطن": a name after a verb whose object is the
                # pronoun of what the clause is on is the verb's subject (but "الاشتباكات
                # التي شهدتها حلب" is where they were)
                continue
            if (m.end < sent.end and toks[m.end].key in RESPONSIBILITY and not toks[m.start].prep
                    and not self._after_prep(toks, sent, m)):
                continue  # who is held responsible is no place: "حمّلت الحكومة دمشق مسؤولية الهجوم"
            if m.start > trig.end and trig.entry.type not in _MOVES and _origin_of(toks, sent, m.start, actors):
                continue  # "اعتصم مئات النازحين من محافظة أبين": whence the actors come
            if m.start - 2 >= sent.start and toks[m.start - 1].key in _BOUND_FOR and toks[m.start - 2].key in _BOUND:
                continue  # "سفينة متجهة إلى اليمن", "مخدرات قادمة من سوريا": whither or whence it goes
            if m.start - 2 >= sent.start and toks[m.start - 1].key == "مع" and toks[m.start - 2].key in _GRIEVANCE:
                continue  # "مسيرات في أنحاء المغرب تضامنا مع غزة": whom one stands with
            if m.start > sent.start and toks[m.start - 1].key in _UNIVERSITY and m.entry.kind == "country":
                continue  # "جامعة كولومبيا": a university named after a state is not in it
            if trig.entry.type == "PROTEST" and m.start > trig.end and any(
                    toks[k].key == "علي" and not toks[k].prefix and k + 1 < m.start and (
                        toks[k + 1].key in _WARS or any(o.entry.type == "ASSAULT" and o.start == k + 1 for o in others))
                    for k in range(trig.end, m.start)):
                # "احتج الطلاب على الحرب في غزة": where the war they protest is, not they
                # (but "احتجاجا على الغلاء في مدينة صفاقس" is where they are)
                continue
            if m.entry.kind in ("capital", "country") and _between_states(toks, sent, m, places):
                continue  # "المناورات المشتركة بين واشنطن وسيول": the sides of another act
            if m.entry.kind in ("capital", "country") and any(s <= m.start and m.end <= e for s, e in joined):
                # "أعلنت تونس والجزائر اتفاقهما على فتح المعابر": a state joined to the
                # actor is another side, no place, though a capital bears its name
                continue
            groups.setdefault((m.start, m.end), []).append(m)
        for span in local:
            if span[0] > trig.end and trig.entry.type not in _MOVES and _origin_of(toks, sent, span[0], actors):
                continue  # (a local place too: "هاجم مستوطنون من مستوطنة حومش")
            groups.setdefault(span, [])
        for sp in [sp for sp in groups if sp[1] <= trig.start and _reported_at(toks, sent, sp, trig, others)]:
            del groups[sp]
        if answered is not None and trig.start not in answered:
            # "شنت القوات ضربات على أهداف في اليمن ردا على الهجمات في البحر الأحمر": where the
            # act answered was (a threat's too: "توعدت بالانتقام لاغتيال قائدها في بيروت"; and
            # where it was "في", though no other place is named: "استهداف ثكنة زرعيت ردا على
            # استشهاد مدنيين في جنوب لبنان"; whence it came may be struck back: "قصفت إسرائيل
            # مواقع ردا على إطلاق صواريخ من جنوب لبنان")
            alone = not any(sp[0] not in answered for sp in groups) and trig.entry.type != "THREATEN"
            for sp in [sp for sp in groups if sp[0] in answered]:
                if not alone or self._prep_before(toks, sent, sp[0]) == "في":
                    del groups[sp]
        if len(groups) > 1:
            # "يانغون - أ ف ب: قتل ... في بلدة بوثيدونغ": a dateline names where the report
            # comes from; the event's own place, when the sentence names one, is another
            dateline = next((sp for sp in groups if sp[0] == sent.start and sp[1] < sent.end
                             and toks[sp[1]].text in _DATELINE_MARKS), None)
            if dateline is not None:
                del groups[dateline]
        for sp in list(groups):
            # "في مدينة المكلا، عاصمة محافظة حضرموت،": the region whose capital the town is
            # only says where the town lies
            i = sp[0] - 1
            while i > sent.start and toks[i].key in PLACE_NOUNS:
                i -= 1
            if i - 1 > sent.start and toks[i].key in _CAPITAL_OF:
                head = i - 1 if toks[i - 1].is_punct else i
                if any(b == head for _, b in groups):
                    del groups[sp]
        # "غارات على المدينة", "حظر تجول في المدينة": the town named before it in the sentence
        # (not what words are about, nor a side of it: "شمال غربي المدينة" is where a quarter is;
        # nor its people: "وفاة أهالي البلدة")
        anaphors = {}
        towns = trig.entry.type not in _VERBAL_TYPES and (bool(earlier_town) or any(
            m.end <= trig.start and m.entry.kind in _TOWNS for m in places))
        for i in range(trig.end, min(sent.end, trig.end + self.max_place_distance + 1)) if towns else ():
            t = toks[i]
            if t.key in _TOWN_ANAPHORS and _definite(t) and not any(
                    m.start <= i + 1 and i < m.end for m in places) and (
                    toks[i - 1].key not in _SIDE_OR_PEOPLE or (
                        # (a side of the town an earlier sentence named: "شرق المدينة")
                        toks[i - 1].key in DIRECTIONS and earlier_town
                        and not any(m.entry.kind in _TOWNS for m in places))):
                told = [m for m in places if m.end <= trig.start and m.entry.kind in _TOWNS
                        and (m.start, m.end) not in anaphors.values() and not any(
                            q.start <= m.start and m.end <= q.end and q.end - q.start > m.end - m.start
                            for q in phrases)]  # (nor one in a name: "سرايا الدفاع عن بنغازي")
                if told:
                    last = max(told, key=lambda m: m.start)
                    anaphors[(i, i + 1)] = (last.start, last.end)
                    groups.setdefault((i, i + 1), [m for m in places if (m.start, m.end) == (last.start, last.end)])
                elif earlier_town and not any(m.entry.kind in _TOWNS for m in places):
                    # "... في مدينة الأبيض. وقال الجيش إنه قصف تجمعات شرق المدينة": the town an
                    # earlier sentence named last, when this one names none (the place is
                    # the word here: its offsets stay in this sentence)
                    groups.setdefault((i, i + 1), list(earlier_town))
        if not groups:
            return None, None
        spans = sorted(groups)

        def score(span):
            # nearer is better, and a town or a local place better than the region or
            # country around it ("في مدينة الفاشر بولاية شمال دارفور")
            dist = span[0] - trig.end if span[0] >= trig.end else trig.start - span[1] + 1
            kind = groups[span][0].entry.kind if groups[span] else "local"
            # (a place that names a body is no place of its act: "مديرية أمن محافظة الدقهلية
            # في مدينة المنصورة", "أجهزة أمن إقليم كردستان")
            named = self._prep_before(toks, sent, span[0]) in _BODIES_OF_PLACES
            return dist + _PLACE_PENALTY.get(kind, 0) + (_NAMING_PENALTY if named else 0)

        # "وقع البلدان اتفاقا لتبادل الأسرى في الدوحة": what an agreement is for leaves the
        # place after it to the agreement too
        ahead = others if trig.entry.type != "AGREE" else [
            o for o in others if not (o.start > trig.start and _for_agreement(toks, sent, o))]
        if actors:
            # "طالب المتظاهرون في بغداد بمحاسبة": the act named by the actor's own words leaves
            # the place after them to the actor's act
            ahead = [o for o in ahead if not any(
                a.start_char <= toks[o.start].start_char and toks[o.end - 1].end_char <= a.end_char for a in actors)]
        near = [
            sp for sp in spans
            if ((sp[0] >= trig.end and sp[0] - trig.end <= self.max_place_distance
                 and not self._blocked(trig, trig.end, sp[0], ahead, toks, sent)
                 and not self._another_act_between(trig, trig.end, sp[0], ahead))
                or (sp[1] <= trig.start and trig.start - sp[1] <= self.max_place_distance
                    and sum(not toks[i].is_punct for i in range(sp[1], trig.start)) <= _MAX_WORDS_BEFORE
                    and not self._blocked(trig, sp[1], trig.start, others, toks, sent)
                    and not _new_clause(toks, sp[1], trig.start)))
        ]
        # "وفي رام الله، دعت الرئاسة ...": a place told first, before a comma, frames the
        # sentence's verbs (not the acts they call for or report) and the acts they follow
        # ("انتشر المسلحون بعد انسحاب القوات")
        frame = None if trig.entry.pos != "verb" and (
            trig.start == sent.start or toks[trig.start - 1].key not in _AFTER_WORDS) else next((
            sp for sp in spans
            if sp[0] - sent.start == 1 and sp[0] < trig.start and sp[1] < sent.end
            and toks[sp[1]].text in ("،", ",") and self._prep_before(toks, sent, sp[0]) == "في"), None)
        if frame is not None and frame not in near:
            near.append(frame)
        if trig.entry.type in _VERBAL_TYPES or trig.entry.mode == "ceasefire":
            # "محادثات في جنيف": a verbal act (a ceasefire is declared) is located by a place
            # after it in its clause; a place elsewhere in the sentence is where something else
            # happens, or what the words are about ("رفضت حماس مقترحا بشأن ... قطاع غزة")
            near = [
                sp for sp in near
                if sp == frame or (sp[0] >= trig.end and not self._topic_place(toks, sp[0], trig)
                                   # (nor where someone is sent or goes: "وافقت على إرسال وفد إلى
                                   # القاهرة")
                                   and not _sent_there(toks, sent, self._past_place_nouns(toks, sent, sp[0]),
                                                       trig.end)
                                   and not any(
                    # ("اجتماع عاجل لمجلس الأمن بشأن الهجوم على محطة زابوريجيا": what it is about)
                    _word_in(toks[k], _CONCERNING) or toks[k].key == "حول" for k in range(trig.end, sp[0])))
                # "وصل الوزير إلى القاهرة في زيارة": where a visitor arrives is where he visits
                or (trig.entry.mode == "visit" and sp[1] <= trig.start
                    and self._prep_before(toks, sent, sp[0]) in _TO)
                # "اختتمت في القاهرة أعمال القمة", "انطلقت في جنيف محادثات": "في" and the
                # place before the act, the act's subject right after it ("بدأت في أستانا
                # أمس جولة جديدة من المحادثات": past a time and a round of it)
                or (sp[1] <= trig.start and self._prep_before(toks, sent, sp[0]) == "في"
                    and _opens_act(toks, sp[1], trig.start, time_toks,
                                   trig.entry.pos == "noun" and not trig.entry.participle))
                # "استضافت الدوحة جولة جديدة من المحادثات": the host is where talks are
                # (past a time, and the capital's noun and adjective, which ``_prep_before``
                # passes: "تستضيف العاصمة القطرية الدوحة الأسبوع المقبل جولة جديدة من المفاوضات")
                or (sp[1] <= trig.start and sum(k not in time_toks for k in range(sp[1], trig.start)) <= 4
                    and self._prep_before(toks, sent, sp[0]) in _HOSTING
                    and not any(toks[k].is_punct for k in range(sp[1], trig.start)))
            ]
            if not near:
                return None, None
        # "عقد الوزراء اجتماعا في الرياض لبحث الهجوم على قطر": where the talks about an attack
        # are held is not where it was; "رحلت السلطات الليبية 200 مهاجر إلى النيجر": where the
        # deported are sent is not where they were deported
        deport = trig.entry.mode == "deport"
        told = bool(near) and not deport and (_told_act_discussed(toks, trig) if discussed is None else discussed)
        if near and (deport or told):
            near = [sp for sp in near if (sp[0] >= trig.end if told else (
                sp[1] <= trig.start or self._prep_before(toks, sent, sp[0]) not in _TO))]
            if not near:
                return None, None
        opener = None if not near else next((k for k in range(trig.end, sent.end) if toks[k].key in _GRIEVANCE), None)
        if trig.entry.type == "PROTEST" and opener is not None and any(sp[1] <= opener for sp in near):
            # "تظاهر المئات في عمان تنديدا بالعدوان على غزة": past the words of its grievance
            # the places are what it is about, when one is named before them
            near = [sp for sp in near if sp[1] <= opener]
        elif opener is not None:
            # and so is a place an act it names is on or against ("أمام السفارة رفضا للعدوان على
            # غزة", "احتجاجا على القصف التركي لمنطقة سنجار"); after another act than a crowd's,
            # any place ("استدعت الخارجية السفير احتجاجا على اقتحام المسجد الأقصى")
            near = [sp for sp in near if sp[1] <= opener or not (
                trig.entry.type != "PROTEST" or self._prep_before(toks, sent, sp[0]) in _AGAINST
                or toks[self._past_place_nouns(toks, sent, sp[0])].prep == "ل")]
            if not near:
                return None, None
        if trig.entry.type == "ASSAULT" and len(near) > 1:
            # "أطلقت صواريخ من منطقة مزارع شبعا نحو الجليل": where it hit, not whence
            preps = [self._prep_before(toks, sent, sp[0]) for sp in near]
            if "من" in preps and any(p in _TOWARD for p in preps):
                near = [sp for sp, p in zip(near, preps) if p in _TOWARD]
        if len(near) > 1 and any(sp[0] >= trig.end for sp in near):
            # "أعلنت الحكومة الليبية في طرابلس حالة الطوارئ في مدينة درنة": "في" and a place
            # right after the act's subject tell where the subject is, a place after the act
            # where the act is
            ends = {a.end_char for a in actors}
            near = [sp for sp in near if not (sp[1] <= trig.start and self._seat(toks, sent, sp[0], ends))]
        if near:
            span = min(near, key=score)
            rule = "place.after" if span[0] >= trig.end else "place.before"
        else:
            # the sentence's place, unless it is far back in an earlier clause
            spans = [
                sp for sp in spans
                if (sp[0] >= trig.end
                    or sum(not toks[i].is_punct for i in range(sp[1], trig.start)) <= _MAX_WORDS_BEFORE
                    and not _new_clause(toks, sp[1], trig.start))
                # (nor a state or its capital right after another act's verb, its subject:
                # "فرضت واشنطن عقوبات على طهران بسبب قمع المتظاهرين" is not in Washington)
                and not (any(o.end == sp[0] and o.entry.pos == "verb" for o in others)
                         and any(m.entry.kind in ("capital", "country") for m in groups[sp]))
            ]
            if not spans:
                return None, None
            span = min(spans, key=lambda sp: abs(sp[0] - trig.start))
            rule = "place.sentence"
        cands = groups[span]
        span = anaphors.get(span, span)
        start, end = span
        relation = None
        # a place noun or a direction before the name: "مدينة حلب", "شرق حلب", "ريف إدلب"
        if (cands and start - 2 >= sent.start and toks[start - 1].text == "#"
                and toks[start - 2].key in _PLACE_NOUNS_OR_DIRECTIONS):
            start -= 1  # "ناحية #حمرين": the hashtag between the noun and the name
        while start > sent.start and toks[start - 1].key in _PLACE_NOUNS_OR_DIRECTIONS and cands:
            if (toks[start - 1].key in DIRECTIONS and _definite(toks[start - 1]) and toks[start].has_li
                    and (start - 2 < sent.start or toks[start - 2].key not in _PLACE_NOUNS_OR_DIRECTIONS)):
                # "بالبر الغربي لمدينة الأقصر": the adjective of a noun the gazetteer lacks
                # ("الريف الغربي لمدينة حلب" is a side of the city)
                break
            if toks[start - 1].key in DIRECTIONS:
                relation = _compass(DIRECTIONS_EN.get(toks[start - 1].key), relation)
            start -= 1
        # (only a local place, or a name before "في" or a place with "بـ", asks for the place
        # after it: "ميدان التحرير بصنعاء")
        within = end < sent.end and (toks[end].key == "في" or toks[end].prep == "ب")
        around = next((m for m in places if end <= m.start <= end + 2 and m.entry.country), None) if (
            not cands or within) else None
        if around is not None:
            # (of its readings, the one the context names: "جبل محسن في طرابلس")
            around = self._place_reading([m for m in places if (m.start, m.end) == (around.start, around.end)],
                                         actors, targets, sent_countries, article_countries)
            # "حي اليرموك في بغداد": a name "في" a place of another country than any of its
            # readings is a quarter of that place of the same name, not the place it names
            # (so is a quarter named after a town in a town: "حي المطرية بالقاهرة")
            k = end + (toks[end].key == "في")  # (the word after "في"; the one with "بـ")
            if (cands and within and around.entry.kind != "water"
                    and (around.start == k or toks[k].key in PLACE_NOUNS)
                    and (all(c.entry.country != around.entry.country for c in cands) or (
                        around.entry.kind in _TOWNS and all(c.entry.kind in _TOWNS for c in cands)
                        and any(toks[i].key in _QUARTER for i in range(start, span[0]))))):
                cands = []
        if cands and around is None and any(toks[i].key in _QUARTER for i in range(start, span[0])):
            # "حي الجيزة" in a story of Libya: a quarter named after a town of another country
            # than the one the story is in
            home = self._context_country(None, (), (), sent_countries, article_countries)
            if home is not None and all(c.entry.country != home and c.entry.kind in _TOWNS for c in cands):
                cands = []
        if not cands:
            # a local place is in the country of a known place right after it ("مخيم بلاطة
            # شرق نابلس"), else in the host's ("استقبل الرئيس الجزائري وفدا أمريكيا في قصر
            # المرادية"), else in the context's
            host = actors[0].country if trig.entry.cameo == _HOST_VISIT and actors else None
            country = around.entry.country if around is not None else host or self._context_country(
                None, actors, targets, sent_countries, article_countries)
            if around is None and not host and country is not None and trig.entry.type == "ASSAULT":
                # "وانتهى التحقيق إلى أن الغارة الأمريكية على حي الجديدة" after a sentence in
                # Mosul: the context's state may be the striker's, who strikes abroad as well
                # as at home; where the text has named places of no state but one other, the
                # place is in that one
                named = place_countries | {m.entry.country for m in places if m.entry.country
                                           and m.entry.kind != "water" and not start <= m.start < end}
                where = named - {country}
                if country not in named and len(where) == 1:
                    (country,) = where
            if around is None and not host and country is not None and _occupier_in(actors, country):
                # "صادرت قوات الاحتلال خيمة في قرية ...": where an occupying force acts is not
                # its own state's, but that of whom it acts against, or the other the text
                # names, if any
                country = next((t.country for t in targets if t.country not in (None, country)), None) or (
                    _other_country(sent_countries, article_countries, country))
            a, b = toks[start].start_char, toks[end - 1].end_char
            # "حي الكرادة ببغداد", "مخيم بلاطة شرق نابلس": one in or beside a known town is
            # located by that town, on the side the words between name
            town = around.entry if around is not None and around.entry.kind in _TOWNS else None
            sides = [] if town is None else [
                DIRECTIONS_EN[toks[i].key] for i in range(end, around.start) if toks[i].key in DIRECTIONS_EN]
            side = _compass(*sides[:2]) if sides else None
            return Place(text[a:b], a, b, name=getattr(town, "name", None), country=country,
                         lat=getattr(town, "lat", None), lon=getattr(town, "lon", None), kind="local",
                         rule="place.local", relation=side, geo_precision=2), "place.local"
        if span[0] > sent.start and len(cands) > 1:
            # "قرية برقة": the noun before the name says which of its readings is meant
            kinds = _KINDS_NAMED.get(toks[span[0] - 1].key)
            if kinds and any(c.entry.kind in kinds for c in cands):
                cands = [c for c in cands if c.entry.kind in kinds]
        a, b = toks[cands[0].start].start_char, toks[cands[0].end - 1].end_char
        pe = self._place_reading(cands, [x for x in actors if not (x.start_char < b and a < x.end_char)],
                                 [x for x in targets if not (x.start_char < b and a < x.end_char)],
                                 sent_countries, article_countries, phrases,
                                 visit=trig.entry.mode == "visit" or trig.entry.id == _ARRIVAL
                                 or trig.entry.type in _HOSTED_TYPES).entry
        # "ريف إدلب الجنوبي": a direction adjective after the name (also after a town's
        # countryside: "ريف منبج الشمالي" is north of Manbij)
        if (end < sent.end and toks[end].key in DIRECTION_ADJ and relation in (None, "countryside")
                and toks[end].norm[len(toks[end].prefix):].startswith("ال")):
            relation = DIRECTIONS_EN.get(toks[end].key)
            end += 1
        if relation is None and toks[start].key in ("ريف", "محيط", "ضواحي", "اطراف"):
            relation = DIRECTIONS_EN.get(toks[start].key)
        # (near or on a side of a town or a region is 2, a small part of a region; a side of a
        # state or a sea is a larger portion, 3: "شمال سوريا")
        precision = GEO_PRECISION.get(pe.kind, 1)
        if relation is not None and pe.kind not in _WHOLE_LANDS:
            precision = 2
        a, b = toks[start].start_char, toks[end - 1].end_char
        return (
            Place(text[a:b], a, b, name=pe.name, country=pe.country, lat=pe.lat, lon=pe.lon,
                  kind=pe.kind, rule=pe.id, relation=relation, geo_precision=precision),
            rule,
        )

    def _place_reading(self, cands, actors, targets, sent_countries, article_countries, phrases=(), visit=False):
        """Of a place name's readings, the one whose country the context names most (the
        event's sides, the sentence's states, the article's, then anyone the sentence names in
        ``phrases``); the most populous on a tie. A ``visit`` (talks and accords too: they
        are hosted) goes to a capital or a state."""
        if len(cands) == 1:  # (the votes are counted only when there is a choice)
            return cands[0]
        if visit and any(m.entry.kind in ("capital", "country") for m in cands):
            # "وصل وفد من حركة حماس إلى الدوحة": one visits a capital or a state, not a
            # village of the visitors' own land
            cands = [m for m in cands if m.entry.kind in ("capital", "country")]
            if len(cands) == 1:
                return cands[0]
        votes = Counter({a.country: 3 for a in (*actors, *targets) if a.country})
        votes.update({c: 2 * n for c, n in sent_countries.items()})
        votes.update(article_countries)
        # (a side named by the place's own words does not vote: "وصل الرئيس إلى عمان حيث
        # التقى العاهل الأردني")
        s, e = cands[0].start, cands[0].end
        votes.update(c for p in phrases for (s0, e0, _, c, _) in p.conjuncts if c and not (s0 < e and s < e0))
        rank = self._place_rank
        if any(m.entry.kind == "capital" and votes.get(m.entry.country) for m in cands):
            # "أبلغت قطر حركة حماس بضرورة مغادرة قادتها الدوحة": a capital whose state the
            # context names is that capital, not a village of the same name of another side
            cands = [m for m in cands if m.entry.kind in ("capital", "country")]
        # (a state's bare name that is another state's capital, unvoted, is the capital:
        # "تظاهر الآلاف في عمان" is Amman, Oman being named "سلطنة عمان" or by "مسقط")
        capitals = {m.entry.country for m in cands if m.entry.kind == "capital"}
        return max(cands, key=lambda m: (votes.get(m.entry.country, 0),
                                         not (m.entry.kind == "country" and capitals - {m.entry.country}),
                                         -rank.get(m.entry.id, len(rank))))

    # -- date ---------------------------------------------------------------------------
    @staticmethod
    def _another_act_between(trig, a, b, others) -> bool:
        """A trigger of another kind in [a, b) owns the place after it: "وقف القتال وانسحاب
        القوات إلى داخل قطاع غزة" locates the withdrawal, not the ceasefire."""
        key = (trig.entry.type, trig.entry.mode)
        return any(a <= o.start < b and (o.entry.type, o.entry.mode) != key for o in others)

    @staticmethod
    def _blocked(trig, a, b, others, toks, sent) -> bool:
        """Another event's trigger in [a, b) puts the date in that event's clause, unless the
        two triggers are coordinated ("في سلسلة غارات وقصف مدفعي")."""
        for o in others:
            if a <= o.start < b:
                if o.entry.type == "COOPERATE" and _aside_act(toks, sent, o):
                    continue  # "بدأت فجر اليوم، بالتنسيق مع الحلف، هجوما": the manner told between
                if o.entry.pos == "verb" or trig.entry.pos == "verb":
                    return True
                if not (toks[max(o.start, trig.start)].has_conj and abs(o.start - trig.start) <= 4):
                    return True
        return False

    def _date(self, toks, sent, trig, times, modality, article_date, others=(), answered=None):
        """The time expression of the trigger's clause.

        The nearest expression not cut off by another event's trigger or a complementizer,
        nor standing right after another act's verb whose object the act is, and compatible
        with the event's modality (a planned event is not dated yesterday).
        A date that modifies a reporting verb ("أعلن الجيش، اليوم الأحد، القبض على ...") is
        the date of the report, not of what it reports, unless the event is itself an act
        of speech or one done by declaring it ("أعلنت الحكومة، مساء أمس، حالة الطوارئ").
        When no expression is near, the one date of the sentence that is not a report's
        dates the asserted events before it ("اقتحمت قوات الأمن الجامعة واعتقلت عشرات
        الطلاب، في ساعة مبكرة من صباح اليوم"); one before them dates the clause it opens
        ("خرج المتظاهرون امس ...، ورحب رئيس البرلمان في وقت لاحق").
        """
        if not times:
            return None, None
        best = None
        unreported = []
        owned = set()  # dates of another act's verb
        for (s, e), x in times:
            if answered is not None and s in answered and trig.start not in answered:
                continue  # "ردا على مقتل ثلاثة جنود الأسبوع الماضي": the answered act's date
            if s > sent.start and toks[s - 1].key in _HELD and toks[s].key in _SINCE:
                continue  # "الناشطات المعتقلات منذ مايو": how long they are held, no act's date
            if toks[s].key in _SINCE and _compared_since(toks, sent, s):
                continue  # "للمرة الأولى منذ عشر سنوات": the span it is the first in
            reported = any(t.key in REPORTING for t in toks[max(sent.start, s - 4) : s])
            if not reported:
                unreported.append(((s, e), x))
            if e <= trig.start:
                dist = trig.start - e
                if reported and trig.entry.type not in _SPEECH and not _declared(trig.entry):
                    continue
                if trig.entry.type not in _SPEECH and any(t.key in COMPLEMENTIZERS for t in toks[e : trig.start]):
                    continue  # "قال الجيش في بيان صدر اليوم إن قواته قتلت": the statement's date
                if trig.entry.pos == "noun" and trig.start - e <= 1 and any(
                        o.entry.pos == "verb" and o.end <= s and s - o.end <= 5
                        and not any(t.is_punct for t in toks[o.end : s]) for o in others):
                    # "أدان المجلس اليوم هدم المنازل": the date of the verb whose object it is
                    owned.add((s, e))
                    continue
                # (a date fronted before a comma frames the sentence's clauses past other acts:
                # "ويوم الأربعاء الماضي، هاجم مستوطنون البلدة، وأحرقوا 30 منزلا")
                fronted = s <= sent.start + 1 and e < sent.end and toks[e].text in ("،", ",")
                if self._blocked(trig, e, trig.start, others, toks, sent) and not fronted:
                    continue
                if trig.entry.pos == "noun" and any(
                        o.entry.pos == "verb" and o.end <= s and s - o.end <= 4 and o.entry.type != trig.entry.type
                        for o in others):
                    # "رفض المجلس، أمس الأحد، عرضا لوقف إطلاق النار": the date of the verb
                    # just before it, whose object the act is
                    owned.add((s, e))
                    continue
                if s > sent.start + 1 and any(_while_clause(toks, c) for c in range(e, trig.start - 1)):
                    # "قصفت القوات المدينة اليوم، فيما ندد الرئيس": the clause before's date (a
                    # fronted one governs the sentence: "البارحة، بينما كان الهدوء يعم، حدث")
                    continue
                if _relative_before(toks, sent, s, e, trig):
                    continue  # "الهجوم الذي استهدف دورية الأسبوع الماضي، مؤكدة تضامنها": the attack's
                if any(t.key in _DESPITE for t in toks[max(sent.start, s - 6) : s]) and any(
                        t.is_punct for t in toks[e : trig.start]):
                    owned.add((s, e))
                    continue  # "رغم الهدنة المعلنة منذ 12 يناير، تجددت المعارك": the truce's
                if trig.entry.pos == "verb" and any(
                        o.entry.pos == "verb" and o.end <= s and s - o.end <= 4 for o in others):
                    # "أفرج القضاء مساء أمس عن 59 شخصا أوقفتهم الشرطة مساء الثلاثاء": a date
                    # right after another verb is that verb's; one as near after the act, its own
                    dist += 1
            elif s >= trig.end:
                dist = s - trig.end
                if any(toks[k].key in COMPLEMENTIZERS for k in range(trig.end, s)) or any(
                        _while_clause(toks, c) for c in range(trig.end - 1, s - 1)):
                    continue  # (nor "وحجبت المواقع، فيما قال المتحدث اليوم": the next clause's date)
                if any(t.key in _DESPITE for t in toks[trig.end : s]):
                    # "تجددت الاشتباكات رغم الهدنة المعلنة منذ 12 يناير": the date of what
                    # the act goes against
                    owned.add((s, e))
                    continue
                if trig.entry.type not in _SPEECH and (
                        any(t.key in _ACCORDING_TO for t in toks[trig.end : s])
                        or any(t.norm in _RELAYED for t in toks[max(trig.end, s - 4) : s])):
                    # "قصفت الطائرات المواقع، حسبما أفاد مصدر أمس", "وتبنت الجماعة الهجوم في
                    # بيان نقلته وكالة الأنباء أمس": the report's date
                    continue
                if any(toks[k].norm.lstrip("و") in _RELATIVE_WORDS and not _imperfect(toks[k + 1])
                       and any(toks[j].key in PREPOSITIONS and not toks[j].prefix for j in range(k - 3, k))
                       for k in range(max(trig.end + 1, sent.start + 3), s - 1)):
                    # "بسبب مشاركته في احتجاجات التي جرت الصيف الماضي": a relative clause in the
                    # past on a noun after a preposition dates that noun ("الهجوم الذي وقع أمس":
                    # the act itself; "القوة التي تضم 17 ألف عنصر قبل عامين" tells no time;
                    # "لتفريق المتظاهرين الذين خرجوا أمس": the act's own object, its time)
                    owned.add((s, e))
                    continue
                if self._blocked(trig, trig.end, s, others, toks, sent):
                    if any(trig.end <= o.start and o.end <= s and o.entry.pos == "verb" and o.start > 0
                           and (toks[o.start - 1].key == "قد" or toks[o.start - 1].key in _WAS
                                or toks[o.start - 1].norm in _RELATIVE_WORDS) for o in others):
                        # "أفرجت السلطات عن صيادين كانت قد احتجزتهم الأسبوع الماضي": the date
                        # of the verb between, told as before the act ("الذين احتجزهم الأسبوع
                        # الماضي": of the relative clause's verb)
                        owned.add((s, e))
                    continue
            else:
                dist = 0
            if s <= sent.start + 1:
                dist = min(dist, 4)  # a fronted date governs the sentence: "وفجر الأربعاء، ..."
            if dist > self.max_date_distance:
                continue
            dist += self._tense_penalty(x, modality, article_date)
            if best is None or dist < best[0]:
                best = (dist, x)
        if best is not None and best[0] <= self.max_date_distance:
            return best[1], "date.clause"
        if len(unreported) == 1 and modality == Modality.ASSERTED and unreported[0][0] not in owned:
            (s, e), x = unreported[0]
            # (one after the act: one before it, past the act's own nearer words, dates the
            # clause it opens)
            if s >= trig.end and not any(t.key in COMPLEMENTIZERS or t.key in _ACCORDING_TO
                                         for t in toks[trig.end : s]) and not (
                    trig.entry.type in _STATEMENTS and self._about_another_act(toks, sent, trig, s, e, others)):
                if self._tense_penalty(x, modality, article_date) == 0:
                    return x, "date.sentence"
        return None, None

    @staticmethod
    def _about_another_act(toks, sent, trig, s, e, others) -> bool:
        """Whether the date at tokens [s, e) is that of another act a statement is about: told
        after it ("اتهمت المنظمة الجيش بقصف قرى خلال فبراير") or in its relative clause before
        a comma ("أدانت الهجوم الذي استهدف دورية الأسبوع الماضي، مؤكدة تضامنها")."""
        other = [o for o in others if o.entry.type != trig.entry.type]
        if s >= trig.end:
            return any(trig.end <= o.start < s for o in other)
        return _relative_before(toks, sent, s, e, trig) and any(o.end <= s for o in other)

    def _past_reading(self, text, sent, x, article_date):
        """``x`` read as the last such date before the article, if it can be (a month or a
        day named without its year), else None."""
        if self.dates is None:
            return None
        for y in self.dates.find_in_span(text, sent.start_char, sent.end_char, article_date, past=True):
            if (y.start_char, y.end_char) == (x.start_char, x.end_char):
                return y if y.resolved and y.end <= article_date else None
        return None

    def _coming_readings(self, text, sent, times, article_date):
        """``times`` with each day before the article that has a reading in the week after it
        ("يوم الجمعة" in an article of a Sunday: the next Friday) read so; ``times`` itself
        when none has."""
        if self.dates is None or not any(x.resolved and x.end < article_date for _, x in times):
            return times
        ahead = {(y.start_char, y.end_char): y
                 for y in self.dates.find_in_span(text, sent.start_char, sent.end_char, article_date, future=True)
                 if y.resolved and article_date <= y.start and (y.end - article_date).days <= 7}
        if not any((x.start_char, x.end_char) in ahead for _, x in times):
            return times
        return [(r, ahead.get((x.start_char, x.end_char), x)) for r, x in times]

    @staticmethod
    def _tense_penalty(x, modality, article_date) -> int:
        if article_date is None or not x.resolved:
            return 0
        if modality in (Modality.PLANNED, Modality.POSSIBLE, Modality.REQUESTED) and x.end < article_date:
            return 20
        if modality == Modality.ASSERTED and (x.start > article_date or (
                x.start == article_date and x.end > article_date
                # (but the night from the article's day into the next one may be told that
                # night: "ليل الأحد الاثنين" in an article of the Sunday)
                and not ((x.end - x.start).days == 1 and x.text.lstrip("وف").startswith(_NIGHT_WORDS)))):
            return 20  # (nor "خلال 30 يوما" from today on)
        return 0

    @staticmethod
    def _tense_checked(toks, cues, triggers):
        """Drop "قد" before a past verb: "قد حركت" asserts, only "قد تشن" is a possibility;
        and "لا" of "لا يزال" ("still": "لا تزال السلطات تمنع") or "لم" of "لم يستبعد" (did
        not rule out: a possibility), which negate nothing."""
        out = []
        for c in cues:
            if c.entry.forms == ("قد",) and c.end < len(toks):
                nxt = toks[c.end]
                n = nxt.norm[len(nxt.prefix):] if nxt.prefix else nxt.norm
                if not n.startswith(("ي", "ن", "ت")) or n.endswith("ت") or Assembler._had(toks, c.start):
                    continue
            if c.entry.modality == "negated" and c.end < len(toks) and (
                    toks[c.end].key in _STILL or toks[c.end].key in _RULE_OUT):
                continue
            if c.entry.modality == "negated" and c.start > 0 and _spread(toks, c.start):
                continue  # "محاكمة ناشري الأكاذيب": lies spread are a charge, no denial
            if c.entry.modality == "requested" and c.start > 0 and toks[c.start - 1].key in _UNDER:
                continue  # "فرض ... بموجب أمر تنفيذي عقوبات": done under an order, not called for
            if (c.end - c.start == 1 and toks[c.start].key in _SOUGHT and toks[c.start].prefix == "و"
                    and not any(t.key == "الي" or t.prep == "ل" or t.key in COMPLEMENTIZERS
                                for t in toks[c.end : c.end + 5])):
                continue  # "وسعت إسرائيل عملياتها": expanded (وسّع), not "و" + "سعت" (sought to)
            out.append(c)
        return out

    @staticmethod
    def _had(toks, k) -> bool:
        """The "قد" at ``k`` follows "كان" of its clause: "وكان رئيس الأركان، اللواء ...، قد
        توعّد" is the past before the past (form V "توعّد" looks like a present), never a
        possibility; past a relative clause between commas too ("وكان نصر الله، الذي تولى
        قيادة الحزب ... في الجنوب، قد تعهد")."""
        for i in range(k - 1, max(-1, k - 28), -1):
            t = toks[i]
            if t.text in _SENTENCE_ENDS or t.key in COMPLEMENTIZERS:
                return False
            if t.key in _WAS:
                return True
        return False

    # -- casualties ---------------------------------------------------------------------
    def _casualty_filter(self, toks, sent, triggers, actor_ms=(), support=()):
        """Casualty words report the toll of an attack, not an attack of their own.

        Nouns naming the victims ("القتلى", "جرحى") never make an event; "killed" or
        "injured" words ("مقتل", "أصيب") make one only when the sentence names no other
        assault ("قتل 18 شخصا بهجوم مزدوج" is one event: the attack). An attack foiled kills no
        one: "أحبطت قوات الأمن هجوما وقتلت ثلاثة مسلحين" (the forces killed them). No one hurt
        ("دون أن يصاب أي مدني") is no event either. An attack's word inside a name or title
        is no attack ("التابعة لقيادة العمليات المشتركة إن القوات قتلت": the killing is told).
        """
        casualties = [t for t in triggers if t.entry.type == "ASSAULT" and self._is_casualty(toks, t)]
        if not casualties:
            return triggers
        # (nor is an attack plotted the one they fell in: "قتلت القوات مسلحا كان يخطط لهجوم",
        # nor one they are said to have tried: "قتلت القوات شابا بزعم محاولته تنفيذ عملية طعن")
        attacks = [t for t in triggers if t.entry.type == "ASSAULT" and not self._is_casualty(toks, t)
                   and not _foiled(toks, t) and not self._inside_name(toks, t, actor_ms)
                   # (nor the wounding joined after a killing: "قتلت ثلاثة مسلحين وأصابت آخرين")
                   and not (t.entry.id == _WOUNDING and toks[t.start].has_conj
                            and any(c.end <= t.start and c.entry.pos == "verb" for c in casualties))
                   and not any(x.key in self._plotting for x in toks[max(0, t.start - 3) : t.start])
                   and not any(x.key in _ALLEGED for x in toks[max(0, t.start - 4) : t.start])
                   # (nor the attack told before that one answers: "ردت قواته على الهجوم وقتلت
                   # 12 منهم"; one a verb describes is told anew: "ردا على هجوم شنه مسلحون")
                   and not self._answered_before(toks, sent, t, (support, triggers))]
        murders = [t for t in casualties if toks[t.start].key in _ASSASSINATED]
        if murders:
            # "اغتيل الرئيس الأسبق ..، فيما أدان كرزاي الاغتيال": a bare definite noun in a
            # later clause names the killing again, no attack of its own
            # (not the attack it died in: "، في الهجوم الذي")
            again = {id(a) for a in attacks if a.start > murders[0].end and a.end - a.start == 1
                     and _definite(toks[a.start]) and not toks[a.start].prep
                     and toks[a.start - 1].key not in PREPOSITIONS
                     and any(_clause_break(x) for x in toks[murders[0].end : a.start])}
            if again:
                triggers = [t for t in triggers if id(t) not in again]
                attacks = [a for a in attacks if id(a) not in again]
        if murders and attacks and all(a.start > murders[0].end for a in attacks) and toks[
                min(a.start for a in attacks)].prep == "ب":
            # "اغتيل زعيم المجلس بانفجار عبوة ناسفة": the assassination is the event, the blast
            # its means
            means = {id(a) for a in attacks}
            return [t for t in triggers if id(t) not in means and not (t in casualties and t not in murders)]
        # "قتل قناصة أمريكيون ثلاثة قراصنة ... بعد أن خطف القراصنة ربان السفينة": a kill verb
        # with its killer and then its count is an attack of its own, when the others are
        # told in a clause after it
        # (or in a verb joined to it: "قتل مسلحون سائقا وأحرقوا سيارته"; or in a clause on the
        # one killed: "قتلت الشرطة مسلحا أطلق النار على المصلين")
        # (or in a verb after "كما": "قتلت القوات 20 مسلحا، كما دمرت عشرات المنازل")
        killings = {id(t) for t in casualties if attacks and self._killing(toks, t, actor_ms) and all(
            a.start > t.end and (any(x.key in _NEW_CLAUSE for x in toks[t.end : a.start]) or (
                a.entry.pos == "verb" and (toks[a.start].has_conj or toks[a.start - 1].key in _THEN_OR_ALSO or (
                    not toks[a.start].prefix and any(m.start > t.end and m.end == a.start and not _definite(toks[m.start])
                                                     for m in actor_ms)))))
            for a in attacks)}
        # "هجوم على كمين، فيما قال المتحدث إن قوات الجيش قتلت 15 مسلحا": so is one with its
        # killer before it, reported in a clause after the attacks
        # "تمكنت القوات من قتل 20 مسلحا وتدمير آلياتهم": a killing the forces managed is
        # their act, beside the others they managed
        # "أطلق مسلح النار على المصلين قبل أن تقتله الشرطة", "قبل أن يقتل برصاص الجنود":
        # the doer's own death after his attack is an act of its own
        if attacks:
            killings.update(id(t) for t in casualties if _reported_killing(toks, t, actor_ms, attacks)
                            or _undertaken(toks, t) or _doers_fate(toks, sent, t, attacks))
        return [t for t in triggers if not (t in casualties and id(t) not in killings and (
            attacks or (toks[t.start].key in CASUALTY_PEOPLE and not _fell_by_fire(toks, t, actor_ms))
            or _spared(toks, t.start)))]

    @staticmethod
    def _killing(toks, t, actor_ms) -> bool:
        """A kill verb with the killer right after it, then a count or one killed in the
        object's form: "قتل مسلحون 18 مدنيا", "قتل مسلحون سائقا"; or with the killer right
        before it: "إن قواته قتلت 20 مسلحا"."""
        if t.entry.pos != "verb" or toks[t.start].key not in _KILL_VERBS or t.end >= len(toks):
            return False
        killer = next((m for m in actor_ms if m.start == t.end and m.entry.kind != "nisba"
                       and not toks[t.end].prep), None)
        if killer is not None:
            first, objects = t.end + 1, killer.end  # (the object comes past the killer)
        elif not toks[t.start].prefix and any(m.end == t.start and m.entry.kind != "nisba"
                                              and m.entry.sector in _ARMED_SECTORS and not toks[m.start].prep
                                              for m in actor_ms):
            first, objects = t.end, t.end  # (right after the verb)
        else:
            return False
        for k in range(first, min(len(toks), t.end + 8)):
            if toks[k].is_punct:
                return False
            if numbers.parse_number(toks[k].text) is not None:
                return True
            if k >= objects and (_accusative(toks[k]) or (toks[k].key.endswith("ا") and not toks[k].key.endswith(
                    "وا") and not _definite(toks[k]))) and any(m.start == k for m in actor_ms):
                return True
        return False

    @staticmethod
    def _is_casualty(toks, m) -> bool:
        # (a death sentence carried out is an execution, whatever its words: "تنفيذ حكم القتل")
        return m.entry.cameo != "1823" and not _CASUALTY_WORDS.isdisjoint([t.key for t in toks[m.start : m.end]])

    def _drop_mentions(self, toks, sent, events, triggers, article_date=None, attacked=False):
        """Mentions that report no event of their own.

        An act told as done more than three years before the article is history ("في مثل
        هذا اليوم من عام 1945، قصفت القاذفات طوكيو"); the dead or hurt counted over a month
        or longer are a tally ("224 مدنيا قتلوا خلال شهر فبراير"), and so are those counted
        since a war or an uprising broke out ("منذ اندلاع الحرب قتل أكثر من 850 مدنيا"). A participle no one is
        the subject of is an adjective ("هتافات منددة"), and a threat no one makes a danger
        ("بسبب تهديد وشيك"). A definite "the attack" with nothing of its own (no actor,
        target, toll or date; or, in one word, no target, toll nor actor but the sentence's
        subject) beside another assault of the sentence, or after one told in an earlier
        sentence (``attacked``), refers back to it ("انتهت بفشل الهجوم", "ويأتي الهجوم بعد
        أيام", "وتوعد المرشد بأن الهجوم لن يمر دون رد"), and so does one a condemnation
        names ("ودانت عُمان الضربات الأمريكية") or a promised reply answers, whoever its
        words say made it ("إن الضربات الأمريكية البريطانية لن تمر دون رد"); a killed /
        injured word alone with no count, place or date is background ("الحوادث التي أدت إلى
        مقتل مدنيين"), unless a verb tells who killed whom ("قتلت القوات مدنيين") or the
        noun by whose hand ("مقتل رئيس الأركان برصاص مسلحين"). A storming
        told beside an attack of the same side is that attack ("اقتحم مسلحون مدرسة وفتحوا
        النار"), and aid named as a thing is no one's act ("أغلقت المعبر أمام شاحنات
        المساعدات").
        """
        keep_e, keep_t = [], []
        # each storming told beside an attack of the same side, by the attack it is part of
        storming: dict[int, tuple[Event, Any, Any]] = {}
        for ev, trig in zip(events, triggers):
            if ev.type == "COERCE" and ev.mode == "seize" and toks[trig.start].key.startswith(_STORMING):
                # (not past another act between: "اقتحمت القوات البلدة واعتقلت شابين بعد الاعتداء
                # عليهما" is the beating of the arrested)
                o = next(((o, t) for o, t in zip(events, triggers) if o.type == "ASSAULT" and o.modality == ev.modality
                          and (not (ev.actors and o.actors)
                               or {a.code for a in ev.actors} & {a.code for a in o.actors})
                          and not any(min(t.end, trig.end) <= x.start < max(t.start, trig.start)
                                      for x in triggers if x is not t and x is not trig)), None)
                if o is not None:
                    storming.setdefault(id(o[0]), (ev, trig, o[1]))
        folded = {id(ev) for ev, _, _ in storming.values()}
        for ev, trig in zip(events, triggers):
            s, st, ot = storming.get(id(ev), (None, None, None))
            if s is not None and (ev.date is None and s.date is not None or not ev.targets and s.targets
                                  or not ev.actors and s.actors) and not any(
                    _clause_break(t) for t in toks[min(st.end, ot.end) : max(st.start, ot.start)]):
                # "اقتحمت القوات المخيم فجر اليوم وسط اشتباكات": the attack in the same clause
                # is where and when the storming is, and on what it storms (and by whom:
                # "اقتحام المستوطنين للقرية وإحراق منازل فيها")
                ev = attrs.evolve(ev, date=ev.date or s.date, targets=ev.targets or s.targets,
                                  actors=ev.actors or s.actors, rules=(*ev.rules, "merge.storming"))
            if (article_date is not None and ev.date is not None and ev.date.end is not None
                    and ev.modality == Modality.ASSERTED and (article_date - ev.date.end).days > _HISTORY_DAYS):
                continue
            if ev.type == "ASSAULT" and self._is_casualty(toks, trig) and (
                    self._tally(toks, trig, ev.date) or _since_outbreak(toks, sent, trig)):
                continue
            if trig.entry.participle and not ev.actors and toks[trig.start].key not in _PARTICIPLE_NOUNS:
                # "وسط هتافات منددة بالاحتلال": an adjective of a thing, no one's act (a
                # demand read as a participle is one still: "مطالبة أنقرة بالإفراج عن")
                continue
            if (ev.type == "RETREAT" and ev.mode == "ceasefire" and ev.actors
                    and all(a.sector in _RELIEF_SECTORS for a in ev.actors)
                    and any(toks[k].key.startswith(_OPERATIONS_STEM) for k in range(trig.start, trig.end))):
                # "علقت منظمة الصحة العالمية عملياتها في شمال غزة": relief work stopped, no truce
                continue
            if ev.type == "THREATEN" and trig.entry.pos == "noun" and not ev.actors:
                continue  # "بسبب تهديد وشيك": a danger, no one's threat
            if id(ev) in folded:
                continue  # "اقتحم مسلحون مدرسة وفتحوا النار": the storming is the attack's
            if (ev.type == "AID" and trig.entry.pos == "noun"
                    and (trig.end - trig.start == 1 or toks[trig.start].key in _AID_CARRIERS)
                    and not ev.targets and ev.modality == Modality.ASSERTED
                    and not any(r.startswith("slot.") and r != "slot.topic" for r in ev.rules)
                    and not any(a.country in _NOT_STATES for a in ev.actors)
                    and not (trig.start > sent.start and toks[trig.start - 1].key == "ان")
                    and not _arriving(toks, sent, trig.start)):
                # "أغلقت المعبر أمام شاحنات المساعدات": aid as a thing, no one's act, whatever
                # subject the sentence opens with but an aid body (nor aid a clause tells of:
                # "أكد أن المساعدات سيتم توصيلها")
                continue
            if ev.type == "ASSAULT" and trig.entry.pos == "noun":
                bare = not (ev.actors or ev.targets or ev.fatalities or ev.date or ev.place)
                # the attack's word: the noun after "عملية" ("ونددت المنظمة بعملية الخطف"), not
                # an adjective ("العملية البرية")
                head = trig.start + (trig.end - trig.start == 2 and toks[trig.start].key in _OPERATION
                                     and not _NISBA_ENDING.search(toks[trig.start + 1].key))
                # (whoever repelled it is no target of its own: "تصدت القوات الحكومية للهجوم")
                repelled = "slot.repelled" in ev.rules
                one = trig.end - head == 1 and not ((ev.targets and not repelled) or ev.fatalities or ev.injured)
                # (nor one word whose only subject is the sentence's opening one, whatever time
                # or place its clause gives it: "وتعهد قائد الجيش اليوم برد قاس على الهجوم";
                # clashes at a place go on: "بتجدد الاشتباكات في الأحياء الشرقية"; nor one a
                # condemnation or an accusation told before it in the sentence takes as its
                # object, whoever made it: "ودانت عُمان الضربات الأمريكية")
                if not bare and one:
                    own = any(r == "merge.linked" or r.startswith("slot.") and r not in ("slot.topic", "slot.repelled")
                              for r in ev.rules)
                    clash = ev.place and trig.entry.acled and trig.entry.acled[1] == "Armed clash"
                    bare = (not clash and not own) or any(
                        o.type == "ACCUSE" and o.trigger.end_char <= ev.trigger.start_char for o in events) or any(
                        # "إن الضربات الأمريكية البريطانية لن تمر دون رد": the act answered
                        t.entry.type == "THREATEN" and toks[t.start].key == "لن"
                        and trig.end <= t.start <= trig.end + 3 for t in triggers)
                if bare:
                    definite = _definite(toks[head])
                    # (not one named as the incident a report confirms: "وأكدوا واقعة الخطف")
                    incident = trig.start > sent.start and toks[trig.start - 1].key in _INCIDENT
                    others = (attacked and not incident) or any(o.type == "ASSAULT" and o is not ev for o in events)
                    if definite and others:
                        continue
            if (ev.type == "ASSAULT" and self._is_casualty(toks, trig) and ev.fatalities is None
                    and ev.injured is None and ev.place is None and ev.date is None
                    # (a verb with who killed whom tells an act: "قتلت القوات مدنيين", and so
                    # does a death by someone's hand: "مقتل رئيس الأركان برصاص مسلحين", or a
                    # killing an accusation alleges: "اتهمت المنظمة الجيش بقتل مدنيين", or
                    # a noun with its killer and, after "لـ", the killed: "قتل القوات لشاب")
                    and not ((trig.entry.pos == "verb" or "slot.by" in ev.rules or "slot.genitive" in ev.rules or any(
                        o.type == "ACCUSE" and o.mode == "allege" and o.trigger.end_char <= ev.trigger.start_char
                        for o in events)) and ev.actors and ev.targets)):
                continue
            if ((ev.fatalities is not None or ev.injured is not None) and _tallied(ev.date, _TALLY_SINCE_DAYS)
                    and ev.date.granularity == "range"):
                # "قتل 300 فلسطيني في الغارات الإسرائيلية منذ الأول من يناير": the dead counted
                # since more than a week ago are a war's tally, no one attack's toll (one
                # attack dated by its month keeps its own: "غارة خلال مارس الماضي")
                ev = attrs.evolve(ev, fatalities=None, injured=None, rules=(*ev.rules, "fatalities.tally"))
            keep_e.append(ev)
            keep_t.append(trig)
        return keep_e, keep_t

    @staticmethod
    def _tally(toks, trig, date) -> bool:
        """Whether the casualty word ``trig`` is counted over a month or longer, the time
        right after it in its clause: "224 مدنيا قتلوا في سوريا خلال شهر فبراير"."""
        if not _tallied(date):
            return False
        after = [t for t in toks[trig.end : trig.end + 12] if t.start_char < date.start_char]
        return (date.start_char >= toks[trig.end - 1].end_char and date.start_char - toks[trig.end - 1].end_char < 60
                and not any(t.is_punct for t in after))

    @staticmethod
    def _word_positions(toks, time_toks) -> tuple[int, ...]:
        out = [0]
        n = 0
        for i, t in enumerate(toks):
            if not t.is_punct and i not in time_toks:
                n += 1
            out.append(n)
        return tuple(out)

    @staticmethod
    def _operations_of(toks, triggers):
        """"عمليات" before another act's noun counts that act: "عمليات تنكيل" is the abuse,
        "عمليات بحث" a search (no event), not military operations of their own; nor is the
        operation arrests were made during ("اعتقال 15 شخصا خلال عملية أمنية"), unless it
        killed too."""
        starts = {t.start for t in triggers}
        return [
            t for t in triggers
            if not (toks[t.start].key in OPERATIONS and t.end - t.start == 1 and (
                t.end in starts
                # "عمليات إسقاط جوي للمساعدات", "عمليات إجلاء": operations of relief
                or (t.end < len(toks) and toks[t.end].key in _RELIEF_WORK)))
            # "اعتقال 15 شخصا ... خلال عملية أمنية": the operation the arrests were made in
            # (but one that killed too is an attack: "مقتل 25 مسلحا واعتقال 40 آخرين في عملية")
            # (or bare: "ألقت الشرطة القبض على 25 مشتبها في عمليات متزامنة")
            and not (t.entry.id in _OPERATION_NOUNS and t.start > 0
                     and toks[t.start - 1].key in _DURING and _after_act(
                         toks, t, triggers, ("COERCE",), 12, _clause_break, mode="arrest")
                     and not any(x.key in KILL_WORDS for x in toks[max(0, t.start - 12) : t.start]))
        ]

    def _threat_content(self, toks, triggers, time_toks=frozenset()):
        """What is threatened is the threat, not an act done: "هدد زعيم الحوثيين باستهداف
        السفن", "توعد بالرد": one THREATEN event, with what is threatened as its target.
        What kind of act is threatened gives the threat its mode and CAMEO code: "هدد بفرض
        عقوبات" is a threat to sanction (restrict, 1312), not of force."""
        drop = set()
        kinds: dict[int, tuple[str, str]] = {}
        for th, t in zip(triggers, triggers[1:]):
            # (past the threatener's name: "هدد زعيم جماعة أنصار الله عبد الملك الحوثي باستهداف")
            # (a verb's entry read on its verbal noun is one, no verb takes "ب": "توعد
            # بالتصدي", "هدد بضرب")
            if (th.entry.type != "THREATEN" or t.entry.type == "THREATEN" or not 0 <= t.start - th.end <= 12
                    or t.entry.pos != "noun" and toks[t.start].prep != "ب"):
                continue
            # (the light noun past quotes and a superlative: "بشن «أكبر حملة جوية»")
            k = t.start - 1
            while k > th.end and (toks[k].text in _QUOTES or toks[k].key in _FIRSTS):
                k -= 1
            word = toks[k].norm.lstrip("و")
            light = k >= th.end and word[:1] == "ب" and (word[1:] in _LIGHT_NOUNS or word[1:] in _GO_ON)
            if (
                (toks[t.start].prep == "ب" or light or (
                    # "متوعدة بمزيد من العمليات": more of the act (also after its light
                    # verb's noun: "هددت بفرض مزيد من العقوبات")
                    t.start - 2 >= th.end and toks[t.start - 1].key == "من"
                    and (toks[t.start - 2].norm.lstrip("و") == "بمزيد" or (
                        toks[t.start - 2].norm == "مزيد" and t.start - 3 >= th.end
                        and toks[t.start - 3].norm.startswith("ب") and not toks[t.start - 3].is_punct))))
                # "هددت الحكومة بشن هجوم": the act after a light verb's noun (or the act
                # continued or widened: "توعد بمواصلة الضربات", "هدد بتوسيع العملية"), also past the threatener's name between
                # commas ("وتوعد المتحدث، أحمد المسماري، بشن"); else no mark between but
                # those of a time between commas ("هدد زعيم الجماعة، اليوم الثلاثاء، باستهداف")
                and (t.start - th.end <= 8 or light) and (not any(
                    x.is_punct and x.text not in _QUOTES and not (light and x.text in ("،", ","))
                    for x in toks[th.end : t.start]) or any(
                    _time_aside(toks, k, t.start, time_toks) for k in range(th.end, t.start - 2)))
            ):
                drop.add(id(t))
                kind = _THREATENED.get((t.entry.type, t.entry.mode)) or _THREATENED.get((t.entry.type, None))
                if kind is not None and th.entry.mode == "violence":
                    kinds[id(th)] = kind
        return [
            self._as_threat(t, *kinds[id(t)]) if id(t) in kinds else t
            for t in triggers if id(t) not in drop
        ]

    @staticmethod
    def _warnings(toks, sent, triggers, phrases):
        """A warning is a threat where it names whom it warns ("محذرا إسرائيل من أن أي حرب
        ...", "حذرت واشنطن طهران من") or, after "من أن", what the warner will do ("حذر
        الحزب من أن أي محاولة لنزع سلاحه ستواجه"); the threat of force told in that clause
        ("من أن بلاده سترد بحزم") is the warning's, and so is a price to pay unless one
        complies ("من أنها ستخسر الدعم إذا لم تفعل ذلك"). A warning of a danger ("حذرت الأمم
        المتحدة من خطورة الأوضاع", "محذرا من أن أي تأخير سيمنح النظام الوقت") is none.
        The force the clause announces ("من أن الجيش سيضرب بيد من حديد") is the threat's."""
        if not any(t.entry.warning for t in triggers):
            return triggers
        drop = set()
        for t in triggers:
            if not t.entry.warning:
                continue
            of = _warned_of(toks, sent, t, phrases)
            if of is None or any(toks[k].text in _SENTENCE_ENDS for k in range(t.end, of)):
                drop.add(id(t))
                continue
            addressee = _warned_whom(toks, t, of, phrases)
            # (also "من أنه", "من أنها")
            clause = range(of + 2, min(sent.end, of + 16)) if of + 1 < sent.end and (
                toks[of + 1].key in COMPLEMENTIZERS) else ()
            # (or force to come: "من أنه سيتصدى بحزم")
            told = any(toks[k].norm.lstrip("وف") in _RESPONSES for k in clause) or any(
                o.entry.type == "ASSAULT" and o.start in clause and toks[o.start].prefix[-1:] == "س"
                for o in triggers) or any(
                # (or a price unless one complies: "من أنها ستخسر الدعم إذا لم تفعل ذلك")
                toks[k].key == "لم" and toks[k - 1].key in _UNLESS for k in clause) or (
                # (or the warner's own forceful response: "حذرت بيونغ يانغ من رد حازم على", "من
                # رد عسكري قوي"; not another state's: "من رد عسكري أمريكي حازم")
                of + 2 < sent.end and toks[of + 1].key in _RESPONSE_NOUNS and not toks[of + 1].prefix
                and any(toks[k].key in _FORCEFUL for k in range(of + 2, min(sent.end, of + 4)))
                and not any(p.kind == "nisba" and of + 2 <= p.start <= of + 3 for p in phrases))
            if addressee is None and not told:
                drop.add(id(t))
                continue
            # the threat in the clause is this one ("من أن بلاده سترد بحزم"), and so is the
            # force it announces ("من أن الجيش سيضرب بيد من حديد")
            drop.update(id(o) for o in triggers if o is not t and of < o.start < of + 16 and (
                o.entry.type == "THREATEN" or o.entry.type == "ASSAULT" and toks[o.start].prefix[-1:] == "س"))
        return [t for t in triggers if id(t) not in drop]

    def _as_threat(self, trig, mode, cameo):
        """The threat ``trig`` with the mode and CAMEO code of what it threatens."""
        return attrs.evolve(trig, entry=self._reading(trig.entry, mode=mode, cameo=cameo))

    def _expulsions(self, toks, sent, triggers):
        """"طرد موسكو دبلوماسيا أوكرانيا": driving out an envoy is an expulsion, not an
        attack (the verb's own entry is of force: "طرد عناصر التنظيم من المدينة"), and so
        are an envoy's hours to leave ("منحت السفير مهلة 72 ساعة لمغادرة البلاد"), told
        alone or after the expulsion; driving out migrants is deporting them."""
        if self._expel is None:
            return triggers
        out = []
        for t in triggers:
            if t.entry.type == "ASSAULT" and toks[t.start].key in _EXPEL:
                # (or staff of a mission: "طرد 12 موظفا من الشبكة القنصلية")
                envoy = next((k for k in range(t.end, min(sent.end, t.end + 6))
                              if toks[k].key in _ENVOYS or toks[k].key in _STAFF_EXPELLED
                              or toks[k].key in _MISSIONS or toks[k].is_punct), None)
                if envoy is not None and not toks[envoy].is_punct:
                    t = attrs.evolve(t, entry=self._reading(self._expel, pos=t.entry.pos, names_object=False))
                elif self._deport is not None and any(
                        toks[k].key in _MIGRANTS for k in range(t.end, min(sent.end, t.end + 4))):
                    # "طرد آلاف المهاجرين": migrants driven out of a state are deported
                    t = attrs.evolve(t, entry=self._reading(self._deport, pos=t.entry.pos, names_object=False))
            elif t.entry.type == "THREATEN" and any(
                    toks[k].key in _TO_LEAVE for k in range(t.end, min(sent.end, t.end + 10))):
                if t.entry.pos == "noun" and any(o.entry.mode == "expel" for o in out):
                    continue  # "طردت السفير ومنحته مهلة 48 ساعة لمغادرة البلاد": the expulsion's
                # "أمهلت الجزائر 12 موظفا في السفارة 48 ساعة لمغادرة أراضيها", "منحت السفير
                # مهلة 72 ساعة لمغادرة البلاد": hours to leave are an expulsion (not residents'
                # hours to leave their homes, a warning)
                if t.entry.pos == "verb" or any(toks[k].key in _ENVOYS or toks[k].key in _STAFF_EXPELLED
                                                for k in range(sent.start, t.start)):
                    t = attrs.evolve(t, entry=self._reading(self._expel, pos=t.entry.pos, names_object=False))
            out.append(t)
        return out

    def _read_anew(self, toks, sent, triggers, places, support):
        """Acts another entry names better, in one pass: a death sentence carried out is a
        killing ("نفّذت السلطات أمس حكم الإعدام بحق 47 مدانا"; the sentence handed down,
        "قضت المحكمة بالإعدام", stays a sanction, as does "قضت ... بإعدام 28 متهما"), freeing a
        place is taking it ("حررت القوات بلدات عدة", 'حرروا "مدينة" سرت'; freeing people is a
        release: "حررت القوات الرهائن"), and a bare feminine verbal noun after a clause is its
        participle ("نظمت النقابة وقفة أمام الوزارة، مطالبة الحكومة بصرف الرواتب": the union
        demands of the government; "جدد الوزير مطالبة المجتمع الدولي بـ" stays the noun)."""
        out = []
        for i, t in enumerate(triggers):
            e = t.entry
            if (e.pos == "noun" and not e.participle and t.end - t.start == 1 and t.start > sent.start
                    and toks[t.start].key in _PARTICIPLE_NOUNS and not toks[t.start].prefix
                    and not toks[t.start].suffixed and (toks[t.start - 1].text in ("،", ",") or (
                        toks[t.start - 1].key not in PREPOSITIONS and not toks[t.start - 1].is_punct
                        and any(o.entry.type == "PROTEST" and o.end <= t.start for o in triggers[:i])))):
                out.append(attrs.evolve(t, entry=self._reading(e, pos="verb", participle=True)))
                continue
            if (e.type == "SANCTION" and self._execution is not None
                    and any(toks[i].key in _DEATHS for i in range(t.start, t.end))
                    and any(s.entry.id == _CARRY_OUT and s.end <= t.start and t.start - s.end <= 10
                            and not any(x.is_punct and x.text not in ("،", ",") for x in toks[s.end : t.start])
                            for s in support)):
                t = attrs.evolve(t, entry=self._execution)
            elif ((e.type == "ASSAULT" and e.cameo == "1823" or toks[t.start].key == _DETAIN)
                    and self._sentence is not None and t.end - t.start == 1
                    and toks[t.start].prep == "ب" and _court_verb(toks, max(sent.start, t.start - 12), t.start)
                    and not any(x.is_punct and x.text not in ("،", ",")
                                for x in toks[max(sent.start, t.start - 12) : t.start])):
                # "قضت المحكمة، في جلستها اليوم، بإعدام 28 متهما": a death sentence handed down
                # (or one to prison: "قضت المحكمة بحبس الصحفي عامين")
                t = attrs.evolve(t, entry=self._sentence)
            elif (e.type == "RETREAT" and e.mode == "release" and self._taken is not None
                    and t.end - t.start == 1 and toks[t.start].key.startswith(_FREE)):
                k = t.end
                while k < len(toks) and toks[k].text in _QUOTES:
                    k += 1
                while k < len(toks) - 1 and toks[k].key in _LANDFORMS and not any(m.start == k for m in places):
                    k += 1  # "حررت شبه جزيرة الفاو"
                if k < len(toks) and (toks[k].key in PLACE_NOUNS or any(m.start == k for m in places)):
                    t = attrs.evolve(t, entry=self._taken)
            out.append(t)
        return out

    def _violations(self, toks, sent, triggers):
        """A truce a verb of violating takes as its object is its violation, no truce: "خرق
        الحوثيون الهدنة", "انتهكت قوات النظام اتفاق وقف إطلاق النار". Past the verb's subject
        the trigger is the verb alone, the subject left to be its actor."""
        if self._violation is None:
            return triggers
        out = []
        for t in triggers:
            if (t.entry.type == "RETREAT" and t.entry.mode == "ceasefire" and t.start > sent.start
                    and not toks[t.start].prep and not toks[t.start].has_conj):
                k = t.start - 1
                if k > sent.start and toks[k].key in AGREEMENT_NOUNS and not toks[k].prefix:
                    k -= 1  # "انتهكت القوات اتفاق وقف إطلاق النار"
                j = k
                while j > max(sent.start, k - 5) and not _word_in(toks[j], _VIOLATING) and not (
                        _punct(toks[j]) or toks[j].prep or toks[j].has_conj or toks[j].key in FUNCTION_WORDS):
                    j -= 1
                if _word_in(toks[j], _VIOLATING):
                    out.append(attrs.evolve(t, start=j, end=j + 1 if j < k else t.end, entry=self._violation))
                    continue
            out.append(t)
        return out

    def _stopped_acts(self, toks, sent, triggers):
        """An attack a verb of stopping takes as its object is a ceasefire: "ستوقف حملة
        القصف", "أوقفت الغارات" (where "أوقفت" is no arrest), and so is a stop of its kind
        before the firing ("وقف مشروط لإطلاق النار"); aid suspended is a sanction:
        "أعلنا تعليق كل أشكال الدعم المالي", and cooperation stopped ties cut: "وقف التنسيق
        الأمني". The trigger spans the verb or verbal noun of
        stopping, so its tense gives the modality; past the verb's subject ("علقت الحركة
        هجماتها") it is the verb alone, the subject left to be its actor."""
        stops = {}
        ended = set()
        for t in triggers:
            if t.entry.pos != "noun" or t.start <= sent.start:
                continue
            if t.entry.type == "COERCE" or t.entry.id == _EXECUTION_NOUN or t.entry.mode == "convict":
                # "دعت إلى وقف إعدام المعتقلين", "أعلنت وقف الاعتقالات", "أوقفت المحكمة حكم
                # الإعدام": an end of arrests, executions or a sentence is no such act, nor a truce
                k = t.start - 1
                while k > sent.start and (toks[k].key in _AT_ONCE or toks[k].key in _ALL_FORMS
                                          or toks[k].key == _CARRYING_OUT or toks[k].key in OPERATIONS):
                    k -= 1  # (past "تنفيذ", "عمليات": "وقف تنفيذ أحكام الإعدام")
                if not toks[t.start].prep and _word_in(toks[k], _ENDS_OF_ACTS):
                    ended.add(id(t))
                continue
            if t.entry.type == "ASSAULT" and self._ceasefire is not None:
                words, entry = _STOPPING | _SUSPENDING_ACTS, self._ceasefire
            elif t.entry.type == "AID" and self._discontinue is not None:
                words, entry = _SUSPENDING, self._discontinue
            elif t.entry.type == "COOPERATE" and self._cut_ties is not None:
                # "أعلن وقف التنسيق الأمني مع إسرائيل", "قررت إنهاء التعاون العسكري": ties cut
                words, entry = _CUTTING, self._cut_ties
            else:
                continue
            # (past quotes and an adverb, 'ستوقف "فورا" حملة القصف', or "all forms of")
            k = t.start - 1
            while k > sent.start and (toks[k].text in _QUOTES or toks[k].key in _AT_ONCE
                                      or toks[k].key in _ALL_FORMS):
                k -= 1
            if toks[t.start].prep == "ل" and entry is self._ceasefire:
                # (and the noun of stopping, past the words of its kind: "وقف مشروط لإطلاق
                # النار", "وقفا نهائيا وثنائيا لإطلاق النار", "وقف طويل الأمد لإطلاق النار")
                words = _STOPPING_OR_NOUNS
                k = next((j for j in range(k, max(sent.start, t.start - 4) - 1, -1)
                          if toks[j].is_punct or _word_in(toks[j], words)), k)
            elif (entry in (self._ceasefire, self._cut_ties) and not toks[t.start].prep
                  and any(toks[j].key in words for j in range(max(sent.start, k - 3), k))
                  and (_definite(toks[t.start]) or _has_object_suffix(toks[t.start]))):
                # (past its subject, a definite noun and its adjectives: "علقت الحركة
                # هجماتها", "أوقفت الطائرات الروسية الغارات")
                j = k
                while j > max(sent.start, k - 3) and _definite(toks[j]) and not toks[j].prep:
                    j -= 1
                if j < k and _word_in(toks[j], words):
                    stops[id(t)] = (j, j + 1, entry)  # (the verb alone, its subject after it)
                    continue
            if entry is self._ceasefire and k == t.start - 1 and not toks[t.start].prep and (
                    _definite(toks[t.start]) or _has_object_suffix(toks[t.start])):
                words = _STOPPING_OR_NOUNS  # "وقف عملياتها", "إيقاف الهجمات": the stop's noun
            if _word_in(toks[k], words):
                stops[id(t)] = (k, t.end, entry)
        if ended:
            triggers = [t for t in triggers if id(t) not in ended]
        if not stops:
            return triggers
        verbs = {k for k, _, _ in stops.values()}
        return [
            attrs.evolve(t, start=stops[id(t)][0], end=stops[id(t)][1], entry=stops[id(t)][2]) if id(t) in stops else t
            for t in triggers if t.start not in verbs
        ]

    def _reading(self, entry, **changes):
        """``entry`` with ``changes``, made once per entry and changes."""
        key = (entry.id, tuple(sorted(changes.items())))
        read = self._readings.get(key)
        if read is None:
            read = self._readings[key] = attrs.evolve(entry, **changes)
        return read

    @staticmethod
    def _act_contents(toks, triggers):
        """Acts named as the content of another act are that act, not events of their own:
        what an agreement is about or for ("اتفاقا لوقف إطلاق النار", "الاتفاق على هدنة",
        "اتفاقية للتعاون الأمني"), the protest a summons, a strike or a sanction is made to lodge,
        and what a protest refuses (its cause, no rejection of its own)."""

        def after(t, types, limit, ends):
            return _after_act(toks, t, triggers, types, limit, ends)

        def sentence_break(x):
            return x.text in (".", "؛") or x.key in COMPLEMENTIZERS

        kept = []
        agreed = {t.end for t in triggers if t.entry.type == "AGREE"}
        # (an agreement's act that ends with its preposition takes the agreement after it)
        signed = {t.end for t in triggers if t.entry.type == "AGREE" and t.end - t.start > 1
                  and toks[t.end - 1].key in PREPOSITIONS}
        for t in triggers:
            e, tok = t.entry, toks[t.start]
            # (a truce agreed to by a verb is an act of its own: "اتفق الطرفان على وقف لإطلاق
            # النار", planned)
            if e.type == "RETREAT" and e.mode == "ceasefire" and e.pos == "noun" and not tok.prep and (
                _after_act(toks, t, triggers, ("AGREE",), 2, _punct, pos="noun") or (
                    t.start > 0 and toks[t.start - 1].key in AGREEMENT_NOUNS
                    # (an agreement that is no event of its own, said to come into force, is
                    # the truce beginning: "دخل اتفاق وقف إطلاق النار حيز التنفيذ")
                    and (t.start in agreed or not _takes_effect(toks, t.start - 1, t.end)))
            ):
                continue
            if e.type == "PROTEST" and e.pos == "noun" and (
                (tok.prep == "ل" and after(t, _LODGED, 8, _clause_break))
                # (or conveyed: "استدعت السفير لإبلاغه احتجاج القاهرة")
                or (t.start > 0 and toks[t.start - 1].norm.lstrip("ولب").startswith(_CONVEYING)
                    and after(t, _LODGED, 8, _clause_break))
                # (the adverbial past a comma too: "أضرب المعتقلون عن الطعام، احتجاجا على")
                or (not tok.prefix and tok.norm.endswith("ا") and after(t, _LODGED, 12, sentence_break))
            ):
                # "استدعت الخارجية السفير للاحتجاج على تصريحاته" / "احتجاجا على": no street
                # protest; "نفذ العمال إضرابا احتجاجا على", "قطعت علاقاتها احتجاجا على": the
                # cause of the act before
                continue
            if e.pos == "noun" and tok.suffixed and t.start > 0 and toks[t.start - 1].key in _CIRCUMSTANCES:
                continue  # "ظروف احتجازهم", "مكان اعتقاله": the state one is in, no new act
            if e.type == "AID" and tok.prep == "ل" and t.start > 0 and toks[t.start - 1].key in _FACILITIES:
                continue  # "أنشأت الحكومة مركزا لإيواء المهاجرين": what a place is for
            if e.type == "AID" and tok.key in _ARMING and _definite(tok):
                continue  # "الخصمين شديدي التسليح", "سباق التسليح": armament, no one armed
            if e.type == "AID" and tok.key in _GRANT and not ends_in_taa_marbuta(tok.text):
                continue  # "ومنحه 72 ساعة" (and gave him): a grant is written with ة ("منحة")
            if e.mode == "convict" and tok.key in _PRISON and not tok.prefix and t.start > 0 and (
                    toks[t.start - 1].key in LOCATIVE):
                continue  # "في سجن عوفر", "من السجن": the prison, where one is
            if e.type == "ACCUSE" and (e.pos == "noun" or _definite(tok)) and after(t, ("ACCUSE",), 6, _clause_break):
                continue  # "متهما قوات الدعم السريع بتلفيق الاتهامات": what the accusation says
            if e.type == "REJECT" and tok.norm.endswith("ا") and not tok.prefix and after(
                t, ("PROTEST",), 10, sentence_break
            ):
                continue  # "تظاهر الآلاف رفضا لترشحه": what a protest refuses is its cause
            if e.type == "ASSAULT" and tok.prep == "ب" and (e.cameo != "1823" or any(
                    o.end == t.start and o.entry.type == "SANCTION" for o in triggers)) and _after_act(
                toks, t, triggers, ("SANCTION",), 6, _clause_break, mode="convict"
            ):
                # "حكمت المحكمة بالقتل": the sentence passed, no killing; a death sentence is read
                # anew after a court's verb (see _read_anew), and is the kind of the sentence right
                # after its noun ("أصدرت المحكمة حكما بالإعدام")
                continue
            if e.type == "AGREE" and e.pos == "noun" and t.start in signed:
                continue  # "التوقيع على الاتفاق", "المصادقة على الاتفاقية": what is signed
            kept.append(t)
        return kept

    def _summons(self, toks, sent, triggers):
        """A summons of another state's envoy is an accusation ("استدعت الخارجية السفير
        الروسي"); the same verb with the envoy's possessive suffix recalls the actor's own,
        a withdrawal ("استدعت الأردن سفيرها لدى إسرائيل"). Of the two readings at a verb,
        the envoy's suffix keeps one."""
        recalls = self._recalls
        if not recalls or not any(toks[t.start].key in recalls for t in triggers):
            return triggers
        out = []
        for t in triggers:
            recall = recalls.get(toks[t.start].key)
            if recall is None:
                out.append(t)
                continue
            # (past a subject and a time between commas: "استدعت وزارة الخارجية العراقية، أمس
            # الثلاثاء، سفيرها"; not into a clause of its own)
            envoy = next((k for k in range(t.start + 1, min(sent.end, t.start + 12))
                          if toks[k].key in _ENVOYS or toks[k].key in COMPLEMENTIZERS), None)
            if envoy is not None and toks[envoy].key not in _ENVOYS:
                envoy = None
            own = envoy is not None and _own_envoy(toks, envoy, sent.end) > 0
            if t.entry.names_object and own:
                if not any(o.start == t.start and not o.entry.names_object for o in triggers):
                    # only the summons' verb was found (its subject stands before the envoy)
                    out.append(attrs.evolve(t, entry=self._reading(recall, pos=t.entry.pos)))
            elif t.entry.names_object or own or not any(
                    o.start == t.start and o.entry.names_object for o in triggers):
                out.append(t)
        return out

    def _light_verbs(self, toks, triggers, support):
        """A verb that is also a light verb ("فرضت") before another kind of act's noun is
        that act's light verb, not an act of its own: "فرضت السلطات حظر التجول" is a curfew,
        and so is "وفرضت حظر تجول" with its subject carried; so is one in that act's relative
        clause: "الحصار الذي فرضته على المدينة". A verb whose own word follows it first is
        none ("أطلقت الشرطة سراح عشرة متظاهرين": a release, and the protesters released)."""
        light = {m.start for m in support}
        rests = self._rest_words
        drop = {id(v) for v in triggers if v.entry.pos == "verb" and v.end - v.start == 1 and v.start in light
                and v.start > 0 and toks[v.start - 1].key in RELATIVE and any(
                    o is not v and v.start - 3 <= o.end - 1 < v.start - 1 and o.entry.type != v.entry.type
                    for o in triggers)}
        for v, n in zip(triggers, triggers[1:]):
            if (
                v.entry.pos == "verb" and v.end - v.start == 1 and v.start in light
                and n.entry.pos == "noun" and n.entry.type != v.entry.type
                and 0 <= n.start - v.end <= 6 and not any(x.is_punct for x in toks[v.end : n.start])
                # "أطلق مسلحون النار على متظاهرين": a noun after a preposition is no object
                # (nor one that starts with it: "على الحشود التي خرجت إلى الشوارع")
                and not toks[n.start].prep and toks[n.start - 1].key not in PREPOSITIONS
                and toks[n.start].key not in PREPOSITIONS
                and not any(x.key in rests.get(v.entry.id, ()) for x in toks[v.end : n.start])
            ):
                drop.add(id(v))
        return [t for t in triggers if id(t) not in drop]

    @staticmethod
    def _attack_objects(toks, triggers, time_toks=frozenset(), actor_ms=()):
        """An assault verb whose object is an attack ("صدت القوات هجوما", "أحبط هجوما") is
        told through that attack: the attack is the event, the verb is not another one (also
        past a time and a count: "صدت خلال الساعات الـ24 الماضية ثماني هجمات"); not an
        attack's word inside the subject's name ("قصفت قوى العدوان")."""
        drop = set()
        joined = {}  # attacks told from the verb whose subject they are
        for v, n in zip(triggers, triggers[1:]):
            if (
                v.entry.type == n.entry.type == "ASSAULT" and v.entry.pos == "verb"
                and not Assembler._inside_name(toks, n, actor_ms)
                and n.entry.pos == "noun" and 0 <= n.start - v.end <= 12
                # ("تصدت الدفاعات لعدوان": one confronts with "ل")
                and (not toks[n.start].prep or (toks[n.start].prep == "ل" and toks[v.start].key in REPEL))
                and not toks[n.start].has_conj
                # (not past "بعد" or a preposition: "سيطرتها على مدينة قندهار بعد معارك"; nor
                # during it: "فجرا نفسيهما خلال الهجوم")
                and not any(x.is_punct or x.key in _AFTER_WORDS or x.key in PREPOSITIONS
                            or (x.key in _DURING and k not in time_toks)
                            for k, x in enumerate(toks[v.end : n.start], start=v.end))
                and (n.start - v.end <= 3 or sum(
                    k not in time_toks and not Assembler._only_quantities((toks[k],))
                    for k in range(v.end, n.start)) <= 3
                    # (a craft downed past a long subject and its own words: "أسقطت الدفاعات
                    # الجوية الروسية طائرة أوكرانية مسيرة" is one downing)
                    or n.entry.id == _DOWNED and toks[v.start].key in SHOOT_DOWN and n.start - v.end <= 8)
            ):
                # (but a craft destroyed is what the verb struck, its launch told by the
                # relative verb: "دمرت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون")
                craft = v.entry.mode == "destroy" and toks[n.end - 1].key in CRAFT
                drop.add(id(n) if craft else id(v))
                if not craft and n.start == v.end and _has_object_suffix(toks[v.end - 1]):
                    # "منزل دمرته غارة إسرائيلية": the attack is the verb's subject, its
                    # pronoun the thing struck; one act told from the verb on
                    joined[id(n)] = attrs.evolve(n, start=v.start)
        return [joined.get(id(t), t) for t in triggers if id(t) not in drop]

    @staticmethod
    def _aid_objects(toks, triggers):
        """Aid named as what is let in or kept out ("منع دخول كافة أنواع المساعدات", "السماح
        بدخول المساعدات") is the object of that act, not an aid event of its own; so is aid
        carried by what is seized or attacked ("استولى مسلحون على شاحنة محملة بالمساعدات"), and
        so is a ship of aid intercepted ("اعترضت البحرية سفينة مساعدات": its words are those of
        the interception); and aid people wait for ("مدنيين كانوا ينتظرون المساعدات") is none
        given yet, nor is aid stolen or sold ("اتهامات بسرقة المساعدات")."""
        seized = {(t.start, t.end) for t in triggers if t.entry.type == "COERCE"}
        drop = {id(t) for t in triggers if t.entry.type == "AID" and (
            (t.start, t.end) in seized
            or t.entry.pos == "noun" and t.start > 0 and (
                toks[t.start - 1].key in _WAITING_FOR or _word_in(toks[t.start - 1], _AID_TAKEN)))}
        for v, n in zip(triggers, triggers[1:]):
            if n.entry.type != "AID" or n.entry.pos != "noun" or any(
                    x.is_punct or x.has_conj for x in toks[v.end : n.start]):
                continue
            if (
                (v.entry.type == "COERCE" or v.entry.mode == "access") and 0 <= n.start - v.end <= 4
                and not toks[n.start].has_conj and not toks[n.start].prep
                # (what enters is the verb's subject: "دخلت 50 شاحنة مساعدات إلى القطاع")
                and not (v.entry.id == _ENTRY and Assembler._only_quantities(toks[v.end : n.start]))
            ) or (
                v.entry.type in ("COERCE", "ASSAULT") and 0 < n.start - v.end <= 6
                and toks[n.start - 1].key in _LOADED
                # (the verb's object, not its subject: "دخلت 50 شاحنة محملة بالمساعدات"; what
                # enters is its subject: "دخلت عشرات الشاحنات المحملة بالمساعدات")
                and v.entry.id != _ENTRY
                and not all(x.key in QUANTITY or numbers.parse_number(x.text) is not None
                            for x in toks[v.end : n.start - 2])
            ):
                drop.add(id(n))
        return [t for t in triggers if id(t) not in drop]

    @staticmethod
    def _struck_objects(toks, triggers):
        """A convoy of aid or troops, or a meeting, that an attack strikes ("استهدفت مسيرة
        رتلا عسكريا", "تعرضت قافلة مساعدات لإطلاق نار", "غارة استهدفت اجتماعا") is its target,
        not an aid, a deployment or talks; weapons launched together ("صواريخ وطائرات مسيرة")
        are one attack."""
        drop = set()
        for a, b in zip(triggers, triggers[1:]):
            if any(x.is_punct for x in toks[a.end : b.start]):
                continue
            if (a.entry.type == b.entry.type == "ASSAULT" and b.entry.needs_support
                    and 0 <= b.start - a.end <= 3 and toks[b.start].has_conj):
                drop.add(id(b))  # "أطلقوا صواريخ وطائرات مسيرة": one salvo of both
            elif (a.entry.type == b.entry.type == "ASSAULT" and a.entry.pos == b.entry.pos == "noun"
                  and b.start == a.end and toks[b.start].has_conj
                  and "crowd-control" in (a.entry.mode, b.entry.mode) and a.entry.mode != b.entry.mode):
                # "أطلقت الرصاص الحي والغاز المسيل للدموع لتفريق المحتجين": one dispersal
                drop.add(id(b) if a.entry.mode == "crowd-control" else id(a))
            elif (a.entry.type == "ASSAULT" and b.entry.type in ("AID", "MOBILIZE", "CONSULT") and b.entry.pos == "noun"
                    and 0 <= b.start - a.end <= 3 and not toks[b.start].prep and not toks[b.start].has_conj):
                drop.add(id(b))
            elif (a.entry.type in ("AID", "MOBILIZE") and a.entry.pos == "noun"
                  and (b.entry.type == "ASSAULT" or b.entry.mode == "seize") and toks[b.start].prep == "ل" and (
                      0 <= b.start - a.end <= 3 and a.start > 0 and toks[a.start - 1].key in SUFFER
                      # (or the verb after it: "قافلة مساعدات تعرضت للنهب")
                      or b.start == a.end + 1 and toks[a.end].key in SUFFER)):
                drop.add(id(a))
        return [t for t in triggers if id(t) not in drop]

    @staticmethod
    def _same_attack(toks, sent, triggers):
        """Attack nouns after an attack that are that attack: the destruction it caused ("قصفت
        الطائرات المدينة، ما أدى إلى مقتل عشرة مدنيين وتدمير منازل"), and the attack told
        again to describe it, with what it is called ("أحرق مستوطنون المنازل ..، في هجوم
        وصفه مسؤولون بأنه مذبحة"); and the wounded it left, told by a verb joined to it
        ("قتلت القوات شابا وأصابت ثلاثة آخرين")."""
        drop = set()
        cause = None  # the last attack kept
        for b in triggers:
            if b.entry.type != "ASSAULT":
                continue
            if cause is not None and b.entry.id == _WOUNDING and toks[b.start].has_conj and not any(
                    x.text in _SENTENCE_ENDS for x in toks[cause.end : b.start]):
                drop.add(id(b))
                continue
            if cause is not None and b.entry.pos == "noun" and (
                    _an_effect(toks, cause, b) or _told_again(toks, sent, b)):
                drop.add(id(b))
                continue
            cause = b
        return [t for t in triggers if id(t) not in drop]

    @staticmethod
    def _protesters(toks, triggers, actor_ms):
        """Protesters named as people ("المحتجون") are a protest only when no verb of the
        sentence tells it and they are not its victims ("مقتل متظاهرين")."""
        people = [
            t for t in triggers
            if t.entry.type == "PROTEST" and any(
                a.entry.sector == "OPP" and a.start < t.end and t.start < a.end for a in actor_ms
            )
        ]
        if not people:
            return triggers
        # "ورفع المحتجون لافتات ورددوا شعارات": a verb tells the protest, they are its actors
        told = any(t.entry.type == "PROTEST" and t.entry.pos == "verb" and t not in people for t in triggers)

        def victims(t) -> bool:
            # "مقتل أحد المتظاهرين", "أصيب عشرات المتظاهرين": past a count, killed or hurt
            k = t.start - 1
            while k > 0 and t.start - k <= 3 and (toks[k].key in _ONE_OF or Assembler._only_quantities((toks[k],))):
                k -= 1
            return k >= 0 and toks[k].key in _KILL_OR_INJURY

        drop = {
            id(t) for t in people
            if told or (t.start > 0 and (
                victims(t) or toks[t.start].prep
                # "محاسبة قتلة المحتجين", "مطالب المتظاهرين", "حماية المتظاهرين": what is
                # theirs or done for them tells no protest
                or toks[t.start - 1].key in _OF_PROTESTERS
            ))
        }
        return [t for t in triggers if id(t) not in drop]

    @staticmethod
    def _inside_name(toks, trig, actor_ms) -> bool:
        """A trigger word inside a name or title is no event: "قائد العمليات المشتركة" (but a
        craft shot down may be named: "أسقطت الدفاعات خمس طائرات إسرائيلية")."""
        return (not trig.entry.names_object and any(
            m.start <= trig.start and trig.end <= m.end and (m.end - m.start) > (trig.end - trig.start)
            and m.entry.kind in ("title", "org", "group", "force", "person")
            # (troops sent may head a unit's title: "نشرت إسبانيا وحدات من الجيش")
            and not (trig.entry.needs_support and m.start == trig.start and m.entry.kind == "title")
            for m in actor_ms
        )) or (trig.entry.pos == "noun" and not toks[trig.start].prep and any(
            # "قائد العمليات المشتركة": the genitive of a title names an office (not
            # "عناصره بهجوم": a preposition starts another phrase; nor "أجرى الوزير اتصالا":
            # a title with the article heads no genitive)
            m.end == trig.start and m.entry.kind == "title" and not _definite(toks[m.end - 1])
            for m in actor_ms
        )) or (trig.entry.pos == "noun" and toks[trig.start].key in OPERATIONS and _office_of(toks, trig.start))

    def _as_passive(self, trig):
        """The passive a verb written with its vowels is: "قُتل صحفي برصاص قناص"."""
        return attrs.evolve(trig, entry=self._reading(trig.entry, voice="passive"))

    def _as_verb(self, toks, trig):
        """The verb a noun's word is after a relative pronoun: "القرية التي قصفها الجيش"."""
        verb = self._verbs.get(trig.entry.id) if trig.start > 0 and trig.end - trig.start == 1 else None
        if verb is None or toks[trig.start].prefix or toks[trig.start - 1].norm.lstrip("و") not in _RELATIVE_WORDS:
            return trig
        return attrs.evolve(trig, entry=verb)

    def _as_noun(self, trig):
        """The verbal noun a verb form with an article is: "الخطف", "القبض على"."""
        e = trig.entry
        noun = self._nouns.get(e.id)
        if noun is None:  # a verb the lexicon given to :meth:`use` did not have
            noun = attrs.evolve(e, pos="noun", voice="active")
        return attrs.evolve(trig, entry=noun)

    def _article_on_verb(self, toks, trig) -> bool:
        """A verb form read through an article is a noun: "القبض على" is not "قبض على"
        (keys drop the article, and verbs such as "ألقى" and "التقى" begin like one); so is
        one after "بـ": "اتهمها بقتل مدنيين", after a preposition of its own: "دعت رواندا
        إلى سحب جميع قواتها", or after the one a verb of managing takes: "تمكن الجيش من طرد"."""
        if trig.entry.pos != "verb":
            return False
        t = toks[trig.start]
        if trig.entry.voice == "active" and (t.prep == "ب" or (
                not t.prep and trig.start > 0 and toks[trig.start - 1].key in _BEFORE_NO_VERB
                # (but "فيما بعد" is "later": "فيما بعد وصلت تعزيزات")
                and not (trig.start > 1 and toks[trig.start - 2].key in ("فيما", "ما")))):
            return True  # "اتهمها بقتل مدنيين": no verb takes a preposition
        if (trig.entry.voice == "active" and not t.prep and trig.start > 1
                and toks[trig.start - 1].key in _UNDERTOOK_TO and any(
                    _UNDERTAKING.get(toks[k].key) == toks[trig.start - 1].key
                    for k in range(max(0, trig.start - 6), trig.start - 1))):
            return True  # "تمكن الجيش من طرد المسلحين": what one managed is a verbal noun
        if not _definite(t):  # "القبض", "والقبض", "للمطالبة"
            return False
        return (trig.entry.id, t.key) not in self._article_verbs

    @staticmethod
    def _beside_subject(toks, trig, phrases, triggers=(), time_toks=frozenset()) -> bool:
        """A verb form that is also a common noun is a verb only beside its subject: right
        after it ("المبعوث بحث", "الوزير قد بحث") or right before it ("بحث الوزير مع
        نظيره"); not with the article ("البحث"), nor as a search ("بحث ... عن"), nor with لـ
        after another act of its type, which it is the purpose of ("جلسة طارئة لمجلس الأمن
        لبحث الغارة")."""
        key = toks[trig.start].key
        if (trig.entry.pos == "verb" and len(key) > 4 and key[-1] == "ا" and key[:-1] + "وا" in trig.entry.forms
                and not toks[trig.start].suffixed and any(
                    p.end == trig.start and p.kind != "nisba" and not _two_named(toks, p) for p in phrases)):
            # a dual in "ا" is also a noun in the accusative: after one, it is the verb's object
            # ("قتلت قوات الأمن طالبا"), as two come before their verb ("الوزيران طالبا")
            return False
        if not trig.entry.needs_subject:
            return True
        if _definite(toks[trig.start]) or (trig.end < len(toks) and toks[trig.end].key == "عن"):
            return False
        if toks[trig.start].prep == "ل" and any(
                t.entry.type == trig.entry.type and t.end <= trig.start for t in triggers):
            return False
        k = trig.start - 1
        while k >= 0 and toks[k].key in _WAS_ALREADY:
            k -= 1
        if k >= 0 and toks[k].key in RELATIVE and not toks[trig.start].prefix:
            return True  # "المجلس الذي كان قد طالب هادي": the relative clause's verb
        if k >= 0 and toks[k].key in COMPLEMENTIZERS and toks[k].key.endswith(("ه", "ها", "هم")):
            return True  # "أعلنت الهند أنها ستقاطع القمة": the pronoun is its subject
        for p in phrases:
            if p.kind == "nisba":
                continue
            if p.end == trig.start or (p.end == trig.start - 1 and toks[p.end].key == "قد"):
                return True
            # (no subject after "و": "قتل طالب وشرطي" are two killed)
            if p.start == trig.end and not toks[p.start].prep and not toks[p.start].has_conj and not _accusative(
                    toks[p.start]):
                return p.end >= len(toks) or toks[p.end].key != "عن"
            if (trig.end < p.start <= trig.end + 3 and not toks[trig.end].prep and not toks[p.start].prep
                    and (Assembler._only_quantities(toks[trig.end : p.start])
                         or Assembler._group_of(toks, trig.end, p.start))):
                # past a count or a group: "انتشر آلاف الجنود في الشوارع", "وصلت أول دفعة من"
                return True
        return _subject_past_destination(toks, len(toks), trig, phrases, time_toks) is not None

    @staticmethod
    def _supported(toks, trig, support, actor_ms=(), time_toks=frozenset()) -> bool:
        """A trigger that needs a light verb (or one of the light verbs it names) has one just
        before it ("وقعت ... مذكرة تفاهم", "أطلق حزب الله عشرات الصواريخ")."""
        needs = trig.entry.needs_support
        if not needs:
            return True
        near = trig.entry.support_near
        return any(
            _serves(s.entry, trig.entry) and (
                # (far past a long subject, where and when, to the object it reaches or one
                # in the accusative: "وقّع ممثلو الجيش ... في جدة مساء أمس السبت اتفاقا")
                0 <= trig.start - s.end and _within(toks, s.end, trig.start, (
                    24 if _reached(toks, s, trig) or _object_form(toks[trig.start]) or _signed(toks, s, trig) else 10))
                and _reaches_past_commas(toks, s.end, trig)
                # ("وسلمتهن للصليب الأحمر مقابل ... الأسرى": a verb with its object in a
                # pronoun takes no noun after it)
                and not _has_object_suffix(toks[s.end - 1])
                # ("منعت الشرطة خروج مسيرات الحراك": the going out of marches, a genitive, is
                # no one going out in them, as "الخروج في مسيرات" is)
                and not (toks[s.start].key in _OUTING and s.end == trig.start
                         and toks[trig.start].key not in PREPOSITIONS)
                # ("أعرب عن قلقه": concern is voiced with "عن"; "عبرت القوات الحدود وسط قلق"
                # crossed)
                and not (s.entry.id in _VOICED and not any(
                    toks[k].key == "عن" for k in range(max(s.end, trig.start - 2), trig.start)))
                # (nor past where something was headed: "إسقاط طائرات مسيرة أطلقت باتجاه سفن
                # تجارية" downs no ships)
                and not any(toks[k].key in _HEADING for k in range(s.end, trig.start))
                # (one takes part in a march, "شارك الآلاف في مسيرة"; "شاركت مسيرات في الهجوم"
                # are drones that did)
                and not (s.entry.id == _TAKE_PART and trig.entry.type == "PROTEST"
                         and toks[trig.start - 1].key != "في")
                # ("سلم المسلحون أسلحتهم", "سلموا السلاح": their own weapons handed in, no aid;
                # weapons of no one's are given)
                and not (s.entry.id == _HANDED_OVER and (
                    (trig.entry.type == "AID" and _own_arms(toks[trig.start]))
                    or (trig.entry.mode == "disarm" and not _own_arms(toks[trig.start]))))
                and (not near or not toks[trig.start].prep and all(
                    # "حشدت روسيا عشرات الآلاف من الجنود": its subject, a count, and a time
                    # between commas ("نشرت إسبانيا، اليوم الثلاثاء، وحدات"); not a word after a
                    # preposition ("نشر حواجز لعناصر الأمن")
                    any(m.start <= i < m.end for m in actor_ms) or Assembler._only_quantities((toks[i],))
                    or toks[i].key == "من" or i in time_toks
                    or (toks[i].key == "في" and i + 1 in time_toks)  # "في التاسع من يوليو"
                    # "نظمت الجالية السودانية في لندن وقفة": where the subject is
                    or (toks[i].key == "في" and any(m.start == i + 1 and m.entry.kind in ("capital", "country")
                                                    for m in actor_ms))
                    or _range_word(toks, s.end, i) or (toks[i].key == "ما" and _range_word(toks, s.end, i + 1))
                    for i in range(s.end, trig.start)))
                # or a relative clause whose verb takes the noun back as a pronoun:
                # "صواريخ أطلقتها طائرات", "الصواريخ التي أطلقها حزب الله" (in the past: "العمليات
                # التي تنفذها الحركة" are what it does, no one act)
                or (s.start == trig.end or (s.start == trig.end + 1 and toks[trig.end].key in RELATIVE))
                and not _imperfect(toks[s.start]) and (
                    _has_object_suffix(toks[s.start])
                    # "الاتفاق الذي توصلت إليه الحكومة والمجلس الانتقالي"
                    or (s.end < len(toks) and toks[s.end].norm in _TO_IT))
            )
            for s in support
        ) or (needs is True and _pair_after(trig, actor_ms)) or (
            # the participle of its signing right after an agreement: "الاتفاق الموقع بين الطرفين"
            # (not one violated: "اتهمت الحكومة الجبهة بخرق اتفاق السلام الموقع في بريتوريا")
            trig.entry.type == "AGREE" and any(s.start == trig.end and s.entry.id == _SIGNED for s in support)
            and not (trig.start > 0 and toks[trig.start - 1].key in _VIOLATING_OR_NOUNS)) or (
            needs is not True and "sup.tabadala" in needs and Assembler._exchanged(toks, trig, actor_ms)) or (
            # "16 صاروخا أرض-أرض سقطت على": a light verb of what befalls, after its subject
            needs is not True and any(
                s.entry.id in needs and s.entry.voice == "passive" and 0 <= s.start - trig.end <= 3
                and not any(t.is_punct and t.text != "-" for t in toks[trig.end : s.start]) for s in support))

    @staticmethod
    def _exchanged(toks, trig, actor_ms) -> bool:
        """Prisoners exchanged by the noun "تبادل", or the masculine verb that is the same word,
        with a count or the sides between: "تبادل أكثر من 800 أسير", "تبادل الطرفان 200 أسير"
        (not "تبادلا الاتهامات بشأن ملف الأسرى"; right next to them it is a form of its own)."""
        for k in range(max(0, trig.start - 5), trig.start - 1):
            if toks[k].key == "تبادل" and all(
                any(m.start <= i < m.end for m in actor_ms)
                or (not toks[i].is_punct and Assembler._only_quantities((toks[i],)))
                for i in range(k + 1, trig.start)
            ):
                return True
        return False

    def _background(self, toks, sent, trig, acts=((), ())) -> bool:
        """A nominal trigger that is talked about ("تعليق على الهجوم", "هذه الهجمات").
        ``acts``: the sentence's support verbs and triggers (a verb after the noun tells it
        anew)."""
        if trig.entry.pos != "noun" or trig.start <= sent.start:
            return False
        prev = toks[trig.start - 1]
        if _described(toks, sent, trig):
            return True
        if trig.entry.type == "PROTEST" and _definite(toks[trig.end - 1]):
            k = _back_past_quotes(toks, trig.start - 1, sent.start)
            if (toks[k].key in _CAUSE_OF or (toks[k].key == "في" and k - 1 >= sent.start
                                             and toks[k - 1].key.startswith(_TAKING_PART)
                                             and not (k - 2 >= sent.start and toks[k - 2].key in _DURING)
                                             # (not one called for: "دعت إلى المشاركة في الإضراب")
                                             and toks[k - 1].prep != "ل"
                                             and not (k - 2 >= sent.start and toks[k - 2].key == "الي"))) and not (
                    trig.end < sent.end and toks[trig.end].text in _RELATIVE_WORDS):
                # "أعدم على خلفية مشاركته في الاحتجاجات", 'على خلفية "أعمال الشغب"', "أحكام
                # على صلة بالاحتجاجات": the protests a charge is about, told before ("على
                # خلفية الاحتجاجات التي اندلعت منتصف سبتمبر" tells them; so does "أصيبوا خلال
                # مشاركتهم في الاحتجاجات", during them)
                return True
        if (_definite(toks[trig.start]) and (prev.key in _DESPITE or prev.key in _AREAS or (
                # "رغم إعلان الهدنة": despite a truce announced
                prev.key in _DECLARED and trig.start - 2 >= sent.start and toks[trig.start - 2].key in _DESPITE))) or (
                # "رغم حظر التجول": a construct made definite by its last word
                prev.key in _DESPITE and trig.end - trig.start > 1 and _definite(toks[trig.end - 1])) or (
                # "تنفيذ اتفاق السلام", "تطبيق بنود الهدنة": an agreement or truce in force
                (trig.entry.type == "AGREE" or trig.entry.mode == "ceasefire") and prev.key in _IN_FORCE) or (
                # (or one that provides for something: "وينص الاتفاق على انسحاب"; what an
                # agreement provides for, "يقضي بوقف إطلاق النار", is told)
                trig.entry.type == "AGREE" and prev.key in _STIPULATES) or (
                # "الالتزام بتعهداتها", "احترام حظر الأسلحة": pledges and embargoes kept to
                # were made before
                trig.entry.type in ("AGREE", "SANCTION") and prev.norm.lstrip("وف").startswith(_KEPT_TO)):
            return True  # "رغم الاتفاق على", "مناطق الاشتباكات": told as a given
        if (_definite(toks[trig.start]) and prev.key in _FIRSTS and trig.start - 2 >= sent.start
                and toks[trig.start - 2].key == "من"):
            return True  # "واحدا من أعنف الهجمات هذا العام": the class an act is compared with
        if prev.key in _HISTORY_OF or (
                # (and the act joined to it: "تاريخ الاغتيالات والتفجيرات")
                toks[trig.start].has_conj and trig.start - 2 >= sent.start
                and toks[trig.start - 2].key in _HISTORY_OF) or any(
                toks[k].key in _NARRATES for k in range(max(sent.start, trig.start - 6), trig.start)):
            # "كتاب يتناول تاريخ الاغتيالات", "فيلم يروي قصة طبيبة تعالج ضحايا القصف": what a
            # work tells of, no act of the news
            return True
        if toks[trig.start].has_li and prev.key in _SUBJECT_TO:
            return True  # "المناطق الخاضعة لحظر التجول": under a curfew already in force
        if _word_in(prev, _CONCERNING) and trig.entry.type == "ASSAULT" and _definite(toks[trig.start]):
            # "لاستجوابه بشأن الهجمات التركية": the attacks a questioning or a session is
            # about, told as known (what a proposal is on is proposed: "مقترح بشأن إيقاف القتال";
            # an accusation's, told anew, alleged: "الاتهامات بشأن قصف قرى حدودية")
            return True
        if prev.key in _LEVEL_OF and not toks[trig.start].prep:
            return True  # "رفع مستوى التهديد الإرهابي": the level of a threat, no threat made
        if _definite(toks[trig.start]) and (prev.key in _TREND or any(
                toks[k].key in _ANNIVERSARY for k in range(max(sent.start, trig.start - 4), trig.start))):
            # "بسبب تصاعد الهجمات", "سلسلة الاغتيالات التي تشهدها المحافظة", "الذكرى التاسعة
            # لاندلاع الاحتجاجات": a trend or a memory, no one act
            return True
        if prev.key in BACKGROUND and not (
                # "ومع ذلك قصف الجيش": "nevertheless" points back to no act
                prev.key == "ذلك" and trig.start - 2 >= sent.start and toks[trig.start - 2].key == "مع"):
            # "أعلنت الحركة مسؤوليتها عن الهجوم": a claim tells the attack; "أعربت فرنسا عن
            # دعمها": so does an expression of support
            return not (prev.key == "عن" and trig.start - 2 >= sent.start and (
                # "أسفرت العملية عن اعتقال قيادي": what an operation results in happened (past
                # its subject too: "أسفرت المفاوضات عن الإفراج عن الرهائن")
                _word_before(toks, sent.start, trig.start - 1, _CONSEQUENCES, 5)
                # (with its owner between: "مسؤولية قواته عن قصف السوق")
                or any(toks[k].key in RESPONSIBILITY for k in range(max(sent.start, trig.start - 3), trig.start - 1))
                # what reports tell of is reported, or denied: "نفت صحة التقارير عن قصف قواتها"
                or toks[trig.start - 2].key in _REPORT_NOUNS
                or any(
                    toks[k].key in EXPRESS for k in range(max(sent.start, trig.start - 4), trig.start - 1)
                )
                # (past a longer subject: "أعربت وزارة الخارجية المصرية عن بالغ قلقها")
                or _word_before(toks, sent.start, trig.start - 1, EXPRESS, 7)
                # what one apologizes for was done: "اعتذرت الحكومة البريطانية عن الغارة"
                or _word_before(toks, sent.start, trig.start - 1, _APOLOGIZING, 5)
                # what is announced is told, and what one abstained from is told not done:
                # "أعلنت الحكومة عن التوقيع على الاتفاق", "رحبت بالإعلان عن وقف إطلاق النار",
                # "امتنعت الحكومة عن التوقيع" (past a
                # comma after the subject: "أعلن مسؤول أفغاني، عن إطلاق سراح")
                or _word_before(toks, sent.start, trig.start - 1 - (toks[trig.start - 2].text in _CLAUSE_COMMAS),
                                self._told_after_an, 5)
            ))
        # "في ظل استمرار المعارك": amid a continuing state of war, not a new event (nor is the
        # war since whose start a toll is counted: "منذ بدء القتال في السودان"; a battle told
        # first is: "منذ بدء معركة للسيطرة على العاصمة")
        return trig.start - 2 >= sent.start and (
            (prev.key in CONTINUATION and toks[trig.start - 2].key in _AMID_OR_BECAUSE)
            or (prev.key in _OUTBREAK and toks[trig.start - 2].key == "منذ" and _definite(toks[trig.start]))
            or Assembler._answered_before(toks, sent, trig, acts)
        ) or (
            # "توعد بالانتقام لمقتل المستشارين": the act avenged was told before
            prev.key in _REVENGE and toks[trig.start].has_li and not Assembler._untold(toks, trig, acts)
        )

    @staticmethod
    def _answered_before(toks, sent, trig, acts=((), ())) -> bool:
        """The act is what is answered or protested at, told before: "ردا على الهجوم",
        "احتجاجا على الغارات", with the subject between: "ردت القوات الحكومية على الهجوم"
        (not one told first here: "ردا على إطلاق صاروخ من القطاع"; ``acts`` as for
        :meth:`_untold`)."""
        if trig.start - 2 < sent.start or toks[trig.start - 1].key not in _ON:
            return False
        word = toks[trig.start - 2].key
        if word in ANSWERS and word not in _RESPOND:
            return True
        return (word in ANSWERS or _responding_verb(toks, sent, trig.start - 1) is not None) and not (
            Assembler._untold(toks, trig, acts))

    @staticmethod
    def _untold(toks, trig, acts=((), ())) -> bool:
        """An act answered that is told first here, with no article nor pronoun: news of its
        own ("ردا على إطلاق صاروخ من القطاع مساء أمس"), not one told before ("ردا على الهجوم");
        so is one a verb describes ("ردا على هجوم شنه مسلحون", "هجوم استهدف حاجزا"): ``acts``
        are the sentence's support verbs and triggers."""
        last = toks[trig.end - 1]
        if _definite(last) or last.suffixed:
            return False
        # (and no noun after it to make it definite: "ردا على اغتيال أحد قادته"; past its
        # indefinite nisba: "الرد على نشر صواريخ أمريكية في ألمانيا")
        k = trig.end
        while (k < len(toks) and not toks[k].prefix and not toks[k].has_conj and not _definite(toks[k])
               and toks[k].key not in PREPOSITIONS and _NISBA_ENDING.search(toks[k].key)):
            k += 1
        nxt = toks[k] if k < len(toks) else None
        support, triggers = acts
        return nxt is None or nxt.is_punct or nxt.key in PREPOSITIONS or k == trig.end and (
            any(m.start == k for m in support) or any(t.start == k and t.entry.pos == "verb" for t in triggers))

    @staticmethod
    def _link(toks, triggers) -> list[list[Any]]:
        """Groups of assault triggers that name one attack: a noun and its verb ("غارة جوية
        إسرائيلية استهدفت سيارة"), a verb and its weapon ("استهدفت بطائرة مسيرة"), killed and
        injured in one clause, the raid a toll is told of, an operation and what it aims at
        ("عملية ... تستهدف القضاء على"); of neighbouring words of one
        lexicon entry ("قضت محكمة مصرية بالسجن"); and of one act told twice: talks and the
        call they were held in, a release told again of the same people, an expulsion and its
        persona non grata, protesters and the streets they take to."""
        groups: list[list[Any]] = []
        tools = False  # the last trigger joined as a tool of the group's act
        for t in triggers:
            if groups:
                last, head = groups[-1][-1], groups[-1][0]
                between = toks[last.end : t.start]
                words = [x for x in between if not x.is_punct]
                downed_aim = _downed_aim(toks, last, t)
                if (t.entry.id == last.entry.id and t.entry.type != "ASSAULT" and len(between) <= 3
                        and not toks[t.start].has_conj and not any(
                            _punct(x) or x.has_conj or x.key in COMPLEMENTIZERS for x in between)):
                    # "قضت محكمة مصرية بالسجن المؤبد": two words of one entry name one act
                    # ('حق النقض "الفيتو"': one, and its name in quotes)
                    groups[-1].append(t)
                    tools = False
                    continue
                if (t.entry.type == head.entry.type == "THREATEN" and head.entry.pos == "verb" and t.entry.pos == "noun"
                        and toks[t.start].prep == "ب" and not toks[t.start].has_conj and 1 <= len(between) <= 8
                        and not any(_punct(x) or x.key in COMPLEMENTIZERS for x in between)):
                    # "توعد زعيم الحزب إسرائيل برد قاس": the reprisal vowed, past whom it is
                    # vowed to, is that threat
                    groups[-1].append(t)
                    tools = False
                    continue
                if t.entry.type == head.entry.type == "ASSAULT" and head.entry.pos == "noun" and (
                    # "عملية عسكرية ... تحمل اسم "رد الفساد" تستهدف "القضاء على الإرهاب"": what
                    # an operation aims at, told in the present, is that operation
                    (t.entry.pos == "verb" and toks[t.start].key in TARGETING and _imperfect(toks[t.start])
                     and t.start - last.end <= 12)
                    or (t.entry.pos == "noun" and last.entry.pos == "verb" and toks[last.start].key in TARGETING
                        and _imperfect(toks[last.start]) and all(x.text in _QUOTES for x in between))
                ) and not any(_punct(x) and x.text not in _QUOTES or x.has_conj for x in between) and not downed_aim:
                    groups[-1].append(t)
                    continue
                if t.entry.mode == "crowd-control" and (
                        (last.entry.mode == "crowd-control" and (
                            (t.start == last.end and toks[t.start].has_conj)
                            or (toks[t.start].has_li and len(words) <= 4 and not any(_punct(x) for x in between))))
                        # (live fire and gas: "أطلقت الرصاص الحي والغاز المسيل للدموع لتفريق")
                        or (last.entry.mode == "firearms" and toks[t.start].has_conj and len(words) <= 1
                            and not any(_punct(x) for x in between))):
                    # "أطلقت الشرطة الغاز المسيل للدموع والرصاص المطاطي": one dispersal, and
                    # so is its purpose past the other tools ("الغاز المسيل للدموع والقنابل
                    # الصوتية لتفريقهم")
                    groups[-1].append(t)
                    continue
                # (or after a word of using: "بتفريق المتظاهرين باستخدام خراطيم المياه")
                lead = t.start - 1 if not toks[t.start].prep and toks[t.start - 1].key in INSTRUMENT else t.start
                if (t.entry.type == "ASSAULT" and t.entry.pos == "noun"
                        and (toks[t.start].prep == "ب" or lead < t.start)
                        and (lead == last.end or (  # (past the protest's genitive: "احتجاجات الطلاب")
                            lead - last.end <= 2 and not any(
                                x.is_punct or x.prep or x.has_conj or x.key in FUNCTION_WORDS
                                for x in toks[last.end : lead])))
                        and len(groups) > 1 and len(groups[-1]) == 1
                        and head.entry.type == "PROTEST" and head.entry.pos == "noun"
                        and groups[-2][0].entry.type == "ASSAULT"
                        and (groups[-2][-1].entry.pos == "verb" or groups[-2][-1].entry.mode == "crowd-control")
                        and 0 <= head.start - groups[-2][-1].end <= 6
                        and not any(x.is_punct for x in toks[groups[-2][-1].end : head.start])):
                    # "فرقت قوات الأمن المحتجين بالغاز المسيل للدموع": past the protesters it
                    # is done to, what the dispersal was done with is that dispersal
                    groups[-2].append(t)
                    tools = False
                    continue
                # "تصدت لهم قوات الأمن مستخدمة الغاز المسيل للدموع وخراطيم المياه": the
                # tools of an act are that act, not more events
                if t.entry.type == head.entry.type == "ASSAULT" and (
                    (words and words[-1].key in INSTRUMENT and len(words) <= 8)
                    or (tools and toks[t.start].has_conj and not words)
                    # "قصفت فصائل المعارضة مواقع للنظام بقذائف الهاون", "اتهمتها بقصف أحياء في
                    # تعز بقذائف الهاون", "قصف الطيران الحربي المدينة بالبراميل المتفجرة":
                    # what it was done with (not another act joined after the noun: "لم ينفذ
                    # أي غارة ولم يقم بإطلاق أي قذيفة")
                    or (t.entry.pos == "noun" and toks[t.start].prep == "ب"
                        and (head.entry.pos == "verb" or toks[head.start].prep == "ب"
                             or not any(x.has_conj for x in between))
                        and not toks[t.start].has_conj and len(words) <= 10
                        and not any(x.is_punct for x in between)
                        # (not an act it follows: "ويأتي الهجوم بعد أيام من مقتل ضابط بانفجار عبوة")
                        and not any(x.key in _AFTER_OR_BECAUSE for x in between))
                ) and not any(x.key in COMPLEMENTIZERS or x.text == "." for x in between):
                    groups[-1].append(t)
                    tools = True
                    continue
                tools = False
                verb_object = last.entry.pos == "verb" and t.entry.pos == "noun" and not toks[t.start].prep
                if (
                    t.entry.type == head.entry.type == "ASSAULT" and last.entry.pos == "noun"
                    and t.entry.pos == "verb" and (
                        (len(between) == 1 and between[0].key in RELATIVE)
                        or _indefinite_antecedent(toks, last, t))
                    and not downed_aim
                ):
                    # "الهجوم الذي استهدف فندقا": the attack and its verb; so are strikes and
                    # the clause after them ("ضربات عبر خط المراقبة استهدفت مواقع", "غارات
                    # جوية قالت نيودلهي إنها استهدفت معسكرا")
                    groups[-1].append(t)
                    tools = False
                    continue
                if (
                    t.entry.type == head.entry.type == "ASSAULT"
                    and not verb_object  # "صدت هجوما": the attack is the object, another event
                    and (0 <= t.start - last.end <= 2 or (
                        # past its adjectives and weapon: "عدوان جوي إسرائيلي بالصواريخ استهدف"
                        last.entry.pos == "noun" and t.entry.pos == "verb" and t.start - last.end <= 4
                        and not any(x.key in FUNCTION_WORDS for x in between)))
                    and not toks[t.start].has_conj
                    # (nor what it follows or answers: "ردت إسرائيل بغارات بعد هجوم صاروخي",
                    # "برشقة صاروخية ردا على غارة جوية")
                    and not any(x.is_punct or x.has_conj or x.key in COMPLEMENTIZERS or x.key in RELATIVE
                                or x.key in _FOLLOWING_OR_ANSWERING for x in between)
                    and not downed_aim
                    # (nor a verb that opens a clause on the other's object: "قتلت الشرطة مسلحا
                    # أطلق النار على المصلين")
                    and not (last.entry.pos == "verb" and between and _clause_on_object(toks, t))
                ):
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "ASSAULT"
                        and (head.entry.mode == "targeted" or head.entry.id in _ELIMINATING)
                        and t.entry.pos == "noun" and t.entry.mode != "targeted" and len(groups[-1]) == 1
                        and (toks[t.start].prep == "ب" or toks[t.start - 1].key == "في") and len(words) <= 10
                        and not toks[t.start].has_conj and not any(_clause_break(x) for x in between)):
                    # "اغتالت إسرائيل القيادي في حزب الله في غارة على سيارته": the strike
                    # is how he was assassinated (and how men were eliminated: "القضاء على
                    # إرهابيين اثنين في كمين")
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "CONSULT" and head.entry.pos == "verb"
                        and t.entry.pos == "noun" and t.entry.mode != "visit"  # (a visit is one of its own)
                        and len(groups[-1]) == 1 and t.start - last.end <= 12
                        and toks[t.start - 1].key in _DURING and not toks[t.start].prep
                        and not any(_clause_break(x) for x in between)):
                    # "بحث الوزير في اتصال هاتفي مع نظيره": the call is the talks
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "CONSULT" and head.entry.pos == "verb"
                        and head.entry.mode is None and t.entry.mode == "phone" and t.end - t.start == 1
                        and toks[t.start].key in _BY_PHONE and len(groups[-1]) == 1 and len(words) <= 8
                        and not toks[t.start].has_conj and not any(_clause_break(x) for x in between)):
                    # "بحث الوزير مع نظيره هاتفيا": talks held by phone are the call
                    groups[-1].append(t)
                    continue
                if (t.entry.type == "CONSULT" and t.entry.pos == "noun" and toks[t.start].prep == "ب"
                        and t.entry.cameo == _MEDIATE and head.entry.type in ("CONSULT", "AGREE", "RETREAT")
                        and len(words) <= 10 and not any(x.text in (".", "؛") or x.key in COMPLEMENTIZERS
                                                         for x in between)):
                    # "عقد الوفدان محادثات في إسطنبول، بوساطة تركية", "أفرجتا عن 95 أسيرا بوساطة
                    # إماراتية": who mediates the talks, the agreement or the release
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "ASSAULT" and toks[t.start].has_conj and len(words) <= 4
                        and Assembler._is_casualty(toks, head) and Assembler._is_casualty(toks, t)
                        and not any(_clause_break(x) for x in between)):
                    groups[-1].append(t)  # "قتل ثلاثة مدنيين وأصيب خمسة آخرون بنيران قناصة": one
                    continue
                if (t.entry.type == head.entry.type and t.entry.mode == head.entry.mode
                        and t.entry.type in ("RETREAT", "SANCTION", "AID") and 0 < t.start - last.end <= 15
                        and (toks[t.end - 1].suffixed or any(toks[k].key in _FRAME for k in range(max(0, t.start - 3), t.start)))
                        and not any(x.text in (".", "؛") or (x.key in COMPLEMENTIZERS and not toks[t.end - 1].suffixed)
                                    for x in between)):
                    # "مرسوما بالإفراج عن 1500 سجين، على أن يبدأ إطلاق سراحهم السبت": the same
                    # release told again of them; "سحب جنودها ... في إطار خطة لإعادة التموضع"
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "RETREAT" and t.entry.mode == head.entry.mode == "disarm"
                        and t.entry.pos == "verb" and toks[t.start].has_conj and 0 <= t.start - last.end <= 2
                        and not any(_clause_break(x) for x in between)):
                    # "ألقى المسلحون السلاح واستسلموا للجيش": one surrender, told twice
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "RETREAT" and t.entry.mode == head.entry.mode == "release"
                        and t.entry.pos == "noun" and toks[t.start].prep == "ب" and 0 < t.start - last.end <= 8
                        and not toks[t.start].has_conj and not any(_clause_break(x) for x in between)):
                    # "أفرجت السلطات عن الصحفي بعفو رئاسي": the pardon it was done by is that release
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "AID" and toks[t.start].has_li
                        and toks[t.end - 1].key in _REBUILDING and 0 <= t.start - last.end <= 8
                        and not toks[t.start].has_conj and not any(_clause_break(x) for x in between)):
                    # "قدمت السعودية 500 مليون دولار لإعادة إعمار اليمن": the money is given for
                    # the rebuilding, one gift
                    groups[-1].append(t)
                    continue
                if (head.entry.type == "ASSAULT" and t.entry.type == "COERCE" and t.entry.pos == "noun"
                        and toks[t.start].key in _RAIDS and toks[t.start - 1].key in _DURING
                        and len(words) <= 10 and not any(_clause_break(x) for x in between)):
                    groups[-1].append(t)  # "مقتل 17 مسلحا في مداهمات نفذتها قوات الجيش": the raids' toll
                    continue
                if (head.entry.type == t.entry.type == "ASSAULT" and t.entry.pos == "noun"
                        and 0 < t.start - last.end <= 12 and toks[t.start - 1].key in _COMMITTING
                        and not any(_clause_break(x) for x in between)):
                    groups[-1].append(t)  # "غارات على البلدة مرتكبة مجزرة": the strikes' massacre
                    continue
                if (t.entry.pos == "verb" and toks[t.start].key.startswith(_LED_AWAY) and toks[t.start].suffixed
                        and head.entry.mode in ("abduct", "arrest") and 0 <= t.start - last.end <= 12
                        and (toks[t.start].has_conj or toks[t.start - 1].key in _THEN_OR_ALSO)
                        and not any(_clause_break(x) for x in between)):
                    # "اختطف مسلحون قاضيا واقتادوه إلى جهة مجهولة": whom they took, led away
                    groups[-1].append(t)
                    continue
                if (t.entry.type == head.entry.type == "SANCTION" and t.entry.mode == head.entry.mode == "expel"
                        and t.start - last.end <= 8 and not any(_clause_break(x) for x in between)):
                    groups[-1].append(t)  # "طرد دبلوماسي روسي واعتباره شخصا غير مرغوب فيه": one (past his name)
                    continue
                if (t.entry.type == head.entry.type == "PROTEST" and t.entry.mode == head.entry.mode
                        and 0 <= t.start - last.end <= 1 and not toks[t.start].has_conj
                        and not any(x.is_punct or x.has_conj or x.key in COMPLEMENTIZERS for x in between)):
                    groups[-1].append(t)  # "خرج آلاف المتظاهرين إلى شوارع نيامي": one march
                    continue
            if groups and Assembler._describes(toks, groups[-1], t):
                groups[-1].append(t)
                continue
            groups.append([t])
        return groups

    @staticmethod
    def _describes(toks, group, t) -> bool:
        """A targeting verb after an act's noun tells what that act targeted: right after the
        noun and its adjectives ("هجوم انتحاري استهدف"), or after a relative pronoun or
        "حيث" that opens a clause about it ("هجوم آخر شنته الحركة أمس، والذي استهدف")."""
        last, head = group[-1], group[0]
        if not (toks[t.start].key in TARGETING and last.entry.pos == "noun"
                and head.entry.type in _TARGETED_TYPES and not toks[t.start].prep):
            return False
        between = [x for x in toks[last.end : t.start] if x.text not in _QUOTES]
        if _downed_aim(toks, last, t):
            return False  # "أسقطت مسيرة كانت تستهدف المطار": what the craft downed was doing
        if not between:
            return not toks[t.start].has_conj
        if len(between) <= 2 and not toks[t.start].has_conj and not any(
            x.is_punct or x.has_conj or x.prep or x.key in FUNCTION_WORDS for x in between
        ):
            return True  # the noun's adjectives: "عقوبات جديدة استهدفت"
        if (3 <= len(between) <= 8 and between[0].key in RELATIVE and _has_object_suffix(between[1])
                and not toks[t.start].has_conj and not any(
                    x.is_punct or x.has_conj or x.key in _NEW_CLAUSE for x in between[1:])):
            # "الهجوم الذي نفذه مسلحون استهدف دورية", "الهجوم الذي تبناه التنظيم قد استهدف":
            # past the clause that takes the act back and its subject, the act's own verb
            return True
        linker = between[-1]
        return (
            not toks[t.start].has_conj and (linker.key in RELATIVE or linker.key == "حيث")
            and len(between) <= 10
            and not any(x.text in _SENTENCE_ENDS or x.key in COMPLEMENTIZERS for x in between)
        )

    @staticmethod
    def _merge(events: list[Event], group: list[Any], toks: Sequence[Tok] = ()) -> Event:
        """One event from the events of linked triggers: the first trigger's, with the slots
        the others fill (a verb after its subject noun gives its object as the target). A
        sentence a court hands down is named by its noun ("قضت المحكمة بسجن الناشط": "بسجن")."""
        head = events[0]
        if len(events) == 1:
            return head
        trigger = head.trigger
        if toks and head.type == "SANCTION" and head.mode == "convict" and _court_verb(
                toks, group[0].start, group[0].end):
            trigger = next((ev.trigger for ev, t in zip(events[1:], group[1:]) if ev.type == "SANCTION"
                            and ev.mode == "convict" and toks[t.start].prep == "ب"), trigger)
        actors, targets = head.actors, head.targets
        mode, place, date = head.mode, head.place, head.date
        modality = head.modality
        rules = list(head.rules)
        for ev, trig in zip(events[1:], group[1:]):
            if trig.entry.cameo == _MEDIATE and head.type != "CONSULT":
                # "تبادلت أرمينيا وأذربيجان الأسرى بوساطة من قطر": the sides read for the
                # mediation are not the act's
                place, date = place or ev.place, date or ev.date
                rules.extend(r for r in ev.rules[:1] if r not in rules)
                continue
            if head.type == ev.type == "THREATEN" and trig.entry.pos == "noun" and group[0].entry.pos == "verb":
                # "توعد زعيم الحزب إسرائيل برد قاس على أي اعتداء": the reprisal vowed has the
                # vow's sides (the noun's own read the vowed one as its subject, the act it
                # answers as its object)
                place, date = place or ev.place, date or ev.date
                rules.extend(r for r in ev.rules[:1] if r not in rules)
                continue
            if date is None and ev.date is not None and modality == Modality.ASSERTED and ev.modality == Modality.PLANNED:
                # "مرسوما بالإفراج عنهم، على أن يبدأ إطلاق سراحهم السبت المقبل": when it is
                # to be done is told by the later words
                modality = Modality.PLANNED
            verb_of_noun = trig.entry.pos == "verb" and group[0].entry.pos == "noun"
            if verb_of_noun and "slot.vso" in ev.rules and (
                    not toks or toks[trig.start].key in TARGETING or trig.start == group[0].end):
                # "غارة ... استهدفت سيارة", "تفجيرات ضربت العاصمة": the verb's VSO noun is its
                # object (the act's noun right before a verb is its subject)
                cand_targets = ev.actors
            elif verb_of_noun and "slot.vso" in ev.rules and not actors:
                # "وقع الهجوم عندما هاجم مسلحون الموقع": the verb that tells the act says who
                # did it, and to whom
                actors, cand_targets = ev.actors, ev.targets
            else:
                cand_targets = ev.targets
                if not (verb_of_noun and "slot.svo" in ev.rules
                        and all(a.start_char >= head.trigger.end_char for a in ev.actors)):
                    # (but "غارات على ميناء الحديدة غربي اليمن استهدفت": the name before the
                    # verb is where the strikes fell, the strikes are its subject)
                    # (not whom the act befell, read as the other's subject: "نجا الوزير من
                    # محاولة اغتيال بسيارة مفخخة")
                    actors = actors or tuple(a for a in ev.actors if not any(
                        a.start_char < t.end_char and t.start_char < a.end_char for t in targets))
            targets = targets or cand_targets
            mode = mode or (ev.mode if ev.type == head.type else None)
            if head.type == "CONSULT" and ev.type == "CONSULT" and trig.entry.cameo == _MEDIATE and mode is None:
                mode = "third-party"  # talks a mediator holds: "بوساطة تركية"
            place = place or ev.place
            date = date or ev.date
            rules.extend(r for r in ev.rules if r not in rules)
        rules.append("merge.linked")
        return attrs.evolve(
            head, trigger=trigger, actors=actors, targets=targets, mode=mode, place=place, date=date,
            modality=modality, rules=rules
        )

    def _fatalities(self, toks, sent, events, triggers, phrases, text, answered=None, time_toks=frozenset(),
                    countries=None):
        """Give each killed / injured count to the asserted assault it names as what they died
        in ("مقتل 35 مدنيا في انفجار عبوة"), or else to the nearest one; the victims named
        with it become its targets when it has none ("مقتل 43 مصليا", "قتل 19 مدنيا"), coded
        in the context of the states the sentence and the article name, ``countries``."""
        out = list(events)
        strikes = {t.start: t.end for t in triggers if t.entry.type == "ASSAULT" and t.entry.pos == "noun"}
        # the death word of each execution's noun ("نفذت السلطات حكم الإعدام", read so by
        # _read_anew; "إعدام")
        executions = {i for t in triggers if (self._execution is not None and t.entry.id == self._execution.id
                                              or t.entry.id == _EXECUTION_NOUN)
                      for i in range(t.start, t.end) if toks[i].key in _DEATHS}
        for pos, n, victims, killed, agent in self._kill_counts(toks, sent, phrases, time_toks, strikes,
                                                               executions):
            if answered is not None and pos in answered:
                continue  # "ردا على مقتل ثلاثة جنود": the toll of what is answered
            if _protested_at(toks, sent, pos, 0, 1):
                continue  # "أحرقوه احتجاجا على مقتل شاب": the death protested, no toll of the act
            best = None
            after_act = any(toks[j].key in CONSEQUENCE for j in range(max(sent.start, pos - 3), pos))
            # "هاجموا قرية ..، وقتلوا 11 مزارعا وأحرقوا المنازل": a kill verb joined to the
            # attack before it tells that attack's toll
            joined = toks[pos].has_conj and toks[pos].key in KILL_WORDS and any(
                ev.type == "ASSAULT" and ev.modality == Modality.ASSERTED and trig.start < pos
                for ev, trig in zip(out, triggers))
            asserted = [(k, trig) for k, (ev, trig) in enumerate(zip(out, triggers))
                        if ev.type == "ASSAULT" and ev.modality == Modality.ASSERTED]
            # "بعد مقتل 35 مدنيا في انفجار عبوة": the first act the dead died in, whatever
            # attack stands nearer before
            cause = None if after_act or joined else next((
                k for k, trig in asserted
                if pos < trig.start <= pos + 8 and (toks[trig.start - 1].key == "في" or toks[trig.start].prep == "ب")
                and not any(t.is_punct for t in toks[pos : trig.start])), None)
            # "شن الجيش غارات بعد مقتل خمسة جنود": the dead an act follows are no toll of it
            followed = pos > sent.start and toks[pos - 1].key in _AFTER_OR_BECAUSE
            if cause is not None:
                best = (0, cause)
            else:
                for k, trig in asserted:
                    if (after_act or joined) and trig.start > pos:
                        continue  # "أسفرت الغارات عن مقتل 70 ..، فيما قال الجيش إنه ضرب"
                    if followed and trig.start < pos:
                        continue
                    d = abs(trig.start - pos)
                    if best is None or d < best[0]:
                        best = (d, k)
            if best is None:
                continue
            ev = out[best[1]]
            changes: dict[str, Any] = {}
            by = None  # who shot the killed the subject was read as
            site_owner = False  # whether the toll gave a post struck its owner
            if killed and n is not None and ev.fatalities is None:
                changes["fatalities"] = n
            elif not killed and n is not None and ev.injured is None and toks[pos].key not in _VICTIMS:
                changes["injured"] = n  # (victims may be dead or hurt: "حصيلة الضحايا")
            # (the people killed, named as a group, before the village struck: "قتل ثلاثة
            # مدنيين في قصف على قرية")
            # (the killed, counted, read as the subject are no actor, whatever target the act
            # was given: "قتل معتقل في سجون النظام")
            # (but the side of a clash whose men were killed is its actor, told twice: "لقي
            # ثلاثة جنود مصرعهم في اشتباكات مع مسلحي الحزب")
            killed_subject = victims is not None and n is not None and "slot.clash-side" not in ev.rules and any(
                a.start_char < toks[victims.end - 1].end_char and toks[victims.start].start_char < a.end_char
                for a in ev.actors)
            if victims is not None and (killed_subject or (
                    not ev.targets or _their_sites(ev.targets) or "slot.settlement" in ev.rules) and (
                    # (people counted by nationality whom a named side shot are whom it shot:
                    # "أصيب أربعة فلسطينيين برصاص قوات الاحتلال خلال مواجهات")
                    self._named_victims(victims) or agent is not None and agent is not victims)):
                # (people counted only as persons, read as the kill verb's subject, are still
                # its object: "قتل شخصان في حي الكرادة")
                # (not of the state whose forces killed them, told after: "قتلت القوات الأمريكية
                # ثلاثة مدنيين في غارة")
                changes["targets"] = self._toll_side(victims, toks, text, ev, countries, ev.actors or (
                    self._codes(agent, toks, text, "ASSAULT") if agent is not None else ()))
                if (not killed_subject and "slot.victims" in ev.rules and ev.targets
                        and ev.targets[-1].end_char <= changes["targets"][0].start_char):
                    # "ما أدى إلى مقتل ثلاثة أطفال وإصابة امرأة": the hurt are victims beside
                    # the dead of the count before
                    changes["targets"] = (*ev.targets, *changes["targets"])
                if any(a.start_char < changes["targets"][-1].end_char and changes["targets"][0].start_char < a.end_char
                       for a in ev.actors):
                    # "224 مدنيا قتلوا في سوريا": the subject of a kill verb counted as the
                    # killed is no actor; who shot them may be ("قتل جندي في الجيش اللبناني
                    # برصاص مسلحين")
                    by = self._agent_marker(toks, sent, triggers[best[1]], phrases, time_toks,
                                            [t for t in triggers if t is not triggers[best[1]]])
                    if by is not None and (victims.start < by.end and by.start < victims.end):
                        by = None
                    changes["actors"] = self._toll_side(by, toks, text, ev, countries) if by is not None else ()
            elif (victims is not None and ev.targets and not ev.actors and triggers[best[1]].entry.id in _CLASHES
                    and victims.end <= triggers[best[1]].start
                    and all(c[4] in _ARMED_SECTORS for c in victims.conjuncts)
                    and _after_with(toks, sent, ev.targets[0].start_char)):
                # "قتل عشرة جنود في اشتباكات مع مسلحي التنظيم": in a clash with someone, the
                # side whose men were killed is the other one
                changes["actors"] = self._toll_side(victims, toks, text, ev, countries)
            elif (victims is not None and ev.targets and not ev.actors and not _CLASHES.isdisjoint(ev.rules)
                    and all(t.sector in _FORCES for t in ev.targets)
                    and not any(c[4] in _ARMED_SECTORS for c in victims.conjuncts)
                    and _after_with(toks, sent, ev.targets[0].start_char)):
                # "إصابة 7 فلسطينيين بالرصاص الحي في مواجهات مع الاحتلال": the forces the
                # unarmed clashed with shot them
                changes["actors"] = ev.targets
                changes["targets"] = self._toll_side(victims, toks, text, ev, countries, ev.targets)
            elif victims is not None and ev.targets:
                # "قتل ثلاثة جنود أتراك في هجوم على قاعدة عسكرية شمال العراق": a military site
                # named without its owner is that of the state's men killed in it
                # ("قتل شرطي في هجوم على نقطة تفتيش": and of their service, where its words
                # name none)
                owners = {c[3] for c in victims.conjuncts}
                services = {c[4] for c in victims.conjuncts}
                if len(services) == 1 and services <= {"MIL", "COP"}:
                    (owner,), (service,) = owners if len(owners) == 1 else (None,), services
                    sites = tuple(
                        attrs.evolve(t, country=owner or t.country, sector=t.sector or service)
                        if (t.rule in _GENERIC_FORCES or (t.rule in (_SITES, _BASES_ENTRY) and (
                            # (or its adjective names the service alone: "قافلة عسكرية")
                            t.sector is None or t.sector == service and t.country is None)))
                        and _head_key(t) in _POSTS else
                        # "أصيب ثلاثة جنود أمريكيين في هجوم على قاعدة التنف": a base the
                        # context places in a state hosts the state's men hurt in it, unless its
                        # adjective names its own
                        attrs.evolve(t, country=owner) if (
                            t.rule == _BASES_ENTRY and owner is not None and t.country != owner
                            and self._state_nisbas.get(lexical_key(normalize(t.text.split()[-1]))) != t.country)
                        else t for t in ev.targets)
                    if sites != ev.targets:
                        changes["targets"], site_owner = sites, True
            named_by = agent is not None and toks[agent.start - 1].norm in ("يد", "قبل") and (
                "slot.support" in ev.rules or "slot.topic" in ev.rules)
            if agent is not None and (not ev.actors or named_by):
                # "قتلت القوات الأمريكية 5 مسلحين في غارة": who killed made the attack (and
                # "أعلنت الحكومة مقتل 12 مدنيا على يد مسلحين في هجوم": not who announced it)
                changes["actors"] = self._toll_side(agent, toks, text, ev, countries)
                a0, a1 = toks[agent.start].start_char, toks[agent.end - 1].end_char
                if victims is not None and victims is not agent and any(
                        t.start_char < a1 and a0 < t.end_char for t in ev.targets):
                    # "قتل قناصة من البحرية الأمريكية ثلاثة قراصنة": the killers read as the
                    # verb's object, the counted its victims
                    changes["targets"] = self._toll_side(victims, toks, text, ev, countries,
                                                      changes.get("actors", ev.actors))
            if changes:
                changes["rules"] = ev.rules + (("slot.site-owner",) if site_owner else ()) + (
                    ("fatalities.count",) if "fatalities" in changes else ()) + (
                    ("slot.victims",) if "targets" in changes and not site_owner else ()) + (
                    ("slot.killer",) if changes.get("actors") and agent is not None else ()) + (
                    ("slot.by",) if changes.get("actors") and agent is None and by is not None else ()) + (
                    ("slot.clash-side",) if changes.get("actors") and agent is None and by is None else ()
                )
                ev = attrs.evolve(ev, **changes)
                home = {a.country for a in (*ev.actors, *ev.targets) if a.sector in _DOMESTIC_SECTORS and a.country}
                if ev.place is None and len(home) == 1 and ("targets" in changes or "actors" in changes):
                    # "أعلنت الشرطة الهندية مقتل خمسة متمردين في اشتباك": where no place is told,
                    # the sides a toll names are of the state whose police or courts act
                    (home,) = home
                    ev = attrs.evolve(ev, actors=tuple(self._with_context(a, home, text) for a in ev.actors),
                                      targets=tuple(self._with_context(t, home, text) for t in ev.targets))
                out[best[1]] = ev
        return out

    def _toll_side(self, phrase, toks, text, ev, countries=None, struck_by=None) -> tuple[Actor, ...]:
        """The killers or the killed a toll names, coded for the attack ``ev`` it tells of (in
        the country of its place; where it has none, of the one state the sentence, or else
        the article, names most, ``countries``; for the killed, not that of the state whose
        forces among ``struck_by`` struck them)."""
        country = ev.place.country if ev.place else None
        if country is None and countries is not None:
            country = next((c for c in map(_most_named, countries) if c is not None), None)
            if struck_by and any(a.country == country and a.sector in _FORCES for a in struck_by):
                country = None
        return tuple(self._with_context(a, country, text) for a in self._codes(phrase, toks, text, "ASSAULT"))

    @staticmethod
    def _named_victims(victims) -> bool:
        """Victims a toll names as a group ("19 مدنيا", "43 مصليا") are the ones attacked;
        people counted only as persons or by nationality ("17 شخصا", "436 فلسطينيا") are
        a toll, and say nothing of whom the attack was aimed at."""
        return (victims.kind == "generic" or (
            # members of a named body: "30 عنصرا من حركة الشباب"
            victims.kind in ("title", "group", "force") and all(c[4] is not None for c in victims.conjuncts)
        )) and not any(c[2].toll_only for c in victims.conjuncts)

    def _kill_counts(self, toks, sent, phrases, time_toks=frozenset(), strikes=None, executions=frozenset()
                     ) -> list[tuple[int, int | None, Any, bool, Any]]:
        """(position, count, victim phrase, killed?, killer phrase) for each casualty word of
        the sentence (``time_toks``: the tokens of its time expressions; ``strikes``: where
        each attack's noun starts, and its end; ``executions``: the death words of execution
        nouns)."""
        found = []
        for i in range(sent.start, sent.end):
            key = toks[i].key
            if key in _PERISHED and strikes and _perished(toks, sent, i, phrases, strikes):
                key = _PERISHED[key]  # "ثلاثة من مقاتليه سقطوا في غارة": were killed in it
            # "قضت على ثلاثة إرهابيين", "القضاء على سبعة مسلحين": eliminated, killed
            eliminated = key in _ELIMINATED and i + 1 < sent.end and toks[i + 1].key == "علي"
            # "مجزرة راح ضحيتها سبعة أشخاص": who fell its victims were killed
            # (not "راح ضحيتها عشرات القتلى والجرحى", "ما بين قتيل وجريح": the dead and the hurt)
            fell = (key in _VICTIMS and toks[i].suffixed and i > sent.start
                    and toks[i - 1].norm.lstrip("وف") in _WENT and not any(
                        t.key in INJURY_WORDS or t.norm.lstrip("و") in INJURY_WORDS
                        for t in toks[i + 1 : min(sent.end, i + 8)]))
            # "نفذت السلطات حكم الإعدام شنقا بحق ثلاثة مدانين": the executed are killed
            executed = next((j for j in range(i + 1, min(sent.end, i + 4)) if toks[j].key == "بحق"), None) if (
                i in executions) else None
            if (executed is None and i in executions and i + 1 < sent.end and not toks[i + 1].prep
                    and not toks[i + 1].is_punct and toks[i + 1].key not in FUNCTION_WORDS):
                executed = i  # "أعلنت السلطات إعدام رجل", "إعدام ثلاثة مدانين": whom, right after
            if (key not in _TOLL_WORDS and not eliminated and not fell and executed is None) or _spared(toks, i):
                continue
            if key in _BODIES_OF_THE_DEAD and (self._number_near(toks, i + 1, min(i + 2, sent.end)) is None or (
                    i > sent.start and toks[i - 1].key in _BODIES_RETURNED)):
                # (bodies count the dead only with their count: "جثث 15 شخصا"; and not when
                # they are returned or handed over, dead before: "استعادة جثث ثلاثة رهائن")
                continue
            if any(toks[j].key in _RESULTED and toks[j - 1].key in NEGATIONS
                   for j in range(max(sent.start + 1, i - 4), i)):
                continue  # "لم يسفر الهجوم عن مقتل أحد": no one was killed
            if key in _SLAUGHTER and any(toks[j].key.startswith(_LIVESTOCK_STEMS)
                                         for j in range(i + 1, min(sent.end, i + 5))):
                continue  # "وذبحوا أربعة من أغنامه": animals slaughtered are no toll
            killed = key in _KILLED or eliminated or fell or executed is not None
            # "مقتل 43 مصليا", "قتل 19 مدنيا", "مقتل أكثر من 70 شخصا", "أودى بحياة عشرات":
            # the count comes right after, past quantity words only
            k = executed + 1 if executed is not None else i + 2 if eliminated else i + 1
            # "قتلت غارة أمريكية قياديا": the strike that killed, then whom it killed
            struck = strikes is not None and key in _KILL_VERBS and k in strikes
            if struck:
                k = strikes[k]
                while k < sent.end and any(p.start == k and p.kind == "nisba" for p in phrases):
                    k += 1
            timed = 0  # the words of a time passed: "إن قواته قتلت خلال الساعات الماضية 20 مسلحا"
            if k < sent.end and toks[k].suffixed and toks[k].key in _DURING_IT:
                k += 1  # "شنت غارات قتل فيها 12 مسلحا": the toll of what "it" points back to
            elif key in _KILL_VERBS and not struck:
                timed = _past_times(k, sent.end, time_toks) - k
                k += timed
            if k < sent.end and toks[k].text in _QUOTES:
                k += 1  # a toll quoted: 'أسفر عن مقتل "11 مدنيا بينهم خمسة أطفال"'
            i1 = k  # the first word of the count
            lives = key in _CLAIMED_LIVES and k < sent.end and toks[k].key in TOLL_LINKS
            if lives:
                i1 = k = k + 1  # "أودى بحياة عشرة جنود": the count after "the lives of"
            # (a word joined by "و" starts another count: "ثمانية قتلى ونحو مئة جريح")
            while k < min(sent.end, i + 5 + timed) and not toks[k].has_conj and (
                    (toks[k].key in QUANTITY and toks[k].key != "بينهم") or toks[k].key in TOLL_LINKS
                    or (toks[k].key == "بين" and toks[k - 1].key == "ما")):
                # ("ما بين 10 و15": the lowest; "11 شهيدا بينهم ثلاثة أطفال": some of them)
                k += 1
            if key in _CLAIMED_LIVES and not lives and (k >= sent.end or toks[k].key not in TOLL_LINKS):
                # "أودى هجوم مسلح استهدف كنيسة ... بحياة 24 شخصا": the lives after the act
                j = next((j for j in range(k, min(sent.end, i + 16)) if toks[j].key in TOLL_LINKS
                          and not any(t.text in (".", "؛") for t in toks[i + 1 : j])), None)
                if j is not None:
                    i1 = k = j + 1
                    while k < min(sent.end, j + 5) and toks[k].key in QUANTITY:
                        k += 1
            # (not one joined by "و": "6 قتلى و20 جريحا", "30 قتيلا ومئات الجرحى" count the
            # wounded after it)
            n = self._number_near(toks, k, k + 1) if k < sent.end and not (
                toks[k].has_conj or (toks[k].norm[:1] == "و" and (
                    toks[k].norm[1:2].isdigit() or numbers.vague_quantity(toks[k].text[1:]) is not None))
            ) else None
            counted = i > sent.start and toks[i - 1].key in TOLL_COUNT
            if n is None and counted:
                # "ارتفع عدد القتلى (في الهجوم) إلى 30": the toll it rose to ("عدد" here is
                # "the count of", not the vague "a number of")
                n = next((
                    self._number_near(toks, r + 1, r + 2) for r in range(i + 1, min(sent.end - 1, i + 8))
                    if toks[r].key in _TO and not any(t.is_punct for t in toks[i + 1 : r])
                ), None)
            # ("قتل جندي أميركي 16 مدنيا": one who killed, then the count of his victims)
            # (or one person in the accusative: "قتل مستوطن فلسطينيا بالرصاص")
            # (or a woman after a man: "قتل مستوطن مواطنة فلسطينية")
            killer = i1 == i + 1 and key in _KILL_VERBS and any(
                p.start == i1 and p.end < sent.end and not toks[p.end].has_conj
                and (numbers.parse_number(toks[p.end].text) is not None or (
                    not toks[p.end].prep and toks[p.end].key.endswith("ا") and _one_person(toks[p.end])
                    and not _object_form(toks[p.end - 1])) or _woman_after(toks, p)) for p in phrases)
            # one or two named by their nationality alone: "قتل فلسطيني", "قتل فلسطينيان" (not
            # "مقتل فلسطينيين", also a plural)
            # (the word's ending first: the phrases are looked at only for a nisba's)
            nationals = i1 < sent.end and toks[i1].key.endswith(("ي", "يه", "يان", "يتان")) and not killer and (
                not toks[i1].prep) and any(p.start == i1 and p.end == i1 + 1 and p.kind in ("nisba", "people")
                                        for p in phrases)
            if nationals and n is None and toks[i1].key.endswith(("يان", "يتان")):
                n = 2
            elif n is None and not killer and _dual_construct(toks, sent, i1, phrases):
                n = 2  # "قتل ضابطا شرطة": two, in construct (the accusative takes no genitive)
            elif i1 < sent.end and (toks[i1].key in SINGULAR_PEOPLE or nationals and toks[i1].key.endswith(
                    ("ي", "يه")) or ((i1 == i + 1 or struck) and key in _KILL_VERBS and not toks[i1].prep
                                    and toks[i1].key.endswith("ا") and toks[i1].key[:-1] in SINGULAR_PEOPLE)
                                 ) and not killer:
                # "مقتل عنصر وجرح 5 آخرين": one (and one in the accusative, the object of an
                # active verb: "أنه قتل قياديا")
                n = 1
                if i1 + 1 < sent.end and (toks[i1 + 1].has_conj and _dual_of_people(toks[i1 + 1].key)
                                          or _dual_with_pronoun(toks[i1 + 1].norm)):
                    n = 3  # "قتل ضابط وجنديان": one and two
                elif i1 + 1 < sent.end and toks[i1 + 1].has_conj and toks[i1 + 1].key in SINGULAR_PEOPLE:
                    n = 2  # "مقتل ضابط وجندي": one and one
                else:
                    n += self._joined_count(toks, sent, i1 + 1, phrases)
            elif n is None and i1 < sent.end and _dual_of_people(toks[i1].key):
                n = 2  # "قتل شرطيان", "مقتل جنديين": two
            if n is None and killed and toks[i].suffixed and any(
                    toks[j].key in CONSEQUENCE for j in range(max(sent.start, i - 3), i)):
                # "ما أدى إلى استشهاده", "أسفر عن مقتلهما": the one or two the pronoun names
                norm = toks[i].norm
                n = 2 if norm.endswith("هما") else None if norm.endswith(("هم", "هن")) else 1
            # (past the words of a count: "لقي ما لا يقل عن 12 جنديا حتفهم", and "من" after it:
            # "قتل أكثر من 100 من مقاتلي الحركة")
            reach = max(i + 4, k + 1 + (k + 1 < sent.end and toks[k + 1].key == "من"))
            victims = next(
                (p for p in phrases
                 if i1 <= p.start <= reach
                 and p.kind != "nisba"
                 and not toks[p.start].prep and self._only_quantities(toks[i1 : p.start])),
                None,
            )
            if victims is None and i + 3 < sent.end and _in_ranks(toks, i + 1):
                # "أوقع الهجوم 12 قتيلا في صفوف القوات النيجرية": whose ranks they fell in
                victims = next((p for p in phrases if p.start == i + 3 and p.kind != "nisba"
                                and not toks[p.start].prep), None)
            if n is None and victims is not None and _counts_the_word_before(toks, sent, victims.end):
                # "أودت الغارة بحياة فلسطينيين اثنين": one and two follow what they count
                n = self._number_near(toks, victims.end, victims.end + 1)
            agent = None
            if n is None and victims is not None and victims.start == i + 1 and (
                    toks[i].key in KILL_WORDS or toks[i].key in _KILL_VERBS):
                # "قتل مسلحون ثلاثة رعاة": a count after the phrase right after the verb makes
                # that phrase its subject, the killer, and what is counted the victims
                k2 = victims.end
                whole = next((p for p in phrases if k2 < sent.end and toks[k2].key == "من" and p.start == k2 + 1), None)
                if whole is not None:
                    k2 = whole.end  # "قتل مسلحون من جماعة ... 18 مدنيا": the killers' group
                if k2 + 1 < sent.end and (_definite(toks[k2]) or (
                        # (or an indefinite one's: "اغتالت قوة إسرائيلية خاصة ثلاثة مقاومين")
                        not _definite(toks[victims.end - 1]) and _adjective_like(toks[k2]))) and not (
                        toks[k2].prep or toks[k2].has_conj) and (
                        toks[k2 + 1].key in QUANTITY or numbers.parse_number(toks[k2 + 1].text) is not None):
                    k2 += 1  # (and its adjective: "تحالف القوى الديمقراطية المتمردة")
                # past how and when: "أعدمت جماعة رميا بالرصاص خمسة رهائن", "قتلت القوات أمس 20 مسلحا"
                k2 = _past_times(_past_manner(toks, sent.end, k2), sent.end, time_toks)
                k3 = k2
                while k2 < min(sent.end, k3 + 4) and toks[k2].key in QUANTITY:
                    k2 += 1  # "قتل مسلحون ما لا يقل عن 18 مدنيا"
                m = self._number_near(toks, k2, k2 + 1) if k2 < sent.end else None
                if (m is None and k2 == k3 and k2 < sent.end and key in KILL_WORDS and _li(toks[k2])
                        and _definite(toks[victims.end - 1])):
                    # "بقتل الشرطة لثلاثة متظاهرين", "قتل قوات الاحتلال لشاب": a verbal noun's
                    # doer, then the count of its victims after "لـ", or one man
                    m = _li_number(toks[k2]) or (1 if toks[k2].key in SINGULAR_PEOPLE else None)
                if (m is None and k2 < sent.end and k2 == k3 and not toks[k2].prep and (
                        toks[k2].key.endswith("ا") and _one_person(toks[k2])
                        or victims.end == k2 and _woman_after(toks, victims))):
                    # "قتل جنود إسرائيليون شابا فلسطينيا": one, in the accusative (or a woman,
                    # whose accusative shows no ending: "قتل مستوطن مواطنة")
                    m = 1
                    if (k2 + 1 < sent.end and toks[k2 + 1].has_conj and _one_person(toks[k2 + 1])
                            and not any(p.start == k2 for p in phrases)):
                        # "قتل مسلحون مؤذنا ومهندسا": and one more (one phrase of both, "شرطيا
                        # ومدنيا", is counted by its parts below)
                        m = 2
                if (m is None and k2 + 1 < sent.end and k2 == k3 and toks[k2 + 1].key in _AGREEING_NUMBERS
                        and any(p.start == k2 and p.kind != "nisba" for p in phrases)):
                    m = self._number_near(toks, k2 + 1, k2 + 2)  # "قتلت القوات إرهابيين اثنين"
                if m is None and k2 < sent.end and k2 == k3 and not toks[k2].prep and _dual_of_people(toks[k2].key):
                    m = 2  # "قتل مسلحون رجلين"
                k4 = _past_times(k2, sent.end, time_toks)  # (past a time: "قتلت قوات الأمن مساء أمس زعيم التنظيم")
                named = None if m is not None or k2 != k3 or victims.conjuncts[0][4] not in _ARMED_SECTORS else next(
                    (p for p in phrases if p.start == k4 and len(p.conjuncts) == 1
                     and (p.conjuncts[0][2].kind in ("title", "person") or toks[k4].key in SINGULAR_PEOPLE)
                     and not toks[k4].prep and not toks[k4].has_conj), None)
                if named is not None:
                    # "قتلت قوات الأمن زعيم التنظيم وثلاثة من معاونيه": armed men, then one man
                    # named, are the killers and the killed
                    n, agent, victims = 1, victims, named  # (and those joined to him, as below)
                obj = None if m is not None or named is not None or k2 != k3 or not _definite(
                    toks[victims.end - 1]) else next(
                    (p for p in phrases if p.start == k2 and p.kind not in ("nisba", "country", "capital")
                     and not _definite(toks[k2]) and not toks[k2].prep and not toks[k2].has_conj), None)
                if obj is not None:
                    # "قتلت القوات مسلحين في اشتباك": an indefinite phrase after a definite one
                    # is neither its adjective nor its genitive but the verb's object; the verb
                    # is active, with no count
                    agent, victims = victims, obj
                if m is not None and _counts_the_word_before(toks, sent, victims.end):
                    n = m  # "مقتل متظاهرين اثنين": one and two follow what they count
                elif m is not None:
                    n, agent = m, victims
                    victims = next((p for p in phrases if k3 <= p.start <= k2 + 2 and p is not whole
                                    and p.kind != "nisba" and not toks[p.start].prep
                                    and self._only_quantities(toks[k3 : p.start])), None)
            if (n is None and victims is not None and victims.start == i1 and key in _KILLED
                    and victims.kind in ("title", "person") and len(victims.conjuncts) == 1
                    and victims.conjuncts[0][4] not in _ARMED_SECTORS):
                # "قتل رئيس الوزراء السابق رفيق الحريري و14 شخصا آخرون", "قتل النائب جبران
                # تويني مع اثنين من مرافقيه": one man named, and those joined to him
                n = 1 + self._joined_count(toks, sent, victims.end, phrases)
            if (agent is None and n is not None and victims is not None and victims.start > i
                    and key in KILL_WORDS and key not in DEATH_NOUNS and not toks[i].has_conj):
                # "قال إن القوات الجوية قتلت عشرات من المقاتلين": the clause's subject killed
                agent = next((p for p in phrases if (p.end == i or (  # (past an adjective of its own:
                                  # "إن متمردين ماويين قتلوا")
                                  p.end == i - 1 and _definite(toks[i - 1]) == _definite(toks[p.end - 1])
                                  and not toks[i - 1].prefix and not toks[i - 1].is_punct
                                  and not any(q.start == i - 1 for q in phrases)))
                              and p.kind not in ("nisba", "people")
                              and not toks[p.start].prep and not self._patient_like(p) and (
                                  p.start == sent.start or toks[p.start - 1].key in COMPLEMENTIZERS)), None)
                if agent is None and key in _KILL_VERBS and i > sent.start and toks[i - 1].norm.lstrip("و") in _IT_IS:
                    # "أعلن الجيش أنه قتل قياديا": who reports of itself that it killed
                    agent = self._speaker_at(toks, sent, i, phrases)
            if n is None and key in _TWO_CASUALTIES:
                n = 2  # "سقط قتيلان", "أسفر عن سقوط جريحين": the dual is two
            if n is None and not counted and not (
                    # (not the hurt told as others: "قتل 7 جنود وأصيب آخرون")
                    not killed and toks[i].has_conj and i + 1 < sent.end and toks[i + 1].key in _OTHERS):
                # "436 فلسطينيا قتلوا", "أوقع 18 قتيلا", "لقي تسعة جنود مصرعهم" (past some of
                # them between commas: "إن 5 أشخاص، بينهم عسكري، قتلوا")
                b = _before_some_of_them(toks, sent, i)
                # (not past a time's year: "منذ عام 2009 وقتل فيها مدنيون", nor past a relative
                # pronoun: "شيع المئات جثمان الشاب الذي قتل"; a definite noun of the dead is
                # counted right before it, "مئات الجرحى", or past "من", "عدد من القتلى", not
                # past other words: "شيع آلاف الفلسطينيين جثامين الشهداء"; nor past "أن",
                # which opens a clause of its own: "طعن شرطيين اثنين قبل أن يقتل")
                a = max([sent.start, b - 4] + [j + 1 for j in range(max(sent.start, b - 4), b)
                                               if j in time_toks or toks[j].key in _NEW_CLAUSE])
                # (nor are those named before it its dead: "شيع الأهالي الشهداء")
                named_before = not (_definite(toks[i]) and b == i and i > sent.start and toks[i - 1].key != "من")
                if not named_before:
                    a = max(a, i - 1)
                n = self._number_near(toks, a, b, backwards=True)
                whole = next((p for p in phrases if p.end == b and p.start <= a and p.kind != "nisba"
                              and not toks[p.start].prep), None) if n is None and named_before else None
                if whole is not None and not any(j in time_toks for j in range(whole.start - 2, whole.start)):
                    # "إن ثمانية عناصر من قوات النظام قتلوا": the count before a longer phrase
                    n = self._number_near(toks, max(sent.start, whole.start - 2), whole.start, backwards=True)
                if named_before:
                    victims = victims or next(
                        (p for p in phrases if b - 4 <= p.start < b and p.end <= b and p.kind != "nisba"
                         and not toks[p.start].prep and self._only_quantities(toks[p.end : b])),
                        None,
                    )
                    if (n is None and victims is not None and victims.end == b and victims.start - 2 >= sent.start
                            and toks[victims.start - 1].key == "من" and not toks[victims.start - 1].prep
                            and victims.start - 2 not in time_toks):
                        # "إن عشرات من عناصر الدعم السريع قتلوا": the count before the "من"
                        # of a longer phrase
                        n = self._number_near(toks, victims.start - 2, victims.start - 1)
                if (n is None and victims is not None and victims.end <= i and len(victims.conjuncts) == 1
                        and (victims.conjuncts[0][2].kind == "force" or toks[victims.start].key in _FORCE_BODIES)
                        and victims.conjuncts[0][4] in _ARMED_SECTORS
                        and _NISBA_ENDING.search(toks[victims.end - 1].key) is not None):
                    # "إن قوات إسرائيلية قتلت بالرصاص مسعفة": forces named with their state
                    # and no count kill; they are not the killed (soldiers may be: "إن جنودا
                    # إسرائيليين قتلوا")
                    continue
                if n is None and key in _KILLED_TWO:
                    n = 2  # "إن طبيبا وطفلا قتلا": the verb in the dual tells two
                if (n is None and i - 1 > sent.start and key in KILL_WORDS and key not in DEATH_NOUNS
                        and _dual_with_pronoun(toks[i - 1].norm) and _one_person(toks[i - 2])):
                    n = 3  # "أن امرأة وطفليها قتلوا": one and her two
                if n is None and i > sent.start and key in KILL_WORDS and key not in DEATH_NOUNS and _one_person(
                        toks[i - 1]) and not any(p.end == i and p.kind in ("country", "capital") for p in phrases):
                    n = 1  # "إن جنديا قتل", "فلسطينيا قُتل": one (not "أكدت أوكرانيا مقتل")
                if (n is None and i - 1 > sent.start and key in KILL_WORDS and key not in DEATH_NOUNS
                        and toks[i - 1].norm in _ONE_RELATIVE and _one_person(toks[i - 2])):
                    n = 1  # "جثمان الشاب الذي قتل برصاص الجيش": the one the clause is on
                    victims = victims or next((p for p in phrases if p.end == i - 1 and p.kind != "nisba"), None)
                if (n is None and i - 2 > sent.start and key in KILL_WORDS and key not in DEATH_NOUNS
                        and toks[i - 1].key in RELATIVE and _definite(toks[i - 2]) and not toks[i - 2].has_conj
                        and (count := numbers.parse_number(toks[i - 2].text)) is not None):
                    n = count  # "جثامين الصيادين الأربعة الذين قتلوا": the number of those it is on
                    victims = victims or next((p for p in phrases if p.end == i - 2 and p.kind != "nisba"), None)
                if (n is None and victims is not None and victims.end <= i and key in KILL_WORDS
                        and key not in DEATH_NOUNS and _dual_of_people(toks[victims.start].key)):
                    n = 2  # "إن جنديين تركيين قتلا": two
            # killed and wounded together without a split: "20 قتيلا وجريحا"
            # ("استشهد 35 وأصيب العشرات": the wounded counted on their own are apart)
            # ("قتلوا وأصيب آخرون": others were hurt, uncounted)
            if i + 1 < sent.end and toks[i + 1].key in INJURY_WORDS and toks[i + 1].has_conj and not (
                self._counted_after(toks, sent, i + 1) or (i + 2 < sent.end and toks[i + 2].key in _OTHERS)
            ):
                n = None
            if (toks[i].has_conj and i > sent.start and toks[i - 1].key in _KILL_OR_PEOPLE
                    and toks[i - 1].key not in _FATE  # "لقي جنديان حتفهما وأصيب ثلاثة"
                    # (but "إن 14 مدنيا قتلوا وأصيب 40 آخرون": the dead counted before, and
                    # others counted apart)
                    and not (n is not None and k + 1 < sent.end and toks[k + 1].key in _OTHERS and (
                        toks[i - 1].key in _KILLED_TWO  # ("جنديين قتلا": two)
                        or self._number_near(toks, max(sent.start, i - 5), i - 1, backwards=True) is not None))):
                continue
            if n is None and victims is None:
                continue
            if n is not None and victims is not None and victims.start > i and not (
                    i1 < sent.end and toks[i1].key in SINGULAR_PEOPLE):  # (counted with the one)
                for s, _, _, _, _ in victims.conjuncts[1:]:
                    # "ثلاثة مسلحين وجندي هندي": and one more, or two ("وجنديان")
                    if toks[s].has_conj and (toks[s].key in SINGULAR_PEOPLE or _one_person(toks[s])):
                        n += 1
                    elif toks[s].has_conj and _dual_of_people(toks[s].key):
                        n += 2
                for j in range(victims.start + 1, victims.end - 1):
                    # "اثنين من موظفي السفارة وأربعة أفغان": a count of others inside the phrase
                    value = _joined_number(toks[j])
                    if value is not None and 0 < value < 1000:
                        n += value
                if victims.end < sent.end and toks[victims.end].norm[:1] == "و" and _dual_of_people(
                        toks[victims.end].norm[1:]):
                    n += 2  # "20 طفلا ومعلمان": and two
                elif victims.end < sent.end and toks[victims.end].norm[:1] == "و" and (
                        toks[victims.end].norm[1:] in SINGULAR_PEOPLE):
                    n += 1  # "جنديان أميركيان وجندية بريطانية": and one
                elif victims.end < sent.end and toks[victims.end].norm[:1] == "و":
                    # "170 مدنيا و13 جنديا", "خمسة مدنيين وثلاثة من عناصر الأمن": and more
                    n += self._joined_count(toks, sent, victims.end, phrases)
            if agent is None and victims is not None and victims.start > i and victims.end + 2 < sent.end and (
                    (toks[victims.end].key == "علي" and toks[victims.end + 1].norm == "يد")
                    or (toks[victims.end].key == "من" and toks[victims.end + 1].norm == "قبل")):
                # "قتل 43 مدنيا على يد مسلحين مجهولين في هجوم": who killed made the attack
                agent = next((p for p in phrases if p.start == victims.end + 2 and p.kind != "nisba"), None)
            elif (agent is None and victims is not None and victims.start > i and victims.end + 1 < sent.end
                    and toks[victims.end].key in _FIRE_OF):
                # "أصيب 20 فلسطينيا برصاص الاحتلال خلال مواجهات": so did who shot them
                agent = next((p for p in phrases if p.start == victims.end + 1 and p.kind != "nisba"), None)
            elif (agent is None and victims is not None and victims.end <= i
                  and (f := _past_times(i + 1, sent.end, time_toks)) + 1 < sent.end
                  and toks[f].key in _FIRE_OF and not toks[i].has_conj):
                # "إن ثلاثة فلسطينيين استشهدوا برصاص الاحتلال خلال مواجهات": the same, the
                # killed told before their verb (past a time: "الشاب الذي استشهد أمس برصاص")
                agent = next((p for p in phrases if p.start == f + 1 and p.kind != "nisba"), None)
            found.append((i, n, victims, killed, agent))
        return found

    @staticmethod
    def _joined_count(toks, sent, start, phrases) -> int:
        """The number joined by "و" to one person killed, within the words that describe him:
        "مقتل قيادي في تنظيم القاعدة وثلاثة من مرافقيه" (one and three), not the wounded
        ("مقتل عنصر وإصابة ثلاثة")."""
        for j in range(start, min(sent.end, start + 7)):
            t = toks[j]
            if t.is_punct or t.key in INJURY_WORDS or t.key in COMPLEMENTIZERS:
                return 0
            with_him = t.key == "مع" and j + 1 < sent.end
            if (t.norm[:1] == "و" and len(t.norm) > 1) or with_him:
                # the number's word: joined by "و", or after "مع" ("مع اثنين من مرافقيه")
                at = j + 1 if with_him else j
                value = numbers.parse_number(toks[at].text) if with_him else _joined_number(t)
                nxt = toks[at + 1] if at + 1 < sent.end else None
                if value is not None and 0 < value < 1000 and nxt is not None and not nxt.is_punct and (
                    nxt.key == "من" or nxt.key in _OTHERS or any(p.start <= at + 1 < p.end for p in phrases)
                ) and numbers.parse_number(toks[at - 1].text) is None:
                    # "وثلاثة من مرافقيه", "و3 آخرون", "وثلاثة جنود", "ضابط وثلاثة مجندين" (one
                    # phrase of both) (not "يومي 12 و13")
                    return value
                return 0
        return 0

    @classmethod
    def _only_fillers(cls, toks, a, b, skip=frozenset()) -> bool:
        """Tokens [a, b) are adverbs and a quantity before an object: "خطفت أيضا عددا من
        العمال", "ضرب أكثر من 320 هدفا", "اعتقلت سبعة من أبرز قادة", "سراح جميع المعتقلين"
        (at most 6 words, no punctuation; the tokens at the indices ``skip``, a time, are
        passed over)."""
        between = [t for i, t in enumerate(toks[a:b], start=a)
                   if t.text not in _QUOTES and i not in skip and not _range_word(toks, a, i)
                   # (and how one was killed: "أعدم التنظيم رميا بالرصاص ثلاثة أشخاص")
                   and t.key not in _MANNER_OF_KILLING
                   and not (t.prep == "ب" and i > a and toks[i - 1].key in _MANNER_OF_KILLING)]
        return 0 < len(between) <= 6 and all(
            not t.is_punct and (t.key in SKIP or t.key in _FOREMOST or t.key in _ALL_OF or cls._only_quantities((t,)))
            for t in between
        ) and not all(t.key in PREPOSITIONS for t in between)  # "من" alone is no count

    def _document_author(self, toks, sent, rel, phrases, time_toks):
        """Who adopted or issued the document a relative pronoun at ``rel`` follows: "تبنى
        مجلس الأمن بالإجماع القرار رقم 660 الذي يدين الغزو" (past its number), or None."""
        j = rel - 1
        while j > sent.start and (toks[j].key == "رقم" or any(ch.isdigit() for ch in toks[j].norm)):
            j -= 1
        if toks[j].key not in _DOCUMENT_NOUNS or not _definite(toks[j]):
            return None
        p = self._phrase_before(phrases, j, sent, max_gap=6, toks=toks, time_toks=time_toks)
        if p is None or self._starts_with_prep(toks, p) or self._after_prep(toks, sent, p) or any(
                _clause_break(t) for t in toks[p.end : j]):
            return None
        return p

    def _sufferer(self, toks, sent, trig, phrases, time_toks, place_spans=()):
        """Who suffers the attack ``trig`` is the subject of "تعرض لـ": "تعرضت دورية تابعة
        لقوات اليونيفيل لهجوم", "تعرض المستشفى لقصف", past a count ("تعرضت القوات لأكثر من
        160 هجوما"), or before the verb ("وكانت السفارة قد تعرضت لعشرات الهجمات"), or after it
        in a relative clause ("الاعتداءات التي تعرضت لها السفارة")."""
        if trig.entry.type not in ("ASSAULT", "COERCE"):
            return None
        j = trig.end
        if (j + 3 < sent.end and toks[j].key in RELATIVE and toks[j + 1].key in SUFFER
                and toks[j + 2].norm in _LI_PRONOUNS):
            p = self._phrase_after(phrases, j + 3, sent, max_gap=1, toks=toks, time_toks=time_toks)
            if p is not None and p.kind != "nisba" and not self._starts_with_prep(toks, p):
                return p
        i = trig.start  # the word that carries the "لـ"
        while i > sent.start and not _li(toks[i]) and not toks[i - 1].is_punct and (
                self._only_quantities(toks[i - 1 : i]) or _li_count(toks[i - 1])):
            i -= 1
        if not _li(toks[i]):
            return None
        k = _suffered_at(toks, sent, i)
        if k is None:
            return None
        p = next((p for p in phrases if k < p.start and p.end <= i and p.kind != "nisba"), None)
        if p is None and not toks[k].has_conj:
            before = k - (k > sent.start and toks[k - 1].key == "قد")
            where = next((a for a, b in place_spans if b == before), None)
            if where is not None and (at := self._past_place_nouns(toks, sent, where)) > sent.start and (
                    toks[at - 1].key == "في"):
                # "مستشفى تدعمه في شمال دارفور تعرض للقصف": past where the subject is
                before = at - 1
            p = self._phrase_before(phrases, before, sent, max_gap=1, toks=toks, time_toks=time_toks)
            if p is not None and p.kind in ("country", "capital") and self._prep_before(toks, sent, p.start) == "في":
                # "مستشفى في شمال اليمن تعرض لقصف": where the subject is, then the subject
                at = self._past_place_nouns(toks, sent, p.start) - 1
                p = self._phrase_before(phrases, at, sent, max_gap=1, toks=toks, time_toks=time_toks)
            if p is not None and (p.kind == "nisba" or self._starts_with_prep(toks, p)):
                p = None
        return p

    def _counted_subject(self, toks, sent, i, trig, phrases):
        """The phrase counted by the quantity words at ``i``, "من" between ("عشرات الآلاف من
        اللبنانيين", "عشرات آلاف اللبنانيين"), ending before the act ``trig``; else None."""
        k = self._past_count(toks, sent, i)
        if k == i or k >= trig.start:
            return None
        if toks[k].key == "من" and not toks[k].prep:
            k += 1
        p = next((p for p in phrases if p.start == k), None)
        return p if p is not None and p.end <= trig.start and p.kind != "capital" else None

    @classmethod
    def _past_count(cls, toks, sent, i, most=4) -> int:
        """The token past the count (at most ``most`` words of numbers and quantities) at ``i``:
        "نحو 72 مقاتلة", "عشرات الآلاف من"."""
        k = i
        while k < min(sent.end, i + most) and not toks[k].is_punct and cls._only_quantities((toks[k],)):
            k += 1
        return k

    @staticmethod
    def _only_quantities(between) -> bool:
        """Only numbers and quantity words ("أكثر من 70", "ما لا يقل عن 40", "عشرات")."""
        return all(t.is_punct or t.key in QUANTITY or _number_word(t.text, t.norm) for t in between)

    @classmethod
    def _counted_after(cls, toks, sent, i) -> bool:
        """The casualty word at ``i`` has a count of its own right after it ("وأصيب 140",
        "وأصيب العشرات"), or a number past a word of quantity ("قتلوا وأصيب نحو 140 آخرين"):
        the dead before it are counted apart."""
        if i + 1 >= sent.end:
            return False
        if cls._number_near(toks, i + 1, i + 2) is not None:
            return True
        return (toks[i + 1].key in QUANTITY and i + 2 < sent.end
                and numbers.parse_number(toks[i + 2].text) is not None)

    @staticmethod
    def _number_near(toks, a, b, *, backwards=False):
        rng = range(b - 1, a - 1, -1) if backwards else range(a, b)
        for j in rng:
            t = toks[j]
            if t.is_punct:
                continue
            v = numbers.vague_quantity(t.text)
            if v is not None:
                if backwards and j > a and t.key in _MULTIPLIERS:
                    n = numbers.parse_number(toks[j - 1].text)
                    if n is not None and n < 1000:
                        return n * _MULTIPLIERS[t.key]  # "إن ثلاثة آلاف شخص قتلوا"
                return v
            n = numbers.parse_number(t.text)
            if n is not None:
                if backwards and j > a and _compound_number(toks[j - 1], t):
                    j -= 1  # "خمسة عشر", "ثلاثة وعشرون": the count starts a word before
                    n = numbers.parse_number(f"{toks[j].text} {t.text}")
                elif j + 1 < len(toks) and _compound_number(t, toks[j + 1]):
                    j += 1
                    n = numbers.parse_number(f"{t.text} {toks[j].text}")
                # "80 ألف" -> 80000, "عشرة آلاف" -> 10000
                if j + 1 < len(toks):
                    mult = numbers.parse_number(toks[j + 1].text) or _MULTIPLIERS.get(toks[j + 1].key)
                    if mult in (1000, 1_000_000) and n < 1000:
                        n *= mult
                return n
        return None

    # -- dedupe -------------------------------------------------------------------------
    @staticmethod
    def _dedupe(events: list[Event], triggers: list[Any], toks: Sequence[Tok] = ()) -> list[Event]:
        """One event mentioned twice in a sentence is one event.

        Overlapping triggers of one type are one event; so are talks, agreements or calls
        named again in the same sentence ("بحثت روسيا ... خلال المحادثات"): the later
        mention adds nothing of its own. Assaults are kept apart (an airstrike and shelling
        in one sentence are two events), except a bare definite noun that points back to an
        attack told before it ("صدت هجوما ... انتهت بفشل الهجوم").
        """
        out: list[Event] = []
        out_trigs: list[Any] = []  # the trigger of each event kept
        told: list[tuple[Event, str]] = []  # assaults kept, with their trigger entry
        taken: Event | None = None  # the last territory taken, while nothing else is told
        for ev, trig in zip(events, triggers):
            nominal = trig.entry.pos == "noun"
            if (taken is not None and nominal and ev.type == "ASSAULT" and not ev.actors and trig.start > 0
                    and toks[trig.start - 1].key in _AFTER_WORDS and ev.modality == taken.modality):
                # "أعلنت الحركة سيطرتها على المدينة بعد معارك مع القوات الحكومية": who took the
                # town fought for it
                ev = attrs.evolve(ev, actors=taken.actors, rules=ev.rules + ("slot.taker",))
            if (taken is not None and nominal and ev.type == "ASSAULT" and ev.targets and not taken.targets
                    and out and out[-1] is taken and ev.modality == taken.modality
                    and {a.code for a in ev.actors} <= {a.code for a in taken.actors}
                    and any(t.key in _AFTER_WORDS for t in toks[max(0, trig.start - 4) : trig.start])
                    and not any(t.is_punct for t in toks[max(0, trig.start - 4) : trig.start])):
                # "سيطرت قوات النظام على المدينة بعد أسابيع من المعارك مع الفصائل": the
                # place was taken from whom it was fought
                out[-1] = attrs.evolve(taken, targets=ev.targets, rules=taken.rules + ("slot.fought",))
            taken = ev if ev.type == "ASSAULT" and "territory" in (trig.entry.acled or ("", ""))[1] else None
            after_court = toks and out and 0 < trig.start - out_trigs[-1].end <= 12
            # "أمرت النيابة العامة بحبس الصحفي أربعة أيام", "أمرت المحكمة بالإفراج عن الناشط":
            # a court's order is the detention or release it orders, made so
            ordered = (after_court and (ev.type, ev.mode) in _ORDERED_BY_COURT and ev.modality == Modality.REQUESTED
                       and out_trigs[-1].entry.id == _ORDER and out[-1].actors
                       and all(a.sector == "JUD" for a in out[-1].actors)
                       and (toks[trig.start].prep == "ب" or toks[trig.start].norm.startswith("بال")))
            if ordered or (
                    after_court and ev.type == "SANCTION" and ev.mode == "convict" and toks[trig.start].prep == "ب"
                    and out[-1].type == "SANCTION" and out[-1].mode == "convict"
                    and out[-1].trigger.start_char == toks[out_trigs[-1].start].start_char
                    and _court_verb(toks, out_trigs[-1].start, out_trigs[-1].end)):
                # "قضت المحكمة اليوم بإعدام سبعة متهمين": the court's verb and the sentence it
                # hands down are one act, named by the sentence's noun; so are its order and
                # what it orders
                court = out[-1]
                rules = tuple(r for r in ev.rules if not r.startswith("cue.")) + ("mod.court-order",) if (
                    ordered) else ev.rules
                out[-1] = attrs.evolve(ev, actors=court.actors or ev.actors, targets=ev.targets or court.targets,
                                       modality=Modality.ASSERTED if ordered else ev.modality,
                                       date=ev.date or court.date, rules=rules + ("merge.linked",))
                out_trigs[-1] = trig
                continue
            if (ev.type == "PROTEST" and nominal and toks[trig.start].has_li and ev.modality == Modality.ASSERTED
                    and out and out[-1].type == "ACCUSE"
                    and not _clause_between(toks, out[-1].trigger.end_char, trig.start)):
                # "استدعت الخارجية دبلوماسيا هنديا للاحتجاج على القصف": a state's protest is
                # its accusation
                continue
            anaphor = (toks and nominal and ev.type == "ASSAULT" and trig.end - trig.start == 1
                       and _definite(toks[trig.start]) and not ev.targets and ev.fatalities is None)
            if anaphor and any(
                rid == trig.entry.id and o.trigger.end_char <= ev.trigger.start_char
                and {a.code for a in ev.actors} <= {a.code for a in o.actors}
                for o, rid in told
            ):
                continue
            # ("انفجرت عبوة ..، في هجوم تبنته سرايا القدس": the attack named again to be claimed)
            restated = (toks and nominal and ev.type == "ASSAULT" and trig.end - trig.start == 1
                        and not ev.targets and ev.fatalities is None and _claimed_after(toks, trig, ev))
            if (anaphor and _claimed_by(toks, trig, ev) or restated) and told and ev.actors:
                # "هاجم مسلحون قاعدة ... وتبنت الجماعة الهجوم": the claim names who attacked
                o = told[-1][0]
                kept = out.index(o)
                named = {(a.code, a.name) for a in o.actors}
                out[kept] = attrs.evolve(
                    o, actors=o.actors + tuple(a for a in ev.actors if (a.code, a.name) not in named),
                    rules=o.rules + ("merge.claim",),
                )
                told[-1] = (out[kept], told[-1][1])
                continue
            dup = next(
                (
                    o for k, o in enumerate(out)
                    if o.type == ev.type and (
                        (o.trigger.start_char < ev.trigger.end_char and ev.trigger.start_char < o.trigger.end_char)
                        or (
                            nominal
                            and ev.type != "ASSAULT"
                            # (what is given in exchange is another act: "مقابل إطلاق سراح")
                            and not (trig.start > 0 and toks and toks[trig.start - 1].key in _IN_EXCHANGE)
                            # (sanctions of two kinds are two: "طرد السفير وتعليق التبادل التجاري",
                            # "بإغلاق المجال الجوي وتعليق التجارة")
                            and ((ev.mode is None and ev.type != "SANCTION") or o.mode == ev.mode)
                            # (talks held on a visit are talks of their own: "في أول زيارة له إلى
                            # مالي، حيث أجرى محادثات مع نظيره")
                            and not (o.mode == "visit" and ev.mode != "visit")
                            # (but a travel ban and a freeze are one package, and so are they
                            # after "عقوبات")
                            and (ev.type != "SANCTION" or not toks or out_trigs[k].entry.pos != "noun"
                                 or toks[out_trigs[k].start].key in (toks[trig.start].key, *_PACKAGE))
                            and o.modality == ev.modality
                            and {a.code for a in ev.actors} <= {a.code for a in o.actors}
                        )
                        # "أجرى اتصالا مع نظيره بحث خلاله": talks held during the talks told
                        # (not a meeting during a visit: "في زيارة ..، التقى خلالها الرئيس")
                        or (ev.type == "CONSULT" and trig.end < len(toks) and toks[trig.end].key == "خلال"
                            and toks[trig.end].suffixed and o.modality == ev.modality and o.mode != "visit")
                    )
                ),
                None,
            )
            if dup is None:
                out.append(ev)
                out_trigs.append(trig)
                if ev.type == "ASSAULT":
                    told.append((ev, trig.entry.id))
            else:
                fill: dict[str, Any] = {}
                k = out.index(dup)
                d = out_trigs[k]
                if toks and ev.targets and not dup.targets and any(
                        toks[j].key in CONSEQUENCE for j in range(max(d.end, trig.start - 3), trig.start)):
                    # "شنت القوات حملة دهم أسفرت عن اعتقال قيادي": the act an operation led to
                    # is the one told, by the operation's makers, where it was
                    out[k] = attrs.evolve(ev, actors=ev.actors or dup.actors, place=ev.place or dup.place,
                                          date=ev.date or dup.date, rules=ev.rules + ("merge.result",))
                    out_trigs[k] = trig
                    continue
                if ev.targets and not dup.targets and "merge.linked" in ev.rules:
                    # "فرضت ... عقوبات جديدة استهدفت أفرادا": the later mention names the target
                    fill["targets"] = ev.targets
                # "من المفترض أن يتم التوقيع الرسمي للاتفاق يوم غد في جوبا": or when and where,
                # named right after it
                if toks and 0 <= trig.start - d.end <= 2 and not any(t.is_punct for t in toks[d.end : trig.start]):
                    if dup.date is None and ev.date is not None:
                        fill["date"] = ev.date
                    if dup.place is None and ev.place is not None:
                        fill["place"] = ev.place
                if fill:
                    out[k] = attrs.evolve(dup, **fill, rules=dup.rules + ("merge.mention",))
        return out

    @staticmethod
    def _tok_range(tstarts: list[int], toks: Sequence[Tok], a: int, b: int) -> tuple[int, int]:
        s = bisect.bisect_right(tstarts, a) - 1
        s = max(s, 0)
        e = bisect.bisect_left(tstarts, b)
        return (s, max(e, s + 1))


