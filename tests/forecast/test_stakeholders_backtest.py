"""Input validation of Stakeholders; backtests scored on the example table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.forecast import Stakeholders, backtest
from accord.io.backtest import parse_backtest

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("kw, msg", [
    ({"capability": [1, 0]}, "positive"),
    ({"salience": [[1.5], [0.5]]}, "salience"),
    ({"position": [[101], [5]]}, "scale"),
    ({"names": ["a", "a"]}, "unique"),
    ({"position": [[1, 2], [3, 4]]}, "shape"),
])
def test_stakeholders_reject_bad_input(kw, msg):
    base = {"names": ["a", "b"], "dimensions": ["x"], "capability": [1, 2],
            "position": [[10], [20]], "salience": [[0.5], [0.5]]}
    base.update(kw)
    with pytest.raises(ValueError, match=msg):
        Stakeholders(**base)


def test_stakeholders_arrays_are_read_only():
    s = Stakeholders(["a", "b"], ["x"], [1, 2], [[10], [20]], [[0.5], [0.5]])
    with pytest.raises(ValueError):
        s.position[0, 0] = 3


def test_backtest_example_parses_and_scores():
    issues = parse_backtest((DATA / "backtest_example.csv").read_text())
    assert [i.name for i in issues] == ["budget-cut", "carbon-tax", "port-lease"]
    assert issues[1].outcome == 35.0 and issues[1].stakeholders.n_actors == 4
    report = backtest(issues, models=["mean", "median"])
    # carbon-tax: weights 81, 24, 49, 30 at 10, 20, 60, 90; half of 184 is passed at 20
    assert report.forecasts[1, 1] == 20.0
    np.testing.assert_allclose(report.mae, report.errors.mean(axis=1))
