"""The forecast plot: readable (no text over another) and warning-free with any names."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

pytest.importorskip("matplotlib")

from plotcheck import assert_readable  # noqa: E402

from accord.forecast import ForecastResult  # noqa: E402
from accord.report.forecast_plot import plot_forecast  # noqa: E402


def test_forecast_plot_with_many_actors_and_unicode_names(tmp_path):
    actors = ("Ελλάδα", "中国", "Hamas — حماس", "US$ lobby", *(f"actor {k}" for k in range(10)))
    dims = ("ceasefire", "a rather long dimension name that must wrap")
    rng = np.random.default_rng(0)
    history = rng.uniform(0, 100, size=(6, len(actors), len(dims)))
    result = ForecastResult(
        "smp", actors, dims, history, np.full((6, len(actors)), 0.1), history[-1].mean(axis=0)
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot_forecast(result, tmp_path / "forecast.png", title="Трёхсторонние — 会谈")
        assert_readable(fig)
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    assert labels[:4] == ["Ελλάδα", labels[1], "Hamas — ????", r"US\$ lobby"]
    assert labels[1] in ("中国", "actor 2 (name not drawable)")
    assert labels[-1] == "forecast (smp)"
    assert all(ax.get_legend() is None for ax in fig.axes)  # never over a path


def test_a_one_state_forecast_plots_stated_positions_in_rows(tmp_path):
    """The weighted mean has no paths (it had been drawn on an x axis of -0.04 to 0.04):
    each actor is a row at its stated position, the forecast a vertical line."""
    actors = ("Ελλάδα", "Hamas — حماس", *(f"actor {k}" for k in range(12)))
    dims = ("ceasefire", "aid")
    rng = np.random.default_rng(1)
    history = rng.uniform(0, 100, size=(1, len(actors), len(dims)))
    forecast = history[0].mean(axis=0)
    result = ForecastResult("mean", actors, dims, history,
                            np.full((1, len(actors)), 1 / len(actors)), forecast)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plot_forecast(result, tmp_path / "mean.png", title="t")
        assert_readable(fig)
    for k, ax in enumerate(fig.axes[:len(dims)]):
        assert len(ax.get_yticklabels()) == len(actors)
        points = [(ln.get_xdata()[0], ln.get_ydata()[0]) for ln in ax.get_lines()[:-1]]
        assert points == [(history[0, i, k], i) for i in range(len(actors))]
        line = ax.get_lines()[-1]
        assert list(line.get_xdata()) == [forecast[k]] * 2  # vertical, at the forecast
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["forecast (mean)"]


def test_ordinal_issues_are_drawn_with_their_option_names(tmp_path, flagship_path):
    """The panels were on 0-100 only; each now names the forecast in the issue's own terms
    and the options along the scale."""
    from accord.forecast import run_model
    from accord.io import read_scenario
    from accord.model.stakeholders import in_issue_units, option_scale, stakeholders_from_scenario

    scenario = read_scenario(flagship_path)
    stakes = stakeholders_from_scenario(scenario)
    assert option_scale(scenario, "ceasefire") == (
        (0.0, "short_pause"), (100 / 3, "six_week_truce"),
        (200 / 3, "phased_toward_permanent"), (100.0, "permanent_end_upfront"))
    for model in ("mean", "smp"):
        result = run_model(model, stakes)
        units = {d: in_issue_units(scenario, d, x)
                 for d, x in zip(result.dimensions, result.forecast, strict=True)}
        scales = {d: option_scale(scenario, d) for d in result.dimensions}
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            fig = plot_forecast(result, tmp_path / f"{model}.png", "gaza", None, units, scales)
            assert_readable(fig)
        panels = fig.axes[:len(result.dimensions)]
        k = result.dimensions.index("ceasefire")
        named = (panels[k].get_title() if model == "mean" else panels[k].get_ylabel())
        assert named.replace("\n", " ") == f"ceasefire: forecast {units['ceasefire']}"
        (side,) = panels[k].child_axes
        axis = side.xaxis if model == "mean" else side.yaxis
        labels = [t.get_text().replace("\n", " ") for t in axis.get_ticklabels()]
        assert labels == ["short pause", "six week truce", "phased toward permanent",
                          "permanent end upfront"]
