"""accord: mediated, multi-issue, multi-party negotiation.

The main entry points, importable from the package itself::

    import accord

    scenario = accord.read_scenario("scenarios/gaza-ceasefire-2024-05.yaml")
    result = accord.analyze(scenario)

Names are loaded on first use (PEP 562), so ``import accord`` stays cheap for the command line,
which needs only a few of them.  ``accord.forecast`` is the forecasting subpackage; a forecast
with a named model is ``accord.run_model``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it (relative to this package)
_ENTRY_POINTS = {
    "AccordInputError": ".errors",
    "Scenario": ".model",
    "Problem": ".model.problem",
    "compile_problem": ".model.problem",
    "read_scenario": ".io",
    "read_with_warnings": ".io",
    "dump_scenario": ".io",
    "write_genius": ".io",
    "write_scenario": ".io",
    "analyze": ".analysis",
    "pareto_frontier": ".analysis",
    "bargaining_solutions": ".analysis",
    "diagnose": ".analysis",
    "diagnosis_lines": ".report.diagnosis_text",
    "robust_analysis": ".analysis.robust",
    "NegotiationConfig": ".negotiation",
    "negotiate": ".negotiation",
    "run_tournament": ".negotiation.tournament",
    "Stakeholders": ".model.stakeholders",
    "load_stakeholders": ".io.stakeholders",
    "run_model": ".forecast",
    "smp": ".forecast",
    "eum": ".forecast",
    "monte_carlo": ".forecast",
    "backtest": ".forecast",
    "read_backtest": ".io.backtest",
    "write_report": ".report.html",
    "render_report": ".report.html",
    "build_briefing": ".report.briefing",
}

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


def __getattr__(name: str) -> Any:
    module = _ENTRY_POINTS.get(name)
    if module is None:
        raise AttributeError(f"module 'accord' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
