"""BRAMAgent (ANAC 2011 finalist), Fishel, Bercovitch & Gal.

BRAMAgent builds offers from the opponent's recent choices. It keeps the opponent's last
10 offers; while it has fewer it offers its best outcome. Then each turn it draws 10
outcomes, choosing each issue's option with the frequency the opponent used it in those 10
offers, and offers the one best for itself if it clears the threshold. Otherwise it walks
its own outcomes sorted from best to worst: a random step of -4 to +3 positions from its
last choice (-1 to +1 in domains of 50 outcomes or fewer), skipping outcomes it has offered
too often, repeating its last offer when the step lands below the threshold. The
threshold is ``max - (max - min) x`` with ``x`` 0.07, 0.15, 0.3 and 0.8 until 60, 150 and
175 seconds of 180 and after; ``min`` is the worst outcome once the sorted list is in use
and the best before (so the threshold starts at the best utility). It accepts offers worth
the threshold or its next offer. Discounting scales both sides of every comparison equally.

Decomposition as in GENIUS (``BRAMAgent_Offering``, ``AC_BRAMAgent``): the acceptance
strategy reads the threshold the bidding strategy set this turn (GENIUS's ``BRAMAgentSAS``).

Simplified: the sorted list holds every outcome (GENIUS draws random ones for 2 seconds).

References
----------
R. Fishel, M. Bercovitch & Y. Gal (2013). BRAM agent. In *Complex Automated Negotiations*,
SCI 435, 213-216.
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from .common import TurnBidding

__all__ = ["BRAMAgent", "BRAMAgentAcceptance", "BRAMAgentBidding", "bram_threshold"]

WINDOW = 10
FLEXIBILITY = ((60 / 180, 0.07), (150 / 180, 0.15), (175 / 180, 0.3), (np.inf, 0.8))
MAX_SHARE = 0.2


def bram_threshold(t: float, best: float, worst: float) -> float:
    """BRAMAgent's threshold at relative time ``t``.

    >>> round(bram_threshold(0.5, 1.0, 0.0), 4), round(bram_threshold(0.99, 1.0, 0.2), 4)
    (0.85, 0.36)
    """
    share = next(x for end, x in FLEXIBILITY if t < end)
    return best - (best - worst) * share


class BRAMAgentBidding(TurnBidding):
    """Offers sampled from the opponent's recent options, else a walk down its list."""

    def _start(self) -> None:
        info = self.info_
        self.list_started_ = False
        self.counts_ = np.zeros(len(info.ranking), dtype=np.int64)
        self.proposals_ = 0
        self.position_ = 0  # in the best-first list
        self.previous_ = info.best
        small = len(info.ranking) <= 50
        self.interval_, self.shift_ = (3, 1) if small else (8, 4)
        self.threshold_ = info.max_utility

    def _next(self, state: State) -> int:
        info, received = self.info_, self.received_
        worst = float(info.ranked_utilities[0]) if self.list_started_ else info.max_utility
        self.threshold_ = bram_threshold(state.time, info.max_utility, worst)
        if received.n < WINDOW:
            return info.best
        recent = received.outcomes[-WINDOW:]
        candidates = self._sampled(recent)
        utility = info.utility[candidates]
        best = int(np.argmax(utility))
        if utility[best] > self.threshold_:
            return int(candidates[best])
        return self._walk()

    def _sampled(self, recent: np.ndarray) -> np.ndarray:
        """10 outcomes, each issue's option drawn as often as the opponent chose it."""
        space, rng = self.info_.space, self.info_.rng
        digits = space.digits(recent)
        rows = rng.integers(WINDOW, size=(WINDOW, space.n_issues))
        picks = digits[rows, np.arange(space.n_issues)]
        return space.index(picks)

    def _walk(self) -> int:
        info = self.info_
        if not self.list_started_:
            self.list_started_ = True
            self.threshold_ = bram_threshold(
                self.turn_[1], info.max_utility, float(info.ranked_utilities[0])
            )
        self.proposals_ += 1
        n = len(info.ranking)
        step = int(info.rng.integers(self.interval_)) - self.shift_
        position = min(max(self.position_ + step, 0), n - 1)
        while position < n - 1 and self.counts_[position] // self.proposals_ > MAX_SHARE:
            position += 1
        outcome = int(info.ranking[n - 1 - position])
        if info.utility[outcome] < self.threshold_:
            self.counts_[self.position_] += 1
            return self.previous_
        self.previous_, self.position_ = outcome, position
        self.counts_[position] += 1
        return outcome


class BRAMAgentAcceptance(AcceptanceStrategy):
    """Accept at the bidding strategy's threshold, or at our next offer."""

    def __init__(self, bidding: BRAMAgentBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        return utility >= self.bidding.threshold_ - 1e-12 or utility >= next_utility - 1e-12

    def __repr__(self) -> str:
        return "BRAMAgentAcceptance()"


class BRAMAgent(Negotiator):
    """BRAMAgent (ANAC 2011 finalist)."""

    name = "bramagent"

    def __init__(self) -> None:
        bidding = BRAMAgentBidding()
        super().__init__(bidding, BRAMAgentAcceptance(bidding))
