"""A timeline across articles: events by date, with each article's talk status.

Articles are ordered by the date they give (in the text, or in the file name); undated ones
come last, in name order (numbers read as numbers), and say so. An event with no PLOVER
category (a CAMEO 01 statement) is told by its CAMEO code. Within an article the events are
told in the article's own order (sentence, then place in the sentence): the reader lists them
most confident first, which is the order for picking an article's main events, not for telling
what happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .reader import Reading
from .status import document_status

__all__ = ["TimelineEntry", "timeline"]


@dataclass(frozen=True)
class TimelineEntry:
    """One article's place in the timeline: its date, status and main events."""

    date: str | None
    document: str
    status: str
    events: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"date": self.date, "document": self.document, "status": self.status,
                "events": list(self.events)}


def timeline(readings: Iterable[Reading], per_article: int = 5) -> list[TimelineEntry]:
    """Articles sorted by date (undated last), each with its ``per_article`` most confident
    events in the order the article tells them."""
    entries = []
    for r in readings:
        best = sorted(r.events, key=lambda e: -e.confidence)[:per_article]
        best.sort(key=lambda e: (e.sentence, e.span))
        summary = tuple(
            f"{e.source.text} {e.plover or f'CAMEO {e.cameo}'}"
            f"{'/' + e.mode if e.mode else ''} "
            f"{e.target.text if e.target else ''}".strip()
            + (f" ({e.modality})" if e.modality else "") + (" (negated)" if e.negated else "")
            for e in best)
        entries.append(TimelineEntry(r.date, r.name, document_status(r).status, summary))
    entries.sort(key=lambda t: (t.date is None, t.date or "", _natural(t.document)))
    return entries


def _natural(name: str) -> tuple:
    """A name's order with its numbers read as numbers ("x.txt:2" before "x.txt:10", the
    lines of ``--lines``)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part)
                 for part in re.split(r"(\d+)", name))
