"""The tournament's agent table and its standings print the same mean for the same numbers
(the agent table summed in Python's order, the standings in numpy's: 0.567 in one and
0.568 in the other for one agent's 80 negotiations on the labour example)."""

from __future__ import annotations

import math

from accord.negotiation.tournament import summarize

UTILITIES = [0.66, 0.7, 0.7, 0.3, 0.66, 0.3, 0.47, 0.2]  # sum()/8 and numpy's mean differ


def row(i: int, u: float) -> dict:
    return {
        "key": f"k{i}", "scenario": "s", "scenario_index": 0, "repetition": i, "seed": i,
        "parties": ["p", "q"], "agents": ["a", "b"], "mediator": None, "agreement": True,
        "outcome_index": 0, "round": 1, "time": 0.5, "reason": "agreement",
        "utilities": [u, 1 - u], "raw_utilities": [u, 1 - u], "welfare": 1.0,
        "pareto_distance": 0.0, "nash_distance": 0.0, "error": None, "error_party": None,
    }


def test_agent_table_and_standings_agree():
    summary = summarize([row(i, u) for i, u in enumerate(UTILITIES)])
    exact = math.fsum(UTILITIES) / len(UTILITIES)
    assert summary["agents"]["a"]["mean_utility"] == exact
    standing = next(s for s in summary["standings"] if s["agent"] == "a")
    assert standing["utility"] == standing["discounted"] == exact
    assert summary["agent_scenario"]["a"]["s"] == exact
