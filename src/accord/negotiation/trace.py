"""The record of one negotiation: every move, every event, and the result.

Moves are kept column by column (plain lists of ints, floats and strings) so that recording
costs a few appends per step; utilities are filled in once, at the end, by one array lookup
per stretch of constant preferences. A finished negotiation hands itself over as plain
data: ``to_dict()`` (the ``accord simulate --json`` document) and ``table()`` (one row per
move); :mod:`accord.io.results` writes them to files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..io.results import json_text

__all__ = ["EventRecord", "Negotiation", "Result", "Trace"]

MEDIATOR = -1
SYSTEM = -2


@dataclass(frozen=True)
class EventRecord:
    """A scenario event as it happened: when, what, and what it changed."""

    round: int
    time: float
    type: str
    id: str
    label: str
    details: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {
            "round": self.round,
            "time": self.time,
            "type": self.type,
            "id": self.id,
            "label": self.label,
            **self.details,
        }


class Trace:
    """Columns of moves: round, relative time, actor, action, outcome index, detail.

    ``actor`` is a party position, ``-1`` for the mediator or ``-2`` for the protocol
    itself; ``outcome`` is ``-1`` when a move has none.
    """

    def __init__(self, parties: tuple[str, ...], utilities: np.ndarray) -> None:
        self.parties = parties
        self.round: list[int] = []
        self.time: list[float] = []
        self.actor: list[int] = []
        self.action: list[str] = []
        self.outcome: list[int] = []
        self.detail: list[Any] = []
        self.offers_by: dict[str, list[int]] = {}
        self.events: list[EventRecord] = []
        self._segments: list[tuple[int, np.ndarray]] = [(0, utilities)]

    def actor_name(self, actor: int) -> str:
        if actor >= 0:
            return self.parties[actor]
        return "mediator" if actor == MEDIATOR else "protocol"

    def add(
        self, round_: int, time: float, actor: int, action: str, outcome: int = -1, detail=None
    ) -> None:
        self.round.append(round_)
        self.time.append(time)
        self.actor.append(actor)
        self.action.append(action)
        self.outcome.append(outcome)
        self.detail.append(detail)

    def add_offer(self, round_: int, time: float, actor: int, action: str, outcome: int) -> None:
        self.add(round_, time, actor, action, outcome)
        name = self.actor_name(actor)
        offers = self.offers_by.get(name)
        if offers is None:
            self.offers_by[name] = [outcome]
        else:
            offers.append(outcome)

    def add_event(self, record: EventRecord, public: dict[str, Any]) -> None:
        self.events.append(record)
        self.add(record.round, record.time, SYSTEM, "event", -1, public)

    def change_utilities(self, utilities: np.ndarray) -> None:
        """From the next move on, utilities come from a new matrix (a weight shift)."""
        self._segments.append((len(self.action), utilities))

    def __len__(self) -> int:
        return len(self.action)

    def utilities(self) -> np.ndarray:
        """Each party's (undiscounted) utility of each move's outcome; NaN without one."""
        out = np.full((len(self), len(self.parties)), np.nan)
        outcome = np.asarray(self.outcome, dtype=np.int64)
        bounds = [s for s, _ in self._segments[1:]] + [len(self)]
        for (start, matrix), stop in zip(self._segments, bounds):
            rows = np.arange(start, stop)
            rows = rows[outcome[start:stop] >= 0]
            out[rows] = matrix[outcome[rows]]
        return out


@dataclass(frozen=True)
class Result:
    """How the talks ended.

    ``utilities`` are discounted (``u * d**t`` at the time of agreement, or the discounted
    reservation values without one); ``raw_utilities`` are not. Distances are Euclidean, in
    undiscounted utility space, from the agreement (or the disagreement point) to the
    nearest Pareto-optimal outcome and to the Nash bargaining point. ``note`` says, in
    words, why talks ended without agreement when the protocol can tell (single text).
    """

    agreement: int | None
    round: int
    time: float
    reason: str
    utilities: tuple[float, ...]
    raw_utilities: tuple[float, ...]
    welfare: float
    pareto_distance: float
    nash_distance: float
    error: str | None = None
    error_party: str | None = None
    note: str | None = None

    @property
    def agreed(self) -> bool:
        return self.agreement is not None


@dataclass(frozen=True, eq=False)
class Negotiation:
    """A finished negotiation: who took part, the trace, and the result."""

    scenario: str
    protocol: str
    parties: tuple[str, ...]
    agents: tuple[str, ...]
    mediator: str | None
    seed: int | None
    rounds: int
    trace: Trace
    result: Result
    outcome: dict[str, Any] | None = None
    space: Any = field(default=None, repr=False)

    @property
    def events(self) -> list[EventRecord]:
        return self.trace.events

    @property
    def issues(self) -> tuple[str, ...]:
        return () if self.space is None else tuple(self.space.names)

    def moves(self) -> list[dict[str, Any]]:
        """One dict per move: round, time, party, action, outcome (options), utilities."""
        trace, space = self.trace, self.space
        utilities = trace.utilities()
        rows = []
        for k in range(len(trace)):
            index = trace.outcome[k]
            outcome = None
            if index >= 0 and space is not None:
                outcome = space.outcome(index)
            rows.append(
                {
                    "round": trace.round[k],
                    "time": trace.time[k],
                    "party": trace.actor_name(trace.actor[k]),
                    "action": trace.action[k],
                    "outcome_index": index if index >= 0 else None,
                    "outcome": outcome,
                    "utilities": None
                    if index < 0
                    else dict(zip(trace.parties, utilities[k].tolist())),
                    "detail": trace.detail[k],
                }
            )
        return rows

    def to_dict(self) -> dict[str, Any]:
        """The document ``accord simulate --json`` prints: ``agreement`` (``{issue:
        option}`` or None), ``round``, ``utilities`` (discounted, one per party), ``events``
        and ``trace`` (:meth:`moves`), plus the rest of the result."""
        result = self.result
        return {
            "scenario": self.scenario,
            "protocol": self.protocol,
            "parties": list(self.parties),
            "agents": list(self.agents),
            "mediator": self.mediator,
            "seed": self.seed,
            "rounds": self.rounds,
            "agreement": self.outcome,
            "agreement_index": result.agreement,
            "round": result.round,
            "time": result.time,
            "reason": result.reason,
            "utilities": list(result.utilities),
            "raw_utilities": list(result.raw_utilities),
            "welfare": result.welfare,
            "pareto_distance": result.pareto_distance,
            "nash_distance": result.nash_distance,
            "error": result.error,
            "error_party": result.error_party,
            "note": result.note,
            "events": [e.to_dict() for e in self.events],
            "trace": self.moves(),
        }

    def table(self) -> dict[str, list[Any]]:
        """One row per move, column by column: round, time, party, action, outcome_index,
        one column per issue (the option as text), ``u_<party>`` (undiscounted utility) and
        ``detail`` (JSON text); None where a move has no value."""
        trace = self.trace
        issues = list(self.issues)
        moves = self.moves()
        columns: dict[str, list[Any]] = {
            name: [row[name] for row in moves]
            for name in ("round", "time", "party", "action", "outcome_index")
        }
        for issue in issues:
            columns[issue] = [
                None if row["outcome"] is None else str(row["outcome"][issue]) for row in moves
            ]
        utilities = trace.utilities()
        for j, party in enumerate(trace.parties):
            columns[f"u_{party}"] = [None if np.isnan(x) else float(x) for x in utilities[:, j]]
        columns["detail"] = [None if d is None else json_text(d) for d in trace.detail]
        return columns
