"""ClaimReview JSON-LD validated against Google's required and recommended fields."""

from __future__ import annotations

import dataclasses
import io
import json
from typing import Any

import pytest

from verifier.config import BEST_RATING, WORST_RATING, Config, VerdictLabel
from verifier.models import Status
from verifier.reports import ClaimReviewSettingsError, export_claims
from verifier.reports.claimreview import MAX_CLAIM_REVIEWED
from verifier.reports.sample import ARTICLE_URL, HOSTILE_TEXTS, sample_desk
from verifier.service import Verifier

CONFIG = Config(
    user="Tess Tester",
    organisation_name="Fact Desk",
    organisation_url="https://factdesk.example",
    url_template="https://factdesk.example/checks/{id}",
)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Verifier:
    return sample_desk(tmp_path_factory.mktemp("cr") / "db.json", CONFIG)


def export(desk: Verifier, **options: Any) -> tuple[list[dict[str, Any]], Any, str]:
    out = io.StringIO()
    result = export_claims(desk, desk.claims(), "claimreview", stream=out, **options)
    return json.loads(out.getvalue()), result, out.getvalue()


def validate(review: dict[str, Any]) -> None:
    """Google's ClaimReview structured data: required and recommended properties, spelled right."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    assert review["url"].startswith("https://")
    author = review["author"]
    assert author["@type"] == "Organization" and author["name"]
    assert len(review["datePublished"]) == 10  # ISO 8601 date
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"]
    if "ratingValue" in rating:
        assert rating["bestRating"] == BEST_RATING and rating["worstRating"] == WORST_RATING
        assert WORST_RATING <= rating["ratingValue"] <= BEST_RATING
    else:
        assert "bestRating" not in rating and "worstRating" not in rating
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    if "author" in item:
        authors = item["author"] if isinstance(item["author"], list) else [item["author"]]
        assert all(a["@type"] in ("Person", "Organization") and a["name"] for a in authors)
    if "appearance" in item:
        assert item["appearance"]["@type"] == "CreativeWork"
        assert item["appearance"]["url"].startswith("http")


def test_one_valid_review_per_verdict(desk: Verifier) -> None:
    reviews, result, _ = export(desk)
    verdicts = [c for c in desk.claims() if c.status.is_verdict]
    assert len(reviews) == len(verdicts) == result.claims
    assert result.skipped == len(desk.claims()) - len(verdicts) > 0
    for review in reviews:
        validate(review)
    by_text = {r["claimReviewed"]: r for r in reviews}
    for claim in verdicts:
        review = by_text[claim.text]
        assert review["url"] == f"https://factdesk.example/checks/{claim.id}"
        assert review["reviewRating"]["alternateName"] == CONFIG.verdicts[claim.status].label
        assert review["author"] == {
            "@type": "Organization",
            "name": "Fact Desk",
            "url": "https://factdesk.example",
        }


def test_rating_mapping_and_unverifiable(desk: Verifier) -> None:
    reviews, _, _ = export(desk)
    by_label = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in reviews}
    assert by_label["True"]["ratingValue"] == 5
    assert by_label["Partly true"]["ratingValue"] == 3
    assert by_label["Disputed"]["ratingValue"] == 2
    assert by_label["Unverifiable"] == {"@type": "Rating", "alternateName": "Unverifiable"}


def test_item_reviewed_author_and_appearance(desk: Verifier) -> None:
    reviews, _, _ = export(desk)
    quote = next(r for r in reviews if "The possible use" in r["claimReviewed"])
    assert quote["itemReviewed"]["author"] == {"@type": "Person", "name": "Andrey Rudenko"}
    assert quote["itemReviewed"]["appearance"]["url"] == ARTICLE_URL
    kursk = next(r for r in reviews if "estimates that around 11,000" in r["claimReviewed"])
    assert kursk["itemReviewed"]["author"]["@type"] == "Organization"
    vague = next(r for r in reviews if r["claimReviewed"].startswith("Analysts suggest"))
    assert "author" not in vague["itemReviewed"]  # vague sourcing names no author


def test_long_claims_warned(desk: Verifier) -> None:
    _, result, _ = export(desk)
    long_ones = [
        c for c in desk.claims() if c.status.is_verdict and len(c.text) > MAX_CLAIM_REVIEWED
    ]
    assert long_ones
    for claim in long_ones:
        assert any(claim.id in w and "characters" in w for w in result.warnings)
    # the one-line summary (what the TUI shows) says so too
    assert result.summary().endswith(f"; {len(result.warnings)} warnings")
    assert "skipped 2 without a verdict" in result.summary()


def test_hostile_text_is_data_and_safe_in_a_script_tag(desk: Verifier) -> None:
    reviews, _, raw = export(desk)
    assert "<" not in raw and ">" not in raw  # written as \u003c / \u003e
    hostile = next(r for r in reviews if r["claimReviewed"].startswith(HOSTILE_TEXTS[0]))
    assert HOSTILE_TEXTS[1] in hostile["claimReviewed"]


def test_refuses_without_publisher_settings(desk: Verifier) -> None:
    bare = Verifier(desk.path, config=Config(user="x"), durable=False)
    with pytest.raises(ClaimReviewSettingsError, match=r"organisation name.*url template"):
        export(bare)
    with pytest.raises(ClaimReviewSettingsError, match=r"has no \{id\}"):
        export(bare, org="Desk", url_template="https://desk.example/checks")
    reviews, _, _ = export(bare, org="Other Desk", url_template="https://other.example/c/{id}")
    assert reviews[0]["author"] == {"@type": "Organization", "name": "Other Desk"}
    assert reviews[0]["url"].startswith("https://other.example/c/")


def test_labels_configurable_per_organisation(desk: Verifier) -> None:
    verdicts = dict(CONFIG.verdicts)
    verdicts[Status.VERIFIED] = VerdictLabel("Correct", 5)
    verdicts[Status.UNVERIFIABLE] = VerdictLabel("Unproven", 3)
    custom = Verifier(
        desk.path, config=dataclasses.replace(CONFIG, verdicts=verdicts), durable=False
    )
    reviews, _, _ = export(custom)
    labels = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in reviews}
    assert "Correct" in labels and "True" not in labels
    assert labels["Unproven"]["ratingValue"] == 3


def test_missing_item_author_warned_with_the_fix(desk: Verifier) -> None:
    reviews, result, _ = export(desk)
    texts = {r["claimReviewed"] for r in reviews if "author" not in r["itemReviewed"]}
    no_author = [c for c in desk.claims() if c.text in texts]
    assert no_author  # "Analysts suggest ...": vague sourcing names no author
    for claim in no_author:
        warning = next(
            w for w in result.warnings if w.startswith(f"claim {claim.id}: itemReviewed")
        )
        assert "has no author (Google recommends one)" in warning
        assert f"verifier attribution add {claim.id} WORDS --sourcing named_person" in warning
    vague = next(c for c in no_author if c.text.startswith("Analysts suggest"))
    assert any(f"claim {vague.id}: " in w and "its sourcing is vague" in w for w in result.warnings)
    with_author = [c for c in desk.claims() if c.status.is_verdict and c.text not in texts]
    assert with_author
    for claim in with_author:
        assert not any(w.startswith(f"claim {claim.id}: itemReviewed") for w in result.warnings)


def test_several_article_authors_are_one_person_each(tmp_path: Any) -> None:
    """A byline of two ("A; B", as ingest stores it) is two Persons, not one named "A; B"."""
    desk = sample_desk(tmp_path / "db.json", CONFIG)
    article = desk.articles()[0]
    desk.edit_article(article.id, author="Mary J. Blige; Tom R. Delgado")
    reviews, _, _ = export(desk)
    appearance = reviews[0]["itemReviewed"]["appearance"]
    assert appearance["author"] == [
        {"@type": "Person", "name": "Mary J. Blige"},
        {"@type": "Person", "name": "Tom R. Delgado"},
    ]
    for review in reviews:
        validate(review)


def test_a_claim_opening_with_a_pronoun_is_warned_with_who_it_stands_for(tmp_path: Any) -> None:
    one = Verifier(tmp_path / "one.json", config=CONFIG, durable=False)
    text = "Rudenko spoke in Moscow. He said the weapons would fully destroy relations."
    article, _ = one.add_article(text, title="Warning", url="https://news.example/w")
    claim, _ = one.add_claim(
        "He said the weapons would fully destroy relations.", article=article.id
    )
    one.add_attribution(claim.id, "He", "named_person", name="Andrey Rudenko")
    plain, _ = one.add_claim("Rudenko spoke in Moscow.", article=article.id)
    for c in (claim, plain):
        one.set_status(c.id, Status.UNVERIFIABLE, "no recording")
    out = io.StringIO()
    result = export_claims(one, one.claims(), "claimreview", stream=out)
    pronoun = [w for w in result.warnings if "starts with" in w]
    assert pronoun == [
        f"claim {claim.id}: claimReviewed starts with “He” (Andrey Rudenko), which readers of "
        f"the fact-check cannot resolve; reword it with `verifier claim edit {claim.id} TEXT`"
    ]
