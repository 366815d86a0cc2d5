"""Backtests by proposal (the exchange model trades across a proposal's issues), error
intervals, the issues each model gets most wrong, cross-validated choice, default model."""

from __future__ import annotations

import json

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import backtest as backtest_cli
from accord.cli.forecast import forecast as forecast_cli
from accord.errors import AccordInputError
from accord.forecast import backtest, position_choice, run_model
from accord.forecast.backtest import BacktestReport
from accord.forecast.selection import cross_validate
from accord.io.backtest import parse_backtest_table
from accord.model.stakeholders import Stakeholders

# Two issues of one proposal: Left cares about q, Right about p (the hand-computed case of
# test_exchange.py), plus an issue of another proposal.
TABLE = """issue,actor,position,salience,capability
P1i1,Left,0,0.1,1
P1i1,Right,100,0.6,1
P1i1,__outcome__,90,,
P1i2,Left,0,0.9,1
P1i2,Right,100,0.5,1
P1i2,__outcome__,20,,
P2i1,Left,20,0.5,1
P2i1,Right,60,0.5,3
P2i1,__outcome__,50,,
"""


def test_exchange_trades_within_a_proposal():
    data = parse_backtest_table(TABLE, file="t.csv", proposal_pattern=r"(P\d+)i\d+")
    assert [it.proposal for it in data.issues] == ["P1", "P1", "P2"]
    report = backtest(data, ["mean", "exchange"])
    assert report.proposals == ("P1", "P1", "P2")
    merged = Stakeholders(["Left", "Right"], ["P1i1", "P1i2"], [1, 1], [[0, 0], [100, 100]],
                          [[0.1, 0.9], [0.6, 0.5]])
    np.testing.assert_allclose(report.forecasts[1, :2], run_model("exchange", merged).forecast)
    assert report.forecasts[1, 2] == pytest.approx(50.0)  # alone: the weighted mean
    # without proposals each issue stands alone: nothing to trade
    alone = backtest(parse_backtest_table(TABLE), ["mean", "exchange"])
    np.testing.assert_allclose(alone.forecasts[1], alone.forecasts[0])


def test_the_position_choice_sees_whole_proposals():
    """It starts from the exchange outcome, so it runs on each proposal's issues together."""
    data = parse_backtest_table(TABLE, file="t.csv", proposal_pattern=r"(P\d+)i\d+")
    report = backtest(data, ["choice"])
    merged = Stakeholders(["Left", "Right"], ["P1i1", "P1i2"], [1, 1], [[0, 0], [100, 100]],
                          [[0.1, 0.9], [0.6, 0.5]])
    np.testing.assert_allclose(report.forecasts[0, :2], position_choice(merged).forecast)
    alone = Stakeholders(["Left", "Right"], ["P2i1"], [1, 3], [[20], [60]], [[0.5], [0.5]])
    assert report.forecasts[0, 2] == pytest.approx(position_choice(alone).forecast[0])


def test_proposal_column_and_bad_patterns():
    lines = TABLE.splitlines()
    text = "\n".join([lines[0] + ",proposal"] + [ln + (",X" if ln.startswith("P1") else ",")
                                                  for ln in lines[1:]]) + "\n"
    data = parse_backtest_table(text)
    assert not data.skipped
    assert {it.proposal for it in data.issues} == {"X", "P2i1"}
    for bad in ("(", "P\\d+"):
        with pytest.raises(AccordInputError, match="proposal pattern"):
            parse_backtest_table(TABLE, proposal_pattern=bad)


def test_intervals_worst_issues_and_cross_validation():
    rng = np.random.default_rng(5)
    fc = rng.uniform(0, 100, (2, 40))
    out = rng.uniform(0, 100, 40)
    r = BacktestReport(("a", "b"), tuple(f"i{k}" for k in range(40)), fc, out,
                       proposals=tuple(f"p{k // 2}" for k in range(40)))
    ci = r.mae_interval()
    assert np.all(ci[:, 0] < r.mae) and np.all(r.mae < ci[:, 1])
    np.testing.assert_array_equal(ci, r.mae_interval())  # seeded
    worst = r.worst(3)["b"]
    assert list(r.errors[1, worst]) == sorted(r.errors[1], reverse=True)[:3]
    cv = cross_validate(r, 5, baseline="a")
    assert cv.fold_mae.shape == (2, 5)
    # each fold holds whole proposals
    for p in range(20):
        assert cv.fold_of_issue[2 * p] == cv.fold_of_issue[2 * p + 1]
    # pooled held-out MAE of a fixed model is its MAE
    sizes = np.bincount(cv.fold_of_issue)
    np.testing.assert_allclose(cv.fold_mae @ sizes / sizes.sum(), r.mae)
    with pytest.raises(ValueError, match="folds"):
        cross_validate(r, 30, baseline="a")


def test_cli_names_the_default_model(tmp_path):
    app = typer.Typer()
    app.command("forecast")(forecast_cli)
    app.command("backtest")(backtest_cli)
    f = tmp_path / "t.csv"
    f.write_text(TABLE)
    res = CliRunner().invoke(app, ["backtest", str(f), "--proposal-pattern", r"(P\d+)i\d+",
                                   "--folds", "2", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["default_model"] == "choice"
    assert out["cross_validation"]["folds"] == 2
    text = CliRunner().invoke(app, ["backtest", str(f)]).output
    assert "default model: choice" in text and "most wrong" in text
    res = CliRunner().invoke(app, ["backtest", str(f), "--proposal-pattern", "(x"])
    assert res.exit_code == 2 and "proposal pattern" in res.output
    ktab = tmp_path / "k.csv"
    ktab.write_text("T,d,2,1,\nActor,Desc,Power,P1,S1,\nA,a,10,20,40,\nB,b,30,80,40,\n")
    out = json.loads(CliRunner().invoke(app, ["forecast", str(ktab), "--json"]).output)
    assert out["model"] == "choice" and out["default_model"] == "choice"


def test_ctrl_c_keeps_the_models_that_finished():
    """Ctrl-C during a backtest lost every model already done; now the quick models run
    first and an interrupt raises Interrupted with their report."""
    from accord.errors import Interrupted

    data = parse_backtest_table(TABLE, file="t.csv", proposal_pattern=r"(P\d+)i\d+")
    models = ["smp", "eum", "mean", "median", "exchange"]
    full = backtest(data, models)
    calls = []

    def progress(done, total):  # Ctrl-C once the first three models' 9 pairs are done
        calls.append(done)
        if done == 10:
            raise KeyboardInterrupt

    with pytest.raises(Interrupted) as stop:
        backtest(data, models, progress=progress)
    partial = stop.value.partial
    assert (stop.value.done, stop.value.total) == (3, 5)
    assert partial.models == ("mean", "median", "exchange")  # the quick ones, in given order
    assert partial.partial and partial.requested == tuple(models) and not full.partial
    for i, m in enumerate(partial.models):
        np.testing.assert_array_equal(partial.forecasts[i], full.forecasts[models.index(m)])
    doc = partial.to_dict()
    assert doc["partial"] is True and doc["requested_models"] == models


def test_the_bootstrap_intervals_follow_the_backtest_seed():
    """The intervals were always drawn with seed 0 while the text said 'seed 0' whatever
    --seed was."""
    from accord.report.backtest_text import backtest_summary

    data = parse_backtest_table(TABLE, file="t.csv")
    r0, r5 = backtest(data, ["mean"], seed=0), backtest(data, ["mean"], seed=5)
    np.testing.assert_array_equal(r5.mae_interval(), r5.mae_interval(seed=5))
    assert r5.to_dict()["mae_interval"]["mean"] == list(r5.mae_interval(seed=5)[0])
    assert r5.to_dict()["seed"] == 5 and r0.to_dict()["seed"] == 0
    assert "seed 5)" in backtest_summary(r5, None)[0]


def test_cross_validation_says_better_or_worse_in_words():
    from accord.forecast.selection import CrossValidation
    from accord.report.backtest_text import backtest_summary

    data = parse_backtest_table(TABLE, file="t.csv")
    report = backtest(data, ["mean", "median"])
    cv = CrossValidation(("mean", "median"), np.zeros(3, int), np.ones((2, 2)),
                         ("median", "mean"), 25.23, "mean", 23.84)
    line = backtest_summary(report, cv)[-1]
    assert line.endswith("gives 25.23 on the held-out folds; mean gives 23.84: choosing by "
                         "backtest is 5.8% worse than always using mean")


def test_backtest_command_prints_the_finished_models_on_ctrl_c(tmp_path, monkeypatch):
    import accord.forecast
    from accord.errors import Interrupted

    f = tmp_path / "t.csv"
    f.write_text(TABLE)
    data = parse_backtest_table(TABLE, file=str(f))
    partial = backtest(data, ["mean"])
    partial = BacktestReport(partial.models, partial.issues, partial.forecasts,
                             partial.outcomes, requested=("smp", "mean"))

    def interrupted(*args, **kwargs):
        raise Interrupted(1, 2, partial)

    monkeypatch.setattr(accord.forecast, "backtest", interrupted)
    app = typer.Typer()
    app.command("backtest")(backtest_cli)
    app.command("forecast")(forecast_cli)
    res = CliRunner().invoke(app, ["backtest", str(f)])
    assert res.exit_code == 130
    assert "Interrupted: 1 of 2 models finished; not run: smp" in res.stdout
    assert "MAE" in res.stdout  # the finished model's table
    assert "interrupted: 1 of 2 models done; the report shows those" in res.stderr


def test_cross_validation_that_cannot_be_done_is_said_not_skipped(tmp_path):
    """With fewer proposals than folds (or --folds 1) nothing was said: the summary simply
    had no cross-validation line."""
    app = typer.Typer()
    app.command("backtest")(backtest_cli)
    app.command("forecast")(forecast_cli)
    f = tmp_path / "t.csv"
    f.write_text(TABLE)
    res = CliRunner().invoke(app, ["backtest", str(f), "--json"])
    assert res.exit_code == 0, res.output
    (warning,) = json.loads(res.stdout)["warnings"]
    assert "no cross-validation: 10 folds need at least 10 proposals and the table has 3" \
        in warning["message"]
    res = CliRunner().invoke(app, ["backtest", str(f), "--folds", "1"])
    assert res.exit_code == 2 and "--folds: one fold holds nothing out" in res.stderr
    res = CliRunner().invoke(app, ["backtest", str(f), "--folds", "3", "--json"])
    assert json.loads(res.stdout)["warnings"] == []
