"""Probable modelling mistakes: things accord computes as written but a modeller should see.

A scenario can be valid and still say something its author did not mean: weights that do
not add up to 1 (accord, like GENIUS, uses them as written and does not normalise them), or
a party whose walk-away value is above anything the table can give it (it will accept no
deal). :func:`lint` returns such findings as :class:`ModelWarning` records; nothing here
prints. Readers attach a file and line to each (``accord.io.read_with_warnings``), and the
command line prints them as ``file:line: field: warning: message`` without changing the
exit status.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..errors import located
from .issues import MAX_OPTIONS, ContinuousIssue
from .tolerance import at_least
from .values import TableValue

if TYPE_CHECKING:
    from .scenario import Scenario

__all__ = ["ModelWarning", "Places", "best_utility", "lint"]

Places = Mapping[tuple[str | int, ...], tuple[str | None, int | None, str | None]]
"""Where a reader found each part of a scenario: model path -> (file, line, field name in
that file, or None to keep the model path)."""

WEIGHT_SUM_TOLERANCE = 1e-6
"""Weights within this of summing to 1 are taken as meaning 1 (rounding in the file)."""

EXACT_BEST_LIMIT = 1 << 20
"""Packages enumerated, at most, to find a party's best one exactly when the utility does
not separate by issue (constraints, hyper-rectangles); beyond, an upper bound is used."""

TABLE_LIMIT = MAX_OPTIONS
"""Options of one issue above which its value table is not built (its best value is then
bounded by 1): the issue limit itself, so only a lowered limit makes this matter."""


@dataclass(frozen=True)
class ModelWarning:
    """One probable mistake: what, where (``field`` and, once read from a file, file and
    line) and the path of the field in the scenario model."""

    message: str
    field: str | None = None
    file: str | None = None
    line: int | None = None
    path: tuple[str | int, ...] = ()

    def format(self) -> str:
        """``file:line: field: warning: message``, leaving out what is unknown."""
        return located(f"warning: {self.message}", self.file, self.line, self.field)

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}

    def placed(self, file: str | None, line: int | None, field: str | None = None) -> ModelWarning:
        """The same warning located in a file (``field`` replaces the model path's name)."""
        return replace(self, file=file, line=line, field=field or self.field)


def lint(scenario: Scenario, places: Places | None = None) -> tuple[ModelWarning, ...]:
    """Probable mistakes in ``scenario``, in party order; never enumerates a large space.

    * a continuous issue's step does not divide ``max - min`` (its grid stops short of max);
    * a party's weights do not sum to 1 (within ``WEIGHT_SUM_TOLERANCE``);
    * a value table of an issue it weighs leaves [0, 1] (utilities capped at 1, or below 0);
    * a negotiating party's best package is worth less than its walk-away value, so it
      accepts no deal (checked exactly up to ``EXACT_BEST_LIMIT`` packages or when the
      utility separates by issue; beyond, only when an upper bound already shows it).

    ``places``, from the reader, locates each warning at the longest prefix of its model
    path that the reader saw.

    Examples
    --------
    >>> from accord.model import Scenario
    >>> s = Scenario.model_validate({"name": "x",
    ...     "issues": {"a": {"type": "categorical", "values": ["p", "q"]}},
    ...     "parties": {"me": {"weights": {"a": 0.5}, "values": {"a": {"p": 1, "q": 0}},
    ...                        "reservation_value": 0.6}}})
    >>> for w in lint(s):
    ...     print(w.format())
    parties.me.weights: warning: weights sum to 0.5, not 1; they are used as written (not normalised), so no package is worth more than 0.5
    parties.me.reservation_value: warning: the best package is worth 0.5, less than the walk-away value 0.6: this party accepts no deal
    """  # noqa: E501
    found: list[ModelWarning] = []
    for name, issue in scenario.issues.items():
        if isinstance(issue, ContinuousIssue):
            found.extend(_grid_short_of_max(name, issue))
    for key, party in scenario.parties.items():
        if party.weights:
            found.extend(_weight_sum(key, party.weights))
            found.extend(_values_outside_unit(scenario, key))
        if party.role == "party" and party.utility_kind != "none":
            found.extend(_walk_away_above_best(scenario, key))
    return tuple(_place(w, places) for w in found) if places else tuple(found)


def _place(warning: ModelWarning, places: Places) -> ModelWarning:
    for n in range(len(warning.path), 0, -1):
        if warning.path[:n] in places:
            return warning.placed(*places[warning.path[:n]])
    return warning


def _weight_sum(key: str, weights: dict[str, float]) -> list[ModelWarning]:
    total = math.fsum(weights.values())
    if total <= 0 or abs(total - 1.0) <= WEIGHT_SUM_TOLERANCE:
        return []  # all-zero weights are an input error, reported by validation
    consequence = (
        "utilities above 1 are capped at 1"
        if total > 1
        else f"no package is worth more than {_num(total)}"
    )
    path = ("parties", key, "weights")
    return [
        ModelWarning(
            f"weights sum to {_num(total)}, not 1; they are used as written "
            f"(not normalised), so {consequence}",
            field=".".join(path),
            path=path,
        )
    ]


def _grid_short_of_max(name: str, issue: ContinuousIssue) -> list[ModelWarning]:
    """A step that does not divide ``max - min``: the grid stops short of ``max``."""
    last = float(issue.numeric()[-1])
    if last >= issue.max - 1e-9 * max(1.0, abs(issue.max)):
        return []
    path = ("issues", name, "step")
    return [
        ModelWarning(
            f"the grid of step {_num(issue.step)} from {_num(issue.min)} stops at "
            f"{_num(last)}, short of max {_num(issue.max)}: {_num(issue.max)} is never offered "
            "(a step that divides max - min reaches it)",
            field=".".join(path),
            path=path,
        )
    ]


def _values_outside_unit(scenario: Scenario, key: str) -> list[ModelWarning]:
    """Value tables (the one value function not clamped to [0, 1]) of weighted issues that
    leave [0, 1]: a 0-10 scale, or GENIUS-style evaluations, capped at 1 without a word."""
    party = scenario.parties[key]
    found = []
    for name, value_fn in party.values.items():
        if not isinstance(value_fn, TableValue) or party.weights.get(name, 0.0) <= 0:
            continue
        table = value_fn.table_for(scenario.issues[name])
        low, high = float(table.min()), float(table.max())
        if low >= 0 and high <= 1:
            continue
        genius = " (GENIUS divides evaluations by their largest, accord does not)" * (high > 1)
        effects = ["utilities above 1 are capped at 1"] * (high > 1) + [
            "a utility can fall below 0"
        ] * (low < 0)
        path = ("parties", key, "values", name)
        found.append(
            ModelWarning(
                f"values of {name!r} run from {_num(low)} to {_num(high)}, outside [0, 1]; "
                f"they are used as written{genius}, so {' and '.join(effects)}",
                field=".".join(path),
                path=path,
            )
        )
    return found


def _walk_away_above_best(scenario: Scenario, key: str) -> list[ModelWarning]:
    reservation = scenario.parties[key].reservation_value
    if reservation <= 0:
        return []
    best, exact = best_utility(scenario, key)
    if at_least(best, reservation):  # up to UTILITY_TOLERANCE, like the ZOPA
        return []
    path = ("parties", key, "reservation_value")
    worth = "is worth" if exact else "is worth at most"
    return [
        ModelWarning(
            f"the best package {worth} {_num(best)}, less than the walk-away value "
            f"{_num(reservation)}: this party accepts no deal",
            field=".".join(path),
            path=path,
        )
    ]


def best_utility(scenario: Scenario, key: str) -> tuple[float, bool]:
    """The highest utility a feasible package gives party ``key``, and whether it is exact.

    Additive and ideal-point utilities separate by issue, so without constraints the best
    package takes each issue's best option: ``min(1, sum_i w_i max v_i)``, exact, with no
    enumeration. Otherwise the space is enumerated in chunks when it holds at most
    ``EXACT_BEST_LIMIT`` packages; beyond that an upper bound is returned (``exact`` False).
    """
    party = scenario.parties[key]
    space = scenario.space
    separable = party.utility_kind in ("additive", "spatial")
    if separable and not space.constraints:
        return _separable_best(scenario, key)
    if space.size <= EXACT_BEST_LIMIT:
        best = -np.inf
        for _, u in scenario.utility_chunks([key]):
            if len(u):
                best = max(best, float(u.max()))
        return (best, True) if np.isfinite(best) else (0.0, True)  # nothing is feasible
    if separable:
        return _separable_best(scenario, key)[0], False
    values = np.array([r.utility for r in party.rectangles], dtype=float)
    bound = float(values[values > 0].sum()) / float(party.max_utility)
    return min(1.0, max(0.0, bound)), False


def _separable_best(scenario: Scenario, key: str) -> tuple[float, bool]:
    """``min(1, sum_i w_i max v_i)``; exact unless an issue is too large to tabulate (its
    value functions are clamped to [0, 1], so 1 bounds it)."""
    party = scenario.parties[key]
    large = {n for n, issue in scenario.issues.items() if issue.n_options > TABLE_LIMIT}
    if party.utility_kind == "spatial":
        if large:
            return 1.0, False
        prefs = scenario.preferences(key)
        return min(1.0, math.fsum(w * t.max() for w, t in zip(prefs.weights, prefs.tables))), True
    terms = []
    for name, weight in party.weights.items():
        if name in large:
            terms.append(weight)
        elif name in party.values:
            terms.append(weight * float(party.values[name].table_for(scenario.issues[name]).max()))
    return min(1.0, math.fsum(terms)), not (large & set(party.weights))


def _num(x: float) -> str:
    """A short decimal that still shows small departures from round numbers."""
    return f"{x:.6g}"
