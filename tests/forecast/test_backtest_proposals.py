"""Proposals in a backtest: a proposal pattern that places no issue is an error, one that
misses some is a warning, and a backtest whose every proposal is a single issue says that the
exchange models had nothing to trade."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import backtest as backtest_command
from accord.errors import AccordInputError
from accord.forecast import backtest
from accord.io.backtest import parse_backtest_table

app = typer.Typer()
app.command("backtest")(backtest_command)
app.command("other")(lambda: None)  # two commands, so that "backtest" is a subcommand
runner = CliRunner()

ROWS = {  # two proposals of two issues each, and a lone issue; the same actors throughout
    "d1i1": [10, 90, 40], "d1i2": [80, 20, 50], "d2i1": [0, 100, 30], "d2i2": [70, 30, 60],
    "x9": [50, 60, 55],
}
DEU = r"([a-z]\d+)i\d+"


def _table(tmp_path, rows=ROWS):
    lines = ["issue,actor,position,salience,capability"]
    for issue, (a, b, outcome) in rows.items():
        lines += [f"{issue},A,{a},0.9,2", f"{issue},B,{b},0.3,1", f"{issue},C,{(a + b) / 2},0.5,1",
                  f"{issue},__outcome__,{outcome},,"]
    path = tmp_path / "t.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_pattern_that_matches_no_issue_is_an_error(tmp_path):
    path = _table(tmp_path)
    with pytest.raises(AccordInputError, match=r"'\(\\d\+\)i\\d\+' matches none of the 5 "):
        parse_backtest_table(path.read_text(), file=path, proposal_pattern=r"(\d+)i\d+")
    res = runner.invoke(app, ["backtest", str(path), "--proposal-pattern", r"(\d+)i\d+"])
    assert res.exit_code == 2
    assert "Traceback" not in res.output
    assert r"t.csv: proposal pattern: '(\d+)i\d+' matches none of the 5 issue names" in res.stderr


def test_a_pattern_that_misses_some_issues_is_a_warning(tmp_path):
    path = _table(tmp_path)
    data = parse_backtest_table(path.read_text(), file=path, proposal_pattern=DEU)
    assert data.unmatched == ("x9",)
    assert [it.proposal for it in data.issues] == ["d1", "d1", "d2", "d2", "x9"]
    res = runner.invoke(app, ["backtest", str(path), "--proposal-pattern", DEU, "--json",
                              "--folds", "0"])
    assert res.exit_code == 0, res.output
    warning = (f"1 issue name does not match the proposal pattern '{DEU}' (first: 'x9'); "
               "each such issue is its own proposal")
    assert res.stderr == f"{path}: proposal pattern: warning: {warning}\n"
    out = json.loads(res.stdout)
    assert [w["message"] for w in out["warnings"]] == [warning]
    assert out["notes"] == []


def test_a_pattern_that_matches_every_issue_says_nothing(tmp_path):
    path = _table(tmp_path, {k: v for k, v in ROWS.items() if k != "x9"})
    res = runner.invoke(app, ["backtest", str(path), "--proposal-pattern", DEU, "--json",
                              "--folds", "0"])
    assert res.exit_code == 0, res.output
    assert res.stderr == ""
    out = json.loads(res.stdout)
    assert out["warnings"] == [] and out["notes"] == []


def test_single_issue_proposals_leave_the_exchange_models_nothing_to_trade(tmp_path):
    path = _table(tmp_path)
    res = runner.invoke(app, ["backtest", str(path), "--folds", "0"])
    assert res.exit_code == 0, res.output
    text = " ".join(res.stdout.split())
    assert ("Note: every proposal is a single issue, so exchange and exchange-random had "
            "nothing to trade: they equal the weighted mean (up to rounding)") in text
    assert "--proposal-pattern" in text
    out = json.loads(runner.invoke(app, ["backtest", str(path), "--json", "--folds", "0"])
                     .stdout)
    assert len(out["notes"]) == 1 and "nothing to trade" in out["notes"][0]
    for issue in out["issues"].values():  # what the note claims
        f = issue["forecast"]
        assert f["exchange"] == pytest.approx(f["mean"], abs=1e-9)
        assert f["exchange-random"] == pytest.approx(f["mean"], abs=1e-9)


def test_the_note_needs_an_exchange_model_and_single_issue_proposals(tmp_path):
    data = parse_backtest_table(_table(tmp_path).read_text())
    assert backtest(data, ["mean", "smp"]).notes == ()
    assert len(backtest(data, ["exchange"]).notes) == 1
    assert "it equals the weighted mean" in backtest(data, ["exchange"]).notes[0]
    grouped = parse_backtest_table(_table(tmp_path).read_text(), proposal_pattern=DEU)
    assert backtest(grouped, ["mean", "exchange"]).notes == ()


def test_choice_scored_on_the_issues_it_was_fitted_on_is_flagged_in_sample(tmp_path):
    """The position choice's coefficients were fitted on the DEU development half: a backtest
    scoring it on those issues (d00032i1 and d00032i2 are two of them) says how many."""
    rows = {"d00032i1": ROWS["d1i1"], "d00032i2": ROWS["d1i2"], "x9": ROWS["x9"]}
    data = parse_backtest_table(_table(tmp_path, rows).read_text(), proposal_pattern=DEU)
    (note,) = backtest(data, ["mean", "choice"]).notes
    assert note.startswith("choice's coefficients were fitted on 2 of these 3 issues")
    assert backtest(data, ["mean"]).notes == ()
    fresh = parse_backtest_table(_table(tmp_path).read_text(), proposal_pattern=DEU)
    assert backtest(fresh, ["mean", "choice"]).notes == ()


def _exchange_and_choice(tmp_path, monkeypatch, threads):
    """Both models' forecasts backtested together and alone, and the exchange runs."""
    import accord.forecast.batch as batch
    import accord.forecast.choice as choice

    data = parse_backtest_table(_table(tmp_path).read_text(), file="t.csv", proposal_pattern=DEU)
    alone = [backtest(data, [m]).forecasts[0].tolist() for m in ("exchange", "choice")]
    calls = []
    for module in (batch, choice):
        real = module.exchange_many
        monkeypatch.setattr(module, "exchange_many",
                            lambda *a, real=real, **k: calls.append(1) or real(*a, **k))
    both = backtest(data, ["exchange", "choice"], threads=threads).forecasts.tolist()
    return both, alone, len(calls)


def test_the_position_choice_takes_the_exchange_models_results(tmp_path, monkeypatch):
    """Backtesting both, the equal-gain exchange model runs once (the choice starts from
    its outcome), and each model's forecasts are exactly those it gives alone."""
    both, alone, runs = _exchange_and_choice(tmp_path, monkeypatch, threads=1)
    assert both == alone
    assert runs == 1


def test_side_by_side_the_position_choice_gives_what_it_gives_alone(tmp_path, monkeypatch):
    """On two threads the choice may start before the exchange model ends (then it runs
    the exchange itself): the forecasts are the same either way."""
    both, alone, _ = _exchange_and_choice(tmp_path, monkeypatch, threads=2)
    assert both == alone
