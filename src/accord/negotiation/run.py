"""One call to negotiate: ``negotiate(scenario, ["boulware", "linear"], seed=1)``.

Picks the protocol (single-text mediation when a mediator is given, stacked alternating
offers otherwise), builds fresh agents from specs or classes, and returns the finished
:class:`~accord.negotiation.trace.Negotiation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Scenario
from ..model.problem import Problem, compile_problem
from .agents.registry import parse_spec
from .config import NegotiationConfig
from .lineup import lineup
from .protocols.mediated import SingleText
from .protocols.saop import SAOP
from .session import agent_name
from .trace import Negotiation

__all__ = ["negotiate"]


def negotiate(
    scenario: Scenario | Problem,
    agents: Sequence[Any] | None = None,
    config: NegotiationConfig | None = None,
    **options: Any,
) -> Negotiation:
    """Run one negotiation.

    Parameters
    ----------
    scenario
        The scenario, or its compiled :class:`~accord.model.problem.Problem` to reuse its
        arrays (utilities, rankings, frontier) across runs.
    agents
        One per negotiating party, in ``scenario.negotiators`` order: spec strings
        (``"boulware"``, ``"pkg.mod:Class(x=1)"``), classes, or agent instances. ``None``:
        the agents the scenario names, the default for parties it names none for (see
        :mod:`accord.negotiation.lineup`).
    config
        How the negotiation runs (:class:`NegotiationConfig`: rounds, seed, time_limit,
        deadline_seconds, dynamics, mediator).
    **options
        Fields of the config given by keyword (``rounds=50, seed=0``); they replace those
        of ``config``.
    """
    config = NegotiationConfig.of(config, **options)
    problem = scenario if isinstance(scenario, Problem) else compile_problem(scenario)
    built = [_build(a, "agent") for a in (lineup(problem.scenario) if agents is None else agents)]
    protocol = SAOP
    med = med_name = None
    if config.mediator is not None:
        med, med_name = _build(config.mediator, "mediator")
        protocol = SingleText
    session = protocol(
        problem,
        [a for a, _ in built],
        mediator=med,
        rounds=config.rounds,
        seed=config.seed,
        time_limit=config.time_limit,
        deadline_seconds=config.deadline_seconds,
        dynamics=config.dynamics,
        names=[n for _, n in built],
        mediator_name=med_name,
    )
    return session.run()


def _build(agent: Any, kind: str) -> tuple[Any, str]:
    if isinstance(agent, str):
        spec = parse_spec(agent, kind)
        return spec.build(), spec.text
    if isinstance(agent, type):
        instance = agent()
        return instance, agent_name(instance)
    return agent, agent_name(agent)
