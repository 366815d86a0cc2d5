"""The compiled problem: built once from a scenario, what-ifs as array operations."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import AccordInputError
from accord.model import Scenario
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem


def _rebuilt(scenario: Scenario, party: str, **update) -> Scenario:
    """The pydantic way round: copy the party, validate the scenario again."""
    data = scenario.model_dump(mode="json")
    data["parties"][party].update(update)
    return Scenario.model_validate(data)


def _spatial() -> Scenario:
    return Scenario.model_validate(
        {
            "name": "spatial",
            "issues": {
                "x": {"type": "integer", "min": 0, "max": 10},
                "y": {"type": "integer", "min": 0, "max": 4},
                "z": {"type": "categorical", "values": ["a", "b", "c"]},
            },
            "parties": {
                "p": {"positions": {"x": 2, "y": 4, "z": "b"}, "salience": {"x": 0.5, "y": 0.3}},
                "q": {"positions": {"x": 9, "z": "c"}, "salience": {"x": 0.6, "y": 0.9, "z": 0.2}},
            },
        }
    )


def test_compiling_builds_each_partys_preferences_once(monkeypatch):
    scenario = random_scenario((3, 4, 5), n_parties=3, seed=2)
    calls = []
    original = Scenario.preferences
    monkeypatch.setattr(
        Scenario, "preferences", lambda self, key: calls.append(key) or original(self, key)
    )
    problem = compile_problem(scenario)
    _ = (problem.utilities, problem.ranking(0),
         problem.with_reservation_values([0.1, 0.2, 0.3]).utilities)
    assert calls == ["p0", "p1", "p2"]


def test_arrays_match_the_scenario_and_are_read_only():
    scenario = random_scenario((3, 4, 5), seed=4, reservation_value=0.25)
    problem = compile_problem(scenario)
    np.testing.assert_array_equal(problem.utilities, scenario.utilities())
    np.testing.assert_array_equal(problem.reservation_values, [0.25, 0.25])
    np.testing.assert_array_equal(problem.discount_factors, [1.0, 1.0])
    index = np.array([0, 7, 59])
    np.testing.assert_array_equal(problem.utilities_at(index), scenario.utilities(index=index))
    with pytest.raises(ValueError):
        problem.utilities[0, 0] = 2.0
    order, u = problem.ranking(1)
    assert np.all(np.diff(u) >= 0) and sorted(order.tolist()) == list(range(60))


def test_with_reservation_shares_the_utilities():
    problem = compile_problem(random_scenario((4, 4), seed=1))
    u = problem.utilities
    moved = problem.with_reservation_values({"p1": 0.4})
    assert moved.utilities is u
    np.testing.assert_array_equal(moved.reservation_values, [0.0, 0.4])
    # the original is unchanged
    np.testing.assert_array_equal(problem.reservation_values, [0.0, 0.0])
    with pytest.raises(AccordInputError, match="unknown party 'nobody'"):
        problem.with_reservation_values({"nobody": 0.1})
    with pytest.raises(AccordInputError, match=r"\[0, 1\]"):
        problem.with_reservation_values([0.2, 1.5])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(2, 5), min_size=1, max_size=4),
    st.integers(0, 10_000),
    st.data(),
)
def test_with_weights_equals_revalidating_the_scenario(radices, seed, data):
    scenario = random_scenario(radices, seed=seed)
    issue = data.draw(st.sampled_from(list(scenario.issues)))
    weight = data.draw(st.floats(0, 2))
    problem = compile_problem(scenario)
    other = problem.column(1)
    weights = {**scenario.parties["p0"].weights, issue: weight}
    if not any(weights.values()):  # all weights 0: a modelling error either way
        with pytest.raises(AccordInputError, match="no positive weight left"):
            problem.with_weights("p0", {issue: weight})
        with pytest.raises(ValueError, match="every weight is 0"):
            _rebuilt(scenario, "p0", weights=weights)
        return
    changed = problem.with_weights("p0", {issue: weight})
    expected = _rebuilt(scenario, "p0", weights=weights).utilities()
    np.testing.assert_allclose(changed.utilities, expected, rtol=0, atol=1e-12)
    assert changed.column(1) is other  # the unchanged party's array is shared


def test_with_weights_on_spatial_utilities_normalises_saliences_as_the_scenario_does():
    scenario = _spatial()
    changed = compile_problem(scenario).with_weights("q", {"y": 0.1, "z": 0.7})
    expected = _rebuilt(scenario, "q", salience={"x": 0.6, "y": 0.1, "z": 0.7}).utilities()
    np.testing.assert_allclose(changed.utilities, expected, rtol=0, atol=1e-12)
    # an unpositioned issue carries no weight, whatever its salience
    unpositioned = compile_problem(scenario).with_weights("p", {"x": 0.5})
    np.testing.assert_allclose(unpositioned.utilities, scenario.utilities(), atol=1e-12)


def test_with_values_replaces_one_table():
    scenario = random_scenario((3, 2), seed=8)
    changed = compile_problem(scenario).with_values("p1", "i0", [0.0, 1.0, 0.5])
    values = scenario.parties["p1"].model_dump(mode="json")["values"]
    values["i0"] = {"type": "table", "table": {"v0": 0.0, "v1": 1.0, "v2": 0.5}}
    expected = _rebuilt(scenario, "p1", values=values).utilities()
    np.testing.assert_allclose(changed.utilities, expected, rtol=0, atol=1e-12)
    with pytest.raises(AccordInputError, match="3 options, got 2"):
        compile_problem(scenario).with_values("p1", "i0", [0.0, 1.0])


def test_memoised_results_are_dropped_when_what_they_depend_on_changes():
    problem = compile_problem(random_scenario((3, 3), seed=0))
    problem.memo("frontier", lambda: "computed")
    problem.ranking(0), problem.ranking(1)
    moved = problem.with_reservation_values([0.1, 0.1])
    assert moved.memo("frontier", lambda: "again") == "again"
    assert moved.ranking(0) is problem.ranking(0)
    reweighted = problem.with_weights("p0", {"i0": 0.9})
    assert reweighted.ranking(1) is problem.ranking(1)
    assert reweighted.ranking(0) is not problem.ranking(0)


def test_spaces_too_large_to_hold_are_refused_not_allocated():
    # above the one enumeration limit (accord.model.space.ENUMERATION_LIMIT, 5 x 10^7)
    scenario = Scenario.model_validate(
        {
            "name": "huge",
            "issues": {
                "x": {"type": "integer", "min": 0, "max": 9999},
                "y": {"type": "integer", "min": 0, "max": 9999},
            },
            "parties": {
                "a": {
                    "weights": {"x": 1},
                    "values": {"x": {"type": "linear", "direction": "increasing"}},
                },
                "b": {
                    "weights": {"y": 1},
                    "values": {"y": {"type": "linear", "direction": "decreasing"}},
                },
            },
        }
    )
    problem = compile_problem(scenario)
    assert not problem.dense
    with pytest.raises(AccordInputError, match="100,000,000 packages"):
        _ = problem.utilities
    np.testing.assert_allclose(problem.utilities_at([0, 100_000_000 - 1]), [[0, 1], [1, 0]])


def test_results_computed_without_walk_away_values_survive_a_reservation_change():
    problem = compile_problem(random_scenario((3, 3), seed=0))
    frontier = problem.memo("frontier", lambda: "frontier", uses_reservation=False)
    problem.memo("nash", lambda: "nash")
    moved = problem.with_reservation_values([0.2, 0.1])
    assert moved.memo("frontier", lambda: "again") is frontier
    assert moved.memo("nash", lambda: "again") == "again"
    # a preference change drops it, and the kept set stays per problem
    reweighted = moved.with_weights("p0", {"i0": 0.1})
    assert reweighted.memo("frontier", lambda: "recomputed") == "recomputed"
    assert moved.with_reservation_values([0.0, 0.0]).memo("frontier", lambda: "x") is frontier


def test_weights_as_they_stand_by_issue():
    scenario = random_scenario((3, 2), seed=3)
    problem = compile_problem(scenario)
    assert problem.weights("p1") == {
        issue: scenario.parties["p1"].weights.get(issue, 0.0) for issue in scenario.issues
    }
    assert compile_problem(_spatial()).weights("p") == {"x": 0.5, "y": 0.3, "z": 0.0}
    assert problem.with_weights("p1", {"i1": 0.7}).weights("p1")["i1"] == 0.7
