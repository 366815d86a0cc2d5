"""``accord schema``: the JSON Schema of the scenario format."""

from __future__ import annotations

import typer


def schema() -> None:
    """Print the JSON Schema that scenario files follow (for editors and validators)."""
    from ..io.yaml import scenario_json_schema

    typer.echo(scenario_json_schema(), nl=False)
