"""Arabic normalization for matching, on top of pyarabic.

In: original text (``str``). Out: a *matching view* of it (``str``) and, where needed, a map
from each character of the view back to the original, so offsets always refer to the text
the caller passed in.

The folding steps (each idempotent, so the whole is idempotent):

* diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel removed;
* alef forms أ إ آ ٱ -> ا; hamza seats ؤ -> و, ئ -> ي (a bare ء stays). pyarabic's
  ``normalize_hamza`` would turn أ into ء, which is not what news spelling variants need;
* alef maqsura ى -> ي (Egyptian print writes "فى" for "في" and "التركى" for "التركي");
* teh marbuta ة -> ه ("غارة" / "غاره");
* Eastern Arabic and Persian digits -> ASCII digits; presentation forms -> base letters;
* zero-width and bidi control characters removed.

Clitics: :func:`clitic_candidates` lists the readings of a word with its attached
conjunction, preposition, future particle, article and pronoun suffix stripped, so that
"والولايات" can match "الولايات" and "محاصرتهم" can match "محاصرة". Which reading is used
is decided against a lexicon's vocabulary (see ``matching``), never blindly: "بحث" stays
"بحث" (discuss) and is not read as ب + "حث" (urge).
"""

from __future__ import annotations

import re
import unicodedata

import pyarabic.araby as araby

__all__ = [
    "fold_char",
    "normalize",
    "normalize_with_offsets",
    "strip_article",
    "lexical_key",
    "clitic_candidates",
    "proclitics",
    "is_arabic_letter",
    "ends_in_taa_marbuta",
]

_MARKS = "".join(araby.TASHKEEL) + araby.TATWEEL  # vowel marks and the tatweel
_DROP = set(araby.TASHKEEL) | {araby.TATWEEL, "\u0670", "\u0640"} | {
    # zero-width and bidi controls
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff",
    # Quranic annotation marks that sometimes leak into news text
    *(chr(c) for c in range(0x0610, 0x061B)),
    *(chr(c) for c in range(0x06D6, 0x06DD)),
    *(chr(c) for c in range(0x06DF, 0x06E9)),
    *(chr(c) for c in range(0x06EA, 0x06EE)),
}

_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    "ى": "ي", "ی": "ي", "ي": "ي",
    "ة": "ه", "ۃ": "ه",
    "ک": "ك", "ڪ": "ك",
    "٫": ".", "٬": ",",
}
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _MAP[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian) digits


def _is_presentation_form(ch: str) -> bool:
    o = ord(ch)
    return 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def fold_char(ch: str) -> str:
    """The matching view of one character ("" when it is dropped)."""
    if ch in _DROP:
        return ""
    if _is_presentation_form(ch):
        base = unicodedata.normalize("NFKC", ch)
        if base == ch or any(_is_presentation_form(c) for c in base):
            return ch  # no decomposition (e.g. ornate parentheses): keep as is
        return "".join(fold_char(c) for c in base)
    return _MAP.get(ch, ch)


_TABLE = {ord(c): None for c in _DROP} | {ord(k): v for k, v in _MAP.items()}
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_DROP_RE = re.compile("[" + "".join(re.escape(c) for c in sorted(_DROP)) + "]")


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """The matching view of ``text`` and, for each of its characters, the original index.

    The returned list has one more element than the view: the original length. A view span
    ``[i, j)`` (j > i) maps back to ``[offsets[i], offsets[j - 1] + 1)`` in the original, which
    leaves out diacritics after its last letter (``offsets[j]`` would include them).
    """
    if not _PRESENTATION_RE.search(text):
        # fast path: every other step maps one character to at most one
        view = text.translate(_TABLE)
        if len(view) == len(text):
            return view, list(range(len(text) + 1))
        # the kept characters are the runs between the dropped ones
        offsets = []
        kept = 0
        for m in _DROP_RE.finditer(text):
            offsets.extend(range(kept, m.start()))
            kept = m.start() + 1
        offsets.extend(range(kept, len(text) + 1))
        return view, offsets
    out: list[str] = []
    offsets = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if not f:
            continue
        out.append(f)
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    return "".join(out), offsets


def normalize(text: str) -> str:
    """The matching view of ``text`` (idempotent: ``normalize(normalize(t)) == normalize(t)``)."""
    if not _PRESENTATION_RE.search(text):
        return text.translate(_TABLE)
    return "".join(fold_char(ch) for ch in text)


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u066e" <= ch <= "\u06d3"


# particles that never take the article: "الفي" is two thousand and "الان" now, not "في"
# and "ان" behind an article
_NO_ARTICLE = frozenset("في من عن لم لن قد او ان ما لا بان يه".split())  # ("ألبان" is no "بأن", "آلية" no "يه")


def strip_article(word: str) -> str:
    """Drop a leading definite article: "المسلحين" -> "مسلحين" (kept when too short, or
    when what is left is a particle: "ألفي", "ألبان")."""
    if word.startswith("ال") and len(word) >= 4 and word[2:] not in _NO_ARTICLE:
        return word[2:]
    return word


def lexical_key(word: str) -> str:
    """The key under which lexicons store a (normalized) word: the word without its article."""
    return strip_article(word)


# verbal nouns whose alif and lam are their own, the hamza of "إل" normalized away ("إلقاء",
# "إلغاء"): no article reads them after ل + لـ
_IL_WORDS = frozenset(("القاء", "الغاء", "الزام", "الحاق"))
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه", "ك", "ي")


def _proclitic_readings(word: str) -> list[tuple[str, str]]:
    """(proclitics, reading) pairs of ``word``, least stripped first."""
    readings = [("", word)]
    stems = [("", word)]
    if len(word) >= 3 and word[0] in _CONJ:
        stems.append((word[0], word[1:]))
    more = []
    for pre, s in stems:
        if len(s) > 3 and s.startswith("لل") and "ال" + s[2:] not in _IL_WORDS:
            # ل + ال contracts to لل: "للمسلحين" (but ل + إلقاء is "لإلقاء": "للقاء" is ل +
            # لقاء, never a contracted "القاء")
            more.append((pre + "ل", "ال" + s[2:]))
        if (len(s) > 3 and s[0] in _PREP) or (len(s) == 3 and s[0] in "بل"):
            more.append((pre + s[0], s[1:]))  # "بحلب"; two-letter stems too: "لشن"
        if len(s) > 3 and s[0] == "س" and (s[1] in "يتن" or s[1] == "ا" and len(s) > 4):
            # future particle: "سيواصلون", "سأعمل" (not before three letters and an alif, a
            # name more often than "I will": "سامر", "سالم")
            more.append((pre + "س", s[1:]))
    for r in stems[1:] + more:
        if r[1] not in (x[1] for x in readings):
            readings.append(r)
    return readings


def proclitics(word: str, key: str) -> str:
    """The proclitics stripped from normalized ``word`` to reach ``key`` ("" if none).

    >>> proclitics("والولايات", "ولايات"), proclitics("للمسلحين", "مسلحين")
    ('و', 'ل')
    """
    readings = _proclitic_readings(word)
    for pre, r in readings:
        if lexical_key(r) == key or (key and lexical_key(r).startswith(key)):
            return pre
    # a key reached past a pronoun too: "واختطفوه" is "و" + "اختطفوا" + "ه"
    return next((pre for pre, r in readings[1:] if key in clitic_candidates(r)), "")


def clitic_candidates(word: str, *, final_taa: bool = False) -> tuple[str, ...]:
    """Lexical keys ``word`` may stand for, least stripped first.

    ``word`` must already be normalized. The first key is always the word's own key, so a
    word with no clitic is never read as something else when it is itself in a lexicon.
    """
    out: list[str] = []
    articled: set[str] = set()  # keys reached through the article: no "my" follows it
    for _, r in _proclitic_readings(word):
        key = lexical_key(r)
        if key not in out:
            out.append(key)
            if key != r and r.startswith("ال"):
                articled.add(key)
    for r in list(out):
        for suf in _SUFFIXES:
            if suf == "ي" and r in articled:
                continue  # "الرئيسي" (the main) is no "رئيس" + "my"
            if final_taa and suf.endswith("ه") and r.endswith("ه"):
                continue
            # "my" on a stem of three letters is rare in news, a verb ending in ي is not:
            # "ياتي" (comes) is not "يات" (the key of آليات, vehicles)
            if r.endswith(suf) and len(r) - len(suf) >= (4 if suf == "ي" else 2):
                stem = r[: -len(suf)]
                # (a final hamza sits on ي before a suffix: "لقائه" is "لقاء" + "ه"; a plural
                # verb drops its alif: "خطفوه" is "خطفوا" + "ه")
                for s in (stem, stem[:-1] + "ه" if stem.endswith("ت") else None,
                          stem[:-1] + "ء" if stem.endswith("اي") and len(stem) > 2 and suf != "ي" else None,
                          stem + "ا" if stem.endswith("و") and len(stem) > 3 and suf != "ي" else None):
                    if s and s not in out:
                        out.append(s)
                # ي + ه: "قواتها" -> "قوات" is covered; "عليهم" -> "علي" too
    return tuple(out)


def ends_in_taa_marbuta(word: str) -> bool:
    """Whether ``word`` as written ends in ة, past its vowel marks ("منحةً"); normalizing
    folds ة into ه, which is also the pronoun "his" ("منحه": he gave him)."""
    return word.rstrip(_MARKS).endswith("ة")

