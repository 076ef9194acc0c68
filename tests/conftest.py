"""Shared fixtures: a fact-checker's desk on a temporary database, and the real CLI in a subprocess.

Every test is offline and isolated from the person running it: the CLI gets a fixed user name, a
config path that does not exist, and XDG directories inside the test's tmp_path, so neither a real
config file nor a real database can leak in or be touched.
"""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
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
        COLUMNS="200",
        NO_PROXY="127.0.0.1,localhost",
        no_proxy="127.0.0.1,localhost",
    )
    return env


RunCli = Callable[..., subprocess.CompletedProcess[str]]

# -- running the CLI ------------------------------------------------------------------------------
#
# Starting the interpreter and importing the CLI costs about a quarter of a second of CPU, and the
# CLI tests run dozens of commands. So ``run_cli`` asks a "zygote" - a Python process that has
# imported ``verifier.cli`` once - to fork a fresh child per command. The child is a separate
# process with its own argv, environment, working directory, stdin/stdout/stderr files and exit
# status, and it calls the same ``main`` the console script calls, exactly as the script does
# (an uncaught exception prints a traceback and exits 1). Only the interpreter start-up and the
# imports are shared. ``run_script`` (and ``VERIFIER_TEST_REAL_CLI=1`` for every test) runs the
# installed console script itself.

ZYGOTE = r"""
import json, os, sys, traceback
from verifier.cli import run as main  # what the `verifier` console script calls

requests = os.fdopen(os.dup(0), "r")
replies = os.fdopen(os.dup(1), "w")
null = os.open(os.devnull, os.O_RDWR)
os.dup2(null, 0)
os.dup2(null, 1)
for line in requests:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            requests.close()
            replies.close()
            for fd, path, flags in (
                (0, request["stdin"], os.O_RDONLY),
                (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
            ):
                opened = os.open(path, flags, 0o600)
                os.dup2(opened, fd)
                os.close(opened)
            os.environ.clear()
            os.environ.update(request["env"])
            os.chdir(request["cwd"])
            sys.argv = ["verifier", *request["args"]]
            try:
                main()
                code = 0
            except SystemExit as exc:
                if exc.code is None or isinstance(exc.code, int):
                    code = exc.code or 0
                else:
                    print(exc.code, file=sys.stderr)
                    code = 1
            except BaseException:
                traceback.print_exc()
                code = 1
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    replies.write(json.dumps({"pid": pid}) + "\n")
    replies.flush()
    _, status = os.waitpid(pid, 0)
    replies.write(json.dumps({"code": os.waitstatus_to_exitcode(status)}) + "\n")
    replies.flush()
"""


class Zygote:
    """One pre-imported CLI process per test session; each command runs in a fork of it."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.count = 0
        self.pending = b""  # bytes read from the zygote beyond the last whole reply line
        env = {k: v for k, v in os.environ.items() if not k.startswith("VERIFIER_")}
        env["PYTHONIOENCODING"] = "utf-8"
        self.process = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=(workdir / "zygote.log").open("wb"),
            env=env,
            bufsize=0,
            cwd=workdir,
        )

    def run(
        self, args: list[str], env: dict[str, str], stdin: str | None, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        assert self.process.stdin is not None
        self.count += 1
        base = self.workdir / f"run{self.count}"
        paths = {name: Path(f"{base}.{name}") for name in ("stdin", "stdout", "stderr")}
        paths["stdin"].write_text(stdin or "", encoding="utf-8")
        request = {
            "args": args,
            "env": env,
            "cwd": str(Path.cwd()),
            **{k: str(v) for k, v in paths.items()},
        }
        self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        pid = self._reply(10)["pid"]
        try:
            code = self._reply(timeout)["code"]
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)  # the child this command started, by its id
            self._reply(10)
            raise
        return subprocess.CompletedProcess(
            ["verifier", *args],
            code,
            paths["stdout"].read_text(encoding="utf-8"),
            paths["stderr"].read_text(encoding="utf-8"),
        )

    def _reply(self, timeout: float) -> dict[str, int]:
        """The next reply line; unbuffered reads, so a line already received is never missed."""
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.pending:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(left, 0))
            if not ready:
                raise subprocess.TimeoutExpired(["verifier"], timeout)
            chunk = os.read(fd, 65536)
            if not chunk:
                log = (self.workdir / "zygote.log").read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"the CLI zygote died:\n{log}")
            self.pending += chunk
        line, self.pending = self.pending.split(b"\n", 1)
        return json.loads(line)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="session")
def cli_zygote(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Zygote | None]:
    if os.environ.get("VERIFIER_TEST_REAL_CLI"):
        yield None
        return
    zygote = Zygote(tmp_path_factory.mktemp("cli-zygote"))
    yield zygote
    zygote.close()


def _run_script(
    args: list[str], env: dict[str, str], stdin: str | None, timeout: float
) -> subprocess.CompletedProcess[str]:
    assert VERIFIER_SCRIPT.exists(), f"console script missing: {VERIFIER_SCRIPT}"
    return subprocess.run(
        [str(VERIFIER_SCRIPT), *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=timeout,
        check=False,
    )


def _runner(cli_env: dict[str, str], db_path: Path, zygote: Zygote | None) -> RunCli:
    default = object()

    def run(
        *args: str,
        db: Path | object | None = default,
        env: dict[str, str] | None = None,
        stdin: str | None = None,
        timeout: float = 30,
    ) -> subprocess.CompletedProcess[str]:
        chosen = db_path if db is default else db
        argv = (["--db", str(chosen)] if chosen is not None else []) + list(args)
        full_env = {**cli_env, **(env or {})}
        if zygote is None:
            return _run_script(argv, full_env, stdin, timeout)
        return zygote.run(argv, full_env, stdin, timeout)

    return run


@pytest.fixture
def run_cli(cli_env: dict[str, str], db_path: Path, cli_zygote: Zygote | None) -> RunCli:
    """Run a ``verifier`` command in its own process: ``run_cli("claims", "--json")``.

    ``db`` defaults to the test's database (pass ``db=None`` for no ``--db``); ``env`` adds to or
    overrides the isolated environment; ``stdin`` is fed to the process. Returns a
    ``CompletedProcess`` with ``returncode``, ``stdout`` and ``stderr`` (text).
    """
    return _runner(cli_env, db_path, cli_zygote)


@pytest.fixture
def run_script(cli_env: dict[str, str], db_path: Path) -> RunCli:
    """Like ``run_cli``, but always the installed console script in a fresh interpreter."""
    return _runner(cli_env, db_path, None)
