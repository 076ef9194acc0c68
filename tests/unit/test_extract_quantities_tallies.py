"""A vote's tally is one figure ("voted 6-3"), not the numbers 6 and 3; ranges and dates stay."""

from __future__ import annotations

import pytest

from verifier.extract.quantities import find_quantities


def texts(sentence: str) -> list[tuple[str, float | None]]:
    return [(q.text, q.value) for q in find_quantities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "tally"),
    [
        ("The Harbor City Council voted 6-3 on Tuesday.", "6-3"),
        ("The council voted 31 to 17 to extend the zone.", "31 to 17"),
        ("In a 5–4 ruling, the court struck it down.", "5–4"),
        ("The Senate voted 52-48 to confirm her.", "52-48"),
        ("The motion passed by a 7-2 vote.", "7-2"),
    ],
)
def test_a_vote_tally_is_one_quantity(sentence: str, tally: str) -> None:
    assert texts(sentence) == [(tally, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The vote is due on 12-14 March.", [("12", 12.0)]),
        ("Votes rose from 20 to 30 percent.", [("20", 20.0), ("30 percent", 30.0)]),
        ("The ruling came after 10 to 12 hours of debate.", [("10", 10.0), ("12", 12.0)]),
        ("The team won 3-1 on Saturday.", [("3", 3.0)]),  # no vote word: left as it was
    ],
)
def test_ranges_dates_and_scores_are_no_tally(
    sentence: str, expected: list[tuple[str, float | None]]
) -> None:
    assert texts(sentence) == expected
