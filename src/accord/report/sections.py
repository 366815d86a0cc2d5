"""The report's words and tables: each section of a :class:`~.briefing.Briefing` as plain
text and rows, for :mod:`accord.report.html` to lay out (escaping is the template's job).

Numbers are formatted, never computed: they come from the results as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from ..analysis import Analysis
from ..model import Scenario
from .briefing import Briefing
from .diagnosis_text import SOLUTION_TITLES, diagnosis_lines, opening

__all__ = ["analysis_section", "forecast_section", "robust_section", "scenario_section",
           "simulation_section", "summary"]

_MAX_LISTED_OPTIONS = 12


def summary(b: Briefing) -> list[dict[str, Any]]:
    """The key numbers for the box at the top: ``label``, ``text``, ``value`` (the raw
    number, for machines) and ``key``."""
    scan, space = b.analysis.scan, b.scenario.space
    items = [
        _item("packages", "packages", f"{space.size:,}", space.size,
              None if scan.n_feasible in (None, space.size) else f"{scan.n_feasible:,} feasible"),
        _item("pareto", "Pareto frontier", f"{len(scan.frontier_index):,}",
              len(scan.frontier_index), "exact" if scan.exact else "searched, not exact"),
        _item("zopa", "ZOPA (packages every party prefers to walking away)",
              "not enumerated" if scan.zopa_size is None else f"{scan.zopa_size:,}",
              scan.zopa_size, _gap(b.analysis)),
    ]
    if b.robust is not None and b.robust.monte_carlo.uncertain:
        mc = b.robust.monte_carlo
        lo, hi = mc.p_zopa_interval
        items.append(_item("p_zopa", "P(a ZOPA exists) under the declared uncertainty",
                           f"{mc.p_zopa:.1%}", mc.p_zopa,
                           f"95% interval {lo:.1%}-{hi:.1%}, {mc.n_draws:,} draws"))
    if b.negotiation is not None:
        r = b.negotiation.result
        items.append(_item("simulation", "simulated round",
                           f"agreement, round {r.round}" if r.agreed else "no agreement",
                           r.round, f"agents {', '.join(b.negotiation.agents)}" if r.agreed
                           else f"{r.reason}, round {r.round}"))
    if b.forecast is not None:
        from ..model.stakeholders import in_issue_units

        settle = "; ".join(
            f"{d} {v:.0f}" + (f" ({_units(in_issue_units(b.scenario, d, v))})"
                              if d in b.scenario.issues else "")
            for d, v in zip(b.forecast.dimensions, b.forecast.forecast))
        items.append(_item("forecast", f"{b.forecast.model} forecast (0-100 scales)", settle,
                           None, None, small=True))
    return items


def _item(key: str, label: str, text: str, value: Any, note: str | None, *,
          small: bool = False) -> dict[str, Any]:
    if isinstance(value, np.generic):
        value = value.item()
    return {"key": key, "label": label, "text": text,
            "value": "" if value is None else repr(value), "note": note, "small": small}


def _gap(analysis: Analysis) -> str:
    diag = analysis.diagnosis
    if diag.zopa_empty:
        return (f"{diag.shortfall:.3f} short: every party lowering its walk-away value by "
                "that opens one")
    return f"best package {-diag.shortfall:.3f} above every walk-away value"


def scenario_section(scenario: Scenario) -> dict[str, Any]:
    """Issues, parties, stated positions, constraints, assumptions, notes and sources."""
    negotiators = scenario.negotiators
    issues = []
    for name, issue in scenario.issues.items():
        options = [str(o) for o in issue.options] if issue.n_options <= _MAX_LISTED_OPTIONS \
            else [str(issue.option(0)), "...", str(issue.option(issue.n_options - 1))]
        issues.append({"name": name, "type": getattr(issue, "type", ""),
                       "description": issue.description, "options": options,
                       "n_options": issue.n_options})
    parties = []
    for key, p in scenario.parties.items():
        parties.append({
            "key": key, "name": scenario.display_name(key), "role": p.role,
            "walk_away": f"{p.reservation_value:.3f}" if key in negotiators else "",
            "capability": f"{p.capability:g}",
            "weights": ", ".join(f"{i} {w:.2f}" for i, w in
                                 sorted(p.weights.items(), key=lambda kv: -kv[1])),
            "agent": "" if p.agent is None else _agent(p.agent),
        })
    positioned = [k for k, p in scenario.parties.items() if p.positions]
    position_issues = [name for name in scenario.issues
                       if any(name in scenario.parties[k].positions for k in positioned)]
    positions = [{"name": scenario.display_name(k),
                  "cells": [_position(scenario, k, name) for name in position_issues]}
                 for k in positioned]
    notes = [{"who": scenario.display_name(k), "about": n.about, "text": n.text,
              "sources": list(n.sources), "confidence": n.confidence}
             for k, p in scenario.parties.items() for n in p.notes]
    return {
        "description": scenario.description,
        "issues": issues,
        "parties": parties,
        "position_issues": position_issues,
        "positions": positions,
        "constraints": [{"forbid": "; ".join(f"{i} = {' or '.join(map(str, o))}"
                                             for i, o in c.forbid.items()),
                         "reason": c.reason} for c in scenario.constraints],
        "assumptions": [{"text": a.text, "sources": list(a.sources),
                         "confidence": a.confidence} for a in scenario.assumptions],
        "notes": notes,
        "sources": [{"key": k, "outlet": s.outlet, "date": s.date, "title": s.title,
                     "url": s.url, "link": s.url.startswith(("https://", "http://"))}
                    for k, s in sorted(scenario.sources.items(),
                                       key=lambda kv: (kv[1].date, kv[0]))],
    }


def _agent(agent: Any) -> str:
    from ..negotiation.lineup import agent_spec

    return agent_spec(agent)


def _position(scenario: Scenario, party: str, issue: str) -> str:
    p = scenario.parties[party]
    if issue not in p.positions:
        return ""
    salience = p.salience.get(issue)
    return f"{p.positions[issue]}" + ("" if salience is None else f" ({salience:.1f})")


def analysis_section(b: Briefing) -> dict[str, Any]:
    """Parties' extremes, the four solutions, the diagnosis and the issue-by-issue table."""
    analysis, scenario = b.analysis, b.scenario
    scan, space = analysis.scan, scenario.space
    names = [scenario.display_name(k) for k in analysis.parties]
    parties = [{"name": n, "walk_away": f"{analysis.reservation_values[j]:.3f}",
                "best": f"{scan.best_utility[j]:.3f}", "worst": f"{scan.worst_utility[j]:.3f}"}
               for j, n in enumerate(names)]
    solutions = []
    for name, row in analysis.solutions.items():
        if row is None:
            solutions.append({"title": SOLUTION_TITLES[name], "utilities": ["-"] * len(names),
                              "package": "none: the ZOPA is empty", "tie": ""})
            continue
        tie = analysis.ties.get(name)
        solutions.append({
            "title": SOLUTION_TITLES[name],
            "utilities": [f"{x:.3f}" for x in scan.frontier_utilities[row]],
            "package": ", ".join(f"{k} = {v}" for k, v in
                                 space.outcome(int(scan.frontier_index[row])).items()),
            "tie": "" if tie is None else f"{tie['count'] - 1} other(s) ({tie['decided_by']})",
        })
    return {"names": names, "parties": parties, "solutions": solutions,
            "any_solution": any(row is not None for row in analysis.solutions.values()),
            "diagnosis": list(diagnosis_lines(analysis)), "issues": list(_issue_rows(b))}


def _issue_rows(b: Briefing) -> Iterator[dict[str, Any]]:
    """Per issue: each negotiator's weight and, without a ZOPA, the option it wants and what
    getting every side its way on the issue would do; with one, the Nash package's option."""
    analysis, problem, scenario = b.analysis, b.problem, b.scenario
    blocks = {block.issue: block for block in analysis.diagnosis.issue_blocks}
    nash_row = analysis.solutions.get("nash")
    nash = None if nash_row is None else scenario.space.outcome(
        int(analysis.scan.frontier_index[nash_row]))
    weights = {k: problem.weights(k) if problem.weight_basis[problem.party_index(k)] is not None
               else {} for k in analysis.parties}
    for issue in scenario.issues:
        block = blocks.get(issue)
        if block is None:
            effect = ""
        elif block.opens_zopa:
            effect = opening(0.0 - block.shortfall_without)
        else:
            effect = f"{_signed(block.shortfall_without)} short"
        yield {
            "issue": issue,
            "cells": [
                {"weight": "" if issue not in weights[k] else f"{weights[k][issue]:.2f}",
                 "wants": "" if block is None else str(block.preferred.get(k, ""))}
                for k in analysis.parties
            ],
            "nash": "" if nash is None else str(nash[issue]),
            "effect": effect,
        }


def _signed(x: float) -> str:
    """``x`` to three decimals, without the "-0.000" of a value a hair below zero."""
    text = f"{x:.3f}"
    return text[1:] if text == "-0.000" else text


def robust_section(b: Briefing) -> dict[str, Any] | None:
    """Sentences and tables of the robust analysis (as ``accord analyze --robust``)."""
    if b.robust is None:
        return None
    from .robust_text import parameter_phrase, what_would_have_to_be_true

    robust, problem = b.robust, b.problem
    mc = robust.monte_carlo
    lo, hi = mc.p_zopa_interval
    stated = robust.point.margin[0]
    lines = []
    if not mc.uncertain:
        lines.append("The scenario declares no uncertainty: probabilities are the point "
                     "analysis's 0 or 1.")
    lines.append(
        f"P(a ZOPA exists) = {mc.p_zopa:.1%} (95% interval {lo:.1%}-{hi:.1%}) over "
        f"{mc.n_draws:,} draws of {len(mc.params)} uncertain parameters (seed {mc.seed}); "
        "at the stated values: " + (f"a ZOPA with margin {stated:.3f}."
                                    if robust.zopa_at_stated_values
                                    else f"no ZOPA ({-stated:.3f} short)."))
    lines.append(f"Margin of the best package (its smallest gain over walk-away; negative: "
                 f"short): mean {mc.margin_mean:.3f}, 5th percentile {mc.margin_p5:.3f}.")
    lines.extend(what_would_have_to_be_true(robust))
    packages = [{
        "rank": k, "p": f"{p.p_accept_all:.1%}", "nash": f"{p.nash_share:.1%}",
        "spread": ["-".join(f"{x:.3f}" for x in row) for row in p.utilities],
        "terms": [(issue, str(option), ", ".join(problem.names[problem.party_index(w)]
                                                 for w in p.view.favours.get(issue, ())))
                  for issue, option in p.view.outcome.items()],
    } for k, p in enumerate(mc.packages, 1)]
    effects = {"opens_zopa": "a ZOPA opens", "closes_zopa": "the ZOPA closes",
               "changes_nash": "the Nash package changes", None: "none in the domain"}
    flips = [{
        "parameter": parameter_phrase(problem, f.param.party, f.param.name),
        "stated": f"{f.param.point:.3f}", "range": f"{f.param.low:.3f}-{f.param.high:.3f}",
        "margins": f"{f.margin_low:+.3f} / {f.margin_high:+.3f}",
        "flips": "-" if f.flips_at is None
        else f"{f.flips_at:.3f}" + ("" if f.within_range else " (outside)"),
        "effect": effects[f.effect],
    } for f in robust.sensitivity[:12]]
    deferrals = [{
        "defer": ", ".join(f.defer), "opens": "yes" if f.opens_zopa else "no",
        "margin": f"{f.margin:+.3f}",
        "p": "-" if f.p_zopa is None
        else f"{f.p_zopa:.1%} ({f.p_zopa_interval[0]:.1%}-{f.p_zopa_interval[1]:.1%})",
    } for f in robust.deferrals[:8]]
    outside = [{
        "who": "every party at once" if c.party is None
        else problem.names[problem.party_index(c.party)],
        "walk_away": "" if c.walk_away is None else f"{c.walk_away:.3f}",
        "shift": _shift(c.shift), "p50": _shift(c.shift_p50) if mc.uncertain else "-",
        "p90": _shift(c.shift_p90) if mc.uncertain else "-",
    } for c in robust.outside_changes]
    return {"lines": lines, "names": list(problem.names), "packages": packages,
            "flips": flips, "deferrals": deferrals,
            "deferral_baseline": f"{robust.deferral_baseline:.1%}", "outside": outside}


def _shift(x: float | None) -> str:
    return "none helps" if x is None else f"{x:.3f}"


def simulation_section(b: Briefing) -> dict[str, Any] | None:
    """Line-up, result and events of the simulated negotiation."""
    run = b.negotiation
    if run is None:
        return None
    from .figures.offers import event_rows

    r = run.result
    names = [b.scenario.display_name(p) for p in run.parties]
    protocol = {"saop": "alternating offers (SAOP)",
                "single_text": "single-text mediation"}.get(run.protocol, run.protocol)
    if r.agreed:
        end = f"Agreement in round {r.round} of {run.rounds}."
        terms = [(k, str(v)) for k, v in (run.outcome or {}).items()]
    else:
        end = f"No agreement ({r.reason}) in round {r.round} of {run.rounds}."
        if r.note:
            end += f" {r.note}"
        terms = []
    nash = "n/a (empty ZOPA)" if np.isnan(r.nash_distance) else f"{r.nash_distance:.3f}"
    return {
        "lineup": [f"{n}: {a}" for n, a in zip(names, run.agents)],
        "protocol": protocol, "mediator": run.mediator, "end": end, "terms": terms,
        "utilities": [(n, f"{u:.3f}") for n, u in zip(names, r.utilities)],
        "distances": f"distance to the Pareto frontier {r.pareto_distance:.3f}, "
                     f"to the Nash point {nash}; welfare {r.welfare:.3f}",
        "events": event_rows(run), "seed": run.seed,
    }


def forecast_section(b: Briefing) -> dict[str, Any] | None:
    """Start and end of each stakeholder's position, the forecast and the Monte Carlo
    quantiles."""
    f, mc = b.forecast, b.forecast_mc
    if f is None:
        return None
    actors = [{"name": a, "cells": [f"{f.history[0, i, k]:.0f} \u2192 {f.history[-1, i, k]:.0f}"
                                    for k in range(len(f.dimensions))],
               "p_win": f"{f.win_probability[-1, i]:.3f}"}
              for i, a in enumerate(f.actors)]
    quantiles = None
    if mc is not None:
        quantiles = {"levels": [f"{100 * q:g}%" for q in mc.quantile_levels],
                     "rows": [(d, [f"{v:.1f}" for v in mc.quantiles[:, k]])
                              for k, d in enumerate(mc.dimensions)],
                     "runs": mc.runs}
    from ..model.stakeholders import in_issue_units

    terms = [_units(in_issue_units(b.scenario, d, v)) if d in b.scenario.issues else ""
             for d, v in zip(f.dimensions, f.forecast)]
    return {"model": f.model, "states": f.states, "dimensions": list(f.dimensions),
            "actors": actors, "forecast": [f"{v:.1f}" for v in f.forecast],
            "terms": terms, "quantiles": quantiles}


def _units(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:g}"
