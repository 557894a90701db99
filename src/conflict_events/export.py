"""Write events as JSONL, CSV or a readable text table (no pandas needed).

In: :class:`~conflict_events.records.Event` records (and optionally the name of the document
they come from). Out: text written to a file object, or a string for the table.

* JSONL: one event a line, ``{"doc": name, **event.to_dict()}``, UTF-8, Arabic unescaped.
* CSV: one row per event with the flat columns of :data:`COLUMNS` (:func:`event_row`);
  lists (actors, their codes, rules) joined with " | ", missing values empty.
* table: aligned columns for reading in a terminal, long cells cut with "…".

A row of the event "قصفت طائرات روسية حلب" looks like ``{"type": "ASSAULT", "mode":
"aerial", "trigger": "قصفت", "actors": "طائرات روسية", "actor_codes": "RUS MIL",
"place": "حلب", "place_country": "SYR", ...}``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import IO, Any

from .records import Actor, Event, TimeExpression

__all__ = [
    "COLUMNS",
    "TABLE_COLUMNS",
    "JOIN",
    "event_row",
    "write_jsonl",
    "write_csv",
    "format_table",
    "format_dates_table",
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
