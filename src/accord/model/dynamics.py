"""Things that happen during talks: walk-outs, threats, pressure, bridging texts, deadlines.

A scenario lists its events under ``dynamics:``. Each event fires once, at ``round`` (0-based)
or at the first round where its ``condition`` holds (both: the first round from ``round`` on
where the condition holds). Conditions are a small declarative language, never code:

``{after_round: n}``
    the current round is later than ``n``;
``{no_agreement_by: n}``
    round ``n`` has been reached without agreement;
``{party_walked_out: key}``
    party ``key`` has walked out at some point;
``{party_absent: key}``
    party ``key`` is away from the table right now;
``{event_fired: id}``
    the event with that ``id`` has fired;
``{any_of: [condition, ...]}``
    at least one of the listed conditions holds.

Several keys in one mapping must all hold.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, model_validator

from .issues import Option

__all__ = [
    "BridgingProposal",
    "Condition",
    "Deadline",
    "Event",
    "ReservationChange",
    "WalkOut",
    "WeightShift",
]


class Condition(BaseModel):
    """When an event fires: every given clause must hold (see the module docstring)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    after_round: NonNegativeInt | None = None
    no_agreement_by: NonNegativeInt | None = None
    party_walked_out: str | None = None
    party_absent: str | None = None
    event_fired: str | None = None
    any_of: tuple[Condition, ...] | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError("a condition needs at least one clause")
        return self

    def parties(self) -> set[str]:
        """Party keys the condition names, for validation against the scenario."""
        names = {p for p in (self.party_walked_out, self.party_absent) if p is not None}
        for sub in self.any_of or ():
            names |= sub.parties()
        return names

    def events(self) -> set[str]:
        names = {self.event_fired} if self.event_fired is not None else set()
        for sub in self.any_of or ():
            names |= sub.events()
        return names


class _EventBase(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = ""
    label: str = ""
    round: NonNegativeInt | None = None
    condition: Condition | None = None
    note: str = ""

    @model_validator(mode="after")
    def _when(self) -> _EventBase:
        if self.round is None and self.condition is None:
            raise ValueError("an event needs a 'round', a 'condition', or both")
        return self

    def parties(self) -> set[str]:
        """Party keys this event refers to (its own and its conditions')."""
        names = set(self.condition.parties()) if self.condition else set()
        party = getattr(self, "party", None)
        return names | ({party} if party else set())

    def issues(self) -> set[str]:
        return set()


class WalkOut(_EventBase):
    """``party`` suspends talks; it returns ``returns_after`` rounds later or when
    ``return_condition`` holds. With neither, the talks end for good."""

    type: Literal["walk_out"] = "walk_out"
    party: str
    returns_after: Annotated[int, Field(ge=1)] | None = None
    return_condition: Condition | None = None

    def parties(self) -> set[str]:
        extra = self.return_condition.parties() if self.return_condition else set()
        return super().parties() | extra


class ReservationChange(_EventBase):
    """``party``'s walk-away value changes: set to ``value`` or moved by ``delta``.

    A threatened military operation makes fighting on look better (``delta > 0``); outside
    pressure makes walking away worse (``delta < 0``). The result is clipped to [0, 1].
    """

    type: Literal["reservation_change"] = "reservation_change"
    party: str
    value: Annotated[float, Field(ge=0, le=1)] | None = None
    delta: Annotated[float, Field(ge=-1, le=1)] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> ReservationChange:
        if (self.value is None) == (self.delta is None):
            raise ValueError("give either 'value' or 'delta'")
        return self


class WeightShift(_EventBase):
    """``party`` re-weighs issues (new weights for the named ones; others keep theirs).

    Only for parties with weighted (linear-additive) utility.
    """

    type: Literal["weight_shift"] = "weight_shift"
    party: str
    weights: dict[str, Annotated[float, Field(ge=0)]] = Field(min_length=1)

    def issues(self) -> set[str]:
        return set(self.weights)

    def rescaled(self, current: Mapping[str, float]) -> dict[str, float]:
        """The party's weights after the shift, from ``current`` (by issue), rescaled to
        their old total: a shift changes what the party cares about, not the scale of its
        utility. (For a spatial utility the weights are saliences.)"""
        new = {**current, **self.weights}
        total_old, total_new = sum(current.values()), sum(new.values())
        scale = total_old / total_new if total_old > 0 and total_new > 0 else 1.0
        return {issue: weight * scale for issue, weight in new.items()}


class BridgingProposal(_EventBase):
    """A mediator tables ``outcome`` (every issue given): each party must answer it."""

    type: Literal["bridging_proposal"] = "bridging_proposal"
    outcome: dict[str, Option] = Field(min_length=1)
    by: str = "mediator"

    def issues(self) -> set[str]:
        return set(self.outcome)


class Deadline(_EventBase):
    """A hard deadline is announced: talks end after round ``ends_at`` (absolute) or
    ``within`` rounds of the announcement; with neither, they end at the trigger round.

    Deadlines only ever move earlier.
    """

    type: Literal["deadline"] = "deadline"
    ends_at: NonNegativeInt | None = None
    within: NonNegativeInt | None = None

    @model_validator(mode="after")
    def _one_form(self) -> Deadline:
        if self.ends_at is not None and self.within is not None:
            raise ValueError("give 'ends_at' or 'within', not both")
        return self


Event = Annotated[
    WalkOut | ReservationChange | WeightShift | BridgingProposal | Deadline,
    Field(discriminator="type"),
]
"""One scenario event; ``type`` says which."""
