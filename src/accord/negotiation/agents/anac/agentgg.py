"""AgentGG (ANAC 2019 winner), Shaobo Xu & Peihao Ren.

AgentGG measures everything on its "importance" scale, the share of the way from its worst
to its best outcome. Early on it estimates where the Nash point lies for it: once the
opponent's offers start to change, it takes the best importance the opponent offered in a
short window (0.3% of the time) as the end of the Pareto frontier, ``m``, and places the
Nash point at ``N = m + (1 - m) / 1.7``. Its lower threshold then follows a fixed schedule:
0.9999 until 1% of the time, 0.99 until 2%, falling to 0.9 at 20%, to ``N + 0.3 (1 - N)``
at 50%, ``N + 0.15 (1 - N)`` at 90%, ``N + 0.05 (1 - N)`` at 98% and ``N`` at 99.5%, down
to ``N - 0.4 (1 - N)`` at the end, but never below its reservation importance plus 0.2 to
0.3. It offers outcomes between the threshold and 0.1 above it: at random during the first
20% of the time, then the one the opponent is estimated to like most, by the frequency of
the options in the opponent's offers during the first 30% of the time. It accepts offers
at or above the threshold it had set on its previous turn, and in the last moments offers
above its reservation importance plus 0.2.

Decomposition: the bidding strategy keeps the threshold schedule and the opponent counts;
the acceptance strategy reads the threshold of the previous turn from it.

Simplified: ANAC 2019 gave agents only a ranking of some outcomes (preference
uncertainty), from which AgentGG estimated its importance map; accord gives every agent its
utilities, so importance is the agent's normalised utility. The search among random
outcomes is a search among (at most 500) outcomes of the band drawn at random.

References
----------
S. Xu & P. Ren (2019). AgentGG. ANAC 2019 (GENIUS ``agents.anac.y2019.agentgg``);
R. Aydoğan, T. Baarslag, K. Fujita, H. Hoos, C. Jonker, Y. Mohammad & B. Renting (2020).
The 10th automated negotiating agents competition (ANAC 2019). *AAMAS 2020*.
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from ..models import OptionCounts
from .common import TurnBidding, band, sample

__all__ = ["AgentGG", "AgentGGAcceptance", "AgentGGBidding", "agentgg_threshold"]

CANDIDATES = 500
WINDOW = 3.0 / 1000.0


def agentgg_threshold(t: float, nash: float, reservation: float = 0.0) -> float:
    """AgentGG's lower threshold (importance, 0 = worst, 1 = best) at relative time ``t``.

    >>> round(agentgg_threshold(0.1, 0.7), 4), round(agentgg_threshold(0.5, 0.7), 4)
    (0.95, 0.79)
    """

    def between(t0: float, t1: float, a: float, b: float) -> float:
        return a - (a - b) / (t1 - t0) * (t - t0)

    def point(share: float) -> float:
        return share * (1 - nash) + nash

    if t < 0.01:
        return 0.9999
    if t < 0.02:
        return 0.99
    if t < 0.2:
        return 0.99 - 0.5 * (t - 0.02)
    if t < 0.5:
        return between(0.2, 0.5, 0.9, point(0.3))
    if t < 0.9:
        return between(0.5, 0.9, point(0.3), point(0.15))
    if t < 0.98:
        return max(between(0.9, 0.98, point(0.15), point(0.05)), reservation + 0.3)
    if t < 0.995:
        return max(between(0.98, 0.995, point(0.05), point(0.0)), reservation + 0.25)
    if t < 0.999:
        return max(between(0.995, 0.9989, point(0.0), point(-0.35)), reservation + 0.25)
    return max(point(-0.4), reservation + 0.2)


class AgentGGBidding(TurnBidding):
    """Offers in the importance band; learns the Nash estimate and the opponent's options."""

    def _start(self) -> None:
        info = self.info_
        ranked = info.ranked_utilities
        self.worst_, self.best_ = float(ranked[0]), float(ranked[-1])
        span = self.best_ - self.worst_
        self.span_ = span if span > 0 else 1.0
        median = float(np.median(ranked))
        self.reservation_ = info.reservation_value * ((median - self.worst_) / self.span_) / 0.5
        self.counts_ = OptionCounts(info.space)
        self.lower_ = 1.0
        self.previous_lower_ = 1.0
        self.nash_ = 0.0
        self.nash_known_ = False
        self.window_start_: float | None = None
        self.best_seen_ = 0.0
        self.first_offer_: int | None = None
        self.read_ = 0

    def importance(self, outcomes) -> np.ndarray:
        return (self.info_.utility[outcomes] - self.worst_) / self.span_

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        self.previous_lower_ = self.lower_
        if not received.n:
            return info.best
        for k in range(self.read_, received.n):
            outcome = int(received.outcomes[k])
            if t < 0.3:
                self.counts_.add(outcome)
            if not self.nash_known_:
                self._watch(outcome, t)
        self.read_ = received.n
        self.lower_ = agentgg_threshold(t, self.nash_, self.reservation_)
        low = self.worst_ + self.lower_ * self.span_
        high = self.worst_ + (self.lower_ + 0.1) * self.span_
        start, stop = band(info, low, high)
        if stop <= start:
            start, stop = band(info, low)
            if stop <= start:
                return info.best
        if t < 0.2:
            return int(info.ranking[info.rng.integers(start, stop)])
        candidates = sample(info, start, stop, CANDIDATES)
        return int(candidates[int(np.argmax(self.counts_.score(candidates)))])

    def _watch(self, outcome: int, t: float) -> None:
        """The best importance the opponent offers in a short window after it first moves
        away from its opening offer marks the end of the frontier."""
        self.best_seen_ = max(self.best_seen_, float(self.importance(outcome)))
        if self.first_offer_ is None:
            self.first_offer_ = outcome
        if self.window_start_ is None:
            if outcome != self.first_offer_:
                self.window_start_ = t
        elif t - self.window_start_ > WINDOW:
            m = self.best_seen_
            self.nash_ = (1 - m) / 1.7 + m
            self.nash_known_ = True


class AgentGGAcceptance(AcceptanceStrategy):
    """Accept at the threshold of our previous turn; near the end, above reservation + 0.2."""

    def __init__(self, bidding: AgentGGBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        b = self.bidding
        ratio = (utility - b.worst_) / b.span_
        if ratio >= b.previous_lower_ - 1e-12:
            return True
        return state.time >= 0.9989 and ratio > b.reservation_ + 0.2

    def __repr__(self) -> str:
        return "AgentGGAcceptance()"


class AgentGG(Negotiator):
    """AgentGG (ANAC 2019 winner)."""

    name = "agentgg"

    def __init__(self) -> None:
        bidding = AgentGGBidding()
        super().__init__(bidding, AgentGGAcceptance(bidding))
