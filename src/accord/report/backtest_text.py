"""``accord backtest``'s summary: each model's error with its interval, the issues it gets
most wrong, and what cross-validation says about choosing among the models."""

from __future__ import annotations

from ..forecast.backtest import BacktestReport
from ..forecast.montecarlo import DEFAULT_MODEL
from ..forecast.selection import CrossValidation

__all__ = ["backtest_summary"]


def backtest_summary(report: BacktestReport, cv: CrossValidation | None,
                     worst: int = 3) -> list[str]:
    """Plain lines: MAE [95 % interval] per model (default model marked), its worst issues,
    and the cross-validated choice against the baseline, then the report's notes."""
    lines = []
    if report.partial:
        left = [m for m in report.requested if m not in report.models]
        lines.append(f"Interrupted: {len(report.models)} of {len(report.requested)} models "
                     f"finished; not run: {', '.join(left)}")
    lines.append(f"Mean absolute error, 95% interval (bootstrap over {len(set(report.groups))} "
                 f"proposals, seed {report.seed}); default model: {DEFAULT_MODEL}")
    width = max(len(m) for m in report.models)
    ci = report.mae_interval()
    bad = report.worst(worst)
    for i, m in enumerate(report.models):
        mark = " (default)" if m == DEFAULT_MODEL else ""
        most = ", ".join(f"{report.issues[k]} ({report.errors[i, k]:.0f})" for k in bad[m])
        lines.append(f"  {m:<{width}}  {report.mae[i]:6.2f}  [{ci[i, 0]:.2f}, {ci[i, 1]:.2f}]"
                     f"{mark}; most wrong: {most}")
    if cv is not None:
        counts = ", ".join(f"{m} {cv.chosen.count(m)}" for m in dict.fromkeys(cv.chosen))
        gain = 100 * cv.improvement
        verdict = (f"{abs(gain):.1f}% {'better' if gain > 0 else 'worse'} than"
                   if abs(gain) >= 0.05 else "as good as")
        lines.append(
            f"Cross-validation over {cv.folds} folds of proposals: choosing the model with the "
            f"lowest MAE on the other folds ({counts}) gives {cv.chosen_mae:.2f} on the held-out "
            f"folds; {cv.baseline} gives {cv.baseline_mae:.2f}: choosing by backtest is "
            f"{verdict} always using {cv.baseline}")
    return lines + [f"Note: {note}" for note in report.notes]
