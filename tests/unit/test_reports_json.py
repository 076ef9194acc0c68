"""JSON interchange: export, import into an empty database, merging and conflict reports."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from verifier.config import Config
from verifier.errors import InvalidInputError
from verifier.models import ClaimKind, Stance, Status
from verifier.reports import export_claims, merge_bytes
from verifier.reports.interchange import FORMAT_VERSION
from verifier.reports.sample import add_hostile_claim, build_sample
from verifier.service import Verifier


def new_desk(path: Path, user: str = "Tess Tester") -> Verifier:
    return Verifier(path, config=Config(user=user), durable=False)


@pytest.fixture
def desk(tmp_path: Path) -> Verifier:
    desk = new_desk(tmp_path / "ours.json")
    build_sample(desk)
    add_hostile_claim(desk, article=desk.articles()[0].id)
    return desk


def export_bytes(desk: Verifier) -> bytes:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "json", stream=out, articles=desk.articles())
    return out.getvalue().encode("utf-8")


def content(desk: Verifier) -> dict[str, Any]:
    return {
        "articles": sorted(
            (a.model_dump(mode="json") for a in desk.articles()), key=lambda a: a["id"]
        ),
        "claims": sorted((c.model_dump(mode="json") for c in desk.claims()), key=lambda c: c["id"]),
    }


def test_export_has_format_version_and_all_records(desk: Verifier) -> None:
    data = json.loads(export_bytes(desk))
    assert data["format"] == "verifier" and data["format_version"] == FORMAT_VERSION
    assert len(data["articles"]) == 1 and len(data["claims"]) == len(desk.claims())
    claim = next(c for c in data["claims"] if c["sources"])
    assert claim["history"] and claim["sources"][0]["url"].startswith("https://")


def test_round_trip_into_empty_database(desk: Verifier, tmp_path: Path) -> None:
    empty = new_desk(tmp_path / "empty.json", user="Someone Else")
    report = merge_bytes(empty, export_bytes(desk))
    assert report.applied and not report.conflicts
    assert report.claims.added == len(desk.claims()) and report.articles.added == 1
    assert content(empty) == content(desk)
    again = merge_bytes(empty, export_bytes(desk))  # identical: skipped, nothing written
    assert not again.applied
    assert again.claims.identical == len(desk.claims()) and again.articles.identical == 1


def test_filtered_export_carries_only_their_articles(desk: Verifier, tmp_path: Path) -> None:
    out = io.StringIO()
    verified = [c for c in desk.claims() if c.status is Status.VERIFIED]
    result = export_claims(desk, verified, "json", stream=out)
    assert result.claims == len(verified) and result.articles == 1
    other = new_desk(tmp_path / "other.json")
    merge_bytes(other, json.loads(out.getvalue()))
    assert {c.id for c in other.claims()} == {c.id for c in verified}


def diverge(desk: Verifier, tmp_path: Path) -> tuple[Verifier, str]:
    """A copy of the database where the same claim then changes differently on each side."""
    theirs = new_desk(tmp_path / "theirs.json", user="Colleague")
    merge_bytes(theirs, export_bytes(desk))
    claim = next(c for c in desk.claims() if c.status is Status.IN_PROGRESS)
    desk.set_status(claim.id, Status.UNVERIFIABLE, "Ours: no records exist.")
    theirs.add_source(claim.id, "https://found.example/evidence", Stance.REFUTES, title="Found it")
    theirs.set_status(claim.id, Status.FALSE, "Theirs: the record shows otherwise.")
    return theirs, claim.id


def test_conflict_is_reported_and_nothing_written(desk: Verifier, tmp_path: Path) -> None:
    theirs, claim_id = diverge(desk, tmp_path)
    before = content(desk)
    report = merge_bytes(desk, export_bytes(theirs), origin="theirs.json")
    assert not report.applied
    assert len(report.unresolved) == 1
    conflict = report.conflicts[0]
    assert conflict.id == claim_id and conflict.kind == "claim"
    # only what both set to different values: their new source merges, it does not conflict
    assert conflict.fields == ("status", "verdict_note")
    assert "status unverifiable here, false in the file" in conflict.details
    line = next(line for line in report.lines() if line.startswith("conflict:"))
    assert claim_id in line and "(not imported)" in line
    assert any("source added: Found it (refutes)" in line for line in report.lines())
    assert content(desk) == before


def test_prefer_ours_keeps_our_verdict_and_still_takes_their_source(
    desk: Verifier, tmp_path: Path
) -> None:
    theirs, claim_id = diverge(desk, tmp_path)
    before = desk.claim(claim_id)
    report = merge_bytes(desk, export_bytes(theirs), prefer="ours")
    assert report.conflicts[0].resolution == "ours"
    merged = desk.claim(claim_id)
    assert (merged.status, merged.verdict_note) == (before.status, before.verdict_note)
    assert [s.url for s in merged.sources] == [
        *(s.url for s in before.sources),
        "https://found.example/evidence",
    ]
    assert [e.action for e in merged.history[len(before.history) :]] == [
        "import_declined",  # the file's verdict, not taken, is on record
        "source_added",
    ]


def test_prefer_theirs_takes_theirs_with_history_and_undo(desk: Verifier, tmp_path: Path) -> None:
    theirs, claim_id = diverge(desk, tmp_path)
    ours_before = desk.claim(claim_id)
    report = merge_bytes(desk, export_bytes(theirs), prefer="theirs", origin="theirs.json")
    assert report.applied and report.conflicts[0].resolution == "theirs"
    merged = desk.claim(claim_id)
    assert merged.status is Status.FALSE
    assert merged.verdict_note == "Theirs: the record shows otherwise."
    assert [s.url for s in merged.sources] == ["https://found.example/evidence"]
    new_entries = merged.history[len(ours_before.history) :]
    assert {e.action for e in new_entries} == {"status", "verdict_note", "source_added"}
    assert all(e.by == "Tess Tester" and "theirs.json" in e.detail for e in new_entries)
    assert len({e.change for e in new_entries}) == 1
    undone = desk.undo(claim_id)  # the whole import of that claim reverts as one change
    assert undone.status is ours_before.status
    assert undone.verdict_note == ours_before.verdict_note
    assert undone.sources == ours_before.sources


def test_newer_file_updates_older_file_is_kept(desk: Verifier, tmp_path: Path) -> None:
    theirs = new_desk(tmp_path / "theirs.json", user="Colleague")
    merge_bytes(theirs, export_bytes(desk))
    claim = next(c for c in desk.claims() if c.status is Status.UNVERIFIED)
    theirs.tag(claim.id, "urgent")  # only they changed it: the file is newer
    report = merge_bytes(desk, export_bytes(theirs), origin="theirs.json")
    assert report.claims.updated == 1 and not report.conflicts
    updated = desk.claim(claim.id)
    assert updated.tags == ["urgent"]
    unchanged = {"history", "updated_at"}
    assert updated.model_dump(exclude=unchanged) == theirs.claim(claim.id).model_dump(
        exclude=unchanged
    )
    # recorded as an import: by who imported it, naming who made the change and the file
    (entry,) = updated.history[len(claim.history) :]
    assert (entry.by, entry.action, entry.after) == ("Tess Tester", "tags", ["urgent"])
    assert entry.detail == "by Colleague, imported from theirs.json"
    desk.assign(claim.id, "Ana Ruiz")  # now only we changed it: the file is older
    report = merge_bytes(desk, export_bytes(theirs))
    assert report.claims.kept == 1 and not report.conflicts and not report.applied
    assert desk.claim(claim.id).assignee == "Ana Ruiz"


def test_dry_run_writes_nothing(desk: Verifier, tmp_path: Path) -> None:
    empty = new_desk(tmp_path / "empty.json")
    report = merge_bytes(empty, export_bytes(desk), dry_run=True)
    assert report.claims.added == len(desk.claims()) and not report.applied
    assert empty.claims() == []


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "not valid JSON"),
        (b'[{"@context": "https://schema.org"}]', "not a verifier JSON export"),
        (b'{"format": "other"}', "not a verifier JSON export"),
        (b'{"format": "verifier", "format_version": 99}', "newer than this verifier reads"),
        (
            b'{"format": "verifier", "format_version": 1, "claims": [{"id": "c1"}]}',
            r"claims\[0\]: a claim needs text",
        ),
        (
            b'{"format": "verifier", "format_version": 1, "claims": '
            b'[{"id": "c1", "text": "t", "article_id": "a9999"}]}',
            "neither in the file nor in the database",
        ),
    ],
)
def test_bad_files_refused_clearly(raw: bytes, message: str, tmp_path: Path) -> None:
    empty = new_desk(tmp_path / "empty.json")
    with pytest.raises(InvalidInputError, match=message):
        merge_bytes(empty, raw, origin="in.json")
    assert empty.claims() == []


def test_export_never_overwrites_the_database(desk: Verifier) -> None:
    before = desk.path.read_bytes()
    with pytest.raises(InvalidInputError, match="the database itself"):
        export_claims(desk, desk.claims(), "json", desk.path)
    assert desk.path.read_bytes() == before


def test_undo_reverts_fields_an_import_replaced(desk: Verifier, tmp_path: Path) -> None:
    theirs, claim_id = diverge(desk, tmp_path)
    with theirs.repo.transaction():  # a field no desk action changes: only an import carries it
        claim = theirs.repo.claims.get(claim_id)
        claim.kind = (
            ClaimKind.PREDICTION if claim.kind is not ClaimKind.PREDICTION else ClaimKind.EVENT
        )
        theirs.repo.claims.put(claim)
    ours_kind = desk.claim(claim_id).kind
    merge_bytes(desk, export_bytes(theirs), prefer="theirs")
    merged = desk.claim(claim_id)
    assert merged.kind is not ours_kind and merged.history[-1].action == "imported"
    undone = desk.undo(claim_id)
    assert undone.kind is ours_kind
    assert undone.status is Status.UNVERIFIABLE
