"""Opponent modelling by frequency: accord's own, HardHeaded's and Agent Smith's.

Options an opponent keeps asking for are the ones it values. :class:`FrequencyModel`
counts how often each option appears in the opponent's offers and raises an issue's weight
whenever the opponent leaves that issue unchanged between consecutive offers (issues it
will not move on matter to it): ``u(o) = sum_i w_i * (count_i[o_i] + 1) / (max(count_i) +
1)``. :class:`HardHeadedModel` is that idea exactly as the ANAC 2011 winner HardHeaded
implements it; :class:`SmithModel` weighs issues by how concentrated the offers are instead.

The frequency agent concedes on a time-based curve but, among outcomes worth about its
aspiration, offers the one the worst-off opponent is estimated to like most: near the
estimated Pareto frontier.
"""

from __future__ import annotations

import numpy as np

from ..views import AgentInfo, State
from .acceptance import ACNext
from .base import Negotiator, OpponentModel
from .models import AdditiveModel
from .timebased import TimeBasedBidding

__all__ = [
    "CountingModel",
    "FrequencyAgent",
    "FrequencyModel",
    "HardHeadedModel",
    "ModelBidding",
    "SmithModel",
]


class FrequencyModel(AdditiveModel):
    """Issue weights and option values of each other party, learnt from its offers.

    Every offered option counts once; an issue left unchanged between two consecutive
    offers gains ``learning_rate / n_issues`` of weight (weights renormalised). An
    option's value is ``(count + 1) / (max count + 1)`` on its issue.
    """

    def __init__(self, learning_rate: float = 0.2) -> None:
        self.learning_rate = learning_rate

    def _start(self) -> None:
        n, size = len(self.radices_), int(self.radices_.sum())
        self.counts_ = {p: np.zeros(size) for p in self.opponents_}
        self.weights_ = {p: np.full(n, 1.0 / n) for p in self.opponents_}
        self.last_: dict[str, np.ndarray] = {}

    def _observe(self, party: str, outcome: int, digits: np.ndarray) -> None:
        self.counts_[party][digits + self.offsets_] += 1
        previous = self.last_.get(party)
        if previous is not None:
            weights = self.weights_[party]
            weights += self.learning_rate / len(weights) * (digits == previous)
            weights /= weights.sum()
        self.last_[party] = digits

    def _table(self, party: str) -> np.ndarray:
        counts = self.counts_[party]
        top = self.issue_max(counts)
        return (counts + 1.0) * self.per_issue(self.weights_[party] / (top + 1.0))

    def __repr__(self) -> str:
        return f"FrequencyModel(learning_rate={self.learning_rate})"


class HardHeadedModel(AdditiveModel):
    """HardHeaded's frequency model (van Krimpen, Looije & Hajizadeh 2013), as in GENIUS.

    From the opponent's second offer on, each issue it left unchanged gains weight
    ``g = learning_rate / n_issues`` (``w <- (w + g) / (1 + g * unchanged)``, others
    ``w / (1 + g * unchanged)``, never above ``1 - n_issues * g / (1 + g * unchanged)``),
    and each option of the new offer gains 1 on a count that starts at 1; an option's
    value is its count over its issue's largest count. The opponent's first offer only
    serves as the reference for the second.

    References
    ----------
    T. van Krimpen, D. Looije & S. Hajizadeh (2013). HardHeaded. In *Complex Automated
    Negotiations: Theories, Models, and Software Competitions*, SCI 435, 223-227.
    """

    def __init__(self, learning_rate: float = 0.2) -> None:
        if learning_rate < 0:
            raise ValueError("learning_rate must be non-negative")
        self.learning_rate = learning_rate

    def _start(self) -> None:
        n, size = len(self.radices_), int(self.radices_.sum())
        self.values_ = {p: np.ones(size) for p in self.opponents_}
        self.weights_ = {p: np.full(n, 1.0 / n) for p in self.opponents_}
        self.last_: dict[str, np.ndarray] = {}

    def _observe(self, party: str, outcome: int, digits: np.ndarray) -> None:
        previous = self.last_.get(party)
        self.last_[party] = digits
        if previous is None:
            return
        weights = self.weights_[party]
        n = len(weights)
        unchanged = digits == previous
        golden = self.learning_rate / n
        total = 1.0 + golden * int(unchanged.sum())
        ceiling = 1.0 - n * golden / total
        raise_ = unchanged & (weights < ceiling)
        weights[:] = np.where(raise_, (weights + golden) / total, weights / total)
        self.values_[party][digits + self.offsets_] += 1.0

    def _table(self, party: str) -> np.ndarray:
        values = self.values_[party]
        return values * self.per_issue(self.weights_[party] / self.issue_max(values))

    def __repr__(self) -> str:
        return f"HardHeadedModel(learning_rate={self.learning_rate})"


class CountingModel(AdditiveModel):
    """Base of the models that count how often each opponent named each option:
    ``counts_[party]`` (flat layout) and ``n_[party]`` offers."""

    def _start(self) -> None:
        size = int(self.radices_.sum())
        self.counts_ = {p: np.zeros(size) for p in self.opponents_}
        self.n_ = dict.fromkeys(self.opponents_, 0)

    def _observe(self, party: str, outcome: int, digits: np.ndarray) -> None:
        self.counts_[party][digits + self.offsets_] += 1
        self.n_[party] += 1


class SmithModel(CountingModel):
    """Agent Smith's frequency model (van Galen Last 2012), as in GENIUS.

    On an unordered issue an option is worth the share of the opponent's offers that
    named it, and the issue weighs as much as its most frequent option's share. On a
    numeric issue an option is worth ``1 - |x - mean|`` (values scaled to [0, 1] by the
    issue's range) and the issue weighs ``1 / (1 + sd)``. Weights are normalised to sum
    to 1; before any offer every estimate is 0.

    Unlike GENIUS, the standard deviation of a numeric issue is taken on the scaled
    values, so that an issue's weight does not depend on its unit.

    References
    ----------
    N. van Galen Last (2012). Agent Smith: opponent model estimation in bilateral
    multi-issue negotiation. In *New Trends in Agent-Based Complex Automated
    Negotiations*, SCI 383, 167-174.
    """

    def _start(self) -> None:
        super()._start()
        scaled = []
        for issue in self.info_.space.issues:
            numbers = issue.numeric() if issue.type in ("integer", "continuous") else None
            if numbers is None:
                scaled.append(None)
            else:
                span = numbers[-1] - numbers[0]
                scaled.append((numbers - numbers[0]) / span if span > 0 else numbers * 0.0)
        self.scaled_ = scaled

    def _table(self, party: str) -> np.ndarray:
        counts, n = self.counts_[party], self.n_[party]
        if n == 0:
            return np.zeros(len(counts))
        share = counts / n
        values = share.copy()
        weights = self.issue_max(share)
        for i, x in enumerate(self.scaled_):
            if x is None:
                continue
            block = slice(self.offsets_[i], self.offsets_[i] + len(x))
            freq = share[block]
            mean = float(freq @ x)
            sd = float(np.sqrt(freq @ (x - mean) ** 2))
            values[block] = 1.0 - np.abs(x - mean)
            weights[i] = 1.0 / (1.0 + sd)
        return values * self.per_issue(weights / weights.sum())

    def __repr__(self) -> str:
        return "SmithModel()"


class ModelBidding(TimeBasedBidding):
    """Time-based aspiration; among outcomes within ``band`` above it (at most
    ``max_candidates``), the one the opponent model rates highest."""

    def __init__(
        self, e: float = 0.2, k: float = 0.0, band: float = 0.05, max_candidates: int = 256
    ) -> None:
        super().__init__(e=e, k=k)
        self.band = band
        self.max_candidates = max_candidates

    def prepare(self, info: AgentInfo, model: OpponentModel | None = None) -> None:
        super().prepare(info, model)
        self.cached_ = (-1, -1.0, -1)
        self.flat_: np.ndarray | None = None
        offsets = getattr(model, "offsets_", None)
        if offsets is not None and info.space.n_issues * len(info.ranking) <= 20_000_000:
            self.flat_ = (info.space.digits(info.ranking) + offsets).astype(np.int32)

    def offer(self, state: State) -> int:
        model = self.model_
        if model is None or not state.history:
            return super().offer(state)
        round_, time_, outcome = self.cached_
        if round_ == state.round and time_ == state.time:
            return outcome
        target = self.target(state)
        ranked, ranking = self.info_.ranked_utilities, self.info_.ranking
        low = int(self.position(target))
        high = int(np.searchsorted(ranked, target + self.band, side="right"))
        high = min(max(high, low + 1), low + self.max_candidates, len(ranking))
        candidates = ranking[low:high]
        flat = None if self.flat_ is None else self.flat_[low:high]
        outcome = int(candidates[int(np.argmax(model.estimate(candidates, flat)))])
        self.cached_ = (state.round, state.time, outcome)
        return outcome

    def __repr__(self) -> str:
        return f"ModelBidding(e={self.e}, k={self.k}, band={self.band})"


class FrequencyAgent(Negotiator):
    """Boulware-like concession, offers steered by a frequency opponent model."""

    name = "frequency"

    def __init__(self, e: float = 0.2, band: float = 0.05, learning_rate: float = 0.2) -> None:
        super().__init__(ModelBidding(e=e, band=band), ACNext(), FrequencyModel(learning_rate))
