"""Forecasting an unordered issue: a weighted vote over its options.

Spatial models need a line; an issue whose options have no order (which body governs, which
site is chosen) is forecast by voting instead, each actor weighing capability x salience:

- **plurality**: each actor's weight goes to its first choice (shared equally among options
  it values equally at the top); the option with most support wins;
- **Condorcet**: option a beats b when more weight prefers a to b than b to a (by each actor's
  value of the options; an actor that only states a position prefers it to every other
  option and is indifferent among the rest); the option that beats every other wins, and
  there may be none (a cycle).

The forecast is the Condorcet winner when there is one, otherwise the plurality winner; ties
go to the option listed first. With first choices only, the two rules agree.

References
----------
Condorcet, N. de (1785). *Essai sur l'application de l'analyse à la probabilité des
décisions rendues à la pluralité des voix*. Black, D. (1958). *The Theory of Committees and
Elections*. Cambridge University Press.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.model.stakeholders import CategoricalStakes

__all__ = ["CategoricalForecast", "vote_categorical"]


@dataclass(frozen=True, eq=False)
class CategoricalForecast:
    """The vote on one unordered issue, in its option names."""

    issue: str
    options: tuple[str, ...]
    support: np.ndarray  # (k,) share of the weight whose first choice each option is
    pairwise: np.ndarray  # (k, k) weight preferring option a to option b
    plurality: str
    condorcet: str | None

    @property
    def forecast(self) -> str:
        return self.condorcet if self.condorcet is not None else self.plurality

    @property
    def rule(self) -> str:
        return "condorcet" if self.condorcet is not None else "plurality"

    def to_dict(self) -> dict[str, Any]:
        return {
            "options": list(self.options),
            "forecast": self.forecast,
            "rule": self.rule,
            "plurality": self.plurality,
            "condorcet": self.condorcet,
            "support": {o: float(v) for o, v in zip(self.options, self.support, strict=True)},
        }


def vote_categorical(stakes: CategoricalStakes) -> CategoricalForecast:
    """Plurality and Condorcet votes over ``stakes``' options (see the module docstring).

    Examples
    --------
    >>> s = CategoricalStakes("site", ("north", "south", "east"), ("a", "b", "c"),
    ...                       np.array([3.0, 2.0, 2.0]),
    ...                       np.array([[1, 0, .5], [0, 1, .5], [.2, .1, 1]]))
    >>> v = vote_categorical(s)
    >>> v.plurality, v.condorcet, v.forecast
    ('north', 'east', 'east')
    """
    u, w = stakes.utility, stakes.weight
    if w.sum() <= 0:  # nobody cares: every actor counts the same
        w = np.ones_like(w)
    top = u >= u.max(axis=1, keepdims=True)
    support = (w[:, None] * top / top.sum(axis=1, keepdims=True)).sum(axis=0) / w.sum()
    prefers = u[:, :, None] > u[:, None, :]  # (actors, a, b): a strictly better than b
    pairwise = np.einsum("i,iab->ab", w, prefers)
    beats = pairwise > pairwise.T
    k = len(stakes.options)
    wins = beats.sum(axis=1) == k - 1
    condorcet = stakes.options[int(np.argmax(wins))] if wins.any() else None
    plurality = stakes.options[int(np.argmax(support))]
    return CategoricalForecast(stakes.issue, stakes.options, support, pairwise, plurality,
                               condorcet)
