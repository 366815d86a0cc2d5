"""``accord forecast`` and ``accord backtest``: where will the stakeholders settle?

Thin wrappers: read the file, call :mod:`accord.forecast`, hand the result to
:mod:`accord.report` (rich tables or JSON).
Bad input prints one line on stderr and exits with status 2.
"""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import AccordInputError, Interrupted
from .failure import input_failure, report_warnings, warnings_json
from .options import plot_file, writing
from .progress import interrupted, progress_bar


class ModelName(StrEnum):
    smp = "smp"
    eum = "eum"
    mean = "mean"
    median = "median"
    exchange = "exchange"
    exchange_random = "exchange-random"
    choice = "choice"


def _load(path: Path):
    """What the file gives to forecast (``ForecastInput``) and SMP options (KTAB XML carries
    its own)."""
    from ..io.stakeholders import ForecastInput, load_forecast_input, stakeholder_format
    from ..model.smp_options import SMPOptions

    if stakeholder_format(path) == "ktab":
        from ..io.ktab import read_ktab

        scen = read_ktab(path)
        return ForecastInput(scen.stakeholders), scen.options
    return load_forecast_input(path), SMPOptions()


def _scenario_warnings(path: Path):
    """Probable mistakes in a scenario (none for KTAB and decide files), printed on stderr."""
    from ..io.stakeholders import stakeholder_format

    if stakeholder_format(path) != "scenario":
        return ()
    from ..io import read_with_warnings

    warnings = read_with_warnings(path)[1]
    report_warnings(warnings)
    return warnings


def forecast(
    file: Annotated[Path, typer.Argument(
        help="KTAB .csv/.xml file, decide .txt/.csv file, accord YAML scenario or GENIUS "
             "domain folder.")],
    model: Annotated[ModelName | None, typer.Option(
        help="Forecasting model (default: choice, the position choice, chosen by nested "
             "cross-validation on real decisions; docs/forecast.md).")] = None,
    runs: Annotated[int, typer.Option(min=1, help="Monte Carlo runs (1 = none).")] = 1,
    seed: Annotated[
        int, typer.Option(min=0, help="Seed for Monte Carlo and stochastic SMP.")] = 0,
    jobs: Annotated[int, typer.Option(min=1, help="Worker processes for Monte Carlo.")] = 1,
    position_spread: Annotated[float | None, typer.Option(
        min=0, help="Monte Carlo: +- on positions (file's scale, at most its width; "
                    "default 5 unless the scenario declares its uncertainty).")] = None,
    salience_spread: Annotated[float | None, typer.Option(
        min=0, max=1, help="Monte Carlo: +- on saliences (default 0.05).")] = None,
    capability_spread: Annotated[float | None, typer.Option(
        min=0, max=1, help="Monte Carlo: relative +- on capabilities (default 0.1 = 10%).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    plot: Annotated[Path | None, typer.Option(help="Save each actor's path to this image.")] = None,
) -> None:
    """Forecast where the stakeholders settle on each issue."""
    from ..forecast import monte_carlo, run_model
    from ..forecast.categorical import vote_categorical
    from ..forecast.montecarlo import DEFAULT_MODEL, run_uncertainty
    from ..model.stakeholders import in_issue_units

    default = model is None
    model = model or ModelName(DEFAULT_MODEL)

    stopped = None
    result = mc = None
    source = ""
    try:
        if plot is not None:
            plot_file(plot)
        found, options = _load(file)
        warnings = _scenario_warnings(file)
        stakeholders = found.stakeholders
        votes = [vote_categorical(c) for c in found.categorical]
        if stakeholders is not None:
            result = run_model(model.value, stakeholders, options, seed=seed)
        if stakeholders is not None and runs > 1:
            unc, source = run_uncertainty(found.stakeholders, found.scenario,
                                          position=position_spread, salience=salience_spread,
                                          capability=capability_spread)
            with progress_bar("Monte Carlo runs", enabled=not as_json) as progress:
                mc = monte_carlo(stakeholders, unc, model=model.value, runs=runs, seed=seed,
                                 jobs=jobs, options=options, progress=progress)
    except (AccordInputError, ValueError) as err:
        raise input_failure(err) from None
    except Interrupted as stop:
        stopped, mc = stop, stop.partial
    units = band_units = None
    if result is not None and found.scenario is not None:
        units = {d: in_issue_units(found.scenario, d, x)
                 for d, x in zip(result.dimensions, result.forecast, strict=True)}
    if mc is not None and found.scenario is not None:
        band_units = {d: [in_issue_units(found.scenario, d, q) for q in mc.quantiles[:, k]]
                      for k, d in enumerate(mc.dimensions)}
    if plot is not None and result is not None:
        from ..model.stakeholders import option_scale
        from ..report.forecast_plot import plot_forecast

        scales = None if found.scenario is None else {
            d: option_scale(found.scenario, d) for d in result.dimensions}
        writing(plot, plot_forecast, result, plot, file.name, mc, units, scales)
    if as_json:
        from ..report.json import to_json

        doc = result if result is not None else {
            "model": model.value, "actors": [], "dimensions": [], "forecast": {}}
        extra = {} if mc is None else {"monte_carlo": {**mc.to_dict(), "source": source}}
        if band_units is not None:  # shaped as "quantiles": {issue: {"5": ..., "50": ...}}
            extra["monte_carlo"]["quantiles_in_units"] = {
                d: {f"{100 * q:g}": u for q, u in zip(mc.quantile_levels, us, strict=True)}
                for d, us in band_units.items()}
        if units is not None:
            extra["forecast_in_units"] = units
        typer.echo(to_json(doc, **extra, default_model=DEFAULT_MODEL,
                           categorical={v.issue: v for v in votes},
                           left_out=list(found.left_out), warnings=warnings_json(warnings)))
    else:
        from ..report.forecast_text import render_forecast

        render_forecast(result, mc, found.left_out, default, units, votes,
                        source if mc is not None else "", band_units=band_units)
    if stopped is not None:
        raise interrupted(stopped.done, stopped.total,
                          "Monte Carlo runs done; their summary is partial")


def _shown(text: str) -> str:
    """``text`` escaped for typer's help, which reads rich markup when rich is installed:
    unescaped, the ``[a-z]`` of a regular expression would be taken for a tag and dropped."""
    from typer.core import HAS_RICH

    return text.replace("[", "\\[") if HAS_RICH else text


def backtest(
    data: Annotated[Path, typer.Argument(help="Long-format CSV (docs/backtest-format.md).")],
    proposal_pattern: Annotated[str | None, typer.Option(
        help=_shown("Regular expression with one group naming an issue's proposal, for "
                    "tables without a proposal column (DEU: '([a-z]\\d+)i\\d+').")
    )] = None,
    folds: Annotated[int, typer.Option(
        min=0, help="Cross-validation folds of proposals (0: none).")] = 10,
    seed: Annotated[int, typer.Option(
        min=0, help="Seed of the random-rate exchange model and the folds.")] = 0,
    jobs: Annotated[int | None, typer.Option(
        min=1, show_default=False,
        help="Worker processes the models are shared out to, the report the same for any "
        "number (default: 2 on a machine with 2 cores or more, else 1).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Mean absolute error of every model against recorded outcomes."""
    from ..forecast import backtest as run_backtest
    from ..forecast.selection import cross_validate
    from ..io.backtest import read_backtest_table
    from ..model import ModelWarning

    stopped = None
    try:
        if folds == 1:
            raise AccordInputError("one fold holds nothing out: give 2 or more (0: none)",
                                   field="--folds")
        table = read_backtest_table(data, proposal_pattern)
        with progress_bar("backtest", enabled=not as_json) as progress:
            report = run_backtest(table, seed=seed, progress=progress,
                                      jobs=jobs or min(2, os.cpu_count() or 1))
    except (AccordInputError, ValueError) as err:
        raise input_failure(err) from None
    except Interrupted as stop:  # Ctrl-C once some models had finished: report those
        stopped, report = stop, stop.partial
    warnings = [ModelWarning(
        f"{len(table.unmatched)} issue name{'s' * (len(table.unmatched) != 1)} "
        f"{'do' if len(table.unmatched) != 1 else 'does'} not match the proposal pattern "
        f"'{proposal_pattern}' (first: {table.unmatched[0]!r}); each such issue is its own "
        "proposal", field="proposal pattern", file=table.file)] if table.unmatched else []
    proposals = len(set(report.groups))
    if stopped is None and 2 <= proposals < folds:
        warnings.append(ModelWarning(
            f"no cross-validation: {folds} folds need at least {folds} proposals and the "
            f"table has {proposals} (--folds {proposals} or fewer)", field="--folds",
            file=table.file))
    report_warnings(warnings)
    cv = None
    if folds >= 2 and proposals >= folds and stopped is None:
        cv = cross_validate(report, folds, seed=seed)
    if as_json:
        from ..report.json import to_json

        typer.echo(to_json(report, cross_validation=cv, warnings=warnings_json(warnings)))
    else:
        from ..report.forecast_text import render_backtest

        render_backtest(report, cv)
    if stopped is not None:
        raise interrupted(stopped.done, stopped.total, "models done; the report shows those")
