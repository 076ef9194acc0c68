"""``export`` (reports and interchange formats) and ``import`` (merge a JSON export back).

Both are thin: :func:`verifier.reports.export_claims` and :func:`verifier.reports.merge_bytes`
do the work, the same functions the TUI calls.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import TextIO, cast

import click

from verifier.cli.common import (
    AppContext,
    echo,
    fail,
    pass_app,
    print_json,
    status_filter,
    status_options,
    status_scope,
    user_errors,
)
from verifier.printable import printable
from verifier.reports import FORMATS, export_claims, format_for_path, merge_bytes
from verifier.reports.interchange import Prefer
from verifier.service import ClaimFilter


@click.command("export")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    help="md, html, csv, json or claimreview (default: from the -o file name).",
)
@status_options
@click.option("--article", help="Only claims from this article (id or prefix).")
@click.option("--tag", help="Only claims with this tag.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output). A file is replaced only once the export "
    "is complete; a symbolic link is followed (its target is replaced, the link kept); a named "
    "pipe or a terminal is written to as a stream.",
)
@click.option(
    "--sources", is_flag=True, help="csv: one row per corroborating source instead of per claim."
)
@click.option("--org", help="claimreview: the publishing organisation (overrides the config).")
@click.option(
    "--url-template",
    help="claimreview: the fact-check url, {id} standing for the claim id (overrides the config).",
)
@click.option("--title", help="md/html: the report's title.")
@pass_app
@user_errors
def export_command(
    app: AppContext,
    fmt: str | None,
    statuses: tuple[str, ...],
    verdicts: bool,
    article: str | None,
    tag: str | None,
    output: Path | None,
    sources: bool,
    org: str | None,
    url_template: str | None,
    title: str | None,
) -> None:
    """Export claims as a verification report (md, html), a spreadsheet (csv), the database's
    records (json, for `verifier import`) or schema.org ClaimReview markup (claimreview).

    The filters narrow which claims are exported (--status may be repeated: claims with any of
    those statuses; --verdicts: every claim with a verdict, e.g. for an editor's report). Counts
    and warnings go to standard error.
    """
    if fmt is None:
        fmt = format_for_path(output) if output is not None else None
        if fmt is None:
            raise click.UsageError(
                f"give --format ({', '.join(FORMATS)}) or an -o file ending in one"
            )
    if sources and fmt != "csv":
        raise click.UsageError("--sources applies only to --format csv")
    if (org is not None or url_template is not None) and fmt != "claimreview":
        raise click.UsageError("--org and --url-template apply only to --format claimreview")
    wanted = status_filter(statuses, verdicts)
    desk = app.desk
    where = ClaimFilter(
        statuses=wanted, article=desk.resolve_article(article) if article else None, tag=tag
    )
    claims = desk.claims(where)
    scope = " · ".join(
        f"{name}: {value}"
        for name, value in (
            ("status", status_scope(wanted, verdicts)),
            ("article", where.article),
            ("tag", tag),
        )
        if value
    )
    # a report printed to a terminal shows an article's control characters; a file or a pipe
    # gets the text exactly as stored
    screen = _ScreenStream(sys.stdout) if output is None and sys.stdout.isatty() else None
    try:
        result = export_claims(
            desk,
            claims,
            fmt,
            output,
            stream=cast(TextIO, screen),
            title=title,
            scope=scope or None,
            sources=sources,
            org=org,
            url_template=url_template,
            articles=(
                desk.articles()
                if fmt == "json" and where == ClaimFilter() and wanted is None
                else None
            ),
        )
    except BrokenPipeError:  # the reader stopped early (`| head`): not an error worth a line
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    for warning in result.warnings:
        echo(f"warning: {warning}", err=True)
    echo(result.summary(), err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "--prefer",
    type=click.Choice(["theirs", "ours"]),
    help="Decide fields changed to different values on both sides: the file's (theirs) or the "
    "database's (ours). Changes that combine are merged either way.",
)
@click.option("--dry-run", is_flag=True, help="Report what would happen; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_app
@user_errors
def import_command(
    app: AppContext, file: Path, prefer: str | None, dry_run: bool, as_json: bool
) -> None:
    """Merge a JSON export (from `verifier export --format json`) into the database.

    New records are added, identical ones skipped, newer ones updated. A claim changed on both
    sides is merged: both sides' sources, tags and notes are kept, and what only one side changed
    is taken from it. Fields changed to different values on both sides (the verdict, a source
    edited differently, ...) are reported as conflicts: then nothing is written unless --prefer
    decides them. The summary says what was merged; the history records it.
    """
    if str(file) == "-":
        raw, origin = sys.stdin.buffer.read(), "standard input"
    else:
        raw, origin = file.read_bytes(), str(file)
    report = merge_bytes(
        app.desk,
        raw,
        prefer=cast("Prefer | None", prefer),
        dry_run=dry_run,
        origin=origin,
    )
    if as_json:
        print_json(report.as_json())
    else:
        for line in report.lines():
            echo(line)
        if dry_run:
            echo("dry run: nothing written")
    unresolved = report.unresolved
    if unresolved:
        fail(
            f"{len(unresolved)} record{'s' if len(unresolved) != 1 else ''} changed differently here "
            f"and in {origin}; nothing imported: rerun with --prefer theirs or --prefer ours"
        )


class _ScreenStream(io.TextIOBase):
    """Standard output for a person: text written through ``printable``."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.target.write(printable(text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()
