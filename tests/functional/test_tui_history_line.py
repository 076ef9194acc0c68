"""The claim detail's history reads as `verifier history` does: an imported change names its
author and file once, not twice."""

from __future__ import annotations

from verifier.history import import_detail
from verifier.models import HistoryEntry
from verifier.tui.widgets.claim_detail import _history_line


def test_an_imported_note_names_its_author_once() -> None:
    entry = HistoryEntry(
        by="ana",
        action="note",
        after={"text": "ben note", "by": "ben"},
        detail=import_detail(["ben"], "/tmp/B-export.json"),
    )
    line = _history_line(entry).plain
    assert line.count("imported from") == 1 and "ben" in line


def test_a_forced_change_still_says_why() -> None:
    entry = HistoryEntry(
        by="ana",
        action="status",
        before="unverified",
        after="verified",
        forced=True,
        detail="editor's call",
    )
    line = _history_line(entry).plain
    assert "(forced)" in line and "editor's call" in line


def test_a_long_author_name_keeps_the_changes_in_one_column() -> None:
    short = HistoryEntry(by="ana", action="tags", before=[], after=["economy"])
    long = HistoryEntry(by="Diane C. Swonk-Oberholzer", action="tags", before=[], after=["x"])
    lines = [_history_line(e).plain for e in (short, long)]
    assert "Diane C. Sw…" in lines[1] and "Swonk-Oberholzer" not in lines[1]
    assert lines[0].index("tags") == lines[1].index("tags")


def test_an_imported_forced_verdict_names_its_author_once_and_says_why() -> None:
    entry = HistoryEntry(
        by="ana",
        action="status",
        before="in_progress",
        after="false",
        forced=True,
        detail="forced past: no refuting source; " + import_detail(["ben"], "ben.json"),
    )
    line = _history_line(entry).plain
    assert line.count("imported from") == 1 and "forced past: no refuting source" in line
