"""Forecasting from accord's own YAML scenarios."""

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.forecast import run_model
from accord.io.stakeholders import load_stakeholders
from accord.io.yaml import load_scenario, parse_scenario
from accord.model.stakeholders import stakeholders_from_scenario


def test_flagship_stakeholders_on_0_100(flagship_path):
    s = load_stakeholders(flagship_path)
    assert "Government of Israel" in s.names and "Egypt (mediator)" in s.names
    assert s.dimensions == ("ceasefire", "hostages_phase_one", "withdrawal", "governance")
    israel = s.names.index("Government of Israel")
    # six_week_truce is option 1 of 4 -> 100 / 3
    assert s.position[israel, 0] == pytest.approx(100 / 3)
    assert np.all(s.salience.sum(axis=1) <= 1 + 1e-12)
    result = run_model("smp", s)
    assert np.all((result.forecast >= 0) & (result.forecast <= 100))


def test_needs_two_positioned_parties():
    scenario = parse_scenario(
        """
name: lone
issues: {x: {type: integer, min: 0, max: 10}}
parties:
  a: {positions: {x: 3}, salience: {x: 1}}
"""
    )
    with pytest.raises(AccordInputError, match="at least two parties"):
        stakeholders_from_scenario(scenario)


def test_scenario_round_trips_through_forecast_loader(flagship_path):
    scenario = load_scenario(flagship_path)
    direct = stakeholders_from_scenario(scenario)
    assert direct.names == load_stakeholders(flagship_path).names


def test_stakeholders_of_a_compiled_problem_are_its_scenarios(flagship_path):
    from accord.model.problem import compile_problem

    scenario = load_scenario(flagship_path)
    direct = stakeholders_from_scenario(scenario)
    compiled = stakeholders_from_scenario(compile_problem(scenario))
    assert compiled.names == direct.names and compiled.dimensions == direct.dimensions
    np.testing.assert_array_equal(compiled.position, direct.position)
    np.testing.assert_array_equal(compiled.salience, direct.salience)
    np.testing.assert_array_equal(compiled.capability, direct.capability)
