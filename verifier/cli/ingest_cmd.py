"""``verifier ingest PATH|URL|-``: read articles and record their claims."""

from __future__ import annotations

import sys

import click

from verifier.cli.common import AppContext, echo, fail, pass_app, print_json, user_errors
from verifier.errors import VerifierError
from verifier.ingest import ArticleMeta, IngestResult, ingest


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL|-...")
@click.option("--title", help="Title (overrides what was detected).")
@click.option("--publisher", help="Publisher.")
@click.option("--url", help="The article's URL (http/https).")
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--author", help="Author.")
@click.option(
    "--version-of",
    "version_of",
    metavar="ARTICLE",
    help="This input is a new version of that article (when its URL or file does not say so).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON result per input.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@pass_app
@user_errors
def ingest_command(
    app: AppContext,
    inputs: tuple[str, ...],
    title: str | None,
    publisher: str | None,
    url: str | None,
    published: str | None,
    author: str | None,
    version_of: str | None,
    as_json: bool,
    quiet: bool,
) -> None:
    """Ingest articles (text, Markdown or HTML files, http(s) URLs, or - for standard input).

    The same text again changes nothing; a new version of an article keeps the work done on
    claims whose text is unchanged. A failed input leaves the database as it was.
    """
    if inputs.count("-") > 1:
        fail("standard input (-) can be given only once", code=2)
    if len(inputs) > 1 and (title or url or version_of):
        fail("--title, --url and --version-of describe one article: give a single input", code=2)
    overrides = ArticleMeta(
        title=title, publisher=publisher, url=url, author=author, published=published
    )
    desk = app.desk
    results: list[IngestResult] = []
    failures = 0
    # progress is for a person watching a terminal; scripts and pipes get results and errors only
    show_progress = not quiet and not as_json and sys.stderr.isatty()
    for number, spec in enumerate(inputs, 1):
        counter = f"[{number}/{len(inputs)}] " if len(inputs) > 1 else ""

        def progress(message: str, fraction: float, counter: str = counter) -> None:
            if show_progress and fraction < 1.0:
                echo(f"{counter}{message}…", err=True)

        try:
            result = ingest(desk, spec, overrides, progress, version_of=version_of)
        except VerifierError as exc:
            failures += 1
            echo(f"error: {exc}", err=True)
            continue
        results.append(result)
        if not as_json:
            echo(result.message)
    if as_json:
        print_json(
            [
                {
                    "article": r.article.id,
                    "origin": r.article.origin,
                    "created": r.created,
                    "unchanged": r.unchanged,
                    "claims_added": r.claims_added,
                    "claims_kept": r.claims_kept,
                    "claims_dropped": r.claims_dropped,
                    "dropped_verdicts": [
                        {"claim": i, "status": st} for i, st in r.dropped_verdicts
                    ],
                    "message": r.message,
                }
                for r in results
            ]
        )
    if failures:
        raise SystemExit(1)
