"""Tokenizer fixes, sentence splitting and lexical-key matching."""

import pytest

from conflict_events.assemble import MATCHER_KEYS
from conflict_events.lexicons import load_lexicon, rules_from_dicts
from conflict_events.matching import LexiconMatcher, sentence_spans
from conflict_events.normalize import lexical_key
from conflict_events.pipeline import make_nlp


@pytest.fixture(scope="module")
def nlp():
    return make_nlp()


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("سوريا،وكانت تركيا", ["سوريا", "،", "وكانت", "تركيا"]),
        ("حلب.جاء ذلك", ["حلب", ".", "جاء", "ذلك"]),
        ("قال «إن» الجيش؛ هل؟", ["قال", "«", "إن", "»", "الجيش", "؛", "هل", "؟"]),
        ("عليهم”.وعقد", ["عليهم", "”", ".", "وعقد"]),
        ("8ر1 مليون و12.5 بالمئة", ["8ر1", "مليون", "و12.5", "بالمئة"]),
        ("https://example.com/a.b موقع", ["https://example.com/a.b", "موقع"]),
        ('بين الجيش و"حزب الله"', ["بين", "الجيش", "و", '"', "حزب", "الله", '"']),
        ('دعا إلى "الحوار".', ["دعا", "إلى", '"', "الحوار", '"', "."]),
        ("وصفه بأنه (مهزلة).", ["وصفه", "بأنه", "(", "مهزلة", ")", "."]),
        ("واعتقلت الشرطة 40 شخصاً.", ["واعتقلت", "الشرطة", "40", "شخصاً", "."]),
        # a full stop after a number that ends the sentence (but not inside one)
        ("ارتفع عدد القتلى إلى 27.", ["ارتفع", "عدد", "القتلى", "إلى", "27", "."]),
        ("ارتفع عدد القتلى إلى ٢٧.", ["ارتفع", "عدد", "القتلى", "إلى", "٢٧", "."]),
        ("في 30.08.2016.", ["في", "30.08.2016", "."]),
        ('القائد العام لـ"قسد"', ["القائد", "العام", "لـ", '"', "قسد", '"']),
        ('وطالب بـ"ضبط النفس"', ["وطالب", "بـ", '"', "ضبط", "النفس", '"']),
    ],
)
def test_matching_tokenizer_splits_news_punctuation(nlp, text, tokens):
    assert [t.text for t in nlp(text)] == tokens


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("قصفت الطائرات حلب. وقال مصدر إن الهدنة انهارت.", ["قصفت الطائرات حلب.", "وقال مصدر إن الهدنة انهارت."]),
        ("انسحب المسلحون من حلب.جاء ذلك في بيان", ["انسحب المسلحون من حلب.", "جاء ذلك في بيان"]),
        ("عنوان الخبر\nنص الخبر، وفيه فاصلة.", ["عنوان الخبر", "نص الخبر، وفيه فاصلة."]),
        ("هل انتهت الحرب؟ لا", ["هل انتهت الحرب؟", "لا"]),
        ("بلغ العدد 8.5 مليون شخص", ["بلغ العدد 8.5 مليون شخص"]),
        ("  ", []),
    ],
)
def test_matching_sentence_spans(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


def test_matching_sentence_spans_do_not_stop_after_many_commas():
    text = "، ".join(["كلمة"] * 100) + ". جملة ثانية"
    assert len(sentence_spans(text)) == 2


RULES = [
    {"lexicon": "places", "id": "p.halab", "forms": ["حلب"], "kind": "city", "name": "Aleppo",
     "country": "SYR", "lat": 36.2, "lon": 37.16},
    {"lexicon": "actors", "id": "a.usa", "forms": ["الولايات المتحده"], "kind": "country",
     "name": "United States", "country": "USA", "sector": "GOV"},
    {"lexicon": "actors", "id": "a.militants", "forms": ["مسلحين"], "kind": "generic",
     "sector": "REB"},
    {"lexicon": "triggers", "id": "t.bahth", "forms": ["بحث"], "type": "CONSULT", "pos": "verb"},
    {"lexicon": "triggers", "id": "t.hath", "forms": ["حث"], "type": "REQUEST", "pos": "verb"},
    {"lexicon": "triggers", "id": "t.siege", "forms": ["محاصره"], "type": "COERCE",
     "mode": "restrict", "pos": "noun"},
]


@pytest.fixture(scope="module")
def matcher(nlp):
    lex = load_lexicon(builtin=False).extended(rules_from_dicts(RULES))
    return LexiconMatcher(nlp.vocab, lex)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("والولايات المتحدة", ("a.usa", "والولايات المتحدة")),
        ("بحلب", ("p.halab", "بحلب")),
        ("للمسلحين", ("a.militants", "للمسلحين")),
        ("ستتم محاصرتهم", ("t.siege", "محاصرتهم")),
        ("وبحث الوزير", ("t.bahth", "وبحث")),
        ("بحث الوزير", ("t.bahth", "بحث")),  # not read as ب + حث
    ],
)
def test_matching_ignores_attached_clitics(nlp, matcher, text, expected):
    doc = nlp(text)
    matcher.set_keys(doc)
    found = [(m.entry.id, doc[m.start : m.end].text) for ms in matcher.find(doc).values() for m in ms]
    assert found == [expected]


def test_matching_keeps_every_reading_of_one_name(nlp):
    rules = [
        {"lexicon": "places", "id": "p.tripoli.lby", "forms": ["طرابلس"], "kind": "capital",
         "name": "Tripoli", "country": "LBY", "lat": 32.9, "lon": 13.2},
        {"lexicon": "places", "id": "p.tripoli.lbn", "forms": ["طرابلس"], "kind": "city",
         "name": "Tripoli", "country": "LBN", "lat": 34.4, "lon": 35.8},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    doc = nlp("في طرابلس")
    m.set_keys(doc)
    assert sorted(x.entry.country for x in m.find(doc)["places"]) == ["LBN", "LBY"]


def test_matching_reads_no_future_prefix_on_a_name(nlp):
    rules = [
        {"lexicon": "places", "id": "p.yola", "forms": ["يولا"], "kind": "city",
         "name": "Yola", "country": "NGA", "lat": 9.2, "lon": 12.5},
        {"lexicon": "triggers", "id": "t.hasar", "forms": ["يحاصر"], "type": "COERCE", "mode": "restrict",
         "pos": "verb", "example": "قال إن الجيش سيحاصر المدينة"},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    # "سيولا" (floods) is no "س" + "يولا"; "سيحاصر" is "س" + "يحاصر"
    doc = nlp("جرفت سيولا المنازل قرب يولا ثم قال إن الجيش سيحاصر المدينة")
    m.set_keys(doc)
    found = [(m_.entry.id, doc[m_.start : m_.end].text) for ms in m.find(doc).values() for m_ in ms]
    assert sorted(found) == [("p.yola", "يولا"), ("t.hasar", "سيحاصر")]


def test_matching_reads_no_and_on_an_adjective_agreeing_in_the_accusative(nlp):
    rules = [
        {"lexicon": "places", "id": "p.zaria", "forms": ["زاريا"], "kind": "city",
         "name": "Zaria", "country": "NGA", "lat": 11.1, "lon": 7.7},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    # "اجتماعا وزاريا" is a ministerial meeting; "كانو وزاريا" is Kano and Zaria
    doc = nlp("عقد المجلس اجتماعا وزاريا ثم زار الوفد كانو وزاريا")
    m.set_keys(doc)
    assert [m_.start for m_ in m.find(doc)["places"]] == [8]


def test_matching_sentence_ends_after_a_number():
    text = "وقعت المعركة في عام 2015. ثم انسحب المسلحون بعد 8.5 ساعة."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "وقعت المعركة في عام 2015.", "ثم انسحب المسلحون بعد 8.5 ساعة."
    ]


@pytest.mark.parametrize(
    "text, found",
    [
        ('قالت حركة "الشباب" إن', 'حركة "الشباب'),  # the span ends on the name's last word
        ("هاجمت قوات #الدعم السريع", "قوات #الدعم السريع"),
        ("قالت «حركة الشباب» إن", "حركة الشباب"),  # marks around the name change nothing
    ],
)
def test_matching_names_with_quotes_or_a_hashtag_inside(nlp, text, found):
    rules = [
        {"lexicon": "actors", "id": "a.shabaab", "forms": ["حركه الشباب"], "kind": "group",
         "name": "al-Shabaab", "country": "SOM", "sector": "REB"},
        {"lexicon": "actors", "id": "a.rsf", "forms": ["قوات الدعم السريع"], "kind": "group",
         "name": "RSF", "country": "SDN", "sector": "REB"},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    doc = nlp(text)
    m.set_keys(doc)
    assert [doc[x.start : x.end].text for x in m.find(doc)["actors"]] == [found]


def test_matching_a_name_with_li_and_the_article_inside_a_longer_name(nlp):
    # "للامم" in one form must not keep "للأمم" from being "الأمم" in another
    rules = [
        {"lexicon": "actors", "id": "a.un", "forms": ["الامم المتحده"], "kind": "org",
         "name": "United Nations", "country": "UNO", "sector": "UNO"},
        {"lexicon": "actors", "id": "a.unga", "forms": ["الجمعيه العامه للامم المتحده"],
         "kind": "org", "name": "UN General Assembly", "country": "UNO", "sector": "UNO"},
        {"lexicon": "actors", "id": "a.refugees", "forms": ["لاجيين"], "kind": "generic",
         "name": "Refugees", "sector": "REF"},
        {"lexicon": "actors", "id": "a.unhcr", "forms": ["المفوضيه الساميه للاجيين"],
         "kind": "org", "name": "UNHCR", "country": "UNO", "sector": "UNO"},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))

    def found(text):
        doc = nlp(text)
        m.set_keys(doc)
        return [(x.entry.id, doc[x.start : x.end].text) for x in m.find(doc)["actors"]]

    assert found("دعا الأمين العام للأمم المتحدة") == [("a.un", "للأمم المتحدة")]
    assert found("قالت الجمعية العامة للأمم المتحدة") == [("a.unga", "الجمعية العامة للأمم المتحدة")]
    # ل + لاجئين is not ل + ال + اجئين
    assert found("قالت المفوضية السامية للاجئين") == [("a.unhcr", "المفوضية السامية للاجئين")]


@pytest.mark.parametrize(
    "text, found",
    [
        ("يتهم الجيش المتمردين", ["t.accuse"]),
        ("وتتهم الحكومة المعارضة", ["t.accuse"]),
        # the article makes a noun: "آليتهم" (their vehicle) is no "يتهم" (accuses)
        ("استهدفت العبوة آليتهم", []),
        # the act's own noun with the article stays: "الاتهام"
        ("نفى الجيش الاتهام", ["t.accuse"]),
    ],
)
def test_matching_an_imperfect_verb_never_carries_the_article(nlp, text, found):
    rules = [{"lexicon": "triggers", "id": "t.accuse", "forms": ["يتهم", "تتهم", "اتهام"],
              "type": "ACCUSE", "mode": "allege", "pos": "verb"}]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    doc = nlp(text)
    m.set_keys(doc)
    assert [x.entry.id for x in m.find(doc)["triggers"]] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("قصفت الطائرات الشرية", ["p.sharya"]),
        ("وصلت القوات إلى الشرية وللشرية", ["p.sharya", "p.sharya"]),
        # a name whose every form has the article is not read in a word without it
        ("لم يسفر عن خسائر بشرية", []),
        # one with a bare form is read bare
        ("قصفت الطائرات بغداد وببغداد", ["p.baghdad", "p.baghdad"]),
        # and one with no form that has it is no name with it: "السيول" are the floods
        ("جرفت السيول منازل في سيول", ["p.seoul"]),
        # a village of three letters is not read through a clitic: "بادر" (initiated)
        ("وصلت القوات إلى ادر لكن الجانب الآخر بادر بإطلاق النار", ["p.adir"]),
        # nor is any place read through "ك" (as, like): "كبيرا" is big, no "ك" + "بيرا"
        ("استهدفت الغارة متجرا كبيرا في بيرا", ["p.beira"]),
        # nor in a word written with "ؤ", whose hamza no gazetteer name has: "بؤر" are hotspots
        ("سافر الشباب إلى بؤر التوتر لا إلى بور", ["p.bor"]),
    ],
)
def test_matching_a_place_named_only_with_the_article_needs_it(nlp, text, found):
    rules = [
        {"lexicon": "places", "id": "p.sharya", "forms": ["الشريه"], "kind": "village", "name": "Ash Sharyah",
         "country": "YEM", "lat": 14.0, "lon": 44.0},
        {"lexicon": "places", "id": "p.baghdad", "forms": ["بغداد"], "kind": "capital", "name": "Baghdad",
         "country": "IRQ", "lat": 33.3, "lon": 44.4},
        {"lexicon": "places", "id": "p.seoul", "forms": ["سيول"], "kind": "capital", "name": "Seoul",
         "country": "KOR", "lat": 37.6, "lon": 127.0},
        {"lexicon": "places", "id": "p.adir", "forms": ["ادر"], "kind": "village", "name": "Adir",
         "country": "JOR", "lat": 31.2, "lon": 35.8},
        {"lexicon": "places", "id": "p.bor", "forms": ["بور"], "kind": "town", "name": "Bor",
         "country": "SSD", "lat": 6.2, "lon": 31.6},
        {"lexicon": "places", "id": "p.beira", "forms": ["بيرا"], "kind": "city", "name": "Beira",
         "country": "MOZ", "lat": -19.8, "lon": 34.8},
    ]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    doc = nlp(text)
    m.set_keys(doc)
    assert [x.entry.id for x in m.find(doc)["places"]] == found


@pytest.mark.parametrize(
    "text, found",
    [
        ("أعلن التنظيم مسؤوليته وقال إن للتنظيم عناصر", ["act.generic.organization"] * 2),
        # the bare word is the verbal noun: organizing protests, a regulator of telecoms
        ("دعت المعارضة إلى تنظيم مظاهرات حاشدة", []),
        ("قال رئيس هيئة تنظيم الاتصالات إن", []),
        # unless an adjective makes it a group, or it heads a quoted name
        ("اعتقل خمسة بتهمة الانتماء إلى تنظيم إرهابي", ["act.generic.organization"]),
        ("سيطر مسلحو تنظيم «أنصار بيت المقدس» على المدينة", ["act.generic.organization"]),
        ("قتل الجيش سبعة إرهابيين من تنظيم بي كا كا", ["act.generic.organization"]),
    ],
)
def test_matching_a_definite_actor_needs_its_article(nlp, text, found):
    m = LexiconMatcher(nlp.vocab, load_lexicon())
    doc = nlp(text)
    m.set_keys(doc)
    ids = [x.entry.id for x in m.find(doc)["actors"]]
    assert [i for i in ids if i == "act.generic.organization"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # a construct's article on its first word and not its genitive is no such name
        ("نفت الوزارة صحة الأنباء عن اعتقال صحفيين", [("act.org.ministry", "الوزارة")]),
        # (controls: the name itself, and in the indefinite)
        ("قالت وزارة الصحة إن", [("act.org.ministry", "وزارة الصحة")]),
        ("قالت وزارة صحة إن", [("act.org.ministry", "وزارة صحة")]),
        # nor is one with the article on both words: a construct's head never takes it
        ("طالب الوزارة الصحة بالتحقيق", [("act.org.ministry", "الوزارة")]),
    ],
)
def test_matching_a_construct_with_its_article_moved_is_no_name(nlp, text, found):
    m = LexiconMatcher(nlp.vocab, load_lexicon())
    doc = nlp(text)
    m.set_keys(doc)
    ids = [(x.entry.id, doc[x.start : x.end].text) for x in m.find(doc)["actors"]]
    assert [i for i in ids if i[0] == "act.org.ministry"] == found


@pytest.mark.parametrize(
    "text, found",
    [
        # a state named with the article is not its bare word: a man's name
        ("دعا رئيس الوزراء البريطاني ديفيد كاميرون إلى الحوار", []),
        ("أعلنت الكاميرون إغلاق حدودها", ["act.country.cmr"]),
        ("وقالت وزارة الخارجية في الكاميرون إن", ["act.country.cmr"]),
        # (but a bare word that is the state's adjective stays: "منشآت سعودية")
        ("استهدفت الطائرات منشآت سعودية", ["act.country.sau"]),
        # "الحشد" is the mobilization forces, an indefinite "حشد" a crowd
        ("استهدفت الغارة حشد من المسلحين", []),
        ("وقال بيان صادر عن الحشد إن", ["act.force.pmf"]),
        # "الخارجية" alone is the ministry, "مساعدات خارجية" foreign aid
        ("وقالت الخارجية في بيان إن", ["act.org.ministry.named_by_adjective"]),
        ("وقع الرئيس على حزمة مساعدات خارجية", []),
    ],
)
def test_matching_definite_names_of_states_and_forces(nlp, text, found):
    m = LexiconMatcher(nlp.vocab, load_lexicon())
    doc = nlp(text)
    m.set_keys(doc)
    ids = [x.entry.id for x in m.find(doc)["actors"]]
    wanted = ("act.country.cmr", "act.country.sau", "act.force.pmf", "act.org.ministry.named_by_adjective")
    assert [i for i in ids if i in wanted] == found


def test_matching_patterns_as_docs_find_what_patterns_as_hashes_find(nlp, monkeypatch):
    # were the PhraseMatcher to take Docs only, the forms are added as Docs: same matches
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    from conflict_events import matching

    lex = load_lexicon()
    text = "قتل الجيش الإسرائيلي ثلاثة فلسطينيين في مخيم جنين بالضفة الغربية ووقعت الحكومة اتفاق وقف إطلاق النار"

    def found():
        m = LexiconMatcher(nlp.vocab, lex)
        doc = nlp(text)
        m.set_keys(doc)
        return sorted((name, x.entry.id, x.start, x.end) for name, ms in m.find(doc).items() for x in ms)

    by_hashes = found()
    calls = []

    class DocsOnly(PhraseMatcher):
        def add(self, key, docs, *args, **kwargs):
            if any(not isinstance(d, Doc) for d in docs):
                raise TypeError("patterns must be Docs")
            calls.append(key)
            return super().add(key, docs, *args, **kwargs)

    monkeypatch.setattr(matching, "PhraseMatcher", DocsOnly)
    assert found() == by_hashes
    assert calls  # the Docs were used
    assert {"places", "triggers", "actors"} <= {name for name, *_ in by_hashes}
    assert any(end - start > 1 for *_, start, end in by_hashes)  # multiword forms matched


# The first words of the bundled triggers' and cues' multiword forms that are also closed-class
# words of the assembly (``MATCHER_KEYS``, given to the matcher as ``extra_keys``). Those open
# no split form, whose subject stands between its words ("في طرابلس حالة" is no "في حالة";
# "لقوا ... مصرعهم" is read by the toll rules instead; "لقي" is left out of the keys, so "لقي
# جندي حتفه" is found), so a word added to those sets silently
# stops its forms from being found around a subject. Listing them makes each such overlap a
# decision: a new one fails here, by name.
_HELD_BACK = frozenset(
    "ابدي احتجاج استخدام استهدف استهدفت اعرب اعلن اكد اكدت الي ان تبادلا تبادلوا تصدي علي غير في "
    "قبل لا لقوا لقيا لم لن ما مع من تعليق نقل رد ردت ردوا يرد ترد".split()
)


# The words of the bundled lexicons that begin with "و" or "ف" and are also that letter before
# another word the lexicons know. Such a word is kept whole, so the other word is not found
# after "و" in it: "والغاز" as a form of one entry would hide "الغاز المسيل" in "والغاز المسيل
# للدموع". Listing them makes each such word a decision: a new one fails here, by name.
_WHOLE_AFTER_AND = frozenset(
    "فاليو فتحت فجرت فرقه فزان فكان فلوح فيدان فيصل وافق والامن والايه والبيره والتعاون "
    "والتغيير والتلفزيون والجريمه والجهاد والده والديمقراطيه والشام والطهطا والعداله "
    "والغرينادين والمخابرات والمساواه والمسلمين والوفاق والي وبلوشستان وجده وجزر ودان ودايم "
    "ودايما ورامين وزاره وزير وشامل وشاملا وضاحيه وعلان وفدا وفوري وفوريا وكامل وكاملا وكره "
    "وكشمير وليد وميه".split()
)


def test_matching_lexicon_words_that_hide_a_word_after_and(nlp):
    keys = LexiconMatcher(nlp.vocab, load_lexicon(), extra_keys=MATCHER_KEYS)._lexicon_keys
    hiding = {k for k in keys if len(k) > 3 and k[0] in "وف" and (k[1:] in keys or lexical_key(k[1:]) in keys)}
    assert hiding == _WHOLE_AFTER_AND


def test_matching_closed_class_words_open_no_split_form(nlp):
    lex = load_lexicon()
    plain = set(LexiconMatcher(nlp.vocab, lex)._split)
    closed = set(LexiconMatcher(nlp.vocab, lex, extra_keys=MATCHER_KEYS)._split)
    assert closed <= plain
    assert plain - closed == _HELD_BACK


@pytest.mark.parametrize(
    "text, found",
    [
        # a count between a noun trigger's words: the first word is the match
        ("أعلن الجيش تحرير 20 رهينة", ("t.freeing", "تحرير")),
        ("أعلن الجيش تحرير أكثر من 40 رهينة", ("t.freeing", "تحرير")),
        # (control: with no count the words are one match; without the rest, none)
        ("أعلن الجيش تحرير رهينتين", ("t.freeing", "تحرير رهينتين")),
        ("أعلن الجيش تحرير 20 شخصا", None),
    ],
)
def test_matching_a_count_between_a_noun_triggers_words(nlp, text, found):
    rules = [{"lexicon": "triggers", "id": "t.freeing", "forms": ["تحرير رهينه", "تحرير رهينتين"],
              "type": "RETREAT", "mode": "release", "pos": "noun"}]
    m = LexiconMatcher(nlp.vocab, load_lexicon(builtin=False).extended(rules_from_dicts(rules)))
    doc = nlp(text)
    m.set_keys(doc)
    got = [(t.entry.id, doc[t.start : t.end].text) for t in m.find(doc)["triggers"]]
    assert got == ([found] if found else [])
