"""Fuzz ``Extractor.extract`` with atheris: any text in, events with exact spans out.

In: bytes from the fuzzer, decoded as UTF-8 (invalid bytes replaced) and, half of the
time, mapped onto an Arabic-heavy alphabet so that the fuzzer reaches the lexicon rules
(for example "قصفت طائرات روسية حلب أمس"). Out: nothing when all is well; an exception and
the crashing input (written by libFuzzer as ``crash-*``) when extraction raises, a span
does not slice to its mention text, or two runs differ.

Run::

    .venv/bin/python fuzz/fuzz_extract.py -max_total_time=300 fuzz/corpus_extract
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["conflict_events"]):
    import conflict_events as ce

#: Symbols the byte-to-text mapping draws from: Arabic letters, diacritics, digits of both
#: scripts, Arabic punctuation, bidi marks and joiners, emoji, Latin, whitespace, brackets.
ALPHABET = (
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة")
    + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "ـ"]
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list("،؛؟.!«»“”\"'()[]{}/-:#")
    + ["\u200f", "\u200e", "\u202b", "\u200d", "\u200c", "\ufeff", "😀", "ﻻ", "ﷲ", "\ufd3e"]
    + list("aZ") + [" ", " ", " ", "\n", "\t"]
)
#: Whole words, so that triggers, actors, places and dates occur together.
WORDS = (
    "قصفت الطائرات الروسية حلب أمس الجمعة الماضي منتصف سبتمبر المقبل مقتل 12 مدنيا "
    "والولايات المتحدة دعا إلى هدنة في اشتباكات بين الجيش وقسد لم سيتم عشرات غارة "
    "اعتقلت الشرطة متظاهرين بغداد يوم 2016 آذار رمضان 1437 هـ قتل جرح ثلاثة انسحبت "
    "القوات من مدينة الموصل وزير الخارجية التركي"
).split()

EXTRACTOR = ce.Extractor()


def text_of(data: bytes) -> str:
    """The text a fuzz input stands for (see the module docstring)."""
    if not data:
        return ""
    if data[0] % 2:
        return data[1:].decode("utf-8", "replace")
    out = []
    for b in data[1:]:
        if b >= 0xC0:
            out.append(" " + WORDS[b % len(WORDS)] + " ")
        else:
            out.append(ALPHABET[b % len(ALPHABET)])
    return "".join(out)


def _mentions(event: ce.Event):
    yield event.trigger
    yield from event.actors
    yield from event.targets
    if event.place is not None:
        yield event.place
    if event.date is not None:
        yield event.date


def check(text: str) -> None:
    """Raise AssertionError when extraction of ``text`` breaks a promise of the library."""
    events = EXTRACTOR.extract(text, article_date="2016-08-30")
    for ev in events:
        for m in _mentions(ev):
            assert 0 <= m.start_char < m.end_char <= len(text), (m, len(text))
            assert text[m.start_char : m.end_char] == m.text, m
        ev.to_dict()
    assert EXTRACTOR.extract(text, article_date="2016-08-30") == events


def TestOneInput(data: bytes) -> None:
    check(text_of(data))


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
