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
from ..model.problem import Problem, frozen
from ..model.uncertainty import UncertainParameter, uncertain_parameters
from .bargaining import Choice, bargaining_solutions, zopa_mask
from .diagnosis import shortfall
from .pareto import pareto_frontier, share_counts

__all__ = ["WhatIf", "adjusted", "robust_what_if", "uncertain_at", "what_if"]


@dataclass(frozen=True)
class WhatIf:
    """Frontier, ZOPA and solutions of a problem as it stands.

    ``frontier_index`` are outcome indexes (sorted by the first party's utility,
    descending, as in :class:`~accord.analysis.FrontierScan`); ``solutions`` give a
    :class:`~accord.analysis.bargaining.Choice` whose ``row`` is a frontier row.
    ``shortfall`` is the least ``max_i (d_i - u_i)`` over the frontier: positive, the
    uniform drop in walk-away values that would open a ZOPA; zero or negative, the margin.
    """

    problem: Problem
    frontier_index: np.ndarray
    frontier_utilities: np.ndarray
    frontier_count: np.ndarray
    n_feasible: int
    zopa_size: int
    solutions: dict[str, Choice]
    shortfall: float

    def solution_index(self, name: str) -> int | None:
        row = self.solutions[name].row
        return None if row is None else int(self.frontier_index[row])

    def to_dict(self) -> dict:
        """Plain data, in the vocabulary of ``accord analyze --json``."""
        problem, space = self.problem, self.problem.space
        solutions = {}
        for name, choice in self.solutions.items():
            if choice.row is None:
                solutions[name] = None
                continue
            index = int(self.frontier_index[choice.row])
            solutions[name] = {
                "outcome": space.outcome(index),
                "outcome_index": index,
                "utilities": self.frontier_utilities[choice.row].tolist(),
                "tie": choice.tie,
            }
        return {
            "scenario": problem.scenario.name,
            "n_outcomes": space.size,
            "n_feasible": self.n_feasible,
            "parties": list(problem.parties),
            "party_names": list(problem.names),
            "reservation": problem.reservation.tolist(),
            "weights": {
                party: dict(zip(space.names, basis.tolist()))
                for party, basis in zip(problem.parties, problem.weight_basis)
                if basis is not None
            },
            "pareto": {
                "size": len(self.frontier_index),
                "exact": True,
                "utilities": self.frontier_utilities.tolist(),
                "outcomes": self.frontier_index.tolist(),
            },
            "zopa": {"size": self.zopa_size, "empty": self.zopa_size == 0},
            "shortfall": self.shortfall,
            "solutions": solutions,
        }


def _frontier(problem: Problem) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Outcome indexes, utilities and share counts of the frontier, once per preferences."""

    def compute() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        index = problem.feasible_index
        u = problem.utilities[index]
        front = pareto_frontier(u)
        return frozen(index[front]), frozen(u[front]), frozen(share_counts(u, front))

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
    index, u, count = _frontier(problem)
    d = problem.reservation
    feasible = problem.utilities[problem.feasible_index]
    zopa = int(zopa_mask(feasible, d).sum())
    choices = bargaining_solutions(u, d, outcomes=index, counts=count)
    least = float(shortfall(u, d).min())
    return WhatIf(problem, index, u, count, len(feasible), zopa, choices, least)


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
