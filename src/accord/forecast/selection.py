"""Choosing a forecasting model by cross-validation over proposals.

A model chosen because it scored best on some decisions must be judged on others. The
issues of a backtest are split into ``folds`` groups of whole proposals (issues decided
together share actors and bargaining, so they go to the same side); for each fold, the model
with the lowest MAE on the other folds is *chosen* and scored on the fold it has not seen.
The pooled held-out MAE of these choices estimates what choosing by backtest is worth on new
decisions, and is compared with the baseline model's on the same issues. Only the choice
among the models is learnt here; a fixed model's held-out MAE is its MAE over all issues.
The position choice's coefficients were fitted once, on the DEU development half, so on
those decisions its errors are in-sample (its held-out errors: docs/forecast.md).

References
----------
Stone, M. (1974). Cross-validatory choice and assessment of statistical predictions.
*Journal of the Royal Statistical Society B* 36(2), 111-147.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from accord.forecast.backtest import BacktestReport
from accord.seeding import generator

__all__ = ["CrossValidation", "cross_validate"]


@dataclass(frozen=True)
class CrossValidation:
    """Held-out errors per model and fold, and the choice made on each fold's complement."""

    models: tuple[str, ...]
    fold_of_issue: np.ndarray  # (issues,) fold of each issue
    fold_mae: np.ndarray  # (models, folds) MAE of each model on each held-out fold
    chosen: tuple[str, ...]  # per fold, the best model on the other folds
    chosen_mae: float  # pooled held-out MAE of those choices
    baseline: str
    baseline_mae: float  # pooled held-out MAE of the baseline (the same issues)

    @property
    def folds(self) -> int:
        return int(self.fold_mae.shape[1])

    @property
    def improvement(self) -> float:
        """Relative gain of choosing by backtest over the baseline (0.1 = 10 % lower MAE)."""
        return 1.0 - self.chosen_mae / self.baseline_mae

    def to_dict(self) -> dict[str, Any]:
        return {
            "folds": self.folds,
            "fold_mae": {m: [float(v) for v in self.fold_mae[i]]
                         for i, m in enumerate(self.models)},
            "chosen": list(self.chosen),
            "chosen_count": dict(Counter(self.chosen)),
            "chosen_mae": self.chosen_mae,
            "baseline": self.baseline,
            "baseline_mae": self.baseline_mae,
            "improvement": self.improvement,
        }


def cross_validate(report: BacktestReport, folds: int = 10, *, seed: int = 0,
                   baseline: str = "mean") -> CrossValidation:
    """K-fold cross-validation of the choice among ``report``'s models, by proposal.

    Proposals are shuffled with ``seed`` and dealt round-robin into ``folds`` folds.

    Raises
    ------
    ValueError
        With fewer proposals than folds, fewer than two folds, or an unknown baseline.

    Examples
    --------
    >>> r = BacktestReport(("a", "b"), ("x", "y", "z", "w"), np.array([[1., 1, 1, 1],
    ...                    [0, 0, 0, 9]]), np.zeros(4), proposals=("p", "p", "q", "r"))
    >>> cv = cross_validate(r, 3, baseline="a")
    >>> round(cv.baseline_mae, 3), sorted(set(cv.chosen))
    (1.0, ['a', 'b'])
    """
    if baseline not in report.models:
        raise ValueError(f"baseline {baseline!r} is not among the models {report.models}")
    groups = report.groups
    n_groups = int(groups.max()) + 1
    if folds < 2 or n_groups < folds:
        raise ValueError(f"need at least 2 folds and as many proposals ({n_groups}) as folds "
                         f"({folds})")
    order = generator(seed).permutation(n_groups)
    fold_of_group = np.empty(n_groups, dtype=int)
    fold_of_group[order] = np.arange(n_groups) % folds
    fold = fold_of_group[groups]
    err = report.errors
    fold_mae = np.stack([err[:, fold == k].mean(axis=1) for k in range(folds)], axis=1)
    chosen, held = [], np.empty(err.shape[1])
    for k in range(folds):
        train = fold != k
        best = int(np.argmin(err[:, train].mean(axis=1)))  # ties: the first model listed
        chosen.append(report.models[best])
        held[~train] = err[best, ~train]
    b = report.models.index(baseline)
    return CrossValidation(report.models, fold, fold_mae, tuple(chosen), float(held.mean()),
                           baseline, float(err[b].mean()))
