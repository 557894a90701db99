"""Argument checks: typed errors naming what was wrong."""

import datetime as dt

import pytest

from conflict_events.arguments import check_text, coerce_article_date
from conflict_events.errors import ArticleDateError


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, None),
        ("2016-08-30", dt.date(2016, 8, 30)),
        (" 2016-8-3 ", dt.date(2016, 8, 3)),
        ("2016-08-30T10:00:00", dt.date(2016, 8, 30)),
        (dt.date(2016, 8, 30), dt.date(2016, 8, 30)),
        (dt.datetime(2016, 8, 30, 23, 59), dt.date(2016, 8, 30)),
    ],
)
def test_arguments_article_date_forms(value, expected):
    assert coerce_article_date(value) == expected


@pytest.mark.parametrize("value", ["2016-13-45", "yesterday", 2016, "30/08/2016", "", 3.5])
def test_arguments_bad_article_date_names_the_value(value):
    with pytest.raises(ArticleDateError, match=repr(value).replace("(", r"\(").replace(")", r"\)")):
        coerce_article_date(value)
    assert issubclass(ArticleDateError, ValueError)


@pytest.mark.parametrize("value", [b"x", 1, None, ["x"]])
def test_arguments_text_must_be_str(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        check_text(value)
