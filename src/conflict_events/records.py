"""Immutable result records: what the library returns.

In: nothing (pure data definitions). Out: attrs frozen classes with ``to_dict()`` giving
JSON-ready data. No spaCy and no dateparser here, so records can be built and tested alone.

Offsets are character offsets into the text the caller passed in, end exclusive:
``text[m.start_char:m.end_char] == m.text`` for every mention.
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any

import attrs

__all__ = [
    "EVENT_TYPES",
    "SECTORS",
    "GRANULARITIES",
    "GEO_PRECISION",
    "Modality",
    "Mention",
    "Actor",
    "Place",
    "TimeExpression",
    "Event",
]

#: The 16 PLOVER event types, in PLOVER's order.
EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Actor sectors of the gold guide.
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "PTY", "REB", "OPP", "CVL",
    "JRN", "MED", "REF", "REL", "BUS", "ELI", "HRI", "IGO", "UNO", "NGO",
)

#: Granularities of a time expression.
GRANULARITIES: tuple[str, ...] = (
    "part_of_day", "day", "week", "part_of_week", "month", "part_of_month",
    "year", "part_of_year", "season", "range",
)


class Modality(str, enum.Enum):
    """How the text presents an event."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    POSSIBLE = "possible"
    REQUESTED = "requested"
    NEGATED = "negated"


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


@attrs.frozen
class Mention:
    """A stretch of the input text: ``text == source[start_char:end_char]``."""

    text: str
    start_char: int
    end_char: int

    @property
    def span(self) -> tuple[int, int]:
        """(start, end) character offsets into the input text."""
        return (self.start_char, self.end_char)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: text and span."""
        return {"text": self.text, "span": [self.start_char, self.end_char]}


@attrs.frozen
class Actor(Mention):
    """A coded actor or target: "وزير الخارجية الروسي" -> country RUS, sector GOV."""

    name: str | None = None
    country: str | None = None
    sector: str | None = None
    rule: str | None = None

    @property
    def code(self) -> str:
        """The gold-style code "COUNTRY SECTOR" with "---" for unknown parts."""
        return f"{self.country or '---'} {self.sector or '---'}"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: text, span, name, country and sector."""
        return {
            **super().to_dict(),
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
        }


#: ACLED's geo_precision by gazetteer kind: 1 a town, 2 part of a region, 3 a larger region
#: (the gazetteer's districts are quarters of a city with coordinates of their own).
#: A place near or on a side of one ("شرق حلب"), or a quarter the gazetteer lacks, is 2.
GEO_PRECISION: dict[str, int] = {
    "village": 1, "town": 1, "city": 1, "capital": 1, "site": 1, "district": 1,
    "region": 3, "governorate": 3, "country": 3, "water": 3,
}


@attrs.frozen
class Place(Mention):
    """A place resolved to a gazetteer entry: "حلب" -> Aleppo, SYR, 36.2, 37.16.

    A relative place ("شرق حلب", "ريف إدلب الجنوبي") keeps the gazetteer entry it is
    relative to and its ``relation``; a local place the gazetteer does not know ("حي
    الدرجة") has no name or coordinates, and the country of its context, unless a known
    town right after it locates it ("حي الكرادة ببغداد", "مخيم بلاطة شرق نابلس"): then it
    has that town's name and coordinates, and the side of it the words tell as its relation.
    """

    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: str | None = None
    rule: str | None = None
    relation: str | None = None  # "east", "near", "countryside" ...: "شرق حلب"
    geo_precision: int | None = None  # ACLED: 1 town, 2 part of / near a town, 3 region

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: text, span, gazetteer name, country, coordinates, precision."""
        return {
            **super().to_dict(),
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "kind": self.kind,
            "relation": self.relation,
            "geo_precision": self.geo_precision,
        }


@attrs.frozen
class TimeExpression(Mention):
    """A time expression resolved against the article date.

    ``start`` / ``end`` are inclusive; both are None when the expression is relative and no
    article date was given. ``value`` is TIMEX3-like ("2016-08-29", "2016-W34",
    "2016-09-MID", "2016").
    """

    start: _dt.date | None = None
    end: _dt.date | None = None
    granularity: str = "day"
    value: str | None = None
    rule: str | None = None

    @property
    def resolved(self) -> bool:
        """Whether start and end are known (False for a relative date without article date)."""
        return self.start is not None and self.end is not None

    @property
    def time_precision(self) -> int | None:
        """ACLED's time precision: 1 a day, 2 up to a week, 3 longer; None if unresolved."""
        if not self.resolved:
            return None
        days = (self.end - self.start).days + 1  # type: ignore[operator]
        if days <= 1:
            return 1
        if days <= 7:
            return 2
        return 3

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: text, span, ISO start / end, granularity, value, precision."""
        return {
            **super().to_dict(),
            "start": _iso(self.start),
            "end": _iso(self.end),
            "granularity": self.granularity,
            "value": self.value,
            "time_precision": self.time_precision,
        }


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Event:
    """One coded event mention.

    ``type`` is a PLOVER type, ``mode`` a PLOVER mode or None; ``cameo`` the CAMEO root code;
    ``acled`` an (event_type, sub_event_type) pair or None. ``rules`` lists the ids of the
    lexicon entries and assembly rules that produced the event.
    """

    type: str = attrs.field(validator=attrs.validators.in_(EVENT_TYPES))
    trigger: Mention
    mode: str | None = None
    cameo: str | None = None
    acled: tuple[str, str] | None = attrs.field(
        default=None, converter=attrs.converters.optional(_tuple)
    )
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    targets: tuple[Actor, ...] = attrs.field(default=(), converter=_tuple)
    place: Place | None = None
    date: TimeExpression | None = None
    modality: Modality = attrs.field(default=Modality.ASSERTED, converter=Modality)
    fatalities: int | None = None
    injured: int | None = None
    arrested: int | None = None
    sentence_index: int = 0
    sentence_span: tuple[int, int] = attrs.field(default=(0, 0), converter=_tuple)
    rules: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data in the documented event schema (see the README)."""
        acled = (
            {"event_type": self.acled[0], "sub_event_type": self.acled[1]}
            if self.acled
            else None
        )
        return {
            "type": self.type,
            "mode": self.mode,
            "codes": {"cameo": self.cameo, "acled": acled},
            "trigger": self.trigger.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "targets": [t.to_dict() for t in self.targets],
            "place": self.place.to_dict() if self.place else None,
            "date": self.date.to_dict() if self.date else None,
            "modality": self.modality.value,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "arrested": self.arrested,
            "sentence": {"index": self.sentence_index, "span": list(self.sentence_span)},
            "rules": list(self.rules),
        }

    def _repr_html_(self) -> str:
        """The event as an HTML table row (Jupyter display); see :mod:`conflict_events.render`."""
        from .render import event_html

        return event_html(self)
