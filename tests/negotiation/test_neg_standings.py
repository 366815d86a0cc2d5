"""Tournament statistics: scores, bootstrap intervals, Wilcoxon signed-rank with Holm's
correction, per-scenario tables, and what a tournament writes (summaries, SQLite)."""

from __future__ import annotations

import json
import math
import sqlite3

import numpy as np
import pytest

from accord.model.generate import random_scenario
from accord.negotiation.standings import (
    bootstrap_interval,
    holm,
    pairwise_tests,
    scenario_table,
    score_table,
    standings,
    wilcoxon_signed_rank,
)
from accord.negotiation.tournament import run_tournament


def row(key, scenario, agents, raw, discount=1.0, index=0, agreed=True):
    return {
        "key": key,
        "scenario": scenario,
        "scenario_index": index,
        "agents": list(agents),
        "agreement": agreed,
        "raw_utilities": list(raw),
        "utilities": [u * discount for u in raw],
    }


def league(gap: float = 0.2):
    """Agents a, b, c in both roles against each other on two scenarios, three
    repetitions; in every negotiation an agent gets its own base (a 0.5 + ``gap``, b and c
    0.5) plus 0.01 per repetition; utilities are discounted by 0.9."""
    base = {"a": 0.5 + gap, "b": 0.5, "c": 0.5}
    pairs = [("a", "b"), ("b", "a"), ("a", "c"), ("c", "a"), ("b", "c"), ("c", "b")]
    rows = []
    for s, scenario in enumerate(("s1", "s2")):
        for agents in pairs:
            for rep in range(3):
                raw = [base[agent] + 0.01 * rep for agent in agents]
                key = f"{scenario}|{'|'.join(agents)}|{rep}"
                rows.append(row(key, scenario, agents, raw, 0.9, s))
    return rows


def test_wilcoxon_exact_p_value_of_darwins_data():
    # Fisher's (1935) analysis of Darwin's plants: W = 24, two-sided exact p = 0.04126
    d = np.array([6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75])
    result = wilcoxon_signed_rank(d, np.zeros(len(d)))
    assert result.statistic == 24.0 and result.exact and result.n == 15
    assert result.pvalue == pytest.approx(0.041259765625)


def test_wilcoxon_small_exact_cases_by_enumeration():
    # 5 positive differences: the only way to reach W- = 0 is all positive: p = 2 / 2^5
    result = wilcoxon_signed_rank(np.arange(1, 6, dtype=float), np.zeros(5))
    assert result.statistic == 0.0 and result.pvalue == pytest.approx(2 / 32)
    # zeros are dropped: the same test
    padded = wilcoxon_signed_rank(np.array([1.0, 2, 3, 4, 5, 0, 0]), np.zeros(7))
    assert padded.n == 5 and padded.pvalue == pytest.approx(2 / 32)
    assert math.isnan(wilcoxon_signed_rank(np.ones(4), np.ones(4)).pvalue)


def test_wilcoxon_normal_approximation_with_ties_by_hand():
    # d = [1, 1, 1, 1, -2, 3]: |d| ranks 2.5 x 4, 5, 6; W+ = 16, W- = 5; n = 6, mean 10.5;
    # variance 6*7*13/24 - (4^3 - 4)/48 = 22.75 - 1.25 = 21.5; z = (5.5 - 0.5)/sqrt(21.5)
    result = wilcoxon_signed_rank(np.array([1.0, 1, 1, 1, -2, 3]), np.zeros(6))
    assert not result.exact and result.statistic == 5.0
    z = 5.0 / math.sqrt(21.5)
    assert result.pvalue == pytest.approx(math.erfc(z / math.sqrt(2)))


def test_holm_by_hand_and_with_missing_values():
    # sorted 0.005, 0.01, 0.03, 0.04 -> x4, x3, x2, x1 -> 0.02, 0.03, 0.06, max(0.04, 0.06)
    assert holm([0.01, 0.04, 0.03, 0.005]).tolist() == pytest.approx([0.03, 0.06, 0.06, 0.02])
    adjusted = holm([0.02, float("nan"), 0.5])
    assert adjusted[0] == pytest.approx(0.04) and math.isnan(adjusted[1]) and adjusted[2] == 0.5


def test_bootstrap_interval_is_seeded_and_contains_the_mean():
    values = np.random.default_rng(1).random(200)
    first = bootstrap_interval(values, rng=7)
    assert first == bootstrap_interval(values, rng=7)
    assert first[0] < values.mean() < first[1]
    wide = bootstrap_interval(values[:20], rng=7)
    assert wide[1] - wide[0] > first[1] - first[0]  # fewer scores, wider interval
    assert bootstrap_interval(np.full(10, 0.3)) == (pytest.approx(0.3), pytest.approx(0.3))


def test_scores_and_standings_of_a_hand_built_league():
    scores = score_table(league())
    assert len(scores) == 2 * 2 * 6 * 3
    ranked = standings(scores)
    assert [s.agent for s in ranked] == ["a", "b", "c"]  # b and c tie: by name
    a = ranked[0]
    # a: against b 0.7 + (0, .01, .02), against c 0.7 + ..., discounted by 0.9
    assert a.utility == pytest.approx(0.71) and a.discounted == pytest.approx(0.9 * 0.71)
    assert a.low <= a.discounted <= a.high and a.negotiations == 24
    assert standings(scores, by="utility")[0].agent == "a"


def test_pairwise_tests_pair_agents_in_the_same_conditions():
    tests = {(p.first, p.second): p for p in pairwise_tests(score_table(league()))}
    ab = tests[("a", "b")]
    # shared conditions: two scenarios x two roles against c: a beats b in all 4 (by
    # 0.2, a tie of all four ranks: normal approximation), a and c likewise, b and c never
    # differ (no test: NaN); Holm doubles the two p-values
    assert ab.conditions == 4 and not ab.exact
    z = (5 - 0.5) / math.sqrt(4 * 5 * 9 / 24 - (4**3 - 4) / 48)
    assert ab.pvalue == pytest.approx(math.erfc(z / math.sqrt(2)))
    assert ab.first_mean > ab.second_mean
    assert ab.holm == pytest.approx(min(1.0, 2 * ab.pvalue)) and ab.better is None
    assert math.isnan(tests[("b", "c")].pvalue)


def test_pairwise_tests_find_a_real_difference_with_enough_conditions():
    # a and b each meet x in both roles on ten scenarios: 20 shared conditions, a ahead by
    # 0.2 + 0.01 s + 0.003 role (all different): exact two-sided p = 2 / 2^20
    rows = []
    for s in range(10):
        for agents in (("a", "x"), ("x", "a"), ("b", "x"), ("x", "b")):
            raw = [
                {"a": 0.8 + 0.01 * s + 0.003 * role, "b": 0.6, "x": 0.5}[agent]
                for role, agent in enumerate(agents)
            ]
            rows.append(row(f"{s}|{agents}", f"s{s}", agents, raw))
    tests = {(p.first, p.second): p for p in pairwise_tests(score_table(rows), by="utility")}
    ab = tests[("a", "b")]
    assert ab.conditions == 20 and ab.exact and ab.better == "a"
    assert ab.pvalue == pytest.approx(2 / 2**20)


def test_scenario_table_and_scenarios_sharing_a_name():
    agents, scenarios, table = scenario_table(score_table(league()), by="utility")
    assert agents == ["a", "b", "c"] and scenarios == ["s1", "s2"]
    assert table[0, 0] == pytest.approx(0.71)
    rows = [row("k1", "same", ("a", "b"), (0.6, 0.4), index=0)]
    rows += [row("k2", "same", ("a", "b"), (0.2, 0.8), index=1)]
    _, scenarios, table = scenario_table(score_table(rows), by="utility")
    assert scenarios == ["same (0)", "same (1)"] and table[0].tolist() == [0.6, 0.2]


def test_rows_without_undiscounted_utilities_score_nan_not_a_guess():
    legacy = row("k", "s", ("a", "b"), (0.5, 0.5))
    del legacy["raw_utilities"]
    scores = score_table([legacy])
    assert np.isnan(scores.utility).all() and scores.discounted.tolist() == [0.5, 0.5]


def test_a_tournament_writes_standings_tables_and_a_queryable_database(tmp_path):
    scenarios = [
        random_scenario((3, 4), seed=1, name="one"),
        random_scenario((4, 3), seed=2, name="two"),
    ]
    agents = ["boulware", "conceder", "hardheaded"]
    summary = run_tournament(scenarios, agents, tmp_path, repetitions=2, rounds=60)
    assert [s["rank"] for s in summary["standings"]] == [1, 2, 3]
    assert len(summary["pairwise"]) == 3
    assert set(summary["agent_scenario"]["boulware"]) == {"one", "two"}
    json.dumps(summary, allow_nan=False)  # strict JSON, as --json prints
    for name in ("standings", "pairwise", "agent_scenario"):
        assert (tmp_path / f"summary_{name}.csv").read_text().count("\n") >= 3
    db = sqlite3.connect(tmp_path / "results.sqlite")
    (count,) = db.execute("select count(*) from negotiations").fetchone()
    assert count == summary["negotiations"] == 2 * 6 * 2
    means = dict(db.execute("select agent, avg(discounted) from scores group by agent"))
    for standing in summary["standings"]:
        assert means[standing["agent"]] == pytest.approx(standing["discounted"])
    raw = json.loads(db.execute("select raw_utilities from negotiations limit 1").fetchone()[0])
    assert len(raw) == 2
