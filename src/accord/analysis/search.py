"""Pareto frontier by search, for outcome spaces too large to enumerate.

The ANAC 2014 hyper-rectangle domains have 10^10 outcomes: no table of utilities fits in
memory, so the frontier is *searched*, not computed. The result is a set of mutually
non-dominated outcomes that approximates the true frontier from inside; it is exact only
when the search happens to visit every frontier outcome.

The search works on option digits, never on outcome indexes, so spaces beyond int64 (10^24
outcomes) are searched as easily; indexes are formed once, for the answer. Its memory is
bounded whatever the issues: a step tries at most :data:`_NEIGHBOURHOOD` digits in all.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from ..model import HyperRectangleUtility, Scenario
from ..model.preferences import AdditiveUtility, Preferences
from ..model.problem import Problem, as_problem
from ..seeding import generator
from .pareto import pareto_frontier

__all__ = ["search_pareto_frontier"]

DEFAULT_BUDGET = 1_000_000
_POPULATION = 192
_BOX_SEEDS = 24  # randomised box packings per direction
_PATIENCE = 3  # kicks without improvement before a walker restarts from a fresh seed
_RHO = 1e-3  # augmentation of the Chebyshev scalarisation (keeps its optima Pareto-optimal)
_ALL_OPTIONS = 64  # issues with more options try steps and a sample of options instead
_SAMPLED = 16  # options drawn per step on such an issue
_SEED_OPTIONS = 4096  # options compared per issue when building additive starting points
_NEIGHBOURHOOD = 1 << 23  # most digits (walkers x moves x issues) tried in one step


def search_pareto_frontier(
    scenario: Scenario | Problem,
    *,
    seed: int = 0,
    budget: int = DEFAULT_BUDGET,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Search the Pareto frontier of the negotiators' utilities; for huge outcome spaces.

    Many scalarisations of the parties' utilities (weighted sums and augmented Chebyshev
    distances to the ideal point, along directions spread over the simplex) are each
    maximised by an iterated local search over option digits. Every step evaluates a
    walker's whole neighbourhood (all single-issue changes) in one bulk call to
    ``preferences.evaluate``; on an issue with more than 64 options the changes tried are
    steps of 1, 2, 4, ... options either way and a fresh random sample of options, and a
    neighbourhood too large for memory is sampled, afresh each step. A walker that stops
    improving is kicked (a few digits re-drawn) and, after a few fruitless kicks,
    restarted. Walkers start from outcomes built from the preferences' structure: for
    hyper-rectangle parties, randomised greedy packings of mutually compatible boxes
    (boxes intersect exactly when their bounds overlap issue by issue, so a packing is an
    intersection of rectangles), taken best box first for the walker's direction; for
    additive parties, the issue-by-issue maximiser of the weighted sum. Every outcome
    evaluated is kept in a non-dominated archive, which is returned.

    Parameters
    ----------
    scenario : Scenario or Problem
        Utilities of its negotiators are searched; infeasible outcomes are skipped.
    seed : int
        Seeds the search (``accord.seeding.generator``); the same seed gives the same result.
    budget : int
        Number of outcome evaluations (of all parties at once) to spend.
    progress : callable, optional
        Called as ``progress(spent, budget)`` with the evaluations spent so far, at the
        start and after every step of the search.

    Returns
    -------
    outcome_indexes : ndarray, shape (m,)
        Mixed-radix outcome indexes: int64, or Python ints (dtype object) when the
        space has more outcomes than int64 can count.
    utilities : ndarray of shape (m, n_negotiators)
        Their utilities, mutually non-dominated, sorted by the first party, descending.

    Notes
    -----
    The frontier is searched, not exact: a point missing from the answer may exist. On
    ANAC 2014 ``10issues`` (10^10 outcomes) the default budget matches or dominates every
    point of GENIUS's ``pareto.xml`` in a few seconds on two cores. Cost is
    O(budget x cost of one evaluation); memory is O(population x issues x min(options, 64))
    and at most 64 MB of neighbourhood digits per step.

    References
    ----------
    Miettinen, K. (1999). *Nonlinear Multiobjective Optimization*, ch. 3.4 (augmented
    Chebyshev scalarisation). Lourenço, H. R., Martin, O. C., Stützle, T. (2003). Iterated
    local search. *Handbook of Metaheuristics*, 321-353.
    """
    report = progress or _silent
    report(0, budget)
    rng = generator(seed)
    problem = as_problem(scenario)
    prefs = list(problem.preferences)
    space = problem.space
    radices = space.radices
    k = problem.n_parties
    directions = _directions(k, _POPULATION)
    chebyshev = np.arange(_POPULATION) % 2 == 1
    seeds = _seed_digits(prefs, radices, directions, rng)
    archive = _Archive(space, prefs)
    archive.add(seeds)
    walkers = seeds[:_POPULATION].copy()
    best_score = archive.score(walkers, directions, chebyshev)
    stalls = np.zeros(_POPULATION, dtype=np.int64)
    spare = seeds[_POPULATION:]
    every_move = _every_move(radices)
    while archive.spent < budget:
        report(min(archive.spent, budget), budget)
        moves = every_move if every_move is not None else _sampled_moves(radices, rng)
        n_moves = len(moves[0])
        neighbours = _neighbourhoods(walkers, moves, radices).reshape(-1, len(radices))
        u, ok = archive.evaluate(neighbours)
        archive.keep(neighbours[ok], u[ok])
        score = _scores(
            u, np.repeat(directions, n_moves, axis=0), np.repeat(chebyshev, n_moves)
        )
        score = np.where(ok, score, -np.inf).reshape(_POPULATION, n_moves)
        neighbours = neighbours.reshape(_POPULATION, n_moves, len(radices))
        pick = score.argmax(axis=1)
        gain = score[np.arange(_POPULATION), pick]
        better = gain > best_score + 1e-12
        walkers[better] = neighbours[better, pick[better]]
        best_score[better] = gain[better]
        stuck = ~better
        stalls[better] = 0
        stalls[stuck] += 1
        restart = stuck & (stalls > _PATIENCE)
        kick = stuck & ~restart
        if kick.any():
            walkers[kick] = _kick(walkers[kick], radices, rng)
            best_score[kick] = archive.score(walkers[kick], directions[kick], chebyshev[kick])
        if restart.any():
            n = int(restart.sum())
            if len(spare) >= n:
                fresh, spare = spare[:n], spare[n:]
            else:
                fresh = _random_digits(radices, n, rng)
            walkers[restart] = fresh
            stalls[restart] = 0
            best_score[restart] = archive.score(
                walkers[restart], directions[restart], chebyshev[restart]
            )
    report(budget, budget)
    return archive.frontier()


def _silent(done: int, total: int) -> None:
    """No progress report."""


class _Archive:
    """Evaluations spent so far and the non-dominated outcomes seen (as option digits)."""

    def __init__(self, space, prefs: list[Preferences]) -> None:
        self.space = space
        self.prefs = prefs
        self.spent = 0
        self.digits = np.zeros((0, space.n_issues), dtype=np.int64)
        self.u = np.zeros((0, len(prefs)))

    def evaluate(self, digits: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Utilities and feasibility of option-digit rows."""
        self.spent += len(digits)
        u = np.column_stack([p.evaluate(digits) for p in self.prefs])
        ok = self.space.feasible(digits) if self.space.constraints else np.ones(len(u), bool)
        return u, ok

    def score(
        self, digits: np.ndarray, directions: np.ndarray, chebyshev: np.ndarray
    ) -> np.ndarray:
        """Scalarised utility of each row (-inf when infeasible)."""
        u, ok = self.evaluate(digits)
        return np.where(ok, _scores(u, directions, chebyshev), -np.inf)

    def add(self, digits: np.ndarray) -> None:
        u, ok = self.evaluate(digits)
        self.keep(digits[ok], u[ok])

    def keep(self, digits: np.ndarray, u: np.ndarray) -> None:
        if not len(digits):
            return
        digits = np.vstack([self.digits, digits])
        u = np.vstack([self.u, u])
        # outcome-index order is the digits' lexicographic order: ties keep the lowest index
        order = np.lexsort(digits.T[::-1])
        digits, u = digits[order], u[order]
        front = pareto_frontier(u)
        self.digits, self.u = digits[front], u[front]

    def frontier(self) -> tuple[np.ndarray, np.ndarray]:
        return self.space.index(self.digits), self.u.copy()


def _directions(k: int, n: int) -> np.ndarray:
    """``n`` weight vectors on the simplex, evenly spread (pairs share a direction)."""
    m = (n + 1) // 2
    if k == 1:
        base = np.ones((m, 1))
    elif k == 2:
        t = (np.arange(m) + 0.5) / m
        base = np.column_stack([t, 1 - t])
    else:
        rng = generator(12345)  # fixed: directions are not part of the search seed
        base = rng.dirichlet(np.ones(k), m)
        base[:k] = np.eye(k) * 0.9 + 0.1 / k
    return np.repeat(base, 2, axis=0)[:n]


def _scores(u: np.ndarray, directions: np.ndarray, chebyshev: np.ndarray) -> np.ndarray:
    """Weighted sum, or augmented Chebyshev distance to the ideal point (negated)."""
    weighted = (u * directions).sum(axis=1)
    gap = 1.0 - u
    cheb = -(np.max(directions * gap, axis=1) + _RHO * gap.sum(axis=1))
    return np.where(chebyshev, cheb, weighted)


Moves = tuple[np.ndarray, np.ndarray, np.ndarray]
"""Single-issue changes: issue, value, and whether the value is a step from the walker's
option (else the option itself)."""


def _every_move(radices: np.ndarray) -> Moves | None:
    """Every single-issue change, when they are few enough to try them all at each step."""
    n_moves = int(radices.sum())
    if radices.max() > _ALL_OPTIONS or _POPULATION * n_moves * len(radices) > _NEIGHBOURHOOD:
        return None
    issue = np.repeat(np.arange(len(radices)), radices)
    value = np.concatenate([np.arange(r) for r in radices.tolist()])
    return issue, value, np.zeros(n_moves, dtype=bool)


def _sampled_moves(radices: np.ndarray, rng: np.random.Generator) -> Moves:
    """This step's changes: every option of a small issue, steps of 1, 2, 4, ... either
    way and a random sample of options on a large one, then a random subset of all that
    when the neighbourhood would not fit in :data:`_NEIGHBOURHOOD`."""
    issues, values, relative = [], [], []
    for i, r in enumerate(radices.tolist()):
        if r <= _ALL_OPTIONS:
            values.append(np.arange(r))
            relative.append(np.zeros(r, dtype=bool))
        else:
            steps = 1 << np.arange(int(r - 1).bit_length())
            values.append(np.concatenate([steps, -steps, rng.integers(0, r, _SAMPLED)]))
            relative.append(np.arange(len(values[-1])) < 2 * len(steps))
        issues.append(np.full(len(values[-1]), i))
    issue, value, rel = np.concatenate(issues), np.concatenate(values), np.concatenate(relative)
    room = max(1, _NEIGHBOURHOOD // (_POPULATION * len(radices)))
    if len(issue) > room:
        keep = np.sort(rng.choice(len(issue), room, replace=False))
        issue, value, rel = issue[keep], value[keep], rel[keep]
    return issue, value, rel


def _neighbourhoods(walkers: np.ndarray, moves: Moves, radices: np.ndarray) -> np.ndarray:
    """(walkers, moves, issues) digits: each walker with each single-issue change."""
    issue, value, relative = moves
    out = np.repeat(walkers[:, None, :], len(issue), axis=1)
    target = np.where(relative[None, :], walkers[:, issue] + value[None, :], value[None, :])
    out[:, np.arange(len(issue)), issue] = np.clip(target, 0, radices[issue] - 1)
    return out


def _kick(digits: np.ndarray, radices: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Re-draw two to three random digits of each row."""
    out = digits.copy()
    n, d = out.shape
    for _ in range(int(rng.integers(2, 4))):
        col = rng.integers(0, d, n)
        out[np.arange(n), col] = rng.integers(0, radices[col])
    return out


def _random_digits(radices: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    return (rng.random((n, len(radices))) * radices).astype(np.int64)


def _seed_digits(
    prefs: list[Preferences], radices: np.ndarray, directions: np.ndarray, rng
) -> np.ndarray:
    """Starting outcomes from the preferences' structure, one block per direction."""
    blocks = [_additive_seeds(prefs, radices, directions)]
    boxes = _box_seeds(prefs, radices, directions, rng)
    if boxes is not None:
        blocks.append(boxes)
    blocks.append(_random_digits(radices, len(directions), rng))
    seeds = np.vstack([b for b in blocks if len(b)])
    # interleave so that the first population holds every kind of seed
    order = np.argsort(np.arange(len(seeds)) % len(directions), kind="stable")
    return seeds[order]


def _additive_seeds(prefs, radices: np.ndarray, directions: np.ndarray) -> np.ndarray:
    """Issue-by-issue maximiser of each direction's weighted sum of additive parties.

    On an issue with more than :data:`_SEED_OPTIONS` options only an even grid of them and
    each party's favourite are compared (a starting point need not be exact).
    """
    additive = [(j, p) for j, p in enumerate(prefs) if isinstance(p, AdditiveUtility)]
    if not additive:
        return np.zeros((0, len(radices)), dtype=np.int64)
    out = np.zeros((len(directions), len(radices)), dtype=np.int64)
    for i, r in enumerate(radices.tolist()):
        options = np.arange(r)
        if r > _SEED_OPTIONS:
            grid = np.linspace(0, r - 1, _SEED_OPTIONS).round().astype(np.int64)
            favourites = [int(np.argmax(p.tables[i])) for _, p in additive]
            options = np.unique(np.concatenate([grid, favourites]))
        gain = sum(
            directions[:, [j]] * p.weights[i] * p.tables[i][None, options] for j, p in additive
        )
        out[:, i] = options[np.argmax(gain, axis=1)]
    return out


def _box_seeds(prefs, radices: np.ndarray, directions: np.ndarray, rng) -> np.ndarray | None:
    """Points inside randomised greedy packings of compatible hyper-rectangles.

    For each direction, boxes are taken in order of direction-weighted value (with noise
    for variety); a box joins the packing when it still intersects all boxes already in.
    The packing's intersection is a box too, and a random point of it is a seed.
    """
    lows, highs, gains = [], [], []
    for j, p in enumerate(prefs):
        if not isinstance(p, HyperRectangleUtility):
            continue
        useful = ~p.exclusive & (p.values > 0)
        lows.append(p.low[useful])
        highs.append(p.high[useful])
        value = np.zeros((len(directions), int(useful.sum())))
        value[:] = p.values[useful] / p.max_utility
        gains.append(value * directions[:, [j]])
    if not lows:
        return None
    low, high, gain = np.vstack(lows), np.vstack(highs), np.hstack(gains)
    n_dir, n_box = gain.shape
    total = n_dir * _BOX_SEEDS
    noise = rng.lognormal(0.0, 0.6, (total, n_box))
    order = np.argsort(-(np.repeat(gain, _BOX_SEEDS, axis=0) * noise), axis=1)
    lo = np.zeros((total, len(radices)), dtype=np.int64)
    hi = np.tile(radices - 1, (total, 1))
    for step in range(n_box):
        box = order[:, step]
        new_lo, new_hi = np.maximum(lo, low[box]), np.minimum(hi, high[box])
        fits = np.all(new_lo <= new_hi, axis=1)
        lo[fits], hi[fits] = new_lo[fits], new_hi[fits]
    span = hi - lo + 1
    return lo + (rng.random(lo.shape) * span).astype(np.int64)
