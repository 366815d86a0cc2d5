"""Relative tit-for-tat (after Faratin, Sierra & Jennings 1998): reciprocate concessions.

An agent cannot see how much the other side conceded in *its* utility, only how much
better the other side's offers became in its own. It therefore closes the same share of
its remaining room that the opponent closed of the gap to this agent's ideal: when the
opponent's offers move from ``a`` to ``b`` (our utility, ``delta`` offers apart), our
aspiration ``x`` moves to ``x - (b - a) / (max - a) * (x - low)``. A time-based floor
(exponent ``e``) keeps two tit-for-tat agents from waiting for each other forever.
"""

from __future__ import annotations

from ..views import AgentInfo, State
from .acceptance import ACNext
from .base import Negotiator, OpponentModel
from .timebased import TimeBasedBidding

__all__ = ["RelativeTitForTat", "TitForTatBidding"]


class TitForTatBidding(TimeBasedBidding):
    """Reciprocal concession, never above the time-based curve with exponent ``e``."""

    def __init__(self, delta: int = 1, e: float = 0.1) -> None:
        super().__init__(e=e)
        if delta < 1:
            raise ValueError("delta must be at least 1")
        self.delta = delta

    def prepare(self, info: AgentInfo, model: OpponentModel | None = None) -> None:
        super().prepare(info, model)
        self.aspiration_ = self.high_
        self.seen_ = 0
        self.received_: list[float] = []

    def _observe(self, state: State) -> None:
        history = state.history
        if len(history) == self.seen_:
            return
        utility = self.info_.utility
        me = self.info_.key
        for move in history[self.seen_ :]:
            if move.action == "offer" and move.party not in (me, "mediator"):
                self.received_.append(float(utility[move.outcome]))
                self._reciprocate()
        self.seen_ = len(history)

    def _reciprocate(self) -> None:
        received = self.received_
        if len(received) <= self.delta:
            return
        before, now = received[-1 - self.delta], received[-1]
        room = self.high_ - before
        if room <= 1e-12 or now <= before:
            return
        share = min((now - before) / room, 1.0)
        self.aspiration_ -= share * (self.aspiration_ - self.low_)

    def target(self, state: State) -> float:
        self._observe(state)
        return min(self.aspiration_, float(self.aspiration(state.time)))

    def offer(self, state: State) -> int:
        return self.info_.at_least(self.target(state))

    def __repr__(self) -> str:
        return f"TitForTatBidding(delta={self.delta}, e={self.e})"


class RelativeTitForTat(Negotiator):
    """Concedes in proportion to the opponents' concessions; accepts by AC_next."""

    name = "tit_for_tat"

    def __init__(self, delta: int = 1, e: float = 0.1) -> None:
        super().__init__(TitForTatBidding(delta=delta, e=e), ACNext())
