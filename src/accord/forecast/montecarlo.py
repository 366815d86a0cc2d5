"""Monte Carlo forecasts: run a model on many draws of uncertain inputs.

Stakeholder data are estimates; drawing capabilities, positions and saliences from ranges
and re-running a model gives each issue's outcome distribution.  Run ``i`` always uses the
``i``-th child of ``numpy.random.SeedSequence(seed)``, so a seed gives the same result for any
number of worker processes.  Ctrl-C stops the workers at once and keeps the finished runs
(:class:`~accord.errors.Interrupted` carries their partial result).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np

from accord.errors import Interrupted
from accord.forecast.baselines import mean_forecast, median_forecast
from accord.forecast.choice import position_choice, position_choice_many
from accord.forecast.eum import eum
from accord.forecast.exchange import EXCHANGE_MODELS, exchange, exchange_many
from accord.forecast.result import ForecastResult
from accord.forecast.smp import SMPOptions, smp
from accord.model.stakeholders import Ranges, Stakeholders, stakeholder_ranges
from accord.seeding import generator, spawn_seeds
from accord.workers import WorkerPool

__all__ = ["DEFAULT_MODEL", "DEFAULT_SPREADS", "Distribution", "MODELS", "MonteCarloResult",
           "Uncertainty", "monte_carlo", "run_model", "run_uncertainty"]

MODELS = ("smp", "eum", "mean", "median", *EXCHANGE_MODELS, "choice")
#: The model ``forecast`` runs and ``backtest`` names when none is asked for: the position
#: choice (``accord.forecast.choice``), chosen by nested cross-validation over proposals on
#: the DEU development half (``docs/forecast.md``, "Which model"): 10 % below the
#: capability x salience weighted mean's error on held-out proposals.
DEFAULT_MODEL = "choice"
#: What Monte Carlo runs draw when no spread is given and no uncertainty is declared:
#: positions +-5 (on the 0-100 scale), saliences +-0.05, capabilities +-10 %.
DEFAULT_SPREADS = {"position": 5.0, "salience": 0.05, "capability": 0.1}


def run_model(
    model: str, stakeholders: Stakeholders, options: SMPOptions | None = None,
    seed: int | np.random.Generator | None = None,
) -> ForecastResult:
    """Run one of :data:`MODELS` on ``stakeholders`` (``options`` are SMP's; ``seed`` feeds
    stochastic SMP and the random-rate exchange model)."""
    if model == "smp":
        return smp(stakeholders, options, seed=seed)
    if model == "eum":
        return eum(stakeholders)
    if model in EXCHANGE_MODELS:
        return exchange(stakeholders, EXCHANGE_MODELS[model], seed=seed)
    if model == "mean":
        return mean_forecast(stakeholders)
    if model == "median":
        return median_forecast(stakeholders)
    if model == "choice":
        return position_choice(stakeholders)
    raise ValueError(f"unknown model {model!r}; expected one of {', '.join(MODELS)}")


class Distribution(StrEnum):
    """Shape of each input's distribution between its bounds."""

    UNIFORM = "uniform"
    TRIANGULAR = "triangular"  # mode at the nominal value


@dataclass(frozen=True, eq=False)
class Uncertainty:
    """Bounds of each uncertain input; ``None`` keeps that input fixed.

    ``capability`` is an (n, 2) array of (low, high); ``position`` and ``salience`` are
    (n, d, 2).  Each may instead be :class:`~accord.model.stakeholders.Ranges`, element by
    element (low, mode, high, uniform or triangular), as a scenario declares them
    (:meth:`declared`).  Draws are clipped to the valid ranges (positions to the scale,
    saliences to [0, 1], capabilities above 0); for SMP a row of saliences summing above 1
    is rescaled.
    """

    capability: np.ndarray | Ranges | None = None
    position: np.ndarray | Ranges | None = None
    salience: np.ndarray | Ranges | None = None
    distribution: Distribution = Distribution.UNIFORM

    @classmethod
    def declared(cls, capability: Ranges, position: Ranges, salience: Ranges) -> Uncertainty:
        """The scenario's own declarations (``accord.model.stakeholders.stakeholder_ranges``);
        inputs without any range stay fixed."""
        return cls(*(r if r.declared else None for r in (capability, position, salience)))

    @property
    def empty(self) -> bool:
        return self.capability is None and self.position is None and self.salience is None

    @classmethod
    def spread(
        cls, stakeholders: Stakeholders, *, position: float = 0.0, salience: float = 0.0,
        capability: float = 0.0, distribution: Distribution = Distribution.UNIFORM,
    ) -> Uncertainty:
        """Symmetric bounds: ``position`` and ``salience`` in absolute units, ``capability``
        as a fraction of each capability (0.1 = +-10 %).

        Each spread is at least 0 and at most the width of its range (the position scale;
        1 for saliences and for the relative capability spread): wider bands only pile draws
        on the clipped ends.
        """
        lo, hi = stakeholders.scale
        for name, value, top in (
            ("position", position, hi - lo), ("salience", salience, 1.0),
            ("capability", capability, 1.0),
        ):
            if not 0 <= value <= top:
                raise ValueError(f"{name} spread must be in [0, {top:g}], not {value:g}")

        def band(x: np.ndarray, h: np.ndarray | float) -> np.ndarray:
            return np.stack([x - h, x + h], axis=-1)

        cap = stakeholders.capability
        return cls(
            capability=band(cap, capability * cap) if capability else None,
            position=band(stakeholders.position, position) if position else None,
            salience=band(stakeholders.salience, salience) if salience else None,
            distribution=distribution,
        )

    def sample(self, s: Stakeholders, rng: np.random.Generator) -> Stakeholders:
        """One draw of the stakeholders."""

        def draw(nominal: np.ndarray, bounds: np.ndarray | Ranges | None) -> np.ndarray:
            if bounds is None:
                return nominal
            if isinstance(bounds, Ranges):
                from accord.model.uncertainty import inverse_cdf  # with the scenario's models

                return inverse_cdf(rng.random(nominal.shape), bounds.low, bounds.mode,
                                   bounds.high, bounds.triangular)
            lo, hi = bounds[..., 0], bounds[..., 1]
            if self.distribution is Distribution.TRIANGULAR:
                mode = np.clip(nominal, lo, hi)
                u = rng.random(nominal.shape)
                width = np.where(hi > lo, hi - lo, 1.0)
                f = (mode - lo) / width
                left = lo + np.sqrt(u * (hi - lo) * (mode - lo))
                right = hi - np.sqrt((1 - u) * (hi - lo) * (hi - mode))
                return np.where(u < f, left, right)
            return lo + (hi - lo) * rng.random(nominal.shape)

        cap = np.maximum(draw(s.capability, self.capability), 1e-12 * s.capability.max())
        pos = np.clip(draw(s.position, self.position), *s.scale)
        sal = np.clip(draw(s.salience, self.salience), 0.0, 1.0)
        return s.replace(capability=cap, position=pos, salience=sal)


@dataclass(frozen=True, eq=False)
class MonteCarloResult:
    """Forecast distribution per issue over ``runs`` draws.

    ``requested`` is the number of runs asked for; fewer were finished (``partial``) when
    the work was interrupted, and then ``forecasts`` holds the finished runs in run order.
    """

    model: str
    dimensions: tuple[str, ...]
    forecasts: np.ndarray  # (runs, d)
    quantile_levels: tuple[float, ...]
    quantiles: np.ndarray  # (len(levels), d)
    requested: int | None = None

    @property
    def runs(self) -> int:
        return int(self.forecasts.shape[0])

    @property
    def partial(self) -> bool:
        return self.requested is not None and self.runs < self.requested

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary: mean, standard deviation and quantiles per dimension."""
        return {
            "model": self.model,
            "runs": self.runs,
            "requested_runs": self.runs if self.requested is None else self.requested,
            "partial": self.partial,
            "mean": {d: float(v) for d, v in zip(self.dimensions, self.forecasts.mean(axis=0),
                                                  strict=True)},
            "std": {d: float(v) for d, v in zip(self.dimensions, self.forecasts.std(axis=0),
                                                 strict=True)},
            "quantiles": {
                d: {f"{100 * q:g}": float(self.quantiles[i, k])
                    for i, q in enumerate(self.quantile_levels)}
                for k, d in enumerate(self.dimensions)
            },
        }


def _fix_salience(s: Stakeholders) -> Stakeholders:
    tot = s.salience.sum(axis=1, keepdims=True)
    if np.all(tot <= 1.0) and np.all(tot > 0):
        return s
    sal = np.where(tot > 1.0, s.salience / np.where(tot > 0, tot, 1.0), s.salience)
    sal = np.where(sal.sum(axis=1, keepdims=True) > 0, sal, 1.0 / s.n_dimensions)
    return s.replace(salience=sal)


#: Models that run a chunk's draws in lockstep, with exactly the results of one at a time
#: (their runs draw nothing after the inputs): about 7 times less CPU for the position choice.
_BATCHED = {"choice": position_choice_many,
            "exchange": lambda runs: exchange_many(runs, EXCHANGE_MODELS["exchange"])}


def _runs(args: tuple) -> np.ndarray:
    model, stakeholders, uncertainty, options, seeds = args
    if model in _BATCHED:
        draws = [uncertainty.sample(stakeholders, generator(ss)) for ss in seeds]
        return np.array([r.forecast for r in _BATCHED[model](draws)])
    out = []
    for ss in seeds:
        rng = generator(ss)
        draw = uncertainty.sample(stakeholders, rng)
        if model == "smp":
            draw = _fix_salience(draw)
        out.append(run_model(model, draw, options, seed=rng).forecast)
    return np.array(out)


_CHUNK = 10  # runs per task: a stop loses at most this many per worker
_WORKER: dict[str, tuple] = {}  # a worker process's problem: model, stakeholders, ...


def _start_worker(problem: tuple) -> None:
    _WORKER["problem"] = problem


def _chunk_in_worker(chunk: tuple[int, list]) -> tuple[int, np.ndarray]:
    start, seeds = chunk
    return start, _runs((*_WORKER["problem"], seeds))


def run_uncertainty(
    stakeholders: Stakeholders, scenario: Any = None, *, position: float | None = None,
    salience: float | None = None, capability: float | None = None,
) -> tuple[Uncertainty, str]:
    """What Monte Carlo runs draw, and a phrase saying so: the spreads given, else the
    scenario's own uncertainty declarations, else :data:`DEFAULT_SPREADS`."""
    given = {"position": position, "salience": salience, "capability": capability}
    if all(x is None for x in given.values()) and scenario is not None:
        declared = Uncertainty.declared(*stakeholder_ranges(scenario, stakeholders))
        if not declared.empty:
            return declared, "the scenario's uncertainty declarations"
    p, s, c = (DEFAULT_SPREADS[k] if x is None else x for k, x in given.items())
    unc = Uncertainty.spread(stakeholders, position=p, salience=s, capability=c)
    return unc, (f"spreads: positions +-{p:g}, saliences +-{s:g}, capabilities "
                 f"+-{100 * c:g}%")

def monte_carlo(
    stakeholders: Stakeholders,
    uncertainty: Uncertainty,
    *,
    model: str = DEFAULT_MODEL,
    runs: int = 100,
    seed: int = 0,
    jobs: int = 1,
    options: SMPOptions | None = None,
    quantiles: Sequence[float] = (0.05, 0.5, 0.95),
    progress: Callable[[int, int], None] | None = None,
) -> MonteCarloResult:
    """Forecast distribution of ``model`` over ``runs`` draws of the uncertain inputs.

    Parameters
    ----------
    jobs : int
        Worker processes; 1 runs in this process.  The result does not depend on it.
    progress : callable, optional
        Called as ``progress(done, total)`` with the number of finished runs, at the start
        and as runs finish (in chunks of at most ten).

    Raises
    ------
    Interrupted
        On Ctrl-C: the workers are stopped; ``partial`` is the result over the finished
        runs (``None`` when none finished).

    Examples
    --------
    >>> s = Stakeholders(["a", "b", "c"], ["x"], [1, 1, 1], [[20], [50], [80]],
    ...                  [[1], [1], [1]])
    >>> mc = monte_carlo(s, Uncertainty.spread(s, position=10), model="mean", runs=50)
    >>> bool(40 < mc.quantiles[1, 0] < 60)
    True
    """
    if model not in MODELS:
        raise ValueError(f"unknown model {model!r}; expected one of {', '.join(MODELS)}")
    if runs < 1 or jobs < 1:
        raise ValueError("runs and jobs must be at least 1")
    children = spawn_seeds(seed, runs)
    size = min(_CHUNK, math.ceil(runs / (8 * jobs)))
    chunks = [(start, children[start:start + size]) for start in range(0, runs, size)]
    problem = (model, stakeholders, uncertainty, options)
    forecasts = np.empty((runs, stakeholders.n_dimensions))
    finished = np.zeros(runs, dtype=bool)
    levels = tuple(float(q) for q in quantiles)

    def result(rows: np.ndarray) -> MonteCarloResult:
        return MonteCarloResult(model, stakeholders.dimensions, rows, levels,
                                np.quantile(rows, levels, axis=0), requested=runs)

    done = 0

    def keep(chunk: tuple[int, np.ndarray]) -> None:
        nonlocal done
        start, part = chunk
        forecasts[start:start + len(part)] = part
        finished[start:start + len(part)] = True
        done += len(part)
        if progress is not None:
            progress(done, runs)

    try:
        if progress is not None:
            progress(0, runs)
        _execute(chunks, problem, min(jobs, len(chunks)), keep)
    except KeyboardInterrupt:
        done = int(finished.sum())
        raise Interrupted(done, runs, result(forecasts[finished]) if done else None) from None
    return result(forecasts)


def _execute(chunks: list, problem: tuple, jobs: int, keep) -> None:
    """``keep((start, forecasts))`` for each chunk of runs as it finishes; on Ctrl-C, the
    chunks finished in workers are kept before the interruption goes on."""
    if jobs == 1:
        for start, seeds in chunks:
            keep((start, _runs((*problem, seeds))))
        return
    with WorkerPool(jobs, _start_worker, (problem,)) as pool:
        pool.map_unordered(_chunk_in_worker, chunks, keep)
