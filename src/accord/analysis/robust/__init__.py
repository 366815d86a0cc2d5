"""Analysis under uncertainty: how likely a deal is, what it hinges on, what could open one.

See ``docs/robust.md``.
"""

from .analysis import RobustAnalysis, robust_analysis
from .concessions import Bridge, OutsideChange, bridges, outside_changes
from .deferral import Deferral, beliefs, deferral_packages, deferrals, point_deferral
from .draws import Draws, draws_at, point_values, sample_draws
from .engine import Evaluation, Packages, all_packages, conclusions, evaluate, has_zopa
from .montecarlo import MonteCarlo, RobustPackage, monte_carlo, package_utilities
from .probability import wilson_interval
from .sensitivity import Flip, sensitivity

__all__ = [
    "Bridge",
    "Deferral",
    "Draws",
    "Flip",
    "OutsideChange",
    "RobustAnalysis",
    "Evaluation",
    "MonteCarlo",
    "Packages",
    "RobustPackage",
    "all_packages",
    "beliefs",
    "bridges",
    "conclusions",
    "deferral_packages",
    "deferrals",
    "draws_at",
    "evaluate",
    "has_zopa",
    "monte_carlo",
    "outside_changes",
    "package_utilities",
    "point_deferral",
    "point_values",
    "robust_analysis",
    "sample_draws",
    "sensitivity",
    "wilson_interval",
]
