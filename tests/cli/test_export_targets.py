"""`verifier export -o PATH` where PATH is not a plain file: a symbolic link is followed (its
target replaced, the link kept), a named pipe or a process's open file is written as a stream,
and what cannot take a report is refused in one line. Run in a subprocess, as a user runs it."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from verifier.config import Config
from verifier.reports.sample import build_sample
from verifier.service import Verifier

ROOT = Path(__file__).resolve().parents[2]
READ_ALL = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("targets") / "seed.json"
    build_sample(Verifier(db, config=Config(user="Cli Tester")))
    return db


def run(
    db: Path, *args: str, cwd: Path | None = None, stdout: IO[bytes] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERIFIER_")}
    env["VERIFIER_CONFIG"] = str(db.parent / "no-config.toml")
    env["VERIFIER_USER"] = "Cli Tester"
    env["PYTHONPATH"] = str(ROOT)  # this checkout, whatever the working directory
    return subprocess.run(
        [sys.executable, "-m", "verifier", "--db", str(db), *args],
        cwd=cwd,
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        timeout=120,
    )


def test_a_link_is_followed_its_target_replaced_and_the_link_kept(
    seeded: Path, tmp_path: Path
) -> None:
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "weekly.md"
    target.write_text("last week's report\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "latest.md"
    link.symlink_to("reports/weekly.md")
    done = run(seeded, "export", "-o", "latest.md", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == "reports/weekly.md"
    assert target.read_text(encoding="utf-8").startswith("# Verification report")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the replaced file keeps its mode
    # no temporary file left behind, in either folder
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.md", "reports"]
    assert [p.name for p in target.parent.iterdir()] == ["weekly.md"]


def test_a_dangling_link_creates_its_target(seeded: Path, tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()
    link = tmp_path / "latest.csv"
    link.symlink_to("reports/new.csv")
    done = run(seeded, "export", "-o", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert (
        (tmp_path / "reports" / "new.csv").read_text(encoding="utf-8-sig").startswith("claim_id,")
    )


def test_a_link_into_a_missing_folder_is_refused_in_one_line(seeded: Path, tmp_path: Path) -> None:
    link = tmp_path / "latest.md"
    link.symlink_to(tmp_path / "mnt" / "reports" / "r.md")
    done = run(seeded, "export", "-o", str(link))
    assert done.returncode == 1
    assert done.stderr == (
        f"error: {link}: a symbolic link to {tmp_path / 'mnt' / 'reports' / 'r.md'}, "
        "whose folder does not exist\n"
    )
    assert link.is_symlink() and not (tmp_path / "mnt").exists()


def test_a_named_pipe_is_written_as_a_stream(seeded: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "report.csv"
    os.mkfifo(pipe)
    reader = subprocess.Popen(
        [sys.executable, "-c", READ_ALL, str(pipe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        done = run(seeded, "export", "-o", str(pipe))  # the format from the pipe's name
        received, _ = reader.communicate(timeout=60)
    finally:
        reader.kill()
        reader.wait()
    assert done.returncode == 0, done.stderr
    assert "exported 8 claims as csv" in done.stderr
    assert pipe.is_fifo()
    # what a pipe reader gets is what standard output gets: the whole CSV, no byte order mark
    with (tmp_path / "stdout.csv").open("wb") as out:
        assert run(seeded, "export", "-f", "csv", stdout=out).returncode == 0
    assert received == (tmp_path / "stdout.csv").read_bytes()
    assert received.startswith(b"claim_id,")


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc (Linux)")
def test_a_process_open_file_is_appended_to_not_replaced(seeded: Path, tmp_path: Path) -> None:
    """``-o /dev/stdout >> log`` in a script: the log keeps what it had (``/proc/self/fd/1`` is
    used here; the test must not touch the machine's real /dev entries)."""
    log = tmp_path / "log.md"
    log.write_text("previous entry\n", encoding="utf-8")
    with log.open("ab") as out:
        done = run(seeded, "export", "-f", "md", "-o", "/proc/self/fd/1", stdout=out)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith("previous entry\n# Verification report")
    assert [p.name for p in tmp_path.iterdir()] == ["log.md"]


def test_a_socket_is_refused_and_kept(seeded: Path, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        done = run(seeded, "export", "-o", str(path))
    finally:
        server.close()
    assert done.returncode == 1
    assert done.stderr == (
        f"error: {path}: is a socket; export to a file, a named pipe or a terminal\n"
    )
    assert path.is_socket()
