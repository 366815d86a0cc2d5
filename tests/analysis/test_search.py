"""Searched Pareto frontiers agree with enumeration where enumeration is possible."""

from __future__ import annotations

import numpy as np
import pytest

from accord.analysis.pareto import pareto_frontier
from accord.analysis.search import search_pareto_frontier
from accord.model import Scenario
from accord.model.generate import random_scenario


def additive(n_parties: int, seed: int, constraints=()) -> Scenario:
    s = random_scenario([4, 5, 3, 6, 4], n_parties, seed=seed)
    return Scenario.model_validate({**s.model_dump(), "constraints": list(constraints)})


def boxes(seed: int) -> Scenario:
    rng = np.random.default_rng(seed)
    issues = {f"x{n}": {"type": "integer", "min": 0, "max": 5} for n in range(6)}
    parties = {}
    for p in ("a", "b"):
        rects = []
        for _ in range(15):
            chosen = rng.choice(6, size=int(rng.integers(1, 4)), replace=False)
            bounds = {}
            for n in chosen:
                lo, hi = sorted(rng.integers(0, 6, 2).tolist())
                bounds[f"x{n}"] = [lo, hi]
            rects.append({"utility": float(rng.integers(1, 100)), "bounds": bounds})
        parties[p] = {"rectangles": rects, "max_utility": 250.0}
    return Scenario.model_validate({"name": "boxes", "issues": issues, "parties": parties})


def exact(scenario: Scenario) -> np.ndarray:
    u = scenario.utilities()
    if scenario.space.constraints:
        u = u[scenario.space.feasible_mask()]
    return u[pareto_frontier(u)]


def covered(found: np.ndarray, frontier: np.ndarray) -> float:
    hit = [np.any(np.all(found >= point - 1e-9, axis=1)) for point in frontier]
    return float(np.mean(hit))


@pytest.mark.parametrize(("n_parties", "seed"), [(2, 0), (2, 1), (3, 2)])
def test_recovers_additive_frontier(n_parties, seed):
    s = additive(n_parties, seed)
    index, u = search_pareto_frontier(s, seed=0, budget=150_000)
    assert index.dtype == np.int64 and u.shape == (len(index), n_parties)
    np.testing.assert_allclose(s.utilities(index=index), u, atol=1e-12)
    assert covered(u, exact(s)) >= 0.95
    assert np.all(np.diff(u[:, 0]) <= 0)  # sorted by the first party, descending


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_recovers_hyper_rectangle_frontier(seed):
    s = boxes(seed)
    index, u = search_pareto_frontier(s, seed=seed, budget=150_000)
    np.testing.assert_allclose(s.utilities(index=index), u, atol=1e-12)
    assert covered(u, exact(s)) == 1.0


def test_never_returns_infeasible_outcomes():
    s = additive(2, 3, constraints=[{"forbid": {"i0": ["v0", "v1"], "i1": ["v2", "v3", "v4"]}}])
    index, u = search_pareto_frontier(s, seed=0, budget=60_000)
    assert np.all(s.space.feasible(s.space.digits(index)))
    assert covered(u, exact(s)) >= 0.9


def test_same_seed_same_result():
    s = boxes(4)
    a = search_pareto_frontier(s, seed=11, budget=30_000)
    b = search_pareto_frontier(s, seed=11, budget=30_000)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])


def test_search_reports_progress_monotonically_up_to_its_budget():
    calls = []
    search_pareto_frontier(additive(2, 1), seed=0, budget=5_000,
                           progress=lambda done, total: calls.append((done, total)))
    done = [d for d, _ in calls]
    assert calls[0] == (0, 5_000) and calls[-1] == (5_000, 5_000)
    assert {t for _, t in calls} == {5_000}
    assert done == sorted(done) and len(set(done)) > 2


def wide(options: int, n_small: int = 2) -> Scenario:
    """A price issue of ``options`` values and small issues of 100: on even ones buyer and
    seller both want more, on odd ones they are opposed, as on the price."""
    issues = {"price": {"type": "integer", "min": 0, "max": options - 1}}
    issues.update({f"s{k}": {"type": "integer", "min": 0, "max": 99} for k in range(n_small)})
    parties = {}
    for key, price in (("buyer", "decreasing"), ("seller", "increasing")):
        values = {"price": {"type": "linear", "direction": price}}
        for k in range(n_small):
            values[f"s{k}"] = {"type": "linear", "direction": price if k % 2 else "increasing"}
        parties[key] = {
            "weights": {"price": 0.6, **{f"s{k}": 0.4 / n_small for k in range(n_small)}},
            "values": values,
        }
    return Scenario.model_validate({"name": "wide", "issues": issues, "parties": parties})


def test_an_issue_of_millions_of_options_is_searched_in_bounded_memory():
    s = wide(5_000_000)  # trying every option of every issue would take 20 GB per step
    index, u = search_pareto_frontier(s, seed=0, budget=100_000)
    np.testing.assert_allclose(s.utilities(index=index), u, atol=1e-12)
    assert u.max(axis=0).tolist() == [1.0, 1.0]  # each side's best package is found
    # Pareto-optimal exactly when s0 = 99 (both want it): then u_buyer + u_seller = 1.2
    assert np.all(s.space.digits(index)[:, 1] == 99)
    np.testing.assert_allclose(u.sum(axis=1), 1.2, atol=1e-9)
    assert np.diff(np.sort(u[:, 0])).max() < 0.05  # the whole frontier, without wide gaps


def test_a_space_beyond_int64_gives_exact_python_int_indexes():
    s = wide(100, n_small=11)  # 10^24 packages
    index, u = search_pareto_frontier(s, seed=0, budget=50_000)
    assert index.dtype == object and max(index) > 2**63
    np.testing.assert_allclose(s.utilities(index=index), u, atol=1e-12)
    assert s.space.index(s.space.digits(index)).tolist() == index.tolist()
