"""The public API end to end: Extractor, extract, find_dates, errors, pickling."""

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

import conflict_events as ce

SEED = Path(__file__).resolve().parents[1] / "examples" / "000_8cc3dc5a9f835ed2.txt"


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


@pytest.fixture(scope="module")
def seed_events(ex):
    return ex.extract(SEED.read_text(encoding="utf-8"), article_date="2016-08-30")


TEXT = SEED.read_text(encoding="utf-8")


def _find(events, etype, trigger_part, sentence_part=""):
    for e in events:
        a, b = e.sentence_span
        if e.type == etype and trigger_part in e.trigger.text and sentence_part in TEXT[a:b]:
            return e
    raise AssertionError(f"no {etype} event with trigger containing {trigger_part!r}: "
                         f"{[(e.type, e.trigger.text) for e in events]}")


def test_pipeline_seed_talks_in_geneva_last_friday(seed_events):
    e = _find(seed_events, "CONSULT", "محادثات", "لافروف")
    assert e.date is not None and e.date.start == e.date.end == dt.date(2016, 8, 26)
    assert e.place is not None and e.place.country == "CHE"
    assert {a.country for a in e.actors} == {"RUS"}
    assert {a.country for a in e.targets} == {"USA"}
    assert e.modality is ce.Modality.ASSERTED


def test_pipeline_seed_planned_joint_strikes_on_militants_in_aleppo(seed_events):
    e = _find(seed_events, "ASSAULT", "ضربات")
    assert e.modality in (ce.Modality.PLANNED, ce.Modality.POSSIBLE)
    assert (e.date.start, e.date.end) == (dt.date(2016, 9, 11), dt.date(2016, 9, 20))
    assert e.place.name == "Aleppo" and e.place.country == "SYR"
    assert {(t.country, t.sector) for t in e.targets} == {("SYR", "REB")}
    assert {a.country for a in e.actors} == {"RUS", "USA"}


def test_pipeline_seed_turkish_vehicles_toward_jarablus(seed_events):
    e = _find(seed_events, "MOBILIZE", "حركت")
    assert [a.country for a in e.actors] == ["TUR"]
    assert e.place is not None and "جرابلس" in e.place.text
    assert (e.date.start, e.date.end) == (dt.date(2016, 8, 29), dt.date(2016, 8, 31))


def test_pipeline_seed_de_mistura_calls_for_a_pause(seed_events):
    e = _find(seed_events, "REQUEST", "دعا")
    assert [(a.country, a.sector) for a in e.actors] == [("UNO", "UNO")]
    pause = _find(seed_events, "RETREAT", "وقفة")
    assert pause.modality is ce.Modality.REQUESTED


def test_pipeline_seed_un_emergency_response_plan(seed_events):
    e = _find(seed_events, "AID", "خطة")
    assert [(a.country, a.sector) for a in e.actors] == [("UNO", "UNO")]


def test_pipeline_spans_slice_to_their_text(seed_events):
    text = SEED.read_text(encoding="utf-8")
    for e in seed_events:
        d = e.to_dict()
        mentions = [d["trigger"], *d["actors"], *d["targets"]]
        mentions += [m for m in (d["place"], d["date"]) if m]
        for m in mentions:
            s, t = m["span"]
            assert text[s:t] == m["text"]
        json.dumps(d, ensure_ascii=False)


@pytest.mark.parametrize("text", ["", "   ", "The army shelled the city.", "12345 !!", "😀"])
def test_pipeline_empty_or_non_arabic_text_yields_no_events(ex, text):
    assert ex.extract(text, article_date="2016-08-30") == []


@pytest.mark.parametrize("bad", [b"bytes", 42, None, ["list"]])
def test_pipeline_non_str_text_is_a_type_error_naming_the_type(ex, bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        ex.extract(bad)


@pytest.mark.parametrize("bad", ["2016-13-45", "yesterday", 2016, "30/08/2016"])
def test_pipeline_invalid_article_date_is_a_value_error_naming_it(ex, bad):
    with pytest.raises(ValueError, match=str(bad)):
        ex.extract("قصفت الطائرات حلب", article_date=bad)


@pytest.mark.parametrize(
    "date", ["2016-08-30", dt.date(2016, 8, 30), dt.datetime(2016, 8, 30, 12, 0)]
)
def test_pipeline_article_date_forms_agree(ex, date):
    [e] = [x for x in ex.extract("قصفت الطائرات الروسية مدينة حلب أمس", article_date=date)]
    assert e.date.start == dt.date(2016, 8, 29)


def test_pipeline_without_article_date_relative_dates_stay_unresolved(ex):
    dates = ex.find_dates("قصفت الطائرات حلب أمس، وفي 12 مارس 2015 أيضا", article_date=None)
    by_text = {d.text: d for d in dates}
    assert by_text["أمس"].start is None
    assert by_text["12 مارس 2015"].start == dt.date(2015, 3, 12)


def test_pipeline_extractor_pickles_and_gives_the_same_events(ex):
    text = SEED.read_text(encoding="utf-8")
    clone = pickle.loads(pickle.dumps(ex))
    assert clone.extract(text, "2016-08-30") == ex.extract(text, "2016-08-30")


def test_pipeline_module_functions_use_a_shared_extractor():
    a = ce.extract("قصفت طائرات حربية روسية مدينة حلب أمس", article_date="2016-08-30")
    assert [e.type for e in a] == ["ASSAULT"]
    [d] = ce.find_dates("منتصف سبتمبر المقبل", article_date="2016-08-30")
    assert (d.start, d.end, d.granularity) == (dt.date(2016, 9, 11), dt.date(2016, 9, 20), "part_of_month")


def test_pipeline_user_rules_add_a_local_group(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text(json.dumps({
        "id": "user.group.liwa-x", "forms": ["لواء الفجر الجديد"], "kind": "group",
        "name": "New Dawn Brigade", "country": "SYR", "sector": "REB",
        "example": "هاجم لواء الفجر الجديد حاجزا",
    }, ensure_ascii=False) + "\n", encoding="utf-8")
    ex = ce.Extractor(lexicons=[path])
    [e] = ex.extract("هاجم لواء الفجر الجديد حاجزا للجيش قرب حماة", article_date="2020-01-01")
    assert [(a.name, a.country, a.sector) for a in e.actors] == [("New Dawn Brigade", "SYR", "REB")]


def test_pipeline_bad_user_lexicon_names_file_and_line(tmp_path):
    path = tmp_path / "actors.jsonl"
    path.write_text('{"id": "a", "forms": ["x"], "kind": "group"}\n{"id": "b", "oops": 1}\n',
                    encoding="utf-8")
    with pytest.raises(ce.LexiconError) as info:
        ce.Extractor(lexicons=[path])
    assert f"{path}:2" in str(info.value) and "oops" in str(info.value)
    assert info.value.line == 2 and info.value.rule_id == "b"


def test_pipeline_building_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    # (the build holds the collector off while it runs, and gives it back, even on a bad lexicon)
    assert gc.isenabled()
    ce.Extractor()
    assert gc.isenabled()
    path = tmp_path / "actors.jsonl"
    path.write_text('{"id": "b", "oops": 1}\n', encoding="utf-8")
    with pytest.raises(ce.LexiconError):
        ce.Extractor(lexicons=[path])
    assert gc.isenabled()
    gc.disable()
    try:
        ce.Extractor()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_pipeline_long_text_is_coded_in_windows_with_the_same_events(ex, monkeypatch):
    import conflict_events.pipeline as pipeline

    text = " ".join(
        [
            "قصفت طائرات حربية روسية مدينة حلب أمس وقتل خمسة مدنيين.",
            "واعتقلت قوات الأمن العراقية ثلاثة مسلحين في كركوك.",
            "ودعت الأمم المتحدة إلى وقف فوري لإطلاق النار في غزة.",
        ]
        * 4
    )
    whole = ex.extract(text, article_date="2016-08-30")
    monkeypatch.setattr(pipeline, "WINDOW_CHARS", 120)
    windowed = ex.extract(text, article_date="2016-08-30")
    assert len(whole) == 16  # per unit: the strike, the arrests, the call and the ceasefire called for
    assert [e.to_dict() for e in windowed] == [e.to_dict() for e in whole]
