"""``accord analyze``: frontier, ZOPA, fair packages and diagnosis of one scenario; with
``--robust``, the same under the declared uncertainty; with ``--agreement``, the packages
that would improve on an agreement for every party."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .failure import report_warnings
from .options import plot_file, writing
from .progress import progress_bar


def analyze(
    path: Annotated[Path, typer.Argument(help="YAML scenario or GENIUS domain folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    seed: Annotated[
        int, typer.Option(min=0, help="Seed for the draws and for searched spaces.")
    ] = 0,
    robust: Annotated[
        bool, typer.Option("--robust", help="Monte Carlo over the declared uncertainty.")
    ] = False,
    draws: Annotated[int, typer.Option(min=1, help="Monte Carlo draws (--robust).")] = 10_000,
    spread: Annotated[
        float | None,
        typer.Option(
            min=0.0,
            help="Relative spread on every walk-away value and weight, replacing the "
            "scenario's declarations (0: no uncertainty).",
        ),
    ] = None,
    agreement: Annotated[
        str | None,
        typer.Option(help="issue=option,... : list the packages every party prefers to it."),
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(help="Write the robust analysis's plots to this image.")
    ] = None,
    jobs: Annotated[int, typer.Option(
        min=1, help="Threads for the Monte Carlo, sensitivity and deferrals (--robust).")] = 1,
) -> None:
    """Is there a deal both sides prefer to walking away, and which packages are fair?"""
    from ..analysis import analyze as run_analysis
    from ..io import read_with_warnings

    if plot is not None:
        if not robust:
            raise typer.BadParameter("--plot draws the robust analysis: add --robust")
        plot = plot_file(plot)
    scenario, warnings = read_with_warnings(path)
    report_warnings(warnings)
    if spread is not None:
        from ..model.uncertainty import with_spread

        scenario = with_spread(scenario, spread)
    with progress_bar("searching the frontier", enabled=not as_json) as progress:
        result = run_analysis(scenario, seed=seed, progress=progress)
    problem = result.problem  # compiled once, shared by every analysis below
    extra: dict = {}
    robust_result = settlement = None
    if robust:
        from ..analysis.robust import robust_analysis

        robust_result = robust_analysis(problem, draws=draws, seed=seed, jobs=jobs)
        extra["robust"] = robust_result.to_dict()
    if agreement is not None:
        from ..analysis.settlement import parse_agreement, post_settlement

        settlement = post_settlement(problem, parse_agreement(problem, agreement))
        extra["post_settlement"] = settlement.to_dict()
    if plot is not None:
        from ..report.robust_plot import plot_robust

        writing(plot, plot_robust, robust_result, plot)
    if as_json:
        from ..report.json import to_json

        typer.echo(to_json(result, **extra, warnings=warnings))
        return
    from rich.console import Console

    from ..report.analysis_text import render_analysis

    console = Console(width=120)
    render_analysis(result, console)
    if robust_result is not None:
        from ..report.robust_text import render_robust

        render_robust(robust_result, console)
    if settlement is not None:
        from ..report.robust_text import render_post_settlement

        render_post_settlement(problem, settlement, console)
