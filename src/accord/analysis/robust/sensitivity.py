"""Which judgement call the conclusion hinges on: one parameter at a time.

For each uncertain parameter, every other one held at its stated value, the conclusion
(is there a ZOPA; if so, which package is the Nash point) is evaluated on a grid over the
parameter's whole domain and each change is pinned down by bisection. The flip nearest
the stated value is reported, with whether it lies inside the declared range. Parameters
are ranked as in a tornado diagram (Howard 1988): by how far the margin (the best
package's smallest gain over walk-away) swings between the ends of the declared range.

References
----------
R. A. Howard, "Decision analysis: practice and promise", Management Science 34 (1988)
679-695 (tornado diagrams).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ...model import UncertainParameter
from ...model.problem import Problem
from .draws import draws_at, point_values
from .engine import BLOCK_CELLS, all_packages, conclusions

__all__ = ["Flip", "domain", "sensitivity"]

Effect = Literal["opens_zopa", "closes_zopa", "changes_nash"]

GRID = 64
"""Grid points over a parameter's domain before bisection."""

BISECTIONS = 40
"""Halvings of the bracket around a flip: 2^-40 of the domain, far below display."""

LOOKAHEAD = 3
"""Halvings decided per evaluation (its 2^3 - 1 possible midpoints evaluated together)."""


@dataclass(frozen=True)
class Flip:
    """One parameter's sensitivity.

    ``flips_at`` is the value nearest the stated one at which the conclusion changes
    (None: nowhere in the domain), ``direction`` whether that is below or above the stated
    value, ``effect`` what changes and ``nash_after`` the Nash package just past the flip
    (-1: none). ``margin_low`` and ``margin_high`` are the margin at the ends of the
    declared range (the tornado bar); ``within_range`` whether the flip lies inside it.
    """

    param: UncertainParameter
    flips_at: float | None
    direction: Literal["below", "above"] | None
    effect: Effect | None
    nash_after: int
    margin_low: float
    margin_high: float
    margin_point: float

    @property
    def within_range(self) -> bool:
        return self.flips_at is not None and self.param.low <= self.flips_at <= self.param.high

    @property
    def swing(self) -> float:
        return abs(self.margin_high - self.margin_low)


def domain(problem: Problem, param: UncertainParameter) -> tuple[float, float]:
    """Where a parameter can be searched: walk-away values and table entries in [0, 1],
    a weight from 0 to the sum of the party's stated weights (1 for saliences)."""
    if param.kind != "weight":
        return 0.0, 1.0
    j = problem.party_index(param.party)
    if problem.kinds[j] == "spatial":
        return 0.0, 1.0
    return 0.0, float(problem.weight_basis[j].sum())


def sensitivity(
    problem: Problem,
    params: Sequence[UncertainParameter],
    *,
    grid: int = GRID,
    jobs: int = 1,
    block_cells: int = BLOCK_CELLS,
) -> tuple[Flip, ...]:
    """Every parameter's flip and tornado bar, largest swing first (ties: flips inside
    their range first, then declaration order)."""
    params = tuple(params)
    if not params:
        return ()
    packages = all_packages(problem)
    stated = point_values(params)[0]
    n = len(params)

    def conclude(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per row: (ZOPA?, Nash package or -1) and the margin."""
        # nash is -1 exactly when there is no ZOPA
        return conclusions(packages, draws_at(problem, params, values),
                           block_cells=block_cells, jobs=jobs)

    # one row per (parameter, value): the parameter moved, every other one as stated
    ends = np.array([[p.low, p.high] for p in params])
    bounds = np.array([domain(problem, p) for p in params])
    points = np.linspace(0.0, 1.0, grid)[None, :] * (bounds[:, 1:] - bounds[:, :1]) + bounds[:, :1]
    points = np.concatenate([ends, points], axis=1)
    rows = np.repeat(stated[None, :], n * points.shape[1], axis=0)
    owner = np.repeat(np.arange(n), points.shape[1])
    rows[np.arange(len(rows)), owner] = points.ravel()
    nash, margin = conclude(np.vstack([stated[None, :], rows]))
    nash0, margin0 = int(nash[0]), float(margin[0])
    nash, margin = nash[1:].reshape(n, -1), margin[1:].reshape(n, -1)
    margin_ends, nash, points = margin[:, :2], nash[:, 2:], points[:, 2:]

    # the grid value nearest the stated one on each side where the conclusion differs
    brackets = []  # (parameter, agreeing value, differing value)
    for p in range(n):
        for side in (-1, 1):
            beyond = points[p] < stated[p] if side < 0 else points[p] > stated[p]
            differ = np.flatnonzero(beyond & (nash[p] != nash0))
            if not len(differ):
                continue
            g = differ.max() if side < 0 else differ.min()
            brackets.append((p, stated[p], points[p, g]))
    found = _bisect(conclude, stated, brackets, nash0)

    flips = []
    for p, param in enumerate(params):
        mine = [f for f in found if f[0] == p]
        best = min(mine, key=lambda f: abs(f[1] - stated[p]), default=None)
        if best is None:
            at, direction, effect, after = None, None, None, -1
        else:
            _, at, after = best
            direction = "below" if at < stated[p] else "above"
            effect = "opens_zopa" if nash0 < 0 else "closes_zopa" if after < 0 else "changes_nash"
        flips.append(
            Flip(param, at, direction, effect, int(after), float(margin_ends[p, 0]),
                 float(margin_ends[p, 1]), margin0)
        )
    order = sorted(range(n), key=lambda p: (-flips[p].swing, not flips[p].within_range, p))
    return tuple(flips[p] for p in order)


def _bisect(conclude, stated: np.ndarray, brackets, nash0: int):
    """Narrow every bracket to the flip, all brackets at once: (parameter, flip value,
    Nash package just past it). Each call to ``conclude`` evaluates every midpoint the
    next ``LOOKAHEAD`` halvings could test, so the halvings are those of plain bisection
    at a third of the calls."""
    if not brackets:
        return []
    which = np.array([b[0] for b in brackets])
    agree = np.array([b[1] for b in brackets], dtype=float)
    differ = np.array([b[2] for b in brackets], dtype=float)
    n = len(brackets)
    done = 0
    while done < BISECTIONS:
        steps = min(LOOKAHEAD, BISECTIONS - done)
        # the tree of possible brackets: node t's midpoint agrees -> 2t+1, differs -> 2t+2
        lows, highs, middles = [agree], [differ], []
        for t in range(2**steps - 1):
            middle = (lows[t] + highs[t]) / 2
            middles.append(middle)
            if 2 * t + 2 < 2**steps - 1:
                lows += [middle, lows[t]]
                highs += [highs[t], middle]
        middles = np.stack(middles)
        rows = np.repeat(stated[None, :], middles.size, axis=0)
        rows[np.arange(len(rows)), np.tile(which, len(middles))] = middles.ravel()
        same = conclude(rows)[0].reshape(middles.shape) == nash0
        node, pick = np.zeros(n, dtype=np.int64), np.arange(n)
        for _ in range(steps):
            middle, agrees = middles[node, pick], same[node, pick]
            agree = np.where(agrees, middle, agree)
            differ = np.where(agrees, differ, middle)
            node = 2 * node + np.where(agrees, 1, 2)
        done += steps
    rows = np.repeat(stated[None, :], n, axis=0)
    rows[np.arange(n), which] = differ
    after, _ = conclude(rows)
    return [(int(p), float(d), int(a)) for p, d, a in zip(which, differ, after)]
