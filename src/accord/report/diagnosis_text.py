"""The diagnosis in a mediator's words: the lines ``accord analyze`` prints under
"Diagnosis" and lists as ``diagnosis.summary`` in its JSON.

:func:`accord.analysis.diagnose` finds the numbers (shortfall, concessions, blocking
issues, recommended packages); this module only words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.tolerance import UTILITY_TOLERANCE, at_least

if TYPE_CHECKING:  # annotations only: the backtest's reports import this module too
    from ..analysis import Analysis
    from ..analysis.packages import PackageView
    from ..model import Scenario

__all__ = ["SOLUTION_TITLES", "diagnosis_lines", "opening", "package_sentence"]

SOLUTION_TITLES = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai-Smorodinsky",
    "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian",
}


#: Margins below this print as 0.000 at three decimals: they are called "only just".
JUST = 5e-4


def only_just(margin: float) -> str | None:
    """How a ZOPA that opens with ``margin`` is only just open, in words, or None when three
    decimals show its margin: the same phrase for the whole ZOPA and for one issue settled."""
    if margin >= JUST:
        return None
    if margin <= UTILITY_TOLERANCE:
        return "some party exactly at its walk-away value"
    return f"some party only {margin:.1g} above its walk-away value"


def opening(margin: float) -> str:
    """The issue table's cell for an issue whose settling opens a ZOPA: ``opens a ZOPA
    (margin 0.136)``, or ``only just opens a ZOPA (margin 0)`` where three decimals would
    print a margin of 0.000."""
    if only_just(margin) is None:
        return f"opens a ZOPA (margin {margin:.3f})"
    shown = "0" if margin <= UTILITY_TOLERANCE else f"{margin:.1g}"
    return f"only just opens a ZOPA (margin {shown})"


def package_sentence(package: PackageView, scenario: Scenario) -> str:
    """``issue = option (as X prefers); ...``: each option and whose favourite it is."""
    parts = []
    for issue, option in package.outcome.items():
        who = package.favours.get(issue, ())
        if len(who) == len(scenario.negotiators):
            tag = "all agree"
        elif who:
            verb = "prefers" if len(who) == 1 else "prefer"
            tag = f"as {' and '.join(scenario.display_name(p) for p in who)} {verb}"
        else:
            tag = "compromise"
        parts.append(f"{issue} = {option} ({tag})")
    return "; ".join(parts)


def diagnosis_lines(analysis: Analysis) -> tuple[str, ...]:
    """The diagnosis as sentences: why there is no deal and what would open one, or which
    packages are fair and where the parties can trade."""
    scenario, diag = analysis.scenario, analysis.diagnosis
    name = scenario.display_name
    lines = []
    if diag.zopa_empty:
        lines.append(
            "No package gives every party at least its walk-away value: there is no ZOPA."
        )
        best = diag.closest[0]
        d = analysis.reservation_values
        short = [
            f"{name(p)} {d[j] - best.utilities[j]:.3f} short"
            for j, p in enumerate(scenario.negotiators)
            if not at_least(best.utilities[j], d[j])
        ]
        lines.append(
            f"The closest package leaves {', '.join(short)}: "
            f"{package_sentence(best, scenario)}."
        )
        lines.append(
            f"Every party lowering its walk-away value by {diag.shortfall:.3f} "
            "would open a ZOPA."
        )
        for party, c in diag.party_concessions.items():
            if c is None:
                lines.append(f"No concession by {name(party)} alone opens a ZOPA.")
            elif c > UTILITY_TOLERANCE:
                value = scenario.parties[party].reservation_value
                lines.append(
                    f"{name(party)} alone would have to lower its walk-away value by {c:.3f} "
                    f"(from {value:.3f} to {value - c:.3f})."
                )
        if diag.issue_blocks:
            lines.append(
                "Taking an issue off the table, or leaving it to a later phase that each "
                "side expects to win, amounts to every side getting its own way on it."
            )
        for block in diag.issue_blocks[:3]:
            wants = ", ".join(f"{name(p)} wants {o}" for p, o in block.preferred.items())
            margin = 0.0 - block.shortfall_without
            if not block.opens_zopa:
                effect = (f"the gap would shrink from {diag.shortfall:.3f} to "
                          f"{block.shortfall_without:.3f}")
            elif (just := only_just(margin)) is not None:
                effect = f"a ZOPA would open, but only just: {just}"
            else:
                effect = f"a ZOPA would open with a margin of {margin:.3f}"
            lines.append(
                f"If every side got its own way on '{block.issue}' ({wants}), {effect}."
            )
    else:
        margin = -diag.shortfall
        just = only_just(margin)
        if just is None:
            lines.append(
                f"A ZOPA exists: the best package leaves every party at least "
                f"{margin:.3f} above its walk-away value."
            )
        else:
            lines.append(f"A ZOPA exists, but only just: its best package leaves {just}.")
        for label, package in diag.recommended.items():
            title = " / ".join(SOLUTION_TITLES[n] for n in label.split("+"))
            utilities = ", ".join(
                f"{name(p)} {x:.3f}" for p, x in zip(scenario.negotiators, package.utilities)
            )
            lines.append(f"{title} package ({utilities}): {package_sentence(package, scenario)}.")
        for party, issues in diag.priorities.items():
            if issues:
                lines.append(
                    f"{name(party)} weighs {', '.join(issues)} more than the others do: "
                    "room to trade."
                )
    return tuple(lines)
