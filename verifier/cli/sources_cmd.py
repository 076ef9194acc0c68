"""Corroborating sources: ``source add``, ``source edit``, ``source remove``."""

from __future__ import annotations

from typing import Any

import click

from verifier.cli.common import AppContext, echo, fail, pass_app, print_json, user_errors
from verifier.models import Claim, SourceKind, Stance
from verifier.workflow import corroborate

STANCE_CHOICE = click.Choice([s.value for s in Stance])
KIND_CHOICE = click.Choice([k.value for k in SourceKind])

# What ``source edit --clear`` empties: a source's optional fields, spelled as their options
# (``--archive-url``, ``--traces``), each with the field it is in the service and the model.
CLEARABLE = {
    "title": "title",
    "publisher": "publisher",
    "author": "author",
    "published": "published",
    "accessed": "accessed",
    "archive-url": "archive_url",
    "excerpt": "excerpt",
    "note": "note",
    "traces": "traces_attribution",
    "derived-from": "derived_from",
}
# Fields a source always has: ``--clear`` refuses them with the reason, in one line.
NOT_CLEARABLE = {
    "url": "url is required: change it with --url, or drop the source with `verifier source remove`",
    "stance": "stance is required: change it with --stance",
    "kind": "kind always has a value: give --kind other if it fits no kind",
}


class ClearableField(click.Choice):
    """A choice of ``CLEARABLE``; also takes model spellings (``archive_url``) and explains a refusal."""

    def __init__(self) -> None:
        super().__init__(list(CLEARABLE))

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        name = str(value).strip().lower().replace("_", "-")
        name = {"traces-attribution": "traces"}.get(name, name)
        if name in NOT_CLEARABLE:
            self.fail(NOT_CLEARABLE[name], param, ctx)
        return super().convert(name, param, ctx)


def source_options(required_stance: bool):  # type: ignore[no-untyped-def]
    def decorate(func):  # type: ignore[no-untyped-def]
        options = [
            click.option(
                "--stance",
                type=STANCE_CHOICE,
                required=required_stance,
                help="supports, refutes, mixed or context.",
            ),
            click.option("--title"),
            click.option("--publisher"),
            click.option("--author"),
            click.option("--published", help="Publication date, YYYY-MM-DD."),
            click.option("--accessed", help="When you read it, YYYY-MM-DD."),
            click.option("--archive-url", help="An archived copy (http/https)."),
            click.option("--kind", type=KIND_CHOICE, help="What kind of source it is."),
            click.option("--excerpt", help="The passage that bears on the claim."),
            click.option("--note"),
            click.option(
                "--traces",
                "traces_attribution",
                type=int,
                help="Index of the attribution it traces to its origin.",
            ),
            click.option(
                "--derived-from", help="Id of another source of this claim it derives from."
            ),
            click.option("--json", "as_json", is_flag=True, help="Print the source as JSON."),
        ]
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


@click.group("source")
def source_group() -> None:
    """Add, edit or remove a claim's corroborating sources."""


@source_group.command("add")
@click.argument("claim")
@click.argument("url")
@source_options(required_stance=True)
@pass_app
@user_errors
def source_add_command(
    app: AppContext, claim: str, url: str, stance: str, as_json: bool, **fields: Any
) -> None:
    """Attach a source (http/https URL) to a claim, with its stance."""
    record, source = app.desk.add_source(claim, url, stance, **fields)
    if as_json:
        print_json(source.model_dump(mode="json"))
    else:
        echo(f"claim {record.id}: source {source.id} added ({source.stance.value})")


@source_group.command("edit")
@click.argument("claim")
@click.argument("source")
@click.option("--url")
@source_options(required_stance=False)
@click.option(
    "--clear",
    "cleared",
    type=ClearableField(),
    multiple=True,
    help="Empty an optional field of the source (repeatable).",
)
@pass_app
@user_errors
def source_edit_command(
    app: AppContext, claim: str, source: str, as_json: bool, cleared: tuple[str, ...], **fields: Any
) -> None:
    """Change fields of a source (only the options given); --clear empties optional ones."""
    changes = {k: v for k, v in fields.items() if v is not None}
    for name in dict.fromkeys(cleared):
        field = CLEARABLE[name]
        if field in changes:
            fail(f"--{name} and --clear {name} contradict each other: give one of them", code=2)
        changes[field] = None  # the service empties a field changed to None
    record, edited = app.desk.edit_source(claim, source, **changes)
    if as_json:
        print_json(edited.model_dump(mode="json"))
    else:
        echo(f"claim {record.id}: source {edited.id} updated")
    warn_if_verdict_broken(record)


@source_group.command("remove")
@click.argument("claim")
@click.argument("source")
@pass_app
@user_errors
def source_remove_command(app: AppContext, claim: str, source: str) -> None:
    """Remove a source from a claim (it stays in the history)."""
    record = app.desk.remove_source(claim, source)
    echo(f"claim {record.id}: source removed ({len(record.sources)} left)")
    warn_if_verdict_broken(record)


def warn_if_verdict_broken(claim: Claim) -> None:
    """A verdict must not quietly outlive the evidence it rests on."""
    unmet = corroborate(claim).unmet
    if unmet:
        echo(
            f"warning: claim {claim.id} is still {claim.status.label} but {'; '.join(unmet)}: "
            f"set its status again (verifier status {claim.id} …)",
            err=True,
        )
