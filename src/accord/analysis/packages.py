"""Packages described: which option each issue gets and whose preference it meets."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import AdditiveUtility, Scenario
from ..model.problem import Problem, as_problem
from ..model.tolerance import at_least

__all__ = ["PackageView", "describe_package", "issue_swings"]


@dataclass(frozen=True)
class PackageView:
    """One outcome, readable: options per issue and, per issue, the parties whose most
    preferred option it is (empty when it is a compromise)."""

    index: int
    outcome: dict[str, object]
    utilities: tuple[float, ...]
    favours: dict[str, tuple[str, ...]]

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "utilities": list(self.utilities),
            "favours": {k: list(v) for k, v in self.favours.items()},
        }


def describe_package(
    scenario: Scenario | Problem, index: int, utilities=None
) -> PackageView:
    """Name the options of outcome ``index`` and whose favourite each one is."""
    problem = as_problem(scenario)
    space = problem.space
    digits = space.digits(index)[0]
    if utilities is None:
        utilities = problem.utilities_at([index])[0]
    preferences = dict(zip(problem.parties, problem.preferences))
    favours: dict[str, tuple[str, ...]] = {}
    for i, issue in enumerate(space.names):
        fans = []
        for party, prefs in preferences.items():
            if isinstance(prefs, AdditiveUtility) and prefs.weights[i] > 0:
                table = prefs.tables[i]
                if at_least(table[digits[i]], table.max()):
                    fans.append(party)
        favours[issue] = tuple(fans)
    return PackageView(
        index=int(index),
        outcome=space.outcome(int(index)),
        utilities=tuple(float(x) for x in utilities),
        favours=favours,
    )


def issue_swings(scenario: Scenario | Problem) -> dict[str, np.ndarray] | None:
    """Per party, how much utility each issue can swing (weight x value range).

    ``None`` when some negotiator's utility is not additive.
    """
    problem = as_problem(scenario)
    swings = {}
    for party, prefs in zip(problem.parties, problem.preferences):
        if not isinstance(prefs, AdditiveUtility):
            return None
        swings[party] = np.array(
            [w * (t.max() - t.min()) for w, t in zip(prefs.weights, prefs.tables)]
        )
    return swings
