"""Alternating offers: hand-checked split-the-pie runs, acceptance and ending rules,
deadlines, discounting, private information and determinism."""

from __future__ import annotations

import math

import numpy as np
import pytest
from neg_agents import AlwaysAccept, Greedy, NeverAccept, Quitter, Recorder

from accord.model import Scenario
from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation import AgentInfo, negotiate


def test_linear_agents_split_the_pie_in_the_middle():
    # t = r/10; each offers ceil(100 (1 - t)); B accepts A's 50 at round 5: 0.5 >= 1 - 0.5.
    run = negotiate(split_the_pie(), ["linear", "linear"], rounds=11, seed=0)
    assert (run.result.agreement, run.result.round, run.result.time) == (50, 5, 0.5)
    assert run.outcome == {"a_share": 50}
    assert run.result.utilities == (0.5, 0.5)
    offers_a = [
        o
        for a, act, o in zip(run.trace.actor, run.trace.action, run.trace.outcome)
        if a == 0 and act == "offer"
    ]
    assert offers_a == [100, 90, 80, 70, 60, 50]


def test_boulware_agents_agree_late_at_a_hand_computed_round():
    # Aspiration 1 - t**5 at t = r/10: A demands 100,100,100,100,99,97,93,84,68,41 (x100).
    # Round 9: A offers 41; B gets 0.59 >= its own next demand 0.41 (0.40951 rounded up).
    run = negotiate(split_the_pie(), ["boulware", "boulware"], rounds=11, seed=0)
    assert (run.result.agreement, run.result.round) == (41, 9)
    assert run.result.utilities == pytest.approx((0.41, 0.59))


def test_discount_applies_at_the_time_of_agreement():
    scenario = split_the_pie(discount_factors=(0.5, 0.8))
    run = negotiate(scenario, ["linear", "linear"], rounds=11, seed=0)
    assert run.result.time == 0.5
    assert run.result.raw_utilities == (0.5, 0.5)
    assert run.result.utilities == pytest.approx((0.5 * 0.5**0.5, 0.5 * 0.8**0.5))
    assert run.result.welfare == pytest.approx(sum(run.result.utilities))


def test_no_zopa_ends_at_the_deadline_with_discounted_reservation_values():
    scenario = split_the_pie(reservation_values=(0.6, 0.6), discount_factors=(0.9, None))
    run = negotiate(scenario, ["linear", "conceder"], rounds=20, seed=0)
    assert run.result.agreement is None and run.result.reason == "deadline"
    assert run.result.round == 19 and run.result.time == 1.0
    assert run.result.utilities == pytest.approx((0.6 * 0.9, 0.6))
    # Nobody offers below the reservation value.
    u = run.trace.utilities()
    offers = np.array(run.trace.action) == "offer"
    actor = np.array(run.trace.actor)
    assert (u[offers & (actor == 0), 0] >= 0.6 - 1e-9).all()
    assert (u[offers & (actor == 1), 1] >= 0.6 - 1e-9).all()


def _three_party() -> Scenario:
    return random_scenario((3, 4, 2), n_parties=3, seed=5)


def test_agreement_needs_every_other_party_to_accept():
    run = negotiate(_three_party(), [AlwaysAccept(), AlwaysAccept(), AlwaysAccept()], seed=1)
    assert run.result.agreed and run.result.round == 0
    assert run.trace.action == ["offer", "accept", "accept"]

    # C rejects A's offer (accepted by B) and counter-offers; A and B then accept C's offer.
    c = NeverAccept()
    run = negotiate(_three_party(), [AlwaysAccept(), AlwaysAccept(), c], rounds=5)
    assert run.trace.action == ["offer", "accept", "reject", "offer", "accept", "accept"]
    assert run.result.agreement == c.info_.best and run.result.round == 1


def test_a_party_may_end_the_negotiation():
    run = negotiate(split_the_pie(), ["hardliner", Quitter()], rounds=10)
    assert run.result.reason == "ended" and not run.result.agreed
    assert run.trace.action[-1] == "end" and run.trace.actor[-1] == 1


def test_booleans_are_accepted_as_answers():
    run = negotiate(split_the_pie(), ["linear", Greedy(threshold=0.3)], rounds=11)
    assert run.result.agreed
    assert run.result.raw_utilities[1] >= 0.3


def test_agents_see_only_their_own_utilities():
    a, b = Recorder(), Recorder()
    scenario = random_scenario((3, 3), seed=2)
    negotiate(scenario, [a, b], rounds=3)
    info = a.infos[0]
    assert isinstance(info, AgentInfo)
    full = scenario.utilities()
    assert np.array_equal(info.utility, full[:, 0])
    assert np.array_equal(b.infos[0].utility, full[:, 1])
    assert not info.utility.flags.writeable
    with pytest.raises(ValueError):
        info.utility[0] = 1.0
    arrays = [v for v in vars(info).values() if isinstance(v, np.ndarray)]
    assert all(not np.array_equal(x, full[:, 1]) for x in arrays if x.shape == full[:, 1].shape)


def test_infeasible_outcomes_are_never_offered():
    scenario = Scenario.model_validate(
        {
            **split_the_pie(10).model_dump(exclude={"dynamics"}),
            "constraints": [{"forbid": {"a_share": [5, 6]}}],
        }
    )
    run = negotiate(scenario, ["linear", "linear"], rounds=30)
    assert not {5, 6} & set(run.trace.outcome)
    assert run.result.agreed


@pytest.mark.parametrize("agents", [["random", "random"], ["frequency", "tit_for_tat"]])
def test_same_seed_same_trace(agents):
    problem = compile_problem(random_scenario((5, 4, 3), seed=3))
    first = negotiate(problem, agents, rounds=60, seed=42)
    again = negotiate(problem, agents, rounds=60, seed=42)
    other = negotiate(problem, agents, rounds=60, seed=43)
    key = lambda r: (r.trace.round, r.trace.actor, r.trace.action, r.trace.outcome)  # noqa: E731
    assert key(first) == key(again)
    assert first.result == again.result
    if agents[0] == "random":
        assert key(first) != key(other)


@pytest.mark.parametrize(
    "agents",
    [
        ["boulware", "linear"],
        ["conceder", "hardliner"],
        ["frequency", "boulware"],
        ["tit_for_tat", "tit_for_tat"],
        ["random", "linear"],
    ],
)
def test_builtin_agents_reach_rational_agreements(agents):
    scenario = random_scenario((4, 5, 3, 2), seed=9, reservation_value=0.3)
    run = negotiate(scenario, agents, rounds=100, seed=1)
    assert run.result.error is None
    assert run.result.agreed, run.result.reason
    u = scenario.utilities(index=np.array([run.result.agreement]))[0]
    assert (u >= 0.3 - 1e-9).all()
    assert math.isfinite(run.result.pareto_distance)
