"""Weighted mean and median, by hand and by property."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import (
    Stakeholders,
    eum,
    mean_forecast,
    median_forecast,
    smp,
    weighted_mean,
    weighted_median,
)


def test_weighted_mean_by_hand():
    # (1*10 + 3*50) / 4 = 40
    assert weighted_mean(np.array([10.0, 50.0]), np.array([1.0, 3.0])) == pytest.approx(40.0)


def test_weighted_median_by_hand():
    x = np.array([10.0, 20.0, 90.0])
    assert weighted_median(x, np.array([1.0, 1.0, 1.0])) == 20.0
    assert weighted_median(x, np.array([1.0, 1.0, 5.0])) == 90.0  # 5 of 7 at 90
    assert weighted_median(x, np.array([2.0, 1.0, 1.0])) == 15.0  # exactly half at 10


def test_baseline_forecasts_per_dimension():
    s = Stakeholders(["a", "b", "c"], ["x", "y"], [2.0, 1.0, 1.0],
                     [[0.0, 100.0], [50.0, 0.0], [100.0, 0.0]],
                     [[0.5, 0.5], [0.5, 1.0], [0.5, 1.0]])
    # x: weights 1, .5, .5 -> mean 37.5; y: weights 1, 1, 1 -> mean 33.33
    np.testing.assert_allclose(mean_forecast(s).forecast, [37.5, 100 / 3])
    np.testing.assert_allclose(median_forecast(s).forecast, [25.0, 0.0])
    r = mean_forecast(s)
    assert r.states == 1 and r.history.shape == (1, 3, 2)
    assert r.win_probability.sum() == pytest.approx(1.0)


@st.composite
def stakeholders(draw, max_n=6, max_d=2):
    n = draw(st.integers(3, max_n))
    d = draw(st.integers(1, max_d))
    pos = draw(st.lists(st.lists(st.floats(0, 100), min_size=d, max_size=d),
                        min_size=n, max_size=n))
    sal = draw(st.lists(st.lists(st.floats(0.05, 1.0 / d), min_size=d, max_size=d),
                        min_size=n, max_size=n))
    cap = draw(st.lists(st.floats(1, 200), min_size=n, max_size=n))
    return Stakeholders([f"a{i}" for i in range(n)], [f"d{k}" for k in range(d)], cap, pos,
                        sal)


MODELS = {"mean": mean_forecast, "median": median_forecast, "eum": eum, "smp": smp}


@pytest.mark.parametrize("model", list(MODELS))
@settings(max_examples=15, deadline=None)
@given(s=stakeholders())
def test_forecast_within_positions(model, s):
    f = MODELS[model](s).forecast
    lo, hi = s.position.min(axis=0), s.position.max(axis=0)
    # KTAB's SMP rounds each bargain to 4 decimals of the unit scale (SMPActor::interpolateBrgn),
    # so its positions may leave the hull by half a unit of 1e-4, i.e. 0.005 on 0-100.
    slack = 0.5e-4 * (s.scale[1] - s.scale[0]) + 1e-9 if model == "smp" else 1e-9
    assert np.all(f >= lo - slack) and np.all(f <= hi + slack)


@settings(max_examples=40, deadline=None)
@given(s=stakeholders(), factor=st.floats(0.01, 100))
def test_median_invariant_under_capability_scaling(s, factor):
    a = median_forecast(s).forecast
    b = median_forecast(s.replace(capability=s.capability * factor)).forecast
    np.testing.assert_allclose(a, b)


@pytest.mark.parametrize("model", ["mean", "median", "eum"])
@settings(max_examples=20, deadline=None)
@given(s=stakeholders(), seed=st.integers(0, 2**16))
def test_permuting_actors_keeps_forecast(model, s, seed):
    perm = np.random.default_rng(seed).permutation(s.n_actors)
    t = s.replace(names=[s.names[i] for i in perm], capability=s.capability[perm],
                  position=s.position[perm], salience=s.salience[perm])
    np.testing.assert_allclose(MODELS[model](s).forecast, MODELS[model](t).forecast,
                               atol=1e-7)
