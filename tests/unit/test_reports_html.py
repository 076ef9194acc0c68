"""The HTML verification report: content, escaping, self-containment and streaming."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

from verifier.config import Config
from verifier.models import Claim, Source, Stance, Status
from verifier.reports import documents, export_claims
from verifier.reports import views as views_module
from verifier.reports.documents import write_report
from verifier.reports.sample import HOSTILE_TEXTS, sample_desk
from verifier.reports.views import ArticleIndex, safe_url
from verifier.service import Verifier

CONFIG = Config(
    user="Tess Tester",
    organisation_name="Fact Desk",
    organisation_url="https://factdesk.example",
    url_template="https://factdesk.example/checks/{id}",
)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Verifier:
    return sample_desk(tmp_path_factory.mktemp("html") / "db.json", CONFIG)


@pytest.fixture(scope="module")
def html(desk: Verifier) -> str:
    out = io.StringIO()
    export_claims(desk, desk.claims(), "html", stream=out)
    return out.getvalue()


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def parsed(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = Collector()
    collector.feed(html)
    return collector.tags


def test_every_claim_appears_with_status_note_sources_and_history(
    desk: Verifier, html: str
) -> None:
    claims = desk.claims()
    assert html.count('<article class="claim ') == len(claims)
    for claim in claims:
        assert str(escape(claim.text)) in html
        assert f'id="claim-{claim.id}"' in html
        if claim.verdict_note:
            assert str(escape(claim.verdict_note)) in html
        for source in claim.sources:
            assert str(escape(source.title or "")) in html
    assert "Two independent official and wire reports" in html
    assert "Andrey Rudenko" in html  # the attribution as resolved
    assert "vague sourcing" in html and "anonymous sourcing" in html
    assert "status in progress → verified" in html  # the history in brief
    assert "paragraph 4, characters" in html  # where it appears
    assert "derived from" in html and "(not independent)" in html


def test_summary_counts_and_thin_verdicts(desk: Verifier, html: str) -> None:
    counts = desk.status_counts()
    summary = html.split('<h2 id="claims">')[0]
    for status in (Status.VERIFIED, Status.DISPUTED, Status.UNVERIFIED):
        row = re.search(
            rf'<span class="badge s-{status.value}">[^<]+</span></th><td class="n">(\d+)</td>',
            summary,
        )
        assert row is not None and int(row.group(1)) == counts[status]
    thin = sum(1 for c in desk.claims() if desk.corroboration(c).thin)
    assert f"{thin} verdicts rest on fewer than two independent sources" in summary
    assert "<svg" in summary and 'aria-label="Claims by status"' in summary


def test_hostile_text_is_escaped(html: str) -> None:
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "&lt;script&gt;alert(&#39;claim&#39;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    for tag, attrs in parsed(html):
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in ("script", "img", "iframe", "object", "embed")


def test_self_contained_only_http_links(html: str) -> None:
    tags = parsed(html)
    assert not [t for t, _ in tags if t == "link"]
    for tag, attrs in tags:
        assert "src" not in attrs, tag
        href = attrs.get("href")
        if href is not None and href.startswith("#"):  # the head's verdicts, to their claims
            assert f'id="{href[1:]}"' in html, href
        elif href is not None:
            assert href.startswith(("https://", "http://")), href
    assert "<style>" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "@media print" in html and "print-color-adjust: exact" in html


def test_non_http_urls_never_become_links() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("JAVASCRIPT:alert(1)") is None
    assert safe_url("data:text/html,<b>x</b>") is None
    assert safe_url("https://ok.example/a b") is None
    assert safe_url("https://ok.example/a") == "https://ok.example/a"
    # a record that bypassed validation (e.g. an old file): shown as text, never an anchor
    bad = Source.model_construct(
        id="sbad1", url="javascript:alert(1)", stance=Stance.SUPPORTS, **_source_defaults()
    )
    claim = Claim.model_construct(**{**Claim(id="c1", text="t").__dict__, "sources": [bad]})
    out = io.StringIO()
    write_report("html", out, [claim], ArticleIndex([]), CONFIG)
    assert 'href="javascript' not in out.getvalue()
    assert "javascript:alert(1)" in out.getvalue()


def _source_defaults() -> dict[str, Any]:
    template = Source(id="s", url="https://x.example", stance=Stance.SUPPORTS)
    return {k: v for k, v in template.__dict__.items() if k not in ("id", "url", "stance")}


def test_report_streams_claim_by_claim(desk: Verifier, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the last claim's view is built, the first claim is already written."""
    out = io.StringIO()
    written_at_build: list[int] = []
    original = views_module.claim_view

    def spy(*args: object, **kwargs: object) -> object:
        written_at_build.append(len(out.getvalue()))
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(views_module, "claim_view", spy)
    monkeypatch.setattr(documents, "WRITE_BATCH", 1)  # real runs write every few claims
    claims = desk.claims()
    write_report("html", out, claims, ArticleIndex(desk.articles()), CONFIG)
    assert len(written_at_build) == len(claims)
    assert written_at_build == sorted(written_at_build)
    assert written_at_build[-1] > written_at_build[0] > 0


def test_export_to_file_is_complete_and_leaves_no_temp(desk: Verifier, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    result = export_claims(desk, desk.claims(), "html", target, title="Desk <report>")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    assert "<title>Desk &lt;report&gt;</title>" in text
    assert result.claims == len(desk.claims())
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_hostile_texts_all_present(html: str) -> None:
    for text in HOSTILE_TEXTS:
        assert str(escape(text)) in html


def test_long_history_is_shown_in_brief(tmp_path: Path) -> None:
    desk = Verifier(tmp_path / "db.json", config=CONFIG, durable=False)
    claim, _ = desk.add_claim("A claim that changes a lot")
    for n in range(10):
        desk.tag(claim.id, f"t{n}")
    out = io.StringIO()
    export_claims(desk, desk.claims(), "html", stream=out)
    history = out.getvalue().split('<ul class="plain history">')[1].split("</ul>")[0]
    assert history.count("<li>") == 1 + 1 + 5  # the first, the gap, the five most recent
    assert "… 5 more changes" in history
    assert "created (manual)" in history
    assert "tags: t0, t1, t2, t3, t4, t5, t6, t7, t8, t9" in history  # the latest
    assert "tags: t0</li>" not in history  # left out
