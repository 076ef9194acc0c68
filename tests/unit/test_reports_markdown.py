"""The Markdown verification report: content and Markdown/HTML-safe text."""

from __future__ import annotations

import io
import re

import pytest

from verifier.config import Config
from verifier.models import Status
from verifier.reports import export_claims
from verifier.reports.documents import md_escape, md_link
from verifier.reports.sample import ARTICLE_URL, sample_desk
from verifier.service import Verifier

CONFIG = Config(user="Tess Tester", organisation_name="Fact Desk")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Verifier:
    return sample_desk(tmp_path_factory.mktemp("md") / "db.json", CONFIG)


@pytest.fixture(scope="module")
def markdown(desk: Verifier) -> str:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "md", stream=out, scope="all claims")
    return out.getvalue()


def test_summary_and_every_claim(desk: Verifier, markdown: str) -> None:
    counts = desk.status_counts()
    assert f"| verified | {counts[Status.VERIFIED]} |" in markdown
    assert f"| **All claims** | **{len(desk.claims())}** |" in markdown
    assert "verdicts rest on fewer than two independent sources" in markdown
    for claim in desk.claims():
        assert f"`{claim.id}`" in markdown
    assert "> over 10,000 North Korean soldiers were dispatched to Russia in October" in markdown
    assert "**Verdict: True.** Two independent official and wire reports" in markdown
    assert "**⚠ vague sourcing**" in markdown
    assert f"(<{ARTICLE_URL}>)" in markdown
    assert "Appears: paragraph 4, characters" in markdown
    assert "status in progress → verified" in markdown


def test_hostile_text_cannot_make_html_links_or_formatting(markdown: str) -> None:
    assert "<script" not in markdown
    assert "<img" not in markdown
    assert "&lt;script&gt;alert('claim')&lt;/script&gt;" in markdown
    assert "\\[click\\](javascript:alert(1))" in markdown
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)


def test_md_escape_rules() -> None:
    assert md_escape("a *b* _c_ `d` [e](f) <g> & h|i") == (
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) &lt;g&gt; & h\\|i"
    )
    # "&" is escaped only where it would start a character reference
    assert md_escape("AT&T and R&D, Q&A") == "AT&T and R&D, Q&A"
    assert md_escape("&amp; &#60; &lt;") == "&amp;amp; &amp;#60; &amp;lt;"
    assert md_escape("# heading") == "\\# heading"
    assert md_escape("1. item") == "1\\. item"
    assert md_escape("two\nlines") == "two lines"
    assert md_link("x", "javascript:alert(1)") == "x"
    assert md_link("x]", "https://a.example/<b>") == "[x\\]](<https://a.example/%3Cb%3E>)"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_singular_summary_lines_keep_their_spaces(tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    one = Verifier(tmp_path / "one.json", config=Config(user="ana"), durable=False)
    claim, _ = one.add_claim("Analysts said that 500 tanks were lost.")
    one.add_source(claim.id, "https://example.org/a", "supports")
    one.set_status(claim.id, "verified", "checked")
    out = io.StringIO()
    export_claims(one, one.claims(), fmt, stream=out, articles=one.articles())
    text = re.sub(r"<[^>]+>", "", out.getvalue())
    assert "1 verdict rests on fewer than two independent sources" in text
    assert "verdictrests" not in text and "claimis" not in text
