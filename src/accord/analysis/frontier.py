"""One pass over a problem's outcomes: frontier, ZOPA size and each party's extremes.

Spaces that fit in memory are evaluated at once by broadcasting; larger ones chunk by
chunk, keeping only each chunk's frontier, so 10^7 outcomes stay well under 2 GB.
Spaces above :data:`~accord.model.space.ENUMERATION_LIMIT` are never enumerated: their
frontier is searched (:mod:`accord.analysis.search`) and the result says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from ..errors import AccordInputError
from ..model import Scenario
from ..model.problem import Problem, as_problem, frozen
from ..model.space import ENUMERATION_LIMIT
from .bargaining import nash_bargaining_solution, zopa_mask
from .pareto import pareto_frontier, share_counts

__all__ = ["ENUMERATION_LIMIT", "FrontierScan", "frontier_points", "nash_point", "scan_outcomes"]

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
    source: Scenario | Problem,
    *,
    chunk_size: int = 1 << 21,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> FrontierScan:
    """Enumerate (or, above ``ENUMERATION_LIMIT`` outcomes, search) the outcome space once;
    ``progress`` follows a search (see :func:`~accord.analysis.search.search_pareto_frontier`).

    On a :class:`~accord.model.problem.Problem` the result is memoised: the frontier and
    the extremes do not depend on walk-away values, so a problem that differs only in them
    (:meth:`~accord.model.problem.Problem.with_reservation`) reuses them and only counts
    its ZOPA again.
    """
    problem = as_problem(source)
    if problem.n_outcomes > ENUMERATION_LIMIT:
        return problem.memo(
            ("scan", seed), lambda: _searched(problem, seed, progress), uses_reservation=False
        )
    return problem.memo("scan", lambda: _scanned(problem, chunk_size))


def _scanned(problem: Problem, chunk_size: int) -> FrontierScan:
    """The walk-away-free part of the scan (memoised as such), with the ZOPA counted in
    the same pass when that part is new, else in a pass of its own."""
    counted: list[int] = []

    def first_pass() -> FrontierScan:
        scan = _enumerated(problem, chunk_size)
        counted.append(scan.zopa_size)
        return replace(scan, zopa_size=None)

    scan = problem.memo("frontier", first_pass, uses_reservation=False)
    zopa = counted[0] if counted else _zopa_size(problem, chunk_size)
    return replace(scan, zopa_size=zopa)


def _enumerated(problem: Problem, chunk_size: int) -> FrontierScan:
    reservation = problem.reservation_values
    fronts_i, fronts_u, fronts_n = [], [], []
    feasible = zopa = 0
    k = problem.n_parties
    best_u, worst_u = np.full(k, -np.inf), np.full(k, np.inf)
    best_i, worst_i = np.zeros(k, dtype=np.int64), np.zeros(k, dtype=np.int64)
    for index, u in _blocks(problem, chunk_size):
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
            f"the constraints forbid every one of the {problem.n_outcomes:,} packages",
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


def _blocks(problem: Problem, chunk_size: int):
    """The feasible outcomes and their utilities: at once (the problem's own arrays) up
    to ``DENSE_LIMIT`` outcomes, else chunk by chunk."""
    if problem.n_outcomes <= DENSE_LIMIT:
        index, u = problem.feasible_index, problem.utilities
        yield index, (u if problem.feasible is None else u[index])
    else:
        yield from problem.utility_chunks(chunk_size)


def _zopa_size(problem: Problem, chunk_size: int) -> int:
    """Feasible packages every party weakly prefers to walking away."""
    return sum(
        int(zopa_mask(u, problem.reservation_values).sum()) for _, u in _blocks(problem, chunk_size)
    )


def _searched(problem: Problem, seed: int, progress) -> FrontierScan:
    from .search import search_pareto_frontier

    index, u = search_pareto_frontier(problem, seed=seed, progress=progress)
    if not len(index):
        raise AccordInputError(
            f"the search found no feasible package among {problem.n_outcomes:,}: "
            "the constraints may forbid every one",
            field="constraints",
        )
    hi, lo = u.argmax(axis=0), u.argmin(axis=0)
    return FrontierScan(
        frontier_index=index,
        frontier_utilities=u,
        n_feasible=problem.space.count_feasible(),
        zopa_size=None,
        best_index=index[hi],
        best_utility=u[hi, np.arange(u.shape[1])],
        worst_index=index[lo],
        worst_utility=u[lo, np.arange(u.shape[1])],
        exact=False,
    )


def frontier_points(problem: Problem) -> np.ndarray:
    """Utility vectors of the Pareto-optimal feasible outcomes of an enumerable problem
    (memoised: it survives a walk-away change). Lighter than :func:`scan_outcomes`: what a
    negotiation measures its agreement against."""

    def compute() -> np.ndarray:
        u = problem.utilities[problem.feasible_index]
        return frozen(u[pareto_frontier(u)])

    return problem.memo("frontier_points", compute, uses_reservation=False)


def nash_point(problem: Problem) -> np.ndarray | None:
    """Utilities at the Nash bargaining solution (always on the frontier), or None with
    an empty ZOPA (memoised)."""

    def compute() -> np.ndarray | None:
        frontier = frontier_points(problem)
        best = nash_bargaining_solution(frontier, problem.reservation_values)
        return None if best is None else frontier[best]

    return problem.memo("nash_point", compute)
