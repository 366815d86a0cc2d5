"""What an agent may see: its own private information and the public state of the talks.

Private information (:class:`AgentInfo`) is the agent's own utility array, ranking,
reservation value and discount factor; nothing about another party's preferences reaches
an agent. The public state (:class:`State`) is what any observer at the table knows: the
round, the clock, the standing offer or text, who is away, and the history of moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

import numpy as np

from ..deprecation import renamed
from ..model.space import OutcomeSpace
from ..model.tolerance import UTILITY_TOLERANCE

__all__ = ["AgentInfo", "History", "MediatorInfo", "Move", "Response", "State"]


class Response(StrEnum):
    """An answer to an offer (or, in single-text talks, to a proposed text)."""

    ACCEPT = "accept"
    REJECT = "reject"
    END = "end"


@dataclass(frozen=True, eq=False)
class AgentInfo:
    """One party's private view, given to its agent at the start (and after it changes).

    ``utility`` holds the party's undiscounted utility of every outcome (read-only);
    ``ranking`` lists the feasible outcomes from worst to best for this party and
    ``ranked_utilities`` their utilities, ascending, so that "the cheapest outcome worth at
    least u" is one ``searchsorted``.
    """

    key: str
    parties: tuple[str, ...]
    space: OutcomeSpace
    utility: np.ndarray
    ranking: np.ndarray
    ranked_utilities: np.ndarray
    reservation_value: float
    discount_factor: float
    rounds: int
    rng: np.random.Generator = field(repr=False)
    feasible: np.ndarray | None = field(default=None, repr=False)

    @property
    def index(self) -> int:
        """This party's position in the turn order."""
        return self.parties.index(self.key)

    @property
    def n_outcomes(self) -> int:
        return len(self.utility)

    @property
    def best(self) -> int:
        """This party's favourite feasible outcome."""
        return int(self.ranking[-1])

    @property
    def max_utility(self) -> float:
        return float(self.ranked_utilities[-1])

    def at_least(self, target: float) -> int:
        """The feasible outcome whose utility is the smallest one ``>= target`` (the best
        outcome when none reaches it): the usual time-based offer, in O(log n)."""
        pos = int(np.searchsorted(self.ranked_utilities, target - UTILITY_TOLERANCE, side="left"))
        return int(self.ranking[min(pos, len(self.ranking) - 1)])

    def discounted(self, utility: float, time: float) -> float:
        return utility * self.discount_factor**time

    @property
    def reservation(self) -> float:
        """Deprecated name of :attr:`reservation_value`."""
        renamed("AgentInfo.reservation", "reservation_value")
        return self.reservation_value

    @property
    def discount(self) -> float:
        """Deprecated name of :attr:`discount_factor`."""
        renamed("AgentInfo.discount", "discount_factor")
        return self.discount_factor


@dataclass(frozen=True, eq=False)
class MediatorInfo:
    """A mediator's view: the outcome space and who is at the table; no preferences."""

    parties: tuple[str, ...]
    space: OutcomeSpace
    rounds: int
    rng: np.random.Generator = field(repr=False)
    feasible: np.ndarray | None = field(default=None, repr=False)

    def is_feasible(self, outcome: int) -> bool:
        return self.feasible is None or bool(self.feasible[outcome])


class Move(NamedTuple):
    """One public record: who did what, when, with which outcome (-1 for none)."""

    round: int
    time: float
    party: str
    action: str
    outcome: int


class History(Sequence[Move]):
    """Read-only view of the public record of the talks, kept by the protocol."""

    __slots__ = ("_trace",)

    def __init__(self, trace) -> None:
        self._trace = trace

    def __len__(self) -> int:
        return len(self._trace.action)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        t = self._trace
        return Move(t.round[i], t.time[i], t.actor_name(t.actor[i]), t.action[i], t.outcome[i])

    def columns(self, start: int = 0) -> tuple[list[float], list[int], list[str], list[int]]:
        """The moves from the ``start``-th on as columns, without building a :class:`Move`
        per move: times, actors (positions in ``parties``; -1 the mediator, -2 the
        protocol), actions and outcomes (-1 for none). For agents that read every move."""
        t = self._trace
        return t.time[start:], t.actor[start:], t.action[start:], t.outcome[start:]

    def offers(self, party: str, start: int = 0) -> list[int]:
        """Outcomes ``party`` has offered (or ``"mediator"`` tabled), oldest first, from the
        ``start``-th on (to read only what is new)."""
        return self._trace.offers_by.get(party, [])[start:]


class State:
    """The public state of the talks, updated in place by the protocol before each call.

    Agents should copy what they want to keep: the protocol overwrites the fields at the
    next step. Writing to it changes nothing in the protocol.
    """

    __slots__ = (
        "protocol",
        "round",
        "time",
        "rounds",
        "standing",
        "proposer",
        "text",
        "phase",
        "absent",
        "history",
    )

    def __init__(self, protocol: str, rounds: int, history: History) -> None:
        self.protocol = protocol
        self.round = 0
        self.time = 0.0
        self.rounds = rounds
        self.standing: int | None = None
        self.proposer: str | None = None
        self.text: int | None = None
        self.phase = "offer"
        self.absent: frozenset[str] = frozenset()
        self.history = history

    @property
    def relative_time(self) -> float:
        """Deprecated name of :attr:`time` (which is relative time, as in every trace)."""
        renamed("State.relative_time", "State.time")
        return self.time
