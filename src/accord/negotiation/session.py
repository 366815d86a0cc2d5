"""What every protocol shares: agents behind guards, the clock, events, the result.

A :class:`Session` owns one negotiation's mutable state (the trace, the public
:class:`~accord.negotiation.views.State`, current reservation values and utilities, which
may change through events). Protocols subclass it and write only their loop, ``_run``.
"""

from __future__ import annotations

import operator
import time as _time
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..analysis.frontier import frontier_points, nash_point
from ..errors import AccordInputError
from ..model import Scenario, ScenarioError
from ..model.dynamics import BridgingProposal, Deadline, ReservationChange, WalkOut, WeightShift
from ..model.problem import Problem
from ..model.space import ENUMERATION_LIMIT, SpaceTooLarge
from ..seeding import spawn
from .agents.registry import parse_spec
from .config import NegotiationConfig
from .events import Schedule
from .guard import AgentFailure, Budget, Overtime
from .lineup import lineup, require_negotiators
from .trace import MEDIATOR, SYSTEM, EventRecord, Negotiation, Result, Trace
from .views import AgentInfo, History, MediatorInfo, Response, State

__all__ = [
    "MAX_OUTCOMES",
    "MEDIATOR",
    "SYSTEM",
    "Ended",
    "Session",
    "agent_name",
    "build_agent",
    "check_size",
]

ACCEPT, REJECT, END = Response.ACCEPT, Response.REJECT, Response.END

MAX_OUTCOMES = ENUMERATION_LIMIT // 5
"""Largest space simulated (10,000,000): where enumeration holds one array per outcome,
agents share about five (the utilities, and each party's ranking: order and utilities).
Derived from the one enumeration limit, :data:`~accord.model.space.ENUMERATION_LIMIT`."""


class Ended(Exception):
    """Raised inside a protocol loop when talks stop early (walk-out, deadline)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def agent_name(agent: Any) -> str:
    """How an agent is named in traces: its ``name`` attribute or its class name."""
    name = getattr(agent, "name", None)
    return name if isinstance(name, str) and name else type(agent).__name__


def build_agent(agent: Any, kind: str = "agent") -> tuple[Any, str]:
    """A fresh agent (or mediator) and its name in traces, from a spec string, a class or
    an instance (used as is)."""
    if isinstance(agent, str):
        spec = parse_spec(agent, kind)
        return spec.build(), spec.text
    if isinstance(agent, type):
        instance = agent()
        return instance, agent_name(instance)
    return agent, agent_name(agent)


def require_simulable(problem: Problem) -> None:
    """Refuse a space too large to simulate (see :data:`MAX_OUTCOMES`)."""
    problem.space.require_enumerable(MAX_OUTCOMES, "simulation")


def check_size(scenario: Scenario) -> None:
    """:func:`require_simulable` as a reader check (``read_scenario(path,
    checks=[check_size])``): a ScenarioError at ``issues``, so the refusal names the file."""
    try:
        scenario.space.require_enumerable(MAX_OUTCOMES, "simulation")
    except SpaceTooLarge as err:
        raise ScenarioError(("issues",), err.message) from None


class Session:
    """One negotiation in progress. Subclasses implement ``_run`` and set ``protocol``.

    ``problem`` is the negotiation as it stands: events that change a walk-away value or
    a party's weights replace it with a new problem (sharing every unchanged array).
    """

    protocol = ""

    def __init__(
        self,
        problem: Problem,
        agents: Sequence[Any] | None = None,
        config: NegotiationConfig | None = None,
        **options: Any,
    ) -> None:
        """``agents``: one per negotiating party (spec strings, classes or instances;
        ``None``: the scenario's own line-up); ``config`` (or its fields by keyword) says
        how the negotiation runs, its mediator included."""
        config = NegotiationConfig.of(config, **options)
        own_lineup = agents is None
        if own_lineup:  # the scenario's own line-up (which needs two negotiators)
            agents = lineup(problem.scenario)
        built = [build_agent(a, "agent") for a in agents]
        self.agents = [a for a, _ in built]
        self.names = tuple(name for _, name in built)
        self.mediator, self.mediator_name = (
            (None, None) if config.mediator is None else build_agent(config.mediator, "mediator")
        )
        require_simulable(problem)
        if not own_lineup:
            require_negotiators(problem.scenario)
        self.problem = problem
        self.config = config
        self.parties = problem.parties
        self.n = len(self.parties)
        if len(self.agents) != self.n:
            raise AccordInputError(
                f"{len(self.agents)} agent(s) for {self.n} negotiating parties "
                f"({', '.join(self.parties)})"
            )
        self.rounds = config.rounds
        self.seed = config.seed
        self.deadline_seconds = config.deadline_seconds
        self.discount_factors = problem.discount_factors
        self.note: str | None = None
        self.trace = Trace(self.parties, self.utilities)
        self.state = State(self.protocol, self.rounds, History(self.trace))
        self.budget = Budget(self.n + 1, config.time_limit)
        self.rngs = spawn(config.seed, self.n + 1)
        events = problem.scenario.dynamics if config.dynamics else ()
        self.schedule = Schedule(events, self.parties)
        self._bridges = {
            id(e): problem.space.index_of(e.outcome)
            for e in events
            if e.type == "bridging_proposal"
        }
        self._started = 0.0

    @property
    def utilities(self) -> np.ndarray:
        """Every party's utility of every outcome, as it stands now."""
        return self.problem.utilities

    @property
    def reservation_values(self) -> np.ndarray:
        """Walk-away values as they stand now."""
        return self.problem.reservation_values

    # -- private and public views -------------------------------------------------------

    def info(self, i: int) -> AgentInfo:
        """Party ``i``'s private view as it stands now."""
        problem = self.problem
        order, ranked = problem.ranking(i)
        return AgentInfo(
            key=self.parties[i],
            parties=self.parties,
            space=problem.space,
            utility=problem.column(i),
            ranking=order,
            ranked_utilities=ranked,
            reservation_value=float(self.reservation_values[i]),
            discount_factor=float(self.discount_factors[i]),
            rounds=self.rounds,
            rng=self.rngs[i],
            feasible=problem.feasible,
        )

    def mediator_info(self) -> MediatorInfo:
        return MediatorInfo(
            parties=self.parties,
            space=self.problem.space,
            rounds=self.rounds,
            rng=self.rngs[self.n],
            feasible=self.problem.feasible,
        )

    def time_at(self, round_: int) -> float:
        """Relative time: 0 in the first round, 1 in the last (or wall-clock share)."""
        t = round_ / (self.rounds - 1) if self.rounds > 1 else 0.0
        if self.deadline_seconds:
            elapsed = (_time.perf_counter() - self._started) / self.deadline_seconds
            if elapsed >= 1.0:
                raise Ended("deadline")
            t = max(t, elapsed)
        return t

    # -- running ---------------------------------------------------------------------------

    def run(self) -> Negotiation:
        """Play the negotiation to its end; agent failures become a recorded error."""
        self._started = _time.perf_counter()
        self._last = (0, 0.0)
        with self.budget:
            try:
                try:
                    self._start()
                    agreement, reason = self._run()
                    error = party = None
                except Overtime:
                    actor = self.budget.spent.index(max(self.budget.spent))
                    raise AgentFailure(actor, "exceeded its time limit") from None
            except AgentFailure as failure:
                agreement, reason, error = None, "error", failure.message
                party = self._actor_name(failure.actor)
                r, t = self._last
                self.trace.add(r, t, self._trace_actor(failure.actor), "error", -1, error)
        return self._finish(agreement, reason, error, party)

    def _run(self) -> tuple[int | None, str]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _start(self) -> None:
        for i, agent in enumerate(self.agents):
            if hasattr(agent, "on_start"):
                self.budget.call(i, agent.on_start, self.info(i))
        if self.mediator is not None and hasattr(self.mediator, "on_start"):
            self.budget.call(self.n, self.mediator.on_start, self.mediator_info())

    def _clock(self, round_: int) -> float:
        t = self.time_at(round_)
        self.state.round = round_
        self.state.time = t
        self._last = (round_, t)
        return t

    def _actor_name(self, actor: int) -> str:
        return self.parties[actor] if actor < self.n else "mediator"

    def _trace_actor(self, actor: int) -> int:
        return actor if actor < self.n else MEDIATOR

    # -- checking what agents return ------------------------------------------------------

    def _outcome(self, actor: int, value: Any) -> int:
        """An agent's offer as a valid, feasible outcome index, or AgentFailure."""
        if type(value) is not int:
            try:
                value = operator.index(value)
            except TypeError:
                raise AgentFailure(actor, f"offered {value!r}, not an outcome index") from None
        n_outcomes = self.problem.n_outcomes
        if not 0 <= value < n_outcomes:
            raise AgentFailure(actor, f"offered {value}, outside 0..{n_outcomes - 1}")
        feasible = self.problem.feasible
        if feasible is not None and not feasible[value]:
            raise AgentFailure(actor, f"offered infeasible outcome {value}")
        return value

    def _response(self, actor: int, value: Any) -> Response:
        if value.__class__ is Response:
            return value
        if value is True or value is False:
            return ACCEPT if value else REJECT
        try:
            return Response(value)
        except ValueError:
            raise AgentFailure(actor, f"answered {value!r}, not accept/reject/end") from None

    # -- events ---------------------------------------------------------------------------

    def _dynamics(self, round_: int, t: float) -> int | None:
        """Fire this round's events; returns a bridging proposal to table, if any."""
        schedule = self.schedule
        for back in schedule.returning(round_):
            id_ = f"{back.event_id}:return" if back.event_id else ""
            self._event(round_, t, "return", id_, f"{back.party} returns", {"party": back.party})
        bridge = None
        for event in schedule.due(round_):
            details: dict[str, Any] = {}
            public: dict[str, Any] = {}
            if isinstance(event, WalkOut):
                stays = schedule.walk_out(event, round_)
                details = public = {"party": event.party, "returns": stays}
                if event.returns_after is not None:
                    details["returns_after"] = event.returns_after
                self._event(round_, t, event.type, event.id, event.label, details, public)
                if not stays:
                    raise Ended("walked_out")
                continue
            if isinstance(event, ReservationChange):
                i = self.parties.index(event.party)
                old = float(self.reservation_values[i])
                new = event.value if event.value is not None else old + event.delta
                new = min(max(new, 0.0), 1.0)
                self.problem = self.problem.with_reservation_values({event.party: new})
                details = {"party": event.party, "old": old, "new": new}
                public = {"party": event.party}
                self._private_update(i)
            elif isinstance(event, WeightShift):
                i = self.parties.index(event.party)
                self.problem = self.problem.with_weights(
                    event.party, event.rescaled(self.problem.weights(event.party))
                )
                self.trace.change_utilities(self.utilities)
                details = {"party": event.party, "weights": dict(event.weights)}
                public = {"party": event.party}
                self._private_update(i)
            elif isinstance(event, BridgingProposal):
                bridge = self._bridges[id(event)]
                details = public = {"by": event.by, "outcome": dict(event.outcome)}
            elif isinstance(event, Deadline):
                last = event.ends_at if event.ends_at is not None else round_ + (event.within or 0)
                self.rounds = min(self.rounds, last + 1)
                self.state.rounds = self.rounds
                details = public = {"ends_at": last}
            self._event(round_, t, event.type, event.id, event.label, details, public)
            if isinstance(event, Deadline) and round_ >= self.rounds:
                raise Ended("deadline")
        self.state.absent = frozenset(schedule.absent)
        return bridge

    def _event(self, round_, t, kind, id_, label, details, public=None) -> None:
        record = EventRecord(round_, t, kind, id_, label, details)
        public = {"type": kind, "id": id_, "label": label, "round": round_, **(public or details)}
        self.trace.add_event(record, public)
        for i, agent in enumerate(self.agents):
            if hasattr(agent, "on_event"):
                self.budget.call(i, agent.on_event, self.state, public)
        if self.mediator is not None and hasattr(self.mediator, "on_event"):
            self.budget.call(self.n, self.mediator.on_event, self.state, public)

    def _private_update(self, i: int) -> None:
        agent = self.agents[i]
        if hasattr(agent, "on_preferences"):
            self.budget.call(i, agent.on_preferences, self.info(i))

    # -- the result -----------------------------------------------------------------------

    def _finish(self, agreement, reason, error, party) -> Negotiation:
        r, t = self._last
        if agreement is not None:
            raw = np.array(self.utilities[agreement], dtype=float)
        else:
            raw = self.reservation_values.copy()
        utilities = raw * self.discount_factors**t
        frontier = frontier_points(self.problem)
        nash = nash_point(self.problem)
        pareto = float(np.sqrt(((frontier - raw) ** 2).sum(axis=1)).min()) if len(frontier) else 0.0
        nash_d = float(np.sqrt(((nash - raw) ** 2).sum())) if nash is not None else float("nan")
        result = Result(
            agreement=agreement,
            round=r,
            time=t,
            reason=reason,
            utilities=tuple(float(x) for x in utilities),
            raw_utilities=tuple(float(x) for x in raw),
            welfare=float(utilities.sum()),
            pareto_distance=pareto,
            nash_distance=nash_d,
            error=error,
            error_party=party,
            note=self.note,
        )
        outcome = None if agreement is None else self.problem.space.outcome(agreement)
        return Negotiation(
            scenario=self.problem.scenario.name,
            protocol=self.protocol,
            parties=self.parties,
            agents=self.names,
            mediator=self.mediator_name,
            seed=self.seed,
            rounds=self.rounds,
            trace=self.trace,
            result=result,
            outcome=outcome,
            space=self.problem.space,
        )

    def _end(self, round_: int, t: float, actor: int, reason: str) -> tuple[None, str]:
        self.trace.add(round_, t, actor, "end")
        return None, reason
