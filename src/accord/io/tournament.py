"""Tournament result files: ``results.jsonl`` (one negotiation per line, appended as each
ends), ``summary.json`` with its ``summary_*.csv`` tables, and ``results.sqlite``.

The tournament (:mod:`accord.negotiation.tournament`) hands over plain rows and summaries;
this module owns how they are written. Appends are written through to the operating system
at once and ``fsync``-ed once a second and at the end; a torn last line (a write cut short)
is dropped on the next start; summaries are replaced atomically (temporary file, then
rename).
"""

from __future__ import annotations

import csv
import io
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import AccordInputError
from .files import write_atomic
from .results import Columns, write_sqlite

__all__ = ["RESULTS", "ResultStore", "write_database", "write_summary"]

RESULTS = "results.jsonl"
SYNC_SECONDS = 1.0  # while results arrive, they reach the disk (fsync) this often


class ResultStore:
    """Append-only JSON-lines results in a folder, robust to interrupted writes."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            message = f"cannot use as the results folder: {err.strerror or err}"
            raise AccordInputError(message, file=folder) from None
        self.path = self.folder / RESULTS

    def load(self) -> list[dict[str, Any]]:
        """Rows recorded so far; a torn or corrupt tail is cut off the file."""
        if not self.path.exists():
            return []
        data = self.path.read_bytes()
        rows, good = [], 0
        for line in data.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                break
            try:
                rows.append(json.loads(line))
            except ValueError:
                break
            good += len(line)
        if good != len(data):
            write_atomic(self.path, data[:good])
        return rows

    @contextmanager
    def appending(self) -> Iterator[Callable[[dict[str, Any]], None]]:
        """A function that appends one row: written through to the operating system at once
        (so it survives the process being killed), ``fsync``-ed once ``SYNC_SECONDS`` have
        passed since the last time, and on leaving the block."""
        with open(self.path, "ab") as f:
            synced = time.monotonic()

            def append(row: dict[str, Any]) -> None:
                nonlocal synced
                f.write((json.dumps(row, allow_nan=False) + "\n").encode("utf-8"))
                f.flush()
                if time.monotonic() - synced >= SYNC_SECONDS:
                    os.fsync(f.fileno())
                    synced = time.monotonic()

            try:
                yield append
            finally:
                f.flush()
                os.fsync(f.fileno())


def write_summary(folder: str | Path, summary: dict[str, Any]) -> None:
    """``summary.json`` and the ``summary_*.csv`` tables (agents, scenarios, standings,
    pairwise tests, agent by scenario), each replaced atomically."""
    folder = Path(folder)
    write_atomic(folder / "summary.json", json.dumps(summary, indent=2).encode("utf-8"))
    for part in ("agents", "scenarios"):
        table = summary[part]
        buffer = io.StringIO()
        if table:
            columns = list(next(iter(table.values())))
            writer = csv.writer(buffer)
            writer.writerow([part[:-1], *columns])
            for name, stats in table.items():
                writer.writerow([name, *(stats.get(c) for c in columns)])
        write_atomic(folder / f"summary_{part}.csv", buffer.getvalue().encode("utf-8"))
    for part in ("standings", "pairwise"):
        buffer = io.StringIO()
        if summary[part]:
            writer = csv.DictWriter(buffer, fieldnames=list(summary[part][0]))
            writer.writeheader()
            writer.writerows(summary[part])
        write_atomic(folder / f"summary_{part}.csv", buffer.getvalue().encode("utf-8"))
    buffer = io.StringIO()
    table = summary["agent_scenario"]
    if table:
        scenarios = list(next(iter(table.values())))
        writer = csv.writer(buffer)
        writer.writerow(["agent", *scenarios])
        for agent, values in table.items():
            writer.writerow([agent, *(values[name] for name in scenarios)])
    write_atomic(folder / "summary_agent_scenario.csv", buffer.getvalue().encode("utf-8"))


def write_database(
    folder: str | Path, rows: Sequence[dict[str, Any]], scores: Columns
) -> None:
    """``results.sqlite``: every recorded negotiation (``negotiations``) and every agent's
    score in it (``scores``, column by column), for SQL queries; rebuilt at each summary."""
    keys = list(rows[0]) if rows else ["key"]
    negotiations = {k: [row.get(k) for row in rows] for k in keys}
    write_sqlite({"negotiations": negotiations, "scores": scores}, Path(folder) / "results.sqlite")
