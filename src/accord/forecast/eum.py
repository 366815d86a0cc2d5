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

from collections.abc import Callable, Sequence

import numpy as np

from accord.forecast._seq import seqsum
from accord.forecast.baselines import weighted_median
from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders

__all__ = ["eum", "eum_many", "eum_probabilities", "eum_risk", "eum_step"]


def eum_probabilities(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``P[i, j]``: share of the votes ``v_k = w_k (|x_k - x_j| - |x_k - x_i|)`` backing i.

    ``x`` and ``w`` are (..., n); leading axes are independent issues.  ``P[i, j] + P[j, i]
    = 1``; 1/2 where nobody cares (equal positions).
    """
    xk = np.moveaxis(x, -1, 0)[..., None]
    dist = np.abs(xk - x)  # dist[k, ..., i]
    wk = np.moveaxis(w, -1, 0)[..., None, None]
    pro = tot = np.zeros(0)
    for k in range(x.shape[-1]):  # voters one at a time, in order (small arrays, in cache)
        v = wk[k] * (dist[k, ..., None, :] - dist[k, ..., :, None])  # w_k (d_kj - d_ki)
        if k == 0:
            pro, tot = np.maximum(v, 0.0), np.abs(v)
        else:
            pro += np.maximum(v, 0.0)
            tot += np.abs(v)
    # C order: numpy's sums later on depend on the memory layout (pairwise along rows)
    return np.ascontiguousarray(np.where(tot > 0, pro / np.where(tot > 0, tot, 1.0), 0.5))


def _utilities(delta: np.ndarray, r) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Utilities of success, failure and the status quo at distance ``delta``, exponent r."""
    u_s = 2 - 4 * (0.5 - 0.5 * delta) ** r
    u_f = 2 - 4 * (0.5 + 0.5 * delta) ** r
    u_sq = 2 - 4 * 0.5**r
    return u_s, u_f, u_sq


def _challenge_eu(utilities, p, s_target, q: float = 1.0):
    """EU of challenging a target won with probability ``p`` (utilities from _utilities)."""
    u_s, u_f, u_sq = utilities
    return s_target * (p * u_s + (1 - p) * u_f) + (1 - s_target) * u_s - q * u_sq


def _distances(x: np.ndarray) -> np.ndarray:
    return np.abs(x[..., :, None] - x[..., None, :])


def eum_risk(x: np.ndarray, w: np.ndarray, s: np.ndarray, p: np.ndarray | None = None):
    """Risk exponents ``r_i = (1 - R_i/3) / (1 + R_i/3)`` in [1/2, 2].

    ``R_i`` ranks how much the others gain by challenging ``i`` (computed risk-neutrally),
    scaled to [-1, 1]; exposed actors become risk acceptant (small ``r``).  Arrays are
    (..., n); ``p`` is :func:`eum_probabilities` if already at hand.
    """
    p = eum_probabilities(x, w) if p is None else p
    n = x.shape[-1]
    eu = _challenge_eu(_utilities(_distances(x), 1.0), p, s[..., None, :])  # j -> i
    eu[..., np.arange(n), np.arange(n)] = 0.0
    danger = seqsum(eu, axis=-2)
    lo = np.min(danger, axis=-1, keepdims=True)
    hi = np.max(danger, axis=-1, keepdims=True)
    flat = hi - lo <= 0
    big_r = np.where(flat, 0.0, (2 * danger - hi - lo) / np.where(flat, 1.0, hi - lo))
    return (1 - big_r / 3) / (1 + big_r / 3)


def eum_step(
    x: np.ndarray, w: np.ndarray, s: np.ndarray, r: np.ndarray, p: np.ndarray | None = None,
) -> np.ndarray:
    """One round of offers on one issue; returns the new positions.

    Parameters
    ----------
    x : ndarray, shape (..., n)
        Positions as fractions of the issue's range.
    w : ndarray, shape (..., n)
        Capability times salience.
    s : ndarray, shape (..., n)
        Salience (the probability that a target resists).
    r : ndarray, shape (..., n)
        Risk exponents; actor ``i`` judges every contest with ``r[i]``.
    p : ndarray, shape (..., n, n), optional
        :func:`eum_probabilities` if already at hand.

    Notes
    -----
    From ``i``'s view, with ``a = EU(i -> j)`` and ``b = EU(j -> i)``: if ``b > a > 0``,
    ``i`` loses a confrontation and moves to ``x_j``; if ``b > 0 > a``, ``i`` moves the
    fraction ``min(1, |a| / b)`` towards ``x_j`` (compromise, or capitulation at 1).  Of its
    offers, ``i`` takes the one that moves it least.  O(n^3) for the votes.
    """
    p = eum_probabilities(x, w) if p is None else p
    n = x.shape[-1]
    delta = _distances(x)
    u = _utilities(delta, r[..., :, None])  # as i sees every contest
    a = _challenge_eu(u, p, s[..., None, :])  # i challenges j
    b = _challenge_eu(u, np.swapaxes(p, -1, -2), s[..., :, None])  # j challenges i
    lose = (a > 0) & (b > a)
    concede = (b > 0) & (a < 0)
    frac = np.where(concede, np.minimum(1.0, np.abs(a) / np.where(b > 0, b, 1.0)), 0.0)
    target = x[..., None, :] - x[..., :, None]
    move = np.where(lose, target, np.where(concede, frac * target, np.nan))
    move[..., np.arange(n), np.arange(n)] = np.nan
    move[delta == 0] = np.nan
    size = np.where(np.isnan(move), np.inf, np.abs(move))
    pick = np.argmin(size, axis=-1)[..., None]  # the first of the smallest moves
    best = np.take_along_axis(move, pick, axis=-1)[..., 0]
    return x + np.where(np.isnan(best), 0.0, best)


def _condorcet_share(p: np.ndarray) -> np.ndarray:
    prod = np.prod(p, axis=-1)  # diagonal is 1/2 for everyone
    return prod / prod.sum(axis=-1, keepdims=True)


def _run(
    runs: Sequence[Stakeholders], max_rounds: int, tol: float,
    on_done: Callable[[int], None] | None,
) -> list[ForecastResult]:
    """EUM on runs with the same number of actors and issues, in lockstep.

    Arrays are (G, d, n): run, issue, actor, the actors of each run in canonical order
    (:func:`_canonical`).  A run leaves the batch when it stops; each run's arithmetic is
    exactly that of running it alone.
    """
    orders = [_canonical(s) for s in runs]
    pos = np.stack([s.position[o].T for s, o in zip(runs, orders, strict=True)])
    sal = np.stack([s.salience[o].T for s, o in zip(runs, orders, strict=True)])
    w = np.stack([s.capability[o][None, :] * s.salience[o].T
                  for s, o in zip(runs, orders, strict=True)])
    lo = pos.min(axis=-1, keepdims=True)
    span = np.ptp(pos, axis=-1, keepdims=True)
    moving = span > 0
    x = np.where(moving, (pos - lo) / np.where(moving, span, 1.0), 0.0)
    live = np.arange(len(runs))
    states: list[list[np.ndarray]] = [[xi] for xi in x]
    shares: list[list[np.ndarray]] = [[] for _ in runs]
    out: list[ForecastResult | None] = [None] * len(runs)
    moved = np.zeros(len(runs))
    for rnd in range(max_rounds + 1):
        p = eum_probabilities(x, w[live])
        for a, share in enumerate(_condorcet_share(p).mean(axis=1)):
            shares[live[a]].append(share)
        if rnd > 0:
            stop = moved <= tol if rnd < max_rounds else np.ones(live.size, dtype=bool)
            for a in np.flatnonzero(stop):
                r = int(live[a])
                out[r] = _result(runs[r], orders[r], states[r], shares[r], lo[r], span[r],
                                 w[r])
                if on_done is not None:
                    on_done(r)
            if stop.all():
                break
            keep = ~stop
            live, x, p = live[keep], x[keep], p[keep]
        s, m = sal[live], moving[live]
        risk = eum_risk(x, w[live], s, p)
        new = np.where(m, np.clip(eum_step(x, w[live], s, risk, p), 0.0, 1.0), x)
        moved = np.max(np.abs(new - x), axis=(1, 2))
        x = new
        for a, xa in enumerate(x):
            states[live[a]].append(xa)
    return out  # type: ignore[return-value]


def _canonical(s: Stakeholders) -> np.ndarray:
    """An order of the actors that does not depend on how the input lists them: by
    positions, then saliences, then capability.  Actors it cannot tell apart are identical,
    so running in this order makes every sum, and so the forecast, the same for any listing.
    """
    keys = [s.capability, *s.salience.T[::-1], *s.position.T[::-1]]  # last key sorts first
    return np.lexsort(keys)


def _result(s: Stakeholders, order, states, shares, lo, span, w) -> ForecastResult:
    x = np.stack(states)  # (states, d, n), actors in canonical order
    hist = np.where(span > 0, lo + x * span, s.position[order].T[None]).transpose(0, 2, 1)
    forecast = np.array([weighted_median(hist[-1, :, k], w[k]) for k in range(len(w))])
    back = np.argsort(order)  # to the input's order
    return ForecastResult("eum", s.names, s.dimensions, hist[:, back], np.stack(shares)[:, back],
                          forecast)


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
    return _run([stakeholders], max_rounds, tol, None)[0]


def eum_many(
    runs: Sequence[Stakeholders], *, max_rounds: int = 50, tol: float = 1e-6,
    on_done: Callable[[int], None] | None = None,
) -> list[ForecastResult]:
    """``[eum(s) for s in runs]``, bit for bit, with runs of one shape in lockstep.

    ``on_done(i)`` is called as run ``i`` finishes.
    """
    groups: dict[tuple[int, int], list[int]] = {}
    for i, s in enumerate(runs):
        groups.setdefault((s.n_actors, s.n_dimensions), []).append(i)
    out: list[ForecastResult | None] = [None] * len(runs)
    for members in groups.values():

        def done(x: int, members: list[int] = members) -> None:
            if on_done is not None:
                on_done(members[x])

        for i, r in zip(members, _run([runs[i] for i in members], max_rounds, tol, done),
                        strict=True):
            out[i] = r
    return out  # type: ignore[return-value]
