"""Property tests: any string in, no exception out, offsets in bounds and exact."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import conflict_events as ce

_ALPHABET = (
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة")
    + ["\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "ـ"]  # diacritics, tatweel
    + list("0123456789٠١٢٣٤٥٦٧٨٩")
    + list("،؛؟.!«»“”\"'()[]/-:#")
    + ["\u200f", "\u200e", "\u202b", "\u200d", "\u200c", "\ufeff"]  # bidi marks, joiners
    + ["😀", "\U0001f1f8", "\U0001f1fe", "ﻻ", "ﷲ", "\ufd3e", "a", "Z", " ", "\n", "\t"]
)
_WORDS = [
    "قصفت", "الطائرات", "الروسية", "حلب", "أمس", "الجمعة", "الماضي", "منتصف", "سبتمبر",
    "المقبل", "مقتل", "12", "مدنيا", "والولايات", "المتحدة", "دعا", "إلى", "هدنة", "في",
    "اشتباكات", "بين", "الجيش", "وقسد", "لم", "سيتم", "عشرات", "the", "army",
]
texts = st.one_of(
    st.text(alphabet=st.sampled_from(_ALPHABET), max_size=80),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.sampled_from(_ALPHABET)), max_size=40).map(" ".join),
)

_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def ex():
    return ce.Extractor()


def _mentions(d):
    yield d["trigger"]
    yield from d["actors"]
    yield from d["targets"]
    if d["place"]:
        yield d["place"]
    if d["date"]:
        yield d["date"]


@_settings
@given(text=texts)
def test_properties_extract_never_raises_and_spans_slice(ex, text):
    events = ex.extract(text, article_date="2016-08-30")
    for e in events:
        for m in _mentions(e.to_dict()):
            s, t = m["span"]
            assert 0 <= s < t <= len(text)
            assert text[s:t] == m["text"]
    assert ex.extract(text, article_date="2016-08-30") == events  # deterministic


@_settings
@given(text=texts)
def test_properties_find_dates_never_raises_and_spans_slice(ex, text):
    for d in ex.find_dates(text, article_date="2016-08-30"):
        assert 0 <= d.start_char < d.end_char <= len(text)
        assert text[d.start_char : d.end_char] == d.text
        if d.start is not None:
            assert d.start <= d.end
