"""Voting, coalitions and probabilistic Condorcet elections (PCE), as in KTAB's ``kmodel``.

An actor ``k`` with weight ``w_k`` lends influence ``v_k(i:j) = w_k * f(u_ki - u_kj)`` to option
``i`` against ``j``; the coalition strengths ``C(i, j)`` give the probability that ``i`` beats
``j`` and, through a PCE, the probability that each option is the outcome.  The arithmetic
follows KTAB operation for operation (sums in the same order) so that results match its logs.

References
----------
Wise, B. P., Efird, B., et al. (2015). *KTAB: the KAPSARC Toolkit for Behavioral Analysis*,
KAPSARC discussion paper KS-1528-DP022A; source ``KTAB/kmodel/libsrc/kmodel.cpp``.
"""

from __future__ import annotations

import numpy as np

from accord.forecast._seq import seqprod, seqsum
from accord.model.smp_options import PCEModel, VictoryModel, VotingRule

__all__ = [
    "PCEModel",
    "VictoryModel",
    "VotingRule",
    "coalitions",
    "pce",
    "scalar_pce",
    "victory_probability",
    "vote",
]

MIN_COALITION = 1e-8  # KTAB's minC: keeps every coalition strictly positive


def vote(rule: VotingRule, weight: np.ndarray | float, ui: np.ndarray, uj: np.ndarray):
    """Influence an actor of ``weight`` lends to ``i`` over ``j`` given utilities ``ui, uj``.

    Positive means support for ``i``.  Broadcasts over arrays.

    Examples
    --------
    >>> float(vote(VotingRule.PROPORTIONAL, 2.0, 0.75, 0.25))
    1.0
    """
    du = np.subtract(ui, uj)
    if rule is VotingRule.PROPORTIONAL:
        return weight * du
    if rule is VotingRule.BINARY:
        return weight * np.clip(du / 1e-8, -1.0, 1.0)
    if rule is VotingRule.PROP_BIN:
        return weight * ((1 - 0.2) * du + 0.2 * np.clip(du / 1e-8, -1.0, 1.0))
    if rule is VotingRule.PROP_CUBIC:
        return weight * ((1 - 0.5) * du + 0.5 * (du * du * du))
    if rule is VotingRule.CUBIC:
        return weight * (du * du * du)
    if rule is VotingRule.ASYM_PROSPECT:
        return np.where(du < 0.0, weight * du, np.where(du > 0.0, (2.0 * weight * du) / 3.0, 0.0))
    raise ValueError(f"unknown voting rule {rule!r}")


def coalitions(rule: VotingRule, weight: np.ndarray, util: np.ndarray) -> np.ndarray:
    """Coalition strengths ``C[i, j]`` for options ``i`` over ``j``.

    Parameters
    ----------
    rule : VotingRule
    weight : ndarray, shape (n,)
        Voting weight of each actor.
    util : ndarray, shape (n, m)
        Utility to each actor of each option.

    Returns
    -------
    ndarray, shape (m, m)
        Non-negative strengths; only the lower triangle's votes are cast (as KTAB does), so
        ``C[j, i]`` for ``j < i`` collects the opposition to ``i`` in the ``(i:j)`` contest.

    Notes
    -----
    O(n m^2) time, O(m^2) memory: actors are added one at a time, in order.
    """
    n, m = util.shape
    if n * m * m <= 2_000_000:  # all votes at once; cumsum adds them in actor order
        v = vote(rule, weight[:, None, None], util[:, :, None], util[:, None, :])
        start = np.full((1, m, m), MIN_COALITION)
        pos = seqsum(np.concatenate([start, np.maximum(v, 0.0)]), axis=0)
        neg = seqsum(np.concatenate([start, -np.minimum(v, 0.0)]), axis=0)
    else:
        pos = np.full((m, m), MIN_COALITION)
        neg = np.full((m, m), MIN_COALITION)
        for k in range(n):
            v = vote(rule, weight[k], util[k, :, None], util[k, None, :])
            pos += np.maximum(v, 0.0)
            neg -= np.minimum(v, 0.0)
    lower = np.tri(m, m, -1, dtype=bool)
    c = np.where(lower, pos, neg.T)
    np.fill_diagonal(c, MIN_COALITION)
    return c


def _strength(model: VictoryModel, s: np.ndarray) -> np.ndarray:
    if model is VictoryModel.LINEAR:
        return s
    if model is VictoryModel.SQUARE:
        return s * s
    if model is VictoryModel.QUARTIC:
        return s * s * s * s
    if model is VictoryModel.OCTIC:
        q = s * s * s * s
        return q * q
    raise ValueError(f"unknown victory model {model!r}")


def _pair_probability(model: VictoryModel, s1: np.ndarray, s2: np.ndarray):
    if model is VictoryModel.BINARY:
        thresh = 1.10
        r12 = s1 / (s1 + s2)
        p12 = (r12 * (thresh + 1.0) - 1.0) / (thresh - 1.0)
        x1 = np.where(s1 >= thresh * s2, 1.0, np.where(s2 >= thresh * s1, 1e-6, p12))
        x2 = np.where(s1 >= thresh * s2, 1e-6, np.where(s2 >= thresh * s1, 1.0, 1 - p12))
    else:
        x1, x2 = _strength(model, s1), _strength(model, s2)
    return x1 / (x1 + x2), x2 / (x1 + x2)


def victory_probability(model: VictoryModel, c: np.ndarray) -> np.ndarray:
    """``P[i, j]``, probability that option ``i`` beats ``j`` given coalitions ``c``.

    ``P + P.T == 1`` and the diagonal is 1/2.

    Examples
    --------
    >>> victory_probability(VictoryModel.LINEAR, np.array([[1e-8, 1.0], [3.0, 1e-8]]))[1, 0]
    np.float64(0.75)
    """
    m = c.shape[0]
    low = np.tri(m, m, -1, dtype=bool)
    p_low, p_up = _pair_probability(model, c, c.T)  # [i, j] with i > j: (c_ij, c_ji)
    p = np.where(low, p_low, p_up.T)
    np.fill_diagonal(p, 0.5)
    return p


def _conditional(pv: np.ndarray) -> np.ndarray:
    p = seqprod(pv, axis=1)
    return p / seqsum(p)


def _markov_uniform(pv: np.ndarray) -> np.ndarray:
    m = pv.shape[0]
    p = np.full(m, 1.0 / m)
    change = 1.0
    while change > 1e-6:
        q = seqsum(pv * (p[:, None] + p[None, :]), axis=1) / m
        change = float(np.max(np.abs(q - p)))
        p = (p + q) / 2.0
    return p


def _markov_incentive(c: np.ndarray, model: VictoryModel) -> np.ndarray:
    m = c.shape[0]
    pv = victory_probability(model, c)
    incentive = c * pv + np.eye(m) * 1e-10
    challenge = incentive / seqsum(incentive, axis=0)[None, :]  # P[i -> j]; columns sum to 1
    p = np.full(m, 1.0 / m)
    change = 1.0
    for _ in range(1000):
        if change <= 1e-8:
            break
        ct = p[:, None] * challenge.T
        q = seqsum(pv * (ct + ct.T), axis=1)
        change = float(np.max(np.abs(q - p)))
        p = (p + q) / 2.0
    return p


def pce(model: PCEModel, victory: VictoryModel, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Outcome probabilities from coalition strengths.

    Returns
    -------
    p : ndarray, shape (m,)
        Probability that each option is the outcome.
    pv : ndarray, shape (m, m)
        Pairwise victory probabilities.
    """
    pv = victory_probability(victory, c)
    if model is PCEModel.CONDITIONAL:
        return _conditional(pv), pv
    if model is PCEModel.MARKOV_UNIFORM:
        return _markov_uniform(pv), pv
    if model is PCEModel.MARKOV_INCENTIVE:
        return _markov_incentive(c, victory), pv
    raise ValueError(f"unknown PCE model {model!r}")


def scalar_pce(
    weight: np.ndarray,
    util: np.ndarray,
    rule: VotingRule = VotingRule.PROPORTIONAL,
    victory: VictoryModel = VictoryModel.LINEAR,
    model: PCEModel = PCEModel.CONDITIONAL,
) -> np.ndarray:
    """Probability that each of ``m`` options wins a vote of ``n`` weighted actors.

    Parameters
    ----------
    weight : ndarray, shape (n,)
    util : ndarray, shape (n, m)

    Examples
    --------
    >>> p = scalar_pce(np.array([1.0, 1.0]), np.array([[1.0, 0.0], [1.0, 0.5]]))
    >>> bool(p[0] > p[1])
    True
    """
    return pce(model, victory, coalitions(rule, weight, util))[0]
