"""What-if analysis on the compiled problem: frontier, ZOPA and fair packages after a change
of walk-away values or weights, in milliseconds.

:func:`~accord.analysis.analyze` reads a :class:`~accord.model.Scenario`; a what-if (a
dashboard slider, a question in a briefing) changes a :class:`~accord.model.problem.Problem`
with ``with_reservation`` / ``with_weights`` instead, which costs a column of utilities, not
a re-validation. The frontier does not depend on walk-away values, so it is memoised on the
problem and survives their changes; the ZOPA count and the four solutions are recomputed,
with the same functions and tie rule as :func:`~accord.analysis.analyze`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..errors import AccordInputError
from ..model import Scenario
from ..model.problem import Problem, frozen
from ..model.uncertainty import UncertainParameter, uncertain_parameters
from .bargaining import bargaining_solutions, zopa_mask
from .diagnosis import shortfall
from .frontier import FrontierScan
from .pareto import pareto_frontier, share_counts

__all__ = ["WhatIf", "adjusted", "robust_what_if", "uncertain_at", "what_if"]


@dataclass(frozen=True)
class WhatIf:
    """Frontier, ZOPA and solutions of a problem as it stands, in the shape of an
    :class:`~accord.analysis.Analysis` (``scan``, ``solutions`` as frontier rows, ``ties``,
    ``reservation``) so that what draws an analysis draws a what-if; no diagnosis.

    ``shortfall`` is the least ``max_i (d_i - u_i)`` over the frontier: positive, the
    uniform drop in walk-away values that would open a ZOPA; zero or negative, the margin.
    """

    problem: Problem
    scan: FrontierScan
    solutions: dict[str, int | None]
    ties: dict[str, dict | None]
    shortfall: float

    @property
    def scenario(self) -> Scenario:
        return self.problem.scenario

    @property
    def parties(self) -> tuple[str, ...]:
        return self.problem.parties

    @property
    def reservation(self) -> np.ndarray:
        """The walk-away values of the what-if (not the scenario's)."""
        return self.problem.reservation

    @property
    def zopa_size(self) -> int:
        return int(self.scan.zopa_size)

    def solution_index(self, name: str) -> int | None:
        row = self.solutions[name]
        return None if row is None else int(self.scan.frontier_index[row])

    def to_dict(self) -> dict:
        """Plain data, in the vocabulary of ``accord analyze --json``."""
        problem, space, scan = self.problem, self.problem.space, self.scan
        return {
            "scenario": problem.scenario.name,
            "n_outcomes": space.size,
            "n_feasible": scan.n_feasible,
            "parties": list(problem.parties),
            "party_names": list(problem.names),
            "reservation": problem.reservation.tolist(),
            "weights": {
                party: dict(zip(space.names, basis.tolist()))
                for party, basis in zip(problem.parties, problem.weight_basis)
                if basis is not None
            },
            "pareto": {
                "size": len(scan.frontier_index),
                "exact": scan.exact,
                "utilities": scan.frontier_utilities.tolist(),
                "outcomes": scan.frontier_index.tolist(),
            },
            "zopa": {"size": self.zopa_size, "empty": self.zopa_size == 0},
            "shortfall": self.shortfall,
            "solutions": {
                name: None
                if row is None
                else {
                    "outcome": space.outcome(int(scan.frontier_index[row])),
                    "outcome_index": int(scan.frontier_index[row]),
                    "utilities": scan.frontier_utilities[row].tolist(),
                    "tie": self.ties.get(name),
                }
                for name, row in self.solutions.items()
            },
        }


def _frontier(problem: Problem) -> FrontierScan:
    """Frontier, share counts and extremes of the feasible packages, once per preferences
    (the ZOPA size is filled in per walk-away values)."""

    def compute() -> FrontierScan:
        index = problem.feasible_index
        u = problem.utilities[index]
        front = pareto_frontier(u)
        hi, lo = u.argmax(axis=0), u.argmin(axis=0)
        columns = np.arange(u.shape[1])
        return FrontierScan(
            frontier_index=frozen(index[front]), frontier_utilities=frozen(u[front]),
            n_feasible=len(index), zopa_size=None,
            best_index=index[hi], best_utility=u[hi, columns],
            worst_index=index[lo], worst_utility=u[lo, columns],
            exact=True, frontier_count=frozen(share_counts(u, front)),
        )

    return problem.memo("whatif_frontier", compute, uses_reservation=False)


def what_if(problem: Problem) -> WhatIf:
    """Frontier, ZOPA size, the four bargaining solutions and the shortfall of ``problem``.

    Needs a space whose utilities fit in memory (``problem.dense``); a larger one raises
    :class:`~accord.errors.AccordInputError` saying so.

    Examples
    --------
    >>> from accord.model.generate import split_the_pie
    >>> from accord.model.problem import compile_problem
    >>> base = compile_problem(split_the_pie())
    >>> what_if(base).zopa_size, what_if(base.with_reservation([0.6, 0.6])).zopa_size
    (101, 0)
    """
    scan = _frontier(problem)
    d = problem.reservation
    u = scan.frontier_utilities
    zopa = int(zopa_mask(problem.utilities[problem.feasible_index], d).sum())
    choices = bargaining_solutions(u, d, outcomes=scan.frontier_index, counts=scan.frontier_count)
    return WhatIf(
        problem=problem,
        scan=replace(scan, zopa_size=zopa),
        solutions={name: choice.row for name, choice in choices.items()},
        ties={name: choice.tie for name, choice in choices.items()},
        shortfall=float(shortfall(u, d).min()),
    )


def adjusted(
    problem: Problem,
    reservation: Mapping[str, float] | None = None,
    weights: Mapping[str, Mapping[str, float]] | None = None,
) -> Problem:
    """``problem`` with some walk-away values (by party) and issue weights (by party, then
    issue) changed. Weights equal to the current ones change nothing, so a change of
    walk-away values alone keeps every memoised array, the frontier included."""
    for party, changes in (weights or {}).items():
        current = problem.weights(party)
        changed = {k: float(v) for k, v in changes.items() if current.get(k) != float(v)}
        if changed:
            problem = problem.with_weights(party, changed)
    if reservation:
        problem = problem.with_reservation({k: float(v) for k, v in reservation.items()})
    return problem


def uncertain_at(
    problem: Problem, params: Sequence[UncertainParameter], scale: float = 1.0
) -> tuple[UncertainParameter, ...]:
    """The declared ranges moved onto ``problem``'s current walk-away values and weights
    (a what-if keeps the analyst's uncertainty around the values it sets) and their widths
    multiplied by ``scale``; cut to each parameter's domain, zero widths dropped.

    Examples
    --------
    >>> from accord.model.generate import split_the_pie
    >>> from accord.model.problem import compile_problem
    >>> pie = compile_problem(split_the_pie()).with_reservation([0.25, 0.0])
    >>> p = UncertainParameter("a", "reservation_value", None, None, 0.3, 0.2, 0.3, 0.4,
    ...                        "uniform")  # stated 0.3 +- 0.1, now 0.25, widths doubled
    >>> moved = uncertain_at(pie, [p], scale=2.0)[0]
    >>> round(moved.point, 6), round(moved.low, 6), round(moved.high, 6)
    (0.25, 0.05, 0.45)
    """
    if not np.isfinite(scale) or scale < 0:
        raise AccordInputError(f"the spread scale must be a non-negative number, not {scale}")
    moved = []
    for p in params:
        j = problem.party_index(p.party)
        if p.kind == "reservation_value":
            now, top = float(problem.reservation[j]), 1.0
        elif p.kind == "weight":
            now, top = float(problem.weight_basis[j][problem.space.names.index(p.issue)]), np.inf
        else:  # value-table entries: what-ifs do not change them
            now, top = p.point, 1.0
        low = min(max(now - scale * (p.point - p.low), 0.0), now)
        high = max(min(now + scale * (p.high - p.point), top), now)
        mode = min(max(now + scale * (p.mode - p.point), low), high)
        if high > low:
            moved.append(replace(p, point=now, low=low, mode=mode, high=high))
    return tuple(moved)


def robust_what_if(
    problem: Problem, *, scale: float = 1.0, draws: int = 2_000, seed: int = 0, top: int = 3
):
    """P(ZOPA) and the most robust packages of a what-if, under the scenario's declared
    uncertainty moved onto its values (:func:`uncertain_at`): the Monte Carlo of
    :func:`accord.analysis.robust.montecarlo.monte_carlo`."""
    from .robust.montecarlo import monte_carlo

    params = uncertain_at(problem, uncertain_parameters(problem.scenario), scale)
    return monte_carlo(problem, params, draws=draws, seed=seed, top=top)
