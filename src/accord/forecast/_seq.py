"""Left-to-right sums and products, as a C loop computes them.

NumPy's ``sum`` may add in pairs, which differs from KTAB's loops in the last bit; such bits can
tip an arg-max.  ``cumsum``/``cumprod`` always accumulate in order, so their last element is
exactly what a ``for`` loop returns.
"""

from __future__ import annotations

import numpy as np


def seqsum(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Sum along ``axis`` in index order, starting from 0.0."""
    return np.take(np.cumsum(x, axis=axis), -1, axis=axis)


def seqprod(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Product along ``axis`` in index order, starting from 1.0."""
    return np.take(np.cumprod(x, axis=axis), -1, axis=axis)
