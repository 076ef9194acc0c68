"""Working on the same claims as a colleague, in a subprocess: `verifier history` saying what
changed, and `verifier import` merging a colleague's export."""

from __future__ import annotations

import pytest

from tests.conftest import RunCli
from verifier.service import Verifier

TEXT = "Officials estimate that more than 10,000 North Korean troops are in Russia."


@pytest.fixture
def claim_id(desk: Verifier) -> str:
    article, _ = desk.add_article(TEXT + "\n", title="Troops in Russia")
    claim, _ = desk.add_claim(TEXT, article=article.id)
    return claim.id


# -- history -----------------------------------------------------------------------------------


def test_history_says_what_a_source_edit_changed(
    run_cli: RunCli, desk: Verifier, claim_id: str
) -> None:
    _, origin = desk.add_source(
        claim_id, "https://www.defense.gov/brief", "supports", title="Pentagon briefing"
    )
    desk.add_source(
        claim_id, "https://wire.example/copy", "supports", title="Wire copy", derived_from=origin.id
    )
    done = run_cli("source", "edit", claim_id, origin.id, "--stance", "refutes")
    assert done.returncode == 0, done.stderr
    lines = run_cli("history", claim_id).stdout.splitlines()
    assert lines[-1].endswith("source edited: Pentagon briefing: stance supports → refutes")

    assert run_cli("source", "remove", claim_id, origin.id).returncode == 0
    lines = run_cli("history", claim_id).stdout.splitlines()
    assert "source removed: Pentagon briefing (refutes)" in lines[-2]
    assert lines[-1].endswith(
        f"source edited: Wire copy (supports): derived-from cleared (was {origin.id})"
    )
