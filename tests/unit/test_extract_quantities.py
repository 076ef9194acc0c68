"""Quantities with hedges, units and offsets into the text."""

from __future__ import annotations

import pytest

from verifier.extract.quantities import find_quantities


def one(text: str) -> tuple[str, float | None, str | None, str | None]:
    (q,) = find_quantities(text)
    assert text[q.start : q.end] == q.text
    return q.text, q.value, q.unit, q.hedge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("suggest that over 10,000 North Korean soldiers", ("over 10,000", 10000.0, None, "over")),
        ("around 11,000 North Korean troops", ("around 11,000", 11000.0, None, "around")),
        ("the two leaders", ("two", 2.0, None, None)),
        ("costs rose 27 percent", ("27 percent", 27.0, "percent", None)),
        ("a 3.5% rise", ("3.5%", 3.5, "percent", None)),
        ("nearly $4.5 million in aid", ("nearly $4.5 million", 4_500_000.0, "USD", "nearly")),
        ("a €2bn deal", ("€2bn", 2e9, "EUR", None)),
        ("twenty-five soldiers", ("twenty-five", 25.0, None, None)),
        ("three million people", ("three million", 3e6, None, None)),
        ("dozens of people", ("dozens", None, None, None)),
        ("millions of dollars", ("millions", None, None, None)),
        ("more than 400,000 jobs", ("more than 400,000", 400000.0, None, "more than")),
    ],
)
def test_quantities(text: str, expected: tuple[str, float | None, str | None, str | None]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It happened in 2016.",
        "On Nov. 22, 1963 he died.",
        "the Sept. 11 attacks",
        "on 5 October",
        "at 3 p.m.",
        "an F-16 and COVID-19",
        "one of them",
    ],
)
def test_dates_codes_and_one_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_offsets_into_a_larger_text() -> None:
    text = "Intro. Then around 11,000 troops. And 5% more."
    qs = find_quantities(text, 7, 33)
    assert [(q.text, q.start) for q in qs] == [("around 11,000", 12)]
