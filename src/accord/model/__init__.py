"""What a negotiation is: issues, the outcome space, parties and their preferences, and the
stakeholders' positions that spatial forecasts start from. Exports are imported on first use
(:mod:`accord.lazy`): the agents' views need the outcome space, not every model."""

from typing import TYPE_CHECKING

from ..lazy import attach

__all__ = [
    "AdditiveUtility",
    "AgentChoice",
    "CategoricalIssue",
    "Constraint",
    "ConstraintSpec",
    "ContinuousIssue",
    "HyperRectangleUtility",
    "IntegerIssue",
    "Issue",
    "LinearValue",
    "ModelWarning",
    "Note",
    "OrdinalIssue",
    "OutcomeSpace",
    "Party",
    "Preferences",
    "Range",
    "Rectangle",
    "Scenario",
    "ScenarioError",
    "Source",
    "Stakeholders",
    "TableValue",
    "TriangularValue",
    "UTILITY_TOLERANCE",
    "UncertainParameter",
    "Uncertainty",
    "ValueFunction",
    "at_least",
    "lint",
    "uncertain_parameters",
]

__getattr__, __dir__ = attach(__name__, __all__)

if TYPE_CHECKING:
    from .issues import CategoricalIssue, ContinuousIssue, IntegerIssue, Issue, OrdinalIssue
    from .party import AgentChoice, Note, Party, Rectangle, Source
    from .preferences import AdditiveUtility, HyperRectangleUtility, Preferences
    from .scenario import ConstraintSpec, Scenario, ScenarioError
    from .space import Constraint, OutcomeSpace
    from .stakeholders import Stakeholders
    from .tolerance import UTILITY_TOLERANCE, at_least
    from .uncertainty import Range, UncertainParameter, Uncertainty, uncertain_parameters
    from .values import LinearValue, TableValue, TriangularValue, ValueFunction
    from .warnings import ModelWarning, lint
