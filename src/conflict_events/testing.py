"""A testing kit for users' own corpora: assert what the library extracts from a text.

In: an Arabic text, its article date and a list of *partial* expected events (dicts with
only the keys you care about, named as in the gold annotation guide). Out: the extracted
events matching them, one each, in the order given; or an ``AssertionError`` whose message
shows, for every expected event not found, the closest extracted event and how it differs,
then all extracted events.

    >>> from conflict_events.testing import assert_events
    >>> [e] = assert_events(
    ...     "قصفت طائرات حربية روسية مواقع المسلحين في مدينة حلب أمس",
    ...     [{"type": "ASSAULT", "actor_codes": ["RUS MIL"], "place": "حلب", "date": "2016-08-29"}],
    ...     article_date="2016-08-30",
    ... )
    >>> e.place.name
    'Aleppo'

Keys (:data:`KEYS`) and how each is compared:

* ``type``, ``mode``, ``cameo``, ``modality``, ``fatalities``, ``place_country``,
  ``acled_event_type``, ``acled_sub_event_type``: equal (``modality`` as its value,
  "asserted" ...);
* ``trigger``, ``actor``, ``target``, ``place``, ``date_text``: a phrase of the text, right
  when it overlaps an extracted mention, as the gold scoring does ("روسيا والولايات المتحدة"
  is right for the extracted actor "روسيا"); ``None`` means no such mention;
* ``actor_codes``, ``target_codes``: the set of "COUNTRY SECTOR" codes, equal
  (``["RUS GOV", "USA GOV"]``); ``[]`` means none;
* ``date``: "YYYY-MM-DD" (a single day), ``{"start": ..., "end": ...}`` (inclusive) or
  ``None`` (no date).

With ``exact=True`` extracted events that match no expected one fail the assertion too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .evaluation import locate
from .normalize import normalize
from .records import Event

__all__ = ["KEYS", "assert_events", "event_differences", "describe_event"]

_Span = tuple[int, int]


def _equal(name: str) -> Callable[[Event, Any, str], tuple[bool, Any]]:
    def check(event: Event, want: Any, text: str) -> tuple[bool, Any]:
        got = _SIMPLE[name](event)
        return got == want, got

    return check


_SIMPLE: dict[str, Callable[[Event], Any]] = {
    "type": lambda e: e.type,
    "mode": lambda e: e.mode,
    "cameo": lambda e: e.cameo,
    "modality": lambda e: e.modality.value,
    "fatalities": lambda e: e.fatalities,
    "place_country": lambda e: e.place.country if e.place else None,
    "acled_event_type": lambda e: e.acled[0] if e.acled else None,
    "acled_sub_event_type": lambda e: e.acled[1] if e.acled else None,
}


def _overlap(want: str, mentions: Sequence[Any], text: str) -> bool:
    span = locate(text, want)
    for m in mentions:
        if span is not None:
            if max(span[0], m.start_char) < min(span[1], m.end_char):
                return True
        else:
            w, g = normalize(want), normalize(m.text)
            if g and (g in w or w in g):
                return True
    return False


def _phrase(get: Callable[[Event], Sequence[Any]]) -> Callable[[Event, Any, str], tuple[bool, Any]]:
    def check(event: Event, want: Any, text: str) -> tuple[bool, Any]:
        mentions = [m for m in get(event) if m is not None]
        shown = " | ".join(m.text for m in mentions) or None
        if want is None:
            return not mentions, shown
        return _overlap(str(want), mentions, text), shown

    return check


def _codes(side: str) -> Callable[[Event, Any, str], tuple[bool, Any]]:
    def check(event: Event, want: Any, text: str) -> tuple[bool, Any]:
        got = sorted({a.code for a in getattr(event, side)})
        return sorted(set(want or ())) == got, got

    return check


def _date(event: Event, want: Any, text: str) -> tuple[bool, Any]:
    d = event.date
    got = None if d is None else {
        "start": d.start.isoformat() if d.start else None,
        "end": d.end.isoformat() if d.end else None,
    }
    if want is None:
        return got is None, got
    if isinstance(want, str):
        want = {"start": want, "end": want}
    return got == {"start": want.get("start"), "end": want.get("end")}, got


_CHECKS: dict[str, Callable[[Event, Any, str], tuple[bool, Any]]] = {
    **{k: _equal(k) for k in _SIMPLE},
    "trigger": _phrase(lambda e: [e.trigger]),
    "actor": _phrase(lambda e: e.actors),
    "target": _phrase(lambda e: e.targets),
    "place": _phrase(lambda e: [e.place]),
    "date_text": _phrase(lambda e: [e.date]),
    "actor_codes": _codes("actors"),
    "target_codes": _codes("targets"),
    "date": _date,
}

#: The keys an expected event may have.
KEYS: tuple[str, ...] = (
    "type", "mode", "trigger", "actor", "target", "place", "date", "date_text", "modality",
    "fatalities", "actor_codes", "target_codes", "place_country", "cameo",
    "acled_event_type", "acled_sub_event_type",
)


def event_differences(
    event: Event, expected: Mapping[str, Any], text: str
) -> list[tuple[str, Any, Any]]:
    """(key, expected, extracted) for every key of ``expected`` that ``event`` gets wrong."""
    out = []
    for key, want in expected.items():
        ok, got = _CHECKS[key](event, want, text)
        if not ok:
            out.append((key, want, got))
    return out


def describe_event(event: Event) -> str:
    """One readable line: type (mode) trigger, actors and targets with codes, place, date,
    modality, fatalities."""
    def side(ms: Sequence[Any]) -> str:
        return " | ".join(f"{m.text} [{m.code}]" for m in ms) or "-"

    date = event.date
    when = "-"
    if date is not None:
        span = date.start.isoformat() if date.start else "unresolved"
        if date.end and date.end != date.start:
            span += f"..{date.end.isoformat()}"
        when = f"{date.text} ({span})"
    place = f"{event.place.text} [{event.place.country or '---'}]" if event.place else "-"
    return (
        f"{event.type}{f' ({event.mode})' if event.mode else ''} «{event.trigger.text}»"
        f" actor {side(event.actors)}; target {side(event.targets)}; place {place};"
        f" date {when}; {event.modality.value}"
        + (f"; killed {event.fatalities}" if event.fatalities is not None else "")
    )


def _assign(ok: list[list[bool]], n_events: int) -> list[int | None]:
    """A maximum one-to-one assignment of expected rows to events (augmenting paths)."""
    owner: list[int | None] = [None] * n_events

    def try_row(i: int, seen: set[int]) -> bool:
        for j in range(n_events):
            if ok[i][j] and j not in seen:
                seen.add(j)
                if owner[j] is None or try_row(owner[j], seen):  # type: ignore[arg-type]
                    owner[j] = i
                    return True
        return False

    for i in range(len(ok)):
        try_row(i, set())
    out: list[int | None] = [None] * len(ok)
    for j, i in enumerate(owner):
        if i is not None:
            out[i] = j
    return out


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def assert_events(
    text: str,
    expected: Sequence[Mapping[str, Any]],
    article_date: Any = None,
    *,
    extractor: Any = None,
    exact: bool = False,
) -> list[Event]:
    """Extract events from ``text`` and check that each ``expected`` partial event is among
    them (each extracted event used once). Returns the matching events in the order of
    ``expected``; raises ``AssertionError`` with a readable diff otherwise.

    ``extractor`` defaults to the shared :class:`~conflict_events.pipeline.Extractor`;
    ``exact`` also fails on extracted events no expected event asked for. An unknown key
    raises ``ValueError`` (a typo would otherwise pass silently).
    """
    for n, exp in enumerate(expected, start=1):
        unknown = set(exp) - set(KEYS)
        if unknown:
            raise ValueError(
                f"expected event #{n} has unknown key(s) {', '.join(sorted(unknown))}; "
                f"keys: {', '.join(KEYS)}"
            )
    if extractor is None:
        from .pipeline import default_extractor

        extractor = default_extractor()
    events = list(extractor.extract(text, article_date=article_date))
    diffs = [[event_differences(e, exp, text) for e in events] for exp in expected]
    assignment = _assign([[not d for d in row] for row in diffs], len(events))
    used = {j for j in assignment if j is not None}
    missing = [i for i, j in enumerate(assignment) if j is None]
    extra = [j for j in range(len(events)) if j not in used] if exact else []
    if not missing and not extra:
        return [events[j] for j in assignment]  # type: ignore[index]

    lines = [f"in: {text}", f"article date: {article_date}"]
    if missing:
        lines.append(f"{len(missing)} of {len(expected)} expected event(s) not found:")
    for i in missing:
        lines.append(f"  expected #{i + 1} {_show(dict(expected[i]))}")
        if not events:
            lines.append("    nothing was extracted")
            continue
        j = min(range(len(events)),
                key=lambda k: (expected[i].get("type", events[k].type) != events[k].type,
                               len(diffs[i][k]), k))
        taken = f" (already matched to expected #{assignment.index(j) + 1})" if j in used else ""
        lines.append(f"    closest extracted #{j + 1}{taken}:")
        for key, want, got in diffs[i][j] or [("(all keys agree)", None, None)]:
            lines.append(f"      {key}: expected {_show(want)}, extracted {_show(got)}")
    if extra:
        lines.append(f"{len(extra)} extracted event(s) not expected (exact=True): "
                     + ", ".join(f"#{j + 1}" for j in extra))
    lines.append(f"extracted ({len(events)}):")
    lines += [f"  #{j + 1} {describe_event(e)}" for j, e in enumerate(events)] or ["  (none)"]
    raise AssertionError("\n".join(lines))
