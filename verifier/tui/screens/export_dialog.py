"""Export the claims in the current view: this dialog only collects the options (and asks before
an existing file is replaced: a report a fact-checker wrote by hand is never lost silently)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, Select, Static

from verifier.tui.screens.confirm import Confirm


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    path: Path
    verdicts_only: bool = False  # only the claims in view that have a verdict (an editor's report)


class ExportDialog(ModalScreen[ExportRequest | None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Export", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        formats: tuple[str, ...],
        count: int,
        *,
        suffixes: dict[str, str] | None = None,
        directory: Path | None = None,
        verdicts: int = 0,
    ) -> None:
        """``verdicts``: how many of the ``count`` claims have a verdict (the checkbox's count)."""
        super().__init__()
        self.formats = formats
        self.suffixes = suffixes or {}
        self.count = count
        self.verdicts = verdicts
        self.directory = directory or Path.cwd()

    def _default_path(self, fmt: str) -> str:
        return str(self.directory / f"claims{self.suffix(fmt)}")

    def suffix(self, fmt: str) -> str:
        return self.suffixes.get(fmt, f".{fmt}")

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog", classes="dialog wide"):
            what = "the claim" if self.count == 1 else f"the {self.count} claims"
            yield Label(f"Export {what} in this view", classes="dialog-title")
            with Horizontal(classes="field"):
                yield Label("Format", classes="field-name")
                yield Select(
                    [(f, f) for f in self.formats],
                    value=self.formats[0],
                    allow_blank=False,
                    id="format",
                    compact=True,
                )
            with Horizontal(classes="field"):
                yield Label("File", classes="field-name")
                yield Input(self._default_path(self.formats[0]), id="path", compact=True)
            yield Checkbox(
                f"Only the {self.verdicts} with a verdict (an editor's report)",
                id="verdicts-only",
                compact=True,
                disabled=not self.verdicts,
            )
            yield Static("", id="error", classes="field-error")
            yield Label("ctrl+s or enter export · esc cancel", classes="dialog-help")

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#path", Input))

    def format_for(self, path: str) -> str | None:
        """The format a file name's ending names (".md": md), if any."""
        suffix = Path(path.strip()).suffix.lower()
        return next((fmt for fmt in self.formats if self.suffix(fmt) == suffix), None)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A file name ending in a known suffix picks its format."""
        fmt = self.format_for(event.value)
        select = self.query_one("#format", Select)
        if fmt is not None and select.value != fmt:
            select.value = fmt

    def on_select_changed(self, event: Select.Changed) -> None:
        path = self.query_one("#path", Input)
        suffix = self.suffix(str(event.value))
        if path.value.strip() and Path(path.value.strip()).suffix.lower() != suffix:
            path.value = str(Path(path.value.strip()).with_suffix(suffix))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        text = self.query_one("#path", Input).value.strip()
        error = self.query_one("#error", Static)
        if not text:
            error.update("file: type where to write the export")
            return
        path = Path(text).expanduser()
        if path.is_dir():
            error.update("file: that is a directory; add a file name")
            return
        if not path.parent.exists():
            error.update(f"file: the directory {path.parent} does not exist")
            return
        # read from the name itself too: a save typed right after the name may come before the
        # Select has followed it
        fmt = self.format_for(text) or str(self.query_one("#format", Select).value)
        request = ExportRequest(fmt, path, self.query_one("#verdicts-only", Checkbox).value)
        if not path.exists():
            self.dismiss(request)
            return

        def answered(overwrite: bool | None) -> None:
            if overwrite:
                self.dismiss(request)
            else:
                error.update("file: kept as it is; type another name, or esc to cancel")
                self.set_focus(self.query_one("#path", Input))

        self.app.push_screen(
            Confirm(f"{path} already exists.\n\nReplace it with this export?", yes="Replace"),
            answered,
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
