"""Warnings on the command line: stderr as ``file:line: field: warning: ...``, a "warnings"
key in ``--json``, and the exit status of a clean run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]

SCENARIO = """\
name: two mistakes
issues:
  price: {type: integer, min: 0, max: 10}
  colour: {type: categorical, values: [red, green]}
parties:
  buyer:
    weights: {price: 0.3, colour: 0.2}
    values:
      price: {type: linear, direction: decreasing}
      colour: {red: 1.0, green: 0.0}
    positions: {price: 2}
    salience: {price: 0.8}
  seller:
    reservation_value: 0.9
    weights: {price: 0.5, colour: 0.3}
    values:
      price: {type: linear, direction: increasing}
      colour: {red: 0.0, green: 1.0}
    positions: {price: 9}
    salience: {price: 0.6}
"""

EXPECTED = [
    "s.yaml:7: parties.buyer.weights: warning: weights sum to 0.5, not 1; they are used as "
    "written (not normalised), so no package is worth more than 0.5",
    "s.yaml:15: parties.seller.weights: warning: weights sum to 0.8, not 1; they are used as "
    "written (not normalised), so no package is worth more than 0.8",
    "s.yaml:14: parties.seller.reservation_value: warning: the best package is worth 0.8, "
    "less than the walk-away value 0.9: this party accepts no deal",
]


def run(*args, cwd):
    return subprocess.run(
        [*ACCORD, *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "s.yaml").write_text(SCENARIO)
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", "s.yaml"],
        ["validate", "s.yaml"],
        ["simulate", "s.yaml", "--agents", "boulware,boulware", "--rounds", "5"],
        ["forecast", "s.yaml", "--model", "mean"],
    ],
    ids=lambda c: c[0],
)
def test_warnings_go_to_stderr_and_do_not_change_the_exit_status(folder, command):
    proc = run(*command, cwd=folder)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == EXPECTED
    assert "warning" not in proc.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["analyze", "s.yaml", "--json"],
        ["simulate", "s.yaml", "--agents", "boulware,boulware", "--rounds", "5", "--json"],
        ["forecast", "s.yaml", "--model", "mean", "--json"],
    ],
    ids=lambda c: c[0],
)
def test_json_outputs_carry_the_warnings(folder, command):
    proc = run(*command, cwd=folder)
    assert proc.returncode == 0, proc.stderr
    warnings = json.loads(proc.stdout)["warnings"]
    assert [(w["file"], w["line"], w["field"]) for w in warnings] == [
        ("s.yaml", 7, "parties.buyer.weights"),
        ("s.yaml", 15, "parties.seller.weights"),
        ("s.yaml", 14, "parties.seller.reservation_value"),
    ]
    assert warnings[2]["message"].startswith("the best package is worth 0.8")


def test_a_clean_scenario_has_an_empty_warnings_list(flagship_path, tmp_path):
    proc = run("analyze", flagship_path, "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["warnings"] == []
    assert proc.stderr == ""


DOMAIN = """\
<utility_space><objective index="0" name="root">
  <issue index="1" name="colour" type="discrete"><item value="red"/><item value="green"/></issue>
</objective></utility_space>
"""

PROFILE = """\
<utility_space><objective index="0" name="root">
  <issue index="1" name="colour" type="discrete">
    <item value="red" evaluation="1"/><item value="green" evaluation="0.5"/>
  </issue>
  <weight index="1" value="1"/>
  <weight index="7" value="0.2"/>
</objective></utility_space>
"""


def test_genius_folder_warnings_name_the_profile_line_and_element(tmp_path):
    (tmp_path / "domain.xml").write_text(DOMAIN)
    (tmp_path / "me.xml").write_text(PROFILE)
    (tmp_path / "you.xml").write_text(PROFILE)
    proc = run("validate", ".", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [
        f"{name}:6: weight[index=7]: warning: no issue or objective has index 7 in the domain: "
        "this weight is ignored, as GENIUS ignores it"
        for name in ("me.xml", "you.xml")
    ]
