"""HardHeaded (ANAC 2011 winner), van Krimpen, Looije & Hajizadeh.

HardHeaded concedes very late. Its bidding threshold is a Boulware curve

    p(t) = MinUtil + (1 - F(t)) (MaxUtil - MinUtil),  F(t) = Ka + (1 - Ka) t^(1/e)

with ``Ka = e = 0.05`` and ``MinUtil = 0.585``: at ``t = 0.9`` it still asks for about
0.93 of a best of 1, and it reaches 0.585 only at the deadline (with a discount factor
``d < 0.9`` the curve is compressed before ``t = d`` and flattened after it). It walks down
its own ranking of outcomes: from the utility of its last offer, it collects the next
outcomes down (within 0.01 of the first, and above ``p(t)``) and offers up to five of them,
those its frequency model (:class:`~accord.negotiation.agents.HardHeadedModel`) says the
opponent likes best; when the next outcome down is below ``p(t)`` it repeats one of its
earlier offers at random. It offers the opponent's best offer so far when that is worth
more to it than its own planned offer. It accepts an offer worth more than the lowest
utility it has offered, or at least its next offer.

Decomposition as in GENIUS (``HardHeaded_Offering``, ``AC_HardHeaded``, the HardHeaded
frequency model with the best-bid opponent-model strategy). The acceptance condition reads
its own offers from the public history instead of a shared helper.

Simplified: when several outcomes have the same utility, "the next outcome down" skips
all of them (GENIUS breaks ties with tiny key offsets); the floor is the larger of
``min_utility`` and the reservation value.

References
----------
T. van Krimpen, D. Looije & S. Hajizadeh (2013). HardHeaded. In *Complex Automated
Negotiations: Theories, Models, and Software Competitions*, SCI 435, 223-227.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from ...views import AgentInfo, State
from ..base import AcceptanceStrategy, Negotiator
from ..frequency import HardHeadedModel
from .common import TurnBidding

__all__ = ["HardHeaded", "HardHeadedAcceptance", "HardHeadedBidding", "hardheaded_threshold"]

TOLERANCE = 0.01
TOP_SELECTED = 4


def hardheaded_threshold(
    time: float,
    max_utility: float = 1.0,
    min_utility: float = 0.585,
    discount: float = 1.0,
    ka: float = 0.05,
    e: float = 0.05,
) -> float:
    """HardHeaded's lowest acceptable bid utility ``p(t)``.

    >>> round(hardheaded_threshold(0.9), 4), hardheaded_threshold(1.0)
    (0.9313, 0.585)
    """
    if discount >= 0.9:
        f = ka + (1 - ka) * (time / discount) ** (1 / e)
        return min_utility + (1 - f) * (max_utility - min_utility)
    if time <= discount:
        f = ka + (1 - ka) * (time / discount) ** (discount / e)
        low = min_utility + abs(max_utility - min_utility) * discount
        return low + (1 - f) * (max_utility - low)
    f = ka + (1 - ka) * ((time - discount) / (1 - discount)) ** (1 / 30.0)
    high = min_utility + abs(max_utility - min_utility) * discount
    return min_utility + (1 - f) * (high - min_utility)


class HardHeadedBidding(TurnBidding):
    """Walks down its ranking, above ``p(t)``, choosing with the opponent model."""

    def __init__(self, min_utility: float = 0.585) -> None:
        self.min_utility = min_utility

    def _start(self) -> None:
        info = self.info_
        self.floor_ = max(self.min_utility, info.reservation_value)
        self.discount_ = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.queue_: deque[int] = deque()

    def threshold(self, time: float) -> float:
        return hardheaded_threshold(
            time, self.info_.max_utility, self.floor_, self.discount_
        )

    def _next(self, state: State) -> int:
        info, utility = self.info_, self.info_.utility
        if not self.own_:
            return info.best
        if not self.queue_:
            self._plan(self.threshold(state.time))
            best = self.received_.best_outcome
            if best >= 0 and utility[self.queue_[0]] < utility[best]:
                self.queue_.appendleft(best)
        return self.queue_.popleft()

    def _plan(self, p: float) -> None:
        info, utility, ranked = self.info_, self.info_.utility, self.info_.ranked_utilities
        last = float(utility[self.own_[-1]])
        pos = int(np.searchsorted(ranked, last, side="left")) - 1
        if pos < 0:
            self.queue_.append(self.own_[-1])
            return
        first = float(ranked[pos])
        chosen = [int(info.ranking[pos])]
        if first < p:
            chosen = [self.own_[int(info.rng.integers(len(self.own_)))]]
        pos -= 1
        while pos >= 0 and first - ranked[pos] < TOLERANCE and ranked[pos] >= p:
            chosen.append(int(info.ranking[pos]))
            pos -= 1
        candidates = np.array(sorted(set(chosen), key=lambda o: (utility[o], o)))
        if len(candidates) <= TOP_SELECTED or self.model_ is None:
            self.queue_.extend(candidates.tolist())
            return
        liked = self.model_.estimate(candidates)
        order = np.lexsort((-utility[candidates], -liked))[: TOP_SELECTED + 1]
        self.queue_.extend(candidates[order].tolist())

    def __repr__(self) -> str:
        return f"HardHeadedBidding(min_utility={self.min_utility})"


class HardHeadedAcceptance(AcceptanceStrategy):
    """Accept more than the lowest utility we have offered, or at least our next offer."""

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.seen_ = 0
        self.lowest_ = np.inf

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        new = state.history.offers(self.info_.key, self.seen_)
        if new:
            self.seen_ += len(new)
            self.lowest_ = min(self.lowest_, float(self.info_.utility[new].min()))
        return utility > self.lowest_ or utility >= next_utility - 1e-12

    def __repr__(self) -> str:
        return "HardHeadedAcceptance()"


class HardHeaded(Negotiator):
    """HardHeaded (ANAC 2011 winner)."""

    name = "hardheaded"

    def __init__(self, min_utility: float = 0.585, learning_rate: float = 0.2) -> None:
        super().__init__(
            HardHeadedBidding(min_utility), HardHeadedAcceptance(), HardHeadedModel(learning_rate)
        )
