"""The triage TUI (the only part of verifier that imports textual)."""

from __future__ import annotations

from pathlib import Path

from verifier.service import Verifier
from verifier.tui.app import VerifierApp

__all__ = ["VerifierApp", "run_tui"]


def run_tui(db_path: str | Path | Verifier, *, ingest_first: Path | None = None) -> None:
    """Open the triage screen on a database (or an open desk) and return when the person quits."""
    desk = db_path if isinstance(db_path, Verifier) else Verifier(db_path)
    VerifierApp(desk, ingest_first=ingest_first).run()
