"""The command palette (ctrl+p): every action of the triage screen, by name."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from verifier.tui.keys import KEYS


class VerifierCommands(Provider):
    def _commands(self) -> list[tuple[str, str, str]]:
        return [(key.help, key.action, key.display) for key in KEYS if key.action != "clear"]

    async def discover(self) -> Hits:
        for text, action, shown in self._commands():
            yield DiscoveryHit(text, partial(self.app.run_action, action), help=f"key: {shown}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, action, shown in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(text),
                    partial(self.app.run_action, action),
                    help=f"key: {shown}",
                )
