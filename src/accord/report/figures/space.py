"""The utility-space chart: packages, Pareto frontier, ZOPA, walk-away values and the four
bargaining solutions, for two negotiating parties.

Every number is the library's: frontier and solutions from :func:`accord.analysis.analyze`,
package utilities from the compiled :class:`~accord.model.problem.Problem`, the ZOPA from
:func:`accord.analysis.zopa_mask`. With three or more negotiators the chart shows a chosen
pair, projects the all-party frontier onto it and names the parties it leaves out.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import plotly.graph_objects as go

from ...analysis import Analysis, zopa_mask
from ...model.problem import Problem
from ...seeding import generator
from ..diagnosis_text import SOLUTION_TITLES
from ..negotiation_plot import plot_pair
from .style import MUTED, SOLUTION_SYMBOLS, ZOPA_COLOR, base_layout, pseudo_html

__all__ = ["MAX_POINTS", "utility_space"]

MAX_POINTS = 4_000
"""Packages drawn at most per cloud (all packages, the ZOPA): a random sample beyond, said
in the legend. The frontier and the solutions are always drawn whole."""


def utility_space(
    analysis: Analysis,
    problem: Problem | None = None,
    pair: str | Sequence[str | int] | None = None,
    *,
    max_points: int = MAX_POINTS,
    seed: int = 0,
) -> go.Figure:
    """The analysis in the utility space of two negotiators (``pair``: see
    :func:`~accord.report.negotiation_plot.plot_pair`; default the first two).

    Every feasible package and the ZOPA's packages come from ``problem``, by default the
    one analysed (``analysis.problem``); when the space is too large to hold, the chart
    shows the frontier, walk-away values and solutions only.
    """
    problem = analysis.problem if problem is None else problem
    names = [pseudo_html(n) for n in analysis.problem.names]
    i, j = plot_pair(analysis.parties, pair)
    cols = [i, j]
    d = analysis.reservation_values
    scan = analysis.scan
    fig = go.Figure()
    rng = generator(seed)
    if problem.dense:
        u_all = problem.utilities[problem.feasible_index]
        fig.add_trace(_cloud(u_all[:, cols], "packages", rng, max_points, MUTED, 4))
        zopa = u_all[zopa_mask(u_all, d)]
        if len(zopa):
            fig.add_trace(_cloud(zopa[:, cols], "ZOPA", rng, max_points, ZOPA_COLOR, 6))
    if len(names) == 2:
        fig.add_shape(type="rect", x0=d[i], y0=d[j], x1=1.02, y1=1.02, layer="below",
                      line={"width": 0}, fillcolor="rgba(44,160,44,0.07)")
    fig.add_trace(_frontier(analysis, cols, names))
    fig.add_trace(go.Scatter(
        x=[d[i], d[i], None, -0.02, 1.02], y=[-0.02, 1.02, None, d[j], d[j]],
        mode="lines", line={"color": ZOPA_COLOR, "dash": "dash", "width": 1.2},
        name=f"walk-away values ({names[i]} {d[i]:.3f}, {names[j]} {d[j]:.3f})",
        hoverinfo="skip",
    ))
    for name, row in analysis.solutions.items():
        if row is None:
            continue
        u = scan.frontier_utilities[row]
        symbol, color = SOLUTION_SYMBOLS[name]
        package = analysis.scenario.space.outcome(int(scan.frontier_index[row]))
        fig.add_trace(go.Scatter(
            x=[u[i]], y=[u[j]], mode="markers", name=SOLUTION_TITLES[name],
            marker={"symbol": symbol, "size": _SIZES[name], "color": color,
                    "line": {"color": "black", "width": 1}},
            hovertemplate=_hover(names, u) + "<br>" + _package_html(package)
            + "<extra>" + SOLUTION_TITLES[name] + "</extra>",
        ))
    title = "Utility space"
    others = [n for k, n in enumerate(names) if k not in cols]
    if others:
        title += f": {names[i]} and {names[j]} ({len(others)} other "
        title += f"part{'y' if len(others) == 1 else 'ies'} left out: {', '.join(others)})"
    base_layout(fig, title, height=560)
    fig.update_xaxes(title=f"utility of {names[i]}", range=[-0.02, 1.02], zeroline=False,
                     constrain="domain")
    fig.update_yaxes(title=f"utility of {names[j]}", range=[-0.02, 1.02], zeroline=False,
                     scaleanchor="x", scaleratio=1, constrain="domain")
    fig.update_layout(legend={"orientation": "v", "x": 1.02, "xanchor": "left", "y": 1.0,
                              "yanchor": "top"}, height=520)
    return fig


# Drawn in this order, largest first, so solutions at one package all stay visible.
_SIZES = {"nash": 18, "kalai_smorodinsky": 13, "egalitarian": 10, "utilitarian": 15}


def _cloud(points: np.ndarray, what: str, rng, max_points: int, color: str,
           size: float) -> go.Scatter:
    n = len(points)
    if n > max_points:
        keep = np.sort(rng.choice(n, max_points, replace=False))
        points, label = points[keep], f"{what}: {n:,} packages ({max_points:,} drawn at random)"
    else:
        label = f"{what}: {n:,} package{'s' if n != 1 else ''}"
    return go.Scatter(
        x=points[:, 0], y=points[:, 1], mode="markers", name=label,
        marker={"color": color, "size": size, "opacity": 0.6 if what == "ZOPA" else 0.5},
        hovertemplate="%{x:.3f}, %{y:.3f}<extra>" + what + "</extra>",
    )


def _frontier(analysis: Analysis, cols: list[int], names: list[str]) -> go.Scatter:
    scan = analysis.scan
    u = scan.frontier_utilities
    order = np.argsort(u[:, cols[0]], kind="stable")
    space = analysis.scenario.space
    text = [_hover(names, u[r]) + "<br>" + _package_html(space.outcome(int(scan.frontier_index[r])))
            for r in order]
    exact = "" if scan.exact else ", searched (not exact)"
    two = len(names) == 2
    whose = "" if two else f" of all {len(names)} parties, projected"
    name = f"Pareto frontier{whose}: {len(u):,} points{exact}"
    return go.Scatter(
        x=u[order, cols[0]], y=u[order, cols[1]], mode="lines+markers" if two else "markers",
        name=name, line={"color": "black", "width": 1.5}, marker={"color": "black", "size": 5},
        text=text, hovertemplate="%{text}<extra>frontier</extra>",
    )


def _hover(names: list[str], u: np.ndarray) -> str:
    return "<br>".join(f"{n}: {x:.3f}" for n, x in zip(names, u))


def _package_html(package: dict) -> str:
    return "<br>".join(f"{pseudo_html(k)} = {pseudo_html(v)}" for k, v in package.items())
