"""The text reports of ``accord forecast`` and ``accord backtest``: each actor's path and
the forecast, the Monte Carlo quantiles, the categorical votes and what was left out; the
backtest's error per issue and model with its summary."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..forecast.backtest import BacktestReport
from ..forecast.montecarlo import MonteCarloResult
from ..forecast.result import ForecastResult
from ..forecast.selection import CrossValidation
from .analysis_text import counted
from .backtest_text import backtest_summary

__all__ = ["render_backtest", "render_forecast"]


def render_forecast(
    result: ForecastResult | None,
    mc: MonteCarloResult | None = None,
    left_out: Sequence = (),
    default: bool = False,
    units: Mapping[str, float | str] | None = None,
    votes: Sequence = (),
    source: str = "",
    console: Console | None = None,
    band_units: Mapping[str, Sequence[float | str]] | None = None,
) -> None:
    """The spatial forecast (``default``: the model was not chosen by the user; ``units``:
    the forecast in each issue's own units; ``source``: what the Monte Carlo drew from;
    ``band_units``: its quantiles in each issue's own units),
    the categorical issues' weighted votes, and the issues left out with why. Names are
    printed as written, not read as rich markup (``[a-z]`` in one would vanish)."""
    console = console or Console(width=120)
    if result is not None:
        _spatial(console, result, mc, default, units, source, band_units)
    if votes:
        vt = Table(title="Categorical issues: weighted vote (capability x salience)")
        for col in ("issue", "forecast", "rule", "first-choice support"):
            vt.add_column(col)
        for v in votes:
            order = np.argsort(-v.support, kind="stable")[:4]
            shares = ", ".join(f"{v.options[k]} {100 * v.support[k]:.0f}%" for k in order)
            rule = ("Condorcet winner" if v.condorcet is not None
                    else "plurality (no Condorcet winner)")
            vt.add_row(v.issue, v.forecast, rule, shares)
        console.print(vt, markup=False)
    if left_out:
        console.print(f"Left out ({len(left_out)} issue{'s' * (len(left_out) != 1)}):",
                      markup=False)
        for x in left_out:
            console.print(f"  {x.issue}: {x.reason}", markup=False, highlight=False,
                          soft_wrap=True)


def _spatial(console, result, mc, default: bool, units, source: str, band_units) -> None:
    name = f"{result.model} (default model)" if default else result.model
    table = Table(title=f"{name}: {counted(result.states, 'state')}")
    table.add_column("actor")
    moves = result.states > 1  # a one-state model has positions, not paths
    for dim in result.dimensions:
        table.add_column(f"{dim} start -> end" if moves else dim, justify="right")
    table.add_column("P(win)", justify="right")
    for i, actor in enumerate(result.actors):
        cells = [f"{result.history[0, i, k]:.1f} -> {result.history[-1, i, k]:.1f}" if moves
                 else f"{result.history[0, i, k]:.1f}" for k in range(len(result.dimensions))]
        table.add_row(actor, *cells, f"{result.win_probability[-1, i]:.4f}")
    table.add_row(Text("forecast", style="bold"),
                  *[Text(f"{v:.1f}", style="bold") for v in result.forecast], "")
    if units:  # option names fold onto more lines rather than being cut short
        table.add_row("in issue units", *[Text(_unit(units[d]), overflow="fold")
                                          for d in result.dimensions], "")
    console.print(table, markup=False)
    if mc is not None:
        title = f"Monte Carlo: {mc.runs} runs"
        if mc.partial:
            title = f"Monte Carlo (partial, interrupted): {mc.runs} of {mc.requested} runs"
        qt = Table(title=title)
        qt.add_column("dimension")
        for q in mc.quantile_levels:
            qt.add_column(f"{100 * q:g}%", justify="right")
        if band_units:
            qt.add_column("in issue units", overflow="fold")
        for k, dim in enumerate(mc.dimensions):
            shown = [] if not band_units else [" / ".join(map(_unit, band_units[dim]))]
            qt.add_row(dim, *[f"{v:.1f}" for v in mc.quantiles[:, k]], *shown)
        console.print(qt, markup=False)
        console.print(f"Monte Carlo draws from {source}.", markup=False, highlight=False,
                      soft_wrap=True)


def _unit(x) -> str:
    return x if isinstance(x, str) else f"{x:.4g}"


def render_backtest(
    report: BacktestReport, cv: CrossValidation | None = None, console: Console | None = None
) -> None:
    """Absolute error per issue and model, the mean absolute error, the summary (intervals,
    worst issues, cross-validation) and the issues left out (with why)."""
    console = console or Console(width=120)
    table = Table(title="backtest: absolute error per issue")
    table.add_column("issue")
    table.add_column("outcome", justify="right")
    for m in report.models:
        table.add_column(m, justify="right")
    for k, issue in enumerate(report.issues):
        table.add_row(Text(issue), f"{report.outcomes[k]:.1f}",
                      *[f"{report.errors[i, k]:.2f}" for i in range(len(report.models))])
    table.add_row(Text("MAE", style="bold"), "",
                  *[Text(f"{v:.2f}", style="bold") for v in report.mae])
    console.print(table)  # issue names as Text: printed as written, not read as markup
    for line in backtest_summary(report, cv):
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    if report.skipped:
        scored, left = len(report.issues), len(report.skipped)
        console.print(f"{scored} issue{'s' * (scored != 1)} scored; {left} left out:",
                      markup=False)
        for s in report.skipped:
            console.print(f"  {s.reason}", markup=False, highlight=False, soft_wrap=True)
