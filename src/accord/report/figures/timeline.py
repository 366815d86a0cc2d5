"""Timelines: the news reports a scenario rests on, by date, and the article timeline of
``accord read`` (:func:`accord.news.timeline.timeline`), with each article's talk status.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from ...model import Scenario
from ...news.timeline import TimelineEntry
from .style import base_layout, pseudo_html

__all__ = ["news_timeline", "sources_timeline"]


def sources_timeline(scenario: Scenario) -> go.Figure | None:
    """The scenario's sources on a date axis, one lane per outlet; None without sources."""
    items = sorted(scenario.sources.items(), key=lambda kv: (kv[1].date, kv[0]))
    if not items:
        return None
    outlets = list(dict.fromkeys(s.outlet for _, s in items))
    fig = go.Figure(go.Scatter(
        x=[s.date for _, s in items], y=[pseudo_html(s.outlet) for _, s in items],
        mode="markers", marker={"size": 11, "color": "#1f77b4", "symbol": "circle"},
        customdata=[f"{pseudo_html(key)}: {pseudo_html(s.title)}" for key, s in items],
        hovertemplate="%{x}<br>%{customdata}<extra>%{y}</extra>", name="sources",
    ))
    base_layout(fig, "The reporting the scenario rests on, by date (hover for titles)",
                height=120 + 30 * len(outlets))
    fig.update_xaxes(type=_axis([s.date for _, s in items]), title="date of the report")
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_layout(showlegend=False, margin={"l": 20})
    return fig


def news_timeline(entries: Sequence[TimelineEntry]) -> go.Figure:
    """Articles by date, one lane per talk status (undated ones are left out and counted
    in the title); hover shows each article's main events."""
    dated = [e for e in entries if e.date]
    fig = go.Figure(go.Scatter(
        x=[e.date for e in dated], y=[pseudo_html(e.status) for e in dated], mode="markers",
        marker={"size": 12, "color": "#ff7f0e"},
        customdata=["<br>".join([f"{pseudo_html(e.date)}: {pseudo_html(e.document)}",
                                 *map(pseudo_html, e.events)]) for e in dated],
        hovertemplate="%{customdata}<extra>%{y}</extra>", name="articles",
    ))
    undated = len(entries) - len(dated)
    title = "News timeline: each article's talk status"
    if undated:
        title += f" ({undated} undated article{'s' if undated > 1 else ''} not shown)"
    base_layout(fig, title, height=300)
    fig.update_xaxes(type=_axis([e.date for e in dated]), title="date of the article")
    fig.update_yaxes(automargin=True)
    fig.update_layout(showlegend=False)
    return fig


def _axis(dates: Sequence[str]) -> str:
    """A date axis, or a category axis (the dates as written) when there is only one date:
    Plotly would zoom a lone date down to milliseconds."""
    return "date" if len(set(dates)) > 1 else "category"
