"""Negotiation simulation: protocols, agents, dynamics, traces and tournaments.

>>> from accord.negotiation import negotiate
>>> from accord.model.generate import split_the_pie
>>> run = negotiate(split_the_pie(), ["linear", "linear"], rounds=11, seed=0)
>>> run.result.agreement, run.result.round
(50, 5)
"""

from .agents import check_agent
from .config import NegotiationConfig
from .protocols import SAOP, SingleText
from .run import negotiate
from .trace import EventRecord, Negotiation, Result, Trace
from .views import AgentInfo, History, MediatorInfo, Move, Response, State

__all__ = [
    "SAOP",
    "AgentInfo",
    "EventRecord",
    "History",
    "MediatorInfo",
    "NegotiationConfig",
    "Move",
    "Negotiation",
    "Response",
    "Result",
    "SingleText",
    "State",
    "Trace",
    "check_agent",
    "negotiate",
]
