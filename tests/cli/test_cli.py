"""The real ``verifier`` console script, run in a subprocess: what a fact-checker or a script sees.

Exit codes: 0 ok, 1 failed (one line on stderr, no traceback), 2 bad usage. The database is set
up through the service where that is quicker, and every effect is checked by reading it back.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli, make_desk
from verifier.models import Attribution, ClaimOrigin, Sourcing, Stance, Status, TextSpan
from verifier.service import Verifier

ARTICLE_TEXT = (
    "Seoul weighs arms for Kyiv\n"
    "Officials estimate that more than 10,000 North Korean troops are in Russia.\n"
    "Reports say the troops are already fighting in Kursk.\n"
)
CLAIM_TEXT = "Officials estimate that more than 10,000 North Korean troops are in Russia."


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command prints on stderr."""
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), lines[0]
    return lines[0]


@pytest.fixture
def article_id(desk: Verifier) -> str:
    article, _ = desk.add_article(ARTICLE_TEXT, title="Seoul weighs arms for Kyiv")
    return article.id


@pytest.fixture
def claim_id(desk: Verifier, article_id: str) -> str:
    claim, _ = desk.add_claim(CLAIM_TEXT, article=article_id)
    return claim.id


def reread(db_path: Path) -> Verifier:
    return make_desk(db_path, user="reader")


# -- claims ----------------------------------------------------------------------------------------


def test_claim_add_then_list(run_cli: RunCli, db_path: Path, article_id: str) -> None:
    done = run_cli("claim", "add", "--article", article_id[:4], CLAIM_TEXT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("added claim ")
    new_id = done.stdout.split()[-1]
    claim = reread(db_path).claim(new_id)
    assert claim.article_id == article_id and claim.text == CLAIM_TEXT
    assert ARTICLE_TEXT[claim.start : claim.end] == CLAIM_TEXT
    assert claim.history[0].by == "ana"  # from $VERIFIER_USER

    again = run_cli("claim", "add", "--article", article_id, CLAIM_TEXT)
    assert again.returncode == 0 and again.stdout.strip() == f"already there: claim {new_id}"
    assert len(reread(db_path).claims()) == 1

    listed = run_cli("claims")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert line.split()[:2] == [new_id, "unverified"]
    assert "+0 -0" in line and "Officials estimate" in line


def test_claims_json_and_status_filter(run_cli: RunCli, desk: Verifier, claim_id: str) -> None:
    other, _ = desk.add_claim("Reports say the troops are already fighting in Kursk.")
    desk.add_source(other.id, "https://example.com/a", "supports")
    desk.set_status(other.id, "verified")
    everything = run_cli("claims", "--json")
    assert everything.returncode == 0, everything.stderr
    data = json.loads(everything.stdout)
    assert sorted(c["id"] for c in data) == sorted([claim_id, other.id])
    verified = json.loads(run_cli("claims", "--status", "verified", "--json").stdout)
    assert [c["id"] for c in verified] == [other.id]
    listed = run_cli("claims", "--status", "verified").stdout.splitlines()
    assert len(listed) == 1 and listed[0].startswith(other.id)
    assert re.search(r"\+1 -0\s*⚠", listed[0]), listed[0]  # "⚠": fewer than two independent
    corroboration = verified[0]["corroboration"]
    assert corroboration["supporting"] == 1
    assert corroboration["independent_supporting"] == 1
    assert corroboration["fewer_than_two_independent"] is True


def test_show_text_and_json(run_cli: RunCli, desk: Verifier, article_id: str) -> None:
    start = ARTICLE_TEXT.index("Officials")
    attribution = Attribution(
        source=TextSpan(start=start, end=start + 9, text="Officials"),
        name="Officials",
        cue=TextSpan(start=start + 10, end=start + 18, text="estimate"),
        sourcing=Sourcing.VAGUE,
    )
    claim, _ = desk.add_claim(CLAIM_TEXT, article=article_id, attributions=[attribution])
    _, wire = desk.add_source(
        claim.id, "https://wire.example/story", "supports", title="Wire story"
    )
    desk.add_source(claim.id, "https://paper.example/copy", "supports", derived_from=wire.id)
    desk.add_source(claim.id, "https://think.example/tank", "refutes", excerpt="We count 3,000.")
    desk.tag(claim.id, "troops")
    desk.add_note(claim.id, "Ask the ministry")
    desk.set_status(claim.id, "verified", note="Two reports agree", force=False)

    text = run_cli("show", claim.id[:5])
    assert text.returncode == 0, text.stderr
    out = text.stdout
    assert f"claim {claim.id}  [verified]" in out
    assert "verdict note: Two reports agree" in out
    assert '[0] Officials ("estimate"): vague' in out and "weak sourcing" in out
    assert "sources: 2 supporting, 1 refuting" in out
    assert "independent: 1 supporting, 1 refuting" in out
    assert "fewer than two independent sources" in out
    assert f"derived from {wire.id}" in out
    assert '"We count 3,000."' in out
    assert "tags: troops" in out and "Ask the ministry" in out
    assert "status unverified → verified" in out

    data = json.loads(run_cli("show", claim.id, "--json").stdout)
    assert data["id"] == claim.id and data["status"] == "verified"
    assert data["attributions"][0]["sourcing"] == "vague"
    assert [s["stance"] for s in data["sources"]] == ["supports", "supports", "refutes"]
    assert data["corroboration"]["independent_supporting"] == 1
    assert data["corroboration"]["fewer_than_two_independent"] is True
    assert [h["action"] for h in data["history"]] == [
        "created",
        "source_added",
        "source_added",
        "source_added",
        "tags",
        "note",
        "status",
        "verdict_note",
    ]


def test_articles_list_and_show(run_cli: RunCli, article_id: str, claim_id: str) -> None:
    listed = run_cli("articles", "--json")
    assert listed.returncode == 0, listed.stderr
    [article] = json.loads(listed.stdout)
    assert (article["id"], article["title"], article["claims"]) == (
        article_id,
        "Seoul weighs arms for Kyiv",
        1,
    )
    assert "text" not in article
    shown = run_cli("article", "show", article_id[:3])
    assert shown.returncode == 0, shown.stderr
    assert f"id:         {article_id}" in shown.stdout
    assert shown.stdout.rstrip("\n").endswith(ARTICLE_TEXT.rstrip("\n"))
    missing = run_cli("article", "show", "azzzzz")
    assert missing.returncode == 1
    assert one_error_line(missing) == "error: no article with id 'azzzzz'"


def test_unknown_claim_id_is_exit_1(run_cli: RunCli, claim_id: str) -> None:
    done = run_cli("show", "zzzzzzz")
    assert done.returncode == 1
    assert one_error_line(done) == "error: no claim with id 'zzzzzzz'"


def test_ambiguous_prefix_is_exit_1_listing_the_candidates(
    run_cli: RunCli, desk: Verifier, db_path: Path
) -> None:
    made = [desk.add_claim(f"Claim {n}")[0].id for n in range(40)]
    groups: dict[str, list[str]] = {}
    for cid in made:
        groups.setdefault(cid[0], []).append(cid)
    shared = sorted(next(g for g in groups.values() if len(g) > 1))
    before = db_path.read_bytes()
    done = run_cli("note", shared[0][0], "which one?")
    assert done.returncode == 1
    line = one_error_line(done)
    assert "ambiguous" in line
    for candidate in shared:
        assert candidate in line
    assert db_path.read_bytes() == before


# -- status ----------------------------------------------------------------------------------------


def test_a_refused_status_is_exit_1_one_line_and_changes_nothing(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    before = db_path.read_bytes()
    done = run_cli("status", claim_id, "verified", "--note", "trust me")
    assert done.returncode == 1
    assert one_error_line(done) == (
        "error: cannot set verified: no supporting source (use --force to override)"
    )
    assert done.stdout == ""
    assert db_path.read_bytes() == before


def test_force_sets_the_status_and_records_the_override(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    done = run_cli("status", claim_id, "false", "--force")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"claim {claim_id}: false (forced)"
    entry = reread(db_path).claim(claim_id).history[-1]
    assert (entry.action, entry.after, entry.forced, entry.by) == ("status", "false", True, "ana")
    assert "no refuting source" in entry.detail


def test_force_with_a_note_still_says_forced(run_cli: RunCli, claim_id: str) -> None:
    done = run_cli("status", claim_id, "verified", "--note", "Ministry confirmed", "--force")
    assert done.returncode == 0
    assert done.stdout.strip() == f"claim {claim_id}: verified (forced)"


def test_status_with_evidence_and_note(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "refutes")
    done = run_cli("status", claim_id, "false", "--note", "Ministry says 3,000")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"claim {claim_id}: false"
    claim = reread(db_path).claim(claim_id)
    assert claim.status is Status.FALSE and claim.verdict_note == "Ministry says 3,000"
    assert claim.history[-1].forced is False


def test_status_on_several_claims_reports_each_refusal(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    ready, _ = desk.add_claim("Reports say the troops are already fighting in Kursk.")
    desk.add_source(ready.id, "https://example.com/a", "supports")
    done = run_cli("status", claim_id, ready.id, "verified")
    assert done.returncode == 1
    assert done.stdout.strip() == f"claim {ready.id}: verified"
    assert one_error_line(done).startswith(f"error: claim {claim_id}: cannot set verified")
    seen = reread(db_path)
    assert seen.claim(ready.id).status is Status.VERIFIED
    assert seen.claim(claim_id).status is Status.UNVERIFIED


@pytest.mark.parametrize(
    "args",
    [
        ("status", "CLAIM", "approved"),
        ("claims", "--no-such-option"),
        ("source", "add", "CLAIM", "https://example.com/"),  # --stance is required
        ("source", "add", "CLAIM", "https://example.com/", "--stance", "agrees"),
        ("status", "CLAIM", "verified", "--bogus"),
        ("no-such-command",),
        ("ingest", "-", "-"),
        ("ingest", "--title", "One title", "a.txt", "b.txt"),
    ],
)
def test_bad_usage_is_exit_2(
    run_cli: RunCli, db_path: Path, claim_id: str, args: tuple[str, ...]
) -> None:
    before = db_path.read_bytes()
    done = run_cli(*(claim_id if a == "CLAIM" else a for a in args))
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr
    assert one_error_line(done).endswith("--help`)")  # one line, and where to look
    assert db_path.read_bytes() == before


# -- sources -----------------------------------------------------------------------------------------


def test_source_add_with_every_option(run_cli: RunCli, db_path: Path, claim_id: str) -> None:
    done = run_cli(
        "source",
        "add",
        claim_id,
        "https://www.defense.gov/News/Releases/1",
        "--stance",
        "supports",
        "--title",
        "Pentagon briefing",
        "--publisher",
        "U.S. Department of Defense",
        "--kind",
        "official_statement",
        "--excerpt",
        "around 11,000 North Korean troops",
        "--note",
        "primary source",
        "--published",
        "2024-11-04",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    [source] = reread(db_path).claim(claim_id).sources
    assert printed["id"] == source.id
    assert source.url == "https://www.defense.gov/News/Releases/1"
    assert source.stance is Stance.SUPPORTS
    assert (source.title, source.publisher, source.kind.value) == (
        "Pentagon briefing",
        "U.S. Department of Defense",
        "official_statement",
    )
    assert source.excerpt == "around 11,000 North Korean troops" and source.note == "primary source"
    assert source.published.isoformat() == "2024-11-04" and source.added_by == "ana"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("javascript:alert(1)", "error: URL scheme must be http or https (got javascript)"),
        ("file:///etc/passwd", "got file"),
        ("http://exa mple.com/", "spaces or control characters"),
    ],
)
def test_source_add_refuses_a_bad_url_in_one_line(
    run_cli: RunCli, db_path: Path, claim_id: str, url: str, problem: str
) -> None:
    before = db_path.read_bytes()
    done = run_cli("source", "add", claim_id, url, "--stance", "supports")
    assert done.returncode == 1
    assert problem in one_error_line(done)
    assert db_path.read_bytes() == before


def test_source_add_refuses_a_duplicate_and_a_missing_origin(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    before = db_path.read_bytes()
    dup = run_cli("source", "add", claim_id, "https://example.com/a", "--stance", "refutes")
    assert dup.returncode == 1 and "already a source" in one_error_line(dup)
    orphan = run_cli(
        "source",
        "add",
        claim_id,
        "https://example.com/b",
        "--stance",
        "supports",
        "--derived-from",
        "szzzz",
    )
    assert orphan.returncode == 1 and "derived_from: no source 'szzzz'" in one_error_line(orphan)
    assert db_path.read_bytes() == before


def test_source_remove_and_undo(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    _, keep = desk.add_source(claim_id, "https://example.com/keep", "supports")
    _, drop = desk.add_source(claim_id, "https://example.com/drop", "refutes")
    done = run_cli("source", "remove", claim_id, drop.id[:4])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"claim {claim_id}: source removed (1 left)"
    assert [s.id for s in reread(db_path).claim(claim_id).sources] == [keep.id]
    undone = run_cli("undo", claim_id)
    assert undone.returncode == 0, undone.stderr
    assert "undid source removed" in undone.stdout
    assert sorted(s.id for s in reread(db_path).claim(claim_id).sources) == sorted(
        [keep.id, drop.id]
    )


def test_source_edit_sets_fields_and_clear_empties_them_in_the_history_and_undoably(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    _, origin = desk.add_source(claim_id, "https://wire.example/story", "supports")
    _, source = desk.add_source(
        claim_id,
        "https://example.com/a",
        "supports",
        title="Briefing",
        note="call back",
        accessed="2024-11-05",
        archive_url="https://web.archive.org/a",
        derived_from=origin.id,
    )
    done = run_cli(
        "source",
        "edit",
        claim_id,
        source.id[:4],
        "--publisher",
        "DoD",
        "--clear",
        "note",
        "--clear",
        "archive-url",
        "--clear",
        "accessed",
        "--clear",
        "derived_from",  # the field's own spelling is taken too
        "--json",
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    edited = reread(db_path).claim(claim_id).source(source.id)
    assert printed["id"] == source.id and printed["note"] is None
    assert (edited.title, edited.publisher) == ("Briefing", "DoD")
    assert (edited.note, edited.archive_url, edited.accessed, edited.derived_from) == (
        None,
        None,
        None,
        None,
    )

    history = json.loads(run_cli("history", claim_id, "--json").stdout)
    entry = history[-1]
    assert (entry["action"], entry["by"], entry["detail"]) == ("source_edited", "ana", source.id)
    assert (entry["before"]["note"], entry["after"]["note"]) == ("call back", None)
    assert (entry["before"]["derived_from"], entry["after"]["derived_from"]) == (origin.id, None)
    assert entry["before"]["accessed"] == "2024-11-05" and entry["after"]["accessed"] is None
    assert "source edited" in run_cli("history", claim_id).stdout.splitlines()[-1]

    undone = run_cli("undo", claim_id)
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.strip() == f"claim {claim_id}: undid source edited: Briefing"
    assert reread(db_path).claim(claim_id).source(source.id) == source


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("url", "url is required"),
        ("stance", "stance is required"),
        ("kind", "--kind other"),
        ("bogus", "'bogus' is not one of 'title', "),
    ],
)
def test_source_edit_refuses_to_clear_a_field_a_source_must_have(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str, field: str, reason: str
) -> None:
    _, source = desk.add_source(claim_id, "https://example.com/a", "supports")
    before = db_path.read_bytes()
    done = run_cli("source", "edit", claim_id, source.id, "--clear", "title", "--clear", field)
    assert done.returncode == 2, (done.stdout, done.stderr)
    line = one_error_line(done)
    assert reason in line and line.endswith("(see `verifier source edit --help`)")
    assert done.stdout == ""
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (("--note", "new", "--clear", "note"), "note"),
        (("--clear", "archive-url", "--archive-url", "https://web.archive.org/b"), "archive-url"),
        (("--traces", "0", "--clear", "traces"), "traces"),
    ],
)
def test_source_edit_refuses_to_set_and_clear_one_field(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str, args: tuple[str, ...], name: str
) -> None:
    _, source = desk.add_source(claim_id, "https://example.com/a", "supports", note="old")
    before = db_path.read_bytes()
    done = run_cli("source", "edit", claim_id, source.id, *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert one_error_line(done) == (
        f"error: --{name} and --clear {name} contradict each other: give one of them "
        "(see `verifier source edit --help`)"
    )
    assert db_path.read_bytes() == before


# -- notes, tags, assignee, history, undo ------------------------------------------------------------


def test_note_tag_assign_history_and_undo(run_cli: RunCli, db_path: Path, claim_id: str) -> None:
    assert run_cli("note", claim_id, "Called the ministry").returncode == 0
    tagged = run_cli("tag", claim_id, "Troops", "kursk")
    assert tagged.stdout.strip() == f"claim {claim_id}: tags troops, kursk"
    assigned = run_cli("assign", claim_id, "bo")
    assert assigned.stdout.strip() == f"claim {claim_id}: assigned to bo"
    claim = reread(db_path).claim(claim_id)
    assert claim.notes[0].text == "Called the ministry" and claim.notes[0].by == "ana"
    assert claim.tags == ["troops", "kursk"] and claim.assignee == "bo"

    history = json.loads(run_cli("history", claim_id, "--json").stdout)
    assert [(h["action"], h["by"]) for h in history] == [
        ("created", "ana"),
        ("note", "ana"),
        ("tags", "ana"),
        ("assigned", "ana"),
    ]
    assert (history[-1]["before"], history[-1]["after"]) == (None, "bo")

    undone = run_cli("undo", claim_id)
    assert undone.returncode == 0 and undone.stdout.strip() == f"claim {claim_id}: undid assigned"
    assert reread(db_path).claim(claim_id).assignee is None

    text = run_cli("history", claim_id)
    lines = text.stdout.splitlines()
    assert len(lines) == 5 and all(" ana " in line for line in lines)
    assert "tags — → troops, kursk" in lines[2]
    assert lines[-1].endswith("undo (undid assigned)")


def test_untag_and_assign_clear(
    run_cli: RunCli, db_path: Path, desk: Verifier, claim_id: str
) -> None:
    desk.tag(claim_id, "a", "b")
    desk.assign(claim_id, "bo")
    assert run_cli("untag", claim_id, "A").stdout.strip() == f"claim {claim_id}: tags b"
    assert (
        run_cli("assign", claim_id, "--clear").stdout.strip()
        == f"claim {claim_id}: assigned to nobody"
    )
    claim = reread(db_path).claim(claim_id)
    assert claim.tags == ["b"] and claim.assignee is None


def test_assign_without_a_person_is_bad_usage(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    done = run_cli("assign", claim_id)
    assert done.returncode == 2
    assert "--clear" in one_error_line(done)


def test_nothing_to_undo_is_exit_1(run_cli: RunCli, desk: Verifier, article_id: str) -> None:
    claim_id = desk.add_claim(CLAIM_TEXT, article=article_id, origin=ClaimOrigin.EXTRACTED)[0].id
    done = run_cli("undo", claim_id)
    assert done.returncode == 1
    assert one_error_line(done) == f"error: claim {claim_id} has no change to undo"


def test_a_tag_of_two_words_is_one_line_exit_1(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    before = db_path.read_bytes()
    done = run_cli("tag", claim_id, "two words")
    assert done.returncode == 1
    assert "one word" in one_error_line(done)
    assert db_path.read_bytes() == before


# -- configuration and the database path ---------------------------------------------------------


def test_config_shows_what_is_in_force_and_where_from(
    run_cli: RunCli, db_path: Path, cli_env: dict[str, str]
) -> None:
    done = run_cli("config", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["setting"]: (row["value"], row["from"]) for row in json.loads(done.stdout)}
    assert rows["database"] == (str(db_path), "--db")
    assert rows["user"] == ("ana", "$VERIFIER_USER")
    assert rows["config file"] == (cli_env["VERIFIER_CONFIG"], "not present (defaults)")
    assert rows["verdicts.verified"] == ("True (rating 5)", "default")
    assert not db_path.exists()  # showing the config opens no database


def test_a_malformed_config_is_exit_1_one_line(
    run_cli: RunCli, tmp_path: Path, claim_id: str
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('user = "unterminated\n', encoding="utf-8")
    done = run_cli("claims", env={"VERIFIER_CONFIG": str(bad)})
    assert done.returncode == 1
    assert f"{bad}: not valid TOML" in one_error_line(done)


def test_db_option_beats_verifier_db(run_cli: RunCli, db_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    done = run_cli("claim", "add", "Typed by hand", env={"VERIFIER_DB": str(elsewhere)})
    assert done.returncode == 0, done.stderr
    assert db_path.exists() and not elsewhere.exists()
    via_env = run_cli("claims", "--json", db=None, env={"VERIFIER_DB": str(db_path)})
    assert [c["text"] for c in json.loads(via_env.stdout)] == ["Typed by hand"]


def test_a_corrupt_database_is_exit_1_naming_the_file_and_left_alone(
    run_cli: RunCli, db_path: Path
) -> None:
    garbage = b"\x00\x01garbage{not json\xff"
    db_path.write_bytes(garbage)
    for args in (("claims",), ("claim", "add", "A new claim"), ("ingest", str(SEED))):
        done = run_cli(*args)
        assert done.returncode == 1
        assert str(db_path) in one_error_line(done)
        assert db_path.read_bytes() == garbage


# -- the installed console script itself (the tests above fork a pre-imported CLI) ---------------


def test_the_console_script_runs_and_reports_its_version(run_script: RunCli) -> None:
    done = run_script("--version", db=None)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "verifier, version 0.1.0"


def test_the_console_script_exit_codes_and_one_line_errors(
    run_script: RunCli, db_path: Path, claim_id: str
) -> None:
    before = db_path.read_bytes()
    refused = run_script("status", claim_id, "verified")
    assert refused.returncode == 1
    assert "no supporting source" in one_error_line(refused)
    usage = run_script("status", claim_id, "approved")
    assert usage.returncode == 2 and "Traceback" not in usage.stderr
    assert "'approved' is not one of" in one_error_line(usage)
    assert db_path.read_bytes() == before


def test_a_closed_pipe_ends_the_listing_quietly(
    cli_env: dict[str, str], db_path: Path, claim_id: str
) -> None:
    script = Path(sys.executable).with_name("verifier")
    desk = Verifier(db_path, user="ana", durable=False)
    with desk.repo.transaction():  # more than a pipe buffer of listing, so the reader leaves early
        for n in range(1500):
            desk.add_claim(f"Claim number {n}, a sentence long enough to fill a line of the list")
    done = subprocess.run(
        f"'{script}' --db '{db_path}' claims | head -1",
        shell=True,
        env=cli_env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr == ""


def test_python_dash_m_verifier_is_the_same_command(
    cli_env: dict[str, str], db_path: Path, claim_id: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "verifier", "--db", str(db_path), "show", claim_id, "--json"],
        capture_output=True,
        text=True,
        env=cli_env,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == claim_id


def test_the_console_script_refuses_a_corrupt_database(run_script: RunCli, db_path: Path) -> None:
    db_path.write_bytes(b'{"_meta": {"store": ')
    done = run_script("claims")
    assert done.returncode == 1
    assert str(db_path) in one_error_line(done)
    assert db_path.read_bytes() == b'{"_meta": {"store": '


def test_a_truncated_database_is_refused_too(run_cli: RunCli, db_path: Path, claim_id: str) -> None:
    cut = db_path.read_bytes()[:-40]
    db_path.write_bytes(cut)
    done = run_cli("note", claim_id, "a change that must not be written")
    assert done.returncode == 1
    line = one_error_line(done)
    assert str(db_path) in line and "not valid JSON" in line
    assert db_path.read_bytes() == cut


def test_removing_the_evidence_of_a_verdict_warns(run_cli: RunCli, claim_id: str) -> None:
    added = run_cli(
        "source", "add", claim_id, "https://example.com/a", "--stance", "supports", "--json"
    )
    source_id = json.loads(added.stdout)["id"]
    assert run_cli("status", claim_id, "verified", "--note", "confirmed").returncode == 0
    removed = run_cli("source", "remove", claim_id, source_id)
    assert removed.returncode == 0
    assert "is still verified but no supporting source" in removed.stderr


# -- removing a claim added by hand or promoted -------------------------------------------------


def test_claim_remove_then_undo_puts_it_back(
    run_cli: RunCli, db_path: Path, article_id: str, claim_id: str
) -> None:
    done = run_cli("claim", "remove", claim_id[:4])
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"claim {claim_id}: removed (added by hand: “{CLAIM_TEXT[:59]}…”)\n"
    assert done.stderr == f"`verifier undo {claim_id}` puts it back\n"
    assert claim_id not in run_cli("claims").stdout
    history = run_cli("article", "show", article_id).stdout
    assert f"claim {claim_id} removed: “{CLAIM_TEXT}”" in history
    back = run_cli("undo", claim_id[:4])
    assert back.returncode == 0, back.stderr
    assert back.stdout == f"claim {claim_id}: put back (its removal undone)\n"
    assert reread(db_path).claim(claim_id).text == CLAIM_TEXT


def test_a_removed_claim_shows_as_removed_and_its_history_lists_each_removal(
    run_cli: RunCli, article_id: str, claim_id: str
) -> None:
    for _ in range(2):
        assert run_cli("claim", "remove", claim_id).returncode == 0
        shown = run_cli("show", claim_id[:4])
        assert shown.returncode == 1
        line = one_error_line(shown)
        assert line.startswith(f"error: claim {claim_id} was removed by ")
        assert line.endswith(
            f"UTC from article {article_id} (“Seoul weighs arms for Kyiv”); "
            f"`verifier undo {claim_id}` puts it back"
        )
        assert run_cli("undo", claim_id).returncode == 0
    listed = run_cli("history", claim_id).stdout.splitlines()
    assert len(listed) == 3
    assert all(
        re.search(r" removed by \w+ on [-\d: ]+ UTC; put back$", line) for line in listed[1:]
    )
    assert one_error_line(run_cli("show", "zzzz")) == "error: no claim with id 'zzzz'"


def test_claim_remove_refuses_work_and_extracted_claims_in_one_line(
    run_cli: RunCli, desk: Verifier, article_id: str, claim_id: str
) -> None:
    desk.add_note(claim_id, "called the ministry")
    worked = run_cli("claim", "remove", claim_id)
    assert worked.returncode == 1
    assert one_error_line(worked) == (
        f"error: claim {claim_id} has work on it (1 note): undo or remove that first; "
        "nothing was removed"
    )
    extracted = desk.add_claim(
        "Reports say the troops are already fighting in Kursk.",
        article=article_id,
        origin=ClaimOrigin.EXTRACTED,
    )[0]
    refused = run_cli("claim", "remove", extracted.id)
    assert refused.returncode == 1
    assert "was extracted from its article" in one_error_line(refused)
    assert {c.id for c in reread(desk.path).claims()} == {claim_id, extracted.id}


def test_undo_of_a_claim_added_by_hand_removes_it(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    """Before, 'has no change to undo' left a claim typed by mistake for good."""
    done = run_cli("undo", claim_id)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"claim {claim_id}: removed (undid its addition by hand: ")
    assert claim_id not in reread(db_path).repo.claims.ids()
    assert run_cli("undo", claim_id).returncode == 0  # and back again
    assert claim_id in reread(db_path).repo.claims.ids()


def test_undo_right_after_a_put_back_removes_it_again_and_says_so(
    run_cli: RunCli, claim_id: str
) -> None:
    assert run_cli("claim", "remove", claim_id).returncode == 0
    assert run_cli("undo", claim_id).returncode == 0
    again = run_cli("undo", claim_id)
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(f"claim {claim_id}: removed again (undid the put-back: ")


def test_undo_of_a_text_edit_reads_naturally(run_cli: RunCli, claim_id: str) -> None:
    assert run_cli("claim", "edit", claim_id, "Officials say troops are in Russia.").returncode == 0
    undone = run_cli("undo", claim_id)
    assert undone.stdout == f"claim {claim_id}: undid the text edit\n"
    assert (
        run_cli("history", claim_id).stdout.splitlines()[-1].endswith("undo (undid the text edit)")
    )


# -- a verdict given to an earlier wording ------------------------------------------------------


def test_a_verdict_on_an_earlier_wording_is_marked_and_shown_until_set_again(
    run_cli: RunCli, desk: Verifier, claim_id: str
) -> None:
    desk.add_source(claim_id, "https://example.com/a", "supports")
    desk.add_source(claim_id, "https://example.org/b", "supports")
    desk.set_status(claim_id, "verified", "two sources")
    assert f"+2 -0    {CLAIM_TEXT[:20]}" in run_cli("claims", "--verdicts").stdout  # no mark
    edited = run_cli("claim", "edit", claim_id, "More than 10,000 troops are in Russia.")
    assert edited.returncode == 0
    assert f"flagged ✗ until you set it again (`verifier status {claim_id} verified`)" in (
        edited.stderr
    )
    listed = run_cli("claims", "--verdicts").stdout
    assert f"{claim_id}  verified        0.00 +2 -0 ✗  More than" in listed
    shown = run_cli("show", claim_id).stdout
    assert (
        f"  ✗ the verified verdict was given to an earlier wording: “{CLAIM_TEXT}”; set it again "
        f"to confirm it for this one (`verifier status {claim_id} verified`)"
    ) in shown
    assert "does not meet its rule" not in shown
    data = json.loads(run_cli("show", claim_id, "--json").stdout)
    assert data["corroboration"]["verdict_rules_unmet"] == [
        "the claim was reworded after the verdict"
    ]
    again = run_cli("status", claim_id, "verified")
    assert again.stdout == f"claim {claim_id}: verified (confirmed for the new wording)\n"
    assert "✗" not in run_cli("claims", "--verdicts").stdout
    assert "verdict confirmed for the new wording" in run_cli("history", claim_id).stdout


# -- small ones ---------------------------------------------------------------------------------


def test_claims_assignee_is_case_insensitive(
    run_cli: RunCli, desk: Verifier, claim_id: str
) -> None:
    desk.assign(claim_id, "Ana Ruiz")
    listed = run_cli("claims", "--assignee", "ana ruiz")
    assert listed.returncode == 0 and listed.stdout.startswith(claim_id)


def test_an_attribution_the_claim_already_has_is_refused(
    run_cli: RunCli, desk: Verifier, claim_id: str
) -> None:
    assert (
        run_cli("attribution", "add", claim_id, "Officials", "--sourcing", "vague").returncode == 0
    )
    again = run_cli(
        "attribution", "add", claim_id, "Officials", "--sourcing", "vague", "--name", "officials"
    )
    assert again.returncode == 1
    assert one_error_line(again) == (
        f"error: claim {claim_id} is already attributed to Officials (attribution 0, vague); "
        "nothing was added (edit or remove that one instead)"
    )
    assert len(reread(desk.path).claim(claim_id).attributions) == 1


def test_a_named_person_by_surname_is_refused(run_cli: RunCli, desk: Verifier) -> None:
    """'Okafor' when the claim has Daniel Okafor is the same person: one line, nothing added."""
    article, _ = desk.add_article(
        "Port traffic falls\nDaniel Okafor said traffic fell.\nOkafor said it would not last.\n"
    )
    claim, _ = desk.add_claim("Okafor said it would not last.", article=article.id)
    full = ("attribution", "add", claim.id, "Daniel Okafor", "--sourcing", "named_person")
    assert run_cli(*full).returncode == 0
    again = run_cli("attribution", "add", claim.id, "Okafor", "--sourcing", "named_person")
    assert again.returncode == 1
    assert one_error_line(again) == (
        f"error: claim {claim.id} is already attributed to Daniel Okafor (attribution 0, "
        "named person); nothing was added (edit or remove that one instead)"
    )
    assert reread(desk.path).claim(claim.id).attributed_to == ["Daniel Okafor"]


def test_a_source_without_a_url_is_said_in_words(run_cli: RunCli, claim_id: str) -> None:
    done = run_cli("source", "add", claim_id, "", "--stance", "supports")
    assert done.returncode == 1
    assert one_error_line(done) == "error: a source needs a URL"


def test_claims_count_mixed_sources(run_cli: RunCli, desk: Verifier, claim_id: str) -> None:
    desk.add_source(claim_id, "https://example.com/a", "mixed")
    desk.set_status(claim_id, "partly_verified", "partly")
    listed = run_cli("claims", "--verdicts").stdout
    assert f"{claim_id}  partly_verified 0.00 +0 -0 ±1 ⚠  Officials" in listed


def test_history_keeps_its_columns_with_a_long_author_name(
    run_cli: RunCli, db_path: Path, claim_id: str
) -> None:
    make_desk(db_path, user="Diane C. Swonk-Oberholzer").tag(claim_id, "economy")
    lines = run_cli("history", claim_id).stdout.splitlines()
    assert lines[1].split("UTC  ")[1].startswith("Diane C. Sw… tags")
    starts = {
        line.index(" created") if "created" in line else line.index(" tags") for line in lines
    }
    assert len(starts) == 1, lines  # the change starts in the same column on every line
