"""Coded events as a table: one row per event (written as CSV or Parquet by io).

The columns are the JSON's event fields flattened (``span`` as ``start`` and ``end``, an
actor as ``*_text`` and ``*_code``), after the document's name and before the sentence's
text, each with one type: a column whose values are all null, or a table with no rows, keeps
its type, so that any two outputs read as one dataset.
"""

from __future__ import annotations

from collections.abc import Iterable

from .reader import Reading

__all__ = ["COLUMNS", "TYPES", "event_rows", "event_table"]

#: Each column and its type (``string``, ``int64``, ``float64`` or ``bool``), in order.
TYPES: dict[str, str] = {
    "document": "string", "sentence": "int64", "start": "int64", "end": "int64",
    "source_text": "string", "source_code": "string", "target_text": "string",
    "target_code": "string", "plover": "string", "mode": "string", "cameo": "string",
    "goldstein": "float64", "negated": "bool", "modality": "string", "confidence": "float64",
    "said_by_text": "string", "said_by_code": "string", "date": "string", "place": "string",
    "act": "string", "content": "string", "found": "string", "sentence_text": "string",
}
COLUMNS = tuple(TYPES)


def _actor(prefix: str, actor) -> dict:
    return {f"{prefix}_text": actor.text if actor else None,
            f"{prefix}_code": actor.code if actor else None}


def event_rows(readings: Iterable[Reading]) -> list[dict]:
    """One dict per event, in reading order, with the fields of :data:`COLUMNS`."""
    rows = []
    for r in readings:
        for e in r.events:
            rows.append({
                "document": r.name, "sentence": e.sentence, "start": e.span[0],
                "end": e.span[1], **_actor("source", e.source), **_actor("target", e.target),
                "plover": e.plover, "mode": e.mode, "cameo": e.cameo, "goldstein": e.goldstein,
                "negated": e.negated, "modality": e.modality, "confidence": e.confidence,
                **_actor("said_by", e.said_by), "date": e.date, "place": e.place,
                "act": e.act, "content": e.content, "found": e.found,
                "sentence_text": r.sentences[e.sentence].text,
            })
    return rows


def event_table(readings: Iterable[Reading]) -> dict[str, list]:
    """The events column by column (:data:`COLUMNS`, typed by :data:`TYPES`), as
    :mod:`accord.io.results` writes tables (``--out events.csv|events.parquet``)."""
    rows = event_rows(readings)
    return {c: [row[c] for row in rows] for c in COLUMNS}
