"""Moving claims through the workflow: ``status``, ``note``, ``tag``, ``untag``, ``assign``, ``undo``."""

from __future__ import annotations

import click

from verifier import ids
from verifier.cli.claims_cmd import STATUS_CHOICE
from verifier.cli.common import AppContext, echo, fail, one_line, pass_app, user_errors
from verifier.service import creation_undone, undone_words


@click.command("status")
@click.argument("claims", nargs=-1, required=True)
@click.argument("status", type=STATUS_CHOICE, metavar="STATUS")
@click.option("--note", help="The verdict note (why this verdict).")
@click.option("--force", is_flag=True, help="Override the verdict rules (recorded in the history).")
@pass_app
@user_errors
def status_command(
    app: AppContext, claims: tuple[str, ...], status: str, note: str | None, force: bool
) -> None:
    """Set the status of one or more claims: CLAIM... STATUS.

    STATUS: unverified, in_progress, verified, partly_verified, disputed, false or unverifiable.
    """
    if len(claims) == 1:
        record = app.desk.set_status(claims[0], status, note, force=force)
        last = record.history[-1].change if record.history else None
        forced = any(e.forced for e in record.history if e.change == last)
        confirmed = any(e.action == "verdict_confirmed" for e in record.history if e.change == last)
        echo(
            f"claim {record.id}: {record.status.label}"
            + (" (confirmed for the new wording)" if confirmed else "")
            + (" (forced)" if forced else "")
        )
        return
    done, refused = app.desk.set_status_many(claims, status, note, force=force)
    for record in done:
        echo(f"claim {record.id}: {record.status.label}")
    for ref, why in refused.items():
        echo(f"error: claim {ref}: {why}", err=True)
    if refused:
        raise SystemExit(1)


@click.command("note")
@click.argument("claim")
@click.argument("text")
@pass_app
@user_errors
def note_command(app: AppContext, claim: str, text: str) -> None:
    """Add a working note to a claim."""
    record = app.desk.add_note(claim, text)
    echo(f"claim {record.id}: note added ({len(record.notes)} in all)")


@click.command("tag")
@click.argument("claim")
@click.argument("tags", nargs=-1, required=True)
@pass_app
@user_errors
def tag_command(app: AppContext, claim: str, tags: tuple[str, ...]) -> None:
    """Tag a claim (one word per tag)."""
    record = app.desk.tag(claim, *tags)
    echo(f"claim {record.id}: tags {', '.join(record.tags)}")


@click.command("untag")
@click.argument("claim")
@click.argument("tags", nargs=-1, required=True)
@pass_app
@user_errors
def untag_command(app: AppContext, claim: str, tags: tuple[str, ...]) -> None:
    """Remove tags from a claim."""
    record = app.desk.untag(claim, *tags)
    echo(f"claim {record.id}: tags {', '.join(record.tags) or '(none)'}")


@click.command("assign")
@click.argument("claim")
@click.argument("person", required=False)
@click.option("--clear", is_flag=True, help="Unassign the claim.")
@pass_app
@user_errors
def assign_command(app: AppContext, claim: str, person: str | None, clear: bool) -> None:
    """Assign a claim to a person (or --clear)."""
    if not person and not clear:
        fail("give a PERSON, or --clear to unassign", code=2)
    record = app.desk.assign(claim, None if clear else person)
    echo(f"claim {record.id}: assigned to {record.assignee or 'nobody'}")


@click.command("undo")
@click.argument("claim")
@pass_app
@user_errors
def undo_command(app: AppContext, claim: str) -> None:
    """Undo the last change to a claim (the undo is recorded too).

    The last change to a claim added by hand or promoted is its creation: undoing it removes the
    claim (recorded in its article's history), and undoing that puts it back."""
    desk = app.desk
    existing = desk.repo.claims.ids()
    # a claim removed (recorded in its article's history) is still a claim to undo: its removal
    target = ids.resolve("claim", claim, sorted({*existing, *desk.removed_claims()}))
    if target not in existing:
        record = desk.restore_claim(target)
        echo(f"claim {record.id}: put back (its removal undone)")
        return
    undone = desk.undo_change(target)
    record = undone.claim
    if undone.removed:
        what = creation_undone(record)
        again = " again" if what == "the put-back" else ""
        echo(f"claim {record.id}: removed{again} (undid {what}: “{one_line(record.text, 60)}”)")
        if record.article_id is not None:
            echo(f"`verifier undo {record.id}` puts it back", err=True)
        return
    echo(f"claim {record.id}: {record.history[-1].detail}")


@click.command("redo")
@click.argument("claim")
@pass_app
@user_errors
def redo_command(app: AppContext, claim: str) -> None:
    """Do again what the last undo on a claim took back (recorded as a change of its own).

    Several undos in a row are redone in turn, latest first; a change made since the undo ends
    what can be redone."""
    record = app.desk.redo(claim)
    redone = [e for e in record.history if e.change == record.history[-1].change]
    echo(f"claim {record.id}: redid {undone_words(redone)}")  # worded as undo words it
