"""The random baseline: any outcome it can live with, accepted at random.

Seeded from the negotiation's seed (``info.rng``), so it too is reproducible.
"""

from __future__ import annotations

import numpy as np

from ...model.tolerance import UTILITY_TOLERANCE, at_least
from ..views import AgentInfo, Response, State

__all__ = ["RandomAgent"]


class RandomAgent:
    """Offers uniformly among outcomes worth at least its reservation value; accepts such
    an offer with probability ``p_accept``."""

    name = "random"

    def __init__(self, p_accept: float = 0.5) -> None:
        if not 0 <= p_accept <= 1:
            raise ValueError("p_accept must be in [0, 1]")
        self.p_accept = p_accept

    def on_start(self, info: AgentInfo) -> None:
        self.on_preferences(info)

    def on_preferences(self, info: AgentInfo) -> None:
        self.info_ = info
        floor = info.reservation_value - UTILITY_TOLERANCE
        start = int(np.searchsorted(info.ranked_utilities, floor))
        self.first_ = min(start, len(info.ranking) - 1)

    def propose(self, state: State) -> int:
        info = self.info_
        return int(info.ranking[info.rng.integers(self.first_, len(info.ranking))])

    def respond(self, state: State, offer: int) -> Response:
        info = self.info_
        acceptable = at_least(info.utility[offer], info.reservation_value)
        if state.phase == "ratify":
            return Response.ACCEPT if acceptable else Response.REJECT
        if acceptable and info.rng.random() < self.p_accept:
            return Response.ACCEPT
        return Response.REJECT
