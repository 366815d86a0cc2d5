"""Small synthetic scenarios: split-the-pie and random linear-additive domains.

For hand-checkable tests, agent conformance checks and benchmarks of a given size when the
real domain is not at hand.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..model import Scenario

__all__ = ["random_domain", "split_the_pie"]


def split_the_pie(
    steps: int = 100,
    reservation: tuple[float, float] = (0.0, 0.0),
    discount: tuple[float | None, float | None] = (None, None),
) -> Scenario:
    """One issue, ``a_share`` in 0..steps: party a gets ``x/steps``, party b the rest."""
    parties = {}
    for key, direction, r, d in zip(
        ("a", "b"), ("increasing", "decreasing"), reservation, discount
    ):
        parties[key] = {
            "weights": {"a_share": 1.0},
            "values": {"a_share": {"type": "linear", "direction": direction}},
            "reservation_value": r,
            "discount_factor": d,
        }
    return Scenario.model_validate(
        {
            "name": "split-the-pie",
            "issues": {"a_share": {"type": "integer", "min": 0, "max": steps}},
            "parties": parties,
        }
    )


def random_domain(
    sizes: Sequence[int],
    n_parties: int = 2,
    seed: int = 0,
    reservation: float = 0.0,
    name: str = "",
) -> Scenario:
    """Random weights and option values per party over issues of the given ``sizes``."""
    rng = np.random.default_rng(seed)
    issues = {
        f"i{k}": {"type": "categorical", "values": [f"v{j}" for j in range(n)]}
        for k, n in enumerate(sizes)
    }
    parties = {}
    for p in range(n_parties):
        weights = rng.random(len(sizes)) + 0.05
        weights /= weights.sum()
        parties[f"p{p}"] = {
            "weights": {f"i{k}": float(w) for k, w in enumerate(weights)},
            "values": {
                f"i{k}": {f"v{j}": float(v) for j, v in enumerate(_table(rng, n))}
                for k, n in enumerate(sizes)
            },
            "reservation_value": reservation,
        }
    label = name or "random-" + "x".join(map(str, sizes))
    return Scenario.model_validate({"name": label, "issues": issues, "parties": parties})


def _table(rng: np.random.Generator, n: int) -> np.ndarray:
    values = rng.random(n)
    values[rng.integers(n)] = 1.0
    return np.round(values, 6)
