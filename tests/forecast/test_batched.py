"""Salience 0, batched runs (``smp_many``, ``eum_many``, ``run_many``) and robust backtests."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.forecast import (
    Stakeholders,
    _lockstep,
    backtest,
    eum,
    eum_many,
    run_many,
    smp,
    smp_many,
)
from accord.forecast.smp import (
    BargainModel,
    BigRAdjust,
    BigRRange,
    InterVecBargain,
    SMPOptions,
    StateTransition,
    ThirdPartyCommit,
)
from accord.forecast.voting import PCEModel, VictoryModel, VotingRule
from accord.io.backtest import parse_backtest_table


def _random(rng: np.random.Generator, n: int, d: int, zero: float = 0.2) -> Stakeholders:
    """A random group in the style of real data: positions on a grid, some saliences 0."""
    sal = rng.choice([0.0, 0.2, 0.4, 0.5, 0.7, 0.9, 1.0], size=(n, d),
                     p=[zero] + [(1 - zero) / 6] * 6)
    sal = sal / np.maximum(sal.sum(axis=1, keepdims=True), 1.0)
    pos = rng.choice([0.0, 20.0, 50.0, 60.0, 100.0], size=(n, d))
    return Stakeholders([f"a{i}" for i in range(n)], [f"x{k}" for k in range(d)],
                        rng.uniform(0.1, 5.0, n), pos, sal)


def _same(a, b) -> None:
    np.testing.assert_array_equal(a.history, b.history)
    np.testing.assert_array_equal(a.win_probability, b.win_probability)
    np.testing.assert_array_equal(a.forecast, b.forecast)


def test_smp_accepts_an_actor_who_does_not_care():
    """Salience 0 everywhere: no votes, so its capability cannot change anything."""
    base = Stakeholders(["a", "b", "c", "idle"], ["x"], [1.0, 2.0, 1.5, 3.0],
                        [[10], [40], [80], [100]], [[0.9], [0.5], [0.7], [0.0]])
    r = smp(base)
    assert r.states >= 3 and np.isfinite(r.forecast).all()
    _same(r, smp(base.replace(capability=[1.0, 2.0, 1.5, 300.0])))


def test_smp_still_rejects_saliences_over_one_and_names_the_actor():
    s = Stakeholders(["a", "b"], ["x", "y"], [1, 1], [[0, 0], [100, 100]],
                     [[0.8, 0.7], [0.5, 0.5]])
    with pytest.raises(ValueError, match="'a' sums to 1.5"):
        smp(s)


def test_batched_runs_equal_single_runs_bit_for_bit():
    rng = np.random.default_rng(7)
    runs = [_random(rng, n, d) for n, d in [(5, 1), (9, 1), (5, 1), (12, 1), (9, 1), (6, 2),
                                            (6, 2), (3, 1), (9, 1)]]
    done: list[int] = []
    for one, many in zip(runs, smp_many(runs, on_done=done.append), strict=True):
        _same(smp(one), many)
    assert sorted(done) == list(range(len(runs)))
    for one, many in zip(runs, eum_many(runs), strict=True):
        _same(eum(one), many)


@st.composite
def smp_options(draw) -> SMPOptions:
    """Any combination of KTAB's options, few steps (the runs are compared, not judged)."""
    pick = {name: draw(st.sampled_from(list(kind))) for name, kind in [
        ("victory", VictoryModel), ("voting", VotingRule), ("pce", PCEModel),
        ("transition", StateTransition), ("big_r_range", BigRRange),
        ("big_r_adjust", BigRAdjust), ("third_party", ThirdPartyCommit),
        ("interpolation", InterVecBargain), ("bargain", BargainModel)]}
    return SMPOptions(**pick, max_steps=draw(st.integers(2, 12)))


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.lists(st.integers(2, 9), min_size=1, max_size=5),
       st.integers(1, 3), st.integers(1, 2), smp_options(), st.integers(0, 9))
def test_runs_padded_to_a_larger_run_equal_single_runs_bit_for_bit(
        seed, sizes, extra, d, o, rng_seed):
    """Runs of different sizes advance together, the smaller padded with actors that do
    not exist; each must still be exactly the run alone, with every option of KTAB's."""
    rng = np.random.default_rng(seed)
    sizes = [*sizes, max(sizes) + extra]  # at least two sizes in one batch
    runs = [_random(rng, n, d, zero=0.3) for n in sizes]
    padded = pytest.MonkeyPatch()
    padded.setattr(_lockstep, "PAD_SHARE", 0.0)  # every run in one batch
    try:
        assert len(_lockstep.lockstep_groups(runs)) == 1
        many = smp_many(runs, o, seed=rng_seed)
    finally:
        padded.undo()
    for one, got in zip(runs, many, strict=True):
        _same(smp(one, o, seed=rng_seed), got)


def test_run_many_returns_the_error_of_a_run_it_cannot_do():
    good = Stakeholders(["a", "b"], ["x", "y"], [1, 2], [[0, 0], [100, 50]],
                        [[0.5, 0.5], [0.2, 0.3]])
    bad = good.replace(salience=[[0.9, 0.9], [0.2, 0.3]])
    out = run_many("smp", [good, bad, good])
    assert isinstance(out[1], ValueError) and "sum" in str(out[1])
    _same(out[0], smp(good))
    _same(out[2], smp(good))


TABLE = """issue,actor,position,salience,capability
a,A,10,0.5,1
a,B,90,0,2
a,C,30,0.8,1
a,__outcome__,40,,
b,A,10,0.5,1
b,B,x,0.5,1
b,__outcome__,40,,
c,A,20,0.4,3
c,B,60,1.0,1
c,__outcome__,45,,
d,A,1,0.5,1
"""


def test_backtest_skips_bad_issues_and_says_where():
    data = parse_backtest_table(TABLE, file="t.csv")
    seen: list[tuple[int, int]] = []
    report = backtest(data, progress=lambda done, total: seen.append((done, total)))
    assert report.issues == ("a", "c")
    where = [(s.issue, s.reason.line, s.reason.field) for s in report.skipped]
    assert where == [("b", 7, "position"), ("d", 12, "issue")]
    assert "no __outcome__ row" in report.skipped[1].reason.message
    out = report.to_dict()
    assert out["skipped"][0] == {"issue": "b", "file": "t.csv", "line": 7,
                                 "field": "position", "reason": "not a number: 'x'"}
    total = 2 * len(report.models)
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == list(range(total + 1))


def test_backtest_with_zero_salience_scores_every_model():
    report = backtest(parse_backtest_table(TABLE, file="t.csv"), models=["smp", "eum"])
    assert np.isfinite(report.forecasts).all() and "a" in report.issues
