"""History in words (verifier/history.py): a source edit says what changed, in the CLI's detailed
form, the reports' brief form, and when another change caused it (a removed origin)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.history import describe_change
from verifier.models import Claim
from verifier.reports import export_claims
from verifier.service import Verifier

TEXT = "Officials estimate that more than 10,000 troops are in Russia."


@pytest.fixture
def desk(tmp_path: Path) -> Verifier:
    return Verifier(tmp_path / "h.json", config=Config(user="ana"), durable=False)


@pytest.fixture
def claim_id(desk: Verifier) -> str:
    article, _ = desk.add_article(TEXT + "\n", title="Troops")
    claim, _ = desk.add_claim(TEXT, article=article.id)
    return claim.id


def last(claim: Claim) -> str:
    return describe_change(claim.history[-1], detailed=True)


def test_a_stance_change_says_from_what_to_what(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(
        claim_id, "https://www.defense.gov/brief", "supports", title="Pentagon briefing"
    )
    claim, _ = desk.edit_source(claim_id, source.id, stance="refutes")
    assert last(claim) == "source edited: Pentagon briefing: stance supports → refutes"
    assert describe_change(claim.history[-1]) == last(claim)  # the brief form too


def test_several_fields_set_changed_and_cleared(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(
        claim_id,
        "https://www.defense.gov/brief",
        "supports",
        title="Pentagon briefing",
        note="call back",
        kind="news_report",
    )
    claim, _ = desk.edit_source(
        claim_id,
        source.id,
        kind="official_statement",
        archive_url="https://web.archive.org/brief",
        note=None,
        published="2024-11-04",
    )
    text = last(claim)
    assert text.startswith("source edited: Pentagon briefing (supports): ")
    assert "published — → 2024-11-04" in text
    assert "archive url — → web.archive.org/brief" in text
    assert "kind news report → official statement" in text
    assert "note “call back” → —" in text
    brief = describe_change(claim.history[-1])  # reports: long text only named, at most three
    assert brief.endswith(", +1 more") and "call back" not in brief


def test_a_title_change_names_the_source_by_its_new_title(desk: Verifier, claim_id: str) -> None:
    _, source = desk.add_source(claim_id, "https://x.example/a", "context", title="Old name")
    claim, _ = desk.edit_source(claim_id, source.id, title="New name")
    assert last(claim) == "source edited: New name (context): title “Old name” → “New name”"


def test_removing_an_origin_says_the_derived_source_lost_its_link_and_why(
    desk: Verifier, claim_id: str
) -> None:
    _, origin = desk.add_source(
        claim_id, "https://www.defense.gov/brief", "supports", title="Pentagon briefing"
    )
    _, copy = desk.add_source(
        claim_id, "https://wire.example/copy", "supports", title="Wire copy", derived_from=origin.id
    )
    claim = desk.remove_source(claim_id, origin.id)
    removed, unlinked = claim.history[-2:]
    assert describe_change(removed, detailed=True).startswith("source removed: Pentagon briefing")
    with_context = describe_change(unlinked, detailed=True, history=claim.history)
    assert with_context == (
        "source edited: Wire copy (supports): derived-from cleared (source Pentagon briefing removed)"
    )
    alone = describe_change(unlinked, detailed=True)  # without the history: the old link's id
    assert alone == f"source edited: Wire copy (supports): derived-from cleared (was {origin.id})"

    # a person clearing the link by hand is not said to have removed anything
    _, again = desk.add_source(claim_id, "https://www.defense.gov/brief2", "supports")
    desk.edit_source(claim_id, copy.id, derived_from=again.id)
    claim, _ = desk.edit_source(claim_id, copy.id, derived_from=None)
    assert describe_change(claim.history[-1], history=claim.history).endswith(
        f"derived-from cleared (was {again.id})"
    )


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_show_what_a_source_edit_changed(desk: Verifier, claim_id: str, fmt: str) -> None:
    _, origin = desk.add_source(
        claim_id, "https://www.defense.gov/brief", "supports", title="Pentagon briefing"
    )
    _, copy = desk.add_source(
        claim_id, "https://wire.example/copy", "supports", title="Wire copy", derived_from=origin.id
    )
    desk.edit_source(claim_id, copy.id, stance="refutes")
    desk.remove_source(claim_id, origin.id)
    out = io.StringIO()
    export_claims(desk, desk.claims(), fmt, stream=out)
    report = out.getvalue()
    assert "stance supports → refutes" in report
    assert "derived-from cleared (source Pentagon briefing removed)" in report


def test_removal_put_back_and_confirmation_are_said_in_words(desk: Verifier, claim_id: str) -> None:
    article_id = desk.claim(claim_id).article_id or ""
    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.set_status(claim_id, "verified")
    confirmed = desk.set_status(claim_id, "verified")  # nothing to confirm: no entry
    assert confirmed.history[-1].action == "status"
    desk.edit_text(claim_id, "Officials say 10,000 troops are in Russia.")
    assert last(desk.set_status(claim_id, "verified")) == (
        f"verdict confirmed for the new wording (it was given to “{TEXT}”)"
    )
    added, _ = desk.add_claim("Typed by hand.", article=article_id)
    desk.remove_claim(added.id)
    removal = desk.article(article_id).history[-1]
    assert describe_change(removal) == f"claim {added.id} removed: “Typed by hand.”"
    back = desk.restore_claim(added.id)
    assert last(back).startswith("removed by ana on ") and last(back).endswith(" UTC; put back")
    assert describe_change(back.history[-1]) == "put back"
    assert describe_change(desk.article(article_id).history[-1]) == f"claim {added.id} put back"


def test_a_long_author_name_keeps_the_history_in_columns() -> None:
    from verifier.history import AUTHOR_WIDTH, author_column

    assert author_column("ana") == "ana" + " " * (AUTHOR_WIDTH - 3)
    assert author_column("Diane C. Swonk-Oberholzer") == "Diane C. Sw…"
    assert len(author_column("Diane C. Swonk-Oberholzer")) == AUTHOR_WIDTH
