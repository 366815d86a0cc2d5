"""Analysis on the compiled problem: preferences built once, results memoised on the
problem, what-ifs as new problems."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from accord.analysis import analyze, scan_outcomes
from accord.io.yaml import load_scenario
from accord.model import AdditiveUtility, Scenario
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.tolerance import UTILITY_TOLERANCE


def test_analysing_the_flagship_builds_each_partys_preferences_once(flagship_path, monkeypatch):
    scenario = load_scenario(flagship_path)
    built, dense = [], Counter()
    build, evaluate = Scenario.preferences, AdditiveUtility.dense
    monkeypatch.setattr(
        Scenario, "preferences", lambda self, key: built.append(key) or build(self, key)
    )
    monkeypatch.setattr(
        AdditiveUtility, "dense", lambda p, space: dense.update([id(p)]) or evaluate(p, space)
    )
    result = analyze(scenario)
    assert built == list(scenario.negotiators)  # was 8 builds for the 2 negotiators
    compiled = result.problem.preferences
    assert [dense[id(p)] for p in compiled] == [1] * len(compiled)  # each column once
    # the only other full evaluations are the issue what-ifs: one column per party per issue
    blocks = result.diagnosis.issue_blocks
    assert len(blocks) == len(scenario.issues)
    assert sum(dense.values()) == len(compiled) * (1 + len(blocks))


def test_a_problem_and_its_scenario_analyse_alike(flagship_path):
    scenario = load_scenario(flagship_path)
    problem = compile_problem(scenario)
    assert analyze(problem).to_dict() == analyze(scenario).to_dict()
    assert analyze(problem).problem is problem
    assert scan_outcomes(problem) is scan_outcomes(problem)  # memoised on the problem


def test_a_walk_away_change_reuses_the_frontier_and_recounts_the_zopa():
    problem = compile_problem(random_scenario((4, 5, 3), seed=3, reservation_value=0.2))
    before = scan_outcomes(problem)
    moved = problem.with_reservation_values([0.6, 0.6])
    after = scan_outcomes(moved)
    assert after.frontier_utilities is before.frontier_utilities
    u = problem.utilities
    assert after.zopa_size == int(np.all(u >= 0.6 - UTILITY_TOLERANCE, axis=1).sum())
    assert before.zopa_size == int(np.all(u >= 0.2 - UTILITY_TOLERANCE, axis=1).sum())
    assert after.zopa_size < before.zopa_size


@settings(max_examples=30, deadline=None)
@given(
    st.lists(st.integers(2, 5), min_size=1, max_size=4),
    st.integers(2, 3),
    st.integers(0, 10_000),
    st.floats(0.6, 0.95),
)
def test_lowering_every_walk_away_value_by_the_shortfall_opens_a_zopa(radices, k, seed, r):
    problem = compile_problem(random_scenario(radices, k, seed=seed, reservation_value=r))
    shortfall = analyze(problem).diagnosis.shortfall
    assume(shortfall > 2 * UTILITY_TOLERANCE)
    d = problem.reservation_values
    assert scan_outcomes(problem.with_reservation_values(d - shortfall)).zopa_size > 0
    assert scan_outcomes(problem.with_reservation_values(d - shortfall / 2)).zopa_size == 0
