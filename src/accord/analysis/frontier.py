"""One pass over a scenario's outcomes: frontier, ZOPA size and each party's extremes.

Spaces that fit in memory are evaluated at once by broadcasting; larger ones chunk by
chunk, keeping only each chunk's frontier, so 10^7 outcomes stay well under 2 GB.
Spaces above :data:`~accord.model.space.ENUMERATION_LIMIT` are never enumerated: their
frontier is searched (:mod:`accord.analysis.search`) and the result says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..errors import AccordInputError
from ..model import Scenario
from ..model.space import ENUMERATION_LIMIT
from .bargaining import zopa_mask
from .pareto import pareto_frontier, share_counts

__all__ = ["ENUMERATION_LIMIT", "FrontierScan", "scan_outcomes"]

DENSE_LIMIT = 1 << 22
"""Spaces up to this size are tabulated at once; larger ones are scanned chunk by chunk."""


@dataclass(frozen=True)
class FrontierScan:
    """What one pass over the outcomes learns.

    ``exact`` is False when the space was searched rather than enumerated; then
    ``zopa_size`` and ``frontier_count`` are ``None``, ``n_feasible`` is counted from the
    constraints (``None`` when they are too intricate to count) and the extremes are those
    found. ``frontier_count`` says how many feasible packages share each frontier point's
    utilities (the frontier keeps the lowest outcome index of them). Outcome indexes are
    int64, or Python ints in object arrays when the space exceeds int64.
    """

    frontier_index: np.ndarray
    frontier_utilities: np.ndarray
    n_feasible: int | None
    zopa_size: int | None
    best_index: np.ndarray
    best_utility: np.ndarray
    worst_index: np.ndarray
    worst_utility: np.ndarray
    exact: bool
    frontier_count: np.ndarray | None = None


def scan_outcomes(
    scenario: Scenario,
    *,
    chunk_size: int = 1 << 21,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> FrontierScan:
    """Enumerate (or, above ``ENUMERATION_LIMIT`` outcomes, search) the outcome space once;
    ``progress`` follows a search (see :func:`~accord.analysis.search.search_pareto_frontier`)."""
    if scenario.space.size > ENUMERATION_LIMIT:
        return _searched(scenario, seed, progress)
    reservation = scenario.reservation()
    fronts_i, fronts_u, fronts_n = [], [], []
    feasible = zopa = 0
    k = len(scenario.negotiators)
    best_u, worst_u = np.full(k, -np.inf), np.full(k, np.inf)
    best_i, worst_i = np.zeros(k, dtype=np.int64), np.zeros(k, dtype=np.int64)
    for index, u in _blocks(scenario, chunk_size):
        if not len(index):
            continue
        feasible += len(index)
        zopa += int(zopa_mask(u, reservation).sum())
        hi, lo = u.argmax(axis=0), u.argmin(axis=0)
        for j in range(k):
            if u[hi[j], j] > best_u[j]:
                best_u[j], best_i[j] = u[hi[j], j], index[hi[j]]
            if u[lo[j], j] < worst_u[j]:
                worst_u[j], worst_i[j] = u[lo[j], j], index[lo[j]]
        f = pareto_frontier(u)
        fronts_i.append(index[f])
        fronts_u.append(u[f])
        fronts_n.append(share_counts(u, f))
    if not fronts_i:
        raise AccordInputError(
            f"the constraints forbid every one of the {scenario.space.size:,} packages",
            field="constraints",
        )
    index, u, count = np.concatenate(fronts_i), np.vstack(fronts_u), np.concatenate(fronts_n)
    if len(fronts_i) > 1:
        order = np.argsort(index, kind="stable")
        index, u, count = index[order], u[order], count[order]
        f = pareto_frontier(u)
        index, u, count = index[f], u[f], share_counts(u, f, count)
    return FrontierScan(
        index, u, feasible, zopa, best_i, best_u, worst_i, worst_u, True, count
    )


def _blocks(scenario: Scenario, chunk_size: int):
    space = scenario.space
    if space.size <= DENSE_LIMIT:
        index = np.arange(space.size, dtype=np.int64)
        u = scenario.utilities()
        if space.constraints:
            ok = space.feasible_mask()
            index, u = index[ok], u[ok]
        yield index, u
    else:
        yield from scenario.utility_chunks(chunk_size=chunk_size)


def _searched(scenario: Scenario, seed: int, progress) -> FrontierScan:
    from .search import search_pareto_frontier

    index, u = search_pareto_frontier(scenario, seed=seed, progress=progress)
    if not len(index):
        raise AccordInputError(
            f"the search found no feasible package among {scenario.space.size:,}: "
            "the constraints may forbid every one",
            field="constraints",
        )
    hi, lo = u.argmax(axis=0), u.argmin(axis=0)
    return FrontierScan(
        frontier_index=index,
        frontier_utilities=u,
        n_feasible=scenario.space.count_feasible(),
        zopa_size=None,
        best_index=index[hi],
        best_utility=u[hi, np.arange(u.shape[1])],
        worst_index=index[lo],
        worst_utility=u[lo, np.arange(u.shape[1])],
        exact=False,
    )
