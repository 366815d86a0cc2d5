"""Sensitivity, deferral, concessions and post-settlement: hand cases and properties."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis import analyze
from accord.analysis.robust import deferral_packages, deferrals, point_deferral, sensitivity
from accord.analysis.settlement import parse_agreement, post_settlement
from accord.errors import AccordInputError
from accord.io import load_scenario
from accord.io.yaml import parse_scenario
from accord.model import uncertain_parameters
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.uncertainty import with_spread

# a and b, two options each; a is worth 0.3 and b 0.7 to both; they want opposite options.
# Every package sums to 1 across the two, so no package gives both their 0.6: no ZOPA.
PHASED = """\
name: phased
issues:
  a: {type: categorical, values: [x, y]}
  b: {type: categorical, values: [p, q]}
parties:
  A:
    reservation_value: 0.6
    weights: {a: 0.3, b: 0.7}
    values: {a: {x: 1, y: 0}, b: {p: 1, q: 0}}
    beliefs: {b: {p: 0.9, q: 0.1}}
  B:
    reservation_value: 0.6
    weights: {a: 0.3, b: 0.7}
    values: {a: {x: 0, y: 1}, b: {p: 0, q: 1}}
    beliefs: {b: {p: 0.1, q: 0.9}}
"""


def test_deferring_the_issue_each_side_expects_to_win_opens_a_zopa_by_hand():
    problem = compile_problem(parse_scenario(PHASED))
    assert not analyze(problem.scenario).scan.zopa_size
    # settle a = x now: A expects 0.3 + 0.7 * 0.9 = 0.93, B 0 + 0.7 * 0.9 = 0.63 (and the
    # mirror image for a = y); the smallest gain over 0.6 is 0.03 either way
    f = point_deferral(problem, [1])
    assert f.defer == ("b",) and f.opens_zopa
    assert f.settle == {"a": "x"}  # tie with a = y, broken towards the lower index
    assert f.utilities == pytest.approx((0.93, 0.63))
    assert f.margin == pytest.approx(0.03)
    found = deferrals(problem)
    assert [d.defer for d in found] == [("b",), ("a",)]
    assert not found[1].opens_zopa


def test_a_uniform_belief_is_the_documented_default():
    text = PHASED.replace("    beliefs: {b: {p: 0.9, q: 0.1}}\n", "").replace(
        "    beliefs: {b: {p: 0.1, q: 0.9}}\n", ""
    )
    problem = compile_problem(parse_scenario(text))
    f = point_deferral(problem, [1])  # a = x: A 0.3 + 0.35, B 0.35
    assert not f.opens_zopa and f.margin == pytest.approx(-0.25)


def test_the_expectation_keeps_to_what_the_constraints_allow():
    text = PHASED.replace("parties:", "constraints:\n  - forbid: {a: [x], b: [p]}\nparties:")
    problem = compile_problem(parse_scenario(text))
    packages = deferral_packages(problem, [1])
    # with a = x only b = q is allowed, whatever A hoped: A 0.3, B 0.7; with a = y each
    # expects its belief: A 0.7 * 0.9, B 0.3 + 0.7 * 0.9
    assert packages.column(0).tolist() == pytest.approx([0.3, 0.7 * 0.9])
    assert packages.column(1).tolist() == pytest.approx([0.7, 0.3 + 0.7 * 0.9])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(2, 4), min_size=2, max_size=4), st.integers(0, 999), st.data())
def test_deferral_keeps_each_party_between_its_worst_and_best(radices, seed, data):
    """A deferred issue is worth an expectation, so no party's best utility rises and no
    party's worst falls; a party sure of its favourite option keeps its best."""
    scenario = random_scenario(radices, n_parties=2, seed=seed)
    problem = compile_problem(scenario)
    deferred = data.draw(st.sets(st.integers(0, len(radices) - 1), min_size=1,
                                 max_size=len(radices) - 1))
    packages = deferral_packages(problem, sorted(deferred))
    for j in range(2):
        column = packages.column(j)
        assert column.max() <= problem.column(j).max() + 1e-12
        assert column.min() >= problem.column(j).min() - 1e-12
    sure = {
        key: party.model_copy(update={"beliefs": {
            f"i{i}": {f"v{int(np.argmax(problem.preferences[k].tables[i]))}": 1.0}
            for i in deferred
        }})
        for k, (key, party) in enumerate(scenario.parties.items())
    }
    confident = compile_problem(scenario.model_copy(update={"parties": sure}))
    for j in range(2):
        assert deferral_packages(confident, sorted(deferred)).column(j).max() == pytest.approx(
            problem.column(j).max()
        )


def test_walk_away_flips_are_the_diagnosis_concessions(flagship_path):
    scenario = with_spread(load_scenario(flagship_path), 0.3)
    problem = compile_problem(scenario)
    flips = sensitivity(problem, uncertain_parameters(scenario))
    concessions = analyze(scenario).diagnosis.party_concessions
    walk_away = {f.param.party: f for f in flips if f.param.kind == "reservation_value"}
    for party, c in concessions.items():
        f = walk_away[party]
        assert f.effect == "opens_zopa" and f.direction == "below" and f.within_range
        assert f.flips_at == pytest.approx(problem.scenario.parties[party].reservation_value - c,
                                           abs=1e-8)
    swings = [f.swing for f in flips]
    assert swings == sorted(swings, reverse=True)


BOTH_LIKE_C = PHASED.replace(
    "  b: {type: categorical, values: [p, q]}",
    "  b: {type: categorical, values: [p, q]}\n  c: {type: ordinal, values: [lo, hi]}",
).replace("weights: {a: 0.3, b: 0.7}", "weights: {a: 0.3, b: 0.5, c: 0.2}").replace(
    "values: {a: {x: 1, y: 0}, b: {p: 1, q: 0}}",
    "values: {a: {x: 1, y: 0}, b: {p: 1, q: 0}, c: {lo: 0, hi: 1}}",
).replace(
    "values: {a: {x: 0, y: 1}, b: {p: 0, q: 1}}",
    "values: {a: {x: 0, y: 1}, b: {p: 0, q: 1}, c: {lo: 0, hi: 1}}",
)


def test_post_settlement_finds_the_package_both_prefer_or_says_the_agreement_is_efficient():
    problem = compile_problem(parse_scenario(BOTH_LIKE_C))
    worse = post_settlement(problem, parse_agreement(problem, "a=x, b=q, c=lo"))
    assert not worse.efficient
    # agreed: A 0.3, B 0.5. c = hi gives both +0.2; swapping a and b too gives A 0.7 and
    # leaves B at 0.5: an improvement, though not for every party strictly
    assert [problem.space.outcome(i) for i in worse.improvements] == [
        {"a": "x", "b": "q", "c": "hi"},
        {"a": "y", "b": "p", "c": "hi"},
    ]
    assert worse.strict.tolist() == [True, False]
    assert worse.to_dict()["improvements"][0]["gains"] == pytest.approx([0.2, 0.2])
    assert post_settlement(problem, parse_agreement(problem, "a=x,b=q,c=hi")).efficient


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a=x,b=q", "--agreement: no option for issue 'c'"),
        ("a=x,b=q,c=lo,d=1", "--agreement: unknown issue 'd'"),
        ("a=z,b=q,c=lo", "--agreement a: 'z' is not an option"),
        ("a=x,b", "--agreement: 'b' is not issue=option"),
        ("a=x,a=y,b=q,c=lo", "--agreement: issue 'a' given twice"),
    ],
)
def test_bad_agreements_are_refused_with_the_field(text, message):
    problem = compile_problem(parse_scenario(BOTH_LIKE_C))
    with pytest.raises(AccordInputError) as info:
        parse_agreement(problem, text)
    assert str(info.value).startswith(message)
