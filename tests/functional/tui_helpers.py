"""Helpers for the TUI's functional tests: wait for workers, type text."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from verifier.tui import VerifierApp


async def until(pilot: Pilot[None], condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Let the app run until ``condition()`` holds (workers answer through messages)."""
    waited = 0.0
    while not condition():
        if waited >= timeout:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.02)
        waited += 0.02


async def loaded(pilot: Pilot[None], loads: int = 1) -> VerifierApp:
    app = pilot.app
    assert isinstance(app, VerifierApp)
    await until(pilot, lambda: app.loads >= loads)
    await pilot.pause()
    return app


async def type_text(pilot: Pilot[None], text: str) -> None:
    await pilot.press(*[("space" if c == " " else c) for c in text])
