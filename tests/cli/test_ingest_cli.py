"""``verifier ingest``: input that is not an article is refused in one line and the database is
left exactly as it was (or not created); a good article goes in once."""

from __future__ import annotations

import importlib
import json
import subprocess
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.conftest import SEED, RunCli, make_desk
from verifier.errors import NothingToUndoError
from verifier.ingest import IngestError, decode, ingest, read_file, read_input
from verifier.models import Status

extract = getattr(importlib.import_module("verifier.extract"), "extract", None)
needs_extract = pytest.mark.skipif(
    extract is None, reason="the extraction pipeline (verifier.extract.extract) has not landed yet"
)

HTML = """<!DOCTYPE html>
<html><head><title>Seoul Weighs Arms For Kyiv</title>
<meta name="author" content="Jane Reporter">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-10-31">
</head><body><nav>Home | World | Sport</nav>
<article><h1>Seoul Weighs Arms For Kyiv</h1>
<p>South Korea said on Thursday it may supply weapons to Ukraine, according to officials in Seoul.</p>
<p>The Defense Ministry estimates that more than 10,000 North Korean troops have moved to Russia.</p>
<p>Analysts say the deployment marks a major escalation in the war, which began in February 2022.</p>
</article><footer>Copyright Example News</footer></body></html>
"""


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), lines[0]
    return lines[0]


def bad_input(tmp_path: Path, kind: str) -> tuple[str, str]:
    """(what to pass to ingest, a phrase the error line must contain)."""
    path = tmp_path / f"{kind}.txt"
    if kind == "missing":
        return str(tmp_path / "no-such-article.txt"), "no such file"
    if kind == "directory":
        (tmp_path / "folder").mkdir()
        return str(tmp_path / "folder"), "is a directory"
    if kind == "empty":
        path.write_bytes(b"")
        return str(path), "empty"
    if kind == "whitespace":
        path.write_bytes(b" \n\t\n")
        return str(path), "empty"
    if kind == "binary":
        path.write_bytes(b"Some text\x00\x00\x01\x02 and then binary\x00")
        return str(path), "binary data (NUL bytes)"
    if kind == "pdf":
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
        return str(path), "PDF"
    if kind == "latin1":
        path.write_bytes("café au lait\n".encode("latin-1"))
        return str(path), "not UTF-8 text (undecodable byte 0xe9 at offset 3)"
    if kind == "huge":
        with path.open("wb") as handle:  # sparse: instant, and no 11 MB written to disk
            handle.truncate(11 * 1024 * 1024)
        return str(path), "larger than 10 MB"
    if kind == "nav-page":  # an HTML page whose body is only navigation: no article in it
        page = tmp_path / "nav.html"
        page.write_text(
            '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>\n',
            encoding="utf-8",
        )
        return str(page), "no article text found"
    if kind == "javascript":
        return "javascript:alert(1)", "only http and https URLs"
    if kind == "file-url":
        return "file:///etc/passwd", "only http and https URLs"
    if kind == "unreachable":
        return "http://127.0.0.1:9/", "cannot reach it"
    raise AssertionError(kind)


BAD_KINDS = [
    "missing",
    "directory",
    "empty",
    "whitespace",
    "binary",
    "pdf",
    "latin1",
    "huge",
    "nav-page",
    "javascript",
    "file-url",
    "unreachable",
]


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_bad_input_is_one_line_exit_1_and_the_database_is_untouched(
    run_cli: RunCli, db_path: Path, tmp_path: Path, kind: str
) -> None:
    desk = make_desk(db_path)
    desk.add_article("An article already in the database.\n")
    before = db_path.read_bytes()
    spec, phrase = bad_input(tmp_path, kind)
    done = run_cli("ingest", "--quiet", spec, timeout=60)
    assert done.returncode == 1, (done.stdout, done.stderr)
    line = one_error_line(done)
    assert phrase in line
    assert spec in line  # names what was refused
    assert done.stdout == ""
    assert db_path.read_bytes() == before
    assert len(make_desk(db_path).articles()) == 1


def test_a_failed_ingest_does_not_create_the_database(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    spec, _ = bad_input(tmp_path, "missing")
    done = run_cli("ingest", spec)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert errors == [f"error: {spec}: no such file"]
    assert not db_path.exists()


def test_a_bad_url_override_is_refused_before_anything_is_written(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A short article.\nIt says 10,000 troops moved.\n", encoding="utf-8")
    done = run_cli("ingest", "-q", str(article), "--url", "javascript:alert(1)")
    assert done.returncode == 1
    assert "got javascript" in one_error_line(done)
    assert not db_path.exists()


# -- reading, in process (the same checks, without the cost of a subprocess) -------------------------


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        (b"", "the file is empty"),
        (b" \n\t\r\n", "the file is empty"),
        (b"%PDF-1.7\n", "a PDF file"),
        (b"PK\x03\x04rest-of-zip", "a ZIP/Office file"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"text\x00more", "binary data (NUL bytes)"),
        (
            "naïve caf\u00e9\n".encode("latin-1"),
            "not UTF-8 text (undecodable byte 0xef at offset 2)",
        ),
        (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0e" * 20, "mostly control characters"),
    ],
)
def test_decode_refuses_what_is_not_text(raw: bytes, phrase: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode(raw, "in.txt")
    message = str(caught.value)
    assert message.startswith("in.txt: ") and phrase in message and "\n" not in message


def test_decode_keeps_the_text_exactly_but_drops_a_byte_order_mark() -> None:
    text = "  Line one,\r\n“quoted”\tand tabbed  \n\n"
    assert decode(text.encode("utf-8"), "x") == text
    assert decode(b"\xef\xbb\xbf" + text.encode("utf-8"), "x") == text
    assert decode(text.encode("utf-16"), "x") == text  # with its BOM


@pytest.mark.parametrize(
    "spec",
    [
        "file:///etc/passwd",
        "ftp://example.com/a.txt",
        "data:text/plain,hello",
        "JavaScript:alert(1)",
    ],
)
def test_only_http_and_https_urls_are_fetched(spec: str) -> None:
    with pytest.raises(IngestError, match="only http and https URLs can be fetched"):
        read_input(spec)


def test_html_metadata_is_detected_when_reading(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    doc = read_file(page)
    assert doc.meta.title == "Seoul Weighs Arms For Kyiv"
    assert doc.meta.author == "Jane Reporter"
    assert doc.meta.publisher == "Example News"
    assert doc.meta.published == "2024-10-31"
    assert "10,000 North Korean troops" in doc.text
    assert "<p>" not in doc.text and "Home | World" not in doc.text and "Copyright" not in doc.text
    assert doc.origin == str(page.resolve())


@needs_extract
def test_ingest_the_seed_then_again_changes_nothing(run_cli: RunCli, db_path: Path) -> None:
    first = run_cli("ingest", "-q", str(SEED))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("article a") and " claims from " in first.stdout
    desk = make_desk(db_path)
    [article] = desk.articles()
    assert article.text == SEED.read_text(encoding="utf-8")
    assert article.origin == str(SEED.resolve())
    claims = desk.claims()
    assert claims, "the seed article has check-worthy claims"
    assert all(c.article_id == article.id for c in claims)
    assert all(article.text[c.start : c.end] == c.text for c in claims)
    before = db_path.read_bytes()

    again = run_cli("ingest", "--json", str(SEED))
    assert again.returncode == 0, again.stderr
    [result] = json.loads(again.stdout)
    assert result["article"] == article.id
    assert result["created"] is False and result["unchanged"] is True
    assert result["claims_added"] == 0
    assert "already ingested" in result["message"]
    assert db_path.read_bytes() == before


@needs_extract
def test_ingest_html_records_its_metadata(run_cli: RunCli, db_path: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    done = run_cli("ingest", "-q", str(page))
    assert done.returncode == 0, done.stderr
    [article] = make_desk(db_path).articles()
    assert article.title == "Seoul Weighs Arms For Kyiv"
    assert article.author == "Jane Reporter"
    assert article.publisher == "Example News"
    assert article.published is not None and article.published.isoformat() == "2024-10-31"
    assert "<article>" not in article.text


@needs_extract
def test_one_bad_input_among_good_ones(run_cli: RunCli, db_path: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    done = run_cli("ingest", "-q", missing, str(SEED))
    assert done.returncode == 1
    assert one_error_line(done) == f"error: {missing}: no such file"
    assert len(make_desk(db_path).articles()) == 1


@needs_extract
def test_ingest_from_standard_input(run_cli: RunCli, db_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    done = run_cli("ingest", "-q", "--title", "From a pipe", "-", stdin=text)
    assert done.returncode == 0, done.stderr
    [article] = make_desk(db_path).articles()
    assert article.text == text and article.origin == "<stdin>" and article.title == "From a pipe"


def test_empty_standard_input_is_refused(run_cli: RunCli, db_path: Path) -> None:
    done = run_cli("ingest", "-q", "-", stdin="")
    assert done.returncode == 1
    assert one_error_line(done) == "error: standard input: the file is empty"
    assert not db_path.exists()


@needs_extract
def test_undo_still_works_after_a_new_version_drops_the_claim(
    db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    text = SEED.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    desk = make_desk(db_path)
    ingest(desk, str(article))
    victim = max(desk.claims(), key=lambda c: c.score)
    desk.set_status(victim.id, "in_progress")
    article.write_text(text.replace(victim.text, ""), encoding="utf-8")
    result = ingest(desk, str(article))
    assert result.claims_dropped >= 1 and not desk.claim(victim.id).in_article
    for _ in range(3):
        try:
            desk.undo(victim.id)
        except NothingToUndoError:
            break
    assert desk.claim(victim.id).status is Status.UNVERIFIED


# -- URLs, served from this machine (no network) ----------------------------------------------------


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/article.html":
            body = HTML.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(b"not really fifty megabytes")
        elif self.path == "/binary":
            body = b"\x00\x01\x02binary" * 10
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, format: str, *args: object) -> None:  # keep the test output quiet
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    ("path", "phrase"),
    [
        ("/missing", "the server answered 404"),
        ("/huge", "larger than 10 MB"),
        ("/binary", "binary data (NUL bytes)"),
    ],
)
def test_a_url_that_is_not_an_article_is_refused(
    run_cli: RunCli, db_path: Path, web: str, path: str, phrase: str
) -> None:
    done = run_cli("ingest", "-q", web + path)
    assert done.returncode == 1
    line = one_error_line(done)
    assert line.startswith(f"error: {web}{path}: ") and phrase in line
    assert not db_path.exists()


@needs_extract
def test_ingest_a_url_records_where_it_came_from(run_cli: RunCli, db_path: Path, web: str) -> None:
    done = run_cli("ingest", "-q", f"{web}/article.html")
    assert done.returncode == 0, done.stderr
    [article] = make_desk(db_path).articles()
    assert article.url == f"{web}/article.html"
    assert article.title == "Seoul Weighs Arms For Kyiv"
    assert "10,000 North Korean troops" in article.text


@needs_extract
def test_a_corrected_claim_keeps_its_place_when_the_article_is_updated(
    db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    text = SEED.read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    desk = make_desk(db_path)
    ingest(desk, str(article))
    claim = next(c for c in desk.claims() if "over 10,000" in c.text)
    desk.edit_text(claim.id, claim.text.replace("over 10,000", "more than 10,000"))
    desk.set_status(claim.id, "in_progress")
    article.write_text(text + "\nEditor's note: a paragraph added on Friday.\n", encoding="utf-8")
    ingest(desk, str(article))
    assert desk.claim(claim.id).in_article
    assert [c.id for c in desk.claims() if c.text == claim.text] == []


@needs_extract
@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("crlf", lambda t: t.replace("\n", "\r\n").encode("utf-8")),
        ("bom", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
        ("nbsp", lambda t: t.replace(" ", "\u00a0", 40).encode("utf-8")),
    ],
)
def test_spans_point_into_the_text_exactly_as_read(
    db_path: Path, tmp_path: Path, name: str, encode: Callable[[str], bytes]
) -> None:
    raw = encode(SEED.read_text(encoding="utf-8"))
    path = tmp_path / f"{name}.txt"
    path.write_bytes(raw)
    desk = make_desk(db_path)
    ingest(desk, str(path))
    [article] = desk.articles()
    assert article.text == raw.decode("utf-8-sig")  # only a leading BOM is dropped
    claims = desk.claims()
    assert claims
    for claim in claims:
        assert article.text[claim.start : claim.end] == claim.text
        for attribution in claim.attributions:
            span = attribution.source
            assert article.text[span.start : span.end] == span.text
    for sentence in article.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(article.text)


# -- what an article's own lines say about it ----------------------------------------------------

WIRE = """Fed Holds Rates Steady as Unemployment Climbs

By Margaret L. Okafor

WASHINGTON (Wire) - The Federal Reserve left its benchmark rate unchanged at 4.5% on Wednesday.

Employers added just 62,000 jobs in February, the Bureau of Labor Statistics said on Friday.

(Reporting by Margaret L. Okafor; Editing by Susan P. Hart)

(This story has been corrected to show the unemployment rate was 4.5%, not 4.6%.)
"""

LEDGER = """<!DOCTYPE html><html><head>
<title>Study links ultra-processed food to 12% higher risk of diabetes | The Daily Ledger</title>
<meta name="author" content="Priya K. Raman">
<link rel="canonical" href="https://dailyledger.example/health/ultra-processed">
</head><body><article>
<h1>Study links ultra-processed food to 12% higher risk of diabetes</h1>
<p>People who eat the most ultra-processed food have a 12% higher risk of type 2 diabetes, a study of 311,892 adults found.</p>
<h2>Industry pushes back</h2>
<p>The Food and Drink Federation said the study "cannot show cause and effect" and that 40% of shoppers were confused.</p>
</article></body></html>
"""


@needs_extract
def test_ingest_takes_the_author_from_a_text_articles_byline(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    done = run_cli("ingest", "-q", str(article))
    assert done.returncode == 0, done.stderr
    shown = run_cli("article", "show", make_desk(db_path).articles()[0].id)
    assert "author:     Margaret L. Okafor" in shown.stdout
    texts = [c.text for c in make_desk(db_path).claims()]
    assert any("62,000 jobs" in t for t in texts)
    assert not any(t.startswith(("(Reporting by", "(This story has been corrected")) for t in texts)

    given = tmp_path / "given.txt"
    given.write_text(WIRE.replace("Wednesday", "Tuesday"), encoding="utf-8")
    done = run_cli("ingest", "-q", "--author", "Desk Editor", str(given))
    assert done.returncode == 0, done.stderr
    assert {a.author for a in make_desk(db_path).articles()} == {
        "Margaret L. Okafor",
        "Desk Editor",
    }


def test_extract_shows_why_credit_lines_and_corrections_are_not_claims(
    run_cli: RunCli, tmp_path: Path
) -> None:
    article = tmp_path / "wire.txt"
    article.write_text(WIRE, encoding="utf-8")
    done = run_cli("extract", "--format", "jsonl", str(article))
    assert done.returncode == 0, done.stderr
    reasons = {
        r["text"][:20]: (r["claim"], r["skip_reason"])
        for r in map(json.loads, done.stdout.splitlines())
    }
    assert reasons["By Margaret L. Okafo"] == (False, "byline")
    assert reasons["(Reporting by Margar"] == (False, "credit line")
    assert reasons["(This story has been"] == (False, "correction notice")


@needs_extract
def test_ingest_html_keeps_initials_names_the_site_and_skips_headings(
    run_cli: RunCli, db_path: Path, tmp_path: Path
) -> None:
    page = tmp_path / "ledger.html"
    page.write_text(LEDGER, encoding="utf-8")
    done = run_cli("ingest", "-q", str(page))
    assert done.returncode == 0, done.stderr
    [article] = make_desk(db_path).articles()
    assert article.author == "Priya K. Raman"
    assert article.publisher == "The Daily Ledger"
    assert article.title == "Study links ultra-processed food to 12% higher risk of diabetes"
    texts = [c.text for c in make_desk(db_path).claims()]
    assert any("311,892 adults" in t for t in texts)
    assert not any(t.startswith(("Study links", "Industry pushes back")) for t in texts)


@needs_extract
def test_ingest_of_the_sample_article_gives_the_title_the_demo_shows(
    run_cli: RunCli, db_path: Path
) -> None:
    from verifier.ingest import SEED_TITLE

    done = run_cli("ingest", "-q", str(SEED))
    assert done.returncode == 0, done.stderr
    [article] = make_desk(db_path).articles()
    assert (
        article.title == SEED_TITLE == "Russia warns South Korea against arms supplies to Ukraine"
    )
