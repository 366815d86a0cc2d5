"""Library results as the JSON the dashboard's pages draw: numbers computed here, in
Python, by the library; the browser only shows them."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

from ..analysis import Analysis
from ..analysis.robust.montecarlo import MonteCarlo
from ..forecast.montecarlo import MonteCarloResult
from ..forecast.result import ForecastResult
from ..io.results import json_text
from ..model.problem import Problem
from ..negotiation import Negotiation
from ..report import figures
from ..report.json import document

__all__ = ["Json", "analysis_payload", "figure", "forecast_payload", "robust_payload",
           "simulation_payload", "whatif_figure", "whatif_payload"]


class Json(JSONResponse):
    """Strict JSON, as every ``--json`` output: NaN and infinities become null."""

    def render(self, content: Any) -> bytes:
        return json_text(content).encode("utf-8")


def figure(fig) -> dict[str, Any]:
    """A Plotly figure as plain data for ``Plotly.react`` (arrays as lists by ``Json``)."""
    return fig.to_plotly_json()


def whatif_payload(analysis: Analysis, figure_json: dict[str, Any], elapsed_ms: float,
                   cpu_ms: float) -> dict[str, Any]:
    """The analysis of a what-if (``accord analyze --json``, the diagnosis in words
    included), the weights it used, its utility-space figure, and the time both took: wall
    clock and the CPU time of the thread that computed them (other requests excluded)."""
    problem = analysis.problem
    weights = {party: dict(zip(problem.space.names, basis.tolist()))
               for party, basis in zip(problem.parties, problem.weight_basis)
               if basis is not None}
    return {"analysis": document(analysis), "weights": weights, "figure": figure_json,
            "elapsed_ms": elapsed_ms, "cpu_ms": cpu_ms}


def whatif_figure(analysis: Analysis, pair: tuple[int, int]) -> dict[str, Any]:
    """The report's utility-space chart of the what-if (its walk-away values, its cloud)."""
    return figure(figures.utility_space(analysis, analysis.problem, pair))


def robust_payload(mc: MonteCarlo, elapsed_ms: float) -> dict[str, Any]:
    """P(ZOPA) of a what-if under the declared uncertainty, and its most robust packages."""
    return {
        "parameters": len(mc.params),
        "draws": mc.n_draws,
        "seed": mc.seed,
        "p_zopa": mc.p_zopa,
        "p_zopa_interval": list(mc.p_zopa_interval),
        "margin_mean": mc.margin_mean,
        "margin_p5": mc.margin_p5,
        "packages": [
            {"outcome": p.view.outcome, "p_accept_all": p.p_accept_all,
             "median_utilities": p.utilities[:, 1].tolist()}
            for p in mc.packages
        ],
        "elapsed_ms": elapsed_ms,
    }


def analysis_payload(analysis: Analysis) -> dict[str, Any]:
    """``accord analyze --json``: the diagnosis in sentences is ``diagnosis.summary``."""
    return document(analysis)


def simulation_payload(run: Negotiation, problem: Problem) -> dict[str, Any]:
    """``accord simulate --json`` plus the report's offers-over-time figure."""
    return {**run.to_dict(), "figure": figure(figures.offers_over_time(run, problem))}


def forecast_payload(result: ForecastResult, mc: MonteCarloResult | None,
                     drawn: str | None = None) -> dict[str, Any]:
    """``accord forecast --json`` (with its Monte Carlo summary and what it drew from) and the
    paths figure."""
    out = result.to_dict()
    if mc is not None:
        out["monte_carlo"] = {**mc.to_dict(), "source": drawn or ""}
    out["figure"] = figure(figures.forecast_paths(result, mc))
    return out
