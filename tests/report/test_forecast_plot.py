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
