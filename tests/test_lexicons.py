"""Loading, validating and layering lexicon files."""

import json

import pytest

from conflict_events.errors import LexiconError
from conflict_events.lexicons import LEXICON_NAMES, load_lexicon, read_lexicon_file, rules_from_dicts


def test_lexicons_bundled_load_with_every_lexicon():
    lex = load_lexicon()
    sizes = lex.sizes()
    assert set(sizes) == set(LEXICON_NAMES)
    assert all(n > 0 for n in sizes.values())
    assert len(lex.by_id) == sum(sizes.values())  # ids are unique across lexicons


def test_lexicons_bundled_forms_carry_no_conjunction():
    # "وينص علي" beside "ينص علي" made the conjoined word a key of its own, so that the
    # split form ("وينص الاتفاق على") matched neither: the matcher strips "و" and "ف"
    conjoined = [
        (entry.id, form) for _, entry in load_lexicon().entries() for form in entry.forms
        if form[:1] in ("و", "ف") and form[1:] in entry.forms
    ]
    assert conjoined == []


def _write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
                    encoding="utf-8")
    return path


GOOD = {"id": "u.1", "forms": ["لواء الفجر"], "kind": "group", "name": "Dawn Brigade",
        "country": "SYR", "sector": "REB", "example": "هاجم لواء الفجر حاجزا"}


@pytest.mark.parametrize(
    "row, message",
    [
        ({**GOOD, "colour": "red"}, "unknown key"),
        ({**GOOD, "forms": ["لواء الفجر"], "sector": "XXX"}, "sector"),
        ({**GOOD, "country": "Syria"}, "country"),
        ({**GOOD, "forms": ["لِواء"]}, "not normalized"),
        ({**GOOD, "forms": ["ﻻ"]}, "presentation forms"),
        ({**GOOD, "forms": "لواء"}, "forms"),
        ({**GOOD, "kind": "planet"}, "kind"),
        ({**GOOD, "contextual": "yes"}, "contextual"),
        ({**GOOD, "opposed": True}, "opposed"),  # a site with a sector of its own
        ({**GOOD, "mirrors": True}, "mirrors"),  # a counterpart with a sector of its own
        ({**GOOD, "inanimate": "no"}, "inanimate"),
        ({**GOOD, "toll_only": 1}, "toll_only"),
        ({**GOOD, "forms": ["تنظيم"], "definite": True}, "with the article"),
        ({**GOOD, "forms": ["القاعده"], "indefinite": True}, "without the article"),
        ({**GOOD, "forms": ["التنظيم"], "definite": True, "indefinite": True}, "without the article"),
        ({**GOOD, "adjectival": True}, "one-word forms only"),
        ("{not json", "not valid JSON"),
    ],
)
def test_lexicons_bad_entry_names_file_line_and_problem(tmp_path, row, message):
    path = _write(tmp_path, "actors.jsonl", [GOOD | {"id": "u.0"}, row])
    with pytest.raises(LexiconError, match=message) as info:
        read_lexicon_file(path)
    assert info.value.line == 2 and str(path) in str(info.value)


def test_lexicons_duplicate_id_across_layers(tmp_path):
    path = _write(tmp_path, "actors.jsonl", [GOOD])
    with pytest.raises(LexiconError, match="duplicate id") as info:
        load_lexicon([path, path])
    assert info.value.rule_id == "u.1"


def test_lexicons_duplicate_id_of_a_bundled_entry(tmp_path):
    bundled = next(iter(load_lexicon().by_id))
    path = _write(tmp_path, "actors.jsonl", [GOOD | {"id": bundled}])
    with pytest.raises(LexiconError, match="duplicate id"):
        load_lexicon([path])


def test_lexicons_mixed_file_needs_a_lexicon_key(tmp_path):
    path = _write(tmp_path, "mine.jsonl", [GOOD])
    with pytest.raises(LexiconError, match="unknown lexicon"):
        read_lexicon_file(path)
    ok = _write(tmp_path, "mine2.jsonl", [GOOD | {"lexicon": "actors"}])
    assert [e.id for _, e in read_lexicon_file(ok)] == ["u.1"]


@pytest.mark.parametrize(
    "rule, message",
    [
        ({"lexicon": "triggers", "id": "t", "forms": ["قصف"], "type": "ATTACK"}, "PLOVER type"),
        ({"lexicon": "triggers", "id": "t", "forms": ["قصف"], "type": "ASSAULT", "mode": "siege"}, "mode"),
        ({"lexicon": "triggers", "id": "t", "forms": ["قصف"], "type": "ASSAULT", "cameo": "abc"}, "cameo"),
        ({"lexicon": "triggers", "id": "t", "forms": ["قصف"], "type": "ASSAULT", "cameo": "١٩٠"}, "cameo"),
        ({"lexicon": "triggers", "id": "t\n", "forms": ["قصف"], "type": "ASSAULT"}, "'id'"),
        ({"lexicon": "triggers", "id": "t", "forms": ["قصف"], "type": "ASSAULT",
          "acled": ["Battles", "Air/drone strike"]}, "acled"),
        ({"lexicon": "cues", "id": "c", "forms": ["لم"], "modality": "maybe"}, "modality"),
        ({"lexicon": "places", "id": "p", "forms": ["حلب"], "kind": "city", "name": "Aleppo",
          "lat": 136.2, "lon": 37.1}, "out of range"),
        ({"lexicon": "places", "id": "p", "forms": ["جنيف"], "kind": "city", "name": "Geneva",
          "venue": "yes"}, "venue"),
        ({"lexicon": "nothing", "id": "x", "forms": ["x"]}, "unknown lexicon"),
    ],
)
def test_lexicons_rules_in_code_are_validated(rule, message):
    with pytest.raises(LexiconError, match=message):
        rules_from_dicts([rule])


def test_lexicons_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="not found"):
        load_lexicon([tmp_path / "nope.jsonl"])


TRIGGER = {"id": "u.t", "forms": ["داهم"], "type": "COERCE", "pos": "verb"}


@pytest.mark.parametrize(
    "row, message",
    [
        ({**TRIGGER, "needs_support": "yes"}, "needs_support"),
        ({**TRIGGER, "needs_support": ["atlaqa"]}, "support ids"),
        ({**TRIGGER, "needs_support": []}, "support ids"),
        ({**TRIGGER, "needs_subject": 1}, "needs_subject"),
        ({**TRIGGER, "pos": "noun", "needs_subject": True}, "verb forms"),
        ({**TRIGGER, "pos": "noun", "participle": True}, "verb forms"),
        ({**TRIGGER, "participle": "yes"}, "participle"),
        ({**TRIGGER, "support_near": True}, "light verb"),
    ],
)
def test_lexicons_bad_trigger_flags_are_named(tmp_path, row, message):
    path = _write(tmp_path, "triggers.jsonl", [TRIGGER | {"id": "u.0"}, row])
    with pytest.raises(LexiconError, match=message) as info:
        read_lexicon_file(path)
    assert info.value.line == 2


def test_lexicons_a_support_serves_only_its_namers_when_it_says_so(tmp_path):
    support = {"id": "u.s", "forms": ["اعترض"]}
    path = _write(tmp_path, "support.jsonl", [support, {**support, "id": "u.n", "named_only": True}])
    plain, named = (e for _, e in read_lexicon_file(path))
    assert (plain.named_only, named.named_only) == (False, True)
    (tmp_path / "bad").mkdir()
    bad = _write(tmp_path / "bad", "support.jsonl", [{**support, "named_only": "yes"}])
    with pytest.raises(LexiconError, match="named_only") as info:
        read_lexicon_file(bad)
    assert info.value.line == 1


def test_lexicons_the_gazetteer_marks_the_towns_of_others_talks():
    venues = {e.name for name, e in load_lexicon().entries() if name == "places" and e.venue}
    assert {"Geneva", "Vienna", "Astana"} <= venues
    assert not venues & {"Baghdad", "Cairo", "Aleppo"}
