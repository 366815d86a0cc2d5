"""Outcome spaces beyond int64 or memory: exact indexes, refusals before allocating, and
feasibility counted without enumerating."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.model import CategoricalIssue, ContinuousIssue, IntegerIssue, Scenario
from accord.model.issues import MAX_OPTIONS
from accord.model.space import ENUMERATION_LIMIT, Constraint, OutcomeSpace, SpaceTooLarge


def _space(radices, constraints=()):
    issues = tuple(IntegerIssue(min=0, max=r - 1) for r in radices)
    return OutcomeSpace(tuple(f"i{k}" for k in range(len(radices))), issues, constraints)


def _mixed_radix(digits, radices) -> int:
    """The index by hand, in Python integers: first issue most significant."""
    index = 0
    for d, r in zip(digits, radices):
        index = index * r + d
    return index


def test_twelve_issues_of_100_index_exactly():
    space = _space([100] * 12)
    assert space.size == 10**24 and space.wide
    digits = np.array([[99] * 12, [1, 0, 2, 0, 36, 65, 20, 52, 6, 89, 27, 39], [0] * 12])
    index = space.index(digits)
    # base 100, two decimal digits per issue: 01 00 02 00 36 65 20 52 06 89 27 39
    assert index.tolist() == [10**24 - 1, int("010002003665205206892739"), 0]
    assert space.digits(index).tolist() == digits.tolist()
    assert space.outcome(index[1])["i4"] == 36


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 1000), min_size=1, max_size=14), st.data())
def test_index_and_digits_are_inverse_at_any_size(radices, data):
    space = _space(radices)
    rows = [[data.draw(st.integers(0, r - 1)) for r in radices] for _ in range(4)]
    index = space.index(np.array(rows))
    assert [int(i) for i in index] == [_mixed_radix(row, radices) for row in rows]
    assert space.digits(index).tolist() == rows


def test_int64_boundary():
    assert not _space([2] * 63).wide  # 2^63 outcomes: the last index is 2^63 - 1
    assert _space([2] * 64).wide
    last = _space([2] * 64).index(np.ones((1, 64), dtype=np.int64))
    assert int(last[0]) == 2**64 - 1


def test_enumerating_a_huge_space_is_refused_before_allocating():
    s = Scenario.model_validate(
        {
            "name": "huge",
            "issues": {f"i{k}": {"type": "integer", "min": 0, "max": 99} for k in range(12)},
            "parties": {
                "a": {"weights": {"i0": 1}, "values": {"i0": {"type": "linear",
                                                             "direction": "increasing"}}},
            },
        }
    )
    for enumerate_all in (
        s.utilities,
        s.space.feasible_mask,
        lambda: next(s.space.chunks()),
        lambda: next(s.utility_chunks()),
        lambda: s.preferences("a").dense(s.space),
    ):
        with pytest.raises(SpaceTooLarge, match="1,000,000,000,000,000,000,000,000 packages"):
            enumerate_all()
    with pytest.raises(SpaceTooLarge):
        _space([10, 10]).require_enumerable(limit=99)
    assert ENUMERATION_LIMIT == 50_000_000  # the figure docs/scenario-format.md states


def test_an_issue_has_at_most_max_options():
    assert IntegerIssue(min=1, max=MAX_OPTIONS).n_options == MAX_OPTIONS
    with pytest.raises(ValueError, match="10,000,000,000 options"):
        IntegerIssue(min=0, max=10**10 - 1)
    with pytest.raises(ValueError, match="options; an issue may have at most"):
        ContinuousIssue(min=0, max=1, step=1e-8)
    with pytest.raises(ValueError, match="finite"):
        ContinuousIssue(min=0, max=float("inf"), step=1)


@pytest.mark.parametrize(
    "issue",
    [
        IntegerIssue(min=-3, max=7),
        ContinuousIssue(min=0.1, max=1.0, step=0.3),
        CategoricalIssue(values=["a", "b", "c"]),
    ],
)
def test_option_by_position_matches_the_options(issue):
    assert [issue.option(i) for i in range(issue.n_options)] == list(issue.options)


@st.composite
def constrained_spaces(draw):
    radices = draw(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    constraints = []
    for _ in range(draw(st.integers(0, 5))):
        issues = draw(st.sets(st.integers(0, len(radices) - 1), min_size=1, max_size=3))
        forbid = {
            i: tuple(sorted(draw(st.sets(st.integers(0, radices[i] - 1), max_size=radices[i]))))
            for i in issues
        }
        constraints.append(Constraint(forbid=forbid))
    return _space(radices, tuple(constraints))


@settings(max_examples=200, deadline=None)
@given(constrained_spaces())
def test_feasible_count_equals_enumeration(space):
    digits = np.array(list(itertools.product(*[range(r) for r in space.radices.tolist()])))
    assert space.count_feasible() == int(space.feasible(digits).sum())
    assert space.count_feasible() == int(space.feasible_mask().sum())


def test_feasible_count_of_a_space_beyond_int64():
    # 12 issues of 100: forbid i0 in {0..49} together with i1 in {0..9}, and i5 = 7 alone
    space = _space(
        [100] * 12,
        (
            Constraint(forbid={0: tuple(range(50)), 1: tuple(range(10))}),
            Constraint(forbid={5: (7,)}),
        ),
    )
    assert space.count_feasible() == (100 * 100 - 50 * 10) * 99 * 100**9


def test_feasible_count_gives_up_rather_than_enumerate():
    space = _space([100] * 4, (Constraint(forbid={i: tuple(range(0, 100, 2))
                                                  for i in range(4)}),))
    assert space.count_feasible(limit=100**4 - 1) == 100**4 - 50**4  # two classes per issue
    fine = _space([100] * 4, (Constraint(forbid={i: tuple(range(i + 1))
                                                 for i in range(4)}),))
    assert fine.count_feasible(limit=10) is None


def test_each_size_limit_is_written_once():
    """One enumeration limit: a size limit (outcomes, options) that follows from another is
    derived from it, never restated (three modules once wrote 10,000,000 each)."""
    import ast
    from collections import defaultdict

    import accord

    written = defaultdict(list)
    for path in Path(accord.__file__).parent.rglob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name)
                    and any(w in node.targets[0].id for w in ("LIMIT", "OUTCOMES", "OPTIONS"))
                    and isinstance(node.value, ast.Constant) and type(node.value.value) is int
                    and node.value.value >= 1_000_000):
                written[node.value.value].append(f"{path.name}:{node.targets[0].id}")
    assert written[ENUMERATION_LIMIT] == ["space.py:ENUMERATION_LIMIT"]
    assert {value: names for value, names in written.items() if len(names) > 1} == {}
