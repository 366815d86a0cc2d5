"""Probable modelling mistakes: found by hand-checkable cases, never by enumerating big spaces."""

from __future__ import annotations

import pytest

from accord.io.yaml import load_scenario_with_warnings
from accord.model import Scenario, lint
from accord.model.warnings import EXACT_BEST_LIMIT, best_utility

COLOUR = {"type": "categorical", "values": ["red", "green"]}
TABLE = {"red": 1.0, "green": 0.5}


def scenario(parties: dict, issues: dict | None = None, constraints=()) -> Scenario:
    return Scenario.model_validate(
        {
            "name": "lint",
            "issues": issues or {"colour": COLOUR, "size": {"type": "integer", "min": 0, "max": 4}},
            "parties": parties,
            "constraints": list(constraints),
        }
    )


def additive(w_colour: float, w_size: float, reservation: float = 0.0) -> dict:
    return {
        "weights": {"colour": w_colour, "size": w_size},
        "values": {"colour": TABLE, "size": {"type": "linear", "direction": "increasing"}},
        "reservation_value": reservation,
    }


def test_weights_summing_to_one_give_no_warning():
    assert lint(scenario({"a": additive(0.3, 0.7), "b": additive(0.1 + 0.2, 0.7)})) == ()


@pytest.mark.parametrize(
    ("weights", "text"),
    [
        ((0.3, 0.2), "weights sum to 0.5, not 1; they are used as written (not normalised), so "
         "no package is worth more than 0.5"),
        ((0.9, 0.4), "weights sum to 1.3, not 1; they are used as written (not normalised), so "
         "utilities above 1 are capped at 1"),
        ((0.5, 0.50005), "weights sum to 1.00005"),  # Laptop (ANAC 2011)
    ],
)
def test_weights_not_summing_to_one(weights, text):
    (warning,) = lint(scenario({"a": additive(*weights)}))
    assert text in warning.message
    assert warning.field == "parties.a.weights" and warning.path == ("parties", "a", "weights")


def test_rounding_in_the_file_is_not_reported():
    assert lint(scenario({"a": additive(0.333333, 0.666667 - 4e-7)})) == ()


def test_walk_away_above_the_best_package():
    # best: red (1.0) and size 4 (1.0): 0.3 + 0.2 = 0.5 < 0.6
    warnings = lint(scenario({"a": additive(0.3, 0.2, reservation=0.6)}))
    text = [w.message for w in warnings if w.field == "parties.a.reservation_value"]
    assert text == [
        "the best package is worth 0.5, less than the walk-away value 0.6: "
        "this party accepts no deal"
    ]


def test_walk_away_equal_to_the_best_package_is_fine():
    """0.3 + 0.2 is 0.49999999999999994 in floating point; that is the same as 0.5."""
    warnings = lint(scenario({"a": additive(0.3, 0.2, reservation=0.5)}))
    assert [w.field for w in warnings] == ["parties.a.weights"]


def test_constraints_are_respected_exactly():
    """Forbidding red makes green (0.5) the best colour: 0.5 * 0.5 + 0.5 * 1 = 0.75."""
    s = scenario(
        {"a": additive(0.5, 0.5, reservation=0.8)},
        constraints=[{"forbid": {"colour": ["red"]}}],
    )
    assert best_utility(s, "a") == (pytest.approx(0.75), True)
    (warning,) = lint(s)
    assert "is worth 0.75, less than the walk-away value 0.8" in warning.message


def test_mediators_and_observers_have_no_walk_away_check():
    party = {**additive(0.5, 0.5, reservation=0.9), "role": "observer"}
    s = scenario({"a": additive(0.5, 0.5), "obs": party})
    assert best_utility(s, "obs")[0] == 1.0
    assert lint(scenario({"a": additive(0.5, 0.5), "obs": {**party, "weights": {}}})) == ()


def test_ideal_point_party():
    """Position 5.5 on 0..10: the best package (5 or 6) is worth 1 - 0.5 / 10 = 0.95."""
    s = scenario(
        {"a": {"positions": {"x": 5.5}, "salience": {"x": 0.4}, "reservation_value": 0.97}},
        issues={"x": {"type": "integer", "min": 0, "max": 10}},
    )
    assert best_utility(s, "a") == (pytest.approx(0.95), True)
    assert "is worth 0.95" in lint(s)[0].message


def rectangles(n: int) -> Scenario:
    """Two boxes worth 3 and 2 out of 10 on an n x n x n integer space."""
    box = {"x": [0, 1], "y": [0, 1]}
    return scenario(
        {
            "a": {
                "rectangles": [{"utility": 3, "bounds": box}, {"utility": 2, "bounds": box}],
                "max_utility": 10,
                "reservation_value": 0.6,
            }
        },
        issues={k: {"type": "integer", "min": 0, "max": n - 1} for k in "xyz"},
    )


def test_hyper_rectangles_exact_in_a_small_space_bounded_in_a_large_one():
    small = rectangles(10)
    assert best_utility(small, "a") == (pytest.approx(0.5), True)
    assert "is worth 0.5" in lint(small)[0].message
    large = rectangles(130)
    assert large.space.size > EXACT_BEST_LIMIT
    assert best_utility(large, "a") == (pytest.approx(0.5), False)
    assert "is worth at most 0.5" in lint(large)[0].message


def test_no_table_is_built_for_an_issue_above_the_table_limit(monkeypatch):
    """validate must never enumerate: on an issue too large to tabulate (10^10 integers in
    issue 7 item 1), the best of a clamped line is bounded by 1 instead."""
    import accord.model.warnings as model_warnings

    monkeypatch.setattr(model_warnings, "TABLE_LIMIT", 5)
    party = {
        "weights": {"colour": 0.5, "n": 0.4},
        "values": {"colour": TABLE, "n": {"type": "linear", "slope": 0.1, "offset": 0}},
        "reservation_value": 0.95,
    }
    s = scenario({"a": party}, issues={"colour": COLOUR, "n": {"type": "integer", "min": 0,
                                                               "max": 9}})
    assert best_utility(s, "a") == (pytest.approx(0.9), False)  # exact would be 0.86
    assert [w.field for w in lint(s)] == ["parties.a.weights", "parties.a.reservation_value"]


YAML = """\
name: located
issues:
  colour: {type: categorical, values: [red, green]}
parties:
  a:
    reservation_value: 0.8
    weights:
      colour: 0.5
    values:
      colour: {red: 1.0, green: 0.0}
"""


def test_yaml_warnings_carry_file_and_line(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(YAML)
    _, warnings = load_scenario_with_warnings(path)
    assert [(w.file, w.line, w.field) for w in warnings] == [
        (str(path), 7, "parties.a.weights"),
        (str(path), 6, "parties.a.reservation_value"),
    ]
    assert warnings[0].format().startswith(f"{path}:7: parties.a.weights: warning: weights sum")


@pytest.mark.parametrize(
    ("table", "text"),
    [
        ({"red": 30, "green": 12}, "values of 'colour' run from 12 to 30, outside [0, 1]; they "
         "are used as written (GENIUS divides evaluations by their largest, accord does not), "
         "so utilities above 1 are capped at 1"),
        ({"red": 1, "green": -0.5}, "values of 'colour' run from -0.5 to 1, outside [0, 1]; "
         "they are used as written, so a utility can fall below 0"),
    ],
)
def test_table_values_outside_zero_one(table, text):
    """A 0-10 or GENIUS-style 12/20/30 table was capped at 1 without a word, and a negative
    value gave utilities below 0 (analyze printed a worst utility of -0.5)."""
    party = additive(0.5, 0.5)
    party["values"]["colour"] = table
    (warning,) = lint(scenario({"a": party}))
    assert warning.message == text
    assert warning.path == ("parties", "a", "values", "colour")


def test_table_values_outside_zero_one_on_an_issue_without_weight_are_not_reported():
    party = additive(0.0, 1.0)
    party["values"]["colour"] = {"red": 30, "green": 12}
    assert lint(scenario({"a": party})) == ()


def test_yaml_warning_on_a_table_points_at_its_line(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(YAML.replace("{red: 1.0, green: 0.0}", "{red: 10, green: 0}")
                    .replace("colour: 0.5", "colour: 1").replace("0.8", "0.5"))
    _, warnings = load_scenario_with_warnings(path)
    assert [(w.line, w.field) for w in warnings] == [(10, "parties.a.values.colour")]


def test_a_step_that_does_not_reach_max_is_reported():
    """min 0, max 1, step 0.3 is the grid 0, 0.3, 0.6, 0.9: 1 is never offered, and a
    linear value function runs between 0 and 0.9; the issue's docstring said max was
    included."""
    party = {"weights": {"speed": 1}, "values": {"speed": {"type": "linear",
                                                           "direction": "increasing"}}}
    issues = {"speed": {"type": "continuous", "min": 0, "max": 1, "step": 0.3}}
    (warning,) = lint(scenario({"a": party}, issues=issues))
    assert warning.message == (
        "the grid of step 0.3 from 0 stops at 0.9, short of max 1: 1 is never offered "
        "(a step that divides max - min reaches it)")
    assert warning.path == ("issues", "speed", "step")
    issues["speed"]["step"] = 0.1  # 0.1 x 10 is 1 up to rounding
    assert lint(scenario({"a": party}, issues=issues)) == ()
