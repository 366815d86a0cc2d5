"""Left-to-right sums and products, as a C loop computes them.

NumPy may add the numbers of one lane in pairs (``sum`` along the fast axis), which differs
from KTAB's loops in the last bit, and such bits can tip an arg-max.  Reducing along the
*first* axis of a C-ordered array with several lanes is documented to add directly, element
after element (numpy's ``sum`` notes: the pairwise algorithm is "only used when the
summation is along the fast axis in memory"), so ``x[0] + x[1] + ...`` is computed that way,
all lanes at once; ``tests/forecast/test_seq.py`` checks it against a Python loop.
"""

from __future__ import annotations

import numpy as np


def _in_order(x: np.ndarray, axis: int, op: np.ufunc) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.shape and x.shape[axis] == 1:  # one term: itself (one-issue backtests, often)
        return np.take(x, 0, axis=axis)
    if axis != 0:
        x = np.moveaxis(x, axis, 0)
    n = x.shape[0]
    if n == 0:
        raise ValueError("empty axis")
    if x.size == n:  # one lane: a plain loop (numpy would pair it up)
        out = x[0].copy()
        for k in range(1, n):
            out = op(out, x[k])
        return out
    return op.reduce(np.ascontiguousarray(x), axis=0)


def seqsum(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Sum along ``axis`` in index order (``x[0] + x[1] + ...``).

    Examples
    --------
    >>> float(seqsum(np.array([1e16, 1.0, -1e16, 1.0])))
    1.0
    """
    return _in_order(x, axis, np.add)


def seqprod(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Product along ``axis`` in index order (``x[0] * x[1] * ...``)."""
    return _in_order(x, axis, np.multiply)


def seqsum_from(start: np.ndarray, terms: np.ndarray) -> np.ndarray:
    """``start + terms[0] + terms[1] + ...`` in index order, along axis 0 of ``terms``.

    ``terms`` is a scratch array: its first entry is overwritten.
    """
    terms[0] += start  # start + terms[0]: addition commutes exactly
    return seqsum(terms, axis=0)
