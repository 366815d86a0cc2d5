"""Bargaining solutions: which efficient package is fair, by four classic standards.

Each solution maximises a score over the candidates (usually the Pareto frontier) that
lie in the ZOPA, ``u_i >= d_i`` for every party, where ``d`` is the disagreement point
(the walk-away values). Utilities and scores are compared up to
:data:`~accord.model.tolerance.UTILITY_TOLERANCE`, so float noise neither drops a package
worth exactly a walk-away value nor breaks a tie.

Ties are broken by one rule, the same for every solution. Among the candidates whose
score is within the tolerance of the best: the larger utility sum; then, among those
tied on the sum too, a package no other tied one Pareto-dominates (this matters only
when the candidates are not all efficient); then the more equal split (the smaller
difference between the largest and the smallest gain ``u_i - d_i``); then the lowest
outcome index. Scores are in utility units, so that one tolerance fits
all four: Nash's product of gains is compared through its geometric mean, which ranks
packages the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model.tolerance import UTILITY_TOLERANCE, at_least
from .pareto import pareto_frontier, share_counts

__all__ = [
    "SOLUTIONS",
    "Choice",
    "bargaining_solutions",
    "egalitarian_solution",
    "kalai_smorodinsky_solution",
    "nash_bargaining_solution",
    "utilitarian_solution",
    "zopa_mask",
]


def zopa_mask(utilities: np.ndarray, reservation_values: np.ndarray) -> np.ndarray:
    """Rows every party weakly prefers to walking away (up to the utility tolerance).

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[0.25 * 0.2 + 0.75 * 0.6, 0.5], [0.4, 0.7]])  # 0.49999999999999994
    >>> zopa_mask(u, np.array([0.5, 0.5])).tolist()
    [True, False]
    """
    return np.all(at_least(utilities, np.asarray(reservation_values)[None, :]), axis=1)


@dataclass(frozen=True)
class Choice:
    """A solution's row among the candidates, and how many packages tied for it.

    ``tied`` counts the packages within the tolerance of the best score and of the best
    utility sum among those (1: no tie; 0: empty ZOPA); ``decided_by`` names the rule
    that picked ``row`` among them (``"efficiency"``, ``"equal split"`` or ``"outcome
    index"``).
    """

    row: int | None
    tied: int = 1
    decided_by: str | None = None

    @property
    def tie(self) -> dict | None:
        """``{"count": n, "decided_by": rule}`` when several packages tied, else None."""
        if self.tied < 2:
            return None
        return {"count": self.tied, "decided_by": self.decided_by}


def choose(
    score: np.ndarray,
    utilities: np.ndarray,
    reservation_values: np.ndarray,
    *,
    outcomes: np.ndarray | None = None,
    counts: np.ndarray | None = None,
) -> Choice:
    """The ZOPA row with the best ``score``, ties broken by the module's rule.

    ``outcomes`` are the rows' outcome indexes (default: the row positions); ``counts``
    how many packages share each row's utilities (default: one each).

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[0.6, 0.4], [0.5, 0.5], [0.4, 0.6]])
    >>> choose(u.sum(axis=1), u, np.zeros(2))  # equal sums: the equal split wins
    Choice(row=1, tied=3, decided_by='equal split')
    >>> choose(u.sum(axis=1), u, np.zeros(2), outcomes=np.array([7, 9, 5])).row
    1
    """
    inside = zopa_mask(utilities, reservation_values)
    if not inside.any():
        return Choice(None, 0)
    rows = np.flatnonzero(inside)
    s = score[rows]
    rows = rows[s >= s.max() - UTILITY_TOLERANCE]
    welfare = utilities[rows].sum(axis=1)
    rows = rows[welfare >= welfare.max() - UTILITY_TOLERANCE]
    tied = len(rows) if counts is None else int(np.asarray(counts)[rows].sum())
    if tied < 2:
        return Choice(int(rows[0]))
    rank = rows if outcomes is None else np.asarray(outcomes)[rows]
    rows = rows[np.argsort(rank, kind="stable")]  # lowest outcome index first
    front = np.sort(pareto_frontier(utilities[rows]))
    if len(front) == 1:
        alike = share_counts(utilities[rows], front)[0] == len(rows)
        return Choice(int(rows[front[0]]), tied, "outcome index" if alike else "efficiency")
    efficient = rows[front]
    gains = utilities[efficient] - reservation_values
    spread = gains.max(axis=1) - gains.min(axis=1)
    equal = efficient[spread <= spread.min() + UTILITY_TOLERANCE]
    if len(equal) == 1:
        return Choice(int(equal[0]), tied, "equal split")
    return Choice(int(equal[0]), tied, "outcome index")


def nash_score(utilities: np.ndarray, reservation_values: np.ndarray) -> np.ndarray:
    """Geometric mean of the gains ``u_i - d_i`` (0 where any gain is negative)."""
    gains = np.clip(utilities - reservation_values, 0.0, None)
    return np.prod(gains, axis=1) ** (1.0 / utilities.shape[1])


def egalitarian_score(utilities: np.ndarray, reservation_values: np.ndarray) -> np.ndarray:
    """The smallest gain ``min_i (u_i - d_i)``."""
    return (utilities - reservation_values).min(axis=1)


def utilitarian_score(utilities: np.ndarray, reservation_values: np.ndarray) -> np.ndarray:
    """The utility sum ``sum_i u_i``."""
    return utilities.sum(axis=1)


def kalai_smorodinsky_score(utilities: np.ndarray, reservation_values: np.ndarray) -> np.ndarray:
    """``min_i (u_i - d_i) / (ideal_i - d_i)``, ``ideal_i`` party i's best in the ZOPA.

    A party whose ideal equals its walk-away value (up to the tolerance) gains nothing
    anywhere and is left out of the minimum; with no party left the score is 1.
    """
    inside = zopa_mask(utilities, reservation_values)
    if not inside.any():
        return np.zeros(len(utilities))
    span = utilities[inside].max(axis=0) - reservation_values
    counted = span > UTILITY_TOLERANCE
    if not counted.any():
        return np.ones(len(utilities))
    ratio = (utilities - reservation_values)[:, counted] / span[counted]
    return ratio.min(axis=1)


SCORES = {
    "nash": nash_score,
    "kalai_smorodinsky": kalai_smorodinsky_score,
    "egalitarian": egalitarian_score,
    "utilitarian": utilitarian_score,
}


def bargaining_solutions(
    utilities: np.ndarray,
    reservation_values: np.ndarray,
    *,
    outcomes: np.ndarray | None = None,
    counts: np.ndarray | None = None,
) -> dict[str, Choice]:
    """All four solutions with their ties (see :func:`choose` for the arguments)."""
    return {
        name: choose(score(utilities, reservation_values), utilities, reservation_values,
                     outcomes=outcomes, counts=counts)
        for name, score in SCORES.items()
    }


def nash_bargaining_solution(utilities: np.ndarray, reservation_values: np.ndarray) -> int | None:
    """argmax of prod_i (u_i - d_i) over the ZOPA (Nash 1950).

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[1.0, 0.0], [0.6, 0.5], [0.3, 0.9]])
    >>> nash_bargaining_solution(u, np.zeros(2))  # 0.6 * 0.5 beats 0.3 * 0.9
    1
    """
    return choose(nash_score(utilities, reservation_values), utilities, reservation_values).row


def egalitarian_solution(utilities: np.ndarray, reservation_values: np.ndarray) -> int | None:
    """argmax of min_i (u_i - d_i) over the ZOPA: the worst-off party gains most
    (Rawls 1971; Kalai 1977)."""
    score = egalitarian_score(utilities, reservation_values)
    return choose(score, utilities, reservation_values).row


def utilitarian_solution(utilities: np.ndarray, reservation_values: np.ndarray) -> int | None:
    """argmax of sum_i u_i over the ZOPA: the most total welfare."""
    score = utilitarian_score(utilities, reservation_values)
    return choose(score, utilities, reservation_values).row


def kalai_smorodinsky_solution(utilities: np.ndarray, reservation_values: np.ndarray) -> int | None:
    """argmax of min_i (u_i - d_i) / (ideal_i - d_i) over the ZOPA (Kalai & Smorodinsky
    1975); see :func:`kalai_smorodinsky_score`."""
    score = kalai_smorodinsky_score(utilities, reservation_values)
    return choose(score, utilities, reservation_values).row


SOLUTIONS = {
    "nash": nash_bargaining_solution,
    "kalai_smorodinsky": kalai_smorodinsky_solution,
    "egalitarian": egalitarian_solution,
    "utilitarian": utilitarian_solution,
}
