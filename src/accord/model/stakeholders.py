"""The common input of every forecasting model: who holds which position, how hard, how much.

Spatial models of politics (Black 1948; Bueno de Mesquita 1994; Wise et al. 2015, KTAB) all
describe a group of stakeholders by three numbers per actor and issue: capability (clout),
position and salience.  :class:`Stakeholders` bundles them, checked once, so the models can
trust their arrays.  It lives with the model because readers (KTAB files, backtest tables)
build it and the forecasting models consume it; :func:`stakeholders_from_scenario` derives it
from a scenario's parties.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..errors import AccordInputError

if TYPE_CHECKING:  # the scenario's models (pydantic) load when a scenario is at hand
    from .problem import Problem
    from .scenario import Scenario

__all__ = [
    "CategoricalStakes",
    "LeftOut",
    "Stakeholders",
    "categorical_stakes",
    "forecast_issues",
    "in_issue_units",
    "option_scale",
    "Ranges",
    "stakeholder_ranges",
    "stakeholders_from_scenario",
]


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.array(a, dtype=float)  # always a private copy
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class Stakeholders:
    """Actors' capabilities, positions and saliences over ``d`` issues (dimensions).

    Parameters
    ----------
    names : sequence of str, length n
        Unique actor names.
    dimensions : sequence of str, length d
        Unique issue (dimension) names.
    capability : array_like, shape (n,)
        Positive clout of each actor (any positive unit; only ratios matter).
    position : array_like, shape (n, d)
        Each actor's advocated position per issue, on ``scale``.
    salience : array_like, shape (n, d)
        Share of attention each actor pays to each issue, in [0, 1].
    scale : tuple of float, optional
        ``(low, high)`` bounds of the position scale, KTAB's ``(0, 100)`` by default.  Models
        that need the unit interval (SMP) map positions through it.

    Raises
    ------
    ValueError
        On mismatched shapes, duplicate names, non-finite numbers, non-positive capability,
        salience outside [0, 1] or positions outside ``scale``.

    Examples
    --------
    >>> s = Stakeholders(["a", "b", "c"], ["tax"], [1, 2, 1], [[0], [50], [100]], [[1], [1], [1]])
    >>> s.n_actors, s.n_dimensions
    (3, 1)
    """

    names: tuple[str, ...]
    dimensions: tuple[str, ...]
    capability: np.ndarray
    position: np.ndarray
    salience: np.ndarray
    scale: tuple[float, float] = field(default=(0.0, 100.0))

    def __init__(
        self,
        names: Sequence[str],
        dimensions: Sequence[str],
        capability: Sequence[float] | np.ndarray,
        position: Sequence[Sequence[float]] | np.ndarray,
        salience: Sequence[Sequence[float]] | np.ndarray,
        scale: tuple[float, float] = (0.0, 100.0),
    ) -> None:
        names_t = tuple(str(x) for x in names)
        dims_t = tuple(str(x) for x in dimensions)
        cap = _frozen(capability)
        pos = _frozen(position)
        sal = _frozen(salience)
        lo, hi = float(scale[0]), float(scale[1])
        n, d = len(names_t), len(dims_t)
        if n < 1 or d < 1:
            raise ValueError("need at least one actor and one dimension")
        if len(set(names_t)) != n:
            raise ValueError("actor names must be unique")
        if len(set(dims_t)) != d:
            raise ValueError("dimension names must be unique")
        if cap.shape != (n,):
            raise ValueError(f"capability must have shape ({n},), got {cap.shape}")
        for label, arr in (("position", pos), ("salience", sal)):
            if arr.shape != (n, d):
                raise ValueError(f"{label} must have shape ({n}, {d}), got {arr.shape}")
        for label, arr in (("capability", cap), ("position", pos), ("salience", sal)):
            if not np.all(np.isfinite(arr)):
                raise ValueError(f"{label} must be finite")
        if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
            raise ValueError(f"scale must be two finite numbers low < high, got {scale}")
        if np.any(cap <= 0):
            raise ValueError("capability must be positive")
        if np.any((sal < 0) | (sal > 1)):
            raise ValueError("salience must lie in [0, 1]")
        if np.any((pos < lo) | (pos > hi)):
            raise ValueError(f"positions must lie within the scale [{lo}, {hi}]")
        object.__setattr__(self, "names", names_t)
        object.__setattr__(self, "dimensions", dims_t)
        object.__setattr__(self, "capability", cap)
        object.__setattr__(self, "position", pos)
        object.__setattr__(self, "salience", sal)
        object.__setattr__(self, "scale", (lo, hi))

    @property
    def n_actors(self) -> int:
        """Number of actors ``n``."""
        return len(self.names)

    @property
    def n_dimensions(self) -> int:
        """Number of issues ``d``."""
        return len(self.dimensions)

    def unit_position(self) -> np.ndarray:
        """Positions mapped onto [0, 1] through ``scale`` (KTAB works on this scale)."""
        lo, hi = self.scale
        if lo == 0.0:
            return self.position / hi  # bit-identical to KTAB's ``pos / 100``
        return (self.position - lo) / (hi - lo)

    def from_unit(self, x: np.ndarray) -> np.ndarray:
        """Inverse of :meth:`unit_position`."""
        lo, hi = self.scale
        return lo + np.asarray(x) * (hi - lo)

    def replace(self, **changes: object) -> Stakeholders:
        """A copy with some fields replaced (validated again)."""
        kw: dict[str, object] = {
            "names": self.names,
            "dimensions": self.dimensions,
            "capability": self.capability,
            "position": self.position,
            "salience": self.salience,
            "scale": self.scale,
        }
        kw.update(changes)
        return Stakeholders(**kw)  # type: ignore[arg-type]


@dataclass(frozen=True)
class LeftOut:
    """An issue of the scenario that a forecast does not cover, and why."""

    issue: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"issue": self.issue, "reason": self.reason}


def _ranks_options(party, name: str) -> bool:
    """Whether a party says how it ranks the options of issue ``name``."""
    return name in party.positions or name in party.values


def forecast_issues(scenario: Scenario) -> tuple[list[str], tuple[LeftOut, ...]]:
    """The scenario's ordered issues that some party takes a position on, and every issue
    that no forecast covers, with the reason (nothing is dropped silently). Categorical
    issues that some party ranks (a position or a value table) are forecast by vote
    (:func:`categorical_stakes`), so they are not left out.

    Examples
    --------
    >>> from accord.io.yaml import parse_scenario
    >>> s = parse_scenario('''
    ... name: x
    ... issues: {tax: {type: integer, min: 0, max: 9}, flag: {type: categorical, values: [a, b]},
    ...          date: {type: integer, min: 0, max: 3}}
    ... parties:
    ...   p: {positions: {tax: 3, flag: a}, salience: {tax: 1, flag: 1}}
    ...   q: {positions: {tax: 5, flag: b}, salience: {tax: 1, flag: 1}}
    ... ''')
    >>> kept, left = forecast_issues(s)
    >>> kept, [x.issue for x in left]
    (['tax'], ['date'])
    """
    kept: list[str] = []
    left: list[LeftOut] = []
    parties = scenario.parties.values()
    utilities_only = any(p.utility_kind in ("additive", "hyperrectangle") and not p.positions
                         for p in parties)
    for name, issue in scenario.issues.items():
        ordered = issue.numeric() is not None
        if ordered and any(name in p.positions for p in parties):
            kept.append(name)
        elif not ordered and any(_ranks_options(p, name) for p in parties):
            continue
        else:
            why = "no party states a position on it"
            if not ordered:
                why = "no party states a position on it or values its options"
            elif utilities_only:
                why += " (the parties give utilities, not positions and saliences)"
            left.append(LeftOut(name, why))
    return kept, tuple(left)


@dataclass(frozen=True, eq=False)
class CategoricalStakes:
    """Who prefers which option of an unordered issue, and how much each one counts.

    ``weight`` is capability x salience per actor; ``utility`` (actors, options) each
    actor's value of each option: its value table when it gives one, otherwise 1 for its
    stated position and 0 for the rest.
    """

    issue: str
    options: tuple[str, ...]
    actors: tuple[str, ...]
    weight: np.ndarray
    utility: np.ndarray


def _scenario(scenario: Scenario | Problem) -> Scenario:
    """The scenario itself, or the one a compiled problem came from.

    Its modules are imported here, not with this one: Stakeholders read from a table
    (``accord backtest``) need none of the scenario's pydantic models.
    """
    from .problem import Problem

    return scenario.scenario if isinstance(scenario, Problem) else scenario


def categorical_stakes(scenario: Scenario | Problem) -> tuple[CategoricalStakes, ...]:
    """The categorical issues some party ranks, with every such party (any role).

    A party's salience on the issue is its stated ``salience``, else its ``weights`` entry
    (GENIUS profiles give weights, not saliences), else 0; its capability is its
    ``capability`` (1 unless stated).
    """
    scenario = _scenario(scenario)
    out = []
    for name, issue in scenario.issues.items():
        if issue.numeric() is not None:
            continue
        keys = [k for k, p in scenario.parties.items() if _ranks_options(p, name)]
        if not keys:
            continue
        options = tuple(str(o) for o in issue.options)
        utility = np.zeros((len(keys), len(options)))
        weight = np.zeros(len(keys))
        for i, key in enumerate(keys):
            party = scenario.parties[key]
            if name in party.values:
                utility[i] = party.values[name].table_for(issue)
            else:
                utility[i, issue.index_of(party.positions[name])] = 1.0
            sal = party.salience.get(name, party.weights.get(name, 0.0))
            weight[i] = party.capability * sal
        out.append(CategoricalStakes(name, options,
                                     tuple(scenario.display_name(k) for k in keys),
                                     weight, utility))
    return tuple(out)


def in_issue_units(scenario: Scenario, issue: str, x: float) -> float | str:
    """A position on the forecasting scale 0-100 on the issue's own scale: the nearest
    option of an ordinal issue, a number on an integer or continuous one (the inverse of
    the mapping :func:`stakeholders_from_scenario` applies)."""
    spec = scenario.issues[issue]
    values = spec.numeric()
    lo, hi = float(values.min()), float(values.max())
    value = lo + float(x) / 100.0 * (hi - lo)
    if spec.type == "ordinal":
        return str(spec.options[int(np.clip(np.floor(value + 0.5), 0, len(values) - 1))])
    return value


def option_scale(scenario: Scenario, issue: str) -> tuple[tuple[float, str], ...]:
    """Where each option of an ordinal issue lies on the forecasting scale 0-100, with its
    name (what a chart labels the scale with); empty for other issues."""
    spec = scenario.issues[issue]
    if spec.type != "ordinal":
        return ()
    return tuple((float(_to_scale(scenario, issue, x)), str(option))
                 for x, option in zip(spec.numeric(), spec.options, strict=True))


def _grouped(left: tuple[LeftOut, ...], shown: int = 4) -> str:
    """``a, b: reason; c: other reason``, at most ``shown`` names per reason."""
    by_reason: dict[str, list[str]] = {}
    for x in left:
        by_reason.setdefault(x.reason, []).append(x.issue)
    parts = []
    for reason, names in by_reason.items():
        more = f" and {len(names) - shown} more" if len(names) > shown else ""
        parts.append(f"{', '.join(names[:shown])}{more}: {reason}")
    return "; ".join(parts)


def _forecast_actors(scenario: Scenario) -> list[str]:
    """The parties (any role) that forecasting counts: those with positions and saliences."""
    return [k for k, p in scenario.parties.items() if p.positions and p.salience]


def _stated(scenario: Scenario, dim: str, raw: float | str) -> float:
    """A stated position as a number on the issue's own scale."""
    issue = scenario.issues[dim]
    return float(issue.numeric()[issue.index_of(raw)]) if isinstance(raw, str) else float(raw)


def _to_scale(scenario: Scenario, dim: str, value: np.ndarray | float) -> np.ndarray | float:
    """Issue units onto the forecasting scale 0-100."""
    x = scenario.issues[dim].numeric()
    span = float(x.max() - x.min()) or 1.0
    return 100.0 * (value - float(x.min())) / span


@dataclass(frozen=True, eq=False)
class Ranges:
    """Where each element of one forecasting input may lie: ``low``, ``mode`` (the stated
    value unless declared otherwise), ``high`` and whether it is triangular (else uniform);
    elements without a declaration have ``low == high``."""

    low: np.ndarray
    mode: np.ndarray
    high: np.ndarray
    triangular: np.ndarray

    @property
    def declared(self) -> bool:
        return bool(np.any(self.high > self.low))


def stakeholder_ranges(scenario: Scenario | Problem,
                       stakeholders: Stakeholders) -> tuple[Ranges, Ranges, Ranges]:
    """Capability (n,), position (n, d; on 0-100) and salience (n, d) ranges of
    ``stakeholders`` (as :func:`stakeholders_from_scenario` built them) from the scenario's
    ``uncertainty`` declarations (:mod:`accord.model.uncertainty`): a party's own ranges
    first, then the scenario-wide ones, which cover every stakeholder here. A range for a
    position the party does not state is ignored; saliences are rescaled as the stated ones
    were (to a sum of at most 1).

    Raises
    ------
    ScenarioError
        When a range leaves its parameter's domain or misses the stated value.
    """
    scenario = _scenario(scenario)
    cap, pos, sal = (_Table(stakeholders.capability), _Table(stakeholders.position),
                     _Table(stakeholders.salience))
    from .uncertainty import Uncertainty, _find

    default = scenario.uncertainty or Uncertainty()
    for i, key in enumerate(_forecast_actors(scenario)):
        party = scenario.parties[key]
        bases = ((("parties", key, "uncertainty"), party.uncertainty or Uncertainty()),
                 (("uncertainty",), default))
        cap.put((i,), _find(bases, "capability"), party.capability, 0.0, np.inf)
        stated = sum(party.salience.get(dim, 0.0) for dim in stakeholders.dimensions)
        factor = 1.0 / stated if stated > 1 else 1.0
        for j, dim in enumerate(stakeholders.dimensions):
            if dim not in party.positions:
                continue
            x = scenario.issues[dim].numeric()
            pos.put((i, j), _find(bases, "position", dim),
                    _stated(scenario, dim, party.positions[dim]), float(x.min()),
                    float(x.max()), lambda v, dim=dim: _to_scale(scenario, dim, v))
            sal.put((i, j), _find(bases, "salience", dim), party.salience.get(dim, 0.0), 0.0,
                    1.0, lambda v, f=factor: v * f)
    return cap.ranges(), pos.ranges(), sal.ranges()


class _Table:
    """Ranges of one input being filled in, element by element."""

    def __init__(self, stated: np.ndarray) -> None:
        self.low, self.mode, self.high = (np.array(stated, dtype=float) for _ in range(3))
        self.triangular = np.zeros(np.shape(stated), dtype=bool)

    def put(self, where: tuple, found, point: float, lower: float, upper: float,
            to=lambda v: v) -> None:
        if found is None:
            return
        spec, path = found
        try:
            low, mode, high = spec.bounds(point, lower, upper)
        except ValueError as err:
            from .scenario import ScenarioError

            raise ScenarioError(path, str(err)) from None
        self.low[where], self.mode[where], self.high[where] = to(low), to(mode), to(high)
        self.triangular[where] = spec.distribution == "triangular"

    def ranges(self) -> Ranges:
        return Ranges(self.low, self.mode, self.high, self.triangular)


def stakeholders_from_scenario(
    scenario: Scenario | Problem, *, source: str | Path | None = None
) -> Stakeholders:
    """The scenario's parties (any role) that hold a position, on a 0-100 scale.

    ``scenario`` may be a compiled :class:`~accord.model.problem.Problem`: the stakeholders
    then come from the scenario it was compiled from.

    Dimensions are the ordered issues (ordinal, integer, continuous) on which at least one
    party states a position; the others (categorical issues, issues nobody takes a position
    on) are listed with the reason by :func:`forecast_issues`. Positions map linearly from
    the issue's scale onto 0-100 (an ordinal issue's first option is 0, its last 100). A
    party's saliences are divided by their sum when that exceeds 1 (SMP's budget of
    attention); a party without a position on a dimension gets the mean position there with
    salience 0.
    """
    scenario = _scenario(scenario)
    dims, left = forecast_issues(scenario)
    actors = _forecast_actors(scenario)
    if not dims or len(actors) < 2:
        raise AccordInputError(
            "forecasting needs at least two parties with positions and salience on an "
            "ordered issue" + (f"; left out: {_grouped(left)}" if left else ""),
            file=source,
        )
    position = np.full((len(actors), len(dims)), np.nan)
    salience = np.zeros((len(actors), len(dims)))
    for i, key in enumerate(actors):
        party = scenario.parties[key]
        for j, dim in enumerate(dims):
            if dim not in party.positions:
                continue
            position[i, j] = _to_scale(scenario, dim, _stated(scenario, dim, party.positions[dim]))
            salience[i, j] = party.salience.get(dim, 0.0)
        total = salience[i].sum()
        if total > 1:
            salience[i] /= total
    column_mean = np.nanmean(position, axis=0)
    position = np.where(np.isnan(position), column_mean[None, :], position)
    capability = [scenario.parties[k].capability for k in actors]
    if min(capability) <= 0:
        bad = actors[int(np.argmin(capability))]
        raise AccordInputError(
            "capability must be > 0 for forecasting", file=source,
            field=f"parties.{bad}.capability",
        )
    return Stakeholders(
        [scenario.display_name(k) for k in actors], dims, capability, position, salience
    )
