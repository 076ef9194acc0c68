"""What the triage screen shows when the database file does not read (an invalid record, a
corrupt or newer file): the error, in the CLI's words, and that nothing was changed.

Without it a file that does not read looks like an empty database, and a fact-checker on deadline
would think all the work was gone. Shown in place of the claims when none was ever read, and
above the claims last read when the file goes bad while the screen is open.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from verifier.tui.view import literal


class LoadError(Static):
    def show(self, reason: str, *, stale: bool) -> None:
        text = Text()
        if stale:
            text.append(
                "The database no longer reads (nothing in it was changed). The claims below are "
                "as last read; nothing can be changed until it reads again.\n",
                style="bold",
            )
            text.append(f"error: {literal(reason)}")
            self.update(text)
            return
        text.append("The database could not be read. Nothing in it was changed.\n\n", style="bold")
        text.append(f"error: {literal(reason)}\n\n", style="bold")
        text.append(
            "Your claims are still in the file, but none can be shown until it reads.\n"
            "Correct the record named above (or restore a backup): this screen reloads by "
            "itself when the file changes. Nothing is saved to the file meanwhile.\n\n"
            "Press  q  to quit."
        )
        self.update(text)
