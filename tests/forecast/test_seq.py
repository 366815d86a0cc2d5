"""Left-to-right sums and products equal a plain Python loop, bit for bit, for any shape."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast._seq import seqprod, seqsum, seqsum_from


def _loop(x: np.ndarray, axis: int, op) -> np.ndarray:
    x = np.moveaxis(x, axis, 0)
    out = x[0].copy()
    for k in range(1, x.shape[0]):
        out = op(out, x[k])
    return out


@pytest.mark.parametrize("shape, axis", [
    ((1000,), 0), ((17, 1), 0), ((1, 17), 1), ((9, 3), 0), ((9, 3), 1), ((33, 2, 5), 0),
    ((4, 33, 2), 1), ((3, 5, 40), -1), ((40, 1, 1), 0), ((7, 1), 1), ((3, 1, 4), 1), ((1,), 0),
])
def test_sums_and_products_in_index_order(shape, axis):
    rng = np.random.default_rng(sum(shape))
    # magnitudes spread over 16 orders: any other order of addition shows in the last bits
    x = rng.standard_normal(shape) * 10.0 ** rng.integers(-8, 8, shape)
    np.testing.assert_array_equal(seqsum(x, axis=axis), _loop(x, axis, np.add))
    y = 1 + rng.standard_normal(shape) * 1e-3
    np.testing.assert_array_equal(seqprod(y, axis=axis), _loop(y, axis, np.multiply))


def test_sum_from_a_start_value():
    rng = np.random.default_rng(3)
    start = rng.standard_normal((4, 5)) * 1e8
    terms = rng.standard_normal((30, 4, 5))
    expected = start.copy()
    for t in terms:
        expected = expected + t
    np.testing.assert_array_equal(seqsum_from(start, terms.copy()), expected)
