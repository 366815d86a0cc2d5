"""A simulated negotiation over time: the utility of every offer to each party, round by
round, with the scenario's events (walk-outs, threats, bridging proposals, deadlines) where
they happened and each party's walk-away value as events move it.

The utilities are the trace's (:meth:`accord.negotiation.trace.Trace.utilities`), the
events the negotiation's own records.
"""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ...model.problem import Problem
from ...negotiation.trace import Negotiation
from .style import ZOPA_COLOR, base_layout, party_color, pseudo_html, vline

__all__ = ["event_rows", "offers_over_time"]

_TABLED = ("offer", "text", "propose", "adopt")


def event_rows(negotiation: Negotiation) -> list[tuple[int, int, str, str]]:
    """``(number, round, kind, label)`` for each scenario event, numbered as on the chart."""
    return [(k, e.round, e.type.replace("_", " "), e.label)
            for k, e in enumerate(negotiation.events, 1)]


def offers_over_time(negotiation: Negotiation, problem: Problem | None = None) -> go.Figure:
    """One panel per negotiating party: the utility to it of each side's offers by round.

    ``problem`` (the one negotiated on) adds each party's walk-away value, stepping where
    an event changed it.
    """
    trace = negotiation.trace
    parties = negotiation.parties
    names = [pseudo_html(n) for n in (problem.names if problem is not None else parties)]
    n = len(parties)
    utilities = trace.utilities()
    rounds = np.asarray(trace.round)
    actors = np.asarray(trace.actor)
    tabled = np.isin(np.asarray(trace.action), _TABLED)
    result = negotiation.result
    fig = make_subplots(rows=n, cols=1, shared_xaxes=True, vertical_spacing=0.06,
                        subplot_titles=[f"utility of {name}" for name in names])
    for i in range(n):
        row = i + 1
        for j in range(-1, n):
            mask = tabled & (actors == j)
            if not mask.any():
                continue
            if j < 0:
                label, color, style = "mediator / bridging proposals", "#d62728", "markers"
            else:
                agent = pseudo_html(negotiation.agents[j])
                label, color, style = f"offers by {names[j]} ({agent})", party_color(j), \
                    "lines+markers"
            fig.add_trace(go.Scatter(
                x=rounds[mask], y=utilities[mask, i], mode=style, name=label,
                legendgroup=label, showlegend=i == 0,
                line={"color": color, "width": 1.3, "dash": "solid" if j == i else "dot"},
                marker={"color": color, "size": 4 if j >= 0 else 10,
                        "symbol": "circle" if j >= 0 else "cross"},
                hovertemplate=f"round %{{x}}: %{{y:.3f}} to {names[i]}<extra>{label}</extra>",
            ), row=row, col=1)
        if problem is not None:
            x, y = _walk_away_steps(negotiation, problem, i)
            fig.add_trace(go.Scatter(
                x=x, y=y, mode="lines", line={"color": ZOPA_COLOR, "dash": "dash", "width": 1},
                line_shape="hv", name="walk-away value", legendgroup="walk-away",
                showlegend=i == 0, hovertemplate="walk-away value %{y:.3f}<extra></extra>",
            ), row=row, col=1)
        if result.agreed:
            fig.add_trace(go.Scatter(
                x=[result.round], y=[result.raw_utilities[i]], mode="markers",
                marker={"symbol": "star", "size": 16, "color": "gold",
                        "line": {"color": "black", "width": 1}},
                name=f"agreement (round {result.round})", legendgroup="agreement",
                showlegend=i == 0,
                hovertemplate=f"agreement: %{{y:.3f}} to {names[i]}<extra></extra>",
            ), row=row, col=1)
        fig.update_yaxes(range=[-0.03, 1.08], row=row, col=1)
    events = event_rows(negotiation)
    for round_ in sorted({r for _, r, _, _ in events}):
        for k in range(1, n + 1):
            vline(fig, round_, {"color": "#555", "width": 1, "dash": "dot"},
                  axis="x" if k == 1 else f"x{k}")
    if events:
        fig.add_trace(go.Scatter(
            x=[r for _, r, _, _ in events], y=[1.04] * len(events), mode="markers+text",
            text=[str(k) for k, _, _, _ in events], textposition="top center",
            marker={"symbol": "square", "size": 8, "color": "#555"},
            customdata=[f"{k}. {pseudo_html(kind)}: {pseudo_html(label)}"
                        for k, _, kind, label in events],
            hovertemplate="round %{x}<br>%{customdata}<extra></extra>",
            name="scenario events (numbered, listed below)",
        ), row=1, col=1)
    fig.update_xaxes(title="round", row=n, col=1)
    end = (f"agreement in round {result.round}" if result.agreed
           else f"no agreement ({pseudo_html(result.reason)}, round {result.round})")
    base_layout(fig, f"Offers over time: {end}", height=170 + 230 * n)
    fig.update_layout(legend={"y": -0.1}, margin={"b": 70})
    return fig


def _walk_away_steps(negotiation: Negotiation, problem: Problem, i: int):
    """Round and walk-away value of party ``i`` at the start and after each change."""
    party = negotiation.parties[i]
    x, y = [0], [float(problem.reservation_values[i])]
    for event in negotiation.events:
        if event.type == "reservation_change" and event.details.get("party") == party:
            x.append(event.round)
            y.append(float(event.details["new"]))
    x.append(max(negotiation.result.round, x[-1]))
    y.append(y[-1])
    return x, y
