"""Forecasting where stakeholders settle: spatial models of politics.

``mean_forecast``/``median_forecast`` (baselines), ``eum`` (Bueno de Mesquita, as formalised
by Scholz et al. 2011), ``smp`` (KTAB's Spatial Model of Politics, reproduced exactly),
``exchange`` (Stokman's exchange model), ``position_choice`` (which stated position or
exchange compromise a decision lands on; the default), ``vote_categorical`` (unordered issues),
``monte_carlo`` over uncertain inputs, ``backtest`` and ``cross_validate`` (which model to
trust; ``DEFAULT_MODEL`` is what that gives on real decisions).  The models take a
:class:`Stakeholders` (from :func:`accord.io.stakeholders.load_stakeholders`, a KTAB or decide
file or a scenario, or built by hand).
"""

from accord.forecast.backtest import BacktestReport, backtest
from accord.forecast.baselines import (
    mean_forecast,
    median_forecast,
    weighted_mean,
    weighted_median,
)
from accord.forecast.batch import run_many
from accord.forecast.categorical import CategoricalForecast, vote_categorical
from accord.forecast.choice import ChoiceCoefficients, position_choice, position_choice_many
from accord.forecast.eum import eum, eum_many
from accord.forecast.exchange import ExchangeOptions, exchange, exchange_many
from accord.forecast.montecarlo import (
    DEFAULT_MODEL,
    MODELS,
    Distribution,
    MonteCarloResult,
    Uncertainty,
    monte_carlo,
    run_model,
)
from accord.forecast.result import ForecastResult
from accord.forecast.selection import CrossValidation, cross_validate
from accord.forecast.smp import SMPOptions, smp, smp_many
from accord.model.stakeholders import Stakeholders

__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "BacktestReport",
    "CategoricalForecast",
    "ChoiceCoefficients",
    "CrossValidation",
    "Distribution",
    "ExchangeOptions",
    "ForecastResult",
    "MonteCarloResult",
    "SMPOptions",
    "Stakeholders",
    "Uncertainty",
    "backtest",
    "cross_validate",
    "eum",
    "eum_many",
    "exchange",
    "exchange_many",
    "mean_forecast",
    "median_forecast",
    "monte_carlo",
    "position_choice",
    "position_choice_many",
    "run_many",
    "run_model",
    "smp",
    "smp_many",
    "vote_categorical",
    "weighted_mean",
    "weighted_median",
]
