"""The outcome space: the cartesian product of issues, indexed in mixed radix.

Outcome ``k`` has option ``digits[k, i]`` on issue ``i``; the first issue is the most
significant digit, so indexes follow ``itertools.product`` order. Everything downstream works
on integer indexes and numpy arrays of them, never on per-outcome Python objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .issues import Issue, Option

__all__ = ["Constraint", "OutcomeSpace"]


@dataclass(frozen=True)
class Constraint:
    """A forbidden combination: every outcome whose options all match is infeasible.

    ``forbid`` maps issue position to the option indexes that, together, are excluded.
    """

    forbid: Mapping[int, tuple[int, ...]]
    reason: str = ""


@dataclass(frozen=True)
class OutcomeSpace:
    """Mixed-radix indexing over named issues, with optional hard constraints."""

    names: tuple[str, ...]
    issues: tuple[Issue, ...]
    constraints: tuple[Constraint, ...] = ()
    radices: np.ndarray = field(init=False, repr=False, compare=False)
    strides: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        radices = np.array([issue.n_options for issue in self.issues], dtype=np.int64)
        strides = np.ones(len(radices), dtype=np.int64)
        for i in range(len(radices) - 2, -1, -1):
            strides[i] = strides[i + 1] * radices[i + 1]
        object.__setattr__(self, "radices", radices)
        object.__setattr__(self, "strides", strides)

    @property
    def size(self) -> int:
        """Number of outcomes, feasible or not (a Python int: may exceed int64)."""
        n = 1
        for r in self.radices.tolist():
            n *= r
        return n

    @property
    def n_issues(self) -> int:
        return len(self.issues)

    def digits(self, index: np.ndarray | Sequence[int] | int) -> np.ndarray:
        """Option index per issue for each outcome index: shape ``(m, n_issues)``."""
        idx = np.atleast_1d(np.asarray(index, dtype=np.int64))
        return (idx[:, None] // self.strides[None, :]) % self.radices[None, :]

    def index(self, digits: np.ndarray) -> np.ndarray:
        """Outcome indexes of option-index rows (inverse of :meth:`digits`)."""
        return np.atleast_2d(np.asarray(digits, dtype=np.int64)) @ self.strides

    def outcome(self, index: int) -> dict[str, Option]:
        """The options of one outcome, keyed by issue name."""
        row = self.digits(index)[0]
        return {n: issue.options[d] for n, issue, d in zip(self.names, self.issues, row)}

    def index_of(self, outcome: Mapping[str, Option]) -> int:
        """Outcome index of a ``{issue: option}`` mapping; raises ``KeyError`` when invalid."""
        missing = set(self.names) - set(outcome)
        if missing:
            raise KeyError(f"missing issues: {', '.join(sorted(missing))}")
        extra = set(outcome) - set(self.names)
        if extra:
            raise KeyError(f"unknown issues: {', '.join(sorted(extra))}")
        row = [issue.index_of(outcome[n]) for n, issue in zip(self.names, self.issues)]
        return int(self.index(np.array(row))[0])

    def chunks(self, chunk_size: int = 1 << 20) -> Iterator[np.ndarray]:
        """Consecutive index ranges covering the space, ``chunk_size`` outcomes each."""
        total = self.size
        for start in range(0, total, chunk_size):
            yield np.arange(start, min(start + chunk_size, total), dtype=np.int64)

    def feasible(self, digits: np.ndarray) -> np.ndarray:
        """Boolean mask: rows of ``digits`` that violate no constraint."""
        ok = np.ones(len(digits), dtype=bool)
        for constraint in self.constraints:
            hit = np.ones(len(digits), dtype=bool)
            for issue, options in constraint.forbid.items():
                hit &= np.isin(digits[:, issue], options)
            ok &= ~hit
        return ok

    def feasible_mask(self) -> np.ndarray:
        """Dense feasibility mask over the whole space, built by broadcasting."""
        mask = np.ones(tuple(self.radices.tolist()), dtype=bool)
        for constraint in self.constraints:
            hit = np.ones_like(mask)
            for issue, options in constraint.forbid.items():
                member = np.zeros(self.radices[issue], dtype=bool)
                member[list(options)] = True
                shape = [1] * self.n_issues
                shape[issue] = -1
                hit &= member.reshape(shape)
            mask &= ~hit
        return mask.ravel()
