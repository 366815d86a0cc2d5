"""``accord agents``: the built-in agents and mediators, read from the registry."""

from __future__ import annotations

from typing import Annotated

import typer


def agents(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON list.")] = False,
) -> None:
    """List the built-in negotiating agents and mediators, with their parameters."""
    from ..io.results import json_text
    from ..negotiation.agents.registry import builtins
    from ..report.agent_list import builtin_lines, builtins_to_dict

    entries = builtins()
    if as_json:
        typer.echo(json_text(builtins_to_dict(entries)))
    else:
        typer.echo("\n".join(builtin_lines(entries)))
