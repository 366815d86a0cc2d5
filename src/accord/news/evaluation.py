"""Scoring coded events against a hand annotation (a gold set).

A gold event names its sentence by a quoted span of it and gives the source code, the PLOVER
category, the CAMEO root code, the target (actor root code, or None) and the modality. A coded
event matches when all of those agree (targets compared without the agent suffix, so ISRMIL
counts as ISR); each coded event matches at most one gold event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .actors import actor_root
from .events import Event
from .reader import Reading

__all__ = ["GoldEvent", "Score", "actor_root", "score"]


@dataclass(frozen=True)
class GoldEvent:
    sentence: str
    source: str
    plover: str
    root: str
    target: str | None = None
    modality: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    missed: tuple[GoldEvent, ...]
    extra: tuple[Event, ...]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _matches(gold: GoldEvent, event: Event) -> bool:
    return (event.source.code == gold.source and event.plover == gold.plover
            and (event.cameo or "")[:2] == gold.root
            and actor_root(event.target.code if event.target else None) == actor_root(gold.target)
            and event.modality == gold.modality
            and (gold.place is None or event.place == gold.place))


def score(reading: Reading, gold: Iterable[GoldEvent], *, sentences: Sequence[int] | None = None
          ) -> Score:
    """Precision and recall of ``reading``'s events against ``gold`` (over the sentences the
    gold set annotates, or ``sentences``)."""
    gold = list(gold)
    index = {}
    for g in gold:
        found = [i for i, s in enumerate(reading.sentences) if g.sentence in s.text]
        if not found:
            raise ValueError(f"gold sentence not in the text: {g.sentence!r}")
        index[g] = found[0]
    scope = set(sentences) if sentences is not None else set(range(len(reading.sentences)))
    events = [e for e in reading.events if e.sentence in scope]
    used: set[int] = set()
    missed = []
    for g in gold:
        hit = next((k for k, e in enumerate(events) if k not in used
                    and e.sentence == index[g] and _matches(g, e)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    extra = tuple(e for k, e in enumerate(events) if k not in used)
    return Score(len(used), len(extra), len(missed), tuple(missed), extra)
