"""A scenario names the agent of each party (``agent:``), or the default plays it; who
negotiates is checked where the scenario is read, at its line; run options out of range are
input errors."""

from __future__ import annotations

import json
import math

import pytest

from accord.errors import AccordInputError
from accord.io.yaml import dump_scenario, parse_scenario, scenario_json_schema
from accord.model.generate import split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation import SAOP, negotiate
from accord.negotiation.lineup import DEFAULT_AGENT, check_agents, check_lineup, lineup
from accord.negotiation.tournament import plan_matches, run_tournament

PIE = """\
name: pie
issues:
  share: {type: integer, min: 0, max: 10}
parties:
  a:
    weights: {share: 1}
    values: {share: {type: linear, direction: increasing}}
    agent: {name: boulware, e: 0.5}
  b:
    weights: {share: 1}
    values: {share: {type: linear, direction: decreasing}}
    agent: Tit-For-Tat
  c:
    role: observer
"""


def pie(**edits: str):
    text = PIE
    for old, new in edits.values():
        assert old in text
        text = text.replace(old, new)
    return parse_scenario(text, source="pie.yaml", checks=[check_lineup])


def test_the_scenario_names_each_partys_agent_with_parameters():
    scenario = pie()
    assert scenario.parties["a"].agent.name == "boulware"
    assert scenario.parties["a"].agent.params == {"e": 0.5}
    assert scenario.parties["b"].agent == "Tit-For-Tat"
    assert lineup(scenario) == ("boulware(e=0.5)", "tit_for_tat")


def test_a_party_without_an_agent_gets_the_default():
    scenario = pie(a=("    agent: {name: boulware, e: 0.5}\n", ""))
    assert lineup(scenario) == (DEFAULT_AGENT, "tit_for_tat")


def test_negotiate_session_and_tournament_play_the_scenarios_lineup(tmp_path):
    scenario = pie()
    named = negotiate(scenario, rounds=20, seed=3)
    explicit = negotiate(scenario, ["boulware(e=0.5)", "tit_for_tat"], rounds=20, seed=3)
    assert named.agents == ("boulware(e=0.5)", "tit_for_tat")
    assert named.result == explicit.result
    session = SAOP(compile_problem(scenario), rounds=20, seed=3)
    assert session.names == named.agents and session.run().result == named.result
    matches = plan_matches([scenario], None, repetitions=2)
    assert [m.agents for m in matches] == [("boulware(e=0.5)", "tit_for_tat")] * 2
    summary = run_tournament([scenario], None, tmp_path, rounds=20, repetitions=2)
    assert summary["completed"] == 2
    assert set(summary["agents"]) == {"boulware(e=0.5)", "tit_for_tat"}


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("agent: Tit-For-Tat", "agent: boulwar"),
            "pie.yaml:12: parties.b.agent: unknown agent 'boulwar'; did you mean 'boulware'?",
        ),
        (
            ("e: 0.5}", "e: -1}"),
            "pie.yaml:8: parties.a.agent: 'boulware(e=-1)': e must be positive",
        ),
        (
            ("e: 0.5}", "f: 1}"),
            "pie.yaml:8: parties.a.agent: 'boulware(f=1)': unknown parameter 'f'",
        ),
        (
            ("e: 0.5}", "e: [1]}"),
            "pie.yaml:8: parties.a.agent.e: must be a number, text, true/false or null",
        ),
        (("{name: boulware, e: 0.5}", "{e: 0.5}"), "pie.yaml:8: parties.a.agent.name: required"),
        (("agent: Tit-For-Tat", "agent: 3"), "pie.yaml:12: parties.b.agent: must be text"),
        (
            ("role: observer", "role: observer\n    agent: linear"),
            "pie.yaml:15: parties.c.agent: role 'observer' does not negotiate",
        ),
        (
            ("  b:\n", "  b:\n    role: observer\n"),
            "pie.yaml:4: parties: a negotiation needs at least two parties with role 'party'; "
            "only 'a' has",
        ),
    ],
)
def test_bad_agents_and_lone_parties_are_located_at_their_line(edit, expected):
    with pytest.raises(AccordInputError) as info:
        pie(edit=edit)
    assert str(info.value).startswith(expected)


def test_agents_are_checked_without_requiring_two_negotiators():
    text = PIE.replace("  b:\n", "  b:\n    role: observer\n").replace(
        "    agent: Tit-For-Tat\n", ""
    )
    scenario = parse_scenario(text, checks=[check_agents])
    assert check_agents(scenario) == {"a": "boulware(e=0.5)"}


def test_agents_round_trip_through_yaml_and_appear_in_the_schema():
    scenario = pie()
    text = dump_scenario(scenario)
    assert "agent: Tit-For-Tat" in text and "name: boulware" in text
    assert parse_scenario(text) == scenario
    schema = json.loads(scenario_json_schema())
    assert "agent" in schema["$defs"]["Party"]["properties"]
    assert schema["$defs"]["AgentChoice"]["required"] == ["name"]


def test_fewer_than_two_negotiators_is_an_input_error_from_python(tmp_path):
    base = split_the_pie()
    solo = base.model_copy(
        update={"parties": {**base.parties, "b": base.parties["b"].model_copy(
            update={"role": "observer"})}}
    )
    message = "parties: a negotiation needs at least two parties with role 'party'"
    with pytest.raises(AccordInputError, match=message):
        negotiate(solo, ["linear"])
    with pytest.raises(AccordInputError, match=message):
        run_tournament([solo], ["linear", "boulware"], tmp_path)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"time_limit": -1.0}, "time_limit must be a positive number of seconds, not -1.0"),
        ({"time_limit": 0}, "time_limit must be a positive number"),
        ({"time_limit": math.nan}, "time_limit must be a positive number"),
        ({"deadline_seconds": -5}, "deadline_seconds must be a positive number"),
        ({"seed": -1}, "seed must be a non-negative integer"),
        ({"rounds": 0}, "rounds must be from 1 to 1,000,000, not 0"),
        ({"rounds": 10**20}, "rounds must be from 1 to 1,000,000"),
    ],
)
def test_run_options_out_of_range_are_input_errors(options, message):
    with pytest.raises(AccordInputError, match=message):
        negotiate(split_the_pie(), ["linear", "linear"], **options)


@pytest.mark.parametrize(
    ("agents", "options", "message"),
    [
        (["linear"], {}, "agents: only one agent .linear.: it could only negotiate with itself"),
        (["linear", "Linear"], {}, "agents: 'linear' is listed more than once"),
        ([], {}, "agents: a tournament needs at least one agent"),
        (["linear", "boulware"], {"repetitions": 0}, "repetitions must be at least 1"),
        (["linear", "boulware"], {"jobs": 0}, "jobs must be at least 1"),
        (["linear", "boulware"], {"max_negotiations": -1}, "max_negotiations must be at least 0"),
        (["linear", "boulware"], {"seed": -2}, "seed must be a non-negative integer"),
        (["linear", "boulware"], {"time_limit": -3}, "time_limit must be a positive number"),
    ],
)
def test_tournament_arguments_out_of_range_are_input_errors(tmp_path, agents, options, message):
    with pytest.raises(AccordInputError, match=message):
        run_tournament([split_the_pie()], agents, tmp_path / "t", rounds=5, **options)
    assert not (tmp_path / "t").exists()


def test_a_lone_agent_plays_itself_on_request(tmp_path):
    summary = run_tournament([split_the_pie()], ["linear"], tmp_path, rounds=5, self_play=True)
    assert summary["completed"] == 1
    assert summary["agents"]["linear"]["negotiations"] == 2  # one negotiation, both seats


def test_a_file_in_place_of_the_results_folder_is_an_input_error(tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("")
    with pytest.raises(AccordInputError, match="taken: cannot use as the results folder"):
        run_tournament([split_the_pie()], ["linear", "boulware"], taken, rounds=5)


def test_readme_simulation_example_plays_the_flagships_own_agents(flagship_path):
    from typer.testing import CliRunner

    from accord.cli.main import app

    readme = (flagship_path.parents[1] / "README.md").read_text()
    command, _, rest = readme.partition("$ accord simulate ")[2].partition("\n")
    expected = rest.partition("```")[0]
    args = command.split()
    assert "--agents" not in args
    del args[args.index("--plot") : args.index("--plot") + 2]  # the figure is not the point
    result = CliRunner().invoke(app, ["simulate", *args])
    assert result.exit_code == 0, result.output
    assert result.stdout == expected
