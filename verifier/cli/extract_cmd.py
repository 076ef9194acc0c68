"""``verifier extract``: run claim extraction over files and print every sentence, no database.

For trying the extractor on an article before ingesting it, for scripts (``--format jsonl``, one
JSON object per sentence) and for eyeballing (``--format table``). Works on its own
(``python -m verifier.cli.extract_cmd``) as well as under the ``verifier`` group, which registers
:data:`extract_command`.

Files are read exactly as ``verifier ingest`` reads them (:func:`verifier.ingest.read_file`), so
the text extracted is the article text ingest would store: an HTML page is reduced to its main
text by trafilatura (markup, scripts and ``<meta>`` tags never reach the extractor), anything else
is decoded as UTF-8 with a leading byte-order mark dropped. Offsets are into that text. Input
ingest refuses (missing, binary, not UTF-8, empty, no article text in the page) is refused with
one line on stderr; the other files are still processed and the exit code is 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
import orjson

from verifier.cli.common import echo
from verifier.extract.types import ExtractedSentence
from verifier.printable import cell


def read_text(path: Path) -> str:
    """The article text ingest would store for this file (the main text of an HTML page).

    Raises :class:`verifier.ingest.IngestError` with a one-line message for input it refuses.
    """
    from verifier.ingest import read_file  # loads only when a command runs

    return read_file(path).text


def sentence_record(path: str, s: ExtractedSentence) -> dict[str, Any]:
    """The JSON object printed for one sentence."""
    return {
        "path": path,
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "score": round(s.score, 4),
        "claim": s.claim,
        "kind": s.kind.value,
        "skip_reason": s.skip_reason,
        "quantities": [q.model_dump(mode="json") for q in s.quantities],
        "mentions": [m.model_dump(mode="json") for m in s.mentions],
        "attributions": [a.model_dump(mode="json") for a in s.attributions],
    }


def print_table(path: str, sentences: list[ExtractedSentence]) -> None:
    """A readable aligned table: span, score, claim marker, kind, attribution, text."""
    claims = sum(1 for s in sentences if s.claim)
    echo(f"{path}: {len(sentences)} sentences, {claims} claims")
    echo(f"{'start':>6} {'end':>6} {'score':>5}   {'kind':<19} {'source':<22} text")
    for s in sentences:
        mark = "*" if s.claim else " "
        kind = s.kind.value if s.claim else f"({s.skip_reason})"
        source = ", ".join(dict.fromkeys(a.name for a in s.attributions))
        echo(
            f"{s.start:>6} {s.end:>6} {s.score:5.2f} {mark} {cell(kind, 19):<19} "
            f"{cell(source, 22):<22} {cell(s.text, 90)}"
        )


@click.command(name="extract")
@click.option(
    "--lines",
    is_flag=True,
    help="Each line of the article text is one sentence (no segmentation).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="table",
    show_default=True,
    help="jsonl: one JSON object per sentence, offsets into the article text as ingest stores "
    "it (for HTML, the extracted main text); table: aligned columns.",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0.0, 1.0),
    default=None,
    help="Check-worthiness at or above which a sentence is a claim (default: built in).",
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def extract_command(
    lines: bool, fmt: str, threshold: float | None, paths: tuple[Path, ...]
) -> None:
    """Extract the claims in article files and print every sentence (touches no database).

    Files are read as `verifier ingest` reads them: offsets (start, end) refer to the article
    text as ingest stores it; for an HTML page that is its extracted main text, not the markup.
    """
    from verifier.extract import extract  # loads the model only when there is work
    from verifier.ingest import IngestError

    failed = False
    for path in paths:
        try:
            text = read_text(path)
        except IngestError as exc:
            echo(f"error: {exc}", err=True)
            failed = True
            continue
        sentences = extract(text, lines=lines, threshold=threshold).sentences
        if fmt == "jsonl":
            out = sys.stdout.buffer
            for s in sentences:
                out.write(orjson.dumps(sentence_record(str(path), s)) + b"\n")
            out.flush()
        else:
            print_table(str(path), sentences)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    extract_command()
