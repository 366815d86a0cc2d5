"""What the other parties have offered so far, as arrays: when, what, and worth how much.

Acceptance conditions and bidding strategies of the ANAC literature look back at the
opponents' offers: the best one so far, the ones received in a recent time window, their
mean and spread. :class:`ReceivedOffers` reads the public history incrementally (each move
once) into growing numpy buffers, so that such statistics cost one array reduction, not a
Python loop over the history. Each component that needs it keeps its own instance (no
shared mutable helper); offers by the mediator are not counted as received.
"""

from __future__ import annotations

import numpy as np

from ..views import AgentInfo, State

__all__ = ["ReceivedOffers"]


class ReceivedOffers:
    """The other negotiating parties' offers, oldest first, with our utility of each.

    Call :meth:`update` with the current state before reading; ``outcomes``, ``times``,
    ``utilities`` and ``parties`` are views of what has been read so far.
    """

    def __init__(self, info: AgentInfo) -> None:
        self.info = info
        self.seen = 0
        self.n = 0
        self._outcomes = np.empty(64, dtype=np.int64)
        self._times = np.empty(64)
        self._utilities = np.empty(64)
        self._parties: list[str] = []
        self.best = -1
        """Index (into the buffers) of the best offer for us so far; -1 before any."""

    def update(self, state: State) -> ReceivedOffers:
        history = state.history
        if len(history) == self.seen:
            return self
        me, utility, parties = self.info.index, self.info.utility, self.info.parties
        times, actors, actions, outcomes = history.columns(self.seen)
        for time, actor, action, outcome in zip(times, actors, actions, outcomes):
            if action != "offer" or actor == me or actor < 0:
                continue
            if self.n == len(self._times):
                self._grow()
            u = float(utility[outcome])
            self._outcomes[self.n] = outcome
            self._times[self.n] = time
            self._utilities[self.n] = u
            self._parties.append(parties[actor])
            if self.best < 0 or u > self._utilities[self.best]:
                self.best = self.n
            self.n += 1
        self.seen += len(actions)
        return self

    def _grow(self) -> None:
        size = 2 * len(self._times)
        for name in ("_outcomes", "_times", "_utilities"):
            old = getattr(self, name)
            new = np.empty(size, dtype=old.dtype)
            new[: self.n] = old[: self.n]
            setattr(self, name, new)

    @property
    def outcomes(self) -> np.ndarray:
        return self._outcomes[: self.n]

    @property
    def times(self) -> np.ndarray:
        return self._times[: self.n]

    @property
    def utilities(self) -> np.ndarray:
        return self._utilities[: self.n]

    @property
    def parties(self) -> list[str]:
        return self._parties

    @property
    def last_outcome(self) -> int:
        return int(self._outcomes[self.n - 1])

    @property
    def best_outcome(self) -> int:
        """Our favourite outcome among those offered (-1 before any offer)."""
        return int(self._outcomes[self.best]) if self.best >= 0 else -1

    @property
    def best_utility(self) -> float:
        return float(self._utilities[self.best]) if self.best >= 0 else -np.inf

    def since(self, time: float) -> slice:
        """The offers made strictly after relative ``time`` (a slice of the buffers)."""
        return slice(int(np.searchsorted(self.times, time, side="right")), self.n)
