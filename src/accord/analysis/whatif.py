"""What-ifs on the compiled problem: walk-away values and weights changed in milliseconds,
and the declared uncertainty carried along.

A what-if (a dashboard slider, a question in a briefing) changes a
:class:`~accord.model.problem.Problem` with ``with_reservation_values`` / ``with_weights``, which
costs a column of utilities, not a re-validation; :func:`~accord.analysis.analyze` then
analyses it, reusing the memoised frontier when only walk-away values moved. Under the
scenario's declared uncertainty, the ranges move with the what-if (:func:`uncertain_at`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np

from ..errors import AccordInputError
from ..model.problem import Problem
from ..model.uncertainty import UncertainParameter, uncertain_parameters

__all__ = ["adjusted", "robust_what_if", "uncertain_at"]


def adjusted(
    problem: Problem,
    reservation: Mapping[str, float] | None = None,
    weights: Mapping[str, Mapping[str, float]] | None = None,
) -> Problem:
    """``problem`` with some walk-away values (by party) and issue weights (by party, then
    issue) changed. Weights equal to the current ones change nothing, so a change of
    walk-away values alone keeps every memoised array, the frontier included.

    Examples
    --------
    >>> from accord.analysis import analyze
    >>> from accord.model.generate import split_the_pie
    >>> from accord.model.problem import compile_problem
    >>> pie = compile_problem(split_the_pie())
    >>> analyze(pie).scan.zopa_size, analyze(adjusted(pie, {"a": 0.3, "b": 0.3})).scan.zopa_size
    (101, 41)
    """
    for party, changes in (weights or {}).items():
        current = problem.weights(party)
        changed = {k: float(v) for k, v in changes.items() if current.get(k) != float(v)}
        if changed:
            problem = problem.with_weights(party, changed)
    if reservation:
        problem = problem.with_reservation_values({k: float(v) for k, v in reservation.items()})
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
    >>> pie = compile_problem(split_the_pie()).with_reservation_values([0.25, 0.0])
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
            now, top = float(problem.reservation_values[j]), 1.0
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
