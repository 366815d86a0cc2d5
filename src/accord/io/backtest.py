"""Backtest tables: stakeholders per historical issue and the outcome that was recorded.

The long table documented in ``docs/backtest-format.md``: one row per issue and actor
(``issue, actor, position, salience, capability``) plus one row per issue whose actor is
``__outcome__`` and whose ``position`` is the recorded outcome; an optional ``proposal`` column
(or a pattern over issue names) says which issues were decided together, which the exchange
model trades across.  :func:`read_backtest_table`
sets aside every issue with a problem (:class:`~accord.errors.SkippedIssue`, naming file,
line and field) and keeps the others, so one bad issue never stops a backtest of hundreds;
:func:`read_backtest` raises the first problem instead.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from accord.errors import AccordInputError, SkippedIssue
from accord.model.stakeholders import Stakeholders

from .cells import number_cell

__all__ = [
    "BacktestData",
    "BacktestIssue",
    "parse_backtest",
    "parse_backtest_table",
    "read_backtest",
    "read_backtest_table",
]

OUTCOME = "__outcome__"
COLUMNS = ("issue", "actor", "position", "salience", "capability")


@dataclass(frozen=True)
class BacktestIssue:
    """One historical issue: its stakeholders (one dimension) and what happened.

    ``line`` is the issue's first line in the table, for messages about it; ``proposal``
    names the issues decided together (the issue's own name when nothing says otherwise).
    """

    name: str
    stakeholders: Stakeholders
    outcome: float
    line: int | None = None
    proposal: str | None = None


@dataclass(frozen=True)
class BacktestData:
    """The usable issues of a backtest table (read from ``file``) and the ones left out.

    ``unmatched`` names the issues a proposal pattern was to place but does not match (each
    is then its own proposal), so that a caller can say so.
    """

    issues: tuple[BacktestIssue, ...]
    skipped: tuple[SkippedIssue, ...] = ()
    file: str | None = None
    unmatched: tuple[str, ...] = ()


@dataclass
class _Rows:
    """What the table says about one issue so far."""

    line: int
    actors: list[tuple[str, float, float, float]] = field(default_factory=list)
    outcome: float | None = None
    problem: AccordInputError | None = None
    proposal: str = ""


def _read_row(row: list[str], col: dict[str, int], width: int, file, line: int,
              issues: dict[str, _Rows]) -> None:
    """File one row under its issue; a bad row marks its issue (its first problem counts)."""
    issue = row[col["issue"]].strip() if col["issue"] < len(row) else ""
    if not issue:
        raise AccordInputError("empty issue", file=file, line=line, field="issue")
    rows = issues.setdefault(issue, _Rows(line))
    if rows.problem is not None:
        return
    if "proposal" in col and col["proposal"] < len(row) and row[col["proposal"]].strip():
        proposal = row[col["proposal"]].strip()
        if rows.proposal and proposal != rows.proposal:
            rows.problem = AccordInputError(
                f"issue {issue!r} is in proposal {rows.proposal!r} and {proposal!r}",
                file=file, line=line, field="proposal")
            return
        rows.proposal = proposal
    try:
        if len(row) < width:
            raise AccordInputError(f"expected {width} fields, found {len(row)}", file=file,
                                   line=line)
        actor = row[col["actor"]].strip()
        if not actor:
            raise AccordInputError("empty actor", file=file, line=line, field="actor")
        pos = number_cell(row[col["position"]], file, line, "position")
        if actor == OUTCOME:
            if rows.outcome is not None:
                raise AccordInputError(f"second outcome for issue {issue!r}", file=file,
                                       line=line, field="actor")
            rows.outcome = pos
            return
        sal = number_cell(row[col["salience"]], file, line, "salience", 0.0, 1.0)
        cap = number_cell(row[col["capability"]], file, line, "capability", 0.0)
        if cap <= 0:
            raise AccordInputError("capability must be positive", file=file, line=line,
                                   field="capability")
        if any(a == actor for a, *_ in rows.actors):
            raise AccordInputError(f"actor {actor!r} twice in issue {issue!r}", file=file,
                                   line=line, field="actor")
        rows.actors.append((actor, pos, sal, cap))
    except AccordInputError as err:
        rows.problem = err


def _issue(name: str, rows: _Rows, file) -> BacktestIssue:
    if rows.problem is not None:
        raise rows.problem
    if rows.outcome is None:
        raise AccordInputError(f"issue {name!r} has no {OUTCOME} row", file=file,
                               line=rows.line, field="issue")
    if len(rows.actors) < 2:
        raise AccordInputError(f"issue {name!r} needs at least two actors", file=file,
                               line=rows.line, field="issue")
    values = [p for _, p, _, _ in rows.actors] + [rows.outcome]
    scale = (0.0, 100.0) if min(values) >= 0 and max(values) <= 100 else (
        min(values), max(values))
    stake = Stakeholders(
        [a for a, *_ in rows.actors], [name], [c for *_, c in rows.actors],
        [[p] for _, p, _, _ in rows.actors], [[s] for _, _, s, _ in rows.actors], scale=scale,
    )
    return BacktestIssue(name, stake, rows.outcome, rows.line, rows.proposal or None)


def _pattern(proposal_pattern: str | None) -> re.Pattern | None:
    if proposal_pattern is None:
        return None
    try:
        pat = re.compile(proposal_pattern)
    except re.error as err:
        raise AccordInputError(f"not a regular expression: {err}",
                               field="proposal pattern") from None
    if pat.groups != 1:
        raise AccordInputError("needs exactly one (group) naming the proposal",
                               field="proposal pattern")
    return pat


def _with_proposal(issue: BacktestIssue, pat: re.Pattern | None) -> BacktestIssue:
    """The proposal from the table, else the pattern's group, else the issue itself."""
    if issue.proposal is not None:
        return issue
    m = pat.fullmatch(issue.name) if pat is not None else None
    return replace(issue, proposal=m.group(1) if m else issue.name)


def _unmatched(issues: list[BacktestIssue], pat: re.Pattern | None, file) -> tuple[str, ...]:
    """The issues ``pat`` was to place (no ``proposal`` column value) but does not match.

    A pattern that matches none of them is a mistake (a DEU pattern whose ``[a-z]`` a
    terminal ate, say): every issue would be its own proposal and the exchange models would
    have nothing to trade, so this raises rather than computing something else.
    """
    if pat is None:
        return ()
    placed = [it.name for it in issues if it.proposal is None]
    missed = tuple(name for name in placed if pat.fullmatch(name) is None)
    if placed and len(missed) == len(placed):
        raise AccordInputError(
            f"'{pat.pattern}' matches none of the {len(placed)} issue names (first: "
            f"{placed[0]!r}); it must match a whole name, its one group naming the proposal",
            file=file, field="proposal pattern")
    return missed


def parse_backtest_table(text: str, *, file: str | Path = "<backtest>",
                         proposal_pattern: str | None = None) -> BacktestData:
    r"""Parse the backtest CSV text, setting aside every issue with a problem.

    Issues come in order of first appearance.  Only a missing header stops the reading
    (:class:`~accord.errors.AccordInputError`); a bad row leaves its issue out, and a row
    without an issue name is reported under the name ``""``.  An issue's proposal is its
    ``proposal`` column, else the one group of ``proposal_pattern`` matched against its
    whole name (``([a-z]\d+)i\d+`` for DEU's ``d00032i1``), else the issue itself.
    A pattern that matches none of the names it is to place raises; the names it misses
    otherwise are listed in ``unmatched``.
    """
    pat = _pattern(proposal_pattern)
    reader = csv.reader(io.StringIO(text))
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise AccordInputError(f"missing column(s): {', '.join(missing)}", file=file, line=1)
    col = {c: header.index(c) for c in (*COLUMNS, "proposal") if c in header}
    issues: dict[str, _Rows] = {}
    skipped: list[SkippedIssue] = []
    for line, row in enumerate(reader, start=2):
        if not any(c.strip() for c in row):
            continue
        try:
            _read_row(row, col, len(header), file, line, issues)
        except AccordInputError as err:
            skipped.append(SkippedIssue("", err))
    good = []
    for name, rows in issues.items():
        try:
            good.append(_issue(name, rows, file))
        except AccordInputError as err:
            skipped.append(SkippedIssue(name, err))
    skipped.sort(key=lambda s: s.reason.line or 0)
    unmatched = _unmatched(good, pat, file)
    return BacktestData(tuple(_with_proposal(it, pat) for it in good), tuple(skipped),
                        str(file), unmatched)


def parse_backtest(text: str, *, file: str | Path = "<backtest>") -> list[BacktestIssue]:
    """Parse the backtest CSV text into issues; raise the first problem (by line)."""
    data = parse_backtest_table(text, file=file)
    if data.skipped:
        raise data.skipped[0].reason
    if not data.issues:
        raise AccordInputError("no issues", file=file)
    return list(data.issues)


def _text(path: str | Path) -> tuple[Path, str]:
    p = Path(path)
    try:
        return p, p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccordInputError(f"cannot read: {exc}", file=p) from exc


def read_backtest_table(path: str | Path, proposal_pattern: str | None = None) -> BacktestData:
    """Read a backtest CSV file, setting bad issues aside (see :func:`parse_backtest_table`)."""
    p, text = _text(path)
    return parse_backtest_table(text, file=p, proposal_pattern=proposal_pattern)


def read_backtest(path: str | Path) -> list[BacktestIssue]:
    """Read a backtest CSV file; raise on its first problem (see :func:`parse_backtest`)."""
    p, text = _text(path)
    return parse_backtest(text, file=p)
