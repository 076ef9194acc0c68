"""Sentence segmentation: offsets into the original text, line breaks, non-claim lines."""

from __future__ import annotations

import pytest

from verifier.extract.segment import byline_names, is_heading, line_skip_reason, segment


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
        ("## Jobs data disappoint", "heading"),
        ("#MeToo was trending on Monday, with 5 million posts.", None),
        ("Read also:", "link line"),
        ("Read more: Why the talks failed", "link line"),
        ("Related: Seoul weighs arms sales", "link line"),
        # a list of links (a Markdown "Sources" section) is reference material, never a claim
        ("- [AHA news release, March 2024](https://newsroom.heart.org/news/8-hour)", "link line"),
        (
            "- [WHO fact sheet](https://www.who.int/fact-sheets/detail/cardiovascular-(cvds))",
            "link line",
        ),
        ("1. https://diabetesatlas.org/ (IDF)", "link line"),
        ("[The WHO](https://who.int) says heart disease kills 17.9 million people a year.", None),
        ("- The WHO says [heart disease kills](https://who.int) 17.9 million a year.", None),
        ("By Jane Smith and John Doe", "byline"),
        # where the reporter filed from does not make a byline a heading
        ("By Jane Smith in Kyiv", "byline"),
        ("By Jane Smith, in Kyiv", "byline"),
        ("By Jane Smith and Tom Lee in Washington", "byline"),
        ("By Jane Smith in Washington, D.C.", "byline"),
        # a wire credit line is a credit line, not a byline (it was "byline" until credit lines
        # had their own reason; either way it is never a claim)
        ("Reporting by Jane Smith; Editing by John Doe", "credit line"),
        ("(Reporting by Margaret L. Okafor; Editing by Susan P. Hart)", "credit line"),
        ("--additional reporting from Darren Samuelsohn.", "credit line"),
        ("The Associated Press contributed to this report.", "credit line"),
        ("Correction: An earlier version of this article misstated the rate.", "correction notice"),
        ("Correction: October 2, 2016, Sunday.", "correction notice"),
        ("Correction Appended.", "correction notice"),
        ("CLARIFICATION: The first sentence has been clarified.", "correction notice"),
        (
            "This article has been updated to include a comment from the White House.",
            "correction notice",
        ),
        (
            "(This story has been corrected to show the rate was 4.5%, not 4.6%.)",
            "correction notice",
        ),
        ("An earlier version of this story gave the wrong date.", "correction notice"),
        ("Editor’s note: This story is part of a series on housing.", "correction notice"),
        ("Editor's note: This story is part of a series on housing.", "correction notice"),
        # statements that only look like notices stay claims
        ("Corrections officers said 5 inmates escaped on Monday.", None),
        ("This video was edited to slow her speech, experts said.", None),
        ("The report was revised to show 300,000 jobs were added.", None),
        ("Writing for the Times, Jane Smith said 40 percent of voters agreed.", None),
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


def test_a_short_line_standing_alone_without_final_punctuation_is_a_heading() -> None:
    text = (
        "Prices rose 5% in May, the bank said.\n\n"
        "Jobs data disappoint\n\n"
        "Employers added 62,000 jobs in February.\n\n"
        "A growing burden\n\n"
        "Diabetes affects 537 million adults.\n"
    )
    reasons = {text[s.start : s.end]: s.skip_reason for s in segment(text)}
    assert reasons["Jobs data disappoint"] == "heading"
    assert reasons["A growing burden"] == "heading"
    assert reasons["Employers added 62,000 jobs in February."] is None


def test_a_long_first_line_standing_alone_without_final_punctuation_is_the_headline() -> None:
    head = (
        "Trump said he would win Ohio by 5 points as polls tightened in the final week of the race"
    )
    text = f"{head}\n\nThe campaign said on Monday that 40 rallies were planned.\n"
    assert [s.skip_reason for s in segment(text)] == ["heading", None]
    # the same line inside the text is no heading (too long for a subhead)
    text = f"The campaign said 40 rallies were planned.\n\n{head}\n\nIt said so.\n"
    assert [s.skip_reason for s in segment(text)][1] is None


def test_a_line_inside_a_paragraph_is_not_a_subheading() -> None:
    # a hard-wrapped paragraph: its lines have no final punctuation but none stands alone
    text = (
        "The central bank left its rate unchanged\n"
        "Employers added 62,000 jobs in February\n"
        "according to the Labor Department.\n\n"
        "Officials said more cuts could follow in the spring and summer of next year.\n"
    )
    assert [s.skip_reason for s in segment(text)] == [None, None, None, None]
    # too long, or ending with punctuation, or two sentences: not a heading either
    for line in (
        "The central bank left its benchmark rate unchanged again on Wednesday in Washington",
        "Prices rose 5% in May.",
        "Prices rose. Wages fell",
    ):
        spans = segment(f"Officials said prices rose.\n\n{line}\n\nThey said so.\n")
        assert all(s.skip_reason is None for s in spans), line


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Margaret L. Okafor", ["Margaret L. Okafor"]),
        ("By Mary J. Blige and Tom R. Delgado", ["Mary J. Blige", "Tom R. Delgado"]),
        ("By Jane Smith, John Doe and Ann Lee", ["Jane Smith", "John Doe", "Ann Lee"]),
        ("By Priya K. Raman, Health Correspondent · February 11, 2025", ["Priya K. Raman"]),
        ("By Jane Smith | The Daily Ledger", ["Jane Smith"]),
        ("By Jane Smith, Reuters", ["Jane Smith"]),
        ("By Wolf Blitzer, CNN Anchor", ["Wolf Blitzer"]),
        ("By Ann B.", ["Ann B."]),
        ("By Jane Smith in Kyiv", ["Jane Smith"]),
        ("By Jane Smith, in Kyiv", ["Jane Smith"]),
        ("By Jane Smith and Tom Lee in Washington", ["Jane Smith", "Tom Lee"]),
        ("By Jane Smith in New York City", ["Jane Smith"]),
        (
            "(Reporting by Margaret L. Okafor; Additional reporting by Tom R. Delgado in New York; "
            "Editing by Susan P. Hart)",
            ["Margaret L. Okafor"],
        ),
        ("Editing by Susan P. Hart", []),
        ("By the end of the year, 40 percent had left.", []),
        ("Prices rose 5% in May.", []),
    ],
)
def test_byline_names_are_kept_as_written(line: str, names: list[str]) -> None:
    assert byline_names(line) == names
