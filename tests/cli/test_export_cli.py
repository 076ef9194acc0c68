"""`verifier export` and `verifier import` end to end, in a subprocess (exit codes, streams)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli
from verifier.config import Config
from verifier.models import Status
from verifier.reports.sample import HOSTILE_TEXTS, add_hostile_claim, build_sample
from verifier.service import Verifier

CONFIG_TOML = """
user = "Cli Tester"
[organisation]
name = "Fact Desk"
url = "https://factdesk.example"
url_template = "https://factdesk.example/checks/{id}"
[verdicts.verified]
label = "Correct"
rating = 5
"""


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    db = folder / "seed.json"
    desk = Verifier(db, config=Config(user="Cli Tester"))
    build_sample(desk)
    add_hostile_claim(desk, article=desk.articles()[0].id)
    (folder / "config.toml").write_text(CONFIG_TOML, encoding="utf-8")
    return db


def run(
    db: Path, *args: str, config: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIFIER_")}
    env["VERIFIER_CONFIG"] = str(config or db.parent / "no-config.toml")
    env["VERIFIER_USER"] = "Cli Tester"
    return subprocess.run(
        [sys.executable, "-m", "verifier", "--db", str(db), *args],
        capture_output=True,
        env=env,
        input=stdin.decode() if stdin is not None else None,
        text=True,
        timeout=60,
    )


def test_html_to_file_and_md_to_stdout(seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    done = run(seeded, "export", "-o", str(target))  # format from the file name
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "exported 9 claims as html" in done.stderr
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "&lt;script&gt;" in html
    done = run(seeded, "export", "--format", "md", "--status", "verified")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Verification report")
    assert "status: verified" in done.stdout
    assert "### VERIFIED" in done.stdout and "### DISPUTED" not in done.stdout


def test_csv_filters_and_sources(seeded: Path) -> None:
    done = run(seeded, "export", "-f", "csv", "--tag", "hostile")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline="")))
    assert len(rows) == 1 and rows[0]["verdict_note"] == "'" + HOSTILE_TEXTS[2]
    done = run(seeded, "export", "-f", "csv", "--sources", "--status", "verified")
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline="")))
    assert (
        rows
        and {r["claim_status"] for r in rows} == {"verified"}
        and all(r["source_id"] for r in rows)
    )


def test_claimreview_needs_publisher(seeded: Path) -> None:
    done = run(seeded, "export", "-f", "claimreview")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ClaimReview markup is invalid")
    assert "url_template" in lines[0] and "--org" in lines[0]


def test_claimreview_from_config_and_from_options(seeded: Path) -> None:
    done = run(seeded, "export", "-f", "claimreview", config=seeded.parent / "config.toml")
    assert done.returncode == 0, done.stderr
    reviews = json.loads(done.stdout)
    assert all(r["@type"] == "ClaimReview" and r["author"]["name"] == "Fact Desk" for r in reviews)
    assert "Correct" in {r["reviewRating"]["alternateName"] for r in reviews}
    assert "skipped 2 without a verdict" in done.stderr
    assert "warning: claim" in done.stderr and "(Google recommends at most 75)" in done.stderr
    done = run(
        seeded,
        "export",
        "-f",
        "claimreview",
        "--org",
        "Other",
        "--url-template",
        "https://o.example/{id}",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["url"].startswith("https://o.example/")


@pytest.mark.parametrize(
    "args",
    [
        ("export",),  # no format and no -o to guess it from
        ("export", "-f", "md", "--sources"),
        ("export", "-f", "html", "--org", "X"),
        ("export", "-f", "md", "--status", "nonsense"),
        ("import", "x.json", "--prefer", "mine"),
    ],
)
def test_usage_errors_exit_2(seeded: Path, args: tuple[str, ...]) -> None:
    assert run(seeded, *args).returncode == 2


def test_user_errors_exit_1_with_one_line(seeded: Path, tmp_path: Path) -> None:
    for args in (
        ("export", "-f", "md", "--article", "zzzz"),
        ("export", "-f", "md", "-o", str(tmp_path / "missing" / "r.md")),
        ("import", str(tmp_path / "absent.json")),
    ):
        done = run(seeded, *args)
        assert done.returncode == 1, args
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("error: "), (
            done.stderr
        )


def test_json_round_trip_and_conflicts_via_cli(seeded: Path, tmp_path: Path) -> None:
    dump = tmp_path / "all.json"
    assert run(seeded, "export", "-o", str(dump)).returncode == 0
    copy = tmp_path / "copy.json"
    done = run(copy, "import", str(dump))
    assert done.returncode == 0, done.stderr
    assert "claims: 9 added" in done.stdout
    ours = Verifier(seeded, config=Config(user="x"))
    theirs = Verifier(copy, config=Config(user="x"))
    key = lambda c: c.id  # noqa: E731
    assert sorted(ours.claims(), key=key) == sorted(theirs.claims(), key=key)
    assert ours.articles() == theirs.articles()

    # the same claim changed on both sides in ways that combine: merged, nothing lost
    claim = next(c for c in theirs.claims() if c.status is Status.UNVERIFIED)
    theirs.set_status(claim.id, Status.IN_PROGRESS)
    theirs.assign(claim.id, "Someone")
    other = tmp_path / "other.json"
    assert run(copy, "export", "-o", str(other)).returncode == 0
    mine = tmp_path / "mine.json"
    (mine).write_bytes(seeded.read_bytes())
    Verifier(mine, config=Config(user="x")).tag(claim.id, "mine")
    done = run(mine, "import", str(other))
    assert done.returncode == 0, done.stderr
    assert "1 merged (changed on both sides), 0 conflicting" in done.stdout
    assert (
        f"merged: claim {claim.id}: from the file: status unverified → in progress; "
        "assigned to Someone · kept from here: tag mine"
    ) in done.stdout
    merged = Verifier(mine, config=Config(user="x")).claim(claim.id)
    assert (merged.status, merged.assignee, merged.tags) == (
        Status.IN_PROGRESS,
        "Someone",
        ["mine"],
    )

    # then both assign it to different people: a conflict, refused, then decided
    Verifier(mine, config=Config(user="x")).assign(claim.id, "Me")
    theirs.assign(claim.id, "Someone Else")
    assert run(copy, "export", "-o", str(other)).returncode == 0
    done = run(mine, "import", str(other))
    assert done.returncode == 1
    assert (
        f"conflict: claim {claim.id}: both changed assignee (not imported): "
        "assignee Me here, Someone Else in the file"
    ) in done.stdout
    assert "nothing imported: rerun with --prefer theirs or --prefer ours" in done.stderr
    done = run(mine, "import", str(other), "--prefer", "theirs", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["applied"] and report["conflicts"][0]["resolution"] == "theirs"
    assert report["conflicts"][0]["fields"] == ["assignee"]
    merged = Verifier(mine, config=Config(user="x")).claim(claim.id)
    assert (merged.assignee, merged.tags) == ("Someone Else", ["mine"])


def test_import_from_stdin(seeded: Path, tmp_path: Path) -> None:
    dump = run(seeded, "export", "-f", "json", "--status", "verified").stdout
    done = run(tmp_path / "fresh.json", "import", "-", stdin=dump.encode())
    assert done.returncode == 0, done.stderr
    assert "claims: 4 added" in done.stdout  # three verified and the hostile one


def test_claimreview_warns_on_stderr_about_rules_and_claims_gone_from_the_article(
    tmp_path: Path,
) -> None:
    db = tmp_path / "rules.json"
    desk = Verifier(db, config=Config(user="Cli Tester"))
    article, _ = desk.add_article(
        "The ministry counted 11,000 soldiers.\n\nThe mayor opened a bridge.\n",
        url="https://news.example/a",
    )
    forced, _ = desk.add_claim("The ministry counted 11,000 soldiers.", article=article.id)
    desk.set_status(forced.id, Status.VERIFIED, force=True)
    gone, _ = desk.add_claim("The mayor opened a bridge.", article=article.id)
    desk.add_source(gone.id, "https://apnews.com/bridge", "supports")
    desk.set_status(gone.id, Status.VERIFIED)
    with desk.repo.transaction():
        desk.repo.claims.put(desk.claim(gone.id).model_copy(update={"in_article": False}))
    (tmp_path / "config.toml").write_text(CONFIG_TOML, encoding="utf-8")
    done = run(db, "export", "-f", "claimreview", config=tmp_path / "config.toml")
    assert done.returncode == 0, done.stderr
    reviews = json.loads(done.stdout)
    assert [r["claimReviewed"] for r in reviews] == ["The ministry counted 11,000 soldiers."]
    assert (
        f"warning: claim {forced.id}: verdict 'verified' does not meet its rule: "
        "no supporting source (forced)"
    ) in done.stderr
    assert f"warning: claim {gone.id}: skipped, its text is no longer in the published article" in (
        done.stderr
    )
    assert "skipped 1 no longer in the article" in done.stderr


def test_report_for_one_article_names_it_by_title(seeded: Path) -> None:
    article = Verifier(seeded, config=Config(user="Cli Tester")).articles()[0]
    assert article.title
    done = run(seeded, "export", "-f", "md", "--article", article.id)
    assert done.returncode == 0, done.stderr
    head = done.stdout.split("## Summary")[0]
    assert f"article: {article.title}" in head and article.id not in head


def test_status_may_be_repeated_and_any_of_them_is_exported(run_cli: RunCli, seeded: Path) -> None:
    done = run_cli("export", "-f", "csv", "--status", "verified", "--status", "disputed", db=seeded)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline="")))
    assert sorted(r["status"] for r in rows) == ["disputed"] + ["verified"] * 4
    assert "exported 5 claims as csv" in done.stderr
    done = run_cli("export", "-f", "md", "--status", "disputed", "--status", "verified", db=seeded)
    assert "status: verified, disputed" in done.stdout.split("## Summary")[0]


def test_verdicts_exports_every_claim_with_a_verdict_and_only_those(
    run_cli: RunCli, seeded: Path
) -> None:
    desk = Verifier(seeded, config=Config(user="x"))
    with_verdict = {c.id for c in desk.claims() if c.status.is_verdict}
    assert with_verdict and len(with_verdict) < len(desk.claims())
    done = run_cli("export", "-f", "csv", "--verdicts", db=seeded)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout, newline="")))
    assert {r["claim_id"] for r in rows} == with_verdict
    assert not {r["status"] for r in rows} & {"unverified", "in_progress"}
    done = run_cli("export", "-f", "md", "--verdicts", db=seeded)
    assert done.returncode == 0, done.stderr
    assert "status: any verdict" in done.stdout.split("## Summary")[0]
    assert f"exported {len(with_verdict)} claims as md" in done.stderr
    done = run_cli("export", "-f", "json", "--verdicts", db=seeded)
    assert {c["id"] for c in json.loads(done.stdout)["claims"]} == with_verdict


def test_verdicts_and_status_together_is_bad_usage(run_cli: RunCli, seeded: Path) -> None:
    done = run_cli("export", "-f", "md", "--verdicts", "--status", "verified", db=seeded)
    assert done.returncode == 2 and done.stdout == ""
    assert "give --verdicts or --status, not both" in done.stderr


def test_claims_takes_several_statuses_and_verdicts_like_export(run_cli: RunCli, db_path: Path) -> None:
    assert run_cli("ingest", str(SEED)).returncode == 0
    claims = json.loads(run_cli("claims", "--json").stdout)
    first, second = claims[0]["id"], claims[1]["id"]
    assert run_cli("status", first, "in_progress").returncode == 0
    assert run_cli("status", second, "unverifiable", "--note", "no record").returncode == 0
    both = json.loads(run_cli("claims", "--status", "in_progress", "--status", "unverifiable", "--json").stdout)
    assert {c["id"] for c in both} == {first, second}
    verdicts = json.loads(run_cli("claims", "--verdicts", "--json").stdout)
    assert [c["id"] for c in verdicts] == [second]
    usage = run_cli("claims", "--verdicts", "--status", "false")
    assert usage.returncode == 2 and "not both" in usage.stderr
