"""Post-settlement settlement: after an agreement, is there a package every party prefers?

Raiffa (1985) proposed that once parties have agreed, a mediator look for packages that
leave every party better off than the agreement and, if there are any, propose one,
the agreement staying in force if anyone declines. The agreement is efficient exactly when
no such package exists. The improvements are the efficient packages that dominate the
agreement, ranked by the Nash product of the gains over it (the agreement becomes the
disagreement point).

References
----------
H. Raiffa, "Post-settlement settlements", Negotiation Journal 1 (1985) 9-12.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from ..errors import AccordInputError
from ..model.problem import Problem
from ..model.tolerance import UTILITY_TOLERANCE
from .pareto import pareto_frontier

__all__ = ["PostSettlement", "parse_agreement", "post_settlement"]

TOLERANCE = UTILITY_TOLERANCE


@dataclass(frozen=True)
class PostSettlement:
    """The agreement (outcome index and utilities) and the efficient packages that leave
    every party at least as well off and one better (``strict``: every party better),
    best Nash product of gains first. ``efficient`` when there is none."""

    agreement: int
    outcome: dict[str, object]
    utilities: tuple[float, ...]
    improvements: tuple[int, ...]
    improvement_outcomes: tuple[dict[str, object], ...]
    improvement_utilities: np.ndarray
    strict: np.ndarray

    @property
    def efficient(self) -> bool:
        return not self.improvements

    def to_dict(self) -> dict:
        """The ``"post_settlement"`` object of ``accord analyze --agreement --json``."""
        return {
            "agreement": self.outcome,
            "utilities": list(self.utilities),
            "efficient": self.efficient,
            "improvements": [
                {
                    "outcome": outcome,
                    "index": index,
                    "utilities": u.tolist(),
                    "gains": (u - np.array(self.utilities)).tolist(),
                    "every_party_better": bool(strict),
                }
                for index, outcome, u, strict in zip(
                    self.improvements, self.improvement_outcomes, self.improvement_utilities,
                    self.strict,
                )
            ],
        }


def parse_agreement(problem: Problem, text: str) -> int:
    """``issue=option,issue=option,...`` (every issue once) to an outcome index."""
    outcome: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        issue, sep, option = part.partition("=")
        if not sep:
            raise AccordInputError(f"{part!r} is not issue=option", field="--agreement")
        issue = issue.strip()
        if issue in outcome:
            raise AccordInputError(f"issue {issue!r} given twice", field="--agreement")
        outcome[issue] = option.strip()
    return agreement_index(problem, outcome)


def agreement_index(problem: Problem, outcome: Mapping[str, object]) -> int:
    """Outcome index of a feasible ``{issue: option}`` agreement; located errors."""
    space = problem.space
    unknown = [i for i in outcome if i not in space.names]
    if unknown:
        raise AccordInputError(
            f"unknown issue {unknown[0]!r}; issues are {', '.join(space.names)}",
            field="--agreement",
        )
    row = []
    for name, issue in zip(space.names, space.issues):
        if name not in outcome:
            continue
        try:
            row.append(issue.index_of(outcome[name]))
        except KeyError as err:
            raise AccordInputError(str(err.args[0]), field=f"--agreement {name}") from None
    missing = [i for i in space.names if i not in outcome]
    if missing:
        raise AccordInputError(f"no option for issue {missing[0]!r}", field="--agreement")
    index = int(space.index(np.array(row))[0])
    if problem.feasible is not None and not problem.feasible[index]:
        raise AccordInputError("the agreement breaks a constraint", field="--agreement")
    return index


def post_settlement(problem: Problem, agreement: int) -> PostSettlement:
    """The packages that improve on ``agreement`` for every party (Raiffa 1985)."""
    index = problem.feasible_index
    u = problem.utilities[index]
    a = problem.utilities[agreement]
    gain = u - a[None, :]
    better = np.all(gain >= -TOLERANCE, axis=1) & np.any(gain > TOLERANCE, axis=1)
    rows = np.flatnonzero(better)
    if len(rows):
        rows = rows[pareto_frontier(u[rows])]
        product = np.prod(np.clip(gain[rows], 0.0, None), axis=1)
        rows = rows[np.lexsort((index[rows], -gain[rows].sum(axis=1), -product))]
    return PostSettlement(
        agreement=int(agreement),
        outcome=problem.space.outcome(int(agreement)),
        utilities=tuple(float(x) for x in a),
        improvements=tuple(int(i) for i in index[rows]),
        improvement_outcomes=tuple(problem.space.outcome(int(i)) for i in index[rows]),
        improvement_utilities=u[rows],
        strict=np.all(gain[rows] > TOLERANCE, axis=1),
    )
