"""Analysis: Pareto frontier, ZOPA, bargaining solutions and diagnosis."""

from .analyze import Analysis, analyze
from .bargaining import (
    Choice,
    bargaining_solutions,
    egalitarian_solution,
    kalai_smorodinsky_solution,
    nash_bargaining_solution,
    utilitarian_solution,
    zopa_mask,
)
from .diagnosis import Diagnosis, diagnose, shortfall
from .frontier import FrontierScan, scan_outcomes
from .packages import describe_package
from .pareto import dominates, pareto_frontier

__all__ = [
    "Analysis",
    "Choice",
    "Diagnosis",
    "FrontierScan",
    "analyze",
    "bargaining_solutions",
    "describe_package",
    "diagnose",
    "dominates",
    "egalitarian_solution",
    "kalai_smorodinsky_solution",
    "nash_bargaining_solution",
    "pareto_frontier",
    "scan_outcomes",
    "shortfall",
    "utilitarian_solution",
    "zopa_mask",
]
