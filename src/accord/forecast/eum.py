"""Bueno de Mesquita's expected-utility model, as formalised by Scholz, Calbert & Smith (2011).

On each issue separately, every round: (1) each actor's risk exponent follows from how
attractive a target it is; (2) every actor ``i`` weighs, with its own risk exponent, its
expected utility of challenging each ``j`` and ``j``'s of challenging it; (3) offers follow
(``j`` wins a confrontation, ``i`` compromises or capitulates) and each actor accepts the
offer that moves it least.  Rounds repeat until nobody moves.  The forecast is the weighted
median of the final positions (the median voter).

Positions are measured as fractions of the initial range of positions on the issue.  The
status-quo term uses ``Q = 1`` (Scholz et al.), so ``T`` and the better/worse utilities vanish.

References
----------
Bueno de Mesquita, B. (1994). Political forecasting: an expected utility method. In
*European Community Decision Making*, Yale UP, 71-104.
Scholz, J. B., Calbert, G. J., Smith, G. A. (2011). Unravelling Bueno de Mesquita's group
decision model. *Journal of Theoretical Politics* 23(4), 510-531.
"""

from __future__ import annotations

import numpy as np

from accord.forecast.baselines import weighted_median
from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders

__all__ = ["eum", "eum_probabilities", "eum_risk", "eum_step"]


def eum_probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``P[i, j]``: share of the votes ``v_k = w_k (|x_k - x_j| - |x_k - x_i|)`` backing i.

    ``P[i, j] + P[j, i] = 1``; 1/2 where nobody cares (equal positions).
    """
    dist = np.abs(x[:, None] - x[None, :])  # dist[k, i]
    v = w[:, None, None] * (dist[:, None, :] - dist[:, :, None])  # v[k, i, j]
    pro = np.maximum(v, 0.0).sum(axis=0)
    tot = np.abs(v).sum(axis=0)
    return np.where(tot > 0, pro / np.where(tot > 0, tot, 1.0), 0.5)


def _challenge_eu(delta, p, s_target, r, q: float = 1.0):
    """EU of challenging a target at distance ``delta`` won with probability ``p``."""
    u_s = 2 - 4 * (0.5 - 0.5 * delta) ** r
    u_f = 2 - 4 * (0.5 + 0.5 * delta) ** r
    u_sq = 2 - 4 * 0.5**r
    return s_target * (p * u_s + (1 - p) * u_f) + (1 - s_target) * u_s - q * u_sq


def eum_risk(x: np.ndarray, w: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Risk exponents ``r_i = (1 - R_i/3) / (1 + R_i/3)`` in [1/2, 2].

    ``R_i`` ranks how much the others gain by challenging ``i`` (computed risk-neutrally),
    scaled to [-1, 1]; exposed actors become risk acceptant (small ``r``).
    """
    p = eum_probabilities(x, w)
    delta = np.abs(x[:, None] - x[None, :])
    eu = _challenge_eu(delta, p, s[None, :], 1.0)  # eu[j, i]: j challenges i
    np.fill_diagonal(eu, 0.0)
    danger = eu.sum(axis=0)
    lo, hi = danger.min(), danger.max()
    big_r = np.zeros_like(danger) if hi - lo <= 0 else (2 * danger - hi - lo) / (hi - lo)
    return (1 - big_r / 3) / (1 + big_r / 3)


def eum_step(x: np.ndarray, w: np.ndarray, s: np.ndarray, r: np.ndarray) -> np.ndarray:
    """One round of offers on one issue; returns the new positions.

    Parameters
    ----------
    x : ndarray, shape (n,)
        Positions as fractions of the issue's range.
    w : ndarray, shape (n,)
        Capability times salience.
    s : ndarray, shape (n,)
        Salience (the probability that a target resists).
    r : ndarray, shape (n,)
        Risk exponents; actor ``i`` judges every contest with ``r[i]``.

    Notes
    -----
    From ``i``'s view, with ``a = EU(i -> j)`` and ``b = EU(j -> i)``: if ``b > a > 0``,
    ``i`` loses a confrontation and moves to ``x_j``; if ``b > 0 > a``, ``i`` moves the
    fraction ``min(1, |a| / b)`` towards ``x_j`` (compromise, or capitulation at 1).  Of its
    offers, ``i`` takes the one that moves it least.  O(n^3) for the votes.
    """
    p = eum_probabilities(x, w)
    delta = np.abs(x[:, None] - x[None, :])
    ri = r[:, None]
    a = _challenge_eu(delta, p, s[None, :], ri)  # i challenges j, as i sees it
    b = _challenge_eu(delta, p.T, s[:, None], ri)  # j challenges i, as i sees it
    move = np.full(a.shape, np.nan)
    lose = (a > 0) & (b > a)
    concede = (b > 0) & (a < 0)
    frac = np.where(concede, np.minimum(1.0, np.abs(a) / np.where(b > 0, b, 1.0)), 0.0)
    target = x[None, :] - x[:, None]
    move = np.where(lose, target, np.where(concede, frac * target, np.nan))
    np.fill_diagonal(move, np.nan)
    move[delta == 0] = np.nan
    has = ~np.all(np.isnan(move), axis=1)
    best = np.zeros_like(x)
    if has.any():
        idx = np.nanargmin(np.abs(move[has]), axis=1)
        best[has] = move[has][np.arange(int(has.sum())), idx]
    return x + best


def _condorcet_share(p: np.ndarray) -> np.ndarray:
    prod = np.prod(p, axis=1)  # diagonal is 1/2 for everyone
    return prod / prod.sum()


def eum(stakeholders: Stakeholders, *, max_rounds: int = 50, tol: float = 1e-6) -> ForecastResult:
    """Run the expected-utility model issue by issue until positions stop moving.

    Parameters
    ----------
    stakeholders : Stakeholders
    max_rounds : int
        Upper bound on rounds (all issues share the state count; a settled issue repeats).
    tol : float
        Stop once no position moves more than ``tol`` times the issue's range.

    Returns
    -------
    ForecastResult
        ``forecast`` is the capability-and-salience weighted median of the final positions;
        ``win_probability`` is, averaged over issues, each position's chance of beating all
        others (product of ``P[i, j]``, normalised).

    Examples
    --------
    >>> s = Stakeholders(["a", "b", "c"], ["x"], [1, 1, 2], [[0], [50], [100]],
    ...                  [[1], [1], [1]])
    >>> r = eum(s)
    >>> r.history[-1, :, 0].round(6).tolist(), float(r.forecast[0])
    ([50.0, 50.0, 100.0], 75.0)
    """
    pos = stakeholders.position
    sal = stakeholders.salience
    w = stakeholders.capability[:, None] * sal
    n, d = pos.shape
    lo, span = pos.min(axis=0), np.ptp(pos, axis=0)
    x = np.where(span > 0, (pos - lo) / np.where(span > 0, span, 1.0), 0.0)
    states = [x.copy()]
    for _ in range(max_rounds):
        new = x.copy()
        for k in range(d):
            if span[k] > 0:
                r = eum_risk(x[:, k], w[:, k], sal[:, k])
                new[:, k] = np.clip(eum_step(x[:, k], w[:, k], sal[:, k], r), 0.0, 1.0)
        moved = float(np.max(np.abs(new - x)))
        x = new
        states.append(x.copy())
        if moved <= tol:
            break
    hist = np.stack([lo + s * span for s in states])
    hist[:, :, span == 0] = pos[None, :, span == 0]
    win = np.stack([
        np.mean([_condorcet_share(eum_probabilities(s[:, k], w[:, k])) for k in range(d)],
                axis=0)
        for s in states
    ])
    forecast = np.array([weighted_median(hist[-1, :, k], w[:, k]) for k in range(d)])
    return ForecastResult("eum", stakeholders.names, stakeholders.dimensions, hist, win,
                          forecast)
