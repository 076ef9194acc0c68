"""Typed errors of the application core. Each message is one line a person can act on; the CLI
and the TUI show it as it is (no traceback for a user's mistake)."""

from __future__ import annotations


class VerifierError(Exception):
    """Base of every error the core raises on purpose."""


class NotFoundError(VerifierError):
    pass


class AmbiguousIdError(VerifierError):
    def __init__(self, what: str, prefix: str, candidates: list[str]) -> None:
        self.candidates = candidates
        shown = ", ".join(candidates[:10]) + (" …" if len(candidates) > 10 else "")
        super().__init__(f"{what} id {prefix!r} is ambiguous: it could be {shown}")


class InvalidInputError(VerifierError):
    """Input refused before anything was written (bad URL, empty text, unknown stance)."""


class WorkflowRefusedError(VerifierError):
    """A status change the verdict rules refuse; ``force`` overrides and is recorded."""

    def __init__(self, status: str, reasons: list[str]) -> None:
        self.status = status
        self.reasons = reasons
        super().__init__(
            f"cannot set {status.replace('_', ' ')}: {'; '.join(reasons)} (use --force to override)"
        )


class NothingToUndoError(VerifierError):
    pass


class ChangedSinceError(VerifierError):
    """Someone changed the record after what a person acted on: the change they wanted to undo,
    or what a dialog showed them when they opened it."""
