"""Monte Carlo: reproducible for a seed whatever the number of worker processes."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import Distribution, Stakeholders, Uncertainty, monte_carlo

S = Stakeholders(["a", "b", "c", "d"], ["x"], [1.0, 2.0, 1.5, 1.0],
                 [[10], [40], [60], [90]], [[0.9], [0.6], [0.8], [0.5]])


@pytest.mark.parametrize("model", ["smp", "eum"])
def test_same_seed_same_result_for_any_jobs(model):
    u = Uncertainty.spread(S, position=5, salience=0.1, capability=0.2)
    a = monte_carlo(S, u, model=model, runs=6, seed=11, jobs=1)
    b = monte_carlo(S, u, model=model, runs=6, seed=11, jobs=2)
    np.testing.assert_array_equal(a.forecasts, b.forecasts)
    c = monte_carlo(S, u, model=model, runs=6, seed=12, jobs=1)
    assert not np.array_equal(a.forecasts, c.forecasts)


def test_quantiles_bracket_the_median_and_stay_in_bounds():
    u = Uncertainty.spread(S, position=10, distribution=Distribution.TRIANGULAR)
    mc = monte_carlo(S, u, model="mean", runs=200, seed=0)
    lo, mid, hi = mc.quantiles[:, 0]
    assert lo <= mid <= hi
    assert lo >= 0 and hi <= 100
    d = mc.to_dict()
    assert set(d["quantiles"]["x"]) == {"5", "50", "95"} and d["runs"] == 200


def test_no_uncertainty_gives_a_point():
    mc = monte_carlo(S, Uncertainty(), model="median", runs=5, seed=0)
    assert np.ptp(mc.forecasts) == 0


def test_rejects_unknown_model():
    with pytest.raises(ValueError):
        monte_carlo(S, Uncertainty(), model="oracle")
