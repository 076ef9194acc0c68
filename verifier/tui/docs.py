"""Regenerate the TUI's documentation: ``docs/screenshot.svg`` (the main screen, saved by the app
itself) and the key table in ``README.md`` (made from the same table as the bindings).

    .venv/bin/python -m verifier.tui.docs docs/
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from verifier.config import Config
from verifier.models import SourceKind, Stance, Status
from verifier.service import Verifier
from verifier.tui.app import VerifierApp
from verifier.tui.keys import with_key_table

USER = "Ana Ruiz"


def sample_desk(path: Path) -> Verifier:
    """The bundled sample article, ingested, with a little work done on it."""
    from verifier.ingest import SEED_TITLE, ingest_file, seed_path

    desk = Verifier(path, user=USER, config=Config(user=USER), durable=False)
    ingest_file(desk, seed_path(), title=SEED_TITLE)
    claims = sorted(desk.claims(), key=lambda c: -c.score)
    first, second, third = claims[0], claims[1], claims[2]
    desk.add_source(
        first.id,
        "https://www.defense.gov/News/Transcripts/2024-10-28-briefing",
        Stance.SUPPORTS,
        publisher="U.S. Department of Defense",
        kind=SourceKind.OFFICIAL_STATEMENT,
    )
    desk.add_source(
        first.id,
        "https://www.nis.go.kr/press/2024-10-18",
        Stance.SUPPORTS,
        publisher="South Korean National Intelligence Service",
        kind=SourceKind.OFFICIAL_STATEMENT,
    )
    desk.set_status(first.id, Status.VERIFIED, "Pentagon and NIS figures agree on about 10,000.")
    desk.add_source(
        second.id, "https://www.reuters.com/world/nk-troops", Stance.SUPPORTS, publisher="Reuters"
    )
    desk.set_status(second.id, Status.PARTLY_VERIFIED, "11,000 is the Pentagon's later estimate.")
    desk.set_status(third.id, Status.IN_PROGRESS)
    desk.assign(third.id, "omar")
    desk.tag(first.id, "troops")
    return desk


async def screenshot(desk: Verifier, out: Path, size: tuple[int, int] = (140, 42)) -> None:
    app = VerifierApp(desk, poll_interval=None, cursor_blink=False)
    async with app.run_test(size=size) as pilot:
        while not app.loads:
            await pilot.pause(0.05)
        await pilot.pause()
        app.save_screenshot(filename=out.name, path=str(out.parent))


def main(argv: list[str]) -> None:
    out_dir = Path(argv[0] if argv else "docs")
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        desk = sample_desk(Path(tmp) / "sample.json")
        asyncio.run(screenshot(desk, out_dir / "screenshot.svg"))
    readme = out_dir.parent / "README.md"
    readme.write_text(with_key_table(readme.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"wrote {out_dir / 'screenshot.svg'} and the key table in {readme}")


if __name__ == "__main__":
    main(sys.argv[1:])
