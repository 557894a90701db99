"""Tests for conflict_events.numbers: Arabic digits and number words -> int."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflict_events.numbers import parse_number, parse_ordinal, vague_quantity


@pytest.mark.parametrize(
    "text,value",
    [
        ("12", 12),
        ("١٢", 12),
        # thousands set off by a comma or the Arabic thousands mark
        ("1,200", 1200),
        ("١٬٢٠٠", 1200),
        ("100,000", 100000),
        ("٢٠١٥", 2015),
        ("الـ24", 24),
        ("الـ 24", 24),
        ("خمسة", 5),
        ("خمس", 5),
        ("ثلاثة", 3),
        ("الثلاثة", 3),
        ("ثلاثين", 30),
        ("عشرون", 20),
        ("خمسة وعشرين", 25),
        ("واحد وعشرون", 21),
        ("خمسة عشر", 15),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("عشرة", 10),
        ("مئة", 100),
        ("مائة", 100),
        ("مائتين", 200),
        ("ثلاثمئة", 300),
        ("ثلاث مئة", 300),
        ("أربعمائة وخمسون", 450),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ألفي", 2000),  # before what it counts: "ألفي جندي"
        ("مئتي", 200),
        ("ثلاثة آلاف", 3000),
        ("80 ألف", 80000),
        ("عشرين ألفا", 20000),
        ("مليون", 1000000),
        ("مليونين", 2000000),
        ("8ر1 مليون", 1800000),
        ("1.5 مليون", 1500000),
    ],
)
def test_numbers_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    # (and digits whose groups are not thousands: "1,20", "2,5")
    "text", ["غارة", "", "آلاف", "عشرات", "7 أشهر", "قتيلا", "12 ساعة", "مدنيا", "1,20", "2,5"]
)
def test_numbers_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text,value",
    [
        ("السابع", 7),
        ("الأول", 1),
        ("العاشر", 10),
        ("الثاني عشر", 12),
        ("الحادي والعشرين", 21),
        ("الثلاثين", 30),
        ("الخامس عشر", 15),
    ],
)
def test_numbers_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text", ["الماضي", "السابق", "أمس"])
def test_numbers_parse_ordinal_rejects_words(text):
    assert parse_ordinal(text) is None


@pytest.mark.parametrize(
    "word,value",
    [
        ("بضعة", 3),
        ("عدة", 10),
        ("عدد من", 10),
        ("العديد", 10),
        ("بعض", 10),
        ("عشرات", 12),
        ("مئات", 100),
        ("آلاف", 1000),
        ("وعشرات", 12),
    ],
)
def test_numbers_vague_quantity(word, value):
    assert vague_quantity(word) == value


@pytest.mark.parametrize("word", ["غارة", "ثلاثة", "12"])
def test_numbers_vague_quantity_rejects_others(word):
    assert vague_quantity(word) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_numbers_parse_never_raises(text):
    value = parse_number(text)
    assert value is None or isinstance(value, int)


@pytest.mark.parametrize("text,value", [("\ufdd0", None), ("\ufbb2 12", 12)])
def test_numbers_survive_unfoldable_characters(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text, value", [("/12/", 12), ("(٤)", 4), ("(15)", 15)])
def test_numbers_a_count_set_off_by_marks(text, value):
    assert parse_number(text) == value
