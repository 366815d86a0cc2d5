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

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from accord.forecast._lockstep import lockstep_groups, pad_actors
from accord.forecast._seq import seqsum, seqsum_from
from accord.forecast.result import ForecastResult
from accord.forecast.voting import subset_pce, vote
from accord.model.smp_options import (
    BargainModel,
    BigRAdjust,
    BigRRange,
    InterVecBargain,
    SMPOptions,
    StateTransition,
    ThirdPartyCommit,
    VotingRule,
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
    "check_smp",
    "smp",
    "smp_many",
]

#: ``chooser(turn, actor, options, probabilities) -> index``; options are (initiator,
#: receiver) pairs, ``(k, k)`` being the status quo.
Chooser = Callable[[int, int, list[tuple[int, int]], np.ndarray], int]


_POS_TOL = 1e-3  # positions closer than 0.1 on the 0-100 scale are "equivalent"
_MIN_EDU = 1e-5  # smallest expected gain worth a challenge
_MIN_CLTN = 1e-10
_BLOCK = 1 << 13  # elements per block of the O(n^3) third-party arrays (fits a cache)
_SLACK = 1e-9  # far above the round-off of an expected gain (a few 1e-16)


def _bs_util(d: np.ndarray, r: np.ndarray, far: bool | None = None) -> np.ndarray:
    """KTAB's ``bsUtil``: utility of a salience-weighted distance ``d`` for risk attitude r.

    ``far``: whether some ``d`` may exceed 1 (``False`` when known not to; checked if None).
    """
    u = (1 - d) * (1 + d * r)
    if far is None:
        far = bool(np.any(d > 1))
    if far:  # only round-off pushes a weighted RMS of unit differences past 1
        u = np.where(d <= 1, u, (1 - d) * (1 + r))
    return u


def _bv_diff(delta: np.ndarray, sal: np.ndarray) -> np.ndarray:
    """Salience-weighted RMS of ``delta`` (..., d) with saliences ``sal`` (..., d).

    An actor with no salience anywhere does not care where it lands: distance 0 to every
    position, so its votes are all zero (KTAB would divide 0 by 0 here).
    """
    ds = delta * sal
    num = seqsum(ds * ds, axis=-1)
    den = seqsum(sal * sal, axis=-1)
    if np.all(den > 0):
        return np.sqrt(num / den)
    return np.sqrt(np.where(den > 0, num / np.where(den > 0, den, 1.0), 0.0))


def _big_r(p: np.ndarray, rr: BigRRange, real: np.ndarray | None = None) -> np.ndarray:
    """Risk attitudes from outcome probabilities (``Model::bigRfromProb``), per row; only
    the ``real`` entries (all if None) count for the lowest and highest probability."""
    if real is None:
        p_min = np.min(p, axis=-1, keepdims=True)
        p_max = np.max(p, axis=-1, keepdims=True)
    else:
        p_min = np.min(np.where(real, p, np.inf), axis=-1, keepdims=True)
        p_max = np.max(np.where(real, p, -np.inf), axis=-1, keepdims=True)
    flat = p_max - p_min <= 0.0  # KTAB divides by zero here; treat everyone as risk neutral
    span = np.where(flat, 1.0, p_max - p_min)
    if rr is BigRRange.MIN:
        r = (p - p_min) / span
    elif rr is BigRRange.MID:
        r = (3 * p - (p_max + 2 * p_min)) / (2 * span)
    else:
        r = (2 * p - (p_max + p_min)) / span
    return np.where(flat, 0.0, r)


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
    """SMP states of G independent runs with n actors each: positions, ideals and the
    quantities every step derives from them.  Axis 0 is the run.

    Runs with fewer actors are padded at the end (``real`` marks the actors that exist):
    a padded actor has capability and salience 0, so its votes are exact zeros added after
    everyone else's, it is no option in any election and no party to any challenge.
    """

    pos: np.ndarray  # (G, n, d) on [0, 1]
    ideal: np.ndarray  # (G, n, d)
    real: np.ndarray | None = None  # (G, n) actors that exist; None: all of them
    dist: np.ndarray = field(init=False)  # D[g, i, j]: ideal i to position j, i's saliences
    far: bool = field(init=False)  # some distance exceeds 1 (by round-off)
    risk: np.ndarray = field(init=False)  # (G, n) inferred risk attitudes
    rest: np.ndarray = field(init=False)  # R[g, h, i]: h's estimate of i's risk attitude

    def setup(self, sal: np.ndarray, cap: np.ndarray, o: SMPOptions) -> None:
        """``SMPState::setAllAUtil``: distances, risk attitudes and their estimates."""
        self.dist = _bv_diff(self.ideal[:, :, None, :] - self.pos[:, None, :, :],
                             sal[:, :, None, :])
        self.far = bool(np.any(self.dist > 1))
        neutral = _bs_util(self.dist, 0.0 * self.dist, self.far)
        # one election over all positions
        held = (np.ones((1, neutral.shape[-1]), dtype=bool) if self.real is None
                else self.real[:, None, :])
        p = subset_pce(cap, neutral, held, o.voting, o.victory, o.pce)[..., 0, :]
        self.risk = _big_r(p, o.big_r_range, self.real)
        self.rest = _est_r(self.risk[:, :, None], self.risk[:, None, :], o.big_r_adjust)

    def own_util(self) -> np.ndarray:
        """``aUtil[i](i, j)``: each actor's utility of each position, own risk estimate."""
        return _bs_util(self.dist, np.diagonal(self.rest, axis1=1, axis2=2)[:, :, None],
                        self.far)

    def take(self, keep: np.ndarray) -> _State:
        """The runs selected by ``keep`` (boolean or indexes along axis 0)."""
        st = _State(self.pos[keep], self.ideal[keep],
                    None if self.real is None else self.real[keep])
        st.dist, st.risk, st.rest = self.dist[keep], self.risk[keep], self.rest[keep]
        st.far = bool(np.any(st.dist > 1))
        return st


def _challenges(
    st: _State, wsal: np.ndarray, ssum: np.ndarray, o: SMPOptions, g: np.ndarray,
    i: np.ndarray, j: np.ndarray, *, receiver: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """``SMPState::probEduChlg(h, i, i, j)`` for the challenges ``i[p] -> j[p]`` of runs
    ``g[p]``: h's estimate that i beats j, and i's expected gain from challenging j.

    h is the initiator i, or with ``receiver`` the target j.  Third parties join in index
    order, as in KTAB.  Arrays of pairs: only the challenges asked for are weighed.
    """
    d, r, vr = st.dist, st.rest, o.voting
    h = j if receiver else i
    rhi, rhj = r[g, h, i], r[g, h, j]
    far = st.far
    uii, uij = _bs_util(d[g, i, i], rhi, far), _bs_util(d[g, i, j], rhi, far)
    uji, ujj = _bs_util(d[g, j, i], rhj, far), _bs_util(d[g, j, j], rhj, far)
    ci = vote(vr, wsal[g, i], uii, uij)
    cj = vote(vr, wsal[g, j], uji, ujj)
    chij = _MIN_CLTN + np.maximum(ci, 0.0) + np.maximum(cj, 0.0)
    chji = _MIN_CLTN - np.minimum(ci, 0.0) - np.minimum(cj, 0.0)
    runs, n = d.shape[:2]
    # what third party k makes of i's position, of j's, of its own, and its weight, as
    # (k, pair) arrays taken from (k, run x actor) ones
    dk = np.ascontiguousarray(d.transpose(1, 0, 2)).reshape(n, runs * n)  # d[g, k, a]
    rk = np.ascontiguousarray(r.transpose(2, 0, 1)).reshape(n, runs * n)  # r[g, h, k]
    wk = np.ascontiguousarray(wsal.T)
    # what depends on (g, h, i) only, once per such row: all of it when h is the initiator
    rows, row = ((g * n + i, np.arange(g.size)) if receiver
                 else np.unique(g * n + i, return_inverse=True))
    rhk = np.take(rk, g * n + h if receiver else rows, axis=1)
    uni = _bs_util(np.take(dk, rows, axis=1), rhk, far)
    ddk = np.diagonal(d, axis1=1, axis2=2).T.ravel()  # d[g, k, k] at k * runs + g
    unn = _bs_util(np.take(ddk, np.arange(n)[:, None] * runs + rows // n), rhk, far)
    gj = g * n + j
    step = max(1, _BLOCK // n)
    for a in range(0, g.size, step):  # blocks of pairs, all third parties at once
        b = slice(a, a + step)
        gb, ib, jb = g[b], i[b], j[b]
        rb = row[b]
        rhk_b = np.take(rhk, rb, axis=1)
        vk = _third_parties(np.take(uni, rb, axis=1),
                            _bs_util(np.take(dk, gj[b], axis=1), rhk_b, far),
                            np.take(unn, rb, axis=1), np.take(wk, gb, axis=1), chij[b],
                            chji[b], o)
        cols = np.arange(gb.size)
        vk[ib, cols] = 0.0  # k = i and k = j take no side
        vk[jb, cols] = 0.0
        # chij0 + v0 + v1 ... and chji0 - v0 - v1 ..., in index order, as KTAB adds
        chij[b] = seqsum_from(chij[b], np.maximum(vk, 0.0))
        chji[b] = seqsum_from(chji[b], np.negative(np.minimum(vk, 0.0, out=vk), out=vk))
    phij = chij / (chij + chji)
    phji = chji / (chij + chji)
    # utilities to k = i, as h sees them
    uki, ukj = uii, uij
    eu_sq = uki + ukj
    eu_vict = uki + uki
    eu_lose = ukj + ukj
    sj = ssum[g, j]
    eu_chlg = (1 - sj) * eu_vict + sj * (phij * eu_vict + phji * eu_lose)
    return phij, eu_chlg - eu_sq


def _third_parties(
    uni: np.ndarray, unj: np.ndarray, unn: np.ndarray, wn: np.ndarray, chij0: np.ndarray,
    chji0: np.ndarray, o: SMPOptions,
) -> np.ndarray:
    """The vote of every third party k on every challenge ``i -> j`` of a block: arrays
    (k, pair) of k's utilities of i's position, j's and its own, and k's weight, and
    the coalitions of i and j alone."""
    vr, tp = o.voting, o.third_party
    cn = vote(vr, wn, uni, unj)
    # in place where possible: the same operations, in the same order, fewer allocations
    cni = np.maximum(cn, 0.0)
    cni += chij0
    cnj = np.minimum(cn, 0.0, out=cn)
    np.subtract(chji0, cnj, out=cnj)
    pin = np.divide(cni, cni + cnj, out=cnj)
    pjn = np.subtract(1.0, pin, out=cni)
    if tp is ThirdPartyCommit.FULL:
        ik_j, j_ik = uni + uni + uni, unj + unj + unj
        i_jk, jk_i = uni + uni + uni, unj + unj + unj
    elif tp is ThirdPartyCommit.SEMI:
        j_ik = unj + unj
        jk_i = j_ik + unn
        j_ik += unj
        ik_j, i_jk = uni + uni + unn, uni + uni + uni
    else:
        ik_j, j_ik = uni + uni + unn, unj + unj + unn
        i_jk, jk_i = uni + uni + unn, unj + unj + unn
    init_side = pin * ik_j
    init_side += pjn * j_ik
    rcvr_side = np.multiply(pin, i_jk, out=pin)
    rcvr_side += pjn * jk_i
    if vr is VotingRule.PROPORTIONAL:
        vk = np.subtract(init_side, rcvr_side, out=init_side)
        vk *= wn
        return vk
    return vote(vr, wn, init_side, rcvr_side)


def _best_targets(st: _State, wsal: np.ndarray, ssum: np.ndarray, o: SMPOptions):
    """Each actor's best challenge: target index (-1 if none) and its own P[i beats j].

    The expected gain of ``i -> j`` is linear in P[i beats j]: at 1 it is ``u_ii - u_ij``,
    at 0 ``(u_ii - u_ij)(1 - 2 s_j)``.  A challenge whose gain cannot reach the smallest one
    worth making, or another challenge's certain gain, is not weighed (an exact shortcut:
    the third parties' votes, O(n) per challenge, are most of the work).
    """
    d, r = st.dist, st.rest
    runs, n = d.shape[:2]
    rii = np.diagonal(r, axis1=1, axis2=2)[:, :, None]
    dii = np.diagonal(d, axis1=1, axis2=2)[:, :, None]
    gain = _bs_util(dii, rii, st.far) - _bs_util(d, rii, st.far)
    at0 = gain * (1 - 2 * ssum[:, None, :])
    high = np.maximum(gain, at0) + _SLACK
    low = np.minimum(gain, at0) - _SLACK
    other = ~np.eye(n, dtype=bool)
    if st.real is not None:  # padded actors neither challenge nor are challenged
        other = other & st.real[:, :, None] & st.real[:, None, :]
    sure = np.max(np.where(other & (low > _MIN_EDU), low, -np.inf), axis=-1, keepdims=True)
    g, i, j = np.nonzero(other & (high > _MIN_EDU) & (high >= sure))
    p, edu = _challenges(st, wsal, ssum, o, g, i, j)
    full = np.full((runs, n, n), -np.inf)
    full[g, i, j] = np.where(edu > _MIN_EDU, edu, -np.inf)
    best = np.argmax(full, axis=-1)  # first maximum, as KTAB's strict '>' scan
    ok = np.isfinite(np.take_along_axis(full, best[..., None], axis=-1)[..., 0])
    prob = np.zeros((runs, n, n))
    prob[g, i, j] = p
    prob = np.take_along_axis(prob, best[..., None], axis=-1)[..., 0]
    return np.where(ok, best, -1), np.where(ok, prob, 0.0)


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
class _Bargains:
    """The bargains proposed in one step of G runs, in slots ``K i + kind`` by initiator i.

    Column 0 of an election is the status quo, column ``1 + s`` slot s; ``options[g, k]``
    marks the columns actor k chooses among (KTAB's order, its threads' shuffling removed:
    status quo, then the bargains k takes part in, by initiator).
    """

    init: np.ndarray  # (S,) initiator of each slot
    rcvr: np.ndarray  # (G, S) receiver
    pos_init: np.ndarray  # (G, S, d) initiator's position under the bargain
    pos_rcvr: np.ndarray  # (G, S, d)
    options: np.ndarray  # (G, n, 1 + S) bool


def _bargains(st: _State, sal, cap, wsal, ssum, o: SMPOptions) -> _Bargains:
    """Every actor's best challenge, interpolated into bargains."""
    g, n = st.pos.shape[:2]
    target, p_init = _best_targets(st, wsal, ssum, o)
    mover = target >= 0
    tj = np.where(mover, target, np.arange(n))  # non-movers: a harmless stand-in
    gi = np.arange(g)[:, None]
    pos, ivb = st.pos, o.interpolation
    piij = p_init[..., None]
    iij = _interpolate(pos, sal, piij, pos[gi, tj], sal[gi, tj], 1 - piij, ivb)
    kinds: list[tuple[np.ndarray, np.ndarray]]
    if o.bargain is BargainModel.INIT_ONLY:
        kinds = [iij]
    else:
        pairs = np.broadcast_arrays(gi, np.arange(n), tj)
        pr, _ = _challenges(st, wsal, ssum, o, *(x.ravel() for x in pairs), receiver=True)
        pjij = pr.reshape(g, n, 1)  # j's estimate of P[i > j]
        jij = _interpolate(pos, sal, pjij, pos[gi, tj], sal[gi, tj], 1 - pjij, ivb)
        if o.bargain is BargainModel.INIT_RECEIVER:
            kinds = [iij, jij]
        else:  # KTAB weighs both with the initiator's capability (kept for fidelity)
            wi = (cap * ssum)[..., None]
            wj = (cap * ssum[gi, tj])[..., None]
            with np.errstate(invalid="ignore", divide="ignore"):  # non-movers only
                kinds = [((wi * iij[0] + wj * jij[0]) / (wi + wj),
                          (wi * iij[1] + wj * jij[1]) / (wi + wj))]
    kn = len(kinds)
    keep = mover[..., None]
    pos_init = np.stack([np.where(keep, bi, pos) for bi, _ in kinds], axis=2)
    pos_rcvr = np.stack([np.where(keep, bj, pos) for _, bj in kinds], axis=2)
    init = np.repeat(np.arange(n), kn)
    rcvr = np.repeat(tj, kn, axis=1)
    valid = np.repeat(mover, kn, axis=1)
    k = np.arange(n)[:, None]
    takes_part = valid[:, None, :] & ((init == k) | (rcvr[:, None, :] == k))
    options = np.concatenate([np.ones((g, n, 1), dtype=bool), takes_part], axis=2)
    d = pos.shape[2]
    return _Bargains(init, rcvr, pos_init.reshape(g, n * kn, d),
                     pos_rcvr.reshape(g, n * kn, d), options)


def _bargain_utilities(st: _State, b: _Bargains, sal: np.ndarray) -> np.ndarray:
    """Each actor's summed utility over all positions in each possible next state.

    Returns (G, n, 1 + S): column 0 is the status quo, column ``1 + s`` the state once slot
    s's bargain moves its initiator and receiver.  Sums run in KTAB's order: the two moved
    positions first, then every position with the moved ones zeroed.
    """
    own = st.own_util()  # (G, n, n): aUtil[a](a, m)
    if st.real is not None:  # padded positions add exact zeros, after all others
        own = np.where(st.real[:, None, :], own, 0.0)
    sq = seqsum(own, axis=-1)
    n = own.shape[1]
    r = st.risk[:, None, :]
    ui = _bs_util(_bv_diff(st.ideal[:, None] - b.pos_init[:, :, None, :], sal[:, None]), r)
    ur = _bs_util(_bv_diff(st.ideal[:, None] - b.pos_rcvr[:, :, None, :], sal[:, None]), r)
    total = 0.0 + ui + ur  # (G, S, a)
    own_m = own.transpose(2, 0, 1)[:, :, None, :]  # own[g, a, m] as [m, g, 1, a]
    for m in range(n):  # add position m's utility, except where the bargain moved m
        kept = (b.init[None, :] != m) & (b.rcvr != m)
        np.add(total, own_m[m], out=total, where=kept[..., None])  # skipping adds 0.0
    return np.concatenate([sq[..., None], total.swapaxes(1, 2)], axis=-1)


def _resolve(
    st: _State, b: _Bargains, sal, cap, o: SMPOptions, turn: int,
    rngs: list[np.random.Generator] | None, chooser: Chooser | None,
) -> np.ndarray:
    """Each actor adopts one of its options (``SMPState::updateBestBrgnPositions``).

    Actor k's election is a PCE among all actors over k's options; contests shared by
    several elections are computed once (:func:`~accord.forecast.voting.subset_pce`).
    """
    g, n = st.pos.shape[:2]
    actors = n if st.real is None else np.sum(st.real, axis=1)[:, None, None]
    util = _bargain_utilities(st, b, sal) / actors
    p = subset_pce(cap, util, b.options, o.voting, o.victory, o.pce)  # (G, n, 1 + S)
    choice = np.argmax(np.abs(p), axis=-1)  # (G, n) column adopted
    if chooser is not None or rngs is not None:
        for x, k in np.ndindex(g, n):
            if st.real is not None and not st.real[x, k]:
                continue
            cols = np.flatnonzero(b.options[x, k])
            pk = p[x, k, cols]
            if chooser is not None:
                pairs = [(k, k)] + [(int(b.init[c - 1]), int(b.rcvr[x, c - 1]))
                                    for c in cols[1:]]
                choice[x, k] = cols[int(chooser(turn, k, pairs, pk.copy()))]
            else:  # stochastic transitions
                u = rngs[x].random()
                choice[x, k] = cols[min(int(np.searchsorted(np.cumsum(pk), u)), cols.size - 1)]
    slot = np.maximum(choice - 1, 0)
    gi = np.arange(g)[:, None]
    as_init = (b.init[slot] == np.arange(n))[..., None]
    moved = np.where(as_init, b.pos_init[gi, slot], b.pos_rcvr[gi, slot])
    return np.where((choice > 0)[..., None], moved, st.pos)


def _outcomes(own: np.ndarray, pos: np.ndarray, cap: np.ndarray, o: SMPOptions):
    """Winning probability of each actor's position (``pDist(-1)``) and the expected outcome,
    for a stack of B states of one run: ``own`` (B, n, n), ``pos`` (B, n, d).

    Positions closer than 0.1 (on 0-100) count as one (the first of them stands for the
    class); each actor shows the probability of the last class it belongs to, so a column
    may sum to more than 1, as in KTAB's log.
    """
    b, n = own.shape[:2]
    diff = pos[:, :, None, :] - pos[:, None, :, :]
    equiv = np.sqrt(seqsum(diff * diff, axis=-1)) < _POS_TOL
    unique = np.zeros((b, n), dtype=bool)
    for i in range(n):
        unique[:, i] = ~np.any(equiv[:, i] & unique, axis=-1)
    p = subset_pce(cap, own, unique[:, None, :], o.voting, o.victory, o.pce)[:, 0]
    last = np.max(np.where(equiv & unique[:, None, :], np.arange(n), -1), axis=-1)
    win = np.take_along_axis(p, last, axis=-1)
    return win, seqsum(p[..., None] * pos, axis=1)


def _state_dist(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    diff = a - b
    return seqsum(np.sqrt(seqsum(diff * diff, axis=-1)), axis=-1)


def _new_ideals(acc: np.ndarray | None, pos: np.ndarray, ideal: np.ndarray) -> np.ndarray:
    if acc is None:
        return pos.copy()
    new = np.zeros_like(pos)
    total = np.zeros(pos.shape[:2])
    for j in range(pos.shape[1]):
        new = new + acc[None, :, j, None] * pos[:, j][:, None, :]
        total = total + acc[None, :, j]
    lag = 1.0 - np.minimum(total, 1.0)
    return new + lag[..., None] * ideal


def check_smp(stakeholders: Stakeholders, o: SMPOptions) -> None:
    """Raise ValueError where SMP cannot run on these stakeholders with options ``o``."""
    ssum = seqsum(stakeholders.salience, axis=1)
    if np.any(ssum > 1 + 1e-12):
        worst = int(np.argmax(ssum))
        raise ValueError(f"SMP needs each actor's saliences to sum to at most 1; "
                         f"{stakeholders.names[worst]!r} sums to {ssum[worst]:.6g}")
    n = stakeholders.n_actors
    if n < 2:
        raise ValueError("SMP needs at least two actors")
    acc = o.accommodation
    if acc is not None:
        acc = np.asarray(acc, dtype=float)
        if acc.shape != (n, n) or np.any(acc < 0) or np.any(acc > 1):
            raise ValueError("accommodation must be an (n, n) matrix with entries in [0, 1]")


_Run = tuple[np.ndarray, np.ndarray, np.ndarray]  # history (S, n, d), win (S, n), outcome (d,)


def _run(
    runs: Sequence[Stakeholders], o: SMPOptions, rngs: list[np.random.Generator] | None,
    chooser: Chooser | None, on_done: Callable[[int], None] | None,
) -> list[_Run]:
    """SMP on G checked runs with the same number of dimensions, in lockstep.

    Every step works on all unfinished runs at once; a run leaves the batch when it stops.
    Runs with fewer actors than the largest are padded (see :class:`_State`); each run's
    arithmetic is exactly that of running it alone.
    """
    sizes = np.array([s.n_actors for s in runs])
    n = int(sizes.max())
    sal = np.stack([pad_actors(s.salience, n) for s in runs])
    cap = np.stack([pad_actors(s.capability, n) for s in runs])
    pos0 = np.stack([pad_actors(s.unit_position(), n) for s in runs])
    real = None if np.all(sizes == n) else np.arange(n) < sizes[:, None]
    acc = None if o.accommodation is None else np.asarray(o.accommodation, dtype=float)
    ssum = seqsum(sal, axis=-1)
    wsal = ssum * cap
    st = _State(pos0.copy(), pos0.copy(), real)
    st.setup(sal, cap, o)
    live = np.arange(len(runs))
    track: list[list[tuple[np.ndarray, np.ndarray]]] = [
        [(st.pos[x], own)] for x, own in enumerate(st.own_util())]
    out: list[_Run | None] = [None] * len(runs)
    first = np.zeros(len(runs))
    for it in range(1, o.max_steps + 1):
        b = _bargains(st, sal, cap, wsal, ssum, o)
        pos = _resolve(st, b, sal, cap, o, it - 1, rngs, chooser)
        nxt = _State(pos, _new_ideals(acc, pos, st.ideal), st.real)
        nxt.setup(sal, cap, o)
        for x, own in enumerate(nxt.own_util()):
            track[live[x]].append((pos[x], own))
        if it == 1:
            first = _state_dist(pos0, pos) + 1e-4
        quiet = _state_dist(nxt.pos, st.pos) / first < o.min_delta_ratio
        st = nxt
        stop = (quiet if it >= o.min_steps else np.zeros_like(quiet)) | (it == o.max_steps)
        for x in np.flatnonzero(stop):
            r = int(live[x])
            k = sizes[r]  # the run's own actors, without padding
            hist = np.stack([p[:k] for p, _ in track[r]])
            win, expected = _outcomes(np.stack([u[:k, :k] for _, u in track[r]]), hist,
                                      cap[x, :k], o)
            out[r] = (hist, win, expected[-1])
            track[r] = []
            if on_done is not None:
                on_done(r)
        if stop.all():
            break
        if stop.any():
            keep = ~stop
            live, st, first = live[keep], st.take(keep), first[keep]
            sal, cap, wsal, ssum = sal[keep], cap[keep], wsal[keep], ssum[keep]
            if rngs is not None:
                rngs = [rg for rg, k in zip(rngs, keep, strict=True) if k]
    return out  # type: ignore[return-value]


def _result(s: Stakeholders, run: _Run) -> ForecastResult:
    hist, win, expected = run
    return ForecastResult("smp", s.names, s.dimensions, s.from_unit(hist), win,
                          s.from_unit(expected))


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
        Every actor's saliences must sum to at most 1.  An actor with salience 0
        everywhere does not care: it casts no votes and never challenges, but its
        position stays an option others may move.
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
    check_smp(stakeholders, o)
    rngs = [generator(seed)] if o.transition is StateTransition.STOCHASTIC else None
    return _result(stakeholders, _run([stakeholders], o, rngs, chooser, None)[0])


def smp_many(
    runs: Sequence[Stakeholders],
    options: SMPOptions | None = None,
    *,
    seed: int | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list[ForecastResult]:
    """``[smp(s, options, seed=seed) for s in runs]``, bit for bit, but much faster.

    Runs with the same number of dimensions and close in size advance in lockstep
    (:func:`~accord.forecast._lockstep.lockstep_groups`), so numpy works on all of them at
    once (a backtest of hundreds of small issues costs a few hundred steps, not thousands).
    ``on_done(i)`` is called as run ``i`` finishes.

    Raises
    ------
    ValueError
        If any run cannot be forecast (see :func:`smp`); nothing is computed then.
    """
    o = options or SMPOptions()
    for s in runs:
        check_smp(s, o)
    out: list[ForecastResult | None] = [None] * len(runs)
    for members in lockstep_groups(runs):
        rngs = None
        if o.transition is StateTransition.STOCHASTIC:
            rngs = [generator(seed) for _ in members]

        def done(x: int, members: list[int] = members) -> None:
            if on_done is not None:
                on_done(members[x])

        group = [runs[i] for i in members]
        for i, run in zip(members, _run(group, o, rngs, None, done), strict=True):
            out[i] = _result(runs[i], run)
    return out  # type: ignore[return-value]
