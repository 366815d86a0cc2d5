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
from accord.forecast.eum import eum
from accord.forecast.montecarlo import (
    Distribution,
    MonteCarloResult,
    Uncertainty,
    monte_carlo,
    run_model,
)
from accord.forecast.result import ForecastResult
from accord.forecast.smp import SMPOptions, smp
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
    "mean_forecast",
    "median_forecast",
    "monte_carlo",
    "run_model",
    "smp",
    "weighted_mean",
    "weighted_median",
]
