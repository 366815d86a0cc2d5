"""Negotiation simulation: protocols, agents, dynamics, traces and tournaments.

Exports are imported on first use (:mod:`accord.lazy`): checking a scenario's agent names
does not load the protocols.

>>> from accord.negotiation import negotiate
>>> from accord.model.generate import split_the_pie
>>> run = negotiate(split_the_pie(), ["linear", "linear"], rounds=11, seed=0)
>>> run.result.agreement, run.result.round
(50, 5)
"""

from typing import TYPE_CHECKING

from ..lazy import attach

__all__ = [
    "AgentInfo",
    "EventRecord",
    "History",
    "MediatorInfo",
    "Move",
    "Negotiation",
    "NegotiationConfig",
    "Response",
    "Result",
    "SAOP",
    "SingleText",
    "State",
    "Trace",
    "check_agent",
    "negotiate",
]

__getattr__, __dir__ = attach(__name__, __all__)

if TYPE_CHECKING:
    from .agents import check_agent
    from .config import NegotiationConfig
    from .protocols import SAOP, SingleText
    from .run import negotiate
    from .trace import EventRecord, Negotiation, Result, Trace
    from .views import AgentInfo, History, MediatorInfo, Move, Response, State
