"""One app factory for the TUI's snapshot and functional tests (like posting's
tests/posting_snapshot_app.py): a deterministic database (fixed ids, timestamps and user) and the
app on it, with the revision poll off so nothing changes under a snapshot.

Run it by hand to look at the same screen the snapshots show::

    .venv/bin/python tests/functional/tui_snapshot_app.py /tmp/snap.json
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from verifier.config import Config
from verifier.models import (
    Article,
    Attribution,
    Claim,
    ClaimKind,
    HistoryEntry,
    Note,
    SentenceScore,
    Source,
    SourceKind,
    Sourcing,
    Stance,
    Status,
    TextSpan,
)
from verifier.service import Verifier
from verifier.tui import VerifierApp

USER = "Ana Ruiz"
T0 = datetime(2024, 11, 2, 9, 30, tzinfo=UTC)

ARTICLE_TEXT = (
    "Russia warns South Korea over arms for Ukraine\n"
    "Deputy Foreign Minister Andrey Rudenko urged Seoul to refrain from reckless steps. "
    "South Korean President Yoon Suk Yeol is weighing sending arms to Ukraine.\n"
    "Reports from U.S., South Korean, and Ukrainian officials suggest that over 10,000 North Korean "
    "soldiers were dispatched to Russia in October. "
    "Analysts suggest that Moscow may be offering advanced military technologies to Pyongyang.\n"
    "A source said the [bold]talks[/bold] will resume \x1b[31mnext week\x1b[0m. "
    "The weather in Seoul was mild."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _attribution(
    text: str, who: str, name: str, sourcing: Sourcing, cue: str | None = None
) -> Attribution:
    start, end = _span(text, who)
    cue_span = None
    if cue:
        c_start, c_end = _span(text, cue)
        cue_span = TextSpan(start=c_start, end=c_end, text=cue)
    return Attribution(
        source=TextSpan(start=start, end=end, text=who), name=name, cue=cue_span, sourcing=sourcing
    )


def _claim(
    claim_id: str,
    sentence: str,
    *,
    kind: ClaimKind,
    score: float,
    status: Status = Status.UNVERIFIED,
    attributions: list[Attribution] | None = None,
    sources: list[Source] | None = None,
    minutes: int = 0,
    **extra: object,
) -> Claim:
    start, end = _span(ARTICLE_TEXT, sentence)
    at = T0.replace(minute=30 + minutes)
    history = [
        HistoryEntry(at=at, by=USER, action="created", after=sentence, detail="extracted", change=1)
    ]
    if status is not Status.UNVERIFIED:
        history.append(
            HistoryEntry(
                at=at.replace(hour=10),
                by=USER,
                action="status",
                before="unverified",
                after=status.value,
                change=2,
            )
        )
    return Claim(
        id=claim_id,
        article_id="a7ksq2",
        text=sentence,
        start=start,
        end=end,
        kind=kind,
        score=score,
        attributions=attributions or [],
        status=status,
        sources=sources or [],
        history=history,
        created_at=at,
        updated_at=at.replace(hour=10) if status is not Status.UNVERIFIED else at,
        **extra,  # type: ignore[arg-type]
    )


def build_database(path: Path, *, empty: bool = False, durable: bool = False) -> Verifier:
    """The sample desk: one article, five claims in several states, sources and a note.

    Tests skip fsync (``durable=False``): they do not survive power cuts, and run faster.
    """
    desk = Verifier(path, user=USER, config=Config(user=USER), durable=durable)
    if empty:
        return desk
    text = ARTICLE_TEXT
    sentences = [
        s.strip()
        for s in (
            "Deputy Foreign Minister Andrey Rudenko urged Seoul to refrain from reckless steps.",
            "South Korean President Yoon Suk Yeol is weighing sending arms to Ukraine.",
            "Reports from U.S., South Korean, and Ukrainian officials suggest that over 10,000 North Korean soldiers were dispatched to Russia in October.",
            "Analysts suggest that Moscow may be offering advanced military technologies to Pyongyang.",
            "A source said the [bold]talks[/bold] will resume \x1b[31mnext week\x1b[0m.",
            "The weather in Seoul was mild.",
        )
    ]
    article = Article(
        id="a7ksq2",
        text=text,
        title="Russia warns South Korea over arms for Ukraine",
        publisher="Example Wire",
        url="https://news.example/russia-warns",
        published=date(2024, 11, 1),
        ingested_at=T0,
        content_hash="0" * 64,
        origin="seeds/sample.txt",
        sentences=[
            SentenceScore(start=_span(text, s)[0], end=_span(text, s)[1], score=score)
            for s, score in zip(sentences, (0.55, 0.62, 0.93, 0.48, 0.41, 0.08), strict=True)
        ],
    )
    pentagon = Source(
        id="sq4ta",
        url="https://www.defense.gov/News/briefing-2024-10-28",
        stance=Stance.SUPPORTS,
        title="Briefing on DPRK troops in Russia",
        publisher="U.S. Department of Defense",
        kind=SourceKind.OFFICIAL_STATEMENT,
        published=date(2024, 10, 28),
        excerpt="approximately 10,000 North Korean soldiers",
        added_at=T0,
        added_by=USER,
    )
    nis = Source(
        id="s7mkx",
        url="https://www.nis.go.kr/press/2024-10-18",
        stance=Stance.SUPPORTS,
        publisher="South Korean National Intelligence Service",
        kind=SourceKind.OFFICIAL_STATEMENT,
        added_at=T0,
        added_by=USER,
    )
    claims = [
        _claim(
            "k3vqx7a",
            sentences[2],
            kind=ClaimKind.STATISTIC,
            score=0.93,
            status=Status.VERIFIED,
            attributions=[
                _attribution(
                    text, "U.S.", "U.S. officials", Sourcing.NAMED_ORGANISATION, "suggest"
                ),
                _attribution(
                    text, "South Korean, and", "South Korean officials", Sourcing.NAMED_ORGANISATION
                ),
                _attribution(
                    text, "Ukrainian officials", "Ukrainian officials", Sourcing.NAMED_ORGANISATION
                ),
            ],
            sources=[pentagon, nis],
            verdict_note="Pentagon and NIS figures agree on about 10,000 soldiers.",
            tags=["troops"],
            assignee="ana",
            notes=[
                Note(
                    at=T0.replace(hour=11),
                    by=USER,
                    text="NIS said 12,000 in a later briefing; check.",
                )
            ],
        ),
        _claim(
            "m2xwp4r",
            sentences[1],
            kind=ClaimKind.EVENT,
            score=0.62,
            status=Status.IN_PROGRESS,
            minutes=1,
        ),
        _claim(
            "p5nd3ke",
            sentences[0],
            kind=ClaimKind.QUOTE,
            score=0.55,
            minutes=2,
            attributions=[
                _attribution(
                    text,
                    "Deputy Foreign Minister Andrey Rudenko",
                    "Andrey Rudenko",
                    Sourcing.NAMED_PERSON,
                    "urged",
                )
            ],
        ),
        _claim(
            "r6tqa2s",
            sentences[3],
            kind=ClaimKind.PREDICTION,
            score=0.48,
            status=Status.PARTLY_VERIFIED,
            minutes=3,
            attributions=[_attribution(text, "Analysts", "Analysts", Sourcing.VAGUE, "suggest")],
            sources=[
                Source(
                    id="s2wzn",
                    url="https://think.example/report",
                    stance=Stance.MIXED,
                    publisher="Think Tank",
                    kind=SourceKind.EXPERT,
                    added_at=T0,
                    added_by=USER,
                )
            ],
        ),
        _claim(
            "w4hjc6v",
            sentences[4],
            kind=ClaimKind.EVENT,
            score=0.41,
            minutes=4,
            attributions=[_attribution(text, "A source", "a source", Sourcing.ANONYMOUS, "said")],
        ),
    ]
    with desk.repo.transaction():
        desk.repo.articles.put(article)
        desk.repo.claims.put_many(claims)
    return desk


def make_app(path: Path, *, empty: bool = False, poll: float | None = None) -> VerifierApp:
    return VerifierApp(build_database(path, empty=empty), poll_interval=poll, cursor_blink=False)


if __name__ == "__main__":
    make_app(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/verifier-snapshot.json")).run()
