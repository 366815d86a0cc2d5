"""Coded events as a table: one row per event (written as CSV or Parquet by io)."""

from __future__ import annotations

from collections.abc import Iterable

from .reader import Reading

__all__ = ["COLUMNS", "event_rows", "event_table"]

COLUMNS = ("document", "date", "sentence", "start", "end", "source_text", "source_code",
           "target_text", "target_code", "plover", "mode", "cameo", "goldstein", "negated",
           "modality", "confidence", "said_by", "place", "sentence_text")


def event_rows(readings: Iterable[Reading]) -> list[dict]:
    """One dict per event, in reading order, with the fields of :data:`COLUMNS`."""
    rows = []
    for r in readings:
        for e in r.events:
            rows.append({
                "document": r.name, "date": e.date, "sentence": e.sentence,
                "start": e.span[0], "end": e.span[1], "source_text": e.source.text,
                "source_code": e.source.code, "target_text": e.target.text if e.target else None,
                "target_code": e.target.code if e.target else None, "plover": e.plover,
                "mode": e.mode, "cameo": e.cameo, "goldstein": e.goldstein,
                "negated": e.negated, "modality": e.modality, "confidence": e.confidence,
                "said_by": e.said_by.text if e.said_by else None, "place": e.place,
                "sentence_text": r.sentences[e.sentence].text,
            })
    return rows


def event_table(readings: Iterable[Reading]) -> dict[str, list]:
    """The events column by column (:data:`COLUMNS`), as :mod:`accord.io.results` writes
    tables (``--out events.csv|events.parquet``)."""
    rows = event_rows(readings)
    return {c: [row[c] for row in rows] for c in COLUMNS}
