"""Talk status after a set of reports: active, suspended, collapsed or agreed.

Within one article the strongest reported signal wins, since articles do not tell events in
time order: a signed agreement or declared truce (agreed) over talks reported collapsed ("the
talks collapsed", "broke down", "ended without a deal") or both sides halting them, each in
its own act (collapsed), over talks resumed ("negotiations resumed"), over a walk-out or talks
suspended, stalled or called off (suspended), over talks held (active).
Across articles the latest dated one decides. Only acts reported as done count: a delegation
"expected to return" leaves the talks suspended.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .events import Event
from .reader import Reading

__all__ = ["TalkStatus", "talk_status"]

_RANK = {"unknown": 0, "active": 1, "suspended": 2, "resumed": 3, "collapsed": 4, "agreed": 5}
_RESTART = ("return", "resume", "restart", "renew")


@dataclass(frozen=True)
class TalkStatus:
    """The status, and the event and document it rests on (None when unknown)."""

    status: str
    event: Event | None = None
    document: str | None = None
    sentence: str | None = None

    def to_dict(self) -> dict:
        return {"status": self.status, "document": self.document, "evidence": self.sentence,
                "event": self.event.to_dict() if self.event else None}


def _signal(event: Event, text: str) -> str | None:
    if event.modality is not None or event.negated:
        return None
    if event.cameo in ("057", "0871"):
        return "agreed"
    if event.act == "collapse_talks":
        return "collapsed"
    if event.act in ("halt_talks", "halt_mediation", "talks_halted"):
        return "suspended"
    if event.act == "resume_talks":
        return "resumed"
    if event.act in ("talks", "consult", "mediate"):
        trigger = text[event.span[0]:event.span[1]].lower()
        return "resumed" if trigger.startswith(_RESTART) else "active"
    return None


def document_status(reading: Reading) -> TalkStatus:
    best = TalkStatus("unknown")
    halted_by: set[str | None] = set()
    halts: set[tuple[int, int]] = set()
    for event in reading.events:
        signal = _signal(event, reading.text)
        if signal == "suspended" and event.act == "halt_talks" and event.source.code:
            # both sides halting, each in its own act ("talks between X and Y were
            # suspended" is one act, with both as its parties); talks reported suspended by
            # no one named, or by a mediator, are no second side walking out
            halted_by.add(event.source.code)
            halts.add(event.span)
            if len(halted_by) > 1 and len(halts) > 1:
                signal = "collapsed"
        if signal and _RANK[signal] > _RANK[best.status]:
            best = TalkStatus(signal, event, reading.name,
                              reading.sentences[event.sentence].text)
    if best.status == "resumed":
        best = TalkStatus("active", best.event, best.document, best.sentence)
    return best


def talk_status(readings: Iterable[Reading]) -> TalkStatus:
    """The status after all readings (the latest dated document with a signal decides)."""
    dated = sorted(readings, key=lambda r: (r.date or "", r.name))
    status = TalkStatus("unknown")
    for reading in dated:
        found = document_status(reading)
        if found.status != "unknown":
            status = found
    return status
