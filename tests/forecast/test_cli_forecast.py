"""``accord forecast`` / ``accord backtest`` through a private Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import backtest, forecast

DATA = Path(__file__).resolve().parent / "data"
app = typer.Typer()
app.command("forecast")(forecast)
app.command("backtest")(backtest)
runner = CliRunner()


@pytest.mark.parametrize("model", ["smp", "eum", "mean", "median", "exchange",
                                   "exchange-random", "choice"])
def test_forecast_json(model):
    res = runner.invoke(app, ["forecast", str(DATA / "tiny.csv"), "--model", model, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["model"] == model and out["actors"] == ["North", "South", "East"]
    assert set(out["forecast"]) == {"Tax", "Spend"}
    assert len(out["history"]["North"]["Tax"]) == out["states"]
    assert len(out["win_probability"]["East"]) == out["states"]


def test_forecast_table_monte_carlo_and_plot(tmp_path):
    png = tmp_path / "paths.png"
    res = runner.invoke(app, ["forecast", str(DATA / "tiny.csv"), "--runs", "4", "--seed", "3",
                              "--plot", str(png)])
    assert res.exit_code == 0, res.output
    assert "forecast" in res.output and "Monte Carlo" in res.output
    assert png.stat().st_size > 0


def test_monte_carlo_json_same_for_any_jobs():
    args = ["forecast", str(DATA / "tiny.csv"), "--model", "eum", "--runs", "4", "--json"]
    one = json.loads(runner.invoke(app, [*args, "--jobs", "1"]).output)
    two = json.loads(runner.invoke(app, [*args, "--jobs", "2"]).output)
    assert one["monte_carlo"] == two["monte_carlo"]


@pytest.mark.parametrize("name, content", [
    ("bad.csv", "T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,50,40,\nB,b,x,50,40,\n"),
    ("bad.xml", "<Scenario><name>broken"),
    ("bad.txt", "whatever"),
])
def test_bad_input_exits_2_without_traceback(tmp_path, name, content):
    f = tmp_path / name
    f.write_text(content)
    res = runner.invoke(app, ["forecast", str(f)])
    assert res.exit_code == 2
    assert "Traceback" not in res.output
    assert name in res.output


def test_backtest_table_and_json():
    res = runner.invoke(app, ["backtest", str(DATA / "backtest_example.csv")])
    assert res.exit_code == 0, res.output
    assert "MAE" in res.output and "carbon-tax" in res.output
    out = json.loads(runner.invoke(app, ["backtest", str(DATA / "backtest_example.csv"),
                                         "--json"]).stdout)  # stderr: no cross-validation
    assert set(out["mae"]) == {"smp", "eum", "mean", "median", "exchange", "exchange-random",
                               "choice"}
    assert out["default_model"] == "choice"
    for m, (lo, hi) in out["mae_interval"].items():
        assert lo <= out["mae"][m] <= hi
    assert out["issues"]["budget-cut"]["outcome"] == 55.0


def test_backtest_bad_input_exits_2(tmp_path):
    f = tmp_path / "b.csv"
    f.write_text("issue,actor,position,salience,capability\nx,A,10,0.5,1\nx,B,20,0.5,1\n")
    res = runner.invoke(app, ["backtest", str(f)])
    assert res.exit_code == 2 and "__outcome__" in res.output
    assert "Traceback" not in res.output


def test_backtest_reports_bad_issues_and_goes_on(tmp_path):
    f = tmp_path / "b.csv"
    f.write_text("issue,actor,position,salience,capability\n"
                 "x,A,10,0.5,1\nx,B,20,0,1\nx,__outcome__,15,,\n"
                 "y,A,10,2,1\ny,B,20,0.5,1\ny,__outcome__,15,,\n")
    res = runner.invoke(app, ["backtest", str(f)])
    assert res.exit_code == 0, res.output
    assert "1 issue scored; 1 left out" in res.output
    assert f"{f}:5: salience:" in res.output
    out = json.loads(runner.invoke(app, ["backtest", str(f), "--json"]).stdout)
    assert list(out["issues"]) == ["x"]
    assert out["skipped"] == [{"issue": "y", "file": str(f), "line": 5, "field": "salience",
                               "reason": "2 is outside [0, 1]"}]
