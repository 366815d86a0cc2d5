"""The settings of a run of KTAB's Spatial Model of Politics and the named choices they take.

They are data, not computation: KTAB's XML files carry them (``ModelParameters``, read by
:mod:`accord.io.ktab`) and :func:`accord.forecast.smp` runs with them, so they live below
both. The enum values are KTAB's own names. The defaults are KTAB's: linear victory
probability, proportional voting, conditional PCE, deterministic transitions,
``BigRRange.MID``, ``BigRAdjust.ONE_THIRD``, ``ThirdPartyCommit.SEMI``,
``InterVecBargain.S2P2``, ``BargainModel.INIT_ONLY``.

References
----------
KTAB ``doc/smpSchema.xsd``; ``KTAB/kmodel/libsrc/kmodel.cpp`` (voting, victory, PCE) and
``examples/smp/libsrc/smp.cpp`` (the SMP's own settings), github.com/KAPSARC/KTAB.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

__all__ = [
    "BargainModel",
    "BigRAdjust",
    "BigRRange",
    "InterVecBargain",
    "PCEModel",
    "SMPOptions",
    "StateTransition",
    "ThirdPartyCommit",
    "VictoryModel",
    "VotingRule",
]


class VotingRule(StrEnum):
    """How influence grows with a utility difference (KTAB names as values)."""

    BINARY = "Binary"
    PROP_BIN = "PropBin"
    PROPORTIONAL = "Prop"
    PROP_CUBIC = "PropCbc"
    CUBIC = "Cubic"
    ASYM_PROSPECT = "ASymProsp"


class VictoryModel(StrEnum):
    """How the probability of victory grows with the strength ratio of two coalitions."""

    LINEAR = "Linear"
    SQUARE = "Square"
    QUARTIC = "Quartic"
    OCTIC = "Octic"
    BINARY = "Binary"


class PCEModel(StrEnum):
    """How pairwise victory probabilities become outcome probabilities."""

    CONDITIONAL = "Conditional"
    MARKOV_INCENTIVE = "MarkovIncentive"
    MARKOV_UNIFORM = "MarkovUniform"


class BigRRange(StrEnum):
    """Range of inferred risk attitudes: ``[0, 1]``, ``[-1/2, 1]`` or ``[-1, 1]``."""

    MIN = "Min"
    MID = "Mid"
    MAX = "Max"


class BigRAdjust(StrEnum):
    """How much of actor ``i``'s own risk attitude ``h`` sees (none ... full)."""

    NONE = "None"
    ONE_THIRD = "OneThird"
    HALF = "Half"
    TWO_THIRDS = "TwoThirds"
    FULL = "Full"


class ThirdPartyCommit(StrEnum):
    """How committed a third party is to the side it joins."""

    NONE = "NoCommit"
    SEMI = "SemiCommit"
    FULL = "FullCommit"


class InterVecBargain(StrEnum):
    """Weights of the bargain interpolation: salience^a * probability^b."""

    S1P1 = "S1P1"
    S2P2 = "S2P2"
    S2PMAX = "S2PMax"


class BargainModel(StrEnum):
    """Whose interpolation makes the bargain."""

    INIT_ONLY = "InitOnlyInterp"
    INIT_RECEIVER = "InitRcvrInterp"
    POWER_WEIGHTED = "PWCompInterp"


class StateTransition(StrEnum):
    """Adopt the most probable bargain, or draw one."""

    DETERMINISTIC = "Deterministic"
    STOCHASTIC = "Stochastic"


@dataclass(frozen=True)
class SMPOptions:
    """SMP settings; the defaults are KTAB's.

    ``accommodation`` is KTAB's ideal-adjustment matrix (n, n): each state an actor's ideal
    becomes ``sum_j a_ij pos_j + (1 - sum_j a_ij) ideal_i``; ``None`` means the identity
    (ideals track positions).
    """

    victory: VictoryModel = VictoryModel.LINEAR
    voting: VotingRule = VotingRule.PROPORTIONAL
    pce: PCEModel = PCEModel.CONDITIONAL
    transition: StateTransition = StateTransition.DETERMINISTIC
    big_r_range: BigRRange = BigRRange.MID
    big_r_adjust: BigRAdjust = BigRAdjust.ONE_THIRD
    third_party: ThirdPartyCommit = ThirdPartyCommit.SEMI
    interpolation: InterVecBargain = InterVecBargain.S2P2
    bargain: BargainModel = BargainModel.INIT_ONLY
    min_steps: int = 2
    max_steps: int = 100
    min_delta_ratio: float = 0.02
    accommodation: np.ndarray | None = field(default=None, compare=False)
