"""``verifier tui`` and ``verifier demo`` from the command line, and a database that goes bad
while the TUI is open."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import loaded, until
from tui_snapshot_app import make_app

from tests.conftest import RunCli


def test_tui_and_demo_are_commands(run_cli: RunCli) -> None:
    for command in ("tui", "demo"):
        done = run_cli(command, "--help", db=None)
        assert done.returncode == 0, done.stderr
        assert "triage screen" in done.stdout
    assert "--db" in run_cli("tui", "--help", db=None).stdout


def test_unreadable_database_is_one_line_not_a_traceback(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    for args in (("tui", "--db", str(bad)), ()):
        done = run_cli(*args, db=bad if not args else None)
        assert done.returncode == 1
        assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


async def test_database_going_bad_while_open_is_said_once(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    app = make_app(path, poll=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        path.write_text("{truncated")
        await until(
            pilot, lambda: any("could not read" in str(n.message) for n in app._notifications)
        )
        await pilot.pause(0.5)
        said = [n for n in app._notifications if "could not read" in str(n.message)]
        assert len(said) == 1
        assert len(app.table.rows) == 5  # what was shown stays
