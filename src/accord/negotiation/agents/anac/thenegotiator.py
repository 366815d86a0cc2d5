"""TheNegotiator (ANAC 2011 finalist), Dirkzwager, Hendrikx & De Ruiter.

TheNegotiator plays three phases of a 180-second negotiation: the first 140 seconds, the
next 35 and the last 5. Its threshold falls linearly in each phase, from the best utility
to 1/8 of the utility range below it, then to 3/8 below it, then to the worst utility. In
phase 1 it offers a random outcome between the threshold and the utility of the outcome 20%
from the top of those above the threshold (with probability 0.3 one above that); in phases
2 and 3 it first re-offers, at random, one of the opponent's offers above the threshold. It
accepts any offer worth the threshold, and in phase 3, once fewer than 15 moves are left,
any offer at all. With a discount factor ``d``, after ``t = d`` the phases are re-planned
over the remaining time in proportion to how many outcomes fall in each utility band.

Decomposition as in GENIUS (``TheNegotiator_Offering``, ``AC_TheNegotiator``): both parts
compute the threshold and phase from the time (:func:`thenegotiator_threshold`); the moves
left are the time left divided by the mean time between our last 15 turns.

References
----------
A. Dirkzwager, M. Hendrikx & J. de Ruiter (2013). The Negotiator: a dynamic strategy for
bilateral negotiations with time-based discounts. In *Complex Automated Negotiations*,
SCI 435, 217-221.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from ...views import AgentInfo, State
from ..base import AcceptanceStrategy, Negotiator
from .common import TurnBidding, band

__all__ = ["TheNegotiator", "TheNegotiatorAcceptance", "TheNegotiatorBidding", "Phases"]

RANDOM_MOVE = 0.3
QUEUE = 15
PHASE_ENDS = np.array([140.0, 35.0, 5.0]) / 180.0


class Phases:
    """TheNegotiator's phases and thresholds on one party's utilities."""

    def __init__(self, info: AgentInfo) -> None:
        ranked = info.ranked_utilities
        best, worst = float(ranked[-1]), float(ranked[0])
        span = best - worst
        self.discount_factor = info.discount_factor if 0 < info.discount_factor < 1 else 0.0
        self.ends1 = PHASE_ENDS
        self.levels1 = np.array([best, best - span / 8, best - 3 * span / 8, worst])
        self.ends2, self.levels2 = self.ends1, self.levels1
        if self.discount_factor:
            top = self.threshold(self.discount_factor)
            step = (top - worst) / 3
            counts = [
                int(((ranked >= top - step) & (ranked <= top)).sum()),
                int(((ranked >= top - 2 * step) & (ranked < top - step)).sum()),
                int(((ranked >= top - 3 * step) & (ranked < top - 2 * step)).sum()),
            ]
            total = max(sum(counts), 1)
            d = self.discount_factor
            share = np.array(counts) / total * (1 - d)
            self.ends2 = np.array([d + share[0], share[1], share[2]])
            desc = ranked[::-1]
            second = desc[counts[0] - 1] if counts[0] else desc[0]
            third = desc[counts[0] + counts[1] - 1] if counts[0] + counts[1] else desc[0]
            self.levels2 = np.array([top, second, third, worst])

    def phase(self, t: float) -> int:
        ends = self.ends2 if self.discount_factor and t > self.discount_factor else self.ends1
        if t > ends[0] + ends[1]:
            return 3
        return 2 if t > ends[0] else 1

    def threshold(self, t: float) -> float:
        """The threshold at relative time ``t``."""
        late = bool(self.discount_factor) and t > self.discount_factor
        ends = self.ends2 if late else self.ends1
        levels = self.levels2 if late else self.levels1
        active = self.discount_factor if late else 0.0
        phase = self.phase(t)
        tiny = 1e-12
        if phase == 1:
            share = (t - active) / max(ends[0] - active, tiny)
            return levels[0] - share * (levels[0] - levels[1])
        if phase == 2:
            return levels[1] - (t - ends[0]) / max(ends[1], tiny) * (levels[1] - levels[2])
        share = min((t - ends[0] - ends[1]) / max(ends[2], tiny), 1.0)
        return levels[2] - share * (levels[2] - levels[3])


def thenegotiator_threshold(info: AgentInfo, t: float) -> float:
    """TheNegotiator's threshold for ``info``'s party at relative time ``t``."""
    return Phases(info).threshold(t)


class TheNegotiatorBidding(TurnBidding):
    """Random outcomes between the threshold and the top fifth above it."""

    def _start(self) -> None:
        self.phases_ = Phases(self.info_)

    def _next(self, state: State) -> int:
        rng = self.info_.rng
        t = state.time
        threshold = self.phases_.threshold(t)
        if self.phases_.phase(t) > 1 and self.received_.n:
            received = self.received_
            good = received.outcomes[received.utilities >= threshold]
            if len(good):
                return int(good[rng.integers(len(good))])
        upper = self._upper(threshold)
        if rng.random() > RANDOM_MOVE:
            return self._between(threshold, upper)
        return self._between(upper - 1e-5, np.inf)

    def _upper(self, threshold: float) -> float:
        """Utility of the outcome 20% from the top of those worth ``threshold``."""
        ranked = self.info_.ranked_utilities
        n = len(ranked)
        above = n - int(np.searchsorted(ranked, threshold - 1e-12))
        boundary = max(above - 1, 0)
        index = boundary - int(np.ceil(0.2 * boundary))
        return float(ranked[n - 1 - index])

    def _between(self, low: float, high: float) -> int:
        info = self.info_
        start, stop = band(info, low, high)
        if stop <= start:
            start, stop = band(info, low)
            if stop <= start:
                return info.best
        return int(info.ranking[info.rng.integers(start, stop)])


class TheNegotiatorAcceptance(AcceptanceStrategy):
    """Accept at the threshold; in phase 3 with fewer than 15 moves left, anything."""

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.phases_ = Phases(info)
        self.lapses_: deque[float] = deque(maxlen=QUEUE)
        self.last_ = 0.0

    def moves_left(self, t: float) -> float:
        if not self.lapses_:
            return np.inf
        return (1.0 - t) / (sum(self.lapses_) / len(self.lapses_))

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        t = state.time
        self.lapses_.append(t - self.last_)
        self.last_ = t
        if utility >= self.phases_.threshold(t) - 1e-12:
            return True
        return self.phases_.phase(t) == 3 and self.moves_left(t) < QUEUE

    def __repr__(self) -> str:
        return "TheNegotiatorAcceptance()"


class TheNegotiator(Negotiator):
    """TheNegotiator (ANAC 2011 finalist)."""

    name = "thenegotiator"

    def __init__(self) -> None:
        super().__init__(TheNegotiatorBidding(), TheNegotiatorAcceptance())
