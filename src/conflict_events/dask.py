"""The distributed engine: a Dask DataFrame of articles -> a Dask DataFrame of events.

In: a ``dask.dataframe.DataFrame`` with an id, a text and an article date column (for
instance ``dd.read_parquet("articles/")``). Out: a lazy Dask DataFrame with the columns of
:data:`conflict_events.export.FRAME_COLUMNS`, one row an event (and one row per failed
document, with ``error`` set), as :func:`conflict_events.export.to_frame` gives on one
machine. Each worker process builds one Extractor, once, and reuses it for every partition.

    >>> import dask.dataframe as dd  # doctest: +SKIP
    >>> from conflict_events.dask import extract_events  # doctest: +SKIP
    >>> articles = dd.from_pandas(pd.DataFrame({"id": ["a1"], "text": [
    ...     "قصفت طائرات روسية حلب أمس"], "article_date": ["2016-08-30"]}), npartitions=1)
    >>> extract_events(articles).compute()  # doctest: +SKIP

Needs the extra "dask" (``dask[dataframe]``, and ``distributed`` for a cluster).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

import dask.dataframe as dd

from .export import to_frame

__all__ = ["extract_events", "events_of_partition", "worker_extractor"]


@functools.lru_cache(maxsize=4)
def worker_extractor(lexicons: tuple[str, ...] = ()) -> Any:
    """The Extractor of this process for ``lexicons``, built on first use and then reused."""
    from .pipeline import Extractor

    return Extractor(lexicons=list(lexicons))


def events_of_partition(
    frame: Any,
    *,
    text_col: str = "text",
    date_col: str | None = "article_date",
    id_col: str = "id",
    lexicons: tuple[str, ...] = (),
    errors: bool = True,
) -> Any:
    """The events of one pandas partition of articles, as a flat pandas DataFrame."""
    extractor = worker_extractor(tuple(lexicons))
    ids = frame[id_col].tolist() if id_col in frame.columns else [None] * len(frame)
    texts = frame[text_col].tolist()
    dates = frame[date_col].tolist() if date_col and date_col in frame.columns else [None] * len(frame)
    docs = [(doc_id, text, date) for doc_id, text, date in zip(ids, texts, dates)]
    return to_frame(extractor.pipe(docs), errors=errors)


def extract_events(
    articles: dd.DataFrame,
    *,
    text_col: str = "text",
    date_col: str | None = "article_date",
    id_col: str = "id",
    lexicons: Sequence[str] = (),
    errors: bool = True,
) -> dd.DataFrame:
    """Map a Dask DataFrame of articles to a Dask DataFrame of events (lazy).

    Documents without an id are named by their position in their partition ("#3").
    """
    meta = to_frame([])
    return articles.map_partitions(
        events_of_partition,
        text_col=text_col,
        date_col=date_col,
        id_col=id_col,
        lexicons=tuple(str(p) for p in lexicons),
        errors=errors,
        meta=meta,
        align_dataframes=False,
    )
