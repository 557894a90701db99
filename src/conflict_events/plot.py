"""Matplotlib figures of coded events: over time, and by type and country.

In: the pandas DataFrame of :func:`conflict_events.to_frame` (one row an event; the columns
used are ``event_date`` (ISO "2016-08-29" strings or datetimes, empty when the event has no
resolved date), ``type``, ``country`` and ``fatalities``). Out: a
:class:`matplotlib.figure.Figure`, built without pyplot (no global state, works headless);
Jupyter shows it inline, ``fig.savefig("events.png")`` writes it.

    >>> import pandas as pd
    >>> from conflict_events import plot
    >>> frame = pd.DataFrame({"event_date": ["2016-08-29", "2016-09-02"],
    ...                       "type": ["ASSAULT", "CONSULT"], "country": ["SYR", "CHE"]})
    >>> fig = plot.timeline(frame, freq="W")
    >>> fig.axes[0].get_title()
    'Events per week by type (2 of 2 events dated)'

matplotlib and pandas are imported when a function is called (extra "plot").
"""

from __future__ import annotations

from typing import Any

__all__ = ["FREQUENCIES", "TYPE_COLORS", "timeline", "by_type"]

#: Accepted ``freq`` values of :func:`timeline` and their pandas period codes.
FREQUENCIES: dict[str, tuple[str, str]] = {
    "D": ("D", "day"),
    "W": ("W-SUN", "week"),
    "M": ("M", "month"),
    "Q": ("Q", "quarter"),
    "Y": ("Y", "year"),
}

#: A fixed colour per PLOVER type, so the same type looks the same in every figure.
TYPE_COLORS: dict[str, str] = {
    "AGREE": "#4daf4a", "CONSULT": "#377eb8", "SUPPORT": "#a6d854", "CONCEDE": "#b3de69",
    "COOPERATE": "#66c2a5", "AID": "#8dd3c7", "RETREAT": "#80b1d3", "REQUEST": "#bebada",
    "ACCUSE": "#fdb462", "REJECT": "#fccde5", "THREATEN": "#ff7f00", "PROTEST": "#ffd92f",
    "SANCTION": "#984ea3", "MOBILIZE": "#a65628", "COERCE": "#f781bf", "ASSAULT": "#e41a1c",
}
_OTHER = "#999999"


def _figure(figsize: tuple[float, float]) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, layout="constrained")


def _integer_locator() -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(integer=True)


def _need(frame: Any, columns: tuple[str, ...]) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise KeyError(
            f"the frame lacks column(s) {', '.join(missing)}: pass the frame of ce.to_frame"
        )


def _dates(frame: Any) -> Any:
    """``event_date`` as datetimes; unparseable or missing dates become NaT."""
    import pandas as pd

    return pd.to_datetime(frame["event_date"], errors="coerce", format="mixed")


def _counts(data: Any, rows: str, by: str | None, top: int) -> Any:
    """Events counted by ``rows`` and, when ``by`` is given, by its ``top`` most frequent
    values (the rest are "other"): one column per value, most frequent first."""
    if not by:
        return data.groupby(rows).size().to_frame("events")
    keys = data[by].fillna("unknown").astype(str)
    keep = list(keys.value_counts().index[:top])
    data = data.assign(_key=keys.where(keys.isin(keep), "other"))
    table = data.groupby([rows, "_key"]).size().unstack(fill_value=0)
    return table[[k for k in [*keep, "other"] if k in table.columns]]


def timeline(
    frame: Any,
    *,
    freq: str = "M",
    by: str | None = "type",
    top: int = 8,
    ax: Any = None,
) -> Any:
    """A stacked bar chart of the number of events per period.

    ``freq`` is "D", "W", "M", "Q" or "Y"; ``by`` a column to stack by ("type", "country",
    "modality", ...; None for one bar a period); the ``top`` most frequent values get their
    own colour, the rest are summed as "other". Events without a resolved date are left out
    (the title says how many were dated). ``ax`` draws into an existing axes.
    """
    import pandas as pd

    if freq not in FREQUENCIES:
        raise ValueError(f"freq {freq!r} is not one of {', '.join(FREQUENCIES)}")
    _need(frame, ("event_date",) + ((by,) if by else ()))
    period, label = FREQUENCIES[freq]
    dates = _dates(frame)
    dated = frame.loc[dates.notna()].copy()
    dated["_period"] = dates[dates.notna()].dt.to_period(period).dt.start_time
    table = _counts(dated, "_period", by, top)
    if len(table):
        full = pd.period_range(table.index.min(), table.index.max(), freq=period).start_time
        table = table.reindex(full, fill_value=0)

    fig = None
    if ax is None:
        fig = _figure((9, 4))
        ax = fig.add_subplot()
    bottom = None
    width = {"D": 0.8, "W": 5.5, "M": 24, "Q": 75, "Y": 300}[freq]
    for column in table.columns:
        values = table[column].to_numpy()
        color = TYPE_COLORS.get(str(column), _OTHER) if by == "type" else None
        ax.bar(table.index, values, width=width, bottom=bottom, label=str(column), color=color,
               align="edge")
        bottom = values if bottom is None else bottom + values
    ax.set_title(f"Events per {label}" + (f" by {by}" if by else "")
                 + f" ({len(dated)} of {len(frame)} events dated)")
    ax.set_ylabel("events")
    ax.yaxis.set_major_locator(_integer_locator())
    if by and len(table.columns):
        ax.legend(fontsize="small", ncols=2, frameon=False)
    return fig if fig is not None else ax.figure


def by_type(frame: Any, *, by: str | None = "country", top: int = 8, ax: Any = None) -> Any:
    """Horizontal bars of the number of events per PLOVER type, stacked by ``by``
    ("country", "modality", "actor1_country", ...; None for plain counts).

    Types are in PLOVER's order (cooperation at the top, violence at the bottom); the
    ``top`` most frequent values of ``by`` get their own colour, the rest are "other".
    """
    from .records import EVENT_TYPES

    _need(frame, ("type",) + ((by,) if by else ()))
    data = frame.copy()
    order = [t for t in EVENT_TYPES if t in set(data["type"])]
    order += sorted(set(data["type"].dropna().astype(str)) - set(order))
    table = _counts(data, "type", by, top)
    table = table.reindex(order[::-1], fill_value=0)

    fig = None
    if ax is None:
        fig = _figure((7, 0.9 + 0.35 * max(len(order), 1)))
        ax = fig.add_subplot()
    left = None
    for column in table.columns:
        values = table[column].to_numpy()
        color = None if by else [TYPE_COLORS.get(t, _OTHER) for t in table.index]
        ax.barh(list(table.index), values, left=left, label=str(column), color=color)
        left = values if left is None else left + values
    ax.set_title("Events by type" + (f" and {by}" if by else "") + f" ({len(frame)} events)")
    ax.set_xlabel("events")
    ax.xaxis.set_major_locator(_integer_locator())
    if by and len(table.columns):
        ax.legend(fontsize="small", frameon=False, loc="lower right")
    return fig if fig is not None else ax.figure
