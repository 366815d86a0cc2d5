"""Backtesting: how far each model's forecasts land from recorded outcomes.

The issues come from :func:`accord.io.backtest.read_backtest_table` (the table documented in
``docs/backtest-format.md``, with the issues it had to set aside) or are built by hand:
anything with a ``name``, its ``stakeholders`` (one dimension) and the recorded ``outcome``.
One bad issue never stops a backtest of hundreds: it is left out and the report says why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from accord.errors import AccordInputError, SkippedIssue
from accord.forecast.batch import run_many
from accord.forecast.montecarlo import MODELS
from accord.model.stakeholders import Stakeholders

__all__ = ["BacktestReport", "HistoricalIssue", "Progress", "backtest"]

#: ``progress(done, total)``: (issue, model) pairs finished so far, out of all of them.
Progress = Callable[[int, int], None]


class HistoricalIssue(Protocol):
    """One issue of the past: its stakeholders (one dimension) and what happened."""

    name: str
    stakeholders: Stakeholders
    outcome: float


@dataclass(frozen=True)
class BacktestReport:
    """Absolute errors ``|forecast - outcome|`` per model and issue, and the issues left out.

    Every model is scored on the same issues: an issue one model cannot forecast is left out
    for all of them.
    """

    models: tuple[str, ...]
    issues: tuple[str, ...]
    forecasts: np.ndarray  # (models, issues)
    outcomes: np.ndarray  # (issues,)
    skipped: tuple[SkippedIssue, ...] = ()

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
            "skipped": [s.to_dict() for s in self.skipped],
        }


def backtest(
    data: Any,
    models: Sequence[str] = MODELS,
    *,
    progress: Progress | None = None,
) -> BacktestReport:
    """Run every model on every issue and compare with the recorded outcomes.

    Parameters
    ----------
    data : sequence of HistoricalIssue, or a table read by ``accord.io.backtest``
        A table (``.issues``, ``.skipped``, ``.file``) keeps its set-aside issues listed in
        the report.
    models : sequence of str
    progress : callable, optional
        ``progress(done, total)`` as (issue, model) pairs finish, from ``(0, total)`` to
        ``(total, total)``; the library draws nothing.

    Raises
    ------
    AccordInputError
        When no issue is left to score.
    """
    if hasattr(data, "skipped"):
        issues, skipped, file = list(data.issues), list(data.skipped), data.file
    else:
        issues, skipped, file = list(data), [], None
    total = len(issues) * len(models)
    done = 0

    def tick(_: int) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    stakes = [it.stakeholders for it in issues]
    results = {m: run_many(m, stakes, on_done=tick) for m in models}
    keep = []
    for k, it in enumerate(issues):
        failed = [(m, r[k]) for m, r in results.items() if isinstance(r[k], ValueError)]
        if failed:
            m, err = failed[0]
            skipped.append(SkippedIssue(it.name, AccordInputError(
                f"{m} cannot forecast issue {it.name!r}: {err}", file=file,
                line=getattr(it, "line", None), field="issue")))
        else:
            keep.append(k)
    skipped.sort(key=lambda s: s.reason.line or 0)
    if not keep:
        first = f"; first: {skipped[0].reason}" if skipped else ""
        raise AccordInputError(f"no issue left to score ({len(skipped)} left out{first})",
                               file=file)
    forecasts = np.array([[float(results[m][k].forecast[0]) for k in keep] for m in models])
    return BacktestReport(tuple(models), tuple(issues[k].name for k in keep), forecasts,
                          np.array([issues[k].outcome for k in keep]), tuple(skipped))
