import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from accord.analysis import dominates, pareto_frontier


def _brute_force(u: np.ndarray) -> set[tuple]:
    dominated = dominates(u[:, None, :], u[None, :, :]).any(axis=0)
    return {tuple(row) for row in u[~dominated]}


utilities = st.integers(2, 4).flatmap(
    lambda k: arrays(
        float,
        st.tuples(st.integers(1, 120), st.just(k)),
        elements=st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 1.0]),
    )
)


@settings(max_examples=150, deadline=None)
@given(utilities)
def test_frontier_is_exactly_the_undominated_vectors(u):
    front = pareto_frontier(u)
    assert {tuple(row) for row in u[front]} == _brute_force(u)
    assert len({tuple(row) for row in u[front]}) == len(front)  # one per distinct vector
    # every frontier point is undominated, every other point is dominated or a duplicate
    for i in range(len(u)):
        if i not in set(front.tolist()):
            dup = any(np.array_equal(u[i], u[f]) for f in front)
            assert dup or dominates(u[front], u[i]).any()


@settings(max_examples=50, deadline=None)
@given(utilities)
def test_lowest_index_represents_duplicates(u):
    for f in pareto_frontier(u):
        first = np.flatnonzero(np.all(u == u[f], axis=1))[0]
        assert f == first


def test_large_random_matches_brute_force_on_sample():
    rng = np.random.default_rng(3)
    for k in (2, 3, 5):
        u = rng.random((4000, k)).round(3)
        assert {tuple(r) for r in u[pareto_frontier(u)]} == _brute_force(u)


def test_hand_example():
    u = np.array([[1.0, 0.0], [0.5, 0.5], [0.4, 0.4], [0.0, 1.0], [0.5, 0.5]])
    assert pareto_frontier(u).tolist() == [0, 1, 3]
