"""KTAB's Spatial Model of Politics (SMP), reproduced operation for operation, vectorised.

Each state, every actor ``i`` (a) infers everyone's risk attitude from how likely their
positions are to win, (b) picks the challenge ``i -> j`` with the highest expected gain, (c)
interpolates a bargain with ``j``, and (d) every actor adopts the bargain that a probabilistic
Condorcet election among all actors ranks highest.  States follow until positions stop moving.

The defaults are KTAB's: linear victory probability, proportional voting, conditional PCE,
deterministic transitions, ``BigRRange.MID``, ``BigRAdjust.ONE_THIRD``,
``ThirdPartyCommit.SEMI``, ``InterVecBargain.S2P2``, ``BargainModel.INIT_ONLY``; at most 100
steps, at least 2, stopping when a step moves less than 2 % of the first one.

References
----------
Wise, B. P., Efird, B., Lester, L., Blankenship, B. (2015). *The KAPSARC Toolkit for Behavioral
Analysis (KTAB)*, KAPSARC discussion paper; C++ source ``examples/smp/libsrc/smp.cpp`` and
``smpbcn.cpp`` in github.com/KAPSARC/KTAB (MIT licence).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from accord.forecast._seq import seqsum
from accord.forecast.result import ForecastResult
from accord.forecast.voting import (
    coalitions,
    pce,
    scalar_pce,
    vote,
)
from accord.model.smp_options import (
    BargainModel,
    BigRAdjust,
    BigRRange,
    InterVecBargain,
    SMPOptions,
    StateTransition,
    ThirdPartyCommit,
)
from accord.model.stakeholders import Stakeholders
from accord.seeding import generator

__all__ = [
    "BargainModel",
    "BigRAdjust",
    "BigRRange",
    "InterVecBargain",
    "SMPOptions",
    "StateTransition",
    "ThirdPartyCommit",
    "smp",
]

#: ``chooser(turn, actor, options, probabilities) -> index``; options are (initiator,
#: receiver) pairs, ``(k, k)`` being the status quo.
Chooser = Callable[[int, int, list[tuple[int, int]], np.ndarray], int]


_POS_TOL = 1e-3  # positions closer than 0.1 on the 0-100 scale are "equivalent"
_MIN_EDU = 1e-5  # smallest expected gain worth a challenge
_MIN_CLTN = 1e-10


def _bs_util(d: np.ndarray, r: np.ndarray) -> np.ndarray:
    """KTAB's ``bsUtil``: utility of a salience-weighted distance ``d`` for risk attitude r."""
    u = (1 - d) * (1 + d * r)
    if np.any(d > 1):  # only round-off pushes a weighted RMS of unit differences past 1
        u = np.where(d <= 1, u, (1 - d) * (1 + r))
    return u


def _bv_diff(delta: np.ndarray, sal: np.ndarray) -> np.ndarray:
    """Salience-weighted RMS of ``delta`` (..., d) with saliences ``sal`` (..., d)."""
    ds = delta * sal
    return np.sqrt(seqsum(ds * ds, axis=-1) / seqsum(sal * sal, axis=-1))


def _big_r(p: np.ndarray, rr: BigRRange) -> np.ndarray:
    """Risk attitudes from outcome probabilities (``Model::bigRfromProb``)."""
    p_min, p_max = float(np.min(p)), float(np.max(p))
    if p_max - p_min <= 0.0:  # KTAB divides by zero here; treat everyone as risk neutral
        return np.zeros_like(p)
    if rr is BigRRange.MIN:
        return (p - p_min) / (p_max - p_min)
    if rr is BigRRange.MID:
        return (3 * p - (p_max + 2 * p_min)) / (2 * (p_max - p_min))
    return (2 * p - (p_max + p_min)) / (p_max - p_min)


def _est_r(rh: np.ndarray, ri: np.ndarray, ra: BigRAdjust) -> np.ndarray:
    """``Model::estNRA``: h's estimate of i's risk attitude, broadcast over (h, i)."""
    if ra is BigRAdjust.FULL:
        return ri + 0.0 * rh
    if ra is BigRAdjust.TWO_THIRDS:
        return (rh + (2.0 * ri)) / 3.0
    if ra is BigRAdjust.HALF:
        return (rh + ri) / 2
    if ra is BigRAdjust.ONE_THIRD:
        return ((2.0 * rh) + ri) / 3.0
    return rh + 0.0 * ri


@dataclass
class _State:
    """One SMP state: positions, ideals and the quantities every step derives from them."""

    pos: np.ndarray  # (n, d) on [0, 1]
    ideal: np.ndarray  # (n, d)
    dist: np.ndarray = field(init=False)  # D[i, j]: ideal i to position j, i's saliences
    risk: np.ndarray = field(init=False)  # (n,) inferred risk attitudes
    rest: np.ndarray = field(init=False)  # R[h, i]: h's estimate of i's risk attitude

    def setup(self, sal: np.ndarray, cap: np.ndarray, o: SMPOptions) -> None:
        """``SMPState::setAllAUtil``: distances, risk attitudes and their estimates."""
        self.dist = _bv_diff(self.ideal[:, None, :] - self.pos[None, :, :], sal[:, None, :])
        neutral = _bs_util(self.dist, 0.0 * self.dist)
        c = coalitions(o.voting, cap, neutral)
        p, _ = pce(o.pce, o.victory, c)
        self.risk = _big_r(p, o.big_r_range)
        self.rest = _est_r(self.risk[:, None], self.risk[None, :], o.big_r_adjust)

    def own_util(self) -> np.ndarray:
        """``aUtil[i](i, j)``: each actor's utility of each position, own risk estimate."""
        return _bs_util(self.dist, np.diag(self.rest)[:, None])


def _challenges(
    st: _State, wsal: np.ndarray, ssum: np.ndarray, h: np.ndarray, i: np.ndarray,
    j: np.ndarray, o: SMPOptions,
) -> tuple[np.ndarray, np.ndarray]:
    """h's estimate of P[i beats j] and of i's expected gain from challenging j.

    ``SMPState::probEduChlg(h, i, i, j)`` for a batch of triples; third parties are added in
    index order.  Returns arrays shaped like ``h``.
    """
    d, r, vr = st.dist, st.rest, o.voting
    rhi, rhj = r[h, i], r[h, j]
    uii, uij = _bs_util(d[i, i], rhi), _bs_util(d[i, j], rhi)
    uji, ujj = _bs_util(d[j, i], rhj), _bs_util(d[j, j], rhj)
    ci = vote(vr, wsal[i], uii, uij)
    cj = vote(vr, wsal[j], uji, ujj)
    chij0 = _MIN_CLTN + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
    chji0 = _MIN_CLTN - np.minimum(ci, 0.0) - np.minimum(cj, 0.0)
    chij, chji = chij0, chji0
    tp = o.third_party
    diag = np.diag(d)
    for k in range(d.shape[0]):  # third parties join in index order, as in KTAB
        rhk = r[:, k][h]
        uni = _bs_util(d[k][i], rhk)
        unj = _bs_util(d[k][j], rhk)
        unn = _bs_util(diag[k], rhk)
        wn = wsal[k]
        cn = vote(vr, wn, uni, unj)
        cni = chij0 + np.maximum(cn, 0.0)
        cnj = chji0 - np.minimum(cn, 0.0)
        pin = cni / (cni + cnj)
        pjn = 1.0 - pin
        if tp is ThirdPartyCommit.FULL:
            ik_j, j_ik = uni + uni + uni, unj + unj + unj
            i_jk, jk_i = uni + uni + uni, unj + unj + unj
        elif tp is ThirdPartyCommit.SEMI:
            ik_j, j_ik = uni + uni + unn, unj + unj + unj
            i_jk, jk_i = uni + uni + uni, unj + unj + unn
        else:
            ik_j, j_ik = uni + uni + unn, unj + unj + unn
            i_jk, jk_i = uni + uni + unn, unj + unj + unn
        vk = vote(vr, wn, (pin * ik_j) + (pjn * j_ik), (pin * i_jk) + (pjn * jk_i))
        vk = np.where((i == k) | (j == k), 0.0, vk)
        chij = chij + np.maximum(vk, 0.0)
        chji = chji - np.minimum(vk, 0.0)
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    # utilities to k = i, as h sees them
    uki = _bs_util(d[i, i], rhi)
    ukj = _bs_util(d[i, j], rhi)
    eu_sq = uki + ukj
    eu_vict = uki + uki
    eu_lose = ukj + ukj
    sj = ssum[j]
    eu_chlg = (1 - sj) * eu_vict + sj * (phij * eu_vict + phji * eu_lose)
    return phij, eu_chlg - eu_sq


def _best_targets(st: _State, wsal: np.ndarray, ssum: np.ndarray, o: SMPOptions):
    """Each actor's best challenge: target index (-1 if none) and its own P[i beats j]."""
    n = st.pos.shape[0]
    target = np.full(n, -1)
    prob = np.zeros(n)
    ii = np.repeat(np.arange(n), n)
    jj = np.tile(np.arange(n), n)
    keep = ii != jj
    ii, jj = ii[keep], jj[keep]
    p, edu = _challenges(st, wsal, ssum, ii, ii, jj, o)
    edu = np.where(edu > _MIN_EDU, edu, -np.inf).reshape(n, n - 1)
    best = np.argmax(edu, axis=1)  # first maximum, as KTAB's strict '>' scan
    rows = np.arange(n)
    ok = np.isfinite(edu[rows, best])
    target[ok] = jj.reshape(n, n - 1)[rows[ok], best[ok]]
    prob[ok] = p.reshape(n, n - 1)[rows[ok], best[ok]]
    return target, prob


def _round4(x: np.ndarray) -> np.ndarray:
    return np.floor(0.5 + x * 10000.0) / 10000.0


def _interpolate(
    ti: np.ndarray, si: np.ndarray, pi: np.ndarray, tj: np.ndarray, sj: np.ndarray,
    pj: np.ndarray, how: InterVecBargain,
) -> tuple[np.ndarray, np.ndarray]:
    """Bargain positions for initiator and receiver (``SMPActor::interpolateBrgn``)."""
    min_w = 1e-6
    if how is InterVecBargain.S2PMAX:
        di = np.maximum(pj - pi, 0.0)
        dj = np.maximum(pi - pj, 0.0)
        si2, sj2 = si * si, sj * sj
        dik = (di * sj2) / ((di * sj2) + min_w + ((1 - di) * si2))
        djk = (dj * si2) / ((dj * si2) + min_w + ((1 - dj) * sj2))
        return ti + dik * (tj - ti), tj + djk * (ti - tj)
    if how is InterVecBargain.S2P2:
        wi = (si * si) * (pi * pi)
        wj = (sj * sj) * (pj * pj)
    else:
        wi, wj = si * pi, sj * pj
    bi = _round4(((wi + min_w) * ti + wj * tj) / (wi + min_w + wj))
    bj = _round4((wi * ti + (min_w + wj) * tj) / (wi + min_w + wj))
    return bi, bj


@dataclass(frozen=True)
class _Bargain:
    init: int
    rcvr: int
    pos_init: np.ndarray
    pos_rcvr: np.ndarray


def _bargains(st: _State, sal, cap, wsal, ssum, o: SMPOptions) -> list[list[_Bargain]]:
    """Every actor's list of bargains: status quo first, then by initiator index."""
    n = st.pos.shape[0]
    target, p_init = _best_targets(st, wsal, ssum, o)
    lists: list[list[_Bargain]] = [[_Bargain(k, k, st.pos[k], st.pos[k])] for k in range(n)]
    movers = np.flatnonzero(target >= 0)
    if movers.size == 0:
        return lists
    tj = target[movers]
    pos, ivb = st.pos, o.interpolation
    piij = p_init[movers][:, None]
    iij = _interpolate(pos[movers], sal[movers], piij, pos[tj], sal[tj], 1 - piij, ivb)
    made: list[tuple[np.ndarray, np.ndarray]]
    if o.bargain is BargainModel.INIT_ONLY:
        made = [iij]
    else:
        pjij, _ = _challenges(st, wsal, ssum, tj, movers, tj, o)  # j's estimate of P[i > j]
        pjij = pjij[:, None]
        jij = _interpolate(pos[movers], sal[movers], pjij, pos[tj], sal[tj], 1 - pjij, ivb)
        if o.bargain is BargainModel.INIT_RECEIVER:
            made = [iij, jij]
        else:  # KTAB weighs both with the initiator's capability (kept for fidelity)
            wi = (cap[movers] * ssum[movers])[:, None]
            wj = (cap[movers] * ssum[tj])[:, None]
            made = [
                ((wi * iij[0] + wj * jij[0]) / (wi + wj), (wi * iij[1] + wj * jij[1]) / (wi + wj))
            ]
    for a, (i, j) in enumerate(zip(movers, tj, strict=True)):
        for bi, bj in made:
            b = _Bargain(int(i), int(j), bi[a], bj[a])
            lists[i].append(b)
            lists[j].append(b)
    for k in range(n):  # own status quo, then bargains ordered by initiator
        lists[k][1:] = sorted(lists[k][1:], key=lambda b: b.init)
    return lists


def _resolve(
    st: _State, lists: list[list[_Bargain]], sal, cap, o: SMPOptions, turn: int,
    rng: np.random.Generator | None, chooser: Chooser | None,
) -> np.ndarray:
    """Each actor adopts one of its bargains (``SMPState::updateBestBrgnPositions``)."""
    n = st.pos.shape[0]
    own = st.own_util()  # (n, n): aUtil[a](a, m)
    r = st.risk[:, None]
    new = st.pos.copy()
    cache: dict[int, np.ndarray] = {}

    def utility(b: _Bargain) -> np.ndarray:
        """Each actor's mean utility over all positions once bargain ``b`` is adopted."""
        if id(b) not in cache:
            if b.init == b.rcvr:
                cache[id(b)] = seqsum(own, axis=1)
            else:
                ui = _bs_util(_bv_diff(st.ideal - b.pos_init[None, :], sal), r[:, 0])
                ur = _bs_util(_bv_diff(st.ideal - b.pos_rcvr[None, :], sal), r[:, 0])
                terms = np.hstack([(0.0 + ui + ur)[:, None], own])
                terms[:, [1 + b.init, 1 + b.rcvr]] = 0.0
                cache[id(b)] = seqsum(terms, axis=1)
        return cache[id(b)]

    for k in range(n):
        opts = lists[k]
        util = np.stack([utility(b) for b in opts], axis=1)
        util /= n
        p = scalar_pce(cap, util, o.voting, o.victory, o.pce)
        if chooser is not None:
            choice = int(chooser(turn, k, [(b.init, b.rcvr) for b in opts], p))
        elif rng is not None:  # stochastic transitions
            choice = int(min(np.searchsorted(np.cumsum(p), rng.random()), len(opts) - 1))
        else:
            choice = int(np.argmax(np.abs(p)))
        b = opts[choice]
        if b.init != b.rcvr:
            new[k] = b.pos_init if b.init == k else b.pos_rcvr
    return new


def _outcome(st: _State, cap: np.ndarray, o: SMPOptions) -> tuple[np.ndarray, np.ndarray]:
    """Winning probability of each actor's position (``pDist(-1)``) and the expected outcome.

    Positions closer than 0.1 (on 0-100) count as one; each actor shows the probability of
    its class, so the column may sum to more than 1, as in KTAB's log.
    """
    n = st.pos.shape[0]
    diff = st.pos[:, None, :] - st.pos[None, :, :]
    equiv = np.sqrt(seqsum(diff * diff, axis=-1)) < _POS_TOL
    unique: list[int] = []
    for i in range(n):
        if not equiv[i, unique].any():
            unique.append(i)
    p = scalar_pce(cap, st.own_util()[:, unique], o.voting, o.victory, o.pce)
    last = np.array([np.flatnonzero(equiv[i, unique])[-1] for i in range(n)])
    expected = seqsum(p[:, None] * st.pos[unique], axis=0)
    return p[last], expected


def _state_dist(a: np.ndarray, b: np.ndarray) -> float:
    diff = a - b
    return float(seqsum(np.sqrt(seqsum(diff * diff, axis=1))))


def _new_ideals(acc: np.ndarray | None, pos: np.ndarray, ideal: np.ndarray) -> np.ndarray:
    if acc is None:
        return pos.copy()
    new = np.zeros_like(pos)
    total = np.zeros(pos.shape[0])
    for j in range(pos.shape[0]):
        new = new + acc[:, j, None] * pos[j][None, :]
        total = total + acc[:, j]
    lag = 1.0 - np.minimum(total, 1.0)
    return new + lag[:, None] * ideal


def smp(
    stakeholders: Stakeholders,
    options: SMPOptions | None = None,
    *,
    seed: int | np.random.Generator | None = None,
    chooser: Chooser | None = None,
) -> ForecastResult:
    """Run KTAB's Spatial Model of Politics until positions settle.

    Parameters
    ----------
    stakeholders : Stakeholders
        Every actor needs positive total salience, at most 1.
    options : SMPOptions, optional
        Model settings; KTAB's defaults when omitted.
    seed : int or numpy Generator, optional
        Only used by ``StateTransition.STOCHASTIC``.
    chooser : callable, optional
        Overrides the state transition: ``chooser(turn, actor, options, probabilities)``
        returns the index of the bargain the actor adopts (e.g. to replay a recorded run).

    Returns
    -------
    ForecastResult
        ``history`` per state; ``forecast`` is the expected outcome of the final state: its
        distinct positions weighted by their winning probabilities.

    Notes
    -----
    Each state costs O(n^3 + n^2 d) time (every actor weighs every challenge against every
    third party) in blocks of bounded memory.  Unlike KTAB, whose threads order bargains
    arbitrarily, bargains are ordered by initiator, so ties always resolve the same way.

    Examples
    --------
    >>> s = Stakeholders(["a", "b", "c"], ["x"], [1, 1, 2], [[10], [50], [90]],
    ...                  [[0.5], [0.5], [0.5]])
    >>> r = smp(s)
    >>> r.states >= 3
    True
    """
    o = options or SMPOptions()
    sal = stakeholders.salience
    cap = stakeholders.capability
    ssum = seqsum(sal, axis=1)
    if np.any(ssum <= 0) or np.any(ssum > 1 + 1e-12):
        raise ValueError("SMP needs each actor's saliences to sum to a value in (0, 1]")
    n = stakeholders.n_actors
    if n < 2:
        raise ValueError("SMP needs at least two actors")
    acc = None if o.accommodation is None else np.asarray(o.accommodation, dtype=float)
    if acc is not None and (acc.shape != (n, n) or np.any(acc < 0) or np.any(acc > 1)):
        raise ValueError("accommodation must be an (n, n) matrix with entries in [0, 1]")
    rng = generator(seed) if o.transition is StateTransition.STOCHASTIC else None
    wsal = ssum * cap
    pos0 = stakeholders.unit_position()
    st = _State(pos0.copy(), pos0.copy())
    st.setup(sal, cap, o)
    states = [st]
    first = 0.0
    for it in range(1, o.max_steps + 1):
        lists = _bargains(st, sal, cap, wsal, ssum, o)
        pos = _resolve(st, lists, sal, cap, o, it - 1, rng, chooser)
        nxt = _State(pos, _new_ideals(acc, pos, st.ideal))
        nxt.setup(sal, cap, o)
        states.append(nxt)
        if it == 1:
            first = _state_dist(states[0].pos, states[1].pos) + 1e-4
        quiet = _state_dist(nxt.pos, st.pos) / first < o.min_delta_ratio
        st = nxt
        if it >= o.min_steps and quiet:
            break
    history = np.stack([stakeholders.from_unit(s.pos) for s in states])
    outcomes = [_outcome(s, cap, o) for s in states]
    win = np.stack([w for w, _ in outcomes])
    forecast = stakeholders.from_unit(outcomes[-1][1])
    return ForecastResult("smp", stakeholders.names, stakeholders.dimensions, history, win,
                          forecast)
