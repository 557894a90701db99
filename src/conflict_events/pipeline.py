"""The Extractor: build once, then ``extract(text, article_date=...)`` for every text.

In: Arabic text (``str``) and the article's publication date. Out: a list of
:class:`~conflict_events.records.Event` (``extract``) or of
:class:`~conflict_events.records.TimeExpression` (``find_dates``).

The Extractor is a thin wrapper on a blank Arabic spaCy pipeline with the news tokenizer
fixes and the "conflict_events" component, so ``Extractor`` and
``nlp.add_pipe("conflict_events")`` give the same events.

    >>> ex = Extractor()
    >>> [e.type for e in ex.extract("قصفت طائرات حربية روسية مدينة حلب أمس", article_date="2016-08-30")]
    ['ASSAULT']
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Union

import spacy
from spacy.language import Language

from . import component as _component  # noqa: F401  (registers the factory)
from .arguments import check_text, coerce_article_date
from .matching import customize_tokenizer
from .records import Event, TimeExpression

__all__ = ["Extractor", "extract", "find_dates", "make_nlp", "coerce_article_date"]

DateLike = Union[str, _dt.date, None]


def make_nlp() -> Language:
    """A blank Arabic spaCy pipeline with the news tokenizer fixes."""
    nlp = spacy.blank("ar")
    customize_tokenizer(nlp)
    nlp.max_length = 100_000_000  # only the tokenizer runs: no memory-hungry model
    return nlp


class Extractor:
    """Coded conflict events from Arabic text. Build once (about a second), reuse; picklable.

    ``lexicons`` are paths of users' lexicon files layered on top of the bundled ones.
    """

    def __init__(self, lexicons: Iterable[Union[str, Path]] = (), *, rules: Iterable[dict[str, Any]] = ()) -> None:
        self._lexicons = [str(p) for p in lexicons]
        self._rules = [dict(r) for r in rules]
        self.nlp = make_nlp()
        self.component = self.nlp.add_pipe(
            "conflict_events", config={"lexicons": self._lexicons, "rules": self._rules}
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self._lexicons, self.component.rules))

    @property
    def lexicon(self) -> Any:
        return self.component.lexicon

    def add_rules(self, rules: Iterable[dict[str, Any]]) -> None:
        """Add lexicon rules in code (each a dict with a "lexicon" key and a new "id")."""
        self.component.add_rules(rules)

    def extract(self, text: str, article_date: DateLike = None) -> list[Event]:
        """The events of ``text``; relative dates are resolved against ``article_date``."""
        doc = self._doc(text, article_date)
        return list(doc._.events)

    def find_dates(self, text: str, article_date: DateLike = None) -> list[TimeExpression]:
        """The time expressions of ``text`` resolved against ``article_date``."""
        check_text(text)
        return self.component.dates.find(text, coerce_article_date(article_date))

    def _doc(self, text: str, article_date: DateLike) -> Any:
        check_text(text)
        date = coerce_article_date(article_date)
        doc = self.nlp.make_doc(text)
        doc._.article_date = date
        return self.component(doc)


def _rebuild(lexicons: list[str], rules: list[dict[str, Any]]) -> Extractor:
    return Extractor(lexicons, rules=rules)


@functools.lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """The shared Extractor with the bundled lexicons (built on first use)."""
    return Extractor()


def extract(text: str, article_date: DateLike = None) -> list[Event]:
    """Events of ``text`` with the shared default :class:`Extractor`."""
    return default_extractor().extract(text, article_date=article_date)


def find_dates(text: str, article_date: DateLike = None) -> list[TimeExpression]:
    """Time expressions of ``text`` resolved against ``article_date``."""
    return default_extractor().find_dates(text, article_date=article_date)
