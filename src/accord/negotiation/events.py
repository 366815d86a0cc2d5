"""When scenario events fire: the bookkeeping behind ``dynamics:``.

:class:`Schedule` evaluates the small condition language of :mod:`accord.model.dynamics`
round by round and keeps track of who is away. What an event *does* is up to the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model.dynamics import Condition, Event, WalkOut

__all__ = ["Absence", "Schedule"]


@dataclass
class Absence:
    """A party away from the table, and what brings it back."""

    party: str
    until: int | None
    condition: Condition | None
    event_id: str = ""


class Schedule:
    """Pending events, fired events and absences of one negotiation."""

    def __init__(self, events: Sequence[Event], parties: Sequence[str]) -> None:
        """``events`` from a validated scenario (which checked their ids and references)."""
        self.pending: list[Event] = list(events)
        self.fired: set[str] = set()
        self.walked_out: set[str] = set()
        self.absent: dict[str, Absence] = {}
        self._parties = tuple(parties)

    @property
    def idle(self) -> bool:
        """Nothing left to check (the common case: no dynamics at all)."""
        return not self.pending and not self.absent

    def holds(self, cond: Condition, round_: int) -> bool:
        if cond.after_round is not None and round_ <= cond.after_round:
            return False
        if cond.no_agreement_by is not None and round_ < cond.no_agreement_by:
            return False
        if cond.party_walked_out is not None and cond.party_walked_out not in self.walked_out:
            return False
        if cond.party_absent is not None and cond.party_absent not in self.absent:
            return False
        if cond.event_fired is not None and cond.event_fired not in self.fired:
            return False
        if cond.any_of is not None:
            return any(self.holds(c, round_) for c in cond.any_of)
        return True

    def returning(self, round_: int) -> list[Absence]:
        """Absences that end at the start of ``round_`` (removed from ``absent``)."""
        back = [
            a
            for a in self.absent.values()
            if (a.until is not None and round_ >= a.until)
            or (a.condition is not None and self.holds(a.condition, round_))
        ]
        for absence in back:
            del self.absent[absence.party]
        return back

    def due(self, round_: int) -> list[Event]:
        """Events firing at ``round_``, in declaration order (each fires once)."""
        fired: list[Event] = []
        for event in list(self.pending):
            if event.round is not None and round_ < event.round:
                continue
            if event.condition is not None and not self.holds(event.condition, round_):
                continue
            self.pending.remove(event)
            if event.id:
                self.fired.add(event.id)
            fired.append(event)
        return fired

    def walk_out(self, event: WalkOut, round_: int) -> bool:
        """Record a walk-out; False when the party leaves for good (no way back)."""
        self.walked_out.add(event.party)
        if event.returns_after is None and event.return_condition is None:
            return False
        until = None if event.returns_after is None else round_ + event.returns_after
        self.absent[event.party] = Absence(event.party, until, event.return_condition, event.id)
        return True
