"""A dialog opened before a colleague (or the CLI) changed the claim never saves over their work:
the status dialog refuses to replace a verdict set since it opened (and opens again with what was
typed), the source form saves only the fields changed in it, and a wording edit is refused when
the wording changed since. Also: a verdict note written for the claim's current verdict is flagged
when another status is chosen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Label, Static
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.config import Config
from verifier.models import Stance, Status
from verifier.service import Verifier
from verifier.tui import VerifierApp
from verifier.tui.screens import SourceForm, StatusPicker, TextPrompt

CLAIM = "m2xwp4r"  # in progress, no source, no verdict note


def said(app: VerifierApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def colleague(app: VerifierApp) -> Verifier:
    return Verifier(app.desk.path, user="omar", config=Config(user="omar"), durable=False)


async def test_the_status_dialog_never_overwrites_a_verdict_set_since_it_opened(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.add_source(CLAIM, "https://ministry.example/figures", Stance.SUPPORTS)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        await pilot.press("3")  # verified
        await type_text(pilot, "Ministry tables")
        omar = colleague(app)
        omar.add_source(CLAIM, "https://wire.example/denial", Stance.REFUTES)
        omar.set_status(CLAIM, Status.DISPUTED, "one source each way")
        await pilot.press("enter")
        await until(
            pilot, lambda: any("changed by omar since you opened it" in s for s in said(app))
        )
        claim = app.desk.claim(CLAIM)
        assert (claim.status, claim.verdict_note) == (Status.DISPUTED, "one source each way")
        assert any("now disputed" in s and "nothing was saved" in s for s in said(app))
        # the dialog is open again on the claim as it is now, with what was chosen and typed
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        picker = app.screen
        assert isinstance(picker, StatusPicker)
        assert picker.chosen is Status.VERIFIED
        assert picker.query_one("#note", Input).value == "Ministry tables"
        assert picker.claims[0].status is Status.DISPUTED
        await pilot.press("enter")  # seen now: saved over it on purpose
        await until(pilot, lambda: app.desk.claim(CLAIM).status is Status.VERIFIED)
        assert app.desk.claim(CLAIM).verdict_note == "Ministry tables"


async def test_a_source_form_saves_only_what_was_changed_in_it(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    _, source = app.desk.add_source(
        CLAIM, "https://ministry.example/figures", Stance.SUPPORTS, title="Bid tabulation"
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        await pilot.press("e")  # one source: the form opens on it
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        colleague(app).edit_source(CLAIM, source.id, title="Official bid tabulation, Feb 28")
        form = app.screen
        assert isinstance(form, SourceForm)
        form.query_one("#excerpt", Input).value = "Low bid: 14.8% over estimate"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.desk.claim(CLAIM).sources[0].excerpt is not None)
        saved = app.desk.claim(CLAIM).sources[0]
        assert saved.title == "Official bid tabulation, Feb 28"  # the colleague's, kept
        assert saved.excerpt == "Low bid: 14.8% over estimate"  # ours

        # the same field changed by both: refused, the colleague's stays
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        colleague(app).edit_source(CLAIM, source.id, excerpt="Low bid 14.8% above")
        form = app.screen
        assert isinstance(form, SourceForm)
        form.query_one("#excerpt", Input).value = "Lowest bid: 14.8% over"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("excerpt changed by omar" in s for s in said(app)))
        assert app.desk.claim(CLAIM).sources[0].excerpt == "Low bid 14.8% above"

        # nothing changed in the form: nothing written
        before = len(app.desk.claim(CLAIM).history)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, SourceForm))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("nothing changed" in s for s in said(app)))
        assert len(app.desk.claim(CLAIM).history) == before


async def test_a_wording_edit_is_refused_when_the_wording_changed_since(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        await pilot.press("E")
        await until(pilot, lambda: isinstance(app.screen, TextPrompt))
        theirs = "A city official said the bid was 15% over the estimate."
        colleague(app).edit_text(CLAIM, theirs)
        await type_text(pilot, " (checked)")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("wording changed by omar" in s for s in said(app)))
        assert app.desk.claim(CLAIM).text == theirs


async def test_a_verdict_note_kept_from_another_verdict_is_flagged(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.add_source(CLAIM, "https://wire.example/a", Stance.SUPPORTS)
    app.desk.add_source(CLAIM, "https://wire.example/b", Stance.REFUTES)
    app.desk.set_status(CLAIM, Status.DISPUTED, "one source each way")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        hint = app.screen.query_one("#note-origin", Static)
        assert not hint.has_class("-shown")
        await pilot.press("6")  # false: the note still says why disputed
        assert hint.has_class("-shown")
        assert "written for disputed: does it say why false?" in str(hint.render())
        await pilot.press("up")  # back to disputed, from the note: no hint
        assert not hint.has_class("-shown")
        await pilot.press("down")
        assert hint.has_class("-shown")
        await pilot.press("ctrl+a", "ctrl+k")  # rewritten: the person's own note now
        await type_text(pilot, "the wire report was retracted")
        assert not hint.has_class("-shown")


async def test_a_change_from_another_process_is_said_as_it_is_taken_in(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json", poll=0.1)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        app.table.select(CLAIM)
        omar = colleague(app)
        omar.tag(CLAIM, "bridge")
        await until(pilot, lambda: any(f"{CLAIM} changed elsewhere" in s for s in said(app)))
        assert any("tags" in s and "(omar)" in s for s in said(app))
        with omar.repo.transaction():  # one save: taken in by one reload
            omar.tag("k3vqx7a", "kursk-figures")
            omar.add_claim("The bridge reopened in May.")
        await until(
            pilot, lambda: any("updated from the file: 1 claim(s) changed" in s for s in said(app))
        )
        assert any("1 new" in s for s in said(app))


async def test_a_status_for_marked_claims_names_them_and_the_verdicts_it_replaces(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "db.json")
    app.desk.add_source(CLAIM, "https://wire.example/a", Stance.SUPPORTS)
    app.desk.add_source(CLAIM, "https://wire.example/b", Stance.REFUTES)
    app.desk.set_status(CLAIM, Status.DISPUTED, "one source each way")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        for claim_id in (CLAIM, "k3vqx7a"):
            app.table.select(claim_id)
            await pilot.press("space")
        await pilot.press("s")
        await until(pilot, lambda: isinstance(app.screen, StatusPicker))
        title = str(app.screen.query_one(".dialog-title", Label).render())
        assert title == f"Status of 2 marked claims: k3vqx7a, {CLAIM}"  # in the table's order
        hint = app.screen.query_one("#replacing", Static)
        await pilot.press("2")  # in progress: would replace the disputed verdict
        assert hint.has_class("-shown")
        assert str(hint.render()) == (
            f"Replaces the verdict (and note) of k3vqx7a verified, {CLAIM} disputed."
        )
        await pilot.press("down")  # (in the note now) verified: only the disputed one is replaced
        assert str(hint.render()) == f"Replaces the verdict (and note) of {CLAIM} disputed."
        await type_text(pilot, "both wires")  # a note typed over k3vqx7a's own verified note
        assert str(hint.render()) == (
            f"Replaces the verdict (and note) of k3vqx7a verified, {CLAIM} disputed."
        )
