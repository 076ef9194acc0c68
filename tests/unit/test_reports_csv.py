"""CSV: parsed back with the csv module; formula injection neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.models import Claim, Status
from verifier.reports import export_claims
from verifier.reports.sample import HOSTILE_TEXTS, sample_desk
from verifier.reports.tabular import CLAIM_COLUMNS, SOURCE_COLUMNS, neutralise
from verifier.reports.views import Summary
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
        # the evidence itself, not only its count: each source's stance and url
        assert row["source_urls"] == "; ".join(f"{s.stance.value} {s.url}" for s in claim.sources)
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


ARTICLE = (
    "Troop numbers\n\n"
    "The ministry said 11,000 soldiers crossed the border in October.\n\n"
    "Officials in Kyiv said the figure was closer to 12,000.\n\n"
    "The mayor opened a new bridge on Tuesday.\n\n"
    "The bridge cost 40 million euros.\n"
)


def flagged_claims(desk: Verifier) -> dict[str, Claim]:
    """forced: verified by force with no source; removed: verified, then its source removed;
    fine: verified with a source; gone: dropped by a new version of the article; open: in progress."""
    article, _ = desk.add_article(ARTICLE, title="Troops", url="https://news.example/troops")
    paragraphs = [p for p in ARTICLE.split("\n") if p.strip()][1:]
    forced, removed, fine, open_ = (desk.add_claim(p, article=article.id)[0] for p in paragraphs)
    desk.set_status(forced.id, Status.VERIFIED, force=True)
    desk.add_source(removed.id, "https://www.reuters.com/world/1", "supports")
    desk.set_status(removed.id, Status.DISPUTED, force=True)
    desk.remove_source(removed.id, desk.claim(removed.id).sources[0].id)
    desk.add_source(fine.id, "https://apnews.com/bridge", "supports")
    desk.set_status(fine.id, Status.VERIFIED)
    desk.set_status(open_.id, Status.IN_PROGRESS)
    gone = desk.claim(fine.id).model_copy(update={"id": "cgone", "in_article": False})
    return {
        "forced": desk.claim(forced.id),
        "removed": desk.claim(removed.id),
        "fine": desk.claim(fine.id),
        "gone": gone,
        "open": desk.claim(open_.id),
    }


def test_rule_and_article_flags_are_the_reports_own(tmp_path: Path) -> None:
    desk = Verifier(tmp_path / "db.json", config=CONFIG, durable=False)
    claims = flagged_claims(desk)
    out = io.StringIO(newline="")
    export_claims(desk, list(claims.values()), "csv", stream=out)
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue(), newline=""))}
    flags = {
        name: tuple(
            rows[claim.id][column]
            for column in ("rule_not_met", "unmet_rules", "verdict_forced", "no_longer_in_article")
        )
        for name, claim in claims.items()
    }
    assert flags == {
        "forced": ("yes", "no supporting source", "yes", "no"),
        # forced to disputed with a supporting source, which was then removed: both rules unmet
        "removed": ("yes", "no supporting source; no refuting source", "yes", "no"),
        "fine": ("no", "", "no", "no"),
        "gone": ("no", "", "no", "yes"),
        "open": ("", "", "", "no"),  # not a verdict: no rule to meet
    }
    # the location says where; being gone is a flag of its own, as in the Markdown/HTML reports
    gone_row = rows[claims["gone"].id]
    assert gone_row["location"] == rows[claims["fine"].id]["location"]
    assert gone_row["location"].startswith("paragraph 4, characters ")
    assert "no longer" not in gone_row["location"]
    # the counts a report's summary gives are the CSV's own
    summary = Summary.of(claims.values())
    assert sum(r["rule_not_met"] == "yes" for r in rows.values()) == summary.unmet == 2
    assert sum(r["no_longer_in_article"] == "yes" for r in rows.values()) == summary.gone == 1


def test_a_verdict_set_without_force_whose_evidence_went_is_not_forced(tmp_path: Path) -> None:
    desk = Verifier(tmp_path / "db.json", config=CONFIG, durable=False)
    claim, _ = desk.add_claim("The ministry said 11,000 soldiers crossed the border.")
    _, source = desk.add_source(claim.id, "https://example.com/a", "supports")
    desk.set_status(claim.id, Status.VERIFIED)
    desk.edit_source(claim.id, source.id, stance="context")
    out = io.StringIO(newline="")
    export_claims(desk, desk.claims(), "csv", stream=out)
    [row] = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert (row["rule_not_met"], row["unmet_rules"], row["verdict_forced"]) == (
        "yes",
        "no supporting source",
        "no",
    )
    assert row["location"] == "not from an article (typed in by hand)"
    assert row["no_longer_in_article"] == "no"


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
