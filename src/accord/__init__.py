"""accord: mediated, multi-issue, multi-party negotiation.

The main entry points, importable from the package itself::

    import accord

    scenario = accord.read_scenario("scenarios/gaza-ceasefire-2024-05.yaml")
    result = accord.analyze(scenario)

Names are loaded on first use (:mod:`accord.lazy`, like every package's exports), so
``import accord`` stays cheap for the command line, which needs only a few of them.
``accord.forecast`` is the forecasting subpackage; a forecast with a named model is
``accord.run_model``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import attach

__version__ = "0.1.0"

__all__ = [
    "AccordInputError",
    "NegotiationConfig",
    "Problem",
    "Scenario",
    "Stakeholders",
    "analyze",
    "backtest",
    "bargaining_solutions",
    "build_briefing",
    "compile_problem",
    "diagnose",
    "diagnosis_lines",
    "dump_scenario",
    "eum",
    "load_stakeholders",
    "monte_carlo",
    "negotiate",
    "pareto_frontier",
    "read_backtest",
    "read_scenario",
    "read_with_warnings",
    "render_report",
    "robust_analysis",
    "run_model",
    "run_tournament",
    "smp",
    "write_genius",
    "write_report",
    "write_scenario",
]

__getattr__, __dir__ = attach(__name__, __all__)

if TYPE_CHECKING:
    from .analysis import analyze, bargaining_solutions, diagnose, pareto_frontier
    from .analysis.robust import robust_analysis
    from .errors import AccordInputError
    from .forecast import backtest, eum, monte_carlo, run_model, smp
    from .io import (
        dump_scenario,
        read_scenario,
        read_with_warnings,
        write_genius,
        write_scenario,
    )
    from .io.backtest import read_backtest
    from .io.stakeholders import load_stakeholders
    from .model import Scenario
    from .model.problem import Problem, compile_problem
    from .model.stakeholders import Stakeholders
    from .negotiation import NegotiationConfig, negotiate
    from .negotiation.tournament import run_tournament
    from .report.briefing import build_briefing
    from .report.diagnosis_text import diagnosis_lines
    from .report.html import render_report, write_report
