"""Tests of the testing kit: assert_events (conflict_events.testing) and the --ce-gold plugin.

Arabic sentences here are written for these tests; the plugin runs on examples/gold.jsonl.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import conflict_events as ce
from conflict_events.records import Actor, Event, Mention, Place, TimeExpression
from conflict_events.testing import KEYS, assert_events

REPO = Path(__file__).resolve().parents[1]
OWN_GOLD = REPO / "examples" / "gold.jsonl"

TEXT = "قصفت طائرات حربية روسية المسلحين في مدينة حلب أمس، فيما دعت الأمم المتحدة إلى وقف إطلاق النار."
DATE = "2016-08-30"


def _m(cls, text, **kw):
    start = TEXT.index(text)
    return cls(text, start, start + len(text), **kw)


# What the extractor is made to return: assert_events is tested on fixed events, so that
# changes of the extraction rules do not change these tests.
EVENTS = [
    Event(type="ASSAULT", trigger=_m(Mention, "قصفت"), cameo="190",
          actors=[_m(Actor, "طائرات حربية روسية", country="RUS", sector="MIL")],
          targets=[_m(Actor, "المسلحين", country="SYR", sector="REB")],
          place=_m(Place, "حلب", name="Aleppo", country="SYR"),
          date=_m(TimeExpression, "أمس", start=datetime.date(2016, 8, 29),
                  end=datetime.date(2016, 8, 29))),
    Event(type="REQUEST", trigger=_m(Mention, "دعت"), cameo="10",
          actors=[_m(Actor, "الأمم المتحدة", country="UNO", sector="UNO")]),
    Event(type="RETREAT", trigger=_m(Mention, "وقف إطلاق النار"), mode="ceasefire",
          modality="requested"),
]


class FixedExtractor:
    """Returns :data:`EVENTS` for :data:`TEXT`, nothing for any other text."""

    def extract(self, text, article_date=None):
        return list(EVENTS) if text == TEXT else []


@pytest.fixture(scope="module")
def ex():
    return FixedExtractor()


@pytest.mark.parametrize(
    "expected",
    [
        [{"type": "ASSAULT"}],
        [{"type": "ASSAULT", "trigger": "قصفت", "actor_codes": ["RUS MIL"], "place": "حلب",
          "place_country": "SYR", "date": "2016-08-29", "modality": "asserted"}],
        [{"type": "ASSAULT", "actor": "طائرات حربية روسية", "target": "المسلحين",
          "date": {"start": "2016-08-29", "end": "2016-08-29"}, "date_text": "أمس"}],
        [{"type": "REQUEST", "actor_codes": ["UNO UNO"]},
         {"type": "RETREAT", "mode": "ceasefire", "modality": "requested", "actor": None}],
        [{"type": "RETREAT"}, {"type": "ASSAULT"}, {"type": "REQUEST"}],
        [],
    ],
    ids=["type-only", "many-keys", "phrases-and-date-dict", "request-and-action", "any-order",
         "nothing-expected"],
)
def test_testing_assert_events_passes(ex, expected):
    found = assert_events(TEXT, expected, article_date=DATE, extractor=ex)
    assert [e.type for e in found] == [x["type"] for x in expected]


@pytest.mark.parametrize(
    ("expected", "kwargs", "message"),
    [
        ([{"type": "ASSAULT", "place": "حماة"}], {},
         'place: expected "حماة", extracted "حلب"'),
        ([{"type": "PROTEST"}], {}, 'type: expected "PROTEST", extracted "ASSAULT"'),
        ([{"type": "ASSAULT"}, {"type": "ASSAULT"}], {}, "already matched to expected #1"),
        ([{"type": "ASSAULT", "actor_codes": ["SYR MIL"]}], {},
         'actor_codes: expected ["SYR MIL"], extracted ["RUS MIL"]'),
        ([{"type": "ASSAULT", "date": None}], {}, 'date: expected null'),
        ([{"type": "ASSAULT"}], {"exact": True}, "not expected (exact=True): #2, #3"),
    ],
    ids=["wrong-place", "missing-type", "one-to-one", "wrong-code", "unexpected-date", "exact"],
)
def test_testing_assert_events_fails_readably(ex, expected, kwargs, message):
    with pytest.raises(AssertionError) as info:
        assert_events(TEXT, expected, article_date=DATE, extractor=ex, **kwargs)
    text = str(info.value)
    assert message in text
    assert f"in: {TEXT}" in text and "#1 ASSAULT «قصفت»" in text


def test_testing_assert_events_with_the_real_extractor():
    [event] = assert_events("قصفت طائرات حربية روسية مدينة حلب أمس",
                            [{"type": "ASSAULT", "trigger": "قصفت", "place_country": "SYR"}],
                            article_date=DATE, extractor=ce.Extractor())
    assert event.trigger.text == "قصفت"


def test_testing_assert_events_nothing_extracted(ex):
    with pytest.raises(AssertionError, match="nothing was extracted"):
        assert_events("ارتفعت أسعار الخبز", [{"type": "PROTEST"}], extractor=ex)


def test_testing_assert_events_rejects_unknown_keys(ex):
    with pytest.raises(ValueError, match="unknown key.*plcae"):
        assert_events(TEXT, [{"type": "ASSAULT", "plcae": "حلب"}], extractor=ex)


def test_testing_keys_cover_gold_event_keys():
    gold_keys = {"type", "mode", "trigger", "actor", "target", "place", "date_text", "date",
                 "modality", "fatalities", "actor_codes", "target_codes", "place_country"}
    assert gold_keys <= set(KEYS)


# --------------------------------------------------------------------------- the plugin


def _plugin_args() -> list[str]:
    """Load the plugin by module name unless its entry point already loads it."""
    registered = any(ep.value == "conflict_events.pytest_plugin"
                     for ep in entry_points(group="pytest11"))
    return [] if registered else ["-p", "conflict_events.pytest_plugin"]


def _run_pytest(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-rxXf", "-q",
         *_plugin_args(), *args],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )


def _line(sid, text, events, **extra):
    return {"id": sid, "article_date": DATE, "text": text, "timex": [], "events": events, **extra}


def _event(etype, trigger):
    return {"type": etype, "mode": None, "trigger": trigger, "actor": None, "target": None,
            "place": None, "date_text": None, "date": None, "modality": "asserted",
            "fatalities": None, "actor_codes": [], "target_codes": [], "place_country": None}


def test_testing_plugin_one_test_per_gold_line(tmp_path):
    lines = [
        _line("mine-a01-s1", "قصفت طائرات حربية روسية مدينة حلب", [_event("ASSAULT", "قصفت")]),
        _line("mine-a01-s2", "ارتفعت أسعار الخبز في الأسواق", [_event("PROTEST", "ارتفعت")]),
        _line("mine-a02-s1", "ارتفعت أسعار الخبز في الأسواق", [_event("PROTEST", "ارتفعت")],
              xfail="prices are not a protest: an example of a known miss"),
    ]
    gold = tmp_path / "mine.jsonl"
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                    encoding="utf-8")
    done = _run_pytest(tmp_path, "--ce-gold", str(gold), "--ce-check", "events")
    assert done.returncode == 1, done.stdout[-3000:]
    assert "1 failed, 1 passed, 1 xfailed" in done.stdout
    assert "FAILED mine.jsonl::mine-a01-s2" in done.stdout  # readable ids
    assert "miss: PROTEST «ارتفعت»" in done.stdout


def test_testing_plugin_runs_the_example_gold_file(tmp_path):
    done = _run_pytest(tmp_path, "--ce-gold", str(OWN_GOLD), "--ce-check", "events")
    n = len(OWN_GOLD.read_text(encoding="utf-8").splitlines())
    assert "gold.jsonl::own-a01-s1" in done.stdout
    counts = re.findall(r"(\d+) (passed|failed|xfailed|xpassed)", done.stdout)
    assert sum(int(c) for c, _ in counts) == n


def test_testing_plugin_failure_is_a_readable_diff(tmp_path):
    line = {
        "id": "mine-a01-s1", "article_date": "2016-08-30",
        "text": "قصفت طائرات حربية روسية المسلحين في مدينة حماة أمس",
        "timex": [{"text": "أمس", "start": "2016-08-29", "end": "2016-08-29"}],
        "events": [{"type": "ASSAULT", "mode": "aerial", "trigger": "قصفت",
                    "actor": "طائرات حربية روسية", "target": "المسلحين", "place": "حماة",
                    "date_text": "أمس", "date": {"start": "2016-08-29", "end": "2016-08-29"},
                    "modality": "asserted", "fatalities": 4, "actor_codes": ["RUS MIL"],
                    "target_codes": ["SYR REB"], "place_country": "SYR"}],
    }
    gold = tmp_path / "mine.jsonl"
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    done = _run_pytest(tmp_path, "--ce-gold", str(gold))
    assert done.returncode == 1
    assert "mine.jsonl::mine-a01-s1" in done.stdout
    assert 'ASSAULT «قصفت»: fatalities gold 4 predicted null' in done.stdout
    loose = _run_pytest(tmp_path, "--ce-gold", str(gold), "--ce-check", "events,codes")
    assert loose.returncode == 0 and "1 passed" in loose.stdout


def test_testing_plugin_rejects_unknown_check(tmp_path):
    done = _run_pytest(tmp_path, "--ce-gold", str(OWN_GOLD), "--ce-check", "everything")
    assert done.returncode == 4 and "unknown everything" in done.stderr
