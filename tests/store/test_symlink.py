"""A database reached through a symbolic link: the target is changed in place, the link stays a
link, and the lock is on the target, so processes using either name exclude each other."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from store import CorruptStoreError, Database, UnusablePathError
from tests.store.writer import Item
from verifier.config import Config
from verifier.service import Verifier

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


class Note(BaseModel):
    id: str
    text: str


def open_db(path: Path, version: int = 1, **kwargs) -> Database:  # type: ignore[no-untyped-def]
    return Database(path, application="notes", schema_version=version, **kwargs)


def make_link(folder: Path) -> tuple[Path, Path]:
    """``linkdb.json -> shared/team.json`` (relative, as ``ln -s`` makes it); no database yet."""
    (folder / "shared").mkdir()
    link = folder / "linkdb.json"
    link.symlink_to("shared/team.json")
    return link, folder / "shared" / "team.json"


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, Path]:
    """The link and its target, a database holding one note."""
    link, target = make_link(tmp_path)
    open_db(target).collection("notes", Note).put(Note(id="a", text="from the team"))
    return link, target


def test_a_write_through_a_link_changes_the_target_and_the_link_stays(
    shared: tuple[Path, Path],
) -> None:
    link, target = shared
    target.chmod(0o664)  # a shared file, group-writable: the write keeps that
    db = open_db(link)
    db.collection("notes", Note).put(Note(id="b", text="through the link"))
    assert link.is_symlink() and os.readlink(link) == "shared/team.json"
    assert db.path == link and db.real_path == target
    assert set(json.loads(target.read_bytes())["notes"]) == {"a", "b"}
    assert target.stat().st_mode & 0o777 == 0o664
    # the temporary file and the lock live beside the target, not beside the link
    assert sorted(p.name for p in link.parent.iterdir()) == ["linkdb.json", "shared"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["team.json", "team.json.lock"]
    # and the file opened by its own name sees the change
    assert open_db(target).collection("notes", Note).get("b").text == "through the link"


def test_the_cli_through_a_link_changes_the_shared_file(tmp_path: Path) -> None:
    """The reviewer's case: ``ln -s shared/team.json linkdb.json; verifier --db linkdb.json
    status X in_progress``."""
    link, target = make_link(tmp_path)
    desk = Verifier(target, config=Config(user="setup"))
    article, _ = desk.add_article("The budget grew by 4% in 2023.\n", title="t")
    claim = desk.add_claim("The budget grew by 4% in 2023.", article=article.id)[0]
    env = {**ENV, "VERIFIER_CONFIG": str(tmp_path / "none.toml"), "VERIFIER_USER": "cli"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "verifier",
            "--db",
            "linkdb.json",
            "status",
            claim.id,
            "in_progress",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert link.is_symlink()
    assert Verifier(target, config=Config(user="x")).claim(claim.id).status == "in_progress"


HOLD_OUT = """
import sys
from store import Database, LockTimeoutError
from tests.store.writer import Item
db = Database(sys.argv[1], application="crash-test", schema_version=1, lock_timeout=0.5)
try:
    db.collection("items", Item).put(Item(id="intruder", n=0, payload=""))
except LockTimeoutError:
    print("locked out")
else:
    print("wrote")
"""


@pytest.mark.parametrize("holder", ["link", "target"])
def test_the_lock_on_one_name_keeps_a_process_using_the_other_out(
    tmp_path: Path, holder: str
) -> None:
    link, target = make_link(tmp_path)
    ours, theirs = (link, target) if holder == "link" else (target, link)
    items = Database(ours, application="crash-test", schema_version=1).collection("items", Item)
    items.put(Item(id="first", n=0, payload=""))
    with items.database.transaction():
        items.put(Item(id="mine", n=1, payload=""))
        other = subprocess.run(
            [sys.executable, "-c", HOLD_OUT, str(theirs)],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert other.returncode == 0, other.stderr
        assert other.stdout.strip() == "locked out"
    assert set(items.ids()) == {"first", "mine"}
    assert link.is_symlink()


def test_processes_using_the_link_and_the_target_lose_nothing(tmp_path: Path) -> None:
    link, target = make_link(tmp_path)
    Database(target, application="crash-test", schema_version=1).collection("items", Item).put(
        Item(id="first", n=0, payload="")
    )
    procs = [
        subprocess.Popen(
            [sys.executable, str(WRITER), str(path), f"{name}{n}", "25"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for n, (name, path) in enumerate([("link", link), ("target", target)] * 2)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
    assert link.is_symlink()
    stored = json.loads(target.read_bytes())["items"]
    assert set(stored) == {"first"} | {
        f"{name}{n}-{i}" for n, name in enumerate(["link", "target"] * 2) for i in range(25)
    }


def test_a_dangling_link_creates_its_target(tmp_path: Path) -> None:
    link, target = make_link(tmp_path)
    db = open_db(link)
    assert not db.exists and db.read() is None  # a new, empty database
    db.collection("notes", Note).put(Note(id="a", text="first"))
    assert link.is_symlink()
    assert json.loads(target.read_bytes())["notes"]["a"]["text"] == "first"
    assert target.stat().st_mode & 0o777 == 0o644


def test_a_link_into_a_missing_folder_is_refused(tmp_path: Path) -> None:
    """Most likely a shared drive not mounted: no empty database is started in its place."""
    link = tmp_path / "linkdb.json"
    link.symlink_to(tmp_path / "mnt" / "share" / "team.json")
    with pytest.raises(UnusablePathError) as caught:
        open_db(link)
    message = str(caught.value)
    assert message.startswith(
        f"{link}: a symbolic link to {tmp_path / 'mnt' / 'share' / 'team.json'}"
    )
    assert "\n" not in message and "nothing was read or written" in message
    assert not (tmp_path / "mnt").exists() and link.is_symlink()


def test_a_dangling_folder_link_on_the_way_is_refused(tmp_path: Path) -> None:
    (tmp_path / "share").symlink_to(tmp_path / "mnt" / "share")
    with pytest.raises(
        UnusablePathError, match=r"share is a symbolic link to .*which does not exist"
    ):
        open_db(tmp_path / "share" / "team.json")
    assert not (tmp_path / "mnt").exists()


def test_a_named_pipe_is_refused_not_read_forever(tmp_path: Path) -> None:
    pipe = tmp_path / "db.json"
    os.mkfifo(pipe)
    link = tmp_path / "linkdb.json"
    link.symlink_to(pipe)
    script = (
        "import sys\nfrom store import Database, UnusablePathError\n"
        "try:\n    Database(sys.argv[1], application='notes', schema_version=1)\n"
        "except UnusablePathError as exc:\n    print(exc)\n"
    )
    for path, expected in [
        (pipe, f"{pipe}: a named pipe, not a database file"),
        (link, f"{link}: a symbolic link to {pipe}, which is a named pipe, not a database file"),
    ]:
        done = subprocess.run(
            [sys.executable, "-c", script, str(path)],
            env=ENV,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.stdout.startswith(expected), done.stdout + done.stderr
    assert pipe.is_fifo() and link.is_symlink()


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnusablePathError, match="a directory, not a database file"):
        open_db(tmp_path)


def test_a_migration_through_a_link_keeps_its_backup_beside_the_target(
    shared: tuple[Path, Path],
) -> None:
    link, target = shared
    old_bytes = target.read_bytes()
    new = open_db(link, version=2, migrations={1: lambda data: data})
    assert new.stored_schema_version() == 2
    assert link.is_symlink()
    assert (target.parent / "team.json.schema1.bak").read_bytes() == old_bytes
    assert not (link.parent / "linkdb.json.schema1.bak").exists()


def test_a_corrupt_target_is_named_and_left_untouched(shared: tuple[Path, Path]) -> None:
    link, target = shared
    target.write_bytes(b'{"_meta": {"store"')
    with pytest.raises(CorruptStoreError) as caught:
        open_db(link)
    assert str(caught.value).startswith(f"{target}: not valid JSON")
    assert target.read_bytes() == b'{"_meta": {"store"' and link.is_symlink()
