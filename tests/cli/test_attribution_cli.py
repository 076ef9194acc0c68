"""`verifier attribution`: list, correct, remove and add who a claim is attributed to."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import one_error_line
from tests.conftest import SEED, RunCli


def ingested_claim(run_cli: RunCli, fragment: str) -> str:
    assert run_cli("ingest", str(SEED)).returncode == 0
    claims = json.loads(run_cli("claims", "--json").stdout)
    return next(c["id"] for c in claims if fragment in c["text"])


def test_correct_remove_and_add_then_history_and_claimreview(
    run_cli: RunCli, db_path: Path
) -> None:
    ref = ingested_claim(run_cli, "fully destroy")
    listed = run_cli("attribution", "list", ref)
    assert listed.returncode == 0 and "[0] Andrey Rudenko" in listed.stdout
    assert "written “he”" in listed.stdout

    edited = run_cli("attribution", "edit", ref, "0", "--name", "Andrei Rudenko", "--json")
    assert edited.returncode == 0, edited.stderr
    assert json.loads(edited.stdout)[0]["name"] == "Andrei Rudenko"
    history = run_cli("history", ref).stdout
    assert "attribution 0: name Andrey Rudenko → Andrei Rudenko" in history

    added = run_cli("attribution", "add", ref, "Seoul", "--sourcing", "named_organisation")
    assert added.returncode == 0 and "Seoul: named organisation" in added.stdout
    last = str(len(json.loads(run_cli("attribution", "list", ref, "--json").stdout)) - 1)
    assert run_cli("attribution", "remove", ref, last).returncode == 0
    assert "Seoul" not in run_cli("attribution", "list", ref).stdout

    # the corrected name is what ClaimReview publishes as the claim's author
    assert (
        run_cli("source", "add", ref, "https://example.org/x", "--stance", "refutes").returncode
        == 0
    )
    assert run_cli("status", ref, "false", "--note", "no such warning").returncode == 0
    out = run_cli(
        "export", "-f", "claimreview", "--org", "Desk", "--url-template", "https://d.example/{id}"
    )
    assert out.returncode == 0, out.stderr
    reviews = json.loads(out.stdout)
    review = next(
        r for r in (reviews if isinstance(reviews, list) else [reviews]) if ref in json.dumps(r)
    )
    authors = review["itemReviewed"]["author"]
    assert {"@type": "Person", "name": "Andrei Rudenko"} in (
        authors if isinstance(authors, list) else [authors]
    )
    assert "Seoul" not in json.dumps(authors)


def test_bad_numbers_words_and_sourcing_are_one_line_errors(run_cli: RunCli, db_path: Path) -> None:
    ref = ingested_claim(run_cli, "fully destroy")
    before = db_path.read_bytes()
    missing = run_cli("attribution", "edit", ref, "7", "--name", "X")
    assert missing.returncode == 1 and "has no attribution 7" in one_error_line(missing)
    absent = run_cli("attribution", "add", ref, "Napoleon", "--sourcing", "named_person")
    assert absent.returncode == 1 and "not in the article" in one_error_line(absent)
    nothing = run_cli("attribution", "edit", ref, "0")
    assert nothing.returncode == 1 and "nothing to change" in one_error_line(nothing)
    usage = run_cli("attribution", "add", ref, "Seoul", "--sourcing", "famous")
    assert usage.returncode == 2 and "famous" in one_error_line(usage)
    assert db_path.read_bytes() == before
