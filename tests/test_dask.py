"""Tests of the distributed engine (conflict_events.dask) on a local Dask cluster.

The articles are sentences written for these tests, with a few broken records, and the
seed sentences of ../shared/data when present.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import conflict_events as ce

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from conflict_events.dask import events_of_partition, extract_events  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
DATE = "2016-08-30"
TEXTS = (
    "قصفت طائرات حربية روسية مدينة حلب أمس",
    "قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش قرب درعا اليوم",
    "التقى وزير الخارجية الروسي نظيره التركي في أنقرة الأحد",
    "ارتفعت أسعار الخبز في الأسواق هذا الأسبوع",
)


def articles() -> pd.DataFrame:
    rows = [{"id": f"a{i}", "text": TEXTS[i % 4], "article_date": DATE} for i in range(24)]
    rows[5]["article_date"] = "2016-02-31"  # a wrong date: an error row
    rows[9]["article_date"] = None  # no date: relative dates stay unresolved
    seed = SHARED / "seed.jsonl"
    if seed.exists():
        for line in seed.read_text("utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                rows.append({"id": rec["id"], "text": rec["text"],
                             "article_date": rec.get("article_date")})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def serial() -> pd.DataFrame:
    return ce.to_frame(ce.Extractor().pipe(articles().to_dict("records")), errors=True)


def test_dask_partition_function_equals_serial(serial):
    frame = articles()
    parts = [events_of_partition(frame.iloc[:10]), events_of_partition(frame.iloc[10:])]
    pd.testing.assert_frame_equal(pd.concat(parts, ignore_index=True), serial)


@pytest.mark.slow
def test_dask_local_cluster_equals_serial(serial):
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        result = extract_events(dd.from_pandas(articles(), npartitions=4)).compute()
    result = result.reset_index(drop=True)
    pd.testing.assert_frame_equal(result, serial)
    assert (result["error"].notna()).sum() == 1
    assert result["type"].notna().sum() >= 15
