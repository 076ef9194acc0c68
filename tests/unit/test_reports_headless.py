"""Reports run headless: importing them (and the export command) never loads textual."""

from __future__ import annotations

import subprocess
import sys


def test_reports_do_not_import_textual() -> None:
    code = (
        "import sys, verifier.reports, verifier.reports.sample\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_formats_entry_point() -> None:
    from verifier.reports import FORMATS, SUFFIXES, format_for_path

    assert FORMATS == ("md", "html", "csv", "json", "claimreview")
    assert set(SUFFIXES) == set(FORMATS)
    from pathlib import Path

    assert format_for_path(Path("r.HTML")) == "html"
    assert format_for_path(Path("r.jsonld")) == "claimreview"
    assert format_for_path(Path("r.txt")) is None
