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


# --- normalization ---------------------------------------------------------------------

from conflict_events.normalize import (  # noqa: E402
    clitic_candidates,
    fold_char,
    lexical_key,
    normalize,
    normalize_with_offsets,
)

any_text = st.one_of(texts, st.text(max_size=60))  # plus arbitrary Unicode (no surrogates)


@_settings
@given(text=any_text)
def test_properties_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@_settings
@given(text=any_text)
def test_properties_normalize_offsets_map_back_to_the_text(text):
    view, offsets = normalize_with_offsets(text)
    assert view == normalize(text)
    assert len(offsets) == len(view) + 1 and offsets[-1] == len(text)
    assert offsets == sorted(offsets)
    for i, ch in enumerate(view):
        assert 0 <= offsets[i] < len(text)
        assert ch in fold_char(text[offsets[i]])


@_settings
@given(word=st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويء")), min_size=1, max_size=12))
def test_properties_clitic_candidates_start_with_the_word_itself(word):
    cands = clitic_candidates(word)
    assert cands[0] == lexical_key(word)
    assert len(set(cands)) == len(cands)
    # each reading is part of the word (a final ت restored to ة reads as ه, a hamza on ي
    # before a suffix as ء, "لقائه" -> "لقاء", the article restored from "لل" reads
    # "ال": "للاجئين" -> "اللاجئين", kept whole when the key would be too short, as in "لللا",
    # and a plural verb's alif is restored before its pronoun: "خطفوه" -> "خطفوا")
    assert all(c in word or (c.endswith("ه") and c[:-1] + "ت" in word)
               or (len(c) > 2 and c.endswith("اء") and c[:-1] + "ي" in word)
               or (c.startswith("ال") and "ل" + c[2:] in word)
               or (c.endswith("وا") and c[:-1] in word) for c in cands)


# --- the spaCy component on a blank pipeline -------------------------------------------


@pytest.fixture(scope="module")
def nlp():
    import spacy

    pipeline = spacy.blank("ar")
    pipeline.add_pipe("conflict_events")
    return pipeline


@_settings
@given(text=texts)
def test_properties_component_never_raises_and_spans_slice(nlp, text):
    doc = nlp(text)
    events = doc._.events
    for e in events:
        for m in _mentions(e.to_dict()):
            s, t = m["span"]
            assert 0 <= s < t <= len(text)
            assert text[s:t] == m["text"]
        span = doc.char_span(e.trigger.start_char, e.trigger.end_char)
        if span is not None:
            assert span._.event == e
    for d in doc._.dates:
        assert text[d.start_char : d.end_char] == d.text
    assert nlp(text)._.events == events  # deterministic
