"""Forecasting where stakeholders settle: spatial models of politics.

``mean_forecast``/``median_forecast`` (baselines), ``eum`` (Bueno de Mesquita, as formalised
by Scholz et al. 2011), ``smp`` (KTAB's Spatial Model of Politics, reproduced exactly) and
``monte_carlo`` over uncertain inputs.  All take a :class:`Stakeholders` (from
:func:`accord.io.stakeholders.load_stakeholders`, a KTAB file or a scenario, or built by hand).
"""

from accord.forecast.backtest import BacktestReport, backtest
from accord.forecast.baselines import (
    mean_forecast,
    median_forecast,
    weighted_mean,
    weighted_median,
)
from accord.forecast.batch import run_many
from accord.forecast.eum import eum, eum_many
from accord.forecast.montecarlo import (
    Distribution,
    MonteCarloResult,
    Uncertainty,
    monte_carlo,
    run_model,
)
from accord.forecast.result import ForecastResult
from accord.forecast.smp import SMPOptions, smp, smp_many
from accord.model.stakeholders import Stakeholders

__all__ = [
    "BacktestReport",
    "Distribution",
    "ForecastResult",
    "MonteCarloResult",
    "SMPOptions",
    "Stakeholders",
    "Uncertainty",
    "backtest",
    "eum",
    "eum_many",
    "mean_forecast",
    "median_forecast",
    "monte_carlo",
    "run_many",
    "run_model",
    "smp",
    "smp_many",
    "weighted_mean",
    "weighted_median",
]
