"""Normalization: folding steps, offsets back to the original, clitic readings."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflict_events.normalize import (
    clitic_candidates,
    lexical_key,
    normalize,
    normalize_with_offsets,
    proclitics,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("قُتِلَ", "قتل"),  # diacritics
        ("غـــارة", "غاره"),  # tatweel, teh marbuta
        ("أإآٱ", "اااا"),  # alef forms
        ("مسؤول", "مسوول"),  # hamza on waw
        ("الرئيس", "الرييس"),  # hamza on yeh
        ("فى التركى", "في التركي"),  # alef maqsura as yeh
        ("١٢ آذار ٢٠١٥", "12 اذار 2015"),  # Eastern Arabic digits
        ("۱۲", "12"),  # Persian digits
        ("حلب\u200fالشرقية", "حلبالشرقيه"),  # bidi mark dropped
        ("ﻻ", "لا"),  # presentation form ligature
        ("ء", "ء"),  # a bare hamza stays
    ],
)
def test_normalize_folds(text, expected):
    assert normalize(text) == expected


def test_normalize_with_offsets_maps_back_to_the_original():
    text = "قَصَفَتْ طائراتٌ حلبَ"
    view, offsets = normalize_with_offsets(text)
    assert view == "قصفت طايرات حلب"
    i = view.index("حلب")
    assert text[offsets[i] : offsets[i + 2] + 1] == "حلب"
    assert len(offsets) == len(view) + 1 and offsets[-1] == len(text)


arabicish = st.text(
    alphabet=st.sampled_from(
        list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة")
        + ["\u064b", "\u064e", "\u0651", "\u0652", "ـ", "٣", "۷", "،", " ", "\u200f", "ﻻ", "a", "😀"]
    ),
    max_size=40,
)


@given(arabicish)
def test_normalize_is_idempotent(text):
    assert normalize(normalize(text)) == normalize(text)


@given(arabicish)
def test_normalize_with_offsets_agrees_with_normalize(text):
    view, offsets = normalize_with_offsets(text)
    assert view == normalize(text)
    assert offsets == sorted(offsets) and all(0 <= o <= len(text) for o in offsets)


@pytest.mark.parametrize(
    "word, key",
    [
        ("والولايات", "ولايات"),
        ("بحلب", "حلب"),
        ("للمسلحين", "مسلحين"),
        ("محاصرتهم", "محاصره"),
        ("سيواصلون", "يواصلون"),
        ("سأعمل", "اعمل"),
        ("قواتها", "قوات"),
        ("وبحث", "بحث"),
        # a final hamza sits on ي before a suffix
        ("لقائه", "لقاء"),
        ("باعتدائهم", "اعتداء"),
        # a plural verb drops its alif before a pronoun
        ("خطفوه", "خطفوا"),
        ("واعتقلوهم", "اعتقلوا"),
    ],
)
def test_normalize_clitic_candidates_include_the_stem(word, key):
    assert key in clitic_candidates(normalize(word))


@pytest.mark.parametrize("word, not_key", [("سامر", "امر"), ("سالم", "الم"), ("ساهم", "اهم")])
def test_normalize_a_name_of_three_letters_after_sa_has_no_future_particle(word, not_key):
    # "سامر" is a name, not "I will order"
    assert not_key not in clitic_candidates(normalize(word))


def test_normalize_the_article_takes_no_possessive_my():
    # "الرئيسي" is "the main", never "رئيس" with "my"; "رئيسي" may be
    assert "رييس" not in clitic_candidates(normalize("الرئيسي"))
    assert "رييس" in clitic_candidates(normalize("رئيسي"))
    # its other suffixes stay: "آلياتها" (its vehicles) reaches the key of "آليات"
    assert lexical_key(normalize("آليات")) in clitic_candidates(normalize("آلياتها"))


def test_normalize_li_before_a_word_with_lam_is_no_contracted_article_before_il():
    # "للقاء" is ل + "لقاء" (a meeting): ل + "إلقاء" is written "لإلقاء", so the contraction
    # ل + ال, which gives "القاء" (also "إلقاء" once normalized), is no reading of it
    candidates = clitic_candidates(normalize("للقاء"))
    assert "لقاء" in candidates and lexical_key(normalize("إلقاء")) not in candidates
    assert lexical_key(normalize("إلقاء")) in clitic_candidates(normalize("لإلقاء"))
    # the contraction still comes first where it is one: "للوزارة" is ل + الوزارة
    candidates = clitic_candidates(normalize("للوزارة"))
    assert candidates.index("وزاره") < candidates.index("لوزاره")


@pytest.mark.parametrize("word", ["بحث", "لبنان", "وزير", "فرض", "بغداد"])
def test_normalize_clitic_candidates_start_with_the_word_itself(word):
    assert clitic_candidates(normalize(word))[0] == lexical_key(normalize(word))


def test_normalize_lexical_key_drops_only_the_article():
    assert lexical_key("المسلحين") == "مسلحين"
    assert lexical_key("الي") == "الي"  # too short to carry an article
    # nor does a particle: "ألفي" is two thousand, "الآن" now
    assert lexical_key(normalize("ألفي")) == "الفي"
    assert lexical_key(normalize("الآن")) == "الان"
    assert lexical_key(normalize("ألبان")) == "البان"  # Albanians, not "بأن"
    assert lexical_key(normalize("آلية")) == "اليه"  # a vehicle, not "يه": "فيه" is "في" + "ه"


def test_normalize_my_is_stripped_only_from_stems_of_four_letters():
    assert "بلاد" in clitic_candidates("بلادي")
    assert "يات" not in clitic_candidates("ياتي")  # "يأتي" (he comes)


@pytest.mark.parametrize(
    "word, key, pre",
    [
        ("والولايات", "ولايات", "و"),
        # a conjunction before a verb that ends in a pronoun: "and they abducted him"
        ("واختطفوه", "اختطفوا", "و"),
        ("فقتلوهم", "قتلوا", "ف"),
        ("بيروت", "بيروت", ""),  # (a name that begins like a preposition has none)
    ],
)
def test_normalize_proclitics_are_found_past_a_pronoun_too(word, key, pre):
    assert proclitics(normalize(word), key) == pre
