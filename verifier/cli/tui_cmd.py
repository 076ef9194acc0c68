"""``verifier tui`` and ``verifier demo``: open the triage screen (textual is imported only here,
and only when a screen is opened)."""

from __future__ import annotations

from pathlib import Path

import click

from store import StoreError
from verifier.cli.common import AppContext, fail, pass_app
from verifier.errors import VerifierError


def open_tui(app: AppContext, *, db: Path | None = None, ingest_first: Path | None = None) -> None:
    """Open the TUI on ``db`` (else the database the global options chose)."""
    try:
        from verifier.service import Verifier
        from verifier.tui import VerifierApp

        desk = Verifier(db, config=app.config) if db is not None else app.desk
        VerifierApp(desk, ingest_first=ingest_first).run()
    except (VerifierError, StoreError) as exc:
        fail(str(exc))


@click.command("tui")
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (same as the global --db).",
)
@pass_app
def tui_command(app: AppContext, db: Path | None) -> None:
    """Open the triage screen: review, verify and source every claim from the keyboard."""
    open_tui(app, db=db)


@click.command("demo")
@pass_app
def demo_command(app: AppContext) -> None:
    """Open the triage screen on the bundled sample article (ingested the first time)."""
    try:
        from verifier.ingest import demo_database_path, seed_path

        seed = seed_path()
        db = demo_database_path()
    except (VerifierError, StoreError) as exc:
        fail(str(exc))
        return
    open_tui(app, db=db, ingest_first=seed)
