"""What every forecasting model returns: the path of positions and where it ends."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

__all__ = ["ForecastResult"]


@dataclass(frozen=True, eq=False)
class ForecastResult:
    """Outcome of one model run.

    Attributes
    ----------
    model : str
        ``"smp"``, ``"eum"``, ``"mean"`` or ``"median"``.
    actors, dimensions : tuple of str
        Names, in the order of the arrays' axes.
    history : ndarray, shape (states, n, d)
        Each actor's position in each state, on the input's scale; state 0 is the input.
    win_probability : ndarray, shape (states, n)
        Per state, the probability that each actor's position is the outcome (actors holding
        equivalent positions each show the probability of that shared position, as KTAB does).
    forecast : ndarray, shape (d,)
        The predicted settlement on each dimension.
    """

    model: str
    actors: tuple[str, ...]
    dimensions: tuple[str, ...]
    history: np.ndarray
    win_probability: np.ndarray
    forecast: np.ndarray

    @property
    def states(self) -> int:
        """Number of states, the initial one included."""
        return int(self.history.shape[0])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary (plain floats and lists)."""
        return {
            "model": self.model,
            "actors": list(self.actors),
            "dimensions": list(self.dimensions),
            "states": self.states,
            "history": {
                a: {
                    dim: [round(float(v), 10) for v in self.history[:, i, k]]
                    for k, dim in enumerate(self.dimensions)
                }
                for i, a in enumerate(self.actors)
            },
            "win_probability": {
                a: [float(v) for v in self.win_probability[:, i]]
                for i, a in enumerate(self.actors)
            },
            "forecast": {dim: float(self.forecast[k]) for k, dim in enumerate(self.dimensions)},
        }
