"""What-ifs on the compiled problem agree with the analysis of the changed scenario."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis import analyze
from accord.analysis.whatif import adjusted, robust_what_if, uncertain_at
from accord.errors import AccordInputError
from accord.io import read_scenario
from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import compile_problem
from accord.model.uncertainty import uncertain_parameters


def _changed(scenario, reservation=None, weights=None):
    """The scenario with the same changes made in its document (the slow, obvious way)."""
    parties = dict(scenario.parties)
    for key, value in (reservation or {}).items():
        parties[key] = parties[key].model_copy(update={"reservation_value": value})
    for key, changes in (weights or {}).items():
        merged = {**parties[key].weights, **changes}
        parties[key] = parties[key].model_copy(update={"weights": merged})
    fields = {name: getattr(scenario, name) for name in type(scenario).model_fields}
    return type(scenario).model_validate({**fields, "parties": parties})


def _assert_same(ours, theirs):
    a, b = ours.scan, theirs.scan
    assert a.zopa_size == b.zopa_size and a.n_feasible == b.n_feasible
    assert a.frontier_index.tolist() == b.frontier_index.tolist()
    np.testing.assert_allclose(a.frontier_utilities, b.frontier_utilities, atol=1e-12)
    assert ours.solutions == theirs.solutions and ours.ties == theirs.ties
    assert ours.reservation_values.tolist() == theirs.reservation_values.tolist()
    assert ours.diagnosis.to_dict() == theirs.diagnosis.to_dict()


def test_lower_walk_away_opens_the_flagship_zopa(flagship_path):
    scenario = read_scenario(flagship_path)
    change = {"hamas": 0.5}
    result = analyze(adjusted(compile_problem(scenario), change))
    _assert_same(result, analyze(_changed(scenario, change)))
    assert result.scan.zopa_size == 19 and result.solutions["nash"] is not None


def test_weight_change_matches_the_edited_scenario(flagship_path):
    scenario = read_scenario(flagship_path)
    reservation, weights = {"israel": 0.55}, {"hamas": {"ceasefire": 0.1, "governance": 0.3}}
    result = analyze(adjusted(compile_problem(scenario), reservation, weights))
    _assert_same(result, analyze(_changed(scenario, reservation, weights)))


def test_hand_computed_split_the_pie():
    """101 splits of a pie; walk-away 0.3 each leaves splits 30..70 (41 packages)."""
    result = analyze(adjusted(compile_problem(split_the_pie()), {"a": 0.3, "b": 0.3}))
    assert result.scan.zopa_size == 41 and len(result.scan.frontier_index) == 101
    nash = result.solutions["nash"]
    assert result.scan.frontier_utilities[nash].tolist() == pytest.approx([0.5, 0.5])
    assert result.diagnosis.shortfall == pytest.approx(-0.2)


def test_unchanged_weights_keep_the_memoised_frontier(flagship_path):
    base = compile_problem(read_scenario(flagship_path))
    first = analyze(base)
    moved = adjusted(base, {"hamas": 0.4}, {"hamas": base.weights("hamas")})
    assert analyze(moved).scan.frontier_index is first.scan.frontier_index
    reweighted = adjusted(base, weights={"hamas": {"ceasefire": 0.2}})
    assert analyze(reweighted).scan.frontier_index is not first.scan.frontier_index


def test_bad_changes_are_refused_with_their_name(flagship_path):
    base = compile_problem(read_scenario(flagship_path))
    with pytest.raises(AccordInputError, match="unknown party 'nobody'"):
        adjusted(base, {"nobody": 0.5})
    with pytest.raises(AccordInputError, match="unknown issue 'weather'"):
        adjusted(base, weights={"hamas": {"weather": 0.5}})
    with pytest.raises(AccordInputError, match=r"\[0, 1\]"):
        adjusted(base, {"hamas": 1.5})


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000), d=st.lists(st.floats(0, 1), min_size=3, max_size=3))
def test_random_scenarios_agree_with_the_analysis(seed, d):
    scenario = random_scenario([3, 4, 4], n_parties=3, seed=seed)
    change = dict(zip(scenario.negotiators, d))
    result = analyze(adjusted(compile_problem(scenario), change))
    _assert_same(result, analyze(_changed(scenario, change)))


def test_robust_what_if_at_stated_values_is_the_declared_monte_carlo(flagship_path):
    from accord.analysis.robust.montecarlo import monte_carlo

    scenario = read_scenario(flagship_path)
    problem = compile_problem(scenario)
    declared = uncertain_parameters(scenario)
    assert uncertain_at(problem, declared) == declared
    ours = robust_what_if(problem, draws=300, seed=5)
    theirs = monte_carlo(problem, declared, draws=300, seed=5, top=3)
    assert ours.p_zopa == theirs.p_zopa and ours.p_zopa_interval == theirs.p_zopa_interval
    certain = robust_what_if(problem, scale=0.0, draws=300)
    assert certain.params == () and certain.p_zopa == 0.0  # the stated values: no ZOPA


def test_robust_what_if_follows_the_sliders(flagship_path):
    scenario = read_scenario(flagship_path)
    moved = adjusted(compile_problem(scenario), {"hamas": 0.45}, {"israel": {"ceasefire": 0.4}})
    params = {(p.party, p.name): p for p in uncertain_at(moved, uncertain_parameters(scenario))}
    walk_away = params["hamas", "reservation_value"]
    assert (walk_away.low, walk_away.point, walk_away.high) == pytest.approx((0.35, 0.45, 0.55))
    weight = params["israel", "weights.ceasefire"]  # declared 30%: 0.21..0.39 around 0.3
    assert (weight.low, weight.point, weight.high) == pytest.approx((0.31, 0.4, 0.49))
    stated = robust_what_if(compile_problem(scenario), draws=300, seed=1).p_zopa
    assert robust_what_if(moved, draws=300, seed=1).p_zopa > stated
    with pytest.raises(AccordInputError, match="spread scale"):
        uncertain_at(moved, (), scale=-1)
