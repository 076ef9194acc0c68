"""Fractions, ratios and measurement units in quantities (fact-checker review).

A share of a whole is stored like a percentage, on the same scale ("40%" is 40.0 "percent"), so
"two-thirds" is 66.67 "percent"; the text keeps the wording as written.
"""

from __future__ import annotations

import pytest

from verifier.extract.quantities import find_quantities


def found(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    qs = find_quantities(text)
    for q in qs:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.value, q.unit, q.hedge) for q in qs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fewer than two-thirds of adults trust the news.",
            ("Fewer than two-thirds", 66.67, "percent", "fewer than"),
        ),
        ("A fifth of homes lack broadband.", ("A fifth", 20.0, "percent", None)),
        (
            "up to a quarter of the sector's workforce could leave",
            ("up to a quarter", 25.0, "percent", "up to"),
        ),
        ("and half of all firms reported losses", ("half", 50.0, "percent", None)),
        ("A third said they would move.", ("A third", 33.33, "percent", None)),
        ("a third of voters", ("a third", 33.33, "percent", None)),
        ("three-quarters of voters backed the plan", ("three-quarters", 75.0, "percent", None)),
        ("three quarters of voters", ("three quarters", 75.0, "percent", None)),
        ("one-third of children", ("one-third", 33.33, "percent", None)),
        ("two fifths of the budget", ("two fifths", 40.0, "percent", None)),
        ("nearly half the country", ("nearly half", 50.0, "percent", "nearly")),
        ("more than half.", ("more than half", 50.0, "percent", "more than")),
        ("about an eighth of it", ("about an eighth", 12.5, "percent", "about")),
        (
            "Rates rose by a quarter of a percentage point.",
            ("a quarter of a percentage point", 0.25, "percentage points", None),
        ),
        (
            "a cut of half a percentage point",
            ("half a percentage point", 0.5, "percentage points", None),
        ),
        (
            "three-quarters of a percentage point",
            ("three-quarters of a percentage point", 0.75, "percentage points", None),
        ),
        ("half a million people", ("half a million", 500_000.0, None, None)),
        ("a quarter of a million homes", ("a quarter of a million", 250_000.0, None, None)),
        ("half a dozen officials", ("half a dozen", 6.0, None, None)),
        (
            "a quarter of a million dollars for",
            ("a quarter of a million dollars", 250_000.0, "USD", None),
        ),
        ("half a billion euros.", ("half a billion euros", 5e8, "EUR", None)),
        (
            "less than half of 1 percent of refugees",
            ("less than half of 1 percent", 0.5, "percent", "less than"),
        ),
        ("half of 1% of", ("half of 1%", 0.5, "percent", None)),
        ("a quarter of a point", ("a quarter of a point", 0.25, "points", None)),
    ],
)
def test_fractions(text: str, expected: tuple[str, float, str | None, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 in 8 shops closed", ("1 in 8", 12.5, "percent", None)),
        ("one in five workers", ("one in five", 20.0, "percent", None)),
        ("nearly 1 in 10 adults", ("nearly 1 in 10", 10.0, "percent", "nearly")),
        ("one in every four homes", ("one in every four", 25.0, "percent", None)),
        ("nine out of ten dentists", ("nine out of ten", 90.0, "percent", None)),
        ("9 out of 10 dentists", ("9 out of 10", 90.0, "percent", None)),
        ("1 in 3 people", ("1 in 3", 33.33, "percent", None)),
        ("one in 1,000 births", ("one in 1,000", 0.1, "percent", None)),
    ],
)
def test_ratios(text: str, expected: tuple[str, float, str | None, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose in the first quarter.",
        "last quarter sales fell",
        "sales were flat quarter-on-quarter",
        "the third quarter of 2024",
        "in the last three quarters",
        "for two quarters in a row",
        "a quarter of the year",
        "The match was level at half-time.",
        "police arrived half an hour later",
        "in the second half of the year",
        "the first half",
        "a third time",
        "a fifth term in office",
        "on behalf of the union",
        "the company's headquarters",
        "a half-hour show",
    ],
)
def test_periods_and_ordinals_are_not_fractions(text: str) -> None:
    # "three" of "the last three quarters" is still a count, as it was before
    assert [q for q in found(text) if q[1:] not in ((2.0, None, None), (3.0, None, None))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 in 10 minutes", [("5", 5.0, None, None), ("10", 10.0, None, None)]),
        ("2 in 2016", [("2", 2.0, None, None)]),
        ("two and a half years", [("two", 2.0, None, None)]),
        ("10 in 5", [("10", 10.0, None, None), ("5", 5.0, None, None)]),
    ],
)
def test_not_ratios(text: str, expected: list[tuple[str, float, str | None, str | None]]) -> None:
    assert found(text) == expected


def test_fraction_with_other_quantities() -> None:
    text = "A fifth of homes, 1 in 8 shops and 40% of firms, up from 3 in 2019."
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [
        ("A fifth", 20.0, "percent"),
        ("1 in 8", 12.5, "percent"),
        ("40%", 40.0, "percent"),
        ("3", 3.0, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("winds of 11.2 mph", ("11.2 mph", 11.2, "mph", None)),
        ("gusts of 8.4mph", ("8.4mph", 8.4, "mph", None)),
        ("up to 50 miles per hour", ("up to 50 miles per hour", 50.0, "mph", "up to")),
        ("a limit of 30 km/h", ("30 km/h", 30.0, "km/h", None)),
        ("at 120 kph", ("120 kph", 120.0, "km/h", None)),
        ("a 42km route", ("42km", 42.0, "km", None)),
        ("about 1,200 kilometres away", ("about 1,200 kilometres", 1200.0, "km", "about")),
        ("26.2 miles", ("26.2 miles", 26.2, "miles", None)),
        ("100 metres", ("100 metres", 100.0, "m", None)),
        ("3.5 kg of cocaine", ("3.5 kg", 3.5, "kg", None)),
        ("2 million tonnes of grain", ("2 million tonnes", 2e6, "tonnes", None)),
        ("500 litres", ("500 litres", 500.0, "litres", None)),
        (
            "1.2 million barrels a day",
            ("1.2 million barrels a day", 1.2e6, "barrels per day", None),
        ),
        ("80 barrels", ("80 barrels", 80.0, "barrels", None)),
        ("40 hectares", ("40 hectares", 40.0, "hectares", None)),
        ("temperatures of 40°C", ("40°C", 40.0, "°C", None)),
        ("a 2 GW plant", ("2 GW", 2.0, "GW", None)),
    ],
)
def test_measurement_units(text: str, expected: tuple[str, float, str | None, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted nouns are not units: the noun a number counts was never a unit
        ("61,400 units were sold", ("61,400", 61400.0, None, None)),
        ("more than 400,000 jobs", ("more than 400,000", 400000.0, None, "more than")),
        ("5,000 homes", ("5,000", 5000.0, None, None)),
        # currency and percentages unchanged
        ("£5m for roads", ("£5m", 5e6, "GBP", None)),
        ("10 pounds", ("10 pounds", 10.0, "GBP", None)),
        ("$3.2bn", ("$3.2bn", 3.2e9, "USD", None)),
        ("rose 2.5 per cent", ("2.5 per cent", 2.5, "percent", None)),
        ("up 0.25 percentage points", ("0.25 percentage points", 0.25, "percentage points", None)),
    ],
)
def test_counted_nouns_currency_and_percent(
    text: str, expected: tuple[str, float | None, str | None, str | None]
) -> None:
    assert found(text) == [expected]


def test_bare_m_is_still_ambiguous() -> None:
    assert found("a 5m wall") == []


def test_vague_amounts_after_a_counted_word() -> None:
    text = "With thousands of vote counting systems, there is no one single point of failure."
    assert found(text) == [("thousands", None, None, None)]
