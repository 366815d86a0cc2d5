"""AgentK (ANAC 2010 winner) and AgentK2 (ANAC 2011 finalist), Kawaguchi, Fujita & Ito.

AgentK estimates the best utility it can still expect from the opponent from the mean
``mu`` and spread of the utilities the opponent has offered it: ``sd = sqrt(12 var)`` (the
width of a uniform distribution with that variance) and ``e_max = mu + (1 - mu) sd``. Its
target falls from 1 toward ``e_max`` as ``1 - t^alpha (1 - e_max)``, with ``alpha = 1 +
tremor + 10 mu - 2 tremor mu`` (a generous opponent makes it patient), widened by
``(sd + 0.1) / (1 - target)`` and pulled toward ``e_max`` at a rate that grows with time.
It accepts an offer of utility ``u`` with probability ``p = t^alpha / 5 + (u - e_max) +
(u - target)`` (0 below 0.1). It offers, at random, one of the opponent's own past offers
worth more than its target, or else a random outcome worth at least a bid target computed
the same way with a randomly perturbed exponent.

AgentK2 is the same agent, its targets scaled by the discount ``d^t`` of the moment.

Decomposition (as GENIUS's ``AgentK2_Offering``/``AC_AgentK2``): the bidding strategy keeps
the targets; the acceptance strategy computes the same statistics from the same offers
(:func:`agentk_target`, a pure function), so no state is shared.

Simplified: AgentK's random search for a bid (random outcomes until one reaches the bid
target, lowering the target by 0.01 every 500 tries) is a uniform draw among the outcomes
worth at least the bid target, or among the best when none is.

References
----------
S. Kawaguchi, K. Fujita & T. Ito (2011). Compromising strategy based on estimated maximum
utility for automated negotiation agents competition (ANAC-10). *IEA/AIE 2011*, LNCS 6704,
501-510.

S. Kawaguchi, K. Fujita & T. Ito (2013). AgentK2: compromising strategy based on estimated
maximum utility for automated negotiating agents. In *Complex Automated Negotiations*,
SCI 435, 235-241.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import numpy as np

from ...views import AgentInfo, State
from ..base import AcceptanceStrategy, Negotiator
from ..offers import ReceivedOffers
from .common import TurnBidding

__all__ = [
    "AgentK",
    "AgentK2",
    "AgentKAcceptance",
    "AgentKBidding",
    "KTarget",
    "Moments",
    "acceptance_probability",
    "agentk_target",
]

TREMOR = 2.0


class KTarget(NamedTuple):
    """AgentK's view of the talks after an offer: estimated maximum, exponent, target."""

    estimate_max: float
    alpha: float
    target: float


def _approach(target: float, estimate_max: float, time: float) -> float:
    """Pull a target above ``estimate_max`` toward it, more strongly as time passes."""
    if target <= estimate_max:
        return estimate_max
    m = 400.0 - 300.0 * time**3
    r = target - estimate_max
    f = min(1.0 / (r * r), m)
    return target - r * f / m


def agentk_target(received: np.ndarray, time: float, exponent_shift: float = 0.0) -> KTarget:
    """AgentK's estimated maximum, exponent ``alpha`` and target, from the utilities of all
    offers received so far (the latest included) at relative ``time``.

    ``exponent_shift`` is added to ``alpha`` for the target only (AgentK's bid target
    uses ``alpha + tremor * (U - 1/2)``, ``U`` uniform).

    Offers worth 0.4 and 0.6: mean 0.5, sd ``sqrt(12 * 0.01)``, ``e_max = 0.5 + 0.5 sd``,
    ``alpha = 1 + 2 + 5 - 2``; at ``t = 0.5`` the widened target is ``2 * (1 - 0.5^6 *
    (1 - e_max)) - 1``, then pulled toward ``e_max``:

    >>> k = agentk_target(np.array([0.4, 0.6]), 0.5)
    >>> round(k.estimate_max, 4), k.alpha, round(k.target, 4)
    (0.6732, 6.0, 0.9811)
    """
    moments = Moments()
    for u in np.asarray(received, dtype=float).tolist():
        moments.add(u)
    return moments.target(time, exponent_shift)


class Moments:
    """Running count, sum and sum of squares of the utilities received."""

    __slots__ = ("n", "total", "squares")

    def __init__(self) -> None:
        self.n, self.total, self.squares = 0, 0.0, 0.0

    def add(self, utility: float) -> None:
        self.n += 1
        self.total += utility
        self.squares += utility * utility

    def target(self, time: float, exponent_shift: float = 0.0) -> KTarget:
        """:func:`agentk_target` from the running moments, in O(1)."""
        mean = self.total / self.n
        variance = max(self.squares / self.n - mean * mean, 0.0)
        deviation = (variance * 12.0) ** 0.5
        estimate_max = mean + (1.0 - mean) * deviation
        alpha = 1.0 + TREMOR + 10.0 * mean - 2.0 * TREMOR * mean
        pre = 1.0 - time ** (alpha + exponent_shift) * (1.0 - estimate_max)
        ratio = min((deviation + 0.1) / (1.0 - pre), 2.0) if pre < 1.0 else 2.0
        target = ratio * pre + 1.0 - ratio
        return KTarget(estimate_max, alpha, _approach(target, estimate_max, time))


def acceptance_probability(utility: float, k: KTarget, time: float) -> float:
    """AgentK's probability of accepting an offer worth ``utility``.

    >>> round(acceptance_probability(0.9, KTarget(0.8, 4.0, 0.85), 0.5), 4)  # 1/80 + 0.1 + 0.05
    0.1625
    """
    p = time**k.alpha / 5.0 + (utility - k.estimate_max) + (utility - k.target)
    return 0.0 if p < 0.1 else p


class AgentKBidding(TurnBidding):
    """Re-offers, at random, an opponent offer above the target; else a random outcome
    worth at least the bid target. ``discounted``: scale targets by ``d^t`` (AgentK2)."""

    def __init__(self, discounted: bool = False) -> None:
        self.discounted = discounted

    def _start(self) -> None:
        self.target_ = 1.0
        self.bid_target_ = 1.0
        self.moments_ = Moments()
        self.offered_: set[int] = set()  # the opponent's distinct offers, sorted by utility:
        self.utilities_: list[float] = []
        self.outcomes_: list[int] = []

    def _next(self, state: State) -> int:
        info, received, rng = self.info_, self.received_, self.info_.rng
        if received.n > self.moments_.n:  # new offers: AgentK recomputes its targets
            for k in range(self.moments_.n, received.n):
                utility, outcome = float(received.utilities[k]), int(received.outcomes[k])
                self.moments_.add(utility)
                if outcome not in self.offered_:
                    self.offered_.add(outcome)
                    at = bisect.bisect_right(self.utilities_, utility)
                    self.utilities_.insert(at, utility)
                    self.outcomes_.insert(at, outcome)
            shift = rng.random() * TREMOR - TREMOR / 2
            scale = info.discount_factor**state.time if self.discounted else 1.0
            self.target_ = self.moments_.target(state.time).target * scale
            self.bid_target_ = self.moments_.target(state.time, shift).target * scale
        above = bisect.bisect_right(self.utilities_, self.target_)
        if above < len(self.outcomes_):
            return self.outcomes_[int(rng.integers(above, len(self.outcomes_)))]
        ranked = info.ranked_utilities
        start = int(np.searchsorted(ranked, min(self.bid_target_, ranked[-1]) - 1e-12))
        return int(info.ranking[rng.integers(start, len(ranked))])

    def __repr__(self) -> str:
        return f"AgentKBidding(discounted={self.discounted})"


class AgentKAcceptance(AcceptanceStrategy):
    """Accept with AgentK's probability (drawn from the negotiation's seeded generator)."""

    def __init__(self, discounted: bool = False) -> None:
        self.discounted = discounted

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.received_ = ReceivedOffers(info)
        self.moments_ = Moments()

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        received = self.received_.update(state)
        for k in range(self.moments_.n, received.n):
            self.moments_.add(float(received.utilities[k]))
        if not received.n:
            return False
        k = self.moments_.target(state.time)
        if self.discounted:
            k = k._replace(target=k.target * self.info_.discount_factor**state.time)
        return acceptance_probability(utility, k, state.time) > self.info_.rng.random()

    def __repr__(self) -> str:
        return f"AgentKAcceptance(discounted={self.discounted})"


class AgentK(Negotiator):
    """AgentK (ANAC 2010 winner)."""

    name = "agentk"

    def __init__(self) -> None:
        super().__init__(AgentKBidding(), AgentKAcceptance())


class AgentK2(Negotiator):
    """AgentK2 (ANAC 2011 finalist): AgentK with discount-scaled targets."""

    name = "agentk2"

    def __init__(self) -> None:
        super().__init__(AgentKBidding(discounted=True), AgentKAcceptance(discounted=True))
