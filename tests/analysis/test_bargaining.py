from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis import (
    analyze,
    egalitarian_solution,
    kalai_smorodinsky_solution,
    nash_bargaining_solution,
    pareto_frontier,
    scan_outcomes,
    utilitarian_solution,
    zopa_mask,
)
from accord.analysis import frontier as frontier_module
from accord.analysis.bargaining import SOLUTIONS, Choice, bargaining_solutions
from accord.io.yaml import load_scenario, parse_scenario

U = np.array([[1.0, 0.0], [0.8, 0.4], [0.6, 0.6], [0.3, 0.8], [0.0, 1.0]])


def test_hand_computed_solutions():
    d = np.array([0.2, 0.1])
    # Nash products: 0.8*(-) , 0.6*0.3=0.18, 0.4*0.5=0.2, 0.1*0.7=0.07 -> row 2
    assert nash_bargaining_solution(U, d) == 2
    # egalitarian: min gains 0.3 (row1), 0.4 (row2), 0.1 (row3) -> row 2
    assert egalitarian_solution(U, d) == 2
    # utilitarian among ZOPA rows 1..3: sums 1.2, 1.2, 1.1 -> tie 1.2; then the more equal
    # split: gains (0.6, 0.3) spread 0.3, (0.4, 0.5) spread 0.1 -> row 2
    assert utilitarian_solution(U, d) == 2
    # KS: ideal in ZOPA (0.8, 0.8); ratios row1 min(1, .3/.7)=.43, row2 min(.67,.71)=.67,
    # row3 min(.17, 1) -> row 2
    assert kalai_smorodinsky_solution(U, d) == 2


def test_empty_zopa_has_no_solution():
    d = np.array([0.9, 0.9])
    assert not zopa_mask(U, d).any()
    for fn in SOLUTIONS.values():
        assert fn(U, d) is None


def test_ties_go_to_larger_sum():
    u = np.array([[0.5, 0.5], [0.5, 0.7]])
    assert egalitarian_solution(u, np.zeros(2)) == 1


@settings(max_examples=100, deadline=None)
@given(
    arrays(float, st.tuples(st.integers(1, 60), st.integers(2, 3)), elements=st.floats(0, 1)),
    st.floats(0, 0.6),
)
def test_solutions_lie_on_frontier_and_in_zopa(u, r):
    d = np.full(u.shape[1], r)
    front = pareto_frontier(u)
    fu = np.round(u[front], 12)
    for name, fn in SOLUTIONS.items():
        best_all = fn(np.round(u, 12), d)
        best_front = fn(fu, d)
        assert (best_all is None) == (best_front is None), name
        if best_front is None:
            continue
        assert zopa_mask(fu[[best_front]], d)[0]  # u_i >= d_i up to UTILITY_TOLERANCE
        if name == "utilitarian":
            assert fu[best_front].sum() == pytest.approx(np.round(u, 12)[best_all].sum())


# ----------------------------------------------------------------------------- ties


def test_tie_on_score_and_sum_goes_to_the_more_equal_split():
    # utilitarian: every row sums to 1.0; gains from d = 0: spreads 0.2, 0.0, 0.2
    u = np.array([[0.6, 0.4], [0.5, 0.5], [0.4, 0.6]])
    choice = bargaining_solutions(u, np.zeros(2))["utilitarian"]
    assert choice == Choice(row=1, tied=3, decided_by="equal split")
    assert choice.tie == {"count": 3, "decided_by": "equal split"}


def test_tie_on_score_sum_and_split_goes_to_the_lowest_outcome_index():
    # Nash: gains (0.2, 0.3) and (0.3, 0.2) from d = (0.3, 0.2): products 0.06, sums 1.0,
    # spreads 0.1 each; outcome indexes 9 and 4 -> row 1
    u = np.array([[0.5, 0.5], [0.6, 0.4]])
    d = np.array([0.3, 0.2])
    choices = bargaining_solutions(u, d, outcomes=np.array([9, 4]))
    assert choices["nash"] == Choice(row=1, tied=2, decided_by="outcome index")
    assert bargaining_solutions(u, d)["nash"].row == 0  # rows stand for outcome indexes


def test_scores_equal_up_to_float_noise_tie():
    # 0.1 + 0.2 = 0.30000000000000004: the two rows are the same package value on paper,
    # so the tie is broken by the rule (lowest index), not by the noise in the sum
    u = np.array([[0.3, 0.7], [0.1 + 0.2, 0.7]])
    for name in ("egalitarian", "utilitarian", "nash", "kalai_smorodinsky"):
        choice = bargaining_solutions(u, np.zeros(2))[name]
        assert choice == Choice(row=0, tied=2, decided_by="outcome index"), name


def test_counts_of_packages_sharing_a_row_make_a_tie():
    u = np.array([[0.9, 0.1], [0.5, 0.5]])
    choice = bargaining_solutions(u, np.zeros(2), counts=np.array([1, 3]))["egalitarian"]
    assert choice == Choice(row=1, tied=3, decided_by="outcome index")
    assert bargaining_solutions(u, np.zeros(2))["egalitarian"].tie is None


def test_no_tie_and_empty_zopa():
    assert bargaining_solutions(U, np.array([0.2, 0.1]))["nash"] == Choice(row=2)
    assert bargaining_solutions(U, np.array([0.9, 0.9]))["nash"] == Choice(row=None, tied=0)


def test_dominated_package_never_wins_a_tie():
    # sums 0.0 and 1e-9 are equal up to the tolerance, but row 1 is better for a, worse
    # for no one
    u = np.array([[0.0, 0.0], [1e-9, 0.0]])
    assert bargaining_solutions(u, np.zeros(2))["utilitarian"] == Choice(1, 2, "efficiency")


SPLIT = Path(__file__).resolve().parents[1] / "data" / "split_with_idle_issue.yaml"


def test_ties_in_the_analysis_json_by_hand():
    """Share k gives a k/10 and b 1 - k/10; the venue is worth nothing to either, so
    every utility vector belongs to two packages (outcome index 2k + venue).

    Nash: (k/10 - 0.3)(0.8 - k/10) is 0.06 at k = 5 and k = 6 (sums 1, gain spreads 0.1
    each); egalitarian: min gain 0.2 at k = 5, 6; Kalai-Smorodinsky: ideal (0.8, 0.7),
    spans 0.5, ratio 0.4 at k = 5, 6; utilitarian: every k in 3..8 sums to 1, spread
    |2k/10 - 1.1| is 0.1 at k = 5, 6. Every tie ends at the lowest index, share 5 in
    Geneva (outcome 10).
    """
    doc = analyze(load_scenario(SPLIT)).to_dict()
    counts = {"nash": 4, "egalitarian": 4, "kalai_smorodinsky": 4, "utilitarian": 12}
    for name, count in counts.items():
        solution = doc["solutions"][name]
        assert solution["outcome"] == {"share": 5, "venue": "geneva"}, name
        assert solution["utilities"] == pytest.approx([0.5, 0.5]), name
        assert solution["tie"] == {"count": count, "decided_by": "outcome index"}, name


def test_chunked_scan_counts_packages_like_the_dense_one(monkeypatch):
    scenario = load_scenario(SPLIT)
    dense = scan_outcomes(scenario)
    assert dense.frontier_count.tolist() == [2] * 11  # each share, in either venue
    monkeypatch.setattr(frontier_module, "DENSE_LIMIT", 4)
    chunked = scan_outcomes(scenario, chunk_size=5)  # a share's two venues split apart
    assert chunked.frontier_index.tolist() == dense.frontier_index.tolist()
    assert chunked.frontier_count.tolist() == dense.frontier_count.tolist()


def test_unique_solution_says_no_tie():
    text = SPLIT.read_text().replace(
        "weights: {share: 1, venue: 0}", "weights: {share: 0.9, venue: 0.1}"
    )
    doc = analyze(parse_scenario(text)).to_dict()
    # a gets 0.09k + 0.1 in Geneva, b 0.9 - 0.09k + 0.1 in Vienna: Nash products
    # (u_a - 0.3)(u_b - 0.2) are 0.0625 at (5, Geneva), next 0.0624 at (6, Vienna)
    assert doc["solutions"]["nash"]["outcome"] == {"share": 5, "venue": "geneva"}
    assert doc["solutions"]["nash"]["tie"] is None
