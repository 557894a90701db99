"""Lexicon -> spaCy tokenizer fixes, token keys and PhraseMatcher -> match records.

In: a :class:`~conflict_events.lexicons.Lexicon` and a spaCy ``Doc`` of the original text.
Out: :class:`Match` records (lexicon name, entry, token range) for triggers, actors,
places, modality cues and support verbs.

Matching runs on *lexical keys*: each token's ``NORM`` is set to the key of its normalized
form, with attached clitics stripped when that gives a word the lexicon knows
("والولايات" -> "ولايات", "بحلب" -> "حلب", "للمسلحين" -> "مسلحين"), and the lexicon's
forms are stored under the same keys. One PhraseMatcher holds every form of every lexicon,
so the cost per token does not grow with the number of entries.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from .assemble import ALLOW_VERBS, BACKED_BY, BACKING, BELONGING, LED_BY, STATE_TITLES
from .lexicons import LEXICON_NAMES, Lexicon
from .normalize import clitic_candidates, ends_in_taa_marbuta, lexical_key, normalize, proclitics
from .numbers import parse_number, vague_quantity

__all__ = ["Match", "LexiconMatcher", "NewsTokenizer", "customize_tokenizer", "sentence_spans"]

_AR = "\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06f0-\u06f9"
# Arabic comma, semicolon, question mark, guillemets and curly quotes always stand alone;
# a full stop glued between a word (or closing quote) and an Arabic letter splits:
# "سوريا،وكانت" -> "سوريا" "،" "وكانت"; "حلب.جاء" -> "حلب" "." "جاء".
_INFIXES = [
    r"[،؛؟«»“”„‹›]",
    rf'(?<=\b[وف])["\'](?=[{_AR}])',  # a quote after و / ف: 'و"حزب الله"' -> و " حزب
    # and after ب / ل, with "ـ" and و / ف or not: 'لـ"قسد"' -> لـ " قسد, 'وبـ"ضبط'
    rf'(?<=\b[لب])["\'](?=[{_AR}])',
    rf'(?<=\b[لب]ـ)["\'](?=[{_AR}])',
    rf'(?<=\b[وف][لب])["\'](?=[{_AR}])',
    rf'(?<=\b[وف][لب]ـ)["\'](?=[{_AR}])',
    rf"(?<=[^\s\d])\.(?=[{_AR}])",
    rf"(?<=[{_AR}])[!:](?=[{_AR}])",
    rf"(?<=[{_AR}])[/\-–—](?=[{_AR}])",
]
_URL = re.compile(r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)\S+$")
_PREFIXES = [r"[،؛؟«»“”„‹›#]"]
# (and a full stop after a closing quote or bracket: 'إلى "الحوار".' -> الحوار " ., after
# a vowel mark: "اعتقال 40 شخصاً." -> شخصاً ., or after a number that ends the word: "إلى
# 27." -> 27 ., while "3.5" stays one)
_SUFFIXES = [r"[،؛؟«»“”„‹›]", r"""(?<=["')\]])\.""", r"(?<=[\u064b-\u065f\u0670])\.", r"(?<=[0-9\u0660-\u0669])\."]
_SUFFIX_WINDOW = 100  # characters; longer than any suffix the tokenizer splits off


class _TailSearch:
    """A suffix regex searched in the last characters only; ``.pattern`` as spaCy serializes it."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.pattern = regex.pattern
        self._search = regex.search

    def search(self, string: str) -> re.Match[str] | None:
        return self._search(string[-_SUFFIX_WINDOW:])


_LONG_RUN = re.compile(r"\S{1000,}")
_RUN_PIECE = 500


class NewsTokenizer(Tokenizer):
    """spaCy's tokenizer that first cuts very long runs without spaces into pieces.

    spaCy copies the rest of a whitespace-free run at every split it makes in it, so a run
    of 100,000 "،" costs time quadratic in its length. Runs of 1,000 characters or more are
    tokenized in pieces of 500 and the pieces joined: the doc's text is the input's, and
    ordinary text is tokenized exactly as before.
    """

    @classmethod
    def for_pipeline(cls, nlp: Language) -> NewsTokenizer:
        """The tokenizer spaCy makes for the blank pipeline ``nlp`` (its language's
        exceptions and token matches), with the news rules instead of the default
        punctuation: made once, where spaCy's default would be compiled, then dropped."""
        defaults = nlp.Defaults
        return cls(nlp.vocab, rules=defaults.tokenizer_exceptions, token_match=defaults.token_match, **news_rules(nlp))

    def __call__(self, text: str) -> Doc:
        if len(text) < 1000 or not _LONG_RUN.search(text):
            return Tokenizer.__call__(self, text)
        pieces = []
        last = 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > last:
                pieces.append(text[last : m.start()])
            pieces.extend(text[i : min(i + _RUN_PIECE, m.end())] for i in range(m.start(), m.end(), _RUN_PIECE))
            last = m.end()
        if last < len(text):
            pieces.append(text[last:])
        return Doc.from_docs([Tokenizer.__call__(self, p) for p in pieces], ensure_whitespace=False)


def news_rules(nlp: Language) -> dict[str, Any]:
    """The tokenizer settings that teach a blank Arabic pipeline news punctuation."""
    infixes = list(nlp.Defaults.infixes or []) + _INFIXES
    prefixes = _PREFIXES + list(nlp.Defaults.prefixes or [])
    suffixes = _SUFFIXES + list(nlp.Defaults.suffixes or [])
    return {
        "infix_finditer": compile_infix_regex(infixes).finditer,
        "prefix_search": compile_prefix_regex(prefixes).search,
        # suffixes are short: search the end of the string only, or a long run of
        # punctuation without spaces ("،،،،...") costs a scan of the whole run per split
        "suffix_search": _TailSearch(compile_suffix_regex(suffixes)).search,
        # spaCy's URL matcher takes "حلب.جاء" for a domain name: only real URLs stay whole
        "url_match": _URL.match,
    }


def customize_tokenizer(nlp: Language) -> Language:
    """Teach a blank Arabic tokenizer news punctuation (in place; returns ``nlp``).

    A tokenizer already taught (by :func:`~conflict_events.pipeline.make_nlp`) is left as it
    is: each setting rebuilds the tokenizer's special cases.
    """
    if getattr(nlp.tokenizer, "url_match", None) == _URL.match:
        return nlp
    for name, value in news_rules(nlp).items():
        setattr(nlp.tokenizer, name, value)
    return nlp


# Sentence ends: . ! ? ؟ (and … ) possibly followed by closing quotes / brackets, then space,
# an Arabic letter (glued: "حلب.جاء") or the end; so a full stop between digits ("8.5") is
# not an end, but one after a year at the end of a sentence ("عام 2015. ثم") is.
_SENT_END = re.compile(rf"[.!?؟…]+[\"'”»)\]]*(?=\s|[{_AR}]|$)|\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (stripped of surrounding space).

    Splits on sentence-final punctuation (also when glued to the next word) and on line
    breaks, so headlines stand alone; never on the Arabic comma.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        _add_span(text, start, end, spans)
        start = m.end()
    _add_span(text, start, len(text), spans)
    return spans


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@attrs.frozen
class Match:
    """One lexicon entry found in a doc: tokens ``[start, end)``."""

    lexicon: str
    entry: Any
    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


class LexiconMatcher:
    """Sets token keys and finds lexicon entries in a doc. Build once per lexicon."""

    def __init__(
        self,
        vocab: Any,
        lexicon: Lexicon,
        *,
        extra_keys: Iterable[str] = (),
        cache_size: int = 200_000,
    ) -> None:
        self.lexicon = lexicon
        self._vocab = vocab
        # extra_keys: closed-class words the assembly rules look for ("قال", "على"), so that
        # their clitics are stripped as well ("وقال" -> "قال")
        self._keys: set[str] = set(extra_keys)
        extra = frozenset(self._keys)
        self._lexicon_keys: set[str] = set()
        self._entries: dict[str, tuple[str, Any]] = {}
        self._cache: dict[str, tuple[str, str, str]] = {}
        self._cache_size = cache_size
        patterns: dict[str, list[tuple[int, ...]]] = {}
        # one-word forms (most of the gazetteer) are a dict look-up per token; longer forms
        # go to the PhraseMatcher: neither costs more per token as the lexicons grow
        self._single: dict[str, list[tuple[str, Any]]] = {}
        # multiword triggers and cues by their first word, for the subject between their words
        self._verbs: dict[str, Any] = {}  # their entries read as verbs
        self._split: dict[str, list[tuple[str, tuple[str, ...], Any]]] = {}
        self._rest_starts: set[str] = set()  # the second words of those forms
        # multiword noun triggers by their first word, for a count between their words
        self._counted: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        forms = [
            (name, entry, [lexical_key(w) for w in form.split()])
            for name, entry in lexicon.entries() for form in entry.forms
        ]
        # a form's word with ل + ال ("الجمعيه العامه للامم المتحده") is keyed as the word
        # without them when that is a known key, as the same word in a text is: so
        # "الامين العام للامم المتحده" matches the title and "الامم المتحده" both
        known = self._keys | {k for _, _, words in forms for k in words}
        contracted = {
            k: next((c for c in clitic_candidates(k)[1:] if c in known and len(c) > 2), k)
            for _, _, words in forms for k in words if k.startswith("لل") and len(k) > 3
        }
        # words that begin a verb's form, or are a light verb: a phrase trigger read with its
        # subject inside begins with one ("طرد", "قطعت"), not with a verbal noun ("قصف"
        # the noun has its own genitive)
        verb_words = {ws[0] for n, e, ws in forms if n == "support" or getattr(e, "pos", None) == "verb"}
        # one-word places written as و / ف and a one-word verb ("ودان": Waddan, and "و" +
        # "دان", condemned): the key of the verb's reading, for a sentence's first word
        one_word_verbs = {ws[0] for n, e, ws in forms if len(ws) == 1 and (
            n == "support" or getattr(e, "pos", None) == "verb")}
        self.conjoined_verbs = {
            ws[0]: ws[0][1:] for n, e, ws in forms
            if n == "places" and len(ws) == 1 and ws[0][:1] in ("و", "ف") and ws[0][1:] in one_word_verbs
        }
        # one-word verbs in the imperfect ("يتهم"): a word that reaches one only through the
        # article is a noun ("آليتهم", their vehicle). (A perfect or its verbal noun with the
        # article is the noun of the act: "الخطف", "الاتهامات".)
        self._bare_verbs = {
            ws[0] for n, e, ws in forms if len(ws) == 1 and ws[0].startswith("ي") and len(ws[0]) > 3
            and (n == "support" or getattr(e, "pos", None) == "verb")
        }
        # what the one-word names of places, and of capitals, are read as, by their forms (in
        # one pass over the entries):
        # - a place whose every form carries the article ("الشريه") is not read in a word
        #   without it ("بشرية", human), nor is an actor marked definite ("التنظيم": the
        #   "تنظيم" of "تنظيم مظاهرات" is organizing); an actor marked indefinite is not read
        #   in a word with it ("قاعدة" is a base, "القاعدة" al-Qaeda);
        # - a town or capital none of whose forms carries it ("سيول", Seoul) is not read in a
        #   word with it ("السيول", the floods; "البحري", naval); not countries: "الهايتي" is
        #   the nisba of "هايتي";
        # - a village of three letters or fewer is not read through a clitic ("بادر",
        #   initiated, is no "ب" + "ادر").
        article_forms: dict[tuple[str, str], bool] = {}
        bare_forms: dict[tuple[str, str], bool] = {}
        country_forms: list[str] = []  # one-word country names, for their adjective below
        self._short_villages: set[tuple[str, str]] = set()
        for name, entry in lexicon.entries():
            if name == "actors" and entry.definite:
                article_forms.update(
                    ((lexical_key(form), entry.id), True) for form in entry.forms if " " not in form
                )
            if name == "actors" and entry.kind == "person":
                # a surname told with the article is not the bare word: "السيسي" is not the
                # Malian "عثمان سيسي", "الأسد" not "أسد"
                for form in entry.forms:
                    if " " not in form:
                        k = (lexical_key(form), entry.id)
                        article_forms[k] = article_forms.get(k, True) and form.startswith("ال")
            if name == "actors" and entry.kind == "country":
                for form in entry.forms:
                    if " " not in form:
                        country_forms.append(form)
                        # a state named with the article is not its bare word ("ديفيد
                        # كاميرون" is no "الكاميرون"), but "سعودية" is its adjective
                        k = (lexical_key(form), entry.id)
                        article_forms[k] = article_forms.get(k, True) and form.startswith("ال") and not (
                            k[0].endswith("يه"))
            if name == "actors" and entry.indefinite:
                bare_forms.update(((lexical_key(form), entry.id), True) for form in entry.forms if " " not in form)
            if name != "places" and not (name == "actors" and entry.kind == "capital"):
                continue
            for form in entry.forms:
                if " " in form:
                    continue
                k = (lexical_key(form), entry.id)
                articled = form.startswith("ال")
                if name == "places":
                    article_forms[k] = article_forms.get(k, True) and articled
                    if entry.kind == "village" and len(k[0]) <= 3:
                        self._short_villages.add(k)
                if entry.kind != "country":
                    bare_forms[k] = bare_forms.get(k, True) and not articled
        # one-word country names: read with the article they are an adjective ("الرئيس
        # المالي"), kept only after a name it can describe ("الدعم المالي" is financial)
        # (not a name written with it: "السعودية", "الجزائر")
        self._country_keys = frozenset(lexical_key(f) for f in country_forms if not f.startswith("ال")) - {
            lexical_key(f) for f in country_forms if f.startswith("ال")}
        self._definite_names = {k for k, definite in article_forms.items() if definite}
        self._definite_keys = {k for k, _ in self._definite_names}
        self._bare_names = {k for k, bare in bare_forms.items() if bare}
        self._bare_keys = {k for k, _ in self._bare_names}
        self._short_village_keys = {k for k, _ in self._short_villages}
        seen: set[tuple[Any, ...]] = set()
        raw_forms = [form for _, entry in lexicon.entries() for form in entry.forms]
        # (a match key and a form's first two keys) -> whether every such form is a construct
        # whose article is on its second word only ("وزاره الصحه"): in a text with the
        # article on the first word and not the second ("نفت الوزارة صحة التقارير") the two
        # words are no such name (kept below as the set of those that are)
        construct_pairs: dict[tuple[str, str, str], bool] = {}
        name_words: set[str] = set()  # the keys of names (places, actors), and of the rest
        other_words: set[str] = set()
        for (name, entry, words), raw in zip(forms, raw_forms):
            match_key = f"{name}:{entry.id}"
            self._entries[match_key] = (name, entry)
            words = [contracted.get(k, k) for k in words]
            self._keys.update(words)
            self._lexicon_keys.update(words)
            (name_words if name in ("places", "actors") else other_words).update(words)
            if len(words) == 1:
                readings = self._single.setdefault(words[0], [])
                if (name, entry) not in readings:
                    readings.append((name, entry))
            else:
                raw_words = raw.split()
                pair = (match_key, words[0], words[1])
                construct_pairs[pair] = construct_pairs.get(pair, True) and (
                    not raw_words[0].startswith("ال") and raw_words[1].startswith("ال"))
                if name in _SPLIT_LEXICONS and words[0] not in extra and (
                    name == "cues" or words[0] in verb_words or _PERFECT.search(words[0])
                ):
                    # (not after a closed-class word: "في طرابلس حالة" is no "في حالة")
                    rest = (name, tuple(words[1:]), entry)
                    if (words[0], rest[:2], entry.id) not in seen:
                        seen.add((words[0], rest[:2], entry.id))
                        self._split.setdefault(words[0], []).append(rest)
                        self._rest_starts.add(words[1])
                if name == "triggers" and getattr(entry, "pos", None) == "noun" and (
                        entry.type in _COUNTED_TYPES or (entry.acled and "territory" in entry.acled[1])):
                    # (of acts on people or ground counted: not casualties nor weapons, which
                    # the assembly counts itself)
                    counted = self._counted.setdefault(words[0], [])
                    if (tuple(words[1:]), entry) not in counted:
                        counted.append((tuple(words[1:]), entry))
                # a text token's NORM is set to its key, so a pattern is its keys' hashes
                patterns.setdefault(match_key, []).append(tuple(map(vocab.strings.add, words)))
        self._construct_pairs = frozenset(pair for pair, construct in construct_pairs.items() if construct)
        # keys of names only (places, actors): no future "س" reaches them ("سيولا", floods, is
        # no "س" + "يولا", a town)
        self._name_keys = frozenset(name_words - other_words - extra)
        self._matcher = PhraseMatcher(vocab, attr="NORM")
        self._hash_patterns = True  # whether the PhraseMatcher takes NORM hashes as patterns
        # the NORMs of each two neighbouring words of a multiword form: only a mark between
        # such two words can stand inside a name the plain doc does not match
        self._pairs: set[tuple[int, int]] = set()
        # the PhraseMatcher makes a vocabulary entry of each match key; a key is never a word
        # of a text, so its entry is made without the language's word attributes (ten times
        # faster for the two thousand entries)
        getters = vocab.lex_attr_getters
        vocab.lex_attr_getters = {}
        try:
            for match_key in patterns:
                vocab[match_key]
        finally:
            vocab.lex_attr_getters = getters
        for match_key, norms_list in patterns.items():
            self._add_pattern(match_key, norms_list)
            for norms in norms_list:
                self._pairs.update(zip(norms, norms[1:]))

    def _add_pattern(self, match_key: str, norms_list: list[tuple[int, ...]]) -> None:
        """Add the forms of one entry, each given as its words' NORM hashes.

        spaCy's PhraseMatcher takes a pattern as the attribute values of its tokens as well
        as a Doc: so thousands of forms cost no Doc and no new vocabulary entry each. (Docs
        of the same words, where a spaCy release would take Docs only, match the same.)
        """
        if self._hash_patterns:
            try:
                self._matcher.add(match_key, norms_list)
                return
            except (AttributeError, TypeError, ValueError):
                self._hash_patterns = False  # (asked once: the rest go as Docs straight away)
        strings = self._vocab.strings
        docs = [Doc(self._vocab, words=[strings[h] for h in norms]) for norms in norms_list]
        self._matcher.add(match_key, docs)

    def _carries_article(self, word: str) -> bool:
        """Whether ``word`` has the article, also contracted after ل ("للموصل")."""
        norm, _, prefix = self.analyze(word)
        rest = norm[len(prefix):]
        return rest.startswith("ال") or (prefix.endswith("ل") and rest.startswith("ل"))

    def _has_article(self, word: str) -> bool:
        """Whether the article was stripped from ``word`` to reach its key."""
        norm, key, prefix = self.analyze(word)
        return norm[len(prefix):].startswith("ال") and not key.startswith("ال")

    def key(self, word: str) -> str:
        """The lexical key of one token's text (clitics stripped only toward known words)."""
        return self.analyze(word)[1]

    def analyze(self, word: str) -> tuple[str, str, str]:
        """The normalized form, the lexical key and the stripped proclitics of a token's text.

        >>> m.analyze("والولايات")  # doctest: +SKIP
        ('والولايات', 'ولايات', 'و')
        """
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        norm = normalize(word)
        key = None
        final_taa = ends_in_taa_marbuta(word)
        for cand in clitic_candidates(norm, final_taa=final_taa):
            if cand in self._keys and (len(cand) > 2 or cand == norm or cand in self._lexicon_keys):
                if cand != norm and cand in self._name_keys and proclitics(norm, cand).endswith("س"):
                    continue
                key = cand
                break
        if key is None:
            key = lexical_key(norm)
        result = (norm, key, proclitics(norm, key) if key != norm else "")
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[word] = result
        return result

    def set_keys(self, doc: Doc) -> None:
        for tok in doc:
            tok.norm_ = self.key(tok.text)

    def find(
        self, doc: Doc, keys: Sequence[str] | None = None, orths: list[int] | None = None
    ) -> dict[str, list[Match]]:
        """All matches by lexicon; within a lexicon, the longest of overlapping matches wins.

        ``keys`` and ``orths`` are the tokens' keys and ORTH ids when the caller has them.
        """
        strings = self._vocab.strings
        found: dict[str, list[Match]] = {name: [] for name in LEXICON_NAMES}
        single = self._single
        bare_verbs = self._bare_verbs
        split = self._split
        firsts = []  # where a phrase trigger's first word stands, for its subject after it
        counted = self._counted
        nouns = []  # where a noun phrase trigger's first word stands, for a count after it
        heads = []  # bare words of definite actors: names only as the head of another name
        adjectives = []  # country names with the article: adjectives of the name before
        for i, key in enumerate(keys if keys is not None else (t.norm_ for t in doc)):
            readings = single.get(key)
            if readings is not None:
                noun = key in bare_verbs and self._has_article(doc[i].text)
                bare = key in self._definite_keys and not self._carries_article(doc[i].text)
                articled = key in self._bare_keys and self._carries_article(doc[i].text)
                clitic = key in self._short_village_keys and bool(self.analyze(doc[i].text)[2])
                adjective = key in self._country_keys and self._has_article(doc[i].text)
                for name, entry in readings:
                    if noun and (name == "support" or getattr(entry, "pos", None) == "verb"):
                        continue
                    if bare and (key, entry.id) in self._definite_names:
                        if name == "actors" and entry.kind not in ("country", "person"):
                            heads.append(Match(name, entry, i, i + 1))
                        continue
                    if adjective and name == "actors" and entry.kind == "country":
                        adjectives.append(Match(name, entry, i, i + 1))
                        continue
                    if articled and (key, entry.id) in self._bare_names:
                        continue
                    if clitic and name == "places" and (key, entry.id) in self._short_villages:
                        continue
                    if name == "places" and "ؤ" in doc[i].text:
                        continue  # "بؤر التوتر" (hotspots) is no "بور" (Bor): hardly a name is written with ؤ
                    if name == "places" and "ك" in doc[i].text[:2] and self.analyze(doc[i].text)[2].endswith("ك"):
                        continue  # "كبيرا" is no "ك" + "بيرا": "as" does not place
                    if name == "places" and i > 0 and _agreeing_accusative(self.analyze(doc[i - 1].text),
                                                                           self.analyze(doc[i].text)):
                        continue  # "اجتماعا وزاريا" is no "و" + "زاريا": an adjective agreeing
                    found[name].append(Match(name, entry, i, i + 1))
            if key in split:
                firsts.append(i)
            if key in counted:
                nouns.append(i)
        longer = set()
        construct_pairs = self._construct_pairs
        for match_id, start, end in self._matcher(doc):
            match_key = strings[match_id]
            name, entry = self._entries[match_key]
            first, second = (keys[start], keys[start + 1]) if keys is not None else (doc[start].norm_, doc[start + 1].norm_)
            if (match_key, first, second) in construct_pairs and self._carries_article(doc[start].text):
                # "الوزارة صحة": the article moved off the construct's genitive; "الرئيس
                # الحكومة": a construct's head never takes one, these are two phrases
                continue
            found[name].append(Match(name, entry, start, end))
            longer.add(name)
        # the tokens' ids, not Token objects: a token is a mark when its id is a mark's
        if orths is None:
            orths = doc.to_array(ORTH).tolist()
        if not _TRANSPARENT_IDS.isdisjoint(orths):
            # (matches across marks span several tokens)
            longer.update(self._find_across_marks(doc, keys, found, orths))
        if heads:
            # (a definite actor's bare word heads a name after it, quoted or not: 'تنظيم
            # «الدولة الإسلامية»', "من تنظيم بي كا كا")
            starts = {m.start for m in found["actors"]}
            heads = [h for h in heads if h.end in starts or h.end < len(doc) and doc[h.end].text in _QUOTES]
            if heads:
                found["actors"].extend(heads)
                longer.add("actors")
        if adjectives:
            # ("الرئيس المالي"; not "الدعم المالي", financial)
            ends = {m.end for m in found["actors"]}
            adjectives = [m for m in adjectives if m.start in ends]
            if adjectives:
                found["actors"].extend(adjectives)
                longer.add("actors")
        # a lexicon with one-word matches only has them in token order, and none overlaps
        # another but the readings of the same word, which are all kept: as they are
        for name in longer:
            found[name] = _longest_first(found[name])
        if firsts or nouns:
            all_keys = keys if keys is not None else [t.norm_ for t in doc]
            if firsts and found["actors"]:
                self._find_split(doc, all_keys, found, firsts)
            if firsts:
                self._find_timed(all_keys, found, firsts)
            if nouns:
                self._find_counted(doc, all_keys, found, nouns)
        return found

    def _find_counted(self, doc: Doc, keys: Sequence[str], found: dict[str, list[Match]], nouns: list[int]) -> None:
        """Multiword noun triggers with a count between their words: "تحرير 20 رهينة" is read
        as "تحرير رهينة", "تحرير 3 قرى" as "تحرير قرى". The match is the first word; the
        count and the rest are left to the assembly (the object, the number)."""
        added = []
        for v in nouns:
            if v + 1 >= len(keys) or not _opens_count(keys[v + 1]):
                continue
            at = self._past_count(doc, v + 1)
            if at == v + 1:
                continue
            hit = next((e for r, e in self._counted[keys[v]] if tuple(keys[at : at + len(r)]) == r), None)
            if hit is not None and not any(t.start <= v < t.end for t in found["triggers"]):
                added.append(Match("triggers", hit, v, v + 1))
        if added:
            found["triggers"] = _longest_first(found["triggers"] + added)

    def _find_timed(self, keys: Sequence[str], found: dict[str, list[Match]], firsts: list[int]) -> None:
        """Multiword triggers with a time between their words and no subject: "سيطروا أمس
        على", "أطلقت اليوم سراح". The match is the first word, as with a subject between."""
        added = []
        for v in firsts:
            if v + 1 >= len(keys) or keys[v + 1] not in _TIME_WORDS:
                continue
            at = _past_time(keys, v + 1)
            hit = next((e for n, r, e in self._split.get(keys[v], ())
                        if n == "triggers" and tuple(keys[at : at + len(r)]) == r), None)
            if hit is not None and not any(t.start <= v < t.end for t in found["triggers"]):
                added.append(Match("triggers", self._as_verb(hit), v, v + 1))
        if added:
            found["triggers"] = _longest_first(found["triggers"] + added)

    def _find_split(
        self, doc: Doc, keys: Sequence[str], found: dict[str, list[Match]], firsts: list[int]
    ) -> None:
        """Multiword triggers and cues with their subject between their words: "طرد السودان
        السفير", "استولى مسلحو حركة الشباب على", "قطعت الرباط علاقاتها", "حذر الجيش من". The
        match is the first word (the verb); the subject is left where it stands, for the
        assembly to find after it.

        The words between are a run of actor names (their first not an adjective of
        nationality), with at most one word of no lexicon before the run ("مسلحو"). The rest
        carries no preposition the form lacks: in "استهدفت حماس بطائرة مسيرة" the drone is
        the means, not the subject of the form "استهدفت طائرة مسيرة".
        """
        split = self._split
        actors = found["actors"]
        # most docs have no actor right after such a first word (``firsts``), or no word that
        # may follow its subject: look for both before building anything
        near = {f + 1 for f in firsts} | {f + 2 for f in firsts} | {f + 3 for f in firsts}
        if not any(m.start in near for m in actors) or self._rest_starts.isdisjoint(keys):
            return
        ends: dict[int, int] = {}
        for m in actors:
            ends[m.start] = max(ends.get(m.start, m.end), m.end)
        added: dict[str, list[Match]] = {}
        taken = {name: {t.start for t in found[name] if t.end - t.start > 1} for name in _SPLIT_LEXICONS}
        # a last part that is a trigger of the same type, one that needs no light verb,
        # codes the act itself ("وقع البلدان اتفاق سلام"); one of another type, or one that
        # needs a light verb, is a word of the phrase ("علقت واشنطن مساعداتها" is a sanction,
        # not aid; "وقعت الدولتان مذكرة تفاهم" one agreement)
        covered: dict[int, set[str]] = {}
        for t in found["triggers"]:
            if t.entry.needs_support:
                continue  # (it may lack its light verb: "اعترضت القبة الحديدية صاروخين")
            for i in range(t.start, t.end):
                covered.setdefault(i, set()).add(t.entry.type)
        rests: list[tuple[int, int]] = []
        starts = {t.start for t in found["triggers"]}
        rest_starts = self._rest_starts
        for m in actors:
            if m.entry.kind == "nisba":
                continue
            # (past "كل من" too: "قطعت كل من السعودية والإمارات علاقاتها")
            each = m.start >= 3 and keys[m.start - 2] == "كل" and keys[m.start - 1] == "من"
            for v in (m.start - 1, m.start - 2) if not each else (m.start - 3,):
                if v < 0:
                    continue
                options = split.get(keys[v])
                if not options or (v == m.start - 2 and keys[v + 1] in self._keys and keys[v + 1] not in STATE_TITLES):
                    continue
                for name in _SPLIT_LEXICONS:
                    if v in taken[name]:
                        continue
                    # the run may end before any of its names: "طرد السودان السفير", where
                    # the ambassador is both a name and the trigger's last word
                    end = m.end
                    placed = False  # past "في" and a place: "أطلقت جماعة مسلحة في هايتي سراح"
                    adjective = 0  # adjectives of the subject passed
                    while True:
                        # (a count may stand before the rest, "طردت الحكومة ثلاثة دبلوماسيين",
                        # and so may a time: "أطلقت الحكومة اليوم سراح", "سيطر المسلحون أمس على")
                        timed = _past_time(keys, end)
                        # (and the rest may open a quote: 'حمّل الحزب إسرائيل "المسؤولية"')
                        # (or after a time: 'وقع الطرفان امس «إعلان الخرطوم»')
                        quoted = next((k + 1 for k in (end, timed) if k < len(doc) and doc[k].text in _QUOTES), end)
                        for at in (end, self._past_count(doc, end), timed, self._past_count(doc, timed), quoted,
                                   _past_manner(doc, keys, timed)):
                            hit = next(((r, e) for n, r, e in options
                                        if n == name and tuple(keys[at : at + len(r)]) == r
                                        and (name == "cues" or not any(
                                            e.type in covered.get(i, ()) for i in range(at, at + len(r))))
                                        ), None)
                            if hit is not None and set(self.analyze(doc[at].text)[2]) & _PREPOSITION_CLITICS and not (
                                    keys[v] in ALLOW_VERBS and self.analyze(doc[at].text)[2] == "ب"):
                                hit = None  # (but what one allows: "سمحت السلطات بدخول المساعدات")
                            if hit is not None and placed and at in starts:
                                hit = None  # (a rest that is an act of its own keeps its reading)
                            if hit is not None:
                                break
                        if hit is None and end not in ends and keys[end : end + 1] and keys[end] in _INSIDE_SUBJECT and (
                                end + 1 in ends):
                            # "أسقطت الدفاعات الجوية التابعة للحرس الثوري طائرة"
                            placed = placed or keys[end] == "في"
                            end += 1
                        elif hit is None and end not in ends and keys[end : end + 1] and (
                                (keys[end] in BACKING and doc[end].text.startswith("ب"))
                                or (keys[end] in LED_BY and keys[end].startswith("ب"))
                                or (keys[end] in BACKED_BY and keys[end + 1 : end + 2] == ["من"])):
                            # "سيطرت قوات النظام بدعم من الطيران الروسي على", "سيطر متمردو
                            # الحركة المدعومة من رواندا على", "بقيادة هيئة تحرير الشام على"
                            j = end + 2 if end + 1 < len(keys) and keys[end + 1] == "من" else end + 1
                            if j in ends:
                                end = j
                        elif (hit is None and end not in ends and end < len(doc) and doc[end].text in _QUOTES
                              and any(doc[x].text in _QUOTES for x in range(m.start, end))):
                            # past the quote that closes a name: 'سيطرت قوات «الحزام الأمني» أمس على'
                            end += 1
                            continue
                        elif (hit is None and end not in ends and end + 1 < len(keys) and end not in starts
                              and ((adjective == 0 and doc[end].text.startswith("ال"))
                                   or (adjective < 2 and not rest_starts.isdisjoint(keys[end + 1 : end + 6])
                                       and not doc[end].text.startswith("ال")
                                       # (an indefinite subject)
                                       and not doc[m.end - 1].text.lstrip("وف").startswith("ال")))):
                            # past one adjective of the subject: "فصائل المعارضة المسلحة بقيادة",
                            # "أطلقت الحركة المتمردة سراح ثلاثة رهائن", or two of an indefinite
                            # one: "فتح مسلح يميني متطرف النار"
                            adjective += 1
                            end += 1
                            continue
                        # (a list of names joined by "و" may run longer: "طردت الولايات المتحدة
                        # وبريطانيا وفرنسا وألمانيا ... دبلوماسيين")
                        listed = end in ends and self.analyze(doc[end].text)[2][:1] == "و"
                        span = _SPLIT_SPAN * 2 if listed else _SPLIT_SPAN
                        if hit is not None or end not in ends or ends[end] - m.start > span:
                            break
                        end = ends[end]
                    if hit is not None:
                        added.setdefault(name, []).append(Match(name, self._as_verb(hit[1]), v, v + 1))
                        if name == "triggers":
                            rests.append((at, at + len(hit[0])))
                break
        for name, ms in added.items():
            at = {m.start for m in ms}
            # the phrase's reading replaces the first word's own ("طرد" alone is to drive out),
            # and its last words are no trigger of their own
            kept = [t for t in found[name] if not (t.end - t.start == 1 and t.start in at)
                    and not any(t.start < b and a < t.end for a, b in rests)]
            found[name] = _longest_first(kept + ms)

    @staticmethod
    def _past_count(doc: Doc, i: int) -> int:
        """The index after a count at ``i`` ("ثلاثة", "200", "أكثر من 800", "عشرات", "مزيدا من"),
        or ``i``."""
        if i + 1 < len(doc) and doc[i].text in _MORE_OF and doc[i + 1].text == "من":
            return i + 2  # "ستنشر الولايات المتحدة مزيدا من القوات"
        j = i
        while j < len(doc) and j < i + 3 and (
            doc[j].text in ("أكثر", "اكثر", "من", "نحو") or parse_number(doc[j].text) is not None
            or vague_quantity(doc[j].text) is not None
        ):
            j += 1
        return j if j > i and (parse_number(doc[j - 1].text) is not None
                               or vague_quantity(doc[j - 1].text) is not None) else i

    def _as_verb(self, entry: Any) -> Any:
        """A trigger read through its first word with the subject after it is a verb ("وقعت
        الدولتان مذكرة"), whatever the entry's part of speech; other entries as they are."""
        if getattr(entry, "pos", "verb") == "verb":
            return entry
        verb = self._verbs.get(entry.id)
        if verb is None:
            verb = self._verbs[entry.id] = attrs.evolve(entry, pos="verb")
        return verb

    def _find_across_marks(
        self, doc: Doc, keys: Sequence[str] | None, found: dict[str, list[Match]], orths: list[int]
    ) -> set[str]:
        """Multiword names with quotes or a hashtag inside: 'حركة "الشباب"', "قوات #صنعاء".

        Adds them to ``found``; returns the names of the lexicons it added to.
        """
        added: set[str] = set()
        kept = [i for i, orth in enumerate(orths) if orth not in _TRANSPARENT_IDS]
        all_keys = keys if keys is not None else [t.norm_ for t in doc]
        strings = self._vocab.strings
        # a token whose key is empty (a lone diacritic) stands as a mark no pattern holds
        words = [all_keys[i] or "\u0640" for i in kept]
        if not words:
            return added
        # a name across marks has two of its neighbouring words on either side of a run of
        # marks: look for names again only when the words around some run are such a pair
        # (most quotes and hashtags stand around whole names or sentences)
        vocab = self._vocab
        pairs = self._pairs
        for k in range(1, len(kept)):
            if kept[k] - kept[k - 1] > 1 and (vocab[words[k - 1]].norm, vocab[words[k]].norm) in pairs:
                break
        else:
            return added
        for match_id, start, end in self._matcher(Doc(self._vocab, words=words)):
            a, b = kept[start], kept[end - 1] + 1
            if b - a > end - start:  # a mark inside: the plain doc could not match it
                name, entry = self._entries[strings[match_id]]
                found[name].append(Match(name, entry, a, b))
                added.add(name)
        return added


# the lexicons whose multiword forms may hold their subject between their words, and the
# longest run of actor names that may stand there
_SPLIT_LEXICONS = ("triggers", "cues")
# noun triggers read past a count between their words ("تحرير 20 رهينة", "تسليم ثلاثة مطلوبين")
_COUNTED_TYPES = frozenset(("RETREAT", "COERCE", "SANCTION", "COOPERATE"))
# the past tense's endings of the third person: "قطعت", "طردوا", "وقعتا"
_PERFECT = re.compile("(?:[^ا]ت|وا|تا)$")
_MORE_OF = frozenset(("مزيدا", "المزيد", "مزيد"))  # "مزيدا من": more of what follows
_PREPOSITION_CLITICS = frozenset("بلك")


def _agreeing_accusative(before: tuple[str, str, str], word: tuple[str, str, str]) -> bool:
    """Whether ``word`` (an ``analyze`` triple), read with a "و" clitic, is rather one
    accusative adjective agreeing with the indefinite accusative noun ``before``: "اجتماعا
    وزاريا", not "اجتماعا" and "زاريا"."""
    return (word[2] == "و" and word[0].endswith("يا") and not before[2]
            and before[0].endswith("ا") and not before[0].endswith(("ها", "وا", "ما")))


_SPLIT_SPAN = 8
# words of a time that may stand between a subject and the rest of its verb's phrase
_TIME_WORDS = frozenset(normalize(w) for w in (
    "امس يوم فجر صباح مساء ليل ليله ظهر عصر ماضي سبت احد اثنين ثلاثاء اربعاء خميس جمعه".split()))


def _past_manner(doc: Doc, keys: Sequence[str], i: int) -> int:
    """The index after a word or two of manner at ``i`` ("بشكل كامل", "بصورة تامة",
    "بالكامل": "سيطرت القوات أمس بشكل كامل على"), or ``i``."""
    if i + 1 < len(keys) and (keys[i] == "بشكل" or keys[i] == "صوره" and doc[i].text.startswith("ب")):
        return i + 2
    return i + 1 if i < len(keys) and keys[i] == "كامل" and doc[i].text.startswith("بال") else i


def _past_time(keys: Sequence[str], i: int) -> int:
    """The index after the words of a time at ``i`` ("أمس", "صباح اليوم", "يوم الأحد الماضي",
    or one between commas: "، مساء أمس السبت،"), or ``i``."""
    aside = i < len(keys) and keys[i] in _COMMAS
    j = i + aside
    k = j
    while k < len(keys) and k < j + 4 and keys[k] in _TIME_WORDS:
        k += 1
    if k == j and k < len(keys) and keys[k] in _DURING:
        # "خلال الأيام الثلاثة الماضية", "طوال الساعات الأخيرة": a span of time units
        n = k + 1
        while n < len(keys) and n < k + 5 and keys[n] in _SPAN_WORDS:
            n += 1
        if any(keys[x] in _TIME_UNITS for x in range(k + 1, n)):
            k = n
    if not aside:
        return k
    return k + 1 if k > j and k < len(keys) and keys[k] in _COMMAS else i


_COMMAS = frozenset(("،", ","))
_DURING = frozenset(("خلال", "طوال"))
_TIME_UNITS = frozenset(normalize(w) for w in (
    "ساعات ساعه ساعتين ايام يوم يومين اسبوع اسبوعين اسابيع شهر شهرين اشهر شهور".split()))
_SPAN_WORDS = _TIME_UNITS | frozenset(normalize(w) for w in (
    "ماضي ماضيه اخير اخيره اخيرين قليله ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره"
    " ثلاث اربع خمس ست سبع ثماني تسع عشر".split()))


# "التابعة لـ", "في" + a place: words inside a subject that lead to another name ("بدعم من" +
# a backer is another way in)
# (and the side a subject is loyal to: "سيطر مسلحون موالون لتنظيم الدولة على")
_INSIDE_SUBJECT = BELONGING | {"في"} | frozenset((
    "موالون", "موالين", "مواليه", "موالي", "مرتبطه", "مرتبطين", "مرتبطون", "مرتبط"))

# marks a name can carry inside it without changing it
_QUOTES = frozenset('"“”«»')
_TRANSPARENT = _QUOTES | {"#"}
_TRANSPARENT_IDS = frozenset(hash_string(mark) for mark in _TRANSPARENT)  # their ORTH ids


def _longest_first(matches: Iterable[Match]) -> list[Match]:
    """Keep, of overlapping matches, the longest (then the earliest).

    Matches with exactly the same span are all kept: they are readings of one name (طرابلس in
    Libya and in Lebanon) for the caller to choose from.
    """
    matches = list(matches)
    if all(a.end <= b.start for a, b in zip(matches, matches[1:])):
        return matches  # in order with no overlap, the usual case: nothing to choose
    ordered = sorted(matches, key=lambda m: (m.start - m.end, m.start))
    taken: set[int] = set()
    spans: set[tuple[int, int]] = set()
    kept = []
    for m in ordered:
        a, b = m.start, m.end
        if (a, b) not in spans and not taken.isdisjoint(range(a, b)):
            continue
        kept.append(m)
        spans.add((a, b))
        taken.update(range(a, b))
    kept.sort(key=_START)
    return kept


_START = operator.attrgetter("start")


@functools.lru_cache(maxsize=4096)
def _opens_count(key: str) -> bool:
    """Whether a count may begin with the word of this key ("20", "ثلاثه", "عشرات", "اكثر")."""
    return key in ("اكثر", "نحو") or parse_number(key) is not None or vague_quantity(key) is not None
