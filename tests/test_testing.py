"""Tests of the testing kit: assert_events (conflict_events.testing) and the --ce-gold plugin.

Arabic sentences here are written for these tests; the plugin runs on examples/gold.jsonl.
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

import conflict_events as ce
from conflict_events.testing import KEYS, assert_events

REPO = Path(__file__).resolve().parents[1]
OWN_GOLD = REPO / "examples" / "gold.jsonl"

TEXT = "قصفت طائرات حربية روسية المسلحين في مدينة حلب أمس، فيما دعت الأمم المتحدة إلى وقف إطلاق النار."
DATE = "2016-08-30"


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


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


def test_testing_plugin_one_test_per_gold_line(tmp_path):
    done = _run_pytest(tmp_path, "--ce-gold", str(OWN_GOLD))
    lines = [json.loads(x) for x in OWN_GOLD.read_text(encoding="utf-8").splitlines()]
    xfails = sum(1 for x in lines if "xfail" in x)
    assert done.returncode == 0, done.stdout[-3000:]
    assert f"{len(lines) - xfails} passed, {xfails} xfailed" in done.stdout
    assert "gold.jsonl::own-a01-s1" in done.stdout  # readable ids


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
