"""The compiled problem: a scenario turned into arrays once, immutable, shared by every result.

A :class:`~accord.model.scenario.Scenario` is the validated document (names, evidence,
sources); a :class:`Problem` is what the maths works on: the outcome space and its
feasibility mask, each negotiator's preference tables, walk-away values and discount
factors, and lazily cached utility columns and rankings. Analyses, negotiations and
forecasts take a Problem; none of them rebuilds preferences.

What-if changes (``with_reservation``, ``with_weights``, ``with_values``) are array
operations that return a new Problem sharing every array they do not change, so a slider
in the dashboard or a Monte Carlo draw costs one column of utilities, not a re-validation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal, TypeVar

import numpy as np

from ..deprecation import renamed
from ..errors import AccordInputError
from .party import Role
from .preferences import AdditiveUtility, Preferences
from .scenario import Scenario
from .space import ENUMERATION_LIMIT, OutcomeSpace

__all__ = ["Problem", "as_problem", "compile_problem", "frozen"]

T = TypeVar("T")
UtilityKind = Literal["additive", "hyperrectangle", "spatial"]


def frozen(array: np.ndarray) -> np.ndarray:
    """Make ``array`` read-only (results share it), returning it."""
    array.flags.writeable = False
    return array


@dataclass(frozen=True, eq=False)
class Problem:
    """A negotiation as arrays. Build it with :func:`compile_problem`, never by hand.

    ``parties`` are the negotiators' keys in file order; index ``j`` in every array is
    ``parties[j]``. ``weight_basis[j]`` is the weight vector as declared (issue weights,
    or saliences of positioned issues for spatial utilities), from which
    :meth:`with_weights` rebuilds the preferences.
    """

    scenario: Scenario
    space: OutcomeSpace
    parties: tuple[str, ...]
    names: tuple[str, ...]
    roles: Mapping[str, Role]
    preferences: tuple[Preferences, ...]
    kinds: tuple[UtilityKind, ...]
    weight_basis: tuple[np.ndarray | None, ...]
    reservation_values: np.ndarray
    discount_factors: np.ndarray
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False)
    _reservation_free: set[Any] = field(default_factory=set, repr=False)

    # -- shape ---------------------------------------------------------------------------

    @property
    def n_parties(self) -> int:
        return len(self.parties)

    @property
    def n_outcomes(self) -> int:
        """Size of the outcome space (a Python int: it may exceed int64)."""
        return self.space.size

    @property
    def dense(self) -> bool:
        """Whether per-outcome arrays of the whole space may be made (see
        :data:`~accord.model.space.ENUMERATION_LIMIT`)."""
        return self.space.size <= ENUMERATION_LIMIT

    def party_index(self, party: str) -> int:
        try:
            return self.parties.index(party)
        except ValueError:
            raise AccordInputError(
                f"unknown party {party!r}; negotiators are {', '.join(self.parties)}"
            ) from None

    # -- lazily cached arrays ------------------------------------------------------------

    def memo(self, key: Any, compute: Callable[[], T], *, uses_reservation: bool = True) -> T:
        """``compute()`` once per problem under ``key``: higher layers cache their results
        (frontier, rankings of a solution) here without this module knowing about them.

        A result computed without walk-away values (``uses_reservation=False``: a Pareto
        frontier) survives :meth:`with_reservation`; any result is dropped when the
        preferences it may depend on change.
        """
        if key not in self._cache:
            self._cache[key] = compute()
            if not uses_reservation:
                self._reservation_free.add(key)
        return self._cache[key]

    @property
    def feasible(self) -> np.ndarray | None:
        """Mask of feasible outcomes, or None when the scenario has no constraints."""
        if not self.space.constraints:
            return None
        self._require_dense()
        return self.memo("feasible", lambda: frozen(self.space.feasible_mask()))

    @property
    def feasible_index(self) -> np.ndarray:
        """Indexes of the feasible outcomes, in index order."""
        def compute() -> np.ndarray:
            if self.feasible is None:
                return frozen(np.arange(self.space.size, dtype=np.int64))
            return frozen(np.flatnonzero(self.feasible))

        self._require_dense()
        return self.memo("feasible_index", compute)

    def column(self, party: int) -> np.ndarray:
        """One negotiator's utility of every outcome (read-only, computed once; copied
        from :attr:`utilities` when the problem holds them)."""
        self._require_dense()

        def compute() -> np.ndarray:
            held = self._cache.get("utilities")
            if held is not None:
                return frozen(np.ascontiguousarray(held[:, party]))
            return frozen(np.ascontiguousarray(self.preferences[party].dense(self.space)))

        return self.memo(("column", party), compute)

    @property
    def utilities(self) -> np.ndarray:
        """Outcomes x negotiators utility matrix (read-only; infeasible rows included).
        Columns the problem does not hold yet are evaluated for it without being kept, so
        an analysis holds its utilities once, not twice."""

        def compute() -> np.ndarray:
            self._require_dense()
            columns = []
            for j, prefs in enumerate(self.preferences):
                held = self._cache.get(("column", j))
                columns.append(held if held is not None else prefs.dense(self.space))
            return frozen(np.column_stack(columns))

        return self.memo("utilities", compute)

    def utilities_at(self, index: np.ndarray | Sequence[int]) -> np.ndarray:
        """Utilities of the given outcomes only, evaluated from their option digits."""
        digits = self.space.digits(np.asarray(index, dtype=np.int64))
        return np.column_stack([p.evaluate(digits) for p in self.preferences])

    def ranking(self, party: int) -> tuple[np.ndarray, np.ndarray]:
        """Feasible outcomes sorted worst-to-best for ``party``, and their utilities."""

        def compute() -> tuple[np.ndarray, np.ndarray]:
            u = self.column(party)
            index = self.feasible_index
            order = index[np.argsort(u[index], kind="stable")]
            return frozen(order), frozen(u[order])

        return self.memo(("ranking", party), compute)

    def utility_chunks(self, chunk_size: int = 1 << 21) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(feasible outcome indexes, utilities)`` chunk by chunk, in index order: slices
        of :attr:`utilities` or of every party's column when the problem already holds
        them, else evaluated from the option digits, one chunk at a time (memory bounded
        by the chunk)."""
        matrix = self._cache.get("utilities")
        columns = [self._cache.get(("column", j)) for j in range(self.n_parties)]
        held = matrix is not None or all(c is not None for c in columns)
        feasible = self.feasible if held else None
        for index in self.space.chunks(chunk_size):
            if held:
                rows = slice(int(index[0]), int(index[-1]) + 1)
                u = matrix[rows] if matrix is not None else np.column_stack(
                    [c[rows] for c in columns])
                if feasible is not None:
                    ok = feasible[rows]
                    index, u = index[ok], u[ok]
                yield index, u
                continue
            digits = self.space.digits(index)
            if self.space.constraints:
                ok = self.space.feasible(digits)
                index, digits = index[ok], digits[ok]
            yield index, np.column_stack([p.evaluate(digits) for p in self.preferences])

    def _require_dense(self) -> None:
        self.space.require_enumerable()

    def weights(self, party: str) -> dict[str, float]:
        """``party``'s issue weights as they stand (saliences of positioned issues for a
        spatial utility; 0 for the other issues), by issue name."""
        j = self.party_index(party)
        basis = self.weight_basis[j]
        if basis is None:
            raise AccordInputError(
                f"{party!r} has {self.kinds[j]} utility: it has no issue weights"
            )
        return dict(zip(self.space.names, basis.tolist()))

    @property
    def reservation(self) -> np.ndarray:
        """Deprecated name of :attr:`reservation_values`."""
        renamed("Problem.reservation", "reservation_values")
        return self.reservation_values

    @property
    def discount(self) -> np.ndarray:
        """Deprecated name of :attr:`discount_factors`."""
        renamed("Problem.discount", "discount_factors")
        return self.discount_factors

    def with_reservation(self, values: Mapping[str, float] | Sequence[float]) -> Problem:
        """Deprecated name of :meth:`with_reservation_values`."""
        renamed("Problem.with_reservation()", "with_reservation_values()")
        return self.with_reservation_values(values)

    # -- what-if changes: new problems, shared arrays -------------------------------------

    def with_reservation_values(self, values: Mapping[str, float] | Sequence[float]) -> Problem:
        """The same problem with other walk-away values (by party key, or one per party)."""
        reservation = self.reservation_values.copy()
        if isinstance(values, Mapping):
            for party, value in values.items():
                reservation[self.party_index(party)] = value
        else:
            reservation = np.asarray(values, dtype=float).copy()
            if reservation.shape != self.reservation_values.shape:
                raise AccordInputError(
                    f"need {self.n_parties} walk-away values, got {reservation.shape[0]}"
                )
        if not np.all((reservation >= 0) & (reservation <= 1)):
            raise AccordInputError("walk-away values must lie in [0, 1]")
        free = self._reservation_free
        keep = {
            k: v for k, v in self._cache.items() if k in free or _kept_after_reservation_change(k)
        }
        return replace(
            self,
            reservation_values=frozen(reservation),
            _cache=keep,
            _reservation_free=set(free),
        )

    def with_weights(self, party: str, weights: Mapping[str, float]) -> Problem:
        """The same problem with some of ``party``'s issue weights (or saliences) changed.

        Spatial utilities normalise saliences to sum to one, as when they are built; an
        additive utility keeps the weights as given (GENIUS caps its sum at 1).
        """
        j = self.party_index(party)
        basis = self.weight_basis[j]
        if basis is None:
            raise AccordInputError(
                f"{party!r} has {self.kinds[j]} utility: it has no issue weights to change"
            )
        basis = basis.copy()
        spatial = self.kinds[j] == "spatial"
        positioned = self.scenario.parties[party].positions
        for issue, weight in weights.items():
            if weight < 0:
                raise AccordInputError(f"weight of {issue!r} for {party!r} is negative")
            i = self._issue_position(issue)
            if not spatial or issue in positioned:  # no position, no weight: as when built
                basis[i] = weight
        old = self.preferences[j]
        if basis.sum() <= 0:  # as when built: such a party would value all packages alike
            kind = "salience" if spatial else "weight"
            raise AccordInputError(f"{party!r} would have no positive {kind} left")
        if spatial:
            new = AdditiveUtility(basis / basis.sum(), old.tables)
        else:
            new = AdditiveUtility(basis, old.tables)
        return self._with_party(j, new, basis)

    def with_values(self, party: str, issue: str, table: Sequence[float]) -> Problem:
        """The same problem with ``party``'s value of each option of ``issue`` replaced."""
        j = self.party_index(party)
        i = self._issue_position(issue)
        old = self.preferences[j]
        if not isinstance(old, AdditiveUtility):
            raise AccordInputError(f"{party!r} has {self.kinds[j]} utility: no value tables")
        table = np.asarray(table, dtype=float)
        if table.shape != (self.space.issues[i].n_options,):
            raise AccordInputError(
                f"{issue!r} has {self.space.issues[i].n_options} options, got {table.size} values"
            )
        tables = tuple(table if k == i else t for k, t in enumerate(old.tables))
        return self._with_party(j, AdditiveUtility(old.weights, tables), self.weight_basis[j])

    def _with_party(self, j: int, prefs: Preferences, basis: np.ndarray | None) -> Problem:
        keep = {k: v for k, v in self._cache.items() if _kept_after_preference_change(k, j)}
        return replace(
            self,
            _reservation_free=self._reservation_free & keep.keys(),
            preferences=tuple(prefs if k == j else p for k, p in enumerate(self.preferences)),
            weight_basis=tuple(basis if k == j else b for k, b in enumerate(self.weight_basis)),
            _cache=keep,
        )

    def _issue_position(self, issue: str) -> int:
        try:
            return self.space.names.index(issue)
        except ValueError:
            raise AccordInputError(f"unknown issue {issue!r}") from None


_STRUCTURE = ("feasible", "feasible_index")


def _kept_after_reservation_change(key: Any) -> bool:
    """Utilities, rankings and feasibility do not depend on walk-away values; results
    that higher layers memoised might, so they are dropped."""
    return key in _STRUCTURE or key == "utilities" or _party_of(key) is not None


def _kept_after_preference_change(key: Any, party: int) -> bool:
    """Only arrays of the other parties survive a change to ``party``'s preferences."""
    return key in _STRUCTURE or _party_of(key) not in (None, party)


def _party_of(key: Any) -> int | None:
    if isinstance(key, tuple) and len(key) == 2 and key[0] in ("column", "ranking"):
        return key[1]
    return None


def as_problem(source: Scenario | Problem) -> Problem:
    """``source`` compiled, or returned as it is when already a problem: for entry points
    that take either (and compile at most once)."""
    return source if isinstance(source, Problem) else compile_problem(source)


def compile_problem(scenario: Scenario) -> Problem:
    """Build each negotiator's preferences once and freeze the scenario into arrays."""
    parties = scenario.negotiators
    preferences = tuple(scenario.preferences(k) for k in parties)
    kinds = tuple(scenario.parties[k].utility_kind for k in parties)
    return Problem(
        scenario=scenario,
        space=scenario.space,
        parties=parties,
        names=tuple(scenario.display_name(k) for k in parties),
        roles={k: p.role for k, p in scenario.parties.items()},
        preferences=preferences,
        kinds=kinds,
        weight_basis=tuple(_weight_basis(scenario, k) for k in parties),
        reservation_values=frozen(scenario.reservation_values()),
        discount_factors=frozen(
            np.array([scenario.parties[k].discount_factor or 1.0 for k in parties], dtype=float)
        ),
    )


def _weight_basis(scenario: Scenario, key: str) -> np.ndarray | None:
    party = scenario.parties[key]
    names = tuple(scenario.issues)
    if party.utility_kind == "additive":
        return frozen(np.array([party.weights.get(n, 0.0) for n in names], dtype=float))
    if party.utility_kind == "spatial":
        return frozen(
            np.array(
                [party.salience.get(n, 0.0) if n in party.positions else 0.0 for n in names],
                dtype=float,
            )
        )
    return None
