"""``verifier config``: the settings in force and where each came from."""

from __future__ import annotations

import click

from verifier.cli.common import AppContext, echo, pass_app, print_json, user_errors
from verifier.config import describe


@click.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_app
@user_errors
def config_command(app: AppContext, as_json: bool) -> None:
    """Show the configuration in force and where each value came from."""
    rows = [("database", str(app.db_path), app.db_origin), *describe(app.config)]
    if as_json:
        print_json([{"setting": k, "value": v, "from": o} for k, v, o in rows])
        return
    width = max(len(k) for k, _, _ in rows)
    for key, value, origin in rows:
        echo(f"{key:<{width}}  {value or '—'}  [{origin}]")
