"""The pipeline on the sample article: the right claims, kinds and quantities, and no headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.extract import CLAIM_THRESHOLD, ExtractedSentence, Extraction, extract
from verifier.extract.kinds import classify
from verifier.extract.quantities import find_quantities
from verifier.extract.score import load_model, score
from verifier.models import ClaimKind

SEED = Path(__file__).resolve().parents[2] / "seeds" / "russia-warns-south-korea.txt"


@pytest.fixture(scope="module")
def article() -> Extraction:
    return extract(SEED.read_text(encoding="utf-8"))


def find(extraction: Extraction, fragment: str) -> ExtractedSentence:
    (hit,) = [s for s in extraction.sentences if fragment in s.text]
    return hit


def test_offsets_index_the_text(article: Extraction) -> None:
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
        for q in s.quantities:
            assert s.start <= q.start < q.end <= s.end
            assert article.text[q.start : q.end] == q.text
        for m in s.mentions:
            assert article.text[m.start : m.end] == m.text
    starts = [s.start for s in article.sentences]
    assert starts == sorted(starts)


def test_statistics_with_hedged_quantities(article: Extraction) -> None:
    over = find(article, "over 10,000 North Korean soldiers were dispatched to Russia in October")
    assert over.claim and over.kind is ClaimKind.STATISTIC
    assert [(q.text, q.value, q.hedge) for q in over.quantities] == [
        ("over 10,000", 10000.0, "over")
    ]
    assert ("date", "in October") in [(m.kind, m.text) for m in over.mentions]

    around = find(article, "around 11,000 North Korean troops are stationed in the Kursk region")
    assert around.claim and around.kind is ClaimKind.STATISTIC
    assert [(q.value, q.hedge) for q in around.quantities] == [(11000.0, "around")]
    kinds = {(m.kind, m.text) for m in around.mentions}
    assert {("organisation", "U.S. Department of Defense"), ("place", "Kursk region")} <= kinds


def test_event_quote_and_analysis_are_claims(article: Extraction) -> None:
    treaty = find(article, "signed a mutual defence treaty")
    assert treaty.claim and treaty.kind is ClaimKind.EVENT
    quote = find(article, "will fully destroy relations")
    assert quote.claim and quote.kind is ClaimKind.QUOTE
    analysts = find(
        article, "Analysts suggest that Moscow may be offering advanced military technologies"
    )
    assert analysts.claim
    assert analysts.kind in (ClaimKind.PREDICTION, ClaimKind.STATEMENT)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("North Korean Troop Deployment Confirmed", "heading"),
        ("Russian-South Korean Relations Under Strain", "heading"),
        ("Strategic Calculations in Seoul", "heading"),
        ("North Korea’s Role in the Russia-Ukraine War", "heading"),
        ("Read also:", "link line"),
        (
            "Russia-North Korea Military Exchange: Seoul Alleges Missile Supplies for Troops",
            "link line",
        ),
    ],
)
def test_headings_and_link_lines_are_not_claims(
    article: Extraction, line: str, reason: str
) -> None:
    sentence = find(article, line)
    assert sentence.text == line
    assert not sentence.claim
    assert sentence.skip_reason == reason


def test_threshold_selects_some_not_all(article: Extraction) -> None:
    content = [s for s in article.sentences if s.skip_reason not in ("heading", "link line")]
    claims = article.claims
    assert all(s.claim for s in claims)
    assert 5 <= len(claims) < len(content)
    assert all(s.skip_reason == "below threshold" for s in content if not s.claim)
    assert article.threshold == CLAIM_THRESHOLD


def test_threshold_override_and_lines_mode() -> None:
    text = "Unemployment fell to 3.5% in 2019.\nNorth Korean Troop Deployment Confirmed\n"
    everything = extract(text, lines=True, threshold=0.0)
    assert [s.text for s in everything.sentences] == [
        "Unemployment fell to 3.5% in 2019.",
        "North Korean Troop Deployment Confirmed",
    ]
    assert all(s.claim for s in everything.sentences)
    nothing = extract(text, threshold=1.0)
    assert nothing.claims == []
    assert extract("").sentences == []


def test_attributions_pass_through(article: Extraction) -> None:
    around = find(article, "around 11,000 North Korean troops")
    names = [a.name for a in around.attributions]
    if not names:
        pytest.skip("verifier.extract.attribution not present")
    assert "U.S. Department of Defense" in names


def test_scores_are_probabilities_and_deterministic() -> None:
    model = load_model()
    assert 0 < len(model.weights) < 100_000
    high = score("Unemployment fell to 3.5 percent, the lowest rate since 1969.")
    low = score("Thank you very much, good evening.")
    assert 0.0 <= low < 0.5 < high <= 1.0
    assert score("Thank you very much, good evening.") == low


def test_kinds() -> None:
    def kind(text: str) -> ClaimKind:
        return classify(text, find_quantities(text))

    assert kind("“We will never surrender to anyone at all,” he said.") is ClaimKind.QUOTE
    assert kind("Sales rose 12% last year.") is ClaimKind.STATISTIC
    assert kind("Inflation is expected to fall next year.") is ClaimKind.PREDICTION
    assert kind("The senate passed the bill on Tuesday.") is ClaimKind.EVENT
    assert kind("The policy is a failure.") is ClaimKind.STATEMENT
    assert kind("He urged “long-term national interests” today.") is ClaimKind.STATEMENT


def test_a_lead_in_ending_with_a_colon_is_not_a_claim_but_its_quotation_is_attributed() -> None:
    from verifier.extract import extract

    text = (
        "Donors are leaving the campaign in large numbers.\n\n"
        "The New York Times reports:\n\n"
        '"Just 24 percent of her donors gave $200 or less, down from 40 percent in 2012."\n'
    )
    sentences = extract(text).sentences
    lead = next(s for s in sentences if s.text.startswith("The New York Times"))
    assert not lead.claim and lead.skip_reason == "introduces a quotation"
    quote = next(s for s in sentences if "24 percent" in s.text)
    assert quote.claim
    assert any(a.name == "New York Times" for a in quote.attributions)


def test_vague_and_anonymous_sourcing_makes_a_claim_with_its_mark() -> None:
    """'Analysts say ...' without a 'that': the attribution tells it is reported speech."""
    text = (
        "The economy added 62,000 jobs in February, the Labor Department said on Friday.\n"
        "Analysts say the weakness is broader than the headline figure suggests.\n"
        "Some observers believe the Fed may be underestimating the slowdown."
    )
    found = extract(text).sentences
    for sentence in found[1:]:
        assert [a.sourcing.value for a in sentence.attributions] == ["vague"]
        assert sentence.claim, sentence.text
    texts = [s.text for s in found]
    without = load_model().score_many(texts)  # the pattern alone: no "that" after "say"
    assert found[1].score > without[1] and found[2].score > without[2]
    assert found[0].score == without[0]  # a named source is left to the pattern and the model


def test_a_refusal_to_comment_is_not_reported_speech() -> None:
    """'An official declined to comment': an anonymous source that said nothing gets no lift."""
    text = (
        "The economy added 62,000 jobs in February, the Labor Department said on Friday.\n"
        "A Goldman Sachs spokesperson declined to comment on the note.\n"
        "A Fed spokesperson did not immediately respond to a request for comment."
    )
    found = extract(text).sentences
    assert all(s.attributions and s.attributions[0].is_weak for s in found[1:])
    assert [s.score for s in found] == load_model().score_many([s.text for s in found])


@pytest.mark.parametrize(
    "refusal",
    [
        "A Treasury spokesperson declined to comment on the figures.",
        "A Fed spokesperson did not immediately respond to a request for comment.",
        "The ministry did not respond to repeated requests for comment on Friday.",
        "The company could not be reached for comment.",
        "Representatives for the mayor were not immediately available for comment.",
        "Downing Street refused to comment on the leaked figures.",
    ],
)
def test_a_refusal_to_comment_is_no_claim(refusal: str) -> None:
    """Saying nothing asserts nothing checkable: kept as a sentence, not marked a claim."""
    text = f"The economy added 62,000 jobs in February, the Labor Department said on Friday.\n{refusal}\n"
    first, second = extract(text).sentences
    assert first.claim
    assert not second.claim and second.skip_reason == "refuses to comment"
    assert second.score > 0  # still scored: a person can promote it


def test_a_refusal_beside_something_said_is_still_a_claim() -> None:
    text = (
        "The ministry, which declined to comment on the leak, said on Tuesday that 300 troops "
        "had been deployed to the border.\n"
        "The company refused to pay the £3 million fine imposed by the regulator last year.\n"
    )
    said, refused = extract(text).sentences
    assert said.claim and said.skip_reason is None
    assert refused.skip_reason != "refuses to comment"  # a refusal to pay is an event


def test_kinds_of_open_questions_and_inabilities() -> None:
    def kind(text: str) -> ClaimKind:
        return classify(text, find_quantities(text))

    unclear = "It is unclear whether the government will meet its target of 300,000 homes a year."
    assert kind(unclear) is ClaimKind.STATEMENT
    assert kind("It remains to be seen if the ban will cut emissions.") is ClaimKind.STATEMENT
    assert kind("Prices rose 5% in 2023, but it is unclear whether the rise will last.") is (
        ClaimKind.STATISTIC
    )  # the number before the open question is asserted
    # a number after the question is not asserted, even when its digits appear before it
    since = "Since 2025, it is unclear whether the council will build 25 homes."
    assert kind(since) is ClaimKind.STATEMENT
    (found,) = extract("Intro line here.\n" + since + "\n").sentences[1:]  # offsets past 0
    assert found.kind is ClaimKind.STATEMENT
    cautioned = (
        "Other scientists cautioned that the study was observational and could not prove cause."
    )
    assert kind(cautioned) is ClaimKind.STATEMENT
    assert kind("Other scientists cautioned that the study was observational.") is (
        ClaimKind.STATEMENT
    )
    assert kind("The ban could cut emissions in the city centre.") is ClaimKind.PREDICTION
    assert kind("Experts warned that prices will rise again.") is ClaimKind.PREDICTION
