"""Utility functions as arrays: additive tables and GENIUS hyper-rectangles.

A preference object evaluates many outcomes at once from their option digits, and can
build the dense utility vector of a whole space by broadcasting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .space import OutcomeSpace

__all__ = ["AdditiveUtility", "HyperRectangleUtility", "Preferences"]


@dataclass(frozen=True, eq=False)
class AdditiveUtility:
    """``min(1, sum_i weights[i] * tables[i][option_i])``: linear-additive utility.

    The cap at 1 is GENIUS's rule for profiles whose weights sum to more than one.
    """

    weights: np.ndarray
    tables: tuple[np.ndarray, ...]

    def evaluate(self, digits: np.ndarray) -> np.ndarray:
        total = np.zeros(len(digits), dtype=float)
        for i, table in enumerate(self.tables):
            total += self.weights[i] * table[digits[:, i]]
        return np.minimum(total, 1.0)

    def dense(self, space: OutcomeSpace) -> np.ndarray:
        """Utility of every outcome in index order, via outer sums (no per-outcome work)."""
        space.require_enumerable()
        total = np.zeros(1, dtype=float)
        for weight, table in zip(self.weights, self.tables):
            total = (total[:, None] + weight * table[None, :]).ravel()
        return np.minimum(total, 1.0)

    def issue_values(self) -> tuple[np.ndarray, ...]:
        """Weighted contribution of each option, per issue."""
        return tuple(w * t for w, t in zip(self.weights, self.tables))


@dataclass(frozen=True, eq=False)
class HyperRectangleUtility:
    """GENIUS's nonlinear utility (ANAC 2014): a sum over the boxes an outcome falls in.

    ``low`` and ``high`` hold, per rectangle and issue, the inclusive option-index bounds
    (the full range where a rectangle says nothing about an issue). An ``exclusive``
    rectangle counts when the outcome lies outside it. The sum is divided by
    ``max_utility`` and clipped to [0, 1].
    """

    low: np.ndarray
    high: np.ndarray
    values: np.ndarray
    exclusive: np.ndarray
    max_utility: float

    def evaluate(self, digits: np.ndarray) -> np.ndarray:
        total = np.zeros(len(digits), dtype=float)
        for lo, hi, value, outside in zip(self.low, self.high, self.values, self.exclusive):
            inside = np.all((digits >= lo) & (digits <= hi), axis=1)
            total += value * (~inside if outside else inside)
        return np.clip(total / self.max_utility, 0.0, 1.0)

    def dense(self, space: OutcomeSpace) -> np.ndarray:
        space.require_enumerable()
        total = np.zeros(tuple(space.radices.tolist()), dtype=float)
        for lo, hi, value, outside in zip(self.low, self.high, self.values, self.exclusive):
            box = tuple(slice(int(a), int(b) + 1) for a, b in zip(lo, hi))
            if outside:
                total += value
                total[box] -= value
            else:
                total[box] += value
        return np.clip(total.ravel() / self.max_utility, 0.0, 1.0)


Preferences = AdditiveUtility | HyperRectangleUtility
