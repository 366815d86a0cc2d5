"""TheFawkes (ANAC 2013 winner), after Chen & Weiss's OMAC strategy.

TheFawkes predicts the opponent's concession and aims at the point where the opponent's
expected offers meet its own reserved curve. Its reserved utility falls as a very
Boulware curve, ``rv + (1 - t^(1/beta)) (max d^nu - rv)`` with ``beta = 0.002`` and ``nu
= 0.2``. The utilities the opponent offered, step by step, are smoothed into a trend, and
the expected utility of the opponent's offer at a future time is the trend there, times
``1 + sd(trend / offers)``. Looking ahead ten of the opponent's (largest) time steps, the
agent finds the time where the discounted expected offer exceeds the discounted reserved
utility by the most (optimistic); failing that, where the two are closest, accepted if the
expected offer is at least 0.8 of the reserved (pessimistic); failing that, the target is
the reserved utility now. Otherwise the target moves on the line from its previous offer
to that point. It offers, among the outcomes worth at least ``(1 - t/10 - inertia)``
times the target, the one its frequency model (HardHeaded's, learning rate 0.8) rates best
for the opponent, or the second best after ten offers of the same utility. It rejects
anything below the mean utility of all outcomes, accepts its next offer's utility, and at
the very end an offer at least as good as the opponent's best in its last ten steps.

Decomposition as in GENIUS (``Fawkes_Offering``, ``AC_TheFawkes``, ``TheFawkes_OM``,
``TheFawkes_OMS``).

Simplified: the opponent's concession trend is a least-squares quadratic in time over its
offers, refitted after every tenth of them (TheFawkes denoises the series with a
Daubechies-8 wavelet transform and a smoothing spline every turn); candidate outcomes are
at most the 200 cheapest above the bound.

References
----------
S. Chen & G. Weiss (2012). An efficient and adaptive approach to negotiation in complex
environments. *ECAI 2012*, 228-233.

T. Baarslag, K. Fujita, E. Gerding, K. Hindriks, T. Ito, N. Jennings, C. Jonker, S. Kraus,
R. Lin, V. Robu & C. Williams (2013). Evaluating practical negotiating agents: results and
analysis of the 2011 international competition. *Artificial Intelligence* 198, 73-103
(and the ANAC 2013 report on TheFawkes).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from ...views import AgentInfo, State
from ..base import AcceptanceStrategy, Negotiator
from ..frequency import HardHeadedModel
from ..offers import ReceivedOffers
from .common import TurnBidding, band

__all__ = ["TheFawkes", "TheFawkesAcceptance", "TheFawkesBidding"]

BETA, RHO, NU = 0.002, 0.8, 0.2
CANDIDATES = 200


def _max_gap(times: np.ndarray) -> float:
    """The largest time between two consecutive offers, at most 0.1."""
    if len(times) < 2:
        return 0.1
    return min(0.1, float(np.diff(times).max()))


class TheFawkesBidding(TurnBidding):
    """Aim where the predicted opponent offers meet the reserved curve."""

    def _start(self) -> None:
        info = self.info_
        self.d_ = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.last_utilities_: deque[float] = deque(maxlen=10)
        self.second_best_ = 1
        self.previous_time_ = 0.0
        self.fitted_n_ = 0
        self.trend_ = np.zeros(1)
        self.spread_ = 0.0

    def reserved(self, t) -> np.ndarray:
        info = self.info_
        rv, top = info.reservation_value, info.max_utility
        return rv + (1 - np.power(t, 1 / BETA)) * (top * self.d_**NU - rv)

    def _next(self, state: State) -> int:
        info, received, t = self.info_, self.received_, state.time
        if received.n <= 1 or not self.own_:
            self.previous_time_ = t
            return info.best
        target = self._target(t)
        inertia = self.second_best_ / (len(self.own_) * 10.0)
        low = (1 - t / 10.0 - inertia) * target
        start, stop = band(info, low)
        if stop <= start:
            return self.own_[-1]
        candidates = info.ranking[start : min(stop, start + CANDIDATES)]
        order = np.argsort(-self.model_.estimate(candidates), kind="stable")
        choice = int(candidates[order[0]])
        utility = float(info.utility[choice])
        if len(self.last_utilities_) and all(u == utility for u in self.last_utilities_):
            self.second_best_ += 1
            if len(order) > 1:
                choice = int(candidates[order[1]])
        self.last_utilities_.append(float(info.utility[choice]))
        self.previous_time_ = t
        return choice

    def _target(self, t: float) -> float:
        info, received = self.info_, self.received_
        gap = _max_gap(received.times)
        times = np.arange(t, min(t + 10 * gap, 1.0), gap) if gap > 0 else np.array([t])
        if not len(times):
            times = np.array([t])
        expected = self._expected(times)
        reserved = self.reserved(times)
        discount = self.d_**times
        diff = expected * discount - reserved * discount
        good = diff >= 0
        if good.any():
            k = int(np.argmax(np.where(good, diff, -np.inf)))
        else:
            k = int(np.argmin(np.abs(diff)))
            xsi = (expected[k] * discount[k] / RHO) / (reserved[k] * discount[k])
            if xsi <= 1:
                return float(self.reserved(t))
        estimated_time, estimated = float(times[k]), float(expected[k])
        previous = float(info.utility[self.own_[-1]])
        span = self.previous_time_ - estimated_time
        if abs(span) < 1e-12:
            return estimated
        return estimated + (previous - estimated) * (t - estimated_time) / span

    def _expected(self, times: np.ndarray) -> np.ndarray:
        """The opponent's expected offers (our utility) at ``times``: trend x (1 + sd).

        The trend is refitted after every tenth of the offers received so far (at least
        every 10 offers): it moves slowly, and a fit reads every offer.
        """
        received = self.received_
        if received.n >= self.fitted_n_ + max(10, self.fitted_n_ // 10) or not self.fitted_n_:
            x, y = received.times, received.utilities
            degree = min(2, len(np.unique(x)) - 1)
            coefficients = np.polyfit(x, y, degree) if degree > 0 else np.array([y.mean()])
            fitted = np.polyval(coefficients, x)
            ratio = np.where(y > 0, fitted / np.where(y > 0, y, 1.0), 1.0)
            self.trend_, self.spread_ = coefficients, float(ratio.std())
            self.fitted_n_ = received.n
        return np.polyval(self.trend_, times) * (1 + self.spread_)


class TheFawkesAcceptance(AcceptanceStrategy):
    """Never below the mean outcome; AC_next; at the very end, the best of the last steps."""

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.minimum_ = float(info.ranked_utilities.mean())
        self.received_ = ReceivedOffers(info)

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        if utility < self.minimum_:
            return False
        if utility >= next_utility - 1e-12:
            return True
        received = self.received_.update(state)
        gap = _max_gap(received.times)
        t = state.time
        if t < 1 - gap:
            return False
        recent = received.utilities[received.since(t - 10 * gap)]
        return not len(recent) or utility >= recent.max() - 1e-12

    def __repr__(self) -> str:
        return "TheFawkesAcceptance()"


class TheFawkes(Negotiator):
    """TheFawkes (ANAC 2013 winner)."""

    name = "thefawkes"

    def __init__(self) -> None:
        super().__init__(TheFawkesBidding(), TheFawkesAcceptance(), HardHeadedModel(0.8))
