"""Every key of the triage screen in one table: the app's bindings, the footer, the help screen,
the command palette and docs/keys.md are all made from it, so they cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True)
class Key:
    key: str  # textual key name
    action: str  # app action (without "action_")
    label: str  # short, for the footer
    help: str  # one sentence, for the help screen and the command palette
    shown: str = ""  # how the key is written for people (defaults to key)
    footer: bool = True
    # Handled as soon as the key arrives, before the focused widget sees it, so keys typed fast
    # ("s", "3", enter) reach the dialog the first one opens. The app passes them on to the
    # widget when a person is typing in a field (see VerifierApp.check_action).
    priority: bool = True

    @property
    def display(self) -> str:
        return self.shown or self.key


KEYS: tuple[Key, ...] = (
    Key("question_mark", "help", "Help", "Show every key", shown="?"),
    Key(
        "s",
        "set_status",
        "Status",
        "Set the status and verdict note of the claim (or of every marked claim)",
    ),
    Key("a", "add_source", "+Source", "Add a corroborating source to the claim"),
    Key("e", "edit_source", "Edit", "Edit one of the claim's corroborating sources"),
    Key("d", "remove_source", "-Source", "Remove one of the claim's corroborating sources"),
    Key("n", "add_note", "Note", "Add a note to the claim"),
    Key("t", "tag", "Tag", "Add tags to the claim (prefix a tag with - to remove it)"),
    Key("w", "assign", "Assign", "Assign the claim to a person (empty: unassign)"),
    Key("E", "edit_text", "Edit text", "Edit the claim's text", shown="shift+e"),
    Key(
        "A",
        "attributions",
        "Attributions",
        "Correct who the claim is attributed to (edit, remove, add)",
        shown="shift+a",
    ),
    Key(
        "space",
        "toggle_mark",
        "Mark",
        "Mark or unmark the claim and move down to the next, to set the status of several at once",
    ),
    Key("u", "undo", "Undo", "Undo the last change made in this session"),
    Key(
        "U",
        "redo",
        "Redo",
        "Redo what u last took back on a claim (until a new change is made)",
        shown="shift+u",
        footer=False,
    ),
    Key(
        "slash",
        "focus_search",
        "Search",
        "Search claim text, attributions and sources",
        shown="/",
    ),
    Key("f", "focus_filters", "Filter", "Filter by status, kind, tag, assignee or minimum score"),
    Key("o", "cycle_sort", "Sort", "Sort by check-worthiness, position, status or last update"),
    Key("p", "promote", "Promote", "Promote a sentence the extractor passed over to a claim"),
    Key(
        "D",
        "remove_claim",
        "-Claim",
        "Remove a claim promoted or added by mistake (not once there is work on it)",
        shown="shift+d",
        footer=False,
    ),
    Key("i", "ingest", "Ingest", "Read an article file and extract its claims"),
    Key(
        "I",
        "edit_article",
        "Article",
        "Correct the article's title, publisher, URL, author or date",
        shown="shift+i",
    ),
    Key("x", "export", "Export", "Export the claims in the current view"),
    Key("ctrl+l", "toggle_articles", "Articles", "Show or hide the article list", footer=False),
    Key(
        "escape",
        "clear",
        "Clear",
        "Clear the marks, or leave the filter bar",
        shown="esc",
        footer=False,
    ),
    Key("q", "quit", "Quit", "Quit verifier"),
)


def bindings() -> list[Binding]:
    return [Binding(k.key, k.action, k.label, show=k.footer, priority=k.priority) for k in KEYS]


# Keys inside the claims table (listed on the help screen, not bound by the app).
TABLE_KEYS: tuple[tuple[str, str], ...] = (
    ("up / down, k / j", "Move between claims"),
    ("pgup / pgdn", "Page through the claims"),
    ("home / end", "First / last claim"),
    ("tab / shift+tab", "Move between the filter bar, article list, claims and detail"),
    ("ctrl+p", "Command palette: every action by name"),
)

PICKER_KEYS: tuple[tuple[str, str], ...] = (
    ("1 … 7", "Status picker: choose unverified … unverifiable"),
    ("ctrl+f", "Status picker: force a verdict the rules refuse (recorded)"),
    ("e / a / d", "Attributions: edit (or enter), add, remove the one highlighted"),
    ("ctrl+s / enter", "Forms: save"),
    ("esc", "Dialogs: cancel"),
)


def markdown_table() -> str:
    """Every key as a Markdown table: the README's key section is this, word for word."""
    lines = ["| Key | Action |", "| --- | --- |"]
    lines += [f"| `{k.display}` | {k.help} |" for k in KEYS]
    lines += [f"| `{key}` | {text} |" for key, text in TABLE_KEYS + PICKER_KEYS]
    return "\n".join(lines) + "\n"


README_START = "<!-- keys: made by `python -m verifier.tui.docs`; do not edit by hand -->\n"
README_END = "<!-- /keys -->"


def with_key_table(readme: str) -> str:
    """The README with its key section replaced by the current table."""
    head, _, rest = readme.partition(README_START)
    _, _, tail = rest.partition(README_END)
    return head + README_START + markdown_table() + README_END + tail
