"""Position choice: candidates and features, the fit, and forecasts computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from accord.forecast import Uncertainty, exchange, monte_carlo, run_model
from accord.forecast.choice import (
    DEU_COEFFICIENTS,
    ChoiceCoefficients,
    choice_probabilities,
    choice_set,
    fit_choice,
    position_choice,
    position_choice_many,
)
from accord.model.stakeholders import Stakeholders
from accord.seeding import generator, spawn_seeds

B = DEU_COEFFICIENTS


def test_actors_who_do_not_care_state_no_candidate():
    pts, f = choice_set(np.array([0.0, 0.3, 1.0]), np.array([1.0, 0.0, 1.0]), 0.5)
    assert pts.tolist() == [0.0, 1.0, 0.5]
    np.testing.assert_allclose(f[:, 0], np.log([0.5 + 0.01, 0.5 + 0.01, 0.01]))
    # nobody cares: every actor's position counts, with equal weight
    pts, f = choice_set(np.array([0.0, 0.3, 1.0]), np.zeros(3), 0.3)
    assert pts.tolist() == [0.0, 0.3, 1.0]  # the centre is a stated position: no compromise
    np.testing.assert_allclose(f, [[math.log(1 / 3 + 0.01), 0.3, 0, 1],
                                   [math.log(1 / 3 + 0.01), 0.0, 0, 0],
                                   [math.log(1 / 3 + 0.01), 0.7, 0, 1]])


def test_a_compromise_within_half_a_point_is_the_stated_position():
    assert choice_set(np.array([0.0, 1.0]), np.ones(2), 0.996)[0].tolist() == [0.0, 1.0]
    assert choice_set(np.array([0.0, 1.0]), np.ones(2), 0.994)[0].tolist() == [0.0, 1.0, 0.994]


def test_one_issue_by_hand():
    # weights 1 and 3: the exchange outcome of one issue is the weighted mean, 75
    s = Stakeholders(["a", "b"], ["tax"], [1, 3], [[0], [100]], [[1], [1]])
    u = np.array([B.support * math.log(0.25 + 0.01) + B.distance * 0.75 + B.extreme,
                  B.support * math.log(0.75 + 0.01) + B.distance * 0.25 + B.extreme,
                  B.support * math.log(0.01) + B.compromise])
    p = np.exp(u) / np.exp(u).sum()  # at 0, 100, 75: about 0.182, 0.494, 0.324
    r = position_choice(s)
    # ordered 0, 75, 100, the cumulative probability passes one half at 75
    assert p[0] < 0.5 < p[0] + p[2]
    assert r.forecast[0] == pytest.approx(75.0)
    np.testing.assert_allclose(r.win_probability[0], p[:2])
    assert r.model == "choice" and r.states == 1
    # support alone: three quarters of the weight at 100 wins
    assert position_choice(s, ChoiceCoefficients(1.0, 0.0, 0.0, 0.0)).forecast[0] == 100.0


def test_the_centre_is_the_exchange_outcome():
    # decide's two-actor case (test_exchange.py): the outcome on q is no one's position
    s = Stakeholders(["Left", "Right"], ["p", "q"], [1, 1], [[0, 0], [100, 100]],
                     [[0.1, 0.9], [0.6, 0.5]])
    ex = exchange(s).forecast
    only_compromise = ChoiceCoefficients(0.0, 0.0, 50.0, 0.0)
    r = position_choice(s, only_compromise)
    for k in range(2):
        if 0 < ex[k] < 100:
            assert r.forecast[k] == pytest.approx(ex[k])
    assert 0 < ex[1] < 100


def test_forecasts_come_back_on_the_input_scale():
    s = Stakeholders(["a", "b", "c"], ["x"], [1, 2, 3], [[0], [40], [100]], [[1], [0.5], [1]])
    small = Stakeholders(["a", "b", "c"], ["x"], [1, 2, 3], [[0], [4], [10]], [[1], [0.5], [1]],
                         scale=(0, 10))
    assert position_choice(small).forecast[0] == pytest.approx(position_choice(s).forecast[0] / 10)


def test_many_at_once_equals_one_by_one():
    rng = np.random.default_rng(3)
    runs = [Stakeholders([f"a{i}" for i in range(5)], ["p", "q", "r"], rng.uniform(0.5, 3, 5),
                         rng.choice([0.0, 25.0, 50.0, 100.0], (5, 3)), rng.uniform(0, 1, (5, 3)))
            for _ in range(4)]
    many = position_choice_many(runs)
    for s, r in zip(runs, many, strict=True):
        np.testing.assert_array_equal(r.forecast, run_model("choice", s).forecast)


def test_fit_recovers_the_coefficients_it_was_drawn_from():
    rng = np.random.default_rng(0)
    truth = np.array([0.5, -2.0, -0.5, 1.0])
    sets, chosen = [], []
    for _ in range(3000):
        f = np.column_stack([rng.normal(size=4), rng.uniform(0, 1, 4), rng.integers(0, 2, 4),
                             rng.integers(0, 2, 4)])
        sets.append(f)
        chosen.append(int(rng.choice(4, p=choice_probabilities(f, truth))))
    np.testing.assert_allclose(fit_choice(sets, chosen), truth, atol=0.15)


@pytest.mark.parametrize("model", ["choice", "exchange"])
def test_monte_carlo_runs_in_lockstep_give_the_runs_one_at_a_time(model):
    s = Stakeholders(["a", "b", "c"], ["p", "q"], [1, 2, 3], [[0, 20], [40, 100], [100, 60]],
                     [[1, 0.2], [0.5, 0.9], [0.3, 0.6]])
    u = Uncertainty.spread(s, position=10, salience=0.1, capability=0.2)
    mc = monte_carlo(s, u, model=model, runs=25, seed=4)
    children = spawn_seeds(4, 25)
    one_by_one = [run_model(model, u.sample(s, generator(c))).forecast for c in children]
    np.testing.assert_array_equal(mc.forecasts, one_by_one)
