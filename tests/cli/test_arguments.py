"""Every command's options tried as a hostile user would: a value out of range is refused
with exit status 2 and one line naming the option, before any work and without a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.io.yaml import dump_scenario
from accord.model.generate import split_the_pie

runner = CliRunner()

SOLO = """\
name: solo
issues:
  x: {type: integer, min: 0, max: 3}
parties:
  a:
    weights: {x: 1}
    values: {x: {type: linear, direction: increasing}}
  m: {role: mediator}
"""


@pytest.fixture
def files(tmp_path: Path, flagship_path: Path) -> dict[str, str]:
    (tmp_path / "pie.yaml").write_text(dump_scenario(split_the_pie()))
    (tmp_path / "solo.yaml").write_text(SOLO)
    (tmp_path / "taken").write_text("")
    return {"dir": str(tmp_path), "pie": str(tmp_path / "pie.yaml"),
            "solo": str(tmp_path / "solo.yaml"), "gaza": str(flagship_path)}


REFUSED = [
    ("simulate {pie} --time-limit -1", "--time-limit: must be a positive number of seconds"),
    ("simulate {pie} --time-limit nan", "--time-limit: must be a positive number of seconds"),
    ("simulate {pie} --time-limit 0", "--time-limit: must be a positive number of seconds"),
    ("simulate {pie} --seed -1", "'--seed'"),
    ("simulate {pie} --rounds 0", "'--rounds'"),
    ("simulate {pie} --rounds 100000000000000000000", "rounds must be from 1 to 1,000,000"),
    ("simulate {pie} --agents boulware(e=-1),linear", "'boulware(e=-1)': e must be positive"),
    ("simulate {pie} --agents titfortat,nosuch", "unknown agent 'nosuch'"),
    ("simulate {pie} --out {dir}/x.txt", "x.txt: --out: the file name must end in .csv"),
    ("simulate {pie} --out {dir}/no/x.json", "no: --out: no such folder"),
    ("simulate {pie} --plot {dir}/x.txt", "x.txt: --plot: the file name must end in an image"),
    ("simulate {pie} --plot {dir}", "--plot: is a folder"),
    ("simulate {solo}", "solo.yaml:4: parties: a negotiation needs at least two parties"),
    ("tournament {solo} --agents linear,boulware --out {dir}/t", "solo.yaml:4: parties:"),
    ("tournament {pie} --agents linear --out {dir}/t", "only one agent (linear)"),
    ("tournament {pie} --agents linear,Linear --out {dir}/t", "'linear' is listed more than"),
    ("tournament {pie} --agents linear,boulware --out {dir}/t --limit -1", "'--limit'"),
    ("tournament {pie} --agents linear,boulware --out {dir}/t --seed -1", "'--seed'"),
    ("tournament {pie} --agents linear,boulware --out {dir}/t --repetitions 0", "'--repeti"),
    ("tournament {pie} --agents linear,boulware --out {dir}/t --jobs 0", "'--jobs'"),
    ("tournament {pie} --agents linear,boulware --out {dir}/t --time-limit 0", "--time-limit"),
    ("tournament {pie} --agents linear,boulware --out {dir}/taken", "cannot use as the results"),
    ("forecast {gaza} --runs 0", "'--runs'"),
    ("forecast {gaza} --runs 3 --seed -1", "'--seed'"),
    ("forecast {gaza} --runs 3 --jobs 0", "'--jobs'"),
    ("forecast {gaza} --runs 3 --position-spread -1", "'--position-spread'"),
    ("forecast {gaza} --runs 3 --position-spread 101", "position spread must be in [0, 100]"),
    ("forecast {gaza} --runs 3 --salience-spread 1.5", "'--salience-spread'"),
    ("forecast {gaza} --runs 3 --capability-spread -0.1", "'--capability-spread'"),
    ("forecast {gaza} --runs 3 --capability-spread 2", "'--capability-spread'"),
    ("forecast {gaza} --plot {dir}/x.txt", "x.txt: --plot: the file name must end in an image"),
    ("forecast {gaza} --plot {dir}/no/x.png", "no: --plot: no such folder"),
    ("convert {pie} {dir}/x.txt", "x.txt: unknown output format '.txt'"),
    ("convert {pie} {dir}/x.xml", "x.xml: unknown output format '.xml'"),
    ("analyze {pie} --seed -1", "'--seed'"),
]


@pytest.mark.parametrize(("command", "message"), REFUSED)
def test_out_of_range_options_exit_2_naming_them(files, command, message):
    result = runner.invoke(app, command.format(**files).split())
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output and "internal error" not in result.output


@pytest.mark.parametrize("command", ["simulate", "tournament"])
def test_time_limit_help_shows_the_range_it_accepts(command):
    """The help showed [x>=0] for --time-limit, while 0 is refused."""
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    line = next(line for line in result.stdout.splitlines() if "--time-limit" in line)
    assert "x>=0" not in line and "more than 0" in " ".join(result.stdout.replace("│", " ").split())


def test_refused_runs_write_nothing(files):
    for command in ("convert {pie} {dir}/x.txt", "tournament {pie} --agents linear --out {dir}/t"):
        assert runner.invoke(app, command.format(**files).split()).exit_code == 2
    assert not (Path(files["dir"]) / "x.txt").exists()
    assert not (Path(files["dir"]) / "t").exists()


@pytest.mark.parametrize(
    ("command", "output"),
    [
        ("simulate {pie} --rounds 11", "saop with a=boulware, b=boulware"),
        ("simulate {pie} --agents Tit-For-Tat,LINEAR --rounds 11", "a=tit_for_tat, b=linear"),
        ("tournament {pie} --agents linear --self-play --out {dir}/t --rounds 5", "1 negotiat"),
        ("tournament {pie} --out {dir}/u --rounds 5", "boulware"),
        ("convert {pie} {dir}/genius", "genius/domain.xml"),
        ("validate {gaza}", "israel (party, additive, agent boulware)"),
    ],
)
def test_valid_forms_still_work(files, command, output):
    result = runner.invoke(app, command.format(**files).split())
    assert result.exit_code == 0, result.output
    assert output in result.stdout


def test_cluster_that_is_not_an_address_is_an_input_error(files):
    pytest.importorskip("distributed")
    command = "tournament {pie} --agents linear,boulware --out {dir}/t --cluster nonsense"
    result = runner.invoke(app, command.format(**files).split())
    assert result.exit_code == 2 and "cannot reach the Dask scheduler at nonsense" in result.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["simulate", "x.yaml", "--seed", "-1"], "accord: simulate: Invalid value for '--seed'"),
        (["nosuch"], "accord: No such command 'nosuch'."),
    ],
)
def test_usage_errors_are_one_line_from_the_console_script(args, line):
    proc = subprocess.run(
        [sys.executable, "-c", "from accord.cli.main import main; main()", *args],
        capture_output=True, text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(line) and proc.stderr.count("\n") == 1, proc.stderr
