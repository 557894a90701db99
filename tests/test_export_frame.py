"""Tests of the flat event table (conflict_events.export.to_frame / write_frame).

The Arabic sentences are written for these tests.
"""

from __future__ import annotations

import json

import pytest

import conflict_events as ce
from conflict_events.export import FRAME_COLUMNS, event_record, frame_rows, write_frame

pd = pytest.importorskip("pandas")

DATE = "2016-08-30"
STRIKE = "قصفت طائرات حربية روسية مدينة حلب أمس"
MEETING = "التقى وزير الخارجية الروسي نظيره التركي في أنقرة الأحد"
NOTHING = "ارتفعت أسعار الخبز في الأسواق هذا الأسبوع"
NEAR = "قصفت طائرات حربية قرى شرق حلب أمس"  # near a town: precision 2
QUARTER = "قصفت طائرات حربية حي الفردوس في المدينة"  # a quarter the gazetteer lacks
DISTRICT = "قصفت الطائرات الضاحية الجنوبية لبيروت"  # a quarter the gazetteer has


@pytest.fixture(scope="module")
def extractor():
    return ce.Extractor()


@pytest.mark.parametrize(
    "text, column, value",
    [
        (STRIKE, "type", "ASSAULT"),
        (STRIKE, "actor1", "طائرات حربية روسية"),
        (STRIKE, "actor1_country", "RUS"),
        (STRIKE, "actor1_sector", "MIL"),
        (STRIKE, "location_name", "Aleppo"),
        (STRIKE, "country", "SYR"),
        (STRIKE, "geo_precision", 1),
        (STRIKE, "event_date", "2016-08-29"),
        (STRIKE, "time_precision", 1),
        (STRIKE, "modality", "asserted"),
        (STRIKE, "source_id", "s1"),
        (STRIKE, "sentence_text", STRIKE),
        (MEETING, "type", "CONSULT"),
        (MEETING, "actor1_country", "RUS"),
        (MEETING, "actor2_country", "TUR"),
        (MEETING, "location_name", "Ankara"),
        (MEETING, "geo_precision", 1),
        (NEAR, "location_name", "Aleppo"),
        (NEAR, "geo_precision", 2),
        (QUARTER, "location", "حي الفردوس"),
        (QUARTER, "geo_precision", 2),
        (DISTRICT, "location_name", "Dahiyeh"),
        (DISTRICT, "geo_precision", 1),
    ],
)
def test_export_frame_columns_of_first_event(extractor, text, column, value):
    frame = ce.to_frame(extractor.pipe([("s1", text, DATE)]))
    assert list(frame.columns) == list(FRAME_COLUMNS)
    assert frame.loc[0, column] == value


@pytest.mark.parametrize(
    "column, dtype",
    [("fatalities", "Int64"), ("time_precision", "Int64"), ("geo_precision", "Int64"),
     ("latitude", "float64"), ("longitude", "float64"), ("type", "object"),
     ("event_date", "object"), ("error", "object")],
)
def test_export_frame_dtypes_same_when_empty(extractor, column, dtype):
    full = ce.to_frame(extractor.pipe([("s1", STRIKE, DATE), ("s2", MEETING, DATE)]))
    empty = ce.to_frame([])
    assert str(full[column].dtype) == str(empty[column].dtype) == dtype


def test_export_frame_accepts_events_pairs_results_and_log_lines(extractor):
    events = extractor.extract(STRIKE, article_date=DATE)
    (result,) = extractor.pipe([("s1", STRIKE, DATE)])
    line = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    by_event = ce.to_frame(events)
    by_pair = ce.to_frame([("s1", e) for e in events])
    by_result = ce.to_frame([result])
    by_line = ce.to_frame([line])
    assert by_event["source_id"].isna().all()
    assert by_event["sentence_text"].isna().all()
    pd.testing.assert_frame_equal(by_result, by_line)
    same = [c for c in FRAME_COLUMNS if c != "sentence_text"]
    pd.testing.assert_frame_equal(by_pair[same], by_result[same])


@pytest.mark.parametrize("errors, rows", [(False, 1), (True, 2)])
def test_export_frame_error_rows_only_when_asked(extractor, errors, rows):
    results = extractor.pipe([("ok", STRIKE, DATE), ("bad", STRIKE, "not a date"),
                              ("none", NOTHING, DATE)])
    frame = ce.to_frame(results, errors=errors)
    assert len(frame) == rows
    if errors:
        assert frame.loc[1, "source_id"] == "bad"
        assert frame.loc[1, "error"].startswith("ArticleDateError")
        assert frame.loc[1, "type"] is None


def test_export_frame_event_record_adds_kind_and_sentence(extractor):
    (ev,) = extractor.extract(STRIKE, article_date=DATE)
    rec = event_record(ev, STRIKE)
    assert rec["place"]["kind"] == "city"
    assert rec["sentence"]["text"] == STRIKE
    assert {k: v for k, v in rec.items() if k not in ("place", "sentence")} == {
        k: v for k, v in ev.to_dict().items() if k not in ("place", "sentence")}


@pytest.mark.parametrize("chunk_rows", [1, 1000])
@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_export_frame_write_and_read_back(tmp_path, extractor, suffix, chunk_rows):
    if suffix == ".parquet":
        pytest.importorskip("pyarrow")
    results = list(extractor.pipe([("s1", STRIKE, DATE), ("s0", NOTHING, DATE),
                                   ("s2", MEETING, DATE)]))
    path = tmp_path / f"events{suffix}"
    n = write_frame(results, path, chunk_rows=chunk_rows)
    if suffix == ".parquet":
        back = pd.read_parquet(path)
    elif suffix == ".csv":
        back = pd.read_csv(path, dtype=str)
    else:
        back = pd.read_json(path, lines=True, dtype=False)
    assert n == len(back) == len(list(frame_rows(results))) == 2
    assert (tmp_path / f"events{suffix}").read_bytes().count(b"\n\n") == 0
    assert list(back["source_id"].astype(str)) == ["s1", "s2"][: n]
    assert list(back["type"]) == ["ASSAULT", "CONSULT"][: n]
    assert not list(tmp_path.glob("*.tmp"))


def test_export_frame_write_unknown_suffix(tmp_path):
    with pytest.raises(ValueError, match="xlsx"):
        write_frame([], tmp_path / "events.xlsx")
