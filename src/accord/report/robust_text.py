"""The text report of ``accord analyze --robust`` and ``--agreement``: what the draws say,
what the conclusion hinges on, and what could open a deal, in a mediator's words."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..analysis.robust import Flip, RobustAnalysis
from ..analysis.settlement import PostSettlement
from ..model.problem import Problem

SHOWN_IMPROVEMENTS = 10
"""Post-settlement improvements listed in the text (all are in ``--json``), best first."""

__all__ = [
    "parameter_phrase",
    "render_post_settlement",
    "render_robust",
    "what_would_have_to_be_true",
]


def render_robust(robust: RobustAnalysis, console: Console) -> None:
    """Print the robust analysis after the point analysis (without rich markup, as
    :func:`~accord.report.analysis_text.render_analysis`)."""
    console.print(Group(*_sections(robust)), markup=False)


def render_post_settlement(problem: Problem, result: PostSettlement, console: Console) -> None:
    """Print the packages that improve on an agreement for every party, or that it is
    efficient."""
    names = problem.names
    utilities = ", ".join(f"{n} {u:.3f}" for n, u in zip(names, result.utilities))
    console.print(Text("Post-settlement (Raiffa)", style="bold"))
    if result.efficient:
        console.print(
            Text(f"- The agreement ({utilities}) is efficient: no package leaves every party "
                 "at least as well off and one better.")
        )
        return
    n = len(result.improvements)
    shown = "" if n <= SHOWN_IMPROVEMENTS else (
        f"; the {SHOWN_IMPROVEMENTS} with the largest product of gains")
    console.print(
        Text(f"- {n} efficient package{'s' * (n != 1)} improve{'s' * (n == 1)} on the "
             f"agreement ({utilities}) for every party{shown}:")
    )
    table = Table(show_header=True)
    for name in names:
        table.add_column(f"{name} gain", justify="right")
    table.add_column("every party better")
    table.add_column("changes from the agreement")
    agreed = problem.space.outcome(result.agreement)
    for index, u, strict in zip(result.improvements[:SHOWN_IMPROVEMENTS],
                                result.improvement_utilities,
                                result.strict):
        changes = ", ".join(
            f"{k}={v}" for k, v in problem.space.outcome(index).items() if agreed[k] != v
        )
        gains = [f"+{g - a:.3f}" for g, a in zip(u, result.utilities)]
        table.add_row(*gains, "yes" if strict else "no (one equal)", changes)
    console.print(table, markup=False)


def parameter_phrase(problem: Problem, party: str, parameter: str) -> str:
    """``Israel's walk-away value``, ``Hamas's weight on ceasefire``, ``Hamas's value of
    ceasefire = six_week_truce``."""
    who = problem.names[problem.party_index(party)]
    if parameter == "reservation_value":
        return f"{who}'s walk-away value"
    kind, issue, *option = parameter.split(".", 2)
    if kind == "weights":
        return f"{who}'s weight on {issue}"
    return f"{who}'s value of {issue} = {option[0]}"


def what_would_have_to_be_true(robust: RobustAnalysis) -> tuple[str, ...]:
    """One sentence per parameter whose flip lies in its domain, nearest flips first
    within the tornado order: what would change the conclusion, everything else as
    stated."""
    problem = robust.problem
    opens = [f for f in robust.sensitivity if f.effect == "opens_zopa"]
    closes = [f for f in robust.sensitivity if f.effect == "closes_zopa"]
    moves = [f for f in robust.sensitivity if f.effect == "changes_nash"]
    lines = []
    if opens:
        lines.append("A deal exists (everything else as stated) if " + _alternatives(problem, opens)
                     + ".")
    if closes:
        lines.append("The ZOPA closes (everything else as stated) if "
                     + _alternatives(problem, closes) + ".")
    for f in moves[:5]:
        lines.append(f"The Nash package changes if {_condition(problem, f)}.")
    return tuple(lines)


def _alternatives(problem: Problem, flips: list[Flip]) -> str:
    parts = [_condition(problem, f) for f in flips[:6]]
    return ", or if ".join(parts)


def _condition(problem: Problem, f: Flip) -> str:
    verb = "falls below" if f.direction == "below" else "rises above"
    inside = "within" if f.within_range else "outside"
    return (
        f"{parameter_phrase(problem, f.param.party, f.param.name)} {verb} {f.flips_at:.3f} "
        f"(stated {f.param.point:.3f}; {inside} the declared {f.param.low:.3f}-"
        f"{f.param.high:.3f})"
    )


def _sections(robust: RobustAnalysis):
    problem, mc = robust.problem, robust.monte_carlo
    names = problem.names
    yield Text("")
    if not mc.uncertain:
        yield Text("Under uncertainty: none declared", style="bold")
        yield Text(
            "- The scenario declares no uncertainty (add 'uncertainty:' ranges, see "
            "docs/scenario-format.md, or pass --spread): probabilities are the point "
            "analysis's 0 or 1."
        )
    else:
        yield Text(
            f"Under uncertainty: {mc.n_draws:,} draws of {len(mc.params)} uncertain "
            f"parameters (seed {mc.seed})",
            style="bold",
        )
    lo, hi = mc.p_zopa_interval
    stated = robust.point.margin[0]
    at_stated = (
        f"a ZOPA with margin {stated:.3f}" if robust.zopa_at_stated_values
        else f"no ZOPA ({-stated:.3f} short)"
    )
    yield Text(
        f"- P(a ZOPA exists) = {mc.p_zopa:.1%} (95% interval {lo:.1%}-{hi:.1%}); at the "
        f"stated values: {at_stated}."
    )
    yield Text(
        f"- Margin of the best package (its smallest gain over walk-away; negative: short): "
        f"mean {mc.margin_mean:.3f}, 5th percentile {mc.margin_p5:.3f}."
    )
    if mc.packages:
        table = Table(title="Most robust packages", title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("P(all accept)", justify="right")
        table.add_column("Nash in", justify="right")
        for name in names:
            table.add_column(f"{name} 5%-50%-95%", justify="right")
        for rank, p in enumerate(mc.packages, 1):
            spread = ["-".join(f"{x:.3f}" for x in row) for row in p.utilities]
            table.add_row(str(rank), f"{p.p_accept_all:.1%}", f"{p.nash_share:.1%}", *spread)
        yield table
        for rank, p in enumerate(mc.packages, 1):
            yield Text(f"  #{rank}: {_package(problem, p.view.outcome, p.view.favours)}")
    if robust.sensitivity:
        table = Table(title="What the conclusion hinges on (tornado order)",
                      title_justify="left")
        for column in ("parameter", "stated", "declared range", "margin at low / high",
                       "flips at", "effect"):
            table.add_column(column, justify="left" if column in ("parameter", "effect")
                             else "right")
        for f in robust.sensitivity[:12]:
            flip = "-" if f.flips_at is None else (
                f"{f.flips_at:.3f}" + ("" if f.within_range else " (outside)")
            )
            effect = {
                "opens_zopa": "a ZOPA opens", "closes_zopa": "the ZOPA closes",
                "changes_nash": "the Nash package changes", None: "none in the domain",
            }[f.effect]
            table.add_row(
                parameter_phrase(problem, f.param.party, f.param.name),
                f"{f.param.point:.3f}", f"{f.param.low:.3f}-{f.param.high:.3f}",
                f"{f.margin_low:+.3f} / {f.margin_high:+.3f}", flip, effect,
            )
        yield table
        for line in what_would_have_to_be_true(robust):
            yield Text(f"- {line}")
    if robust.deferrals:
        yield from _deferrals(robust)
    if robust.bridges:
        table = Table(title="Bridging packages: the least concession", title_justify="left")
        table.add_column("#", justify="right")
        for name in names:
            table.add_column(f"{name} concedes", justify="right")
        table.add_column("P(all accept)", justify="right")
        for rank, b in enumerate(robust.bridges, 1):
            table.add_row(str(rank), *[f"{c:.3f}" for c in b.concede], f"{b.p_accept_all:.1%}")
        yield table
        for rank, b in enumerate(robust.bridges, 1):
            yield Text(f"  #{rank}: {_package(problem, problem.space.outcome(b.index))}")
    yield from _outside(robust)


def _deferrals(robust: RobustAnalysis):
    problem = robust.problem
    table = Table(
        title="Deferring issues to a later phase (each party expects its belief; uniform "
        "where none is declared)",
        title_justify="left",
    )
    for column in ("defer", "opens a ZOPA", "margin", "P(ZOPA)"):
        table.add_column(column, justify="right" if column in ("margin", "P(ZOPA)") else "left")
    for f in robust.deferrals[:8]:
        p = "-" if f.p_zopa is None else (
            f"{f.p_zopa:.1%} ({f.p_zopa_interval[0]:.1%}-{f.p_zopa_interval[1]:.1%})"
        )
        table.add_row(", ".join(f.defer), "yes" if f.opens_zopa else "no", f"{f.margin:+.3f}", p)
    yield table
    best = robust.deferrals[0]
    now = _package(problem, best.settle)
    baseline = robust.deferral_baseline
    if best.opens_zopa:
        opening = [f for f in robust.deferrals if f.opens_zopa and len(f.defer) == len(best.defer)]
        yield Text(
            f"- {len(opening)} set(s) of {len(best.defer)} issue(s) open a ZOPA when deferred. "
            f"Phased agreement: settle {now} now; defer {', '.join(best.defer)}."
        )
    else:
        raised = [f for f in robust.deferrals if f.p_zopa is not None and f.p_zopa > baseline]
        if raised:
            top = max(raised, key=lambda f: f.p_zopa)
            yield Text(
                f"- No deferral of up to 3 issues opens a ZOPA at the stated values; deferring "
                f"{', '.join(top.defer)} raises P(ZOPA) most, to {top.p_zopa:.1%}: settle "
                f"{_package(problem, top.settle)} now."
            )
        else:
            yield Text(
                "- No deferral of up to 3 issues opens a ZOPA at the stated values, and none "
                f"raises P(ZOPA) above {baseline:.1%} (nothing deferred, same draws): with "
                "these beliefs the parties value a deferred issue below what they give up for "
                "it now."
            )


def _outside(robust: RobustAnalysis):
    problem, changes = robust.problem, robust.outside_changes
    if robust.zopa_at_stated_values and not robust.monte_carlo.uncertain:
        return
    table = Table(title="Outside changes: lower walk-away values that open a deal",
                  title_justify="left")
    for column in ("who", "stated walk-away", "shift at stated values",
                   "shift for 50% of draws", "for 90%"):
        table.add_column(column, justify="left" if column == "who" else "right")

    def shift(x):
        return "none helps" if x is None else f"{x:.3f}"

    for c in changes:
        who = "every party at once" if c.party is None else problem.names[
            problem.party_index(c.party)]
        stated = "" if c.walk_away is None else f"{c.walk_away:.3f}"
        at = shift(c.shift)
        if c.shift is not None and c.walk_away is not None and c.shift > 0:
            at += f" (to {c.walk_away - c.shift:.3f})"
        table.add_row(who, stated, at, shift(c.shift_p50) if robust.monte_carlo.uncertain
                      else "-", shift(c.shift_p90) if robust.monte_carlo.uncertain else "-")
    yield table


def _package(problem: Problem, outcome: dict, favours: dict | None = None) -> str:
    parts = []
    for issue, option in outcome.items():
        who = (favours or {}).get(issue)
        tag = ""
        if who:
            tag = " [all]" if len(who) == problem.n_parties else " [" + ", ".join(
                problem.names[problem.party_index(p)] for p in who) + "]"
        parts.append(f"{issue}={option}{tag}")
    return ", ".join(parts)
