"""Nice Tit for Tat (ANAC 2011 finalist), Baarslag, Hindriks & Jonker.

Nice Tit for Tat reciprocates the opponent's concessions, measured toward the Nash
point. With a Bayesian opponent model it estimates the Nash bargaining outcome and its own
utility there, ``N`` (scaled by ``1.4 - 0.6 gap``, where ``gap`` is 1 minus the opponent's
first offer's utility to it, and kept in [0.5, 1]). If the opponent has moved a fraction
``f`` of the way from its first offers toward ``N`` (in the agent's utility), the agent
moves the same fraction of its own way from 1 to ``N``: target ``1 - f (1 - N)``. Near the
deadline (after 0.91, or 0.85 in domains over 3,000 outcomes) and under discounting a
bonus closes part of the remaining gap to ``N``. Among the outcomes worth about the target
it offers, at random, one of those the opponent model rates best (the top tenth, 3 to 20
of them), or the opponent's best offer when that is worth as much. It accepts at least its
next offer; after 0.98, also an offer no worse than everything the opponent offered in the
last window as long as the time left, unless many offers are still to come.

Decomposition as in GENIUS (``NiceTitForTat_Offering``, ``AC_NiceTitForTat``, the Bayesian
model with the ``NTFTstrategy`` opponent-model strategy).

Simplified: the Nash point is recomputed on the model's estimate at most 50 times per
negotiation (GENIUS recomputes it every turn); like GENIUS it is not computed in domains of
200,000 outcomes or more (0.7 is used) or after 0.5 in domains of more than 10,000. The
offer is chosen among at most 200 outcomes around the target (GENIUS: all of them in small
domains, the first two it finds in large ones).

References
----------
T. Baarslag, K. Hindriks & C. Jonker (2013). A tit for tat negotiation strategy for
real-time bilateral negotiations. In *Complex Automated Negotiations*, SCI 435, 229-233.
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from ..bayesian import BayesianModel
from ..offers import ReceivedOffers
from .common import TurnBidding, band, sample

__all__ = ["NiceTitForTat", "NiceTitForTatAcceptance", "NiceTitForTatBidding"]

FIRST_BIDS_TIME = 0.01
NASH_UPDATES = 50
CANDIDATES = 200


class NiceTitForTatBidding(TurnBidding):
    """Reciprocate the opponent's concession toward the estimated Nash point."""

    def _start(self) -> None:
        info = self.info_
        self.size_ = info.n_outcomes
        self.nash_ = 0.7
        self.gap_ = 0.0
        self.nash_round_ = -np.inf
        self.ranking_flat_: np.ndarray | None = None  # the model's layout of our ranking

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        if not received.n or not self.own_:
            return info.best
        first = received.utilities[received.times <= FIRST_BIDS_TIME]
        first_min = float(first.min()) if len(first) else float(received.utilities[0])
        self._update_nash(state)
        concession = received.best_utility - first_min
        factor = min(1.0, concession / (self.nash_ - first_min)) if self.nash_ > first_min else 1.0
        target = 1.0 - factor * (1.0 - self.nash_)
        self.gap_ = 1.0 - first_min
        target -= self._bonus(t) * max(0.0, target - self.nash_)
        candidates = self._around(min(target, 1.0))
        if self.model_ is not None and len(candidates) > 1:
            liked = self.model_.estimate(candidates)
            n = min(max(int(round(len(candidates) / 10.0)), 3), 20)
            top = np.argsort(-liked, kind="stable")[: min(n, len(candidates))]
            planned = int(candidates[top[info.rng.integers(len(top))]])
        else:
            planned = int(candidates[np.argmax(info.utility[candidates])])
        if received.best_utility >= info.utility[planned]:
            return received.best_outcome
        return planned

    def _update_nash(self, state: State) -> None:
        t = state.time
        if t > 0.99 or (self.size_ > 10_000 and t > 0.5) or self.model_ is None:
            return
        every = max(state.rounds / NASH_UPDATES, 1.0)
        if state.round - self.nash_round_ < every:
            return
        self.nash_round_ = state.round
        info = self.info_
        nash = 0.7
        if self.size_ < 200_000:
            if self.ranking_flat_ is None:
                self.ranking_flat_ = self.model_.flat(info.ranking)
            mine = info.ranked_utilities
            theirs = self.model_.estimate(info.ranking, self.ranking_flat_)
            nash = float(mine[int(np.argmax(mine * theirs))])
        multiplier = max(1.4 - 0.6 * self.gap_, 0.0)
        self.nash_ = min(max(nash * multiplier, 0.5), 1.0)

    def _bonus(self, t: float) -> float:
        d = self.info_.discount_factor if 0 < self.info_.discount_factor < 1 else 1.0
        discount_bonus = 0.5 - 0.4 * d
        start = 0.85 if self.size_ > 3000 else 0.91
        time_bonus = min(1.0, 20 * (t - start)) if t > start else 0.0
        return min(max(discount_bonus, time_bonus, 0.0), 1.0)

    def _around(self, target: float) -> np.ndarray:
        """Outcomes worth 0.98 target to target + 0.05 (widened until two are found)."""
        info = self.info_
        low, high = target * 0.98, target + 0.04
        while True:
            high += 0.01
            start, stop = band(info, low, high)
            if stop - start > 1 or (high >= 1 and stop > start):
                return sample(info, start, stop, CANDIDATES)
            if high > max(1.0, info.max_utility):
                return np.array([info.best])


class NiceTitForTatAcceptance(AcceptanceStrategy):
    """AC_next, or after 0.98 an offer no worse than what is likely still to come."""

    def prepare(self, info) -> None:
        super().prepare(info)
        self.received_ = ReceivedOffers(info)
        self.big_ = info.n_outcomes > 10_000

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        received = self.received_.update(state)
        if not self._acceptable(state.time, utility, next_utility):
            return False
        window = received.utilities[received.since(2 * state.time - 1)]
        return not (len(window) > 1 and received.best_utility > utility)

    def _acceptable(self, t: float, utility: float, next_utility: float) -> bool:
        if utility >= next_utility - 1e-12:
            return True
        if t < 0.98:
            return False
        received = self.received_
        window = received.utilities[received.since(2 * t - 1)]
        if len(window) > (40 if self.big_ else 10):
            return False
        better = window[window > utility]
        return not len(better)

    def __repr__(self) -> str:
        return "NiceTitForTatAcceptance()"


class NiceTitForTat(Negotiator):
    """Nice Tit for Tat (ANAC 2011 finalist)."""

    name = "nicetitfortat"

    def __init__(self) -> None:
        super().__init__(NiceTitForTatBidding(), NiceTitForTatAcceptance(), BayesianModel())
