"""Why there is no deal, and the smallest change that would make one possible.

The central quantity is the *shortfall* of a package: ``max_i (d_i - u_i)``, how far the
worst-served party stays below its walk-away value. The ZOPA is empty exactly when the
smallest shortfall over all packages is positive; that minimum is the least uniform drop in
every reservation value that opens a ZOPA. A negative minimum is the ZOPA's margin.
Shortfalls within :data:`~accord.model.tolerance.UTILITY_TOLERANCE` of zero count as zero,
as in the ZOPA itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..model import AdditiveUtility, Scenario
from ..model.problem import Problem, as_problem
from ..model.tolerance import UTILITY_TOLERANCE, at_least
from .frontier import DENSE_LIMIT, FrontierScan
from .packages import PackageView, describe_package, issue_swings
from .pareto import pareto_frontier

__all__ = ["Diagnosis", "IssueBlock", "diagnose", "shortfall"]


def shortfall(utilities: np.ndarray, reservation: np.ndarray) -> np.ndarray:
    """``max_i (d_i - u_i)`` per row: positive means some party prefers walking away."""
    return (np.asarray(reservation)[None, :] - utilities).max(axis=1)


@dataclass(frozen=True)
class IssueBlock:
    """How much one issue contributes to the gap.

    ``shortfall_without`` is the least shortfall when every party gets its own best
    option on this issue at once: each side counts the issue as won, which is what taking
    it off the table, or leaving it to a later phase that each side expects to win,
    amounts to. The smaller it is, the more this issue blocks a deal.
    """

    issue: str
    shortfall_without: float
    opens_zopa: bool
    preferred: dict[str, object]

    def to_dict(self) -> dict:
        return {
            "issue": self.issue,
            "shortfall_without": self.shortfall_without,
            "opens_zopa": self.opens_zopa,
            "preferred": self.preferred,
        }


@dataclass(frozen=True)
class Diagnosis:
    """A mediator's reading of the analysis: blockers, concessions, packages."""

    zopa_empty: bool
    shortfall: float
    closest: tuple[PackageView, ...]
    party_concessions: dict[str, float | None]
    blocking_parties: tuple[str, ...]
    issue_blocks: tuple[IssueBlock, ...]
    priorities: dict[str, tuple[str, ...]]
    recommended: dict[str, PackageView] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "zopa_empty": self.zopa_empty,
            "shortfall": self.shortfall,
            "uniform_concession": max(self.shortfall, 0.0),
            "closest_packages": [p.to_dict() for p in self.closest],
            "party_concessions": self.party_concessions,
            "blocking_parties": list(self.blocking_parties),
            "issue_blocks": [b.to_dict() for b in self.issue_blocks],
            "priorities": {k: list(v) for k, v in self.priorities.items()},
            "recommended": {k: v.to_dict() for k, v in self.recommended.items()},
        }


def diagnose(
    scenario: Scenario | Problem,
    scan: FrontierScan,
    solutions: dict[str, int | None] | None = None,
    *,
    max_packages: int = 3,
) -> Diagnosis:
    """Explain the ZOPA (or its absence) in the scenario's own terms.

    ``solutions`` maps a bargaining solution's name to its row on the frontier; when the
    ZOPA is not empty those packages are the recommendations, described in words.
    """
    problem = as_problem(scenario)
    d = problem.reservation_values
    parties = problem.parties
    u = scan.frontier_utilities
    gap = shortfall(u, d)
    least = _noise_free(float(gap.min()))
    closest_rows = np.flatnonzero(gap <= least + UTILITY_TOLERANCE)[:max_packages]
    closest = tuple(
        describe_package(problem, int(scan.frontier_index[r]), u[r]) for r in closest_rows
    )
    concessions: dict[str, float | None] = {}
    for j, party in enumerate(parties):
        others = np.all(at_least(np.delete(u, j, axis=1), np.delete(d, j)[None, :]), axis=1)
        need = (d[j] - u[others, j]).min() if others.any() else None
        concessions[party] = None if need is None else max(0.0, _noise_free(float(need)))
    blocking = tuple(p for p, c in concessions.items() if c is not None and c > UTILITY_TOLERANCE)
    blocks = _issue_blocks(problem) if least > UTILITY_TOLERANCE else ()
    priorities = _priorities(problem)
    recommended: dict[str, PackageView] = {}
    for name, row in (solutions or {}).items():
        if row is None:
            continue
        same = [k for k, v in recommended.items() if v.index == int(scan.frontier_index[row])]
        if same:
            recommended[f"{same[0]}+{name}"] = recommended.pop(same[0])
        else:
            recommended[name] = describe_package(problem, int(scan.frontier_index[row]), u[row])
    return Diagnosis(
        zopa_empty=least > UTILITY_TOLERANCE,
        shortfall=least,
        closest=closest,
        party_concessions=concessions,
        blocking_parties=blocking,
        issue_blocks=blocks,
        priorities=priorities,
        recommended=recommended,
    )


def _noise_free(x: float) -> float:
    """0 for a shortfall within the utility tolerance of 0 (float noise), else ``x``."""
    return 0.0 if abs(x) <= UTILITY_TOLERANCE else x


def _issue_blocks(problem: Problem) -> tuple[IssueBlock, ...]:
    """Each issue settled in every party's favour at once (a what-if problem whose tables
    on that issue are each party's best value), and the least shortfall left."""
    space = problem.space
    if space.size > DENSE_LIMIT:
        return ()
    prefs = problem.preferences
    if not all(isinstance(p, AdditiveUtility) for p in prefs):
        return ()
    d = problem.reservation_values
    blocks = []
    for i, name in enumerate(space.names):
        settled = problem
        for party, p in zip(problem.parties, prefs):
            settled = settled.with_values(party, name, np.full_like(p.tables[i], p.tables[i].max()))
        u = settled.utilities
        if problem.feasible is not None:
            u = u[problem.feasible_index]
        least = _noise_free(float(shortfall(u[pareto_frontier(u)], d).min()))
        preferred = {
            party: space.issues[i].options[int(np.argmax(p.tables[i]))]
            for party, p in zip(problem.parties, prefs)
        }
        blocks.append(IssueBlock(name, least, least <= UTILITY_TOLERANCE, preferred))
    return tuple(sorted(blocks, key=lambda b: b.shortfall_without))


def _priorities(problem: Problem) -> dict[str, tuple[str, ...]]:
    """Per party, the issues it weighs more than the others do (its side of a trade)."""
    swings = issue_swings(problem)
    if swings is None or len(swings) < 2:
        return {}
    names = problem.space.names
    table = np.column_stack([s / max(s.sum(), 1e-300) for s in swings.values()])
    owner = table.argmax(axis=1)
    spread = table.max(axis=1) - table.min(axis=1)
    result = {}
    for j, party in enumerate(swings):
        mine = [i for i in np.argsort(-spread) if owner[i] == j and spread[i] > 0.02]
        result[party] = tuple(names[i] for i in mine)
    return result
