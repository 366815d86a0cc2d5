"""Uncertainty declarations: the short and long forms, defaults, located errors, round trip."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.errors import AccordInputError
from accord.io import dump_scenario, load_scenario
from accord.io.yaml import parse_scenario
from accord.model.uncertainty import Range, inverse_cdf, uncertain_parameters, with_spread

DECLARED = """\
name: t
uncertainty:
  reservation_value: ±0.1
  weights: 30%
issues:
  a: {type: ordinal, values: [low, mid, high]}
  b: {type: integer, min: 0, max: 3}
parties:
  x:
    reservation_value: 0.5
    weights: {a: 0.5, b: 0.5}
    values:
      a: {low: 0, mid: 0.5, high: 1}
      b: {type: linear, direction: increasing}
    uncertainty:
      reservation_value: 0.4..0.7 triangular
      weights: {a: {low: 0.3, high: 0.6}}
      values: {a: {low: "±0.2", high: 10%}, b: {"2": 0.5..0.9}}
    beliefs: {a: {low: 0.5, high: 0.5}}
  y:
    reservation_value: 0.5
    weights: {a: 0.5, b: 0.5}
    values:
      a: {low: 1, mid: 0.5, high: 0}
      b: {type: linear, direction: decreasing}
  m:
    role: mediator
    positions: {a: mid}
    salience: {a: 0.5}
"""


def _table(scenario):
    return {
        (p.party, p.name): (p.low, p.mode, p.high, p.distribution)
        for p in uncertain_parameters(scenario)
    }


def test_each_form_gives_the_stated_range_and_party_ranges_override_the_default():
    got = _table(parse_scenario(DECLARED))
    assert got == {
        ("x", "reservation_value"): (0.4, 0.5, 0.7, "triangular"),
        ("x", "weights.a"): (0.3, 0.5, 0.6, "uniform"),
        ("x", "weights.b"): (0.35, 0.5, 0.65, "uniform"),  # scenario-wide 30%
        ("x", "values.a.low"): (0.0, 0.0, 0.2, "uniform"),  # ±0.2 cut at 0
        ("x", "values.a.high"): (0.9, 1.0, 1.0, "uniform"),  # 10% cut at 1
        ("x", "values.b.2"): (0.5, 2 / 3, 0.9, "uniform"),
        ("y", "reservation_value"): (0.4, 0.5, 0.6, "uniform"),
        ("y", "weights.a"): (0.35, 0.5, 0.65, "uniform"),
        ("y", "weights.b"): (0.35, 0.5, 0.65, "uniform"),
    }


def test_short_and_long_forms_are_the_same_range():
    assert Range.model_validate("30%") == Range(spread=0.3)
    assert Range.model_validate("±0.1") == Range.model_validate("+-0.1") == Range(plus_minus=0.1)
    assert Range.model_validate("0.2..0.4 triangular") == Range(
        low=0.2, high=0.4, distribution="triangular"
    )


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            ("0.4..0.7 triangular", "0.55..0.7"),
            "bad.yaml:16: parties.x.uncertainty.reservation_value: the stated value 0.5 lies "
            "outside the range 0.55..0.7",
        ),
        (
            ("0.4..0.7 triangular", "{low: 0.4, high: 1.2}"),
            "bad.yaml:16: parties.x.uncertainty.reservation_value: range 0.4..1.2 leaves [0, 1]",
        ),
        (
            ('b: {"2": 0.5..0.9}', 'b: {"7": 0.5..0.9}'),
            "bad.yaml:18: parties.x.uncertainty.values.b.7: '7' is not an integer in [0, 3]",
        ),
        (
            ("values: {a: {low:", "values: {c: {low:"),
            "bad.yaml:18: parties.x.uncertainty.values.c: unknown issue",
        ),
        (("weights: 30%", "weights: 30 percent"), "bad.yaml:4: uncertainty.weights: cannot read"),
        (
            ("{low: 0.3, high: 0.6}", "{low: 0.6, high: 0.3}"),
            "bad.yaml:17: parties.x.uncertainty.weights.a: low (0.6) is above high (0.3)",
        ),
        (
            ("{low: 0.3, high: 0.6}", "{spread: 0.1, low: 0.3}"),
            "bad.yaml:17: parties.x.uncertainty.weights.a: give one of",
        ),
        (
            ("0.4..0.7 triangular", "{plus_minus: 0.1, mode: 0.45}"),
            "bad.yaml:16: parties.x.uncertainty.reservation_value: mode is the peak",
        ),
        (
            ("low: 0.5, high: 0.5}", "low: 0.5, high: 0.6}"),
            "bad.yaml:19: parties.x.beliefs.a: probabilities sum to 1.1, not 1",
        ),
        (
            ("beliefs: {a: {low:", "beliefs: {a: {lo:"),
            "bad.yaml:19: parties.x.beliefs.a.lo: 'lo' is not an option",
        ),
        (
            ("salience: {a: 0.5}", "salience: {a: 0.5}\n    uncertainty: {values: 10%}"),
            "bad.yaml:30: parties.m.uncertainty.values: a spatial utility has no value tables",
        ),
    ],
)
def test_errors_name_file_line_and_field(edit, expected):
    assert edit[0] in DECLARED
    with pytest.raises(AccordInputError) as info:
        parse_scenario(DECLARED.replace(*edit), source="bad.yaml")
    assert str(info.value).startswith(expected)


def test_yaml_round_trip_keeps_every_declaration():
    scenario = parse_scenario(DECLARED)
    again = parse_scenario(dump_scenario(scenario))
    assert again == scenario
    assert _table(again) == _table(scenario)


def test_spread_replaces_every_declaration_and_zero_means_none(flagship_path):
    scenario = parse_scenario(DECLARED)
    spread = _table(with_spread(scenario, 0.2))
    assert set(spread) == {(p, n) for p in "xy" for n in ("reservation_value", "weights.a",
                                                          "weights.b")}
    assert spread[("x", "reservation_value")] == pytest.approx((0.4, 0.5, 0.6, "uniform"))
    assert uncertain_parameters(with_spread(scenario, 0)) == ()
    flagship = load_scenario(flagship_path)
    assert uncertain_parameters(with_spread(flagship, 0)) == ()


@given(
    st.floats(0, 1), st.floats(0, 1), st.floats(0, 1), st.lists(st.floats(0, 1), min_size=1,
                                                                 max_size=20)
)
def test_inverse_cdf_stays_in_range_and_is_monotone(a, b, c, u):
    low, mode, high = sorted((a, b, c))
    u = np.sort(np.array(u))[:, None]
    for tri in (False, True):
        x = inverse_cdf(u, np.array([low]), np.array([mode]), np.array([high]), np.array([tri]))
        assert np.all((x >= low - 1e-12) & (x <= high + 1e-12))
        assert np.all(np.diff(x[:, 0]) >= -1e-12)


def test_model_dump_validates_back(flagship_path):
    for scenario in (parse_scenario(DECLARED), load_scenario(flagship_path)):
        data = scenario.model_dump(mode="json")
        assert type(scenario).model_validate(data) == scenario
