"""PonPokoAgent (ANAC 2017 winner, multilateral), Takaki Matsune.

PonPokoAgent draws one of five concession patterns at the start and keeps it: a band
``[low, high]`` of utilities that narrows and oscillates over time, for example ``high = 1
- 0.1 t`` and ``low = high - 0.1 |sin(40 t)|`` (pattern 0), ``[1 - 0.22 t, 1]``
(pattern 1), or a band that widens to ``1 - 0.3 t`` after ``t = 0.99`` (pattern 3). It
accepts the latest offer when it is worth more than ``low``, and otherwise offers a random
outcome in the band (lowering ``low`` until one exists). The oscillation makes it hard to
exploit: an opponent cannot read a steady concession curve.

Decomposition: the band (:func:`ponpoko_band`) is a function of time and pattern; the
bidding strategy draws the pattern from the negotiation's seeded generator and the
acceptance strategy reads it.

Simplified: the band is searched among all outcomes (PonPoko samples 30,000 random ones).

References
----------
K. Fujita, R. Aydoğan, T. Baarslag, K. Hindriks, T. Ito & C. Jonker (2018). ANAC 2017:
repeated multilateral negotiation league. *Advances in Automated Negotiations*, SCI 905;
PonPokoAgent's source in GENIUS (``agents.anac.y2017.ponpokoagent``).
"""

from __future__ import annotations

import math

import numpy as np

from ...views import State
from ..base import AcceptanceStrategy, Negotiator
from .common import TurnBidding, band

__all__ = ["PonPokoAcceptance", "PonPokoAgent", "PonPokoBidding", "ponpoko_band"]

PATTERNS = 5


def ponpoko_band(t: float, pattern: int) -> tuple[float, float]:
    """``(low, high)`` of pattern ``pattern`` at relative time ``t``.

    >>> ponpoko_band(0.5, 1)
    (0.89, 1)
    """
    if pattern == 0:
        high = 1 - 0.1 * t
        return high - 0.1 * abs(math.sin(t * 40)), high
    if pattern == 1:
        return 1 - 0.22 * t, 1
    if pattern == 2:
        high = 1 - 0.1 * t
        return high - 0.15 * abs(math.sin(t * 20)), high
    if pattern == 3:
        return (1 - 0.3 * t if t > 0.99 else 1 - 0.1 * t), 1 - 0.05 * t
    wave = abs(math.sin(t * 20))
    return 1 - 0.21 * t * wave, 1 - 0.15 * t * wave


class PonPokoBidding(TurnBidding):
    """A random outcome in the pattern's band."""

    def __init__(self, pattern: int | None = None) -> None:
        if pattern is not None and not 0 <= pattern < PATTERNS:
            raise ValueError(f"pattern must be from 0 to {PATTERNS - 1}")
        self.pattern = pattern

    def _start(self) -> None:
        info = self.info_
        self.pattern_ = (
            int(info.rng.integers(PATTERNS)) if self.pattern is None else self.pattern
        )

    def _next(self, state: State) -> int:
        info = self.info_
        low, high = ponpoko_band(state.time, self.pattern_)
        start, stop = band(info, low, high)
        if stop <= start:  # lower the floor until an outcome fits below the ceiling
            below = int(np.searchsorted(info.ranked_utilities, high + 1e-12, side="right"))
            start, stop = max(below - 1, 0), max(below, 1)
        return int(info.ranking[info.rng.integers(start, stop)])

    def __repr__(self) -> str:
        return f"PonPokoBidding(pattern={self.pattern})"


class PonPokoAcceptance(AcceptanceStrategy):
    """Accept the latest offer when it is worth more than the band's floor."""

    def __init__(self, bidding: PonPokoBidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        low, _ = ponpoko_band(state.time, self.bidding.pattern_)
        return utility > low

    def __repr__(self) -> str:
        return "PonPokoAcceptance()"


class PonPokoAgent(Negotiator):
    """PonPokoAgent (ANAC 2017 winner). ``pattern``: fix the concession pattern (0-4)."""

    name = "ponpokoagent"

    def __init__(self, pattern: int | None = None) -> None:
        bidding = PonPokoBidding(pattern)
        super().__init__(bidding, PonPokoAcceptance(bidding))
