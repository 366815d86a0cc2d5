"""Party strategies for single-text mediation (Klein et al. 2003).

A hill climber votes for any text at least as good for it as the current one; an annealer
also accepts worse texts, with probability ``exp(-loss / T)`` where the temperature ``T``
falls linearly to zero at the deadline, which lets the text escape local optima early on.
Both ratify a final text worth at least their reservation value. In alternating offers they
demand their best outcome and accept what beats their reservation value.
"""

from __future__ import annotations

import math

from ...model.tolerance import at_least
from ..views import AgentInfo, Response, State

__all__ = ["Annealer", "HillClimber"]


class HillClimber:
    """Single-text voter: accepts a candidate text iff it is no worse than the current one."""

    name = "hillclimber"

    def on_start(self, info: AgentInfo) -> None:
        self.info_ = info

    def on_preferences(self, info: AgentInfo) -> None:
        self.info_ = info

    def propose(self, state: State) -> int:
        return self.info_.best

    def respond(self, state: State, offer: int) -> Response:
        info = self.info_
        u = float(info.utility[offer])
        if state.phase != "vote":
            return Response.ACCEPT if at_least(u, info.reservation_value) else Response.REJECT
        current = -math.inf if state.text is None else float(info.utility[state.text])
        return Response.ACCEPT if self.agrees(state, u, current) else Response.REJECT

    def agrees(self, state: State, candidate: float, current: float) -> bool:
        return at_least(candidate, current)


class Annealer(HillClimber):
    """Single-text voter that also accepts a worse text, with probability
    ``exp(-loss / (t0 * (1 - t)))``."""

    name = "annealer"

    def __init__(self, t0: float = 0.2) -> None:
        if t0 <= 0:
            raise ValueError("t0 must be positive")
        self.t0 = t0

    def agrees(self, state: State, candidate: float, current: float) -> bool:
        if at_least(candidate, current):
            return True
        temperature = self.t0 * (1.0 - state.time)
        if temperature <= 0:
            return False
        return self.info_.rng.random() < math.exp(-(current - candidate) / temperature)
