"""Agents that misbehave, plug-ins by import path, typed parameters, conformance checks,
BOA combinators and mediation."""

from __future__ import annotations

import numpy as np
import pytest
from neg_agents import BadOffer, Raiser, Sleeper, Spinner

from accord.errors import AccordInputError
from accord.model.generate import random_scenario, split_the_pie
from accord.negotiation import check_agent, negotiate
from accord.negotiation.agents import (
    AGENTS,
    MEDIATORS,
    ACConst,
    ACNext,
    ACTime,
    HillClimbMediator,
    Negotiator,
    TimeBasedBidding,
    parse_spec,
    split_specs,
)


@pytest.mark.parametrize(
    ("agent", "message"),
    [(Raiser(), "RuntimeError: boom"), (BadOffer(), "not an outcome index")],
)
def test_an_agent_that_fails_ends_its_negotiation_with_a_recorded_error(agent, message):
    run = negotiate(split_the_pie(), ["linear", agent], rounds=20)
    assert run.result.reason == "error" and not run.result.agreed
    assert message in run.result.error and run.result.error_party == "b"
    assert run.trace.action[-1] == "error"


@pytest.mark.parametrize("agent", [Sleeper(seconds=0.3), Spinner()])
def test_an_agent_over_its_time_limit_is_stopped(agent):
    run = negotiate(split_the_pie(), ["linear", agent], rounds=20, time_limit=0.05)
    assert run.result.reason == "error"
    assert "time limit" in run.result.error and run.result.error_party == "b"


def test_plugin_agent_by_import_path_with_typed_parameters():
    run = negotiate(split_the_pie(), ["linear", "neg_agents:Greedy(threshold=0.45)"], rounds=11)
    assert run.agents == ("linear", "neg_agents:Greedy(threshold=0.45)")
    assert run.result.agreed and run.result.raw_utilities[1] >= 0.45


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nosuch", "unknown agent"),
        ("boulware(e=abc)", "e='abc'"),
        ("boulware(x=1)", "unknown parameter 'x'"),
        ("neg_agents:Nope", "has no class"),
        ("no_such_module_xyz:Agent", "cannot import"),
        ("boulware(e)", "not key=value"),
        ("boulware(e=-1)", "e must be positive"),
        ("boulware(e=1,e=2)", "'e' is given twice"),
        ("hill_climb", "unknown agent 'hill_climb'; did you mean 'hillclimber'"),
    ],
)
def test_bad_specs_are_input_errors(spec, message):
    with pytest.raises(AccordInputError, match=message.replace("(", r"\(")):
        parse_spec(spec)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("tit-for-tat", "tit_for_tat"),
        ("TitForTat", "tit_for_tat"),
        ("Tit_For-Tat(delta=2)", "tit_for_tat(delta=2)"),
        ("BOULWARE( e = 0.10 )", "boulware(e=0.1)"),
        ("hill-climber", "hillclimber"),
    ],
)
def test_builtin_names_ignore_case_hyphens_and_underscores(text, canonical):
    spec = parse_spec(text)
    assert spec.text == canonical
    assert parse_spec(canonical).cls is spec.cls


def test_mediator_names_ignore_case_hyphens_and_underscores():
    assert parse_spec("Hill-Climb", "mediator").text == "hill_climb"


def test_normalised_builtin_names_are_unique():
    for table in (AGENTS, MEDIATORS):
        keys = [name.replace("-", "").replace("_", "").lower() for name in table]
        assert len(set(keys)) == len(keys)


def test_an_unknown_name_lists_the_valid_ones():
    with pytest.raises(AccordInputError) as err:
        parse_spec("nosuch")
    assert all(name in str(err.value) for name in AGENTS)


def test_canonical_spec_text_parses_back_to_the_same_spec():
    spec = parse_spec("neg_agents:Greedy(threshold=1, label='x y')")
    assert spec.text == "neg_agents:Greedy(threshold=1,label='x y')"
    assert parse_spec(spec.text) == spec


def test_specs_split_at_top_level_commas_and_parse_literals():
    assert split_specs("a, b(x=1,y=2) ,c") == ["a", "b(x=1,y=2)", "c"]
    spec = parse_spec("neg_agents:Greedy(threshold=1, label='x y')")
    assert dict(spec.params) == {"threshold": 1.0, "label": "x y"}
    assert isinstance(dict(spec.params)["threshold"], float)


@pytest.mark.parametrize("name", sorted(AGENTS))
def test_builtin_agents_pass_the_conformance_check(name):
    report = check_agent(AGENTS[name], rounds=20)
    assert report.ok, report.problems
    assert report.negotiations == 16


def test_conformance_check_reports_problems():
    assert not check_agent(Raiser).ok
    report = check_agent(BadOffer)
    assert any("not an outcome index" in p for p in report.problems)
    assert check_agent(Sleeper, {"seconds": -1}).problems  # cannot even construct sensibly


def test_acceptance_combinators():
    scenario = split_the_pie()
    # Never accept before t = 0.8, then anything worth 0.3 or more.
    accept = ACTime(0.8) & ACConst(0.3)
    agent = Negotiator(TimeBasedBidding(e=0.05), accept | ACNext(a=0.0, b=-1.0))
    run = negotiate(scenario, ["linear", agent], rounds=11)
    assert run.result.agreed and run.result.time >= 0.8 and run.result.raw_utilities[1] >= 0.3


def test_single_text_hill_climbing_never_makes_anyone_worse_off():
    scenario = random_scenario((4, 4, 3, 3), n_parties=3, seed=4)
    pure = HillClimbMediator(patience=None)  # no ratification votes before the deadline
    run = negotiate(scenario, ["hillclimber"] * 3, mediator=pure, rounds=80, seed=2)
    trace = run.trace
    texts = [o for a, o in zip(trace.action, trace.outcome) if a in ("text", "adopt")]
    u = scenario.utilities(index=np.array(texts))
    assert (np.diff(u, axis=0) >= -1e-12).all()
    assert len(texts) > 1
    assert run.protocol == "single_text" and run.mediator == "hill_climb"
    assert run.result.reason in ("agreement", "rejected")


def test_single_text_ratification_needs_everyone_above_reservation():
    scenario = split_the_pie(reservation_values=(0.6, 0.6))
    run = negotiate(scenario, ["annealer", "hillclimber"], mediator="annealing", rounds=30)
    assert not run.result.agreed and run.result.reason == "rejected"
    scenario = split_the_pie(reservation_values=(0.2, 0.2))
    run = negotiate(scenario, ["boulware", "linear"], mediator="annealing", rounds=60, seed=3)
    assert run.result.agreed, run.result.reason
    assert min(run.result.raw_utilities) >= 0.2


def test_mediated_talks_take_two_to_ten_parties_and_a_mediator():
    run = negotiate(
        random_scenario((2, 2), n_parties=11, seed=1),
        ["linear"] * 11,
        mediator="hill_climb",
        rounds=5,
    )
    assert run.result.reason == "error" and "2 to 10" in run.result.error
