"""Checks of the arguments users pass in, with clear typed errors.

In: what a caller gave as ``text`` or ``article_date``. Out: the value in the form the
library works with (``str``; ``datetime.date`` or None), or a ``TypeError`` /
:class:`~conflict_events.errors.ArticleDateError` that names what was wrong.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .errors import ArticleDateError

__all__ = ["check_text", "coerce_article_date"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?\s*$")
_PARSED: dict[str, _dt.date] = {}  # ISO strings already read


def check_text(text: Any) -> str:
    """``text`` itself when it is a ``str``; a ``TypeError`` naming its type otherwise."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


def coerce_article_date(value: Any) -> _dt.date | None:
    """An article date from ``None``, a ``date`` / ``datetime`` or an ISO "YYYY-MM-DD" string.

    >>> coerce_article_date("2016-08-30")
    datetime.date(2016, 8, 30)
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        cached = _PARSED.get(value)
        if cached is not None:
            return cached  # a corpus gives many texts the date of one day
        m = _ISO.match(value)
        if m:
            try:
                date = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                pass
            else:
                if len(_PARSED) >= 10_000:
                    _PARSED.clear()
                _PARSED[value] = date
                return date
        raise ArticleDateError(
            f"article_date {value!r} is not a valid date: expected 'YYYY-MM-DD'"
        )
    raise ArticleDateError(
        f"article_date {value!r} is not a date: expected 'YYYY-MM-DD', a datetime.date or None"
    )
