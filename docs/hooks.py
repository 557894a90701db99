"""mkdocs hooks: fill the mapping tables of docs/reference/mapping.md from the lexicon data.

In: the Markdown of each page while ``mkdocs build`` runs. Out: the same Markdown, with the
marker ``<!-- mapping-tables -->`` replaced by the PLOVER / CAMEO / ACLED tables built from the
bundled trigger lexicon (:func:`build`). tests/test_docs.py calls the hook on the page.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from conflict_events.lexicons import load_lexicon
from conflict_events.records import EVENT_TYPES

#: Where the tables go in a page.
MARKER = "<!-- mapping-tables -->"


def _cell(values) -> str:
    return ", ".join(values) if values else "–"


def build() -> str:
    """The Markdown text of the mapping page."""
    triggers = load_lexicon().triggers
    by_type_mode: dict[tuple[str, str], list] = defaultdict(list)
    by_cameo: dict[str, set] = defaultdict(set)
    by_acled: dict[tuple[str, str], set] = defaultdict(set)
    for t in triggers:
        by_type_mode[(t.type, t.mode or "")].append(t)
        if t.cameo:
            by_cameo[t.cameo[:2]].add(t.type)
        if t.acled:
            by_acled[t.acled].add(f"{t.type}" + (f" ({t.mode})" if t.mode else ""))
    order = {k: i for i, k in enumerate(EVENT_TYPES)}
    lines = [
        "Generated from the bundled trigger lexicon when the docs are built (the mkdocs hook",
        f"`docs/hooks.py`), so it always matches the data: {len(triggers)} trigger entries.",
        "",
        "## By PLOVER type and mode",
        "",
        "| PLOVER type | mode | CAMEO codes | ACLED event type / sub-event type | entries | example forms |",
        "|---|---|---|---|---|---|",
    ]
    for (etype, mode), entries in sorted(by_type_mode.items(),
                                         key=lambda kv: (order[kv[0][0]], kv[0][1])):
        cameo = sorted({e.cameo for e in entries if e.cameo})
        acled = sorted({" / ".join(e.acled) for e in entries if e.acled})
        forms = [f for e in entries for f in e.forms[:1]][:3]
        lines.append(f"| {etype} | {mode or '–'} | {_cell(cameo)} | {_cell(acled)} | "
                     f"{len(entries)} | {_cell(forms)} |")
    lines += ["", "## CAMEO root codes", "", "| CAMEO root | PLOVER types |", "|---|---|"]
    for root in sorted(by_cameo):
        lines.append(f"| {root} | {_cell(sorted(by_cameo[root], key=order.__getitem__))} |")
    lines += ["", "## ACLED types", "", "| ACLED event type | sub-event type | PLOVER type (mode) |",
              "|---|---|---|"]
    for (event_type, sub) in sorted(by_acled):
        lines.append(f"| {event_type} | {sub} | {_cell(sorted(by_acled[(event_type, sub)]))} |")
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, page: Any = None, config: Any = None, files: Any = None) -> str:
    """The mkdocs hook: replace :data:`MARKER` by the tables."""
    return markdown.replace(MARKER, build()) if MARKER in markdown else markdown
