"""Segmentation leaves Markdown markup and wire datelines out of sentences, without rewriting the
text: a sentence's span starts after a list or blockquote marker, a dateline, and excludes the
emphasis wrapping it, so every span still indexes the text exactly as read."""

from __future__ import annotations

import pytest

from verifier.extract.segment import (
    byline_names,
    dateline_agency,
    dateline_prefix,
    markup_span,
    segment,
)


def sentences(text: str) -> list[tuple[str, str | None]]:
    return [(text[s.start : s.end], s.skip_reason) for s in segment(text)]


def claimable(text: str) -> list[str]:
    return [t for t, reason in sentences(text) if reason is None]


# two sentences, so not taken as a headline (a lone first line is one)
LEAD = "The council met on Tuesday. It published a report."


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "- Bus journeys in the centre are 25% slower.",
            "Bus journeys in the centre are 25% slower.",
        ),
        ("* Fares rose by 12% last year.", "Fares rose by 12% last year."),
        ("+ Fares rose by 12% last year.", "Fares rose by 12% last year."),
        ("• Fares rose by 12% last year.", "Fares rose by 12% last year."),
        ("1. The council spent £40 million.", "The council spent £40 million."),
        ("12) The council spent £40 million.", "The council spent £40 million."),
        ("> Output fell 3% in May.", "Output fell 3% in May."),
        ("> - Output fell 3% in May.", "Output fell 3% in May."),
        (
            "**Ridership fell by 18%, the report found.**",
            "Ridership fell by 18%, the report found.",
        ),
        ("_The city plans 30 buses, officials said._", "The city plans 30 buses, officials said."),
        ("*Output fell 3% in May.*", "Output fell 3% in May."),
        ("***Output fell 3% in May.***", "Output fell 3% in May."),
        ("- **Output fell 3% in May.**", "Output fell 3% in May."),
    ],
)
def test_markers_and_wrapping_emphasis_are_not_part_of_the_sentence(line: str, words: str) -> None:
    text = f"{LEAD}\n\n{line}\n"
    assert claimable(text)[2:] == [words]
    for s in segment(text):
        assert text[s.start : s.end] == text[s.start : s.end].strip()  # exact offsets, no rewrite


def test_a_numbered_item_is_one_sentence_not_its_number_and_the_rest() -> None:
    text = "1. The council spent £40 million on new bus lanes.\n2. Fares rose 12%.\n"
    assert claimable(text) == ["The council spent £40 million on new bus lanes.", "Fares rose 12%."]


def test_emphasis_around_one_sentence_of_a_line_is_left_out_of_it() -> None:
    text = f"{LEAD}\n\n**Output fell 3.2% in January.** Economists had expected 0.5%.\n"
    assert claimable(text)[2:] == ["Output fell 3.2% in January.", "Economists had expected 0.5%."]


@pytest.mark.parametrize(
    "line",
    [
        "Ridership in *outer* districts rose by 4% in 2024.",  # inline emphasis stays (no rewrite)
        "*Outer* districts grew and *inner* ones shrank by 4%.",  # two emphases, not one wrap
        "3.2% of voters stayed home, the survey found.",  # a number, not a list marker
        "- 5 of 8 councils cut bus routes.",
    ],
)
def test_what_is_not_wrapping_markup_is_kept(line: str) -> None:
    text = f"{LEAD}\n\n{line}\n"
    expected = line.removeprefix("- ")
    assert claimable(text)[2:] == [expected]


def test_a_line_of_markup_alone_is_kept_whole() -> None:
    assert markup_span("* * *") == (0, 5, False)
    assert markup_span("- Output fell.") == (2, 14, True)
    assert markup_span("*By Leo Brandt*") == (1, 14, False)


def test_an_italic_byline_is_a_byline_and_names_its_author() -> None:
    line = "*By Leo Brandt — Metro Desk, 4 April 2025*"
    text = f"# City buses slow down\n\n{line}\n\nThe council published its report on Tuesday.\n"
    assert sentences(text)[1] == (line, "byline")  # the whole line, as headings and link lines
    assert byline_names(line) == ["Leo Brandt"]
    assert byline_names("_By Jane Smith and Tom Lee_") == ["Jane Smith", "Tom Lee"]


def test_a_bold_line_standing_alone_is_a_subheading() -> None:
    text = f"{LEAD}\n\n**Key findings**\n\nOutput fell 3% in May.\n"
    assert sentences(text)[2] == ("**Key findings**", "heading")


def test_a_loose_lists_short_items_are_still_claims() -> None:
    text = f"{LEAD}\n\n- Unemployment rose to 5%\n\n- Output fell 3%\n"
    assert claimable(text)[2:] == ["Unemployment rose to 5%", "Output fell 3%"]


@pytest.mark.parametrize(
    ("text", "dateline", "first"),
    [
        (
            "LONDON, March 12 (Newswire) - Britain's manufacturing output fell 3.2% in January.",
            "LONDON, March 12 (Newswire) -",
            "Britain's manufacturing output fell 3.2% in January.",
        ),
        (
            "KYIV (Reuters) - Russia fired 40 missiles.",
            "KYIV (Reuters) -",
            "Russia fired 40 missiles.",
        ),
        (
            "KYIV (Reuters) – Russia fired 40 missiles.",
            "KYIV (Reuters) –",
            "Russia fired 40 missiles.",
        ),
        (
            "KYIV (Reuters) — Russia fired 40 missiles.",
            "KYIV (Reuters) —",
            "Russia fired 40 missiles.",
        ),
        (
            "KYIV (Reuters)—Russia fired 40 missiles.",
            "KYIV (Reuters)—",
            "Russia fired 40 missiles.",
        ),
        (
            "NEW YORK, 12 March 2025 (AP) -- Stocks fell 2%.",
            "NEW YORK, 12 March 2025 (AP) --",
            "Stocks fell 2%.",
        ),
        (
            "KYIV, Ukraine (AP) — Russia fired 40 missiles.",
            "KYIV, Ukraine (AP) —",
            "Russia fired 40 missiles.",
        ),
        ("WASHINGTON — The Senate voted 51-49.", "WASHINGTON —", "The Senate voted 51-49."),
        ("LONDON, March 12 - Output fell 3%.", "LONDON, March 12 -", "Output fell 3%."),
        (
            "Kyiv (Reuters) - Russia fired 40 missiles.",
            "Kyiv (Reuters) -",
            "Russia fired 40 missiles.",
        ),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_first_sentence(
    text: str, dateline: str, first: str
) -> None:
    assert sentences(text + "\n")[:2] == [(dateline, "dateline"), (first, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Apple (AAPL) - Shares fell 3% on Monday.",  # a ticker, not an agency
        "U.S. - China talks resumed on Monday.",
        "NATO - The alliance grew to 32 members.",  # capitals and a hyphen alone: no dateline
        "The report (2024) - Output fell 3%.",
        "London - based firms cut 3% of jobs.",
    ],
)
def test_what_only_looks_like_a_dateline_is_kept(line: str) -> None:
    assert dateline_prefix(line) == 0
    assert claimable(f"{LEAD}\n\n{line}\n")[2:] == [line]


def test_the_agency_a_dateline_names() -> None:
    assert dateline_agency("LONDON, March 12 (Newswire) - Britain's output fell.") == "Newswire"
    assert dateline_agency("WASHINGTON — The Senate voted.") is None
    assert dateline_agency("The Senate voted.") is None
