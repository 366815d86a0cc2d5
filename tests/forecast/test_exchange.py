"""Stokman's exchange model: hand-computed cases and decide's own sample data."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import run_model
from accord.forecast.exchange import ExchangeOptions, _batch, _round, exchange, exchange_many
from accord.io.decide import parse_decide
from accord.model.stakeholders import Stakeholders

# decide-exchange-model's data/input/sample_data.txt (github.com/foarsitter/
# decide-exchange-model): 10 actors, 6 issues; one line per actor with its
# (position, salience) per issue in the order of ISSUES, then its power.
ISSUES = [("tolheffing-binnenstad", 0, 100), ("tol-hoogte", 0.5, 7), ("wanneer-tol", 0, 100),
          ("woonwerkverkeer", 0, 100), ("extra-investering", 0, 100),
          ("kleine-of-grote-ring", 0, 100)]
SAMPLE = {
    "Willems": ([100, .95, 3, .7, 100, .9, 100, .8, 25, .6, 75, .95], 1.0),
    "PvdA": ([50, .8, 3, .7, 75, .7, 100, .6, 25, .5, 25, .8], 1.0),
    "GL": ([100, .95, 5, .9, 100, .95, 100, .8, 50, .4, 100, .9], 0.6),
    "VVDs": ([0, .9, .5, .5, 0, .9, 0, .9, 50, .8, 0, .7], 0.5),
    "SP": ([75, .7, 2, .5, 75, .6, 50, .4, 0, .3, 0, .7], 0.4),
    "CDA": ([25, .8, 1, .6, 25, .7, 50, .4, 25, .5, 50, .6], 0.5),
    "D66": ([25, .5, 3, .3, 50, .5, 75, .6, 25, .5, 50, .7], 0.2),
    "CU": ([75, .7, 3, .5, 75, .6, 100, .6, 50, .5, 75, .8], 0.2),
    "KvK": ([25, .8, 1, .6, 0, .7, 0, .9, 50, .5, 25, .8], 0.6),
    "Wcentr": ([0, .95, .5, .8, 0, 1.0, 0, .95, 100, .9, 100, .9], 0.9),
}


def _sample_text() -> str:
    lines = [f"'#A'\t'{a}'\t'{a}'\t''" for a in SAMPLE]
    for key, lo, hi in ISSUES:
        lines += [f"'#P'\t'{key}'\t'{key}'\t'{key}'", f"'#M'\t'{key}'\t{lo}",
                  f"'#M'\t'{key}'\t{hi}"]
    for a, (row, power) in SAMPLE.items():
        for j, (key, _, _) in enumerate(ISSUES):
            lines.append(f"'#D'\t'{a}'\t'{key}'\t{row[2 * j]}\t{row[2 * j + 1]}\t{power}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def sample() -> Stakeholders:
    return parse_decide(_sample_text(), file="sample_data.txt").stakeholders


def _first_round(s: Stakeholders):
    bt, _, _ = _batch([s])
    x = s.unit_position().ravel() * 100.0
    sal = bt.salience
    rate = (sal[bt.a_p] + sal[bt.b_p]) / (sal[bt.a_q] + sal[bt.b_q])
    trace: list = []
    v = _round(bt, x, rate, 1, trace)
    outcome = bt.outcome(x)
    left = x <= outcome[bt.issue]
    open_ = (left[bt.a_p] != left[bt.b_p]) & (left[bt.a_q] != left[bt.b_q])
    return bt, x, v, trace, int(open_.sum())


def test_two_actors_by_hand():
    # W_p = 0.7, W_q = 1.4; outcomes 85 5/7 and 35 5/7 (decide's test_rex). Right demands p
    # (0.6/0.5 > 0.1/0.9); the equal-gain rate is (0.6 + 0.1) / (0.5 + 0.9) = 1/2. Left moving
    # all the way to 100 on p shifts O_p by 100 * 0.1 / 0.7 = 14 2/7, which is as far as it
    # can go; Right then shifts O_q by 7 1/7, moving 7 1/7 * 1.4 / 0.5 = 20. Both gain
    # 14 2/7 * 0.6 - 7 1/7 * 0.5 = 7 1/7 * 0.9 - 14 2/7 * 0.1 = 5.
    s = Stakeholders(["Left", "Right"], ["p", "q"], [1, 1], [[0, 0], [100, 100]],
                     [[0.1, 0.9], [0.6, 0.5]])
    bt, x, v, trace, n_open = _first_round(s)
    assert bt.outcome(x) == pytest.approx([85 + 5 / 7, 35 + 5 / 7])
    assert n_open == 1 and len(trace) == 1
    assert trace[0][1:] == pytest.approx((5.0, 100.0, 20.0))
    np.testing.assert_allclose(v, [100, 0, 100, 80], atol=1e-9)
    r = exchange(s, ExchangeOptions(rounds=1))
    np.testing.assert_allclose(r.forecast, [100, 200 / 7], atol=1e-9)
    # next round: Left starts at 0 + (0.1 + 0.4 * 0.9) * 100 = 46 on p, Right at
    # 100 - (0.1 + 0.4 * 0.5) * 20 = 94 on q
    two = exchange(s, ExchangeOptions(rounds=2))
    assert two.states == 3


def test_decide_sample_first_exchanges(sample):
    """decide's own checks on its sample data (test_model.py, test_calculations.py)."""
    bt, x, v, trace, n_open = _first_round(sample)
    assert n_open == 240  # exchanges between opposite groups over the 15 issue pairs
    gains = [g for _, g, _, _ in trace]
    # Willems demands tolheffing, Wcentr extra-investering: Willems moves 25 -> 100 on
    # extra-investering, shifting its outcome by 75 * 0.6 / 3.42; the equal-gain rate 1.9 / 1.5
    # gives a gain of 75 * 0.6 / 3.42 * (1.5 * 0.95 / 1.9 - 0.6) = 75 / 38.
    assert gains[0] == pytest.approx(75 / 38, rel=1e-12)
    assert gains[1] == pytest.approx(1.79263630876534102340553952, rel=1e-12)
    d = sample.n_dimensions
    k = trace[0][0]
    names = sample.names
    assert names[bt.a_p[k] // d] == "Willems" and names[bt.b_p[k] // d] == "Wcentr"
    # Wcentr moves on tolheffing as far as equal gain asks (decide's test_by_absolute_move),
    # Willems all the way
    assert trace[0][2:] == pytest.approx((61.05117364047237206589881911, 75.0), rel=1e-12)
    assert all(a >= b - 1e-12 for a, b in zip(gains, gains[1:], strict=False))


def test_positions_and_outcomes_stay_in_range(sample):
    for variant in ("equal", "random"):
        r = exchange(sample, ExchangeOptions(variant), seed=4)
        assert np.all((r.history >= 0) & (r.history <= 100))
        assert np.all((r.forecast >= 0) & (r.forecast <= 100))


def test_random_rate_is_seeded(sample):
    opt = ExchangeOptions("random")
    a, b = exchange(sample, opt, seed=1), exchange(sample, opt, seed=1)
    np.testing.assert_array_equal(a.history, b.history)
    c = exchange(sample, opt, seed=2)
    assert not np.array_equal(a.history, c.history)
    assert a.model == "exchange-random"


def test_batched_equals_alone(sample):
    one = Stakeholders(["a", "b", "c"], ["x", "y", "z"], [1, 2, 3],
                       [[0, 10, 90], [100, 50, 0], [40, 100, 20]],
                       [[0.2, 0.9, 0.5], [0.8, 0.3, 0.6], [0.5, 0.5, 0.1]])
    many = exchange_many([sample, one, sample])
    for r, s in zip(many, [sample, one, sample], strict=True):
        alone = exchange(s)
        np.testing.assert_array_equal(r.history, alone.history)
        np.testing.assert_array_equal(r.forecast, alone.forecast)


def test_one_issue_is_the_weighted_mean():
    s = Stakeholders(["a", "b", "c"], ["x"], [1, 2, 1], [[0], [50], [100]],
                     [[1], [0.5], [0.2]])
    r = run_model("exchange", s)
    assert r.states == 1
    assert float(r.forecast[0]) == pytest.approx(run_model("mean", s).forecast[0])


def test_an_actor_that_does_not_care_does_not_trade():
    s = Stakeholders(["Left", "Right"], ["p", "q"], [1, 1], [[0, 0], [100, 100]],
                     [[0.0, 0.9], [0.6, 0.5]])
    r = exchange(s)
    assert r.states == 1
    np.testing.assert_array_equal(r.history[-1], s.position)
