"""Tournament standings as ANAC reports them: scores, intervals, significance, tables.

Pure functions over the result rows a tournament records (``results.jsonl``: one row per
negotiation). :func:`score_table` turns them into one entry per agent per negotiation; an
agent's score is its mean utility over all its negotiations, every scenario, role and
opponent, undiscounted (``utility``) or discounted at the time of agreement
(``discounted``), as the ANAC competitions score. :func:`standings` ranks the agents with
percentile bootstrap confidence intervals on their scores; :func:`pairwise_tests` compares
every two agents with the Wilcoxon signed-rank test on their mean scores in the same
conditions (scenario, role and opponents), with Holm's correction for the number of
comparisons; :func:`scenario_table` gives each agent's score per scenario.

References
----------
T. Baarslag, K. Hindriks, C. Jonker, S. Kraus & R. Lin (2012). The first automated
negotiating agents competition (ANAC 2010). In *New Trends in Agent-Based Complex
Automated Negotiations*, SCI 383, 113-135.

F. Wilcoxon (1945). Individual comparisons by ranking methods. *Biometrics Bulletin* 1(6),
80-83. S. Holm (1979). A simple sequentially rejective multiple test procedure.
*Scandinavian Journal of Statistics* 6(2), 65-70. B. Efron & R. Tibshirani (1993). *An
Introduction to the Bootstrap*, ch. 13.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal

import numpy as np

from ..seeding import generator, spawn

__all__ = [
    "PairTest",
    "Scores",
    "Standing",
    "WilcoxonResult",
    "bootstrap_interval",
    "holm",
    "pairwise_tests",
    "scenario_table",
    "score_table",
    "standings",
    "wilcoxon_signed_rank",
]

Measure = Literal["utility", "discounted"]
EXACT_UP_TO = 25


@dataclass(frozen=True)
class Scores:
    """One entry per agent per negotiation (long format), as parallel arrays.

    What an agent faced, its *condition*, is the scenario, its role (party position) and
    the other agents in role order (``opponents``, joined by ``|``); two agents are compared
    on the conditions both met. ``utility`` is NaN for rows recorded without undiscounted
    utilities.
    """

    key: np.ndarray
    scenario: np.ndarray
    agent: np.ndarray
    role: np.ndarray
    opponents: np.ndarray
    utility: np.ndarray
    discounted: np.ndarray
    agreement: np.ndarray

    @property
    def condition(self) -> np.ndarray:
        """One string per entry naming its scenario, role and opponents."""
        return np.array(
            [f"{s}\x1f{r}\x1f{o}" for s, r, o in zip(self.scenario, self.role, self.opponents)]
        )

    def __len__(self) -> int:
        return len(self.agent)

    def values(self, by: Measure) -> np.ndarray:
        if by not in ("utility", "discounted"):
            raise ValueError(f"by must be 'utility' or 'discounted', not {by!r}")
        return self.utility if by == "utility" else self.discounted

    def columns(self) -> dict[str, list[Any]]:
        """The table as plain columns (for CSV, Parquet or SQLite)."""
        return {
            "key": self.key.tolist(),
            "scenario": self.scenario.tolist(),
            "agent": self.agent.tolist(),
            "role": self.role.tolist(),
            "opponents": self.opponents.tolist(),
            "utility": [None if math.isnan(u) else u for u in self.utility.tolist()],
            "discounted": self.discounted.tolist(),
            "agreement": self.agreement.tolist(),
        }


def score_table(rows: Iterable[Mapping[str, Any]]) -> Scores:
    """The scores of every negotiating party of every recorded negotiation. Scenarios that
    share a name are told apart by their position (``"name (index)"``).

    >>> row = {"key": "k", "scenario": "s", "agents": ["a", "b"], "agreement": True,
    ...        "utilities": [0.6, 0.3], "raw_utilities": [0.8, 0.4]}
    >>> t = score_table([row])
    >>> t.agent.tolist(), t.utility.tolist(), t.discounted.tolist()
    (['a', 'b'], [0.8, 0.4], [0.6, 0.3])
    """
    rows = list(rows)
    indexes: dict[str, set] = {}
    for row in rows:
        indexes.setdefault(row["scenario"], set()).add(row.get("scenario_index"))
    columns: dict[str, list[Any]] = {
        k: [] for k in ("key", "scenario", "agent", "role", "opponents", "u", "d", "agree")
    }
    for row in rows:
        scenario = row["scenario"]
        if len(indexes[scenario]) > 1:  # two scenarios of one name: tell them apart
            scenario = f"{scenario} ({row['scenario_index']})"
        agents = list(row["agents"])
        raw = row.get("raw_utilities")
        for role, agent in enumerate(agents):
            columns["key"].append(row["key"])
            columns["scenario"].append(scenario)
            columns["agent"].append(agent)
            columns["role"].append(role)
            columns["opponents"].append("|".join(agents[:role] + agents[role + 1 :]))
            columns["u"].append(float("nan") if raw is None else float(raw[role]))
            columns["d"].append(float(row["utilities"][role]))
            columns["agree"].append(bool(row["agreement"]))
    return Scores(
        key=np.array(columns["key"], dtype=object),
        scenario=np.array(columns["scenario"], dtype=object),
        agent=np.array(columns["agent"], dtype=object),
        role=np.array(columns["role"], dtype=np.int64),
        opponents=np.array(columns["opponents"], dtype=object),
        utility=np.array(columns["u"], dtype=float),
        discounted=np.array(columns["d"], dtype=float),
        agreement=np.array(columns["agree"], dtype=bool),
    )


def bootstrap_interval(
    values: np.ndarray,
    confidence: float = 0.95,
    resamples: int = 2000,
    rng: np.random.Generator | int | None = 0,
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of the mean of ``values``.

    Resamples are drawn in blocks, so memory stays bounded for long score lists.

    >>> low, high = bootstrap_interval(np.array([0.2, 0.4, 0.6, 0.8]), resamples=500)
    >>> 0.2 < low < 0.5 < high < 0.8
    True
    """
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    rng = generator(rng)
    n = len(values)
    block = max(1, min(resamples, 4_000_000 // n))
    means = []
    for start in range(0, resamples, block):
        size = min(block, resamples - start)
        means.append(values[rng.integers(0, n, size=(size, n))].mean(axis=1))
    alpha = (1 - confidence) / 2
    low, high = np.quantile(np.concatenate(means), [alpha, 1 - alpha])
    return float(low), float(high)


@dataclass(frozen=True)
class Standing:
    """One agent's place: its scores and the interval of the ranking score."""

    rank: int
    agent: str
    negotiations: int
    utility: float
    discounted: float
    low: float
    high: float
    agreement_rate: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def standings(
    scores: Scores,
    by: Measure = "discounted",
    confidence: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
) -> list[Standing]:
    """Agents ranked by their mean ``by`` score, best first, with bootstrap intervals.

    Each agent's resamples come from its own stream (the child of ``seed`` at the agent's
    position in name order), so a seed fixes every interval.
    """
    values = scores.values(by)
    agents = sorted(set(scores.agent.tolist()))
    out = []
    for agent, rng in zip(agents, spawn(seed, len(agents))):
        mask = scores.agent == agent
        low, high = bootstrap_interval(values[mask], confidence, resamples, rng)
        out.append(
            (
                agent,
                int(mask.sum()),
                _mean(scores.utility[mask]),
                _mean(scores.discounted[mask]),
                low,
                high,
                float(scores.agreement[mask].mean()),
            )
        )
    position = 2 if by == "utility" else 3
    out.sort(key=lambda item: (-_sortable(item[position]), item[0]))
    return [Standing(rank, *item) for rank, item in enumerate(out, start=1)]


@dataclass(frozen=True)
class WilcoxonResult:
    """Two-sided Wilcoxon signed-rank test: the smaller signed-rank sum, the p-value, the
    number of non-zero differences and whether the p-value is exact."""

    statistic: float
    pvalue: float
    n: int
    exact: bool


def wilcoxon_signed_rank(x: np.ndarray, y: np.ndarray) -> WilcoxonResult:
    """Wilcoxon signed-rank test of ``x - y`` against a distribution symmetric about 0.

    Zero differences are dropped (Wilcoxon's method). With at most 25 non-zero differences
    and no ties the p-value is exact (the null distribution of the signed-rank sum by
    dynamic programming); otherwise it is the normal approximation with the tie correction
    of the variance and a continuity correction. No difference at all gives a NaN p-value.

    Examples
    --------
    Darwin's differences in plant height (Fisher 1935, a classic example):

    >>> d = np.array([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75])
    >>> r = wilcoxon_signed_rank(d, np.zeros(15))
    >>> r.statistic, round(r.pvalue, 6), r.exact
    (24.0, 0.04126, True)
    """
    d = np.asarray(x, dtype=float) - np.asarray(y, dtype=float)
    d = d[~np.isnan(d)]
    d = d[d != 0]
    n = len(d)
    if n == 0:
        return WilcoxonResult(0.0, float("nan"), 0, True)
    magnitude = np.abs(d)
    ranks = _average_ranks(magnitude)
    plus = float(ranks[d > 0].sum())
    total = n * (n + 1) / 2
    statistic = min(plus, total - plus)
    _, counts = np.unique(magnitude, return_counts=True)
    ties = bool((counts > 1).any())
    if n <= EXACT_UP_TO and not ties:
        distribution = _signed_rank_counts(n)
        tail = distribution[: int(round(statistic)) + 1].sum() / distribution.sum()
        return WilcoxonResult(statistic, float(min(1.0, 2 * tail)), n, True)
    mean = total / 2
    variance = n * (n + 1) * (2 * n + 1) / 24 - float((counts**3 - counts).sum()) / 48
    if variance <= 0:
        return WilcoxonResult(statistic, float("nan"), n, False)
    z = max(abs(plus - mean) - 0.5, 0.0) / math.sqrt(variance)
    return WilcoxonResult(statistic, min(1.0, math.erfc(z / math.sqrt(2))), n, False)


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks 1..n, ties sharing their average rank."""
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    ranks = np.empty(len(values))
    start = 0
    for stop in range(1, len(values) + 1):
        if stop == len(values) or sorted_values[stop] != sorted_values[start]:
            ranks[order[start:stop]] = (start + stop + 1) / 2
            start = stop
    return ranks


def _signed_rank_counts(n: int) -> np.ndarray:
    """Number of subsets of {1..n} with each sum: the signed-rank null distribution."""
    counts = np.zeros(n * (n + 1) // 2 + 1)
    counts[0] = 1
    for k in range(1, n + 1):
        counts[k:] = counts[k:] + counts[:-k].copy()
    return counts


def holm(pvalues: Sequence[float]) -> np.ndarray:
    """Holm's step-down adjustment of ``m`` p-values (NaN stays NaN).

    >>> holm([0.01, 0.04, 0.03, 0.005]).tolist()
    [0.03, 0.06, 0.06, 0.02]
    """
    p = np.asarray(pvalues, dtype=float)
    adjusted = np.full(len(p), np.nan)
    valid = np.flatnonzero(~np.isnan(p))
    m = len(valid)
    order = valid[np.argsort(p[valid], kind="stable")]
    running = 0.0
    for i, index in enumerate(order):
        running = max(running, min(1.0, (m - i) * p[index]))
        adjusted[index] = running
    return adjusted


@dataclass(frozen=True)
class PairTest:
    """Wilcoxon signed-rank comparison of two agents over the conditions both met."""

    first: str
    second: str
    conditions: int
    first_mean: float
    second_mean: float
    statistic: float
    pvalue: float
    holm: float
    exact: bool

    @property
    def better(self) -> str | None:
        """The agent with the higher mean when the difference is significant at 5%."""
        if not self.holm < 0.05:
            return None
        return self.first if self.first_mean > self.second_mean else self.second

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "better": self.better}


def pairwise_tests(scores: Scores, by: Measure = "discounted") -> list[PairTest]:
    """Every pair of agents, compared on their mean score in each condition both met
    (repetitions averaged), Holm-adjusted over all pairs."""
    values, condition = scores.values(by), scores.condition
    means: dict[str, dict[str, float]] = {}
    for agent in sorted(set(scores.agent.tolist())):
        mask = (scores.agent == agent) & ~np.isnan(values)
        keys, inverse = np.unique(condition[mask], return_inverse=True)
        sums = np.bincount(inverse, weights=values[mask], minlength=len(keys))
        counts = np.bincount(inverse, minlength=len(keys))
        means[agent] = dict(zip(keys.tolist(), (sums / counts).tolist()))
    agents = sorted(means)
    raw = []
    for i, first in enumerate(agents):
        for second in agents[i + 1 :]:
            shared = sorted(set(means[first]) & set(means[second]))
            x = np.array([means[first][c] for c in shared])
            y = np.array([means[second][c] for c in shared])
            result = wilcoxon_signed_rank(x, y)
            raw.append((first, second, len(shared), _mean(x), _mean(y), result))
    adjusted = holm([r[-1].pvalue for r in raw])
    return [
        PairTest(a, b, n, mx, my, r.statistic, r.pvalue, float(h), r.exact)
        for (a, b, n, mx, my, r), h in zip(raw, adjusted)
    ]


def scenario_table(
    scores: Scores, by: Measure = "discounted"
) -> tuple[list[str], list[str], np.ndarray]:
    """Each agent's mean score per scenario: (agents, scenarios, matrix agents x scenarios),
    NaN where an agent did not play a scenario."""
    values = scores.values(by)
    agents = sorted(set(scores.agent.tolist()))
    scenarios = list(dict.fromkeys(scores.scenario.tolist()))
    table = np.full((len(agents), len(scenarios)), np.nan)
    for i, agent in enumerate(agents):
        for j, scenario in enumerate(scenarios):
            mask = (scores.agent == agent) & (scores.scenario == scenario)
            table[i, j] = _mean(values[mask])
    return agents, scenarios, table


def _mean(values: np.ndarray) -> float:
    """The mean of the numbers that are not NaN, from their exactly rounded sum, so that
    every table of a tournament prints the same mean for the same numbers."""
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    return math.fsum(values.tolist()) / len(values) if len(values) else float("nan")


def _sortable(value: float) -> float:
    return -math.inf if math.isnan(value) else value
