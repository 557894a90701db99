"""Tests of conflict_events.evaluation: scoring rules on hand-built gold and predictions.

The Arabic sentences here are written for these tests (not taken from the gold files).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conflict_events.errors import GoldFormatError
from conflict_events.evaluation import (
    MAX_TRIGGER_GAP,
    compare_codes,
    compare_slots,
    evaluate,
    load_gold,
    locate,
    match_events,
    parse_gold_line,
    predict,
    score,
)
from conflict_events.records import Actor, Event, Mention, Place, TimeExpression

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

S1 = "قصفت طائرات روسية مواقع المسلحين في ريف حلب امس الاثنين، ما أسفر عن مقتل 12 شخصا."
S2 = "ودعت الأمم المتحدة الطرفين إلى وقف إطلاق النار في المدينة."


def gold_event(**kw):
    base = {
        "type": "ASSAULT", "mode": None, "trigger": "قصفت", "actor": None, "target": None,
        "place": None, "date_text": None, "date": None, "modality": "asserted",
        "fatalities": None, "actor_codes": [], "target_codes": [], "place_country": None,
    }
    base.update(kw)
    return base


def gold_line(sid, text, events=(), timex=(), date="2016-08-30"):
    return {
        "id": sid, "source": "test", "article_date": date, "article_date_known": True,
        "text": text, "timex": list(timex), "events": list(events),
    }


def m(text, phrase, **extra):
    """A predicted mention dict located in ``text``."""
    i = text.index(phrase)
    return {"text": phrase, "span": [i, i + len(phrase)], **extra}


def pred(text, type_, trigger, **kw):
    d = {
        "type": type_, "mode": None, "trigger": m(text, trigger), "actors": [], "targets": [],
        "place": None, "date": None, "modality": "asserted", "fatalities": None,
    }
    d.update(kw)
    return d


S1_GOLD_EVENT = gold_event(
    mode="aerial", actor="طائرات روسية", target="مواقع المسلحين", place="ريف حلب",
    date_text="امس الاثنين", date={"start": "2016-08-29", "end": "2016-08-29"},
    fatalities=12, actor_codes=["RUS MIL"], target_codes=["SYR REB"], place_country="SYR",
)
S1_TIMEX = {"text": "امس الاثنين", "start": "2016-08-29", "end": "2016-08-29",
            "granularity": "day"}
S2_EVENTS = [
    gold_event(type="REQUEST", trigger="دعت", actor="الأمم المتحدة", target="الطرفين",
               actor_codes=["UNO UNO"], target_codes=["--- ---"]),
    gold_event(type="RETREAT", mode="ceasefire", trigger="وقف إطلاق النار", target=None,
               modality="requested"),
]


def perfect_predictions():
    s1 = pred(
        S1, "ASSAULT", "قصفت",
        actors=[m(S1, "طائرات روسية", country="RUS", sector="MIL")],
        targets=[m(S1, "المسلحين", country="SYR", sector="REB")],
        place=m(S1, "حلب", country="SYR"),
        date={**m(S1, "امس الاثنين"), "start": "2016-08-29", "end": "2016-08-29"},
        fatalities=12,
    )
    s2 = [
        pred(S2, "REQUEST", "دعت",
             actors=[m(S2, "الأمم المتحدة", country="UNO", sector="UNO")],
             targets=[m(S2, "الطرفين", country=None, sector=None)]),
        pred(S2, "RETREAT", "وقف إطلاق النار", modality="requested"),
    ]
    timex = {"t-s1": [{**m(S1, "امس الاثنين"), "start": "2016-08-29", "end": "2016-08-29"}]}
    return {"t-s1": [s1], "t-s2": s2}, timex


def gold_sentences():
    return [
        parse_gold_line(gold_line("t-s1", S1, [S1_GOLD_EVENT], [S1_TIMEX])),
        parse_gold_line(gold_line("t-s2", S2, S2_EVENTS)),
    ]


def test_evaluation_perfect_prediction_scores_one():
    events, timex = perfect_predictions()
    report = score(gold_sentences(), events, timex)
    figures = report.figures()
    assert figures, "the report lists its figures"
    assert all(v == 1.0 for v in figures.values() if v is not None), figures
    assert report.events.gold == 3 and report.events.gold_found == 3
    assert report.codes["place_country"].total == 1
    assert report.errors == ()


def test_evaluation_wrong_type_is_miss_and_false_alarm():
    events, timex = perfect_predictions()
    events["t-s1"][0]["type"] = "COERCE"
    report = score(gold_sentences(), events, timex)
    assert (report.events.gold_found, report.events.predicted_right) == (2, 2)
    kinds = {(e.kind, e.type) for e in report.errors}
    assert kinds == {("miss", "ASSAULT"), ("false_alarm", "COERCE")}
    per_type = {t.type: t.counts for t in report.per_type}
    assert (per_type["ASSAULT"].gold, per_type["ASSAULT"].predicted) == (1, 0)
    assert (per_type["COERCE"].gold, per_type["COERCE"].predicted) == (0, 1)


@pytest.mark.parametrize(
    ("gap", "matched"),
    [(-2, True), (0, True), (1, True), (MAX_TRIGGER_GAP, True), (MAX_TRIGGER_GAP + 1, False)],
)
def test_evaluation_trigger_distance(gap, matched):
    text = "قصفت " + "ا" * 40 + " غارة"
    gold = parse_gold_line(gold_line("g-s1", text, [gold_event(trigger="قصفت")]))
    start = 4 + gap
    p = {"type": "ASSAULT", "trigger": {"text": text[start:start + 3],
                                        "span": [start, start + 3]}}
    assert bool(match_events(gold.events, [p])) is matched


def test_evaluation_matching_prefers_overlap_and_is_one_to_one():
    text = "قصفت الطائرات ثم قصفت المدفعية الحي"
    second = text.index("قصفت", 1)
    gold = parse_gold_line(gold_line("g-s1", text, [gold_event(trigger="قصفت"),
                                                     gold_event(trigger="قصفت المدفعية")]))
    p = {"type": "ASSAULT", "trigger": {"text": "قصفت", "span": [second, second + 4]}}
    # both gold triggers are within 25 characters; the overlapping one wins
    assert match_events(gold.events, [p]) == [(1, 0)]
    # two predictions on the same trigger: only one is matched to it
    assert match_events(gold.events[1:], [p, dict(p)]) == [(0, 0)]


@pytest.mark.parametrize(
    ("gold_kw", "pred_kw", "slot", "right"),
    [
        ({"actor": "طائرات روسية"}, {"actors": [m(S1, "روسية")]}, "actor", True),
        ({"actor": "طائرات روسية"}, {"actors": [m(S1, "مواقع")]}, "actor", False),
        ({"actor": "طائرات روسية"}, {"actors": []}, "actor", False),
        ({"actor": None}, {"actors": []}, "actor", True),
        ({"actor": None}, {"actors": [m(S1, "طائرات")]}, "actor", False),
        ({"target": "مواقع المسلحين"}, {"targets": [m(S1, "طائرات روسية"),
                                                    m(S1, "المسلحين")]}, "target", True),
        ({"place": "ريف حلب"}, {"place": m(S1, "حلب")}, "place", True),
        ({"place": "ريف حلب"}, {"place": None}, "place", False),
        ({"place": None}, {"place": None}, "place", True),
        ({"date": {"start": "2016-08-29", "end": "2016-08-29"}},
         {"date": {"start": "2016-08-29", "end": "2016-08-29"}}, "date", True),
        ({"date": {"start": "2016-08-29", "end": "2016-08-29"}},
         {"date": {"start": "2016-08-22", "end": "2016-08-28"}}, "date", False),
        ({"date": None}, {"date": None}, "date", True),
        ({"date": None}, {"date": {"start": "2016-08-29", "end": "2016-08-29"}}, "date", False),
        ({"modality": "planned"}, {"modality": "planned"}, "modality", True),
        ({"modality": "planned"}, {"modality": "asserted"}, "modality", False),
        ({"fatalities": 12}, {"fatalities": 12}, "fatalities", True),
        ({"fatalities": 12}, {"fatalities": None}, "fatalities", False),
        ({"fatalities": None}, {"fatalities": None}, "fatalities", True),
    ],
)
def test_evaluation_slot_rules(gold_kw, pred_kw, slot, right):
    gold = parse_gold_line(gold_line("g-s1", S1, [gold_event(**gold_kw)])).events[0]
    assert compare_slots(gold, pred(S1, "ASSAULT", "قصفت", **pred_kw))[slot] is right


@pytest.mark.parametrize(
    ("gold_kw", "pred_kw", "expected"),
    [
        ({"actor": "طائرات روسية", "actor_codes": ["RUS MIL", "SYR MIL"]},
         {"actors": [m(S1, "طائرات روسية", country="SYR", sector="GOV")]},
         {"actor_country": True, "actor_sector": False}),
        ({"actor": "طائرات روسية", "actor_codes": ["RUS MIL"]},
         {"actors": [m(S1, "طائرات", country="USA", sector="MIL")]},
         {"actor_country": False, "actor_sector": True}),
        ({"actor": "طائرات روسية", "actor_codes": ["RUS MIL"]}, {"actors": []},
         {"actor_country": False, "actor_sector": False}),
        ({"target": "المسلحين", "target_codes": ["--- REB"]},
         {"targets": [m(S1, "المسلحين", country=None, sector="REB")]},
         {"target_country": True, "target_sector": True}),
        ({"target": "المسلحين", "target_codes": ["--- REB"]},
         {"targets": [m(S1, "المسلحين", country="SYR", sector=None)]},
         {"target_country": False, "target_sector": False}),
        ({"actor": None, "actor_codes": []}, {"actors": []},
         {"actor_country": None, "actor_sector": None}),
        ({"place": "ريف حلب", "place_country": "SYR"}, {"place": m(S1, "حلب", country="SYR")},
         {"place_country": True}),
        ({"place": "ريف حلب", "place_country": "SYR"}, {"place": m(S1, "حلب", country="IRQ")},
         {"place_country": False}),
        ({"place": "ريف حلب", "place_country": "SYR"}, {"place": None},
         {"place_country": False}),
        ({"place": None, "place_country": None}, {"place": m(S1, "حلب", country="SYR")},
         {"place_country": None}),
    ],
)
def test_evaluation_code_rules(gold_kw, pred_kw, expected):
    gold = parse_gold_line(gold_line("g-s1", S1, [gold_event(**gold_kw)])).events[0]
    got = compare_codes(gold, pred(S1, "ASSAULT", "قصفت", **pred_kw))
    assert {k: got[k] for k in expected} == expected


def test_evaluation_full_event_needs_actor_target_and_place():
    events, timex = perfect_predictions()
    events["t-s1"][0]["targets"] = [m(S1, "طائرات روسية")]
    report = score(gold_sentences(), events, timex)
    assert report.events.gold_found == 3
    assert report.full_events.gold_found == 2
    assert report.slots["target"].right == 2
    slot_errors = [e for e in report.errors if e.kind == "slots"]
    assert [d[0] for d in slot_errors[0].differences] == [
        "target", "target_country", "target_sector"]


@pytest.mark.parametrize(
    ("predicted", "found", "right", "resolved"),
    [
        ([("امس الاثنين", "2016-08-29", "2016-08-29")], 1, 1, 1),
        ([("امس", "2016-08-29", "2016-08-29")], 1, 1, 1),
        ([("الاثنين", "2016-08-22", "2016-08-22")], 1, 1, 0),
        ([("امس", "2016-08-22", "2016-08-22"),
          ("الاثنين", "2016-08-29", "2016-08-29")], 1, 2, 1),
        ([("ريف حلب", None, None)], 0, 0, 0),
        ([], 0, 0, 0),
    ],
)
def test_evaluation_timex_overlap_and_resolution(predicted, found, right, resolved):
    gold = [parse_gold_line(gold_line("t-s1", S1, [], [S1_TIMEX]))]
    preds = [{**m(S1, t), "start": s, "end": e} for t, s, e in predicted]
    report = score(gold, {}, {"t-s1": preds})
    assert (report.timex.gold, report.timex.predicted) == (1, len(predicted))
    assert report.timex.gold_found == found
    assert report.timex.predicted_right == right
    assert report.timex_resolution.right == resolved


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        (S1, "حلب", (S1.index("حلب"), S1.index("حلب") + 3)),
        ("هاجم المسلحون القرية يوم الأربعاء", "يوم الاربعاء", (21, 33)),
        ("قُتِلَ ثلاثة في غارةٍ على القرية", "غارة على", (16, 25)),
        (S1, "دمشق", None),
        (S1, None, None),
    ],
)
def test_evaluation_locate_exact_then_normalized(text, phrase, span):
    assert locate(text, phrase) == span


@pytest.mark.parametrize(
    ("second_line", "message"),
    [
        ("{not json", "not JSON"),
        (json.dumps({"id": "x-s2", "text": "نص", "timex": [], "article_date": None}),
         "events"),
        (json.dumps(gold_line("x-s2", S1, [gold_event(type="ATTACK")])), "ATTACK"),
        (json.dumps(gold_line("x-s2", S1, [{"type": "ASSAULT", "trigger": "قصفت"}])),
         "actor"),
        (json.dumps(gold_line("x-s2", S1, date="30/08/2016")), "article_date"),
        (json.dumps(gold_line("x-s1", S1)), "duplicate"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_evaluation_bad_gold_file_names_file_and_line(tmp_path, second_line, message):
    path = tmp_path / "gold.jsonl"
    first = json.dumps(gold_line("x-s1", S1, [S1_GOLD_EVENT], [S1_TIMEX]), ensure_ascii=False)
    path.write_text(first + "\n" + second_line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert f"{path}:2:" in str(info.value)
    assert message in str(info.value)
    assert info.value.line == 2


class FakeExtractor:
    """Returns fixed events, recording the calls; stands in for the pipeline."""

    def __init__(self):
        self.calls = []

    def extract(self, text, article_date=None):
        self.calls.append((text, article_date))
        out = []
        i = text.find("قصفت")
        if i >= 0:
            j = text.find("حلب")
            out.append(Event(
                type="ASSAULT", trigger=Mention("قصفت", i, i + 4),
                actors=[Actor("طائرات روسية", i + 5, i + 17, country="RUS", sector="MIL")],
                place=Place("حلب", j, j + 3, country="SYR"), fatalities=12,
            ))
        k = text.find("دعت")
        if k >= 0:
            out.append(Event(type="REQUEST", trigger=Mention("دعت", k, k + 3)))
        return out

    def find_dates(self, text, article_date=None):
        i = text.find("امس الاثنين")
        if i < 0:
            return []
        day = dt.date(2016, 8, 29)
        return [TimeExpression("امس الاثنين", i, i + 11, start=day, end=day)]


def test_evaluation_runs_each_article_once_and_rebases_spans(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [
        gold_line("art-a1-s1", "نص تمهيدي عن الحرب", date="2016-08-30"),
        gold_line("art-a1-s2", S1, [S1_GOLD_EVENT], [S1_TIMEX], date="2016-08-30"),
        gold_line("art-a2-s1", S2, S2_EVENTS, date="2017-01-05"),
    ]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines),
                    encoding="utf-8")
    fake = FakeExtractor()
    events, timex = predict(load_gold(path), fake)
    assert fake.calls == [("نص تمهيدي عن الحرب\n" + S1, "2016-08-30"), (S2, "2017-01-05")]
    assert events["art-a1-s1"] == []
    assert events["art-a1-s2"][0]["trigger"]["span"] == [0, 4]
    assert timex["art-a1-s2"][0]["span"] == list(locate(S1, "امس الاثنين"))

    report = evaluate(path, fake)
    assert (report.events.gold, report.events.predicted, report.events.gold_found) == (3, 2, 2)
    # S1: the actor overlaps; S2: the REQUEST has no predicted actor
    assert (report.slots["actor"].right, report.slots["actor"].total) == (1, 2)
    assert report.slots["place"].right == 2
    assert (report.codes["actor_country"].right, report.codes["actor_country"].total) == (1, 2)
    assert report.timex_resolution.right == 1
    assert [e.kind for e in report.errors].count("miss") == 1


def test_evaluation_report_dict_and_table():
    events, timex = perfect_predictions()
    report = score(gold_sentences(), events, timex)
    d = json.loads(json.dumps(report.to_dict()))
    assert d["events"]["f1"] == 1.0
    assert set(d["slots"]) == {"actor", "target", "place", "date", "modality", "fatalities"}
    assert d["per_type"]["ASSAULT"]["gold"] == 1
    assert "errors" not in report.to_dict(errors=False)
    table = report.format_table()
    assert "ASSAULT" in table and "actor_country" in table and "1.000" in table


@pytest.fixture(scope="module")
def extractor():
    from conflict_events.pipeline import Extractor

    return Extractor()


def test_evaluation_seed_file_figures_in_range(extractor):
    seed = SHARED / "seed.jsonl"
    if not seed.is_file():
        pytest.skip("shared gold data not available")
    report = evaluate(seed, extractor)
    assert report.sentences == 9
    assert report.events.gold > 0
    figures = report.figures()
    assert all(0.0 <= v <= 1.0 for v in figures.values() if v is not None), figures
