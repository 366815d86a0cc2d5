"""NegotiationConfig: the options of one negotiation, declared once and checked when built."""

from __future__ import annotations

import dataclasses
import json

import pytest

from accord.errors import AccordInputError
from accord.model.generate import split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation import NegotiationConfig, negotiate
from accord.negotiation.tournament import Match, play, run_tournament


def test_defaults_are_those_negotiate_always_had():
    c = NegotiationConfig()
    assert (c.rounds, c.seed, c.time_limit, c.deadline_seconds, c.dynamics, c.mediator) == (
        100, None, 30.0, None, True, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        c.rounds = 5  # type: ignore[misc]


@pytest.mark.parametrize(("options", "message"), [
    ({"rounds": 0}, "rounds must be from 1"),
    ({"seed": -1}, "seed must be a non-negative integer"),
    ({"time_limit": 0}, "time_limit must be a positive number of seconds"),
    ({"deadline_seconds": -2.0}, "deadline_seconds must be a positive number of seconds"),
])
def test_bad_options_are_refused_when_the_config_is_built(options, message):
    with pytest.raises(AccordInputError, match=message):
        NegotiationConfig(**options)


def test_negotiate_with_a_config_equals_negotiate_with_keywords():
    pie = split_the_pie()
    config = NegotiationConfig(rounds=11, seed=0)
    by_config = negotiate(pie, ["linear", "boulware"], config)
    by_keywords = negotiate(pie, ["linear", "boulware"], rounds=11, seed=0)
    a, b = by_config.result, by_keywords.result
    assert (a.agreement, a.round, list(a.utilities)) == (b.agreement, b.round, list(b.utilities))
    # keywords replace the config's fields
    shorter = negotiate(pie, ["linear", "linear"], config, rounds=3)
    assert shorter.result.round <= 2


def test_unknown_option_is_a_type_error_naming_it():
    with pytest.raises(TypeError, match="roundz"):
        negotiate(split_the_pie(), ["linear", "linear"], roundz=5)


def test_tournament_matches_run_under_the_config_with_each_match_seed():
    pie = split_the_pie()
    match = Match("0:pie|linear|boulware|0", 0, ("linear", "boulware"), 0, seed=7)
    row = play(compile_problem(pie), match, NegotiationConfig(rounds=11, seed=123))
    alone = negotiate(pie, ["linear", "boulware"], rounds=11, seed=7)
    assert (row["outcome_index"], row["round"], row["seed"]) == (
        alone.result.agreement, alone.result.round, 7)


def test_a_session_takes_the_config_and_builds_the_agents_and_mediator_itself():
    from accord.negotiation.protocols.mediated import SingleText
    from accord.negotiation.protocols.saop import SAOP

    pie = compile_problem(split_the_pie())
    config = NegotiationConfig(rounds=11, seed=0)
    session = SAOP(pie, ["linear", "boulware"], config)
    assert session.config == config and session.names == ("linear", "boulware")
    a = session.run().result
    b = negotiate(pie, ["linear", "boulware"], config).result
    assert (a.agreement, a.round, list(a.utilities)) == (b.agreement, b.round, list(b.utilities))
    mediated = SingleText(pie, ["hillclimber", "hillclimber"], config, mediator="hill_climb")
    assert mediated.mediator_name == "hill_climb" and mediated.config.rounds == 11
    with pytest.raises(AccordInputError, match="rounds must be from 1"):
        SAOP(pie, ["linear", "boulware"], config, rounds=0)  # checked by the config alone


def test_a_tournament_takes_the_config(tmp_path):
    pie = split_the_pie()
    config = NegotiationConfig(rounds=11, seed=5)
    by_config = run_tournament([pie], ["linear", "boulware"], tmp_path / "a", config)
    by_keywords = run_tournament([pie], ["linear", "boulware"], tmp_path / "b", rounds=11, seed=5)
    assert by_config["standings"] == by_keywords["standings"]
    lines = (tmp_path / "a" / "results.jsonl").read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    assert {row["round"] for row in rows} <= set(range(11))
    with pytest.raises(AccordInputError, match="seed must be an integer, not None"):
        run_tournament([pie], ["linear", "boulware"], tmp_path / "c", config, seed=None)
