"""Scenario dynamics: each event type, the condition language, validation, and the
flagship scenario with a dynamics section (on a copy)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from neg_agents import AlwaysAccept, Greedy, NeverAccept, Recorder
from pydantic import ValidationError

from accord.model import Scenario
from accord.model.generate import random_scenario, split_the_pie
from accord.negotiation import negotiate

HERE = Path(__file__).resolve().parent
FLAGSHIP = HERE.parents[1] / "scenarios" / "gaza-ceasefire-2024-05.yaml"


def with_events(base: Scenario, events: list[dict]) -> Scenario:
    return Scenario.model_validate({**base.model_dump(exclude={"dynamics"}), "dynamics": events})


def rows(run, action):
    t = run.trace
    return [r for r, a in zip(t.round, t.action) if a == action]


def test_walk_out_suspends_talks_and_the_party_returns():
    scenario = with_events(
        split_the_pie(),
        [{"id": "w", "type": "walk_out", "party": "b", "round": 3, "returns_after": 4}],
    )
    run = negotiate(scenario, ["boulware", "boulware"], rounds=20)
    assert rows(run, "suspended") == [3, 4, 5, 6]
    kinds = [(e.round, e.type, e.id) for e in run.events]
    assert kinds == [(3, "walk_out", "w"), (7, "return", "w:return")]
    assert not {3, 4, 5, 6} & {r for r, a in zip(run.trace.round, run.trace.action) if a == "offer"}
    assert run.result.agreed


def test_walk_out_for_good_ends_the_talks():
    scenario = with_events(split_the_pie(), [{"type": "walk_out", "party": "a", "round": 2}])
    run = negotiate(scenario, ["boulware", "boulware"], rounds=20)
    assert run.result.reason == "walked_out" and run.result.round == 2


def test_return_on_condition():
    events = [
        {
            "id": "out",
            "type": "walk_out",
            "party": "a",
            "round": 1,
            "return_condition": {"after_round": 4},
        },
    ]
    run = negotiate(with_events(split_the_pie(), events), ["linear", "linear"], rounds=20)
    assert rows(run, "suspended") == [1, 2, 3, 4]


def test_reservation_change_is_private_to_the_party_and_public_as_an_event():
    events = [
        {
            "id": "threat",
            "type": "reservation_change",
            "party": "a",
            "round": 2,
            "delta": 0.25,
            "label": "threat",
        }
    ]
    a, b = Recorder(), Recorder()
    run = negotiate(with_events(split_the_pie(), events), [a, b], rounds=6)
    assert [i.reservation_value for i in a.infos] == [0.0, 0.25]
    assert [i.reservation_value for i in b.infos] == [0.0]
    (record,) = run.events
    assert record.details == {"party": "a", "old": 0.0, "new": 0.25} and record.round == 2
    seen = b.events[0][1]
    assert seen["party"] == "a" and "new" not in seen and "delta" not in seen
    # The disagreement point uses the changed value.
    assert run.result.utilities == (0.25, 0.0)


def test_reservation_change_closes_the_zopa():
    events = [
        {"type": "reservation_change", "party": "a", "round": 0, "value": 0.7},
        {"type": "reservation_change", "party": "b", "round": 0, "value": 0.7},
    ]
    run = negotiate(with_events(split_the_pie(), events), ["linear", "linear"], rounds=30)
    assert not run.result.agreed


def test_weight_shift_changes_utilities_from_that_round_on():
    base = random_scenario((3, 4), seed=1)
    events = [{"type": "weight_shift", "party": "p0", "round": 5, "weights": {"i0": 3.0}}]
    run = negotiate(with_events(base, events), ["boulware", NeverAccept()], rounds=10)
    u = run.trace.utilities()
    event_row = run.trace.action.index("event")
    outcome = np.array(run.trace.outcome)
    before = base.utilities()
    assert np.allclose(
        u[:event_row][outcome[:event_row] >= 0],
        before[outcome[:event_row][outcome[:event_row] >= 0]],
    )
    after = u[event_row + 1 :, 0][outcome[event_row + 1 :] >= 0]
    old = before[outcome[event_row + 1 :][outcome[event_row + 1 :] >= 0], 0]
    assert not np.allclose(after, old)
    weights = base.parties["p0"].weights
    total = sum(weights.values())
    new_w = {"i0": 3.0, "i1": weights["i1"]}
    scale = total / sum(new_w.values())
    assert run.events[0].details["weights"] == {"i0": 3.0}
    assert scale * 3.0 > weights["i0"]


def test_bridging_proposal_is_answered_by_every_party():
    events = [
        {
            "type": "bridging_proposal",
            "round": 4,
            "outcome": {"a_share": 45},
            "by": "egypt",
            "label": "bridge",
        }
    ]
    run = negotiate(
        with_events(split_the_pie(), events), [AlwaysAccept(), AlwaysAccept()], rounds=10
    )
    # AlwaysAccept agrees at round 0 already; use hard-liners who accept nothing but 1.
    assert run.result.round == 0
    run = negotiate(with_events(split_the_pie(), events), ["hardliner", "boulware"], rounds=10)
    t = run.trace
    k = t.action.index("event")
    assert (t.round[k + 1], t.actor_name(t.actor[k + 1]), t.action[k + 1], t.outcome[k + 1]) == (
        4,
        "mediator",
        "offer",
        45,
    )
    assert t.action[k + 2] == "reject"  # the hard-liner wants 100


def test_bridging_proposal_accepted_by_all_is_an_agreement():
    events = [{"type": "bridging_proposal", "round": 3, "outcome": {"a_share": 50}}]
    scenario = with_events(split_the_pie(reservation_values=(0.4, 0.4)), events)
    run = negotiate(scenario, [Greedy(threshold=0.5), Greedy(threshold=0.5)], rounds=40)
    assert run.result.agreement == 50 and run.result.round == 3
    assert run.trace.action[-3:] == ["offer", "accept", "accept"]


def test_deadline_event_moves_the_deadline_earlier():
    events = [{"type": "deadline", "round": 5, "within": 3}]
    run = negotiate(with_events(split_the_pie(), events), ["hardliner", "hardliner"], rounds=50)
    assert run.result.reason == "deadline" and run.result.round == 8 and run.rounds == 9
    assert run.result.time == 1.0
    events = [{"type": "deadline", "condition": {"no_agreement_by": 6}}]
    run = negotiate(with_events(split_the_pie(), events), ["hardliner", "hardliner"], rounds=50)
    assert run.result.round == 6


def test_conditions_combine_and_chain():
    events = [
        {"id": "out", "type": "walk_out", "party": "b", "round": 2, "returns_after": 1},
        {
            "id": "after",
            "type": "reservation_change",
            "party": "a",
            "delta": 0.1,
            "condition": {"party_walked_out": "b", "after_round": 5},
        },
        {
            "id": "chained",
            "type": "reservation_change",
            "party": "b",
            "delta": 0.1,
            "condition": {"event_fired": "after"},
        },
        {
            "id": "either",
            "type": "deadline",
            "condition": {"any_of": [{"party_absent": "a"}, {"after_round": 9}]},
        },
    ]
    run = negotiate(with_events(split_the_pie(), events), ["hardliner", "hardliner"], rounds=50)
    fired = [(e.round, e.id) for e in run.events]
    assert fired == [(2, "out"), (3, "out:return"), (6, "after"), (6, "chained"), (10, "either")]
    assert run.result.round == 10


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"type": "walk_out", "party": "zed", "round": 1}, "unknown party"),
        (
            {"type": "weight_shift", "party": "a", "round": 1, "weights": {"nope": 1}},
            "unknown issue",
        ),
        ({"type": "bridging_proposal", "round": 1, "outcome": {"a_share": 500}}, "a_share"),
        ({"type": "walk_out", "party": "a"}, "round"),
        ({"type": "reservation_change", "party": "a", "round": 1}, "value"),
        ({"type": "deadline", "condition": {}}, "clause"),
        ({"type": "explode", "round": 1}, "explode"),
    ],
)
def test_bad_events_are_rejected_when_the_scenario_loads(event, message):
    with pytest.raises((ValidationError, ValueError), match=message):
        with_events(split_the_pie(), [event])


def test_flagship_dynamics_break_down_as_reported(tmp_path):
    import yaml

    from accord.io.yaml import load_scenario

    scenario = load_scenario(FLAGSHIP)
    assert [e.type for e in scenario.dynamics] == [
        "walk_out",
        "reservation_change",
        "reservation_change",
        "bridging_proposal",
        "deadline",
    ]
    run = negotiate(scenario, ["linear", "conceder"], rounds=100, seed=3)
    ids = [e.id for e in run.events]
    assert ids[:3] == ["hamas_walkout", "hamas_walkout:return", "rafah_threat"]
    assert run.result.round <= 75
    assert not negotiate(scenario, ["boulware", "boulware"], rounds=100, seed=1).result.agreed
    mediated = negotiate(scenario, ["boulware", "boulware"], mediator="annealing", rounds=100)
    assert "egypt_qatar_framework" in [e.id for e in mediated.events]

    # the fuller event list (with counterfactual pressure) in tests/negotiation/gaza_dynamics.yaml
    data = scenario.model_dump(mode="json")
    data["dynamics"] = yaml.safe_load((HERE / "gaza_dynamics.yaml").read_text())["dynamics"]
    fuller = type(scenario).model_validate(data)
    assert [e.type for e in fuller.dynamics].count("weight_shift") == 1
    assert negotiate(fuller, ["linear", "conceder"], rounds=100, seed=3).result.round <= 75


DYNAMIC_PIE = """\
name: pie
issues:
  share: {type: integer, min: 0, max: 4}
  site: {type: categorical, values: [here, there]}
parties:
  a:
    weights: {share: 0.6, site: 0.4}
    values:
      share: {type: linear, direction: increasing}
      site: {type: table, table: {here: 1, there: 0}}
  b:
    positions: {share: 0, site: there}
    salience: {share: 0.5, site: 0.5}
  c:
    rectangles: [{bounds: {share: [0, 2]}, utility: 1}]
    max_utility: 1
  press:
    role: observer
constraints:
  - forbid: {share: [4], site: [there]}
    reason: no full share away from home
dynamics:
  - id: first
    type: walk_out
    party: b
    round: 1
    returns_after: 2
  - EVENT
"""


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            "{type: deadline, condition: {event_fired: nope}}",
            "pie.yaml:28: dynamics.1.condition: unknown event id 'nope'",
        ),
        (
            "{type: walk_out, party: a, round: 2, return_condition: {any_of: [{event_fired: x}]}}",
            "pie.yaml:28: dynamics.1.return_condition: unknown event id 'x'",
        ),
        (
            "{id: first, type: deadline, round: 3}",
            "pie.yaml:28: dynamics.1.id: 'first' is already the id of dynamics.0",
        ),
        (
            "{type: reservation_change, party: press, round: 2, delta: 0.1}",
            "pie.yaml:28: dynamics.1.party: 'press' does not negotiate (role 'observer')",
        ),
        (
            "{type: weight_shift, party: press, round: 2, weights: {share: 1}}",
            "pie.yaml:28: dynamics.1.party: 'press' does not negotiate (role 'observer')",
        ),
        (
            "{type: weight_shift, party: c, round: 2, weights: {share: 1}}",
            "pie.yaml:28: dynamics.1.party: a weight shift needs weights or salience; "
            "'c' has hyperrectangle utility",
        ),
        (
            "{type: weight_shift, party: a, round: 2, weights: {share: 0, site: 0}}",
            "pie.yaml:28: dynamics.1.weights: the shift leaves no positive weight",
        ),
        (
            "{type: bridging_proposal, round: 2, outcome: {share: 4, site: there}}",
            "pie.yaml:28: dynamics.1.outcome: constraints.0 forbids this package "
            "(no full share away from home)",
        ),
    ],
)
def test_bad_dynamics_are_refused_when_the_scenario_loads_at_their_line(event, expected):
    from accord.errors import AccordInputError
    from accord.io.yaml import parse_scenario

    with pytest.raises(AccordInputError) as info:
        parse_scenario(DYNAMIC_PIE.replace("EVENT", event), source="pie.yaml")
    assert str(info.value).startswith(expected)


def test_weight_shifts_on_issues_a_party_does_not_value_are_refused():
    from accord.io.yaml import parse_scenario

    base = parse_scenario(DYNAMIC_PIE.replace("  - EVENT\n", ""))
    assert with_events(base, [{"type": "weight_shift", "party": "a", "round": 2,
                               "weights": {"site": 1}}]).dynamics  # 'a' values 'site'
    spatial = base.model_dump(mode="json")
    spatial["parties"]["b"]["positions"] = {"share": 0}
    unpositioned = {"type": "weight_shift", "party": "b", "round": 2, "weights": {"site": 1}}
    with pytest.raises(ValueError, match=r"dynamics\.0\.weights\.site: 'b' has no position"):
        with_events(Scenario.model_validate(spatial), [unpositioned])
    additive = base.model_dump(mode="json")
    additive["parties"]["a"]["weights"] = {"share": 1.0}
    additive["parties"]["a"]["values"] = {"share": {"type": "linear", "direction": "increasing"}}
    unvalued = {"type": "weight_shift", "party": "a", "round": 2, "weights": {"site": 1}}
    with pytest.raises(ValueError, match=r"dynamics\.0\.weights\.site: 'a' has no values"):
        with_events(Scenario.model_validate(additive), [unvalued])


def test_a_weight_shift_rescales_to_the_old_total_without_rebuilding_preferences(monkeypatch):
    base = random_scenario((3, 4, 2), seed=5)
    events = [
        {"type": "weight_shift", "party": "p0", "round": 2, "weights": {"i0": 0.9}},
        {"type": "weight_shift", "party": "p0", "round": 4, "weights": {"i2": 0.05}},
    ]
    scenario = with_events(base, events)
    calls = []
    original = Scenario.preferences
    monkeypatch.setattr(
        Scenario, "preferences", lambda self, key: calls.append(key) or original(self, key)
    )
    run = negotiate(scenario, ["boulware", NeverAccept()], rounds=8)
    assert calls == ["p0", "p1"]  # compiled once; the shifts are array operations
    monkeypatch.undo()
    # By hand: each shift sets the named weights, keeps the others as they stand (the
    # first shift's included) and rescales the sum to what it was.
    w = dict(base.parties["p0"].weights)
    total = sum(w.values())
    for event in events:
        w = {**w, **event["weights"]}
        w = {k: v * total / sum(w.values()) for k, v in w.items()}
    data = base.model_dump(mode="json")
    data["parties"]["p0"]["weights"] = w
    expected = Scenario.model_validate(data).utilities()
    u, outcome = run.trace.utilities(), np.array(run.trace.outcome)
    last = len(run.trace.action) - 1 - run.trace.action[::-1].index("event")
    rows = np.flatnonzero(outcome >= 0)
    rows = rows[rows > last]
    assert len(rows) > 0
    np.testing.assert_allclose(u[rows], expected[outcome[rows]], rtol=0, atol=1e-12)
