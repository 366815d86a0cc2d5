"""Scoring the coder sentence by sentence on a labelled corpus (accord's own CAMEO/PLOVER sets).

A corpus (``tests/news/gold_cameo_dev.yaml``, ``gold_cameo_test.yaml``) is a list of items,
each one sentence read as a document of its own, labelled with its *main* event (source,
target, CAMEO code, PLOVER category, modality, negation) or with none. The coder's main event
for an item is its most confident one (the first of equals, so the reader's own order).

Metrics, per item on the main event. Unless said otherwise the denominator is the items whose
gold has an event; an item where nothing is coded counts as wrong:

- *CAMEO root accuracy*: the main event's code starts with the gold root ("19" for 195).
- *CAMEO code accuracy*: the main event's code equals the gold code.
- *source / target accuracy*: the main event's actor code equals the gold one, both taken
  without an agent suffix as in :mod:`accord.news.evaluation` (ISRMIL = ISR; PSEHMS stays
  PSEHMS); a null gold target is matched only by no target.
- *PLOVER precision, recall, F1* per category, over all items (no-event items too): an item
  gives its gold category (None when it has no event or a CAMEO 01 statement) and the main
  event's category (None when nothing is coded); for category c, true positives have both c,
  false positives only the prediction, false negatives only the gold. *Macro-F1* is the mean
  F1 over the categories that occur in the gold labels.
- *any-event figures* (secondary): some event of the item has the gold root; some event has
  the gold root, source and target.
- *quiet rate*: the share of the no-event items where nothing is coded.
- *modality / negation accuracy*: the main event's modality (None = done) and negation equal
  the gold ones.
- *confusion*: how often each (gold root, predicted root) pair occurs, over all items, with
  "--" for no event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import AccordInputError
from .arguments import Chooser
from .codes import PLOVER_CATEGORIES, crosswalk_category
from .evaluation import actor_root
from .lexicon import MODALITIES
from .reader import Reading, read
from .text import RawDocument

__all__ = ["Band", "Category", "Coded", "CorpusScore", "Item", "Label", "by_confidence", "coded",
           "documents", "load_corpus", "main_event", "miss_kinds", "misses",
           "parse_item", "score_corpus", "score_reader"]

NONE = "--"
_CODE = re.compile(r"\d{3,4}")


@dataclass(frozen=True)
class Label:
    """The gold main event of a sentence."""

    source: str
    target: str | None
    cameo: str
    plover: str | None
    modality: str | None = None
    negated: bool = False

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class Item:
    """One sentence of a corpus and its gold main event (None: nothing codable)."""

    text: str
    event: Label | None
    line: int = 0


@dataclass(frozen=True)
class Coded:
    """What the scoring needs of a coded event."""

    source: str | None
    target: str | None
    cameo: str | None
    plover: str | None
    modality: str | None = None
    negated: bool = False
    confidence: float = 1.0

    @property
    def root(self) -> str:
        return (self.cameo or "")[:2] or NONE


@dataclass(frozen=True)
class Category:
    """True positives, false positives and false negatives of one PLOVER category."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class CorpusScore:
    """Counts over a corpus; the rates are properties (see the module docstring)."""

    items: int
    with_event: int
    root: int
    code: int
    source: int
    target: int
    any_root: int
    any_event: int
    quiet: int
    modality: int
    negation: int
    plover: dict[str, Category]
    confusion: dict[tuple[str, str], int]

    def _rate(self, count: int) -> float:
        return count / self.with_event if self.with_event else 0.0

    @property
    def root_accuracy(self) -> float:
        return self._rate(self.root)

    @property
    def code_accuracy(self) -> float:
        return self._rate(self.code)

    @property
    def source_accuracy(self) -> float:
        return self._rate(self.source)

    @property
    def target_accuracy(self) -> float:
        return self._rate(self.target)

    @property
    def any_root_accuracy(self) -> float:
        return self._rate(self.any_root)

    @property
    def any_event_accuracy(self) -> float:
        return self._rate(self.any_event)

    @property
    def modality_accuracy(self) -> float:
        return self._rate(self.modality)

    @property
    def negation_accuracy(self) -> float:
        return self._rate(self.negation)

    @property
    def quiet_rate(self) -> float:
        empty = self.items - self.with_event
        return self.quiet / empty if empty else 0.0

    @property
    def macro_f1(self) -> float:
        gold = [c for c in self.plover.values() if c.tp + c.fn]
        return sum(c.f1 for c in gold) / len(gold) if gold else 0.0

    def confusions(self, n: int = 10, *, coded: bool = False) -> list[tuple[str, str, int]]:
        """The ``n`` most frequent (gold root, predicted root, count) with the roots differing
        (with ``coded``, only those where the coder gave an event)."""
        wrong = [(g, p, k) for (g, p), k in self.confusion.items()
                 if g != p and not (coded and p == NONE)]
        return sorted(wrong, key=lambda x: (-x[2], x[0], x[1]))[:n]

    def to_dict(self, unlabelled: Iterable[str] = ()) -> dict:
        """The counts and rates, for JSON; the ``unlabelled`` measures ("modality",
        "negation") are null: the gold says nothing of them."""
        rates = ("root", "code", "source", "target", "any_root", "any_event", "modality",
                 "negation")
        unlabelled = set(unlabelled)
        return {
            "items": self.items, "with_event": self.with_event,
            **{f"{r}_accuracy": None if r in unlabelled else
               round(getattr(self, f"{r}_accuracy"), 4) for r in rates},
            "quiet": self.quiet, "quiet_rate": round(self.quiet_rate, 4),
            "plover_macro_f1": round(self.macro_f1, 4),
            "plover": {c: {"tp": k.tp, "fp": k.fp, "fn": k.fn, "precision": round(k.precision, 4),
                           "recall": round(k.recall, 4), "f1": round(k.f1, 4)}
                       for c, k in self.plover.items()},
            "confusions": [{"gold": g, "coded": p, "count": k}
                           for g, p, k in self.confusions(len(self.confusion))],
        }


def coded(reading: Reading) -> tuple[Coded, ...]:
    """The events of a reading, in the reader's order, as :class:`Coded`."""
    return tuple(Coded(e.source.code, e.target.code if e.target else None, e.cameo, e.plover,
                       e.modality, e.negated, e.confidence) for e in reading.events)


def documents(items: Iterable[Item], prefix: str = "item") -> list[RawDocument]:
    """One document per item (no co-reference between sentences), for the reader."""
    return [RawDocument.of_text(item.text, f"{prefix}{i}")
            for i, item in enumerate(items)]


def main_event(events: Sequence[Coded]) -> Coded | None:
    """The event scored for a sentence: its most confident (the first of equals)."""
    return max(events, key=lambda e: e.confidence, default=None)


@dataclass(frozen=True)
class Band:
    """The main events whose confidence lies in ``[low, high)``: how many, and how many have
    the gold root, target, and root, source and target together."""

    low: float
    high: float
    events: int
    root: int
    target: int
    whole: int

    def to_dict(self) -> dict:
        return {"low": self.low, "high": self.high, "events": self.events, "root": self.root,
                "target": self.target, "root_source_target": self.whole}


def by_confidence(items: Sequence[Item], predicted: Sequence[Sequence[Coded]],
                  edges: Sequence[float] = (0.0, 0.5, 0.7, 0.9)) -> list[Band]:
    """How right the main events are per confidence band (``edges``: the bands' lower ends):
    what ``accord read --min-confidence`` keeps and what it costs. A main event where the
    gold has none is wrong in every respect."""
    bounds = [*edges[1:], float("inf")]
    counts = [[0, 0, 0, 0] for _ in edges]
    for item, events in zip(items, predicted):
        main, gold = main_event(events), item.event
        if main is None:
            continue
        k = next(k for k, high in enumerate(bounds) if main.confidence < high)
        root = gold is not None and main.root == gold.root
        target = gold is not None and _same_actor(main.target, gold.target)
        whole = root and target and _same_actor(main.source, gold.source)
        for j, hit in enumerate((True, root, target, whole)):
            counts[k][j] += hit
    return [Band(low, min(high, 1.0), *c) for low, high, c in zip(edges, bounds, counts)]


def misses(items: Sequence[Item], predicted: Sequence[Sequence[Coded]]
           ) -> list[tuple[Item, Coded | None]]:
    """The items whose main event is not the gold one (an event where there is none, none
    where there is one, or another CAMEO root, source or target), with that main event."""
    return [(item, main) for item, events in zip(items, predicted)
            if miss_kinds(item.event, main := main_event(events))]


def miss_kinds(gold: Label | None, main: Coded | None) -> tuple[str, ...]:
    """How a main event misses the gold: ``("no event",)``, ``("event where none",)``, or
    those of ``root``, ``source``, ``target`` that differ; () when it does not."""
    if gold is None:
        return ("event where none",) if main is not None else ()
    if main is None:
        return ("no event",)
    return tuple(kind for kind, same in (
        ("root", main.root == gold.root), ("source", _same_actor(main.source, gold.source)),
        ("target", _same_actor(main.target, gold.target))) if not same)


def _same_actor(got: str | None, gold: str | None) -> bool:
    return actor_root(got) == actor_root(gold)


def score_corpus(items: Sequence[Item], predicted: Sequence[Sequence[Coded]]) -> CorpusScore:
    """Score the coder's events (``predicted[i]`` for ``items[i]``) against the gold labels."""
    if len(items) != len(predicted):
        raise ValueError(f"{len(items)} items but {len(predicted)} predictions")
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for item, events in zip(items, predicted):
        gold, main = item.event, main_event(events)
        confusion[gold.root if gold else NONE, main.root if main else NONE] += 1
        said = main.plover if main else None
        truth = gold.plover if gold else None
        if said == truth and said is not None:
            tp[said] += 1
        else:
            if said is not None:
                fp[said] += 1
            if truth is not None:
                fn[truth] += 1
        if gold is None:
            counts["quiet"] += not events
            continue
        counts["with_event"] += 1
        counts["any_root"] += any(e.root == gold.root for e in events)
        counts["any_event"] += any(e.root == gold.root and _same_actor(e.source, gold.source)
                                   and _same_actor(e.target, gold.target) for e in events)
        if main is None:
            continue
        counts["root"] += main.root == gold.root
        counts["code"] += main.cameo == gold.cameo
        counts["source"] += _same_actor(main.source, gold.source)
        counts["target"] += _same_actor(main.target, gold.target)
        counts["modality"] += main.modality == gold.modality
        counts["negation"] += main.negated == gold.negated
    names = [c for c in PLOVER_CATEGORIES if tp[c] + fp[c] + fn[c]]
    names += sorted(c for c in {*tp, *fp, *fn} if c not in PLOVER_CATEGORIES)
    plover = {c: Category(tp[c], fp[c], fn[c]) for c in names}
    fields = ("with_event", "root", "code", "source", "target", "any_root", "any_event",
              "quiet", "modality", "negation")
    return CorpusScore(len(items), **{f: counts[f] for f in fields}, plover=plover,
                       confusion=dict(confusion))


def score_reader(items: Sequence[Item], dictionary=None, *, jobs: int = 1,
                 targets: Chooser | None = None
                 ) -> tuple[CorpusScore, tuple[tuple[Coded, ...], ...]]:
    """Read every item as a document of its own and score the reader's events against the
    gold labels: the score, and the coded events of each item. ``targets`` picks acts'
    targets (see :func:`accord.news.events.code_sentence`)."""
    predicted = tuple(coded(r) for r in read(documents(items), dictionary, jobs=jobs,
                                             targets=targets))
    return score_corpus(items, predicted), predicted


def load_corpus(path: str | Path) -> tuple[Item, ...]:
    """The items of a corpus file; a malformed one raises :class:`AccordInputError` naming the
    file, the line and the field."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as err:
        raise AccordInputError(f"not valid YAML: {err}", file=path) from None
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise AccordInputError("expected a mapping with a list 'items'", file=path, line=1)
    nodes = next(v for k, v in root.value if k.value == "items").value
    return tuple(parse_item(raw, i, path, node.start_mark.line + 1)
                 for i, (raw, node) in enumerate(zip(data["items"], nodes)))


def parse_item(raw: object, i: int, path: Path, line: int,
               field_name: Callable[[str], str] | None = None) -> Item:
    """One checked item from ``{"text", "event": {...} or None}``; a PLOVER category left out
    (not given as null) is the CAMEO code's in PLOVER's conversion table. A malformed one
    raises :class:`AccordInputError` naming the file, the line and the field, as
    ``field_name`` names it in that file ("event.cameo" -> "items[3].event.cameo" in YAML)."""
    def bad(field: str, message: str) -> AccordInputError:
        name = field_name(field) if field_name else f"items[{i}].{field}"
        return AccordInputError(message, file=path, line=line, field=name)

    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str) or not raw["text"]:
        raise bad("text", "each item needs a non-empty 'text'")
    if "event" not in raw:
        raise bad("event", "each item needs an 'event' (null when nothing is codable)")
    event = raw["event"]
    if event is None:
        return Item(raw["text"], None, line)
    if not isinstance(event, dict):
        raise bad("event", "expected a mapping or null")
    known = {"source", "target", "cameo", "plover", "modality", "negated"}
    if unknown := sorted(set(event) - known):
        raise bad(f"event.{unknown[0]}", f"unknown field (expected {', '.join(sorted(known))})")
    for field in ("source", "cameo"):
        if not isinstance(event.get(field), str) or not event[field]:
            raise bad(f"event.{field}", "required, a string")
    if not _CODE.fullmatch(event["cameo"]):
        raise bad("event.cameo", f"{event['cameo']!r} is not a CAMEO code of 3 or 4 digits "
                  "(quote it in YAML)")
    for field in ("target", "plover", "modality"):
        if event.get(field) is not None and not isinstance(event[field], str):
            raise bad(f"event.{field}", "a string or null")
    if event.get("plover") is not None and event["plover"] not in PLOVER_CATEGORIES:
        raise bad("event.plover", f"{event['plover']!r} is not a PLOVER category")
    if event.get("modality") is not None and event["modality"] not in MODALITIES:
        raise bad("event.modality", f"{event['modality']!r} is none of the coder's "
                  f"modalities ({', '.join(MODALITIES)}; null when the act is done)")
    if not isinstance(event.get("negated", False), bool):
        raise bad("event.negated", "true or false")
    plover = event["plover"] if "plover" in event else crosswalk_category(event["cameo"])
    label = Label(event["source"], event.get("target"), event["cameo"], plover,
                  event.get("modality"), event.get("negated", False))
    return Item(raw["text"], label, line)
