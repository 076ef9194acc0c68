"""Correcting who a claim is attributed to (shift+a): edit, remove after confirming, add words
the article contains (words it does not are refused in the dialog, nothing typed is lost), and
undo. The claim's detail follows every change."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Select, Static
from tui_helpers import loaded, type_text, until
from tui_snapshot_app import make_app

from verifier.models import Sourcing
from verifier.tui import VerifierApp
from verifier.tui.screens import AttributionForm, AttributionsScreen, Confirm


def detail_text(app: VerifierApp) -> str:
    return str(app.query_one("#detail-body", Static).render())


def detail_attributions(app: VerifierApp) -> str:
    """The Attributions section of the claim's detail (its history names them too)."""
    return detail_text(app).partition("\nAttributions\n")[2].partition("\nSources")[0]


def listed(screen: AttributionsScreen) -> list[str]:
    options = screen.query_one("#attributions", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def error_text(screen: AttributionForm | AttributionsScreen) -> str:
    return str(screen.query_one("#error", Static).render())


async def open_attributions(
    app: VerifierApp, pilot: Pilot[None], claim_id: str
) -> AttributionsScreen:
    await loaded(pilot)
    app.table.select(claim_id)
    await pilot.pause()
    await pilot.press("A")
    await until(pilot, lambda: isinstance(app.screen, AttributionsScreen))
    screen = app.screen
    assert isinstance(screen, AttributionsScreen)
    return screen


async def test_edit_an_attribution_name_and_sourcing(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_attributions(app, pilot, "k3vqx7a")
        assert listed(screen)[0].startswith("0  U.S. officials (“U.S.”) suggest")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, AttributionForm))
        form = app.screen
        assert form.query_one("#name", Input).value == "U.S. officials"
        assert form.query_one("#sourcing", Select).value is Sourcing.NAMED_ORGANISATION
        form.query_one("#name", Input).value = "U.S. intelligence officials"
        form.query_one("#sourcing", Select).value = Sourcing.ANONYMOUS
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen)  # saved: back to the list
        attribution = app.desk.claim("k3vqx7a").attributions[0]
        assert (attribution.name, attribution.sourcing) == (
            "U.S. intelligence officials",
            Sourcing.ANONYMOUS,
        )
        assert attribution.source.text == "U.S."  # the words in the article stay as written
        assert listed(screen)[0].startswith("0  U.S. intelligence officials (“U.S.”)")
        assert "? anonymous" in listed(screen)[0]
        # the detail under the dialog already shows it, and the table's attributed-to column
        await until(pilot, lambda: "U.S. intelligence officials" in detail_attributions(app))
        row = next(r for r in app.table.rows if r.id == "k3vqx7a")
        assert row.attributed.startswith("U.S. intelligence officials")
        assert row.weak_attribution
        await pilot.press("escape")
        assert not isinstance(app.screen, AttributionsScreen)


async def test_undo_an_attribution_edit(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_attributions(app, pilot, "p5nd3ke")  # "Andrey Rudenko", a named person
        await pilot.press("enter")  # enter edits too
        await until(pilot, lambda: isinstance(app.screen, AttributionForm))
        app.screen.query_one("#name", Input).value = "Rudenko"
        await pilot.press("enter")
        await until(pilot, lambda: app.desk.claim("p5nd3ke").attributions[0].name == "Rudenko")
        await pilot.press("escape")  # close the list: u acts on the main screen
        await until(pilot, lambda: "• Rudenko (“Deputy" in detail_attributions(app))
        await pilot.press("u")
        await until(
            pilot, lambda: app.desk.claim("p5nd3ke").attributions[0].name == "Andrey Rudenko"
        )
        assert app.desk.claim("p5nd3ke").history[-1].action == "undo"
        await until(pilot, lambda: "• Andrey Rudenko (“Deputy" in detail_attributions(app))


async def test_remove_an_attribution_after_confirming(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_attributions(app, pilot, "k3vqx7a")
        await pilot.press("down", "d")  # the second: "South Korean officials"
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        assert "Remove attribution 1 (South Korean officials)" in str(
            app.screen.query_one("#question", Static).render()
        )
        await pilot.press("n")  # not removed
        await until(pilot, lambda: app.screen is screen)
        assert len(app.desk.claim("k3vqx7a").attributions) == 3
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("y")
        await until(pilot, lambda: len(app.desk.claim("k3vqx7a").attributions) == 2)
        names = [a.name for a in app.desk.claim("k3vqx7a").attributions]
        assert names == ["U.S. officials", "Ukrainian officials"]
        await until(pilot, lambda: len(listed(screen)) == 2)
        assert listed(screen)[1].startswith("1  Ukrainian officials")
        await until(pilot, lambda: "South Korean officials" not in detail_attributions(app))
        assert "Ukrainian officials" in detail_attributions(app)


async def test_add_an_attribution_refuses_words_not_in_the_article(tmp_path: Path) -> None:
    app = make_app(tmp_path / "db.json")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_attributions(app, pilot, "m2xwp4r")  # no attribution yet
        assert listed(screen)[0].startswith("none: the article does not say")
        await pilot.press("e")  # nothing to edit: said, no form
        assert app.screen is screen
        assert "no attribution to edit" in error_text(screen)
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AttributionForm))
        form = app.screen
        assert isinstance(form, AttributionForm)
        await type_text(pilot, "President Putin")  # the words field has the focus
        await pilot.press("ctrl+s")  # no sourcing yet: refused in the form
        assert "sourcing: choose how the article sources it" in error_text(form)
        form.query_one("#sourcing", Select).value = Sourcing.NAMED_PERSON
        form.query_one("#name", Input).value = "Vladimir Putin"
        await pilot.press("ctrl+s")  # the desk refuses: the article does not name him
        await until(pilot, lambda: "is not in the article" in error_text(form))
        assert (
            error_text(form) == "“President Putin” is not in the article (type it as written there)"
        )
        assert app.screen is form  # still open, with everything typed
        assert form.query_one("#words", Input).value == "President Putin"
        assert form.query_one("#name", Input).value == "Vladimir Putin"
        assert form.query_one("#sourcing", Select).value is Sourcing.NAMED_PERSON
        assert app.desk.claim("m2xwp4r").attributions == []
        form.query_one("#words", Input).value = "South Korean President Yoon Suk Yeol"
        form.query_one("#name", Input).value = "Yoon Suk Yeol"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: app.screen is screen)
        (attribution,) = app.desk.claim("m2xwp4r").attributions
        assert attribution.name == "Yoon Suk Yeol"
        assert attribution.source.text == "South Korean President Yoon Suk Yeol"
        assert attribution.sourcing is Sourcing.NAMED_PERSON
        assert listed(screen) == [
            "0  Yoon Suk Yeol (“South Korean President Yoon Suk Yeol”)  named person"
        ]
        assert screen.query_one("#attributions", OptionList).highlighted == 0
        await until(pilot, lambda: "Yoon Suk Yeol (“South Korean" in detail_attributions(app))
        assert app.desk.claim("m2xwp4r").history[-1].action == "attributions"
