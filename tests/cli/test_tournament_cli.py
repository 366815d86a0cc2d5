"""``accord tournament`` prints the ranking with intervals and the significant pairs, saves
a ranking plot and results.sqlite; ``accord simulate --plot-rounds`` draws one negotiation
over time. Bad plot paths are refused before any work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.io.yaml import dump_scenario
from accord.model.generate import split_the_pie

runner = CliRunner()
PNG = b"\x89PNG"


@pytest.fixture
def pie(tmp_path: Path) -> str:
    path = tmp_path / "pie.yaml"
    path.write_text(dump_scenario(split_the_pie()))
    return str(path)


def test_tournament_prints_the_ranking_and_saves_plot_and_database(pie, tmp_path):
    pytest.importorskip("matplotlib")
    out, plot = tmp_path / "t", tmp_path / "rank.png"
    command = f"tournament {pie} --agents hardheaded,agentk,conceder --rounds 40 --out {out}"
    result = runner.invoke(app, [*command.split(), "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    assert "ranking by mean discounted utility (95% bootstrap interval)" in result.stdout
    assert "  1. " in result.stdout and "pairs differ significantly" in result.stdout
    assert plot.read_bytes().startswith(PNG)
    rows = sqlite3.connect(out / "results.sqlite").execute("select count(*) from scores")
    assert rows.fetchone()[0] == 2 * 6


def test_tournament_refuses_a_bad_plot_path_before_playing(pie, tmp_path):
    pytest.importorskip("matplotlib")
    command = f"tournament {pie} --agents linear,boulware --out {tmp_path}/t"
    result = runner.invoke(app, [*command.split(), "--plot", f"{tmp_path}/x.txt"])
    assert result.exit_code == 2 and "--plot: the file name must end in an image" in result.stderr
    assert not (tmp_path / "t").exists()


def test_simulate_plots_utility_over_rounds(pie, tmp_path):
    pytest.importorskip("matplotlib")
    plot = tmp_path / "rounds.png"
    result = runner.invoke(
        app, ["simulate", pie, "--agents", "hardheaded,agentgg", "--rounds", "50",
              "--plot-rounds", str(plot)]
    )
    assert result.exit_code == 0, result.output
    assert plot.read_bytes().startswith(PNG)
    refused = runner.invoke(app, ["simulate", pie, "--plot-rounds", str(tmp_path / "r.txt")])
    assert refused.exit_code == 2 and "--plot-rounds: the file name must end" in refused.stderr
