"""SMP pieces by hand, options and invariants (conformance lives in test_ktab_conformance)."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import SMPOptions, Stakeholders, smp
from accord.forecast.smp import (
    BargainModel,
    InterVecBargain,
    StateTransition,
    _bs_util,
    _bv_diff,
    _interpolate,
)
from accord.forecast.voting import PCEModel, VictoryModel, VotingRule, scalar_pce, vote

S3 = Stakeholders(["a", "b", "c"], ["x", "y"], [1.0, 1.0, 2.0],
                  [[10, 20], [50, 60], [90, 30]], [[0.5, 0.3], [0.4, 0.4], [0.2, 0.6]])


def test_utility_and_distance_by_hand():
    # salience-weighted RMS: sqrt(((.5*.2)^2 + (.5*.4)^2) / (.5^2 + .5^2)) = sqrt(0.1)
    d = _bv_diff(np.array([0.2, 0.4]), np.array([0.5, 0.5]))
    assert d == pytest.approx(np.sqrt(0.1))
    assert _bs_util(np.array(0.5), np.array(1.0)) == pytest.approx(0.75)  # (1-.5)(1+.5)
    assert _bs_util(np.array(0.5), np.array(-0.5)) == pytest.approx(0.375)


def test_vote_rules_by_hand():
    assert vote(VotingRule.PROP_CUBIC, 2.0, 0.6, 0.1) == pytest.approx(2 * (0.25 + 0.0625))
    assert vote(VotingRule.BINARY, 2.0, 0.6, 0.1) == pytest.approx(2.0)
    assert vote(VotingRule.ASYM_PROSPECT, 3.0, 0.6, 0.1) == pytest.approx(1.0)


def test_interpolated_bargain_rounds_to_four_decimals():
    bi, bj = _interpolate(np.array([0.2]), np.array([0.5]), np.array([0.75]),
                          np.array([0.6]), np.array([0.5]), np.array([0.25]),
                          InterVecBargain.S2P2)
    # weights .25*.5625 and .25*.0625: 0.2 + 0.4 * 0.0625/0.625 ~ 0.24
    assert bi[0] == pytest.approx(0.24, abs=1e-4) and bi[0] == round(bi[0], 4)
    assert bj[0] == pytest.approx(0.24, abs=1e-4)


def test_pce_prefers_the_option_everyone_likes():
    p = scalar_pce(np.array([1.0, 2.0, 3.0]), np.array([[0.9, 0.1], [0.8, 0.2], [0.7, 0.6]]))
    assert p[0] > 0.9 and p.sum() == pytest.approx(1.0)


@pytest.mark.parametrize("opts", [
    SMPOptions(),
    SMPOptions(voting=VotingRule.PROP_CUBIC, pce=PCEModel.MARKOV_INCENTIVE),
    SMPOptions(victory=VictoryModel.QUARTIC, pce=PCEModel.MARKOV_UNIFORM),
    SMPOptions(bargain=BargainModel.INIT_RECEIVER, interpolation=InterVecBargain.S1P1),
    SMPOptions(bargain=BargainModel.POWER_WEIGHTED, interpolation=InterVecBargain.S2PMAX),
    SMPOptions(accommodation=np.diag([0.5, 1.0, 0.8])),
])
def test_options_run_and_stay_in_range(opts):
    r = smp(S3, opts)
    assert 3 <= r.states <= opts.max_steps + 1
    assert np.all((r.history >= 0) & (r.history <= 100))
    np.testing.assert_allclose(r.history[0], S3.position)
    assert np.all((r.win_probability >= 0) & (r.win_probability <= 1 + 1e-12))


def test_stochastic_transitions_follow_the_seed():
    opts = SMPOptions(transition=StateTransition.STOCHASTIC)
    a, b = smp(S3, opts, seed=7), smp(S3, opts, seed=7)
    np.testing.assert_array_equal(a.history, b.history)


def test_deterministic_run_ignores_the_seed():
    np.testing.assert_array_equal(smp(S3, seed=1).history, smp(S3, seed=2).history)


def test_rejects_saliences_summing_over_one():
    s = S3.replace(salience=[[0.8, 0.3], [0.4, 0.4], [0.2, 0.6]])
    with pytest.raises(ValueError, match="sum"):
        smp(s)


def test_other_position_scale_maps_through_unit_interval():
    s = S3.replace(position=S3.position / 10 - 5, scale=(-5.0, 5.0))
    np.testing.assert_allclose(smp(s).history, smp(S3).history / 10 - 5, atol=1e-9)
