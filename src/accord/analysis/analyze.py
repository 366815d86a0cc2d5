"""The whole analysis of a scenario in one call: the ``accord analyze`` result.

Everything is computed on the compiled :class:`~accord.model.problem.Problem` (a scenario
is compiled once, at the entry point); the scan and the bargaining solutions are memoised
on it, so negotiations on the same problem share its frontier and Nash point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ..deprecation import renamed
from ..model import Scenario
from ..model.problem import Problem, as_problem
from .bargaining import Choice, bargaining_solutions
from .diagnosis import Diagnosis, diagnose
from .frontier import FrontierScan, scan_outcomes

__all__ = ["Analysis", "analyze", "choices"]


@dataclass(frozen=True)
class Analysis:
    """Frontier, ZOPA, bargaining solutions and diagnosis of one scenario (at t = 0)."""

    problem: Problem
    scan: FrontierScan
    solutions: dict[str, int | None]
    opposition: float
    diagnosis: Diagnosis
    ties: dict[str, dict | None] = field(default_factory=dict)

    @property
    def scenario(self) -> Scenario:
        return self.problem.scenario

    @property
    def parties(self) -> tuple[str, ...]:
        return self.problem.parties

    @property
    def reservation_values(self) -> np.ndarray:
        return self.problem.reservation_values

    @property
    def reservation(self) -> np.ndarray:
        """Deprecated name of :attr:`reservation_values`."""
        renamed("Analysis.reservation", "reservation_values")
        return self.reservation_values

    def solution_utilities(self, name: str) -> np.ndarray | None:
        row = self.solutions[name]
        return None if row is None else self.scan.frontier_utilities[row]

    def to_dict(self) -> dict:
        """The JSON document ``accord analyze --json`` prints."""
        scan, space = self.scan, self.scenario.space
        return {
            "scenario": self.scenario.name,
            "n_outcomes": space.size,
            "n_feasible": scan.n_feasible,
            "parties": list(self.parties),
            "party_names": list(self.problem.names),
            "reservation": self.reservation_values.tolist(),
            "pareto": {
                "size": len(scan.frontier_index),
                "exact": scan.exact,
                "utilities": scan.frontier_utilities.tolist(),
                "outcomes": scan.frontier_index.tolist(),
            },
            "zopa": {"size": scan.zopa_size, "empty": self.diagnosis.zopa_empty},
            "solutions": {
                name: None
                if row is None
                else {
                    "outcome": space.outcome(int(scan.frontier_index[row])),
                    "utilities": scan.frontier_utilities[row].tolist(),
                    "tie": self.ties.get(name),
                }
                for name, row in self.solutions.items()
            },
            "opposition": self.opposition,
            "extremes": {
                party: {
                    "best": {
                        "outcome": space.outcome(int(scan.best_index[j])),
                        "utility": float(scan.best_utility[j]),
                    },
                    "worst": {
                        "outcome": space.outcome(int(scan.worst_index[j])),
                        "utility": float(scan.worst_utility[j]),
                    },
                }
                for j, party in enumerate(self.parties)
            },
            "diagnosis": self.diagnosis.to_dict(),
        }


def choices(
    problem: Problem, *, seed: int = 0, progress: Callable[[int, int], None] | None = None
) -> dict[str, Choice]:
    """The four bargaining solutions on the problem's frontier, with their ties
    (memoised on the problem; see :func:`~accord.analysis.bargaining.bargaining_solutions`)."""
    scan = scan_outcomes(problem, seed=seed, progress=progress)
    return problem.memo(
        ("choices", seed),
        lambda: bargaining_solutions(
            scan.frontier_utilities,
            problem.reservation_values,
            outcomes=scan.frontier_index,
            counts=scan.frontier_count,
        ),
    )


def analyze(
    scenario: Scenario | Problem,
    *,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """Pareto frontier, ZOPA, Nash / Kalai-Smorodinsky / egalitarian / utilitarian
    solutions, opposition and diagnosis.

    Solutions are computed on the frontier, where every one of them lies; they are
    indexes into ``scan.frontier_index``. ``seed`` only matters when the space is too
    large to enumerate and the frontier is searched; ``progress(done, total)`` is then
    called as the search spends its budget.
    """
    problem = as_problem(scenario)
    scan = scan_outcomes(problem, seed=seed, progress=progress)
    u = scan.frontier_utilities
    chosen = choices(problem, seed=seed)
    solutions = {name: choice.row for name, choice in chosen.items()}
    ideal = scan.best_utility
    opposition = float(np.sqrt(((ideal[None, :] - u) ** 2).sum(axis=1)).min())
    diagnosis = diagnose(problem, scan, solutions)
    ties = {name: choice.tie for name, choice in chosen.items()}
    return Analysis(problem, scan, solutions, opposition, diagnosis, ties)
