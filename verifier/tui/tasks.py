"""The work behind each action, run in worker threads: call the desk, return a message.

Nothing here touches a widget. Every function turns the core's typed errors into an
:class:`~verifier.tui.messages.ActionFailed` carrying their one-line text.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import orjson
from textual.message import Message

from store import StoreError
from verifier.errors import ChangedSinceError, VerifierError, WorkflowRefusedError
from verifier.history import original_author
from verifier.models import Article, Claim, HistoryEntry, Status
from verifier.service import VERDICT_FIELDS, Verifier, creation_undone, last_change
from verifier.tui.messages import (
    ActionFailed,
    ArticleChanged,
    ClaimChanged,
    ClaimRemoved,
    ClaimsChanged,
    ClaimsLoaded,
    ClaimsUndone,
    ExportFinished,
    IngestFinished,
    LoadFailed,
    StatusConflict,
    StatusRefused,
)
from verifier.tui.view import Snapshot, SortKey

Progress = Callable[[str, float], None]
T = TypeVar("T")
Revision = tuple[object, object]  # the file's revision before and after a desk call


def saved(desk: Verifier, call: Callable[[], T]) -> tuple[T, Revision] | ActionFailed:
    """One desk call that writes: its result and the revisions around it, or why it failed."""
    try:
        before = desk.revision()
        result = call()
        after = desk.revision()
    except (VerifierError, StoreError) as exc:
        return ActionFailed(str(exc))
    except OSError as exc:
        return ActionFailed(f"could not save: {exc}")
    return result, (before, after)


def load(desk: Verifier, sort: SortKey) -> Message:
    """Every claim and article as rows, or why the file does not read.

    Whatever fails is answered with LoadFailed: an exception left to the worker would be
    swallowed (``exit_on_error=False``) and the screen would show an empty table, as if all the
    work were gone. The core's typed errors carry the one line the CLI prints.
    """
    revision: object = None
    try:
        revision = desk.revision()
        claims = desk.claims()
        articles = desk.articles()
        return ClaimsLoaded(Snapshot.build(claims, articles, sort, revision))
    except (VerifierError, StoreError, OSError, ValueError) as exc:
        return LoadFailed(str(exc), revision)
    except Exception as exc:  # a bug or an error nobody typed: still said, never an empty table
        return LoadFailed(f"{desk.path}: {type(exc).__name__}: {exc}", revision)


def change(
    desk: Verifier,
    call: Callable[[], Claim],
    done: Callable[[Claim], str],
    *,
    undoable: bool = True,
) -> Message:
    """One desk call that changes one claim.

    Undoable only when the call recorded a change of ours: a call that changed nothing (a tag the
    claim already has) must not put the claim's earlier change on the undo list, where ``u``
    would revert that instead.
    """
    outcome = saved(desk, call)
    if isinstance(outcome, ActionFailed):
        return outcome
    claim, (before, after) = outcome
    latest = last_change(claim)
    wrote = before != after  # nothing saved: the call changed nothing
    ours = wrote and any(e.change == latest and e.by == desk.user for e in claim.history)
    return ClaimChanged(claim, done(claim), undoable and ours, revision=(before, after))


def edit_article(desk: Verifier, article_id: str, fields: dict[str, str]) -> Message:
    """Correct an article's details ("" clears a field)."""
    outcome = saved(desk, lambda: desk.edit_article(article_id, **fields))
    if isinstance(outcome, ActionFailed):
        return outcome
    (article, changed), revision = outcome
    return ArticleChanged(article, changed, revision=revision)


def undo_article_edit(desk: Verifier, article_id: str, ours: HistoryEntry) -> Message:
    """Undo our correction of an article's details (``ours``: the entry it wrote), restoring the
    fields it changed. The desk refuses when the article's latest change is not a correction (a
    new version was ingested since); a later correction by someone else is not ours to revert."""

    def call() -> tuple[Article, list[str]]:
        # History only grows, so our entry's place is fixed; the desk checks, under its lock,
        # that it is still the correction to undo.
        history = desk.article(article_id).history
        position = next(
            (
                i
                for i, e in enumerate(history)
                if (e.action, e.at, e.by) == (ours.action, ours.at, ours.by)
            ),
            None,
        )
        if position is None:
            raise ChangedSinceError(
                f"article {article_id}: that correction is no longer in its history; "
                "nothing was undone"
            )
        return desk.undo_article_edit(article_id, position=position)

    outcome = saved(desk, call)
    if isinstance(outcome, ActionFailed):
        return outcome
    (article, restored), revision = outcome
    return ArticleChanged(article, restored, revision=revision, undone=True)


def undo(desk: Verifier, claim_id: str, change_number: int) -> Message:
    """Undo our change, but only if it is still the claim's latest (the desk checks, under the
    lock). Change 0 is the claim's creation (a promotion, a claim added by hand): undoing it
    removes the claim, which its article's history keeps."""
    outcome = saved(desk, lambda: desk.undo_change(claim_id, change=change_number))
    if isinstance(outcome, ActionFailed):
        return outcome
    undone, revision = outcome
    claim = undone.claim
    if undone.removed:
        what = creation_undone(claim)
        again = " again" if what == "the put-back" else ""
        return ClaimRemoved(claim, f"{claim.id}: removed{again} (undid {what})", revision=revision)
    last = claim.history[-1]
    done = f"{claim.id}: {last.detail or 'undone'} (shift+u redoes it)"
    return ClaimChanged(claim, done, undoable=False, revision=revision, undo=last.change)


def redo(desk: Verifier, claim_id: str, undo_number: int) -> Message:
    """Redo what our undo ``undo_number`` took back, only while nobody changed the claim since
    (the desk checks, under the lock)."""
    outcome = saved(desk, lambda: desk.redo(claim_id, undo_number))
    if isinstance(outcome, ActionFailed):
        return outcome
    claim, revision = outcome
    return ClaimChanged(claim, f"{claim.id}: redone", revision=revision, redone=True)


def undo_many(desk: Verifier, changes: dict[str, int]) -> Message:
    """Undo one action that changed several claims (a status set on the marked claims) as one."""
    outcome = saved(desk, lambda: desk.undo_many(changes))
    if isinstance(outcome, ActionFailed):
        return outcome
    (done, refused), revision = outcome
    for claim_id, why in refused.items():
        if isinstance(why, ChangedSinceError):
            refused[claim_id] = ChangedSinceError(changed_since(desk, claim_id) or str(why))
    return ClaimsUndone([u.claim for u in done], refused, revision=revision)


def changed_since(desk: Verifier, claim_id: str) -> str | None:
    """Why a claim was left as it is by an undo: "bob changed it since (undo would revert their
    change)"; None if that cannot be told."""
    try:
        claim = desk.claim(claim_id)
    except VerifierError:
        return None
    latest = last_change(claim)
    entry = next((e for e in reversed(claim.history) if e.change == latest), None)
    if not latest or entry is None:
        return None
    return f"{original_author(entry)} changed it since (undo would revert their change)"


def remove_claim(desk: Verifier, claim_id: str) -> Message:
    """Remove a claim added by hand or promoted (the desk refuses one with work on it)."""
    outcome = saved(desk, lambda: desk.remove_claim(claim_id))
    if isinstance(outcome, ActionFailed):
        return outcome
    claim, revision = outcome
    kept = claim.article_id is not None  # its article's history keeps it: u puts it back
    done = f"{claim.id}: removed" + (" (u puts it back)" if kept else "")
    return ClaimRemoved(claim, done, undoable=kept, revision=revision)


def restore_claim(desk: Verifier, claim_id: str) -> Message:
    """Put back a claim removed in this session."""
    return change(
        desk, lambda: desk.restore_claim(claim_id), lambda c: f"{c.id}: put back", undoable=False
    )


def guarded(
    desk: Verifier,
    seen: Claim,
    fields: Iterable[str],
    call: Callable[[], T],
    *,
    source: str | None = None,
) -> Callable[[], T]:
    """``call``, made from what a dialog showed (``seen``), refused if a colleague changed one of
    ``fields`` since (the check and the change in one locked step: the desk's transactions nest).
    """

    def run() -> T:
        with desk.repo.transaction():
            desk.refuse_if_changed(seen.id, seen, fields, source=source)
            return call()

    return run


def set_status(
    desk: Verifier,
    ids: list[str],
    status: Status,
    note: str | None,
    force: bool,
    *,
    many: bool = False,
    seen: list[Claim] | None = None,
) -> Message:
    """Set the status of one claim, or of several (``many``: the marked claims, even just one;
    answered with ClaimsChanged, so the marks clear and refused claims stay marked).

    ``seen``: the claims as the status dialog showed them; a claim whose status or verdict note a
    colleague changed since is left alone (one claim: StatusConflict, and the dialog opens again).
    """
    shown = {c.id: c for c in seen or []}
    if len(ids) == 1 and not many:
        call = lambda: desk.set_status(ids[0], status, note, force=force)  # noqa: E731
        if ids[0] in shown:
            call = guarded(desk, shown[ids[0]], VERDICT_FIELDS, call)
        try:
            before = desk.revision()
            claim = call()
            after = desk.revision()
        except WorkflowRefusedError as exc:
            reason = f"cannot set {status.label}: {'; '.join(exc.reasons)}"
            return StatusRefused(ids, status, note, reason)
        except ChangedSinceError as exc:
            try:
                return StatusConflict(desk.claim(ids[0]), status, note, str(exc))
            except (VerifierError, StoreError):
                return ActionFailed(str(exc))
        except (VerifierError, StoreError) as exc:
            return ActionFailed(str(exc))
        forced = " (forced)" if force else ""
        return ClaimChanged(claim, f"{claim.id}: {status.label}{forced}", revision=(before, after))
    try:
        found = (desk.repo.claims.find(i) for i in dict.fromkeys(ids))
        earlier = {c.id: last_change(c) for c in found if c is not None}
        before = desk.revision()
        claims, refused = desk.set_status_many(ids, status, note, force=force, seen=shown)
        after = desk.revision()
    except (VerifierError, StoreError) as exc:
        return ActionFailed(str(exc))
    # what u undoes: the claims this set changed (one already at the status is left alone, and so
    # is its earlier change)
    changed = {
        c.id: latest
        for c in claims
        if (latest := last_change(c)) != earlier.get(c.id)
        and any(e.change == latest and e.by == desk.user for e in c.history)
    }
    return ClaimsChanged(claims, refused, status, note, revision=(before, after), changed=changed)


def export_formats() -> tuple[str, ...]:
    """The report formats on offer: the reports package's, once it exists; JSON until then."""
    try:
        reports = importlib.import_module("verifier.reports")
    except ModuleNotFoundError:
        return ("json",)
    formats = getattr(reports, "FORMATS", None)
    if formats and callable(getattr(reports, "export_claims", None)):
        return tuple(str(f) for f in formats)
    return ("json",)


def export_suffixes() -> dict[str, str]:
    """The usual file ending of each format (".md" for md)."""
    try:
        reports = importlib.import_module("verifier.reports")
    except ModuleNotFoundError:
        return {"json": ".json"}
    return dict(getattr(reports, "SUFFIXES", {"json": ".json"}))


def export(desk: Verifier, claims: list[Claim], fmt: str, path: Path, scope: str = "") -> Message:
    """Write the claims of the current view; the reports package does the work once it exists."""
    try:
        if export_formats() == ("json",):
            payload = [claim.model_dump(mode="json") for claim in claims]
            path.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n")
            summary = f"exported {len(claims)} claim(s) as json to {path}"
        else:
            reports = importlib.import_module("verifier.reports")
            options = {"scope": scope} if scope and fmt in ("md", "html") else {}
            result = reports.export_claims(desk, claims, fmt, path, **options)
            summary = result.summary() if hasattr(result, "summary") else f"exported to {path}"
    except (VerifierError, StoreError) as exc:
        return ActionFailed(str(exc))
    except OSError as exc:
        return ActionFailed(f"could not write {path}: {exc.strerror or exc}")
    return ExportFinished(path, len(claims), fmt, summary)


def ingest_module() -> Any:
    try:
        return importlib.import_module("verifier.ingest")
    except ModuleNotFoundError as exc:
        if exc.name != "verifier.ingest":
            raise
        return None


def ingest(desk: Verifier, path: Path, meta: dict[str, str], progress: Progress) -> Message:
    module = ingest_module()
    if module is None:
        return ActionFailed("ingest is not available in this build (verifier.ingest is missing)")
    try:
        result = module.ingest_file(desk, path, progress=progress, **meta)
    except (VerifierError, StoreError) as exc:
        return ActionFailed(str(exc))
    except OSError as exc:
        return ActionFailed(f"could not read {path}: {exc.strerror or exc}")
    except UnicodeDecodeError:
        return ActionFailed(f"{path} is not text (UTF-8) or HTML")
    return IngestFinished(result.message, result.article.id)


def promote(desk: Verifier, article_id: str, start: int, end: int) -> Message:
    module = ingest_module()
    if module is None:
        return ActionFailed("promoting needs verifier.ingest, which is missing in this build")
    return change(
        desk,
        lambda: module.promote_sentence(desk, article_id, start, end),
        lambda claim: f"promoted to claim {claim.id} (u takes it back)",
    )
