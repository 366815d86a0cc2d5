"""Every package in every draw, without visiting most of them: who accepts, the margin,
the reaches, the Nash point.

The packages are a mixed-radix space over the settled issues, that is a tree: a node at
depth ``l`` fixes the first ``l`` issues, a leaf is a package. A party's utility in a draw
is the sum of its per-issue terms, added left to right exactly as
:meth:`accord.model.AdditiveUtility.dense` adds them, so a node's partial sum plus the
largest (smallest) term each remaining issue can add in that draw bounds the utility of
every package below it. The search walks (node, draw) pairs down the tree, depth first,
and drops a pair as soon as its bounds show that no package below it matters in that
draw: none can be accepted by every party, reach the margin or a party's reach, or come
within the tolerance of the Nash score of packages already evaluated (a few packages good
at the stated values, evaluated in every draw first: the incumbents of branch and bound,
Land and Doig 1960). A pair whose packages every party surely accepts counts one
acceptance for all of them at once. The leaves left are evaluated with the float
operations of a dense evaluation, so the result is the dense one, bit for bit: with the
stated parameters a draw reproduces the compiled utilities exactly.

At most ``block_cells`` pairs are expanded at a time, so memory stays bounded whatever the
space (about depth x ``block_cells`` pairs alive). Threads (numpy releases the GIL) take
disjoint sets of draws, and every merged quantity is a count, a maximum or a per-draw
choice, so the result does not depend on ``jobs``.

Deferred issues enter as option probabilities per package (``Packages.soft``): their
expected term in each draw is a matrix product with the drawn terms, one row per distinct
belief, added at the leaves.

References
----------
A. H. Land, A. G. Doig, "An automatic method of solving discrete programming problems",
Econometrica 28 (1960) 497-520.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import reduce

import numpy as np

from ...model.problem import Problem, frozen
from ...model.tolerance import UTILITY_TOLERANCE
from ..pareto import pareto_frontier
from .draws import Draws

__all__ = ["BLOCK_CELLS", "Evaluation", "Packages", "all_packages", "evaluate", "has_zopa"]

BLOCK_CELLS = 1 << 16
"""(node, draw) pairs expanded at a time: a few MB of arrays, large enough that numpy's
per-call overhead is small against the work."""

TOLERANCE = UTILITY_TOLERANCE
"""A package worth within this of a walk-away value is acceptable (float noise)."""

SLACK = 1e-10
"""Bounds are sums of the same terms in another order: widened by far more than their
rounding error, so that a pair is only dropped when it surely does not matter."""

INCUMBENTS = 16
"""Packages with the largest smallest gain at the stated values, evaluated in every draw
to bound the margin and the Nash score before the search."""

FRONTIER = 64
"""At most this many Pareto-optimal packages at the stated values (those with the largest
smallest gain) join the incumbents: each draw's best packages are usually near them."""

ROUNDING = 1e-12
"""Utilities summed in two orders differ by far less than this (a few units in the last
place)."""

FAR = 1e30
"""Stands for an unknown (-inf) reach in the bounds, where it is multiplied by 0."""

REACH_LEVELS = (-0.1, -0.05, 0.0, 0.05, 0.1)
"""For each party, the package best for it among those whose other parties' gains at the
stated values are at least each of these: incumbents for its reach."""


@dataclass(frozen=True, eq=False)
class Packages:
    """The packages to evaluate: every combination of the ``issues`` (positions in the
    problem, in order), in mixed-radix order.

    ``column(j)`` gives party ``j``'s utility of every package at the stated parameters
    (used when its parameters do not vary); ``soft[j]`` lists ``(issue, P)`` for deferred
    issues, ``P[package, option]`` the probability that party ``j`` expects; ``feasible``
    masks out packages (None: all feasible).
    """

    problem: Problem
    issues: tuple[int, ...]
    radices: np.ndarray
    feasible: np.ndarray | None
    column: Callable[[int], np.ndarray]
    soft: tuple[tuple[tuple[int, np.ndarray], ...], ...]

    @property
    def size(self) -> int:
        return int(np.prod(self.radices, dtype=np.int64))

    def digits(self, index: np.ndarray) -> np.ndarray:
        """Option of every settled issue for each package index."""
        strides = np.ones(len(self.radices), dtype=np.int64)
        for i in range(len(self.radices) - 2, -1, -1):
            strides[i] = strides[i + 1] * self.radices[i + 1]
        idx = np.asarray(index, dtype=np.int64)
        return (idx[:, None] // strides[None, :]) % self.radices[None, :]


def all_packages(problem: Problem) -> Packages:
    """Every package of the problem, with its feasibility and compiled utilities."""
    return Packages(
        problem=problem,
        issues=tuple(range(problem.space.n_issues)),
        radices=problem.space.radices,
        feasible=problem.feasible,
        column=problem.column,
        soft=((),) * problem.n_parties,
    )


@dataclass(frozen=True)
class Evaluation:
    """What the draws say about every package.

    ``accepted[p]``: draws in which every party accepts package ``p`` (its utility at least
    its walk-away value); per draw ``s``: ``zopa[s]`` whether any package is accepted,
    ``margin[s]`` the largest smallest gain ``max_p min_j (u_j - d_j)`` over feasible
    packages (negative: the shortfall; 0 within the utility tolerance), ``reach[s, j]``
    party ``j``'s largest gain ``u_j - d_j`` among packages every other party accepts
    (-inf: none), ``nash[s]`` the Nash package (-1 without a ZOPA).
    """

    accepted: np.ndarray
    zopa: np.ndarray
    margin: np.ndarray
    reach: np.ndarray
    nash: np.ndarray

    @property
    def n_draws(self) -> int:
        return len(self.zopa)


def evaluate(
    packages: Packages, draws: Draws, *, block_cells: int = BLOCK_CELLS, jobs: int = 1
) -> Evaluation:
    """Evaluate every package in every draw (see the module notes).

    Notes
    -----
    At worst O(draws x packages x parties) time, in practice the pairs near the draws'
    frontiers; memory is about depth x ``block_cells`` pairs plus one count per package.
    The Nash point of a draw maximises the geometric mean of the gains over the accepted
    packages (Nash 1950); near ties (within ``TOLERANCE``) go to the larger utility sum,
    then the more equal split, then the lower package index.
    """
    tree, parts = _run(packages, draws, block_cells, jobs, "all")
    return _merge(tree, parts, draws.n)


def conclusions(
    packages: Packages, draws: Draws, *, block_cells: int = BLOCK_CELLS, jobs: int = 1
) -> tuple[np.ndarray, np.ndarray]:
    """Per draw, the Nash package (-1: no ZOPA) and the margin: what :func:`evaluate`
    says in ``nash`` and ``margin``, found faster (no acceptance counts, no reaches)."""
    tree, parts = _run(packages, draws, block_cells, jobs, "conclusions")
    merged = _merge(tree, parts, draws.n)
    return merged.nash, merged.margin


def has_zopa(
    packages: Packages, draws: Draws, *, block_cells: int = BLOCK_CELLS, jobs: int = 1
) -> np.ndarray:
    """Per draw, whether some package is accepted by every party: what :func:`evaluate`
    says in ``zopa``, found faster (a draw is left as soon as one package is found)."""
    parts = _run(packages, draws, block_cells, jobs, "zopa")[1]
    return reduce(np.logical_or, [f.zopa for f in parts])


def _run(packages: Packages, draws: Draws, block_cells: int, jobs: int,
         want: str) -> tuple[_Tree, list[_Found]]:
    tree = _Tree.build(packages, draws)
    n = draws.n
    budget = max(1, int(block_cells))
    incumbents = _incumbents(tree, draws.reservation_values, budget, want != "zopa")
    every = np.arange(n, dtype=np.int64)
    chunks = np.array_split(every, 4 * jobs) if jobs > 1 else [every]

    def run(worker: int) -> _Found:
        found = _Found.start(tree, incumbents, want)
        for chunk in chunks[worker::jobs]:
            if len(chunk):
                _search(tree, draws.reservation_values, chunk, budget, found)
        return found

    if jobs <= 1:
        parts = [run(0)]
    else:
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            parts = list(pool.map(run, range(jobs)))
    return tree, parts


@dataclass(frozen=True, eq=False)
class _Tree:
    """What the search needs. The tree takes the settled issues in ``order`` (the ones
    that move utilities most first, so that bounds tighten early): a node of depth ``l``
    fixes the options of issues ``order[:l]``, numbered in mixed radix over ``radices``.
    ``tables[i][j]`` is party ``j``'s drawn terms (draws x options) for the ``i``-th
    settled issue, None when its utility does not vary (it is then ``column[j]``).
    Bounds on what the issues from depth ``l`` on add, for each direction (column ``c`` of
    ``directions``, a convex combination of the parties' gains): ``upper[l][c]`` per draw,
    minus the combined walk-away floor, and ``fixed_upper[l][c]`` per node (the parties
    that do not vary); ``lower[l][j]``/``fixed_lower[l][j]`` the smallest, per party;
    ``steps[l][c]`` what each option of the issue at depth ``l`` adds in direction ``c``
    and ``by_option[i][j]`` what each option of the ``i``-th settled issue adds to party
    ``j``'s utility (options x draws)."""

    packages: Packages
    order: tuple[int, ...]
    radices: tuple[int, ...]
    varying: tuple[bool, ...]
    tables: tuple[tuple[np.ndarray | None, ...], ...]
    soft: tuple[tuple[tuple[np.ndarray, np.ndarray], ...], ...]  # see _expectation
    column: tuple[np.ndarray | None, ...]
    directions: np.ndarray
    upper: tuple[np.ndarray, ...]
    lower: tuple[np.ndarray, ...]
    steps: tuple[np.ndarray, ...]
    by_option: tuple[tuple[np.ndarray | None, ...], ...]
    fixed_upper: tuple[np.ndarray, ...] | None
    fixed_lower: tuple[np.ndarray, ...] | None
    possible: tuple[np.ndarray, ...] | None  # per depth: nodes with a feasible package

    @property
    def depth(self) -> int:
        return len(self.radices)

    @property
    def k(self) -> int:
        return len(self.varying)

    @property
    def in_order(self) -> bool:
        """Whether the tree adds the issues in the packages' order (then its partial sums
        are the exact ones)."""
        return self.order == tuple(range(self.depth))

    @classmethod
    def build(cls, packages: Packages, draws: Draws) -> _Tree:
        shape = tuple(int(r) for r in packages.radices)
        depth, n, k = len(shape), draws.n, len(draws.terms)
        varying = tuple(t is not None for t in draws.terms)
        tables = tuple(
            tuple(None if terms is None else np.ascontiguousarray(terms[i])
                  for terms in draws.terms)
            for i in packages.issues
        )
        spread = [sum(float(np.mean(t.max(axis=1) - t.min(axis=1)))
                      for t in tables[i] if t is not None) for i in range(depth)]
        order = tuple(int(i) for i in np.argsort(-np.array(spread), kind="stable"))
        radices = tuple(shape[i] for i in order)
        soft = tuple(
            () if terms is None else tuple(_expectation(probability, terms[i])
                                           for i, probability in packages.soft[j])
            for j, terms in enumerate(draws.terms)
        )
        column = tuple(None if v else np.asarray(packages.column(j), dtype=float)
                       for j, v in enumerate(varying))
        directions = _directions(k)
        floor = draws.reservation_values - TOLERANCE
        # the deferred issues' expected terms lie between their smallest and largest option
        high = np.zeros((n, k))
        low = np.zeros((n, k))
        for j, extra in enumerate(soft):
            for _, values in extra:
                high[:, j] += values.max(axis=0)
                low[:, j] += values.min(axis=0)
        # options x draws rows, so that a draw's terms are gathered along long rows
        by_option = tuple(tuple(None if t is None else np.ascontiguousarray(t.T)
                                for t in tables[i]) for i in range(depth))
        m = directions.shape[1]
        upper, lower, steps = [(high @ directions).T], [low.T], []
        for i in reversed(order):
            rows = [np.zeros((shape[i], n)) if t is None else t for t in by_option[i]]
            step = np.stack([sum(w * x for w, x in zip(directions[:, c], rows))
                             for c in range(m)])  # directions x options x draws
            upper.append(upper[-1] + step.max(axis=1))
            lower.append(lower[-1] + np.stack([x.min(axis=0) for x in rows]))
            steps.append(step)
        steps = tuple(reversed(steps))
        # one contiguous row per direction (party) and draw: reductions over the short
        # axis are elementwise operations between rows
        upper = tuple(np.ascontiguousarray(u - (floor @ directions).T) for u in reversed(upper))
        lower = tuple(np.ascontiguousarray(x - floor.T) for x in reversed(lower))

        def per_node(values: np.ndarray, op) -> tuple[np.ndarray, ...]:
            tail = values.shape[1:]
            permuted = values.reshape(*shape, *tail).transpose(
                *order, *range(depth, depth + len(tail)))
            return _node_extremes(permuted.reshape(-1, *tail), radices, op)

        fixed_upper = fixed_lower = None
        if not all(varying):
            columns = np.column_stack([np.zeros(packages.size) if c is None else c
                                       for c in column])
            fixed_upper = tuple(np.ascontiguousarray(x.T)
                                for x in per_node(columns @ directions, np.maximum))
            fixed_lower = tuple(np.ascontiguousarray(x.T)
                                for x in per_node(columns, np.minimum))
        possible = None
        if packages.feasible is not None:
            possible = per_node(np.asarray(packages.feasible), np.logical_or)
        return cls(packages, order, radices, varying, tables, soft, column, directions,
                   upper, lower, steps, by_option, fixed_upper, fixed_lower, possible)

    @property
    def strides(self) -> tuple[int, ...]:
        """Per depth: how far the package index moves with the option of that depth's
        issue."""
        shape = [int(r) for r in self.packages.radices]
        return tuple(int(np.prod(shape[i + 1:], dtype=np.int64)) for i in self.order)

    def exact_sums(self, digits: np.ndarray, s: np.ndarray) -> list[np.ndarray | None]:
        """Every varying party's sum over the settled issues of the packages with options
        ``digits`` in draws ``s``, added in the packages' issue order (as the compiled
        utility is)."""
        sums = [np.zeros(len(s)) if v else None for v in self.varying]
        for i, tables in enumerate(self.tables):
            flat = s * self.packages.radices[i] + digits[:, i]
            sums = [x if x is None else x + tables[j].ravel().take(flat)
                    for j, x in enumerate(sums)]
        return sums

    def utilities(self, node: np.ndarray, s: np.ndarray, sums: list) -> list[np.ndarray]:
        """Every party's utility of the packages ``node`` in draws ``s``, from the partial
        sums over all settled issues."""
        out = []
        for j in range(self.k):
            if not self.varying[j]:
                out.append(self.column[j][node])
                continue
            total = sums[j]
            for belief, values in self.soft[j]:
                total = total + values[belief[node], s]
            out.append(np.minimum(total, 1.0))
        return out


def _expectation(probability: np.ndarray, terms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A deferred issue's expected term: ``(belief, values)`` with ``values[b, s]`` the
    expectation under the ``b``-th distinct belief in draw ``s`` and ``belief[p]`` the
    belief of package ``p`` (packages share beliefs unless constraints tell them apart)."""
    if len(probability) and np.all(probability == probability[:1]):
        distinct, belief = probability[:1], np.zeros(len(probability), dtype=np.int64)
    else:
        distinct, belief = np.unique(probability, axis=0, return_inverse=True)
    return belief.reshape(-1), distinct @ terms.T


def _directions(k: int) -> np.ndarray:
    """Convex combinations of the parties' gains whose bounds prune (parties x directions):
    each party alone, all alike, and for few parties the pairs; the uniform one is
    column ``k`` (or 0 for one party)."""
    eye = np.eye(k)
    columns = list(eye)
    if k > 1:
        columns.append(np.full(k, 1.0 / k))
    if k == 2:
        columns += [np.array([0.75, 0.25]), np.array([0.25, 0.75])]
    elif k <= 4:
        columns += [(eye[a] + eye[b]) / 2 for a in range(k) for b in range(a + 1, k)]
    return np.column_stack(columns) if columns else np.zeros((0, 0))


def _node_extremes(values: np.ndarray, radices: tuple[int, ...], op) -> tuple[np.ndarray, ...]:
    """Per depth ``l``: ``op`` over the packages below each node of depth ``l`` (one row
    per node; trailing axes of ``values`` kept)."""
    tail = values.shape[1:]
    out = [values]
    for r in reversed(radices):
        out.append(op.reduce(out[-1].reshape(-1, r, *tail), axis=1))
    return tuple(reversed(out))


@dataclass(frozen=True)
class _Incumbents:
    """Per draw, what known packages already achieve: the margin, each party's reach and
    the Nash score (-inf: nothing known)."""

    margin: np.ndarray
    reach: tuple[np.ndarray, ...]
    nash: np.ndarray
    zopa: np.ndarray


def _incumbents(tree: _Tree, reservation: np.ndarray, budget: int,
                many: bool) -> _Incumbents:
    """Evaluate the packages :func:`_promising` chooses in every draw (when only the ZOPA
    is wanted, those with the largest smallest gains only)."""
    packages, k = tree.packages, tree.k
    n = reservation.shape[0]
    if not many:
        rows = _promising(packages, few=True)
    elif packages.soft == ((),) * k and packages.issues == tuple(range(len(packages.issues))):
        rows = packages.problem.memo(("robust", "incumbents"), lambda: _promising(packages))
    else:
        rows = _promising(packages)
    known = _Incumbents(np.full(n, -np.inf), tuple(np.full(n, -np.inf) for _ in range(k)),
                        np.full(n, -np.inf), np.zeros(n, bool))
    floor = reservation - TOLERANCE
    for batch in np.array_split(rows, max(1, min(len(rows), -(-len(rows) * n // budget)))):
        if not len(batch):
            continue
        h = len(batch)
        node, s = np.repeat(batch, n), np.tile(np.arange(n, dtype=np.int64), h)
        digits = packages.digits(batch)
        sums = [np.zeros((h, n)) if v else None for v in tree.varying]
        for i, rows in enumerate(tree.by_option):  # in issue order, as the leaves add
            sums = [x if x is None else x + rows[j][digits[:, i]] for j, x in enumerate(sums)]
        u = tree.utilities(node, s, [None if x is None else x.reshape(-1) for x in sums])
        gain = [(u[j] - reservation[s, j]).reshape(h, n) for j in range(k)]
        ok = [(u[j] >= floor[s, j]).reshape(h, n) for j in range(k)]
        every = reduce(np.logical_and, ok)
        np.maximum(known.margin, reduce(np.minimum, gain).max(axis=0), out=known.margin)
        for j in range(k):
            others = reduce(np.logical_and, [ok[i] for i in range(k) if i != j],
                            np.ones((h, n), bool))
            np.maximum(known.reach[j], np.where(others, gain[j], -np.inf).max(axis=0),
                       out=known.reach[j])
        np.maximum(known.nash, np.where(every, _score(gain), -np.inf).max(axis=0),
                   out=known.nash)
        np.logical_or(known.zopa, every.any(axis=0), out=known.zopa)
    return known


def _promising(packages: Packages, few: bool = False) -> np.ndarray:
    """Packages best at the stated values: those with the largest smallest gains, and
    unless ``few``, the Pareto-optimal ones with the largest smallest gains and each
    party's best among those the others like enough."""
    k = packages.problem.n_parties
    index = (np.arange(packages.size) if packages.feasible is None
             else np.flatnonzero(packages.feasible))
    if not len(index):
        return index
    gains = np.column_stack([packages.column(j)[index] for j in range(k)])
    gains -= packages.problem.reservation_values[None, :]
    smallest = gains.min(axis=1)
    top = min(INCUMBENTS, len(index))
    chosen = [np.argpartition(-smallest, top - 1)[:top]]
    if few:
        return index[np.sort(chosen[0])]
    front = pareto_frontier(gains)
    chosen.append(front[np.argsort(-smallest[front], kind="stable")[:FRONTIER]])
    for j in range(k):
        others = np.delete(gains, j, axis=1).min(axis=1) if k > 1 else np.zeros(len(index))
        for level in REACH_LEVELS:
            allowed = np.flatnonzero(others >= level)
            if len(allowed):
                chosen.append(allowed[[np.argmax(gains[allowed, j])]])
    return frozen(index[np.unique(np.concatenate(chosen))])


def _score(gains: list[np.ndarray]) -> np.ndarray:
    """The Nash score: geometric mean of the gains, 0 if any is negative."""
    score = reduce(np.multiply, [np.maximum(g, 0.0) for g in gains])
    return score ** (1.0 / len(gains)) if len(gains) > 1 else score


@dataclass
class _Found:
    """One worker's findings over its draws (every array covers all draws)."""

    hits: np.ndarray  # acceptances counted at the leaves, per package
    sure: list[np.ndarray]  # per depth and node: draws in which all below are accepted
    zopa: np.ndarray
    margin: np.ndarray
    reach: list[np.ndarray]
    top: np.ndarray  # best Nash score found so far
    tied: list[tuple[np.ndarray, ...]]  # (draw, package, score, welfare, spread)
    want: str  # "all"; "conclusions": Nash and margin; "zopa": whether there is one

    @classmethod
    def start(cls, tree: _Tree, known: _Incumbents, want: str) -> _Found:
        """Nothing counted yet; the maxima start at what the incumbents achieve (values of
        real packages, computed as the leaves are, so the maxima stay exact)."""
        size = tree.packages.size
        counts = want == "all"
        nodes = np.cumprod((1, *tree.radices[:-1])) if counts else np.zeros(tree.depth)
        return cls(np.zeros(size if counts else 0, np.int64),
                   [np.zeros(int(m), np.int64) for m in nodes],
                   known.zopa.copy(), known.margin.copy(),
                   [r.copy() for r in known.reach], known.nash.copy(), [], want)


def _search(tree: _Tree, reservation: np.ndarray, draws: np.ndarray, budget: int,
            found: _Found) -> None:
    """Walk the (node, draw) pairs of ``draws`` down the tree, depth first, expanding at
    most ``budget`` pairs at a time."""
    depth = tree.depth
    floor = reservation - TOLERANCE
    m = len(draws)
    start = [np.zeros(m) if v else None for v in tree.varying]
    strides = tree.strides
    stack = [_Pairs(0, np.zeros(m, np.int64), np.zeros(m, np.int64), draws, start,
                    np.zeros(m, bool))]
    while stack:
        pairs = stack.pop()
        if pairs.level == depth:
            _leaves(tree, reservation, floor, pairs, found)
            continue
        r = tree.radices[pairs.level]
        take = max(1, budget // r)
        if pairs.size > take:
            stack.append(pairs.part(slice(take, None)))
            pairs = pairs.part(slice(0, take))
        if pairs.level + 1 == depth:
            _leaves(tree, reservation, floor, pairs.children(tree, strides[pairs.level]),
                    found)
            continue
        children = _expand(tree, pairs, found, strides[pairs.level])
        if children.size:
            stack.append(children)


@dataclass
class _Pairs:
    """(node, draw) pairs at one depth, every party's partial utility sum and whether
    every package below was already counted as accepted in that draw."""

    level: int
    node: np.ndarray
    index: np.ndarray  # package index of the options fixed so far (of the leaf, at a leaf)
    s: np.ndarray
    sums: list[np.ndarray | None]
    counted: np.ndarray

    @property
    def size(self) -> int:
        return len(self.node)

    def part(self, which) -> _Pairs:
        return _Pairs(self.level, self.node[which], self.index[which], self.s[which],
                      [None if x is None else x[which] for x in self.sums], self.counted[which])

    def children(self, tree: _Tree, stride: int) -> _Pairs:
        """Every option of the next issue: the sums grow by its terms, left to right."""
        r = tree.radices[self.level]
        tables = tree.tables[tree.order[self.level]]
        sums = [None if x is None else (x[:, None] + tables[j][self.s]).reshape(-1)
                for j, x in enumerate(self.sums)]
        options = np.arange(r)
        return _Pairs(self.level + 1, (self.node[:, None] * r + options).reshape(-1),
                      (self.index[:, None] + options * stride).reshape(-1),
                      np.repeat(self.s, r), sums, np.repeat(self.counted, r))


def _expand(tree: _Tree, pairs: _Pairs, found: _Found, stride: int) -> _Pairs:
    """The children that may still matter: a package below may be accepted by all and is
    not yet counted, or may come near the best Nash score, the margin or a party's reach
    found so far in that draw. Counts the children whose packages are all surely
    accepted. Bounds are computed per parent and option (parents x options), so that only
    the children kept are ever built.

    ``room[c]`` bounds, for direction ``c`` (weights ``w``), the largest
    ``sum_j w_j (u_j - d_j + tolerance)`` below the child: every package accepted by all
    has it non-negative in every direction, one with smallest gain ``g`` at least
    ``g + tolerance``, one with Nash score ``x`` at least ``x`` in the uniform direction
    (the geometric mean is at most the arithmetic one)."""
    k, level, s = tree.k, pairs.level, pairs.s
    below, r = level + 1, tree.radices[level]
    weights = tree.directions
    node = pairs.node[None, :] * r + np.arange(r)[:, None]  # options x parents
    terms = [None if x is None else tree.by_option[tree.order[level]][j].take(s, axis=1)
             for j, x in enumerate(pairs.sums)]
    room, low = [], []
    for c in range(weights.shape[1]):
        base = tree.upper[below][c][s] + SLACK
        for j, partial in enumerate(pairs.sums):
            if partial is not None and weights[j, c]:
                base += partial if weights[j, c] == 1.0 else weights[j, c] * partial
        x = base[None, :] + tree.steps[level][c].take(s, axis=1)
        if tree.fixed_upper is not None:
            x += tree.fixed_upper[below][c][node]
        room.append(x)
    for j, partial in enumerate(pairs.sums):
        if partial is None:
            x = np.broadcast_to((tree.lower[below][j][s] - SLACK)[None, :], node.shape)
        else:
            x = (partial + tree.lower[below][j][s] - SLACK)[None, :] + terms[j]
        if tree.fixed_lower is not None:
            x = x + tree.fixed_lower[below][j][node]
        low.append(x)
    least = reduce(np.minimum, room)
    maybe = least >= 0.0
    if tree.possible is not None:
        maybe &= tree.possible[below][node]
    if found.want == "zopa":  # a draw with a ZOPA found is done
        maybe &= ~found.zopa[s][None, :]
        sure = maybe & (reduce(np.minimum, low) >= 0.0)
        found.zopa[s[sure.any(axis=0)]] = True
        keep = maybe & ~found.zopa[s][None, :]
        return _kept(tree, pairs, node, terms, keep, None, stride)
    uniform = k if k > 1 else 0
    keep = maybe & (room[uniform] >= (found.top[s] - TOLERANCE - SLACK)[None, :])
    keep |= least >= (found.margin[s] + TOLERANCE)[None, :]
    if found.want != "all":
        return _kept(tree, pairs, node, terms, keep, None, stride)
    counted = np.broadcast_to(pairs.counted[None, :], node.shape)
    sure = maybe & ~counted & (reduce(np.minimum, low) >= 0.0)
    if sure.any():
        np.add.at(found.sure[below], node[sure], 1)
        found.zopa[s[sure.any(axis=0)]] = True
        counted = counted | sure
    keep |= maybe & ~counted
    for j in range(k):
        # the others accept and party j gains at least its reach: w_j (reach_j + tolerance)
        need = (np.maximum(found.reach[j][s], -FAR) + TOLERANCE)[None, :]
        keep |= reduce(np.logical_and, [x >= need * w if w != 1.0 else x >= need
                                        for x, w in zip(room, weights[j])])
    return _kept(tree, pairs, node, terms, keep, counted, stride)


def _kept(tree: _Tree, pairs: _Pairs, node: np.ndarray, terms: list, keep: np.ndarray,
          counted: np.ndarray | None, stride: int) -> _Pairs:
    """The children ``keep`` marks (options x parents); sums grow by their terms."""
    if tree.possible is not None:
        keep &= tree.possible[pairs.level + 1][node]
    flat = np.flatnonzero(keep)
    parent = flat % keep.shape[1]
    sums = [None if x is None else (x[parent] + terms[j].ravel()[flat])
            for j, x in enumerate(pairs.sums)]
    index = pairs.index[parent] + (flat // keep.shape[1]) * stride
    return _Pairs(pairs.level + 1, node.ravel()[flat], index, pairs.s[parent], sums,
                  pairs.counted[parent] if counted is None else counted.ravel()[flat])


def _leaves(tree: _Tree, reservation: np.ndarray, floor: np.ndarray, pairs: _Pairs,
            found: _Found) -> None:
    """Evaluate the packages left exactly, as a dense evaluation would."""
    k = tree.k
    p = pairs.index
    if tree.packages.feasible is not None:  # an infeasible package is acceptable to nobody
        feasible = tree.packages.feasible[p]
        pairs, p = pairs.part(feasible), p[feasible]
    s = pairs.s
    if not len(p):
        return
    sums = pairs.sums
    if not tree.in_order:
        # the tree added the issues in its own order: where the last places cannot
        # matter, that sum decides; the others are added again in the packages' order
        u = tree.utilities(p, s, sums)
        close = _close(found, reservation, floor, s, u)
        every = reduce(np.logical_and, [u[j] >= floor[s, j] for j in range(k)]) & ~close
        found.zopa[s[every]] = True
        if found.want == "all":
            np.add.at(found.hits, p[every & ~pairs.counted], 1)
        if not close.any():
            return
        pairs, p = pairs.part(close), p[close]
        s = pairs.s
        sums = tree.exact_sums(tree.packages.digits(p), s)
    u = tree.utilities(p, s, sums)
    ok = [u[j] >= floor[s, j] for j in range(k)]
    gains = [np.subtract(u[j], reservation[s, j]) for j in range(k)]
    every = reduce(np.logical_and, ok)
    found.zopa[s[every]] = True
    if found.want == "zopa":
        return
    np.maximum.at(found.margin, s, reduce(np.minimum, gains))
    if found.want == "all":
        np.add.at(found.hits, p[every & ~pairs.counted], 1)
        for j in range(k):
            others = [ok[i] for i in range(k) if i != j]
            mask = reduce(np.logical_and, others) if others else np.ones(len(p), bool)
            np.maximum.at(found.reach[j], s[mask], gains[j][mask])
    if not every.any():
        return
    p, s, gains = p[every], s[every], [g[every] for g in gains]
    score = _score(gains)
    np.maximum.at(found.top, s, score)
    near = score >= found.top[s] - TOLERANCE
    welfare = reduce(np.add, gains) + reservation.sum(axis=1)[s]
    spread = reduce(np.maximum, gains) - reduce(np.minimum, gains)
    found.tied.append((s[near], p[near], score[near], welfare[near], spread[near]))
    if sum(len(t[0]) for t in found.tied) > 4 * len(found.top):
        found.tied = [_near_top(found.tied, found.top)]


def _close(found: _Found, reservation: np.ndarray, floor: np.ndarray, s: np.ndarray,
           u: list[np.ndarray]) -> np.ndarray:
    """Leaves whose utilities ``u``, summed in another order than the packages', are near
    enough to a walk-away value, the margin, a reach or the best Nash score found that
    rounding could change what they decide."""
    k = len(u)
    close = reduce(np.logical_or, [np.abs(u[j] - floor[s, j]) <= ROUNDING for j in range(k)])
    if found.want == "zopa":
        return close
    gains = [u[j] - reservation[s, j] for j in range(k)]
    close |= reduce(np.minimum, gains) >= found.margin[s] - ROUNDING
    maybe = [u[j] >= floor[s, j] - ROUNDING for j in range(k)]
    # a geometric mean moves by at most (2^k x the change of its factors)^(1/k)
    moves = 2.0 * (2.0**k * ROUNDING) ** (1.0 / k)
    close |= reduce(np.logical_and, maybe) & (_score(gains) >= found.top[s] - TOLERANCE - moves)
    if found.want == "all":
        for j in range(k):
            close |= reduce(np.logical_and, [maybe[i] for i in range(k) if i != j],
                            gains[j] >= found.reach[j][s] - ROUNDING)
    return close


def _near_top(tied: list[tuple[np.ndarray, ...]], top: np.ndarray) -> tuple[np.ndarray, ...]:
    """The candidates still within the tolerance of their draw's best Nash score; of
    candidates alike in draw, score, utility sum and split only the lowest package (the
    tie rule would choose it), so that a space of identical packages keeps one per draw."""
    s, p, score, welfare, spread = (np.concatenate(x) for x in zip(*tied))
    near = score >= top[s] - TOLERANCE
    s, p, score, welfare, spread = s[near], p[near], score[near], welfare[near], spread[near]
    order = np.lexsort((p, spread, welfare, score, s))
    s, p, score, welfare, spread = s[order], p[order], score[order], welfare[order], spread[order]
    first = np.ones(len(s), bool)
    first[1:] = ((s[1:] != s[:-1]) | (score[1:] != score[:-1]) | (welfare[1:] != welfare[:-1])
                 | (spread[1:] != spread[:-1]))
    return s[first], p[first], score[first], welfare[first], spread[first]


def _nash(found: _Found, n: int) -> np.ndarray:
    """Per draw, among the packages within the tolerance of the best Nash score: the
    largest utility sum, then the most equal split, then the lowest index (-1: none)."""
    nash = np.full(n, -1, dtype=np.int64)
    if not found.tied:
        return nash
    s, p, _, welfare, spread = _near_top(found.tied, found.top)
    best = np.full(n, -np.inf)
    np.maximum.at(best, s, welfare)
    keep = welfare >= best[s] - TOLERANCE
    s, p, spread = s[keep], p[keep], spread[keep]
    least = np.full(n, np.inf)
    np.minimum.at(least, s, spread)
    keep = spread <= least[s] + TOLERANCE
    s, p = s[keep], p[keep]
    lowest = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(lowest, s, p)
    chosen = np.unique(s)
    nash[chosen] = lowest[chosen]
    return nash


def _merge(tree: _Tree, parts: list[_Found], n: int) -> Evaluation:
    """Add up the workers' counts; per draw, take the one worker that had the draw."""
    accepted = reduce(np.add, [f.hits for f in parts])  # empty unless counted
    if parts[0].want == "all":
        depth, shape = tree.depth, tree.radices
        back = np.argsort(tree.order)  # axes from the tree's order back to the packages'
        for level in range(depth):
            counts = reduce(np.add, [f.sure[level] for f in parts]).reshape(
                *shape[:level], *(1,) * (depth - level))
            accepted += np.broadcast_to(counts, shape).transpose(back).reshape(-1)
        if tree.packages.feasible is not None:
            accepted[~tree.packages.feasible] = 0
    zopa = reduce(np.logical_or, [f.zopa for f in parts])
    margin = reduce(np.maximum, [f.margin for f in parts])
    reach = np.column_stack([reduce(np.maximum, [f.reach[j] for f in parts])
                             for j in range(tree.k)]) if tree.k else np.zeros((n, 0))
    nash = reduce(np.maximum, [_nash(f, n) for f in parts])
    # a margin within the tolerance of 0 is float noise: 0, as the diagnosis reports it
    margin = np.where(np.abs(margin) <= TOLERANCE, 0.0, margin)
    return Evaluation(accepted, zopa, margin, reach, nash)
