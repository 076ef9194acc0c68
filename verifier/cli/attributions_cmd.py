"""`verifier attribution`: correct who the article says a claim comes from.

Extraction is rules, not a reader: it can take a place for a person or miss a source. What it
found is what ClaimReview publishes as the claim's author, so a fact-checker must be able to fix
it: rename (and re-class) an attribution, remove one, or add one the article names. Each change is
recorded in the claim's history, undoable, and kept when a new version of the article is ingested.
"""

from __future__ import annotations

import click

from verifier.cli.common import AppContext, echo, pass_app, print_json, user_errors
from verifier.models import Claim, Sourcing

SOURCING = click.Choice([s.value for s in Sourcing])


def _listing(claim: Claim) -> str:
    lines = [f"claim {claim.id}: {len(claim.attributions)} attribution(s)"]
    for i, a in enumerate(claim.attributions):
        cue = f' ("{a.cue.text}")' if a.cue else ""
        written = f", written “{a.source.text}”" if a.source.text != a.name else ""
        lines.append(f"  [{i}] {a.name}{cue}: {a.sourcing.value.replace('_', ' ')}{written}")
    return "\n".join(lines)


def _done(claim: Claim, as_json: bool) -> None:
    if as_json:
        print_json([a.model_dump(mode="json") for a in claim.attributions])
    else:
        echo(_listing(claim))


@click.group("attribution")
def attribution_group() -> None:
    """List or correct who a claim is attributed to (numbers as `verifier show` lists them)."""


@attribution_group.command("list")
@click.argument("claim")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def attribution_list_command(app: AppContext, claim: str, as_json: bool) -> None:
    """The claim's attributions, numbered."""
    _done(app.desk.claim(claim), as_json)


@attribution_group.command("edit")
@click.argument("claim")
@click.argument("number", type=click.IntRange(min=0))
@click.option("--name", help='The readable name ("Bill de Blasio" for “the mayor”).')
@click.option("--sourcing", type=SOURCING, help="How the article sources it.")
@click.option("--json", "as_json", is_flag=True, help="Print the attributions as JSON.")
@pass_app
@user_errors
def attribution_edit_command(
    app: AppContext, claim: str, number: int, name: str | None, sourcing: str | None, as_json: bool
) -> None:
    """Correct an attribution's name or sourcing."""
    _done(app.desk.edit_attribution(claim, number, name=name, sourcing=sourcing), as_json)


@attribution_group.command("remove")
@click.argument("claim")
@click.argument("number", type=click.IntRange(min=0))
@click.option("--json", "as_json", is_flag=True, help="Print the attributions as JSON.")
@pass_app
@user_errors
def attribution_remove_command(app: AppContext, claim: str, number: int, as_json: bool) -> None:
    """Remove an attribution extraction got wrong."""
    _done(app.desk.remove_attribution(claim, number), as_json)


@attribution_group.command("add")
@click.argument("claim")
@click.argument("words")
@click.option("--sourcing", type=SOURCING, required=True, help="How the article sources it.")
@click.option("--name", help="The readable name, if not the words themselves.")
@click.option("--json", "as_json", is_flag=True, help="Print the attributions as JSON.")
@pass_app
@user_errors
def attribution_add_command(
    app: AppContext, claim: str, words: str, sourcing: str, name: str | None, as_json: bool
) -> None:
    """Attribute the claim to a source the article names (WORDS as written in the article)."""
    _done(app.desk.add_attribution(claim, words, sourcing, name=name), as_json)
