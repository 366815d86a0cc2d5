"""What every chart of the HTML report and the dashboard shares: fonts, colours, margins.

A system font stack (no web font is ever fetched) and one colour per party, in the order of
the scenario's negotiators, so a party keeps its colour from chart to chart.
"""

from __future__ import annotations

import plotly.graph_objects as go

__all__ = ["FONT", "PARTY_COLORS", "base_layout", "party_color", "pseudo_html"]

FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", '
    '"Liberation Sans", Arial, sans-serif'
)
PARTY_COLORS = ("#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
                "#17becf")
ZOPA_COLOR = "#2ca02c"
MUTED = "#c7c7c7"
SOLUTION_SYMBOLS = {
    "nash": ("diamond", "#2ca02c"),
    "kalai_smorodinsky": ("square", "#d62728"),
    "egalitarian": ("triangle-up", "#9467bd"),
    "utilitarian": ("star", "#ffbf00"),
}


def party_color(position: int) -> str:
    return PARTY_COLORS[position % len(PARTY_COLORS)]


def base_layout(fig: go.Figure, title: str, *, height: int = 480) -> go.Figure:
    """Title, fonts, white background and a legend under the plot, where it hides nothing."""
    fig.update_layout(
        title={"text": f"<b>{title}</b>", "x": 0.0, "xanchor": "left", "font": {"size": 15}},
        font={"family": FONT, "size": 12, "color": "#222"},
        # plotly_white's look set directly: validating a named template costs 50-200 ms a
        # figure, more than a dashboard update may take; plotly.js's defaults do the rest
        template="none",
        paper_bgcolor="white",
        plot_bgcolor="white",
        height=height,
        margin={"l": 60, "r": 20, "t": 60, "b": 40},
        legend={"orientation": "h", "yanchor": "top", "y": -0.14, "x": 0.0,
                "font": {"size": 11}},
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


def pseudo_html(text: object) -> str:
    """``text`` escaped for Plotly's titles, legends and hover labels, which read a little
    HTML (``<b>``, ``<br>``, links): names from a scenario are data, never markup."""
    from html import escape

    return escape(str(text))


def vline(fig: go.Figure, x: float, line: dict, *, axis: str = "x", text: str | None = None,
          font: dict | None = None, inside: bool = False) -> None:
    """A vertical line at ``x`` across the plot of ``axis`` ("x", "x2", ...), with ``text``
    above it (``inside``: just inside the top of the plot, where a subplot title sits above).
    Plotly's ``add_vline`` does the same but walks every subplot (slow)."""
    fig.add_shape(type="line", x0=x, x1=x, y0=0, y1=1, xref=axis,
                  yref="paper" if axis == "x" else f"y{axis[1:]} domain", line=line)
    if text:
        fig.add_annotation(x=x, y=1, xref=axis,
                           yref="paper" if axis == "x" else f"y{axis[1:]} domain",
                           text=text, showarrow=False, xanchor="left",
                           yanchor="top" if inside else "bottom", xshift=3 if inside else 0,
                           font=font or {"size": 11})
