"""Arabic numbers: digits (Western and Eastern) and number words -> int.

In: a short piece of text that is a number ("12", "١٢", "خمسة", "ثلاثين", "مئة", "ألف",
"ثلاثة آلاف", "80 ألف", "8ر1 مليون", "الثلاثة", "الـ24"), an ordinal ("السابع",
"الحادي والعشرين") or a vague quantity word ("عشرات"). Out: an ``int`` or ``None`` when the
text is not (only) a number.

Rule categories, each with a real example:

* digits, Eastern or Western, with an attached article "الـ": "قتل ١٢ شخصا" -> 12,
  "خلال الـ24 ساعة" -> 24;
* cardinal words 1-10 in both genders, with the article and case endings:
  "مقتل ثلاثة أطفال" -> 3, "الأيام الثلاثة" -> 3;
* teens and tens, joined by "و": "خمسة وعشرين مدنيا" -> 25;
* hundreds and multipliers: "ثلاثمئة عنصر" -> 300, "ثلاثة آلاف حالة وفاة" -> 3000,
  "تلبية احتياجات 80 ألف شخص" -> 80000, "يخدم 8ر1 مليون شخص" -> 1800000;
* ordinals for days of the month: "منذ السابع من أكتوبر" -> 7;
* vague quantities, ACLED's conventions: "مقتل عشرات المدنيين" -> 12.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .normalize import normalize

__all__ = ["parse_number", "parse_ordinal", "vague_quantity"]

#: Presentation-form code points that ``normalize`` cannot fold (their NFKC form is
#: themselves); they are replaced by a space, one character for one, before folding.
UNFOLDABLE = re.compile(
    "["
    + "".join(
        chr(c)
        for c in range(0xFB50, 0xFF00)
        if (0xFB50 <= c <= 0xFDFF or 0xFE70 <= c <= 0xFEFF)
        and unicodedata.normalize("NFKC", chr(c)) == chr(c)
    )
    + "]"
)


def _fold(text: str) -> str:
    return normalize(UNFOLDABLE.sub(" ", text))

_UNITS: dict[str, int] = {
    "صفر": 0,
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثني": 2, "اثنتا": 2,
    "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3,
    "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5,
    "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7,
    "ثمان": 8, "ثماني": 8, "ثمانيه": 8, "ثمانى": 8,
    "تسع": 9, "تسعه": 9,
    "عشر": 10, "عشره": 10,
}
_TENS: dict[str, int] = {
    "عشرون": 20, "عشرين": 20,
    "ثلاثون": 30, "ثلاثين": 30,
    "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50,
    "ستون": 60, "ستين": 60,
    "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80,
    "تسعون": 90, "تسعين": 90,
}
_HUNDREDS: dict[str, int] = {
    "مئه": 100, "مائه": 100, "ميه": 100, "مايه": 100,
    "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
    "مئتي": 200, "مائتي": 200,  # before what they count: "مئتي جندي"
}
for _name, _v in (("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                  ("ثمان", 8), ("ثماني", 8), ("تسع", 9)):
    _HUNDREDS[_name + "مئه"] = _v * 100
    _HUNDREDS[_name + "مائه"] = _v * 100
_MULTIPLIERS: dict[str, tuple[int, int]] = {
    # word -> (value, implied count when used alone)
    "الف": (1000, 1), "الاف": (1000, 0), "الفا": (1000, 1), "الفين": (1000, 2),
    "الفان": (1000, 2), "الفي": (1000, 2), "الوف": (1000, 0),
    "مليون": (1_000_000, 1), "ملايين": (1_000_000, 0), "مليونا": (1_000_000, 1),
    "مليونين": (1_000_000, 2), "مليونان": (1_000_000, 2), "مليوني": (1_000_000, 2),
    "مليار": (1_000_000_000, 1), "مليارات": (1_000_000_000, 0),
    "مليارين": (1_000_000_000, 2), "بليون": (1_000_000_000, 1),
}
_ORDINALS: dict[str, int] = {
    "اول": 1, "اولي": 1, "حادي": 1, "حاديه": 1,
    "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4, "رابعه": 4,
    "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6, "سابع": 7, "سابعه": 7,
    "ثامن": 8, "ثامنه": 8, "تاسع": 9, "تاسعه": 9, "عاشر": 10, "عاشره": 10,
}
_VAGUE: dict[str, int] = {
    "بضع": 3, "بضعه": 3,
    "عده": 10, "عدد": 10, "عددا": 10, "العديد": 10, "عديد": 10, "بعض": 10,
    "عشرات": 12, "مئات": 100, "الاف": 1000, "الوف": 1000,
}


def _normalized_keys(table: dict) -> dict:
    """The table with every key in the matching view ("مئة" is matched as "ميه")."""
    return {normalize(k): v for k, v in table.items()}


_UNITS = _normalized_keys(_UNITS)
_TENS = _normalized_keys(_TENS)
_HUNDREDS = _normalized_keys(_HUNDREDS)
_MULTIPLIERS = _normalized_keys(_MULTIPLIERS)
_ORDINALS = _normalized_keys(_ORDINALS)
_VAGUE = _normalized_keys(_VAGUE)
# the words of the cardinal numbers, normalized: what a clitic is stripped toward
# ("لثلاثة", "بخمسة", "وعشرين")
CARDINAL_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_HUNDREDS) | frozenset(_MULTIPLIERS)

_DIGITS = re.compile(r"^[0-9]+$")
_DECIMAL = re.compile(r"^([0-9]+)[.,ر]([0-9]+)$")
_DECIMAL_REVERSED = re.compile(r"^([0-9]+)ر([0-9]+)$")
_TOKEN = re.compile(r"[0-9]+(?:[.,ر][0-9]+)?|[^\s0-9]+")
_TATWEEL_ARTICLE = re.compile(r"^ال(?=[0-9])")


def _strip_word(word: str) -> str:
    """Drop a conjunction and the article: "والثلاثة" -> "ثلاثه"."""
    if word.startswith("و") and len(word) > 3 and word[1:] not in _UNITS:
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def _word_value(word: str) -> tuple[str, int] | None:
    """Classify one normalized word: ("unit"|"ten"|"hundred"|"mult", value)."""
    for w in (word, _strip_word(word)):
        if w in _UNITS:
            return ("unit", _UNITS[w])
        if w in _TENS:
            return ("ten", _TENS[w])
        if w in _HUNDREDS:
            return ("hundred", _HUNDREDS[w])
        if w in _MULTIPLIERS:
            return ("mult", _MULTIPLIERS[w][0])
    return None


def _decimal_value(tok: str) -> float | None:
    m = _DECIMAL.match(tok)
    if not m:
        return None
    whole, frac = m.group(1), m.group(2)
    if "ر" in tok:
        # Egyptian agencies print 1.8 as "8ر1": fraction first, then the whole part.
        whole, frac = frac, whole
    return float(f"{whole}.{frac}")


#: Digits in groups of three set off by a comma or the Arabic thousands mark: "12,500".
_GROUPED = re.compile(r"^[0-9]{1,3}(?:[,\u066c][0-9]{3})+$")
_GROUP_MARKS = re.compile(r"[,\u066c]")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """The integer a number phrase stands for, or None.

    >>> parse_number("ثلاثة آلاف")
    3000
    >>> parse_number("الـ24")
    24
    >>> parse_number("غارة") is None
    True
    """
    # a number set off by marks, as some outlets write it: "/12/", "(٤)"
    norm = _fold(text).strip().strip("/()[]")
    if not norm:
        return None
    norm = _TATWEEL_ARTICLE.sub("", norm.replace("ال ", "ال"))
    if _DIGITS.match(norm):
        return int(norm)
    if _GROUPED.match(norm):
        return int(_GROUP_MARKS.sub("", norm))  # "1,200", "١٬٢٠٠": thousands set off
    tokens = _TOKEN.findall(norm)
    total = 0
    current: float = 0
    seen_any = False
    pending_teen = False
    for raw in tokens:
        if raw in ("و", "-", "،", ","):
            continue
        if _DIGITS.match(raw):
            if seen_any and current:
                return None
            current = int(raw)
            seen_any = True
            continue
        dec = _decimal_value(raw)
        if dec is not None:
            if seen_any and current:
                return None
            current = dec
            seen_any = True
            continue
        kind = _word_value(raw)
        if kind is None:
            return None
        label, value = kind
        if label == "unit":
            if value == 10 and current and current < 10 and not pending_teen:
                current += 10  # "خمسة عشر"
                pending_teen = True
            else:
                current += value
        elif label == "ten":
            current += value
        elif label == "hundred":
            if value == 100 and current and current < 10:
                current *= 100  # "ثلاث مئة"
            else:
                current += value
        else:  # multiplier
            word = raw if raw in _MULTIPLIERS else _strip_word(raw)
            count = _MULTIPLIERS[word][1] if word in _MULTIPLIERS else 1
            if current:
                total += current * value
            elif count:
                total += count * value
            else:
                return None  # "آلاف" alone is a vague quantity, not a number
            current = 0
        seen_any = True
    if not seen_any:
        return None
    result = total + current
    if result != int(result):
        return None
    return int(result)


@lru_cache(maxsize=1024)
def parse_ordinal(text: str) -> int | None:
    """The day number an ordinal phrase stands for (1-31), or None.

    >>> parse_ordinal("السابع")
    7
    >>> parse_ordinal("الحادي والعشرين")
    21
    """
    words = [_strip_word(w) for w in _fold(text).split()]
    if not words:
        return None
    first = _ORDINALS.get(words[0])
    if first is None:
        if len(words) == 1 and words[0] in _TENS:
            return _TENS[words[0]]  # "الثلاثين" -> 30
        return None
    rest = words[1:]
    if not rest:
        return first
    if len(rest) == 1 and rest[0] in ("عشر", "عشره") and first < 10:
        return first + 10
    if len(rest) == 1 and rest[0] in _TENS:
        return first + _TENS[rest[0]]
    return None


@lru_cache(maxsize=4096)
def vague_quantity(word: str) -> int | None:
    """ACLED's figure for a vague quantity word, or None.

    بضعة -> 3; عدة، عدد من، العديد، بعض -> 10; عشرات -> 12; مئات -> 100; آلاف -> 1000.

    >>> vague_quantity("عشرات")
    12
    """
    norm = _fold(word).strip()
    if norm.endswith(" من"):
        norm = norm[:-3].strip()
    if " " in norm:
        return None
    for w in (norm, norm[1:] if norm.startswith(("و", "ف", "ب")) else norm):
        if w in _VAGUE:
            return _VAGUE[w]
        if w.startswith("ال") and w[2:] in _VAGUE and w[2:] not in ("عديد",):
            return _VAGUE[w[2:]]
    return None
