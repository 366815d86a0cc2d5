"""Talk status after a set of reports: active, suspended, collapsed, agreed or disputed.

Within one article the strongest reported signal wins, since articles do not tell events in
time order: a signed agreement or declared truce (agreed) over talks reported collapsed ("the
talks collapsed", "broke down", "ended without a deal") or both sides halting them, each in
its own act (collapsed), over talks resumed ("negotiations resumed"), over a walk-out or talks
suspended, stalled or called off (suspended), over talks held (active). One sentence does
tell them in order: of a stop and a restart it reports, the one told later is the later
("broke down last year but resumed in January": resumed), unless it is told as the earlier
("resumed after collapsing", "walked out of the talks, which had resumed"); of two stops
("talks collapse as the union walks out") the stronger stands.
Across articles the latest dated one decides; articles of that date that report different
changes (collapsed and resumed, accepted and walked out) leave the status disputed, for the
analyst to settle, rather than one decided by which file is read last. Undated articles come
first, in the order read. Only acts reported as done count: a delegation "expected to
return" leaves the talks suspended. Given the negotiating sides (a scenario's), an agreement
counts only between them: a party's contract with a supplier, or one a party signs with the
mediator, is no end of the talks, nor is an option a party signs up to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .events import Event
from .reader import Reading

__all__ = ["Sides", "TalkStatus", "document_status", "negotiating_sides", "talk_status",
           "went_on_after"]

_RANK = {"unknown": 0, "active": 1, "suspended": 2, "resumed": 3, "collapsed": 4, "agreed": 5}
_RESTART = ("return", "resume", "restart", "renew")
#: Signals that change the talks (talks merely held change nothing: "active"), and those of
#: them that stop the talks.
_CHANGES = frozenset({"suspended", "resumed", "collapsed", "agreed"})
_STOPS = frozenset({"suspended", "collapsed"})
#: Signals that say the talks went on (or ended in a deal) after a walk-out.
_WENT_ON = frozenset({"active", "resumed", "agreed"})
#: Words that tell the act of their clause as the earlier one ("resumed after collapsing", "a
#: week since they resumed", "which had resumed"), and where a clause starts.
_EARLIER = re.compile(r"\b(?:after|since|following)\b|\bhad\s+(?:been\s+)?\w+(?:\s+\w+)?\s*$",
                      re.IGNORECASE)
_CLAUSE = re.compile(r"[,;]|\b(?:but|and|then|yet)\b", re.IGNORECASE)

#: The negotiating party an actor code stands for, or None (see :func:`negotiating_sides`).
Sides = Callable[[str | None], str | None]


@dataclass(frozen=True)
class TalkStatus:
    """The status, and the event and document it rests on (None when unknown); when
    disputed, the statuses of the articles that disagree."""

    status: str
    event: Event | None = None
    document: str | None = None
    sentence: str | None = None
    date: str | None = None
    disputed: tuple[TalkStatus, ...] = ()

    def to_dict(self) -> dict:
        out = {"status": self.status, "document": self.document, "evidence": self.sentence,
               "event": self.event.to_dict() if self.event else None}
        if self.disputed:
            out["disputed"] = [{"status": s.status, "document": s.document,
                                "evidence": s.sentence} for s in self.disputed]
        return out


def negotiating_sides(scenario, dictionary) -> Sides:
    """The scenario's negotiating party (role ``party``) each actor code belongs to."""
    negotiators = set(scenario.negotiators)

    def side(code: str | None) -> str | None:
        party = dictionary.party_of(code)
        return party if party in negotiators else None

    return side


def _signal(event: Event, text: str, sides: Sides | None) -> str | None:
    if event.modality is not None or event.negated:
        return None
    if event.cameo in ("057", "0871"):
        return "agreed" if sides is None or _between_sides(event, text, sides) else None
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


def _between_sides(event: Event, text: str, sides: Sides) -> bool:
    """An agreement of the talks: a negotiating party's with another one, or with no one
    named when its words name the agreement ("the union signed the deal", not "signed up to
    phased automation": an option accepted); not with a supplier or the mediator."""
    source = sides(event.source.code)
    if source is None:
        return False
    if event.target is None:
        return len(text[event.span[0]:event.span[1]].split()) > 1
    return sides(event.target.code) not in (None, source)


def _signals(reading: Reading, sides: Sides | None) -> list[tuple[str, Event]]:
    """The article's signals, less the changes a later one of the same sentence overtakes."""
    found: list[tuple[str, Event]] = []
    halted_by: set[str | None] = set()
    halts: set[tuple[int, int]] = set()
    for event in reading.events:
        signal = _signal(event, reading.text, sides)
        if signal == "suspended" and event.act == "halt_talks" and event.source.code:
            # both sides halting, each in its own act ("talks between X and Y were
            # suspended" is one act, with both as its parties); talks reported suspended by
            # no one named, or by a mediator, are no second side walking out
            halted_by.add(event.source.code)
            halts.add(event.span)
            if len(halted_by) > 1 and len(halts) > 1:
                signal = "collapsed"
        if signal:
            found.append((signal, event))
    overtaken = set()
    for i, (first, a) in enumerate(found):
        for j, (second, b) in enumerate(found):
            if a.sentence != b.sentence or not {first, second} <= _CHANGES or (
                    first in _STOPS) == (second in _STOPS) or a.span[1] >= b.span[1]:
                continue  # (two stops, or two restarts: the strongest, as across sentences)
            # (b told after a: the later, unless its clause tells it as the earlier)
            clause = _CLAUSE.split(reading.text[a.span[1]:b.span[1]])[-1]
            earlier = _EARLIER.search(clause)
            overtaken.add(j if earlier else i)
    return [s for k, s in enumerate(found) if k not in overtaken]


def _document_status(reading: Reading, sides: Sides | None) -> TalkStatus:
    """The article's strongest signal ("resumed" kept as such)."""
    best = TalkStatus("unknown")
    for signal, event in _signals(reading, sides):
        if _RANK[signal] > _RANK[best.status]:
            best = TalkStatus(signal, event, reading.name,
                              reading.sentences[event.sentence].text, reading.date)
    return best


def _active(status: TalkStatus) -> TalkStatus:
    """Talks resumed are talks active."""
    if status.status != "resumed":
        return status
    return TalkStatus("active", status.event, status.document, status.sentence, status.date)


def document_status(reading: Reading, sides: Sides | None = None) -> TalkStatus:
    """One article's status (see the module's notes)."""
    return _active(_document_status(reading, sides))


def _in_order(readings: Iterable[Reading]) -> list[Reading]:
    """By date, undated first, each date's articles in the order read."""
    return sorted(readings, key=lambda r: r.date or "")


def talk_status(readings: Iterable[Reading], sides: Sides | None = None) -> TalkStatus:
    """The status after all readings: the latest dated article with a signal decides;
    articles of that date that report different changes leave it disputed."""
    found = [s for r in _in_order(readings)
             if (s := _document_status(r, sides)).status != "unknown"]
    if not found:
        return TalkStatus("unknown")
    last = found[-1]
    if last.date is None:
        return _active(last)
    same = [s for s in found if s.date == last.date]
    changes = {s.status for s in same} & _CHANGES
    if len(changes) > 1:
        return TalkStatus("disputed", date=last.date,
                          disputed=tuple(_active(s) for s in same if s.status in _CHANGES))
    return _active(max(same, key=lambda s: _RANK[s.status]))


def went_on_after(readings: Sequence[Reading], reading: Reading,
                  sides: Sides | None = None) -> TalkStatus | None:
    """The first report that the talks went on (resumed, held or agreed) after what
    ``reading`` tells: in that article itself (its status over all it tells) or in one dated
    later (undated ones: read later); None if none did."""
    ordered = _in_order(readings)
    start = next(k for k, r in enumerate(ordered) if r is reading)
    for later in ordered[start:]:
        if later is not reading and reading.date is not None and later.date == reading.date:
            continue  # the same day: which came first is not told
        found = _document_status(later, sides)
        if found.status in _WENT_ON:
            return _active(found)
    return None
