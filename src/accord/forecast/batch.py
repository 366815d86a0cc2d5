"""One model over many independent sets of stakeholders (backtests, cross-validation).

The dynamic models run every set of one shape in lockstep (``smp_many``, ``eum_many``), which
is what makes a backtest of hundreds of issues take seconds; a set a model cannot handle is
returned as its error instead of stopping the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from accord.forecast.baselines import mean_forecast, median_forecast
from accord.forecast.choice import position_choice_many
from accord.forecast.eum import eum_many
from accord.forecast.exchange import EXCHANGE_MODELS, exchange_many
from accord.forecast.result import ForecastResult
from accord.forecast.smp import SMPOptions, check_smp, smp_many
from accord.model.stakeholders import Stakeholders

__all__ = ["run_many"]

_SINGLE = {"mean": mean_forecast, "median": median_forecast}


def run_many(
    model: str,
    runs: Sequence[Stakeholders],
    options: SMPOptions | None = None,
    *,
    seed: int | None = 0,
    on_done: Callable[[int], None] | None = None,
    exchanged: Sequence[ForecastResult] | None = None,
) -> list[ForecastResult | ValueError]:
    """``model`` on every run: its result, or the ValueError that says why it cannot run.

    ``on_done(i)`` is called once for every run ``i`` (failed ones included), as it finishes.
    Results are exactly those of running the model on each set alone (the random-rate
    exchange model: set ``i`` draws from the ``i``-th child of ``seed``).  ``exchanged``:
    the equal-gain exchange model's results on these runs, which the position choice starts
    from, when already at hand.

    Examples
    --------
    >>> a = Stakeholders(["x", "y"], ["tax"], [1, 3], [[0], [100]], [[1], [1]])
    >>> [float(r.forecast[0]) for r in run_many("mean", [a, a])]
    [75.0, 75.0]
    """
    out: list[ForecastResult | ValueError | None] = [None] * len(runs)
    tell = on_done if on_done is not None else (lambda i: None)
    if model in _SINGLE:
        for i, s in enumerate(runs):
            try:
                out[i] = _finite(model, _SINGLE[model](s))
            except ValueError as err:
                out[i] = err
            tell(i)
        return out  # type: ignore[return-value]
    if model in EXCHANGE_MODELS:
        results = exchange_many(runs, EXCHANGE_MODELS[model], seed=seed, on_done=tell)
        return [_finite(model, r) for r in results]
    if model == "choice":
        return [_finite(model, r)
                for r in position_choice_many(runs, centres=exchanged, on_done=tell)]
    if model not in ("smp", "eum"):
        raise ValueError(f"unknown model {model!r}; expected smp, eum, mean, median, "
                         f"{', '.join(EXCHANGE_MODELS)} or choice")
    ok: list[int] = []
    for i, s in enumerate(runs):
        try:
            if model == "smp":
                check_smp(s, options or SMPOptions())
            ok.append(i)
        except ValueError as err:
            out[i] = err
            tell(i)
    batch = [runs[i] for i in ok]
    if model == "smp":
        results = smp_many(batch, options, on_done=lambda x: tell(ok[x]))
    else:
        results = eum_many(batch, on_done=lambda x: tell(ok[x]))
    for i, r in zip(ok, results, strict=True):
        out[i] = _finite(model, r)
    return out  # type: ignore[return-value]


def _finite(model: str, result: ForecastResult) -> ForecastResult | ValueError:
    if np.all(np.isfinite(result.forecast)):
        return result
    return ValueError(f"{model} gave no finite forecast")
