"""Monte Carlo: reproducible for a seed whatever the number of worker processes."""

from __future__ import annotations

import multiprocessing

import numpy as np
import pytest

from accord.errors import Interrupted
from accord.forecast import Distribution, Stakeholders, Uncertainty, monte_carlo

S = Stakeholders(["a", "b", "c", "d"], ["x"], [1.0, 2.0, 1.5, 1.0],
                 [[10], [40], [60], [90]], [[0.9], [0.6], [0.8], [0.5]])


@pytest.mark.parametrize("model", ["smp", "eum"])
def test_same_seed_same_result_for_any_jobs(model):
    u = Uncertainty.spread(S, position=5, salience=0.1, capability=0.2)
    a = monte_carlo(S, u, model=model, runs=6, seed=11, jobs=1)
    b = monte_carlo(S, u, model=model, runs=6, seed=11, jobs=2)
    np.testing.assert_array_equal(a.forecasts, b.forecasts)
    c = monte_carlo(S, u, model=model, runs=6, seed=12, jobs=1)
    assert not np.array_equal(a.forecasts, c.forecasts)


def test_quantiles_bracket_the_median_and_stay_in_bounds():
    u = Uncertainty.spread(S, position=10, distribution=Distribution.TRIANGULAR)
    mc = monte_carlo(S, u, model="mean", runs=200, seed=0)
    lo, mid, hi = mc.quantiles[:, 0]
    assert lo <= mid <= hi
    assert lo >= 0 and hi <= 100
    d = mc.to_dict()
    assert set(d["quantiles"]["x"]) == {"5", "50", "95"} and d["runs"] == 200


def test_no_uncertainty_gives_a_point():
    mc = monte_carlo(S, Uncertainty(), model="median", runs=5, seed=0)
    assert np.ptp(mc.forecasts) == 0


def test_rejects_unknown_model():
    with pytest.raises(ValueError):
        monte_carlo(S, Uncertainty(), model="oracle")


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_runs_monotonically_up_to_the_total(jobs):
    calls = []
    monte_carlo(S, Uncertainty.spread(S, position=5), model="mean", runs=45, jobs=jobs,
                progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _ in calls]
    assert calls[0] == (0, 45) and calls[-1] == (45, 45)
    assert {t for _, t in calls} == {45} and done == sorted(done) and len(calls) > 2


def _interrupted(jobs: int):
    """A 60-run Monte Carlo stopped (as Ctrl-C would) once 20 runs are done; and unstopped."""
    u = Uncertainty.spread(S, position=5, salience=0.1)
    whole = monte_carlo(S, u, model="eum", runs=60, seed=4, jobs=jobs)

    def progress(done: int, total: int) -> None:
        if done >= 20 and not stopped:
            stopped.append(done)
            raise KeyboardInterrupt

    stopped: list = []

    with pytest.raises(Interrupted) as stop:
        monte_carlo(S, u, model="eum", runs=60, seed=4, jobs=jobs, progress=progress)
    return stop.value, whole


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupted_monte_carlo_keeps_the_finished_runs(jobs):
    stop, whole = _interrupted(jobs)
    partial = stop.partial
    assert stop.total == 60 and partial.runs == stop.done >= 20
    assert partial.partial and partial.to_dict()["partial"] and not whole.partial
    assert partial.to_dict()["requested_runs"] == 60
    full_rows = {tuple(row) for row in whole.forecasts}
    assert all(tuple(row) in full_rows for row in partial.forecasts)
    assert multiprocessing.active_children() == []


def test_interrupted_in_this_process_keeps_the_first_runs():
    stop, whole = _interrupted(jobs=1)
    np.testing.assert_array_equal(stop.partial.forecasts, whole.forecasts[: stop.done])
