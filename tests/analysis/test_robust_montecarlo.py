"""The Monte Carlo over declared uncertainty: closed forms, the point analysis, determinism."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis import analyze
from accord.analysis.robust import (
    all_packages,
    draws_at,
    evaluate,
    monte_carlo,
    point_values,
    sample_draws,
)
from accord.io.yaml import parse_scenario
from accord.model import Scenario, uncertain_parameters
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.uncertainty import with_spread

# Two issues, two options each: x gets 1 per issue it wins, y the opposite, weights 1/2.
# Packages are worth (1, 0), (1/2, 1/2) twice and (0, 1): only the compromises can be in
# a ZOPA, and they are exactly when both walk-away values are at most 1/2.
TWO_ISSUES = """\
name: closed form
issues:
  a: {type: ordinal, values: ["0", "1"]}
  b: {type: ordinal, values: ["0", "1"]}
parties:
  x:
    reservation_value: 0.6
    weights: {a: 0.5, b: 0.5}
    values: {a: {"0": 0, "1": 1}, b: {"0": 0, "1": 1}}
    uncertainty: {reservation_value: 0.3..0.7 triangular}
  y:
    reservation_value: 0.5
    weights: {a: 0.5, b: 0.5}
    values: {a: {"0": 1, "1": 0}, b: {"0": 1, "1": 0}}
    uncertainty: {reservation_value: ±0.1}
"""


def test_two_issue_p_zopa_matches_the_closed_form():
    # P(r_x <= 1/2) for a triangle on [0.3, 0.7] peaking at 0.6 is 0.2^2 / (0.4 * 0.3) = 1/3;
    # P(r_y <= 1/2) for a uniform on [0.4, 0.6] is 1/2; independent: P(ZOPA) = 1/6.
    scenario = parse_scenario(TWO_ISSUES)
    problem = compile_problem(scenario)
    mc = monte_carlo(problem, uncertain_parameters(scenario), draws=40_000, seed=3)
    exact = 1 / 6
    assert mc.p_zopa_interval[0] <= exact <= mc.p_zopa_interval[1]
    assert abs(mc.p_zopa - exact) < 4 * np.sqrt(exact * (1 - exact) / 40_000)
    # only the two compromises are ever accepted, each exactly when there is a ZOPA
    hits = int(mc.evaluation.zopa.sum())
    assert mc.evaluation.accepted.tolist() == [0, hits, hits, 0]
    assert np.array_equal(mc.p_accept, [0.0, mc.p_zopa, mc.p_zopa, 0.0])
    # the Nash point, when there is one, is the first compromise (lowest index on a tie)
    assert set(mc.evaluation.nash[mc.evaluation.zopa].tolist()) == {1}
    assert dict(mc.nash) == {1: mc.p_zopa}


def _scenario(data) -> Scenario:
    radices = data.draw(st.lists(st.integers(1, 4), min_size=1, max_size=4))
    k = data.draw(st.integers(1, 3))
    base = random_scenario(radices, n_parties=k, seed=data.draw(st.integers(0, 10_000)))
    grid = data.draw(st.sampled_from([None, 0.5, 0.25]))  # coarse values make ties
    parties = {}
    for key, party in base.parties.items():
        update = {"reservation_value": data.draw(st.floats(0, 1).map(lambda x: round(x, 3)))}
        if grid:
            update["values"] = {
                issue: fn.model_copy(
                    update={"table": {o: round(v / grid) * grid for o, v in fn.table.items()}}
                )
                for issue, fn in party.values.items()
            }
        parties[key] = party.model_copy(update=update)
    constraints = ()
    if len(radices) >= 2 and max(radices[:2]) >= 2 and data.draw(st.booleans()):
        constraints = ({"forbid": {"i0": ["v0"], "i1": ["v0"]}},)
    return Scenario.model_validate(
        {**dict(base), "parties": parties, "constraints": constraints}
    )


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_without_uncertainty_the_point_analysis_is_reproduced_exactly(data):
    scenario = _scenario(data)
    problem = compile_problem(scenario)
    point = analyze(scenario)
    mc = monte_carlo(problem, ())
    zopa = point.scan.zopa_size > 0
    assert mc.p_zopa == float(zopa) and mc.p_zopa_interval == (float(zopa),) * 2
    u, d = problem.utilities, problem.reservation_values
    inside = np.all(u >= d[None, :] - 1e-9, axis=1)
    if problem.feasible is not None:
        inside &= problem.feasible
    assert np.array_equal(mc.p_accept, inside.astype(float))
    assert mc.margin.tolist() == [-point.diagnosis.shortfall]
    nash = point.solutions["nash"]
    expected = -1 if nash is None else int(point.scan.frontier_index[nash])
    assert mc.evaluation.nash.tolist() == [expected]


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_draws_at_the_stated_values_give_the_compiled_utilities_bit_for_bit(data):
    scenario = with_spread(_scenario(data), 0.3)
    problem = compile_problem(scenario)
    params = uncertain_parameters(scenario)
    draws = draws_at(problem, params, np.repeat(point_values(params), 3, axis=0))
    block_cells = data.draw(st.sampled_from([1, 7, 64, 1 << 17]))
    stated = evaluate(all_packages(problem), draws, block_cells=block_cells)
    fixed = evaluate(all_packages(problem), draws_at(problem, (), point_values(())))
    assert np.array_equal(stated.accepted, 3 * fixed.accepted)
    assert np.array_equal(stated.margin, np.repeat(fixed.margin, 3))
    assert np.array_equal(stated.nash, np.repeat(fixed.nash, 3))
    from accord.analysis.robust import package_utilities

    index = np.arange(problem.n_outcomes)
    assert np.array_equal(package_utilities(problem, draws, index)[1], problem.utilities)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_probabilities_lie_in_0_1_and_blocks_and_threads_do_not_change_the_result(data):
    scenario = with_spread(_scenario(data), data.draw(st.sampled_from([0.1, 0.5, 2.0])))
    problem = compile_problem(scenario)
    params = uncertain_parameters(scenario)
    draws = sample_draws(problem, params, 50, seed=data.draw(st.integers(0, 99)))
    one = evaluate(all_packages(problem), draws)
    many = evaluate(all_packages(problem), draws, block_cells=data.draw(st.integers(1, 300)),
                    jobs=2)
    for field in ("accepted", "zopa", "margin", "reach", "nash"):
        assert np.array_equal(getattr(one, field), getattr(many, field)), field
    assert np.all((one.accepted >= 0) & (one.accepted <= draws.n))
    mc = monte_carlo(problem, params, draws=50, seed=1)
    probabilities = [mc.p_zopa, *mc.p_zopa_interval, *mc.p_accept.tolist()]
    probabilities += [p.p_accept_all for p in mc.packages] + [s for _, s in mc.nash]
    assert all(0.0 <= p <= 1.0 for p in probabilities)
    assert mc.p_zopa_interval[0] <= mc.p_zopa <= mc.p_zopa_interval[1]
    assert sum(s for _, s in mc.nash) == pytest.approx(mc.p_zopa)


def test_same_seed_same_draws_other_seed_other_draws(flagship_path):
    from accord.io import load_scenario

    scenario = with_spread(load_scenario(flagship_path), 0.3)
    problem = compile_problem(scenario)
    params = uncertain_parameters(scenario)
    a, b = (sample_draws(problem, params, 100, seed=7) for _ in range(2))
    assert a.values.tobytes() == b.values.tobytes()
    assert sample_draws(problem, params, 100, seed=8).values.tobytes() != a.values.tobytes()
