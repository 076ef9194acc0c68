"""Ingest of a Markdown article (claims without markup, the italic byline's author), a wire story
(its dateline out of the first claim, its agency as the publisher) and an HTML page that holds no
article (refused, nothing written), with the text always stored exactly as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.config import Config
from verifier.ingest import ArticleMeta, IngestError, from_html, ingest, ingest_file, read_file
from verifier.service import Verifier

MARKDOWN = """# City buses slow down

*By Leo Brandt — Metro Desk, 4 April 2025*

The council published its annual transport report on Tuesday.

- Bus journeys in the centre are 25% slower than in 2019, the report says.
* Fares rose by 12% last year, according to the operator.
1. The council spent £40 million on new bus lanes.

> "We have lost a generation of passengers," said transport chair Ana Ruiz.

**Ridership fell by 18% between 2019 and 2024, the report found.**
"""

WIRE = """LONDON, March 12 (Newswire) - Britain's manufacturing output fell 3.2% in January, the \
Office for National Statistics said on Wednesday.

Economists polled by the agency had expected a fall of 0.5%.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Verifier:
    return Verifier(tmp_path / "claims.json", config=Config(user="ana"))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_claims_carry_no_markup_and_point_into_the_text(
    desk: Verifier, tmp_path: Path
) -> None:
    result = ingest_file(desk, write(tmp_path, "buses.md", MARKDOWN))
    article = desk.article(result.article.id)
    assert article.text == MARKDOWN  # stored exactly as read
    claims = {c.text for c in desk.claims()}
    assert "Bus journeys in the centre are 25% slower than in 2019, the report says." in claims
    assert "Fares rose by 12% last year, according to the operator." in claims
    assert "The council spent £40 million on new bus lanes." in claims
    assert "Ridership fell by 18% between 2019 and 2024, the report found." in claims
    for claim in desk.claims():
        assert article.text[claim.start : claim.end] == claim.text
        assert not claim.text.startswith(("- ", "* ", "1.", "> ", "*", "_")), claim.text
        assert not claim.text.endswith(("*", "_")), claim.text
    assert not any("Leo Brandt" in c for c in claims)  # the byline is no claim


def test_an_italic_byline_gives_the_author_but_not_the_published_date(
    desk: Verifier, tmp_path: Path
) -> None:
    # the published date comes from a page's metadata only; a date in the text is not taken
    result = ingest_file(desk, write(tmp_path, "buses.md", MARKDOWN))
    assert result.article.author == "Leo Brandt"
    assert result.article.published is None
    assert result.article.title == "City buses slow down"


def test_a_wire_dateline_is_not_in_the_first_claim(desk: Verifier, tmp_path: Path) -> None:
    result = ingest_file(desk, write(tmp_path, "wire.txt", WIRE))
    first = min(desk.claims(), key=lambda c: c.start or 0)
    assert first.text.startswith("Britain's manufacturing output fell 3.2%")
    assert first.start == WIRE.index("Britain's")
    assert desk.article(result.article.id).text == WIRE


def test_the_datelines_agency_is_the_publisher_unless_one_is_given(
    desk: Verifier, tmp_path: Path
) -> None:
    path = write(tmp_path, "wire.txt", WIRE)
    assert read_file(path).meta.publisher == "Newswire"
    assert (
        read_file(
            write(tmp_path, "no-agency.txt", "WASHINGTON — The Senate voted.\n")
        ).meta.publisher
        is None
    )
    result = ingest(desk, str(path), ArticleMeta(publisher="The Daily Ledger"))
    assert result.article.publisher == "The Daily Ledger"


@pytest.mark.parametrize(
    "body",
    [
        '<nav><a href="/">Home</a></nav>',
        '<nav><a href="/">Home</a> | <a href="/world">World</a></nav><footer>© Example</footer>',
        '<ul><li><a href="/a">Politics</a></li><li><a href="/b">Sport</a></li></ul>',
        "<script>var x = 'text';</script>",
    ],
)
def test_a_page_without_article_text_is_refused(body: str) -> None:
    html = f"<html><head><title>x</title></head><body>{body}</body></html>"
    with pytest.raises(IngestError, match=r"^page\.html: no article text found in this HTML page$"):
        from_html(html, "page.html")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("<p>The council approved the budget on Tuesday.</p>", "The council approved the budget"),
        (
            '<nav><a href="/">Home</a></nav><article><p>The council approved the budget.</p>'
            "</article>",
            "The council approved the budget.",
        ),
        ("Unemployment rose to 5% in March, the agency said.", "Unemployment rose to 5%"),
        (
            '<form id="page"><div><p>The council approved the budget, officials said.</p></div></form>',
            "The council approved the budget",
        ),
        (
            "<header><p>The council approved the budget on Tuesday, officials said.</p></header>",
            "The council approved the budget",
        ),
        (
            '<p>The <a href="/c">council</a> approved the <a href="/b">budget</a>.</p>',
            "council",
        ),
    ],
)
def test_a_short_real_article_is_not_refused(body: str, words: str) -> None:
    html = f"<html><head><title>Budget</title></head><body>{body}</body></html>"
    assert words in from_html(html, "page.html").text


def test_a_refused_page_writes_nothing(desk: Verifier, tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "nav.html",
        '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>',
    )
    with pytest.raises(IngestError, match="no article text found"):
        ingest_file(desk, page)
    assert desk.articles() == []


def test_a_bold_headline_is_the_title_without_its_markers(desk: Verifier, tmp_path: Path) -> None:
    text = "**City buses slow down**\n\nThe council published its report on Tuesday. It is long.\n"
    assert (
        ingest_file(desk, write(tmp_path, "bold.md", text)).article.title == "City buses slow down"
    )
