"""Negotiation issues: what is on the table and which options each one has.

Every issue enumerates a finite tuple of options, so an outcome is one option index per
issue. Continuous ranges are discretised with a stated ``step``. An issue has at most
:data:`MAX_OPTIONS` options: every party's value of every option is tabulated.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, FiniteFloat, model_validator

Option = str | int | float

__all__ = [
    "MAX_OPTIONS",
    "CategoricalIssue",
    "ContinuousIssue",
    "IntegerIssue",
    "Issue",
    "Option",
    "OrdinalIssue",
]

MAX_OPTIONS = 10_000_000
"""The most options one issue may have (a value table of this length takes 80 MB)."""


class _IssueBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str = ""
    aliases: dict[str, tuple[str, ...]] = {}
    """Phrases the news uses for an option (option -> phrases), for ``accord read``."""

    @model_validator(mode="after")
    def _aliased_options(self) -> _IssueBase:
        for option in self.aliases:
            try:
                self.index_of(option)
            except KeyError as err:
                raise ValueError(f"aliases: {err.args[0]}") from None
        return self

    @property
    def options(self) -> tuple[Option, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    @property
    def n_options(self) -> int:
        return len(self.options)

    def option(self, index: int) -> Option:
        """The option at position ``index`` (without building :attr:`options`)."""
        return self.options[index]

    def numeric(self) -> np.ndarray | None:
        """Option values on a number line, or None for an unordered issue."""
        return None

    def index_of(self, option: Option) -> int:
        """Position of ``option`` among the options; raises ``KeyError`` if absent."""
        try:
            return self._lookup[_key(option)]
        except KeyError:
            raise KeyError(
                f"{option!r} is not an option (options: {_preview(self.options)})"
            ) from None

    @cached_property
    def _lookup(self) -> dict[object, int]:
        return {_key(o): i for i, o in enumerate(self.options)}


def _key(option: Option) -> object:
    """Lookup key that treats 3, 3.0 and "3" as the same option; a word that Python reads
    as a float but is no number ("nan", "Infinity") stays a word."""
    if isinstance(option, bool):
        return str(option).lower()
    if isinstance(option, int | float):
        return float(option)
    try:
        number = float(option)
    except ValueError:
        return option
    return number if math.isfinite(number) else option


def _check_size(n_options: int, hint: str) -> None:
    if n_options > MAX_OPTIONS:
        raise ValueError(
            f"{n_options:,} options; an issue may have at most {MAX_OPTIONS:,} ({hint})"
        )


def _preview(options: tuple[Option, ...], limit: int = 8) -> str:
    shown = ", ".join(map(str, options[:limit]))
    return shown + (", ..." if len(options) > limit else "")


class CategoricalIssue(_IssueBase):
    """Unordered options, for example the body that governs Gaza after the war."""

    type: Literal["categorical"] = "categorical"
    values: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _distinct(self) -> CategoricalIssue:
        if len(set(self.values)) != len(self.values):
            raise ValueError("options must be distinct")
        seen: dict[object, str] = {}
        for option in self.values:
            other = seen.setdefault(_key(option), option)
            if other != option:  # value tables and positions could not tell them apart
                raise ValueError(
                    f"options {other!r} and {option!r} are the same number; name them apart"
                )
        return self

    @property
    def options(self) -> tuple[Option, ...]:
        return self.values


class OrdinalIssue(CategoricalIssue):
    """Ordered options, from one end of the scale to the other."""

    type: Literal["ordinal"] = "ordinal"  # type: ignore[assignment]

    def numeric(self) -> np.ndarray:
        return np.arange(len(self.values), dtype=float)


class IntegerIssue(_IssueBase):
    """Every integer from ``min`` to ``max`` inclusive."""

    type: Literal["integer"] = "integer"
    min: int
    max: int

    @model_validator(mode="after")
    def _ordered(self) -> IntegerIssue:
        if self.max < self.min:
            raise ValueError(f"max ({self.max}) must be >= min ({self.min})")
        _check_size(self.n_options, "count in larger units, or use a continuous issue")
        return self

    @property
    def options(self) -> tuple[Option, ...]:
        return tuple(range(self.min, self.max + 1))

    @property
    def n_options(self) -> int:
        return self.max - self.min + 1

    def option(self, index: int) -> Option:
        return self.min + index

    def numeric(self) -> np.ndarray:
        return np.arange(self.min, self.max + 1, dtype=float)

    def index_of(self, option: Option) -> int:
        value = float(option)
        if value != int(value) or not self.min <= value <= self.max:
            raise KeyError(f"{option!r} is not an integer in [{self.min}, {self.max}]")
        return int(value) - self.min


class ContinuousIssue(_IssueBase):
    """A real interval, enumerated on a grid of ``step`` from ``min`` up to ``max`` (which
    is on the grid when the step divides ``max - min``; else the grid stops short of it,
    and :func:`~accord.model.lint` says so)."""

    type: Literal["continuous"] = "continuous"
    min: FiniteFloat
    max: FiniteFloat
    step: FiniteFloat = Field(gt=0)

    @model_validator(mode="after")
    def _grid(self) -> ContinuousIssue:
        if self.max < self.min:
            raise ValueError(f"max ({self.max}) must be >= min ({self.min})")
        _check_size(self.n_options, "use a larger step")
        return self

    @property
    def n_options(self) -> int:
        return int(math.floor((self.max - self.min) / self.step + 1e-9)) + 1

    @property
    def options(self) -> tuple[Option, ...]:
        return tuple(float(v) for v in self.numeric())

    def option(self, index: int) -> Option:
        return float(min(self.min + self.step * index, self.max))

    def numeric(self) -> np.ndarray:
        grid = self.min + self.step * np.arange(self.n_options, dtype=float)
        return np.minimum(grid, self.max)

    def index_of(self, option: Option) -> int:
        position = (float(option) - self.min) / self.step
        nearest = round(position)
        if abs(position - nearest) > 1e-6 or not 0 <= nearest < self.n_options:
            raise KeyError(f"{option!r} is not on the grid {self.min}:{self.max} step {self.step}")
        return int(nearest)


Issue = Annotated[
    CategoricalIssue | OrdinalIssue | IntegerIssue | ContinuousIssue,
    Field(discriminator="type"),
]
