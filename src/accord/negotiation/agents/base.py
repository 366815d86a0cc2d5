"""The agent interface, and BOA composition of agents from three parts.

Any object with ``propose(state) -> outcome index`` and ``respond(state, offer) ->
Response`` is an agent (see ``docs/agents.md``). Optional hooks: ``on_start(info)`` with the
party's private :class:`~accord.negotiation.views.AgentInfo`, ``on_preferences(info)`` when
an event changes that information, ``on_event(state, event)`` for public events.

:class:`Negotiator` builds an agent from a bidding strategy (what to offer), an acceptance
strategy (what to accept) and an optional opponent model (what the others seem to want),
after Baarslag et al. (2014), "Decoupling negotiating agents to explore the space of
negotiation strategies". Configuration is set in ``__init__``; anything learned during a
negotiation lives in attributes ending in ``_``.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

import numpy as np

from ...model.tolerance import at_least
from ..views import AgentInfo, Response, State

__all__ = [
    "AcceptanceStrategy",
    "Agent",
    "AllOf",
    "AnyOf",
    "BiddingStrategy",
    "Negotiator",
    "OpponentModel",
]

ACCEPT, REJECT = Response.ACCEPT, Response.REJECT


@runtime_checkable
class Agent(Protocol):
    """What a protocol needs from a negotiating party."""

    def propose(self, state: State) -> int: ...

    def respond(self, state: State, offer: int) -> Response: ...


class OpponentModel:
    """Learns what the other parties want from their public offers."""

    def prepare(self, info: AgentInfo) -> None:
        self.info_ = info

    def update(self, state: State) -> None:
        """Read new moves from ``state.history``."""

    def estimate(self, outcomes: np.ndarray) -> np.ndarray:
        """Estimated utility of ``outcomes`` for the opponents (the worst-off one's, for
        several): shape ``(len(outcomes),)``."""
        return np.zeros(len(outcomes))


class BiddingStrategy:
    """Chooses the next offer."""

    def prepare(self, info: AgentInfo, model: OpponentModel | None = None) -> None:
        self.info_ = info
        self.model_ = model

    def offer(self, state: State) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def target(self, state: State) -> float:
        """The utility the strategy aims at now (its next offer's utility by default)."""
        return float(self.info_.utility[self.offer(state)])


class AcceptanceStrategy:
    """Decides whether an offer is good enough; combine with ``&`` and ``|``."""

    def prepare(self, info: AgentInfo) -> None:
        self.info_ = info

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        """``utility`` of the offer on the table; ``next_utility`` of our own next offer."""
        raise NotImplementedError  # pragma: no cover - abstract

    def __and__(self, other: AcceptanceStrategy) -> AllOf:
        return AllOf(self, other)

    def __or__(self, other: AcceptanceStrategy) -> AnyOf:
        return AnyOf(self, other)


class _Composite(AcceptanceStrategy):
    """Acceptance strategies combined; each part is prepared with the same info."""

    def __init__(self, *parts: AcceptanceStrategy) -> None:
        self.parts = parts

    def prepare(self, info: AgentInfo) -> None:
        for part in self.parts:
            part.prepare(info)


class AllOf(_Composite):
    """Accept when every part accepts."""

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        return all(p.accept(state, utility, next_utility) for p in self.parts)

    def __repr__(self) -> str:
        return " & ".join(map(repr, self.parts))


class AnyOf(_Composite):
    """Accept when at least one part accepts."""

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        return any(p.accept(state, utility, next_utility) for p in self.parts)

    def __repr__(self) -> str:
        return "(" + " | ".join(map(repr, self.parts)) + ")"


class Negotiator:
    """A BOA agent: bidding strategy + acceptance strategy (+ opponent model).

    In single-text mediation it votes for a candidate text that is at least as good for it
    as the current text or that meets its current aspiration, and ratifies a final text
    worth at least its reservation value.
    """

    name = ""

    def __init__(
        self,
        bidding: BiddingStrategy,
        acceptance: AcceptanceStrategy,
        model: OpponentModel | None = None,
    ) -> None:
        self.bidding = bidding
        self.acceptance = acceptance
        self.model = model

    def on_start(self, info: AgentInfo) -> None:
        self.info_ = info
        if self.model is not None:
            self.model.prepare(info)
        self.on_preferences(info)

    def on_preferences(self, info: AgentInfo) -> None:
        """Our utility or reservation value changed: re-plan (the model is kept)."""
        self.info_ = info
        self.bidding.prepare(info, self.model)
        self.acceptance.prepare(info)

    def propose(self, state: State) -> int:
        if self.model is not None:
            self.model.update(state)
        return self.bidding.offer(state)

    def respond(self, state: State, offer: int) -> Response:
        if self.model is not None:
            self.model.update(state)
        utility = self.info_.utility
        u = utility[offer]
        if state.protocol == "single_text":
            return self._vote(state, u)
        mine = utility[self.bidding.offer(state)]
        return ACCEPT if self.acceptance.accept(state, u, mine) else REJECT

    def _vote(self, state: State, u: float) -> Response:
        info = self.info_
        if state.phase == "ratify":
            return ACCEPT if at_least(u, info.reservation_value) else REJECT
        current = -np.inf if state.text is None else info.utility[state.text]
        if at_least(u, current) or at_least(u, self.bidding.target(state)):
            return ACCEPT
        return REJECT

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.bidding!r}, {self.acceptance!r}, {self.model!r})"
