"""The triage app: bindings, workers and the handlers of their messages.

Widgets show; screens collect what a person wants; :mod:`verifier.tui.tasks` does the work in
worker threads through the desk and answers with a message from :mod:`verifier.tui.messages`.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual import events, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, ProgressBar, Select

from verifier.errors import ChangedSinceError, VerifierError, WorkflowRefusedError
from verifier.history import describe_change
from verifier.models import Article, Claim, ClaimOrigin, HistoryEntry, Status
from verifier.service import Verifier, last_change, removal_refusal
from verifier.tui import tasks
from verifier.tui.commands import VerifierCommands
from verifier.tui.keys import KEYS, bindings
from verifier.tui.messages import (
    ActionFailed,
    ArticleChanged,
    ArticleCorrection,
    AttributionCorrection,
    ChangeRefused,
    ChangeSaved,
    ClaimChanged,
    ClaimRemoved,
    ClaimsChanged,
    ClaimsLoaded,
    ClaimsUndone,
    ExportFinished,
    IngestFinished,
    LoadFailed,
    RevisionChanged,
    StatusConflict,
    StatusRefused,
    TaskProgress,
)
from verifier.tui.screens import (
    ArticleForm,
    AttributionsScreen,
    Confirm,
    ExportDialog,
    ExportRequest,
    HelpScreen,
    IngestDialog,
    IngestRequest,
    SentencePicker,
    SourceForm,
    SourcePicker,
    StatusChoice,
    StatusPicker,
    TextPrompt,
    passed_over,
)
from verifier.tui.view import Snapshot, SortKey, ViewFilter, apply, literal, one_line, summarise
from verifier.tui.widgets import (
    ArticleList,
    ClaimDetail,
    ClaimsTable,
    EmptyState,
    FilterBar,
    LoadError,
    SummaryBar,
)

APP_ACTIONS = frozenset(k.action for k in KEYS)


@dataclass(frozen=True)
class ClaimUndo:
    """A change we made to a claim: ``u`` reverts it while it is still the claim's latest."""

    claim_id: str
    change: int  # its number in the claim's history


@dataclass(frozen=True)
class ArticleUndo:
    """A correction we made to an article's details: ``u`` restores what it changed."""

    article_id: str
    entry: HistoryEntry  # what the correction wrote in the article's history


@dataclass(frozen=True)
class ClaimsUndo:
    """One action that changed several claims (a status set on the marked ones): ``u`` undoes
    it on all of them at once."""

    changes: tuple[ClaimUndo, ...]


@dataclass(frozen=True)
class RemovalUndo:
    """A claim we removed: ``u`` puts it back (its article's history keeps it)."""

    claim_id: str


UndoStep = ClaimUndo | ArticleUndo | ClaimsUndo | RemovalUndo


def some_ids(ids: list[str], shown: int = 8) -> str:
    """Claim ids for a message: "a, b, c" or "a, b, … (12 in all)"."""
    if len(ids) <= shown:
        return ", ".join(ids)
    return ", ".join(ids[:shown]) + f", … ({len(ids)} in all)"


def changed_elsewhere(old: Snapshot, new: Snapshot, current: str | None) -> str:
    """What another process (a colleague, the CLI) changed, as the TUI takes it in: "k3vqx7a:
    status in progress → false (omar)" for one claim, else counts; the claim on screen first.
    Empty when no claim changed (an article edit, or only our own saves)."""
    changed = [
        i
        for i, claim in new.claims.items()
        if i in old.claims and len(claim.history) != len(old.claims[i].history)
    ]
    added = [i for i in new.claims if i not in old.claims]
    gone = [i for i in old.claims if i not in new.claims]
    if current in changed:
        changed.remove(current)
        changed.insert(0, current)
    if len(changed) == 1 and not added and not gone:
        claim = new.claims[changed[0]]
        entry = claim.history[-1]
        return f"{claim.id} changed elsewhere: {describe_change(entry)} ({entry.by})"
    parts = []
    if changed:
        parts.append(f"{len(changed)} claim(s) changed ({some_ids(changed, 4)})")
    if added:
        parts.append(f"{len(added)} new")
    if gone:
        parts.append(f"{len(gone)} removed")
    return "updated from the file: " + ", ".join(parts) if parts else ""


def refusal_text(refused: dict[str, VerifierError], status: Status) -> str:
    """Which claims a multi-claim status change left unchanged and why, in the TUI's words (the
    errors' own text names the CLI's --force)."""
    by_rules = {i: e for i, e in refused.items() if isinstance(e, WorkflowRefusedError)}
    parts = []
    if by_rules:
        reasons = list(dict.fromkeys(r for e in by_rules.values() for r in e.reasons))
        parts.append(
            f"{len(by_rules)} refused by the rules for {status.label} "
            f"({'; '.join(reasons)}): {some_ids(list(by_rules))}"
        )
    for claim_id, error in refused.items():
        if claim_id not in by_rules:
            parts.append(f"{claim_id} not changed: {error}")
    text = "; ".join(parts)
    if by_rules:
        text += ". They stay marked: s, then ctrl+f forces (recorded)"
    return text


class VerifierApp(App[None]):
    """Triage the claims of one database."""

    CSS_PATH = Path(__file__).parent / "app.tcss"  # absolute: subclasses live elsewhere
    TITLE = "verifier"
    BINDINGS = bindings()  # type: ignore[assignment]
    COMMANDS = App.COMMANDS | {VerifierCommands}

    def __init__(
        self,
        desk: Verifier,
        *,
        ingest_first: Path | None = None,
        poll_interval: float | None = 1.0,
        cursor_blink: bool = True,
    ) -> None:
        super().__init__()
        self.cursor_blink = cursor_blink  # off for stable snapshots
        self.desk = desk
        self.ingest_first = ingest_first
        self.poll_interval = poll_interval
        self.snapshot: Snapshot | None = None
        self.where = ViewFilter()
        self.sort = SortKey.SCORE
        self.undo_stack: list[UndoStep] = []  # the changes we made, the latest last
        # what u took back on a claim, (claim id, the undo's change number), latest last: shift+u
        # redoes it, until a new change is made
        self.redo_stack: list[tuple[str, int]] = []
        self.revision: object = None  # the file revision our view reflects
        self.loads = 0  # completed reloads (tests and the bench wait on them)
        self.reloading_for_others = False  # the next load takes in another process's changes
        # Why the database file did not read at the last load (None: it read). While it does not,
        # nothing is written to it: every change is refused before it reaches the desk.
        self.load_error: str | None = None
        self.views = 0  # times the table was refilled (after a reload, filter or sort)
        self._desk_lock = threading.Lock()  # one desk call at a time from this app

    # -- layout ------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield FilterBar(id="filters")
        with Horizontal(id="body"):
            yield ArticleList(id="articles")
            with Vertical(id="claims-pane"):
                yield LoadError(id="load-error")
                yield ClaimsTable(id="claims")
                yield EmptyState(id="empty")
        yield ClaimDetail(id="detail")
        with Horizontal(id="task"):
            yield Label("", id="task-stage", markup=False)
            yield ProgressBar(total=1.0, show_eta=False, id="progress")
        yield SummaryBar(id="summary")
        yield Footer(compact=True, show_command_palette=False)  # ctrl+p is listed under ?

    def on_mount(self) -> None:
        self.sub_title = str(self.desk.path)
        self.query_one(ClaimsTable).focus()
        self.reload()
        if self.ingest_first is not None:
            self.start_task("reading the sample article")
            self.ingest_if_empty(self.ingest_first)
        if self.poll_interval:
            self.set_interval(self.poll_interval, self.check_revision)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if not self.cursor_blink and isinstance(event.widget, Input):
            event.widget.cursor_blink = False

    def on_resize(self) -> None:
        self.main_screen.set_class(
            self.size.width >= 120 and len(self._articles()) > 1, "-articles"
        )

    # -- helpers -----------------------------------------------------------------------------------
    @property
    def main_screen(self) -> Screen[Any]:
        """The triage screen, even while a dialog is open over it (``self.screen`` is the top)."""
        return self.screen_stack[0]

    @property
    def table(self) -> ClaimsTable:
        return self.query_one(ClaimsTable)

    def _articles(self) -> list[Article]:
        return list(self.snapshot.articles.values()) if self.snapshot else []

    def current_claim(self) -> Claim | None:
        claim_id = self.table.current_id
        if claim_id is None or self.snapshot is None:
            return None
        return self.snapshot.claims.get(claim_id)

    def refuse_if_unread(self) -> bool:
        """Say so and return True when the database did not read: nothing may be written to it."""
        if self.load_error is None:
            return False
        self.say(
            "nothing can be changed while the database does not read (the error is on screen)",
            error=True,
        )
        return True

    def _need_claim(self) -> Claim | None:
        if self.refuse_if_unread():
            return None
        claim = self.current_claim()
        if claim is None:
            self.notify(
                "No claim selected: ingest an article (i) or clear the filters", severity="warning"
            )
        return claim

    def shown_claims(self) -> list[Claim]:
        if self.snapshot is None:
            return []
        return [self.snapshot.claims[row.id] for row in self.table.rows]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in APP_ACTIONS:
            return True
        if isinstance(self.screen, ModalScreen):
            return False  # the triage keys act on the main screen only, not under a dialog
        if action != "clear" and self._typing():
            return None  # shown, but the key is typed into the field (see keys.Key.priority)
        return True

    def _typing(self) -> bool:
        """Is a person typing in a field (an Input, or a Select's list)?"""
        focused = self.focused
        if focused is None:
            return False
        return isinstance(focused, Input) or any(
            isinstance(node, Select) for node in (focused, *focused.ancestors)
        )

    def say(self, text: str, *, error: bool = False) -> None:
        text = literal(text)  # messages may quote claim or source text
        self.notify(
            text,
            severity="error" if error else "information",
            markup=False,
            timeout=6 if error else 3,
        )

    # -- workers -------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def reload(self) -> None:
        with self._desk_lock:
            message = tasks.load(self.desk, self.sort)
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="poll")
    def check_revision(self) -> None:
        revision = self.desk.revision()
        if revision != self.revision:
            self.post_message(RevisionChanged(revision))

    def _unread(self) -> Message | None:
        """A change asked for in a dialog opened before the file stopped reading: refused."""
        if self.load_error is None:
            return None
        return ActionFailed("not saved: the database does not read (the error is on screen)")

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_change(
        self, call: Callable[[], Claim], done: Callable[[Claim], str], undoable: bool = True
    ) -> None:
        with self._desk_lock:
            message = self._unread() or tasks.change(self.desk, call, done, undoable=undoable)
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_for_dialog(self, dialog: Screen[Any], task: Callable[[], Message]) -> None:
        """A change asked for in a dialog that stays open until it is saved (``task`` calls the
        desk and returns its message). A refusal is said in the dialog, where what was typed is
        still there; a saved change goes to the app (the table, the detail, the undo stack),
        then the dialog hears that it was saved."""
        with self._desk_lock:
            message = self._unread() or task()
            if isinstance(message, ActionFailed):
                if not dialog.is_attached or not dialog.post_message(ChangeRefused(message.reason)):
                    self.post_message(message)  # the dialog was closed: said on the main screen
                return
            self.post_message(message)  # in order with other desk calls
            dialog.post_message(ChangeSaved(getattr(message, "claim", None)))

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_undo(self, step: UndoStep) -> None:
        with self._desk_lock:
            message = self._unread()
            if message is None:
                if isinstance(step, ArticleUndo):
                    message = tasks.undo_article_edit(self.desk, step.article_id, step.entry)
                elif isinstance(step, ClaimsUndo):
                    changes = {c.claim_id: c.change for c in step.changes}
                    message = tasks.undo_many(self.desk, changes)
                elif isinstance(step, RemovalUndo):
                    message = tasks.restore_claim(self.desk, step.claim_id)
                else:
                    message = tasks.undo(self.desk, step.claim_id, step.change)
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_set_status(
        self,
        ids: list[str],
        status: Status,
        note: str | None,
        force: bool,
        many: bool = False,
        seen: list[Claim] | None = None,
    ) -> None:
        """``seen``: the claims as the dialog showed them (a colleague's later verdict is not
        overwritten)."""
        with self._desk_lock:
            message = self._unread() or tasks.set_status(
                self.desk, ids, status, note, force, many=many, seen=seen
            )
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_remove(self, claim_id: str) -> None:
        with self._desk_lock:
            message = self._unread() or tasks.remove_claim(self.desk, claim_id)
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_promote(self, article_id: str, start: int, end: int) -> None:
        with self._desk_lock:
            message = self._unread() or tasks.promote(self.desk, article_id, start, end)
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def run_export(self, claims: list[Claim], request: ExportRequest, scope: str) -> None:
        with self._desk_lock:
            message = tasks.export(self.desk, claims, request.fmt, request.path, scope)
        self.post_message(message)

    @work(thread=True, exclusive=True, exit_on_error=False, group="ingest")
    def run_ingest(self, request: IngestRequest) -> None:
        def progress(stage: str, fraction: float) -> None:
            self.post_message(TaskProgress(stage, fraction))

        with self._desk_lock:
            message = self._unread() or tasks.ingest(
                self.desk, request.path, request.meta, progress
            )
            self.post_message(message)  # in order with other desk calls

    @work(thread=True, exclusive=True, exit_on_error=False, group="ingest")
    def ingest_if_empty(self, path: Path) -> None:
        """``verifier demo``: ingest the sample the first time (the database has no article)."""

        def progress(stage: str, fraction: float) -> None:
            self.post_message(TaskProgress(stage, fraction))

        with self._desk_lock:
            try:
                self.desk.claims()  # the whole file must read: one that does not is never written
                leave_it = bool(self.desk.articles())
            except Exception:  # the load says why
                leave_it = True
            if leave_it:
                message: Message = IngestFinished("", None)
            else:
                from verifier.ingest import SEED_TITLE, seed_path

                meta = {"title": SEED_TITLE} if path == seed_path() else {}
                message = tasks.ingest(self.desk, path, meta, progress)
            self.post_message(message)

    # -- messages from workers and widgets --------------------------------------------------------
    @property
    def closing(self) -> bool:
        """The app is exiting: worker results that arrive now have no screen to update (also
        while it shuts down without an exit code, as a test's ``run_test`` does: no screens)."""
        return self.return_code is not None or not self.screen_stack

    def on_claims_loaded(self, message: ClaimsLoaded) -> None:
        if self.closing:
            return
        self.load_error = None
        self.main_screen.remove_class("-unread", "-never-read")
        if self.reloading_for_others and self.snapshot is not None:
            said = changed_elsewhere(self.snapshot, message.snapshot, self.table.current_id)
            if said:
                self.say(said)
        self.reloading_for_others = False
        self.snapshot = message.snapshot
        self.revision = message.snapshot.revision
        snapshot = self.snapshot
        total = len(snapshot.rows)
        was_empty = self.main_screen.has_class("-empty")
        self.main_screen.set_class(total == 0, "-empty")
        if total and (was_empty or self.focused is None):
            self.main_screen.set_focus(
                self.table
            )  # the claims appeared (first ingest): keys act on them again
        self.query_one(ArticleList).set_articles(self._articles(), snapshot.claim_counts, total)
        self.on_resize()
        self.refresh_view()
        self.refresh_summary()
        self.show_detail()  # the selected claim may have changed under the same id
        self.loads += 1
        # The snapshot (10,000 claims are ~300,000 objects) lives until the next load. Moving all
        # that is alive now out of the collector's sight keeps its full collections from walking
        # it: one would otherwise stall a keystroke for ~200 ms. Replaced snapshots are still
        # freed (models and rows hold no reference cycles, so reference counting frees them).
        gc.freeze()

    def on_load_failed(self, message: LoadFailed) -> None:
        """Said where it stays (not only in a notification that fades): in place of the claims
        when none was ever read, else above the claims as last read."""
        if self.closing:
            return
        self.revision = message.revision  # retry only when the file changes again
        self.load_error = message.reason
        never_read = self.snapshot is None
        self.query_one(LoadError).show(message.reason, stale=not never_read)
        self.main_screen.add_class("-unread")
        self.main_screen.set_class(never_read, "-never-read")
        self.end_task()
        if not never_read:  # the claims on screen no longer say what is in the file
            self.say(f"could not read the database: {message.reason}", error=True)

    def on_revision_changed(self, message: RevisionChanged) -> None:
        if message.revision != self.revision and not self._group_running("load"):
            self.reloading_for_others = True
            self.reload()

    def _group_running(self, group: str) -> bool:
        return any(w.group == group and w.is_running for w in self.workers)

    def refresh_view(self, *, filtered: bool = False) -> None:
        """``filtered``: the filters changed, so a cursor whose claim they hide goes to the
        first (best) match, not to whichever row is left where it was."""
        if self.snapshot is None:
            return
        rows = apply(self.snapshot.rows, self.where)
        self.table.set_rows(rows, top_if_gone=filtered)
        self.views += 1
        self.query_one(FilterBar).set_count(len(rows), len(self.snapshot.rows), self.sort)
        # the detail follows the cursor (ClaimsTable.Highlighted) and the summary counts every
        # claim, so neither is redrawn for a filter keystroke

    def refresh_summary(self) -> None:
        if self.snapshot is not None:
            self.query_one(SummaryBar).show(summarise(self.snapshot.rows), len(self.table.marked))

    def show_detail(self) -> None:
        claim = self.current_claim()
        article = None
        if claim is not None and claim.article_id and self.snapshot is not None:
            article = self.snapshot.articles.get(claim.article_id)
        self.query_one(ClaimDetail).show(claim, article, self.desk.config.reliability)

    # Widgets post these as the cursor moves or a filter is typed; one still on its way when the
    # app exits arrives with the widgets gone (a query would raise NoMatches), so it is dropped.
    def on_claims_table_highlighted(self, message: ClaimsTable.Highlighted) -> None:
        if self.closing:
            return
        self.show_detail()

    def on_filter_bar_changed(self, message: FilterBar.Changed) -> None:
        if self.closing:
            return
        self.where = message.where
        self.refresh_view(filtered=True)

    def on_filter_bar_accepted(self, message: FilterBar.Accepted) -> None:
        """Enter in the search or a filter field: the claims it found get the keys (as esc)."""
        if self.closing:
            return
        self.screen.set_focus(self.table)

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        if self.closing:
            return
        self.query_one(FilterBar).set_article(message.article_id)

    def _took_in(self, revision: object) -> None:
        """After our own save: no reload is needed if nobody else saved in between."""
        if isinstance(revision, tuple) and len(revision) == 2 and revision[0] == self.revision:
            self.revision = revision[1]

    def _take_claim(self, claim: Claim) -> bool:
        """Put a saved claim in the view; True when it is new and the filters hide it (the
        count says one more all the same, and the caller says so)."""
        assert self.snapshot is not None
        new = claim.id not in self.snapshot.claims
        row = self.snapshot.replace_claim(claim)
        hidden = False
        if not self.table.update_row(row):
            if self.where.matches(row):
                self.refresh_view()
                self.table.select(claim.id)
            elif new:
                hidden = True
                self.query_one(FilterBar).set_count(
                    len(self.table.rows), len(self.snapshot.rows), self.sort
                )
        if new:  # a claim promoted or put back: its article counts one more
            self.refresh_articles()
        return hidden

    def refresh_articles(self) -> None:
        if self.snapshot is not None:
            self.query_one(ArticleList).set_articles(
                self._articles(), self.snapshot.claim_counts, len(self.snapshot.rows)
            )

    def on_claim_changed(self, message: ClaimChanged) -> None:
        if self.snapshot is None or self.closing:
            return
        self._took_in(message.revision)
        hidden = self._take_claim(message.claim)
        if message.undo is not None:
            self.redo_stack.append((message.claim.id, message.undo))
        elif not message.redone and message.undoable:
            self.redo_stack.clear()  # a new change: what was undone before stays undone
        if message.undoable:
            self.undo_stack.append(ClaimUndo(message.claim.id, last_change(message.claim)))
        self.refresh_summary()
        if self.table.current_id == message.claim.id:
            self.show_detail()
        self.say(message.done + (" (the filters hide it)" if hidden else ""))

    def on_claims_changed(self, message: ClaimsChanged) -> None:
        if self.snapshot is None or self.closing:
            return
        self._took_in(message.revision)
        for claim in message.claims:
            self._take_claim(claim)
        if message.changed:  # one action: u undoes it on every claim it changed
            steps = tuple(ClaimUndo(i, change) for i, change in message.changed.items())
            self.undo_stack.append(ClaimsUndo(steps))
            self.redo_stack.clear()
        self.table.clear_marks()
        if message.refused:  # left marked, so the person can set them again (and force)
            self.table.mark(message.refused)
        self.refresh_summary()
        self.show_detail()
        text = f"{len(message.claims)} claim(s) set to {message.status.label}"
        by_rules = {
            i: why for i, why in message.refused.items() if isinstance(why, WorkflowRefusedError)
        }
        others = {i: why for i, why in message.refused.items() if i not in by_rules}
        if others:  # not for the rules: said now (the rules' refusals are asked about next)
            self.say(text + "; " + refusal_text(others, message.status), error=True)
        elif message.claims or not by_rules:
            self.say(text)
        if by_rules:  # one line per claim: which evidence each lacks
            lines = [f"{i}: {'; '.join(why.reasons)}" for i, why in list(by_rules.items())[:8]]
            if len(by_rules) > 8:
                lines.append(f"… and {len(by_rules) - 8} more")
            reason = (
                f"{len(by_rules)} claim(s) lack the evidence for {message.status.label}:\n"
                + "\n".join(lines)
            )
            self.post_message(
                StatusRefused(list(by_rules), message.status, message.note, reason, many=True)
            )

    def on_claims_undone(self, message: ClaimsUndone) -> None:
        if self.snapshot is None or self.closing:
            return
        self._took_in(message.revision)
        for claim in message.claims:
            self._take_claim(claim)
        self.refresh_summary()
        self.show_detail()
        ids = [c.id for c in message.claims]
        if not ids:
            text = "the status change was not undone"
        elif len(ids) == 1:
            text = f"undid the status change of claim {ids[0]}"
        else:  # one action on several claims (the marked ones): undone as one
            text = f"undid the status change of {len(ids)} claims at once ({some_ids(ids)})"
        if not message.refused:
            self.say(text)
            return
        left = "; ".join(
            f"{i} kept its status: {why}"
            if isinstance(why, ChangedSinceError)
            else f"{i} not undone: {why}"
            for i, why in message.refused.items()
        )
        self.say(f"{text}; {left}", error=True)

    def on_claim_removed(self, message: ClaimRemoved) -> None:
        if self.snapshot is None or self.closing:
            return
        self._took_in(message.revision)
        claim_id = message.claim.id
        self.snapshot.remove_claim(claim_id)
        self.table.marked.discard(claim_id)
        # its earlier steps can no longer be undone: the claim is gone (u puts it back instead)
        self.undo_stack = [
            step
            for step in self.undo_stack
            if not (isinstance(step, ClaimUndo | RemovalUndo) and step.claim_id == claim_id)
        ]
        if message.undoable:
            self.undo_stack.append(RemovalUndo(claim_id))
        self.refresh_view()
        self.refresh_articles()
        self.refresh_summary()
        self.show_detail()
        self.say(message.done)

    def on_status_refused(self, message: StatusRefused) -> None:
        def answered(force: bool | None) -> None:
            known = self.snapshot.claims if self.snapshot else {}
            claims = [known[i] for i in message.claim_ids if i in known]
            if force:
                self.run_set_status(
                    message.claim_ids,
                    message.status,
                    message.note,
                    True,
                    many=message.many,
                    seen=claims,
                )
                return
            if message.many:  # said once the person has answered, not while the dialog asks
                self.say(
                    f"{len(message.claim_ids)} claim(s) not set to {message.status.label} "
                    f"(not forced): {some_ids(message.claim_ids)}. They stay marked: s, then "
                    "ctrl+f forces (recorded)",
                    error=True,
                )
            # not forced: back to the picker, with the status and the note as they were typed
            if claims:  # (an empty note typed is kept empty, not refilled from the claim)
                self.open_status_picker(
                    claims, many=message.many, status=message.status, note=message.note or ""
                )

        question = (
            f"{message.reason}.\n\nForce {message.status.label} anyway? It is recorded as forced."
        )
        self.push_screen(Confirm(question, yes="Force"), answered)

    def on_status_conflict(self, message: StatusConflict) -> None:
        """A colleague changed the verdict while the dialog was open: say so, and open it again
        on the claim as it is now, with what was chosen and typed (nothing typed is lost)."""
        if self.snapshot is None or self.closing:
            return
        self.say(message.reason, error=True)
        self._take_claim(message.claim)  # the row and the detail show the colleague's verdict
        self.refresh_summary()
        self.show_detail()
        self.open_status_picker(
            [message.claim], many=False, status=message.status, note=message.note or ""
        )

    def on_attribution_correction(self, message: AttributionCorrection) -> None:
        """From the attributions dialog: edit, remove or add one of a claim's attributions."""
        if self.closing:
            return
        desk, claim_id, number = self.desk, message.claim_id, message.number
        call: Callable[[], Claim]
        if number is None:
            sourcing = message.sourcing
            assert sourcing is not None  # the form asks for it
            call = lambda: desk.add_attribution(  # noqa: E731
                claim_id, message.words, sourcing, name=message.name
            )
            done = f"{claim_id}: attribution added ({message.name or message.words})"
        elif message.remove:
            call = lambda: desk.remove_attribution(claim_id, number)  # noqa: E731
            done = f"{claim_id}: attribution {number} removed"
        else:
            call = lambda: desk.edit_attribution(  # noqa: E731
                claim_id, number, name=message.name, sourcing=message.sourcing
            )
            done = f"{claim_id}: attribution {number} corrected"
        self.run_for_dialog(message.dialog, lambda: tasks.change(desk, call, lambda c: done))

    def on_article_correction(self, message: ArticleCorrection) -> None:
        """From the article form: correct an article's details."""
        if self.closing:
            return
        article_id, fields = message.article_id, message.fields
        self.run_for_dialog(
            message.dialog, lambda: tasks.edit_article(self.desk, article_id, fields)
        )

    def on_article_changed(self, message: ArticleChanged) -> None:
        if self.snapshot is None or self.closing:
            return
        self._took_in(message.revision)
        article = message.article
        self.snapshot.articles[article.id] = article
        self.query_one(ArticleList).set_articles(
            self._articles(), self.snapshot.claim_counts, len(self.snapshot.rows)
        )
        self.show_detail()
        changed = ", ".join(message.changed).replace("_", " ")
        if message.undone:
            self.say(f"article {article.id}: restored {changed or 'nothing'}")
            return
        latest = article.history[-1] if article.history else None
        if message.changed and latest is not None and latest.action == "details_edited":
            self.undo_stack.append(ArticleUndo(article.id, latest))  # only a real change
        self.say(f"article {article.id}: {changed} corrected" if changed else "nothing changed")

    def on_action_failed(self, message: ActionFailed) -> None:
        self.end_task()
        self.say(message.reason, error=True)

    def start_task(self, stage: str) -> None:
        self.query_one("#task").add_class("-running")
        self.query_one("#task-stage", Label).update(stage)
        self.query_one(ProgressBar).update(progress=0.0)

    def end_task(self) -> None:
        self.query_one("#task").remove_class("-running")

    def on_task_progress(self, message: TaskProgress) -> None:
        self.query_one("#task").add_class("-running")
        self.query_one("#task-stage", Label).update(message.stage)
        self.query_one(ProgressBar).update(progress=max(0.0, min(message.fraction, 1.0)))

    def on_ingest_finished(self, message: IngestFinished) -> None:
        self.end_task()
        if message.message:
            self.say(message.message)
            self.reload()

    def on_export_finished(self, message: ExportFinished) -> None:
        self.say(message.summary)

    # -- actions (one per key in keys.KEYS) ---------------------------------------------------------
    def action_set_status(self) -> None:
        claim = self._need_claim()
        if claim is None or self.snapshot is None:
            return
        marked = [  # in the table's order (the marks are a set)
            self.snapshot.claims[row.id]
            for row in self.table.rows
            if row.id in self.table.marked and row.id in self.snapshot.claims
        ]
        self.open_status_picker(marked or [claim], many=bool(marked))

    def open_status_picker(
        self,
        claims: list[Claim],
        *,
        many: bool,
        status: Status | None = None,
        note: str | None = None,
    ) -> None:
        """The picker for these claims (``many``: the marked ones); ``status`` and ``note``:
        as chosen and typed before, when the person declined to force them."""

        def chosen(choice: StatusChoice | None) -> None:
            if choice is not None:
                ids = [c.id for c in claims]
                self.run_set_status(
                    ids, choice.status, choice.note, choice.force, many=many, seen=claims
                )

        self.push_screen(StatusPicker(claims, status=status, note=note), chosen)

    def action_add_source(self) -> None:
        claim = self._need_claim()
        if claim is None:
            return

        def added(data: dict[str, Any] | None) -> None:
            if data is None:
                return
            url, stance = data.pop("url"), data.pop("stance")
            self.run_change(
                lambda: self.desk.add_source(claim.id, url, stance, **data)[0],
                lambda c: f"{c.id}: source added ({stance.value})",
            )

        self.push_screen(SourceForm(claim), added)

    def _pick_source(self, claim: Claim, title: str, then: Callable[[str], None]) -> None:
        if not claim.sources:
            self.say(f"claim {claim.id} has no sources yet: press a to add one", error=True)
        elif len(claim.sources) == 1:
            then(claim.sources[0].id)
        else:
            self.push_screen(
                SourcePicker(title, claim.sources), lambda sid: then(sid) if sid else None
            )

    def action_edit_source(self) -> None:
        claim = self._need_claim()
        if claim is None:
            return

        def edit(source_id: str) -> None:
            source = claim.source(source_id)

            def edited(data: dict[str, Any] | None) -> None:
                if data is None:
                    return
                if not data:
                    self.say(f"{claim.id}: source {source_id}: nothing changed")
                    return
                # only the fields changed in the form, and refused if a colleague changed one
                # of those since the form opened
                call = tasks.guarded(
                    self.desk,
                    claim,
                    list(data),
                    lambda: self.desk.edit_source(claim.id, source_id, **data)[0],
                    source=source_id,
                )
                self.run_change(call, lambda c: f"{c.id}: source {source_id} edited")

            self.push_screen(SourceForm(claim, source), edited)

        self._pick_source(claim, f"Edit which source of claim {claim.id}?", edit)

    def action_remove_source(self) -> None:
        claim = self._need_claim()
        if claim is None:
            return

        def remove(source_id: str) -> None:
            source = claim.source(source_id)
            where = source.url if source else source_id

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self.run_change(
                        lambda: self.desk.remove_source(claim.id, source_id),
                        lambda c: f"{c.id}: source {source_id} removed",
                    )

            self.push_screen(
                Confirm(
                    f"Remove source {source_id} ({where}) from claim {claim.id}?", yes="Remove"
                ),
                confirmed,
            )

        self._pick_source(claim, f"Remove which source of claim {claim.id}?", remove)

    def _prompt(
        self,
        title: str,
        label: str,
        then: Callable[[Claim, str], object],
        *,
        value: str = "",
        **options: Any,
    ) -> None:
        claim = self._need_claim()
        if claim is None:
            return
        text = value.replace("{assignee}", claim.assignee or "").replace("{text}", claim.text)

        def answered(answer: str | None) -> None:
            if answer is not None:
                then(claim, answer)

        self.push_screen(
            TextPrompt(title.format(id=claim.id), label, value=text, **options), answered
        )

    def action_add_note(self) -> None:
        self._prompt(
            "Note on claim {id}",
            "What did you find, or what is left to check?",
            lambda claim, text: self.run_change(
                lambda: self.desk.add_note(claim.id, text), lambda c: f"{c.id}: note added"
            ),
        )

    def action_tag(self) -> None:
        def retag(claim: Claim, text: str) -> None:
            words = text.replace(",", " ").split()
            add = [w for w in words if not w.startswith("-")]
            remove = [w[1:] for w in words if w.startswith("-") and len(w) > 1]

            def call() -> Claim:
                changed = claim
                if add:
                    changed = self.desk.tag(claim.id, *add)
                if remove:
                    changed = self.desk.untag(claim.id, *remove)
                return changed

            self.run_change(call, lambda c: f"{c.id}: tags {', '.join(c.tags) or 'none'}")

        self._prompt(
            "Tags of claim {id}",
            "Tags separated by spaces; -tag removes one",
            retag,
            placeholder="e.g. casualties -todo",
        )

    def action_assign(self) -> None:
        self._prompt(
            "Assign claim {id}",
            "Who checks it? (empty: nobody)",
            lambda claim, who: self.run_change(
                lambda: self.desk.assign(claim.id, who),
                lambda c: f"{c.id}: assigned to {c.assignee or 'nobody'}",
            ),
            value="{assignee}",
            allow_empty=True,
        )

    def action_edit_text(self) -> None:
        self._prompt(
            "Edit the text of claim {id}",
            "The claim as it should be checked",
            lambda claim, text: self.run_change(
                tasks.guarded(
                    self.desk, claim, ("text",), lambda: self.desk.edit_text(claim.id, text)
                ),
                lambda c: f"{c.id}: text edited",
            ),
            value="{text}",
        )

    def action_attributions(self) -> None:
        claim = self._need_claim()
        if claim is not None:
            self.push_screen(AttributionsScreen(claim))

    def chosen_article(self) -> Article | None:
        """The article a key acts on: the one highlighted in the article list while it has the
        focus, else the selected claim's, else the one the view is narrowed to, else the only
        one."""
        if self.snapshot is None:
            return None
        articles = self.snapshot.articles
        listed = self.query_one(ArticleList)
        if self.focused is listed and listed.highlighted_option is not None:
            chosen = articles.get(listed.highlighted_option.id or "")
            if chosen is not None:
                return chosen
        claim = self.current_claim()
        for article_id in (claim.article_id if claim else None, self.where.article):
            if article_id and article_id in articles:
                return articles[article_id]
        return next(iter(articles.values())) if len(articles) == 1 else None

    def action_edit_article(self) -> None:
        if self.refuse_if_unread():
            return
        article = self.chosen_article()
        if article is None:
            if self.snapshot is None or not self.snapshot.articles:
                self.say("no article yet: ingest one first (i)", error=True)
            else:
                self.say("select a claim, or an article in the list (ctrl+l)", error=True)
            return
        self.push_screen(ArticleForm(article))

    def action_remove_claim(self) -> None:
        claim = self._need_claim()
        if claim is None:
            return
        refused = removal_refusal(claim)
        if refused is not None:
            self.say(refused, error=True)
            return
        promoted = claim.origin is ClaimOrigin.PROMOTED
        after = "u puts it back." if claim.article_id else "It cannot be put back."
        if promoted:
            after = "Its sentence can be promoted again; " + after

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_remove(claim.id)

        question = (
            f"Remove claim {claim.id} ({'promoted' if promoted else 'added by hand'})?\n\n"
            f"“{one_line(claim.text)}”\n\n{after}"
        )
        self.push_screen(Confirm(question, yes="Remove"), confirmed)

    def action_toggle_mark(self) -> None:
        self.table.toggle_mark()
        self.table.action_cursor(1)
        self.refresh_summary()

    def action_undo(self) -> None:
        if self.refuse_if_unread():
            return
        if not self.undo_stack:
            self.say("nothing to undo in this session", error=True)
            return
        self.run_undo(self.undo_stack.pop())

    def action_redo(self) -> None:
        if self.refuse_if_unread():
            return
        if not self.redo_stack:
            self.say(
                "nothing to redo: u takes a change back, then shift+u does it again", error=True
            )
            return
        claim_id, undo_number = self.redo_stack.pop()
        self.run_redo(claim_id, undo_number)

    @work(thread=True, exclusive=True, exit_on_error=False, group="write")
    def run_redo(self, claim_id: str, undo_number: int) -> None:
        with self._desk_lock:
            message = self._unread() or tasks.redo(self.desk, claim_id, undo_number)
            self.post_message(message)  # in order with other desk calls

    def action_focus_search(self) -> None:
        self.screen.set_focus(self.query_one("#search", Input))  # now: the next key is typed

    def action_focus_filters(self) -> None:
        self.screen.set_focus(self.query_one("#status-filter", Select))

    def action_cycle_sort(self) -> None:
        self.sort = self.sort.next()
        if self.snapshot is not None:
            self.snapshot.resort(self.sort)
        self.refresh_view()

    def action_promote(self) -> None:
        if self.refuse_if_unread():
            return
        if self.snapshot is None or not self.snapshot.articles:
            self.say("no article yet: ingest one first (i)", error=True)
            return
        claim = self.current_claim()
        article_id = self.where.article or (claim.article_id if claim else None)
        if article_id is None:
            article_id = next(iter(self.snapshot.articles))
        article = self.snapshot.articles[article_id]
        sentences = passed_over(article, list(self.snapshot.claims.values()))
        if not sentences:
            self.say(
                "every sentence of this article is already a claim (or none were scored)",
                error=True,
            )
            return

        def chosen(span: tuple[int, int] | None) -> None:
            if span is not None:
                self.run_promote(article.id, *span)

        self.push_screen(SentencePicker(article, sentences), chosen)

    def action_ingest(self) -> None:
        if self.refuse_if_unread():
            return

        def chosen(request: IngestRequest | None) -> None:
            if request is not None:
                self.start_task(f"reading {request.path.name}")
                self.run_ingest(request)

        self.push_screen(IngestDialog(), chosen)

    def action_export(self) -> None:
        claims = self.shown_claims()
        if not claims:
            self.say("no claims in this view to export", error=True)
            return

        verdicts = [c for c in claims if c.status.is_verdict]

        def chosen(request: ExportRequest | None) -> None:
            if request is None:
                return
            scope = self.describe_view()
            if request.verdicts_only:
                scope = "with a verdict" if scope == "all claims" else f"{scope}; with a verdict"
                self.run_export(verdicts, request, scope)
            else:
                self.run_export(claims, request, scope)

        dialog = ExportDialog(
            tasks.export_formats(),
            len(claims),
            suffixes=tasks.export_suffixes(),
            verdicts=len(verdicts),
        )
        self.push_screen(dialog, chosen)

    def describe_view(self) -> str:
        """The filters in force, in words (the scope line of an exported report)."""
        where = self.where
        parts = []
        if where.text.strip():
            parts.append(f"matching “{where.text.strip()}”")
        if where.status is not None:
            parts.append(f"status: {where.status.label}")
        if where.kind is not None:
            parts.append(f"kind: {where.kind.value}")
        if where.article and self.snapshot and where.article in self.snapshot.articles:
            parts.append(f"article: {where.article}")
        if where.tag.strip():
            parts.append(f"tag: {where.tag.strip()}")
        if where.assignee.strip():
            parts.append(f"assigned to {where.assignee.strip()}")
        if where.min_score is not None:
            parts.append(f"check-worthiness ≥ {where.min_score:g}")
        return "; ".join(parts) or "all claims"

    def action_toggle_articles(self) -> None:
        self.main_screen.toggle_class("-articles")

    def action_clear(self) -> None:
        focused = self.focused
        if (
            focused is not None
            and focused is not self.table
            and self.query_one(FilterBar) in focused.ancestors
        ):
            self.screen.set_focus(self.table)
        elif self.table.marked:
            self.table.clear_marks()
            self.refresh_summary()
        else:
            self.screen.set_focus(self.table)

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    async def action_quit(self) -> None:
        self.exit()
