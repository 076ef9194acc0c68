"""schema.org ClaimReview markup (JSON-LD), the form Google Fact Check Explorer reads.

One ``ClaimReview`` per claim that has a verdict; claims still ``unverified`` or ``in_progress``
are skipped and counted. The output is a JSON array of ClaimReview objects, each with its own
``@context``, ready to paste into a ``<script type="application/ld+json">`` of the fact-check
page (or to split per page: each object stands alone).

Field by field:

- ``claimReviewed``: the claim text (a warning when it is over 75 characters, Google's guidance,
  and when it opens with a pronoun such as "He", which readers out of the article cannot resolve).
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict label from the config
  (``[verdicts.<status>] label``) and, when the verdict has a numeric rating, ``ratingValue`` with
  ``bestRating`` 5 and ``worstRating`` 1 (``[verdicts.<status>] rating``). The default mapping is
  verified → "True" 5, partly_verified → "Partly true" 3, disputed → "Disputed" 2, false → "False"
  1, unverifiable → "Unverifiable" 0.
- **A rating of 0 means "no numeric rating"** (the default for ``unverifiable``: an unverifiable
  claim is not half true). Such a review carries only ``alternateName``; ``ratingValue``,
  ``bestRating`` and ``worstRating`` are omitted, which schema.org and Google allow (the textual
  rating is the one shown). A configured rating outside 1..5 is treated the same way, with a
  warning.
- ``itemReviewed``: a ``Claim`` with ``author`` from the article's attributions (a ``Person`` for a
  named person, an ``Organization`` for a named organisation; vague and anonymous sourcing name no
  author, so it is left out, with a warning naming the claim and the command that adds one, since
  Google recommends an author), ``appearance`` a ``CreativeWork`` with the article's url (and
  headline, publisher, date when known), and ``datePublished`` the article's date when known.
- ``author``: the publishing ``Organization`` (``[organisation] name`` and ``url``).
- ``datePublished``: the day the claim got its current verdict (from its history), else the day
  it was last updated.
- ``url``: the fact-check page, ``[organisation] url_template`` with ``{id}`` replaced by the
  claim id.

Organisation name and url template are required (markup without them is invalid): without them
:func:`check_settings` refuses and says what to set.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TextIO

from verifier.config import BEST_RATING, WORST_RATING, Config
from verifier.errors import InvalidInputError
from verifier.history import status_entry
from verifier.models import Article, Claim, Sourcing
from verifier.reports.views import ArticleIndex, safe_url
from verifier.workflow import corroborate

CONTEXT = "https://schema.org"
MAX_CLAIM_REVIEWED = 75  # Google: claimReviewed "should be under 75 characters"


class ClaimReviewSettingsError(InvalidInputError):
    """ClaimReview cannot be produced without the publishing organisation and page url."""


@dataclass(frozen=True)
class Publisher:
    name: str
    url_template: str
    url: str | None = None

    def page_url(self, claim_id: str) -> str:
        return self.url_template.replace("{id}", claim_id)


def check_settings(
    config: Config, *, org: str | None = None, url_template: str | None = None
) -> Publisher:
    """The publisher to credit, or a refusal that says exactly what to set."""
    name = (org if org is not None else config.organisation_name or "").strip()
    template = (url_template if url_template is not None else config.url_template or "").strip()
    missing = []
    if not name:
        missing.append(
            "the organisation name ([organisation] name in the config, $VERIFIER_ORG_NAME, or --org)"
        )
    if not template:
        missing.append(
            "the fact-check url template ([organisation] url_template in the config, "
            "$VERIFIER_URL_TEMPLATE, or --url-template), e.g. https://example.org/checks/{id}"
        )
    if missing:
        raise ClaimReviewSettingsError(
            "ClaimReview markup is invalid without its publisher: set " + " and ".join(missing)
        )
    if "{id}" not in template:
        raise ClaimReviewSettingsError(
            f"the url template {template!r} has no {{id}}: each claim needs its own fact-check url"
        )
    if safe_url(template.replace("{id}", "x")) is None:
        raise ClaimReviewSettingsError(f"the url template {template!r} is not an http(s) url")
    return Publisher(name=name, url_template=template, url=safe_url(config.organisation_url))


@dataclass
class ClaimReviewOutcome:
    written: int = 0
    skipped: int = 0  # claims without a verdict
    gone: int = 0  # claims with a verdict whose text is no longer in the published article
    warnings: list[str] = field(default_factory=list)


def verdict_date(claim: Claim) -> date:
    """When the claim reached its current status (the latest status entry that set it)."""
    entry = status_entry(claim)
    return entry.at.date() if entry is not None else claim.updated_at.date()


def rule_warning(claim: Claim) -> str | None:
    """ "claim X: verdict 'verified' does not meet its rule: no supporting source (forced)", or None."""
    unmet = corroborate(claim).unmet
    if not unmet:
        return None
    entry = status_entry(claim)
    forced = " (forced)" if entry is not None and entry.forced else ""
    return (
        f"claim {claim.id}: verdict {claim.status.label!r} does not meet its rule: "
        f"{'; '.join(unmet)}{forced}"
    )


def claim_authors(claim: Claim) -> list[dict[str, Any]]:
    """Named people and organisations the article attributes the claim to (weak sourcing: none)."""
    authors: list[dict[str, Any]] = []
    seen: set[str] = set()
    for a in claim.attributions:
        if a.is_weak or a.name in seen:
            continue
        seen.add(a.name)
        kind = "Person" if a.sourcing is Sourcing.NAMED_PERSON else "Organization"
        authors.append({"@type": kind, "name": a.name})
    return authors


def author_warning(claim: Claim) -> str:
    """Why ``itemReviewed`` has no author (Google recommends one) and how to give it one."""
    kinds = sorted({a.sourcing.value for a in claim.attributions})
    why = f"its sourcing is {' and '.join(kinds)}" if kinds else "it has no attribution"
    return (
        f"claim {claim.id}: itemReviewed has no author (Google recommends one): {why}; "
        f"if the article names who made the claim, add it with "
        f"`verifier attribution add {claim.id} WORDS --sourcing named_person` "
        f"(or named_organisation)"
    )


PRONOUNS = frozenset({"he", "she", "they", "we", "i", "his", "her", "their", "our", "my"})


def pronoun_warning(claim: Claim) -> str | None:
    """A claim published as it reads in the article may open with a pronoun ("He said the
    bridge…"): out of the article, readers cannot tell who. Says who it stands for when an
    attribution resolved it."""
    words = claim.text.split(maxsplit=1)
    first = words[0].strip("\"'“‘(").casefold() if words else ""
    if first not in PRONOUNS:
        return None
    who = next(
        (a.name for a in claim.attributions if a.source.text.casefold() == first),
        None,
    )
    means = f" ({who})" if who else ""
    return (
        f"claim {claim.id}: claimReviewed starts with “{words[0]}”{means}, which readers of the "
        f"fact-check cannot resolve; reword it with `verifier claim edit {claim.id} TEXT`"
    )


def _appearance(article: Article) -> dict[str, Any] | None:
    url = safe_url(article.url)
    if url is None:
        return None
    work: dict[str, Any] = {"@type": "CreativeWork", "url": url}
    if article.title:
        work["headline"] = article.title
    if article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.publisher}
    # Several authors are stored "A; B" (as trafilatura and bylines give them): one Person each.
    names = [n.strip() for n in (article.author or "").split(";") if n.strip()]
    if len(names) == 1:
        work["author"] = {"@type": "Person", "name": names[0]}
    elif names:
        work["author"] = [{"@type": "Person", "name": n} for n in names]
    if article.published:
        work["datePublished"] = article.published.isoformat()
    return work


def claim_review(
    claim: Claim, publisher: Publisher, config: Config, articles: ArticleIndex, warnings: list[str]
) -> dict[str, Any]:
    """The ClaimReview for one claim with a verdict."""
    verdict = config.verdicts[claim.status]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.label}
    if WORST_RATING <= verdict.rating <= BEST_RATING:
        rating.update(ratingValue=verdict.rating, bestRating=BEST_RATING, worstRating=WORST_RATING)
    elif verdict.rating != 0:
        warnings.append(
            f"verdict {claim.status.value!r} has rating {verdict.rating}, outside "
            f"{WORST_RATING}..{BEST_RATING}: published without a numeric rating"
        )
    item: dict[str, Any] = {"@type": "Claim"}
    authors = claim_authors(claim)
    if authors:
        item["author"] = authors[0] if len(authors) == 1 else authors
    else:
        warnings.append(author_warning(claim))
    article = articles.get(claim.article_id)
    if article is not None:
        appearance = _appearance(article)
        if appearance is not None:
            item["appearance"] = appearance
        else:
            warnings.append(f"claim {claim.id}: its article has no http(s) url, so no appearance")
        if article.published:
            item["datePublished"] = article.published.isoformat()
    author: dict[str, Any] = {"@type": "Organization", "name": publisher.name}
    if publisher.url:
        author["url"] = publisher.url
    pronoun = pronoun_warning(claim)
    if pronoun is not None:
        warnings.append(pronoun)
    if len(claim.text) > MAX_CLAIM_REVIEWED:
        warnings.append(
            f"claim {claim.id}: claimReviewed is {len(claim.text)} characters "
            f"(Google recommends at most {MAX_CLAIM_REVIEWED})"
        )
    return {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "url": publisher.page_url(claim.id),
        "claimReviewed": claim.text,
        "datePublished": verdict_date(claim).isoformat(),
        "author": author,
        "reviewRating": rating,
        "itemReviewed": item,
    }


def embeddable_json(data: Any) -> str:
    """JSON that is also safe inside an HTML ``<script>`` element: ``<``, ``>`` and ``&`` are
    written as ``\\u`` escapes (they can only occur inside strings, so the data is unchanged)."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write_claimreview(
    out: TextIO,
    claims: Iterable[Claim],
    publisher: Publisher,
    config: Config,
    articles: ArticleIndex,
) -> ClaimReviewOutcome:
    """Write the JSON array one review at a time; claims without a verdict are skipped, and so
    are claims no longer in their article (with a warning: the page would review text the
    article no longer publishes). A verdict that does not meet its rule is written, with a
    warning naming the claim and the rule."""
    outcome = ClaimReviewOutcome()
    out.write("[")
    for claim in claims:
        if not claim.status.is_verdict:
            outcome.skipped += 1
            continue
        if not claim.in_article:
            outcome.gone += 1
            outcome.warnings.append(
                f"claim {claim.id}: skipped, its text is no longer in the published article"
            )
            continue
        warning = rule_warning(claim)
        if warning is not None:
            outcome.warnings.append(warning)
        review = claim_review(claim, publisher, config, articles, outcome.warnings)
        text = embeddable_json(review)
        out.write(("\n" if outcome.written == 0 else ",\n") + text)
        outcome.written += 1
    out.write("\n]\n" if outcome.written else "]\n")
    # one warning per distinct message (an out-of-scale rating would repeat per claim)
    outcome.warnings = list(dict.fromkeys(outcome.warnings))
    return outcome
