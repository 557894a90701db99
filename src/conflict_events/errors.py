"""One exception family for the library.

Every error the library raises on purpose derives from :class:`ConflictEventsError`, so a
caller can catch them all with one ``except``. Wrong argument types raise the built-in
``TypeError`` and invalid values ``ValueError`` (both also subclassed here where useful).
"""

from __future__ import annotations


class ConflictEventsError(Exception):
    """Base class of every error raised by conflict_events."""


class LexiconError(ConflictEventsError, ValueError):
    """A lexicon file or rule is malformed.

    Carries the file, the 1-based line and the rule id (when known) so that the message
    points at the exact entry to fix.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        rule_id: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.rule_id = rule_id
        where = []
        if path is not None:
            where.append(str(path) + (f":{line}" if line is not None else ""))
        if rule_id is not None:
            where.append(f"rule {rule_id!r}")
        prefix = " ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class ArticleDateError(ConflictEventsError, ValueError):
    """An ``article_date`` that is not a date (names the value that was given)."""


class GoldFormatError(ConflictEventsError, ValueError):
    """A gold annotation file does not follow the gold format."""
