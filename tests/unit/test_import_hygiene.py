"""The dependency direction holds: only ``verifier.tui`` imports textual, and ``store`` imports
nothing from ``verifier``. Checked in fresh interpreters, so nothing imported by the test run
itself can hide a violation."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

CORE = [
    "verifier.models",
    "verifier.ids",
    "verifier.workflow",
    "verifier.config",
    "verifier.service",
    "verifier.ingest",
    "verifier.cli",
    "store",
    "verifier.extract",
]
OPTIONAL = [
    "verifier.reports",
    "verifier.cli.ingest_cmd",
    "verifier.cli.export_cmd",
    "verifier.cli.extract_cmd",
]


def run_python(code: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_core_and_the_cli_do_not_import_textual() -> None:
    result = run_python(
        f"""
        import importlib, importlib.util, json, sys
        imported = []
        for name in {CORE!r}:
            importlib.import_module(name)
            imported.append(name)
        for name in {OPTIONAL!r}:
            try:
                found = importlib.util.find_spec(name) is not None
            except ModuleNotFoundError:
                found = False
            if found:
                importlib.import_module(name)
                imported.append(name)
        textual = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
        print(json.dumps({{"imported": imported, "textual": textual}}))
        """
    )
    assert set(CORE) <= set(result["imported"])
    assert result["textual"] == [], f"textual imported by the core: {result['textual'][:5]}"


def test_the_cli_entry_point_builds_its_commands_without_textual() -> None:
    result = run_python(
        """
        import json, sys
        from verifier.cli import main
        names = sorted(main.commands)
        print(json.dumps({"commands": names, "textual": "textual" in sys.modules}))
        """
    )
    assert {
        "claims",
        "show",
        "status",
        "source",
        "note",
        "tag",
        "assign",
        "undo",
        "history",
        "config",
    } <= set(result["commands"])
    assert result["textual"] is False


def test_store_imports_nothing_from_verifier() -> None:
    result = run_python(
        """
        import json, sys
        import store
        import store.collection, store.database, store.errors, store.storage
        print(json.dumps(sorted(m for m in sys.modules if m == "verifier" or m.startswith("verifier."))))
        """
    )
    assert result == []


def test_store_does_not_import_textual_or_click() -> None:
    result = run_python(
        """
        import json, sys
        import store
        print(json.dumps(sorted(m for m in ("textual", "click", "trafilatura") if m in sys.modules)))
        """
    )
    assert result == []
