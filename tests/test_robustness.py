"""Bad calls and pathological texts: typed errors, no crash, exact spans, bounded time.

Every Arabic sentence here is written for these tests. The timing tests use small sizes
(the growth from 1x to 10x is measured by ``benchmarks/bench_growth.py``); they check that a
doubling of the input does not quadruple the time, which is what a quadratic step does.
"""

from __future__ import annotations

import datetime as dt

import pytest

import conflict_events as ce
from conflict_events import cli

SENTENCE = "قصفت طائرات حربية روسية مدينة حلب أمس، وقتل 5 مدنيين"


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


def _spans_exact(text, events):
    for e in events:
        mentions = [e.trigger, *e.actors, *e.targets, e.place, e.date]
        for m in mentions:
            if m is not None:
                assert 0 <= m.start_char < m.end_char <= len(text)
                assert text[m.start_char : m.end_char] == m.text


# --- wrong calls: typed errors naming what was wrong ---------------------------------

@pytest.mark.parametrize(
    "text, type_name",
    [(b"\xd9\x82\xd8\xb5\xd9\x81", "bytes"), (None, "NoneType"), (12, "int"),
     (["قصفت"], "list"), (bytearray(b"x"), "bytearray")],
)
@pytest.mark.parametrize("call", ["extract", "find_dates"])
def test_robustness_non_str_text_is_a_type_error_naming_the_type(ex, call, text, type_name):
    with pytest.raises(TypeError, match=type_name):
        getattr(ex, call)(text, article_date="2016-08-30")


@pytest.mark.parametrize("value", ["2016-13-45", "yesterday", 2016, "2016-02-30", "", "30/08/2016",
                                   20160830.0, ["2016-08-30"]])
@pytest.mark.parametrize("call", ["extract", "find_dates"])
def test_robustness_invalid_article_date_is_a_value_error_naming_the_value(ex, call, value):
    with pytest.raises(ValueError) as info:
        getattr(ex, call)(SENTENCE, article_date=value)
    assert repr(value) in str(info.value)
    assert isinstance(info.value, ce.ArticleDateError)


@pytest.mark.parametrize("value", ["2016-08-30", dt.date(2016, 8, 30), dt.datetime(2016, 8, 30, 14, 5), None])
def test_robustness_valid_article_dates_are_accepted(ex, value):
    events = ex.extract(SENTENCE, article_date=value)
    assert [e.type for e in events][:1] == ["ASSAULT"]


def test_robustness_lone_surrogate_is_a_value_error_not_a_crash(ex):
    # text decoded with errors="surrogateescape" is not valid Unicode: refused as a ValueError
    with pytest.raises(ValueError):
        ex.extract("قصفت \udcd9 الطائرات حلب", article_date="2016-08-30")


@pytest.mark.parametrize(
    "argv, words",
    [
        (["extract", "{file}", "--format", "xml"], ["invalid choice", "xml"]),
        (["dates", "أمس", "--article-date", "2016-08-30", "--format", "csv"], ["invalid choice"]),
        (["extract", "/nonexistent/article.txt"], ["cannot read", "/nonexistent/article.txt"]),
        (["evaluate", "/nonexistent/gold.jsonl"], ["cannot read", "/nonexistent/gold.jsonl"]),
        (["extract", "{file}", "--article-date", "2016-13-45"], ["2016-13-45"]),
        (["extract", "{file}", "--lexicon", "/nonexistent/lex.jsonl"], ["/nonexistent/lex.jsonl"]),
    ],
)
def test_robustness_cli_bad_input_is_one_line_and_exit_2(capsys, tmp_path, ex, argv, words):
    article = tmp_path / "article.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    argv = [a.replace("{file}", str(article)) for a in argv]
    code = cli.main(argv, extractor=ex)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("conflict-events: error:")
    assert "Traceback" not in err
    for w in words:
        assert w in err


def test_robustness_cli_non_utf8_file_is_one_line_and_exit_2(capsys, tmp_path, ex):
    article = tmp_path / "article.txt"
    article.write_bytes(SENTENCE.encode("cp1256"))
    code = cli.main(["extract", str(article)], extractor=ex)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "UTF-8" in err


# --- scraped and pathological texts: no crash, spans exact -----------------------------

ODD_TEXTS = [
    ("empty", ""),
    ("whitespace", " \n\t\u00a0 "),
    ("html leftovers", "<p>قصفت&nbsp;الطائرات <b>مدينة حلب</b> أمس</p><br/>&amp;"),
    ("mojibake", "Ù‚ØµÙØª Ø§Ù„Ø·Ø§Ø¦Ø±Ø§Øª Ù…Ø¯ÙŠÙ†Ø© Ø­Ù„Ø¨"),
    ("nul and controls", "قصفت\x00الطائرات\x07 مدينة حلب أمس\x1b"),
    ("line separators", "قصفت الطائرات\u2028مدينة حلب\u2029أمس\r\nوقتل 5 مدنيين"),
    ("bidi and joiners", "\u202bقصفت\u200f الطائرات\u200d مدينة\u200c حلب\ufeff أمس\u202c"),
    ("emoji and latin", "🔴 عاجل: قصفت طائرات Russian jets 🇷🇺 مدينة حلب أمس #سوريا"),
    ("presentation forms", "ﻗﺼﻔﺖ ﺍﻟﻄﺎﺋﺮﺍﺕ ﻣﺪﻳﻨﺔ ﺣﻠﺐ ﺃﻣﺲ ﻻ ﷲ"),
    ("stacked diacritics", "قَصَفَتْ" + "\u0651" * 500 + " الطائرات مدينة حلب"),
    ("replacement chars", "\ufffd" * 200 + " قصفت الطائرات حلب"),
    ("huge numbers", "قتل 99999999999999999999 مدنيا منذ 99999999999 يوما في عام 999999999"),
    ("eastern digits", "قتل ١٢ مدنيا في ٣٠/٠٨/٢٠١٦ و ٣١/٠٢/٢٠١٦ و ٩٩/٩٩/٩٩٩٩"),
    ("hijri far", "في 30 ذو الحجة 99999 هـ قصفت الطائرات حلب"),
    ("unclosed quotes", "«قال «الجيش» إن «الطائرات قصفت (حلب [أمس"),
    ("only punctuation", "،؛؟.!«»()[]{}" * 50),
    ("url and email", "http://example.com/قصف?x=1 info@example.com قصفت الطائرات حلب"),
    # a word whose rules look at the word after it, with none there
    ("one ambiguous word", "أسر"),
    ("ambiguous word last", "وأفادت المصادر بوقوع أسر"),
    # rules that look at the words before the first one
    ("talks then an act, nothing before", "التقى غارة"),
    # a charge's count the last word, with no full stop
    ("charge count last", "وجهت النيابة تهمة القتل العمد إلى ثلاثة"),
    # the bodies' word, whose count follows it, the last word
    ("bodies last", "سلمت الجماعة جثث"),
]


@pytest.mark.parametrize("article_date", ["2016-08-30", None, "0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("name, text", ODD_TEXTS, ids=[n for n, _ in ODD_TEXTS])
def test_robustness_odd_text_never_raises_and_spans_are_exact(ex, name, text, article_date):
    events = ex.extract(text, article_date=article_date)
    _spans_exact(text, events)
    for t in ex.find_dates(text, article_date=article_date):
        assert text[t.start_char : t.end_char] == t.text


@pytest.mark.parametrize(
    "text, wanted",
    [
        ("ﻗﺼﻔﺖ ﺍﻟﻄﺎﺋﺮﺍﺕ ﻣﺪﻳﻨﺔ ﺣﻠﺐ", "ASSAULT"),  # presentation forms fold to letters
        ("\u202bقصفت\u200f الطائرات مدينة حلب\u202c", "ASSAULT"),  # bidi marks are ignored
        pytest.param(
            "<p>قصفت&nbsp;الطائرات <b>مدينة حلب</b></p>", "ASSAULT",
            marks=pytest.mark.xfail(strict=True, reason="HTML tags and entities glue to the words: "
                                    "'<p>قصفت&nbsp;الطائرات' is one token"),
        ),
    ],
)
def test_robustness_scraped_text_still_yields_the_event(ex, text, wanted):
    assert wanted in [e.type for e in ex.extract(text, article_date="2016-08-30")]


# --- bounded time: measured by benchmarks/bench_growth.py (1x to 10x), not asserted here --

