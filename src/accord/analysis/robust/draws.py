"""Draws of the uncertain parameters, turned into per-issue utility terms.

Additive utilities are linear in weights and value tables: ``u = sum_i w_i t_i[option_i]``.
A draw therefore only needs, per party and issue, the weighted table ``w_i * t_i`` (one
row per draw); the utility of any package in any draw is a sum of look-ups into those rows
(:mod:`accord.analysis.robust.engine`). Parties none of whose parameters vary keep their
compiled utility column, bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ...errors import AccordInputError
from ...model import AdditiveUtility, UncertainParameter
from ...model.problem import Problem
from ...model.uncertainty import inverse_cdf
from ...seeding import generator

__all__ = ["Draws", "draws_at", "point_values", "sample_draws"]


@dataclass(frozen=True, eq=False)
class Draws:
    """Parameter vectors to evaluate, one row per draw.

    ``values[s, p]`` is parameter ``params[p]`` in draw ``s``; ``reservation_values[s, j]`` the
    walk-away value of party ``j``; ``terms[j]`` is None when party ``j``'s utility does not
    vary, else one array per issue of shape (draws, options): the weighted value table.
    """

    params: tuple[UncertainParameter, ...]
    values: np.ndarray
    reservation_values: np.ndarray
    terms: tuple[tuple[np.ndarray, ...] | None, ...]

    @property
    def n(self) -> int:
        return self.reservation_values.shape[0]

    def rows(self, index: np.ndarray | slice) -> Draws:
        """The draws at ``index`` only."""
        return Draws(
            self.params,
            self.values[index],
            self.reservation_values[index],
            tuple(None if t is None else tuple(x[index] for x in t) for t in self.terms),
        )


def point_values(params: Sequence[UncertainParameter]) -> np.ndarray:
    """The stated value of every parameter, as one row."""
    return np.array([[p.point for p in params]], dtype=float).reshape(1, len(params))


def sample_draws(
    problem: Problem, params: Sequence[UncertainParameter], n: int, seed: int = 0
) -> Draws:
    """``n`` independent draws of ``params`` from one seed (:func:`accord.seeding.generator`):
    the same seed gives the same draws, bit for bit."""
    if n < 1:
        raise AccordInputError(f"the number of draws must be at least 1, not {n}")
    rng = generator(seed)
    u = rng.random((n, len(params)))
    columns = [np.array([getattr(p, f) for p in params], dtype=float) for f in
               ("low", "mode", "high")]
    triangular = np.array([p.distribution == "triangular" for p in params], dtype=bool)
    return draws_at(problem, params, inverse_cdf(u, *columns, triangular))


def draws_at(problem: Problem, params: Sequence[UncertainParameter], values: np.ndarray) -> Draws:
    """Draws with the given parameter values (rows: draws, columns: ``params``).

    Drawn weights are rescaled to the stated total (saliences of ideal-point utilities to
    1, as when the utility is built), so a weight's range moves its share.
    """
    params = tuple(params)
    values = np.asarray(values, dtype=float)
    values = values.reshape(values.shape[0] if values.ndim else 1, len(params))
    n = values.shape[0]
    reservation = np.tile(problem.reservation_values, (n, 1))
    varied: dict[int, list[int]] = {}
    for p, param in enumerate(params):
        j = problem.party_index(param.party)
        if param.kind == "reservation_value":
            reservation[:, j] = values[:, p]
        else:
            varied.setdefault(j, []).append(p)
    terms = tuple(
        _terms(problem, j, [params[p] for p in varied[j]], values[:, varied[j]])
        if j in varied
        else None
        for j in range(problem.n_parties)
    )
    return Draws(params, values, reservation, terms)


def _terms(
    problem: Problem, j: int, params: list[UncertainParameter], values: np.ndarray
) -> tuple[np.ndarray, ...]:
    prefs = problem.preferences[j]
    if not isinstance(prefs, AdditiveUtility):  # the validator allows walk-away ranges only
        raise AccordInputError(f"{problem.parties[j]!r} has no weights or values to draw")
    n = values.shape[0]
    names = problem.space.names
    drawn_weight = any(param.kind == "weight" for param in params)
    spatial = problem.kinds[j] == "spatial"
    # saliences are drawn before they are normalised; additive weights are the basis itself
    start = problem.weight_basis[j] if drawn_weight and spatial else prefs.weights
    weights = np.tile(start, (n, 1))
    tables = [np.tile(t, (n, 1)) for t in prefs.tables]
    for p, param in enumerate(params):
        i = names.index(param.issue)
        if param.kind == "weight":
            weights[:, i] = values[:, p]
        else:
            o = problem.space.issues[i].index_of(param.option)
            tables[i][:, o] = values[:, p]
    if drawn_weight:
        if spatial:
            drawn = weights.sum(axis=1, keepdims=True)
            weights = weights / np.where(drawn > 0, drawn, 1.0)
        else:
            total = problem.weight_basis[j].sum()
            drawn = weights.sum(axis=1, keepdims=True)
            weights = weights * (total / np.where(drawn > 0, drawn, 1.0))
    # the same products the compiled utility forms: weight * table, issue by issue
    return tuple(weights[:, [i]] * tables[i] for i in range(len(tables)))
