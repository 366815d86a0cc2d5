"""A negotiation scenario: issues, parties, constraints and the evidence behind them.

``Scenario`` is the validated model every format loads into and every analysis starts from.
Its :meth:`utilities` turns preferences into an outcomes x parties float64 matrix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from typing import Annotated

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..deprecation import renamed
from .dynamics import Event, WeightShift
from .issues import Issue, Option, OrdinalIssue
from .party import Note, Party, Source
from .preferences import AdditiveUtility, HyperRectangleUtility, Preferences
from .space import Constraint, OutcomeSpace
from .uncertainty import Uncertainty, check_uncertainty

__all__ = ["BELIEF_TOLERANCE", "ConstraintSpec", "Scenario", "ScenarioError"]

BELIEF_TOLERANCE = 1e-6
"""A belief's probabilities may miss summing to 1 by this much (rounding in the file)."""


class ScenarioError(ValueError):
    """A cross-field inconsistency, located by ``path`` (keys from the document root)."""

    def __init__(self, path: Sequence[str | int], message: str) -> None:
        self.path = tuple(path)
        self.message = message
        super().__init__(f"{'.'.join(map(str, self.path))}: {message}")


class ConstraintSpec(BaseModel):
    """Options that cannot go together: ``forbid: {issue: [options]}``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    forbid: dict[str, Annotated[tuple[Option, ...], Field(min_length=1)]] = Field(min_length=1)
    reason: str = ""


class Scenario(BaseModel):
    """Everything accord knows about one negotiation."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    description: str = ""
    issues: dict[str, Issue] = Field(min_length=1)
    parties: dict[str, Party] = Field(min_length=1)
    constraints: tuple[ConstraintSpec, ...] = ()
    sources: dict[str, Source] = {}
    assumptions: tuple[Note, ...] = ()
    dynamics: tuple[Event, ...] = ()
    uncertainty: Uncertainty | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        for key, party in self.parties.items():
            _check_party(self, key, party)
        _check_names(self)
        for i, constraint in enumerate(self.constraints):
            for issue, options in constraint.forbid.items():
                path = ("constraints", i, "forbid", issue)
                if issue not in self.issues:
                    raise ScenarioError(path, "unknown issue")
                for option in options:
                    _option_index(self.issues[issue], option, path)
        for i, note in enumerate(self.assumptions):
            _check_sources(self, note, ("assumptions", i))
        if not self.negotiators:
            raise ScenarioError(("parties",), "at least one party needs role 'party'")
        if self.constraints and self.space.count_feasible() == 0:
            raise ScenarioError(
                ("constraints",),
                f"together the constraints forbid every one of the {self.space.size:,} "
                "packages",
            )
        _check_dynamics(self)
        check_uncertainty(self)
        return self

    @cached_property
    def space(self) -> OutcomeSpace:
        names = tuple(self.issues)
        position = {n: i for i, n in enumerate(names)}
        constraints = tuple(
            Constraint(
                forbid={
                    position[issue]: tuple(self.issues[issue].index_of(o) for o in options)
                    for issue, options in spec.forbid.items()
                },
                reason=spec.reason,
            )
            for spec in self.constraints
        )
        return OutcomeSpace(names, tuple(self.issues.values()), constraints)

    @property
    def negotiators(self) -> tuple[str, ...]:
        """Keys of the parties that negotiate (role ``party``), in file order."""
        return tuple(k for k, p in self.parties.items() if p.role == "party")

    def display_name(self, key: str) -> str:
        return self.parties[key].name or key

    def reservation_values(self, parties: Sequence[str] | None = None) -> np.ndarray:
        """Reservation values (the disagreement point), in party order."""
        keys = self.negotiators if parties is None else parties
        return np.array([self.parties[k].reservation_value for k in keys], dtype=float)

    def reservation(self, parties: Sequence[str] | None = None) -> np.ndarray:
        """Deprecated name of :meth:`reservation_values`."""
        renamed("Scenario.reservation()", "reservation_values()")
        return self.reservation_values(parties)

    def preferences(self, party: str) -> Preferences:
        """The array form of a party's utility function.

        Built once per party (an issue may have 10^7 options) with read-only arrays. The
        cache remembers the party and issues it was built from, so a ``model_copy`` that
        replaces either (and shares this cache) never gets stale preferences.
        """
        source = (self.parties[party], self.issues)
        key = (party, id(source[0]), id(source[1]))  # ids stay unique: the entry holds both
        if key not in self.built_preferences:
            self.built_preferences[key] = (source, _read_only(_build_preferences(self, party)))
        return self.built_preferences[key][1]

    @cached_property
    def built_preferences(self) -> dict[tuple, tuple[tuple[Party, dict], Preferences]]:
        """Cache behind :meth:`preferences`, keyed by party and the objects it came from."""
        return {}

    def utilities(
        self, parties: Sequence[str] | None = None, index: np.ndarray | None = None
    ) -> np.ndarray:
        """Utility matrix, outcomes x parties (float64), negotiators by default.

        With ``index`` only those outcomes; without it the whole space, built by
        broadcasting per-issue tables. Infeasible outcomes are included: mask them with
        ``space.feasible_mask()``.
        """
        keys = self.negotiators if parties is None else tuple(parties)
        prefs = [self.preferences(k) for k in keys]
        if index is None:
            return np.column_stack([p.dense(self.space) for p in prefs])
        digits = self.space.digits(index)
        return np.column_stack([p.evaluate(digits) for p in prefs])

    def utility_chunks(
        self, parties: Sequence[str] | None = None, chunk_size: int = 1 << 20
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """``(feasible outcome indexes, utilities)`` chunk by chunk, for spaces too large
        to hold at once."""
        keys = self.negotiators if parties is None else tuple(parties)
        prefs = [self.preferences(k) for k in keys]
        for index in self.space.chunks(chunk_size):
            digits = self.space.digits(index)
            if self.space.constraints:
                ok = self.space.feasible(digits)
                index, digits = index[ok], digits[ok]
            yield index, np.column_stack([p.evaluate(digits) for p in prefs])


def _check_point(issue: Issue, position: float, path: tuple) -> None:
    """A numeric position lies on the issue's number line: its range (integer, continuous)
    or the positions 0..n-1 of its options (ordinal). A categorical issue has no line: the
    number must name an option. On an ordinal issue a number that names another option
    than the one at that position ('400' of 200/400/600) is refused as ambiguous."""
    x = issue.numeric()
    if x is None:
        _option_index(issue, position, path)
        return
    ordinal = isinstance(issue, OrdinalIssue)
    shown = f"{position:g}"
    if ordinal:
        try:
            named = issue.index_of(position)
        except KeyError:
            named = None
        if named is not None and named != position:
            option = str(issue.options[named])
            raise ScenarioError(
                path,
                f"{shown} names the option {option!r} but is read as a point on the scale of "
                f"option positions 0..{len(x) - 1}; write {option!r} in quotes for the option",
            )
    low, high = float(x.min()), float(x.max())
    if not low <= position <= high:
        scale = f"0..{len(x) - 1} (option positions)" if ordinal else f"{low:g}..{high:g}"
        raise ScenarioError(path, f"{shown} lies outside the issue's scale {scale}")


def _option_index(issue: Issue, option: Option, path: tuple) -> int:
    try:
        return issue.index_of(option)
    except KeyError as err:
        raise ScenarioError(path, str(err.args[0])) from None


def _check_dynamics(scenario: Scenario) -> None:
    """Every check on ``dynamics``, so that a negotiation never meets a bad event: ids are
    distinct and conditions name existing ones; see :func:`_check_event` for the rest."""
    ids: dict[str, int] = {}
    for i, event in enumerate(scenario.dynamics):
        if event.id in ids:
            raise ScenarioError(
                ("dynamics", i, "id"), f"{event.id!r} is already the id of dynamics.{ids[event.id]}"
            )
        if event.id:
            ids[event.id] = i
    for i, event in enumerate(scenario.dynamics):
        _check_event(scenario, event, ("dynamics", i), set(ids))


def _check_event(scenario: Scenario, event: Event, path: tuple, ids: set[str]) -> None:
    """Events may only name known parties, issues, options and event ids; walk-away values
    and weights change only for negotiators, weights only where the utility has them, and
    a bridging proposal is a feasible package."""
    for key in sorted(event.parties()):
        if key not in scenario.parties:
            raise ScenarioError(path, f"unknown party {key!r}")
    for issue in sorted(event.issues()):
        if issue not in scenario.issues:
            raise ScenarioError(path, f"unknown issue {issue!r}")
    for name in ("condition", "return_condition"):
        condition = getattr(event, name, None)
        unknown = sorted(condition.events() - ids) if condition is not None else []
        if unknown:
            raise ScenarioError((*path, name), f"unknown event id {unknown[0]!r}")
    if event.type in ("reservation_change", "weight_shift"):
        party = scenario.parties[event.party]
        if party.role != "party":
            raise ScenarioError(
                (*path, "party"), f"{event.party!r} does not negotiate (role {party.role!r})"
            )
    if event.type == "weight_shift":
        _check_weight_shift(scenario, event, path)
    outcome = getattr(event, "outcome", None)
    if outcome is not None:
        missing = [name for name in scenario.issues if name not in outcome]
        if missing:
            raise ScenarioError((*path, "outcome"), f"no option for issue {missing[0]!r}")
        for issue, option in outcome.items():
            _option_index(scenario.issues[issue], option, (*path, "outcome", issue))
        for k, spec in enumerate(scenario.constraints):
            if all(
                _same_option(scenario.issues[issue], outcome[issue], options)
                for issue, options in spec.forbid.items()
            ):
                why = f" ({spec.reason})" if spec.reason else ""
                raise ScenarioError(
                    (*path, "outcome"), f"constraints.{k} forbids this package{why}"
                )


def _same_option(issue: Issue, option: Option, options: Sequence[Option]) -> bool:
    """Whether ``option`` is one of ``options`` of ``issue`` (compared by option index)."""
    return issue.index_of(option) in {issue.index_of(o) for o in options}


def _check_weight_shift(scenario: Scenario, event: WeightShift, path: tuple) -> None:
    """A shift re-weighs issues the party values, and leaves it a positive weight."""
    party = scenario.parties[event.party]
    kind = party.utility_kind
    if kind not in ("additive", "spatial"):
        raise ScenarioError(
            (*path, "party"),
            f"a weight shift needs weights or salience; {event.party!r} has {kind} utility",
        )
    valued = party.values if kind == "additive" else party.positions
    for issue in event.weights:
        if issue not in valued:
            what = "no values" if kind == "additive" else "no position"
            raise ScenarioError(
                (*path, "weights", issue), f"{event.party!r} has {what} on this issue"
            )
    if kind == "additive":
        current = party.weights
    else:
        current = {i: party.salience.get(i, 0.0) for i in party.positions}
    if not any(w > 0 for w in event.rescaled(current).values()):
        raise ScenarioError((*path, "weights"), "the shift leaves no positive weight")


def _check_sources(scenario: Scenario, note: Note, path: tuple) -> None:
    for ref in note.sources:
        if ref not in scenario.sources:
            raise ScenarioError((*path, "sources"), f"unknown source {ref!r}")


def _check_names(scenario: Scenario) -> None:
    """No two parties go by one name (key, name or alias, in any case, with or without
    "the"): the news reader could not tell whose a sentence naming it is."""
    owners: dict[str, str] = {}
    for key, party in scenario.parties.items():
        for field, name in party.news_names(key):
            said = re.sub(r"^the\s+", "", " ".join(name.lower().replace("’", "'").split()))
            other = owners.setdefault(said, key)
            if other != key:
                raise ScenarioError(("parties", key, *field),
                                    f"{name!r} also names party {other!r}: the news could "
                                    "not tell the two apart")


def _check_party(scenario: Scenario, key: str, party: Party) -> None:
    base = ("parties", key)
    for field in ("weights", "values", "positions", "salience"):
        for issue in getattr(party, field):
            if issue not in scenario.issues:
                raise ScenarioError((*base, field, issue), "unknown issue")
    for issue, value_fn in party.values.items():
        try:
            value_fn.table_for(scenario.issues[issue])
        except ValueError as err:
            raise ScenarioError((*base, "values", issue), str(err)) from None
    for issue, position in party.positions.items():
        path = (*base, "positions", issue)
        if isinstance(position, str):
            _option_index(scenario.issues[issue], position, path)
        else:
            _check_point(scenario.issues[issue], float(position), path)
    for i, rect in enumerate(party.rectangles):
        for issue, (low, high) in rect.bounds.items():
            path = (*base, "rectangles", i, "bounds", issue)
            if issue not in scenario.issues:
                raise ScenarioError(path, "unknown issue")
            if _option_index(scenario.issues[issue], low, path) > _option_index(
                scenario.issues[issue], high, path
            ):
                raise ScenarioError(path, "low bound is above high bound")
    if party.rectangles and party.max_utility is None:
        raise ScenarioError((*base, "max_utility"), "required with rectangles")
    if party.role == "party":
        if party.utility_kind == "none":
            raise ScenarioError(
                base, "a negotiating party needs weights and values, rectangles, "
                "or positions and salience"
            )
        if party.utility_kind == "additive":
            missing = [i for i in party.weights if i not in party.values]
            if missing:
                raise ScenarioError((*base, "values", missing[0]), "weighted issue has no values")
            if not any(w > 0 for w in party.weights.values()):
                raise ScenarioError(
                    (*base, "weights"),
                    "every weight is 0: the party would value all packages alike",
                )
        if party.utility_kind == "spatial" and not any(
            party.salience.get(issue, 0.0) > 0 for issue in party.positions
        ):
            raise ScenarioError(
                (*base, "salience"),
                "no positive salience on an issue where the party has a position: "
                "its utility would be undefined",
            )
        if party.utility_kind == "hyperrectangle" and not any(
            r.utility != 0 for r in party.rectangles
        ):
            raise ScenarioError(
                (*base, "rectangles"),
                "every rectangle's utility is 0: the party would value all packages alike",
            )
    for i, note in enumerate(party.notes):
        _check_sources(scenario, note, (*base, "notes", i))
    for issue, belief in party.beliefs.items():
        path = (*base, "beliefs", issue)
        if issue not in scenario.issues:
            raise ScenarioError(path, "unknown issue")
        for option in belief:
            _option_index(scenario.issues[issue], option, (*path, option))
        total = sum(belief.values())
        if abs(total - 1.0) > BELIEF_TOLERANCE:
            raise ScenarioError(path, f"probabilities sum to {total:g}, not 1")


def _read_only(prefs: Preferences) -> Preferences:
    for value in vars(prefs).values():
        for array in value if isinstance(value, tuple) else (value,):
            if isinstance(array, np.ndarray):
                array.flags.writeable = False
    return prefs


def _build_preferences(scenario: Scenario, key: str) -> Preferences:
    party = scenario.parties[key]
    issues = list(scenario.issues.items())
    kind = party.utility_kind
    if kind == "hyperrectangle":
        radices = scenario.space.radices
        n = len(party.rectangles)
        low = np.zeros((n, len(issues)), dtype=np.int64)
        high = np.tile(radices - 1, (n, 1))
        for r, rect in enumerate(party.rectangles):
            for i, (name, issue) in enumerate(issues):
                if name in rect.bounds:
                    low[r, i] = issue.index_of(rect.bounds[name][0])
                    high[r, i] = issue.index_of(rect.bounds[name][1])
        return HyperRectangleUtility(
            low=low,
            high=high,
            values=np.array([r.utility for r in party.rectangles], dtype=float),
            exclusive=np.array([r.exclusive for r in party.rectangles], dtype=bool),
            max_utility=float(party.max_utility),
        )
    if kind == "additive":
        weights = np.array([party.weights.get(name, 0.0) for name, _ in issues])
        tables = tuple(
            party.values[name].table_for(issue)
            if name in party.values
            else np.zeros(issue.n_options)
            for name, issue in issues
        )
        return AdditiveUtility(weights, tables)
    if kind == "spatial":
        return _ideal_point(scenario, party)
    raise ValueError(f"party {key!r} has no utility function (role {party.role})")


def _ideal_point(scenario: Scenario, party: Party) -> AdditiveUtility:
    """Ideal-point utility: 1 - sum_i s_i |x_i - p_i| / range_i, saliences normalised.

    Issues without a position or salience get zero weight; categorical issues score 1 at
    the party's position and 0 elsewhere.
    """
    issues = list(scenario.issues.items())
    weights = np.array(
        [party.salience.get(n, 0.0) if n in party.positions else 0.0 for n, _ in issues]
    )
    if weights.sum() <= 0:
        raise ValueError("spatial utility needs a positive salience on a positioned issue")
    weights = weights / weights.sum()
    tables = []
    for name, issue in issues:
        if name not in party.positions:
            tables.append(np.zeros(issue.n_options))
            continue
        position = party.positions[name]
        x = issue.numeric()
        if x is None:
            table = np.zeros(issue.n_options)
            table[issue.index_of(position)] = 1.0
        else:
            p = x[issue.index_of(position)] if isinstance(position, str) else float(position)
            span = float(x.max() - x.min()) or 1.0
            table = np.clip(1.0 - np.abs(x - p) / span, 0.0, 1.0)
        tables.append(table)
    return AdditiveUtility(weights, tuple(tables))
