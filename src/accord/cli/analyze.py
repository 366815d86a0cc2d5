"""``accord analyze``: frontier, ZOPA, fair packages and diagnosis of one scenario."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..analysis import analyze as run_analysis
from ..io import read_scenario
from ..report.analysis_text import render_analysis


def analyze(
    path: Annotated[Path, typer.Argument(help="YAML scenario or GENIUS domain folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    seed: Annotated[int, typer.Option(help="Seed for searched (non-enumerable) spaces.")] = 0,
) -> None:
    """Is there a deal both sides prefer to walking away, and which packages are fair?"""
    scenario = read_scenario(path)
    result = run_analysis(scenario, seed=seed)
    if as_json:
        typer.echo(json.dumps(result.to_dict()))
    else:
        render_analysis(result, Console(width=120))
