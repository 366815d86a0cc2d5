"""``accord analyze``: frontier, ZOPA, fair packages and diagnosis of one scenario."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..analysis import analyze as run_analysis
from ..io import read_with_warnings
from ..report.analysis_text import render_analysis
from .failure import report_warnings, warnings_json


def analyze(
    path: Annotated[Path, typer.Argument(help="YAML scenario or GENIUS domain folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    seed: Annotated[
        int, typer.Option(min=0, help="Seed for searched (non-enumerable) spaces.")
    ] = 0,
) -> None:
    """Is there a deal both sides prefer to walking away, and which packages are fair?"""
    scenario, warnings = read_with_warnings(path)
    report_warnings(warnings)
    result = run_analysis(scenario, seed=seed)
    if as_json:
        typer.echo(json.dumps({**result.to_dict(), "warnings": warnings_json(warnings)}))
    else:
        render_analysis(result, Console(width=120))
