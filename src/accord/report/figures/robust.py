"""Charts of the analysis under uncertainty (:func:`accord.robust_analysis`): how likely a
ZOPA is, the most robust packages, and the tornado chart of what the conclusion hinges on.
The numbers are the :class:`~accord.analysis.robust.RobustAnalysis`'s, drawn as they are.
"""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ...analysis.robust import RobustAnalysis
from ..robust_text import parameter_phrase
from .style import ZOPA_COLOR, base_layout, pseudo_html, vline

__all__ = ["TORNADO_ROWS", "p_zopa_summary", "robust_packages", "tornado"]

TORNADO_ROWS = 12
"""Parameters the tornado chart shows, in the analysis' order (largest swing first)."""


def p_zopa_summary(robust: RobustAnalysis) -> go.Figure:
    """P(a ZOPA exists) with its 95% interval, and the margin of the best package in each
    draw (above 0: a ZOPA exists in that draw)."""
    mc = robust.monte_carlo
    low, high = mc.p_zopa_interval
    stated = robust.point.margin[0]
    titles = ("P(a ZOPA exists), 95% interval",
              f"Margin of the best package in each of {mc.n_draws:,} draws")
    fig = make_subplots(rows=1, cols=2, column_widths=[0.35, 0.65], horizontal_spacing=0.12,
                        subplot_titles=titles)
    fig.add_trace(go.Bar(
        x=["P(ZOPA)"], y=[mc.p_zopa], marker_color=ZOPA_COLOR, name="P(a ZOPA exists)",
        error_y={"type": "data", "symmetric": False, "array": [high - mc.p_zopa],
                 "arrayminus": [mc.p_zopa - low], "color": "#333"},
        text=[f"{mc.p_zopa:.1%}"], textposition="inside", insidetextanchor="start",
        textfont={"color": "white", "size": 14},
        hovertemplate=f"P(ZOPA) {mc.p_zopa:.1%} (95% interval {low:.1%}-{high:.1%})"
        "<extra></extra>",
    ), row=1, col=1)
    fig.add_trace(go.Histogram(
        x=mc.margin, name="margin per draw", marker_color="#7f9fbf", nbinsx=60,
        hovertemplate="margin %{x}<br>%{y} draws<extra></extra>",
    ), row=1, col=2)
    vline(fig, 0.0, {"color": "black", "width": 1.5}, axis="x2")
    vline(fig, stated, {"color": "#d62728", "dash": "dash", "width": 1.2}, axis="x2",
          text=f"stated values: {stated:+.3f}", font={"color": "#d62728", "size": 11},
          inside=True)
    fig.update_yaxes(range=[0, 1], tickformat=".0%", row=1, col=1)
    fig.update_xaxes(title="margin (above 0: every party gets more than its walk-away value)",
                     row=1, col=2)
    fig.update_yaxes(title="draws", row=1, col=2)
    base_layout(fig, "How likely a deal is under the declared uncertainty", height=400)
    fig.update_layout(showlegend=False, bargap=0.05, margin={"t": 90})
    fig.update_annotations(font_size=12, selector={"text": titles[0]})
    fig.update_annotations(font_size=12, selector={"text": titles[1]})
    return fig


def robust_packages(robust: RobustAnalysis) -> go.Figure:
    """The most robust packages: how often every party accepts each, and how often each is
    the Nash point, with P(a ZOPA exists) for comparison."""
    mc, problem = robust.monte_carlo, robust.problem
    labels = [f"#{k}" for k in range(1, len(mc.packages) + 1)]
    hover = []
    for p in mc.packages:
        rows = [f"{pseudo_html(k)} = {pseudo_html(v)}" for k, v in p.view.outcome.items()]
        rows += [f"{pseudo_html(n)}: {u[0]:.3f}-{u[1]:.3f}-{u[2]:.3f} (5%-50%-95%)"
                 for n, u in zip(problem.names, p.utilities)]
        hover.append("<br>".join(rows))
    fig = go.Figure()
    fig.add_trace(go.Bar(
        y=labels, x=[p.p_accept_all for p in mc.packages], orientation="h",
        name="P(every party accepts)", marker_color="#1f77b4", customdata=hover,
        text=[f"{p.p_accept_all:.1%}" for p in mc.packages], textposition="outside",
        hovertemplate="%{customdata}<extra>P(all accept) %{x:.1%}</extra>",
    ))
    fig.add_trace(go.Bar(
        y=labels, x=[p.nash_share for p in mc.packages], orientation="h",
        name="share of draws as the Nash point", marker_color="#ff7f0e", customdata=hover,
        hovertemplate="%{customdata}<extra>Nash in %{x:.1%}</extra>",
    ))
    vline(fig, mc.p_zopa, {"color": "grey", "dash": "dash"},
          text=f"P(a ZOPA exists) {mc.p_zopa:.1%}")
    base_layout(fig, "Most robust packages (hover for their terms)",
                height=140 + 55 * max(len(labels), 1))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickformat=".0%", title="probability over the draws",
                     range=[0, max([mc.p_zopa, *(p.p_accept_all for p in mc.packages), 0.01])
                            * 1.3])
    fig.update_layout(barmode="group", legend={"y": -0.25})
    return fig


def tornado(robust: RobustAnalysis, rows: int = TORNADO_ROWS) -> go.Figure:
    """The margin of the best package at the low and the high end of each parameter's
    declared range, everything else as stated; where the conclusion flips inside the range,
    the value at which it does."""
    problem = robust.problem
    flips = robust.sensitivity[:rows]
    labels = [pseudo_html(parameter_phrase(problem, f.param.party, f.param.name))
              for f in flips]
    stated = float(robust.point.margin[0])
    fig = go.Figure()
    for end, color, name in (("low", "#2ca02c", "low end of the declared range"),
                             ("high", "#d62728", "high end of the declared range")):
        values = [getattr(f, f"margin_{end}") for f in flips]
        bounds = [getattr(f.param, end) for f in flips]
        fig.add_trace(go.Bar(
            y=labels, x=[v - f.margin_point for v, f in zip(values, flips)],
            base=[f.margin_point for f in flips], orientation="h", name=name,
            marker_color=color, customdata=list(zip(bounds, values)),
            hovertemplate="at %{customdata[0]:.3f}: margin %{customdata[1]:+.3f}"
            "<extra>%{y}</extra>",
        ))
    for label, f in zip(labels, flips):
        if f.within_range:
            fig.add_annotation(x=max(f.margin_low, f.margin_high), y=label, xanchor="left",
                               text=f"  flips at {f.flips_at:.3f}", showarrow=False,
                               font={"size": 11})
    vline(fig, 0.0, {"color": "black", "width": 1.5})
    vline(fig, stated, {"color": "grey", "dash": "dash"}, text=f"stated values {stated:+.3f}")
    base_layout(fig, "What the conclusion hinges on (margin above 0: a ZOPA exists)",
                height=160 + 34 * max(len(flips), 1))
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title="margin of the best package", zeroline=False)
    fig.update_layout(barmode="overlay", legend={"y": -0.18}, margin={"l": 20, "r": 90})
    fig.update_yaxes(automargin=True)
    return fig
