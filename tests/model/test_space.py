import itertools

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from accord.model import CategoricalIssue, ContinuousIssue, IntegerIssue, OrdinalIssue
from accord.model.space import Constraint, OutcomeSpace


def _space(radices, constraints=()):
    issues = tuple(CategoricalIssue(values=[f"o{j}" for j in range(r)]) for r in radices)
    names = tuple(f"i{k}" for k in range(len(radices)))
    return OutcomeSpace(names, issues, constraints)


def test_index_order_matches_itertools_product():
    space = _space([2, 3, 4])
    expected = list(itertools.product(range(2), range(3), range(4)))
    assert space.size == 24
    assert space.digits(np.arange(24)).tolist() == [list(e) for e in expected]


@given(st.lists(st.integers(1, 6), min_size=1, max_size=5), st.data())
def test_digits_and_index_are_inverse(radices, data):
    space = _space(radices)
    idx = data.draw(st.lists(st.integers(0, space.size - 1), min_size=1, max_size=20))
    assert space.index(space.digits(idx)).tolist() == idx


def test_outcome_round_trip_by_name():
    space = _space([2, 3])
    assert space.outcome(5) == {"i0": "o1", "i1": "o2"}
    assert space.index_of({"i0": "o1", "i1": "o2"}) == 5


def test_constraint_mask_dense_equals_chunked():
    constraint = Constraint(forbid={0: (1,), 2: (0, 2)})
    space = _space([2, 3, 4], (constraint,))
    digits = space.digits(np.arange(space.size))
    assert np.array_equal(space.feasible(digits), space.feasible_mask())
    expected = ~((digits[:, 0] == 1) & np.isin(digits[:, 2], [0, 2]))
    assert np.array_equal(space.feasible_mask(), expected)


def test_issue_kinds_enumerate_their_options():
    assert IntegerIssue(min=2, max=5).options == (2, 3, 4, 5)
    cont = ContinuousIssue(min=0, max=1, step=0.25)
    assert cont.options == (0.0, 0.25, 0.5, 0.75, 1.0)
    assert cont.index_of(0.75) == 3
    assert OrdinalIssue(values=["lo", "hi"]).numeric().tolist() == [0.0, 1.0]
    assert IntegerIssue(min=0, max=9).index_of("7") == 7
