"""Pareto frontier: the outcomes no other outcome beats for every party at once."""

from __future__ import annotations

import numpy as np

from ..seeding import generator

__all__ = ["dominates", "pareto_frontier", "share_counts"]

_DECIMALS = 12
_BLOCK = 512


def pareto_frontier(utilities: np.ndarray) -> np.ndarray:
    """Row positions of the Pareto-optimal utility vectors, one per distinct vector.

    A row is kept when no row is at least as good for every party and strictly better for
    one. Among rows with the same utility vector the first (lowest position) is kept.
    Utilities are compared after rounding to 12 decimals, so that sums computed in a
    different order do not split one vector in two.

    Parameters
    ----------
    utilities : ndarray of shape (n_outcomes, n_parties)

    Returns
    -------
    ndarray of int64
        Positions into ``utilities``, sorted by the first party's utility, descending.

    Notes
    -----
    First, rows dominated by maximisers of a few positive weighted sums (which are
    Pareto-optimal) are dropped in O(n) vectorised passes. Then, for two parties, one
    lexicographic sort and a running maximum, O(n log n); for more parties a grid
    pre-filter drops every row with an occupied grid cell strictly above it in all
    dimensions (such rows are certainly dominated), then an exact sort-filter-skyline pass
    (Chomicki et al. 2003) over the survivors, vectorised in blocks.

    Examples
    --------
    >>> import numpy as np
    >>> pareto_frontier(np.array([[1.0, 0.0], [0.5, 0.5], [0.4, 0.4], [0.0, 1.0]])).tolist()
    [0, 1, 3]
    """
    u = np.asarray(utilities, dtype=float)
    if u.ndim != 2:
        raise ValueError("utilities must be a 2-D array (outcomes x parties)")
    if len(u) == 0:
        return np.zeros(0, dtype=np.int64)
    u = np.round(u, _DECIMALS)
    if u.shape[1] == 1:
        return np.array([int(np.argmax(u[:, 0]))], dtype=np.int64)
    keep = _supported_point_survivors(u)
    sub = u[keep]
    if u.shape[1] == 2:
        front = keep[_frontier_2d(sub)]
    else:
        distinct = _distinct_rows(sub)
        distinct = distinct[_grid_survivors(sub[distinct])]
        front = keep[distinct[_skyline(sub[distinct])]]
    return front[np.lexsort((front, -u[front, 0]))]


def share_counts(
    utilities: np.ndarray, front: np.ndarray, weights: np.ndarray | None = None
) -> np.ndarray:
    """How many rows of ``utilities`` have the same utility vector as each row in
    ``front`` (compared as :func:`pareto_frontier` compares them, to 12 decimals).

    ``weights`` counts each row that many times (default once). O(n log m) for n rows
    and m frontier rows: only rows whose first utility matches are compared in full.

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[1.0, 0.0], [0.5, 0.5], [0.4, 0.4], [0.5, 0.5]])
    >>> share_counts(u, pareto_frontier(u)).tolist()
    [1, 2]
    """
    u = np.asarray(utilities, dtype=float)
    out = np.zeros(len(front), dtype=np.int64)
    if len(front) == 0:
        return out
    keys = _row_keys(_rounded(u[front]))
    order = np.argsort(keys)
    ranked = keys[order]
    first = np.sort(_rounded(u[front, 0]))
    column = _rounded(u[:, 0])
    near = np.minimum(np.searchsorted(first, column), len(first) - 1)
    rows = np.flatnonzero(first[near] == column)
    probe = _row_keys(_rounded(u[rows]))
    at = np.minimum(np.searchsorted(ranked, probe), len(ranked) - 1)
    hit = ranked[at] == probe
    w = np.ones(len(rows), dtype=np.int64) if weights is None else np.asarray(weights)[rows]
    np.add.at(out, order[at[hit]], w[hit])
    return out


def _rounded(a: np.ndarray) -> np.ndarray:
    """Utilities as the frontier compares them (``+ 0.0`` turns -0.0 into 0.0)."""
    return np.round(a, _DECIMALS) + 0.0


def _row_keys(a: np.ndarray) -> np.ndarray:
    """One comparable (bytes) key per row."""
    a = np.ascontiguousarray(a)
    return a.view(np.dtype((np.void, a.dtype.itemsize * a.shape[1]))).ravel()


def dominates(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Whether utility vectors ``a`` Pareto-dominate ``b`` (broadcast over leading axes)."""
    return np.all(a >= b, axis=-1) & np.any(a > b, axis=-1)


def _supported_point_survivors(u: np.ndarray, directions: int = 24) -> np.ndarray:
    """Positions of rows not dominated by a few known frontier points.

    The maximiser of a strictly positive weighted sum is Pareto-optimal, so every row it
    dominates can go. A handful of weight vectors removes most rows of a large space
    cheaply, before the exact (sorting) methods run on what remains.
    """
    k = u.shape[1]
    rng = generator(0)
    weights = np.vstack([np.full(k, 1.0 / k), 0.05 + rng.dirichlet(np.ones(k), directions)])
    alive = np.arange(len(u), dtype=np.int64)
    sub = u
    for w in weights:
        if len(alive) < 4 * _BLOCK:
            break
        below = _dominated_by(sub, sub[int(np.argmax(sub @ w))])
        removed = int(below.sum())
        if removed:
            alive, sub = alive[~below], sub[~below]
        if removed * 32 < len(below):
            break  # rows near the frontier: further passes would cost more than they save
    return alive


def _dominated_by(u: np.ndarray, best: np.ndarray) -> np.ndarray:
    """Rows of ``u`` that ``best`` dominates, column by column (a reduction over the short
    party axis is many times slower than elementwise passes over columns)."""
    weak = u[:, 0] <= best[0]
    strict = u[:, 0] < best[0]
    for j in range(1, u.shape[1]):
        weak &= u[:, j] <= best[j]
        strict |= u[:, j] < best[j]
    return weak & strict


def _frontier_2d(u: np.ndarray) -> np.ndarray:
    order = np.lexsort((-u[:, 1], -u[:, 0]))
    second = u[order, 1]
    best_before = np.maximum.accumulate(np.concatenate(([-np.inf], second[:-1])))
    return order[second > best_before].astype(np.int64)


def _distinct_rows(u: np.ndarray) -> np.ndarray:
    """Positions of the first occurrence of each distinct row."""
    order = np.lexsort(u.T[::-1])
    s = u[order]
    new = np.ones(len(s), dtype=bool)
    new[1:] = np.any(s[1:] != s[:-1], axis=1)
    groups = np.cumsum(new) - 1
    first = np.full(int(groups[-1]) + 1, len(u), dtype=np.int64)
    np.minimum.at(first, groups, order)
    return np.sort(first)


def _grid_survivors(u: np.ndarray) -> np.ndarray:
    """Mask of rows not certainly dominated: no occupied cell lies strictly above them."""
    n, k = u.shape
    bins = max(2, min(64, int(round((4 * n) ** (1 / k)))))
    if bins ** k > 1 << 22:
        bins = int((1 << 22) ** (1 / k))
    if bins < 3:
        return np.ones(n, dtype=bool)
    cells = np.empty((n, k), dtype=np.int64)
    for j in range(k):
        edges = np.quantile(u[:, j], np.linspace(0, 1, bins + 1)[1:-1])
        cells[:, j] = np.searchsorted(edges, u[:, j], side="right")
    occupied = np.zeros((bins,) * k, dtype=bool)
    occupied[tuple(cells.T)] = True
    above = occupied
    for axis in range(k):
        above = np.flip(np.logical_or.accumulate(np.flip(above, axis), axis=axis), axis)
    strictly_above = np.zeros((bins + 1,) * k, dtype=bool)
    strictly_above[(slice(0, bins),) * k] = above
    shifted = strictly_above[(slice(1, bins + 1),) * k]
    return ~shifted[tuple(cells.T)]


def _skyline(u: np.ndarray) -> np.ndarray:
    """Exact frontier of distinct rows: sort by sum, then filter block by block."""
    order = np.lexsort((*u.T[::-1], -u.sum(axis=1)))
    kept: list[np.ndarray] = []
    front = np.empty((0, u.shape[1]))
    for start in range(0, len(order), _BLOCK):
        block = order[start : start + _BLOCK]
        cand = u[block]
        alive = np.ones(len(block), dtype=bool)
        for f in range(0, len(front), 4 * _BLOCK):
            part = front[f : f + 4 * _BLOCK]
            alive &= ~_weakly_above(part, cand).any(axis=0)
        block, cand = block[alive], cand[alive]
        inner = _weakly_above(cand, cand)
        np.fill_diagonal(inner, False)
        alive = ~inner.any(axis=0)
        kept.append(block[alive])
        front = np.vstack([front, cand[alive]])
    return np.concatenate(kept) if kept else np.zeros(0, dtype=np.int64)


def _weakly_above(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``M[i, j]``: row ``a[i]`` is at least ``b[j]`` for every party (built party by
    party: reducing the short party axis of a 3-D array is many times slower)."""
    out = a[:, None, 0] >= b[None, :, 0]
    for j in range(1, a.shape[1]):
        out &= a[:, None, j] >= b[None, :, j]
    return out
