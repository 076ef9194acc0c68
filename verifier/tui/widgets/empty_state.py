"""What an empty database shows: how to get claims into it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

EMPTY_TEXT = """No claims yet.

Press  i  to ingest an article file (plain text or HTML): its check-worthy
claims are extracted with their attributions.

From a shell:   verifier ingest ARTICLE.txt
Try the sample: verifier demo

Press  ?  for every key,  q  to quit."""


class EmptyState(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(EMPTY_TEXT), id=id)
