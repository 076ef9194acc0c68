"""A small, realistic database for demos, screenshots, tests and the benchmark.

It is built from the bundled seed article through the desk's own methods (so every claim has a
real history), with hand-made attributions (independent of the extractor) and corroborating
sources. The sources are fictional and live on reserved example domains: they show what a report
looks like, they are not citations.
"""

from __future__ import annotations

from pathlib import Path

from verifier.config import Config
from verifier.models import (
    Attribution,
    Claim,
    ClaimKind,
    SourceKind,
    Sourcing,
    Stance,
    Status,
    TextSpan,
)
from verifier.service import Verifier

SEED_NAME = "russia-warns-south-korea.txt"
ARTICLE_TITLE = "Russia warns South Korea against arms supplies to Ukraine"
ARTICLE_URL = "https://example.org/news/russia-warns-south-korea"


def seed_text() -> str:
    """The seed article (inside an installed wheel, or the repository's ``seeds/``)."""
    here = Path(__file__).resolve().parent.parent  # the verifier package
    for folder in (here / "seeds", here.parent / "seeds"):
        candidate = folder / SEED_NAME
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise FileNotFoundError(f"seed article {SEED_NAME} not found")


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(start=start, end=start + len(part), text=part)


def _attribution(
    text: str,
    source: str,
    name: str,
    sourcing: Sourcing,
    cue: str | None = None,
    near: str | None = None,
) -> Attribution:
    after = text.index(near) if near else 0
    src = _span(text, source, after)
    cue_span = _span(text, cue, src.start) if cue else None
    return Attribution(source=src, name=name, cue=cue_span, content=None, sourcing=sourcing)


def build_sample(desk: Verifier) -> list[Claim]:
    """Add the seed article and eight claims in every stage of checking; returns the claims."""
    text = seed_text()
    article, _ = desk.add_article(
        text,
        title=ARTICLE_TITLE,
        publisher="Example News",
        url=ARTICLE_URL,
        published="2024-11-01",
    )
    a = article.id

    def claim(sentence: str, kind: ClaimKind, score: float, attributions: list[Attribution]) -> str:
        made, _ = desk.add_claim(
            sentence, article=a, kind=kind, score=score, attributions=attributions
        )
        return made.id

    troops = claim(
        "over 10,000 North Korean soldiers were dispatched to Russia in October",
        ClaimKind.STATISTIC,
        0.93,
        [
            _attribution(
                text,
                "U.S.",
                "U.S. officials",
                Sourcing.ANONYMOUS,
                "suggest",
                near="Reports from multiple",
            ),
            _attribution(
                text,
                "South Korean",
                "South Korean officials",
                Sourcing.ANONYMOUS,
                near="including U.S.",
            ),
            _attribution(
                text,
                "Ukrainian officials",
                "Ukrainian officials",
                Sourcing.ANONYMOUS,
                near="including U.S.",
            ),
        ],
    )
    desk.add_source(
        troops,
        "https://wire.example.com/2024/10/23/north-korean-troops-russia",
        Stance.SUPPORTS,
        title="Pentagon: about 10,000 North Korean troops sent to Russia",
        publisher="Example Wire",
        published="2024-10-28",
        kind=SourceKind.WIRE,
        excerpt="The Pentagon said about 10,000 North Korean soldiers had been sent to train in eastern Russia.",
    )
    desk.add_source(
        troops,
        "https://defense.example.gov/briefings/2024-10-28",
        Stance.SUPPORTS,
        title="Press briefing, 28 October 2024",
        publisher="Department of Defense (example)",
        published="2024-10-28",
        kind=SourceKind.OFFICIAL_STATEMENT,
        archive_url="https://archive.example.net/2024/defense-briefing-2024-10-28",
    )
    desk.set_status(troops, Status.IN_PROGRESS)
    desk.set_status(
        troops,
        Status.VERIFIED,
        "Two independent official and wire reports put the figure at about 10,000.",
    )
    desk.tag(troops, "troops", "north-korea")

    kursk = claim(
        "The U.S. Department of Defense estimates that around 11,000 North Korean troops are stationed "
        "in the Kursk region",
        ClaimKind.STATISTIC,
        0.88,
        [
            _attribution(
                text,
                "The U.S. Department of Defense",
                "U.S. Department of Defense",
                Sourcing.NAMED_ORGANISATION,
                "estimates",
            )
        ],
    )
    desk.add_source(
        kursk,
        "https://defense.example.gov/briefings/2024-11-04",
        Stance.SUPPORTS,
        title="Press briefing, 4 November 2024",
        publisher="Department of Defense (example)",
        published="2024-11-04",
        kind=SourceKind.OFFICIAL_STATEMENT,
        traces_attribution=0,
    )
    desk.add_source(
        kursk,
        "https://monitor.example.org/kursk-deployment-estimates",
        Stance.MIXED,
        title="How many North Korean troops are in Kursk? Estimates vary",
        publisher="Conflict Monitor (example)",
        published="2024-11-06",
        kind=SourceKind.EXPERT,
        note="Gives 11,000–12,000 depending on the agency.",
    )
    desk.set_status(
        kursk,
        Status.PARTLY_VERIFIED,
        "The estimate is confirmed; other agencies count up to 12,000.",
    )
    desk.assign(kursk, "Ana Ruiz")

    quote = claim(
        "“The possible use of South Korean weapons to kill Russian citizens will fully destroy relations between our countries,” he warned",
        ClaimKind.QUOTE,
        0.71,
        [
            _attribution(
                text, "he", "Andrey Rudenko", Sourcing.NAMED_PERSON, "warned", near="” he warned"
            )
        ],
    )
    _, statement = desk.add_source(
        quote,
        "https://mfa.example.ru/en/statements/rudenko-2024-11",
        Stance.SUPPORTS,
        title="Interview of Deputy Foreign Minister A. Rudenko",
        publisher="Ministry of Foreign Affairs (example)",
        published="2024-11-01",
        kind=SourceKind.OFFICIAL_STATEMENT,
        traces_attribution=0,
    )
    desk.add_source(
        quote,
        "https://agency.example.com/world/rudenko-warns-seoul",
        Stance.SUPPORTS,
        title="Russia warns Seoul over arms for Kyiv",
        publisher="Example Agency",
        published="2024-11-01",
        kind=SourceKind.NEWS_REPORT,
        derived_from=statement.id,
    )
    desk.set_status(quote, Status.VERIFIED, "The quote matches the ministry's transcript.")

    combat = claim(
        "some of these troops are now engaged in frontline combat, particularly in the Belgorod and Kursk regions",
        ClaimKind.EVENT,
        0.84,
        [
            _attribution(
                text,
                "Ukrainian and U.S. intelligence assessments",
                "Ukrainian and U.S. intelligence",
                Sourcing.VAGUE,
                "indicate",
            )
        ],
    )
    desk.add_source(
        combat,
        "https://intel.example.ua/reports/2024-11-05",
        Stance.SUPPORTS,
        title="Intelligence update: North Korean units in combat",
        publisher="Defence Intelligence (example)",
        published="2024-11-05",
        kind=SourceKind.OFFICIAL_STATEMENT,
    )
    desk.add_source(
        combat,
        "https://wire.example.com/2024/11/07/no-sign-of-combat-in-belgorod",
        Stance.REFUTES,
        title="No confirmed North Korean combat role in Belgorod, officials say",
        publisher="Example Wire",
        published="2024-11-07",
        kind=SourceKind.WIRE,
    )
    desk.set_status(combat, Status.DISPUTED, "Kursk is confirmed by two agencies; Belgorod is not.")

    analysts = claim(
        "Analysts suggest that Moscow may be offering advanced military technologies to Pyongyang in exchange for its support.",
        ClaimKind.STATEMENT,
        0.62,
        [_attribution(text, "Analysts", "analysts", Sourcing.VAGUE, "suggest")],
    )
    desk.set_status(
        analysts, Status.UNVERIFIABLE, "No named analyst; no public evidence either way."
    )
    desk.add_note(analysts, "Asked two regional experts; no answer yet.")

    putin = claim(
        "Russian President Vladimir Putin, who in June cautioned South Korea against supplying arms to Kyiv",
        ClaimKind.EVENT,
        0.77,
        [],
    )
    desk.add_source(
        putin,
        "https://wire.example.com/2024/06/20/putin-hanoi-warning",
        Stance.SUPPORTS,
        title="Putin warns Seoul against arming Ukraine",
        publisher="Example Wire",
        published="2024-06-20",
        kind=SourceKind.WIRE,
    )
    desk.add_source(
        putin,
        "https://kremlin.example.ru/events/press-conference-hanoi",
        Stance.SUPPORTS,
        title="Press statements in Hanoi",
        publisher="Presidential Executive Office (example)",
        published="2024-06-20",
        kind=SourceKind.PRIMARY_DOCUMENT,
    )
    desk.set_status(
        putin, Status.VERIFIED, "Both the transcript and wire reports record the warning."
    )

    inroads = claim(
        "Ukrainian forces made significant inroads into Russian-held territories in the Kursk region earlier this year",
        ClaimKind.EVENT,
        0.66,
        [],
    )
    desk.set_status(inroads, Status.IN_PROGRESS)
    desk.assign(inroads, "Sam Lee")

    claim(
        "South Korean President Yoon Suk Yeol is weighing the possibility of sending arms to Ukraine",
        ClaimKind.STATEMENT,
        0.58,
        [_attribution(text, "reports", "reports", Sourcing.VAGUE, near="The warning follows")],
    )
    return desk.claims()


# Text an attacker could plant in an article or a source page: script, attribute breakout,
# spreadsheet formula, Markdown link. Reports must show it literally and never act on it.
HOSTILE_TEXTS: tuple[str, ...] = (
    "<script>alert('claim')</script>",
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("https://evil.example/steal","click me")',
    "[click](javascript:alert(1))",
)


def add_hostile_claim(desk: Verifier, article: str | None = None) -> Claim:
    """A verified claim whose every free-text field is hostile (for escaping checks)."""
    text = " ".join(HOSTILE_TEXTS)
    written = HOSTILE_TEXTS[1]
    made, _ = desk.add_claim(
        text,
        article=article,
        kind=ClaimKind.STATEMENT,
        attributions=[
            Attribution(
                source=TextSpan(start=0, end=len(written), text=written),
                name=HOSTILE_TEXTS[0],
                sourcing=Sourcing.NAMED_PERSON,
            )
        ],
    )
    desk.add_source(
        made.id,
        "https://evil.example/page?q=%22%3E%3Cscript%3E",
        Stance.SUPPORTS,
        title=HOSTILE_TEXTS[0],
        publisher=HOSTILE_TEXTS[2],
        excerpt=HOSTILE_TEXTS[1],
        note=HOSTILE_TEXTS[3],
    )
    desk.tag(made.id, "hostile")
    return desk.set_status(made.id, Status.VERIFIED, HOSTILE_TEXTS[2])


__all__ = [
    "ARTICLE_TITLE",
    "ARTICLE_URL",
    "HOSTILE_TEXTS",
    "add_hostile_claim",
    "build_sample",
    "seed_text",
]


def sample_desk(path: Path, config: Config) -> Verifier:
    """A desk on a new database holding the sample article's claims and one hostile claim."""
    desk = Verifier(path, config=config, durable=False)
    build_sample(desk)
    add_hostile_claim(desk, article=desk.articles()[0].id)
    return desk
