"""Negotiating agents and mediators, composed BOA-style (bidding, acceptance, model)."""

from .acceptance import ACCombi, ACConst, ACNext, ACPrev, ACReservation, ACTime
from .base import (
    AcceptanceStrategy,
    Agent,
    AllOf,
    AnyOf,
    BiddingStrategy,
    Negotiator,
    OpponentModel,
)
from .conformance import ConformanceReport, check_agent
from .frequency import FrequencyAgent, FrequencyModel, ModelBidding
from .hardliner import BestOffer, HardLiner
from .mediators import AnnealingMediator, HillClimbMediator
from .random_agent import RandomAgent
from .registry import AGENTS, MEDIATORS, AgentSpec, parse_spec, split_specs
from .timebased import Boulware, Conceder, Linear, TimeBased, TimeBasedBidding
from .titfortat import RelativeTitForTat, TitForTatBidding
from .voters import Annealer, HillClimber

__all__ = [
    "AGENTS",
    "ACCombi",
    "ACConst",
    "ACNext",
    "ACPrev",
    "ACReservation",
    "ACTime",
    "AcceptanceStrategy",
    "Agent",
    "AgentSpec",
    "AllOf",
    "Annealer",
    "AnnealingMediator",
    "AnyOf",
    "BestOffer",
    "BiddingStrategy",
    "Boulware",
    "Conceder",
    "ConformanceReport",
    "FrequencyAgent",
    "FrequencyModel",
    "HardLiner",
    "HillClimbMediator",
    "HillClimber",
    "Linear",
    "MEDIATORS",
    "ModelBidding",
    "Negotiator",
    "OpponentModel",
    "RandomAgent",
    "RelativeTitForTat",
    "TimeBased",
    "TimeBasedBidding",
    "TitForTatBidding",
    "check_agent",
    "parse_spec",
    "split_specs",
]
