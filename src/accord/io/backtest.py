"""Backtest tables: stakeholders per historical issue and the outcome that was recorded.

The long table documented in ``docs/backtest-format.md``: one row per issue and actor
(``issue, actor, position, salience, capability``) plus one row per issue whose actor is
``__outcome__`` and whose ``position`` is the recorded outcome. Every problem raises
:class:`~accord.errors.AccordInputError` naming file, line and field.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from accord.errors import AccordInputError
from accord.model.stakeholders import Stakeholders

__all__ = ["BacktestIssue", "parse_backtest", "read_backtest"]

OUTCOME = "__outcome__"
COLUMNS = ("issue", "actor", "position", "salience", "capability")


@dataclass(frozen=True)
class BacktestIssue:
    """One historical issue: its stakeholders (one dimension) and what happened."""

    name: str
    stakeholders: Stakeholders
    outcome: float


def _num(text: str, file, line: int, field: str, lo: float = -np.inf, hi: float = np.inf):
    try:
        x = float(text)
    except ValueError:
        raise AccordInputError(f"not a number: {text!r}", file=file, line=line,
                               field=field) from None
    if not (np.isfinite(x) and lo <= x <= hi):
        raise AccordInputError(f"{x:g} is outside [{lo:g}, {hi:g}]", file=file, line=line,
                               field=field)
    return x


def parse_backtest(text: str, *, file: str | Path = "<backtest>") -> list[BacktestIssue]:
    """Parse the backtest CSV text into issues (in order of first appearance)."""
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise AccordInputError(f"missing column(s): {', '.join(missing)}", file=file, line=1)
    col = {c: header.index(c) for c in COLUMNS}
    rows: dict[str, list[tuple[str, float, float, float]]] = {}
    outcomes: dict[str, float] = {}
    first_line: dict[str, int] = {}
    for line, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) < len(header):
            raise AccordInputError(f"expected {len(header)} fields, found {len(row)}",
                                   file=file, line=line)
        issue, actor = row[col["issue"]].strip(), row[col["actor"]].strip()
        if not issue:
            raise AccordInputError("empty issue", file=file, line=line, field="issue")
        if not actor:
            raise AccordInputError("empty actor", file=file, line=line, field="actor")
        first_line.setdefault(issue, line)
        pos = _num(row[col["position"]], file, line, "position")
        if actor == OUTCOME:
            if issue in outcomes:
                raise AccordInputError(f"second outcome for issue {issue!r}", file=file,
                                       line=line, field="actor")
            outcomes[issue] = pos
            continue
        sal = _num(row[col["salience"]], file, line, "salience", 0.0, 1.0)
        cap = _num(row[col["capability"]], file, line, "capability", 0.0)
        if cap <= 0:
            raise AccordInputError("capability must be positive", file=file, line=line,
                                   field="capability")
        if any(a == actor for a, *_ in rows.get(issue, [])):
            raise AccordInputError(f"actor {actor!r} twice in issue {issue!r}", file=file,
                                   line=line, field="actor")
        rows.setdefault(issue, []).append((actor, pos, sal, cap))
    issues = []
    for name in first_line:
        if name not in outcomes:
            raise AccordInputError(f"issue {name!r} has no {OUTCOME} row", file=file,
                                   line=first_line[name], field="issue")
        actors = rows.get(name, [])
        if len(actors) < 2:
            raise AccordInputError(f"issue {name!r} needs at least two actors", file=file,
                                   line=first_line[name], field="issue")
        values = [p for _, p, _, _ in actors] + [outcomes[name]]
        scale = (0.0, 100.0) if min(values) >= 0 and max(values) <= 100 else (
            min(values), max(values))
        stake = Stakeholders(
            [a for a, *_ in actors], [name], [c for *_, c in actors],
            [[p] for _, p, _, _ in actors], [[s] for _, _, s, _ in actors], scale=scale,
        )
        issues.append(BacktestIssue(name, stake, outcomes[name]))
    if not issues:
        raise AccordInputError("no issues", file=file)
    return issues


def read_backtest(path: str | Path) -> list[BacktestIssue]:
    """Read a backtest CSV file (see :func:`parse_backtest`)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccordInputError(f"cannot read: {exc}", file=p) from exc
    return parse_backtest(text, file=p)
