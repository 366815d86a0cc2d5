"""The text report of ``accord analyze``: rich tables a mediator can read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .diagnosis_text import SOLUTION_TITLES, diagnosis_lines, opening

if TYPE_CHECKING:  # not imported by the reports that only borrow a helper (backtest)
    from ..analysis import Analysis

__all__ = ["render_analysis"]


def render_analysis(analysis: Analysis, console: Console) -> None:
    """Print the analysis: overview, parties, solutions and the diagnosis.

    Without rich markup: names and options are the scenario's words, and ``[a-z]`` or
    ``[b]`` in one would otherwise be read as a tag and vanish from its cell."""
    console.print(Group(*_sections(analysis)), markup=False)


def _sections(analysis: Analysis):
    scenario, scan, diag = analysis.scenario, analysis.scan, analysis.diagnosis
    space = scenario.space
    yield Text(scenario.name, style="bold")
    feasible = (
        "" if scan.n_feasible in (None, space.size) else f" ({scan.n_feasible:,} feasible)"
    )
    frontier = "exact" if scan.exact else "searched, not exact"
    zopa = ("not enumerated" if scan.zopa_size is None
            else counted(scan.zopa_size, "package"))
    yield Text(
        f"{counted(space.n_issues, 'issue')}, {counted(space.size, 'package')}{feasible}; "
        f"Pareto frontier: {counted(len(scan.frontier_index), 'point')} ({frontier}); "
        f"ZOPA: {zopa}; opposition {analysis.opposition:.3f}"
    )
    parties = Table(title="Parties", title_justify="left")
    for column in ("party", "walk-away value", "best", "worst"):
        parties.add_column(column, justify="left" if column == "party" else "right")
    for j, key in enumerate(analysis.parties):
        parties.add_row(
            scenario.display_name(key),
            f"{analysis.reservation_values[j]:.3f}",
            f"{scan.best_utility[j]:.3f}",
            f"{scan.worst_utility[j]:.3f}",
        )
    yield parties
    solutions = Table(title="Bargaining solutions (within the ZOPA)", title_justify="left")
    solutions.add_column("solution")
    for key in analysis.parties:
        solutions.add_column(scenario.display_name(key), justify="right")
    solutions.add_column("package")
    ties = any(analysis.ties.values())
    if ties:
        solutions.add_column("tied with", justify="right")
    for name, row in analysis.solutions.items():
        if row is None:
            dashes = ["-"] * (len(analysis.parties) + ties)
            solutions.add_row(SOLUTION_TITLES[name], *dashes[: len(analysis.parties)],
                              "none: empty ZOPA", *dashes[len(analysis.parties):])
            continue
        index = int(scan.frontier_index[row])
        package = ", ".join(f"{k}={v}" for k, v in space.outcome(index).items())
        utilities = [f"{x:.3f}" for x in scan.frontier_utilities[row]]
        tie = analysis.ties.get(name)
        extra = [] if not ties else ["-" if tie is None else _tie_text(tie)]
        solutions.add_row(SOLUTION_TITLES[name], *utilities, package, *extra)
    if ties:
        solutions.caption = (
            "tied with: other packages as good by the solution's standard and in total; "
            "the one shown is chosen by the tie rule (docs/analysis.md)"
        )
        solutions.caption_justify = "left"
    yield solutions
    if diag.issue_blocks:
        blocks = Table(title="What blocks a deal, issue by issue", title_justify="left")
        blocks.add_column("issue")
        for key in analysis.parties:
            blocks.add_column(f"{scenario.display_name(key)} wants")
        blocks.add_column("if every side got its way on it", justify="right", no_wrap=True)
        for block in diag.issue_blocks:
            gap = (
                opening(0.0 - block.shortfall_without)
                if block.opens_zopa
                else f"{block.shortfall_without:.3f} short"
            )
            blocks.add_row(
                block.issue, *[str(block.preferred[k]) for k in analysis.parties], gap
            )
        blocks.caption = (
            "Last column: the margin, or the gap left, if every side got its own way on that "
            "issue; taking an issue off the table, or leaving it to a later phase that each "
            "side expects to win, amounts to that"
        )
        blocks.caption_justify = "left"
        yield blocks
    yield Text("Diagnosis", style="bold")
    for line in diagnosis_lines(analysis):
        yield Text(f"- {line}")


def counted(n: int, noun: str) -> str:
    """``1 package``, ``1,331 packages``."""
    return f"{n:,} {noun}{'s' * (n != 1)}"


def _tie_text(tie: dict) -> str:
    others = tie["count"] - 1
    return f"{others} other{'s' if others > 1 else ''} ({tie['decided_by']})"
