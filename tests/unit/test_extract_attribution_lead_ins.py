"""A lead-in ending with a colon attributes the list under it: each item is the lead-in source's
claim ("The council's transport committee has made several specific claims:" over "- ...")."""

from __future__ import annotations

import pytest

from verifier.extract import ExtractedSentence, extract

ITEMS = (
    "- Bus journeys in the centre are 25% slower than in 2015.\n"
    "- The zone would cut journey times by a fifth.\n"
    "- Air pollution near schools exceeds legal limits on most days.\n"
)


def article(lead_in: str, items: str = ITEMS, after: str = "") -> str:
    return f"# Council plans clean air zone\n\nThe plan goes to a vote in May.\n\n{lead_in}\n\n{items}{after}"


def sentence(sentences: list[ExtractedSentence], fragment: str) -> ExtractedSentence:
    (hit,) = [s for s in sentences if fragment in s.text]
    return hit


@pytest.mark.parametrize(
    ("lead_in", "source", "cue"),
    [
        (
            "The council's transport committee has made several specific claims:",
            "The council's transport committee",
            "has made several specific claims",
        ),
        ("The mayor set out three promises:", "The mayor", "set out three promises"),
        ("The committee said:", "The committee", "said"),
        ("The committee said the following:", "The committee", "said"),
        ("According to the committee:", "the committee", "According to"),
        ("Campaigners argue:", "Campaigners", "argue"),
    ],
)
def test_each_item_under_a_lead_in_is_attributed_to_its_source(
    lead_in: str, source: str, cue: str
) -> None:
    text = article(lead_in)
    found = extract(text)
    lead = sentence(found.sentences, lead_in[:12])
    assert not lead.claim and lead.skip_reason == "introduces a quotation"
    for fragment in ("Bus journeys", "cut journey times", "Air pollution"):
        item = sentence(found.sentences, fragment)
        assert [(a.source.text, a.cue.text if a.cue else None) for a in item.attributions] == [
            (source, cue)
        ], fragment
        (att,) = item.attributions
        assert att.content is not None
        assert text[att.content.start : att.content.end] == item.text  # the item, no "- "


def test_a_numbered_list_and_an_item_of_two_sentences() -> None:
    items = (
        "1. Bus journeys in the centre are 25% slower than in 2015. Cycling has doubled.\n"
        "2. The zone would cut journey times by a fifth.\n"
    )
    found = extract(
        article("The council's transport committee has made several specific claims:", items)
    )
    for fragment in ("Bus journeys", "Cycling has doubled", "cut journey times"):
        names = [a.source.text for a in sentence(found.sentences, fragment).attributions]
        assert names == ["The council's transport committee"], fragment


def test_the_list_ends_at_the_next_paragraph_and_an_item_keeps_its_own_source() -> None:
    items = (
        "- Bus journeys in the centre are 25% slower than in 2015.\n"
        "- Police said 40 crashes a year happen on the ring road.\n"
        "- The zone would cut journey times by a fifth.\n"
    )
    after = "\nThe mayor's office disputes the committee's figures on journey times.\n"
    found = extract(
        article("The council's transport committee has made several specific claims:", items, after)
    )
    police = sentence(found.sentences, "40 crashes")
    assert [a.source.text for a in police.attributions] == ["Police"]
    zone = sentence(found.sentences, "cut journey times")  # the list goes on after it
    assert [a.source.text for a in zone.attributions] == ["The council's transport committee"]
    later = sentence(found.sentences, "disputes the committee")
    assert all("transport committee" not in a.source.text for a in later.attributions)


def test_no_list_no_carry_and_a_lead_in_without_a_source_attributes_nothing() -> None:
    found = extract(article("Here are the facts:"))
    assert all(not s.attributions for s in found.sentences)
    text = (
        "The council's transport committee has made several specific claims.\n\n"
        "- Bus journeys in the centre are 25% slower than in 2015.\n"
    )
    item = sentence(extract(text).sentences, "Bus journeys")
    assert item.attributions == []  # a full stop, not a colon: the sentence leads into nothing


def test_a_long_lead_in_with_a_colon_is_no_claim_but_a_long_sentence_with_a_colon_inside_is() -> (
    None
):
    found = extract(article("The council's transport committee has made several specific claims:"))
    assert not sentence(found.sentences, "specific claims").claim
    text = (
        "The figures tell a clear story: bus journeys in the centre are 25% slower than in 2015.\n"
    )
    assert extract(text).sentences[0].claim


@pytest.mark.parametrize(
    ("opener", "closer"), [("- ", ""), ("- **", "**"), ("> - ", ""), ("1. _", "_")]
)
def test_a_long_lead_in_is_no_claim_however_its_items_are_marked(opener: str, closer: str) -> None:
    """The lead-in rule and the carrying of its attribution read list items alike (a review
    found a bold item no longer made its lead-in a lead-in)."""
    text = (
        "There are several specific points in the new transport plan worth looking at closely:\n"
        f"{opener}Bus journeys in the centre are 25% slower than in 2015.{closer}\n"
    )
    (lead_in, _) = extract(text).sentences
    assert lead_in.skip_reason == "introduces a quotation"
