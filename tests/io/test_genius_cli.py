"""``accord convert`` and ``accord validate`` as typer commands (GENIUS <-> YAML)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from accord.cli.convert import convert, validate
from accord.io.genius import read_genius

DOMAIN = """<negotiation_template><utility_space><objective index="0" name="root">
  <issue index="1" name="Colour" type="discrete">
    <item value="red"/><item value="green"/><item value="blue"/>
  </issue>
  <issue index="2" name="Price" type="integer" lowerbound="10" upperbound="14"/>
  <issue index="3" name="Speed" type="real"><range lowerbound="0" upperbound="2"/></issue>
</objective></utility_space></negotiation_template>
"""
PROFILE = """<utility_space><objective index="0" name="root">
  <issue index="1" name="Colour" type="discrete">
    <item value="red" evaluation="4"/><item value="green" evaluation="2"/><item value="blue"/>
  </issue>
  <issue index="2" name="Price" type="integer" lowerbound="10" upperbound="14">
    <evaluator ftype="linear" slope="0.25" offset="0.5"/>
  </issue>
  <issue index="3" name="Speed" type="real"><range lowerbound="0" upperbound="2"/>
    <evaluator ftype="linear" parameter0="0.2" parameter1="0.5"/>
  </issue>
  <weight index="1" value="0.5"/><weight index="2" value="{w}"/><weight index="3" value="0.3"/>
</objective></utility_space>
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


app = typer.Typer()
app.command("convert")(convert)
app.command("validate")(validate)
runner = CliRunner()


@pytest.fixture
def genius_folder(tmp_path: Path) -> Path:
    return write(
        tmp_path / "toy",
        {"domain.xml": DOMAIN, "a.xml": PROFILE.format(w=0.4), "b.xml": PROFILE.format(w=0.1)},
    )


def test_validate_prints_a_summary(genius_folder):
    result = runner.invoke(app, ["validate", str(genius_folder)])
    assert result.exit_code == 0, result.output
    assert "issues: 3" in result.output
    assert "outcomes: 165" in result.output
    assert "parties: 2: a (party, additive), b (party, additive)" in result.output


def test_convert_genius_to_yaml_and_back(genius_folder, tmp_path):
    yaml_file = tmp_path / "toy.yaml"
    result = runner.invoke(app, ["convert", str(genius_folder), str(yaml_file)])
    assert result.exit_code == 0, result.output
    assert yaml_file.read_text().startswith("name: toy")
    result = runner.invoke(app, ["validate", str(yaml_file)])
    assert result.exit_code == 0 and "outcomes: 165" in result.output
    out = tmp_path / "back"
    result = runner.invoke(app, ["convert", str(yaml_file), str(out)])
    assert result.exit_code == 0, result.output
    a, b = read_genius(genius_folder), read_genius(out)
    assert np.allclose(a.utilities(), b.utilities(), atol=1e-12)


def test_convert_reports_what_it_read_leniently(genius_folder, tmp_path):
    """Converting printed no warning: what GENIUS tolerates (here an item without an
    evaluation, read as 0; in other/laptopdomain a profile left out) went into the output
    without a word, where validate and analyze say it."""
    validated = runner.invoke(app, ["validate", str(genius_folder)])
    warnings = [line for line in validated.output.splitlines() if ": warning: " in line]
    assert warnings
    result = runner.invoke(app, ["convert", str(genius_folder), str(tmp_path / "toy.yaml")])
    assert result.exit_code == 0, result.output
    assert [line for line in result.output.splitlines() if ": warning: " in line] == warnings


def test_convert_to_json(genius_folder, tmp_path):
    result = runner.invoke(app, ["convert", str(genius_folder), str(tmp_path / "toy.json")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "toy.json").read_text().lstrip().startswith("{")


def test_bad_input_exits_2_without_traceback(tmp_path):
    bad = write(tmp_path / "bad", {"d.xml": DOMAIN, "p.xml": "<utility_space>\n<x>\n"})
    for args in (["validate", str(bad)], ["convert", str(bad), str(tmp_path / "o.yaml")]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert "p.xml:3: XML syntax" in result.output
        assert "Traceback" not in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    result = runner.invoke(app, ["validate", str(tmp_path / "missing")])
    assert result.exit_code == 2 and "no such file or folder" in result.output


def test_a_folder_of_yaml_scenarios_is_named_as_such(tmp_path, genius_folder):
    """`accord serve scenarios/` takes a folder of scenarios; analyze and validate said
    only 'no GENIUS domain file in this folder'."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    runner.invoke(app, ["convert", str(genius_folder), str(folder / "toy.yaml")])
    result = runner.invoke(app, ["validate", str(folder)])
    assert result.exit_code == 2
    assert (f"{folder}: no GENIUS domain file in this folder; it holds scenario files "
            "(toy.yaml): give one of them") in result.output
