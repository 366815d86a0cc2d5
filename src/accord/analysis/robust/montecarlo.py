"""How likely a deal is when the judgement calls are uncertain: a Monte Carlo.

Each draw takes every uncertain parameter from its declared range
(:mod:`accord.model.uncertainty`) and asks the point analysis's questions of every
package: does every party accept it, what is the margin, which package is the Nash point.
Frequencies over the draws estimate the probabilities, in the spirit of stochastic
multicriteria acceptability analysis (SMAA: Lahdelma, Hokkanen and Salminen 1998), where
a package's acceptability is the share of draws in which it is acceptable to all.

References
----------
R. Lahdelma, J. Hokkanen, P. Salminen, "SMAA - Stochastic multiobjective acceptability
analysis", European Journal of Operational Research 106 (1998) 137-143.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...model import UncertainParameter
from ...model.problem import Problem
from ..packages import PackageView, describe_package
from .draws import Draws, draws_at, point_values, sample_draws
from .engine import BLOCK_CELLS, Evaluation, all_packages, evaluate
from .probability import wilson_interval

__all__ = ["MonteCarlo", "RobustPackage", "monte_carlo", "package_utilities"]

QUANTILES = (5.0, 50.0, 95.0)
"""Percentiles of a package's utility over the draws: the interval and its median."""


@dataclass(frozen=True)
class RobustPackage:
    """A package, how often every party accepts it and what it is worth to each.

    ``utilities[j]`` is party ``j``'s 5th percentile, median and 95th percentile over the
    draws; ``view`` has its options, the stated-value utilities and whose favourite option
    each issue gets.
    """

    view: PackageView
    p_accept_all: float
    utilities: np.ndarray
    nash_share: float

    @property
    def index(self) -> int:
        return self.view.index


@dataclass(frozen=True)
class MonteCarlo:
    """The draws' verdict. ``p_accept[p]`` is package ``p``'s probability that every party
    accepts it (0 for infeasible packages); ``nash`` pairs package indexes with the share
    of draws in which each is the Nash point, most frequent first."""

    params: tuple[UncertainParameter, ...]
    n_draws: int
    seed: int
    sample: Draws
    evaluation: Evaluation
    p_zopa: float
    p_zopa_interval: tuple[float, float]
    packages: tuple[RobustPackage, ...]
    nash: tuple[tuple[int, float], ...]

    @property
    def p_accept(self) -> np.ndarray:
        return self.evaluation.accepted / self.n_draws

    @property
    def margin(self) -> np.ndarray:
        """Per draw, the best package's smallest gain over walk-away (negative: short)."""
        return self.evaluation.margin

    @property
    def margin_mean(self) -> float:
        return float(self.margin.mean())

    @property
    def margin_p5(self) -> float:
        return float(np.percentile(self.margin, 5.0))

    @property
    def uncertain(self) -> bool:
        """Whether any parameter varies (else the one evaluation is the point analysis)."""
        return bool(self.params)


def monte_carlo(
    problem: Problem,
    params: Sequence[UncertainParameter],
    *,
    draws: int = 10_000,
    seed: int = 0,
    top: int = 5,
    jobs: int = 1,
    block_cells: int = BLOCK_CELLS,
) -> MonteCarlo:
    """Draw ``params`` ``draws`` times and evaluate every package in every draw.

    Without uncertain parameters the stated values are evaluated once: probabilities are
    then exactly 0 or 1, and equal the point analysis.
    """
    params = tuple(params)
    sample = (
        sample_draws(problem, params, draws, seed)
        if params
        else draws_at(problem, params, point_values(params))
    )
    evaluation = evaluate(all_packages(problem), sample, block_cells=block_cells, jobs=jobs)
    n = sample.n
    hits = int(evaluation.zopa.sum())
    interval = wilson_interval(hits, n) if params else (hits / n, hits / n)
    nash = _nash_shares(evaluation)
    shares = dict(nash)
    chosen = robust_order(problem, evaluation)[:top]
    spread = package_utilities(problem, sample, chosen)
    packages = tuple(
        RobustPackage(
            view=describe_package(problem, int(p)),
            p_accept_all=float(evaluation.accepted[p] / n),
            utilities=np.percentile(spread[:, m, :], QUANTILES, axis=0).T,
            nash_share=shares.get(int(p), 0.0),
        )
        for m, p in enumerate(chosen)
    )
    return MonteCarlo(params, n, seed, sample, evaluation, hits / n, interval, packages, nash)


def robust_order(problem: Problem, evaluation: Evaluation) -> np.ndarray:
    """Feasible packages, most often accepted by all first; ties by the smallest gain over
    walk-away at the stated values (largest first), then by index."""
    index = problem.feasible_index
    count = evaluation.accepted[index]
    gain = (problem.utilities[index] - problem.reservation_values[None, :]).min(axis=1)
    return index[np.lexsort((index, -gain, -count))]


def package_utilities(problem: Problem, draws: Draws, index: np.ndarray) -> np.ndarray:
    """Utilities of the packages ``index`` in every draw: (draws, packages, parties),
    summed issue by issue as the compiled utility is."""
    index = np.asarray(index, dtype=np.int64)
    digits = problem.space.digits(index) if len(index) else np.zeros((0, 0), dtype=np.int64)
    out = np.empty((draws.n, len(index), problem.n_parties))
    for j, terms in enumerate(draws.terms):
        if terms is None:
            out[:, :, j] = problem.column(j)[index][None, :]
            continue
        total = np.zeros((draws.n, len(index)))
        for i, term in enumerate(terms):
            total = total + term[:, digits[:, i]]
        out[:, :, j] = np.minimum(total, 1.0)
    return out


def _nash_shares(evaluation: Evaluation) -> tuple[tuple[int, float], ...]:
    chosen = evaluation.nash[evaluation.nash >= 0]
    if not len(chosen):
        return ()
    index, count = np.unique(chosen, return_counts=True)
    order = np.lexsort((index, -count))
    n = evaluation.n_draws
    return tuple((int(index[o]), float(count[o] / n)) for o in order)
