"""``forecast`` never drops an issue silently: it names each one it leaves out and why."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import forecast
from accord.io.genius import write_genius
from accord.io.yaml import parse_scenario

app = typer.Typer()
app.command("forecast")(forecast)
app.command("other")(lambda: None)  # two commands: the first argument names one
runner = CliRunner()

MIXED = """
name: mixed
issues:
  tax: {type: integer, min: 0, max: 10}
  flag: {type: categorical, values: [red, blue, green]}
  date: {type: integer, min: 0, max: 3}
parties:
  a: {capability: 2, positions: {tax: 2, flag: red}, salience: {tax: 0.5, flag: 0.5}}
  b: {capability: 1, positions: {tax: 8, flag: blue}, salience: {tax: 0.5, flag: 0.5}}
"""

ADDITIVE = """
name: utilities only
issues:
  tax: {type: integer, min: 0, max: 2}
  flag: {type: categorical, values: [red, blue]}
parties:
  a:
    weights: {tax: 0.5, flag: 0.5}
    values: {tax: {type: linear, direction: decreasing}, flag: {red: 1, blue: 0}}
  b:
    weights: {tax: 0.5, flag: 0.5}
    values: {tax: {type: linear, direction: increasing}, flag: {red: 0, blue: 1}}
"""


def test_json_names_each_issue_left_out_and_why(tmp_path):
    f = tmp_path / "mixed.yaml"
    f.write_text(MIXED)
    res = runner.invoke(app, ["forecast", str(f), "--model", "mean", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert list(out["forecast"]) == ["tax"]
    assert out["forecast_in_units"]["tax"] == pytest.approx(out["forecast"]["tax"] / 10)
    left = {x["issue"]: x["reason"] for x in out["left_out"]}
    assert set(left) == {"date"}
    assert "no party states a position" in left["date"]
    # capability x salience: red 2 x 0.5 against blue 1 x 0.5
    flag = out["categorical"]["flag"]
    assert flag["forecast"] == "red" and flag["rule"] == "condorcet"
    assert flag["support"] == pytest.approx({"red": 2 / 3, "blue": 1 / 3, "green": 0.0})


def test_text_lists_the_issues_left_out_and_the_votes(tmp_path):
    f = tmp_path / "mixed.yaml"
    f.write_text(MIXED)
    res = runner.invoke(app, ["forecast", str(f), "--model", "mean"])
    assert res.exit_code == 0, res.output
    assert "Left out (1 issue):" in res.output
    assert "date: no party states a position" in res.output
    assert "Categorical issues" in res.output and "red 67%" in res.output


def test_genius_folder_is_voted_on_and_says_what_is_left_out(tmp_path):
    folder = tmp_path / "domain"
    write_genius(parse_scenario(ADDITIVE), folder)
    res = runner.invoke(app, ["forecast", str(folder), "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["forecast"] == {} and out["dimensions"] == []
    # both weigh the flag 0.5 and each prefers its own colour: a tie, the first option wins
    assert out["categorical"]["flag"]["forecast"] == "red"
    assert out["categorical"]["flag"]["condorcet"] is None
    left = {x["issue"]: x["reason"] for x in out["left_out"]}
    assert "utilities, not positions" in left["tax"]


def test_nothing_to_forecast_says_why(tmp_path):
    f = tmp_path / "none.yaml"
    lone = MIXED.split("parties:")[0] + """parties:
  a: {positions: {tax: 2}, salience: {tax: 1}}
  b: {weights: {tax: 1}, values: {tax: {type: linear, direction: increasing}}}
"""
    f.write_text(lone)
    res = runner.invoke(app, ["forecast", str(f)])
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "left out" in res.output and "no party states a position" in res.output


def test_missing_path_still_says_so(tmp_path):
    res = runner.invoke(app, ["forecast", str(tmp_path / "nowhere.yaml")])
    assert res.exit_code == 2 and "no such file" in res.output
