"""Option names: 3, 3.0 and "3" name the same option (value tables, positions and
constraints may write either), so two options must not share a number, and words that
Python happens to read as a float ("nan", "Infinity") stay words."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from accord.model import Scenario


def scenario(options, a_values, b_values) -> Scenario:
    return Scenario.model_validate({
        "name": "options",
        "issues": {"n": {"type": "categorical", "values": options}},
        "parties": {
            "a": {"weights": {"n": 1}, "values": {"n": a_values}},
            "b": {"weights": {"n": 1}, "values": {"n": b_values}},
        },
    })


@pytest.mark.parametrize("options", [["1", "1.0", "x"], ["01", "1", "x"], [" 2", "2", "x"]])
def test_options_that_are_the_same_number_are_refused(options):
    """They used to be accepted and share one table entry: every option got the value the
    last of them was given, silently."""
    values = dict(zip(options, [0.0, 0.5, 1.0]))
    with pytest.raises(ValidationError, match="the same number"):
        scenario(options, values, values)


def test_words_python_reads_as_floats_are_options_like_any_other():
    """'nan' (or 'Nan', a province and a name) was refused as an unknown option."""
    options = ["Nan", "Infinity", "x"]
    s = scenario(options, {"Nan": 0, "Infinity": 0.5, "x": 1},
                 {"Nan": 1, "Infinity": 0.5, "x": 0})
    assert s.issues["n"].index_of("Nan") == 0 and s.issues["n"].index_of("Infinity") == 1
    assert np.array_equal(s.utilities(["a", "b"]), [[0, 1], [0.5, 0.5], [1, 0]])


def positioned(issue: dict, position) -> Scenario:
    return Scenario.model_validate({
        "name": "positions",
        "issues": {"aid": issue},
        "parties": {"a": {"positions": {"aid": position}, "salience": {"aid": 1}},
                    "b": {"positions": {"aid": 0}, "salience": {"aid": 1}}},
    })


ORDINAL = {"type": "ordinal", "values": ["200", "400", "600"]}
CONTINUOUS = {"type": "continuous", "min": 0, "max": 600, "step": 50}


@pytest.mark.parametrize(("issue", "position", "message"), [
    (CONTINUOUS, 1000, "1000 lies outside the issue's scale 0..600"),
    ({"type": "ordinal", "values": ["low", "mid", "high"]}, 7,
     "7 lies outside the issue's scale 0..2 (option positions)"),
    (ORDINAL, 400, "400 names the option '400' but is read as a point on the scale of "
                   "option positions 0..2; write '400' in quotes for the option"),
])
def test_positions_off_the_issue_scale_are_refused(issue, position, message):
    """They were accepted: analyze gave the party utilities of 0 to 0.17 everywhere, and
    forecast stopped with an unlocated 'positions must lie within the scale [0.0, 100.0]'."""
    with pytest.raises(ValidationError, match="parties.a.positions.aid") as info:
        positioned(issue, position)
    assert message in str(info.value)


def test_positions_on_the_scale_and_options_are_accepted():
    assert positioned(CONTINUOUS, 600).parties["a"].positions == {"aid": 600}
    assert positioned(ORDINAL, "400").preferences("a").tables[0].tolist() == [0.5, 1.0, 0.5]
    assert positioned(ORDINAL, 1.5).parties["a"].positions == {"aid": 1.5}
