"""The spaCy pipeline component "conflict_events"; all extension attributes are set here.

In: a ``Doc`` (its text, and optionally ``doc._.article_date``). Out: the same ``Doc`` with
``doc._.events`` (list of :class:`~conflict_events.records.Event`), ``doc._.dates`` (list of
:class:`~conflict_events.records.TimeExpression`), each token's ``norm_`` set to its lexical
key, sentence starts set (unless a parser already set them), and ``span._.event`` giving the
event whose trigger is that span.

    >>> import spacy
    >>> nlp = spacy.blank("ar")
    >>> nlp.add_pipe("conflict_events")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .arguments import coerce_article_date
from .assemble import FUNCTION_WORDS, Assembler, Sentence, Tok
from .lexicons import Lexicon, load_lexicon, rules_from_dicts
from .matching import LexiconMatcher, sentence_spans
from .records import Event
from .temporal import DateFinder

__all__ = ["ConflictEventsComponent", "make_component", "register_extensions"]


def register_extensions() -> None:
    """Declare ``doc._.events``, ``doc._.dates``, ``doc._.article_date`` and ``span._.event``."""
    for name in ("events", "dates", "article_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("event"):
        Span.set_extension("event", getter=_span_event)


def _span_event(span: Span) -> Event | None:
    events = span.doc._.events or ()
    a, b = span.start_char, span.end_char
    for ev in events:
        if ev.trigger.start_char == a and ev.trigger.end_char == b:
            return ev
    return None


@Language.factory(
    "conflict_events",
    assigns=["doc._.events", "doc._.dates", "token.norm", "token.is_sent_start"],
    default_config={"lexicons": [], "rules": []},
)
def make_component(
    nlp: Language, name: str, lexicons: list[str], rules: list[dict[str, Any]]
) -> ConflictEventsComponent:
    """Factory: ``lexicons`` are paths of users' lexicon files layered on the bundled ones,
    ``rules`` are rule dicts (each with a "lexicon" key) added last."""
    return ConflictEventsComponent(nlp, name, lexicons=lexicons, rules=rules)


class ConflictEventsComponent:
    """Finds coded events in a doc. Build once; reuse for every doc."""

    def __init__(
        self,
        nlp: Language,
        name: str = "conflict_events",
        *,
        lexicons: Iterable[str] = (),
        rules: Iterable[dict[str, Any]] = (),
    ) -> None:
        register_extensions()
        self.name = name
        self.lexicon_paths = [str(p) for p in lexicons]
        self.rules = [dict(r) for r in rules]
        self._vocab = nlp.vocab
        self.dates = DateFinder()
        self.assembler = Assembler()
        self._build(load_lexicon(self.lexicon_paths).extended(rules_from_dicts(self.rules)))

    def _build(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.matcher = LexiconMatcher(self._vocab, lexicon, extra_keys=FUNCTION_WORDS)

    def add_rules(self, rules: Iterable[dict[str, Any]]) -> None:
        """Add rules given in code (validated like file entries; ids must be new)."""
        rules = [dict(r) for r in rules]
        self._build(self.lexicon.extended(rules_from_dicts(rules, source="<add_rules>")))
        self.rules.extend(rules)

    def __call__(self, doc: Doc) -> Doc:
        article_date = coerce_article_date(doc._.article_date)
        text = doc.text
        matcher = self.matcher
        matcher.set_keys(doc)
        toks = []
        for t in doc:
            norm, key, prefix = matcher.analyze(t.text)
            toks.append(Tok(t.text, norm, key, t.idx, t.idx + len(t.text), prefix))
        sentences = self._sentences(doc, toks)
        matches = matcher.find(doc)
        timexes = self.dates.find(text, article_date)
        doc._.dates = timexes
        doc._.events = self.assembler.assemble(text, toks, sentences, matches, timexes, article_date)
        return doc

    @staticmethod
    def _sentences(doc: Doc, toks: list[Tok]) -> list[Sentence]:
        spans = sentence_spans(doc.text)
        out: list[Sentence] = []
        ti = 0
        n = len(toks)
        set_starts = not doc.has_annotation("SENT_START")
        starts = set()
        for idx, (a, b) in enumerate(spans):
            while ti < n and toks[ti].end_char <= a:
                ti += 1
            s = ti
            while ti < n and toks[ti].start_char < b:
                ti += 1
            if ti > s:
                out.append(Sentence(len(out), s, ti, a, b))
                starts.add(s)
        if set_starts and n:
            for i, tok in enumerate(doc):
                tok.is_sent_start = i in starts or i == 0
        return out
