"""A forecast's paths: each stakeholder's position, state by state, on every issue, the
forecast settlement and, from a Monte Carlo run, the band its forecast falls in.

The paths are :class:`~accord.forecast.result.ForecastResult`'s ``history``; the band is
the :class:`~accord.forecast.montecarlo.MonteCarloResult`'s outer quantiles (5% and 95% by
default) and its median: the spread of the final forecast over the runs.
"""

from __future__ import annotations

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ...forecast.montecarlo import MonteCarloResult
from ...forecast.result import ForecastResult
from .style import base_layout, party_color, pseudo_html

__all__ = ["forecast_paths"]

_DASHES = ("solid", "dash", "dot", "dashdot")
_SYMBOLS = ("circle", "diamond", "square", "triangle-up")  # past 8 stakeholders, as _DASHES


def forecast_paths(result: ForecastResult, mc: MonteCarloResult | None = None,
                   title: str = "", scale: tuple[float, float] | None = None) -> go.Figure:
    """One panel per issue (dimension); ``mc`` adds the Monte Carlo band; ``scale`` (the
    stakeholders' position scale) fixes every panel's range to it. A model with one state
    (the weighted mean or median, the exchange models' result) has no paths to draw: its
    panels show each stakeholder's stated position instead (:func:`_stated_positions`)."""
    if result.states == 1:
        return _stated_positions(result, mc, title, scale)
    dims = [pseudo_html(d) for d in result.dimensions]
    actors = [pseudo_html(a) for a in result.actors]
    d = len(dims)
    fig = make_subplots(rows=d, cols=1, shared_xaxes=True, vertical_spacing=0.05,
                        subplot_titles=dims)
    states = list(range(result.states))
    last = states[-1]
    for k in range(d):
        row = k + 1
        _add_band(fig, row, k, mc, (0, last), vertical=False)
        for i, actor in enumerate(actors):
            fig.add_trace(go.Scatter(
                x=states, y=result.history[:, i, k], mode="lines+markers", name=actor,
                legendgroup=actor, showlegend=k == 0,
                line={"color": party_color(i), "width": 1.4, "dash": _DASHES[(i // 8) % 4]},
                marker={"size": 4},
                hovertemplate=f"state %{{x}}: %{{y:.1f}}<extra>{actor}</extra>",
            ), row=row, col=1)
        _add_forecast(fig, row, k, result, (0, last), vertical=False)
    if scale is not None:
        pad = 0.05 * (scale[1] - scale[0])
        fig.update_yaxes(range=[scale[0] - pad, scale[1] + pad])
    fig.update_xaxes(title="state (0: stated positions)", row=d, col=1)
    heading = f"{pseudo_html(title)}: " if title else ""
    base_layout(fig, f"{heading}positions by state, {pseudo_html(result.model)} forecast",
                height=140 + 210 * d)
    fig.update_layout(legend={"y": -0.06})
    return fig


def _stated_positions(result: ForecastResult, mc: MonteCarloResult | None, title: str,
                      scale: tuple[float, float] | None) -> go.Figure:
    """One panel per issue, a row per stakeholder: its position (x), the forecast (dashed
    black line) and the Monte Carlo band and median (grey) across all rows."""
    dims = [pseudo_html(d) for d in result.dimensions]
    actors = [pseudo_html(a) for a in result.actors]
    d, n = len(dims), len(actors)
    rows = list(range(n))
    span = [-0.5, n - 0.5]
    fig = make_subplots(rows=d, cols=1, shared_xaxes=True, vertical_spacing=0.3 / d,
                        subplot_titles=dims)
    for k in range(d):
        row = k + 1
        _add_band(fig, row, k, mc, span, vertical=True)
        for i, actor in enumerate(actors):
            fig.add_trace(go.Scatter(
                x=[result.history[0, i, k]], y=[i], mode="markers", name=actor,
                legendgroup=actor, showlegend=False,
                marker={"size": 9, "color": party_color(i),
                        "symbol": _SYMBOLS[(i // 8) % len(_SYMBOLS)]},
                hovertemplate=f"%{{x:.1f}}<extra>{actor}</extra>",
            ), row=row, col=1)
        _add_forecast(fig, row, k, result, span, vertical=True)
    fig.update_yaxes(tickvals=rows, ticktext=actors, range=[span[1], span[0]],
                     showgrid=False, zeroline=False)
    fig.update_xaxes(zeroline=False)
    if scale is not None:
        pad = 0.05 * (scale[1] - scale[0])
        fig.update_xaxes(range=[scale[0] - pad, scale[1] + pad])
    fig.update_xaxes(title="stated position", row=d, col=1)
    heading = f"{pseudo_html(title)}: " if title else ""
    base_layout(fig, f"{heading}stated positions and the {pseudo_html(result.model)} forecast",
                height=160 + d * (60 + 24 * n))
    longest = max((len(a) for a in result.actors), default=0)
    fig.update_layout(legend={"y": -0.04}, margin={"l": min(360, 20 + 7 * longest)})
    return fig


def _line(values: list[float], ends: list[float], vertical: bool) -> dict[str, list[float]]:
    """x and y of a line or area at ``values`` stretched over ``ends`` of the other axis."""
    return {"x": values, "y": ends} if vertical else {"x": ends, "y": values}


def _add_band(fig: go.Figure, row: int, k: int, mc: MonteCarloResult | None,
              across: tuple[float, float], vertical: bool) -> None:
    """Issue ``k``'s Monte Carlo band (outer quantiles) and median over ``across``:
    horizontal on the paths chart, vertical on the stated-positions chart."""
    if mc is None:
        return
    q = mc.quantiles[:, k]
    lo, mid, hi = q[0], q[len(q) // 2], q[-1]
    levels = mc.quantile_levels
    band = (f"Monte Carlo ({mc.runs:,} runs): {100 * levels[0]:g}%-"
            f"{100 * levels[-1]:g}% of the forecast")
    a, b = across
    fig.add_trace(go.Scatter(
        **_line([lo, lo, hi, hi, lo], [a, b, b, a, a], vertical), fill="toself",
        mode="lines", line={"width": 0}, fillcolor="rgba(100,100,100,0.15)", name=band,
        legendgroup="band", showlegend=k == 0,
        hovertemplate=f"{lo:.1f} to {hi:.1f}<extra>{band}</extra>",
    ), row=row, col=1)
    fig.add_trace(go.Scatter(
        **_line([mid, mid], [a, b], vertical), mode="lines",
        line={"color": "#555", "dash": "dot", "width": 1},
        name=f"Monte Carlo median ({100 * levels[len(q) // 2]:g}%)",
        legendgroup="median", showlegend=k == 0,
        hovertemplate=f"median {mid:.1f}<extra></extra>",
    ), row=row, col=1)


def _add_forecast(fig: go.Figure, row: int, k: int, result: ForecastResult,
                  across: tuple[float, float], vertical: bool) -> None:
    """Issue ``k``'s forecast as a dashed black line over ``across``."""
    fig.add_trace(go.Scatter(
        **_line([result.forecast[k]] * 2, list(across), vertical), mode="lines",
        line={"color": "black", "dash": "dash", "width": 2},
        name=f"forecast ({pseudo_html(result.model)})", legendgroup="forecast",
        showlegend=k == 0,
        hovertemplate=f"forecast {result.forecast[k]:.1f}<extra></extra>",
    ), row=row, col=1)
