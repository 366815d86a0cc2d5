"""The text reports of ``accord simulate`` and ``accord tournament``: one negotiation, and
a tournament's summary, as lines of plain text."""

from __future__ import annotations

from typing import Any

import numpy as np

from ..negotiation import Negotiation

__all__ = ["negotiation_lines", "tournament_lines"]


def negotiation_lines(run: Negotiation) -> list[str]:
    """Who played, the events as they happened, the end (agreement or why not), the
    utilities and the distances to the Pareto frontier and the Nash point."""
    r = run.result
    lineup = ", ".join(f"{p}={a}" for p, a in zip(run.parties, run.agents))
    lines = [
        f"{run.scenario}: {run.protocol} with {lineup}"
        + (f", mediator {run.mediator}" if run.mediator else "")
    ]
    for event in run.events:
        lines.append(f"  round {event.round:>4}: {event.type} {event.label}".rstrip())
    if r.agreed:
        options = ", ".join(f"{k}={v}" for k, v in run.outcome.items())
        lines.append(f"agreement in round {r.round} (t={r.time:.3f}): {options}")
    else:
        lines.append(f"no agreement ({r.reason}) in round {r.round}")
        if r.note:
            lines.append(f"why: {r.note}")
    if r.error:
        lines.append(f"error by {r.error_party}: {r.error}")
    utilities = ", ".join(f"{p} {u:.3f}" for p, u in zip(run.parties, r.utilities))
    discounted = not np.allclose(r.utilities, r.raw_utilities, rtol=0, atol=1e-12)
    if discounted:  # the distances are measured on the undiscounted utilities: say which
        raw = ", ".join(f"{p} {u:.3f}" for p, u in zip(run.parties, r.raw_utilities))
        lines.append(f"utilities, discounted (u x d^t at t={r.time:.3f}): {utilities}; "
                     f"welfare {r.welfare:.3f}")
        lines.append(f"undiscounted: {raw}")
    else:
        lines.append(f"utilities: {utilities}; welfare {r.welfare:.3f}")
    nash = "n/a (empty ZOPA)" if np.isnan(r.nash_distance) else f"{r.nash_distance:.3f}"
    lines.append(f"distance{' (undiscounted)' * discounted} to Pareto frontier "
                 f"{r.pareto_distance:.3f}, to Nash {nash}")
    return lines


def tournament_lines(summary: dict[str, Any]) -> list[str]:
    """The tournament's counts, per-agent and per-scenario means, the ranking with its
    bootstrap intervals and the pairwise differences that are significant."""
    lines = [
        f"{summary['negotiations']} negotiations: {summary['completed']} played now, "
        f"{summary['resumed']} resumed, {summary['errors']} with errors"
    ]
    header = f"{'agent':<28} {'utility':>8} {'agree':>6} {'welfare':>8} {'pareto':>7} {'nash':>7}"
    lines.append(header)
    for name, s in sorted(summary["agents"].items(), key=lambda kv: -(kv[1]["mean_utility"] or 0)):
        lines.append(
            f"{name:<28} {_num(s['mean_utility']):>8} {_num(s['agreement_rate']):>6} "
            f"{_num(s['mean_welfare']):>8} {_num(s['mean_pareto_distance']):>7} "
            f"{_num(s['mean_nash_distance']):>7}"
        )
    lines.append(f"{'scenario':<28} {'':>8} {'agree':>6} {'welfare':>8} {'pareto':>7} {'nash':>7}")
    for name, s in summary["scenarios"].items():
        lines.append(
            f"{name:<28} {'':>8} {_num(s['agreement_rate']):>6} {_num(s['mean_welfare']):>8} "
            f"{_num(s['mean_pareto_distance']):>7} {_num(s['mean_nash_distance']):>7}"
        )
    lines.append("ranking by mean discounted utility (95% bootstrap interval)")
    for s in summary["standings"]:
        lines.append(
            f"{s['rank']:>3}. {s['agent']:<23} {_num(s['discounted']):>8} "
            f"[{_num(s['low'])}, {_num(s['high'])}]  undiscounted {_num(s['utility'])}"
        )
    significant = [p for p in summary["pairwise"] if p["better"] is not None]
    lines.append(
        f"{len(significant)} of {len(summary['pairwise'])} pairs differ significantly "
        "(Wilcoxon signed-rank, Holm-corrected, 5%)"
    )
    for p in significant:
        worse = p["second"] if p["better"] == p["first"] else p["first"]
        conditions = p["conditions"]
        lines.append(f"  {p['better']} > {worse}  (p = {p['holm']:.3g}, {conditions} conditions)")
    return lines


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
