"""Fuzz ``Extractor.find_dates`` with atheris: any text in, resolved time expressions out.

In: bytes from the fuzzer, decoded as UTF-8 or mapped onto an alphabet of date words,
digits of both scripts and punctuation ("في 12 آذار/مارس 2016", "منذ ثلاثة أيام"), and one
of a few article dates (or none). Out: nothing when all is well; an exception and the
crashing input when finding dates raises, a span does not slice to its text, or a
resolved range runs backwards.

Run::

    .venv/bin/python fuzz/fuzz_dates.py -max_total_time=300 fuzz/corpus_dates
"""

from __future__ import annotations

import datetime as dt
import sys

import atheris

with atheris.instrument_imports(include=["conflict_events"]):
    import conflict_events as ce

ALPHABET = (
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة")
    + ["\u064e", "\u0651", "ـ", "\u200f", "\u200d"]
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list("،/-.:()«» ") + [" ", " ", " "]
)
WORDS = (
    "في يوم أمس اليوم غدا الماضي المقبل الحالي منذ قبل بعد أيام يومين ثلاثة أسبوع شهر "
    "عام سنة مطلع أواخر منتصف بداية نهاية ليلة صباح مساء الاثنين الجمعة السبت يناير "
    "مارس آذار أغسطس آب ديسمبر كانون الأول رمضان شوال محرم هـ م 12 30 31 2015 2016 "
    "1437 من إلى بين و عامي حتى"
).split()
DATES = (dt.date(2016, 8, 30), dt.date(2000, 2, 29), dt.date(1, 1, 1), dt.date(9999, 12, 31), None)

EXTRACTOR = ce.Extractor()


def text_of(data: bytes) -> str:
    if len(data) < 2:
        return ""
    if data[0] % 2:
        return data[2:].decode("utf-8", "replace")
    out = []
    for b in data[2:]:
        if b >= 0x80:
            out.append(" " + WORDS[b % len(WORDS)] + " ")
        else:
            out.append(ALPHABET[b % len(ALPHABET)])
    return "".join(out)


def check(text: str, article_date: dt.date | None) -> None:
    found = EXTRACTOR.find_dates(text, article_date=article_date)
    for t in found:
        assert 0 <= t.start_char < t.end_char <= len(text), (t, len(text))
        assert text[t.start_char : t.end_char] == t.text, t
        if t.start is not None:
            assert t.end is not None and t.start <= t.end, t
        t.to_dict()
    assert EXTRACTOR.find_dates(text, article_date=article_date) == found


def TestOneInput(data: bytes) -> None:
    date = DATES[data[1] % len(DATES)] if len(data) > 1 else None
    check(text_of(data), date)


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
