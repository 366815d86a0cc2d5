"""Plotly figures of the dashboard, as plain dicts (``{"data": [...], "layout": {...}}``).

Every number in them comes from a library result; the browser only draws them
(``Plotly.react``). Plain dicts keep a what-if's figure to a fraction of a millisecond.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..analysis.bargaining import zopa_mask
from ..analysis.whatif import WhatIf
from ..forecast.montecarlo import MonteCarloResult
from ..forecast.result import ForecastResult
from ..negotiation import Negotiation
from ..negotiation.trace import MEDIATOR

__all__ = ["forecast_paths", "offers_over_time", "utility_space"]

SOLUTION_LABELS = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai-Smorodinsky",
    "egalitarian": "egalitarian",
    "utilitarian": "utilitarian",
}
SOLUTION_SYMBOLS = {
    "nash": "star",
    "kalai_smorodinsky": "diamond",
    "egalitarian": "triangle-up",
    "utilitarian": "square",
}
FRONTIER = "#1f4e79"
ZOPA = "#2e7d32"
WALK_AWAY = "#b23b3b"


def _axis(title: str) -> dict[str, Any]:
    return {"title": {"text": title}, "range": [-0.02, 1.02], "zeroline": False,
            "gridcolor": "#e5e8ec", "tickformat": ".1f"}


def utility_space(result: WhatIf, pair: tuple[int, int] = (0, 1)) -> dict[str, Any]:
    """Two parties' utilities: the Pareto frontier, its packages in the ZOPA, each party's
    walk-away value and the four bargaining solutions."""
    problem = result.problem
    a, b = pair
    names = problem.names
    u = result.frontier_utilities
    d = problem.reservation
    order = np.argsort(u[:, a], kind="stable")
    inside = zopa_mask(u, d)
    hover = f"{names[a]}: %{{x:.3f}}<br>{names[b]}: %{{y:.3f}}<extra>%{{fullData.name}}</extra>"
    data: list[dict[str, Any]] = [
        {
            "type": "scatter", "mode": "lines+markers", "name": "Pareto frontier",
            "x": u[order, a].tolist(), "y": u[order, b].tolist(),
            "line": {"color": FRONTIER, "width": 1.5},
            "marker": {"size": 5, "color": FRONTIER}, "hovertemplate": hover,
        },
        {
            "type": "scatter", "mode": "markers", "name": "frontier packages in the ZOPA",
            "x": u[inside, a].tolist(), "y": u[inside, b].tolist(),
            "marker": {"size": 9, "color": ZOPA, "line": {"color": "white", "width": 1}},
            "hovertemplate": hover,
        },
    ]
    for name, choice in result.solutions.items():
        if choice.row is None:
            continue
        point = u[choice.row]
        data.append({
            "type": "scatter", "mode": "markers", "name": f"{SOLUTION_LABELS[name]} solution",
            "x": [float(point[a])], "y": [float(point[b])],
            "marker": {"size": 13, "symbol": SOLUTION_SYMBOLS[name], "color": "#f2a900",
                       "line": {"color": "#333", "width": 1}},
            "hovertemplate": hover,
        })
    shapes = [
        {"type": "rect", "x0": float(d[a]), "x1": 1.02, "y0": float(d[b]), "y1": 1.02,
         "fillcolor": "rgba(46,125,50,0.08)", "line": {"width": 0}, "layer": "below"},
        {"type": "line", "x0": float(d[a]), "x1": float(d[a]), "y0": -0.02, "y1": 1.02,
         "line": {"color": WALK_AWAY, "dash": "dash", "width": 1.5}},
        {"type": "line", "x0": -0.02, "x1": 1.02, "y0": float(d[b]), "y1": float(d[b]),
         "line": {"color": WALK_AWAY, "dash": "dash", "width": 1.5}},
    ]
    annotations = [
        {"x": 1.0, "y": 1.0, "xanchor": "right", "yanchor": "top", "showarrow": False,
         "text": f"ZOPA: {result.zopa_size:,} packages", "font": {"color": ZOPA, "size": 12}},
        {"x": float(d[a]), "y": 0.0, "xanchor": "left", "yanchor": "bottom",
         "showarrow": False, "text": f" {names[a]} walk-away {d[a]:.3f}",
         "font": {"color": WALK_AWAY, "size": 11}},
        {"x": 0.0, "y": float(d[b]), "yanchor": "bottom", "xanchor": "left", "showarrow": False,
         "text": f"{names[b]} walk-away {d[b]:.3f}", "font": {"color": WALK_AWAY, "size": 11}},
    ]
    return {
        "data": data,
        "layout": {
            "xaxis": _axis(f"utility to {names[a]} (0-1)"),
            "yaxis": _axis(f"utility to {names[b]} (0-1)"),
            "shapes": shapes, "annotations": annotations,
            "showlegend": True, "legend": {"orientation": "h", "y": -0.18},
            "margin": {"l": 60, "r": 20, "t": 30, "b": 40},
            "plot_bgcolor": "white", "height": 480,
            "uirevision": "keep",
        },
    }


PALETTE = ("#1f4e79", "#b23b3b", "#2e7d32", "#7b4ea3", "#c77c02", "#00838f")


def offers_over_time(run: Negotiation) -> dict[str, Any]:
    """Each party's utility of every offer, round by round (solid: the offer's utility to
    the party that made it; dotted: to the other side), the mediator's proposals as
    markers, events as vertical lines and the agreement as a green one."""
    trace = run.trace
    utilities = trace.utilities()
    rounds = np.asarray(trace.round)
    actor = np.asarray(trace.actor)
    action = np.asarray(trace.action)
    offered = (np.asarray(trace.outcome) >= 0) & np.isin(action, ("offer", "propose", "text"))
    data = []
    for j, party in enumerate((*trace.parties, "mediator")):
        mine = offered & (actor == (j if j < len(trace.parties) else MEDIATOR))
        if party == "mediator" and not mine.any():
            continue
        for k, other in enumerate(trace.parties):
            data.append({
                "type": "scatter", "mode": "markers" if party == "mediator" else "lines+markers",
                "name": f"{party}'s offers: utility to {other}",
                "x": rounds[mine].tolist(), "y": utilities[mine, k].tolist(),
                "line": {"color": PALETTE[k % len(PALETTE)], "dash": "solid" if j == k else "dot",
                         "width": 1.5},
                "marker": {"size": 9 if party == "mediator" else 4,
                           "color": PALETTE[k % len(PALETTE)],
                           "symbol": "diamond" if party == "mediator" else "circle"},
                "hovertemplate": "round %{x}: %{y:.3f}<extra>%{fullData.name}</extra>",
            })
    shapes, annotations = [], []
    seen: dict[int, int] = {}
    for event in run.events:
        shapes.append({"type": "line", "x0": event.round, "x1": event.round, "y0": 0, "y1": 1,
                       "yref": "paper", "line": {"color": "#888", "dash": "dot", "width": 1}})
        nth = seen[event.round] = seen.get(event.round, -1) + 1
        annotations.append({"x": event.round, "y": 0.03, "yref": "paper", "yanchor": "bottom",
                            "xanchor": "right", "xshift": 12 * nth, "textangle": -90,
                            "text": event.label or event.id, "showarrow": False,
                            "font": {"size": 10, "color": "#555"}, "bgcolor": "white"})
    if run.result.agreed:
        shapes.append({"type": "line", "x0": run.result.round, "x1": run.result.round,
                       "y0": 0, "y1": 1, "yref": "paper",
                       "line": {"color": "#2e7d32", "width": 2}})
    return {
        "data": data,
        "layout": {
            "xaxis": {"title": {"text": "round"}, "gridcolor": "#e5e8ec",
                      "range": [0, max(run.rounds, 1)]},
            "yaxis": {"title": {"text": "utility (0-1)"}, "range": [-0.02, 1.02],
                      "gridcolor": "#e5e8ec"},
            "shapes": shapes, "annotations": annotations,
            "showlegend": True, "legend": {"orientation": "h", "y": -0.2},
            "margin": {"l": 60, "r": 20, "t": 20, "b": 40},
            "plot_bgcolor": "white", "height": 440,
        },
    }


def forecast_paths(result: ForecastResult, mc: MonteCarloResult | None) -> dict[str, Any]:
    """One panel per dimension: each actor's position state by state, the forecast, and the
    Monte Carlo 5%-95% band of the forecast when there is one."""
    dims = result.dimensions
    n = len(dims)
    states = list(range(result.states))
    data: list[dict[str, Any]] = []
    layout: dict[str, Any] = {
        "margin": {"l": 60, "r": 20, "t": 30, "b": 40}, "plot_bgcolor": "white",
        "height": max(260, 200 * n), "legend": {"orientation": "v", "x": 1.02, "y": 1},
        "annotations": [], "shapes": [],
    }
    gap = 0.06
    height = (1 - gap * (n - 1)) / max(n, 1)
    for k, dim in enumerate(dims):
        suffix = "" if k == 0 else str(k + 1)
        top = 1 - k * (height + gap)
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "gridcolor": "#e5e8ec",
                                    "title": {"text": "state" if k == n - 1 else ""}}
        layout[f"yaxis{suffix}"] = {"domain": [top - height, top], "anchor": f"x{suffix}",
                                    "range": [-2, 102], "gridcolor": "#e5e8ec",
                                    "title": {"text": "position (0-100)"}}
        layout["annotations"].append({"text": f"<b>{dim}</b>", "xref": "paper", "x": 0,
                                      "yref": "paper", "y": top, "yanchor": "bottom",
                                      "showarrow": False})
        for i, actor in enumerate(result.actors):
            data.append({
                "type": "scatter", "mode": "lines", "name": actor, "legendgroup": actor,
                "showlegend": k == 0, "x": states, "y": result.history[:, i, k].tolist(),
                "xaxis": f"x{suffix}", "yaxis": f"y{suffix}",
                "line": {"color": PALETTE[i % len(PALETTE)], "width": 1},
                "hovertemplate": f"{actor}: %{{y:.1f}}<extra>{dim}</extra>",
            })
        xref = f"x{suffix} domain" if suffix else "x domain"
        if mc is not None:
            lo, hi = mc.quantiles[0, k], mc.quantiles[-1, k]
            layout["shapes"].append({
                "type": "rect", "xref": xref, "x0": 0, "x1": 1, "yref": f"y{suffix}",
                "y0": float(lo), "y1": float(hi), "fillcolor": "rgba(0,0,0,0.08)",
                "line": {"width": 0}, "layer": "below"})
        layout["shapes"].append({
            "type": "line", "xref": xref, "x0": 0, "x1": 1, "yref": f"y{suffix}",
            "y0": float(result.forecast[k]), "y1": float(result.forecast[k]),
            "line": {"color": "black", "width": 2, "dash": "dash"}})
    return {"data": data, "layout": layout}
