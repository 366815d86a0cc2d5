"""CUHKAgent (ANAC 2012 winner), Hao & Leung.

CUHKAgent adapts how long it holds out to the discount factor and to the opponent's
toughness. Its concession deadline is ``lambda = lambda0 + 0.1 (1 - lambda0) tough^10``
with ``lambda0 = 0.08 + 0.92 d^1.5``; ``tough`` is the square of the share of the
opponent's last 10 offers it made only once (an opponent that keeps repeating itself is
tough). Before ``lambda`` its threshold falls as ``max - (max - max d^(1-lambda))
(t / lambda)^2``, after it as ``max d^(1-t)``; in undiscounted domains of more than 3,000
outcomes it is ``max - 0.05`` (``max - 0.25`` after 0.98 above 10,000 outcomes). It offers
the opponent's best offer when that clears the threshold, else the outcome between the
threshold and its maximum that contains the options the opponent used most often. It
accepts offers worth the threshold or its next offer; and when the opponent's best offer,
discounted, beats the best it can predict (after ``lambda``) or the discounted threshold,
it accepts offers within 0.01 of that best offer and otherwise offers it back. In its last
rounds it offers the opponent's best offer (or, when that is below 0.85, an outcome
between ``max - 0.15`` and ``max - 0.02``), and accepts if it conceded so the turn before.

Decomposition as in GENIUS (``CUHKAgent_Offering``, ``AC_CUHKAgent``): both parts apply
the same rule (:func:`cuhk_decision`); the acceptance strategy reads the threshold and
concession deadline the bidding strategy computed this turn.

Simplified: the option-frequency statistics cover all of the opponent's offers (GENIUS:
its first 100); ending the negotiation when the reservation value beats the threshold is
left out; the rounds left are read from the deadline in rounds.

References
----------
J. Hao & H. Leung (2014). CUHKAgent: an adaptive negotiation strategy for bilateral
negotiations over multiple items. In *Novel Insights in Agent-based Complex Automated
Negotiation*, SCI 535, 171-179.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from ..models import OptionCounts
from .common import TurnBidding, band, sample

__all__ = ["CUHKAgent", "CUHKAcceptance", "CUHKBidding", "cuhk_decision", "cuhk_threshold"]

SEARCH_LIMIT = 200


def cuhk_threshold(t: float, best: float, d: float, deadline: float) -> float:
    """The general threshold: ``best - (best - best d^(1 - deadline)) (t / deadline)^2``
    before the concession deadline, ``best d^(1 - t)`` after it.

    >>> round(cuhk_threshold(0.25, 1.0, 0.5, 0.5), 4)  # 1 - (1 - 0.5^0.5) * 0.25
    0.9268
    """
    if t <= deadline:
        floor = best * d ** (1 - deadline)
        return best - (best - floor) * (t / deadline) ** 2
    return best * d ** (1 - t)


def cuhk_decision(
    utility: float,
    next_utility: float,
    threshold: float,
    best_received: float,
    best: float,
    d: float,
    deadline: float,
    t: float,
) -> tuple[bool, bool]:
    """CUHKAgent's ``AcceptOpponentOffer``: (accept, concede to the opponent's best)."""
    if utility >= threshold - 1e-12 or utility >= next_utility - 1e-12:
        return True, False
    current = best_received * d**t
    if (current > best * d and t > deadline) or current > threshold * d**t:
        if utility >= best_received - 0.01:
            return True, False
        return False, True
    return False, False


class CUHKBidding(TurnBidding):
    """The adaptive threshold, the opponent's best offer and frequency-chosen outcomes."""

    def _start(self) -> None:
        info = self.info_
        self.d_ = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.deadline0_ = 0.08 + 0.92 * self.d_**1.5
        self.deadline_ = self.deadline0_
        self.threshold_ = info.max_utility
        self.counts_ = OptionCounts(info.space)
        self.seen_: Counter[int] = Counter()
        self.tough_agent_ = False
        self.read_ = 0

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        best = info.max_utility
        for k in range(self.read_, received.n):
            outcome = int(received.outcomes[k])
            self.seen_[outcome] += 1
            self.counts_.add(outcome)
        self.read_ = received.n
        if not received.n or not self.own_:
            return info.best
        self.deadline_ = min(
            self.deadline0_ + 0.1 * (1 - self.deadline0_) * self._toughness() ** 10, 1.0
        )
        rounds_left = (1.0 - t) * (state.rounds - 1)
        if rounds_left < 5 and t > 0.9985:
            offer = received.best_outcome
            if info.utility[offer] < 0.85 and rounds_left >= 2:
                offer = self._choose(best - 0.15, best - 0.02)
            return offer
        low = self._threshold(t, best)
        if received.best_utility >= self.threshold_ or received.best_utility >= low:
            return received.best_outcome
        planned = self._choose(low, best)
        _, concede = cuhk_decision(
            float(info.utility[received.last_outcome]),
            float(info.utility[planned]),
            self.threshold_,
            received.best_utility,
            best,
            self.d_,
            self.deadline_,
            t,
        )
        self.tough_agent_ = concede
        return received.best_outcome if concede else planned

    def _toughness(self) -> float:
        outcomes = self.received_.outcomes
        if len(outcomes) > 10:
            once = sum(self.seen_[int(o)] == 1 for o in outcomes[-10:])
        else:
            once = len(self.seen_)
        return (once / 10.0) ** 2

    def _threshold(self, t: float, best: float) -> float:
        """Sets ``threshold_``; returns the lowest utility to offer."""
        if self.d_ == 1 and self.info_.n_outcomes > 3000:
            low = best - (0.25 if self.info_.n_outcomes > 10000 and t >= 0.98 else 0.05)
            self.threshold_ = min(self.threshold_, low)
            return low
        self.threshold_ = cuhk_threshold(t, best, self.d_, self.deadline_)
        return self.threshold_

    def _choose(self, low: float, high: float) -> int:
        """Among (at most 200 of) the outcomes worth ``low`` to ``high``, the one whose
        options the opponent offered most often."""
        info = self.info_
        start, stop = band(info, low, high)
        if stop <= start:
            return info.best
        candidates = sample(info, start, stop, SEARCH_LIMIT)
        return int(candidates[int(np.argmax(self.counts_.score(candidates)))])


class CUHKAcceptance(AcceptanceStrategy):
    """CUHKAgent's acceptance, on the bidding strategy's threshold and deadline."""

    def __init__(self, bidding: CUHKBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        b, t = self.bidding, state.time
        if not b.received_.n:
            return False
        accept, _ = cuhk_decision(
            utility,
            next_utility,
            b.threshold_,
            b.received_.best_utility,
            self.info_.max_utility,
            b.d_,
            b.deadline_,
            t,
        )
        rounds_left = (1.0 - t) * (state.rounds - 1)
        if rounds_left < 5 and t > 0.9985 and b.tough_agent_:
            return True
        return accept

    def __repr__(self) -> str:
        return "CUHKAcceptance()"


class CUHKAgent(Negotiator):
    """CUHKAgent (ANAC 2012 winner)."""

    name = "cuhkagent"

    def __init__(self) -> None:
        bidding = CUHKBidding()
        super().__init__(bidding, CUHKAcceptance(bidding))
