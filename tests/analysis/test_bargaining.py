import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis import (
    egalitarian_solution,
    kalai_smorodinsky_solution,
    nash_bargaining_solution,
    pareto_frontier,
    utilitarian_solution,
    zopa_mask,
)
from accord.analysis.bargaining import SOLUTIONS

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
