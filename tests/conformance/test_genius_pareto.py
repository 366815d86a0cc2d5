"""The searched frontier of ANAC 2014 ``10issues`` (10^10 outcomes) reaches GENIUS's own.

``pareto.xml`` in that folder lists GENIUS's frontier as ``u1, u2`` lines; every point must
be matched or dominated (tolerance 1e-6) by an outcome the search returns.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.analysis.pareto import pareto_frontier
from accord.analysis.search import search_pareto_frontier
from accord.io.genius import read_genius

FOLDER = Path(__file__).resolve().parents[2].parent / "shared/data/genius/anac/y2014/10issues"

pytestmark = pytest.mark.skipif(
    not FOLDER.is_dir(),
    reason=f"GENIUS data not found at {FOLDER} (expected ../shared beside the repo root)",
)


def _genius_frontier() -> np.ndarray:
    lines = FOLDER.joinpath("pareto.xml").read_text().splitlines()
    return np.array([[float(x) for x in line.split(",")] for line in lines if line.strip()])


def test_search_matches_or_dominates_genius_frontier():
    scenario = read_genius(FOLDER)
    index, u = search_pareto_frontier(scenario, seed=0)
    assert index.dtype == np.int64 and u.shape == (len(index), 2)
    assert np.all((index >= 0) & (index < 10**10))
    assert len(pareto_frontier(u)) == len(u)  # already mutually non-dominated
    np.testing.assert_allclose(scenario.utilities(index=index), u, rtol=0, atol=1e-12)
    for point in _genius_frontier():
        assert np.any(np.all(u >= point - 1e-6, axis=1)), f"{point} is not reached"


def test_search_is_reproducible():
    scenario = read_genius(FOLDER)
    a = search_pareto_frontier(scenario, seed=5, budget=60_000)
    b = search_pareto_frontier(scenario, seed=5, budget=60_000)
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
