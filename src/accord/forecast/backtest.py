"""Backtesting: how far each model's forecasts land from recorded outcomes.

The issues come from :func:`accord.io.backtest.read_backtest` (the table documented in
``docs/backtest-format.md``) or are built by hand: anything with a ``name``, its
``stakeholders`` (one dimension) and the recorded ``outcome``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from accord.forecast.montecarlo import MODELS, run_model
from accord.model.stakeholders import Stakeholders

__all__ = ["BacktestReport", "HistoricalIssue", "backtest"]


class HistoricalIssue(Protocol):
    """One issue of the past: its stakeholders (one dimension) and what happened."""

    name: str
    stakeholders: Stakeholders
    outcome: float


@dataclass(frozen=True)
class BacktestReport:
    """Absolute errors ``|forecast - outcome|`` per model and issue."""

    models: tuple[str, ...]
    issues: tuple[str, ...]
    forecasts: np.ndarray  # (models, issues)
    outcomes: np.ndarray  # (issues,)

    @property
    def errors(self) -> np.ndarray:
        return np.abs(self.forecasts - self.outcomes[None, :])

    @property
    def mae(self) -> np.ndarray:
        """Mean absolute error of each model over all issues."""
        return self.errors.mean(axis=1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "models": list(self.models),
            "issues": {
                issue: {
                    "outcome": float(self.outcomes[k]),
                    "forecast": {m: float(self.forecasts[i, k]) for i, m in enumerate(self.models)},
                    "abs_error": {m: float(self.errors[i, k]) for i, m in enumerate(self.models)},
                }
                for k, issue in enumerate(self.issues)
            },
            "mae": {m: float(self.mae[i]) for i, m in enumerate(self.models)},
        }


def backtest(
    issues: Sequence[HistoricalIssue], models: Sequence[str] = MODELS
) -> BacktestReport:
    """Run every model on every issue and compare with the recorded outcomes."""
    f = np.array([[float(run_model(m, it.stakeholders).forecast[0]) for it in issues]
                  for m in models])
    return BacktestReport(tuple(models), tuple(it.name for it in issues), f,
                          np.array([it.outcome for it in issues]))
