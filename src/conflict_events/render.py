"""HTML views of extracted events, for notebooks and error reports (right to left).

In: Arabic text and its events (:class:`~conflict_events.records.Event` records or their
``to_dict()`` form), or a text to extract from. Out: HTML strings: the sentence(s) with the
trigger, actors, targets, places and dates highlighted (``dir="rtl"``), a legend, and an
events table under them. :class:`Result` carries a text with its events and dates and shows
itself in Jupyter through ``_repr_html_``; :func:`render_report` turns an evaluation run into
a stand-alone error-report page.

    >>> from conflict_events.render import highlight
    >>> text = "قصفت طائرات روسية مدينة حلب أمس"
    >>> html = highlight(text, [{"kind": "trigger", "span": (0, 4), "title": "ASSAULT"}])
    >>> '<mark class="ce-trigger"' in html and 'dir="rtl"' in html
    True

Overlapping highlights (a place inside a target phrase, "مواقع المسلحين في حلب") are cut at
every boundary; each piece is one ``<mark>`` whose class is its innermost kind (trigger, date,
place, target, actor) and whose ``data-kinds`` lists every kind covering it.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Union

import attrs

from .records import Event, TimeExpression

__all__ = [
    "KINDS",
    "COLORS",
    "STYLE",
    "Result",
    "render",
    "highlight",
    "legend",
    "events_table",
    "event_html",
    "mentions_of",
    "render_report",
]

#: Kinds of highlighted mentions, innermost first (the class a shared piece of text gets).
KINDS: tuple[str, ...] = ("trigger", "date", "place", "target", "actor")

#: Background colour of each kind (distinct hues, readable under black text).
COLORS: Mapping[str, str] = {
    "trigger": "#ff9e9e",
    "actor": "#9ecbff",
    "target": "#ffc870",
    "place": "#9be39b",
    "date": "#d5b3ff",
}

_LABELS = {
    "trigger": "trigger",
    "actor": "actor",
    "target": "target",
    "place": "place",
    "date": "date",
}

#: The CSS of every rendering (scoped to ``.ce-render``).
STYLE = (
    ".ce-render{font-family:'DejaVu Sans','Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;"
    "line-height:2.1;max-width:60em}"
    ".ce-render .ce-text{font-size:1.15em;margin:.3em 0 .6em 0}"
    ".ce-render mark{padding:.1em .15em;border-radius:.25em;color:#111}"
    ".ce-render mark.ce-multi{box-shadow:inset 0 -.22em 0 rgba(0,0,0,.35)}"
    + "".join(f".ce-render mark.ce-{k}{{background:{c}}}" for k, c in COLORS.items())
    + ".ce-render .ce-legend{font-size:.85em;margin:.2em 0}"
    ".ce-render .ce-legend mark{margin-inline-end:.6em}"
    ".ce-render table.ce-events{border-collapse:collapse;font-size:.85em;line-height:1.4}"
    ".ce-render table.ce-events th,.ce-render table.ce-events td{border:1px solid #ccc;"
    "padding:.2em .45em;text-align:start;vertical-align:top}"
    ".ce-render table.ce-events th{background:#f3f3f3}"
    ".ce-render .ce-code{font-family:monospace;font-size:.9em;color:#444}"
    ".ce-render .ce-empty{color:#777;font-style:italic}"
)

_PRIORITY = {k: i for i, k in enumerate(KINDS)}
_esc = _html.escape


# --------------------------------------------------------------------------- mentions


def _span(obj: Any) -> tuple[int, int] | None:
    """The (start, end) of a record or of a ``to_dict()`` mapping; None when absent."""
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        span = obj.get("span")
        return (int(span[0]), int(span[1])) if span is not None else None
    return (obj.start_char, obj.end_char)


def _as_dict(event: Event | Mapping[str, Any]) -> Mapping[str, Any]:
    return event.to_dict() if isinstance(event, Event) else event


def _code(m: Mapping[str, Any]) -> str:
    if m.get("country") is None and m.get("sector") is None:
        return ""
    return f"{m.get('country') or '---'} {m.get('sector') or '---'}"


def mentions_of(
    events: Iterable[Event | Mapping[str, Any]],
    dates: Iterable[TimeExpression | Mapping[str, Any]] = (),
) -> list[dict[str, Any]]:
    """Highlights ``{"kind", "span", "title"}`` of events (trigger, actors, targets, place,
    date) and of extra time expressions, without duplicates."""
    out: dict[tuple[str, int, int], dict[str, Any]] = {}

    def add(kind: str, obj: Any, title: str) -> None:
        span = _span(obj)
        if span is None or span[0] >= span[1]:
            return
        key = (kind, *span)
        if key in out:
            if title and title not in out[key]["title"]:
                out[key]["title"] += "; " + title
        else:
            out[key] = {"kind": kind, "span": span, "title": title}

    for n, ev in enumerate(events, start=1):
        d = _as_dict(ev)
        head = f"#{n} {d.get('type')}" + (f" ({d['mode']})" if d.get("mode") else "")
        add("trigger", d.get("trigger"), head)
        for a in d.get("actors") or ():
            add("actor", a, f"{head} actor {_code(a)}".rstrip())
        for t in d.get("targets") or ():
            add("target", t, f"{head} target {_code(t)}".rstrip())
        place = d.get("place")
        if place:
            add("place", place, f"{head} place {place.get('name') or ''} {place.get('country') or ''}".rstrip())
        date = d.get("date")
        if date:
            add("date", date, f"{head} date {_date_text(date)}")
    for t in dates:
        d = t.to_dict() if isinstance(t, TimeExpression) else t
        add("date", d, _date_text(d))
    return list(out.values())


def _date_text(d: Mapping[str, Any]) -> str:
    start, end = d.get("start"), d.get("end")
    if start is None:
        return "unresolved"
    return str(start) if start == end else f"{start}..{end}"


def highlight(text: str, mentions: Sequence[Mapping[str, Any]], *, tag: str = "p") -> str:
    """``text`` as right-to-left HTML with each mention ``{"kind", "span", "title"}`` marked.

    Spans outside the text are ignored; overlapping spans are cut into pieces (see the
    module docstring).
    """
    n = len(text)
    spans = [
        (max(0, m["span"][0]), min(n, m["span"][1]), m["kind"], m.get("title") or "")
        for m in mentions
        if m["kind"] in _PRIORITY and m["span"][0] < min(n, m["span"][1])
    ]
    cuts = sorted({0, n, *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _esc(text[a:b])
        cover = [(k, t) for s, e, k, t in spans if s <= a and b <= e]
        if not cover:
            parts.append(piece)
            continue
        kinds = sorted({k for k, _ in cover}, key=_PRIORITY.__getitem__)
        titles = "; ".join(dict.fromkeys(t for _, t in cover if t))
        cls = f"ce-{kinds[0]}" + (" ce-multi" if len(kinds) > 1 else "")
        parts.append(
            f'<mark class="{cls}" data-kinds="{" ".join(kinds)}" '
            f'title="{_esc(titles)}">{piece}</mark>'
        )
    body = "".join(parts).replace("\n", "<br>")
    return f'<{tag} class="ce-text" dir="rtl" lang="ar">{body}</{tag}>'


def legend() -> str:
    """The colour legend of the highlighted kinds."""
    items = "".join(
        f'<mark class="ce-{k}" data-kinds="{k}">{_LABELS[k]}</mark>'
        for k in ("trigger", "actor", "target", "place", "date")
    )
    return f'<div class="ce-legend" dir="ltr">{items}</div>'


# --------------------------------------------------------------------------- tables


def _mentions_cell(ms: Sequence[Mapping[str, Any]]) -> str:
    if not ms:
        return ""
    return "<br>".join(
        f'<span dir="rtl">{_esc(m.get("text") or "")}</span>'
        + (f' <span class="ce-code">{_esc(_code(m))}</span>' if _code(m) else "")
        for m in ms
    )


_TABLE_HEAD = ("#", "type", "mode", "trigger", "actors", "targets", "place", "date",
               "modality", "killed", "CAMEO", "ACLED")


def _event_cells(n: int, d: Mapping[str, Any]) -> list[str]:
    place = d.get("place")
    date = d.get("date")
    codes = d.get("codes") or {}
    acled = codes.get("acled")
    trigger = d.get("trigger") or {}
    return [
        str(n),
        _esc(str(d.get("type") or "")),
        _esc(d.get("mode") or ""),
        f'<span dir="rtl">{_esc(trigger.get("text") or "")}</span>',
        _mentions_cell(d.get("actors") or ()),
        _mentions_cell(d.get("targets") or ()),
        (
            f'<span dir="rtl">{_esc(place.get("text") or "")}</span> '
            f'<span class="ce-code">{_esc(place.get("country") or "")}</span>'
            if place else ""
        ),
        (
            f'<span dir="rtl">{_esc(date.get("text") or "")}</span> '
            f'<span class="ce-code">{_esc(_date_text(date))}</span>'
            if date else ""
        ),
        _esc(str(d.get("modality") or "")),
        "" if d.get("fatalities") is None else str(d["fatalities"]),
        _esc(codes.get("cameo") or ""),
        _esc(" / ".join(acled.values()) if isinstance(acled, Mapping) else ""),
    ]


def events_table(events: Iterable[Event | Mapping[str, Any]]) -> str:
    """An HTML table of events, one row each (type, mode, trigger, coded actors and targets,
    place, date, modality, fatalities, CAMEO and ACLED codes)."""
    rows = [_event_cells(n, _as_dict(e)) for n, e in enumerate(events, start=1)]
    if not rows:
        return '<p class="ce-empty" dir="ltr">no events</p>'
    head = "".join(f"<th>{h}</th>" for h in _TABLE_HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="ce-events" dir="ltr"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _fragment(inner: str) -> str:
    return f'<div class="ce-render"><style>{STYLE}</style>{inner}</div>'


def _page(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ar"><head><meta charset="utf-8">'
        f"<title>{_esc(title)}</title></head><body>{inner}</body></html>\n"
    )


def event_html(event: Event) -> str:
    """One event as an HTML table (what ``Event._repr_html_`` shows in a notebook)."""
    return _fragment(events_table([event]))


# --------------------------------------------------------------------------- Result


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Result:
    """A text with its events and time expressions; Jupyter shows it highlighted.

    Behaves as the sequence of its events (``len``, iteration, indexing).
    """

    text: str
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    dates: tuple[TimeExpression, ...] = attrs.field(default=(), converter=_tuple)
    article_date: _dt.date | None = None

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Any:
        return iter(self.events)

    def __getitem__(self, index: int) -> Event:
        return self.events[index]

    def to_html(self, *, page: bool = False) -> str:
        """The highlighted text, a legend and the events table; ``page=True`` gives a whole
        HTML document, else a fragment to embed."""
        head = ""
        if self.article_date is not None:
            head = f'<div class="ce-legend" dir="ltr">article date {self.article_date.isoformat()}</div>'
        inner = (
            head
            + highlight(self.text, mentions_of(self.events, self.dates), tag="div")
            + legend()
            + events_table(self.events)
        )
        frag = _fragment(inner)
        return _page("conflict_events", frag) if page else frag

    def _repr_html_(self) -> str:
        return self.to_html()

    def save(self, path: Union[str, Path]) -> Path:
        """Write the whole HTML page to ``path`` (UTF-8); returns the path."""
        p = Path(path)
        p.write_text(self.to_html(page=True), encoding="utf-8")
        return p


def render(
    obj: Any,
    article_date: Any = None,
    *,
    text: str | None = None,
    extractor: Any = None,
) -> Result:
    """A :class:`Result` to display: from a text (events are extracted), a spaCy ``Doc``
    processed by the "conflict_events" component, or events with the ``text`` they come from.

    ``article_date`` resolves relative dates when extracting; ``extractor`` (an
    :class:`~conflict_events.pipeline.Extractor`) defaults to the shared one.
    """
    from .arguments import coerce_article_date

    date = coerce_article_date(article_date)
    if isinstance(obj, Result):
        return obj
    if isinstance(obj, str):
        if extractor is None:
            from .pipeline import default_extractor

            extractor = default_extractor()
        return Result(
            obj,
            extractor.extract(obj, article_date=date),
            extractor.find_dates(obj, article_date=date),
            date,
        )
    underscore = getattr(obj, "_", None)
    if underscore is not None and hasattr(obj, "text"):  # a spaCy Doc
        doc_date = coerce_article_date(getattr(underscore, "article_date", None)) or date
        return Result(obj.text, underscore.events or (), underscore.dates or (), doc_date)
    events = list(obj)
    if text is None:
        raise TypeError("render(events) needs the text they come from: render(events, text=...)")
    return Result(text, events, (), date)


# --------------------------------------------------------------------------- error report


def _gold_mentions(gold_event: Any) -> list[dict[str, Any]]:
    g = gold_event
    title = f"gold {g.type}" + (f" ({g.mode})" if g.mode else "")
    out = []
    for kind, span, extra in (
        ("trigger", g.trigger_span, ""),
        ("actor", g.actor_span, " ".join(g.actor_codes)),
        ("target", g.target_span, " ".join(g.target_codes)),
        ("place", g.place_span, g.place_country or ""),
    ):
        if span is not None:
            out.append({"kind": kind, "span": span, "title": f"{title} {kind} {extra}".rstrip()})
    return out


def _figure_rows(rows: Iterable[tuple[str, Any]]) -> str:
    out = []
    for name, c in rows:
        out.append(
            f"<tr><td>{_esc(name)}</td><td>{c.gold}</td><td>{c.predicted}</td>"
            f"<td>{c.gold_found}</td><td>{c.precision:.3f}</td><td>{c.recall:.3f}</td>"
            f"<td>{c.f1:.3f}</td></tr>"
        )
    return "".join(out)


def _error_list(errors: Sequence[Any]) -> str:
    items = []
    for e in errors:
        diffs = "".join(
            f"<li>{_esc(s)}: gold <code dir=\"auto\">{_esc(repr(g))}</code> predicted "
            f"<code dir=\"auto\">{_esc(repr(p))}</code></li>"
            for s, g, p in e.differences
        )
        items.append(
            f'<li><b>{_esc(e.kind)}</b> {_esc(e.type or "")} '
            f'<span dir="rtl">{_esc(e.text)}</span>'
            + (f"<ul>{diffs}</ul>" if diffs else "")
            + "</li>"
        )
    return f'<ul dir="ltr">{"".join(items)}</ul>'


def render_report(
    report: Any,
    gold: Sequence[Any],
    predictions: Mapping[str, Sequence[Mapping[str, Any]]],
    *,
    title: str = "conflict_events evaluation",
    all_sentences: bool = False,
) -> str:
    """A stand-alone HTML error report of an evaluation run.

    ``report`` is a :class:`~conflict_events.evaluation.Report`, ``gold`` the
    :class:`~conflict_events.evaluation.GoldSentence` records it was scored on and
    ``predictions`` the predicted event dicts per sentence id (spans relative to the sentence,
    as :func:`~conflict_events.evaluation.predict` gives them). Every sentence with an error
    is shown twice (gold, then predicted highlights) with its errors listed; ``all_sentences``
    shows the others too.
    """
    head = "<tr><th></th><th>gold</th><th>pred</th><th>right</th><th>P</th><th>R</th><th>F1</th></tr>"
    summary = (
        f'<table class="ce-events" dir="ltr">{head}'
        + _figure_rows([("events", report.events), ("full events", report.full_events),
                        ("time expressions", report.timex)])
        + "</table>"
    )
    acc_rows = "".join(
        f"<tr><td>{_esc(k)}</td><td>{a.right}</td><td>{a.total}</td>"
        f"<td>{'n/a' if a.value is None else f'{a.value:.3f}'}</td></tr>"
        for k, a in [*report.slots.items(), *report.codes.items(),
                     ("timex resolution", report.timex_resolution)]
    )
    slots = (
        '<table class="ce-events" dir="ltr"><tr><th>on matched events</th><th>right</th>'
        f"<th>total</th><th>acc</th></tr>{acc_rows}</table>"
    )
    per_type = (
        f'<table class="ce-events" dir="ltr">{head.replace("<th></th>", "<th>type</th>", 1)}'
        + _figure_rows([(t.type, t.counts) for t in report.per_type])
        + "</table>"
    )
    by_sentence: dict[str, list[Any]] = {}
    for e in report.errors:
        by_sentence.setdefault(e.sentence_id, []).append(e)
    blocks = []
    for sent in gold:
        errors = by_sentence.get(sent.id, [])
        if not errors and not all_sentences:
            continue
        gold_marks = [m for g in sent.events for m in _gold_mentions(g)]
        gold_marks += [
            {"kind": "date", "span": t.span, "title": f"gold date {t.start}..{t.end}"}
            for t in sent.timex if t.span is not None
        ]
        preds = list(predictions.get(sent.id, ()))
        blocks.append(
            f'<section class="ce-sentence" id="{_esc(sent.id)}"><h3 dir="ltr">{_esc(sent.id)}'
            f' <small>article date {_esc(sent.article_date or "unknown")}, '
            f"{len(errors)} error(s)</small></h3>"
            '<div dir="ltr"><b>gold</b></div>' + highlight(sent.text, gold_marks, tag="div")
            + '<div dir="ltr"><b>predicted</b></div>'
            + highlight(sent.text, mentions_of(preds), tag="div")
            + events_table(preds)
            + _error_list(errors)
            + "</section>"
        )
    inner = (
        f'<h1 dir="ltr">{_esc(title)}</h1><p dir="ltr">{report.sentences} sentences, '
        f"{len(report.errors)} errors</p>"
        + legend() + "<h2 dir=\"ltr\">detection</h2>" + summary
        + "<h2 dir=\"ltr\">slots and codes</h2>" + slots
        + "<h2 dir=\"ltr\">per type</h2>" + per_type
        + "<h2 dir=\"ltr\">sentences with errors</h2>" + ("".join(blocks) or "<p>none</p>")
    )
    return _page(title, _fragment(inner))
