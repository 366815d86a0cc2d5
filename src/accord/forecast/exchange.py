"""Stokman's exchange model: actors trade influence (votes) across issues.

Two actors who stand on opposite sides of the expected outcome on two issues, and who care
about them in different proportions, can both gain if each moves its voting position towards
the other on the issue it cares less about (its *supply* issue) in return for the other's
move on the issue it cares more about (its *demand* issue). The expected outcome of an issue is
its Nash bargaining solution, the capability x salience weighted mean of the voting positions
(Stokman & Van den Bos 1992; Stokman & Van Oosten 1994; used on EU legislation by Thomson et
al. 2006). The steps follow the open-source decide exchange model (Koolstra, github.com/
foarsitter/decide-exchange-model; read, not copied):

1. Each round starts from the actors' positions ``x`` (each issue on 0-100), their outcome
   ``O_d = sum c s x / sum c s`` and which side of it each actor stands on.
2. Candidate exchanges are every pair of issues (p, q) and actors a, b on opposite sides of
   ``O`` on both, each caring about both (salience > 0). The one with the larger ratio
   ``s_p / s_q`` demands p (call it A) and supplies q; B demands q and supplies p.
3. B moving on p by ``m`` shifts ``O_p`` by ``dp = m c_B s_Bp / W_p`` (``W_p = sum c s``);
   A moving on q shifts ``O_q`` by ``dq``. The gains are ``dp s_Ap - dq s_Aq`` for A and
   ``dq s_Bq - dp s_Bp`` for B. The *equal-gain* solution takes the exchange rate
   ``dq / dp = (s_Ap + s_Bp) / (s_Aq + s_Bq)``, which gives both the same gain; the
   *random-rate* variant draws the rate uniformly between the two rates at which one of them
   would gain nothing (``s_Bp / s_Bq`` and ``s_Ap / s_Aq``).
4. The shifts are as large as possible: no one moves beyond the other's position, and no
   outcome passes the demanding actor's position.
5. Exchanges are realised one at a time, the largest gain first (for the random rate, the
   largest gain of the partner who gains less); after each, every remaining exchange is
   recomputed from the new voting positions and dropped when it no longer pays both sides or
   would reverse a move. Ties go to the first exchange in the order issue pair, then actors.
6. The round's outcome is ``O`` over the voting positions. Each actor that moved starts the
   next round at ``x + (0.1 + 0.4 (1 - s)) (y - x)`` (decide's fixed and salience weights);
   rounds repeat (10 by default, decide's default) until none realises an exchange.

The forecast is the outcome of the last round. An issue alone (or issues nobody trades on)
keeps the weighted mean. Unlike decide, ties are broken by a fixed order rather than at
random, the limit of step 4 uses every voting position realised so far in the round, and a
move capped by it ends exactly where the outcome meets the demanding actor's position.

References
----------
Stokman, F. N., Van den Bos, J. M. M. (1992). A two-stage model of policy making. In
*The Political Consequences of Social Networks*, JAI Press, 219-253.
Stokman, F. N., Van Oosten, R. (1994). The exchange of voting positions. In *European
Community Decision Making*, Yale University Press, 105-127.
Thomson, R., Stokman, F. N., Achen, C. H., Koenig, T. (eds.) (2006). *The European Union
Decides*. Cambridge University Press.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from accord.forecast.baselines import influence_share
from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders
from accord.seeding import Seed, spawn

__all__ = ["EXCHANGE_MODELS", "EXCHANGE_VARIANTS", "ExchangeOptions", "exchange",
           "exchange_many"]

EXCHANGE_VARIANTS = ("equal", "random")
_TINY = 1e-10  # decide's threshold for a move or a gain that counts


@dataclass(frozen=True)
class ExchangeOptions:
    """Settings of the exchange model (decide's defaults)."""

    variant: str = "equal"  # "equal" gain or "random" rate
    rounds: int = 10
    fixed_weight: float = 0.1
    salience_weight: float = 0.4

    def __post_init__(self) -> None:
        if self.variant not in EXCHANGE_VARIANTS:
            raise ValueError(f"unknown exchange variant {self.variant!r}; expected "
                             f"{' or '.join(EXCHANGE_VARIANTS)}")
        if self.rounds < 1:
            raise ValueError("rounds must be at least 1")


#: accord's model names for the two variants (``forecast --model``, backtests).
EXCHANGE_MODELS = {"exchange": ExchangeOptions("equal"),
                   "exchange-random": ExchangeOptions("random")}


@dataclass(frozen=True)
class _Batch:
    """Many independent problems as flat arrays: one cell per (problem, actor, issue)."""

    issue: np.ndarray  # (cells,) global issue of each cell
    salience: np.ndarray  # (cells,)
    weight: np.ndarray  # (cells,) capability x salience
    total: np.ndarray  # (issues,) sum of weights per global issue
    count: np.ndarray  # (issues,) actors per global issue
    # candidate exchanges (static over rounds): cells and problem of each
    problem: np.ndarray
    a_p: np.ndarray  # A's cell on p (its demand issue)
    a_q: np.ndarray  # A's cell on q (its supply issue)
    b_p: np.ndarray  # B's cell on p (its supply issue)
    b_q: np.ndarray  # B's cell on q (its demand issue)

    def outcome(self, v: np.ndarray) -> np.ndarray:
        """Weighted mean per global issue (the plain mean where nobody cares)."""
        num = np.bincount(self.issue, self.weight * v, minlength=self.total.size)
        plain = np.bincount(self.issue, v, minlength=self.total.size) / self.count
        return np.where(self.total > 0, num / np.where(self.total > 0, self.total, 1.0), plain)


def _batch(runs: Sequence[Stakeholders]) -> tuple[_Batch, list[int], list[int]]:
    issue, sal, wt, prob, ap, aq, bp, bq = ([] for _ in range(8))
    cell0, issue0 = [0], [0]
    for t, s in enumerate(runs):
        n, d = s.n_actors, s.n_dimensions
        base = cell0[-1]
        cells = base + np.arange(n * d).reshape(n, d)
        issue.append(issue0[-1] + np.tile(np.arange(d), n))
        sal.append(s.salience.ravel())
        wt.append((s.capability[:, None] * s.salience).ravel())
        if d > 1 and n > 1:
            p, q = np.triu_indices(d, 1)
            a, b = np.triu_indices(n, 1)
            p, q = np.repeat(p, a.size), np.repeat(q, a.size)
            a, b = np.tile(a, p.size // a.size), np.tile(b, p.size // b.size)
            S = s.salience
            cares = (S[a, p] > 0) & (S[a, q] > 0) & (S[b, p] > 0) & (S[b, q] > 0)
            p, q, a, b = p[cares], q[cares], a[cares], b[cares]
            a_demands_p = S[a, p] * S[b, q] >= S[b, p] * S[a, q]
            A, B = np.where(a_demands_p, a, b), np.where(a_demands_p, b, a)
            prob.append(np.full(p.size, t))
            ap.append(cells[A, p])
            aq.append(cells[A, q])
            bp.append(cells[B, p])
            bq.append(cells[B, q])
        cell0.append(base + n * d)
        issue0.append(issue0[-1] + d)
    cat = np.concatenate
    iss, w = cat(issue), cat(wt)
    n_issues = issue0[-1]
    empty = [np.zeros(0, dtype=np.int64)]
    batch = _Batch(iss, cat(sal), w, np.bincount(iss, w, minlength=n_issues),
                   np.bincount(iss, minlength=n_issues).astype(float),
                   cat(prob + empty), cat(ap + empty), cat(aq + empty), cat(bp + empty),
                   cat(bq + empty))
    return batch, cell0, issue0


def _toward(v: np.ndarray, move: np.ndarray, direction: np.ndarray,
            target: np.ndarray) -> np.ndarray:
    """``v`` moved by ``move`` in ``direction``, never past ``target`` (rounding)."""
    new = v + direction * move
    return np.where(direction * (new - target) > 0, target, new)


def _round(bt: _Batch, x: np.ndarray, rate: np.ndarray, n_problems: int,
           trace: list | None = None) -> np.ndarray:
    """One round of exchanges from positions ``x`` (flat cells); the voting positions.

    ``trace`` (a list) receives ``(candidate, gain, B's move, A's move)`` of each exchange as
    it is realised.
    """
    nbs = bt.outcome(x)
    left = x <= nbs[bt.issue]
    alive = (left[bt.a_p] != left[bt.b_p]) & (left[bt.a_q] != left[bt.b_q])
    if not alive.any():
        return x.copy()
    v = x.copy()
    ip, iq = bt.issue[bt.a_p], bt.issue[bt.a_q]
    tp, tq = x[bt.a_p], x[bt.b_q]  # where each demanding actor stands on its demand issue
    dir_b, dir_a = np.sign(tp - x[bt.b_p]), np.sign(tq - x[bt.a_q])
    w_bp, w_aq = bt.weight[bt.b_p], bt.weight[bt.a_q]
    s_ap, s_aq = bt.salience[bt.a_p], bt.salience[bt.a_q]
    s_bp, s_bq = bt.salience[bt.b_p], bt.salience[bt.b_q]
    Wp, Wq = bt.total[ip], bt.total[iq]
    idx = np.flatnonzero(alive)
    while idx.size:
        nbs = bt.outcome(v)
        room_p = (tp[idx] - nbs[ip[idx]]) * dir_b[idx]  # how far O_p may still move
        room_q = (tq[idx] - nbs[iq[idx]]) * dir_a[idx]
        gap_b = (tp[idx] - v[bt.b_p[idx]]) * dir_b[idx]  # how far B may still move on p
        gap_a = (tq[idx] - v[bt.a_q[idx]]) * dir_a[idx]
        dp_max = np.minimum(gap_b * w_bp[idx] / Wp[idx], room_p)
        dq_max = np.minimum(gap_a * w_aq[idx] / Wq[idx], room_q)
        r = rate[idx]
        dp = np.minimum(dp_max, dq_max / r)
        dq = r * dp
        gain = np.minimum(dp * s_ap[idx] - dq * s_aq[idx], dq * s_bq[idx] - dp * s_bp[idx])
        ok = (gap_b > _TINY) & (gap_a > _TINY) & (dp_max > 0) & (dq_max > 0) & (gain > _TINY)
        idx, dp, dq, gain = idx[ok], dp[ok], dq[ok], gain[ok]
        if not idx.size:
            break
        prob = bt.problem[idx]
        best = np.full(n_problems, -np.inf)
        np.maximum.at(best, prob, gain)
        top = np.flatnonzero(gain == best[prob])
        _, first = np.unique(prob[top], return_index=True)
        win = top[first]  # the first best exchange of each problem
        k = idx[win]
        move_b, move_a = dp[win] * Wp[k] / w_bp[k], dq[win] * Wq[k] / w_aq[k]
        if trace is not None:
            trace.extend(zip(k.tolist(), gain[win].tolist(), move_b.tolist(), move_a.tolist(),
                             strict=True))
        v[bt.b_p[k]] = _toward(v[bt.b_p[k]], move_b, dir_b[k], tp[k])
        v[bt.a_q[k]] = _toward(v[bt.a_q[k]], move_a, dir_a[k], tq[k])
        keep = np.ones(idx.size, dtype=bool)
        keep[win] = False
        idx = idx[keep]
    return v


def exchange_many(
    runs: Sequence[Stakeholders],
    options: ExchangeOptions | None = None,
    *,
    seed: Seed = None,
    on_done: Callable[[int], None] | None = None,
) -> list[ForecastResult]:
    """The exchange model on many independent sets of stakeholders at once.

    Every set runs in lockstep with the others (one exchange per set per step); the equal-gain
    result of each is exactly that of running it alone. The random-rate variant draws the
    rates of set ``i`` from the ``i``-th child of ``seed`` (alone, a set is child 0).
    """
    opt = options or ExchangeOptions()
    runs = list(runs)
    if not runs:
        return []
    bt, cell0, issue0 = _batch(runs)
    x = np.concatenate([s.unit_position().ravel() * 100.0 for s in runs])
    streams = spawn(seed if not isinstance(seed, np.random.Generator) else
                    int(seed.integers(2**63)), len(runs)) if opt.variant == "random" else []
    s_ap, s_aq = bt.salience[bt.a_p], bt.salience[bt.a_q]
    s_bp, s_bq = bt.salience[bt.b_p], bt.salience[bt.b_q]
    counts = np.bincount(bt.problem, minlength=len(runs))
    states = [x.copy()]
    for _ in range(opt.rounds):
        if opt.variant == "equal":
            rate = (s_ap + s_bp) / (s_aq + s_bq)
        else:
            u = np.concatenate([g.random(int(m)) for g, m in zip(streams, counts, strict=True)])
            lo, hi = s_bp / s_bq, s_ap / s_aq
            rate = lo + u * (hi - lo)
        v = _round(bt, x, rate, len(runs))
        if np.array_equal(v, x):
            break
        states.append(v)
        moved = v != x
        step = opt.fixed_weight + opt.salience_weight * (1.0 - bt.salience)
        x = np.where(moved, x + step * (v - x), x)
    hist = np.stack(states)  # (states, cells)
    out = []
    for t, s in enumerate(runs):
        n, d = s.n_actors, s.n_dimensions
        h = hist[:, cell0[t]:cell0[t + 1]].reshape(-1, n, d)
        last = bt.outcome(hist[-1])[issue0[t]:issue0[t + 1]]
        share = influence_share(s)
        out.append(ForecastResult(
            "exchange" if opt.variant == "equal" else "exchange-random", s.names, s.dimensions,
            s.from_unit(h / 100.0), np.repeat(share[None], h.shape[0], axis=0),
            s.from_unit(last / 100.0)))
        if on_done is not None:
            on_done(t)
    return out


def exchange(
    stakeholders: Stakeholders, options: ExchangeOptions | None = None, *, seed: Seed = None,
) -> ForecastResult:
    """Stokman's exchange model on one set of stakeholders (see the module docstring).

    ``history`` holds the input and each round's voting positions; ``win_probability`` each
    actor's influence share (no contest is simulated); ``forecast`` the last round's outcome.

    Examples
    --------
    Two actors who each care more about the issue the other concedes (decide's two-actor
    test): Left moves all the way to 100 on ``p`` (the outcome there reaches Right's position),
    Right moves on ``q`` until both gain equally (5 each): to 80.

    >>> s = Stakeholders(["Left", "Right"], ["p", "q"], [1, 1], [[0, 0], [100, 100]],
    ...                  [[0.1, 0.9], [0.6, 0.5]])
    >>> r = exchange(s, ExchangeOptions(rounds=1))
    >>> [round(float(v), 6) for v in r.history[-1].ravel()]
    [100.0, 0.0, 100.0, 80.0]
    >>> [round(float(v), 6) for v in r.forecast]
    [100.0, 28.571429]
    """
    return exchange_many([stakeholders], options, seed=seed)[0]
