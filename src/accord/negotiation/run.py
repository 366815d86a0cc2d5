"""One call to negotiate: ``negotiate(scenario, ["boulware", "linear"], seed=1)``.

Picks the protocol (single-text mediation when a mediator is given, stacked alternating
offers otherwise), builds fresh agents from specs or classes, and returns the finished
:class:`~accord.negotiation.trace.Negotiation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Scenario
from ..model.problem import Problem, as_problem
from .config import NegotiationConfig
from .protocols.mediated import SingleText
from .protocols.saop import SAOP
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
    protocol = SAOP if config.mediator is None else SingleText
    return protocol(as_problem(scenario), agents, config).run()
