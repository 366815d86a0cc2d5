"""Atlas3 (ANAC 2015 winner, multilateral), Mori & Ito.

Atlas3 sets its lower limit of concession from a game played at the deadline. Both sides
can be hard (insist) or soft (concede) in a final chicken game; with ``C`` the best utility
it can expect from a compromise (the best offer received, bilaterally; with more parties
the best offer all the others supported), the payoffs are ``A11 = rv d`` (both hard),
``A12 = d`` (it is hard, the other soft), ``A21 = C d`` (it is soft), ``A22 = (A21 + A12)
/ 2`` (both soft: either concedes first with probability 1/2). The other side's
evolutionarily stable probability of being hard is ``q = 1 / (1 - (A11 - A21) / (A12 -
A22))`` (1 when outside [0, 1]), and the expected final utility ``E = q A21 + (1 - q)
A22``. Its threshold is ``E / d^t + (1 - E / d^t)(1 - t)`` without discounting and ``max(1
- t / d, E / d^t)`` with it. It accepts offers worth the threshold and ends the
negotiation when its discounted reservation value beats it. Its offers are the outcomes
just above the threshold, moved toward the options the other parties offer most often
where that costs it nothing. In its last turns (one per popular offer left) it offers the
popular offers, best first, while they beat the offer on the table, and then accepts
anything above its reservation value.

Decomposition: the bidding strategy tracks popular offers and plays the final phase; the
acceptance strategy reads its threshold and final-phase decision (Atlas3's own classes
share ``negotiatingInfo`` the same way).

Simplified: the offer search (a neighbourhood search and simulated annealing from a random
outcome toward the threshold) is a choice among the (at most 50) cheapest outcomes worth
the threshold, of the one whose options the others offered most often; the frequency
adjustment then runs as in Atlas3.

References
----------
A. Mori & T. Ito (2017). Atlas3: a negotiating agent based on expecting lower limit of
concession function. In *Modern Approaches to Agent-based Complex Automated Negotiation*,
SCI 674, 169-173.
"""

from __future__ import annotations

import numpy as np

from ...views import Response, State
from ..base import AcceptanceStrategy, Negotiator
from ..models import OptionCounts
from .common import TurnBidding, band

__all__ = ["Atlas3", "Atlas3Acceptance", "Atlas3Bidding", "atlas3_threshold"]

TF, PF = 1.0, 0.5
CANDIDATES = 50


def atlas3_threshold(t: float, compromise: float, rv: float = 0.0, d: float = 1.0) -> float:
    """Atlas3's threshold at time ``t`` with expected compromise utility ``compromise``.

    With ``C = 0.6``: ``A = (0, 1; 0.6, 0.8)``, ``q = 1 / (1 + 0.6 / 0.2) = 1/4``, ``E =
    0.15 + 0.6 = 0.75``; at ``t = 0.5`` the threshold is ``0.75 + 0.25 * 0.5``:

    >>> round(atlas3_threshold(0.5, 0.6), 4)
    0.875
    """
    a11 = rv * d
    a12 = d**TF
    a21 = compromise * d**TF if compromise >= rv else rv * d
    a22 = PF * a21 + (1 - PF) * a12
    q = 1.0
    if a12 - a22 != 0 and 1 - (a11 - a21) / (a12 - a22) != 0:
        q = 1.0 / (1.0 - (a11 - a21) / (a12 - a22))
    if not 0 <= q <= 1:
        q = 1.0
    target = (q * a21 + (1 - q) * a22) / d**t
    if d == 1.0:
        return target + (1.0 - target) * (1.0 - t)
    return max(1.0 - t / d, target)


class Atlas3Bidding(TurnBidding):
    """Threshold from the final-phase game; popular offers replayed at the end."""

    def _start(self) -> None:
        info = self.info_
        self.d_ = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.counts_ = OptionCounts(info.space)
        self.popular_: list[int] = []
        self.popular_best_ = 0.0
        self.read_ = 0
        self.scanned_ = 0
        self.standing_ = -1
        self.support_ = 0
        self.index_ = 0
        self.threshold_ = 1.0
        self.final_ = False
        self.final_offer_: int | None = None

    def _scan(self, state: State) -> None:
        """Count the others' options; note offers that every other party supported."""
        me, n = self.info_.index, len(self.info_.parties)
        received = self.received_
        for k in range(self.read_, received.n):
            self.counts_.add(int(received.outcomes[k]))
        self.read_ = received.n
        _, actors, actions, outcomes = state.history.columns(self.scanned_)
        for actor, action, outcome in zip(actors, actions, outcomes):
            if actor == me or actor < 0:
                if action == "offer":
                    self.standing_, self.support_ = -1, 0
                continue
            if action == "offer":
                self.standing_, self.support_ = outcome, 1
            elif action == "accept":
                self.support_ += 1
            else:
                continue
            if self.standing_ >= 0 and self.support_ == n - 1:
                self._popular(self.standing_)
        self.scanned_ += len(actions)

    def _popular(self, outcome: int) -> None:
        if outcome in self.popular_:
            return
        utility = self.info_.utility
        self.popular_.append(outcome)
        self.popular_.sort(key=lambda o: -utility[o])
        self.popular_best_ = max(self.popular_best_, float(utility[outcome]))

    def _next(self, state: State) -> int:
        info, t = self.info_, state.time
        self._scan(state)
        bilateral = len(info.parties) == 2
        compromise = max(self.received_.best_utility, 0.0) if bilateral else self.popular_best_
        self.threshold_ = atlas3_threshold(t, compromise, info.reservation_value, self.d_)
        scale = 1.0 / max(state.rounds - 1, 1)
        self.final_ = t > 1.0 - scale * (len(self.popular_) + 1)
        self.final_offer_ = None
        if self.final_ and self.index_ < len(self.popular_):
            candidate = self.popular_[self.index_]
            table = float(info.utility[state.standing]) if state.standing is not None else 0.0
            if info.utility[candidate] > table and info.utility[candidate] > info.reservation_value:
                self.index_ += 1
                self.final_offer_ = candidate
                return candidate
        return self._search(self.threshold_)

    def _search(self, threshold: float) -> int:
        info = self.info_
        start, stop = band(info, threshold)
        if stop <= start:
            return info.best
        candidates = info.ranking[start : min(stop, start + CANDIDATES)]
        popularity = self.counts_.score(candidates)
        best = np.flatnonzero(popularity == popularity.max())
        outcome = int(candidates[best[info.rng.integers(len(best))]])
        return self._toward_popular(outcome)

    def _toward_popular(self, outcome: int) -> int:
        """Set issues, in random order, to the others' most frequent option when that does
        not lower our utility (Atlas3's ``getConvertBidbyFrequencyList``)."""
        info, space = self.info_, self.info_.space
        if not self.counts_.counts.any():
            return outcome
        digits = space.digits(outcome)[0]
        for i in info.rng.permutation(space.n_issues).tolist():
            option = self.counts_.favourite(i)
            moved = outcome + (option - int(digits[i])) * int(space.strides[i])
            if info.utility[moved] >= info.utility[outcome] and (
                info.feasible is None or info.feasible[moved]
            ):
                outcome, digits[i] = moved, option
        return outcome


class Atlas3Acceptance(AcceptanceStrategy):
    """Accept at the threshold; in the final phase, anything above the reservation value
    once no popular offer beats it."""

    def __init__(self, bidding: Atlas3Bidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        b = self.bidding
        if b.final_:
            if b.final_offer_ is not None:
                return False
            if b.index_ >= len(b.popular_):
                return utility >= self.info_.reservation_value
            return utility > self.info_.reservation_value
        return utility >= b.threshold_ - 1e-12

    def __repr__(self) -> str:
        return "Atlas3Acceptance()"


class Atlas3(Negotiator):
    """Atlas3 (ANAC 2015 winner)."""

    name = "atlas3"

    def __init__(self) -> None:
        bidding = Atlas3Bidding()
        super().__init__(bidding, Atlas3Acceptance(bidding))

    def respond(self, state: State, offer: int) -> Response:
        answer = super().respond(state, offer)
        if answer is Response.REJECT and state.protocol == "saop":
            info, b = self.info_, self.bidding
            if info.reservation_value * b.d_**state.time >= b.threshold_ and not b.final_:
                return Response.END
        return answer
