"""Score the library against a gold JSONL file (the format of the gold annotation guide).

In: a gold file, one sentence a line, ``{"id", "article_date", "text", "timex": [...],
"events": [...]}``, whose strings are copied from ``text`` without offsets; an extractor (an
object with ``extract(text, article_date=...)`` and ``find_dates(text, article_date=...)``;
a default :class:`~conflict_events.pipeline.Extractor` is built when none is given).
Out: a :class:`Report` with event precision / recall / F1, full-event F1, per-slot and per-code
accuracies on matched events, time-expression detection and resolution, a per-type table and
the list of errors (misses, false alarms, slot differences).

How the library is run on gold: the lines of one article ("dev-a07-s1", "dev-a07-s2", ...:
the article is the id without its last "-s<N>") are joined with "\\n" and extracted at once, so
article context is available; each predicted event goes to the sentence whose character range
holds its trigger start, and its spans are made relative to that sentence.

Scoring rules (the guide's "Scoring" section), each with a real example:

* event match: same sentence, equal types, triggers overlapping or at most 25 characters
  apart ("فرضت عقوبات" gold, "عقوبات" predicted); each gold and predicted event is matched at
  most once, overlapping pairs first, then the closest;
* slots on matched events: actor / target / place right when some predicted mention overlaps
  the gold phrase ("روسيا والولايات المتحدة" vs. the predicted "روسيا"), or both are empty;
  date right when start and end are equal (or both null); modality and fatalities when equal;
* codes on matched events: right when some predicted country (sector) is among the gold ones;
  a gold "---" is right when the predicted value is null ("داعش" -> "--- REB"); counted over
  gold events whose code list is non-empty; place country over gold events with a place;
* a full event: type, actor, target and place all right;
* time expressions: a prediction is right when it overlaps a gold expression of its sentence,
  a gold expression found when some prediction overlaps it ("امس الاثنين" vs. "امس"), and
  resolved when one of those has the gold start and end.

Gold strings are located in their sentence by exact search (first occurrence), falling back
to a search in the normalized view ("الأربعاء" found as "الاربعاء").
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Union

import attrs

from .errors import GoldFormatError
from .normalize import normalize, normalize_with_offsets
from .records import EVENT_TYPES

__all__ = [
    "MAX_TRIGGER_GAP",
    "GoldTimex",
    "GoldEvent",
    "GoldSentence",
    "Counts",
    "Accuracy",
    "TypeScore",
    "ErrorItem",
    "Report",
    "locate",
    "load_gold",
    "match_events",
    "compare_slots",
    "compare_codes",
    "score",
    "predict",
    "evaluate",
]

PathLike = Union[str, Path]
Span = tuple[int, int]

#: Triggers at most this many characters apart still match ("فرضت عقوبات").
MAX_TRIGGER_GAP = 25

#: Slots compared on matched events, in report order.
SLOTS: tuple[str, ...] = ("actor", "target", "place", "date", "modality", "fatalities")
#: Codes compared on matched events, in report order.
CODES: tuple[str, ...] = (
    "actor_country", "actor_sector", "target_country", "target_sector", "place_country",
)

_UNKNOWN = "---"
_SENTENCE_SUFFIX = re.compile(r"-s\d+$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------- gold records


def locate(text: str, phrase: str | None) -> Span | None:
    """Where ``phrase`` first occurs in ``text``: exact, else in the normalized view.

    >>> locate("قصف على حلب", "حلب")
    (8, 11)
    """
    if not phrase:
        return None
    i = text.find(phrase)
    if i >= 0:
        return (i, i + len(phrase))
    view, offsets = normalize_with_offsets(text)
    key = normalize(phrase).strip()
    if not key:
        return None
    j = view.find(key)
    if j < 0:
        return None
    return (offsets[j], offsets[j + len(key) - 1] + 1)


@attrs.frozen
class GoldTimex:
    """A gold time expression: "امس الاثنين" -> 2016-08-29..2016-08-29."""

    text: str
    span: Span | None
    start: str | None
    end: str | None
    granularity: str | None = None


@attrs.frozen
class GoldEvent:
    """A gold event, its strings located in the sentence (``*_span`` None when absent)."""

    type: str
    trigger: str
    trigger_span: Span | None
    mode: str | None = None
    actor: str | None = None
    actor_span: Span | None = None
    target: str | None = None
    target_span: Span | None = None
    place: str | None = None
    place_span: Span | None = None
    date: tuple[str | None, str | None] | None = None
    modality: str = "asserted"
    fatalities: int | None = None
    actor_codes: tuple[str, ...] = ()
    target_codes: tuple[str, ...] = ()
    place_country: str | None = None


@attrs.frozen
class GoldSentence:
    """One gold line: a sentence, its article, its events and time expressions."""

    id: str
    article: str
    article_date: str | None
    text: str
    events: tuple[GoldEvent, ...] = ()
    timex: tuple[GoldTimex, ...] = ()
    line: int = 0


_LINE_KEYS = ("id", "article_date", "text", "timex", "events")
_EVENT_KEYS = (
    "type", "trigger", "actor", "target", "place", "date", "modality", "fatalities",
    "actor_codes", "target_codes", "place_country",
)
_TIMEX_KEYS = ("text", "start", "end")


def _gold_error(path: PathLike, line: int, message: str) -> GoldFormatError:
    err = GoldFormatError(f"{path}:{line}: {message}")
    err.path = str(path)  # type: ignore[attr-defined]
    err.line = line  # type: ignore[attr-defined]
    return err


def _require(obj: Any, keys: Sequence[str], what: str, path: PathLike, line: int) -> None:
    if not isinstance(obj, dict):
        raise _gold_error(path, line, f"{what} is not a JSON object")
    missing = [k for k in keys if k not in obj]
    if missing:
        raise _gold_error(path, line, f"{what} lacks key(s) {', '.join(missing)}")


def _opt_str(value: Any, what: str, path: PathLike, line: int) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise _gold_error(path, line, f"{what} must be a string or null, not {value!r}")


def _opt_date(value: Any, what: str, path: PathLike, line: int) -> str | None:
    value = _opt_str(value, what, path, line)
    if value is not None and not _ISO_DATE.match(value):
        raise _gold_error(path, line, f"{what} must be a YYYY-MM-DD date, not {value!r}")
    return value


def _codes(value: Any, what: str, path: PathLike, line: int) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise _gold_error(path, line, f"{what} must be a list of strings")
    return tuple(value)


def _parse_event(obj: Any, text: str, path: PathLike, line: int) -> GoldEvent:
    _require(obj, _EVENT_KEYS, "event", path, line)
    etype = obj["type"]
    if etype not in EVENT_TYPES:
        raise _gold_error(path, line, f"unknown event type {etype!r}")
    trigger = obj["trigger"]
    if not isinstance(trigger, str) or not trigger:
        raise _gold_error(path, line, "event trigger must be a non-empty string")
    date = obj["date"]
    if date is not None:
        _require(date, ("start", "end"), "event date", path, line)
        date = (
            _opt_date(date["start"], "event date start", path, line),
            _opt_date(date["end"], "event date end", path, line),
        )
    fatalities = obj["fatalities"]
    if fatalities is not None and (isinstance(fatalities, bool) or not isinstance(fatalities, int)):
        raise _gold_error(path, line, f"fatalities must be an integer or null, not {fatalities!r}")
    actor = _opt_str(obj["actor"], "actor", path, line)
    target = _opt_str(obj["target"], "target", path, line)
    place = _opt_str(obj["place"], "place", path, line)
    return GoldEvent(
        type=etype,
        trigger=trigger,
        trigger_span=locate(text, trigger),
        mode=_opt_str(obj.get("mode"), "mode", path, line),
        actor=actor,
        actor_span=locate(text, actor),
        target=target,
        target_span=locate(text, target),
        place=place,
        place_span=locate(text, place),
        date=date,
        modality=_opt_str(obj["modality"], "modality", path, line) or "asserted",
        fatalities=fatalities,
        actor_codes=_codes(obj["actor_codes"], "actor_codes", path, line),
        target_codes=_codes(obj["target_codes"], "target_codes", path, line),
        place_country=_opt_str(obj["place_country"], "place_country", path, line),
    )


def _parse_timex(obj: Any, text: str, path: PathLike, line: int) -> GoldTimex:
    _require(obj, _TIMEX_KEYS, "timex", path, line)
    ttext = obj["text"]
    if not isinstance(ttext, str) or not ttext:
        raise _gold_error(path, line, "timex text must be a non-empty string")
    return GoldTimex(
        text=ttext,
        span=locate(text, ttext),
        start=_opt_date(obj["start"], "timex start", path, line),
        end=_opt_date(obj["end"], "timex end", path, line),
        granularity=_opt_str(obj.get("granularity"), "granularity", path, line),
    )


def parse_gold_line(obj: Any, path: PathLike = "<gold>", line: int = 1) -> GoldSentence:
    """One decoded gold line -> :class:`GoldSentence` (raises :class:`GoldFormatError`)."""
    _require(obj, _LINE_KEYS, "gold line", path, line)
    sid, text = obj["id"], obj["text"]
    if not isinstance(sid, str) or not sid:
        raise _gold_error(path, line, "id must be a non-empty string")
    if not isinstance(text, str):
        raise _gold_error(path, line, "text must be a string")
    if not isinstance(obj["events"], list) or not isinstance(obj["timex"], list):
        raise _gold_error(path, line, "events and timex must be lists")
    return GoldSentence(
        id=sid,
        article=_SENTENCE_SUFFIX.sub("", sid),
        article_date=_opt_date(obj["article_date"], "article_date", path, line),
        text=text,
        events=tuple(_parse_event(e, text, path, line) for e in obj["events"]),
        timex=tuple(_parse_timex(t, text, path, line) for t in obj["timex"]),
        line=line,
    )


def load_gold(path: PathLike) -> tuple[GoldSentence, ...]:
    """Read and validate a gold JSONL file (blank lines skipped).

    Raises :class:`GoldFormatError` naming the file and line of the first bad line, and
    ``OSError`` / ``UnicodeDecodeError`` when the file cannot be read.
    """
    out: list[GoldSentence] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as fp:
        for n, raw in enumerate(fp, start=1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise _gold_error(path, n, f"not JSON ({exc.msg})") from None
            sentence = parse_gold_line(obj, path, n)
            if sentence.id in seen:
                raise _gold_error(path, n, f"duplicate id {sentence.id!r}")
            seen.add(sentence.id)
            out.append(sentence)
    return tuple(out)


# --------------------------------------------------------------------------- comparisons


def _span(obj: Mapping[str, Any] | None) -> Span | None:
    if not obj or obj.get("span") is None:
        return None
    s, e = obj["span"]
    return (int(s), int(e))


def _gap(a: Span, b: Span) -> int:
    """Characters between two spans; negative when they overlap (minus the overlap)."""
    return max(a[0], b[0]) - min(a[1], b[1])


def _overlaps(a: Span, b: Span) -> bool:
    return _gap(a, b) < 0


def _text_overlaps(gold_text: str, pred_text: str | None) -> bool:
    """Fallback for a gold string that could not be located: normalized containment."""
    if not pred_text:
        return False
    g, p = normalize(gold_text), normalize(pred_text)
    return bool(p) and (p in g or g in p)


def _mention_right(
    gold_text: str | None, gold_span: Span | None, mentions: Sequence[Mapping[str, Any]]
) -> bool:
    if not gold_text:
        return not mentions
    for m in mentions:
        span = _span(m)
        if gold_span is not None and span is not None:
            if _overlaps(gold_span, span):
                return True
        elif _text_overlaps(gold_text, m.get("text")):
            return True
    return False


def _trigger_gap(gold: GoldEvent, pred: Mapping[str, Any]) -> int | None:
    trigger = pred.get("trigger") or {}
    span = _span(trigger)
    if gold.trigger_span is not None and span is not None:
        return _gap(gold.trigger_span, span)
    return -1 if _text_overlaps(gold.trigger, trigger.get("text")) else None


def match_events(
    gold: Sequence[GoldEvent], predicted: Sequence[Mapping[str, Any]]
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of matched events of one sentence.

    Same type and triggers overlapping or at most :data:`MAX_TRIGGER_GAP` characters apart;
    greedy one-to-one, the largest overlaps first, then the smallest gaps.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if p.get("type") != g.type:
                continue
            gap = _trigger_gap(g, p)
            if gap is not None and gap <= MAX_TRIGGER_GAP:
                candidates.append((gap, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def _pred_date(pred: Mapping[str, Any]) -> tuple[str | None, str | None]:
    date = pred.get("date")
    if not date:
        return (None, None)
    return (date.get("start"), date.get("end"))


def compare_slots(gold: GoldEvent, pred: Mapping[str, Any]) -> dict[str, bool]:
    """Slot by slot, whether a matched prediction is right (keys: :data:`SLOTS`)."""
    place = pred.get("place")
    return {
        "actor": _mention_right(gold.actor, gold.actor_span, pred.get("actors") or ()),
        "target": _mention_right(gold.target, gold.target_span, pred.get("targets") or ()),
        "place": _mention_right(gold.place, gold.place_span, [place] if place else ()),
        "date": (gold.date or (None, None)) == _pred_date(pred),
        "modality": gold.modality == (pred.get("modality") or "asserted"),
        "fatalities": gold.fatalities == pred.get("fatalities"),
    }


def _code_part(code: str, index: int) -> str:
    parts = code.split()
    return parts[index] if len(parts) > index else _UNKNOWN


def _code_right(gold_codes: Sequence[str], mentions: Sequence[Mapping[str, Any]],
                index: int, key: str) -> bool:
    wanted = {_code_part(c, index) for c in gold_codes}
    return any((m.get(key) or _UNKNOWN) in wanted for m in mentions)


def compare_codes(gold: GoldEvent, pred: Mapping[str, Any]) -> dict[str, bool | None]:
    """Code by code, whether a matched prediction is right; None when the gold has none.

    Keys: :data:`CODES`. A gold "---" is right when the predicted value is null.
    """
    actors = pred.get("actors") or ()
    targets = pred.get("targets") or ()
    out: dict[str, bool | None] = {}
    for side, codes, mentions in (
        ("actor", gold.actor_codes, actors),
        ("target", gold.target_codes, targets),
    ):
        for index, part in enumerate(("country", "sector")):
            out[f"{side}_{part}"] = (
                _code_right(codes, mentions, index, part) if codes else None
            )
    if gold.place is None:
        out["place_country"] = None
    else:
        place = pred.get("place") or {}
        out["place_country"] = place.get("country") == gold.place_country
    return out


# --------------------------------------------------------------------------- report records


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@attrs.frozen
class Counts:
    """Detection counts: precision = predicted_right / predicted, recall = gold_found / gold.

    For events both numerators are the number of matched pairs; for time expressions they
    can differ (one gold expression overlapped by two predictions). Zero divisions give 0.0.
    """

    gold: int = 0
    predicted: int = 0
    gold_found: int = 0
    predicted_right: int = 0

    @property
    def precision(self) -> float:
        """Right over predicted (0 when nothing was predicted)."""
        return _ratio(self.predicted_right, self.predicted)

    @property
    def recall(self) -> float:
        """Right over gold (0 when the gold has none)."""
        return _ratio(self.gold_found, self.gold)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts and ratios."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "gold_found": self.gold_found,
            "predicted_right": self.predicted_right,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """right / total; ``value`` is None when nothing was counted."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """Right over total, or None when there is nothing to count."""
        return self.right / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts and accuracy."""
        return {"right": self.right, "total": self.total, "accuracy": self.value}


@attrs.frozen
class TypeScore:
    """Event detection figures of one PLOVER type."""

    type: str
    counts: Counts

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready figures of one event type."""
        return {"type": self.type, **self.counts.to_dict()}


@attrs.frozen
class ErrorItem:
    """One miss, false alarm or slot difference.

    ``kind`` is "miss" / "false_alarm" (events), "slots" (a matched event with differences,
    listed as (slot, gold, predicted) triples), "timex_miss" / "timex_false_alarm" /
    "timex_unresolved". ``text`` is the trigger or the time expression.
    """

    kind: str
    sentence_id: str
    type: str | None
    text: str
    differences: tuple[tuple[str, Any, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data of the error."""
        return {
            "kind": self.kind,
            "sentence_id": self.sentence_id,
            "type": self.type,
            "text": self.text,
            "differences": [
                {"slot": s, "gold": g, "predicted": p} for s, g, p in self.differences
            ],
        }

    def format(self) -> str:
        """The error as one tab-separated line."""
        head = f"{self.sentence_id}\t{self.kind}\t{self.type or '-'}\t{self.text}"
        if not self.differences:
            return head
        diffs = "; ".join(f"{s}: gold {g!r} predicted {p!r}" for s, g, p in self.differences)
        return f"{head}\t{diffs}"


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


@attrs.frozen
class Report:
    """All figures of one evaluation run (see the module docstring for the rules)."""

    sentences: int
    events: Counts
    full_events: Counts
    slots: Mapping[str, Accuracy]
    codes: Mapping[str, Accuracy]
    timex: Counts
    timex_resolution: Accuracy
    per_type: tuple[TypeScore, ...]
    errors: tuple[ErrorItem, ...] = ()

    def to_dict(self, *, errors: bool = True) -> dict[str, Any]:
        """JSON-ready figures of the report (with the error list unless ``errors=False``)."""
        out: dict[str, Any] = {
            "sentences": self.sentences,
            "events": self.events.to_dict(),
            "full_events": self.full_events.to_dict(),
            "slots": {k: v.to_dict() for k, v in self.slots.items()},
            "codes": {k: v.to_dict() for k, v in self.codes.items()},
            "timex": {**self.timex.to_dict(), "resolution": self.timex_resolution.to_dict()},
            "per_type": {t.type: t.to_dict() for t in self.per_type},
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out

    def figures(self) -> dict[str, float | None]:
        """Every ratio of the report by a dotted name ("events.f1", "slots.actor")."""
        out: dict[str, float | None] = {}
        for name, c in (("events", self.events), ("full_events", self.full_events),
                        ("timex", self.timex)):
            out[f"{name}.precision"] = c.precision
            out[f"{name}.recall"] = c.recall
            out[f"{name}.f1"] = c.f1
        for group, accs in (("slots", self.slots), ("codes", self.codes)):
            for k, a in accs.items():
                out[f"{group}.{k}"] = a.value
        out["timex.resolution"] = self.timex_resolution.value
        for t in self.per_type:
            out[f"per_type.{t.type}.f1"] = t.counts.f1
        return out

    def format_table(self) -> str:
        """A plain-text report."""
        lines = [
            f"sentences {self.sentences}  gold events {self.events.gold}  "
            f"predicted {self.events.predicted}  matched {self.events.gold_found}",
            "",
            f"{'detection':<18}{'gold':>6}{'pred':>6}{'right':>7}{'P':>7}{'R':>7}{'F1':>7}",
        ]
        for name, c in (("events", self.events), ("full events", self.full_events),
                        ("time expressions", self.timex)):
            lines.append(
                f"{name:<18}{c.gold:>6}{c.predicted:>6}{c.gold_found:>7}"
                f"{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
            )
        lines += ["", f"{'on matched events':<18}{'right':>8}{'total':>7}{'acc':>7}"]
        for name, a in [*self.slots.items(), *self.codes.items(),
                        ("timex resolution", self.timex_resolution)]:
            lines.append(f"{name:<18}{a.right:>8}{a.total:>7}{_fmt(a.value):>7}")
        lines += ["", f"{'type':<18}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"]
        for t in self.per_type:
            c = t.counts
            lines.append(
                f"{t.type:<18}{c.gold:>6}{c.predicted:>6}{c.gold_found:>7}"
                f"{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
            )
        return "\n".join(lines)

    def format_errors(self) -> str:
        """One line per error, tab-separated."""
        return "\n".join(e.format() for e in self.errors)


# --------------------------------------------------------------------------- scoring


def _mentions_text(mentions: Sequence[Mapping[str, Any]]) -> str | None:
    texts = [m.get("text") for m in mentions if m and m.get("text")]
    return " | ".join(texts) if texts else None


def _differences(gold: GoldEvent, pred: Mapping[str, Any], slots: Mapping[str, bool],
                 codes: Mapping[str, bool | None]) -> list[tuple[str, Any, Any]]:
    place = pred.get("place") or {}
    actors, targets = pred.get("actors") or (), pred.get("targets") or ()
    shown = {
        "actor": (gold.actor, _mentions_text(actors)),
        "target": (gold.target, _mentions_text(targets)),
        "place": (gold.place, place.get("text")),
        "date": (list(gold.date) if gold.date else None,
                 list(_pred_date(pred)) if pred.get("date") else None),
        "modality": (gold.modality, pred.get("modality")),
        "fatalities": (gold.fatalities, pred.get("fatalities")),
        "actor_country": (list(gold.actor_codes), [a.get("country") for a in actors]),
        "actor_sector": (list(gold.actor_codes), [a.get("sector") for a in actors]),
        "target_country": (list(gold.target_codes), [t.get("country") for t in targets]),
        "target_sector": (list(gold.target_codes), [t.get("sector") for t in targets]),
        "place_country": (gold.place_country, place.get("country")),
    }
    wrong = [k for k, ok in slots.items() if not ok]
    wrong += [k for k, ok in codes.items() if ok is False]
    return [(k, *shown[k]) for k in wrong]


def _tally(acc: dict[str, list[int]], name: str, ok: bool | None) -> None:
    if ok is None:
        return
    cell = acc.setdefault(name, [0, 0])
    cell[0] += int(ok)
    cell[1] += 1


def score(
    gold: Sequence[GoldSentence],
    events: Mapping[str, Sequence[Mapping[str, Any]]],
    timexes: Mapping[str, Sequence[Mapping[str, Any]]] | None = None,
) -> Report:
    """Compare predictions with gold.

    ``events`` / ``timexes`` map a sentence id to predictions in the shape of
    ``Event.to_dict()`` / ``TimeExpression.to_dict()``, spans relative to the sentence text.
    Sentences absent from the mappings have no predictions.
    """
    timexes = timexes or {}
    ev = [0, 0, 0]  # gold, predicted, matched
    full = 0
    slot_acc: dict[str, list[int]] = {k: [0, 0] for k in SLOTS}
    code_acc: dict[str, list[int]] = {k: [0, 0] for k in CODES}
    per_type: dict[str, list[int]] = {}
    tx = [0, 0, 0, 0]  # gold, predicted, gold found, predicted right
    resolved = 0
    errors: list[ErrorItem] = []

    for sent in gold:
        preds = list(events.get(sent.id, ()))
        pairs = match_events(sent.events, preds)
        ev[0] += len(sent.events)
        ev[1] += len(preds)
        ev[2] += len(pairs)
        for g in sent.events:
            per_type.setdefault(g.type, [0, 0, 0])[0] += 1
        for p in preds:
            per_type.setdefault(str(p.get("type")), [0, 0, 0])[1] += 1
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, j in pairs:
            g, p = sent.events[i], preds[j]
            per_type[g.type][2] += 1
            slots = compare_slots(g, p)
            codes = compare_codes(g, p)
            for k, ok in slots.items():
                _tally(slot_acc, k, ok)
            for k, ok in codes.items():
                _tally(code_acc, k, ok)
            if slots["actor"] and slots["target"] and slots["place"]:
                full += 1
            diffs = _differences(g, p, slots, codes)
            if diffs:
                errors.append(ErrorItem("slots", sent.id, g.type, g.trigger, tuple(diffs)))
        for i, g in enumerate(sent.events):
            if i not in matched_g:
                errors.append(ErrorItem("miss", sent.id, g.type, g.trigger))
        for j, p in enumerate(preds):
            if j not in matched_p:
                text = (p.get("trigger") or {}).get("text") or ""
                errors.append(ErrorItem("false_alarm", sent.id, p.get("type"), text))

        found, unresolved, right = _score_timex(sent, list(timexes.get(sent.id, ())))
        tx[0] += len(sent.timex)
        tx[1] += len(timexes.get(sent.id, ()))
        tx[2] += sum(found)
        tx[3] += sum(right)
        for t, ok, unres in zip(sent.timex, found, unresolved):
            if not ok:
                errors.append(ErrorItem("timex_miss", sent.id, None, t.text))
            elif unres is not None:
                errors.append(ErrorItem(
                    "timex_unresolved", sent.id, None, t.text,
                    (("date", [t.start, t.end], unres),),
                ))
            else:
                resolved += 1
        for p, ok in zip(timexes.get(sent.id, ()), right):
            if not ok:
                errors.append(ErrorItem("timex_false_alarm", sent.id, None, p.get("text") or ""))

    return Report(
        sentences=len(gold),
        events=Counts(ev[0], ev[1], ev[2], ev[2]),
        full_events=Counts(ev[0], ev[1], full, full),
        slots={k: Accuracy(*v) for k, v in slot_acc.items()},
        codes={k: Accuracy(*v) for k, v in code_acc.items()},
        timex=Counts(*tx),
        timex_resolution=Accuracy(resolved, tx[0]),
        per_type=tuple(
            TypeScore(t, Counts(c[0], c[1], c[2], c[2]))
            for t, c in sorted(per_type.items(), key=lambda kv: (-kv[1][0], kv[0]))
        ),
        errors=tuple(errors),
    )


def _timex_overlap(gold: GoldTimex, pred: Mapping[str, Any]) -> bool:
    span = _span(pred)
    if gold.span is not None and span is not None:
        return _overlaps(gold.span, span)
    return _text_overlaps(gold.text, pred.get("text"))


def _score_timex(
    sent: GoldSentence, preds: Sequence[Mapping[str, Any]]
) -> tuple[list[bool], list[list[Any] | None], list[bool]]:
    """Per gold timex: found?, and when found but unresolved the best prediction's dates;
    per predicted timex: does it overlap a gold one?"""
    found: list[bool] = []
    unresolved: list[list[Any] | None] = []
    right = [False] * len(preds)
    for g in sent.timex:
        hits = [j for j, p in enumerate(preds) if _timex_overlap(g, p)]
        for j in hits:
            right[j] = True
        found.append(bool(hits))
        if not hits or any(
            (preds[j].get("start"), preds[j].get("end")) == (g.start, g.end) for j in hits
        ):
            unresolved.append(None)
        else:
            p = preds[hits[0]]
            unresolved.append([p.get("start"), p.get("end")])
    return found, unresolved, right


# --------------------------------------------------------------------------- running


def _shift(obj: Mapping[str, Any] | None, offset: int) -> dict[str, Any] | None:
    if obj is None:
        return None
    out = dict(obj)
    if out.get("span") is not None:
        s, e = out["span"]
        out["span"] = [s - offset, e - offset]
    return out


def _rebase_event(d: Mapping[str, Any], offset: int) -> dict[str, Any]:
    out = dict(d)
    out["trigger"] = _shift(d.get("trigger"), offset)
    out["actors"] = [_shift(a, offset) for a in d.get("actors") or ()]
    out["targets"] = [_shift(t, offset) for t in d.get("targets") or ()]
    out["place"] = _shift(d.get("place"), offset)
    out["date"] = _shift(d.get("date"), offset)
    return out


def _articles(gold: Sequence[GoldSentence]) -> list[list[GoldSentence]]:
    groups: list[list[GoldSentence]] = []
    for sent in gold:
        if groups and groups[-1][0].article == sent.article:
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


def predict(
    gold: Sequence[GoldSentence], extractor: Any
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[dict[str, Any]]]]:
    """Run ``extractor`` article by article; predictions per sentence id, spans made
    relative to each sentence (the inputs of :func:`score`)."""
    events: dict[str, list[dict[str, Any]]] = {s.id: [] for s in gold}
    timexes: dict[str, list[dict[str, Any]]] = {s.id: [] for s in gold}
    for group in _articles(gold):
        starts = []
        pos = 0
        for sent in group:
            starts.append(pos)
            pos += len(sent.text) + 1
        text = "\n".join(s.text for s in group)
        date = group[0].article_date

        def where(char: int) -> int:
            return max(0, bisect.bisect_right(starts, char) - 1)

        for event in extractor.extract(text, article_date=date):
            k = where(event.trigger.start_char)
            events[group[k].id].append(_rebase_event(event.to_dict(), starts[k]))
        for timex in extractor.find_dates(text, article_date=date):
            k = where(timex.start_char)
            timexes[group[k].id].append(_shift(timex.to_dict(), starts[k]))  # type: ignore[arg-type]
    return events, timexes


def evaluate(gold_path: PathLike, extractor: Any = None) -> Report:
    """Score ``extractor`` (a default ``Extractor()`` when None) on a gold JSONL file."""
    gold = load_gold(gold_path)
    if extractor is None:
        from .pipeline import Extractor

        extractor = Extractor()
    events, timexes = predict(gold, extractor)
    return score(gold, events, timexes)

