"""Random scenarios for tests, benchmarks and teaching: seeded, linear-additive."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .scenario import Scenario

__all__ = ["random_scenario"]


def random_scenario(
    radices: Sequence[int],
    n_parties: int = 2,
    *,
    seed: int | None = 0,
    reservation: float = 0.0,
    name: str = "random",
) -> Scenario:
    """A scenario with one categorical issue per radix and random additive preferences.

    Weights are Dirichlet-distributed and each issue's option values uniform on [0, 1]
    with the best option at 1, so every party's ideal package scores 1.

    Examples
    --------
    >>> s = random_scenario([3, 4], n_parties=2, seed=1)
    >>> s.space.size, s.utilities().shape
    (12, (12, 2))
    """
    rng = np.random.default_rng(seed)
    issues = {
        f"i{k}": {"type": "categorical", "values": [f"v{j}" for j in range(r)]}
        for k, r in enumerate(radices)
    }
    parties = {}
    for p in range(n_parties):
        weights = rng.dirichlet(np.ones(len(radices)))
        values = {}
        for k, r in enumerate(radices):
            table = rng.random(r)
            table /= table.max()
            values[f"i{k}"] = {f"v{j}": float(x) for j, x in enumerate(table)}
        parties[f"p{p}"] = {
            "reservation_value": reservation,
            "weights": {f"i{k}": float(w) for k, w in enumerate(weights)},
            "values": values,
        }
    return Scenario.model_validate({"name": name, "issues": issues, "parties": parties})
