"""Articles over time: a headline is the title and never a claim, details can be corrected, a
revision saved under another name can be ingested as a new version, and what happened to verdicts
on claims that left the article is said, with the claim that likely rewords each."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.errors import InvalidInputError, NotFoundError
from verifier.ingest import ingest_file
from verifier.models import Status
from verifier.service import Verifier

ARTICLE = """Poll finds wealthy voters abandon the Republican party.

A Bloomberg poll shows that 48 percent of voters in households making $100,000 or more back Hillary Clinton.

Twelve percent of those voters said that they were not sure, according to the pollsters.

The Roper Center said that Mitt Romney won the same group by ten points in 2012.

The survey of 1,002 adults was conducted September 16-19 and has a margin of error of 4 points.
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_headline_is_the_title_and_not_a_claim(desk: Verifier, tmp_path: Path) -> None:
    result = ingest_file(desk, write(tmp_path, "pn2.txt", ARTICLE))
    assert result.article.title == "Poll finds wealthy voters abandon the Republican party"
    assert not any(c.text.startswith("Poll finds") for c in desk.claims())


def test_ingesting_the_same_text_with_details_corrects_them(desk: Verifier, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    first = ingest_file(desk, path)
    again = ingest_file(desk, path, title="Wealthy voters poll", url="https://news.example/poll")
    assert again.article.id == first.article.id and not again.created
    assert "details updated: title, url" in again.message
    article = desk.article(first.article.id)
    assert (article.title, article.url) == ("Wealthy voters poll", "https://news.example/poll")
    assert len(desk.articles()) == 1


def test_edit_article_checks_what_it_is_given(desk: Verifier, tmp_path: Path) -> None:
    article = ingest_file(desk, write(tmp_path, "a.txt", ARTICLE)).article
    updated, changed = desk.edit_article(
        article.id, published="2016-09-20", publisher=" Bloomberg "
    )
    assert changed == ["publisher", "published"] and updated.publisher == "Bloomberg"
    assert desk.edit_article(article.id, publisher="Bloomberg")[1] == []
    _, cleared = desk.edit_article(article.id, publisher="")
    assert cleared == ["publisher"] and desk.article(article.id).publisher is None
    with pytest.raises(InvalidInputError, match="URL scheme must be http or https"):
        desk.edit_article(article.id, url="javascript:alert(1)")
    with pytest.raises(InvalidInputError, match="published"):
        desk.edit_article(article.id, published="last Tuesday")


def test_a_revision_under_another_name_can_update_the_article(
    desk: Verifier, tmp_path: Path
) -> None:
    first = ingest_file(desk, write(tmp_path, "a.txt", ARTICLE)).article
    twelve = next(c for c in desk.claims() if c.text.startswith("Twelve percent"))
    desk.add_source(twelve.id, "https://example.org/poll-tables", "supports")
    desk.set_status(twelve.id, "verified", "poll tables")
    revised = ARTICLE.replace("Twelve percent", "Eleven percent")

    # saved under another name: a new article, with a hint that it looks like a new version
    copy = ingest_file(desk, write(tmp_path, "b.txt", revised))
    assert copy.created and f"new version of article {first.id}" in copy.message
    assert f"--version-of {first.id}" in copy.message
    with pytest.raises(InvalidInputError, match="with work on them"):
        desk.remove_article(first.id)  # the verdict would be lost
    removed, count = desk.remove_article(copy.article.id)
    assert removed.id == copy.article.id and count >= 3

    # ingested as the version it is: the verdict is named, and the rewording points back to it
    update = desk_ingest_version(desk, tmp_path, revised, first.id)
    assert update.article.id == first.id and not update.created
    assert update.dropped_verdicts == [(twelve.id, "verified")]
    eleven = next(c for c in desk.claims() if c.text.startswith("Eleven percent"))
    assert update.revisions == [(twelve.id, eleven.id)]
    assert f"{twelve.id} (verified, reworded as {eleven.id})" in update.message
    assert eleven.history[-1].action == "revises" and eleven.history[-1].after == twelve.id
    gone = desk.claim(twelve.id)
    assert not gone.in_article and gone.status is Status.VERIFIED  # the work is kept


def desk_ingest_version(desk: Verifier, tmp_path: Path, text: str, version_of: str):  # type: ignore[no-untyped-def]
    from verifier.ingest import ingest_document, read_file

    return ingest_document(desk, read_file(write(tmp_path, "c.txt", text)), version_of=version_of)


def test_version_of_an_unknown_article_fails_before_any_work(
    desk: Verifier, tmp_path: Path
) -> None:
    from verifier.ingest import ingest_document, read_file

    with pytest.raises(NotFoundError, match="no article with id 'zzzzzz'"):
        ingest_document(desk, read_file(write(tmp_path, "a.txt", ARTICLE)), version_of="zzzzzz")
    assert desk.articles() == []


def test_the_first_text_again_never_takes_an_updated_article_back(
    desk: Verifier, tmp_path: Path
) -> None:
    first = ingest_file(desk, write(tmp_path, "a.txt", ARTICLE)).article
    desk.edit_article(first.id, publisher="Bloomberg")
    revised = ARTICLE.replace("Twelve percent", "Eleven percent")
    desk_ingest_version(desk, tmp_path, revised, first.id)
    updated = desk.article(first.id)
    claims_before = {c.id: c for c in desk.claims()}

    again = ingest_file(desk, tmp_path / "a.txt")  # the original file, as first ingested
    assert again.unchanged and not again.created
    assert (
        "earlier version of article" in again.message
        and f"--version-of {first.id}" in again.message
    )
    assert desk.article(first.id) == updated  # text, details and history as they were
    assert {c.id: c for c in desk.claims()} == claims_before
    assert len(desk.articles()) == 1


def test_a_reworded_claim_gets_the_old_wordings_attribution_corrections(
    desk: Verifier, tmp_path: Path
) -> None:
    first = ingest_file(desk, write(tmp_path, "a.txt", ARTICLE))
    assert "first line is taken as the headline" in first.message
    roper = next(c for c in desk.claims() if c.text.startswith("The Roper Center"))
    number = next(
        i for i, a in enumerate(roper.attributions) if a.source.text == "The Roper Center"
    )
    desk.edit_attribution(roper.id, number, name="Roper Center for Public Opinion Research")
    revised = ARTICLE.replace("by ten points in 2012", "by eleven points in 2012")
    update = desk_ingest_version(desk, tmp_path, revised, first.article.id)
    new = next(c for c in desk.claims() if "eleven points" in c.text)
    assert (roper.id, new.id) in update.reworded and f"{roper.id} → {new.id}" in update.message
    carried = next(a for a in new.attributions if a.source.text == "The Roper Center")
    assert carried.name == "Roper Center for Public Opinion Research"
    assert new.history[-1].action == "attributions" and roper.id in new.history[-1].detail
    assert "Roper Center for Public Opinion Research" in new.history[-1].detail
    assert f"attribution corrections carried over to {new.id}" in update.message
    left = desk.claim(roper.id).history[-1]
    assert left.action == "left_article" and f"likely reworded as claim {new.id}" in left.detail
    undone = desk.undo(new.id)  # the carry-over alone
    assert (
        next(a for a in undone.attributions if a.source.text == "The Roper Center").name
        == "Roper Center"
    )
    assert any(
        e.action == "revises" for e in undone.history
    )  # the pointer to the old wording stays
