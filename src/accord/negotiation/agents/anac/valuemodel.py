"""ValueModelAgent (ANAC 2011 finalist), Frieder & Miller.

ValueModelAgent models the opponent's preferences as the utility each option *costs* the
opponent relative to its first offer (its favourite): an offer that differs from the first
on some issues has conceded the sum of those options' costs. It assumes the opponent
concedes about as it does itself (after ``n`` offers, as much as its own ``n``-th best
outcome, and at least ``max(0.03, 0.6 t)``), and spreads the gap between that assumption
and the model's estimate over the options that changed. It approves the outcomes worth at
least a threshold (0.98 at first) and offers, among them, the one the opponent is
estimated to like most that it has not offered yet (every fifth offer an unexplored one).
It lowers the threshold as the opponent concedes, by the smaller of the opponent's
concession in its own utility and the estimated concession in the opponent's, never below
0.7 or the opponent's best offer, and raises it by 0.01 when the opponent offers close to
it. Near the deadline it plays a "chicken game": between 0.9 and 0.97, and again between
0.99 and 0.995, it lowers the threshold by a planned share of the remaining gap and offers
the opponent's best offer when that reaches the plan. It accepts offers above its
threshold, above the planned threshold after 0.9 (minus 0.01), or close to the opponent's
best offer in the last moments.

Decomposition as in GENIUS (``ValueModelAgent_Offering``, ``AC_ValueModelAgent``): the
acceptance strategy reads the thresholds the bidding strategy set this turn (GENIUS's
``ValueModelAgentSAS``).

Simplified: the option costs are learnt with a fixed rate (0.5) instead of the paper's
reliability-weighted temporal-difference update; the twenty-segment schedule that paces
the concession (``minConcessionMaker``) is left out; exploration picks a random unsent
approved outcome; the agent does not sleep through the chicken game (GENIUS waits).

References
----------
A. Frieder & G. Miller (2013). Value Model Agent: a novel preference profiler for
negotiation with agents. In *Complex Automated Negotiations*, SCI 435, 199-203.
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from ..models import option_offsets
from .common import TurnBidding, band, sample

__all__ = ["ValueModelAgent", "ValueModelAcceptance", "ValueModelBidding"]

LOWEST_ACCEPTABLE = 0.7
RATE = 0.5
CANDIDATES = 500
CHICKEN = ((0.9, 0.96, 0.0, 0.7), (0.96, 0.97, 0.5, 0.65), (0.99, 0.995, 0.8, 0.6))


class ValueModelBidding(TurnBidding):
    """Approved outcomes, offered best-for-the-opponent first, by the learnt option costs."""

    def _start(self) -> None:
        info = self.info_
        radices = info.space.radices
        self.offsets_ = option_offsets(info.space)
        self.cost_ = np.zeros(int(radices.sum()))
        self.first_: np.ndarray | None = None
        self.scale_ = info.max_utility or 1.0
        self.lowest_ = 0.98  # lowestApproved
        self.lowest_initial_ = 0.98
        self.planned_ = 1.0
        self.retreat_ = False
        self.start_utility_ = 0.0
        self.their_concession_ = 0.0
        self.best_utility_ = 0.0
        self.sent_ = np.zeros(info.n_outcomes, dtype=bool)
        self.read_ = 0
        self.count_ = 0

    def utility(self, outcome) -> np.ndarray:
        return self.info_.utility[outcome] / self.scale_

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        self.count_ += 1
        if not received.n:
            return info.best
        for k in range(self.read_, received.n):
            self._learn(int(received.outcomes[k]), k)
        self.read_ = received.n
        self.best_utility_ = received.best_utility / self.scale_
        current = float(self.utility(received.last_outcome))
        for start, stop, portion, floor in CHICKEN:
            if start < t <= stop:
                left = self.lowest_ - self.best_utility_
                self.planned_ = max(floor, self.lowest_ - portion * left)
                if self.retreat_ or self.best_utility_ >= self.planned_ - 0.01:
                    return received.best_outcome
                return self._scan(self.planned_, explore=False)
        if 0.98 < t <= 0.99:
            self.lowest_initial_ = self.lowest_
        if t > 0.995:
            return self._scan(self.lowest_, explore=False)
        discounted = info.discount_factor < 1.0
        if current > self.lowest_ * 0.99 and not discounted:
            self.lowest_ += 0.01
            self.retreat_ = True
        if self.count_ >= 4:
            ours = current - self.start_utility_
            theirs = 1.0 - self._their_level(received.n, t)
            concession = min(ours, theirs)
            if concession > 1.0 - self.lowest_:
                self.lowest_ = max(LOWEST_ACCEPTABLE, 1.0 - concession)
                if self.lowest_ < self.best_utility_:
                    self.lowest_ = self.best_utility_ + 0.001
        return self._scan(self.lowest_, explore=self.count_ % 5 == 0)

    def _learn(self, outcome: int, k: int) -> None:
        digits = self.info_.space.digits(outcome)[0]
        if self.first_ is None:
            self.first_ = digits
            self.start_utility_ = float(self.utility(outcome))
            return
        changed = np.flatnonzero(digits != self.first_)
        if not len(changed):
            return
        flat = digits[changed] + self.offsets_[changed]
        expected = 1.0 - self._their_level(k, self.turn_[1])
        gap = expected - self.cost_[flat].sum()
        self.cost_[flat] = np.maximum(self.cost_[flat] + RATE * gap / len(changed), 0.0)

    def _their_level(self, n: int, t: float) -> float:
        """How much the opponent's latest offer is assumed to be worth to it."""
        ranked = self.info_.ranked_utilities
        mirror = float(ranked[max(len(ranked) - 1 - n, 0)]) / self.scale_
        return max(mirror, 1.0 - max(0.03, 0.6 * t))

    def _their_cost(self, outcomes: np.ndarray) -> np.ndarray:
        digits = self.info_.space.digits(outcomes)
        return self.cost_[digits + self.offsets_].sum(axis=1)

    def _scan(self, threshold: float, explore: bool) -> int:
        """The approved outcome the opponent is estimated to like most, not sent before."""
        info = self.info_
        start, stop = band(info, threshold * self.scale_)
        if stop <= start:
            return info.best
        candidates = sample(info, start, stop, CANDIDATES)
        fresh = candidates[~self.sent_[candidates]]
        if explore and len(fresh):
            outcome = int(fresh[info.rng.integers(len(fresh))])
        elif len(fresh):
            outcome = int(fresh[np.argmin(self._their_cost(fresh))])
        else:
            order = np.argsort(self._their_cost(candidates), kind="stable")
            outcome = int(candidates[order[info.rng.integers(max(len(order) // 4, 1))]])
        self.sent_[outcome] = True
        return outcome


class ValueModelAcceptance(AcceptanceStrategy):
    """ValueModelAgent's acceptance rules, on the bidding strategy's thresholds."""

    def __init__(self, bidding: ValueModelBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        b, t = self.bidding, state.time
        u = utility / b.scale_
        if 0.98 < t <= 0.99 and u >= b.lowest_initial_ - 0.01:
            return True
        if t > 0.995 and b.best_utility_ > 0.55 and u >= b.best_utility_ * 0.99:
            return True
        if u > b.lowest_ and (self.info_.discount_factor > 0.02 or u > 0.975):
            return True
        return t > 0.9 and u >= b.planned_ - 0.01

    def __repr__(self) -> str:
        return "ValueModelAcceptance()"


class ValueModelAgent(Negotiator):
    """ValueModelAgent (ANAC 2011 finalist)."""

    name = "valuemodelagent"

    def __init__(self) -> None:
        bidding = ValueModelBidding()
        super().__init__(bidding, ValueModelAcceptance(bidding))
