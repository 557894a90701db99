"""Slot filling rules, one table row per rule, on sentences written in news style."""

import ast
import collections
import datetime as dt
import json
from pathlib import Path

import pytest

import conflict_events as ce

DATE = "2016-08-30"  # a Tuesday


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


def _one(ex, text, etype, trigger_part):
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == etype and trigger_part in e.trigger.text]
    assert found, [(e.type, e.trigger.text) for e in ex.extract(text, article_date=DATE)]
    return found[0]


def _types(ex, text):
    """The types of the events of ``text``, in order."""
    return [e.type for e in ex.extract(text, article_date=DATE)]


def _codes(actors):
    return sorted(a.code for a in actors)


def _sides(e):
    """The texts of an event's actors and of its targets."""
    return [a.text for a in e.actors], [t.text for t in e.targets]


def _check(ex, text, etype, trigger, actors, targets):
    """The event of ``trigger`` has these actor and target codes (None: not checked)."""
    e = _one(ex, text, etype, trigger)
    if actors is not None:
        assert _codes(e.actors) == actors
    if targets is not None:
        assert _codes(e.targets) == targets
    return e


# (rule, sentence, type, trigger, actor codes, target codes)
SLOTS = [
    ("slot.vso", "اعتقلت قوات الأمن العراقية خمسة مسلحين قرب كركوك", "COERCE", "اعتقلت",
     ["IRQ COP"], ["IRQ REB"]),
    ("slot.svo", "وكانت تركيا قد حركت آلياتها العسكرية نحو الحدود", "MOBILIZE", "حركت",
     ["TUR GOV"], None),
    # a ratification to come, its subject before "على"
    ("slot.vso", "ويتوقع أن يصادق البرلمان الليبي على الاتفاقية الأمنية مع تركيا", "AGREE", "يصادق",
     ["LBY LEG"], ["TUR GOV"]),
    ("slot.nisba", "قتل ثلاثة أشخاص في غارة جوية إسرائيلية على جنوب لبنان", "ASSAULT", "غارة",
     ["ISR MIL"], None),
    ("slot.by", "قتل 12 مدنيا في قصف مدفعي لقوات الدعم السريع على مدينة الفاشر", "ASSAULT", "قصف",
     ["SDN REB"], ["SDN CVL"]),
    ("slot.support", "شنت حركة الشباب هجوما على قاعدة عسكرية في مقديشو", "ASSAULT", "هجوم",
     ["SOM REB"], None),
    # who abstained from an act is its side, past "عن"
    ("slot.support", "امتنعت الحكومة الإثيوبية عن التوقيع على الاتفاق", "AGREE", "التوقيع",
     ["ETH GOV"], None),
    ("slot.target-prep", "شنت الطائرات الروسية ضربات على المسلحين في ريف حلب", "ASSAULT", "ضربات",
     ["RUS MIL"], ["SYR REB"]),
    ("slot.between", "اندلعت اشتباكات عنيفة بين الجيش السوري وقسد شرق دير الزور", "ASSAULT",
     "اشتباكات", ["SYR MIL"], ["SYR REB"]),
    ("slot.symmetric", "بحثت روسيا والولايات المتحدة الأزمة السورية في جنيف", "CONSULT", "بحثت",
     ["RUS GOV"], ["USA GOV"]),
    ("slot.apposition", "التقى وزير الخارجية الروسي، سيرغي لافروف، ونظيره الأميركي، جون كيري، في جنيف",
     "CONSULT", "التقى", ["RUS GOV"], ["USA GOV"]),
    ("slot.pronoun", "حاصر الجيش المسلحين في حلب وأعلن أنه ستتم محاصرتهم", "COERCE", "محاصرتهم",
     None, ["SYR REB"]),
    ("slot.victims", "قتل 19 مدنيا في قصف جوي على بلدة في ريف إدلب", "ASSAULT", "قصف",
     None, ["SYR CVL"]),
    # who adopted a resolution speaks through it, past its number
    ("slot.document", "وتبنى مجلس الأمن أمس القرار رقم 660 الذي يدين الغزو ويطالب بغداد بسحب قواتها",
     "ACCUSE", "يدين", ["UNO UNO"], None),
    ("slot.document", "وفي نيويورك، تبنى مجلس الأمن السبت الماضي القرار 686 الذي يطالب بغداد بإلغاء قرار الضم",
     "REQUEST", "يطالب", ["UNO UNO"], ["IRQ GOV"]),
    # standing by a side is support for it; the side after "جانب" is no actor
    ("slot.beneficiary", "أكد الرئيس التركي وقوف بلاده إلى جانب أذربيجان", "SUPPORT", "وقوف",
     ["TUR GOV"], ["AZE GOV"]),
    ("slot.beneficiary", "أعلنت مصر وقوفها إلى جانب السودان", "SUPPORT", "وقوفها", ["EGY GOV"], ["SDN GOV"]),
]


@pytest.mark.parametrize("rule, text, etype, trigger, actors, targets", SLOTS, ids=[r[0] for r in SLOTS])
def test_assemble_slot_rules(ex, rule, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, trigger, date",
    [
        # the date of the trigger's own clause, not the first of the sentence
        ("قصفت الطائرات أمس مواقع المسلحين في حلب بعد محادثات الجمعة الماضي", "قصفت", (29, 29)),
        ("قصفت الطائرات أمس مواقع المسلحين في حلب بعد محادثات الجمعة الماضي", "محادثات", (26, 26)),
        # a date that modifies only the reporting verb is not the reported event's
        ("قال الجيش اليوم إن غارة إسرائيلية استهدفت سيارة في جنوب لبنان", "غارة", None),
        # nor one in the reporting clause, further from the verb: the event has its own
        ("ذكرت الوزارة في بيان صدر اليوم أن قواتها قتلت ستة مسلحين أمس", "قتلت", (29, 29)),
        ("ذكرت الوزارة في بيان صدر صباح اليوم أن الطائرات قصفت مواقع المتمردين", "قصفت", None),
        # nor the date of the source a report cites after the event
        ("قصفت الطائرات مواقع المتمردين بحسب بيان صدر اليوم عن الجيش", "قصفت", None),
        ("اعتقلت الشرطة ثلاثة ناشطين حسبما نقلت وكالة أنباء يوم الأحد الماضي", "اعتقلت", None),
        ("قصفت الطائرات مواقع المتمردين فجر اليوم حسبما أفاد مصدر عسكري", "قصفت", (30, 30)),
        # an act told after "، بعد" is before the clause it follows: neither its date nor its plan
        ("اتفق البلدان على فتح المعبر مطلع الشهر المقبل، بعد محادثات أجراها مسؤولون من الجانبين",
         "محادثات", None),
        # nor the date of a statement relayed
        ("وتبنت الجماعة الهجوم على الثكنة، في بيان نقلته وكالة الأنباء أمس", "الهجوم", None),
        # a planned event takes the future date, not the past one
        ("أعلن الجيش امس أن القوات ستنسحب من المدينة مطلع الشهر المقبل", "ستنسحب", (1, 10)),
        # the one date of a sentence dates an act before it, not one after it past the
        # clause it opens
        ("اقتحمت قوات الأمن الجامعة واعتقلت عشرات الطلاب في العاصمة، في ساعة مبكرة من صباح اليوم",
         "اعتقلت", (30, 30)),
        ("خرج آلاف المتظاهرين امس إلى شوارع العاصمة، ورحب رئيس البرلمان في وقت لاحق بمطالبهم", "رحب", None),
        # a date right after a verb is its own, not that of the noun it takes as its object
        ("رفض المجلس العسكري، أمس الأحد، عرضا لوقف إطلاق النار قدمه المتمردون", "رفض", (29, 29)),
        ("رفض المجلس العسكري، أمس الأحد، عرضا لوقف إطلاق النار قدمه المتمردون", "لوقف", None),
        # an act done by declaring it is dated by the announcement; one reported is not
        ("أعلنت الحكومة، مساء أمس الأحد، حالة الطوارئ في العاصمة لمدة ثلاثة أيام", "حالة الطوارئ", (29, 29)),
        ("أعلنت الحكومة، مساء أمس الأحد، القبض على ثلاثة مسلحين في العاصمة", "القبض", None),
        # a participle is told when the main verb before it is, not a relative clause's verb
        ("اتهمت الحكومة، أمس الأحد، المتمردين بقصف المدينة، متوعدة بالرد", "متوعدة", (29, 29)),
        ("دعا الوزير، الذي زار العاصمة مطلع الشهر الجاري، الطرفين الى وقف القتال، ملوحا بفرض عقوبات",
         "ملوحا", None),
    ],
)
def test_assemble_date_of_the_clause(ex, text, trigger, date):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    if date is None:
        assert e.date is None
    else:
        month = 9 if date[0] <= 10 and "المقبل" in text else 8
        assert (e.date.start.day, e.date.end.day) == date and e.date.start.month == month


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ("نفى الجيش تنفيذ أي غارة على المدينة", "غارة", "negated"),
        ("لم تشن الطائرات أي غارة على المدينة أمس", "غارة", "negated"),
        ("دعت الأمم المتحدة إلى وقف فوري لإطلاق النار في غزة", "وقف", "requested"),
        ("من المقرر أن تنسحب القوات التركية من جرابلس الأسبوع المقبل", "تنسحب", "planned"),
        ("بحث الجانبان إمكانية تنفيذ عملية عسكرية مشتركة ضد التنظيم", "عملية", "possible"),
        ("قال مصدر إن القوات قصفت مواقع التنظيم", "قصفت", "asserted"),  # reported speech
        ("وكانت تركيا قد حركت آلياتها نحو الحدود", "حركت", "asserted"),  # قد + past
        ("قد تشن إسرائيل هجوما بريا على المدينة", "هجوم", "possible"),  # قد + present
        # a welcome of a proposal happened; what is likely may be who struck, not the strike
        ("قدمت قطر مقترحا لهدنة رحبت به الحكومة", "رحبت", "asserted"),
        ("قتل عشرة مدنيين في غارات يرجح أنها روسية على البلدة", "غارات", "asserted"),
        ("من المرجح أن تستأنف المحادثات الأسبوع المقبل", "المحادثات", "possible"),
        # ruled out is not done; not ruled out stays possible
        ("استبعد وزير الخارجية إجراء محادثات مع الحركة في الوقت الراهن", "محادثات", "negated"),
        ("ولم يستبعد الوزير شن هجوم بري على المدينة", "هجوم", "possible"),
        # aid obstructed is not given
        ("واتهمت المنظمة الحكومة بعرقلة المساعدات الإنسانية", "المساعدات", "negated"),
        # what one abstained from, its subject between, is not done
        ("امتنعت الحكومة الانتقالية عن التوقيع على الاتفاق في جوبا", "التوقيع", "negated"),
        ("امتنع الجيش عن قصف الأحياء السكنية في المدينة", "قصف", "negated"),
        # what is announced is told
        ("أعلنت الحكومة الانتقالية عن التوقيع على الاتفاق في جوبا", "التوقيع", "asserted"),
        # an act after "بعد" or "إثر" is outside the negation before it
        ("دخلت القوات الفرنسية مدينة تمبكتو دون مقاومة تذكر بعد انسحاب مقاتلي الجماعة منها", "انسحاب", "asserted"),
        ("لم تتوقف الاحتجاجات إثر اعتقال زعيم المعارضة في العاصمة", "اعتقال", "asserted"),
        # and one inside it stays negated
        ("نفى الجيش انسحاب قواته من المدينة بعد المعارك", "انسحاب", "negated"),
    ],
)
def test_assemble_modality(ex, text, trigger, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text, fatalities, injured",
    [
        ("قتل 17 شخصا وأصيب 25 في قصف على مدينة الفاشر", 17, 25),
        ("أسفر الهجوم عن مقتل أكثر من 70 شخصا", 70, None),
        ("قتل عشرات المدنيين في غارات على البلدة", 12, None),
        ("أسفر الانفجار عن سقوط 20 قتيلا وجريحا", None, None),  # killed and wounded together
        # one more of a singular noun, feminine too; one person named by a singular noun
        ("قتل جنديان أميركيان وجندية بريطانية في هجوم صاروخي على القاعدة", 3, None),
        ("قتل متعاقد مدني أجنبي في هجوم صاروخي على المطار", 1, None),
        ("استشهد خمسة فلسطينيين في قصف إسرائيلي على رفح", 5, None),
        ("استهدف مسلحون مقرا للشرطة ما أسفر عن مقتل عنصر وجرح 5 آخرين", 1, 5),  # one, singular
        ("هاجم المسلحون الحاجز ما أدى لمقتل /12/ عنصرا من الشرطة", 12, None),  # a count in marks
        ("وشهدت المدينة قصفا أودى بحياة عشرات الأشخاص", 12, None),
        # a count after the toll's clause is not its count ("بعد بضعة أيام")
        ("وأوقع التفجير 18 قتيلا وذلك بعد بضعة أيام من التهديدات", 18, None),
        # one person and two more in the dual with a pronoun
        ("أسفر القصف عن مقتل رجل وطفليه في بلدة سراقب", 3, None),
        ("قتلت امرأة وابناها في غارة على بلدة كفرنبل", 3, None),
        # a subject, then one victim in the accusative
        ("قتل جنود إسرائيليون شابا فلسطينيا خلال مواجهات في بلدة بيتا", 1, None),
        # the toll of what a pronoun points back to
        ("شنت الطائرات غارات على القرية قتل خلالها سبعة مدنيين", 7, None),
        ("نفذت القوات عملية أمنية في المدينة قتل فيها قائد الخلية", 1, None),
        # the lowest of a range; a toll, not the part of it "بينهم" names
        ("أسفر القصف عن مقتل ما بين 10 و15 مقاتلا في ريف حمص", 10, None),
        ("ارتفعت حصيلة ضحايا الغارات على رفح إلى 11 شهيدا بينهم ثلاثة أطفال", 11, None),
        # two in the dual, the feminine's ة a ت before its ending; two after what they count
        ("سقطت قذائف على حي سكني في المدينة ما أدى إلى مقتل امرأتين", 2, None),
        ("قتل مسلحون رجلين في هجوم على قرية بولاية بورنو", 2, None),
        ("قتلت القوات الجزائرية إرهابيين اثنين في ولاية تيبازة", 2, None),
        # one and her two, before the verb
        ("قالت مصادر محلية إن امرأة وطفليها قتلوا في قصف على البلدة", 3, None),
        # two more in the dual after the count ("ومعلمان"), one more by a singular noun
        ("قتل 15 تلميذا ومعلمان في قصف استهدف مدرستهم", 17, None),
        ("أسفر القصف عن مقتل معلم وثلاثة من تلاميذه", 4, None),
    ],
)
def test_assemble_fatalities(ex, text, fatalities, injured):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(events) == 1  # the casualty words are the toll of the attack, not events
    assert (events[0].fatalities, events[0].injured) == (fatalities, injured)


def test_assemble_the_dead_are_counted_apart_from_the_wounded_counted_after_them(ex):
    # ("قتلوا وأصيب نحو 90": the count past "نحو" is the wounded's, not both)
    text = "قال مسؤول إن ستة أشخاص قتلوا وأصيب نحو 90 آخرين حين أطلقت الشرطة النار على المحتجين"
    assert [e.fatalities for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == [6]


@pytest.mark.parametrize(
    "text, fatalities, injured",
    [
        # the dead counted before their verb, then others hurt, counted apart
        ("وقالت وزارة الصحة إن 11 مدنيا على الأقل قتلوا وأصيب 35 آخرون في القصف المدفعي", 11, 35),
        ("وأفادت الشرطة بأن شرطيين قتلا وأصيب أربعة آخرون في الهجوم على الحاجز", 2, 4),
        # (a control: the killed and the hurt counted together are neither)
        ("قتل وأصيب 20 آخرون في القصف المدفعي على البلدة", None, None),
    ],
)
def test_assemble_the_hurt_counted_after_the_dead(ex, text, fatalities, injured):
    e = _one(ex, text, "ASSAULT", "")
    assert (e.fatalities, e.injured) == (fatalities, injured)


@pytest.mark.parametrize(
    "text, place, relation, precision",
    [
        ("قصفت الطائرات مواقع في شرق حلب", "Aleppo", "east", 2),
        ("قصفت الطائرات بلدات في ريف إدلب الجنوبي", "Idlib countryside", "south", 2),
        ("انفجرت سيارة مفخخة في مدينة الموصل", "Mosul", None, 1),
        # a local place, located by the known town right after it
        ("اشتباكات في حي الشيخ ريحان بمدينة حلب", "Aleppo", None, 2),
        ("استهدف مجهولون بعبوة لاصقة سيارة ضابط في حي العامرية ببغداد", "Baghdad", None, 2),
        ("قتل ثلاثة أشخاص في قصف استهدف حي الزيتون شرق مدينة غزة", "Gaza", "east", 2),
        # (one named after a town, in a town, is its quarter: not Al Matariyah on the lake)
        ("اعتقلت الشرطة شابا في حي المطرية بالقاهرة", "Cairo", None, 2),
        # (and without a known town after it, none)
        ("قصفت الطائرات حي الفردوس في المدينة", None, None, 2),
        # a name several places share is the most populous one's
        ("اعتقلت الشرطة ثلاثة ناشطين في الدار البيضاء", "Casablanca", None, 1),
        # a name that begins with its place noun is a place even as an object
        ("اقتحمت قوات الاحتلال حي الشيخ جراح في القدس المحتلة", "Sheikh Jarrah", None, 1),
        # "برصاص حي" is live fire, no neighbourhood
        ("قتل شاب برصاص حي خلال مواجهات في بلدة بيتا جنوب نابلس", "Beita", None, 1),
    ],
)
def test_assemble_places(ex, text, place, relation, precision):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.place is not None
    assert (e.place.name, e.place.relation, e.place.geo_precision) == (place, relation, precision)


@pytest.mark.parametrize(
    "text, n",
    [
        ("وقعت الحكومة والمتمردون اتفاق وقف إطلاق النار", 1),  # the ceasefire names the agreement
        ("واعتبر المحلل أن الاتفاق لن يصمد طويلا", 0),  # an agreement named in passing
        ("وتعد هذه الهجمات الأعنف منذ بداية العام", 0),  # talked about, not reported
        ("غارة جوية إسرائيلية استهدفت سيارة في جنوب لبنان", 1),  # noun and verb of one attack
        ("صدت القوات الحكومية هجوما للمتمردين على البلدة", 1),  # the attack repelled is the event
        # amid continuing fighting: a state, not a new event; an office named by a title
        ("ويعاني السكان من نقص الغذاء في ظل استمرار المعارك", 0),
        ("وأكد قائد العمليات المشتركة أن القوات جاهزة", 0),
        # a bare definite noun points back to the attack told before it
        ("صدت القوات هجوما للمتمردين على البلدة انتهى بفشل الهجوم وانسحاب المهاجمين", 2),
        # the tools of an act are that act
        ("وتصدت قوات الأمن للمحتجين مستخدمة الغاز المسيل للدموع وخراطيم المياه", 1),
        # aid kept out is the object of the blockade
        ("وتواصل القوات منع دخول كافة أنواع المساعدات الإنسانية إلى البلدة", 1),
        # a verb tells the protest; protesters killed are victims, not a protest
        ("ورفع المحتجون لافتات ورددوا شعارات ضد الحكومة في ذكرى مقتل متظاهرين", 1),
    ],
)
def test_assemble_one_event_per_event(ex, text, n):
    assert len(ex.extract(text, article_date=DATE)) == n


@pytest.mark.parametrize(
    "text, arrested",
    [
        ("اعتقلت قوات الاحتلال 15 فلسطينيا في مدينة الخليل", 15),
        ("أعلن الجهاز إلقاء القبض على ثلاثة إرهابيين في كركوك", 3),
        ("اعتقلت الشرطة المتظاهرين في ساحة التحرير", None),  # no count given
    ],
)
def test_assemble_arrested_count(ex, text, arrested):
    [e] = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert (e.mode, e.arrested, e.fatalities) == ("arrest", arrested, None)


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        ("وأكدت الحكومة أنها لن توافق على أي اتفاق مع المتمردين", "REJECT", "asserted"),
        ("وافقت الحكومة على اتفاق لوقف إطلاق النار مع المتمردين", "AGREE", "asserted"),
    ],
)
def test_assemble_refusing_to_agree_is_a_rejection(ex, text, etype, modality):
    [e] = [e for e in ex.extract(text, article_date=DATE) if e.type in ("AGREE", "REJECT")]
    assert (e.type, e.modality.value) == (etype, modality)


@pytest.mark.parametrize(
    "text, etype, place",
    [
        # talks are located by the place after them in their clause
        ("عقد وفدا الحكومة والمعارضة محادثات في جنيف أمس", "CONSULT", "Geneva"),
        # not by the place of another clause, nor by a place the words are about
        ("في حلب قتل خمسة مدنيين، وقالت الحكومة إنها ترفض المقترح", "REJECT", None),
        ("دعت الأمم المتحدة أمس إلى هدنة، بعد غارات على مدينة إدلب", "REQUEST", None),
        # a fight is located by the place before it as well
        ("في مدينة إدلب، قصفت الطائرات سوقا شعبيا", "ASSAULT", "Idlib"),
    ],
)
def test_assemble_verbal_acts_take_a_place_of_their_own_clause(ex, text, etype, place):
    [e] = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert (e.place.name if e.place else None) == place


@pytest.mark.parametrize(
    "text, actors",
    [
        # a member title stands for its body, which keeps no country of the context
        ("هاجمت عناصر من #داعش قوات من الجيش العراقي قرب #كركوك", ["--- REB"]),
        ("هاجم عناصر من الحشد الشعبي مواقع التنظيم قرب الموصل", ["IRQ MIL"]),
        # so does a unit or a detachment of it
        ("هاجمت وحدات من الجيش السوري مواقع المسلحين في ريف إدلب", ["SYR MIL"]),
        ("هاجمت قوة من الجيش النيجري مخابئ للمسلحين قرب ديفا", ["NER MIL"]),
    ],
)
def test_assemble_member_titles_take_the_codes_of_their_body(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # "القبض على" is the verbal noun: its agent is the announcer, its object follows على
        ("أعلن جهاز مكافحة الإرهاب، اليوم، القبض على ثلاثة إرهابيين في الأنبار", "COERCE",
         ["IRQ COP"], ["--- REB"]),
        ("أدان المجلس الخطف الذي تعرض له الصحفيون في ليبيا", "ASSAULT", None, None),
    ],
)
def test_assemble_a_verb_form_with_the_article_is_a_noun(ex, text, etype, actors, targets):
    [e] = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert "slot.vso" not in e.rules
    if actors is not None:
        assert _codes(e.actors) == actors
    if targets is not None:
        assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # an adverb and a quantity before the object: "خطف ... أيضا عددا من"
        ("خطف المسلحون أيضا عددا من العمال المصريين قرب الحدود", "ASSAULT", "خطف",
         ["--- REB"], ["EGY CVL"]),
        # the sides of a clash past the place of the clash
        ("اندلعت الاشتباكات في حي الشيخ مقصود بين القوات الكردية والقوات الحكومية", "ASSAULT",
         "الاشتباكات", ["SYR REB"], ["SYR MIL"]),
        # a counted phrase before a nominal trigger is the toll, not the agent
        ("قتل 18 شخصا يوم السبت بهجوم انتحاري في مقديشو", "ASSAULT", "هجوم", [], []),
        # a toll of civilians names whom the attack hit
        ("قتل 12 مدنيا في قصف مدفعي على أحد أحياء مدينة الفاشر", "ASSAULT", "قصف", None,
         ["SDN CVL"]),
        # a phrase after a preposition is no agent of a light verb: "شنها بمناطق"
        ("اعتقلت القوات الإسرائيلية 20 شابا في حملة اعتقالات شنتها بمناطق متفرقة من الضفة الغربية",
         "COERCE", "اعتقلت", ["ISR MIL"], None),
    ],
)
def test_assemble_objects_sides_and_tolls(ex, text, etype, trigger, actors, targets):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert all(a.text != "بمناطق" for e in events for a in e.actors)
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # a state body without a country takes the context's
        ("وأعلنت وزارة الدفاع وقفا لإطلاق النار في حلب", "RETREAT", "وقف", ["SYR GOV"]),
        # a title inside a body: "القيادي في حماس"
        ("ودعا القيادي في حماس إلى وقف الحرب على غزة", "REQUEST", "دعا", ["PSE REB"]),
        # a negation between subject and verb
        ("وقال مسؤول إن تل أبيب لن توافق على الاتفاق", "REJECT", "توافق", ["ISR GOV"]),
        # the leader named after a force is part of it
        ("وقالت مصادر إن قوات التحالف العربي بقيادة السعودية قصفت مواقع في الحديدة", "ASSAULT",
         "قصفت", ["SAU MIL"]),
        # forces of a capital keep their own sector
        ("وقال إن طائرات أنقرة ستشن غارات على مواقع في الشمال", "ASSAULT", "غارات", ["TUR MIL"]),
        # the agent inside a multiword trigger, and protesters after a protest noun
        ("وطالبت الحركة بوقف الحرب وانسحاب القوات الإسرائيلية من القطاع", "RETREAT", "انسحاب",
         ["ISR MIL"]),
        ("ورحبت الحكومة بانسحاب القوات المصرية من المدينة", "RETREAT", "انسحاب", ["EGY MIL"]),
        ("وتظاهر عراقيون في ساحة التحرير ببغداد أمس", "PROTEST", "تظاهر", ["IRQ CVL"]),
    ],
)
def test_assemble_actor_codes_from_context_and_modifiers(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.actors) == actors


def test_assemble_a_coordinated_trigger_keeps_its_own_object(ex):
    text = "وطالبت الحركة بوقف الحرب وانسحاب القوات الإسرائيلية من القطاع"
    e = _one(ex, text, "RETREAT", "وقف")
    assert all("القوات" not in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # unknown assailants and "terrorists" keep no country from the context
        ("استهدف مجهولون مقرا للشرطة في محافظة كركوك", "ASSAULT", "استهدف", ["--- REB"], None),
        ("اعتقلت قوات الأمن العراقية خمسة إرهابيين في الأنبار", "COERCE", "اعتقلت", ["IRQ COP"],
         ["--- REB"]),
        # the one arrested follows "ألقي القبض على"; a title within armed gangs
        ("وألقي القبض على عنصر قيادي في العصابات الإرهابية داخل محافظة كركوك", "COERCE", "القبض",
         [], ["--- REB"]),
        # "تصدت لهم": the pronoun is the protesters
        ("وتجمع المحتجون في ساحة التحرير لكن سرعان ما تصدت لهم قوات الأمن العراقية", "ASSAULT",
         "تصدت", ["IRQ COP"], ["IRQ OPP"]),
        # "طالت" + a count: whom the campaign hit
        ("شنت القوات الإسرائيلية حملة اعتقالات طالت ما لا يقل عن 30 شابا في الخليل", "COERCE",
         "اعتقالات", ["ISR MIL"], ["PSE CVL"]),
    ],
)
def test_assemble_unknown_actors_and_objects_after_a_preposition(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a count in brackets before the object
        ("وتمكنت القوات من إلقاء القبض على (٤) إرهابيين في محافظة أربيل", "COERCE", "القبض",
         None, ["--- REB"]),
        # a name in brackets is the same body: one side, not two
        ("وبدأت عملية تبادل الأسرى بين حركة المقاومة الإسلامية (حماس) وإسرائيل صباح اليوم",
         "RETREAT", "تبادل", ["PSE REB"], ["ISR GOV"]),
        # the pronoun after the trigger is its object, even with an object after the subject
        ("وتسلم الجيش سبعة أسرى أفرجت عنهم الحركة وسلمتهم إلى الصليب الأحمر",
         "RETREAT", "أفرجت", None, ["--- CVL"]),
    ],
)
def test_assemble_brackets_and_object_pronouns(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # a place far back locates an earlier clause: here the ministry, not the strikes
        ("قالت وزارة الصحة في غزة يوم الاثنين إن ما لا يقل عن 30 شخصا قتلوا في الغارات الليلية",
         "الغارات", None),
        # a place a few words back is the act's own
        ("في ريف إدلب الجنوبي، تجددت الاشتباكات العنيفة", "الاشتباكات", "Idlib countryside"),
    ],
)
def test_assemble_a_place_far_back_is_another_clauses(ex, text, trigger, place):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (e.place.name if e.place else None) == place


def test_assemble_a_conjunction_opens_another_clause(ex):
    text = "تجمع المتظاهرون في ساحة التحرير ببغداد ورددوا الشعارات، لكن الشرطة هاجمتهم"
    e = _one(ex, text, "PROTEST", "رددوا")
    assert (_codes(e.actors), _codes(e.targets)) == (["IRQ OPP"], [])
    e = _one(ex, text, "ASSAULT", "هاجمتهم")
    assert (_codes(e.actors), _codes(e.targets)) == (["IRQ COP"], ["IRQ OPP"])


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # a claim names the author, past a date between commas
        ("ودمر هجوم مزدوج، يوم السبت، تبنته حركة الشباب موقفا للسيارات في مقديشو", "ASSAULT",
         "دمر", ["SOM REB"]),
        ("وقتل جنديان في كمين نصبه مسلحون على طريق المطار", "ASSAULT", "كمين", ["--- REB"]),
        # "تنفيذ X ضربات": the genitive of the light noun is the agent
        ("ونفى الحزب تنفيذ سلاح الجو الإسرائيلي ضربات جوية على القرية", "ASSAULT", "ضربات",
         ["ISR MIL"]),
        # the genitive of a verbal noun of assent
        ("وبعد مصادقة الحكومة الإسرائيلية على الاتفاق عاد السكان إلى المدينة", "AGREE", "مصادقة",
         ["ISR GOV"]),
        # an agent after an adjective: "انسحابا أوسع لقوات الاحتلال"
        ("وتتضمن الخطة انسحابا أوسع لقوات الاحتلال من مناطق خان يونس", "RETREAT", "انسحاب",
         ["ISR MIL"]),
        # a nisba of no state acts for none
        ("وجاء ذلك بعد يومين على عقد القمة العربية في الرياض", "CONSULT", "القمة", []),
        # "عنصر من عناصر الحشد" is a part of a whole, not an agent
        ("فقد أدى الهجوم إلى مقتل عنصر من عناصر الحشد في المنطقة", "ASSAULT", "الهجوم", []),
    ],
)
def test_assemble_claims_light_nouns_and_genitives(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # sites struck by state forces are the armed groups'
        ("قال الجيش الإسرائيلي إنه ضرب أكثر من 100 هدف في قطاع غزة", "ضرب", ["PSE REB"]),
        # struck by an armed group at home: the state's
        ("استهدفت حركة الشباب بقذائف الهاون مطارا في مقديشو", "استهدفت", ["SOM GOV"]),
        # (a patrol or a position is the army's; a convoy of an official is his)
        ("هاجم مسلحون من حركة الشباب دورية في مقديشو", "هاجم", ["SOM MIL"]),
        ("نصب مسلحون من حركة الشباب كمينا لموكب لوزير الداخلية في مقديشو", "كمين", ["SOM GOV"]),
        # an owner named decides; areas belong to no side
        ("قصف الجيش مقرا تابعا لحركة الشباب في مقديشو", "قصف", ["SOM REB"]),
        ("قصفت قوات الجيش مناطق متفرقة في محافظة إدلب", "قصفت", ["SYR ---"]),
    ],
)
def test_assemble_sites_take_the_side_opposed_to_the_striker(ex, text, trigger, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a quote or a hashtag inside a name does not break it
        ('وتبنت حركة "الشباب" الهجوم على الفندق في مقديشو', "ASSAULT", "الهجوم", ["SOM REB"], None),
        ("وقال إن قوات #صنعاء ستواصل الهجمات على السفن", "ASSAULT", "الهجمات", ["YEM REB"], None),
        # a thing is never the subject: "استهدف أحياء سكنية" has no subject after the verb
        ("واستهدف أحياء سكنية داخل المدينة", "ASSAULT", "استهدف", [], ["--- CVL"]),
        # "مابين" written as one word
        ("وجرى تبادل المعلومات الاستخبارية مابين جهاز مكافحة الإرهاب وأجهزة أمن إقليم كردستان",
         "COOPERATE", "تبادل", ["IRQ COP"], ["IRQ COP"]),
        # who repels an attack is its target
        ("وقالت مصادر إن القوات المشتركة صدت هجوما لميليشيا الحوثي في جبهة البقع", "ASSAULT",
         "هجوم", ["YEM REB"], ["YEM MIL"]),
    ],
)
def test_assemble_marks_things_between_and_repelled(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_place_inside_a_name_is_not_the_events(ex):
    e = _one(ex, "وقال إن قوات #صنعاء ستواصل الهجمات على السفن", "ASSAULT", "الهجمات")
    assert e.place is None


def test_assemble_the_sides_of_a_clash_in_the_order_named(ex):
    text = ("القوات المشتركة صدت هجوما لميليشيا الحوثي في جبهة البقع أعقبته مواجهات عنيفة "
            "بين الطرفين في جبال رشاحة")
    e = _one(ex, text, "ASSAULT", "مواجهات")
    assert (_codes(e.actors), _codes(e.targets)) == (["YEM MIL"], ["YEM REB"])


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # who survives an attack was its target
        ("وفجر الأربعاء، نجا رئيس هيئة أركان الجيش اليمني من قصف للحوثيين بمأرب", "قصف",
         ["YEM REB"], ["YEM MIL"]),
        # a head of an armed group is the group's, not a state's
        ("واستهدفت غارة إسرائيلية أمين عام حزب الله في بيروت", "غارة", ["ISR MIL"], ["LBN REB"]),
        # a count before the object of a noun: "عددا من الآليات"
        ("كما دمرت مقاتلات التحالف عددا من الآليات في المنطقة", "دمرت", None, ["--- MIL"]),
    ],
)
def test_assemble_survivors_group_heads_and_counted_objects(ex, text, trigger, actors, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    if actors is not None:
        assert _codes(e.actors) == actors
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # ground is taken from whom "من" names; what follows "على" is the ground
        ("وقال الوزير إن قوات الجيش استعادت السيطرة على المطار من قوات حفتر", "ASSAULT",
         "استعادت", None, ["LBY REB"]),
        # the object of the act threatened
        ("هدد زعيم الجماعة، اليوم الثلاثاء، بمهاجمة السفن الإسرائيلية في البحر الأحمر",
         "THREATEN", "هدد", None, ["ISR ---"]),
        # or whom it is aimed at, past its object
        ("هدد البرلمان الليبي بقطع العلاقات مع أنقرة", "THREATEN", "هدد", ["LBY LEG"], ["TUR GOV"]),
        # "التنظيم" with no antecedent is a transnational armed group
        ("فهاجم الحشد الشعبي عناصر التنظيم الموجودة في القرية", "ASSAULT", "هاجم", ["IRQ MIL"],
         ["--- REB"]),
        # a possessive suffix: the prisoners are the army's
        ("وأعلن الجيش الإسرائيلي تسلمه 7 من أسراه أفرجت عنهم حركة حماس", "RETREAT", "أفرجت",
         ["PSE REB"], ["ISR CVL"]),
        # a pronoun of people does not point back to a place or a thing
        ("وخطفت الجماعة عمالا مصريين في الهجوم على محطة المياه لكنها أطلقت سراحهم لاحقا",
         "RETREAT", "أطلقت", None, ["EGY CVL"]),
        # members of the body told before are its own
        ("أعلنت حركة الشباب أن عناصر الحركة هاجموا قاعدة عسكرية", "ASSAULT", "هاجموا", ["SOM REB"],
         ["SOM MIL"]),
        ("أعلنت حركة الشباب أن عناصر من الحركة هاجموا قاعدة عسكرية", "ASSAULT", "هاجموا", ["SOM REB"],
         ["SOM MIL"]),
        # the forces of the speaker's state
        ("وقال وزير الخارجية الروسي إن قوات بلاده ستنسحب من المنطقة", "RETREAT", "ستنسحب", ["RUS MIL"], None),
    ],
)
def test_assemble_ground_threats_anaphors_and_possessors(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # an act agreed to is the agreeing party's
        ("وقالت الأمم المتحدة إن الحكومة السورية وافقت على السماح بدخول مساعدات إنسانية إلى البلدة",
         "RETREAT", "دخول", ["SYR GOV"]),
        # a subject in brackets before the verb
        ("وأضاف أن (تل أبيب) لن توافق على الاتفاق", "REJECT", "توافق", ["ISR GOV"]),
    ],
)
def test_assemble_complements_brackets_and_people_countries(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        # a hashtag between the place noun and the name
        ("وأدى الهجوم في ناحية #حمرين إلى مقتل جنديين", "ASSAULT", "الهجوم", "ناحية #حمرين"),
        ("وقال إن الهجوم استهدف قرية #كركوك الجديدة", "ASSAULT", "الهجوم", "قرية #كركوك"),
        # the place after a coordinated act of another kind is that act's
        ("وطالبت الحركة بوقف القتال وانسحاب القوات إلى خارج قطاع غزة", "RETREAT", "وقف", None),
        # a place and a time between commas, then the object signed
        ("وقع وزيرا الخارجية، أمس الأربعاء في نواكشوط، اتفاقا للتعاون الأمني", "AGREE", "وقع", "نواكشوط"),
        ("وقع وزيرا الخارجية في نواكشوط، أمس الأربعاء، اتفاقا للتعاون الأمني", "AGREE", "وقع", "نواكشوط"),
        # (a participle after the comma opens a clause of its own)
        ("اتهم الكرملين أوكرانيا بمهاجمة مقر الرئاسة في موسكو، متوعدا بالرد", "THREATEN", "متوعدا", None),
    ],
)
def test_assemble_places_past_marks_and_other_acts(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert place is None or e.place.text == place


def test_assemble_a_toll_after_a_consequence_is_of_the_act_before_it(ex):
    text = ("قال مسؤولون إن الغارات على المدينة أسفرت عن مقتل 70 شخصا، في حين قال الجيش "
            "إنه ضرب 300 هدف")
    by_trigger = {e.trigger.text: e.fatalities for e in ex.extract(text, article_date=DATE)}
    assert by_trigger["الغارات"] == 70 and by_trigger.get("ضرب") is None


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a claim of responsibility tells the attack, and its relative verb is the same attack
        ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف فندقا في مقديشو", "ASSAULT",
         "الهجوم", ["SOM REB"], ["SOM CVL"]),
        # forces of a government keep their own sector
        ("وسيطرت قوات الجيش الوطني الليبي على سرت بعد معارك مع قوات حكومة الوفاق", "ASSAULT",
         "معارك", ["LBY REB"], ["LBY MIL"]),
        # who protests past a count; the purpose is theirs, not the place's
        ("وتظاهر آلاف السودانيين في الخرطوم للمطالبة بتسليم السلطة", "PROTEST", "تظاهر",
         ["SDN CVL"], []),
        ("وتظاهر آلاف السودانيين في الخرطوم للمطالبة بتسليم السلطة", "REQUEST", "للمطالبة",
         ["SDN CVL"], None),
    ],
)
def test_assemble_claims_government_forces_and_purposes(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_claimed_attack_is_one_event(ex):
    text = "وأعلنت حركة الشباب مسؤوليتها عن الهجوم الذي استهدف فندقا في مقديشو"
    assert _types(ex, text) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # right after the act's noun and its adjectives (a site "للشرطة" is the police's)
        ("شنت الجماعة المسلحة هجوما انتحاريا استهدف مقرا للشرطة في مدينة كركوك", "ASSAULT",
         "هجوما", ["IRQ COP"]),
        ("فرضت الحكومة البريطانية عقوبات جديدة استهدفت قادة في الحرس الثوري الإيراني",
         "SANCTION", "فرضت", ["IRN MIL"]),
        # after a relative pronoun or "حيث" that opens a clause about the act
        ("نفذ مسلحون هجوما على قرية قرب الموصل أمس، والذي استهدف منازل المدنيين", "ASSAULT",
         "هجوما", ["IRQ CVL"]),
        ("شنت حركة الشباب هجوما جديدا على مدينة بيدوا، حيث استهدفت بقذائف الهاون مقر الحكومة",
         "ASSAULT", "هجوما", ["SOM GOV"]),
    ],
)
def test_assemble_a_targeting_verb_tells_the_act_before_it(ex, text, etype, trigger, targets):
    e = _check(ex, text, etype, trigger, None, targets)
    assert len(ex.extract(text, article_date=DATE)) == 1, e


def test_assemble_a_targeting_verb_with_its_own_subject_is_another_act(ex):
    text = "شن الجيش هجوما على مواقع المسلحين، واستهدفت الطائرات مخازن الأسلحة"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE)] == ["هجوما", "استهدفت"]




@pytest.mark.parametrize(
    "text, trigger, means, targets",
    [
        ("استهدفت الميليشيا بطائرة مسيرة مواقع الجيش اليمني في مأرب", "استهدفت", "بطائرة",
         ["YEM MIL"]),
        ("قصفت قوات النظام بالمدفعية الثقيلة منازل المدنيين في درعا", "قصفت", "بالمدفعية",
         ["SYR CVL"]),
        ("استهدف الحوثيون بطائرة مسيرة مدينة جازان", "استهدف", "بطائرة", []),
    ],
)
def test_assemble_aircraft_after_bi_are_the_means_not_the_target(ex, text, trigger, means, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == targets
    assert not any(means in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        ("بحث الرئيس المصري مع نظيره الفرنسي الأوضاع في غزة", ["EGY GOV"]),
        ("وكان المبعوث الأممي قد بحث في مسقط عددا من القضايا مع وفد الحوثيين", ["UNO UNO"]),
    ],
)
def test_assemble_a_verb_that_is_also_a_noun_is_one_beside_its_subject(ex, text, actors):
    e = _one(ex, text, "CONSULT", "بحث")
    assert _codes(e.actors) == actors
    # "في مسقط" is where the talks are, not whom they are with
    assert all("مسقط" not in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text",
    [
        "بحث الجيش عن المفقودين تحت الأنقاض",  # a search
        "أكد الوزير أن البحث في الملف النووي مستمر",  # the noun, with the article
        "نشرت الجامعة بحث طلابها عن المياه",  # a paper
    ],
)
def test_assemble_the_noun_reading_is_no_consultation(ex, text):
    assert "CONSULT" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, told",
    [
        # an act answered or commented on was told before: no new event
        ("ولم يعلق الجيش على طلب للتعليق على الغارات الأخيرة", []),
        ("شنت الطائرات غارات على مواقع المسلحين ردا على الهجوم", ["غارات"]),
        # attacks that recur are a state of things, not an event
        ("يثير تكرار الهجمات على القوافل قلق المنظمات الإنسانية", []),
        # what a protest is against is told elsewhere
        ("تظاهر آلاف اليمنيين في صنعاء احتجاجا على الغارات", ["تظاهر"]),
    ],
)
def test_assemble_acts_answered_or_recurring_are_background(ex, text, told):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE)] == told


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # towns in a list after a place noun in the plural are places, the first one nearest
        ("تركزت حملات الاعتقال في محافظات سلفيت، وجنين، وطوباس", "حملات الاعتقال", "محافظات سلفيت"),
        ("تركزت حملات الاعتقال في محافظتي سلفيت وجنين", "حملات الاعتقال", "محافظتي سلفيت"),
    ],
)
def test_assemble_towns_listed_after_a_place_noun_are_places(ex, text, trigger, place):
    e = _one(ex, text, "COERCE", trigger)
    assert e.place is not None and e.place.text.endswith(place)


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        ("التقى وزير الخارجية الروسي نظيره الأمريكي في جنيف", "التقى", ["RUS GOV"], ["USA GOV"]),
        ("بحث قائد الجيش اللبناني مع نظيره القبرصي التعاون بين البلدين", "بحث", ["LBN MIL"],
         ["CYP MIL"]),
    ],
)
def test_assemble_a_counterpart_takes_the_other_sides_sector(ex, text, trigger, actors, targets):
    _check(ex, text, "CONSULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, place",
    [
        ("بحث الرئيس المصري مع نظيره الفرنسي الأوضاع في غزة", None),  # what the talks are about
        ("بحث الرئيس المصري مع نظيره الفرنسي في باريس الأوضاع في غزة", "باريس"),
    ],
)
def test_assemble_the_place_of_a_topic_is_not_where_talks_are(ex, text, place):
    e = _one(ex, text, "CONSULT", "بحث")
    assert place is None or e.place.text == place


def test_assemble_bare_talaba_is_a_demand_beside_its_subject(ex):
    events = ex.extract("طالب المحتجون برحيل الحكومة وإجراء انتخابات مبكرة", article_date=DATE)
    request = _one(ex, "طالب المحتجون برحيل الحكومة وإجراء انتخابات مبكرة", "REQUEST", "طالب")
    assert _codes(request.actors) == ["--- OPP"]
    # the protesters who demand are protesting: told, not called for
    assert [e.modality.value for e in events if e.type == "PROTEST"] == ["asserted"]


@pytest.mark.parametrize(
    "text",
    ["قتل طالب جامعي برصاص قناص في المدينة", "وكان الطالب قد شارك في المظاهرة",
     "وكان القتيل طالبا في كلية الهندسة بجامعة الموصل", "وقال والده إن ابنه كان طالباً في الجامعة"],
)
def test_assemble_talaba_the_student_neither_demands_nor_calls_for(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert "REQUEST" not in [e.type for e in events]
    assert all(e.modality.value != "requested" for e in events)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a trigger that ends with its preposition takes its object after it, its agent from
        # the light verb
        ("أطلقت قوات الاحتلال الرصاص الحي على المتظاهرين قرب السياج شرق غزة", "ASSAULT",
         "الرصاص", ["ISR MIL"], ["PSE OPP"]),
        ("أفرجت السلطات المصرية عن 30 معتقلا سياسيا", "RETREAT", "أفرجت", ["EGY GOV"],
         ["EGY CVL"]),
        ("استقبل العاهل الأردني في قصر الحسينية وفدا من الكونغرس", "CONSULT", "استقبل",
         ["JOR GOV"], None),
    ],
)
def test_assemble_objects_after_a_preposition_detainees_and_monarchs(ex, text, etype, trigger,
                                                                      actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_count_after_a_killing_verb_is_its_victims(ex):
    text = "داهمت قوات الأمن العراقية أوكارا لتنظيم داعش في صحراء الأنبار وقتلت 7 إرهابيين"
    e = _check(ex, text, "ASSAULT", "قتلت", ["IRQ COP"], ["--- REB"])
    assert e.fatalities == 7


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who condemns an attack did not make it; the relative clause tells what it targeted
        ("أدان مجلس الأمن الدولي الهجوم الذي استهدف قاعدة لقوات حفظ السلام في مالي", [],
         ["UNO MIL"]),
        ("أدان الاتحاد الأفريقي بشدة الهجوم على قاعدة عسكرية في النيجر", [], None),
    ],
)
def test_assemble_a_condemned_attack_is_not_the_condemners(ex, text, actors, targets):
    _check(ex, text, "ASSAULT", "الهجوم", actors, targets)
    _check(ex, text, "ACCUSE", "أدان", None, None)


def test_assemble_the_expelled_named_in_the_trigger_are_its_target(ex):
    _check(ex, "قررت الحكومة المصرية طرد السفير الإسرائيلي", "SANCTION", "طرد", ["EGY GOV"],
           ["ISR GOV"])


@pytest.mark.parametrize(
    "text, actors, targets, place, modality",
    [
        ("زار وزير الخارجية الأمريكي القاهرة أمس", ["USA GOV"], ["EGY GOV"], "القاهرة", "asserted"),
        ("من المقرر أن يزور الرئيس الفرنسي بيروت الأسبوع المقبل", ["FRA GOV"], ["LBN GOV"],
         "بيروت", "planned"),
    ],
)
def test_assemble_a_visited_capital_is_host_and_place(ex, text, actors, targets, place, modality):
    e = _check(ex, text, "CONSULT", "زور" if "يزور" in text else "زار", actors, targets)
    assert e.place.text == place and e.modality.value == modality


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # verb forms find their subject after them
        ("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم", "COERCE", "اقتحمت", ["ISR MIL"], None),
        ("رحلت السلطات الليبية مئات المهاجرين إلى بلدانهم", "COERCE", "رحلت", ["LBY GOV"], None),
        # a second verb carries the subject of the first clause, not of people named as a
        # protest inside it
        ("استخدمت الشرطة السودانية الغاز المسيل للدموع لتفريق آلاف المحتجين في الخرطوم، "
         "ومنعتهم من الوصول إلى القصر", "COERCE", "منعتهم", ["SDN COP"], None),
    ],
)
def test_assemble_verb_forms_and_carried_subjects(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # who describes an attack is not what it struck
        ("قتل عشرون شخصا في هجوم وصفته الحكومة بأنه إرهابي", "ASSAULT", "هجوم", [], []),
        # the gunmen are the killing's, not the emergency's declared after it
        ("أعلن الرئيس حالة الطوارئ بعد ساعات من مقتل 52 متظاهرا برصاص مسلحين", "COERCE", "الطوارئ",
         ["--- GOV"], []),
        # what another clause's act is aimed at, past a comma, is not the first act's
        ("قتل جنديان في هجوم للمتمردين، وشن الجيش بعدها غارات على مواقعهم", "ASSAULT", "هجوم",
         ["--- REB"], ["--- MIL"]),
        ("قتل جنديان في هجوم للمتمردين، فيما شن الجيش غارات على مواقعهم", "ASSAULT", "هجوم",
         ["--- REB"], ["--- MIL"]),
        ("قتل جنديان في هجوم للمتمردين، في حين شن الجيش غارات على مواقعهم", "ASSAULT", "هجوم",
         ["--- REB"], ["--- MIL"]),
        ("وقع هجوم للمتمردين، في حين شن الجيش غارات على مواقعهم", "ASSAULT", "هجوم", ["--- REB"], []),
    ],
)
def test_assemble_slots_stay_with_their_own_clause(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actor",
    [
        ("أحرقت مجموعة من المستوطنين منزلا فلسطينيا في نابلس", "ASSAULT", "أحرقت", "المستوطنين"),
        ("استسلمت مجموعة من المسلحين للقوات الحكومية في درعا", "RETREAT", "استسلمت", "المسلحين"),
        # "عددا من" is accusative: an object, and the subject is the one before it
        ("خطفت الميليشيا عددا من العمال", "ASSAULT", "خطفت", "الميليشيا"),
        # shots are an attack when fired, with the subject between the verb and them
        ("أطلق مجهولون النار على سيارة قاض في مدينة كربلاء", "ASSAULT", "أطلق", "مجهولون"),
        # past verb forms find their subject after them
        ("اقتحم عشرات المستوطنين باحات المسجد الأقصى", "COERCE", "اقتحم", "المستوطنين"),
    ],
)
def test_assemble_a_group_of_people_after_a_verb_is_its_subject(ex, text, etype, trigger, actor):
    e = _one(ex, text, etype, trigger)
    assert [a.text for a in e.actors] == [actor]


def test_assemble_a_thing_is_never_the_actor(ex):
    text = "قتل 12 شخصا في تفجير سيارة مفخخة استهدف سوقا شعبيا في مدينة الصدر ببغداد"
    e = _one(ex, text, "ASSAULT", "تفجير")
    assert e.actors == () and _codes(e.targets) == ["IRQ CVL"] and e.fatalities == 12


@pytest.mark.parametrize(
    "text, actors, place",
    [
        # rockets fired: the subject and a count stand between the verb and the weapon; the
        # place is where they were aimed, not whence
        ("أطلق حزب الله عشرات الصواريخ من جنوب لبنان نحو الجليل الأعلى", ["LBN REB"],
         "الجليل الأعلى"),
        # forces a state's speaker names are its own
        ("وقال الناطق باسم الجيش الإسرائيلي إن طائرات حربية أغارت على أهداف في خان يونس",
         ["ISR MIL"], "خان يونس"),
    ],
)
def test_assemble_fired_rockets_and_a_speakers_own_forces(ex, text, actors, place):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == actors and e.place.text == place


@pytest.mark.parametrize(
    "text",
    ["قدمت الولايات المتحدة صواريخ متطورة لأوكرانيا", "تمتلك إيران آلاف الصواريخ الباليستية"],
)
def test_assemble_rockets_given_or_owned_are_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # support and aid go to whom "ل" names, and come from the light verb's subject
        ("أعلنت الإمارات دعمها الكامل للحكومة اليمنية الشرعية", "SUPPORT", ["ARE GOV"], ["YEM GOV"]),
        ("قدمت السعودية مساعدات إنسانية بقيمة 10 ملايين دولار لليمن", "AID", ["SAU GOV"],
         ["YEM GOV"]),
        # the pronoun of "دعمها" is its genitive: not the nisba further on
        ("أعربت فرنسا عن دعمها لجهود الوساطة المصرية", "SUPPORT", ["FRA GOV"], None),
        # the one handed aid stands between the giver and the aid
        ("سلمت الولايات المتحدة الجيش اللبناني شحنة أسلحة وذخائر", "AID", ["USA GOV"],
         ["LBN MIL"]),
        # the aid's owner gives it
        ("وصلت قافلة مساعدات إنسانية تابعة للأمم المتحدة إلى مدينة حلب", "AID", ["UNO UNO"], []),
        # the accusative adjective of the aid is no actor that swallows whom it is for
        ("قدمت روسيا دعما عسكريا للجيش السوري خلال العام الماضي", "AID", ["RUS GOV"], ["SYR MIL"]),
    ],
)
def test_assemble_support_and_aid_go_to_whom_li_names(ex, text, etype, actors, targets):
    _check(ex, text, etype, "", actors, targets)


def test_assemble_what_is_threatened_is_the_threat(ex):
    text = "هدد زعيم الحوثيين باستهداف السفن الإسرائيلية في البحر الأحمر"
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == ["THREATEN"]
    assert _codes(events[0].targets) == ["ISR ---"]


@pytest.mark.parametrize(("text", "targets"), [
    ("توعد زعيم حزب الله إسرائيل برد قاس على اغتيال القيادي", ["ISR GOV"]),
    ("توعد الحرس الثوري الولايات المتحدة وإسرائيل برد حاسم", ["ISR GOV", "USA GOV"]),
    # (control: the threatener alone, and the act a reprisal is vowed for is no target)
    ("توعدت الجماعة برد حاسم على أي اعتداء على مواقعها", []),
])
def test_assemble_a_reprisal_vowed_to_someone_is_the_vow(ex, text, targets):
    threats = [e for e in ex.extract(text, article_date=DATE) if e.type == "THREATEN"]
    assert len(threats) == 1 and _codes(threats[0].targets) == targets


def test_assemble_a_nisba_joined_to_a_named_force_is_another_side(ex):
    text = "أجرت القوات الأمريكية والأردنية مناورات عسكرية مشتركة في الصحراء"
    _check(ex, text, "COOPERATE", "مناورات", ["USA MIL"], ["JOR MIL"])


@pytest.mark.parametrize(
    "text, trigger, actor, targets",
    [
        # a verb agreeing in the plural has its subject before it: what follows is the object
        ("المسلحون اختطفوا ثلاثة صحفيين", "اختطفوا", "المسلحون", ["--- JRN"]),
        # strongholds are sites: whose they are is the target
        ("ينوي الجيش شن هجوم واسع على معاقل المتمردين", "هجوم", "الجيش", ["--- REB"]),
        # the accusative adjective after a bare attack is its own, not its genitive
        ("شنت الطائرات هجوما عسكريا على مواقع المتمردين", "هجوما", "الطائرات", ["--- REB"]),
    ],
)
def test_assemble_plural_verbs_and_strongholds(ex, text, trigger, actor, targets):
    e = _check(ex, text, "ASSAULT", trigger, None, targets)
    assert [a.text for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text, told",
    [
        # operations are attacks when carried out, and count the act named after them
        ("نفذت القوات الخاصة عمليات ضد خلايا التنظيم في الصحراء", [("ASSAULT", "عمليات")]),
        ("تواصل فرق الإنقاذ عمليات بحث عن ناجين تحت الأنقاض", []),
        ("وتعد هذه الهجمات استمرارا لسلسلة من العمليات التي تنفذها الحركة", []),
    ],
)
def test_assemble_operations_are_attacks_only_when_carried_out(ex, text, told):
    assert [(e.type, e.trigger.text) for e in ex.extract(text, article_date=DATE)] == told


def test_assemble_a_denied_responsibility_is_no_denied_act(ex):
    e = _one(ex, "نفى حزب الله مسؤوليته عن إطلاق الصواريخ على الجليل", "ASSAULT", "إطلاق")
    assert e.modality.value == "asserted" and e.actors == ()
    # a denied act stays denied
    e = _one(ex, "نفى الجيش قصف المستشفى", "ASSAULT", "قصف")
    assert e.modality.value == "negated"


def test_assemble_armed_movements_are_the_other_side_of_a_peace_deal(ex):
    text = "توصلت الحكومة السودانية والحركات المسلحة إلى اتفاق سلام"
    e = _one(ex, text, "AGREE", "توصلت")
    assert _codes(e.actors) == ["SDN GOV"] and [t.sector for t in e.targets] == ["REB"]


def test_assemble_an_attack_after_a_title_with_a_preposition_is_an_event(ex):
    # "عناصره بهجوم": no genitive of a title ("قائد العمليات") but another phrase
    e = _one(ex, "أعلن الحشد الشعبي مقتل اثنين من عناصره بهجوم لداعش في صلاح الدين",
             "ASSAULT", "بهجوم")
    assert _codes(e.actors) == ["--- REB"] and e.fatalities == 2


def test_assemble_the_wounded_are_no_actor_and_a_local_place_takes_its_neighbours_country(ex):
    e = _one(ex, "أصيب ثلاثة جنود إسرائيليين بجروح في عملية طعن قرب الخليل", "ASSAULT", "طعن")
    assert e.actors == () and _codes(e.targets) == ["ISR MIL"]
    e = _one(ex, "استشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي خلال مواجهات في مخيم بلاطة "
             "شرق نابلس", "ASSAULT", "مواجهات")
    assert e.place.text == "مخيم بلاطة" and e.place.country == "PSE"


@pytest.mark.parametrize(
    "text, told",
    [
        # a light verb before another kind of act is that act's: one curfew, no sanction
        ("فرضت السلطات حظر التجول في مدينة كسلا", [("COERCE", ["SDN GOV"])]),
        # a capital named as a place does not act: the purpose is the protesters'
        ("خرج آلاف المتظاهرين في شوارع بغداد للمطالبة بإقالة الحكومة",
         [("PROTEST", ["IRQ OPP"]), ("REQUEST", ["IRQ OPP"])]),
    ],
)
def test_assemble_light_verbs_and_capitals_as_places(ex, text, told):
    assert [(e.type, _codes(e.actors)) for e in ex.extract(text, article_date=DATE)] == told


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # a ministry with the state's name after it is that state's ministry, not two sides
        ("أعلنت وزارة الخارجية السعودية رفضها للقرار", "REJECT", ["SAU GOV"], []),
        # words are aimed at people, not at things ("الموقع" here is "signed", not a site)
        ("رحبت الخارجية السعودية بالاتفاق الموقع بين الطرفين", "SUPPORT", ["SAU GOV"], []),
    ],
)
def test_assemble_a_states_ministry_and_no_things_as_targets_of_words(ex, text, etype, actors,
                                                                      targets):
    _check(ex, text, etype, "", actors, targets)


def test_assemble_a_dateline_is_no_actor_and_a_verb_in_i_is_no_vehicle(ex):
    text = "مقديشو (رويترز) - قتل 15 شخصا في هجوم استهدف فندقا في العاصمة الصومالية"
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert all("مقديشو" not in a.text for a in e.actors)
    # "ويأتي" (comes) is not "آليات" (vehicles) with a suffix
    e = _one(ex, "ويأتي الهجوم على البلدة بعد أيام من التوتر", "ASSAULT", "الهجوم")
    assert all("يأتي" not in a.text for a in e.actors)


@pytest.mark.parametrize(
    "text, mode",
    [
        ("قصفت فصائل المعارضة مواقع لقوات النظام في ريف حماة الشمالي بقذائف الهاون", "heavy-weapons"),
        ("قصفت قوات النظام بالبراميل المتفجرة بلدات في ريف درعا", "aerial"),
    ],
)
def test_assemble_what_an_attack_was_done_with_is_that_attack(ex, text, mode):
    events = ex.extract(text, article_date=DATE)
    assert [(e.trigger.text, e.mode) for e in events] == [("قصفت", mode)]


def test_assemble_things_belonging_to_a_side_make_it_the_target(ex):
    text = "فرضت الحكومة البريطانية عقوبات جديدة استهدفت أفرادا وشركات تابعة للحرس الثوري الإيراني"
    _check(ex, text, "SANCTION", "فرضت", ["GBR GOV"], ["IRN MIL"])


@pytest.mark.parametrize(
    "text, targets, place",
    [
        ("شنت قوات حفتر هجوما على طرابلس في أبريل", [], "طرابلس"),  # a city attacked: where
        ("شنت إسرائيل هجوما على إيران", ["IRN GOV"], None),  # a state attacked: whom
    ],
)
def test_assemble_a_city_attacked_is_the_place_a_state_the_target(ex, text, targets, place):
    e = _check(ex, text, "ASSAULT", "هجوم", None, targets)
    assert place is None or e.place.text == place


def test_assemble_the_wounded_after_a_fate_clause_have_their_own_count(ex):
    text = "لقي خمسة جنود مصرعهم وأصيب سبعة آخرون في هجوم على حاجز للجيش"
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert (e.fatalities, e.injured) == (5, 7)


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        # a relative clause whose verb takes the weapon back as a pronoun fires it
        ("سقطت صواريخ أطلقتها طائرات إسرائيلية على مواقع في ريف دمشق", "صواريخ", "ISR MIL"),
        ("سقطت الصواريخ التي أطلقها حزب الله على الجليل في مناطق مفتوحة", "الصواريخ", "LBN REB"),
    ],
)
def test_assemble_rockets_fired_in_a_relative_clause(ex, text, trigger, actor):
    _check(ex, text, "ASSAULT", trigger, [actor], None)


def test_assemble_rockets_named_without_a_firing_verb_are_no_attack(ex):
    assert not [e for e in ex.extract("تملك الحركة صواريخ بعيدة المدى", article_date=DATE)
                if e.type == "ASSAULT"]


def test_assemble_air_defences_are_the_states_forces(ex):
    # (the downing is the defences', the jets that fired are its target, as with "اعترضت")
    text = "أسقطت الدفاعات الجوية السورية صاروخين أطلقتهما مقاتلات إسرائيلية"
    e = _one(ex, text, "ASSAULT", "صاروخين")
    assert _codes(e.actors) == ["SYR MIL"] and _codes(e.targets) == ["ISR MIL"]
    # (the attack they repel, told by themselves, was made on them, as "تصدت الدفاعات
    # الجوية السورية للهجوم" is)
    assert _codes(ce.Extractor().extract("وقالت الدفاعات الجوية السورية إنها تصدت للهجوم",
                                         article_date=DATE)[0].targets) == ["SYR MIL"]


def test_assemble_a_joined_verb_keeps_the_subject_and_counts_its_object(ex):
    text = "داهمت الشرطة العراقية حيا في الموصل واعتقلت ستة مصريين"
    e = _check(ex, text, "COERCE", "اعتقلت", ["IRQ COP"], ["EGY CVL"])
    assert e.arrested == 6
    # with no verb before it, the counted people after a verb are its subject
    _check(ex, "اقتحم عشرات المستوطنين باحات المسجد الأقصى", "COERCE", "اقتحم", ["ISR CVL"], None)


@pytest.mark.parametrize(
    "text, etype, mode, trigger, actors, targets",
    [
        # a phrase trigger with the subject between its words
        ("طرد السودان السفير التشادي من الخرطوم", "SANCTION", "expel", "طرد", ["SDN GOV"], ["TCD GOV"]),
        ("سيطرت قوات النظام السوري على بلدة قرب حماة", "ASSAULT", None, "سيطرت", ["SYR MIL"], None),
        ("استولى مسلحو حركة الشباب على قرية قرب بيدوا", "ASSAULT", None, "استولى", ["SOM REB"], None),
        ("قطعت الحكومة الليبية علاقاتها الدبلوماسية مع قطر", "SANCTION", "withdraw", "قطعت", ["LBY GOV"],
         None),
        # a long list of subjects joined by "و"
        ("طردت الولايات المتحدة وفرنسا وألمانيا وإيطاليا وإسبانيا وكندا واليابان وهولندا، اليوم، دبلوماسيين روسا",
         "SANCTION", "expel", "طردت",
         ["CAN GOV", "DEU GOV", "ESP GOV", "FRA GOV", "ITA GOV", "JPN GOV", "NLD GOV", "USA GOV"], None),
    ],
)
def test_assemble_phrase_trigger_with_its_subject_inside(ex, text, etype, mode, trigger, actors, targets):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.mode == mode
    # the verb alone keeps its own reading elsewhere: "طرد" the militants is an attack
    assert [e.type for e in ex.extract("طرد الجيش المسلحين من البلدة", article_date=DATE)] == ["ASSAULT"]


def test_assemble_a_phrase_trigger_whose_last_word_is_an_act_is_that_act(ex):
    # "وقعت ... مذكرة تفاهم": one agreement, coded on the verb with the memorandum its words
    events = ex.extract("وقعت مصر والسودان مذكرة تفاهم في القاهرة", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("AGREE", "وقعت")]
    assert _codes(events[0].actors + events[0].targets) == ["EGY GOV", "SDN GOV"]
    # an act of its own type that needs no light verb keeps its own trigger
    events = ex.extract("وقع البلدان اتفاق سلام في واشنطن", article_date=DATE)
    assert [e.type for e in events] == ["AGREE"]


@pytest.mark.parametrize(
    "text, actor, targets",
    [
        # an adjective agreeing with its head is part of the actor, not a second one
        ("هاجم مسلحون انتحاريون حاجزا للجيش", "مسلحون انتحاريون", None),
        # the subject of a light verb after the act claims it; it is not the act's object
        ("فجر عنصران انتحاريان نفسيهما في سوق بتفجيرين تبناهما داعش", "عنصران انتحاريان", []),
    ],
)
def test_assemble_adjectives_and_claimers_are_not_targets(ex, text, actor, targets):
    e = _one(ex, text, "ASSAULT", text.split()[0])
    assert [a.text for a in e.actors] == [actor]
    if targets is not None:
        assert _codes(e.targets) == targets
    else:
        assert "انتحاريون" not in [t.text for t in e.targets]


@pytest.mark.parametrize(
    "text, mode, cameo",
    [
        # what a threat threatens gives it its mode and CAMEO code
        ("هدد الاتحاد الأوروبي بفرض عقوبات على الشركات الروسية", "restrict", "1312"),
        ("هددت الحكومة بقطع العلاقات مع الجارة الشمالية", "relations", "1313"),
        ("هدد الجيش باقتحام المخيم خلال ساعات", "territory", "1382"),
        ("هدد الحوثيون باستهداف السفن في البحر الأحمر", "violence", "138"),
    ],
)
def test_assemble_a_threat_takes_the_mode_of_what_it_threatens(ex, text, mode, cameo):
    e = _one(ex, text, "THREATEN", "هدد")
    assert (e.mode, e.cameo) == (mode, cameo)
    assert [x.type for x in ex.extract(text, article_date=DATE)] == ["THREATEN"]


def test_assemble_what_is_warned_against_has_not_happened(ex):
    # the cue "حذر من" with its subject between its words
    e = _one(ex, "حذر الجيش الأردني من أي اعتداء على حدود المملكة", "ASSAULT", "اعتداء")
    assert e.modality == ce.Modality.POSSIBLE
    assert e.actors == ()


def test_assemble_no_target_inside_the_words_of_another_act(ex):
    events = ex.extract("وافق مجلس النواب على إرسال قوات إلى الصومال", article_date=DATE)
    assert [(e.type, _codes(e.targets)) for e in events] == [("AGREE", []), ("MOBILIZE", [])]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a cell is an armed group's; an adjective agreeing with it is part of it
        ("ألقت قوات الأمن القبض على خلية إرهابية في حمص", "COERCE", "القبض", None, ["SYR REB"]),
        # the Iraqi military's press office reports, it is no cell of an armed group
        ("وقالت خلية الإعلام الأمني إن طائرات عراقية قصفت مواقع للتنظيم قرب تكريت", "ASSAULT", "قصفت",
         ["IRQ MIL"], None),
    ],
)
def test_assemble_cells(ex, text, etype, trigger, actors, targets):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert all("خلية" not in a.text for a in e.actors)


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # whom one meets or calls is named after ب
        ("التقى وزير الخارجية السعودي بنظيره الإيراني في بكين", "التقى", ["SAU GOV"], ["IRN GOV"]),
        # a title with the article heads no genitive: the call is an event
        ("أجرى الوزير اتصالا هاتفيا بنظيره الأردني", "اتصالا", None, ["JOR GOV"]),
    ],
)
def test_assemble_whom_one_meets(ex, text, trigger, actors, targets):
    _check(ex, text, "CONSULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # a condemnation is aimed at who did the act it condemns
        ("نددت الخارجية التركية بالغارات الروسية على إدلب", ["RUS MIL"]),
        ("أدانت الجامعة العربية بشدة قصف قوات الدعم السريع لمدينة الأبيض", ["SDN REB"]),
        # an act with no named actor leaves it without a target, not with the act's own
        ("أدان مجلس الأمن الهجوم على مقر البعثة", []),
    ],
)
def test_assemble_a_condemnation_targets_the_perpetrator(ex, text, targets):
    e = _check(ex, text, "ACCUSE", text.split()[0], None, targets)
    assert ("slot.condemned-agent" in e.rules) == bool(targets)


def test_assemble_snipers_counted_before_their_victims_are_the_killers(ex):
    e = _one(ex, "قتل قناصة من البحرية الأمريكية ثلاثة قراصنة صوماليين امس", "ASSAULT", "قتل")
    assert _codes(e.actors) == ["USA MIL"] and _codes(e.targets) == ["SOM REB"] and e.fatalities == 3


def test_assemble_a_killing_with_its_killer_stays_beside_an_attack_told_after_it(ex):
    text = "قتل جنود أمريكيون ثلاثة قراصنة صوماليين امس، بعد أن خطف القراصنة ربان السفينة"
    events = ex.extract(text, article_date=DATE)
    assert sorted((e.trigger.text, e.fatalities) for e in events) == [("خطف", None), ("قتل", 3)]
    # (one attack with its killers: the toll is the attack's)
    events = ex.extract("قتل مسلحون 18 مدنيا بهجوم على قرية", article_date=DATE)
    assert [(e.trigger.text, e.fatalities) for e in events] == [("بهجوم", 18)]


def test_assemble_a_year_before_the_death_is_no_toll(ex):
    e = _one(ex, "ونفذت الطائرات غارات على المنطقة منذ عام 2012 وقتل فيها مدنيون", "ASSAULT", "غارات")
    assert e.fatalities is None and _codes(e.targets) == ["--- CVL"]


def test_assemble_who_backs_the_subject_is_not_what_it_takes(ex):
    e = _one(ex, "اقتحمت قوات حكومية مدعومة بالدبابات بلدة في ريف حمص", "COERCE", "اقتحمت")
    assert _codes(e.actors) == ["SYR MIL"] and e.targets == ()


def test_assemble_a_toll_that_rose_to_a_number(ex):
    e = _one(ex, "ارتفع عدد القتلى في الهجوم على السوق إلى 27", "ASSAULT", "الهجوم")
    assert e.fatalities == 27
    e = _one(ex, "ارتفع عدد القتلى إلى 27 في الهجوم على السوق", "ASSAULT", "الهجوم")
    assert e.fatalities == 27


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, place",
    [
        # a province's name is no boycott
        ("أسقطت الدفاعات الجوية الروسية طائرة مسيرة فوق مقاطعة كورسك", "ASSAULT", "أسقطت", ["RUS MIL"],
         None, "مقاطعة كورسك"),
        # where a visitor arrives is where the visit is, and the state visited
        ("وصل وزير الخارجية القطري إلى طهران في زيارة رسمية", "CONSULT", "زيارة", ["QAT GOV"], ["IRN GOV"],
         "طهران"),
        # fire exchanged is a clash: one side acts, the other is the target
        ("تبادل الجيشان الأفغاني والباكستاني إطلاق النار قرب الحدود", "ASSAULT", "إطلاق النار",
         ["AFG MIL"], ["PAK MIL"], None),
        # the user of a weapon is its actor; protesters dispersed are its target
        ("استخدمت الشرطة الغاز المسيل للدموع لتفريق المحتجين في تونس", "ASSAULT", "الغاز", ["TUN COP"],
         ["TUN OPP"], "تونس"),
        # weapons deployed with the subject between the verb and them
        ("نشرت الصين منظومات دفاع جوي قرب الحدود الهندية", "MOBILIZE", "نشرت", ["CHN GOV"], None, None),
    ],
)
def test_assemble_provinces_arrivals_exchanges_and_weapons(ex, text, etype, trigger, actors, targets, place):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert place is None or e.place.text == place
    assert "PROTEST" not in [x.type for x in ex.extract(text, article_date=DATE)] or "المحتجين" in text


def test_assemble_an_assassination_told_in_the_passive(ex):
    e = _one(ex, "اغتيل قائد ميداني في مدينة درعا", "ASSAULT", "اغتيل")
    assert e.mode == "targeted" and e.actors == () and [t.text for t in e.targets] == ["قائد"]
    # with the strike that did it named, the strike is the event and the victim its toll
    events = ex.extract("اغتيل قيادي في الحركة في غارة إسرائيلية على مدينة صور", article_date=DATE)
    assert [(x.type, x.trigger.text, x.fatalities) for x in events] == [("ASSAULT", "غارة", 1)]


def test_assemble_what_is_dated_after_the_article_is_planned(ex):
    e = _one(ex, "أعلنت وزارة الدفاع سحب 300 جندي من قواعدها في ألمانيا الشهر المقبل", "RETREAT", "سحب")
    assert e.modality == ce.Modality.PLANNED and "mod.future-date" in e.rules
    assert (e.date.start, e.date.end) == (dt.date(2016, 9, 1), dt.date(2016, 9, 30))
    # what is dated before the article stays told as done
    e = _one(ex, "أعلنت وزارة الدفاع سحب 300 جندي من ألمانيا الشهر الماضي", "RETREAT", "سحب")
    assert e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, trigger, start, end",
    [
        # the article is of 30 August 2016: a month named without its year after a verb in
        # the past is the last one, not the one of the article's year
        ("اعتقلت الشرطة ثلاثة صحفيين في 12 أكتوبر", "اعتقلت", "2015-10-12", "2015-10-12"),
        ("قصفت طائرات حربية قرى في ريف إدلب منتصف تشرين الثاني", "قصفت", "2015-11-11", "2015-11-20"),
        ("سيطر المسلحون على البلدة في ديسمبر", "سيطر", "2015-12-01", "2015-12-31"),
    ],
)
def test_assemble_a_yearless_month_after_a_past_verb_is_the_last_one(ex, text, trigger, start, end):
    e = next(x for x in ex.extract(text, article_date=DATE) if x.trigger.text == trigger)
    assert (e.date.start.isoformat(), e.date.end.isoformat()) == (start, end)
    assert e.modality == ce.Modality.ASSERTED and "date.past-verb" in e.rules


@pytest.mark.parametrize(
    "text, trigger, start, end",
    [
        # an act's noun after a verb of happening in the past: the last feast, the last month
        ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين في ريف حماة يوم عيد الأضحى", "اشتباكات",
         "2015-09-23", "2015-09-26"),
        ("ودارت معارك بين الطرفين في 12 أكتوبر", "معارك", "2015-10-12", "2015-10-12"),
        ("وقعت المواجهات بين الشرطة والمتظاهرين في منتصف سبتمبر", "المواجهات", "2015-09-11", "2015-09-20"),
        # a sentence opened by the word as a verb in the past, its subject after it
        ("قصف الجيش قرى في ريف إدلب في 12 أكتوبر", "قصف", "2015-10-12", "2015-10-12"),
    ],
)
def test_assemble_a_yearless_date_of_an_act_that_happened_is_the_last_one(ex, text, trigger, start, end):
    e = next(x for x in ex.extract(text, article_date=DATE) if x.trigger.text == trigger)
    assert (e.date.start.isoformat(), e.date.end.isoformat()) == (start, end)
    assert e.modality == ce.Modality.ASSERTED and "date.past-verb" in e.rules


def test_assemble_a_yearless_date_of_an_act_to_happen_stays_ahead(ex):
    # (controls) a verb of happening in the present, and the noun of a headline, keep the
    # coming date
    e = _one(ex, "تتجدد الاشتباكات في 12 أكتوبر", "ASSAULT", "الاشتباكات")
    assert e.date.start == dt.date(2016, 10, 12) and e.modality == ce.Modality.PLANNED
    e = _one(ex, "قصف إسرائيلي على غزة في 12 أكتوبر", "ASSAULT", "قصف")
    assert e.date.start == dt.date(2016, 10, 12)


def test_assemble_a_yearless_month_stays_ahead_for_a_future_or_a_named_year(ex):
    # a verb in the present or the future, or a year written out, keeps the coming month
    e = _one(ex, "ستنسحب القوات الأمريكية من القاعدة في 12 أكتوبر", "RETREAT", "ستنسحب")
    assert e.date.start == dt.date(2016, 10, 12) and e.modality == ce.Modality.PLANNED
    events = ex.extract("اعتقلت الشرطة ثلاثة صحفيين في 12 أكتوبر 2016", article_date=DATE)
    assert [(x.date.start, x.modality) for x in events] == [(dt.date(2016, 10, 12), ce.Modality.PLANNED)]


@pytest.mark.parametrize(
    "text, told",
    [
        # the last word of a phrase trigger is no act of its own when the phrase is another act
        ("علقت بريطانيا مساعداتها الإنسانية للحكومة", [("SANCTION", "discontinue")]),
        # two words of one entry name one verdict
        ("قضت محكمة عسكرية بالسجن المؤبد على ثمانية متهمين", [("SANCTION", "convict")]),
    ],
)
def test_assemble_one_act_in_several_words(ex, text, told):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == told


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # "القضاء على" is to wipe out, not the judiciary
        ("تعهد الجيش بالقضاء على التنظيم", "ASSAULT", "القضاء", ["--- MIL"],
         ["--- REB"]),
        # an adjective after a place noun is the place's, not the clash's side
        ("قتل جنديان في اشتباك قرب الحدود الليبية", "ASSAULT", "اشتباك", [], None),
        # hostages and the accused are people an act is done to
        ("أطلقت الحركة سراح رهينتين فرنسيتين", "RETREAT", "أطلقت", None, ["FRA CVL"]),
        ("قضت محكمة عسكرية بالسجن المؤبد على ثمانية متهمين", "SANCTION", "بالسجن", None, ["--- CVL"]),
    ],
)
def test_assemble_words_that_are_not_what_they_seem(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_border_crossing_is_a_place(ex):
    e = _one(ex, "أغلقت السلطات معبر كرم أبو سالم أمام شاحنات المساعدات", "COERCE", "أغلقت")
    assert (e.place.text, e.place.country) == ("معبر كرم أبو سالم", "PSE")


def test_assemble_wiping_out_is_no_judiciary(ex):
    events = ex.extract("أكد الوزير أن الجيش سيواصل عملياته حتى القضاء على الإرهاب", article_date=DATE)
    assert events and not [a for e in events for a in (*e.actors, *e.targets) if a.sector == "JUD"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a verb written with the passive's damma is a passive: the agent follows "برصاص"
        ("قُتل مصور صحفي برصاص قناص في مدينة تعز", "ASSAULT", "قُتل", ["YEM ---"], ["YEM JRN"]),
        # a city after an attack's noun is what is struck, not who strikes
        ("أعلنت سرايا القدس قصف عسقلان برشقة صاروخية", "ASSAULT", "قصف", ["PSE REB"], None),
        # what an act answers belongs to another act: its target is not this act's
        ("قصف الجيش مواقع المسلحين ردا على الهجوم على المدنيين", "ASSAULT", "قصف", None, ["--- REB"]),
        # who killed, counted after, made the attack the sentence names
        ("قتلت القوات الفرنسية 12 مسلحا في غارة شمال مالي", "ASSAULT", "غارة", ["FRA MIL"], ["MLI REB"]),
        # a common noun inside a town's name is no actor
        ("توغلت دبابات إسرائيلية في بلدة بيت لاهيا", "MOBILIZE", "توغلت", ["ISR MIL"], []),
    ],
)
def test_assemble_passives_cities_answers_killers_and_names(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_who_welcomes_an_act_did_not_make_it(ex):
    events = ex.extract("رحب الاتحاد الأفريقي بإعلان وقف إطلاق النار في السودان", article_date=DATE)
    assert [(e.type, _codes(e.actors)) for e in events] == [("SUPPORT", ["IGO IGO"]), ("RETREAT", [])]


def test_assemble_a_summons_lodges_its_protest(ex):
    events = ex.extract("استدعت الخارجية المغربية السفير الإسباني للاحتجاج على تصريحات وزير الداخلية",
                        article_date=DATE)
    assert [(e.type, [t.text for t in e.targets]) for e in events] == [("ACCUSE", ["السفير الإسباني"])]


def test_assemble_a_warrant_asks_for_an_arrest(ex):
    e = _one(ex, "أصدرت المحكمة الجنائية الدولية مذكرة اعتقال بحق قائد الميليشيا", "COERCE", "اعتقال")
    assert e.modality == ce.Modality.REQUESTED and _codes(e.actors) == ["IGO IGO"]
    # a memorandum of understanding is no warrant
    e = _one(ex, "وقعت الحكومة مذكرة تفاهم مع البنك الدولي", "AGREE", "وقعت")
    assert e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # going out into the streets is a protest
        ("خرج آلاف العراقيين إلى الشوارع في البصرة احتجاجا على انقطاع الكهرباء", "PROTEST", "الشوارع",
         ["IRQ CVL"]),
        # the adjective after a craft shot down is the craft's
        ("أعلن الحوثيون إسقاط طائرة مسيرة أمريكية فوق مأرب", "ASSAULT", "إسقاط", ["YEM REB"]),
    ],
)
def test_assemble_streets_curfews_and_craft(ex, text, etype, trigger, actors):
    _check(ex, text, etype, trigger, actors, None)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a pronoun on a verbal noun followed by its object is the noun's agent, the nearer
        # of two sides
        ("اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال عقب اقتحامها بلدة قباطية", "COERCE",
         "اقتحامها", ["ISR MIL"], []),
        # who suffers an attack is its target; the sentence's subject does not make it
        ("تعرضت دورية تابعة لقوات اليونيفيل لهجوم قرب صور", "ASSAULT", "لهجوم", [], ["UNO MIL"]),
        # the casualties of a shelling do not take its nationality
        ("ارتفعت حصيلة ضحايا القصف الروسي على المدينة إلى 40", "ASSAULT", "القصف", ["RUS MIL"], None),
        # "neutralized" in official counts
        ("أعلنت الوزارة أن قواتها حيدت 12 مسلحا في عملية جوية", "ASSAULT", "حيدت", None, None),
        # a phrase trigger read through its first word is a verb: its subject follows
        ("وقعت مصر والسودان مذكرة تفاهم في القاهرة", "AGREE", "وقعت", ["EGY GOV"], ["SDN GOV"]),
        ("قطعت المغرب علاقاتها الدبلوماسية مع إيران", "SANCTION", "قطعت", ["MAR GOV"], ["IRN GOV"]),
        ("أعلنت الحكومة طرد مسؤول أممي من البلاد", "SANCTION", "طرد", None, ["UNO UNO"]),
        ("اعترضت القبة الحديدية صاروخين فوق عسقلان", "ASSAULT", "اعترضت", ["ISR MIL"], None),
    ],
)
def test_assemble_pronouns_sufferers_and_phrase_verbs(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_denied_link_is_no_denied_act(ex):
    e = _one(ex, "نفت الحركة أي صلة لها بالهجوم على الحافلة", "ASSAULT", "بالهجوم")
    assert e.modality == ce.Modality.ASSERTED and e.actors == ()
    e = _one(ex, "نفت الحركة قصف الحافلة", "ASSAULT", "قصف")
    assert e.modality == ce.Modality.NEGATED


def test_assemble_a_refugee_camp_is_no_armed_site(ex):
    e = _one(ex, "قتل ثلاثة أشخاص في قصف استهدف مخيما للنازحين شمال إدلب", "ASSAULT", "قصف")
    assert [t.sector for t in e.targets] == ["REF"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, fatalities",
    [
        # a place named between the subject and the object is passed over
        ("اعتقلت الشرطة في بغداد خمسة مطلوبين", "COERCE", "اعتقلت", ["IRQ COP"], ["IRQ CVL"], None),
        # people counted in the dual
        ("قتل جنديان في هجوم على حاجز عسكري", "ASSAULT", "هجوم", None, None, 2),
        # forces a non-state speaker calls its own are its group
        ("قال المتحدث باسم حركة الشباب إن مقاتليها هاجموا قاعدة عسكرية", "ASSAULT", "هاجموا",
         ["SOM REB"], None, None),
    ],
)
def test_assemble_objects_duals_and_a_groups_own_forces(ex, text, etype, trigger, actors, targets, fatalities):
    e = _check(ex, text, etype, trigger, actors, targets)
    if fatalities is not None:
        assert e.fatalities == fatalities


def test_assemble_what_a_protest_refuses_is_its_cause(ex):
    events = ex.extract("تظاهر آلاف المغاربة في الرباط رفضا لقرار الحكومة", article_date=DATE)
    assert [e.type for e in events] == ["PROTEST"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # what follows an arrest's noun is the arrested, even an armed group's cell
        ("أعلنت الشرطة الأردنية اعتقال خلية تابعة لتنظيم داعش", "COERCE", "اعتقال", ["JOR COP"],
         ["JOR REB"]),
        # a craft named in the act with its nationality after it is who strikes
        ("استهدفت طائرة مسيرة إسرائيلية سيارة في جنوب لبنان", "ASSAULT", "استهدفت", ["ISR MIL"], None),
        # where forces withdraw from is no target
        ("انسحبت القوات الفرنسية من مواقعها في النيجر", "RETREAT", "انسحبت", ["FRA MIL"], []),
        # nor are one's own forces withdrawn
        ("سحبت روسيا قواتها من المنطقة الحدودية", "RETREAT", "سحبت", ["RUS GOV"], []),
    ],
)
def test_assemble_arrests_craft_and_withdrawals(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت طائرة أمريكية من دون طيار سيارة على طريق في محافظة مأرب",
        "قالت مصادر محلية إن طائرة أمريكية بدون طيار استهدفت سيارة على طريق في محافظة مأرب",
    ],
)
def test_assemble_a_craft_without_a_pilot_is_a_drone_that_strikes(ex, text):
    # the pilot a drone has not is no one struck, and "دون" no act not done
    e = _check(ex, text, "ASSAULT", "استهدفت", ["USA MIL"], ["YEM REB"])
    assert (e.mode, e.modality.value, e.targets[0].text) == ("drone", "asserted", "سيارة")


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a plural or dual in construct ("متمردو", "وزيرا") is the same people as its full form
        ("وقعت الحكومة الكولومبية ومتمردو جيش التحرير الوطني اتفاقا في هافانا", "AGREE", "وقعت",
         ["COL GOV"], ["COL REB"]),
        ("عقد وزيرا خارجية مصر والأردن اجتماعا في القاهرة", "CONSULT", "اجتماعا", ["EGY GOV"], ["JOR GOV"]),
        ("اقتحم مستوطنو البؤرة قرية فلسطينية قرب نابلس", "COERCE", "اقتحم", ["ISR CVL"], None),
    ],
)
def test_assemble_plurals_and_duals_in_construct(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, place, country",
    [
        # a word of a place's name is no act: "مقاطعة" here is a province, not a boycott
        ("استهدفت مسيرة أوكرانية مستودعا للوقود في مقاطعة روستوف فجر اليوم", "ASSAULT", "مسيرة",
         ["UKR MIL"], "مقاطعة روستوف", "RUS"),
        # the outskirts of a town are where, not a party struck
        ("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام", "ASSAULT", "قصفت", ["ISR MIL"],
         "أطراف بلدة الخيام", "LBN"),
        ("فجر انتحاري نفسه قرب مقر للشرطة في إقليم بلوشستان", "ASSAULT", "فجر", ["PAK REB"],
         "إقليم بلوشستان", "PAK"),
        ("قتل 12 شخصا في غارة بطائرة مسيرة على قرية في إقليم أمهرة", "ASSAULT", "غارة", None,
         "إقليم أمهرة", "ETH"),
        # Kobani, not "مدينة عين", a name of Al Ain read without its article
        ("سيطر مسلحو التنظيم على قرى في محيط مدينة عين العرب شمالي سوريا", "ASSAULT", "سيطر", ["SYR REB"],
         "محيط مدينة عين العرب", "SYR"),
    ],
)
def test_assemble_places_of_current_wars(ex, text, etype, trigger, actors, place, country):
    e = _check(ex, text, etype, trigger, actors, None)
    assert (e.place.text, e.place.country) == (place, country)
    assert e.trigger.text != "مقاطعة" and "PROTEST" not in [x.type for x in ex.extract(text, article_date=DATE)]
    assert not any(t.text.startswith("أطراف") for t in e.targets)


def test_assemble_a_boycott_of_a_country_is_a_boycott(ex):
    e = _one(ex, "دعا ناشطون إلى مقاطعة إسرائيل اقتصاديا", "PROTEST", "مقاطعة")
    assert e.mode == "boycott" and e.modality == ce.Modality.REQUESTED


@pytest.mark.parametrize(
    "text",
    [
        # what a boycott names after it is what is boycotted, not who boycotts: those who
        # call for it do
        "دعا ناشطون إلى مقاطعة الشركات الفرنسية",
        "دعا ناشطون إلى مقاطعة المنتجات الأمريكية",
    ],
)
def test_assemble_what_is_boycotted_does_not_boycott(ex, text):
    e = _one(ex, text, "PROTEST", "مقاطعة")
    assert e.mode == "boycott" and [a.text for a in e.actors] == ["ناشطون"]


@pytest.mark.parametrize(
    "text, absent",
    [
        # a verb's form after a number from 11 to 99 is the noun it counts: students, not
        # "the two demanded"
        ("خطف مسلحون 30 طالبا من مدرسة داخلية", "REQUEST"),
        # a death sentence is the sentence passed, not an execution
        ("حكمت محكمة عسكرية بالإعدام على 12 متهما بتهمة الخيانة", "ASSAULT"),
        # the protest a summons lodges is no street protest
        ("استدعت الخارجية المصرية السفير الإسرائيلي احتجاجا على تصريحاته", "PROTEST"),
    ],
)
def test_assemble_words_that_are_no_act_of_their_own(ex, text, absent):
    events = ex.extract(text, article_date=DATE)
    assert events and absent not in [e.type for e in events]


def test_assemble_the_court_in_the_words_of_a_sentence_is_its_actor(ex):
    e = _one(ex, "حكمت محكمة عسكرية بالإعدام على 12 متهما بتهمة الخيانة", "SANCTION", "بالإعدام")
    assert e.mode == "convict" and [a.sector for a in e.actors] == ["JUD"] and "slot.self" in e.rules


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, fatalities",
    [
        # a death or a protest that dates or causes the clause is not its subject's
        ("فرضت السلطات حظر التجول في المدينة بعد مقتل متظاهرين اثنين", "ASSAULT", "مقتل", [],
         ["--- OPP"], 2),
        ("استقال وزير الداخلية بعد أسابيع من الاحتجاجات", "PROTEST", "الاحتجاجات", [], None, None),
        # a battle may be the subject's own
        ("انسحبت قوات الدعم السريع من المدينة بعد معارك مع الجيش", "ASSAULT", "معارك", ["SDN REB"],
         None, None),
    ],
)
def test_assemble_what_dates_or_causes_a_clause(ex, text, etype, trigger, actors, targets, fatalities):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.fatalities == fatalities


def test_assemble_one_denies_ones_own_act(ex):
    e = _one(ex, "نفت الحكومة السورية استخدام أسلحة كيميائية في الغوطة الشرقية", "ASSAULT", "أسلحة")
    assert e.modality == ce.Modality.NEGATED and _codes(e.actors) == ["SYR GOV"]
    assert e.mode == "unconventional"


@pytest.mark.parametrize(
    "text, etype, mode, trigger, actors",
    [
        # craft downed, warships sent and prisoners exchanged, with a count or the subject
        # between the verb and them (the subject and a count: the verb's form, as without one)
        ("أسقطت الدفاعات الجوية السورية 12 طائرة مسيرة فوق ريف حماة", "ASSAULT", None, "أسقطت",
         ["SYR MIL"]),
        ("أرسلت بريطانيا مدمرة إلى البحر الأحمر", "MOBILIZE", "weapons", "مدمرة", ["GBR GOV"]),
        ("تبادلت إسرائيل وحماس 30 أسيرا بوساطة مصرية", "RETREAT", "release", "تبادلت",
         ["ISR GOV", "PSE REB"]),
        ("جمدت بريطانيا أصول رجال أعمال روس", "SANCTION", None, "جمدت", ["GBR GOV"]),
        ("علقت إسبانيا صادرات الأسلحة إلى إسرائيل", "SANCTION", "discontinue", "علقت", ["ESP GOV"]),
    ],
)
def test_assemble_acts_told_by_their_objects(ex, text, etype, mode, trigger, actors):
    e = _check(ex, text, etype, trigger, actors, None)
    assert e.mode == mode


def test_assemble_planes_that_strike_are_not_downed(ex):
    events = ex.extract("قصفت الطائرات الحربية مواقع المسلحين في ريف إدلب", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "قصفت")]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, country",
    [
        # the subject among a verb's words ("طالب مجلس" is no student)
        ("طالب مجلس الأمن الدولي بوقف القتال في الفاشر", "REQUEST", "طالب", ["UNO UNO"], None, None),
        # civilians after an arrest are the arrested; the act they are suspected of is theirs,
        # not the police's
        ("قالت الشرطة إنها اعتقلت المشتبه به في تفجير المسجد", "COERCE", "اعتقلت", ["--- COP"],
         ["--- CVL"], None),
        ("قالت الشرطة إنها اعتقلت المشتبه به في تفجير المسجد", "ASSAULT", "تفجير", [], None, None),
        ("اغتال مسلحون مسؤولا محليا في مدينة سبها", "ASSAULT", "اغتال", ["LBY REB"], ["LBY GOV"], "LBY"),
        ("هاجمت مجموعة مسلحة مركزا للشرطة في ولاية زمفارا", "ASSAULT", "هاجمت", ["NGA REB"], None, "NGA"),
        ("أعلنت حركة طالبان الباكستانية مسؤوليتها عن الهجوم على نقطة تفتيش في خيبر بختونخوا",
         "ASSAULT", "الهجوم", ["PAK REB"], None, "PAK"),
        ("نفذت القوات الخاصة العراقية عملية إنزال جوي في صحراء الأنبار", "ASSAULT", "إنزال", ["IRQ MIL"],
         None, "IRQ"),
    ],
)
def test_assemble_subjects_suspects_and_raids(ex, text, etype, trigger, actors, targets, country):
    e = _check(ex, text, etype, trigger, actors, targets)
    if country is not None:
        assert e.place is not None and e.place.country == country


def test_assemble_a_toll_with_the_wounded_counted_apart(ex):
    e = _one(ex, "قالت الوزارة إن 12 مدنيا قتلوا وأصيب العشرات في غارات على البلدة", "ASSAULT", "غارات")
    assert e.fatalities == 12


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, place, country",
    [
        # a capital attacked is where, also named as "the capital"
        ("شنت طائرات التحالف غارات على العاصمة صنعاء", "ASSAULT", "غارات", None, [], "صنعاء", "YEM"),
        # members of a body named by its common noun are of that body
        ("اعتدى عناصر من الشرطة على متظاهرين في بيروت", "ASSAULT", "اعتدى", ["LBN COP"], ["LBN OPP"],
         "بيروت", "LBN"),
        ("وقعت الحكومة السودانية وحركات دارفور المسلحة اتفاقا في جوبا", "AGREE", "وقعت", ["SDN GOV"],
         ["SDN REB"], "جوبا", "SSD"),
        # the settlements around Gaza are in Israel
        ("أطلقت الفصائل صواريخ باتجاه مستوطنات غلاف غزة", "ASSAULT", "أطلقت", None, None,
         "مستوطنات غلاف غزة", "ISR"),
    ],
)
def test_assemble_capitals_members_and_border_areas(ex, text, etype, trigger, actors, targets, place, country):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert (e.place.text, e.place.country) == (place, country)


def test_assemble_a_passive_does_not_reach_past_a_preposition(ex):
    e = _one(ex, "أعدمت السلطات رجلا أدين بالتجسس لصالح إسرائيل", "SANCTION", "أدين")
    assert e.mode == "convict" and "ISR GOV" not in _codes(e.targets) and "slot.by" not in e.rules


def test_assemble_a_threat_of_tariffs_is_no_threat_of_violence(ex):
    e = _one(ex, "هدد الرئيس الأمريكي بفرض رسوم جمركية على الواردات الصينية", "THREATEN", "هدد")
    assert e.mode != "violence"


@pytest.mark.parametrize(
    "text, etype, trigger, targets, place",
    [
        # troops withdrawn "من العراق" are the actor's own, Iraq is where from
        ("أعلنت بريطانيا سحب 300 جندي من العراق", "RETREAT", "سحب", [], "العراق"),
        # what a blast goes off at is what it hits; an asset "للجيش" is the army's
        ("انفجرت عبوة ناسفة بدورية للجيش قرب مدينة الموصل", "ASSAULT", "عبوة", ["MIL"], None),
        ("استهدف الطيران مقرا للشرطة في مدينة الرمادي", "ASSAULT", "استهدف", ["COP"], "مدينة الرمادي"),
    ],
)
def test_assemble_troops_withdrawn_and_assets_hit(ex, text, etype, trigger, targets, place):
    e = _check(ex, text, etype, trigger, None, None)
    assert [t.sector for t in e.targets] == targets
    if place is not None:
        assert e.place.text == place


@pytest.mark.parametrize(
    "text, absent",
    [
        # a convoy an attack strikes is its target, not an aid delivery or a deployment
        ("استهدفت طائرة مسيرة رتلا عسكريا قرب الحدود", "MOBILIZE"),
        ("تعرضت قافلة مساعدات إنسانية لإطلاق نار في شمال دارفور", "AID"),
    ],
)
def test_assemble_a_convoy_struck_is_a_target(ex, text, absent):
    events = ex.extract(text, article_date=DATE)
    assert absent not in [e.type for e in events]
    attack = next(e for e in events if e.type == "ASSAULT")
    assert [t.text for t in attack.targets] in (["رتلا"], ["قافلة"])


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # who foils an attack did not make it
        ("أحبطت قوات الأمن هجوما انتحاريا كان يستهدف كنيسة في الإسكندرية", "ASSAULT", "هجوما",
         ce.Modality.NEGATED),
        # who calls for an act is not the one who would do it
        ("طالبت منظمة العفو الدولية بالإفراج عن الصحفيين المعتقلين", "RETREAT", "بالإفراج",
         ce.Modality.REQUESTED),
        ("طالب مجلس الأمن الدولي بوقف فوري لإطلاق النار في السودان", "RETREAT", "بوقف",
         ce.Modality.REQUESTED),
    ],
)
def test_assemble_who_foils_or_calls_for_an_act_is_not_its_actor(ex, text, etype, trigger, modality):
    e = _check(ex, text, etype, trigger, [], None)
    assert e.modality == modality


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, fatalities",
    [
        # a count joined by "و" is the next item's: the wounded here
        ("أسفر القصف على مدينة خاركيف عن سقوط 6 قتلى و20 جريحا", "ASSAULT", "القصف", None, None, 6),
        # members of a named body killed are whom the attack was aimed at
        ("أعلن الجيش مقتل 30 عنصرا من حركة الشباب في عملية عسكرية جنوب الصومال", "ASSAULT", "عملية",
         None, ["SOM REB"], 30),
        # "neutralized", as military statements write a kill
        ("أعلنت وزارة الدفاع التركية تحييد 12 إرهابيا في شمال العراق", "ASSAULT", "تحييد", ["TUR GOV"],
         ["--- REB"], 12),
        # the two sides named after "بين"
        ("شهدت مدينة طرابلس اشتباكات عنيفة بين جهاز الردع واللواء 444", "ASSAULT", "اشتباكات",
         ["LBY REB"], ["LBY MIL"], None),
        ("اختطف قراصنة صوماليون سفينة شحن قبالة السواحل الصومالية", "ASSAULT", "اختطف", ["SOM REB"], None,
         None),
    ],
)
def test_assemble_tolls_sides_and_named_victims(ex, text, etype, trigger, actors, targets, fatalities):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.fatalities == fatalities


def test_assemble_responsibility_denied_with_its_owner_between(ex):
    e = _one(ex, "نفى المتحدث باسم الجيش مسؤولية قواته عن قصف السوق", "ASSAULT", "قصف")
    assert e.modality == ce.Modality.ASSERTED and "mod.responsibility-denied" in e.rules


def test_assemble_a_named_base_is_a_place(ex):
    e = _one(ex, "تستعد القوات الأمريكية لسحب قواتها من قاعدة عين الأسد", "RETREAT", "سحب")
    assert (e.place.text, e.place.country) == ("قاعدة عين الأسد", "IRQ")


def test_assemble_amman_or_oman_by_who_is_named(ex):
    e = _one(ex, "استقبل العاهل الأردني في عمان وزير الخارجية الفرنسي", "CONSULT", "استقبل")
    assert (e.place.text, e.place.country) == ("عمان", "JOR")


@pytest.mark.parametrize(
    "text, etype, trigger, modality, actors",
    [
        # an act refused has not happened; what it is handed to is not who does it
        ("رفضت الفصائل المسلحة تسليم أسلحتها للحكومة", "RETREAT", "تسليم", ce.Modality.NEGATED,
         ["--- REB"]),
        # an adjective of possibility is its noun's, not an act's further back
        ("فتحت المحكمة تحقيقا في جرائم حرب محتملة في الأراضي الفلسطينية", "ACCUSE", "تحقيقا",
         ce.Modality.ASSERTED, None),
        ("حذرت الأمم المتحدة من هجوم محتمل على مدينة رفح", "ASSAULT", "هجوم", ce.Modality.POSSIBLE, None),
        # troops massed with a count between the verb and them; relations restored
        ("حشدت روسيا عشرات الآلاف من الجنود على الحدود", "MOBILIZE", "الجنود", ce.Modality.ASSERTED,
         ["RUS GOV"]),
        # or sent, with a count in the construct
        ("تعتزم أوغندا إرسال ألفي جندي إلى جنوب السودان", "MOBILIZE", "جندي", ce.Modality.PLANNED,
         ["UGA GOV"]),
        ("استأنفت السعودية وإيران علاقاتهما الدبلوماسية", "SUPPORT", "استأنفت", ce.Modality.ASSERTED,
         ["IRN GOV", "SAU GOV"]),
        ("عقد مجلس الأمن الدولي جلسة طارئة لمناقشة الوضع في السودان", "CONSULT", "جلسة",
         ce.Modality.ASSERTED, ["UNO UNO"]),
        # a delegation, teachers and the Pope are actors
        ("وصل وفد أمني مصري إلى تل أبيب لبحث صفقة تبادل الأسرى", "CONSULT", "لبحث", None, ["EGY GOV"]),
        ("أضرب المعلمون في الأردن عن العمل", "PROTEST", "أضرب", ce.Modality.ASSERTED, ["JOR OPP"]),
        ("دعا بابا الفاتيكان إلى إنهاء الحرب في أوكرانيا", "REQUEST", "دعا", ce.Modality.ASSERTED,
         ["VAT REL"]),
    ],
)
def test_assemble_refusals_possibilities_and_new_actors(ex, text, etype, trigger, modality, actors):
    e = _check(ex, text, etype, trigger, actors, None)
    if modality is not None:
        assert e.modality == modality
    assert e.place is None or e.place.text != "بابا"


@pytest.mark.parametrize(
    "text",
    [
        "أرسلت الحكومة رسالة شكر إلى الجنود على الجبهة",
        "حشدت الأحزاب الدعم الشعبي لصالح الجنود",
    ],
)
def test_assemble_soldiers_far_from_a_sending_verb_are_not_sent(ex, text):
    assert [e for e in ex.extract(text, article_date=DATE) if e.type == "MOBILIZE"] == []


def test_assemble_talks_held_during_a_call_are_the_call(ex):
    events = ex.extract("أجرى الرئيس الروسي اتصالا هاتفيا مع نظيره التركي بحث خلاله الأوضاع في سوريا",
                        article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]


def test_assemble_a_protest_before_an_embassy_is_not_the_embassys(ex):
    e = _one(ex, "نظم المئات وقفة احتجاجية أمام السفارة الأمريكية في بيروت", "PROTEST", "وقفة")
    assert "USA GOV" not in _codes(e.actors)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # who confronts an aggression with "ل" is its target, the aggressor its actor
        ("قالت الوكالة إن الدفاعات الجوية تصدت لعدوان إسرائيلي على محيط دمشق", "ASSAULT", "لعدوان",
         ["ISR MIL"], ["SYR MIL"]),
        # drones launched, the light verb "أقدم ... على", tanks and oil fields struck
        ("أطلق حزب الله مسيرة انقضاضية على موقع عسكري في الجليل", "ASSAULT", "أطلق", ["LBN REB"], None),
        ("أقدم مستوطنون على إحراق منازل في قرية حوارة", "ASSAULT", "إحراق", ["ISR CVL"], None),
        ("استهدفت كتائب القسام دبابة إسرائيلية شرق مدينة غزة", "ASSAULT", "استهدفت", ["PSE REB"],
         ["ISR MIL"]),
        ("شن تنظيم داعش هجوما على حقل نفطي في دير الزور", "ASSAULT", "هجوما", ["--- REB"], ["SYR CVL"]),
        # charges brought, the prosecution bringing them
        ("وجهت النيابة العامة المصرية تهمة الإرهاب إلى عشرة متهمين", "ACCUSE", "وجهت", ["EGY JUD"], None),
    ],
)
def test_assemble_confronting_launching_proceeding_and_charging(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_weapons_launched_together_are_one_attack(ex):
    events = ex.extract("أطلق مقاتلون صواريخ وطائرات مسيرة على شمال إسرائيل", article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, fatalities",
    [
        # one and two people killed, joined
        ("قتل ضابط وجنديان في هجوم على حاجز للجيش في شمال سيناء", "ASSAULT", "هجوم", None, None, 3),
        # the city that "witnessed" a blast is where it went off, not who set it off
        ("شهدت العاصمة الصومالية مقديشو انفجار سيارة مفخخة", "ASSAULT", "انفجار", [], None, None),
        # an adjective inside an act's words is no side of the agreement
        ("وقعت مصر والسودان اتفاقية للتعاون العسكري", "AGREE", "وقعت", ["EGY GOV"], ["SDN GOV"], None),
        # one who killed, then the count of those he killed
        ("قتل جندي أميركي 16 مدنيا أفغانيا في ولاية قندهار", "ASSAULT", "قتل", ["USA MIL"], ["AFG CVL"], 16),
        # or the one he killed, in the accusative (a nationality: a toll, no target)
        ("قتل مستوطن فلسطينيا بالرصاص قرب قرية المغير شرق رام الله", "ASSAULT", "قتل", ["ISR CVL"], [], 1),
        ("قتل جندي إسرائيلي فلسطينيا قرب الخليل", "ASSAULT", "قتل", ["ISR MIL"], [], 1),
    ],
)
def test_assemble_joined_tolls_witnessing_cities_and_adjectives(ex, text, etype, trigger, actors, targets,
                                                                fatalities):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, trigger, actors, rule",
    [
        # who responds to an attack does what it responds with; the attack responded to is
        # told before, no event of its own here
        ("ردت القوات الحكومية على الهجوم بقصف مدفعي", "ASSAULT", "بقصف", ["--- MIL"], "slot.responder"),
        # the accused did the act alleged
        ("اتهمت جماعة الحوثي التحالف بشن 15 غارة على محافظة صعدة", "ASSAULT", "غارة", None, "slot.accused"),
    ],
)
def test_assemble_responders_and_the_accused_act(ex, text, etype, trigger, actors, rule):
    e = _check(ex, text, etype, trigger, actors, None)
    assert rule in e.rules
    assert [x.trigger.text for x in ex.extract(text, article_date=DATE) if x.type == etype] == [e.trigger.text]


def test_assemble_a_definite_noun_heads_no_construct(ex):
    e = _one(ex, "اتهم الجيش حزب الله بإطلاق صواريخ على الجليل", "ACCUSE", "اتهم")
    assert [a.text for a in e.actors] == ["الجيش"] and _codes(e.targets) == ["LBN REB"]


def test_assemble_organizing_a_protest_is_no_armed_group(ex):
    e = _one(ex, "دعت المعارضة إلى تنظيم مظاهرات حاشدة يوم الجمعة في العاصمة", "REQUEST", "دعت")
    assert [a.text for a in e.actors] == ["المعارضة"] and e.targets == ()
    protest = _one(ex, "دعت المعارضة إلى تنظيم مظاهرات حاشدة يوم الجمعة في العاصمة", "PROTEST", "مظاهرات")
    assert protest.modality == "requested"


def test_assemble_the_army_a_national_outlet_reports_on_is_its_countrys(ex):
    e = _one(ex, "قالت هيئة البث الإسرائيلية إن الجيش قصف عشرات الأهداف في قطاع غزة", "ASSAULT", "قصف")
    assert _codes(e.actors) == ["ISR MIL"]


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # who announces the dead of a blast or of an attack on its own men did not strike
        ("أعلنت السلطات الباكستانية مقتل تسعة أشخاص في انفجار قرب سوق شعبي في كويتا", "انفجار", []),
        ("أعلنت وزارة الداخلية مقتل شرطيين في هجوم على نقطة تفتيش", "هجوم", []),
        ("أعلنت الحكومة مقتل 15 مدنيا", "مقتل", []),
        # a force announcing militants killed in its raids made them
        ("أعلن الجيش النيجيري مقتل 30 مسلحا في غارات جوية على معاقلهم", "غارات", ["NGA MIL"]),
    ],
)
def test_assemble_who_announces_deaths_is_not_the_attacker(ex, text, trigger, actors):
    _check(ex, text, "ASSAULT", trigger, actors, None)


def test_assemble_a_verb_after_a_prepositional_phrase_takes_no_subject_before_it(ex):
    # the people killed "in a blast" are not what "targeted" the mosque
    e = _one(ex, "قتل عشرة أشخاص في انفجار استهدف مسجدا في بيشاور", "ASSAULT", "انفجار")
    assert e.actors == () and [a.text for a in e.targets] == ["مسجدا"]


def test_assemble_a_capital_after_a_blast_is_its_place_not_its_target(ex):
    e = _one(ex, "قتل ثلاثة أشخاص في تفجير سيارة مفخخة بمقديشو", "ASSAULT", "تفجير سيارة")
    assert e.targets == () and e.place is not None and e.place.country == "SOM"


@pytest.mark.parametrize(
    "text, trigger, mode",
    [
        ("قصفت طائرات حربية مواقع المتمردين في ولاية كردفان", "قصفت", "aerial"),
        ("هاجمت طائرات مسيرة قاعدة عسكرية شمال مالي", "هاجمت", "drone"),
        ("دمرت مقاتلات التحالف مخزنا للسلاح في صعدة", "دمرت", "aerial"),
        # a gunman's attack stays without a mode
        ("هاجم مسلحون حاجزا للشرطة في سيناء", "هاجم", None),
    ],
)
def test_assemble_an_attack_by_aircraft_is_an_air_strike(ex, text, trigger, mode):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.mode == mode
    assert (e.cameo == "195") == (mode is not None)
    assert ("mode.aircraft" in e.rules) == (mode is not None)


@pytest.mark.parametrize(
    "text, trigger, fatalities",
    [
        # a number written in two words is one count
        ("قتل خمسة عشر مدنيا في قصف على بلدة في ريف حماة", "قصف", 15),
        ("قتل ثلاثة وعشرون شخصا في هجوم على سوق في ولاية بورنو", "هجوم", 23),
        ("أسفر القصف عن مقتل مئة وخمسين شخصا", "القصف", 150),
        # counted before the verb, read backwards
        ("لقي اثنا عشر جنديا مصرعهم في كمين قرب الحدود", "كمين", 12),
        # the dual of a noun whose plural is broken
        ("قصفت المدفعية السوق ما أسفر عن مقتل شخصين", "قصفت", 2),
        # two counts joined by "و" stay apart
        ("قتل ثلاثة وأصيب عشرون في انفجار عبوة ناسفة", "انفجار", 3),
        # one or two named by their nationality alone
        ("قتل فلسطيني في غارة إسرائيلية على خان يونس", "غارة", 1),
        ("قتل أفغانيان في انفجار قنبلة في سوق بقندهار", "انفجار", 2),
    ],
)
def test_assemble_tolls_in_words(ex, text, trigger, fatalities):
    assert _one(ex, text, "ASSAULT", trigger).fatalities == fatalities


def test_assemble_a_time_between_commas_does_not_cut_the_subject_off(ex):
    e = _one(ex, "أعلنت الوحدات الكردية، أمس الاثنين، السيطرة على مدينة منبج", "ASSAULT", "السيطرة")
    assert [a.text for a in e.actors] == ["الوحدات الكردية"]


def test_assemble_a_death_by_someones_hand_is_an_act_without_a_count(ex):
    e = _one(ex, "أعلن رئيس المجلس مقتل رئيس الأركان برصاص مسلحين مجهولين", "ASSAULT", "مقتل")
    assert _codes(e.actors) == ["--- REB"] and e.targets


def test_assemble_persons_counted_as_the_kill_verbs_subject_are_its_targets(ex):
    e = _one(ex, "قتل شخصان في حي الكرادة ببغداد مساء أمس", "ASSAULT", "قتل")
    assert e.actors == () and [t.text for t in e.targets] == ["شخصان"] and e.fatalities == 2


def test_assemble_the_killed_counted_in_words_are_no_actor(ex):
    e = _one(ex, "قتل خمسة عشر جنديا في كمين شمال البلاد", "ASSAULT", "كمين")
    assert e.actors == () and [a.text for a in e.targets] == ["جنديا"]



@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, place, country",
    [
        ("قتل مسلحون من القوات الديمقراطية المتحالفة 12 قرويا في إقليم إيتوري", "ASSAULT", "قتل",
         ["COD REB"], ["COD CVL"], "إقليم إيتوري", "COD"),
        ("هاجمت عصابة مسلحة دير راهبات في بورت أو برنس", "ASSAULT", "هاجمت", ["HTI REB"], None,
         "بورت أو برنس", "HTI"),
        ("قالت القيادة الأمريكية في أفريقيا إنها شنت غارة جوية على مسلحي حركة الشباب في إقليم هيران",
         "ASSAULT", "غارة", ["USA MIL"], ["SOM REB"], "إقليم هيران", "SOM"),
        ("تبنى جيش تحرير بلوشستان هجوما على قطار ركاب في إقليم بلوشستان", "ASSAULT", "هجوما",
         ["PAK REB"], None, "إقليم بلوشستان", "PAK"),
        ("قتل أربعة جنود في هجوم لمتمردين في إقليم كاوكا جنوب غرب كولومبيا", "ASSAULT", "هجوم",
         ["COL REB"], None, "إقليم كاوكا", "COL"),
        ("قصفت الطائرات الأمريكية منشأة فوردو النووية", "ASSAULT", "قصفت", ["USA MIL"], None,
         "منشأة فوردو", "IRN"),
        # Libya's groups of 2014-2017; "أنصار الشريعة" takes the country of its context
        ("اشتبك مقاتلو أنصار الشريعة مع الجيش في بنغازي", "ASSAULT", "اشتبك", ["LBY REB"], ["LBY MIL"],
         "بنغازي", "LBY"),
        ("هاجمت سرايا الدفاع عن بنغازي حرس المنشآت النفطية قرب راس لانوف", "ASSAULT", "هاجمت",
         ["LBY REB"], ["LBY MIL"], "قرب راس لانوف", "LBY"),
        # the noun "استعادة" before a kind of place: the army retakes it from the group after "من"
        ("أعلن الجيش السوداني استعادة مدينة سنجة من قوات الدعم السريع", "ASSAULT", "استعادة",
         ["SDN MIL"], ["SDN REB"], "مدينة سنجة", "SDN"),
    ],
)
def test_assemble_groups_and_places_of_more_conflicts(ex, text, etype, trigger, actors, targets, place, country):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.place is not None and (e.place.text, e.place.country) == (place, country)


def test_assemble_force_majeure_is_not_cairo(ex):
    text = "أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في حقل الشرارة بعد أن أغلقه محتجون"
    events = ex.extract(text, article_date=DATE)
    assert events and all(e.place is None or e.place.country == "LBY" for e in events)
    assert all(a.country != "EGY" for e in events for a in e.actors + e.targets)


@pytest.mark.parametrize(
    "text, place, country",
    [
        # "بحري" after a noun is naval, not the town across the Nile from Khartoum
        ("غرقت سفينة تجارية بعد اصطدامها بلغم بحري قبالة ميناء الحديدة", "الحديدة", "YEM"),
        ("قصفت قوات الدعم السريع أحياء سكنية في مدينة بحري أمس", "مدينة بحري", "SDN"),
    ],
)
def test_assemble_a_naval_adjective_is_no_town(ex, text, place, country):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.place is not None and (e.place.text, e.place.country) == (place, country)


def test_assemble_a_billion_is_not_lyon(ex):
    e = _one(ex, "قدمت الولايات المتحدة مساعدات بقيمة بليون دولار لأوكرانيا", "AID", "مساعدات")
    assert e.place is None and _codes(e.targets) == ["UKR GOV"]


def test_assemble_an_attack_threatened_through_a_light_verb_is_the_threat(ex):
    events = ex.extract("هددت الحكومة بشن هجوم واسع على معاقل المتمردين", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", "هددت")]


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # a merchant ship is civilian property, neither the striker's enemy's nor of the
        # waters it is hit in
        ("استهدف الحوثيون سفينة تجارية قبالة سواحل الحديدة", "ASSAULT", "استهدف", ["--- CVL"]),
        ("احتجزت القوات الإيرانية ناقلة نفط في مضيق هرمز", "COERCE", "احتجزت", ["--- CVL"]),
        # its flag when the news names it (a ship not told merchant is of no known sector)
        ("هاجم الحوثيون سفينة بريطانية في خليج عدن", "ASSAULT", "هاجم", ["GBR ---"]),
        ("أفرج القراصنة امس عن سفينة الشحن الأوكرانية", "RETREAT", "أفرج", ["UKR CVL"]),
        # (a country's name in "ية" after the construct agrees with its genitive)
        ("خطف قراصنة صوماليون ناقلة النفط السعودية العملاقة", "ASSAULT", "خطف", ["SAU CVL"]),
        # an adjective past "قبالة" is the coast's
        ("خطف قراصنة سفينة شحن قبالة السواحل الصومالية", "ASSAULT", "خطف", ["--- CVL"]),
        # the singular a number from 11 to 99 counts
        ("اعتقلت الشرطة 27 متظاهرا وسط العاصمة", "COERCE", "اعتقلت", ["--- OPP"]),
        ("قتل 14 متمردا في غارة للجيش", "ASSAULT", "غارة", ["--- REB"]),
    ],
)
def test_assemble_ships_keep_their_flag_and_counted_singulars_are_targets(ex, text, etype, trigger, targets):
    _check(ex, text, etype, trigger, None, targets)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the protest a strike or a rupture is made to lodge is its cause, no event of its own
        ("نفذ عمال المناجم إضرابا شاملا احتجاجا على خفض الأجور", [("PROTEST", "strike")]),
        ("قطعت الحكومة علاقاتها مع السفارة احتجاجا على تصريحات السفير", [("SANCTION", "withdraw")]),
        # a hunger strike declared "open" is still one
        ("بدأ المعتقلون إضرابا مفتوحا عن الطعام", [("PROTEST", "hunger")]),
        # the detention one protests the conditions of is no new arrest
        ("أضرب السجناء عن الطعام احتجاجا على ظروف احتجازهم", [("PROTEST", "hunger")]),
        # past a comma, and past a name the lexicon does not know
        ("أضرب الأطباء عن العمل في ثلاث محافظات، احتجاجا على تأخر رواتبهم", [("PROTEST", "strike")]),
        ("استدعت الخارجية الجزائرية السفير الفرنسي ستيفان روماتيه احتجاجا على تصريحاته",
         [("ACCUSE", "disapprove")]),
    ],
)
def test_assemble_causes_of_protests_are_no_events(ex, text, expected):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == expected


@pytest.mark.parametrize(
    "text, mode, cameo",
    [
        # what is caught is arms or goods, past a time and where they were held: seized
        ("ضبطت قوات الأمن مساء أمس بحوزتهم كميات كبيرة من الأسلحة والذخائر", "seize", "1711"),
        ("ضبطت الشرطة شحنة مخدرات في ميناء اللاذقية", "seize", "1711"),
        # people caught are arrested
        ("ضبطت الشرطة خمسة مهربين قرب الحدود", "arrest", "173"),
    ],
)
def test_assemble_goods_caught_are_seized_and_people_arrested(ex, text, mode, cameo):
    e = _one(ex, text, "COERCE", "ضبطت")
    assert (e.mode, e.cameo) == (mode, cameo)


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        # arms, vehicles or goods taken are seized ...
        ("قال مسؤول محلي إن المسلحين استولوا على مركبة مصفحة للشرطة قرب الحدود", "COERCE", "seize"),
        ("واستولى عناصر التنظيم على أسلحة ثقيلة وذخائر خلال الهجوم", "COERCE", "seize"),
        # ... a town taken is fought for
        ("واستولى عناصر التنظيم على بلدة حدودية بعد معارك عنيفة", "ASSAULT", None),
    ],
)
def test_assemble_goods_taken_are_seized_and_towns_fought_for(ex, text, etype, mode):
    e = _one(ex, text, etype, "استول")
    assert e.mode == mode
    if etype == "COERCE":
        assert e.acled == ("Strategic developments", "Looting/property destruction")
        assert "type.goods-taken" in e.rules


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ودعا ناشطون إلى التظاهر غدا الأحد الذي سيوافق الذكرى السابعة للثورة", ["REQUEST", "PROTEST"]),
        ("وتجمع المحتجون في الساحة يوم الجمعة الذي يوافق ذكرى اندلاع الاحتجاجات", ["PROTEST"]),
    ],
)
def test_assemble_a_day_that_falls_on_an_anniversary_agrees_to_nothing(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # protests sweep a land ...
        ("وخرج الآلاف في مظاهرات تجتاح المدن الكبرى منذ أسبوع", ["PROTEST"]),
        ("وتعود جذور الأزمة إلى احتجاجات عام 2019 التي اجتاحت البلاد", ["PROTEST"]),
        # ... forces invade it, in a clause of their own
        ("وفرقت الشرطة الاحتجاجات بالقوة واجتاحت قوات الجيش الحي الشرقي", ["ASSAULT", "PROTEST", "ASSAULT"]),
    ],
)
def test_assemble_protests_that_sweep_a_land_are_no_invasion(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, actors, mode",
    [
        # a drone or two aircraft told by whose they are
        ("وقالت الوكالة إن مسيرة إسرائيلية استهدفت سيارة على طريق البلدة", ["ISR MIL"], "drone"),
        ("واستهدفت مسيرتان تركيتان مواقع للمقاتلين الأكراد في ريف القامشلي", ["TUR MIL"], "drone"),
        ("وقصفت طائرتان حربيتان روسيتان مواقع المسلحين في ريف حماة", ["RUS MIL"], "aerial"),
    ],
)
def test_assemble_drones_and_pairs_of_aircraft_by_their_state(ex, text, actors, mode):
    e = _one(ex, text, "ASSAULT", "")
    assert (_codes(e.actors), e.mode) == (actors, mode)


def test_assemble_a_march_is_no_drone(ex):
    e = _one(ex, "وخرجت مسيرة حاشدة في وسط المدينة تنديدا بالغلاء", "PROTEST", "مسيرة")
    assert e.actors == ()


@pytest.mark.parametrize("opener", ["عندما", "حين"])
def test_assemble_the_clause_that_tells_an_attack_gives_its_sides(ex, opener):
    # "الهجوم عندما هاجم مسلحون ...": the attackers are the verb's subject, not the noun's object
    e = _one(ex, f"ووقع الهجوم {opener} هاجم مسلحون مجهولون حاجزا للشرطة قرب المدينة", "ASSAULT", "الهجوم")
    assert [a.text for a in e.actors] == ["مسلحون مجهولون"] and _codes(e.targets) == ["--- COP"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the other side joined past an adjective the lexicon does not list
        ("واندلعت اشتباكات عنيفة، فجر اليوم، بين فصائل درزية مسلحة وقوات تتبع الحكومة السورية",
         ["SYR REB"], ["SYR MIL"]),
        # one group of many fighting one another
        ("واندلعت اشتباكات عنيفة، مساء أمس، بين جماعات مسلحة في الضواحي الغربية للعاصمة الليبية",
         ["LBY REB"], []),
    ],
)
def test_assemble_sides_after_between_past_unknown_words_or_one_group(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "اشتباكات")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets) and "slot.between" in e.rules


def test_assemble_the_light_verb_after_an_air_attack_and_its_adjectives(ex):
    # "هجوم جوي عنيف شنه": the maker past two adjectives; an air attack is an air strike
    e = _one(ex, "قتل خمسة أشخاص جراء هجوم جوي عنيف شنه الجيش الأمريكي مساء أمس", "ASSAULT", "هجوم")
    assert (_codes(e.actors), e.mode, e.fatalities) == (["USA MIL"], "aerial", 5)


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # who managed to do it is the act's subject
        ("وقالت المصادر إن مقاتلي الفصائل تمكنوا من السيطرة على التل بعد ساعات من القتال", "ASSAULT",
         "السيطرة", ["--- REB"]),
    ],
)
def test_assemble_who_managed_to_do_it(ex, text, etype, trigger, actors):
    assert _codes(_one(ex, text, etype, trigger).actors) == actors


def test_assemble_who_can_act_after_a_truce_is_none_of_its_sides(ex):
    e = _one(ex, "ودعا المبعوث إلى هدنة إنسانية حتى تتمكن الأمم المتحدة من إيصال المساعدات", "RETREAT", "هدنة")
    assert (e.actors, e.targets) == ((), ())


def test_assemble_control_held_is_no_control_taken(ex):
    assert "ASSAULT" not in _types(ex, "وتقع البلدة تحت السيطرة على نحو كامل منذ أشهر")


@pytest.mark.parametrize(
    "text, etype",
    [
        # armed forces storming what armed enemies hold attack them ...
        ("وحاولت قوات النظام اقتحام بلدة تسيطر عليها قوات المعارضة في ريف درعا", "ASSAULT"),
        # ... police storming homes raid them
        ("واقتحمت قوات الاحتلال منازل المواطنين في البلدة فجر اليوم", "COERCE"),
    ],
)
def test_assemble_storming_what_enemies_hold_is_an_attack(ex, text, etype):
    assert _one(ex, text, etype, "اقتحام" if "اقتحام" in text else "اقتحمت").type == etype


@pytest.mark.parametrize(
    "text, actors",
    [
        ("وبدأت الحافلات بإخراج المسلحين وعائلاتهم من الأحياء الشرقية للمدينة", ["--- CVL", "--- REB"]),
        ("وتتواصل عملية إجلاء مقاتلي الفصائل من البلدة المحاصرة منذ الصباح", ["--- REB"]),
    ],
)
def test_assemble_fighters_taken_out_under_a_deal_withdraw(ex, text, actors):
    e = _one(ex, text, "RETREAT", "")
    assert e.mode == "withdraw" and _codes(e.actors) == actors


def test_assemble_an_act_during_an_attack_is_no_repelling_of_it(ex):
    # "فجرا نفسيهما خلال الهجوم": the attack is when they blew themselves up, not their object
    found = [(e.type, e.mode) for e in ex.extract(
        "وقال مسؤول إن مسلحين اثنين فجرا نفسيهما خلال الهجوم على مقر الشرطة", article_date=DATE)]
    assert ("ASSAULT", "suicide-attack") in found


def test_assemble_fighting_told_by_its_verb_beside_its_subject(ex):
    e = _one(ex, "تقاتل القوات الخاصة العراقية عناصر التنظيم داخل حرم الجامعة لليوم الثاني", "ASSAULT", "تقاتل")
    assert _codes(e.actors) == ["IRQ MIL"] and _codes(e.targets) == ["--- REB"]
    # a clause on a noun tells what it did before
    assert _types(ex, "وقالت الإذاعة إن ثلاث فرق عسكرية (إسرائيلية) قاتلت خلال الأشهر الماضية في المدينة، "
                      "بدأت اليوم الانسحاب منها") == ["RETREAT"]


@pytest.mark.parametrize(
    "text, actors",
    [
        ("وأوضحت البعثة الأممية أن هذه الأفعال تشكل انتهاكا واضحا لقرار مجلس الأمن", ["UNO UNO"]),
        ("وقالت وزارة الخارجية المصرية إن الغارة تمثل انتهاكا صارخا للقانون الدولي", ["EGY GOV"]),
    ],
)
def test_assemble_an_act_judged_a_flagrant_violation_is_denounced(ex, text, actors):
    e = _one(ex, text, "ACCUSE", "انتهاكا")
    assert e.mode == "disapprove" and _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, trigger, mode",
    [
        ("وقتل متظاهران أثناء محاولة قوات الأمن فك اعتصام المحتجين أمام مقر الحكومة", "فك اعتصام",
         "crowd-control"),
        ("ونجا وزير الداخلية من محاولة اغتيال استهدفت موكبه في العاصمة", "اغتيال", "targeted"),
    ],
)
def test_assemble_an_attack_attempted_was_made(ex, text, trigger, mode):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (e.mode, e.modality) == (mode, ce.Modality.ASSERTED)


def test_assemble_an_attempt_at_talks_is_still_a_possibility(ex):
    e = _one(ex, "وتوجه الوسطاء إلى القاهرة في محاولة للتوصل إلى اتفاق لوقف إطلاق النار", "AGREE", "اتفاق")
    assert e.modality == ce.Modality.POSSIBLE


def test_assemble_the_defence_secretary_is_no_city(ex):
    # "أوستن" in the news is the US defence secretary, not Austin, Texas
    e = _one(ex, "وقال أوستن إن المقاتلات الأمريكية قصفت مخازن أسلحة للجماعة", "ASSAULT", "قصفت")
    assert e.place is None


@pytest.mark.parametrize(
    "text, place",
    [
        # the claim past where the attack was ...
        ("ووقع هجوم في كابول تبنته حركة طالبان", "كابول"),
        # ... and past what it did, joined after it
        ("ووقع هجوم في كابول أسفر عن مقتل 64 شخصا وإصابة العشرات بجروح وتبنته حركة طالبان", "كابول"),
    ],
)
def test_assemble_who_claimed_an_attack_past_where_it_was_and_what_it_did(ex, text, place):
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert _codes(e.actors) == ["AFG REB"] and e.targets == () and e.place.text == place


@pytest.mark.parametrize(
    "text, expected",
    [
        # a call in the first person
        ("وقال التجمع في بيانه: ندعو الثوار إلى إعلان العصيان المدني الشامل",
         [("REQUEST", "asserted"), ("PROTEST", "requested")]),
        ("وقالت الهيئة: نطالب الحكومة بالإفراج عن المعتقلين", [("REQUEST", "asserted"), ("RETREAT", "requested")]),
        # places freed from an armed enemy are taken by fighting
        ("وأشار إلى أن قوات الحشد شاركت مع الجيش في تحرير مناطق واسعة غرب المدينة", [("ASSAULT", "asserted")]),
    ],
)
def test_assemble_calls_in_the_first_person_and_places_freed(ex, text, expected):
    assert [(e.type, e.modality.value) for e in ex.extract(text, article_date=DATE)] == expected


def test_assemble_a_release_announced_past_a_comma_after_who_announced_it(ex):
    e = _one(ex, "أعلن مسؤول أفغاني، عن إطلاق سراح 150 سجينا من عناصر الحركة", "RETREAT", "إطلاق سراح")
    assert (e.mode, e.modality, _codes(e.actors)) == ("release", ce.Modality.ASSERTED, ["AFG GOV"])


def test_assemble_an_infiltration_attempted_is_an_attack(ex):
    e = _one(ex, "وأحبطت القوات محاولة تسلل نفذتها مجموعة مسلحة باتجاه البلدة", "ASSAULT", "تسلل")
    assert _codes(e.actors) == ["--- REB"]


def test_assemble_what_is_supposed_to_happen_is_planned_when_and_where_told(ex):
    (e,) = ex.extract("ومن المفترض أن يتم التوقيع الرسمي للاتفاق يوم غد الأربعاء في جوبا", article_date=DATE)
    assert (e.type, e.modality, e.place.text) == ("AGREE", ce.Modality.PLANNED, "جوبا")
    assert (e.date.start.isoformat(), e.date.end.isoformat()) == ("2016-08-31", "2016-08-31")


@pytest.mark.parametrize(
    "text, etype",
    [
        # the act's noun as the subject of a verb to come ...
        ("ونقل الموقع أن الاجتماع الثلاثي سيعقد بغطاء من الأمم المتحدة", "CONSULT"),
        ("وأشار إلى أن عملية الإفراج ستتواصل في الفترة المقبلة", "RETREAT"),
        # ... and what an agreement paves the way for or provides
        ("ووقع الطرفان اتفاقا يمهد الطريق لانسحاب القوات الأمريكية من البلاد", "RETREAT"),
    ],
)
def test_assemble_acts_to_come_are_planned(ex, text, etype):
    assert _one(ex, text, etype, "").modality == ce.Modality.PLANNED


def test_assemble_an_act_that_will_lead_to_something_happened(ex):
    assert _one(ex, "وقال إن الهجوم سيؤدي إلى تصعيد خطير في المنطقة", "ASSAULT", "الهجوم").modality == (
        ce.Modality.ASSERTED)


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # who fell its victims were killed, in the massacre the strikes committed ...
        ("وشنت الطائرات غارات على البلدة مرتكبة مجزرة راح ضحيتها سبعة أشخاص", 7),
        # ... unless the hurt are counted with them
        ("وشنت الطائرات غارات على البلدة راح ضحيتها عشرات القتلى والجرحى", None),
    ],
)
def test_assemble_victims_who_fell_to_an_attack(ex, text, fatalities):
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.trigger.text, e.fatalities) == ("غارات", fatalities)


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        # "later", opening the sentence, goes on with the story ...
        ("وفي وقت لاحق، أعلن الجيش في بيان اغتيال قيادي في الحركة بغارة جوية", "ASSAULT", "asserted"),
        # ... after a verb to come it is still to come
        ("وقال إن الوفد سيزور المدينة في وقت لاحق", "CONSULT", "planned"),
    ],
)
def test_assemble_later_in_a_story_is_no_plan(ex, text, etype, modality):
    assert _one(ex, text, etype, "").modality.value == modality


def test_assemble_a_count_opening_a_clause_counts_its_subject(ex):
    e = _one(ex, "وقال مسؤول أمني إن عشرات المهاجمين أضرموا النار في مبان حكومية", "ASSAULT", "أضرموا")
    assert [a.text for a in e.actors] == ["المهاجمين"]


@pytest.mark.parametrize(
    "text, etype",
    [
        # places freed are taken by fighting ...
        ("وتعمل القوات المشتركة على تأمين المناطق التي حررتها في محافظة الحديدة", "ASSAULT"),
        ("وحررت القوات المدينة بعد أسابيع من الحصار", "ASSAULT"),
        # ... people freed are released
        ("وحررت القوات الخاصة الرهائن من قبضة الخاطفين", "RETREAT"),
    ],
)
def test_assemble_places_freed_are_taken_people_freed_released(ex, text, etype):
    e = _one(ex, text, etype, "حرر")
    assert ("type.places-freed" in e.rules) == (etype == "ASSAULT")


def test_assemble_an_investigation_into_reports(ex):
    e = _one(ex, "وشرع التحالف الدولي في تحقيق حول تقارير عن سقوط ضحايا مدنيين", "ACCUSE", "تحقيق")
    assert (e.mode, _codes(e.actors)) == ("investigate", ["IGO MIL"])


@pytest.mark.parametrize("text", [
    "تعهد رئيس الحكومة التونسية بإجراء تحقيق في مقتل الشاب على يد الشرطة",
    "طالبت المنظمة بفتح تحقيق في الهجوم على المستشفى",
    "دعت الحركة الحكومة إلى التحقيق في الهجوم على المخيم",
])
def test_assemble_what_an_investigation_is_into_happened(ex, text):
    investigation = _one(ex, text, "ACCUSE", "تحقيق")
    attack = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert investigation.modality != "asserted" and attack.modality == "asserted"


def test_assemble_a_noun_of_another_sector_is_no_adjective(ex):
    # "الصحفي" looks like a nisba, but the journalist is who the police hold
    e = _one(ex, "اعتقلت الشرطة الصحفي في منزله", "COERCE", "اعتقلت")
    assert _codes(e.actors) == ["--- COP"] and _codes(e.targets) == ["--- JRN"] and e.place is None


def test_assemble_attackers_who_blew_themselves_up(ex):
    e = _one(ex, "فجر مسلحون انتحاريون أنفسهم وسط سوق شعبي", "ASSAULT", "فجر")
    assert e.mode == "suicide-attack" and _codes(e.actors) == ["--- REB"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, rule",
    [
        # the participle's act is the subject's of the verb before it, its object follows
        ("قطعت النيجر علاقاتها مع أوكرانيا متهمة كييف بدعم الجماعات المسلحة", "ACCUSE", "متهمة",
         ["NER GOV"], ["UKR GOV"], "slot.participle"),
        ("أدان الرئيس التونسي الهجوم داعيا إلى محاسبة المسؤولين", "REQUEST", "داعيا", ["TUN GOV"], None,
         "slot.participle"),
        # after a verb that is no act, the sentence's subject
        ("أصدر الجيش بيانا متهما المتمردين بقصف المدينة", "ACCUSE", "متهما", ["--- MIL"], ["--- REB"],
         "slot.topic"),
    ],
)
def test_assemble_participles_are_acts_of_the_clause_before(ex, text, etype, trigger, actors, targets, rule):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert rule in e.rules


def test_assemble_a_participle_keeps_the_modality_of_its_own_clause(ex):
    # "حذر من" makes the war possible, not the call made after it
    e = _one(ex, "حذر الاتحاد الأفريقي من خطر اندلاع حرب شاملة داعيا الطرفين إلى ضبط النفس", "REQUEST", "داعيا")
    assert e.modality.value == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت الشرطة 12 متهما في قضية الفساد",  # counted: suspects
        "اعتقلت الشرطة متهما في قضية الفساد",  # a suspect, no object after it
    ],
)
def test_assemble_a_suspect_is_no_accusation(ex, text):
    assert _types(ex, text) == ["COERCE"]


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        # a capital as a side ("لصالح", "لـ", "مع") is the state, not where the act took place
        ("اعتقلت السلطات الروسية مهندسا بتهمة التجسس لصالح واشنطن في مدينة يكاترينبورغ", "COERCE",
         "اعتقلت", "مدينة يكاترينبورغ"),
        ("اتهم الجيش الأردني ميليشيات موالية لطهران بتهريب الأسلحة عبر الحدود", "ACCUSE", "اتهم", None),
        # nor who is held responsible for it
        ("وحمّلت الحكومة اللبنانية دمشق مسؤولية التفجير الذي استهدف موكب الوزير", "ASSAULT",
         "التفجير", None),
        # where it is one
        ("تظاهر الآلاف في طهران ضد الغلاء", "PROTEST", "تظاهر", "طهران"),
        ("وقع انفجار في دمشق مسؤولية تبنيه لم تعلن بعد", "ASSAULT", "انفجار", "دمشق"),
    ],
)
def test_assemble_a_capital_as_a_side_is_no_place(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        ("وافقت الحكومة على السماح بدخول المساعدات إلى المدينة المحاصرة", "RETREAT", "بدخول"),
        ("اتفق الطرفان على تبادل الأسرى خلال الأسبوع المقبل", "RETREAT", "تبادل"),
        # and the act joined to it
        ("اتفق الجانبان على تبادل الأسرى وفتح المعابر الإنسانية", "RETREAT", "فتح"),
        ("اتفق الجانبان على فتح المعابر الإنسانية وتبادل الأسرى", "RETREAT", "تبادل"),
    ],
)
def test_assemble_an_act_agreed_to_is_planned(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert e.modality.value == "planned" and "mod.agreed" in e.rules


def test_assemble_shooting_at_protesters_is_an_attack_on_them(ex):
    # "أطلق" is no light verb of the protest named after "على"
    events = ex.extract("أطلق مسلحون مجهولون النار على متظاهرين في مدينة أم درمان", article_date=DATE)
    e = next(e for e in events if e.type == "ASSAULT")
    assert e.trigger.text == "أطلق" and e.mode == "firearms" and _codes(e.targets) == ["SDN OPP"]


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # a count between a verb's first word and the rest of its form
        ("طردت الحكومة ثلاثة دبلوماسيين فرنسيين", "SANCTION", "طردت", "asserted"),
        # prisoners exchanged, counted after the noun or the verb "تبادل"
        ("تبادل الطرفان 200 أسير برعاية دولية", "RETREAT", "أسير", "asserted"),
        ("اتفق الجانبان على تبادل أكثر من 800 أسير", "RETREAT", "أسير", "planned"),
        # an agreement not reached is no refusal; one refused is
        ("لم يتمكن الطرفان من التوصل إلى اتفاق بشأن الحدود", "AGREE", "التوصل", "negated"),
        ("قال الرئيس إن بلاده لن توقع أي اتفاق سلام يتضمن التنازل عن أراض", "REJECT", "اتفاق", "asserted"),
        # a plan denied
        ("قال الوزير: ليس لدينا أي نية لشن عملية عسكرية في القطاع", "ASSAULT", "عملية", "negated"),
        # a denial ends where a participle of saying opens a statement of its own
        ("نفت وزارة الدفاع الاتهامات، مؤكدة أن وحداتها تلتزم بوقف إطلاق النار", "RETREAT", "وقف",
         "asserted"),
        # what is denied to have been, however far from the denial
        ("نفى الحزب في بيان مطول نشرته وكالة أنباء كردية مقربة منه أن يكون مقاتلوه قد استهدفوا قاعدة عسكرية",
         "ASSAULT", "استهدفوا", "negated"),
    ],
)
def test_assemble_counts_denials_and_failures_in_an_acts_words(ex, text, etype, trigger, modality):
    assert _one(ex, text, etype, trigger).modality.value == modality


@pytest.mark.parametrize(
    "text, trigger, actors, targets, fatalities",
    [
        # killers named with their group, the count after "ما لا يقل عن"
        ("قتل مسلحون من حركة الشباب ما لا يقل عن 18 مدنيا في هجوم على قرية", "هجوم", ["SOM REB"],
         ["--- CVL"], 18),
        # the lives an act claimed, told after it
        ("أودى هجوم استهدف كنيسة في شمال بوركينا فاسو بحياة 24 شخصا", "هجوم", None, None, 24),
        # one person killed and a number joined to him
        ("أسفرت الغارة عن مقتل قيادي في تنظيم القاعدة وثلاثة من مرافقيه", "الغارة", None, None, 4),
        ("قتل ضابط وثلاثة جنود في هجوم على حاجز", "هجوم", None, None, 4),
        ("قتل جندي وثلاثة جرحى في هجوم على حاجز", "هجوم", None, None, 1),
        # "هجوم مسلح" is an armed attack, not one by gunmen
        ("قتل ستة أشخاص في هجوم مسلح على حافلة ركاب", "هجوم مسلح", [], None, 6),
        # the killed are the target, not their own positions the attack struck
        ("قتل 12 جنديا عراقيا في هجوم للمسلحين استهدف مواقعهم قرب الحدود", "هجوم", ["--- REB"],
         ["IRQ MIL"], 12),
    ],
)
def test_assemble_tolls_after_groups_acts_and_joined_counts(ex, text, trigger, actors, targets, fatalities):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, trigger, mode, actors, targets",
    [
        # roads blocked, with the protesters between the verb and the road
        ("قطع محتجون الطريق الدولي في منطقة الناعمة", "PROTEST", "قطع", "obstruct", ["--- OPP"], None),
        ("أغلق المتظاهرون الطريق الرئيسي المؤدي إلى المطار", "PROTEST", "أغلق", "obstruct", ["--- OPP"], []),
        # supporters in the nominative are members of the side they back
        ("قطع مناصرون للمعارضة طريق المطار بالإطارات المشتعلة", "PROTEST", "قطع", "obstruct", ["--- OPP"],
         None),
        # the nationality a noun already has is its adjective, not the object
        ("هاجم مستوطنون إسرائيليون مزارعين فلسطينيين قرب نابلس", "ASSAULT", "هاجم", None, ["ISR CVL"],
         ["PSE CVL"]),
        # shot; shelled by artillery
        ("استشهد شاب برصاص قوات الاحتلال في جنين", "ASSAULT", "استشهد", "firearms", ["ISR MIL"], ["PSE CVL"]),
        ("قصفت المدفعية التركية قرى في ريف الحسكة", "ASSAULT", "قصفت", "heavy-weapons", ["TUR MIL"], None),
    ],
)
def test_assemble_roads_blocked_settlers_and_weapons(ex, text, etype, trigger, mode, actors, targets):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.mode == mode


@pytest.mark.parametrize(
    "text, etype",
    [
        # protesters named as those a demand or a right is for tell no protest
        ("طالب ناشطون بمحاسبة قتلة المحتجين", "PROTEST"),
        ("دعت المنظمة إلى حماية المتظاهرين السلميين", "PROTEST"),
        # a prison one is held in is no sentence
        ("أفرجت السلطات عن الصحفي بعد أن أمضى ستة أشهر في سجن عوفر", "SANCTION"),
        # no accusation by "the accused woman", no prisoners in accusations exchanged, no
        # protest by the army
        ("أحالت النيابة المتهمة إلى المحكمة", "ACCUSE"),
        ("تبادل الطرفان الاتهامات بشأن ملف الأسرى", "RETREAT"),
        ("قطعت القوات الإسرائيلية الطريق بين رام الله ونابلس", "PROTEST"),
        # an agreement in force or despite which, and areas of fighting, are given
        ("قتل شرطيان في هجوم على حاجز أمني في قندوز رغم الاتفاق على خفض العنف", "AGREE"),
        # nor is a curfew protesters march despite (a construct made definite by its last word)
        ("تظاهر المحتجون في المدينة رغم حظر التجول", "COERCE"),
        # what a film or a book tells of, and a fight in words against an illness or an ill
        ("يروي الفيلم قصة عائلة نجت من القصف والحصار في مدينة حمص", "ASSAULT"),
        ("صدر كتاب جديد يتناول تاريخ الاغتيالات والتفجيرات في لبنان", "ASSAULT"),
        ("قال الوزير إن بلاده تخوض معركة شرسة ضد فيروس كورونا", "ASSAULT"),
        ("أطلقت الحكومة حربا على الفساد في المؤسسات العامة", "ASSAULT"),
        # an attack in a match told by the win and the minute
        ("قاد المهاجم هجوم فريقه في الفوز على منافسه وسجل هدفا في الدقيقة 40", "ASSAULT"),
        ("بحث الوزيران تنفيذ اتفاق السلام في واشنطن", "AGREE"),
        ("سمحت السلطات بوصول المساعدات إلى مناطق الاشتباكات جنوب طرابلس", "ASSAULT"),
        # a force of nature strikes no one
        ("ضرب زلزال بقوة ست درجات شمال البلاد فجر اليوم", "ASSAULT"),
        ("عاصفة قوية ضربت السواحل الشرقية", "ASSAULT"),
        # nor does it kill: the toll of floods is no attack (and the floods are not Seoul)
        ("أدت السيول الجارفة إلى مقتل ستة أشخاص في محافظة مأرب", "ASSAULT"),
        ("توفي ثلاثة أطفال جراء الفيضانات في ولاية النيل الأبيض", "ASSAULT"),
        # an attack or an injury in a match
        ("قاد المهاجم هجوم المنتخب المغربي في المباراة الودية أمام نظيره الغاني", "ASSAULT"),
        ("تلقى النادي ضربة قوية بإصابة لاعبه الأبرز قبل نهائي البطولة", "ASSAULT"),
        ("هاجم المدرب الحكم بعد الخسارة القاسية أمام الفريق المنافس", "ASSAULT"),
        ("اقتحم المشجعون أرض الملعب احتفالا بالفوز بالبطولة", "COERCE"),
        # roads a storm cuts are no protest; drones that take part are no march
        ("ضربت عاصفة ثلجية المحافظات الشمالية فجر اليوم ما أدى إلى قطع طرق رئيسية", "PROTEST"),
        ("شاركت مسيرات تركية في الهجوم على مواقع الجيش", "PROTEST"),
        # an attack in words is none of force
        ("شن رئيس الحزب هجوما حادا على الحكومة بسبب الغلاء", "ASSAULT"),
        # a noun with a pronoun takes no genitive: a statement the army published moves no troops
        ("قتل خمسة جنود في هجوم على ثكنة، بحسب بيان نشره الجيش أمس", "MOBILIZE"),
        # held pending an inquiry opens none
        ("أعلنت النيابة العامة حبس 15 متهما على ذمة التحقيقات", "ACCUSE"),
        # a licence, a nationality or confidence withdrawn is no retreat
        ("أغلقت السلطات مكتب الوكالة وسحبت اعتماد مراسليها", "RETREAT"),
        ("سحب البرلمان الثقة من الحكومة بأغلبية الأصوات", "RETREAT"),
        ("سحبت وزارة الداخلية الجنسية من عشرات المعارضين", "RETREAT"),
        # an ambassador recalled for consultations holds no talks
        ("استدعت الرباط سفيرها في برلين للتشاور", "CONSULT"),
        # a court that upholds a verdict supports no one
        ("أيدت محكمة النقض حكما بإعدام ثلاثة متهمين", "SUPPORT"),
        ("رفضت الحكومة بشكل قاطع المقترح الأمريكي", "PROTEST"),  # "بشكل قاطع": categorically
        # millions received are no visit; a centre for sheltering is no aid given; an act in
        # a charge is what one is accused of
        ("استقبلت مطارات الدوحة 40 مليون مسافر العام الماضي", "CONSULT"),
        ("افتتحت البلدية مركزا لإيواء المشردين", "AID"),
        ("قضت المحكمة بسجن ثلاثة صحفيين بتهمة التحريض على التظاهر", "PROTEST"),
        ("اعتقلت الشرطة خمسة أشخاص بتهمة التخطيط لهجمات على مراكز أمنية", "ASSAULT"),
        # and so is one people are told to be implicated in
        ("رحب المبعوث بالاتفاق الذي أيدته الحكومة وفصائل أخرى متورطة في القتال", "ASSAULT"),
        ("أعلنت الحكومة رفضها القاطع للمقترح الأمريكي", "PROTEST"),  # the adjective, no boycott
        # an accident on the road or a collision is no attack
        ("قتل ثلاثة أشخاص في حادث سير على الطريق الدولي", "ASSAULT"),
        ("أصيب عشرون راكبا في تصادم قطارين", "ASSAULT"),
    ],
)
def test_assemble_acts_named_for_others_and_forms_that_must_not_misfire(ex, text, etype):
    assert etype not in _types(ex, text)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a reporter speaking of itself past the victims it counts
        ("أعلن الجيش النيجيري أنه قتل نحو 30 إرهابيا خلال عملية عسكرية في ولاية بورنو", "ASSAULT",
         "عملية عسكرية", ["NGA MIL"], ["--- REB"]),
        # the victims past the words of "at least"; two policemen; passengers
        ("لقي ما لا يقل عن 12 جنديا حتفهم في هجوم على معسكر للجيش شمال مالي", "ASSAULT", "هجوم", None,
         ["MLI MIL"]),
        ("قتل شرطيان في كمين قرب مدينة العريش", "ASSAULT", "كمين", None, ["EGY COP"]),
        ("اختطف مسلحون 20 راكبا على الطريق بين كادونا وأبوجا", "ASSAULT", "اختطف", None, ["NGA CVL"]),
        # one's counterpart after the verb is whom one meets
        ("زار وزير الخارجية العراقي طهران حيث التقى نظيره الإيراني", "CONSULT", "التقى", ["IRQ GOV"],
         ["IRN GOV"]),
        # a body qualified by "المالية" is Mali's ("المالية" alone is also "financial")
        ("اتهمت الحكومة المالية فرنسا بدعم الجماعات المسلحة", "ACCUSE", "اتهمت", ["MLI GOV"], ["FRA GOV"]),
        # a site's adjective tells whose it is; a country's name without its article is an adjective
        ("قصفت الطائرات مواقع عسكرية إسرائيلية في الجليل", "ASSAULT", "قصفت", None, ["ISR MIL"]),
        ("استهدف مسلحون قافلة مدنية قرب الحدود", "ASSAULT", "استهدف", None, ["--- CVL"]),
        ("استهدف الحوثيون منشآت نفطية سعودية بطائرات مسيرة", "ASSAULT", "استهدف", ["YEM REB"], ["SAU ---"]),
    ],
)
def test_assemble_reporters_victims_counterparts_and_sites(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, place, name",
    [
        # a capital named by its country's adjective
        ("تظاهر الآلاف في العاصمة الجزائرية ضد الحكومة", "PROTEST", "تظاهر", "العاصمة الجزائرية", "Algiers"),
        ("قصفت الطائرات الروسية العاصمة الأوكرانية", "ASSAULT", "قصفت", "العاصمة الأوكرانية", "Kyiv"),
        # the city's own name after it is the place
        ("انفجرت سيارة مفخخة في العاصمة الصومالية مقديشو", "ASSAULT", "سيارة مفخخة", "مقديشو", "Mogadishu"),
        # a town after "بين" on a road
        ("انفجرت عبوة ناسفة على الطريق بين مأرب وصرواح", "ASSAULT", "عبوة", "مأرب", None),
    ],
)
def test_assemble_capitals_by_adjective_and_towns_between(ex, text, etype, trigger, place, name):
    e = _one(ex, text, etype, trigger)
    assert e.place is not None and e.place.text.endswith(place)
    if name is not None:
        assert e.place.name == name


@pytest.mark.parametrize(
    "text, etype, trigger, modality, fatalities",
    [
        # "any" act under a negation is none; any act otherwise one that may come
        ("لم تشهد العاصمة السودانية أي مظاهرات يوم الجمعة", "PROTEST", "مظاهرات", "negated", None),
        ("هدد قائد الجيش بالرد على أي هجوم على قواته", "ASSAULT", "هجوم", "possible", None),
        # what is denied is the toll, not the act
        ("لم يسفر القصف عن أي إصابات بين المدنيين", "ASSAULT", "القصف", "asserted", None),
        # the wounded joined by "و" are not the dead
        ("سقط ثمانية قتلى ونحو مئة جريح في المواجهات", "ASSAULT", "المواجهات", "asserted", 8),
    ],
)
def test_assemble_any_acts_denied_tolls_and_joined_wounded(ex, text, etype, trigger, modality, fatalities):
    e = _one(ex, text, etype, trigger)
    assert (e.modality.value, e.fatalities) == (modality, fatalities)


@pytest.mark.parametrize(
    "text, trigger, actors, targets, fatalities",
    [
        # one person named before the kill verb is one killed
        ("قالت القوات إن جنديا قتل في قصف على مواقعها", "قصف", None, None, 1),
        # shot: the kill verb with "برصاص" after it, or after the one killed, is passive
        ("أفادت الوزارة بأن فلسطينيا قتل برصاص جيش الاحتلال", "قتل", ["ISR MIL"], None, 1),
        ("قتل شاب برصاص قوات الاحتلال في نابلس", "قتل", ["ISR MIL"], ["PSE CVL"], 1),
    ],
)
def test_assemble_one_killed_and_shot_by(ex, text, trigger, actors, targets, fatalities):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        ("قررت السلطات تعليق بث قناة تلفزيونية خاصة لمدة شهر", "COERCE", "censor"),
        ("وصلت دفعة جديدة من القوات الكينية إلى العاصمة الهايتية", "MOBILIZE", "troops"),
        ("أعلنت الحركة منع النساء من العمل في المنظمات الإنسانية", "COERCE", "restrict"),
        ("انتشرت قوات الأمن في شوارع العاصمة بعد الاحتجاجات", "MOBILIZE", "police"),
    ],
)
def test_assemble_broadcasts_suspended_women_barred_and_forces_arriving(ex, text, etype, mode):
    assert (etype, mode) in [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)]


@pytest.mark.parametrize(
    "text, etype, trigger, expected",
    [
        # a toll denied is no toll
        ("لم يسفر الهجوم عن مقتل أحد", "ASSAULT", "الهجوم", ("asserted", None)),
        # a country before "مقتل" is who reports it, not one person killed
        ("أكدت أوكرانيا مقتل جنودها في القصف", "ASSAULT", "القصف", ("asserted", None)),
        # the act agreed to is the first after "على": what is condemned is no plan
        ("اتفق الوزراء على إدانة الهجوم على السفارة", "ASSAULT", "الهجوم", ("asserted", None)),
        # "لن" / "لا" before "أي": one that may come
        ("لن يتسامح الجيش مع أي هجوم على قواته", "ASSAULT", "هجوم", ("possible", None)),
        ("لا تستبعد السلطات وقوع أي هجوم في العاصمة", "ASSAULT", "هجوم", ("possible", None)),
    ],
)
def test_assemble_tolls_plans_and_any_acts_stay_in_their_bounds(ex, text, etype, trigger, expected):
    e = _one(ex, text, etype, trigger)
    assert (e.modality.value, e.fatalities) == expected


@pytest.mark.parametrize(
    "text, trigger",
    [
        # (the warning is the threat: the retaliation told after "من أن" is its content)
        ("حذر وزير الدفاع من أن بلاده سترد بقوة على أي هجوم على أراضيها", "حذر"),
        ("توعدت الجماعة برد حاسم على أي اعتداء على مواقعها", "توعدت"),
        ("قال المتحدث إن الجيش سيرد على أي خرق للهدنة", "سيرد"),
    ],
)
def test_assemble_a_retaliation_promised_is_a_threat_made_against_an_act_of_others(ex, text, trigger):
    events = ex.extract(text, article_date=DATE)
    threat = next(e for e in events if e.type == "THREATEN")
    assert (threat.trigger.text.startswith(trigger), threat.mode, threat.modality.value) == (
        True, "violence", "asserted")
    (act,) = [e for e in events if e.type != "THREATEN"]
    assert (act.modality.value, act.actors) == ("possible", ())


def test_assemble_any_talks_one_refuses_are_still_ones_own(ex):
    # (talks refused are a rejection: type.refused-talks)
    e = _one(ex, "قالت الحكومة إنها لن تشارك في أي مشاورات جديدة مع المتمردين", "REJECT", "مشاورات")
    assert _codes(e.actors) == ["--- GOV"] and e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, etype, target, codes",
    [
        # people or property no lexicon names, right after the verb and its subject
        ("قتل مسلحون حطابا في ولاية بورنو", "ASSAULT", "حطابا", ["NGA CVL"]),
        ("هدمت الجرافات الإسرائيلية حظيرتين في قرية قرب الخليل", "COERCE", "حظيرتين", ["PSE CVL"]),
        # past a count, with the nationality after it
        ("خطف مسلحون مجهولون ثلاثة فنيين أتراك في ليبيا", "ASSAULT", "فنيين أتراك", ["TUR CVL"]),
        # one arrested by his title, his name unknown to the lexicons
        ("اعتقلت السلطات البحرينية الشيخ حسن المطوع في المنامة", "COERCE", "الشيخ", ["BHR CVL"]),
        # a broken plural after its count, also after a noun's preposition
        ("اعتقلت قوات الأمن ثلاثة سماسرة في القاهرة", "COERCE", "سماسرة", ["EGY CVL"]),
        ("ألقت قوات الأمن القبض على أربعة سماسرة في الإسكندرية", "COERCE", "سماسرة", ["EGY CVL"]),
        # the released after "عن" or "سراح"
        ("أفرجت جماعة مسلحة عن 15 عاملا مصريا في ليبيا", "RETREAT", "عاملا مصريا", ["EGY CVL"]),
        ("أطلقت جماعة مسلحة سراح 15 عاملا مصريا في ليبيا", "RETREAT", "عاملا مصريا", ["EGY CVL"]),
    ],
)
def test_assemble_an_object_no_lexicon_names_is_the_target(ex, text, etype, target, codes):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert ([t.text for t in e.targets], _codes(e.targets)) == ([target], codes)
    assert "slot.unlisted" in e.rules


@pytest.mark.parametrize(
    "text",
    [
        "اغتال مسلحون على دراجة نارية قائدا في مدينة بيشاور",  # how they came
        "سيطر المتمردون على مدينة الحزم بعد قتال عنيف",  # ground taken
        "اعترضت الدفاعات الجوية صاروخين فوق المدينة",  # craft downed
    ],
)
def test_assemble_no_unlisted_object_where_none_is_attacked(ex, text):
    assert all("slot.unlisted" not in e.rules for e in ex.extract(text, article_date=DATE))


@pytest.mark.parametrize(
    "text, actors, mode",
    [
        # "بنيران" past the count and the ones killed names who shot
        ("قتل سبعة مدنيين بينهم ثلاثة أطفال بنيران مدفعية الجيش في ولاية كردفان", ["SDN MIL"], "heavy-weapons"),
        # (the forces' fire at protesters is force against them)
        ("قتل 12 متظاهرا بنيران قوات الأمن في مدينة البصرة", ["IRQ COP"], "crowd-control"),
    ],
)
def test_assemble_the_fire_of_a_side_after_the_killed_is_its_act(ex, text, actors, mode):
    (e,) = ex.extract(text, article_date=DATE)
    assert (_codes(e.actors), e.mode) == (actors, mode)


def test_assemble_a_datelines_city_is_no_place_when_the_event_names_one(ex):
    text = "الخرطوم - أ ف ب: قتل خمسة مدنيين بينهم طفلان بنيران قوات الدعم السريع في مدينة الفاشر"
    (e,) = ex.extract(text, article_date=DATE)
    assert e.place is not None and e.place.name == "El Fasher"
    (e,) = ex.extract("الخرطوم (رويترز) - قتل خمسة مدنيين في قصف مدفعي", article_date=DATE)
    assert e.place is not None and e.place.text == "الخرطوم"  # the only one named


def test_assemble_an_attack_near_a_match_is_still_one(ex):
    text = "قتل ثلاثة مشجعين في تفجير قرب ملعب لكرة القدم خلال مباراة في الدوري المحلي"
    assert [(e.type, e.fatalities) for e in ex.extract(text, article_date=DATE)] == [("ASSAULT", 3)]
    text = "اقتحم مسلحون الملعب خلال المباراة وقتلوا ثلاثة مشجعين"
    assert [(e.type, e.fatalities) for e in ex.extract(text, article_date=DATE)] == [("ASSAULT", 3)]


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # a time between a verb's words, with its subject or without
        ("أطلقت الحكومة الإثيوبية اليوم سراح عشرين أسيرا", "RETREAT", "أطلقت", ["أسيرا"]),
        ("طردت الحكومة يوم الأحد ثلاثة دبلوماسيين", "SANCTION", "طردت", ["دبلوماسيين"]),
        ("قال الجيش إن المسلحين سيطروا أمس على بلدة في ولاية زمفارا", "ASSAULT", "سيطروا", []),
        # and words of manner after it
        ("سيطرت القوات الحكومية أمس بشكل كامل على بلدة في ولاية زمفارا", "ASSAULT", "سيطرت", []),
        ("سيطرت القوات الحكومية بصورة تامة على بلدة في ولاية زمفارا", "ASSAULT", "سيطرت", []),
        # (with the subject before the verb)
        ("قالت الحكومة إن قواتها سيطرت بالكامل على مدينة ميكيلي", "ASSAULT", "سيطرت", []),
        ("أعلن الجيش أن وحداته سيطرت تماما على البلدة", "ASSAULT", "سيطرت", []),
        # or between an act and its object
        ("قضت محكمة جزائرية أمس بسجن الناشط عاما", "SANCTION", "بسجن", ["الناشط"]),
    ],
)
def test_assemble_a_time_between_the_words_of_an_act_breaks_nothing(ex, text, etype, trigger, targets):
    e = _one(ex, text, etype, trigger)
    assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, actors, targets, fatalities",
    [
        # the one killed with its adjective, then who shot
        ("قتل جندي أرميني برصاص قناص أذربيجاني على خط التماس", ["AZE ---"], ["ARM MIL"], 1),
        # the killed before an attack with a preposition are its victims, not who made it (one
        # code per conjunct)
        ("مقتل ضابط وثلاثة مجندين مصريين بانفجار عبوة ناسفة في العريش", [], ["EGY MIL", "EGY MIL"], 4),
        # one more joined to a count, one joined to one
        ("قتل ثلاثة مسلحين وجندي هندي في تبادل لإطلاق النار في كشمير", [], ["--- REB", "IND MIL"], 4),
        ("مقتل ضابط وجندي بانفجار لغم في ولاية كسلا", [], ["SDN MIL", "SDN MIL"], 2),
    ],
)
def test_assemble_the_killed_counted_and_kept_apart_from_the_killers(ex, text, actors, targets, fatalities):
    (e,) = ex.extract(text, article_date=DATE)
    assert (_codes(e.actors), _codes(e.targets), e.fatalities) == (actors, targets, fatalities)


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        ("أقدم مسلحون مجهولون على اختطاف رئيس بلدية في ولاية زمفارا", "اختطاف", ["--- REB"], ["NGA GOV"]),
        ("تمكنت قوات الأمن من اعتقال قيادي في تنظيم داعش", "اعتقال", ["--- COP"], ["--- REB"]),
    ],
)
def test_assemble_who_undertook_or_managed_an_act_did_it(ex, text, trigger, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text.startswith(trigger))
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)
    assert "slot.undertaker" in e.rules


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # who is called on would act
        ("دعا مجلس الأمن الأطراف اليمنية إلى الالتزام بوقف إطلاق النار", "RETREAT", ["YEM ---"]),
        ("حث الاتحاد الأفريقي الحكومة الإثيوبية على سحب قواتها من الإقليم", "RETREAT", ["ETH GOV"]),
        # not whom the act is for, nor one the call does not name
        ("طالبت المنظمة بالإفراج عن المعتقلين السياسيين", "RETREAT", []),
        ("دعا الأمين العام إلى وقف فوري لإطلاق النار في غزة", "RETREAT", []),
    ],
)
def test_assemble_who_is_called_on_acts_in_the_act_called_for(ex, text, etype, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert e.modality == ce.Modality.REQUESTED and _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a diplomat summoned to be protested to: the state's accusation, no street protest
        ("استدعت الخارجية الإيرانية دبلوماسيا بريطانيا للاحتجاج على تصريحات السفير", ["IRN GOV"], ["GBR GOV"]),
        ("استدعت وزارة الخارجية المغربية القائم بالأعمال الجزائري", ["MAR GOV"], ["DZA GOV"]),
        # with the subject carried from the verb before, past the noun of another act
        ("أدانت باكستان القصف الهندي لقرى في كشمير، واستدعت دبلوماسيا هنديا للاحتجاج", ["PAK GOV"],
         ["IND GOV"]),
    ],
)
def test_assemble_a_diplomat_summoned_is_an_accusation(ex, text, actors, targets):
    e = ex.extract(text, article_date=DATE)[-1]
    assert (e.type, _codes(e.actors), _codes(e.targets)) == ("ACCUSE", actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # the own envoy recalled from where he serves: a withdrawal, aimed at the host state
        ("استدعت تونس سفيرها لدى ليبيا احتجاجا على قصف الحدود", ["LBY GOV"]),
        ("قرر المجلس الوزاري استدعاء سفيره في أنقرة للتشاور", ["TUR GOV"]),
        ("سحبت الكويت سفيرها من دمشق أمس", ["SYR GOV"]),
    ],
)
def test_assemble_an_own_envoy_recalled_is_a_withdrawal(ex, text, targets):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode, _codes(e.targets)) for e in events] == [("SANCTION", "withdraw", targets)]


def test_assemble_another_states_envoy_summoned_is_no_withdrawal(ex):
    events = ex.extract("قررت الحكومة استدعاء سفير النرويج للاحتجاج على حرق المصحف", article_date=DATE)
    assert [(e.type, _codes(e.targets)) for e in events] == [("ACCUSE", ["NOR GOV"])]


@pytest.mark.parametrize(
    "text, etype, mode, actors",
    [
        ("نظم مئات الطلاب مسيرة في وسط العاصمة للمطالبة بالإفراج عن زملائهم", "PROTEST", "demo", ["--- OPP"]),
        ("رشق شبان فلسطينيون دورية إسرائيلية بالحجارة قرب رام الله", "ASSAULT", "primitive", ["PSE CVL"]),
        ("شن رئيس الحزب هجوما حادا على الحكومة بسبب الغلاء", "ACCUSE", "disapprove", None),
        # a noun with its pronoun, then a preposition: his hunger strike
        ("يواصل الأسير الفلسطيني إضرابه عن الطعام لليوم العشرين", "PROTEST", "hunger", ["PSE CVL"]),
    ],
)
def test_assemble_marches_organised_stones_thrown_and_attacks_in_words(ex, text, etype, mode, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert e.mode == mode and (actors is None or _codes(e.actors) == actors)


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # a plan on a condition may come, or not
        ("قال الرئيس إن بلاده ستشن عملية عسكرية جديدة في الشمال إذا انهار وقف إطلاق النار", "ASSAULT",
         None),
        # what one may do is one's own act, past a long subject
        ("قد تلجأ الحكومة الفيدرالية الإثيوبية إلى نشر قوات إضافية في الإقليم", "MOBILIZE", ["ETH GOV"]),
    ],
)
def test_assemble_plans_on_a_condition_and_acts_one_may_do_are_possible(ex, text, etype, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert e.modality == ce.Modality.POSSIBLE and (actors is None or _codes(e.actors) == actors)


def test_assemble_a_patron_named_after_a_side_is_not_its_actor(ex):
    text = "قتل جندي جراء قصف الانفصاليين المدعومين من روسيا مواقع الجيش في منطقة لوغانسك"
    e = _one(ex, text, "ASSAULT", "قصف")
    assert _codes(e.actors) == ["UKR REB"]


def test_assemble_the_government_of_a_region_is_one_actor(ex):
    e = _one(ex, "اتفقت الحكومة العراقية وحكومة إقليم كردستان على تقاسم الإيرادات", "AGREE", "اتفقت")
    assert [t.text for t in e.targets] == ["حكومة إقليم كردستان"] and e.place is None


def test_assemble_a_hold_told_as_a_past_state_is_no_arrest(ex):
    text = "سلمت الهيئة أمس سبعة من عناصر الجيش كانت تحتجزهم في صفقة تبادل"
    assert "COERCE" not in _types(ex, text)


def test_assemble_the_accused_past_a_long_accuser_did_the_act(ex):
    text = "واتهمت وزارة الدفاع التركية في بيان وحدات حماية الشعب الكردية بتنفيذ التفجير"
    e = _one(ex, text, "ASSAULT", "التفجير")
    assert _codes(e.actors) == ["SYR REB"] and "slot.accused" in e.rules


def test_assemble_a_verb_joined_to_an_accusation_is_the_accusers(ex):
    text = "اتهمت وزارة الخارجية الروسية الولايات المتحدة بدعم الإرهابيين وطالبت واشنطن بوقف تسليح المعارضة"
    e = _one(ex, text, "REQUEST", "طالبت")
    assert _codes(e.actors) == ["RUS GOV"] and _codes(e.targets) == ["USA GOV"]
    assert "slot.accused" not in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # "طالب" beside its subject, whatever the subject's first word
        ("طالب المجلس العسكري الحاكم في النيجر فرنسا بسحب قواتها", "طالب", ["NER GOV"], ["FRA GOV"]),
        ("طالب المجلس الرئاسي في طرابلس بعثة الأمم المتحدة بالتحقيق في القصف", "طالب", ["LBY GOV"],
         ["UNO UNO"]),
        # an order is a demand of whom it is given to, who is to carry it out
        ("وأمر الرئيس القوات المسلحة باستئناف القصف الجوي لمعسكرات المتمردين", "أمر", ["--- GOV"], ["--- MIL"]),
        # after a joined verb, one's own forces are the object
        ("وأعلن الرئيس السوداني وقفا لإطلاق النار، وأمر قواته بحماية المدنيين", "أمر", ["SDN GOV"], ["SDN MIL"]),
    ],
)
def test_assemble_demands_and_orders(ex, text, trigger, actors, targets):
    e = _one(ex, text, "REQUEST", trigger)
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


def test_assemble_a_joined_verb_shares_the_subject_of_a_light_verb_before(ex):
    text = "اشتبك محتجون مع قوات الأمن في وسط المدينة، وأطلقت الشرطة الغاز المسيل للدموع واعتقلت 30 شخصا"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert _codes(e.actors) == ["--- COP"]


@pytest.mark.parametrize(
    "text, place",
    [
        # names in quotes after a gang or a channel are no places
        ('قتل 12 شخصا في اشتباكات بين عصابتي "سينالوا" و"خاليسكو" في ولاية ميتشواكان', "Michoacán"),
        ('نقلت صحيفة "عدن الغد" أن مسلحين هاجموا نقطة أمنية', None),
    ],
)
def test_assemble_a_name_in_quotes_after_a_gang_or_a_channel(ex, text, place):
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.place and e.place.name) == place


def test_assemble_a_road_closed_by_forces_restricts_movement(ex):
    e = _one(ex, "قطعت القوات الإسرائيلية الطريق بين رام الله ونابلس", "COERCE", "قطعت")
    assert e.mode == "restrict" and "type.closed-by-forces" in e.rules


@pytest.mark.parametrize(
    "text, etype, trigger, mode",
    [
        # craft shot down or intercepted by fighters: no air strike
        ("اعترضت مقاتلات إسرائيلية طائرة مسيرة فوق الجولان", "ASSAULT", "اعترضت", None),
        ("أسقطت المقاتلات التركية طائرة روسية قرب الحدود", "ASSAULT", "أسقطت", None),
    ],
)
def test_assemble_fighters_that_intercept_strike_no_one(ex, text, etype, trigger, mode):
    assert _one(ex, text, etype, trigger).mode == mode


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        ("انفجرت سيارة مفخخة في العاصمة اليمنية المؤقتة عدن", "ASSAULT", "سيارة مفخخة", "عدن"),
        ("تظاهر الآلاف بالعاصمة العراقية ضد الفساد", "PROTEST", "تظاهر", "بالعاصمة العراقية"),
        ("التقى الوزير خلال زيارته لموسكو نظيره الروسي", "CONSULT", "زيارته", "لموسكو"),
        ("نفت الخارجية الإيرانية أي تورط لطهران في الهجوم على القاعدة الأمريكية في الأردن", "ASSAULT", "الهجوم",
         "الأردن"),
        # "بين" names places on a road only
        ("اندلعت اشتباكات بين عمران وأنصاره في صنعاء", "ASSAULT", "اشتباكات", "صنعاء"),
    ],
)
def test_assemble_capitals_visited_named_or_involved(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert e.place is not None and e.place.text.endswith(place)


def test_assemble_no_date_numbers_join_a_toll(ex):
    e = _one(ex, "قتل جندي في اشتباكات يومي 12 و13 من الشهر الماضي", "ASSAULT", "اشتباكات")
    assert e.fatalities == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        # the operation arrests were made during is no attack of its own
        ("اعتقلت قوات الأمن 15 مشتبها بهم خلال عملية أمنية في كركوك", ["COERCE"]),
        # "ومنحه" is "and gave him", a grant is written "منحة"
        ("طردت الحكومة السفير الفرنسي ومنحه 72 ساعة لمغادرة البلاد", ["SANCTION"]),
        ("قدمت اليابان منحة بقيمة عشرة ملايين دولار لليمن", ["AID"]),
    ],
)
def test_assemble_operations_of_arrests_and_grants(ex, text, expected):
    assert _types(ex, text) == expected


def test_assemble_a_joined_kill_verb_tells_the_attacks_toll(ex):
    text = "هاجم مسلحون قرية في ولاية بورنو، وقتلوا 11 مزارعا وأحرقوا عشرات المنازل"
    events = ex.extract(text, article_date=DATE)
    attack = next(e for e in events if e.trigger.text == "هاجم")
    burning = next(e for e in events if e.trigger.text == "أحرقوا")
    assert (attack.fatalities, burning.fatalities) == (11, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "متهمة بـ" is accused of, an adjective of the companies: no accusation
        ("فرضت واشنطن عقوبات على 12 شركة روسية متهمة بمساعدة موسكو", ["SANCTION"]),
        # what an accusation says is no second one
        ("نفى الجيش قصف المخيم متهما المتمردين بتلفيق الاتهامات", ["ASSAULT", "ACCUSE"]),
        # a light verb's noun may follow a place in its clause
        ("فرضت السلطات في ولاية جنوب دارفور حظر تجول شاملا", ["COERCE"]),
    ],
)
def test_assemble_participles_accused_and_light_verbs_past_a_place(ex, text, expected):
    assert _types(ex, text) == expected


def test_assemble_a_threat_past_a_long_name_keeps_its_content(ex):
    text = "هدد زعيم جماعة أنصار الله عبد الملك الحوثي باستهداف منشآت نفطية سعودية"
    assert _types(ex, text) == ["THREATEN"]


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # a plural that keeps its ن heads no construct: what follows is the verb's object
        ("اقتحم مستوطنون المسجد الأقصى صباح اليوم", "اقتحم", ["ISR CVL"], []),
        # a verbal noun's genitive is its agent when the object follows it
        ("نددت الوزارة باقتحام مستوطنين للمسجد الأقصى", "باقتحام", ["ISR CVL"], []),
        ("دانت الجامعة العربية اقتحام مستوطنين باحات المسجد الأقصى", "اقتحام", ["ISR CVL"], []),
        ("أدانت الحركة اعتقال الشرطة العراقية لناشطين في البصرة", "اعتقال", ["IRQ COP"], None),
        # a definite armed force, then a count or an indefinite phrase: the force acts on it
        ("أدان الحزب اعتقال الشرطة ثلاثة صحفيين في القاهرة", "اعتقال", ["EGY COP"], ["EGY JRN"]),
        ("ونددت اللجنة باقتحام قوات الاحتلال منازل في نابلس فجر اليوم", "باقتحام", ["ISR MIL"], ["PSE CVL"]),
    ],
)
def test_assemble_the_agent_of_a_verbal_noun_and_plurals_keeping_nun(ex, text, trigger, actors, targets):
    e = _check(ex, text, "COERCE", trigger, actors, targets)
    assert e.place is not None


def test_assemble_a_verbal_nouns_genitive_with_nothing_after_is_its_object(ex):
    e = _one(ex, "أدانت المنظمة اعتقال قائد الشرطة أمس في بغداد", "COERCE", "اعتقال")
    assert (e.actors, _codes(e.targets)) == ((), ["IRQ COP"])


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        ("وكشفت الصحيفة عن اعتقال الأمن عشرات الطلاب في جامعة طهران", "COERCE", "اعتقال"),
        ("وتحدثت تقارير محلية عن اشتباكات عنيفة في ضواحي مدينة الفاشر", "ASSAULT", "اشتباكات"),
    ],
)
def test_assemble_what_is_revealed_or_told_of_happened(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert e.modality.value == "asserted"


def test_assemble_who_plants_a_mine_made_its_blast(ex):
    e = _one(ex, "قتل خمسة أطفال في انفجار لغم أرضي زرعه الحوثيون في مديرية حيس", "ASSAULT", "انفجار")
    assert _codes(e.actors) == ["YEM REB"]


def test_assemble_an_adjective_plural_still_joins_its_noun(ex):
    e = _one(ex, "اختطف مسلحون حوثيون عشرة مدنيين في محافظة البيضاء", "ASSAULT", "اختطف")
    assert [a.text for a in e.actors] == ["مسلحون حوثيون"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a past verb with its agent after "من قبل / على يد" is a passive
        ("اعتقل عشرات الطلاب من قبل الشرطة في طهران", "COERCE", "اعتقل", ["IRN COP"], ["IRN CVL"]),
        ("اختطف صحفي فرنسي على يد عصابة مسلحة في هايتي", "ASSAULT", "اختطف", ["HTI REB"], ["FRA JRN"]),
        # "من جانب X" is by X ("من جانبها" is for its part)
        ("تعرضت بلدة قرب لوغانسك لقصف مدفعي من جانب الانفصاليين صباح الاثنين", "ASSAULT", "قصف",
         ["UKR REB"], None),
    ],
)
def test_assemble_agents_after_min_qibal_and_min_janib(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_min_janibiha_is_for_its_part_and_min_qabl_before(ex):
    events = ex.extract("قالت الوزارة من جانبها إن القوات اعتقلت عشرة مسلحين كانوا قد هربوا من قبل", article_date=DATE)
    arrest = next(e for e in events if e.trigger.text == "اعتقلت")
    assert ([a.text for a in arrest.actors], [a.text for a in arrest.targets]) == (["القوات"], ["مسلحين"])


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a claim of the attack told before names who made it: one event
        ("هاجم مسلحون ثكنة للجيش في ولاية تيلابيري وتبنى تنظيم داعش الهجوم", "هاجم",
         ["--- REB", "NER REB"]),
        ("قتل ستة جنود في هجوم على حاجز أمني قرب العريش، وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم",
         "هجوم", ["--- REB"]),
        # by a pronoun
        ("قتل ستة جنود في انفجار عبوة ناسفة جنوب الصومال، وتبنت حركة الشباب المسؤولية عنه", "انفجار",
         ["SOM REB"]),
        ("انفجرت عبوة ناسفة بدورية للشرطة في مقديشو، وأعلنت حركة الشباب مسؤوليتها عنه", "عبوة",
         ["SOM REB"]),
        ("فجر انتحاري نفسه في سوق شعبي بالموصل وتبنت جماعة متشددة التفجير", "فجر",
         ["IRQ REB", "IRQ REB"]),
        # past a name in quotes
        ("قتل عشرة جنود في هجوم على معسكر للجيش في أبين، وتبنى تنظيم «أنصار الشريعة» الهجوم", "هجوم",
         ["YEM REB"]),
    ],
)
def test_assemble_a_claim_of_an_attack_told_before_is_its_actor(ex, text, trigger, actors):
    events = ex.extract(text, article_date=DATE)
    assert [trigger in e.trigger.text for e in events] == [True]
    assert _codes(events[0].actors) == actors


@pytest.mark.parametrize(
    "text, targets, fatalities",
    [
        ("استعادت القوات الحكومية السيطرة على مدينة سرت بعد معارك عنيفة مع مسلحي تنظيم داعش", ["--- REB"], None),
        ("سيطر مقاتلو الحركة على بلدة في ولاية هلمند إثر اشتباكات مع الجيش الأفغاني قتل فيها 12 جنديا",
         ["AFG MIL"], 12),
    ],
)
def test_assemble_the_fighting_by_which_a_place_was_taken_is_told_apart(ex, text, targets, fatalities):
    # two mentions: the taking, from whom it was fought, and the fighting with its toll
    taking, fighting = ex.extract(text, article_date=DATE)
    assert "acled.territory" in taking.rules and (_codes(taking.targets), taking.fatalities) == (targets, None)
    assert (_codes(fighting.targets), fighting.fatalities) == (targets, fatalities)
    assert _codes(fighting.actors) == _codes(taking.actors)


def test_assemble_a_claim_after_a_place_taken_by_fighting_joins_the_fighting(ex):
    text = "سيطر مسلحو الحركة على بلدة في ولاية هلمند بعد معارك مع الجيش، وتبنت الحركة الهجوم"
    taking, fighting = ex.extract(text, article_date=DATE)
    assert "merge.claim" in fighting.rules and "merge.claim" not in taking.rules


@pytest.mark.parametrize(
    "text, sub_event",
    [
        ("سيطرت قوات الدعم السريع على مدينة ود مدني", "Non-state actor overtakes territory"),
        ("سيطر الجيش السوداني على مدينة ود مدني", "Government regains territory"),
        ("استعاد مقاتلو حركة الشباب بلدة في جنوب الصومال", "Non-state actor overtakes territory"),
        ("استعاد الجيش الصومالي بلدة في جنوب الصومال", "Government regains territory"),
    ],
)
def test_assemble_who_takes_a_place_gives_the_acled_sub_event(ex, text, sub_event):
    (e,) = ex.extract(text, article_date=DATE)
    assert e.acled == ("Battles", sub_event)


def test_assemble_a_clauses_subject_before_a_kill_verb_made_the_attack(ex):
    text = "قال الجيش إن الطائرات الحربية قتلت عشرات من المسلحين في غارات على مخابئهم شمال نيجيريا"
    e = _one(ex, text, "ASSAULT", "غارات")
    assert [a.text for a in e.actors] == ["الطائرات الحربية"]



def test_assemble_the_genitive_of_a_sentence_is_the_one_sentenced(ex):
    e = _one(ex, "أيدت محكمة الاستئناف حكما بسجن الناشط خمس سنوات", "SANCTION", "بسجن")
    assert [a.text for a in e.actors] != ["الناشط"]


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # loyal to a state is not that state's own
        ("قتل ثلاثة مدنيين في قصف للانفصاليين الموالين لروسيا على مدينة دونيتسك", "قصف", ["UKR REB"], None),
        ("هاجمت القوات الموالية لإيران قاعدة عسكرية في دير الزور", "هاجمت", ["SYR MIL"], ["SYR MIL"]),
        # loyal to a government named by its capital is of that state
        ("قال الوزير إن قوات موالية لحكومة طرابلس هاجمت مواقع قوات حفتر", "هاجمت", ["LBY MIL"], None),
    ],
)
def test_assemble_forces_loyal_to_a_state(ex, text, trigger, actors, targets):
    _check(ex, text, "ASSAULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # participles of demand, refusal and condemnation after a clause are its subject's acts
        ("تظاهر آلاف الماليين في باماكو مطالبين برحيل القوات الفرنسية", "REQUEST", "مطالبين", ["MLI CVL"], None),
        ("أعلنت الحكومة السودانية تمسكها بشروطها رافضة أي وساطة جديدة", "REJECT", "رافضة", ["SDN GOV"], None),
        ("أصدرت الخارجية الأردنية بيانا منددة باعتقال الصحفيين", "ACCUSE", "منددة", ["JOR GOV"], None),
        # who denies or rejects accusations is their target, and they were made
        ("نفت موسكو الاتهامات البريطانية بشن هجمات إلكترونية", "ACCUSE", "الاتهامات", ["GBR GOV"], ["RUS GOV"]),
        # a protest's actor is the protesters the sentence names, not the forces arresting them
        ("اعتقلت قوات الأمن العراقية عشرين متظاهرا خلال تظاهرة في البصرة", "PROTEST", "تظاهرة", ["IRQ OPP"], None),
    ],
)
def test_assemble_participles_deniers_and_protesters(ex, text, etype, trigger, actors, targets):
    e = _check(ex, text, etype, trigger, actors, targets)
    if trigger == "الاتهامات":
        assert e.modality == ce.Modality.ASSERTED



def test_assemble_unless_is_a_condition_not_a_negation(ex):
    text = "هدد التحالف بشن غارات على المدينة ما لم ينسحب المسلحون منها"
    e = _one(ex, text, "RETREAT", "ينسحب")
    assert e.modality == ce.Modality.POSSIBLE


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        ("اعتقل جهاز الأمن الفيدرالي الروسي ثلاثة أشخاص في موسكو", "COERCE", "اعتقل", ["RUS SPY"], None),
        ("هاجم مسلحون مقر حزب الدعوة في الناصرية", "ASSAULT", "هاجم", None, ["IRQ PTY"]),
        ("رفض مجلس صيانة الدستور ترشح مئات الإصلاحيين", "REJECT", "رفض", ["IRN GOV"], None),
    ],
)
def test_assemble_security_services_parties_and_councils(ex, text, etype, trigger, actors, targets):
    events = ex.extract(text, article_date=DATE)
    e = next((e for e in events if trigger in e.trigger.text), None)
    assert e is not None, [(x.type, x.trigger.text) for x in events]
    if actors is not None:
        assert _codes(e.actors) == actors
    if targets is not None:
        assert _codes(e.targets) == targets


def test_assemble_a_cue_inside_a_name_is_none(ex):
    # "حزب الدعوة" is a party: no call ("الدعوة") for what follows
    events = ex.extract("أحرق محتجون مقر حزب الدعوة في الناصرية", article_date=DATE)
    assert "REQUEST" not in [e.type for e in events]
    assert all(e.modality == ce.Modality.ASSERTED for e in events)


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # who launched what is intercepted is the target
        ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته ميليشيا الحوثي باتجاه جازان",
         "اعترضت", ["SAU MIL"], ["YEM REB"]),
        ("قال المتحدث إن الدفاعات الجوية اعترضت صاروخا أطلقه الحوثيون باتجاه نجران",
         "اعترضت", ["SAU MIL"], ["YEM REB"]),
        # the subject of a downing may name whose it is ("التابعة لـ")
        ("أسقطت الدفاعات الجوية التابعة للحرس الثوري طائرة مسيرة أمريكية فوق مضيق هرمز",
         "أسقطت", ["IRN MIL"], ["USA MIL"]),
        # a country's name in "ية" agreeing with the noun is its adjective
        ("قصفت الطائرات السعودية مواقع الحوثيين في صعدة", "قصفت", ["SAU MIL"], ["YEM REB"]),
    ],
)
def test_assemble_interceptions_and_country_adjectives(ex, text, trigger, actors, targets):
    _check(ex, text, "ASSAULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, mode, actors, targets, fatalities",
    [
        ("قطع مسلحون رؤوس خمسة أشخاص في قرية بإقليم كابو ديلغادو", "ASSAULT", "primitive", ["MOZ REB"], None,
         None),
        ("يبدأ وزير الخارجية الإيراني غدا جولة خليجية تشمل الكويت", "CONSULT", "visit", ["IRN GOV"], None, None),
        ("أعلن الانفصاليون وقفا أحادي الجانب لإطلاق النار لمدة أسبوع", "RETREAT", "ceasefire", None, None, None),
        ("خرج آلاف الجزائريين يوم الجمعة في مسيرات بمدينة وهران", "PROTEST", "demo", ["DZA CVL"], None, None),
        # two protesters killed by the fire of the forces after them (force against protesters)
        ("قتل متظاهران اثنان برصاص قوات الأمن في مدينة الناصرية", "ASSAULT", "crowd-control", ["IRQ COP"], ["IRQ OPP"],
         2),
    ],
)
def test_assemble_beheadings_tours_split_ceasefires_and_dual_victims(ex, text, etype, mode, actors, targets,
                                                                     fatalities):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [(etype, mode)]
    if actors is not None:
        assert _codes(events[0].actors) == actors
    if targets is not None:
        assert _codes(events[0].targets) == targets
    assert events[0].fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # who speaks during a call of his own holds it
        ("أكد وزير الخارجية السوري خلال اتصال هاتفي مع نظيره الإيراني دعم بلاده", "CONSULT", "اتصال",
         ["SYR GOV"], ["IRN GOV"]),
        # a title with a sector heads the body after it, which gives the sector (and, a
        # parliament acting at home, the state of the parties it accuses)
        ("اتهم رئيس البرلمان العراقي الكتل السياسية بعرقلة تشكيل الحكومة", "ACCUSE", "اتهم",
         ["IRQ LEG"], ["IRQ PTY"]),
    ],
)
def test_assemble_speakers_in_their_call_and_heads_of_bodies(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # the seat after a court is no subject of its light verb
        ("أيدت محكمة الاستئناف بالجزائر العاصمة حكما بسجن الناشط عاما", "SANCTION", "بسجن", ["DZA JUD"], None),
        # a named armed group is not a state body of the country after it
        ("اتهمت جبهة البوليساريو المغرب بخرق اتفاق وقف إطلاق النار", "ACCUSE", "اتهمت", ["ESH REB"], ["MAR GOV"]),
        # the authorities of the state whose forces the noun names
        ("أدان المجلس الوطني الفلسطيني هدم سلطات الاحتلال منازل في القدس", "COERCE", "هدم", ["ISR GOV"], None),
        ("اعتدت عناصر من شرطة الاحتلال بالضرب على مصلين في القدس المحتلة", "ASSAULT", "اعتدت", ["ISR COP"], None),
        # a march named with its adjective is the protest, whoever takes part
        ("شارك آلاف الطلاب في مسيرة سلمية جابت شوارع مدينة السليمانية", "PROTEST", "مسيرة", None, None),
    ],
)
def test_assemble_courts_named_groups_authorities_and_marches(ex, text, etype, trigger, actors, targets):
    events = ex.extract(text, article_date=DATE)
    assert "SUPPORT" not in [e.type for e in events]
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_date_after_a_verb_is_not_its_objects(ex):
    text = "أدان المجلس الوطني الفلسطيني اليوم الثلاثاء هدم سلطات الاحتلال منازل في القدس"
    condemn, demolition = (_one(ex, text, t, w) for t, w in (("ACCUSE", "أدان"), ("COERCE", "هدم")))
    assert condemn.date is not None and demolition.date is None


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a split act with a place between its subject and the rest of its words
        ("أطلقت السلطات الإثيوبية في أديس أبابا سراح 20 صحفيا", "RETREAT", "أطلقت", ["ETH GOV"], ["ETH JRN"]),
        # the object after the rest of the act's words, or after a time expression
        ("جمد الاتحاد الأوروبي أصول عدد من المسؤولين الروس", "SANCTION", "جمد", ["IGO IGO"], ["RUS GOV"]),
        ("أطلقت العصابة سراح ثلاثة من الرهائن في بورت أو برنس", "RETREAT", "أطلقت", ["HTI REB"], ["HTI CVL"]),
        ("اعتقلت قوات الاحتلال فجر اليوم ثلاثة عشر فلسطينيا في الخليل", "COERCE", "اعتقلت", ["ISR MIL"],
         ["PSE CVL"]),
        # staff of a body and missionaries
        ("اختطفت عصابة مسلحة سبعة مبشرين في ضواحي بورت أو برنس", "ASSAULT", "اختطفت", ["HTI REB"], ["HTI REL"]),
        ("خطف مسلحون أربعة موظفين في منظمة إغاثة محلية شمال مالي", "ASSAULT", "خطف", ["MLI REB"], ["MLI CVL"]),
        # a country inside a place's name is not what a launch hits
        ("أطلقت كوريا الشمالية صاروخا باليستيا باتجاه بحر اليابان", "ASSAULT", "أطلقت", ["PRK GOV"], []),
    ],
)
def test_assemble_split_acts_objects_past_time_and_staff(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, trigger, mode, actors, fatalities",
    [
        # the killers' group past its adjective, a count, and blades
        ("قتل مسلحون من تحالف القوى الديمقراطية المتمردة ما لا يقل عن 22 مدنيا بالسواطير في هجوم ليلي على قرية",
         "هجوم", "primitive", ["COD REB"], 22),
        ("قالت البعثة إن متمردي القوات الديمقراطية المتحالفة قتلوا 22 مدنيا في هجوم بالسواطير في إيتوري",
         "هجوم", "primitive", ["COD REB"], 22),
        # the attack named again to be claimed is the one told
        ("انفجرت عبوة ناسفة بدورية للجيش الإسرائيلي شرق رفح، في هجوم تبنته لاحقا سرايا القدس",
         "عبوة", "explosives", ["PSE REB"], None),
    ],
)
def test_assemble_killers_groups_blades_and_claims_told_again(ex, text, trigger, mode, actors, fatalities):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [trigger in e.trigger.text for e in events] == [True]
    assert (events[0].mode, _codes(events[0].actors), events[0].fatalities) == (mode, actors, fatalities)


@pytest.mark.parametrize(
    "text",
    [
        "لم تسجل البلاد أي إصابة جديدة بفيروس إيبولا منذ ثلاثة أسابيع",
        "أصيب وزير الصحة بفيروس كورونا الأسبوع الماضي",
    ],
)
def test_assemble_an_infection_is_no_assault(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, trigger, mode, actors, targets",
    [
        # a craft's model between the noun and its nationality
        ("قصفت طائرات إف-16 العراقية أوكارا لتنظيم داعش في جبال حمرين", "قصفت", "aerial", ["IRQ MIL"], ["--- REB"]),
        # strikes by drones are drone strikes
        ("شنت طائرات مسيرة تركية غارات على مواقع لحزب العمال الكردستاني شمال العراق", "غارات", "drone",
         ["TUR MIL"], None),
        # a backer inside the subject of a split act is no target
        ("سيطرت قوات النظام بدعم من الطيران الروسي على بلدة كفرنبل جنوبي إدلب", "سيطرت", None, ["SYR MIL"], []),
        # nor is a partner in a joint act
        ("نفذت القوات العراقية عملية مشتركة مع قوات التحالف في صحراء الأنبار", "عملية", None, ["IRQ MIL"], []),
    ],
)
def test_assemble_craft_models_drones_and_backers(ex, text, trigger, mode, actors, targets):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert e.mode == mode


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # talks suspended are halted negotiations
        ("أعلنت حكومة الوفاق الليبية تعليق مشاركتها في محادثات اللجنة العسكرية في جنيف", "SANCTION", "تعليق",
         ["LBY GOV"]),
        # a labour union announcing a strike of its own is the striker (a protester)
        ("أعلن اتحاد نقابات العمال في نيجيريا أنه سينفذ إضرابا عاما الأسبوع المقبل", "PROTEST", "إضرابا",
         ["NGA OPP"]),
        # Tunisia's union, by its short name too
        ("نفذ الاتحاد العام للشغل إضرابا عاما في قطاع التعليم", "PROTEST", "إضرابا", ["TUN OPP"]),
        ("دعا الاتحاد العام التونسي للشغل إلى إضراب في الموانئ", "PROTEST", "إضراب", ["TUN OPP"]),
    ],
)
def test_assemble_suspended_talks_and_labour_unions(ex, text, etype, trigger, actors):
    _check(ex, text, etype, trigger, actors, None)



@pytest.mark.parametrize(
    "text, fatalities, actors",
    [
        # protesters counted among the killed or hurt hold no protest
        ("قتل أحد المتظاهرين برصاص مجهولين في مدينة الناصرية", 1, ["--- REB"]),
        ("أصيب عشرات المتظاهرين بالرصاص الحي في بغداد", None, []),
    ],
)
def test_assemble_protesters_killed_or_hurt_are_victims(ex, text, fatalities, actors):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT"]
    assert (events[0].fatalities, _codes(events[0].actors), _codes(events[0].targets)) == (
        fatalities, actors, ["IRQ OPP"])


def test_assemble_what_an_operation_results_in_is_an_act_of_its_makers(ex):
    text = "شنت قوات الأمن الأفغانية عملية دهم بولاية هرات أسفرت عن اعتقال قيادي بارز في طالبان ومصادرة أسلحة"
    events = ex.extract(text, article_date=DATE)
    arrest = _one(ex, text, "COERCE", "اعتقال")
    assert (_codes(arrest.actors), _codes(arrest.targets)) == (["AFG COP"], ["AFG REB"])
    seizure = next(e for e in events if "مصادرة" in e.trigger.text)
    assert _codes(seizure.actors) == ["AFG COP"]


def test_assemble_an_object_after_a_date_and_its_preposition(ex):
    e = _one(ex, "أفرجت السلطات الإسرائيلية أمس عن الأسير بعد إضراب عن الطعام", "RETREAT", "أفرجت")
    assert [a.text for a in e.targets] == ["الأسير"]


def test_assemble_a_truce_whose_violations_are_denied_is_still_told(ex):
    events = ex.extract("لم تسجل أي خروقات للهدنة في محافظة إدلب منذ دخولها حيز التنفيذ", article_date=DATE)
    assert ("RETREAT", "ceasefire") in [(e.type, e.mode) for e in events]


@pytest.mark.parametrize(
    "text, etype, trigger, dated",
    [
        # a past relative clause on a noun after a preposition dates that noun, not the act
        ("قضت محكمة في موسكو بسجن ناشط خمس سنوات بسبب مشاركته في احتجاجات التي جرت الصيف الماضي",
         "SANCTION", "بسجن", False),
        ("اتهم مرشحون مجلس صيانة الدستور بإقصائهم من الانتخابات التي جرت الشهر الماضي", "ACCUSE", "اتهم",
         False),
        # right after the act it dates the act, and on the act's object the act's time
        ("أدان الاتحاد الأوروبي الهجوم الذي وقع أمس في كابل", "ASSAULT", "الهجوم", True),
        ("أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين الذين خرجوا في الخرطوم أمس", "ASSAULT",
         "أطلقت", True),
    ],
)
def test_assemble_dates_of_relative_clauses(ex, text, etype, trigger, dated):
    assert (_one(ex, text, etype, trigger).date is not None) == dated


def test_assemble_a_place_after_a_light_verb_is_not_its_subject(ex):
    e = _one(ex, "أدان الاتحاد الأوروبي الهجوم الذي وقع أمس في كابل", "ASSAULT", "الهجوم")
    assert (e.actors, e.place.name) == ((), "Kabul")


@pytest.mark.parametrize(
    "text, targets",
    [
        # a place (and a time) between a verb's subject and its object is passed over
        ("استقبل ولي العهد السعودي في قصر اليمامة أمس وزير الدفاع الأمريكي", ["USA GOV"]),
        ("اعتقلت الشرطة المغربية في مدينة الرباط عشرات الطلاب", ["MAR CVL"]),
        ("قصفت الطائرات الروسية في ريف إدلب الجنوبي مواقع للفصائل المسلحة", ["SYR REB"]),
        ("التقى الرئيس المصري في مقر الرئاسة اليوم المبعوث الأممي إلى ليبيا", ["UNO UNO"]),
        # west of a country is no direction of the place before it, nor an object
        ("أعلن جيش أراكان سيطرته على بلدة في ولاية راخين غربي ميانمار", []),
    ],
)
def test_assemble_a_place_between_subject_and_object_is_passed_over(ex, text, targets):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a threat brandished, an ultimatum given; an enemy finished off; shells that fell
        ("لوحت أنقرة بفرض عقوبات على شركات أوروبية", "THREATEN", "لوحت", ["TUR GOV"], None),
        ("أمهل الجيش السوداني المسلحين يومين لتسليم أسلحتهم", "THREATEN", "أمهل", ["SDN MIL"], ["SDN REB"]),
        ("أعلنت الشرطة أنها قضت على خلية إرهابية في سيناء", "ASSAULT", "قضت على", ["EGY COP"], ["EGY REB"]),
        ("سقط صاروخان على قاعدة عسكرية قرب أربيل", "ASSAULT", "سقط صاروخان", [], ["IRQ MIL"]),
    ],
)
def test_assemble_threats_ultimatums_and_kills_in_other_words(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_an_ultimatum_demands_its_act_of_whom_it_is_given(ex):
    events = ex.extract("أمهل الجيش السوداني المسلحين يومين لتسليم أسلحتهم", article_date=DATE)
    e = next(e for e in events if e.type == "RETREAT")
    assert (e.modality, _codes(e.actors)) == (ce.Modality.REQUESTED, ["SDN REB"])


@pytest.mark.parametrize(
    "text",
    [
        "قضت المحكمة على المتهم بالسجن عشر سنوات",  # a ruling, no kill
        "وضعت الشركة لوحا إعلانيا ضخما في الشارع",  # a board, no threat
    ],
)
def test_assemble_rulings_and_boards_are_no_kill_or_threat(ex, text):
    assert not {"ASSAULT", "THREATEN"} & {e.type for e in ex.extract(text, article_date=DATE)}


@pytest.mark.parametrize(
    "text",
    ["خففت واشنطن العقوبات عن فنزويلا", "رفع الاتحاد الأوروبي الحظر عن فنزويلا"],
)
def test_assemble_sanctions_lifted_are_a_retreat_from_whom_they_are_lifted(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, _codes(e.targets)) for e in events] == [("RETREAT", ["VEN GOV"])]


@pytest.mark.parametrize(
    "text, place",
    [
        # an indefinite adjective after a place noun names no place: "a new town"
        ("سيطر المتمردون على بلدة جديدة قرب مدينة غوما", "Goma"),
        ("قصف الجيش قرية مجاورة لمدينة الدلنج", "Dilling"),
    ],
)
def test_assemble_a_place_noun_with_a_plain_adjective_names_no_place(ex, text, place):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.place is not None and e.place.name == place


def test_assemble_legislators_who_boycott_a_session(ex):
    e = _one(ex, "قاطع نواب المعارضة جلسة البرلمان أمس", "PROTEST", "قاطع")
    assert e.mode == "boycott" and _codes(e.actors) == ["--- LEG"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who calls is the other side of the call
        ("تلقى أمير قطر اتصالا هاتفيا من الرئيس التركي", ["QAT GOV"], ["TUR GOV"]),
        # two nationalities on talks are their two sides
        ("عقد اجتماع مصري سوداني في القاهرة", ["EGY GOV"], ["SDN GOV"]),
    ],
)
def test_assemble_the_other_side_of_a_call_or_a_meeting(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


def test_assemble_words_in_quotes_do_not_end_a_clause(ex):
    # the council condemns "in the strongest terms" an attack it did not make
    events = ex.extract('أدانت الجامعة العربية "بأشد العبارات" الهجوم الذي استهدف كنيسة في القاهرة',
                        article_date=DATE)
    e = next(e for e in events if e.type == "ASSAULT")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # accusations denied: made by whom they are of, aimed at who denies them
        ("نفت حركة حماس اتهامات الجيش الإسرائيلي لها باستخدام المستشفى", ["ISR MIL"], ["PSE REB"]),
        ("نفت الحكومة مزاعم المعارضة بتزوير الانتخابات", ["--- OPP"], ["--- GOV"]),
        # demands rejected: made by whom they are of, on who rejects them
        ("رفضت الحكومة مطالب المعارضة بإجراء انتخابات مبكرة", ["--- OPP"], ["--- GOV"]),
    ],
)
def test_assemble_accusations_denied_are_the_accusers(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ACCUSE", "REQUEST"))
    assert (_codes(e.actors), _codes(e.targets), e.modality) == (actors, targets, ce.Modality.ASSERTED)


@pytest.mark.parametrize(
    "text, mode",
    [
        # the weapon named with ب after the act gives its mode
        ("استهدف الجيش مواقع المتمردين بالمدفعية الثقيلة", "heavy-weapons"),
        ("هاجمت قوات الدعم السريع مدينة الفاشر بالأسلحة الثقيلة", "heavy-weapons"),
        ("قصفت القوات الإسرائيلية منزلا بطائرة مسيرة", "drone"),
        ("هاجم مسلحون دورية للشرطة بنيران رشاشاتهم", "firearms"),
        ("استهدفت القوات منزلا بنيران المدفعية", "heavy-weapons"),
        ("هاجم مسلحون قرية بالقرب من الحدود", None),
    ],
)
def test_assemble_the_weapon_an_attack_is_made_with_gives_its_mode(ex, text, mode):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.mode == mode


@pytest.mark.parametrize(
    "text, etype, mode, actors, targets",
    [
        # sites blocked, a joint drill, arms supplied
        ("حجبت السلطات الجزائرية مواقع إخبارية مستقلة", "COERCE", "censor", ["DZA GOV"], None),
        ("أجرت القوات الأردنية والأمريكية تمرينا عسكريا مشتركا", "COOPERATE", None, ["JOR MIL"], ["USA MIL"]),
        ("زودت فرنسا الجيش اللبناني بمعدات عسكرية", "AID", None, ["FRA GOV"], ["LBN MIL"]),
        # a vessel held is seized (past a date with "في" before it)
        ("احتجزت القوات البحرية في 5 مايو سفينة شحن قرب السواحل", "COERCE", "seize", ["--- MIL"], ["--- CVL"]),
        # bandits are an armed group; units deployed are troops
        ("هاجم قطاع طرق سوقا في ولاية زامفارا", "ASSAULT", None, ["NGA REB"], None),
        ("أعلنت الحكومة الفرنسية نشر وحدات عسكرية إضافية في مالي", "MOBILIZE", "troops", ["FRA GOV"], None),
    ],
)
def test_assemble_censorship_drills_supplies_seizures_bandits_and_units(ex, text, etype, mode, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert e.mode == mode and _codes(e.actors) == actors
    if targets is not None:
        assert _codes(e.targets) == targets


def test_assemble_a_negated_condition_is_possible_not_denied(ex):
    events = ex.extract("توعد الجيش بعملية واسعة إذا لم ينسحب المسلحون من البلدة", article_date=DATE)
    e = next(e for e in events if e.type == "RETREAT")
    assert e.modality == ce.Modality.POSSIBLE and "mod.conditional" in e.rules


def test_assemble_the_name_after_a_spokesman_is_his_own(ex):
    text = "وهدد المتحدث العسكري باسم جماعة الحوثي يحيى سريع، في بيان أمس، بتوسيع الهجمات على المملكة"
    e = _one(ex, text, "THREATEN", "هدد")
    assert _codes(e.actors) == ["YEM REB"] and all("سريع" not in t.text for t in e.targets)


def test_assemble_whom_a_threat_aims_at_must_meet_its_condition(ex):
    text = "هدد الرئيس بشن عملية عسكرية ضد قوات النظام السوري إذا لم تنسحب من محيط المدينة"
    e = _one(ex, text, "RETREAT", "تنسحب")
    assert _codes(e.actors) == ["SYR MIL"] and "slot.threatened" in e.rules


def test_assemble_supporters_counted_are_the_arrested(ex):
    e = _one(ex, "اعتقلت الشرطة العراقية 12 من أنصار تنظيم داعش", "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["أنصار تنظيم داعش"] and _codes(e.targets) == ["--- REB"]


def test_assemble_the_departure_of_forces_called_for_is_a_withdrawal(ex):
    events = ex.extract("خرج آلاف المتظاهرين في باماكو للمطالبة برحيل القوات الفرنسية", article_date=DATE)
    e = next(e for e in events if e.type == "RETREAT")
    assert (e.mode, e.modality, _codes(e.actors)) == ("withdraw", ce.Modality.REQUESTED, ["FRA MIL"])


def test_assemble_a_veto_named_again_in_quotes_is_one_rejection(ex):
    events = ex.extract('استخدمت الولايات المتحدة حق النقض "الفيتو" ضد مشروع القرار', article_date=DATE)
    assert [(e.type, e.modality) for e in events] == [("REJECT", ce.Modality.ASSERTED)]


def test_assemble_a_raid_on_a_home_is_no_seizure(ex):
    events = ex.extract("اعتقلت قوة أمنية ناشطا بارزا بعد مداهمة منزله فجر اليوم", article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("COERCE", "arrest")]
    assert _codes(events[0].actors) == ["--- COP"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the genitive receives, the one after "ل" is received (past a name in apposition)
        ("أشاد البيان باستقبال أمير قطر لرئيس الوزراء الباكستاني في الدوحة", "باستقبال"),
        ("استقبال أمير قطر الشيخ تميم بن حمد لرئيس الوزراء الباكستاني في الدوحة", "استقبال"),
    ],
)
def test_assemble_a_reception_named_by_its_noun(ex, text, trigger):
    e = _one(ex, text, "CONSULT", trigger)
    assert (_codes(e.actors), _codes(e.targets)) == (["QAT GOV"], ["PAK GOV"])


@pytest.mark.parametrize(
    "text, place",
    [
        # "في" and a place before the act, its subject right after: where it is held
        ("اختتمت في الرياض أعمال القمة الخليجية", "Riyadh"),
        ("انطلقت في الدوحة مفاوضات السلام", "Doha"),
        # past a time and a round of the talks
        ("بدأت في الدوحة أمس جولة جديدة من المفاوضات", "Doha"),
    ],
)
def test_assemble_talks_placed_before_their_noun(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT")
    assert e.place is not None and e.place.name == place and e.actors == ()


def test_assemble_a_release_called_for_and_how_long_they_were_held(ex):
    # the activists are the release's object, not the call's nor the releasers; "since" the
    # arrest dates neither act
    events = ex.extract("طالبت منظمة هيومن رايتس ووتش بالإفراج عن الناشطين المعتقلين منذ عامين",
                        article_date=DATE)
    call = next(e for e in events if e.type == "REQUEST")
    release = next(e for e in events if e.type == "RETREAT")
    assert call.targets == () and release.actors == () and _codes(release.targets) == ["--- OPP"]
    assert call.date is None and release.date is None


def test_assemble_a_city_and_its_country_between_subject_and_object(ex):
    e = _one(ex, "التقى المبعوث الأمريكي في جدة السعودية وفدي الجيش السوداني وقوات الدعم السريع",
             "CONSULT", "التقى")
    assert _codes(e.targets) == ["SDN GOV", "SDN REB"] and e.place.name == "Jeddah"


def test_assemble_a_force_named_as_another_states_takes_its_adjective(ex):
    e = _one(ex, "اندلعت اشتباكات بين قوات الدفاع الوطني الإثيوبية وميليشيات محلية في غوندر",
             "ASSAULT", "اشتباكات")
    assert _codes(e.actors) == ["ETH MIL"] and e.place.name == "Gonder"


@pytest.mark.parametrize(
    "text",
    [
        # a city that names an agreement or a process is neither where nor who
        "أفرجت الحركة عن مئتي سجين بموجب اتفاق الدوحة",
        "حملت الحكومة المتمردين مسؤولية تعثر اتفاق ستوكهولم",
    ],
)
def test_assemble_a_city_naming_an_agreement_is_no_place_nor_actor(ex, text):
    for e in ex.extract(text, article_date=DATE):
        assert e.place is None and "QAT" not in _codes(e.actors) + _codes(e.targets)


def test_assemble_a_threat_in_a_participle_of_more_attacks(ex):
    events = ex.extract("تبنت الجماعة التفجير متوعدة بمزيد من الهجمات على قوات الأمن", article_date=DATE)
    threat = next(e for e in events if e.type == "THREATEN")
    assert threat.trigger.text == "متوعدة" and [e.type for e in events].count("ASSAULT") == 1
    # whom the threat names is not the target of the act claimed before it
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.targets == () and _codes(threat.targets) == ["--- COP"]


@pytest.mark.parametrize(
    "text",
    [
        "اتفق الطرفان على وقف لإطلاق النار في مدينة الحديدة",
        # the stop's kind between its noun and the firing: no shooting
        "اتفق الطرفان على وقف مشروط لإطلاق النار في مدينة الحديدة",
        "اتفق الطرفان على وقف طويل الأمد لإطلاق النار في مدينة الحديدة",
    ],
)
def test_assemble_a_truce_agreed_to_by_a_verb_is_planned(ex, text):
    e = _one(ex, text, "RETREAT", "وقف")
    assert (e.mode, e.modality) == ("ceasefire", "planned")
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "وقع رئيسا البلدين، مساء امس، بيانا مشتركا يعلن وقف الأعمال العدائية",
        "وقع الطرفان في جوبا امس «إعلان جوبا» للسلام",
    ],
)
def test_assemble_a_joint_statement_or_a_quoted_declaration_signed(ex, text):
    e = _one(ex, text, "AGREE", "وقع")
    assert e.actors and e.date is not None and e.date.start == dt.date(2016, 8, 29)


def test_assemble_talks_that_end_with_a_signing_give_it_their_sides(ex):
    events = ex.extract("اختتمت أعمال القمة بين السودان وتشاد بالتوقيع على اتفاقية لأمن الحدود", article_date=DATE)
    e = next(e for e in events if e.type == "AGREE")
    assert sorted(_codes(e.actors) + _codes(e.targets)) == ["SDN GOV", "TCD GOV"]
    assert "slot.signatories" in e.rules


def test_assemble_the_front_lines_are_no_fighting_nor_a_place(ex):
    (e,) = ex.extract("أعلن الجيش هدنة إنسانية على جبهات القتال جنوب طرابلس", article_date=DATE)
    assert (e.type, e.place.text) == ("RETREAT", "جنوب طرابلس")


def test_assemble_a_truce_agreement_said_to_come_into_force_is_the_truce(ex):
    text = "دخل اتفاق وقف إطلاق النار في جنوب اليمن، الذي رعته الأمم المتحدة، حيز التنفيذ فجر اليوم"
    assert [(e.type, e.mode, e.modality) for e in ex.extract(text, article_date=DATE)] == [
        ("RETREAT", "ceasefire", ce.Modality.ASSERTED)]
    # an agreement signed, or only named, is no truce of its own
    assert [e.type for e in ex.extract("وقعت الحكومة والمتمردون اتفاق وقف إطلاق النار في جوبا", article_date=DATE)] == [
        "AGREE"]
    assert [e.type for e in ex.extract("قتل مدنيان في قصف مدفعي رغم اتفاق وقف إطلاق النار", article_date=DATE)] == [
        "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "تجددت الاشتباكات بين الجيش والمتمردين في ولاية جونقلي رغم الهدنة المعلنة منذ 5 يناير",
        "رغم الهدنة المعلنة منذ 5 يناير، تجددت الاشتباكات بين الجيش والمتمردين في ولاية جونقلي",
        "تجددت الاشتباكات بين الجيش والمتمردين على الرغم من وقف إطلاق النار الذي أعلن أمس",
    ],
)
def test_assemble_the_date_of_what_an_act_goes_against_is_not_its_own(ex, text):
    e = _one(ex, text, "ASSAULT", "الاشتباكات")
    assert e.date is None


def test_assemble_an_agreement_reached_in_a_relative_clause_or_far_from_its_verb(ex):
    # "الاتفاق الذي توصلت إليه": the sides after the pronoun are the agreement's
    e = _check(ex, "رحبت الجامعة العربية بالاتفاق الذي توصلت إليه الحكومة الصومالية وحركة الشباب في نيروبي",
               "AGREE", "بالاتفاق", ["SOM GOV"], ["SOM REB"])
    assert e.place.text == "نيروبي"
    # "توصل ... إلى اتفاق" past a long subject and where and when
    e = _check(ex, "توصل وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو خلال لقاء في أنقرة "
                   "مساء أمس إلى اتفاق بشأن إدلب", "AGREE", "اتفاق", ["RUS GOV"], ["TUR GOV"])
    assert [a.text for a in e.actors] == ["وزيرا الخارجية الروسي سيرغي لافروف"]
    assert [t.text for t in e.targets] == ["التركي مولود جاويش أوغلو"]


def test_assemble_two_leaders_each_named_after_a_shared_dual_title(ex):
    e = _check(ex, "التقى الرئيسان المصري عبد الفتاح السيسي والفرنسي إيمانويل ماكرون في باريس",
               "CONSULT", "التقى", ["EGY GOV"], ["FRA GOV"])
    assert [a.text for a in e.actors] == ["الرئيسان المصري عبد الفتاح السيسي"]


def test_assemble_hostages_handed_over_are_released(ex):
    e = _check(ex, "سلمت الجماعة المسلحة عبر وسطاء محليين ثلاث رهائن فرنسيات في شمال مالي",
               "RETREAT", "رهائن", ["MLI REB"], ["FRA CVL"])
    assert e.mode == "release" and [t.text for t in e.targets] == ["رهائن فرنسيات"]
    # a verb whose object is a pronoun takes no noun after it
    text = "أفرجت الحركة عن رهينتين وسلمتهما للصليب الأحمر مقابل إطلاق سراح عشرات الأسرى"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"] == [
        "أفرجت", "إطلاق سراح"]


def test_assemble_protesters_taking_to_a_city_s_streets_are_one_march(ex):
    events = ex.extract("خرج آلاف المحتجين إلى شوارع الخرطوم للمطالبة بتسليم السلطة للمدنيين", article_date=DATE)
    protests = [e for e in events if e.type == "PROTEST"]
    assert len(protests) == 1 and [a.text for a in protests[0].actors] == ["المحتجين"]
    assert protests[0].place.text == "الخرطوم"
    # the streets' city is where, not who: the demand is the protesters'
    (req,) = [e for e in events if e.type == "REQUEST"]
    assert [a.text for a in req.actors] == ["المحتجين"]


def test_assemble_what_an_agreement_provides_for_is_planned_and_ahead(ex):
    text = "وقعت الحكومة والمتمردون في جوبا اتفاقا للسلام، ينص على انسحاب القوات من المدينة خلال 60 يوما"
    events = {e.type: e for e in ex.extract(text, article_date=DATE)}
    retreat, agree = events["RETREAT"], events["AGREE"]
    assert retreat.modality == ce.Modality.PLANNED
    assert (retreat.date.start, retreat.date.end) == (dt.date(2016, 8, 30), dt.date(2016, 10, 29))
    # the signing is done: no date from today on is its
    assert agree.modality == ce.Modality.ASSERTED and agree.date is None


def test_assemble_the_toll_and_date_of_an_answered_act_are_not_the_answer_s(ex):
    text = "قصفت طائرات حربية مواقع للمسلحين في ريف حماة، في رد على مقتل أربعة جنود الأسبوع الماضي"
    (e,) = ex.extract(text, article_date=DATE)
    assert e.trigger.text == "قصفت" and e.fatalities is None and e.date is None
    # the answer's own toll after it is its
    text = "ردا على مقتل جنديين، قصفت المدفعية مواقع للمسلحين ما أسفر عن مقتل خمسة منهم"
    (e,) = ex.extract(text, article_date=DATE)
    assert e.fatalities == 5


def test_assemble_an_answered_act_told_first_here_is_an_event_of_its_own_words(ex):
    text = ("قصفت طائرات حربية مواقع لحركة حماس في شمال قطاع غزة فجر اليوم، ردا على إطلاق صواريخ "
            "من القطاع مساء أمس")
    answer, answered = ex.extract(text, article_date=DATE)
    assert (answer.trigger.text, answered.trigger.text) == ("قصفت", "إطلاق صواريخ")
    day = dt.date.fromisoformat(DATE)
    assert answer.date.start == day and answered.date.start == day - dt.timedelta(days=1)
    # the answer's actor and place are not the answered act's (its place is its own words')
    assert answer.place.text == "شمال قطاع غزة" and answered.place.text == "القطاع" and answered.actors == ()
    # one told before ("ردا على الهجوم", "ردا على إطلاق الصواريخ") is no new event
    text = "قصفت طائرات حربية مواقع لحركة حماس في شمال قطاع غزة، ردا على إطلاق الصواريخ"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE)] == ["قصفت"]


def test_assemble_police_lend_their_country_to_the_people_they_act_on(ex):
    e = _check(ex, "اعتقلت الشرطة المغربية عشرات المحتجين", "COERCE", "اعتقلت", ["MAR COP"], ["MAR OPP"])
    # forces may fight abroad: their nationality says nothing of the people they hit
    e = _check(ex, "قتلت القوات الأمريكية ثلاثة مدنيين في غارة", "ASSAULT", "غارة", ["USA MIL"], None)
    assert all(t.country != "USA" for t in e.targets)


def test_assemble_the_capital_of_the_country_the_sentence_names(ex):
    e = _one(ex, "تظاهر آلاف السودانيين في العاصمة للمطالبة بحكم مدني", "PROTEST", "تظاهر")
    assert (e.place.text, e.place.country, e.place.name) == ("العاصمة", "SDN", "Khartoum")
    # a sentence that names no country leaves it unresolved
    events = ex.extract("انفجرت عبوة ناسفة في العاصمة صباح اليوم", article_date=DATE)
    assert [e.place for e in events] == [None]


def test_assemble_a_sentence_to_prison_names_who_is_sentenced_not_a_prison(ex):
    e = _one(ex, "قضت محكمة عسكرية بسجن باحثة بريطانية عشر سنوات", "SANCTION", "بسجن")
    assert e.place is None and [(t.text, t.code) for t in e.targets] == [("باحثة بريطانية", "GBR CVL")]
    # a prison named after its noun is still where
    e = _one(ex, "أضرب معتقلون عن الطعام في سجن عوفر", "PROTEST", "أضرب")
    assert e.place is not None and e.place.text == "سجن عوفر"


def test_assemble_talks_held_in_a_phone_call_are_one_consultation(ex):
    events = ex.extract("بحث وزير الخارجية المصري في اتصال هاتفي مع نظيره الأردني تطورات الأوضاع في غزة",
                        article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "phone")]
    assert _codes(events[0].actors) == ["EGY GOV"] and _codes(events[0].targets) == ["JOR GOV"]


def test_assemble_a_quarter_named_after_its_people_is_a_place(ex):
    e = _one(ex, "اغتال مسلحون مجهولون ضابطا في حي الموظفين بمدينة درعا", "ASSAULT", "اغتال")
    assert e.place.text == "حي الموظفين"


@pytest.mark.parametrize(("text", "place"), [
    ("هاجم مسلحون مركزا للشرطة في مدينة بنقردان جنوب البلاد", "مدينة بنقردان"),
    ("فتح مسلح النار على المصلين في مسجد بمدينة كرايستشيرش", "بمدينة كرايستشيرش"),
    # (control: a clause after the town names none)
    ("سيطر الجيش على مدينة كانت تحت سيطرة المسلحين", None),
])
def test_assemble_a_town_the_gazetteer_does_not_know_is_a_local_place(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (e.place.text if e.place else None) == place


def test_assemble_a_quarter_named_after_a_town_abroad_is_a_local_place(ex):
    e = _one(ex, "سيطرت القوات على آخر المباني في حي الجيزة البحرية في مدينة سرت الليبية", "ASSAULT", "سيطرت")
    assert (e.place.text, e.place.country, e.place.kind) == ("حي الجيزة", "LBY", "local")
    # (and a quarter of a town of the story's own country is that town's)
    e = _one(ex, "تظاهر المئات في حي الجيزة بالقاهرة", "PROTEST", "تظاهر")
    assert e.place.country == "EGY"


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("طردت السلطات المالية سفير فرنسا وأمهلته 72 ساعة لمغادرة البلاد", "MLI GOV", "FRA GOV"),
        ("طرد موسكو دبلوماسيا بولنديا الأسبوع الماضي", "RUS GOV", "POL GOV"),
    ],
)
def test_assemble_driving_out_an_envoy_is_an_expulsion(ex, text, actor, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.trigger.text.startswith("طرد")]
    assert (e.type, e.mode, _codes(e.actors), _codes(e.targets)) == ("SANCTION", "expel", [actor], [target])


def test_assemble_an_expulsion_and_its_persona_non_grata_are_one(ex):
    events = ex.extract("قررت الحكومة طرد دبلوماسي إيراني واعتباره شخصا غير مرغوب فيه", article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "expel")]
    # driving out fighters is force
    (e,) = ex.extract("طرد الجيش عناصر التنظيم من آخر معاقلهم", article_date=DATE)
    assert e.type == "ASSAULT"


@pytest.mark.parametrize(
    "text, kept",
    [
        # a trend, a series or a memory of acts is no act
        ("فرضت السلطات حظر التجول في المدينة بسبب تصاعد الهجمات المسلحة", ["COERCE"]),
        ("اغتال مسلحون قاضيا في درعا في أحدث حلقة من سلسلة الاغتيالات التي تشهدها المحافظة", ["ASSAULT"]),
        ("أحيا السودانيون الذكرى الثانية لاندلاع الاحتجاجات الشعبية", []),
        # infections, counted again as a total
        ("سجلت الوزارة خمس إصابات جديدة بفيروس كورونا ليرتفع العدد الإجمالي إلى 40 إصابة", []),
        # the top match of a league
        ("تأجلت مباراة القمة بين الوداد والرجاء إلى موعد لاحق", []),
    ],
)
def test_assemble_trends_memories_infections_and_matches_are_no_events(ex, text, kept):
    assert _types(ex, text) == kept


def test_assemble_ceasefire_violations_told_by_a_verb(ex):
    e = _check(ex, "قال الجيش إن المتمردين خرقوا وقف إطلاق النار مرات عدة خلال الليل", "ASSAULT", "خرقوا",
               ["--- REB"], None)
    assert "RETREAT" not in [x.type for x in ex.extract("قال الجيش إن المتمردين خرقوا الهدنة", article_date=DATE)]


def test_assemble_calls_for_a_halt_to_hostilities_and_a_new_exchange(ex):
    events = ex.extract("دعا الأمين العام طرفي النزاع إلى وقف فوري للأعمال القتالية", article_date=DATE)
    assert [(e.type, e.modality) for e in events] == [
        ("REQUEST", ce.Modality.ASSERTED), ("RETREAT", ce.Modality.REQUESTED)]
    assert [t.text for t in events[0].targets] == ["طرفي النزاع"]
    e = _one(ex, "اجتمع الجانبان في موسكو لبحث تبادل جديد للأسرى", "RETREAT", "تبادل")
    assert e.mode == "release"


def test_assemble_where_an_envoy_is_posted_is_part_of_his_title(ex):
    e = _one(ex, "دعا المبعوث الأممي إلى سوريا الأطراف إلى الحوار", "REQUEST", "دعا")
    assert [(a.text, a.code) for a in e.actors] == [("المبعوث الأممي إلى سوريا", "UNO UNO")]
    assert "SYR" not in [t.country for t in e.targets]


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # killed and injured in one clause: one attack, with who fired from either part
        ("قتل مدنيان وأصيب ثلاثة آخرون بنيران قناصة من قوات النظام في درعا", "ASSAULT", "قتل", "asserted"),
        # the same release told again of them, with when it is to be done
        ("أصدر الرئيس مرسوما بالإفراج عن 300 سجين، على أن يبدأ إطلاق سراحهم الأحد المقبل", "RETREAT", "بالإفراج",
         "planned"),
        # a withdrawal and the plan it is part of
        ("بدأت القوات الفرنسية سحب جنودها من القاعدة في إطار خطة لإعادة التموضع", "RETREAT", "سحب", "asserted"),
    ],
)
def test_assemble_one_act_told_twice_in_a_sentence_is_one_event(ex, text, etype, trigger, modality):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert [(e.trigger.text.split()[0], e.modality.value) for e in events] == [(trigger, modality)]


def test_assemble_an_accusation_is_not_dated_by_the_act_it_accuses(ex):
    events = {e.type: e for e in ex.extract(
        "اتهمت منظمة العفو الدولية الجيش بقصف قرى في ولاية كردفان خلال يناير", article_date=DATE)}
    assert events["ACCUSE"].date is None
    assert events["ASSAULT"].date.start == dt.date(2016, 1, 1)
    # nor is a solidarity after the relative clause that dates the attack
    events = ex.extract("أدانت الجامعة العربية الهجوم الذي استهدف دورية للجيش الأسبوع الماضي، مؤكدة تضامنها مع مصر",
                        article_date=DATE)
    assert [(e.type, e.date is not None) for e in events] == [
        ("ACCUSE", False), ("ASSAULT", True), ("SUPPORT", False)]


def test_assemble_a_subject_loyal_to_a_group_between_a_verb_and_its_rest(ex):
    e = _check(ex, "سيطر مسلحون موالون لتنظيم الدولة الإسلامية على بلدة ساحلية بعد معارك مع الجيش الموزمبيقي",
               "ASSAULT", "معارك", None, ["MOZ MIL"])
    assert [a.text for a in e.actors] == ["مسلحون موالون لتنظيم الدولة الإسلامية"]


def test_assemble_a_joined_verb_s_object_no_lexicon_names(ex):
    events = ex.extract("اقتحم مسلحون قرية في محافظة تعز واختطفوا أربعة من سكانها وأحرقوا حظيرتين", article_date=DATE)
    (burn,) = [e for e in events if e.trigger.text == "أحرقوا"]
    assert [t.text for t in burn.targets] == ["حظيرتين"] and "slot.unlisted" in burn.rules


def test_assemble_some_of_an_armed_body_and_the_raid_a_toll_is_of(ex):
    events = ex.extract("قتل جنود من الجيش النيجيري أربعة مدنيين خلال مداهمة لقرية في ولاية بورنو", article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", None)]
    assert [(a.text, a.code) for a in events[0].actors] == [("جنود من الجيش النيجيري", "NGA MIL")]
    # pupils taken from a school are not of it
    e = _one(ex, "اختطف مسلحون 20 تلميذا من مدرسة في ولاية زمفارا", "ASSAULT", "اختطف")
    assert [t.text for t in e.targets] == ["تلميذا"]


def test_assemble_a_headline_s_speaker_before_a_colon_is_who_acts(ex):
    e = _check(ex, "الجيش الإثيوبي: نشر قوات إضافية على الحدود مع السودان", "MOBILIZE", "نشر", ["ETH MIL"], None)
    # a place before the colon is a dateline
    e = _one(ex, "الخرطوم: نشر قوات إضافية على الحدود", "MOBILIZE", "نشر")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        ("اتفق الرئيس الكونغولي ونظيره الرواندي، خلال لقاء جمعهما امس في العاصمة الأنغولية لواندا، "
         "على وقف لإطلاق النار", "AGREE", "اتفق", "لواندا"),
        ("دعا وزراء الخارجية العرب في ختام اجتماعهم الطارئ في القاهرة امس مجلس الأمن إلى التحرك",
         "REQUEST", "دعا", "القاهرة"),
    ],
)
def test_assemble_an_act_done_during_talks_takes_their_place_and_date(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert e.place is not None and e.place.text.endswith(place)
    assert e.date is not None and e.date.start == dt.date(2016, 8, 29)


def test_assemble_acts_keep_the_sentence_s_date_past_other_acts(ex):
    # only a statement about another act leaves that act its date
    (e,) = [e for e in ex.extract("اتفق ممثلو السودان وإثيوبيا خلال اجتماع في أديس أبابا أمس على تشكيل لجنة مشتركة",
                                  article_date=DATE) if e.type == "AGREE"]
    assert e.date is not None and e.date.start == dt.date(2016, 8, 29)
    (e,) = [e for e in ex.extract("اعتقلت قوة أمنية ناشطا في الحراك الاحتجاجي بعد مداهمة منزله فجر اليوم",
                                  article_date=DATE) if e.type == "COERCE"]
    assert e.date is not None and e.date.start == dt.date(2016, 8, 30)


@pytest.mark.parametrize(
    "text, trigger, target_text, targets",
    [
        # a post or a station of the police or the army attacked is theirs
        ("شن مسلحون هجوما على حاجز أمني في مدينة العريش", "هجوما", "حاجز أمني", ["EGY COP"]),
        ("شن مسلحون هجوما على مركز للشرطة في مدينة العريش", "هجوما", "مركز للشرطة", ["EGY COP"]),
        ("هاجم مسلحون نقطة عسكرية في ريف حلب", "هاجم", "نقطة عسكرية", ["SYR MIL"]),
        # who foils an attack on a checkpoint is not its target ("كمين أمني" is a checkpoint)
        ("أحبطت قوات الأمن هجوما انتحاريا على كمين أمني جنوب مدينة العريش", "هجوما", "كمين أمني",
         ["EGY COP"]),
    ],
)
def test_assemble_posts_and_stations_attacked_are_their_forces(ex, text, trigger, target_text, targets):
    e = _check(ex, text, "ASSAULT", trigger, None, targets)
    assert [t.text for t in e.targets] == [target_text]


def test_assemble_a_town_in_sa_after_its_place_noun_is_no_future_verb(ex):
    # "سيلايا" is no "سـ" + verb: the attack happened, with its toll, on the last Saturday
    e = _one(ex, "قتل ستة أشخاص في هجوم مسلح على حانة في مدينة سيلايا ليل السبت", "ASSAULT", "هجوم")
    assert e.modality == ce.Modality.ASSERTED and e.fatalities == 6
    assert e.date.start == dt.date(2016, 8, 27)


def test_assemble_members_of_a_body_named_by_a_group_are_one_phrase(ex):
    # "إرهابيين من تنظيم بي كا كا": the group's name ends the victims' phrase, it is no actor
    e = _check(ex, "قتلت القوات التركية سبعة إرهابيين من تنظيم بي كا كا في غارات جوية شمالي العراق",
               "ASSAULT", "غارات", ["TUR MIL"], ["TUR REB"])
    assert [t.text for t in e.targets] == ["إرهابيين من تنظيم بي كا كا"]


def test_assemble_a_town_the_gazetteer_lacks_before_its_province_is_where(ex):
    # "بلدة ديبو بإقليم سوم": the town, with the province's country, not the province
    e = _one(ex, "قتل مسلحون 12 مدنيا في هجوم على بلدة ديبو بإقليم سوم شمال بوركينا فاسو", "ASSAULT", "هجوم")
    assert (e.place.text, e.place.country) == ("بلدة ديبو", "BFA")
    e = _one(ex, "قتل ستة أشخاص في تفجير استهدف سوقا في قرية أم الورد بمحافظة ديالى", "ASSAULT", "تفجير")
    assert (e.place.text, e.place.country) == ("قرية أم الورد", "IRQ")


def test_assemble_an_ambush_laid_by_its_verb(ex):
    e = _check(ex, "كمن مسلحون لدورية للجيش على الطريق الدولي قرب مدينة العريش وقتلوا ثلاثة جنود", "ASSAULT", "كمن",
               ["EGY REB"], ["EGY MIL"])
    assert e.fatalities == 3
    # "يكمن" (lies in) is no ambush
    assert ex.extract("يكمن الحل في الحوار بين الأطراف كافة", article_date=DATE) == []


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a kill verb whose subject has no object after it, only another clause, is passive:
        # the one killed is no actor
        ("قتلت امرأة وأصيب ابنها برصاص قناص في حي الروضة بمدينة تعز", None, ["YEM CVL"]),
        ("قتل شرطيان عندما انفجرت قنبلة قرب مركز للشرطة في مدينة بيشاور", [], ["PAK COP"]),
        # with an object it is active
        ("قتل مسلحون رجلين في قرية بولاية بورنو", ["NGA REB"], ["NGA CVL"]),
    ],
)
def test_assemble_a_kill_verb_with_no_object_is_passive(ex, text, actors, targets):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == targets
    if actors is not None:
        assert _codes(e.actors) == actors
    assert not {a.text for a in e.actors} & {t.text for t in e.targets}


@pytest.mark.parametrize(
    "text, actors",
    [
        # who killed "على يد" or "من قبل", told with the toll, made the attack
        ("قتل 20 مدنيا على يد مسلحين في هجوم على قرية بولاية بورنو", ["NGA REB"]),
        # and not who announced the toll
        ("أعلنت الحكومة مقتل 12 مدنيا على يد مسلحين في هجوم على قرية بولاية بورنو", ["NGA REB"]),
    ],
)
def test_assemble_the_killers_named_with_a_toll_made_the_attack(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert _codes(e.actors) == actors and _codes(e.targets) == ["NGA CVL"]


def test_assemble_an_act_done_years_before_the_article_is_history(ex):
    text = "في مثل هذا اليوم من عام 1982، قصفت القوات مدينة حماة بالمدفعية الثقيلة"
    assert ex.extract(text, article_date=DATE) == []
    # two years ago is still news of its own
    (e,) = ex.extract("قتل ثلاثة جنود في هجوم على حاجز قبل عامين", article_date=DATE)
    assert e.date.start.year == 2014


def test_assemble_the_dead_counted_over_a_month_are_a_tally(ex):
    text = "أفاد تقرير حقوقي بأن 130 مدنيا قتلوا في اليمن خلال شهر يوليو الماضي"
    assert ex.extract(text, article_date=DATE) == []
    # one act's toll, with a date of its own, is kept, and those killed are not its actor
    (e,) = ex.extract("قال الجيش إن 30 مسلحا قتلوا أمس في ريف إدلب", article_date=DATE)
    assert (e.fatalities, e.actors, _codes(e.targets)) == (30, (), ["SYR REB"])


def test_assemble_a_region_one_agrees_with_is_the_other_side(ex):
    e = _check(ex, "وقعت الحكومة العراقية اتفاقا مع إقليم كردستان لتقاسم عائدات النفط", "AGREE", "وقعت",
               ["IRQ GOV"], ["IRQ GOV"])
    assert e.targets[0].text == "إقليم كردستان" and e.place is None and "slot.region-side" in e.rules
    # a city talks are held in is where
    e = _one(ex, "التقى وزير الخارجية الأردني مع نظيره المصري في مدينة الإسكندرية", "CONSULT", "التقى")
    assert e.place.text == "مدينة الإسكندرية"


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # whom one stands with is the target of solidarity
        ("أعربت فرنسا عن تضامنها مع لبنان", ["FRA GOV"], ["LBN GOV"]),
        # a participle after a comma tells more of the sentence's subject
        ("أدانت جامعة الدول العربية الهجوم على نقطة أمنية في سيناء، معربة عن تضامنها الكامل مع مصر",
         ["IGO IGO"], ["EGY GOV"]),
    ],
)
def test_assemble_solidarity_its_subject_and_whom_it_is_with(ex, text, actors, targets):
    _check(ex, text, "SUPPORT", "تضامن", actors, targets)


def test_assemble_a_shipment_of_medicines_handed_over_is_aid(ex):
    e = _check(ex, "سلمت منظمة الصحة العالمية شحنة من الأدوية إلى مستشفيات مدينة الحديدة", "AID", "شحنة",
               ["UNO UNO"], None)
    assert e.place.text == "مدينة الحديدة"


def test_assemble_the_sides_of_what_a_statement_welcomes_are_not_its_own(ex):
    e = _one(ex, "رحبت وزارة الخارجية القطرية بالاتفاق الموقع بين الحكومة السودانية والجبهة الثورية", "SUPPORT",
             "رحبت")
    assert _codes(e.actors) == ["QAT GOV"]
    assert "SDN REB" not in _codes(e.actors)


def test_assemble_armed_men_after_a_joined_arrest_are_the_arrested(ex):
    e = _one(ex, "داهمت قوات الأمن مخبأ في مدينة الزرقاء، واعتقلت أفراد الخلية", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["JOR REB"] and "JOR REB" not in _codes(e.actors)


def test_assemble_who_foils_an_attack_did_not_make_it(ex):
    (e,) = ex.extract("أحبطت قوات الأمن هجوما كان يستهدف كنيسة في القاهرة", article_date=DATE)
    assert e.modality == ce.Modality.NEGATED and e.actors == () and _codes(e.targets) == ["EGY CVL"]


def test_assemble_to_commemorate_is_no_quarter(ex):
    e = _one(ex, "هاجم مسلحون تجمعا لإحياء ذكرى زعيم شيعي في غرب العاصمة كابول", "ASSAULT", "هاجم")
    assert e.place.text.endswith("كابول") and e.place.country == "AFG"


@pytest.mark.parametrize(
    "text, trigger, actors, targets, fatalities, arrested",
    [
        # who foils an attack does what it does next: the kill is its own, no toll of the attack
        ("أحبط الجيش المصري هجوما انتحاريا وقتل أربعة مسلحين في شمال سيناء", "قتل", ["EGY MIL"],
         ["EGY REB"], 4, None),
        ("أحبطت الشرطة العراقية هجوما إرهابيا واعتقلت ستة مسلحين في الموصل", "اعتقلت", ["IRQ COP"],
         ["IRQ REB"], None, 6),
    ],
)
def test_assemble_a_verb_joined_after_a_foiled_attack_happened(ex, text, trigger, actors, targets, fatalities,
                                                                 arrested):
    events = ex.extract(text, article_date=DATE)
    done = next(e for e in events if e.trigger.text == trigger)
    assert done.modality == ce.Modality.ASSERTED
    assert _codes(done.actors) == actors and _codes(done.targets) == targets
    assert (done.fatalities, done.arrested) == (fatalities, arrested)
    (foiled,) = [e for e in events if e.trigger.text.startswith("هجوما")]
    assert foiled.modality == ce.Modality.NEGATED
    assert foiled.actors == () and foiled.targets == () and foiled.fatalities is None


def test_assemble_what_follows_a_failed_attempt_happened(ex):
    events = ex.extract("فشلت القوات الحكومية في اقتحام بلدة الحميدية وانسحبت إلى مواقعها السابقة",
                        article_date=DATE)
    assert {(e.type, e.modality) for e in events} == {
        ("COERCE", ce.Modality.NEGATED), ("RETREAT", ce.Modality.ASSERTED)}


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("أحبطت الأجهزة الأمنية مخططا إرهابيا كان يستهدف مسجدا في مدينة سوسة", "يستهدف"),
        ("أفشلت قوات الأمن مؤامرة كانت تستهدف تفجير مقر الحكومة في عدن", "تفجير"),
    ],
)
def test_assemble_a_foiled_plot_is_negated(ex, text, trigger):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.modality == ce.Modality.NEGATED


def test_assemble_who_foils_an_attempt_is_not_its_target(ex):
    e = _one(ex, "أحبطت الشرطة محاولة لتفجير عبوة ناسفة قرب سوق شعبي في كركوك", "ASSAULT", "لتفجير")
    assert "IRQ COP" not in _codes(e.targets) and e.modality == ce.Modality.NEGATED


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # one aircraft named by its state is that state's air force
        ("قصفت طائرة أمريكية سيارة تقل مسلحين قرب مدينة جلب الصومالية", "ASSAULT", "قصفت", ["USA MIL"], None),
        # one or two of the security forces
        ("أصيب عنصر أمن بجروح في انفجار عبوة ناسفة في مدينة بنغازي", "ASSAULT", "انفجار", None, ["LBY COP"]),
        ("هاجم مسلحون رجلي أمن عند مدخل مدينة الرمادي", "ASSAULT", "هاجم", ["IRQ REB"], ["IRQ COP"]),
        # a member of parliament is the legislature's, a deputy minister the government's
        ("اغتال مسلحون النائب في البرلمان الليبي أمام منزله في طرابلس", "ASSAULT", "اغتال", None, ["LBY LEG"]),
        ("التقى نائب وزير الخارجية الروسي السفير الإيراني في موسكو", "CONSULT", "التقى", ["RUS GOV"], ["IRN GOV"]),
    ],
)
def test_assemble_one_aircraft_one_officer_one_deputy(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, date_text",
    [
        # "since" after a first or a superlative measures the span, it does not date the act
        ("استعاد الجيش السيطرة على بلدة تيساليت للمرة الأولى منذ نحو سبع سنوات", None),
        ("عقد وفدا الحكومة والمتمردين في نيروبي أول مفاوضات مباشرة بينهما منذ خريف 2019", None),
    ],
)
def test_assemble_since_after_a_first_is_no_date(ex, text, date_text):
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.date.text if e.date is not None else None) == date_text


@pytest.mark.parametrize(
    "text, types",
    [
        # a detention centre is a place, not an arrest
        ("قتل 30 مهاجرا في غارة جوية استهدفت مركز احتجاز للمهاجرين في ضواحي مصراتة", ["ASSAULT"]),
        # the ones spared are no event, and no count of the hurt
        ("نفذت طائرة أمريكية غارة قرب بلدة بلعد أسفرت عن مقتل سبعة مسلحين دون أن يصاب أي مدني", ["ASSAULT"]),
        # destruction a quake or an attack caused is no other attack
        ("ضرب زلزال عنيف إقليم الحوز ليلة الجمعة، ما أدى إلى مقتل المئات وتدمير قرى بأكملها", []),
        ("قصفت الطائرات الحربية مدينة دوما ما أدى إلى مقتل تسعة مدنيين وتدمير منازل", ["ASSAULT"]),
        # fighting that an agreement is to end
        ("وقع الطرفان في جوبا اتفاقا يهدف إلى إنهاء القتال في ولاية النيل الأزرق", ["AGREE"]),
        # the top match of a league round is no summit
        ("فاز فريق الوداد على ضيفه الرجاء بهدفين مقابل هدف في قمة الجولة العاشرة من الدوري", []),
    ],
)
def test_assemble_no_event_of_the_words_around_one(ex, text, types):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == types
    assert all(e.modality == ce.Modality.ASSERTED and e.injured is None for e in events)


@pytest.mark.parametrize(
    "text, actors, targets, fatalities",
    [
        # people slaughtered are killed, animals slaughtered are no event
        ("ذبح مسلحون من حركة الشباب 11 راعيا في قرية قرب مدينة بلدوين", ["SOM REB"], None, 11),
        ("ذبح المواطنون الأضاحي صباح اليوم الأول من عيد الأضحى", None, None, None),
    ],
)
def test_assemble_slaughter(ex, text, actors, targets, fatalities):
    events = ex.extract(text, article_date=DATE)
    if actors is None:
        assert events == []
        return
    (e,) = events
    assert e.type == "ASSAULT" and _codes(e.actors) == actors and e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the craft shot down is the target, with its nationality or its owner
        ("أسقطت الدفاعات الجوية الإيرانية ثلاث طائرات إسرائيلية فوق مدينة أصفهان", ["IRN MIL"], ["ISR MIL"]),
        ("أسقط مقاتلو الحركة مروحية للجيش في ولاية هلمند", None, ["AFG MIL"]),
    ],
)
def test_assemble_a_craft_shot_down_is_the_target(ex, text, actors, targets):
    (e,) = ex.extract(text, article_date=DATE)
    assert e.type == "ASSAULT" and e.mode != "aerial"
    if actors is not None:
        assert _codes(e.actors) == actors
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # shooting at protesters is force against them: crowd-control
        ("أطلقت الشرطة الرصاص الحي على المتظاهرين في مدينة أم درمان ما أدى إلى مقتل أربعة منهم", 4),
        # (the forces named only as who killed)
        ("قتلت قوات الأمن 20 شخصا على الأقل بعدما أطلقت النار على متظاهرين في مدينة ماندالاي", 20),
        # live fire and tear gas fired together to disperse them are one dispersal
        ("أطلقت قوات الأمن الرصاص الحي والغاز المسيل للدموع لتفريق المحتجين في مدينة الناصرية", None),
    ],
)
def test_assemble_force_against_protesters_is_crowd_control(ex, text, fatalities):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.mode == "crowd-control" and e.acled is not None and e.acled[0] == "Protests"
    assert [t.sector for t in e.targets] == ["OPP"] and e.fatalities == fatalities


def test_assemble_protesters_executed_are_no_crowd_control(ex):
    e = _one(ex, "أعدمت السلطات الإيرانية ثلاثة متظاهرين في مدينة أصفهان", "ASSAULT", "أعدمت")
    assert (e.mode, e.cameo, _codes(e.targets)) == (None, "1823", ["IRN OPP"])
    assert e.acled == ("Violence against civilians", "Attack")


@pytest.mark.parametrize(
    "text, fatalities",
    [
        ("قتل ما يصل إلى ثمانين شخصا عندما قصفت طائرات حربية سوقا في بلدة كانبالو", 80),
        # two counts joined are added
        ("قتل ما لا يقل عن 60 مدنيا و11 شرطيا في تفجير انتحاري قرب مطار قندهار", 71),
        # the count before the verb, past some of them between commas
        ("قالت الوزارة إن 9 أشخاص، بينهم طفلان، قتلوا جراء قصف على بلدة كفرنبل", 9),
        # fighters an army "eliminated" are killed
        ("أعلنت وزارة الدفاع أن وحدات للجيش قضت على ثلاثة إرهابيين في عملية تمشيط بولاية تيبازة", 3),
        ("تمكنت قوات الجيش من القضاء على سبعة مسلحين في شمال سيناء", 7),
    ],
)
def test_assemble_tolls_up_to_joined_and_before_the_verb(ex, text, fatalities):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.fatalities == fatalities


def test_assemble_a_province_after_a_town_is_no_boycott(ex):
    events = ex.extract("اختطف مسلحون مهندسا في بلدة باريتو بمقاطعة بويرتو", article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT"]


def test_assemble_whom_protests_oppose_is_not_who_protests(ex):
    text = "قتل عشرة متظاهرين في اليوم الثاني من الاحتجاجات المناهضة للحكومة في مدينة الناصرية"
    protest = _one(ex, text, "PROTEST", "الاحتجاجات")
    assert "IRQ GOV" not in _codes(protest.actors)


def test_assemble_militarily_is_no_target(ex):
    e = _one(ex, "هددت الحكومة الإثيوبية بالتدخل عسكريا في إقليم تيغراي", "THREATEN", "هددت")
    assert [t.text for t in e.targets] != ["عسكريا"]
    # (a soldier killed is one)
    e = _one(ex, "قتل المسلحون عسكريا في مدينة درعا", "ASSAULT", "قتل")
    assert [t.text for t in e.targets] == ["عسكريا"]


@pytest.mark.parametrize(
    "text, trigger, actors, fatalities, injured",
    [
        # the verb of an attack past its adjectives and weapon is that attack
        ("قتل 4 أشخاص جراء عدوان جوي إسرائيلي بالصواريخ استهدف حي المزة في دمشق", "عدوان", ["ISR MIL"], 4, None),
        # an attack told again, and what it is called, are the one told first
        ("أحرق مستوطنون منازل في قرية ترمسعيا، ما أدى إلى إصابة 12 فلسطينيا، في هجوم وصفه محافظ رام الله "
         "بأنه مذبحة", "أحرق", ["ISR CVL"], None, 12),
        # the clause on strikes past where they fell, or whose they were
        ("قتل ثلاثة أشخاص في سلسلة غارات على ميناء الحديدة غربي اليمن استهدفت خزانات للوقود", "سلسلة غارات",
         [], 3, None),
        ("قتل أربعة أشخاص في غارة جوية لحلف شمال الأطلسي (ناتو) استهدفت منزلا في طرابلس", "غارة", ["IGO MIL"], 4,
         None),
        # past how large it was
        ("شنت الطائرات هجوما واسعا على عدة بلدات جنوبية استهدف مخازن للسلاح وقتل خمسة مسلحين", "هجوما",
         ["--- MIL"], 5, None),
    ],
)
def test_assemble_one_attack_told_with_more_words(ex, text, trigger, actors, fatalities, injured):
    (e,) = ex.extract(text, article_date=DATE)
    assert e.type == "ASSAULT" and e.trigger.text.startswith(trigger)
    assert _codes(e.actors) == actors and (e.fatalities, e.injured) == (fatalities, injured)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a negation does not reach a verb joined after a comma
        ("دخل مقاتلو الحركة مدينة قندهار دون مقاومة تذكر، وسيطروا على مقر الولاية", "سيطروا"),
        ("نفت الحكومة أي علاقة لها بالهجوم، واتهمت المعارضة بتدبيره", "اتهمت"),
        # "دون" governs its noun: a joined perfect after it is a clause of its own
        ("دخل مقاتلو الحركة مدينة قندهار دون مقاومة تذكر وسيطروا على مقر الولاية", "سيطروا"),
    ],
)
def test_assemble_a_negation_stops_at_a_comma_before_a_joined_verb(ex, text, trigger):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text.startswith(trigger))
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_without_still_negates_the_verbs_it_governs(ex):
    e = _one(ex, "انسحبت القوات من البلدة دون أن تشتبك مع المسلحين", "ASSAULT", "تشتبك")
    assert e.modality == ce.Modality.NEGATED


def test_assemble_released_whom_it_had_held(ex):
    text = "أفرجت السلطات التونسية في صفاقس عن 14 صيادا ليبيا كانت قد احتجزتهم الأسبوع الماضي"
    release = _one(ex, text, "RETREAT", "أفرجت")
    held = _one(ex, text, "COERCE", "احتجزتهم")
    assert _codes(release.targets) == ["LBY CVL"] and release.date is None
    assert _codes(held.actors) == ["TUN GOV"] and _codes(held.targets) == ["LBY CVL"]
    assert held.date.text == "الأسبوع الماضي" and held.arrested == 14


def test_assemble_an_act_after_a_comma_and_after_is_not_the_plan(ex):
    text = ("من المقرر أن يستأنف الطرفان محادثات السلام في الدوحة مطلع الشهر المقبل، بعد تعليقها إثر هجوم "
            "على قاعدة عسكرية في ولاية غاو")
    attack = _one(ex, text, "ASSAULT", "هجوم")
    assert attack.modality == ce.Modality.ASSERTED and attack.date is None
    talks = _one(ex, text, "CONSULT", "محادثات")
    assert talks.modality == ce.Modality.PLANNED and talks.date is not None


def test_assemble_an_agreement_signed_past_a_long_subject(ex):
    text = "وقع ممثلو الحكومة السودانية والحركات المسلحة في مدينة جوبا مساء أمس الأحد اتفاقا للسلام"
    e = _one(ex, text, "AGREE", "وقع")  # (told by the signing verb, as the gold guide's examples are)
    assert "SDN GOV" in _codes(e.actors) + _codes(e.targets) and e.date.text == "مساء أمس الأحد"


def test_assemble_talks_a_mediator_holds_are_one_event(ex):
    text = "عقد وفدا الحكومة والمعارضة اليوم في جنيف جولة محادثات جديدة، بوساطة قطرية"
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "third-party")]
    # the mediator's nationality is not the sides' country
    e = _one(ex, "توصلت الحكومة والمتمردون إلى اتفاق سلام بوساطة قطرية", "AGREE", "توصلت")
    assert "QAT GOV" not in _codes(e.actors) and "QAT REB" not in _codes(e.targets)


def test_assemble_the_tplf_by_its_full_name(ex):
    e = _one(ex, "هاجمت قوات تيغراي بلدة في إقليم عفر شمال شرقي إثيوبيا", "ASSAULT", "هاجمت")
    assert _codes(e.actors) == ["ETH REB"] and e.place.country == "ETH"
    e = _one(ex, "وقعت الحكومة الإثيوبية والجبهة الشعبية لتحرير تيغراي اتفاقا للسلام", "AGREE", "")
    assert "ETH REB" in _codes(e.actors) + _codes(e.targets)


def test_assemble_a_count_past_most_of_them_between_commas(ex):
    text = "قالت المنظمة إن أكثر من 300 مدني، معظمهم من النساء، قتلوا في هجمات شنتها الميليشيات على قرى دارفور"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.fatalities == 300


def test_assemble_a_capital_naming_a_states_forces_is_no_place(ex):
    e = _one(ex, "طالبت الأمم المتحدة بانسحاب قوات كيغالي من إقليم شمال كيفو", "RETREAT", "بانسحاب")
    assert e.place is None or e.place.country != "RWA"


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # who is backed acts, not what backs them
        ("قالت موسكو إن مئات الجنود الأوكرانيين مدعومين بالدبابات توغلوا في مقاطعة بيلغورود", "MOBILIZE",
         "توغلوا", ["UKR MIL"]),
        ("قال مسؤول كردي إن مقاتلين مدعومين من تركيا هاجموا قرية قرب منبج", "ASSAULT", "هاجموا", ["SYR REB"]),
        # the victims an act heads are not its actor
        ("ارتفعت حصيلة ضحايا التفجير الذي استهدف سوقا في مدينة كويتا إلى 40 قتيلا", "ASSAULT", "التفجير", []),
    ],
)
def test_assemble_who_is_backed_acts_and_victims_do_not(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.actors) == actors


def test_assemble_an_envoy_recalled_past_a_time_between_commas(ex):
    text = "استدعت تونس، صباح اليوم الاثنين، سفيرها لدى طرابلس للتشاور، احتجاجا على تصريحات مسؤول ليبي"
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "withdraw")]
    (e,) = events
    assert _codes(e.actors) == ["TUN GOV"] and _codes(e.targets) == ["LBY GOV"]
    assert e.date.text == "صباح اليوم الاثنين"


@pytest.mark.parametrize(
    "text, types",
    [
        # in protest, after another kind of act, is why it was done
        ("قطعت الحكومة علاقاتها مع كاراكاس احتجاجا على طرد سفيرها", ["SANCTION"]),
        # people who go out or shut their shops in protest protest
        ("أغلق التجار محالهم في سوق الحميدية احتجاجا على الضرائب الجديدة", ["PROTEST"]),
    ],
)
def test_assemble_in_protest_of(ex, text, types):
    assert [e.type for e in ex.extract(text, article_date=DATE) if e.type in ("PROTEST", "SANCTION")] == types


@pytest.mark.parametrize(
    "text, mode, targets",
    [
        ("أعلنت حكومة النيجر إنهاء اتفاقية التعاون الدفاعي مع الولايات المتحدة", "withdraw", ["USA GOV"]),
        ("أعلنت الهند إغلاق مجالها الجوي أمام الطائرات الباكستانية", None, None),
    ],
)
def test_assemble_ending_a_defence_pact_or_closing_the_airspace_is_a_sanction(ex, text, mode, targets):
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.mode) == ("SANCTION", mode)
    if targets is not None:
        assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # a taking whose subject carries its ties, backer or leader before "على"
        ("سيطر مسلحون مرتبطون بتنظيم القاعدة على بلدة بوني في وسط مالي بعد معارك مع الجيش", ["MLI REB"]),
        ("سيطر متمردو حركة 23 مارس المدعومة من رواندا على مدينة بوكافو بعد معارك مع الجيش", ["COD REB"]),
        ("سيطرت فصائل المعارضة المسلحة بقيادة هيئة تحرير الشام على مدينة حماة بعد معارك عنيفة", ["SYR REB"]),
    ],
)
def test_assemble_a_taking_past_its_subjects_ties(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "سيطر")
    assert _codes(e.actors) == actors and all(t.sector != "REB" for t in e.targets)


def test_assemble_troops_deployed_with_nashara(ex):
    e = _one(ex, "نشرت كينيا نحو ألف شرطي وجندي في العاصمة الهايتية بورت أو برنس", "MOBILIZE", "")
    assert _codes(e.actors) == ["KEN GOV"] and e.mode == "troops"
    assert [x.type for x in ex.extract("نشرت الصحيفة صورا لجنود في مدينة الموصل", article_date=DATE)] == []


def test_assemble_a_quake_that_struck_is_no_attack(ex):
    text = "لقي أكثر من 50 شخصا حتفهم جراء الزلزال العنيف الذي ضرب ولاية هرات غربي أفغانستان"
    assert ex.extract(text, article_date=DATE) == []


def test_assemble_a_release_a_mediator_brought_is_one_event(ex):
    events = ex.extract("أفرجت روسيا وأوكرانيا عن 90 أسيرا من كل جانب بوساطة إماراتية", article_date=DATE)
    assert [e.type for e in events] == ["RETREAT"]


@pytest.mark.parametrize(
    "text, etype, mode, actors",
    [
        # the last troops leaving a country withdraw
        ("غادر آخر جنود القوة الألمانية أراضي مالي صباح اليوم", "RETREAT", "withdraw", ["DEU MIL"]),
        ("غادرت القوات الأمريكية قاعدة عين الأسد غرب العراق", "RETREAT", "withdraw", ["USA MIL"]),
        # a broadcast stopped is censorship
        ("أوقفت السلطات الجزائرية بث قناة فرنسية خاصة", "COERCE", "censor", ["DZA GOV"]),
    ],
)
def test_assemble_troops_leaving_and_broadcasts_stopped(ex, text, etype, mode, actors):
    e = _one(ex, text, etype, "")
    assert e.mode == mode and _codes(e.actors) == actors


@pytest.mark.parametrize(("text", "etype", "codes"), [
    ("وقعت الحكومة التشادية اتفاق سلام مع أكثر من 40 جماعة متمردة", "AGREE", ["TCD REB"]),
    ("أطلقت الجماعة المتمردة سراح خمسة رهائن في شمال مالي", "RETREAT", ["MLI REB"]),
    ("وقالت الشرطة إن حركة متمردة هاجمت قاعدة للجيش", "ASSAULT", ["--- REB"]),
])
def test_assemble_a_rebel_group_named_by_its_adjective(ex, text, etype, codes):
    e = _one(ex, text, etype, "")
    sides = e.targets if etype == "AGREE" else e.actors
    assert _codes(sides) == codes


@pytest.mark.parametrize(("text", "target"), [
    ("قالت الشرطة إن رجلا أطلق النار على مجموعة من المارة في شارع تجاري", "المارة"),
    ("اعتدى مستوطنون على مجموعة من المزارعين الفلسطينيين قرب نابلس", "المزارعين الفلسطينيين"),
])
def test_assemble_some_of_a_group_after_a_preposition_are_the_target(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(("text", "etype", "targets"), [
    ("رحبت الحكومة بالموقف الروسي من الأزمة", "SUPPORT", ["RUS GOV"]),
    ("انتقدت الحكومة الموقف الأمريكي من الأزمة", "ACCUSE", ["USA GOV"]),
    ("أشاد وزير الخارجية السعودي بالدور المصري في التوصل إلى الهدنة", "SUPPORT", ["EGY GOV"]),
    # (a car park is still one)
    ("ودمر هجوم تبنته الحركة موقفا للسيارات في مقديشو", "ASSAULT", ["SOM CVL"]),
])
def test_assemble_whose_stance_is_welcomed_or_criticized(ex, text, etype, targets):
    assert _codes(_one(ex, text, etype, "").targets) == targets


def test_assemble_fishing_boats_fired_on_are_the_target(ex):
    text = "أطلقت الزوارق الحربية الإسرائيلية النار على مراكب الصيادين قبالة سواحل غزة"
    e = _one(ex, text, "ASSAULT", "أطلقت")
    assert [(t.text, t.sector) for t in e.targets] == [("مراكب الصيادين", "CVL")]


@pytest.mark.parametrize(("text", "trigger", "actors"), [
    ("يسعى الجيش إلى السيطرة على المدينة قبل نهاية العام", "السيطرة", ["--- MIL"]),
    ("سعت القوات الحكومية إلى اقتحام البلدة", "اقتحام", ["--- MIL"]),
])
def test_assemble_an_act_sought_is_the_seekers_and_possible(ex, text, trigger, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert _codes(e.actors) == actors and e.modality == "possible"


@pytest.mark.parametrize("text", [
    "يسعى المتظاهرون إلى إسقاط النظام عبر الاحتجاجات السلمية",
    # (control: who call for it)
    "دعا المتظاهرون إلى محاسبة الفاسدين",
])
def test_assemble_protesters_who_seek_or_call_are_protesting(ex, text):
    e = _one(ex, text, "PROTEST", "المتظاهرون")
    assert e.modality == "asserted"


@pytest.mark.parametrize(("text", "actors"), [
    ("انطلقت مسيرة العودة الكبرى على حدود قطاع غزة بمشاركة آلاف الفلسطينيين", ["PSE CVL"]),
    ("نظمت وقفة احتجاجية أمام البرلمان بمشاركة عشرات الناشطين", ["--- OPP"]),
    # (control: no one named)
    ("انطلقت مسيرة العودة الكبرى بمشاركة الآلاف", []),
])
def test_assemble_who_take_part_in_a_protest_hold_it(ex, text, actors):
    assert _codes(_one(ex, text, "PROTEST", "").actors) == actors


def test_assemble_a_movement_after_with_is_no_town(ex):
    text = "اعتقلت السلطات التركية 120 شخصا يشتبه في صلتهم بحركة غولن"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert e.place is None and _codes(e.targets) == ["TUR CVL"]


def test_assemble_who_suffered_an_attack_past_where_it_is(ex):
    text = "قالت المنظمة إن مستشفى في شمال اليمن تعرض لقصف جوي أدى إلى مقتل 19 شخصا"
    e = _one(ex, text, "ASSAULT", "لقصف")
    assert [(t.text, t.sector) for t in e.targets] == [("مستشفى", "MED")]


def test_assemble_who_backs_a_thing_told_in_a_clause_is_no_act_nor_target(ex):
    text = "قالت المنظمة إن مستشفى تدعمه في شمال اليمن تعرض لقصف جوي"
    assert _types(ex, text) == ["ASSAULT"]
    text = "هاجمت فصائل تدعمها تركيا مواقع لقوات سوريا الديمقراطية"
    assert _codes(_one(ex, text, "ASSAULT", "هاجمت").targets) == ["SYR REB"]
    # (control: a state's backing told as its act)
    assert _types(ex, "أكد الرئيس أن إيران تدعمه") == ["SUPPORT"]


def test_assemble_a_man_named_by_his_nationality_is_no_army(ex):
    text = "أصيب جنديان إسرائيليان بجروح في عملية دهس نفذها فلسطيني قرب رام الله"
    e = _one(ex, text, "ASSAULT", "دهس")
    assert _codes(e.actors) == ["PSE CVL"] and _codes(e.targets) == ["ISR MIL"]


def test_assemble_schoolgirls_counted_are_whom_the_pronoun_names(ex):
    text = "أعلنت الشرطة النيجيرية تحرير 40 طالبة خطفهن مسلحون من مدرستهن الأسبوع الماضي"
    e = _one(ex, text, "ASSAULT", "خطفهن")
    assert [(t.text, t.sector) for t in e.targets] == [("طالبة", "CVL")]


@pytest.mark.parametrize("text", [
    "توفي معتقل تحت التعذيب في أحد سجون النظام السوري",
    "مات شاب تحت التعذيب في مركز للشرطة",
])
def test_assemble_who_died_under_torture_suffered_it(ex, text):
    e = _one(ex, text, "ASSAULT", "التعذيب")
    assert e.mode == "torture" and e.actors == () and [t.sector for t in e.targets] == ["CVL"]


@pytest.mark.parametrize(("text", "actor", "target"), [
    ("أقدم مجهول على طعن شرطي أمام مقر وزارة الداخلية", "مجهول", "شرطي"),
    ("اختطف مسلح مجهول طفلا في المدينة", "مسلح مجهول", "طفلا"),
])
def test_assemble_one_unknown_assailant(ex, text, actor, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == ([actor], [target])


def test_assemble_a_verbs_form_past_an_adjective_of_its_subject(ex):
    e = _one(ex, "أطلقت الجماعة المتمردة سراح خمسة رهائن في شمال مالي", "RETREAT", "أطلقت")
    assert e.mode == "release"


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # the subjunctive and jussive plural ("لم يهاجموا", "أن يقصفوا") is the verb too
        ("وقال السكان إن المسلحين لم يهاجموا القرية هذه المرة", "ASSAULT", "يهاجموا", "negated"),
        ("وطالب المحتجون الحكومة بأن يطلقوا سراح المعتقلين", "RETREAT", "يطلقوا", "requested"),
    ],
)
def test_assemble_the_jussive_plural_of_a_verb(ex, text, etype, trigger, modality):
    assert _one(ex, text, etype, trigger).modality == modality


def test_assemble_attackers_are_the_actor_and_a_wedding_the_target(ex):
    _check(ex, "استهدف المهاجمون حفل زفاف في القرية بالأسلحة الرشاشة", "ASSAULT", "استهدف",
           ["--- REB"], ["--- CVL"])


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # aid or funds cut off: whom they were for is the target, never the agent
        ("علقت واشنطن مساعداتها العسكرية لإثيوبيا بسبب الحرب", ["USA GOV"], ["ETH GOV"]),
        ("جمدت ألمانيا مساعداتها التنموية للنيجر بعد الانقلاب", ["DEU GOV"], ["NER GOV"]),
        ("أعلن البنك الدولي تعليق المساعدات للسودان بعد الانقلاب", ["IGO IGO"], ["SDN GOV"]),
    ],
)
def test_assemble_aid_cut_off_targets_its_recipient(ex, text, actors, targets):
    e = _check(ex, text, "SANCTION", "", actors, targets)
    assert e.mode == "discontinue"


@pytest.mark.parametrize(
    "text, etype, mode, actors, targets",
    [
        # a ban on gatherings restricts; a cooperation pact cancelled, or an envoy given
        # hours to leave, is a sanction (the state on the other side is not the actor's)
        ("أعلنت السلطات حظر التجمعات في العاصمة لمدة أسبوع", "COERCE", "restrict", ["--- GOV"], None),
        ("ألغى المجلس العسكري اتفاقيات التعاون الأمني مع فرنسا", "SANCTION", "withdraw", ["--- GOV"], ["FRA GOV"]),
        ("أمهلت الحكومة السفير الفرنسي 72 ساعة لمغادرة البلاد", "SANCTION", "expel", ["--- GOV"], ["FRA GOV"]),
    ],
)
def test_assemble_bans_cancelled_pacts_and_envoys_sent_home(ex, text, etype, mode, actors, targets):
    e = _check(ex, text, etype, "", actors, targets)
    assert e.mode == mode


@pytest.mark.parametrize(
    "text, targets",
    [
        # hideouts are sites; an adjective at the end of a site's name tells whose it is;
        # energy facilities are civilian property
        ("قصفت الطائرات الحربية مخابئ للمسلحين في الجبال", ["--- REB"]),
        ("استهدفت الغارات مقر قيادة عسكري في المدينة", ["--- MIL"]),
        ("استهدفت الصواريخ منشآت الطاقة في المدينة", ["--- CVL"]),
    ],
)
def test_assemble_sites_struck_and_whose_they_are(ex, text, targets):
    _check(ex, text, "ASSAULT", "", None, targets)


@pytest.mark.parametrize(
    "text",
    [
        # the class an attack is compared with is no attack; "يعد" is "is considered"
        "ويعد ذلك واحدا من أعنف الهجمات التي شهدتها العاصمة منذ سنوات",
        "وكان ذلك من أكثر الهجمات دموية في تاريخ البلاد",
        # a pledge to one's own public is no agreement
        "وتعهد الرئيس الجديد بتشكيل حكومة كفاءات خلال شهر",
    ],
)
def test_assemble_comparisons_and_pledges_are_no_events(ex, text):
    assert [(e.type, e.trigger.text) for e in ex.extract(text, article_date=DATE)] == []


@pytest.mark.parametrize(
    "text, etype, targets",
    [
        # a time between commas stands between the subject and the object
        ("هاجم عشرات المسلحين، فجر الأحد، ثكنة للجيش في شمال البلاد", "ASSAULT", ["--- MIL"]),
        ("اعتقلت الشرطة، مساء أمس، ثلاثة ناشطين في وسط المدينة", "COERCE", ["--- OPP"]),
    ],
)
def test_assemble_an_object_past_a_time_between_commas(ex, text, etype, targets):
    _check(ex, text, etype, "", None, targets)


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # a means brought in by "ب" is no subject of the verb after it
        ("قتل سبعة أشخاص في ضربة بطائرة مسيرة استهدفت سوقا شعبيا في البلدة", "ASSAULT", []),
        # Iran's supreme leader by his title
        ("واتهم المرشد الأعلى الولايات المتحدة بإثارة الفوضى", "ACCUSE", ["IRN GOV"]),
    ],
)
def test_assemble_no_subject_in_a_means_or_a_place(ex, text, etype, actors):
    _check(ex, text, etype, "", actors, None)


def test_assemble_a_capital_after_wa_fi_is_where_not_who(ex):
    # (the government the sentence names acts there: France's)
    e = _one(ex, "وفي باريس، أقرت الحكومة حزمة جديدة من العقوبات على روسيا", "SANCTION", "العقوبات")
    assert [(a.text, a.code) for a in e.actors] == [("الحكومة", "FRA GOV")]
    assert e.place is not None and e.place.text == "باريس"


def test_assemble_a_toll_counts_the_others_inside_the_victims_phrase(ex):
    text = "أسفر انفجار قرب مدخل الفندق عن مقتل ثلاثة من موظفي البعثة وخمسة صوماليين"
    assert _one(ex, text, "ASSAULT", "انفجار").fatalities == 8


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a first side named by a title and a name the lexicon lacks, then a second side
        ("أجرى المبعوث الأمريكي جون سميث ووزير الخارجية الإيراني محادثات في مسقط", "محادثات"),
        ("التقى المبعوث الأمريكي جون سميث ووزير الخارجية الإيراني في الدوحة", "التقى"),
    ],
)
def test_assemble_two_sides_past_a_name_the_lexicon_lacks(ex, text, trigger):
    e = _check(ex, text, "CONSULT", trigger, ["USA GOV"], ["IRN GOV"])
    assert e.actors[0].text == "المبعوث الأمريكي جون سميث"


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # the second side is the first's counterpart
        ("وقع الرئيس الأمريكي جون سميث ونظيره الإيراني اتفاقا في مسقط", "AGREE", "وقع"),
        ("أجرى الوزير الأمريكي جون سميث ونظيره الإيراني محادثات في مسقط", "CONSULT", "محادثات"),
    ],
)
def test_assemble_a_counterpart_past_a_name_the_lexicon_lacks(ex, text, etype, trigger):
    e = _check(ex, text, etype, trigger, ["USA GOV"], ["IRN GOV"])
    assert e.actors[0].text.endswith("جون سميث")


@pytest.mark.parametrize(
    "text, told",
    [
        # "دان" without its hamza condemns
        ("ودانت الحكومة الأردنية بشدة هذا العمل الجبان", [("ACCUSE", "disapprove")]),
        # staff of a mission driven out, or given hours to leave, are expelled
        ("قررت الحكومة طرد خمسة موظفين من السفارة البلجيكية", [("SANCTION", "expel")]),
        ("أمهلت السلطات ثلاثة موظفين في القنصلية 72 ساعة لمغادرة البلاد", [("SANCTION", "expel")]),
        # a meeting an air strike hits is its target, not talks
        ("قتل قياديان في غارة استهدفت اجتماعا لقادة الفصيل", [("ASSAULT", "aerial")]),
        # what an act is called is no act of its own
        ("وأدانت الخارجية الضربة معتبرة إياها عدوانا على سيادة البلاد", [("ACCUSE", "disapprove")]),
        # a threat to go on striking is one threat
        ("وتوعد الجيش بمواصلة الغارات على مواقع الحركة", [("THREATEN", "violence")]),
        # raiders leaving after a raid do not withdraw forces
        ("وأحرق المسلحون عشرات المنازل قبل أن ينسحبوا إلى الغابة", [("ASSAULT", "destroy")]),
        # a donors' conference is a meeting of many; units sent are a deployment
        ("وتستضيف القاهرة مؤتمرا دوليا للمانحين الشهر المقبل", [("CONSULT", "multilateral")]),
        ("وقالت البعثة إنها سترسل وحدات إضافية إلى الإقليم", [("MOBILIZE", "troops")]),
    ],
)
def test_assemble_acts_named_and_acts_called(ex, text, told):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == told


@pytest.mark.parametrize(
    "text, actors",
    [
        # people who protest are protesters; named by their nationality they stay civilians
        ("تظاهر آلاف الأشخاص في العاصمة احتجاجا على غلاء الأسعار", ["--- OPP"]),
        ("ونفذ الطلاب اعتصاما أمام مقر الجامعة", ["--- OPP"]),
        ("تظاهر عراقيون في ساحة التحرير وسط بغداد", ["IRQ CVL"]),
    ],
)
def test_assemble_people_who_protest_are_protesters(ex, text, actors):
    _check(ex, text, "PROTEST", "", actors, None)


def test_assemble_a_priest_abducted_is_clergy(ex):
    _check(ex, "اختطف مسلحون مجهولون قسا في شمال غرب البلاد", "ASSAULT", "اختطف", None, ["--- REL"])


def test_assemble_a_phrase_after_a_preposition_is_no_subject(ex):
    text = "وأعلن رئيس الوزراء أنه سيقدم استقالته إلى البرلمان خلال أيام"
    e = _one(ex, text, "RETREAT", "استقالته")
    assert e.mode == "resign" and all(a.sector != "LEG" for a in e.actors)


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        ("ودعا المرجع الشيعي الأعلى علي السيستاني إلى ضبط النفس", "REQUEST", ["IRQ REL"], None),
        ("احتجزت البحرية ناقلتين في مياه الخليج", "COERCE", None, ["--- CVL"]),
    ],
)
def test_assemble_a_cleric_and_two_tankers(ex, text, etype, actors, targets):
    _check(ex, text, etype, "", actors, targets)


def test_assemble_the_international_community_is_an_international_body(ex):
    # (a title with the article heads no construct: "حث الوزير المجتمع الدولي")
    _check(ex, "وحث الوزير المجتمع الدولي على تقديم المساعدات", "REQUEST", "حث", ["--- GOV"], ["IGO IGO"])


def test_assemble_an_agreement_signed_past_a_time_and_place_is_told_by_its_verb(ex):
    text = "وقع الجيش والمتمردون أمس في الدوحة اتفاقا لوقف إطلاق النار"
    e = _one(ex, text, "AGREE", "")
    assert e.trigger.text == "وقع" and e.trigger.start_char == 0


def test_assemble_joint_military_patrols_are_cooperation(ex):
    text = "اتفق البلدان على تسيير دوريات عسكرية مشتركة على طول الطريق الدولي"
    assert "COOPERATE" in _types(ex, text)


def test_assemble_a_district_named_after_a_body_is_a_place(ex):
    text = ("أعلن الجيش أن قوات مكافحة الإرهاب استعادت السيطرة على حي الطيران في الجانب الأيمن من "
            "المدينة بعد معارك مع مسلحي التنظيم")
    e = _one(ex, text, "ASSAULT", "استعادت")
    assert e.place.text == "حي الطيران" and _codes(_one(ex, text, "ASSAULT", "معارك").targets) == ["--- REB"]


def test_assemble_posts_of_a_body_are_its_sites_not_the_attacker(ex):
    text = "اتهمت وزارة الدفاع الفصائل المسلحة بقصف نقاط للجيش في ريف المحافظة"
    e = _one(ex, text, "ASSAULT", "بقصف")
    assert all(a.sector != "MIL" for a in e.actors)


@pytest.mark.parametrize("text, trigger, actors, targets", [
    # a feminine verb cannot agree with a masculine phrase after it: that phrase is whom
    # it addresses, and the subject is the clause's before
    ("أصدرت الخارجية المصرية بيانا، وطالبت مجلس الأمن بالتحرك الفوري", "طالبت", ["EGY GOV"], ["UNO UNO"]),
    ("أصدرت وزارة الخارجية القطرية بيانا، وحثت المجتمع الدولي على التدخل", "حثت", ["QAT GOV"], ["IGO IGO"]),
    # a feminine verb with a feminine subject after it keeps it
    ("ودعت الحكومة السودانية السكان إلى التزام منازلهم", "دعت", ["SDN GOV"], ["SDN CVL"]),
    # a masculine verb keeps the masculine subject after it
    ("ودعا المجتمع الدولي إيران إلى وقف التصعيد", "دعا", ["IGO IGO"], ["IRN GOV"]),
    # a state's verb is feminine: a capital after a masculine one is its object
    ("ووصف الوزير الهجوم بأنه عمل جبان، وطالب طهران بوقف دعمها للمسلحين", "طالب", None, ["IRN GOV"]),
    ("وأدان مجلس الأمن القصف وطالب الخرطوم بوقفه فورا", "طالب", ["UNO UNO"], ["SDN GOV"]),
    # and after a feminine one its subject
    ("وطالبت طهران واشنطن برفع العقوبات", "طالبت", ["IRN GOV"], ["USA GOV"]),
    # a seat named for the state is masculine ("قال البيت الأبيض")
    ("وطالب البيت الأبيض موسكو بسحب قواتها", "طالب", ["USA GOV"], ["RUS GOV"]),
])
def test_assemble_a_verb_agrees_with_its_subject_not_its_object(ex, text, trigger, actors, targets):
    _check(ex, text, "REQUEST", trigger, actors, targets)


def test_assemble_a_call_is_aimed_at_whom_it_addresses_not_at_the_act_called_for(ex):
    e = _check(ex, "ودعا الرئيس التونسي الدول الأوروبية إلى الضغط على إسرائيل لوقف الحرب", "REQUEST", "دعا",
               ["TUN GOV"], None)
    assert "ISR GOV" not in _codes(e.targets)


def test_assemble_a_body_and_whom_it_belongs_to_are_one_phrase(ex):
    e = _check(ex, "وحثت المفوضية السامية لحقوق الإنسان التابعة للأمم المتحدة الطرفين على السماح بإجلاء الجرحى",
               "REQUEST", "حثت", ["UNO UNO"], None)
    assert [a.text for a in e.actors] == ["المفوضية السامية لحقوق الإنسان التابعة للأمم المتحدة"]
    assert e.targets and "الطرفين" in e.targets[0].text


def test_assemble_where_a_delegation_goes_does_not_hold_the_talks(ex):
    _check(ex, "ومن المنتظر أن يصل وفد من حركة حماس إلى الدوحة غدا لاستئناف المفاوضات مع إسرائيل",
           "CONSULT", "المفاوضات", ["PSE REB"], ["ISR GOV"])


@pytest.mark.parametrize("text, etype, trigger, actors", [
    # (a delegation of rank is a government's; visiting Ankara, not Turkey's)
    ("وقال مسؤولون إن وفدا رفيع المستوى سيزور أنقرة الأسبوع المقبل", "CONSULT", "سيزور", ["--- GOV"]),
    ("وأعلنت قيادة عمليات نينوى أن قواتها اعتقلت خمسة مطلوبين", "COERCE", "اعتقلت", ["--- MIL"]),
    ("وقالت الخلية إن قيادة عمليات بغداد دفعت بتعزيزات إلى الطارمية", "MOBILIZE", "دفعت", ["IRQ MIL"]),
])
def test_assemble_delegations_of_rank_and_operations_commands(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert e.actors, e
    if actors != ["--- MIL"]:
        assert _codes(e.actors) == actors
    else:
        assert [a.sector for a in e.actors] == ["MIL"]


@pytest.mark.parametrize("text, trigger, mode", [
    ("استهدف المسلحون زورقا للبحرية بعدد من الصواريخ قبالة السواحل", "استهدف", "heavy-weapons"),
    ("هاجم مسلحون حاجزا للشرطة بالأسلحة الرشاشة قرب المدينة", "هاجم", "firearms"),
    ("استهدف المقاتلون آلية عسكرية بوابل من القذائف شرق البلدة", "استهدف", "heavy-weapons"),
])
def test_assemble_the_weapon_after_an_attack_gives_its_mode(ex, text, trigger, mode):
    assert _one(ex, text, "ASSAULT", trigger).mode == mode


def test_assemble_an_attack_then_its_weapon_then_who_made_it(ex):
    e = _check(ex, "قتل أربعة جنود في هجوم بالأسلحة الخفيفة شنه مسلحون مجهولون على حاجز للجيش", "ASSAULT",
               "هجوم", ["--- REB"], None)
    assert e.mode == "firearms" and e.fatalities == 4


@pytest.mark.parametrize("text, fatalities", [
    ("قالت الوزارة إن جنديين أردنيين قتلا وأصيب ثلاثة آخرون أمس جراء قصف على نقطة حدودية", 2),
    ("وأفاد مسعفون بأن ممرضا وطفلا استشهدا برصاص قوات الاحتلال", 2),
])
def test_assemble_the_dead_told_by_a_verb_in_the_dual(ex, text, fatalities):
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(found) == 1, found
    assert found[0].fatalities == fatalities


def test_assemble_a_feminine_participle_calls_but_a_preacher_does_not(ex):
    e = _check(ex, "وأدانت الوزارة القصف، داعيةً واشنطن إلى احترام سيادة البلاد", "REQUEST", "داعية",
               None, ["USA GOV"])
    assert e.actors and e.actors[0].text == "الوزارة"
    assert not [e for e in ex.extract("وقال الداعية المعروف إن الحرب يجب أن تنتهي", article_date=DATE)
                if e.type == "REQUEST"]


@pytest.mark.parametrize("text, etype", [
    ("أطلقت الشرطة الغاز المسيل للدموع على المحتجين في حي التضامن", "SUPPORT"),  # a district's name
    ("تبنى مجلس الأمن قرارا بتمديد العقوبات بموافقة 13 عضوا", "AGREE"),  # a vote
])
def test_assemble_names_and_votes_are_no_acts(ex, text, etype):
    assert etype not in _types(ex, text)


def test_assemble_a_meeting_at_ones_request_and_a_relative_clause_keep_their_acts_asserted(ex):
    text = "يعقد مجلس الأمن جلسة طارئة بطلب من أوكرانيا التي تتهم موسكو بقصف محطة للطاقة"
    found = {e.type: e for e in ex.extract(text, article_date=DATE)}
    assert found["ACCUSE"].modality.value == "asserted"
    assert found["ASSAULT"].modality.value == "asserted"


def test_assemble_rights_groups_call_and_guards_are_not_targets(ex):
    _check(ex, "وطالبت منظمات حقوقية بالإفراج عن الصحفيين المعتقلين", "REQUEST", "طالبت", ["--- HRI"], None)
    e = _one(ex, "هاجم مستوطنون تحت حماية قوات الاحتلال منازل في بلدة حوارة فجر اليوم", "ASSAULT", "هاجم")
    assert e.targets and all(t.sector != "MIL" for t in e.targets)


def test_assemble_brandishing_force_after_a_clause_is_a_threat(ex):
    e = _one(ex, "وأمهل الرئيس المسلحين أسبوعا لتسليم أسلحتهم، ملوحا بعملية عسكرية واسعة", "THREATEN", "ملوحا")
    assert [a.text for a in e.actors] == ["الرئيس"]


def test_assemble_the_dead_since_a_war_broke_out_are_a_tally(ex):
    assert not ex.extract("ومنذ اندلاع الحرب قبل عامين، قتل أكثر من عشرين ألف مدني", article_date=DATE)
    assert not ex.extract("قتل أكثر من 400 شخص منذ بدء النزاع في الإقليم", article_date=DATE)
    assert not [e for e in ex.extract("وقدر ناشطون عدد من قتلوا منذ بدء الاحتجاجات بأكثر من 300 شخص",
                                      article_date=DATE) if e.type in ("ASSAULT", "PROTEST")]
    # (a battle's toll is the battle's, and an attack that killed them is an event of its own)
    found = ex.extract("لقي 300 مقاتل مصرعهم منذ بدء معركة السيطرة على المدينة", article_date=DATE)
    assert [(e.type, e.fatalities) for e in found] == [("ASSAULT", 300)]
    found = ex.extract("قتل 12 مدنيا في قصف على المدينة منذ اندلاع الحرب", article_date=DATE)
    assert [(e.type, e.trigger.text, e.fatalities) for e in found] == [("ASSAULT", "قصف", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "وقّع ممثلو الحكومة والمتمردين، مساء أمس في مدينة جوبا، اتفاقا لوقف إطلاق النار",
        # two leaders, each with his title and name, then a time and a place
        ("وقّع رئيس الحكومة المؤقتة عبد الله حمدوك وقائد حركة تحرير السودان مني أركو مناوي مساء أمس "
         "السبت في العاصمة جوبا اتفاقا لوقف القتال"),
    ],
)
def test_assemble_an_agreement_signed_past_a_time_and_place_between_commas(ex, text):
    e = _one(ex, text, "AGREE", "وقّع")
    assert e.trigger.text == "وقّع" and e.actors


def test_assemble_a_signing_is_where_it_is_told_between_the_verb_and_the_agreement(ex):
    text = "وقعت الحكومة اليمنية والمجلس الانتقالي الجنوبي، مساء امس في الرياض، على اتفاق ينص على عودة الحكومة إلى عدن"
    e = _one(ex, text, "AGREE", "وقعت")
    assert (e.place.text, e.place.country) == ("الرياض", "SAU")


def test_assemble_the_military_coalition_led_by_saudi_arabia_is_one_actor(ex):
    e = _one(ex, "ودعا التحالف العسكري بقيادة السعودية إلى وقف فوري لإطلاق النار في عدن", "REQUEST", "دعا")
    assert [a.text for a in e.actors] == ["التحالف العسكري بقيادة السعودية"] and _codes(e.actors) == ["SAU MIL"]
    assert e.targets == ()


def test_assemble_clashes_an_attack_led_to_and_a_counterpart_side(ex):
    text = ("ورد الجيش الأفغاني بقصف مواقع عسكرية باكستانية بالأسلحة الثقيلة، ما أدى إلى اشتباكات "
            "بين القوات الأفغانية ونظيرتها الباكستانية")
    found = {e.trigger.text: e for e in ex.extract(text, article_date=DATE)}
    shelling, clashes = found["بقصف"], found["اشتباكات"]
    assert shelling.mode == "heavy-weapons"  # (past "باكستانية", a word that begins with ب)
    assert _codes(shelling.targets) == ["PAK MIL"]
    assert _codes(clashes.actors) == ["AFG MIL"] and _codes(clashes.targets) == ["PAK MIL"]


def test_assemble_clashes_between_the_two_sides_told_before(ex):
    text = "وأفاد سكان في المدينة بأن اشتباكات عنيفة اندلعت صباح اليوم بين الطرفين قرب المطار"
    e = _one(ex, text, "ASSAULT", "اشتباكات")
    assert [a.text for a in e.actors] == ["الطرفين"]


def test_assemble_forces_that_spread_out_deploy_but_news_does_not(ex):
    e = _one(ex, "وقال المتحدث إن قوات الشرطة انتشرت في محيط الملعب", "MOBILIZE", "انتشرت")
    assert _codes(e.actors) == ["--- COP"]
    assert not ex.extract("وانتشر المقطع على مواقع التواصل الاجتماعي", article_date=DATE)


def test_assemble_an_object_past_where_it_was_said(ex):
    _check(ex, "وحثت وزارة الخارجية المصرية، في بيان صدر عنها مساء اليوم، مجلس الأمن على التحرك",
           "REQUEST", "حثت", ["EGY GOV"], ["UNO UNO"])


def test_assemble_a_shelling_and_its_shells_are_one_attack(ex):
    text = "اتهمت الحكومة المتمردين بقصف أحياء سكنية في المدينة بقذائف الهاون، ما أدى إلى مقتل ثلاثة مدنيين"
    attacks = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].fatalities == 3 and attacks[0].mode == "heavy-weapons"


def test_assemble_prisoners_exchanged_past_commas_by_the_sides_not_the_mediator(ex):
    text = "تبادلت أرمينيا وأذربيجان، صباح اليوم، عشرات الأسرى بوساطة من دولة قطر"
    found = {e.type: e for e in ex.extract(text, article_date=DATE)}
    release = found["RETREAT"]
    assert release.mode == "release" and release.trigger.text == "تبادلت"
    assert _codes(release.actors) == ["ARM GOV", "AZE GOV"]


def test_assemble_a_joint_declaration_signed_is_an_agreement(ex):
    text = 'وقّع الرئيسان، أمس في العاصمة، "إعلانا مشتركا" لإنهاء النزاع بين البلدين'
    assert _one(ex, text, "AGREE", "وقّع").trigger.text == "وقّع"


def test_assemble_the_minsk_group_is_no_belarusian_body(ex):
    e = _one(ex, "ودعت مجموعة مينسك الطرفين إلى احترام الهدنة", "REQUEST", "دعت")
    assert _codes(e.actors) == ["IGO IGO"]


def test_assemble_a_protest_called_for_is_its_callers(ex):
    e = _one(ex, "دعت أحزاب معارضة ونقابات إلى التظاهر أمام البرلمان يوم الجمعة", "PROTEST", "التظاهر")
    assert e.modality.value == "requested" and e.actors and e.actors[0].sector == "OPP"


def test_assemble_ending_a_siege_called_for_is_a_withdrawal(ex):
    e = _one(ex, "وطالب مجلس الأمن المتمردين بإنهاء الحصار المفروض على المدينة", "RETREAT", "إنهاء")
    assert e.mode == "withdraw" and e.modality.value == "requested"


@pytest.mark.parametrize("text, kept", [
    # destruction an attack caused, past a name in quotes, is that attack
    ('صدت القوات هجوما على مقر الفرقة، ما أسفر عن مقتل 40 من عناصر "الميليشيا" وتدمير عدد من مركباتها',
     ["هجوما"]),
    # an act a few days before is no effect of it
    ("ودمر تفجير انتحاري سوقا في المدينة وأوقع 12 قتيلا وذلك بعد أيام من كمين نصبه متمردون لموكب الوزير",
     ["دمر", "كمين"]),
])
def test_assemble_what_an_attack_caused_and_what_came_before(ex, text, kept):
    found = [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [k for k in kept if any(k in f for f in found)] == kept and len(found) == len(kept), found


def test_assemble_a_resolution_speaks_for_who_adopted_it_and_one_withdraws_from_a_place(ex):
    text = "تبنى مجلس الأمن، مساء أمس، قرارا يطالب المتمردين بالانسحاب من مدينة الفاشر"
    request = _check(ex, text, "REQUEST", "يطالب", ["UNO UNO"], ["SDN REB"])
    assert "slot.document" in request.rules
    withdrawal = _one(ex, text, "RETREAT", "الانسحاب")
    assert _codes(withdrawal.actors) == ["SDN REB"]


def test_assemble_a_city_inside_another_actors_name_is_no_place(ex):
    e = _one(ex, "ودانت حكومة طرابلس الضربات المصرية على مدينة درنة", "ASSAULT", "الضربات")
    assert e.place is not None and e.place.text == "مدينة درنة" and e.place.country == "LBY"
    # (a site named after its city is where: "مطار صنعاء")
    e = _one(ex, "وبحث المبعوث مع الوفد وقف إطلاق النار وفتح مطار صنعاء", "RETREAT", "فتح")
    assert e.place is not None and e.place.country == "YEM"


@pytest.mark.parametrize(
    "text, target",
    [
        # the place a siege is laid on is against whom it is, coded as its civilians
        ("أعلن وزير الدفاع الإسرائيلي فرض حصار كامل على قطاع غزة", "PSE CVL"),
        ("وتفرض قوات الاحتلال منذ أسبوعين حصارا مشددا على مدينة نابلس", "PSE CVL"),
    ],
)
def test_assemble_a_siege_is_against_the_place_besieged(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE")
    assert _codes(e.targets) == [target] and "slot.besieged" in e.rules
    # (a curfew in a city names where, not whom)
    e = _one(ex, "فرضت السلطات العراقية حظر التجول في مدينة البصرة", "COERCE", "حظر")
    assert e.targets == ()


def test_assemble_an_adjective_after_two_nouns_is_the_firsts_too(ex):
    text = "أطلقت سفن وغواصات أمريكية وبريطانية أكثر من 110 صواريخ على أهداف للدفاعات الجوية الليبية"
    e = _one(ex, text, "ASSAULT", "أطلقت")
    assert sorted(set(_codes(e.actors))) == ["GBR MIL", "USA MIL"]
    # (a noun with a sector of its own keeps it: civilians are not the soldiers' state's army)
    e = _one(ex, "قتل مدنيون وعسكريون سوريون في القصف", "ASSAULT", "القصف")
    assert [t.sector for t in e.targets] == ["CVL", "MIL"]


@pytest.mark.parametrize(
    "text, country",
    [
        # "بلاده" is the speaker's state: the sentence's subject, not the last state named
        ("وقال وزير الخارجية الروسي خلال اتصال مع نظيره الأمريكي إن بلاده سترد بقوة على أي هجوم", "RUS"),
        ("التقت المبعوثة الأمريكية في يريفان رئيس الوزراء الأرميني، معلنة أن بلادها ستقدم مساعدات إنسانية",
         "USA"),
    ],
)
def test_assemble_his_country_is_the_speakers(ex, text, country):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("THREATEN", "AID"))
    assert [a.country for a in e.actors] == [country]


def test_assemble_a_call_resumed_after_an_aside_and_an_abstention(ex):
    # the abstention governs the vote it names, not the ceasefire called for after the aside
    text = ("وطالب مجلس الأمن الدولي، في قرار تبناه بأغلبية 14 صوتا وامتناع الولايات المتحدة عن التصويت، "
            "بوقف فوري لإطلاق النار في غزة")
    e = _one(ex, text, "RETREAT", "بوقف")
    assert e.modality == ce.Modality.REQUESTED


def test_assemble_held_responsible_after_a_joined_verb(ex):
    text = ("وطالبت حركة حماس، في بيان، السلطة الفلسطينية بالإفراج عن المعتقلين، وحمّلت الأجهزة الأمنية "
            "المسؤولية الكاملة عن سلامتهم")
    e = _one(ex, text, "ACCUSE", "حمّلت")
    assert _codes(e.actors) == ["PSE REB"] and _codes(e.targets) == ["PSE COP"]
    e = _one(ex, "ودعت حركة فتح إلى إضراب شامل في الضفة الغربية", "REQUEST", "دعت")
    assert _codes(e.actors) == ["PSE PTY"]


def test_assemble_a_date_before_while_is_its_own_clauses(ex):
    # "، فيما": the date told before is the clause before's, not the condemnation's
    text = "ارتفعت حصيلة الغارة على مدينة خاركيف إلى 12 قتيلا، وفق ما أعلن الحاكم اليوم الأحد، فيما ندد الرئيس الأوكراني بالهجوم"
    e = _one(ex, text, "ACCUSE", "ندد")
    assert e.date is None
    # a date fronted before "بينما" governs the sentence
    e = _one(ex, "البارحة، بينما كان الهدوء يعم البلدة، وقع الهجوم على حاجز للجيش", "ASSAULT", "الهجوم")
    assert e.date is not None


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # the object after an aside between commas: a relative clause, or where one spoke
        ("دعا زيلينسكي، الذي وصل الى وارسو في زيارة رسمية، الحلفاء الغربيين الى رد قوي", "دعا", ["--- GOV"]),
        ("دعا وزير الخارجية، خلال مؤتمر صحفي عقده في القاهرة، إسرائيل إلى وقف الهجمات", "دعا", ["ISR GOV"]),
        ("اتهم الرئيس، الذي كان يتحدث للصحفيين، إيران بدعم المسلحين", "اتهم", ["IRN GOV"]),
    ],
)
def test_assemble_the_object_past_an_aside(ex, text, trigger, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # those suspected of belonging to a group are coded as the group
        "اعتقلت قوات الأمن العراقية 15 مشتبها بالانتماء الى داعش في الموصل",
        "اعتقلت الشرطة العراقية خمسة أشخاص يشتبه بانتمائهم لتنظيم داعش",
        "اعتقلت الشرطة العراقية عناصر تنتمي إلى تنظيم داعش",
    ],
)
def test_assemble_members_of_a_group_by_belonging(ex, text):
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["--- REB"]


def test_assemble_a_ban_on_goods_from_a_state_and_the_step_it_aims(ex):
    # whence the goods come is whom the ban is on, not who bans; the step "aimed at" the
    # economy is no attack
    text = ("فرض الرئيس الأميركي جو بايدن حظرا على واردات النفط والغاز من روسيا، في خطوة قال إنها تستهدف "
            "الاقتصاد الروسي")
    assert _types(ex, text) == ["SANCTION"]
    e = _one(ex, text, "SANCTION", "حظرا")
    assert _codes(e.actors) == ["USA GOV"] and _codes(e.targets) == ["RUS GOV"] and e.place is None
    # (an attack on a town "من" a force is still by that force)
    e = _one(ex, "قتل خمسة مدنيين في قصف على البلدة من قوات النظام", "ASSAULT", "قصف")
    assert [a.sector for a in e.actors] == ["MIL"]


@pytest.mark.parametrize("text", ["هاجمت القوات الانفصالية مواقع للجيش", "هاجمت القوات المتمردة مواقع للجيش"])
def test_assemble_forces_in_revolt_are_rebels(ex, text):
    e = _one(ex, text, "ASSAULT", "هاجمت")
    assert [a.sector for a in e.actors] == ["REB"] and [t.sector for t in e.targets] == ["MIL"]


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # a director takes the codes of the body he directs, past its office
        ("التقت مديرة الوكالة الأمريكية للتنمية الدولية في يريفان رئيس الوزراء الأرميني", "التقت", ["USA GOV"],
         None),
        ("اعتقلت قوات الأمن مدير مكتب حركة حماس في القاهرة", "اعتقلت", ["EGY COP"], ["PSE REB"]),
    ],
)
def test_assemble_a_director_of_a_body(ex, text, trigger, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert _codes(e.actors) == actors and (targets is None or _codes(e.targets) == targets)


def test_assemble_asked_of_after_a_pronoun_is_whom_one_asks(ex):
    # "أنه طلب من": the verb, whom the speaker asked after it
    e = _one(ex, "وأكد الرئيس آبي أحمد أنه طلب من الحكومة الإريترية سحب قواتها", "REQUEST", "طلب")
    assert _codes(e.actors) == ["ETH GOV"] and _codes(e.targets) == ["ERI GOV"]
    # "بناء على طلب من": whose request it was
    e = _one(ex, "وعقد مجلس الأمن جلسة بناء على طلب من فرنسا", "REQUEST", "طلب")
    assert _codes(e.actors) == ["FRA GOV"]


def test_assemble_a_meeting_held_at_ones_request_and_whom_a_request_asks(ex):
    found = {e.type: e for e in ex.extract("وعقد مجلس الأمن جلسة طارئة بطلب من فرنسا", article_date=DATE)}
    assert _codes(found["CONSULT"].actors) == ["UNO UNO"]
    assert _codes(found["REQUEST"].actors) == ["FRA GOV"]
    _check(ex, "وطلبت الحكومة العراقية من التحالف الدولي تنفيذ ضربات ضد التنظيم", "REQUEST", "طلبت",
           ["IRQ GOV"], ["IGO MIL"])


def test_assemble_bare_talab_is_a_request_beside_its_subject(ex):
    e = _check(ex, "وطلب الرئيس الفلسطيني أمس من مجلس الأمن توفير الحماية للمدنيين", "REQUEST", "طلب",
               ["PSE GOV"], ["UNO UNO"])
    assert e.date is not None  # (whom one asks past the time)
    e = _check(ex, "وكان وزير الدفاع التركي قد طلب من روسيا وقف الغارات على إدلب", "REQUEST", "طلب",
               ["TUR GOV"], ["RUS GOV"])
    # the one asked is who is to do what is asked
    assert _codes(_one(ex, "طلبت الحكومة العراقية من الولايات المتحدة سحب قواتها", "RETREAT", "سحب").actors) == [
        "USA GOV"]
    # a request with no subject beside it is a noun: no act
    assert not ex.extract("ولم يرد الجيش حتى الآن على طلب للتعليق", article_date=DATE)
    assert not ex.extract("وقدم طلب اللجوء إلى السلطات الألمانية", article_date=DATE)


def test_assemble_a_town_taken_with_the_subject_between_and_the_men_of_a_group(ex):
    text = "سيطر مسلحو تنظيم «الدولة الإسلامية» (داعش) بشكل كامل على مدينة الموصل أمس"
    e = _one(ex, text, "ASSAULT", "سيطر")
    assert _codes(e.actors) == ["--- REB"] and e.actors[0].text.endswith("(داعش)")
    assert _codes(_one(ex, "هاجم مسلحو الحركة مقرا للشرطة", "ASSAULT", "هاجم").actors) == ["--- REB"]
    # (their control is no taking: "مناطق سيطرتها")
    assert not ex.extract("عادت الحافلات إلى مناطق سيطرتها شرقي النهر", article_date=DATE)


def test_assemble_a_place_after_abd_is_a_mans_name(ex):
    # "عبد الجليل" is no Galilee: the arrest is coded by the country the text is about
    text = "أعلن رئيس المجلس الوطني الانتقالي مصطفى عبد الجليل أن السلطات الليبية اعتقلت قائد المجموعة المسلحة"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert _codes(e.actors) == ["LBY GOV"] and _codes(e.targets) == ["LBY REB"] and e.place is None
    events = ex.extract("أعلن مصطفى عبد الجليل أن قوات المجلس الوطني الانتقالي اعتقلت قائد المجموعة المسلحة",
                        article_date=DATE)
    assert [_codes(x.actors) for x in events if x.type == "COERCE"] == [["LBY OPP"]]


@pytest.mark.parametrize(
    "text",
    [
        # the men of a group of no state are the group's, not of the country around them
        "هاجم مسلحون من تنظيم داعش مواقع للجيش العراقي في مدينة الرمادي",
        # (its long name in quotes after "تنظيم" is one name)
        'هاجم مسلحون من تنظيم "الدولة الإسلامية في العراق والشام" مواقع للجيش العراقي في الرمادي',
    ],
)
def test_assemble_armed_men_of_a_transnational_group(ex, text):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert _codes(e.actors) == ["--- REB"] and _codes(e.targets) == ["IRQ MIL"]


def test_assemble_control_wrested_and_the_fronts_of_fighting(ex):
    text = "أعلنت قوات الحكومة أنها انتزعت أمس السيطرة الكاملة على القاعدة الجوية من المتمردين"
    e = _one(ex, text, "ASSAULT", "السيطرة الكاملة")
    assert [t.sector for t in e.targets] == ["REB"]
    found = ex.extract("وانسحب المقاتلون أمس من محاور القتال جنوبي العاصمة", article_date=DATE)
    assert [e.type for e in found] == ["RETREAT"]


def test_assemble_a_warning_is_a_threat_when_it_names_whom_it_warns_or_a_response(ex):
    text = "وقال الرئيس إن الاغتيال لن يمر دون عقاب، محذرا إسرائيل من أن أي حرب على لبنان ستكون مدمرة"
    e = _one(ex, text, "THREATEN", "محذرا")
    assert [a.text for a in e.targets] == ["إسرائيل"] and e.mode == "violence"
    # the retaliation told in the warned clause is the warning's, not a second threat
    text = "وحذّر وزير الخارجية الإيراني، خلال مؤتمر صحفي اليوم، من أن بلاده سترد بحزم على أي هجوم"
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == "THREATEN"]
    assert [(e.trigger.text, _codes(e.actors)) for e in found] == [("حذّر", ["IRN GOV"])]
    _one(ex, "وحذر الحزب من أن أي محاولة لنزع سلاحه بالقوة ستواجه بالرد", "THREATEN", "حذر")
    # so is the warner's own forceful response ("من رد حازم")
    e = _one(ex, "وحذرت كوريا الشمالية من رد حازم على المناورات الأمريكية في المنطقة", "THREATEN", "حذرت")
    assert _codes(e.actors) == ["PRK GOV"]
    _one(ex, "حذر وزير الدفاع التركي من رد عسكري قوي على أي اعتداء", "THREATEN", "حذر")
    # a warning of a danger, of what others' delay brings, of a backlash or of another state's
    # response threatens no one
    for text in ("وحذرت الأمم المتحدة اليوم من خطورة الأوضاع الإنسانية في المدينة",
                 "ودعا الائتلاف المحققين إلى زيارة البلدة، محذرا من أن أي تأخير سيمنح النظام الوقت",
                 "وحذرت الأمم المتحدة من رد فعل غاضب على قرار الحكومة",
                 "وحذرت الأمم المتحدة من رد عسكري أمريكي حازم"):
        assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "THREATEN"]


def test_assemble_the_state_rebuilt_is_whom_the_aid_is_for(ex):
    e = _one(ex, "وتعهدت الدول المانحة بتقديم ملياري دولار لإعادة إعمار العراق", "AID", "دولار")
    assert [a.text for a in e.actors] == ["الدول المانحة"]
    assert _codes(e.targets) == ["IRQ GOV"] and e.modality is ce.Modality.PLANNED


def test_assemble_ties_talks_are_about_are_not_yet_restored(ex):
    text = "والتقى وزير الخارجية المصري نظيره التركي في أنقرة لبحث استئناف العلاقات"
    e = _one(ex, text, "SUPPORT", "استئناف العلاقات")
    assert e.modality is ce.Modality.POSSIBLE
    text = "ووصل وفد أممي إلى عدن لبحث إدخال المساعدات إلى المحافظات الشمالية"
    assert _one(ex, text, "AID", "إدخال المساعدات").modality is ce.Modality.POSSIBLE
    # (control) ties restored are told as done
    e = _one(ex, "واستأنفت القاهرة وأنقرة العلاقات الدبلوماسية بعد قطيعة طويلة", "SUPPORT", "استأنفت")
    assert e.modality is ce.Modality.ASSERTED


def test_assemble_an_act_announced_is_told_and_one_awaited_is_planned(ex):
    text = "ورحبت وزارة الخارجية الأردنية بالإعلان عن وقف إطلاق النار في السودان"
    e = _one(ex, text, "RETREAT", "وقف إطلاق النار")
    assert e.modality is ce.Modality.ASSERTED and e.place.text == "السودان"
    text = "ويترقب السكان الإعلان عن هدنة جديدة في المدينة"
    assert _one(ex, text, "RETREAT", "هدنة").modality is ce.Modality.PLANNED


def test_assemble_a_clause_after_a_joined_indefinite_noun_has_it_for_subject(ex):
    text = "ووقعت صدامات بين قوات الأمن ومحتجين يتظاهرون ضد غلاء المعيشة في مدينة قابس"
    e = _one(ex, text, "PROTEST", "يتظاهرون")
    assert [a.text for a in e.actors] == ["محتجين"] and _codes(e.actors) == ["TUN OPP"]
    # (control) two indefinite nouns joined are both the subject
    e = _one(ex, "وخرج طلاب وعمال يطالبون برحيل الحكومة", "REQUEST", "يطالبون")
    assert [a.text for a in e.actors] == ["طلاب", "عمال"]


def test_assemble_a_capital_after_a_protest_is_where_it_is_not_its_object(ex):
    text = "وخرج عشرات الآلاف في مسيرة بالعاصمة المغربية الرباط تضامنا مع لبنان"
    e = _one(ex, text, "PROTEST", "مسيرة")
    assert _codes(e.actors) == ["MAR OPP"] and e.place.text == "الرباط"


def test_assemble_ones_countrys_backing_is_support(ex):
    text = "وأكد وزير الخارجية المغربي دعم بلاده الكامل للحكومة الليبية"
    e = _one(ex, text, "SUPPORT", "دعم بلاده")
    assert _codes(e.actors) == ["MAR GOV"] and [t.text for t in e.targets] == ["للحكومة الليبية"]
    # (one's own state heads no construct with what follows it)
    e = _one(ex, "وجدد الرئيس دعم بلاده للحكومة الشرعية", "SUPPORT", "دعم بلاده")
    assert [t.text for t in e.targets] == ["للحكومة الشرعية"]


def test_assemble_boats_struck_are_their_owners(ex):
    text = "وأعلنت القيادة المركزية تدمير ثلاثة زوارق مسيرة للحوثيين قبالة سواحل الحديدة"
    e = _one(ex, text, "ASSAULT", "تدمير")
    assert [t.text for t in e.targets] == ["زوارق مسيرة للحوثيين"] and _codes(e.targets) == ["YEM REB"]
    # (boats an act is done with are its means: the act's pronoun is what it struck)
    text = "وأحرق المسلحون ناقلة النفط بعد استهدافها بزوارق مسيرة"
    e = _one(ex, text, "ASSAULT", "استهدافها")
    assert not any("زوارق" in t.text for t in e.targets)


def test_assemble_an_outlet_closed_is_the_press_silenced(ex):
    e = _one(ex, "وأغلقت السلطات التركية صحيفة مستقلة بارزة في إسطنبول", "COERCE", "أغلقت")
    assert e.mode == "censor" and [t.text for t in e.targets] == ["صحيفة"] and _codes(e.targets) == ["TUR JRN"]
    # (control) shops closed are no outlet
    text = "وأغلقت السلطات التركية المحلات في إسطنبول"
    assert not [t for e in ex.extract(text, article_date=DATE) for t in e.targets if t.sector == "JRN"]


def test_assemble_a_courts_order_is_the_detention_it_orders(ex):
    text = "وأمرت النيابة العامة في القاهرة بحبس المدون خمسة عشر يوما على ذمة التحقيق"
    found = ex.extract(text, article_date=DATE)
    assert [e.type for e in found] == ["COERCE"]
    e = found[0]
    assert e.mode == "arrest" and e.modality is ce.Modality.ASSERTED and _codes(e.actors) == ["EGY JUD"]
    e = _one(ex, "وأمرت محكمة تونسية بالإفراج عن الناشطة", "RETREAT", "بالإفراج عن")
    assert e.modality is ce.Modality.ASSERTED and [a.text for a in e.actors] == ["محكمة تونسية"]
    # (control) a president's order is a call, what it orders not yet done
    e = _one(ex, "وأمر الرئيس بالإفراج عن المعتقلين", "RETREAT", "بالإفراج عن")
    assert e.modality is ce.Modality.REQUESTED


def test_assemble_the_towns_a_road_joins_are_no_sides(ex):
    text = "وأغلق متظاهرون الطريق السريع بين دمشق وبيروت احتجاجا على الغلاء"
    e = _one(ex, text, "PROTEST", "أغلق")
    assert [a.text for a in e.actors] == ["متظاهرون"] and e.targets == ()
    # (control) the sides of a clash on a road are its sides
    e = _one(ex, "ودارت اشتباكات على الطريق بين الجيش ومسلحي العشائر", "ASSAULT", "اشتباكات")
    assert _codes(e.actors) == ["--- MIL"]


def test_assemble_an_act_threatened_to_be_widened_is_the_threat(ex):
    text = "وهدد وزير الدفاع الإسرائيلي بتوسيع العمليات العسكرية في جنوب لبنان"
    found = ex.extract(text, article_date=DATE)
    assert [(e.type, e.trigger.text) for e in found] == [("THREATEN", "هدد")]
    assert _codes(found[0].actors) == ["ISR GOV"]
    # (control) a widening announced is the act itself
    _one(ex, "وأعلن الجيش توسيع العملية العسكرية في رفح", "ASSAULT", "العملية العسكرية")


def test_assemble_a_killing_one_is_wanted_for_is_no_event(ex):
    text = "وألقت قوى الأمن الداخلي القبض على مطلوب بجرائم قتل في طرابلس"
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["COERCE"]
    text = "واعتقلت الشرطة شابا مطلوبا في قضايا قتل وسرقة"
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["COERCE"]
    # (control) a killing committed is one
    _one(ex, "وارتكب مسلحون جريمة قتل بحق عائلة في ريف إدلب", "ASSAULT", "قتل")


def test_assemble_an_agreement_named_by_what_it_is_for_keeps_the_place_after(ex):
    text = "ووقعت تونس والجزائر اتفاقية تعاون أمني في العاصمة الجزائرية"
    e = _one(ex, text, "AGREE", "وقعت")
    assert e.place is not None and e.place.name == "Algiers"
    coop = _one(ex, text, "COOPERATE", "تعاون أمني")
    assert coop.modality is ce.Modality.PLANNED


def test_assemble_a_count_with_the_article_names_those_held(ex):
    e = _one(ex, "واعتقلت الشرطة الإيرانية العشرات خلال الاحتجاجات في طهران", "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["العشرات"] and _codes(e.targets) == ["IRN CVL"]
    assert e.arrested is not None
    e = _one(ex, "واعتقلت قوات الأمن المئات في مدينة مشهد", "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["المئات"]


def test_assemble_fans_clashing_with_the_police_is_no_match(ex):
    text = "واندلعت اشتباكات بين قوات الأمن ومشجعي الفريق عقب المباراة في ملعب القاهرة"
    e = _one(ex, text, "ASSAULT", "اشتباكات")
    assert _codes(e.actors) == ["EGY COP"] and [t.text for t in e.targets] == ["مشجعي"]
    # (control) an attack in a match is the game's
    assert not ex.extract("وشن الفريق هجوما كاسحا في الشوط الثاني من المباراة", article_date=DATE)


def test_assemble_all_of_those_freed_are_its_target(ex):
    e = _one(ex, "وأطلقت السلطات الكينية سراح جميع المحتجين الموقوفين", "RETREAT", "أطلقت")
    assert [t.text for t in e.targets] == ["المحتجين"]
    e = _one(ex, "وأفرجت الشرطة عن كافة الصحفيين", "RETREAT", "أفرجت")
    assert [t.text for t in e.targets] == ["الصحفيين"]


def test_assemble_who_breaches_a_truce_despite_it_is_not_its_actor(ex):
    text = "وجددت الحكومة السودانية التزامها بالهدنة رغم الخروقات من جانب قوات الدعم السريع"
    e = _one(ex, text, "RETREAT", "بالهدنة")
    assert "SDN REB" not in _codes(e.actors)


def test_assemble_a_city_after_a_meetings_noun_is_where_it_is_held(ex):
    e = _one(ex, "وعقد قادة الدول الأفريقية قمة طارئة بأديس أبابا", "CONSULT", "قمة طارئة")
    assert e.targets == () and e.place is not None and e.place.country == "ETH"
    # (control) one met after "بـ" is whom one meets
    e = _one(ex, "والتقى وزير الخارجية بالرئيس الكيني", "CONSULT", "التقى")
    assert _codes(e.targets) == ["KEN GOV"]


def test_assemble_a_call_made_is_consultation(ex):
    e = _one(ex, "وأجرى رئيس الوزراء العراقي اتصالا بنظيره التركي", "CONSULT", "اتصالا")
    assert e.mode == "phone" and _codes(e.actors) == ["IRQ GOV"] and _codes(e.targets) == ["TUR GOV"]
    # (control) contacts cut are no call
    assert not [e for e in ex.extract("وانقطعت الاتصالات في المدينة", article_date=DATE) if e.type == "CONSULT"]


def test_assemble_what_is_deployed_is_ones_own_no_target(ex):
    e = _one(ex, "ونشرت روسيا منظومات صواريخ في قاعدة حميميم", "MOBILIZE", "نشرت")
    assert e.mode == "weapons" and e.targets == ()
    e = _one(ex, "وحركت إيران قواتها نحو الحدود العراقية", "MOBILIZE", "حركت")
    assert e.targets == ()
    # (the police deployed still give the mode)
    e = _one(ex, "ونشرت السلطات التونسية قوات الشرطة في شوارع العاصمة", "MOBILIZE", "نشرت")
    assert e.mode == "police" and e.targets == ()


def test_assemble_a_host_capital_is_where_the_talks_are(ex):
    e = _one(ex, "واستضافت الدوحة جولة جديدة من المحادثات", "CONSULT", "المحادثات")
    assert e.place is not None and e.place.name == "Doha"


def test_assemble_the_one_sniped_is_the_target(ex):
    e = _one(ex, "وأعلنت سرايا القدس قنص جندي إسرائيلي شرق خان يونس", "ASSAULT", "قنص")
    assert _codes(e.targets) == ["ISR MIL"] and "ISR MIL" not in _codes(e.actors)
    # (control) a sentence's first word is the verb, its subject the sniper
    e = _one(ex, "قنص جندي إسرائيلي شابا فلسطينيا قرب الحاجز", "ASSAULT", "قنص")
    assert _codes(e.actors) == ["ISR MIL"]


def test_assemble_armed_men_after_a_bare_min_are_the_attackers(ex):
    text = "وتعرض مقر البعثة الأممية في مدينة كيدال لإطلاق نار من مجهولين"
    e = _one(ex, text, "ASSAULT", "لإطلاق نار")
    assert [a.text for a in e.actors] == ["مجهولين"] and _codes(e.targets) == ["UNO UNO"]
    # (control) some of the soldiers are the victims
    e = _one(ex, "وقتل ثلاثة من الجنود في الهجوم على الحاجز", "ASSAULT", "الهجوم")
    assert e.actors == ()
    # (nor is a gathering of them struck)
    e = _one(ex, "واستهدفت الغارة تجمعا من المسلحين قرب الحدود", "ASSAULT", "الغارة")
    assert e.actors == ()


def test_assemble_the_one_assassinated_is_no_agent_past_a_place(ex):
    text = "ونددت الحركة باغتيال القائد العسكري في حزب الله في الضاحية الجنوبية لبيروت"
    e = _one(ex, text, "ASSAULT", "باغتيال")
    assert e.actors == () and [t.text for t in e.targets] == ["القائد العسكري في حزب الله"]


def test_assemble_a_mans_supporters_are_one_civilian_side(ex):
    text = "واقتحم أنصار الرئيس السابق مقر البرلمان في العاصمة البوليفية"
    e = _one(ex, text, "COERCE", "اقتحم")
    assert [(a.text, a.sector) for a in e.actors] == [("أنصار الرئيس", "CVL")]
    assert "الرئيس" not in [t.text for t in e.targets]
    # (control) a party's supporters stay the party's
    e = _one(ex, "وهاجم أنصار حزب الله مقر الحزب الآخر", "ASSAULT", "هاجم")
    assert _codes(e.actors) == ["LBN REB"]


def test_assemble_a_nisba_past_an_adjective_and_a_definite_noun_is_the_nouns(ex):
    text = "وأحرق محتجون غاضبون العلم الأمريكي أمام السفارة في بغداد"
    e = _one(ex, text, "PROTEST", "أحرق")
    assert [(a.text, a.country) for a in e.actors] == [("محتجون", "IRQ")]
    # (control) a genitive right after the head takes the nisba with it
    e = _one(ex, "وغادر آخر جنود القوة الفرنسية أراضي النيجر اليوم", "RETREAT", "جنود")
    assert _codes(e.actors) == ["FRA MIL"]


def test_assemble_weapons_pledged_with_a_light_masdar_are_aid(ex):
    text = "وتعهدت هولندا بتقديم أسلحة وذخائر للجيش الأوكراني خلال العام المقبل"
    e = _one(ex, text, "AID", "أسلحة")
    assert _codes(e.actors) == ["NLD GOV"] and e.modality == ce.Modality.PLANNED
    # (the one accused of it, past the accuser, gives them; not the accuser)
    e = _one(ex, "واتهمت موسكو الغرب بتقديم أسلحة لكييف", "AID", "أسلحة")
    assert "RUS GOV" not in _codes(e.actors) and _codes(e.targets) == ["UKR GOV"]
    e = _one(ex, "وطالبت كييف الدول الغربية بتقديم أسلحة", "AID", "أسلحة")
    assert [a.text for a in e.actors] == ["الدول الغربية"] and e.modality == ce.Modality.REQUESTED
    # (so are operations continued, with their aim: one act vowed)
    text = "تعهد الجيش بمواصلة العمليات حتى القضاء على التنظيم"
    assert _types(ex, text) == ["ASSAULT"]
    e = _one(ex, text, "ASSAULT", "العمليات")
    assert _codes(e.actors) == ["--- MIL"] and _codes(e.targets) == ["--- REB"]


def test_assemble_money_given_for_rebuilding_is_one_gift_to_the_state_rebuilt(ex):
    text = "وقدمت الكويت 200 مليون دولار لإعادة إعمار العراق"
    assert _types(ex, text) == ["AID"]
    e = _one(ex, text, "AID", "مليون دولار")
    assert _codes(e.targets) == ["IRQ GOV"] and e.modality == ce.Modality.ASSERTED


def test_assemble_a_hundred_rockets_counted_in_the_singular_are_fired(ex):
    text = "وأطلقت حركة الجهاد الإسلامي أكثر من 200 صاروخ على جنوب إسرائيل خلال الليل"
    e = _one(ex, text, "ASSAULT", "أطلقت")
    assert e.mode == "heavy-weapons" and _codes(e.actors) == ["PSE REB"]
    # (control) a rocket named, not fired, is no attack
    assert _types(ex, "وعرض الجيش صاروخ كروز جديدا في العرض العسكري") == []


def test_assemble_a_rights_activist_after_an_arrest_is_the_arrested(ex):
    e = _one(ex, "اعتقل ناشط حقوقي بارز في مدينة الإسكندرية فجر اليوم", "COERCE", "اعتقل")
    assert e.actors == () and [t.text for t in e.targets] == ["ناشط حقوقي"]
    # (control) an arrest by armed men keeps them the actors
    e = _one(ex, "اعتقل مسلحون ناشطا حقوقيا في مدينة بنغازي", "COERCE", "اعتقل")
    assert _codes(e.actors) == ["LBY REB"]


def test_assemble_a_headlines_present_killing_is_the_attack_it_tells_of(ex):
    text = "القوات الحكومية تقتل عشرة مدنيين في قصف على بلدة في ريف حماة"
    assert _types(ex, text) == ["ASSAULT"]
    e = _one(ex, text, "ASSAULT", "قصف")
    assert e.fatalities == 10 and _codes(e.actors) == ["SYR MIL"] and "SYR CVL" in _codes(e.targets)


def test_assemble_an_attack_a_reporter_says_it_repelled_is_not_its_own(ex):
    text = "وأعلن الجيش البوركيني أنه صد هجوما إرهابيا على ثكنة عسكرية شمال البلاد"
    e = _one(ex, text, "ASSAULT", "هجوما")
    assert e.actors == () and _codes(e.targets) == ["BFA MIL"]
    # (control) one it says it launched is its own
    e = _one(ex, "وأعلن الجيش البوركيني أنه شن هجوما على معاقل المسلحين", "ASSAULT", "هجوما")
    assert _codes(e.actors) == ["BFA MIL"]


def test_assemble_who_fears_or_warns_of_fighting_does_not_fight(ex):
    for text in ("وحذرت منظمة الصحة العالمية من تجدد القتال في العاصمة السودانية",
                 "وأعربت منظمة الصحة العالمية عن خشيتها من تجدد القتال في العاصمة السودانية",
                 "وتخشى منظمة الصحة العالمية أن يمتد القتال إلى العاصمة السودانية"):
        e = _one(ex, text, "ASSAULT", "القتال")
        assert e.actors == () and e.modality == ce.Modality.POSSIBLE, text
    # (control) who manages to attack does
    e = _one(ex, "وتمكنت القوات السودانية من تنفيذ هجوم على مواقع الدعم السريع", "ASSAULT", "هجوم")
    assert _codes(e.actors) == ["SDN MIL"]


def test_assemble_an_expulsion_past_the_named_envoy_is_one(ex):
    text = "وقررت الحكومة المالية طرد السفير الفرنسي جويل ماير واعتباره شخصا غير مرغوب فيه"
    assert _types(ex, text) == ["SANCTION"]
    e = _one(ex, text, "SANCTION", "طرد")
    assert _codes(e.actors) == ["MLI GOV"] and _codes(e.targets) == ["FRA GOV"]


def test_assemble_ministers_of_several_states_are_of_none(ex):
    text = "واجتمع وزراء خارجية دول الخليج في مسقط لبحث الأوضاع في السودان"
    e = _one(ex, text, "CONSULT", "اجتمع")
    assert [a.text for a in e.actors] == ["وزراء خارجية دول الخليج"] and _codes(e.actors) == ["--- GOV"]
    # (control) the minister of a state named is that state's
    e = _one(ex, "واجتمع وزير خارجية السودان مع نظيره العماني في مسقط", "CONSULT", "اجتمع")
    assert _codes(e.actors) == ["SDN GOV"]


def test_assemble_a_fire_set_after_an_attack_is_the_attackers(ex):
    text = "وهاجمت حشود غاضبة مقر القنصلية الدنماركية في البصرة وأضرمت النار فيه"
    e = _one(ex, text, "ASSAULT", "أضرمت النار")
    assert [a.text for a in e.actors] == ["حشود"]


def test_assemble_killings_outside_the_laws_bounds_strike_no_court(ex):
    text = "واتهمت منظمة العفو الدولية الشرطة البنغلاديشية بارتكاب عمليات قتل خارج نطاق القضاء في دكا"
    e = _one(ex, text, "ASSAULT", "قتل")
    assert "JUD" not in [t.sector for t in e.targets] and _codes(e.actors) == ["BGD COP"]


def test_assemble_a_crossing_opened_is_access_granted(ex):
    text = "وفتحت السلطات الأردنية معبر جابر الحدودي أمام حركة الشاحنات"
    e = _one(ex, text, "RETREAT", "معبر")
    assert e.mode == "access" and _codes(e.actors) == ["JOR GOV"]
    # (and a crossing named as a place)
    e = _one(ex, "وفتحت مصر معبر رفح أمام المسافرين", "RETREAT", "معبر")
    assert _codes(e.actors) == ["EGY GOV"]
    # (control) one closed is no access, nor is fire opened near one
    assert "RETREAT" not in _types(ex, "وأغلقت مصر معبر رفح أمام المسافرين")
    assert "RETREAT" not in _types(ex, "وفتحت القوات النار على المهربين قرب المعبر")


def test_assemble_who_mourns_the_victims_of_an_act_did_not_do_it(ex):
    text = "وأعلنت الحكومة العراقية الحداد العام ثلاثة أيام على أرواح ضحايا التفجير"
    e = _one(ex, text, "ASSAULT", "التفجير")
    assert e.actors == ()
    # (control) who announces an act it made made it
    e = _one(ex, "وأعلنت الحكومة العراقية تنفيذ ضربات جوية على مواقع التنظيم", "ASSAULT", "ضربات")
    assert _codes(e.actors) == ["IRQ GOV"]


def test_assemble_the_source_a_report_is_according_to_does_not_act(ex):
    text = "وبحسب منظمة الصحة العالمية، نزح آلاف المدنيين جراء القتال في الإقليم"
    e = _one(ex, text, "ASSAULT", "القتال")
    assert e.actors == ()


def test_assemble_an_expelled_mission_is_of_the_state_its_adjective_names(ex):
    text = "وقررت الحكومة البحرينية طرد البعثة الدبلوماسية الإيرانية"
    e = _one(ex, text, "SANCTION", "طرد")
    assert _codes(e.actors) == ["BHR GOV"] and _codes(e.targets) == ["IRN GOV"]


def test_assemble_the_two_countries_are_the_two_forces_joined_before(ex):
    text = "وتبادلت القوات الهندية والصينية إطلاق النار على الحدود بين البلدين"
    e = _one(ex, text, "ASSAULT", "إطلاق النار")
    assert _codes(e.actors) == ["IND MIL"] and _codes(e.targets) == ["CHN MIL"]
    # (control) with no sides named, the two countries are the sides
    e = _one(ex, "واندلعت اشتباكات على الحدود بين البلدين", "ASSAULT", "اشتباكات")
    assert [a.text for a in e.actors] == ["البلدين"]


def test_assemble_charges_brought_are_against_the_one_named_past_the_charge(ex):
    e = _one(ex, "ووجهت النيابة العامة اتهامات بالفساد لمحافظ البنك المركزي", "ACCUSE", "اتهامات")
    assert [t.text for t in e.targets] == ["لمحافظ البنك المركزي"]
    # (control) not one inside the act charged
    e = _one(ex, "ونفت موسكو الاتهامات بقصف مستشفى للأطفال في كييف", "ACCUSE", "الاتهامات")
    assert _codes(e.targets) == ["RUS GOV"]


def test_assemble_an_exchange_an_agreement_is_for_is_yet_to_come_past_its_count(ex):
    text = "وأعلنت أرمينيا وأذربيجان اتفاقا لتبادل 32 أسيرا بوساطة روسية"
    e = _one(ex, text, "RETREAT", "أسيرا")
    assert e.modality == ce.Modality.PLANNED and _codes(e.actors) == ["ARM GOV", "AZE GOV"]
    # (control) an exchange told as done is so
    e = _one(ex, "وتبادلت أرمينيا وأذربيجان 32 أسيرا بوساطة روسية", "RETREAT", "")
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_accusations_called_baseless_were_made_against_who_calls_them_so(ex):
    text = "ووصفت وزارة الخارجية الروسية الاتهامات البريطانية بأنها لا أساس لها من الصحة"
    e = _one(ex, text, "ACCUSE", "الاتهامات")
    assert e.modality == ce.Modality.ASSERTED
    assert _codes(e.actors) == ["GBR GOV"] and _codes(e.targets) == ["RUS GOV"]
    # (control) an act a report calls baseless is denied
    e = _one(ex, "ووصفت الحكومة أنباء اعتقال صحفيين بأنها عارية عن الصحة", "COERCE", "اعتقال")
    assert e.modality == ce.Modality.NEGATED


def test_assemble_the_dead_in_a_bodys_ranks_are_its_men(ex):
    text = "وأوقع الكمين 15 قتيلا في صفوف الجيش البوركيني"
    e = _one(ex, text, "ASSAULT", "الكمين")
    assert e.fatalities == 15 and _codes(e.targets) == ["BFA MIL"]


def test_assemble_a_truce_waited_for_has_not_come(ex):
    text = "وعلقت كولومبيا شراء الأسلحة من إسرائيل حتى إعلان وقف دائم لإطلاق النار في غزة"
    e = _one(ex, text, "RETREAT", "وقف دائم")
    assert e.modality == ce.Modality.POSSIBLE and e.actors == ()
    # (control) one announced has
    e = _one(ex, "وأعلنت الحكومة الكولومبية وقفا دائما لإطلاق النار مع المتمردين", "RETREAT", "وقفا")
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_an_article_that_criticizes_is_no_act_of_who_closes_its_paper(ex):
    text = "وحجبت السلطات المصرية موقعا إخباريا بسبب نشره تقريرا ينتقد الحكومة"
    e = _one(ex, text, "ACCUSE", "ينتقد")
    assert "EGY GOV" not in _codes(e.actors)
    # (control) a statement issued is its issuer's
    e = _one(ex, "وأصدرت الخارجية المصرية بيانا يدين الهجوم", "ACCUSE", "يدين")
    assert _codes(e.actors) == ["EGY GOV"]


def test_assemble_marches_across_a_country_are_there_not_where_they_stand_with(ex):
    text = "وخرج عشرات الآلاف في مسيرات حاشدة في أنحاء الأردن تضامنا مع غزة"
    e = _one(ex, text, "PROTEST", "مسيرات")
    assert e.place is not None and e.place.text == "الأردن" and _codes(e.actors) == ["JOR OPP"]


def test_assemble_relief_work_suspended_is_no_truce(ex):
    text = "وأعلن برنامج الأغذية العالمي تعليق عملياته في شمال القطاع بسبب انعدام الأمن"
    assert "RETREAT" not in _types(ex, text)
    # (control) a force's operations suspended are
    e = _one(ex, "وأعلن الجيش السوداني تعليق عملياته العسكرية في المدينة", "RETREAT", "تعليق")
    assert e.mode == "ceasefire" and _codes(e.actors) == ["SDN MIL"]


def test_assemble_weapons_handed_in_are_their_holders_not_a_target(ex):
    text = "وسلم عشرات المقاتلين من الحركة أسلحتهم في إقليم دارفور"
    e = _one(ex, text, "RETREAT", "أسلحتهم")
    assert e.targets == () and _codes(e.actors) == ["SDN REB"]


def test_assemble_weapons_laid_down_are_a_disarmament(ex):
    text = "وألقى عشرات المقاتلين من الجماعة أسلحتهم في ولاية بورنو"
    e = _one(ex, text, "RETREAT", "أسلحتهم")
    assert e.mode == "disarm" and _codes(e.actors) == ["NGA REB"]
    # (control) bombs dropped are an attack, and the police's arrest stays one
    assert _types(ex, "وألقت الطائرات قنابل على مواقع المسلحين") == ["ASSAULT"]
    assert _types(ex, "وألقت الشرطة القبض على مهربي أسلحة") == ["COERCE"]


def test_assemble_a_proposal_refused_in_the_indefinite_is_its_states(ex):
    e = _one(ex, "ورفضت حركة حماس مقترحا إسرائيليا جديدا لوقف القتال", "REJECT", "رفضت")
    assert _codes(e.targets) == ["ISR GOV"]


def test_assemble_a_general_staff_is_its_states_military(ex):
    text = "وأعلنت هيئة الأركان الأوكرانية إسقاط مروحية روسية فوق منطقة زابوريجيا"
    e = _one(ex, text, "ASSAULT", "إسقاط")
    assert _codes(e.actors) == ["UKR MIL"] and _codes(e.targets) == ["RUS MIL"]


def test_assemble_a_drone_that_falls_on_a_building_is_a_drone_strike(ex):
    text = "وسقطت مسيرة مفخخة على مبنى سكني في مدينة عسقلان دون وقوع إصابات"
    e = _one(ex, text, "ASSAULT", "مسيرة")
    assert e.mode == "drone" and _codes(e.targets) == ["ISR CVL"]
    # (control) a march is none
    assert "ASSAULT" not in _types(ex, "وانطلقت مسيرة حاشدة في مدينة عسقلان")


def test_assemble_those_who_did_an_act_are_the_arrested_not_what_it_struck(ex):
    e = _one(ex, "واعتقلت الشرطة البلجيكية منفذي الهجوم على المعبد", "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["منفذي الهجوم"]


def test_assemble_the_one_jailed_for_plotting_an_attack_plots_it(ex):
    text = "وقضت محكمة ألمانية بسجن شاب سوري خمس سنوات لتخطيطه لهجوم على حفل موسيقي"
    e = _one(ex, text, "ASSAULT", "لهجوم")
    assert e.modality == ce.Modality.PLANNED and "DEU JUD" not in _codes(e.actors)


def test_assemble_whose_name_an_act_is_done_in_is_no_target(ex):
    text = "وأعلنت الشرطة إحباط هجوم باسم تنظيم داعش في مدينة فيينا"
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert "REB" not in [t.sector for t in e.targets]


def test_assemble_whom_a_march_backs_does_not_march(ex):
    e = _one(ex, "وخرجت مسيرة مؤيدة للفلسطينيين في وسط لندن", "PROTEST", "مسيرة")
    assert e.actors == ()


def test_assemble_a_release_by_pardon_is_one_release(ex):
    text = "وأفرجت السلطات التونسية عن المدون أحمد القاضي بعفو رئاسي"
    assert _types(ex, text) == ["RETREAT"]
    e = _one(ex, text, "RETREAT", "أفرجت")
    assert _codes(e.actors) == ["TUN GOV"]


def test_assemble_a_capitals_countryside_is_where_not_whom(ex):
    text = "وقتل ضابط في الحرس الثوري الإيراني في غارة إسرائيلية على ريف دمشق"
    e = _one(ex, text, "ASSAULT", "غارة")
    assert "SYR GOV" not in _codes(e.targets) and e.place.text == "ريف دمشق"


def test_assemble_a_march_prevented_did_not_take_place(ex):
    for text in ("ومنعت الشرطة التركية مظاهرة للمعارضة في إسطنبول",
                 "وأغلقت الشرطة الساحة الرئيسية لمنع مظاهرة مؤيدة للمعارضة"):
        e = _one(ex, text, "PROTEST", "")
        assert e.modality == ce.Modality.NEGATED, text
    # (control) protesters held back still protested
    e = _one(ex, "ومنعت الشرطة المتظاهرين من الوصول إلى البرلمان", "PROTEST", "")
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_arms_laid_down_and_a_surrender_are_one_disarmament(ex):
    text = "وألقى عشرات المسلحين السلاح واستسلموا للجيش النيجيري"
    assert _types(ex, text) == ["RETREAT"]
    e = _one(ex, text, "RETREAT", "")
    assert _codes(e.targets) == ["NGA MIL"]


def test_assemble_ones_diplomats_expelled_are_an_expulsion_not_an_attack(ex):
    text = "وتوعدت موسكو بالرد على طرد دبلوماسييها من بولندا"
    assert "ASSAULT" not in _types(ex, text)
    e = _one(ex, text, "SANCTION", "طرد")
    assert e.mode == "expel" and _codes(e.actors) == ["POL GOV"]


def test_assemble_a_student_killed_is_one_victim_and_no_demand(ex):
    # "طالبا" after its verb's subject is a student in the accusative, not "the two demanded"
    text = "قتلت الشرطة طالبا في مدينة بورتسودان."
    assert _types(ex, text) == ["ASSAULT"]
    killing = _one(ex, text, "ASSAULT", "قتلت")
    assert _sides(killing) == (["الشرطة"], ["طالبا"])
    assert killing.fatalities == 1
    # a student and a policeman killed are two, and no subject of a demand
    clash = _one(ex, "قتل طالب وشرطي في مواجهات قرب الجامعة.", "ASSAULT", "مواجهات")
    assert clash.fatalities == 2
    assert "REQUEST" not in _types(ex, "قتل طالب وشرطي في مواجهات قرب الجامعة.")
    # (the movement is no two students: "وقتل طالبان فيها ثلاثة جنود")
    raid = _one(ex, "هاجم مقاتلو حركة طالبان نقطة أمنية وقتل طالبان فيها ثلاثة جنود.", "ASSAULT", "هاجم")
    assert raid.fatalities != 2
    # control: two who demanded, named before their verb
    demand = _one(ex, "وكان الوزيران قد طالبا بالإفراج عن الرهائن.", "REQUEST", "طالبا")
    assert [a.text for a in demand.actors] == ["الوزيران"]


def test_assemble_who_hands_over_a_suspect_did_not_do_the_suspected_act(ex):
    text = "سلمت السلطات الأردنية إلى ألمانيا مشتبها به في تفجيرات برلين."
    bombing = _one(ex, text, "ASSAULT", "تفجيرات")
    assert bombing.actors == ()
    bombing = _one(ex, "سلمت باكستان المطلوبين في تفجير السفارة إلى الولايات المتحدة.", "ASSAULT", "تفجير")
    assert bombing.actors == ()
    # control: what one hands over is one's own act's object ("سلمت ... شحنة أسلحة")
    aid = _one(ex, "سلمت الولايات المتحدة الجيش اللبناني شحنة أسلحة.", "AID", "أسلحة")
    assert _codes(aid.actors) == ["USA GOV"]


def test_assemble_two_drones_downed_are_coded_by_the_nisba_after_them(ex):
    text = "أسقطت الدفاعات الجوية الإيرانية طائرتين مسيرتين إسرائيليتين فوق مدينة تبريز."
    downing = _one(ex, text, "ASSAULT", "أسقطت")
    assert [t.text for t in downing.targets] == ["طائرتين مسيرتين إسرائيليتين"]
    assert _codes(downing.targets) == ["ISR MIL"]


def test_assemble_support_kept_up_names_whom_it_backs(ex):
    text = "تعهدت رئيسة الوزراء الإيطالية بمواصلة دعم الجيش اللبناني."
    backing = _one(ex, text, "SUPPORT", "دعم")
    assert _codes(backing.actors) == ["ITA GOV"]
    assert _codes(backing.targets) == ["LBN MIL"]
    assert backing.modality == ce.Modality.PLANNED


def test_assemble_a_state_may_boycott_and_is_not_in_what_it_boycotts(ex):
    text = "أعلنت البرازيل أنها ستقاطع قمة مجموعة العشرين."
    boycott = _one(ex, text, "PROTEST", "ستقاطع")
    assert (boycott.mode, _codes(boycott.actors), boycott.modality) == ("boycott", ["BRA GOV"], ce.Modality.PLANNED)
    summit = _one(ex, text, "CONSULT", "قمة")
    assert summit.actors == ()
    talks = _one(ex, "قاطعت أحزاب المعارضة جلسة الحوار الوطني.", "CONSULT", "الحوار")
    assert talks.actors == ()
    # control: a crossroads is no boycott
    assert "PROTEST" not in _types(ex, "انفجرت عبوة ناسفة عند تقاطع شارعين في وسط بغداد.")


@pytest.mark.parametrize(
    "text, code",
    [
        ("اندلعت اشتباكات بين قوات الأسايش ومسلحين في مدينة القامشلي.", "SYR COP"),
        ("اعتقلت قوات الأسايش في مدينة السليمانية خمسة مطلوبين.", "IRQ COP"),
    ],
)
def test_assemble_kurdish_security_forces_are_of_the_country_they_act_in(ex, text, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ASSAULT", "COERCE"))
    assert _codes(e.actors) == [code]


def test_assemble_a_raid_campaign_is_an_arrest_naming_whom_it_led_to_arrest(ex):
    raid = _one(ex, "شنت الشرطة التونسية حملة دهم في أحياء مدينة القصرين.", "COERCE", "دهم")
    assert (raid.mode, _codes(raid.actors)) == ("arrest", ["TUN COP"])
    text = "نفذت قوات الأمن العراقية عملية دهم في الأنبار أسفرت عن اعتقال قيادي في تنظيم داعش."
    arrests = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert len(arrests) == 1
    assert [t.text for t in arrests[0].targets] == ["قيادي في تنظيم داعش"]


@pytest.mark.parametrize(
    "text",
    [
        "نفت وزارة الدفاع الفرنسية مقتل جنود فرنسيين في مالي.",
        "نفت وزارة الدفاع الفرنسية صحة التقارير عن مقتل جنود فرنسيين في مالي.",
    ],
)
def test_assemble_a_death_denied_names_who_died_and_not_the_denier(ex, text):
    death = _one(ex, text, "ASSAULT", "مقتل")
    assert death.modality == ce.Modality.NEGATED
    assert (death.actors, _codes(death.targets)) == ((), ["FRA MIL"])


def test_assemble_the_state_over_the_border_is_no_partner(ex):
    # (held alone, they are a show of force)
    drill = _one(ex, "أجرى الجيش الجزائري مناورات عسكرية على الحدود مع المغرب.", "MOBILIZE", "مناورات")
    assert (_codes(drill.actors), drill.targets) == (["DZA MIL"], ())
    # control: those one drills with
    drill = _one(ex, "أجرى الجيش الجزائري مناورات عسكرية مع القوات الروسية.", "COOPERATE", "مناورات")
    assert _codes(drill.targets) == ["RUS MIL"]


@pytest.mark.parametrize(
    "text",
    [
        # who deploys or imposes a curfew after fighting
        "انتشرت وحدات من الجيش العراقي في أحياء البصرة بعد اشتباكات عنيفة.",
        "فرضت السلطات الكينية حظر التجول في مدينة مومباسا إثر مواجهات عنيفة.",
        # a government or a parliament acting after or "على خلفية" fighting
        "أقالت الحكومة الليبية مدير الأمن على خلفية الاشتباكات.",
        "قررت الحكومة إغلاق المدارس بعد الاشتباكات التي شهدتها المدينة.",
        "أقال البرلمان رئيس الوزراء بعد المعارك.",
    ],
)
def test_assemble_who_acts_after_fighting_is_no_side_of_it(ex, text):
    fighting = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert fighting.actors == ()


def test_assemble_who_takes_a_town_after_battles_fought_them(ex):
    # control
    battles = _one(ex, "سيطرت قوات الحكومة على البلدة بعد معارك عنيفة.", "ASSAULT", "معارك")
    assert [a.text for a in battles.actors] == ["قوات الحكومة"]


def test_assemble_a_governments_protest_is_a_disapproval(ex):
    e = _one(ex, "احتجت كوريا الجنوبية رسميا لدى اليابان على تصريحات وزير الدفاع الياباني.", "ACCUSE", "احتجت")
    assert (e.mode, e.cameo, _codes(e.actors), _codes(e.targets)) == ("disapprove", "111", ["KOR GOV"], ["JPN GOV"])
    # control: workers who protest hold a protest
    assert _types(ex, "احتج مئات العمال أمام البرلمان على تأخر الرواتب.") == ["PROTEST"]


def test_assemble_bodies_of_captives_handed_over_are_no_release(ex):
    assert "RETREAT" not in _types(ex, "سلمت الجماعة جثث ثلاثة رهائن إلى الصليب الأحمر.")
    assert "RETREAT" not in _types(ex, "سلم الجيش جثامين أسرى إلى الطرف الآخر.")
    # control: living captives handed over are freed
    assert "RETREAT" in _types(ex, "سلمت الجماعة ثلاث رهائن إلى الصليب الأحمر.")


def test_assemble_dates_of_acts_told_as_done_are_in_the_past(ex):
    # an article of Wednesday 13 March 2024
    events = ex.extract("تظاهر الآلاف في نيامي يوم 30 يونيو للمطالبة برحيل القوات الأجنبية.",
                        article_date="2024-03-13")
    assert [(e.type, e.modality, str(e.date.start)) for e in events[:2]] == [
        ("PROTEST", ce.Modality.ASSERTED, "2023-06-30"), ("REQUEST", ce.Modality.ASSERTED, "2023-06-30")]
    clashes = ex.extract("شهدت مدينة الزاوية اشتباكات عنيفة خلال عطلة نهاية الأسبوع.", article_date="2024-03-13")[0]
    assert (clashes.modality, str(clashes.date.start), str(clashes.date.end)) == (
        ce.Modality.ASSERTED, "2024-03-08", "2024-03-10")
    # control: a visit to come
    visit = ex.extract("يزور الرئيس القاهرة نهاية الأسبوع.", article_date="2024-03-13")[0]
    assert (visit.modality, str(visit.date.start)) == (ce.Modality.PLANNED, "2024-03-15")


def test_assemble_an_attack_a_storming_is_part_of_is_by_the_stormers(ex):
    text = "أدانت الخارجية القطرية اقتحام المستوطنين لبلدة ترمسعيا وإحراق منازل فيها."
    burning = _one(ex, text, "ASSAULT", "إحراق")
    assert _codes(burning.actors) == ["ISR CVL"]


def test_assemble_an_act_after_a_word_of_time_is_its_noun_and_names_whom_it_befell(ex):
    # (and one person arrested right after it is held for it)
    text = "أعلنت الشرطة الألمانية اعتقال رجل بعد طعن أربعة أشخاص في مدينة هامبورغ."
    stabbing = _one(ex, text, "ASSAULT", "طعن")
    assert _sides(stabbing) == (["رجل"], ["أشخاص"])
    # (many arrested after an attack are not its makers)
    attack = _one(ex, "اعتقلت القوات عشرات الشبان بعد هجوم على حاجز عسكري.", "ASSAULT", "هجوم")
    assert attack.actors == ()
    # control: "فيما بعد" is "later", and the verb after it is one
    text = "تراجع المسلحون ثم فيما بعد وصلت تعزيزات عسكرية إلى البلدة."
    assert "MOBILIZE" in _types(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "قتلت الشرطة شابا بزعم محاولته تنفيذ عملية طعن قرب المحطة.",
        "قتلت الشرطة شابا بزعم محاولته طعن شرطي قرب المحطة.",
    ],
)
def test_assemble_an_act_one_is_said_to_have_tried_is_no_cause_of_ones_death(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT"]
    assert (_sides(events[0]), events[0].fatalities) == ((["الشرطة"], ["شابا"]), 1)


def test_assemble_a_gathering_named_after_a_city_is_no_actor(ex):
    text = "تعهد المانحون في مؤتمر باريس بتقديم ثلاثة مليارات دولار لدعم اللبنانيين."
    pledge = _one(ex, text, "AID", "دولار")
    assert [a.text for a in pledge.actors] == ["المانحون"]


def test_assemble_fighter_jets_deployed_are_a_show_of_force(ex):
    e = _one(ex, "أعلنت وزارة الدفاع الفرنسية نشر مقاتلات في رومانيا.", "MOBILIZE", "مقاتلات")
    assert (e.mode, _codes(e.actors), e.place.text) == ("weapons", ["FRA GOV"], "رومانيا")


def test_assemble_a_military_vehicle_is_a_military_target(ex):
    e = _one(ex, "استهدف مقاتلو الحركة آلية عسكرية إسرائيلية بقذيفة قرب جنين.", "ASSAULT", "استهدف")
    assert _codes(e.targets) == ["ISR MIL"]
    # control: a mechanism agreed on is no vehicle
    e = _one(ex, "اتفق الطرفان على آلية لمراقبة الهدنة.", "AGREE", "اتفق")
    assert e.targets == ()


def test_assemble_who_detonates_a_device_made_the_blast(ex):
    text = "قالت سرايا القدس إن مقاتليها فجروا عبوة ناسفة بآلية عسكرية إسرائيلية في طولكرم."
    blast = _one(ex, text, "ASSAULT", "عبوة")
    assert _sides(blast) == (["مقاتليها"], ["بآلية عسكرية إسرائيلية"])


def test_assemble_acts_told_in_the_passive_have_no_subject(ex):
    text = "تم تفكيك خلية إرهابية في مدينة فاس واعتقال أفرادها الخمسة."
    arrests = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert arrests and all(e.actors == () for e in arrests)


def test_assemble_a_crowd_of_named_people_protests_as_them(ex):
    e = _one(ex, "اعتصم المئات من أنصار التيار الصدري أمام مبنى البرلمان في بغداد.", "PROTEST", "اعتصم")
    assert ([a.text for a in e.actors], e.targets) == (["أنصار التيار الصدري"], ())


def test_assemble_a_teenager_is_a_civilian_counted_one(ex):
    e = _one(ex, "قتل مراهق برصاص الشرطة في مدينة ليون.", "ASSAULT", "قتل")
    assert (_codes(e.targets), e.fatalities) == (["FRA CVL"], 1)


def test_assemble_ships_drones_were_headed_for_are_not_intercepted(ex):
    text = "أعلن الجيش البريطاني إسقاط ثلاث طائرات مسيرة أطلقت من اليمن باتجاه سفن تجارية."
    assert "COERCE" not in _types(ex, text)
    # control: a ship intercepted
    e = _one(ex, "اعترضت البحرية الإسرائيلية سفينة مساعدات في عرض البحر.", "COERCE", "سفينة")
    assert _codes(e.actors) == ["ISR MIL"]


def test_assemble_an_attack_answered_is_its_own_event_and_not_the_answerers(ex):
    events = ex.extract("ردت الولايات المتحدة بغارات جوية بعد هجوم صاروخي على قاعدتها.", article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT", "ASSAULT"]
    reply, attack = events
    assert (_codes(reply.actors), attack.actors) == (["USA GOV"], ())


def test_assemble_a_state_of_emergency_lifted_is_eased(ex):
    e = _one(ex, "رفعت الحكومة التونسية حالة الطوارئ المفروضة منذ عامين.", "RETREAT", "الطوارئ")
    assert (e.cameo, _codes(e.actors)) == ("0814", ["TUN GOV"])
    # control: one declared
    e = _one(ex, "أعلنت الحكومة التونسية حالة الطوارئ في البلاد.", "COERCE", "الطوارئ")
    assert e.mode == "martial-law"


def test_assemble_an_arrest_over_an_attack_names_the_arrested_and_did_not_make_it(ex):
    text = "أعلنت الشرطة البلجيكية توقيف شخصين على صلة بالهجوم على الكنيسة في مدينة لييج."
    arrest = _one(ex, text, "COERCE", "توقيف")
    assert [t.text for t in arrest.targets] == ["شخصين"]
    attack = _one(ex, "اعتقلت الشرطة ناشطا على خلفية الاعتداء على مركز للشرطة.", "ASSAULT", "الاعتداء")
    assert attack.actors == ()


def test_assemble_marches_in_a_countrys_cities_are_in_that_country(ex):
    e = _one(ex, "خرج الآلاف في مسيرات بمدن الأردن تضامنا مع غزة.", "PROTEST", "مسيرات")
    assert (e.place.country, e.place.text) == ("JOR", "بمدن الأردن")


def test_assemble_a_day_that_dates_a_signing_is_not_a_day_to_come_of_what_was_agreed(ex):
    text = "وقع الأردن ومصر اتفاقية تعاون عسكري في عمان يوم الأحد."
    signing, cooperation = _one(ex, text, "AGREE", "وقع"), _one(ex, text, "COOPERATE", "تعاون")
    assert (signing.date.start, cooperation.modality, cooperation.date) == (
        dt.date(2016, 8, 28), ce.Modality.PLANNED, None)
    # control: a day told of what was agreed is to come
    e = _one(ex, "اتفق الطرفان على وقف إطلاق النار اعتبارا من يوم الأحد المقبل.", "RETREAT", "وقف")
    assert e.date.start == dt.date(2016, 9, 4)


def test_assemble_a_military_post_struck_is_that_of_the_soldiers_killed_in_it(ex):
    e = _one(ex, "قتل أربعة جنود أتراك في هجوم على قاعدة عسكرية شمال سوريا.", "ASSAULT", "هجوم")
    assert (_codes(e.targets), e.place.country, e.fatalities) == (["TUR MIL"], "SYR", 4)
    # control: the killed named with no state leave the post's country to its place
    e = _one(ex, "قتل جنديان في هجوم على موقع عسكري في ريف حلب.", "ASSAULT", "هجوم")
    assert _codes(e.targets) == ["SYR MIL"]
    # a post of no named service is of the service of the killed
    e = _one(ex, "قتل شرطيان في هجوم على نقطة تفتيش في مدينة رفح المصرية.", "ASSAULT", "هجوم")
    assert _codes(e.targets) == ["EGY COP"]
    # control: civilians killed there say nothing of whose it is
    e = _one(ex, "قتل مدنيان في هجوم على نقطة تفتيش في مدينة رفح المصرية.", "ASSAULT", "هجوم")
    assert [(t.text, t.sector) for t in e.targets] == [("نقطة تفتيش", None)]


@pytest.mark.parametrize("text, etype, codes", [
    ("دعت الحكومة المالية القوات الأجنبية إلى مغادرة البلاد فورا.", "REQUEST", ["--- MIL"]),
    ("طالبت وزارة الخارجية السفير الكندي بمغادرة البلاد خلال أسبوع.", "SANCTION", ["CAN GOV"]),
    # a state's advice to its own nationals is no warning either
    ("دعت الحكومة الكندية رعاياها إلى مغادرة إيران فورا.", "REQUEST", []),
    # control: residents told to leave are warned
    ("دعا الجيش سكان الأحياء الشرقية إلى إخلاء منازلهم.", "THREATEN", ["--- CVL"]),
])
def test_assemble_forces_and_envoys_told_to_leave_are_no_evacuation_warning(ex, text, etype, codes):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.trigger.start_char == 0]
    assert (e.type, _codes(e.targets)) == (etype, codes)


def test_assemble_what_is_agreed_on_is_no_side_of_the_agreement(ex):
    e = _one(ex, "اتفق حزبا المعارضة على تشكيل حكومة ائتلافية.", "AGREE", "اتفق")
    assert e.targets == ()
    # control: the side agreed with
    e = _one(ex, "اتفقت الحكومة مع المتمردين على تشكيل لجنة مشتركة.", "AGREE", "اتفقت")
    assert _sides(e)[1] == ["المتمردين"]


def test_assemble_armed_groups_meeting_in_a_capital_are_not_of_its_state(ex):
    text = "اجتمع قادة الحركات المسلحة في الدوحة لبحث وقف إطلاق النار."
    talks, truce = _one(ex, text, "CONSULT", "اجتمع"), _one(ex, text, "RETREAT", "وقف")
    assert (_codes(talks.actors), _codes(truce.actors), talks.place.country) == (["--- REB"], ["--- REB"], "QAT")
    # control: in a town of their own country they are of it
    e = _one(ex, "اجتمع قادة الحركات المسلحة في الفاشر لبحث وقف إطلاق النار.", "CONSULT", "اجتمع")
    assert _codes(e.actors) == ["SDN REB"]


@pytest.mark.parametrize("text, etype, place", [
    ("استدعت الخارجية اللبنانية السفير الأمريكي احتجاجا على الغارات على مدينة صور.", "ACCUSE", None),
    ("تظاهر العشرات احتجاجا على قصف الاحتلال لمخيم جنين.", "PROTEST", None),
    # controls: a crowd's own place after its grievance; a place before it
    ("تظاهر العشرات احتجاجا على الغلاء في عمان.", "PROTEST", "عمان"),
    ("استدعت الخارجية اللبنانية في بيروت السفير الأمريكي احتجاجا على الغارات.", "ACCUSE", "بيروت"),
])
def test_assemble_a_place_of_the_act_protested_at_is_not_the_protests(ex, text, etype, place):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert (e.place.text if e.place else None) == place


def test_assemble_a_shipment_intercepted_is_seized_from_whose_it_was(ex):
    e = _one(ex, "اعترضت قوات خفر السواحل شحنة أسلحة إيرانية قبالة سواحل الصومال.", "COERCE", "شحنة")
    assert (e.mode, e.acled[1], _codes(e.targets)) == ("seize", "Disrupted weapons use", ["IRN MIL"])
    assert [a.text for a in e.actors] == ["قوات خفر السواحل"]
    # control: one sent is aid
    e = _one(ex, "أرسلت روسيا شحنة أسلحة إلى الجيش السوري.", "AID", "شحنة")
    assert _codes(e.actors) == ["RUS GOV"]


def test_assemble_a_court_that_condemns_convicts(ex):
    e = _one(ex, "أدانت محكمة أردنية ثلاثة متهمين في قضية تهريب أسلحة.", "SANCTION", "أدانت")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("convict", ["JOR JUD"], ["JOR CVL"])
    # control: a ministry's condemnation
    e = _one(ex, "أدانت وزارة الخارجية الأردنية الهجوم على السفارة.", "ACCUSE", "أدانت")
    assert e.mode == "disapprove"


@pytest.mark.parametrize("text, court", [
    ("قضت محكمة أمن الدولة الأردنية بسجن خمسة متهمين عشر سنوات.", "محكمة أمن الدولة الأردنية"),
    ("أيدت محكمة النقض المصرية حكما بإعدام سبعة متهمين.", "محكمة النقض المصرية"),
])
def test_assemble_courts_by_their_names_are_the_judiciary(ex, text, court):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION"]
    assert ([a.text for a in e.actors], [a.sector for a in e.actors]) == ([court], ["JUD"])


def test_assemble_who_one_acts_beside_is_a_partner_not_a_foe(ex):
    e = _one(ex, "شاركت البحرية المصرية في مناورات بحرية إلى جانب قوات فرنسية.", "COOPERATE", "مناورات")
    assert _codes(e.targets) == ["FRA MIL"]
    e = _one(ex, "قاتلت مجموعات من المرتزقة الأجانب إلى جانب القوات الحكومية في ليبيا.", "ASSAULT", "قاتلت")
    assert e.targets == ()
    # control: whom one fights
    e = _one(ex, "قاتلت مجموعات من المرتزقة الأجانب القوات الحكومية في ليبيا.", "ASSAULT", "قاتلت")
    assert _codes(e.targets) == ["LBY MIL"]


@pytest.mark.parametrize("text, etype", [
    ("اقتحم مسلحون مقر قناة تلفزيونية في العاصمة الليبية.", "COERCE"),
    ("أحرق مسلحون مجهولون مكتب قناة فضائية في بيروت.", "ASSAULT"),
])
def test_assemble_a_channel_unnamed_is_the_press(ex, text, etype):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert [t.sector for t in e.targets] == ["JRN"]


def test_assemble_a_channel_closed_is_silenced_a_canal_is_not(ex):
    e = _one(ex, "أغلقت السلطات الجزائرية قناة تلفزيونية خاصة.", "COERCE", "أغلقت")
    assert (e.mode, _codes(e.targets)) == ("censor", ["DZA JRN"])
    assert "COERCE" not in _types(ex, "أغلقت مصر قناة السويس أمام السفن.")


@pytest.mark.parametrize("text, actor, modality", [
    ("سترسل ألمانيا مزيدا من القوات إلى ليتوانيا.", "DEU GOV", ce.Modality.PLANNED),
    ("أرسلت كندا مزيدا من الجنود إلى لاتفيا.", "CAN GOV", ce.Modality.ASSERTED),
])
def test_assemble_more_forces_sent_are_mobilized(ex, text, actor, modality):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "MOBILIZE"]
    assert (_codes(e.actors), e.modality) == ([actor], modality)


def test_assemble_a_village_headman_is_a_local_official(ex):
    e = _one(ex, "اغتال مسلحون مختار بلدة في ريف حمص الشمالي.", "ASSAULT", "اغتال")
    assert ([t.text for t in e.targets], _codes(e.targets)) == (["مختار بلدة"], ["SYR GOV"])


@pytest.mark.parametrize("text, etype, target, sector", [
    ("اعتقلت الشرطة الجورجية رئيس حزب معارض في تبليسي.", "COERCE", "رئيس حزب معارض", "OPP"),
    ("اغتال مجهولون زعيم جماعة مسلحة في ريف درعا.", "ASSAULT", "زعيم جماعة مسلحة", "REB"),
])
def test_assemble_the_head_of_a_body_named_by_its_common_noun(ex, text, etype, target, sector):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert [(t.text, t.sector) for t in e.targets] == [(target, sector)]


def test_assemble_a_borders_one_adjective_gives_no_country(ex):
    e = _one(ex, "قتل جنديان في اشتباك مع مسلحين قرب الحدود الإيرانية.", "ASSAULT", "اشتباك")
    assert [(a.text, a.country) for a in (*e.actors, *e.targets)] == [("جنديان", None), ("مسلحين", None)]
    # control: of two, the first is the side told of
    e = _one(ex, "أصيب جنديان في اشتباك مع مهربين على الحدود الأردنية السورية.", "ASSAULT", "اشتباك")
    assert [t.country for t in e.targets] == ["JOR"]


def test_assemble_those_a_states_officials_hold_or_free_are_of_that_state(ex):
    e = _one(ex, "أفرج الرئيس الموريتاني عن مئة سجين بمناسبة عيد الأضحى.", "RETREAT", "أفرج")
    assert _codes(e.targets) == ["MRT CVL"]
    # control: an armed group's captives are of no state the sentence names
    e = _one(ex, "أفرجت جماعة مسلحة عن عشرة رهائن.", "RETREAT", "أفرجت")
    assert [t.country for t in e.targets] == [None]


@pytest.mark.parametrize("text, etype, trigger, target", [
    # whose travel a ban is on
    ("فرضت كندا حظرا على سفر خمسة مسؤولين إيرانيين.", "SANCTION", "", "IRN GOV"),
    # a fishing boat is civilian property
    ("أطلق خفر السواحل النار على قارب صيد مصري قرب الحدود البحرية.", "ASSAULT", "أطلق", "EGY CVL"),
    # colleagues are of the body and the state of whose colleagues they are
    ("أطلق شرطي أردني النار على اثنين من زملائه في مركز أمني.", "ASSAULT", "أطلق", "JOR COP"),
])
def test_assemble_targets_past_a_travel_ban_a_boat_and_colleagues(ex, text, etype, trigger, target):
    assert _codes(_one(ex, text, etype, trigger).targets) == [target]


def test_assemble_a_border_fired_on_is_where_not_at_whom(ex):
    e = _one(ex, "تبادل الجيشان الهندي والباكستاني إطلاق النار على الحدود.", "ASSAULT", "إطلاق")
    assert (_codes(e.actors), _codes(e.targets)) == (["IND MIL"], ["PAK MIL"])


def test_assemble_all_parties_dissolved(ex):
    e = _one(ex, "أعلن المجلس العسكري في غينيا حل جميع الأحزاب السياسية.", "COERCE", "حل")
    assert (e.mode, _codes(e.targets)) == ("restrict", ["GIN PTY"])


def test_assemble_aid_trucks_let_in_are_access_given(ex):
    e = _one(ex, "سمحت السلطات المصرية بدخول 30 شاحنة مساعدات إلى القطاع عبر معبر رفح.", "RETREAT", "سمحت")
    assert (e.mode, _codes(e.actors)) == ("access", ["EGY GOV"])
    # control: kept out, they are withheld
    e = _one(ex, "منعت السلطات دخول شاحنات المساعدات إلى المدينة.", "COERCE", "منعت")
    assert e.mode == "withhold"


def test_assemble_an_arrest_campaign_among_someones_ranks_targets_them(ex):
    e = _one(ex, "شنت الشرطة التركية حملة اعتقالات في صفوف الصحفيين.", "COERCE", "اعتقالات")
    assert _codes(e.targets) == ["TUR JRN"]


def test_assemble_a_head_ending_in_its_adjective_heads_no_named_construct(ex):
    text = "دعت منظمة حقوقية السلطات التونسية إلى الإفراج عن الصحفيين."
    call, release = _one(ex, text, "REQUEST", "دعت"), _one(ex, text, "RETREAT", "الإفراج")
    assert (_sides(call), _codes(release.actors)) == ((["منظمة حقوقية"], ["السلطات التونسية"]), ["TUN GOV"])


def test_assemble_a_balloon_shot_down_is_whose_its_adjective_names(ex):
    e = _one(ex, "أسقطت مقاتلات كندية منطادا روسيا فوق القطب الشمالي.", "ASSAULT", "منطاد")
    assert (_codes(e.actors), _codes(e.targets)) == (["CAN MIL"], ["RUS MIL"])


@pytest.mark.parametrize("text, etype, target", [
    ("طردت بولندا ملحقا عسكريا في السفارة الروسية.", "SANCTION", "RUS GOV"),
    ("استدعت الخارجية الألمانية الملحق العسكري الإيراني.", "ACCUSE", "IRN GOV"),
])
def test_assemble_a_military_attache_is_an_envoy(ex, text, etype, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert _codes(e.targets) == [target]


def test_assemble_an_airdrop_of_aid_is_aid_not_a_landing(ex):
    text = "نفذت طائرات مصرية إنزالا جويا للمساعدات في شمال القطاع."
    assert _types(ex, text) == ["AID"]
    e = _one(ex, text, "AID", "إنزالا")
    assert (e.modality, _codes(e.actors)) == (ce.Modality.ASSERTED, ["EGY MIL"])
    # control: troops landed
    assert _types(ex, "نفذت القوات الخاصة عملية إنزال جوي في صحراء الأنبار.") == ["ASSAULT"]


@pytest.mark.parametrize("text, target, sector", [
    ("اعتقلت الشرطة البحرينية نشطاء شاركوا في مسيرة.", "نشطاء", "OPP"),
    ("أفرجت السلطات عن نشطاء حقوقيين بعد احتجازهم أسبوعا.", "نشطاء حقوقيين", "HRI"),
])
def test_assemble_activists_by_their_broken_plural(ex, text, target, sector):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "RETREAT"))
    assert [(t.text, t.sector) for t in e.targets] == [(target, sector)]


def test_assemble_members_of_parliament_in_the_accusative(ex):
    e = _one(ex, "اعتقلت قوات الأمن نوابا من المعارضة في العاصمة.", "COERCE", "اعتقلت")
    assert [(t.text, t.sector) for t in e.targets] == [("نوابا", "LEG")]


def test_assemble_an_envoys_deadline_to_leave_is_no_date_of_the_expulsion(ex):
    e = _one(ex, "طالبت الخارجية الإثيوبية السفير السوداني بمغادرة البلاد خلال 48 ساعة.", "SANCTION", "طالبت")
    assert e.date is None
    # control: the day of the demand
    e = _one(ex, "طالبت الخارجية الإثيوبية أمس السفير السوداني بمغادرة البلاد.", "SANCTION", "طالبت")
    assert e.date.start == dt.date(2016, 8, 29)


def test_assemble_two_of_those_after_them_counts_the_killed_not_the_killer(ex):
    e = _one(ex, "قتل جندي تونسي اثنين من زملائه في ثكنة عسكرية.", "ASSAULT", "قتل")
    assert ([a.text for a in e.actors], [t.text for t in e.targets], e.fatalities) == (
        ["جندي تونسي"], ["زملائه"], 2)
    # control: two after what they count
    e = _one(ex, "قتل متظاهران اثنان في مدينة البصرة.", "ASSAULT", "قتل")
    assert (e.actors, e.fatalities) == ((), 2)


@pytest.mark.parametrize("text, target", [
    ("دمر الجيش العراقي أربع آليات في صحراء الأنبار.", "--- REB"),
    # controls: another state's, by its adjective; the army's, destroyed by rebels
    ("دمرت القوات الروسية مدرعات أوكرانية قرب خاركيف.", "UKR MIL"),
    ("دمر المسلحون أربع آليات للجيش العراقي في صحراء الأنبار.", "IRQ MIL"),
])
def test_assemble_vehicles_a_states_forces_destroy_are_their_foes(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize("text, actors", [
    ("قال مصدر محلي إن مسلحين من العشائر هاجموا حاجزا للجيش قرب البلدة.", ["مسلحين"]),
    # control: past a group word, the men it is made of
    ("قال مصدر محلي إن مجموعة من المسلحين هاجمت حاجزا للجيش قرب البلدة.", ["المسلحين"]),
])
def test_assemble_men_drawn_from_a_group_are_the_subject_before_the_verb(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert _sides(e)[0] == actors


@pytest.mark.parametrize("text, target", [
    ("أعلنت الشرطة العراقية اعتقال والي نينوى في تنظيم داعش قرب الموصل.", "IRQ REB"),
    # control: a governor of the province, not of a group
    ("أعلنت الشرطة العراقية اعتقال محافظ نينوى السابق قرب الموصل.", "IRQ GOV"),
])
def test_assemble_a_groups_title_may_name_its_province(ex, text, target):
    e = _one(ex, text, "COERCE", "اعتقال")
    assert _codes(e.targets) == [target]


def test_assemble_a_killing_the_forces_managed_is_theirs_beside_the_destruction(ex):
    text = "تمكنت قوات الأمن من قتل خمسة مسلحين وتدمير سيارتين مفخختين قرب العريش."
    kill = _one(ex, text, "ASSAULT", "قتل")
    assert (kill.fatalities, _sides(kill)) == (5, (["قوات الأمن"], ["مسلحين"]))
    assert _one(ex, text, "ASSAULT", "تدمير").fatalities is None
    # control: a toll the operation left is no act of its own
    assert _types(ex, "أسفرت العملية عن مقتل خمسة مسلحين وتدمير سيارتين مفخختين قرب العريش.") == ["ASSAULT"]


@pytest.mark.parametrize("text, target", [
    ("قصفت طائرة مسيرة أمريكية سيارة تقل عناصر من حركة الشباب قرب مدينة كيسمايو.", "SOM REB"),
    ("قصفت طائرة مسيرة أمريكية سيارة تقل عناصر لحركة الشباب قرب مدينة كيسمايو.", "SOM REB"),
])
def test_assemble_a_vehicle_carrying_a_groups_men_is_the_groups(ex, text, target):
    e = _one(ex, text, "ASSAULT", "قصفت")
    assert _codes(e.targets) == [target]
    assert e.targets[0].text.endswith("حركة الشباب")


@pytest.mark.parametrize("text", [
    "أرسلت فرنسا مقاتلات إضافية إلى قاعدة جوية في الأردن.",
    "أرسلت بريطانيا طائرات حربية إلى قبرص.",
])
def test_assemble_warplanes_sent_are_a_mobilization(ex, text):
    e = _one(ex, text, "MOBILIZE", "")
    assert (e.mode, e.actors[0].sector) == ("weapons", "GOV")


@pytest.mark.parametrize("text, target", [
    ("قصفت طائرات فرنسية مواقع داعش في محافظة الأنبار.", "--- REB"),
    ("شنت مقاتلات أردنية غارات على مواقع لتنظيم داعش في الرقة.", "--- REB"),
    # control: the sites of a group of a state are of its state
    ("قصفت الطائرات الإسرائيلية مواقع لحزب الله في جنوب لبنان.", "LBN REB"),
])
def test_assemble_the_sites_of_a_group_of_no_state_take_no_state_around_them(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize("text, target", [
    ("قصفت المدفعية السورية مواقع المعارضة في ريف حماة.", "SYR REB"),
    ("سيطر الجيش على نقاط للمعارضة قرب مدينة إدلب.", "SYR REB"),
    # control: a party's office is no post
    ("أحرق مجهولون مقر حزب معارض في القاهرة.", "EGY OPP"),
])
def test_assemble_the_posts_of_the_opposition_are_rebels(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == [target]


def test_assemble_the_access_a_closing_bars_is_no_access(ex):
    text = "أغلقت السلطات المصرية معبر رفح أمام دخول المساعدات الإنسانية منذ يوم الأحد."
    assert _types(ex, text) == ["COERCE"]
    # control: access allowed
    assert "RETREAT" in _types(ex, "سمحت السلطات المصرية بدخول المساعدات الإنسانية عبر معبر رفح.")


def test_assemble_a_front_named_for_a_town_is_that_towns(ex):
    e = _one(ex, "تجددت المعارك بين الجيش والحوثيين في جبهة صعدة أمس.", "ASSAULT", "المعارك")
    assert (e.place.text, e.place.country) == ("جبهة صعدة", "YEM")


@pytest.mark.parametrize("text, target", [
    ("قال الجيش إن طائراته أغارت على بنى تحتية لحزب الله في جنوب لبنان.", "LBN REB"),
    ("دمر القصف بنية تحتية مدنية في مدينة خاركيف.", "UKR CVL"),
])
def test_assemble_infrastructure_struck_is_its_owners(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == [target]


def test_assemble_a_place_noun_and_what_it_is_for_is_no_local_place(ex):
    e = _one(ex, "قصفت الطائرات محطة للطاقة في مدينة خاركيف.", "ASSAULT", "قصفت")
    assert (e.place.text, e.place.name) == ("مدينة خاركيف", "Kharkiv")


def test_assemble_captives_taken_from_a_states_forces_are_theirs(ex):
    e = _one(ex, "أفرج المتمردون الحوثيون عن 50 أسيرا من القوات الحكومية في مأرب.", "RETREAT", "أفرج")
    assert _codes(e.targets) == ["YEM MIL"]


def test_assemble_the_clause_after_a_funeral_tells_of_the_dead(ex):
    text = "شارك المئات في جنازة الشاب الذي قتل برصاص جنود إسرائيليين قرب رام الله."
    e = _one(ex, text, "ASSAULT", "قتل")
    assert (_sides(e), e.fatalities) == ((["جنود إسرائيليين"], ["الشاب"]), 1)
    # control: a funeral struck is the people gathered
    e = _one(ex, "استهدفت غارة جوية جنازة في قرية قرب صعدة.", "ASSAULT", "غارة")
    assert _sides(e)[1] == ["جنازة"]


@pytest.mark.parametrize("text, target", [
    ("استشهدت مسعفة برصاص قوات الاحتلال شرق مدينة رفح.", "PSE MED"),
    ("قتلت الصحفية برصاص قناص في مدينة جنين.", "PSE JRN"),
    ("استشهدت فتاة برصاص قوات الاحتلال في مدينة الخليل.", "PSE CVL"),
])
def test_assemble_a_woman_killed_is_counted(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert (_codes(e.targets), e.fatalities) == ([target], 1)


def test_assemble_floods_that_sweep_away_homes_seize_nothing(ex):
    assert _types(ex, "قال الدفاع المدني إن سيولا جرفت عشرات المنازل في ولاية كسلا.") == []
    # control: bulldozers of a state's forces do
    assert _types(ex, "جرفت جرافات الجيش أراضي زراعية في بلدة خزاعة.") == ["COERCE"]


def test_assemble_the_object_follows_a_long_subject_the_trigger_begins(ex):
    text = "قصف الطيران الحربي التابع للنظام السوري مستشفى ميدانيا في بلدة كفرنبل."
    e = _one(ex, text, "ASSAULT", "قصف")
    assert _sides(e) == (["الطيران الحربي التابع للنظام السوري"], ["مستشفى"])


def test_assemble_whom_ground_is_retaken_from_made_no_operation(ex):
    text = "أطلق الجيش السوداني عملية عسكرية لاستعادة مدينة سنجة من قوات الدعم السريع."
    e = _one(ex, text, "ASSAULT", "عملية")
    assert (_codes(e.actors), _codes(e.targets)) == (["SDN MIL"], ["SDN REB"])


def test_assemble_the_subject_before_what_it_wears(ex):
    text = "قال شهود إن مسلحين يرتدون زيا عسكريا اقتحموا منزل صحفي في المدينة."
    e = _one(ex, text, "COERCE", "اقتحموا")
    assert [a.text for a in e.actors] == ["مسلحين"]


def test_assemble_a_reporter_did_not_strike_its_own_convoys(ex):
    text = "أعلن برنامج الأغذية العالمي أنه سيوقف عملياته في شمال غزة بسبب استهداف قوافله."
    e = _one(ex, text, "ASSAULT", "استهداف")
    assert (e.actors, _codes(e.targets)) == ((), ["UNO UNO"])


def test_assemble_the_counted_a_verb_held_are_its_object(ex):
    text = "أطلقت الشرطة سراح 20 متظاهرا اعتقلتهم خلال احتجاجات وسط العاصمة."
    e = _one(ex, text, "COERCE", "اعتقلتهم")
    assert (_sides(e), e.arrested) == ((["الشرطة"], ["متظاهرا"]), 20)


def test_assemble_a_plural_verb_with_its_object_pronoun_is_read(ex):
    e = _one(ex, "قالت عائلة الصحفي إن مسلحين خطفوه من أمام منزله أمس.", "ASSAULT", "خطفوه")
    assert (e.mode, _sides(e)[0]) == ("abduct", ["مسلحين"])


def test_assemble_whence_one_was_taken_is_no_target_of_the_verbs_pronoun(ex):
    e = _one(ex, "قال مسؤول محلي إن مسلحين اختطفوه من منزله في المدينة.", "ASSAULT", "اختطفوه")
    assert "منزله" not in _sides(e)[1]
    # control: a named object
    e = _one(ex, "قال مسؤول محلي إن مسلحين اختطفوا الطبيب من منزله في المدينة.", "ASSAULT", "اختطفوا")
    assert _sides(e)[1] == ["الطبيب"]


@pytest.mark.parametrize("text, mode", [
    ("أعلنت وزارة الداخلية ضبط خلية إرهابية في مدينة الإسكندرية.", "arrest"),
    ("أعلنت قوات الأمن ضبط كميات من الأسلحة في مدينة الإسكندرية.", "seize"),
])
def test_assemble_a_catch_told_by_its_noun(ex, text, mode):
    e = _one(ex, text, "COERCE", "ضبط")
    assert e.mode == mode
    # controls: restraint called for, or borders kept in check, are no arrest
    assert _types(ex, "دعت الجامعة العربية جميع الأطراف إلى ضبط النفس.") == ["REQUEST"]
    assert _types(ex, "شدد الوزير على أهمية ضبط الحدود مع ليبيا.") == []


def test_assemble_trees_uprooted_are_property_destroyed(ex):
    e = _one(ex, "اقتلع مستوطنون عشرات أشجار الزيتون في قرية قريوت جنوب نابلس.", "COERCE", "اقتلع")
    assert (e.mode, _codes(e.actors)) == ("seize", ["ISR CVL"])
    # controls: an evil rooted out in words, trees the wind uproots
    assert _types(ex, "تعهد رئيس الوزراء باقتلاع الإرهاب من جذوره.") == []
    assert _types(ex, "اقتلعت الرياح العاتية عشرات الأشجار في المدينة.") == []


def test_assemble_the_place_of_the_act_answered_is_not_the_answers(ex):
    text = "أعلن حزب الله استهداف موقع المالكية الإسرائيلي بالصواريخ ردا على استشهاد مدنيين في جنوب لبنان."
    e = _one(ex, text, "ASSAULT", "استهداف")
    assert e.place is None or e.place.country != "LBN"


def test_assemble_an_opponent_after_a_states_body_is_its_object(ex):
    e = _one(ex, "اعتقلت السلطات الروسية المعارض البارز في مطار موسكو.", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["RUS OPP"]
    # control: after a body of the opposition, its adjective
    e = _one(ex, "أعلن الائتلاف الوطني السوري المعارض رفضه للاتفاق.", "REJECT", "رفض")
    assert [a.text for a in e.actors] == ["الائتلاف الوطني السوري"]


def test_assemble_a_treaty_ended_reduces_relations(ex):
    e = _one(ex, "ألغت الحكومة المغربية معاهدة الصداقة مع الجزائر.", "SANCTION", "ألغت")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("withdraw", ["MAR GOV"], ["DZA GOV"])


def test_assemble_an_envoys_hours_to_leave_are_the_expulsion(ex):
    text = "طردت الحكومة المالية السفير الفرنسي ومنحته مهلة 72 ساعة لمغادرة البلاد."
    assert _types(ex, text) == ["SANCTION"]
    assert _types(ex, "منحت الحكومة المالية السفير الفرنسي مهلة 72 ساعة لمغادرة البلاد.") == ["SANCTION"]
    # control: residents' hours to leave their homes are a warning
    e = _one(ex, "منح الجيش سكان الحي مهلة ساعتين لمغادرة منازلهم.", "THREATEN", "مهلة")
    assert e.mode == "violence"


def test_assemble_more_of_an_act_threatened_is_the_threat(ex):
    text = "هدد الاتحاد الأوروبي بفرض مزيد من العقوبات على بيلاروسيا."
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.mode, _codes(e.targets)) == ("THREATEN", "restrict", ["BLR GOV"])


@pytest.mark.parametrize("text, types", [
    ("وصل رئيس هيئة الأركان الأمريكية إلى إسرائيل في زيارة غير معلنة.", ["CONSULT"]),
    ("وصل قائد القيادة المركزية الأمريكية إلى بغداد.", ["CONSULT"]),
    # control: forces arriving are deployed
    ("وصلت قوات أمريكية إضافية إلى قاعدة في شمال سوريا.", ["MOBILIZE"]),
])
def test_assemble_a_commander_arriving_visits(ex, text, types):
    assert _types(ex, text) == types


def test_assemble_an_act_a_law_would_allow_is_possible(ex):
    text = "صادق البرلمان بالقراءة الأولى على قانون يجيز إعدام المدانين بالإرهاب."
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.modality == ce.Modality.POSSIBLE


def test_assemble_a_plural_verb_joined_after_a_call_is_done(ex):
    text = "دعا المحتجون إلى إسقاط الحكومة وأغلقوا الطرق الرئيسية في المدينة."
    e = _one(ex, text, "PROTEST", "أغلقوا")
    assert (e.modality, _sides(e)[0]) == (ce.Modality.ASSERTED, ["المحتجون"])


def test_assemble_a_rigged_truck_is_the_bomb_no_target(ex):
    e = _one(ex, "قتل تسعة أشخاص جراء انفجار شاحنة مفخخة في سوق شعبي بمدينة الباب.", "ASSAULT", "انفجار")
    assert "شاحنة" not in _sides(e)[1] and e.fatalities == 9


def test_assemble_rockets_fired_from_a_state_are_not_its_governments(ex):
    e = _one(ex, "رصد الجيش الإسرائيلي إطلاق صواريخ من لبنان باتجاه الجليل.", "ASSAULT", "إطلاق")
    assert e.actors == ()


def test_assemble_sirens_sounding_threaten_no_one(ex):
    assert _types(ex, "قال الجيش الإسرائيلي إن صفارات الإنذار دوت في مستوطنات الشمال مساء اليوم.") == []
    # control: a warning
    assert _types(ex, "وجه الجيش إنذارا لسكان الحي بإخلاء منازلهم.") == ["THREATEN"]


def test_assemble_ugandas_army_is_no_pkk_wing(ex):
    e = _one(ex, "قتلت قوات الدفاع الشعبي الأوغندية 15 متمردا في شرق الكونغو.", "ASSAULT", "قتلت")
    assert _codes(e.actors) == ["UGA MIL"]


def test_assemble_an_aid_body_reporting_a_strike_did_not_make_it(ex):
    text = "أعلنت منظمة أطباء بلا حدود تعليق أنشطتها في مدينة نيالا بعد قصف مستشفى تدعمه."
    e = _one(ex, text, "ASSAULT", "قصف")
    assert (e.actors, _codes(e.targets)) == ((), ["SDN MED"])
    # control: an army announcing its strike made it
    e = _one(ex, "أعلن الجيش السوداني قصف مواقع للمتمردين قرب نيالا.", "ASSAULT", "قصف")
    assert _codes(e.actors) == ["SDN MIL"]


def test_assemble_ones_own_work_suspended_silences_no_outlet(ex):
    assert _types(ex, "أعلنت منظمة أطباء بلا حدود تعليق عملها في مدينة نيالا.") == []
    # control: a channel's work suspended
    e = _one(ex, "قررت السلطات تعليق عمل قناة الجزيرة في البلاد.", "COERCE", "تعليق")
    assert e.mode == "censor"


def test_assemble_migrants_driven_out_are_deported(ex):
    e = _one(ex, "طردت السلطات الليبية مئات المهاجرين غير النظاميين إلى الصحراء.", "COERCE", "طردت")
    assert (e.mode, _codes(e.actors)) == ("deport", ["LBY GOV"])
    # control: gunmen driven out of a town are fought
    assert _types(ex, "طردت القوات العراقية مسلحي داعش من المدينة.") == ["ASSAULT"]


def test_assemble_those_a_crowd_backs_give_it_no_nationality(ex):
    e = _one(ex, "اعتقلت الشرطة البريطانية 40 متظاهرا مؤيدا للفلسطينيين في لندن.", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["GBR OPP"]


def test_assemble_a_protest_with_no_one_else_is_the_protesters(ex):
    text = "قتل عشرة متظاهرين في اليوم الثاني من الاحتجاجات المناهضة للحكومة في مدينة البصرة."
    e = _one(ex, text, "PROTEST", "الاحتجاجات")
    assert _sides(e)[0] == ["متظاهرين"]
    # control: the opposition a crowd backs does not march in it
    e = _one(ex, "أغلقت الشرطة الساحة الرئيسية لمنع مظاهرة مؤيدة للمعارضة.", "PROTEST", "مظاهرة")
    assert e.actors == ()


def test_assemble_a_plural_in_yn_after_a_feminine_verb_is_its_object(ex):
    text = "نصبت قوات الاحتلال حاجزا عسكريا على مدخل بلدة حوارة ومنعت المواطنين من المرور."
    e = _one(ex, text, "COERCE", "منعت")
    assert _sides(e) == (["قوات الاحتلال"], ["المواطنين"])


def test_assemble_the_wounding_joined_after_a_killing_is_its_toll(ex):
    text = "قال الجيش إن قواته قتلت أربعة مسلحين وأصابت آخرين قرب الحدود."
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.trigger.text, _sides(e), e.fatalities) == ("قتلت", (["قواته"], ["مسلحين"]), 4)


@pytest.mark.parametrize("text, country", [
    ("خرجت تظاهرات حاشدة في عدة مدن عراقية للمطالبة بإخراج القوات الأجنبية.", "IRQ"),
    ("خرجت مظاهرات في مدن أمريكية تضامنا مع غزة.", "USA"),
])
def test_assemble_towns_named_by_their_countrys_adjective_are_in_it(ex, text, country):
    e = _one(ex, text, "PROTEST", "ظاهرات")
    assert e.place.country == country
    # control: the United States is no "states" of a land
    e = _one(ex, "ردت الولايات المتحدة بغارات جوية بعد هجوم صاروخي على قاعدتها.", "ASSAULT", "هجوم")
    assert e.place is None


def test_assemble_ordnance_disposed_of_is_no_attack(ex):
    assert _types(ex, "نفذت وحدات الهندسة في الجيش تفجيرا لذخائر غير منفجرة في سهل البقاع.") == []
    # control: a mine left by the war that goes off kills
    e = _one(ex, "قتل طفلان في انفجار لغم من مخلفات الحرب في ريف إدلب.", "ASSAULT", "انفجار")
    assert e.fatalities == 2


def test_assemble_a_force_without_its_article_is_a_unit_that_acts(ex):
    e = _one(ex, "توغلت قوة تركية في قرية حدودية شمال العراق صباح اليوم", "MOBILIZE", "توغلت")
    assert _codes(e.actors) == ["TUR MIL"]
    # with its article it is force, used or threatened, and nobody's unit
    e = _one(ex, "هدد الجيش باستخدام القوة إذا دعت الضرورة", "THREATEN", "هدد")
    assert e.targets == ()


def test_assemble_no_light_verb_reaches_the_act_that_came_first(ex):
    # the act after "بعد" is what happened before the declaration, not the declarer's
    e = _one(ex, "أعلنت الحكومة الحداد بعد هجوم على مركز للشرطة في المدينة", "ASSAULT", "هجوم")
    assert e.actors == ()
    # (control: a light verb after the act still names who made it)
    e = _one(ex, "قتل ثلاثة أشخاص جراء هجوم شنه مسلحون على حاجز أمني", "ASSAULT", "هجوم")
    assert [a.text for a in e.actors] == ["مسلحون"]


def test_assemble_no_target_past_after_right_after_the_act(ex):
    # "بعد" right after the act's words starts the act it follows, whose target that is
    e = _one(ex, "أعلن الجيش حظر التجول بعد هجوم على ثكنة في المدينة", "COERCE", "حظر التجول")
    assert e.targets == ()
    assert _codes(_one(ex, "أعلن الجيش حظر التجول بعد هجوم على ثكنة في المدينة", "ASSAULT", "هجوم").targets) == [
        "--- MIL"]


def test_assemble_a_sanctions_target_is_whom_arms_may_not_reach_not_where_they_went(ex):
    e = _one(ex, "أعلنت كندا عقوبات جديدة على إيران بسبب نقل صواريخ إلى روسيا", "SANCTION", "")
    assert _codes(e.targets) == ["IRN GOV"]
    # an embargo on arms to a group is aimed at that group
    e = _one(ex, "فرض مجلس الأمن حظرا على توريد الأسلحة إلى جماعة الحوثي", "SANCTION", "حظر")
    assert [t.text for t in e.targets] == ["جماعة الحوثي"]


def test_assemble_an_agreement_signed_between_two_sides_is_theirs(ex):
    text = "أشاد الوسطاء بالاتفاق الموقع بين الحكومة الصومالية وحركة الشباب في الدوحة"
    e = _one(ex, text, "AGREE", "الاتفاق")
    assert _codes(e.actors) == ["SOM GOV"] and _codes(e.targets) == ["SOM REB"]
    # ("الموقع" is only the signing of the agreement right before it: a site is still one)
    e = _one(ex, "قصف الجيش موقعه العسكري في الجبل", "ASSAULT", "قصف")
    assert [t.text for t in e.targets] == ["موقعه العسكري"]


def test_assemble_a_ratification_past_its_subject_is_an_agreement(ex):
    e = _one(ex, "صادق البرلمان الأردني على الاتفاقية الدفاعية مع الولايات المتحدة", "AGREE", "صادق")
    assert _codes(e.actors) == ["JOR LEG"] and _codes(e.targets) == ["USA GOV"]
    assert e.rules[0] == "trg.agree.tawqi.verb"


def test_assemble_approving_works_a_budget_or_a_law_is_no_agreement(ex):
    for text in ("صادقت الحكومة على بناء مئات الوحدات السكنية في المستوطنة",
                 "وافق البرلمان على الموازنة العامة للعام المقبل"):
        assert "AGREE" not in _types(ex, text), text
    # (control: a truce agreed to is one)
    assert "AGREE" in _types(ex, "وافقت الحكومة على الهدنة التي اقترحها الوسطاء")


@pytest.mark.parametrize(
    "text, target",
    [
        ("اتهم وزير الطاقة الأوكراني روسيا بقصف محطات توليد الكهرباء", "UKR CVL"),
        ("قال الرئيس اللبناني إن إسرائيل قصفت محطات ضخ المياه", "LBN CVL"),
    ],
)
def test_assemble_what_a_state_strikes_is_of_the_state_that_charges_or_reports_it(ex, text, target):
    assert _codes(_one(ex, text, "ASSAULT", "قصف").targets) == [target]


def test_assemble_what_a_state_allows_past_its_subject_is_access(ex):
    e = _one(ex, "سمحت السلطات الإثيوبية بدخول الصحفيين إلى إقليم تيغراي", "RETREAT", "سمحت")
    assert e.mode == "access" and _codes(e.actors) == ["ETH GOV"]
    # (control: a means after "ب" past the subject is still no word of the act)
    assert _types(ex, "استهدفت حماس بطائرة مسيرة موقعا عسكريا") == ["ASSAULT"]


def test_assemble_a_relief_convoy_let_in_is_access(ex):
    e = _one(ex, "وافقت الحكومة على دخول قافلة مساعدات إلى البلدة المحاصرة", "RETREAT", "دخول")
    assert (e.mode, e.modality) == ("access", ce.Modality.PLANNED)


def test_assemble_carriers_of_aid_are_civilians_not_a_side(ex):
    e = _one(ex, "منعت الميليشيا دخول قوافل الإغاثة إلى المدينة المحاصرة", "COERCE", "منعت")
    assert [t.sector for t in e.targets] == ["CVL"]
    # (control: a convoy of an army is the army's)
    e = _one(ex, "هاجم مسلحون قافلة للجيش قرب تمبكتو", "ASSAULT", "هاجم")
    assert _codes(e.targets) == ["MLI MIL"]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        ("رفضت الصين مشروع قرار بريطاني بشأن ميانمار", "REJECT", "GBR GOV"),
        ("رحبت الحكومة السودانية بمقترح السلام الأمريكي", "SUPPORT", "USA GOV"),
    ],
)
def test_assemble_a_drafts_state_is_whose_proposal_is_answered(ex, text, etype, target):
    assert _codes(_one(ex, text, etype, "").targets) == [target]


def test_assemble_the_countrysides_of_two_towns_are_a_place_noun(ex):
    e = _one(ex, "قصفت المدفعية مواقع في ريفي حلب وإدلب صباح اليوم", "ASSAULT", "قصفت")
    assert (e.place.text, e.place.relation) == ("ريفي حلب", "countryside")


def test_assemble_an_attache_expelled_is_the_object_past_where_the_expeller_sits(ex):
    e = _one(ex, "أعلن المجلس العسكري في مالي طرد الملحق العسكري الروسي", "SANCTION", "طرد")
    assert (_codes(e.actors), _codes(e.targets)) == (["MLI GOV"], ["RUS GOV"])


def test_assemble_a_camp_struck_by_an_armed_group_is_the_armys(ex):
    e = _one(ex, "هاجم مسلحون من جماعة بوكو حرام معسكرا في ولاية بورنو", "ASSAULT", "هاجم")
    assert _codes(e.targets) == ["NGA MIL"]
    # (control: a camp of refugees is theirs)
    e = _one(ex, "هاجم مسلحون معسكرا للاجئين في شرق تشاد", "ASSAULT", "هاجم")
    assert _codes(e.targets) == ["TCD REF"]


def test_assemble_the_source_quoted_saying_it_acted_did_it(ex):
    text = "نقلت وسائل إعلام رسمية عن البحرية الإيرانية أنها احتجزت سفينة أجنبية في بحر عمان"
    assert _codes(_one(ex, text, "COERCE", "احتجزت").actors) == ["IRN MIL"]
    # (control: a source who tells of an act done by no one named did not do it)
    text = "نقلت الوكالة عن مصدر عسكري أنه تم قصف مواقع المسلحين"
    assert _one(ex, text, "ASSAULT", "قصف").actors == ()


def test_assemble_the_adjective_of_the_unit_a_bomb_hit_is_not_the_bomber(ex):
    e = _one(ex, "فجرت سرايا القدس عبوة ناسفة بقوة إسرائيلية شرق مخيم جنين", "ASSAULT", "عبوة")
    assert _codes(e.actors) == ["PSE REB"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل مسلحون مجهولون خطيب مسجد في ريف حلب",
        "قتل عامل إغاثة في غارة على مخيم للنازحين",
    ],
)
def test_assemble_one_cleric_or_worker_killed_counts_one(ex, text):
    assert [e.fatalities for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "قتلت الشرطة الباكستانية أربعة مسلحين في اشتباك",
        "أعلنت الشرطة الباكستانية مقتل أربعة مسلحين في اشتباك",
    ],
)
def test_assemble_the_killed_of_a_police_clash_with_no_place_are_of_its_state(ex, text):
    assert _codes(_one(ex, text, "ASSAULT", "اشتباك").targets) == ["PAK REB"]


def test_assemble_a_lockdown_imposed_on_a_town_restricts_it(ex):
    e = _one(ex, "فرضت السلطات إغلاقا شاملا على مدينة شنغهاي", "COERCE", "إغلاق")
    assert e.mode == "restrict" and "SANCTION" not in _types(ex, "فرضت السلطات إغلاقا شاملا على مدينة شنغهاي")


def test_assemble_an_act_whose_decision_is_frozen_is_negated(ex):
    e = _one(ex, "قررت المحكمة تجميد قرار هدم منازل في حي سلوان", "COERCE", "هدم")
    assert e.modality == ce.Modality.NEGATED


def test_assemble_a_headline_warning_names_whom_it_warns_after_its_verb(ex):
    e = _one(ex, "موسكو تحذر كييف من أي هجوم على القرم", "THREATEN", "تحذر")
    assert (_codes(e.actors), _codes(e.targets)) == (["RUS GOV"], ["UKR GOV"])
    # (control: a warning of a danger is none)
    assert "THREATEN" not in _types(ex, "الأمم المتحدة تحذر من مجاعة في غزة")


def test_assemble_whose_drone_was_downed_did_not_down_it(ex):
    e = _one(ex, "أعلن الجيش العراقي إسقاط طائرة مسيرة للمسلحين فوق كركوك", "ASSAULT", "إسقاط")
    assert (_codes(e.actors), _codes(e.targets)) == (["IRQ MIL"], ["IRQ REB"])


def test_assemble_an_open_area_names_no_place(ex):
    e = _one(ex, "سقطت قذيفة صاروخية في منطقة مفتوحة قرب عسقلان", "ASSAULT", "قذيفة")
    assert e.place.text == "قرب عسقلان"


def test_assemble_protesters_shutting_an_oil_field_obstruct(ex):
    e = _one(ex, "أغلق محتجون حقل الفيل النفطي للمطالبة بفرص عمل", "PROTEST", "أغلق")
    assert e.mode == "obstruct" and _codes(e.actors) == ["LBY OPP"]


def test_assemble_missiles_launched_in_a_drill_are_a_show_of_weapons(ex):
    e = _one(ex, "أطلقت البحرية الروسية صواريخ مجنحة خلال مناورات في بحر البلطيق", "MOBILIZE", "أطلقت")
    assert e.mode == "weapons"
    # (control: launched at something in a drill's camp, they are an attack)
    assert _types(ex, "أطلق الحوثيون صواريخ على معسكر تدريب للقوات الحكومية")[0] == "ASSAULT"


def test_assemble_a_camp_named_by_its_training_is_no_training(ex):
    assert _types(ex, "أطلق الحوثيون صواريخ على معسكر تدريب للقوات الحكومية") == ["ASSAULT"]
    # (control: training agreed on is cooperation)
    assert "COOPERATE" in _types(ex, "وقع البلدان اتفاقا لتدريب القوات الخاصة")


def test_assemble_the_desert_of_a_town_is_a_place_noun(ex):
    e = _one(ex, "قصفت الطائرات الروسية مواقع للتنظيم في بادية تدمر", "ASSAULT", "قصفت")
    assert e.place.text == "بادية تدمر"


def test_assemble_losses_inflicted_are_an_attack_on_who_suffers_them(ex):
    e = _one(ex, "كبدت المقاومة قوات الاحتلال خسائر كبيرة في بيت حانون", "ASSAULT", "كبدت")
    assert (_codes(e.actors), _codes(e.targets)) == (["PSE REB"], ["ISR MIL"])
    # (control: who suffers losses, "تكبد", inflicts none)
    assert _types(ex, "تكبد الجيش خسائر فادحة") == []


def test_assemble_a_car_carrying_leaders_of_a_group_is_the_groups(ex):
    e = _one(ex, "استهدفت مسيرة سيارة تقل قياديين في الحشد الشعبي قرب بغداد", "ASSAULT", "استهدفت")
    assert _codes(e.targets) == ["IRQ MIL"]


def test_assemble_observers_driven_out_are_expelled(ex):
    e = _one(ex, "طرد المجلس العسكري المراقبين الدوليين من شمال البلاد", "SANCTION", "طرد")
    assert e.mode == "expel" and _codes(e.targets) == ["IGO IGO"]


def test_assemble_the_arrested_before_on_where_they_were_taken(ex):
    e = _one(ex, "اعتقلت قوات الاحتلال صحفية فلسطينية على حاجز عسكري قرب رام الله", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["PSE JRN"]


def test_assemble_a_base_where_a_states_soldiers_were_hit_is_theirs(ex):
    e = _one(ex, "أصيب 4 جنود فرنسيين في هجوم بقذائف الهاون على قاعدة في شمال مالي", "ASSAULT", "هجوم")
    assert _codes(e.targets) == ["FRA MIL"]


def test_assemble_a_sentence_upheld_after_an_appeal_refused_stands(ex):
    text = "رفضت محكمة الاستئناف الطعن وأيدت الحكم بسجن الناشط خمس سنوات"
    e = _one(ex, text, "SANCTION", "الحكم")
    assert e.modality == ce.Modality.ASSERTED and _codes(e.actors) == ["--- JUD"]


def test_assemble_whom_a_charge_is_brought_against_follows_ila(ex):
    e = _one(ex, "وجهت النيابة العامة تهمة القتل العمد إلى ضابط شرطة في الإسكندرية", "ACCUSE", "وجهت")
    assert _codes(e.targets) == ["EGY COP"]


def test_assemble_who_takes_part_in_a_bodys_meeting_meets(ex):
    text = "شارك وزير الخارجية المصري في اجتماع وزاري لمجموعة العشرين في جوهانسبرغ"
    assert _codes(_one(ex, text, "CONSULT", "اجتماع").actors) == ["EGY GOV"]


def test_assemble_an_embargo_called_for_is_a_sanction_requested(ex):
    text = "طالبت منظمات حقوقية بفرض حظر على صادرات الأسلحة إلى ميانمار"
    e = _one(ex, text, "SANCTION", "حظر")
    assert e.modality == ce.Modality.REQUESTED and _codes(e.targets) == ["MMR GOV"]
    # (control: a ban on going out is a curfew)
    assert _one(ex, "قررت السلطات فرض حظر على التجول ليلا", "COERCE", "حظر").mode == "curfew"


def test_assemble_their_demands_are_not_the_subject_of_the_verb_before(ex):
    text = "توعد المحتجون بالتصعيد إذا لم تستجب السلطات لمطالبهم"
    e = _one(ex, text, "REQUEST", "مطالب")
    assert [a.text for a in e.actors] == ["المحتجون"]


def test_assemble_whom_one_goes_to_fight_is_the_target(ex):
    e = _one(ex, "أرسلت الحكومة تعزيزات لقتال المتمردين في إقليم دارفور", "ASSAULT", "لقتال")
    assert _codes(e.targets) == ["SDN REB"] and "SDN REB" not in _codes(e.actors)
    # (control: the fighting of factions is theirs)
    assert _codes(_one(ex, "تجدد قتال الفصائل في المدينة", "ASSAULT", "قتال").actors) == ["--- REB"]


def test_assemble_who_storm_past_their_count_are_the_subject(ex):
    e = _one(ex, "اقتحم المئات من أنصار الحزب مبنى البرلمان في العاصمة بغداد", "COERCE", "اقتحم")
    assert [a.text for a in e.actors] == ["أنصار الحزب"] and [t.text for t in e.targets] == ["مبنى البرلمان"]


def test_assemble_genocide_committed_is_a_mass_killing(ex):
    e = _one(ex, "قال محققون إن الميليشيا ارتكبت إبادة جماعية في مدينة الجنينة", "ASSAULT", "إبادة")
    assert e.cameo == "202" and e.place.text == "مدينة الجنينة"


def test_assemble_whom_one_sets_out_to_attack_is_the_target(ex):
    e = _one(ex, "قال الوزير إن بلاده لن تسمح باستخدام أراضيها لمهاجمة دول الجوار", "ASSAULT", "لمهاجمة")
    assert [t.text for t in e.targets] == ["دول الجوار"] and e.actors == ()


def test_assemble_hostages_rescued_are_released(ex):
    e = _one(ex, "تمكنت القوات الخاصة من إنقاذ الرهائن المحتجزين في الفندق", "RETREAT", "إنقاذ")
    assert e.mode == "release" and [t.text for t in e.targets] == ["الرهائن"]


def test_assemble_whose_hands_captives_are_freed_from_did_not_free_them(ex):
    e = _one(ex, "أعلن الجيش تحرير 12 رهينة من أيدي الخاطفين في ولاية كادونا", "RETREAT", "تحرير")
    assert _codes(e.actors) == ["NGA MIL"]
    # (control: "على أيدي" names who did it)
    assert _codes(_one(ex, "قتل شاب على أيدي مسلحين في ولاية كادونا", "ASSAULT", "قتل").actors) == ["NGA REB"]


def test_assemble_a_light_verb_after_the_act_that_is_another_act_lends_nothing(ex):
    e = _one(ex, "أعلنت الحكومة التعبئة العامة لمواجهة تقدم المتمردين نحو العاصمة", "MOBILIZE", "التعبئة")
    assert [a.text for a in e.actors] == ["الحكومة"]


def test_assemble_an_act_apologized_for_was_done(ex):
    types = _types(ex, "اعتذر الجيش الأمريكي عن الغارة التي قتلت عشرة مدنيين في كابل")
    assert "SUPPORT" in types and "ASSAULT" in types


def test_assemble_what_is_given_in_exchange_shares_the_status_of_the_deal(ex):
    text = "وافقت الحركة على إطلاق سراح الأسرى مقابل انسحاب القوات من المدينة"
    assert _one(ex, text, "RETREAT", "انسحاب").modality == ce.Modality.PLANNED
    # (control: an exchange done is done on both sides)
    text = "أطلقت الحركة سراح أربعة أسرى مقابل الإفراج عن عشرة معتقلين"
    assert _one(ex, text, "RETREAT", "الإفراج").modality == ce.Modality.ASSERTED


def test_assemble_whom_an_occupying_force_frees_is_not_of_its_state(ex):
    e = _one(ex, "أفرجت قوات الاحتلال عن أسير أمضى عشرين عاما في السجن", "RETREAT", "أفرجت")
    assert [t.country for t in e.targets] == [None]


def test_assemble_a_quantity_of_arms_caught_is_seized(ex):
    # ("كمية" is a quantity, not "ك" and "مئة")
    e = _one(ex, "ضبطت الشرطة كمية من الأسلحة والذخائر في مدينة الرمادي", "COERCE", "ضبطت")
    assert e.mode == "seize"


def test_assemble_a_depot_of_arms_caught_is_seized(ex):
    e = _one(ex, "ضبطت قوات الأمن مخزنا للأسلحة والعتاد في قضاء الطارمية", "COERCE", "ضبطت")
    assert e.mode == "seize"


def test_assemble_warships_and_air_defences_sent_or_moved_are_mobilized(ex):
    e = _one(ex, "أعلن وزير الدفاع الإيطالي إرسال فرقاطة إلى البحر الأحمر", "MOBILIZE", "فرقاطة")
    assert e.mode == "weapons"
    e = _one(ex, "نقلت الولايات المتحدة منظومات باتريوت إلى قطر", "MOBILIZE", "باتريوت")
    assert _codes(e.actors) == ["USA GOV"]
    # (control: the wounded moved are no troops sent)
    assert _types(ex, "نقل جنود مصابون إلى المستشفى") == []


def test_assemble_stun_and_smoke_grenades_are_crowd_control(ex):
    e = _one(ex, "ألقت الشرطة قنابل صوتية على المحتجين في ساحة الشهداء", "ASSAULT", "")
    assert e.mode == "crowd-control" and _codes(e.targets) == ["--- OPP"]


def test_assemble_a_un_truce_is_not_the_uns_to_keep(ex):
    e = _one(ex, "أكد المجلس الرئاسي التزامه بالهدنة الأممية في اليمن", "RETREAT", "الهدنة")
    assert "UNO UNO" not in _codes(e.actors)


def test_assemble_the_object_past_a_quoted_subject_and_the_verbs_rest(ex):
    e = _one(ex, "أطلقت «حركة الشباب» سراح ثلاثة رهائن في جنوب الصومال", "RETREAT", "أطلقت")
    assert [t.text for t in e.targets] == ["رهائن"]


def test_assemble_the_two_countries_a_border_parts_are_the_verbs_subject_and_object(ex):
    text = "قصفت القوات الأرمينية مواقع أذربيجانية على الحدود بين البلدين"
    e = _one(ex, text, "ASSAULT", "قصفت")
    assert (_codes(e.actors), _codes(e.targets)) == (["ARM MIL"], ["AZE MIL"])


def test_assemble_pupils_freed_past_their_count_are_released(ex):
    e = _one(ex, "أعلن الجيش تحرير 150 تلميذ خطفهم مسلحون من مدرستهم", "RETREAT", "تحرير")
    assert e.mode == "release" and _codes(e.actors) == ["--- MIL"]


def test_assemble_them_abducted_is_no_group_named_in_the_feminine(ex):
    e = _one(ex, "أفرجت جماعة مسلحة عن 50 طالبا اختطفتهم من مدرستهم", "ASSAULT", "اختطفتهم")
    assert "--- REB" not in _codes(e.targets) and _codes(e.actors) == ["--- REB"]


def test_assemble_whom_a_warning_warns_would_make_the_act_it_warns_against(ex):
    e = _one(ex, "حذرت الخارجية الأمريكية بكين من مغبة تزويد موسكو بالأسلحة", "AID", "تزويد")
    assert _codes(e.actors) == ["CHN GOV"]
    assert e.modality == ce.Modality.POSSIBLE
    # (a warning that names no one warned leaves the act with no actor)
    e = _one(ex, "حذرت الخارجية الأمريكية من تزويد موسكو بالأسلحة", "AID", "تزويد")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, trigger, proposer",
    [
        ("رحب الرئيس بمبادرة الكويت لوقف إطلاق النار", "لوقف إطلاق النار", "KWT GOV"),
        ("رفض الحزب مقترح الوسطاء لإطلاق سراح المحتجزين", "لإطلاق سراح", "--- GOV"),
    ],
)
def test_assemble_who_proposes_a_truce_or_a_release_would_not_make_it(ex, text, trigger, proposer):
    e = _one(ex, text, "RETREAT", trigger)
    assert proposer not in _codes(e.actors)


def test_assemble_who_proposes_to_deploy_troops_deploys_them(ex):
    # control: a deployment proposed is its proposer's
    e = _one(ex, "ناقش البرلمان مبادرة الاتحاد الأفريقي لنشر قوات في الإقليم", "MOBILIZE", "لنشر قوات")
    assert _codes(e.actors) == ["IGO IGO"]


def test_assemble_the_two_sides_are_not_who_welcomes_a_truce_and_whom(ex):
    e = _one(ex, "أشاد الوزير بمبادرة قطر لوقف إطلاق النار بين الطرفين", "RETREAT", "لوقف إطلاق النار")
    assert "QAT GOV" not in _codes((*e.actors, *e.targets))
    # but the two called on to stop are its two sides
    e = _one(ex, "دعت الجامعة العربية الجيش وقوات الدعم السريع إلى وقف القتال بين الطرفين", "RETREAT", "وقف القتال")
    assert (_codes(e.actors), _codes(e.targets)) == (["SDN MIL"], ["SDN REB"])


def test_assemble_aid_in_support_of_rebuilding_a_state_is_for_it(ex):
    e = _one(ex, "أعلنت كوريا الجنوبية تقديم 30 مليون دولار لدعم إعادة إعمار العراق", "AID", "مليون دولار")
    assert _codes(e.targets) == ["IRQ GOV"]


def test_assemble_a_local_place_a_visit_is_hosted_at_is_in_the_hosts_country(ex):
    e = _one(ex, "استقبل العاهل الأردني وفدا من مجلس الشيوخ الأمريكي في قصر الحمر", "CONSULT", "استقبل")
    assert (e.place.text, e.place.country) == ("قصر الحمر", "JOR")


def test_assemble_a_party_named_after_a_people_is_one_party(ex):
    e = _one(ex, "انتقد حزب العمال الأسترالي قرار الحكومة إرسال قوات إلى الخارج", "ACCUSE", "انتقد")
    assert [(a.text, a.code) for a in e.actors] == [("حزب العمال الأسترالي", "AUS PTY")]


@pytest.mark.parametrize(
    "text, code",
    [
        ("دعا رئيس الوزراء الباكستاني السابق أنصاره إلى الاحتجاج أمام البرلمان", "PAK CVL"),
        ("دعت المعارضة البيلاروسية أنصارها إلى مقاطعة الانتخابات", "BLR OPP"),
    ],
)
def test_assemble_supporters_of_the_subject_are_of_its_state(ex, text, code):
    e = _one(ex, text, "REQUEST", text.split()[0])
    assert _codes(e.targets) == [code]


def test_assemble_the_indefinite_noun_released_is_who_was_arrested_after_it(ex):
    e = _one(ex, "أفرجت الشرطة عن ناشط حقوقي اعتقل الشهر الماضي", "COERCE", "اعتقل")
    assert _codes(e.targets) == ["--- HRI"]
    assert "--- HRI" not in _codes(e.actors)


def test_assemble_suspending_all_parties_activities_is_a_ban(ex):
    e = _one(ex, "قررت الحكومة الانتقالية في بوركينا فاسو تعليق أنشطة جميع الأحزاب", "COERCE", "تعليق أنشطة جميع الأحزاب")
    assert (e.mode, e.cameo) == ("restrict", "1722")


def test_assemble_who_rejects_a_plan_would_not_carry_it_out(ex):
    e = _one(ex, "رفض الأردن أي مخطط لتهجير سكان الضفة الغربية", "COERCE", "لتهجير")
    assert "JOR GOV" not in _codes(e.actors)
    # control: whose plan it is, named, carries it out
    e = _one(ex, "رفض البرلمان خطة الجيش لاقتحام المدينة", "COERCE", "لاقتحام")
    assert _codes(e.actors) == ["--- MIL"]


def test_assemble_who_meets_during_a_visit_is_the_visitor(ex):
    text = "وصل رئيس الوزراء العراقي إلى أنقرة في زيارة رسمية يلتقي خلالها الرئيس التركي"
    e = _one(ex, text, "CONSULT", "يلتقي")
    assert (_codes(e.actors), _codes(e.targets)) == (["IRQ GOV"], ["TUR GOV"])


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("فجرت الفصائل عبوة ناسفة في رتل للجيش الإسرائيلي", "عبوة ناسفة", "ISR MIL"),
        ("قالت الحركة إن مقاتليها فجروا منزلا مفخخا في قوة إسرائيلية", "فجروا", "ISR MIL"),
        ("انفجرت عبوة ناسفة في دورية للشرطة العراقية", "عبوة ناسفة", "IRQ COP"),
    ],
)
def test_assemble_the_force_a_charge_is_set_off_in_is_hit(ex, text, trigger, code):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == [code]


def test_assemble_a_crowd_counted_names_whom_it_counts(ex):
    e = _one(ex, "اعتصم عشرات المتعاقدين أمام وزارة التربية في الكويت", "PROTEST", "اعتصم")
    assert [a.text for a in e.actors] == ["عشرات المتعاقدين"]


def test_assemble_an_act_answered_told_first_with_its_nisba(ex):
    text = "توعدت كوريا الشمالية بالرد على نشر صواريخ أمريكية في كوريا الجنوبية"
    e = _one(ex, text, "MOBILIZE", "نشر صواريخ")
    assert _codes(e.actors) == ["USA MIL"]
    assert e.modality == ce.Modality.ASSERTED  # (the vow is of the reprisal)
    e = _one(ex, text, "THREATEN", "توعدت")
    assert _codes(e.targets) == ["USA GOV"]


def test_assemble_the_nisba_of_an_act_answered_gives_no_context_country(ex):
    e = _one(ex, "توعدت الجماعة بالرد على الضربات الأمريكية", "THREATEN", "توعدت")
    assert "USA" not in [a.country for a in e.actors]
    assert _codes(e.targets) == ["USA GOV"]


def test_assemble_a_call_in_the_past_is_made_whatever_the_date_of_what_it_calls_for(ex):
    e = _one(ex, "طالب رئيس البرلمان التونسي بإجراء انتخابات مبكرة قبل نهاية العام", "REQUEST", "طالب")
    assert e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("اغتالت إسرائيل قائد وحدة المسيرات في حركة حماس", "اغتالت", "PSE REB"),
        ("قتل قائد كتيبة الاستطلاع في الجيش السوري", "قتل", "SYR MIL"),
    ],
)
def test_assemble_a_title_of_a_unit_named_by_its_genitive_is_of_the_body(ex, text, trigger, code):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == [code]


def test_assemble_a_base_hosts_the_states_men_hurt_in_it(ex):
    e = _one(ex, "أصيب أربعة جنود أمريكيين في هجوم صاروخي على قاعدة عين الأسد", "ASSAULT", "هجوم صاروخي")
    assert _codes(e.targets) == ["USA MIL"]
    # control: a base whose adjective names its state stays that state's
    e = _one(ex, "قتل جنديان في هجوم على قاعدة حميميم الروسية", "ASSAULT", "هجوم")
    assert _codes(e.targets) == ["RUS MIL"]


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات الإسرائيلية مستودعا تابعا لميليشيا سورية",
        "قصفت الطائرات الإسرائيلية مستودعا للذخيرة تابعا لميليشيا سورية",
    ],
)
def test_assemble_a_depot_belonging_to_a_militia_is_of_its_state(ex, text):
    e = _one(ex, text, "ASSAULT", "قصفت")
    assert _codes(e.targets) == ["SYR REB"]


def test_assemble_defences_with_their_states_nisba_are_its_army(ex):
    e = _one(ex, "أسقطت الدفاعات الإيرانية ثلاث مسيرات صغيرة فوق أصفهان", "ASSAULT", "مسيرات")
    assert _codes(e.actors) == ["IRN MIL"]


def test_assemble_member_states_indefinite_are_states(ex):
    e = _one(ex, "حذر وزير الدفاع الألماني من أن روسيا قد تهاجم دولا أعضاء في الحلف", "ASSAULT", "تهاجم")
    assert _codes(e.targets) == ["--- GOV"]


def test_assemble_a_plots_accusative_adjective_is_no_plotter(ex):
    e = _one(ex, "أحبطت الشرطة الأردنية مخططا إرهابيا كان يستهدف مراكز تجارية", "ASSAULT", "يستهدف")
    assert e.actors == ()
    # control: a count of them is people
    e = _one(ex, "قتلت القوات الأردنية 12 إرهابيا على الحدود", "ASSAULT", "قتلت")
    assert [t.sector for t in e.targets] == ["REB"]


def test_assemble_the_unemployed_are_a_group_of_people(ex):
    text = "فرقت الشرطة اعتصاما للعاطلين عن العمل أمام مقر المحافظة في قفصة"
    e = _one(ex, text, "ASSAULT", "فرقت")
    assert _codes(e.targets) == ["TUN OPP"]
    e = _one(ex, text, "PROTEST", "اعتصاما")
    assert _codes(e.actors) == ["TUN OPP"]


def test_assemble_the_people_of_a_protest_dispersed_are_protesters(ex):
    e = _one(ex, "فضت الشرطة المصرية وقفة احتجاجية للعمال أمام مقر الشركة", "ASSAULT", "فضت")
    assert _codes(e.targets) == ["EGY OPP"]


def test_assemble_freeing_a_count_of_the_abducted_is_a_release(ex):
    e = _one(ex, "أعلن الجيش النيجيري تحرير 45 مخطوفا في ولاية زمفارا", "RETREAT", "تحرير")
    assert (e.mode, _codes(e.targets)) == ("release", ["NGA CVL"])


def test_assemble_a_visit_is_to_the_state_after_its_visitor(ex):
    e = _one(ex, "أرجأت الحكومة زيارة مقررة لرئيس الوزراء الكندي إلى الرياض", "CONSULT", "زيارة")
    assert (_codes(e.actors), _codes(e.targets)) == (["CAN GOV"], ["SAU GOV"])


def test_assemble_a_site_of_a_party_named_by_its_bare_word_is_the_partys(ex):
    e = _one(ex, "هاجم مجهولون مقر حزب التجمع الوطني في العاصمة", "ASSAULT", "هاجم")
    assert [t.sector for t in e.targets] == ["PTY"]


def test_assemble_a_bare_party_word_heads_its_unknown_name(ex):
    e = _one(ex, "اتهم حزب التجمع الديمقراطي الشرطة بقمع المتظاهرين", "ACCUSE", "اتهم")
    assert [(a.text, a.sector) for a in e.actors] == [("حزب التجمع الديمقراطي", "PTY")]


def test_assemble_a_killing_joined_to_the_answer_to_an_attack_is_the_answerers(ex):
    e = _one(ex, "وأضاف البيان أن الشرطة ردت على الهجوم وقتلت أربعة من المهاجمين", "ASSAULT", "قتلت")
    assert (_codes(e.actors), e.fatalities) == (["--- COP"], 4)


def test_assemble_a_local_place_struck_is_in_the_one_other_state_the_text_places_things_in(ex):
    text = ("قتل ثلاثة مدنيين في قصف على مدينة خان يونس. "
            "وقال شهود إن غارة إسرائيلية استهدفت منزلا في حي المنارة.")
    e = _one(ex, text, "ASSAULT", "غارة")
    assert (e.place.text, e.place.country) == ("حي المنارة", "PSE")
    # control: where the text places nothing, the striker's adjective does not place it
    # either (its strikes fall abroad as often as at home)
    e = _one(ex, "وقال شهود إن غارة إسرائيلية استهدفت منزلا في حي المنارة.", "ASSAULT", "غارة")
    assert e.place.country is None


def test_assemble_not_hesitating_to_strike_is_a_strike_possible_not_denied(ex):
    e = _one(ex, "حذر قائد الجيش من أن قواته لن تتردد في قصف مواقع المسلحين", "ASSAULT", "قصف")
    assert e.modality == ce.Modality.POSSIBLE


def test_assemble_an_act_of_an_agreement_not_reached_is_negated(ex):
    e = _one(ex, "أخفق الطرفان في التوصل إلى اتفاق لتبادل الأسرى", "RETREAT", "لتبادل الأسرى")
    assert e.modality == ce.Modality.NEGATED
    # control: one reached is for an act yet to be done
    e = _one(ex, "توصل الطرفان إلى اتفاق لتبادل الأسرى", "RETREAT", "لتبادل الأسرى")
    assert e.modality == ce.Modality.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "هدد اتحاد الشغل بتنظيم إضراب عام في القطاع العام",
        "هددت نقابة المعلمين بالإضراب عن العمل",
    ],
)
def test_assemble_a_threat_of_a_strike_is_one_threat_with_dissent(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode, e.cameo) for e in events] == [("THREATEN", "relations", "133")]


def test_assemble_the_toll_in_it_counts_after_fihi(ex):
    e = _one(ex, "شن مسلحون هجوما على نقطة تفتيش قتل فيه ستة من عناصر الشرطة", "ASSAULT", "هجوما")
    assert e.fatalities == 6


def test_assemble_vehicles_after_the_aircraft_are_what_it_destroys(ex):
    e = _one(ex, "دمرت المروحيات آليات عسكرية للمتمردين قرب الحدود", "ASSAULT", "دمرت")
    assert [a.text for a in e.actors] == ["المروحيات"]


def test_assemble_a_definite_object_of_two_words_is_no_adjective_of_the_subject(ex):
    e = _one(ex, "استهدفت الطائرات الآليات العسكرية قرب المطار", "ASSAULT", "استهدفت")
    assert [a.text for a in e.actors] == ["الطائرات"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("استهدفت غارة جوية شاحنات وقود متجهة إلى سوريا", "غارة"),
        ("صادرت الشرطة شحنة أسلحة قادمة من ليبيا", "صادرت"),
    ],
)
def test_assemble_where_a_thing_is_bound_for_or_comes_from_is_no_place(ex, text, trigger):
    e = [e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text][0]
    assert e.place is None


def test_assemble_expatriates_deported_are_civilians(ex):
    e = _one(ex, "قررت السلطات البحرينية ترحيل 30 وافدا خالفوا قانون الإقامة", "COERCE", "ترحيل")
    assert _codes(e.targets) == ["BHR CVL"]


def test_assemble_a_nationality_counted_with_a_preposition_is_people(ex):
    e = _one(ex, "منحت كندا حق اللجوء لمئات الأفغان الفارين", "AID", "حق اللجوء")
    assert (_codes(e.actors), _codes(e.targets)) == (["CAN GOV"], ["AFG CVL"])


def test_assemble_the_agency_unrwa_by_its_word(ex):
    e = _one(ex, "أوقفت السويد تمويلها لوكالة الأونروا مؤقتا", "SANCTION", "")
    assert _codes(e.targets) == ["UNO UNO"]


def test_assemble_a_forces_own_genitive_with_an_object_after_is_the_agent(ex):
    e = _one(ex, "نفت وزارة الدفاع التركية أنباء عن استهداف طائراتها قرية في شمال العراق", "ASSAULT", "استهداف")
    assert (_codes(e.actors), e.modality) == (["TUR MIL"], ce.Modality.NEGATED)
    # control: with no object after it, its own forces are the ones struck
    e = _one(ex, "أدان الوزير التركي استهداف قواته في شمال العراق", "ASSAULT", "استهداف")
    assert e.actors == ()


def test_assemble_a_crossing_opened_is_where(ex):
    e = _one(ex, "أعادت السلطات فتح معبر رفح أمام العالقين", "RETREAT", "")
    assert e.place is not None and e.place.text == "معبر رفح"


def test_assemble_an_arrest_some_time_after_an_attack(ex):
    text = "اعتقلت الشرطة الفرنسية خمسة أشخاص بعد أيام من الهجوم على المسجد"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["أشخاص"]
    e = _one(ex, text, "ASSAULT", "الهجوم")
    assert "FRA COP" not in _codes(e.actors)


def test_assemble_the_war_since_whose_start_a_toll_is_counted_is_no_event(ex):
    text = "قالت المنظمة إن أكثر من ألفي مدني قتلوا منذ بدء القتال في الإقليم"
    assert "ASSAULT" not in _types(ex, text)


def test_assemble_a_bare_strike_carried_out_is_an_attack(ex):
    e = _one(ex, "نفذت القوات الأمريكية ضربة على مخزن أسلحة قرب الحدود", "ASSAULT", "ضربة")
    assert _codes(e.actors) == ["USA MIL"]
    # control: a strike no one carries out is no attack
    assert "ASSAULT" not in _types(ex, "تلقى الفريق ضربة موجعة بإصابة لاعبه")


def test_assemble_an_aid_worker_is_no_aid_given(ex):
    text = "قتل عامل إغاثة أسترالي في قصف على مستودع للأغذية"
    assert "AID" not in _types(ex, text)


def test_assemble_ansarul_islam_is_a_group_of_burkina_faso(ex):
    e = _one(ex, "تبنت جماعة أنصار الإسلام الهجوم على قاعدة للجيش", "ASSAULT", "الهجوم")
    assert _codes(e.actors) == ["BFA REB"]


def test_assemble_a_village_burned_whole_is_no_place_named(ex):
    e = _one(ex, "دمر المسلحون قرية بأكملها في ولاية النيل الأزرق", "ASSAULT", "دمر")
    assert e.place is not None and e.place.text == "ولاية النيل الأزرق"


def test_assemble_the_perpetrator_killed_is_the_target_not_what_he_attacked(ex):
    e = _one(ex, "قتلت الشرطة الألمانية منفذ الهجوم على السوق في مدينة ماغديبورغ", "ASSAULT", "قتلت")
    assert [t.text for t in e.targets] == ["منفذ الهجوم"]


def test_assemble_a_station_burned_by_protesters_is_their_target(ex):
    e = _one(ex, "أحرق محتجون غاضبون مركزا للشرطة في مدينة لاهور", "PROTEST", "")
    assert _codes(e.targets) == ["PAK COP"]


def test_assemble_the_security_services_as_the_maghreb_names_them(ex):
    e = _one(ex, "فككت المصالح الأمنية المغربية خلية متطرفة بمدينة فاس", "COERCE", "فككت")
    assert _codes(e.actors) == ["MAR COP"]


def test_assemble_his_arrest_is_of_one_man_not_of_the_count(ex):
    e = _one(ex, "طعن شاب أربعة أشخاص في شارع تجاري قبل اعتقاله", "COERCE", "اعتقاله")
    assert [t.text for t in e.targets] == ["شاب"]


def test_assemble_the_level_of_a_threat_is_no_threat(ex):
    assert "THREATEN" not in _types(ex, "خفضت الحكومة الفرنسية مستوى التهديد الإرهابي في البلاد")


def test_assemble_one_attacker_is_an_armed_man(ex):
    e = _one(ex, "طعن مهاجم شرطيين أمام مقر البرلمان", "ASSAULT", "طعن")
    assert ([a.text for a in e.actors], _codes(e.targets)) == (["مهاجم"], ["--- COP"])


def test_assemble_a_deal_welcomed_by_its_two_states_adjectives_is_theirs(ex):
    e = _one(ex, "رحبت الجامعة العربية بالاتفاق الإثيوبي الصومالي", "SUPPORT", "رحبت")
    assert _codes(e.targets) == ["ETH GOV", "SOM GOV"]


def test_assemble_the_public_prosecution_charges(ex):
    e = _one(ex, "وجه الادعاء العام اتهامات لخمسة ضباط بتعذيب معتقلين", "ACCUSE", "اتهامات")
    assert [(a.text, a.sector) for a in e.actors] == [("الادعاء العام", "JUD")]


def test_assemble_a_states_name_arrested_is_a_man_of_it(ex):
    e = _one(ex, "اعتقلت الشرطة اللبنانية سوريا يشتبه في تورطه بالسرقة", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["SYR CVL"]


def test_assemble_a_holy_site_closed_is_a_restriction(ex):
    e = _one(ex, "أغلقت قوات الاحتلال الحرم الإبراهيمي في الخليل أمام المصلين", "COERCE", "أغلقت")
    assert (e.mode, _codes(e.actors)) == ("restrict", ["ISR MIL"])


def test_assemble_supporters_of_a_party_no_one_names_are_civilians(ex):
    e = _one(ex, "فجر انتحاري نفسه وسط تجمع لأنصار حزب سياسي في مدينة بيشاور", "ASSAULT", "")
    assert [t.sector for t in e.targets] == ["CVL"]


@pytest.mark.parametrize("text, place", [
    ("نفت بغداد الاتهامات التي وجهتها أنقرة بشأن قصف قرى حدودية", None),
    ("قتل ستة مدنيين في القصف الذي شهدته حلب", "حلب"),  # (control: where it was)
])
def test_assemble_a_name_after_a_verb_of_a_clause_is_its_subject_no_place(ex, text, place):
    e = _one(ex, text, "ASSAULT", "قصف" if "قصف قرى" in text else "القصف")
    assert (e.place.text if e.place else None) == place


def test_assemble_an_act_people_are_accused_of_is_theirs_not_who_hands_them_over(ex):
    e = _one(ex, "سلمت الشرطة المتهمين بتفجير السيارة إلى النيابة العامة", "ASSAULT", "تفجير")
    assert [a.text for a in e.actors] == ["المتهمين"]


def test_assemble_a_plural_subjects_adjective_is_passed_to_whom_it_struck(ex):
    e = _one(ex, "خطف مسلحون ملثمون تجارا في ولاية النيل الأزرق", "ASSAULT", "خطف")
    assert ([a.text for a in e.targets], [t.sector for t in e.targets]) == (["تجارا"], ["CVL"])


def test_assemble_gas_supplies_cut_to_a_state_are_a_sanction(ex):
    e = _one(ex, "أوقفت الجزائر إمدادات الغاز عن إسبانيا بعد خلاف سياسي", "SANCTION", "أوقفت")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("discontinue", ["DZA GOV"], ["ESP GOV"])


@pytest.mark.parametrize("text, etype", [
    ("نفذت البحرية الإيرانية مناورات عسكرية واسعة في مياه الخليج", "MOBILIZE"),
    ("أجرت القوات المصرية والسعودية مناورات عسكرية في البحر الأحمر", "COOPERATE"),  # (controls: two sides,
    ("شاركت قوات أردنية في مناورات عسكرية بالمنطقة", "COOPERATE"),  # one taking part,
    ("أجرت البحرية الإيرانية مناورات مشتركة في مياه الخليج", "COOPERATE"),  # joint ones)
])
def test_assemble_drills_one_side_holds_alone_are_a_show_of_force(ex, text, etype):
    e = _one(ex, text, etype, "مناورات")
    assert e.cameo == ("150" if etype == "MOBILIZE" else "062")


def test_assemble_arms_depots_and_command_centres_are_sites_joined_to_their_owner(ex):
    e = _one(ex, "دمرت الغارات مخازن أسلحة ومقرات قيادة تابعة لحركة الشباب في جوبا السفلى", "ASSAULT", "الغارات")
    assert ([t.text for t in e.targets], _codes(e.targets)) == (
        ["مخازن أسلحة", "مقرات قيادة تابعة لحركة الشباب"], ["SOM REB", "SOM REB"])


def test_assemble_whom_an_operation_hunts_is_its_target(ex):
    e = _one(ex, "أطلق الجيش الصومالي عملية عسكرية لملاحقة فلول حركة الشباب في جوبا الوسطى", "ASSAULT", "عملية")
    assert ([t.text for t in e.targets], _codes(e.targets)) == (["فلول حركة الشباب"], ["SOM REB"])


@pytest.mark.parametrize("text, trigger", [
    ("أقال الرئيس النيجيري قائد الجيش بعد سلسلة هجمات في ولاية بورنو", "هجمات"),
    ("أقالت الحكومة مدير الأمن إثر موجة من التفجيرات في العاصمة", "التفجيرات"),
])
def test_assemble_a_series_of_attacks_a_dismissal_follows_is_not_the_dismissers(ex, text, trigger):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.actors == ()


def test_assemble_a_verb_right_after_its_acts_noun_takes_its_object_not_its_subject(ex):
    e = _one(ex, "وقعت انفجارات ضربت العاصمة كابل صباح اليوم", "ASSAULT", "انفجارات")
    assert (e.actors, [t.text for t in e.targets]) == ((), ["كابل"])


@pytest.mark.parametrize("text, etype", [
    ("أطلقت كوريا الشمالية صاروخين باليستيين سقطا في بحر اليابان", "MOBILIZE"),
    ("أطلقت حركة حماس صاروخا سقط في البحر قبالة مدينة أسدود", "ASSAULT"),  # (control: a group's, a failed attack)
])
def test_assemble_a_states_missile_that_fell_into_the_sea_is_a_test(ex, text, etype):
    e = _one(ex, text, etype, "أطلقت")
    assert e.targets == ()


def test_assemble_the_jihad_movement_is_palestinian_islamic_jihad(ex):
    e = _one(ex, "أعلنت حركة الجهاد مسؤوليتها عن إطلاق صواريخ على مستوطنات غلاف غزة", "ASSAULT", "إطلاق")
    assert [(a.text, a.code) for a in e.actors] == [("حركة الجهاد", "PSE REB")]


def test_assemble_excessive_force_on_protesters_is_an_assault_on_them(ex):
    e = _one(ex, "استخدمت الشرطة التونسية القوة المفرطة ضد المحتجين في القصرين", "ASSAULT", "القوة")
    assert (_codes(e.actors), _codes(e.targets), e.acled) == (
        ["TUN COP"], ["TUN OPP"], ("Protests", "Excessive force against protesters"))


def test_assemble_displaced_families_are_refugees(ex):
    e = _one(ex, "قدم برنامج الأغذية العالمي مساعدات غذائية لآلاف الأسر النازحة في ولاية النيل الأبيض", "AID", "مساعدات")
    assert [(t.text, t.sector) for t in e.targets] == [("الأسر النازحة", "REF")]


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية الأردنية طائرة مسيرة حاولت استهداف قاعدة عسكرية",
    "أسقط الجيش الأردني ثلاث مسيرات حاولت استهداف مطار عمان",
])
def test_assemble_what_a_downed_craft_tried_to_strike_is_neither_the_downing_nor_the_downers(ex, text):
    events = ex.extract(text)
    aim = next(e for e in events if e.trigger.text == "استهداف")
    downing = next(e for e in events if e is not aim)
    assert (aim.actors, downing.targets, _codes(downing.actors)) == ((), (), ["JOR MIL"])


@pytest.mark.parametrize("text, actor", [
    ("هاجمت مسيرات مجهولة قاعدة عسكرية شرق سوريا", "مسيرات"),
    ("قال مصدر أمني إن المسيرات استهدفت مخزنا للذخيرة", "المسيرات"),
])
def test_assemble_a_drone_that_strikes_is_no_march(ex, text, actor):
    e = _one(ex, text, "ASSAULT", "")
    assert ([a.text for a in e.actors], e.mode) == ([actor], "drone")


def test_assemble_craft_told_again_by_their_common_noun_are_the_earlier_ones(ex):
    text = ("قصفت طائرات روسية مواقع للمعارضة في ريف إدلب. "
            "وقال المرصد إن الطائرات استهدفت أيضا مقرا في بلدة سرمين.")
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == "استهدفت")
    assert _codes(e.actors) == ["RUS MIL"]


def test_assemble_aid_people_wait_for_is_none_given(ex):
    events = ex.extract("فتحت قوات الاحتلال النار على فلسطينيين كانوا ينتظرون المساعدات قرب دوار النابلسي")
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize("text, targets", [
    ("اعتقلت قوات الاحتلال عضوا في المجلس التشريعي الفلسطيني في رام الله", ["PSE LEG"]),
    ("تبنى مجلس الأمن قرارا بفرض عقوبات جديدة بموافقة 12 عضوا", []),  # (control: members counted as votes)
])
def test_assemble_a_member_of_a_chamber_is_of_it(ex, text, targets):
    [e] = ex.extract(text, article_date=DATE)
    assert _codes(e.targets) == targets


def test_assemble_a_member_or_an_mp_killed_is_one_dead(ex):
    e = _one(ex, "اغتال مسلحون نائبا في البرلمان الصومالي وسط مقديشو", "ASSAULT", "اغتال")
    assert e.fatalities == 1


@pytest.mark.parametrize("text, targets", [
    ("طردت موسكو عشرة موظفين في السفارة الأمريكية", ["USA GOV"]),
    ("اعتقلت قوات الأمن موظفي وزارة المالية", ["--- GOV"]),
])
def test_assemble_staff_of_a_states_body_are_its_government(ex, text, targets):
    [e] = ex.extract(text, article_date=DATE)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize("text, actors", [
    ("عقد مجلس الأمن جلسة طارئة لبحث التصعيد بين إسرائيل وإيران", ["UNO UNO"]),
    ("انطلقت جولة مفاوضات بين إسرائيل وحماس في الدوحة", ["ISR GOV"]),  # (control: the talks' sides)
])
def test_assemble_the_sides_of_a_strain_talked_of_are_not_the_talks(ex, text, actors):
    e = _one(ex, text, "CONSULT", "")
    assert _codes(e.actors) == actors


def test_assemble_the_genitive_of_attacking_is_whom_it_attacks(ex):
    e = _one(ex, "حذرت واشنطن طهران من مهاجمة القوات الأمريكية في العراق", "ASSAULT", "مهاجمة")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["طهران"], ["القوات الأمريكية"])


def test_assemble_the_pronoun_of_a_joined_verb_is_the_person_the_thing_before_was_of(ex):
    [e] = ex.extract("اقتحم مسلحون منزل قاض واختطفوه", article_date=DATE)
    assert (_codes(e.actors), [t.text for t in e.targets]) == (["--- REB"], ["قاض"])


@pytest.mark.parametrize("text, place", [
    ("تظاهر مئات الطلاب في جامعة كولومبيا احتجاجا على الحرب في غزة", None),
    ("خرج الآلاف في عمان احتجاجا على العدوان على لبنان", "عمان"),
    ("تظاهر العشرات احتجاجا على البطالة في مدينة قفصة", "مدينة قفصة"),  # (control: a grievance at home)
])
def test_assemble_where_a_protested_war_is_is_not_the_protests_place(ex, text, place):
    e = _one(ex, text, "PROTEST", "")
    assert (e.place.text if e.place else None) == place


def test_assemble_a_protest_conveyed_to_a_summoned_envoy_is_no_demonstration(ex):
    events = ex.extract("استدعت وزارة الخارجية الأردنية السفير الإيراني لإبلاغه احتجاج عمان على التصريحات")
    assert [e.type for e in events] == ["ACCUSE"]


@pytest.mark.parametrize("text, events", [
    ("أوقفت السلطات الليبية تصدير النفط من ميناء الزويتينة", []),
    ("أوقفت الشرطة الليبية خمسة مهربين في ميناء الزويتينة", ["COERCE"]),  # (control: people arrested)
])
def test_assemble_an_activity_stopped_is_no_arrest(ex, text, events):
    assert [e.type for e in ex.extract(text, article_date=DATE)] == events


@pytest.mark.parametrize("text", [
    "أوقفت شركة النفط العمل في الحقل بعد هجوم مسلح",
    "علقت المنظمة أنشطتها في الإقليم إثر الهجمات على موظفيها",
])
def test_assemble_a_body_that_works_not_fights_is_no_side_of_the_attack_it_answers(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors == ()


def test_assemble_a_present_verb_with_a_time_running_past_the_article_is_planned(ex):
    # the article's date falls inside "نهاية الشهر الجاري" (2016-08-21 .. 2016-08-31)
    e = _one(ex, "يزور رئيس الوزراء الإيطالي ليبيا نهاية الشهر الجاري", "CONSULT", "يزور")
    assert e.modality == ce.Modality.PLANNED


def test_assemble_men_eliminated_in_an_ambush_are_one_act(ex):
    events = ex.extract("أعلن الجيش المالي القضاء على خمسة إرهابيين في كمين قرب مدينة تمبكتو", article_date=DATE)
    assert [(e.type, _codes(e.actors), e.fatalities) for e in events] == [("ASSAULT", ["MLI MIL"], 5)]


@pytest.mark.parametrize("text", [
    "دمرت الغارات الأمريكية مستودعا للأسلحة",
    "أدانت الحكومة الغارات التركية على القرى الحدودية",
])
def test_assemble_the_strikers_adjective_does_not_place_whom_it_strikes(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert [t.country for t in e.targets] == [None]


def test_assemble_the_council_told_again_is_the_one_named_before(ex):
    text = "عقد مجلس الأمن الدولي جلسة طارئة. وطالب المجلس الطرفين بوقف القتال فورا."
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "REQUEST")
    assert ([a.text for a in e.actors], _codes(e.actors)) == (["المجلس"], ["UNO UNO"])


def test_assemble_a_site_is_of_its_owner_past_what_it_is_for(ex):
    e = _one(ex, "شنت الطائرات غارات على منشآت تخزين أسلحة تابعة لفصائل عراقية", "ASSAULT", "غارات")
    assert _codes(e.targets) == ["IRQ REB"]


def test_assemble_ones_own_operations_pronoun_is_their_maker_not_a_target(ex):
    e = _one(ex, "قال المتحدث باسم الجيش إن القوات ستواصل عملياتها في المنطقة", "ASSAULT", "عملياتها")
    assert e.targets == ()


def test_assemble_a_diplomatic_mission_is_its_states_government(ex):
    e = _one(ex, "استهدفت قذائف هاون مقر البعثة الدبلوماسية البريطانية في طرابلس", "ASSAULT", "")
    assert _codes(e.targets) == ["GBR GOV"]


@pytest.mark.parametrize("text, modality", [
    ("وسعت القوات الروسية هجماتها على مدينة خاركيف", ce.Modality.ASSERTED),
    ("وسعت القوات الروسية إلى السيطرة على مدينة خاركيف", ce.Modality.POSSIBLE),  # (control: sought to)
])
def test_assemble_expanded_is_no_seeking(ex, text, modality):
    [e] = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.modality == modality


def test_assemble_what_la_brings_in_after_repelling_is_repelled(ex):
    e = _one(ex, "شاركت مقاتلات فرنسية في التصدي لمسيرات إيرانية فوق الأردن", "ASSAULT", "التصدي")
    assert (_codes(e.actors), _codes(e.targets)) == (["FRA MIL"], ["IRN MIL"])


def test_assemble_an_execution_told_by_the_word_killing_is_no_mere_mention(ex):
    e = _one(ex, "أعلنت السلطات تنفيذ حكم القتل تعزيرا بحق مواطنين", "ASSAULT", "تنفيذ")
    assert (e.cameo, [t.text for t in e.targets]) == ("1823", ["مواطنين"])


def test_assemble_a_military_convoy_struck_is_of_the_state_whose_soldiers_died(ex):
    e = _one(ex, "قتل عشرة جنود ماليين في هجوم على قافلة عسكرية قرب الحدود", "ASSAULT", "هجوم")
    assert _codes(e.targets) == ["MLI MIL"]


def test_assemble_protesters_own_joined_verb_carries_its_subject_and_object(ex):
    e = _one(ex, "هاجم محتجون مقر الحزب الحاكم وأحرقوه", "PROTEST", "أحرقوه")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["محتجون"], ["مقر الحزب الحاكم"])


def test_assemble_a_death_protested_is_no_toll_of_the_protesters_act(ex):
    e = _one(ex, "هاجم محتجون مقر البلدية احتجاجا على مقتل شابين", "PROTEST", "")
    assert e.fatalities is None


def test_assemble_protesters_who_attack_a_police_station_riot(ex):
    e = _one(ex, "هاجم متظاهرون غاضبون مركزا للشرطة في المدينة", "PROTEST", "هاجم")
    assert (e.mode, _codes(e.targets)) == ("riot", ["--- COP"])


@pytest.mark.parametrize("text, etype", [
    ("قالت الأمم المتحدة إن قافلة مساعدات تعرضت لهجوم في دارفور", "ASSAULT"),
    ("قالت الأمم المتحدة إن قافلة مساعدات تعرضت للنهب في دارفور", "COERCE"),
])
def test_assemble_an_aid_convoy_that_suffers_an_attack_is_its_target_no_aid(ex, text, etype):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, [t.text for t in e.targets]) for e in events] == [(etype, ["قافلة"])]


def test_assemble_the_subject_of_a_reported_clause_does_the_act_it_tells(ex):
    e = _one(ex, "ذكرت إذاعة الجيش الإسرائيلي أن الجيش يستعد لعملية برية واسعة في رفح", "ASSAULT", "عملية")
    assert ([a.text for a in e.actors], e.modality) == (["الجيش"], ce.Modality.PLANNED)


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية السعودية مسيرة مفخخة كانت تستهدف مطار أبها",
    "قال الجيش إن قواته أسقطت مسيرة انتحارية كانت تستهدف مطار بورتسودان",
])
def test_assemble_what_a_downed_craft_was_doing_is_no_part_of_the_downing(ex, text):
    events = ex.extract(text, article_date=DATE)
    downing = next(e for e in events if e.trigger.text.startswith("أسقطت"))
    aim = next(e for e in events if e.trigger.text == "تستهدف")
    assert (downing.targets, aim.actors, [t.text for t in aim.targets]) == ((), (), ["مطار"])


@pytest.mark.parametrize("text, modality", [
    ("قتلت الشرطة انتحاريا قبل أن يفجر حزامه الناسف قرب كنيسة", ce.Modality.NEGATED),
    ("قتل المهاجم ثلاثة أشخاص قبل أن يفجر نفسه", ce.Modality.ASSERTED),  # (control: he did it)
])
def test_assemble_an_attack_the_forces_stopped_first_did_not_happen(ex, text, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode == "suicide-attack")
    assert e.modality == modality


def test_assemble_a_blast_an_attack_is_said_to_follow_is_not_its_means(ex):
    text = "قتل ثلاثة جنود في هجوم على حاجز. ويأتي الهجوم بعد أيام من مقتل ضابط بانفجار عبوة ناسفة."
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.start_char > text.index("."))
    assert (e.trigger.text, e.fatalities) == ("بانفجار", 1)


def test_assemble_a_definite_plural_in_yn_after_a_joined_verb_is_its_object(ex):
    e = _one(ex, "أعلن الجيش أنه صد هجوما وكبد المهاجمين خسائر فادحة", "ASSAULT", "كبد")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["الجيش"], ["المهاجمين"])


def test_assemble_a_quran_burned_in_public_is_a_demonstration_no_attack(ex):
    e = _one(ex, "أحرق ناشط يميني نسخة من المصحف أمام مسجد في كوبنهاغن", "PROTEST", "أحرق")
    assert (e.mode, e.acled) == ("demo", ("Protests", "Peaceful protest"))


def test_assemble_a_craft_that_carries_aid_arrives_as_no_deployment(ex):
    events = ex.extract("وصلت طائرة تحمل مساعدات إنسانية قطرية إلى مطار بنغازي", article_date=DATE)
    assert [e.type for e in events] == ["AID"]


def test_assemble_who_killed_is_found_past_where_it_happened(ex):
    e = _one(ex, "قتل صحفي بالرصاص أمام منزله في مدينة الموصل على يد مسلحين مجهولين", "ASSAULT", "قتل")
    assert [a.text for a in e.actors] == ["مسلحين مجهولين"]


def test_assemble_a_government_told_by_the_state_it_is_in_is_that_states(ex):
    e = _one(ex, "وقعت الحكومة الانتقالية في بوركينا فاسو اتفاقا مع روسيا", "AGREE", "")
    assert (_codes(e.actors), _codes(e.targets)) == (["BFA GOV"], ["RUS GOV"])


@pytest.mark.parametrize("text, modality", [
    ("أعلنت الحكومة سحب قواتها من المنطقة في غضون 48 ساعة", ce.Modality.PLANNED),
    ("سيطرت القوات على المدينة في غضون أيام", ce.Modality.ASSERTED),  # (control: done within days)
])
def test_assemble_an_act_to_be_done_within_a_span_is_planned(ex, text, modality):
    [e] = ex.extract(text, article_date=DATE)
    assert e.modality == modality


def test_assemble_the_strip_alone_is_gaza_in_a_story_of_palestine_or_of_no_state(ex):
    (e,) = ex.extract("قصفت المدفعية الإسرائيلية أهدافا في شمال القطاع", article_date=DATE)
    assert (e.place.text, e.place.name, e.place.country, e.place.relation) == (
        "شمال القطاع", "Gaza Strip", "PSE", "north")
    (e,) = ex.extract("دخلت عشرون شاحنة محملة بالمساعدات الغذائية إلى القطاع", article_date=DATE)
    assert (e.type, e.place.text, e.place.country) == ("AID", "القطاع", "PSE")
    # with its adjective
    (e,) = ex.extract("قصفت المدفعية الإسرائيلية أهدافا في القطاع الفلسطيني", article_date=DATE)
    assert e.place.text == "القطاع الفلسطيني" and e.place.name == "Gaza Strip"
    # controls: a sector, and a story of another state only
    (e,) = ex.extract("أضرب العاملون في القطاع الصحي احتجاجا على تأخر الرواتب", article_date=DATE)
    assert e.type == "PROTEST" and e.place is None
    (e,) = ex.extract("قصف الجيش السوداني مواقع الدعم السريع في القطاع", article_date=DATE)
    assert e.place is None or e.place.country == "SDN"


def test_assemble_who_asks_a_states_forces_to_withdraw_is_not_of_that_state(ex):
    request, withdrawal = ex.extract("طالبت الحكومة بانسحاب القوات الروسية من أراضيها", article_date=DATE)
    assert request.type == "REQUEST" and [a.code for a in request.actors] == ["--- GOV"]
    assert withdrawal.modality == "requested" and [a.code for a in withdrawal.actors] == ["RUS MIL"]
    (request, _) = ex.extract("دعا الرئيس إلى انسحاب القوات الأمريكية من البلاد", article_date=DATE)
    assert [a.code for a in request.actors] == ["--- GOV"]
    # control: a side named by its own state keeps it
    (reject, _) = ex.extract("رفض الرئيس العراقي انسحاب القوات الأمريكية", article_date=DATE)
    assert [a.code for a in reject.actors] == ["IRQ GOV"]


def test_assemble_a_grip_tightened_on_a_place_is_control_taken_not_an_arrest(ex):
    (e,) = ex.extract("أحكمت قوات الدعم السريع قبضتها على مدينة الفاشر", article_date=DATE)
    assert (e.type, e.trigger.text, e.place.name) == ("ASSAULT", "قبضتها على", "El Fasher")
    assert [a.code for a in e.actors] == ["SDN REB"]
    # a grip on power is no act; control: the verb without the pronoun is an arrest
    assert ex.extract("أحكم الرئيس قبضته على السلطة", article_date=DATE) == []
    (e,) = ex.extract("قبضت الشرطة على ثلاثة مشتبه بهم", article_date=DATE)
    assert (e.type, e.mode) == ("COERCE", "arrest")


def test_assemble_a_place_freed_from_an_armed_group_is_taken_from_it(ex):
    (e,) = ex.extract("حررت القوات العراقية مدينة الموصل من تنظيم داعش", article_date=DATE)
    assert (e.type, e.place.name) == ("ASSAULT", "Mosul")
    assert [a.code for a in e.actors] == ["IRQ MIL"] and [t.text for t in e.targets] == ["تنظيم داعش"]
    # controls: people freed are released, counted ones too
    (e,) = ex.extract("حررت الشرطة عددا من المختطفين في ريف المدينة", article_date=DATE)
    assert (e.type, e.mode) == ("RETREAT", "release")


def test_assemble_a_place_that_falls_into_someones_hands_is_taken_by_them(ex):
    (e, _) = ex.extract("سقطت مدينة الفاشر في يد قوات الدعم السريع بعد حصار طويل", article_date=DATE)
    assert (e.type, e.trigger.text, e.place.name) == ("ASSAULT", "في يد", "El Fasher")
    assert [a.code for a in e.actors] == ["SDN REB"]
    assert e.acled == ("Battles", "Non-state actor overtakes territory")
    # told as a noun, and denied
    (e,) = ex.extract("نفت هيئة الأركان الأوكرانية سقوط مدينة بوكروفسك في يد القوات الروسية",
                      article_date=DATE)
    assert (e.type, e.modality, e.place.country) == ("ASSAULT", "negated", "UKR")
    assert [a.code for a in e.actors] == ["RUS MIL"]
    # controls: a man captured takes no ground, nor does a decision in someone's hands
    assert "ASSAULT" not in _types(ex, "سقط الجندي في أيدي المسلحين")
    assert ex.extract("القرار بيد الحكومة", article_date=DATE) == []


def test_assemble_a_capital_gone_to_by_its_title_does_not_hold_the_talks_its_visitor_does(ex):
    text = "وصل وزير الخارجية التركي إلى العاصمة القطرية الدوحة لإجراء محادثات مع قادة حركة حماس"
    visit, talks = ex.extract(text, article_date=DATE)
    assert (visit.mode, visit.place.name) == ("visit", "Doha")
    assert talks.type == "CONSULT" and [a.code for a in talks.actors] == ["TUR GOV"]
    assert [t.code for t in talks.targets] == ["PSE REB"]


def test_assemble_what_one_will_not_allow_is_negated_past_the_means_it_names(ex):
    text = "أكد رئيس الوزراء أن بلاده لن تسمح باستخدام أراضيها منطلقا للاعتداء على جيرانها"
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.modality) == ("ASSAULT", "negated")
    # control: an attack told after what is not allowed, in a clause of its own
    text = "قال الجيش إنه لن يسمح بعودة النازحين، وقصفت طائراته القرية أمس"
    assert [(e.type, e.modality) for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == [
        ("ASSAULT", "asserted")]


def test_assemble_mass_and_solidarity_marches_are_protests_without_a_verb(ex):
    (e,) = ex.extract("شهدت مدن مغربية عدة مسيرات حاشدة تضامنا مع الشعب الفلسطيني", article_date=DATE)
    assert (e.type, e.trigger.text, e.place.country) == ("PROTEST", "مسيرات حاشدة", "MAR")
    (e,) = ex.extract("نظم طلاب الجامعة مسيرة تضامنية مع غزة", article_date=DATE)
    assert (e.type, e.trigger.text) == ("PROTEST", "مسيرة تضامنية")
    # control: drones ("مسيرات") are no march
    assert "PROTEST" not in _types(ex, "أسقطت الدفاعات الجوية مسيرات أطلقت باتجاه المدينة")


def test_assemble_a_siege_lifted_by_its_verb_past_the_subject_is_a_retreat(ex):
    (e,) = ex.extract("رفعت القوات الحصار عن البلدة بعد أشهر", article_date=DATE)
    assert (e.type, e.mode, e.trigger.text) == ("RETREAT", "withdraw", "رفعت")
    assert [a.code for a in e.actors] == ["--- MIL"]


def test_assemble_a_curfew_or_siege_whose_imposing_is_restated_is_no_sanction(ex):
    (e,) = ex.extract("رفعت القوات الحصار الذي فرضته على البلدة منذ أشهر", article_date=DATE)
    assert (e.type, e.mode, e.trigger.text) == ("RETREAT", "withdraw", "رفعت")
    (e,) = ex.extract("ألغت السلطات حالة الطوارئ التي فرضتها في الإقليم", article_date=DATE)
    assert (e.type, e.trigger.text) == ("RETREAT", "ألغت")
    # control: sanctions restated are the sanction
    events = ex.extract("انتقدت الهند العقوبات التي فرضتها واشنطن على شركاتها", article_date=DATE)
    assert [(e.type, [a.code for a in e.actors]) for e in events if e.type == "SANCTION"] == [
        ("SANCTION", ["USA GOV"])]


def test_assemble_staff_of_a_body_named_by_its_common_noun_run_to_its_name(ex):
    (e,) = ex.extract("اختطف مسلحون ثلاثة موظفين في منظمة إغاثية شمال البلاد", article_date=DATE)
    assert [(t.text, t.sector) for t in e.targets] == [("موظفين في منظمة إغاثية", "NGO")]
    (e,) = ex.extract("اختطف مسلحون أربعة عاملين في شركة نفطية", article_date=DATE)
    assert [(t.text, t.sector) for t in e.targets] == [("عاملين في شركة", "BUS")]


def test_assemble_going_out_in_the_streets_is_a_protest_as_going_out_into_them_is(ex):
    events = ex.extract("خرج الآلاف في شوارع مدريد للمطالبة بوقف الحرب", article_date=DATE)
    (e,) = [e for e in events if e.type == "PROTEST"]
    assert (e.trigger.text, e.place.name, [a.code for a in e.actors]) == ("في شوارع", "Madrid", ["ESP OPP"])


def test_assemble_going_out_into_the_streets_to_celebrate_or_as_forces_is_no_protest(ex):
    assert ex.extract("خرج المواطنون إلى الشوارع احتفالا بفوز المنتخب", article_date=DATE) == []
    (e,) = ex.extract("نزلت قوات الجيش إلى الشوارع في ساعات الصباح", article_date=DATE)
    assert (e.type, e.mode, [a.code for a in e.actors]) == ("MOBILIZE", "troops", ["--- MIL"])
    events = ex.extract("نزلت الشرطة إلى شوارع العاصمة لتفريق المحتجين", article_date=DATE)
    assert ("MOBILIZE", "police") in [(e.type, e.mode) for e in events]
    # control: protesters who go out
    (e,) = ex.extract("خرج آلاف المحتجين إلى الشوارع في بغداد", article_date=DATE)
    assert e.type == "PROTEST"


def test_assemble_an_attack_with_stones_is_made_with_primitive_weapons(ex):
    (e,) = ex.extract("هاجم مستوطنون سيارات المواطنين بالحجارة قرب قرية سنجل", article_date=DATE)
    assert (e.type, e.mode) == ("ASSAULT", "primitive")
    # control: one with firearms
    (e,) = ex.extract("هاجم مستوطنون سيارات المواطنين بالرصاص الحي قرب قرية سنجل", article_date=DATE)
    assert e.mode == "firearms"


def test_assemble_a_thing_struck_told_before_a_perfect_verb_that_takes_it_back_is_its_target(ex):
    text = "انتشل المسعفون جثث عشرة أشخاص من تحت أنقاض مبنى قصفته الطائرات الإسرائيلية في جباليا"
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.trigger.text, [t.text for t in e.targets]) == ("قصفته", ["مبنى"])
    assert [a.code for a in e.actors] == ["ISR MIL"]


def test_assemble_a_nouns_form_that_begins_with_a_verb_may_carry_its_object_pronoun(ex):
    (e,) = ex.extract("عثر السكان على حطام سيارة استهدفتها طائرة مسيرة قرب الحدود", article_date=DATE)
    assert (e.type, e.mode, e.trigger.text) == ("ASSAULT", "drone", "استهدفتها طائرة مسيرة")
    assert [t.text for t in e.targets] == ["سيارة"]
    # control: a noun with a pronoun takes no genitive ("بيان نشره الجيش")
    assert ex.extract("قرأ المذيع بيانا نشره الجيش", article_date=DATE) == []


def test_assemble_bodies_counted_from_the_rubble_of_an_attack_are_its_dead(ex):
    text = "انتشلت فرق الإنقاذ جثث 12 شخصا من تحت أنقاض منزل دمرته غارة جوية في المدينة"
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.fatalities) == ("ASSAULT", 12)
    # controls: bodies with no count, and bodies found with no attack told
    (e,) = ex.extract("شيع آلاف اليمنيين جثامين الشهداء الذين سقطوا في الغارة على صعدة", article_date=DATE)
    assert e.fatalities is None
    assert ex.extract("عثرت الشرطة على جثث خمسة أشخاص في منطقة نائية", article_date=DATE) == []


def test_assemble_an_attack_that_is_the_subject_of_a_verb_taking_back_a_thing_struck(ex):
    (e,) = ex.extract("وقف الأهالي أمام أنقاض منزل دمرته غارة إسرائيلية", article_date=DATE)
    assert (e.type, e.mode, e.trigger.text) == ("ASSAULT", "aerial", "دمرته غارة")
    assert [t.text for t in e.targets] == ["منزل"] and [a.code for a in e.actors] == ["ISR MIL"]
    # control: the attack as the subject before the verb's object
    (e,) = ex.extract("دمرت غارة إسرائيلية منزلا في المدينة", article_date=DATE)
    assert (e.trigger.text, [t.text for t in e.targets]) == ("غارة", ["منزلا"])


def test_assemble_the_act_a_crowd_marches_against_told_by_a_relative_clause_is_its_grievance(ex):
    text = "تظاهر المئات أمام السفارة في بغداد تنديدا بالغارة التي استهدفت قادة في الحشد الشعبي"
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["PROTEST"]


def test_assemble_what_a_weapon_is_made_against_is_no_side(ex):
    text = "دمرت القوات الأمريكية صاروخين مضادين للسفن في محافظة الحديدة"
    (e,) = ex.extract(text, article_date=DATE)
    assert not any("سفن" in t.text for t in e.targets)
    # control: ships struck are
    (e,) = ex.extract("استهدف الحوثيون السفن التجارية في البحر الأحمر", article_date=DATE)
    assert [t.text for t in e.targets] == ["السفن التجارية"]


def test_assemble_arms_destroyed_that_no_lexicon_lists_are_no_civilians_property(ex):
    (e,) = ex.extract("دمرت القوات الأمريكية صاروخين في اليمن", article_date=DATE)
    assert e.targets == ()
    # control: a house destroyed is
    (e,) = ex.extract("دمرت القوات منزلين في القرية", article_date=DATE)
    assert [t.sector for t in e.targets] == ["CVL"]


def test_assemble_lawyers_who_protest_are_protesters(ex):
    (e,) = ex.extract("تظاهر عشرات المحامين أمام قصر العدل في تونس", article_date=DATE)
    assert (e.type, [a.code for a in e.actors]) == ("PROTEST", ["TUN OPP"])
    # control: a lawyer arrested stays a civilian
    (e,) = ex.extract("اعتقلت الشرطة التونسية محاميا في العاصمة", article_date=DATE)
    assert [t.sector for t in e.targets] == ["CVL"]


def test_assemble_the_head_of_a_party_named_by_its_bare_word_is_of_the_party(ex):
    (e,) = ex.extract("اعتقلت الشرطة رئيس حزب الدستور في العاصمة", article_date=DATE)
    assert [(t.text, t.sector) for t in e.targets] == [("رئيس حزب الدستور", "PTY")]
    (e,) = ex.extract("أصدرت محكمة حكما بسجن زعيم حزب سابق عشر سنوات", article_date=DATE)
    assert [t.sector for t in e.targets] == ["PTY"]
    # control: a president is the state's
    (e,) = ex.extract("اعتقلت الشرطة رئيس البلدية في العاصمة", article_date=DATE)
    assert [t.sector for t in e.targets] == ["GOV"]


def test_assemble_getting_forces_out_is_their_withdrawal(ex):
    events = ex.extract("طالب نواب في البرلمان الحكومة بإخراج القوات الأجنبية من البلاد", article_date=DATE)
    assert [(e.type, e.mode, e.modality) for e in events if e.type == "RETREAT"] == [
        ("RETREAT", "withdraw", "requested")]


def test_assemble_aid_stolen_or_sold_is_no_aid_given(ex):
    events = ex.extract("نفت الحركة الاتهامات الموجهة إليها بسرقة المساعدات", article_date=DATE)
    assert "AID" not in [e.type for e in events]
    # control: aid sent
    (e,) = ex.extract("أرسلت تركيا مساعدات إنسانية إلى غزة", article_date=DATE)
    assert e.type == "AID"


def test_assemble_a_prison_attacked_is_the_states(ex):
    (e,) = ex.extract("هاجم مسلحون السجن المركزي في مدينة الموصل", article_date=DATE)
    assert [t.code for t in e.targets] == ["IRQ GOV"]
    # control: the penalty is no prison struck
    (e,) = ex.extract("قضت المحكمة بالسجن عشر سنوات على المتهم", article_date=DATE)
    assert (e.type, [t.text for t in e.targets]) == ("SANCTION", ["المتهم"])


def test_assemble_a_state_named_by_its_title_is_the_state(ex):
    (e,) = ex.extract("قطعت جمهورية النيجر علاقاتها الدبلوماسية مع أوكرانيا", article_date=DATE)
    assert (e.type, e.mode) == ("SANCTION", "withdraw")
    assert [(a.text, a.code) for a in e.actors] == [("جمهورية النيجر", "NER GOV")]
    assert [t.code for t in e.targets] == ["UKR GOV"]
    # (and a name the lexicon lists with its title stays one)
    (e,) = ex.extract("قطعت مملكة البحرين علاقاتها مع إيران", article_date=DATE)
    assert [(a.text, a.code) for a in e.actors] == [("مملكة البحرين", "BHR GOV")]


def test_assemble_a_community_abroad_is_its_states_civilians_and_protesters_when_it_protests(ex):
    (e,) = ex.extract("نظمت الجالية السودانية وقفة أمام السفارة", article_date=DATE)
    assert (e.type, [(a.text, a.code) for a in e.actors]) == ("PROTEST", [("الجالية السودانية", "SDN OPP")])
    (e,) = ex.extract("اعتدى مجهولون على أبناء الجالية المصرية في ليبيا", article_date=DATE)
    assert [t.code for t in e.targets] == ["EGY CVL"]


def test_assemble_a_light_verb_reaches_its_noun_past_where_its_subject_is(ex):
    (e,) = ex.extract("نظمت الجالية السودانية في لندن وقفة أمام مقر الحكومة البريطانية", article_date=DATE)
    assert (e.type, e.place.name, [a.code for a in e.actors]) == ("PROTEST", "London", ["SDN OPP"])


def test_assemble_the_adjective_of_a_plural_land_is_the_lands_not_the_attackers(ex):
    text = "حذر الرئيس الروسي أوكرانيا من مغبة استهداف الأراضي الروسية"
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert events and all("RUS MIL" not in [a.code for a in e.actors] for e in events)


def test_assemble_an_act_noun_in_a_hamza_heads_the_clause_after_it_not_the_topic(ex):
    text = "توعد قائد الحرس الثوري برد ساحق على أي اعتداء يستهدف الأراضي الإيرانية"
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [(e.modality, e.actors) for e in events] == [("possible", ())]


def test_assemble_refugees_or_wounded_received_are_no_visit(ex):
    assert "CONSULT" not in _types(ex, "أعلنت اليونان استعدادها لاستقبال مئات اللاجئين من غزة")
    assert "CONSULT" not in _types(ex, "استقبلت المستشفيات المصرية عشرات الجرحى من غزة")
    # control: a delegation received
    (e,) = ex.extract("استقبل الرئيس المصري وفدا من حركة حماس", article_date=DATE)
    assert (e.type, e.mode) == ("CONSULT", "visit")


def test_assemble_a_weapon_counted_after_bi_gives_the_mode_and_is_no_target(ex):
    (e,) = ex.extract("استهدفت الجماعة بعدة طائرات مسيرة مطار بن غوريون", article_date=DATE)
    assert (e.mode, e.targets, e.place.name) == ("drone", (), "Ben Gurion Airport")
    (e,) = ex.extract("قصفت القوات الحكومية القرية بثلاث قذائف", article_date=DATE)
    assert e.mode == "heavy-weapons"


def test_assemble_a_place_before_another_sources_report_is_not_its_acts(ex):
    text = "أعلنت الجماعة أنها استهدفت مطارا في تل أبيب، فيما قال الجيش الإسرائيلي إنه اعترض صاروخا"
    first, second = ex.extract(text, article_date=DATE)
    assert (first.place.name, second.trigger.text, second.place) == ("Tel Aviv", "اعترض صاروخا", None)
    # control: a clause going on with the same subject keeps it
    text = "تجمع المتظاهرون في ساحة التحرير ببغداد ورددوا الشعارات، لكن الشرطة هاجمتهم"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.place.country == "IRQ"


def test_assemble_the_subject_that_does_not_intend_an_act_is_its_actor(ex):
    text = "أكد مسؤول أمريكي أن واشنطن لا تنوي إرسال قوات برية إلى المنطقة"
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.modality, [a.code for a in e.actors], e.place) == ("MOBILIZE", "negated", ["USA GOV"], None)


def test_assemble_a_place_before_a_condition_is_not_where_its_act_would_be(ex):
    text = "هددت إيران بإغلاق مضيق هرمز إذا تعرضت منشآتها النووية لهجوم"
    threat, attack = ex.extract(text, article_date=DATE)
    assert (threat.place.text, attack.modality, attack.place) == ("مضيق هرمز", "possible", None)


def test_assemble_stabbing_as_a_verbal_noun_after_a_preposition_has_no_subject_to_appeal(ex):
    (e,) = ex.extract("أقدم شاب على طعن شرطي في محطة قطارات بالعاصمة الفرنسية باريس", article_date=DATE)
    assert (e.type, e.mode, [t.code for t in e.targets]) == ("ASSAULT", "primitive", ["FRA COP"])
    # control: to stab at a decision is to appeal against it
    assert ex.extract("طعنت الحكومة في قرار المحكمة", article_date=DATE) == []


def test_assemble_one_who_submits_an_appeal_or_thanks_advances_nowhere(ex):
    assert ex.extract("تقدم المرشح بطعن في نتائج الانتخابات", article_date=DATE) == []
    assert ex.extract("تقدم الوزير بالشكر إلى الدول المانحة", article_date=DATE) == []
    # control: forces that advance
    (e,) = ex.extract("تقدم الجيش نحو مدينة الفاشر", article_date=DATE)
    assert e.type == "ASSAULT"


def test_assemble_women_who_march_are_protesters(ex):
    (e,) = ex.extract("شاركت آلاف النساء في مسيرة بالعاصمة المكسيكية للتنديد بالعنف", article_date=DATE)
    assert (e.type, [a.code for a in e.actors]) == ("PROTEST", ["MEX OPP"])
    # control: women killed stay civilians
    (e,) = ex.extract("قتلت الغارة ثلاث نساء في القرية", article_date=DATE)
    assert [t.sector for t in e.targets] == ["CVL"]


def test_assemble_the_men_of_a_gathering_struck_are_not_who_struck_it(ex):
    (e,) = ex.extract("أعلن حزب الله استهداف تجمع لجنود الاحتلال في موقع المطلة", article_date=DATE)
    assert [a.code for a in e.actors] == ["LBN REB"]
    # control: an attack's own "لـ" names who made it
    (e,) = ex.extract("قتل ثلاثة مدنيين في قصف لقوات الدعم السريع على الحي", article_date=DATE)
    assert [a.code for a in e.actors] == ["SDN REB"]


def test_assemble_a_truce_named_as_the_talks_genitive_is_what_they_discuss(ex):
    events = ex.extract("انطلقت في الدوحة جولة جديدة من مفاوضات وقف إطلاق النار في غزة", article_date=DATE)
    assert [(e.type, e.modality) for e in events] == [("CONSULT", "asserted"), ("RETREAT", "possible")]
    # control: a truce announced is one
    (e,) = ex.extract("أعلن الجيش وقف إطلاق النار في المدينة", article_date=DATE)
    assert e.modality == "asserted"


def test_assemble_farmland_and_olive_trees_struck_are_civilians_property(ex):
    (e,) = ex.extract("أحرق مستوطنون أراضي زراعية في قرية بورين جنوب نابلس", article_date=DATE)
    assert [(t.text, t.code) for t in e.targets] == [("أراضي زراعية", "PSE CVL")]
    (e,) = ex.extract("اقتلع مستوطنون أشجار الزيتون في قرية ترمسعيا", article_date=DATE)
    assert [t.code for t in e.targets] == ["PSE CVL"]
    # control: a place named for its farms stays a place
    (e,) = ex.extract("سيطرت القوات على مزارع شبعا", article_date=DATE)
    assert (e.targets, e.place.text) == ((), "مزارع شبعا")


def test_assemble_who_suffers_an_attack_is_found_past_where_it_is(ex):
    (e,) = ex.extract("قالت المنظمة إن مستشفى تدعمه في شمال دارفور تعرض للقصف", article_date=DATE)
    assert ([t.code for t in e.targets], e.place.text) == (["SDN MED"], "شمال دارفور")


def test_assemble_a_commercial_convoy_struck_is_civilian(ex):
    (e,) = ex.extract("هاجم مسلحون قافلة تجارية على الطريق قرب غاو", article_date=DATE)
    assert [t.sector for t in e.targets] == ["CVL"]
    # control: a military one is the army's
    (e,) = ex.extract("هاجم مسلحون قافلة عسكرية قرب غاو", article_date=DATE)
    assert [t.sector for t in e.targets] == ["MIL"]


def test_assemble_peoples_named_by_a_broken_plural_between_sides_are_civilians(ex):
    events = ex.extract("اندلعت اشتباكات بين العرب والأكراد في مدينة كركوك", article_date=DATE)
    (e,) = [e for e in events if e.type == "ASSAULT"]
    assert [a.sector for a in (*e.actors, *e.targets)] == ["CVL", "CVL"]


def test_assemble_a_truce_that_names_a_body_is_no_act(ex):
    events = ex.extract("عقدت لجنة الهدنة العسكرية المشتركة اجتماعها الأول في مدينة سرت", article_date=DATE)
    assert [e.type for e in events] == ["CONSULT"]
    # control: a truce announced
    (e,) = ex.extract("أعلن الجيش وقف إطلاق النار في المدينة", article_date=DATE)
    assert (e.type, e.mode) == ("RETREAT", "ceasefire")


def test_assemble_a_citizen_named_in_the_feminine_is_a_civilian_of_her_nationality(ex):
    (e,) = ex.extract("أكدت السلطات الإيرانية اعتقال مواطنة فرنسية بتهمة التجسس", article_date=DATE)
    assert ([a.code for a in e.actors], [t.code for t in e.targets]) == (["IRN GOV"], ["FRA CVL"])


def test_assemble_names_in_what_suffers_an_attack_did_not_make_it(ex):
    (e,) = ex.extract("تعرض مقر بعثة الاتحاد الأوروبي في كابل لهجوم بقذائف صاروخية", article_date=DATE)
    assert (e.type, e.actors) == ("ASSAULT", ())
    # control: who made it, told after it
    (e,) = ex.extract("تعرضت دورية للجيش لهجوم شنه مسلحون", article_date=DATE)
    assert [a.code for a in e.actors] == ["--- REB"]


def test_assemble_ones_own_work_suspended_is_no_outlet_silenced(ex):
    assert ex.extract("أعلنت الأمم المتحدة تعليق عمل موظفيها في مدينة الفاشر", article_date=DATE) == []
    # control: another's work suspended
    (e,) = ex.extract("قررت الحكومة تعليق عمل المنظمات الأجنبية", article_date=DATE)
    assert (e.type, e.mode) == ("COERCE", "censor")


def test_assemble_an_act_that_must_come_before_what_will_not_be_done_has_not_come(ex):
    text = "قال الرئيس إن بلاده لن تدخل في مفاوضات مع إسرائيل قبل انسحابها من الجولان"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"]
    assert (e.mode, e.modality) == ("withdraw", "possible")
    # control: an act told before another that was done
    events = ex.extract("أحرقت القوات المنازل قبل انسحابها من القرية", article_date=DATE)
    assert [(e.type, e.modality) for e in events] == [("ASSAULT", "asserted"), ("RETREAT", "asserted")]


def test_assemble_a_capital_inside_a_place_of_another_country_is_no_actor(ex):
    text = "قتل 12 مسلحا من حركة الشباب في غارة جوية بإقليم جوبا الوسطى"
    (e,) = ex.extract(text, article_date=DATE)
    assert [(a.country, a.sector) for a in e.targets] == [("SOM", "REB")]
    assert e.place.country == "SOM"
    # control: the capital alone still stands for its state
    (e,) = ex.extract("اتهمت الخرطوم جوبا بدعم المتمردين", article_date=DATE)
    assert [a.country for a in e.targets] == ["SSD"]


def test_assemble_an_opposition_that_exchanges_fire_with_the_forces_is_in_arms(ex):
    (e,) = ex.extract("تبادلت قوات الحكومة والمعارضة إطلاق النار في ضواحي درنة", article_date=DATE)
    assert (e.type, e.mode) == ("ASSAULT", "firearms")
    assert [(a.country, a.sector) for a in e.targets] == [("LBY", "REB")]
    # control: the police firing at the opposition in the street disperse it
    (e,) = ex.extract("أطلقت قوات الأمن النار على المعارضة في درنة", article_date=DATE)
    assert e.mode == "crowd-control"


def test_assemble_a_woman_named_after_a_man_after_the_kill_verb_is_the_one_killed(ex):
    (e,) = ex.extract("قتل مستوطن امرأة فلسطينية قرب رام الله", article_date=DATE)
    assert [(a.country, a.sector) for a in e.actors] == [("ISR", "CVL")]
    assert [a.text for a in e.targets] == ["امرأة فلسطينية"] and e.fatalities == 1
    # control: a woman joined to a man by "و" is killed beside him
    (e,) = ex.extract("قتل مواطن وطفلة في قصف على رفح", article_date=DATE)
    assert e.actors == () and e.fatalities == 2


def test_assemble_a_place_a_solidarity_protest_stands_with_is_not_where_it_is(ex):
    (e,) = ex.extract("شارك مئات الطلاب في وقفة تضامنية مع غزة أمام جامعة عمان", article_date=DATE)
    assert e.type == "PROTEST" and e.place.country == "JOR"
    assert [a.country for a in e.actors] == ["JOR"]
    # control: a place told of the protest itself is where it is
    (e,) = ex.extract("شارك مئات الطلاب في وقفة تضامنية في غزة", article_date=DATE)
    assert e.place.country == "PSE"


def test_assemble_the_count_before_min_of_a_longer_phrase_the_killed_verb_follows(ex):
    (e,) = ex.extract("قال الجيش إن 25 من عناصر الدعم السريع قتلوا", article_date=DATE)
    assert e.fatalities == 25 and [(a.country, a.sector) for a in e.targets] == [("SDN", "REB")]
    # control: the killed named with no count tell no toll of their own
    assert ex.extract("قال الجيش إن عناصر من الدعم السريع قتلوا", article_date=DATE) == []


def test_assemble_the_forces_of_the_army_whose_spokesman_speaks_are_the_armys(ex):
    text = ("قال الجيش السوداني إنه صد هجوما لقوات الدعم السريع على مدينة سنار. "
            "وأضاف المتحدث باسم الجيش أن قواته دخلت المدينة من محورين.")
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert [(a.country, a.sector) for a in e.actors] == [("SDN", "MIL")]
    # control: the forces of a group whose spokesman speaks are its fighters
    text = ("قال الجيش السوداني إنه صد هجوما لقوات الدعم السريع على مدينة سنار. "
            "وقال الناطق باسم قوات الدعم السريع إن قواته دخلت المدينة من محورين.")
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert [(a.country, a.sector) for a in e.actors] == [("SDN", "REB")]


def test_assemble_an_indefinite_man_an_act_is_on_after_its_preposition_opens_a_clause_as_its_subject(ex):
    events = ex.extract("ألقت الشرطة الألمانية القبض على رجل هاجم مارة بسكين في مدينة كولونيا", article_date=DATE)
    assert [e.type for e in events] == ["COERCE", "ASSAULT"]
    assert [a.text for a in events[1].actors] == ["رجل"]
    # control: a definite one after it is no subject of the verb after it
    (e,) = [e for e in ex.extract("أدانت الحكومة اغتيال الصحفي في كولونيا", article_date=DATE)
            if e.type == "ASSAULT"]
    assert [a.text for a in e.targets] == ["الصحفي"]


def test_assemble_a_killing_of_one_the_clause_after_says_attacked_is_an_act_of_its_own(ex):
    events = ex.extract("قتلت الشرطة مسلحا أطلق النار على المصلين في مسجد بمدينة كراتشي", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", "قتلت"), ("ASSAULT", "أطلق النار")]
    kill, shots = events
    assert [a.sector for a in kill.actors] == ["COP"] and [a.text for a in kill.targets] == ["مسلحا"]
    assert kill.fatalities == 1
    assert [a.text for a in shots.actors] == ["مسلحا"] and [a.text for a in shots.targets] == ["المصلين"]
    # control: the killed in the attack the sentence names are its toll
    (e,) = ex.extract("قتل مسلحون 18 مدنيا في هجوم على قرية بإقليم بلوشستان", article_date=DATE)
    assert e.trigger.text == "هجوم" and e.fatalities == 18


def test_assemble_its_leaders_after_another_noun_are_no_verb_of_leading(ex):
    (e,) = ex.extract("أبلغت قطر حركة حماس بضرورة مغادرة قادتها الدوحة", article_date=DATE)
    assert e.type == "REQUEST" and "الدوحة" not in [a.text for a in e.actors]
    # control: right after the act's noun and its adjective, the verb names who led it
    (e,) = ex.extract("هجوم واسع قادته القوات الحكومية على مدينة ود مدني", article_date=DATE)
    assert [a.text for a in e.actors] == ["القوات الحكومية"]


def test_assemble_a_capital_whose_state_is_named_is_no_village_of_its_name_elsewhere(ex):
    (e,) = ex.extract("نفت قطر أن تكون طلبت من حركة حماس نقل مكتبها من الدوحة", article_date=DATE)
    assert (e.place.text, e.place.country) == ("الدوحة", "QAT")
    # control: with no word of Qatar the village of the Palestinians' land stands
    (e,) = ex.extract("اقتحمت قوات الاحتلال بلدة الدوحة غرب بيت لحم", article_date=DATE)
    assert e.place.country == "PSE"


def test_assemble_the_heads_of_the_states_of_a_body_are_that_bodys(ex):
    (e,) = ex.extract("اجتمع زعماء دول مجموعة العشرين في نيودلهي", article_date=DATE)
    assert [(a.text, a.code) for a in e.actors] == [("زعماء دول مجموعة العشرين", "IGO IGO")]
    # control: the heads of a body named without its states
    (e,) = ex.extract("اجتمع زعماء مجموعة العشرين في نيودلهي", article_date=DATE)
    assert [(a.text, a.code) for a in e.actors] == [("زعماء مجموعة العشرين", "IGO IGO")]


def test_assemble_people_a_protesting_adjective_follows_are_protesters(ex):
    (e, _) = ex.extract("فتحت قوات الأمن النار على طلاب محتجين في مدينة شيتاغونغ", article_date=DATE)
    assert (e.type, e.mode) == ("ASSAULT", "crowd-control")
    assert [(a.text, a.sector) for a in e.targets] == [("طلاب محتجين", "OPP")]
    # control: protesters after a definite subject are the verb's object
    (e,) = ex.extract("هاجم الأهالي المتظاهرين في مدينة شيتاغونغ", article_date=DATE)
    assert [a.sector for a in e.actors] == ["CVL"] and [a.sector for a in e.targets] == ["OPP"]


def test_assemble_who_considers_an_act_is_its_actor(ex):
    (e,) = ex.extract("قالت مصادر إن كندا تدرس فرض عقوبات على مسؤولين إيرانيين", article_date=DATE)
    assert (e.type, e.modality) == ("SANCTION", "possible")
    assert [a.code for a in e.actors] == ["CAN GOV"]
    # control: an act that may come, told with no one considering it, has no one's subject
    (e,) = ex.extract("قالت مصادر إن كندا قد تتعرض لعقوبات", article_date=DATE)
    assert e.actors == ()


def test_assemble_a_membership_suspended_by_a_joined_verb_is_the_subjects_act(ex):
    events = ex.extract("أدانت المجموعة الاقتصادية لدول غرب أفريقيا الانقلاب وعلقت عضوية النيجر", article_date=DATE)
    (e,) = [e for e in events if e.type == "SANCTION"]
    assert e.mode == "withdraw" and [a.code for a in e.actors] == ["IGO IGO"]
    # control: the suspension's noun after a resolving verb is the resolver's too
    (e,) = ex.extract("قررت المجموعة الاقتصادية لدول غرب أفريقيا تعليق عضوية النيجر", article_date=DATE)
    assert [a.code for a in e.actors] == ["IGO IGO"] and [a.code for a in e.targets] == ["NER GOV"]


def test_assemble_a_condition_opens_a_clause_whose_subject_is_not_before_it(ex):
    text = "حذر الرئيس الفرنسي من أن بلاده سترد بحزم إذا استهدفت روسيا القوات الفرنسية في المنطقة"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert e.modality == "possible" and [a.code for a in e.actors] == ["RUS GOV"]
    # control: a subject right before the verb, with no condition between, is its subject
    (e,) = ex.extract("قال الوزير إن روسيا استهدفت منشآت الطاقة", article_date=DATE)
    assert [a.code for a in e.actors] == ["RUS GOV"]


def test_assemble_the_killed_a_toll_names_where_no_place_is_told_are_of_the_state_the_text_names(ex):
    text = "شن مسلحو حركة الشباب هجوما على قاعدة عسكرية في مدينة بلدوين. وقال مسؤول إن أربعة جنود قتلوا في المواجهات."
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.fatalities == 4]
    assert [a.code for a in e.targets] == ["SOM MIL"]
    # control: not of the state whose forces killed them
    (e,) = ex.extract("قتلت القوات الأمريكية ثلاثة مدنيين في غارة", article_date=DATE)
    assert [a.code for a in e.targets] == ["--- CVL"]


def test_assemble_the_attack_an_earlier_sentence_told_repelled_is_no_attack_of_its_own(ex):
    text = ("شن مسلحون هجوما على مواقع للجيش في محافظة مأرب. "
            "وقال مصدر عسكري إن القوات الحكومية تصدت للهجوم وكبدت المهاجمين خسائر فادحة.")
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE)] == ["هجوما", "كبدت"]
    # control: told for the first time, the attack repelled stands, its target who repelled it
    (e,) = ex.extract("تصدت القوات الحكومية للهجوم في محافظة مأرب", article_date=DATE)
    assert e.type == "ASSAULT" and [a.sector for a in e.targets] == ["MIL"]


def test_assemble_its_sites_after_an_armed_body_of_no_named_state_are_that_bodys(ex):
    (e,) = ex.extract("صدت القوات الحكومية هجوما على مواقعها في محافظة مأرب", article_date=DATE)
    assert [a.code for a in e.targets] == ["YEM MIL"]
    # control: his car, after gunmen who killed a driver, is not the gunmen's
    (_, e) = ex.extract("قتل مسلحون سائقا ثم أحرقوا سيارته في كركوك", article_date=DATE)
    assert [a.sector for a in e.targets] != ["REB"]


def test_assemble_who_drills_with_or_takes_part_is_the_partner_of_the_exercises(ex):
    (e,) = ex.extract("أجرت البحرية المصرية مناورات في البحر المتوسط بمشاركة سفن يونانية", article_date=DATE)
    assert e.type == "COOPERATE" and [a.code for a in e.targets] == ["GRC MIL"]
    (e,) = ex.extract("أجرت البحرية المصرية مناورات مع قوات يونانية", article_date=DATE)
    assert e.type == "COOPERATE" and [a.code for a in e.targets] == ["GRC MIL"]
    # control: drills near a border with a state are held alone
    (e,) = ex.extract("أجرى الجيش المصري مناورات على الحدود مع ليبيا", article_date=DATE)
    assert (e.type, e.targets) == ("MOBILIZE", ())


def test_assemble_the_drowned_past_their_count_are_no_attacks_toll(ex):
    assert ex.extract("قتل ما لا يقل عن 40 مهاجرا غرقا قبالة سواحل ليبيا", article_date=DATE) == []
    # control: the killed past their count, with no accident told, are an attack's
    (e,) = ex.extract("قتل ما لا يقل عن 40 مهاجرا برصاص حرس الحدود", article_date=DATE)
    assert e.type == "ASSAULT" and e.fatalities == 40


def test_assemble_attacks_a_session_or_a_questioning_is_about_are_told_as_known(ex):
    text = "دعا مجلس الأمن إلى عقد جلسة طارئة بشأن الهجمات الصاروخية على مدينة خاركيف"
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["REQUEST", "CONSULT"]
    # control: what a proposal is on is proposed
    text = "رفضت الحركة مقترحا بشأن إيقاف القتال لمدة شهرين"
    assert ("RETREAT", "possible") in [(e.type, e.modality) for e in ex.extract(text, article_date=DATE)]


def test_assemble_sites_belonging_to_the_body_named_before_by_its_word_are_its(ex):
    text = ("قال حزب الله إن مقاتليه استهدفوا موقعا إسرائيليا. "
            "وقال الجيش الإسرائيلي إن طائراته أغارت على مستودعات تابعة للحزب في بلدة الخيام.")
    (_, e) = ex.extract(text, article_date=DATE)
    assert [a.code for a in e.targets] == ["LBN REB"]
    # control: named in full, the same
    (e,) = ex.extract("أغارت طائرات إسرائيلية على مستودعات تابعة لحزب الله في بلدة الخيام", article_date=DATE)
    assert [a.code for a in e.targets] == ["LBN REB"]


def test_assemble_a_governments_protest_by_its_noun_is_a_disapproval_lodged_with_a_state(ex):
    events = ex.extract("قدمت الأردن احتجاجا رسميا لإسرائيل على اقتحام المسجد الأقصى", article_date=DATE)
    (e,) = [e for e in events if e.type == "ACCUSE"]
    assert e.mode == "disapprove"
    assert [a.code for a in e.actors] == ["JOR GOV"] and [a.code for a in e.targets] == ["ISR GOV"]
    # control: people's protest is a protest
    (e,) = ex.extract("نظم العمال احتجاجا أمام مقر الحكومة في عمان", article_date=DATE)
    assert (e.type, e.mode) == ("PROTEST", "demo")


def test_assemble_prison_past_a_courts_verb_is_the_sentence_no_place(ex):
    (e,) = ex.extract("قضت محكمة تونسية بسجن معارض بارز خمس سنوات", article_date=DATE)
    assert e.type == "SANCTION" and e.place is None
    # control: a prison named after an act is where it was
    (e,) = ex.extract("أضرب المعتقلون عن الطعام في سجن عوفر", article_date=DATE)
    assert e.place is not None and e.place.text == "سجن عوفر"


def test_assemble_a_village_a_prison_or_a_port_is_named_after_is_where_it_is(ex):
    (e,) = ex.extract("توفي معتقل في سجن صيدنايا إثر تعرضه للضرب", article_date=DATE)
    assert (e.place.text, e.place.country) == ("صيدنايا", "SYR")
    # control: a village's name after the prison's noun with its article is no name of it
    (e,) = ex.extract("وقع انفجار في السجن", article_date=DATE)
    assert e.place is None


def test_assemble_the_counted_right_after_a_release_are_the_released(ex):
    (e,) = ex.extract("أطلق سراح ثلاثة رهائن نيباليين كانوا محتجزين في غزة", article_date=DATE)
    assert e.actors == () and [a.code for a in e.targets] == ["NPL CVL"]
    # control: a subject between the verb and its noun releases them
    (e,) = ex.extract("أطلقت حماس سراح ثلاثة رهائن نيباليين", article_date=DATE)
    assert [a.code for a in e.actors] == ["PSE REB"]


def test_assemble_a_mention_leaves_out_the_conjunction_its_first_word_carries(ex):
    text = "وقعت مصر والأردن مذكرة تفاهم للتعاون في مجال الطاقة"
    (e,) = ex.extract(text, article_date=DATE)
    # ("وقعت" begins with a letter of its root, no conjunction)
    assert e.trigger.text == "وقعت" and [t.text for t in e.targets] == ["الأردن"]
    assert [text[t.start_char : t.end_char] for t in e.targets] == ["الأردن"]
    text = "داهمت الشرطة منزلا في حي الشجاعية وَاعتقلت ثلاثة شبان فجر اليوم"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert e.trigger.text == "اعتقلت" == text[e.trigger.start_char : e.trigger.end_char]
    # control: a name that begins with "و" keeps it
    e = _one(ex, "هاجم مسلحون قرية في ولاية زمفارا وأحرقوا عشرات المنازل", "ASSAULT", "أحرقوا")
    assert e.trigger.text == "أحرقوا" and e.place.text == "ولاية زمفارا"


def test_assemble_an_answered_act_a_verb_describes_is_told_anew(ex):
    events = ex.extract("قصف الجيش مواقع المسلحين ردا على هجوم شنه مسلحون على حاجز عسكري", article_date=DATE)
    assert [e.trigger.text for e in events] == ["قصف", "هجوم"]
    assert (_codes(events[1].actors), _codes(events[1].targets)) == (["--- REB"], ["--- MIL"])
    text = "شنت الطائرات الأمريكية غارات على مواقع للحوثيين ردا على هجوم استهدف سفينة أمريكية"
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert not e.actors and [t.text for t in e.targets] == ["سفينة أمريكية"]
    # control: the attack told before, with its article, is no event of its own
    text = "شنت الطائرات الأمريكية غارات على مواقع للحوثيين ردا على الهجوم"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE)] == ["غارات"]


def test_assemble_an_attack_on_the_topics_own_state_is_not_the_topics(ex):
    e = _one(ex, "قصفت المدفعية التركية قرى في ريف منبج بعد هجوم على قاعدة تركية", "ASSAULT", "هجوم")
    assert (e.actors, _codes(e.targets)) == ((), ["TUR MIL"])
    # (a military site named by the state's nisba is its army's)
    e = _one(ex, "قصف الجيش الإسرائيلي مواقع في جنوب لبنان بعد هجوم على موقع إسرائيلي", "ASSAULT", "هجوم")
    assert (e.actors, _codes(e.targets)) == ((), ["ISR MIL"])
    # control: the battles before a town taken are the topic's own
    e = _one(ex, "سيطر الجيش السوري على البلدة بعد معارك عنيفة", "ASSAULT", "معارك")
    assert _codes(e.actors) == ["SYR MIL"]


def test_assemble_those_fallen_by_fire_were_shot_by_its_shooters(ex):
    e = _one(ex, "قال مسعفون إن ثلاثة شبان سقطوا برصاص الاحتلال في طولكرم", "ASSAULT", "سقطوا")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("firearms", ["ISR MIL"], ["PSE CVL"])
    # (with the fallen between the verb and the fire)
    e = _one(ex, "سقط شاب برصاص قوات الاحتلال قرب نابلس", "ASSAULT", "سقط")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("firearms", ["ISR MIL"], ["PSE CVL"])


def test_assemble_a_plan_rejected_is_not_the_rejecters_act(ex):
    e = _one(ex, "أعلنت الحكومة الأردنية رفضها القاطع لخطة التهجير", "COERCE", "التهجير")
    assert e.actors == () and e.modality == "planned"
    # control: an act refused is the refuser's own, not done
    e = _one(ex, "رفض الجيش الانسحاب من المدينة", "RETREAT", "الانسحاب")
    assert _codes(e.actors) == ["--- MIL"] and e.modality == "negated"


def test_assemble_a_place_in_what_talks_are_about_is_not_where_they_are(ex):
    text = "دعت فرنسا إلى عقد اجتماع عاجل لمجلس الأمن بشأن القصف على مدينة الفاشر"
    assert _one(ex, text, "CONSULT", "اجتماع").place is None
    text = "توصل وزيرا خارجية روسيا وتركيا خلال لقاء في سوتشي إلى اتفاق حول منبج"
    assert _one(ex, text, "AGREE", "اتفاق").place.text == "سوتشي"
    # control: the place before what they are about is where they meet
    assert _one(ex, "عقد الوزراء اجتماعا في عمان بشأن الأزمة", "CONSULT", "اجتماعا").place.text == "عمان"


def test_assemble_the_fire_set_in_it_is_set_in_what_was_struck(ex):
    text = "هاجم مجهولون مركزا للشرطة في ولاية القضارف وأضرموا النار فيه"
    e = _one(ex, text, "ASSAULT", "أضرموا")
    assert (_codes(e.actors), _codes(e.targets)) == (["--- REB"], ["SDN COP"])
    # control: a fire set in a thing named is set in it
    e = _one(ex, "هاجم مجهولون مركزا للشرطة وأضرموا النار في سيارة", "ASSAULT", "أضرموا")
    assert [t.text for t in e.targets] == ["سيارة"]


def test_assemble_a_verb_form_after_any_is_a_noun(ex):
    e = _one(ex, "رفضت الحكومة أي تفاوض مع المتمردين", "CONSULT", "تفاوض")
    assert e.modality == "negated" and _codes(e.targets) == ["--- REB"]
    # control: the verb itself tells talks held
    assert _one(ex, "تفاوض الوفد مع المتمردين في الدوحة", "CONSULT", "تفاوض").modality == "asserted"


def test_assemble_the_wanted_handed_over_to_a_state_is_cooperation_with_it(ex):
    (e,) = ex.extract("سلمت السلطات التركية مطلوبا عراقيا إلى بغداد", article_date=DATE)
    assert (e.type, e.cameo, _codes(e.actors), _codes(e.targets)) == ("COOPERATE", "063", ["TUR GOV"], ["IRQ GOV"])
    text = "أعلنت وزارة الداخلية الأردنية أنها سلمت مطلوبين اثنين إلى السلطات السورية"
    e = _one(ex, text, "COOPERATE", "سلمت")
    assert (_codes(e.actors), _codes(e.targets)) == (["JOR GOV"], ["SYR GOV"])
    # control: one who hands himself in surrenders, no state hands him over
    assert "COOPERATE" not in _types(ex, "سلم المطلوب نفسه للشرطة")


def test_assemble_a_warrant_an_act_is_done_under_is_no_arrest(ex):
    text = "رحلت السلطات التركية مواطنا سوريا إلى دمشق بموجب مذكرة توقيف صادرة بحقه"
    assert [(e.type, e.trigger.text) for e in ex.extract(text, article_date=DATE)] == [("COERCE", "رحلت")]
    # control: a warrant issued is an arrest asked for
    e = _one(ex, "أصدر القضاء اللبناني مذكرة توقيف بحق حاكم المصرف المركزي", "COERCE", "توقيف")
    assert e.modality == "requested" and _codes(e.targets) == ["LBN GOV"]


def test_assemble_a_group_designated_terrorist_or_banned_is_sanctioned(ex):
    e = _one(ex, "صنفت الحكومة الأمريكية الحوثيين منظمة إرهابية", "SANCTION", "صنفت")
    assert (_codes(e.actors), _codes(e.targets)) == (["USA GOV"], ["YEM REB"])
    e = _one(ex, "أعلنت الحكومة البريطانية حظر جماعة الحوثيين", "SANCTION", "حظر")
    assert (_codes(e.actors), _codes(e.targets)) == (["GBR GOV"], ["YEM REB"])
    # control: a curfew is no ban of a group
    assert _types(ex, "فرضت السلطات حظر تجول في المدينة") == ["COERCE"]


def test_assemble_the_sponsors_nisba_is_no_party_to_the_agreement(ex):
    e = _one(ex, "أعلنت إثيوبيا وإريتريا التوصل إلى اتفاق سلام برعاية أمريكية", "AGREE", "اتفاق")
    assert (_codes(e.actors), _codes(e.targets)) == (["ETH GOV"], ["ERI GOV"])
    e = _one(ex, "أعلنت الكونغو ورواندا التوصل إلى اتفاق برعاية قطرية", "AGREE", "اتفاق")
    assert (_codes(e.actors), _codes(e.targets)) == (["COD GOV"], ["RWA GOV"])


def test_assemble_charges_exchanged_are_between_the_two_sides(ex):
    text = "تبادلت إثيوبيا وإريتريا الاتهامات بخرق الهدنة على الحدود"
    e = _one(ex, text, "ACCUSE", "الاتهامات")
    assert (_codes(e.actors), _codes(e.targets)) == (["ETH GOV"], ["ERI GOV"])
    # (each side the other's accused: the breach is neither's alone)
    assert _one(ex, text, "ASSAULT", "بخرق").actors == ()
    # control: one side's charge makes the other the breach's actor
    e = _one(ex, "اتهمت إثيوبيا إريتريا بخرق الهدنة على الحدود", "ASSAULT", "بخرق")
    assert _codes(e.actors) == ["ERI GOV"]


def test_assemble_a_man_right_before_a_verb_is_its_subject_past_his_preposition(ex):
    text = "وجهت النيابة تهما بالإرهاب لشاب طعن أسقفا داخل كنيسة في سيدني"
    e = _one(ex, text, "ASSAULT", "طعن")
    assert (_codes(e.actors), _codes(e.targets)) == (["AUS CVL"], ["AUS REL"])
    # control: with no man before it, the one after the verb is its subject
    e = _one(ex, "طعن شاب أسقفا داخل كنيسة في سيدني", "ASSAULT", "طعن")
    assert [a.text for a in e.actors] == ["شاب"]


def test_assemble_a_prison_sentence_in_a_rulings_words_is_no_prison(ex):
    e = _one(ex, "أصدرت محكمة تونسية حكما بسجن معارض بارز خمس سنوات", "SANCTION", "بسجن")
    assert e.place is None
    # control: a prison the gazetteer does not know, named, is where
    e = _one(ex, "اقتحمت قوات الأمن سجن المرناق واعتقلت عشرات السجناء", "COERCE", "اعتقلت")
    assert e.place is not None and e.place.text == "سجن المرناق"


def test_assemble_what_a_struck_bridge_joins_are_no_sides(ex):
    e = _one(ex, "دمرت غارة إسرائيلية جسرا يربط بين لبنان وسوريا عند معبر المصنع", "ASSAULT", "غارة")
    assert (_codes(e.actors), [t.text for t in e.targets]) == (["ISR MIL"], ["جسرا"])
    # control: the sides of a clash after "بين"
    e = _one(ex, "اندلعت اشتباكات بين الجيش اللبناني ومسلحين قرب الحدود", "ASSAULT", "اشتباكات")
    assert (_codes(e.actors), _codes(e.targets)) == (["LBN MIL"], ["LBN REB"])


def test_assemble_the_passive_subject_is_not_past_a_word_of_circumstance(ex):
    text = "شيعت مدينة جنين جثامين خمسة شهداء ارتقوا خلال اقتحام قوات الاحتلال للمخيم"
    e = _one(ex, text, "ASSAULT", "ارتقوا")
    assert _codes(e.actors) == ["ISR MIL"] and "ISR MIL" not in _codes(e.targets)


def test_assemble_a_states_name_that_is_its_capitals_names_an_accord(ex):
    e = _one(ex, "أعلنت الحكومة المالية انسحابها من اتفاق الجزائر للسلام", "SANCTION", "انسحابها")
    assert _codes(e.actors) == ["MLI GOV"]
    # control: a state not named by its capital is a party ("اتفاق إيران النووي")
    e = _one(ex, "انسحبت الولايات المتحدة من اتفاق إيران النووي", "SANCTION", "انسحبت")
    assert _codes(e.targets) == ["IRN GOV"]


def test_assemble_aid_a_struck_truck_carries_is_not_the_strikers(ex):
    e = _one(ex, "هاجم لصوص مسلحون شاحنة تقل مساعدات غذائية في جنوب السودان", "AID", "مساعدات")
    assert e.actors == ()
    # control: aid a sender's plane carries is the sender's
    e = _one(ex, "أرسلت قطر طائرة تحمل مساعدات طبية إلى غزة", "AID", "مساعدات")
    assert _codes(e.actors) == ["QAT GOV"]


def test_assemble_a_burst_tyre_or_gas_bottle_and_pupils_received_are_no_events(ex):
    assert ex.extract("انفجر إطار الحافلة على الطريق السريع دون وقوع إصابات", article_date=DATE) == []
    assert ex.extract("قتل ثلاثة أشخاص في انفجار أسطوانة غاز داخل مطعم", article_date=DATE) == []
    assert ex.extract("تستعد المدارس لاستقبال الطلاب مع بداية العام الدراسي الجديد", article_date=DATE) == []
    # control: a bomb that goes off is an attack
    assert _types(ex, "انفجرت عبوة ناسفة بسيارة عسكرية قرب الحدود") == ["ASSAULT"]


def test_assemble_the_movement_named_by_another_of_its_names_is_resolved(ex):
    e = _one(ex, "نفى متحدث باسم طالبان أن تكون الحركة قد أعدمت جنودا سابقين", "ASSAULT", "أعدمت")
    assert _codes(e.actors) == ["AFG REB"]


def test_assemble_the_members_of_a_force_named_before_agree_with_its_gender(ex):
    e = _one(ex, "أعلنت الشرطة مقتل أربعة من عناصرها في كمين", "ASSAULT", "كمين")
    assert [t.sector for t in e.targets] == ["COP"]
    e = _one(ex, "قال الجيش إن مسلحين قتلوا ثلاثة من عناصره", "ASSAULT", "قتلوا")
    assert [t.sector for t in e.targets] == ["MIL"]
    # (a body named in the feminine is no "his": the party's members)
    text = "داهمت الشرطة التركية مقرات لحزب الشعوب الديمقراطي واعتقلت العشرات من أعضائه"
    assert [t.sector for t in _one(ex, text, "COERCE", "اعتقلت").targets] != ["COP"]


def test_assemble_attempts_rejected_are_not_the_rejecters(ex):
    text = "أكدت الحكومة الأردنية رفضها القاطع لأي محاولات لتهجير الفلسطينيين"
    assert _one(ex, text, "COERCE", "لتهجير").actors == ()


def test_assemble_whence_a_craft_comes_is_not_who_sends_it(ex):
    e = _one(ex, "اعترض الجيش الأردني طائرة مسيرة محملة بالمخدرات قادمة من سوريا", "ASSAULT", "طائرة")
    assert _codes(e.actors) == ["JOR MIL"]


def test_assemble_an_extremist_group_is_an_armed_group_a_ban_reaches(ex):
    e = _one(ex, "حظرت وزارة الداخلية النمساوية جماعة متطرفة تنشط في فيينا", "SANCTION", "حظرت")
    assert _sides(e) == (["وزارة الداخلية النمساوية"], ["جماعة متطرفة"])
    assert _codes(e.targets) == ["AUT REB"]
    e = _one(ex, "تبنت منظمات متطرفة الهجوم على الكنيسة", "ASSAULT", "الهجوم")
    assert _codes(e.actors) == ["--- REB"]


def test_assemble_a_band_named_with_its_adjective_heads_no_construct(ex):
    # "جماعات مسلحة" ends in its adjective: "مراكز الشرطة" is the verb's object, not theirs
    e = _one(ex, "هاجمت جماعات مسلحة مراكز الشرطة في الإقليم", "ASSAULT", "هاجمت")
    assert _sides(e) == (["جماعات مسلحة"], ["مراكز الشرطة"])
    # (a title ending in a noun heads one: "رئيس وزراء الاحتلال")
    e = _one(ex, "هدد رئيس وزراء الاحتلال بشن عملية عسكرية في رفح", "THREATEN", "هدد")
    assert [a.text for a in e.actors] == ["رئيس وزراء الاحتلال"]


def test_assemble_tear_gas_on_a_march_reaches_the_marchers(ex):
    e = _one(ex, "ألقت الشرطة قنابل الغاز على مسيرة للمعلمين في عمان", "ASSAULT", "قنابل الغاز")
    assert _sides(e) == (["الشرطة"], ["للمعلمين"])
    # (a march's word with no people after it is no one: "على مسيرة في وسط المدينة")
    e = _one(ex, "ألقت الشرطة قنابل الغاز على مسيرة في وسط المدينة", "ASSAULT", "قنابل الغاز")
    assert e.targets == ()


def test_assemble_a_joined_verb_of_another_gender_does_not_go_on_with_the_report(ex):
    e = _one(ex, "وأفاد مراسلنا بأن قوات الاحتلال اقتحمت قرية عزون فجر اليوم، وداهمت عدة منازل", "COERCE", "داهمت")
    assert [a.text for a in e.actors] == ["قوات الاحتلال"]
    # (one of the reporter's gender does: the report's own call)
    e = _one(ex, "أعلنت منظمة أطباء بلا حدود أن 19 شخصا قتلوا في غارة على مستشفى، وطالبت بإجراء تحقيق",
             "REQUEST", "طالبت")
    assert [a.text for a in e.actors] == ["منظمة أطباء بلا حدود"]


def test_assemble_a_storming_is_not_folded_into_an_attack_past_another_act(ex):
    e = _one(ex, "اقتحمت قوات الاحتلال بلدة بيتا فجر اليوم، واعتقلت شابين بعد الاعتداء عليهما بالضرب", "COERCE", "اقتحمت")
    assert e.mode == "seize" and [a.text for a in e.actors] == ["قوات الاحتلال"]
    # (a storming right before the attack is that attack: no event of its own)
    assert _types(ex, "اقتحم مسلحون مدرسة وفتحوا النار على الطلاب") == ["ASSAULT"]


def test_assemble_a_bomb_amid_a_crowd_of_people_strikes_the_people(ex):
    e = _one(ex, "فجر انتحاري نفسه وسط حشد من المصلين في مسجد بمدينة كويتا", "ASSAULT", "فجر")
    assert [t.text for t in e.targets] == ["المصلين"]
    e = _one(ex, "انفجرت سيارة مفخخة وسط تجمع لعناصر الشرطة", "ASSAULT", "سيارة مفخخة")
    assert [t.text for t in e.targets] == ["لعناصر الشرطة"]


def test_assemble_whence_infiltrators_came_is_neither_side_nor_place(ex):
    e = _one(ex, "قتل أربعة جنود باكستانيين في اشتباك مع مسلحين تسللوا من أفغانستان", "ASSAULT", "اشتباك")
    assert _sides(e) == (["جنود باكستانيين"], ["مسلحين"])
    assert e.place is None


def test_assemble_a_proposal_rejected_is_not_the_rejecters_act(ex):
    e = _one(ex, "رفض مجلس الشيوخ مشروع قرار لسحب القوات الأمريكية من النيجر", "RETREAT", "لسحب")
    assert e.actors == ()
    e = _one(ex, "رفضت الحركة المقترح الأمريكي لوقف إطلاق النار", "RETREAT", "لوقف")
    assert e.actors == ()
    # (one agreed to is the one who agrees: "وافقت الحركة على المقترح لوقف إطلاق النار")
    e = _one(ex, "وافقت الحركة على المقترح الأمريكي لوقف إطلاق النار", "RETREAT", "لوقف")
    assert [a.text for a in e.actors] == ["الحركة"]


def test_assemble_a_protester_right_before_a_passive_verb_is_its_subject(ex):
    e = _one(ex, "أصدرت محكمة الثورة حكما بإعدام متظاهر أدين بإحراق مركز للشرطة", "SANCTION", "أدين")
    assert [t.text for t in e.targets] == ["متظاهر"]


def test_assemble_members_of_the_security_are_its_forces(ex):
    e = _one(ex, "اعتدى عناصر من الأمن على المحامين المعتصمين أمام المحكمة", "ASSAULT", "اعتدى")
    assert _codes(e.actors) == ["--- COP"]
    # (bare security is no one: "تعزيز الأمن")
    e = _one(ex, "دعا الوزير إلى تعزيز الأمن في المدينة", "REQUEST", "دعا")
    assert e.targets == ()


def test_assemble_a_village_struck_past_a_counted_subject(ex):
    e = _one(ex, "هاجم عشرات المستوطنين قرية بورين جنوب نابلس", "ASSAULT", "هاجم")
    assert _sides(e) == (["المستوطنين"], ["قرية بورين"])


def test_assemble_bodies_returned_are_no_toll(ex):
    e = _one(ex, "أعلن الجيش استعادة جثث ثلاثة رهائن من قطاع غزة في عملية عسكرية", "ASSAULT", "عملية")
    assert e.fatalities is None and e.targets == ()
    # (bodies recovered after a strike are its dead)
    e = _one(ex, "انتشلت فرق الدفاع المدني جثث خمسة أشخاص من تحت الأنقاض بعد الغارة", "ASSAULT", "الغارة")
    assert e.fatalities == 5


def test_assemble_the_toll_of_an_answered_act_a_verb_describes_is_its_own(ex):
    text = "ردت القوات على هجوم شنه مسلحون على حاجز أمني قتل فيه ثلاثة جنود"
    assert _types(ex, text) == ["ASSAULT"]
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert e.fatalities == 3 and [a.text for a in e.actors] == ["مسلحون"]


def test_assemble_tripolis_quarters_place_it_in_lebanon(ex):
    e = _one(ex, "اندلعت اشتباكات بين مسلحين في منطقة باب التبانة بطرابلس", "ASSAULT", "اشتباكات")
    assert e.place.country == "LBN"
    assert _codes(e.actors) == ["LBN REB"]


def test_assemble_a_closure_reaches_whom_it_shuts_out(ex):
    e = _one(ex, "أغلقت السلطات الأردنية المعبر أمام المسافرين السوريين", "COERCE", "أغلقت")
    assert _sides(e) == (["السلطات الأردنية"], ["المسافرين السوريين"])
    assert _codes(e.targets) == ["SYR CVL"]
    # (not goods: "أمام شاحنات المساعدات")
    e = _one(ex, "أغلقت السلطات المعبر أمام شاحنات المساعدات", "COERCE", "أغلقت")
    assert e.targets == ()


def test_assemble_the_bomber_the_acts_words_begin_with_makes_it(ex):
    e = _one(ex, "فجر انتحاري يرتدي حزاما ناسفا نفسه عند مدخل مركز للشرطة", "ASSAULT", "انتحاري")
    assert [a.text for a in e.actors] == ["انتحاري"]
    assert e.mode == "suicide-attack"


def test_assemble_charges_brought_reach_the_accused_not_the_body_joined(ex):
    e = _one(ex, "وجهت النيابة العامة تهمة الانضمام إلى جماعة إرهابية لعشرين متهما", "ACCUSE", "وجهت")
    assert [t.text for t in e.targets] == ["متهما"]
    e = _one(ex, "وجهت النيابة تهمة التحريض لناشطين", "ACCUSE", "وجهت")
    assert [t.text for t in e.targets] == ["لناشطين"]
    # (a charge's "لـ" after another verb of accusing is the act's: "بتقديم أسلحة لكييف")
    e = _one(ex, "اتهمت موسكو الغرب بتقديم أسلحة لكييف", "ACCUSE", "اتهمت")
    assert "لكييف" not in [t.text for t in e.targets]


def test_assemble_the_fire_of_the_security_is_its_forces(ex):
    e = _one(ex, "أصيب ثلاثة متظاهرين برصاص الأمن في مدينة الناصرية", "ASSAULT", "أصيب")
    assert _sides(e) == (["الأمن"], ["متظاهرين"])
    assert _codes(e.actors) == ["IRQ COP"]


def test_assemble_the_philadelphi_corridor_is_gazas_border(ex):
    e = _one(ex, "رفضت الحكومة الإسرائيلية الانسحاب من محور فيلادلفيا", "RETREAT", "الانسحاب")
    assert e.place.country == "PSE"


def test_assemble_a_craft_downed_is_its_launchers_not_where_it_was_headed(ex):
    e = _one(ex, "اعترضت المدمرة الأمريكية صواريخ كروز أطلقها الحوثيون باتجاه إسرائيل", "ASSAULT", "اعترضت")
    assert _sides(e) == (["المدمرة الأمريكية"], ["الحوثيون"])
    # (whence two were launched is no agent of their downing)
    e = _one(ex, "أسقطت فرقاطة فرنسية مسيرتين أطلقتا من اليمن", "ASSAULT", "مسيرتين")
    assert _codes(e.actors) == ["FRA MIL"]


def test_assemble_a_killing_then_another_act_after_kama_are_two_acts_of_one_side(ex):
    text = "قال الجيش إن قواته قتلت 20 مسلحا في شمال القطاع، كما دمرت عشرات المنازل"
    e = _one(ex, text, "ASSAULT", "قتلت")
    assert _sides(e) == (["قواته"], ["مسلحا"]) and e.fatalities == 20
    e = _one(ex, text, "ASSAULT", "دمرت")
    assert [a.text for a in e.actors] == ["قواته"] and e.fatalities is None


def test_assemble_a_kill_verbs_toll_is_counted_past_a_time(ex):
    e = _one(ex, "قتلت القوات أمس 20 مسلحا في ريف المحافظة", "ASSAULT", "قتلت")
    assert e.fatalities == 20
    e = _one(ex, "قال الجيش إن قواته قتلت خلال الساعات الأربع والعشرين الماضية أكثر من 30 مسلحا", "ASSAULT", "قتلت")
    assert e.fatalities == 30


def test_assemble_an_acts_noun_joined_to_the_one_before_shares_its_status(ex):
    text = "تسعى قطر للتوصل إلى اتفاق لوقف إطلاق النار وتبادل الأسرى"
    assert _one(ex, text, "RETREAT", "تبادل").modality.value == "possible"
    # (one joined to an act told as done is done)
    assert _one(ex, "أعلنت الحكومة وقف إطلاق النار وتبادل الأسرى", "RETREAT", "تبادل").modality.value == "asserted"


def test_assemble_a_militias_word_heads_the_name_after_it(ex):
    e = _one(ex, "هاجمت ميليشيا حزب الله مواقع الجيش في الجنوب", "ASSAULT", "هاجمت")
    assert _sides(e) == (["ميليشيا حزب الله"], ["مواقع الجيش"])
    e = _one(ex, "هاجمت ميليشيا الجنجويد قرى في غرب دارفور", "ASSAULT", "هاجمت")
    assert _codes(e.actors) == ["SDN REB"] and [t.text for t in e.targets] == ["قرى"]


def test_assemble_an_israeli_post_struck_from_lebanon_is_israels(ex):
    e = _one(ex, "أعلن حزب الله أن مقاتليه استهدفوا ثكنة زرعيت بالأسلحة الصاروخية", "ASSAULT", "استهدفوا")
    assert _codes(e.targets) == ["ISR MIL"] and e.place.country == "ISR"
    e = _one(ex, "استهدف حزب الله مستوطنة المطلة بالصواريخ", "ASSAULT", "استهدف")
    assert e.place.country == "ISR"


def test_assemble_staff_named_by_where_they_work_keep_its_words(ex):
    e = _one(ex, "شن الحوثيون حملة اعتقالات طالت عشرات الموظفين في المنظمات الدولية بصنعاء", "COERCE", "اعتقالات")
    assert [t.text for t in e.targets] == ["الموظفين في المنظمات الدولية"]


def test_assemble_the_sites_of_the_side_that_repels_are_not_the_attackers(ex):
    e = _one(ex, "أعلنت القوات المشتركة صد هجوم حوثي على مواقعها غرب تعز", "ASSAULT", "هجوم")
    assert _codes(e.actors) == ["YEM REB"] and _codes(e.targets) == ["YEM MIL"]


@pytest.mark.parametrize("text, target", [
    ("أطلقت البحرية النار على صياد مصري قبالة سواحل رفح", "صياد مصري"),
    ("اعتدى مستوطنون على تاجر فلسطيني في سوق الخليل", "تاجر فلسطيني"),
])
def test_assemble_a_fisherman_or_a_trader_named_alone_is_a_target(ex, text, target):
    # the plural forms were people already; one man of the trade named bare is one too
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert [t.text for t in e.targets] == [target]
    assert e.targets[0].sector == "CVL"


def test_assemble_a_fire_set_in_it_burns_the_thing_not_the_place_before(ex):
    # "فيه" after a fire set names the building stormed, not the city after it that the
    # pronoun of a kidnap would be read as the owner of
    text = "هاجم متظاهرون غاضبون مقر البرلمان في بغداد وأضرموا النار فيه"
    (e,) = [e for e in ex.extract(text) if e.trigger.text.startswith("أضرموا")]
    assert [t.text for t in e.targets] == ["مقر البرلمان"]
    assert e.place.text == "بغداد"
    # control: one kidnapped from a house is the owner named before the verb
    (e,) = [e for e in ex.extract("اقتحم مسلحون منزل مسؤول محلي واختطفوه") if e.trigger.text == "اختطفوه"]
    assert [t.sector for t in e.targets] == ["GOV"]


def test_assemble_a_storming_told_with_its_crowd_stays_beside_the_fire_they_set(ex):
    # "اقتحم المحتجون" names the riot and its rioters at once; the cars they burn after it
    # are a second act, not a reason to drop the storming as a bare crowd's protest
    text = "اقتحم المحتجون مبنى المحكمة في الناصرية وأحرقوا سيارات الشرطة"
    events = ex.extract(text)
    assert sorted((e.type, e.mode) for e in events) == [("PROTEST", "riot"), ("PROTEST", "vandalize")]
    (riot,) = [e for e in events if e.mode == "riot"]
    assert [t.text for t in riot.targets] == ["مبنى المحكمة"]


@pytest.mark.parametrize("text, side, mention", [
    ("هاجمت مجموعات إرهابية حاجزا للجيش في ريف درعا", "actors", "مجموعات إرهابية"),
    ("أحبط الجيش هجوما لتنظيمات إرهابية على بلدة في ريف اللاذقية", "actors", "لتنظيمات إرهابية"),
])
def test_assemble_terrorist_groups_in_the_plural_are_one_band(ex, text, side, mention):
    # the singular "مجموعة إرهابية" was a band; its plural is one too, not the adjective
    # "إرهابية" alone read as a terrorist
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert [(a.text, a.sector) for a in getattr(e, side)] == [(mention, "REB")]


def test_assemble_an_air_strike_by_a_drone_is_the_drone_states(ex):
    # "غارة جوية" before the drone that made it is one drone strike, by the state its
    # adjective names, as "غارة بطائرة مسيرة" was
    text = "قتل أربعة مسلحين في غارة جوية بطائرة مسيرة أمريكية على سيارتهم في محافظة شبوة"
    (e,) = ex.extract(text)
    assert (e.type, e.mode) == ("ASSAULT", "drone")
    assert [(a.country, a.sector) for a in e.actors] == [("USA", "MIL")]
    assert e.fatalities == 4


def test_assemble_the_gulf_council_states_keep_their_adjective(ex):
    # "دول مجلس التعاون" was a side; its adjective "الخليجي" is part of the name, not a
    # word left over after it
    text = "أدان وزراء خارجية دول مجلس التعاون الخليجي الهجوم على ناقلة النفط"
    (e,) = [e for e in ex.extract(text) if e.type == "ACCUSE"]
    assert [a.text for a in e.actors] == ["وزراء خارجية دول مجلس التعاون الخليجي"]


def test_assemble_a_dispersal_as_purpose_is_the_shooters_not_the_crowds(ex):
    # the protesters the shooting reached are read as a protest of their own; the purpose
    # after them ("لتفريقهم") is still the shooters'
    text = "أطلقت قوات الأمن الرصاص المطاطي على المتظاهرين لتفريقهم في ساحة الشهداء"
    (e,) = [e for e in ex.extract(text) if e.trigger.text == "لتفريقهم"]
    assert [a.text for a in e.actors] == ["قوات الأمن"]
    assert [t.text for t in e.targets] == ["المتظاهرين"]
    # control: a purpose after the protest itself is the protesters'
    (e,) = [e for e in ex.extract("تظاهر المئات في بغداد للمطالبة بالإصلاح") if e.type == "REQUEST"]
    assert [a.text for a in e.actors] == ["المئات"]


@pytest.mark.parametrize("text, actor, sector", [
    ("داهمت الوحدات الأمنية مخبأ للمسلحين في ريف دير الزور", "الوحدات الأمنية", "COP"),
    ("اعتقلت الشرطة العسكرية ضابطين بتهمة الفرار", "الشرطة العسكرية", "MIL"),
])
def test_assemble_security_units_and_military_police_are_forces(ex, text, actor, sector):
    # "الشرطة العسكرية" is the army's police, not the police with an adjective left out
    (e,) = ex.extract(text)
    assert [(a.text, a.sector) for a in e.actors] == [(actor, sector)]


@pytest.mark.parametrize("text, side, code", [
    ("رفضت طهران المقترح الأوروبي بشأن برنامجها النووي", "targets", ("IGO", "IGO")),
    ("فرضت عقوبات أوروبية جديدة على شركات إيرانية", "actors", ("IGO", "IGO")),
    ("لوحت أنقرة بفرض عقوبات على شركات أوروبية", "targets", (None, "BUS")),
])
def test_assemble_the_european_nisba_is_the_union_or_one_of_its_states(ex, text, side, code):
    # a stance or a measure called European is the union's; the firms and people so called
    # are of a member state the text does not name, not of the state the sentence is about
    (e,) = ex.extract(text)
    assert [(a.country, a.sector) for a in getattr(e, side)] == [code]


def test_assemble_a_kill_verbs_form_with_its_killer_then_li_is_the_verbal_noun(ex):
    # "قتل قوات الاحتلال لشاب": no verb takes its object after "لـ", so the word is the
    # killing, its genitive the killer, not a verb whose subject is the condemner
    text = "أدانت الخارجية الأردنية قتل قوات الاحتلال لطفل فلسطيني في نابلس"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert [a.text for a in e.actors] == ["قوات الاحتلال"]
    assert [t.text for t in e.targets] == ["لطفل فلسطيني"]
    # control: a verb of attack that takes "لـ" stays a verb with its subject after it
    (e,) = [e for e in ex.extract("تصدت القوات الحكومية للمهاجمين قرب الحدود") if e.type == "ASSAULT"]
    assert "slot.vso" in e.rules


@pytest.mark.parametrize("text", [
    "وجهت النيابة تهمة القتل العمد لثلاثة متهمين في القضية",
    "وجهت المحكمة تهمة الخيانة لخمسة ضباط",
])
def test_assemble_charges_brought_to_a_count_after_li(ex, text):
    # a number's word carries "لـ" as "لعشرين" did: whom the charge is brought to is
    # counted after it, whatever the number
    (e,) = [e for e in ex.extract(text) if e.type == "ACCUSE"]
    assert len(e.targets) == 1 and e.targets[0].text in ("متهمين", "ضباط")
    assert "slot.target-prep" in e.rules


def test_assemble_a_killing_noun_with_its_killer_and_a_count_after_li(ex):
    # "بقتل الشرطة لثلاثة متظاهرين": the killer in the genitive, the killed counted after
    # "لـ"; an act, not a death word of the background
    text = "أدانت المنظمة قتل الجنود لأربعة مزارعين قرب القرية"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert [a.text for a in e.actors] == ["الجنود"]
    assert [t.text for t in e.targets] == ["مزارعين"]


def test_assemble_the_unarmed_hurt_in_a_clash_were_shot_by_the_forces_they_clashed_with(ex):
    # the hurt named by the count are the civilians; the forces after "مع" shot them (armed
    # men killed in a clash stay its side: "قتل عشرة جنود في اشتباكات مع مسلحي التنظيم")
    text = "إصابة 12 شابا بالرصاص المطاطي في مواجهات مع قوات الاحتلال في بلدة بيتا"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert [(a.country, a.sector) for a in e.actors] == [("ISR", "MIL")]
    assert [(t.text, t.sector) for t in e.targets] == [("شابا", "CVL")]
    (e,) = [e for e in ex.extract("قتل عشرة جنود في اشتباكات مع مسلحي التنظيم") if e.type == "ASSAULT"]
    assert [a.sector for a in e.actors] == ["MIL"] and [t.sector for t in e.targets] == ["REB"]


def test_assemble_an_officer_named_by_his_rank_is_one_killed(ex):
    (e,) = ex.extract("اغتيل العقيد برصاص مسلحين مجهولين أمام منزله في مدينة بنغازي")
    assert e.fatalities == 1


def test_assemble_jewish_extremists_are_coded_as_settlers(ex):
    # not an armed group of the West Bank they attack in: Israel's civilians, as settlers
    (e,) = ex.extract("أضرم متطرفون يهود النار في منزل فلسطيني في قرية دوما جنوب نابلس")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("متطرفون يهود", "ISR", "CVL")]


def test_assemble_one_convicted_in_a_clause_after_him_is_the_antecedent(ex):
    # "مواطنا أدين بالانضمام إلى خلية": the body he joined, past "إلى", is no one convicted
    text = "نفذت السلطات حكم الإعدام بحق رجل أدين بالانتماء إلى تنظيم إرهابي"
    (e,) = [e for e in ex.extract(text) if e.type == "SANCTION"]
    assert [t.text for t in e.targets] == ["رجل"]
    # control: the count of the passive's subject after it ("عدد من") is still read
    (e,) = [e for e in ex.extract("اعتقل عدد من المحتجين من جانب الشرطة في بغداد") if e.type == "COERCE"]
    assert [t.sector for t in e.targets] == ["OPP"]


@pytest.mark.parametrize("text", [
    "اعتقلت السلطات مدونا بسبب منشورات تنتقد الحكومة",
    "رفع المحتجون لافتات تطالب برحيل الحكومة",
])
def test_assemble_a_verb_on_a_noun_before_it_takes_the_phrase_after_as_its_object(ex, text):
    # "منشورات تنتقد الحكومة": the posts criticise the government; it is no subject of
    # the verb of a clause on the noun before it
    (e,) = [e for e in ex.extract(text) if e.trigger.text in ("تنتقد", "تطالب")]
    assert "الحكومة" not in [a.text for a in e.actors]
    assert [t.text for t in e.targets] == ["الحكومة"]


def test_assemble_a_military_uniform_is_no_soldier(ex):
    # "زيا عسكريا": the accusative adjective of the uniform, not a soldier killed
    (e,) = ex.extract("قتل مسلحون يرتدون زيا عسكريا خمسة قرويين قرب المدينة")
    assert [(t.text, t.sector) for t in e.targets] == [("قرويين", "CVL")]


def test_assemble_takfiris_counted_in_the_accusative_are_the_killed(ex):
    (e,) = ex.extract("أعلن الجيش مقتل 9 تكفيريا في مداهمة بوسط سيناء")
    assert [(t.text, t.sector) for t in e.targets] == [("تكفيريا", "REB")]


def test_assemble_a_relative_abduction_verb_with_an_object_is_active(ex):
    # "الرجال الذين اختطفوا رجل الأعمال": an object after the verb makes it active, its
    # antecedent the abductor; without one the antecedent is the abducted, soldiers too
    text = "اعتقلت الشرطة الرجال الذين اختطفوا تاجرا في طرابلس"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["الرجال"], ["تاجرا"])
    (e,) = [e for e in ex.extract("أفرج عن الجنود الذين خطفوا قرب الحدود") if e.type == "ASSAULT"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == ([], ["الجنود"])
    # control: a count is an object too ("الذين اختطفوا ثلاثة أطفال")
    text = "اعتقلت الشرطة المسلحين الذين اختطفوا ثلاثة أطفال من مدرستهم"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["المسلحين"], ["أطفال"])


@pytest.mark.parametrize("text, doer, killed, n", [
    ("استنكر الحزب قتل الشرطة لأربعة متظاهرين في مدينة الناصرية", "الشرطة", "متظاهرين", 4),
    ("أدانت الحكومة قتل المسلحين لعشرات القرويين في الولاية", "المسلحين", "القرويين", 12),
    ("نددت الرئاسة بقتل الجنود لشاب في مدينة جنين", "الجنود", "لشاب", 1),
])
def test_assemble_a_kill_nouns_count_after_li_is_its_toll(ex, text, doer, killed, n):
    # "بقتل الشرطة لأربعة متظاهرين": the doer, then the killed after "لـ", counted
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets], e.fatalities) == ([doer], [killed], n)


def test_assemble_the_convicted_before_a_passive_verb_past_their_number(ex):
    # "رجلين اثنين أدينا": the number after what it counts stands between the two
    text = "نفذت السلطات حكم الإعدام بحق شقيقين اثنين أدينا بقتل شرطي"
    (e,) = [e for e in ex.extract(text) if e.type == "SANCTION"]
    assert [t.text for t in e.targets] == ["شقيقين"]


@pytest.mark.parametrize("text, accused", [
    ("اعتقلت الشرطة رجلا اتهم بالتجسس لصالح دولة أجنبية", "رجلا"),
    ("أفرجت السلطات عن ناشط اتهم بإهانة الرئيس", "ناشط"),
    ("اعتقلت الشرطة شابين اثنين اتهما بالسرقة", "شابين"),
])
def test_assemble_an_accusation_verb_with_the_charge_right_after_is_passive(ex, text, accused):
    # "رجلا اتهم بالتجسس": no one accused between the verb and its charge, so the verb is
    # the passive and the man before it the accused, not the accuser
    (e,) = [e for e in ex.extract(text) if e.type == "ACCUSE"]
    assert accused in [t.text for t in e.targets] and accused not in [a.text for a in e.actors]
    # control: a name that begins with "با" is the accused, not a charge
    (e,) = [e for e in ex.extract("اتهمت باكستان الهند بدعم المتمردين") if e.type == "ACCUSE"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["باكستان"], ["الهند"])


def test_assemble_a_charge_after_a_passive_accusation_is_no_act(ex):
    # "اتهموا بالتخريب": what they are accused of is no act told
    assert [e.type for e in ex.extract("اعتقلت الشرطة ثلاثة شبان اتهموا بالتخريب")] == ["COERCE", "ACCUSE"]


@pytest.mark.parametrize("text, held", [
    ("أصيب طفل برصاص جنود الاحتلال على حاجز عسكري قرب بلدة تياسير", "طفل"),
    ("اعتقلت قوات الاحتلال ثلاثة شبان على حاجز عسكري قرب بلدة تياسير", "شبان"),
])
def test_assemble_the_one_befallen_named_then_on_a_site_is_the_target(ex, text, held):
    # "أصيب طفل برصاص الجنود على حاجز": the passive's subject (or the arrested, past
    # their count) is named first; what follows "على" is where, no target
    (e,) = ex.extract(text)
    assert [t.text for t in e.targets] == [held]


def test_assemble_a_checkpoint_named_after_its_village_is_there(ex):
    # "حاجز تياسير": the checkpoint is named after the village it stands by, as "سجن صيدنايا"
    (e,) = ex.extract("أغلقت قوات الاحتلال حاجز تياسير أمام حركة المواطنين")
    assert (e.place.text, e.place.country) == ("تياسير", "PSE")
    assert [(t.text, t.country) for t in e.targets] == [("حركة المواطنين", "PSE")]


def test_assemble_martyrs_killed_are_civilians(ex):
    # "شهداء": the killed as the Palestinian and Lebanese press name them
    (e,) = ex.extract("ارتقى أربعة شهداء في قصف إسرائيلي على مدينة رفح")
    assert [(t.text, t.country, t.sector) for t in e.targets] == [("شهداء", "PSE", "CVL")]
    assert e.fatalities == 4


def test_assemble_the_killed_a_relative_clause_is_on_keep_their_killer(ex):
    # "المدنيين الذين قتلوا برصاص الجيش": the antecedent is the killed, and the one after
    # "برصاص" who killed them; the act is told, not dropped for want of a side
    (e,) = ex.extract("قال الأهالي إن المزارعين الذين قتلوا برصاص الجيش كانوا عزلا")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["الجيش"], ["المزارعين"])


def test_assemble_a_relative_clauses_antecedent_past_its_number(ex):
    # "الشهداء الثلاثة الذين سقطوا": the number after the noun stands before the pronoun
    (e,) = ex.extract("شيع المئات جثامين الصيادين الأربعة الذين قتلوا برصاص خفر السواحل")
    assert [t.text for t in e.targets] == ["الصيادين"]
    assert e.fatalities == 4


def test_assemble_an_agreement_between_sides_named_by_their_nisba(ex):
    # "بين الفرقاء الليبيين": no side named apart, the rivals of the state are the sides
    (e,) = [e for e in ex.extract("أشاد الوزير بالاتفاق الموقع بين الفرقاء السودانيين") if e.type == "AGREE"]
    assert [(a.text, a.country) for a in e.actors] == [("الفرقاء السودانيين", "SDN")]
    # control: sides named before are the two ("بين البلدين")
    (e,) = [e for e in ex.extract("وقعت مصر والسودان اتفاقا للتعاون الأمني بين البلدين") if e.type == "AGREE"]
    assert [a.country for a in (*e.actors, *e.targets)] == ["EGY", "SDN"]


@pytest.mark.parametrize("text, killer", [
    ("طعن شاب جنديا عند مدخل البلدة قبل أن يستشهد برصاص الجنود", "الجنود"),
    ("هاجم شاب حارسا بسكين قبل أن يقتل برصاص الشرطة", "الشرطة"),
    ("أطلق مسلح النار على المارة قبل أن تقتله قوات الأمن", "قوات الأمن"),
])
def test_assemble_the_attackers_death_after_his_attack_is_an_act_on_him(ex, text, killer):
    # "قبل أن يقتل برصاص الجنود": what befell the attacker after his attack is an act of its
    # own, and he is its target
    first, then = ex.extract(text)
    assert [a.text for a in then.actors] == [killer]
    assert [t.text for t in then.targets] == [first.actors[0].text]
    # control: a count after the verb is the attack's own toll, no act on the attacker
    (e,) = ex.extract("هاجم مسلح سوقا قبل أن يقتل ثلاثة أشخاص")
    assert e.fatalities == 3


def test_assemble_international_forces_are_a_coalition(ex):
    # "القوات الدولية": a multinational force named by its adjective alone, IGO MIL
    (e,) = ex.extract("تعرضت دورية للقوات الدولية لإطلاق نار قرب بلدة شقرا")
    assert [(t.country, t.sector) for t in e.targets] == [("IGO", "MIL")]


def test_assemble_a_pronoun_on_an_acts_noun_before_its_agent_is_the_patient(ex):
    # "بعد قصفه من قبل الطائرات": with the agent after "من قبل", the pronoun is whom it
    # was done to, the hospital told before
    text = "قال مدير الصحة إن المستشفى توقف عن العمل بعد قصفه من قبل الطائرات الحربية"
    (e,) = [e for e in ex.extract(text) if e.type == "ASSAULT"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["الطائرات الحربية"], ["المستشفى"])


def test_assemble_a_killers_indefinite_adjective_before_the_count(ex):
    # "قوة إسرائيلية خاصة ثلاثة مقاومين": the killers' adjective, then the count killed
    (e,) = ex.extract("اغتالت قوة أمريكية خاصة أربعة قادة من التنظيم في غارة ليلية")
    assert e.fatalities == 4


def test_assemble_talks_that_name_a_committee_are_no_act(ex):
    # "لجنة التفاوض": a committee named by its talks; the meeting it holds is the act
    (e,) = ex.extract("عقدت لجنة التفاوض اجتماعا مع ممثلي الحكومة في العاصمة")
    assert e.trigger.text == "اجتماعا"
    # control: the delegation, then its own visit, is no name
    (e,) = ex.extract("يبدأ الوفد زيارته إلى القاهرة غدا")
    assert e.trigger.text == "زيارته"


def test_assemble_a_car_of_another_state_is_its_peoples(ex):
    # "سيارة فلسطينية" fired on by soldiers: the car's nisba names its people, not their state
    (e,) = ex.extract("أطلق جنود الاحتلال النار على سيارة فلسطينية قرب البلدة")
    assert [(t.country, t.sector) for t in e.targets] == [("PSE", "CVL")]
    # control: a position of another state is its state's
    (e,) = ex.extract("قصفت القوات الروسية موقعا أوكرانيا قرب المدينة")
    assert [(t.country, t.sector) for t in e.targets] == [("UKR", "GOV")]


def test_assemble_armed_men_believed_of_a_band_named_by_its_noun(ex):
    # "مسلحون يعتقد أنهم من قطاع الطرق": the hedge and the band are the subject's words;
    # the object follows them
    text = "اختطف مسلحون يعتقد أنهم من قطاع الطرق أربعة مزارعين في ولاية كاتسينا"
    (e,) = ex.extract(text)
    assert [a.text for a in e.actors] == ["مسلحون يعتقد أنهم من قطاع الطرق"]
    assert [t.text for t in e.targets] == ["مزارعين"]


def test_assemble_an_act_and_its_verb_past_the_clause_that_takes_it_back(ex):
    # "الهجوم الذي نفذه مسلحون استهدف": the relative clause says who did the attack, the verb
    # after it what it targeted; one attack, not two
    (e,) = ex.extract("وكان الهجوم الذي تبناه التنظيم قد استهدف قافلة للجيش قرب مدينة الرمادي")
    assert e.trigger.text == "الهجوم"
    assert [a.text for a in e.actors] == ["التنظيم"]
    assert [t.text for t in e.targets] == ["قافلة للجيش"]
    (e,) = ex.extract("الغارة التي شنتها الطائرات الحربية استهدفت منزلا في بلدة بنش")
    assert [t.text for t in e.targets] == ["منزلا"]


def test_assemble_a_lawyer_in_the_indefinite_defective_form(ex):
    # "محام": a lawyer, the indefinite form that drops its final ya
    (e,) = ex.extract("قتل محام برصاص مجهولين في مدينة البصرة")
    assert [(t.text, t.sector) for t in e.targets] == [("محام", "CVL")]


def test_assemble_who_inquires_into_a_killing_did_not_do_it_when_it_reports(ex):
    # "قالت الشرطة إنها فتحت تحقيقا في مقتل": the reporter opened the inquiry, it is not the
    # killer of whom the inquiry is into
    evs = ex.extract("وقالت الشرطة إنها فتحت تحقيقا في ملابسات مقتل محام داخل مكتبه بمدينة الموصل")
    (kill,) = [e for e in evs if e.type == "ASSAULT"]
    assert kill.actors == ()
    assert [t.text for t in kill.targets] == ["محام"]
    # control: the killer told after the act stays
    evs = ex.extract("قال الجيش إنه فتح تحقيقا في مقتل الصحفية برصاص جنوده")
    (kill,) = [e for e in evs if e.type == "ASSAULT"]
    assert [a.text for a in kill.actors] == ["جنوده"]


def test_assemble_who_repelled_an_attack_goes_on_against_its_makers(ex):
    # "صد الجيش هجوما للمتمردين وكبدهم خسائر": the verb joined after a repelled attack is the
    # repeller's, against those who attacked (it had the attackers as its subject)
    evs = ex.extract("صدت القوات الحكومية هجوما للمسلحين على بلدة مايدوغوري وكبدتهم خسائر فادحة")
    (after,) = [e for e in evs if e.trigger.text.startswith("كبدتهم")]
    assert [a.text for a in after.actors] == ["القوات الحكومية"]
    assert [t.text for t in after.targets] == ["للمسلحين"]
    evs = ex.extract("تصدت قوات الأمن لهجوم شنه مسلحون على بلدة الكرمة واعتقلت عددا منهم")
    (arrest,) = [e for e in evs if e.type == "COERCE"]
    assert [a.text for a in arrest.actors] == ["قوات الأمن"]
    assert [t.text for t in arrest.targets] == ["مسلحون"]


def test_assemble_a_mediation_between_the_two_sides_is_the_mediators(ex):
    # "أكدت الخارجية القطرية أن الدوحة تواصل جهود الوساطة بين الطرفين": the reporter and the
    # mediator named before are not the two sides it mediates between; nor, after it, are
    # they the sides of the truce sought
    evs = ex.extract("أكدت الخارجية المصرية أن القاهرة تواصل جهود الوساطة بين الطرفين "
                     "للتوصل إلى اتفاق لوقف إطلاق النار")
    (talks,) = [e for e in evs if e.type == "CONSULT"]
    assert [a.text for a in talks.actors] == ["القاهرة"]
    assert [t.text for t in talks.targets] == ["الطرفين"]
    (truce,) = [e for e in evs if e.type == "RETREAT"]
    assert [(a.text, a.country) for a in truce.actors] == [("الطرفين", None)]


def test_assemble_mediators_in_the_plural_mediate(ex):
    # "توسطوا": the mediation verb in the plural and the dual tells one too
    (e,) = ex.extract("وكان الوسطاء الأفارقة قد توسطوا بين الجيش والمتمردين في جوبا")
    assert (e.type, e.trigger.text) == ("CONSULT", "توسطوا")
    assert [t.text for t in e.targets] == ["الجيش", "المتمردين"]


def test_assemble_a_clash_feared_past_what_would_lead_to_it_is_possible(ex):
    # "يخشى مراقبون أن تؤدي هذه الخطوة إلى اندلاع مواجهات": the fear reaches past what would
    # bring the clashes about
    (e,) = ex.extract("ويخشى سكان أن تؤدي هذه الخطوة إلى اندلاع مواجهات مسلحة بين العشائر")
    assert e.type == "ASSAULT"
    assert e.modality == ce.Modality.POSSIBLE


def test_assemble_own_heavy_weapons_handed_in_past_their_adjective(ex):
    # "أسلحتهم الثقيلة": an adjective of the pattern فعيل after the weapons with their holders'
    # pronoun is no genitive; the weapons are handed in
    (e,) = ex.extract("سلم عناصر الفصائل أسلحتهم الثقيلة للجيش في مدينة بصرى الشام")
    assert (e.type, e.mode) == ("RETREAT", "disarm")
    assert [a.text for a in e.actors] == ["عناصر الفصائل"]


def test_assemble_a_local_official_within_a_body(ex):
    # "مسؤولا محليا في حركة فتح": "محليا" is the title's own adjective, the body after "في"
    # the one he belongs to
    (e,) = ex.extract("اغتال مجهولون مسؤولا محليا في حركة فتح قرب مدينة صيدا")
    assert [(t.text, t.country) for t in e.targets] == [("مسؤولا محليا في حركة فتح", "PSE")]


def test_assemble_the_seized_led_away_is_one_act(ex):
    # "اختطف مسلحون قاضيا واقتادوه إلى جهة مجهولة": leading away whom they took is that
    # abduction, not an arrest of its own
    (e,) = ex.extract("خطف مسلحون طبيبا في مدينة سبها واقتادوه إلى جهة مجهولة")
    assert (e.type, e.mode) == ("ASSAULT", "abduct")
    (e,) = ex.extract("اعتقلت الشرطة الناشط ثم اقتادته إلى جهة مجهولة")
    assert (e.type, e.mode, e.trigger.text) == ("COERCE", "arrest", "اعتقلت")


def test_assemble_an_act_answered_right_after_the_weapon_is_its_own(ex):
    # "قصفت ... برشقة صاروخية ردا على غارة": the act answered is another, not the shelling
    evs = ex.extract("قالت الحركة إنها قصفت بلدة سديروت برشقة صاروخية ردا على غارة جوية")
    assert [e.trigger.text for e in evs] == ["قصفت", "غارة جوية"]


def test_assemble_security_named_alone_after_its_act_is_the_forces(ex):
    # "اعتقل الأمن ثلاثة مطلوبين": "الأمن" as the subject of an arrest or a raid is the
    # state's security forces, with no state's adjective after it
    (e,) = ex.extract("اعتقل الأمن ثلاثة مطلوبين في مدينة المفرق")
    assert [(a.text, a.sector) for a in e.actors] == [("الأمن", "COP")]
    # control: security itself is no one
    (e,) = ex.extract("قتل شرطي في هجوم يهدد الأمن والاستقرار في مدينة المفرق")
    assert e.actors == ()


def test_assemble_where_an_occupying_force_acts_is_not_its_own_state(ex):
    # "صادرت قوات الاحتلال خيمة في قرية ...": a village the gazetteer lacks is not placed in
    # the occupier's state; with a state named besides, in that one
    (e,) = ex.extract("صادرت قوات الاحتلال خيمة في قرية الدير")
    assert (e.place.text, e.place.country) == ("قرية الدير", None)
    (e,) = ex.extract("صادرت قوات الاحتلال خيمة لعائلة فلسطينية في قرية الدير")
    assert (e.place.text, e.place.country) == ("قرية الدير", "PSE")


def test_assemble_a_states_missiles_destroyed_are_its_armys(ex):
    # "دمرت الدفاعات الجوية 12 صاروخا أوكرانيا": missiles of a state destroyed are its
    # army's arms, not civilians' property
    (e,) = ex.extract("دمرت الدفاعات الجوية الإسرائيلية صاروخا إيرانيا فوق مدينة إيلات")
    assert [(t.text, t.country, t.sector) for t in e.targets] == [("صاروخا إيرانيا", "IRN", "MIL")]


def test_assemble_a_states_military_site_struck_by_any_side_is_its_armys(ex):
    # "مواقع أذربيجانية", "موقعا إسرائيليا": a military site with a state's nisba is its army's,
    # whoever strikes it (a government or an armed group, not only a state's forces)
    (e,) = ex.extract("أعلنت الحركة أنها قصفت موقعا إسرائيليا قرب الحدود")
    assert [(t.country, t.sector) for t in e.targets] == [("ISR", "MIL")]
    (strike,) = [x for x in ex.extract("اتهمت أذربيجان أرمينيا بقصف مواقع أذربيجانية في منطقة كلبجار")
                 if x.type == "ASSAULT"]
    assert [(t.country, t.sector) for t in strike.targets] == [("AZE", "MIL")]


def test_assemble_ones_country_is_a_state_not_the_union_spoken_with(ex):
    text = "وقال وزير الخارجية الإيراني خلال اتصال مع مسؤول في الاتحاد الأوروبي إن بلاده سترد بقوة على أي هجوم"
    e = _one(ex, text, "THREATEN", "سترد بقوة")
    assert _codes(e.actors) == ["IRN GOV"]


def test_assemble_the_press_one_speaks_to_is_no_journalist(ex):
    e = _one(ex, "ورحب الأمين العام للأمم المتحدة في مؤتمر صحفي بالاتفاق", "SUPPORT", "رحب")
    assert e.targets == ()
    e = _one(ex, "واعتقلت الشرطة صحفيا في المدينة", "COERCE", "اعتقلت")
    assert [t.sector for t in e.targets] == ["JRN"]


def test_assemble_a_phone_call_is_made_by_who_acts_in_it(ex):
    text = "ودعا أمير الكويت، في اتصال هاتفي مساء أمس، أمير قطر إلى ضبط النفس"
    call = _one(ex, text, "CONSULT", "اتصال هاتفي")
    assert (_codes(call.actors), _codes(call.targets), call.modality) == (
        ["KWT GOV"], ["QAT GOV"], ce.Modality.ASSERTED)
    assert "slot.medium" in call.rules
    text = "بحث رئيس الحكومة الليبية، فائز السراج، في اتصال هاتفي مع الرئيس التركي أمس تطورات الأوضاع"
    (talks,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT"]
    assert (talks.mode, _codes(talks.actors), _codes(talks.targets)) == ("phone", ["LBY GOV"], ["TUR GOV"])


def test_assemble_a_cue_of_a_relative_clause_stays_out_of_the_reported_one(ex):
    text = "وأفاد مصدر أمني، طلب عدم الكشف عن هويته، بأن اشتباكات عنيفة اندلعت فجر اليوم بين الجيش والمسلحين"
    assert _one(ex, text, "ASSAULT", "اشتباكات").modality == ce.Modality.ASSERTED
    # (a negation in its own clause still holds)
    text = "وأكد المصدر عدم وقوع اشتباكات بين الجيش والمسلحين"
    assert _one(ex, text, "ASSAULT", "اشتباكات").modality == ce.Modality.NEGATED


def test_assemble_a_participle_after_a_reported_clause_is_the_speakers(ex):
    text = ("وقال المتحدث العسكري باسم الحوثيين إن الغارات الأمريكية أسفرت عن مقتل خمسة من عناصر الجماعة، "
            "متوعدا بأن الهجوم لن يمر دون رد")
    e = _one(ex, text, "THREATEN", "متوعدا")
    assert _codes(e.actors) == ["YEM REB"] and "slot.participle" in e.rules
    # (after a clause of one's own the subject is still that clause's)
    e = _one(ex, "أدان الرئيس المصري الهجوم، داعيا إلى ضبط النفس", "REQUEST", "داعيا")
    assert _codes(e.actors) == ["EGY GOV"]


def test_assemble_a_date_of_a_clause_a_relative_one_governs_is_not_the_participles(ex):
    text = ("أعلن المتحدث باسم الحوثيين اليوم الموافقة على الهدنة، والتي يفترض أن تبدأ مساء الثلاثاء المقبل، "
            "محذرا من أن أي خرق لها سيقابل بالرد")
    e = _one(ex, text, "THREATEN", "محذرا")
    assert e.modality == ce.Modality.ASSERTED
    assert e.date is None or e.date.start == DATE


def test_assemble_a_date_of_anothers_act_before_the_comma_is_not_the_participles(ex):
    text = ("واتهمت منظمة العفو الدولية، في تقرير أصدرته امس، الجيش بشن غارات على قرى الإقليم منذ عام 2012، "
            "مطالبة الحكومة بفتح تحقيق مستقل")
    e = _one(ex, text, "REQUEST", "مطالبة")
    assert e.modality == ce.Modality.ASSERTED and e.date.start.isoformat() == "2016-08-29"


def test_assemble_an_act_accused_of_is_told_by_its_own_time(ex):
    text = "اتهمت منظمة العفو الدولية، في تقرير أصدرته امس، الجيش بشن غارات على قرى الإقليم منذ عام 2012"
    assert _one(ex, text, "ACCUSE", "اتهمت").date.start.isoformat() == "2016-08-29"
    assert _one(ex, text, "ASSAULT", "غارات").date.start.isoformat() == "2012-01-01"


def test_assemble_an_act_done_under_an_order_is_not_called_for(ex):
    e = _one(ex, "فرض الرئيس الأمريكي، بموجب أمر تنفيذي، عقوبات مالية على قادة الجماعة", "SANCTION", "عقوبات")
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_an_attack_to_be_stopped_is_a_ceasefire(ex):
    text = "ودعا المبعوث الأممي جماعة الحوثي إلى وقف هجومها على مأرب فورا"
    e = _one(ex, text, "RETREAT", "وقف هجومها")
    assert (e.mode, e.modality) == ("ceasefire", ce.Modality.REQUESTED)
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    text = "وتنص الهدنة على وقف جميع العمليات العسكرية داخل البلاد"
    assert _types(ex, text) == ["RETREAT"]


def test_assemble_what_an_agreement_provides_for_is_planned_and_all_of_them_act(ex):
    text = "وينص الاتفاق على انسحاب جميع القوات من المدينة خلال شهر"
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.modality, _codes(e.actors)) == ("RETREAT", ce.Modality.PLANNED, ["--- MIL"])


def test_assemble_nevertheless_points_back_to_no_act(ex):
    e = _one(ex, "ومع ذلك قصف الجيش مواقع المسلحين في ريف المدينة", "ASSAULT", "قصف")
    assert _codes(e.actors) == ["--- MIL"]


def test_assemble_a_court_named_by_its_city_rules_there(ex):
    text = "قضت محكمة جنايات القاهرة، أمس السبت، بسجن عشرة متهمين"
    e = _one(ex, text, "SANCTION", "بسجن")
    assert _codes(e.actors) == ["EGY JUD"] and _codes(e.targets) == ["EGY CVL"]
    assert e.place is not None and e.place.country == "EGY"


def test_assemble_an_agreement_reached_past_a_bracketed_list_and_in_quotes(ex):
    text = ('توصلت إيران ومجموعة 5+1 (الولايات المتحدة وروسيا والصين وبريطانيا وفرنسا وألمانيا) مساء أمس '
            'في مدينة لوزان إلى "اتفاق إطار" بشأن البرنامج النووي')
    e = _one(ex, text, "AGREE", "اتفاق")
    assert _codes(e.actors)[:1] == ["IRN GOV"]


def test_assemble_dialogue_called_for_is_talks_and_an_interview_is_none(ex):
    text = 'ودعا وزير الخارجية الإيراني دول الخليج المجاورة إلى "الحوار".'
    e = _one(ex, text, "CONSULT", "الحوار")
    assert e.modality == ce.Modality.REQUESTED
    text = "وقال الوزير في حوار مع صحيفة محلية إن بلاده لن تتدخل"
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT"]


def test_assemble_relations_cut_by_each_of_several_states(ex):
    text = "قطعت كل من السعودية والإمارات والبحرين علاقاتها الدبلوماسية مع قطر فجر أمس"
    e = _one(ex, text, "SANCTION", "قطعت")
    assert (_codes(e.actors), _codes(e.targets)) == (["ARE GOV", "BHR GOV", "SAU GOV"], ["QAT GOV"])


def test_assemble_a_threatened_campaign_past_the_name_and_quotes_is_the_threat(ex):
    text = "وتوعد المتحدث باسم الجيش، أحمد المسماري، بشن «أكبر حملة جوية في التاريخ» على المواقع التركية"
    assert _types(ex, text) == ["THREATEN"]


def test_assemble_what_is_fired_towards_is_the_target(ex):
    text = "وأطلقت الجماعة مساء الثلاثاء 18 طائرة مسيرة باتجاه سفن حربية أمريكية في البحر الأحمر"
    e = _one(ex, text, "ASSAULT", "أطلقت")  # (the firing verb tells drones fired)
    assert [t.country for t in e.targets] == ["USA"]


def test_assemble_who_will_abide_by_a_truce_keeps_it(ex):
    text = "وقال مسؤول في الحركة إن مقاتليها سيلتزمون بالتهدئة ما دام الطرف الآخر ملتزما بها"
    e = _one(ex, text, "RETREAT", "بالتهدئة")
    assert e.modality == ce.Modality.PLANNED and e.actors != ()
    # (a truce announced, after "رغم", is a given)
    text = "واتهمت الحركة الجيش بمواصلة قصف البلدة صباح اليوم رغم إعلان الهدنة"
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"]


def test_assemble_a_place_told_first_frames_the_sentences_verbs(ex):
    text = "وفي رام الله، دعت الرئاسة الفلسطينية مجلس الأمن الدولي إلى التدخل لوقف الاقتحامات"
    e = _one(ex, text, "REQUEST", "دعت")
    assert e.place is not None and (e.place.text, e.place.country) == ("رام الله", "PSE")


def test_assemble_a_place_told_first_frames_the_act_a_verb_follows(ex):
    text = "وفي حماة، قال ناشطون إن المسلحين انتشروا في الشوارع بعد انسحاب قوات الجيش من مواقعها"
    e = _one(ex, text, "RETREAT", "انسحاب")
    assert e.place is not None and (e.place.text, e.place.country) == ("حماة", "SYR")


def test_assemble_the_region_a_town_is_the_capital_of_is_no_place_of_its_own(ex):
    text = "اقتحم مسلحون سجن مدينة الرمادي، عاصمة محافظة الأنبار، وأطلقوا سراح عشرات السجناء"
    e = _one(ex, text, "RETREAT", "سراح")
    assert (e.place.text, e.place.country) == ("مدينة الرمادي", "IRQ")


def test_assemble_zinjibar_in_yemen_is_no_zanzibar(ex):
    e = _one(ex, "قتل ثلاثة جنود في هجوم على مدينة زنجبار بمحافظة أبين", "ASSAULT", "هجوم")
    assert (e.place.text, e.place.country) == ("مدينة زنجبار", "YEM")


def test_assemble_control_spread_over_a_place_is_a_takeover(ex):
    e = _one(ex, "بسطت قوات الجيش سيطرتها الكاملة على مدينة تدمر امس", "ASSAULT", "سيطرتها الكاملة")
    assert _codes(e.actors) == ["SYR MIL"] and e.place.text == "مدينة تدمر"


def test_assemble_two_aircraft_shot_down_are_an_attack(ex):
    e = _one(ex, "أسقطت الدفاعات الجوية السورية امس طائرتين مسيرتين فوق ريف حماة", "ASSAULT", "أسقطت")
    assert _codes(e.actors) == ["SYR MIL"]


def test_assemble_a_kill_verb_with_a_time_aside_before_its_object_is_active(ex):
    e = _one(ex, "قتلت قوات الأمن العراقية، مساء امس، قياديا بارزا في تنظيم داعش", "ASSAULT", "قتلت")
    assert _codes(e.actors) == ["IRQ COP"] and "قياديا" in e.targets[0].text


def test_assemble_who_is_released_is_annexed_to_the_act(ex):
    e = _one(ex, "أطلق سراح الصحفي الفرنسي ظهر اليوم بعد أسبوعين من احتجازه", "RETREAT", "سراح")
    assert e.actors == () and e.targets[0].text == "الصحفي الفرنسي"


def test_assemble_an_abduction_at_the_hands_of_gunmen_is_theirs(ex):
    text = "عاد الوزير إلى منزله بعد ساعات من خطفه على أيدي مسلحين مجهولين"
    e = _one(ex, text, "ASSAULT", "خطفه")
    assert [a.text for a in e.actors] == ["مسلحين مجهولين"] and e.actors[0].sector == "REB"
    # the same men as the subject of a clause
    e = _one(ex, "قالت الشرطة إن مسلحين مجهولين خطفوا الوزير من منزله", "ASSAULT", "خطفوا")
    assert [a.text for a in e.actors] == ["مسلحين مجهولين"]


def test_assemble_a_security_directorate_is_the_police_and_no_place(ex):
    text = "قتل تسعة أشخاص في انفجار استهدف مديرية أمن محافظة الدقهلية في مدينة المنصورة"
    e = _one(ex, text, "ASSAULT", "انفجار")
    assert e.place.text == "مدينة المنصورة"
    e = _one(ex, "هاجم مسلحون مديرية الأمن في مدينة العريش", "ASSAULT", "هاجم")
    assert [t.sector for t in e.targets] == ["COP"]


def test_assemble_a_date_inside_a_towns_name_dates_nothing(ex):
    e = _one(ex, "اعتقلت الشرطة ثلاثة ناشطين في مدينة السادس من أكتوبر", "COERCE", "اعتقلت")
    assert (e.place.name, e.place.country) == ("6th of October City", "EGY") and e.date is None


def test_assemble_a_place_taken_after_fighting_is_taken_from_whom_it_was_fought(ex):
    text = "سيطرت قوات النظام على بلدة كفرنبودة بعد أيام من المعارك العنيفة مع فصائل المعارضة"
    e = _one(ex, text, "ASSAULT", "سيطرت")
    assert _codes(e.targets) == ["SYR REB"] and "slot.fought" in e.rules


def test_assemble_the_town_named_again_is_where_the_act_is(ex):
    text = "دخلت القوات مدينة سرت بعد معارك عنيفة، فيما شنت الطائرات غارات على المدينة وضواحيها"
    e = _one(ex, text, "ASSAULT", "غارات")
    assert (e.place.text, e.place.country) == ("مدينة سرت", "LBY")
    text = "دخلت القوات مدينة سرت قبل أسبوع بعد أشهر من الحصار، وقال شهود إن الطائرات قصفت منازل {} المدينة"
    assert _one(ex, text.format("داخل"), "ASSAULT", "قصفت").place.text == "مدينة سرت"
    # (not its people)
    assert _one(ex, text.format("أهالي"), "ASSAULT", "قصفت").place is None


def test_assemble_whence_the_actors_come_is_not_where_they_act(ex):
    text = "اعتصم مئات النازحين من محافظة حماة امس أمام مبنى البرلمان في مدينة دمشق"
    e = _one(ex, text, "PROTEST", "اعتصم")
    assert e.place.text == "مدينة دمشق"
    # (but whence forces withdraw is where the withdrawal is)
    e = _one(ex, "انسحبت القوات من مدينة حماة امس", "RETREAT", "انسحبت")
    assert e.place.text == "مدينة حماة"


def test_assemble_csto_and_armed_brigades_are_actors(ex):
    e = _one(ex, "بدأت قوات منظمة معاهدة الأمن الجماعي الانسحاب من كازاخستان", "RETREAT", "الانسحاب")
    assert _codes(e.actors) == ["IGO MIL"]
    e = _one(ex, "بدأت كتائب مسلحة الانسحاب من مقراتها في طرابلس", "RETREAT", "الانسحاب")
    assert [a.sector for a in e.actors] == ["REB"]


def test_assemble_pictures_of_someone_are_no_tyre(ex):
    e = _one(ex, "رفع المتظاهرون صور الضحايا", "PROTEST", "المتظاهرون")
    assert e.place is None and e.actors[0].country is None
    e = _one(ex, "قصفت الطائرات الإسرائيلية أطراف مدينة صور الجنوبية", "ASSAULT", "قصفت")
    assert e.place.country == "LBN"


def test_assemble_the_antecedent_past_kana_qad_is_the_relative_clauses_agent(ex):
    text = "وفق ما أعلن الجيش الإسرائيلي، الذي كان قد اعتقل الناشط في مدينة الخليل الأسبوع الماضي"
    e = _one(ex, text, "COERCE", "اعتقل")
    assert _codes(e.actors) == ["ISR MIL"] and "slot.relative" in e.rules


def test_assemble_protesters_storming_a_building_riot(ex):
    e = _one(ex, "اقتحم مئات المتظاهرين مقر المحافظة في مدينة البصرة امس", "PROTEST", "اقتحم")
    assert (e.mode, e.acled) == ("riot", ("Riots", "Violent demonstration")) and "type.riot" in e.rules


def test_assemble_a_partys_supporters_who_protest_are_protesters(ex):
    text = "نفذ المئات من أنصار التيار الصدري، امس الثلاثاء، اعتصاما أمام مقر مجلس القضاء في بغداد"
    e = _one(ex, text, "PROTEST", "اعتصاما")
    assert _codes(e.actors) == ["IRQ OPP"]


def test_assemble_a_general_curfew_with_its_adjective_between(ex):
    e = _one(ex, "أعلنت قيادة العمليات حظرا شاملا للتجوال في بغداد", "COERCE", "حظرا")
    assert e.mode == "curfew" and e.place.text == "بغداد"


def test_assemble_a_telegram_is_no_village(ex):
    e = _one(ex, "وتوعد الملك، في برقية بعث بها الى ولي العهد، المهاجمين بالعقاب", "THREATEN", "توعد")
    assert e.place is None


def test_assemble_a_death_sentence_handed_down_is_named_by_its_noun(ex):
    text = "قضت محكمة الجنايات الكويتية اليوم الثلاثاء بإعدام سبعة متهمين في قضية تفجير المسجد"
    e = _one(ex, text, "SANCTION", "بإعدام")
    assert (e.mode, _codes(e.actors)) == ("convict", ["KWT JUD"]) and "متهمين" in e.targets[0].text
    assert [x.type for x in ex.extract(text, article_date=DATE)].count("SANCTION") == 1
    e = _one(ex, "حكمت المحكمة أمس بالسجن عشر سنوات على الناشط", "SANCTION", "بالسجن")
    assert e.targets[0].text == "الناشط"


def test_assemble_a_birthplace_is_no_muscat(ex):
    text = "تظاهر الآلاف في مدينة سيدي بوزيد، مسقط رأس النائب، حيث أحرق محتجون مقرا للحزب"
    assert {e.place.country for e in ex.extract(text, article_date=DATE) if e.place} == {"TUN"}
    e = _one(ex, "زار الرئيس مسقط رأسه في الجنوب", "CONSULT", "زار")
    assert e.targets == ()


def test_assemble_an_unlisted_object_past_a_time_between_commas(ex):
    e = _one(ex, "اغتال مسلحون مجهولون، ظهر أمس الخميس، النائب محمد البراهمي أمام منزله", "ASSAULT", "اغتال")
    assert [t.text for t in e.targets] == ["النائب"]


def test_assemble_sit_in_protesters_are_protesters(ex):
    text = "فرقت قوات الأمن بالغاز المسيل للدموع آلاف المعتصمين أمام مقر البرلمان في تونس"
    e = _one(ex, text, "ASSAULT", "فرقت")
    assert _codes(e.targets) == ["TUN OPP"] and e.mode == "crowd-control"


def test_assemble_the_attack_a_court_case_is_named_after_is_no_new_one(ex):
    text = "قضت المحكمة اليوم بسجن خمسة متهمين في قضية تفجير كنيسة في مدينة الإسكندرية"
    assert _types(ex, text) == ["SANCTION"]


def test_assemble_apartments_struck_are_the_target(ex):
    # "شقق سكنية": homes, coded as civilian property, past the maker and a time
    e = _one(ex, "قتل ستة مدنيين في غارات شنتها طائرات حربية فجر اليوم على شقق سكنية في مدينة حلب",
             "ASSAULT", "غارات")
    assert [t.text for t in e.targets] == ["شقق سكنية"] and _codes(e.targets) == ["SYR CVL"]


def test_assemble_an_hour_of_a_day_part_is_dated_by_that_day(ex):
    # "الساعة 11:30 من مساء أمس": the hour falls on the evening's day, not the article's
    e = _one(ex, "ودخلت الهدنة حيز التنفيذ عند الساعة 11:30 من مساء أمس الاثنين", "RETREAT", "الهدنة")
    assert (e.date.start, e.date.end) == (dt.date(2016, 8, 29), dt.date(2016, 8, 29))


def test_assemble_a_leader_in_the_movement_named_before_is_of_it(ex):
    # "القيادي في الحركة": a member of the movement the sentence named, coded as it
    e = _one(ex, "أعلنت حركة حماس أن الجيش الإسرائيلي اعتقل القيادي في الحركة حسن يوسف في رام الله",
             "COERCE", "اعتقل")
    assert [t.text for t in e.targets] == ["القيادي في الحركة"] and _codes(e.targets) == ["PSE REB"]


def test_assemble_the_killed_before_a_strike_did_not_make_it(ex):
    # "قتل قيادي ... بغارة استهدفت سيارته": the strike is the verb's subject, the man killed
    # before it is no attacker
    e = _one(ex, "قتل قيادي في حركة حماس بغارة استهدفت سيارته جنوب قطاع غزة", "ASSAULT", "بغارة")
    assert not any("قيادي" in a.text for a in e.actors)


def test_assemble_a_warning_to_leave_by_its_verb_is_a_threat(ex):
    # "أنذرت القوات السكان بضرورة إخلاء": warned of the force to come
    e = _one(ex, "أنذرت القوات الحكومية السكان بضرورة إخلاء الحي قبل اقتحامه", "THREATEN", "أنذرت")
    assert e.mode == "violence" and [a.text for a in e.actors] == ["القوات الحكومية"]
    assert [t.text for t in e.targets] == ["السكان"]


def test_assemble_a_charge_recalled_by_his_office_leaves_his_post(ex):
    # "القائم بأعماله": the state's own chargé, recalled from the capital he serves in
    e = _one(ex, "استدعت مصر أمس الأحد القائم بأعمالها في الدوحة للتشاور", "SANCTION", "استدعت")
    assert e.mode == "withdraw" and _codes(e.actors) == ["EGY GOV"] and _codes(e.targets) == ["QAT GOV"]


def test_assemble_who_a_bomber_blows_himself_up_amid_is_the_target(ex):
    # "وسط قوة عسكرية", "عند بوابة الكنيسة": who or what the charge went off among or at
    e = _one(ex, "فجر انتحاري نفسه وسط دورية للجيش في مدينة الرمادي", "ASSAULT", "فجر")
    assert _codes(e.targets) == ["IRQ MIL"]
    e = _one(ex, "فجّر انتحاري نفسه عند بوابة الكنيسة في مدينة طنطا", "ASSAULT", "فجّر")
    assert [t.text for t in e.targets] == ["الكنيسة"]
    # (not a city the blast is in the middle of)
    e = _one(ex, "فجر انتحاري نفسه وسط بغداد", "ASSAULT", "فجر")
    assert e.targets == () and e.place.country == "IRQ"


def test_assemble_saint_before_a_hotel_names_no_korean_city(ex):
    # "فندق السان جورج": "السان" is the saint of a name, not Ulsan
    e = _one(ex, "قتل 15 شخصا في انفجار استهدف موكبه قرب فندق السان جورج في بيروت", "ASSAULT", "انفجار")
    assert e.place is None or e.place.country == "LBN"


def test_assemble_accusations_levelled_at_a_body_name_it_the_accused(ex):
    # "وجهت الحكومة اتهامات للمعارضة": who is accused follows with "ل", who accuses is the
    # light verb's subject
    e = _one(ex, "وجهت الحكومة السودانية اتهامات للمعارضة بتحريض الشبان على العنف", "ACCUSE", "اتهامات")
    assert _codes(e.actors) == ["SDN GOV"] and [t.text for t in e.targets] == ["للمعارضة"]


def test_assemble_attackers_past_two_weapons_made_the_attacks(ex):
    # "هجمات بالأسلحة الرشاشة والأحزمة الناسفة شنها مسلحون": past both weapons to the maker
    e = _one(ex, "قتل عشرات في هجمات بالأسلحة الرشاشة والأحزمة الناسفة شنها مسلحون في باريس",
             "ASSAULT", "هجمات")
    assert [a.text for a in e.actors] == ["مسلحون"]


def test_assemble_fire_opened_by_a_gunman_with_two_adjectives(ex):
    # "فتح مسلح يميني متطرف النار": the subject's indefinite adjectives stand between the verb
    # and the rest of its form
    e = _one(ex, "فتح مسلح يميني متطرف النار على المصلين في مسجد بمدينة كرايستشيرش", "ASSAULT", "فتح")
    assert e.mode == "firearms" and [a.text for a in e.actors] == ["مسلح"]
    assert [t.text for t in e.targets] == ["المصلين"]


def test_assemble_a_date_after_a_comma_and_while_is_the_next_clause(ex):
    # "وحجبت مواقع التواصل، فيما قال المتحدث اليوم": today is the statement's, the blocking
    # has no date of its own
    events = ex.extract("فرضت الحكومة حظر التجول وحجبت مواقع التواصل الاجتماعي، فيما قال المتحدث باسمها"
                        " اليوم إن الوضع تحت السيطرة", article_date=DATE)
    e = next(e for e in events if e.mode == "censor")
    assert e.date is None


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        # "، في حين" opens another clause as "، فيما" does: a date before it is not the
        # next clause's act's, nor one after it the act's before
        ("ارتفعت حصيلة الغارة على المدينة إلى 12 قتيلا، وفق ما أعلن الحاكم اليوم الأحد، في حين ندد الرئيس"
         " بالهجوم", "ACCUSE", "disapprove"),
        ("فرضت الحكومة حظر التجول وحجبت مواقع التواصل الاجتماعي، في حين قال المتحدث باسمها اليوم إن"
         " الوضع تحت السيطرة", "COERCE", "censor"),
    ],
)
def test_assemble_a_date_across_fi_hin_is_the_other_clauses(ex, text, etype, mode):
    e = next(e for e in ex.extract(text, article_date=DATE) if (e.type, e.mode) == (etype, mode))
    assert e.date is None


def test_assemble_a_titled_name_before_a_relative_clause_is_its_antecedent(ex):
    # "الصحفي أحمد منصور الذي اعتقل": past the name to the title, who was arrested
    e = _one(ex, "أفرجت السلطات المصرية عن الصحفي أحمد منصور الذي اعتقل الشهر الماضي في القاهرة",
             "COERCE", "اعتقل")
    assert [t.text for t in e.targets] == ["الصحفي"] and _codes(e.targets) == ["EGY JRN"] and not e.actors


def test_assemble_acting_in_coordination_with_another_is_cooperation(ex):
    # "بالتنسيق مع الحلف": the subject acts together with the one named after "مع"; the
    # act it is the manner of keeps its light verb, its actor and its date
    events = ex.extract("قال قادة ميدانيون إن قواتهم بدأت فجر اليوم، بالتنسيق مع حلف شمال الأطلسي، هجوما واسعا"
                        " على مدينة سرت", article_date=DATE)
    co = next(e for e in events if e.type == "COOPERATE")
    assert [a.text for a in co.actors] == ["قواتهم"] and _codes(co.targets) == ["IGO MIL"]
    attack = next(e for e in events if e.type == "ASSAULT")
    assert [a.text for a in attack.actors] == ["قواتهم"] and attack.date.start == dt.date(2016, 8, 30)


def test_assemble_cutting_cooperation_with_a_body_is_a_sanction(ex):
    # "قطع التعاون مع": the cooperation ended, not cooperation
    text = "أعلنت الحكومة السودانية قطع التعاون مع المحكمة الجنائية الدولية"
    e = _one(ex, text, "SANCTION", "قطع التعاون")
    assert e.mode == "withdraw" and _codes(e.actors) == ["SDN GOV"] and e.targets[0].text.startswith("المحكمة")
    assert "COOPERATE" not in _types(ex, text)


def test_assemble_a_call_to_allow_passage_is_a_requested_access(ex):
    # "دعا الحكومة الى السماح للمدنيين بمغادرة": leave asked of the government (not a warning
    # to leave: the call is no evacuation order)
    events = ex.extract("دعا الأمين العام للأمم المتحدة الحكومة السورية الى السماح للمدنيين والجرحى بمغادرة"
                        " مدينة القصير", article_date=DATE)
    e = next(e for e in events if e.type == "RETREAT")
    assert e.mode == "access" and e.modality == ce.Modality.REQUESTED and _codes(e.actors) == ["SYR GOV"]
    assert [x.type for x in events if x.trigger.text == "دعا"] == ["REQUEST"]
    # (leave granted as the purpose of another act is none: "للسماح بعبور الجرحى"; the
    # crossing opened is the one access)
    events = ex.extract("فتحت السلطات المصرية المعبر للسماح بعبور الجرحى الفلسطينيين", article_date=DATE)
    assert [x.trigger.text for x in events if x.type == "RETREAT"] == ["المعبر"]


def test_assemble_a_death_sentence_issued_is_no_killing(ex):
    # "أصدرت المحكمة حكما بالإعدام": the kind of the sentence after its noun, one sanction
    text = "أصدرت المحكمة حكما بالإعدام على المتهم الرئيسي في قضية اغتيال النائب العام"
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events if "الإعدام" in e.trigger.text or "حكما" in e.trigger.text] == ["SANCTION"]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("قتل ثلاثة شرطيين في هجوم شنه مسلحون على كمين أمني جنوب العريش", "هجوم", "كمين أمني"),
        ("هاجم مسلحون كمينا أمنيا في مدينة رفح", "هاجم", "كمينا أمنيا"),
    ],
)
def test_assemble_a_checkpoint_attacked_is_the_target_not_an_ambush(ex, text, trigger, target):
    # "كمين أمني": a checkpoint, the post attacked
    events = ex.extract(text, article_date=DATE)
    assert [(e.trigger.text, [t.text for t in e.targets]) for e in events] == [(trigger, [target])]
    # (an ambush laid is still one)
    ambush = ex.extract("قتل أربعة جنود في كمين نصبه مسلحون على طريق العريش", article_date=DATE)
    assert [(e.trigger.text, e.fatalities) for e in ambush] == [("كمين", 4)]


def test_assemble_a_killing_reported_after_an_attack_is_its_own(ex):
    # the killers named before the verb, in a clause reported after the attack
    text = "قتل خمسة جنود في هجوم على نقطة تفتيش، فيما قالت الشرطة إن قوات الأمن قتلت ثلاثة مسلحين"
    events = ex.extract(text, article_date=DATE)
    assert [(e.trigger.text, [a.text for a in e.actors], e.fatalities) for e in events] == [
        ("هجوم", [], 5), ("قتلت", ["قوات الأمن"], 3)]


def test_assemble_members_of_a_body_by_pronoun_take_its_codes(ex):
    # "عناصرها": the members of the latest body named, with its country and sector
    (e,) = ex.extract("قالت حركة الشباب إن عناصرها هاجموا قاعدة عسكرية قرب مقديشو", article_date=DATE)
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("عناصرها", "SOM", "REB")]
    # (not of people named between: the army's own members, killed by the gunmen)
    (e,) = ex.extract("قال الجيش الإسرائيلي إن مسلحين قتلوا ثلاثة من عناصره", article_date=DATE)
    assert [(t.text, t.country, t.sector) for t in e.targets] == [("عناصره", "ISR", "MIL")]


def test_assemble_a_body_s_general_guide_is_its_leader_not_the_arrest_s_agent(ex):
    # "المرشد العام لجماعة ...": a leader's title, the body after it his, not who arrested him
    (e,) = ex.extract("ألقت الشرطة القبض على المرشد العام لجماعة الإخوان المسلمين في شقة بالقاهرة",
                      article_date=DATE)
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (
        ["الشرطة"], ["المرشد العام لجماعة الإخوان المسلمين"])


def test_assemble_what_is_protested_against_calls_for_nothing(ex):
    # "احتجاجا على": the cause of a protest, not a demand; the act after it happened
    events = ex.extract("خرج آلاف اللبنانيين إلى الشوارع احتجاجا على الضرائب الجديدة، وقطعوا الطرق الرئيسية",
                        article_date=DATE)
    assert [(e.type, e.modality.value) for e in events] == [("PROTEST", "asserted"), ("PROTEST", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        "خرج عشرات الآلاف من العراقيين إلى الشوارع في البصرة",
        "خرج عشرات آلاف العراقيين إلى الشوارع في البصرة",
        "شارك الآلاف من العراقيين في تظاهرات في البصرة",
    ],
)
def test_assemble_a_light_verb_s_subject_past_its_count(ex, text):
    # the crowd counted before it ("عشرات الآلاف من") is who went out
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, [a.text for a in e.actors]) == ("PROTEST", ["العراقيين"])


def test_assemble_two_villages_named_with_a_dual_are_the_place(ex):
    # "قريتي": the dual in construct, not "my village"
    (e,) = ex.extract("قتل مسلحون 20 مدنيا في هجومين على قريتي تشوما بانغو وزاروم داري", article_date=DATE)
    assert e.place is not None and e.place.text.startswith("قريتي تشوما")


def test_assemble_a_verb_s_date_after_its_subject_beats_one_after_another_verb(ex):
    # "مساء أمس" follows the release's verb; the arrest is dated by the time after its subject
    text = "أفرجت النيابة العامة مساء أمس عن 40 شخصا أوقفتهم قوات الأمن الداخلي مساء الثلاثاء في وسط المدينة"
    events = {e.trigger.text: e for e in ex.extract(text, article_date="2020-01-16")}
    assert events["أفرجت"].date.text == "مساء أمس"
    assert events["أوقفتهم"].date.text == "مساء الثلاثاء"


def test_assemble_a_craft_s_make_is_of_its_phrase(ex):
    # "من طراز إف-16" between the subject and its verb, or before the object
    (e,) = ex.extract("قال المتحدث إن مقاتلات تركية من طراز إف-16 قصفت مواقع للمسلحين", article_date=DATE)
    assert [(a.text, a.country) for a in e.actors] == [("مقاتلات تركية", "TUR")]
    (e,) = ex.extract("قصفت طائرات من طراز سوخوي مواقع المعارضة", article_date=DATE)
    assert [t.text for t in e.targets] == ["مواقع المعارضة"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # "بين X وY من جهة وZ من جهة أخرى": the first side is all before "من جهة"
        ("اندلعت اشتباكات عنيفة بين الجيش الصومالي وعناصر العشائر المتحالفة معه من جهة ومسلحي حركة الشباب "
         "من جهة أخرى", ["الجيش الصومالي", "عناصر العشائر"], ["مسلحي حركة الشباب"]),
        # (more words of the first side between, no phrase of their own)
        ("اندلعت اشتباكات عنيفة بين الجيش الصومالي والقوة المشتركة للحركات المسلحة من جهة ومسلحي حركة الشباب "
         "من جهة أخرى", ["الجيش الصومالي"], ["مسلحي حركة الشباب"]),
    ],
)
def test_assemble_sides_told_by_min_jiha(ex, text, actors, targets):
    (e,) = ex.extract(text, article_date=DATE)
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (actors, targets)


def test_assemble_imposing_another_act_in_its_relative_clause_is_no_sanction(ex):
    # "الحصار الذي فرضته": "فرض" is the siege's light verb there
    events = ex.extract("خففت القوات الحصار المشدد الذي فرضته على المدينة منذ أشهر", article_date=DATE)
    assert [e.type for e in events] == ["COERCE"]
    # (the sanctions it imposed are still one, beside their lifting)
    events = ex.extract("ألغت واشنطن العقوبات التي فرضتها على السودان", article_date=DATE)
    assert [e.type for e in events] == ["RETREAT", "SANCTION"]


def test_assemble_the_spokesman_of_a_body_told_before(ex):
    # "المتحدث باسم الحركة": one phrase, the spokesman, with the movement's codes
    text = "هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال، فيما رفض المتحدث باسم الحركة الانتقادات"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "REJECT"]
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("المتحدث باسم الحركة", "SOM", "REB")]
    assert not e.targets


def test_assemble_a_verb_joined_after_a_reported_clause_is_the_reporter_s(ex):
    # "أعلنت المنظمة أن ...، وطالبت": the demand is the reporter's, not the hospital's
    text = ("أعلنت منظمة العفو الدولية أن 12 مدنيا قتلوا في غارة جوية استهدفت مستشفى في المدينة، "
            "وطالبت بإجراء تحقيق مستقل")
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "REQUEST"]
    assert [a.text for a in e.actors] == ["منظمة العفو الدولية"] and "slot.reporter" in e.rules


def test_assemble_an_act_a_body_is_tasked_with_is_its_remit(ex):
    # "المكلف بالتفاوض": the council's remit, no talks told
    text = "اغتيل رئيس المجلس الأعلى للسلام المكلف بالتفاوض مع حركة طالبان في منزله بكابول"
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["ASSAULT"]
    # (an inquiry it is tasked with is still told)
    assert "ACCUSE" in _types(ex, "شكلت الحكومة لجنة مكلفة بالتحقيق في أعمال العنف")


def test_assemble_a_trigger_word_alone_in_brackets_is_a_name(ex):
    # "(تقدم)": a coalition's short name, no advance
    text = "وقع رئيس تنسيقية القوى المدنية (تقدم) وقائد الجيش إعلانا مشتركا في العاصمة"
    assert _types(ex, text) == ["AGREE"]


def test_assemble_holding_one_responsible_in_a_participle_is_an_accusation(ex):
    # "محملة الجماعة المسؤولية": the speaker blames the group
    text = "أدانت وزارة الخارجية التفجير، محملة الجماعة المسلحة المسؤولية الكاملة عنه"
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.mode == "allege"]
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["وزارة الخارجية"], ["الجماعة المسلحة"])
    # (a lorry loaded with arms accuses no one)
    assert _types(ex, "وصلت شاحنة محملة بالأسلحة إلى المدينة") == []


def test_assemble_an_own_envoy_recalled_past_an_aside_for_consultations(ex):
    # the envoy's suffix past a time between commas still makes a recall, and the
    # consultations it is recalled for are no talks of their own
    text = "واستدعت وزارة الخارجية الأردنية، أمس الأحد، سفيرها في تل أبيب للتشاور"
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == [("SANCTION", "withdraw")]


def test_assemble_a_verb_form_after_a_rank_is_a_given_name(ex):
    # "العقيد تامر الرفاعي": "تامر" is "تأمر" (orders) once normalized
    text = "قال المتحدث العسكري، العقيد تامر الرفاعي، إن الطائرات قصفت مواقع المسلحين"
    assert _types(ex, text) == ["ASSAULT"]


def test_assemble_a_prepositional_target_past_a_time_between_commas(ex):
    # "، مساء أمس الأربعاء،" between the subject's place and "عن": the released
    text = "أفرجت السلطات الأمنية في مدينة الموصل، مساء أمس الأربعاء، عن 23 ناشطا"
    (e,) = ex.extract(text, article_date=DATE)
    assert [t.text for t in e.targets] == ["ناشطا"]


def test_assemble_two_nationalities_of_an_attack_are_both_its_makers(ex):
    e = _one(ex, "وأسفرت الغارات الأمريكية البريطانية عن مقتل خمسة مسلحين", "ASSAULT", "الغارات")
    assert _codes(e.actors) == ["GBR MIL", "USA MIL"]


def test_assemble_pledges_and_embargoes_kept_to_are_givens(ex):
    text = "ودعا الأمين العام الدول المشاركة إلى الالتزام بتعهداتها واحترام حظر الأسلحة المفروض على البلاد"
    assert _types(ex, text) == ["REQUEST"]


def test_assemble_tear_gas_and_rubber_bullets_are_one_dispersal(ex):
    text = "وأطلقت الشرطة الغاز المسيل للدموع والرصاص المطاطي على المحتجين في وسط العاصمة"
    assert len([e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]) == 1


def test_assemble_the_attack_named_again_in_a_later_sentence_is_no_new_one(ex):
    text = ("هاجم مسلحون تجمعا للمدنيين قرب بوابة المطار أمس. "
            "ويأتي الهجوم بعد أيام من تحذيرات أطلقتها عدة دول لرعاياها.")
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["هاجم"]
    # (one named as the incident a report confirms is told)
    text = "خطف مسلحون عشرة عمال أمس. وأكد مسؤولو المشروع في بيان واقعة الخطف."
    assert len([e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]) == 2


@pytest.mark.parametrize(
    "later",
    [
        # the attack a leader vows to answer, or a council meets on, is the one told
        "وتوعد المرشد الإيراني اليوم بأن الهجوم لن يمر دون رد.",
        'وتعهد قائد الجيش اليوم الخميس بـ"رد قاس" على الهجوم.',
        "ودعت روسيا إلى جلسة طارئة لمجلس الأمن لبحث الضربات في نيويورك.",
    ],
)
def test_assemble_the_attack_answered_in_a_later_sentence_is_no_new_one(ex, later):
    text = "شنت طائرات إسرائيلية غارة على مبنى في دمشق أمس. " + later
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["غارة"]


def test_assemble_clashes_renewed_at_a_place_are_told_again(ex):
    text = ("سيطرت قوات الجيش على البلدة أمس. "
            "وأفادت مصادر محلية بتجدد الاشتباكات في الأحياء الشرقية من مدينة درعا.")
    assert "الاشتباكات" in [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]


def test_assemble_the_first_attack_of_its_kind_told_after_a_comma_is_the_same(ex):
    text = "وأطلقت إيران أكثر من 300 طائرة مسيرة باتجاه إسرائيل، في أول هجوم مباشر تشنه من أراضيها"
    assert len([e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]) == 1


def test_assemble_troops_deployed_with_a_count(ex):
    e = _one(ex, "وأعلن البنتاغون نشر 600 جندي إضافي في مطار العاصمة", "MOBILIZE", "جندي")
    assert _codes(e.actors) == ["USA MIL"]


def test_assemble_a_warning_of_the_iron_fist_is_the_threat_of_force(ex):
    text = "وحذر المحافظ من أن الأجهزة الأمنية ستضرب بيد من حديد كل من يعبث بالأمن"
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", "حذر")]
    # (who will strike is not whom the warning warns)
    assert [a.text for a in events[0].actors] == ["المحافظ"] and events[0].targets == ()


@pytest.mark.parametrize(
    "text, trigger, actor",
    [
        ("وقال قائد الحرس الثوري إن الهجوم على القاعدة لن يمر دون رد", "لن يمر دون رد", "IRN MIL"),
        ("وأعلن الجيش التركي أن مواقع الحزب باتت أهدافا مشروعة", "أهدافا مشروعة", "TUR MIL"),
    ],
)
def test_assemble_a_retaliation_promised_in_so_many_words_is_a_threat(ex, text, trigger, actor):
    e = _one(ex, text, "THREATEN", trigger)
    assert e.modality == ce.Modality.ASSERTED and _codes(e.actors) == [actor]


def test_assemble_a_threat_no_one_makes_is_a_danger(ex):
    text = "حذرت عدة دول رعاياها من التوجه إلى المطار بسبب تهديد وشيك"
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "THREATEN"]
    e = _one(ex, "وأطلق زعيم الجماعة تهديدات باستهداف السفن في البحر الأحمر", "THREATEN", "تهديدات")
    assert e.actors != ()


def test_assemble_control_announced_after_battles_is_the_announcers(ex):
    text = "أعلنت حركة طالبان، اليوم الجمعة، سيطرتها على مدينة قندهار بعد معارك عنيفة مع القوات الحكومية"
    e = _one(ex, text, "ASSAULT", "سيطرتها على")
    assert _codes(e.actors) == ["AFG REB"]
    # who took the town fought for it
    e = _one(ex, text, "ASSAULT", "معارك")
    assert (_codes(e.actors), _codes(e.targets)) == (["AFG REB"], ["AFG MIL"]) and "slot.taker" in e.rules


def test_assemble_the_sentences_subject_past_a_leading_connective(ex):
    text = ("في المقابل، نفت وزارة الخارجية التركية، في بيان اليوم، أي مسؤولية لقواتها عن القصف، "
            "واتهمت حزب العمال الكردستاني بتنفيذه")
    e = _one(ex, text, "ACCUSE", "اتهمت")
    assert _codes(e.actors) == ["TUR GOV"]


def test_assemble_a_cabinet_and_a_war_council_are_the_government(ex):
    e = _one(ex, "ووافق المجلس الوزاري الإسرائيلي المصغر بالإجماع على مقترح مصري", "AGREE", "وافق")
    assert _codes(e.actors) == ["ISR GOV"]
    e = _one(ex, "عقد مجلس الحرب الإسرائيلي اجتماعا لليوم الثاني على التوالي", "CONSULT", "اجتماعا")
    assert _codes(e.actors) == ["ISR GOV"]


def test_assemble_a_ceasefire_an_agreement_provides_for_is_told(ex):
    text = "توصلت فصائل المعارضة أمس إلى اتفاق مع الجانب الروسي يقضي بوقف إطلاق النار وتسليم السلاح الثقيل"
    assert "ceasefire" in [e.mode for e in ex.extract(text, article_date=DATE)]


def test_assemble_attacks_repelled_past_a_time_and_a_count_are_the_event(ex):
    text = "وقالت الوزارة إن قواتها صدت خلال الساعات الـ24 الماضية ثماني هجمات في محور دونيتسك"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["هجمات"]


def test_assemble_what_an_operation_aims_at_is_that_operation(ex):
    text = ('أطلق الجيش أمس عملية عسكرية واسعة في أنحاء البلاد تحمل اسم "رد الفساد" '
            'تستهدف "القضاء على بقايا الإرهاب"')
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["عملية عسكرية"]


@pytest.mark.parametrize(
    "text, etype, trigger, target",
    [
        ("خطف مسلحون عشرات الطالبات من مدرسة ثانوية", "ASSAULT", "خطف", "الطالبات"),
        ("أفرج مسلحون عن 279 تلميذة خطفن من مدرستهن", "RETREAT", "أفرج", "تلميذة"),
        ("وأمر النائب العام بإخلاء سبيل 41 محبوسا احتياطيا", "RETREAT", "إخلاء سبيل", "محبوسا"),
    ],
)
def test_assemble_schoolgirls_and_remand_prisoners_are_civilians(ex, text, etype, trigger, target):
    e = _one(ex, text, etype, trigger)
    assert [(t.text, t.sector) for t in e.targets] == [(target, "CVL")]


def test_assemble_who_killed_whom_is_told_without_a_count(ex):
    e = _one(ex, "قتلت القوات مدنيين في القرية", "ASSAULT", "قتلت")
    assert (_codes(e.actors), _codes(e.targets)) == (["--- MIL"], ["--- CVL"])
    # (a killing named alone, with no one, count, place nor date, is background)
    text = "وناقش الاجتماع الحوادث التي أدت إلى مقتل مدنيين"
    assert not [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, absent",
    [
        # what a body is for is part of its name, no act
        ("وقالت اللجنة الوطنية للإفراج عن المعتقلين إن الشرطة اعتقلت عشرة متظاهرين", "RETREAT"),
        ("وقالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين إن مدارسها تعرضت للقصف", "AID"),
    ],
)
def test_assemble_what_a_body_is_for_is_no_act(ex, text, absent):
    assert absent not in _types(ex, text)


def test_assemble_a_body_that_calls_for_an_act_is_no_name(ex):
    e = _one(ex, "ودعت اللجنة الحكومة للإفراج عن المعتقلين", "RETREAT", "للإفراج")
    assert e.modality == ce.Modality.REQUESTED


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("ويواصل الأسير إضرابه المفتوح عن الطعام منذ أربعين يوما", "إضرابه المفتوح عن الطعام"),
        ("وخرجت مسيرات غاضبة في مدن الضفة الغربية عقب صلاة الجمعة", "مسيرات غاضبة"),
        ("وألقى النائب خطابا في تجمع جماهيري حاشد وسط العاصمة", "تجمع جماهيري"),
    ],
)
def test_assemble_hunger_strikes_angry_marches_and_rallies_are_protests(ex, text, trigger):
    assert _one(ex, text, "PROTEST", trigger).modality == ce.Modality.ASSERTED


def test_assemble_a_conviction_and_a_note_handed_over_are_no_new_condemnation(ex):
    text = "قضت المحكمة بسجن الوزير 15 عاما بعد إدانته بتهم فساد"
    assert "ACCUSE" not in _types(ex, text)
    text = "واستدعت وزارة الخارجية العراقية السفير الإيراني وسلمته مذكرة احتجاج شديدة اللهجة"
    assert [(e.type, e.trigger.text) for e in ex.extract(text, article_date=DATE)] == [("ACCUSE", "استدعت")]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("واعتبرت وزارة الخارجية العراقية الضربات انتهاكا لسيادة البلاد", "انتهاكا لسيادة"),
        ('وقالت الخارجية إن موقف الحكومة الكندية يمثل "تدخلا سافرا" في شؤون المملكة', "تدخلا سافرا"),
    ],
)
def test_assemble_a_breach_of_sovereignty_called_out_is_a_denunciation(ex, text, trigger):
    e = _one(ex, text, "ACCUSE", trigger)
    assert e.mode == "disapprove" and [a.sector for a in e.actors] == ["GOV"]


def test_assemble_aid_named_as_a_thing_is_no_act(ex):
    text = "وأغلقت السلطات معبر كرم أبو سالم أمام شاحنات المساعدات منذ الأحد"
    assert "AID" not in _types(ex, text)
    # (aid a clause tells of is)
    text = "وأكد مصدر حكومي أن المساعدات سيتم توصيلها إلى البلدات المحاصرة غدا"
    assert "AID" in _types(ex, text)


def test_assemble_a_prison_named_in_quotes_is_a_place(ex):
    text = 'وتوفي الأسير في زنزانته بسجن "نيتسان" بعد إضراب عن الطعام'
    assert "SANCTION" not in _types(ex, text)
    assert _one(ex, "وقضت المحكمة بسجن الناشط ثلاث سنوات", "SANCTION", "بسجن").targets != ()


def test_assemble_a_ceasefire_immediate_and_unilateral(ex):
    text = "أعلنت الحكومة مساء أمس وقفا فوريا وأحاديا لإطلاق النار في الإقليم"
    e = _one(ex, text, "RETREAT", "وقفا فوريا وأحاديا لإطلاق النار")
    assert e.mode == "ceasefire" and "ASSAULT" not in [x.type for x in ex.extract(text, article_date=DATE)]


def test_assemble_talks_a_session_is_held_for_are_that_session(ex):
    text = "ودعت روسيا إلى عقد جلسة طارئة لمجلس الأمن الدولي لبحث الغارة"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT"] == ["جلسة طارئة"]


@pytest.mark.parametrize(
    "text",
    [
        "عندما اقتحم مسلحون مدرسة خاصة في المدينة وفتحوا النار على التلاميذ داخل أحد الفصول",
        "اقتحم مستوطنون القرية فجر اليوم وأحرقوا خيمة سكنية وحظيرة للأغنام",
    ],
)
def test_assemble_storming_told_with_the_attack_is_that_attack(ex, text):
    assert "COERCE" not in _types(ex, text)


def test_assemble_a_raid_alone_is_still_told(ex):
    e = _one(ex, "اقتحمت قوات الاحتلال مدينة نابلس فجر اليوم", "COERCE", "اقتحمت")
    assert e.mode == "seize"


def test_assemble_a_warning_names_whom_it_warns_with_where_they_live(ex):
    text = "وحذر الجيش سكان جنوب البلاد من العودة إلى أكثر من 60 قرية حتى إشعار آخر"
    e = _one(ex, text, "THREATEN", "حذر")
    assert [t.text for t in e.targets] == ["سكان"]
    e = _one(ex, "وحذر الجيش «حزب الله» من مواصلة الهجمات على الشمال", "THREATEN", "حذر")
    assert [t.text for t in e.targets] == ["حزب الله"]
    # (a warning of a danger names no one)
    text = "وحذر الرئيس، في خطاب متلفز، من عواقب الحرب على الاقتصاد"
    assert "THREATEN" not in [x.type for x in ex.extract(text, article_date=DATE)]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a head that ends in its adjective heads no construct, and a definite body takes no
        # state's name that cannot be its adjective: the verb's subject, then its object
        ("اتهمت منظمة حقوقية الجيش بتعذيب المعتقلين", ["--- HRI"], ["--- MIL"]),
        ("اقتادت قوة أمنية الصحفي إلى جهة مجهولة", ["--- COP"], ["--- JRN"]),
        ("اتهمت الحكومة الإمارات بتسليح المتمردين", ["--- GOV"], ["ARE GOV"]),
        # (controls) a construct of a bare head, and a state's name as the body's adjective
        ("اتهمت حكومة الإمارات قطر بدعم الإرهاب", ["ARE GOV"], ["QAT GOV"]),
        ("اتهمت الحكومة السعودية الحوثيين بقصف المدنيين", ["SAU GOV"], ["YEM REB"]),
    ],
)
def test_assemble_no_construct_past_an_adjective_or_an_article(ex, text, actors, targets):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # "after his abduction": the man the pronoun names is held, not the one who holds
        ("أطلق سراح الصحفي الإيطالي بعد ثلاثة أشهر من اختطافه في النيجر", "اختطافه", ["ITA JRN"]),
        ("عثر على جثة الناشط بعد يومين من اعتقاله", "اعتقاله", ["--- OPP"]),
        # (a control) an attack's pronoun is its maker's
        ("أكد الوزير أن الجيش سيواصل عملياته حتى القضاء على الإرهاب", "عملياته", ["--- CVL"]),
    ],
)
def test_assemble_his_abduction_names_whom_it_holds(ex, text, trigger, targets):
    e = next(x for x in ex.extract(text, article_date=DATE) if x.trigger.text == trigger)
    assert _codes(e.targets) == targets and not any(a.sector in ("JRN", "OPP") for a in e.actors)


@pytest.mark.parametrize(
    "text, targets",
    [
        # pipelines, bridges and power lines struck are civilian property
        ("فجر مسلحون خط أنابيب للغاز في شمال سيناء", ["EGY CVL"]),
        ("دمرت غارة جوية جسرا رئيسيا على نهر الفرات", ["--- CVL"]),
        ("قصفت الطائرات أبراج الكهرباء في ريف المدينة", ["--- CVL"]),
    ],
)
def test_assemble_infrastructure_struck(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # "any group" claimed nothing and made nothing, and a claim denied denies no act
        "ولم تعلن أي جماعة مسؤوليتها عن الهجوم على قافلة الإغاثة",
        "لم يتبن أي تنظيم التفجير الذي هز السوق، لكن جماعة الشباب تنشط في المنطقة",
        "ولم تتبن أي جهة الهجوم على الحاجز",
    ],
)
def test_assemble_any_group_is_no_actor(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors == () and e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text",
    [
        # a missile downed is the downing; the launcher its relative verb names is the target
        "أسقطت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان",
        "أسقطت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون",
    ],
)
def test_assemble_a_missile_downed_and_its_launcher(ex, text):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == [("ASSAULT", None)]
    e = _one(ex, text, "ASSAULT", "صاروخا")
    assert _codes(e.actors) == ["SAU MIL"] and _codes(e.targets) == ["YEM REB"]


@pytest.mark.parametrize(
    "text",
    [
        # talks in the plural by phone are a call
        "أجرى الرئيس الأمريكي محادثات هاتفية مع رئيس الوزراء الإسرائيلي",
        "أجرى وزير الخارجية مباحثات هاتفية مع نظيره القطري تناولت الأوضاع في المنطقة",
    ],
)
def test_assemble_talks_by_phone_in_the_plural(ex, text):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == [("CONSULT", "phone")]


@pytest.mark.parametrize(
    "text, modality",
    [
        # a naval mission launched, or a military one sent, is a deployment
        ("يعتزم الاتحاد الأوروبي إرسال بعثة عسكرية إلى البحر الأحمر", ce.Modality.PLANNED),
        ("أطلق الاتحاد الأوروبي مهمة بحرية لحماية السفن التجارية", ce.Modality.ASSERTED),
    ],
)
def test_assemble_a_mission_sent_is_a_deployment(ex, text, modality):
    e = _one(ex, text, "MOBILIZE", "")
    assert _codes(e.actors) == ["IGO IGO"] and e.modality == modality


def test_assemble_a_sites_adjective_past_its_towns_name(ex):
    # "مطار حماة العسكري": the adjective past the town's name tells whose the site is
    e = _one(ex, "تصدت الدفاعات الجوية لهجوم بالصواريخ على مطار حماة العسكري", "ASSAULT", "لهجوم")
    assert [t.sector for t in e.targets] == ["MIL"]
    # (a control) a site with no such adjective is told by the sides
    e = _one(ex, "قصف المسلحون مستودع البلدة", "ASSAULT", "قصف")
    assert [t.sector for t in e.targets] != ["MIL"]


def test_assemble_a_time_past_the_charge_is_not_the_accusations(ex):
    # (a year long past made the accusation history, and dropped it)
    text = "اتهمت منظمة حقوقية الجيش بارتكاب جرائم حرب ضد المدنيين عام 2012"
    e = _one(ex, text, "ACCUSE", "اتهمت")
    assert e.date is None and _codes(e.targets) == ["--- MIL"]
    # (a control) a time before the charge is the accusation's
    e = _one(ex, "اتهمت الحكومة، أمس الاثنين، الإمارات بشن غارات", "ACCUSE", "اتهمت")
    assert e.date.start == dt.date(2016, 8, 29)


@pytest.mark.parametrize(
    "text, targets",
    [
        # a people named by its nationality is that state's civilians
        ("قدمت الإمارات مساعدات طبية عاجلة للشعب السوداني", ["SDN CVL"]),
        ("أكد الوزير وقوف بلاده إلى جانب الشعب اللبناني في محنته", ["LBN CVL"]),
    ],
)
def test_assemble_a_people_by_its_nationality(ex, text, targets):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a slogan chanted is no target, nor is a word ending a name in quotes an actor (both
        # fail with "الشعب" an actor but neither rule)
        ('هتف المتظاهرون "الشعب يريد إسقاط النظام" في شوارع العاصمة', ["--- OPP"], []),
        ('دعا تحالف "صوت الشعب" المعارض إلى التظاهر يوم الجمعة', ["--- ---"], []),
        # (a control) one chanted against is
        ("هتف المحتجون ضد الحكومة أمام مقر البرلمان", ["--- OPP"], ["--- GOV"]),
    ],
)
def test_assemble_the_people_in_slogans_and_names(ex, text, actors, targets):
    for e in ex.extract(text, article_date=DATE):
        assert all(a.text != "الشعب" for a in (*e.actors, *e.targets))
    e = _one(ex, text, "PROTEST", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # residents warned, with a count of their towns and where these are
        ("حذر الجيش الإسرائيلي سكان 20 بلدة في جنوب لبنان من العودة إلى منازلهم", ["LBN CVL"]),
        ("وحذر الجيش سكان القرى الحدودية في الشمال من الاقتراب من السياج", ["--- CVL"]),
    ],
)
def test_assemble_a_warning_names_residents_past_their_towns(ex, text, targets):
    e = _one(ex, text, "THREATEN", "حذر")
    assert _codes(e.targets) == targets and e.targets[0].text == "سكان"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وأعلن الرئيس أنه سيأمر برفع جميع العقوبات المفروضة على البلاد", "برفع جميع العقوبات"),
        ("وأعلن الاتحاد الأوروبي أنه سيبحث رفع ما تبقى من عقوباته على دمشق", "رفع ما تبقى من عقوباته"),
    ],
)
def test_assemble_sanctions_lifted_whole_or_what_is_left_are_no_sanction(ex, text, trigger):
    _one(ex, text, "RETREAT", trigger)
    assert "SANCTION" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("أفاد مراسلون بتوغل قوة إسرائيلية في ريف المدينة الجنوبي فجر اليوم", "بتوغل"),
        ("توغلت دبابات الجيش في شرق المدينة خلال الليل", "توغلت"),
    ],
)
def test_assemble_an_incursion_is_a_movement_of_troops(ex, text, trigger):
    e = _one(ex, text, "MOBILIZE", trigger)
    assert e.mode == "troops" and "COERCE" not in [x.type for x in ex.extract(text, article_date=DATE)]


@pytest.mark.parametrize(
    "text",
    [
        # the town and the city of one name are both places; the town joined after it votes
        "توغلت القوات الإسرائيلية في ريفي القنيطرة ودرعا",
        "توغلت القوات الإسرائيلية في القنيطرة ودرعا",
    ],
)
def test_assemble_a_name_shared_by_a_city_and_a_town_is_read_by_the_town_joined_to_it(ex, text):
    e = _one(ex, text, "MOBILIZE", "توغلت")
    assert (e.place.text.split()[-1], e.place.country) == ("القنيطرة", "SYR")


@pytest.mark.parametrize(
    "text, consults",
    [
        # the way one spoke to the press, or took part in talks told, is no call
        ("وقال سكان لرويترز عبر الهاتف إن الاشتباكات تواصلت", []),
        ("وبحث الوزير مع نظيره عبر الهاتف سبل التعاون", ["بحث"]),
        # a call told by its medium alone is one
        ("وتحدث الرئيسان عبر الهاتف عن الأزمة", ["الهاتف"]),
    ],
)
def test_assemble_by_phone_is_a_call_only_when_nothing_else_tells_it(ex, text, consults):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT"] == consults


def test_assemble_the_object_after_a_subject_named_between_commas(ex):
    text = "ودعا الأمين العام للأمم المتحدة، أنطونيو غوتيريش، السلطات والجماعات المسلحة إلى الحوار"
    e = _one(ex, text, "REQUEST", "دعا")
    assert _codes(e.targets)[:1] == ["--- GOV"] and _codes(e.actors) == ["UNO UNO"]
    # (not past a statement between commas after the name: its object is still found)
    text = "ودعا المبعوث الأممي، مارتن غريفيث، في بيان أمس، جماعة الحوثي إلى وقف هجومها"
    assert _codes(_one(ex, text, "REQUEST", "دعا").targets) == ["YEM REB"]


def test_assemble_the_sides_an_announcer_says_reached_a_deal_made_it(ex):
    e = _one(ex, "وأعلن الرئيس الأميركي توصل الطرفين إلى اتفاق", "AGREE", "توصل")
    assert [a.text for a in e.actors] == ["الطرفين"]


def test_assemble_mediators_are_no_side_of_a_deal(ex):
    text = "وأعلن الرئيس الأميركي توصل الطرفين إلى الاتفاق بوساطة أميركية فرنسية"
    assert _one(ex, text, "AGREE", "توصل").targets == ()


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وقالت الشرطة إن 110 تلميذات خُطفن على أيدي مسلحين اقتحموا مدرسة داخلية", "خُطفن"),
        ("وأفرج عن 279 تلميذة كان مسلحون قد خطفوهن من مدرسة ثانوية", "خطفوهن"),
    ],
)
def test_assemble_girls_kidnapped_by_gunmen(ex, text, trigger):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.mode == "abduct" and _codes(e.actors) == ["--- REB"]


def test_assemble_the_kidnapping_condemned_later_is_the_one_told(ex):
    text = "خطف مسلحون عشرات التلاميذ من مدرسة أمس. ونددت منظمة يونيسف، في بيان، بعملية الخطف."
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["خطف"]


def test_assemble_the_strikes_condemned_after_they_were_told_are_those_strikes(ex):
    text = ("قصفت طائرات أمريكية ثلاث منشآت نووية فجر اليوم. "
            "ودانت سلطنة عمان، التي استضافت جولات من المحادثات، الضربات الأمريكية.")
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["قصفت"]


def test_assemble_welcoming_a_decision_is_support_upholding_a_verdict_is_not(ex):
    e = _one(ex, "ورحب وزير الخارجية السوري بالقرار", "SUPPORT", "رحب")
    assert _codes(e.actors) == ["SYR GOV"]
    text = "وأيدت محكمة الاستئناف الحكم الصادر بحق الناشط"
    assert "SUPPORT" not in [x.type for x in ex.extract(text, article_date=DATE)]


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("والتقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة", "التقى", "TUR GOV"),
        ("وقال رئيس هيئة الأركان الأمريكية دان كين إن الضربات أصابت أهدافها", "الضربات", None),
        ("وقال أدرعي إن الجيش قصف مواقع للحزب في الجنوب", "قصف", None),
    ],
)
def test_assemble_names_of_people_are_no_acts(ex, text, trigger, code):
    # "فيدان" is no "فـ + يدان" (is convicted), "دان" no condemnation: the names are people
    events = ex.extract(text, article_date=DATE)
    assert not {"SANCTION", "ACCUSE"} & {e.type for e in events}
    if code is not None:
        assert _codes(_one(ex, text, "CONSULT", trigger).actors) == [code]


def test_assemble_a_named_spokesman_is_coded_as_his_side(ex):
    e = _one(ex, "وهدد وزير الدفاع الإسرائيلي يسرائيل كاتس حزب الله", "THREATEN", "هدد")
    assert e.actors[0].text == "وزير الدفاع الإسرائيلي يسرائيل كاتس" and _codes(e.actors) == ["ISR GOV"]
    e = _one(ex, "وقال الرئيس السوري أحمد الشرع إن دمشق ترفض التقسيم", "REJECT", "ترفض")
    assert _codes(e.actors) == ["SYR GOV"]


def test_assemble_an_act_between_a_title_and_a_name_keeps_them_apart(ex):
    # "الحركة اغتيال إسماعيل هنية" is no title and its holder's name: the name is the act's
    e = _one(ex, "وأدانت الحركة اغتيال إسماعيل هنية في طهران", "ACCUSE", "أدانت")
    assert [a.text for a in e.actors] == ["الحركة"]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("وقال المسؤول إن اغتيال نصر الله لن يمر دون رد", "اغتيال", "LBN REB"),
        ("وأدانت الحركة اغتيال القيادي صالح العاروري في بيروت", "اغتيال", "PSE REB"),
        ("ونددت المنظمة بخطف الصحفي أمس", "بخطف", "--- JRN"),
    ],
)
def test_assemble_the_genitive_of_an_assassination_or_kidnapping_is_its_target(ex, text, trigger, target):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == [target] and target not in _codes(e.actors)


def test_assemble_the_act_a_name_is_the_genitive_of_is_the_verbs_subject(ex):
    # "اغتيال نصر الله لن يمر": the assassination does not pass, the speaker threatens
    text = "وقال قائد الحرس الثوري إن اغتيال نصر الله لن يمر دون رد"
    assert _codes(_one(ex, text, "THREATEN", "لن يمر").actors) == ["IRN MIL"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وطالب مجلس الأمن الحوثيين بوقف استهداف السفن في البحر الأحمر", "بوقف استهداف"),
        ("ودعت الأمم المتحدة الطرفين إلى وقف الضربات على المدن", "وقف الضربات"),
    ],
)
def test_assemble_stopping_strikes_called_for_is_a_ceasefire(ex, text, trigger):
    e = _one(ex, text, "RETREAT", trigger)
    assert e.mode == "ceasefire" and e.modality == "requested"
    assert "ASSAULT" not in [x.type for x in ex.extract(text, article_date=DATE)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("أعلنت الفصائل المسلحة تعليق هجماتها على القواعد الأجنبية", "تعليق هجماتها"),
        ("أعلنت الفصائل المسلحة تعليقا مشروطا لهجماتها على القواعد الأجنبية", "تعليقا مشروطا لهجماتها"),
    ],
)
def test_assemble_attacks_suspended_are_a_ceasefire(ex, text, trigger):
    e = _one(ex, text, "RETREAT", trigger)
    assert e.mode == "ceasefire"
    assert "ASSAULT" not in [x.type for x in ex.extract(text, article_date=DATE)]


def test_assemble_sinking_a_ship_is_an_attack_on_it(ex):
    e = _one(ex, "وأغرقت الجماعة سفينة الشحن بعد استهدافها بزوارق مسيرة", "ASSAULT", "أغرقت")
    assert [t.text for t in e.targets] == ["سفينة الشحن"]
    assert _one(ex, "وتبنت الجماعة إغراق السفينة في البحر الأحمر", "ASSAULT", "إغراق")


def test_assemble_breaking_up_a_sit_in_is_crowd_control(ex):
    e = _one(ex, "وفضت قوات الأمن بالقوة اعتصام المحتجين في الساحة", "ASSAULT", "فضت")
    assert e.mode == "crowd-control" and _codes(e.actors) == ["--- COP"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("وأدان المبعوث الأممي الهجوم، ودعا الحوثيين إلى وقف استهداف السفن", "YEM REB"),
        ("واستنكر الزعيم الغارات ودعا اليمنيين إلى الخروج في تظاهرات حاشدة", "YEM CVL"),
    ],
)
def test_assemble_a_plural_in_its_object_form_after_a_joined_verb_is_its_object(ex, text, code):
    # "الحوثيين", not "الحوثيون": whom the speaker calls on, not a new subject
    e = _one(ex, text, "REQUEST", "دعا")
    assert _codes(e.targets) == [code] and code not in _codes(e.actors)


@pytest.mark.parametrize(
    "text, etype, trigger, side, code",
    [
        ("واتهمت السفارة الأمريكية في اليمن الحوثيين باختطاف موظفيها", "ACCUSE", "اتهمت", "actors", "USA GOV"),
        ("واقتحم مسلحون مقر القنصلية التركية في الموصل", "COERCE", "اقتحم", "targets", "TUR GOV"),
    ],
)
def test_assemble_an_embassy_is_its_states_government(ex, text, etype, trigger, side, code):
    assert _codes(getattr(_one(ex, text, etype, trigger), side)) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "ووصفت الحكومة العملية بأنها قرصنة تهدد أمن الملاحة الدولية",
        "وقال الوزير إن هذه الممارسات تهدد استقرار المنطقة",
        "وحذر المبعوث من أن التصعيد يهدد بانفجار الوضع في المنطقة",
        # the verbal noun too
        "واتهمت الحكومة الجماعة بتهديد السلام والاستقرار في البلاد",
    ],
)
def test_assemble_what_endangers_a_thing_is_no_threat(ex, text):
    # (nor is piracy named hacking: "قرصنة" alone is no cyber attack)
    assert not {"THREATEN", "COERCE"} & {e.type for e in ex.extract(text, article_date=DATE)}


def test_assemble_a_verb_form_after_a_bare_place_noun_is_the_places_name(ex):
    events = ex.extract("قتل قيادي في التنظيم بغارة على سيارة في منطقة رفض بمحافظة شبوة", article_date=DATE)
    assert [e.type for e in events] == ["ASSAULT"]


def test_assemble_a_threat_to_strike_is_still_one(ex):
    e = _one(ex, "وهدد الجيش باستهداف مواقع الحركة", "THREATEN", "هدد")
    assert _codes(e.actors) == ["--- MIL"]
    assert _one(ex, "وقالت الشركة إنها تعرضت لعملية قرصنة إلكترونية", "COERCE", "قرصنة").mode == "cyber"


def test_assemble_the_adjective_of_the_weapon_fired_is_no_target(ex):
    text = "وأطلق الحوثيون الأسبوع الماضي صواريخ باليستية وطائرات مسيرة باتجاه مدينة إيلات"
    e = _one(ex, text, "ASSAULT", "أطلق")
    assert "باليستية" not in [t.text for t in e.targets] and _codes(e.actors) == ["YEM REB"]


def test_assemble_the_dead_belong_to_the_act_they_died_in(ex):
    text = ("هاجم مسلحون قافلة إمدادات للجيش أمس. "
            "ويأتي الهجوم بعد أسبوعين من مقتل 35 مدنيا في انفجار عبوة ناسفة استهدفت قافلة أخرى.")
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [(e.trigger.text, e.fatalities) for e in events] == [("هاجم", None), ("انفجار", 35)]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وأفرجت السلطات عن المحامية التي اعتُقلت الأحد الماضي", "اعتُقلت"),
        ("وأفرجت السلطات عن الناشطة التي اعتقلت الأسبوع الماضي في القاهرة", "اعتقلت"),
        ("وأفادت الشرطة بأن الصحفي الذي اختطف أمس أفرج عنه", "اختطف"),
    ],
)
def test_assemble_whom_a_relative_clause_tells_was_held_is_the_target(ex, text, trigger):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert e.targets and not e.actors


def test_assemble_gunmen_who_kidnapped_are_still_the_kidnappers(ex):
    e = _one(ex, "وقال الجيش إن المسلحين الذين خطفوا الرهائن فروا", "ASSAULT", "خطفوا")
    assert _codes(e.actors) == ["--- REB"] and _codes(e.targets) == ["--- CVL"]


@pytest.mark.parametrize(
    "text",
    [
        "ورفضت المحكمة طلبا تقدم به محامو الناشط للإفراج عنه",
        "وتقدمت الحكومة بشكوى إلى مجلس الأمن",
        "واختتمت الجولة الأولى من المفاوضات في جنيف دون تحقيق أي تقدم",
        "وقال المبعوث إن الطرفين أحرزا تقدما في المحادثات",
    ],
)
def test_assemble_what_one_submits_or_progress_made_is_no_advance(ex, text):
    assert "ASSAULT" not in _types(ex, text)
    assert _one(ex, "وتقدمت القوات في ريف حماة", "ASSAULT", "تقدمت")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وطالبت المنظمة السلطات بالإفراج عن المعتقلين", "طالبت"),
        ("ودعت الحركة الحكومة إلى التحقيق في الهجوم", "دعت"),
    ],
)
def test_assemble_a_body_named_again_heads_no_construct(ex, text, trigger):
    # "المنظمة السلطات" is two phrases: who asks and whom
    e = _one(ex, text, "REQUEST", trigger)
    assert len(e.actors) == 1 and _codes(e.targets)[0].endswith("GOV")


def test_assemble_the_strikes_a_promised_reply_answers_are_those_told(ex):
    text = ("شنت طائرات أمريكية وبريطانية غارات على مواقع للحوثيين فجر اليوم. "
            "وقال المتحدث باسم الجماعة إن الضربات الأمريكية البريطانية لن تمر دون رد.")
    events = ex.extract(text, article_date=DATE)
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["غارات"]
    assert [e.type for e in events if e.trigger.text.startswith("لن")] == ["THREATEN"]


def test_assemble_rights_groups_are_coded_as_such(ex):
    e = _one(ex, "واتهمت منظمة العفو الدولية السلطات بتعذيب المعتقلين", "ACCUSE", "اتهمت")
    assert _codes(e.actors) == ["NGO HRI"]


def test_assemble_who_carried_out_an_attack_past_a_count(ex):
    text = "وانطلقت العملية بغارات جوية واسعة شنتها نحو 72 مقاتلة تركية على أكثر من 100 هدف"
    assert _codes(_one(ex, text, "ASSAULT", "بغارات").actors) == ["TUR MIL"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("ودعا الجيش الإسرائيلي سكان القرى الجنوبية إلى إخلاء منازلهم فورا", "دعا"),
        ("وطالبت الحكومة المواطنين بمغادرة المنطقة الحدودية", "طالبت"),
    ],
)
def test_assemble_an_army_calling_people_to_leave_warns_them(ex, text, trigger):
    e = _one(ex, text, "THREATEN", trigger)
    assert e.mode == "violence" and "type.evacuation" in e.rules


def test_assemble_a_call_to_evacuate_the_wounded_is_a_request(ex):
    assert _one(ex, "ودعت الأمم المتحدة إلى إخلاء الجرحى من المستشفى", "REQUEST", "دعت")


def test_assemble_a_palace_is_a_place(ex):
    text = "وأطلقت الشرطة الجزائرية الغاز المسيل للدموع على طلاب تظاهروا قرب قصر المرادية الرئاسي"
    e = _one(ex, text, "ASSAULT", "أطلقت")
    assert e.place is not None and e.place.text.startswith("قصر المرادية") and e.place.country == "DZA"


def test_assemble_fighters_leaving_a_town_withdraw(ex):
    text = "وأعلن المندوب الروسي التوصل إلى اتفاق يقضي بخروج مقاتلي المعارضة من الأحياء الشرقية لمدينة حلب"
    e = _one(ex, text, "RETREAT", "بخروج")
    assert e.mode == "withdraw"


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وطوّقت وحدات من الجيش مقر البرلمان ومنعت النواب من دخوله", "طوّقت"),
        ("وفرض الجيش طوقا أمنيا مشددا على المدينة بعد الهجوم", "طوقا أمنيا"),
    ],
)
def test_assemble_a_cordon_restricts(ex, text, trigger):
    assert _one(ex, text, "COERCE", trigger).mode == "restrict"


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ('وقال الرئيس إن بلاده ستوقف "فورا" حملة القصف ضد الحوثيين', "ستوقف", "planned"),
        ("وأعلنت الحكومة أنها أوقفت الغارات على القطاع", "أوقفت", "asserted"),
        # past its subject, which is the actor
        ("وعلقت الفصائل المسلحة هجماتها على مواقع الجيش لمدة ثلاثة أيام", "علقت", "asserted"),
    ],
)
def test_assemble_stopping_an_attack_is_a_ceasefire(ex, text, trigger, modality):
    e = _one(ex, text, "RETREAT", trigger)
    assert e.mode == "ceasefire" and e.modality == modality
    assert not {"ASSAULT", "COERCE"} & {x.type for x in ex.extract(text, article_date=DATE)}


def test_assemble_who_stops_attacks_past_its_subject_makes_the_ceasefire(ex):
    e = _one(ex, "أوقفت الطائرات الروسية الغارات على ريف إدلب أمس", "RETREAT", "أوقفت")
    assert _codes(e.actors) == ["RUS MIL"] and e.place.text == "ريف إدلب"


def test_assemble_stopping_suspects_is_still_an_arrest(ex):
    assert _one(ex, "وأوقفت الشرطة ثلاثة مشتبه بهم", "COERCE", "أوقفت").mode == "arrest"


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("أعلن الرئيس الفرنسي، أمس الخميس، سحب القوات الفرنسية المنتشرة في مالي", "سحب", "FRA GOV"),
        ("وبدأ انسحاب القوات الأمريكية من القاعدة", "انسحاب", "USA MIL"),
    ],
)
def test_assemble_who_withdraws_forces_is_not_the_forces(ex, text, trigger, code):
    assert _codes(_one(ex, text, "RETREAT", trigger).actors) == [code]


def test_assemble_the_forces_of_a_military_region_are_one_actor(ex):
    e = _one(ex, "انسحبت قوات المنطقة العسكرية الثانية من المدينة أمس", "RETREAT", "انسحبت")
    assert [a.text for a in e.actors] == ["قوات المنطقة العسكرية"] and _codes(e.actors) == ["--- MIL"]


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        ("وكان الاتحاد الأوروبي وفرنسا قد أعلنا، السبت، تعليق كل أشكال الدعم المالي للنيجر", "تعليق", "asserted"),
        ("وقررت واشنطن وقف الدعم العسكري لأوكرانيا", "وقف", "planned"),
    ],
)
def test_assemble_aid_suspended_is_a_sanction(ex, text, trigger, modality):
    e = _one(ex, text, "SANCTION", trigger)
    assert e.mode == "discontinue" and e.modality == modality
    assert "AID" not in [x.type for x in ex.extract(text, article_date=DATE)]



@pytest.mark.parametrize(
    "text, mali",
    [
        ("واستقبل الرئيس المالي نظيره الموريتاني في باماكو", True),
        ("والتقى وزير الخارجية المالي نظيره الجزائري في الجزائر العاصمة", True),
        ("وقدمت الحكومة الدعم المالي للمتضررين من الفيضانات", False),
        ("واتهمت المعارضة الوزير بالفساد المالي", False),
    ],
)
def test_assemble_a_country_name_with_the_article_describes_the_name_before_it(ex, text, mali):
    # "المالي" is Malian after a name ("الرئيس المالي"), financial after anything else
    codes = {a.country for e in ex.extract(text, article_date="2024-01-03") for a in (*e.actors, *e.targets)}
    assert ("MLI" in codes) == mali


def test_assemble_at_dawn_is_no_detonation(ex):
    # "فجرا" (at dawn) is no dual "فجّرا" (the two detonated)
    events = ex.extract("تسلل مسلحون إلى المعسكر فجرا وقتلوا ثلاثة جنود", article_date=DATE)
    assert [(e.trigger.text, e.mode) for e in events] == [("قتلوا", None)]


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        ("وقالت الشرطة إن 110 تلميذات خُطفن على أيدي مسلحين اقتحموا مدرسة داخلية", "خُطفن", "--- CVL"),
        ("وقال شهود إن عشرات المنازل هُدمت في البلدة أمس", "هُدمت", "--- CVL"),
    ],
)
def test_assemble_civilians_or_homes_before_a_passive_verb_are_its_target(ex, text, trigger, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert _codes(e.targets) == [code]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        ("واحتجزت جماعة الحوثي أفراد طاقم السفينة التجارية", "YEM REB", "YEM CVL"),
        ("واعتقلت حركة الشباب عشرات الناشطين في مدينة كسمايو", "SOM REB", "SOM OPP"),
    ],
)
def test_assemble_armed_group_after_an_opening_and_arrests(ex, text, actor, target):
    # only a verb joined to an earlier one makes the armed men after it the arrested
    e = _one(ex, text, "COERCE", "")
    assert (_codes(e.actors), _codes(e.targets)) == ([actor], [target])


@pytest.mark.parametrize(
    "text",
    [
        "واندلعت اشتباكات أمس بين قوات الجيش من جهة، ومسلحي قوات الدعم السريع من جهة أخرى في مدينة الأبيض",
        "وتجددت المواجهات بين الجيش من ناحية ومسلحي الدعم السريع من ناحية أخرى قرب الأبيض",
    ],
)
def test_assemble_sides_from_one_hand_and_the_other(ex, text):
    # "بين X من جهة، وY من جهة أخرى" names the two sides as "بين X وY" does
    e = _one(ex, text, "ASSAULT", "")
    assert (_codes(e.actors), _codes(e.targets)) == (["SDN MIL"], ["SDN REB"])


@pytest.mark.parametrize(
    "text",
    [
        "وهاجم نحو 30 مسلحا قرية في ولاية زمفارا",
        "وهاجم ما بين 25 و30 مسلحا قرية في ولاية زمفارا",
        "وهاجم أكثر من 40 مسلحا قرية في ولاية زمفارا",
    ],
)
def test_assemble_a_count_with_its_quantity_words_is_the_subject(ex, text):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert _codes(e.actors) == ["NGA REB"] and not e.targets


def test_assemble_a_quoted_count_after_a_joined_kill_verb_is_the_killed(ex):
    e = _one(ex, 'وقال الجيش إن القوات حررت بلدات عدة وقتلت أكثر من 40 من "عناصر التمرد"', "ASSAULT", "قتلت")
    assert e.fatalities == 40 and [a.text for a in e.targets] == ["عناصر"]


def test_assemble_a_count_after_a_verbal_noun_is_its_object(ex):
    e = _one(ex, "وتستعد البعثة لسحب أربعة آلاف جندي بحلول نهاية الشهر", "RETREAT", "لسحب")
    assert not e.actors


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        ("وسيطرت قوات حكومة الوفاق خلال الأيام الثلاثة الماضية على مدينة ترهونة", "ASSAULT", "سيطرت",
         ["LBY MIL"]),
        ("وأطلقت حركة الشباب طوال الساعات الأخيرة سراح عشرة رهائن", "RETREAT", "أطلقت", ["SOM REB"]),
    ],
)
def test_assemble_split_acts_past_a_span_of_time(ex, text, etype, trigger, actors):
    # "خلال الأيام الثلاثة الماضية" may stand between a split act's subject and its rest
    assert _codes(_one(ex, text, etype, trigger).actors) == actors


def test_assemble_split_acts_past_a_quoted_name(ex):
    e = _one(ex, "سيطرت قوات «الحزام الأمني» أمس على معسكرات الحماية الرئاسية في عدن", "ASSAULT", "سيطرت")
    assert _codes(e.actors) == ["YEM REB"] and e.place.text == "عدن"


@pytest.mark.parametrize(
    "text, trigger, actor, place",
    [
        ("ونشرت إسبانيا، اليوم الثلاثاء، وحدات من الجيش على طول السياج الحدودي في سبتة", "وحدات", "ESP GOV",
         "ESP"),
        ("وأرسلت مدريد 200 عنصر إضافي من الحرس المدني إلى مليلية", "عنصر", "ESP GOV", None),
        ("تحركت وحدات من القوات المسلحة الملكية المغربية فجر أمس إلى منطقة الكركرات", "تحركت وحدات", "MAR MIL",
         "ESH"),
    ],
)
def test_assemble_units_and_men_sent_are_a_deployment(ex, text, trigger, actor, place):
    e = _one(ex, text, "MOBILIZE", trigger)
    assert _codes(e.actors) == [actor]
    assert place is None or e.place.country == place


def test_assemble_men_after_a_preposition_are_no_deployment(ex):
    events = ex.extract("ونص الاتفاق على نشر حواجز لعناصر أمن محليين في المدينة", article_date=DATE)
    assert "MOBILIZE" not in [e.type for e in events]


@pytest.mark.parametrize(
    "text, target",
    [
        ("وقال الوزير إن الأجهزة الأمنية اعتقلت ما بين 14 و16 شخصاً على خلفية المخطط", "--- CVL"),
        ("واعتقلت السلطات البحرينية فجر اليوم سبعة من أبرز قادة المعارضة", "BHR OPP"),
    ],
)
def test_assemble_a_range_or_the_foremost_before_the_arrested(ex, text, target):
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert _codes(e.targets) == [target]


def test_assemble_who_protests_past_a_time(ex):
    e = _one(ex, "وتظاهر مساء أمس مئات الطلاب في مدينة القامشلي", "PROTEST", "تظاهر")
    assert _codes(e.actors) == ["SYR OPP"]


@pytest.mark.parametrize(
    "text",
    [
        "وتظاهر مئات الطلاب أمس في مدينة القامشلي تنديدا بالقصف التركي",
        "وخرج مئات المحتجين اليوم في شوارع الحسيمة للتنديد بالاتفاق",
    ],
)
def test_assemble_condemning_after_a_protest_is_its_grievance(ex, text):
    # "تنديدا بالقصف" tells why the crowd marched: no statement, and no bombing told here
    assert _types(ex, text) == ["PROTEST"]


def test_assemble_a_side_loyal_to_a_state_after_its_adjective(ex):
    # "الموالية لأنقرة" after "الفصائل السورية" stays in the first side's phrase, so the
    # second side is found after it
    e = _one(ex, "وتواصلت الاشتباكات بين الفصائل السورية الموالية لأنقرة ومقاتلي قسد في رأس العين", "ASSAULT",
             "الاشتباكات")
    assert [a.text for a in e.actors] == ["الفصائل السورية الموالية لأنقرة"] and _codes(e.actors) == ["SYR REB"]
    assert _codes(e.targets) == ["SYR REB"]


def test_assemble_the_accused_after_an_accusations_genitive(ex):
    e = _one(ex, "وجاء ذلك بعد أيام من اتهام نيروبي مسلحي حركة الشباب بخطف سياح", "ACCUSE", "اتهام")
    assert _codes(e.actors) == ["KEN GOV"] and _codes(e.targets) == ["SOM REB"]


def test_assemble_a_relative_verb_with_its_own_subject_and_object(ex):
    # the antecedent (a bombing) is neither: the subject and the object follow the verb
    text = "خرج آلاف المحتجين تنديدا بتفجير السبت الذي تتهم الحكومة حركة الشباب بالوقوف وراءه"
    e = _one(ex, text, "ACCUSE", "تتهم")
    assert _codes(e.actors) == ["SOM GOV"] and _codes(e.targets) == ["SOM REB"]
    # the antecedent that did it stays the subject: no actor of the verb's own
    e = _one(ex, "وأدان الرئيس الهجوم الذي استهدف قوات الجيش في المدينة", "ASSAULT", "الهجوم")
    assert e.actors == () and _codes(e.targets) == ["--- MIL"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a capital that speaks is a side of its own act, no place of another
        ("رفع مجلس الأمن حظر الأسلحة عن الصومال جزئيا، في خطوة رحبت بها مقديشو", "رفع"),
        ("دخلت القوات جنوب الصومال بعد أيام من اتهام نيروبي مسلحي الحركة بخطف سياح أجانب", "بخطف"),
    ],
)
def test_assemble_a_capital_that_speaks_is_no_place(ex, text, trigger):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text.startswith(trigger))
    assert e.place is None


def test_assemble_a_light_verb_joined_after_an_object_keeps_the_first_subject(ex):
    text = "ألغى الرئيس الأميركي دونالد ترامب اجتماعا مع قادة طالبان وأعلن وقف المفاوضات مع الحركة"
    e = _one(ex, text, "SANCTION", "وقف")
    assert _codes(e.actors) == ["USA GOV"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # two parties told before a dual verb, the deal after a time and a place
        ("الحكومة الصومالية وإدارة جوبا المؤقتة وقعتا امس في أديس أبابا اتفاقا للمصالحة", ["SOM GOV"],
         ["SOM GOV"]),
        ("أعلن المبعوث أن الحكومة اليمنية وجماعة الحوثي التزمتا بمجموعة من التدابير", ["YEM GOV"], ["YEM REB"]),
    ],
)
def test_assemble_two_parties_agree_with_a_dual_verb(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "AGREE")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


def test_assemble_revolutionaries_fight_and_protest(ex):
    # armed revolutionaries are rebels; marching, they are protesters
    e = _one(ex, "اقتحم الثوار الليبيون مجمع باب العزيزية في طرابلس", "COERCE", "اقتحم")
    assert _codes(e.actors) == ["LBY REB"]
    e = next(e for e in ex.extract("وخرج الثوار في مسيرات حاشدة في الخرطوم", article_date=DATE) if e.type == "PROTEST")
    assert _codes(e.actors) == ["SDN OPP"]


def test_assemble_men_loyal_to_a_ruler_and_his_forces(ex):
    # the ruler a side is loyal to is in its phrase: the subject of the verb is the side
    text = "قال شهود إن قوات الأمن ومسلحين موالين للعقيد معمر القذافي أطلقوا الرصاص على المتظاهرين"
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [a.text for a in e.actors] == ["قوات الأمن", "مسلحين موالين للعقيد معمر القذافي"]
    # a ruler's forces are his state's military
    assert _codes(_one(ex, "قال شهود إن قوات القذافي قصفت أحياء المدينة", "ASSAULT", "قصفت").actors) == ["LBY MIL"]


def test_assemble_a_call_made_at_the_close_of_a_meeting(ex):
    # the meeting the call was made at is no act called for; the ministers are the League's
    text = "دعا وزراء الخارجية العرب في ختام اجتماعهم الطارئ في القاهرة مجلس الأمن إلى حماية المدنيين"
    meeting = _one(ex, text, "CONSULT", "اجتماعهم")
    assert meeting.modality == ce.Modality.ASSERTED and _codes(meeting.actors) == ["IGO IGO"]


@pytest.mark.parametrize(
    "text, trigger, actor, targets",
    [
        ("وتعد الجماعة التي تتهمها واشنطن بالإرهاب من أبرز الفصائل المسلحة", "تتهمها", "USA GOV", ["الجماعة"]),
        ("ورفع التجار الحظر الذي فرضته السلطات التركية على الواردات", "فرضته", "TUR GOV", []),
    ],
)
def test_assemble_a_relative_verb_with_an_object_pronoun_has_its_subject_after(ex, text, trigger, actor, targets):
    # the pronoun takes the antecedent back as the object: the phrase after the verb acts
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert _codes(e.actors) == [actor] and [a.text for a in e.targets] == targets


def test_assemble_a_national_security_council_and_speculation(ex):
    events = ex.extract("وأعلن الرئيس أن مجلس الأمن القومي التركي سيعقد غدا اجتماعا، وسط تكهنات بإعلان حالة الطوارئ",
                        article_date=DATE)
    meeting = next(e for e in events if e.type == "CONSULT")
    assert _codes(meeting.actors) == ["TUR GOV"]
    assert next(e for e in events if e.type == "COERCE").modality == "possible"


@pytest.mark.parametrize(
    "text",
    [
        "وقال إن الجيش لا يزال يحاصر البلدة من ثلاث جهات",
        "ولا تزال الشرطة تعتقل العشرات من المحتجين",
    ],
)
def test_assemble_still_is_no_negation(ex, text):
    # "لا يزال" (still) asserts what goes on; its "لا" negates nothing
    events = ex.extract(text, article_date=DATE)
    assert events and all(e.modality == "asserted" for e in events)


def test_assemble_blocking_aid_in_the_present_is_withholding(ex):
    text = "وقالت الأمم المتحدة إن السلطات الإثيوبية لا تزال تمنع وصول قوافل الإغاثة إلى الإقليم"
    e = _one(ex, text, "COERCE", "تمنع")
    assert e.mode == "withhold" and _codes(e.actors) == ["ETH GOV"]
    assert "AID" not in [x.type for x in ex.extract(text, article_date=DATE)]


def test_assemble_the_occasion_of_a_demand_is_told(ex):
    # the call a demand was made during happened; only what it demands is requested
    events = ex.extract("وطالب وزير الخارجية الأميركي، خلال اتصال هاتفي مع آبي أحمد أمس، بالانسحاب الفوري للقوات "
                        "الإريترية من تيغراي", article_date=DATE)
    call = next(e for e in events if e.type == "CONSULT")
    assert call.modality == "asserted" and _codes(call.actors) == ["USA GOV"]
    assert next(e for e in events if e.type == "RETREAT").modality == "requested"


def test_assemble_of_after_a_count_is_partitive_not_the_agent(ex):
    # "23 من عناصر حركة حماس" counts the arrested, "من" introduces no agent
    e = _one(ex, "وأعلنت وزارة الداخلية القبض على 23 من عناصر حركة حماس في المحافظة", "COERCE", "القبض")
    assert _codes(e.actors) == ["PSE GOV"] and _codes(e.targets) == ["PSE REB"]


@pytest.mark.parametrize(
    "text, code",
    [
        ("واعتقلت الشرطة التركية رئيسي حزب الشعوب الديمقراطي في ديار بكر", "TUR PTY"),
        ("وقضت محكمة مصرية بسجن عشرة من قيادات جماعة الإخوان المسلمين", "EGY PTY"),
        ("واعتقلت السلطات التونسية رئيس حركة النهضة في العاصمة", "TUN PTY"),
    ],
)
def test_assemble_political_parties_are_coded(ex, text, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "SANCTION"))
    assert _codes(e.targets) == [code]


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("وشن مقاتلو جبهة البوليساريو هجمات على مواقع الجيش المغربي قرب المحبس", "هجمات"),
        ('وأعلنت الجبهة أن "وحدات جيش التحرير الشعبي الصحراوي" قصفت مواقع الجيش المغربي', "قصفت"),
    ],
)
def test_assemble_polisario_is_coded_with_western_sahara(ex, text, trigger):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.actors) == ["ESH REB"] and _codes(e.targets) == ["MAR MIL"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال رجل كان ينتظر ابنه أمام بوابة السجن إنه لم ينم منذ يومين",
        "وأمضى الناشط عشر سنوات في السجن",
        # a prison by its name, and its guards
        "هاجم مسلحون سجن أبو غريب غرب بغداد",
        "فجر انتحاري شاحنة مفخخة عند البوابة الرئيسية لسجن سربوزه ما أسفر عن مقتل 15 من حراس السجن",
    ],
)
def test_assemble_the_prison_as_a_place_is_no_sentence(ex, text):
    assert "SANCTION" not in _types(ex, text)


@pytest.mark.parametrize("text", ["قضت المحكمة بسجن 12 متهما", "حكمت المحكمة بسجن الناشط خمس سنوات"])
def test_assemble_a_term_names_whom_or_how_long(ex, text):
    assert "SANCTION" in _types(ex, text)


def test_assemble_the_condemned_act_past_an_aside(ex):
    e = _one(ex, "ودانت وزارة الخارجية العراقية، في بيان اليوم الأربعاء، الغارات التركية على سنجار", "ACCUSE",
             "دانت")
    assert _codes(e.targets) == ["TUR MIL"]


def test_assemble_a_condemned_act_with_no_actor_of_its_own_aims_at_no_one(ex):
    # the attacks take the condemner as their actor for want of one: no self-condemnation
    e = _one(ex, "وأدان الأمين العام للأمم المتحدة، في بيان صدر مساء الثلاثاء، الهجمات على البنية التحتية "
                 "المدنية في بورتسودان", "ACCUSE", "أدان")
    assert not e.targets


def test_assemble_freeing_a_place_is_taking_it(ex):
    e = _one(ex, 'وقال المتحدث إن القوات "حررت" بلدات عدة في منطقة غوجام', "ASSAULT", "حررت")
    assert e.acled is not None and "territory" in e.acled[1]
    assert _one(ex, "وحررت القوات الخاصة الرهائن الثلاثة", "RETREAT", "حررت").mode == "release"


@pytest.mark.parametrize(
    "text",
    [
        "وقال المتحدث باسم الجيش، العقيد غيتنت أداني، إن القوات تقدمت في الإقليم",
        "وأعلنت إسرائيل أنها ستوجه ضربات لحركتي حماس والجهاد الإسلامي في غزة",
    ],
)
def test_assemble_a_verb_read_through_a_final_ya_is_no_act(ex, text):
    # "أداني" is a name, "لحركتي" the dual "two movements": no "أدان", no "حركت"
    assert not {"ACCUSE", "MOBILIZE"} & {e.type for e in ex.extract(text, article_date=DATE)}


@pytest.mark.parametrize(
    "text, threat",
    [
        ('محذرا من أن تجدد القتال "يهدد المكاسب التي تحققت منذ توقيع الاتفاق"', False),
        ("وقال إن استمرار الغارات يهدد مسار المفاوضات", False),
        ("وأمهل الرئيس القوات حتى نهاية الشهر، ملوحا بعملية عسكرية واسعة", True),
    ],
)
def test_assemble_what_endangers_gains_threatens_no_one(ex, text, threat):
    assert ("THREATEN" in _types(ex, text)) == threat


def test_assemble_not_ruling_out_is_possible(ex):
    e = _one(ex, "ولم يستبعد الوزير توقيف أشخاص آخرين في القضية", "COERCE", "توقيف")
    assert e.modality == "possible"


def test_assemble_house_arrest_is_an_arrest(ex):
    e = _one(ex, "وفرضت السلطات الإقامة الجبرية على زعيم المعارضة", "COERCE", "الإقامة الجبرية")
    assert e.mode == "arrest" and _codes(e.targets) == ["--- OPP"]


def test_assemble_a_death_sentence_carried_out_is_a_killing(ex):
    e = _one(ex, "ونفذت السلطات أمس السبت حكم الإعدام بحق 47 مدانا بقضايا إرهاب", "ASSAULT", "حكم الإعدام")
    assert _codes(e.actors) == ["--- GOV"]
    assert _one(ex, "وقضت المحكمة بحكم الإعدام على ثلاثة متهمين", "SANCTION", "").mode == "convict"


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        ("وأصدر العاهل البحريني مرسوما ملكيا بالعفو عن 1584 محكوما", "RETREAT", "بالعفو", ["BHR CVL"]),
        ("وأعلنت المعارضة أنها ستنظم تجمعا حاشدا في ساحة الإرادة", "PROTEST", "تجمعا حاشدا", []),
    ],
)
def test_assemble_amnesties_rallies_and_the_convicted(ex, text, etype, trigger, targets):
    assert _codes(_one(ex, text, etype, trigger).targets) == targets


def test_assemble_a_proclitic_written_apart_before_a_quote(ex):
    # the "لـ" of the quoted group makes the title the group's; the "بـ" of a quoted act
    # makes it what is demanded
    e = _one(ex, 'واتهم القائد العام لـ"قسد" مظلوم عبدي الجيش التركي بخرق الهدنة', "ACCUSE", "اتهم")
    assert (_codes(e.actors), _codes(e.targets)) == (["SYR REB"], ["TUR MIL"])
    assert _one(ex, 'وطالبت موسكو كييف بـ"سحب" قواتها من المنطقة', "RETREAT", "سحب").modality == "requested"


@pytest.mark.parametrize(
    "text, target",
    [
        ("وفرقت الشرطة مئات المحتجين الذين تجمعوا أمام البرلمان، كما اعتقلت السلطات العشرات منهم", "المحتجين"),
        ("وأطلقت قوات الأمن الغاز المسيل للدموع لتفريق المحتجين واعتقلت عددا منهم", "المحتجين"),
    ],
)
def test_assemble_some_of_them_arrested_are_those_told_before(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE")
    assert [a.text for a in e.targets] == [target]


def test_assemble_a_government_as_the_topic_is_not_who_protests(ex):
    text = ("ودعت الرئاسة الفلسطينية مجلس الأمن إلى عقد جلسة طارئة، فيما عمّ الإضراب الشامل محافظات الضفة "
            "الغربية اليوم")
    protests = [e for e in ex.extract(text, article_date=DATE) if e.type == "PROTEST"]
    assert protests and not any(a.sector == "GOV" for e in protests for a in e.actors)


def test_assemble_areas_under_a_curfew_are_no_new_curfew(ex):
    events = ex.extract("ونزح آلاف السكان من المناطق الخاضعة لحظر التجول في جنوب شرقي البلاد", article_date=DATE)
    assert "COERCE" not in [e.type for e in events]


def test_assemble_aid_as_a_purpose_is_not_told_as_brought(ex):
    e = _one(ex, "وفتحت السلطات ممرا آمنا لإيصال المساعدات الإنسانية إلى المدينة المحاصرة", "AID", "لإيصال")
    assert e.modality == "planned"


def test_assemble_a_dispersal_past_its_other_tools_is_one_act(ex):
    text = "فأطلقت قوات الأمن الغاز المسيل للدموع والقنابل الصوتية لتفريقهم"
    assert [e.mode for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["crowd-control"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the feminine verbal noun after a clause is the participle: the subject demands
        ("نظمت نقابة المعلمين وقفة أمام مقر الوزارة، مطالبة الحكومة بصرف الرواتب", ["--- OPP"], ["--- GOV"]),
        ("وأدانت الخارجية العراقية القصف التركي، مطالبة أنقرة بسحب قواتها", ["IRQ GOV"], ["TUR GOV"]),
        # (a union that marches, or holds a stand, is a protester, and so demands)
        ("وتظاهرت النقابة أمام البرلمان مطالبة الحكومة بإلغاء القانون", ["--- OPP"], ["--- GOV"]),
        # the noun after a verb or a preposition stays the noun: who is asked is named after it
        ("وجدد الوزير مطالبة المجتمع الدولي بالضغط على إسرائيل", ["IGO IGO"], None),
    ],
)
def test_assemble_a_bare_feminine_demand_after_a_clause_is_the_participle(ex, text, actors, targets):
    _check(ex, text, "REQUEST", "مطالبة", actors, targets)


def test_assemble_a_demand_after_a_preposition_is_the_noun(ex):
    text = "واستقال رئيس الحكومة بعد أيام من احتجاجات واسعة وبعد ساعات من مطالبة قائد الجيش بتطبيق الدستور"
    e = _one(ex, text, "REQUEST", "مطالبة")
    assert [a.sector for a in e.actors] == ["MIL"]


def test_assemble_the_civil_adjective_of_a_thing_is_no_civilian(ex):
    e = _one(ex, "وخرج المحتجون مطالبين باستعادة المسار المدني", "REQUEST", "مطالبين")
    assert e.targets == ()


@pytest.mark.parametrize(
    "text, told",
    [
        ("أعدمت السلطات شابا فجر اليوم بعد إدانته على خلفية مشاركته في الاحتجاجات", False),
        ("وصدرت أحكام بالسجن بحق عشرين شخصا على صلة بالاحتجاجات", False),
        ("واعتقلت الشرطة ناشطين على خلفية أعمال الشغب", False),
        # a relative clause tells them
        ("واعتقلت الشرطة ناشطا على خلفية الاحتجاجات التي اندلعت الأسبوع الماضي في المدينة", True),
    ],
)
def test_assemble_the_protests_a_charge_is_about_are_no_new_protest(ex, text, told):
    assert ("PROTEST" in _types(ex, text)) is told


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # "كان ... قد" + a past verb is the past before the past, even where the verb looks
        # like a present ("توعّد", "نفذ")
        ("وكان رئيس الأركان، اللواء أحمد سالم، قد توعّد الأسبوع الماضي بملاحقة المهربين", "THREATEN", "توعّد",
         "asserted"),
        ("وكان التنظيم قد نفذ في مارس الماضي هجوما على سوق شعبي في المدينة", "ASSAULT", "هجوما", "asserted"),
        # "قد" + a present is a possibility, also after a "كان" of another clause
        ("قال الوزير إن الجيش قد يشن هجوما على المدينة", "ASSAULT", "هجوما", "possible"),
        ("وكان الوزير قال إن الجيش قد يشن هجوما على المدينة", "ASSAULT", "هجوما", "possible"),
    ],
)
def test_assemble_had_is_no_possibility(ex, text, etype, trigger, modality):
    assert _one(ex, text, etype, trigger).modality == modality


def test_assemble_a_warning_of_force_to_come_in_a_that_clause_with_a_pronoun(ex):
    # "من أنه" opens what the warner will do, as "من أن" does
    e = _one(ex, "حذر الحرس الثوري من أنه سيتصدى بحزم لأي تحرك في المدينة", "THREATEN", "حذر")
    assert (_codes(e.actors), e.modality) == (["IRN MIL"], "asserted")


def test_assemble_a_warning_of_a_price_unless_one_complies_is_a_threat(ex):
    text = ("وقال نائب الرئيس إن على المقاتلين الانسحاب الى شرق النهر، محذرا من أنهم سيخسرون الدعم الأميركي "
            "إذا لم يفعلوا ذلك")
    e = _one(ex, text, "THREATEN", "محذرا")
    assert e.modality == "asserted"


def test_assemble_the_future_of_a_verb_stops_at_a_comma(ex):
    e = _one(ex, "أعلن الجيش أنه سيواصل عملياته، واعتقل ثلاثة مسلحين قرب الحدود", "COERCE", "اعتقل")
    assert e.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "ودعا الحرس الثوري القضاء إلى محاكمة ناشري الأكاذيب والشائعات",
        'وطالب الوزير بمحاسبة مروجي "الشائعات"',
    ],
)
def test_assemble_lies_spread_are_a_charge_not_a_denial(ex, text):
    assert "negated" not in [e.modality for e in ex.extract(text, article_date=DATE)]


def test_assemble_an_operations_command_in_a_name_hides_no_killing(ex):
    # the operations of the command's name are no attack whose toll the killing would be
    text = "وقالت خلية الإعلام الأمني التابعة لقيادة العمليات المشتركة إن القوات قتلت خمسة مسلحين"
    e = _one(ex, text, "ASSAULT", "قتلت")
    assert (_codes(e.actors), e.fatalities) == (["IRQ MIL"], 5)


def test_assemble_a_sector_of_command_is_no_attack(ex):
    text = "أعلنت خلية الإعلام الأمني تدمير ثلاث مضافات للتنظيم في وادي الشاي ضمن قاطع عمليات صلاح الدين"
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["تدمير"]


@pytest.mark.parametrize(
    "text, attack",
    [
        ("وقال المدير العام للعمليات العسكرية في الجيش إن الوضع على الحدود هادئ", False),
        ("وأجرى المديران العامان للعمليات العسكرية في البلدين محادثات عبر الخط الساخن", False),
        ("وأكد مدير إدارة العمليات العسكرية أن الوضع مستقر", False),
        # operations begun are an attack
        ("وأعلن الجيش بدء العمليات العسكرية في المدينة", True),
    ],
)
def test_assemble_an_office_named_after_operations_is_no_attack(ex, text, attack):
    assert ("ASSAULT" in _types(ex, text)) is attack


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # a high commissioner is an envoy: driving one out is an expulsion
        ("أعلنت باكستان أمس طرد المفوض السامي الهندي لديها", "طرد", ["PAK GOV"], ["IND GOV"]),
        ("وطردت نيودلهي المفوض السامي الباكستاني", "طردت", ["IND GOV"], ["PAK GOV"]),
    ],
)
def test_assemble_a_high_commissioner_driven_out_is_expelled(ex, text, trigger, actors, targets):
    assert _check(ex, text, "SANCTION", trigger, actors, targets).mode == "expel"


def test_assemble_the_un_high_commissioner_is_the_un(ex):
    _check(ex, "ودعا المفوض السامي لحقوق الإنسان السلطات إلى الإفراج عن المعتقلين", "REQUEST", "دعا",
           ["UNO UNO"], None)


def test_assemble_his_country_is_the_speakers_not_the_city_he_came_to(ex):
    text = "وقال كبير المفاوضين الإيرانيين لدى وصوله إلى فيينا إن بلاده تطالب الولايات المتحدة برفع العقوبات"
    _check(ex, text, "REQUEST", "تطالب", ["IRN GOV"], ["USA GOV"])


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # the state a call asks, named by its capital, is who would act (no place)
        ("وقال الوزير إن بلاده تطالب واشنطن برفع العقوبات", "RETREAT", "برفع", ["USA GOV"]),
        ("وأدانت الخارجية الإيرانية الخطوة، مطالبة لندن بالإفراج الفوري عن الناقلة", "RETREAT", "بالإفراج",
         ["GBR GOV"]),
    ],
)
def test_assemble_the_capital_a_call_asks_is_the_state_that_would_act(ex, text, etype, trigger, actors):
    e = _check(ex, text, etype, trigger, actors, None)
    assert e.place is None


@pytest.mark.parametrize(
    "text, named",
    [
        ('وقال المتحدث إن الحكومة ترفض الضربة، واصفا إياها بأنها "اغتيال واضح" و"اعتداء سافر على السيادة"',
         ["اغتيال", "اعتداء"]),
        ('وقصفت الطائرات المدينة، وهو ما وصفته الحكومة بـ"الاعتداء الإرهابي"', ["الاعتداء"]),
        ('وندد الحزب بالحكم ووصفه بأنه "اعتقال سياسي"', ["اعتقال"]),
    ],
)
def test_assemble_what_an_act_is_called_is_no_act(ex, text, named):
    triggers = [e.trigger.text for e in ex.extract(text, article_date=DATE)]
    assert triggers and not set(named) & set(triggers)


@pytest.mark.parametrize(
    "text, etype",
    [
        # what one does by the name one gives it is done; a violation named is an accusation
        ("بدأ الجيش فجر اليوم ما وصفها بأنها «عملية برية محدودة» ضد مواقع الحركة", "ASSAULT"),
        ("ودانت الخارجية الغارة، واصفة إياها بأنها «انتهاك للسيادة العراقية»", "ACCUSE"),
    ],
)
def test_assemble_what_one_names_one_did_or_a_violation_named_stays(ex, text, etype):
    assert etype in _types(ex, text)


@pytest.mark.parametrize(
    "text, n",
    [
        # the clause on indefinite strikes is theirs: past where they fell or who told of them
        ("ونفذت الطائرات ضربات فوق المنطقة العازلة استهدفت مواقع للمسلحين", 1),
        ("وجاء ذلك بعد غارات جوية إسرائيلية قالت تل أبيب إنها استهدفت مستودعات أسلحة", 1),
        # past its weapons
        ("قتل 12 شخصا في قصف بالمدفعية والصواريخ استهدف سوقا شعبيا", 1),
        # a joined verb is another act
        ("وشن الجيش غارات على مواقع المسلحين، واستهدفت المدفعية مواقع أخرى", 2),
    ],
)
def test_assemble_a_clause_on_indefinite_strikes_is_theirs(ex, text, n):
    assert _types(ex, text) == ["ASSAULT"] * n


@pytest.mark.parametrize(
    "text",
    [
        # a verb that is also a noun stands beside its subject past a count
        "بينما انتشر آلاف الجنود في الشوارع الخالية",
        # troops sent past a date with "في" and a month's two names
        "ونشرت رواندا في التاسع من تموز/يوليو الماضي ألف جندي في الإقليم",
        # and past a range
        "ونشرت رواندا ما بين 3 و4 آلاف جندي في الإقليم",
    ],
)
def test_assemble_troops_past_a_count_or_a_date_are_deployed(ex, text):
    assert "MOBILIZE" in _types(ex, text)


@pytest.mark.parametrize(("text", "actors", "targets"), [
    ("هاتف الرئيس المصري نظيره الفرنسي لبحث الأوضاع في ليبيا", ["EGY GOV"], ["FRA GOV"]),
    ("وهاتفه الرئيس الأمريكي مهنئا بفوزه في الانتخابات", ["USA GOV"], []),
])
def test_assemble_who_phones_whom(ex, text, actors, targets):
    e = _one(ex, text, "CONSULT", "هاتف")
    assert e.mode == "phone" and _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize("text", [
    "أطلقت الشركة هاتفها الجديد في الأسواق العربية بسعر منافس",
    "قالت الصحيفة إن المخابرات اخترقت هاتفه المحمول",
])
def test_assemble_ones_own_telephone_is_no_call(ex, text):
    assert "CONSULT" not in _types(ex, text)


def test_assemble_the_telephone_is_no_call(ex):
    text = "وواصلت السلطات قطع خدمات الإنترنت والهاتف في المدينة"
    assert "CONSULT" not in _types(ex, text)
    assert "CONSULT" in [e.type for e in ex.extract("وهاتف الرئيس نظيره الفرنسي أمس", article_date=DATE)]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the sides in their object form after a joined verb are whom it calls on
        ("ورحب الأمين العام للأمم المتحدة بالاتفاق، ودعا الطرفين إلى الإسراع في تنفيذه", ["UNO UNO"], ["--- ---"]),
        ("وأعلنت الولايات المتحدة والسعودية الهدنة ودعتا الطرفين إلى احترامها", ["SAU GOV", "USA GOV"],
         ["--- ---"]),
    ],
)
def test_assemble_the_sides_called_on_after_a_joined_verb_are_its_object(ex, text, actors, targets):
    _check(ex, text, "REQUEST", "دع", actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # a verb joined to a denial, or a clause told by a joined verb of saying, is asserted
        ("فيما نفت إسلام آباد أي صلة لها بالتفجير ودعت إلى تحقيق دولي", "REQUEST", "دعت", "asserted"),
        ("ونفى الجيش وقوع أي ضربات، وقال في بيان إن القوات الهندية فتحت النار على مواقعه", "ASSAULT", "فتحت",
         "asserted"),
        # what is denied to have been, after "أن", stays denied
        ("ونفى الجيش أن يكون قصف المستشفى", "ASSAULT", "قصف", "negated"),
    ],
)
def test_assemble_a_denial_reaches_no_joined_verb(ex, text, etype, trigger, modality):
    assert _one(ex, text, etype, trigger).modality == modality


@pytest.mark.parametrize(
    "text, types",
    [
        # protesters who attack or set fire riot
        ("وهاجم مئات المحتجين مبنى السفارة وأضرموا النار فيه", [("PROTEST", "riot"), ("PROTEST", "vandalize")]),
        # gunmen attack; clashes with the forces stay clashes
        ("وهاجم مسلحون مركزا للشرطة وأضرموا النار فيه", [("ASSAULT", None), ("ASSAULT", "destroy")]),
        ("واندلعت مواجهات بين المحتجين وقوات الأمن في المدينة", [("ASSAULT", None)]),
    ],
)
def test_assemble_protesters_who_attack_riot(ex, text, types):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE) if e.trigger.text != "المحتجين"] == types


def test_assemble_live_fire_and_gas_to_disperse_is_one_dispersal(ex):
    text = "وقالت المنظمة إن قوات الأمن أطلقت الرصاص الحي والغاز المسيل للدموع لتفريق المتظاهرين في المدينة"
    # (the protesters dispersed hold a protest of their own, as the gold guide codes them)
    assert [(e.type, e.mode, _codes(e.targets)) for e in ex.extract(text, article_date=DATE)
            if e.type == "ASSAULT"] == [("ASSAULT", "crowd-control", ["--- OPP"])]


@pytest.mark.parametrize(
    "text, sanctions",
    [
        ("وأعلنت الحكومة تعليق التبادل التجاري مع الهند", [None]),
        ("وأعلنت باكستان تعليق كل أشكال التجارة مع الهند", [None]),
        # two kinds of sanction in one sentence are two
        ("أعلنت باكستان طرد السفير الهندي وتعليق التبادل التجاري مع الهند", ["expel", None]),
    ],
)
def test_assemble_trade_suspended_is_a_sanction(ex, text, sanctions):
    assert [e.mode for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION"] == sanctions


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the blame laid on someone with "لـ" names whom it accuses
        ('وحمّلت نيودلهي مسؤولية الهجوم لجماعة "جيش محمد"', ["IND GOV"], ["PAK REB"]),
        ("وحمّل الجيش المسؤولية لحركة الشباب", ["SOM MIL"], ["SOM REB"]),
    ],
)
def test_assemble_the_blame_laid_on_a_group(ex, text, actors, targets):
    _check(ex, text, "ACCUSE", "حمّل", actors, targets)


def test_assemble_the_second_of_two_weapons_is_no_target(ex):
    text = "وقتل تسعة أشخاص في هجمات بصواريخ وطائرات مسيرة شنها الحرس الثوري على مقار أحزاب معارضة"
    e = _one(ex, text, "ASSAULT", "هجمات")
    assert "مسيرة" not in " ".join(a.text for a in e.targets)


def test_assemble_the_au_peace_and_security_council(ex):
    text = "ودعا مجلس السلم والأمن التابع للاتحاد الأفريقي الطرفين إلى ضبط النفس"
    _check(ex, text, "REQUEST", "دعا", ["IGO IGO"], None)


@pytest.mark.parametrize(
    "text, abducts",
    [
        # captured in battle is taken
        ("وأسرت قوات الدعم السريع عشرات الجنود خلال المعارك", ["أسرت"]),
        # the name "ياسر" is no capture
        ("وأكد ياسر عرفات أن الحل قريب", []),
    ],
)
def test_assemble_captured_in_battle_is_taken(ex, text, abducts):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.mode == "abduct"] == abducts


def test_assemble_hundreds_wounded_after_the_dead_are_not_dead(ex):
    text = "وأسفر الهجومان على السوق عن سقوط أكثر من 30 قتيلا ومئات الجرحى"
    assert [e.fatalities for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == [30]


@pytest.mark.parametrize(
    "text, threat",
    [
        # a pledge of force or punishment is a threat
        ("وتعهد الرئيس بملاحقة الإرهابيين حتى آخر معاقلهم", True),
        ("وتعهد الجيش بالرد على الهجوم", True),
        ("وتعهد الرئيس بأن الولايات المتحدة ستحاسب جميع المسؤولين", True),
        ("وتعهد قائد الجماعة بالقصاص من منفذي الهجوم", True),
        ('وتعهد الأمين العام للحزب بـ"حساب عسير" للمعتدين', True),
        # a pledge of anything else is none
        ("وتعهدت الحكومة بإعادة إعمار المدينة", False),
        ("ويتعهد بموجبه الطرفان بعدم استهداف السفن", False),
    ],
)
def test_assemble_a_pledge_of_force_is_a_threat(ex, text, threat):
    assert ("THREATEN" in _types(ex, text)) is threat


def test_assemble_a_title_with_the_article_takes_no_capital_after_it(ex):
    e = _check(ex, "زار الوزير طهران أمس", "CONSULT", "زار", None, ["IRN GOV"])
    assert [a.text for a in e.actors] == ["الوزير"]


def test_assemble_a_director_general_is_an_official(ex):
    text = "وكان المدير العام للوكالة الدولية للطاقة الذرية قد زار طهران الثلاثاء الماضي"
    _check(ex, text, "CONSULT", "زار", ["UNO UNO"], None)


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # who suffers an attack is its target, not its actor, also past a count and
        # before the verb
        ("وقال مسؤول إن المستشفى تعرض لقصف مدفعي", "لقصف", ["MED"]),
        ("تعرضت القوات الأمريكية في العراق لأكثر من 160 هجوما بالصواريخ", "هجوما", ["USA MIL"]),
        ("وكانت السفارة الأمريكية قد تعرضت لعشرات الهجمات بالصواريخ", "الهجمات", ["USA GOV"]),
    ],
)
def test_assemble_who_suffers_an_attack_is_its_target(ex, text, trigger, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.actors == ()
    assert [t.code if t.country else t.sector for t in e.targets] == targets


def test_assemble_the_place_that_sees_protests_does_not_protest(ex):
    e = _one(ex, "وشهدت العاصمة بغداد احتجاجات واسعة أمس", "PROTEST", "احتجاجات")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, types",
    [
        # talks refused are a rejection
        ("وأكدت الحكومة أنها لن تتفاوض مع العسكريين قبل الإفراج عن المعتقلين", ["REJECT", "RETREAT"]),
        ("وتعهد الرئيس بعدم التفاوض مع حكومة جوبا", ["REJECT"]),
        # talks that did not take place are no refusal
        ("وقال الوسيط إن الطرفين لم يجريا مفاوضات منذ عامين", ["CONSULT"]),
    ],
)
def test_assemble_talks_refused_are_a_rejection(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a verb joined to a call shares its subject, and whom it asks does the act
        ("وأدان مجلس الأمن الغارات وطالب الخرطوم بوقف القصف فورا", "بوقف", ["SDN GOV"]),
        # not a purpose further on, past the act the call asks for
        ("ودعت الرئاسة مجلس الأمن إلى التدخل الفوري لوقف العدوان على المدينة", "لوقف", []),
        ("وطالبت الخارجية مجلس الأمن باتخاذ إجراءات حازمة لوقف الهجمات", "لوقف", []),
    ],
)
def test_assemble_whom_a_joined_call_asks_does_the_act(ex, text, trigger, actors):
    e = _one(ex, text, "RETREAT", trigger)
    assert _codes(e.actors) == actors


def test_assemble_a_purpose_takes_no_actor_from_whom_a_call_asks(ex):
    text = ("ودعا المبعوث الأممي الحوثيين إلى وقف استهداف السفن، معلنا أنه سيتوجه إلى مسقط الأسبوع المقبل "
            "لإجراء مشاورات مع مسؤولين عمانيين")
    _check(ex, text, "CONSULT", "مشاورات", ["UNO UNO"], None)


@pytest.mark.parametrize(
    "text, trigger, actor, target",
    [
        # a second call joined after a comma is asserted, and its subject is the first's:
        # the state or feminine body after the masculine verb is whom it asks
        ("دعا الأمين العام جميع الأطراف إلى حماية المدنيين، وحثّ بنغلاديش على فتح حدودها", "حثّ",
         "الأمين العام", "بنغلاديش"),
        ("دعا الوزير المتمردين إلى إلقاء السلاح، وطالب الحكومة بالإفراج عن المعتقلين", "طالب",
         "الوزير", "الحكومة"),
        # men who call are its subject
        ("طالب المحتجون الحكومة بالاستقالة", "طالب", "المحتجون", "الحكومة"),
    ],
)
def test_assemble_a_second_call_is_made_by_the_first_caller(ex, text, trigger, actor, target):
    e = _one(ex, text, "REQUEST", trigger)
    assert e.modality == ce.Modality.ASSERTED
    assert [a.text for a in e.actors] == [actor]
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # an invasion told by its verb
        ("اجتاحت القوات العراقية دولة الكويت فجر الخميس", "ASSAULT", "اجتاحت", ["IRQ MIL"], None),
        # a trade embargo
        ("وقررت الحكومة حظر التجارة مع بغداد", "SANCTION", "حظر التجارة", None, None),
        # leaders of the archives, and feminine titles
        ("والتقى الوزير الفرنسي أمس في بغداد صدام حسين", "CONSULT", "التقى", ["FRA GOV"], ["IRQ GOV"]),
        ("ونددت رئيسة مفوضية الاتحاد الأفريقي بالهجوم على القاعدة", "ACCUSE", "نددت", ["IGO IGO"], None),
        ("وهاجم مسلحو جيش إنقاذ روهينغا أراكان مراكز للشرطة", "ASSAULT", "هاجم", ["MMR REB"], None),
    ],
)
def test_assemble_lexicon_entries_of_older_and_further_conflicts(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_woman_prime_minister_is_named_whole(ex):
    e = _one(ex, "وطالبت رئيسة الوزراء سلطات ميانمار بوقف العنف", "REQUEST", "طالبت")
    assert [a.text for a in e.actors] == ["رئيسة الوزراء"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # after "إنها / أنه" the pronoun is the verb's subject: what follows is its object
        ("وقالت الشرطة إنها اعتقلت أكثر من 50 من أعضاء الحركة في الخرطوم", "COERCE", "اعتقلت",
         ["SDN COP"], None),
        ("وقالت جماعة الحوثي إنها استهدفت الطائرات الأمريكية في البحر الأحمر", "ASSAULT", "استهدفت",
         ["YEM REB"], ["USA MIL"]),
    ],
)
def test_assemble_the_pronoun_after_that_is_the_subject(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_the_blame_laid_in_quotes(ex):
    text = 'وحمّل حزب الله إسرائيل "المسؤولية الكاملة عن هذا العدوان"، متوعدا إياها بالرد'
    _check(ex, text, "ACCUSE", "حمّل", ["LBN REB"], ["ISR GOV"])


def test_assemble_had_past_a_relative_clause_is_the_past_before_the_past(ex):
    text = 'وكان زعيم الحركة، الذي تولى قيادتها بعد مقتل سلفه في غارة جوية على الجنوب، قد تعهد بـ"حساب عسير"'
    assert _one(ex, text, "THREATEN", "تعهد").modality == ce.Modality.ASSERTED


def test_assemble_a_state_named_as_where_is_no_light_verbs_subject(ex):
    text = "وأقر الجيش بمقتل ثمانية من جنوده في معارك جنوب لبنان منذ بدء التوغل"
    # (the incursion since whose start the toll is counted is no event of its own)
    assert "MOBILIZE" not in _types(ex, text)
    e = _one(ex, text, "ASSAULT", "معارك")
    assert "لبنان" not in [a.text for a in e.actors]


@pytest.mark.parametrize(
    "text",
    [
        # an armed group's order to leave is an evacuation warning too
        "وأعلنت جماعة الحوثي سيطرتها على مواقع عسكرية، مطالبة السكان المدنيين بمغادرة المناطق المحيطة بالمدينة",
        # and so is an order on people named at length before what they must do
        "وكان الجيش الإسرائيلي قد دعا أمس نحو مئة ألف من سكان الأحياء الشرقية لمدينة رفح الواقعة جنوبي القطاع "
        "إلى إخلاء منازلهم",
    ],
)
def test_assemble_an_order_to_leave_is_a_threat(ex, text):
    assert "THREATEN" in _types(ex, text)


def test_assemble_the_genitive_of_a_verbs_object_is_not_its_subject(ex):
    e = _one(ex, "ودافع الوزير عن الجيش، ورفض اتهامات غامبيا بارتكاب إبادة جماعية", "REJECT", "رفض")
    assert "GMB GOV" not in _codes(e.actors)


def test_assemble_soldiers_in_the_accusative(ex):
    e = _one(ex, "وقال شهود إن جنودا أضرموا النار في قرى بأكملها", "ASSAULT", "أضرموا")
    assert [a.sector for a in e.actors] == ["MIL"]


def test_assemble_shot_by_past_the_ones_among_the_killed(ex):
    text = "قُتل ما لا يقل عن 40 شخصا، بينهم أطفال، أمس السبت برصاص قوات الأمن في مدن عدة"
    e = _one(ex, text, "ASSAULT", "قُتل")
    assert [a.sector for a in e.actors] == ["COP"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # warships and armed drones are forces that strike
        ("وقالت البحرية إن مدمرات أمريكية قصفت فجر اليوم مواقع للحوثيين على الساحل", "ASSAULT", "قصفت",
         ["USA MIL"], ["YEM REB"]),
        ("وأعلنت جبهة التغيير والوفاق في تشاد رفضها للمجلس العسكري", "REJECT", "رفضها", ["TCD REB"], None),
        # "انسحاب قوات" is one form: the name the forces are annexed to is who withdraws
        ("وبدأ انسحاب قوات البيشمركة من مواقعها قرب المدينة مساء أمس", "RETREAT", "انسحاب", ["IRQ MIL"], None),
        # a sentence that opens with "ودان" condemns: it is not the Libyan town
        ("ودان مجلس الأمن الهجوم على قافلة المساعدات", "ACCUSE", "دان", ["UNO UNO"], None),
        # the pronoun on a masculine verb is its object, the joined verb's subject its subject
        ("واستقبل الرئيس قادة الفصائل المسلحة ودعاهم إلى الحوار", "REQUEST", "دعاهم", ["--- GOV"], ["--- REB"]),
    ],
)
def test_assemble_warships_annexed_forces_and_joined_verbs(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_list_of_aircraft_past_armed_drones(ex):
    e = _one(ex, "وأكدت الوزارة أن مروحيات هجومية ومسيرات مسلحة تركية قصفت مخابئ للحزب", "ASSAULT", "قصفت")
    assert "TUR MIL" in _codes(e.actors)


def test_assemble_the_town_of_waddan_after_a_place_noun_is_a_place(ex):
    e = _one(ex, "قصفت الطائرات مدينة ودان في الجفرة", "ASSAULT", "قصفت")
    assert e.place.text == "مدينة ودان"
    assert "ACCUSE" not in _types(ex, "قصفت الطائرات مدينة ودان في الجفرة")


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # who "تعرض له" names in a relative clause after the act suffered it
        ("وقطعت الحكومة علاقاتها مع جارتها بعد الاعتداءات التي تعرضت لها سفارتها", "ASSAULT", "الاعتداءات",
         [], ["--- GOV"]),
        ("وندد الوزير بالقصف الذي تعرضت له المستشفيات في المدينة", "ASSAULT", "بالقصف", [], ["--- MED"]),
        # the one phrase between an ultimatum's verb and its time is whom the time is given
        ("وأعلن الوزير طرد السفير، وأمهل أعضاء البعثة الدبلوماسية 48 ساعة لمغادرة البلاد", "SANCTION", "أمهل",
         ["--- GOV"], None),
        # (a subject, then the object, then the time)
        ("وأمهلت الحكومة السفير يومين لمغادرة البلاد", "SANCTION", "أمهلت", ["--- GOV"], ["--- GOV"]),
    ],
)
def test_assemble_sufferers_in_a_relative_clause_and_deadlines(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_freeing_a_peninsula_is_taking_it(ex):
    text = 'وأعلن الجيش أن قواته "حررت" شبه جزيرة الفاو بالكامل بعد معارك استمرت يومين'
    assert "ASSAULT" in _types(ex, text) and "RETREAT" not in _types(ex, text)


def test_assemble_what_a_binding_resolution_obliges_is_requested(ex):
    text = "وصوّت البرلمان على قرار يلزم الحكومة بنشر قوات في المناطق المتنازع عليها"
    assert _one(ex, text, "MOBILIZE", "بنشر").modality == ce.Modality.REQUESTED


def test_assemble_a_states_general_command_is_its_military(ex):
    text = "واتهمت القيادة العامة للقوات المسلحة العراقية مسلحين بمهاجمة نقطة تفتيش قرب الحدود"
    assert _codes(_one(ex, text, "ACCUSE", "اتهمت").actors) == ["IRQ MIL"]


def test_assemble_a_definite_construct_is_no_head_of_the_object_after_it(ex):
    # "قوات الأمن" is definite: the protesters after it are the object, and the gas the
    # dispersal was done with is that dispersal
    events = ex.extract("وفرقت قوات الأمن المحتجين بالغاز المسيل للدموع أمام مبنى البرلمان", article_date=DATE)
    dispersals = [e for e in events if e.type == "ASSAULT"]
    assert len(dispersals) == 1
    assert _codes(dispersals[0].actors) == ["--- COP"] and _codes(dispersals[0].targets) == ["--- OPP"]


@pytest.mark.parametrize(
    "text",
    [
        "وقمعت قوات الأمن الاحتجاجات السلمية بالقوة في العاصمة",
        "وتقمع الشرطة الاعتصامات بالقوة منذ أسابيع",
    ],
)
def test_assemble_who_puts_down_protests_is_no_protester(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events if e.type == "ASSAULT"] == ["ASSAULT"]
    assert all(not e.actors for e in events if e.type == "PROTEST")


def test_assemble_a_town_taken_without_a_fight_is_occupied(ex):
    text = "وسيطرت القوات الحكومية على البلدة أمس بعد انسحاب المسلحين منها دون قتال يذكر"
    events = ex.extract(text, article_date=DATE)
    taken = _one(ex, text, "COERCE", "سيطرت")
    assert (taken.mode, taken.cameo) == ("seize", "192")
    assert "ASSAULT" not in [e.type for e in events]


def test_assemble_a_town_taken_after_fighting_stays_an_assault(ex):
    text = "وسيطر المسلحون على البلدة بعد معارك عنيفة، قبل أن يدخلوا القرية المجاورة دون مقاومة"
    assert _one(ex, text, "ASSAULT", "سيطر").mode is None


def test_assemble_rockets_counted_after_a_launching_noun(ex):
    e = _one(ex, "وردت الجماعة بإطلاق ثلاثة صواريخ على المدينة فجر اليوم", "ASSAULT", "بإطلاق")
    assert e.mode == "heavy-weapons" and e.actors


@pytest.mark.parametrize("text", [
    "خففت السلطات الصينية القيود المفروضة على حركة السكان",
    "رفعت الحكومة القيود المفروضة على الصحافة",
])
def test_assemble_restrictions_eased_are_a_concession(ex, text):
    e = _one(ex, text, "CONCEDE", "")
    assert [a.sector for a in e.actors] == ["GOV"]


@pytest.mark.parametrize(("text", "targets"), [
    ("منحت ألمانيا حق اللجوء لعشرات الصحفيين الأفغان", ["AFG JRN"]),
    ("قدمت السعودية مساعدات لآلاف اللاجئين السوريين", ["SYR REF"]),
])
def test_assemble_whom_aid_is_for_past_a_count(ex, text, targets):
    assert _codes(_one(ex, text, "AID", "").targets) == targets


def test_assemble_whom_concessions_are_made_to_is_the_target(ex):
    e = _one(ex, "وقدمت الحكومة تنازلات للمعارضة بشأن موعد الانتخابات", "CONCEDE", "تنازلات")
    assert _codes(e.actors) == ["--- GOV"] and _codes(e.targets) == ["--- OPP"]


@pytest.mark.parametrize(
    "text, etype",
    [
        # rockets that fall are an attack
        ("وسقطت ثلاثة صواريخ قرب مبنى السفارة في العاصمة فجر اليوم", "ASSAULT"),
        ("وقال الجيش إن عددا من الصواريخ سقط داخل القاعدة الجوية دون أن يسفر عن إصابات", "ASSAULT"),
        ("وأفادت الوكالة بأن 12 صاروخا أرض-أرض سقطت على المدينة منذ الأسبوع الماضي", "ASSAULT"),
        # reserving the right to respond is a threat
        ("وأكد الرئيس أن بلاده تحتفظ بحقها الكامل في الرد على هذا الاعتداء", "THREATEN"),
        ("وقال المتحدث إن الحكومة تحتفظ بحق الرد في الزمان والمكان المناسبين", "THREATEN"),
    ],
)
def test_assemble_rockets_that_fall_and_a_right_to_respond_reserved(ex, text, etype):
    assert _types(ex, text).count(etype) == 1


def test_assemble_a_city_that_falls_is_no_rocket_attack(ex):
    # (it is taken: ground that fell into the gunmen's hands)
    events = ex.extract("وسقطت المدينة في أيدي المسلحين بعد انسحاب الجيش منها", article_date=DATE)
    assert [(e.type, e.mode, e.trigger.text) for e in events if e.type == "ASSAULT"] == [
        ("ASSAULT", None, "في أيدي")]


def test_assemble_the_two_sides_are_the_pair_named_before(ex):
    text = ("وأعلنت الأمم المتحدة أن وقف إطلاق النار بين إثيوبيا وإريتريا سيدخل حيز التنفيذ غدا. "
            "وأضافت أن الطرفين وافقا على تبادل الأسرى")
    e = _one(ex, text, "AGREE", "وافقا")
    assert _codes(e.actors) == ["ERI GOV", "ETH GOV"] and not e.targets


def test_assemble_the_two_sides_called_on_are_not_the_callers(ex):
    e = _one(ex, "ودعت الولايات المتحدة والسعودية الطرفين إلى الالتزام بالهدنة", "REQUEST", "دعت")
    assert "USA GOV" not in _codes(e.targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # a verb joined in the same clause shares the subject: what follows is its object
        ("وقالت البحرية إن مدمرات أمريكية قصفت أمس زوارق للحوثيين وأغرقت فرقاطة إيرانية قرب السواحل",
         "ASSAULT", "أغرقت", ["USA MIL"], ["IRN MIL"]),
        ("وكان الرئيس الفرنسي قد زار القاهرة أمس والتقى الرئيس المصري في قصر الاتحادية", "CONSULT", "التقى",
         ["FRA GOV"], ["EGY GOV"]),
        # (not past a pronoun object on the joined verb: a new subject follows)
        ("ورحبت بها إسرائيل ورفضتها حركة حماس", "REJECT", "رفضتها", ["PSE REB"], None),
    ],
)
def test_assemble_a_verb_joined_in_its_clause_shares_the_subject(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


def test_assemble_a_verb_form_with_a_pronoun_then_li_is_the_verbal_noun(ex):
    text = "وأعلنت حركة الشباب، في بيان بثته إذاعة الأندلس مساء أمس، رفضها للمبادرة"
    e = _one(ex, text, "REJECT", "رفضها")
    assert _codes(e.actors) == ["SOM REB"] and "SOM REB" not in _codes(e.targets)


def test_assemble_acres_counted_are_no_condemnation(ex):
    assert _types(ex, "وصادرت السلطات ألف فدان من أراضي المزارعين في القرية") == ["COERCE"]


def test_assemble_bombs_dropped_are_an_air_strike(ex):
    e = _one(ex, "وألقت طائرات حربية قنابل على مواقع المسلحين في أطراف البلدة", "ASSAULT", "قنابل")
    assert e.mode == "aerial" and _codes(e.actors) == ["--- MIL"]
    # (tear gas canisters dropped are the dispersal; an arrest is no bombing)
    gas = _one(ex, "وألقت طائرات مسيرة قنابل الغاز المسيل للدموع على المحتجين", "ASSAULT", "قنابل")
    assert gas.mode == "crowd-control"
    assert _types(ex, "وألقى الجيش القبض على ثلاثة مسلحين") == ["COERCE"]


def test_assemble_easing_tension_is_no_truce(ex):
    assert "RETREAT" not in _types(ex, "وأعرب الوزير عن أمله في أن تسهم المحادثات في تهدئة التوتر الإقليمي")
    assert "RETREAT" in _types(ex, "وأعلنت الفصائل التزامها بالتهدئة مع إسرائيل")


def test_assemble_a_gas_field_struck_and_international_rights_groups(ex):
    text = "وقتل أربعة عمال في هجوم بطائرة مسيرة استهدف مساء أمس حقل خور مور للغاز في محافظة السليمانية"
    assert [(a.text, a.sector) for a in _one(ex, text, "ASSAULT", "هجوم").targets] == [("حقل", "CVL")]
    text = "وطالبت منظمات حقوقية دولية بفتح تحقيق في مقتل المحتجين في بغداد"
    assert _codes(_one(ex, text, "REQUEST", "طالبت").actors) == ["NGO HRI"]


@pytest.mark.parametrize(
    "text",
    [
        "وقامت قوات الأمن بتفريق المتظاهرين بالقوة أمام مقر البرلمان",
        "وبدأت الشرطة قمع المتظاهرين في ساحة التحرير مساء أمس",
    ],
)
def test_assemble_protesters_after_a_dispersal_noun_are_its_object(ex, text):
    # the protesters are what force is used on, never who uses it; they still protest
    events = ex.extract(text, article_date=DATE)
    e = next(e for e in events if e.type == "ASSAULT")
    assert e.mode == "crowd-control"
    assert [a.sector for a in e.actors] == ["COP"] and [a.text for a in e.targets] == ["المتظاهرين"]
    assert [e.type for e in events].count("PROTEST") == 1


@pytest.mark.parametrize(
    "text, target",
    [
        # property of the army or the police is theirs
        ("استهدف تفجير حافلة للجيش على طريق سريع قرب العاصمة", "--- MIL"),
        ("قصفت الطائرات مبنى للشرطة وسط المدينة", "--- COP"),
        ("هاجم مسلحون حافلة للمدنيين على طريق سريع", "--- CVL"),
        # and a vehicle carrying armed men is theirs
        ("استهدف تفجير حافلة تقل جنودا على طريق سريع قرب العاصمة", "--- MIL"),
        ("وقصفت الطائرات سيارة تقل مسلحين على الطريق الدولي", "--- REB"),
        ("استهدف تفجير حافلة تقل عمالا على طريق سريع قرب العاصمة", "--- CVL"),
    ],
)
def test_assemble_property_struck_is_of_its_owner_or_its_passengers(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, told",
    [
        ("وقال ضابط رفض الكشف عن هويته إن الهجوم أسفر عن مقتل ثلاثة جنود", ("ASSAULT", "asserted")),
        ("وقال مصدر عسكري طلب عدم ذكر اسمه إن القوات انسحبت من البلدة", ("RETREAT", "asserted")),
    ],
)
def test_assemble_an_unnamed_source_refuses_or_asks_nothing(ex, text, told):
    # the wish to stay unnamed is no refusal or request, and denies nothing it reports
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.modality.value) for e in events] == [told]


def test_assemble_the_white_house_is_the_presidency_not_a_place(ex):
    e = _one(ex, "وندد البيت الأبيض بالهجوم الذي استهدف السفارة الأمريكية في بغداد", "ACCUSE", "ندد")
    assert _codes(e.actors) == ["USA GOV"]
    # where a speech was given from is neither a town in Sudan nor who sends the troops
    text = "أعلن الرئيس الأمريكي، في خطاب ألقاه من البيت الأبيض، إرسال ثلاثة آلاف جندي إضافي إلى العراق"
    e = _one(ex, text, "MOBILIZE", "")
    assert [a.text for a in e.actors] == ["الرئيس الأمريكي"] and e.place.text == "العراق"


@pytest.mark.parametrize(
    "text, target",
    [
        ("واعتقلت السلطات عشرة من ضباط الشرطة بتهمة التواطؤ مع المسلحين", "--- COP"),
        ("وهاجم مسلحون ضباط المخابرات قرب مقرهم", "--- SPY"),
        ("وهاجم مسلحون جنود الجيش قرب الحدود", "--- MIL"),
    ],
)
def test_assemble_officers_of_the_police_or_intelligence_are_theirs(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "ASSAULT"))
    assert _codes(e.targets) == [target]


def test_assemble_a_verb_form_after_bi_is_a_verbal_noun_with_no_date_of_the_accusation(ex):
    # "بقتل" is the killing accused of: the accusation's date is not the killing's
    text = "اتهمت منظمة العفو الدولية أمس المسلحين بقتل عشرات المدنيين في القرية"
    e = _one(ex, text, "ASSAULT", "بقتل")
    assert e.date is None and _codes(e.actors) == ["--- REB"]
    assert _one(ex, text, "ACCUSE", "اتهمت").date is not None


@pytest.mark.parametrize(
    "text",
    [
        "وهاجمت قوات المعارضة مواقع للجيش في مقاطعة كوتش بولاية الوحدة",
        "وأعلنت الحكومة حالة المجاعة في مقاطعتي لير وماينديت",
    ],
)
def test_assemble_a_province_by_a_name_no_lexicon_knows_is_no_boycott(ex, text):
    assert "PROTEST" not in _types(ex, text)


def test_assemble_a_boycott_of_elections_is_still_one(ex):
    assert "PROTEST" in _types(ex, "ودعت أحزاب المعارضة إلى مقاطعة الانتخابات المقبلة")


def test_assemble_the_object_past_a_named_subject_and_a_time_between_commas(ex):
    text = "واتهم الرئيس السوداني، عمر البشير، أمس الأحد الجماعات المسلحة بعرقلة اتفاق السلام"
    e = _one(ex, text, "ACCUSE", "اتهم")
    assert [a.text for a in e.targets] == ["الجماعات المسلحة"]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        # the deputy of the subject is of its state and sector
        ("واتهم الرئيس السوداني نائبه السابق بالوقوف وراء محاولة الانقلاب", "ACCUSE", ["SDN GOV"]),
        # the deputy of the one named before him is of that one's body
        ("وفرضت واشنطن عقوبات على الأمين العام لحزب الله حسن نصر الله ونائبه نعيم قاسم", "SANCTION",
         ["LBN REB", "LBN REB"]),
    ],
)
def test_assemble_a_deputy_is_of_whom_he_serves(ex, text, etype, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert _codes(e.targets) == target


@pytest.mark.parametrize(
    "text, etype, actor",
    [
        ("وأعلنت وزارة التضامن الاجتماعي صرف تعويضات لأسر الضحايا", None, None),
        ("واتهمت وزارة النقل في حكومة الوحدة الوطنية قوات المعارضة بقصف المطار", "ACCUSE", "وزارة النقل"),
    ],
)
def test_assemble_ministries_by_their_portfolio(ex, text, etype, actor):
    # a portfolio's words are no act ("التضامن"), and the body the ministry is part of
    # comes before the object
    events = ex.extract(text, article_date=DATE)
    assert "SUPPORT" not in [e.type for e in events]
    if etype:
        e = _one(ex, text, etype, "")
        assert [a.text for a in e.actors] == [actor] and _codes(e.targets) == ["--- REB"]


def test_assemble_an_agreement_signed_past_a_named_leader_a_time_and_a_place(ex):
    text = "ووقّع زعيم المتمردين جون قرنق، أمس الأحد في العاصمة الكينية نيروبي، اتفاق السلام الشامل"
    e = _one(ex, text, "AGREE", "وقّع")
    assert [a.sector for a in e.actors] == ["REB"] and e.date is not None


@pytest.mark.parametrize(
    "text, etype, codes",
    [
        ("والتقى وفدا الحكومة السودانية والمتمردين أمس في الدوحة", "CONSULT", ["SDN GOV", "SDN REB"]),
        # an envoy of another state talks with rebels who are not his state's
        ("والتقى المبعوث الأمريكي بالمتمردين أمس في جوبا", "CONSULT", ["SSD REB", "USA GOV"]),
    ],
)
def test_assemble_rebels_who_meet_their_government_abroad_are_its_own(ex, text, etype, codes):
    e = _one(ex, text, etype, "")
    assert sorted(_codes(e.actors) + _codes(e.targets)) == codes


def test_assemble_a_chief_of_a_party_or_a_clergy_body_is_of_that_body(ex):
    e = _one(ex, "واتهم رئيس هيئة علماء المسلمين الحكومة العراقية بالطائفية", "ACCUSE", "اتهم")
    assert _codes(e.actors) == ["IRQ REL"]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        ("وأشاد الرئيس العراقي بالقوات المسلحة في بيان", "SUPPORT", "بالقوات المسلحة"),
        ("وندد الرئيس التونسي بإسرائيل في خطاب أمام البرلمان", "ACCUSE", "بإسرائيل"),
        ("ورحب الوزير بالعشائر التي قاتلت التنظيم", "SUPPORT", "بالعشائر"),
    ],
)
def test_assemble_whom_one_praises_or_denounces_follows_bi(ex, text, etype, target):
    e = _one(ex, text, etype, "")
    assert [a.text for a in e.targets] == [target] and [target not in a.text for a in e.actors] == [True]


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        ("وأطلق جنود انقلابيون النار على المدنيين قرب الجسر", "ASSAULT", ["--- REB"]),
        ("واحتجز العسكريون المتمردون رئيس هيئة الأركان في قاعدة جوية", "COERCE", ["--- REB"]),
        # the putschists as an object stay the object
        ("واعتقلت قوات الأمن الانقلابيين في قاعدة جوية", "COERCE", ["--- COP"]),
    ],
)
def test_assemble_soldiers_in_revolt_are_rebels(ex, text, etype, actors):
    e = _one(ex, text, etype, "")
    assert _codes(e.actors) == actors and len(e.targets) == 1


def test_assemble_shots_at_a_crowd_that_took_to_the_streets_are_kept(ex):
    # the firing verb is no light verb of the protest its targets hold
    events = ex.extract("وأطلق جنود النار على الحشود التي خرجت إلى الشوارع في العاصمة", article_date=DATE)
    assert sorted(e.type for e in events) == ["ASSAULT", "PROTEST"]


def test_assemble_fire_opened_is_told_by_its_verb_past_a_long_subject(ex):
    text = "وأطلق جنود متمركزون على الجسر منذ ساعات الليل الأولى النار على حشود من المدنيين"
    e = _one(ex, text, "ASSAULT", "")
    assert e.trigger.text == "أطلق"


def test_assemble_the_object_past_a_long_aside_on_where_it_was_said(ex):
    text = ("واتهم المرشد الأعلى، في أول تعليق علني له على الاحتجاجات ألقاه اليوم في حفل تخرج لطلاب "
            "الكليات العسكرية، الولايات المتحدة بتدبير أعمال الشغب")
    assert _codes(_one(ex, text, "ACCUSE", "اتهم").targets) == ["USA GOV"]


def test_assemble_tear_gas_fired_is_told_by_its_verb_past_a_long_subject(ex):
    text = "وأطلقت قوات الأمن السودانية مساء أمس الغاز المسيل للدموع على آلاف المحتجين في الخرطوم"
    e = _one(ex, text, "ASSAULT", "")
    assert e.mode == "crowd-control" and e.trigger.text == "أطلقت"


@pytest.mark.parametrize(
    "text, n, actors",
    [
        ("وقتل 11 جنديا في هجوم بالأسلحة النارية والقنابل اليدوية شنه متمردون على دورية للجيش", 1, ["--- REB"]),
        ("وهاجم مسلحون القرية بالأسلحة الرشاشة والقنابل اليدوية فجر اليوم", 1, ["--- REB"]),
    ],
)
def test_assemble_a_second_weapon_is_the_same_attack(ex, text, n, actors):
    attacks = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(attacks) == n and _codes(attacks[0].actors) == actors


def test_assemble_a_name_is_no_verb_that_begins_like_the_article(ex):
    # "التقى" (met) has the key "تقي", which the name "هاشم تقي" carries without the article
    text = "ورفض وفد المعارضة برئاسة هاشم تقي أمس الثلاثاء التوقيع على مسودة الاتفاق"
    events = ex.extract(text, article_date=DATE)
    assert "CONSULT" not in [e.type for e in events]
    # and the signing refused, past the delegation's long name and a time, has not happened
    assert [e.modality.value for e in events if e.type == "AGREE"] == ["negated"]


def test_assemble_talks_suspended_are_halted_negotiations(ex):
    # CAMEO 164 "halt negotiations" is SANCTION withdraw in the CAMEO-to-PLOVER table
    e = _one(ex, "وعلّق الرئيس الكولومبي محادثات السلام مع المتمردين احتجاجا على الهجوم", "SANCTION", "")
    assert (e.mode, e.cameo) == ("withdraw", "164") and "type.suspended" in e.rules
    # a participation suspended, past a time, is the halt, by its own words
    e = _one(ex, "وعلقت الحكومة مساء أمس مشاركتها في المحادثات احتجاجا على الهجوم", "SANCTION", "علقت")
    assert (e.mode, e.cameo) == ("withdraw", "164") and _codes(e.actors) == ["--- GOV"]


def test_assemble_a_visit_during_which_an_order_was_given(ex):
    text = "وأمر الرئيس العراقي أمس، خلال زيارته القاهرة، بوقف بناء الجدار حول الحي"
    e = _one(ex, text, "CONSULT", "زيارته")
    # the visit happened, by the one who gave the order, to the state of the capital visited
    assert e.modality.value == "asserted"
    assert _codes(e.actors) == ["IRQ GOV"] and _codes(e.targets) == ["EGY GOV"]


def test_assemble_a_visitor_to_a_capital_is_not_of_its_state(ex):
    e = _one(ex, "وقال الوزير خلال زيارته القاهرة إن المحادثات ستستمر", "CONSULT", "زيارته")
    assert [a.country for a in e.actors] == [None] and _codes(e.targets) == ["EGY GOV"]


def test_assemble_reinforcements_from_a_unit_are_sent_by_the_subject(ex):
    text = "وأرسلت السلطات الإيرانية تعزيزات من الحرس الثوري إلى مدينة مهاباد مطلع الأسبوع"
    assert _codes(_one(ex, text, "MOBILIZE", "").actors) == ["IRN GOV"]


def test_assemble_a_square_or_a_suburb_by_a_name_the_gazetteer_lacks(ex):
    e = _one(ex, "وتظاهر مئات الطلاب أمس في ميدان النصر وسط المدينة", "PROTEST", "")
    assert e.place is not None and e.place.text.startswith("ميدان النصر")


def test_assemble_who_condemns_an_attack_past_an_aside_did_not_make_it(ex):
    # neither the statement's verb with its object pronoun ("أصدره") nor the sentence's
    # subject gives the bombing an actor
    text = ("وأدان رئيس الوزراء العراقي، في بيان أصدره مكتبه مساء أمس، التفجير الانتحاري الذي أودى "
            "بحياة عشرات المدنيين في سوق شعبي")
    e = _one(ex, text, "ASSAULT", "التفجير")
    assert e.actors == ()


def test_assemble_the_two_sides_named_earlier_in_the_same_sentence(ex):
    text = ("والتقى المبعوث الأمريكي بالرئيسين الروسي والأوكراني، وقال إن الطرفين وافقا على تبادل "
            "الأسرى")
    e = _one(ex, text, "AGREE", "وافقا")
    assert _codes(e.actors) == ["RUS GOV", "UKR GOV"]


@pytest.mark.parametrize(
    "text",
    [
        "وسيبدأ البرنامج عمليات إسقاط جوي للمساعدات الغذائية الشهر المقبل",
        "ونفذت القوات عمليات إجلاء للمدنيين من المدينة",
    ],
)
def test_assemble_relief_operations_are_no_attack(ex, text):
    assert "ASSAULT" not in _types(ex, text)


def test_assemble_an_assassination_by_a_bomb_is_the_assassination(ex):
    text = "واغتيل زعيم المجلس القبلي أمس بانفجار عبوة ناسفة زرعت قرب منزله في الرمادي"
    attacks = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [(e.mode, e.fatalities) for e in attacks] == [("targeted", 1)]


def test_assemble_talks_in_a_venue_abroad_keep_the_state_the_sentence_names(ex):
    text = "وبدأت الحكومة الكولومبية اليوم في هافانا مفاوضات مع المتمردين"
    e = _one(ex, text, "CONSULT", "مفاوضات")
    assert _codes(e.targets) == ["COL REB"] and e.place.country == "CUB"


@pytest.mark.parametrize(("text", "mode", "target"), [
    ("اندلعت اشتباكات عنيفة بين الجيش والمعارضة قرب الحدود", None, "REB"),
    # (control: the police's opposition is in the street)
    ("اندلعت اشتباكات بين الشرطة والمعارضة في كاراكاس", "crowd-control", "OPP"),
])
def test_assemble_an_opposition_the_army_clashes_with_is_armed(ex, text, mode, target):
    e = _one(ex, text, "ASSAULT", "اشتباكات")
    assert (e.mode, [t.sector for t in e.targets]) == (mode, [target])


@pytest.mark.parametrize(("text", "codes"), [
    ("اجتمع ممثلو الحكومة والمعارضة السورية في جنيف لاستئناف المفاوضات", ["SYR GOV", "SYR OPP"]),
    ("اندلعت اشتباكات بين الجيش والمعارضة السورية قرب الحدود", ["SYR MIL", "SYR REB"]),
    ("اندلعت اشتباكات بين الجيش والمتمردين الحوثيين", ["YEM MIL", "YEM REB"]),
    # (control: a body with its own state keeps it)
    ("اندلعت اشتباكات بين الجيش التركي والمعارضة السورية", ["TUR MIL", "SYR REB"]),
])
def test_assemble_a_state_body_joined_to_a_side_of_that_state(ex, text, codes):
    e = ex.extract(text, article_date=DATE)[0]
    assert [a.code for a in (*e.actors, *e.targets)] == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("اجتمع ممثلو الحكومة والمعارضة في جنيف لاستئناف المفاوضات", [None, None]),
    ("التقى وزير الخارجية بنظيره في فيينا أمس لبحث الملف النووي", [None, None]),
    # controls: a capital that is no town of others' talks, and a state the sentence names
    ("اجتمع ممثلو الحكومة والمعارضة في بغداد لاستئناف المفاوضات", ["IRQ", "IRQ"]),
    ("اجتمع ممثلو الحكومة والمعارضة في جنيف لبحث الأزمة السورية", ["SYR", "SYR"]),
])
def test_assemble_talks_in_a_town_of_others_talks_are_not_the_hosts(ex, text, codes):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.type == "CONSULT" and e.place is not None
    assert [s.country for s in (*e.actors, *e.targets)] == codes


def test_assemble_a_venue_of_a_users_gazetteer_hosts_no_side(tmp_path):
    # a town the user's gazetteer marks as a venue of others' talks gives the sides no state
    row = {"id": "user.place.bergenstock", "forms": ["بورغنستوك"], "kind": "city", "name": "Buergenstock",
           "country": "CHE", "lat": 46.99, "lon": 8.39}
    text = "اجتمع ممثلو الحكومة والمعارضة في بورغنستوك لاستئناف المفاوضات"
    codes = []
    for venue in (False, True):
        (tmp_path / str(venue)).mkdir()
        path = tmp_path / str(venue) / "places.jsonl"
        path.write_text(json.dumps({**row, "venue": venue}, ensure_ascii=False) + "\n", encoding="utf-8")
        e = ce.Extractor(lexicons=[path]).extract(text, article_date=DATE)[0]
        assert e.place is not None and e.place.rule == row["id"]
        codes.append([s.country for s in (*e.actors, *e.targets)])
    assert codes == [["CHE", "CHE"], [None, None]]


def test_assemble_a_capital_after_a_direction_is_where_not_who(ex):
    text = "وخرج آلاف المتظاهرين الأردنيين في مسيرات جابت وسط عمان للمطالبة بطرد السفير الإسرائيلي"
    assert _codes(_one(ex, text, "REQUEST", "للمطالبة").actors) == ["JOR OPP"]


def test_assemble_the_subjects_rank_and_name_are_no_object(ex):
    text = "والتقى مدير المخابرات العامة اللواء محمد سالم أمس المبعوث الإسرائيلي في القاهرة"
    assert _codes(_one(ex, text, "CONSULT", "التقى").targets) == ["ISR GOV"]


def test_assemble_the_accused_past_a_report_aside_did_the_act(ex):
    text = "واتهمت المنظمة الحقوقية، في تقرير أصدرته أمس، فصائل موالية للحكومة بإحراق عشرات المنازل في البلدة"
    accused = _one(ex, text, "ACCUSE", "اتهمت").targets
    act = _one(ex, text, "ASSAULT", "بإحراق")
    assert [a.text for a in accused] == [a.text for a in act.actors] == ["فصائل موالية للحكومة"]


def test_assemble_units_of_the_army_and_police_withdraw(ex):
    e = _one(ex, "وانسحبت قطعات الجيش والشرطة من مواقعها في المدينة", "RETREAT", "انسحبت")
    assert _codes(e.actors) == ["--- COP", "--- MIL"]


@pytest.mark.parametrize(
    "text, triggers",
    [
        ("فجّر مسلحون مجهولون صباح أمس قبة المرقد في المدينة", ["فجّر"]),
        # "فجر" as dawn, in a time, is no verb
        ("قتل ثلاثة جنود فجر اليوم في هجوم على حاجز للجيش", ["هجوم"]),
        ("قتل ثلاثة جنود فجر أمس الجمعة قرب الحدود", ["قتل"]),
    ],
)
def test_assemble_bare_fajjar_is_a_bombing_only_beside_its_subject(ex, text, triggers):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == triggers


def test_assemble_praise_told_by_a_participle(ex):
    text = "وأعلن وزير الدفاع أن بلاده سترسل مساعدات عسكرية، مشيدا بأداء القوات العراقية في المعارك"
    e = _one(ex, text, "SUPPORT", "مشيدا")
    assert _codes(e.targets) == ["IRQ MIL"]


def test_assemble_troops_counted_in_the_accusative_are_sent(ex):
    e = _one(ex, "وأرسلت واشنطن 560 جنديا إضافيا إلى العراق", "MOBILIZE", "جنديا")
    assert _codes(e.actors) == ["USA GOV"] and e.place.text == "العراق"


def test_assemble_fire_set_to_a_house_is_its_destruction(ex):
    e = _one(ex, "وأضرم مستوطنون النار في منزل فلسطيني جنوب نابلس فجر اليوم", "ASSAULT", "أضرم")
    assert e.mode == "destroy" and _codes(e.actors) == ["ISR CVL"]
    assert not any(t.text == "النار" for t in e.targets)


def test_assemble_an_arms_embargo_targets_whom_arms_are_banned_to(ex):
    e = _one(ex, "وفرض الاتحاد الأوروبي حظرا على توريد الأسلحة إلى ليبيا", "SANCTION", "حظرا")
    assert _codes(e.targets) == ["LBY GOV"]


def test_assemble_several_states_unnamed_are_governments_of_no_one_state(ex):
    e = _one(ex, "وفرضت الدول الغربية عقوبات جديدة على روسيا", "SANCTION", "")
    assert _codes(e.actors) == ["--- GOV"] and _codes(e.targets) == ["RUS GOV"]


def test_assemble_a_subject_named_by_title_and_name_is_no_object(ex):
    e = _one(ex, "ودعا المرجع الشيعي الأعلى علي السيستاني المواطنين إلى ضبط النفس", "REQUEST", "دعا")
    assert _codes(e.actors) == ["IRQ REL"] and [t.text for t in e.targets] == ["المواطنين"]


def test_assemble_a_verb_joined_to_a_relative_clause_shares_its_antecedent(ex):
    text = "وأشاد الرئيس بالعشائر العربية التي تحالفت مع الجيش وطردت مقاتلي التنظيم من المدينة"
    e = _one(ex, text, "ASSAULT", "طردت")
    assert [a.text for a in e.actors] == ["بالعشائر العربية"]


def test_assemble_rebels_named_by_their_groups_adjective_are_that_group(ex):
    e = _one(ex, "وأطلق المتمردون الحوثيون سبعة صواريخ باليستية على الرياض", "ASSAULT", "أطلق")
    assert [a.text for a in e.actors] == ["المتمردون الحوثيون"] and _codes(e.actors) == ["YEM REB"]
    assert e.targets == ()


def test_assemble_a_participle_after_a_call_is_the_callers(ex):
    text = "دعت الولايات المتحدة رواندا إلى سحب جميع قواتها من الكونغو، منددة بتصعيد العنف"
    assert _codes(_one(ex, text, "ACCUSE", "منددة").actors) == ["USA GOV"]


def test_assemble_a_verb_form_after_a_preposition_is_its_noun(ex):
    # "سحب" after "إلى" is the withdrawal, not a verb with its object
    e = _one(ex, "دعت الولايات المتحدة رواندا إلى سحب جميع قواتها من الكونغو", "RETREAT", "سحب")
    assert e.targets == () and "slot.vso" not in e.rules


def test_assemble_a_signing_past_a_long_subject_and_a_parenthesis_is_told_by_its_verb(ex):
    text = ("وقّع رئيس المجلس الرئاسي في المرحلة الانتقالية محمد يونس وقائد الفصائل المسلحة في "
            "الشمال (التحالف) عثمان عبدي، أمس الاثنين في نجامينا، اتفاقا لوقف إطلاق النار")
    e = _one(ex, text, "AGREE", "")
    assert e.trigger.text == "وقّع" and "slot.support" in e.rules


@pytest.mark.parametrize(
    "text, targets",
    [
        # sites named by another state's nisba are its army's
        ("قصفت القوات الروسية مواقع أوكرانية قرب مدينة خاركيف", ["UKR MIL"]),
        # (a people's nisba names no state: the armed groups' positions)
        ("قصفت المدفعية التركية مواقع كردية في ريف الحسكة", ["SYR REB"]),
        ("قصف الجيش الإسرائيلي أهدافا في قطاع غزة", ["PSE REB"]),
    ],
)
def test_assemble_sites_struck_by_a_state_with_another_states_nisba(ex, text, targets):
    assert _codes(_one(ex, text, "ASSAULT", "قصف").targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # recognition of a state or of sovereignty, past the subject (CAMEO 054)
        ("اعترفت حكومة جنوب أفريقيا بسيادة المغرب على الإقليم", ["ZAF GOV"], ["MAR GOV"]),
        ("اعترفت إيرلندا والنرويج بدولة فلسطين", ["IRL GOV", "NOR GOV"], ["PSE GOV"]),
    ],
)
def test_assemble_diplomatic_recognition_is_support(ex, text, actors, targets):
    e = _one(ex, text, "SUPPORT", "اعترفت")
    assert (e.cameo, _codes(e.actors), _codes(e.targets)) == ("054", actors, targets)


def test_assemble_shells_fired_past_a_long_subject_are_told_by_the_firing_verb(ex):
    text = ("قتل أربعة مدنيين عندما أطلقت قوات حرس الحدود التابعة للحكومة المجاورة قذائف مدفعية "
            "على مناطق سكنية في البلدة")
    e = _one(ex, text, "ASSAULT", "")
    assert e.trigger.text == "أطلقت" and _codes(e.targets)[0].endswith(" CVL")


def test_assemble_a_number_that_ends_a_name_counts_no_verb(ex):
    text = "قال الجيش إن متمردي حركة إم 23 قتلوا 30 مدنيا في إقليم إيتوري"
    e = _one(ex, text, "ASSAULT", "قتلوا")
    assert (_codes(e.actors), e.fatalities) == (["COD REB"], 30)


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # forces arriving are deployed; an official arriving visits the state arrived in
        ("وصلت قوات كينية إلى مطار غوما ضمن القوة الإقليمية", "MOBILIZE", ["KEN MIL"], []),
        ("وصل وزير الخارجية الفرنسي، اليوم الاثنين، إلى بيروت", "CONSULT", ["FRA GOV"], ["LBN GOV"]),
    ],
)
def test_assemble_an_arrival_is_a_deployment_or_a_visit(ex, text, etype, actors, targets):
    e = _one(ex, text, etype, "وصل")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الأطباء إن الجرحى الذين وصلوا إلى المستشفى أصيبوا بالرصاص",
        "وارتفع عدد القتلى ليصل إلى خمسين",
    ],
)
def test_assemble_anyone_elses_arrival_is_no_event(ex, text):
    assert not any(e.trigger.text.startswith(("وصل", "ليصل")) for e in ex.extract(text, article_date=DATE))


@pytest.mark.parametrize(
    "text, actors",
    [
        # armed men entering a place named occupy it
        ("دخلت القوات الإسرائيلية مدينة جنين فجر اليوم", ["ISR MIL"]),
        ("دخل مقاتلو الحركة مدينة قندهار دون مقاومة", ["AFG REB"]),
    ],
)
def test_assemble_forces_entering_a_place_seize_it(ex, text, actors):
    e = _one(ex, text, "COERCE", "دخل")
    assert (e.mode, _codes(e.actors)) == ("seize", actors) and e.place is not None


@pytest.mark.parametrize(
    "text",
    ["دخل القرار حيز التنفيذ صباح اليوم", "دخل الرئيس المستشفى لإجراء فحوص طبية", "دخلت البلاد مرحلة جديدة"],
)
def test_assemble_anything_else_entering_is_no_event(ex, text):
    assert ex.extract(text, article_date=DATE) == []


def test_assemble_a_participle_of_criticism_is_the_speakers_disapproval(ex):
    text = "أدانت وزارة الخارجية الأردنية الغارة على المخيم، منتقدة صمت المجتمع الدولي"
    assert _codes(_one(ex, text, "ACCUSE", "منتقدة").actors) == ["JOR GOV"]


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # two states named together right after the noun are its parties
        ("رحبت مصر باتفاق السعودية وإيران على استئناف العلاقات", "AGREE", "باتفاق", ["SAU GOV"], ["IRN GOV"]),
        ("أعلن البيت الأبيض اتفاق إسرائيل والبحرين على تطبيع العلاقات", "AGREE", "اتفاق", ["ISR GOV"], ["BHR GOV"]),
        ("بدأت محادثات روسيا وأوكرانيا في إسطنبول", "CONSULT", "محادثات", ["RUS GOV"], ["UKR GOV"]),
    ],
)
def test_assemble_the_sides_named_after_a_symmetric_noun_are_its_parties(ex, text, etype, trigger, actors, targets):
    e = _one(ex, text, etype, trigger)
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, told",
    [
        # what an agreement is for is told too, as to come
        ("أعلنت مصر التوصل إلى اتفاق بين الطرفين لتبادل الأسرى", [("AGREE", "asserted"), ("RETREAT", "planned")]),
        ("وقعت الأردن والعراق اتفاقية للتعاون العسكري في عمان", [("AGREE", "asserted"), ("COOPERATE", "planned")]),
        ("وقعت الحكومة والمتمردون اتفاقا يقضي بوقف إطلاق النار", [("AGREE", "asserted"), ("RETREAT", "planned")]),
    ],
)
def test_assemble_what_an_agreement_is_for_is_to_come(ex, text, told):
    assert [(e.type, e.modality.value) for e in ex.extract(text, article_date=DATE)] == told


@pytest.mark.parametrize(
    "text",
    [
        "علّقت حكومة الوفاق الوطني مشاركتها في محادثات جنيف",
        "علق الرئيس الكولومبي خوان مانويل سانتوس محادثات السلام مع المتمردين",
    ],
)
def test_assemble_talks_suspended_past_the_subject_are_told_by_the_verb(ex, text):
    e = _one(ex, text, "SANCTION", "")
    assert e.trigger.text.startswith(("علّق", "علق")) and e.mode == "withdraw"


@pytest.mark.parametrize(
    "text, etype",
    [
        # aid suspended past the subject is stopped, told by the verb
        ("علق برنامج الأغذية العالمي توزيع المساعدات في شمال القطاع", "SANCTION"),
        # (the stop of another act is not the aid's)
        ("دعا المجلس إلى وقف فوري لإطلاق النار وتسهيل إيصال المساعدات", "AID"),
    ],
)
def test_assemble_aid_suspended_past_the_subject_is_stopped(ex, text, etype):
    e = _one(ex, text, etype, "")
    assert (e.mode, e.trigger.text) == (("discontinue", "علق") if etype == "SANCTION" else (None, "إيصال المساعدات"))


def test_assemble_a_ceasefire_with_two_adjectives_is_one(ex):
    events = ex.extract("وافقت الهند وباكستان على وقف كامل وفوري لإطلاق النار", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events if e.type in ("RETREAT", "ASSAULT")] == [
        ("RETREAT", "وقف كامل وفوري لإطلاق النار")]


def test_assemble_an_accusative_ends_a_title_and_its_name(ex):
    # "شاكراً" is how the welcomer spoke, not a name: the one thanked is the target
    e = _check(ex, "ورحب بالاتفاق رئيس الوزراء الباكستاني شهباز شريف شاكراً ترامب على جهوده", "SUPPORT", "رحب",
               ["PAK GOV"], None)
    assert e.actors[0].text == "رئيس الوزراء الباكستاني شهباز شريف"


def test_assemble_the_state_over_the_border_is_no_context(ex):
    text = "قصفت طائرة حربية مخيما للنازحين في بلدة ران قرب الحدود مع الكاميرون"
    e = _one(ex, text, "ASSAULT", "قصفت")
    assert e.place is not None and e.place.country != "CMR"
    assert all(a.country != "CMR" for a in (*e.actors, *e.targets))


def test_assemble_two_measures_are_two_sanctions_but_a_package_is_one(ex):
    events = ex.extract("وردت الحكومة الباكستانية بإغلاق المجال الجوي أمام الطائرات الهندية وتعليق التجارة مع الهند",
                        article_date=DATE)
    assert [e.trigger.text for e in events if e.type == "SANCTION"] == ["بإغلاق المجال الجوي", "تعليق التجارة"]
    # a travel ban and a freeze are the sanctions named before them
    events = ex.extract("فرض مجلس الأمن عقوبات على قادة الجماعة تشمل تجميد الأصول وحظر السفر", article_date=DATE)
    assert len([e for e in events if e.type == "SANCTION"]) == 1
    events = ex.extract("وقرر مجلس الأمن فرض حظر سفر وتجميد أصول على المتهمين", article_date=DATE)
    assert len([e for e in events if e.type == "SANCTION"]) == 1
    e = _one(ex, "وقررت الحكومة العراقية حظر الرحلات الدولية من مطار أربيل", "SANCTION", "حظر الرحلات")
    assert _codes(e.actors) == ["IRQ GOV"]


def test_assemble_a_verb_with_an_object_pronoun_has_its_subject_after(ex):
    # "تلميذة خطفتهن جماعة": the girls are the pronoun's, the group took them
    e = _check(ex, "وتظاهر المئات للمطالبة بتحرير 200 تلميذة خطفتهن جماعة بوكو حرام الشهر الماضي",
               "ASSAULT", "خطفتهن", ["NGA REB"], None)
    assert e.actors[0].text == "جماعة بوكو حرام"


@pytest.mark.parametrize(("text", "target"), [
    ("قالت الوزارة إن قواتها دمرت مستودعا للذخيرة تابعا للجيش الأوكراني في منطقة خاركيف", "UKR MIL"),
    # (control: the owner's state the sentence's context gave already)
    ("دمرت الطائرات مستودعا للأسلحة تابعا لحزب الله", "LBN REB"),
])
def test_assemble_a_depot_of_arms_is_its_owners(ex, text, target):
    assert _codes(_one(ex, text, "ASSAULT", "دمرت").targets) == [target]


@pytest.mark.parametrize(("text", "target"), [
    ("قصف الجيش التركي بالمدفعية مواقع لوحدات حماية الشعب الكردية في ريف عفرين", "SYR REB"),
    # (control: a weapon and its adjective, already passed over)
    ("قصف الجيش بالأسلحة الثقيلة مواقع للمسلحين", "--- REB"),
])
def test_assemble_the_target_past_the_weapon_before_it(ex, text, target):
    assert _codes(_one(ex, text, "ASSAULT", "قصف").targets) == [target]


def test_assemble_a_downed_fighter_jet_is_the_target(ex):
    _check(ex, "وأعلنت باكستان أن سلاحها الجوي أسقط مقاتلة هندية فوق كشمير", "ASSAULT", "أسقط",
           ["PAK MIL"], ["IND MIL"])


def test_assemble_a_call_made_during_talks_is_the_talkers(ex):
    # "حث خلاله الهند": who held the call urged, India is urged
    _check(ex, "وأجرى وزير الخارجية الأمريكي اتصالا هاتفيا بنظيره الهندي حث خلاله الهند على ضبط النفس",
           "REQUEST", "حث", ["USA GOV"], ["IND GOV"])
    # (not during a raid, which names no one: the forces after it besiege)
    _check(ex, "وخلال اقتحام واسع للبلدة القديمة حاصرت خلاله القوات الإسرائيلية مطلوبين", "COERCE", "حاصرت",
           ["ISR MIL"], None)


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت عصابات مسلحة ليل السبت السجن الوطني في العاصمة",
        "اقتحم المسلحون مركز الشرطة والسجن المدني في المدينة",
    ],
)
def test_assemble_a_prison_by_its_kind_is_no_sentence(ex, text):
    assert "SANCTION" not in _types(ex, text)
    # (a term still is one: "حكمت المحكمة على الناشط بالسجن المؤبد")
    assert "SANCTION" in _types(ex, "حكمت المحكمة على الناشط بالسجن المؤبد")


def test_assemble_a_man_by_his_title_and_his_name_is_one_side(ex):
    text = "بعد اتصال هاتفي بين ولي العهد السعودي الأمير محمد بن سلمان وأمير قطر الشيخ تميم بن حمد آل ثاني"
    _check(ex, text, "CONSULT", "اتصال", ["SAU GOV"], ["QAT GOV"])
    e = _check(ex, "واستقبل ولي العهد السعودي الأمير محمد بن سلمان الرئيس الفرنسي", "CONSULT", "استقبل",
               ["SAU GOV"], ["FRA GOV"])
    assert e.actors[0].text == "ولي العهد السعودي الأمير محمد بن سلمان"


@pytest.mark.parametrize(
    "text,codes",
    [
        ("وصلت الدفعة الأولى من الجنود الكينيين إلى هايتي أمس", ["KEN MIL"]),
        ("وصلت أول دفعة من عناصر الشرطة الكينية إلى مطار العاصمة الهايتية", ["KEN COP"]),
        ("وصلت مجموعة من الجنود الروس إلى القاعدة", ["RUS MIL"]),
    ],
)
def test_assemble_forces_arriving_in_a_batch_are_deployed(ex, text, codes):
    _check(ex, text, "MOBILIZE", "وصلت", codes, None)


def test_assemble_police_deployed_are_a_police_deployment(ex):
    assert _one(ex, "وصلت أول دفعة من عناصر الشرطة الكينية إلى هايتي", "MOBILIZE", "وصلت").mode == "police"
    assert _one(ex, "نشرت السلطات قوات الشرطة في شوارع العاصمة", "MOBILIZE", "نشرت").mode == "police"
    assert _one(ex, "وصلت قوات كينية إلى هايتي", "MOBILIZE", "وصلت").mode == "troops"


@pytest.mark.parametrize(
    "text",
    [
        "سلم رئيس كتلة فتح موافقة حركته على الورقة المصرية",
        "وأكد المتحدث أن حركتها لن تشارك في الانتخابات المقبلة",
    ],
)
def test_assemble_a_movement_with_its_pronoun_is_no_deployment(ex, text):
    assert "MOBILIZE" not in _types(ex, text)
    _check(ex, "حركت تركيا قواتها نحو الحدود السورية", "MOBILIZE", "حركت", ["TUR GOV"], None)


def test_assemble_the_two_movements_and_a_unity_government(ex):
    events = ex.extract("اتفقت حركتا فتح وحماس أمس على إنهاء الانقسام وتشكيل حكومة توافق وطني", article_date=DATE)
    assert [(e.type, _codes(e.actors), _codes(e.targets)) for e in events] == [
        ("AGREE", ["PSE PTY"], ["PSE REB"])]


def test_assemble_a_title_in_a_bodys_office_is_the_bodys(ex):
    _check(ex, "واتهم نائب رئيس المكتب السياسي لحركة حماس إسرائيل بقصف المستشفى", "ACCUSE", "اتهم",
           ["PSE REB"], ["ISR GOV"])


@pytest.mark.parametrize(
    "text",
    [
        "احتشد مئات الآلاف من أنصار حزب الله أمس في ساحة رياض الصلح وسط بيروت",
        "تظاهر أنصار حزب الله أمس في بيروت",
    ],
)
def test_assemble_a_groups_supporters_who_protest_are_protesters(ex, text):
    e = _check(ex, text, "PROTEST", "", ["LBN OPP"], None)
    # (the square is named for a man: no Riyadh)
    assert e.place is not None and e.place.country == "LBN"


def test_assemble_a_venue_a_report_is_made_at_is_no_place_of_the_act(ex):
    e = _one(ex, "وقالت المتحدثة باسم المفوضية في مؤتمر صحفي بجنيف اليوم إن السلطات الإثيوبية اعتقلت أكثر من "
                 "ألف شخص", "COERCE", "اعتقلت")
    assert e.place is None and all(t.country != "CHE" for t in e.targets)
    # (a local source's place is the act's: the hospital's director in Mekelle)
    e = _one(ex, "قال مدير مستشفى أيدر في مقلي إن غارة جوية استهدفت أمس حيا سكنيا في المدينة", "ASSAULT", "غارة")
    assert e.place is not None and e.place.country == "ETH"


def test_assemble_a_regional_government_is_of_its_region(ex):
    # "حكومة إقليم أمهرة" is no Kurdish government
    _check(ex, "اتهمت حكومة إقليم أمهرة الإثيوبي اليوم قوى متطرفة باغتيال رئيس فرع الحزب", "ACCUSE", "اتهمت",
           ["ETH GOV"], None)


@pytest.mark.parametrize(
    "text,codes",
    [
        ("سيطر متمردو سيليكا امس على العاصمة بانغي", ["CAF REB"]),
        ("وقال سكان إن مسلحي فانو هاجموا البلدة ليلا", ["ETH REB"]),
        ("هاجمت ميليشيات أنتي بالاكا عدة أحياء", ["CAF REB"]),
        ("هاجم تحالف فيف أنسانم مركزا للشرطة", ["HTI REB"]),
    ],
)
def test_assemble_armed_groups_of_central_africa_ethiopia_and_haiti(ex, text, codes):
    _check(ex, text, "ASSAULT", "", codes, None)


@pytest.mark.parametrize(
    "text,actor",
    [
        ("هاجم مسلحو تنظيم «داعش» قاعدة للجيش", "مسلحو تنظيم «داعش»"),
        ('هاجم مقاتلو "حماس" موقعا للجيش', 'مقاتلو "حماس"'),
        ("هاجم مقاتلو “حماس” موقعا للجيش", "مقاتلو “حماس”"),
    ],
)
def test_assemble_an_actor_named_in_quotes_keeps_its_closing_quote(ex, text, actor):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert e.actors[0].text == actor and text[e.actors[0].start_char : e.actors[0].end_char] == actor


def test_assemble_a_national_assembly_is_a_parliament(ex):
    _check(ex, "ورفضت الجمعية الوطنية الكويتية الاتفاق الأمني", "REJECT", "رفضت", ["KWT LEG"], None)


def test_assemble_the_sides_in_their_object_form_are_no_verbs_subject(ex):
    e = _one(ex, "ودعت المفوضة السامية السلطات إلى الإفراج عن المحتجزين، كما حثت الطرفين على وقف القتال",
             "REQUEST", "حثت")
    assert [a.text for a in e.actors] != ["الطرفين"] and [t.text for t in e.targets] == ["الطرفين"]
    assert _one(ex, "اتفق الطرفان على وقف القتال", "AGREE", "اتفق").actors[0].text == "الطرفان"


def test_assemble_a_noun_after_a_joined_light_verb_carries_its_subject(ex):
    text = "أعلنت الحكومة الهايتية أمس حالة الطوارئ وفرضت حظر تجول ليليا في العاصمة"
    events = ex.extract(text, article_date=DATE)
    assert "SANCTION" not in [e.type for e in events]  # ("فرضت" is the curfew's light verb)
    _check(ex, text, "COERCE", "حظر تجول", ["HTI GOV"], None)


def test_assemble_opposition_parties_are_the_opposition(ex):
    _check(ex, "وطالبت أحزاب المعارضة برفع حالة الطوارئ", "REQUEST", "طالبت", ["--- OPP"], None)
    _check(ex, "وقالت الأحزاب السياسية في بيان إنها ترفض نتائج الانتخابات", "REJECT", "ترفض", ["--- PTY"], None)


def test_assemble_one_man_named_killed_and_those_with_him(ex):
    e = _one(ex, "قتل رئيس الوزراء اللبناني السابق رفيق الحريري و14 شخصا آخرون في انفجار استهدف موكبه في بيروت",
             "ASSAULT", "انفجار")
    assert e.fatalities == 15


def test_assemble_a_quarter_takes_the_country_of_its_citys_reading_the_context_names(ex):
    # "طرابلس" is a city of Lebanon and the capital of Libya: the Lebanese army tells which
    e = _one(ex, "أصيب خمسة أشخاص في اشتباكات اندلعت ليلا في حي جبل محسن في طرابلس بين مسلحين "
                 "وعناصر من الجيش اللبناني", "ASSAULT", "اشتباكات")
    assert e.place.country == "LBN"
    assert [a.country for a in e.actors] == ["LBN"]


def test_assemble_a_quarter_named_like_a_place_of_another_country_is_in_the_city_after_it(ex):
    # "اليرموك" in the gazetteer is the camp by Damascus; "في بغداد" makes it a quarter of Baghdad
    e = _one(ex, "انفجرت سيارة مفخخة في حي اليرموك في بغداد ظهر اليوم ما أدى إلى مقتل ستة أشخاص",
             "ASSAULT", "سيارة مفخخة")
    assert (e.place.text, e.place.country, e.place.kind) == ("حي اليرموك", "IRQ", "local")
    # a name with a reading in the country after it keeps that reading
    e = _one(ex, "قصفت الطائرات مخيم اليرموك في دمشق", "ASSAULT", "قصفت")
    assert (e.place.country, e.place.kind) == ("SYR", "town")


def test_assemble_under_an_age_is_no_negation(ex):
    e = _one(ex, "قتل تسعة مدنيين بينهم أربعة أطفال دون العاشرة في قصف على البلدة صباح اليوم",
             "ASSAULT", "قصف")
    assert (e.modality, e.fatalities) == (ce.Modality.ASSERTED, 9)
    e = _one(ex, "انتهت الجولة دون التوصل إلى اتفاق", "AGREE", "التوصل إلى اتفاق")
    assert e.modality == ce.Modality.NEGATED


def test_assemble_an_act_people_are_wanted_for_was_done_whatever_is_refused(ex):
    e = _one(ex, "رفضت الحكومة تسليم ثلاثة مطلوبين في تفجير السفارة", "ASSAULT", "تفجير")
    assert e.modality == ce.Modality.ASSERTED
    e = _one(ex, "رفضت الفصائل تسليم أسلحتها", "RETREAT", "تسليم أسلحتها")
    assert e.modality == ce.Modality.NEGATED


@pytest.mark.parametrize("text, place", [
    ("داهمت الشرطة منزلا في حي بن عكنون واعتقلت ثلاثة أشخاص", "حي بن عكنون"),
    ("اعتقلت قوات الأمن خمسة أشخاص في حي سيدي مومن", "حي سيدي مومن"),
    ("اندلعت اشتباكات في منطقة باب التبانة ليلا", "منطقة باب التبانة"),
])
def test_assemble_a_local_name_may_open_with_a_word_of_two_word_names(ex, text, place):
    events = ex.extract(text, article_date="2012-05-14")
    assert events and events[0].place.text == place


@pytest.mark.parametrize("text, trigger, actor, target, dead", [
    ("قتل الجيش قائد المتمردين في غارة جوية", "غارة جوية", "الجيش", "قائد المتمردين", 1),
    # past a time, and those killed with him
    ("وقتلت قوات الأمن مساء أمس زعيم التنظيم وثلاثة من معاونيه في اشتباك مسلح", "اشتباك مسلح",
     "قوات الأمن", "زعيم التنظيم", 4),
])
def test_assemble_armed_men_then_one_man_after_a_kill_verb_are_killers_and_killed(ex, text, trigger, actor, target,
                                                                                   dead):
    e = _one(ex, text, "ASSAULT", trigger)
    assert [a.text for a in e.actors] == [actor]
    assert [t.text for t in e.targets] == [target]
    assert e.fatalities == dead


def test_assemble_a_direction_adjective_of_an_unknown_noun_is_no_side_of_the_city_after_it(ex):
    e = _one(ex, "هاجم مسلحون السياح قرب معبد في البر الغربي لمدينة الأقصر", "ASSAULT", "هاجم")
    assert (e.place.name, e.place.relation, e.place.geo_precision) == ("Luxor", None, 1)
    e = _one(ex, "قصفت الطائرات الريف الغربي لمدينة حلب", "ASSAULT", "قصفت")
    assert (e.place.name, e.place.geo_precision) == ("Aleppo", 2)


def test_assemble_the_agent_past_an_aside_in_brackets(ex):
    e = _one(ex, "استشهد الشاب أحمد سالم (19 عاما) برصاص الجيش الإسرائيلي في بلدة بيتا", "ASSAULT", "استشهد")
    assert _codes(e.actors) == ["ISR MIL"]


def test_assemble_the_dress_one_wears_names_no_one(ex):
    e = _one(ex, "اعتقلت عناصر أمن بزي مدني الناشط الحقوقي من منزله", "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["الناشط الحقوقي"]


def test_assemble_the_accused_not_whom_the_act_accused_of_was_done_to(ex):
    e = _one(ex, "اتهمت الحكومة عناصر من الجماعة المسلحة بالاعتداء على المتظاهرين", "ACCUSE", "اتهمت")
    assert [t.text for t in e.targets] == ["عناصر من الجماعة المسلحة"]


def test_assemble_forces_of_the_police_are_police(ex):
    e = _one(ex, "داهمت قوات من الشرطة التونسية مقر الصحيفة في العاصمة", "COERCE", "داهمت")
    assert _codes(e.actors) == ["TUN COP"]


def test_assemble_the_subject_past_a_name_the_lexicon_lacks_and_a_time(ex):
    e = _one(ex, "أعلن رئيس الوزراء اليمني محمد سالم باسندوة امس استقالته من منصبه", "RETREAT", "استقالته")
    assert _codes(e.actors) == ["YEM GOV"]


def test_assemble_a_nationality_in_a_broken_plural_is_people(ex):
    e = _one(ex, "تظاهر مئات الآلاف من المغاربة امس في شوارع الدار البيضاء", "PROTEST", "تظاهر")
    assert _codes(e.actors) == ["MAR CVL"]


def test_assemble_a_street_named_after_a_state_names_no_country(ex):
    e = _one(ex, "وأجرى رئيس الحكومة اللبنانية اتصالا هاتفيا مع قائد الجيش لبحث الوضع الأمني في شارع سوريا",
             "CONSULT", "اتصالا هاتفيا")
    assert [(t.text, t.country, t.sector) for t in e.targets] == [("قائد الجيش", None, "MIL")]


@pytest.mark.parametrize(
    "text, codes",
    [
        # the head of a party none named before heads a party
        ("ورفض رئيس الحزب المشاركة في الحكومة الجديدة", (None, "PTY")),
        # the head of the party named before heads that party
        ("أعلن حزب الله أنه قصف موقعا إسرائيليا، ورفض زعيم الحزب أي وساطة", ("LBN", "REB")),
    ],
)
def test_assemble_the_head_of_the_party_stands_for_it(ex, text, codes):
    e = _one(ex, text, "REJECT", "رفض")
    assert [(a.country, a.sector) for a in e.actors] == [codes]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        ("اندلعت معارك عنيفة مساء السبت بين القوات الحكومية ومئات المتمردين قرب العاصمة",
         ["القوات الحكومية"], ["المتمردين"]),
        ("دارت اشتباكات بين عناصر الشرطة وعشرات المسلحين في السوق", ["عناصر الشرطة"], ["المسلحين"]),
    ],
)
def test_assemble_a_side_joined_with_its_count_is_the_second_side(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [a.text for a in e.actors] == actors
    assert [t.text for t in e.targets] == targets


def test_assemble_persons_counted_after_a_victim_are_a_toll_not_a_side(ex):
    e = _one(ex, "أسفر التفجير عن مقتل جندي أمريكي و11 شخصا آخرين في العاصمة", "ASSAULT", "التفجير")
    assert [t.text for t in e.targets] == ["جندي أمريكي"]
    assert e.fatalities == 12


@pytest.mark.parametrize(
    "text, code",
    [
        ("ودعا المتحدث باسم الجيش السكان إلى الابتعاد عن مواقع القتال", "MIL"),
        ("وطالب الناطق باسم المتمردين الرئيس بالتنحي فورا", "REB"),
    ],
)
def test_assemble_a_spokesman_speaks_for_the_body_named_after_him(ex, text, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "REQUEST")
    assert [a.sector for a in e.actors] == [code]
    assert "باسم" in e.actors[0].text  # (the title and the body are one actor)


def test_assemble_the_antecedent_of_a_relative_clause_past_its_adjective(ex):
    e = _one(ex, "وطالبت المنظمة بالإفراج عن المعارض البارز الذي اعتقله جنود من منزله الأسبوع الماضي",
             "COERCE", "اعتقله")
    assert [(t.text, t.sector) for t in e.targets] == [("المعارض", "OPP")]
    assert [a.sector for a in e.actors] == ["MIL"]


def test_assemble_the_opponent_after_a_name_is_its_adjective(ex):
    e = _one(ex, "وحمّل التحالف الوطني المعارض الحكومة مسؤولية انهيار الحوار", "ACCUSE", "حمّل")
    assert [t.text for t in e.targets] == ["الحكومة"]


@pytest.mark.parametrize("adjectival, targets", [(False, ["المنشق"]), (True, ["الحكومة"])])
def test_assemble_an_adjectival_entry_of_a_user_lexicon_qualifies_the_name_before(tmp_path, adjectival, targets):
    # the flag is data: a user's entry for "the defector" reads as the council's adjective
    entry = {"id": "user.defector", "forms": ["المنشق"], "kind": "generic", "name": "Defector",
             "sector": "REB", "definite": True, "adjectival": adjectival,
             "example": "اعتقلت قوات الأمن المنشق"}
    (tmp_path / "actors.jsonl").write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    user = ce.Extractor([tmp_path / "actors.jsonl"])
    e = _one(user, "وحمّل المجلس العسكري المنشق الحكومة مسؤولية القصف", "ACCUSE", "حمّل")
    assert [a.text for a in e.actors] == ["المجلس العسكري"]
    assert [t.text for t in e.targets] == targets


def test_assemble_his_spokesman_speaks_for_the_actor_before(ex):
    e = _one(ex, "رفض الجيش التشادي عرضا للتفاوض، وقال المتحدث باسمه إن الوقت ليس للحوار، متوعدا بملاحقة المتمردين",
             "THREATEN", "متوعدا")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("المتحدث باسمه", "TCD", "MIL")]


def test_assemble_the_opponent_after_a_quoted_name_is_its_adjective(ex):
    events = ex.extract('أطلقت الشرطة الغاز لتفريق محتجين خرجوا بدعوة من تحالف "نداء الشعب" المعارض للاحتجاج '
                        "على تمديد ولاية الرئيس", article_date=DATE)
    assert events and not any(a.text == "المعارض" for e in events for a in e.actors)


def test_assemble_a_direction_before_a_city_is_no_village_name(ex):
    # "بري الشرقي" is a Syrian village; "شرقي الخرطوم" is east of Khartoum
    e = _one(ex, "أطلقت قوات الأمن النار على محتجين في حي بري شرقي الخرطوم مساء أمس", "ASSAULT", "أطلقت")
    assert e.place.country == "SDN"
    assert [a.country for a in e.actors] == ["SDN"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        ("قرر الاتحاد الأفريقي تعليق عضوية السودان في جميع أنشطته", ["IGO IGO"], ["SDN GOV"]),
        ("وأعلنت الجامعة العربية تجميد عضوية سوريا حتى إشعار آخر", ["IGO IGO"], ["SYR GOV"]),
    ],
)
def test_assemble_whose_membership_is_suspended_is_the_target(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION")
    assert _codes(e.actors) == actors
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # forces named with their state kill; they are not the killed
        ("وقالت مصادر طبية إن قوات إسرائيلية قتلت بالرصاص ممرضا متطوعا قرب السياج أمس", "قتلت",
         ["ISR MIL"], []),
        # soldiers may be the killed
        ("وأكدت الوزارة أن جنودا إسرائيليين قتلوا في الانفجار", "الانفجار", [], ["ISR MIL"]),
    ],
)
def test_assemble_forces_before_a_kill_verb_kill(ex, text, trigger, actors, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.actors) == actors
    assert _codes(e.targets) == targets


def test_assemble_whom_one_met_follows_the_meeting_that_is_his(ex):
    e = _one(ex, "وجاء ذلك خلال لقائه وزير الخارجية الأمريكي في الرياض مساء أمس", "CONSULT", "لقائه")
    assert _codes(e.targets) == ["USA GOV"]
    assert e.place.text == "الرياض"


def test_assemble_a_title_heads_a_body_named_by_a_construct(ex):
    e = _one(ex, "ودعا رئيس مجلس النواب الى الإفراج الفوري عن النائب المعتقل", "REQUEST", "دعا")
    assert [(a.text, a.sector) for a in e.actors] == [("رئيس مجلس النواب", "LEG")]


def test_assemble_the_victims_before_some_of_them_without_commas(ex):
    e = _one(ex, "وقال مصدر طبي إن أربعة مدنيين بينهم طفلة قتلوا جراء قصف مدفعي على البلدة فجر اليوم",
             "ASSAULT", "قصف")
    assert [t.text for t in e.targets] == ["مدنيين"]
    assert e.fatalities == 4


def test_assemble_a_meeting_during_an_unannounced_visit(ex):
    events = ex.extract("وصل وزير الخارجية الفرنسي امس الى بيروت في زيارة لم يعلن عنها مسبقا، التقى خلالها "
                        "رئيس الحكومة اللبنانية", article_date=DATE)
    met = [e for e in events if e.trigger.text == "التقى"]
    # a negation of the clause before the comma does not reach the verb after it, and the
    # meeting during the visit is an event of its own
    assert [(e.type, e.modality.value) for e in met] == [("CONSULT", "asserted")]
    assert _codes(met[0].targets) == ["LBN GOV"]


def test_assemble_a_surname_told_with_the_article_is_not_the_bare_word(ex):
    # "السيسي" is Egypt's president; "عثمان سيسي" a Malian mayor
    events = ex.extract("واتهم رئيس البلدية عثمان سيسي المسلحين بإحراق مبنى المعهد قبل فرارهم", article_date=DATE)
    assert events and not any(a.country == "EGY" for e in events for a in (*e.actors, *e.targets))
    e = _one(ex, "وقال الرئيس المصري إن السيسي التقى نظيره الفرنسي في القاهرة", "CONSULT", "التقى")
    assert _codes(e.actors) == ["EGY GOV"]


def test_assemble_the_bodys_anaphor_is_the_body_not_its_sites(ex):
    e = _one(ex, "هاجمت القوات الحكومية مواقع لحركة الشباب، فيما توعدت الحركة بالرد", "THREATEN", "توعدت")
    assert [(a.text, a.country, a.sector) for a in e.actors] == [("الحركة", "SOM", "REB")]


def test_assemble_his_spokesman_speaks_for_the_sentences_subject(ex):
    e = _one(ex, "رفض المجلس العسكري عرضا للهدنة قدمه المتمردون، وقال المتحدث باسمه إن الوقت ليس للحوار، "
                 "متوعدا بملاحقة المسلحين", "THREATEN", "متوعدا")
    assert [a.sector for a in e.actors] == ["GOV"]


def test_assemble_malis_armed_groups(ex):
    e = _one(ex, "وهاجم مقاتلو الحركة الوطنية لتحرير أزواد معسكرا للجيش المالي في كيدال", "ASSAULT", "هاجم")
    assert _codes(e.actors) == ["MLI REB"] and e.place.text == "كيدال"


@pytest.mark.parametrize(
    "text, target, codes",
    [
        ("أمرت النيابة العامة بإخلاء سبيل الناشط المعتقل منذ شهرين", "الناشط", ["--- OPP"]),
        ("وجاء قرار المحكمة أمس إخلاء سبيل الرئيس الأسبق حسني مبارك", "الرئيس الأسبق حسني مبارك", ["EGY GOV"]),
        ("طالبت المنظمة بإطلاق سراح الناشط السياسي", "الناشط", ["--- OPP"]),
    ],
)
def test_assemble_whom_a_release_names_by_its_construct_is_freed(ex, text, target, codes):
    # the genitive of "سبيل" or "سراح" is the one freed, never who frees him
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"]
    assert [t.text for t in e.targets] == [target]
    assert [f"{t.country or '---'} {t.sector}" for t in e.targets] == codes
    assert not any(a.text == target for a in e.actors)


@pytest.mark.parametrize(
    "text, target",
    [
        ("فرضت وزارة الخزانة الأمريكية أمس عقوبات على وزير الداخلية السوري، متهمة إياه بانتهاك حقوق الإنسان",
         "وزير الداخلية السوري"),
        ("انتقدت الخارجية الروسية الحكومة الأوكرانية، متهمة إياها بعرقلة المفاوضات", "الحكومة الأوكرانية"),
        # not what the body was declared to be
        ("صنفت الحكومة جماعة الإخوان المسلمين منظمة إرهابية، متهمة إياها بتدبير التفجير",
         "جماعة الإخوان المسلمين"),
    ],
)
def test_assemble_a_detached_object_pronoun_names_whom_the_clause_named(ex, text, target):
    e = _one(ex, text, "ACCUSE", "متهمة")
    assert [t.text for t in e.targets] == [target]
    assert "slot.pronoun" in e.rules


@pytest.mark.parametrize(
    "text, target, codes",
    [
        ("أصدرت محكمة تونسية أمس حكما بسجن رئيس حركة النهضة راشد الغنوشي ثلاث سنوات",
         "رئيس حركة النهضة راشد الغنوشي", ["TUN PTY"]),
        ("أصدرت محكمة مصرية حكما بإعدام قائد الخلية في الإسكندرية", "قائد الخلية", ["EGY REB"]),
    ],
)
def test_assemble_the_genitive_of_a_sentence_is_the_one_sentenced(ex, text, target, codes):
    # whoever is named, not only civilians: a party leader, a cell's commander
    e = _one(ex, text, "SANCTION", "حكما")
    assert [t.text for t in e.targets] == [target]
    assert _codes(e.targets) == codes


@pytest.mark.parametrize(
    "text, trigger, actors, target",
    [
        ("أعلنت وزارة الخارجية الأمريكية أمس إعادة إدراج جماعة الحوثي على قائمة المنظمات الإرهابية",
         "إدراج", ["USA GOV"], "جماعة الحوثي"),
        ("وقرر الاتحاد الأوروبي تجميد أصول شركة ملاحة تركية", "تجميد", ["IGO IGO"], "شركة ملاحة تركية"),
    ],
)
def test_assemble_whose_assets_are_frozen_or_who_is_listed_is_sanctioned(ex, text, trigger, actors, target):
    e = _one(ex, text, "SANCTION", trigger)
    assert _codes(e.actors) == actors
    assert [t.text for t in e.targets] == [target]


def test_assemble_a_joined_verb_skips_the_acts_of_the_crowd_it_acted_on(ex):
    # the protesters' own going out, told in a relative clause, is not the clause whose
    # subject the joined verb shares
    e = _one(ex, "استخدمت قوات الأمن الغاز المسيل للدموع لتفريق مئات المتظاهرين الذين خرجوا إلى الشارع، "
                 "واعتقلت عددا منهم", "COERCE", "اعتقلت")
    assert [(a.text, a.sector) for a in e.actors] == [("قوات الأمن", "COP")]
    assert [t.text for t in e.targets] == ["المتظاهرين"]


@pytest.mark.parametrize("again", ["الاغتيال", "الهجوم"])
def test_assemble_an_assassination_named_again_in_a_later_clause_stays_the_event(ex, again):
    # the bare definite noun after "فيما" points back to the killing: one event, the verb's,
    # with its place and date
    events = ex.extract(f"اغتيل الرئيس الأفغاني الأسبق مساء أمس في منزله بكابول، فيما أدان الرئيس {again}",
                        article_date=DATE)
    (e,) = [e for e in events if e.type == "ASSAULT"]
    assert (e.trigger.text, e.mode, e.fatalities) == ("اغتيل", "targeted", 1)
    assert e.place.text == "بكابول" and e.date.start.isoformat() == "2016-08-29"


def test_assemble_a_coup_is_power_seized_from_whom_bi_names(ex):
    e = _one(ex, "أطاح الجيش السوداني، أمس الخميس، بالرئيس عمر البشير بعد أشهر من الاحتجاجات", "COERCE", "أطاح")
    assert (e.cameo, e.modality.value) == ("17", "asserted")
    assert _codes(e.actors) == ["SDN MIL"]
    assert [(t.text, t.sector) for t in e.targets] == [("بالرئيس عمر البشير", "GOV")]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        ("هاجمت الجماعة التي يقودها الزرقاوي مواقع الجيش العراقي قرب الفلوجة", "ASSAULT", "مواقع الجيش العراقي"),
        ("اعتقلت القوات التي يقودها العقيد حفتر خمسة مسلحين في بنغازي", "COERCE", "مسلحين"),
        ("استهدف التنظيم الذي يتزعمه البغدادي مقرا للشرطة في الموصل", "ASSAULT", "مقرا للشرطة"),
    ],
)
def test_assemble_whom_the_subjects_relative_clause_names_is_not_the_object(ex, text, etype, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        ("اعتقلت الشرطة الناشط الحقوقي أمس ثم أفرجت عنه بعد ساعات", "أفرجت", ["الناشط الحقوقي"]),
        ("قضت المحكمة بسجن الصحفي المعارض عامين، فيما طالبت المنظمة السلطات بالإفراج عنه", "الإفراج", ["الصحفي"]),
        # one man's pronoun does not point back to the police
        ("داهمت الشرطة منزل الناشط وألقت القبض عليه", "ألقت", []),
    ],
)
def test_assemble_a_pronoun_of_one_man_after_the_act_is_its_object(ex, text, trigger, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert [t.text for t in e.targets] == target


@pytest.mark.parametrize(
    "text, target",
    [
        ("أعلنت السعودية أنها ستقدم مساعدات إنسانية لليمن", "لليمن"),
        ("قدمت الإمارات دعما للجيش السوداني", "للجيش السوداني"),
    ],
)
def test_assemble_whom_aid_a_verb_gives_is_for_is_its_target(ex, text, target):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "AID"]
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, actors",
    [
        ("قدمت الإمارات دعما عسكريا للجيش السوداني", ["ARE GOV"]),
        ("أرسلت إيران دعما عسكريا للحوثيين في اليمن", ["IRN GOV"]),
    ],
)
def test_assemble_whom_aid_is_for_is_not_the_genitive_of_its_noun(ex, text, actors):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "AID"]
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        ("قتل 27 مدنيا في الفاشر، في وقت تفرض فيه قوات الدعم السريع حصارا خانقا على المدينة", "COERCE",
         ["SDN REB"]),
        ("في الوقت الذي تشن فيه القوات الإسرائيلية غارات على غزة، وصل الوزير إلى القاهرة", "ASSAULT", ["ISR MIL"]),
    ],
)
def test_assemble_a_light_verbs_subject_past_the_relative_clauses_pronoun(ex, text, etype, actors):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert _codes(e.actors) == actors


def test_assemble_a_titles_adjective_before_the_name_keeps_the_second_side(ex):
    e = _one(ex, "وقع المبعوث الأمريكي الخاص زلماي خليل زاد ورئيس المكتب السياسي لحركة طالبان في الدوحة أمس "
                 "اتفاقا تاريخيا", "AGREE", "وقع")
    assert (_codes(e.actors), _codes(e.targets)) == (["USA GOV"], ["AFG REB"])
    assert e.actors[0].text == "المبعوث الأمريكي الخاص زلماي خليل زاد"


@pytest.mark.parametrize(
    "text, protests",
    [
        # going out into marches, called for, is the protest called for
        ("ودعا التحالف أنصاره إلى الخروج في مسيرات حاشدة يوم الجمعة", [("مسيرات حاشدة", "requested", ["--- OPP"])]),
        # the marches' going out, prevented, is no one going out
        ("منعت قوات الشرطة، أمس الجمعة، خروج مسيرات الحراك في العاصمة", []),
    ],
)
def test_assemble_going_out_as_a_verbal_noun_carries_a_protest(ex, text, protests):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "PROTEST"]
    assert [(e.trigger.text, e.modality.value, _codes(e.actors)) for e in events] == protests


def test_assemble_talks_held_on_a_visit_are_an_event_of_their_own(ex):
    events = ex.extract("وصل وزير الخارجية الروسي أمس إلى باماكو في أول زيارة له إلى مالي، حيث أجرى محادثات "
                        "مع نظيره المالي", article_date=DATE)
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [
        ("CONSULT", "visit", "زيارة"), ("CONSULT", None, "محادثات")]
    assert _codes(events[1].targets) == ["MLI GOV"]


def test_assemble_a_threatened_act_told_by_a_verbs_masdar_is_the_threat(ex):
    events = ex.extract("توعد رئيس الحكومة بالتصدي بحزم لكل من يحاول زعزعة أمن العاصمة", article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", "توعد")]


def test_assemble_the_subject_before_fima_did_not_do_the_clause_after_it(ex):
    e = _one(ex, "اعتقلت القوات الأمريكية والعراقية فجر اليوم 23 مشتبها بهم في منطقة الدورة، فيما قتل ثلاثة من "
                 "عناصر الشرطة بانفجار عبوة ناسفة", "ASSAULT", "انفجار")
    assert e.actors == ()
    assert "slot.topic" not in e.rules


def test_assemble_a_bare_verb_after_a_relative_pronoun_is_a_verb(ex):
    # "طالب" is also "student"; after "الذي كان قد" it is the relative clause's demand
    e = _one(ex, "اندلعت اشتباكات في عدن مع المجلس الانتقالي الجنوبي، الذي كان قد طالب هادي الأسبوع الماضي "
                 "بإقالة الحكومة", "REQUEST", "طالب")
    assert _codes(e.actors) == ["YEM REB"]
    assert e.date.start.isoformat() == "2016-08-22"


def test_assemble_a_protest_is_aimed_at_who_did_what_it_protests(ex):
    e = _one(ex, "تظاهر آلاف الماليين أمس في باماكو احتجاجا على العقوبات التي فرضتها المجموعة الاقتصادية "
                 "لدول غرب إفريقيا", "PROTEST", "تظاهر")
    assert _codes(e.targets) == ["IGO IGO"]
    assert "slot.condemned-agent" in e.rules


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # the object of the attack's verb, past its subject
        ("هاجم مستوطنون بلدة ترمسعيا شمال رام الله فجر اليوم", "هاجم", "بلدة ترمسعيا"),
        ("قال شهود إن مسلحين هاجموا قرية نائية في ولاية زمفرة", "هاجموا", "قرية نائية"),
        ("وهاجمت الميليشيا بعض القرى بالطائرات المسيرة", "هاجمت", "بعض القرى"),
        # after "على", past the attackers' adjective and a time
        ("شنت الطائرات الإسرائيلية غارة صباح اليوم على قرية عيتا الشعب", "غارة", "قرية عيتا الشعب"),
        ("شنت طائرات حربية غارات على بلدات في ريف إدلب الجنوبي", "غارات", "بلدات"),
    ],
)
def test_assemble_a_village_or_town_attacked_is_the_target(ex, text, trigger, target):
    e = _one(ex, text, "ASSAULT", trigger)
    assert [(t.text, t.sector) for t in e.targets] == [(target, "CVL")]
    assert "slot.settlement" in e.rules


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # a city is named for where, taking villages is taking ground, a siege has its own rule
        ("قصفت الطائرات الحربية مدينة حلب بالبراميل المتفجرة", "ASSAULT", "قصفت"),
        ("استعادت القوات العراقية السيطرة على قرى جنوب الموصل", "ASSAULT", "استعادت"),
        ("وصلت قوات من الجيش إلى قرية الزاوية صباح اليوم", "MOBILIZE", "وصلت"),
    ],
)
def test_assemble_a_city_or_ground_taken_is_no_settlement_target(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert "slot.settlement" not in e.rules and not any(t.sector == "CVL" for t in e.targets)


def test_assemble_the_people_killed_before_the_village_struck(ex):
    e = _one(ex, "قتل ثلاثة مدنيين في قصف على قرية الشيخ مسكين بريف درعا", "ASSAULT", "قصف")
    assert [t.text for t in e.targets] == ["مدنيين"] and e.fatalities == 3


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # the two sides joined right after a clash's noun are its two sides, as after "بين"
        ("أسفرت اشتباكات الجيش والمسلحين في ريف درعا عن مقتل خمسة", "اشتباكات", ["SYR MIL"], ["SYR REB"]),
        ("تجددت معارك الجيش السوداني وقوات الدعم السريع في الفاشر", "معارك", ["SDN MIL"], ["SDN REB"]),
    ],
)
def test_assemble_the_pair_after_a_clash_noun_are_its_sides(ex, text, trigger, actors, targets):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert "slot.between" in e.rules


def test_assemble_a_clash_of_forces_and_protesters_is_crowd_control(ex):
    text = "أعلن مصدر طبي حصيلة اشتباك القوات الأمنية والمتظاهرين في الناصرية ليلة أمس"
    clash = _check(ex, text, "ASSAULT", "اشتباك", ["IRQ COP"], ["IRQ OPP"])
    assert clash.mode == "crowd-control"
    # the protest is the protesters', not the forces' joined to them
    assert _codes(_one(ex, text, "PROTEST", "المتظاهرين").actors) == ["IRQ OPP"]


def test_assemble_people_joined_to_protesters_protest_with_them(ex):
    e = _one(ex, "خرج آلاف الطلاب والمتظاهرين في شوارع الخرطوم", "PROTEST", "المتظاهرين")
    assert [a.text for a in e.actors] == ["الطلاب", "المتظاهرين"]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the places named with a sanction are its targets' or where they acted
        ("فرضت وزارة الخزانة الأمريكية عقوبات على قادة في حركة الشباب في الصومال", "فرضت"),
        ("أعلن الاتحاد الأوروبي فرض عقوبات على مستوطنين متطرفين في الضفة الغربية", "فرض عقوبات"),
    ],
)
def test_assemble_a_sanction_has_no_place_of_its_own(ex, text, trigger):
    e = _one(ex, text, "SANCTION", trigger)
    assert e.place is None and "place.sanction" in e.rules
    assert not any(r.startswith("place.") and r != "place.sanction" for r in e.rules)


def test_assemble_a_sanction_decided_at_a_meeting_takes_its_place(ex):
    text = "ووافق وزراء الخارجية الأوروبيون خلال اجتماع في بروكسل على فرض عقوبات جديدة على النظام السوري"
    e = _one(ex, text, "SANCTION", "عقوبات")
    assert e.place is not None and e.place.country == "BEL"


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # a truce, a withdrawal, an exchange or aid that talks told before are about
        ("تستضيف القاهرة اليوم جولة مفاوضات جديدة بين الطرفين لبحث سبل وقف إطلاق النار في غزة",
         "RETREAT", "وقف إطلاق النار"),
        ("وصل الوفد إلى الدوحة لبدء المباحثات حول آليات وقف إطلاق النار، وانسحاب القوات، وتبادل الأسرى",
         "RETREAT", "تبادل الأسرى"),
        ("وأكدت الحركة أن المفاوضات ستركز على وقف الحرب وإدخال المساعدات", "AID", "المساعدات"),
        ("قال السفير إن زيارته إلى صنعاء تهدف إلى تثبيت الهدنة", "RETREAT", "الهدنة"),
    ],
)
def test_assemble_what_talks_are_about_is_possible(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert (e.modality.value, "mod.discussed" in e.rules) == ("possible", True)


def test_assemble_a_truce_told_after_the_talks_clause_happened(ex):
    e = _one(ex, "عقد الطرفان محادثات في جدة، ودخل وقف إطلاق النار حيز التنفيذ مساء اليوم", "RETREAT", "وقف")
    assert e.modality.value == "asserted"


@pytest.mark.parametrize("quote", ["“", '"', "«"])
def test_assemble_a_quoted_toll_is_counted(ex, quote):
    text = f"شنت الطائرات غارات على مدينة إدلب، ما أسفر عن مقتل {quote}11 مدنيا بينهم خمسة أطفال"
    e = _one(ex, text, "ASSAULT", "غارات")
    assert e.fatalities == 11 and _codes(e.targets) == ["SYR CVL"]


@pytest.mark.parametrize(
    "text, actors, acled",
    [
        # a place told to have become under someone's control was taken by them
        ("باتت مدينة سراقب تحت سيطرة فصائل المعارضة بعد معارك عنيفة", ["SYR REB"],
         "Non-state actor overtakes territory"),
        ("أصبحت بلدة كفرنبل تحت سيطرة قوات النظام السوري", ["SYR MIL"], "Government regains territory"),
    ],
)
def test_assemble_a_place_become_under_control_was_taken(ex, text, actors, acled):
    e = _check(ex, text, "ASSAULT", "تحت سيطرة", actors, None)
    assert e.place is not None and e.place.country == "SYR" and e.acled == ("Battles", acled)


@pytest.mark.parametrize(
    "text",
    [
        "لا تزال المدينة تحت سيطرة التنظيم منذ سنوات",  # a state, told with no change
        "وقال المتحدث إن الوضع الأمني بات تحت السيطرة",  # under control, no one's
    ],
)
def test_assemble_under_control_alone_is_no_event(ex, text):
    assert _types(ex, text) == []


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a pronoun on an attack's own noun is the attacker
        ("وتحاصر قوات الدعم السريع مدينة الفاشر، لكنها صعدت هجماتها منذ أبريل الماضي", "هجماتها", ["SDN REB"]),
        ("وقالت الحكومة اليمنية إن الحوثيين كثفوا غاراتهم بالطائرات المسيرة على مأرب", "غاراتهم", ["YEM REB"]),
    ],
)
def test_assemble_a_pronoun_on_an_attacks_noun_is_the_attacker(ex, text, trigger, actors):
    e = _check(ex, text, "ASSAULT", trigger, actors, None)
    assert not any(t.code == actors[0] for t in e.targets)


def test_assemble_a_pronoun_on_a_verbal_noun_is_whom_it_is_done_to(ex):
    e = _one(ex, "وصل المسلحون إلى المدينة وبدأت القوات محاصرتهم فجر اليوم", "COERCE", "محاصرتهم")
    assert [t.sector for t in e.targets] == ["REB"]


def test_assemble_the_aircraft_named_with_la_in_a_raids_words_are_its_actor(ex):
    e = _one(ex, "قتل ثمانية أشخاص في حي سكني بغارات لطيران الاحتلال فجر اليوم", "ASSAULT", "بغارات")
    assert _codes(e.actors) == ["ISR MIL"] and "slot.by" in e.rules and e.fatalities == 8


@pytest.mark.parametrize(
    "text",
    [
        # whom a call is addressed to with "لـ", after it or after who calls
        "وجهت السعودية دعوة لجماعة الحوثي لحضور مشاورات في الرياض",
        "وجاءت دعوة السعودية لجماعة الحوثي لمشاورات في الرياض بعد أسابيع من الهدوء",
    ],
)
def test_assemble_a_call_with_la_is_addressed_to_it(ex, text):
    e = _check(ex, text, "REQUEST", "دعوة", ["SAU GOV"], ["YEM REB"])
    assert "slot.target-prep" in e.rules


@pytest.mark.parametrize(
    "text, actors",
    [
        # "مدفعية" after the shells' noun is their kind; who fires them is the light verb's subject
        ("وقامت قوات الاحتلال بإطلاق قذائف مدفعية على أطراف بلدة كفركلا", ["ISR MIL"]),
        ("واصلت قوات الدعم السريع إطلاق القذائف المدفعية على مواقع الجيش في الفاشر", ["SDN REB"]),
    ],
)
def test_assemble_artillery_after_shells_is_their_kind(ex, text, actors):
    e = _check(ex, text, "ASSAULT", "إطلاق", actors, None)
    assert e.mode == "heavy-weapons" and "slot.genitive" not in e.rules


def test_assemble_the_march_of_return_is_a_protest_not_a_siege(ex):
    text = "وانطلقت مسيرات العودة وكسر الحصار قرب السياج الفاصل شرق خان يونس بعد صلاة الجمعة"
    assert _types(ex, text) == ["PROTEST"]
    assert _one(ex, text, "PROTEST", "مسيرات العودة").trigger.text == "مسيرات العودة وكسر الحصار"


@pytest.mark.parametrize(
    "text, trigger",
    [
        # hurt during their taking part in protests: the protests were held
        ("أصيب عشرات المتظاهرين أثناء مشاركتهم في الاحتجاجات وسط بغداد", "الاحتجاجات"),
        ("أصيب 14 شابا خلال مشاركتهم في مسيرة العودة قرب السياج الفاصل", "مسيرة العودة"),
    ],
)
def test_assemble_protests_taken_part_in_during_an_act_were_held(ex, text, trigger):
    assert _one(ex, text, "PROTEST", trigger).modality.value == "asserted"


def test_assemble_protests_a_charge_is_about_are_background(ex):
    assert "PROTEST" not in _types(ex, "أعدمت السلطات شابا على خلفية مشاركته في الاحتجاجات")


@pytest.mark.parametrize(
    "text, actors",
    [
        # a delegation's arrival is a visit, whoever sends it
        ("وصل وفد من الحوثيين إلى الرياض اليوم لبحث تمديد الهدنة", ["YEM REB"]),
        ("وصل وفد المعارضة السورية إلى جنيف صباح الاثنين", ["SYR OPP"]),
    ],
)
def test_assemble_a_delegations_arrival_is_a_visit(ex, text, actors):
    e = _check(ex, text, "CONSULT", "وصل", actors, None)
    assert e.mode == "visit" and "type.arrival-visit" in e.rules


def test_assemble_forces_arriving_are_no_visit(ex):
    e = _one(ex, "وصلت قوات من الجيش إلى المدينة صباح اليوم", "MOBILIZE", "وصلت")
    assert e.mode == "troops"


def test_assemble_libya_dawn_is_a_group_not_a_blast(ex):
    text = "قتل عشرة من مقاتلي فجر ليبيا في غارة جوية على مواقعهم قرب طرابلس"
    assert _types(ex, text) == ["ASSAULT"]
    assert _codes(_one(ex, text, "ASSAULT", "غارة").targets) == ["LBY REB"]


def test_assemble_libyan_forces_of_both_sides_are_coded(ex):
    text = "اندلعت اشتباكات بين قوة حماية طرابلس وميليشيا الكانيات جنوب العاصمة الليبية"
    _check(ex, text, "ASSAULT", "اشتباكات", ["LBY MIL"], ["LBY REB"])


@pytest.mark.parametrize(
    "text, trigger",
    [
        # who shot, named past a time and its comma
        ("أصيب 14 مواطنا اليوم، برصاص قوات الاحتلال شرق قطاع غزة", "أصيب"),
        ("قتل ثلاثة شبان مساء أمس، برصاص الجيش الإسرائيلي في مخيم جنين", "قتل"),
    ],
)
def test_assemble_the_shooter_past_a_time_and_its_comma(ex, text, trigger):
    e = _check(ex, text, "ASSAULT", trigger, ["ISR MIL"], ["PSE CVL"])
    assert "slot.by" in e.rules


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # the protest force disperses stands for its protesters
        ("فرقت الشرطة التظاهرة بالغاز المسيل للدموع في الخرطوم", "فرقت", ["SDN OPP"]),
        ("قمعت قوات الأمن مظاهرة سلمية وسط بغداد", "قمعت", ["IRQ OPP"]),
    ],
)
def test_assemble_a_protest_dispersed_is_its_protesters(ex, text, trigger, targets):
    e = _check(ex, text, "ASSAULT", trigger, None, targets)
    assert e.mode == "crowd-control" and "slot.dispersed" in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a place occupied without fighting: COERCE seize
        ("احتلت القوات الإسرائيلية خمس تلال في جنوب لبنان", "احتلت", ["ISR MIL"]),
        ("وأكد الأهالي أن القوات التركية احتلت القرية بعد انسحاب المقاتلين منها", "احتلت", ["TUR MIL"]),
    ],
)
def test_assemble_an_occupation_is_a_seizure(ex, text, trigger, actors):
    e = _check(ex, text, "COERCE", trigger, actors, None)
    assert e.mode == "seize" and e.cameo == "192"


@pytest.mark.parametrize(
    "text",
    [
        # standings held, and who holds a place now, are no occupation
        "احتل المنتخب المصري المركز الثاني في البطولة العربية",
        "احتلت الأزمة الليبية صدارة اهتمامات القمة",
        "تقع القرية في الجزء الذي يحتله الجيش منذ سنوات",
    ],
)
def test_assemble_standings_and_holdings_are_no_occupation(ex, text):
    assert "COERCE" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, place",
    [
        # checkpoints set up on a town's roads restrict movement
        ("نصبت قوات الاحتلال حواجز عسكرية على مداخل مدينة نابلس", "مدينة نابلس"),
        ("ونصب الجيش عدة حواجز على الطرق المؤدية إلى بلدة حوارة فجر اليوم", "بلدة حوارة"),
    ],
)
def test_assemble_checkpoints_set_up_restrict_movement(ex, text, place):
    e = _one(ex, text, "COERCE", "حواجز")
    assert e.mode == "restrict" and e.actors and e.place is not None and e.place.text == place


def test_assemble_a_civilian_facility_is_civilian(ex):
    text = "وهدمت جرافات الاحتلال منشأة تجارية في بلدة حزما شمال شرق القدس"
    _check(ex, text, "COERCE", "هدمت", ["ISR MIL"], ["PSE CVL"])


@pytest.mark.parametrize(
    "text, actors",
    [
        # concern expressed is disapproval, past a longer subject too
        ("أعربت المنظمة الدولية عن قلقها البالغ إزاء احتجاز المهاجرين", ["UNO UNO"]),
        ("أعربت وزارة الخارجية المصرية عن بالغ قلقها من استمرار العمليات العسكرية في رفح", ["EGY GOV"]),
        # (the escalation it is concerned with lends no light verb)
        ("وأبدى الأمين العام للأمم المتحدة قلقه من التصعيد العسكري في الفاشر", ["UNO UNO"]),
    ],
)
def test_assemble_concern_expressed_is_disapproval(ex, text, actors):
    e = _check(ex, text, "ACCUSE", "قلق", actors, None)
    assert e.mode == "disapprove"


def test_assemble_concern_no_one_expresses_is_no_event(ex):
    assert "ACCUSE" not in _types(ex, "أثار الهجوم على السوق قلق السكان في المدينة")


def test_assemble_the_attack_condemned_is_not_the_condemners(ex):
    text = "أعربت وزارة الخارجية المصرية عن إدانتها الشديدة للهجوم الإرهابي في سيناء"
    _check(ex, text, "ACCUSE", "إدانتها", ["EGY GOV"], None)
    assert _one(ex, text, "ASSAULT", "للهجوم").actors == ()


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # settlers' attacks are theirs, not attacks on them
        ("تصاعدت هجمات المستوطنين على القرى الفلسطينية في الضفة الغربية", "هجمات", ["ISR CVL"], ["PSE CVL"]),
        ("أصيب شاب في اعتداء المستوطنين على قرية بورين جنوب نابلس", "اعتداء", ["ISR CVL"], None),
    ],
)
def test_assemble_settlers_attacks_are_theirs(ex, text, trigger, actors, targets):
    _check(ex, text, "ASSAULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        # who an attack is ascribed to made it
        ("قتل جنديان في هجوم نسب إلى جهاديين في شمال مالي", ["MLI REB"]),
        ("أسفر الهجوم المنسوب لحركة الشباب عن مقتل ثلاثة جنود", ["SOM REB"]),
        ("وقع الهجوم الذي نسب إلى تنظيم الدولة في وسط المدينة", ["--- REB"]),
    ],
)
def test_assemble_an_attack_ascribed_to_someone_is_theirs(ex, text, actors):
    e = _check(ex, text, "ASSAULT", "هجوم", actors, None)
    assert "slot.by" in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors, mode",
    [
        # whose aircraft or drones strike, named after "تابعة لـ", is who strikes
        ("قال مصدر عسكري إن مسيرات تابعة للجيش قصفت مواقع لقوات الدعم السريع في الفاشر", "قصفت",
         ["SDN MIL"], "drone"),
        ("استهدفت مسيرة تابعة لقوات الدعم السريع محطة الكهرباء في مدينة عطبرة", "استهدفت",
         ["SDN REB"], "drone"),
        ("قتل ثلاثة مدنيين في قصف بطائرات مسيرة تابعة للجيش على سوق في نيالا", "قصف", ["SDN MIL"], "drone"),
    ],
)
def test_assemble_whose_craft_strikes_strikes(ex, text, trigger, actors, mode):
    e = _check(ex, text, "ASSAULT", trigger, actors, None)
    assert e.mode == mode and "slot.owner" in e.rules
    assert not {a.text for a in e.actors} & {t.text for t in e.targets}


def test_assemble_an_active_verb_after_fima_goes_on_with_the_subject(ex):
    # "فيما" + an active verb with no subject of its own: the subject before acts again
    # (past an accusation of the clause before)
    text = ("نفذت مليشيا الحوثي حملة اعتقالات واسعة في صنعاء على خلفية اتهامات بالتجسس، "
            "فيما اختطفت عددا من موظفي الإغاثة")
    _check(ex, text, "ASSAULT", "اختطفت", ["YEM REB"], None)
    # (but whoever is killed after it is no one's victim of the subject before)
    text = "اعتقلت قوات الأمن 23 مشتبها بهم في المدينة، فيما قتل ثلاثة من عناصر الشرطة بانفجار عبوة"
    assert all(e.actors == () for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")


@pytest.mark.parametrize(
    "text, trigger, place",
    [
        # a place's name in quotes after its place noun is where, known or not
        ('اقتحمت قوات الاحتلال بلدة "كفر الديك" غرب سلفيت فجر اليوم', "اقتحمت", 'كفر الديك'),
        ('هاجم مستوطنون قرية "المغير" شرق رام الله', "هاجم", "المغير"),
    ],
)
def test_assemble_a_place_named_in_quotes(ex, text, trigger, place):
    e = _one(ex, text, "ASSAULT" if trigger == "هاجم" else "COERCE", trigger)
    assert e.place is not None and place in e.place.text and e.place.country == "PSE"


def test_assemble_a_word_of_a_quoted_place_name_is_no_act(ex):
    # "أمر" (ordered) in 'قرية "بيت أمر"' is a word of the village's name
    text = 'اعتقلت قوات الاحتلال شابا من قرية "بيت أمر" شمال الخليل'
    assert _types(ex, text) == ["COERCE"]


def test_assemble_a_fronted_date_dates_the_verbs_joined_after_a_comma(ex):
    # a date before a comma at the sentence's start frames both clauses
    text = "ويوم الأحد الماضي، هاجم مستوطنون قرية المغير شرق رام الله، وأحرقوا عشرة منازل"
    for trigger in ("هاجم", "أحرقوا"):
        e = _one(ex, text, "ASSAULT", trigger)
        assert e.date is not None and (str(e.date.start), str(e.date.end)) == ("2016-08-28", "2016-08-28")


def test_assemble_what_talks_named_as_a_given_focus_on_is_possible(ex):
    # talks named with a demonstrative are no event, but what they focus on is still only
    # possible
    text = "وأضاف البيان أن هذه المحادثات تتركز على تسهيل إيصال المساعدات الإنسانية، وتحقيق وقف إطلاق النار"
    for etype, trigger in (("AID", "المساعدات"), ("RETREAT", "وقف إطلاق النار")):
        e = _one(ex, text, etype, trigger)
        assert e.modality.value == "possible" and "mod.discussed" in e.rules


def test_assemble_the_sides_of_a_clash_on_either_hand(ex):
    # "من جانب ... من جانب آخر" marks the two sides of "بين", as "من جهة" does
    text = "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية من جانب، وعناصر داعش من جانب آخر، في ريف دير الزور"
    e = _check(ex, text, "ASSAULT", "اشتباكات", ["SYR REB"], ["--- REB"])
    assert "slot.between" in e.rules


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a past verb with "من جانب" + its agent is in the passive, past the protesters
        ("اعتقل عدد من المحتجين من جانب الشرطة في بغداد", ["IRQ COP"], ["IRQ OPP"]),
        ("اعتقل عشرات المحتجين من قبل الشرطة في البصرة", ["IRQ COP"], ["IRQ OPP"]),
    ],
)
def test_assemble_an_agent_after_min_janib(ex, text, actors, targets):
    _check(ex, text, "COERCE", "اعتقل", actors, targets)


def test_assemble_on_the_other_hand_is_no_agent(ex):
    text = "ومن جانب آخر، قمعت الشرطة المظاهرات في بغداد من جانب آخر"
    e = _check(ex, text, "ASSAULT", "قمعت", ["IRQ COP"], None)
    assert "slot.passive" not in e.rules


@pytest.mark.parametrize(
    "text",
    [
        # the sides of "بين" in quotes, and after "ما يسمى"
        'اندلعت اشتباكات بين "قوة حماية طرابلس" و"الكانيات" جنوب العاصمة الليبية',
        'اندلعت اشتباكات بين ما يسمى "قوة حماية طرابلس" و"الكانيات" جنوب العاصمة الليبية',
    ],
)
def test_assemble_the_sides_of_a_clash_in_quotes(ex, text):
    e = _check(ex, text, "ASSAULT", "اشتباكات", ["LBY MIL"], ["LBY REB"])
    assert "slot.between" in e.rules


def test_assemble_a_delegation_led_by_someone_is_the_subject(ex):
    # "وفد ... برئاسة فلان وصل": the delegation arrives, coded as its leader's side
    text = "قالت الحركة إن وفد الحركة برئاسة خليل الحية وصل إلى القاهرة لإجراء محادثات مع المسؤولين المصريين"
    e = _one(ex, text, "CONSULT", "وصل")
    assert e.mode == "visit" and [a.text for a in e.actors] == ["وفد الحركة برئاسة خليل الحية"]
    assert e.actors[0].country == "PSE"


@pytest.mark.parametrize(
    "text",
    [
        # the subject of an arrival told past where it arrives and when
        "ووصل إلى القاهرة، مساء أمس الأحد، وفد حركة حماس لبدء المباحثات",
        "ووصل إلى القاهرة مساء أمس وفد من حركة حماس",
    ],
)
def test_assemble_an_arrival_with_its_subject_past_where_and_when(ex, text):
    e = _check(ex, text, "CONSULT", "وصل", ["PSE REB"], ["EGY GOV"])
    assert e.mode == "visit" and str(e.date.start) == "2016-08-29"


def test_assemble_a_group_of_attackers_before_the_verb_and_their_sheep(ex):
    # "مجموعة من X" before the verb is its subject; the sheep they slaughter are no toll
    text = "قال الناشط إن مجموعة من المستوطنين هاجمت راعيا فلسطينيا قرب قرية المفقرة وذبحوا أربعة من أغنامه"
    e = _check(ex, text, "ASSAULT", "هاجمت", ["ISR CVL"], ["PSE CVL"])
    assert e.fatalities is None


def test_assemble_a_commander_is_no_order(ex):
    # "آمر اللواء" (the brigade's commander) is no "أمر" (ordered): neither a call nor
    # one that makes the strike requested
    text = "وقال مصدر إن ثلاثة قتلى من بينهم آمر اللواء هم حصيلة القصف الذي طال مقر الفصيل في القائم"
    assert _types(ex, text) == ["ASSAULT"]
    e = _one(ex, text, "ASSAULT", "القصف")
    assert e.modality.value == "asserted" and e.fatalities == 3


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun on "انسحاب" is who withdraws
        "وأكد المرصد أن قوات سوريا الديمقراطية أنهت بشكل كامل انسحابها من مدينة رأس العين",
        "وبدأت قوات سوريا الديمقراطية انسحابها من مدينة منبج",
    ],
)
def test_assemble_a_withdrawal_of_ones_own(ex, text):
    e = _check(ex, text, "RETREAT", "انسحابها", ["SYR REB"], [])
    assert e.mode == "withdraw"


@pytest.mark.parametrize(
    "text, trigger, etype, place",
    [
        # a capital that speaks or backs is the state, not where the act is
        ("وشن الجيش التركي مع الفصائل المدعومة من أنقرة هجوما عنيفا على محاور في منطقة عفرين",
         "هجوما", "ASSAULT", "منطقة عفرين"),
        ("فيما أعلنت أنقرة أن طائرات تركية قصفت قواعد لحزب العمال الكردستاني شمالي العراق",
         "قصفت", "ASSAULT", "شمالي العراق"),
    ],
)
def test_assemble_a_capital_that_speaks_or_backs_is_no_place(ex, text, trigger, etype, place):
    e = _one(ex, text, etype, trigger)
    assert e.place is not None and e.place.text.endswith(place)


def test_assemble_members_named_of_a_group_are_no_target(ex):
    # "بينها": the members of the armed groups, not what they entered
    text = "ودخلت مجموعات مسلحة بينها هيئة تحرير الشام وفصائل أخرى الجمعة مدينة حلب"
    e = _check(ex, text, "COERCE", "دخلت", ["SYR REB"], [])
    assert e.place is not None and e.place.text == "مدينة حلب"


def test_assemble_a_subject_with_its_leader_between_commas(ex):
    # "قوات شرق ليبيا" are Haftar's forces; the comma after their leader closes the aside
    text = "قال مصدر عسكري إن قوات شرق ليبيا بقيادة اللواء المتقاعد خليفة حفتر، قصفت الكلية الجوية في مدينة مصراتة"
    e = _check(ex, text, "ASSAULT", "قصفت", ["LBY REB"], None)
    assert "slot.svo" in e.rules


def test_assemble_guards_who_shoot_and_a_shelter_named_as_a_place(ex):
    # guards are security forces; "مركز الإيواء" is where, no aid; the shooting verb lends
    # the strike in the clause after it no light verb
    text = ("قالت الأمم المتحدة إنها تلقت معلومات بأن حراسا أطلقوا النار على مهاجرين حاولوا الهرب "
            "من مركز الإيواء في تاجوراء، أثناء تعرضه للقصف الجوي أمس")
    assert "AID" not in _types(ex, text)
    _check(ex, text, "ASSAULT", "أطلقوا", ["LBY COP"], ["LBY REF"])
    assert _one(ex, text, "ASSAULT", "للقصف").actors == ()


@pytest.mark.parametrize(
    "text, trigger, etype, codes",
    [
        # "الطرفان", "طرفا النزاع", "البلدان" as a subject: the sides of the last act with two
        ("اندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم، والتزم الطرفان بفتح ممرات إنسانية",
         "بفتح", "RETREAT", ["SDN MIL", "SDN REB"]),
        ("اندلعت اشتباكات بين الجيش وقوات الدعم السريع في الخرطوم، والتزم طرفا النزاع بفتح ممرات إنسانية",
         "بفتح", "RETREAT", ["SDN MIL", "SDN REB"]),
        ("بحثت مصر والسعودية الأوضاع في السودان، ودعا البلدان إلى وقف القتال", "دعا", "REQUEST",
         ["EGY GOV", "SAU GOV"]),
    ],
)
def test_assemble_the_two_sides_as_a_subject(ex, text, trigger, etype, codes):
    e = _check(ex, text, etype, trigger, codes, None)
    assert "slot.sides" in e.rules


@pytest.mark.parametrize(
    "text, protest",
    [
        # people gathering in a square or before a building protest; other gatherings do not
        ("وأظهرت مشاهد مصورة تجمع الآلاف في ساحة الكرامة وسط مدينة السويداء", True),
        ("تجمع عدد من الأهالي أمام مبنى المحافظة للمطالبة بالإفراج عن أبنائهم", True),
        ("وتوافد المئات من القرى المجاورة إلى ساحة الاعتصام", True),
        ("قال تجمع المهنيين السودانيين في بيان إن المفاوضات متعثرة", False),
        ("يعيش في هذا التجمع السكاني نحو ألف شخص", False),
    ],
)
def test_assemble_a_gathering_in_a_public_place_is_a_protest(ex, text, protest):
    assert ("PROTEST" in _types(ex, text)) is protest


def test_assemble_a_toll_with_la_yaqillu_written_as_one_word(ex):
    # "ما لايقل عن 36": "at least 36", as often written without its space
    text = "بدأت البلاد فترة حداد بعد مقتل ما لايقل عن 36 شخصا على يد مسلحين مجهولين"
    assert _one(ex, text, "ASSAULT", "مقتل").fatalities == 36


@pytest.mark.parametrize(
    "text, actors, clash_side",
    [
        # armed men killed in clashes "مع" others are the other side of the clash
        ("قتل عشرة جنود في اشتباكات مع مسلحي تنظيم الدولة شمال سرت", ["LBY MIL"], True),
        ("قتل ثلاثة من عناصر الشرطة في اشتباكات مع مسلحين قرب الحدود", ["--- COP"], True),
        # (civilians killed in them are no side)
        ("قتل خمسة مدنيين في اشتباكات مع مسلحين قرب الحدود", [], False),
    ],
)
def test_assemble_the_side_of_the_killed_in_a_clash_with_others(ex, text, actors, clash_side):
    e = _check(ex, text, "ASSAULT", "اشتباكات", actors, ["--- REB"])
    assert ("slot.clash-side" in e.rules) is clash_side


def test_assemble_who_shot_the_wounded_of_a_clash_made_it(ex):
    # "أصيب N برصاص X خلال مواجهات": X fought in the clash the wounded are counted in
    text = "أصيب عشرون شابا برصاص قوات الاحتلال خلال مواجهات في بلدة بيتا جنوب نابلس"
    e = _check(ex, text, "ASSAULT", "مواجهات", ["ISR MIL"], None)
    assert e.injured == 20 and "slot.killer" in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # men of no state of their own are of the state, and the side, of whom leads them
        ("وشنت قوات بقيادة حفتر هجوما واسعا على مدينة غريان", "هجوما", ["LBY REB"], None),
        ("قصفت قوات بقيادة الولايات المتحدة مواقع لتنظيم داعش قرب دير الزور", "قصفت", ["USA MIL"], None),
        ("اشتبكت قوات حكومة الوحدة الوطنية مع قوات بقيادة حفتر جنوب مدينة سرت", "اشتبكت", None, ["LBY REB"]),
        ("التقى وفد بقيادة وزير الخارجية التركي رئيس الوزراء العراقي في بغداد", "التقى", ["TUR GOV"], ["IRQ GOV"]),
        # (a force of its own state keeps it: "التحالف بقيادة السعودية")
        ("وشن التحالف بقيادة السعودية غارات على مواقع الحوثيين في صعدة", "غارات", ["SAU MIL"], None),
    ],
)
def test_assemble_the_led_take_their_leaders_codes(ex, text, trigger, actors, targets):
    _check(ex, text, "ASSAULT" if trigger != "التقى" else "CONSULT", trigger, actors, targets)


@pytest.mark.parametrize(
    "text, actor, target, target_codes",
    [
        # a noun in "ية" after men counted by their sound plural cannot agree with them: it
        # is the verb's object, with its own adjective, not the men's
        ("هاجم مسلحون سفارة أمريكية في العاصمة", "مسلحون", "سفارة أمريكية", ["USA GOV"]),
        ("هاجم مسلحون مجهولون دورية عراقية قرب الموصل", "مسلحون مجهولون", "دورية عراقية", ["IRQ MIL"]),
        ("هاجم مسلحون دورية للشرطة على طريق المطار", "مسلحون", "دورية للشرطة", ["--- COP"]),
        # (the group's name as their adjective still agrees: one side)
        ("هاجم مسلحين حوثيين مواقع الجيش في مأرب", "مسلحين حوثيين", None, None),
    ],
)
def test_assemble_an_object_that_cannot_agree_is_no_adjective_of_the_subject(ex, text, actor, target, target_codes):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert [a.text for a in e.actors] == [actor]
    if target is not None:
        assert [t.text for t in e.targets] == [target]
        assert _codes(e.targets) == target_codes


@pytest.mark.parametrize(
    "text, trigger, actor, actor_codes",
    [
        # an indefinite nisba after a definite subject and an object cannot be the subject's
        ("قصفت القوات الحكومية مخزنا إيرانيا قرب دمشق", "قصفت", "القوات الحكومية", ["SYR MIL"]),
        ("هاجم المسلحون منجما صينيا في شمال البلاد", "هاجم", "المسلحون", None),
        # (an agreeing one is: "الطائرات الحربية الروسية")
        ("قصفت الطائرات الحربية الروسية مواقع في ريف إدلب", "قصفت", "الطائرات الحربية الروسية", ["RUS MIL"]),
    ],
)
def test_assemble_a_definite_subject_takes_no_indefinite_adjective(ex, text, trigger, actor, actor_codes):
    e = _one(ex, text, "ASSAULT", trigger)
    assert [a.text for a in e.actors] == [actor]
    if actor_codes is not None:
        assert _codes(e.actors) == actor_codes


@pytest.mark.parametrize(
    "text, trigger, actors, place",
    [
        # a strait or a port closed to shipping is a blockade (CAMEO 191), its closer the
        # verb's subject
        ("أغلقت إيران مضيق هرمز أمام ناقلات النفط صباح الأحد", "أغلقت", ["IRN GOV"], "مضيق هرمز"),
        ("وأغلقت البحرية الإسرائيلية ميناء غزة أمام قوارب الصيد", "أغلقت", ["ISR MIL"], "غزة"),
        ("أعلن الحوثيون إغلاق ميناء الحديدة أمام السفن التجارية", "إغلاق ميناء", ["YEM REB"], "الحديدة"),
    ],
)
def test_assemble_a_strait_or_port_closed_is_a_blockade(ex, text, trigger, actors, place):
    e = _check(ex, text, "COERCE", trigger, actors, None)
    assert (e.mode, e.cameo) == ("restrict", "191")
    assert e.place is not None and e.place.text.endswith(place)


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        # protesters told to end their sit-in protest now: a call made of them is no call for
        # their protest
        ("أمهلت الحكومة المحتجين 48 ساعة لفض الاعتصام أمام البرلمان", "المحتجين", ce.Modality.ASSERTED),
        ("طالبت السلطات المتظاهرين بإنهاء احتجاجاتهم فورا", "المتظاهرين", ce.Modality.ASSERTED),
        # (a protest called for is requested: "دعت ... إلى التظاهر")
        ("دعت المعارضة أنصارها إلى التظاهر يوم الجمعة", "التظاهر", ce.Modality.REQUESTED),
    ],
)
def test_assemble_whom_a_call_is_made_of_is_not_called_for(ex, text, trigger, modality):
    assert _one(ex, text, "PROTEST", trigger).modality == modality


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a ship or a flotilla intercepted at sea enforces a blockade; "اعترض" lends its
        # subject to what it intercepts only, not to the aid the ship carries
        ("اعترضت البحرية الإسرائيلية سفينة تحمل مساعدات إلى غزة", "سفينة", ["ISR MIL"]),
        ("واعترضت القوات البحرية المصرية قاربا قرب السواحل الليبية", "قاربا", ["EGY MIL"]),
    ],
)
def test_assemble_a_ship_intercepted_is_a_blockade_not_aid(ex, text, trigger, actors):
    e = _check(ex, text, "COERCE", trigger, actors, None)
    assert (e.mode, e.cameo) == ("restrict", "191")
    assert "AID" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, trigger, target, codes",
    [
        # whom a passive verb names right after it is whom the act befell, before the car
        # "على" names
        ("اغتيل قيادي في حركة حماس بغارة إسرائيلية على سيارته في جنوب لبنان", "اغتيل",
         "قيادي في حركة حماس", ["PSE REB"]),
        # the one killed, not the car or the motorcade his pronoun names
        ("قتل قيادي في حركة الجهاد الإسلامي بغارة إسرائيلية على سيارته في جنين", "بغارة",
         "قيادي في حركة الجهاد الإسلامي", ["PSE REB"]),
        ("قتل وزير الدفاع السابق في انفجار استهدف موكبه وسط العاصمة", "انفجار", "وزير الدفاع", None),
    ],
)
def test_assemble_the_one_killed_not_his_car_is_the_target(ex, text, trigger, target, codes):
    e = _check(ex, text, "ASSAULT", trigger, None, codes)
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # the nisba of the fire a victim was shot by, or of the strike a passive killing was
        # done by, is who did it
        ("قتل شاب فلسطيني برصاص إسرائيلي قرب نابلس", "قتل", ["ISR MIL"], ["PSE CVL"]),
        ("استشهد طفل بنيران إسرائيلية في خان يونس", "استشهد", ["ISR MIL"], None),
        ("اغتيل ضابط سوري بغارة روسية في ريف حماة", "اغتيل", ["RUS MIL"], ["SYR MIL"]),
    ],
)
def test_assemble_the_nisba_of_the_fire_or_strike_a_victim_fell_by_is_the_actor(ex, text, trigger, actors, targets):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert e.fatalities == 1


@pytest.mark.parametrize(
    "text, trigger, actor, codes",
    [
        # a crowd counted, with no one named, is who protests: protesters of the place's state
        ("تظاهر المئات أمام السفارة الفرنسية في نواكشوط", "تظاهر", "المئات", ["MRT OPP"]),
        ("واحتج الآلاف مساء أمس في شوارع الدار البيضاء", "احتج", "الآلاف", ["MAR OPP"]),
        ("اعتصم العشرات أمام مقر البرلمان في بيروت", "اعتصم", "العشرات", ["LBN OPP"]),
        # (a crowd named keeps its name: "آلاف الطلاب")
        ("تظاهر آلاف الطلاب في شوارع الجزائر العاصمة", "تظاهر", "الطلاب", None),
    ],
)
def test_assemble_a_crowd_counted_protests(ex, text, trigger, actor, codes):
    e = _check(ex, text, "PROTEST", trigger, codes, None)
    assert [a.text for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # the mediators are people, not talks: who proposed or carried something is no meeting
        "رفضت إسرائيل مقترح وقف إطلاق النار الذي قدمه الوسطاء",
        "أفرجت الجماعة عن رهينتين عبر وسطاء قبليين في شمال النيجر",
    ],
)
def test_assemble_mediators_named_are_no_talks(ex, text):
    assert "CONSULT" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the protests an official resigned after or under are not his: "بعد" and "تحت
        # ضغط" are no words of his name
        ("استقال وزير الداخلية الأردني بعد احتجاجات غاضبة في عمان", "احتجاجات"),
        ("استقال رئيس الحكومة التونسية تحت ضغط الاحتجاجات الشعبية", "الاحتجاجات"),
    ],
)
def test_assemble_the_protests_an_official_resigned_under_are_not_his(ex, text, trigger):
    assert not _one(ex, text, "PROTEST", trigger).actors
    assert _one(ex, text, "RETREAT", "استقال").mode == "resign"


@pytest.mark.parametrize(
    "text, actors",
    [
        # to object to ("اعترض على") is to reject; the verb that intercepts craft is no light
        # verb of an agreement: the objector signed nothing
        ("اعترض البرلمان على الاتفاقية الأمنية الموقعة في أنقرة", None),
        ("اعترضت الصين على قرار مجلس الأمن بشأن كوريا الشمالية", ["CHN GOV"]),
    ],
)
def test_assemble_an_objection_is_a_rejection_not_an_agreement(ex, text, actors):
    _check(ex, text, "REJECT", text.split()[0], actors, None)
    assert "AGREE" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, trigger, etype, actors",
    [
        # a coast guard is a state's security force, as its border guards are
        ("اعترض خفر السواحل اليونانيون قاربا يقل مهاجرين قرب جزيرة ليسبوس", "قاربا", "COERCE", ["GRC COP"]),
        ("أطلق خفر السواحل الإيراني النار على سفينة صيد في الخليج", "أطلق", "ASSAULT", ["IRN COP"]),
    ],
)
def test_assemble_a_coast_guard_is_a_security_force(ex, text, trigger, etype, actors):
    _check(ex, text, etype, trigger, actors, None)


@pytest.mark.parametrize(
    "text",
    [
        # the act an accusation names was made by whom it accuses, not by the accuser its
        # noun's genitive names
        "نفى الجيش اتهامات المنظمة الحقوقية بقصف المدنيين في القرية",
        "رفض الجيش اتهامات المنظمة الحقوقية بقصف المدنيين في القرية",
    ],
)
def test_assemble_the_act_of_an_accusation_denied_is_the_accused(ex, text):
    e = _check(ex, text, "ASSAULT", "بقصف", ["--- MIL"], ["--- CVL"])
    assert e.modality == ce.Modality.NEGATED
    _check(ex, text, "ACCUSE", "اتهامات", ["--- HRI"], ["--- MIL"])


@pytest.mark.parametrize(
    "text, actors, targets, modality",
    [
        # a killing an accusation alleges is an act of the accused, as a strike is, with no
        # count, place or date needed
        ("اتهمت منظمة العفو الدولية قوات الأمن بقتل متظاهرين سلميين", ["--- COP"], ["--- OPP"],
         ce.Modality.ASSERTED),
        ("نفى الجيش اتهامات المنظمة بقتل مدنيين في القرية", ["--- MIL"], ["--- CVL"], ce.Modality.NEGATED),
    ],
)
def test_assemble_a_killing_alleged_is_the_accused_act(ex, text, actors, targets, modality):
    e = _check(ex, text, "ASSAULT", "بقتل", actors, targets)
    assert e.modality == modality


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # whom an accusation holds responsible for an act made it ("حمّل ... مسؤولية")
        ("حملت الحكومة اليمنية الحوثيين مسؤولية الهجوم على ميناء المخا", "الهجوم", ["YEM REB"]),
        ("حمل الجيش الإسرائيلي حركة حماس المسؤولية عن إطلاق الصواريخ", "إطلاق الصواريخ", ["PSE REB"]),
    ],
)
def test_assemble_who_is_held_responsible_for_an_attack_made_it(ex, text, trigger, actors):
    _check(ex, text, "ASSAULT", trigger, actors, None)


def test_assemble_the_responsibility_for_a_collapse_is_not_for_the_talks(ex):
    text = "حمل التحالف المعارض الحكومة مسؤولية انهيار الحوار الوطني"
    assert not _one(ex, text, "CONSULT", "الحوار").actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # aircraft of no known state take no state from the place (an unknown armed group
        # is the place's, as the gold guide codes local gunmen)
        ("قصفت طائرات مجهولة رتلا لقوات النظام قرب البوكمال", ["--- MIL"]),
        ("قصفت الطائرات المجهولة مواقع للفصائل في ريف دير الزور", ["--- MIL"]),
        ("خطفت جماعة مسلحة مجهولة خمسة عمال أتراك في جنوب ليبيا", ["LBY REB"]),
    ],
)
def test_assemble_aircraft_unidentified_are_of_no_known_state(ex, text, actors):
    _check(ex, text, "ASSAULT", text.split()[0], actors, None)


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the state after "زيارة لـ" is the one visited; the visitor is who arrives or begins it
        ("وصل الرئيس التونسي إلى الجزائر في زيارة رسمية للجزائر تستغرق يومين", ["TUN GOV"], ["DZA GOV"]),
        ("بدأ رئيس الوزراء العراقي زيارة لتركيا", ["IRQ GOV"], ["TUR GOV"]),
        # (a person after it is the visitor)
        ("في زيارة لوزير الخارجية الفرنسي إلى المنطقة", ["FRA GOV"], []),
    ],
)
def test_assemble_the_state_a_visit_is_paid_to_is_visited(ex, text, actors, targets):
    _check(ex, text, "CONSULT", "زيارة", actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets, fatalities",
    [
        # a masculine nationality right after a verb, a preposition or a noun it cannot
        # describe is a man of that nation, the victim
        ("استشهد فلسطيني برصاص قوات الاحتلال قرب رام الله", "ASSAULT", "استشهد", ["ISR MIL"], ["PSE CVL"], 1),
        ("اعتدى مستوطنون على فلسطيني في قرية قرب الخليل", "ASSAULT", "اعتدى", None, ["PSE CVL"], None),
        ("خطف مسلحون مجهولون لبنانيا في البقاع", "ASSAULT", "خطف", ["--- REB"], ["LBN CVL"], None),
        ("اعتقلت الشرطة عراقيا في مطار بيروت", "COERCE", "اعتقلت", ["LBN COP"], ["IRQ CVL"], None),
        ("قتل جنود أمريكيون أفغانيا في ولاية قندهار", "ASSAULT", "قتل", ["USA MIL"], ["AFG CVL"], 1),
    ],
)
def test_assemble_a_nationality_no_noun_takes_is_a_man(ex, text, etype, trigger, actors, targets, fatalities):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # the adjective of a noun stays its adjective; a feminine one after "في" is the state
        ("شن الجيش هجوما إسرائيليا على المخيم", "هجوما", None),
        ("اجتمع وزيرا خارجية روسيا وتركيا في سورية", "اجتمع", ["RUS GOV"]),
        ("طردت الحكومة موظفين من السفارة البلجيكية", "طردت", None),
        # (a state's name that ends like an accusative nisba is the state)
        ("اتهمت أمريكا روسيا بقصف المدنيين", "اتهمت", ["USA GOV"]),
    ],
)
def test_assemble_a_nationality_after_its_noun_is_no_man(ex, text, trigger, actors):
    events = ex.extract(text, article_date=DATE)
    assert not any(t.sector == "CVL" and t.text in ("إسرائيليا", "سورية", "البلجيكية", "روسيا")
                   for e in events for t in (*e.actors, *e.targets))
    e = next(e for e in events if trigger in e.trigger.text)
    if actors is not None:
        assert _codes(e.actors)[:1] == actors


@pytest.mark.parametrize(
    "text, second",
    [
        # a killing with its killer and its victim is an attack of its own beside the act
        # joined to it, which takes the same subject
        ("قتل مسلحون حارسا وأحرقوا المستودع", "أحرقوا"),
        ("قتل مسلحون سائقا ثم أحرقوا سيارته في كركوك", "أحرقوا"),
    ],
)
def test_assemble_a_killing_and_the_act_joined_to_it(ex, text, second):
    kill = _check(ex, text, "ASSAULT", "قتل", None, None)
    assert [a.text for a in kill.actors] == ["مسلحون"] and kill.targets and kill.fatalities == 1
    burn = _one(ex, text, "ASSAULT", second)
    assert burn.mode == "destroy" and [a.text for a in burn.actors] == ["مسلحون"]
    assert "مسلحون" not in [t.text for t in burn.targets]


def test_assemble_a_killing_in_the_attack_after_it_is_its_toll(ex):
    # (control) one killed in an attack told in the same clause is the attack's toll
    events = ex.extract("قتل مسلحون شرطيا في هجوم على حاجز للجيش", article_date=DATE)
    assert [(e.trigger.text, e.fatalities) for e in events if e.type == "ASSAULT"] == [("هجوم", 1)]


@pytest.mark.parametrize(
    "text, trigger, targets, place",
    [
        # the craft downed is the target, coded by its adjective; where it was downed may be
        # told with "فوق" (over)
        ("أعلن الجيش الأوكراني إسقاط مروحية روسية فوق خاركيف", "إسقاط", ["RUS MIL"], "خاركيف"),
        ("أعلنت جماعة الحوثي إسقاط طائرة مسيرة أمريكية من طراز إم كيو 9", "إسقاط", ["USA MIL"], None),
        ("أسقطت الدفاعات الجوية طائرة مسيرة فوق درعا", "أسقطت", None, "درعا"),
        # (a craft of no state named has none)
        ("أعلن الجيش الأوكراني إسقاط طائرة استطلاع", "إسقاط", [], None),
    ],
)
def test_assemble_a_craft_downed_and_where(ex, text, trigger, targets, place):
    e = _check(ex, text, "ASSAULT", trigger, None, targets)
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, etype, trigger, actors, modality",
    [
        # an act refused whose adjective names its doer is another's, and it was done
        ("رفضت كوريا الشمالية العقوبات الأمريكية الجديدة", "SANCTION", "العقوبات", ["USA GOV"], "asserted"),
        ("رفضت الحكومة العراقية القصف التركي لمواقع في دهوك", "ASSAULT", "القصف", ["TUR MIL"], "asserted"),
        # (the refuser's own act has not happened)
        ("رفضت الحكومة فرض عقوبات على الشركات الأجنبية", "SANCTION", "عقوبات", ["--- GOV"], "negated"),
        ("رفضت الميليشيات الانسحاب من المدينة", "RETREAT", "الانسحاب", None, "negated"),
    ],
)
def test_assemble_an_act_of_another_refused_stands(ex, text, etype, trigger, actors, modality):
    e = _check(ex, text, etype, trigger, actors, None)
    assert e.modality == modality


@pytest.mark.parametrize(
    "text, trigger, actors, place",
    [
        # "من" after "fired" says whence, neither by whom nor where the act is
        ("أعلن الجيش الإسرائيلي اعتراض صاروخ أطلق من لبنان", "اعتراض", ["ISR MIL"], None),
        ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلق من صنعاء فوق جازان", "اعترضت", ["SAU MIL"],
         "جازان"),
        # (one who fires is still the agent: "من قبل")
        ("سقطت قذائف أطلقت من قبل الحوثيين على مدينة جازان", "قذائف", ["YEM REB"], "مدينة جازان"),
    ],
)
def test_assemble_whence_a_missile_was_fired(ex, text, trigger, actors, place):
    e = _check(ex, text, "ASSAULT", trigger, actors, None)
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # an embargo on supplying a state: who imposes it, and the state the goods may not reach
        ("أعلن مجلس الأمن الدولي فرض حظر على توريد الأسلحة إلى جنوب السودان", ["UNO UNO"], ["SSD GOV"]),
        ("مدد مجلس الأمن الحظر على توريد الأسلحة إلى اليمن", ["UNO UNO"], ["YEM GOV"]),
        # (the goods sold are not who bans their sale)
        ("فرضت واشنطن حظرا على بيع الطائرات المسيرة لإيران", ["USA GOV"], None),
    ],
)
def test_assemble_an_embargo_on_supplying_a_state(ex, text, actors, targets):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION"]
    assert len(events) == 1
    if targets is not None:
        assert _codes(events[0].targets) == targets
    assert _codes(events[0].actors) == actors


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the count before the killed told with the body they belong to, then the kill verb
        ("قال المرصد إن ستة عناصر من قوات النظام قتلوا في هجوم لتنظيم الدولة في البادية", 6),
        ("وقالت المصادر إن 4 جنود من الجيش الصومالي قتلوا في الهجوم", 4),
        # (no count, no toll)
        ("وقالت المصادر إن جنودا من الجيش الصومالي قتلوا في الهجوم", None),
    ],
)
def test_assemble_a_count_before_a_long_phrase_of_the_killed(ex, text, fatalities):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(
    "text, absent",
    [
        # the act a court case is named after was told before; the judiciary that rules
        # eliminates no one
        ("قضت محكمة تونسية بسجن 8 متهمين في قضية اقتحام مقر السفارة", "COERCE"),
        ("قضت محكمة عسكرية بإعدام ثلاثة في قضية اعتقال ضابط", "COERCE"),
        ("حكم القضاء على المتهمين بالسجن عشر سنوات", "ASSAULT"),
    ],
)
def test_assemble_a_case_and_the_judiciary_are_no_acts(ex, text, absent):
    assert absent not in _types(ex, text)


def test_assemble_the_elimination_announced_stays(ex):
    # (control) "القضاء على" after a verb of announcing is the act
    e = _one(ex, "أعلن الجيش القضاء على خمسة مسلحين في سيناء", "ASSAULT", "القضاء")
    assert e.fatalities == 5


@pytest.mark.parametrize(
    "text, actor, place",
    [
        # a city after "إلى" is where the envoy goes, not the post he holds
        ("من المقرر أن يصل المبعوث الأممي إلى صنعاء الأحد المقبل", "المبعوث الأممي", "صنعاء"),
        # (a state after it, or a capital after "لدى", is his post)
        ("التقى المبعوث الأممي إلى ليبيا رئيس المجلس الرئاسي", "المبعوث الأممي إلى ليبيا", None),
        ("التقى سفير قطر لدى واشنطن وزير الخارجية الأمريكي", "سفير قطر لدى واشنطن", None),
    ],
)
def test_assemble_an_envoy_going_to_a_city(ex, text, actor, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT")
    assert [a.text for a in e.actors] == [actor]
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, mode",
    [
        # the weapon told at the end of a longer clause, past the target and the place
        ("قصف الجيش السوداني مواقع لقوات الدعم السريع في أم درمان بالطائرات المسيرة", "drone"),
        ("قصفت القوات الروسية مواقع للجيش الأوكراني في ريف خاركيف الشرقي بالمدفعية", "heavy-weapons"),
        # (not past the clause: "و" opens another)
        ("قصف الجيش مواقع المتمردين في ريف المدينة الجنوبي وأحرق الجنود منازل بالرصاص", None),
    ],
)
def test_assemble_the_weapon_at_the_end_of_the_clause(ex, text, mode):
    assert _one(ex, text, "ASSAULT", "قصف").mode == mode


@pytest.mark.parametrize(
    "text, name, country, host",
    [
        # a visit goes to a capital or a state, not to a village of the visitors' land
        ("وصل وفد من حركة الجهاد الإسلامي إلى الدوحة لإجراء مشاورات", "Doha", "QAT", ["QAT GOV"]),
        # a name two places bear is read by the states the sentence names, and the state
        # visited is that reading's
        ("وصل الرئيس الفلسطيني إلى عمان حيث التقى العاهل الأردني", "Amman", "JOR", ["JOR GOV"]),
    ],
)
def test_assemble_the_place_a_visit_goes_to(ex, text, name, country, host):
    e = _one(ex, text, "CONSULT", "وصل")
    assert (e.place.name, e.place.country) == (name, country)
    assert _codes(e.targets) == host


def test_assemble_a_village_is_read_where_no_visit_is(ex):
    # (control) a protest in a village of the same name stays there
    e = _one(ex, "تظاهر العشرات في الدوحة قرب بيت لحم احتجاجا على الاستيطان", "PROTEST", "تظاهر")
    assert e.place.country == "PSE"


@pytest.mark.parametrize(
    "text, types",
    [
        # aid carried by what is seized or attacked is no aid event of its own
        ("استولى مسلحون على شاحنة محملة بالمساعدات الإنسانية في دارفور", ["COERCE"]),
        ("هاجم مسلحون قافلة محملة بالمساعدات الغذائية قرب الفاشر", ["ASSAULT"]),
        # (aid carried in, or sent, is one)
        ("أرسلت مصر قافلة محملة بالمساعدات إلى السودان", ["AID"]),
        ("دخلت 40 شاحنة محملة بالمساعدات الإنسانية إلى غزة عبر معبر رفح", ["AID"]),
    ],
)
def test_assemble_aid_carried_by_what_is_seized(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # the official's convoy in a construct is his: the target, coded as him, not an actor
        ("تعرض موكب وزير الدفاع لهجوم مسلح في عدن", "لهجوم", "موكب وزير الدفاع"),
        ("استهدف انفجار موكب محافظ البنك المركزي في مقديشو", "انفجار", "موكب محافظ"),
    ],
)
def test_assemble_an_officials_convoy_is_the_target(ex, text, trigger, target):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.actors == () and [t.text for t in e.targets][:1] == [target]
    assert e.targets[0].sector == "GOV"


@pytest.mark.parametrize(
    "text, targets",
    [
        # whose act a threatened reprisal answers is the threat's target
        ("توعد زعيم جماعة الحوثي بالرد على الغارات البريطانية", ["GBR GOV"]),
        ("توعدت طهران بالرد على الهجوم الإسرائيلي", ["ISR GOV"]),
        # (any attack names no one)
        ("هددت كوريا الشمالية بالرد على أي هجوم", []),
    ],
)
def test_assemble_a_reprisal_threatened_is_against_whose_act_it_answers(ex, text, targets):
    assert _codes(_one(ex, text, "THREATEN", "").targets) == targets


@pytest.mark.parametrize(
    "text, start, modality",
    [
        # an act's noun after a light verb of doing, or after the toll it took, in the past:
        # a month or a feast named without its year is the last one (article: 2016-08-30)
        ("شنت الطائرات الروسية غارات على مدينة إدلب في نوفمبر", "2015-11-01", "asserted"),
        ("شن الجيش غارات على مواقع المتمردين في نوفمبر", "2015-11-01", "asserted"),
        ("قام الجيش بقصف مواقع المتمردين في نوفمبر", "2015-11-01", "asserted"),
        ("قتل 12 شخصا في غارة على سوق شعبي في أكتوبر", "2015-10-01", "asserted"),
        ("استشهد خمسة فلسطينيين في قصف إسرائيلي خلال عيد الأضحى", "2015-09-23", "asserted"),
        # (one agreed on or announced may still come)
        ("اتفق الطرفان على هدنة خلال عيد الأضحى", "2016-09-11", "planned"),
        ("ستشن الطائرات غارات على المدينة في نوفمبر", "2016-11-01", "planned"),
        ("يستعد الجيش لشن هجوم على المدينة في نوفمبر", "2016-11-01", "planned"),
    ],
)
def test_assemble_an_act_done_in_the_past_is_dated_in_the_past(ex, text, start, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ASSAULT", "RETREAT"))
    assert (e.date.start.isoformat(), e.modality.value) == (start, modality)


@pytest.mark.parametrize(
    "text, etype, trigger, name, kind",
    [
        # the noun before a name says which of its readings is meant: a village, not the
        # region of the same name
        ("هاجم مستوطنون منازل المواطنين في قرية برقة", "ASSAULT", "هاجم", "Burqah", "village"),
        ("أحرق مستوطنون مركبة في بلدة برقة", "ASSAULT", "أحرق", "Burqah", "village"),
        # without the noun, the most populous reading stays
        ("اندلعت اشتباكات عنيفة في برقة", "ASSAULT", "اشتباكات", "Cyrenaica", "region"),
        ("سيطر الجيش على إقليم برقة", "ASSAULT", "سيطر", "Cyrenaica", "region"),
    ],
)
def test_assemble_a_place_noun_chooses_the_reading(ex, text, etype, trigger, name, kind):
    e = _one(ex, text, etype, trigger)
    assert (e.place.name, e.place.kind) == (name, kind)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # the state whose act is answered is not the answerer's own
        ("رفضت الحكومة الهجوم التركي على قرى الشمال", "REJECT", "رفضت", ["--- GOV"], None),
        ("أدانت الوزارة القصف الإسرائيلي الأخير", "ACCUSE", "أدانت", ["--- GOV"], None),
        # a state's forces strike no arms of their own state
        ("أسقطت الدفاعات الجوية الإيرانية طائرة مسيرة فوق أصفهان", "ASSAULT", "أسقطت", ["IRN MIL"], ["--- MIL"]),
        # controls: the answerer's own nisba, a craft named with its state, rebels of the
        # army's own state
        ("رفضت الحكومة العراقية الهجوم التركي على قرى الشمال", "REJECT", "رفضت", ["IRQ GOV"], None),
        ("أسقط الجيش الأوكراني طائرة مسيرة روسية", "ASSAULT", "أسقط", ["UKR MIL"], ["RUS MIL"]),
        ("قصف الجيش السوري مواقع المسلحين في ريف إدلب", "ASSAULT", "قصف", ["SYR MIL"], ["SYR REB"]),
    ],
)
def test_assemble_a_side_takes_no_state_of_the_other(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # the object of an act, with its preposition, lends it no subject from the next clause
        ("أعربت قطر عن رفضها للتصعيد، وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تتابع الوضع",
         "REJECT", "رفضها", ["QAT GOV"]),
        ("أعرب الاتحاد الأوروبي عن رفضه للتصعيد، وقال مسؤول إسرائيلي إن الجيش سيواصل عملياته",
         "REJECT", "رفضه", ["IGO IGO"]),
        # controls: a light verb after the act names its doer
        ("قصف عنيف شنته طائرات حربية على المدينة", "ASSAULT", "قصف", ["--- MIL"]),
        ("هجوم بالأسلحة الرشاشة شنه مسلحون على حاجز أمني", "ASSAULT", "هجوم", ["--- REB"]),
    ],
)
def test_assemble_an_object_after_the_act_lends_no_subject(ex, text, etype, trigger, actors):
    _check(ex, text, etype, trigger, actors, None)


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # "عمان" is Oman, or Amman for Jordan: the state the text names more often
        ("جددت عمان رفضها لأي تهجير، وقال رئيس الوزراء الأردني إن المملكة لن تقبل بذلك",
         "REJECT", "رفضها", ["JOR GOV"], None),
        ("أكد الأردن رفضه القاطع للتهجير. وأدانت عمان الهجوم على المخيم.",
         "ACCUSE", "أدانت", ["JOR GOV"], None),
        # controls: no other state named; a state joined to it is another
        ("أدانت عمان الهجوم على السفينة في بحر العرب", "ACCUSE", "أدانت", ["OMN GOV"], None),
        ("دعت عمان والأردن إلى وقف إطلاق النار", "REQUEST", "دعت", ["JOR GOV", "OMN GOV"], None),
        ("وقعت الحكومة الأردنية وعمان اتفاقا للتعاون الأمني", "AGREE", "وقعت", ["JOR GOV"], ["OMN GOV"]),
    ],
)
def test_assemble_a_name_a_capital_shares_with_a_state(ex, text, etype, trigger, actors, targets):
    _check(ex, text, etype, trigger, actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # forces called foreign are of no state the text names, neither the context's nor
        # the one they leave
        ("طالب مجلس النواب الليبي بانسحاب القوات الأجنبية من ليبيا", "RETREAT", "بانسحاب", ["--- MIL"]),
        ("دعت الحكومة إلى خروج القوات الأجنبية من أراضيها", "RETREAT", "خروج", ["--- MIL"]),
        ("اتهمت دمشق المقاتلين الأجانب بتنفيذ الهجوم على حلب", "ACCUSE", "اتهمت", ["SYR GOV"]),
        # control: forces of a state named after "من"
        ("وصلت قوات من الجيش التركي إلى الحدود", "MOBILIZE", "وصلت", ["TUR MIL"]),
    ],
)
def test_assemble_foreign_forces_have_no_state(ex, text, etype, trigger, actors):
    _check(ex, text, etype, trigger, actors, None)


def test_assemble_foreign_fighters_are_the_accused(ex):
    e = _one(ex, "اتهمت دمشق المقاتلين الأجانب بتنفيذ الهجوم على حلب", "ACCUSE", "اتهمت")
    assert _codes(e.targets) == ["--- REB"]


@pytest.mark.parametrize(
    "text, trigger, targets, fatalities",
    [
        # "أودى بحياة": the lives it took are the attack's target and its toll
        ("قال الجيش إن هجوما بعبوة ناسفة أودى بحياة ستة جنود قرب الحدود", "هجوما", ["--- MIL"], 6),
        ("قالت مصادر طبية إن غارة أودت بحياة طفلين في المدينة", "غارة", ["--- CVL"], 2),
        # a nationality after it is the one killed, not the striker
        ("أودت الغارة بحياة فلسطيني في خان يونس", "الغارة", ["PSE CVL"], 1),
        # one and two follow what they count
        ("أودى القصف بحياة مدنيين اثنين في دير البلح", "القصف", ["PSE CVL"], 2),
        # control: the act between the verb and the lives
        ("أودى هجوم مسلح استهدف كنيسة في المدينة بحياة 24 شخصا", "هجوم", None, 24),
    ],
)
def test_assemble_the_lives_an_attack_took(ex, text, trigger, targets, fatalities):
    e = _one(ex, text, "ASSAULT", trigger)
    assert e.fatalities == fatalities
    if targets is not None:
        assert _codes(e.targets) == targets
    assert not any(a.country == "PSE" for a in e.actors)


@pytest.mark.parametrize(
    "text, etype, trigger, actor_text, actors, targets",
    [
        # a definite noun after a definite subject is the verb's object, not an adjective
        # of the subject; the state of its adjective is whose proposal or policy it is
        ("رفضت الحكومة المبادرة الأمريكية لإنهاء الأزمة", "REJECT", "رفضت", "الحكومة", ["--- GOV"], ["USA GOV"]),
        ("انتقدت الوزارة السياسة الفرنسية في منطقة الساحل", "ACCUSE", "انتقدت", "الوزارة", ["--- GOV"],
         ["FRA GOV"]),
        ("رحبت الحكومة بالمبادرة المصرية", "SUPPORT", "رحبت", "الحكومة", ["--- GOV"], ["EGY GOV"]),
        ("رفضت حركة حماس المقترح الإسرائيلي الأخير", "REJECT", "رفضت", "حركة حماس", ["PSE REB"], ["ISR GOV"]),
        # controls: adjectives of the subject in an adjective's form
        ("قصفت القوات الجوية الروسية مواقع المسلحين", "ASSAULT", "قصفت", "القوات الجوية الروسية",
         ["RUS MIL"], None),
        ("اعتقلت القوات الخاصة الأمريكية قياديا في التنظيم", "COERCE", "اعتقلت", "القوات الخاصة الأمريكية",
         ["USA MIL"], None),
    ],
)
def test_assemble_the_object_and_its_state_after_the_subject(ex, text, etype, trigger, actor_text, actors, targets):
    e = _check(ex, text, etype, trigger, actors, targets)
    assert [a.text for a in e.actors] == [actor_text]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a visit's genitive is the visitor, the state after "إلى" the one visited
        ("التقى أمير قطر خلال زيارة الرئيس التركي إلى الدوحة عددا من المسؤولين", ["TUR GOV"], ["QAT GOV"]),
        ("بدأت زيارة وزير الخارجية الإيراني إلى بغداد أمس", ["IRN GOV"], ["IRQ GOV"]),
        # past the visit's adjectives
        ("أجرى الرئيس الفرنسي زيارة مفاجئة إلى كييف", ["FRA GOV"], ["UKR GOV"]),
        ("بدأ وزير الدفاع الأمريكي زيارة خاطفة إلى الرياض", ["USA GOV"], ["SAU GOV"]),
        # control: a capital's genitive is the one visited
        ("أرجأ الرئيس الأمريكي زيارة القاهرة", ["USA GOV"], ["EGY GOV"]),
    ],
)
def test_assemble_the_visitor_and_the_visited(ex, text, actors, targets):
    e = _one(ex, text, "CONSULT", "زيارة")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # the noun of stopping right before an attack's noun is a ceasefire
        ("أعلنت الفصائل المسلحة في العراق وقف عملياتها ضد القوات الأمريكية", "وقف عملياتها", ["IRQ REB"]),
        ("قررت حركة الشباب إيقاف هجماتها على السفن التجارية", "إيقاف هجماتها", ["SOM REB"]),
    ],
)
def test_assemble_a_stop_of_operations_is_a_ceasefire(ex, text, trigger, actors):
    e = _one(ex, text, "RETREAT", trigger)
    assert e.mode == "ceasefire"
    assert _codes(e.actors) == actors
    assert "ASSAULT" not in _types(ex, text)


@pytest.mark.parametrize(("text", "target"), [
    ("قتل مقاتل في حزب الله بغارة إسرائيلية على بلدة في جنوب لبنان", "LBN REB"),
    ("قتل ضابط كبير في الحرس الثوري بغارة إسرائيلية", "IRN MIL"),
    ("قتل ضابط في الجيش السوري بانفجار عبوة ناسفة", "SYR MIL"),
])
def test_assemble_an_armed_man_in_a_named_force_is_its(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the subject read as the killed leaves the actor to whoever shot them
        ("قتل ضابط في الجيش اللبناني برصاص مجهولين في طرابلس", ["--- REB"], ["LBN MIL"]),
        ("قتل جندي في الجيش اللبناني برصاص مسلحين قرب الحدود", ["--- REB"], ["LBN MIL"]),
        # control: no one named after the killed
        ("قتل 30 مدنيا في سوريا خلال الأسبوع الماضي", [], ["SYR CVL"]),
    ],
)
def test_assemble_who_shot_the_killed_subject(ex, text, actors, targets):
    _check(ex, text, "ASSAULT", "قتل", actors, targets)


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # whom an occupying force strikes or holds is not of its own state
        ("استشهد شاب برصاص قوات الاحتلال فجر اليوم", "ASSAULT", "استشهد", ["--- CVL"]),
        ("اعتقلت قوات الاحتلال عشرة شبان خلال مداهمات ليلية", "COERCE", "اعتقلت", ["--- CVL"]),
        # control: where the sentence names the place, its state
        ("اعتقلت قوات الاحتلال عشرة شبان في مدينة نابلس", "COERCE", "اعتقلت", ["PSE CVL"]),
    ],
)
def test_assemble_an_occupying_force_strikes_no_one_of_its_own(ex, text, etype, trigger, targets):
    _check(ex, text, etype, trigger, ["ISR MIL"], targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        # after a relative pronoun the word is a verb, its pronoun the antecedent again,
        # and the verb before keeps its own event
        ("هاجم مسلحون القرية التي قصفها الجيش أمس", ["--- REB"]),
        ("أحرق مسلحون المبنى الذي قصفه الجيش", ["--- REB"]),
    ],
)
def test_assemble_a_relative_clause_tells_its_own_act(ex, text, actors):
    events = ex.extract(text, article_date=DATE)
    assert len(events) == 2
    first, second = events
    assert _codes(first.actors) == actors
    assert second.trigger.text.startswith("قصف") and second.actors and second.actors[0].sector == "MIL"
    assert not any(t.text == first.actors[0].text for t in second.targets)  # (not the first act's subject)


def test_assemble_a_relative_clause_owns_the_date_after_it(ex):
    e = _one(ex, "أطلق الجيش سراح الصيادين الذين احتجزهم الأسبوع الماضي", "RETREAT", "أطلق")
    assert e.date is None


def test_assemble_the_night_into_the_next_day_in_an_article_of_that_night(ex):
    # an article of Sunday 10 March 2024 may tell of the night from Sunday into Monday
    [e] = ex.extract("قصفت الطائرات الحربية أحياء المدينة ليل الأحد الاثنين", article_date="2024-03-10")
    assert e.modality == ce.Modality.ASSERTED
    assert (e.date.start.isoformat(), e.date.end.isoformat()) == ("2024-03-10", "2024-03-11")
    # (a span that runs on from the article's day is still no past act's date)
    [e] = ex.extract("قصفت الطائرات الحربية أحياء المدينة خلال الأيام الثلاثة المقبلة", article_date="2024-03-10")
    assert e.date is None or e.modality != ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # vehicles struck are targets, joined to the houses; what civilians burn is civilians'
        ("أحرق مستوطنون منازل ومركبات في قرية برقة", "ASSAULT", "أحرق", ["PSE CVL", "PSE CVL"]),
        # a thing's adjective before its owner: the owner's
        ("استولى مسلحون على مركبة مصفحة للشرطة قرب الحدود", "COERCE", "استولى", ["--- COP"]),
        ("هاجم مسلحون قافلة إمدادات للجيش على الطريق", "ASSAULT", "هاجم", ["--- MIL"]),
        # a military vehicle is the army's, by its adjective
        ("فجر مسلحون مركبة عسكرية على الطريق", "ASSAULT", "فجر", ["--- MIL"]),
    ],
)
def test_assemble_vehicles_and_their_owners(ex, text, etype, trigger, targets):
    _check(ex, text, etype, trigger, None, targets)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the crowd counted as a light verb's subject protests
        ("نظم المئات وقفة احتجاجية أمام مقر الحكومة", "وقفة احتجاجية"),
        ("خرج الآلاف في مظاهرات غاضبة بعد صلاة الجمعة", "مظاهرات"),
    ],
)
def test_assemble_a_crowd_as_the_light_verbs_subject(ex, text, trigger):
    e = _one(ex, text, "PROTEST", trigger)
    assert [a.sector for a in e.actors] == ["OPP"]
    assert "slot.crowd" in e.rules


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # settlements struck are their people, in the place's state (not past the count of
        # what struck them)
        ("قصفت الفصائل الفلسطينية مستوطنات غلاف غزة بعشرات الصواريخ", "ASSAULT", "قصفت", ["ISR CVL"]),
        # conscripts are soldiers
        ("أفرجت الحركة عن ثلاث مجندات إسرائيليات ضمن صفقة التبادل", "RETREAT", "أفرجت", ["ISR MIL"]),
    ],
)
def test_assemble_settlements_and_conscripts(ex, text, etype, trigger, targets):
    e = _check(ex, text, etype, trigger, None, targets)
    assert "بعشرات" not in e.targets[0].text


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        # who enters a strike strikes
        ("دخل الأسرى الفلسطينيون في إضراب مفتوح عن الطعام", "إضراب", "PSE"),
        ("دخل المعلمون في إضراب شامل للمطالبة بزيادة الأجور", "إضراب", None),
    ],
)
def test_assemble_who_enters_a_strike(ex, text, trigger, country):
    e = _one(ex, text, "PROTEST", trigger)
    assert [a.country for a in e.actors] == [country]
    assert "slot.entered" in e.rules


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the accused after "لـ", past a count or the accuser's adjective
        ("وجهت النيابة العامة اتهامات لخمسة ضباط بتعذيب المعتقلين", ["--- JUD"], ["--- MIL"]),
        ("اتهامات فرنسية لروسيا بدعم الانقلابيين في النيجر", ["FRA GOV"], ["RUS GOV"]),
        # control: the accused right after the noun
        ("وجهت الحكومة اتهاما لإيران بتسليح الميليشيات", None, ["IRN GOV"]),
    ],
)
def test_assemble_the_accused_of_an_accusation_noun(ex, text, actors, targets):
    _check(ex, text, "ACCUSE", "اتهام", actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # two named by the dual of their noun are the ones struck
        ("استشهد شابان فلسطينيان برصاص قوات الاحتلال في مخيم جنين", ["PSE CVL"]),
        ("قتل رجلان برصاص مسلحين مجهولين في المدينة", ["--- CVL"]),
        ("أصيب طبيبان برصاص قناص قرب المستشفى", ["--- MED"]),
        ("أصيبت طفلتان بجروح خطيرة في القصف", ["--- CVL"]),
    ],
)
def test_assemble_people_named_by_a_dual(ex, text, targets):
    [e] = ex.extract(text, article_date=DATE)
    assert e.type == "ASSAULT" and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # aid is for whom it is sent or handed out to ("إلى", "على")
        ("سلمت المنظمة شحنة من المساعدات الغذائية إلى النازحين في مأرب", ["YEM REF"]),
        ("أرسلت الإمارات مساعدات إنسانية إلى السودان", ["SDN GOV"]),
        ("وزعت الجمعية مساعدات غذائية على العائلات النازحة", ["--- REF"]),
    ],
)
def test_assemble_aid_sent_to_whom(ex, text, targets):
    _check(ex, text, "AID", "مساعدات", None, targets)


def test_assemble_aid_let_into_areas_is_no_one_aided(ex):
    # (areas are where aid goes, no recipient)
    assert "AID" not in _types(ex, "سمحت السلطات بوصول المساعدات إلى مناطق الاشتباكات جنوب طرابلس")


@pytest.mark.parametrize(
    "text, targets",
    [
        # the outskirts of a town struck are its people's
        ("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام الجنوبية", ["LBN CVL"]),
        ("قصف الجيش محيط بلدة كفرنبل بالمدفعية الثقيلة", ["SYR CVL"]),
    ],
)
def test_assemble_the_outskirts_of_a_town_struck(ex, text, targets):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.type == "ASSAULT" and _codes(e.targets) == targets


def test_assemble_an_attack_planned_is_not_done(ex):
    # "التخطيط لـ": the attack is planned (the arrest is done)
    text = "أعلنت الشرطة الألمانية اعتقال ثلاثة أشخاص يشتبه في تخطيطهم لهجوم إرهابي في برلين"
    assert _one(ex, text, "ASSAULT", "لهجوم").modality == ce.Modality.PLANNED
    assert _one(ex, text, "COERCE", "اعتقال").modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text, targets",
    [
        # a verb whose own word follows it is no light verb of the noun after that word
        ("أطلقت الشرطة المصرية سراح عشرة متظاهرين في الإسكندرية", ["EGY OPP"]),
        ("أطلق الجيش سراح خمسة محتجين اعتقلهم في المظاهرة", ["--- OPP"]),
        # (past a count in figures too)
        ("أطلقت السلطات سراح 12 متظاهرا بعد احتجازهم يومين", ["--- OPP"]),
    ],
)
def test_assemble_a_release_of_protesters(ex, text, targets):
    _check(ex, text, "RETREAT", "أطلق", None, targets)


def test_assemble_a_light_verb_before_a_noun_of_another_act(ex):
    # control: "أطلق" before a campaign's noun is still its light verb
    assert "RETREAT" not in _types(ex, "أطلقت الحكومة حملة اعتقالات واسعة في صفوف المعارضين")


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the active of "أصيب": who wounded whom
        ("أصابت قوات الاحتلال شابا بجروح خطيرة في مخيم جنين", ["ISR MIL"], ["PSE CVL"]),
        ("أصابت الشرطة العراقية ثلاثة متظاهرين بالرصاص المطاطي في بغداد", ["IRQ COP"], ["IRQ OPP"]),
    ],
)
def test_assemble_who_wounded_whom(ex, text, actors, targets):
    _check(ex, text, "ASSAULT", "أصاب", actors, targets)


@pytest.mark.parametrize(
    "text, triggers",
    [
        # (controls of the active's entry) the wounded a joined verb adds are the attack's,
        # no second one
        ("قتل مسلحون مجهولون شرطيا وأصابوا اثنين آخرين في كركوك", ["قتل"]),
        # a judgment one was right in, and a fear that struck, hurt no one
        ("أصاب الوزير في تقديره للموقف", []),
        ("أصاب الذعر سكان المدينة", []),
    ],
)
def test_assemble_wounding_that_is_no_attack_of_its_own(ex, text, triggers):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == triggers


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a mediator is the actor, the sides it stands between the targets
        ("توسطت مصر بين حماس وإسرائيل لتبادل الأسرى", ["EGY GOV"], ["ISR GOV", "PSE REB"]),
        ("توسطت سلطنة عمان في المحادثات بين واشنطن وطهران", ["OMN GOV"], ["IRN GOV", "USA GOV"]),
        ("تقود قطر وساطة بين الحكومة الكونغولية وحركة إم 23", ["QAT GOV"], None),
    ],
)
def test_assemble_a_mediation_between_two_sides(ex, text, actors, targets):
    _check(ex, text, "CONSULT", "وسط" if "توسط" in text else "وساطة", actors, targets)


def test_assemble_what_a_mediation_is_for_is_the_sides_act(ex):
    # the truce a mediation seeks is possible, and the sides', not the mediator's
    e = _one(ex, "تجري تركيا وساطة بين روسيا وأوكرانيا للتوصل إلى هدنة", "RETREAT", "هدنة")
    assert e.modality == ce.Modality.POSSIBLE and _codes(e.actors) == ["RUS GOV", "UKR GOV"]


@pytest.mark.parametrize(
    "text",
    [
        # what talks or a mediation brought about happened, past the subject between
        "أسفرت المفاوضات عن الإفراج عن ثلاثة صيادين مصريين",
        "أسفرت وساطة كويتية عن الإفراج عن ثلاثة صيادين مصريين",
    ],
)
def test_assemble_a_release_brought_about_by_talks(ex, text):
    e = _one(ex, text, "RETREAT", "الإفراج")
    assert e.modality == ce.Modality.ASSERTED and _codes(e.targets) == ["EGY CVL"]


@pytest.mark.parametrize(
    "text, place",
    [
        # two states or capitals after "بين" are the sides of another act, no place
        ("هددت كوريا الشمالية بالرد على المناورات العسكرية المشتركة بين واشنطن وسيول", None),
        ("توعدت بيونغ يانغ بالرد على التدريبات العسكرية المشتركة بين واشنطن وطوكيو", None),
        # control: a road's ends
        ("قتل خمسة أشخاص في كمين على الطريق بين حمص ودمشق", "حمص"),
    ],
)
def test_assemble_states_between_which_another_act_is_no_place(ex, text, place):
    e = ex.extract(text, article_date=DATE)[0]
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, targets",
    [
        # the verb's object before its means is whom it struck, not what the means hit
        ("اغتال الجيش الإسرائيلي قياديا في حزب الله بغارة على سيارة في صور", ["LBN REB"]),
        ("اغتالت مسيرة أمريكية القيادي في تنظيم القاعدة بصاروخ على سيارته في مأرب", ["--- REB"]),
    ],
)
def test_assemble_the_object_before_the_means(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "اغتال")
    assert _codes(e.targets) == targets and "قيادي" in e.targets[0].text


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a cell or a ring broken up: its members arrested
        ("فككت قوات الأمن المغربية خلية إرهابية في مدينة طنجة", ["MAR COP"], ["MAR REB"]),
        ("أعلنت وزارة الداخلية العراقية تفكيك شبكة لتهريب الأسلحة في البصرة", ["IRQ GOV"], None),
    ],
)
def test_assemble_a_cell_broken_up(ex, text, actors, targets):
    e = _check(ex, text, "COERCE", "فك", actors, targets)
    assert e.mode == "arrest"


@pytest.mark.parametrize(
    "text, modality",
    [
        # a bomb defused did not go off, and who defused it set none
        ("فككت وحدة الهندسة عبوة ناسفة زرعت على جانب الطريق", ce.Modality.NEGATED),
        ("أبطل خبراء المتفجرات مفعول عبوة ناسفة قرب المدرسة", ce.Modality.NEGATED),
        # one that went off while it was is a blast
        ("قتل جندي أثناء تفكيك عبوة ناسفة في ريف المدينة", ce.Modality.ASSERTED),
    ],
)
def test_assemble_a_bomb_defused(ex, text, modality):
    e = _one(ex, text, "ASSAULT", "عبوة")
    assert e.modality == modality and not e.actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # the purpose a clause after the object tells is the object's
        ("اعتقلت الشرطة ثلاثة أشخاص كانوا يخططون لتفجير سيارة مفخخة في السوق", ["--- CVL"]),
        # (control: a raid's object, read so before)
        ("داهمت قوات الأمن خلية تابعة للتنظيم كانت تعد لتنفيذ هجمات في العاصمة", ["--- REB"]),
    ],
)
def test_assemble_a_purpose_told_of_the_object(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.modality == ce.Modality.PLANNED)
    assert e.type == "ASSAULT" and _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the dead counted since more than a week ago are a war's tally, no attack's toll
        ("قالت الوزارة إن أكثر من 300 شخص قتلوا في الغارات الجوية منذ الأول من يناير", None),
        ("قتل 40 مدنيا في القصف الروسي على إدلب منذ مطلع الشهر الماضي", None),
        ("قتل 40 مدنيا في القصف الروسي على إدلب منذ العاشر من أغسطس", None),
        # control: counted since yesterday
        ("قتل 40 مدنيا في القصف الروسي على إدلب منذ أمس", 40),
    ],
)
def test_assemble_a_tally_is_no_toll(ex, text, fatalities):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.fatalities == fatalities and e.date is not None


@pytest.mark.parametrize(
    "text, targets",
    [
        # soldiers captured, told by the verbal noun "أسر"
        ("أعلنت الفصائل أسر جنديين إسرائيليين خلال اشتباك شرق المدينة", ["ISR MIL"]),
        ("تمكن مقاتلو الحركة من أسر ثلاثة جنود ماليين", ["MLI MIL"]),
    ],
)
def test_assemble_soldiers_captured(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "أسر")
    assert e.mode == "abduct" and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # (controls) "أسر" as families: of the killed, of detainees, of soldiers one meets
        "زار الوزير أسر الشهداء في المدينة",
        "نظمت أسر معتقلين وقفة احتجاجية أمام المحكمة",
        "التقى الرئيس أسر جنود قتلوا في المعارك",
    ],
)
def test_assemble_families_are_no_capture(ex, text):
    assert not any(e.mode == "abduct" for e in ex.extract(text, article_date=DATE))


@pytest.mark.parametrize(
    "text",
    [
        # a verb form after the first word of a town's name is a word of that name
        "اعتقلت قوات الاحتلال ثلاثة شبان من بلدة بيت أمر شمال الخليل",
        "داهمت الشرطة منزلا في قرية بيت أمر واعتقلت صاحبه",
    ],
)
def test_assemble_a_verb_form_in_a_towns_name(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert "REQUEST" not in [e.type for e in events]
    assert all(e.modality == ce.Modality.ASSERTED for e in events if e.type == "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        # a split form's last word past a vague count, or in the accusative
        "حجبت السلطات الجزائرية عشرات المواقع الإخبارية المستقلة",
        "حجبت السلطات الجزائرية 20 موقعا إخباريا مستقلا",
    ],
)
def test_assemble_sites_blocked(ex, text):
    e = _one(ex, text, "COERCE", "حجبت")
    assert e.mode == "censor" and _codes(e.actors) == ["DZA GOV"]


@pytest.mark.parametrize(
    "text",
    [
        # the weapon a split form names past a count is no one struck
        "أطلق حزب الله 20 صاروخا من جنوب لبنان نحو الجليل",
        "أطلقت الفصائل عشرات الصواريخ من غزة نحو عسقلان",
    ],
)
def test_assemble_rockets_counted_are_no_target(ex, text):
    e = _one(ex, text, "ASSAULT", "أطلق")
    assert not any("صاروخ" in t.text or "صواريخ" in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text, count",
    [
        # "مفخخة" after a rigged thing is its adjective, no car bomb of its own
        ("اعترضت الدفاعات الجوية السعودية طائرة مسيرة مفخخة أطلقها الحوثيون", 1),
        # controls: the dual, and alone, a car bomb
        ("أسقطت قوات الدفاع الجوي طائرتين مسيرتين مفخختين قرب المطار", 1),
        ("انفجرت مفخخة في سوق المدينة صباح اليوم", 1),
    ],
)
def test_assemble_a_rigged_drone_is_one_attack(ex, text, count):
    assert _types(ex, text) == ["ASSAULT"] * count


@pytest.mark.parametrize(
    "text, trigger",
    [
        # staff named in the nominative, and a union, who strike are protesters
        ("دخل موظفو القطاع العام في إضراب مفتوح عن العمل", "إضراب"),
        ("نظم موظفو البلدية وقفة احتجاجية أمام مبنى المحافظة", "وقفة"),
    ],
)
def test_assemble_staff_on_strike(ex, text, trigger):
    e = _one(ex, text, "PROTEST", trigger)
    assert _codes(e.actors) == ["--- OPP"] and "موظفو" in e.actors[0].text


@pytest.mark.parametrize(
    "text, trigger",
    [
        # people after "لـ" are whose protest it is, not whom it befalls
        ("فضت قوات الأمن اعتصاما للمعلمين أمام وزارة التربية", "اعتصاما"),
        ("نظمت وقفة احتجاجية للطلاب أمام مبنى الجامعة", "وقفة"),
    ],
)
def test_assemble_a_protest_of_people_after_li(ex, text, trigger):
    e = _one(ex, text, "PROTEST", trigger)
    assert _codes(e.actors) == ["--- OPP"]


@pytest.mark.parametrize(
    "text, etype, targets",
    [
        # "عسكري" after a noun is its adjective, no soldier
        ("رفضت الحكومة الجزائرية أي تدخل عسكري أجنبي في مالي", "REJECT", []),
        # (also two words past the subject, after a noun with its preposition)
        ("هددت كوريا الشمالية برد عسكري قوي على المناورات", "THREATEN", []),
        ("لوحت تركيا بتدخل عسكري في شمال سوريا", "THREATEN", []),
        # control: a construct's genitive past a name keeps it the name's
        ("قصفت الطائرات مقر قيادة عسكري في المدينة", "ASSAULT", ["--- MIL"]),
        # controls: after a verb or an arrest's noun, the one struck or held
        ("أعلنت السلطات اعتقال عسكري سابق في العاصمة", "COERCE", ["--- MIL"]),
        ("أصيب عسكري برصاص قناص في ريف المدينة", "ASSAULT", ["--- MIL"]),
    ],
)
def test_assemble_military_as_an_adjective(ex, text, etype, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # one soldier named "عسكري" or "مجند" is a toll of one
        ("استشهد عسكري سوري في ريف درعا", ["SYR MIL"]),
        ("قتل مجند في هجوم مسلح على الحدود", ["--- MIL"]),
    ],
)
def test_assemble_one_soldier_killed(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.fatalities == 1 and _codes(e.targets) == targets


def test_assemble_a_vehicle_of_a_person_named_after_it(ex):
    # the person a vehicle struck is annexed to, indefinite, is its owner
    e = _one(ex, "أطلق مجهولون النار على سيارة ناشط حقوقي في مدينة البصرة", "ASSAULT", "أطلق")
    assert [t.text for t in e.targets] == ["سيارة ناشط حقوقي"] and _codes(e.targets) == ["IRQ HRI"]


def test_assemble_a_target_and_its_adjective_are_no_owner(ex):
    # (control) "عسكريا" after "هدفا" is the targets' adjective, no soldier owning them
    e = _one(ex, "قال الجيش إنه ضرب خمسين هدفا عسكريا في المدينة", "ASSAULT", "ضرب")
    assert all("عسكري" not in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who receives aid is whom it is for
        ("تسلم الجيش اللبناني شحنة أسلحة أمريكية في مطار بيروت", ["USA GOV"], ["LBN MIL"]),
        ("تلقى الجيش الأوكراني مساعدات عسكرية من ألمانيا", ["DEU GOV"], ["UKR MIL"]),
    ],
)
def test_assemble_aid_received(ex, text, actors, targets):
    _check(ex, text, "AID", "", actors, targets)


def test_assemble_aid_cut_off_from_whom(ex):
    # "عن": whom aid is cut off from, past its adjective
    _check(ex, "أوقفت واشنطن المساعدات العسكرية عن مصر", "SANCTION", "أوقفت", ["USA GOV"], ["EGY GOV"])


@pytest.mark.parametrize(
    "text, targets",
    [
        # a threat to cut off aid is aimed at whom the aid is for
        ("هددت الولايات المتحدة بقطع المساعدات عن الجيش المصري", ["EGY MIL"]),
        ("هددت واشنطن بوقف المساعدات العسكرية لمصر", ["EGY GOV"]),
    ],
)
def test_assemble_a_threat_to_cut_off_aid(ex, text, targets):
    _check(ex, text, "THREATEN", "هدد", ["USA GOV"], targets)


@pytest.mark.parametrize(
    "text, threat, target",
    [
        # a verb's entry read after "ب" is its verbal noun ("ضرب" is also the masdar)
        ("هدد قائد الميليشيا بضرب المطار خلال ساعات", "هدد", "المطار"),
        ("هددت الحكومة بضرب المسلحين في الجبال", "هددت", "المسلحين"),
    ],
)
def test_assemble_a_strike_threatened_after_bi_is_the_threats_target(ex, text, threat, target):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("THREATEN", threat)]
    assert [t.text for t in events[0].targets] == [target]


@pytest.mark.parametrize(
    "text, trigger, target, code",
    [
        # a base's nisba names whose forces hold it
        ("قصفت طائرات مسيرة قاعدة تركية في ريف حلب", "قصفت", "قاعدة تركية", "TUR MIL"),
        ("استهدف مسلحون القواعد الفرنسية في النيجر بقذائف الهاون", "استهدف", "القواعد الفرنسية", "FRA MIL"),
        ("توعدت الجماعة بضرب القواعد الروسية في البلاد", "توعدت", "القواعد الروسية", "RUS MIL"),
        # an air or naval base is a military one
        ("هاجم المتمردون القاعدة البحرية في المدينة", "هاجم", "القاعدة البحرية", "None MIL"),
        # a base's owner after "لـ"
        ("قصفت الطائرات الحكومية قاعدة للمتمردين قرب الحدود", "قصفت", "قاعدة للمتمردين", "None REB"),
    ],
)
def test_assemble_a_military_base_struck_is_a_target(ex, text, trigger, target, code):
    e = _one(ex, text, "ASSAULT" if trigger != "توعدت" else "THREATEN", trigger)
    assert [(t.text, f"{t.country} {t.sector}") for t in e.targets] == [(target, code)]


def test_assemble_the_bare_word_with_the_article_is_no_base(ex):
    # control: "القاعدة" alone is the group's name, no site struck
    e = _one(ex, "هاجم مقاتلو القاعدة دورية للجيش", "ASSAULT", "هاجم")
    assert "القاعدة" not in [t.text for t in e.targets]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # "قيادة" alone after people is a leadership met, not who leads them ("بقيادة")
        ("التقى رئيس الوزراء العراقي قيادة الحشد الشعبي في بغداد", "رئيس الوزراء العراقي", "الحشد الشعبي"),
        ("استقبل الرئيس المصري قيادة حركة حماس في القاهرة", "الرئيس المصري", "حركة حماس"),
    ],
)
def test_assemble_a_leadership_met_is_no_leader_of_the_host(ex, text, actor, target):
    assert _sides(_one(ex, text, "CONSULT", text.split()[0])) == ([actor], [target])


def test_assemble_a_sites_command_is_whose_the_site_is(ex):
    # control: after a site, "قيادة" names whose command it houses
    e = _one(ex, "قصفت الطائرات الحربية مقر قيادة الجيش في المدينة", "ASSAULT", "قصفت")
    assert [(t.text, t.sector) for t in e.targets] == [("مقر قيادة الجيش", "MIL")]


@pytest.mark.parametrize(
    "text, trigger, actor, target",
    [
        # "متطرفون" / "متشددين" agreeing with the people before them are their adjective
        ("هاجم مستوطنون متطرفون منازل الفلسطينيين في قرية دوما", "هاجم", "مستوطنون متطرفون", "منازل الفلسطينيين"),
        ("خطف مسلحون متشددون عشرة صيادين قرب البحيرة", "خطف", "مسلحون متشددون", "صيادين"),
    ],
)
def test_assemble_extremists_after_people_are_their_adjective(ex, text, trigger, actor, target):
    assert _sides(_one(ex, text, "ASSAULT", trigger)) == ([actor], [target])


def test_assemble_extremists_after_a_definite_subject_are_the_object(ex):
    # control: an indefinite plural after the definite subject is whom the act is aimed at
    e = _one(ex, "هاجم الجنود متشددين في الجبال", "ASSAULT", "هاجم")
    assert [(t.text, t.sector) for t in e.targets] == [("متشددين", "REB")]


@pytest.mark.parametrize(
    "text, trigger, actor, target",
    [
        # an indefinite plural after the definite subject: an active kill verb, no count
        ("قتلت القوات مسلحين في اشتباك قرب الحدود", "اشتباك", "القوات", "مسلحين"),
        ("قتلت قوات الأمن مسلحين في اشتباك مسلح بالمدينة", "اشتباك", "قوات الأمن", "مسلحين"),
    ],
)
def test_assemble_a_kill_verb_with_an_uncounted_object_is_active(ex, text, trigger, actor, target):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _sides(e) == ([actor], [target]) and e.fatalities is None


def test_assemble_a_kill_verb_before_people_alone_is_passive(ex):
    # control: "قتل" with the killed alone after it is passive
    e = _one(ex, "قتل الجنود في اشتباك قرب الحدود", "ASSAULT", "اشتباك")
    assert [t.text for t in e.targets] == ["الجنود"] and not e.actors


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # "لـ" past the thing a destruction names is whose it was, not who destroyed it
        # (a thing no lexicon lists: an arms depot is a site of its own, its owner joined)
        ("أعلن الجيش تدمير معمل متفجرات لجماعة بوكو حرام في الغابة", "الجيش", "NGA REB"),
        ("أكدت القوات الحكومية تدمير نفق لحركة الشباب قرب المدينة", "القوات الحكومية", "SOM REB"),
    ],
)
def test_assemble_whose_thing_was_destroyed_is_the_target(ex, text, actor, target):
    e = _one(ex, text, "ASSAULT", "تدمير")
    assert [a.text for a in e.actors] == [actor]
    assert _codes(e.targets) == [target] and "slot.possessor" in e.rules


def test_assemble_shelling_by_li_is_still_who_shelled(ex):
    # control: right after a noun of attack, "لـ" names who made it
    e = _one(ex, "تعرضت القرية لقصف لقوات الدعم السريع", "ASSAULT", "قصف")
    assert [a.text for a in e.actors] == ["لقوات الدعم السريع"]


@pytest.mark.parametrize(
    "text, trigger, target, place",
    [
        # settlements struck are Israeli civilians', wherever the fire came from
        ("أطلقت الفصائل عشرات الصواريخ باتجاه المستوطنات الإسرائيلية في غلاف غزة", "أطلقت", "ISR CVL", None),
        ("استهدفت سرايا القدس مستوطنة نتيفوت بالقذائف", "استهدفت", "ISR CVL", None),
        # a settlement's name after the word is where
        ("سقطت قذيفة على منزل في مستوطنة سديروت صباح اليوم", "سقطت قذيفة", "ISR CVL", "مستوطنة سديروت"),
    ],
)
def test_assemble_settlements_struck_and_named(ex, text, trigger, target, place):
    e = _one(ex, text, "ASSAULT", trigger)
    assert _codes(e.targets) == [target]
    if place is not None:
        assert e.place is not None and e.place.text.endswith(place)


def test_assemble_where_fire_was_launched_from_is_no_actor(ex):
    # a light verb after the act: what comes past its "من" and a direction is where from
    e = _one(ex, "سقطت قذيفة أطلقت من جنوب سوريا على الجولان", "ASSAULT", "قذيفة")
    assert not e.actors


def test_assemble_who_claimed_an_attack_after_it_is_its_actor(ex):
    # control: the light verb's subject right after it
    e = _one(ex, "هجوم انتحاري تبنته حركة الشباب في مقديشو", "ASSAULT", "هجوم")
    assert [a.text for a in e.actors] == ["حركة الشباب"]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        # detention ordered pending inquiry is an arrest of whom it holds
        ("جددت النيابة العامة حبس الناشط الحقوقي 15 يوما على ذمة التحقيق", "COERCE", "الناشط الحقوقي"),
        ("أمرت النيابة بحبس ثلاثة صحفيين أربعة أيام", "COERCE", "صحفيين"),
        # a court's sentence to prison is a conviction
        ("قضت محكمة الجنايات بحبس المعارض البارز ثلاث سنوات", "SANCTION", "المعارض"),
    ],
)
def test_assemble_habs_detains_whom_it_names(ex, text, etype, target):
    e = _one(ex, text, etype, "حبس")
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize("text", ["تابع الجمهور المباراة وسط حبس الأنفاس", "اتهمت مصر إثيوبيا بحبس المياه عن السودان"])
def test_assemble_habs_of_no_one_is_no_arrest(ex, text):
    assert "COERCE" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, etype, trigger, target",
    [
        # kin named by their relation, with or without a pronoun, are whom the act took
        ("اقتحمت الشرطة منزل المعارض واعتقلت شقيقه", "COERCE", "اعتقلت", "شقيقه"),
        ("اختطف مسلحون نجل تاجر معروف في المدينة", "ASSAULT", "اختطف", "نجل"),
    ],
)
def test_assemble_relatives_are_targets(ex, text, etype, trigger, target):
    e = _one(ex, text, etype, trigger)
    assert [(t.text, t.sector) for t in e.targets] == [(target, "CVL")]


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # the attack an assassination was done in is that assassination, and what it struck
        # is not whom it killed
        ("اغتالت إسرائيل القيادي في حركة حماس في غارة على سيارته شمال غزة", "اغتالت", "القيادي في حركة حماس"),
        ("اغتال مسلحون ضابطا في هجوم على منزله بالمدينة", "اغتال", "ضابطا"),
    ],
)
def test_assemble_an_assassinations_attack_is_how_it_was_done(ex, text, trigger, target):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.trigger.text) for e in events] == [("ASSAULT", trigger)]
    assert [t.text for t in events[0].targets] == [target]


@pytest.mark.parametrize(
    "text, place",
    [
        # past the words of its grievance, a place is what a protest is about
        ("خرجت مظاهرات في تونس احتجاجا على القصف الإسرائيلي لغزة", "تونس"),
        ("خرجت مسيرات حاشدة في الأردن تنديدا بالعدوان على غزة", "الأردن"),
        # controls: a town before them is nearer anyway; with no place before them, the
        # place after the grievance is where
        ("تظاهر المئات في الرباط تنديدا بالعدوان على غزة", "الرباط"),
        ("خرج الآلاف احتجاجا على الغلاء في مدينة صفاقس", "مدينة صفاقس"),
    ],
)
def test_assemble_a_protests_grievance_names_no_place_of_it(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "PROTEST")
    assert e.place is not None and e.place.text.endswith(place)


def test_assemble_a_military_campaign_is_no_air_campaign(ex):
    # a campaign named "عسكرية" may be fought on the ground: no mode of its own
    e = _one(ex, "أطلق الجيش النيجيري حملة عسكرية واسعة ضد جماعة بوكو حرام في ولاية بورنو", "ASSAULT", "حملة")
    assert e.mode is None and e.cameo == "190"


@pytest.mark.parametrize(
    "text, trigger, actor, code",
    [
        # "الأمن" with a state's adjective is that state's security forces
        ("اعتقل الأمن الجزائري ثلاثة مهربين في ولاية تمنراست", "اعتقل", "الأمن الجزائري", "DZA COP"),
        ("فكك الأمن المغربي خلية إرهابية في مدينة طنجة", "فكك", "الأمن المغربي", "MAR COP"),
    ],
)
def test_assemble_a_states_security_by_its_adjective(ex, text, trigger, actor, code):
    e = _one(ex, text, "COERCE", trigger)
    assert [(a.text, a.code) for a in e.actors] == [(actor, code)]


def test_assemble_security_itself_is_no_actor(ex):
    # control: bare "الأمن" is what is kept, no one
    e = _one(ex, "أعلنت الحكومة حظر التجول لحفظ الأمن في المدينة", "COERCE", "حظر")
    assert [a.text for a in e.actors] == ["الحكومة"] and not e.targets


@pytest.mark.parametrize(
    "text, etype, trigger, target, code",
    [
        # a title's own adjective before the body it belongs to: "قائد ميداني في ..."
        ("قتل قائد ميداني في حركة الشباب بانفجار عبوة ناسفة في مقديشو", "ASSAULT", "انفجار",
         "قائد ميداني في حركة الشباب", "SOM REB"),
        ("اعتقلت الشرطة عنصرا بارزا في حركة الشباب", "COERCE", "اعتقلت", "عنصرا بارزا في حركة الشباب", "SOM REB"),
    ],
)
def test_assemble_a_titles_adjective_before_its_body(ex, text, etype, trigger, target, code):
    e = _one(ex, text, etype, trigger)
    assert [(t.text, t.code) for t in e.targets] == [(target, code)]


def test_assemble_one_official_killed_is_a_toll_of_one(ex):
    e = _one(ex, "قتل مسؤول كبير في حركة حماس في غارة إسرائيلية على خان يونس", "ASSAULT", "غارة")
    assert e.fatalities == 1 and _codes(e.targets) == ["PSE REB"]


def test_assemble_a_village_struck_past_who_made_the_attack(ex):
    # "شنه مسلحون" between the attack and "على قرية": the village is still its object
    e = _one(ex, "قتل عشرون شخصا في هجوم شنه مسلحون على قرية في ولاية كادونا", "ASSAULT", "هجوم")
    assert [(t.text, t.code) for t in e.targets] == [("قرية", "NGA CVL")]
    assert [a.text for a in e.actors] == ["مسلحون"] and e.fatalities == 20


@pytest.mark.parametrize(
    "text, trigger",
    [
        # protesters who storm a building are that riot, no second protest of their own
        ("اقتحم مئات المحتجين مبنى البرلمان في بغداد احتجاجا على ترشيح رئيس للوزراء", "اقتحم"),
        ("هاجم عشرات المتظاهرين مقر الحزب الحاكم في المدينة", "هاجم"),
    ],
)
def test_assemble_rioters_are_the_riot_only(ex, text, trigger):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode, e.trigger.text) for e in events] == [("PROTEST", "riot", trigger)]


def test_assemble_the_subjects_adjective_is_no_object(ex):
    # "الجمركية" agrees with "السلطات": no one seized by that name
    e = _one(ex, "ضبطت السلطات الجمركية شحنة أسلحة مهربة في ميناء عدن", "COERCE", "ضبطت")
    assert not e.targets


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # men's plural after a feminine noun cannot be its adjective: the people arrested
        ("اعتقلت الشرطة الفلسطينيين المشاركين في المسيرة", "الشرطة", "PSE CVL"),
        ("اعتقلت الشرطة الإسرائيلية الفلسطينيين في باب العامود", "الشرطة الإسرائيلية", "PSE CVL"),
    ],
)
def test_assemble_a_mens_plural_nisba_after_a_feminine_noun_is_people(ex, text, actor, target):
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert [a.text for a in e.actors] == [actor] and _codes(e.targets) == [target]


def test_assemble_a_mens_plural_nisba_after_men_is_theirs(ex):
    # control: "قراصنة" ends in "ة" and is men, whose adjective it is
    e = _one(ex, "خطف قراصنة صوماليون ناقلة نفط قبالة السواحل", "ASSAULT", "خطف")
    assert [a.text for a in e.actors] == ["قراصنة صوماليون"]


def test_assemble_whose_craft_was_downed_is_the_target(ex):
    # the noun of downing names the craft; "تابعة لـ" after it says whose it was
    e = _one(ex, "أعلن الجيش إسقاط طائرة مسيرة تابعة لجماعة الحوثي قرب الحدود", "ASSAULT", "إسقاط")
    assert _codes(e.targets) == ["YEM REB"] and "slot.possessor" in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors, targets, fatalities",
    [
        # one killed, in the accusative right after the verb: the verb is active, its
        # subject the killer, the one its object and the toll
        ("قتل الجيش الفرنسي قياديا في تنظيم داعش بغارة جوية شمال مالي", "بغارة",
         ["FRA MIL"], ["--- REB"], 1),
        ("قتلت الشرطة مسلحا في تبادل لإطلاق النار قرب الحدود", "تبادل", ["--- COP"], ["--- REB"], 1),
        # who reports of itself that it killed is the killer
        ("أعلن الجيش الفرنسي أنه قتل قياديا في تنظيم داعش بغارة جوية شمال مالي", "بغارة",
         ["FRA MIL"], ["--- REB"], 1),
        ("أكدت الشرطة أنها قتلت مسلحين اثنين في تبادل لإطلاق النار قرب الحدود", "تبادل",
         ["--- COP"], ["--- REB"], 2),
    ],
)
def test_assemble_one_killed_in_the_accusative_and_who_killed(ex, text, trigger, actors, targets, fatalities):
    e = _check(ex, text, "ASSAULT", trigger, actors, targets)
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, target",
    [
        # "على" in the charge belongs to the act charged, not to the arrest
        ("اعتقلت الشرطة أربعة شبان بتهمة التخطيط لهجوم على كنيسة في المدينة", "شبان"),
        ("أوقفت قوات الأمن طالبين بتهمة الاعتداء على شرطي", "طالبين"),
    ],
)
def test_assemble_the_charge_names_no_target_of_the_arrest(ex, text, target):
    e = _one(ex, text, "COERCE", "")
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # the act one is sanctioned or condemned for ("بسبب", "على خلفية") is the
        # sanctioned's or the condemned's, not the sanctioner's
        ("فرضت كندا عقوبات على ضباط ميانماريين بسبب قصف القرى", "ASSAULT", "قصف", ["MMR MIL"]),
        ("فرض الاتحاد الأوروبي عقوبات على مسؤولين بيلاروسيين على خلفية قمع المعارضة",
         "ASSAULT", "قمع", ["BLR GOV"]),
        ("انتقدت الأمم المتحدة الحكومة الإثيوبية بسبب اعتقال الصحفيين", "COERCE", "اعتقال", ["ETH GOV"]),
        # (past the intent to sanction)
        ("يعتزم الاتحاد الأوروبي فرض عقوبات على بيلاروسيا بسبب قمع المعارضة", "ASSAULT", "قمع", ["BLR GOV"]),
    ],
)
def test_assemble_the_act_punished_for_is_the_punisheds(ex, text, etype, trigger, actors):
    _check(ex, text, etype, trigger, actors, None)


def test_assemble_crowds_a_state_disperses_are_its_own(ex):
    text = "فرضت واشنطن عقوبات على طهران بسبب قمع المتظاهرين"
    assert _codes(_one(ex, text, "ASSAULT", "قمع").targets) == ["IRN OPP"]
    # (control: where the place is told, the place's)
    text = "قمعت قوات الاحتلال المتظاهرين في نابلس"
    assert _codes(_one(ex, text, "ASSAULT", "قمعت").targets) == ["PSE OPP"]


def test_assemble_who_is_condemned_for_an_act_is_the_condemnations_target(ex):
    e = _one(ex, "أدانت مصر إسرائيل بسبب قصف مخيم النصيرات", "ACCUSE", "أدانت")
    assert _codes(e.targets) == ["ISR GOV"]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the executed are killed, counted as the killed of a kill verb are
        ("أعدمت السلطات البيلاروسية خمسة أشخاص أدينوا بالخيانة", 5),
        ("أعدم مسلحو التنظيم 14 أسيرا في الصحراء", 14),
        ("أعدمت السلطات صحفيين اثنين بتهمة التجسس", 2),
        ("أعدمت السلطات شابا أدين بالتخابر مع جهة أجنبية", 1),
    ],
)
def test_assemble_the_executed_are_the_toll(ex, text, fatalities):
    assert _one(ex, text, "ASSAULT", "أعدم").fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, target",
    [
        # what the fire was set in ("النار في") is what was burnt, not where
        ("أضرم مستوطنون النار في مركبات فلسطينية قرب نابلس", "ASSAULT", ["PSE CVL"]),
        ("أضرم محتجون غاضبون النار في مقر الحزب الحاكم بالمدينة", "PROTEST", ["--- PTY"]),
        ("أشعلوا النار في سيارات الإسعاف أمام المستشفى", "ASSAULT", ["--- MED"]),
    ],
)
def test_assemble_what_the_fire_was_set_in_is_the_target(ex, text, etype, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert _codes(e.targets) == target


@pytest.mark.parametrize(
    "text, actor",
    [
        # a march taken part in ("شارك في مسيرة") is a protest, as one gone out in is
        ("شارك آلاف العمال في مسيرة وسط العاصمة للمطالبة برفع الأجور", "العمال"),
        ("وشارك في المسيرة مئات الطلاب", "الطلاب"),
    ],
)
def test_assemble_a_march_taken_part_in_is_a_protest(ex, text, actor):
    e = _one(ex, text, "PROTEST", "مسيرة")
    assert [a.text for a in e.actors] == [actor]


def test_assemble_drones_taking_part_are_no_march(ex):
    # control: drones that took part in an attack, with no "في" before them
    assert _types(ex, "شاركت مسيرات تركية في الهجوم على مواقع الحزب") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        # a toll counted since an aggression or an invasion began is a war's tally
        "أعلنت وزارة الصحة ارتفاع حصيلة الشهداء إلى 25 ألفا منذ بدء العدوان على القطاع",
        "قتل أكثر من ستة آلاف مدني منذ بدء الغزو الروسي",
    ],
)
def test_assemble_a_toll_since_an_invasion_began_is_a_tally(ex, text):
    assert not [e for e in ex.extract(text, article_date=DATE) if e.fatalities]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # a number in words or digits before "آلاف" counts thousands, after the verb or before it
        ("قتل خمسة آلاف شخص في الهجوم على المدينة", 5000),
        ("قتل 12 ألفا في القصف على المدينة", 12000),  # (control: the singular "ألف" was read)
        ("وقال المسؤول إن أربعة آلاف شخص قتلوا في القصف على المدينة", 4000),
    ],
)
def test_assemble_thousands_counted_by_a_number(ex, text, fatalities):
    assert next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT").fatalities == fatalities


def test_assemble_the_act_punished_for_named_by_a_pronoun_is_the_punisheds(ex):
    # "بسبب غزوها": the pronoun on the act is the sanctioned's, not the sanctioner's
    text = "فرضت الحكومة البريطانية عقوبات جديدة على روسيا بسبب غزوها أوكرانيا"
    e = _check(ex, text, "ASSAULT", "غزوها", ["RUS GOV"], None)
    assert "slot.accused" in e.rules and "slot.pronoun" not in e.rules


@pytest.mark.parametrize(
    "text, etype, trigger, target",
    [
        # a verbal noun's genitive is who acts, "لـ" after it whom the act is done to
        ("استنكرت الجامعة العربية غزو العراق للكويت", "ASSAULT", "غزو", ["KWT GOV"]),
        # (control: the arrested were found as its object already)
        ("انتقدت النقابة اعتقال الشرطة لصحفيين في العاصمة", "COERCE", "اعتقال", ["--- JRN"]),
    ],
)
def test_assemble_whom_a_genitives_act_is_done_to(ex, text, etype, trigger, target):
    _check(ex, text, etype, trigger, None, target)


@pytest.mark.parametrize(
    "text, place",
    [
        # a settlement the gazetteer does not know is named by its noun, as a village is
        ("أصيب مستوطن بجروح في عملية طعن في مستوطنة كفار عتصيون", "مستوطنة كفار عتصيون"),
        ("وقع هجوم بإطلاق نار عند مدخل مستوطنة عيلي", "مستوطنة عيلي"),
    ],
)
def test_assemble_a_settlement_unknown_to_the_gazetteer_is_placed(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.place is not None and e.place.text.endswith(place) and e.place.kind == "local"


@pytest.mark.parametrize(
    "text, target",
    [
        # "من" right after the attackers says whence they came: no target, and the village
        # past it is the one attacked
        ("هاجم مستوطنون من مستوطنة حومش قرية برقة شمال نابلس", "قرية برقة"),
        ("هاجم مسلحون من قبيلة مجاورة قرية في الولاية", "قرية"),
    ],
)
def test_assemble_whence_the_attackers_came_is_no_target(ex, text, target):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert [t.text for t in e.targets] == [target]
    assert e.place is None or e.place.start_char >= text.index(target)  # (nor where)


@pytest.mark.parametrize(
    "text, actor, code",
    [
        # a body's bare word ("جهاز", "ائتلاف") heads the body named right after it
        ("داهم جهاز الأمن الوقائي الفلسطيني منزل ناشط في نابلس", "جهاز الأمن الوقائي الفلسطيني", "PSE COP"),
        ("اشتبك ائتلاف الفصائل المسلحة مع قوات الجيش قرب الحدود", "ائتلاف الفصائل المسلحة", "--- REB"),
    ],
)
def test_assemble_a_bodys_bare_word_heads_the_body_it_names(ex, text, actor, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.actors)
    assert [a.text for a in e.actors] == [actor] and _codes(e.actors) == [code]


@pytest.mark.parametrize(
    "text, target",
    [
        # a subject's honorific and name ("الأمير", "الشيخ") are the subject named, not the
        # one met: the object follows them
        ("التقى وزير الدفاع السعودي الأمير خالد بن سلمان نظيره الأمريكي في واشنطن", "نظيره الأمريكي"),
        ("استقبل وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني السفير البريطاني", "السفير البريطاني"),
        # (control: after a bare title, the honorific is whom it meets)
        ("استقبل الرئيس الملك سلمان في القصر", "الملك"),
    ],
)
def test_assemble_the_subjects_honorific_and_name_are_no_object(ex, text, target):
    e = _one(ex, text, "CONSULT", "")
    assert [t.text for t in e.targets] == [target]


def test_assemble_a_man_of_another_state_is_no_titles_name(ex):
    # the king named after the French president is whom he met, not his name
    e = _one(ex, "استقبل الرئيس الفرنسي الملك محمد السادس في قصر الإليزيه", "CONSULT", "استقبل")
    assert _codes(e.actors) == ["FRA GOV"] and _codes(e.targets) == ["MAR GOV"]


@pytest.mark.parametrize(
    "text",
    [
        # US Central Command reporting its own strikes
        "قالت القيادة المركزية الأمريكية إنها قصفت مواقع لإطلاق الصواريخ في اليمن",
        "أعلنت القيادة المركزية الأمريكية (سنتكوم) أنها شنت غارة على قيادي في التنظيم",
    ],
)
def test_assemble_central_command_is_the_us_military(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.actors) == ["USA MIL"]


@pytest.mark.parametrize(
    "text, target",
    [
        # bloggers, singers, artists and poets arrested or freed are civilians
        ("اعتقلت السلطات مغني راب انتقد الحكومة في أغنية", "مغني"),
        ("اعتقلت قوات الأمن مدونا بسبب منشورات على الإنترنت", "مدونا"),
        # (control: a definite noun after "عن" was read as the freed already)
        ("أفرجت السلطات عن الشاعرة بعد عام من اعتقالها", "الشاعرة"),
    ],
)
def test_assemble_artists_and_bloggers_are_civilians(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "RETREAT"))
    assert [t.text for t in e.targets] == [target] and _codes(e.targets) == ["--- CVL"]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # a sum given, right after the giver (and its count), is aid
        ("قدمت قطر 50 مليون دولار للسلطة الفلسطينية", ["QAT GOV"], ["PSE GOV"]),
        ("يقدم الاتحاد الأوروبي مليار يورو لمصر", ["IGO IGO"], ["EGY GOV"]),
    ],
)
def test_assemble_a_sum_given_is_aid(ex, text, actor, target):
    _check(ex, text, "AID", "", actor, target)


def test_assemble_a_sum_an_offer_is_worth_is_no_aid(ex):
    # control: the sum is what the offer is worth, not given
    assert "AID" not in _types(ex, "قدمت الشركة الصينية عرضا بقيمة ملياري دولار لبناء الميناء")


def test_assemble_calls_refused_are_not_the_refusers(ex):
    # who refuses calls is whom they are made to, not who makes them
    e = _one(ex, "رفضت الحكومة الإسرائيلية دعوات الهدنة في القطاع", "REQUEST", "دعوات")
    assert not e.actors and _codes(e.targets) == ["ISR GOV"]


@pytest.mark.parametrize(
    "text, etype, trigger, actor",
    [
        # what the subject of a verb of failing failed in did not happen, and is its own
        # (the subject between "فشل" and "في": the talks were held)
        ("فشلت المحادثات بين الحكومة والمتمردين في التوصل إلى اتفاق", "AGREE", "التوصل", None),
        ("فشلت قوات النظام في اقتحام البلدة رغم القصف العنيف", "COERCE", "اقتحام", "قوات النظام"),
    ],
)
def test_assemble_what_one_failed_in_did_not_happen(ex, text, etype, trigger, actor):
    e = _one(ex, text, etype, trigger)
    assert e.modality == ce.Modality.NEGATED
    assert actor is None or [a.text for a in e.actors] == [actor]


def test_assemble_talks_that_failed_were_held(ex):
    # control: the talks themselves happened
    e = _one(ex, "فشلت المحادثات بين الحكومة والمتمردين في التوصل إلى اتفاق", "CONSULT", "المحادثات")
    assert e.modality == ce.Modality.ASSERTED


def test_assemble_an_attack_suffered_by_a_pronoun_is_not_its_subjects(ex):
    # "إذا تعرضت لهجوم": the state that threatens is who would be attacked, not who attacks
    e = _one(ex, "توعدت كوريا الشمالية بالرد بقوة إذا تعرضت لهجوم", "ASSAULT", "لهجوم")
    assert not e.actors


@pytest.mark.parametrize(
    "text",
    [
        # one prisoner, detainee or hostage killed or executed is a toll of one
        "أعدم سجين سياسي في السجن المركزي فجر اليوم",
        "أعدمت السلطات معتقلا بعد محاكمة سرية",
    ],
)
def test_assemble_one_prisoner_killed_is_a_toll_of_one(ex, text):
    assert _one(ex, text, "ASSAULT", "أعدم").fatalities == 1


@pytest.mark.parametrize(
    "text, target",
    [
        # the killed, counted, read as the kill verb's subject, are its target even when a
        # place or a body after them was taken for one
        ("قتل معتقل في سجون المخابرات العسكرية", "معتقل"),
        ("قتل 17 مدنيا في مارس في غارة على السوق", "مدنيا"),
    ],
)
def test_assemble_the_killed_read_as_subject_are_the_target(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert not e.actors and [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, actor, code, target",
    [
        # a security service named by "جهاز الأمن" and its own word is the arrester, and the
        # arrested are its object
        ("اعتقل جهاز الأمن الوقائي شابا من بلدة بيتا جنوب نابلس", "جهاز الأمن الوقائي", "PSE COP", "شابا"),
        ("اعتقل جهاز الأمن الداخلي في غزة صحفيا بعد نشره تقريرا", "جهاز الأمن الداخلي", "PSE SPY", "صحفيا"),
        ("اعتقل جهاز الأمن الوطني ثلاثة ناشطين في القاهرة", "جهاز الأمن الوطني", "EGY SPY", "ناشطين"),
        ("داهم جهاز الأمن والمخابرات الوطني منزل معارض في الخرطوم", "جهاز الأمن والمخابرات الوطني", "SDN SPY",
         "منزل"),
    ],
)
def test_assemble_security_services_named_by_their_own_word(ex, text, actor, code, target):
    e = _one(ex, text, "COERCE", "")
    assert [a.text for a in e.actors] == [actor] and _codes(e.actors) == [code]
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, actor, place",
    [
        # a checkpoint, a town's entrances or an airport closed, the closer told between the
        # verb and what it closed: a restriction, whose checkpoint is no side's site, nor
        # the airport the closer's own (the checkpoint is where the village it is named after is)
        ("أغلقت قوات الاحتلال حاجز عطارة شمال رام الله صباح اليوم", "ISR MIL", "عطارة"),
        ("أغلقت قوات الاحتلال مداخل بلدة عزون بالسواتر الترابية", "ISR MIL", "بلدة عزون"),
        ("أغلقت السلطات السودانية مطار الخرطوم أمام الرحلات الدولية", "SDN GOV", None),
    ],
)
def test_assemble_a_closure_with_its_closer_between(ex, text, actor, place):
    e = _one(ex, text, "COERCE", "أغلقت")
    assert e.mode == "restrict" and _codes(e.actors) == [actor] and not e.targets
    assert place is None or e.place.text == place


@pytest.mark.parametrize(
    "text, sector",
    [
        # those responsible for an attack are whoever carried it out, no state's officials
        ("اعتقلت الشرطة المسؤولين عن تفجير السيارة المفخخة في السوق", None),
        ("قتلت القوات الخاصة المسؤول عن الهجوم على القاعدة", None),
        # (control: one responsible for a field of state is an official)
        ("اعتقلت السلطات المسؤول عن المالية في البلدية", "GOV"),
    ],
)
def test_assemble_those_responsible_for_an_attack_are_no_officials(ex, text, sector):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "ASSAULT") and e.targets)
    assert [t.text.startswith("المسؤول") for t in e.targets] == [True] and e.targets[0].sector == sector


def test_assemble_whom_ground_is_taken_from_past_a_two_word_town(ex):
    # "السيطرة على" a town of two words, then "من" whom it was taken from: that side is the
    # target (the noun, as the verb "استعاد" already was)
    e = _one(ex, "أعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني من قوات الدعم السريع", "ASSAULT", "")
    assert _codes(e.targets) == ["SDN REB"] and "slot.taken-from" in e.rules


@pytest.mark.parametrize(
    "text, country",
    [
        # a square of another country's capital, followed by the city with "بـ", is the
        # city's square of that name ("في" already said so)
        ("احتشد آلاف اليمنيين في ميدان التحرير بصنعاء رفضا للحرب", "YEM"),
        ("احتشد آلاف اليمنيين في ميدان التحرير في صنعاء رفضا للحرب", "YEM"),
        # (control: the city of the square's own country)
        ("احتشد آلاف المصريين في ميدان التحرير بالقاهرة", "EGY"),
    ],
)
def test_assemble_a_square_in_the_city_named_with_bi(ex, text, country):
    e = _one(ex, text, "PROTEST", "")
    assert e.place.text == "ميدان التحرير" and e.place.country == country


def test_assemble_a_word_of_a_square_is_no_act_with_the_city_after_it(ex):
    # "التحرير بمدينة": the square's word and the city's noun, no city liberated
    evs = ex.extract("أعدم مسلحو الجماعة ثلاثة رجال في ميدان التحرير بمدينة صنعاء", article_date=DATE)
    assert [(e.type, e.trigger.text, e.fatalities) for e in evs] == [("ASSAULT", "أعدم", 3)]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # weapons given, handed over or sent, right after the giver (and whom they go to):
        # military aid
        ("قدمت ألمانيا أسلحة للجيش الأوكراني", ["DEU GOV"], ["UKR MIL"]),
        ("سلمت فرنسا الجيش اللبناني منظومة دفاع جوي", ["FRA GOV"], ["LBN MIL"]),
        ("أرسلت بريطانيا ذخائر لأوكرانيا", ["GBR GOV"], ["UKR GOV"]),
    ],
)
def test_assemble_weapons_given_are_military_aid(ex, text, actor, target):
    e = _one(ex, text, "AID", "")
    assert e.cameo == "072"
    assert _codes(e.actors) == actor and _codes(e.targets) == target


@pytest.mark.parametrize(
    "text",
    [
        # (controls: one's own weapons handed in, weapons deployed or found are no aid)
        "سلم مسلحون أسلحتهم للجيش في درعا",
        "نشرت روسيا أسلحة نووية في بيلاروسيا",
        "عثرت الشرطة على أسلحة وذخائر في مخزن",
    ],
)
def test_assemble_weapons_not_given_are_no_aid(ex, text):
    assert "AID" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, target",
    [
        # whom aid goes to, past another thing given with it
        ("أرسلت الإمارات مساعدات وأدوية إلى النازحين في المخيمات", "النازحين"),
        ("أرسلت فرنسا أسلحة وذخائر إلى الجيش اللبناني", "الجيش اللبناني"),
    ],
)
def test_assemble_whom_aid_goes_to_past_another_thing_given(ex, text, target):
    e = _one(ex, text, "AID", "")
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, target, code",
    [
        # an officer of the police or of intelligence is theirs, not the army's
        ("قتل ضابط في الشرطة برصاص مسلحين مجهولين قرب منزله", "ضابط في الشرطة", "--- COP"),
        ("قتل ضابط شرطة في انفجار عبوة ناسفة", "ضابط شرطة", "--- COP"),
        ("اعتقلت السلطات ضابطا في المخابرات بتهمة التجسس", "ضابطا في المخابرات", "--- SPY"),
        # (control: one of the army is)
        ("قتل ضابط في الجيش برصاص مسلحين مجهولين", "ضابط", "--- MIL"),
    ],
)
def test_assemble_officers_of_the_police_and_intelligence(ex, text, target, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.targets)
    assert [t.text for t in e.targets] == [target] and _codes(e.targets) == [code]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # a death sentence carried out "بحق" the condemned: they are its toll
        ("نفذت السلطات حكم الإعدام شنقا بحق أربعة مدانين في سجن المدينة", 4),
        ("نفذت الجماعة حكم الإعدام علنا بحق رجل في ساحة البلدة", 1),
    ],
)
def test_assemble_the_executed_are_the_toll_of_a_sentence_carried_out(ex, text, fatalities):
    e = _one(ex, text, "ASSAULT", "حكم الإعدام")
    assert e.fatalities == fatalities and e.targets


def test_assemble_a_death_sentence_passed_kills_no_one(ex):
    # control: a sentence passed is not carried out
    evs = ex.extract("أصدرت محكمة عسكرية حكما بالإعدام بحق خمسة متهمين", article_date=DATE)
    assert evs and all(e.fatalities is None for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        # who calls an act a crime, or deems it a violation, did not do it
        "وصف الرئيس الهجوم على الكنيسة بأنه عمل جبان",
        "اعتبرت وزارة الخارجية الضربات انتهاكا صارخا لسيادة البلاد",
    ],
)
def test_assemble_who_calls_an_act_so_did_not_do_it(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert not e.actors


def test_assemble_ones_own_act_called_so_is_ones_own(ex):
    # control: an attack called by the name its doer gives it, or told as "hers", is hers
    e = _one(ex, "وصفت إيران هجومها على القاعدة بأنه دفاع مشروع عن النفس", "ASSAULT", "")
    assert _codes(e.actors) == ["IRN GOV"]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # an act called a crime, terror or a lie: its caller denounces whoever did it
        ("وصفت الخارجية الروسية القصف الأوكراني لمدينة بيلغورود بأنه عمل إرهابي", ["RUS GOV"], ["UKR MIL"]),
        # (al-Qaeda's men are of no one state, as the guide codes transnational groups)
        ("أعلن الجيش المالي مقتل خمسة جنود في هجوم شنه مسلحو القاعدة، واصفا الهجوم بأنه جريمة نكراء",
         ["MLI MIL"], ["--- REB"]),
        ("اعتبر الرئيس الفلسطيني أن اقتحام المستوطنين للمسجد جريمة حرب", ["PSE GOV"], ["ISR CVL"]),
    ],
)
def test_assemble_an_act_called_a_crime_is_denounced(ex, text, actor, target):
    e = _one(ex, text, "ACCUSE", "")
    assert e.mode == "disapprove" and _codes(e.actors) == actor and _codes(e.targets) == target


def test_assemble_a_crime_committed_is_no_denunciation(ex):
    # control: the word of a crime alone, not what an act is called
    assert "ACCUSE" not in _types(ex, "ارتكب مسلحون جريمة قتل في القرية")


@pytest.mark.parametrize(
    "text",
    [
        # a movement announcing its own fighters killed did not kill them
        "أعلنت الحركة مقتل ثلاثة من مقاتليها في غارة على مواقعها",
        "أعلنت الجماعة المسلحة مقتل اثنين من مقاتليها في قصف مدفعي",
    ],
)
def test_assemble_who_announces_its_own_fighters_killed_is_no_attacker(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert not e.actors and e.fatalities in (2, 3)


def test_assemble_members_of_a_force_named_by_its_noun_are_its_own(ex):
    # "من عناصرها" after the police: its members, the toll's victims
    e = _one(ex, "أعلنت الشرطة الكينية مقتل أربعة من عناصرها في انفجار عبوة ناسفة شمال البلاد", "ASSAULT", "")
    assert _codes(e.targets) == ["KEN COP"] and e.fatalities == 4


@pytest.mark.parametrize(
    "text",
    [
        # a stand ("وقفة") organised, with no adjective of protest, is one
        "نظم محامون وقفة أمام المحكمة للمطالبة بالإفراج عن زميلهم",
        "نظم العشرات وقفات في عدة مدن تنديدا بالحرب",
    ],
)
def test_assemble_a_stand_organised_is_a_protest(ex, text):
    e = _one(ex, text, "PROTEST", "وقف")
    assert e.actors


def test_assemble_a_humanitarian_pause_is_no_stand(ex):
    # control: "وقفة إنسانية" called for is a pause in the fighting
    assert "PROTEST" not in _types(ex, "دعت الأمم المتحدة إلى وقفة إنسانية في القتال")


@pytest.mark.parametrize(
    "text, kind, target",
    [
        # the perpetrators of an attack told before are whom one arrests or kills, and the
        # attack in their name is no act of the sentence's
        ("اعتقلت الشرطة منفذي التفجير بعد ساعات من وقوعه", "COERCE", "منفذي التفجير"),
        ("قتلت قوات الأمن منفذ الهجوم قرب الحدود", "ASSAULT", "منفذ الهجوم"),
    ],
)
def test_assemble_the_perpetrators_of_an_attack_told_before(ex, text, kind, target):
    (e,) = ex.extract(text, article_date=DATE)
    assert e.type == kind and [t.text for t in e.targets] == [target] and e.actors


def test_assemble_an_act_during_which_a_past_one_was_done_is_past(ex):
    # a month without its year, after an operation during which forces arrested someone,
    # is the last one (the operation was done), not a plan for the coming one
    e = _one(ex, "اعتقلت القوات الخاصة قياديا في التنظيم خلال عملية إنزال جوي في 20 أكتوبر", "ASSAULT", "")
    assert e.modality == ce.Modality.ASSERTED and e.date.start.isoformat() == "2015-10-20"


@pytest.mark.parametrize(
    "text, fatalities, target",
    [
        # a strike as the kill verb's subject, then whom it killed: the toll, and the killed
        # its target, not its actor
        ("قتلت غارة جوية قياديا في التنظيم قرب الحدود", 1, "قياديا في التنظيم"),
        ("قتلت غارة أمريكية أربعة مسلحين في المنطقة", 4, "مسلحين"),
        ("قتل قصف مدفعي طفلين في البلدة", 2, "طفلين"),
    ],
)
def test_assemble_whom_a_strike_killed(ex, text, fatalities, target):
    e = _one(ex, text, "ASSAULT", "")
    assert e.fatalities == fatalities and [t.text for t in e.targets] == [target]
    assert all(a.sector != "REB" for a in e.actors)


@pytest.mark.parametrize(
    "text, code",
    [
        # foreigners held, freed or arrested are of no state the story names
        ("أفرجت الجماعة المسلحة عن ثلاثة صحفيين أجانب في مدينة إدلب", "--- JRN"),
        ("خطف مسلحون أربعة عمال أجانب في ولاية كادونا النيجيرية", "--- CVL"),
        # (control: with no such word, those of the place)
        ("خطف مسلحون أربعة عمال في ولاية كادونا النيجيرية", "NGA CVL"),
    ],
)
def test_assemble_foreigners_are_of_no_state_named(ex, text, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.targets)
    assert _codes(e.targets) == [code]


@pytest.mark.parametrize(
    "text, target, code",
    [
        # a leader "in" the opposition is the opposition's, and a former one of a movement
        # its own, past "سابقا"
        ("اعتقلت السلطات قياديا في المعارضة بعد خطاب انتقد فيه الحكومة", "قياديا في المعارضة", "OPP"),
        ("اغتال مسلحون قياديا سابقا في حركة حماس", "قياديا سابقا في حركة حماس", "REB"),
    ],
)
def test_assemble_a_leader_in_the_opposition_or_a_former_one(ex, text, target, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.targets)
    assert [t.text for t in e.targets] == [target] and e.targets[0].sector == code


def test_assemble_an_arrival_told_as_a_visit_visits_the_state_arrived_in(ex):
    e = _one(ex, "وصل رئيس الوزراء الهندي إلى الرياض في زيارة رسمية تستغرق يومين", "CONSULT", "زيارة")
    assert e.mode == "visit" and _codes(e.actors) == ["IND GOV"] and _codes(e.targets) == ["SAU GOV"]
    assert "slot.visited" in e.rules


def test_assemble_lies_called_after_a_denial_are_no_denied_act(ex):
    # a denial's scope ends at the participle that calls the charges lies: that call is made
    e = _one(ex, "نفى الجيش الاتهامات الموجهة إليه واصفا إياها بأنها أكاذيب", "ACCUSE", "أكاذيب")
    assert e.modality == ce.Modality.ASSERTED and _codes(e.actors) == ["--- MIL"]


def test_assemble_a_bilateral_summit_is_no_multilateral_one(ex):
    e = _one(ex, "عقد الرئيسان قمة ثنائية في العاصمة لبحث التعاون", "CONSULT", "قمة")
    assert e.mode is None and e.trigger.text == "قمة ثنائية"
    # (control: a summit of many states is)
    assert _one(ex, "عقد القادة العرب قمة في الرياض", "CONSULT", "قمة").mode == "multilateral"


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # missiles and drones given are military aid, to whom "ل" names (not the drones of
        # that state)
        ("قدمت إيران صواريخ باليستية لجماعة الحوثي في اليمن", "صواريخ", ["IRN GOV"], ["YEM REB"]),
        ("قدمت طهران طائرات مسيرة لموسكو خلال الصيف", "طائرات مسيرة", ["IRN GOV"], ["RUS GOV"]),
        ("سلمت واشنطن صواريخ للجيش الأوكراني", "صواريخ", ["USA GOV"], ["UKR MIL"]),
    ],
)
def test_assemble_missiles_and_drones_given_are_military_aid(ex, text, trigger, actors, targets):
    e = _one(ex, text, "AID", trigger)
    assert e.cameo == "072" and _codes(e.actors) == actors and _codes(e.targets) == targets


def test_assemble_missiles_and_drones_sent_are_no_aid(ex):
    # "أرسل" sends forces as well: drones sent at a city are an attack, never a gift
    assert "AID" not in _types(ex, "أرسل الحوثيون مسيرات باتجاه مدينة إيلات")


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # their own weapons handed over: the holders disarm, to whom they hand them
        ("سلم المسلحون أسلحتهم إلى الجيش في بلدة حدودية", "أسلحتهم", ["--- REB"], ["--- MIL"]),
        ("سلم مقاتلو الفصيل السلاح الثقيل للقوات الحكومية", "السلاح", ["--- REB"], ["--- MIL"]),
        # who surrenders surrenders to the forces "ل" names
        ("استسلمت مجموعة من المسلحين للقوات الحكومية شمال المدينة", "استسلمت", ["--- REB"], ["--- MIL"]),
    ],
)
def test_assemble_own_weapons_handed_over_are_a_disarmament(ex, text, trigger, actors, targets):
    e = _one(ex, text, "RETREAT", trigger)
    assert e.mode == "disarm" and _codes(e.actors) == actors and _codes(e.targets) == targets
    assert "AID" not in _types(ex, text)


def test_assemble_weapons_of_no_one_handed_over_are_given(ex):
    # (control: weapons of no one named, handed over, are aid, no disarmament)
    assert _types(ex, "سلمت بريطانيا أسلحة وذخائر للجيش الأوكراني") == ["AID"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a clause right after an indefinite noun describes it: the pronoun on its verb takes
        # the noun back as the accused, and its subject is the sentence's
        ("فرضت بريطانيا عقوبات على شركات روسية تتهمها بتزويد الجيش بالسلاح", ["GBR GOV"], ["RUS BUS"]),
        ("اعتقلت الشرطة خمسة أشخاص تتهمهم بتهريب المخدرات عبر الحدود", ["--- COP"], ["--- CVL"]),
    ],
)
def test_assemble_an_accusation_describing_an_indefinite_noun_accuses_it(ex, text, actors, targets):
    e = _one(ex, text, "ACCUSE", "تتهم")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


def test_assemble_an_arrest_reaches_no_target_in_the_accusation_after_it(ex):
    text = "اعتقلت الشرطة ثلاثة أشخاص تتهمهم بالتخطيط لهجوم على مقر البرلمان"
    e = _one(ex, text, "COERCE", "اعتقلت")
    assert [t.text for t in e.targets] == ["أشخاص"]


@pytest.mark.parametrize(
    "text, targets, dead",
    [
        # the hurt counted after the dead are victims beside them, not in their place
        ("قصفت المدفعية قرى في ريف المحافظة، ما أدى إلى مقتل ثلاثة أطفال وإصابة امرأة",
         ["أطفال", "امرأة"], 3),
        ("قتل أربعة مدنيين وأصيب ثلاثة جنود في قصف على البلدة", ["مدنيين", "جنود"], 4),
    ],
)
def test_assemble_the_hurt_are_victims_beside_the_dead(ex, text, targets, dead):
    e = _one(ex, text, "ASSAULT", "قصف")
    assert [t.text for t in e.targets] == targets and e.fatalities == dead


@pytest.mark.parametrize(
    "text, targets",
    [
        # a sum given "in aid of" people is given to them
        ("تعهدت ألمانيا بتقديم 20 مليون يورو لدعم النازحين السودانيين في تشاد", ["SDN REF"]),
        ("قدمت الكويت عشرة ملايين دولار لإغاثة اللاجئين السوريين", ["SYR REF"]),
    ],
)
def test_assemble_aid_in_aid_of_people_goes_to_them(ex, text, targets):
    e = _one(ex, text, "AID", "")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # who suffers an attack is its target, past a relative clause of its own; those the
        # clause names are no attackers
        ("تعرضت قاعدة عسكرية تستضيف قوات أمريكية لهجوم صاروخي", ["قاعدة عسكرية"]),
        ("تعرضت قوات أمريكية في قاعدة عسكرية قرب الحدود السورية العراقية لهجوم بطائرات مسيرة",
         ["قوات أمريكية"]),
    ],
)
def test_assemble_who_suffers_an_attack_past_its_clause_is_no_attacker(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "لهجوم")
    assert e.actors == () and [t.text for t in e.targets] == targets


def test_assemble_a_memorandum_of_understanding_is_no_warrant(ex):
    # what a memorandum signed is for is yet to be done, as an agreement's; nothing requested
    e = _one(ex, "وقع الأردن والعراق مذكرة تفاهم للتعاون العسكري في عمان", "COOPERATE", "للتعاون")
    assert e.modality == ce.Modality.PLANNED and "mod.agreed" in e.rules
    # (control: a warrant orders an arrest)
    e = _one(ex, "أصدرت النيابة العامة مذكرة توقيف بحق رجل الأعمال", "COERCE", "توقيف")
    assert e.modality == ce.Modality.REQUESTED


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # what one says it is ready for may come: possible, not done
        ("قال رئيس الوزراء إن حكومته مستعدة للتفاوض مع المعارضة دون شروط", "CONSULT", "للتفاوض"),
        ("أكد قائد الجيش أن قواته جاهزة لشن هجوم واسع على معاقل المتمردين", "ASSAULT", "هجوم"),
    ],
)
def test_assemble_an_act_one_is_ready_for_is_possible(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert e.modality == ce.Modality.POSSIBLE and "cue.possible.mustaidd" in e.rules


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # a ship, a plane or trucks of aid are aid, whose adjective names who sends it
        ("رست سفينة مساعدات تركية في ميناء العريش محملة بالأغذية", "سفينة مساعدات", ["TUR GOV"]),
        ("هبطت طائرة مساعدات سعودية في مطار عدن", "طائرة مساعدات", ["SAU GOV"]),
        # (trucks counted after the verb of entering are what enters, no object of a seizure)
        ("دخلت 120 شاحنة مساعدات إلى القطاع عبر المعبر", "شاحنة مساعدات", []),
        ("دخلت المساعدات الإنسانية إلى المدينة المحاصرة", "المساعدات", []),
    ],
)
def test_assemble_ships_planes_and_trucks_of_aid(ex, text, trigger, actors):
    e = _one(ex, text, "AID", trigger)
    assert _codes(e.actors) == actors


def test_assemble_trucks_of_aid_a_crossing_is_closed_to_are_no_aid(ex):
    assert _types(ex, "أغلقت السلطات المعبر أمام شاحنات المساعدات منذ يومين") == ["COERCE"]


def test_assemble_a_ship_of_aid_intercepted_is_no_aid(ex):
    # (control: the interception alone)
    assert _types(ex, "اعترضت البحرية سفينة مساعدات متجهة إلى الميناء المحاصر") == ["COERCE"]


def test_assemble_an_act_dated_from_today_on_is_planned(ex):
    # a span from the article date on, on a verb in the present, is yet to come
    e = _one(ex, "تصل المساعدات إلى المدينة المحاصرة خلال الأيام الثلاثة المقبلة", "AID", "المساعدات")
    assert e.modality == ce.Modality.PLANNED and e.date.start == dt.date(2016, 8, 30)
    assert e.date.end == dt.date(2016, 9, 2) and "mod.future-date" in e.rules
    # (control: an act told in the past takes no such date)
    e = _one(ex, "قصفت الطائرات المدينة خلال الأيام الثلاثة المقبلة", "ASSAULT", "قصفت")
    assert e.modality == ce.Modality.ASSERTED and e.date is None


def test_assemble_the_vanguard_of_forces_is_theirs(ex):
    e = _one(ex, "وصلت طلائع القوات الفرنسية إلى قاعدة في النيجر", "MOBILIZE", "وصلت")
    assert _codes(e.actors) == ["FRA MIL"] and e.actors[0].text == "طلائع القوات الفرنسية"


@pytest.mark.parametrize(
    "text, dead",
    [
        # a dual in construct, its "ن" dropped, counts two
        ("قتل ضابطا شرطة في هجوم مسلح على نقطة تفتيش", 2),
        ("قتل عنصرا الأمن في الهجوم على المركز", 2),
        # (controls: the accusative of one, before its adjective or a preposition)
        ("قتل المسلحون ضابطا في الشرطة خلال الهجوم", 1),
        ("قتل المسلحون جنديا إسرائيليا في هجوم قرب المستوطنة", 1),
    ],
)
def test_assemble_a_dual_in_construct_counts_two(ex, text, dead):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.fatalities == dead


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # youths before a state's forces are the verb's subject, the forces its object, not
        # youths of the forces
        ("رشق شبان قوات الاحتلال بالحجارة عند مدخل البلدة", "شبان", "قوات الاحتلال"),
        ("رشق شبان الجيش بالحجارة خلال اقتحام المخيم", "شبان", "الجيش"),
    ],
)
def test_assemble_youths_before_forces_are_no_youths_of_them(ex, text, actor, target):
    e = _one(ex, text, "ASSAULT", "رشق")
    assert [a.text for a in e.actors] == [actor] and [t.text for t in e.targets] == [target]


def test_assemble_the_dead_of_a_stampede_are_no_attack(ex):
    text = "قتل 15 شخصا في تدافع عند نقطة لتوزيع الطحين في المدينة"
    assert "ASSAULT" not in _types(ex, text)
    # (control: the dead of shelling are)
    assert "ASSAULT" in _types(ex, "قتل 15 شخصا في قصف عند نقطة لتوزيع الطحين في المدينة")


def test_assemble_where_a_blast_occurred_is_no_one_who_set_it_off(ex):
    text = "قالت مصادر أمنية إن انفجارا وقع قرب السفارة التركية في العاصمة"
    e = _one(ex, text, "ASSAULT", "انفجارا")
    assert e.actors == () and [t.text for t in e.targets] == ["السفارة التركية"]


@pytest.mark.parametrize(
    "text, targets",
    [
        # whom criticism or charges are aimed at, past their adjective
        ("وجه الرئيس انتقادات حادة للحكومة الإسرائيلية بسبب العملية", ["ISR GOV"]),
        ("وجهت الخارجية انتقادات شديدة اللهجة للسلطات الإيرانية", ["IRN GOV"]),
        ("وجه الوزير اتهامات مباشرة لروسيا بالتدخل في الانتخابات", ["RUS GOV"]),
    ],
)
def test_assemble_criticism_past_its_adjective_is_aimed_at_whom_li_names(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ACCUSE")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, code",
    [
        # the mediators and the Gulf states are states, of no one country
        ("توجه الوسطاء إلى الدوحة لاستئناف المحادثات بين الطرفين", "--- GOV"),
        ("اجتمعت دول الخليج العربية في الرياض لبحث التطورات", "--- GOV"),
    ],
)
def test_assemble_mediators_and_the_gulf_states_are_states_of_no_one_country(ex, text, code):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT")
    assert _codes(e.actors) == [code]


@pytest.mark.parametrize(
    "text, targets",
    [
        # whom a demand is made of stands before what is demanded with "بـ": not whom the
        # act demanded is aimed at
        ("طالبت الحركة السلطات المصرية بالضغط على إسرائيل لفتح المعبر", ["EGY GOV"]),
        ("طالب مجلس الأمن الحوثيين بوقف الهجمات على السفن في البحر الأحمر", ["YEM REB"]),
    ],
)
def test_assemble_whom_a_demand_is_made_of_stands_before_what_is_demanded(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "REQUEST")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the two an act answered is between are neither side of the threat: its actor is
        # its subject, its target the two whose act it answers
        ("هددت بيونغ يانغ بخطوات عسكرية ردا على التدريبات المشتركة بين الولايات المتحدة وكوريا الجنوبية",
         ["PRK GOV"], ["KOR GOV", "USA GOV"]),
        ("توعدت طهران برد حازم ردا على الاتفاق الأمني بين واشنطن وتل أبيب", ["IRN GOV"], ["ISR GOV", "USA GOV"]),
        # (control: with no act answered, the threats between two are theirs)
        ("تبادل الطرفان التهديدات بين موسكو وكييف", ["RUS GOV"], ["UKR GOV"]),
    ],
)
def test_assemble_the_sides_of_an_act_answered_are_not_the_threats(ex, text, actors, targets):
    e = _one(ex, text, "THREATEN", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, first, second",
    [
        # what is given in exchange is the other side's act: neither its actor nor whom it
        # frees is the first act's
        ("أطلقت الجماعة سراح خمس رهائن أستراليات مقابل الإفراج عن 150 سجينا", ["رهائن أستراليات"], ["سجينا"]),
        ("أفرجت السلطات عن 40 معتقلا مقابل إطلاق سراح ثلاثة جنود", ["معتقلا"], ["جنود"]),
    ],
)
def test_assemble_what_is_given_in_exchange_is_the_other_side_s_act(ex, text, first, second):
    one, other = [e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"]
    assert [t.text for t in one.targets] == first and one.actors != ()
    assert [t.text for t in other.targets] == second and other.actors == ()


@pytest.mark.parametrize(
    "text, target",
    [
        # a humanitarian body holds no one: "ل" names whom captives are handed to
        ("سلمت الجماعة أربعة أسرى للصليب الأحمر في المدينة", "--- CVL"),
        ("سلم المسلحون رهينتين لمنظمة أطباء بلا حدود", "--- CVL"),
    ],
)
def test_assemble_captives_handed_to_a_humanitarian_body_are_not_its(ex, text, target):
    e = _one(ex, text, "RETREAT", "")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, kind",
    [
        # envoys counted or told by their plural are summoned, expelled and met
        ("استدعت الخارجية التونسية سفيرا أوروبيا", ("ACCUSE", "disapprove")),
        ("طردت الحكومة الكونغولية سفيرين أفريقيين", ("SANCTION", "expel")),
        ("استدعت وزارة الخارجية التونسية دبلوماسيين للاحتجاج على البيان", ("ACCUSE", "disapprove")),
        ("بحث وزير الخارجية مع سفراء الدول العربية تطورات الأزمة", ("CONSULT", None)),
    ],
)
def test_assemble_envoys_counted_or_many_are_summoned_expelled_and_met(ex, text, kind):
    (e,) = ex.extract(text, article_date=DATE)
    assert (e.type, e.mode) == kind
    assert [t.sector for t in e.targets] == ["GOV"] and e.targets[0].text.split()[0].startswith(("سف", "دب"))


@pytest.mark.parametrize(
    "text, target",
    [
        # an envoy summoned or expelled is not of the state that summons or expels him: of
        # another state the text names, else of none known
        ("استدعت وزارة الخارجية التونسية السفير", "--- GOV"),
        ("استدعت الخارجية المصرية السفير احتجاجا على قرار إسرائيل", "ISR GOV"),
        ("طردت الحكومة الكونغولية دبلوماسيين بعد اتهام رواندا بدعم المتمردين", "RWA GOV"),
        # (control: one named by his state's adjective is of that state)
        ("استدعت وزارة الخارجية التونسية السفير الليبي", "LBY GOV"),
    ],
)
def test_assemble_an_envoy_summoned_is_not_of_the_state_that_summons_him(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ACCUSE", "SANCTION"))
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, side, code",
    [
        # mercenaries are armed men of no state but the one their adjective names, and a
        # masculine verb's subject
        ("هاجم المرتزقة مواقع الجيش في مأرب", "actors", "--- REB"),
        ("قتل الجيش خمسة مرتزقة تشاديين في الجنوب", "targets", "TCD REB"),
        ("أسرت القوات الأوكرانية مرتزقة روسا في منطقة كورسك", "targets", "RUS REB"),
    ],
)
def test_assemble_mercenaries_are_armed_men(ex, text, side, code):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(getattr(e, side)) == [code]


@pytest.mark.parametrize(
    "text, type_, actors, targets",
    [
        # a verbal noun's subject, then its object: the state right after the subject
        ("جاء القرار بعد اتهام واشنطن بكين بشن هجمات إلكترونية", "ACCUSE", ["USA GOV"], ["CHN GOV"]),
        ("وذلك عقب مطالبة باريس الجزائر بتسليم المطلوبين", "REQUEST", ["FRA GOV"], ["DZA GOV"]),
        ("يأتي ذلك بعد إدانة الأردن إسرائيل بسبب الاقتحام", "ACCUSE", ["JOR GOV"], ["ISR GOV"]),
    ],
)
def test_assemble_the_state_after_a_verbal_noun_s_subject_is_its_object(ex, text, type_, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == type_)
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the authorities after an arrest's noun, then a count: who arrests, then whom
        ("انتقدت المنظمة اعتقال السلطات التونسية عشرات المعارضين", ["TUN GOV"], ["TUN OPP"]),
        ("أدانت النقابة احتجاز الحكومة ثلاثة صحفيين في العاصمة", ["--- GOV"], ["--- JRN"]),
    ],
)
def test_assemble_the_authorities_after_an_arrest_s_noun_arrest(ex, text, actors, targets):
    e = _one(ex, text, "COERCE", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the side of a clash whose men met their death is its actor, as when they are killed
        ("لقي أربعة جنود كينيين مصرعهم في اشتباكات مع مسلحي حركة الشباب", ["KEN MIL"], ["SOM REB"]),
        # (gunmen of no named state are of the state the sentence names, as when killed)
        ("لقي ستة مسلحين حتفهم في اشتباكات مع القوات الأفغانية", ["AFG REB"], ["AFG MIL"]),
        # (control: killed, the same)
        ("قتل أربعة جنود كينيين في اشتباكات مع مسلحي حركة الشباب", ["KEN MIL"], ["SOM REB"]),
        ("قتل ستة مسلحين في اشتباكات مع القوات الأفغانية", ["AFG REB"], ["AFG MIL"]),
    ],
)
def test_assemble_a_clash_side_that_met_its_death_is_its_actor(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, modality",
    [
        # an act not told as done, of days or weeks to come, is planned
        ("تنسحب القوات الفرنسية من قواعدها في تشاد خلال الأسابيع المقبلة", "planned"),
        ("تبدأ عملية تبادل الأسرى في الأيام القادمة", "planned"),
        # (control: days gone by are not)
        ("تنسحب القوات الفرنسية من قواعدها في تشاد خلال الأسابيع الماضية", "asserted"),
    ],
)
def test_assemble_an_act_of_days_to_come_is_planned(ex, text, modality):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT"]
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text, place",
    [
        # what a crowd rejects is its grievance, no act of the crowd's, and a place that act
        # is on is not where the crowd is
        ("احتشد مئات المتظاهرين أمام مقر الأمم المتحدة رفضا للعدوان على لبنان", None),
        ("تجمع المحتجون أمام السفارة الأمريكية رفضا للهجوم على رفح", None),
        # (controls: a place before the grievance is the crowd's, and so is one after its
        # words when they name no act)
        ("تظاهر الآلاف في الرباط رفضا للحرب على غزة", "الرباط"),
        ("تظاهر المئات احتجاجا على الغلاء في مراكش", "مراكش"),
    ],
)
def test_assemble_what_a_crowd_rejects_is_no_act_of_its_own(ex, text, place):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == ["PROTEST"]
    assert (events[0].place.text if events[0].place else None) == place


@pytest.mark.parametrize(
    "text, target",
    [
        # an agreement suspended, cancelled or left is relations cut, no agreement made
        ("أعلنت اليابان تعليق الاتفاق العسكري مع الصين", "CHN GOV"),
        ("ألغت الحكومة المالية الاتفاق الأمني مع فرنسا", "FRA GOV"),
        ("انسحبت الولايات المتحدة من الاتفاق النووي مع إيران", "IRN GOV"),
        ("انسحبت الحكومة من المفاوضات مع المتمردين", "--- REB"),
    ],
)
def test_assemble_an_agreement_suspended_or_left_cuts_relations(ex, text, target):
    events = ex.extract(text, article_date=DATE)
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "withdraw")]
    assert _codes(events[0].targets) == [target]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who announces the dead of a clash with a side it names only reports them: the
        # dead are one side, the other is named after "مع"
        ("أعلنت وزارة الداخلية مقتل خمسة مسلحين في تبادل لإطلاق النار مع الشرطة", ["--- REB"], ["--- COP"]),
        ("أعلن الجيش مقتل ستة متمردين في اشتباكات مع قوات الأمن", ["--- REB"], ["--- COP"]),
        # (control: the dead of strikes it announces are its own kill)
        ("أعلن الجيش مقتل 20 مسلحا في غارات على مواقعهم", ["--- MIL"], ["--- REB"]),
    ],
)
def test_assemble_who_announces_the_dead_of_a_clash_only_reports_them(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # the accused stand right after who accuses them, before whom the charge's act is
        # aimed at
        ("اتهمت منظمة هيومن رايتس ووتش الشرطة الكينية باستخدام القوة المفرطة ضد المتظاهرين", ["KEN COP"]),
        ("اتهمت الحكومة المعارضة بتحريض الشباب ضد الشرطة", ["--- OPP"]),
        ("اتهمت الخارجية الروسية واشنطن بتحريض كييف على موسكو", ["USA GOV"]),
        # (control: a charge that is an act of its own ends the accused before it)
        ("اتهم ناشطون قوات الأمن العراقية بإطلاق الرصاص الحي على المحتجين", ["IRQ COP"]),
    ],
)
def test_assemble_the_accused_stand_before_whom_the_charge_aims_at(ex, text, targets):
    e = _one(ex, text, "ACCUSE", "")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, place",
    [
        # where the act answered was is not where the answer is, when that one is named
        ("شنت الطائرات الأمريكية غارات على مواقع في اليمن ردا على الهجمات في البحر الأحمر", "اليمن"),
        ("قصفت القوات التركية مواقع في شمال سوريا ردا على الهجوم في أنقرة", "شمال سوريا"),
        # (control: with no other place named, the answered act's is kept)
        ("قصفت إسرائيل مواقع ردا على إطلاق صواريخ من جنوب لبنان", "جنوب لبنان"),
    ],
)
def test_assemble_where_an_answered_act_was_is_not_the_answer_s_place(ex, text, place):
    e = _one(ex, text, "ASSAULT", "")
    assert e.place.text == place


@pytest.mark.parametrize(
    "text",
    [
        # two drones intercepted or downed are an interception
        "اعترضت الدفاعات الجوية طائرتين مسيرتين فوق المدينة",
        "أعلن الجيش أن دفاعاته أسقطت مسيرتين قرب الحدود",
    ],
)
def test_assemble_two_drones_intercepted_are_an_interception(ex, text):
    (e,) = ex.extract(text, article_date=DATE)
    assert e.type == "ASSAULT" and e.acled == ("Strategic developments", "Disrupted weapons use")


@pytest.mark.parametrize(
    "text, target",
    [
        # whose craft is intercepted is who launched it, when named, not the craft
        ("اعترضت الدفاعات الجوية السعودية طائرة مسيرة أطلقتها جماعة الحوثي باتجاه جازان", "جماعة الحوثي"),
        ("أسقطت الدفاعات الجوية الأوكرانية 30 طائرة مسيرة أطلقتها روسيا فوق كييف", "روسيا"),
    ],
)
def test_assemble_whose_craft_is_intercepted_is_its_launcher(ex, text, target):
    e = _one(ex, text, "ASSAULT", "")
    assert [t.text for t in e.targets] == [target] and "slot.launcher" in e.rules


def test_assemble_jamaat_al_shabaab_is_the_somali_group(ex):
    text = "هاجم مسلحون من جماعة الشباب قرية في مقاطعة لامو الكينية"
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == ["SOM REB"] and _codes(e.targets) == ["KEN CVL"]


@pytest.mark.parametrize(
    "text, types",
    [
        # fighting that goes on, named as a cause, is a state of war, no new event
        ("حذرت المنظمة من مجاعة في البلاد بسبب استمرار القتال", []),
        ("فر آلاف السكان من المدينة جراء استمرار المعارك", []),
        # (control: an attack named as a cause is one)
        ("قتل ثلاثة مدنيين بسبب القصف على المدينة", ["ASSAULT"]),
    ],
)
def test_assemble_fighting_going_on_as_a_cause_is_no_new_event(ex, text, types):
    assert [e.type for e in ex.extract(text, article_date=DATE)] == types


@pytest.mark.parametrize(
    "text, target",
    [
        # how one was killed, told before whom, is no one killed
        ("أعدمت جماعة مسلحة رميا بالرصاص خمسة رهائن في شرق البلاد", "رهائن"),
        ("أعدم التنظيم رميا بالرصاص ثلاثة أشخاص في الصحراء", "أشخاص"),
    ],
)
def test_assemble_how_one_was_killed_is_no_one_killed(ex, text, target):
    e = _one(ex, text, "ASSAULT", "")
    assert [t.text for t in e.targets] == [target]


def test_assemble_a_commander_as_the_object_is_a_member_of_his_body(ex):
    text = "اغتالت إسرائيل قائدا بارزا في كتائب القسام بغارة على خان يونس"
    e = _one(ex, text, "ASSAULT", "")
    assert [t.text for t in e.targets] == ["قائدا بارزا في كتائب القسام"] and _codes(e.targets) == ["PSE REB"]


@pytest.mark.parametrize(
    "text, target",
    [
        # the state whose flag a ship flies is its own
        ("احتجزت البحرية الإيرانية ناقلة نفط ترفع علم بنما في مضيق هرمز", "PAN CVL"),
        ("هاجم الحوثيون سفينة شحن تحمل علم مالطا قبالة الحديدة", "MLT CVL"),
        # (control: the flag's adjective reached the ship before)
        ("استهدف الحوثيون سفينة تجارية ترفع العلم الليبيري في خليج عدن", "LBR CVL"),
    ],
)
def test_assemble_a_ship_is_of_the_state_whose_flag_it_flies(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("COERCE", "ASSAULT"))
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text",
    [
        # who welcomes or praises an act after "بـ" did not do it
        "رحبت الحكومة الفرنسية بالإفراج عن الرهائن في مالي",
        "أشادت الخارجية القطرية بإطلاق سراح المعتقلين",
    ],
)
def test_assemble_who_welcomes_an_act_did_not_do_it(ex, text):
    events = ex.extract(text, article_date=DATE)
    welcome = next(e for e in events if e.type == "SUPPORT")
    release = next(e for e in events if e.type == "RETREAT")
    assert welcome.actors and release.actors == () and release.targets


@pytest.mark.parametrize(
    "text, dead",
    [
        # the count after how they were killed is the toll
        ("أعدمت جماعة مسلحة رميا بالرصاص خمسة رهائن في شرق البلاد", 5),
        ("أعدمت السلطات شنقا ثلاثة مدانين بتهم إرهابية", 3),
        ("قتل مسلحون ذبحا راعيا في الجبل", 1),
    ],
)
def test_assemble_the_count_after_how_they_were_killed_is_the_toll(ex, text, dead):
    e = _one(ex, text, "ASSAULT", "")
    assert e.fatalities == dead


@pytest.mark.parametrize(
    "text, actors",
    [
        # "لـ" after a noun the act took names that noun's owner, not the act's
        ("استهدفت غارة بطائرة مسيرة اجتماعا لقادة حركة الشباب قرب كسمايو", []),
        # (controls: after the act's own adjective it names who made it)
        ("وقع هجوم عنيف لمسلحين على القرية", ["--- REB"]),
        ("شنت القوات هجوما مباغتا لقوات الدعم السريع", ["SDN REB"]),
    ],
)
def test_assemble_li_after_a_noun_the_act_took_is_not_its_maker(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # "أسر" with its armed subject first captures the soldiers after it
        ("أسر الجيش الإسرائيلي جنديين سوريين قرب الحدود", "ISR MIL", "SYR MIL"),
        ("أسر مقاتلو الحركة ثلاثة جنود خلال اشتباك في الجبل", "--- REB", "--- MIL"),
    ],
)
def test_assemble_capture_with_its_subject_first(ex, text, actor, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode == "abduct")
    assert _codes(e.actors) == [actor] and _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text",
    [
        # (controls: "أسر" before the families' people is no capture)
        "زار الوزير أسر الشهداء في المدينة",
        "أسر الجنود الأسرى يطالبون بالإفراج عنهم",
    ],
)
def test_assemble_families_are_no_capture(ex, text):
    assert not [e for e in ex.extract(text, article_date=DATE) if e.mode == "abduct"]


@pytest.mark.parametrize(
    "text, sexual",
    [
        # the masculine verb of rape
        ("اغتصب مسلحون امرأة في قرية بإقليم دارفور", True),
        ("اغتصب جنود من الجيش فتاتين في مخيم للنازحين", True),
        # land, power or rights usurped are no sexual violence
        ("اغتصبت إسرائيل الأرض الفلسطينية منذ عقود", False),
        ("اتهمت المعارضة الرئيس بأنه اغتصب السلطة", False),  # (the masculine verb was new)
        # (control: the feminine verb was read before)
        ("اغتصبت عناصر الميليشيا نساء في القرية", True),
    ],
)
def test_assemble_rape_and_usurpation(ex, text, sexual):
    events = ex.extract(text, article_date=DATE)
    assert any(e.mode == "sexual" for e in events) is sexual


@pytest.mark.parametrize(
    "text, target",
    [
        # "أعدم", spelled as a noun is, takes the people after its subject as a verb does
        ("أعدم تنظيم داعش ثلاثة رجال في الرقة", "SYR CVL"),
        # (control: people the lexicon lists were taken before)
        ("أعدم المسلحون خمسة شبان في القرية", "--- CVL"),
    ],
)
def test_assemble_executed_people_after_the_executioner(ex, text, target):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors and _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # two mediators joined are both the actors, not one the other's target; the sides
        # may follow the act they bring about
        ("توسطت قطر ومصر في التوصل إلى هدنة بين إسرائيل وحماس", ["EGY GOV", "QAT GOV"], ["ISR GOV", "PSE REB"]),
        ("توسطت تركيا وروسيا في الإفراج عن الأسرى", ["RUS GOV", "TUR GOV"], []),
    ],
)
def test_assemble_two_mediators(ex, text, actors, targets):
    e = _one(ex, text, "CONSULT", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


def test_assemble_what_mediators_bring_about_is_not_their_act(ex):
    text = "توسطت تركيا وروسيا في الإفراج عن الأسرى"
    release = _one(ex, text, "RETREAT", "")
    assert release.actors == ()


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # the adjective of missiles shot down or intercepted is whose they are, not who downs them
        ("أسقط الجيش الأوكراني صواريخ روسية فوق كييف", "UKR MIL", "RUS MIL"),
        ("أسقطت الدفاعات الجوية السورية صواريخ إسرائيلية في سماء دمشق", "SYR MIL", "ISR MIL"),
        ("اعترضت الدفاعات الجوية السورية صواريخ إسرائيلية في سماء دمشق", "SYR MIL", "ISR MIL"),
        # (controls: a craft the lexicon names as a side, a launcher named after it)
        ("أسقطت الدفاعات الجوية الروسية طائرة مسيرة أوكرانية فوق بيلغورود", "RUS MIL", "UKR MIL"),
        ("اعترضت الدفاعات الجوية صاروخا أطلقته ميليشيا الحوثي", "YEM MIL", "YEM REB"),
    ],
)
def test_assemble_whose_missiles_are_downed(ex, text, actor, target):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == [actor] and _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, protesters",
    [
        # who bans a protest does not hold it
        ("منعت السلطات الأردنية وقفة احتجاجية أمام السفارة", []),
        # (controls: the protesters it stops are named, or whose the sit-in is)
        ("منعت قوات الأمن اعتصاما للعمال أمام الوزارة", ["--- OPP"]),
        ("منعت الشرطة المتظاهرين من تنظيم مسيرة نحو القصر الرئاسي", ["--- OPP"]),
    ],
)
def test_assemble_who_bans_a_protest_does_not_hold_it(ex, text, protesters):
    e = _one(ex, text, "PROTEST", "")
    assert _codes(e.actors) == protesters


@pytest.mark.parametrize(
    "text, actor",
    [
        # al-Azhar and its Grand Imam
        ("ندد الأزهر الشريف بالاعتداء على المصلين في المسجد", "EGY REL"),
        ("طالب شيخ الأزهر المجتمع الدولي بوقف العدوان", "EGY REL"),
    ],
)
def test_assemble_al_azhar(ex, text, actor):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ACCUSE", "REQUEST"))
    assert _codes(e.actors) == [actor]


@pytest.mark.parametrize(
    "text, dead, hurt",
    [
        # the hurt told as "others" are uncounted, and do not take the dead's count
        ("قال المرصد إن 7 عناصر من قوات النظام قتلوا وأصيب آخرون في هجوم على حاجز", 7, None),
        ("قتل 7 عناصر من قوات النظام وأصيب آخرون في هجوم على حاجز", 7, None),
        ("استشهد 12 مواطنا، وأصيب آخرون، في قصف إسرائيلي على خان يونس", 12, None),
        # (control: hurt counted on their own)
        ("قتل 20 شخصا وأصيب 30 آخرون في انفجار سيارة مفخخة", 20, 30),
    ],
)
def test_assemble_others_hurt_are_uncounted(ex, text, dead, hurt):
    e = _one(ex, text, "ASSAULT", "")
    assert (e.fatalities, e.injured) == (dead, hurt)


@pytest.mark.parametrize(
    "text",
    [
        # the act one vows to avenge or answer was told before: no new event, and who fell
        # in it, or where, is not the threat's
        "توعدت الحركة بالانتقام لاغتيال قائدها في بيروت",
        "توعد الحرس الثوري بالانتقام لمقتل المستشارين الإيرانيين في دمشق",
        "توعد الحزب بالثأر لمقتل قائده",
        "توعد الحرس الثوري بالرد على مقتل المستشارين الإيرانيين في دمشق",
    ],
)
def test_assemble_an_act_avenged_is_no_new_event(ex, text):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == ["THREATEN"]
    assert events[0].targets == () and events[0].place is None


@pytest.mark.parametrize(
    "text, modality, actor",
    [
        # what one could not do was not done, and was the subject's
        ("لم تتمكن القوات الحكومية من استعادة السيطرة على البلدة", "negated", "--- MIL"),
        ("لم تتمكن الأمم المتحدة من إيصال المساعدات إلى المخيم", "negated", "UNO UNO"),
        # (control: what one could do was done)
        ("تمكنت القوات من السيطرة على البلدة", "asserted", "--- MIL"),
    ],
)
def test_assemble_what_one_could_not_do(ex, text, modality, actor):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.modality.value == modality and _codes(e.actors) == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # the cause of what was not done happened
        "لم تصل المساعدات بسبب القصف",
        "لم يعد السكان نتيجة القصف",
        # (controls: past the negation's reach)
        "لم تتمكن فرق الإنقاذ من الوصول إلى المنطقة بسبب القصف",
        "لم يتمكن الأهالي من العودة إلى منازلهم نتيجة القصف المتواصل",
    ],
)
def test_assemble_the_cause_of_what_was_not_done_happened(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.modality == ce.Modality.ASSERTED


@pytest.mark.parametrize(
    "text",
    [
        # who succeeds in foiling or repelling an attack did not make it
        "نجحت قوات الأمن في إحباط هجوم انتحاري كان يستهدف كنيسة",
        "تمكنت الشرطة من إحباط هجوم على مركز أمني",
    ],
)
def test_assemble_who_foils_an_attack_after_a_verb_of_success(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.modality == ce.Modality.NEGATED and e.actors == ()


@pytest.mark.parametrize(
    "text, kept",
    [
        # a truce or an agreement that ended or broke down is no new one
        ("استأنف الجيش غاراته على المدينة بعد انتهاء الهدنة", []),
        ("انهارت الهدنة بين الطرفين بعد ساعات من إعلانها", []),
        ("مع انتهاء الهدنة الإنسانية تجدد القصف على المخيم", []),
        # (control: one extended was made)
        ("أعلنت الأطراف تمديد الهدنة يومين إضافيين", ["الهدنة"]),
    ],
)
def test_assemble_a_truce_that_ended_is_no_new_one(ex, text, kept):
    events = ex.extract(text, article_date=DATE)
    assert [e.trigger.text for e in events if e.mode == "ceasefire"] == kept


@pytest.mark.parametrize(
    "text",
    [
        # what a protest is dispersed with, past whose protest it is, is that dispersal
        "قمعت قوات الأمن احتجاجات الطلاب بالغاز المسيل للدموع",
        "فرقت الشرطة مظاهرة المعلمين بالرصاص المطاطي",
        # (control: right after the protesters)
        "فرقت قوات الأمن المحتجين بالغاز المسيل للدموع",
    ],
)
def test_assemble_what_a_protest_is_dispersed_with(ex, text):
    assaults = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(assaults) == 1 and _codes(assaults[0].actors) == ["--- COP"]


@pytest.mark.parametrize(
    "text, actor",
    [
        # a coalition named bare is the one that fights where the sentence is
        ("شنت مقاتلات التحالف غارات على مواقع الحوثيين في صعدة", "SAU MIL"),
        ("قتل خمسة مدنيين في غارة لطيران التحالف على الحديدة", "SAU MIL"),
        ("قصفت قوات التحالف مواقع لتنظيم داعش في دير الزور", "IGO MIL"),
        # (control: named in full)
        ("قصفت طائرات التحالف العربي مواقع في صعدة", "SAU MIL"),
    ],
)
def test_assemble_a_coalition_named_bare(ex, text, actor):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == [actor]


def test_assemble_a_bare_coalition_accused_in_yemen(ex):
    e = next(e for e in ex.extract("اتهمت جماعة الحوثي التحالف بشن غارات على مدينة حجة", article_date=DATE)
             if e.type == "ACCUSE")
    assert [(t.name, t.country, t.sector) for t in e.targets] == [("Saudi-led coalition", "SAU", "MIL")]


@pytest.mark.parametrize(
    "text, target",
    [
        ("أسقط الحوثيون طائرة استطلاع في صعدة", "طائرة استطلاع"),
        ("أسقطت الدفاعات الجوية الإيرانية طائرة تجسس أمريكية فوق مضيق هرمز", "طائرة تجسس أمريكية"),
    ],
)
def test_assemble_a_reconnaissance_plane_downed_is_the_target(ex, text, target):
    e = _one(ex, text, "ASSAULT", "أسقط")
    assert [t.text for t in e.targets] == [target] and e.targets[0].sector == "MIL"


@pytest.mark.parametrize(
    "text, target",
    [
        # the coalition after a preposition, a plane's owner
        ("أسقط الحوثيون طائرة استطلاع تابعة للتحالف في محافظة صعدة", "SAU MIL"),
        ("أسقطت الدفاعات الجوية طائرة تابعة للتحالف في ريف حلب", "IGO MIL"),
        # (control: named in full)
        ("أسقط الحوثيون طائرة تابعة للتحالف العربي في صعدة", "SAU MIL"),
    ],
)
def test_assemble_a_bare_coalition_after_a_preposition(ex, text, target):
    assert _codes(_one(ex, text, "ASSAULT", "أسقط").targets) == [target]


@pytest.mark.parametrize(
    "text, place",
    [
        # the host is where talks are held
        ("استضافت الدوحة جولة جديدة من المحادثات بين واشنطن وطالبان", "Doha"),
        ("تستضيف القاهرة اجتماعا لوزراء الخارجية العرب الأسبوع المقبل", "Cairo"),
        # (past a time, and named as the state's capital)
        ("تستضيف الدوحة الأسبوع المقبل جولة جديدة من المفاوضات بين حماس وإسرائيل", "Doha"),
        ("استضافت العاصمة القطرية الدوحة جولة جديدة من المفاوضات بين حماس وإسرائيل", "Doha"),
        # (control: "في" before the place)
        ("عقدت في جنيف جولة جديدة من المحادثات بين الطرفين", "Geneva"),
    ],
)
def test_assemble_the_host_is_where_talks_are(ex, text, place):
    e = _one(ex, text, "CONSULT", "")
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a bare "عمان", where nothing votes for either, is Amman
        ("تظاهر الآلاف في عمان تضامنا مع المخيمات", "Amman"),
        ("قتل شخصان في انفجار في عمان", "Amman"),
        # (controls: Oman named in full, or voted for by the sentence)
        ("اجتمع الوزيران في سلطنة عمان", "Oman"),
        ("التقى وزير الخارجية العماني نظيره الإيراني في عمان", "Oman"),
    ],
)
def test_assemble_a_bare_amman(ex, text, place):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the state right after "اتهام", before the charge with "بـ", is the accused
        ("جددت الحكومة الكونغولية اتهام رواندا بدعم المتمردين", ["COD GOV"], ["RWA GOV"]),
        ("أثار اتهام رواندا بدعم المتمردين توترا في المنطقة", [], ["RWA GOV"]),
        # and the state that denies it is no accuser
        ("نفت كيغالي اتهام رواندا بدعم المتمردين", [], ["RWA GOV"]),
        # (controls: two states after it, the first accuses the second; the plural's
        # genitive is whose accusations they are)
        ("تصاعد التوتر بعد اتهام واشنطن بكين بالتجسس", ["USA GOV"], ["CHN GOV"]),
        ("رفضت ميانمار اتهامات غامبيا بارتكاب إبادة جماعية", ["GMB GOV"], ["MMR GOV"]),
    ],
)
def test_assemble_the_accused_before_the_charge(ex, text, actors, targets):
    e = _one(ex, text, "ACCUSE", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, dead, hurt",
    [
        # the dual of the dead or the hurt counts two
        ("سقط قتيلان وعدد من الجرحى في اشتباكات بين قوات الأمن ومسلحين", 2, 10),
        ("أسفر الهجوم عن سقوط قتيلين في البلدة", 2, None),
        ("قتل 3 وسقط جريحان في انفجار عبوة", 3, 2),
    ],
)
def test_assemble_the_dual_of_the_dead_counts_two(ex, text, dead, hurt):
    e = _one(ex, text, "ASSAULT", "")
    assert (e.fatalities, e.injured) == (dead, hurt)


@pytest.mark.parametrize(
    "text, place, country",
    [
        # regions of today's conflicts the gazetteer's cities lack
        ("قتل عشرة أشخاص في هجوم على قرية في ولاية مانيبور", "Manipur", "IND"),
        ("هاجم مسلحون بلدة في مقاطعة مانديرا شمال شرق كينيا", "Mandera", "KEN"),
        ("تبنى تنظيم داعش هجوما على حاجز في ولاية ننغرهار", "Nangarhar", "AFG"),
        ("قتل خمسة جنود في هجوم على موقع عسكري في إقليم البنجاب الباكستاني", "Punjab (Pakistan)", "PAK"),
    ],
)
def test_assemble_regions_of_todays_conflicts(ex, text, place, country):
    e = _one(ex, text, "ASSAULT", "")
    assert (e.place.name, e.place.country) == (place, country)


@pytest.mark.parametrize(
    "text, actor, name",
    [
        # armed groups of today's conflicts
        ("هاجمت حركة حسم كمينا للشرطة في محافظة الفيوم", "EGY REB", "Hasm Movement"),
        ("تبنى جيش العدل هجوما على مركز للشرطة في زاهدان", "IRN REB", "Jaish al-Adl"),
        ("أعلنت ألوية العمالقة سيطرتها على مديرية بيحان", "YEM MIL", "Giants Brigades"),
        ("خطف جيش الرب للمقاومة عشرات الأطفال في قرية نائية", "UGA REB", "Lord's Resistance Army (LRA)"),
    ],
)
def test_assemble_armed_groups_of_todays_conflicts(ex, text, actor, name):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == [actor] and name in [a.name for a in e.actors]


def test_assemble_the_town_an_earlier_sentence_named():
    # "المدينة" in a sentence that names no town is the town an earlier one named last, and
    # a side of it is that side
    ex = ce.Extractor()
    text = ("سيطرت قوات الدعم السريع على مدينة ود مدني. وقال شهود إن اشتباكات عنيفة اندلعت في "
            "المدينة مساء السبت. وقصف الجيش تجمعات للقوات المهاجمة شرق المدينة.")
    first, clash, shelling = ex.extract(text, article_date=DATE)
    assert (clash.place.name, clash.place.text, clash.place.relation) == ("Wad Medani", "المدينة", None)
    assert (shelling.place.name, shelling.place.text, shelling.place.relation) == ("Wad Medani", "شرق المدينة", "east")
    assert text[clash.place.start_char:clash.place.end_char] == "المدينة"


def test_assemble_a_town_named_here_is_before_an_earlier_one(ex):
    # (control: the town the sentence itself names)
    text = "قصفت الطائرات مدينة حلب. ثم قصفت مدينة إدلب وقتل خمسة مدنيين في المدينة."
    last = ex.extract(text, article_date=DATE)[-1]
    assert last.place.name == "Idlib"


def test_assemble_a_state_is_her_whom_a_participle_threatens(ex):
    # "إياها" after a participle may name a state told before
    text = 'وحمّل الحزب إسرائيل "المسؤولية الكاملة عن الاعتداء"، متوعدا إياها بالرد'
    e = _one(ex, text, "THREATEN", "")
    assert _codes(e.targets) == ["ISR GOV"]


def test_assemble_the_sides_read_for_a_mediation_are_not_the_acts(ex):
    text = "تبادلت أرمينيا وأذربيجان، صباح اليوم، عشرات الأسرى بوساطة من دولة قطر"
    e = _one(ex, text, "RETREAT", "")
    assert _codes(e.actors) == ["ARM GOV", "AZE GOV"] and e.targets == ()


@pytest.mark.parametrize(
    "text, visitor",
    [
        # who arrives in a capital to visit it is not of its state
        ("وصل الوفد فجر اليوم إلى القاهرة", "--- GOV"),
        ("يصل المبعوث إلى دمشق بعد غد", "--- GOV"),
        # (control: a visitor of a state named)
        ("وصل الوفد الإسرائيلي إلى القاهرة لإجراء محادثات", "ISR GOV"),
    ],
)
def test_assemble_who_arrives_to_visit_is_not_of_the_capital(ex, text, visitor):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode == "visit")
    assert _codes(e.actors) == [visitor]


@pytest.mark.parametrize(
    "text",
    [
        # who asks or accuses a state it names is not of that state
        "ووصف الوزير الهجوم بأنه عمل جبان، وطالب طهران بوقف دعمها للمسلحين",
        "وأدانت الوزارة القصف، داعية واشنطن إلى احترام سيادة البلاد",
        "دعا الأمين العام جميع الأطراف إلى حماية المدنيين، وحث بنغلاديش على فتح حدودها",
    ],
)
def test_assemble_who_addresses_a_state_is_not_of_it(ex, text):
    requests = [e for e in ex.extract(text, article_date=DATE) if e.type == "REQUEST"]
    e = next(e for e in requests if e.targets and e.targets[0].country is not None)
    assert [a.country for a in e.actors] == [None]


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # a joined verb's definite phrase with another side right after it is its own subject
        ("قصفت القوات السورية مواقع في إدلب وطالبت الحكومة السورية تركيا بالانسحاب", "SYR GOV", "TUR GOV"),
        ("اقتحمت القوات البلدة واعتقلت الشرطة ثلاثة شبان", "--- COP", "--- CVL"),
        # (control: one phrase after it is its object, the subject carried)
        ("هاجمت سفن حربية منصتين نفطيتين وأغرقت فرقاطة", "--- MIL", "--- MIL"),
    ],
)
def test_assemble_a_joined_verbs_own_subject(ex, text, actor, target):
    e = ex.extract(text, article_date=DATE)[1]
    assert _codes(e.actors) == [actor] and _codes(e.targets) == [target]


def test_assemble_a_state_is_her_whose_act_a_pronoun_names(ex):
    # "ها" on a verbal noun may name a state told before as its agent
    text = "ووصف الوزير الهجوم بأنه عمل جبان، وطالب طهران بوقف دعمها للمسلحين"
    e = _one(ex, text, "SUPPORT", "")
    assert _codes(e.actors) == ["IRN GOV"]


@pytest.mark.parametrize(
    "text, striker",
    [
        # who enters a strike strikes, past a count
        ("دخل عشرات الأسرى الفلسطينيين في إضراب مفتوح عن الطعام", "PSE CVL"),
        ("دخل 50 معتقلا في إضراب عن الطعام احتجاجا على ظروف احتجازهم", "--- CVL"),
        # (control: with no count)
        ("دخل المعتقلون في إضراب عن الطعام", "--- CVL"),
    ],
)
def test_assemble_who_enters_a_strike_past_a_count(ex, text, striker):
    e = _one(ex, text, "PROTEST", "")
    assert _codes(e.actors) == [striker]


@pytest.mark.parametrize(
    "text, actor",
    [
        # "الخزانة" with the article is the ministry
        ("أدرجت الخزانة الأمريكية قادة في حزب الله على قائمة العقوبات", "USA GOV"),
        ("فرضت الخزانة الأمريكية عقوبات على شركات إيرانية", "USA GOV"),
    ],
)
def test_assemble_the_treasury(ex, text, actor):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION"]
    assert [_codes(e.actors) for e in events] == [[actor]]


@pytest.mark.parametrize(
    "text, acts",
    [
        # nouns joined by "و" are objects of one light verb, and its subject's
        ("أعلنت الحكومة السودانية حالة الطوارئ وحظر التجول في الخرطوم", ["SDN GOV", "SDN GOV"]),
        ("أعلنت باكستان طرد السفير الهندي وتعليق التبادل التجاري مع الهند", ["PAK GOV", "PAK GOV"]),
    ],
)
def test_assemble_nouns_joined_after_one_light_verb(ex, text, acts):
    events = ex.extract(text, article_date=DATE)
    assert [_codes(e.actors)[0] if e.actors else None for e in events] == acts


@pytest.mark.parametrize(
    "text, target",
    [
        # arms kept from a state: the state after "إلى", past the goods
        ("أوقفت ألمانيا صادرات الأسلحة إلى السعودية", "SAU GOV"),
        ("علقت بريطانيا تصدير الأسلحة إلى إسرائيل", "ISR GOV"),
        ("حظرت كندا تصدير الأسلحة إلى إسرائيل", "ISR GOV"),
    ],
)
def test_assemble_arms_kept_from_a_state(ex, text, target):
    e = _one(ex, text, "SANCTION", "")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, target",
    [
        # the state whose goods or trade a sanction hits, by their adjective
        ("فرضت الولايات المتحدة حظرا على استيراد النفط الإيراني", "IRN GOV"),
        ("فرض الاتحاد الأوروبي عقوبات على قطاع النفط الروسي", "RUS GOV"),
        ("فرضت واشنطن عقوبات على البنك المركزي السوري", "SYR GOV"),
        # (control: people named with their state)
        ("فرضت بريطانيا عقوبات على مستوطنين إسرائيليين", "ISR CVL"),
    ],
)
def test_assemble_whose_goods_a_sanction_hits(ex, text, target):
    e = _one(ex, text, "SANCTION", "")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, target",
    [
        # a pardon releases
        # (the prisoners of the state whose head pardons them)
        ("عفا الرئيس الجزائري عن آلاف السجناء بمناسبة عيد الاستقلال", "DZA CVL"),
        ("عفا الملك عن المعتقلين السياسيين", "--- CVL"),
    ],
)
def test_assemble_a_pardon_releases(ex, text, target):
    e = _one(ex, text, "RETREAT", "")
    assert e.mode == "release" and e.actors and _codes(e.targets) == [target]


def test_assemble_what_time_has_passed_by_is_no_pardon(ex):
    # (control: "عفا عليه الزمن", outdated, has no "عن")
    assert ex.extract("قال إن هذا الأسلوب عفا عليه الزمن", article_date=DATE) == []


@pytest.mark.parametrize(
    "text",
    [
        # "القوات الأفريقية" are the African Union's
        "هاجم مسلحون من حركة الشباب قاعدة للقوات الأفريقية في جنوب الصومال",
        "قتل جنديان من القوات الأفريقية في انفجار عبوة ناسفة",
    ],
)
def test_assemble_the_african_forces(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.targets) == ["IGO MIL"]


@pytest.mark.parametrize(
    "text, target",
    [
        # who is sentenced, after "على", before the sentence
        ("حكم على الناشطة بالسجن عشر سنوات بتهمة المساس بأمن الدولة", "--- OPP"),
        ("وحكم على ثلاثة متهمين بالإعدام في قضية التفجير", "--- CVL"),
        # (control: with the court named)
        ("حكمت المحكمة على الناشطة بالسجن عشر سنوات", "--- OPP"),
    ],
)
def test_assemble_who_is_sentenced_before_the_sentence(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode == "convict")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, target",
    [
        # a launch pad struck is a military site, no launch
        ("دمرت الطائرات منصة إطلاق صواريخ في جنوب لبنان", "--- REB"),
        ('وقال المتحدث إن "قواتنا دمرت خمس منصات لإطلاق الصواريخ"', "--- REB"),
        # and a judge killed is of the judiciary
        ("اغتال مسلحون مجهولون قاضيا في مدينة درنة", "--- JUD"),
    ],
)
def test_assemble_launch_pads_and_judges(ex, text, target):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert len(events) == 1 and [t.sector for t in events[0].targets] == [target.split()[1]]


@pytest.mark.parametrize(
    "text",
    [
        # donors are states, of no one country
        "تعهد المانحون بتقديم 1.5 مليار دولار لدعم لبنان",
        "قدم المانحون الدوليون مساعدات بقيمة 500 مليون دولار لليمن",
    ],
)
def test_assemble_donors(ex, text):
    e = _one(ex, text, "AID", "")
    assert _codes(e.actors) == ["--- GOV"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # supplying or arming someone is aid, and whom is the noun's genitive
        ("اتهمت كييف طهران بتزويد القوات الروسية بطائرات مسيرة", ["IRN GOV"], ["RUS MIL"]),
        ("تعهدت بريطانيا بتسليح الجيش الأوكراني", ["GBR GOV"], ["UKR MIL"]),
        ("أعلنت باريس تزويد الجيش اللبناني بمعدات عسكرية", ["FRA GOV"], ["LBN MIL"]),
        # its pronoun is whom it supplies
        ("اتهمت الحكومة الصومالية إريتريا بتدريب المسلحين وتزويدهم بالأسلحة", ["ERI GOV"], ["SOM REB"]),
        # the accused may be the pronoun of the accusation right before
        ("فرضت واشنطن عقوبات على شركات صينية تتهمها بتزويد روسيا بالرقائق", ["CHN BUS"], ["RUS GOV"]),
    ],
)
def test_assemble_supplying_and_arming(ex, text, actors, targets):
    e = _one(ex, text, "AID", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


def test_assemble_armament_is_no_aid(ex):
    # (a control: the definite noun after an adjective is armament, no one armed)
    assert "AID" not in _types(ex, "تواجه الحكومة خصوما شديدي التسليح في الجبال")


@pytest.mark.parametrize(
    "text, actors",
    [
        # closing a newspaper or a channel's offices is censorship
        ("أغلقت السلطات الجزائرية مكاتب صحيفة مستقلة في العاصمة", ["DZA GOV"]),
        ("قررت الحكومة إغلاق مكتب صحيفة أجنبية", ["--- GOV"]),  # (a control: one office was known)
        ("أغلقت الشرطة مكاتب قناة تلفزيونية خاصة", ["--- COP"]),
    ],
)
def test_assemble_closing_the_press(ex, text, actors):
    e = _one(ex, text, "COERCE", "")
    assert e.mode == "censor" and _codes(e.actors) == actors


def test_assemble_closing_ones_own_offices_is_no_censorship(ex):
    # (a control)
    assert "COERCE" not in _types(ex, "أغلقت الأمم المتحدة مكاتبها في المدينة بسبب القتال")


@pytest.mark.parametrize(
    "text",
    [
        # a migrant, the singular counted past a hundred or with a nationality
        "رحلت السلطات التونسية 150 مهاجر إلى بلدانهم",
        "اعتقلت الشرطة مهاجر سوداني في العاصمة",
    ],
)
def test_assemble_a_migrant_is_a_target(ex, text):
    e = _one(ex, text, "COERCE", "")
    assert [t.sector for t in e.targets] == ["REF"]


@pytest.mark.parametrize(
    "text",
    [
        # an act that caused the subject's own is not the subject's
        "أغلقت الأمم المتحدة مكاتبها في المدينة بسبب القتال",
        "علقت المنظمة عملياتها الإنسانية بسبب القصف المستمر",
        "أجلت السفارة رعاياها من جراء الاشتباكات",
    ],
)
def test_assemble_the_cause_is_not_the_subjects_act(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the death that resulted, named by its pronoun: one, or two in the dual
        ("أطلق الجنود النار على سائق شاحنة عند الحاجز ما أدى إلى استشهاده", 1),
        ("قصفت مسيرة سيارة الصحفيين في خان يونس ما أسفر عن مقتلهما", 2),
        # (a control: the plural pronoun counts no one)
        ("استهدفت غارة سيارة المسلحين قرب الحدود ما أدى إلى مقتلهم", None),
    ],
)
def test_assemble_a_death_told_by_its_pronoun(ex, text, fatalities):
    e = _one(ex, text, "ASSAULT", "")
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, actors, place",
    [
        # the forces among the sending verb's words are those sent, not who sends them
        ("أكد المتحدث أن لندن لن ترسل قوات برية إلى السودان", ["GBR GOV"], "Sudan"),
        ("قال الوزير إن ألمانيا سترسل قوات إلى ليتوانيا", ["DEU GOV"], "Lithuania"),
        # (a control: forces deploying deploy themselves)
        ("انتشرت قوات الجيش في شوارع الخرطوم", ["SDN MIL"], "Khartoum"),
    ],
)
def test_assemble_forces_sent(ex, text, actors, place):
    e = _one(ex, text, "MOBILIZE", "")
    assert _codes(e.actors) == actors and e.place.name == place


@pytest.mark.parametrize(
    "text, targets, date",
    [
        # a storming amid clashes is part of them, and gives them its time and what it storms
        ("اقتحمت قوات الاحتلال مخيم جنين فجر اليوم وسط اشتباكات عنيفة", ["PSE REF"], "2016-08-30"),
        ("اقتحم الجيش بلدة في ريف درعا أمس وسط اشتباكات عنيفة", [], "2016-08-29"),
        # (the clash's own side stays its target, of the camp's country)
        ("اقتحمت قوات الاحتلال مخيم بلاطة فجر اليوم وسط اشتباكات مع مسلحين", ["PSE REB"], "2016-08-30"),
    ],
)
def test_assemble_a_storming_amid_clashes(ex, text, targets, date):
    e = _one(ex, text, "ASSAULT", "اشتباكات")
    assert _codes(e.targets) == targets and str(e.date.start) == date


@pytest.mark.parametrize(
    "text",
    [
        # resistance fighters, indefinite, are an armed side, and a special unit the army's
        "اقتحمت قوات الاحتلال مخيم نور شمس وسط اشتباكات مع مقاومين",
        "اغتالت وحدة خاصة إسرائيلية ثلاثة مقاومين في مستشفى بالضفة",
    ],
)
def test_assemble_resistance_fighters(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert [a.code for a in e.actors] == ["ISR MIL"] and [t.sector for t in e.targets] == ["REB"]


@pytest.mark.parametrize(
    "text, actors, targets, fatalities",
    [
        # those assassinated are killed, counted as the killed of "قتل" are
        ("اغتالت طائرة مسيرة قياديين اثنين في الحركة", ["--- MIL"], ["--- ---"], 2),
        ("اغتال مسلحون مجهولون ضابطا في الشرطة قرب منزله", ["--- REB"], ["--- COP"], 1),
        # what the killers ride is neither the killed nor the target
        ("قتل مسلحون على دراجة نارية شرطيا في كراتشي", ["PAK REB"], ["PAK COP"], 1),
        ("اغتال مسلحون يستقلون سيارة رباعية الدفع ضابطا في الجيش", ["--- REB"], ["--- MIL"], 1),
    ],
)
def test_assemble_assassinations_counted(ex, text, actors, targets, fatalities):
    e = _one(ex, text, "ASSAULT", "")
    assert (_codes(e.actors), _codes(e.targets), e.fatalities) == (actors, targets, fatalities)


@pytest.mark.parametrize(
    "text",
    [
        # a launch in a test is a show of weapons, no attack
        "أطلقت بيونغ يانغ صاروخا باليستيا جديدا في تجربة هي الثالثة هذا الشهر",
        "أجرت باكستان تجربة صاروخية ناجحة أطلقت خلالها صاروخا قادرا على حمل رؤوس نووية",
    ],
)
def test_assemble_a_launch_in_a_test(ex, text):
    assert "ASSAULT" not in _types(ex, text) and "MOBILIZE" in _types(ex, text)


def test_assemble_a_launch_at_someone_is_an_attack(ex):
    # (a control)
    assert "ASSAULT" in _types(ex, "أطلقت حركة الجهاد الإسلامي صواريخ على مستوطنات غلاف غزة في اختبار لرد إسرائيل")


@pytest.mark.parametrize(
    "text, place",
    [
        # a town an attack is aimed at, after "على", is where it is
        ("أطلق الحوثيون صاروخا على إيلات فجر اليوم", "Eilat"),
        ("شنت المقاتلات غارات على سنجار شمالي العراق", "Sinjār"),
        ("وقال الجيش إن المسلحين كثفوا هجماتهم بالمسيرات على مأرب", "Ma'rib"),
    ],
)
def test_assemble_a_town_attacked_is_the_place(ex, text, place):
    e = _one(ex, text, "ASSAULT", "")
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize(("text", "trigger"), [
    ("فرضت واشنطن عقوبات على شركات هندية تزود إيران بقطع غيار الطائرات", "تزود"),
    ("أفرجت كييف عن 20 أسيرا روسيا مقابل إطلاق موسكو سراح 20 جنديا أوكرانيا", "أفرجت"),
])
def test_assemble_a_capital_subject_of_another_act_is_no_place(ex, text, trigger):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert e.place is None


def test_assemble_the_release_in_exchange_is_the_other_sides(ex):
    text = "أفرجت كييف عن 20 أسيرا روسيا مقابل إطلاق موسكو سراح 20 جنديا أوكرانيا"
    e = _one(ex, text, "RETREAT", "إطلاق")
    assert _codes(e.actors) == ["RUS GOV"] and _codes(e.targets) == ["UKR MIL"]


@pytest.mark.parametrize(
    "text",
    [
        # a declaration signed is an agreement
        "وقع الطرفان إعلانا لحماية المدنيين في جنيف",
        "وكانت الحكومة والفصائل قد وقعت إعلانا لوقف العدائيات",
    ],
)
def test_assemble_a_declaration_signed(ex, text):
    assert "AGREE" in _types(ex, text)


def test_assemble_the_sides_an_earlier_sentence_told(ex):
    # "الطرفين" in a sentence that names no two sides are those of the last act between two
    text = ("اندلعت اشتباكات عنيفة بين الجيش الصومالي ومقاتلي حركة الشباب في إقليم هيران. "
            "ودعا الاتحاد الأفريقي الطرفين إلى وقف القتال.")
    e = _one(ex, text, "REQUEST", "")
    assert _codes(e.targets) == ["SOM MIL", "SOM REB"] and {t.text for t in e.targets} == {"الطرفين"}
    # (controls: with no such act told before, they stay no one, and so do all the parties
    # concerned, however many)
    e = _one(ex, "ودعا الاتحاد الأفريقي الطرفين إلى وقف القتال.", "REQUEST", "")
    assert _codes(e.targets) == ["--- ---"]
    text = text.replace("الطرفين", "جميع الأطراف المعنية")
    e = _one(ex, text, "REQUEST", "")
    assert _codes(e.targets) == ["--- ---"]


@pytest.mark.parametrize(
    "text, targets",
    [
        # an act that is the subject of "استهدف", "طال": what follows is the verb's object
        ("استهدف هجوم صاروخي قاعدة عسكرية أمريكية في شرق سوريا", ["USA MIL"]),
        ("استهدف هجوم انتحاري الجنود الباكستانيين قرب الحدود", ["PAK MIL"]),
    ],
)
def test_assemble_the_act_as_the_subject_of_targeting(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors == () and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, place",
    [
        # the city an act shook is where it was, not a government it struck
        ("هز انفجار ضخم مدينة كابول صباح اليوم", "Kabul"),
        ("وهزت سلسلة انفجارات العاصمة الأوكرانية كييف ليلا", "Kyiv"),
    ],
)
def test_assemble_the_city_an_act_shook_is_its_place(ex, text, place):
    e = _one(ex, text, "ASSAULT", "انفجار")
    assert e.targets == () and e.place.name == place


def test_assemble_what_an_act_shook_may_be_its_target(ex):
    # (a control) a building shaken is what it hit
    e = _one(ex, "هز انفجار مقر الشرطة في مدينة قندهار", "ASSAULT", "انفجار")
    assert _codes(e.targets) == ["AFG COP"]


@pytest.mark.parametrize(
    "text",
    [
        # a nationality past a noun after the act is that noun's, not the act's maker
        "هز انفجار عنيف العاصمة الصومالية مقديشو صباح اليوم",
        "استهدف هجوم صاروخي القاعدة الأمريكية في شرق سوريا",
    ],
)
def test_assemble_a_nisba_past_a_noun_is_the_nouns(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, targets",
    [
        # a chargée d'affaires summoned is a summons too
        ("استدعت وزارة الخارجية القائمة بالأعمال الهولندية وأبلغتها احتجاجها", ["NLD GOV"]),
        ("استدعت الحكومة القائمة بالأعمال السويدية للاحتجاج على حرق المصحف", ["SWE GOV"]),
    ],
)
def test_assemble_a_chargee_daffaires_summoned(ex, text, targets):
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ["ACCUSE"]
    e = _one(ex, text, "ACCUSE", "استدعت")
    assert e.mode == "disapprove" and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # the object pronoun of a verb joined to another is that verb's object, not the
        # subject the two share
        ("قصفت المدفعية المدرسة الوحيدة في البلدة ودمرتها", "دمرتها", "المدرسة"),
        ("قصفت الطائرات الحربية المستشفى الوطني ودمرته بالكامل", "دمرته", "المستشفى"),
        # (a control) one whose pronoun finds a person is unchanged
        ("اعتقلت الشرطة الناشطة واتهمتها بالتحريض على العنف", "اتهمتها", "الناشطة"),
    ],
)
def test_assemble_a_joined_verbs_object_pronoun_is_the_object_before(ex, text, trigger, target):
    e = next(x for x in ex.extract(text, article_date=DATE) if x.trigger.text == trigger)
    assert [t.text for t in e.targets] == [target] and e.actors[0].text != target


@pytest.mark.parametrize(
    "text, actors",
    [
        # a professional union is one actor of its profession, not a union acting on it
        ("طالبت نقابة المحامين بالإفراج عن الناشطين المعتقلين", ["--- CVL"]),
        ("دعت نقابة الأطباء الحكومة إلى حماية المستشفيات", ["--- MED"]),
        ("نددت نقابة الصحفيين بالاعتداء على المراسلين", ["--- JRN"]),
        # Amnesty without "الدولية"
        ("دعت منظمة العفو السلطات إلى الإفراج عن المحتجين", ["NGO HRI"]),
    ],
)
def test_assemble_unions_of_professions_and_amnesty(ex, text, actors):
    e = _one(ex, text, ex.extract(text, article_date=DATE)[0].type, "")
    assert _codes(e.actors) == actors and text.split()[1:3] == e.actors[0].text.split()


@pytest.mark.parametrize(
    "text, types",
    [
        # an end of arrests, expulsions or executions called for or announced is no such act
        ("دعت منظمة العفو الدولية إلى وقف إعدام المعتقلين السياسيين", ["REQUEST"]),
        ("طالبت نقابة المحامين بإنهاء الاعتقالات التعسفية بحق الناشطين", ["REQUEST"]),
        ("دعا مجلس حقوق الإنسان إلى وقف تنفيذ أحكام الإعدام في البلاد", ["REQUEST"]),
        ("أعلنت السلطات وقف عمليات الترحيل القسري للاجئين", []),
        # (a control) arrests called for are requested
        ("دعت المنظمة إلى اعتقال المتورطين في الهجوم", ["REQUEST", "COERCE"]),
    ],
)
def test_assemble_an_end_of_arrests_or_executions_is_no_such_act(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, etype",
    [
        # death sentences passed are sentences, carried out they are killings
        ("أصدرت محكمة عسكرية أحكاما بالإعدام على 25 جنديا بتهمة الفرار", "SANCTION"),
        ("نفذت السلطات أحكام الإعدام بحق 12 مدانا في سجن المدينة", "ASSAULT"),  # (a control)
    ],
)
def test_assemble_death_sentences_in_the_plural(ex, text, etype):
    assert _types(ex, text) == [etype]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the executed named right after the noun are counted
        ("أعلنت السلطات الإيرانية إعدام رجل أدين بالتجسس", 1),
        ("أعلنت وزارة الداخلية إعدام ثلاثة مدانين بتهم إرهابية", 3),
    ],
)
def test_assemble_the_executed_counted(ex, text, fatalities):
    assert _one(ex, text, "ASSAULT", "إعدام").fatalities == fatalities


@pytest.mark.parametrize(
    "text",
    [
        # an operation that killed and arrested is an attack, with its toll
        "أعلن الجيش النيجيري مقتل 25 مسلحا واعتقال 40 آخرين في عملية عسكرية بولاية بورنو",
        "قتلت قوات الأمن 25 مسلحا واعتقلت 40 آخرين في عملية أمنية شمال البلاد",
    ],
)
def test_assemble_an_operation_that_killed_and_arrested(ex, text):
    e = _one(ex, text, "ASSAULT", "عملية")
    assert e.fatalities == 25 and [t.sector for t in e.targets] == ["REB"]


@pytest.mark.parametrize(
    "text, codes",
    [
        # a state named as a university's name is no context
        ("فرقت الشرطة اعتصاما للطلاب في جامعة جورجيا", ["--- COP"]),
        # (a control: the place's state wins anyway)
        ("فرقت الشرطة اعتصاما للطلاب في جامعة كولومبيا بمدينة نيويورك", ["USA COP"]),
    ],
)
def test_assemble_a_university_named_after_a_state(ex, text, codes):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == codes


@pytest.mark.parametrize(
    "text, place",
    [
        # off a coast is where
        ("استهدف الحوثيون سفينة شحن قبالة سواحل سلطنة عمان", "Oman"),
        ("هاجم قراصنة ناقلة نفط قبالة ساحل الصومال", "Somalia"),
    ],
)
def test_assemble_off_the_coast(ex, text, place):
    e = _one(ex, text, "ASSAULT", "")
    assert e.place is not None and e.place.name == place


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # talks held "by phone" are one call
        ("بحث وزير الخارجية الأردني مع نظيره الأمريكي هاتفيا الأوضاع في المنطقة", ["JOR GOV"], ["USA GOV"]),
        ("تباحث ولي العهد السعودي والرئيس الفرنسي هاتفيا حول الحرب في السودان", ["SAU GOV"], ["FRA GOV"]),
    ],
)
def test_assemble_talks_by_phone(ex, text, actors, targets):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT"]
    assert [(e.mode, _codes(e.actors), _codes(e.targets)) for e in events] == [("phone", actors, targets)]


@pytest.mark.parametrize(
    "text",
    [
        # a Merkava is an Israeli tank, what an attack hits
        "أعلنت سرايا القدس تفجير دبابة ميركافا بعبوة ناسفة شرق خان يونس",
        "قال حزب الله إن مقاتليه استهدفوا دبابتي ميركافا قرب موقع المالكية",
    ],
)
def test_assemble_a_merkava_is_israels(ex, text):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.targets) == ["ISR MIL"] and "ISR MIL" not in _codes(e.actors)


@pytest.mark.parametrize(
    "text, etype, codes",
    [
        # soldiers in Palestinian places are Israel's: Palestine has no army
        ("اقتحم الجيش مخيم الفارعة جنوب طوباس فجر اليوم", "COERCE", ["ISR MIL"]),
        ("أصيب جنديان في عملية دهس قرب مدينة الخليل", "ASSAULT", ["ISR MIL"]),
        # (a control: its security forces are its own)
        ("اعتقلت الأجهزة الأمنية الفلسطينية ثلاثة ناشطين في نابلس", "COERCE", ["PSE COP"]),
    ],
)
def test_assemble_soldiers_in_palestine(ex, text, etype, codes):
    e = _one(ex, text, etype, "")
    assert _codes(e.actors if etype == "COERCE" else e.targets) == codes


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a thing after the act's noun is what it was done to, even with "لـ" after it
        ("نفت موسكو الاتهامات بقصف مستشفى للأطفال في كييف", ["RUS GOV"], ["UKR MED"]),
        ("وقال المتحدث إن الجيش قصف مواقع للحزب في الجنوب", ["--- MIL"], ["--- REB"]),  # (a control)
    ],
)
def test_assemble_a_thing_with_its_owner_is_no_agent(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.actors) == actors and _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        # "في" and a place right after the subject tell where the subject is; the act is
        # where the words after it say
        ("أعلنت الحكومة الليبية في طرابلس حالة الطوارئ في مدينة درنة", "COERCE", "حالة الطوارئ", "درنة"),
        ("فرضت السلطات في بغداد حظر التجول في مدينة البصرة", "COERCE", "حظر التجول", "البصرة"),
        # control: with no place after the act, the subject's is the act's
        ("أعلنت السلطات في الخرطوم حظر التجول", "COERCE", "حظر التجول", "الخرطوم"),
    ],
)
def test_assemble_the_subjects_seat_gives_way_to_the_acts_place(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert e.place is not None and e.place.text.endswith(place)


@pytest.mark.parametrize(
    "text, place",
    [
        # what an agreement is for leaves the place after it to the agreement too
        ("وقع البلدان اتفاقا لتبادل الأسرى في الدوحة", "الدوحة"),
        ("وقعت مصر والسودان اتفاقية للتعاون العسكري في الخرطوم أمس", "الخرطوم"),
        # control: a place between the signing and what is signed is where
        ("وقعت الحكومة والمجلس، مساء أمس في الرياض، على اتفاق ينص على عودة الحكومة إلى عدن", "الرياض"),
    ],
)
def test_assemble_an_agreement_is_where_what_it_is_for_is_told(ex, text, place):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "AGREE"]
    assert e.place is not None and e.place.text.endswith(place)


@pytest.mark.parametrize(
    "text, modality",
    [
        # an arrest joined after what was foiled is done, neither foiled nor planned
        ("أعلنت وزارة الداخلية إحباط مخطط إرهابي واعتقال أربعة عناصر", "asserted"),
        ("أعلن الجيش إحباط هجوم على الحدود واعتقال ثلاثة مهربين", "asserted"),
        # controls: its own negation stays; an arrest foiled is none
        ("أحبطت الشرطة الهجوم ولم تعتقل أحدا", "negated"),
        ("أحبط الأهالي محاولة اعتقال الناشط", "negated"),
    ],
)
def test_assemble_an_arrest_after_what_was_foiled(ex, text, modality):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"]
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text, etype, target, code",
    [
        # a home is coded by whose it is, named right after it (also two homes of two men)
        ("هدم الجيش الإسرائيلي منزلي أسيرين فلسطينيين في مدينة طولكرم", "COERCE", "منزلي أسيرين فلسطينيين",
         "PSE CVL"),
        ("هدم الجيش الإسرائيلي منزل عائلة فلسطينية في بلدة قباطية", "COERCE", "منزل عائلة فلسطينية", "PSE CVL"),
        # (civilian property, whoever's it is)
        ("فجر مسلحون منزل ضابط شرطة عراقي في المدينة", "ASSAULT", "منزل ضابط شرطة عراقي", "IRQ CVL"),
    ],
)
def test_assemble_a_home_and_whose_it_is(ex, text, etype, target, code):
    e = _one(ex, text, etype, "")
    assert [(t.text, t.code) for t in e.targets] == [(target, code)]


@pytest.mark.parametrize(
    "text, etype, side, code",
    [
        # an armed group's forces are its fighters
        ("قال الناطق باسم قوات الدعم السريع إن قواته صدت هجوما للجيش على المدينة", "ASSAULT", "targets",
         "SDN REB"),
        ("وقال المتحدث باسم حركة 23 مارس إن قواتها صدت هجوما للجيش الكونغولي", "ASSAULT", "targets", "COD REB"),
        # controls: the group as the speaker; a state's forces are its army
        ("أكدت هيئة تحرير الشام أن قواتها قصفت مواقع النظام", "ASSAULT", "actors", "SYR REB"),
        ("أعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع في شمال العراق", "ASSAULT", "actors", "TUR MIL"),
    ],
)
def test_assemble_the_forces_of_an_armed_group(ex, text, etype, side, code):
    e = _one(ex, text, etype, "")
    assert _codes(getattr(e, side)) == [code]


@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # who opens an inquiry into an act is not told to have done it
        ("فتحت النيابة العامة تحقيقا في مقتل الصحفي داخل السجن", "مقتل", ["--- JRN"]),
        ("فتحت الشرطة الفرنسية تحقيقا في الهجوم على المسجد", "الهجوم", ["FRA CVL"]),
    ],
)
def test_assemble_an_inquiry_is_not_the_act(ex, text, trigger, targets):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (e.actors, _codes(e.targets)) == ((), targets)


def test_assemble_the_military_judiciary_is_one_body(ex):
    # (the court's order is the release it orders: see
    # test_assemble_a_courts_order_is_the_detention_it_orders)
    e = _one(ex, "أمر القضاء العسكري بالإفراج عن 50 موقوفا", "RETREAT", "بالإفراج عن")
    assert [(a.text, a.code) for a in e.actors] == [("القضاء العسكري", "--- JUD")]
    assert (_codes(e.targets), e.modality.value) == (["--- CVL"], "asserted")


@pytest.mark.parametrize(
    "text, actors",
    [
        # a protest told as done by those whose release is asked or ordered is done
        ("أمر القاضي بالإفراج عن 50 موقوفا شاركوا في الاحتجاجات", ["--- CVL"]),
        ("طالبت المنظمة بالإفراج عن عشرات الشبان شاركوا في المظاهرات", ["--- OPP"]),
        # control: after a relative pronoun
        ("طالبت المنظمة بالإفراج عن المعتقلين الذين شاركوا في المظاهرات", ["--- CVL"]),
    ],
)
def test_assemble_a_protest_told_as_done_past_a_call(ex, text, actors):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "PROTEST"]
    assert (e.modality.value, _codes(e.actors)) == ("asserted", actors)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # taking part in a protest called for is the protest called for
        ("دعت أحزاب المعارضة إلى المشاركة في الإضراب العام", "الإضراب العام"),
        ("دعا الاتحاد أعضاءه للمشاركة في الاعتصام أمام الوزارة", "الاعتصام"),
    ],
)
def test_assemble_taking_part_in_a_protest_called_for(ex, text, trigger):
    assert _one(ex, text, "PROTEST", trigger).modality.value == "requested"


def test_assemble_taking_part_in_protests_charged_is_no_protest(ex):
    # control: the protests a charge is about are told before
    assert _types(ex, "اعتقلت الشرطة الناشط بسبب مشاركته في المظاهرات") == ["COERCE"]


@pytest.mark.parametrize(
    "text, etype, date",
    [
        # a day of the week after an act called for or planned in words in the past is the
        # coming one (the article's date, Tuesday 30 August 2016)
        ("دعا الحزب أنصاره إلى التظاهر يوم الجمعة", "PROTEST", ("2016-09-02", "2016-09-02")),
        ("دعت النقابة إلى إضراب عام يوم الإثنين", "PROTEST", ("2016-09-05", "2016-09-05")),
        # controls: an act told as done is dated by the last one
        ("تظاهر أنصار الحزب يوم الجمعة", "PROTEST", ("2016-08-26", "2016-08-26")),
    ],
)
def test_assemble_a_weekday_of_an_act_called_for_is_the_coming_one(ex, text, etype, date):
    e = _one(ex, text, etype, "")
    assert e.date is not None and (e.date.start.isoformat(), e.date.end.isoformat()) == date


@pytest.mark.parametrize(
    "text, targets",
    [
        # a site online is no site struck
        ("وتبنت حركة الشباب الهجوم في بيان نشرته على موقع تابع لها", []),
        ("وتبنى تنظيم داعش الهجوم في بيان على موقعه الإلكتروني", []),
        # control: a site of a force
        ("وتبنت حركة الشباب الهجوم على موقع للجيش", ["SOM MIL"]),
    ],
)
def test_assemble_a_website_is_no_site_struck(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "الهجوم")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, trigger",
    [
        # who circulates or publishes pictures of an act is not told to have done it
        ("وتداول ناشطون على مواقع التواصل صورا للهجوم على القرية", "للهجوم"),
        ("ونشر ناشطون عبر وسائل التواصل الاجتماعي مقطع فيديو لقصف المدينة", "لقصف"),
        ("نشرت الشرطة مقطعا مصورا للاشتباكات في الحي", "للاشتباكات"),
    ],
)
def test_assemble_pictures_of_an_act_are_not_its_doers(ex, text, trigger):
    assert _one(ex, text, "ASSAULT", trigger).actors == ()


@pytest.mark.parametrize(
    "text, types",
    [
        # the army publishing a statement deploys nothing
        ("نشر الجيش بيانا على موقعه الرسمي", []),
        # control: deploying its forces
        ("نشر الجيش قوات إضافية في المدينة", ["MOBILIZE"]),
    ],
)
def test_assemble_publishing_is_no_deployment(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # an attack by suicide bombers is a suicide attack (the bomber in the accusative too)
        ("وقالت الشرطة إن انتحاريا فجر السيارة قرب مدخل السوق", "فجر", ["--- REB"]),
        ("نفذ انتحاري هجوما على مسجد في المدينة", "هجوما", ["--- REB"]),
        ("هاجم انتحاريان حاجزا للجيش عند مدخل البلدة", "هاجم", ["--- REB"]),
    ],
)
def test_assemble_an_attack_by_suicide_bombers(ex, text, trigger, actors):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (e.mode, _codes(e.actors)) == ("suicide-attack", actors)
    assert e.acled == ("Explosions/Remote violence", "Suicide bomb")


@pytest.mark.parametrize(
    "text",
    [
        # what is downed was launched by whoever holds the land it was launched from
        "أعلن الجيش الأمريكي أن قواته أسقطت طائرة مسيرة أطلقت من مناطق سيطرة الحوثيين فوق البحر الأحمر",
        "أسقطت مدمرة أمريكية صاروخا أطلق من منطقة خاضعة لسيطرة الحوثيين",
    ],
)
def test_assemble_downed_from_land_a_side_holds(ex, text):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.targets) == ["YEM REB"]


@pytest.mark.parametrize(
    "text, etype, trigger, modality",
    [
        # a state one is in is no condition
        ("أصيب 15 متظاهرا، ثلاثة منهم في حالة حرجة، خلال مواجهات مع الشرطة", "ASSAULT", "مواجهات", "asserted"),
        ("أصيب ثلاثة جنود بجروح، أحدهم في حالة خطيرة، في هجوم على دوريتهم", "ASSAULT", "هجوم", "asserted"),
        # control: a condition
        ("هدد الجيش بقصف المدينة في حالة رفض المسلحين الانسحاب", "RETREAT", "الانسحاب", "possible"),
    ],
)
def test_assemble_a_state_one_is_in_is_no_condition(ex, text, etype, trigger, modality):
    assert _one(ex, text, etype, trigger).modality.value == modality


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # states or armed sides that announce an exchange of prisoners made it
        ("أعلنت روسيا وأوكرانيا تبادل 95 أسيرا من كل جانب", ["RUS GOV", "UKR GOV"], []),
        ("أعلن الحوثيون تبادل 50 أسيرا مع القوات الحكومية", ["YEM REB"], ["YEM MIL"]),
        # control: one who only tells of it did not
        ("أعلنت الأمم المتحدة تبادل 200 أسير بين الطرفين", [], ["--- ---"]),
    ],
)
def test_assemble_an_exchange_announced_by_its_sides(ex, text, actors, targets):
    e = _one(ex, text, "RETREAT", "")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, trigger, code",
    [
        # a counterpart alone in the act called for is coded as in the call
        ("دعا وزير الخارجية المصري نظيره الإثيوبي إلى استئناف المفاوضات", "المفاوضات", "ETH GOV"),
        ("دعا قائد الجيش السوداني نظيره التشادي إلى عقد اجتماع عاجل", "اجتماع", "TCD MIL"),
    ],
)
def test_assemble_a_counterpart_alone_in_the_act_called_for(ex, text, trigger, code):
    e = _one(ex, text, "CONSULT", trigger)
    assert _codes(e.actors) == [code]


def test_assemble_a_convoy_sent_is_a_deployment(ex):
    e = _one(ex, "عززت القوات التركية وجودها العسكري في ريف حلب بإرسال رتل جديد يضم عشرات الآليات",
             "MOBILIZE", "بإرسال رتل")
    assert (_codes(e.actors), e.mode) == (["TUR MIL"], "troops")


@pytest.mark.parametrize(
    "text, etype, mode, targets",
    [
        # a summons or a recall told in the present, as headlines tell them
        ("إيران تستدعي السفير البريطاني احتجاجا على تصريحات لندن", "ACCUSE", "disapprove", ["GBR GOV"]),
        ("الجزائر تستدعي سفيرها في باريس للتشاور", "SANCTION", "withdraw", ["FRA GOV"]),
        ("المغرب يسحب سفيره من الجزائر للتشاور", "SANCTION", "withdraw", ["DZA GOV"]),
    ],
)
def test_assemble_a_summons_or_recall_in_the_present(ex, text, etype, mode, targets):
    assert [(e.type, e.mode, _codes(e.targets)) for e in ex.extract(text, article_date=DATE)] == [
        (etype, mode, targets)]


@pytest.mark.parametrize(
    "text, target",
    [
        # a craft named with its adjective heads no construct: what follows is struck
        ("استهدف هجوم بطائرات مسيرة أبراج الكهرباء في المدينة", "أبراج الكهرباء"),
        ("قصفت طائرات مسيرة محطة الكهرباء في المدينة", "محطة الكهرباء"),
    ],
)
def test_assemble_a_craft_and_its_adjective_head_no_construct(ex, text, target):
    (e,) = ex.extract(text, article_date=DATE)
    assert [t.text for t in e.targets] == [target]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # men suspected of belonging to a group are the group's, and the object follows
        ("هاجم مسلحون يشتبه في انتمائهم إلى تنظيم داعش قافلة للجيش البوركيني", ["--- REB"], ["BFA MIL"]),
        ("هاجم مسلحون يشتبه بانتمائهم إلى حركة الشباب قاعدة للجيش الصومالي", ["SOM REB"], ["SOM MIL"]),
        # control: belonging to it
        ("هاجم مسلحون ينتمون إلى حركة الشباب قاعدة للجيش الصومالي", ["SOM REB"], ["SOM MIL"]),
    ],
)
def test_assemble_men_suspected_of_belonging_to_a_group(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actor",
    [
        # a capital named past its country's adjective, after "في", is where, not who calls
        ("تظاهر آلاف المحتجين في العاصمة السودانية الخرطوم أمس للمطالبة بعودة الحكم المدني", "المحتجين"),
        ("اعتصم مئات الطلاب في العاصمة العراقية بغداد للمطالبة بفرص عمل", "الطلاب"),
        # control: without the adjective
        ("تظاهر آلاف المحتجين في الخرطوم أمس للمطالبة بعودة الحكم المدني", "المحتجين"),
    ],
)
def test_assemble_a_capital_past_its_adjective_is_no_caller(ex, text, actor):
    e = _one(ex, text, "REQUEST", "للمطالبة")
    assert [a.text for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text, targets",
    [
        # who resigns does nothing to the men named in the next demand
        ("طالب المتظاهرون في بيروت باستقالة الحكومة ومحاسبة المسؤولين عن الانفجار", []),
        ("دعا النواب إلى استقالة الوزير ومحاكمة المتورطين في الصفقة", []),
        # control: to whom power is handed
        ("تعهد المجلس العسكري بتسليم السلطة للمدنيين", ["--- CVL"]),
    ],
)
def test_assemble_a_resignation_has_no_object(ex, text, targets):
    e = _one(ex, text, "RETREAT", "")
    assert (e.mode, _codes(e.targets)) == ("resign", targets)


@pytest.mark.parametrize(
    "text, etype, trigger, place",
    [
        # the protesters' own noun between the act and the place leaves the place to the act
        ("طالب المحتجون في بغداد بمحاسبة الفاسدين", "REQUEST", "طالب", "بغداد"),
        ("ندد المتظاهرون في البصرة بانقطاع الكهرباء", "ACCUSE", "ندد", "البصرة"),
        # control: another act's noun between still keeps its place
        ("رحبت الحكومة بانسحاب القوات من مدينة الرمادي", "SUPPORT", "رحبت", None),
    ],
)
def test_assemble_the_actors_own_act_leaves_the_place(ex, text, etype, trigger, place):
    e = _one(ex, text, etype, trigger)
    assert (e.place.text if e.place else None) == place


@pytest.mark.parametrize(
    "text, modality",
    [
        # the protesters who call are no protest called for
        ("دعا المتظاهرون في بغداد إلى محاسبة الفاسدين", "asserted"),
        ("طالب المحتجون أمس بإقالة المحافظ", "asserted"),
        # control: a protest called for
        ("دعا الناشطون إلى التظاهر يوم الجمعة", "requested"),
    ],
)
def test_assemble_protesters_who_call_are_no_call(ex, text, modality):
    e = _one(ex, text, "PROTEST", "")
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text",
    [
        # the act suspects are held for is theirs, not the arresting forces', past the
        # weapon's words after its noun
        "اعتقلت قوات الأمن خمسة مشتبه بهم في تفجير سيارة مفخخة في مدينة كركوك",
        "اعتقلت الشرطة ثلاثة مطلوبين في تفجير عبوة ناسفة",
    ],
)
def test_assemble_suspects_act_past_its_weapon_is_not_the_arresters(ex, text):
    arrest = _one(ex, text, "COERCE", "اعتقلت")
    blast = _one(ex, text, "ASSAULT", "تفجير")
    assert (bool(arrest.actors), blast.actors) == (True, ())


@pytest.mark.parametrize(
    "text, targets",
    [
        # past its object, an arrest does not reach the target of the attack it was made for
        ("اعتقلت الشرطة ثلاثة أشخاص في الهجوم على الكنيسة", ["أشخاص"]),
        ("اعتقلت الشرطة ثلاثة أشخاص يشتبه في تورطهم في الهجوم على الكنيسة", ["أشخاص"]),
        # control: the arrested after "على"
        ("ألقت الشرطة القبض على ثلاثة أشخاص", ["أشخاص"]),
    ],
)
def test_assemble_an_arrest_does_not_reach_the_attacks_target(ex, text, targets):
    e = _one(ex, text, "COERCE", "")
    assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, country, relation",
    [
        # a side of "the country" is the one state the sentence names by its organs
        ("أعلن الجيش الصومالي مقتل عشرين مسلحا في غارة جوية جنوب البلاد", "SOM", "south"),
        ("أعلنت الشرطة الكينية مقتل أربعة من عناصرها في انفجار عبوة شمال البلاد", "KEN", "north"),
        # controls: a thing's country, and foreign aircraft, name no country for it
        ("هاجم المسلحون منجما صينيا في شمال البلاد", None, None),
        ("قصفت الطائرات الروسية مواقع المعارضة في شمال البلاد", None, None),
    ],
)
def test_assemble_a_side_of_the_country(ex, text, country, relation):
    e = _one(ex, text, "ASSAULT", "")
    assert ((e.place.country, e.place.relation) if e.place else (None, None)) == (country, relation)


@pytest.mark.parametrize(
    "text, actors",
    [
        # what a crowd stands in front of or near does not call for anything
        ("تظاهر المئات أمام وزارة الداخلية للمطالبة بالإفراج عن المعتقلين", ["المئات"]),
        ("نظم أطباء وقفة أمام نقابة الأطباء للمطالبة بحمايتهم", ["أطباء"]),
        # controls: a crowd near a seat, and the subject right before the call
        ("تظاهر عشرات العمال قرب مقر الحكومة للمطالبة برواتبهم", ["العمال"]),
        ("قالت النقابة إن الأطباء يطالبون بحمايتهم", ["الأطباء"]),
    ],
)
def test_assemble_what_a_crowd_stands_before_does_not_call(ex, text, actors):
    e = _one(ex, text, "REQUEST", "")
    assert [a.text for a in e.actors] == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # a capital or a state an institution is named after does not act
        ("احتشد المئات في ساحة جامعة دمشق للمطالبة بتحسين الأوضاع", ["المئات"]),
        ("تظاهر العشرات في باحة مستشفى بغداد للمطالبة بالأدوية", ["العشرات"]),
        ("اعتصم طلاب داخل جامعة الكويت للمطالبة بإلغاء القرار", ["طلاب"]),
        # control: the capital as the state that calls
        ("طالبت طهران بالإفراج عن ناقلة النفط", ["طهران"]),
    ],
)
def test_assemble_a_capital_an_institution_is_named_after_does_not_act(ex, text, actors):
    e = _one(ex, text, "REQUEST", "")
    assert [a.text for a in e.actors] == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # the killed told before their verb, who shot them after it made the clash
        ("قال مسعفون إن ثلاثة شبان استشهدوا برصاص قوات الاحتلال خلال مواجهات في مخيم بلاطة", ["قوات الاحتلال"]),
        ("أفادت مصادر طبية بأن شابين أصيبا بنيران الجيش خلال مواجهات في بلدة بيتا", ["الجيش"]),
        # control: the killed after their verb
        ("استشهد ثلاثة شبان برصاص قوات الاحتلال خلال مواجهات في مخيم بلاطة", ["قوات الاحتلال"]),
    ],
)
def test_assemble_who_shot_the_killed_told_before_their_verb_made_the_clash(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "مواجهات")
    assert [a.text for a in e.actors] == actors


@pytest.mark.parametrize(
    "text, relation",
    [
        # two direction words name one side between them
        ("قصفت الطائرات مواقع للمسلحين في شمال شرق سوريا", "northeast"),
        ("انفجرت عبوة ناسفة جنوب غرب بغداد", "southwest"),
        ("قتل جنديان في هجوم شمال غربي سوريا", "northwest"),
        ("أعلن الجيش النيجيري مقتل عشرة مسلحين في هجوم جنوب شرق البلاد", "southeast"),
        ("اقتحمت قوات الاحتلال قرية صغيرة شمال شرق نابلس", "northeast"),
        # controls: one direction word
        ("انفجرت عبوة ناسفة جنوب بغداد", "south"),
        ("قصف الجيش مواقع في ريف حلب الشمالي", "north"),
    ],
)
def test_assemble_two_direction_words_name_one_side(ex, text, relation):
    e = ex.extract(text, article_date=DATE)[0]
    assert e.place.relation == relation


@pytest.mark.parametrize(
    "text, precision",
    [
        # a side of a state is a larger portion of a region: ACLED's precision 3
        ("قصفت الطائرات مواقع للمسلحين في شمال سوريا", 3),
        ("أعلن الجيش الصومالي مقتل عشرين مسلحا في غارة جوية جنوب البلاد", 3),
        # controls: a side of a town or of a region is a small part, 2
        ("قصفت الطائرات مواقع للمسلحين في شرق حلب", 2),
        ("قصفت الطائرات بلدات في ريف إدلب الجنوبي", 2),
        ("قصفت الطائرات مواقع للمسلحين في سوريا", 3),
    ],
)
def test_assemble_a_side_of_a_state_is_a_larger_portion(ex, text, precision):
    e = _one(ex, text, "ASSAULT", "")
    assert e.place.geo_precision == precision


@pytest.mark.parametrize(
    "text, targets",
    [
        # whom a condemned act befell is not who is condemned
        ("انتقدت منظمة العفو الدولية استخدام القوة المفرطة ضد المتظاهرين", []),
        ("أدانت الخارجية الفرنسية العنف ضد المدنيين في دارفور", []),
        ("نددت الحكومة بالتحريض ضد اللاجئين", []),
        ("استنكرت المنظمة الانتهاكات المتكررة بحق الصحفيين", []),
        # the condemned named by the act's adjective, not its victims
        ("أدانت الجامعة العربية الانتهاكات الإسرائيلية بحق الأسرى", ["الإسرائيلية"]),
        # control: the accused right after the accuser, before the charge's act
        ("اتهمت المنظمة قوات الأمن باستخدام القوة المفرطة ضد المحتجين", ["قوات الأمن"]),
    ],
)
def test_assemble_whom_a_condemned_act_befell_is_not_condemned(ex, text, targets):
    e = _one(ex, text, "ACCUSE", "")
    assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # fighters who hand themselves in, the verb before them in the singular
        ("سلم مسلحون أنفسهم للجيش العراقي في محافظة الأنبار", ["مسلحون"], ["للجيش العراقي"]),
        ("سلم عشرات المسلحين أنفسهم إلى القوات الأمنية", ["المسلحين"], ["القوات الأمنية"]),
        ("سلمت مجموعة مسلحة أنفسها للقوات الحكومية", ["مجموعة مسلحة"], ["للقوات الحكومية"]),
        # control: the plural verb
        ("سلموا أنفسهم للجيش بعد حصار دام أسبوعين", [], ["للجيش"]),
    ],
)
def test_assemble_fighters_who_hand_themselves_in(ex, text, actors, targets):
    e = _one(ex, text, "RETREAT", "")
    assert (e.mode, [a.text for a in e.actors], [t.text for t in e.targets]) == ("disarm", actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # who survives an attempt told with its weapon is its target, and no actor of it
        ("نجا وزير الداخلية من محاولة اغتيال بسيارة مفخخة في مقديشو", ["وزير الداخلية"]),
        ("نجا محافظ عدن من محاولة اغتيال بعبوة ناسفة", ["محافظ"]),
        # (or with what the attempt struck after it)
        ("نجا محافظ عدن من محاولة اغتيال بتفجير سيارة مفخخة استهدفت موكبه", ["محافظ"]),
        ("ونجا وزير الداخلية من محاولة اغتيال استهدفت موكبه في العاصمة", ["وزير الداخلية"]),
        # control: no weapon named
        ("نجا الرئيس من محاولة اغتيال", ["الرئيس"]),
    ],
)
def test_assemble_who_survives_an_attempt_is_no_actor_of_it(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "اغتيال")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == ([], targets)
    assert "slot.survivor" in e.rules


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # two killed, one each, named by their trades after the killers
        ("قتل مسلحون مجهولون مؤذنا ومهندسا داخل مسجد", 2),
        ("قتل مسلحون مدرسا وتاجرا في السوق", 2),
        ("أعلنت الشرطة مقتل محام في هجوم مسلح", 1),
        ("قتل لاجئ برصاص حرس الحدود", 1),
        # control: one phrase of both, counted by its parts
        ("قتل مسلحون شرطيا ومدنيا في هجوم على نقطة تفتيش", 2),
    ],
)
def test_assemble_the_killed_named_by_their_trade(ex, text, fatalities):
    e = _one(ex, text, "ASSAULT", "")
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, trigger, actors",
    [
        # "the two sides" a call is made to are not the caller and "the sides"
        ("دعت الأمم المتحدة الطرفين إلى وقف إطلاق النار والسماح بدخول المساعدات", "RETREAT", "السماح",
         [("الطرفين", None, None)]),
        ("بحث الجانبان إمكانية تنفيذ عملية عسكرية مشتركة ضد التنظيم", "ASSAULT", "عملية",
         [("الجانبان", None, None)]),
        # control: the sides of a clash told before
        ("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع، والتزم الطرفان بهدنة", "AGREE", "التزم",
         [("الطرفان", "SDN", "MIL"), ("الطرفان", "SDN", "REB")]),
    ],
)
def test_assemble_the_two_sides_are_those_of_an_act_between_two(ex, text, etype, trigger, actors):
    e = _one(ex, text, etype, trigger)
    assert [(a.text, a.country, a.sector) for a in e.actors] == actors


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who reports of itself that it repelled an attack was its target
        ("أعلن الجيش السوداني أنه صد هجوما واسعا للدعم السريع على المدينة", ["SDN REB"], ["SDN MIL"]),
        ("قالت القوات المشتركة إنها صدت هجوما للحوثيين في مأرب", ["YEM REB"], ["YEM MIL"]),
        # control: the repeller named after the verb
        ("صدت القوات المشتركة هجوما للحوثيين في مأرب", ["YEM REB"], ["YEM MIL"]),
    ],
)
def test_assemble_who_reports_it_repelled_an_attack_was_its_target(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "هجوما")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actor",
    [
        # a craft's model written apart from its number stays inside the phrase its nisba ends
        ("قتل خمسة مسلحين بضربة جوية نفذتها طائرات إف 16 العراقية جنوب كركوك", ("طائرات إف 16 العراقية", "IRQ MIL")),
        ("قصفت طائرات سو 24 الروسية مواقع في ريف إدلب", ("طائرات سو 24 الروسية", "RUS MIL")),
        # control: the model written with a hyphen
        ("قصفت طائرات إف-16 التركية مواقع في شمال العراق", ("طائرات إف-16 التركية", "TUR MIL")),
    ],
)
def test_assemble_a_crafts_model_apart_from_its_number(ex, text, actor):
    e = _one(ex, text, "ASSAULT", "")
    assert [(a.text, a.code) for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text, actor",
    [
        # members of a parliament named with their body and its state
        ("وطالب نواب في البرلمان العراقي الحكومة بتعزيز الإجراءات الأمنية", ("نواب في البرلمان العراقي", "IRQ LEG")),
        ("انتقد نواب في مجلس النواب الأردني قرار الحكومة", ("نواب في مجلس النواب الأردني", "JOR LEG")),
        # control: one member
        ("انتقد نائب في البرلمان الأردني قرار الحكومة", ("نائب في البرلمان الأردني", "JOR LEG")),
    ],
)
def test_assemble_members_of_a_parliament(ex, text, actor):
    e = ex.extract(text, article_date=DATE)[0]
    assert [(a.text, a.code) for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the host of a visit is no side of the talks held there with others named after them
        ("وصل وفد من حركة حماس إلى القاهرة لبحث التهدئة مع المسؤولين المصريين",
         ["وفد من حركة حماس"], ["المسؤولين المصريين"]),
        ("وصل وزير الخارجية الإيراني إلى دمشق لبحث التطورات مع نظيره السوري",
         ["وزير الخارجية الإيراني"], ["نظيره السوري"]),
        # control: no one named after the talks, they are held with the host
        ("وصل وزير الخارجية الإيراني إلى دمشق لبحث التطورات الإقليمية",
         ["وزير الخارجية الإيراني"], ["دمشق"]),
    ],
)
def test_assemble_the_host_of_a_visit_is_no_side_of_talks_with_others(ex, text, actors, targets):
    e = _one(ex, text, "CONSULT", "لبحث")
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (actors, targets)


@pytest.mark.parametrize(
    "text, target",
    [
        # a parliament acts at home: the bare government or parties it names are its state's
        ("طالب البرلمان العراقي الحكومة بتعزيز الإجراءات الأمنية", "IRQ GOV"),
        ("اتهم رئيس مجلس النواب الليبي الكتل السياسية بعرقلة الانتخابات", "LBY PTY"),
        # control: police, as before
        ("اعتقلت الشرطة التونسية عشرات المحتجين", "TUN OPP"),
    ],
)
def test_assemble_a_parliament_acts_at_home(ex, text, target):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, place",
    [
        # a side of a town's countryside is that side of the town
        ("قصفت المدفعية التركية قرى في ريف منبج الشمالي", ("ريف منبج الشمالي", "north")),
        ("قصفت القوات الروسية مواقع في ريف خاركيف الشرقي", ("ريف خاركيف الشرقي", "east")),
        # control: the countryside alone
        ("قصفت المدفعية التركية قرى في ريف منبج", ("ريف منبج", "countryside")),
    ],
)
def test_assemble_a_side_of_a_towns_countryside(ex, text, place):
    e = _one(ex, text, "ASSAULT", "")
    assert (e.place.text, e.place.relation) == place


@pytest.mark.parametrize(
    "text, place",
    [
        # a place that names a body is passed for the town the act is in
        ("قتل شرطي في هجوم استهدف مديرية شرطة محافظة ديالى في مدينة بعقوبة", "مدينة بعقوبة"),
        ("انفجرت عبوة قرب مقر مجلس محافظة الأنبار في مدينة الرمادي", "مدينة الرمادي"),
        # control: the province after "في"
        ("قتل شرطي في هجوم استهدف دورية في محافظة ديالى", "محافظة ديالى"),
    ],
)
def test_assemble_a_place_that_names_a_body_is_no_place_of_the_act(ex, text, place):
    e = _one(ex, text, "ASSAULT", "")
    assert e.place.text == place


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # an attack the subject's arrest, cordon or deployment follows is not the subject's
        ("اعتقلت الشرطة ثلاثة أشخاص بعد تفجير استهدف كنيسة في الإسكندرية", "تفجير", []),
        ("فرضت الشرطة طوقا أمنيا في المنطقة بعد الهجوم على السفارة", "الهجوم", []),
        ("انتشرت قوات الأمن في شوارع المدينة في أعقاب تفجير انتحاري", "تفجير", []),
        # controls: a battle may be the subject's, and so may an attack a capture follows
        ("انسحبت قوات الدعم السريع من المدينة بعد معارك مع الجيش", "معارك", ["قوات الدعم السريع"]),
        ("سيطرت القوات الحكومية على مدينة سرت بعد هجوم واسع", "هجوم", ["القوات الحكومية"]),
    ],
)
def test_assemble_an_attack_the_subjects_act_follows_is_not_its(ex, text, trigger, actors):
    e = _one(ex, text, "ASSAULT", trigger)
    assert [a.text for a in e.actors] == actors


@pytest.mark.parametrize(
    "text, targets",
    [
        # "the suspects" are named with the pronoun that completes the word
        ("اعتقلت قوات الأمن ثلاثة مشتبه بهم بالانتماء إلى التنظيم", ["مشتبه بهم"]),
        ("ألقت الشرطة القبض على مشتبه به في تفجير السوق", ["مشتبه به"]),
        # control: the plural that needs no pronoun
        ("اعتقلت الشرطة خمسة مشتبهين في مدينة الموصل", ["مشتبهين"]),
    ],
)
def test_assemble_the_suspects_named_with_their_pronoun(ex, text, targets):
    e = _one(ex, text, "COERCE", "")
    assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # a headline's subject before its verb in the present announces its own act
        ("الجيش الأمريكي يعلن مقتل قيادي في تنظيم القاعدة بغارة في سوريا", ["USA MIL"]),
        # controls: the killed counted, and the verb first
        ("الجيش الإسرائيلي يعلن مقتل ثلاثة مسلحين بغارة في جنين", ["ISR MIL"]),
        ("أعلن الجيش الأمريكي مقتل قيادي في تنظيم القاعدة بغارة في سوريا", ["USA MIL"]),
    ],
)
def test_assemble_a_headlines_subject_before_its_verb(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "غارة")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # a call the banners or slogans of a protest make is the protesters'
        ("احتشد المئات في ساحة المدينة ورفعوا لافتات تطالب بتحسين الأوضاع", ["المئات"]),
        # controls: the protesters named by the verb that raises the slogans, and a subject
        # of its own
        ("تظاهر آلاف السودانيين في الخرطوم وردد المحتجون شعارات تطالب برحيل الحكومة", ["المحتجون"]),
        ("قال المتحدث إن الحكومة تطالب بالهدوء", ["الحكومة"]),
    ],
)
def test_assemble_a_call_the_banners_of_a_protest_make(ex, text, actors):
    e = _one(ex, text, "REQUEST", "تطالب")
    assert [a.text for a in e.actors] == actors



@pytest.mark.parametrize(
    "text, actors",
    [
        # an envoy summoned over an attack is not who attacked
        ("استدعت الخارجية الألمانية السفير الإيراني في برلين على خلفية الهجوم على السفينة", []),
        ("استدعت الحكومة الهولندية القائم بالأعمال الروسي بسبب قصف المدن الأوكرانية", []),
        # control: a state condemned over it did it
        ("أدانت ألمانيا إيران بسبب الهجوم على السفينة", ["IRN GOV"]),
    ],
)
def test_assemble_an_envoy_summoned_over_an_attack_did_not_attack(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.actors) == actors



@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the genitive of a verbal noun of destroying is the thing destroyed
        ("أعلن الجيش السوري تدمير مدرعات تركية في ريف إدلب", ["SYR MIL"], ["TUR MIL"]),
        ("أكد الجيش اليمني تدمير آليات عسكرية للحوثيين", ["YEM MIL"], ["YEM REB"]),
        # control: the destroyer named by the genitive before the object
        ("أدانت الحكومة تدمير الاحتلال منازل في الخليل", ["ISR MIL"], ["PSE CVL"]),
    ],
)
def test_assemble_the_genitive_of_destroying_is_what_is_destroyed(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "تدمير")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)



@pytest.mark.parametrize(
    "text",
    [
        # two tanks or armoured vehicles of a state are its forces', as one is
        "دمرت القوات الأوكرانية دبابتين روسيتين قرب خاركيف",
        "دمرت القوات الأوكرانية مدرعتين روسيتين قرب خاركيف",
        # control: one tank
        "دمرت القوات الأوكرانية دبابة روسية قرب خاركيف",
    ],
)
def test_assemble_two_tanks_of_a_state_are_its_forces(ex, text):
    e = _one(ex, text, "ASSAULT", "دمرت")
    assert _codes(e.targets) == ["RUS MIL"]

@pytest.mark.parametrize(
    "text, trigger, targets",
    [
        # a state after "لـ" is a title's only when the holder's name follows it: past a
        # meeting, it is the state aided
        ("وعد المستشار الألماني بتقديم دعم عسكري إضافي لأوكرانيا أثناء لقائه زيلينسكي في برلين",
         "دعم عسكري", ["لأوكرانيا"]),
        # control: the envoy's state and his name
        ("استقبل وزير الخارجية المبعوث الأممي لليمن هانس غروندبرغ في الرياض", "استقبل",
         ["المبعوث الأممي لليمن هانس غروندبرغ"]),
    ],
)
def test_assemble_a_state_after_li_is_a_titles_only_before_the_name(ex, text, trigger, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text == trigger)
    assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, etype",
    [
        # military positions freed are ground taken by fighting, as places are
        ("حررت قوات الجيش الوطني عددا من المواقع في جبهة نهم", "ASSAULT"),
        ("أعلنت قوات الجيش الوطني تحرير عدد من المواقع شرق صنعاء", "ASSAULT"),
        ("أكد الجيش العراقي تحرير مواقع كان يتحصن فيها مسلحو التنظيم", "ASSAULT"),
        # controls: people freed are released, and a town freed is taken
        ("حررت قوات الجيش الوطني عددا من المختطفين في جبهة نهم", "RETREAT"),
        ("حررت قوات الجيش الوطني بلدات في جبهة نهم", "ASSAULT"),
    ],
)
def test_assemble_positions_freed_are_ground_taken(ex, text, etype):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text.startswith(("حرر", "تحرير")))
    assert e.type == etype


@pytest.mark.parametrize(
    "text, etype, fatalities",
    [
        # "حكم القتل" (tazir, hadd) is a death sentence, and carried out an execution
        ("أعلنت وزارة الداخلية تنفيذ حكم القتل تعزيرا بحق مواطنين اثنين في الرياض", "ASSAULT", 2),
        ("نفذت السلطات حكم القتل قصاصا بحق مواطن في مكة المكرمة", "ASSAULT", 1),
        ("أصدرت المحكمة الجزائية حكم القتل تعزيرا بحق ثلاثة متهمين", "SANCTION", None),
        # control: the death sentence by its other name
        ("أعلنت وزارة الداخلية تنفيذ حكم الإعدام بحق مواطنين اثنين في الرياض", "ASSAULT", 2),
    ],
)
def test_assemble_a_sentence_of_death_by_its_gulf_name(ex, text, etype, fatalities):
    e = _one(ex, text, etype, "حكم")
    assert e.fatalities == fatalities


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # the verb of slogans raised is the protesters' act, asserted, not one called for
        ("خرج الآلاف إلى الشوارع رافعين شعارات تطالب برحيل الحكومة", "REQUEST", "تطالب"),
        ("تظاهر المئات في العاصمة رافعين شعارات تندد بارتفاع الأسعار", "ACCUSE", "تندد"),
        ("احتشد المئات أمام البرلمان ورفعوا لافتات ترفض الاتفاق", "REJECT", "ترفض"),
    ],
)
def test_assemble_the_verb_of_slogans_raised_is_the_protesters(ex, text, etype, trigger):
    e = _one(ex, text, etype, trigger)
    assert (e.modality, bool(e.actors)) == (ce.Modality.ASSERTED, True)


def test_assemble_what_slogans_call_for_is_requested(ex):
    # control: the act the slogans call for stays requested
    e = _one(ex, "خرج الآلاف إلى الشوارع رافعين شعارات تطالب بالإفراج عن المعتقلين", "RETREAT", "الإفراج")
    assert e.modality == ce.Modality.REQUESTED


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # an act one will not allow is not one's own
        ("أكد الجيش المصري أنه لن يسمح بأي اعتداء على حدود البلاد", "ASSAULT", []),
        ("أعلنت الحكومة أنها لن تسمح بأي هجوم على قواعدها", "ASSAULT", []),
        # controls: access one allows is one's own grant, and a reporter's own act
        ("أعلنت الحكومة المصرية أنها ستسمح بدخول المساعدات عبر معبر رفح", "RETREAT", ["EGY GOV"]),
        ("أكد الجيش المصري أنه شن هجوما على مواقع المسلحين", "ASSAULT", ["EGY MIL"]),
    ],
)
def test_assemble_an_act_one_will_not_allow_is_not_ones_own(ex, text, etype, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, etype, targets",
    [
        # the perpetrators of an act told before, by a pronoun, are whom one pursues or
        # arrests
        ("أدان الرئيس الهجوم متوعدا بملاحقة منفذيه", "THREATEN", ["--- REB"]),
        ("اعتقلت الشرطة الباكستانية اثنين من منفذيها", "COERCE", ["PAK REB"]),
        # but not what the act struck
        ("أدانت الحكومة التفجير وتعهدت بتقديم منفذيه إلى العدالة", "ASSAULT", []),
    ],
)
def test_assemble_the_perpetrators_of_an_act_named_by_a_pronoun(ex, text, etype, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # who fires is of where the fire is launched from, not of where it falls
        ("أطلق مسلحون صواريخ من قطاع غزة على مدينة سديروت", ["PSE REB"]),
        ("أطلقت فصائل المقاومة رشقة صاروخية من جنوب لبنان نحو مدينة كريات شمونة", ["LBN REB"]),
        # control: fire with no origin named is of the place's state
        ("أطلق مسلحون قذائف هاون على حي في مدينة حلب", ["SYR REB"]),
    ],
)
def test_assemble_who_fires_is_of_where_it_is_fired_from(ex, text, actors):
    e = _one(ex, text, "ASSAULT", "أطلق")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, targets",
    [
        # hostages freed, named in the trigger's own words, are its target
        ("أعلن الجيش النيجيري تحرير رهينتين ألمانيتين في ولاية بورنو", ["DEU CVL"]),
        ("تمكنت الشرطة من تحرير المختطفين في عملية أمنية بمدينة كركوك", ["IRQ CVL"]),
        # control: the released named after "الإفراج عن"
        ("أعلن الجيش النيجيري الإفراج عن رهينتين ألمانيتين في ولاية بورنو", ["DEU CVL"]),
    ],
)
def test_assemble_hostages_freed_are_the_target(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "RETREAT")
    assert _codes(e.targets) == targets


def test_assemble_a_second_states_forces_by_nisba_are_named_as_its_own(ex):
    # "والعراقية" after "القوات الأمريكية" is Iraq's armed forces, by name as by code
    e = _one(ex, "أجرت القوات الأمريكية والعراقية مناورات عسكرية مشتركة قرب الموصل", "COOPERATE", "مناورات")
    assert [(a.name, a.code) for a in (*e.actors, *e.targets)] == [
        ("Armed forces (USA)", "USA MIL"), ("Armed forces (IRQ)", "IRQ MIL")]


@pytest.mark.parametrize(
    "text, etype, trigger, codes",
    [
        # two states' adjectives joined after one noun are two sides
        ("رحبت الحكومة اليمنية بالمبادرة السعودية والعمانية لوقف الحرب", "SUPPORT", "رحبت",
         ["OMN GOV", "SAU GOV"]),
        ("أشادت فرنسا بجهود الوساطة القطرية والمصرية", "SUPPORT", "أشادت", ["EGY GOV", "QAT GOV"]),
        # control: one adjective
        ("أشادت فرنسا بجهود الوساطة القطرية", "SUPPORT", "أشادت", ["QAT GOV"]),
    ],
)
def test_assemble_two_states_adjectives_joined_are_two_sides(ex, text, etype, trigger, codes):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.targets) == codes


@pytest.mark.parametrize(
    "text, actors",
    [
        # two mediators are both the mediation's actors, by verb or by noun
        ("أشادت فرنسا بجهود الوساطة القطرية والمصرية", ["EGY GOV", "QAT GOV"]),
        ("توسطت قطر ومصر بين الحركة وإسرائيل", ["EGY GOV", "QAT GOV"]),
    ],
)
def test_assemble_two_mediators_are_both_actors(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "CONSULT")
    assert (_codes(e.actors), "slot.symmetric" in e.rules) == (actors, False)


@pytest.mark.parametrize(
    "text, actors",
    [
        # craft "likely" of a state are that state's, and the subject of the verb after them
        ("قال المرصد إن طائرات حربية يرجح أنها روسية شنت غارات على بلدة كفرنبل", ["RUS MIL"]),
        ("قصفت طائرات مسيرة يعتقد أنها تركية مواقع في ريف الحسكة", ["TUR MIL"]),
        # control: the state named right after them
        ("قال المرصد إن طائرات حربية روسية شنت غارات على بلدة كفرنبل", ["RUS MIL"]),
    ],
)
def test_assemble_craft_likely_of_a_state(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (_codes(e.actors), e.modality) == (actors, ce.Modality.ASSERTED)


@pytest.mark.parametrize(
    "text, trigger, name",
    [
        # a body's word before its name is that body, by name as by code
        ("انتقدت منظمة هيومن رايتس ووتش اعتقال الصحفيين في القاهرة", "انتقدت", "Human Rights Watch"),
        ("ونددت منظمة يونيسف بخطف التلاميذ في نيجيريا", "نددت", "UNICEF"),
        # control: the name alone
        ("انتقدت هيومن رايتس ووتش اعتقال الصحفيين في القاهرة", "انتقدت", "Human Rights Watch"),
    ],
)
def test_assemble_a_bodys_word_before_its_name(ex, text, trigger, name):
    e = _one(ex, text, "ACCUSE", trigger)
    assert [a.name for a in e.actors] == [name]


@pytest.mark.parametrize(
    "text, targets",
    [
        # a craft destroyed is its launcher's, who is named, as one downed is
        ("أعلن التحالف اعتراض وتدمير طائرة مسيرة أطلقتها جماعة الحوثي باتجاه جازان", ["YEM REB"]),
        ("دمر الجيش طائرة مسيرة أطلقها الحوثيون نحو مدينة نجران", ["YEM REB"]),
        # control: downed
        ("أسقطت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون نحو مدينة نجران", ["YEM REB"]),
    ],
)
def test_assemble_a_craft_destroyed_is_its_launchers(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # peacekeepers by other names than "قوات حفظ السلام"
        "قتل ثلاثة من عناصر حفظ السلام في انفجار عبوة ناسفة قرب مدينة غاو",
        "قتل أحد حفظة السلام في كمين قرب مدينة بانغي",
        "أصيب اثنان من جنود حفظ السلام في قصف قرب مدينة غاو",
        # control
        "قتل ثلاثة من قوات حفظ السلام في انفجار عبوة ناسفة قرب مدينة غاو",
    ],
)
def test_assemble_peacekeepers_by_other_names(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == ["UNO MIL"]


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # whom the act after "إثر / بعد" struck is that act's, not the one it follows
        ("أغلقت السلطات المعبر إثر هجوم على حرس الحدود", "COERCE", "أغلقت", []),
        ("فرضت الشرطة طوقا أمنيا حول المنطقة بعد الهجوم على القنصلية", "COERCE", "طوقا", []),
        ("فرضت الشرطة طوقا أمنيا حول المنطقة بعد الهجوم على القنصلية", "ASSAULT", "الهجوم", ["--- GOV"]),
    ],
)
def test_assemble_whom_the_act_after_ithr_struck_is_its_own(ex, text, etype, trigger, targets):
    e = _one(ex, text, etype, trigger)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # "دمر" is the verb, its subject after it (the genitive is the destroyed only of
        # "تدمير" itself)
        ("دمر الجيش اليمني آليات عسكرية تابعة للحوثيين", ["YEM MIL"], ["YEM REB"]),
        ("دمر الطيران الحربي الروسي مستودعا للذخيرة في ريف إدلب", ["RUS MIL"], ["SYR REB"]),
    ],
)
def test_assemble_the_verb_damara_has_its_subject_after_it(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "دمر")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # a craft destroyed is what the verb struck, its launch told by a relative verb
        ("دمرت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون نحو مدينة نجران", "دمرت"),
        # controls: an attack repelled is told through the attack, a craft downed by the verb
        ("صدت القوات الحكومية هجوما للمسلحين على بلدة في ريف حماة", "هجوما"),
        ("أسقطت الدفاعات الجوية طائرة مسيرة أطلقها الحوثيون نحو مدينة نجران", "أسقطت"),
    ],
)
def test_assemble_a_craft_destroyed_keeps_the_verb(ex, text, trigger):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == [trigger]


@pytest.mark.parametrize(
    "text, actors",
    [
        # one's own forces "من" a state are withdrawn from it, not of it
        ("طالبت الحكومة الكونغولية رواندا بسحب جميع قواتها من الكونغو", ["RWA MIL"]),
        ("دعا البرلمان تركيا إلى سحب جنودها من العراق", ["TUR MIL"]),
    ],
)
def test_assemble_ones_own_forces_from_a_state(ex, text, actors):
    e = _one(ex, text, "RETREAT", "سحب")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, mode, cameo",
    [
        # a threat to withdraw one's forces is a threat to end one's involvement
        ("هددت فرنسا بسحب قواتها من مالي", "expel", "136"),
        # control: a threat of force
        ("هددت فرنسا بشن هجوم على المتمردين في مالي", "violence", "138"),
    ],
)
def test_assemble_a_threat_to_withdraw_forces(ex, text, mode, cameo):
    e = _one(ex, text, "THREATEN", "هددت")
    assert (e.mode, e.cameo) == (mode, cameo)


@pytest.mark.parametrize(
    "text, triggers",
    [
        # what a bombardment told by its noun was done with is that bombardment
        ("قصف الطيران الحربي السوري مدينة حلب بالبراميل المتفجرة", ["قصف الطيران"]),
        # control: another act joined after the noun is one of its own
        ("نفى الجيش أنه نفذ غارة على البلدة وقام بإطلاق قذيفة على الحي", ["غارة", "بإطلاق قذيفة"]),
    ],
)
def test_assemble_the_means_of_a_noun_attack(ex, text, triggers):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == triggers


@pytest.mark.parametrize(
    "text, targets",
    [
        # a village's adjective says whose it is, with no place to tell it
        ("أعلنت الشرطة الإسرائيلية فتح تحقيق في هجوم مستوطنين على قرية فلسطينية", ["PSE CVL"]),
        # control: a village with no adjective is the sentence's state's
        ("أعلنت الشرطة الإسرائيلية فتح تحقيق في هجوم مستوطنين على قرية", ["ISR CVL"]),
    ],
)
def test_assemble_a_villages_adjective_says_whose(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "هجوم")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the pronoun on an attack's noun is its maker, whom "على" says it fell on
        ("اعتقلت الشرطة مستوطنين بعد اعتدائهم على قرية فلسطينية", ["ISR CVL"], ["PSE CVL"]),
        ("اعتقل الجيش مسلحين عقب اعتدائهم على حاجز للشرطة", ["--- REB"], ["--- COP"]),
    ],
)
def test_assemble_the_pronoun_of_an_assaults_noun(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "اعتدا")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors, modality",
    [
        # what one is to answer for was done, by whom is to answer for it
        ("طالب الوزير بمحاسبة الجنود على اعتدائهم على المتظاهرين", ["--- MIL"], ce.Modality.ASSERTED),
        ("دعت المنظمة إلى معاقبة الشرطة على قمع المتظاهرين", ["--- COP"], ce.Modality.ASSERTED),
        # control: an act to be stopped is called for
        ("طالب الوزير بمنع اعتداءات المستوطنين على القرى", ["ISR CVL"], ce.Modality.REQUESTED),
    ],
)
def test_assemble_what_one_answers_for(ex, text, actors, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (_codes(e.actors), e.modality) == (actors, modality)


@pytest.mark.parametrize(
    "text",
    [
        # a site's contents, then whose it is, past "تابع"
        "دمرت مسيرة روسية مستودع ذخيرة تابعا للجيش الأوكراني قرب خيرسون",
        # controls: the contents, or "تابع", alone before the owner
        "دمرت مسيرة روسية مستودع ذخيرة للجيش الأوكراني قرب خيرسون",
        "دمرت مسيرة روسية مستودعا تابعا للجيش الأوكراني قرب خيرسون",
    ],
)
def test_assemble_a_sites_contents_then_its_owner(ex, text):
    e = _one(ex, text, "ASSAULT", "دمرت")
    assert _codes(e.targets) == ["UKR MIL"]


def test_assemble_fuel_is_one_word(ex):
    # "وقود" is fuel, no "و" before a word: a depot's contents before its owner
    e = _one(ex, "دمرت مسيرة روسية مستودع وقود للجيش الأوكراني قرب خيرسون", "ASSAULT", "دمرت")
    assert [t.text for t in e.targets] == ["مستودع وقود للجيش الأوكراني"]
    assert _codes(e.targets) == ["UKR MIL"]


@pytest.mark.parametrize(
    "text, trigger, types",
    [
        # a truce a verb of violating takes is its violation, made by the verb's subject
        ("خرقت الميليشيات الهدنة في ريف حماة أمس", "خرقت", ["ASSAULT"]),
        ("انتهكت القوات الحكومية اتفاق وقف إطلاق النار في ولاية جونقلي", "انتهكت", ["ASSAULT"]),
        ("خرق المسلحون الهدنة", "خرق", ["ASSAULT"]),
        # control: a truce agreed to stays one
        ("أعلنت الحكومة هدنة في ريف حماة", "هدنة", ["RETREAT"]),
    ],
)
def test_assemble_a_truce_violated(ex, text, trigger, types):
    events = ex.extract(text, article_date=DATE)
    assert [e.type for e in events] == types
    e = events[0]
    assert e.trigger.text == trigger
    if e.type == "ASSAULT":
        assert e.cameo == "196" and e.actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # who records or documents an act only observes it
        ("رصد المرصد السوري مقتل 12 مدنيا في غارات على ريف إدلب", []),
        ("وثقت منظمة العفو الدولية هجمات على المستشفيات في السودان", []),
        # controls: the one its object names did it; who announces an operation made it
        ("وثقت المنظمة قيام قوات الأمن بقصف المستشفى", ["--- COP"]),
        ("أعلن الجيش السوري عملية عسكرية في ريف إدلب", ["SYR MIL"]),
    ],
)
def test_assemble_who_records_an_act(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # armed groups named in the news, each with its state and sector
        ("خطف مسلحون من جماعة أبو سياف سبعة بحارة إندونيسيين", ["PHL REB"]),
        ("قصف فيلق الرحمن مواقع لقوات النظام في الغوطة الشرقية", ["SYR REB"]),
        ("هاجمت فرقة السلطان مراد قرية في ريف حلب الشمالي", ["SYR REB"]),
    ],
)
def test_assemble_armed_groups_of_the_news(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.actors) == actors


def test_assemble_a_warning_told_by_its_noun(ex):
    # a warning's noun addressed to someone is a threat, what it warns of no attack made
    events = ex.extract("وجه الرئيس الروسي تحذيرا شديد اللهجة إلى أوكرانيا من مغبة استهداف الأراضي الروسية",
                        article_date=DATE)
    threat = next(e for e in events if e.type == "THREATEN")
    assert (threat.trigger.text, _codes(threat.actors), _codes(threat.targets)) == (
        "تحذيرا", ["RUS GOV"], ["UKR GOV"])
    assert [e.modality for e in events if e.type == "ASSAULT"] == [ce.Modality.POSSIBLE]


@pytest.mark.parametrize(
    "text",
    [
        # controls: a warning of a danger, addressed to no one, is no threat
        "أطلقت المنظمة تحذيرات من مجاعة وشيكة في السودان",
        "جدد الوزير تحذيراته من خطورة التصعيد في المنطقة",
    ],
)
def test_assemble_a_warnings_noun_of_a_danger(ex, text):
    assert "THREATEN" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, types",
    [
        # what is threatened is the threat, past a time between commas
        ("هدد قائد الحركة، مساء الأحد، باستهداف السفن التجارية في خليج عدن", ["THREATEN"]),
        # control: an act told after a clause of its own is one
        ("هدد قائد الحركة، وقالت مصادر إن مسلحيها استهدفوا سفينة تجارية في خليج عدن", ["THREATEN", "ASSAULT"]),
    ],
)
def test_assemble_a_threat_past_a_time_aside(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, types",
    [
        # "مهاجمة" is the attack's verbal noun
        ("اتهمت الشرطة مسلحين بمهاجمة حاجز أمني قرب المدينة", ["ACCUSE", "ASSAULT"]),
        # control: after a definite noun it is the attacking men's adjective
        ("انسحبت القوات المهاجمة من محيط المدينة", ["RETREAT"]),
    ],
)
def test_assemble_the_verbal_noun_of_attacking(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, actors",
    [
        # the adjective of what a craft carries is not who stopped it
        ("اعترضت البحرية الفرنسية سفينة تحمل أسلحة روسية في البحر المتوسط", ["FRA MIL"]),
        # control: the adjective right after the craft's noun is whose craft, not who stopped it
        ("اعترضت البحرية الفرنسية سفينة روسية في البحر المتوسط", ["FRA MIL"]),
    ],
)
def test_assemble_what_a_craft_carries(ex, text, actors):
    e = _one(ex, text, "COERCE", "سفينة")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, codes",
    [
        # a state's name in "ية" joined after a plural thing's adjective is another adjective
        ("أجرت القوات المغربية والسعودية مناورات مشتركة قرب طنجة", ["MAR MIL", "SAU MIL"]),
        ("شنت الطائرات البحرينية والسعودية غارات على مواقع المتمردين", ["--- REB", "BHR MIL", "SAU MIL"]),
        # control: after one body it is the state
        ("اتفقت الحكومة المغربية والسعودية على تعزيز التعاون", ["MAR GOV", "SAU GOV"]),
    ],
)
def test_assemble_a_states_name_as_a_joined_adjective(ex, text, codes):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes((*e.actors, *e.targets)) == codes


@pytest.mark.parametrize(
    "text, actors",
    [
        # reservists called up are troops mobilized, by who calls them up
        ("أعلنت الحكومة الإسرائيلية استدعاء 50 ألف جندي من قوات الاحتياط", ["ISR GOV"]),
        ("استدعى الجيش الأوكراني آلاف الجنود من الاحتياط", ["UKR MIL"]),
    ],
)
def test_assemble_reservists_called_up(ex, text, actors):
    e = _one(ex, text, "MOBILIZE", "الاحتياط")
    assert (e.mode, _codes(e.actors)) == ("troops", actors)


@pytest.mark.parametrize(
    "text",
    [
        # controls: men summoned for questioning, a reservist killed
        "استدعت الشرطة عشرة عناصر للتحقيق معهم",
        "قتل جندي من قوات الاحتياط في هجوم على الحدود",
    ],
)
def test_assemble_no_call_up(ex, text):
    assert "MOBILIZE" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # men believed to be of a body are coded as its own, the verb's object after them
        ("هاجم مسلحون يعتقد أنهم من جماعة بوكو حرام قاعدة للجيش النيجيري", ["NGA REB"], ["NGA MIL"]),
        # control: men said to be of it
        ("هاجم مسلحون من جماعة بوكو حرام قاعدة للجيش النيجيري", ["NGA REB"], ["NGA MIL"]),
    ],
)
def test_assemble_men_believed_to_be_of_a_body(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "هاجم")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # the dual or plural adjective after the missiles fired is theirs, no one struck
        ("أطلقت إيران صاروخين باليستيين باتجاه الخليج", []),
        # control: people by their nationality after the verb and its subject are its object
        ("قتل جنود إسرائيليون فلسطينيين اثنين", ["PSE CVL"]),
    ],
)
def test_assemble_a_weapons_plural_adjective(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # bodies of states named in the news, each coded as one
        ("أدان البرلمان الأوروبي اعتقال المعارضين في بيلاروسيا", ["IGO IGO"]),
        ("دعت مجموعة السبع روسيا إلى سحب قواتها من أوكرانيا", ["IGO IGO"]),
        ("رحب مجلس أوروبا بالإفراج عن الصحفيين", ["IGO IGO"]),
    ],
)
def test_assemble_bodies_of_states(ex, text, actors):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text",
    [
        # the protest a journalist covers is not held by who attacked him
        "هاجم مسلحون مصورا صحفيا خلال تغطيته للمظاهرات في بغداد",
        # control: nor by who arrested him
        "اعتقلت الشرطة مراسلا أثناء تغطيته للاحتجاجات في طهران",
    ],
)
def test_assemble_a_protest_covered(ex, text):
    e = _one(ex, text, "PROTEST", "ل")
    assert _codes(e.actors) == []


@pytest.mark.parametrize(
    "text, types",
    [
        # a suffixed noun of an act with its definite adjective is the act
        ("فجر مهاجم حزامه الناسف في سوق مزدحم وسط المدينة", ["ASSAULT"]),
        # control: a suffixed noun before a verb's subject ("نشره الجيش": which the army published)
        ("أكدت الوزارة في بيان نشره الجيش أن الهدوء عاد إلى المدينة", []),
    ],
)
def test_assemble_a_suffixed_act_and_its_adjective(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, targets",
    [
        # a blast amid a gathering of men strikes the men
        ("فجر انتحاري نفسه وسط تجمع لجنود الجيش قرب المعسكر", ["--- MIL"]),
        # control: amid the men themselves
        ("فجر انتحاري نفسه وسط جنود الجيش قرب المعسكر", ["--- MIL"]),
    ],
)
def test_assemble_a_blast_amid_a_gathering(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "فجر")
    assert _codes(e.targets) == targets


def test_assemble_the_passive_subject_before_the_strikes_adjective(ex):
    # whom a passive verb names right after it is whom the act befell, the strike's
    # adjective after it its actor, and the house it hit no target of its own
    e = _one(ex, "اغتيل قائد في حزب الله بغارة إسرائيلية على منزله في صور", "ASSAULT", "اغتيل")
    assert (_codes(e.actors), _codes(e.targets)) == (["ISR MIL"], ["LBN REB"])


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # an activist after an arrest verb, civilians after an abduction's, are its object
        # (the verb read as a passive)
        ("اعتقل ناشط سياسي معارض في الإسكندرية الأسبوع الماضي", "COERCE", [], ["EGY OPP"]),
        ("اختطف طبيب فرنسي في شمال مالي", "ASSAULT", [], ["FRA MED"]),
        # control: armed men after it are who did it
        ("اختطف مسلحون طبيبا فرنسيا في شمال مالي", "ASSAULT", ["MLI REB"], ["FRA MED"]),
    ],
)
def test_assemble_the_arrested_or_abducted_after_the_verb(ex, text, etype, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # ground taken that was under a side's control is taken from it
        ("سيطر الجيش على مدينة كانت تحت سيطرة تنظيم داعش", ["--- REB"]),
        ("استعادت القوات الحكومية قرى كانت تحت قبضة المتمردين", ["--- REB"]),
    ],
)
def test_assemble_ground_that_was_under_anothers_control(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


def test_assemble_a_clash_between_two_clans(ex):
    # the dual of a clan names the sides of a clash between them
    e = _one(ex, "اندلعت اشتباكات دامية بين عشيرتين في ريف دير الزور", "ASSAULT", "اشتباكات")
    assert [a.name for a in e.actors] == ["Tribes and clans"]


def test_assemble_djerba_is_tunisian(ex):
    # "جربة" is the Tunisian island, not a town of Somalia
    e = _one(ex, "هاجم مسلح زوارا قرب معبد الغريبة في جزيرة جربة", "ASSAULT", "هاجم")
    assert (e.place.name, e.place.country) == ("Djerba", "TUN")


@pytest.mark.parametrize(
    "text",
    [
        # synagogues and temples are property attacked, as mosques and churches are
        "هاجم مسلحون كنيسا يهوديا في مدينة مرسيليا",
        "أحرق متطرفون معبدا هندوسيا في شمال البلاد",
    ],
)
def test_assemble_places_of_worship_attacked(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [t.name for t in e.targets] == ["Homes and civilian property"]


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # men are civilians done to (after "بحق" too), armed men who act
        ("نفذت السلطات حكم الإعدام بحق خمسة رجال أدينوا بتهريب المخدرات", ["Government"], ["Civilian groups"]),
        ("هاجم رجال مسلحون حاجزا للشرطة", ["Gunmen"], ["Targeted sites and vehicles"]),
    ],
)
def test_assemble_men_and_armed_men(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert ([a.name for a in e.actors], [t.name for t in e.targets]) == (actors, targets)


@pytest.mark.parametrize(
    "text, target",
    [
        # what a crowd burned or stormed follows the words that name the crowd (past an
        # adjective of theirs), or ends the act's words
        ("أحرق متظاهرون غاضبون مقر الحزب الحاكم في مدينة وهران", "مقر الحزب الحاكم"),
        ("اقتحم المحتجون مبنى البرلمان وسط العاصمة", "مبنى البرلمان"),
        ("وقام المتظاهرون بحرق مقر الحزب الحاكم", "مقر الحزب الحاكم"),
    ],
)
def test_assemble_what_a_crowd_burned_or_stormed(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode in ("vandalize", "riot"))
    assert [t.text for t in e.targets] == [target]


def test_assemble_a_crowd_that_clashes_with_police_has_no_object(ex):
    # control: the side after "مع" is the clash's, no object stormed
    e = _one(ex, "اقتحم المحتجون ساحة التحرير واشتبكوا مع الشرطة", "PROTEST", "اقتحم")
    assert [t.text for t in e.targets] in ([], ["ساحة التحرير"])


def test_assemble_the_attackers_repelled_and_killed(ex):
    # "المهاجمة" describes the men repelled, no attack the repelling is told through: the
    # forces' act stands, with the men they killed
    text = "تصدت القوات للعناصر المهاجمة وقتلت ستة منهم قرب الحدود"
    e = _one(ex, text, "ASSAULT", "تصدت")
    assert (_codes(e.actors), e.fatalities) == (["--- MIL"], 6)


def test_assemble_a_verb_listed_with_and_without_the_article(ex):
    # "تصدى" is the verb, though its entry also lists "التصدي" with the article
    e = _one(ex, "تصدى الجيش لمسلحين حاولوا التسلل عبر الحدود", "ASSAULT", "تصدى")
    assert _codes(e.actors) == ["--- MIL"]


def test_assemble_a_verb_written_with_the_article_is_no_name_word(ex):
    # control: "تقي" in a name is no "التقى"
    assert "CONSULT" not in _types(ex, "قال هاشم تقي إن الوضع في المدينة هادئ")


@pytest.mark.parametrize(
    "text, etype, trigger, actors, targets",
    [
        # the plural after a crowd's count is its genitive, the subject, not an object
        ("اعتصم عشرات الصحفيين أمام مبنى الإذاعة", "PROTEST", "اعتصم", ["--- JRN"], []),
        # control: after an arrest the counted are the arrested
        ("اعتقلت الشرطة عشرات الصحفيين أمام مبنى الإذاعة", "COERCE", "اعتقلت", ["--- COP"], ["--- JRN"]),
    ],
)
def test_assemble_a_crowd_counted_in_the_object_form(ex, text, etype, trigger, actors, targets):
    e = _one(ex, text, etype, trigger)
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        # a shipment of ammunition received is aid from whoever provided it
        "تسلم الجيش العراقي شحنة ذخائر مقدمة من فرنسا",
        "تسلمت القوات الأوكرانية شحنة من الأسلحة من فرنسا",
    ],
)
def test_assemble_a_shipment_received(ex, text):
    e = _one(ex, text, "AID", "شحن")
    assert (_codes(e.actors), e.targets[0].sector) == (["FRA GOV"], "MIL")


def test_assemble_a_shipment_seized_is_no_aid(ex):
    # control: a shipment seized is the seizure's object
    assert _types(ex, "ضبطت قوات الأمن شحنة من الأسلحة المهربة على الحدود") == ["COERCE"]


@pytest.mark.parametrize(
    "text, targets",
    [
        # sites by a pronoun are those of the sentence's first side named, state or group,
        # not those of the side that strikes them
        ("حذرت تركيا من أي هجوم روسي على منشآتها النفطية", ["TUR GOV"]),
        ("قالت حركة الجهاد الإسلامي إن إسرائيل قصفت مواقعها شرق غزة", ["PSE REB"]),
    ],
)
def test_assemble_sites_by_a_pronoun_are_the_first_sides(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # an operation against armed men is an assault, planned or done
        ("سيشن الجيش عملية واسعة ضد الجماعات المسلحة في الجبال", ["--- REB"]),
        ("أطلقت الشرطة عملية ضد خلايا التنظيم قرب الحدود", ["--- REB"]),
    ],
)
def test_assemble_an_operation_against(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "عملية")
    assert _codes(e.targets) == targets


def test_assemble_an_operation_against_corruption_is_no_assault(ex):
    # control: against a social ill it is a fight in words
    assert "ASSAULT" not in _types(ex, "أطلقت الحكومة عملية ضد الفساد في الوزارات")


@pytest.mark.parametrize(
    "text",
    [
        # the bare verb "حشد" masses troops (with the article it names the Hashd)
        "حشد الجيش التركي قواته على الحدود السورية",
        "حشد الجيش التركي آلاف الجنود على الحدود السورية",
        # fighters sent or massed are troops
        "أرسلت إيران مقاتلين أفغانا إلى سوريا",
    ],
)
def test_assemble_troops_massed_by_the_bare_verb(ex, text):
    assert "MOBILIZE" in _types(ex, text)


def test_assemble_the_hashd_masses_no_troops(ex):
    # control: "الحشد" before reinforcements is the group they reached
    text = "وصلت إلى الحشد تعزيزات عسكرية، فهاجم الحشد عناصر التنظيم في القرية"
    assert [e.type for e in ex.extract(text, article_date=DATE) if e.type == "MOBILIZE"] == []


@pytest.mark.parametrize(
    "text",
    [
        # two shells in the construct dual fall or are fired, and are what one strikes with
        "سقطت قذيفتا هاون على سوق شعبي في مدينة حلب",
        "استهدفت القوات المنزل بقذيفتي دبابة",
    ],
)
def test_assemble_two_shells_in_the_construct_dual(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (e.mode, [t.sector for t in e.targets]) == ("heavy-weapons", ["CVL"])


@pytest.mark.parametrize(
    "text, etype, target",
    [
        # a news channel attacked or shut is the press
        ("هاجم مسلحون مكتب قناة العربية في بغداد", "ASSAULT", "Al Arabiya"),
        ("أغلقت السلطات مكتب قناة الجزيرة في العاصمة", "COERCE", "Al Jazeera"),
    ],
)
def test_assemble_a_news_channel_is_the_press(ex, text, etype, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype)
    assert [(t.name, t.sector) for t in e.targets] == [(target, "JRN")]


def test_assemble_a_news_channel_gives_no_country_to_what_it_reports(ex):
    # control: the channel that reports names no land of the act it reports
    e = _one(ex, "قالت قناة الجزيرة إن الجيش قصف مواقع المسلحين", "ASSAULT", "قصف")
    assert _codes(e.actors) == ["--- MIL"]


@pytest.mark.parametrize(
    "text",
    [
        # agreements cancelled in the plural are a sanction, not an agreement
        "أعلن المجلس العسكري في مالي إلغاء الاتفاقيات الدفاعية مع فرنسا",
        "ألغت مالي الاتفاقيات الدفاعية مع فرنسا",
    ],
)
def test_assemble_agreements_cancelled(ex, text):
    es = ex.extract(text, article_date=DATE)
    assert [(e.type, _codes(e.actors), _codes(e.targets)) for e in es] == [
        ("SANCTION", ["MLI GOV"], ["FRA GOV"])]


@pytest.mark.parametrize(
    "text, targets",
    [
        # gatherings struck are sites, whose owner follows with "لـ"
        ("شن الطيران الحربي غارات على تجمعات للمتمردين قرب الحدود", ["--- REB"]),
        # (and people's, by their adjective)
        ("قصفت المدفعية التجمعات السكنية في المدينة", ["--- CVL"]),
    ],
)
def test_assemble_gatherings_struck(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, types",
    [
        # an emergency against a drought or an epidemic coerces no one
        ("أعلنت الحكومة الكينية حالة الطوارئ في شمال البلاد بسبب الجفاف", []),
        ("فرضت السلطات حالة الطوارئ الصحية لمواجهة تفشي وباء الكوليرا", []),
        # control: one after unrest does
        ("أعلن الرئيس حالة الطوارئ في العاصمة بعد أعمال الشغب", ["COERCE"]),
    ],
)
def test_assemble_an_emergency_against_a_disaster(ex, text, types):
    assert [t for t in _types(ex, text) if t == "COERCE"] == types


@pytest.mark.parametrize(
    "text, etype, mode",
    [
        # the pronoun of a clause in the pluperfect after an indefinite noun takes that noun
        # back, a thing too; its subject is the sentence's
        ("أفرجت السلطات الإيرانية عن سفينة شحن كورية كانت قد احتجزتها في مضيق هرمز", "COERCE", "seize"),
        ("أطلقت الشرطة سراح ناشط حقوقي كانت قد اعتقلته الشهر الماضي", "COERCE", "arrest"),
    ],
)
def test_assemble_a_pluperfect_clause_after_an_indefinite_noun(ex, text, etype, mode):
    events = ex.extract(text, article_date=DATE)
    released = next(e for e in events if e.type == "RETREAT")
    e = next(e for e in events if e.type == etype)
    assert (e.mode, e.actors, e.targets) == (mode, released.actors, released.targets)


def test_assemble_the_subject_after_kana_past_an_aside(ex):
    # "كان X، aside، قد VERB": the subject is X, not the verb's object after it
    text = "وكان قائد الجيش، الفريق أول محمد علي، قد توعد أمس بملاحقة المسلحين في الجبال"
    e = _one(ex, text, "THREATEN", "توعد")
    assert (_codes(e.actors), _codes(e.targets)) == (["--- MIL"], ["--- REB"])


@pytest.mark.parametrize(
    "text, targets",
    [
        # smugglers and infiltrators are the armed bands the forces fight
        ("اشتبك حرس الحدود مع مهربين مسلحين قرب الحدود الجنوبية", ["--- REB"]),
        ("أطلقت القوات النار على متسللين حاولوا عبور الحدود", ["--- REB"]),
    ],
)
def test_assemble_smugglers_and_infiltrators(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


def test_assemble_a_soldier_killed_in_a_clash_with_smugglers(ex):
    # the soldier killed is his side of the clash, the smugglers the other ("slot.clash-side")
    e = _one(ex, "قتل مجند في اشتباك مع مهربين على الحدود", "ASSAULT", "اشتباك")
    assert (_codes(e.actors), _codes(e.targets), e.fatalities) == (["--- MIL"], ["--- REB"], 1)


def test_assemble_an_act_suspected_is_not_the_polices(ex):
    # "للاشتباه في تخطيطهم لهجوم": the attack is the suspects', as after "يشتبه", not the
    # police's
    text = "اعتقلت الشرطة البلجيكية أربعة أشخاص للاشتباه في تخطيطهم لهجوم في بروكسل"
    assert _one(ex, text, "ASSAULT", "لهجوم").actors == ()


def test_assemble_the_suspect_is_the_one_arrested(ex):
    # "يشتبه في": the target search stops before what he is suspected of
    e = _one(ex, "اعتقلت الشرطة شابا عراقيا يشتبه في تخطيطه لهجوم على كنيسة", "COERCE", "اعتقلت")
    assert _codes(e.targets) == ["IRQ CVL"]


@pytest.mark.parametrize(
    "text, place, targets",
    [
        # the state that backs a group is no place, nor the country of the group's sites
        ("قصفت طائرات أمريكية مواقع لفصائل مدعومة من إيران في شرق سوريا", "شرق سوريا", ["SYR REB"]),
        ("قصفت الطائرات مواقع جماعة مدعومة من روسيا في ليبيا", "ليبيا", ["LBY REB"]),
    ],
)
def test_assemble_a_backer_state_is_no_place(ex, text, place, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (e.place.text, _codes(e.targets)) == (place, targets)


def test_assemble_passers_by_are_civilians(ex):
    e = _one(ex, "أطلق مسلحون النار على المارة في وسط المدينة", "ASSAULT", "أطلق")
    assert _codes(e.targets) == ["--- CVL"]


@pytest.mark.parametrize(
    "text",
    [
        # the subject stands before what it rides ("على دراجة نارية") and the verb after
        "قالت مصادر محلية إن مسلحين على دراجات نارية أطلقوا النار عشوائيا على حاجز للشرطة",
        # (control: found through the clause's subject as well)
        "أفاد الشهود بأن مسلحين على متن سيارة أطلقوا النار عشوائيا على حاجز للشرطة",
    ],
)
def test_assemble_the_subject_before_what_it_rides(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [a.name for a in e.actors] == ["Gunmen"]


@pytest.mark.parametrize(
    "text, targets",
    [
        # what the subject rides ("على متن") is no object of the verb
        ("هاجم مسلحون على متن دراجات نارية حاجزا للجيش قرب المدينة", ["--- MIL"]),
        # control: a car attacked after "على" is the target
        ("اعتدى مستوطنون على سيارة فلسطينية قرب القرية", ["PSE CVL"]),
    ],
)
def test_assemble_what_the_subject_rides_is_no_object(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


def test_assemble_workers_of_a_named_site_enter_a_strike(ex):
    # who enters a strike strikes, past the site they work at named after them
    e = _one(ex, "دخل عمال ميناء العقبة في إضراب مفتوح عن العمل", "PROTEST", "إضراب")
    assert [a.text for a in e.actors] == ["عمال"]


def test_assemble_who_infiltrates_is_the_genitive(ex):
    # an infiltration has no object: its genitive, past a count, is who infiltrates
    text = "أحبط حرس الحدود محاولة تسلل أربعة متسللين من الأراضي السورية"
    e = _one(ex, text, "ASSAULT", "تسلل")
    assert ([a.name for a in e.actors], e.targets, e.modality) == (["Infiltrators"], (), ce.Modality.NEGATED)


@pytest.mark.parametrize(
    "text, accused",
    [
        # the act charged with is named by a word that is also a preposition of targets
        # ("استهداف"): whom it struck is no one accused, the one who denies is
        ("نفت الحكومة اتهامات المعارضة باستهداف المستشفيات", ["--- GOV"]),
        ("نفى الجيش الاتهامات باستهداف الأحياء السكنية", ["--- MIL"]),
        # (control: an act charged with, named by another word)
        ("نفى الجيش الاتهامات بقصف الأحياء السكنية", ["--- MIL"]),
    ],
)
def test_assemble_the_denier_of_charges_is_accused_and_did_the_act(ex, text, accused):
    events = ex.extract(text, article_date=DATE)
    charge = next(e for e in events if e.type == "ACCUSE")
    act = next(e for e in events if e.type == "ASSAULT")
    assert (_codes(charge.targets), _codes(act.actors), act.modality) == (accused, accused, ce.Modality.NEGATED)


@pytest.mark.parametrize(
    "text, targets",
    [
        # who rejects charges of an act rejects nothing of whom the act struck
        ("رفضت الحكومة الاتهامات باستهداف المدنيين في الإقليم", []),
        # control: whose demands are rejected is the target
        ("رفضت الحكومة مطالب المعارضة بتأجيل الانتخابات", ["--- OPP"]),
    ],
)
def test_assemble_a_rejection_of_charges_has_no_target_of_the_charged_act(ex, text, targets):
    e = _one(ex, text, "REJECT", "رفضت")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a verb right after an indefinite phrase opens a clause on it: the phrase is its
        # subject even after a preposition, and a state after the verb is its object
        ("فرضت واشنطن عقوبات على شركات هندية تزود إيران بقطع غيار الطائرات", ["IND BUS"], ["IRN GOV"]),
        ("أطلق الحراس النار على مسلحين هاجموا مخفرا للشرطة", ["--- REB"], ["--- COP"]),
        ("تحدث الشهود عن طائرات تركية قصفت مستشفى في البلدة", ["TUR MIL"], ["--- MED"]),
        # (control: a definite phrase after a preposition is no subject; the protesters
        # before it are, "يطالبون" having its subject before it)
        ("احتشد المئات أمام مقر الحكومة يطالبون بالإفراج عن المعتقلين", ["--- OPP"], []),
    ],
)
def test_assemble_a_clause_on_an_indefinite_phrase_after_a_preposition(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text in ("تزود", "هاجموا", "قصفت", "يطالبون"))
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a verb in the plural agrees with a subject before it: what follows is its object
        ("تجمع المحتجون أمام البرلمان يطالبون برحيل الحكومة", ["--- OPP"], ["--- GOV"]),
        # and with none before in its clause, after a protest, the protesters do it
        ("خرج آلاف العمال إلى الشوارع يطالبون الحكومة برفع الأجور", ["--- OPP"], ["--- GOV"]),
        # (control: a verb in the singular has its subject after it)
        ("وفي اعتصام أمام المصنع تطالب النقابة الحكومة برفع الأجور", ["--- CVL"], ["--- GOV"]),
    ],
)
def test_assemble_a_plural_verb_has_its_subject_before_it(ex, text, actors, targets):
    e = _one(ex, text, "REQUEST", "طالب")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, found",
    [
        # "صادر" opening its clause confiscates
        ("صادرت السلطات أموال الجمعية ثم صادر الجنود هواتف الموقوفين", ["صادرت", "صادر"]),
        ("وصادر المستوطنون جرارا زراعيا قرب القرية", ["صادر"]),
        # the same word after a text or ruling tells who issued it
        ("قال الجيش في بيان صادر عن قيادته إن الوضع هادئ", []),
        ("طعن المحامي في الحكم الصادر بحق موكله", []),
    ],
)
def test_assemble_confiscated_or_issued(ex, text, found):
    assert [e.trigger.text for e in ex.extract(text, article_date=DATE) if e.type == "COERCE"] == found


@pytest.mark.parametrize(
    "text, place, country",
    [
        # "بحجة" is a pretext, not the Yemeni town of Hajjah
        ("اعتقلت الشرطة الناشط بحجة الإخلال بالأمن العام", None, None),
        ("هدمت الجرافات منزلا لعائلة فلسطينية بحجة البناء دون ترخيص", None, None),
        # (control: the town named as a place)
        ("قتل خمسة مدنيين في غارة على مدينة حجة", "مدينة حجة", "YEM"),
    ],
)
def test_assemble_a_pretext_is_no_town(ex, text, place, country):
    e = ex.extract(text, article_date=DATE)[0]
    assert (e.place.text if e.place else None, e.targets[0].country) == (place, country)


@pytest.mark.parametrize(
    "text, plotter",
    [
        # the one arrested or killed plots the act after a word of plotting
        ("أعلنت الشرطة اعتقال إرهابي خطير في كركوك كان يخطط لتنفيذ هجمات", "--- REB"),
        ("ضبطت قوات الأمن خلية إرهابية خططت لتفجير كنيسة في المدينة", "--- REB"),
        ("قتلت القوات مسلحا كان يخطط لهجوم انتحاري على الحاجز", "--- REB"),
    ],
)
def test_assemble_the_object_plots_the_act_after_it(ex, text, plotter):
    events = ex.extract(text, article_date=DATE)
    plotted = next(e for e in events if e.modality == ce.Modality.PLANNED)
    assert _codes(plotted.actors) == [plotter]
    # the act done to the plotter stays an event of its own
    assert any(e.modality == ce.Modality.ASSERTED and _codes(e.targets) == [plotter] for e in events)


@pytest.mark.parametrize(
    "text, etype, targets",
    [
        # whom the plotted act aims at is no object of the arrest, nor of the attack the
        # plotter is named after
        ("اعتقلت الشرطة شابا يخطط لشن هجوم على السفارة", "COERCE", ["--- CVL"]),
        ("قتل ثلاثة جنود في هجوم خطط له التنظيم منذ أشهر", "ASSAULT", ["--- MIL"]),
    ],
)
def test_assemble_the_plotted_act_keeps_its_own_target(ex, text, etype, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == etype and e.modality == ce.Modality.ASSERTED)
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # who is said to be behind an act did it, not who says so
        ("رجح مسؤولون أمريكيون أن تكون إيران وراء الهجوم على القاعدة", ["IRN GOV"]),
        ("وقالت الشرطة إن عصابات تهريب تقف وراء عمليات الخطف", ["--- REB"]),
        # (control: one accused of being behind it, through the accusation)
        ("اتهمت الحكومة الحوثيين بالوقوف وراء الهجوم", ["YEM REB"]),
    ],
)
def test_assemble_who_is_behind_an_act_did_it(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, arrests",
    [
        # "أوقفت" that stops a thing or an act arrests no one
        ("أوقفت المغرب رحلاتها الجوية إلى ألمانيا حتى إشعار آخر", 0),
        ("أوقفت أوكرانيا صادرات الحبوب إلى المجر", 0),
        ("أوقفت إثيوبيا المحادثات مع السودان بشأن الحدود", 0),
        # (control: people stopped are arrested, past a time too)
        ("أوقفت الشرطة أمس ثلاثة شبان في الدار البيضاء", 1),
    ],
)
def test_assemble_a_stop_of_things_is_no_arrest(ex, text, arrests):
    assert sum(e.mode == "arrest" for e in ex.extract(text, article_date=DATE)) == arrests


@pytest.mark.parametrize(
    "text, actors",
    [
        # any act one denies having done is one's own
        ("نفت حركة الشباب أن تكون قد نفذت أي هجوم على القوات الحكومية", ["SOM REB"]),
        # (control: any act denied to have happened at all is no one's)
        ("نفى الجيش وقوع أي هجوم على مواقعه قرب الحدود", []),
    ],
)
def test_assemble_any_act_denied_is_the_deniers(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (_codes(e.actors), e.modality) == (actors, ce.Modality.NEGATED)


@pytest.mark.parametrize(
    "text, modality",
    [
        # a denial does not reach past a comma into the act a joined verb tells of
        ("نفت الحركة أي مسؤولية عن التفجير، واتهمت الجيش بقصف البلدة", ce.Modality.ASSERTED),
        # (control: the act denied, in the denial's own clause)
        ("نفت الحركة أي صلة لها بقصف البلدة", ce.Modality.ASSERTED),
        ("نفى الجيش أن يكون قد قصف البلدة", ce.Modality.NEGATED),
    ],
)
def test_assemble_a_denial_stops_at_a_joined_verb(ex, text, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.trigger.text in ("بقصف", "قصف"))
    assert e.modality == modality


@pytest.mark.parametrize(
    "text, accused",
    [
        # past the accuser's name the lexicon does not know, the accused stands right
        # before the charge
        ("اتهم والي ولاية الجزيرة الطاهر إبراهيم الخير قوات الدعم السريع بنهب المنازل", ["SDN REB"]),
        ("اتهم حاكم الإقليم مني أركو مناوي الميليشيات بحرق القرى", ["--- REB"]),
        # (control: after a statement named between)
        ("اتهمت الحكومة في بيان الحوثيين بقصف المدينة", ["YEM REB"]),
    ],
)
def test_assemble_the_accused_before_the_charge_past_a_name(ex, text, accused):
    e = _one(ex, text, "ACCUSE", "اتهم")
    assert _codes(e.targets) == accused


@pytest.mark.parametrize(
    "text",
    [
        # what a dispersal by a light verb is done with, past the protesters and a word of
        # using, is that dispersal
        "قامت قوات الأمن بتفريق المحتجين باستخدام الغاز المسيل للدموع",
        "قامت الشرطة بتفريق المتظاهرين مستخدمة خراطيم المياه",
        # (control: after the verb, with "بـ")
        "فرقت الشرطة المتظاهرين بخراطيم المياه",
    ],
)
def test_assemble_one_dispersal_with_its_tools(ex, text):
    assert [e.mode for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"] == ["crowd-control"]


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # the count of the mourners is no toll of the dead they bury
        ("شيع آلاف اليمنيين جثامين الشهداء الذين سقطوا في الغارة على صعدة", None),
        # (control: a count right before the dead, or past "من", is theirs)
        ("أسفر القصف على المدينة عن سقوط عشرات القتلى", 12),
        ("أكد المسعفون سقوط عدد من القتلى في القصف على المدينة", 10),
    ],
)
def test_assemble_a_count_of_mourners_is_no_toll(ex, text, fatalities):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.fatalities == fatalities


def test_assemble_one_killed_in_a_relative_clause(ex):
    # the one a relative clause of killing is on is one killed, by whom shot him
    e = _one(ex, "شيع المئات جثمان الشاب الذي قتل برصاص الشرطة", "ASSAULT", "قتل")
    assert (e.fatalities, _codes(e.actors), [t.text for t in e.targets]) == (1, ["--- COP"], ["الشاب"])


@pytest.mark.parametrize(
    "text, targets",
    [
        # the commander of a unit in a body is of that body
        ("أعلن الجيش الإسرائيلي اغتيال قائد كتيبة في حركة الجهاد الإسلامي", ["PSE REB"]),
        ("قتل قائد وحدة في حزب الله بغارة إسرائيلية", ["LBN REB"]),
        # (control: with no unit between)
        ("أعلن الجيش الإسرائيلي اغتيال قيادي في حركة حماس", ["PSE REB"]),
    ],
)
def test_assemble_a_unit_commander_is_of_the_body(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # who mourns or buries the dead of an attack neither made it nor fell in it
        "نعت الجماعة القيادي الذي قتل في الغارة",
        "شيع الأهالي الشهداء الذين سقطوا في القصف",
    ],
)
def test_assemble_the_mourners_are_no_side_of_the_attack(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert not any(a.text in ("الجماعة", "الأهالي") for a in (*e.actors, *e.targets))


@pytest.mark.parametrize(
    "text, fatalities, targets",
    [
        # people who fell or perished in an attack, named right before the verb, are its dead
        ("نعت الحركة أربعة من مقاتليها سقطوا في غارة جوية فجر اليوم", 4, ["مقاتليها"]),
        ("أكدت مصادر طبية أن سبعة مدنيين قضوا جراء القصف المدفعي على البلدة", 7, ["مدنيين"]),
        ("دفن الأهالي صيادين اثنين قضيا بقصف بحري قرب الشاطئ", 2, ["صيادين"]),
        # (controls: fallen into a trap or into the hands of the police, no one died)
        ("قال الجيش إن خمسة مسلحين سقطوا في كمين قرب الحدود", None, None),
        ("أعلنت الشرطة أن ستة مهربين سقطوا في قبضتها بعد هجوم على دورية", None, None),
        # (control: the verb of killing itself)
        ("نعت الحركة أربعة من مقاتليها قتلوا في غارة جوية فجر اليوم", 4, ["مقاتليها"]),
    ],
)
def test_assemble_who_fell_in_an_attack_were_killed(ex, text, fatalities, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.fatalities == fatalities
    if targets is not None:
        assert [t.text for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # a sum allocated, granted or donated is aid, as one given is
        ("خصصت الحكومة الهولندية 15 مليون يورو لإغاثة ضحايا الفيضانات في باكستان", ["NLD GOV"]),
        ("أعلنت ألمانيا تخصيص 30 مليون يورو لدعم النازحين في السودان", ["DEU GOV"]),
        ("منحت الكويت الأردن مليوني دينار لدعم اللاجئين", ["KWT GOV"]),
        ("قدمت قطر ملياري ريال للسلطة الفلسطينية", ["QAT GOV"]),
        # (control: the sum given, as before)
        ("قدمت الإمارات 40 مليون دولار لدعم المستشفيات", ["ARE GOV"]),
    ],
)
def test_assemble_a_sum_allocated_or_granted_is_aid(ex, text, actors):
    e = _one(ex, text, "AID", "")
    assert _codes(e.actors) == actors


def test_assemble_a_sum_seen_is_no_aid(ex):
    # a sum detected or monitored is no gift
    assert "AID" not in _types(ex, "رصدت الأجهزة الأمنية تحويل خمسة ملايين دولار إلى حساب في الخارج")


@pytest.mark.parametrize(
    "text",
    [
        # who shot the one a relative clause of killing is on, past the time of his death
        "ودع أهالي القرية جثمان الشاب الذي استشهد مساء أمس برصاص قوات الاحتلال",
        # (control: with no time between)
        "ودع أهالي القرية جثمان الشاب الذي استشهد برصاص قوات الاحتلال",
    ],
)
def test_assemble_the_killer_of_a_relative_clause_past_its_time(ex, text):
    e = _one(ex, text, "ASSAULT", "استشهد")
    assert (_codes(e.actors), [t.text for t in e.targets], e.fatalities) == (["ISR MIL"], ["الشاب"], 1)


@pytest.mark.parametrize(
    "text, trigger",
    [
        # the outlet named after a noun of censorship is the one silenced, not who silences it
        ("قررت السلطات إغلاق مكتب قناة الجزيرة في العاصمة", "إغلاق"),
        ("قررت السلطات تعليق عمل قناة الجزيرة في البلاد", "تعليق"),
        # (control: after the verb)
        ("أغلقت السلطات مكتب قناة الجزيرة في العاصمة", "أغلقت"),
    ],
)
def test_assemble_the_outlet_after_a_noun_of_censorship_is_its_target(ex, text, trigger):
    e = _one(ex, text, "COERCE", trigger)
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == (["السلطات"], ["قناة الجزيرة"])


@pytest.mark.parametrize(
    "text, targets",
    [
        # a state's central bank is of its government
        ("جمدت كندا أصول البنك المركزي الإيراني", ["IRN GOV"]),
        # (control: the state named inside the bank's name)
        ("فرض الاتحاد الأوروبي عقوبات على مصرف ليبيا المركزي", ["LBY GOV"]),
    ],
)
def test_assemble_a_central_bank_is_of_its_state(ex, text, targets):
    e = _one(ex, text, "SANCTION", "")
    assert _codes(e.targets) == targets


@pytest.mark.parametrize(
    "text",
    [
        # the word after a subject that tells it unknown is no object attacked
        "هاجمت طائرات مسيرة مجهولة قاعدة عين الأسد غرب العراق",
        "قصفت طائرات حربية مجهولة مدينة الكفرة",
    ],
)
def test_assemble_unknown_is_the_subject_s_word(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.actors and not any("مجهول" in t.text for t in e.targets)


@pytest.mark.parametrize(
    "text, camp, targets",
    [
        # a camp named in the gazetteer is the place itself, and its people what is attacked
        ("قصفت الطائرات الحربية مخيم النصيرات وسط القطاع", "Nuseirat camp", ["PSE REF"]),
        ("اقتحمت القوات مخيم نور شمس قرب طولكرم", "Nur Shams camp", ["PSE REF"]),
        ("اندلعت اشتباكات عنيفة في مخيم عين الحلوة جنوب لبنان", "Ain al-Hilweh camp", []),
    ],
)
def test_assemble_a_named_camp_is_the_place_and_its_people_the_target(ex, text, camp, targets):
    e = ex.extract(text, article_date=DATE)[0]
    assert (e.place.name, e.place.kind, _codes(e.targets)) == (camp, "site", targets)


@pytest.mark.parametrize(
    "text, etype, modality",
    [
        # an act's noun whose light verb is denied, a long subject between, did not happen
        ("لم تتوصل الأطراف الليبية المتنازعة إلى اتفاق في جنيف", "AGREE", ce.Modality.NEGATED),
        ("لم تعقد الأطراف الليبية المتنازعة محادثات مباشرة منذ أشهر", "CONSULT", ce.Modality.NEGATED),
        # (controls: the negation near the noun; no negation; the denial in another clause)
        ("لم يتوصل الطرفان إلى اتفاق", "AGREE", ce.Modality.NEGATED),
        ("توصلت الأطراف الليبية المتنازعة إلى اتفاق في جنيف", "AGREE", ce.Modality.ASSERTED),
        ("قال الوزير إن الحكومة لم تتدخل، وإن الأطراف وقعت اتفاقا في جنيف", "AGREE", ce.Modality.ASSERTED),
    ],
)
def test_assemble_a_denied_light_verb_denies_its_act(ex, text, etype, modality):
    e = _one(ex, text, etype, "")
    assert e.modality == modality


@pytest.mark.parametrize(
    "text",
    [
        # what the subject protests at is not its own act
        "انسحب ممثلو المعارضة من الجلسة احتجاجا على استمرار القصف",
        "غادر الوفد الحكومي قاعة الاجتماع احتجاجا على استمرار الهجمات",
    ],
)
def test_assemble_what_one_protests_at_is_not_one_s_act(ex, text):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, actors",
    [
        # who called a protest, after "إليها", is the caller; what is called to is the protest
        ("شارك نحو ألف شخص في الوقفة التي دعت إليها نقابة الصحفيين", ["--- JRN"]),
        ("انطلقت المظاهرات التي دعا إليها التيار الصدري في بغداد", ["IRQ PTY"]),
    ],
)
def test_assemble_who_called_a_protest_after_the_pronoun(ex, text, actors):
    e = _one(ex, text, "REQUEST", "دع")
    assert (_codes(e.actors), e.targets) == (actors, ())


@pytest.mark.parametrize(
    "text, types",
    [
        # operations arrests were made in are no attack of their own, bare as named so
        ("ألقت الشرطة القبض على 30 مطلوبا في عمليات متزامنة بعدة مدن", ["COERCE"]),
        # (control: named so)
        ("اعتقلت قوات الأمن 12 مطلوبا في عملية أمنية بمدينة الرمادي", ["COERCE"]),
    ],
)
def test_assemble_operations_of_arrests_are_no_attack(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, targets",
    [
        # a drone whose adjective stands between "طائرة" and "مسيرة" is coded by it, and a
        # downing told past a long subject is one event
        ("أسقط المتمردون طائرة أمريكية مسيرة فوق محافظة الجوف", ["USA MIL"]),
        ("أسقطت الدفاعات الجوية الأوكرانية طائرة روسية مسيرة قرب كييف", ["RUS MIL"]),
        # (control: the adjective after both words)
        ("أسقط المتمردون طائرة مسيرة أمريكية فوق محافظة الجوف", ["USA MIL"]),
    ],
)
def test_assemble_a_drone_downed_with_its_adjective_inside(ex, text, targets):
    events = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert [_codes(e.targets) for e in events] == [targets]


@pytest.mark.parametrize(
    "text, actors",
    [
        # a state's name right after an act's indefinite accusative noun is the noun's
        # adjective ("هجوما روسيا": a Russian attack), the attacker its forces
        ("صدت القوات الأوكرانية 25 هجوما روسيا قرب مدينة خاركيف", ["RUS MIL"]),
        ("شن الطيران قصفا تركيا عنيفا على قرى شمال العراق", ["TUR MIL"]),
        ("شنت القوات هجوما ألمانيا على المدينة", ["DEU MIL"]),
        # (controls: the state that is the subject, and the genitive of a noun without tanween)
        ("شنت روسيا هجوما واسعا على مدينة خاركيف", ["RUS GOV"]),
        ("أعلنت روسيا صد هجوم أوكرانيا على مدينة بيلغورود", ["UKR GOV"]),
    ],
)
def test_assemble_a_state_s_name_after_an_accusative_noun_is_its_adjective(ex, text, actors):
    assert _codes(_one(ex, text, "ASSAULT", "").actors) == actors


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # after "أن يكون قد" the verb's subject is that of "يكون", the one spoken of: what
        # follows the verb is its object
        ("نفى الجيش أن يكون قد استهدف المستشفى الميداني بالصواريخ", ["--- MIL"], ["--- MED"]),
        ("نفى الجيش أن يكون قد هاجم المتظاهرين أمام البرلمان", ["--- MIL"], ["--- OPP"]),
        ("نفى الحرس الثوري أن يكون قد أسقط الطائرة الأوكرانية", ["IRN MIL"], ["UKR MIL"]),
        # (control: a subject of its own between "يكون" and "قد")
        ("نفى الجيش أن يكون الطيران قد قصف المستشفى الميداني", ["--- MIL"], ["--- MED"]),
    ],
)
def test_assemble_after_an_yakuna_qad_the_verb_s_subject_is_before(ex, text, actors, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ASSAULT", "COERCE"))
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)
    assert e.modality == ce.Modality.NEGATED


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # the craft downed, among the trigger's words, is the object, not a genitive doer
        ("نفى الحرس الثوري أنه أسقط الطائرة الأوكرانية", ["الحرس الثوري"], ["UKR MIL"]),
        ("وقال الجيش السوري إنه أسقط الطائرة المسيرة فوق الحدود", ["الجيش السوري"], []),
        ("أعلن الجيش إسقاط الطائرة الأوكرانية فوق الحدود", ["الجيش"], ["UKR MIL"]),
        # (control: an indefinite craft)
        ("أعلن الجيش إسقاط طائرة أوكرانية فوق الحدود", ["الجيش"], ["UKR MIL"]),
    ],
)
def test_assemble_the_craft_downed_is_no_genitive_doer(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "سق")
    assert ([a.text for a in e.actors], _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        # one militia, unnamed, is an armed group; with its article it is the one named before
        ("اختطفت ميليشيا قبلية ثلاثة مهندسين في الصحراء", ["--- REB"]),
        ("هاجمت ميليشيا مسلحة قرية نائية في الجبال", ["--- REB"]),
        # (control: the anaphor, with no group before it, is coded with nothing)
        ("قالت الميليشيا إنها هاجمت قرية نائية في الجبال", ["--- ---"]),
    ],
)
def test_assemble_an_unnamed_militia_is_an_armed_group(ex, text, actors):
    assert _codes(_one(ex, text, "ASSAULT", "").actors) == actors


@pytest.mark.parametrize(
    "text, etype, actors, targets",
    [
        # an embassy named after an attack's or a storming's noun is what was struck
        ("اتهمت الحكومة الحوثيين بقصف السفارة الأمريكية في صنعاء", "ASSAULT", ["YEM REB"], ["USA GOV"]),
        ("أدانت الوزارة قصف السفارة التركية بالصواريخ", "ASSAULT", [], ["TUR GOV"]),
        ("أدانت الوزارة اقتحام السفارة السويدية في العاصمة", "COERCE", [], ["SWE GOV"]),
        # (control: an embassy that accuses is who acts)
        ("اتهمت السفارة الأمريكية الحوثيين باعتقال موظفيها", "ACCUSE", ["USA GOV"], ["YEM REB"]),
    ],
)
def test_assemble_an_embassy_after_an_attack_is_struck(ex, text, etype, actors, targets):
    e = _one(ex, text, etype, "")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a relative verb whose pronoun takes back the sanctions has no subject past "على":
        # what follows it is the sanctions' target
        ("رفعت واشنطن العقوبات التي فرضتها على السودان منذ عقود", [], ["SDN GOV"]),
        ("انتقد الوزير العقوبات التي فرضتها على إيران", [], ["IRN GOV"]),
        # (control: a subject after the verb)
        ("انتقد الوزير العقوبات التي فرضتها الولايات المتحدة على إيران", ["USA GOV"], ["IRN GOV"]),
    ],
)
def test_assemble_no_subject_past_ala_after_a_relative_sanction(ex, text, actors, targets):
    e = _one(ex, text, "SANCTION", "")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        # an act cancelled does not take place; one put off is still to come
        ("ألغى وزير الخارجية زيارته المقررة إلى بغداد", "زيارته", "negated"),
        ("أعلنت الرئاسة إلغاء القمة مع رئيس الوزراء الإسرائيلي", "القمة", "negated"),
        ("أرجأ الرئيس التونسي زيارته إلى الجزائر", "زيارته", "planned"),
        ("أعلنت نقابة المعلمين تأجيل الإضراب العام", "الإضراب", "planned"),
        # (control: a visit told plainly)
        ("وصل وزير الخارجية إلى بغداد في زيارة رسمية", "زيارة", "asserted"),
    ],
)
def test_assemble_an_act_cancelled_or_put_off(ex, text, trigger, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text, trigger, actors, targets",
    [
        # sanctions, a curfew or a state of emergency cancelled are eased, as when lifted
        ("ألغت الحكومة الأمريكية العقوبات المفروضة على كوبا", "ألغت", ["USA GOV"], ["CUB GOV"]),
        ("أعلن الرئيس إلغاء حالة الطوارئ في البلاد", "إلغاء", ["--- GOV"], []),
        # (control: lifted)
        ("رفعت الحكومة الأمريكية العقوبات المفروضة على كوبا", "رفعت", ["USA GOV"], ["CUB GOV"]),
    ],
)
def test_assemble_sanctions_cancelled_are_eased(ex, text, trigger, actors, targets):
    e = _one(ex, text, "RETREAT", trigger)
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        # "طيران العدوان", "قوى العدوان": the Saudi-led coalition as Sanaa's media name it,
        # the act the raid it makes ("العدوان" no act of its own there)
        ("شن طيران العدوان ثلاث غارات على مديرية باقم", ["SAU MIL"]),
        ("قصفت قوى العدوان قرى في مديرية رازح", ["SAU MIL"]),
        # (control: "العدوان" with a state's adjective is an act)
        ("أدان البرلمان العدوان التركي على القرى الحدودية", ["TUR MIL"]),
    ],
)
def test_assemble_the_coalition_as_sanaa_names_it(ex, text, actors):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT"]
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # the adjective of an act protested at names the act's side, not the protesters' or
        # the protesting state's
        ("تظاهر الطلاب احتجاجا على القصف الإسرائيلي للمدارس", "PROTEST", ["--- OPP"]),
        ("خرج المئات في مسيرة احتجاجا على الغارات الأمريكية", "PROTEST", ["--- OPP"]),
        ("استدعت الخارجية السفير احتجاجا على التصريحات الفرنسية", "ACCUSE", ["--- GOV"]),
        # (control: the protesters' own adjective)
        ("تظاهر الطلاب الأردنيون احتجاجا على القصف الإسرائيلي", "PROTEST", ["JOR OPP"]),
    ],
)
def test_assemble_the_protested_act_s_adjective_is_not_the_protesters(ex, text, etype, actors):
    assert _codes(_one(ex, text, etype, "").actors) == actors


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # who follows an assassination's or an abduction's "لـ" is the one killed or taken,
        # not the one who did it
        ("نفذت إسرائيل عملية اغتيال لقائد في حماس في بيروت", ["ISR GOV"], ["PSE REB"]),
        ("عملية خطف لجنود إسرائيليين قرب الحدود", [], ["ISR MIL"]),
        # (control: a shelling's "لـ" is whose shelling it is)
        ("قصف لقوات الدعم السريع على مدينة الفاشر", ["SDN REB"], []),
    ],
)
def test_assemble_after_an_assassination_s_li_comes_the_victim(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, types",
    [
        # "عبّر عن قلقه" voices a concern as "أعرب عن" does; a bare "عبرت" crosses
        ("عبرت الأمم المتحدة عن قلقها البالغ من تصاعد العنف في الإقليم", ["ACCUSE"]),
        ("عبر الوزير عن قلقه من التصعيد على الحدود", ["ACCUSE"]),
        # (control: crossing, with a concern after it)
        ("عبرت القوات الحدود وسط قلق دولي", []),
    ],
)
def test_assemble_a_concern_voiced_with_abbara(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # who voices concern at an act did not do it; the concern is aimed at who did
        ("أعربت الأمم المتحدة عن قلقها من اعتقال الصحفيين في إثيوبيا", "COERCE", []),
        ("أعرب الاتحاد الأوروبي عن قلقه من الغارات الروسية على المدن", "ASSAULT", ["RUS MIL"]),
        # (control: a verb of condemnation)
        ("أدانت الأمم المتحدة اعتقال الصحفيين في إثيوبيا", "COERCE", []),
    ],
)
def test_assemble_who_voices_concern_at_an_act_did_not_do_it(ex, text, etype, actors):
    assert _codes(_one(ex, text, etype, "").actors) == actors


def test_assemble_a_concern_is_aimed_at_the_doer_of_the_act(ex):
    e = _one(ex, "أعرب الاتحاد الأوروبي عن قلقه من الغارات الروسية على المدن", "ACCUSE", "قلق")
    assert (_codes(e.actors), _codes(e.targets)) == (["IGO IGO"], ["RUS MIL"])


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # one who surrenders or withdraws takes no object: past a count, they are who does it
        # (and to whom follows "لـ")
        ("استسلم العشرات من مقاتلي داعش للقوات العراقية في الموصل", ["--- REB"], ["IRQ MIL"]),
        ("انسحب المئات من المقاتلين من مواقعهم في الجبل", ["--- REB"], []),
        # (control: named right after the verb)
        ("استسلم مقاتلو داعش للقوات العراقية", ["--- REB"], ["IRQ MIL"]),
    ],
)
def test_assemble_who_surrenders_and_to_whom(ex, text, actors, targets):
    e = _one(ex, text, "RETREAT", "")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, actors",
    [
        # civilians before a protest are who protest, not what it befalls
        ("دخل الأسير خليل عواودة في إضراب مفتوح عن الطعام", ["--- CVL"]),
        ("أغلق التجار محالهم في السوق احتجاجا على الضرائب الجديدة", ["--- OPP"]),
        # (control: named right before the verb)
        ("أضرب الأسرى عن الطعام في السجون", ["--- CVL"]),
    ],
)
def test_assemble_civilians_before_a_protest_protest(ex, text, actors):
    assert _codes(_one(ex, text, "PROTEST", "").actors) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # drivers, named in the construct before what they drive, strike
        ("أضرب سائقو الشاحنات عن العمل في الميناء", ["--- OPP"]),
        ("أضرب سائقو الحافلات في العاصمة احتجاجا على رفع أسعار الوقود", ["--- OPP"]),
        # (control: in the genitive)
        ("نفذ آلاف السائقين إضرابا عن العمل في العاصمة", ["--- OPP"]),
    ],
)
def test_assemble_drivers_strike(ex, text, actors):
    assert _codes(_one(ex, text, "PROTEST", "").actors) == actors


def test_assemble_a_name_after_sa_is_no_order(ex):
    # "سامر" is a prisoner's name, not "I will order" calling for the strike
    e = _one(ex, "دخل الأسير سامر العيساوي في إضراب مفتوح عن الطعام", "PROTEST", "إضراب")
    assert (_types(ex, "دخل الأسير سامر العيساوي في إضراب مفتوح عن الطعام"), e.modality.value) == (
        ["PROTEST"], "asserted")


@pytest.mark.parametrize(
    "text, actors",
    [
        # the state whose act a concern or a condemnation noun is about is not the voicer's
        ("أعربت الخارجية عن قلقها من الغارات التركية على القرى", ["--- GOV"]),
        ("أعربت الخارجية عن إدانتها للغارات التركية على القرى", ["--- GOV"]),
        ("أبدت الوزارة قلقها من العقوبات الأمريكية الجديدة", ["--- GOV"]),
        # (control: the verb)
        ("أدانت الخارجية الغارات التركية على القرى", ["--- GOV"]),
    ],
)
def test_assemble_a_concern_s_act_s_state_is_not_the_voicer_s(ex, text, actors):
    assert _codes(_one(ex, text, "ACCUSE", "").actors) == actors


@pytest.mark.parametrize(
    "text, etype, place",
    [
        # a state joined to the actor is another side, though a capital bears its name
        ("أعلنت تونس والجزائر اتفاقهما على فتح المعابر الحدودية", "RETREAT", None),
        ("أعلنت الجزائر وتونس اتفاقهما على فتح المعابر الحدودية", "RETREAT", None),
        # (controls: the capital named after a preposition; no conjunct)
        ("أعلنت تونس والجزائر اتفاقهما على فتح المعابر الحدودية في تونس", "RETREAT", "TUN"),
        ("قررت الجزائر إغلاق حدودها مع مالي", "COERCE", None),
    ],
)
def test_assemble_a_state_beside_the_actor_is_no_place(ex, text, etype, place):
    e = _one(ex, text, etype, "")
    assert (e.place.country if e.place else None) == place


@pytest.mark.parametrize(
    "text, etype, country",
    [
        # talks and accords are hosted: a name that is a capital there is the capital, though
        # a village of one side's land bears it
        ("استأنفت إسرائيل وحماس المفاوضات غير المباشرة في الدوحة", "CONSULT", "QAT"),
        ("وقعت إسرائيل وحماس اتفاقا في الدوحة", "AGREE", "QAT"),
        ("اجتمع وفد حماس مع مسؤولين إسرائيليين في الدوحة", "CONSULT", "QAT"),
        # (control: the village named as one)
        ("اجتمع وفد حماس مع مسؤولين إسرائيليين في بلدة الدوحة", "CONSULT", "PSE"),
    ],
)
def test_assemble_hosted_talks_are_in_the_capital(ex, text, etype, country):
    assert _one(ex, text, etype, "").place.country == country


@pytest.mark.parametrize(
    "text, etype, place",
    [
        # a name told as a town's is where the act is, not a government attacked
        ("اقتحمت قوات الاحتلال مدينة رام الله", "COERCE", "PSE"),
        ("اقتحمت قوات الاحتلال بلدة الدوحة", "COERCE", "PSE"),
        ("هاجمت الطائرات المسيرة مدينة عمان", "ASSAULT", "JOR"),
        # (control: the bare name of a capital stays its government)
        ("اقتحمت قوات الاحتلال الدوحة", "COERCE", None),
    ],
)
def test_assemble_a_capital_told_as_a_town_is_the_place(ex, text, etype, place):
    e = _one(ex, text, etype, "")
    assert (e.place.country if e.place else None, bool(e.targets)) == (place, place is None)


@pytest.mark.parametrize(
    "text, fatalities",
    [
        # a toll that ends the sentence, its full stop glued to the number
        ("ارتفع عدد القتلى في الهجوم على السوق إلى 27.", 27),
        ("ارتفعت حصيلة قتلى التفجير إلى ١٤.", 14),
        # (control: no full stop)
        ("ارتفع عدد القتلى في الهجوم على السوق إلى 27", 27),
    ],
)
def test_assemble_a_toll_that_ends_the_sentence(ex, text, fatalities):
    assert _one(ex, text, "ASSAULT", "").fatalities == fatalities


@pytest.mark.parametrize(
    "text, targets",
    [
        # the peacekeepers in Lebanon by their full and their apposed names
        ("أصيب جنديان من قوة الأمم المتحدة المؤقتة في لبنان بقصف إسرائيلي", ["UNO MIL"]),
        ("تعرضت دورية للقوات الدولية اليونيفيل لإطلاق نار في جنوب لبنان", ["UNO MIL"]),
        # (control: the short name)
        ("تعرضت دورية لقوات اليونيفيل لإطلاق نار في جنوب لبنان", ["UNO MIL"]),
    ],
)
def test_assemble_the_peacekeepers_in_lebanon(ex, text, targets):
    assert _codes(_one(ex, text, "ASSAULT", "").targets) == targets


@pytest.mark.parametrize(
    "text, targets",
    [
        # who suffers "تعرض لـ" an attack, an abbreviation in brackets after its name
        ("تعرضت دورية لقوات الأمم المتحدة المؤقتة في لبنان (اليونيفيل) لإطلاق نار", ["UNO MIL"]),
        ("تعرض مقر (الحزب) لهجوم", ["--- PTY"]),
        # (control: no brackets)
        ("تعرض مقر الحزب لهجوم", ["--- PTY"]),
    ],
)
def test_assemble_a_sufferer_with_an_abbreviation_in_brackets(ex, text, targets):
    e = _one(ex, text, "ASSAULT", "")
    assert (_codes(e.targets), e.actors) == (targets, ())


@pytest.mark.parametrize(
    "text, etype, actors",
    [
        # "حكومته": the government of the speaker's state, as "بلاده" is its country
        ("أعلن رئيس الوزراء العراقي أن حكومته ستفرج عن جميع المعتقلين", "RETREAT", ["IRQ GOV"]),
        ("أكدت وزيرة الخارجية الألمانية أن حكومتها ستقدم مساعدات إضافية لغزة", "AID", ["DEU GOV"]),
        # (control: the government named bare, no state before)
        ("قالت الحكومة إنها ستفرج عن المعتقلين", "RETREAT", ["--- GOV"]),
    ],
)
def test_assemble_his_government_is_the_speakers_states(ex, text, etype, actors):
    assert _codes(_one(ex, text, etype, "").actors) == actors


@pytest.mark.parametrize(
    "text, etype",
    [
        # control taken "full" or "complete": the adjective between the noun and "على"
        ("أعلنت قوات الدعم السريع، مساء السبت، سيطرتها الكاملة على مدينة ود مدني", "ASSAULT"),
        ("تمكن الجيش من السيطرة التامة على البلدة", "ASSAULT"),
        # (controls: a state of control, no act)
        ("أكد الجيش أن الوضع تحت السيطرة الكاملة", None),
    ],
)
def test_assemble_full_control_taken(ex, text, etype):
    assert [e.type for e in ex.extract(text, article_date=DATE)] == ([etype] if etype else [])


@pytest.mark.parametrize(
    "text, actors",
    [
        # a possessed body among the words of a verbal act is its object, not who acts
        ("قررت البحرين إعادة فتح سفارتها في دمشق", ["BHR GOV"]),
        # (control: the subject among the act's words)
        ("طالب مجلس الأمن الدولي بوقف القتال في السودان", ["UNO UNO"]),
    ],
)
def test_assemble_a_possessed_body_in_the_act_is_no_actor(ex, text, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("SUPPORT", "REQUEST"))
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, actors",
    [
        # two states reopening their embassies restore relations, the subject between
        ("أعادت السعودية وإيران فتح سفارتيهما بعد سبع سنوات من القطيعة", ["IRN GOV", "SAU GOV"]),
        ("أعاد البلدان فتح سفارتيهما", ["--- ---"]),
        # (control: one state's embassy)
        ("أعادت البحرين فتح سفارتها في دمشق", ["BHR GOV"]),
    ],
)
def test_assemble_embassies_reopened_restore_relations(ex, text, actors):
    assert _codes(_one(ex, text, "SUPPORT", "").actors) == actors


@pytest.mark.parametrize(
    "text, country",
    [
        # sites struck where no place is told are another named state's, not the striker's
        ("إذا هاجمت إسرائيل المنشآت النووية فإن إيران سترد بقوة", "IRN"),
        ("حمّلت الحكومة اللبنانية دمشق مسؤولية التفجير الذي استهدف موكب الوزير", "LBN"),
        # (controls: no other state named; a place told)
        ("أكد الجيش المصري أنه شن هجوما على مواقع المسلحين", "EGY"),
        ("قصفت الطائرات الروسية مواقع المسلحين في إدلب وحذرت تركيا من التصعيد", "SYR"),
    ],
)
def test_assemble_sites_struck_are_another_named_states(ex, text, country):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert [t.country for t in e.targets] == [country]


@pytest.mark.parametrize(
    "text, place",
    [
        # a site struck stands where its name says
        ("أعلنت جماعة أنصار الله الحوثية استهداف مطار أبها السعودي بطائرة مسيرة", "Abha"),
        ("قصفت الطائرات مطار صنعاء الدولي", "Sanaa"),
        # (control: a town in an actor's name is no place)
        ("هاجمت قوات صنعاء مواقع سعودية", None),
    ],
)
def test_assemble_a_site_struck_is_where_its_name_says(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (e.place.name if e.place else None) == place


@pytest.mark.parametrize(
    "text, targets",
    [
        # a base named and struck is the target, its army's, and where the act is
        ("هاجمت فصائل عراقية قاعدة عين الأسد", [("قاعدة عين الأسد", "IRQ MIL")]),
        ("هاجمت طائرات مسيرة مجهولة قاعدة عين الأسد غرب العراق", [("قاعدة عين الأسد", "IRQ MIL")]),
        ("أطلقت فصائل عراقية مسلحة طائرات مسيرة على قاعدة التنف الأمريكية",
         [("قاعدة التنف الأمريكية", "USA MIL")]),
        # (control: a base withdrawn from is only the place)
        ("انسحبت القوات الأمريكية من قاعدة عين الأسد", []),
    ],
)
def test_assemble_a_named_base_struck_is_the_target(ex, text, targets):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("ASSAULT", "RETREAT"))
    assert ([(t.text, t.code) for t in e.targets], e.place.name is not None) == (targets, True)


@pytest.mark.parametrize(
    "text, actors",
    [
        # a claim ("تبنته") past where and what the attack struck names its author
        ("قتل جنديان في هجوم بطائرة مسيرة على قاعدة في الأردن، تبنته المقاومة الإسلامية في العراق",
         ["IRQ REB"]),
        ("قتل جنديان في هجوم على قاعدة في الأردن تبنته كتائب حزب الله", ["IRQ REB"]),
        # (control: the claim right after the act)
        ("قتل جنديان في هجوم تبناه تنظيم داعش", ["--- REB"]),
    ],
)
def test_assemble_a_claim_past_the_target_names_the_author(ex, text, actors):
    assert _codes(_one(ex, text, "ASSAULT", "هجوم").actors) == actors


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # "إحداها" after the verb: one of the acts told before did it; what follows is struck
        ("شنت الطائرات عشرين غارة على المدينة، استهدفت إحداها مستشفى ميدانيا", ["--- MIL"], ["--- MED"]),
        ("استهدفت إحداها مستشفى ميدانيا", [], ["--- MED"]),
        # (control: a subject after the verb)
        ("استهدفت الطائرات مستشفى ميدانيا", ["--- MIL"], ["--- MED"]),
    ],
)
def test_assemble_one_of_them_is_no_object_made_subject(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "استهدفت")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


@pytest.mark.parametrize(
    "text, targets",
    [
        # the verb of a noun entry's split form ("وقع ... اتفاقية") is that act, not the
        # light verb of the next act's noun ("وقعت الزيارة")
        ("وقع الرئيسان اتفاقية خلال زيارة الرئيس الفرنسي إلى القاهرة", []),
        # and its words past the subject are not the object: whom the accord protects is no party
        ("وقع الطرفان إعلانا لحماية المدنيين في جنيف", []),
        # (control: a party named after "مع")
        ("وقعت الحكومة اتفاقا مع حركة العدل والمساواة", ["SDN REB"]),
    ],
)
def test_assemble_an_accord_signed_before_another_acts_noun(ex, text, targets):
    assert _codes(_one(ex, text, "AGREE", "وقع").targets) == targets


@pytest.mark.parametrize(
    "text, actors",
    [
        # closing crossings, ports and borders restricts movement, whatever the verb's person
        # (control: a form listed before)
        ("أغلقت السلطات المصرية معبر رفح حتى إشعار آخر", ["EGY GOV"]),
        ("أغلق الجيش الإسرائيلي المعابر مع القطاع منذ يومين", ["ISR MIL"]),
        ("قالت إسرائيل إنها تغلق المعابر مع القطاع كل يوم جمعة", ["ISR GOV"]),
        ("أغلق الأردن الحدود مع سوريا", ["JOR GOV"]),
    ],
)
def test_assemble_closed_crossings_restrict_movement(ex, text, actors):
    e = _one(ex, text, "COERCE", "غلق")
    assert (e.mode, _codes(e.actors)) == ("restrict", actors)


@pytest.mark.parametrize(
    "text, accused",
    [
        # a conviction proven or not, or with its charge, is no condemnation
        ("أفرجت السلطات عن المعتقلين بعد أن لم تثبت إدانتهم", False),
        ("أطلقت المحكمة سراحه لعدم ثبوت إدانته", False),
        ("وتمت إدانتها بتهمة التجسس لصالح دولة أجنبية", False),
        # (controls: after "بعد", and a condemnation renewed, with its pronoun)
        ("سجن الناشط بعد إدانته بتهمة إهانة الرئيس", False),
        ("جددت الخارجية إدانتها للهجوم على المسجد", True),
    ],
)
def test_assemble_a_conviction_is_no_condemnation(ex, text, accused):
    assert ("ACCUSE" in _types(ex, text)) is accused


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # a government's experts in talks are its team, and the nisba joined to them the other side
        ("قال الوزير إن الخبراء الفرنسيين والألمان سيواصلون محادثاتهم", ["FRA GOV"], ["DEU GOV"]),
        # (control: its officials)
        ("قال الوزير إن المسؤولين الفرنسيين والألمان سيواصلون محادثاتهم", ["FRA GOV"], ["DEU GOV"]),
    ],
)
def test_assemble_a_governments_experts_in_talks(ex, text, actors, targets):
    e = _one(ex, text, "CONSULT", "محادثاتهم")
    assert (_codes(e.actors), _codes(e.targets)) == (actors, targets)


def test_assemble_experts_without_the_article_are_commentators(ex):
    # (a control of the experts' form, which takes the article only)
    e = _one(ex, "يرى خبراء أن الهجوم على المدينة سيستمر", "ASSAULT", "الهجوم")
    assert e.actors == ()


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # the act one has (no) intent of has that one as its actor: "نية لدى X في / لـ"
        ("قال المتحدث إنه لا نية لدى باريس لإرسال قوات إلى مالي", "لإرسال", ["FRA GOV"]),
        ("أكد الوزير التركي عدم وجود نية لدى بلاده في الإبقاء على قواتها داخل العراق", "الإبقاء", ["TUR GOV"]),
        ("لا توجد رغبة لدى الحكومة الكينية في فرض عقوبات على المعارضة", "عقوبات", ["KEN GOV"]),
    ],
)
def test_assemble_who_holds_the_intent_acts(ex, text, trigger, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, trigger, actors, targets, mode",
    [
        # "طائرة أمريكية مسيرة": the drone's adjective after its nisba is the craft's, which strikes
        ("نفذت طائرات أمريكية مسيرة ضربة استهدفت قياديا في تنظيم القاعدة بمحافظة شبوة",
         "استهدفت", ["USA MIL"], ["--- REB"], "drone"),
        ("استهدفت طائرة إسرائيلية مسيرة سيارة في مدينة صور", "استهدفت", ["ISR MIL"], ["LBN REB"], "drone"),
        # (controls: the drone shot down is that act's word, and the order of the drone's words)
        ("أسقط المتمردون طائرة أمريكية مسيرة في محافظة مأرب", "مسيرة", ["YEM REB"], ["USA MIL"], None),
        ("استهدفت طائرة مسيرة إسرائيلية سيارة في مدينة صور", "استهدفت", ["ISR MIL"], ["LBN REB"], "drone"),
    ],
)
def test_assemble_a_drone_named_with_its_nisba_first(ex, text, trigger, actors, targets, mode):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (_codes(e.actors), _codes(e.targets), e.mode) == (actors, targets, mode)


@pytest.mark.parametrize(
    "text, trigger, actors, fatalities",
    [
        # the dead who fell by someone's fire are that one's killing, with no attack named
        ("سقط قتيلان برصاص الشرطة في مدينة الموصل", "قتيلان", ["IRQ COP"], 2),
        ("سقط ثلاثة قتلى خلال احتجاجات في كربلاء برصاص قوات الأمن أمس", "قتلى", ["IRQ COP"], 3),
        ("سقط أربعة قتلى برصاص إسرائيلي في طولكرم", "قتلى", ["ISR MIL"], 4),
        ("سقط قتيلان بنيران الجيش في مدينة سرت", "قتيلان", ["LBY MIL"], 2),
    ],
)
def test_assemble_the_dead_fallen_by_someones_fire(ex, text, trigger, actors, fatalities):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (_codes(e.actors), e.fatalities) == (actors, fatalities)


@pytest.mark.parametrize(
    "text, types",
    [
        # (controls: the dead with no one's fire are a toll, and the protest is not by the shooters)
        ("سقط قتيلان في مدينة الموصل", []),
        ("سقط ثلاثة قتلى خلال احتجاجات في كربلاء برصاص قوات الأمن", ["ASSAULT", "PROTEST"]),
    ],
)
def test_assemble_the_dead_without_fire_and_the_protest_beside(ex, text, types):
    events = ex.extract(text, article_date=DATE)
    assert sorted(e.type for e in events) == types
    assert all(not e.actors for e in events if e.type == "PROTEST")


@pytest.mark.parametrize(
    "text, trigger, fatalities",
    [
        # "لقي مصرعه" with the pronoun that agrees with the dead: the killed verb's phrase
        ("أكدت مصادر طبية أن ثلاثة جنود لقوا مصرعهم برصاص قناص في درعا", "مصرعهم", 3),
        ("قالت مصادر أمنية إن شرطيا لقي حتفه برصاص مسلحين في العريش", "حتفه", 1),
        # (the feminine, with its subject inside the phrase)
        ("لقيت طفلة حتفها برصاص قناص في درعا", "لقيت", 1),
        # (and the masculine)
        ("لقي جندي حتفه برصاص قناص في درعا", "لقي", 1),
    ],
)
def test_assemble_met_their_death_by_fire(ex, text, trigger, fatalities):
    assert _one(ex, text, "ASSAULT", trigger).fatalities == fatalities


@pytest.mark.parametrize(
    "text",
    [
        # a drowning is no attack
        "لقيت امرأة حتفها غرقا في النهر",
        # (control: nor is a road accident)
        "لقي شخصان حتفهما في حادث سير على الطريق الدولي",
    ],
)
def test_assemble_met_their_death_by_accident(ex, text):
    assert ex.extract(text, article_date=DATE) == []


@pytest.mark.parametrize(
    "text, trigger, modality",
    [
        # what reports tell of is an act reported, or denied with them
        ("نفت وزارة الدفاع التركية صحة التقارير عن قصف قواتها لمواقع مدنية في شمال العراق", "قصف", "negated"),
        ("نفى الجيش الأنباء عن اعتقال صحفيين في العاصمة", "اعتقال", "negated"),
        # (control: a claim of one)
        ("أعلنت الحركة مسؤوليتها عن الهجوم على الحاجز", "الهجوم", "asserted"),
    ],
)
def test_assemble_what_reports_tell_of(ex, text, trigger, modality):
    e = next((e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text), None)
    assert e is not None and e.modality.value == modality


@pytest.mark.parametrize(
    "text",
    [
        # two states exchanging prisoners in the present: the feminine dual, and the plural
        "كينيا وإثيوبيا تتبادلان 40 أسيرا",
        "الجيش والمتمردون يتبادلون الأسرى برعاية الصليب الأحمر",
    ],
)
def test_assemble_prisoners_exchanged_in_the_present(ex, text):
    e = _one(ex, text, "RETREAT", "تبادل")
    assert e.mode == "release"


@pytest.mark.parametrize(
    "text, actors, targets",
    [
        # "طعن" with its victim is a stabbing
        ("طعن رجل ثلاثة أشخاص في محطة للقطارات بمدينة ميونيخ", ["DEU CVL"], ["DEU CVL"]),
        ("طعن شاب فلسطيني جنديا إسرائيليا عند حاجز قرب رام الله", ["PSE CVL"], ["ISR MIL"]),
        ("أقدم شاب على طعن جندي إسرائيلي عند الحاجز", ["--- CVL"], ["ISR MIL"]),
    ],
)
def test_assemble_a_stabbing_told_by_its_verb(ex, text, actors, targets):
    e = _one(ex, text, "ASSAULT", "طعن")
    assert (e.mode, _codes(e.actors), _codes(e.targets)) == ("primitive", actors, targets)


@pytest.mark.parametrize(
    "text",
    [
        # (controls of the verb: "طعن في" is to appeal against or to question; "الطعن" mostly the appeal)
        "طعنت الحكومة في قرار المحكمة الدستورية",
        "طعن المرشح في شرعية الانتخابات",
        "رفضت المحكمة الطعن المقدم من الحكومة",
    ],
)
def test_assemble_an_appeal_is_no_stabbing(ex, text):
    assert "ASSAULT" not in _types(ex, text)


@pytest.mark.parametrize(
    "text, modality",
    [
        # control extended in the imperfect, and with the future's prefix a plan
        ("قال المتحدث إن قوات الجيش ستبسط سيطرتها على البلدة خلال أيام", "planned"),
        ("قال القائد إن الجيش سيحكم سيطرته على الحدود", "planned"),
        # (control: without it)
        ("قوات الجيش تبسط سيطرتها على البلدة", "asserted"),
    ],
)
def test_assemble_control_extended_in_the_imperfect(ex, text, modality):
    e = _one(ex, text, "ASSAULT", "سيطرت")
    assert e.modality.value == modality


@pytest.mark.parametrize(
    "text, trigger, actors",
    [
        # who holds a view of an act is no actor of it
        ("يرى المسؤولون أن الهجوم على المدينة سيستمر", "الهجوم", []),
        # (controls: one the subject is no actor of, and its own act, told with "أنها")
        ("يعتقد المحققون أن الانفجار نجم عن عبوة ناسفة", "الانفجار", []),
        ("ترى الحكومة أنها قصفت مواقع الإرهابيين", "قصفت", ["--- GOV"]),
    ],
)
def test_assemble_a_view_held_names_no_actor(ex, text, trigger, actors):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert _codes(e.actors) == actors


@pytest.mark.parametrize(
    "text, place",
    [
        # a capital an attack's verb strikes is where the attack is, no government struck
        ("قصفت روسيا كييف بالصواريخ فجر اليوم", "كييف"),
        ("قصفت الطائرات الروسية العاصمة كييف بالصواريخ", "كييف"),
        # (control: one attacked "على")
        ("شنت الطائرات غارات على صنعاء", "صنعاء"),
    ],
)
def test_assemble_a_capital_struck_by_the_verb_is_the_place(ex, text, place):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert (e.targets, e.place.text if e.place else None) == ((), place)


def test_assemble_a_capital_accused_stays_the_accused(ex):
    # (control: the capital as a government, by a verb of words)
    e = _one(ex, "اتهمت روسيا كييف بقصف المدنيين", "ACCUSE", "اتهمت")
    assert _codes(e.targets) == ["UKR GOV"]


@pytest.mark.parametrize(
    "text, target",
    [
        # a rights activist is of the rights groups, not of the opposition
        ("قضت محكمة عسكرية بسجن ناشط حقوقي خمس سنوات", "--- HRI"),
        ("اعتقلت الشرطة ناشطا حقوقيا بارزا في العاصمة", "--- HRI"),
        # (control: an activist with no adjective)
        ("اعتقلت الشرطة ناشطا بارزا في العاصمة", "--- OPP"),
    ],
)
def test_assemble_a_rights_activist_is_hri(ex, text, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type in ("SANCTION", "COERCE"))
    assert _codes(e.targets) == [target]


def test_assemble_a_toll_with_thousands_set_off(ex):
    e = _one(ex, "قتل أكثر من 1,200 شخص في المعارك التي اندلعت في المدينة", "ASSAULT", "المعارك")
    assert e.fatalities == 1200


@pytest.mark.parametrize(
    "text, types",
    [
        # humanitarian operations are aid, and their suspension stops aid, no truce
        ("واصلت منظمة الصحة العالمية عملياتها الإنسانية في شمال السودان", ["AID"]),
        ("علقت المنظمة عملياتها الإنسانية في الإقليم الشهر الماضي", ["SANCTION"]),
        # (control: military operations are an attack)
        ("نفذ الجيش عمليات عسكرية في المنطقة", ["ASSAULT"]),
    ],
)
def test_assemble_humanitarian_operations_are_aid(ex, text, types):
    assert _types(ex, text) == types


@pytest.mark.parametrize(
    "text, arrests",
    [
        # "أوقف" stops work, flights, exports: no arrest
        ("أوقفت الشركة النفطية أعمالها في الحقل", 0),
        ("أوقفت الخطوط الجوية رحلاتها إلى المطار الدولي", 0),
        # (control: people stopped are arrested)
        ("أوقفت السلطات عشرة أشخاص بتهمة التهريب", 1),
    ],
)
def test_assemble_work_stopped_is_no_arrest(ex, text, arrests):
    assert sum(e.mode == "arrest" for e in ex.extract(text, article_date=DATE)) == arrests


@pytest.mark.parametrize(
    "text, actor",
    [
        # a nationality after a count is the counted people's, no actor
        ("أعلنت الحكومة الكندية تجميد أصول 20 شخصية إيرانية", "CAN GOV"),
        # one close to a body is not done by it
        ("أعلنت كندا تجميد أصول شركات مقربة من الحرس الثوري", "CAN GOV"),
        # (control: a nationality right after the act is its doer's)
        ("شنت الطائرات غارات إسرائيلية على القطاع", "ISR MIL"),
    ],
)
def test_assemble_a_counted_nationality_and_one_close_to_are_no_actor(ex, text, actor):
    e = ex.extract(text, article_date=DATE)[0]
    assert _codes(e.actors) == [actor]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # an act guarded against or feared is possible, and not the guard's or the fearful's
        ("نشرت السلطات المغربية مئات الشرطيين في الرباط تحسبا لأعمال شغب", "شغب"),
        ("نزح مئات السكان عن القرية خشية تجدد القصف", "القصف"),
        ("أغلقت المدارس أبوابها خوفا من هجمات جديدة", "هجمات"),
    ],
)
def test_assemble_an_act_feared_is_possible_and_nobodys(ex, text, trigger):
    e = next(e for e in ex.extract(text, article_date=DATE) if trigger in e.trigger.text)
    assert (e.modality, e.actors) == (ce.Modality.POSSIBLE, ())


def test_assemble_an_act_feared_leaves_the_guard_its_own_act(ex):
    # (control: the deployment itself stays the state's, asserted)
    e = _one(ex, "نشرت السلطات قوات إضافية تحسبا لاحتجاجات جديدة", "MOBILIZE", "نشرت")
    assert (e.modality, _codes(e.actors)) == (ce.Modality.ASSERTED, ["--- GOV"])


@pytest.mark.parametrize(
    "text, target",
    [
        # the act one is arrested on the claim of is alleged: its target is no one arrested,
        # and it is no event of its own
        ("اعتقلت قوات الاحتلال شابا فلسطينيا بزعم إلقائه الحجارة على الجنود", "PSE CVL"),
        ("اعتقلت الشرطة أربعة أشخاص بذريعة الاعتداء على رجال الأمن", "--- CVL"),
        # (control: an alleged act that names no one)
        ("اعتقلت الشرطة ناشطا بدعوى التحريض على العنف", "--- OPP"),
    ],
)
def test_assemble_an_alleged_act_is_neither_target_nor_event(ex, text, target):
    events = ex.extract(text, article_date=DATE)
    assert [(e.mode, _codes(e.targets)) for e in events] == [("arrest", [target])]


@pytest.mark.parametrize(
    "text, modality",
    [
        # an executive order signed enacts what it says: no command of an act to come
        ("وقع الرئيس أمرا تنفيذيا يفرض عقوبات على شركات النفط", ce.Modality.ASSERTED),
        ("أصدر الرئيس أمرا تنفيذيا بفرض عقوبات على شركات النفط", ce.Modality.ASSERTED),
        # (control: an order to act calls for it)
        ("أمر الرئيس بفرض عقوبات على شركات النفط", ce.Modality.REQUESTED),
    ],
)
def test_assemble_an_executive_order_is_no_command(ex, text, modality):
    e = _one(ex, text, "SANCTION", "عقوبات")
    assert e.modality == modality


@pytest.mark.parametrize(
    "text, actor, target",
    [
        # a ban or dissolution of parties restricts them (CAMEO 1722), the banning side acting
        ("أعلن المجلس العسكري حظر أنشطة الأحزاب السياسية في البلاد", "--- GOV", "--- PTY"),
        ("حظرت الحكومة الأحزاب الدينية", "--- GOV", "--- PTY"),
        ("أعلنت الحكومة التونسية حل الحزب الحاكم السابق", "TUN GOV", "TUN PTY"),
    ],
)
def test_assemble_a_ban_on_parties_restricts_them(ex, text, actor, target):
    e = _one(ex, text, "COERCE", "")
    assert (e.cameo, _codes(e.actors), _codes(e.targets)) == ("1722", [actor], [target])


@pytest.mark.parametrize(
    "text, actor",
    [
        # the capital a visitor goes to does not hold the talks the visit is for, he does
        ("يزور رئيس الوزراء الباكستاني كابول لإجراء محادثات مع المسؤولين الأفغان", "PAK GOV"),
        ("سيزور وزير الخارجية المصري أنقرة الأسبوع المقبل لإجراء محادثات مع نظيره التركي", "EGY GOV"),
        # (control: the visitor who goes to the capital)
        ("وصل وزير الخارجية المصري إلى أنقرة لإجراء محادثات مع نظيره التركي", "EGY GOV"),
    ],
)
def test_assemble_a_capital_visited_holds_no_talks(ex, text, actor):
    e = _one(ex, text, "CONSULT", "محادثات")
    assert _codes(e.actors) == [actor]


@pytest.mark.parametrize(
    "text, trigger",
    [
        # who resigns or strikes back after deaths in an act did not carry that act out
        ("استقال قائد الشرطة بعد مقتل متظاهرين في عملية أمنية", "عملية"),
        ("شن الجيش عملية عسكرية بعد مقتل ثلاثة جنود في كمين", "كمين"),
    ],
)
def test_assemble_the_act_deaths_came_in_is_not_the_subjects(ex, text, trigger):
    assert _one(ex, text, "ASSAULT", trigger).actors == ()


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        # the dead of what an act follows are not its object
        ("فرضت السلطات حظر التجول بعد مقتل شرطيين في هجوم على مركز أمني", "COERCE", "حظر"),
        ("شن الجيش عملية عسكرية بعد مقتل جنديين في كمين", "ASSAULT", "عملية"),
    ],
)
def test_assemble_the_dead_an_act_follows_are_not_its_object(ex, text, etype, trigger):
    assert _one(ex, text, etype, trigger).targets == ()


def test_assemble_an_act_reaches_its_object_past_no_after(ex):
    # (control: the object right after the act's noun)
    e = _one(ex, "أعلنت الشرطة اعتقال خمسة أشخاص في المدينة", "COERCE", "اعتقال")
    assert _codes(e.targets) == ["--- CVL"]


@pytest.mark.parametrize(
    "text, trigger, sides",
    [
        # the dead an act follows, and who shot them, are no toll, target or actor of it
        ("شن الجيش غارات على مواقع المسلحين بعد مقتل خمسة جنود", "غارات", ["--- MIL", "--- REB"]),
        ("شنت القوات عملية عسكرية إثر مقتل جنديين", "عملية", ["--- MIL"]),
        ("اندلعت مواجهات عنيفة في المدينة بعد مقتل شاب برصاص الشرطة", "مواجهات", []),
    ],
)
def test_assemble_the_dead_an_act_follows_are_no_toll_of_it(ex, text, trigger, sides):
    e = _one(ex, text, "ASSAULT", trigger)
    assert (e.fatalities, [s.code for s in (*e.actors, *e.targets)]) == (None, sides)


def test_assemble_a_toll_after_the_act_is_its_own(ex):
    # (control: the dead the act caused)
    e = _one(ex, "شن الجيش غارات على مواقع المسلحين أسفرت عن مقتل خمسة منهم", "ASSAULT", "غارات")
    assert e.fatalities == 5


def test_assemble_a_light_verb_after_what_an_act_follows_lends_it_no_actor(ex):
    # the side of the act a mobilization follows is not the one who mobilizes
    e = _one(ex, "أعلنت اليابان رفع حالة التأهب بعد إطلاق كوريا الشمالية صاروخا", "MOBILIZE", "التأهب")
    assert _codes(e.actors) == ["JPN GOV"]


@pytest.mark.parametrize(
    "text",
    [
        # an act named by its perpetrator is told before, no event of the sentence
        "هدم الجيش منزل منفذ عملية الطعن في المدينة",
        "اعتقلت الشرطة شقيق منفذ عملية الدهس",
    ],
)
def test_assemble_an_act_named_by_its_perpetrator_is_no_event(ex, text):
    assert "ASSAULT" not in _types(ex, text)


def test_assemble_beit_ummar_as_news_write_it(ex):
    # "بيت أمر", as news write the town the gazetteer spells "بيت أومر"
    e = _one(ex, "اقتحمت قوات الاحتلال بلدة بيت أمر شمال الخليل", "COERCE", "اقتحمت")
    assert (e.place.country, e.place.rule) == ("PSE", "plc.pse.284329")


@pytest.mark.parametrize(
    "text, target",
    [
        # a military commander of a named force is of that force, past his rank's adjective
        ("قتل قائد عسكري بارز في حزب الله في غارة إسرائيلية على جنوب لبنان", "LBN REB"),
        ("قتل قائد عسكري في الحرس الثوري في غارة جوية على دمشق", "IRN MIL"),
        # (control: a military commander of no force named)
        ("قتل قائد عسكري في غارة جوية على المدينة", "--- MIL"),
    ],
)
def test_assemble_a_military_commander_of_a_named_force(ex, text, target):
    e = _one(ex, text, "ASSAULT", "غارة")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, target",
    [
        # the passive's damma on the third letter of a verb that begins with alef: its
        # subject is the one the act befalls
        ("اعتُقل ناشط حقوقي بارز في العاصمة فجر اليوم", "--- HRI"),
        ("استُهدف موكب المحافظ بعبوة ناسفة", "--- GOV"),
    ],
)
def test_assemble_a_passive_marked_after_the_alef(ex, text, target):
    e = ex.extract(text, article_date=DATE)[0]
    assert (e.actors, _codes(e.targets), "slot.passive" in e.rules) == ((), [target], True)


def test_assemble_a_passive_marked_on_the_first_letter(ex):
    # (control: the damma on the first letter)
    e = ex.extract("اُعتقل ناشط حقوقي بارز في العاصمة فجر اليوم", article_date=DATE)[0]
    assert (e.actors, _codes(e.targets)) == ((), ["--- HRI"])


@pytest.mark.parametrize(
    "text, modality",
    [
        # an attack told with the article as what talks discuss happened, and is none of
        # the discussers' or the askers'
        ("دعت فرنسا إلى عقد جلسة طارئة لمجلس الأمن لمناقشة القصف الروسي على المدينة", ce.Modality.ASSERTED),
        ("بحث وزراء الخارجية العرب الهجوم على السفارة في اجتماع طارئ", ce.Modality.ASSERTED),
        # (control: an attack that is a possibility talked of)
        ("بحث وزيرا الدفاع إمكانية شن ضربات مشتركة", ce.Modality.POSSIBLE),
    ],
)
def test_assemble_an_attack_discussed_is_told(ex, text, modality):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.type == "ASSAULT")
    assert e.modality == modality
    if modality == ce.Modality.ASSERTED:
        assert not any(a.sector in ("GOV", "UNO") for a in e.actors)


@pytest.mark.parametrize(
    "text, aid",
    [
        # a medical team or a field hospital sent is humanitarian aid
        ("أرسلت الكويت فريقا طبيا إلى اليمن لعلاج الجرحى", ["KWT GOV"]),
        ("أرسلت قطر مستشفى ميدانيا إلى المناطق المنكوبة", ["QAT GOV"]),
        # (control: a team that speaks gives nothing)
        ("قال فريق طبي إن حالة المصابين مستقرة", None),
    ],
)
def test_assemble_a_medical_team_sent_is_aid(ex, text, aid):
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == "AID"]
    assert ([_codes(e.actors) for e in found] or [None]) == [aid]


@pytest.mark.parametrize(
    "text, actor",
    [
        # a reporter that speaks of its own act through a possessed word right after it
        ("أكدت سلطنة عمان استعدادها للتوسط بين السعودية وإيران", "OMN GOV"),
        ("أكدت الجزائر استعدادها للوساطة بين مالي والمتمردين", "DZA GOV"),
    ],
)
def test_assemble_a_reporter_of_its_own_readiness_acts(ex, text, actor):
    e = _one(ex, text, "CONSULT", "")
    assert _codes(e.actors) == [actor]


@pytest.mark.parametrize(
    "text, etype, side",
    [
        # duals: two armed groups clash, two homes are demolished
        ("اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في مدينة الزاوية", "ASSAULT", "actors"),
        ("اندلعت اشتباكات بين جماعتين مسلحتين في العاصمة", "ASSAULT", "actors"),
        ("أقدمت السلطات على هدم منزلين في بلدة العيساوية", "COERCE", "targets"),
    ],
)
def test_assemble_duals_of_groups_and_homes(ex, text, etype, side):
    e = _one(ex, text, etype, "")
    assert [a.sector for a in getattr(e, side)] == ["REB" if side == "actors" else "CVL"]


@pytest.mark.parametrize(
    "text, target",
    [
        # a camp struck is a site, of whom it is for
        ("تبنت الجماعة الهجوم على معسكر للجيش في المحافظة", "--- MIL"),
        ("قصفت الطائرات معسكرات للمسلحين في الجبال", "--- REB"),
    ],
)
def test_assemble_a_camp_struck_is_a_site(ex, text, target):
    e = _one(ex, text, "ASSAULT", "")
    assert _codes(e.targets) == [target]


@pytest.mark.parametrize(
    "text, actors, target",
    [
        # a bare nationality after the noun of an arrest or an abduction is who it befell
        ("أعلنت الشرطة اعتقال فلسطيني نفذ عملية دهس في المدينة", ["COP"], "PSE CVL"),
        ("أدانت الوزارة اختطاف أمريكي في العاصمة", [], "USA CVL"),
    ],
)
def test_assemble_a_bare_nationality_after_an_arrest_is_its_object(ex, text, actors, target):
    e = next(e for e in ex.extract(text, article_date=DATE) if e.mode in ("arrest", "abduct"))
    assert ([a.sector for a in e.actors], _codes(e.targets)) == (actors, [target])


def test_assemble_an_end_of_the_state_of_war_is_a_ceasefire(ex):
    e = _one(ex, "أعلن البلدان الجاران إنهاء حالة الحرب بينهما بعد عقدين من النزاع", "RETREAT", "حالة الحرب")
    assert e.mode == "ceasefire"


@pytest.mark.parametrize(
    "text",
    [
        # the military commander in the accusative, of the group he serves in
        "اعتقلت قوات الأمن قائدا عسكريا في حركة الشباب",
        "قتلت القوات قائدا عسكريا بارزا في تنظيم داعش",
    ],
)
def test_assemble_a_military_commander_in_the_accusative_is_of_his_group(ex, text):
    e = ex.extract(text, article_date=DATE)[0]
    assert [t.sector for t in e.targets] == ["REB"]


@pytest.mark.parametrize(
    "text, etype, target",
    [
        # the freeing of people counted is a release of them
        ("أعلنت قوات الأمن تحرير 12 رهينة كانوا محتجزين لدى عصابة", "RETREAT", ["--- CVL"]),
        ("أعلنت الشرطة تحرير 30 طالبة خطفهن مسلحون", "RETREAT", ["--- CVL"]),
        # (and of places counted, a taking of ground)
        ("أعلن الجيش تحرير 3 قرى في ريف المحافظة", "ASSAULT", []),
    ],
)
def test_assemble_a_freeing_past_a_count(ex, text, etype, target):
    e = _one(ex, text, etype, "تحرير")
    assert _codes(e.targets) == target


@pytest.mark.parametrize(
    "text, mode",
    [
        # policemen counted after the verb that sends them are police deployed
        ("نشرت السلطات ثلاثة آلاف شرطي حول مقر البرلمان قبل جلسة التصويت", "police"),
        ("أرسلت وزارة الداخلية مئات الشرطيين إلى المدينة الساحلية", "police"),
        ("نشرت الحكومة عشرات من عناصر الأمن عند مداخل الجامعة", "police"),
        # (soldiers sent stay troops, and policemen with soldiers too)
        ("أرسلت الحكومة ألف جندي إلى الحدود الشمالية", "troops"),
        ("نشرت السلطات ألف شرطي وجندي في مدينة الميناء", "troops"),
    ],
)
def test_assemble_policemen_sent_are_police_deployed(ex, text, mode):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == [("MOBILIZE", mode)]


def test_assemble_a_policeman_killed_is_no_deployment(ex):
    assert "MOBILIZE" not in _types(ex, "قتل شرطي وأصيب اثنان في هجوم على حاجز أمني شمال المدينة")


@pytest.mark.parametrize(
    "text, actor, target, modality",
    [
        # "تدعم" is a verb: its subject after it, whom it backs after that
        ("تدعم تركيا الحكومة الليبية في طرابلس", "TUR", "LBY", "asserted"),
        # (not whom what it is backed in is aimed at)
        ("تدعم الإمارات الحكومة الصومالية في حربها على حركة الشباب", "ARE", "SOM", "asserted"),
        # "ستواصل دعم": backing continued, its subject after the light verb or before it
        ("قال الوزير إن فرنسا ستواصل دعم الجيش اللبناني", "FRA", "LBN", "planned"),
        ("تواصل ألمانيا دعم أوكرانيا منذ بداية الحرب", "DEU", "UKR", "asserted"),
    ],
)
def test_assemble_backing_told_by_a_verb(ex, text, actor, target, modality):
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == "SUPPORT"]
    assert [([a.country for a in e.actors], [t.country for t in e.targets], e.modality) for e in found] == [
        ([actor], [target], ce.Modality(modality))]


@pytest.mark.parametrize(
    "text, etype, trigger, actor",
    [
        # after "أن", a state's name and the verb with a pronoun: the state is its subject,
        # not a noun the clause describes
        ("أكد الرئيس أن روسيا تدعمه في مواجهة خصومه", "SUPPORT", "تدعمه", "RUS"),
        ("قال القائد إن إسرائيل تهاجمه منذ أشهر", "ASSAULT", "تهاجمه", "ISR"),
    ],
)
def test_assemble_a_name_is_the_subject_of_the_clause_after_it(ex, text, etype, trigger, actor):
    e = _one(ex, text, etype, trigger)
    assert [a.country for a in e.actors] == [actor]
    assert not e.targets


@pytest.mark.parametrize(
    "text, expected",
    [
        # "دهم" (raided), as "داهم": a raid to arrest
        ("دهمت قوات الأمن منزل ناشط حقوقي في مدينة طنطا فجر اليوم", [("COERCE", "arrest")]),
        ("تدهم قوات الاحتلال منازل في البلدة كل ليلة", [("COERCE", "arrest")]),
        # (bare "دهم" is as often the noun of an operation named after it: no verb of its own)
        # floods raid no one
        ("دهمت السيول عشرات المنازل في القرى الجبلية", []),
        ("داهمت الأمطار الغزيرة خيام النازحين في المخيم", []),
    ],
)
def test_assemble_raids_by_men_not_by_floods(ex, text, expected):
    assert [(e.type, e.mode) for e in ex.extract(text, article_date=DATE)] == expected


@pytest.mark.parametrize(
    "text, etype, trigger, targets",
    [
        # the head of a UN office or of an aid body driven out of a country is expelled
        ("أعلنت الحكومة طرد مدير مكتب الأمم المتحدة للشؤون الإنسانية من البلاد", "SANCTION", "طرد", ["UNO"]),
        ("قررت السلطات طرد مديري منظمة دولية من العاصمة", "SANCTION", "طرد", None),
        # (fighters driven out of a town are attacked)
        ("تمكن الجيش من طرد مسلحي التنظيم من البلدة", "ASSAULT", "طرد", ["REB"]),
    ],
)
def test_assemble_staff_driven_out_are_expelled(ex, text, etype, trigger, targets):
    e = _one(ex, text, etype, trigger)
    if targets is not None:
        assert [t.sector for t in e.targets] == targets


@pytest.mark.parametrize(
    "text, expected",
    [
        # aid bodies not named are NGOs, and the word of relief in their name gives no aid
        ("طالبت منظمات الإغاثة بفتح المعابر أمام الشاحنات",
         [("REQUEST", "NGO"), ("RETREAT", None)]),
        ("اتهمت الحكومة منظمات إنسانية بتهريب الأسلحة إلى المتمردين", [("ACCUSE", "GOV")]),
        # (a relief convoy is aid)
        ("وصلت قافلة إغاثية إلى البلدة المحاصرة صباح اليوم", [("AID", None)]),
    ],
)
def test_assemble_aid_bodies_are_ngos_not_aid(ex, text, expected):
    got = [(e.type, e.actors[0].sector if e.actors else None) for e in ex.extract(text, article_date=DATE)]
    assert got == expected


@pytest.mark.parametrize(
    "text, etype, trigger, actor",
    [
        # the accused, taken up by "بأنها", did what the charge tells, whatever its type
        ("اتهمت الحكومة الصومالية إريتريا بأنها تدعم حركة الشباب بالسلاح", "SUPPORT", "تدعم", ("ERI", "GOV")),
        ("اتهمت المعارضة السلطات بأنها اعتقلت عشرات الناشطين خلال الليل", "COERCE", "اعتقلت", (None, "GOV")),
    ],
)
def test_assemble_the_accused_took_up_by_that_did_it(ex, text, etype, trigger, actor):
    e = _one(ex, text, etype, trigger)
    assert [(a.country, a.sector) for a in e.actors] == [actor]


@pytest.mark.parametrize(
    "text, expected",
    [
        # trucks held are seized, and are civilian property
        ("احتجز مسلحون قبليون عشرات الشاحنات المحملة بالوقود على الطريق الصحراوي",
         [("COERCE", "seize", ["CVL"])]),
        ("استهدفت طائرة مسيرة صهريج وقود قرب الحدود", [("ASSAULT", "drone", ["CVL"])]),
        # trucks laden with aid that arrive or enter deliver aid
        ("وصلت شاحنات محملة بالمساعدات الغذائية إلى البلدة المحاصرة", [("AID", None, [])]),
        ("دخلت عشرات الشاحنات المحملة بالمساعدات إلى القطاع عبر المعبر", [("AID", None, [])]),
        # (aid on trucks kept out is no aid given)
        ("منعت السلطات الشاحنات المحملة بالمساعدات من دخول المدينة", [("COERCE", "restrict", ["CVL"])]),
    ],
)
def test_assemble_trucks_held_and_trucks_of_aid(ex, text, expected):
    got = [(e.type, e.mode, [t.sector for t in e.targets]) for e in ex.extract(text, article_date=DATE)]
    assert got == expected


@pytest.mark.parametrize(
    "text, mode, target",
    [
        # transfers frozen, and aid stopped, "إلى" whom they went to: a sanction on them
        ("قررت الحكومة تجميد تحويل العائدات الضريبية إلى السلطة الفلسطينية", "discontinue", ("PSE", "GOV")),
        ("أعلنت بريطانيا وقف المساعدات العسكرية إلى الجيش النيجيري", "discontinue", ("NGA", "MIL")),
        # funds frozen are an asset freeze
        ("أعلنت فرنسا تجميد أموال خمسة رجال أعمال سوريين", None, ("SYR", "BUS")),
    ],
)
def test_assemble_funds_frozen_and_aid_stopped_to_whom(ex, text, mode, target):
    found = [e for e in ex.extract(text, article_date=DATE) if e.type == "SANCTION"]
    assert [(e.mode, [(t.country, t.sector) for t in e.targets]) for e in found] == [(mode, [target])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "when need be" calls on no one
        ("قال الوزير إن بلاده مستعدة لإرسال قوات إلى مالي إذا اقتضت الضرورة", ["MOBILIZE"]),
        ("أكد القائد أن الجيش سيتدخل عند الضرورة لحماية الحدود", []),
        ("هدد الجيش باستخدام القوة إذا دعت الضرورة", ["THREATEN"]),
        # (a necessity stressed is a call)
        ("أكد الأمين العام ضرورة وقف القتال فورا", ["REQUEST", "RETREAT"]),
    ],
)
def test_assemble_need_arising_is_no_call(ex, text, expected):
    assert _types(ex, text) == expected


@pytest.mark.parametrize(
    "text, actor, targets",
    [
        # "armed", agreeing with the men before it, describes them: no second side
        ("هاجم مستوطنون مسلحون قرية المغير شرق رام الله", "مستوطنون مسلحون", ["قرية المغير"]),
        ("اشتبكت الشرطة مع مهربين مسلحين قرب الحدود", "الشرطة", ["مهربين مسلحين"]),
        # (gunmen after a verb's subject in another case are its object)
        ("اعتقلت قوات الأمن مسلحين في ضواحي المدينة", "قوات الأمن", ["مسلحين"]),
    ],
)
def test_assemble_armed_men_are_one_side(ex, text, actor, targets):
    (e,) = ex.extract(text, article_date=DATE)
    assert ([a.text for a in e.actors], [t.text for t in e.targets]) == ([actor], targets)


@pytest.mark.parametrize(
    "text, etype, side, expected",
    [
        # a Shia or religious authority is clergy, his title part of who calls or is struck
        ("دعا المرجع الشيعي علي السيستاني إلى ضبط النفس", "REQUEST", "actors", [("IRQ", "REL")]),
        ("انتقد المرجع الديني البارز أداء الحكومة", "ACCUSE", "actors", [(None, "REL")]),
        ("اغتال مسلحون مجهولون مرجعا شيعيا في مدينة كربلاء", "ASSAULT", "targets", [("IRQ", "REL")]),
    ],
)
def test_assemble_religious_authorities_are_clergy(ex, text, etype, side, expected):
    (e,) = [e for e in ex.extract(text, article_date=DATE) if e.type == etype]
    assert [(a.country, a.sector) for a in getattr(e, side)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a car carrying an official is his: the attack is on him
        ("فتح مسلحون النار على سيارة تقل مسؤولا محليا في ريف المدينة", ("سيارة تقل مسؤولا", "GOV")),
        ("انفجرت عبوة ناسفة بسيارة تقل وزير الزراعة صباح اليوم", ("بسيارة تقل وزير الزراعة", "GOV")),
        # and so is one carrying people of a sector of their own
        ("فتح مسلحون النار على سيارة تقل صحفيين قرب مدينة الديوانية", ("سيارة تقل صحفيين", "JRN")),
        # (one carrying workers stays civilian property)
        ("قصفت طائرة حربية حافلة تقل عمالا في المنطقة الصناعية", ("حافلة", "CVL")),
    ],
)
def test_assemble_a_car_carrying_an_official_is_his(ex, text, expected):
    (e,) = ex.extract(text, article_date=DATE)
    assert [(t.text, t.sector) for t in e.targets] == [expected]


@pytest.mark.parametrize(
    "text, crowd",
    [
        # the whole count of a crowd protests
        ("تظاهر عشرات الآلاف في شوارع الخرطوم للمطالبة بحكم مدني", "عشرات الآلاف"),
        ("خرج مئات الآلاف في مسيرات حاشدة بالعاصمة", "مئات الآلاف"),
        ("تظاهر المئات أمام مقر الحكومة", "المئات"),
    ],
)
def test_assemble_a_crowd_counted_whole(ex, text, crowd):
    e = _one(ex, text, "PROTEST", "")
    assert [a.text for a in e.actors] == [crowd]


@pytest.mark.parametrize(
    "text, etype, place",
    [
        # a capital named with its noun and adjective before its name is where the act is
        ("وصل رئيس الوزراء إلى العاصمة العراقية بغداد في زيارة رسمية", "CONSULT", "بغداد"),
        ("احتشد آلاف المحتجين في العاصمة اللبنانية بيروت للمطالبة بإسقاط الحكومة", "REQUEST", "بيروت"),
    ],
)
def test_assemble_a_capital_with_its_noun_and_adjective_places_the_act(ex, text, etype, place):
    e = _one(ex, text, etype, "")
    assert e.place is not None and e.place.text.endswith(place)


def test_assemble_a_truck_driver_is_one_person(ex):
    # trucks are property, but a truck's driver is one man with his nationality
    e = _one(ex, "قتل سائق شاحنة أردني برصاص مجهولين قرب الحدود", "ASSAULT", "قتل")
    assert [(t.text, t.country) for t in e.targets] == [("سائق شاحنة أردني", "JOR")]


def test_assemble_module_names_are_bound_once():
    # a constant bound twice at module level silently replaces the first binding for
    # every rule that reads it, the rules written before it included
    source = Path(ce.__file__).with_name("assemble.py").read_text(encoding="utf-8")
    bound = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert [name for name, n in bound.items() if n > 1] == []
