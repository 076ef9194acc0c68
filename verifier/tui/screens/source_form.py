"""Add or edit a corroborating source; every field is checked as it is typed, with pydantic's
own messages shown beside the field."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from pydantic import ValidationError
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Select, Static

from verifier.models import Claim, Source, SourceKind, Stance, check_web_url, parse_date
from verifier.service import error_text, named
from verifier.tui.screens.confirm import Confirm
from verifier.tui.view import one_line

TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("url", "URL", "https://…"),
    ("title", "Title", ""),
    ("publisher", "Publisher", "e.g. Reuters"),
    ("author", "Author", ""),
    ("published", "Published", "YYYY-MM-DD"),
    ("accessed", "Accessed", "YYYY-MM-DD"),
    ("archive_url", "Archive URL", "https://web.archive.org/…"),
    ("excerpt", "Excerpt", "the passage that supports or refutes the claim"),
    ("note", "Note", ""),
)


def field_error(name: str, value: str) -> str | None:
    """The problem with one field's text as typed, or None."""
    value = value.strip()
    try:
        if name == "url" or (name == "archive_url" and value):
            check_web_url(value)
        elif name in ("published", "accessed"):
            parse_date(value)
    except ValueError as exc:
        return str(exc)
    return None


def source_errors(data: dict[str, Any]) -> dict[str, str]:
    """Validate the whole form as the Source model does: {field: message}."""
    errors: dict[str, str] = {}
    if data.get("stance") is None:
        errors["stance"] = "choose supports, refutes, mixed or context"
    values = {k: v for k, v in data.items() if v not in (None, "")}
    try:
        for key in ("published", "accessed"):
            if key in values:
                values[key] = parse_date(values[key])
    except ValueError as exc:
        errors[key] = str(exc)
        return errors
    values.setdefault("stance", Stance.CONTEXT)
    try:
        Source(id="s0000", **values)
    except ValidationError as exc:
        for error in exc.errors():
            where = str(error["loc"][0]) if error["loc"] else "url"
            errors.setdefault(where, error_text(error, "source"))
    return errors


class SourceForm(ModalScreen[dict[str, Any] | None]):
    """Returns the fields for ``desk.add_source``, or for ``desk.edit_source`` only the fields
    the person changed (a colleague's edit of another field stays); None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, claim: Claim, source: Source | None = None) -> None:
        super().__init__()
        self.claim = claim
        self.claim_id = claim.id
        self.source = source
        # what this source may derive from (so independent sources are counted once) and which
        # of the article's attributions it traces to its origin
        self.others = [s for s in claim.sources if source is None or s.id != source.id]
        self.initial: dict[str, Any] = {}

    def compose(self) -> ComposeResult:
        source = self.source
        with Vertical(id="dialog", classes="dialog wide"):
            what = f"Edit source {source.id}" if source else "Add a source"
            yield Label(f"{what} of claim {self.claim_id}", classes="dialog-title", markup=False)
            with VerticalScroll(id="fields"):
                with Horizontal(classes="field"):
                    yield Label("Stance", classes="field-name")
                    yield Select(
                        [(s.value, s) for s in Stance],
                        prompt="pick a stance",
                        value=source.stance if source else Select.NULL,
                        id="stance",
                        compact=True,
                    )
                    yield Label("Kind", classes="field-name short")
                    yield Select(
                        [(k.value.replace("_", " "), k) for k in SourceKind],
                        value=source.kind if source else SourceKind.OTHER,
                        allow_blank=False,
                        id="kind",
                        compact=True,
                    )
                yield Static("", id="error-stance", classes="field-error")
                if self.others:
                    with Horizontal(classes="field"):
                        yield Label("Derived from", classes="field-name")
                        yield Select(
                            [
                                (one_line(f"{o.id} {o.publisher or o.url}"), o.id)
                                for o in self.others
                            ],
                            prompt="none: an independent source",
                            value=source.derived_from
                            if source and source.derived_from
                            else Select.NULL,
                            id="derived_from",
                            compact=True,
                        )
                    yield Static("", id="error-derived_from", classes="field-error")
                if self.claim.attributions:
                    traced = source.traces_attribution if source else None
                    with Horizontal(classes="field"):
                        yield Label("Traces to", classes="field-name")
                        yield Select(
                            [
                                (one_line(f"{i}: {a.name}"), i)
                                for i, a in enumerate(self.claim.attributions)
                            ],
                            prompt="none: traces no attribution",
                            value=traced if traced is not None else Select.NULL,
                            id="traces_attribution",
                            compact=True,
                        )
                    yield Static("", id="error-traces_attribution", classes="field-error")
                for name, label, placeholder in TEXT_FIELDS:
                    value = getattr(source, name, None) if source else None
                    text = value.isoformat() if isinstance(value, date) else str(value or "")
                    with Horizontal(classes="field"):
                        yield Label(label, classes="field-name")
                        yield Input(str(text), placeholder=placeholder, id=name, compact=True)
                    yield Static("", id=f"error-{name}", classes="field-error")
            yield Label("ctrl+s save · esc cancel · tab next field", classes="dialog-help")

    def on_mount(self) -> None:
        self.initial = self.data  # the source as shown: an edit saves what differs from it
        self.set_focus(self.query_one("#url", Input))

    @property
    def data(self) -> dict[str, Any]:
        stance = self.query_one("#stance", Select).value
        kind = self.query_one("#kind", Select).value
        data: dict[str, Any] = {
            "stance": stance if isinstance(stance, Stance) else None,
            "kind": kind if isinstance(kind, SourceKind) else SourceKind.OTHER,
        }
        for name, _, _ in TEXT_FIELDS:
            data[name] = self.query_one(f"#{name}", Input).value.strip()
        for name in ("derived_from", "traces_attribution"):
            found = self.query(f"#{name}")
            if found:
                value = found.first(Select).value
                data[name] = None if value == Select.NULL else value
        return data

    def _show(self, name: str, error: str | None) -> None:
        widget = self.query_one(f"#error-{name}", Static)
        widget.update(named(name, error) if error else "")
        widget.set_class(bool(error), "-shown")

    def on_input_changed(self, event: Input.Changed) -> None:
        name = event.input.id or ""
        if name in ("url", "archive_url", "published", "accessed"):
            self._show(name, field_error(name, event.value) if event.value else None)

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id == "stance" and isinstance(event.value, Stance):
            self._show("stance", None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        data = self.data
        errors = source_errors(data)
        for name in ["stance", *(n for n, _, _ in TEXT_FIELDS)]:
            self._show(name, errors.get(name))
        for name in ("derived_from", "traces_attribution"):
            if self.query(f"#error-{name}"):
                self._show(name, errors.get(name))
        if errors:
            first = next(iter(errors))
            widget = self.query_one(f"#{first}")
            self.set_focus(widget)
            return
        if self.source is not None:
            data = {k: v for k, v in data.items() if v != self.initial.get(k)}
        self.dismiss(data)

    def action_cancel(self) -> None:
        """Esc: closes an untouched form at once; asks before dropping what was typed in it."""
        if self.data == self.initial:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(
            Confirm("Discard what you typed in this form?", yes="Discard"), answered
        )
