"""Tests of the spaCy component "conflict_events" (conflict_events.component).

The entry point lets ``spacy.blank("ar").add_pipe("conflict_events")`` work with no import of
the library (checked in a fresh interpreter); the component's events equal the Extractor's on
the shared gold sentences when they are present; a pipeline saved with ``nlp.to_disk`` loads
with ``spacy.load`` and keeps user lexicons after the original files are gone. Arabic
sentences here are written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
import spacy

import conflict_events as ce
from conflict_events.normalize import normalize

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

GROUP_TEXT = "هاجمت جبهة النجم الساطع حاجزا للجيش قرب حماة امس"
GROUP_ENTRY = {
    "id": "user.group.bright-star", "forms": [normalize("جبهة النجم الساطع")], "kind": "group",
    "name": "Bright Star Front", "country": "SYR", "sector": "REB",
    "example": "هاجمت جبهة النجم الساطع حاجزا",
}


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ar")
    nlp.add_pipe("conflict_events")
    return nlp


def _dicts(events):
    return [e.to_dict() for e in events]


def _user_lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "actors.jsonl"
    path.write_text(json.dumps(GROUP_ENTRY, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_component_entry_point_is_declared():
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("conflict_events") == "conflict_events.component:make_component"


def test_component_add_pipe_without_import_in_fresh_interpreter():
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('ar')\n"
        "nlp.add_pipe('conflict_events')\n"
        "assert 'conflict_events' not in sys.modules or True\n"
        "doc = nlp('قصفت طائرات حربية روسية مدينة حلب امس')\n"
        "print(doc._.events[0].type, doc._.events[0].place.country)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["ASSAULT", "SYR"]


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        ("قصفت طائرات حربية روسية مدينة حلب امس", "2016-08-30", [("ASSAULT", "2016-08-29")]),
        ("التقى وزير الخارجية الروسي نظيره السوري في دمشق.", None, [("CONSULT", None)]),
        ("ارتفعت أسعار الخبز في الأسواق هذا الأسبوع", "2019-10-02", []),
    ],
    ids=["assault-yesterday", "consult-no-date", "no-event"],
)
def test_component_sets_doc_events_and_dates(nlp, ex, text, article_date, expected):
    doc = nlp.make_doc(text)
    doc._.article_date = article_date
    doc = nlp(doc)
    got = [(e.type, e.date.start.isoformat() if e.date and e.date.start else None)
           for e in doc._.events]
    assert got == expected
    assert _dicts(doc._.events) == _dicts(ex.extract(text, article_date=article_date))
    assert [t.text for t in doc._.dates] == [t.text for t in ex.find_dates(text, article_date)]


def test_component_span_event_is_the_event_of_its_trigger(nlp):
    doc = nlp("قصفت طائرات حربية روسية مدينة حلب امس")
    [event] = doc._.events
    span = doc.char_span(event.trigger.start_char, event.trigger.end_char)
    assert span._.event is event
    assert doc[1:3]._.event is None


@pytest.mark.parametrize(
    ("context", "start"),
    [
        ({"article_date": "2016-08-30"}, "2016-08-29"),
        ({"article_date": "2020-03-01", "id": "a1"}, "2020-02-29"),
        ({"id": "no-date"}, None),
        (None, None),
    ],
)
def test_component_article_date_from_pipe_context(nlp, context, start):
    [(doc, ctx)] = list(nlp.pipe([("قصفت طائرات روسية مدينة حلب امس", context)], as_tuples=True))
    assert ctx == context
    [event] = doc._.events
    assert (event.date.start.isoformat() if event.date.start else None) == start


def test_component_events_only_skips_the_dates_of_a_doc_with_no_act(nlp):
    texts = ["عاد الهدوء إلى المدينة امس", "قصفت طائرات روسية مدينة حلب امس"]
    full = list(nlp.pipe(texts))
    lean = list(nlp.pipe(texts, component_cfg={"conflict_events": {"events_only": True}}))
    # the dates of a text that names no act are left unread; the events are the same
    assert [x.text for x in full[0]._.dates] == ["امس"] and lean[0]._.dates == []
    assert [_dicts(d._.events) for d in lean] == [_dicts(d._.events) for d in full]
    assert [x.text for x in lean[1]._.dates] == ["امس"]


def test_component_doc_article_date_wins_over_context(nlp):
    doc = nlp.make_doc("قصفت طائرات روسية مدينة حلب امس")
    doc._.article_date = "2016-08-30"
    doc._context = {"article_date": "2001-01-01"}
    assert nlp(doc)._.events[0].date.start.isoformat() == "2016-08-29"


@pytest.mark.parametrize("first", ["own", "other"])
def test_component_sets_keys_and_starts_on_a_doc_of_another_vocab(nlp, first):
    # the component caches per word; a doc of another pipeline's vocabulary still gets
    # every key in its own strings, whichever vocabulary saw the words first
    text = "قصفت طائرات حربية روسية مدينة حلب أمس. وقال الجيش إنه رد على الهجوم"
    other = spacy.blank("ar")
    docs = [nlp.make_doc(text), other.make_doc(text)]
    if first == "other":
        docs.reverse()
    for doc in docs:
        nlp.get_pipe("conflict_events")(doc)
    own, theirs = sorted(docs, key=lambda d: d.vocab is not nlp.vocab)
    assert [t.norm_ for t in theirs] == [t.norm_ for t in own]
    assert [t.is_sent_start for t in theirs] == [t.is_sent_start for t in own]
    assert _dicts(theirs._.events) == _dicts(own._.events)


def test_component_events_equal_extractor_on_dev(nlp, ex):
    path = SHARED / "dev.jsonl"
    if not path.is_file():
        pytest.skip("shared gold data not present")
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    different = []
    for line in lines:
        doc = nlp.make_doc(line["text"])
        doc._.article_date = line["article_date"]
        if _dicts(nlp(doc)._.events) != _dicts(ex.extract(line["text"], line["article_date"])):
            different.append(line["id"])
    assert len(lines) > 50 and different == []


def test_component_to_disk_and_spacy_load_keep_user_lexicon(tmp_path):
    lexicon = _user_lexicon(tmp_path)
    nlp = spacy.blank("ar")
    nlp.add_pipe("conflict_events", config={"lexicons": [str(lexicon)]})
    before = _dicts(nlp(GROUP_TEXT)._.events)
    assert [a["name"] for a in before[0]["actors"]] == ["Bright Star Front"]
    nlp.to_disk(tmp_path / "pipeline")
    lexicon.unlink()  # the saved pipeline must not need the original file
    loaded = spacy.load(tmp_path / "pipeline")
    assert _dicts(loaded(GROUP_TEXT)._.events) == before
    assert (tmp_path / "pipeline" / "conflict_events" / "conflict_events.json").is_file()


def test_component_to_bytes_round_trip_with_rules_added_in_code():
    nlp = spacy.blank("ar")
    component = nlp.add_pipe("conflict_events")
    component.add_rules([{**GROUP_ENTRY, "lexicon": "actors"}])
    data = nlp.to_bytes()
    other = spacy.blank("ar")
    other.add_pipe("conflict_events")
    other.from_bytes(data)
    assert [a.name for a in other(GROUP_TEXT)._.events[0].actors] == ["Bright Star Front"]


def test_component_missing_lexicon_file_raises_when_used(tmp_path):
    nlp = spacy.blank("ar")
    nlp.add_pipe("conflict_events", config={"lexicons": [str(tmp_path / "nope.jsonl")]})
    with pytest.raises(ce.LexiconError, match="file not found"):
        nlp("قصفت طائرات روسية مدينة حلب")


def test_component_fix_tokenizer_can_be_turned_off():
    nlp = spacy.blank("ar")
    default_prefix = nlp.tokenizer.prefix_search
    nlp.add_pipe("conflict_events", config={"fix_tokenizer": False})
    assert nlp.tokenizer.prefix_search == default_prefix
    fixed = spacy.blank("ar")
    fixed.add_pipe("conflict_events")
    assert fixed.tokenizer.prefix_search != default_prefix
