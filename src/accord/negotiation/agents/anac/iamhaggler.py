"""IAMhaggler2011 (ANAC 2011 finalist, 3rd), Williams, Robu, Gerding & Jennings.

IAMhaggler2011 predicts the opponent's future concession with Gaussian process regression
and concedes toward the point in time and utility where it expects the best agreement. It
splits time into 36 slots and records, per slot, the best utility the opponent offered it.
A Gaussian process (Matérn 3/2 covariance plus noise, hyperparameters integrated out over a
grid weighted by marginal likelihood, on the residual from a line from the first value to
0.9) predicts the opponent's best offer in every future time sample, with its variance.
From these, the probability that the opponent offers at least ``u`` at time ``t`` gives
the expected discounted, risk-adjusted (``u^3``) utility of asking ``u`` at ``t``; the best
time ``t*`` and utility ``u*`` are found, and the target moves on the line from the last
target to ``(t*, u*)``. In the first slot the target is ``1 - t / 2``. The offer is a random
outcome within 0.025 of the target (the opponent's best offer when the target first drops
below it). It accepts when 1.02 times the offered utility exceeds its last offer, its next
offer, or 0.9.

Decomposition as in GENIUS (``IAMhaggler2011_Offering``, ``AC_IAMHaggler2011``). The
probability matrices change only when the regression is redone (once per time slot), so
they are computed then; each turn only selects the future columns.

Simplified: the Bayesian Monte Carlo over hyperparameters uses a 7 x 7 grid of length
scales and signal variances around the paper's prior means (0.252 and 0.166) with noise
variance 0.01; ``erf`` is the Abramowitz-Stegun approximation (error below 1.5e-7).

References
----------
C. R. Williams, V. Robu, E. H. Gerding & N. R. Jennings (2011). Using Gaussian processes to
optimise concession in complex negotiations against unknown opponents. *IJCAI 2011*,
432-438.

C. R. Williams, V. Robu, E. H. Gerding & N. R. Jennings (2012). IAMhaggler2011: a Gaussian
process regression based negotiation agent. In *Complex Automated Negotiations*, SCI 435,
209-212.
"""

from __future__ import annotations

import numpy as np

from ...views import AgentInfo, State
from ..base import AcceptanceStrategy, Negotiator
from .common import TurnBidding, band

__all__ = [
    "IAMhaggler2011",
    "IAMhagglerAcceptance",
    "IAMhagglerBidding",
    "gaussian_process_prediction",
]

SLOTS = 36
UTILITIES = 1.0 - (np.arange(100) + 0.5) / 101.0
TIMES = np.arange(101) / 100.0
LENGTH_SCALES = 0.252 * np.exp(np.linspace(-1.0, 1.0, 7))
SIGNAL_VARIANCES = 0.166 * np.exp(np.linspace(-1.0, 1.0, 7))
NOISE_VARIANCE = 0.01
RISK = 3.0
MAX_ASPIRATION = 0.9
ACCEPT_MULTIPLIER = 1.02
A5 = 1.061405429


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (absolute error < 1.5e-7)."""
    sign = np.sign(x)
    x = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * A5))))
    return sign * (1.0 - poly * np.exp(-x * x))


def _matern(distance: np.ndarray, length: np.ndarray, variance: np.ndarray) -> np.ndarray:
    r = np.sqrt(3.0) * distance[None] / length[:, None, None]
    return variance[:, None, None] * (1.0 + r) * np.exp(-r)


def gaussian_process_prediction(
    x: np.ndarray, y: np.ndarray, at: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Mean and variance at ``at`` of a Gaussian process fitted to ``(x, y)``: Matérn 3/2
    plus noise, hyperparameters averaged over a grid weighted by marginal likelihood.

    >>> mean, var = gaussian_process_prediction(np.array([0.1, 0.5, 0.9]),
    ...                                         np.array([0.2, 0.2, 0.2]), np.array([0.5]))
    >>> round(float(mean[0]), 1), bool(var[0] < 0.05)
    (0.2, True)
    """
    grid_l, grid_s = np.meshgrid(LENGTH_SCALES, SIGNAL_VARIANCES, indexing="ij")
    length, variance = grid_l.ravel(), grid_s.ravel()
    n = len(x)
    k = _matern(np.abs(x[:, None] - x[None, :]), length, variance) + NOISE_VARIANCE * np.eye(n)
    chol = np.linalg.cholesky(k)
    inverse = np.linalg.inv(k)
    alpha = inverse @ y
    log_ml = -0.5 * (alpha @ y) - np.log(np.diagonal(chol, axis1=1, axis2=2)).sum(axis=1)
    weights = np.exp(log_ml - log_ml.max())
    weights /= weights.sum()
    cross = _matern(np.abs(x[:, None] - at[None, :]), length, variance)  # (g, n, m)
    means = np.einsum("gnm,gn->gm", cross, alpha)
    explained = np.einsum("gnm,gnm->gm", cross, inverse @ cross)
    variances = variance[:, None] - explained + NOISE_VARIANCE
    mean = weights @ means
    second = weights @ (np.maximum(variances, 1e-12) + means**2)
    return mean, np.maximum(second - mean**2, 1e-12)


class IAMhagglerBidding(TurnBidding):
    """Concede toward the expected best agreement predicted by the Gaussian process."""

    def _start(self) -> None:
        info = self.info_
        d = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.utility_ = (UTILITIES**RISK)[:, None] * (d**TIMES)[None, :]  # risk x discounting
        self.slot_times_: list[float] = []
        self.slot_best_: list[float] = []
        self.slot_ = -1
        self.slot_max_ = 0.0
        self.probability_: np.ndarray | None = None
        self.cumulative_: np.ndarray | None = None
        self.last_time_ = 0.0
        self.last_target_ = 1.0
        self.previous_target_ = 1.0
        self.read_ = 0

    def _next(self, state: State) -> int:
        info, received = self.info_, self.received_
        if not self.own_ or not received.n:
            return info.best
        t = state.time
        new = received.utilities[self.read_ :]
        self.read_ = received.n
        latest = float(new.max()) if len(new) else float(received.utilities[-1])
        target = self._target(latest, t)
        best = received.best_utility
        if target <= best < self.previous_target_:
            return received.best_outcome
        self.previous_target_ = target
        start, stop = band(info, target - 0.025, target + 0.025)
        if stop > start:
            return int(info.ranking[info.rng.integers(start, stop)])
        return info.at_least(target)

    def _target(self, utility: float, t: float) -> float:
        slot = int(np.floor(t * SLOTS))
        update = self.slot_ == -1
        if slot != self.slot_:
            if self.slot_ != -1:
                self.slot_times_.append((self.slot_ + 0.5) / SLOTS)
                self.slot_best_.append(self.slot_max_)
                update = True
            self.slot_ = slot
            self.slot_max_ = 0.0
        self.slot_max_ = max(self.slot_max_, utility)
        if slot == 0:
            return 1.0 - t / 2.0
        if update and self.slot_times_:
            self._regress(t)
        if self.probability_ is None:
            return self.last_target_
        future = t < TIMES
        if not future.any():
            return self.last_target_
        first = int(np.argmax(future))
        sums = (self.probability_[:, first:] * self.utility_[:, first:]).sum(axis=0)
        column = first + len(sums) - 1 - int(np.argmax(sums[::-1]))  # the latest best, as GENIUS
        row = int(np.argmax(self.cumulative_[:, column] * self.utility_[:, column]))
        best_time, best_utility = TIMES[column], UTILITIES[row]
        target = self.last_target_ + (t - self.last_time_) * (best_utility - self.last_target_) / (
            best_time - self.last_time_
        )
        self.last_target_, self.last_time_ = target, t
        return target

    def _regress(self, now: float) -> None:
        """Refit; the probability matrices are filled for the future time samples only."""
        x, y = np.array(self.slot_times_), np.array(self.slot_best_)
        intercept = y[0]
        gradient = 0.9 - intercept
        first = int(np.searchsorted(TIMES, now, side="right"))
        future = TIMES[first:]
        self.cumulative_ = np.zeros((len(UTILITIES), len(TIMES)))
        self.probability_ = np.zeros((len(UTILITIES), len(TIMES)))
        if not len(future):
            return
        mean, variance = gaussian_process_prediction(x, y - (intercept + gradient * x), future)
        mean = mean + intercept + gradient * future
        s = np.sqrt(2.0 * variance)
        half = 0.5 / len(UTILITIES)

        def above(u):
            return 1.0 - 0.5 * (1.0 + _erf((u - mean[None, :]) / s[None, :]))

        low = above(np.array([[UTILITIES[0] + half]]))
        high = above(np.array([[UTILITIES[-1] - half]]))
        span = np.where(np.abs(high - low) > 1e-12, high - low, 1.0)
        u = UTILITIES[:, None]
        self.cumulative_[:, first:] = (above(u) - low) / span
        self.probability_[:, first:] = (above(u - half) - above(u + half)) / span


class IAMhagglerAcceptance(AcceptanceStrategy):
    """Accept when 1.02 x the offer beats our last offer, our next offer, or 0.9."""

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.seen_ = 0
        self.last_: float | None = None

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        new = state.history.offers(self.info_.key, self.seen_)
        if new:
            self.seen_ += len(new)
            self.last_ = float(self.info_.utility[new[-1]])
        if self.last_ is None:
            return False
        scaled = utility * ACCEPT_MULTIPLIER
        return scaled > self.last_ or scaled > next_utility or scaled > MAX_ASPIRATION

    def __repr__(self) -> str:
        return "IAMhagglerAcceptance()"


class IAMhaggler2011(Negotiator):
    """IAMhaggler2011 (ANAC 2011, 3rd place)."""

    name = "iamhaggler2011"

    def __init__(self) -> None:
        super().__init__(IAMhagglerBidding(), IAMhagglerAcceptance())
