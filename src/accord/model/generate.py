"""Small generated scenarios: split-the-pie and seeded random linear-additive domains.

For hand-checkable tests, agent conformance checks, teaching, and benchmarks of a given size
when the real domain is not at hand.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..deprecation import renamed
from ..seeding import generator
from .scenario import Scenario

__all__ = ["random_scenario", "split_the_pie"]


def random_scenario(
    radices: Sequence[int],
    n_parties: int = 2,
    *,
    seed: int | None = 0,
    reservation_value: float = 0.0,
    name: str = "random",
    reservation: float | None = None,
) -> Scenario:
    """A scenario with one categorical issue per radix and random additive preferences.

    Weights are Dirichlet-distributed and each issue's option values uniform on [0, 1]
    with the best option at 1, so every party's ideal package scores 1. Every party walks
    away at ``reservation_value`` (``reservation`` is its deprecated name).

    Examples
    --------
    >>> s = random_scenario([3, 4], n_parties=2, seed=1)
    >>> s.space.size, s.utilities().shape
    (12, (12, 2))
    """
    if reservation is not None:
        renamed("random_scenario(reservation=)", "reservation_value=")
        reservation_value = reservation
    rng = generator(seed)
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
            "reservation_value": reservation_value,
            "weights": {f"i{k}": float(w) for k, w in enumerate(weights)},
            "values": values,
        }
    return Scenario.model_validate({"name": name, "issues": issues, "parties": parties})


def split_the_pie(
    steps: int = 100,
    reservation_values: tuple[float, float] = (0.0, 0.0),
    discount_factors: tuple[float | None, float | None] = (None, None),
    *,
    reservation: tuple[float, float] | None = None,
    discount: tuple[float | None, float | None] | None = None,
) -> Scenario:
    """One issue, ``a_share`` in 0..steps: party a gets ``x/steps``, party b the rest
    (``reservation`` and ``discount`` are deprecated names of the per-party values)."""
    if reservation is not None:
        renamed("split_the_pie(reservation=)", "reservation_values=")
        reservation_values = reservation
    if discount is not None:
        renamed("split_the_pie(discount=)", "discount_factors=")
        discount_factors = discount
    parties = {}
    for key, direction, r, d in zip(
        ("a", "b"), ("increasing", "decreasing"), reservation_values, discount_factors
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
