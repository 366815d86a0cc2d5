"""Per-issue value functions: how much a party likes each option of one issue, in [0, 1].

Each function turns into a table (one number per option) so that utilities are sums of
table look-ups computed in bulk.
"""

from __future__ import annotations

from typing import Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, model_validator

from .issues import CategoricalIssue, Issue, OrdinalIssue, _key

__all__ = ["LinearValue", "TableValue", "TriangularValue", "ValueFunction"]


class _ValueBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TableValue(_ValueBase):
    """An explicit value for every option (the GENIUS 'discrete' evaluator)."""

    type: Literal["table"] = "table"
    table: dict[str, FiniteFloat]

    def table_for(self, issue: Issue) -> np.ndarray:
        given = {_key(k): float(v) for k, v in self.table.items()}
        options = [_key(o) for o in issue.options]
        unknown = [k for k in self.table if _key(k) not in set(options)]
        if unknown:
            raise ValueError(f"unknown option(s): {', '.join(map(str, unknown))}")
        missing = [str(o) for o, k in zip(issue.options, options, strict=True) if k not in given]
        if missing:
            raise ValueError(f"no value for option(s): {', '.join(missing[:8])}")
        return np.array([given[k] for k in options], dtype=float)


class LinearValue(_ValueBase):
    """A straight line over the issue's number scale, clamped to [0, 1].

    Either ``direction`` (0 at the worst end, 1 at the best) or the GENIUS form
    ``offset + slope * (x - origin)`` with ``origin`` defaulting to the issue's minimum.
    Ordinal options sit at 0, 1, 2, ...
    """

    type: Literal["linear"] = "linear"
    direction: Literal["increasing", "decreasing"] | None = None
    slope: FiniteFloat | None = None
    offset: FiniteFloat = 0.0
    origin: FiniteFloat | None = None

    @model_validator(mode="after")
    def _one_form(self) -> LinearValue:
        if (self.direction is None) == (self.slope is None):
            raise ValueError("give either 'direction' or 'slope' (with optional 'offset')")
        return self

    def table_for(self, issue: Issue) -> np.ndarray:
        x = _numeric(issue, "linear")
        lo, hi = float(x.min()), float(x.max())
        if self.slope is not None:
            origin = lo if self.origin is None else self.origin
            raw = self.offset + self.slope * (x - origin)
        elif hi == lo:
            raw = np.ones_like(x)
        elif self.direction == "increasing":
            raw = (x - lo) / (hi - lo)
        else:
            raw = (hi - x) / (hi - lo)
        return np.clip(raw, 0.0, 1.0)


class TriangularValue(_ValueBase):
    """A peak: 1 at ``peak``, falling linearly to 0 at ``low`` and ``high``.

    ``low`` and ``high`` default to the ends of the issue's scale.
    """

    type: Literal["triangular"] = "triangular"
    peak: FiniteFloat
    low: FiniteFloat | None = None
    high: FiniteFloat | None = None

    def table_for(self, issue: Issue) -> np.ndarray:
        x = _numeric(issue, "triangular")
        low = float(x.min()) if self.low is None else self.low
        high = float(x.max()) if self.high is None else self.high
        if not low <= self.peak <= high:
            raise ValueError(f"peak {self.peak} must lie in [{low}, {high}]")
        up = np.where(x >= self.peak, 1.0, (x - low) / max(self.peak - low, 1e-300))
        down = np.where(x <= self.peak, 1.0, (high - x) / max(high - self.peak, 1e-300))
        return np.clip(np.minimum(up, down), 0.0, 1.0)


def _numeric(issue: Issue, kind: str) -> np.ndarray:
    if isinstance(issue, CategoricalIssue) and not isinstance(issue, OrdinalIssue):
        raise ValueError(f"a {kind} value function needs an ordered issue, not a categorical one")
    return issue.numeric()


ValueFunction = Annotated[
    TableValue | LinearValue | TriangularValue, Field(discriminator="type")
]
