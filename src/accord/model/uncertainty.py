"""How sure the analyst is: ranges and distributions around a scenario's judgement calls.

Walk-away values, issue weights and value-table entries are an analyst's reading of public
statements. A scenario may say how far each could be off, per party or scenario-wide:

```yaml
uncertainty:                     # scenario-wide default, for every negotiating party
  reservation_value: ±0.1        # absolute: the stated value plus or minus 0.1
  weights: 30%                   # relative: each weight within 30% of the stated one
parties:
  israel:
    uncertainty:                 # overrides the default, parameter by parameter
      reservation_value: 0.55..0.75 triangular   # from low and high; peak at the stated value
      weights: {ceasefire: 20%, governance: {low: 0.1, high: 0.3}}
      values: {ceasefire: {phased_toward_permanent: ±0.15}, guarantees: 10%}
```

For forecasting, the same syntax says how far a stakeholder's ``position`` (in the issue's own
units), ``salience`` (each one range or one per issue) and ``capability`` may be off; a
scenario-wide declaration covers every stakeholder with positions, mediators included:

```yaml
parties:
  egypt:
    uncertainty: {position: {withdrawal: ±1}, salience: ±0.1, capability: 20%}
```

A range is written as a short text (``30%``, ``±0.1`` or ``+-0.1``, ``0.5..0.7``, each
optionally followed by ``uniform`` or ``triangular``) or as a mapping (``low``/``high``,
``spread`` or ``plus_minus``, with ``distribution`` and, for a triangle, ``mode``). Every
range contains the stated value; a triangle peaks there unless ``mode`` says otherwise.
Relative and absolute spreads are cut to what the parameter can be (walk-away values and
table entries lie in [0, 1], weights are non-negative).

:func:`uncertain_parameters` turns the declarations into a flat, ordered list of
:class:`UncertainParameter`; :func:`inverse_cdf` maps uniform numbers onto them, so every
layer that draws (the robust analysis, forecasts) draws the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

if TYPE_CHECKING:
    from .scenario import Scenario

__all__ = [
    "Range",
    "Uncertainty",
    "UncertainParameter",
    "inverse_cdf",
    "uncertain_parameters",
    "with_spread",
]

Distribution = Literal["uniform", "triangular"]
ParameterKind = Literal["reservation_value", "weight", "value"]

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_SHORT = re.compile(
    rf"^\s*(?:(?P<pct>{_NUMBER})\s*%|(?:±|\+-|\+/-)\s*(?P<pm>{_NUMBER})"
    rf"|(?P<low>{_NUMBER})\s*\.\.\s*(?P<high>{_NUMBER}))"
    r"\s*(?P<dist>uniform|triangular)?\s*$"
)
SHORT_EXAMPLES = ["30%", "±0.1", "+-0.1", "0.5..0.7", "0.5..0.7 triangular"]
_RANGE_KEYS = frozenset({"low", "high", "spread", "plus_minus", "distribution", "mode"})
_NUMERIC_KEYS = _RANGE_KEYS - {"distribution"}


class Range(BaseModel):
    """One uncertain number: where it may lie around its stated value, and how likely.

    Exactly one of ``low`` and ``high`` (both), ``spread`` (relative half-width: 0.3 means
    within 30% of the stated value) or ``plus_minus`` (absolute half-width). Draws are
    uniform over the range or triangular with the peak at ``mode`` (default: the stated
    value).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    low: float | None = None
    high: float | None = None
    spread: Annotated[float, Field(ge=0)] | None = None
    plus_minus: Annotated[float, Field(ge=0)] | None = None
    distribution: Distribution = "uniform"
    mode: float | None = None

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema, handler):
        """The short text form is a valid range too: a string with its pattern."""
        schema = handler.resolve_ref_schema(handler(core_schema))
        pattern = re.sub(r"\(\?P<\w+>", "(", _SHORT.pattern)  # ECMA-262: no named groups
        text = {"type": "string", "pattern": pattern, "examples": SHORT_EXAMPLES}
        return {"anyOf": [text, {k: v for k, v in schema.items()}]}

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: object) -> object:
        """``"30%"``, ``"±0.1"``, ``"0.5..0.7 triangular"`` are ranges too."""
        if not isinstance(data, str):
            return data
        match = _SHORT.match(data)
        if match is None:
            raise ValueError(
                f"cannot read {data!r} as a range: write e.g. 30%, ±0.1 or 0.5..0.7, "
                "optionally followed by 'triangular'"
            )
        out: dict[str, Any] = {}
        if match["pct"] is not None:
            out["spread"] = float(match["pct"]) / 100
        elif match["pm"] is not None:
            out["plus_minus"] = float(match["pm"])
        else:
            out["low"], out["high"] = float(match["low"]), float(match["high"])
        if match["dist"]:
            out["distribution"] = match["dist"]
        return out

    @model_validator(mode="after")
    def _one_form(self) -> Range:
        forms = [
            self.low is not None or self.high is not None,
            self.spread is not None,
            self.plus_minus is not None,
        ]
        if sum(forms) != 1:
            raise ValueError("give one of: low and high, spread (relative), plus_minus")
        if forms[0]:
            if self.low is None or self.high is None:
                raise ValueError("give both low and high")
            if self.low > self.high:
                raise ValueError(f"low ({self.low}) is above high ({self.high})")
        if self.mode is not None and self.distribution != "triangular":
            raise ValueError("mode is the peak of a triangular distribution")
        for name in ("low", "high", "spread", "plus_minus", "mode"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                raise ValueError(f"{name} must be a finite number")
        return self

    def bounds(self, point: float, lower: float, upper: float) -> tuple[float, float, float]:
        """``(low, mode, high)`` around the stated value ``point`` within
        ``[lower, upper]``; raises ``ValueError`` when an explicit range breaks either."""
        if self.low is not None:
            low, high = float(self.low), float(self.high)
            if low < lower or high > upper:
                raise ValueError(f"range {low:g}..{high:g} leaves [{lower:g}, {upper:g}]")
            if not low <= point <= high:
                raise ValueError(
                    f"the stated value {point:g} lies outside the range {low:g}..{high:g}"
                )
        else:
            half = point * self.spread if self.spread is not None else self.plus_minus
            low, high = max(lower, point - half), min(upper, point + half)
        mode = point if self.mode is None else float(self.mode)
        if not low <= mode <= high:
            raise ValueError(f"mode {mode:g} lies outside the range {low:g}..{high:g}")
        return low, mode, high


def _one_or_each(value: object) -> str:
    """A text or a mapping of range fields with numbers (or nulls, as ``model_dump``
    writes them) is one range; else per key."""
    if isinstance(value, str | Range):
        return "one"
    if isinstance(value, Mapping) and value and set(value) <= _RANGE_KEYS:
        numbers = [value[k] for k in value if k in _NUMERIC_KEYS]
        if all(v is None or isinstance(v, int | float) and not isinstance(v, bool)
               for v in numbers):
            return "one"
    return "each"


PerIssue = Annotated[
    Annotated[Range, Tag("one")] | Annotated[dict[str, Range], Tag("each")],
    Discriminator(_one_or_each),
]
"""One range for every issue (or option), or one per issue (or option) named."""


class Uncertainty(BaseModel):
    """What a party's (or, scenario-wide, every negotiating party's) judgement calls may be.

    ``weights`` is one range for every weighted issue or one per issue; ``values`` is one
    range for every table entry, or per issue one range for its entries or one per option.
    ``position`` (issue units), ``salience`` (one range or one per issue) and ``capability``
    are what forecasts draw (:func:`accord.model.stakeholders.stakeholder_ranges`); the
    robust analysis does not use them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reservation_value: Range | None = None
    weights: PerIssue | None = None
    values: (
        Annotated[
            Annotated[Range, Tag("one")]
            | Annotated[dict[str, PerIssue], Tag("each")],
            Discriminator(_one_or_each),
        ]
        | None
    ) = None

    position: PerIssue | None = None
    salience: PerIssue | None = None
    capability: Range | None = None

    @property
    def empty(self) -> bool:
        """No declaration the robust analysis uses (walk-away value, weights, values)."""
        return self.reservation_value is None and self.weights is None and self.values is None


@dataclass(frozen=True)
class UncertainParameter:
    """One number a draw may change: a party's walk-away value, one of its issue weights
    (saliences, for ideal-point utilities) or one entry of a value table."""

    party: str
    kind: ParameterKind
    issue: str | None
    option: str | None
    point: float
    low: float
    mode: float
    high: float
    distribution: Distribution

    @property
    def name(self) -> str:
        """``reservation_value``, ``weights.ISSUE`` or ``values.ISSUE.OPTION``."""
        if self.kind == "reservation_value":
            return "reservation_value"
        if self.kind == "weight":
            return f"weights.{self.issue}"
        return f"values.{self.issue}.{self.option}"

    def to_dict(self) -> dict[str, object]:
        return {
            "party": self.party,
            "parameter": self.name,
            "value": self.point,
            "low": self.low,
            "mode": self.mode,
            "high": self.high,
            "distribution": self.distribution,
        }


def uncertain_parameters(scenario: Scenario) -> tuple[UncertainParameter, ...]:
    """Every parameter of the negotiating parties that the declarations let vary, in
    party order, then walk-away value, weights (issue order), table entries (issue and
    option order). A party's own ranges win over the scenario-wide ones; ranges of zero
    width are left out. (The scenario validator runs :func:`check_uncertainty`, so the
    declarations of a validated scenario always fit.)"""
    params = (p for key in scenario.negotiators for p in _party_parameters(scenario, key))
    return tuple(p for p in params if p.high > p.low)


def check_uncertainty(scenario: Scenario) -> None:
    """Raise :class:`~accord.model.scenario.ScenarioError` at the first declaration that
    names an unknown issue or option, applies to a utility without such a parameter, or
    gives a range that leaves the parameter's domain or misses its stated value."""
    from .scenario import ScenarioError

    declared = [(("uncertainty",), scenario.uncertainty)]
    declared += [
        (("parties", key, "uncertainty"), p.uncertainty)
        for key, p in scenario.parties.items()
        if p.uncertainty is not None
    ]
    for path, spec in declared:
        if spec is None:
            continue
        for field in ("weights", "values", "position", "salience"):
            items = getattr(spec, field)
            if isinstance(items, Mapping):
                for issue, per_option in items.items():
                    if issue not in scenario.issues:
                        raise ScenarioError((*path, field, issue), "unknown issue")
                    if isinstance(per_option, Mapping):
                        for option in per_option:
                            try:
                                scenario.issues[issue].index_of(option)
                            except KeyError as err:
                                raise ScenarioError(
                                    (*path, field, issue, option), str(err.args[0])
                                ) from None
        if isinstance(spec.position, Mapping):
            for issue in spec.position:
                if scenario.issues[issue].numeric() is None:
                    raise ScenarioError((*path, "position", issue),
                                        "a categorical issue has no scale to vary on")
    for key, party in scenario.parties.items():
        if party.uncertainty is None or party.uncertainty.empty:
            continue
        base = ("parties", key, "uncertainty")
        kind = party.utility_kind
        if party.uncertainty.weights is not None and kind not in ("additive", "spatial"):
            raise ScenarioError((*base, "weights"), f"a {kind} utility has no issue weights")
        if party.uncertainty.values is not None and kind != "additive":
            raise ScenarioError((*base, "values"), f"a {kind} utility has no value tables")
        if isinstance(party.uncertainty.weights, Mapping):
            for issue in party.uncertainty.weights:
                if kind == "additive" and issue not in party.values:
                    raise ScenarioError((*base, "weights", issue), "no values for this issue")
                if kind == "spatial" and issue not in party.positions:
                    raise ScenarioError((*base, "weights", issue), "no position on this issue")
        if isinstance(party.uncertainty.values, Mapping):
            for issue in party.uncertainty.values:
                if issue not in party.values:
                    raise ScenarioError((*base, "values", issue), "no values for this issue")
    for key in scenario.negotiators:
        try:
            _party_parameters(scenario, key)
        except _Misfit as err:
            raise ScenarioError(err.path, err.message) from None
    _check_forecast_ranges(scenario)


def _check_forecast_ranges(scenario: Scenario) -> None:
    """The forecasting ranges (position, salience, capability) of every party with positions
    fit their parameters: inside the issue's scale, [0, 1], above 0, around the stated value."""
    from .scenario import ScenarioError

    default = scenario.uncertainty or Uncertainty()
    for key, party in scenario.parties.items():
        if not party.positions:
            continue
        bases = ((("parties", key, "uncertainty"), party.uncertainty or Uncertainty()),
                 (("uncertainty",), default))
        checks = [(_find(bases, "capability"), party.capability, 0.0, math.inf)]
        for name, raw in party.positions.items():
            issue = scenario.issues.get(name)
            if issue is None or issue.numeric() is None:
                continue
            x = issue.numeric()
            point = float(x[issue.index_of(raw)]) if isinstance(raw, str) else float(raw)
            checks.append((_find(bases, "position", name), point, float(x.min()),
                           float(x.max())))
            checks.append((_find(bases, "salience", name), party.salience.get(name, 0.0),
                           0.0, 1.0))
        for found, point, lower, upper in checks:
            if found is None:
                continue
            try:
                found[0].bounds(point, lower, upper)
            except ValueError as err:
                raise ScenarioError(found[1], str(err)) from None


class _Misfit(ValueError):
    def __init__(self, path: tuple, message: str) -> None:
        self.path, self.message = path, message
        super().__init__(message)


def _party_parameters(scenario: Scenario, key: str) -> list[UncertainParameter]:
    party = scenario.parties[key]
    own = party.uncertainty or Uncertainty()
    default = scenario.uncertainty or Uncertainty()
    out: list[UncertainParameter] = []

    def add(kind, issue, option, point, found, lower, upper):
        spec, path = found
        try:
            low, mode, high = spec.bounds(point, lower, upper)
        except ValueError as err:
            raise _Misfit(path, str(err)) from None
        out.append(
            UncertainParameter(key, kind, issue, option, point, low, mode, high, spec.distribution)
        )

    bases = (("parties", key, "uncertainty"), own), (("uncertainty",), default)
    found = _find(bases, "reservation_value")
    if found is not None:
        add("reservation_value", None, None, party.reservation_value, found, 0.0, 1.0)
    kind = party.utility_kind
    if kind in ("additive", "spatial"):
        if kind == "additive":
            stated, upper = party.weights, math.inf
        else:
            stated = {i: s for i, s in party.salience.items() if i in party.positions}
            upper = 1.0
        for issue in scenario.issues:
            # a range for every weight covers the issues the party weighs; one named
            # for an issue covers it whatever its stated weight
            found = _find(bases, "weights", issue, every=stated.get(issue, 0.0) > 0)
            if found is not None:
                add("weight", issue, None, float(stated.get(issue, 0.0)), found, 0.0, upper)
    if kind == "additive":
        for name, issue in scenario.issues.items():
            if name not in party.values:
                continue
            table = party.values[name].table_for(issue)
            for o, (option, point) in enumerate(zip(issue.options, table)):
                found = _find(bases, "values", name, option=(o, issue))
                if found is not None:
                    add("value", name, str(option), float(point), found, 0.0, 1.0)
    return out


def _find(bases, field, issue=None, *, every=True, option=None):
    """The range that applies and where it was written: the party's own declaration
    first, then the scenario-wide one; the most specific entry of each."""
    for base, spec in bases:
        item = getattr(spec, field)
        path = (*base, field)
        if item is None:
            continue
        if isinstance(item, Range):
            if issue is None or every:
                return item, path
            continue
        if issue not in item:
            continue
        item, path = item[issue], (*path, issue)
        if option is None or isinstance(item, Range):
            return item, path
        index, of = option
        for name, range_ in item.items():
            if of.index_of(name) == index:
                return range_, (*path, name)
    return None


def with_spread(scenario: Scenario, spread: float) -> Scenario:
    """The scenario with every declaration replaced by one relative ``spread`` on every
    negotiating party's walk-away value and weights (``--spread``; 0 means certainty)."""
    if not math.isfinite(spread) or spread < 0:
        raise ValueError(f"spread must be a non-negative number, not {spread}")
    default = (
        Uncertainty(reservation_value=Range(spread=spread), weights=Range(spread=spread))
        if spread > 0
        else None
    )
    parties = {k: p.model_copy(update={"uncertainty": None}) for k, p in scenario.parties.items()}
    fields = {name: getattr(scenario, name) for name in type(scenario).model_fields}
    return type(scenario).model_validate({**fields, "parties": parties, "uncertainty": default})


def inverse_cdf(
    u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray, triangular: np.ndarray
) -> np.ndarray:
    """Map uniform numbers ``u`` (draws x parameters) onto each parameter's distribution:
    uniform on ``[low, high]``, or triangular with its peak at ``mode``.

    Examples
    --------
    >>> import numpy as np
    >>> u = np.array([[0.0, 0.5], [0.5, 0.5], [1.0, 0.5]])
    >>> inverse_cdf(u, np.zeros(2), np.array([0.5, 0.5]), np.ones(2),
    ...             np.array([False, True])).tolist()
    [[0.0, 0.5], [0.5, 0.5], [1.0, 0.5]]
    """
    width = high - low
    out = low + u * width
    if np.any(triangular):
        with np.errstate(divide="ignore", invalid="ignore"):
            split = np.where(width > 0, (mode - low) / np.where(width > 0, width, 1.0), 0.0)
            rising = low + np.sqrt(u * width * (mode - low))
            falling = high - np.sqrt((1.0 - u) * width * (high - mode))
        tri = np.where(u < split, rising, falling)
        out = np.where(triangular, tri, out)
    return out
