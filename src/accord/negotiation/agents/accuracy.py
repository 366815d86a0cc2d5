"""How well an opponent model knows its opponent, measured as Baarslag et al. (2013) do.

Two measures over the whole outcome space, both computed from arrays:

* :func:`pearson_correlation` of the estimated and the true utilities of every outcome for
  the opponent (1 is perfect; a model that orders outcomes right scores high even when
  its scale is off);
* :func:`pareto_frontier_distance`: the outcomes the model believes Pareto-optimal (for
  us and the opponent as estimated) are placed at their *true* utilities, and the area
  under that curve is compared with the area under the true Pareto frontier (0 is
  perfect). Both curves are closed with the points (0, 1) and (1, 0) when they lack them,
  as in GENIUS's quality measures.

References
----------
T. Baarslag, M. Hendrikx, K. Hindriks & C. Jonker (2013). Predicting the performance of
opponent models in automated negotiation. *WI-IAT 2013*, vol. 2, 59-66.

T. Baarslag, M. Hendrikx, K. Hindriks & C. Jonker (2016). Learning about the opponent in
automated bilateral negotiation: a comprehensive survey of opponent modeling techniques.
*Autonomous Agents and Multi-Agent Systems* 30(5), 849-898.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...analysis.pareto import pareto_frontier

__all__ = [
    "ModelAccuracy",
    "model_accuracy",
    "pareto_frontier_distance",
    "pearson_correlation",
]


@dataclass(frozen=True)
class ModelAccuracy:
    """Accuracy of one model's estimate of one opponent."""

    pearson: float
    pareto_distance: float


def pearson_correlation(estimated: np.ndarray, true: np.ndarray) -> float:
    """Pearson correlation of two utility arrays over the same outcomes.

    NaN when either array is constant (a model that has learnt nothing yet).

    >>> pearson_correlation(np.array([0.1, 0.2, 0.4]), np.array([1.0, 2.0, 4.0]))
    1.0
    """
    x = np.asarray(estimated, dtype=float) - np.mean(estimated)
    y = np.asarray(true, dtype=float) - np.mean(true)
    scale = float(np.sqrt((x @ x) * (y @ y)))
    if scale <= 0:
        return float("nan")
    return float(np.clip((x @ y) / scale, -1.0, 1.0))


def pareto_frontier_distance(own: np.ndarray, estimated: np.ndarray, true: np.ndarray) -> float:
    """Absolute difference between the area under the true Pareto frontier of ``(own,
    true)`` and under the estimated one (frontier of ``(own, estimated)``) mapped to true
    utilities.

    Parameters
    ----------
    own, estimated, true
        Our utility, the opponent's estimated utility and its true utility of each outcome.

    Examples
    --------
    A model that orders the opponent's utilities right has distance 0:

    >>> own = np.array([1.0, 0.6, 0.3, 0.0])
    >>> true = np.array([0.0, 0.7, 0.8, 1.0])
    >>> pareto_frontier_distance(own, 10 * true, true)
    0.0
    >>> round(pareto_frontier_distance(own, 1 - true, true), 3)
    0.135
    """
    own = np.asarray(own, dtype=float)
    true = np.asarray(true, dtype=float)
    real = _area(own, true, pareto_frontier(np.column_stack([own, true])))
    believed = pareto_frontier(np.column_stack([own, np.asarray(estimated, dtype=float)]))
    return abs(real - _area(own, true, believed))


def _area(own: np.ndarray, opponent: np.ndarray, rows: np.ndarray) -> float:
    """Area under the piecewise-linear curve through the points, sorted by our utility."""
    x, y = own[rows], opponent[rows]
    if not (x == 0.0).any():
        x, y = np.append(x, 0.0), np.append(y, 1.0)
    if not (x == 1.0).any():
        x, y = np.append(x, 1.0), np.append(y, 0.0)
    order = np.argsort(x, kind="stable")
    x, y = x[order], y[order]
    return float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2.0))


def model_accuracy(
    estimated: np.ndarray, own: np.ndarray, true: np.ndarray
) -> ModelAccuracy:
    """Both measures for one opponent, from utility arrays over the outcome space."""
    return ModelAccuracy(
        pearson=pearson_correlation(estimated, true),
        pareto_distance=pareto_frontier_distance(own, estimated, true),
    )
