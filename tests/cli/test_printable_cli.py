"""An article cannot act on the fact-checker's terminal: control characters in its text are shown
as symbols in the CLI's text output, and kept exactly in its JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli

TEXT = (
    "The ministry said that \x1b[31m500 tanks\x1b[0m were lost in May.\n\n"
    "Officials said that 20\x07 people died in the attack on Monday.\n"
)


def test_control_characters_are_shown_not_sent(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "esc.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert run_cli("ingest", str(path)).returncode == 0
    listing = run_cli("claims")
    assert listing.returncode == 0
    assert "\x1b" not in listing.stdout and "\x07" not in listing.stdout
    assert "␛[31m500 tanks␛[0m" in listing.stdout and "20␇ people" in listing.stdout
    claims = json.loads(run_cli("claims", "--json").stdout)
    tanks = next(c for c in claims if "tanks" in c["text"])
    assert "\x1b[31m500 tanks\x1b[0m" in tanks["text"]  # the data itself is untouched
    shown = run_cli("show", tanks["id"])
    assert "\x1b" not in shown.stdout and "␛[31m" in shown.stdout
    (article,) = json.loads(run_cli("articles", "--json").stdout)
    page = run_cli("article", "show", article["id"])
    assert "\x1b" not in page.stdout and "\x07" not in page.stdout


def test_a_report_printed_to_a_terminal_shows_control_characters(
    run_cli: RunCli, tmp_path: Path, cli_env: dict[str, str], db_path: Path
) -> None:
    import os
    import pty
    import subprocess
    import sys

    path = tmp_path / "esc.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert run_cli("ingest", str(path)).returncode == 0
    script = Path(sys.executable).with_name("verifier")
    for fmt in ("md", "csv"):
        main, secondary = pty.openpty()
        try:
            done = subprocess.run(
                [str(script), "--db", str(db_path), "export", "-f", fmt],
                stdout=secondary, stderr=subprocess.PIPE, env=cli_env, timeout=60, check=False,
            )
            os.close(secondary)
            chunks = []
            while True:
                try:
                    chunk = os.read(main, 65536)
                except OSError:  # the pty is closed once everything was read
                    break
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(main)
        shown = b"".join(chunks).decode("utf-8")
        assert done.returncode == 0, done.stderr
        assert "\x1b" not in shown and "\x07" not in shown and "␛" in shown, fmt
    piped = run_cli("export", "-f", "md")  # to a pipe or a file: the text as stored
    assert "\x1b" in piped.stdout
