"""What workers send back to the UI thread (thread workers never touch widgets: they post these),
and what a dialog that saves while it stays open asks the app for."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.message import Message
from textual.screen import Screen

from verifier.errors import VerifierError
from verifier.models import Article, Claim, Sourcing, Status
from verifier.tui.view import Snapshot


@dataclass
class ClaimsLoaded(Message):
    """A full reload: every claim and article, already turned into rows."""

    snapshot: Snapshot


@dataclass
class LoadFailed(Message):
    """The database could not be read (corrupt, locked, newer schema): said once per revision."""

    reason: str
    revision: object


@dataclass
class RevisionChanged(Message):
    """The database file changed (another process saved it): time to reload."""

    revision: object


@dataclass
class ClaimChanged(Message):
    """One claim was changed through the desk; ``undoable`` puts it on the undo stack."""

    claim: Claim
    done: str  # one line for people: "Status of abc1234 set to verified"
    undoable: bool = True
    revision: object = None  # the file's revision after our save (None: reload to be safe)
    undo: int | None = None  # an undo, with its change number: shift+u can redo it
    redone: bool = False  # a redo: the undos still to redo stay redoable


@dataclass
class ClaimsChanged(Message):
    """Several claims changed at once (a status set on the marked claims)."""

    claims: list[Claim]
    refused: dict[str, VerifierError]  # WorkflowRefusedError: force would pass it
    status: Status
    note: str | None
    revision: object = None
    changed: dict[str, int] = field(default_factory=dict)  # claim id -> the change it made there


@dataclass
class ClaimRemoved(Message):
    """A claim added by hand or promoted was removed (``claim``: as it was). ``undoable``: its
    article's history keeps it, so ``u`` can put it back."""

    claim: Claim
    done: str
    undoable: bool = False
    revision: object = None


@dataclass
class ClaimsUndone(Message):
    """One action on several claims was undone (``claims``: as they now are); ``refused``: the
    claims changed by someone else since, left as they are, and why."""

    claims: list[Claim]
    refused: dict[str, VerifierError]
    revision: object = None


@dataclass
class StatusRefused(Message):
    """The workflow rules refused a verdict; the person may force it."""

    claim_ids: list[str]
    status: Status
    note: str | None
    reason: str
    many: bool = False  # refused in a change of the marked claims (forcing them answers alike)


@dataclass
class StatusConflict(Message):
    """A colleague changed the claim's verdict while the status dialog was open: nothing was
    saved; the dialog opens again on the claim as it is now, with what the person chose and
    typed."""

    claim: Claim
    status: Status
    note: str | None
    reason: str


@dataclass
class ActionFailed(Message):
    """A desk call failed for a reason the person can act on (shown as one line)."""

    reason: str


@dataclass
class TaskProgress(Message):
    """Progress of a long task (ingest): a stage name and a fraction 0..1."""

    stage: str
    fraction: float


@dataclass
class IngestFinished(Message):
    message: str
    article_id: str | None


@dataclass
class ExportFinished(Message):
    path: Path
    count: int
    fmt: str
    summary: str


@dataclass
class ArticleChanged(Message):
    """An article's details were corrected; ``changed``: the fields that changed (may be none).
    ``undone``: the correction was an undo (``changed``: the fields it restored), which does not
    go on the undo stack."""

    article: Article
    changed: list[str]
    revision: object = None  # as in ClaimChanged
    undone: bool = False


# -- dialogs that stay open until the desk has saved -----------------------------------------
# A correction typed in such a dialog is asked for with a message to the app (it bubbles up from
# the dialog); the app runs it in a worker and answers the dialog with ChangeSaved (the dialog
# closes, or shows the claim as it now is) or ChangeRefused (the reason is shown in the dialog,
# with everything typed still there).


@dataclass
class AttributionCorrection(Message):
    """Correct one claim's attributions: edit ``number`` (its name and/or sourcing), remove it
    (``remove``), or, with ``number`` None, add one the article names in ``words``."""

    dialog: Screen[Any]
    claim_id: str
    number: int | None = None
    remove: bool = False
    name: str | None = None
    sourcing: Sourcing | None = None
    words: str = ""


@dataclass
class ArticleCorrection(Message):
    """Correct an article's details: field name -> text ("" empties the field)."""

    dialog: Screen[Any]
    article_id: str
    fields: dict[str, str]


@dataclass
class ChangeSaved(Message, bubble=False):
    """The desk saved what the dialog asked for; ``claim``: the claim as it now is, if one."""

    claim: Claim | None = None


@dataclass
class ChangeRefused(Message, bubble=False):
    """The desk refused what the dialog asked for, for this reason (one line)."""

    reason: str
