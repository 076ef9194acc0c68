"""``verifier extract``: JSON lines, table, --lines, errors and exit codes; no database touched."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import SEED, RunCli


def test_jsonl_on_the_sample_article(run_cli: RunCli, db_path: Path) -> None:
    result = run_cli("extract", "--format", "jsonl", str(SEED))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    text = SEED.read_text(encoding="utf-8-sig")
    assert len(records) > 20
    for r in records:
        assert {
            "path",
            "start",
            "end",
            "text",
            "score",
            "claim",
            "kind",
            "quantities",
            "attributions",
        } <= r.keys()
        assert r["path"] == str(SEED)
        assert text[r["start"] : r["end"]] == r["text"]
        assert 0.0 <= r["score"] <= 1.0
        for a in r["attributions"]:
            assert {"source", "name", "cue", "content", "sourcing"} <= a.keys()
            assert {"start", "end", "text"} <= a["source"].keys()
            assert a["cue"] is None or {"start", "end", "text"} <= a["cue"].keys()
            assert a["content"] is None or {"start", "end"} <= a["content"].keys()
    (stat,) = [r for r in records if "over 10,000" in r["text"]]
    assert stat["claim"] is True and stat["kind"] == "statistic"
    assert stat["quantities"][0]["hedge"] == "over" and stat["quantities"][0]["value"] == 10000
    headings = [r for r in records if r["text"] == "Strategic Calculations in Seoul"]
    assert headings and headings[0]["claim"] is False
    assert not db_path.exists()  # extract never opens the database


def test_lines_mode_and_threshold(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "claims.txt"
    path.write_text("\ufeffCrime rose 5%. Then it fell.\n\nWalls Work\n", encoding="utf-8")
    result = run_cli("extract", "--lines", "--format", "jsonl", "--threshold", "0", str(path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["start"], r["text"], r["claim"]) for r in records] == [
        (0, "Crime rose 5%. Then it fell.", True),
        (30, "Walls Work", True),
    ]


def test_table_format(run_cli: RunCli) -> None:
    result = run_cli("extract", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "claims" in result.stdout.splitlines()[0]
    assert "(heading)" in result.stdout
    assert "statistic" in result.stdout


def test_errors(run_cli: RunCli, tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"GIF89a\x00\x01")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9 au lait.".encode("latin-1"))
    good = tmp_path / "good.txt"
    good.write_text("Unemployment fell to 3.5% in 2019.", encoding="utf-8")

    result = run_cli(
        "extract",
        "--format",
        "jsonl",
        str(tmp_path / "missing.txt"),
        str(binary),
        str(latin),
        str(good),
    )
    assert result.returncode == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    # The same one-line refusals as `verifier ingest` (extract reads through its reader).
    assert "no such file" in errors[0]
    assert "GIF image, not an article" in errors[1]
    assert "not UTF-8" in errors[2]
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the good file is still extracted

    assert run_cli("extract", "--threshold", "2", str(good)).returncode == 2
    assert run_cli("extract", "--format", "xml", str(good)).returncode == 2
    assert run_cli("extract").returncode == 2


PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Troops dispatched to Kursk, officials say</title>
<meta name="author" content="Jane Reporter">
<meta name="description" content="Officials estimate 11,000 troops were sent.">
<script>var tracker = "<b>not text</b>";</script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Troops dispatched to Kursk, officials say</h1>
<p>The U.S. Department of Defense estimates that around 11,000 North Korean troops were sent
to the Kursk region in October.</p>
<p>A source familiar with the matter said that 40 soldiers had been killed in the first week of
fighting.</p>
<p>Unemployment in the region rose to 7.5% in 2023, according to the regional statistics
office.</p>
</article>
<footer>&copy; 2026 Example News. <a href="/privacy">Privacy</a></footer>
</body>
</html>
"""


def test_html_is_read_as_ingest_reads_it(run_cli: RunCli, tmp_path: Path) -> None:
    """An HTML page is reduced to its main text, so no markup becomes a sentence or a claim."""
    from verifier.ingest import read_file

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    result = run_cli("extract", "--format", "jsonl", "--threshold", "0", str(page))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # threshold 0: every sentence a claim, but the <h1> headline, which is a heading
    headline, *body = records
    assert headline["text"] == "Troops dispatched to Kursk, officials say"
    assert headline["skip_reason"] == "heading" and not headline["claim"]
    assert body and all(r["claim"] for r in body)
    for r in records:
        assert "<" not in r["text"] and "meta" not in r["text"], r["text"]
    text = read_file(page).text  # offsets are into the text ingest stores
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert any("11,000 North Korean troops" in r["text"] for r in records)
    killed = next(r for r in records if "40 soldiers" in r["text"])
    (att,) = killed["attributions"]
    assert att["source"]["text"] == "A source familiar with the matter"

    table = run_cli("extract", str(page))
    assert table.returncode == 0, table.stderr
    assert "<" not in table.stdout


def test_table_shows_control_characters_and_stays_aligned(run_cli: RunCli, tmp_path: Path) -> None:
    """Control characters read as in `verifier show` (ESC as ␛); tabs, Unicode line separators and
    invisible formatting characters become spaces, so every row is one line, columns aligned."""
    path = tmp_path / "esc.txt"
    path.write_text(
        "The ministry said that \x1b[31m500 tanks\x1b[0m were lost in May.\n\n"
        "Officials said that 20\x07 people\tdied in the attack on Monday.\n\n"
        "The mayor said\u200b the budget rose by \u202e12 percent\u2029 in 2023.\n\n"
        "A \x85 report by Reuters said 3,000 homes were destroyed.\n",
        encoding="utf-8",
    )
    table = run_cli("extract", str(path))
    assert table.returncode == 0, table.stderr
    jsonl = run_cli("extract", "--format", "jsonl", str(path))
    sentences = [json.loads(line)["text"] for line in jsonl.stdout.split("\n") if line]
    header, *rows = table.stdout.split("\n")[1:-1]
    assert len(rows) == len(sentences)  # no sentence spilled onto a second line
    column = header.index("text")
    for row, text in zip(rows, sentences, strict=True):
        assert all(c.isprintable() for c in row), repr(row)
        assert row[column - 1] == " " and row[column] != " "  # the text column starts in line
        assert len(row[column:]) == min(len(text), 90)  # one column per character
    assert "␛[31m500 tanks␛[0m" in rows[0] and "20␇ people died" in rows[1]
    assert any("12 percent" in row and "\u202e" not in row for row in rows)
    assert "A � report" in rows[-1]
