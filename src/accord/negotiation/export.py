"""Writing negotiations out: a JSON document, or one row per move in CSV or Parquet.

The JSON form is what ``accord simulate --json`` prints: ``agreement`` (``{issue: option}``
or null), ``round``, ``utilities`` (discounted, one per party), ``events`` and ``trace``,
plus the rest of the result. The tabular forms have one row per move with the outcome's
index and options, and every party's undiscounted utility of it.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from .trace import Negotiation

__all__ = ["to_csv", "to_dict", "to_json", "to_parquet", "trace_rows"]


def _clean(value: Any) -> Any:
    """JSON-safe: NaN and infinities become null, numpy scalars plain numbers."""
    if isinstance(value, float | np.floating):
        value = float(value)
        return value if math.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def trace_rows(negotiation: Negotiation) -> list[dict[str, Any]]:
    """One dict per move: round, time, party, action, outcome (options), utilities."""
    trace = negotiation.trace
    space = negotiation.space
    utilities = trace.utilities()
    rows = []
    for k in range(len(trace)):
        index = trace.outcome[k]
        outcome = None
        if index >= 0 and space is not None:
            outcome = space.outcome(index)
        rows.append(
            {
                "round": trace.round[k],
                "time": trace.time[k],
                "party": trace.actor_name(trace.actor[k]),
                "action": trace.action[k],
                "outcome_index": index if index >= 0 else None,
                "outcome": outcome,
                "utilities": None if index < 0 else dict(zip(trace.parties, utilities[k].tolist())),
                "detail": trace.detail[k],
            }
        )
    return rows


def to_dict(negotiation: Negotiation) -> dict[str, Any]:
    """The JSON document of a negotiation."""
    result = negotiation.result
    return _clean(
        {
            "scenario": negotiation.scenario,
            "protocol": negotiation.protocol,
            "parties": list(negotiation.parties),
            "agents": list(negotiation.agents),
            "mediator": negotiation.mediator,
            "seed": negotiation.seed,
            "rounds": negotiation.rounds,
            "agreement": negotiation.outcome,
            "agreement_index": result.agreement,
            "round": result.round,
            "time": result.time,
            "reason": result.reason,
            "utilities": list(result.utilities),
            "raw_utilities": list(result.raw_utilities),
            "welfare": result.welfare,
            "pareto_distance": result.pareto_distance,
            "nash_distance": result.nash_distance,
            "error": result.error,
            "error_party": result.error_party,
            "note": result.note,
            "events": [e.to_dict() for e in negotiation.events],
            "trace": trace_rows(negotiation),
        }
    )


def to_json(
    negotiation: Negotiation, path: str | Path | None = None, indent: int | None = 2
) -> str:
    """JSON text of the negotiation, also written to ``path`` when given."""
    text = json.dumps(to_dict(negotiation), indent=indent, allow_nan=False)
    if path is not None:
        Path(path).write_text(text + "\n", encoding="utf-8")
    return text


def _columns(negotiation: Negotiation) -> tuple[list[str], list[list[Any]]]:
    trace = negotiation.trace
    issues = list(negotiation.issues)
    header = ["round", "time", "party", "action", "outcome_index", *issues]
    header += [f"u_{p}" for p in trace.parties] + ["detail"]
    utilities = trace.utilities()
    rows = []
    for row, u in zip(trace_rows(negotiation), utilities):
        outcome = row["outcome"] or {}
        detail = row["detail"]
        rows.append(
            [row["round"], row["time"], row["party"], row["action"], row["outcome_index"]]
            + [outcome.get(i) for i in issues]
            + [None if np.isnan(x) else float(x) for x in u]
            + [None if detail is None else json.dumps(_clean(detail))]
        )
    return header, rows


def to_csv(negotiation: Negotiation, path: str | Path) -> None:
    """One row per move (empty cells where a move has no outcome)."""
    header, rows = _columns(negotiation)
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def to_parquet(negotiation: Negotiation, path: str | Path) -> None:
    """The CSV table as Parquet (needs ``pyarrow``: ``pip install accord[parquet]``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("Parquet export needs pyarrow: pip install 'accord[parquet]'") from None
    header, rows = _columns(negotiation)
    columns = list(zip(*rows)) if rows else [[] for _ in header]
    arrays = {}
    for name, values in zip(header, columns):
        values = list(values)
        if name in negotiation.issues:
            values = [None if v is None else str(v) for v in values]
        arrays[name] = values
    pq.write_table(pa.table(arrays), path)
