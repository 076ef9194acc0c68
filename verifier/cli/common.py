"""What every command shares: finding the database, opening the desk, printing, and turning
core errors into one line on stderr with exit code 1 (click's usage errors exit 2)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click
import orjson
from pydantic import ValidationError

from store import StoreError
from verifier.config import Config, default_db_path
from verifier.config import load as load_config
from verifier.errors import VerifierError
from verifier.models import VERDICTS, Status
from verifier.printable import printable
from verifier.service import Verifier, validation_message

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class AppContext:
    """Resolved once per invocation: ``--db`` > ``$VERIFIER_DB`` > the user data directory."""

    db_option: Path | None = None
    _config: Config | None = field(default=None, repr=False)
    _desk: Verifier | None = field(default=None, repr=False)

    @property
    def db_origin(self) -> str:
        """Where the database path comes from: "--db", "$VERIFIER_DB" or the user data
        directory."""
        if self.db_option is not None:
            return "--db"
        return "$VERIFIER_DB" if os.environ.get("VERIFIER_DB") else "user data directory"

    @property
    def db_path(self) -> Path:
        if self.db_option is not None:
            return self.db_option
        env = os.environ.get("VERIFIER_DB")
        return Path(env).expanduser() if env else default_db_path()

    def checked_db_path(self) -> Path:
        """The database file, to open. One named with ``--db`` or ``VERIFIER_DB`` must be in a
        directory that exists: a mistyped path is refused, not made into a new, empty database
        (the user data directory is created when needed)."""
        path = self.db_path
        named = self.db_option is not None or os.environ.get("VERIFIER_DB")
        if named and not path.parent.is_dir():
            fail(
                f"{self.db_origin} {path}: no directory {path.parent} (create it, or check "
                "the path: a new database is made only in a directory that exists)",
                2,
            )
        return path

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config()
        return self._config

    @property
    def desk(self) -> Verifier:
        if self._desk is None:
            self._desk = Verifier(self.checked_db_path(), config=self.config)
        return self._desk


pass_app = click.make_pass_decorator(AppContext, ensure=True)


def echo(message: str = "", *, err: bool = False, nl: bool = True) -> None:
    """``click.echo`` for text that may hold an article's words: control characters are shown,
    never sent to the terminal (see ``verifier.printable``)."""
    click.echo(printable(message), err=err, nl=nl)


def fail(message: str, code: int = 1) -> None:
    """One line on stderr and exit: 1 for a failure, 2 for bad usage (which says where to look)."""
    if code == 2:
        context = click.get_current_context(silent=True)
        message += f" (see `{context.command_path if context else 'verifier'} --help`)"
    echo(f"error: {message}", err=True)
    sys.exit(code)


def user_errors(func: F) -> F:
    """Core errors become one line on stderr and exit 1; never a traceback for a user's mistake."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (VerifierError, StoreError) as exc:
            fail(str(exc))
        except ValidationError as exc:  # a model refused a value the core did not pre-check
            fail(validation_message(exc))
        except BrokenPipeError:
            raise  # not a failure: the reader of our output went away (see cli.run)
        except OSError as exc:
            fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))

    return wrapper  # type: ignore[return-value]


def print_json(data: Any) -> None:
    sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
    sys.stdout.flush()


def one_line(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def status_filter(statuses: tuple[str, ...], verdicts: bool) -> frozenset[Status] | None:
    """The statuses ``--status`` (repeatable: any of them) and ``--verdicts`` ask for; None: any.

    Giving both is bad usage: --verdicts already means every verdict status.
    """
    if verdicts and statuses:
        raise click.UsageError(
            "--verdicts already means every verdict status: give --verdicts or --status, not both"
        )
    if verdicts:
        return frozenset(VERDICTS)
    return frozenset(Status(s) for s in statuses) or None


def status_scope(wanted: frozenset[Status] | None, verdicts: bool) -> str:
    """The status filter in words, for a report's scope line ("" for none)."""
    return "any verdict" if verdicts else ", ".join(s.value for s in Status if s in (wanted or ()))


def status_options(func: F) -> F:
    """``--status S`` (repeatable) and ``--verdicts``, as ``claims`` and ``export`` take them."""
    func = click.option(
        "--verdicts",
        is_flag=True,
        help="Only claims with a verdict (any status but unverified and in_progress).",
    )(func)
    func = click.option(
        "--status",
        "statuses",
        type=click.Choice([s.value for s in Status]),
        multiple=True,
        help="Only claims with this status; repeat for several (any of them).",
    )(func)
    return func
