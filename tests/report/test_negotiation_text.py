"""The text reports of a negotiation and of a tournament, built from plain results."""

from __future__ import annotations

from accord.model.generate import split_the_pie
from accord.negotiation import negotiate
from accord.report.negotiation_text import negotiation_lines, tournament_lines


def test_split_the_pie_between_two_linear_agents_in_words():
    run = negotiate(split_the_pie(), ["linear", "linear"], rounds=11)
    assert negotiation_lines(run) == [
        "split-the-pie: saop with a=linear, b=linear",
        "agreement in round 5 (t=0.500): a_share=50",
        "utilities: a 0.500, b 0.500; welfare 1.000",
        "distance to Pareto frontier 0.000, to Nash 0.000",
    ]


def test_discounted_utilities_say_so_and_show_the_undiscounted_ones():
    """With discounting the line used to read 'utilities: a 0.450, b 0.450' beside a
    distance of 0.000 to the frontier, which is measured on the undiscounted 0.5/0.5."""
    run = negotiate(split_the_pie(discount_factors=(0.81, 0.81)), ["linear", "linear"],
                    rounds=11)
    assert negotiation_lines(run)[2:] == [
        "utilities, discounted (u x d^t at t=0.500): a 0.450, b 0.450; welfare 0.900",
        "undiscounted: a 0.500, b 0.500",
        "distance (undiscounted) to Pareto frontier 0.000, to Nash 0.000",
    ]


def test_tournament_summary_in_words():
    agent = {"mean_utility": 0.5, "agreement_rate": 1.0, "mean_welfare": 1.0,
             "mean_pareto_distance": 0.0, "mean_nash_distance": None}
    summary = {
        "negotiations": 2, "completed": 1, "resumed": 1, "errors": 0,
        "agents": {"linear": agent},
        "scenarios": {"pie": agent},
        "standings": [{"rank": 1, "agent": "linear", "discounted": 0.5, "low": 0.4,
                       "high": 0.6, "utility": 0.5}],
        "pairwise": [{"first": "linear", "second": "boulware", "better": "linear",
                      "holm": 0.0123, "conditions": 4}],
    }
    lines = tournament_lines(summary)
    assert lines[0] == "2 negotiations: 1 played now, 1 resumed, 0 with errors"
    assert lines[2].split() == ["linear", "0.500", "1.000", "1.000", "0.000", "-"]
    assert lines[4].split() == ["pie", "1.000", "1.000", "0.000", "-"]
    assert lines[6] == "  1. linear                     0.500 [0.400, 0.600]  undiscounted 0.500"
    assert lines[-2].startswith("1 of 1 pairs differ significantly")
    assert lines[-1] == "  linear > boulware  (p = 0.0123, 4 conditions)"
