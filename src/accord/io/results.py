"""Result files: JSON documents and tables (CSV, Parquet).

Results hand over plain data (every result type has ``to_dict()``; a negotiation also has
``table()``, one row per move); this module owns how that data is written. JSON is strict:
NaN and infinities become ``null``, numpy scalars plain numbers, so any reader can load it.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["json_safe", "json_text", "write_csv", "write_json", "write_parquet"]

Columns = Mapping[str, Sequence[Any]]


def json_safe(value: Any) -> Any:
    """``value`` as JSON can hold it: objects with ``to_dict()`` as their dict, NaN and
    infinities as None, numpy scalars and arrays as plain numbers and lists.

    >>> json_safe({"u": np.float64("nan"), "n": np.int64(3), "xs": (1.5, float("inf"))})
    {'u': None, 'n': 3, 'xs': [1.5, None]}
    """
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    if isinstance(value, float | np.floating):
        value = float(value)
        return value if math.isfinite(value) else None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def json_text(document: Any, indent: int | None = None) -> str:
    """Strict JSON text of ``document`` (see :func:`json_safe`)."""
    return json.dumps(json_safe(document), indent=indent, allow_nan=False)


def write_json(document: Any, path: str | Path, indent: int | None = 2) -> None:
    """Write ``document`` as a JSON file (indented, ending in a newline)."""
    Path(path).write_text(json_text(document, indent) + "\n", encoding="utf-8")


def write_csv(columns: Columns, path: str | Path) -> None:
    """A header line of column names, then one line per row; None is an empty cell."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(list(columns))
        writer.writerows(zip(*columns.values()))


def write_parquet(columns: Columns, path: str | Path) -> None:
    """The same table as Parquet (needs ``pyarrow``: ``pip install accord[parquet]``)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("Parquet export needs pyarrow: pip install 'accord[parquet]'") from None
    pq.write_table(pa.table({name: list(values) for name, values in columns.items()}), path)
