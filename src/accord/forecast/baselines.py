"""Baseline forecasts: the influence-weighted mean and Black's weighted median.

Both weigh each actor by capability times salience on each issue.  The weighted mean is the
"compromise" outcome; the weighted median is the position of the median voter, which beats
every other position in pairwise majority votes on a single dimension (Black 1948).

References
----------
Black, D. (1948). On the rationale of group decision-making. *Journal of Political Economy*
56(1), 23-34.
"""

from __future__ import annotations

import numpy as np

from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders

__all__ = ["influence_share", "weighted_mean", "weighted_median", "mean_forecast",
           "median_forecast"]


def weighted_mean(x: np.ndarray, w: np.ndarray) -> float:
    """Weighted mean of ``x`` with non-negative weights ``w`` (plain mean if all are zero).

    Examples
    --------
    >>> weighted_mean(np.array([0.0, 100.0]), np.array([3.0, 1.0]))
    25.0
    """
    total = float(np.sum(w))
    if total <= 0:
        return float(np.mean(x))
    return float(np.clip(np.dot(w, x) / total, np.min(x), np.max(x)))


def weighted_median(x: np.ndarray, w: np.ndarray) -> float:
    """Weighted median: the position with at most half the weight strictly on either side.

    When exactly half the weight lies at or below one position, the midpoint between it and
    the next position is returned.  Zero weights everywhere fall back to equal weights.

    Notes
    -----
    O(n log n) for the sort.

    Examples
    --------
    >>> weighted_median(np.array([0.0, 50.0, 100.0]), np.array([1.0, 1.0, 3.0]))
    100.0
    >>> weighted_median(np.array([0.0, 100.0]), np.array([1.0, 1.0]))
    50.0
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    if np.sum(w) <= 0:
        w = np.ones_like(x)
    order = np.argsort(x, kind="stable")
    xs, ws = x[order], w[order]
    cum = np.cumsum(ws)
    half = cum[-1] / 2.0
    k = int(np.searchsorted(cum, half * (1 - 1e-12)))
    if np.isclose(cum[k], half, rtol=1e-12, atol=0.0) and k + 1 < len(xs):
        nxt = k + 1 + int(np.flatnonzero(ws[k + 1:] > 0)[0]) if np.any(ws[k + 1:] > 0) else k
        return float((xs[k] + xs[nxt]) / 2.0)
    return float(xs[k])


def influence_share(stakeholders: Stakeholders) -> np.ndarray:
    """Each actor's share of capability times salience, averaged over issues."""
    w = stakeholders.capability[:, None] * stakeholders.salience
    tot = w.sum(axis=0)
    share = np.where(tot > 0, w / np.where(tot > 0, tot, 1.0), 1.0 / stakeholders.n_actors)
    return share.mean(axis=1)


def _baseline(stakeholders: Stakeholders, name: str, fn) -> ForecastResult:
    w = stakeholders.capability[:, None] * stakeholders.salience
    x = stakeholders.position
    forecast = np.array([fn(x[:, k], w[:, k]) for k in range(stakeholders.n_dimensions)])
    return ForecastResult(name, stakeholders.names, stakeholders.dimensions, x[None].copy(),
                          influence_share(stakeholders)[None], forecast)


def mean_forecast(stakeholders: Stakeholders) -> ForecastResult:
    """Capability-times-salience weighted mean per issue (one state, no dynamics).

    ``win_probability`` holds each actor's influence share, as no contest is simulated.
    """
    return _baseline(stakeholders, "mean", weighted_mean)


def median_forecast(stakeholders: Stakeholders) -> ForecastResult:
    """Capability-times-salience weighted median per issue (Black's median voter)."""
    return _baseline(stakeholders, "median", weighted_median)
