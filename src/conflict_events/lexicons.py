"""Load, validate and layer the lexicon data files into a frozen :class:`Lexicon`.

In: JSONL files (the bundled ones under ``conflict_events/data/ar/``, read with
``importlib.resources``, then users' own files, then rules added in code). Out: a frozen
:class:`Lexicon` of typed entries.

Each line of a lexicon file is one entry with a stable ``id``, the ``forms`` it matches
(normalized Arabic, words separated by single spaces), the codes it assigns and one real
``example``. The lexicon an entry belongs to is the file's name ("triggers.jsonl") or, in
a mixed user file, the entry's ``"lexicon"`` key. Unknown keys, duplicate ids, forms that are
not normalized and invalid codes raise :class:`~conflict_events.errors.LexiconError` naming the
file, the line and the rule id.

Example trigger line::

    {"id": "trg.assault.qasf.n", "forms": ["قصف", "قصفا"], "type": "ASSAULT",
     "mode": null, "cameo": "19", "pos": "noun",
     "acled": ["Explosions/Remote violence", "Shelling/artillery/missile attack"],
     "example": "قتل 17 شخصا في قصف على مدينة الفاشر"}
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Union

import attrs

from .errors import LexiconError
from .normalize import normalize
from .records import EVENT_TYPES, SECTORS

__all__ = [
    "LEXICON_NAMES",
    "TriggerEntry",
    "ActorEntry",
    "PlaceEntry",
    "CueEntry",
    "SupportEntry",
    "Lexicon",
    "load_lexicon",
    "read_lexicon_file",
    "read_lexicon_text",
    "rules_from_dicts",
]

PathLike = Union[str, Path]

#: Modes allowed per PLOVER type (the gold guide's lists).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(
        "abduct beat torture sexual targeted destroy primitive firearms explosives "
        "suicide-attack aerial drone heavy-weapons crowd-control unconventional".split()
    ),
    "COERCE": frozenset(
        "seize restrict censor curfew martial-law arrest deport withhold misinformation "
        "cyber".split()
    ),
    "RETREAT": frozenset("withdraw release disarm ceasefire access resign".split()),
    "CONSULT": frozenset("visit third-party multilateral phone".split()),
    "MOBILIZE": frozenset("troops weapons police militia".split()),
    "PROTEST": frozenset(
        "demo riot strike hunger boycott obstruct vandalize".split()
    ),
    "ACCUSE": frozenset("disapprove investigate allege".split()),
    "THREATEN": frozenset(
        "restrict arrest relations expel territory violence".split()
    ),
    "SANCTION": frozenset("convict expel withdraw discontinue".split()),
    "REQUEST": frozenset("assist change yield meet".split()),
    "REJECT": frozenset("assist change yield meet".split()),
}

#: ACLED event types and their sub-event types.
ACLED_TYPES: dict[str, frozenset[str]] = {
    "Battles": frozenset(
        ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]
    ),
    "Explosions/Remote violence": frozenset(
        [
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ]
    ),
    "Protests": frozenset(
        ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]
    ),
    "Riots": frozenset(["Violent demonstration", "Mob violence"]),
    "Strategic developments": frozenset(
        [
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ]
    ),
    "Violence against civilians": frozenset(
        ["Sexual violence", "Attack", "Abduction/forced disappearance"]
    ),
}

ACTOR_KINDS = frozenset(
    "country capital nisba org group force generic title person pronoun".split()
)
PLACE_KINDS = frozenset(
    "country capital city town village region governorate district site water".split()
)
MODALITIES = frozenset("negated possible planned requested asserted".split())
DIRECTIONS = frozenset("forward backward both terminate".split())

_COUNTRY_RE = re.compile(r"^(?:[A-Z]{3})$")
_ID_RE = re.compile(r"[\w.\-:]+")
_CAMEO_RE = re.compile(r"[0-9]{2,4}")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def _check_forms(forms: Any) -> tuple[str, ...]:
    if isinstance(forms, str) or not isinstance(forms, list) or not forms:
        raise ValueError("'forms' must be a non-empty list of strings")
    out = []
    for f in forms:
        if not isinstance(f, str) or not f.strip():
            raise ValueError(f"form {f!r} is not a non-empty string")
        if _PRESENTATION.search(f):
            raise ValueError(f"form {f!r} contains Arabic presentation forms")
        if normalize(f) != f or " ".join(f.split()) != f:
            raise ValueError(
                f"form {f!r} is not normalized (expected {' '.join(normalize(f).split())!r})"
            )
        out.append(f)
    return tuple(out)


def _country(value: Any, *, allow_none: bool = True) -> str | None:
    if value is None and allow_none:
        return None
    if not isinstance(value, str) or not _COUNTRY_RE.match(value):
        raise ValueError(f"country {value!r} is not an ISO alpha-3 code or UNO/IGO/NGO")
    return value


def _flag(d: dict[str, Any], key: str, default: bool = False, *, sectorless: bool = False) -> bool:
    """The true / false ``key`` of an entry; with ``sectorless``, true only without a sector."""
    value = d.get(key, default)
    if not isinstance(value, bool):
        raise ValueError(f"{key} {value!r} must be true or false")
    if sectorless and value and d.get("sector") is not None:
        raise ValueError(f"{key} is true only for an entry without a sector")
    return value


def _sector(value: Any) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise ValueError(f"sector {value!r} is not one of {', '.join(SECTORS)}")
    return value


@attrs.frozen
class _Entry:
    id: str
    forms: tuple[str, ...]
    example: str | None
    source: str
    line: int


@attrs.frozen
class TriggerEntry(_Entry):
    """An event trigger: its PLOVER type and mode, CAMEO root and ACLED type."""

    type: str
    mode: str | None
    cameo: str | None
    acled: tuple[str, str] | None
    pos: str  # "verb" or "noun"
    voice: str  # "active" or "passive"
    # an event only with a light verb: "وقع اتفاقا"; or only with the light verbs of these
    # support ids: rockets are fired ("أطلق حزب الله عشرات الصواريخ"), not given or received
    needs_support: bool | tuple[str, ...] = False
    # the light verb stands right before the noun, past only its subject and a count:
    # "حشدت روسيا عشرات الآلاف من الجنود", "إرسال ألفي جندي" (not "أرسلت رسالة إلى الجنود")
    support_near: bool = False
    # a verb form that is also a common noun ("بحث": research, a search): an event only
    # beside its subject ("المبعوث بحث", "بحث الوزير مع نظيره")
    needs_subject: bool = False
    # an active participle ("متهمة إياها", "داعيا إلى"): its actor is the subject of the
    # clause it follows, what comes after it is its object
    participle: bool = False
    # the act names its object among its own words: the expelled in "طرد السفير", the
    # summoned in "استدعت الخارجية السفير" (never the act's subject)
    names_object: bool = False
    # a warning ("حذر", "محذرا"): a threat only where it names whom it warns or what the
    # warner will do; a warning of a danger is none
    warning: bool = False


@attrs.frozen
class ActorEntry(_Entry):
    """An actor name, nisba adjective, title or generic noun with its codes."""

    kind: str
    name: str | None
    country: str | None
    sector: str | None
    # whether a mention without a country takes the context's ("القوات" in Aleppo -> SYR):
    # by default generic nouns, titles and bodies do; "مجهولون" (unknown) does not
    contextual: bool = False
    # a site or asset without an owner named ("مواقع", "أهداف"): coded as the side opposed to
    # whoever strikes it (REB when state forces do, the state when armed groups do at home)
    opposed: bool = False
    # a thing, never the one who acts: homes, sites, vehicles, areas ("استهدف أحياء سكنية")
    inanimate: bool = False
    # a counterpart: without a sector of its own it takes the other side's ("التقى وزير
    # الخارجية الروسي نظيره الأمريكي" -> USA GOV)
    mirrors: bool = False
    # people named only to be counted ("17 شخصا", "436 فلسطينيا"): a toll, which says nothing
    # of whom an attack was aimed at
    toll_only: bool = False
    # a one-word form read only with its article: "التنظيم" is the organisation, "تنظيم" in
    # "تنظيم مظاهرات" or "هيئة تنظيم الاتصالات" is organizing
    definite: bool = False
    # a one-word form read only without its article: "قاعدة" is a base, "القاعدة" al-Qaeda
    indefinite: bool = False
    # a noun alone, an adjective right after a name: "المعارض" is an opponent, but in
    # "الائتلاف الوطني السوري المعارض" the coalition's adjective, no actor of its own
    adjectival: bool = False


@attrs.frozen
class PlaceEntry(_Entry):
    """A gazetteer entry; ``venue``: a town that hosts other states' talks (Geneva, Astana),
    so sides that meet there take no country from it."""

    kind: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    venue: bool = False


@attrs.frozen
class CueEntry(_Entry):
    """A modality cue (ConText-style): what it signals, which way it looks, how far."""

    modality: str
    direction: str
    scope: int


@attrs.frozen
class SupportEntry(_Entry):
    """A light / support verb ("شن", "نفذ") that carries the actor of a nominal trigger;
    ``named_only``: it serves only the triggers that name it in their ``needs_support``
    ("أسقط", "اعترض": what is shot down, not aid a ship carries)."""

    voice: str
    named_only: bool = False


_COMMON = {"id", "forms", "example", "lexicon", "note", "source"}
_KEYS = {
    "triggers": _COMMON | {
        "type", "mode", "cameo", "acled", "pos", "voice", "needs_support", "support_near",
        "needs_subject", "participle", "names_object", "warning",
    },
    "actors": _COMMON | {
        "kind", "name", "country", "sector", "contextual", "opposed", "inanimate", "mirrors",
        "toll_only", "definite", "indefinite", "adjectival",
    },
    "places": _COMMON | {"kind", "name", "country", "lat", "lon", "population", "geonameid", "venue"},
    "cues": _COMMON | {"modality", "direction", "scope"},
    "support": _COMMON | {"voice", "named_only"},
}
LEXICON_NAMES: tuple[str, ...] = tuple(_KEYS)


def _build(lexicon: str, d: Mapping[str, Any], source: str, line: int) -> _Entry:
    unknown = set(d) - _KEYS[lexicon]
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))} for {lexicon}")
    rid = d.get("id")
    if not isinstance(rid, str) or not _ID_RE.fullmatch(rid):
        raise ValueError(f"'id' {rid!r} must be a non-empty word-like string")
    forms = _check_forms(d.get("forms"))
    example = d.get("example")
    if example is not None and not isinstance(example, str):
        raise ValueError("'example' must be a string")
    base = dict(id=rid, forms=forms, example=example, source=source, line=line)
    if lexicon == "triggers":
        etype = d.get("type")
        if etype not in EVENT_TYPES:
            raise ValueError(f"type {etype!r} is not a PLOVER type")
        mode = d.get("mode")
        if mode is not None and mode not in PLOVER_MODES.get(etype, frozenset()):
            raise ValueError(f"mode {mode!r} is not a PLOVER mode of {etype}")
        cameo = d.get("cameo")
        if cameo is not None and not (isinstance(cameo, str) and _CAMEO_RE.fullmatch(cameo)):
            raise ValueError(f"cameo {cameo!r} is not a CAMEO code")
        acled = d.get("acled")
        if acled is not None:
            if (
                not isinstance(acled, list)
                or len(acled) != 2
                or acled[0] not in ACLED_TYPES
                or acled[1] not in ACLED_TYPES[acled[0]]
            ):
                raise ValueError(f"acled {acled!r} is not an [event_type, sub_event_type] pair")
            acled = tuple(acled)
        pos = d.get("pos", "noun")
        if pos not in ("verb", "noun"):
            raise ValueError(f"pos {pos!r} must be 'verb' or 'noun'")
        voice = d.get("voice", "active")
        if voice not in ("active", "passive"):
            raise ValueError(f"voice {voice!r} must be 'active' or 'passive'")
        needs_support = d.get("needs_support", False)
        if isinstance(needs_support, list) and needs_support and all(
            isinstance(x, str) and x.startswith("sup.") for x in needs_support
        ):
            needs_support = tuple(needs_support)
        elif not isinstance(needs_support, bool):
            raise ValueError("'needs_support' must be true, false or a list of support ids ('sup.…')")
        support_near = _flag(d, "support_near")
        if support_near and not needs_support:
            raise ValueError("'support_near' is for triggers that need a light verb ('needs_support')")
        needs_subject = _flag(d, "needs_subject")
        if needs_subject and pos != "verb":
            raise ValueError("'needs_subject' is for verb forms (pos 'verb')")
        participle = _flag(d, "participle")
        if participle and pos != "verb":
            raise ValueError("'participle' is for verb forms (pos 'verb')")
        return TriggerEntry(
            **base, type=etype, mode=mode, cameo=cameo, acled=acled, pos=pos, voice=voice,
            needs_support=needs_support, support_near=support_near, needs_subject=needs_subject,
            participle=participle, names_object=_flag(d, "names_object"),
            warning=_flag(d, "warning"),
        )
    if lexicon == "actors":
        kind = d.get("kind")
        if kind not in ACTOR_KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(sorted(ACTOR_KINDS))}")
        contextual = _flag(d, "contextual", kind in ("generic", "title", "org"))
        # a site, or a counterpart, takes its sector from the other side: none of its own
        opposed = _flag(d, "opposed", sectorless=True)
        mirrors = _flag(d, "mirrors", sectorless=True)
        inanimate = _flag(d, "inanimate")
        toll_only = _flag(d, "toll_only")
        definite = _flag(d, "definite")
        if definite and any(" " not in f and not f.startswith("ال") for f in forms):
            raise ValueError("a 'definite' entry writes its one-word forms with the article")
        indefinite = _flag(d, "indefinite")
        if indefinite and (definite or any(" " not in f and f.startswith("ال") for f in forms)):
            raise ValueError("an 'indefinite' entry writes its one-word forms without the article")
        adjectival = _flag(d, "adjectival")
        if adjectival and any(" " in f for f in forms):
            raise ValueError("an 'adjectival' entry has one-word forms only")
        country = _country(d.get("country"))
        return ActorEntry(
            **base,
            kind=kind,
            name=d.get("name"),
            country=country,
            sector=_sector(d.get("sector")),
            contextual=contextual and country is None,
            opposed=opposed,
            inanimate=inanimate,
            mirrors=mirrors,
            toll_only=toll_only,
            definite=definite,
            indefinite=indefinite,
            adjectival=adjectival,
        )
    if lexicon == "places":
        kind = d.get("kind")
        if kind not in PLACE_KINDS:
            raise ValueError(f"kind {kind!r} is not one of {', '.join(sorted(PLACE_KINDS))}")
        name = d.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError("'name' is required for a place")
        lat, lon = d.get("lat"), d.get("lon")
        for v in (lat, lon):
            if v is not None and not isinstance(v, (int, float)):
                raise ValueError("'lat' / 'lon' must be numbers")
        if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinates {lat}, {lon} out of range")
        return PlaceEntry(
            **base, kind=kind, name=name, country=_country(d.get("country")), lat=lat, lon=lon,
            venue=_flag(d, "venue"),
        )
    if lexicon == "cues":
        modality = d.get("modality")
        if modality not in MODALITIES:
            raise ValueError(f"modality {modality!r} is not one of {', '.join(sorted(MODALITIES))}")
        direction = d.get("direction", "forward")
        if direction not in DIRECTIONS:
            raise ValueError(f"direction {direction!r} is not one of {', '.join(sorted(DIRECTIONS))}")
        scope = d.get("scope", 6)
        if not isinstance(scope, int) or scope < 0:
            raise ValueError("'scope' must be a non-negative integer (tokens)")
        return CueEntry(**base, modality=modality, direction=direction, scope=scope)
    voice = d.get("voice", "active")
    if voice not in ("active", "passive"):
        raise ValueError(f"voice {voice!r} must be 'active' or 'passive'")
    return SupportEntry(**base, voice=voice, named_only=_flag(d, "named_only"))


def read_lexicon_text(
    text: str, source: str, default_lexicon: str | None = None
) -> Iterable[tuple[str, _Entry]]:
    """Validated entries of lexicon text (JSONL); ``source`` names it in errors."""
    return _read_lines(text, source, default_lexicon)


def _read_lines(text: str, source: str, default_lexicon: str | None) -> Iterable[tuple[str, _Entry]]:
    for lineno, raw in enumerate(text.splitlines(), start=1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        try:
            d = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"not valid JSON ({exc.msg})", path=source, line=lineno) from None
        if not isinstance(d, dict):
            raise LexiconError("a line must be a JSON object", path=source, line=lineno)
        lexicon = d.get("lexicon", default_lexicon)
        if lexicon not in _KEYS:
            raise LexiconError(
                f"unknown lexicon {lexicon!r}: name the file after one of "
                f"{', '.join(LEXICON_NAMES)} or give a 'lexicon' key",
                path=source,
                line=lineno,
                rule_id=d.get("id"),
            )
        try:
            yield lexicon, _build(lexicon, d, source, lineno)
        except ValueError as exc:
            raise LexiconError(str(exc), path=source, line=lineno, rule_id=d.get("id")) from None


@attrs.frozen
class Lexicon:
    """All lexicon entries, by lexicon name, after layering. Build with :func:`load_lexicon`."""

    triggers: tuple[TriggerEntry, ...] = ()
    actors: tuple[ActorEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    cues: tuple[CueEntry, ...] = ()
    support: tuple[SupportEntry, ...] = ()
    by_id: Mapping[str, _Entry] = attrs.field(factory=dict, eq=False, repr=False)

    def entries(self) -> Iterable[tuple[str, _Entry]]:
        """(lexicon name, entry) pairs of every entry, lexicon by lexicon."""
        for name in LEXICON_NAMES:
            for e in getattr(self, name):
                yield name, e

    def sizes(self) -> dict[str, int]:
        """The number of entries of each lexicon."""
        return {name: len(getattr(self, name)) for name in LEXICON_NAMES}

    def extended(self, layers: Iterable[tuple[str, _Entry]]) -> Lexicon:
        """A new lexicon with ``layers`` added; an id already present raises LexiconError."""
        groups: dict[str, list[_Entry]] = {n: list(getattr(self, n)) for n in LEXICON_NAMES}
        by_id = dict(self.by_id)
        for name, entry in layers:
            if entry.id in by_id:
                prev = by_id[entry.id]
                raise LexiconError(
                    f"duplicate id (first defined in {prev.source}:{prev.line})",
                    path=entry.source,
                    line=entry.line,
                    rule_id=entry.id,
                )
            by_id[entry.id] = entry
            groups[name].append(entry)
        return Lexicon(**{n: tuple(v) for n, v in groups.items()}, by_id=by_id)


def _builtin_layers(language: str = "ar") -> Iterable[tuple[str, _Entry]]:
    root = resources.files("conflict_events") / "data" / language
    for name in LEXICON_NAMES:
        res = root / f"{name}.jsonl"
        if res.is_file():
            yield from _read_lines(
                res.read_text(encoding="utf-8"), f"conflict_events/data/{language}/{name}.jsonl", name
            )


def read_lexicon_file(path: PathLike) -> list[tuple[str, _Entry]]:
    """Entries of one user lexicon file (JSONL), validated."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError("file not found", path=str(p)) from None
    except UnicodeDecodeError as exc:
        raise LexiconError(f"not UTF-8 ({exc.reason})", path=str(p)) from None
    default = p.stem if p.stem in _KEYS else None
    return list(_read_lines(text, str(p), default))


def rules_from_dicts(rules: Iterable[Mapping[str, Any]], source: str = "<code>") -> list[tuple[str, _Entry]]:
    """Validate rules given in code (each a dict with a 'lexicon' key)."""
    out = []
    for i, d in enumerate(rules, start=1):
        if not isinstance(d, Mapping):
            raise LexiconError("a rule must be a mapping", path=source, line=i)
        lexicon = d.get("lexicon")
        if lexicon not in _KEYS:
            raise LexiconError(
                f"unknown lexicon {lexicon!r}; one of {', '.join(LEXICON_NAMES)}",
                path=source,
                line=i,
                rule_id=d.get("id"),
            )
        try:
            out.append((lexicon, _build(lexicon, d, source, i)))
        except ValueError as exc:
            raise LexiconError(str(exc), path=source, line=i, rule_id=d.get("id")) from None
    return out


def load_lexicon(
    paths: Iterable[PathLike] = (), *, builtin: bool = True, language: str = "ar"
) -> Lexicon:
    """The bundled lexicon (unless ``builtin=False``) with users' files layered on top."""
    lex = Lexicon()
    if builtin:
        lex = lex.extended(_builtin_layers(language))
    for p in paths:
        lex = lex.extended(read_lexicon_file(p))
    return lex
