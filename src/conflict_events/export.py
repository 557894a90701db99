"""Write events as JSONL, CSV or a readable text table (no pandas needed).

In: :class:`~conflict_events.records.Event` records (and optionally the name of the document
they come from). Out: text written to a file object, or a string for the table.

* JSONL: one event a line, ``{"doc": name, **event.to_dict()}``, UTF-8, Arabic unescaped.
* CSV: one row per event with the flat columns of :data:`COLUMNS` (:func:`event_row`);
  lists (actors, their codes, rules) joined with " | ", missing values empty.
* table: aligned columns for reading in a terminal, long cells cut with "…".
* frame (pandas, optional): :func:`to_frame` gives a flat table like ACLED's, one row an
  event (columns :data:`FRAME_COLUMNS`: event_date, time_precision, type, ..., actor1,
  actor1_country, actor1_sector, actor2 ..., location, latitude, longitude, geo_precision,
  fatalities, modality, source_id, sentence_text, rules); :func:`write_frame` writes it as
  Parquet, CSV or JSONL. pandas and pyarrow are imported only when these are called.

A row of the event "قصفت طائرات روسية حلب" looks like ``{"type": "ASSAULT", "mode":
"aerial", "trigger": "قصفت", "actors": "طائرات روسية", "actor_codes": "RUS MIL",
"place": "حلب", "place_country": "SYR", ...}``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from .records import GEO_PRECISION, Actor, Event, TimeExpression

__all__ = [
    "COLUMNS",
    "TABLE_COLUMNS",
    "JOIN",
    "event_row",
    "write_jsonl",
    "write_csv",
    "format_table",
    "format_dates_table",
    "FRAME_COLUMNS",
    "GEO_PRECISION",
    "event_record",
    "frame_rows",
    "to_frame",
    "write_frame",
]

#: Separator of list values inside one CSV cell.
JOIN = " | "

#: CSV columns, in order.
COLUMNS: tuple[str, ...] = (
    "doc", "sentence", "type", "mode", "cameo", "acled_event_type", "acled_sub_event_type",
    "trigger", "actors", "actor_codes", "targets", "target_codes", "place", "place_country",
    "lat", "lon", "date_text", "date_start", "date_end", "modality", "fatalities", "rules",
)

#: Columns of the text table.
TABLE_COLUMNS: tuple[str, ...] = (
    "doc", "sentence", "type", "mode", "trigger", "actors", "targets", "place",
    "date_start", "date_end", "modality", "fatalities",
)

_MAX_CELL = 28


def _join(values: Iterable[str]) -> str:
    return JOIN.join(values)


def _codes(actors: Sequence[Actor]) -> str:
    return _join(a.code for a in actors)


def event_row(event: Event, doc: str | None = None) -> dict[str, Any]:
    """The flat row of one event (keys: :data:`COLUMNS`; None where a value is missing)."""
    acled = event.acled or (None, None)
    place = event.place
    date = event.date
    return {
        "doc": doc,
        "sentence": event.sentence_index,
        "type": event.type,
        "mode": event.mode,
        "cameo": event.cameo,
        "acled_event_type": acled[0],
        "acled_sub_event_type": acled[1],
        "trigger": event.trigger.text,
        "actors": _join(a.text for a in event.actors),
        "actor_codes": _codes(event.actors),
        "targets": _join(t.text for t in event.targets),
        "target_codes": _codes(event.targets),
        "place": place.text if place else None,
        "place_country": place.country if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "date_text": date.text if date else None,
        "date_start": date.start.isoformat() if date and date.start else None,
        "date_end": date.end.isoformat() if date and date.end else None,
        "modality": event.modality.value,
        "fatalities": event.fatalities,
        "rules": _join(event.rules),
    }


def write_jsonl(events: Iterable[Event], fp: IO[str], doc: str | None = None) -> int:
    """Write one JSON object per event to ``fp``; returns the number written."""
    n = 0
    for event in events:
        fp.write(json.dumps({"doc": doc, **event.to_dict()}, ensure_ascii=False))
        fp.write("\n")
        n += 1
    return n


def write_csv(
    events: Iterable[Event], fp: IO[str], doc: str | None = None, *, header: bool = True
) -> int:
    """Write the rows of :func:`event_row` as CSV (with a header line unless told not to)."""
    writer = csv.DictWriter(fp, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    n = 0
    for event in events:
        writer.writerow({k: ("" if v is None else v) for k, v in event_row(event, doc).items()})
        n += 1
    return n


def _cell(value: Any) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def format_table(events: Iterable[Event], doc: str | None = None) -> str:
    """An aligned text table of events, one line each (columns: :data:`TABLE_COLUMNS`)."""
    rows = []
    for event in events:
        row = event_row(event, doc)
        rows.append([_cell(row[c]) for c in TABLE_COLUMNS])
    return _table(TABLE_COLUMNS, rows)


_DATE_COLUMNS = ("text", "span", "start", "end", "granularity", "value")


def format_dates_table(dates: Iterable[TimeExpression]) -> str:
    """An aligned text table of time expressions."""
    rows = []
    for t in dates:
        d = t.to_dict()
        d["span"] = f"{t.start_char}-{t.end_char}"
        rows.append([_cell(d[c]) for c in _DATE_COLUMNS])
    return _table(_DATE_COLUMNS, rows)


# --------------------------------------------------------------------------- flat frames

#: Columns of :func:`to_frame`, in order (ACLED's names where ACLED has the column).
FRAME_COLUMNS: tuple[str, ...] = (
    "source_id", "sentence_index", "event_date", "date_start", "date_end", "time_precision",
    "date_text", "type", "mode", "cameo", "acled_event_type", "acled_sub_event_type",
    "trigger",
    "actor1", "actor1_name", "actor1_country", "actor1_sector",
    "actor2", "actor2_name", "actor2_country", "actor2_sector",
    "actors", "actor_codes", "targets", "target_codes",
    "location", "location_name", "country", "latitude", "longitude", "geo_precision",
    "fatalities", "injured", "arrested", "modality", "sentence_text", "rules", "error",
)

_INT_COLUMNS = (
    "sentence_index", "time_precision", "geo_precision", "fatalities", "injured", "arrested",
)
_FLOAT_COLUMNS = ("latitude", "longitude")

def event_record(event: Event, sentence_text: str | None = None) -> dict[str, Any]:
    """``event.to_dict()`` with the place's gazetteer kind and the sentence text added
    (what a corpus output stores per event)."""
    d = event.to_dict()
    if d["place"] is not None and event.place is not None:
        d["place"]["kind"] = event.place.kind
    d["sentence"]["text"] = sentence_text
    return d


def _first(actors: Sequence[dict[str, Any]], key: str) -> Any:
    return actors[0].get(key) if actors else None


def _frame_row(ev: dict[str, Any], source: Any) -> dict[str, Any]:
    codes = ev.get("codes") or {}
    acled = codes.get("acled") or {}
    date = ev.get("date") or {}
    place = ev.get("place") or {}
    actors = ev.get("actors") or []
    targets = ev.get("targets") or []
    sentence = ev.get("sentence") or {}

    def code(a: dict[str, Any]) -> str:
        return f"{a.get('country') or '---'} {a.get('sector') or '---'}"

    return {
        "source_id": source,
        "sentence_index": sentence.get("index"),
        "event_date": date.get("start"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "time_precision": date.get("time_precision"),
        "date_text": date.get("text"),
        "type": ev.get("type"),
        "mode": ev.get("mode"),
        "cameo": codes.get("cameo"),
        "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"),
        "trigger": (ev.get("trigger") or {}).get("text"),
        "actor1": _first(actors, "text"),
        "actor1_name": _first(actors, "name"),
        "actor1_country": _first(actors, "country"),
        "actor1_sector": _first(actors, "sector"),
        "actor2": _first(targets, "text"),
        "actor2_name": _first(targets, "name"),
        "actor2_country": _first(targets, "country"),
        "actor2_sector": _first(targets, "sector"),
        "actors": _join(a["text"] for a in actors) or None,
        "actor_codes": _join(code(a) for a in actors) or None,
        "targets": _join(t["text"] for t in targets) or None,
        "target_codes": _join(code(t) for t in targets) or None,
        "location": place.get("text"),
        "location_name": place.get("name"),
        "country": place.get("country"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        # (the place's own: "شرق حلب" is near a town; records written without it, by kind)
        "geo_precision": place.get("geo_precision", GEO_PRECISION.get(place.get("kind") or "")),
        "fatalities": ev.get("fatalities"),
        "injured": ev.get("injured"),
        "arrested": ev.get("arrested"),
        "modality": ev.get("modality"),
        "sentence_text": sentence.get("text"),
        "rules": _join(ev.get("rules") or ()) or None,
        "error": None,
    }


def frame_rows(items: Iterable[Any], *, errors: bool = False) -> Iterable[dict[str, Any]]:
    """The rows of :func:`to_frame` as dicts (keys :data:`FRAME_COLUMNS`), one per event.

    ``items`` are :class:`~conflict_events.records.Event` records, ``(source id, Event)``
    pairs, :class:`~conflict_events.corpus.DocResult` results or the document dicts of a
    corpus output; with ``errors`` a failed document gives one row with only
    ``source_id`` and ``error``.
    """
    for item in items:
        if isinstance(item, Event):
            yield _frame_row(event_record(item), None)
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Event):
            yield _frame_row(event_record(item[1]), item[0])
        else:
            doc = item if isinstance(item, dict) else item.to_dict()
            if doc.get("error"):
                if errors:
                    row = dict.fromkeys(FRAME_COLUMNS)
                    row["source_id"] = doc.get("id")
                    row["error"] = doc["error"]
                    yield row
                continue
            for ev in doc.get("events") or ():
                yield _frame_row(ev, doc.get("id"))


def to_frame(items: Iterable[Any], *, errors: bool = False) -> Any:
    """A pandas DataFrame with one row an event, columns :data:`FRAME_COLUMNS`.

    Dates are ISO strings (an event date can lie outside pandas' datetime range), counts
    and precisions nullable integers, coordinates floats. Needs pandas (extra "corpus").

        >>> ex = Extractor()  # doctest: +SKIP
        >>> to_frame(ex.pipe([("a1", "قصفت طائرات روسية حلب أمس", "2016-08-30")]))  # doctest: +SKIP
    """
    return _frame(list(frame_rows(items, errors=errors)))


def _frame(rows: list[dict[str, Any]]) -> Any:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS))
    dtypes = {c: "object" for c in FRAME_COLUMNS}
    dtypes.update({c: "Int64" for c in _INT_COLUMNS})
    dtypes.update({c: "float64" for c in _FLOAT_COLUMNS})
    for c in FRAME_COLUMNS:
        if dtypes[c] == "object":
            frame[c] = frame[c].astype(object).where(frame[c].notna(), None)
    return frame.astype(dtypes)


def _frames(items: Iterable[Any], errors: bool, chunk_rows: int) -> Iterable[Any]:
    """The frame of ``items`` in pieces of ``chunk_rows`` rows (always at least one)."""
    rows: list[dict[str, Any]] = []
    for row in frame_rows(items, errors=errors):
        rows.append(row)
        if len(rows) >= chunk_rows:
            yield _frame(rows)
            rows = []
    yield _frame(rows)


def write_frame(
    items: Iterable[Any] | Any, path: Any, *, errors: bool = True, chunk_rows: int = 50_000
) -> int:
    """Write events as a flat table to ``path`` (.parquet, .csv or .jsonl, by suffix);
    ``items`` as for :func:`to_frame`, or a DataFrame. Returns the number of rows written.

    Rows are converted and written ``chunk_rows`` at a time, so a large corpus is written
    in bounded memory; the file appears (renamed from ``path.tmp``) only when complete.
    """
    from pathlib import Path

    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".parquet", ".pq", ".csv", ".jsonl", ".ndjson"):
        raise ValueError(f"cannot tell the table format of {path.name}: use .parquet, .csv or .jsonl")
    frames = [items] if isinstance(items, pd.DataFrame) else _frames(items, errors, chunk_rows)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    if suffix in (".parquet", ".pq"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([
            (c, pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS
             else pa.string()) for c in FRAME_COLUMNS
        ])
        with pq.ParquetWriter(tmp, schema) as writer:
            for frame in frames:
                writer.write_table(pa.Table.from_pandas(frame, schema=schema, preserve_index=False))
                n += len(frame)
    else:
        with tmp.open("w", encoding="utf-8", newline="") as fp:
            for i, frame in enumerate(frames):
                if suffix == ".csv":
                    frame.to_csv(fp, index=False, header=i == 0, lineterminator="\n")
                elif len(frame):
                    text = frame.to_json(orient="records", lines=True, force_ascii=False)
                    fp.write(text if text.endswith("\n") else text + "\n")
                n += len(frame)
    tmp.replace(path)
    return n
