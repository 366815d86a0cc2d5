"""``accord agents`` lists every built-in agent and mediator from the registry itself, so
the list a user reads never goes stale."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from accord.cli.main import app
from accord.negotiation.agents.registry import AGENTS, MEDIATORS, parse_spec


def test_every_builtin_is_listed_with_its_parameters():
    result = CliRunner().invoke(app, ["agents"])
    assert result.exit_code == 0, result.output
    names = [line.split()[0].split("(")[0] for line in result.stdout.splitlines()
             if line.startswith("  ")]
    assert names == [*AGENTS, *MEDIATORS]
    assert "  boulware(e=0.2, k=0.0)  " in result.stdout
    assert "hardheaded(min_utility=0.585, learning_rate=0.2)" in result.stdout


def test_the_json_list_gives_specs_that_parse():
    result = CliRunner().invoke(app, ["agents", "--json"])
    records = json.loads(result.stdout)
    assert {r["name"] for r in records} == {*AGENTS, *MEDIATORS}
    for r in records:
        assert r["summary"] and "``" not in r["summary"]
        kind = "mediator" if r["kind"] == "mediator" else "agent"
        spec = ",".join(f"{k}={json.dumps(v) if isinstance(v, str) else v}"
                        for k, v in r["parameters"].items() if v is not None)
        assert parse_spec(f"{r['name']}({spec})", kind).cls is {**AGENTS, **MEDIATORS}[r["name"]]


def test_simulate_help_points_to_the_list_instead_of_naming_a_stale_few():
    result = CliRunner().invoke(app, ["simulate", "--help"], env={"COLUMNS": "200"})
    assert "accord agents" in result.stdout
    assert "hillclimber, annealer)" not in result.stdout
