"""The README's promises that code can check."""

from __future__ import annotations

from pathlib import Path

from verifier.tui.keys import with_key_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_key_table_is_the_one_the_bindings_are_made_from() -> None:
    text = README.read_text(encoding="utf-8")
    assert with_key_table(text) == text, "run `python -m verifier.tui.docs docs/` to update it"
    assert "| `s` |" in text


def test_the_readme_screenshot_exists() -> None:
    assert (README.parent / "docs" / "screenshot.svg").is_file()
