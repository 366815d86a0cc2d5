"""Gahboninho (ANAC 2011 finalist, 2nd), Ben Adar, Sofy & Elimelech.

Gahboninho first probes the opponent: its first 40 offers descend from 1 to 0.925 while it
accepts anything above 0.95. From the opponent's first offer it keeps only the outcomes at
least as good for itself as that offer on every issue. It then measures the opponent's
"noise": every 20 opponent offers it compares the opponent's recent choice of options with
its own offers so far; an opponent whose offers come closer to its own is yielding, and
raises the noise (Gahboninho asks for more), otherwise the noise falls. Its recommended
utility runs from ``Max = Min (1 + 6 noise d^5)`` to ``Min`` over time, where ``Min =
d^(2t) max(best offer received, 0.9125)`` and the floor 0.9125 drops to 0.84, 0.775 and
0.7 in the late phases; it moves at most 0.0009 down (later 0.001 to 0.011) and 0.005 up
per turn. In the last moments it offers the opponent's best offer ("frenzy"). It accepts
any offer worth at least ``CompromisingFactor`` (0.95 down to 0.8) times the recommended
utility.

Decomposition as in GENIUS (``Gahboninho_Offering``, ``AC_Gahboninho``): the acceptance
strategy reads the threshold the bidding strategy computed this turn (GENIUS shares it
through ``GahboninhoSAS``); the threshold formula, including its quirks (``Max /= Min`` in
the late phases), follows GENIUS.

Simplified: the opponent-model-based filtering of bids at the end and the noise rules
that depend on the opponent model's evaluation of the opponent's own offers are left out;
the outcome set is built exactly (GENIUS stops enumerating after a time budget).

References
----------
M. Ben Adar, N. Sofy & A. Elimelech (2013). Gahboninho: strategy for balancing pressure
and compromise in automated negotiation. In *Complex Automated Negotiations*, SCI 435,
205-208.
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from ..models import OptionCounts
from .common import TurnBidding

__all__ = ["Gahboninho", "GahboninhoAcceptance", "GahboninhoBidding"]

PLAYERS = 8
FIRST_ACTIONS = 40
COUNTDOWN = 20


class GahboninhoBidding(TurnBidding):
    """Gahboninho's recommended utility, its outcome set and its noise estimate."""

    def _start(self) -> None:
        info = self.info_
        d = info.discount_factor if 0.001 < info.discount_factor <= 1 else 1.0
        self.d_ = d
        self.noise_ = 0.4 * d
        self.first_actions_ = FIRST_ACTIONS
        self.first_given_ = False
        self.compromise_ = 0.95
        self.rate_ = 0.0009
        self.previous_ = 1.0
        self.diff_start_ = self.diff_end_ = -1.0
        self.panic_rounds_ = 1.0
        self.frenzy_ = False
        self.best_utility_ = 0.0
        self.best_offer_ = info.best
        self.min_accept_ = np.inf
        self.allowed_: np.ndarray | None = None  # ranking positions of the outcome set
        self.outgoing_ = OptionCounts(info.space)
        self.incoming_ = OptionCounts(info.space)
        self.sent_ = 0
        self.countdown_ = COUNTDOWN
        self.similarity_ = 0.2
        self.decrease_ = 0.01
        self.read_ = 0

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        for k in range(self.read_, received.n):
            if k == 0:
                self._learn(received.outcomes[0])
            else:
                self._process(int(received.outcomes[k]), float(received.utilities[k]))
        self.read_ = received.n
        if received.n:
            recommended = self._recommend(t)
            self.min_accept_ = self.compromise_ * recommended
        if received.n < 2:
            bid = info.best
        elif self.first_actions_ >= 0 and t < 0.15:
            step = (1 - 0.925) / FIRST_ACTIONS
            bid = self._at_least(0.925 + step * self.first_actions_)
            self.first_actions_ -= 1
        else:
            bid = self._at_least(self._recommend(t))
            if self.frenzy_:
                bid = self.best_offer_
        self.outgoing_.add(bid)
        self.sent_ += 1
        return bid

    def _learn(self, first: int) -> None:
        """Keep the outcomes at least as good for us as the opponent's first offer on each
        issue, other issues as in that offer."""
        info, space = self.info_, self.info_.space
        digits = space.digits(first)[0]
        base = float(info.utility[first])
        keep = []
        effective = 1
        for i, radix in enumerate(space.radices.tolist()):
            variants = first + (np.arange(radix) - digits[i]) * space.strides[i]
            ok = info.utility[variants] >= base - 1e-12
            keep.append(ok)
            effective *= int(ok.sum())
        mask = np.ones(tuple(space.radices.tolist()), dtype=bool)
        for i, ok in enumerate(keep):
            shape = [1] * len(keep)
            shape[i] = -1
            mask &= ok.reshape(shape)
        self.allowed_ = np.flatnonzero(mask.ravel()[info.ranking])
        self.kept_ = info.ranked_utilities[self.allowed_]
        self.decrease_ = min(0.015, max(0.003, 0.01 * effective / 400))

    def _process(self, outcome: int, utility: float) -> None:
        if self.countdown_ > 0:
            if utility > self.best_utility_:
                self.best_utility_, self.best_offer_ = utility, outcome
            self.countdown_ -= 1
            self.incoming_.add(outcome)
            return
        outgoing, incoming = self.outgoing_.counts, self.incoming_.counts
        both = (outgoing > 0) & (incoming > 0)
        share = 1.0 - (outgoing / max(self.sent_, 1) - incoming / COUNTDOWN) ** 2
        radices = self.info_.space.radices
        per_option = np.repeat(1.0 / (len(radices) * radices), radices)
        similarity = float((per_option * share)[both].sum())
        if similarity > self.similarity_:
            self.noise_ += 0.05
        else:
            self.noise_ -= self.decrease_
            if similarity * 1.1 < self.similarity_:
                self.noise_ -= self.decrease_
        self.noise_ = min(max(self.noise_, 0.0), 1.0)
        self.similarity_ = similarity
        self.countdown_ = COUNTDOWN
        incoming[:] = 0

    def _recommend(self, t: float) -> float:
        """GENIUS's ``GetNextRecommendedOfferUtility``, once per turn."""
        if not self.first_given_:
            self.first_given_ = True
            return 1.0
        d, best = self.d_, self.best_utility_
        low = d ** (2 * t)
        high = low * (1 + 6 * self.noise_ * d**5)
        elapsed = 1 - 3 * (self.diff_end_ - self.diff_start_) / self.panic_rounds_
        if t < 0.85 * d:
            low *= max(best, 0.9125)
        elif t <= 0.92 * d:
            self.compromise_ = 0.94
            low *= max(best, 0.84)
            high /= low
        elif t <= 0.94 * d:
            self.compromise_ = 0.93
            low *= max(best, 0.775)
            high /= low
        elif t <= 0.985 * low and (best <= 2 / PLAYERS or t <= elapsed):
            self.compromise_ = 0.91
            self.rate_ = 0.001
            low *= max(best, 0.7)
            high /= low
            self.diff_end_ = self.diff_start_ = t
        elif t <= 0.9996 and (best <= 2 / PLAYERS or t <= elapsed):
            self.diff_end_ = t
            self.panic_rounds_ += 1
            self.rate_ = 0.001 + 0.01 * (t - 0.985) / 0.015
            if best < 3 / PLAYERS:
                low *= 3.5 / PLAYERS
                self.compromise_ = 0.8
            else:
                low *= best
                self.compromise_ = 0.95
            high /= low
        else:
            self.compromise_ = 0.92
            if best < 2 / PLAYERS:
                low, high = 2 / PLAYERS, 1.0
            else:
                low = high = best
                self.frenzy_ = True
            self.rate_ = 1.0
        high = max(high, low)
        value = min(1.0, high - (high - low) * t)
        if value + self.rate_ < self.previous_:
            value = self.previous_ - self.rate_
        elif value - 0.005 > self.previous_:
            value = self.previous_ + 0.005
        self.previous_ = value
        return value

    def _at_least(self, target: float) -> int:
        """The cheapest kept outcome worth ``target`` (the best received offer counts)."""
        info = self.info_
        if self.allowed_ is None or not len(self.allowed_):
            return info.at_least(target)
        kept = self.kept_
        pos = int(np.searchsorted(kept, target - 1e-12))
        best_ok = self.best_utility_ >= target - 1e-12
        if pos >= len(kept):
            return self.best_offer_ if best_ok else info.best
        outcome = int(info.ranking[self.allowed_[pos]])
        if best_ok and self.best_utility_ < kept[pos]:
            return self.best_offer_
        return outcome


class GahboninhoAcceptance(AcceptanceStrategy):
    """Accept above 0.95 while probing, or at least the bidding strategy's threshold."""

    def __init__(self, bidding: GahboninhoBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        bidding = self.bidding
        if bidding.first_actions_ > 0 and utility > 0.95:
            return True
        return utility >= bidding.min_accept_

    def __repr__(self) -> str:
        return "GahboninhoAcceptance()"


class Gahboninho(Negotiator):
    """Gahboninho (ANAC 2011, 2nd place)."""

    name = "gahboninho"

    def __init__(self) -> None:
        bidding = GahboninhoBidding()
        super().__init__(bidding, GahboninhoAcceptance(bidding))
