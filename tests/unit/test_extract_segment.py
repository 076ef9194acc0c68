"""Sentence segmentation: offsets into the original text, line breaks, non-claim lines."""

from __future__ import annotations

import pytest

from verifier.extract.segment import is_heading, line_skip_reason, segment


def texts(text: str, **kwargs: bool) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, **kwargs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith went to Washington. He said so.",
            ["Mr. Smith went to Washington.", "He said so."],
        ),
        (
            "The U.S. Army said 3.5 percent rose. Next!",
            ["The U.S. Army said 3.5 percent rose.", "Next!"],
        ),
        ("He was born in the U.S. The man left.", ["He was born in the U.S.", "The man left."]),
        (
            "John F. Kennedy died on Nov. 22, 1963. It was sad.",
            ["John F. Kennedy died on Nov. 22, 1963.", "It was sad."],
        ),
        ("“Why?” she asked. “No.” It is.", ["“Why?” she asked.", "“No.”", "It is."]),
        (
            "It is No. 10 on the list. Sens. Jon Tester agreed.",
            ["It is No. 10 on the list.", "Sens. Jon Tester agreed."],
        ),
        ("Prices rose... Then they fell.", ["Prices rose...", "Then they fell."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a middle initial between name words never ends the sentence
        ("Julie A. Smith said the plan works.", ["Julie A. Smith said the plan works."]),
        ("J. A. Smith said it. He left.", ["J. A. Smith said it.", "He left."]),
        (
            "It was paid for by George H. W. Bush. The bill passed.",
            ["It was paid for by George H. W. Bush.", "The bill passed."],
        ),
        # a single capital that ends a sentence does, when a sentence clearly starts after it
        (
            "The prize went to Malcolm X. He accepted it.",
            ["The prize went to Malcolm X.", "He accepted it."],
        ),
        (
            "Patients took vitamin D. The study found no effect.",
            ["Patients took vitamin D.", "The study found no effect."],
        ),
    ],
)
def test_a_single_capital_is_an_initial_unless_a_sentence_starts_after_it(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


def test_line_breaks_always_end_a_sentence_and_offsets_are_exact() -> None:
    text = "  First part without a stop\nsecond line here.  \r\n\n\tThird one. Fourth one.\n"
    spans = segment(text)
    assert [text[s.start : s.end] for s in spans] == [
        "First part without a stop",
        "second line here.",
        "Third one.",
        "Fourth one.",
    ]
    for s in spans:
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_lines_mode_keeps_each_line_whole() -> None:
    text = "Crime rose 5%. It fell later.\n\nHeadline Looking Line\n  Read also:\n"
    spans = segment(text, lines=True)
    assert [text[s.start : s.end] for s in spans] == [
        "Crime rose 5%. It fell later.",
        "Headline Looking Line",
        "Read also:",
    ]
    assert all(s.skip_reason is None for s in spans)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("North Korean Troop Deployment Confirmed", "heading"),
        ("North Korea’s Role in the Russia-Ukraine War", "heading"),
        ("BREAKING NEWS", "heading"),
        ("Read also:", "link line"),
        ("Read more: Why the talks failed", "link line"),
        ("Related: Seoul weighs arms sales", "link line"),
        ("By Jane Smith and John Doe", "byline"),
        ("Reporting by Jane Smith; Editing by John Doe", "byline"),
        ("October 31, 2024", "dateline"),
        ("Published 12 November 2024, 10:30 GMT", "dateline"),
        ("Photo: Jane Smith/Reuters", "photo credit"),
        ("Troops near the border. (AP Photo)", "photo credit"),
        ("Seoul’s stance is part of a broader geopolitical balancing act.", None),
        ("Russia has issued a stark warning to South Korea", None),
        ("By the end of the year, 40 percent of the troops had left.", None),
    ],
)
def test_line_classification(line: str, reason: str | None) -> None:
    assert line_skip_reason(line) == reason


def test_heading_needs_title_case_and_no_final_punctuation() -> None:
    assert is_heading("Strategic Calculations in Seoul")
    assert not is_heading("Strategic calculations are made in Seoul")
    assert not is_heading("Strategic Calculations in Seoul.")


def test_line_after_bare_read_also_is_a_link_line() -> None:
    text = "A claim that 5 people died.\nRead also:\nRussia-North Korea Military Exchange: Seoul Alleges Missile Supplies for Troops"
    reasons = [s.skip_reason for s in segment(text)]
    assert reasons == [None, "link line", "link line"]


def test_a_lone_first_line_is_the_headline_even_in_sentence_case() -> None:
    from verifier.extract.segment import headline_span

    text = (
        "De Blasio says Chelsea explosion was an 'intentional act.'\n\n"
        "Twenty-nine people were injured tonight in Chelsea. The mayor spoke at nine.\n"
    )
    first = segment(text)[0]
    assert text[first.start : first.end].startswith("De Blasio says")
    assert first.skip_reason == "heading"
    assert headline_span(text) == (first.start, first.end)
    # not a headline: no blank line after it, two sentences, or the only line
    assert headline_span("Prices rose 5% in May.\nThe bank said so.\n") is None
    assert headline_span("Prices rose. Wages fell.\n\nThe bank said so.\n") is None
    assert headline_span("Prices rose 5% in May.\n") is None
    lede = "Officials said that 500 tanks were lost in May.\n\nThe ministry said so too.\n"
    assert headline_span(lede) is None  # past-tense reporting: a one-sentence lead paragraph
    body = segment("Prices rose 5% in May.\nThe bank said so.\n")
    assert all(s.skip_reason is None for s in body)
