"""Input validation of Stakeholders and the backtest table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.forecast import Stakeholders, backtest, parse_backtest

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


@pytest.mark.parametrize("text, line, field", [
    ("issue,actor,position\n", 1, None),
    ("issue,actor,position,salience,capability\nx,A,10,2,1\n", 2, "salience"),
    ("issue,actor,position,salience,capability\nx,A,ten,0.5,1\n", 2, "position"),
    ("issue,actor,position,salience,capability\nx,A,1,0.5,1\nx,A,2,0.5,1\n", 3, "actor"),
])
def test_backtest_errors_name_line_and_field(text, line, field):
    with pytest.raises(AccordInputError) as err:
        parse_backtest(text, file="b.csv")
    assert err.value.line == line and err.value.field == field
