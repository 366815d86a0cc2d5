"""AgreeableAgent2018 (ANAC 2018 winner, multilateral), Sahar Mirzayi.

AgreeableAgent2018 asks for its best outcome during the first 20% of the time, then
concedes on a Boulware curve over the rest, ``pMin + (pMax - pMin)(1 - tau^(1/0.1))`` with
``tau`` the share of the remaining time elapsed, never below 0.8. Once its opponent models
have seen enough (after 20%, 30% or 40% of the time in domains of under 1,000, under 10,000
and more outcomes) it offers, among the outcomes within a small neighbourhood of its target
(``0.05`` times the distance of the curve from 1), one drawn by roulette wheel in proportion
to the sum of the opponents' estimated utilities. Each opponent model counts option
frequencies and weighs each issue by the standard deviation of its options' counts. It
accepts an offer worth its next offer, or anything above its reservation value after 0.99.

Decomposition: the bidding strategy with its own frequency model
(:class:`AgreeableModel`), and AC_next combined with ``ACTime(0.99) & ACReservation()``.

Simplified: with more than 500 outcomes in the neighbourhood, the roulette wheel runs over
500 of them drawn at random.

References
----------
R. Aydoğan, K. Fujita, T. Baarslag, C. Jonker & T. Ito (2021). ANAC 2018: repeated
multilateral negotiation league. *Advances in Automated Negotiations*, SCI 905, 77-89;
AgreeableAgent2018's source in GENIUS (``agents.anac.y2018.agreeableagent2018``).
"""

from __future__ import annotations

import numpy as np

from ...views import State
from ..acceptance import ACNext, ACReservation, ACTime
from ..base import Negotiator
from ..frequency import CountingModel
from .common import TurnBidding, band, nearest, sample

__all__ = ["AgreeableAgent2018", "AgreeableBidding", "AgreeableModel"]

TIME_TO_CONCEDE = 0.2
CONCESSION = 0.1
MINIMUM = 0.8
NEIGHBOURHOOD = 0.05
CANDIDATES = 500


class AgreeableModel(CountingModel):
    """Option frequencies, each issue weighed by the standard deviation of its counts:
    ``u(o) = sum_i (count_i[o_i] / n) (sd_i / sum sd) / n_issues``."""

    def _table(self, party: str) -> np.ndarray:
        counts, n = self.counts_[party], self.n_[party]
        if n == 0:
            return np.zeros(len(counts))
        sizes = self.radices_
        mean = np.add.reduceat(counts, self.offsets_) / sizes
        sd = np.sqrt(np.add.reduceat((counts - np.repeat(mean, sizes)) ** 2, self.offsets_) / sizes)
        total = sd.sum()
        weights = sd / total if total > 0 else np.zeros_like(sd)
        return counts / n * self.per_issue(weights) / len(sizes)

    def __repr__(self) -> str:
        return "AgreeableModel()"


def _curve(t: float) -> float:
    return t ** (1.0 / CONCESSION)


class AgreeableBidding(TurnBidding):
    """Best outcome, then a Boulware target; roulette wheel on the opponents' models."""

    def _start(self) -> None:
        info = self.info_
        self.low_ = float(info.ranked_utilities[0])
        self.high_ = info.max_utility
        n = info.n_outcomes
        self.model_time_ = 0.2 if n < 1000 else (0.3 if n < 10_000 else 0.4)

    def target(self, state: State) -> float:
        t = state.time
        if t < TIME_TO_CONCEDE:
            return 1.0
        tau = (t - TIME_TO_CONCEDE) / (1 - TIME_TO_CONCEDE)
        return self.low_ + (self.high_ - self.low_) * (1 - _curve(tau))

    def _next(self, state: State) -> int:
        info, t = self.info_, state.time
        if not self.received_.n:
            return info.best
        target = max(self.target(state), MINIMUM)
        if t < self.model_time_ or self.model_ is None:
            return nearest(info, target)
        width = 0.0
        if t >= TIME_TO_CONCEDE:
            width = NEIGHBOURHOOD * (1 - (self.low_ + (self.high_ - self.low_) * (1 - _curve(t))))
        start, stop = band(info, target - width, target + width)
        if stop - start <= 1:
            return int(info.ranking[start]) if stop > start else nearest(info, target)
        candidates = sample(info, start, stop, CANDIDATES)
        flat = self.model_.flat(candidates)
        liked = sum(self.model_.estimate_for(p, candidates, flat) for p in self.model_.opponents_)
        total = float(liked.sum())
        if total <= 0:
            return int(candidates[info.rng.integers(len(candidates))])
        return int(candidates[info.rng.choice(len(candidates), p=liked / total)])


class AgreeableAgent2018(Negotiator):
    """AgreeableAgent2018 (ANAC 2018 winner)."""

    name = "agreeableagent2018"

    def __init__(self) -> None:
        super().__init__(
            AgreeableBidding(), ACNext() | (ACTime(0.99) & ACReservation()), AgreeableModel()
        )
