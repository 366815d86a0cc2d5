"""Monte Carlo spreads outside their range are refused, not silently mirrored or clipped."""

from __future__ import annotations

import math

import pytest

from accord.forecast import Stakeholders, Uncertainty

S = Stakeholders(["a", "b"], ["x"], [1.0, 2.0], [[10], [90]], [[0.9], [0.5]])


@pytest.mark.parametrize(
    ("spread", "message"),
    [
        ({"position": -1}, r"position spread must be in \[0, 100\], not -1"),
        ({"position": 100.5}, r"position spread must be in \[0, 100\], not 100.5"),
        ({"position": math.nan}, "position spread"),
        ({"salience": 1.2}, r"salience spread must be in \[0, 1\]"),
        ({"salience": -0.05}, "salience spread"),
        ({"capability": -0.1}, r"capability spread must be in \[0, 1\]"),
        ({"capability": 1.5}, "capability spread"),
    ],
)
def test_spreads_out_of_range_are_refused(spread, message):
    with pytest.raises(ValueError, match=message):
        Uncertainty.spread(S, **spread)


def test_spreads_at_their_bounds_are_accepted():
    u = Uncertainty.spread(S, position=100, salience=1, capability=1)
    assert u.position is not None and u.salience is not None and u.capability is not None
