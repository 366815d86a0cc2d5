"""What the ANAC reimplementations share: a bidding strategy that decides once per turn,
and utility-band look-ups on the agent's ranking of outcomes.

``Negotiator.respond`` asks the bidding strategy for its next offer before deciding on the
offer on the table (acceptance conditions compare with it), and ``propose`` asks again in
the same turn; :class:`TurnBidding` computes once per turn, as GENIUS's
``determineNextBid`` does, so that random draws and learning happen once.
"""

from __future__ import annotations

import numpy as np

from ...views import AgentInfo, State
from ..base import BiddingStrategy, OpponentModel
from ..offers import ReceivedOffers

__all__ = ["TurnBidding", "band", "nearest", "sample"]


class TurnBidding(BiddingStrategy):
    """Subclasses implement ``_next(state) -> outcome``; it runs once per turn, after the
    others' new offers were read into ``received_`` and ours into ``own_`` (the opponent
    model, if any, has been updated by the agent). ``_start()`` initialises learnt state."""

    def prepare(self, info: AgentInfo, model: OpponentModel | None = None) -> None:
        super().prepare(info, model)
        self.turn_: tuple[int, float] | None = None
        self.offer_ = info.best
        self.received_ = ReceivedOffers(info)
        self.own_seen_ = 0
        self.own_: list[int] = []
        self._start()

    def _start(self) -> None:
        """Initialise what the strategy learns during a negotiation."""

    def _next(self, state: State) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def offer(self, state: State) -> int:
        key = (state.round, state.time)
        if key != self.turn_:
            self.turn_ = key
            self.received_.update(state)
            new = state.history.offers(self.info_.key, self.own_seen_)
            if new:
                self.own_.extend(new)
                self.own_seen_ += len(new)
            self.offer_ = int(self._next(state))
        return self.offer_


def band(info: AgentInfo, low: float, high: float = np.inf) -> tuple[int, int]:
    """Positions ``[start, stop)`` in ``info.ranking`` of the outcomes worth ``low`` to
    ``high`` (both inclusive): two binary searches."""
    ranked = info.ranked_utilities
    start = int(np.searchsorted(ranked, low - 1e-12, side="left"))
    stop = int(np.searchsorted(ranked, high + 1e-12, side="right"))
    return start, max(start, stop)


def sample(info: AgentInfo, start: int, stop: int, limit: int) -> np.ndarray:
    """The outcomes at ranking positions ``[start, stop)``, or at most ``limit`` of them
    drawn uniformly when there are more (``limit`` draws, repeats dropped): candidate sets
    stay small in large domains, in O(limit)."""
    if stop - start <= limit:
        return info.ranking[start:stop]
    picks = np.sort(info.rng.integers(start, stop, size=limit))
    picks = picks[np.concatenate(([True], picks[1:] != picks[:-1]))]
    return info.ranking[picks]


def nearest(info: AgentInfo, target: float) -> int:
    """The feasible outcome whose utility is closest to ``target``."""
    ranked = info.ranked_utilities
    pos = int(np.searchsorted(ranked, target))
    if pos >= len(ranked):
        return int(info.ranking[-1])
    if pos > 0 and target - ranked[pos - 1] <= ranked[pos] - target:
        pos -= 1
    return int(info.ranking[pos])
