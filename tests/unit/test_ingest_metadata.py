"""Ingest metadata and layout: the published date the page states, the byline's author, names kept as written, the publisher a page's
title names, headings that are not claims, and the sample article's title."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.ingest import (
    SEED_TITLE,
    ArticleMeta,
    from_html,
    ingest,
    ingest_file,
    published_date,
    read_file,
    seed_path,
)
from verifier.service import Verifier

BODY = " ".join(
    f"The ministry said that {n} thousand soldiers were deployed to the border region in October."
    for n in ("one", "two", "three", "four", "five")
)

WIRE = """Fed Holds Rates Steady as Unemployment Climbs

By Margaret L. Okafor

WASHINGTON (Wire) - The Federal Reserve left its benchmark rate unchanged at 4.5% on Wednesday.

Jobs data disappoint

Employers added just 62,000 jobs in February, the Bureau of Labor Statistics said on Friday.

(Reporting by Margaret L. Okafor; Additional reporting by Tom R. Delgado; Editing by Susan P. Hart)

Correction: An earlier version of this article misstated the unemployment rate as 4.6%, not 4.5%.
"""


@pytest.fixture
def desk(tmp_path: Path) -> Verifier:
    return Verifier(tmp_path / "claims.json", config=Config(user="ana"))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- a text article's byline ---------------------------------------------------------------------


def test_the_byline_of_a_text_article_is_its_author(desk: Verifier, tmp_path: Path) -> None:
    result = ingest_file(desk, write(tmp_path, "wire.txt", WIRE))
    assert result.article.author == "Margaret L. Okafor"
    assert result.article.text == WIRE  # the byline stays in the text, exactly as read


def test_a_byline_with_two_authors_names_both(tmp_path: Path) -> None:
    text = WIRE.replace("By Margaret L. Okafor", "By Mary J. Blige and Tom R. Delgado")
    assert read_file(write(tmp_path, "two.md", text)).meta.author == "Mary J. Blige; Tom R. Delgado"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Smith in Kyiv", "Jane Smith"),
        ("By Jane Smith, in Kyiv", "Jane Smith"),
        ("By Jane Smith and Tom Lee in Washington", "Jane Smith; Tom Lee"),
    ],
)
def test_a_byline_naming_a_place_gives_the_author_without_it(
    desk: Verifier, tmp_path: Path, byline: str, author: str
) -> None:
    text = WIRE.replace("By Margaret L. Okafor", byline)
    result = ingest_file(desk, write(tmp_path, "placed.txt", text))
    assert result.article.author == author
    assert result.article.text == text
    assert not any(c.text.startswith("By Jane") for c in desk.claims())  # a byline, not a claim


def test_the_author_given_beats_the_byline(desk: Verifier, tmp_path: Path) -> None:
    result = ingest(desk, str(write(tmp_path, "wire.txt", WIRE)), ArticleMeta(author="Desk Editor"))
    assert result.article.author == "Desk Editor"


def test_without_a_byline_the_credit_line_names_the_reporter(tmp_path: Path) -> None:
    text = WIRE.replace("By Margaret L. Okafor\n\n", "")
    assert read_file(write(tmp_path, "credit.txt", text)).meta.author == "Margaret L. Okafor"
    plain = "Prices rose 5% in May, the bank said.\n\nBy the end of the year they fell.\n"
    assert read_file(write(tmp_path, "none.txt", plain)).meta.author is None


# -- lines that are not claims -------------------------------------------------------------------


def test_credit_lines_correction_notices_and_subheads_are_not_claims(
    desk: Verifier, tmp_path: Path
) -> None:
    ingest_file(desk, write(tmp_path, "wire.txt", WIRE))
    texts = [c.text for c in desk.claims()]
    assert any("62,000 jobs" in t for t in texts)
    for line in ("(Reporting by", "Correction:", "Jobs data disappoint", "By Margaret"):
        assert not any(t.startswith(line) for t in texts), line


# -- HTML ------------------------------------------------------------------------------------------


def page(head: str, article: str) -> str:
    return (
        f"<!doctype html><html><head>{head}</head><body><article>{article}</article></body></html>"
    )


def test_an_authors_initials_keep_their_full_stops(tmp_path: Path) -> None:
    meta = page(
        '<title>Troops massed</title><meta name="author" content="Priya K. Raman">',
        f"<p>{BODY}</p>",
    )
    assert from_html(meta, "x").meta.author == "Priya K. Raman"
    public = page('<title>T</title><meta name="author" content="John Q. Public">', f"<p>{BODY}</p>")
    assert from_html(public, "x").meta.author == "John Q. Public"
    byline = page(
        "<title>T</title>",
        f'<p class="byline">By Mary J. Blige and Tom R. Delgado</p><p>{BODY}</p>',
    )
    assert from_html(byline, "x").meta.author == "Mary J. Blige; Tom R. Delgado"


def test_the_publisher_is_the_site_the_title_names_when_there_is_no_site_name() -> None:
    html = page(
        "<title>Troops massed at the border | The Daily Ledger</title>"
        '<link rel="canonical" href="https://dailyledger.example/world/troops">',
        f"<p>{BODY}</p>",
    )
    meta = from_html(html, "x").meta
    assert meta.publisher == "The Daily Ledger"
    assert meta.title == "Troops massed at the border"
    # a site name given beats the title; a title suffix equal to it is stripped from the title
    named = page(
        '<meta property="og:title" content="Troops massed at the border - Example News">'
        '<meta property="og:site_name" content="Example News">',
        f"<p>{BODY}</p>",
    )
    meta = from_html(named, "x").meta
    assert (meta.title, meta.publisher) == ("Troops massed at the border", "Example News")
    # a suffix the domain does not spell is part of the headline, not a site
    live = page(
        "<title>Election night - Live Updates</title>"
        '<link rel="canonical" href="https://dailyledger.example/live">',
        f"<p>{BODY}</p>",
    )
    assert from_html(live, "x").meta.publisher == "dailyledger.example"


def test_html_headings_are_not_claims(desk: Verifier, tmp_path: Path) -> None:
    html = page(
        "<title>Study links ultra-processed food to 12% higher risk of diabetes | The Daily Ledger</title>",
        "<h1>Study links ultra-processed food to 12% higher risk of diabetes</h1>"
        f"<p>{BODY}</p><h2>Industry pushes back</h2><p>{BODY.replace('ministry', 'army')}</p>",
    )
    result = ingest_file(desk, write(tmp_path, "study.html", html))
    text = result.article.text
    # each heading stands alone as a paragraph in the stored text, as in a text article
    assert text.startswith(
        "Study links ultra-processed food to 12% higher risk of diabetes\n\nThe ministry"
    )
    assert "\n\nIndustry pushes back\n\nThe army" in text
    claims = [c.text for c in desk.claims()]
    assert claims and not any(c.startswith(("Study links", "Industry pushes")) for c in claims)
    for claim in desk.claims():
        assert text[claim.start : claim.end] == claim.text
    again = ingest_file(desk, tmp_path / "study.html")
    assert again.unchanged  # the same page again: the same text, nothing new


# -- the published date: from the page's metadata, never from its text ---------------------------
SOLDIERS = f"<p>More than 2000 soldiers were moved to the front on Monday.</p><p>{BODY}</p>"


def test_a_year_in_the_text_is_not_the_published_date(desk: Verifier, tmp_path: Path) -> None:
    html = page("<title>Troops massed</title>", SOLDIERS)
    assert from_html(html, "x").meta.published is None  # trafilatura alone gave 2000-01-01
    result = ingest_file(desk, write(tmp_path, "soldiers.html", html))
    assert result.article.published is None
    # a date the text gives, even as a "Published" line, is not the page's metadata either
    line = page("<title>T</title>", f"<p>Published 12 March 2024</p><p>{BODY}</p>")
    assert from_html(line, "x").meta.published is None
    mentioned = page(
        "<title>T</title>", f'<p>On <time datetime="2023-01-05">Jan 5</time>, {BODY}</p>'
    )
    assert from_html(mentioned, "x").meta.published is None


def test_the_published_date_comes_from_the_pages_metadata(desk: Verifier, tmp_path: Path) -> None:
    tag = '<meta property="article:published_time" content="2025-02-11T08:00:00Z">'
    html = page(f"<title>Troops massed</title>{tag}", SOLDIERS)
    assert from_html(html, "x").meta.published == "2025-02-11"
    result = ingest_file(desk, write(tmp_path, "dated.html", html))
    assert result.article.published == date(2025, 2, 11)
    assert ingest_file(desk, tmp_path / "dated.html").unchanged  # idempotent as before
    json_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
        '"2024-05-02T10:00:00+02:00", "citation": {"@type": "Claim", "datePublished": '
        '"2024-04-01"}}</script>'
    )
    assert from_html(page(f"<title>T</title>{json_ld}", SOLDIERS), "x").meta.published == (
        "2024-05-02"
    )
    timed = page("<title>T</title>", f'<time datetime="2023-01-05T10:00">Jan 5</time>{SOLDIERS}')
    assert from_html(timed, "x").meta.published == "2023-01-05"
    canonical = '<link rel="canonical" href="https://ledger.example/2024/03/15/troops-massed">'
    assert from_html(page(f"<title>T</title>{canonical}", SOLDIERS), "x").meta.published == (
        "2024-03-15"
    )


def test_a_future_or_pre_1990_date_in_the_metadata_is_dropped() -> None:
    for when in ("2999-02-11T08:00:00Z", "1970-01-01", "0001-01-01T00:00:00Z"):
        tag = f'<meta property="article:published_time" content="{when}">'
        assert from_html(page(f"<title>T</title>{tag}", SOLDIERS), "x").meta.published is None
    # a placeholder does not hide a good date the page states elsewhere
    both = (
        '<meta property="article:published_time" content="1970-01-01T00:00:00Z">'
        '<meta name="date" content="2025-02-10">'
    )
    assert from_html(page(f"<title>T</title>{both}", SOLDIERS), "x").meta.published == (
        "2025-02-10"
    )


@pytest.mark.parametrize(
    ("stated", "expected"),
    [
        (["2025-02-11T23:30:00-05:00"], date(2025, 2, 11)),  # the date as written, not in UTC
        (["Tue, 11 Feb 2025 08:00:00 GMT"], date(2025, 2, 11)),
        (["February 11, 2025"], date(2025, 2, 11)),
        (["20250211"], date(2025, 2, 11)),
        (["2025-02-30", "2025-02-12"], date(2025, 2, 12)),  # no such day: the next one stated
        (["https://ledger.example/news/2025-02-11-troops"], date(2025, 2, 11)),
        (["https://ledger.example/2025/02/troops"], None),  # a month is not a date
        (["1989-12-31"], None),
        (["2025-03-01T00:00:01Z"], None),  # after now, though the same day somewhere
        (["2025-03-01"], date(2025, 3, 1)),  # a day with no time: it is 1 March in Kiribati
        (["2025-03-02"], None),
        (["soon"], None),
        ([], None),
    ],
)
def test_published_date_takes_a_real_date_up_to_now(
    stated: list[str], expected: date | None
) -> None:
    now = datetime(2025, 2, 28, 12, 0, tzinfo=UTC)
    assert published_date(stated, now=now) == expected


def test_the_date_given_beats_the_page(desk: Verifier, tmp_path: Path) -> None:
    path = write(tmp_path, "soldiers.html", page("<title>T</title>", SOLDIERS))
    result = ingest(desk, str(path), ArticleMeta(published="2024-01-02"))
    assert result.article.published == date(2024, 1, 2)


# -- titles ----------------------------------------------------------------------------------------


def test_a_markdown_headline_is_the_title_without_its_marker(
    desk: Verifier, tmp_path: Path
) -> None:
    text = "# Fed holds rates steady\n\n" + WIRE.split("\n", 2)[2].replace(
        "Jobs data", "## Jobs data"
    )
    result = ingest_file(desk, write(tmp_path, "wire.md", text))
    assert result.article.title == "Fed holds rates steady"
    assert not any(c.text.startswith("#") for c in desk.claims())


def test_the_sample_article_gets_its_headline_wherever_it_is_read_from(
    desk: Verifier, tmp_path: Path
) -> None:
    copy = write(tmp_path, "some-copy.txt", seed_path().read_text(encoding="utf-8"))
    assert ingest_file(desk, copy).article.title == SEED_TITLE
    other = write(
        tmp_path,
        "russia-warns-south-korea.txt",
        "Prices rose 5% in May, the bank said. It was so.\n",
    )
    assert ingest_file(desk, other).article.title == "Russia warns south korea"  # the file's name
