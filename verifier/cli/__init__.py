"""The command line: every change a person can make, scriptable.

Exit codes: 0 ok, 1 failed (one line on stderr), 2 bad usage. ``verifier`` alone opens the TUI.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from verifier import __version__
from verifier.cli.common import AppContext, echo

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(invoke_without_command=True, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--db",
    "db",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Database file (else $VERIFIER_DB, else the user data directory).",
)
@click.version_option(__version__, prog_name="verifier")
@click.pass_context
def main(ctx: click.Context, db: Path | None) -> None:
    """verifier: check the claims in news articles, source them, and publish the verdicts.

    Run with no command to open the triage screen.
    """
    app = ctx.ensure_object(AppContext)
    app.db_option = db
    if ctx.invoked_subcommand is None:
        from verifier.cli.tui_cmd import open_tui

        open_tui(app)


def _register() -> None:
    # commands: one module per group of commands, registered here
    from verifier.cli.articles_cmd import article_group, articles_command
    from verifier.cli.attributions_cmd import attribution_group
    from verifier.cli.claims_cmd import claim_group, claims_command, history_command, show_command
    from verifier.cli.config_cmd import config_command
    from verifier.cli.sources_cmd import source_group
    from verifier.cli.workflow_cmd import (
        assign_command,
        note_command,
        redo_command,
        status_command,
        tag_command,
        undo_command,
        untag_command,
    )

    for command in (
        articles_command,
        article_group,
        claims_command,
        show_command,
        history_command,
        claim_group,
        status_command,
        note_command,
        tag_command,
        untag_command,
        assign_command,
        undo_command,
        redo_command,
        source_group,
        attribution_group,
        config_command,
    ):
        main.add_command(command)

    # commands owned by other modules; each registers only once its module exists
    import importlib

    for module_name, attribute in (
        ("verifier.cli.ingest_cmd", "ingest_command"),
        ("verifier.cli.extract_cmd", "extract_command"),
        ("verifier.cli.export_cmd", "export_command"),
        ("verifier.cli.export_cmd", "import_command"),
        ("verifier.cli.tui_cmd", "tui_command"),
        ("verifier.cli.tui_cmd", "demo_command"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        main.add_command(getattr(module, attribute))


_register()


def run() -> None:
    """The ``verifier`` command: click's parsing, with every error one line on stderr.

    Usage mistakes exit 2, failures exit 1 (see ``common.user_errors``); a closed pipe
    (``verifier claims | head``) ends quietly.
    """
    try:
        main.main(prog_name="verifier", standalone_mode=False)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx is not None else "verifier"
        message = " ".join(exc.format_message().split())  # click wraps choice lists over lines
        echo(f"error: {message} (see `{where} --help`)", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        echo(f"error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        echo("interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # the reader went away: point stdout at /dev/null so the interpreter's final flush is quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
