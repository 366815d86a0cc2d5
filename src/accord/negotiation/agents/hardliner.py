"""The hard-liner: always demands its best outcome and accepts nothing less.

A useful adversary: against it every concession has to come from the other side.
"""

from __future__ import annotations

from ..views import State
from .acceptance import ACNext
from .base import BiddingStrategy, Negotiator

__all__ = ["BestOffer", "HardLiner"]


class BestOffer(BiddingStrategy):
    """Always offers the party's favourite outcome."""

    def offer(self, state: State) -> int:
        return self.info_.best

    def target(self, state: State) -> float:
        return self.info_.max_utility

    def __repr__(self) -> str:
        return "BestOffer()"


class HardLiner(Negotiator):
    """Never concedes."""

    name = "hardliner"

    def __init__(self) -> None:
        super().__init__(BestOffer(), ACNext())
