"""Coded events as a table: one row per event, written as CSV or Parquet."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from .reader import Reading

__all__ = ["COLUMNS", "event_rows", "write_events"]

COLUMNS = ("document", "date", "sentence", "start", "end", "source_text", "source_code",
           "target_text", "target_code", "plover", "mode", "cameo", "goldstein", "negated",
           "modality", "confidence", "said_by", "place", "sentence_text")


def event_rows(readings: Iterable[Reading]) -> list[dict]:
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


def write_events(path: str | Path, readings: Iterable[Reading]) -> int:
    """Write the events to ``path`` (.csv or .parquet); returns the number of rows."""
    path = Path(path)
    rows = event_rows(readings)
    if path.suffix.lower() == ".parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ImportError("Parquet output needs pyarrow: pip install 'accord[parquet]'") \
                from None
        table = pa.table({c: [row[c] for row in rows] for c in COLUMNS})
        pq.write_table(table, path)
    else:
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
    return len(rows)
