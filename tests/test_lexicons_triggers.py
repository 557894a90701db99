"""The trigger, support-verb and modality-cue lexicons (data/ar/triggers.jsonl, support.jsonl,
cues.jsonl): lint every entry, check that forms do not collide, and what the lexicons find
in news sentences written for these tests."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pytest
import spacy

import conflict_events as ce

from conflict_events.evaluation import load_gold
from conflict_events.lexicons import ACLED_TYPES, PLOVER_MODES, load_lexicon
from conflict_events.matching import LexiconMatcher, customize_tokenizer
from conflict_events.normalize import clitic_candidates, lexical_key, normalize
from conflict_events.records import EVENT_TYPES

SEED_GOLD = Path(__file__).resolve().parent / "data" / "seed.jsonl"  # the seed gold, in the repo
FILES = ("triggers", "support", "cues")


def _raw(name: str) -> list[dict]:
    text = (resources.files("conflict_events") / "data" / "ar" / f"{name}.jsonl").read_text(
        encoding="utf-8"
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


RAW = {name: _raw(name) for name in FILES}
ENTRIES = [(name, d) for name in FILES for d in RAW[name]]

#: CAMEO roots each PLOVER type may carry (the CAMEO-to-PLOVER table and the gold guide's
#: conventions: signing an agreement 057 is AGREE, a verdict 116 is SANCTION convict,
#: crowd control 175 and property destruction 1712 are ASSAULT, blockade / occupation 19x COERCE).
CAMEO_ROOTS = {
    "AGREE": {"03", "05"},
    "CONSULT": {"04"},
    "SUPPORT": {"05"},
    "CONCEDE": {"08"},
    "COOPERATE": {"06"},
    "AID": {"07"},
    "RETREAT": {"08"},
    "REQUEST": {"10"},
    "ACCUSE": {"09", "11"},
    "REJECT": {"12"},
    "THREATEN": {"13"},
    "PROTEST": {"14"},
    "SANCTION": {"16", "11"},
    "MOBILIZE": {"15"},
    "COERCE": {"17", "19"},
    "ASSAULT": {"17", "18", "19", "20"},
}
#: ACLED event types that fit each PLOVER type.
ACLED_FOR = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians",
                "Protests", "Strategic developments"},
    "COERCE": {"Strategic developments"},
    "PROTEST": {"Protests", "Riots"},
    "RETREAT": {"Strategic developments"},
    "AGREE": {"Strategic developments"},
}

_SPLIT = re.compile(r"[\s\u060c\u061b\u061f.,:;!?\"'()\[\]«»“”/\-]+")


def contains_form(text: str, form: str) -> bool:
    """Whether ``form`` occurs in ``text``, reading each word with its clitics stripped."""
    tokens = [t for t in _SPLIT.split(normalize(text)) if t]
    keys = [lexical_key(w) for w in form.split()]
    readings = [set(clitic_candidates(t)) for t in tokens]
    return any(
        all(keys[j] in readings[i + j] for j in range(len(keys)))
        for i in range(len(tokens) - len(keys) + 1)
    )


# ------------------------------------------------------------------------------ lint


@pytest.mark.parametrize(("name", "d"), ENTRIES, ids=[d["id"] for _, d in ENTRIES])
def test_lexicons_triggers_entry_is_clean(name, d):
    forms = d["forms"]
    assert forms and len(set(forms)) == len(forms)
    for f in forms:
        assert normalize(f) == f, f
        assert " ".join(f.split()) == f, f
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", f)
    assert d.get("note") is None or isinstance(d["note"], str)
    assert any(contains_form(d["example"], f) for f in forms), d["example"]
    if name == "triggers":
        assert re.fullmatch(rf"trg\.{d['type'].lower()}\.[a-z.]+\.{d['pos']}", d["id"])
        assert d["mode"] is None or d["mode"] in PLOVER_MODES[d["type"]]
        assert d["cameo"][:2] in CAMEO_ROOTS[d["type"]], d["cameo"]
        assert d["voice"] in ("active", "passive") and d["pos"] in ("verb", "noun")
        if d["acled"] is not None:
            event_type, sub_type = d["acled"]
            assert sub_type in ACLED_TYPES[event_type]
            assert event_type in ACLED_FOR.get(d["type"], set()), (d["type"], event_type)
    elif name == "cues":
        assert d["id"].startswith(f"cue.{d['modality']}.")
        if d["direction"] == "terminate":
            assert d["modality"] == "asserted" and d["scope"] == 0
        else:
            assert d["modality"] != "asserted" and 1 <= d["scope"] <= 15
    else:
        assert d["id"].startswith("sup.") and d["voice"] in ("active", "passive")


_ATTACHED = re.compile(r"^(?:بال|لل|وال|فال)|(?:ها|هم|هما|هن)$")
#: Words that only look clitic-laden: "باليستيا" (ballistic), the dual verb "وجها",
#: the fixed phrase "لا اساس لها من الصحة".
_NOT_ATTACHED = {"باليستيا", "وجها", "لها"}


@pytest.mark.parametrize(("name", "d"), ENTRIES, ids=[d["id"] for _, d in ENTRIES])
def test_lexicons_triggers_forms_carry_no_clitics(name, d):
    """A form word with a clitic ("لاطلاق", "قواتها") would become the key of every such token
    and hide it from the forms that need the bare word; an exception needs a note."""
    attached = [w for f in d["forms"] for w in f.split()
                if _ATTACHED.search(w) and w not in _NOT_ATTACHED]
    assert not attached or d.get("note"), attached


@pytest.mark.parametrize("name", FILES)
def test_lexicons_triggers_forms_are_not_shared(name):
    """A form belongs to one entry of a file, unless both entries explain themselves."""
    owners = defaultdict(list)
    for d in RAW[name]:
        for f in d["forms"]:
            owners[f].append(d)
    shared = {f: [d["id"] for d in ds] for f, ds in owners.items()
              if len(ds) > 1 and not all(d.get("note") for d in ds)}
    assert not shared


def test_lexicons_triggers_cover_every_type_modality_and_direction():
    lex = load_lexicon()
    assert {e.type for e in lex.triggers} == set(EVENT_TYPES)
    assert {e.modality for e in lex.cues} == {"negated", "possible", "planned", "requested",
                                             "asserted"}
    assert {e.direction for e in lex.cues} >= {"forward", "backward", "both", "terminate"}
    assert {e.voice for e in lex.support} == {"active", "passive"}
    assert len(lex.triggers) >= 140 and len(lex.support) >= 30 and len(lex.cues) >= 45


# ------------------------------------------------------------------------------ behaviour


@pytest.fixture(scope="module")
def find():
    nlp = customize_tokenizer(spacy.blank("ar"))
    matcher = LexiconMatcher(nlp.vocab, load_lexicon())

    def _find(text: str, lexicon: str = "triggers") -> list[tuple[str, object]]:
        doc = nlp(text)
        matcher.set_keys(doc)
        return [(doc[m.start:m.end].text, m.entry) for m in matcher.find(doc)[lexicon]]

    return _find


TRIGGERS = [
    # (sentence, trigger text, type, mode)
    ("شنت الطائرات الإسرائيلية غارات جوية على بلدات في جنوب لبنان", "غارات جوية", "ASSAULT", "aerial"),
    ("تعرض حي الكلاسة لقصف مدفعي عنيف مساء الخميس", "لقصف مدفعي", "ASSAULT", "heavy-weapons"),
    ("اندلعت اشتباكات بين الجيش ومسلحين قرب الحدود", "اشتباكات", "ASSAULT", None),
    ("قتل ستة أشخاص بانفجار عبوة ناسفة في سوق ببعقوبة", "عبوة ناسفة", "ASSAULT", "explosives"),
    ("أصيب جنديان في هجوم بطائرة مسيرة على قاعدة عسكرية", "هجوم بطائرة مسيرة", "ASSAULT", "drone"),
    ("خطف مسلحون مجهولون صحفيين اثنين في مقديشو", "خطف", "ASSAULT", "abduct"),
    ("نجا الوزير من محاولة اغتيال في عدن", "محاولة اغتيال", "ASSAULT", "targeted"),
    ("استخدمت الشرطة الغاز المسيل للدموع ضد المحتجين", "الغاز المسيل للدموع", "ASSAULT", "crowd-control"),
    ("اعتقلت قوات الأمن ناشطين في البصرة", "اعتقلت", "COERCE", "arrest"),
    ("هدمت الجرافات منزلين في قرية قرب الخليل", "هدمت", "COERCE", "seize"),
    ("أعلن الطرفان وقف إطلاق النار في طرابلس", "وقف إطلاق النار", "RETREAT", "ceasefire"),
    ("دعت الأمم المتحدة لوقف إطلاق النار في السودان", "لوقف إطلاق النار", "RETREAT", "ceasefire"),
    ("طالبت المنظمة بإطلاق سراح المعتقلين", "بإطلاق سراح", "RETREAT", "release"),
    ("أعلن الجيش انسحاب قواته من البلدة", "انسحاب قواته", "RETREAT", "withdraw"),
    ("تظاهر الآلاف في الخرطوم ضد الحكومة", "تظاهر", "PROTEST", "demo"),
    ("فرضت واشنطن عقوبات على شركات تنقل النفط", "عقوبات", "SANCTION", None),
    ("دفع الجيش بتعزيزات عسكرية إلى خطوط التماس", "بتعزيزات عسكرية", "MOBILIZE", "troops"),
    ("رحبت الجامعة العربية بالاتفاق بين الفصائل", "رحبت", "SUPPORT", None),
    ("هدد زعيم الجماعة بضرب المنشآت النفطية", "هدد", "THREATEN", "violence"),
    ("أدان الاتحاد الأوروبي الهجوم على القافلة", "أدان", "ACCUSE", "disapprove"),
    ("تلقى الرئيس اتصالاً هاتفياً من نظيره التركي", "اتصالاً هاتفياً", "CONSULT", "phone"),
    ("وصلت قافلة مساعدات إنسانية إلى الفاشر", "قافلة مساعدات", "AID", None),
    ("رفضت الحكومة المقترح الأخير للوسطاء", "رفضت", "REJECT", None),
    ("ناشدت المنظمة المانحين زيادة التمويل", "ناشدت", "REQUEST", None),
    ("اتفق الطرفان على تبادل الأسرى الشهر المقبل", "اتفق", "AGREE", None),
    ("أجرت القوات البحرية للبلدين مناورات مشتركة في الخليج", "مناورات مشتركة", "COOPERATE", None),
    ("رضخت الحكومة لمطالب المعلمين المضربين", "رضخت", "CONCEDE", None),
    ("أعلنت السلطات تعليق خدمات الإنترنت في أنحاء البلاد", "تعليق خدمات الإنترنت", "COERCE", "censor"),
    ("وحجب منصات التواصل الاجتماعي في البلاد", "وحجب منصات", "COERCE", "censor"),
    ("اقتادت قوة أمنية الناشط إلى جهة غير معلومة", "اقتادت", "COERCE", "arrest"),
    ("أصدر القاضي بطاقة إيداع بالسجن في حق رئيس الحزب", "بطاقة إيداع بالسجن", "COERCE", "arrest"),
    ("تواصل الحركة نشر عناصرها عند الطرق المؤدية إلى المطار", "نشر عناصرها", "MOBILIZE", "troops"),
    ("اندلعت صدامات بين المحتجين وقوات الأمن وسط المدينة", "صدامات", "ASSAULT", None),
    ("قتل شاب خلال مصادمات مع الشرطة في الناصرية", "مصادمات", "ASSAULT", None),
    ("أصيب جندي برصاصة في عملية قنص قرب الحدود", "عملية قنص", "ASSAULT", "firearms"),
    ("احتلت القوات خمس تلال في الجنوب", "احتلت", "COERCE", "seize"),
    ("أعربت الوزارة عن قلقها البالغ من التصعيد", "قلقها البالغ", "ACCUSE", "disapprove"),
    ("دعا المجلس إلى وقف فوري للأعمال العدائية", "وقف فوري للأعمال العدائية", "RETREAT", "ceasefire"),
    ("طالب المحتجون الرئيس بالتخلي عن السلطة", "بالتخلي عن السلطة", "RETREAT", "resign"),
    ("تعهد المجلس العسكري بتسليم السلطة للمدنيين", "بتسليم السلطة", "RETREAT", "resign"),
]


@pytest.mark.parametrize(("text", "trigger", "etype", "mode"), TRIGGERS,
                         ids=[t[1] for t in TRIGGERS])
def test_lexicons_triggers_find_the_event(find, text, trigger, etype, mode):
    found = {(span, e.type, e.mode) for span, e in find(text)}
    assert (trigger, etype, mode) in found, found


def test_lexicons_triggers_mark_the_victim_as_subject(find):
    voices = {span: e.voice for span, e in find("استشهد شاب وأصيب آخرون في قصف على المخيم")}
    assert voices == {"استشهد": "passive", "وأصيب": "passive", "قصف": "active"}


NO_TRIGGER = [
    # (sentence, the trigger types allowed in it): names and look-alikes that must not fire
    ("قال المتحدث باسم وزارة الدفاع إن الوضع هادئ", set()),  # وزارة is not و + زار + ة
    ("تواصل الحكومة العمل على عملية السلام رغم التعثر", set()),
    ("عاد طلبة الجامعة إلى قاعات الدراسة", set()),  # طلبة is not طلب + ه
    ("أصدرت منظمة العفو الدولية تقريرها السنوي", set()),
    ("تنتشر قوات الدعم السريع في عدة ولايات", set()),
    ("وصل الوفد فجر اليوم إلى القاهرة", {"CONSULT"}),  # فجر is dawn; the arrival a visit
    ("يواصل فريق الإنقاذ البحث عن ناجين تحت الأنقاض", set()),
    ("التقى قادة الأحزاب في مقر البرلمان", {"CONSULT"}),
]


@pytest.mark.parametrize(("text", "allowed"), NO_TRIGGER, ids=[t for t, _ in NO_TRIGGER])
def test_lexicons_triggers_stay_quiet(find, text, allowed):
    # entries that are events only beside a subject or a light verb are judged on the events
    types = {e.type for _, e in find(text) if not (e.needs_subject or e.needs_support)}
    assert types <= allowed, types
    assert {e.type for e in ce.extract(text, article_date="2020-01-01")} <= allowed


CUES = [
    ("نفى الجيش قصف المستشفى", "نفى", "negated", "forward"),
    ("وصفت الوزارة الأنباء بأنها عارية عن الصحة", "عارية عن الصحة", "negated", "backward"),
    ("من المقرر أن تبدأ المفاوضات الأسبوع المقبل", "من المقرر", "planned", "forward"),
    ("تعتزم الحكومة إرسال قوات إلى الحدود", "تعتزم", "planned", "forward"),
    ("بحث الجانبان إمكانية تنفيذ عملية مشتركة", "إمكانية", "possible", "forward"),
    ("دعا المجلس إلى هدنة إنسانية فورية", "دعا", "requested", "forward"),
    ("لم تسجل خروقات في المدينة لكن الاشتباكات تواصلت في الريف", "لكن", "asserted", "terminate"),
]


@pytest.mark.parametrize(("text", "cue", "modality", "direction"), CUES, ids=[c[1] for c in CUES])
def test_lexicons_triggers_cues_signal_modality(find, text, cue, modality, direction):
    found = {(span, e.modality, e.direction) for span, e in find(text, "cues")}
    assert (cue, modality, direction) in found, found


SUPPORT = [
    ("نفذت المقاتلات غارات على مواقع التنظيم", "نفذت", "active"),
    ("قامت القوات بقصف القرية", "قامت", "active"),
    ("تعرضت بلدة كفرنبل لقصف عنيف", "تعرضت", "passive"),
    ("تم اعتقال ثلاثة أشخاص في المداهمة", "تم", "passive"),
]


@pytest.mark.parametrize(("text", "verb", "voice"), SUPPORT, ids=[s[1] for s in SUPPORT])
def test_lexicons_triggers_support_verbs_carry_the_actor(find, text, verb, voice):
    assert (verb, voice) in {(span, e.voice) for span, e in find(text, "support")}


# ------------------------------------------------------------------------------ golden


def _seed_events() -> list:
    return [(sent.id, ev.trigger, ev.type) for sent in load_gold(SEED_GOLD) for ev in sent.events]


#: Gold triggers the lexicon does not cover, with the reason.
SEED_MISSES = {
    "إصلاح النظام الكهربائى": "repairing infrastructure is AID only in context",
    "شدد": "شدد (stressed) is reported speech unless followed by ضرورة",
    "تسليمها": "handing over (تسليم) is AID only with the aid named as its object",
}
SEED = [
    pytest.param(sid, trig, etype, id=f"{sid}-{etype}-{trig}",
                 marks=[pytest.mark.xfail(strict=True, reason=SEED_MISSES[trig])]
                 if trig in SEED_MISSES else [])
    for sid, trig, etype in _seed_events()
]


@pytest.mark.parametrize(("sid", "trigger", "etype"), SEED or [pytest.param(None, None, None)])
def test_lexicons_triggers_cover_seed_gold(find, sid, trigger, etype):
    assert etype in {e.type for _, e in find(trigger)}
