"""Result files: JSON documents and tables (CSV, Parquet, SQLite).

Results hand over plain data (every result type has ``to_dict()``; a negotiation also has
``table()``, one row per move); this module owns how that data is written. JSON is strict:
NaN and infinities become ``null``, numpy scalars plain numbers, so any reader can load it.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
import os
import sqlite3
import stat
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = [
    "json_safe",
    "json_text",
    "replacing",
    "write_csv",
    "write_json",
    "write_parquet",
    "write_sqlite",
    "write_table",
]

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


def json_text(document: Any, indent: int | None = None, ensure_ascii: bool = True) -> str:
    """Strict JSON text of ``document`` (see :func:`json_safe`); ``ensure_ascii=False``
    keeps non-ASCII characters as they are rather than as ``\\u`` escapes."""
    return json.dumps(json_safe(document), indent=indent, allow_nan=False,
                      ensure_ascii=ensure_ascii)


def write_json(document: Any, path: str | Path, indent: int | None = 2) -> None:
    """Write ``document`` as a JSON file (indented, ending in a newline)."""
    Path(path).write_text(json_text(document, indent) + "\n", encoding="utf-8")


def write_csv(columns: Columns, path: str | Path) -> None:
    """A header line of column names, then one line per row; None is an empty cell. The
    file is replaced atomically (:func:`replacing`)."""
    with replacing(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(list(columns))
        writer.writerows(zip(*columns.values()))


#: Column types a table may declare (:func:`write_parquet`'s ``types``): Arrow's names.
ARROW_TYPES = ("string", "int64", "float64", "bool")


def write_parquet(columns: Columns, path: str | Path,
                  types: Mapping[str, str] | None = None) -> None:
    """The same table as Parquet (needs ``pyarrow``: ``pip install accord[parquet]``),
    replaced atomically. ``types`` (column -> one of :data:`ARROW_TYPES`) fixes the schema:
    without it a column of nulls only, or any column of a table with no rows, has Arrow's
    type ``null``, and two such files cannot be read as one dataset."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ImportError("Parquet export needs pyarrow: pip install 'accord[parquet]'") from None
    types = types or {}
    arrays = {name: pa.array(list(values), type=pa.type_for_alias(types[name]))
              if name in types else list(values) for name, values in columns.items()}
    with replacing(path) as tmp:
        pq.write_table(pa.table(arrays), tmp)


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it replaces ``path`` (one rename) only
    when the block ends without an error or Ctrl-C, and is removed otherwise: ``path`` is
    never left half written; a file replaced keeps its permissions. A path that exists and
    is no regular file (a pipe, a device) is written to as it is."""
    path = Path(path)
    if path.exists() and not path.is_file():
        yield path
        return
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else None
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_table(columns: Columns, path: str | Path,
                types: Mapping[str, str] | None = None) -> None:
    """:func:`write_parquet` for a ``.parquet`` path (typed by ``types``), :func:`write_csv`
    for any other."""
    if Path(path).suffix.lower() == ".parquet":
        write_parquet(columns, path, types)
    else:
        write_csv(columns, path)


def write_sqlite(tables: Mapping[str, Columns], path: str | Path) -> None:
    """Tables into one SQLite database that any SQL client can query (``sqlite3``, DuckDB,
    pandas), replacing the file atomically. Column types follow the values: integers and
    booleans INTEGER, other numbers REAL, the rest TEXT; None and NaN are NULL.

    >>> import sqlite3, tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> write_sqlite({"t": {"a": [1, 2], "u": [0.5, float("nan")]}}, f"{folder}/r.sqlite")
    >>> sqlite3.connect(f"{folder}/r.sqlite").execute("select a, u from t").fetchall()
    [(1, 0.5), (2, None)]
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    connection = sqlite3.connect(tmp)
    try:
        with connection:
            for name, columns in tables.items():
                names = list(columns)
                rows = [tuple(_sql_value(v) for v in row) for row in zip(*columns.values())]
                types = [_sql_type(columns[c]) for c in names]
                spec = ", ".join(f'"{c}" {t}' for c, t in zip(names, types))
                connection.execute(f'CREATE TABLE "{name}" ({spec})')
                marks = ", ".join("?" * len(names))
                connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
    finally:
        connection.close()
    os.replace(tmp, path)


def _sql_value(value: Any) -> Any:
    value = json_safe(value)
    if isinstance(value, list | dict):
        return json.dumps(value)
    return value


def _sql_type(values: Sequence[Any]) -> str:
    kinds = {type(json_safe(v)) for v in values} - {type(None)}
    if kinds <= {int, bool}:
        return "INTEGER"
    if kinds <= {int, bool, float}:
        return "REAL"
    return "TEXT"
