"""Every package in every draw, block by block: who accepts, the margin, the Nash point.

The packages are a mixed-radix space over the settled issues. A block fixes the leading
issues' options and a range of the next issue's, and takes every combination of the
trailing ones, so its utilities in all draws are outer sums of per-issue term rows built
issue by issue, left to right, exactly as :meth:`accord.model.AdditiveUtility.dense` adds
them: with the stated parameters a draw reproduces the compiled utilities bit for bit.
Blocks hold at most ``block_cells`` (draws x packages) numbers each, so memory stays
bounded whatever the space; blocks run on ``jobs`` threads (numpy releases the GIL) and
merge in block order, so the result does not depend on ``jobs``.

Deferred issues enter as option probabilities per package (``Packages.soft``): their
expected term is a matrix product with the drawn term rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import reduce

import numpy as np

from ...model.problem import Problem
from ...model.tolerance import UTILITY_TOLERANCE
from .draws import Draws

__all__ = ["BLOCK_CELLS", "Evaluation", "Packages", "all_packages", "evaluate"]

BLOCK_CELLS = 1 << 17
"""Draws x packages per block: 1 MB per float64 array, so that a block's dozen arrays
stay in the processor's caches (larger blocks measured slower, smaller ones pay Python's
overhead per block)."""

TOLERANCE = UTILITY_TOLERANCE
"""A package worth within this of a walk-away value is acceptable (float noise)."""


@dataclass(frozen=True, eq=False)
class Packages:
    """The packages to evaluate: every combination of the ``issues`` (positions in the
    problem, in order), in mixed-radix order.

    ``column(j)`` gives party ``j``'s utility of every package at the stated parameters
    (used when its parameters do not vary); ``soft[j]`` lists ``(issue, P)`` for deferred
    issues, ``P[package, option]`` the probability that party ``j`` expects; ``feasible``
    masks out packages (None: all feasible).
    """

    problem: Problem
    issues: tuple[int, ...]
    radices: np.ndarray
    feasible: np.ndarray | None
    column: Callable[[int], np.ndarray]
    soft: tuple[tuple[tuple[int, np.ndarray], ...], ...]

    @property
    def size(self) -> int:
        return int(np.prod(self.radices, dtype=np.int64))

    def digits(self, index: np.ndarray) -> np.ndarray:
        """Option of every settled issue for each package index."""
        strides = np.ones(len(self.radices), dtype=np.int64)
        for i in range(len(self.radices) - 2, -1, -1):
            strides[i] = strides[i + 1] * self.radices[i + 1]
        idx = np.asarray(index, dtype=np.int64)
        return (idx[:, None] // strides[None, :]) % self.radices[None, :]


def all_packages(problem: Problem) -> Packages:
    """Every package of the problem, with its feasibility and compiled utilities."""
    return Packages(
        problem=problem,
        issues=tuple(range(problem.space.n_issues)),
        radices=problem.space.radices,
        feasible=problem.feasible,
        column=problem.column,
        soft=((),) * problem.n_parties,
    )


@dataclass(frozen=True)
class Evaluation:
    """What the draws say about every package.

    ``accepted[p]``: draws in which every party accepts package ``p`` (its utility at least
    its walk-away value); per draw ``s``: ``zopa[s]`` whether any package is accepted,
    ``margin[s]`` the largest smallest gain ``max_p min_j (u_j - d_j)`` over feasible
    packages (negative: the shortfall; 0 within the utility tolerance), ``reach[s, j]``
    party ``j``'s largest gain ``u_j - d_j`` among packages every other party accepts
    (-inf: none), ``nash[s]`` the Nash package (-1 without a ZOPA).
    """

    accepted: np.ndarray
    zopa: np.ndarray
    margin: np.ndarray
    reach: np.ndarray
    nash: np.ndarray

    @property
    def n_draws(self) -> int:
        return len(self.zopa)


def evaluate(
    packages: Packages, draws: Draws, *, block_cells: int = BLOCK_CELLS, jobs: int = 1
) -> Evaluation:
    """Evaluate every package in every draw (see the module notes).

    Notes
    -----
    O(draws x packages x parties) time in blocks of ``block_cells``; memory is a few
    blocks plus one count per package. The Nash point of a draw maximises the geometric
    mean of the gains over the accepted packages (Nash 1950); near ties (within
    ``TOLERANCE``) go to the larger utility sum, then the more equal split, then the
    lower package index.
    """
    n, k = draws.n, packages.problem.n_parties
    accepted = np.zeros(packages.size, dtype=np.int64)
    state = _Running.start(n, k)
    plan = list(_plan(packages.radices, n, block_cells))

    # term rows as (options, draws): draws along the contiguous axis
    terms = tuple(
        None if t is None else tuple(np.ascontiguousarray(x.T) for x in t) for t in draws.terms
    )

    def run(block: tuple) -> _BlockResult:
        return _block(packages, terms, draws.reservation, block, accepted)

    if jobs <= 1 or len(plan) == 1:
        for block in plan:
            state.merge(run(block))
    else:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            window = 4 * jobs
            for start in range(0, len(plan), window):
                for result in pool.map(run, plan[start : start + window]):
                    state.merge(result)
    # a margin within the tolerance of 0 is float noise: 0, as the diagnosis reports it
    margin = np.where(np.abs(state.margin) <= TOLERANCE, 0.0, state.margin)
    return Evaluation(accepted, state.zopa, margin, state.reach, state.nash_index)


def _plan(radices: np.ndarray, n_draws: int, block_cells: int) -> Iterator[tuple]:
    """Blocks ``(start, stop, prefix digits, issue m, lo, hi)``: the leading ``m`` issues
    fixed, options ``lo..hi-1`` of issue ``m``, every combination of the rest."""
    radices = [int(r) for r in radices]
    if not radices:
        yield 0, 1, (), 0, 0, 0
        return
    tail = [int(np.prod(radices[i + 1 :], dtype=np.int64)) for i in range(len(radices))]
    m = next(i for i in range(len(radices)) if n_draws * tail[i] <= block_cells or
             i == len(radices) - 1)
    width = max(1, min(radices[m], block_cells // max(1, n_draws * tail[m])))
    for prefix in np.ndindex(*radices[:m]):
        base = 0
        for d, r in zip(prefix, radices[:m]):
            base = base * r + d
        base *= radices[m] * tail[m]
        for lo in range(0, radices[m], width):
            hi = min(lo + width, radices[m])
            yield base + lo * tail[m], base + hi * tail[m], prefix, m, lo, hi


def _utilities(packages: Packages, terms, n_draws: int, j: int, block: tuple) -> np.ndarray:
    """Party ``j``'s utility of the block's packages in every draw: (packages, draws), or
    (packages, 1) when its parameters do not vary. Draws run along the contiguous axis,
    so every outer sum and reduction works on long rows."""
    start, stop, prefix, m, lo, hi = block
    if terms[j] is None:
        return packages.column(j)[start:stop][:, None]
    rows = terms[j]
    issues = packages.issues
    if not issues:
        total = np.zeros((1, n_draws))
    else:
        pre = np.zeros(n_draws)
        for i, d in zip(issues[:m], prefix):
            pre = pre + rows[i][d]
        total = pre[None, :] + rows[issues[m]][lo:hi]
        for i in issues[m + 1 :]:
            total = (total[:, None, :] + rows[i][None, :, :]).reshape(-1, n_draws)
    for i, probability in packages.soft[j]:
        total += probability[start:stop] @ rows[i]
    return np.minimum(total, 1.0, out=total)


@dataclass
class _BlockResult:
    zopa: np.ndarray
    margin: np.ndarray
    reach: np.ndarray
    nash: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None


def _block(packages: Packages, terms, reservation: np.ndarray, block: tuple,
           accepted: np.ndarray) -> _BlockResult:
    start, stop = block[0], block[1]
    n_draws, k = reservation.shape
    ok, gains = [], []
    for j in range(k):
        u = _utilities(packages, terms, n_draws, j, block)
        ok.append(u >= (reservation[:, j] - TOLERANCE)[None, :])
        gains.append(np.subtract(u, reservation[None, :, j]))
    if packages.feasible is not None:  # an infeasible package is acceptable to nobody
        out = ~packages.feasible[start:stop]
        ok[0][out] = False
        gains[0][out] = -np.inf
    every = reduce(np.logical_and, ok)
    accepted[start:stop] = np.count_nonzero(every, axis=1)
    zopa = every.any(axis=0)
    smallest = reduce(np.minimum, gains) if k > 1 else gains[0]
    margin = smallest.max(axis=0)
    reach = np.full((n_draws, k), -np.inf)
    for j in range(k):
        others = [ok[i] for i in range(k) if i != j]
        if not others:
            reach[:, j] = gains[j].max(axis=0)
            continue
        mask = reduce(np.logical_and, others)
        rows = np.flatnonzero(mask.any(axis=1))  # packages some draw lets the others accept
        if len(rows):
            reach[:, j] = np.where(mask[rows], gains[j][rows], -np.inf).max(axis=0)
    nash = None
    rows = np.flatnonzero(every.any(axis=1))
    if len(rows):
        nash = _nash([g[rows] for g in gains], every[rows], reservation)
        nash = (*nash[:3], rows[nash[3]] + start)
    return _BlockResult(zopa, margin, reach, nash)


def _nash(gains, every, reservation):
    """Per draw: the best Nash score among the rows, the utility sum and gain spread of
    the row that wins the tie rule, and its position (``len(rows)`` when none)."""
    k = len(gains)
    score = reduce(np.multiply, [np.maximum(g, 0.0) for g in gains])
    if k > 1:
        score = score ** (1.0 / k)
    score = np.where(every, score, -np.inf)
    top = score.max(axis=0)
    tied = score >= top[None, :] - TOLERANCE
    welfare = reduce(np.add, gains) + reservation.sum(axis=1)[None, :]
    welfare = np.where(tied, welfare, -np.inf)
    best_welfare = welfare.max(axis=0)
    tied &= welfare >= best_welfare[None, :] - TOLERANCE
    spread = reduce(np.maximum, gains) - reduce(np.minimum, gains)
    spread = np.where(tied, spread, np.inf)
    least_spread = spread.min(axis=0)
    tied &= spread <= least_spread[None, :] + TOLERANCE
    position = np.arange(len(tied), dtype=np.int64)[:, None]
    index = np.where(tied, position, len(tied) - 1).min(axis=0)
    return top, best_welfare, least_spread, index


@dataclass
class _Running:
    zopa: np.ndarray
    margin: np.ndarray
    reach: np.ndarray
    nash_score: np.ndarray
    nash_welfare: np.ndarray
    nash_spread: np.ndarray
    nash_index: np.ndarray

    @classmethod
    def start(cls, n: int, k: int) -> _Running:
        return cls(
            zopa=np.zeros(n, dtype=bool),
            margin=np.full(n, -np.inf),
            reach=np.full((n, k), -np.inf),
            nash_score=np.full(n, -np.inf),
            nash_welfare=np.full(n, -np.inf),
            nash_spread=np.full(n, np.inf),
            nash_index=np.full(n, -1, dtype=np.int64),
        )

    def merge(self, block: _BlockResult) -> None:
        self.zopa |= block.zopa
        np.maximum(self.margin, block.margin, out=self.margin)
        np.maximum(self.reach, block.reach, out=self.reach)
        if block.nash is None:
            return
        score, welfare, spread, index = block.nash
        found = np.isfinite(score)
        first = found & (self.nash_index < 0)
        with np.errstate(invalid="ignore"):
            # blocks come in index order, so an exact tie keeps the earlier package
            better = score > self.nash_score + TOLERANCE
            same = np.abs(score - self.nash_score) <= TOLERANCE
            richer = welfare > self.nash_welfare + TOLERANCE
            as_rich = np.abs(welfare - self.nash_welfare) <= TOLERANCE
            fairer = spread < self.nash_spread - TOLERANCE
        better = first | (found & (better | (same & (richer | (as_rich & fairer)))))
        self.nash_score = np.where(better, score, self.nash_score)
        self.nash_welfare = np.where(better, welfare, self.nash_welfare)
        self.nash_spread = np.where(better, spread, self.nash_spread)
        self.nash_index = np.where(better, index, self.nash_index)
