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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Union

import attrs
from spacy.lang.ar import Arabic
from spacy.language import Language

from . import component as _component  # noqa: F401  (registers the factory)
from .arguments import check_text, coerce_article_date
from .corpus import DocResult, Document
from .matching import NewsTokenizer, sentence_spans
from .records import Event, TimeExpression

__all__ = ["Extractor", "extract", "find_dates", "make_nlp", "coerce_article_date"]

DateLike = Union[str, _dt.date, None]


def make_nlp() -> Language:
    """A blank Arabic spaCy pipeline with the news tokenizer fixes."""
    # built with the news tokenizer directly: spacy.blank("ar") would first build, then
    # drop, the default one (its punctuation expressions take a tenth of a second to compile)
    nlp = Arabic(create_tokenizer=NewsTokenizer.for_pipeline)
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
        """The layered :class:`~conflict_events.lexicons.Lexicon` in use."""
        return self.component.lexicon

    def add_rules(self, rules: Iterable[dict[str, Any]]) -> None:
        """Add lexicon rules in code (each a dict with a "lexicon" key and a new "id")."""
        self.component.add_rules(rules)

    def extract(self, text: str, article_date: DateLike = None) -> list[Event]:
        """The events of ``text``; relative dates are resolved against ``article_date``.

        A very long text (over :data:`WINDOW_CHARS` characters) is coded in windows of whole
        sentences, so memory stays bounded whatever its size; offsets still refer to
        ``text``.
        """
        check_text(text)
        if len(text) <= WINDOW_CHARS:
            # the component's work without the doc's extension attributes: the doc is dropped
            date = coerce_article_date(article_date)
            return self.component.code(self.nlp.make_doc(text), date, events_only=True)[1]
        events: list[Event] = []
        sentences_before = 0
        for a, b in _windows(text):
            doc = self._doc(text[a:b], article_date)
            events.extend(_shifted(e, a, sentences_before) for e in doc._.events)
            sentences_before += sum(1 for _ in doc.sents)
        return events

    def pipe(
        self, docs: Iterable[Any], *, n_process: int = 1, batch_size: int = 64
    ) -> Iterator[DocResult]:
        """One :class:`~conflict_events.corpus.DocResult` per document, in input order.

        ``docs`` are dicts (``{"id": "a1", "text": "قصفت طائرات روسية حلب أمس",
        "article_date": "2016-08-30"}``), tuples ``(id, text, article_date)`` or
        :class:`~conflict_events.corpus.Document` records. A document whose text is not a
        ``str`` or whose date is invalid gives a result with ``error`` set, never an
        exception. Batches go through spaCy's ``nlp.pipe``; ``n_process`` > 1 codes them
        on that many worker processes (-1: one per core).
        """
        from .corpus import pipe_parallel

        return pipe_parallel(self, docs, n_process=n_process, batch_size=batch_size)

    def _pipe_batch(self, batch: list[Document]) -> list[DocResult]:
        """Code one batch of documents; failures become error results."""
        results: list[DocResult | None] = [None] * len(batch)
        ready: list[tuple[int, Any]] = []
        for i, doc in enumerate(batch):
            if doc.error is not None:
                results[i] = DocResult.failed(doc.id, doc.error)
                continue
            try:
                check_text(doc.text)
                date = coerce_article_date(doc.article_date)
                sdoc = self.nlp.make_doc(doc.text)
            except Exception as exc:  # noqa: BLE001  (one bad document must not stop a batch)
                results[i] = DocResult.failed(doc.id, exc)
                continue
            sdoc._.article_date = date
            ready.append((i, sdoc))
        try:
            # a result holds the events alone: the component skips the dates of a document
            # that names no act
            coded = list(self.nlp.pipe((d for _, d in ready), component_cfg=_EVENTS_ONLY))
        except Exception:  # noqa: BLE001  (find the failing documents one by one)
            coded = [self._code_one(d) for _, d in ready]
        for (i, _), sdoc in zip(ready, coded):
            doc = batch[i]
            if isinstance(sdoc, BaseException):
                results[i] = DocResult.failed(doc.id, sdoc)
                continue
            text = doc.text  # the doc's text (spaCy rebuilds sdoc.text from its tokens)
            events = tuple(sdoc._.events or ())
            results[i] = DocResult(
                id=doc.id,
                events=events,
                sentences=len(sentence_spans(text)),
                article_date=sdoc._.article_date,
                sentence_texts=[text[e.sentence_span[0]:e.sentence_span[1]] for e in events],
            )
        return results  # type: ignore[return-value]

    def _code_one(self, sdoc: Any) -> Any:
        try:
            for name, proc in self.nlp.pipeline:
                sdoc = proc(sdoc, **_EVENTS_ONLY.get(name, {}))
            return sdoc
        except Exception as exc:  # noqa: BLE001
            return exc

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


#: Texts longer than this are coded in windows of whole sentences (bounded memory).
WINDOW_CHARS = 200_000

_EVENTS_ONLY = {"conflict_events": {"events_only": True}}  # component settings of pipe()


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of consecutive whole sentences of about WINDOW_CHARS characters each."""
    start = None
    end = 0
    for a, b in sentence_spans(text):
        if start is None:
            start = a
        elif b - start > WINDOW_CHARS:
            yield start, end
            start = a
        end = b
    if start is not None:
        yield start, end


def _shifted(ev: Event, delta: int, sentences_before: int) -> Event:
    """``ev`` with its offsets moved by ``delta`` and its sentence index by ``sentences_before``."""

    def move(m: Any) -> Any:
        if m is None:
            return None
        return attrs.evolve(m, start_char=m.start_char + delta, end_char=m.end_char + delta)

    return attrs.evolve(
        ev,
        trigger=move(ev.trigger),
        actors=tuple(move(a) for a in ev.actors),
        targets=tuple(move(t) for t in ev.targets),
        place=move(ev.place),
        date=move(ev.date),
        sentence_index=ev.sentence_index + sentences_before,
        sentence_span=(ev.sentence_span[0] + delta, ev.sentence_span[1] + delta),
    )


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
