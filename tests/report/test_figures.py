"""The Plotly figures draw the library's numbers, exactly: each trace is checked against
the result it was built from."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import accord
from accord.analysis import zopa_mask
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.report.figures import (
    event_rows,
    forecast_paths,
    news_timeline,
    offers_over_time,
    p_zopa_summary,
    robust_packages,
    sources_timeline,
    tornado,
    utility_space,
)
from accord.report.figures.space import MAX_POINTS

ROOT = Path(__file__).resolve().parents[2]
LABOUR = ROOT / "examples" / "labour-dispute.yaml"


def _trace(fig, start: str):
    found = [t for t in fig.data if (t.name or "").startswith(start)]
    assert len(found) == 1, [t.name for t in fig.data]
    return found[0]


@pytest.fixture(scope="module")
def labour():
    scenario = accord.read_scenario(LABOUR)
    return scenario, accord.analyze(scenario), compile_problem(scenario)


@pytest.fixture(scope="module")
def flagship():
    scenario = accord.read_scenario(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")
    problem = compile_problem(scenario)
    return scenario, accord.analyze(scenario), problem


@pytest.fixture(scope="module")
def flagship_robust(flagship):
    return accord.robust_analysis(flagship[2], draws=500, seed=3)


def test_zopa_trace_holds_every_zopa_package(labour):
    scenario, analysis, problem = labour
    fig = utility_space(analysis, problem)
    zopa = _trace(fig, "ZOPA")
    assert analysis.scan.zopa_size == 121
    assert len(zopa.x) == len(zopa.y) == analysis.scan.zopa_size
    u = problem.utilities[problem.feasible_index]
    expected = u[zopa_mask(u, analysis.reservation_values)]
    assert sorted(zip(zopa.x, zopa.y)) == sorted(map(tuple, expected.tolist()))
    cloud = _trace(fig, "packages")
    assert len(cloud.x) == scenario.space.size == 1331


def test_frontier_trace_is_the_frontier_and_solutions_sit_on_it(labour):
    _, analysis, problem = labour
    fig = utility_space(analysis, problem)
    front = _trace(fig, "Pareto frontier")
    u = analysis.scan.frontier_utilities
    assert len(front.x) == len(u)
    assert sorted(zip(front.x, front.y)) == sorted(map(tuple, u.tolist()))
    assert np.all(np.diff(front.x) >= 0)  # drawn left to right, as a line
    for name, title in (("nash", "Nash"), ("kalai_smorodinsky", "Kalai"),
                        ("egalitarian", "Egalitarian"), ("utilitarian", "Utilitarian")):
        point = _trace(fig, title)
        assert (point.x[0], point.y[0]) == tuple(analysis.solution_utilities(name))
    walk = _trace(fig, "walk-away values")
    d = analysis.reservation_values
    assert walk.x[0] == d[0] and walk.y[3] == d[1]


def test_large_clouds_are_sampled_and_say_so(flagship):
    scenario, analysis, problem = flagship
    fig = utility_space(analysis, problem, max_points=500)
    cloud = _trace(fig, "packages")
    assert len(cloud.x) == 500
    assert f"{len(problem.feasible_index):,} packages (500 drawn at random)" in cloud.name
    assert not [t for t in fig.data if (t.name or "").startswith("ZOPA")]  # no ZOPA here
    assert all(analysis.solutions[k] is None for k in analysis.solutions)
    full = utility_space(analysis, problem)
    assert len(_trace(full, "packages").x) == min(MAX_POINTS, len(problem.feasible_index))


def test_three_parties_show_a_pair_and_name_the_others():
    scenario = random_scenario([3, 4, 5], n_parties=3, seed=2, reservation_value=0.3)
    analysis = accord.analyze(scenario)
    names = [scenario.display_name(p) for p in scenario.negotiators]
    fig = utility_space(analysis, compile_problem(scenario), pair=(2, 0))
    assert f"left out: {names[1]}" in fig.layout.title.text
    assert fig.layout.xaxis.title.text == f"utility of {names[2]}"
    front = _trace(fig, "Pareto frontier of all 3 parties, projected")
    u = analysis.scan.frontier_utilities
    assert sorted(zip(front.x, front.y)) == sorted(map(tuple, u[:, [2, 0]].tolist()))
    with pytest.raises(accord.AccordInputError, match="not a negotiating party"):
        utility_space(analysis, pair="p0,nobody")


def test_robust_charts_hold_the_robust_numbers(flagship_robust):
    robust = flagship_robust
    mc = robust.monte_carlo
    summary = p_zopa_summary(robust)
    bar = _trace(summary, "P(a ZOPA exists)")
    assert bar.y[0] == mc.p_zopa
    low, high = mc.p_zopa_interval
    assert bar.y[0] - bar.error_y.arrayminus[0] == pytest.approx(low, abs=1e-12)
    assert bar.y[0] + bar.error_y.array[0] == pytest.approx(high, abs=1e-12)
    assert len(_trace(summary, "margin per draw").x) == mc.n_draws
    packages = robust_packages(robust)
    accept = _trace(packages, "P(every party accepts)")
    assert list(accept.x) == [p.p_accept_all for p in mc.packages]
    assert list(_trace(packages, "share of draws").x) == [p.nash_share for p in mc.packages]
    chart = tornado(robust)
    flips = robust.sensitivity[: len(chart.data[0].y)]
    assert len(flips) == min(12, len(robust.sensitivity)) > 0
    for trace, end in zip(chart.data, ("low", "high")):
        ends = np.asarray(trace.base) + np.asarray(trace.x)
        assert ends == pytest.approx([getattr(f, f"margin_{end}") for f in flips])
    flipping = [f for f in flips if f.within_range]
    texts = [a.text for a in chart.layout.annotations if "flips at" in a.text]
    assert len(texts) == len(flipping) > 0


def test_offers_over_time_follow_the_trace_and_mark_every_event(flagship):
    _, _, problem = flagship
    run = accord.negotiate(problem)
    fig = offers_over_time(run, problem)
    utilities = run.trace.utilities()
    actors = np.asarray(run.trace.actor)
    offered = np.asarray(run.trace.action) == "offer"
    israel = [t for t in fig.data if t.name.startswith("offers by Government of Israel")]
    assert len(israel) == 2  # one per panel
    rows = offered & (actors == 0)
    assert list(israel[0].y) == utilities[rows, 0].tolist()
    assert list(israel[1].y) == utilities[rows, 1].tolist()
    events = _trace(fig, "scenario events")
    assert len(events.x) == len(run.events) == len(event_rows(run)) > 0
    assert list(events.x) == [e.round for e in run.events]
    walk = [t for t in fig.data if t.name == "walk-away value"]
    assert walk[0].y[0] == problem.reservation_values[0]
    changes = [e for e in run.events if e.type == "reservation_change"
               and e.details["party"] == "israel"]
    assert [y for y in walk[0].y[1:-1]] == [e.details["new"] for e in changes]


def test_forecast_paths_and_band_are_the_forecasts(flagship_path):
    from accord.forecast import Uncertainty, monte_carlo, run_model
    from accord.io.stakeholders import load_stakeholders

    stakeholders = load_stakeholders(flagship_path)
    result = run_model("smp", stakeholders)
    assert result.states > 1
    mc = monte_carlo(stakeholders, Uncertainty.spread(stakeholders, position=5), model="smp",
                     runs=20, seed=1)
    fig = forecast_paths(result, mc)
    assert len(fig.layout.annotations) >= len(result.dimensions)  # one panel per issue
    first = result.actors[0]
    paths = [t for t in fig.data if t.name == first]
    assert len(paths) == len(result.dimensions)
    for k, trace in enumerate(paths):
        assert list(trace.y) == result.history[:, 0, k].tolist()
    forecast = [t for t in fig.data if t.name.startswith("forecast")]
    assert [t.y[0] for t in forecast] == result.forecast.tolist()
    assert fig.layout.yaxis.range is None  # no scale given: Plotly fits the data
    scaled = forecast_paths(result, mc, scale=stakeholders.scale)
    assert scaled.layout.yaxis.range == (-5.0, 105.0) == scaled.layout.yaxis4.range
    bands = [t for t in fig.data if t.name.startswith("Monte Carlo (20 runs)")]
    assert [(min(t.y), max(t.y)) for t in bands] == [
        (mc.quantiles[0, k], mc.quantiles[-1, k]) for k in range(len(result.dimensions))]


def test_a_one_state_forecast_shows_the_stated_positions(flagship_path):
    """The weighted mean has no paths: each stakeholder's stated position is a marker on its
    own row, the forecast and the band span the rows (they had no width at all)."""
    from accord.forecast import Uncertainty, monte_carlo, run_model
    from accord.io.stakeholders import load_stakeholders

    stakeholders = load_stakeholders(flagship_path)
    result = run_model("mean", stakeholders)
    assert result.states == 1
    mc = monte_carlo(stakeholders, Uncertainty.spread(stakeholders, position=5), model="mean",
                     runs=20, seed=1)
    fig = forecast_paths(result, mc, scale=stakeholders.scale)
    n, d = len(result.actors), len(result.dimensions)
    from accord.report.figures.style import pseudo_html

    names = [pseudo_html(a) for a in result.actors]
    for i, actor in enumerate(names):
        marks = [t for t in fig.data if t.name == actor]
        assert [(t.x[0], t.y[0]) for t in marks] == [
            (result.history[0, i, k], i) for k in range(d)]
    forecast = [t for t in fig.data if t.name.startswith("forecast")]
    assert [tuple(t.x) for t in forecast] == [(f, f) for f in result.forecast]
    assert all(tuple(t.y) == (-0.5, n - 0.5) for t in forecast)  # across every row
    bands = [t for t in fig.data if t.name.startswith("Monte Carlo (20 runs)")]
    assert [(min(t.x), max(t.x)) for t in bands] == [
        (mc.quantiles[0, k], mc.quantiles[-1, k]) for k in range(d)]
    assert list(fig.layout.yaxis.ticktext) == names
    assert fig.layout.xaxis.range == (-5.0, 105.0)


def test_timelines(flagship):
    scenario = flagship[0]
    fig = sources_timeline(scenario)
    assert len(fig.data[0].x) == len(scenario.sources)
    assert sorted(fig.data[0].x) == list(fig.data[0].x)
    from accord.news.timeline import TimelineEntry

    entries = [TimelineEntry("2024-05-06", "a.txt", "ongoing", ("Hamas ACCEPT Israel",)),
               TimelineEntry(None, "b.txt", "stalled", ())]
    news = news_timeline(entries)
    assert list(news.data[0].x) == ["2024-05-06"]
    assert "1 undated article not shown" in news.layout.title.text
    assert news.layout.xaxis.type == "category"  # one date: shown as written
    assert fig.layout.xaxis.type == "date"


def test_scenario_text_is_escaped_in_labels():
    scenario = random_scenario([2, 3], seed=0, reservation_value=0.2)
    data = scenario.model_dump()
    data["parties"]["p0"]["name"] = "<img src=x onerror=alert(1)>"
    hostile = type(scenario).model_validate(data)
    fig = utility_space(accord.analyze(hostile), compile_problem(hostile))
    assert "&lt;img src=x onerror=alert(1)&gt;" in fig.layout.xaxis.title.text
    assert "<img" not in fig.to_json()


def test_a_what_if_on_the_problem_redraws_from_its_own_analysis(flagship):
    """The dashboard's path: a what-if Problem, its analysis, the chart (no problem passed)."""
    _, _, problem = flagship
    lower = problem.with_reservation_values(problem.reservation_values - 0.03)
    analysis = accord.analyze(lower)
    fig = utility_space(analysis)
    zopa = _trace(fig, "ZOPA")
    assert analysis.scan.zopa_size > 0
    assert len(zopa.x) == min(MAX_POINTS, analysis.scan.zopa_size)
    walk = _trace(fig, "walk-away values")
    assert walk.x[0] == lower.reservation_values[0] and walk.y[3] == lower.reservation_values[1]
    assert len(_trace(fig, "packages").x) == min(MAX_POINTS, len(problem.feasible_index))
