"""Bargaining solutions: which efficient package is fair, by four classic standards.

Each function takes candidate utility vectors (usually the Pareto frontier) and the
disagreement point ``d`` (the reservation values) and returns the position of the chosen
row, or ``None`` when no candidate is in the ZOPA (``u_i >= d_i`` for every party). Ties
go to the larger utility sum, then to the earlier row.
"""

from __future__ import annotations

import numpy as np

__all__ = [
    "SOLUTIONS",
    "SOLUTION_TITLES",
    "egalitarian_solution",
    "kalai_smorodinsky_solution",
    "nash_bargaining_solution",
    "utilitarian_solution",
    "zopa_mask",
]

_TIE = 1e-12


def zopa_mask(utilities: np.ndarray, reservation: np.ndarray) -> np.ndarray:
    """Rows every party weakly prefers to walking away."""
    return np.all(utilities >= np.asarray(reservation)[None, :], axis=1)


def nash_bargaining_solution(utilities: np.ndarray, reservation: np.ndarray) -> int | None:
    """argmax of prod_i (u_i - d_i) over the ZOPA (Nash 1950).

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[1.0, 0.0], [0.6, 0.5], [0.3, 0.9]])
    >>> nash_bargaining_solution(u, np.zeros(2))  # 0.6 * 0.5 beats 0.3 * 0.9
    1
    """
    gains = utilities - reservation
    score = np.prod(np.clip(gains, 0.0, None), axis=1)
    return _best(score, utilities, reservation)


def egalitarian_solution(utilities: np.ndarray, reservation: np.ndarray) -> int | None:
    """argmax of min_i (u_i - d_i) over the ZOPA: the worst-off party gains most."""
    return _best((utilities - reservation).min(axis=1), utilities, reservation)


def utilitarian_solution(utilities: np.ndarray, reservation: np.ndarray) -> int | None:
    """argmax of sum_i u_i over the ZOPA: the most total welfare."""
    return _best(utilities.sum(axis=1), utilities, reservation)


def kalai_smorodinsky_solution(utilities: np.ndarray, reservation: np.ndarray) -> int | None:
    """argmax of min_i (u_i - d_i) / (ideal_i - d_i) over the ZOPA (Kalai & Smorodinsky 1975).

    ``ideal_i`` is party i's best utility within the ZOPA. A party whose ideal equals its
    reservation value gains nothing anywhere and is left out of the minimum.
    """
    inside = zopa_mask(utilities, reservation)
    if not inside.any():
        return None
    ideal = utilities[inside].max(axis=0)
    span = ideal - reservation
    ratio = (utilities - reservation) / np.where(span > 0, span, 1.0)
    ratio[:, span <= 0] = np.inf
    score = ratio.min(axis=1)
    score[~np.isfinite(score)] = 1.0
    return _best(score, utilities, reservation)


def _best(score: np.ndarray, utilities: np.ndarray, reservation: np.ndarray) -> int | None:
    inside = zopa_mask(utilities, reservation)
    if not inside.any():
        return None
    score = np.where(inside, score, -np.inf)
    top = score.max()
    tied = np.flatnonzero(score >= top - _TIE * max(1.0, abs(top)))
    welfare = utilities[tied].sum(axis=1)
    return int(tied[np.argmax(welfare)])


SOLUTION_TITLES = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai-Smorodinsky",
    "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian",
}

SOLUTIONS = {
    "nash": nash_bargaining_solution,
    "kalai_smorodinsky": kalai_smorodinsky_solution,
    "egalitarian": egalitarian_solution,
    "utilitarian": utilitarian_solution,
}
