"""Opponent modelling by frequency (after the HardHeaded agent, ANAC 2011).

For each other party the model counts how often each option appears in its offers (options
it keeps asking for are the ones it values) and raises an issue's weight whenever the
party leaves that issue unchanged between consecutive offers (issues it will not move on
matter to it). The estimated utility of an outcome is ``sum_i w_i * count_i[o_i] /
max(count_i)``. The agent concedes on a time-based curve but, among outcomes worth about
its aspiration, offers the one the worst-off opponent is estimated to like most: near the
estimated Pareto frontier.
"""

from __future__ import annotations

import numpy as np

from ..views import AgentInfo, State
from .acceptance import ACNext
from .base import Negotiator, OpponentModel
from .timebased import TimeBasedBidding

__all__ = ["FrequencyAgent", "FrequencyModel", "ModelBidding"]


class FrequencyModel(OpponentModel):
    """Issue weights and option values of each other party, learnt from its offers.

    Option counts of all issues live in one flat array (issue ``i``'s options start at
    ``offsets[i]``), so that estimating many outcomes is one gather and one sum.
    """

    def __init__(self, learning_rate: float = 0.2) -> None:
        self.learning_rate = learning_rate

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        radices = info.space.radices
        self.radices_ = radices
        self.offsets_ = np.concatenate([[0], np.cumsum(radices)[:-1]]).astype(np.int64)
        others = [p for p in info.parties if p != info.key]
        self.counts_ = {p: np.zeros(int(radices.sum())) for p in others}
        self.weights_ = {p: np.full(len(radices), 1.0 / len(radices)) for p in others}
        self.last_: dict[str, np.ndarray] = {}
        self.seen_ = {p: 0 for p in others}
        self.tables_: dict[str, np.ndarray] | None = None

    def update(self, state: State) -> None:
        history = state.history
        for party, seen in self.seen_.items():
            offers = history.offers(party, seen)
            if not offers:
                continue
            digits = self.info_.space.digits(offers)
            counts, weights = self.counts_[party], self.weights_[party]
            for row in digits:
                counts[row + self.offsets_] += 1
                previous = self.last_.get(party)
                if previous is not None:
                    weights += self.learning_rate / len(weights) * (row == previous)
                    weights /= weights.sum()
                self.last_[party] = row
            self.seen_[party] = seen + len(offers)
            self.tables_ = None

    def tables(self) -> dict[str, np.ndarray]:
        """Per opponent, the estimated weighted value of every option (flat, by offset)."""
        if self.tables_ is None:
            self.tables_ = {}
            for party, counts in self.counts_.items():
                top = np.maximum.reduceat(counts, self.offsets_)
                scale = np.repeat(self.weights_[party] / (top + 1.0), self.radices_)
                self.tables_[party] = (counts + 1.0) * scale
        return self.tables_

    def estimate(self, outcomes: np.ndarray, flat: np.ndarray | None = None) -> np.ndarray:
        """Estimated utility for the worst-off opponent of each outcome.

        ``flat``: the outcomes' digits plus ``offsets_``, when the caller has them.
        """
        if flat is None:
            flat = self.info_.space.digits(outcomes) + self.offsets_
        worst = None
        for table in self.tables().values():
            value = table[flat].sum(axis=1)
            worst = value if worst is None else np.minimum(worst, value)
        return np.zeros(len(outcomes)) if worst is None else worst

    def __repr__(self) -> str:
        return f"FrequencyModel(learning_rate={self.learning_rate})"


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
