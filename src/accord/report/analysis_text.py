"""The text report of ``accord analyze``: rich tables a mediator can read."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..analysis import Analysis
from ..analysis.bargaining import SOLUTION_TITLES

__all__ = ["render_analysis"]



def render_analysis(analysis: Analysis, console: Console) -> None:
    """Print the analysis: overview, parties, solutions and the diagnosis."""
    console.print(Group(*_sections(analysis)))


def _sections(analysis: Analysis):
    scenario, scan, diag = analysis.scenario, analysis.scan, analysis.diagnosis
    space = scenario.space
    yield Text(scenario.name, style="bold")
    feasible = (
        "" if scan.n_feasible in (None, space.size) else f" ({scan.n_feasible:,} feasible)"
    )
    frontier = "exact" if scan.exact else "searched, not exact"
    zopa = "not enumerated" if scan.zopa_size is None else f"{scan.zopa_size:,}"
    yield Text(
        f"{space.n_issues} issues, {space.size:,} packages{feasible}; "
        f"Pareto frontier: {len(scan.frontier_index):,} points ({frontier}); "
        f"ZOPA: {zopa} packages; opposition {analysis.opposition:.3f}"
    )
    parties = Table(title="Parties", title_justify="left")
    for column in ("party", "walk-away value", "best", "worst"):
        parties.add_column(column, justify="left" if column == "party" else "right")
    for j, key in enumerate(analysis.parties):
        parties.add_row(
            scenario.display_name(key),
            f"{analysis.reservation[j]:.3f}",
            f"{scan.best_utility[j]:.3f}",
            f"{scan.worst_utility[j]:.3f}",
        )
    yield parties
    solutions = Table(title="Bargaining solutions (within the ZOPA)", title_justify="left")
    solutions.add_column("solution")
    for key in analysis.parties:
        solutions.add_column(scenario.display_name(key), justify="right")
    solutions.add_column("package")
    for name, row in analysis.solutions.items():
        if row is None:
            dashes = ["-"] * len(analysis.parties)
            solutions.add_row(SOLUTION_TITLES[name], *dashes, "none: empty ZOPA")
            continue
        index = int(scan.frontier_index[row])
        package = ", ".join(f"{k}={v}" for k, v in space.outcome(index).items())
        utilities = [f"{x:.3f}" for x in scan.frontier_utilities[row]]
        solutions.add_row(SOLUTION_TITLES[name], *utilities, package)
    yield solutions
    if diag.issue_blocks:
        blocks = Table(title="What blocks a deal, issue by issue", title_justify="left")
        blocks.add_column("issue")
        for key in analysis.parties:
            blocks.add_column(f"{scenario.display_name(key)} wants")
        blocks.add_column("gap if settled for all", justify="right")
        for block in diag.issue_blocks:
            gap = (
                f"opens a ZOPA (margin {-block.shortfall_without:.3f})"
                if block.opens_zopa
                else f"{block.shortfall_without:.3f} short"
            )
            blocks.add_row(
                block.issue, *[str(block.preferred[k]) for k in analysis.parties], gap
            )
        yield blocks
    yield Text("Diagnosis", style="bold")
    for line in diag.summary:
        yield Text(f"- {line}")
