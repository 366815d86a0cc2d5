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

from accord.forecast._seq import seqprod, seqsum, seqsum_from
from accord.model.smp_options import PCEModel, VictoryModel, VotingRule

__all__ = [
    "PCEModel",
    "VictoryModel",
    "VotingRule",
    "coalitions",
    "conditional_pce",
    "pce",
    "scalar_pce",
    "subset_pce",
    "victory_probability",
    "vote",
]

MIN_COALITION = 1e-8  # KTAB's minC: keeps every coalition strictly positive
_BLOCK = 1 << 13  # elements per block of votes (small enough to stay in cache)


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
    weight : ndarray, shape (n,) or (..., n)
        Voting weight of each actor.
    util : ndarray, shape (..., n, m)
        Utility to each actor of each option; leading axes are independent elections.

    Returns
    -------
    ndarray, shape (..., m, m)
        Non-negative strengths; only the lower triangle's votes are cast (as KTAB does), so
        ``C[j, i]`` for ``j < i`` collects the opposition to ``i`` in the ``(i:j)`` contest.

    Notes
    -----
    O(n m^2) time and memory per election; actors' votes are added one at a time, in order.
    """
    n, m = util.shape[-2:]
    batch = util.shape[:-2]
    u = np.moveaxis(util, -2, 0).reshape(n, -1, m)  # voters first: their votes add in order
    wk = np.moveaxis(np.broadcast_to(weight, util.shape[:-1]), -1, 0).reshape(n, -1)
    pos = np.empty((u.shape[1], m, m))
    neg = np.empty((u.shape[1], m, m))
    step = max(1, _BLOCK // (n * m * m))
    for lo in range(0, u.shape[1], step):  # blocks of elections that stay in cache
        sl = slice(lo, lo + step)
        v = vote(rule, wk[:, sl, None, None], u[:, sl, :, None], u[:, sl, None, :])
        pos[sl] = seqsum_from(np.full(v.shape[1:], MIN_COALITION), np.maximum(v, 0.0))
        neg[sl] = seqsum_from(np.full(v.shape[1:], MIN_COALITION), -np.minimum(v, 0.0))
    pos, neg = pos.reshape(*batch, m, m), neg.reshape(*batch, m, m)
    lower = np.tri(m, m, -1, dtype=bool)
    c = np.where(lower, pos, np.swapaxes(neg, -1, -2))
    diag = np.arange(m)
    c[..., diag, diag] = MIN_COALITION
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
    """``P[i, j]``, probability that option ``i`` beats ``j`` given coalitions ``c`` (..., m, m).

    ``P + P.T == 1`` and the diagonal is 1/2.

    Examples
    --------
    >>> victory_probability(VictoryModel.LINEAR, np.array([[1e-8, 1.0], [3.0, 1e-8]]))[1, 0]
    np.float64(0.75)
    """
    m = c.shape[-1]
    low = np.tri(m, m, -1, dtype=bool)
    ct = np.swapaxes(c, -1, -2)
    p_low, p_up = _pair_probability(model, c, ct)  # [i, j] with i > j: (c_ij, c_ji)
    p = np.where(low, p_low, np.swapaxes(p_up, -1, -2))
    diag = np.arange(m)
    p[..., diag, diag] = 0.5
    return p


def conditional_pce(pv: np.ndarray, valid: np.ndarray | None = None) -> np.ndarray:
    """Conditional PCE: each option's chance is the product of its pairwise victories.

    ``pv`` is (..., m, m); ``valid`` (..., m), if given, marks the options taking part, so
    several elections over subsets of one set of options share ``pv``.  Left-out options
    multiply by 1 and add 0, so every probability is bit for bit that of the election held
    over the subset alone.
    """
    if valid is not None:
        pv = np.where(valid[..., None, :], pv, 1.0)
    p = seqprod(pv, axis=-1)
    if valid is not None:
        p = np.where(valid, p, 0.0)
    return p / seqsum(p, axis=-1)[..., None]


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
    """Outcome probabilities from coalition strengths ``c`` (..., m, m).

    Returns
    -------
    p : ndarray, shape (..., m)
        Probability that each option is the outcome.
    pv : ndarray, shape (..., m, m)
        Pairwise victory probabilities.
    """
    pv = victory_probability(victory, c)
    if model is PCEModel.CONDITIONAL:
        return conditional_pce(pv), pv
    if c.ndim > 2:  # the iterative models, one election at a time
        m = c.shape[-1]
        p = np.stack([pce(model, victory, x)[0] for x in c.reshape(-1, m, m)])
        return p.reshape(c.shape[:-1]), pv
    if model is PCEModel.MARKOV_UNIFORM:
        return _markov_uniform(pv), pv
    if model is PCEModel.MARKOV_INCENTIVE:
        return _markov_incentive(c, victory), pv
    raise ValueError(f"unknown PCE model {model!r}")


def subset_pce(
    weight: np.ndarray,
    util: np.ndarray,
    held: np.ndarray,
    rule: VotingRule = VotingRule.PROPORTIONAL,
    victory: VictoryModel = VictoryModel.LINEAR,
    model: PCEModel = PCEModel.CONDITIONAL,
) -> np.ndarray:
    """Several PCEs, each among the same voters over a subset of one list of options.

    Parameters
    ----------
    weight : ndarray, shape (n,) or (..., n)
    util : ndarray, shape (..., n, m)
        Utility to each of n voters of each of m options.
    held : ndarray of bool, shape (..., e, m)
        Election ``k`` is held over the options ``held[..., k, :]`` marks, in list order.

    Returns
    -------
    ndarray, shape (..., e, m)
        Each election's outcome probabilities, 0 for options it does not hold; bit for bit
        ``scalar_pce(weight, util[..., cols], ...)`` with ``cols`` its options.

    Notes
    -----
    A contest between two options depends only on the two and their order, so it is
    computed once however many elections hold it: O(n P) for the P pairs held together,
    instead of O(n m^2) per election.
    """
    *batch, n, m = util.shape
    e = held.shape[-2]
    # (voters, B m): voter k's utility of option a of election group x at x m + a
    u = np.ascontiguousarray(np.moveaxis(util.reshape(-1, n, m), 1, 0)).reshape(n, -1)
    opts = np.broadcast_to(held, (*batch, e, m)).reshape(-1, e, m)
    w = np.ascontiguousarray(np.broadcast_to(weight, (*batch, n)).reshape(-1, n).T)
    if e == 1:
        together = opts[:, 0, :, None] & opts[:, 0, None, :]
    else:
        together = np.matmul(opts.swapaxes(1, 2).astype(float), opts.astype(float)) > 0
    g, a, b = np.nonzero(together & np.tri(m, m, -1, dtype=bool))  # pairs a > b
    pos = np.empty(g.size)  # C[a, b]
    neg = np.empty(g.size)  # C[b, a]
    ga, gb = g * m + a, g * m + b
    step = max(1, _BLOCK // n)
    for lo in range(0, g.size, step):  # blocks of pairs that stay in cache
        sl = slice(lo, lo + step)
        gs = g[sl]
        v = vote(rule, np.take(w, gs, axis=1), np.take(u, ga[sl], axis=1),
                 np.take(u, gb[sl], axis=1))  # (voters, pairs): voter order
        pos[sl] = seqsum_from(np.full(gs.size, MIN_COALITION), np.maximum(v, 0.0))
        neg[sl] = seqsum_from(np.full(gs.size, MIN_COALITION), -np.minimum(v, 0.0))
    p = np.zeros(opts.shape)
    if model is PCEModel.CONDITIONAL:
        pv = np.ones((opts.shape[0], m, m))
        pv[g, a, b], pv[g, b, a] = _pair_probability(victory, pos, neg)
        diag = np.arange(m)
        pv[:, diag, diag] = 0.5
        x, k, i = np.nonzero(opts)  # option i of election k: product over k's options
        p[x, k, i] = seqprod(np.where(opts[x, k], pv[x, i], 1.0), axis=-1)
        p /= seqsum(p, axis=-1)[..., None]
    else:
        c = np.full((opts.shape[0], m, m), MIN_COALITION)
        c[g, a, b], c[g, b, a] = pos, neg
        for x, k in np.ndindex(*opts.shape[:2]):
            cols = np.flatnonzero(opts[x, k])
            p[x, k, cols] = pce(model, victory, c[x][np.ix_(cols, cols)])[0]
    return p.reshape(*batch, e, m)


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
