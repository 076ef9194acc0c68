"""Concurrency: several processes changing the same claims at once lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from verifier.config import Config
from verifier.service import Verifier

ROOT = Path(__file__).resolve().parents[2]

ADD_SOURCES = """
import sys
from verifier.config import Config
from verifier.service import Verifier
db, worker, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
claims = sys.argv[4:]
desk = Verifier(db, config=Config(user="worker" + worker))
for n in range(count):
    claim = claims[n % len(claims)]
    desk.add_source(claim, f"https://example.org/{worker}/{n}", "supports", title=f"w{worker} n{n}")
print("done", flush=True)
"""


def make_desk(path: Path) -> tuple[Verifier, list[str]]:
    desk = Verifier(path, config=Config(user="setup"))
    article, _ = desk.add_article("One claim. Another claim. A third claim.\n", title="t")
    claims = [desk.add_claim(text, article=article.id)[0].id for text in ("One claim.", "Another claim.", "A third claim.")]
    return desk, claims


def test_four_processes_add_400_sources_and_none_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    desk, claims = make_desk(db)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ADD_SOURCES, str(db), str(worker), "100", *claims],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for worker in range(4)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    urls = {s.url for c in desk.claims() for s in c.sources}
    assert len(urls) == 400
    assert urls == {f"https://example.org/{w}/{n}" for w in range(4) for n in range(100)}
    # every addition is in its claim's history, by the process that made it
    added = [e for c in desk.claims() for e in c.history if e.action == "source_added"]
    assert len(added) == 400
    assert {e.by for e in added} == {f"worker{w}" for w in range(4)}


def test_cli_processes_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "claims.json"
    desk, claims = make_desk(db)
    verifier = [sys.executable, "-m", "verifier", "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VERIFIER_CONFIG": str(tmp_path / "none.toml")}
    script = " & ".join(
        f"{' '.join(verifier)} source add {claims[w % 3]} https://cli.example/{w}/{n} --stance refutes >/dev/null"
        for w in range(4)
        for n in range(3)
    )
    subprocess.run(["bash", "-c", script + " & wait"], check=True, env=env, timeout=240)
    urls = {s.url for c in desk.claims() for s in c.sources}
    assert urls == {f"https://cli.example/{w}/{n}" for w in range(4) for n in range(3)}
