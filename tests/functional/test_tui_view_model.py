"""The TUI's view model (verifier.tui.view): rows, filters, sorting and literal text, without
running the app."""

from __future__ import annotations

from datetime import UTC, datetime

from verifier.models import Claim, ClaimKind, Source, Stance, Status
from verifier.tui.view import (
    Snapshot,
    SortKey,
    ViewFilter,
    apply,
    claim_row,
    literal,
    one_line,
    paragraph_around,
    sort_rows,
    summarise,
)

AT = datetime(2024, 11, 2, tzinfo=UTC)


def claim(claim_id: str, **fields: object) -> Claim:
    data: dict[str, object] = {"text": f"claim {claim_id}", "created_at": AT, "updated_at": AT}
    data.update(fields)
    return Claim(id=claim_id, **data)  # type: ignore[arg-type]


def test_row_counts_sources_and_flags_thin_verdicts() -> None:
    supported = claim(
        "a",
        status=Status.VERIFIED,
        sources=[Source(id="s1", url="https://a.example", stance=Stance.SUPPORTS)],
    )
    row = claim_row(supported)
    assert (row.supporting, row.refuting, row.thin, row.corroboration) == (1, 0, True, "+1 -0")
    assert not claim_row(claim("b", status=Status.UNVERIFIED)).thin
    assert claim_row(claim("c", status=Status.FALSE)).thin  # a verdict with no source at all


def test_filter_matches_every_field() -> None:
    rows = [
        claim_row(claim("a", score=0.9, kind=ClaimKind.STATISTIC, tags=["troops"], assignee="Ana")),
        claim_row(claim("b", score=0.2, status=Status.IN_PROGRESS, text="Officials said so")),
    ]
    assert [r.id for r in apply(rows, ViewFilter(text="OFFICIALS"))] == ["b"]
    assert [r.id for r in apply(rows, ViewFilter(status=Status.IN_PROGRESS))] == ["b"]
    assert [r.id for r in apply(rows, ViewFilter(kind=ClaimKind.STATISTIC))] == ["a"]
    assert [r.id for r in apply(rows, ViewFilter(tag="Troops"))] == ["a"]
    assert [r.id for r in apply(rows, ViewFilter(assignee="ana"))] == ["a"]
    assert [r.id for r in apply(rows, ViewFilter(min_score=0.5))] == ["a"]
    assert apply(rows, ViewFilter()) == rows


def test_sorts() -> None:
    rows = [
        claim_row(claim("a", score=0.2, start=50, end=60, updated_at=AT.replace(hour=3))),
        claim_row(claim("b", score=0.9, start=10, end=20, status=Status.FALSE)),
        claim_row(claim("c", score=0.5, start=30, end=40, status=Status.IN_PROGRESS)),
    ]
    assert [r.id for r in sort_rows(rows, SortKey.SCORE)] == ["b", "c", "a"]
    assert [r.id for r in sort_rows(rows, SortKey.POSITION)] == ["b", "c", "a"]
    assert [r.id for r in sort_rows(rows, SortKey.STATUS)] == ["a", "c", "b"]
    assert sort_rows(rows, SortKey.UPDATED)[0].id == "a"
    assert SortKey.UPDATED.next() is SortKey.SCORE


def test_snapshot_replaces_one_claim_in_place() -> None:
    snapshot = Snapshot.build([claim("a", score=0.9), claim("b", score=0.1)], [], SortKey.SCORE)
    snapshot.replace_claim(claim("b", score=0.1, status=Status.DISPUTED))
    assert [(r.id, r.status) for r in snapshot.rows] == [
        ("a", Status.UNVERIFIED),
        ("b", Status.DISPUTED),
    ]
    summary = summarise(snapshot.rows)
    assert (summary.total, summary.counts[Status.DISPUTED], summary.thin) == (2, 1, 1)


def test_literal_text() -> None:
    assert literal("[bold]x[/bold] \x1b[31mred\x1b[0m") == "[bold]x[/bold] ␛[31mred␛[0m"
    assert one_line("two\nlines\x07") == "two lines␇"
    text = "Title\nFirst paragraph. The claim.\nNext."
    start = text.index("The claim.")
    assert text[slice(*paragraph_around(text, start, start + 10))] == "First paragraph. The claim."
