"""The whole analysis under uncertainty in one call: ``accord analyze --robust``."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...model import Scenario, uncertain_parameters
from ...model.problem import Problem, as_problem
from .concessions import Bridge, OutsideChange, bridges, outside_changes
from .deferral import MAX_DEFERRED, Deferral, deferrals
from .draws import draws_at, point_values
from .engine import BLOCK_CELLS, Evaluation, all_packages, evaluate
from .montecarlo import MonteCarlo, monte_carlo
from .sensitivity import Flip, sensitivity

__all__ = ["RobustAnalysis", "robust_analysis"]

DEFERRAL_DRAWS = 2_000
"""Draws (the first of the Monte Carlo's, so every agenda meets the same draws) behind
each deferral's P(ZOPA)."""


@dataclass(frozen=True)
class RobustAnalysis:
    """Monte Carlo, sensitivity, deferrals, bridging packages and outside changes."""

    problem: Problem
    monte_carlo: MonteCarlo
    point: Evaluation
    sensitivity: tuple[Flip, ...]
    deferrals: tuple[Deferral, ...]
    deferral_draws: int
    bridges: tuple[Bridge, ...]
    outside_changes: tuple[OutsideChange, ...]

    @property
    def deferral_baseline(self) -> float:
        """P(ZOPA) with nothing deferred, over the draws the deferrals were evaluated on."""
        n = self.deferral_draws or self.monte_carlo.n_draws
        return float(self.monte_carlo.evaluation.zopa[:n].mean())

    @property
    def zopa_at_stated_values(self) -> bool:
        return bool(self.point.zopa[0])

    def to_dict(self) -> dict:
        """The ``"robust"`` object of ``accord analyze --robust --json`` (docs/robust.md)."""
        problem, mc = self.problem, self.monte_carlo
        space, parties = problem.space, problem.parties

        def outcome(index: int) -> dict:
            return space.outcome(int(index))

        accepted = np.flatnonzero(mc.evaluation.accepted)
        return {
            "draws": mc.n_draws if mc.uncertain else 0,
            "seed": mc.seed,
            "uncertain_parameters": [p.to_dict() for p in mc.params],
            "p_zopa": mc.p_zopa,
            "p_zopa_interval": list(mc.p_zopa_interval),
            "zopa_at_stated_values": self.zopa_at_stated_values,
            "margin": {
                "stated": float(self.point.margin[0]),
                "mean": mc.margin_mean,
                "p5": mc.margin_p5,
            },
            "packages": [
                {
                    "outcome": p.view.outcome,
                    "index": p.index,
                    "p_accept_all": p.p_accept_all,
                    "utilities": p.utilities.tolist(),
                    "stated_utilities": list(p.view.utilities),
                    "favours": {k: list(v) for k, v in p.view.favours.items()},
                    "nash_share": p.nash_share,
                }
                for p in mc.packages
            ],
            "nash": [
                {"outcome": outcome(i), "index": i, "share": share} for i, share in mc.nash[:10]
            ],
            "p_accept_all": {
                "index": accepted.tolist(),
                "p": (mc.evaluation.accepted[accepted] / mc.n_draws).tolist(),
            },
            "sensitivity": [
                {
                    "party": f.param.party,
                    "parameter": f.param.name,
                    "value": f.param.point,
                    "low": f.param.low,
                    "high": f.param.high,
                    "flips_at": f.flips_at,
                    "direction": f.direction,
                    "effect": f.effect,
                    "within_range": f.within_range,
                    "nash_after": None if f.nash_after < 0 else outcome(f.nash_after),
                    "margin_low": f.margin_low,
                    "margin_high": f.margin_high,
                }
                for f in self.sensitivity
            ],
            "deferral_baseline_p_zopa": self.deferral_baseline,
            "deferrals": [
                {
                    "defer": list(f.defer),
                    "p_zopa": f.p_zopa,
                    "p_zopa_interval": None if f.p_zopa_interval is None
                    else list(f.p_zopa_interval),
                    "draws": self.deferral_draws if f.p_zopa is not None else 0,
                    "opens_zopa": f.opens_zopa,
                    "margin": f.margin,
                    "package": f.settle,
                    "utilities": list(f.utilities),
                }
                for f in self.deferrals
            ],
            "concessions": [
                {
                    "outcome": outcome(b.index),
                    "index": b.index,
                    "utilities": list(b.utilities),
                    "concede": dict(zip(parties, b.concede)),
                    "total": b.total,
                    "p_accept_all": b.p_accept_all,
                }
                for b in self.bridges
            ],
            "outside_changes": [
                {
                    "party": c.party,
                    "walk_away": c.walk_away,
                    "shift": c.shift,
                    "to": None if c.walk_away is None or c.shift is None
                    else c.walk_away - c.shift,
                    "shift_p50": c.shift_p50,
                    "shift_p90": c.shift_p90,
                }
                for c in self.outside_changes
            ],
        }


def robust_analysis(
    source: Scenario | Problem,
    *,
    draws: int = 10_000,
    seed: int = 0,
    top: int = 5,
    jobs: int = 1,
    deferral_draws: int = DEFERRAL_DRAWS,
    max_deferred: int = MAX_DEFERRED,
    block_cells: int = BLOCK_CELLS,
) -> RobustAnalysis:
    """Everything ``accord analyze --robust`` reports, from the scenario's declared
    uncertainty (see :func:`accord.model.uncertain_parameters`; for a scenario without
    declarations, :func:`accord.model.uncertainty.with_spread` adds some).

    The same ``seed`` gives the same result, bit for bit, whatever ``jobs``.
    """
    problem = as_problem(source)
    params = uncertain_parameters(problem.scenario)
    options = {"jobs": jobs, "block_cells": block_cells}
    mc = monte_carlo(problem, params, draws=draws, seed=seed, top=top, **options)
    point = evaluate(all_packages(problem), draws_at(problem, params, point_values(params)),
                     **options)
    first = mc.sample.rows(slice(0, min(deferral_draws, draws))) if params else None
    return RobustAnalysis(
        problem=problem,
        monte_carlo=mc,
        point=point,
        sensitivity=sensitivity(problem, params, **options),
        deferrals=deferrals(problem, first, max_deferred=max_deferred, **options),
        deferral_draws=0 if first is None else first.n,
        bridges=bridges(problem, mc.p_accept, top=top),
        outside_changes=outside_changes(problem, point, mc.evaluation if params else None),
    )
