"""Negotiating agents and mediators, composed BOA-style (bidding, acceptance, model).

Exports are imported on first use (:mod:`accord.lazy`): the registry loads the agents it
names, not the conformance suite or the accuracy measures."""

from typing import TYPE_CHECKING

from ...lazy import attach

__all__ = [
    "ACCombi",
    "ACConst",
    "ACNext",
    "ACPrev",
    "ACReservation",
    "ACTime",
    "AGENTS",
    "AcceptanceStrategy",
    "AdditiveModel",
    "Agent",
    "AgentSpec",
    "AllOf",
    "Annealer",
    "AnnealingMediator",
    "AnyOf",
    "BayesianModel",
    "BestOffer",
    "BiddingStrategy",
    "Boulware",
    "Conceder",
    "ConformanceReport",
    "FrequencyAgent",
    "FrequencyModel",
    "HardHeadedModel",
    "HardLiner",
    "HillClimbMediator",
    "HillClimber",
    "Linear",
    "MEDIATORS",
    "ModelAccuracy",
    "ModelBidding",
    "Negotiator",
    "OpponentModel",
    "RandomAgent",
    "RelativeTitForTat",
    "SmithModel",
    "TimeBased",
    "TimeBasedBidding",
    "TitForTatBidding",
    "check_agent",
    "model_accuracy",
    "pareto_frontier_distance",
    "parse_spec",
    "pearson_correlation",
    "split_specs",
]

__getattr__, __dir__ = attach(__name__, __all__)

if TYPE_CHECKING:
    from .acceptance import ACCombi, ACConst, ACNext, ACPrev, ACReservation, ACTime
    from .accuracy import (
        ModelAccuracy,
        model_accuracy,
        pareto_frontier_distance,
        pearson_correlation,
    )
    from .base import (
        AcceptanceStrategy,
        Agent,
        AllOf,
        AnyOf,
        BiddingStrategy,
        Negotiator,
        OpponentModel,
    )
    from .bayesian import BayesianModel
    from .conformance import ConformanceReport, check_agent
    from .frequency import (
        FrequencyAgent,
        FrequencyModel,
        HardHeadedModel,
        ModelBidding,
        SmithModel,
    )
    from .hardliner import BestOffer, HardLiner
    from .mediators import AnnealingMediator, HillClimbMediator
    from .models import AdditiveModel
    from .random_agent import RandomAgent
    from .registry import AGENTS, MEDIATORS, AgentSpec, parse_spec, split_specs
    from .timebased import Boulware, Conceder, Linear, TimeBased, TimeBasedBidding
    from .titfortat import RelativeTitForTat, TitForTatBidding
    from .voters import Annealer, HillClimber
