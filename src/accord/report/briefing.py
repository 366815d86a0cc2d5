"""Everything a briefing shows, computed once: the analysis and, on request, the robust
analysis, a simulated negotiation and a forecast. :func:`build_briefing` runs the library;
:mod:`accord.report.html` only lays the results out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis import Analysis, analyze
from ..analysis.robust import RobustAnalysis, robust_analysis
from ..forecast.montecarlo import (
    DEFAULT_MODEL,
    MonteCarloResult,
    monte_carlo,
    run_model,
    run_uncertainty,
)
from ..forecast.result import ForecastResult
from ..io import read_with_warnings
from ..model import ModelWarning, Scenario
from ..model.problem import Problem, compile_problem
from ..negotiation import NegotiationConfig, negotiate
from ..negotiation.trace import Negotiation
from ..news.text import RawDocument
from ..news.timeline import TimelineEntry

__all__ = ["SCENARIO_LINEUP", "Briefing", "ForecastSettings", "build_briefing"]

SCENARIO_LINEUP = "scenario"
"""``simulate=`` value that plays each party with the agent its scenario names."""


@dataclass(frozen=True)
class ForecastSettings:
    """Model and Monte Carlo spreads, with ``accord forecast``'s defaults: the default model,
    and spreads of ``None`` draw from the scenario's uncertainty declarations (else
    :data:`~accord.forecast.montecarlo.DEFAULT_SPREADS`), as
    :func:`~accord.forecast.montecarlo.run_uncertainty` decides."""

    model: str = DEFAULT_MODEL
    runs: int = 200
    position_spread: float | None = None
    salience_spread: float | None = None
    capability_spread: float | None = None


@dataclass(frozen=True)
class Briefing:
    """The results a report shows and how they were made (``settings``: seed, draws,
    line-up, ... as the report's colophon lists them)."""

    scenario: Scenario
    problem: Problem
    analysis: Analysis
    robust: RobustAnalysis | None = None
    negotiation: Negotiation | None = None
    forecast: ForecastResult | None = None
    forecast_mc: MonteCarloResult | None = None
    forecast_scale: tuple[float, float] | None = None
    timeline: tuple[TimelineEntry, ...] = ()
    warnings: tuple[ModelWarning, ...] = ()
    source: str | None = None
    pair: str | tuple[str, str] | None = None
    settings: dict[str, object] = field(default_factory=dict)


def build_briefing(
    scenario: Scenario | str | Path,
    *,
    robust: bool = False,
    draws: int = 10_000,
    simulate: str | Sequence[str] | None = None,
    rounds: int = 100,
    forecast: bool | ForecastSettings = False,
    timeline: Sequence[TimelineEntry] = (),
    news: Sequence[RawDocument] = (),
    pair: str | tuple[str, str] | None = None,
    seed: int = 0,
    jobs: int = 1,
) -> Briefing:
    """Read (a path) or take a scenario and compute what the report shows.

    ``simulate`` is a line-up (agent specs, one per negotiating party, as a list or
    comma-separated) or :data:`SCENARIO_LINEUP` for the agents the scenario names;
    ``forecast`` True (or settings) adds a forecast of the stakeholders with a Monte Carlo
    band; ``timeline`` is a news timeline (``accord read --timeline``), or ``news`` the
    articles to read for one (with the scenario's parties among the actors; needs the
    ``news`` extra). Every random choice derives from ``seed``.
    """
    warnings: tuple[ModelWarning, ...] = ()
    source = None
    if not isinstance(scenario, Scenario):
        from ..negotiation.lineup import check_lineup
        from ..negotiation.session import check_size

        checks = [check_lineup, check_size] if simulate is not None else []
        source = str(scenario)
        scenario, warnings = read_with_warnings(scenario, checks=checks)
    problem = compile_problem(scenario)
    if pair is not None:
        from .negotiation_plot import plot_pair

        plot_pair(scenario.negotiators, pair)  # a bad pair fails before the work
    settings: dict[str, object] = {"seed": seed}
    analysis = analyze(problem, seed=seed)
    run = None
    if simulate is not None:
        agents = _lineup(simulate)
        run = negotiate(problem, agents, NegotiationConfig(rounds=rounds, seed=seed))
        settings["agents"] = ",".join(run.agents)
        settings["rounds"] = rounds
    result = mc = scale = None
    if forecast:
        options = forecast if isinstance(forecast, ForecastSettings) else ForecastSettings()
        result, mc, scale, drawn = _forecast(problem, options, seed, jobs, source)
        settings["forecast"] = options
        if mc is not None:
            settings["forecast_uncertainty"] = drawn
    if news:
        timeline = (*timeline, *_news_timeline(scenario, news, jobs))
        settings["news"] = len(news)
    # Last, as the longest: a bad line-up or a scenario without positions fails before it.
    robust_result = None
    if robust:
        robust_result = robust_analysis(problem, draws=draws, seed=seed, jobs=jobs)
        settings["draws"] = draws
    return Briefing(scenario, problem, analysis, robust_result, run, result, mc, scale,
                    tuple(timeline), warnings, source, pair, settings)


def _news_timeline(scenario: Scenario, news: Sequence[RawDocument],
                   jobs: int) -> list[TimelineEntry]:
    from ..news import ActorDictionary, read_news
    from ..news.timeline import timeline

    actors = ActorDictionary.builtin().with_scenario(scenario)
    return timeline(read_news(news, actors, jobs=jobs))


def _lineup(simulate: str | Sequence[str]) -> list[str] | None:
    if isinstance(simulate, str):
        if simulate.strip() == SCENARIO_LINEUP:
            return None
        from ..negotiation.agents import split_specs

        return split_specs(simulate)
    return list(simulate)


def _forecast(problem: Problem, options: ForecastSettings, seed: int, jobs: int,
              source: str | None):
    from ..model.stakeholders import stakeholders_from_scenario

    stakeholders = stakeholders_from_scenario(problem, source=source)
    result = run_model(options.model, stakeholders, seed=seed)
    mc = drawn = None
    if options.runs > 1:
        uncertainty, drawn = run_uncertainty(
            stakeholders, problem.scenario, position=options.position_spread,
            salience=options.salience_spread, capability=options.capability_spread)
        mc = monte_carlo(stakeholders, uncertainty, model=options.model, runs=options.runs,
                         seed=seed, jobs=jobs)
    return result, mc, tuple(float(x) for x in stakeholders.scale), drawn
