"""SMP's challenges, vectorised over pairs and pruned, against KTAB's loop written out.

``_challenges`` weighs a list of challenges ``i -> j`` at once, third parties as (party, pair)
arrays, and ``_best_targets`` skips the challenges whose expected gain cannot win; both must
give, bit for bit, what ``SMPState::probEduChlg`` computes one challenge and one third party
at a time (the scalar reference below, in Python floats, for every third-party and voting
option).
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast.smp import (
    _MIN_CLTN,
    _MIN_EDU,
    SMPOptions,
    ThirdPartyCommit,
    _best_targets,
    _challenges,
    _State,
)
from accord.forecast.voting import VotingRule, vote

OPTIONS = [SMPOptions(), SMPOptions(third_party=ThirdPartyCommit.FULL),
           SMPOptions(third_party=ThirdPartyCommit.NONE, voting=VotingRule.PROP_CUBIC),
           SMPOptions(voting=VotingRule.BINARY), SMPOptions(voting=VotingRule.ASYM_PROSPECT)]


def _bs(d: float, r: float) -> float:
    return (1 - d) * (1 + d * r) if d <= 1 else (1 - d) * (1 + r)


def _reference(s: _State, wsal, ssum, o: SMPOptions, g: int, i: int, j: int,
               receiver: bool) -> tuple[float, float]:
    """``probEduChlg(h, i, i, j)``: P[i beats j] as h sees it, and i's expected gain."""
    d, r, w = s.dist[g].tolist(), s.rest[g].tolist(), wsal[g].tolist()
    h = j if receiver else i
    uii, uij = _bs(d[i][i], r[h][i]), _bs(d[i][j], r[h][i])
    uji, ujj = _bs(d[j][i], r[h][j]), _bs(d[j][j], r[h][j])
    ci = float(vote(o.voting, w[i], uii, uij))
    cj = float(vote(o.voting, w[j], uji, ujj))
    chij0 = _MIN_CLTN + max(ci, 0.0) + max(cj, 0.0)
    chji0 = _MIN_CLTN - min(ci, 0.0) - min(cj, 0.0)
    chij, chji = chij0, chji0
    for k in range(len(d)):
        if k in (i, j):
            continue
        uni, unj, unn = (_bs(d[k][x], r[h][k]) for x in (i, j, k))
        cn = float(vote(o.voting, w[k], uni, unj))
        cni, cnj = max(cn, 0.0) + chij0, chji0 - min(cn, 0.0)
        pin = cni / (cni + cnj)
        pjn = 1.0 - pin
        if o.third_party is ThirdPartyCommit.FULL:
            ik_j, j_ik, i_jk, jk_i = uni + uni + uni, unj + unj + unj, uni + uni + uni, \
                unj + unj + unj
        elif o.third_party is ThirdPartyCommit.SEMI:
            ik_j, j_ik, i_jk, jk_i = uni + uni + unn, unj + unj + unj, uni + uni + uni, \
                unj + unj + unn
        else:
            ik_j, j_ik, i_jk, jk_i = uni + uni + unn, unj + unj + unn, uni + uni + unn, \
                unj + unj + unn
        vk = float(vote(o.voting, w[k], pin * ik_j + pjn * j_ik, pin * i_jk + pjn * jk_i))
        chij += max(vk, 0.0)
        chji -= min(vk, 0.0)
    p = chij / (chij + chji)
    q = chji / (chij + chji)
    sj = float(ssum[g, j])
    chlg = (1 - sj) * (uii + uii) + sj * (p * (uii + uii) + q * (uij + uij))
    return p, chlg - (uii + uij)


@st.composite
def states(draw):
    """Runs of 2-7 actors on a grid (so positions tie), some saliences 0 or 1/2."""
    runs, n, dims = draw(st.integers(1, 3)), draw(st.integers(2, 7)), draw(st.integers(1, 2))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    o = OPTIONS[draw(st.integers(0, len(OPTIONS) - 1))]
    grid = np.array([0.0, 0.2, 0.5, 0.6, 1.0])
    pos, ideal = rng.choice(grid, (runs, n, dims)), rng.choice(grid, (runs, n, dims))
    sal = rng.choice([0.0, 0.25, 0.5, 1.0], (runs, n, dims)) / dims
    cap = rng.choice([0.5, 1.0, 2.0, 4.1], (runs, n))
    s = _State(pos, ideal)
    s.setup(sal, cap, o)
    ssum = sal.sum(axis=-1)
    return s, ssum * cap, ssum, o


@settings(max_examples=150, deadline=None)
@given(states(), st.booleans())
def test_challenges_are_ktabs_loop_bit_for_bit(state, receiver):
    s, wsal, ssum, o = state
    runs, n = s.pos.shape[:2]
    g, i, j = np.nonzero(np.ones((runs, n, n), dtype=bool) & ~np.eye(n, dtype=bool))
    p, edu = _challenges(s, wsal, ssum, o, g, i, j, receiver=receiver)
    want = [_reference(s, wsal, ssum, o, *x, receiver) for x in zip(g, i, j, strict=True)]
    assert p.tolist() == [w[0] for w in want]
    assert edu.tolist() == [w[1] for w in want]


@settings(max_examples=150, deadline=None)
@given(states())
def test_pruned_best_targets_are_the_first_best_of_all(state):
    s, wsal, ssum, o = state
    runs, n = s.pos.shape[:2]
    target, prob = _best_targets(s, wsal, ssum, o)
    for g in range(runs):
        for i in range(n):
            gains = [(_reference(s, wsal, ssum, o, g, i, j, False), j) for j in range(n)
                     if j != i]
            ok = [(e, -j, p) for (p, e), j in gains if e > _MIN_EDU]
            if ok:
                e, minus_j, p = max(ok)  # the largest gain; the first such target
                assert (target[g, i], prob[g, i]) == (-minus_j, p)
            else:
                assert (target[g, i], prob[g, i]) == (-1, 0.0)
