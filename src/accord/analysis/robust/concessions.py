"""When there is no ZOPA: the packages that need the least concession, and the outside
changes (a lower walk-away value, through pressure or a better offer elsewhere) that
would open a deal, at the stated values and over the draws."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...model.problem import Problem
from ...model.tolerance import UTILITY_TOLERANCE
from ..pareto import pareto_frontier
from .engine import Evaluation

__all__ = ["Bridge", "OutsideChange", "bridges", "outside_changes"]


@dataclass(frozen=True)
class Bridge:
    """A package and how far below its walk-away value it leaves each party
    (``concede[j]``, 0 for parties it satisfies); ``p_accept_all`` over the draws."""

    index: int
    utilities: tuple[float, ...]
    concede: tuple[float, ...]
    p_accept_all: float

    @property
    def total(self) -> float:
        return float(sum(self.concede))


@dataclass(frozen=True)
class OutsideChange:
    """How much lower party ``party``'s walk-away value would have to be for a ZOPA, the
    others' unchanged (``party`` None: every party by the same amount).

    ``shift`` at the stated values (0: a ZOPA exists; None: no package the others accept,
    so no shift of this party alone helps); ``shift_p50``/``shift_p90`` the shifts that
    open a ZOPA in half / nine tenths of the draws (None where no shift does).
    """

    party: str | None
    walk_away: float | None
    shift: float | None
    shift_p50: float | None
    shift_p90: float | None


def bridges(problem: Problem, p_accept: np.ndarray, top: int = 5) -> tuple[Bridge, ...]:
    """Efficient packages ranked by the total concession they ask (then the largest single
    concession, then index); empty when a ZOPA exists at the stated values."""
    index = problem.feasible_index
    u = problem.utilities[index]
    d = problem.reservation_values
    concede = np.clip(d[None, :] - u, 0.0, None)
    if np.any(np.all(concede <= UTILITY_TOLERANCE, axis=1)):
        return ()
    front = pareto_frontier(u)
    order = front[np.lexsort((index[front], concede[front].max(axis=1),
                              concede[front].sum(axis=1)))][:top]
    return tuple(
        Bridge(
            index=int(index[r]),
            utilities=tuple(float(x) for x in u[r]),
            concede=tuple(float(x) for x in concede[r]),
            p_accept_all=float(p_accept[index[r]]),
        )
        for r in order
    )


def outside_changes(
    problem: Problem, point: Evaluation, draws: Evaluation | None
) -> tuple[OutsideChange, ...]:
    """Per party, then for all at once: the walk-away shift that opens a ZOPA (from the
    per-draw reach: a party's best gain among the packages every other party accepts)."""
    out = []
    for j, party in enumerate(problem.parties):
        shift = _needed(point.reach[:, j])[0]
        p50, p90 = _quantiles(_needed(draws.reach[:, j])) if draws is not None else (None, None)
        out.append(
            OutsideChange(party, float(problem.reservation_values[j]),
                          None if np.isinf(shift) else float(shift), p50, p90)
        )
    every = np.clip(-point.margin, 0.0, None)[0]
    p50, p90 = _quantiles(np.clip(-draws.margin, 0.0, None)) if draws is not None else (None,
                                                                                       None)
    out.append(OutsideChange(None, None, float(every), p50, p90))
    return tuple(out)


def _needed(reach: np.ndarray) -> np.ndarray:
    """Shift needed per draw: none when the party already accepts something the others
    do, infinite when the others accept nothing."""
    return np.where(np.isfinite(reach), np.clip(-reach, 0.0, None), np.inf)


def _quantiles(shift: np.ndarray) -> tuple[float | None, float | None]:
    values = np.quantile(shift, [0.5, 0.9], method="inverted_cdf")
    return tuple(None if np.isinf(v) else float(v) for v in values)
