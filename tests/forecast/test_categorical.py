"""Unordered issues forecast by a weighted vote over their options."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast.categorical import vote_categorical
from accord.io.yaml import parse_scenario
from accord.model.stakeholders import CategoricalStakes, categorical_stakes


def _stakes(weight, utility, options=("a", "b", "c")):
    n = len(weight)
    return CategoricalStakes("x", options, tuple(f"p{i}" for i in range(n)),
                             np.array(weight, float), np.array(utility, float))


def test_a_cycle_has_no_condorcet_winner_and_falls_back_to_plurality():
    # the classic cycle: a > b > c, b > c > a, c > a > b with equal weights, one heavier
    s = _stakes([1.2, 1, 1], [[3, 2, 1], [1, 3, 2], [2, 1, 3]])
    v = vote_categorical(s)
    assert v.condorcet is None and v.plurality == "a" and v.forecast == "a"
    assert v.rule == "plurality"
    np.testing.assert_allclose(v.pairwise, [[0, 2.2, 1.2], [1, 0, 2.2], [2, 1, 0]])


def test_ties_split_first_choices_and_go_to_the_first_option():
    v = vote_categorical(_stakes([1, 1], [[1, 1, 0], [0, 1, 1]]))
    assert v.support == pytest.approx([0.25, 0.5, 0.25])
    assert v.plurality == "b" and v.condorcet == "b"
    even = vote_categorical(_stakes([1, 1], [[1, 0, 0], [0, 1, 0]]))
    assert even.plurality == "a" and even.condorcet is None


def test_nobody_caring_counts_everyone_the_same():
    v = vote_categorical(_stakes([0, 0, 0], [[1, 0, 0], [0, 1, 0], [0, 1, 0]]))
    assert v.forecast == "b" and v.support == pytest.approx([1 / 3, 2 / 3, 0])


def test_scenario_positions_values_and_weights():
    s = parse_scenario("""
name: site
issues: {site: {type: categorical, values: [north, south, east]}}
parties:
  a: {capability: 3, positions: {site: north}, salience: {site: 1}}
  b:
    capability: 2
    weights: {site: 0.5}
    values: {site: {north: 0, south: 1, east: 0.5}}
  watcher: {role: observer}
""")
    (st,) = categorical_stakes(s)
    assert st.actors == ("a", "b") and st.options == ("north", "south", "east")
    np.testing.assert_allclose(st.weight, [3, 1])
    np.testing.assert_allclose(st.utility, [[1, 0, 0], [0, 1, 0.5]])
    assert vote_categorical(st).forecast == "north"
