"""Articles: ``articles`` lists them, ``article show`` prints one, ``article edit`` corrects one."""

from __future__ import annotations

import click

from verifier.cli.common import AppContext, echo, fail, pass_app, print_json, user_errors
from verifier.history import author_column, describe_change


@click.command("articles")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (without the article text).")
@pass_app
@user_errors
def articles_command(app: AppContext, as_json: bool) -> None:
    """List the ingested articles with their claim counts."""
    desk = app.desk
    articles = desk.articles()
    counts: dict[str | None, int] = {}
    for claim in desk.claims():
        counts[claim.article_id] = counts.get(claim.article_id, 0) + 1
    if as_json:
        print_json(
            [
                {
                    **a.model_dump(mode="json", exclude={"text", "sentences"}),
                    "claims": counts.get(a.id, 0),
                }
                for a in articles
            ]
        )
        return
    if not articles:
        echo("no articles yet: run `verifier ingest FILE|URL`")
        return
    for a in articles:
        title = a.title or a.origin or "(untitled)"
        published = a.published.isoformat() if a.published else "undated   "
        n = counts.get(a.id, 0)
        echo(f"{a.id:<8} {n:>4} {'claim ' if n == 1 else 'claims'}  {published}  {title}")


@click.group("article")
def article_group() -> None:
    """Look at one article, correct its details, or remove one ingested by mistake."""


@article_group.command("show")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def article_show_command(app: AppContext, article: str, as_json: bool) -> None:
    """An article's metadata and text."""
    record = app.desk.article(article)
    if as_json:
        print_json(record.model_dump(mode="json"))
        return
    # a new version is stored with its own ingest time; the first is in the history
    first = next((e.at for e in record.history if e.action == "ingested"), record.ingested_at)
    ingested = f"{first:%Y-%m-%d %H:%M}"
    if f"{record.ingested_at:%Y-%m-%d %H:%M}" != ingested:
        ingested += f" (this version {record.ingested_at:%Y-%m-%d %H:%M})"
    for label, value in (
        ("id", record.id),
        ("title", record.title),
        ("publisher", record.publisher),
        ("author", record.author),
        ("published", record.published),
        ("url", record.url),
        ("read from", record.origin),
        ("ingested", ingested),
        ("sentences", len(record.sentences)),
    ):
        if value not in (None, ""):
            echo(f"{label + ':':<11} {value}")
    if record.history:
        echo("history:")
        for e in record.history:
            echo(
                f"  {e.at:%Y-%m-%d %H:%M:%S} UTC  {author_column(e.by)} {describe_change(e, detailed=True)}"
            )
    echo("")
    echo(record.text)


@article_group.command("edit")
@click.argument("article")
@click.option("--title", help='Title ("" empties it).')
@click.option("--publisher", help="Publisher.")
@click.option("--url", help="The article's URL (http/https).")
@click.option("--published", help="Publication date, YYYY-MM-DD.")
@click.option("--author", help="Author.")
@pass_app
@user_errors
def article_edit_command(app: AppContext, article: str, **fields: str | None) -> None:
    """Correct an article's details (what reports and ClaimReview publish about it)."""
    given = {k: v for k, v in fields.items() if v is not None}
    if not given:
        fail("nothing to change: give --title, --publisher, --url, --published or --author", code=2)
    record, changed = app.desk.edit_article(article, **given)
    if changed:
        echo(f"article {record.id}: updated {', '.join(changed)}")
    else:
        echo(f"article {record.id}: nothing changed")


@article_group.command("remove")
@click.argument("article")
@pass_app
@user_errors
def article_remove_command(app: AppContext, article: str) -> None:
    """Remove an article ingested by mistake, with its claims (refused if any claim has work on it)."""
    record, count = app.desk.remove_article(article)
    echo(f"article {record.id} removed with its {count} claim(s)")


@article_group.command("undo")
@click.argument("article")
@pass_app
@user_errors
def article_undo_command(app: AppContext, article: str) -> None:
    """Undo the latest correction of an article's details (recorded too)."""
    record, fields = app.desk.undo_article_edit(article)
    echo(f"article {record.id}: restored {', '.join(fields)}")
