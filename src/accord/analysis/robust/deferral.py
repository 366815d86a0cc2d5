"""The agenda: which issues to leave to a later phase so that a deal can be made now.

When an issue is deferred, a party values it by its own expectation of how the later
phase will settle it: its declared belief over the options (``beliefs`` in the scenario),
or a uniform belief where it declares none. Combinations the constraints forbid are left
out of the expectation (the belief is conditioned on what the settled issues allow). So a
phased agreement "settle A, B now; defer C" is worth to each party its utility of A and B
plus its expected utility of C, and deferral can open a ZOPA when the parties' beliefs
differ (each expects to win more of C later than a compromise would give it now): the
constructive ambiguity of phased agreements (Raiffa 1982, ch. 14; Sebenius 1984).

References
----------
H. Raiffa, *The Art and Science of Negotiation*, Harvard University Press, 1982.
J. K. Sebenius, *Negotiating the Law of the Sea*, Harvard University Press, 1984
(agenda management and postponing issues).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

import numpy as np

from ...model.problem import Problem, frozen
from ..bargaining import nash_bargaining_solution
from .draws import Draws
from .engine import BLOCK_CELLS, Packages, has_zopa
from .probability import wilson_interval

__all__ = ["Deferral", "beliefs", "deferral_packages", "deferrals", "point_deferral"]

MAX_DEFERRED = 3
"""Largest set of issues searched for deferral."""



@dataclass(frozen=True)
class Deferral:
    """Deferring ``defer`` (issue names): at the stated values, whether that opens a ZOPA
    and its margin (negative: the shortfall that remains); over the draws, P(ZOPA) and its
    interval (None when not evaluated under uncertainty). ``settle`` is the best package
    on the remaining issues (the Nash point if there is a ZOPA, else the one with the
    largest margin) and ``utilities`` what it is worth to each party, deferred issues at
    their expected value."""

    defer: tuple[str, ...]
    opens_zopa: bool
    margin: float
    settle: dict[str, object]
    utilities: tuple[float, ...]
    p_zopa: float | None = None
    p_zopa_interval: tuple[float, float] | None = None


def beliefs(problem: Problem, party: int, issue: int) -> np.ndarray:
    """Party's expected distribution of how ``issue`` will be settled later: declared, or
    uniform."""
    declared = problem.scenario.parties[problem.parties[party]].beliefs
    name, spec = problem.space.names[issue], problem.space.issues[issue]
    if name not in declared:
        return np.full(spec.n_options, 1.0 / spec.n_options)
    out = np.zeros(spec.n_options)
    for option, probability in declared[name].items():
        out[spec.index_of(option)] = probability
    return out / out.sum()


def deferral_packages(problem: Problem, deferred: Sequence[int], *,
                      expectations: bool = True) -> Packages:
    """The packages on the issues not deferred, each party valuing the deferred ones by its
    expectation (conditioned on what the constraints allow). Without ``expectations``,
    only the stated-value columns: ``soft`` (what draws need) is left empty."""
    deferred = tuple(sorted(deferred))
    settled = tuple(i for i in range(problem.space.n_issues) if i not in deferred)
    radices = problem.space.radices
    shape = tuple(int(r) for r in radices)
    order = settled + deferred
    n_settled = int(np.prod([shape[i] for i in settled], dtype=np.int64))

    def arrange(flat: np.ndarray) -> np.ndarray:  # (settled packages, deferred combinations)
        return np.transpose(flat.reshape(shape), order).reshape(n_settled, -1)

    n_deferred = int(np.prod([shape[i] for i in deferred], dtype=np.int64))
    # without constraints every settled package allows every deferred combination
    allowed = None if problem.feasible is None else arrange(problem.feasible).astype(float)
    inner = tuple(shape[i] for i in deferred)
    columns, soft, mass = [], [], []
    for j in range(problem.n_parties):
        belief = np.ones(1)
        for i in deferred:
            belief = np.multiply.outer(belief, beliefs(problem, j, i)).ravel()
        weight = (np.broadcast_to(belief, (n_settled, n_deferred)) if allowed is None
                  else allowed * belief[None, :])
        total = weight.sum(axis=1)
        mass.append(total)
        safe = np.where(total > 0, total, 1.0)[:, None]
        columns.append(frozen((weight * arrange(problem.column(j))).sum(axis=1) / safe[:, 0]))
        if not expectations:
            soft.append(())
            continue
        share = (weight / safe).reshape(n_settled, *inner)
        soft.append(
            tuple(
                (i, frozen(share.sum(axis=tuple(a + 1 for a in range(len(inner)) if a != d))))
                for d, i in enumerate(deferred)
            )
        )
    feasible = np.logical_and.reduce([m > 0 for m in mass])
    return Packages(
        problem=problem,
        issues=settled,
        radices=np.array([shape[i] for i in settled], dtype=np.int64),
        feasible=None if feasible.all() else frozen(feasible),
        column=lambda j: columns[j],
        soft=tuple(soft),
    )


def point_deferral(problem: Problem, deferred: Sequence[int]) -> Deferral:
    """Deferring ``deferred`` (issue positions) at the stated values."""
    packages = deferral_packages(problem, deferred, expectations=False)
    u = np.column_stack([packages.column(j) for j in range(problem.n_parties)])
    index = np.arange(len(u)) if packages.feasible is None else np.flatnonzero(packages.feasible)
    u = u[index]
    d = problem.reservation_values
    gain = (u - d[None, :]).min(axis=1)
    nash = nash_bargaining_solution(u, d) if len(u) else None
    row = int(np.argmax(gain)) if nash is None else int(nash)
    digits = packages.digits(np.array([index[row]]))[0]
    settle = {
        problem.space.names[i]: problem.space.issues[i].options[int(o)]
        for i, o in zip(packages.issues, digits)
    }
    return Deferral(
        defer=tuple(problem.space.names[i] for i in sorted(deferred)),
        opens_zopa=nash is not None,
        margin=float(gain.max()),
        settle=settle,
        utilities=tuple(float(x) for x in u[row]),
    )


def deferrals(
    problem: Problem,
    draws: Draws | None = None,
    *,
    max_deferred: int = MAX_DEFERRED,
    evaluate_top: int = 8,
    jobs: int = 1,
    block_cells: int = BLOCK_CELLS,
) -> tuple[Deferral, ...]:
    """Every set of up to ``max_deferred`` issues (never all of them), at the stated values;
    the most promising ``evaluate_top`` sets (those that open a ZOPA, then the largest
    margins) also under the ``draws``. Sorted: sets that open a ZOPA, smallest first, then
    by P(ZOPA) where evaluated, then by margin."""
    n = problem.space.n_issues
    found = [
        point_deferral(problem, subset)
        for size in range(1, min(max_deferred, n - 1) + 1)
        for subset in combinations(range(n), size)
    ]
    found.sort(key=lambda f: (not f.opens_zopa, len(f.defer) if f.opens_zopa else 0, -f.margin))
    if draws is not None and draws.params:
        names = problem.space.names
        for k, f in enumerate(found[:evaluate_top]):
            packages = deferral_packages(problem, [names.index(x) for x in f.defer])
            hits = int(has_zopa(packages, draws, block_cells=block_cells, jobs=jobs).sum())
            found[k] = _with_probability(f, hits, draws.n)
    return tuple(
        sorted(
            found,
            key=lambda f: (
                not f.opens_zopa,
                len(f.defer) if f.opens_zopa else 0,
                -(f.p_zopa if f.p_zopa is not None else -1.0),
                -f.margin,
            ),
        )
    )


def _with_probability(f: Deferral, hits: int, n: int) -> Deferral:
    return replace(f, p_zopa=hits / n, p_zopa_interval=wilson_interval(hits, n))
