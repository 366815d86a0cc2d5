"""Everything ``accord read`` reports, in one object: readings, stances, status, changes.

``Digest.to_dict()`` is the ``--json`` document (fields in ``docs/news.md``)::

    {"documents": [{"name", "date", "text", "sentences": [...], "events": [...]}],
     "stances": [...], "status": {...}, "changes": [...], "timeline": [...]}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Scenario
from .actors import ActorDictionary
from .reader import Reading
from .stances import Stance, stances
from .status import TalkStatus, negotiating_sides, talk_status
from .timeline import TimelineEntry, timeline
from .updates import Change, UpdateOptions, propose_updates

__all__ = ["Digest", "digest"]


@dataclass(frozen=True)
class Digest:
    readings: tuple[Reading, ...]
    stances: tuple[Stance, ...]
    status: TalkStatus
    changes: tuple[Change, ...]
    timeline: tuple[TimelineEntry, ...]

    def to_dict(self) -> dict:
        return {
            "documents": [r.to_dict() for r in self.readings],
            "stances": [s.to_dict() for s in self.stances],
            "status": self.status.to_dict(),
            "changes": [c.to_dict() for c in self.changes],
            "timeline": [t.to_dict() for t in self.timeline],
        }


def digest(readings: Iterable[Reading], scenario: Scenario | None = None,
           dictionary: ActorDictionary | None = None,
           options: UpdateOptions = UpdateOptions()) -> Digest:
    """Stances, talk status, proposed changes and timeline for a set of readings."""
    readings = tuple(readings)
    status = talk_status(readings)
    found: tuple[Stance, ...] = ()
    changes: tuple[Change, ...] = ()
    if scenario is not None:
        dictionary = dictionary or ActorDictionary.builtin().with_scenario(scenario)
        status = talk_status(readings, negotiating_sides(scenario, dictionary))
        found = tuple(stances(readings, scenario, dictionary))
        changes = tuple(propose_updates(scenario, readings, found, status, dictionary, options))
    return Digest(readings, found, status, changes, tuple(timeline(readings)))
