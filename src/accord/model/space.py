"""The outcome space: the cartesian product of issues, indexed in mixed radix.

Outcome ``k`` has option ``digits[k, i]`` on issue ``i``; the first issue is the most
significant digit, so indexes follow ``itertools.product`` order. Everything downstream works
on integer indexes and numpy arrays of them, never on per-outcome Python objects.

Indexes are int64 while the space fits (fewer than 2^63 outcomes). A larger space (twelve
issues of 100 options is 10^24 outcomes) indexes with Python integers in object arrays, so
no index ever wraps around; such spaces are only ever searched, a few packages at a time,
never enumerated.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import AccordInputError
from .issues import Issue, Option

__all__ = ["ENUMERATION_LIMIT", "Constraint", "OutcomeSpace", "SpaceTooLarge"]

ENUMERATION_LIMIT = 50_000_000
"""The most outcomes accord enumerates: visits one by one (chunk by chunk) or tabulates at
once. Every code path that enumerates the space checks this first; ``analyze`` searches
larger spaces instead, and callers that keep several arrays per outcome (simulation) set
lower limits of their own. A dense utility column at the limit takes 400 MB."""

_INT64_MAX = int(np.iinfo(np.int64).max)


class SpaceTooLarge(AccordInputError):
    """A request to enumerate more outcomes than a limit allows."""

    def __init__(self, size: int, limit: int, purpose: str = "enumeration") -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"the outcome space has {size:,} packages; {purpose} handles at most {limit:,} "
            "(fewer issues, or fewer options on the largest, would fit)"
        )


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
        radices = [issue.n_options for issue in self.issues]
        strides = [1] * len(radices)
        for i in range(len(radices) - 2, -1, -1):
            strides[i] = strides[i + 1] * radices[i + 1]  # Python ints: never overflow
        wide = math.prod(radices) - 1 > _INT64_MAX
        object.__setattr__(self, "radices", np.array(radices, dtype=np.int64))
        object.__setattr__(
            self, "strides", np.array(strides, dtype=object if wide else np.int64)
        )

    @property
    def size(self) -> int:
        """Number of outcomes, feasible or not (a Python int: may exceed int64)."""
        return math.prod(self.radices.tolist())

    @property
    def n_issues(self) -> int:
        return len(self.issues)

    @property
    def wide(self) -> bool:
        """Whether outcome indexes exceed int64 (and are Python ints in object arrays)."""
        return self.strides.dtype == object

    def digits(self, index: np.ndarray | Sequence[int] | int) -> np.ndarray:
        """Option index per issue for each outcome index: shape ``(m, n_issues)``."""
        if self.wide:
            idx = np.array([int(i) for i in np.ravel(np.asarray(index, dtype=object))],
                           dtype=object)
            radices = self.radices.astype(object)
            return ((idx[:, None] // self.strides[None, :]) % radices[None, :]).astype(np.int64)
        idx = np.atleast_1d(np.asarray(index, dtype=np.int64))
        return (idx[:, None] // self.strides[None, :]) % self.radices[None, :]

    def index(self, digits: np.ndarray) -> np.ndarray:
        """Outcome indexes of option-index rows (inverse of :meth:`digits`): int64, or
        Python ints in an object array when the space is :attr:`wide`."""
        rows = np.atleast_2d(np.asarray(digits, dtype=np.int64))
        if self.wide:
            return rows.astype(object) @ self.strides
        return rows @ self.strides

    def outcome(self, index: int) -> dict[str, Option]:
        """The options of one outcome, keyed by issue name."""
        row = self.digits(index)[0]
        return {n: issue.option(int(d)) for n, issue, d in zip(self.names, self.issues, row)}

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

    def require_enumerable(
        self, limit: int = ENUMERATION_LIMIT, purpose: str = "enumeration"
    ) -> None:
        """Raise :class:`SpaceTooLarge` unless the space has at most ``limit`` outcomes."""
        size = self.size
        if size > limit:
            raise SpaceTooLarge(size, limit, purpose)

    def chunks(self, chunk_size: int = 1 << 20) -> Iterator[np.ndarray]:
        """Consecutive index ranges covering the space, ``chunk_size`` outcomes each."""
        self.require_enumerable()
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
        self.require_enumerable()
        members = [
            {i: _member(self.radices[i], o) for i, o in c.forbid.items()}
            for c in self.constraints
        ]
        return _forbidden_free(self.radices.tolist(), members).ravel()

    def count_feasible(self, limit: int = ENUMERATION_LIMIT) -> int | None:
        """Exact number of feasible outcomes, without enumerating the space.

        Constraints that share no issue are independent, so each group of linked issues
        is counted on its own, and the issues no constraint names multiply the count.
        Within a group, options that every constraint treats alike form one class, so
        only the product of the class counts (a handful per issue) is tabulated. ``None``
        when that product still exceeds ``limit``.
        """
        live = [c for c in self.constraints if all(len(o) for o in c.forbid.values())]
        groups = _linked(live)
        total = 1
        named = set()
        for group in groups:
            issues = sorted({i for c in group for i in c.forbid})
            named.update(issues)
            count = _count_group(self.radices, issues, group, limit)
            if count is None:
                return None
            total *= count
        for i, r in enumerate(self.radices.tolist()):
            if i not in named:
                total *= r
        return total


def _member(radix: int, options: Sequence[int]) -> np.ndarray:
    member = np.zeros(int(radix), dtype=bool)
    member[list(options)] = True
    return member


def _forbidden_free(shape: list[int], constraints: list[dict[int, np.ndarray]]) -> np.ndarray:
    """Dense mask over ``shape``: cells that no constraint's membership vectors all hit."""
    mask = np.ones(tuple(shape), dtype=bool)
    for constraint in constraints:
        hit = np.ones_like(mask)
        for axis, member in constraint.items():
            view = [1] * len(shape)
            view[axis] = -1
            hit &= member.reshape(view)
        mask &= ~hit
    return mask


def _linked(constraints: list[Constraint]) -> list[list[Constraint]]:
    """Constraints grouped so that groups share no issue (connected components)."""
    groups: list[tuple[set[int], list[Constraint]]] = []
    for constraint in constraints:
        issues, members = set(constraint.forbid), [constraint]
        for group in [g for g in groups if g[0] & issues]:
            groups.remove(group)
            issues |= group[0]
            members = group[1] + members
        groups.append((issues, members))
    return [members for _, members in groups]


def _count_group(
    radices: np.ndarray, issues: list[int], group: list[Constraint], limit: int
) -> int | None:
    """Feasible combinations of ``issues`` under ``group``, tabulated over option classes."""
    classes, sizes = [], []
    for i in issues:
        member = np.zeros((int(radices[i]), len(group)), dtype=bool)
        for j, constraint in enumerate(group):
            if i in constraint.forbid:
                member[list(constraint.forbid[i]), j] = True
        signature, counts = np.unique(member, axis=0, return_counts=True)
        classes.append(signature)
        sizes.append(counts)
    if math.prod(len(s) for s in sizes) > limit:
        return None
    shape = [len(s) for s in sizes]
    position = {issue: axis for axis, issue in enumerate(issues)}
    mask = _forbidden_free(
        shape,
        [{position[i]: classes[position[i]][:, j] for i in c.forbid} for j, c in enumerate(group)],
    )
    wide = math.prod(int(radices[i]) for i in issues) - 1 > _INT64_MAX
    dtype = object if wide else np.int64
    table = mask.astype(dtype)
    for counts in reversed(sizes):
        table = table @ counts.astype(dtype)  # sums the last axis, weighted by class sizes
    return int(table)
