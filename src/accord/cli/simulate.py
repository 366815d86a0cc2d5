"""``accord simulate`` and ``accord tournament``: play negotiations from the command line.

Plain typer-annotated functions; ``cli/main.py`` registers them as commands. Bad input (an
unknown agent, an unreadable scenario, an option out of range) prints one line on stderr
and exits with status 2, before anything is played.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError, Interrupted
from .failure import input_failure, report_warnings
from .options import output_file, plot_file, writing
from .progress import interrupted, progress_bar

__all__ = ["simulate", "tournament"]

WRITERS = (".json", ".csv", ".parquet")
# No typer range on it: typer can only show a closed one ([x>=0]), and 0 is refused.
TIME_LIMIT = "Thinking seconds per agent per negotiation (more than 0)."


def _importable_cwd() -> None:
    """Let ``package.module:Class`` specs find modules in the working directory."""
    cwd = os.getcwd()
    if cwd not in sys.path:
        sys.path.insert(0, cwd)


def simulate(
    scenario: Annotated[Path, typer.Argument(help="YAML scenario or GENIUS domain folder.")],
    agents: Annotated[
        str | None,
        typer.Option(
            help="One agent per negotiating party, comma-separated: a built-in name "
            "(listed by 'accord agents'), NAME(k=v,...) or package.module:Class. "
            "Default: the scenario's 'agent:' per party, else boulware."
        ),
    ] = None,
    mediator: Annotated[
        str | None,
        typer.Option(help="Single-text mediation with this mediator (listed by 'accord agents')."),
    ] = None,
    rounds: Annotated[int, typer.Option(min=1, help="Deadline in rounds.")] = 100,
    seed: Annotated[int, typer.Option(min=0, help="Random seed: same seed, same trace.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    plot: Annotated[
        Path | None, typer.Option(help="Save a utility-space plot (PNG) of the talks.")
    ] = None,
    pair: Annotated[
        str | None,
        typer.Option(help="The two parties the plot shows, A,B (default: the first two)."),
    ] = None,
    plot_rounds: Annotated[
        Path | None,
        typer.Option(help="Save a plot (PNG) of the utility of every offer, round by round."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option(help="Save the trace as .json, .csv or .parquet.")
    ] = None,
    time_limit: Annotated[float, typer.Option(help=TIME_LIMIT)] = 30.0,
    no_dynamics: Annotated[
        bool, typer.Option("--no-dynamics", help="Ignore the scenario's dynamics events.")
    ] = False,
) -> None:
    """Play one negotiation and report the agreement (or why there was none)."""
    from ..io import read_with_warnings
    from ..io.results import write_csv, write_json, write_parquet
    from ..model.problem import compile_problem
    from ..negotiation import negotiate
    from ..negotiation.agents import split_specs
    from ..negotiation.config import NegotiationConfig
    from ..negotiation.lineup import check_lineup
    from ..negotiation.session import check_size
    from ..report.negotiation_plot import plot_negotiation, plot_pair

    _importable_cwd()
    try:
        _positive_time(time_limit)
        if out is not None:
            output_file(out, WRITERS, "--out")
        if plot is not None:
            plot_file(plot)
        elif pair is not None:
            raise AccordInputError("chooses what --plot draws: give --plot too", field="--pair")
        if plot_rounds is not None:
            plot_file(plot_rounds, "--plot-rounds")
        loaded, warnings = read_with_warnings(scenario, checks=[check_lineup, check_size])
        report_warnings(warnings)
        problem = compile_problem(loaded)
        if pair is not None:
            plot_pair(problem.parties, pair)
        specs = None if agents is None else split_specs(agents)
        config = NegotiationConfig(rounds=rounds, seed=seed, time_limit=time_limit,
                                   dynamics=not no_dynamics, mediator=mediator)
        run = negotiate(problem, specs, config)
        if out is not None:
            suffix = out.suffix.lower()
            if suffix == ".json":
                writing(out, write_json, run.to_dict(), out)
            else:
                writing(out, write_csv if suffix == ".csv" else write_parquet, run.table(), out)
        if plot is not None:
            writing(plot, plot_negotiation, run, problem, plot, pair)
        if plot_rounds is not None:
            from ..report.tournament_plot import plot_rounds as draw_rounds

            writing(plot_rounds, draw_rounds, run, plot_rounds)
    except (AccordInputError, ImportError) as err:
        raise input_failure(err) from None
    if as_json:
        from ..report.json import to_json

        typer.echo(to_json(run, warnings=warnings))
        return
    from ..report.negotiation_text import negotiation_lines

    for line in negotiation_lines(run):
        typer.echo(line)


def _positive_time(seconds: float) -> None:
    if not seconds > 0:
        raise AccordInputError(f"must be a positive number of seconds, not {seconds:g}",
                               field="--time-limit")


def tournament(
    scenarios: Annotated[
        list[Path], typer.Argument(help="YAML scenarios and/or GENIUS domain folders.")
    ],
    out: Annotated[Path, typer.Option(help="Folder for results.jsonl and the summaries.")],
    agents: Annotated[
        str | None,
        typer.Option(
            help="Agent specs, comma-separated, each once (as for simulate). Default: each "
            "scenario's own line-up ('agent:' per party, else boulware)."
        ),
    ] = None,
    repetitions: Annotated[int, typer.Option(min=1, help="Runs of each line-up.")] = 1,
    jobs: Annotated[int, typer.Option(min=1, help="Local worker processes.")] = 1,
    cluster: Annotated[
        str | None, typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    rounds: Annotated[int, typer.Option(min=1, help="Deadline in rounds.")] = 100,
    mediator: Annotated[
        str | None, typer.Option(help="Single-text mediation with this mediator.")
    ] = None,
    seed: Annotated[
        int, typer.Option(min=0, help="Base seed (each negotiation derives its own).")
    ] = 0,
    self_play: Annotated[
        bool,
        typer.Option(
            "--self-play",
            help="Also let an agent negotiate with itself (required for a single agent).",
        ),
    ] = False,
    time_limit: Annotated[float, typer.Option(help=TIME_LIMIT)] = 30.0,
    limit: Annotated[
        int | None, typer.Option(min=0, help="Play at most this many new negotiations now.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    plot: Annotated[
        Path | None,
        typer.Option(help="Save a plot of the ranking with confidence intervals (PNG)."),
    ] = None,
) -> None:
    """Every ordered line-up of agents on every scenario; resumes an interrupted run.

    Prints the ranking with bootstrap confidence intervals and the significant pairwise
    differences (Wilcoxon signed-rank, Holm-corrected); writes the summaries (JSON, CSV)
    and results.sqlite beside results.jsonl.
    """
    from ..io import read_scenario
    from ..negotiation.agents import split_specs
    from ..negotiation.config import NegotiationConfig
    from ..negotiation.lineup import check_lineup
    from ..negotiation.session import check_size
    from ..negotiation.tournament import run_tournament

    _importable_cwd()
    try:
        _positive_time(time_limit)
        if plot is not None:
            plot_file(plot)
        loaded = [read_scenario(path, checks=[check_lineup, check_size]) for path in scenarios]
        with progress_bar("negotiations", enabled=not as_json) as progress:
            summary = run_tournament(
                loaded,
                None if agents is None else split_specs(agents),
                out,
                NegotiationConfig(rounds=rounds, seed=seed, time_limit=time_limit,
                                  mediator=mediator),
                repetitions=repetitions,
                jobs=jobs,
                cluster=cluster,
                self_play=self_play,
                max_negotiations=limit,
                progress=progress,
            )
        if plot is not None:
            from ..report.tournament_plot import plot_standings

            writing(plot, plot_standings, summary["standings"], plot)
    except (AccordInputError, ImportError) as err:
        raise input_failure(err) from None
    except Interrupted as stop:
        _print_tournament(stop.partial, as_json)
        raise interrupted(
            stop.done, stop.total, "saved; run the same command to resume"
        ) from None
    _print_tournament(summary, as_json)


def _print_tournament(summary: dict, as_json: bool) -> None:
    if as_json:
        from ..report.json import to_json

        typer.echo(to_json(summary))
        return
    from ..report.negotiation_text import tournament_lines

    for line in tournament_lines(summary):
        typer.echo(line)
