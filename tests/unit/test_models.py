"""The domain models refuse what a fact-checker must never store: unsafe URLs, unknown stances or
statuses, dates that are not dates, backwards spans and multi-word tags."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from verifier.models import (
    VERDICTS,
    Article,
    Claim,
    Source,
    Span,
    Stance,
    Status,
    TextSpan,
    check_web_url,
    parse_date,
)

# -- URLs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com",
        "https://example.com/path?q=1#frag",
        "HTTPS://Example.COM/A",
        "https://example.com:8443/x",
        "http://127.0.0.1:8080/",
        "https://user@example.com/x",
        "http://[::1]/",
    ],
)
def test_http_and_https_urls_are_accepted_unchanged(url: str) -> None:
    assert check_web_url(url) == url


def test_surrounding_whitespace_is_trimmed_not_kept() -> None:
    assert check_web_url("  https://example.com/a \n") == "https://example.com/a"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("javascript:alert(1)", "scheme must be http or https (got javascript)"),
        ("JavaScript:alert(1)", "scheme must be http or https (got javascript)"),
        ("file:///etc/passwd", "scheme must be http or https (got file)"),
        ("data:text/html;base64,PHNjcmlwdD4=", "scheme must be http or https (got data)"),
        ("ftp://x", "scheme must be http or https (got ftp)"),
        ("mailto:ana@example.com", "scheme must be http or https (got mailto)"),
        ("example.com/page", "scheme must be http or https (got none)"),
        ("//example.com/page", "scheme must be http or https (got none)"),
        ("http://", "no host"),
        ("https:///path-only", "no host"),
        ("https:example.com", "no host"),
        ("http://:80/", "no host"),
        ("http://exa mple.com/", "spaces or control characters"),
        ("http://example.com/a b", "spaces or control characters"),
        ("http://example.com/\x00", "spaces or control characters"),
        ("http://example.com/\ta", "spaces or control characters"),
        ("http://exam\nple.com/", "spaces or control characters"),
        ("http://example.com/\x7f", "spaces or control characters"),
        ("http://example.com:99999/", "bad port"),
        ("http://example.com:abc/", "bad port"),
        ("http://example.com:-1/", "bad port"),
        ("", "empty"),
        ("   ", "empty"),
    ],
)
def test_unsafe_or_malformed_urls_are_refused_naming_the_problem(url: str, problem: str) -> None:
    with pytest.raises(ValueError, match="URL") as caught:
        check_web_url(url)
    assert problem in str(caught.value)


def test_source_model_refuses_a_javascript_url_with_a_message_naming_the_field() -> None:
    with pytest.raises(ValidationError) as caught:
        Source(id="sabcd", url="javascript:alert(1)", stance=Stance.SUPPORTS)
    errors = caught.value.errors()
    assert [e["loc"] for e in errors] == [("url",)]
    assert "got javascript" in errors[0]["msg"]


def test_archive_url_and_article_url_are_checked_too() -> None:
    with pytest.raises(ValidationError, match="archive_url"):
        Source(id="s1", url="https://ok.example", stance="supports", archive_url="file:///x")
    with pytest.raises(ValidationError, match="url"):
        Article(id="a1", text="t", content_hash="h", url="data:,hello")
    assert Article(id="a1", text="t", content_hash="h", url=None).url is None


def test_assigning_a_bad_url_to_a_stored_source_is_refused() -> None:
    source = Source(id="s1", url="https://ok.example", stance="supports")
    with pytest.raises(ValidationError):
        source.url = "javascript:alert(1)"
    assert source.url == "https://ok.example"


# -- fixed vocabularies ----------------------------------------------------------------------------


def test_stance_and_status_come_from_fixed_sets() -> None:
    assert {s.value for s in Stance} == {"supports", "refutes", "mixed", "context"}
    assert {s.value for s in Status} == {
        "unverified",
        "in_progress",
        "verified",
        "partly_verified",
        "disputed",
        "false",
        "unverifiable",
    }
    assert set(VERDICTS) == {
        Status.VERIFIED,
        Status.PARTLY_VERIFIED,
        Status.DISPUTED,
        Status.FALSE,
        Status.UNVERIFIABLE,
    }
    assert not Status.UNVERIFIED.is_verdict and not Status.IN_PROGRESS.is_verdict
    assert Status.PARTLY_VERIFIED.label == "partly verified"


@pytest.mark.parametrize("stance", ["agrees", "SUPPORT", "", "true"])
def test_unknown_stance_is_refused(stance: str) -> None:
    with pytest.raises(ValidationError, match="stance"):
        Source(id="s1", url="https://ok.example", stance=stance)


@pytest.mark.parametrize("status", ["done", "true", "Verified ", "partly-verified"])
def test_unknown_status_is_refused(status: str) -> None:
    with pytest.raises(ValidationError, match="status"):
        Claim(id="c1", text="x", status=status)
    with pytest.raises(ValueError):
        Status(status)


def test_claim_status_assignment_is_validated() -> None:
    claim = Claim(id="c1", text="x")
    claim.status = "verified"  # type: ignore[assignment]
    assert claim.status is Status.VERIFIED
    with pytest.raises(ValidationError):
        claim.status = "approved"  # type: ignore[assignment]
    assert claim.status is Status.VERIFIED


def test_records_refuse_unknown_fields() -> None:
    with pytest.raises(ValidationError, match="stanse"):
        Source(id="s1", url="https://ok.example", stance="supports", stanse="refutes")


# -- dates -----------------------------------------------------------------------------------------


def test_parse_date_reads_iso_dates_and_keeps_the_date_of_a_timestamp() -> None:
    assert parse_date("2024-10-31") == date(2024, 10, 31)
    assert parse_date(" 2024-02-29 ") == date(2024, 2, 29)
    assert parse_date("2024-10-31T23:59:00+09:00") == date(2024, 10, 31)
    assert parse_date(date(2020, 1, 2)) == date(2020, 1, 2)
    assert parse_date(None) is None
    assert parse_date("  ") is None


@pytest.mark.parametrize("text", ["31/10/2024", "yesterday", "Oct 31, 2024"])
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError, match="is not YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-02-30"])
def test_parse_date_says_when_the_date_does_not_exist(text: str) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        parse_date(text)


@pytest.mark.parametrize("text", ["2024-10-311", "2024-10-31garbage"])
def test_parse_date_refuses_trailing_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_source_dates_are_dates_not_strings() -> None:
    source = Source(id="s1", url="https://ok.example", stance="supports", published="2024-10-31")
    assert source.published == date(2024, 10, 31)
    with pytest.raises(ValidationError, match="published"):
        Source(id="s1", url="https://ok.example", stance="supports", published="last week")


# -- spans -------------------------------------------------------------------------------------------


def test_span_must_not_end_before_it_starts() -> None:
    assert Span(start=3, end=3).end == 3
    assert Span(start=0, end=10).start == 0
    with pytest.raises(ValidationError, match="span end 2 is before its start 5"):
        Span(start=5, end=2)
    with pytest.raises(ValidationError, match="span end"):
        TextSpan(start=5, end=2, text="x")


def test_span_offsets_are_not_negative_and_spans_are_frozen() -> None:
    with pytest.raises(ValidationError):
        Span(start=-1, end=2)
    span = Span(start=1, end=2)
    with pytest.raises(ValidationError):
        span.end = 0  # type: ignore[misc]
    assert span == Span(start=1, end=2)


# -- tags ------------------------------------------------------------------------------------------


def test_tags_are_one_lower_case_word() -> None:
    claim = Claim(id="c1", text="x", tags=["Ukraine", "  troops "])
    assert claim.tags == ["ukraine", "troops"]


@pytest.mark.parametrize("tag", ["two words", "a,b", "", "   ", "tab\there", "new\nline"])
def test_tags_with_spaces_commas_or_nothing_are_refused(tag: str) -> None:
    with pytest.raises(ValidationError, match="one word without commas"):
        Claim(id="c1", text="x", tags=[tag])


def test_claim_sources_lookup_and_attributed_to() -> None:
    source = Source(id="sabcd", url="https://ok.example", stance="refutes")
    claim = Claim(id="c1", text="x", sources=[source])
    assert claim.source("sabcd") is source
    assert claim.source("szzzz") is None
    assert claim.attributed_to == []
