"""Analysis under uncertainty: how likely a deal is, what it hinges on, what could open one.

See ``docs/robust.md``.
"""

from .draws import Draws, draws_at, point_values, sample_draws
from .engine import Evaluation, Packages, all_packages, evaluate
from .montecarlo import MonteCarlo, RobustPackage, monte_carlo, package_utilities
from .probability import wilson_interval

__all__ = [
    "Draws",
    "Evaluation",
    "MonteCarlo",
    "Packages",
    "RobustPackage",
    "all_packages",
    "draws_at",
    "evaluate",
    "monte_carlo",
    "package_utilities",
    "point_values",
    "sample_draws",
    "wilson_interval",
]
