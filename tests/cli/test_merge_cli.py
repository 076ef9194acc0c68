"""Working on the same claims as a colleague, in a subprocess: `verifier history` saying what
changed, and `verifier import` merging a colleague's export."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

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
        "source edited: Wire copy (supports): derived-from cleared (source Pentagon briefing removed)"
    )


# -- import: merging a colleague's export ----------------------------------------------------------

PENTAGON = "https://www.defense.gov/News/briefing"
REUTERS = "https://www.reuters.com/world/troops"


def test_import_keeps_both_sides_sources_and_tags_and_prefer_only_decides_the_verdict(
    run_cli: RunCli, db_path: Path, claim_id: str, tmp_path: Path
) -> None:
    def mine(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, env={"VERIFIER_USER": "Sam"})

    ana_db = tmp_path / "ana-db.json"

    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=ana_db, env={"VERIFIER_USER": "Ana"})

    base, ana_json = tmp_path / "base.json", tmp_path / "ana.json"
    assert mine("export", "-o", str(base)).returncode == 0
    assert ana("import", str(base)).returncode == 0
    # both of us add a different source to the same claim, and a tag
    assert (
        mine(
            "source",
            "add",
            claim_id,
            PENTAGON,
            "--stance",
            "supports",
            "--title",
            "Pentagon briefing",
        ).returncode
        == 0
    )
    assert mine("tag", claim_id, "mine").returncode == 0
    assert (
        ana(
            "source", "add", claim_id, REUTERS, "--stance", "refutes", "--title", "Reuters"
        ).returncode
        == 0
    )
    assert ana("tag", claim_id, "urgent").returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0

    done = mine("import", str(ana_json))
    assert done.returncode == 0, done.stderr
    assert (
        "claims: 0 added, 0 identical, 0 updated (newer in file), 0 kept (newer here), 1 merged"
        in done.stdout
    )
    assert (
        f"merged: claim {claim_id}: from the file: tags +urgent; source added: Reuters (refutes) · "
        "kept from here: tag mine; source Pentagon briefing (supports)"
    ) in done.stdout
    assert "conflict" not in done.stdout.replace("0 conflicting", "")
    shown = json.loads(mine("show", claim_id, "--json").stdout)
    assert [s["url"] for s in shown["sources"]] == [PENTAGON, REUTERS]
    assert shown["tags"] == ["mine", "urgent"]
    history = json.loads(mine("history", claim_id, "--json").stdout)
    imported = [e for e in history if "imported from" in e["detail"]]
    assert [(e["by"], e["action"]) for e in imported] == [("Sam", "tags"), ("Sam", "source_added")]
    assert str(ana_json) in imported[0]["detail"]
    assert (
        mine("history", claim_id)
        .stdout.splitlines()[-1]
        .endswith(f"source added: Reuters (refutes) {REUTERS} — by Ana, imported from {ana_json}")
    )

    # now we reach different verdicts: that, and only that, is a conflict
    assert mine("status", claim_id, "verified", "--note", "DoD confirms").returncode == 0
    assert ana("status", claim_id, "false", "--note", "Reuters refutes").returncode == 0
    assert (
        ana(
            "source",
            "add",
            claim_id,
            "https://apnews.com/x",
            "--stance",
            "refutes",
            "--title",
            "AP",
        ).returncode
        == 0
    )
    assert ana("export", "-o", str(ana_json)).returncode == 0
    done = mine("import", str(ana_json))
    assert done.returncode == 1
    assert (
        f"conflict: claim {claim_id}: both changed status, verdict note (not imported): "
        "status verified here, false in the file; verdict note DoD confirms here, Reuters refutes in the file"
    ) in done.stdout
    assert (
        f"would merge: claim {claim_id}: from the file: source added: AP (refutes)" in done.stdout
    )
    assert "nothing imported" in done.stderr
    assert json.loads(mine("show", claim_id, "--json").stdout)["status"] == "verified"

    done = mine("import", str(ana_json), "--prefer", "theirs")
    assert done.returncode == 0, done.stderr
    assert "(took the file's version)" in done.stdout
    shown = json.loads(mine("show", claim_id, "--json").stdout)
    assert (shown["status"], shown["verdict_note"]) == ("false", "Reuters refutes")
    assert [s["url"] for s in shown["sources"]] == [PENTAGON, REUTERS, "https://apnews.com/x"]
    assert shown["tags"] == ["mine", "urgent"]
    lines = mine("history", claim_id).stdout.splitlines()
    [status] = [line for line in lines if "status verified → false" in line]
    assert status.endswith(
        f"Sam          status verified → false — by Ana, imported from {ana_json} "
        "(both sides changed it, the file's version taken)"
    )
    undone = mine("undo", claim_id)  # the whole import of the claim is one change
    assert undone.returncode == 0, undone.stderr
    shown = json.loads(mine("show", claim_id, "--json").stdout)
    assert shown["status"] == "verified" and len(shown["sources"]) == 2


def test_history_after_prefer_ours_names_the_colleague_and_the_verdict_not_taken(
    run_cli: RunCli, db_path: Path, claim_id: str, tmp_path: Path
) -> None:
    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, env={"VERIFIER_USER": "ana"})

    ben_db, base = tmp_path / "ben-db.json", tmp_path / "base.json"
    ben_json = tmp_path / "B-export.json"

    def ben(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=ben_db, env={"VERIFIER_USER": "ben"})

    pentagon = ("source", "add", claim_id, PENTAGON, "--stance", "supports", "--title", "Pentagon")
    assert ana(*pentagon).returncode == 0
    assert ana("export", "-o", str(base)).returncode == 0
    assert ben("import", str(base)).returncode == 0
    assert ana("status", claim_id, "verified", "--note", "DoD confirms").returncode == 0
    bbc = ("https://www.bbc.com/x", "--stance", "refutes", "--title", "BBC")
    assert ben("source", "add", claim_id, *bbc).returncode == 0
    assert ben("status", claim_id, "disputed", "--note", "BBC differs").returncode == 0
    assert ben("note", claim_id, "ben note").returncode == 0
    assert ben("export", "-o", str(ben_json)).returncode == 0

    done = ana("import", str(ben_json), "--prefer", "ours")
    assert done.returncode == 0, done.stderr
    lines = ana("history", claim_id).stdout.splitlines()
    tail = [line.split(" UTC  ", 1)[1] for line in lines[-3:]]
    assert tail == [
        "ana          import: kept status verified, verdict note “DoD confirms”; the file had "
        f"status disputed, verdict note “BBC differs” — by ben, imported from {ben_json}",
        f"ana          source added: BBC (refutes) https://www.bbc.com/x — by ben, imported from {ben_json}",
        f"ana          note: ben note — by ben, imported from {ben_json}",
    ]
    assert ana("undo", claim_id).returncode == 0  # the import, as one change
    shown = json.loads(ana("show", claim_id, "--json").stdout)
    assert (shown["status"], len(shown["sources"]), shown["notes"]) == ("verified", 1, [])


def test_history_of_a_forced_verdict_taken_from_the_file_names_its_provenance_once(
    run_cli: RunCli, db_path: Path, claim_id: str, tmp_path: Path
) -> None:
    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, env={"VERIFIER_USER": "ana"})

    ben_db, base = tmp_path / "ben-db.json", tmp_path / "base.json"
    ben_json = tmp_path / "B-export.json"

    def ben(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=ben_db, env={"VERIFIER_USER": "ben"})

    pentagon = ("source", "add", claim_id, PENTAGON, "--stance", "supports", "--title", "Pentagon")
    assert ana(*pentagon).returncode == 0
    assert ana("export", "-o", str(base)).returncode == 0
    assert ben("import", str(base)).returncode == 0
    assert ana("status", claim_id, "verified", "--note", "DoD confirms").returncode == 0
    assert ben("status", claim_id, "disputed", "--note", "?", "--force").returncode == 0
    assert ben("export", "-o", str(ben_json)).returncode == 0

    done = ana("import", str(ben_json), "--prefer", "theirs")
    assert done.returncode == 0, done.stderr
    [line] = [x for x in ana("history", claim_id).stdout.splitlines() if "→ disputed" in x]
    assert line.split(" UTC  ", 1)[1] == (
        "ana          status verified → disputed (forced) — by ben, imported from "
        f"{ben_json} (both sides changed it, the file's version taken) — forced past: no "
        "refuting source"
    )


def test_import_takes_a_colleagues_new_version_of_an_article_without_a_conflict(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    """Ana ingests a new version of the article; Bob, who only tagged a claim, imports her export
    (and she his): positions follow the new text on both sides, nothing is called a conflict."""
    from tests.unit.test_article_versions import ARTICLE

    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, env={"VERIFIER_USER": "Ana"})

    bob_db = tmp_path / "bob-db.json"

    def bob(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=bob_db, env={"VERIFIER_USER": "Bob"})

    article, ana_json, bob_json = (tmp_path / n for n in ("poll.txt", "ana.json", "bob.json"))
    article.write_text(ARTICLE, encoding="utf-8")
    assert ana("ingest", str(article)).returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0
    assert bob("import", str(ana_json)).returncode == 0
    claims = json.loads(bob("claims", "--json").stdout)
    roper = next(c["id"] for c in claims if c["text"].startswith("The Roper Center"))
    assert bob("tag", roper, "poll").returncode == 0
    assert bob("export", "-o", str(bob_json)).returncode == 0
    revised = ARTICLE.replace(
        "A Bloomberg poll shows", "A new Bloomberg poll of likely voters shows"
    )
    article.write_text(revised, encoding="utf-8")
    assert ana("ingest", str(article)).returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0

    for person, other_json in ((bob, ana_json), (ana, bob_json)):
        done = person("import", str(other_json))
        assert done.returncode == 0, done.stdout + done.stderr
        assert "conflict:" not in done.stdout and "0 conflicting" in done.stdout
        shown = json.loads(person("show", roper, "--json").stdout)
        assert revised[shown["start"] : shown["end"]] == shown["text"]
        assert shown["tags"] == ["poll"]
    lines = bob("history", roper).stdout.splitlines()
    assert lines[-1].endswith(
        "Bob          new version: position, score, numbers, mentions, attributions re-read "
        f"from it; by Ana, imported from {ana_json}"
    ), lines


def test_a_claim_only_the_colleague_changed_is_imported_in_my_name_naming_them_and_the_file(
    run_cli: RunCli, db_path: Path, claim_id: str, tmp_path: Path
) -> None:
    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=tmp_path / "ana-db.json", env={"VERIFIER_USER": "Ana"})

    base, ana_json = tmp_path / "base.json", tmp_path / "ana.json"
    assert run_cli("export", "-o", str(base)).returncode == 0
    assert ana("import", str(base)).returncode == 0
    reuters = ("source", "add", claim_id, REUTERS, "--stance", "refutes", "--title", "Reuters")
    assert ana(*reuters).returncode == 0
    assert ana("status", claim_id, "false", "--note", "Reuters refutes").returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0
    before = json.loads(run_cli("history", claim_id, "--json").stdout)

    done = run_cli("import", str(ana_json), env={"VERIFIER_USER": "Sam"})
    assert done.returncode == 0, done.stderr
    assert "1 updated (newer in file)" in done.stdout and "merged: claim" not in done.stdout
    history = json.loads(run_cli("history", claim_id, "--json").stdout)
    new = history[len(before) :]
    assert [e["action"] for e in new] == ["status", "verdict_note", "source_added"]
    assert all(
        e["by"] == "Sam" and e["detail"].endswith(f"by Ana, imported from {ana_json}") for e in new
    )
    lines = run_cli("history", claim_id).stdout.splitlines()
    assert lines[-3].endswith(
        f"Sam          status unverified → false — by Ana, imported from {ana_json}"
    )
    assert run_cli("undo", claim_id).returncode == 0  # the import, as one change
    shown = json.loads(run_cli("show", claim_id, "--json").stdout)
    assert (shown["status"], shown["sources"]) == ("unverified", [])


def test_a_claim_i_removed_is_not_brought_back_by_an_older_export_unless_changed_there(
    run_cli: RunCli, db_path: Path, claim_id: str, tmp_path: Path
) -> None:
    def ana(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(*args, db=tmp_path / "ana-db.json", env={"VERIFIER_USER": "Ana"})

    base, ana_json = tmp_path / "base.json", tmp_path / "ana.json"
    assert run_cli("export", "-o", str(base)).returncode == 0
    assert ana("import", str(base)).returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0  # made before my removal
    assert run_cli("claim", "remove", claim_id).returncode == 0

    for args in (("--dry-run",), ()):
        done = run_cli("import", str(ana_json), *args)
        assert done.returncode == 0, done.stderr
        assert "1 removed here, not brought back" in done.stdout
        assert f"removal: claim {claim_id} " in done.stdout
        assert "0 added" in done.stdout
        assert json.loads(run_cli("claims", "--json").stdout) == []

    # she works on it since: a conflict, and --prefer theirs brings her version back
    reuters = ("source", "add", claim_id, REUTERS, "--stance", "refutes", "--title", "Reuters")
    assert ana(*reuters).returncode == 0
    assert ana("export", "-o", str(ana_json)).returncode == 0
    done = run_cli("import", str(ana_json))
    assert done.returncode == 1
    assert f"conflict: claim {claim_id}: removed here by " in done.stdout
    assert "changed in the file by Ana: source added: Reuters (refutes)" in done.stdout
    assert json.loads(run_cli("claims", "--json").stdout) == []
    done = run_cli("import", str(ana_json), "--prefer", "theirs")
    assert done.returncode == 0, done.stderr
    shown = json.loads(run_cli("show", claim_id, "--json").stdout)
    assert [s["url"] for s in shown["sources"]] == [REUTERS]
