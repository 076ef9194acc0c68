"""CSV: parsed back with the csv module; formula injection neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.reports import export_claims
from verifier.reports.sample import HOSTILE_TEXTS, sample_desk
from verifier.reports.tabular import CLAIM_COLUMNS, SOURCE_COLUMNS, neutralise
from verifier.service import Verifier

CONFIG = Config(user="Tess Tester")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Verifier:
    return sample_desk(tmp_path_factory.mktemp("csv") / "db.json", CONFIG)


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_claim_parsed_back(desk: Verifier, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    result = export_claims(desk, desk.claims(), "csv", path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets detect UTF-8
    assert b"\r\n" in raw
    rows = rows_of(path)
    assert list(rows[0].keys()) == list(CLAIM_COLUMNS)
    assert len(rows) == len(desk.claims()) == result.rows
    by_id = {r["claim_id"]: r for r in rows}
    for claim in desk.claims():
        row = by_id[claim.id]
        c = desk.corroboration(claim)
        assert row["status"] == claim.status.value
        assert int(row["sources"]) == len(claim.sources)
        assert int(row["supporting"]) == c.supporting
        assert int(row["independent_supporting"]) == c.independent_supporting
        if claim.status.is_verdict:
            assert row["fewer_than_two_independent"] == ("yes" if c.thin else "no")
    kursk = next(r for r in rows if "Department of Defense estimates" in r["claim_text"])
    assert kursk["attributions"] == (
        "The U.S. Department of Defense = U.S. Department of Defense (named organisation)"
    )
    assert kursk["verdict_label"] == "Partly true"
    assert kursk["assignee"] == "Ana Ruiz"


def test_formula_cells_neutralised(desk: Verifier, tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    export_claims(desk, desk.claims(), "csv", path)
    hostile = next(r for r in rows_of(path) if "hostile" in r["tags"])
    assert hostile["verdict_note"] == "'" + HOSTILE_TEXTS[2]
    assert hostile["claim_text"].startswith("<script>")  # not a formula: left as it is
    for row in rows_of(path):
        for value in row.values():
            assert not value.lstrip(" ").startswith(("=", "+", "-", "@")), value


def test_source_rows(desk: Verifier) -> None:
    out = io.StringIO(newline="")
    result = export_claims(desk, desk.claims(), "csv", stream=out, sources=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert list(rows[0].keys()) == list(SOURCE_COLUMNS)
    claims = desk.claims()
    expected = sum(max(1, len(c.sources)) for c in claims)
    assert len(rows) == expected == result.rows
    evil = next(r for r in rows if r["url"].startswith("https://evil.example"))
    assert evil["publisher"] == "'" + HOSTILE_TEXTS[2]
    assert evil["title"] == HOSTILE_TEXTS[0]
    derived = [r for r in rows if r["derived_from"]]
    assert len(derived) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =cmd", "'  =cmd"),
        ("\t=x", "'\t=x"),
        ("plain", "plain"),
        (3, 3),
        (-1, -1),
        (None, ""),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected
