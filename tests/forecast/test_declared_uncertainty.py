"""Monte Carlo forecasts draw from the scenario's own uncertainty declarations."""

from __future__ import annotations

import html
import json

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from accord.cli.forecast import forecast
from accord.errors import AccordInputError
from accord.forecast import Uncertainty, monte_carlo
from accord.io.yaml import parse_scenario
from accord.model.stakeholders import stakeholder_ranges, stakeholders_from_scenario

SCENARIO = """
name: declared
issues:
  tax: {type: integer, min: 0, max: 10}
  pace: {type: ordinal, values: [slow, medium, fast]}
uncertainty: {position: ±2}
parties:
  a:
    capability: 1
    positions: {tax: 4, pace: slow}
    salience: {tax: 0.5, pace: 0.25}
    uncertainty: {position: {tax: ±1}, salience: {tax: 30%}, capability: 0.5..2 triangular}
  b:
    capability: 2
    positions: {tax: 9, pace: fast}
    salience: {tax: 0.8, pace: 0.4}
"""


def test_ranges_by_hand():
    s = parse_scenario(SCENARIO)
    st = stakeholders_from_scenario(s)
    cap, pos, sal = stakeholder_ranges(s, st)
    # a: tax 4 +- 1 of 0..10 is 30..50 on 0-100; its own range wins over the scenario's
    np.testing.assert_allclose([pos.low[0, 0], pos.mode[0, 0], pos.high[0, 0]], [30, 40, 50])
    # a: pace 'slow' (0) +- 2 options of 0..2 is cut to 0..100 (scenario-wide range)
    np.testing.assert_allclose([pos.low[0, 1], pos.high[0, 1]], [0, 100])
    # b: tax 9 +- 2 is cut at 10
    np.testing.assert_allclose([pos.low[1, 0], pos.high[1, 0]], [70, 100])
    # saliences: 0.5 within 30 %; b has none declared; b's saliences sum above 1: rescaled
    np.testing.assert_allclose([sal.low[0, 0], sal.high[0, 0]], [0.35, 0.65])
    assert sal.low[1, 0] == sal.high[1, 0] == pytest.approx(0.8 / 1.2)
    np.testing.assert_allclose([cap.low[0], cap.mode[0], cap.high[0]], [0.5, 1, 2])
    assert cap.triangular.tolist() == [True, False] and not pos.triangular.any()


def test_draws_stay_in_the_declared_ranges():
    s = parse_scenario(SCENARIO)
    st = stakeholders_from_scenario(s)
    unc = Uncertainty.declared(*stakeholder_ranges(s, st))
    rng = np.random.default_rng(0)
    _, pos, _ = stakeholder_ranges(s, st)
    for _ in range(50):
        d = unc.sample(st, rng)
        assert np.all(d.position >= pos.low - 1e-9) and np.all(d.position <= pos.high + 1e-9)
        assert 0.5 <= d.capability[0] <= 2 and d.capability[1] == 2
    mc = monte_carlo(st, unc, model="mean", runs=200, seed=1)
    assert mc.quantiles[0, 0] < mc.quantiles[-1, 0]


def test_a_range_outside_the_scale_is_refused_where_it_is_written():
    bad = SCENARIO.replace("uncertainty: {position: {tax: ±1}", "uncertainty: "
                           "{position: {tax: 3..12}")
    with pytest.raises(AccordInputError, match=r"parties\.a\.uncertainty\.position\.tax"):
        parse_scenario(bad)


def test_cli_draws_from_the_declarations_and_plots_the_band(tmp_path):
    f = tmp_path / "declared.yaml"
    f.write_text(SCENARIO)
    app = typer.Typer()
    app.command("forecast")(forecast)
    app.command("other")(lambda: None)  # two commands: the first argument names one
    run = CliRunner().invoke
    out = json.loads(run(app, ["forecast", str(f), "--runs", "20", "--json"]).output)
    assert out["monte_carlo"]["source"] == "the scenario's uncertainty declarations"
    given = json.loads(run(app, ["forecast", str(f), "--runs", "20", "--position-spread", "1",
                                 "--json"]).output)
    assert given["monte_carlo"]["source"].startswith("spreads: positions +-1")
    png = tmp_path / "bands.png"
    res = run(app, ["forecast", str(f), "--runs", "30", "--plot", str(png)])
    assert res.exit_code == 0, res.output
    assert "draws from the scenario's uncertainty declarations" in res.output
    assert png.stat().st_size > 0


def _cli_forecast(path, *args):
    app = typer.Typer()
    app.command("forecast")(forecast)
    app.command("other")(lambda: None)
    res = CliRunner().invoke(app, ["forecast", str(path), "--json", *args])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_report_forecasts_as_the_forecast_command_does(tmp_path):
    """The briefing's forecast is ``accord forecast``'s: its default model and the scenario's
    declarations (not fixed spreads), and the colophon says what was drawn from."""
    from accord.forecast.montecarlo import DEFAULT_MODEL
    from accord.report.briefing import ForecastSettings, build_briefing
    from accord.report.html import render_report

    f = tmp_path / "declared.yaml"
    f.write_text(SCENARIO)
    b = build_briefing(f, forecast=ForecastSettings(runs=20), seed=3)
    cli = _cli_forecast(f, "--runs", "20", "--seed", "3")
    assert b.forecast.model == DEFAULT_MODEL == cli["model"]
    np.testing.assert_allclose(b.forecast.forecast, [cli["forecast"][d]
                                                     for d in b.forecast.dimensions])
    assert b.forecast_mc.to_dict()["quantiles"] == cli["monte_carlo"]["quantiles"]
    assert "drawn from the scenario's uncertainty declarations" in html.unescape(render_report(b))
    spread = build_briefing(f, forecast=ForecastSettings(runs=20, position_spread=1), seed=3)
    given = _cli_forecast(f, "--runs", "20", "--seed", "3", "--position-spread", "1")
    assert spread.forecast_mc.to_dict()["quantiles"] == given["monte_carlo"]["quantiles"]


def test_dashboard_forecasts_as_the_forecast_command_does(tmp_path):
    from starlette.testclient import TestClient

    from accord.web import create_app

    f = tmp_path / "declared.yaml"
    f.write_text(SCENARIO)
    with TestClient(create_app([f]), base_url="http://127.0.0.1") as client:
        sid = client.get("/api/scenarios").json()[0]["id"]
        page = client.post(f"/api/s/{sid}/forecast", json={"runs": 20, "seed": 3}).json()
        given = client.post(f"/api/s/{sid}/forecast",
                            json={"runs": 20, "seed": 3, "position": 1}).json()
    cli = _cli_forecast(f, "--runs", "20", "--seed", "3")
    assert page["model"] == cli["model"]
    assert page["monte_carlo"]["source"] == cli["monte_carlo"]["source"]
    assert page["monte_carlo"]["quantiles"] == cli["monte_carlo"]["quantiles"]
    assert given["monte_carlo"]["source"].startswith("spreads: positions +-1")
