"""Shared fixtures: a fact-checker's desk on a temporary database, and the real CLI in a subprocess.

Every test is offline and isolated from the person running it: the CLI gets a fixed user name, a
config path that does not exist, and XDG directories inside the test's tmp_path, so neither a real
config file nor a real database can leak in or be touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.service import Verifier

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "russia-warns-south-korea.txt"
VERIFIER_SCRIPT = Path(sys.executable).with_name("verifier")


def make_desk(path: Path, user: str = "ana") -> Verifier:
    return Verifier(path, user=user, config=Config(user=user))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claims.json"


@pytest.fixture
def desk(db_path: Path) -> Verifier:
    """An empty desk for "ana" on a fresh database file (the file appears at the first save)."""
    return make_desk(db_path)


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The environment the CLI runs in: user "ana", no config file, nothing of the real user's."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIFIER_")}
    env.update(
        VERIFIER_USER="ana",
        VERIFIER_CONFIG=str(tmp_path / "no-such-config.toml"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),
        XDG_DATA_HOME=str(tmp_path / "xdg-data"),
        PYTHONDONTWRITEBYTECODE="1",
        COLUMNS="200",
    )
    return env


RunCli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run_cli(cli_env: dict[str, str], db_path: Path) -> RunCli:
    """Run the installed ``verifier`` console script: ``run_cli("claims", "--json")``.

    ``db`` defaults to the test's database (pass ``db=None`` for no ``--db``); ``env`` adds to or
    overrides the isolated environment; ``stdin`` is fed to the process.
    """
    assert VERIFIER_SCRIPT.exists(), f"console script missing: {VERIFIER_SCRIPT}"
    default = object()

    def run(
        *args: str,
        db: Path | object | None = default,
        env: dict[str, str] | None = None,
        stdin: str | None = None,
        timeout: float = 30,
    ) -> subprocess.CompletedProcess[str]:
        chosen = db_path if db is default else db
        command = [str(VERIFIER_SCRIPT)]
        if chosen is not None:
            command += ["--db", str(chosen)]
        command += list(args)
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            env={**cli_env, **(env or {})},
            input=stdin,
            timeout=timeout,
            check=False,
        )

    return run
