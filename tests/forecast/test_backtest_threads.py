"""Models of a backtest run side by side on threads: the same report for any number of them,
progress counted once per (issue, model) in order, and a failing model still raises."""

from __future__ import annotations

import numpy as np
import pytest

from accord.forecast import backtest
from accord.io.backtest import parse_backtest_table

ROWS = {"d1i1": (10, 90, 40), "d1i2": (80, 20, 50), "d2i1": (0, 100, 30), "x9": (50, 60, 55)}
TEXT = "issue,actor,position,salience,capability\n" + "".join(
    f"{k},A,{a},0.9,2\n{k},B,{b},0.3,1\n{k},C,{(a + b) / 2},0.5,1\n{k},__outcome__,{o},,\n"
    for k, (a, b, o) in ROWS.items())


@pytest.mark.parametrize("threads", [2, 3, 8])
def test_threads_give_the_serial_report(threads):
    data = parse_backtest_table(TEXT, proposal_pattern=r"([a-z]\d+)i\d+")
    one = backtest(data, threads=1, seed=3)
    many = backtest(data, threads=threads, seed=3)
    assert many.models == one.models and many.issues == one.issues
    assert np.array_equal(many.forecasts, one.forecasts)
    assert many.to_dict() == one.to_dict()


def test_progress_counts_every_pair_once_in_order():
    data = parse_backtest_table(TEXT)
    seen: list[tuple[int, int]] = []
    report = backtest(data, threads=4, progress=lambda d, t: seen.append((d, t)))
    total = len(report.issues) * len(report.models)
    assert seen == [(k, total) for k in range(total + 1)]


def test_an_unknown_model_still_raises_with_threads():
    with pytest.raises(ValueError, match="unknown model 'nope'"):
        backtest(parse_backtest_table(TEXT), ["mean", "nope", "smp"], threads=3)


@pytest.mark.parametrize("jobs", [2, 3])
def test_worker_processes_give_the_serial_report(jobs):
    """The models shared out to processes (``jobs``) report exactly what one process does,
    progress counted once per (issue, model), and a failing model still raises."""
    data = parse_backtest_table(TEXT, proposal_pattern=r"([a-z]\d+)i\d+")
    seen: list[tuple[int, int]] = []
    many = backtest(data, seed=3, jobs=jobs, progress=lambda d, t: seen.append((d, t)))
    assert many.to_dict() == backtest(data, seed=3).to_dict()
    total = len(many.issues) * len(many.models)
    assert seen == [(k, total) for k in range(total + 1)]
    with pytest.raises(ValueError, match="unknown model 'nope'"):
        backtest(data, ["mean", "nope", "smp"], jobs=jobs)
