"""A database that does not read (one invalid record) is said on screen in the CLI's words, never
shown as an empty database, and never written to."""

from __future__ import annotations

import json
from pathlib import Path

from tui_helpers import loaded, until
from tui_snapshot_app import build_database, make_app

from tests.conftest import RunCli
from verifier.ingest import seed_path
from verifier.models import Status
from verifier.tui import VerifierApp
from verifier.tui.screens import StatusPicker
from verifier.tui.widgets import ClaimsTable, EmptyState, LoadError


def set_claim_field(path: Path, claim_id: str, field: str, value: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["claims"][claim_id][field] = value
    path.write_text(json.dumps(data), encoding="utf-8")


def open_app(path: Path, **options: object) -> VerifierApp:
    """The app on the file as it is (make_app would write the sample database first)."""
    desk = build_database(path, empty=True)
    poll = options.pop("poll", None)
    return VerifierApp(desk, poll_interval=poll, cursor_blink=False, **options)  # type: ignore[arg-type]


def shown(app: VerifierApp) -> str:
    widget = app.query_one(LoadError)
    return " ".join(str(widget.content).split()) if widget.display else ""


def said(app: VerifierApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_an_invalid_record_is_said_in_place_of_the_claims(
    tmp_path: Path, run_cli: RunCli
) -> None:
    path = tmp_path / "db.json"
    build_database(path)
    set_claim_field(path, "m2xwp4r", "status", "bogus")
    before = path.read_bytes()
    cli = run_cli("claims", db=path)
    assert cli.returncode == 1
    [cli_error] = cli.stderr.splitlines()  # "error: <file>: claims record 'm2xwp4r' is invalid …"
    assert str(path) in cli_error

    app = open_app(path, poll=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.load_error is not None)
        await pilot.pause()
        assert " ".join(cli_error.split()) in shown(app)  # the CLI's line, naming the file
        assert "could not be read" in shown(app)
        # not an empty database: no empty table, no "No claims yet"
        assert not app.query_one(ClaimsTable).display
        assert not app.query_one(EmptyState).display
        # every key that would write is refused, and says why; no dialog opens
        for key in ("s", "a", "n", "t", "w", "E", "i", "p", "u"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is app.screen_stack[0], key
        assert "nothing can be changed while the database does not read" in said(app)
        assert path.read_bytes() == before

        set_claim_field(path, "m2xwp4r", "status", "in_progress")  # corrected by hand
        await until(pilot, lambda: app.loads >= 1 and app.load_error is None)
        await pilot.pause()
        assert not app.query_one(LoadError).display
        assert app.query_one(ClaimsTable).display
        assert len(app.table.rows) == 5
        assert app.focused is app.table  # keys act on the claims again


async def test_going_bad_while_open_keeps_the_claims_and_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    app = make_app(path, poll=0.1)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(pilot)
        app.table.select("m2xwp4r")
        await pilot.press("s")  # the picker is open when the file goes bad
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        set_claim_field(path, "p5nd3ke", "status", "bogus")
        before = path.read_bytes()
        await until(pilot, lambda: app.load_error is not None)
        await pilot.press("1", "enter")  # unverified: not saved
        await until(pilot, lambda: "not saved: the database does not read" in said(app))
        assert path.read_bytes() == before
        await pilot.pause()
        assert "p5nd3ke" in shown(app) and "as last read" in shown(app)
        assert app.query_one(ClaimsTable).display and len(app.table.rows) == 5
        assert app.snapshot is not None
        assert app.snapshot.claims["m2xwp4r"].status is Status.IN_PROGRESS


async def test_demo_never_ingests_into_a_file_that_does_not_read(tmp_path: Path) -> None:
    path = tmp_path / "demo.json"
    build_database(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["articles"] = {}  # no article: the demo would ingest its sample
    data["claims"]["k3vqx7a"]["status"] = "bogus"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    app = open_app(path, ingest_first=seed_path())
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.load_error is not None)
        await until(pilot, lambda: not app.query_one("#task").has_class("-running"))
        await pilot.pause(0.3)
        assert "k3vqx7a" in shown(app)
    assert path.read_bytes() == before


async def test_an_unexpected_load_error_is_still_said(tmp_path: Path) -> None:
    """An error nobody typed must not vanish in the worker and leave an empty table."""
    app = make_app(tmp_path / "db.json")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("disk gremlins")

    app.desk.claims = broken  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.load_error is not None)
        await pilot.pause()
        assert "RuntimeError: disk gremlins" in shown(app)
        assert str(app.desk.path) in shown(app)
