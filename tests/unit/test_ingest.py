"""Ingest: reading strictly, storing text exactly, idempotence, and new versions that keep work."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verifier.config import Config
from verifier.ingest import (
    ArticleMeta,
    IngestError,
    decode,
    ingest,
    ingest_file,
    promote_sentence,
    read_input,
    seed_path,
)
from verifier.models import ClaimOrigin, Status
from verifier.service import Verifier

SEED = seed_path()


@pytest.fixture
def desk(tmp_path: Path) -> Verifier:
    return Verifier(tmp_path / "claims.json", config=Config(user="ana"))


def test_seed_article_is_found_and_ingested_with_spans_into_the_exact_text(desk: Verifier) -> None:
    result = ingest_file(desk, SEED)
    assert result.created and result.claims_added >= 5
    article = desk.article(result.article.id)
    assert article.text == SEED.read_text(encoding="utf-8")  # stored exactly as read
    for claim in desk.claims():
        assert article.text[claim.start : claim.end] == claim.text
    assert len(article.sentences) > result.claims_added  # every sentence is kept, with its score


def test_the_same_text_again_changes_nothing(desk: Verifier) -> None:
    ingest_file(desk, SEED)
    before = desk.path.read_bytes()
    again = ingest_file(desk, SEED)
    assert again.unchanged and not again.created
    assert "already ingested" in again.message
    assert desk.path.read_bytes() == before


def test_a_new_version_keeps_the_work_on_unchanged_claims(desk: Verifier, tmp_path: Path) -> None:
    article_file = tmp_path / "article.txt"
    original = SEED.read_text(encoding="utf-8")
    article_file.write_text(original, encoding="utf-8")
    first = ingest_file(desk, article_file)
    troops = next(c for c in desk.claims() if "around 11,000" in c.text)
    desk.add_source(troops.id, "https://www.defense.gov/briefing", "supports")
    desk.set_status(troops.id, "verified", "DoD briefing")
    dropped = next(c for c in desk.claims() if "over 10,000" in c.text)
    desk.add_note(dropped.id, "checking with Seoul")

    # the new version drops one claim's sentence and prepends a paragraph (every offset moves)
    sentence_start = original.index("Reports from multiple sources")
    sentence_end = original.index("Ukrainian and U.S. intelligence")
    changed = (
        "UPDATE: this article was revised.\n" + original[:sentence_start] + original[sentence_end:]
    )
    article_file.write_text(changed, encoding="utf-8")
    second = ingest_file(desk, article_file)

    assert second.article.id == first.article.id and not second.created
    assert second.claims_kept >= 1 and second.claims_dropped == 1
    article = desk.article(first.article.id)
    assert article.text == changed
    kept = desk.claim(troops.id)
    assert kept.status is Status.VERIFIED and kept.verdict_note == "DoD briefing"
    assert len(kept.sources) == 1
    assert article.text[kept.start : kept.end] == kept.text  # span follows the new text
    gone = desk.claim(dropped.id)
    assert not gone.in_article and gone.notes  # kept with its work, marked as gone
    assert gone.history[-1].action == "left_article"


def test_html_goes_through_trafilatura_with_metadata(desk: Verifier, tmp_path: Path) -> None:
    body = " ".join(
        f"The ministry said that {n * 1000} soldiers were deployed to the border region in October."
        for n in range(1, 6)
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<!doctype html><html><head><title>Troops massed at border</title>"
        '<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Daily Example">'
        '<meta property="article:published_time" content="2024-11-05">'
        f"</head><body><nav>Home | World</nav><article><h1>Troops massed at border</h1><p>{body}</p>"
        "</article><footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    result = ingest_file(desk, page)
    article = result.article
    assert article.title == "Troops massed at border"
    assert article.author == "Jane Doe"
    assert str(article.published) == "2024-11-05"
    assert "<p>" not in article.text and "Copyright" not in article.text
    assert "5000 soldiers" in article.text


def test_overrides_beat_detected_metadata(desk: Verifier) -> None:
    result = ingest(
        desk,
        str(SEED),
        ArticleMeta(
            title="Russia warns Seoul",
            publisher="Example Wire",
            url="https://example.org/a",
            published="2024-11-02",
        ),
    )
    assert result.article.title == "Russia warns Seoul"
    assert result.article.publisher == "Example Wire"
    assert result.article.url == "https://example.org/a"


def test_standard_input(desk: Verifier) -> None:
    text = "The council said on Monday that 4,000 homes were flooded in March.\n"
    result = ingest(desk, "-", stdin=io.BytesIO(text.encode()))
    assert result.article.text == text and result.article.origin == "<stdin>"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"text\x00with\x00nuls", "binary"),
        (b"caf\xe9 au lait\n", "not UTF-8"),
    ],
)
def test_bad_bytes_are_refused_with_the_reason(raw: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        decode(raw, "input.txt")


def test_utf8_bom_and_utf16_are_decoded() -> None:
    assert decode("\ufeffHello.".encode(), "x") == "Hello."
    assert decode("Hello, world.".encode("utf-16"), "x") == "Hello, world."


def test_bad_inputs_leave_the_database_untouched(desk: Verifier, tmp_path: Path) -> None:
    ingest_file(desk, SEED)
    before = desk.path.read_bytes()
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing it
    for spec, message in (
        (str(tmp_path / "missing.txt"), "no such file"),
        (str(tmp_path), "directory"),
        (str(big), "larger than"),
        ("javascript:alert(1)", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("http://127.0.0.1:9/article", "cannot reach"),
    ):
        with pytest.raises(IngestError, match=message):
            ingest(desk, spec)
    assert desk.path.read_bytes() == before


def test_read_input_refuses_a_url_without_host() -> None:
    with pytest.raises(IngestError, match="no host"):
        read_input("https:///nothing")


def test_promote_a_sentence_the_extractor_passed_over(desk: Verifier) -> None:
    result = ingest_file(desk, SEED)
    article = desk.article(result.article.id)
    claimed = {(c.start, c.end) for c in desk.claims()}
    passed_over = next(
        s
        for s in article.sentences
        if (s.start, s.end) not in claimed and len(article.sentence_text(s)) > 40
    )
    claim = promote_sentence(desk, article.id, passed_over.start, passed_over.end)
    assert claim.origin is ClaimOrigin.PROMOTED
    assert article.text[claim.start : claim.end] == claim.text
    with pytest.raises(Exception, match="already claim"):
        promote_sentence(desk, article.id, passed_over.start, passed_over.end)


def test_a_redirect_away_from_http_is_refused(desk: Verifier) -> None:
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/secret.txt")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(IngestError, match="not an http"):
            ingest(desk, f"http://127.0.0.1:{server.server_port}/article")
    finally:
        server.shutdown()
    assert not desk.path.exists()


def test_a_text_file_without_a_title_line_is_named_after_the_file(
    desk: Verifier, tmp_path: Path
) -> None:
    # the sample article itself gets its known headline (SEED_TITLE), as `verifier demo` shows it
    body = SEED.read_text(encoding="utf-8").replace("Russia has issued", "Moscow has issued", 1)
    path = tmp_path / "russia-warns-south-korea.txt"
    path.write_text(body, encoding="utf-8")
    assert ingest_file(desk, path).article.title == "Russia warns south korea"


def test_a_claim_typed_from_the_article_gets_what_extraction_finds(desk: Verifier) -> None:
    from verifier.ingest import add_claim_by_hand

    article = ingest_file(desk, SEED).article
    words = "around 11,000 North Korean troops are stationed in the Kursk region"
    claim, created = add_claim_by_hand(desk, words, article.id)
    assert created and article.text[claim.start : claim.end] == words
    assert [a.name for a in claim.attributions] == ["U.S. Department of Defense"]
    assert [(q.hedge, q.value) for q in claim.quantities] == [("around", 11000)]
    assert claim.kind.value == "statistic" and claim.score > 0
    own, _ = add_claim_by_hand(desk, "Seoul will send arms by spring.", article.id)
    assert own.attributions == [] and own.start is None  # not the article's words
