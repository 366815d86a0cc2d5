"""A scenario turned into arrays once, so that many negotiations can reuse the work.

Utilities of every outcome for every negotiator, each party's ranking of the feasible
outcomes, the Pareto frontier and the Nash point are computed at most once per scenario
(lazily) and shared, read-only, by every negotiation run on it.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from ..errors import AccordInputError
from ..model import Scenario

__all__ = ["MAX_OUTCOMES", "PreparedScenario", "frozen"]

MAX_OUTCOMES = 10_000_000
"""Largest space simulated with dense per-outcome arrays."""


def frozen(array: np.ndarray) -> np.ndarray:
    """Make ``array`` read-only (agents share it), returning it."""
    array.flags.writeable = False
    return array


class PreparedScenario:
    """Dense utilities and rankings for one scenario's negotiating parties."""

    def __init__(self, scenario: Scenario, utilities: np.ndarray | None = None) -> None:
        size = scenario.space.size
        if size > MAX_OUTCOMES:
            raise AccordInputError(
                f"the outcome space has {size:,} outcomes; simulation handles at most "
                f"{MAX_OUTCOMES:,}: coarsen continuous issues (a larger 'step')"
            )
        self.scenario = scenario
        self.parties: tuple[str, ...] = scenario.negotiators
        self.space = scenario.space
        u = scenario.utilities() if utilities is None else utilities
        self.utilities = frozen(np.ascontiguousarray(u, dtype=float))
        self.reservation = scenario.reservation()
        self.discount = np.array(
            [scenario.parties[k].discount_factor or 1.0 for k in self.parties], dtype=float
        )
        self._rankings: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._columns: dict[int, np.ndarray] = {}

    @property
    def n_outcomes(self) -> int:
        return len(self.utilities)

    @cached_property
    def feasible(self) -> np.ndarray | None:
        """Mask of feasible outcomes, or None when the scenario has no constraints."""
        if not self.space.constraints:
            return None
        return frozen(self.space.feasible_mask())

    @cached_property
    def feasible_index(self) -> np.ndarray:
        if self.feasible is None:
            return np.arange(self.n_outcomes, dtype=np.int64)
        return frozen(np.flatnonzero(self.feasible))

    def column(self, party: int) -> np.ndarray:
        """One party's utility array (a read-only contiguous copy, made once)."""
        if party not in self._columns:
            self._columns[party] = frozen(np.ascontiguousarray(self.utilities[:, party]))
        return self._columns[party]

    def ranking(self, party: int) -> tuple[np.ndarray, np.ndarray]:
        """Feasible outcomes sorted worst-to-best for ``party`` and their utilities."""
        if party not in self._rankings:
            u = self.utilities[:, party]
            index = self.feasible_index
            order = index[np.argsort(u[index], kind="stable")]
            self._rankings[party] = (frozen(order), frozen(u[order]))
        return self._rankings[party]

    @cached_property
    def frontier(self) -> np.ndarray:
        """Utility vectors of the Pareto-optimal feasible outcomes."""
        return frontier_points(self.utilities, self.feasible_index)

    @cached_property
    def nash_point(self) -> np.ndarray | None:
        return nash_point(self.frontier, self.reservation)


def frontier_points(utilities: np.ndarray, feasible: np.ndarray) -> np.ndarray:
    """Pareto-optimal utility vectors among the ``feasible`` rows."""
    from ..analysis.pareto import pareto_frontier

    u = utilities[feasible]
    return u[pareto_frontier(u)]


def nash_point(frontier: np.ndarray, reservation: np.ndarray) -> np.ndarray | None:
    """Utilities at the Nash bargaining solution (always on the frontier), or None with
    an empty ZOPA."""
    from ..analysis.bargaining import nash_bargaining_solution

    best = nash_bargaining_solution(frontier, reservation)
    return None if best is None else frontier[best]
