"""The pruned search over (node, draw) pairs says what a dense evaluation of every package
in every draw says, bit for bit."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis.robust import (
    all_packages,
    conclusions,
    deferral_packages,
    evaluate,
    has_zopa,
    package_utilities,
    sample_draws,
)
from accord.model import Scenario, uncertain_parameters
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.tolerance import UTILITY_TOLERANCE as TOL
from accord.model.uncertainty import with_spread


def _scenario(data) -> Scenario:
    radices = data.draw(st.lists(st.integers(1, 5), min_size=1, max_size=5))
    k = data.draw(st.integers(1, 3))
    base = random_scenario(radices, n_parties=k, seed=data.draw(st.integers(0, 10_000)),
                           reservation_value=data.draw(st.floats(0.1, 0.9)))
    grid = data.draw(st.sampled_from([None, 0.5, 0.25]))  # coarse values make ties
    parties = {}
    for key, party in base.parties.items():
        update = {}
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
    scenario = Scenario.model_validate(
        {**dict(base), "parties": parties, "constraints": constraints}
    )
    return with_spread(scenario, data.draw(st.sampled_from([0.05, 0.3, 1.0])))


def _utilities(packages, draws):
    """Every package's utility in every draw (draws x packages x parties): settled issues
    added in order, deferred ones at their expectation."""
    problem = packages.problem
    index = np.arange(packages.size)
    if packages.issues == tuple(range(problem.space.n_issues)):
        return package_utilities(problem, draws, index)
    digits = packages.digits(index)
    out = np.empty((draws.n, packages.size, problem.n_parties))
    for j, terms in enumerate(draws.terms):
        if terms is None:
            out[:, :, j] = packages.column(j)[None, :]
            continue
        total = np.zeros((draws.n, packages.size))
        for level, i in enumerate(packages.issues):
            total = total + terms[i][:, digits[:, level]]
        for i, probability in packages.soft[j]:
            total = total + terms[i] @ probability.T
        out[:, :, j] = np.minimum(total, 1.0)
    return out


def _dense(packages, draws):
    """Every package in every draw, by the definitions in ``Evaluation``'s docstring."""
    size, k = packages.size, packages.problem.n_parties
    u = _utilities(packages, draws)
    d = draws.reservation_values[:, None, :]
    gains = u - d
    ok = u >= d - TOL
    feasible = np.ones(size, bool) if packages.feasible is None else packages.feasible
    ok &= feasible[None, :, None]
    every = ok.all(axis=2)
    smallest = np.where(feasible[None, :], gains.min(axis=2), -np.inf)
    margin = smallest.max(axis=1)
    reach = np.stack(
        [np.where(np.delete(ok, j, axis=2).all(axis=2) & feasible[None, :], gains[:, :, j],
                  -np.inf).max(axis=1) for j in range(k)], axis=1)
    score = np.prod(np.maximum(gains, 0.0), axis=2)
    score = score ** (1.0 / k) if k > 1 else score
    nash = np.full(draws.n, -1)
    for s in range(draws.n):
        rows = np.flatnonzero(every[s])
        if not len(rows):
            continue
        rows = rows[score[s, rows] >= score[s, rows].max() - TOL]
        g = gains[s, rows]
        welfare = g[:, 0]
        for j in range(1, k):
            welfare = welfare + g[:, j]
        welfare = welfare + draws.reservation_values[s].sum()
        rows, g = rows[welfare >= welfare.max() - TOL], g[welfare >= welfare.max() - TOL]
        spread = g.max(axis=1) - g.min(axis=1)
        nash[s] = rows[spread <= spread.min() + TOL].min()
    margin = np.where(np.abs(margin) <= TOL, 0.0, margin)
    return every.sum(axis=0), every.any(axis=1), margin, reach, nash


@settings(max_examples=80, deadline=None)
@given(st.data())
def test_the_search_equals_the_dense_evaluation(data):
    problem = compile_problem(_scenario(data))
    params = uncertain_parameters(problem.scenario)
    draws = sample_draws(problem, params, data.draw(st.integers(1, 60)),
                         seed=data.draw(st.integers(0, 99)))
    found = evaluate(all_packages(problem), draws, block_cells=data.draw(
        st.sampled_from([1, 5, 64, 1 << 16])), jobs=data.draw(st.sampled_from([1, 2])))
    accepted, zopa, margin, reach, nash = _dense(all_packages(problem), draws)
    assert found.accepted.tolist() == accepted.tolist()
    assert found.zopa.tolist() == zopa.tolist()
    assert found.margin.tobytes() == margin.tobytes()
    assert found.reach.tobytes() == reach.tobytes()
    assert found.nash.tolist() == nash.tolist()
    assert has_zopa(all_packages(problem), draws).tolist() == zopa.tolist()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_deferred_issues_leave_the_search_exact(data):
    problem = compile_problem(_scenario(data))
    n_issues = problem.space.n_issues
    deferred = data.draw(st.sets(st.integers(0, n_issues - 1), max_size=n_issues - 1))
    params = uncertain_parameters(problem.scenario)
    draws = sample_draws(problem, params, 30, seed=data.draw(st.integers(0, 99)))
    packages = deferral_packages(problem, sorted(deferred))
    found = evaluate(packages, draws, block_cells=data.draw(st.sampled_from([3, 1 << 16])))
    accepted, zopa, margin, reach, nash = _dense(packages, draws)
    assert found.accepted.tolist() == accepted.tolist()
    assert found.zopa.tolist() == zopa.tolist()
    # expectations are matrix products, whose rounding may differ in the last place
    assert np.allclose(found.margin, margin, rtol=0, atol=1e-12)
    assert np.allclose(found.reach, reach, rtol=0, atol=1e-12)
    assert found.nash.tolist() == nash.tolist()
    assert has_zopa(packages, draws).tolist() == zopa.tolist()


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_the_conclusions_alone_are_those_of_the_full_evaluation(data):
    problem = compile_problem(_scenario(data))
    draws = sample_draws(problem, uncertain_parameters(problem.scenario), 40,
                         seed=data.draw(st.integers(0, 99)))
    full = evaluate(all_packages(problem), draws)
    nash, margin = conclusions(all_packages(problem), draws,
                               jobs=data.draw(st.sampled_from([1, 2])))
    assert nash.tolist() == full.nash.tolist()
    assert margin.tobytes() == full.margin.tobytes()


def test_identical_packages_tie_to_the_lowest_index_in_every_draw():
    # every option worth the same to both parties: all 81 packages tie in every draw
    base = random_scenario([3, 3, 3, 3], n_parties=2, seed=0, reservation_value=0.3)
    parties = {
        key: party.model_copy(update={"values": {
            issue: fn.model_copy(update={"table": dict.fromkeys(fn.table, 0.5)})
            for issue, fn in party.values.items()
        }})
        for key, party in base.parties.items()
    }
    scenario = with_spread(Scenario.model_validate({**dict(base), "parties": parties}), 0.3)
    problem = compile_problem(scenario)
    draws = sample_draws(problem, uncertain_parameters(scenario), 25, seed=0)
    found = evaluate(all_packages(problem), draws, block_cells=8)
    assert found.nash.tolist() == [0 if z else -1 for z in found.zopa]
    assert found.nash.tolist() == _dense(all_packages(problem), draws)[4].tolist()


def test_bisection_with_lookahead_finds_the_flips_plain_bisection_finds(monkeypatch):
    import sys

    from accord.analysis.robust import sensitivity

    module = sys.modules["accord.analysis.robust.sensitivity"]
    for seed in range(4):
        scenario = with_spread(random_scenario([3, 4, 2], n_parties=2 + seed % 2, seed=seed,
                                               reservation_value=0.35 + 0.05 * seed), 0.3)
        problem = compile_problem(scenario)
        params = uncertain_parameters(scenario)
        monkeypatch.setattr(module, "LOOKAHEAD", 1)  # one halving per evaluation
        plain = sensitivity(problem, params)
        monkeypatch.setattr(module, "LOOKAHEAD", 3)
        assert sensitivity(problem, params) == plain
        assert any(f.flips_at is not None for f in plain)
