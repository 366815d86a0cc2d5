"""Read the input files of the decide exchange model (Stokman's exchange model in Python).

One record per line, fields separated by tabs, semicolons or commas (whichever the first record
uses) and optionally quoted with ``'`` or ``"``:

- ``#A key name [comment]``: an actor;
- ``#P key name [description]``: an issue;
- ``#M issue position [meaning]``: what a position on an issue means; the smallest and largest
  ``#M`` positions bound the issue (0-100 when an issue has none);
- ``#D actor issue position salience power``: an actor's position on an issue, on the issue's
  bounds, its salience and its power, both in [0, 1];
- ``#/`` and ``#0`` lines are comments.

Positions are mapped linearly from each issue's bounds onto 0-100, as decide does. accord's
stakeholders carry one capability per actor, so an actor's power must be the same on every issue
(it is in decide's sample files). An actor without a ``#D`` line on an issue does not care about
it: salience 0, at the issue's weighted mean. Every problem raises
:class:`~accord.errors.AccordInputError` naming file, line and field.

References
----------
decide-exchange-model, ``docs/inputfiles.md`` and ``decide/data/reader.py``
(github.com/foarsitter/decide-exchange-model, GPL-3.0; read, not copied).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from accord.errors import AccordInputError
from accord.model.stakeholders import Stakeholders

from .cells import number_cell

__all__ = ["DecideData", "parse_decide", "read_decide"]

_FIELDS = {"#A": ("key", "name"), "#P": ("key", "name"), "#M": ("issue", "position"),
           "#D": ("actor", "issue", "position", "salience", "power")}


@dataclass(frozen=True)
class DecideData:
    """A decide input file as plain data.

    ``bounds`` is (d, 2): each issue's lowest and highest position; ``meanings`` lists each
    issue's ``#M`` (position, meaning) pairs; ``stakeholders`` holds positions on 0-100.
    """

    actor_keys: tuple[str, ...]
    issue_keys: tuple[str, ...]
    issue_names: tuple[str, ...]
    bounds: np.ndarray
    meanings: tuple[tuple[tuple[float, str], ...], ...]
    stakeholders: Stakeholders

    def to_issue_units(self, x: np.ndarray) -> np.ndarray:
        """Positions on 0-100 (one per issue, last axis) back on each issue's own bounds."""
        lo, hi = self.bounds[:, 0], self.bounds[:, 1]
        return lo + np.asarray(x) / 100.0 * (hi - lo)


def _dialect(text: str) -> dict[str, str]:
    """The separator of the first record (tab, then semicolon, then comma) and its quote."""
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    sep = next((c for c in "\t;," if c in first), "\t")
    return {"delimiter": sep, "quotechar": "'" if first.lstrip().startswith("'") else '"'}


def parse_decide(text: str, *, file: str | Path = "<decide>") -> DecideData:
    """Parse the text of a decide input file (see the module docstring)."""
    reader = csv.reader(io.StringIO(text), **_dialect(text))
    actors: dict[str, tuple[str, int]] = {}
    issues: dict[str, tuple[str, int]] = {}
    marks: dict[str, list[tuple[float, str]]] = {}
    mark_lines: dict[str, int] = {}
    rows: list[tuple[int, list[str]]] = []
    for line, raw in enumerate(reader, start=1):
        row = [c.strip().strip("'\"").strip() for c in raw]
        while row and not row[-1]:
            row.pop()
        if not row or row[0] in ("#/", "#0") or not row[0]:
            continue
        kind = row[0]
        if kind not in _FIELDS:
            raise AccordInputError(f"unknown record {kind!r}; expected #A, #P, #M, #D, #/ or #0",
                                   file=file, line=line, field="record")
        need = _FIELDS[kind]
        if len(row) - 1 < len(need):
            raise AccordInputError(f"{kind} needs {len(need)} fields ({', '.join(need)}), "
                                   f"found {len(row) - 1}", file=file, line=line, field=kind)
        if kind in ("#A", "#P"):
            table = actors if kind == "#A" else issues
            if row[1] in table:
                raise AccordInputError(f"{row[1]!r} defined twice (first on line "
                                       f"{table[row[1]][1]})", file=file, line=line,
                                       field="key")
            table[row[1]] = (row[2] or row[1], line)
        elif kind == "#M":
            meaning = " ".join(row[3:])
            mark_lines.setdefault(row[1], line)
            marks.setdefault(row[1], []).append(
                (number_cell(row[2], file, line, "position"), meaning))
        else:
            rows.append((line, row))
    if not actors or not issues:
        raise AccordInputError("needs at least one #A actor and one #P issue", file=file)
    for issue in marks:
        if issue not in issues:
            raise AccordInputError(f"issue {issue!r} has no #P line", file=file,
                                   line=mark_lines[issue], field="issue")
    akeys, ikeys = list(actors), list(issues)
    bounds = np.array([[min(p for p, _ in marks[k]), max(p for p, _ in marks[k])]
                       if k in marks else [0.0, 100.0] for k in ikeys])
    n, d = len(akeys), len(ikeys)
    pos = np.full((n, d), np.nan)
    sal = np.zeros((n, d))
    power = np.full((n, d), np.nan)
    seen: dict[tuple[int, int], int] = {}
    for line, row in rows:
        a, k = row[1], row[2]
        if a not in actors:
            raise AccordInputError(f"actor {a!r} has no #A line", file=file, line=line,
                                   field="actor")
        if k not in issues:
            raise AccordInputError(f"issue {k!r} has no #P line", file=file, line=line,
                                   field="issue")
        i, j = akeys.index(a), ikeys.index(k)
        if (i, j) in seen:
            raise AccordInputError(f"actor {a!r} on issue {k!r} twice (first on line "
                                   f"{seen[i, j]})", file=file, line=line, field="actor")
        seen[i, j] = line
        lo, hi = bounds[j]
        pos[i, j] = number_cell(row[3], file, line, "position", lo, hi)
        sal[i, j] = number_cell(row[4], file, line, "salience", 0.0, 1.0)
        power[i, j] = number_cell(row[5], file, line, "power", 0.0, 1.0)
        if power[i, j] <= 0:
            raise AccordInputError("power must be above 0", file=file, line=line,
                                   field="power")
    capability = np.empty(n)
    for i, a in enumerate(akeys):
        known = power[i][~np.isnan(power[i])]
        if known.size == 0:
            raise AccordInputError(f"actor {a!r} has no #D line", file=file,
                                   line=actors[a][1], field="actor")
        if np.ptp(known) > 0:
            line = max(seen[i, j] for j in range(d) if (i, j) in seen)
            raise AccordInputError(
                f"actor {a!r} has different powers on different issues "
                f"({known.min():g} to {known.max():g}); accord takes one capability per actor",
                file=file, line=line, field="power")
        capability[i] = known[0]
    for j, k in enumerate(ikeys):
        if np.all(np.isnan(pos[:, j])):
            raise AccordInputError(f"issue {k!r} has no #D line", file=file,
                                   line=issues[k][1], field="issue")
    span = np.where(bounds[:, 1] > bounds[:, 0], bounds[:, 1] - bounds[:, 0], 1.0)
    unit = 100.0 * (pos - bounds[:, 0]) / span
    stated = ~np.isnan(unit)
    weight = np.where(stated, capability[:, None] * sal, 0.0)
    wsum = weight.sum(axis=0)
    known = np.where(stated, unit, 0.0)
    fill = np.where(wsum > 0, (weight * known).sum(axis=0) / np.where(wsum > 0, wsum, 1.0),
                    known.sum(axis=0) / stated.sum(axis=0))
    unit = np.where(stated, unit, fill[None, :])
    stake = Stakeholders(_names(actors, akeys), _names(issues, ikeys), capability, unit, sal)
    meanings = tuple(tuple(sorted(marks.get(k, []))) for k in ikeys)
    return DecideData(tuple(akeys), tuple(ikeys), tuple(issues[k][0] for k in ikeys), bounds,
                      meanings, stake)


def _names(table: dict[str, tuple[str, int]], keys: list[str]) -> list[str]:
    """The readable names when they are unique, otherwise the keys."""
    names = [table[k][0] for k in keys]
    return names if len(set(names)) == len(names) else keys


def read_decide(path: str | Path) -> DecideData:
    """Read a decide input file (``.txt``/``.csv`` of ``#A``/``#P``/``#M``/``#D`` records)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccordInputError(f"cannot read: {exc}", file=p) from exc
    return parse_decide(text, file=p)
