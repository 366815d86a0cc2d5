"""The expected-utility model, one step checked by hand."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import Stakeholders, eum
from accord.forecast.eum import eum_probabilities, eum_risk, eum_step


def test_probabilities_by_hand():
    # positions 0, .5, 1; weights 1, 1, 2.  Contest 0 vs 1: votes +.5, -.5, -1 -> P = .5/2
    p = eum_probabilities(np.array([0.0, 0.5, 1.0]), np.array([1.0, 1.0, 2.0]))
    assert p[0, 1] == pytest.approx(0.25)
    assert p[0, 2] == pytest.approx(1 / 3)  # votes +1, 0, -2
    assert p[1, 2] == pytest.approx(0.5)  # votes +.5, +.5, -1
    np.testing.assert_allclose(p + p.T, 1.0)


def test_step_by_hand_risk_neutral():
    """With r = 1, s = 1, Q = 1: EU(a -> b) = 2 d (2 P_ab - 1).

    EU(0->1) = -0.5, EU(1->0) = 0.5: actor 0 concedes |−0.5|/0.5 = all the way to 0.5;
    EU(0->2) = -2/3, EU(2->0) = 2/3 would take it to 1, a longer move, so it goes to 0.5.
    Actors 1 and 2 face no challenge worth making (EU(1<->2) = 0) and stay.
    """
    new = eum_step(np.array([0.0, 0.5, 1.0]), np.array([1.0, 1.0, 2.0]), np.ones(3),
                   np.ones(3))
    np.testing.assert_allclose(new, [0.5, 0.5, 1.0])


def test_risk_exponents_in_range():
    r = eum_risk(np.array([0.0, 0.3, 0.5, 1.0]), np.array([1.0, 2.0, 1.0, 3.0]),
                 np.array([0.5, 0.8, 1.0, 0.6]))
    assert np.all((r >= 0.5 - 1e-12) & (r <= 2 + 1e-12))
    assert r.min() == pytest.approx(0.5) and r.max() == pytest.approx(2.0)


def test_eum_converges_and_keeps_scale():
    s = Stakeholders(["a", "b", "c"], ["x"], [1, 1, 2], [[0], [50], [100]], [[1], [1], [1]])
    r = eum(s)
    np.testing.assert_allclose(r.history[-1, :, 0], [50, 50, 100], atol=1e-6)
    assert r.forecast[0] == pytest.approx(75.0)  # half the weight at 50: midpoint
    np.testing.assert_allclose(r.win_probability.sum(axis=1), 1.0)


def test_eum_does_not_depend_on_how_actors_are_listed():
    """Near convergence, sums in input order could stop one list a round before another."""
    s = Stakeholders([f"a{i}" for i in range(6)], ["x"], [1, 100, 70, 4, 62, 15],
                     [[0], [1], [0], [0], [7], [0]], [[1], [0.875], [0.875], [1], [0.25], [0.5]])
    perm = np.array([4, 0, 5, 2, 1, 3])
    t = s.replace(names=[s.names[i] for i in perm], capability=s.capability[perm],
                  position=s.position[perm], salience=s.salience[perm])
    a, b = eum(s), eum(t)
    assert a.states == b.states
    np.testing.assert_array_equal(a.forecast, b.forecast)
    np.testing.assert_array_equal(a.history[:, perm], b.history)
