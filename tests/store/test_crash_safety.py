"""Crash safety: a writer killed with SIGKILL at random moments never leaves a torn file, and
every write it reported as committed is there."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store import Database
from tests.store.writer import Item

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def kill_at_random(db: Path, round_no: int, rng: random.Random) -> int:
    """Start a writer, SIGKILL it after a random delay; return the last write it reported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), f"r{round_no}", "100000"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    # wait for the first commit so the kill lands in the write loop, not during start-up
    first = proc.stdout.readline()
    assert first.startswith("committed"), first
    time.sleep(rng.uniform(0.0, 0.15))
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.wait()
    lines = [first, *rest.splitlines()]
    return max(int(line.split()[1]) for line in lines if line.startswith("committed"))


def run_rounds(tmp_path: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    db = tmp_path / "crash.json"
    committed: dict[int, int] = {}
    for round_no in range(rounds):
        committed[round_no] = kill_at_random(db, round_no, rng)
        # the file always opens, and holds every write reported as committed, in every round
        items = Database(db, application="crash-test", schema_version=1).collection("items", Item)
        present = set(items.ids())
        for done_round, last in committed.items():
            missing = [n for n in range(last + 1) if f"r{done_round}-{n}" not in present]
            assert not missing, f"round {done_round}: lost committed writes {missing[:5]}"
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # a kill between write and rename may leave a temp file; it is never the database itself
    assert all(name.startswith(".crash.json.") for name in leftovers)


def test_sigkill_never_tears_the_file(tmp_path: Path) -> None:
    run_rounds(tmp_path, rounds=8, seed=1)


@pytest.mark.slow
def test_sigkill_never_tears_the_file_many_times(tmp_path: Path) -> None:
    run_rounds(tmp_path, rounds=60, seed=2)
