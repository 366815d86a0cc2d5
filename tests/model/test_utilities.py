import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.model import Scenario


def _scenario(**party_overrides):
    party = {
        "weights": {"price": 0.6, "colour": 0.4},
        "values": {
            "price": {"type": "linear", "direction": "decreasing"},
            "colour": {"red": 1.0, "blue": 0.25, "green": 0.0},
        },
    }
    party.update(party_overrides)
    return Scenario.model_validate(
        {
            "name": "hand",
            "issues": {
                "price": {"type": "integer", "min": 10, "max": 14},
                "colour": {"type": "categorical", "values": ["red", "blue", "green"]},
            },
            "parties": {"buyer": party},
        }
    )


def test_additive_utility_by_hand():
    s = _scenario()
    u = s.utilities()[:, 0]
    # price 10 (best, 1.0) with blue (0.25): 0.6 * 1 + 0.4 * 0.25
    assert u[s.space.index_of({"price": 10, "colour": "blue"})] == pytest.approx(0.7)
    # price 13 -> (14 - 13) / 4 = 0.25; green 0
    assert u[s.space.index_of({"price": 13, "colour": "green"})] == pytest.approx(0.15)


def test_genius_style_linear_and_cap_at_one():
    s = _scenario(
        weights={"price": 0.8, "colour": 0.8},
        values={
            "price": {"type": "linear", "slope": 0.5, "offset": 0.1},
            "colour": {"red": 1.0, "blue": 0.5, "green": 0.0},
        },
    )
    u = s.utilities()[:, 0]
    # price 12: clamp(0.1 + 0.5 * (12 - 10)) = 1 -> 0.8; red 0.8: capped at 1
    assert u[s.space.index_of({"price": 12, "colour": "red"})] == 1.0
    # price 10: 0.1 -> 0.08; blue 0.4
    assert u[s.space.index_of({"price": 10, "colour": "blue"})] == pytest.approx(0.48)


def test_triangular_peak():
    s = _scenario(values={
        "price": {"type": "triangular", "peak": 12},
        "colour": {"red": 1.0, "blue": 0.5, "green": 0.0},
    })
    table = s.preferences("buyer").tables[0]
    assert table.tolist() == pytest.approx([0.0, 0.5, 1.0, 0.5, 0.0])


def test_spatial_ideal_point_utility():
    s = _scenario(weights={}, values={}, positions={"price": 12}, salience={"price": 1.0})
    table = s.preferences("buyer").tables[0]
    assert table.tolist() == pytest.approx([0.5, 0.75, 1.0, 0.75, 0.5])


def test_hyperrectangle_dense_matches_evaluate():
    s = Scenario.model_validate(
        {
            "name": "boxes",
            "issues": {f"i{k}": {"type": "integer", "min": 0, "max": 4} for k in range(3)},
            "parties": {
                "a": {
                    "max_utility": 10,
                    "rectangles": [
                        {"utility": 6, "bounds": {"i0": [1, 3], "i2": [0, 1]}},
                        {"utility": 4, "bounds": {"i1": [2, 4]}},
                        {"utility": 2, "bounds": {"i0": [0, 0]}, "exclusive": True},
                    ],
                }
            },
        }
    )
    dense = s.utilities()[:, 0]
    sparse = s.utilities(index=np.arange(s.space.size))[:, 0]
    assert np.allclose(dense, sparse)
    i = s.space.index_of({"i0": 2, "i1": 3, "i2": 1})
    # 6 + 4 + 2 (outside the exclusive box) = 12, / 10 = 1.2, clipped to 1
    assert dense[i] == pytest.approx(1.0)


@settings(max_examples=30, deadline=None)
@given(
    # all weights 0 is refused as a modelling error (tests/model/test_degenerate.py)
    st.lists(st.floats(0, 1), min_size=2, max_size=2).filter(lambda w: max(w) > 0),
    st.integers(0, 10**6),
)
def test_dense_equals_per_index(weights, seed):
    s = _scenario(weights={"price": weights[0], "colour": weights[1]})
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, s.space.size, 7)
    assert np.allclose(s.utilities()[idx], s.utilities(index=idx))
