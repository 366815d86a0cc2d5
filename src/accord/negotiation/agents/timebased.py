"""Time-based concession (Faratin, Sierra & Jennings 1998).

The aspiration at relative time ``t`` is ``low + (high - low) * (1 - F(t))`` with
``F(t) = k + (1 - k) * t**(1/e)``: ``high`` is the party's best utility and ``low`` its
reservation value. ``e < 1`` concedes late (Boulware), ``e = 1`` linearly, ``e > 1`` early
(Conceder). The offer is the cheapest outcome worth at least the aspiration.

Because the aspiration depends only on time, the offers of a whole round-based
negotiation are planned with one vectorised ``searchsorted`` on the first move; each
later move is a list look-up.
"""

from __future__ import annotations

import numpy as np

from ...model.tolerance import UTILITY_TOLERANCE
from ..views import AgentInfo, State
from .acceptance import ACNext
from .base import BiddingStrategy, Negotiator, OpponentModel

__all__ = ["Boulware", "Conceder", "Linear", "TimeBased", "TimeBasedBidding"]


class TimeBasedBidding(BiddingStrategy):
    """Offers follow the Faratin aspiration curve with exponent ``e`` and start ``k``."""

    def __init__(self, e: float = 1.0, k: float = 0.0) -> None:
        if e <= 0:
            raise ValueError("e must be positive")
        if not 0 <= k <= 1:
            raise ValueError("k must be in [0, 1]")
        self.e = e
        self.k = k

    def prepare(self, info: AgentInfo, model: OpponentModel | None = None) -> None:
        super().prepare(info, model)
        self.high_ = info.max_utility
        self.low_ = min(max(info.reservation_value, float(info.ranked_utilities[0])), self.high_)
        self.plan_rounds_ = -1
        self.plan_: list[int] = []
        self.positions_: np.ndarray = np.zeros(0, dtype=np.int64)
        self.times_: list[float] = []

    def aspiration(self, t):
        """Target utility at relative time ``t`` (scalar or array)."""
        concession = self.k + (1.0 - self.k) * np.power(t, 1.0 / self.e)
        return self.low_ + (self.high_ - self.low_) * (1.0 - concession)

    def target(self, state: State) -> float:
        return float(self.aspiration(state.time))

    def position(self, target) -> np.ndarray:
        """Rank positions of the cheapest outcomes worth at least ``target``."""
        ranked = self.info_.ranked_utilities
        pos = np.searchsorted(ranked, np.asarray(target) - UTILITY_TOLERANCE, side="left")
        return np.minimum(pos, len(ranked) - 1)

    def _plan(self, rounds: int) -> None:
        times = np.arange(rounds) / (rounds - 1) if rounds > 1 else np.zeros(1)
        self.positions_ = self.position(self.aspiration(times))
        self.plan_ = self.info_.ranking[self.positions_].tolist()
        self.times_ = times.tolist()
        self.plan_rounds_ = rounds

    def offer(self, state: State) -> int:
        if state.rounds != self.plan_rounds_:
            self._plan(state.rounds)
        r = state.round
        if r < len(self.times_) and state.time == self.times_[r]:
            return self.plan_[r]
        return self.info_.at_least(self.target(state))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(e={self.e}, k={self.k})"


class TimeBased(Negotiator):
    """Faratin time-based concession with exponent ``e``; accepts by AC_next."""

    name = "timebased"

    def __init__(self, e: float = 1.0, k: float = 0.0) -> None:
        super().__init__(TimeBasedBidding(e=e, k=k), ACNext())


class Boulware(TimeBased):
    """Holds out and concedes near the deadline (``e = 0.2``)."""

    name = "boulware"

    def __init__(self, e: float = 0.2, k: float = 0.0) -> None:
        super().__init__(e=e, k=k)


class Linear(TimeBased):
    """Concedes at a constant rate (``e = 1``)."""

    name = "linear"

    def __init__(self, e: float = 1.0, k: float = 0.0) -> None:
        super().__init__(e=e, k=k)


class Conceder(TimeBased):
    """Concedes early (``e = 2``)."""

    name = "conceder"

    def __init__(self, e: float = 2.0, k: float = 0.0) -> None:
        super().__init__(e=e, k=k)
