"""Source reliability from the config's [reliability]: the lookup and where reports show it."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.models import Status
from verifier.reports import export_claims
from verifier.reports.reliability import reliability_of
from verifier.service import Verifier

LEVELS = {"reuters.com": "high", "example.com": "medium", "blogs.example.com": "low"}


@pytest.mark.parametrize(
    ("url", "level"),
    [
        ("https://reuters.com/world", "high"),
        ("https://www.reuters.com/world/asia/1", "high"),
        ("https://uk.reuters.com/x", "high"),
        ("http://WWW.Reuters.COM./x", "high"),
        ("https://notreuters.com/x", None),
        ("https://reuters.com.evil.example/x", None),
        ("https://example.com/a", "medium"),
        ("https://news.example.com/a", "medium"),
        ("https://blogs.example.com/a", "low"),
        ("https://x.blogs.example.com/a", "low"),
        ("https://apnews.com/a", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_reliability_matches_host_or_a_parent_domain(url: str | None, level: str | None) -> None:
    assert reliability_of(url, LEVELS) == level


def test_reliability_keys_written_loosely_still_match() -> None:
    assert reliability_of("https://uk.reuters.com/x", {"www.Reuters.com": "high"}) == "high"
    assert reliability_of("https://uk.reuters.com/x", {}) is None


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_reports_show_each_sources_reliability(tmp_path: Path, fmt: str) -> None:
    config = dataclasses.replace(Config(user="Tess Tester"), reliability=dict(LEVELS))
    desk = Verifier(tmp_path / "db.json", config=config, durable=False)
    claim, _ = desk.add_claim("The ministry counted 11,000 soldiers.")
    desk.add_source(claim.id, "https://uk.reuters.com/world/1", "supports", title="Reuters piece")
    desk.add_source(claim.id, "https://apnews.com/2", "context", title="AP piece")  # listed after
    desk.set_status(claim.id, Status.VERIFIED)
    out = io.StringIO()
    export_claims(desk, desk.claims(), fmt, stream=out)
    text = out.getvalue()
    reuters = text[text.index("Reuters piece") :]
    reuters = reuters[: reuters.index("AP piece")] if "AP piece" in reuters else reuters
    assert "reliability: high" in reuters
    ap = text[text.index("AP piece") :]
    assert "reliability" not in ap.split("History")[0]
    assert text.count("reliability:") == 1
