"""A database with one record that no longer fits its model (edited by hand, or by another tool):
every command refuses it in one line naming the file and the record, and writes nothing."""

from __future__ import annotations

from pathlib import Path

import orjson

from tests.cli.test_cli import article_id, claim_id, one_error_line  # noqa: F401 (fixtures)
from tests.conftest import RunCli


def test_an_invalid_claim_record_is_named_and_the_file_left_alone(
    run_cli: RunCli, db_path: Path, claim_id: str  # noqa: F811
) -> None:
    data = orjson.loads(db_path.read_bytes())
    data["claims"][claim_id]["status"] = "bogus"
    db_path.write_bytes(orjson.dumps(data))
    broken = db_path.read_bytes()
    for args in (("claims",), ("show", claim_id), ("export", "-f", "csv"), ("note", claim_id, "x")):
        done = run_cli(*args)
        assert done.returncode == 1, args
        line = one_error_line(done)
        assert str(db_path) in line and f"claims record '{claim_id}' is invalid" in line, line
        assert "status" in line and "left untouched" in line
        assert db_path.read_bytes() == broken
