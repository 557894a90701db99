"""Find Arabic time expressions and resolve them against the article date.

In: the original text (``str``) and the article's publication date (``datetime.date`` or
None). Out: a list of :class:`~conflict_events.records.TimeExpression`, each with its exact
span in the original text, its inclusive ``start`` / ``end`` dates, a granularity, a
TIMEX3-style ``value`` and the id of the time-lexicon entry or rule that produced it.

Own rules, written over the normalized tokens, find every expression and resolve everything
relative; the absolute Gregorian dates the rules found are made directly when they are real
dates of the years 1900-2100 (where dateparser reads every one the same), and parsed by
dateparser (one reused ``DateDataParser``) otherwise; hijridate (Umm al-Qura) converts hijri dates. The words are data:
``data/ar/time.jsonl``. Rule categories, each with a real example:

* deictic days and parts of a day: "قتل 19 مدنياً، أمس، في قصف جوي", "فجر اليوم الجمعة",
  "مساء أمس الثلاثاء", "الليلة الماضية", "بعد غد";
* weekdays, bare or qualified: "الجمعة الماضي", "يوم الثلاثاء المقبل", "شهد المخيم السبت
  قصفا" (a bare weekday is the latest such day on or before the article date, or the next
  one when a future cue such as "سيتم" or "من المقرر" stands near);
* weeks, months, years with a qualifier: "الأسبوع الماضي", "الشهر الجاري", "العام المقبل";
* parts of a period: "مطلع الأسبوع الحالي" (Monday-Wednesday), "منتصف سبتمبر المقبل"
  (days 11-20), "أواخر العام الماضي", "الربع الأول من العام" (January-March);
* month names of the three families with days, years, slash pairs and qualifiers:
  "10 يوليو/ تموز 2015", "في كانون الثاني (يناير) الماضي", "يوم 14 جانفي 2011";
* numeric dates and days of a named month: "12/3/2015", "في الـ12 من الشهر الجاري",
  "منذ السابع من أكتوبر تشرين الأول";
* counts of units: "قبل يومين", "قبل /4/ سنوات", "منذ 7 أشهر" (a range when the state goes
  on), "خلال الـ 24 ساعة الماضية" (a range ending on the article date);
* years and seasons: "منذ العام 2018", "صيف 2014", "خريف العام الماضي";
* hijri dates: "15 رمضان 1437 هـ", "نهاية شهر رمضان" (the nearest Ramadan), the feasts
  ("عيد الأضحى المقبل": 10-13 Dhu al-Hijjah; "ثاني أيام عيد الفطر": 2 Shawwal);
* clock times, dated by the day named before them: "البارحة، عند الساعة الثامنة مساءً";
* two expressions joined into one range: "منذ مساء أمس الثلاثاء وحتى صباح اليوم", "شهري
  ديسمبر ويناير الماضيين" (days or months joined by "و" follow each other in time; two
  days apart, "أمس الجمعة وغدا الأحد", stay two expressions).

Not time expressions: durations ("استمرت 12 ساعة", "هدنة مدتها 48 ساعة"), counts ("25 غارة",
"80 ألف شخص"), decimals ("8ر1 مليون") and numbers that only stand near a month name.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import json
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Union

import attrs

from .arguments import coerce_article_date
from .errors import LexiconError
from .normalize import fold_char, normalize, normalize_with_offsets
from .numbers import UNFOLDABLE, parse_number, parse_ordinal
from .records import TimeExpression

__all__ = ["DateFinder", "TimeEntry", "load_time_lexicon", "TIME_KINDS"]

PathLike = Union[str, Path]

#: The kinds of entries the time lexicon holds.
TIME_KINDS: frozenset[str] = frozenset(
    "month hijri_month weekday deictic part_of_day qualifier part unit season anchor "
    "year_word era month_word day_word clock cue future_exclude holiday".split()
)
_KEYS = frozenset(
    "id kind forms value example family strict part count note".split()
)
_REQUIRED = ("id", "kind", "forms", "value", "example")


@attrs.frozen
class TimeEntry:
    """One line of the time lexicon: "الماضي" -> qualifier -1."""

    id: str
    kind: str
    forms: tuple[str, ...]
    value: Any
    example: str
    family: str | None = None
    strict: bool = False
    part: str | None = None
    count: int | None = None


def _validate_entry(raw: Any, path: str, line: int) -> TimeEntry:
    if not isinstance(raw, dict):
        raise LexiconError("entry is not a JSON object", path=path, line=line)
    rid = raw.get("id")
    if not isinstance(rid, str) or not rid:
        raise LexiconError("entry has no string 'id'", path=path, line=line)
    unknown = set(raw) - _KEYS
    if unknown:
        raise LexiconError(
            f"unknown keys {sorted(unknown)}", path=path, line=line, rule_id=rid
        )
    for key in _REQUIRED:
        if key not in raw:
            raise LexiconError(f"missing key {key!r}", path=path, line=line, rule_id=rid)
    if raw["kind"] not in TIME_KINDS:
        raise LexiconError(
            f"unknown kind {raw['kind']!r}", path=path, line=line, rule_id=rid
        )
    forms = raw["forms"]
    if isinstance(forms, str) or not isinstance(forms, list) or not forms:
        raise LexiconError(
            "'forms' must be a non-empty list of strings", path=path, line=line, rule_id=rid
        )
    for form in forms:
        if not isinstance(form, str) or not form.strip():
            raise LexiconError(
                f"form {form!r} is not a non-empty string", path=path, line=line, rule_id=rid
            )
        if normalize(form) != form or " ".join(form.split()) != form:
            raise LexiconError(
                f"form {form!r} is not normalized "
                f"(expected {' '.join(normalize(form).split())!r})",
                path=path, line=line, rule_id=rid,
            )
    if not isinstance(raw["example"], str) or not raw["example"]:
        raise LexiconError("'example' must be a string", path=path, line=line, rule_id=rid)
    if raw["kind"] == "part" and raw["value"] not in _PART_VALUES:
        raise LexiconError(
            f"part value {raw['value']!r} is not one of {sorted(_PART_VALUES)}",
            path=path, line=line, rule_id=rid,
        )
    count = raw.get("count")
    if count is not None and not isinstance(count, int):
        raise LexiconError("'count' must be an integer", path=path, line=line, rule_id=rid)
    if raw["kind"] == "holiday" and not (
            isinstance(raw["value"], list) and len(raw["value"]) == 2 and all(isinstance(v, int) for v in raw["value"])
            and 1 <= raw["value"][0] <= 12 and 1 <= raw["value"][1] <= 30 and isinstance(count, int) and count >= 1):
        raise LexiconError(
            "a holiday's 'value' is [hijri month, day] and its 'count' the days it lasts",
            path=path, line=line, rule_id=rid,
        )
    return TimeEntry(
        id=rid,
        kind=raw["kind"],
        forms=tuple(forms),
        value=raw["value"],
        example=raw["example"],
        family=raw.get("family"),
        strict=bool(raw.get("strict", False)),
        part=raw.get("part"),
        count=count,
    )


def load_time_lexicon(path: PathLike | None = None) -> tuple[TimeEntry, ...]:
    """Read and validate the time lexicon (the bundled one when ``path`` is None).

    Raises :class:`LexiconError` naming the file, line and rule id on malformed JSON,
    unknown keys or kinds, forms that are not normalized, or duplicate ids.
    """
    if path is None:
        ref = resources.files("conflict_events").joinpath("data/ar/time.jsonl")
        text = ref.read_text(encoding="utf-8")
        where = "conflict_events/data/ar/time.jsonl"
    else:
        text = Path(path).read_text(encoding="utf-8")
        where = str(path)
    entries: list[TimeEntry] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(f"invalid JSON: {exc.msg}", path=where, line=lineno) from None
        entry = _validate_entry(raw, where, lineno)
        if entry.id in seen:
            raise LexiconError(
                f"duplicate id (first on line {seen[entry.id]})",
                path=where, line=lineno, rule_id=entry.id,
            )
        seen[entry.id] = lineno
        entries.append(entry)
    return tuple(entries)


# --------------------------------------------------------------------------------------
# tokens

_TOKEN_RE = re.compile(r"[0-9]+|[\u0621-\u064a\u066e-\u06d3]+|[A-Za-z]+|\S")
_SENTENCE_END = frozenset(".!?؟؛;")
_CLAUSE_END = _SENTENCE_END | {"،", ","}  # (a future cue of another clause says nothing of this one)
_CONNECTORS = frozenset(
    "و حتي الي وحتي والي لغايه ولغايه في وفي من وقت مبكر متاخر ثم".split()
)
_JOINERS = frozenset("و حتي الي وحتي والي لغايه ولغايه".split())
_RANGE_JOINERS = _JOINERS - {"و"}
_ONE_DAY = _dt.timedelta(days=1)
# nouns a date names ("حركة 23 مارس", the M23 rebels; "ثورة 25 يناير", "قوى 14 آذار"): the
# date after them is part of a name, no time of the event
_NAMED_BY_DATE = frozenset(
    normalize(w) for w in "حركة ثورة قوى تيار تحالف ائتلاف انتفاضة".split()
)
_APPROX = (
    ("اكثر", "من"), ("ما", "يزيد", "عن"), ("ما", "يزيد", "علي"), ("ما", "يقارب"),
    ("نحو",), ("حوالي",), ("قرابه",), ("زهاء",), ("اقل", "من"),
)
# "اليوم الرابع" (the fourth day), "اليوم التالي" (the next day) are not today.
_APPROX_FIRST = frozenset(words[0] for words in _APPROX)
_NOT_TODAY_AFTER = frozenset(
    "التالي العالمي الوطني نفسه ذاته السابق الاخير الذي الاول الثاني الثالث الرابع "
    "الخامس السادس السابع الثامن التاسع العاشر الموعود المشهود "
    # the day most of something: "في اليوم الأكثر دموية منذ الانقلاب"
    "الاكثر الاشد الاعنف الادمي الاسوا الاطول الاهم الاصعب الاخطر الاكبر".split()
)
_NOT_COUNTED = frozenset("من علي عن في".split())  # "اليوم 14 من الحرب"
_PERCENT = re.compile("^و?ب?ال(?:ميه|مايه)$")  # "في المئة", "بالمئة": percent
# "منتصف الشهر نفسه": the month of the expression before
_SAME = frozenset(("نفسه", "ذاته"))
_SAME_UNITS = {"الشهر": "month", "العام": "year", "السنه": "year"}
_SAME_DAY = "deictic.same-day"  # "في اليوم نفسه", until the day before it is known
_NOT_TODAY_BEFORE = frozenset("ذلك نفس ذات منتصف".split())
# no verb follows these: "في مدينة سيلايا" names a town, no future "سـ" + "يلايا"
_NO_VERB_AFTER = frozenset(normalize(w) for w in (
    "في من إلى على عن مدينة بلدة قرية ولاية منطقة محافظة إقليم حي مخيم ميناء مطار").split())
_NOT_FRIDAY_BEFORE = frozenset("صلاه خطبه صلوات مسجد".split())
_MARKET = frozenset("سوق وسوق بسوق لسوق وبسوق".split())
_AROUND_PRAYER = frozenset("عقب وعقب بعد وبعد اثر واثر قبيل خلال اثناء".split())
_COMPLETED_VERBS = frozenset(
    "قتل قتلت قتلوا اغتيل توفي توفيت اعتقل اعتقلت اختطف اختطفت وقع وقعت جري جرت بدا "
    "بدات اندلع اندلعت انطلق انطلقت اعلن اعلنت سقط سقطت لقي لقيت انسحب انسحبت انسحبوا "
    "وصل وصلت وصلوا غادر غادرت غادروا عاد عادت عادوا فر فرت فروا هرب هربت هربوا "
    "استشهد استشهدوا خطف خطفت خطفوا".split()
)
# places an act is done from, after "من": "اعتقل قبل أسبوعين من منزله"
_FROM_PLACES = frozenset(normalize(w) for w in (
    "منزله منزلها منزلهم منازلهم منزل بيته بيتها بيتهم بيوتهم بيت مكان مكانه مقر مقره مقرها "
    "مدينة قرية بلدة مخيم حي منطقة شارع سجن").split())
# what an attack "على" falls on, past a count of days ("قصف قبل يومين على مواقع")
_STRUCK = frozenset(normalize(w) for w in (
    "مواقع موقع منازل مناطق قرى أحياء مبنى مستشفى مدرسة سوق سيارة حافلة قافلة نقطة مقرات").split())
_DIGITS_RE = re.compile(r"^[0-9]+$")
_NAMED_BY_COUNT = ("قمه", "مجموعه", "دول")  # "قمة العشرين", "مجموعة السبع": a group's name
_SINCE_WORDS = frozenset(("منذ", "ومنذ"))


def _after_since(toks: list[str], i: int) -> bool:
    """Whether "منذ" stands up to eight words before token ``i``, in the same clause."""
    for k in range(i - 1, max(-1, i - 9), -1):
        if toks[k] in _SINCE_WORDS:
            return True
        if toks[k] in _CLAUSE_END:
            return False
    return False


# (a full stop after it ends the sentence: "في 3/2/2024.", but "3.2.2024.5" is no date)
_NUMERIC_DATE = re.compile(
    r"(?<![0-9/.\-])(?:([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})"
    r"|([0-9]{4})([/\-])([0-9]{1,2})\6([0-9]{1,2}))(?![0-9/\-]|\.[0-9])"
)
_NUMERIC_HINT = re.compile(r"[0-9][/.\-][0-9]")

#: Years whose dates the rules make without dateparser (see ``DateFinder._absolute_date``).
DIRECT_YEARS = (1900, 2100)

#: The names dateparser reads for each Gregorian month.
_DP_MONTH = (
    "", "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
    "اكتوبر", "نوفمبر", "ديسمبر",
)
# the days of a month, the days of a week (from Monday) and the months of a year that each
# part covers; H1 and H2 are the halves ("النصف الثاني من العام"), Q1 to Q4 the quarters of
# a year ("الربع الأول من العام"), which leave a month or a week whole
_PART_BOUNDS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31), "H1": (1, 15), "H2": (16, 31),
                # the weeks of a month ("الأسبوع الثاني من يناير"); the last, its last seven days
                "W1": (1, 7), "W2": (8, 14), "W3": (15, 21), "W4": (22, 28), "WL": (-6, 0)}
_WEEK_PART = {"START": (0, 2), "MID": (2, 4), "END": (4, 6), "H1": (0, 3), "H2": (3, 6)}
_YEAR_PART = {"START": (1, 4), "MID": (5, 8), "END": (9, 12), "H1": (1, 6), "H2": (7, 12),
              "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_PART_VALUES = frozenset(_PART_BOUNDS) | frozenset(_YEAR_PART)  # what a time lexicon's part may say


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [
        (0x0600, 0x0700), (0x0750, 0x0780), (0xFB50, 0xFE00), (0xFE70, 0xFF00),
        (0x200B, 0x2010), (0x202A, 0x202F), (0x2066, 0x206A),
    ]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            if 0xFB50 <= cp and unicodedata.normalize("NFKC", ch) == ch:
                continue  # unassigned presentation-form code points stay as they are
            folded = fold_char(ch)
            if folded != ch:
                table[cp] = folded
    return table


_FOLD = _fold_table()


@attrs.frozen
class _Res:
    """A resolved (or unresolved) interval before it is placed in the text."""

    start: _dt.date | None
    end: _dt.date | None
    granularity: str
    value: str | None
    rule: str
    absolute: bool = False
    pod: str | None = None

    @classmethod
    def span(cls, start: _dt.date, end: _dt.date, rule: str, absolute: bool = False) -> "_Res":
        """The days from ``start`` to ``end``, a range whose value is "start/end"."""
        return cls(start, end, "range", f"{start.isoformat()}/{end.isoformat()}", rule, absolute)


@attrs.define
class _Sentence:
    """The tokens of one normalized text and the lookups made on them."""

    norm: str
    toks: list[str]
    starts: list[int]
    ends: list[int]


def _add_months(d: _dt.date, n: int) -> _dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year = d.year + y
    month = m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return _dt.date(year, month, day)


def _month_span(y: int, m: int) -> tuple[_dt.date, _dt.date]:
    return _dt.date(y, m, 1), _dt.date(y, m, calendar.monthrange(y, m)[1])


def _week_span(d: _dt.date) -> tuple[_dt.date, _dt.date]:
    monday = d - _dt.timedelta(days=d.weekday())
    return monday, monday + _dt.timedelta(days=6)


def _week_value(d: _dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _valid_year(y: int) -> bool:
    return 1900 <= y <= 2100


class DateFinder:
    """Find and resolve Arabic time expressions. Build once, reuse (thread-safe reads).

    Building loads and validates the time lexicon and makes one dateparser
    ``DateDataParser`` (languages ``["ar"]``, ``DATE_ORDER="DMY"``,
    ``PREFER_DAY_OF_MONTH="first"``, naive datetimes). The rules resolve everything relative
    to the article date themselves and hand dateparser only complete day-month-year dates,
    so no relative base is needed there; and only those outside :data:`DIRECT_YEARS` or not
    real dates, so most processes never build it. Pickling keeps the lexicon and rebuilds the parser.

    >>> import datetime
    >>> finder = DateFinder()
    >>> [t.text for t in finder.find("قصفت الطائرات أمس مواقع", datetime.date(2016, 8, 30))]
    ['أمس']
    """

    _CACHE_SIZE = 2048

    def __init__(self, lexicon_path: PathLike | None = None) -> None:
        self._lexicon_path = lexicon_path
        self.entries = load_time_lexicon(lexicon_path)
        self._build()

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        by_first: dict[str, list[tuple[tuple[str, ...], TimeEntry]]] = {}
        trigger_words: set[str] = set()
        self._future_exclude: tuple[str, ...] = ()
        self._entries_by_id = {e.id: e for e in self.entries}
        for entry in self.entries:
            if entry.kind == "future_exclude":
                self._future_exclude = self._future_exclude + tuple(entry.forms)
                continue
            for form in entry.forms:
                words = tuple(form.split())
                by_first.setdefault(words[0], []).append((words, entry))
                if entry.kind in (
                    "month", "hijri_month", "weekday", "deictic", "unit", "season",
                    "year_word", "clock", "holiday",
                ):
                    trigger_words.update(
                        w for w in words if len(w) >= 2 and w not in _GATE_STOP
                    )
        for lst in by_first.values():
            lst.sort(key=lambda we: -len(we[0]))
        self._by_first = by_first
        self._unit_words: dict[str, TimeEntry] = {}
        for entry in self.entries:
            if entry.kind == "unit":
                for form in entry.forms:
                    self._unit_words[form] = entry
        # A cheap gate: a text with none of these words (with any proclitic or article)
        # and no year or numeric date can hold no time expression.
        gate: set[str] = set()
        for word in trigger_words:
            bare = word[2:] if word.startswith("ال") and len(word) > 3 else word
            for stem in {word, bare, "ال" + bare, "لل" + bare}:
                for clitic in _GATE_CLITICS:
                    gate.add(clitic + stem)
        self._gate_words = frozenset(gate)
        # Tokens where an expression may start; every other token is skipped at once.
        starters: set[str] = {"ال", "/", "هذا", "هذه"}
        for entry in self.entries:
            if entry.kind in ("cue", "future_exclude", "era", "qualifier"):
                continue
            for form in entry.forms:
                first = form.split()[0]
                starters.add(first)
                if entry.kind in ("unit", "season"):
                    starters.add("ال" + first)
        for ordinal in _ORDINAL_STARTERS:
            starters.add(ordinal)
        starters.update(_FEAST_DAYS)  # "ثاني أيام عيد الفطر"
        starters.add(_EVE)  # "عشية عيد الفطر"
        self._starters = frozenset(starters)
        # per-word answers that depend on the lexicon only (bounded; rebuilt with it)
        self._word_kinds: dict[str, frozenset[str]] = {}
        self._word_units: dict[str, TimeEntry | None] = {}
        self._word_starts: dict[str, bool] = {}
        self._word_gate: dict[str, bool] = {}
        self._word_rules: dict[str, tuple[Any, ...]] = {}
        self._init_runtime()

    def _init_runtime(self) -> None:
        # dateparser is built on first use: most texts hold no full Gregorian date, and
        # building it (and loading its language data) is the slowest part of start-up
        self._parser: Any = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, _dt.date | None] = OrderedDict()

    def _dateparser(self) -> Any:
        if self._parser is None:
            from dateparser.date import DateDataParser

            self._parser = DateDataParser(
                languages=["ar"],
                settings={
                    "DATE_ORDER": "DMY",
                    "PREFER_DAY_OF_MONTH": "first",
                    "RETURN_AS_TIMEZONE_AWARE": False,
                },
            )
        return self._parser

    def __getstate__(self) -> dict[str, Any]:
        return {"lexicon_path": self._lexicon_path, "entries": self.entries}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._lexicon_path = state["lexicon_path"]
        self.entries = state["entries"]
        self._build()

    # -- public API ------------------------------------------------------------------------

    def find(self, text: str, article_date: _dt.date | None) -> list[TimeExpression]:
        """Every time expression of ``text``, resolved against ``article_date``."""
        return self.find_in_span(text, 0, len(text), article_date)

    def find_in_span(
        self, text: str, start: int, end: int, article_date: _dt.date | None, *, past: bool = False,
        future: bool = False,
    ) -> list[TimeExpression]:
        """Expressions inside ``text[start:end]`` (e.g. one sentence), offsets into ``text``.

        ``past``: the text tells what has happened, so a month or a day named without its
        year ("في 10 ديسمبر", "منتصف نوفمبر") is the last one on or before the article date,
        not the one in the article's year. ``future``: the text tells what is to come, so a
        weekday, a month or a day named without its year ("يوم الجمعة") is the next one.
        """
        if past and future:
            raise ValueError("find_in_span: past and future exclude each other")
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        article_date = coerce_article_date(article_date)
        start = max(0, start)
        end = min(len(text), end)
        piece = text[start:end]
        if not piece:
            return []
        # the gate, word by word: folding maps no white space and adds none between words,
        # and neither gate pattern spans white space, so a text opens it when one of its
        # white-space-separated words does
        gate = self._word_gate
        for word in piece.split():
            opens = gate.get(word)
            if opens is None:
                opens = self._opens_gate(word)
            if opens:
                break
        else:
            return []
        # one character for one, so offsets still point into ``piece``
        norm, offsets = normalize_with_offsets(UNFOLDABLE.sub(" ", piece))
        sent = self._tokenize(norm)
        found = self._scan(sent, article_date, -1 if past else 1 if future else 0)
        out: list[TimeExpression] = []
        for ns, ne, res in found:
            s = start + offsets[ns]
            e = start + offsets[ne - 1] + 1
            # keep the diacritics written on the last letter ("غداً")
            while e < end and not fold_char(text[e]) and not text[e].isspace():
                e += 1
            out.append(
                TimeExpression(
                    text=text[s:e],
                    start_char=s,
                    end_char=e,
                    start=res.start,
                    end=res.end,
                    granularity=res.granularity,
                    value=res.value,
                    rule=res.rule,
                )
            )
        return out

    def _opens_gate(self, word: str) -> bool:
        """Whether ``word`` (no white space) holds a year, a numeric date or a time word."""
        folded = word.translate(_FOLD)
        opens = bool(
            _GATE_DIGITS.search(folded) or not self._gate_words.isdisjoint(_GATE_TOKEN.findall(folded))
        )
        if len(self._word_gate) >= _WORD_CACHE_SIZE:
            self._word_gate.clear()
        self._word_gate[word] = opens
        return opens

    # -- tokens and lookups ------------------------------------------------------------------

    @staticmethod
    def _tokenize(norm: str) -> _Sentence:
        toks = _TOKEN_RE.findall(norm)
        starts, ends = [], []
        # only white space lies between two tokens, so each is the first of its text after
        # the end of the one before (cheaper than a match object per token)
        find = norm.find
        end = 0
        for tok in toks:
            start = find(tok, end)
            end = start + len(tok)
            starts.append(start)
            ends.append(end)
        return _Sentence(norm, toks, starts, ends)

    @staticmethod
    def _readings(tok: str) -> tuple[tuple[str, int], ...]:
        """The word with its proclitics stripped, least stripped first: (reading, prefix)."""
        return _readings(tok)

    @staticmethod
    def _readings_uncached(tok: str) -> tuple[tuple[str, int], ...]:
        out = [(tok, 0)]
        stems = [(tok, 0)]
        if len(tok) > 2 and tok[0] in "وف":
            stems.append((tok[1:], 1))
        for s, p in stems:
            if len(s) > 3 and s.startswith("لل"):
                out.append(("ال" + s[2:], p + 1))
            if len(s) > 2 and s[0] in "بلك":
                out.append((s[1:], p + 1))
        for s, p in stems[1:]:
            out.append((s, p))
        return tuple(out)

    def _lookup(
        self, sent: _Sentence, i: int, kinds: Iterable[str]
    ) -> tuple[TimeEntry, int, int] | None:
        """The longest lexicon entry of one of ``kinds`` at token ``i``: (entry, n, prefix)."""
        toks = sent.toks
        if i >= len(toks):
            return None
        kinds = frozenset(kinds) if not isinstance(kinds, frozenset) else kinds
        tok = toks[i]
        present = self._word_kinds.get(tok)
        if present is None:
            present = self._kinds_of(tok)
        if present.isdisjoint(kinds):
            return None  # no reading of the word starts an entry of these kinds
        best: tuple[TimeEntry, int, int] | None = None
        for reading, prefix in _readings(tok):
            for words, entry in self._by_first.get(reading, ()):
                if entry.kind not in kinds:
                    continue
                n = len(words)
                if n > 1 and tuple(toks[i + 1 : i + n]) != words[1:]:
                    continue
                if best is None or n > best[1]:
                    best = (entry, n, prefix)
            if best is not None:
                return best
        return best

    def _kinds_of(self, tok: str) -> frozenset[str]:
        """The kinds of the entries whose first word is a reading of ``tok`` (cached)."""
        kinds = frozenset(
            entry.kind for reading, _ in _readings(tok) for _, entry in self._by_first.get(reading, ())
        )
        if len(self._word_kinds) >= _WORD_CACHE_SIZE:
            self._word_kinds.clear()
        self._word_kinds[tok] = kinds
        return kinds

    def _article_unit(self, sent: _Sentence, i: int) -> tuple[str, int] | None:
        """"الاسبوع" / "للشهر" / "العام" -> (unit, prefix) for week, month, year."""
        if i >= len(sent.toks):
            return None
        return self._article_unit_of(sent.toks[i])

    def _article_unit_of(self, tok: str) -> tuple[str, int] | None:
        for reading, prefix in _readings(tok):
            if reading.startswith("ال") and len(reading) > 3:
                entry = self._unit_words.get(reading[2:])
                if entry is not None and entry.count == 1 and entry.value in (
                    "week", "month", "year", "day",
                ):
                    return entry.value, prefix
        return None

    # -- scanning -----------------------------------------------------------------------------

    def _scan(
        self, sent: _Sentence, ref: _dt.date | None, direction: int = 0
    ) -> list[tuple[int, int, _Res]]:
        toks = sent.toks
        n = len(toks)
        found: list[tuple[int, int, int, int, _Res]] = []  # (i, j, ns, ne, res)
        # (every numeric date has a digit, a separator and a digit in a row: most sentences
        # have none, and that search is many times cheaper than the full pattern's)
        numeric = {
            m.start(): m for m in _NUMERIC_DATE.finditer(sent.norm)
        } if _NUMERIC_HINT.search(sent.norm) else {}
        since = not direction and not _SINCE_WORDS.isdisjoint(toks)  # (most sentences have no "منذ")
        i = 0
        word_starts = self._word_starts
        while i < n:
            tok = toks[i]
            starts = word_starts.get(tok)
            if starts is None:
                starts = self._may_start(tok)
            if not starts:
                i += 1
                continue
            hit = None
            if sent.starts[i] in numeric:
                hit = self._numeric_date(sent, i, numeric[sent.starts[i]])
            if hit is None:
                try:
                    # (a date counted from with "منذ" a few words before is in the past: "منذ
                    # بدء المواجهات على الحدود في الثامن من أكتوبر")
                    hit = self._expression(sent, i, ref, -1 if since and _after_since(toks, i) else direction)
                except (OverflowError, ValueError):  # "منذ 99999999 يوم", "أمس" on 0001-01-01
                    hit = None  # a date outside datetime's years 1-9999 is no date
            if hit is None:
                i += 1
                continue
            j, prefix, res = hit
            if i > 0 and toks[i - 1].lstrip("و") in _NAMED_BY_DATE and toks[i][0].isdigit():
                i = j
                continue
            ns = sent.starts[i] + prefix
            ne = sent.ends[j - 1]
            found.append((i, j, ns, ne, res))
            i = max(j, i + 1)
        found = self._anchor_clocks(found, ref)
        if not _SAME.isdisjoint(toks):
            found = self._same_as_before(sent, found)
        merged = self._merge(sent, found, ref)
        return [(ns, ne, res) for _, _, ns, ne, res in merged]

    def _may_start(self, tok: str) -> bool:
        """Whether an expression may start at the word ``tok`` (cached per word)."""
        starters = self._starters
        starts = bool(
            tok[0].isdigit() or tok in starters or any(r in starters for r, _ in _readings(tok)[1:])
        )
        if len(self._word_starts) >= _WORD_CACHE_SIZE:
            self._word_starts.clear()
        self._word_starts[tok] = starts
        return starts

    def _future(self, sent: _Sentence, i: int, j: int) -> bool:
        """A future cue near tokens [i, j) within the same clause ("قد تستأنفان الحوار خلال
        الأسابيع المقبلة، بعد توقف المحادثات أواخر يناير": the month is past)."""
        toks = sent.toks
        lo = i
        while lo > 0 and i - lo < 12 and toks[lo - 1] not in _CLAUSE_END:
            lo -= 1
        hi = j
        while hi < len(toks) and hi - j < 8 and toks[hi] not in _CLAUSE_END:
            hi += 1
        for k in list(range(lo, i)) + list(range(j, hi)):
            tok = toks[k]
            hit = self._lookup(sent, k, _CUE)
            if hit is not None and hit[0].value == "future":
                return True
            if hit is not None and hit[0].kind == "qualifier" and hit[0].value == 1:
                return True
            stem = tok[1:] if tok[:1] in "وف" and len(tok) > 5 else tok
            if (
                len(stem) >= 5
                and stem[0] == "س"
                and stem[1] in "يتن"
                and not stem.startswith(self._future_exclude)
                and not (k > 0 and toks[k - 1] in _NO_VERB_AFTER)
            ):
                return True
        return False

    def _counts_after(self, sent: _Sentence, k: int) -> bool:
        """Whether the number at ``k`` counts the word after it: "فجر اليوم 14 فلسطينيا"
        (not "اليوم 14 من الحرب", "اليوم 14 للحرب", nor a month's day)."""
        toks = sent.toks
        if k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        return (
            nxt.isalpha() and nxt not in _NOT_COUNTED and not nxt.startswith("ل")
            and self._month_at(sent, k + 1) is None
        )

    def _ongoing(self, sent: _Sentence, i: int, j: int) -> bool | None:
        """True for an ongoing state near [i, j), False for a completed event, None if neither."""
        toks = sent.toks
        for k in range(max(0, i - 4), i):
            for reading, _ in _readings(toks[k]):
                if reading in _COMPLETED_VERBS:
                    return False
        for k in range(max(0, i - 12), min(len(toks), j + 6)):
            if k in range(i, j):
                continue
            hit = self._lookup(sent, k, _CUE)
            if hit is not None and hit[0].value == "ongoing":
                return True
        return None

    # -- expression grammar ------------------------------------------------------------------

    def _expression(
        self, sent: _Sentence, i: int, ref: _dt.date | None, direction: int = 0
    ) -> tuple[int, int, _Res] | None:
        """The expression starting at token ``i``: (end token, prefix chars, resolution)."""
        anchor = self._lookup(sent, i, _ANCHOR)
        if anchor is not None:
            entry, na, prefix = anchor
            k = i + na
            kind = entry.value
            if kind == "since":
                inner = self._calendar(sent, k, ref, direction=-1)
                if inner is not None:
                    j, _, res = inner
                    return j, prefix, self._since(res, ref)
            if kind in ("ago", "since", "after", "within"):
                counted = self._count(sent, i, k, kind, ref)
                if counted is not None:
                    return counted[0], prefix, counted[1]
        return self._calendar(sent, i, ref, direction=direction)

    def _calendar(
        self, sent: _Sentence, i: int, ref: _dt.date | None, direction: int
    ) -> tuple[int, int, _Res] | None:
        if i >= len(sent.toks):
            return None
        tok = sent.toks[i]
        rules = self._word_rules.get(tok)
        if rules is None:
            rules = self._rules_at(tok)
        for rule in rules:
            hit = rule(sent, i, ref, direction)
            if hit is not None:
                return hit
        return None

    def _rules_at(self, tok: str) -> tuple[Any, ...]:
        """The calendar rules, in order, that can find an expression starting at ``tok``.

        Each rule first asks something of its first word alone (a lexicon kind, digits, an
        ordinal, a count): a rule whose question the word cannot answer returns nothing
        wherever the word stands, so it is left out (cached per word). At "علي" no rule is
        left, at "في" one, at "19" two of the ten.
        """
        kinds = self._word_kinds.get(tok)
        if kinds is None:
            kinds = self._kinds_of(tok)
        digits = _DIGITS_RE.match(tok) is not None
        readings = _readings(tok)
        unit = self._article_unit_of(tok)
        # a count is digits, "/4/", "الـ24" or number words
        counts = (
            tok in _APPROX_FIRST or tok == "/" or digits or self._unit_of(tok) is not None
            or (tok[0].isalpha() and _may_start_number(tok))
        )
        wanted = (
            (self._part_of_day_ref, "part_of_day" in kinds),
            (self._part_expr, "part" in kinds),
            (self._day_ref, not kinds.isdisjoint(_DAY_REF_KINDS)),
            (self._day_of_month, tok == "ال" or (digits and len(tok) <= 2) or any(
                r.startswith("ال") and parse_ordinal(r) is not None for r, _ in readings
            )),
            (self._month_expr, not kinds.isdisjoint(_MONTH_EXPR_KINDS)),
            (self._period, "qualifier" in kinds or (unit is not None and unit[0] != "day")),
            (self._year_expr, "year_word" in kinds or (digits and len(tok) == 4)),
            (self._season, self._season_at(tok) is not None),
            (self._holiday, "holiday" in kinds or tok in _FEAST_DAYS or tok == _EVE),
            (self._clock, "clock" in kinds),
            (self._count_range, counts),
        )
        rules = tuple(rule for rule, may in wanted if may)
        if len(self._word_rules) >= _WORD_CACHE_SIZE:
            self._word_rules.clear()
        self._word_rules[tok] = rules
        return rules

    # deictic days, weekdays ------------------------------------------------------------------

    def _part_of_day_ref(self, sent, i, ref, direction):
        """"فجر اليوم الجمعة", "في الساعات الأولى من صباح اليوم الاثنين"."""
        pod = self._lookup(sent, i, _POD)
        if pod is None or self._lookup(sent, i, _DEICTIC) is not None:
            return None  # "ليلة أمس" is a deictic of its own
        entry, n, prefix = pod
        k = i + n
        code = entry.value
        second = self._lookup(sent, k, _POD)
        if second is not None and second[0].value != "DT":
            k += second[1]
            code = second[0].value
        day = self._day_ref(sent, k, ref, direction, allow_pod=False)
        if day is None and code == "DT" and ref is not None and not _EARLIER_OR_LATER.isdisjoint(sent.toks[i:k]):
            # "في وقت سابق من هذا الشهر": the days of the period before the article's; "في وقت
            # لاحق من هذا الشهر": those after it
            period = self._period(sent, k, ref, direction)
            if period is not None and period[2].start is not None and period[2].start <= ref <= period[2].end:
                j, _, res = period
                one = _dt.timedelta(days=1)
                if _EARLIER in sent.toks[i:k] and res.start < ref:
                    return j, prefix, _Res.span(res.start, ref - one, f"{res.rule}.earlier")
                if _EARLIER not in sent.toks[i:k] and ref < res.end:
                    return j, prefix, _Res.span(ref + one, res.end, f"{res.rule}.later")
        if day is None:
            return None
        j, _, res = day
        if code == "DT":
            return j, prefix, res
        if code == "NI" and res.start is not None and res.granularity == "day":
            # "ليل السبت الأحد", "ليل الجمعة - السبت", "ليلة السبت على الأحد": the night from
            # one day into the next, both days
            k = j + 1 if j + 1 < len(sent.toks) and sent.toks[j] in ("-", "–", "/", "علي", "الي") else j
            nxt = self._lookup(sent, k, _WEEKDAY)
            if nxt is not None and (res.start.weekday() + 1) % 7 == nxt[0].value:
                e = res.start + _dt.timedelta(days=1)
                return k + nxt[1], prefix, _Res.span(res.start, e, res.rule)
        return j, prefix, self._with_pod(res, code, entry.id)

    @staticmethod
    def _with_pod(res: _Res, code: str, rule: str) -> _Res:
        if res.granularity not in ("day", "part_of_day") or res.start is None:
            return attrs.evolve(res, pod=code)
        return attrs.evolve(
            res, granularity="part_of_day", value=f"{res.start.isoformat()}T{code}",
            rule=res.rule, pod=code,
        )

    def _day_ref(self, sent, i, ref, direction, allow_pod=True):
        """"امس الاثنين", "يوم الثلاثاء المقبل", "السبت", "غدا", "اليوم صباحا"."""
        toks = sent.toks
        n = len(toks)
        k = i
        prefix = 0
        day_word = self._lookup(sent, k, _DAY_WORD)
        if day_word is not None:
            prefix = day_word[2]
            k += 1
        deictic = self._lookup(sent, k, _DEICTIC)
        res: _Res | None = None
        if deictic is not None:
            entry, nd, p = deictic
            word = toks[k]
            if k == i:
                prefix = p
            if entry.id == "deictic.today":
                if k + 1 < n and toks[k + 1] in _SAME:
                    # "مساء اليوم نفسه": the day of the expression before it, found once the
                    # text is read (see _same_as_before)
                    return k + 2, prefix, _Res(None, None, "day", None, _SAME_DAY)
                if k + 1 < n and toks[k + 1] in _NOT_TODAY_AFTER:
                    return None
                if k > 0 and toks[k - 1] in _NOT_TODAY_BEFORE:
                    return None
                if k + 1 < n and _DIGITS_RE.match(toks[k + 1]) and not self._counts_after(sent, k + 1):
                    return None  # "اليوم 14 من الحرب" is the war's 14th day
            if entry.id == "deictic.tomorrow" and word.endswith("غد") and not word.endswith(
                "الغد"
            ) and day_word is None and allow_pod and not (k > 0 and toks[k - 1] == "بعد") and (
                self._lookup(sent, k + nd, _WEEKDAY) is None  # ("اعتبارا من غد الأحد")
            ):
                return None
            if entry.id == "deictic.tonight" and day_word is not None:
                return None
            k += nd
            offset = entry.value
            res = self._offset_day(ref, offset, entry.id)
            if entry.id in _NIGHTS:
                res = self._night(ref, entry.value, entry.id)
            elif entry.part:
                res = self._with_pod(res, entry.part, entry.id)
            wd = self._lookup(sent, k, _WEEKDAY)
            if wd is not None and entry.id not in _NIGHTS:
                k += wd[1]
        else:
            wd = self._lookup(sent, k, _WEEKDAY)
            if wd is None:
                if day_word is not None:
                    inner = self._day_of_month(sent, k, ref, direction)
                    if inner is not None:
                        return inner[0], prefix, inner[2]
                return None
            entry, nw, p = wd
            if k == i:
                prefix = p
            if not self._weekday_ok(sent, k, entry):
                return None
            k += nw
            qual = self._lookup(sent, k, _QUAL)
            q = None
            if qual is not None and qual[0].value in (-2, -1, 0, 1, 2) and qual[0].id != (
                "qual.this"
            ):
                q = qual[0].value
                k += qual[1]
            # "الخميس 12 مارس 2015", "يوم الخميس الموافق 12 مارس"
            m = k + (1 if k < n and toks[k] == "الموافق" else 0)
            dated = self._day_of_month(sent, m, ref, direction) if m < n else None
            if dated is not None and dated[2].granularity == "day":
                return dated[0], prefix, attrs.evolve(dated[2], rule=entry.id)
            if q is None:
                if direction < 0:
                    q = None
                elif direction > 0 or self._future(sent, i, k):
                    q = "next_or_same"
            res = self._weekday(ref, entry.value, q, entry.id)
        if allow_pod and k < n:
            pod = self._lookup(sent, k, _POD)
            if pod is not None and sent.toks[k] in _POD_ADVERBS and pod[0].value != "DT":
                k += 1
                res = self._with_pod(res, pod[0].value, res.rule)
        return k, prefix, res

    def _weekday_ok(self, sent: _Sentence, k: int, entry: TimeEntry) -> bool:
        toks = sent.toks
        prev = toks[k - 1] if k > 0 else ""
        nxt = toks[k + 1] if k + 1 < len(toks) else ""
        if entry.id == "weekday.friday" and prev in _NOT_FRIDAY_BEFORE:
            # (but the prayer is the day's when an act is told as after or during it: "خرجت
            # مسيرات عقب صلاة الجمعة")
            return prev == "صلاه" and k > 1 and toks[k - 2] in _AROUND_PRAYER
        if entry.id == "weekday.sunday" and nxt in ("عشر", "عشره"):
            return False
        if prev in _MARKET:
            return False  # "سوق الجمعة", "بسوق الأحد": a town or a quarter named for its market day
        if entry.id == "weekday.monday" and (prev in ("كلا", "بين") or nxt in ("معا",)):
            return False
        return True

    @staticmethod
    def _offset_day(ref: _dt.date | None, offset: int, rule: str) -> _Res:
        if ref is None:
            return _Res(None, None, "day", None, rule)
        d = ref + _dt.timedelta(days=offset)
        return _Res(d, d, "day", d.isoformat(), rule)

    @staticmethod
    def _night(ref: _dt.date | None, offset: int, rule: str) -> _Res:
        """A night runs from the evening of one day to the next morning."""
        if ref is None:
            return _Res(None, None, "part_of_day", None, rule)
        d = ref + _dt.timedelta(days=offset)
        return _Res(d, d + _dt.timedelta(days=1), "part_of_day", f"{d.isoformat()}TNI", rule)

    @staticmethod
    def _weekday(ref: _dt.date | None, wd: int, q: Any, rule: str) -> _Res:
        if ref is None:
            return _Res(None, None, "day", None, rule)
        delta = (ref.weekday() - wd) % 7
        if q is None:  # latest on or before the article date
            d = ref - _dt.timedelta(days=delta)
        elif q == "next_or_same":
            d = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7)
        elif q == -1:
            d = ref - _dt.timedelta(days=delta or 7)
        elif q == -2:
            d = ref - _dt.timedelta(days=(delta or 7) + 7)
        elif q == 0:
            d = ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=wd)
        elif q == 1:
            d = ref + _dt.timedelta(days=((wd - ref.weekday()) % 7) or 7)
        else:
            d = ref + _dt.timedelta(days=(((wd - ref.weekday()) % 7) or 7) + 7)
        return _Res(d, d, "day", d.isoformat(), rule)

    # periods: week, month, year with a qualifier -------------------------------------------

    def _period(self, sent, i, ref, direction, need_qualifier=True):
        """"الأسبوع الماضي", "الشهر الجاري", "العام المقبل", "هذا العام", "السنة قبل الماضية"."""
        k = i
        prefix = 0
        this = self._lookup(sent, k, _QUAL)
        q = None
        if this is not None and this[0].id == "qual.this":
            prefix = this[2]
            k += 1
            q = 0
        unit = self._article_unit(sent, k)
        if unit is None or unit[0] == "day":
            return None
        if q is None and unit[0] == "year" and k > 0 and unit[1] == 0:
            prev = sent.toks[k - 1]
            if prev in _GENERAL_NOUNS or (prev[:1] in "وفبل" and prev[1:] in _GENERAL_NOUNS):
                return None  # "الأمين العام الحالي": "العام" is an adjective here
        if k == i:
            prefix = unit[1]
        k += 1
        if q is None:
            qual = self._lookup(sent, k, _QUAL)
            if qual is not None and qual[0].id != "qual.this":
                if sent.toks[k].startswith("الاخير") and k + 1 < len(sent.toks) and (
                    sent.toks[k + 1] == "من"
                ):
                    return None  # "الأسبوع الأخير من يوليو": the last week of July
                q = qual[0].value
                k += qual[1]
        if q is None:
            if unit[0] == "year" and k < len(sent.toks):
                year = self._year_at(sent, k)
                if year is not None:
                    y, k2 = year
                    return k2, prefix, self._year_res(y, "year.word")
            if need_qualifier:
                return None
            q = 0
        return k, prefix, self._shift_period(ref, unit[0], q, f"period.{unit[0]}")

    @staticmethod
    def _shift_period(ref: _dt.date | None, unit: str, q: int, rule: str) -> _Res:
        """The week, month or year ``q`` units from the article date's ("الشهر الماضي": -1)."""
        if unit not in ("week", "month", "year"):
            raise KeyError(unit)
        return DateFinder._shifted_unit(ref, unit, q, rule)

    @staticmethod
    def _year_res(y: int, rule: str) -> _Res:
        return _Res(_dt.date(y, 1, 1), _dt.date(y, 12, 31), "year", str(y), rule, absolute=True)

    def _year_at(self, sent: _Sentence, k: int) -> tuple[int, int] | None:
        """A four-digit year at token k, with an optional era word: (year, end)."""
        toks = sent.toks
        if k < len(toks) and _DIGITS_RE.match(toks[k]) and len(toks[k]) == 4:
            y = int(toks[k])
            if not _valid_year(y):
                return None
            k += 1
            era = self._lookup(sent, k, _ERA)
            if era is not None and era[0].value == "gregorian":
                k += era[1]
            return y, k
        return None

    def _year_expr(self, sent, i, ref, direction):
        """"عام 2015", "العام 2018", "في 2014" (after an anchor), "2015م"."""
        toks = sent.toks
        if i >= len(toks):
            return None
        yw = self._lookup(sent, i, _YEAR_WORD)
        if yw is not None:
            y = self._year_at(sent, i + yw[1])
            if y is None:
                return None
            if yw[0].value == "years":  # "بين عامي 2014 و2016"
                k = y[1]
                if k + 1 < len(toks) and toks[k] in _JOINERS:
                    y2 = self._year_at(sent, k + 1)
                    if y2 is not None and y2[0] > y[0]:
                        s, e = _dt.date(y[0], 1, 1), _dt.date(y2[0], 12, 31)
                        return y2[1], yw[2], _Res(s, e, "range", f"{y[0]}/{y2[0]}", yw[0].id,
                                                  absolute=True)
            return y[1], yw[2], self._year_res(y[0], yw[0].id)
        if _DIGITS_RE.match(toks[i]) and len(toks[i]) == 4:
            y = self._year_at(sent, i)
            if y is None:
                return None
            prev = self._lookup(sent, i - 1, _ANCHOR) if i > 0 else None
            era = y[1] > i + 1
            after_year = (
                i > 1 and toks[i - 1] in _JOINERS and len(toks[i - 2]) == 4
                and _DIGITS_RE.match(toks[i - 2]) is not None
            )  # "عام 2014 و2015"
            if era or after_year or (
                prev is not None and prev[0].value in ("within", "since", "until")
            ):
                nxt = toks[y[1]] if y[1] < len(toks) else ""
                if not era and nxt and nxt[0].isalpha() and self._counted_noun(nxt):
                    return None
                return y[1], 0, self._year_res(y[0], "year.bare")
        return None

    def _counted_noun(self, tok: str) -> bool:
        """A word that is counted by the number before it ("قتيلا", "شخصا", "غارة")."""
        return (
            tok.endswith("ا")
            or tok.endswith("ين")
            or tok.endswith("ه")
            or tok in ("شخص", "قتيل", "جريح", "مدني", "عنصر", "طفل")
        )

    # parts of a period -------------------------------------------------------------------

    def _part_expr(self, sent, i, ref, direction):
        """"مطلع الأسبوع الحالي", "منتصف سبتمبر المقبل", "أواخر العام الماضي", "نهاية شهر رمضان"."""
        part = self._lookup(sent, i, _PART)
        if part is None:
            return None
        entry, n, prefix = part
        k = i + n
        which = entry.value
        mw = self._lookup(sent, k, _MONTH_WORD)
        after_month_word = k + 1 if mw is not None else k
        period = self._period(sent, k, ref, direction, need_qualifier=False)
        if period is not None and mw is None:
            j, _, res = period
            out = self._part_of(res, which, entry.id)
            if (direction < 0 and ref is not None and j == k + 1 and res.granularity == "week"
                    and out.start is not None and out.start > ref):
                # "اشتباكات خلال عطلة نهاية الأسبوع" told as done: the week's end just gone
                out = self._part_of(self._shift_period(ref, "week", -1, res.rule), which, entry.id)
            return j, prefix, out
        month = self._month_expr(sent, after_month_word, ref, direction, context=True)
        if month is not None and month[2].granularity in ("month",):
            j, _, res = month
            return j, prefix, self._part_of(res, which, entry.id)
        year = self._year_expr(sent, k, ref, direction) or (
            (lambda y: y and (y[1], 0, self._year_res(y[0], "year.bare")))(self._year_at(sent, k))
        )
        if year is not None:
            j, _, res = year
            return j, prefix, self._part_of(res, which, entry.id)
        return None

    @staticmethod
    def _part_of(res: _Res, which: str, rule: str) -> _Res:
        if res.start is None or res.end is None:
            gran = {"week": "part_of_week", "month": "part_of_month", "year": "part_of_year"}
            return _Res(None, None, gran.get(res.granularity, res.granularity), None, rule)
        s, e = res.start, res.end
        span_days = (e - s).days + 1
        if which not in _PART_BOUNDS and res.granularity != "year":
            return res  # a quarter of a month or a week is not said
        if res.granularity == "year" and which in _PART_BOUNDS and which not in _YEAR_PART:
            # "الأسبوع الأول من العام": a week of its first month (the last, of its last)
            month = _Res(*_month_span(s.year, 12 if which == "WL" else 1), "month", None, rule, res.absolute)
            return DateFinder._part_of(month, which, rule)
        if res.granularity == "week" and which not in _WEEK_PART:
            return res  # (nor the weeks of a week)
        if res.granularity == "week":
            a, b = _WEEK_PART[which]
            return _Res(
                s + _dt.timedelta(days=a), s + _dt.timedelta(days=b), "part_of_week",
                f"{_week_value(s)}-{which}", rule,
            )
        if res.granularity == "year":
            a, b = _YEAR_PART[which]
            ns, _ = _month_span(s.year, a)
            _, ne = _month_span(s.year, b)
            return _Res(ns, ne, "part_of_year", f"{s.year}-{which}", rule, res.absolute)
        if res.granularity == "month" and span_days <= 31:
            a, b = _PART_BOUNDS[which]
            if a <= 0:  # counted back from the month's last day
                ns, ne = e + _dt.timedelta(days=a), e + _dt.timedelta(days=b)
            else:
                ns = s + _dt.timedelta(days=a - 1)
                ne = min(e, s + _dt.timedelta(days=b - 1))
            value = res.value if res.value and "/" not in res.value else None
            if value is None:
                value = f"{ns.isoformat()}/{ne.isoformat()}"
            else:
                value = f"{value}-{which}"
            return _Res(ns, ne, "part_of_month", value, rule, res.absolute)
        return res

    # month names, days of months -------------------------------------------------------------

    def _month_at(self, sent: _Sentence, k: int) -> tuple[TimeEntry, int, int] | None:
        return self._lookup(sent, k, _MONTH)

    def _month_name(self, sent: _Sentence, k: int) -> tuple[TimeEntry, int, int, bool] | None:
        """A month name and its paired alternative: (entry, end, prefix, paired)."""
        hit = self._month_at(sent, k)
        if hit is None:
            return None
        entry, n, prefix = hit
        j = k + n
        toks = sent.toks
        paired = False
        # "آذار/مارس", "مارس / آذار", "كانون الثاني (يناير)", "أكتوبر تشرين الأول"
        m = j
        opened = False
        if m < len(toks) and toks[m] in ("/", "(", "-"):
            opened = toks[m] == "("
            m += 1
        alt = self._month_at(sent, m)
        if alt is not None and alt[0].kind == entry.kind and alt[0].value == entry.value and (
            alt[0].family != entry.family or m > j
        ):
            j = m + alt[1]
            paired = True
            if opened and j < len(toks) and toks[j] == ")":
                j += 1
        return entry, j, prefix, paired

    def _day_number(self, sent: _Sentence, k: int) -> tuple[int, int, int] | None:
        """A day of the month at token k: (day, end, prefix) for "12", "الـ12", "السابع"."""
        toks = sent.toks
        if k >= len(toks):
            return None
        tok = toks[k]
        prefix = 0
        if tok == "ال" and k + 1 < len(toks) and _DIGITS_RE.match(toks[k + 1]):
            k += 1
            tok = toks[k]
        if _DIGITS_RE.match(tok):
            if len(tok) > 2:
                return None
            day = int(tok)
            return (day, k + 1, prefix) if 1 <= day <= 31 else None
        for reading, p in _readings(tok):
            if reading.startswith("ال"):
                words = [reading]
                two = None
                if k + 2 < len(toks) + 1 and k + 1 < len(toks):
                    nxt = toks[k + 1]
                    if nxt in ("عشر", "عشره") or nxt.startswith("وال"):
                        two = parse_ordinal(reading + " " + nxt)
                if two is not None:
                    return two, k + 2, p
                day = parse_ordinal(" ".join(words))
                if day is not None and 1 <= day <= 31:
                    return day, k + 1, p
        return None

    def _day_of_month(self, sent, i, ref, direction):
        """"12 مارس 2015", "السابع من أكتوبر", "في الـ12 من الشهر الجاري", "15 رمضان 1437 هـ"."""
        dn = self._day_number(sent, i)
        if dn is None:
            return None
        day, k, prefix = dn
        toks = sent.toks
        if k + 1 < len(toks) and toks[k] in _DAY_RANGE:
            second = self._day_number(sent, k + 1)
            if second is not None and second[0] > day:
                # "12 و30 سبتمبر", "من 12 إلى 30 من الشهر الجاري"
                month = self._month_of_day(sent, second[1], ref, direction, second[0])
                if month is not None and month[2].start is not None:
                    j, _, last = month
                    first = self._day_in(last, day, last.rule)
                    if first is not None:
                        s, e = first.start, last.end
                        return j, prefix, _Res.span(s, e, last.rule, last.absolute)
        if not _DIGITS_RE.match(toks[k - 1]) and not (k < len(toks) and toks[k] == "من") and (
            self._lookup(sent, k, _MONTH_WORD) is None
        ):
            return None  # an ordinal needs "من" or "شهر": "السابع من أكتوبر"
        month = self._month_of_day(sent, k, ref, direction, day)
        if month is None:
            return None
        j, p, res = month
        return j, prefix if p is None else p, res

    def _month_of_day(self, sent, k, ref, direction, day):
        """The month a day number at the token before ``k`` is of, and that day: "من الشهر
        الجاري", "شهر مايو", "سبتمبر المقبل"; (end, prefix, the day) or None, where the
        prefix is None for the day's own (the month's is a name's)."""
        toks = sent.toks
        has_min = k < len(toks) and toks[k] == "من"
        if has_min:
            k += 1
        mw = self._lookup(sent, k, _MONTH_WORD)
        if mw is not None:
            k += 1
        if has_min or mw is not None:
            period = self._period(sent, k, ref, direction, need_qualifier=False)
            if period is not None and period[2].granularity == "month":
                j, _, res = period
                if res.start is None:
                    return j, None, _Res(None, None, "day", None, "day.of_month")
                dated = self._day_in(res, day, "day.of_month")  # (none: "30 من الشهر الجاري" in February)
                return (j, None, dated) if dated is not None else None
        return self._month_expr(sent, k, ref, direction, context=True, day=day)

    @staticmethod
    def _day_in(res: _Res, day: int, rule: str) -> _Res | None:
        s = res.start
        try:
            d = s.replace(day=day)
        except ValueError:
            return None
        return _Res(d, d, "day", d.isoformat(), rule, res.absolute)

    def _month_expr(self, sent, i, ref, direction, context=False, day=None):
        """"سبتمبر", "آذار/مارس 2015", "كانون الثاني (يناير) الماضي", "شهر رمضان"."""
        toks = sent.toks
        k = i
        prefix = 0
        mw = self._lookup(sent, k, _MONTH_WORD)
        if mw is not None:
            k += 1
            prefix = mw[2]
            context = True
        name = self._month_name(sent, k)
        if name is None:
            return None
        entry, j, p, paired = name
        if k == i:
            prefix = p
        hijri = entry.kind == "hijri_month"
        year = None
        if hijri:
            year, j = self._hijri_year_at(sent, j)
        else:
            yw = self._lookup(sent, j, _YEAR_WORD)
            y = self._year_at(sent, j + (yw[1] if yw else 0))
            if y is not None:
                year, j = y
        q = None
        if year is None:
            q, j = self._qualifier_at(sent, j)
        # "في آذار" but not "في باب المندب" (ب + "اب")
        prev_anchor = p == 0 and i > 0 and self._lookup(sent, i - 1, _ANCHOR) is not None
        if entry.strict and not (
            context or paired or year is not None or q is not None or day is not None
            or prev_anchor
        ):
            return None
        if q is None and year is None:
            q = self._tense_side(sent, i, j, direction)
        if hijri:
            res = self._hijri(ref, entry.value, year, q, day, entry.id)
        else:
            res = self._gregorian(ref, entry.value, year, q, day, entry.id)
        if res is None:
            return None
        return j, prefix, res

    def _hijri_year_at(self, sent, j) -> tuple[int | None, int]:
        """A hijri year written at token ``j`` ("1437", "1437 هـ"): (the year or None, the
        token after it)."""
        toks = sent.toks
        if j < len(toks) and _DIGITS_RE.match(toks[j]) and len(toks[j]) == 4 and 1300 <= int(toks[j]) <= 1600:
            year, j = int(toks[j]), j + 1
            era = self._lookup(sent, j, _ERA)
            if era is not None and era[0].value == "hijri":
                j += era[1]
            return year, j
        return None, j

    def _qualifier_at(self, sent, j) -> tuple[Any, int]:
        """A qualifier at token ``j`` ("الماضي", "المقبل"; "الحالي" says nothing): (its value
        or None, the token after it)."""
        qual = self._lookup(sent, j, _QUAL)
        if qual is not None and qual[0].id != "qual.this":
            return qual[0].value, j + qual[1]
        return None, j

    def _tense_side(self, sent, i, j, direction) -> str | None:
        """The side of the article date a name without year or qualifier (tokens ``i`` to
        ``j``) stands on: the scan's ``direction``, else a cue of the future around it."""
        if direction < 0:
            return "on_or_before"
        if direction > 0 or self._future(sent, i, j):
            return "on_or_after"
        return None

    def _gregorian(self, ref, month, year, q, day, rule) -> _Res | None:
        if year is None:
            if ref is None:
                gran = "day" if day else "month"
                return _Res(None, None, gran, None, rule)
            year = ref.year
            if q == -1 or q == -2:
                year = ref.year if month < ref.month else ref.year - 1
                if q == -2:
                    year -= 1
            elif q == 1 or q == 2:
                year = ref.year if month > ref.month else ref.year + 1
                if q == 2:
                    year += 1
            elif q == "on_or_before":
                if (month, day or 1) > (ref.month, ref.day):
                    year -= 1
            elif q == "on_or_after":
                if (month, day or 31) < (ref.month, ref.day):
                    year += 1
            absolute = False
        else:
            absolute = True
        if day is not None:
            d = self._absolute_date(day, month, year, f"{day} {_DP_MONTH[month]} {year}")
            if d is None:
                return None
            return _Res(d, d, "day", d.isoformat(), rule, absolute)
        s, e = _month_span(year, month)
        return _Res(s, e, "month", f"{year}-{month:02d}", rule, absolute)

    def _hijri(self, ref, month, year, q, day, rule) -> _Res | None:
        from hijridate import Hijri

        def span(hy: int) -> tuple[_dt.date, _dt.date] | None:
            try:
                first = Hijri(hy, month, 1)
                length = first.month_length()
                if day is not None:
                    if day > length:
                        return None
                    d = _to_date(Hijri(hy, month, day))
                    return d, d
                return _to_date(first), _to_date(Hijri(hy, month, length))
            except (ValueError, OverflowError):
                return None

        gran = "day" if day is not None else "month"
        if year is not None:
            sp = span(year)
            if sp is None:
                return None
            value = sp[0].isoformat() if day is not None else f"{sp[0]}/{sp[1]}"
            return _Res(sp[0], sp[1], gran, value, rule, absolute=True)
        if ref is None:
            return _Res(None, None, gran, None, rule)
        chosen = _nearest_hijri(ref, span, q)
        if chosen is None:
            return None
        s, e = chosen
        value = s.isoformat() if day is not None else f"{s}/{e}"
        return _Res(s, e, gran, value, rule)

    def _holiday(self, sent, i, ref, direction):
        """"عيد الفطر", "عيد الأضحى الماضي", "عيد الفطر 1445 هـ": the days of a feast of
        the hijri year (Umm al-Qura), the nearest one the tense or a qualifier points to;
        "ثاني أيام عيد الفطر": one of its days; "عشية عيد الأضحى": the day before it."""
        from hijridate import Hijri

        nth = None
        eve = sent.toks[i] == _EVE
        if sent.toks[i] in _FEAST_DAYS:
            if i + 2 >= len(sent.toks) or sent.toks[i + 1] != "ايام":
                return None
            nth, start = _FEAST_DAYS[sent.toks[i]], i + 2
        elif eve:
            start = i + 1
        else:
            start = i
        hit = self._lookup(sent, start, _HOLIDAY)
        if hit is None:
            return None
        entry, n, prefix = hit
        if nth is not None:
            if nth > entry.count:
                return None
            prefix = 0
        elif eve:
            nth, prefix = 0, 0  # the day before the first
        j = start + n
        month, day = entry.value
        year, j = self._hijri_year_at(sent, j)
        q = None
        if year is None:
            q, j = self._qualifier_at(sent, j)
            if q is None:
                q = self._tense_side(sent, i, j, direction)

        def span(hy: int) -> tuple[_dt.date, _dt.date] | None:
            try:
                first = _to_date(Hijri(hy, month, day))
            except (ValueError, OverflowError):
                return None
            if nth is not None:
                return first + _dt.timedelta(days=nth - 1), first + _dt.timedelta(days=nth - 1)
            return first, first + _dt.timedelta(days=entry.count - 1)

        gran = "day" if nth is not None else "range"
        if year is not None:
            chosen = span(year)
        elif ref is None:
            return j, prefix, _Res(None, None, gran, None, entry.id)
        else:
            chosen = _nearest_hijri(ref, span, q)
        if chosen is None:
            return None
        if nth is not None:
            return j, prefix, _Res(chosen[0], chosen[0], "day", chosen[0].isoformat(), entry.id, year is not None)
        return j, prefix, _Res.span(chosen[0], chosen[1], entry.id, absolute=year is not None)

    # seasons ----------------------------------------------------------------------------------

    def _season(self, sent, i, ref, direction):
        """"صيف 2014", "خريف العام الماضي", "الشتاء المقبل"."""
        toks = sent.toks
        if i >= len(toks):
            return None
        hit = self._season_at(toks[i])
        if hit is None:
            return None
        entry, prefix = hit
        k = i + 1
        if k < len(toks) and toks[k] in ("الاول", "الثاني", "الاخر", "اول", "ثاني"):
            return None
        year = self._year_at(sent, k)
        q = None
        if year is not None:
            y, k = year
            absolute = True
        else:
            period = self._period(sent, k, ref, direction)
            if period is not None and period[2].granularity == "year":
                k = period[0]
                if period[2].start is None:
                    return k, prefix, _Res(None, None, "season", None, entry.id)
                y = period[2].start.year
                absolute = period[2].absolute
            else:
                qual = self._lookup(sent, k, _QUAL)
                if qual is None or qual[0].id == "qual.this":
                    return None
                q = qual[0].value
                k += qual[1]
                if ref is None:
                    return k, prefix, _Res(None, None, "season", None, entry.id)
                y = ref.year + (q if q in (-1, 1) else 0)
                absolute = False
        s, e = self._season_span(entry.value, y)
        if q in (-1, 1) and ref is not None:
            # "الصيف الماضي": the latest summer that ended before the article date
            if q == -1 and e >= ref:
                s, e = self._season_span(entry.value, y - 1)
            if q == 1:
                s, e = self._season_span(entry.value, ref.year)
                if s <= ref:
                    s, e = self._season_span(entry.value, ref.year + 1)
        return k, prefix, _Res(s, e, "season", f"{y}-{entry.value}", entry.id, absolute)

    def _season_at(self, tok: str) -> tuple[TimeEntry, int] | None:
        """The season that the word ``tok`` names, and its prefix length."""
        for reading, p in _readings(tok):
            r = reading[2:] if reading.startswith("ال") else reading
            for words, entry in self._by_first.get(r, ()):
                if entry.kind == "season" and len(words) == 1:
                    return entry, p
        return None

    @staticmethod
    def _season_span(code: str, y: int) -> tuple[_dt.date, _dt.date]:
        if code == "WI":
            return _dt.date(y - 1, 12, 1), _dt.date(y, 2, calendar.monthrange(y, 2)[1])
        first = {"SP": 3, "SU": 6, "FA": 9}[code]
        return _dt.date(y, first, 1), _month_span(y, first + 2)[1]

    # clock times --------------------------------------------------------------------------

    def _clock(self, sent, i, ref, direction):
        """"عند الساعة الثامنة مساءً", "الساعة 10 صباحا"."""
        hit = self._lookup(sent, i, _CLOCK)
        if hit is None:
            return None
        toks = sent.toks
        k = i + hit[1]
        if k >= len(toks):
            return None
        tok = toks[k]
        if _DIGITS_RE.match(tok):
            if int(tok) > 24:
                return None
            k += 1
            if k + 1 < len(toks) and toks[k] == ":" and _DIGITS_RE.match(toks[k + 1]):
                k += 2
        elif parse_ordinal(tok) is not None or tok in ("الواحده", "الحاديه"):
            k += 1
            if k < len(toks) and toks[k] in ("عشر", "عشره"):
                k += 1
        else:
            return None
        if k < len(toks) and toks[k] in ("والنصف", "والربع", "الا"):
            k += 1
        if k + 1 < len(toks) and toks[k] == "من":
            # "الساعة 11:30 من مساء أمس الأحد": the hour of the day part named after it
            of = self._part_of_day_ref(sent, k + 1, ref, direction)
            if of is not None:
                return of[0], hit[2], of[2]
        pod = self._lookup(sent, k, _POD)
        code = None
        if pod is not None and toks[k] in _POD_ADVERBS:
            code = pod[0].value
            k += 1
        res = self._offset_day(ref, 0, "clock.hour")
        if code:
            res = self._with_pod(res, code, "clock.hour")
        return k, hit[2], attrs.evolve(res, pod="CLOCK" if code is None else code, rule="clock.hour")

    # counts of units ------------------------------------------------------------------------

    def _number_at(self, sent: _Sentence, k: int) -> tuple[int, int] | None:
        """A count at token k: digits, "الـ24", "/4/", or number words: (n, end)."""
        toks = sent.toks
        n = len(toks)
        if k >= n:
            return None
        if toks[k] == "ال" and k + 1 < n and _DIGITS_RE.match(toks[k + 1]):
            return int(toks[k + 1]), k + 2
        if toks[k] == "/" and k + 2 < n and _DIGITS_RE.match(toks[k + 1]) and toks[k + 2] == "/":
            return int(toks[k + 1]), k + 3
        if _DIGITS_RE.match(toks[k]):
            return int(toks[k]), k + 1
        first = toks[k]
        if not first[0].isalpha() or self._unit_of(first) is not None:
            return None  # every window below starts with this word and would be skipped
        if not _may_start_number(first):
            return None  # no window starting with this word is a number
        for length in (3, 2, 1):
            if k + length > n:
                continue
            words = toks[k : k + length]
            if any(not w[0].isalpha() for w in words):
                continue
            if any(self._unit_of(w) is not None for w in words):
                continue
            value = parse_number(" ".join(words))
            if value is not None and value > 0:
                return value, k + length
        return None

    def _unit_of(self, tok: str) -> TimeEntry | None:
        try:
            return self._word_units[tok]
        except KeyError:
            pass
        found = None
        for reading, _ in _readings(tok):
            r = reading[2:] if reading.startswith("ال") and len(reading) > 3 else reading
            entry = self._unit_words.get(r)
            if entry is not None:
                found = entry
                break
        if len(self._word_units) >= _WORD_CACHE_SIZE:
            self._word_units.clear()
        self._word_units[tok] = found
        return found

    def _skip_approx(self, sent: _Sentence, k: int) -> int:
        toks = sent.toks
        if k >= len(toks) or toks[k] not in _APPROX_FIRST:
            return k
        for words in _APPROX:
            if tuple(toks[k : k + len(words)]) == words:
                return k + len(words)
        return k

    def _count(self, sent, i, k, kind, ref):
        """"قبل يومين", "منذ ثلاثة أيام", "بعد أسبوعين", "خلال الـ 24 ساعة الماضية"."""
        toks = sent.toks
        k0 = k
        k = self._skip_approx(sent, k)
        approx = k > k0
        num = self._number_at(sent, k)
        count = None
        if num is not None:
            count, k = num
        unit = self._unit_of(toks[k]) if k < len(toks) else None
        if unit is None:
            return None
        if kind == "within":
            return self._within(sent, i, k0, ref)
        if count is None:
            count = unit.count
        elif unit.count == 2:
            return None
        if count is None:
            return None  # "منذ أسابيع": vague
        if unit.value == "decade" and num is None and unit.count == 1 and not approx:
            return None  # "منذ عقد القمة": since the summit was held ("منذ أكثر من عقد" counts)
        k += 1
        if kind in ("ago", "after") and k < len(toks) and toks[k] in ("من", "علي", "على") and not (
                # (not a place the act is from: "اعتقل قبل أسبوعين من منزله", nor the place
                # struck: "قصف مدفعي قبل يومين على بلدة")
                k + 1 < len(toks) and (toks[k + 1] in _FROM_PLACES or toks[k] != "من" and toks[k + 1] in _STRUCK)):
            return None  # "بعد يومين على عقد القمة": counted from another event
        if unit.value == "hour" and kind in ("after",):
            return None
        if toks[i] in ("قبل", "بعد") and i > 0 and (
            toks[i - 1] in ("ما",) or self._unit_of(toks[i - 1]) is not None
        ):
            return None  # "يوما بعد يوم": a manner, not a date
        sign = 1 if kind == "after" else -1
        rule = f"count.{kind}.{unit.value}"
        if kind == "since":
            ongoing = self._ongoing(sent, i, k)
            isolated = all(
                not t[0].isalpha() for t in toks[:i] + toks[k:]
            )
            if ongoing is False or (ongoing is None and isolated and not approx):
                kind = "ago"
            else:
                return k, self._back_range(ref, unit.value, count, rule)
        return k, self._shifted_unit(ref, unit.value, count * sign, rule)

    @staticmethod
    def _shifted_unit(ref, unit, n, rule) -> _Res:
        if unit == "hour":
            if ref is None:
                return _Res(None, None, "day", None, rule)
            d = ref + _dt.timedelta(days=-((abs(n) + 23) // 24) if n < 0 and abs(n) >= 24 else 0)
            return _Res(d, d, "day", d.isoformat(), rule)
        gran = unit
        if ref is None:
            return _Res(None, None, gran, None, rule)
        if unit == "day":
            d = ref + _dt.timedelta(days=n)
            return _Res(d, d, "day", d.isoformat(), rule)
        if unit == "week":
            s, e = _week_span(ref + _dt.timedelta(weeks=n))
            return _Res(s, e, "week", _week_value(s), rule)
        if unit == "month":
            d = _add_months(ref.replace(day=1), n)
            s, e = _month_span(d.year, d.month)
            return _Res(s, e, "month", f"{d.year}-{d.month:02d}", rule)
        y = ref.year + (10 * n if unit == "decade" else n)  # "قبل عقدين": that year
        return _Res(_dt.date(y, 1, 1), _dt.date(y, 12, 31), "year", str(y), rule)

    @staticmethod
    def _back_range(ref, unit, n, rule, forward=False) -> _Res:
        if ref is None:
            return _Res(None, None, "range", None, rule)
        sign = 1 if forward else -1
        if unit == "hour":
            other = ref + _dt.timedelta(days=sign * max(1, (n + 23) // 24))
        elif unit == "day":
            other = ref + _dt.timedelta(days=sign * n)
        elif unit == "week":
            other = ref + _dt.timedelta(weeks=sign * n)
        elif unit == "month":
            other = _add_months(ref, sign * n)
        elif unit == "decade":
            other = _add_months(ref, sign * 120 * n)
        else:
            other = _add_months(ref, sign * 12 * n)
        s, e = (ref, other) if forward else (other, ref)
        return _Res.span(s, e, rule)

    def _within(self, sent, i, k, ref):  # noqa: ARG002 (i: the anchor, for symmetry)
        """"خلال الـ 24 ساعة الماضية", "خلال الساعات الـ24 الماضية", "خلال 24 ساعة"; "في غضون
        أسبوعين", "خلال ثلاثة أشهر" (of the future only: from the article date on)."""
        if k > 0 and sent.toks[k - 1] == "غضون":
            return self._within_span(sent, i, k, ref)
        hit = self._count_range(sent, k, ref, 0, anchored=True)
        if hit is None:
            return self._within_span(sent, i, k, ref)
        return hit[0], hit[2]

    def _within_span(self, sent, i, k, ref):
        """"في غضون أسبوعين", "في غضون 48 ساعة": the span from the article date on, when the
        clause tells of the future (a span in the past counts from another act: "سيطرت على
        المدينة في غضون أيام"; so does one "من" something: "في غضون ساعات من إعلان الاتفاق")."""
        toks = sent.toks
        j = self._skip_approx(sent, k)
        count = None
        num = self._number_at(sent, j)
        if num is not None:
            count, j = num
        unit = self._unit_of(toks[j]) if j < len(toks) else None
        if unit is None or unit.value == "decade":
            return None
        if count is None and (any(r.startswith("ال") for r, _ in _readings(toks[j])) or (
                j + 1 < len(toks) and (_DIGITS_RE.match(toks[j + 1]) or self._lookup(sent, j + 1, _NAMED_TIMES)))):
            return None  # "خلال الشهر الجاري", "خلال شهر رمضان", "خلال عام 2025": a time named
        if count is None:
            count = unit.count
            if j + 1 < len(toks) and toks[j + 1] in ("واحد", "واحده") and count == 1:
                j += 1  # "خلال أسبوع واحد"
        if count is None or (j + 1 < len(toks) and toks[j + 1] == "من") or not self._future(sent, i, j + 1):
            return None
        return j + 1, self._back_range(ref, unit.value, count, f"count.within-span.{unit.value}", forward=True)

    def _count_range(self, sent, i, ref, direction, anchored=False):
        """"الأيام الثلاثة الماضية", "اليومين الماضيين" (a range ending on the article date)."""
        toks = sent.toks
        k = self._skip_approx(sent, i)
        count = None
        num = self._number_at(sent, k)
        in_words = False
        if num is not None:
            if _PERCENT.match(toks[k]):
                return None  # "بنسبة 8 في المئة اليوم": percent, no count of days
            in_words = not any(_DIGITS_RE.match(t) for t in toks[k : num[1]])
            count, k = num
        if k >= len(toks):
            return None
        unit = self._unit_of(toks[k])
        if unit is None:
            return None
        has_article = False
        for reading, _ in _readings(toks[k]):
            if reading.startswith("ال"):
                has_article = True
        if in_words and has_article and i > 0 and toks[i - 1].endswith(_NAMED_BY_COUNT):
            # "قمة العشرين الشهر المقبل": the count names a group, no span ("خلال الثلاثة
            # الأشهر الأخيرة" is one)
            return None
        k += 1
        if count is None:
            num = self._number_at(sent, k)
            if num is not None:
                if has_article and unit.count == 1:
                    return None  # "في اليوم 14 من الحرب": the 14th day, no span
                count, k = num
        some = False  # a span of hours or days with no count
        if count is None:
            count = unit.count if unit.count != 1 or not has_article else None
        if count is None and has_article and (unit.value == "hour" or unit.value == "day" and toks[k - 1].endswith("ايام")):
            # "خلال الساعات (القليلة) الماضية": the past hours of news, the last day's;
            # "خلال الأيام (القليلة) الماضية / المقبلة": some days, a week's (not "اليوم
            # التالي", one day)
            some, count = True, 24 if unit.value == "hour" else 7
            if k < len(toks) and toks[k] == "القليله":
                k += 1
        if count is None:
            return None
        elif unit.count == 2 and num is not None and count != 2:
            return None
        qual = self._lookup(sent, k, _QUAL)
        if some and (qual is None or qual[0].value not in ((-1,) if unit.value == "hour" else (-1, 1))):
            return None
        forward = False
        if qual is not None and qual[0].value in (-1, 1) and qual[0].id != "qual.this":
            forward = qual[0].value == 1
            k += qual[1]
        elif not anchored or not (num is not None and unit.value in ("hour", "day")):
            return None
        elif self._future(sent, i, k):
            forward = True
        if unit.value == "year" and not has_article and qual is None:
            return None
        rule = f"count.within.{unit.value}"
        return k, 0, self._back_range(ref, unit.value, count, rule, forward=forward)

    # numeric dates, "منذ", clock anchoring, joined ranges ---------------------------------

    def _numeric_date(self, sent: _Sentence, i: int, m: re.Match) -> tuple[int, int, _Res] | None:
        """"12/3/2015", "2015-03-12" (day-month-year order)."""
        if m.group(1):
            day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        else:
            year, month, day = int(m.group(5)), int(m.group(7)), int(m.group(8))
        if not (_valid_year(year) and 1 <= month <= 12 and 1 <= day <= 31):
            return None
        d = self._absolute_date(day, month, year, f"{day}/{month}/{year}")
        if d is None:
            return None
        j = i
        while j < len(sent.toks) and sent.ends[j] <= m.end():
            j += 1
        return j, 0, _Res(d, d, "day", d.isoformat(), "date.numeric", absolute=True)

    def _absolute_date(self, day: int, month: int, year: int, text: str) -> _dt.date | None:
        """The date that ``text`` ("12 مارس 2015", "12/3/2015") names, of these parts.

        A real date of the years :data:`DIRECT_YEARS` is made directly: dateparser reads
        every one of them, in both forms, as exactly that date (checked day by day; a test
        keeps checking a sample). Anything else, an impossible date ("31/4/2015") included,
        goes to dateparser as before. Building dateparser and its first parse take about
        half a second, which most processes now never pay.
        """
        if DIRECT_YEARS[0] <= year <= DIRECT_YEARS[1]:
            try:
                return _dt.date(year, month, day)
            except ValueError:
                pass
        return self._parse_absolute(text, None)

    def _parse_absolute(self, text: str, ref: _dt.date | None) -> _dt.date | None:
        """Parse a full Gregorian date the rules found ("12 مارس 2015", "12/3/2015").

        The rules always hand dateparser a day, a month and a year, so the result does not
        depend on a relative base; results are cached (bounded, least recently used first).
        """
        with self._lock:
            if text in self._cache:
                self._cache.move_to_end(text)
                return self._cache[text]
            data = self._dateparser().get_date_data(text)
            d = data.date_obj.date() if data and data.date_obj else None
            self._cache[text] = d
            if len(self._cache) > self._CACHE_SIZE:
                self._cache.popitem(last=False)
            return d

    @staticmethod
    def _since(res: _Res, ref: _dt.date | None) -> _Res:
        rule = res.rule
        if res.start is None or ref is None:
            return _Res(None, None, "range", None, rule)
        end = max(ref, res.start)
        return _Res.span(res.start, end, rule)

    def _same_as_before(self, sent, found):
        """"منتصف الشهر نفسه", "أواخر العام ذاته": the month or the year of the expression
        before, not the article's; "مساء اليوم نفسه": its day (none without a day before)."""
        toks = sent.toks
        out: list = []
        for i, j, ns, ne, res in found:
            prev = out[-1][4] if out else None
            if res.rule == _SAME_DAY:
                if prev is None or prev.start is None or prev.start != prev.end:
                    continue  # no day before it to be the same as
                day = _Res(prev.start, prev.start, "day", prev.start.isoformat(), _SAME_DAY)
                out.append((i, j, ns, ne, self._with_pod(day, res.pod, _SAME_DAY) if res.pod else day))
                continue
            if prev is None:
                out.append((i, j, ns, ne, res))
                continue
            unit = _SAME_UNITS.get(toks[j - 1]) if j < len(toks) and toks[j] in _SAME else None
            if unit is not None and res.start is not None and prev.start is not None and not res.absolute:
                if unit == "month":
                    shift = (prev.start.year - res.start.year) * 12 + prev.start.month - res.start.month
                    start = _add_months(res.start, shift)
                    end = _add_months(res.end, shift)
                    if res.end.day == calendar.monthrange(res.end.year, res.end.month)[1]:
                        end = _month_span(end.year, end.month)[1]  # (to the month's last day)
                    old, new = f"{res.start:%Y-%m}", f"{start:%Y-%m}"
                else:
                    years = prev.start.year - res.start.year
                    start = _add_months(res.start, 12 * years)  # (29 February -> 28)
                    end = _add_months(res.end, 12 * years)
                    old, new = str(res.start.year), str(start.year)
                value = res.value.replace(old, new, 1) if res.value else res.value
                res = attrs.evolve(res, start=start, end=end, value=value, rule=f"{res.rule}.same")
                j, ne = j + 1, sent.ends[j]
            out.append((i, j, ns, ne, res))
        return out

    def _anchor_clocks(self, found, ref):
        out = []
        last_day: _Res | None = None
        for item in found:
            i, j, ns, ne, res = item
            if res.rule == "clock.hour" and last_day is not None and last_day.start is not None:
                d = last_day.start
                res = attrs.evolve(res, start=d, end=d, value=d.isoformat(), granularity="day")
                if res.pod and res.pod != "CLOCK":
                    res = attrs.evolve(res, value=f"{d.isoformat()}T{res.pod}",
                                       granularity="part_of_day")
            if res.granularity in ("day", "part_of_day") and res.start == res.end:
                last_day = res
            out.append((i, j, ns, ne, res))
        return out

    @staticmethod
    def _in_year(res: _Res, year: _Res) -> _Res | None:
        """``res`` (a month, a day of a month or a part of one, its year not named) moved
        into the year ``year`` names; None if either is not such."""
        if (
            res.absolute or res.start is None or year.start is None or year.granularity != "year"
            or res.granularity not in ("month", "day", "part_of_month")
            or not res.rule.startswith(("month.", "part."))
            or res.start.year != res.end.year or not res.value or not res.value.startswith(str(res.start.year))
        ):
            return None
        y = year.start.year
        try:
            start, end = res.start.replace(year=y), res.end.replace(year=y)
        except ValueError:  # 29 February in a common year
            return None
        return attrs.evolve(res, start=start, end=end, value=f"{y}{res.value[4:]}", absolute=year.absolute)

    @staticmethod
    def _before(first: _Res, second: _Res) -> _Res:
        """``first`` moved back a week or a year when, as resolved, it falls after the
        weekday or month named with it ("ديسمبر" before "يناير الماضي" is last December)."""
        if first.start is None or second.start is None or first.start <= second.start:
            return first
        kind = first.rule.split(".", 1)[0]
        if kind != second.rule.split(".", 1)[0] or first.granularity != second.granularity:
            return first
        if kind == "weekday" and first.granularity == "day":
            back = _dt.timedelta(days=7)
            start, end = first.start - back, first.end - back
        elif kind == "month" and first.granularity == "month":
            start, end = _month_span(first.start.year - 1, first.start.month)
        else:
            return first
        if start > second.start:
            return first
        return attrs.evolve(first, start=start, end=end, value=None)

    def _after(self, first: _Res, second: _Res, first_text: str, ref: _dt.date) -> tuple[_Res, _Res]:
        """A bare weekday joined to one qualified as to come takes its qualifier: "الثلاثاء
        والأربعاء المقبلين" on a Tuesday are the next week's, as "الثلاثاء المقبل" is; the
        second day is then the first after it."""
        if (first.start is None or second.start is None or first.granularity != "day"
                or second.granularity != "day" or not first.rule.startswith("weekday.")
                or not second.rule.startswith("weekday.") or first.start > ref
                or second.start <= ref or len([w for w in first_text.split() if w not in ("يوم", "يومي")]) != 1):
            return first, second
        moved = self._weekday(ref, first.start.weekday(), 1, first.rule)
        if moved.start > second.start:
            d = second.start + _dt.timedelta(days=7)
            second = attrs.evolve(second, start=d, end=d, value=d.isoformat())
        return moved, second

    def _merge(self, sent, found, ref):
        if len(found) < 2:
            return found
        out = [found[0]]
        for item in found[1:]:
            pi, pj, pns, pne, pres = out[-1]
            i, j, ns, ne, res = item
            gap = sent.norm[pne:ns].split()
            words = [w for w in gap if w not in "،,"]
            joined = (
                words
                and all(w in _CONNECTORS for w in words)
                and any(w in _JOINERS or w.startswith("و") for w in words)
                and len(words) <= 5
            )
            if joined and pres.start is not None and res.start is not None:
                if not any(w in _RANGE_JOINERS for w in words):
                    # "ديسمبر ويناير الماضيين", "السبت والأحد": named days or months joined by
                    # "و" come in their order in time, and name one stretch only when they touch
                    pres = self._before(pres, res)
                    if sent.norm[ns:ne].rsplit(None, 1)[-1] in _NEXT_WORDS:
                        pres, res = self._after(pres, res, sent.norm[pns:pne], ref)
                    if pres.end + _ONE_DAY < res.start or res.end + _ONE_DAY < pres.start:
                        out.append(item)  # "أمس الجمعة وغدا الأحد": two days, not the one between
                        continue
                s = min(pres.start, res.start)
                e = max(pres.end, res.end)
                merged = _Res.span(s, e, pres.rule)
                out[-1] = (pi, j, pns, ne, merged)
            elif words in ([], ["من"]) and (moved := self._in_year(pres, res)) is not None:
                # "حزيران/يونيو من العام الماضي", "مطلع مارس من عام 2014": a month, a day
                # of it or a part of it in the year named after it
                out[-1] = (pi, j, pns, ne, moved)
            else:
                out.append(item)
        return out


#: Qualifiers of days to come, as the last word of a weekday's expression.
_NEXT_WORDS = frozenset(normalize(w) for w in "المقبل المقبلين القادم القادمين".split())

#: Bound of each per-word cache of a DateFinder.
_WORD_CACHE_SIZE = 50_000


@lru_cache(maxsize=8192)
def _readings(tok: str) -> tuple[tuple[str, int], ...]:
    return DateFinder._readings_uncached(tok)


def _may_start_number(word: str) -> bool:
    """Whether number words can start with the (letters-only, normalized) ``word``.

    ``parse_number`` reads a phrase word by word from the first, and gives up at the first
    word that is no number; only "و" is passed over, and a word ending in "ال" takes the
    next word as its article ("ال ثلاثه"). So a phrase starting with any other word is a
    number only if that word alone is.
    """
    return word == "و" or word.endswith("ال") or parse_number(word) is not None


#: Nouns that "العام" follows as an adjective ("الأمين العام", "المدعي العام").
_GENERAL_NOUNS = frozenset(
    "الامين المدعي النائب المدير المفتش المرشد القائد المنسق المراقب المشرف الراي الامن "
    "العفو الاضراب النفير الموتمر المؤتمر الحشد الاتحاد القطاع الشان المال الصالح النظام "
    "التعليم الدين المصرف الادعاء السكرتير الامانه الاداره المديريه المفوض المستشار".split()
)
_GATE_STOP = frozenset(
    "ذو ذي الاول الثاني الاخر الاخره الاولي الثانيه اول ثاني من بعد خلال طوال طيله".split()
)
_GATE_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
_GATE_TOKEN = re.compile(r"[\u0621-\u064a]+")
_GATE_DIGITS = re.compile(r"[0-9]{4}|[0-9][/.\-][0-9]{1,2}[/.\-][0-9]")
_ORDINAL_STARTERS = frozenset(
    "ال" + w
    for w in "اول حادي ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر عشرين ثلاثين".split()
)
_DAY_RANGE = frozenset("الي حتي و - لغايه".split())
_NIGHTS = frozenset({"deictic.last_night", "deictic.overnight", "deictic.night_before_last"})
_ANCHOR = frozenset({"anchor"})
_POD = frozenset({"part_of_day"})
_EARLIER = "سابق"  # "في وقت سابق من": earlier in
_EARLIER_OR_LATER = frozenset((_EARLIER, "لاحق"))  # (and "في وقت لاحق من": later in)
_DEICTIC = frozenset({"deictic"})
_WEEKDAY = frozenset({"weekday"})
_QUAL = frozenset({"qualifier"})
_PART = frozenset({"part"})


def _to_date(hijri) -> _dt.date:
    """The plain ``datetime.date`` of a hijridate ``Hijri`` (its own ``Gregorian`` is a
    subclass of it, which would otherwise reach the records)."""
    g = hijri.to_gregorian()
    return _dt.date(g.year, g.month, g.day)


def _nearest_hijri(ref: _dt.date, span: Any, q: Any) -> tuple[_dt.date, _dt.date] | None:
    """Of the days ``span(hijri year)`` gives for the year of ``ref`` and the years around
    it, those a qualifier ``q`` allows (before or after ``ref``), the nearest to ``ref``."""
    from hijridate import Gregorian

    try:
        hy = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
    except (ValueError, OverflowError):
        return None
    candidates = [sp for sp in (span(hy - 1), span(hy), span(hy + 1)) if sp is not None]
    if not candidates:
        return None
    if q in (-1, -2, "on_or_before"):
        pool = [c for c in candidates if (c[1] < ref if q != "on_or_before" else c[0] <= ref)]
    elif q in (1, 2, "on_or_after"):
        pool = [c for c in candidates if (c[0] > ref if q != "on_or_after" else c[1] >= ref)]
    else:
        pool = candidates
    pool = pool or candidates

    def distance(c: tuple[_dt.date, _dt.date]) -> int:
        if c[0] <= ref <= c[1]:
            return 0
        return min(abs((c[0] - ref).days), abs((c[1] - ref).days))

    return min(pool, key=distance)


_MONTH = frozenset({"month", "hijri_month"})
_HOLIDAY = frozenset({"holiday"})
_FEAST_DAYS = {"اول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4}  # "ثاني أيام عيد الفطر"
_EVE = "عشيه"  # "عشية عيد الفطر": its eve
_MONTH_WORD = frozenset({"month_word"})
_NAMED_TIMES = _MONTH | _WEEKDAY | _HOLIDAY | _QUAL  # "شهر رمضان", "يوم الجمعة", "الشهر الجاري"
_DAY_WORD = frozenset({"day_word"})
_YEAR_WORD = frozenset({"year_word"})
_ERA = frozenset({"era"})
_CLOCK = frozenset({"clock"})
_CUE = frozenset({"cue", "qualifier"})
_DAY_REF_KINDS = _DAY_WORD | _DEICTIC | _WEEKDAY
_MONTH_EXPR_KINDS = _MONTH_WORD | _MONTH
_POD_ADVERBS = frozenset("صباحا مساء ليلا فجرا ظهرا عصرا".split())
