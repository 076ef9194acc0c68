"""Reading and creating claims: ``claims``, ``show``, ``history``, ``claim add``, ``claim edit``."""

from __future__ import annotations

import shutil
import sys
from typing import Any

import click

from verifier.cli.common import (
    AppContext,
    echo,
    one_line,
    pass_app,
    print_json,
    status_filter,
    status_options,
    user_errors,
)
from verifier.errors import NotFoundError
from verifier.history import author_column, describe_change, own_detail
from verifier.marks import GONE, RULE_NOT_MET, THIN, WEAK_SOURCING, verdict_mark
from verifier.models import Claim, ClaimKind, ClaimOrigin, Status
from verifier.service import ClaimFilter, Verifier
from verifier.workflow import MIXED_SIGN, REWORDED, earlier_wording

STATUS_CHOICE = click.Choice([s.value for s in Status])
KIND_CHOICE = click.Choice([k.value for k in ClaimKind])


def claim_json(desk: Verifier, claim: Claim) -> dict[str, Any]:
    data = claim.model_dump(mode="json")
    c = desk.corroboration(claim)
    data["corroboration"] = {
        "supporting": c.supporting,
        "refuting": c.refuting,
        "mixed": c.mixed,
        "context": c.context,
        "independent_supporting": c.independent_supporting,
        "independent_refuting": c.independent_refuting,
        "fewer_than_two_independent": c.thin,
        "verdict_rules_unmet": list(c.unmet),
    }
    return data


@click.command("claims")
@status_options
@click.option("--article", help="Only claims from this article (id or prefix).")
@click.option("--tag", help="Only claims with this tag.")
@click.option("--assignee", help="Only claims assigned to this person.")
@click.option("--kind", type=KIND_CHOICE, help="Only claims of this kind.")
@click.option("--search", "text", help="Free text in claim, attributions or sources.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def claims_command(
    app: AppContext,
    statuses: tuple[str, ...],
    verdicts: bool,
    article: str | None,
    tag: str | None,
    assignee: str | None,
    kind: str | None,
    text: str | None,
    as_json: bool,
) -> None:
    """List claims, most check-worthy first."""
    desk = app.desk
    where = ClaimFilter(
        statuses=status_filter(statuses, verdicts),
        article=desk.resolve_article(article) if article else None,
        tag=tag,
        assignee=assignee,
        kind=ClaimKind(kind) if kind else None,
        text=text,
    )
    claims = sorted(desk.claims(where), key=lambda c: (-c.score, c.article_id or "", c.start or 0))
    if as_json:
        print_json([claim_json(desk, c) for c in claims])
        return
    if not claims:
        echo(
            "no claims"
            + (" match" if where != ClaimFilter() else " yet: run `verifier ingest FILE`")
        )
        return
    width = max(20, shutil.get_terminal_size((120, 24)).columns - 45)
    for_a_person = sys.stdout.isatty()
    evidence = {claim.id: desk.corroboration(claim) for claim in claims}
    column = 1 + max(5, *(len(c.summary) for c in evidence.values()))  # then the marks
    if for_a_person:
        echo(f"{'id':<8} {'status':<15} {'cw':>4} {'+/-':<{column}}   claim")
    marks_used: set[str] = set()
    for claim in claims:
        c = evidence[claim.id]
        flag = verdict_mark(unmet=bool(c.unmet), thin=c.thin)
        mark = (flag.symbol if flag else " ") + (" " if claim.in_article else GONE.symbol)
        marks_used.update(mark.replace(" ", ""))
        echo(
            f"{claim.id:<8} {claim.status.value:<15} {claim.score:4.2f} {c.summary:<{column}}"
            f"{mark} {one_line(claim.text, width)}"
        )
    if for_a_person:
        legend = {
            RULE_NOT_MET.symbol: RULE_NOT_MET.legend() + " — `verifier show` says which",
            THIN.symbol: THIN.legend(),
            GONE.symbol: GONE.legend(),
        }
        counted = "+/- supporting/refuting sources"
        if any(c.mixed for c in evidence.values()):
            counted = f"+/-/{MIXED_SIGN} supporting/refuting/mixed sources"
        notes = ["cw check-worthiness", counted]
        notes += [text for key, text in legend.items() if key in marks_used]
        echo("  ·  ".join(notes), err=True)


def render_claim(desk: Verifier, claim: Claim) -> str:
    c = desk.corroboration(claim)
    lines = [
        f"claim {claim.id}  [{claim.status.label}]  {claim.kind.value}, score {claim.score:.2f}"
    ]
    lines.append(f"  {claim.text}")
    if claim.article_id:
        where = f" at characters {claim.start}-{claim.end}" if claim.start is not None else ""
        lines.append(
            f"  article {claim.article_id}{where}"
            + ("" if claim.in_article else " (no longer in the article)")
        )
    if claim.verdict_note:
        lines.append(f"  verdict note: {claim.verdict_note}")
    if claim.quantities:
        lines.append("  quantities: " + ", ".join(q.text for q in claim.quantities))
    if claim.attributions:
        lines.append("attributed to:")
        for i, a in enumerate(claim.attributions):
            cue = f' ("{a.cue.text}")' if a.cue else ""
            weak = f"  {WEAK_SOURCING.symbol} weak sourcing" if a.is_weak else ""
            lines.append(f"  [{i}] {a.name}{cue}: {a.sourcing.value.replace('_', ' ')}{weak}")
    lines.append(
        f"sources: {c.supporting} supporting, {c.refuting} refuting, {c.mixed} mixed, {c.context} context; "
        f"independent: {c.independent_supporting} supporting, {c.independent_refuting} refuting"
        + (f"  {THIN.legend()}" if c.thin else "")
    )
    rules = [reason for reason in c.unmet if reason != REWORDED]
    if rules:
        lines.append(
            f"  {RULE_NOT_MET.symbol} the {claim.status.label} verdict does not meet its rule: "
            f"{'; '.join(rules)}"
        )
    wording = earlier_wording(claim) if REWORDED in c.unmet else None
    if wording is not None:
        lines.append(
            f"  {RULE_NOT_MET.symbol} the {claim.status.label} verdict was given to an earlier "
            f"wording: “{one_line(wording, 200)}”; set it again to confirm it for this one "
            f"(`verifier status {claim.id} {claim.status.value}`)"
        )
    for s in claim.sources:
        meta = ", ".join(
            x
            for x in (s.publisher, s.published.isoformat() if s.published else None, s.kind.value)
            if x
        )
        lines.append(f"  {s.id} {s.stance.value:<8} {s.title or s.url}  ({meta})")
        lines.append(f"        {s.url}")
        if s.derived_from:
            lines.append(f"        derived from {s.derived_from}")
        if s.excerpt:
            lines.append(f'        "{one_line(s.excerpt, 100)}"')
    if claim.tags:
        lines.append("tags: " + ", ".join(claim.tags))
    if claim.assignee:
        lines.append(f"assigned to: {claim.assignee}")
    for note in claim.notes:
        lines.append(f"note ({note.by}, {note.at:%Y-%m-%d %H:%M}): {note.text}")
    lines.append("history:")
    lines.extend("  " + line for line in history_lines(claim))
    return "\n".join(lines)


def history_lines(claim: Claim) -> list[str]:
    out = []
    for e in claim.history:
        text = describe_change(e, detailed=True, history=claim.history)
        forced = " [forced]" if e.forced and e.action != "status" else ""
        # why it was forced (the phrase already says who made a change that came by import)
        reason = own_detail(e) if e.forced else ""
        why = f" — {reason}" if reason else ""
        out.append(f"{e.at:%Y-%m-%d %H:%M:%S} UTC  {author_column(e.by)} {text}{forced}{why}")
    return out


def existing_claim(app: AppContext, ref: str) -> Claim:
    """The claim ``ref`` names; for one that was removed, the error says so (by whom, when, from
    which article) and how to put it back."""
    try:
        return app.desk.claim(ref)
    except NotFoundError:
        removed = app.desk.removal_note(ref)
        if removed is None:
            raise
        claim_id, note = removed
        raise NotFoundError(f"{note}; `verifier undo {claim_id}` puts it back") from None


@click.command("show")
@click.argument("claim")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def show_command(app: AppContext, claim: str, as_json: bool) -> None:
    """One claim with attributions, sources, corroboration and history."""
    record = existing_claim(app, claim)
    if as_json:
        print_json(claim_json(app.desk, record))
    else:
        echo(render_claim(app.desk, record))


@click.command("history")
@click.argument("claim")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def history_command(app: AppContext, claim: str, as_json: bool) -> None:
    """Every change to a claim: who, when, what, from, to."""
    record = existing_claim(app, claim)
    if as_json:
        print_json([e.model_dump(mode="json") for e in record.history])
    else:
        echo("\n".join(history_lines(record)))


@click.group("claim")
def claim_group() -> None:
    """Create, edit or remove a claim by hand."""


@claim_group.command("add")
@click.option("--article", help="The article it comes from (id or prefix).")
@click.option(
    "--kind",
    type=KIND_CHOICE,
    help="statistic, event, quote, statement or prediction (else detected).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the claim as JSON.")
@click.argument("text")
@pass_app
@user_errors
def claim_add_command(
    app: AppContext, article: str | None, kind: str | None, text: str, as_json: bool
) -> None:
    """Add a claim typed by hand (words copied from the article get its attributions and numbers)."""
    from verifier.ingest import add_claim_by_hand

    record, created = add_claim_by_hand(app.desk, text, article, ClaimKind(kind) if kind else None)
    if as_json:
        print_json(claim_json(app.desk, record))
    else:
        echo(f"{'added' if created else 'already there:'} claim {record.id}")


@claim_group.command("edit")
@click.argument("claim")
@click.argument("text")
@pass_app
@user_errors
def claim_edit_command(app: AppContext, claim: str, text: str) -> None:
    """Correct a claim's text (the old text stays in its history)."""
    record = app.desk.edit_text(claim, text)
    echo(f"claim {record.id} text updated")
    if record.start is None and record.article_id is not None:
        echo(
            "note: the new wording is not in the article, so the claim no longer quotes it",
            err=True,
        )
    if record.status.is_verdict and REWORDED in app.desk.corroboration(record).unmet:
        echo(
            f"warning: claim {record.id} is {record.status.label} for its earlier wording: the "
            f"verdict is flagged {RULE_NOT_MET.symbol} until you set it again "
            f"(`verifier status {record.id} {record.status.value}`)",
            err=True,
        )


@claim_group.command("remove")
@click.argument("claim")
@pass_app
@user_errors
def claim_remove_command(app: AppContext, claim: str) -> None:
    """Remove a claim added by hand or promoted by mistake (refused if work on it would be lost,
    and for a claim extraction found). Its article's history keeps it: `verifier undo` puts it back."""
    record = app.desk.remove_claim(claim)
    echo(f"claim {record.id}: removed ({removed_what(record)}: “{one_line(record.text, 60)}”)")
    if record.article_id is not None:
        echo(f"`verifier undo {record.id}` puts it back", err=True)


def removed_what(claim: Claim) -> str:
    return "promoted" if claim.origin is ClaimOrigin.PROMOTED else "added by hand"
