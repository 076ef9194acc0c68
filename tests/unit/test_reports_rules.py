"""Reports flag verdicts that do not meet their rules, and claims no longer in the article."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any

import pytest

from verifier.config import Config
from verifier.models import Claim, Status
from verifier.reports import export_claims
from verifier.service import Verifier

CONFIG = Config(
    user="Tess Tester",
    organisation_name="Fact Desk",
    organisation_url="https://factdesk.example",
    url_template="https://factdesk.example/checks/{id}",
)
ARTICLE = (
    "Troop numbers\n\n"
    "The ministry said 11,000 soldiers crossed the border in October.\n\n"
    "Officials in Kyiv said the figure was closer to 12,000.\n\n"
    "The mayor opened a new bridge on Tuesday.\n"
)


@pytest.fixture
def desk(tmp_path: Any) -> Verifier:
    return Verifier(tmp_path / "db.json", config=CONFIG, durable=False)


def make_claims(desk: Verifier) -> dict[str, Claim]:
    """forced: verified by force, no source; removed: verified, then its source removed;
    fine: verified with a source; gone: dropped by a new version of the article."""
    article, _ = desk.add_article(
        ARTICLE, title="Troops at the border", url="https://news.example/troops"
    )
    forced, _ = desk.add_claim(
        "The ministry said 11,000 soldiers crossed the border in October.", article=article.id
    )
    desk.set_status(forced.id, Status.VERIFIED, force=True)
    removed, _ = desk.add_claim(
        "Officials in Kyiv said the figure was closer to 12,000.", article=article.id
    )
    desk.add_source(removed.id, "https://www.reuters.com/world/1", "supports")
    desk.set_status(removed.id, Status.VERIFIED)
    desk.remove_source(removed.id, desk.claim(removed.id).sources[0].id)
    fine, _ = desk.add_claim("The mayor opened a new bridge on Tuesday.", article=article.id)
    desk.add_source(fine.id, "https://apnews.com/bridge", "supports")
    desk.set_status(fine.id, Status.VERIFIED)
    gone = desk.claim(fine.id).model_copy(update={"in_article": False})
    return {
        "forced": desk.claim(forced.id),
        "removed": desk.claim(removed.id),
        "fine": desk.claim(fine.id),
        "gone": gone,
    }


def render(desk: Verifier, claims: Sequence[Claim], fmt: str, **options: Any) -> str:
    out = io.StringIO()
    export_claims(desk, claims, fmt, stream=out, **options)
    return out.getvalue()


def section(text: str, claim_id: str, fmt: str) -> str:
    """The part of the report about one claim."""
    marker = f"`{claim_id}`" if fmt == "md" else f'id="claim-{claim_id}"'
    start = text.index(marker, text.index("## Claims") if fmt == "md" else 0)  # past the head
    end_marker = "\n### " if fmt == "md" else "</article>"
    end = text.find(end_marker, start)
    return text[start : end if end >= 0 else len(text)]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_verdict_that_breaks_its_rule_is_flagged_and_counted(desk: Verifier, fmt: str) -> None:
    claims = make_claims(desk)
    text = render(desk, [claims["forced"], claims["removed"], claims["fine"]], fmt)
    forced = section(text, claims["forced"].id, fmt)
    assert "verdict does not meet its rule: no supporting source (forced)" in forced
    removed = section(text, claims["removed"].id, fmt)
    assert "verdict does not meet its rule: no supporting source" in removed
    assert "(forced)" not in removed.split("History")[0]
    assert "does not meet its rule" not in section(text, claims["fine"].id, fmt)
    assert "2 verdicts do not meet their rules" in text
    if fmt == "md":
        assert "**⚠ verdict does not meet its rule: no supporting source (forced).**" in forced
    else:
        assert '<p class="warn unmet"><strong>verdict does not meet its rule' in forced


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_no_rule_warning_when_every_verdict_meets_its_rule(desk: Verifier, fmt: str) -> None:
    claims = make_claims(desk)
    text = render(desk, [claims["fine"]], fmt)
    assert "do not meet" not in text and "does not meet" not in text
    assert "no longer in the article" not in text


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_claim_no_longer_in_the_article_is_marked(desk: Verifier, fmt: str) -> None:
    claims = make_claims(desk)
    text = render(desk, [claims["gone"], claims["forced"]], fmt)
    gone = section(text, claims["gone"].id, fmt)
    appears = next(line for line in gone.splitlines() if "Appears" in line)
    assert "no longer in the article" in appears
    assert "no longer in the article" not in section(text, claims["forced"].id, fmt)
    assert "1 claim is no longer in the article" in text


def test_claimreview_warns_about_broken_rules_and_skips_claims_gone_from_the_article(
    desk: Verifier,
) -> None:
    claims = make_claims(desk)
    out = io.StringIO()
    result = export_claims(
        desk, [claims["forced"], claims["removed"], claims["gone"]], "claimreview", stream=out
    )
    reviews = json.loads(out.getvalue())
    assert [r["claimReviewed"] for r in reviews] == [claims["forced"].text, claims["removed"].text]
    for review in reviews:  # still complete markup
        assert review["url"].startswith("https://factdesk.example/checks/")
        assert review["reviewRating"]["alternateName"] == "True"
        assert review["author"]["name"] == "Fact Desk"
    # (these hand-added claims have no attribution: each also gets the missing-author warning)
    forced = [w for w in result.warnings if claims["forced"].id in w and "itemReviewed" not in w]
    assert forced == [
        f"claim {claims['forced'].id}: verdict 'verified' does not meet its rule: "
        "no supporting source (forced)"
    ]
    removed = [w for w in result.warnings if claims["removed"].id in w and "itemReviewed" not in w]
    assert len(removed) == 1 and "no supporting source" in removed[0]
    assert "forced" not in removed[0]
    gone = [w for w in result.warnings if claims["gone"].id in w]
    assert len(gone) == 1 and "no longer in the published article" in gone[0]
    assert (result.claims, result.skipped, result.gone) == (2, 0, 1)
    assert "skipped 1 no longer in the article" in result.summary()


def test_claimreview_without_rule_problems_has_no_such_warning(desk: Verifier) -> None:
    claims = make_claims(desk)
    result = export_claims(desk, [claims["fine"]], "claimreview", stream=io.StringIO())
    assert result.claims == 1 and not result.gone
    # the only warning is that the hand-added claim names no author, none about its rule
    assert [w.split(": ")[1] for w in result.warnings] == [
        "itemReviewed has no author (Google recommends one)"
    ]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_history_brief_never_hides_status_changes(desk: Verifier, fmt: str) -> None:
    claim, _ = desk.add_claim("A claim that changes a lot")
    desk.set_status(claim.id, Status.IN_PROGRESS)  # early: would fall in the gap
    for n in range(6):
        desk.tag(claim.id, f"t{n}")
    desk.set_status(claim.id, Status.VERIFIED, force=True)
    for n in range(6, 12):
        desk.tag(claim.id, f"t{n}")
    text = render(desk, [desk.claim(claim.id)], fmt)
    history = text.split("History")[-1]
    assert "status unverified → in progress" in history
    assert "status in progress → verified (forced)" in history
    assert "… 6 more changes" in history and "… 1 more change" in history
    assert "tags: t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11" in history


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_filtered_report_names_the_article_by_its_title(desk: Verifier, fmt: str) -> None:
    claims = make_claims(desk)
    article_id = claims["forced"].article_id
    assert article_id
    text = render(desk, [claims["forced"]], fmt, scope=f"status: verified · article: {article_id}")
    head = text.split("Summary")[0]
    assert "status: verified · article: Troops at the border" in head
    assert article_id not in head
    untitled = render(desk, [claims["forced"]], fmt, scope="article: zzz9999")
    assert "article: zzz9999" in untitled.split("Summary")[0]  # unknown: left as written


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_history_brief_keeps_the_evidence_and_hides_the_bookkeeping(
    desk: Verifier, fmt: str
) -> None:
    claim, _ = desk.add_claim("A claim with a long desk history")
    for n in range(3):
        desk.tag(claim.id, f"early{n}")
    desk.add_source(claim.id, "https://www.reuters.com/world/1", "supports")
    desk.set_status(claim.id, Status.VERIFIED, note="Matches the ministry's own figures")
    for n in range(7):
        desk.tag(claim.id, f"late{n}")
    history = render(desk, [desk.claim(claim.id)], fmt).split("History")[-1]
    assert "source added" in history
    assert "status unverified → verified" in history and "verdict note set" in history
    assert "… 3 more changes" in history and "… 2 more changes" in history


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_history_brief_shows_the_undos_between_evidence_steps(desk: Verifier, fmt: str) -> None:
    """The review undid a refuting source and a verdict: the report showed 'source added' twice,
    the undo between them folded away, and read as two sources."""
    claim, _ = desk.add_claim("A claim worked, undone and worked again")
    for n in range(3):
        desk.tag(claim.id, f"early{n}")
    desk.add_source(claim.id, "https://www.reuters.com/world/1", "refutes", title="Wire report")
    desk.undo(claim.id)
    desk.add_source(claim.id, "https://www.reuters.com/world/1", "refutes", title="Wire report")
    for n in range(7):
        desk.tag(claim.id, f"late{n}")
    history = render(desk, [desk.claim(claim.id)], fmt).split("History")[-1]
    assert "undid source added: Wire report" in history


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_head_lists_the_verdicts_first_with_their_flags(desk: Verifier, fmt: str) -> None:
    """A review found the one verdict of a 79-claim report at line 1,356 of the Markdown."""
    claims = make_claims(desk)
    open_claim, _ = desk.add_claim("A claim nobody has checked yet")
    shown = [claims["forced"], claims["fine"], desk.claim(open_claim.id)]
    text = render(desk, shown, fmt)
    head = text.split("## Claims" if fmt == "md" else '<h2 id="claims">')[0]
    forced, fine = claims["forced"].id, claims["fine"].id
    if fmt == "md":
        assert f"- VERIFIED · `{forced}` " in head and f"- VERIFIED · `{fine}` " in head
        assert head.split(f"`{forced}`")[1].split("\n")[0].endswith(" ✗")  # a rule not met
    else:
        assert f'<a href="#claim-{forced}">' in head and f'id="claim-{forced}"' in text
        assert '<span class="flag">✗</span>' in head
    assert open_claim.id not in head  # no verdict, not listed
