"""`verifier article edit|remove` and `verifier ingest --version-of`, as a script runs them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import one_error_line
from tests.conftest import RunCli
from tests.unit.test_article_versions import ARTICLE


def only_article(run_cli: RunCli) -> str:
    (article,) = json.loads(run_cli("articles", "--json").stdout)
    return str(article["id"])


def test_edit_an_article_and_refuse_bad_details(
    run_cli: RunCli, tmp_path: Path, db_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run_cli("ingest", str(path)).returncode == 0
    ref = only_article(run_cli)
    done = run_cli("article", "edit", ref, "--publisher", "Bloomberg", "--published", "2016-09-20")
    assert done.returncode == 0 and "updated publisher, published" in done.stdout
    shown = json.loads(run_cli("article", "show", ref, "--json").stdout)
    assert (shown["publisher"], shown["published"]) == ("Bloomberg", "2016-09-20")
    before = db_path.read_bytes()
    bad = run_cli("article", "edit", ref, "--url", "ftp://example.org/x")
    assert bad.returncode == 1 and "URL scheme must be http or https" in one_error_line(bad)
    nothing = run_cli("article", "edit", ref)
    assert nothing.returncode == 2 and "nothing to change" in one_error_line(nothing)
    assert db_path.read_bytes() == before


def test_a_revision_ingested_as_a_version_and_a_mistaken_copy_removed(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Twelve", "Eleven"), encoding="utf-8")
    assert run_cli("ingest", str(tmp_path / "a.txt")).returncode == 0
    ref = only_article(run_cli)
    claims = json.loads(run_cli("claims", "--json").stdout)
    twelve = next(c["id"] for c in claims if c["text"].startswith("Twelve"))
    assert (
        run_cli("source", "add", twelve, "https://example.org/t", "--stance", "supports").returncode
        == 0
    )
    assert run_cli("status", twelve, "verified", "--note", "tables").returncode == 0

    copy = run_cli("ingest", str(tmp_path / "b.txt"), "--json")
    (result,) = json.loads(copy.stdout)
    assert result["created"] and f"--version-of {ref}" in result["message"]
    refused = run_cli("article", "remove", ref)
    assert refused.returncode == 1 and twelve in one_error_line(refused)
    removed = run_cli("article", "remove", result["article"])
    assert removed.returncode == 0 and "removed" in removed.stdout

    update = run_cli("ingest", str(tmp_path / "b.txt"), "--version-of", ref, "--json")
    assert update.returncode == 0, update.stderr
    (updated,) = json.loads(update.stdout)
    assert updated["article"] == ref and not updated["created"]
    assert updated["dropped_verdicts"] == [{"claim": twelve, "status": "verified"}]
    assert "reworded as" in updated["message"]
    unknown = run_cli("ingest", str(tmp_path / "b.txt"), "--version-of", "zzzzzz")
    assert unknown.returncode == 1


def test_article_history_and_undo_of_a_correction(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert run_cli("ingest", str(path)).returncode == 0
    ref = only_article(run_cli)
    assert run_cli("article", "edit", ref, "--title", "Wealthy voters poll").returncode == 0
    shown = run_cli("article", "show", ref).stdout
    assert "ingested from" in shown
    assert (
        "details: title “Poll finds wealthy voters abandon the Republican party” → “Wealthy voters poll”"
        in shown
    )
    undone = run_cli("article", "undo", ref)
    assert undone.returncode == 0 and "restored title" in undone.stdout
    assert json.loads(run_cli("article", "show", ref, "--json").stdout)["title"].startswith(
        "Poll finds"
    )
    again = run_cli("article", "undo", ref)
    assert again.returncode == 1 and "no correction of its details left to undo" in one_error_line(
        again
    )


def test_article_list_counts_in_words_and_a_bad_status_names_its_argument(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "one.txt"
    path.write_text("The ministry said 11,000 soldiers crossed the border in October.\n")
    assert run_cli("ingest", str(path)).returncode == 0
    listed = run_cli("articles").stdout
    assert "   1 claim  " in listed and "1 claims" not in listed
    bad = run_cli("status", "abc", "maybe")
    assert bad.returncode == 2
    line = one_error_line(bad)
    assert "Invalid value for 'STATUS': 'maybe'" in line and "{unverified|" not in line


def test_a_database_path_in_a_missing_directory_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    """The review typed `--db /nonexistent/dir/db.json`: a new, empty database was made there."""
    (tmp_path / "a.txt").write_text("The ministry said 11,000 soldiers crossed.\n")
    typo = tmp_path / "no-such-dir" / "db.json"
    done = run_cli("--db", str(typo), "ingest", str(tmp_path / "a.txt"), db=None)
    assert done.returncode == 2
    assert f"--db {typo}: no directory {typo.parent}" in one_error_line(done)
    assert not typo.parent.exists()
    by_env = run_cli("claims", db=None, env={"VERIFIER_DB": str(typo)})
    assert by_env.returncode == 2 and "VERIFIER_DB" in one_error_line(by_env)
    # `config` shows where the database would be, mistyped or not: it opens nothing
    shown = run_cli("config", db=None, env={"VERIFIER_DB": str(typo)})
    assert shown.returncode == 0 and str(typo) in shown.stdout


def test_redo_puts_back_what_undo_took(run_cli: RunCli) -> None:
    added = run_cli("claim", "add", "Officials said 500 tanks were lost.")
    assert added.returncode == 0
    (claim,) = json.loads(run_cli("claims", "--json").stdout)
    ref = claim["id"]
    assert (
        run_cli("source", "add", ref, "https://a.example/x", "--stance", "supports").returncode == 0
    )
    assert run_cli("undo", ref).returncode == 0
    redone = run_cli("redo", ref)
    assert redone.returncode == 0
    assert redone.stdout.strip() == f"claim {ref}: redid source added: a.example"  # as undo says it
    shown = json.loads(run_cli("show", ref, "--json").stdout)
    assert [s["url"] for s in shown["sources"]] == ["https://a.example/x"]
    again = run_cli("redo", ref)
    assert again.returncode == 1 and "no undo left to redo" in one_error_line(again)


def test_article_show_keeps_when_it_was_first_ingested(
    run_cli: RunCli, tmp_path: Path, db_path: Path
) -> None:
    """A review found `article show` gave the latest version's time as when it came in."""
    from datetime import UTC, datetime

    from verifier.config import Config
    from verifier.service import Verifier

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE.replace("Twelve", "Eleven"), encoding="utf-8")
    assert run_cli("ingest", str(tmp_path / "a.txt")).returncode == 0
    ref = only_article(run_cli)
    desk = Verifier(db_path, config=Config(user="t"), durable=False)
    first = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    with desk.repo.transaction():  # as if it came in in March
        article = desk.article(ref)
        history = [e.model_copy(update={"at": first}) for e in article.history]
        desk.repo.articles.put(
            article.model_copy(update={"ingested_at": first, "history": history})
        )
    assert run_cli("ingest", str(tmp_path / "b.txt"), "--version-of", ref).returncode == 0
    shown = run_cli("article", "show", ref).stdout
    line = next(ln for ln in shown.splitlines() if ln.startswith("ingested:"))
    assert line.startswith("ingested:   2026-03-01 09:30 (this version ")
