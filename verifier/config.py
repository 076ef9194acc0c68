"""Settings: one TOML file, overridden by ``VERIFIER_*`` environment variables.

The file is ``$VERIFIER_CONFIG`` or ``config.toml`` in the user config directory. Everything has
a default, so the tool works with no file at all. :func:`load` also records where each value came
from, which ``verifier config`` shows.

Example::

    user = "Ana Ruiz"
    [organisation]
    name = "Fact Desk"
    url = "https://factdesk.example"
    url_template = "https://factdesk.example/checks/{id}"
    [verdicts.false]
    label = "False"
    rating = 1
    [reliability]
    "reuters.com" = "high"
"""

from __future__ import annotations

import getpass
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from verifier.errors import InvalidInputError
from verifier.models import Status

APP = "verifier"


@dataclass(frozen=True)
class VerdictLabel:
    label: str
    rating: int


# ClaimReview ratings: 1 (worst) .. 5 (best), the scale most fact-checkers publish.
DEFAULT_VERDICTS: dict[Status, VerdictLabel] = {
    Status.FALSE: VerdictLabel("False", 1),
    Status.DISPUTED: VerdictLabel("Disputed", 2),
    Status.PARTLY_VERIFIED: VerdictLabel("Partly true", 3),
    Status.UNVERIFIABLE: VerdictLabel("Unverifiable", 0),
    Status.VERIFIED: VerdictLabel("True", 5),
}
BEST_RATING = 5
WORST_RATING = 1


@dataclass
class Config:
    user: str
    organisation_name: str | None = None
    organisation_url: str | None = None
    url_template: str | None = None
    verdicts: dict[Status, VerdictLabel] = field(default_factory=lambda: dict(DEFAULT_VERDICTS))
    reliability: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    origins: dict[str, str] = field(default_factory=dict)  # setting -> where it came from


def config_path() -> Path:
    env = os.environ.get("VERIFIER_CONFIG")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir(APP)) / "claims.json"


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return "unknown"


def load(path: Path | None = None) -> Config:
    """Read the config file (if any) and the environment; refuse a malformed file clearly."""
    path = path or config_path()
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InvalidInputError(f"{path}: not valid TOML ({exc})") from None
        except OSError as exc:
            raise InvalidInputError(f"{path}: cannot read ({exc.strerror})") from None
    origins: dict[str, str] = {}
    where = str(path)

    def pick(key: str, env: str, value: Any) -> Any:
        if os.environ.get(env, "").strip():
            origins[key] = f"${env}"
            return os.environ[env]
        if value is not None and str(value).strip():  # a blank setting is no setting
            origins[key] = where
            return value
        return None

    for table in ("organisation", "verdicts", "reliability"):
        if not isinstance(data.get(table, {}), dict):
            raise InvalidInputError(f"{path}: [{table}] must be a table (see `verifier config --help`)")
    for key in ("user",):
        if key in data and not isinstance(data[key], str):
            raise InvalidInputError(f"{path}: {key} must be a string")
    org = data.get("organisation", {})
    user = pick("user", "VERIFIER_USER", data.get("user"))
    if user is None:
        user = login_name()
        origins["user"] = "login name"
    config = Config(
        user=str(user),
        organisation_name=pick("organisation.name", "VERIFIER_ORG_NAME", org.get("name")),
        organisation_url=pick("organisation.url", "VERIFIER_ORG_URL", org.get("url")),
        url_template=pick("organisation.url_template", "VERIFIER_URL_TEMPLATE", org.get("url_template")),
        path=path if path.exists() else None,
        origins=origins,
    )
    for name, spec in (data.get("verdicts") or {}).items():
        try:
            status = Status(name)
            default = DEFAULT_VERDICTS[status]
            config.verdicts[status] = VerdictLabel(
                str(spec.get("label", default.label)), int(spec.get("rating", default.rating))
            )
            origins[f"verdicts.{name}"] = where
        except (ValueError, KeyError, AttributeError, TypeError):
            raise InvalidInputError(
                f"{path}: [verdicts.{name}] must be a verdict ({', '.join(s.value for s in DEFAULT_VERDICTS)}) "
                "with a text label and an integer rating"
            ) from None
    for domain, level in (data.get("reliability") or {}).items():
        config.reliability[str(domain).lower()] = str(level)
    if config.reliability:
        origins["reliability"] = where
    return config


def describe(config: Config) -> list[tuple[str, str, str]]:
    """(setting, value, where it came from) rows for ``verifier config``."""
    rows = [
        ("config file", str(config_path()), "exists" if config.path else "not present (defaults)"),
        ("user", config.user, config.origins.get("user", "default")),
        ("organisation.name", config.organisation_name or "", config.origins.get("organisation.name", "unset")),
        ("organisation.url", config.organisation_url or "", config.origins.get("organisation.url", "unset")),
        (
            "organisation.url_template",
            config.url_template or "",
            config.origins.get("organisation.url_template", "unset"),
        ),
    ]
    for status, verdict in config.verdicts.items():
        rows.append(
            (
                f"verdicts.{status.value}",
                f"{verdict.label} (rating {verdict.rating})",
                config.origins.get(f"verdicts.{status.value}", "default"),
            )
        )
    for domain, level in sorted(config.reliability.items()):
        rows.append((f"reliability.{domain}", level, config.origins.get("reliability", "")))
    return rows
