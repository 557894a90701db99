"""The spaCy pipeline component "conflict_events"; all extension attributes are set here.

In: a ``Doc`` (its text, and optionally ``doc._.article_date``). Out: the same ``Doc`` with
``doc._.events`` (list of :class:`~conflict_events.records.Event`), ``doc._.dates`` (list of
:class:`~conflict_events.records.TimeExpression`), each token's ``norm_`` set to its lexical
key, sentence starts set (unless a parser already set them), and ``span._.event`` giving the
event whose trigger is that span.

The article date of a doc is ``doc._.article_date`` or, with
``nlp.pipe([(text, {"article_date": "2016-08-30"})], as_tuples=True)``, the context's
``"article_date"`` (copied to ``doc._.article_date``).

Serialization: ``nlp.to_disk`` stores the text of every user lexicon file and the rules
added in code in ``<dir>/<component name>/conflict_events.json``; ``spacy.load`` rebuilds the
component from them, so a saved pipeline works after the original lexicon files are gone.

    >>> import spacy
    >>> nlp = spacy.blank("ar")
    >>> nlp.add_pipe("conflict_events")  # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import gc
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.attrs import IDX, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from .arguments import coerce_article_date
from .assemble import MATCHER_KEYS, Assembler, Sentence, Tok
from .errors import LexiconError
from .lexicons import LEXICON_NAMES, Lexicon, load_lexicon, read_lexicon_text, rules_from_dicts
from .matching import LexiconMatcher, customize_tokenizer, sentence_spans
from .records import Event
from .temporal import DateFinder

__all__ = ["ConflictEventsComponent", "make_component", "register_extensions", "MAX_SENTENCE_TOKENS"]

#: Longest stretch of tokens assembled as one sentence (longer run-ons are cut).
MAX_SENTENCE_TOKENS = 150

#: SENT_START -1 (not a sentence start) as the uint64 that Doc.from_array reads.
_NOT_A_START = 2**64 - 1
_FLAG_FIELDS = ("is_punct", "has_conj", "prep", "has_li", "suffixed")  # Tok.flags, in order
# ب / ل written apart before a quote (with "ـ", and و / ف before them): the clitics they are
_BARE_PROCLITICS = {f"{c}{p}{t}": f"{c}{p}" for c in ("", "و", "ف") for p in ("ب", "ل") for t in ("", "ـ")}
_OPENING_MARKS = frozenset('"\'“«„')  # (the marks a quotation opens with)

#: File of the component's data inside a saved pipeline's component directory.
DATA_FILE = "conflict_events.json"


def register_extensions() -> None:
    """Declare ``doc._.events``, ``doc._.dates``, ``doc._.article_date`` and ``span._.event``."""
    for name in ("events", "dates", "article_date"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Span.has_extension("event"):
        Span.set_extension("event", getter=_span_event)


def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(f"not UTF-8 ({exc.reason})", path=path) from None


def _doc_article_date(doc: Doc) -> Any:
    """``doc._.article_date``, else the "article_date" of the ``as_tuples`` context."""
    date = doc._.article_date
    if date is None:
        context = getattr(doc, "_context", None)
        if isinstance(context, dict) and context.get("article_date") is not None:
            date = doc._.article_date = context["article_date"]
    return date


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
    default_config={"lexicons": [], "rules": [], "fix_tokenizer": True},
)
def make_component(
    nlp: Language,
    name: str,
    lexicons: list[str],
    rules: list[dict[str, Any]],
    fix_tokenizer: bool = True,
) -> ConflictEventsComponent:
    """Factory: ``lexicons`` are paths of users' lexicon files layered on the bundled ones,
    ``rules`` are rule dicts (each with a "lexicon" key) added last. ``fix_tokenizer``
    teaches the pipeline's tokenizer news punctuation ("حلب.جاء", "(رويترز)") as
    :class:`~conflict_events.pipeline.Extractor` does, so both give the same events; set it
    to false to keep a tokenizer of your own."""
    if fix_tokenizer:
        customize_tokenizer(nlp)
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
        self.assembler = Assembler(dates=self.dates)
        # A configured file that is missing is an error only if no saved copy replaces it
        # (spacy.load calls the factory with the original paths, then from_disk).
        self._missing: LexiconError | None = None
        present = []
        for path in self.lexicon_paths:
            if Path(path).is_file():
                present.append(path)
            elif self._missing is None:
                self._missing = LexiconError("file not found", path=path)
        self.lexicon_texts = [(p, _read_text(p)) for p in present]
        self._build_from_texts()

    def _build_from_texts(self) -> None:
        # the build makes some hundred thousand objects that all live on: the cyclic garbage
        # collector, which would walk them all once or twice on the way, has nothing to free
        # (a quarter of the build's time), so it waits until the build is done
        collecting = gc.isenabled()
        gc.disable()
        try:
            lex = load_lexicon()
            for source, text in self.lexicon_texts:
                stem = Path(source).stem
                lex = lex.extended(list(read_lexicon_text(text, source, stem if stem in LEXICON_NAMES else None)))
            self._build(lex.extended(rules_from_dicts(self.rules)))
        finally:
            if collecting:
                gc.enable()

    def _build(self, lexicon: Lexicon) -> None:
        self._words: dict[int, tuple[Any, ...]] = {}  # word id -> key and flags (bounded)
        self.lexicon = lexicon
        self.matcher = LexiconMatcher(self._vocab, lexicon, extra_keys=MATCHER_KEYS)
        self.assembler.use(lexicon)

    def add_rules(self, rules: Iterable[dict[str, Any]]) -> None:
        """Add rules given in code (validated like file entries; ids must be new)."""
        rules = [dict(r) for r in rules]
        self._build(self.lexicon.extended(rules_from_dicts(rules, source="<add_rules>")))
        self.rules.extend(rules)

    # ------------------------------------------------------------------ serialization

    def _data(self) -> dict[str, Any]:
        return {
            "lexicons": [{"source": s, "text": t} for s, t in self.lexicon_texts],
            "rules": self.rules,
        }

    def _load_data(self, data: dict[str, Any]) -> None:
        self.lexicon_texts = [(d["source"], d["text"]) for d in data.get("lexicons", ())]
        self.lexicon_paths = [s for s, _ in self.lexicon_texts]
        self.rules = [dict(r) for r in data.get("rules", ())]
        self._missing = None
        self._build_from_texts()

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The user lexicons' text and the rules added in code, as bytes."""
        return srsly.json_dumps(self._data()).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ConflictEventsComponent:
        """Restore what :meth:`to_bytes` stored (the bundled lexicons come from the package)."""
        self._load_data(srsly.json_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write ``path/conflict_events.json`` (called by ``nlp.to_disk``)."""
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        srsly.write_json(p / DATA_FILE, self._data())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ConflictEventsComponent:
        """Read what :meth:`to_disk` wrote (called by ``spacy.load``)."""
        p = Path(path) / DATA_FILE
        if p.is_file():
            self._load_data(srsly.read_json(p))
        return self

    def __call__(self, doc: Doc, events_only: bool = False) -> Doc:
        """Set ``doc._.dates`` and ``doc._.events``. ``events_only`` (for a caller that reads
        the events alone, as ``nlp.pipe(..., component_cfg={"conflict_events": {"events_only":
        True}})``): a doc that names no act gets no dates, and only the keys are written."""
        doc._.dates, doc._.events = self.code(
            doc, coerce_article_date(_doc_article_date(doc)), events_only=events_only
        )
        return doc

    def code(self, doc: Doc, article_date: Any, *, events_only: bool = False) -> tuple[list[Any], list[Event]]:
        """The time expressions and the events of ``doc`` (a tokenized doc, as from
        ``nlp.make_doc``), dates resolved against ``article_date`` (a ``date`` or None).

        Writes the tokens' keys (``NORM``) and sentence starts into ``doc``; the extension
        attributes are left to :meth:`__call__`. ``events_only`` is for a doc the caller
        drops (one just made by ``make_doc``): only the keys are written, the matcher's
        input, and a doc that names no act is left there, its time expressions unread (an
        empty list in their place).
        """
        if self._missing is not None:
            raise self._missing
        toks, text, norms, orths = self._tokens(doc)
        sentences, starts = self._sentences(toks, text)
        n = len(toks)
        conjoined = self.matcher.conjoined_verbs
        if conjoined and n:
            # "ودان الاتحاد الأفريقي الهجوم": a sentence opens with "و" and a verb, not with
            # the town of that spelling
            for i in starts | {0}:
                t = toks[i]
                verb = conjoined.get(t.key)
                if verb is not None and i + 1 < n and not toks[i + 1].is_punct:
                    prefix = t.norm[: len(t.norm) - len(verb)]
                    flags = dict(zip(_FLAG_FIELDS, Tok.flags(t.text, t.norm, verb, prefix)))
                    toks[i] = t._replace(key=verb, prefix=prefix, **flags)
                    norms[i] = doc.vocab.strings.add(verb)
        if n:
            # one array write for the keys (and sentence starts): setting token.norm_ and
            # token.is_sent_start one by one costs a Token object per token
            if events_only or doc.has_annotation("SENT_START"):
                doc.from_array([NORM], numpy.array(norms, dtype="uint64"))
            else:
                flags = [_NOT_A_START] * n
                for i in starts:
                    flags[i] = 1
                flags[0] = 1
                doc.from_array([NORM, SENT_START], numpy.array((norms, flags), dtype="uint64").T)
        matches = self.matcher.find(doc, [t.key for t in toks], orths)
        if events_only and not matches["triggers"]:
            return [], []  # no act, no event: the dates and the assembly would find none
        timexes = self.dates.find(text, article_date)
        return timexes, self.assembler.assemble(text, toks, sentences, matches, timexes, article_date)

    def _tokens(self, doc: Doc) -> tuple[list[Tok], str, list[int], list[int]]:
        """The doc's tokens as records, its text, the hashes of the tokens' keys and their ids.

        One pass over an array of the tokens' ids and offsets; what depends on the word alone
        comes from a cache keyed by the word's id, so no spaCy Token object is made.
        """
        words = self._words
        strings = doc.vocab.strings
        new = tuple.__new__
        toks: list[Tok] = []
        bare: list[int] = []  # proclitics written as words of their own
        pieces: list[str] = []
        norms: list[int] = []
        arr = doc.to_array([ORTH, IDX, SPACY])
        # column by column: numpy's tolist of the whole 2-D array is many times slower
        orths = arr[:, 0].tolist()
        for orth, idx, space in zip(orths, arr[:, 1].tolist(), arr[:, 2].tolist()):
            info = words.get(orth)
            if info is None:
                word = strings[orth]
                norm, key, prefix = self.matcher.analyze(word)
                # the text with and without its trailing space, the head and tail of the
                # token record, the hash of the key and the word's length
                info = (word, word + " ", (word, norm, key), (prefix, *Tok.flags(word, norm, key, prefix)),
                        strings.add(key), len(word), _BARE_PROCLITICS.get(word))
                if len(words) >= 200_000:
                    words.clear()
                words[orth] = info
            if info[6] is not None:
                bare.append(len(toks))
            pieces.append(info[space])
            norms.append(info[4])
            toks.append(new(Tok, info[2] + (idx, idx + info[5]) + info[3]))
        for i in bare:
            # 'لـ"قسد"', 'وبـ"ضبط النفس"': the proclitic written apart before a quote is the
            # quoted word's
            if i + 2 < len(toks) and toks[i + 1].text in _OPENING_MARKS and not toks[i + 2].is_punct and (
                    not toks[i + 2].prefix):
                pro = _BARE_PROCLITICS[toks[i].text]
                w = toks[i + 2]
                toks[i + 2] = w._replace(prefix=pro, has_conj=pro[:1] in ("و", "ف"), prep=pro[-1],
                                         has_li=pro[-1] == "ل")
        if doc.vocab is not self._vocab:
            # the cache is shared: a doc of another vocabulary needs the keys in its strings
            for tok in toks:
                strings.add(tok.key)
        # the same as doc.text, which spaCy rebuilds from Token objects on each access
        return toks, "".join(pieces), norms, orths

    @staticmethod
    def _sentences(toks: list[Tok], text: str) -> tuple[list[Sentence], set[int]]:
        """The sentences as token ranges, and the indices of the tokens that start them."""
        spans = sentence_spans(text)
        out: list[Sentence] = []
        tstarts = [t.start_char for t in toks]
        tends = [t.end_char for t in toks]
        ti = 0
        starts = set()
        for a, b in spans:
            # offsets only grow: the first token ending after a, the first starting at b
            ti = max(ti, bisect.bisect_right(tends, a))
            s = ti
            ti = max(ti, bisect.bisect_left(tstarts, b))
            # a run-on "sentence" (no punctuation for hundreds of words) is cut into pieces
            # of at most MAX_SENTENCE_TOKENS, after a comma where there is one, so that the
            # work per sentence stays bounded and time stays linear in the text's length
            while ti - s > MAX_SENTENCE_TOKENS:
                cut = s + MAX_SENTENCE_TOKENS
                comma = next(
                    (k + 1 for k in range(cut - 1, s + MAX_SENTENCE_TOKENS // 2, -1) if toks[k].text in ("،", ",", "؛")),
                    cut,
                )
                out.append(Sentence(len(out), s, comma, toks[s].start_char, toks[comma - 1].end_char))
                starts.add(s)
                s = comma
            if ti > s:
                out.append(Sentence(len(out), s, ti, toks[s].start_char if s > 0 and toks[s].start_char > a else a, b))
                starts.add(s)
        return out, starts
