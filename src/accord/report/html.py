"""The briefing as one self-contained HTML page: Plotly's JavaScript and the styles are
inlined, fonts are the reader's system fonts, and nothing is fetched from a network.

:func:`render_report` returns the page as a string; :func:`write_report` computes a
briefing and writes the page atomically. Scenario text is user input: the templates escape
it (Jinja2 autoescaping), chart labels escape it for Plotly, and chart data is embedded as
JSON with ``<``, ``>`` and ``&`` escaped, so no text can close a tag or a script.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import plotly
import plotly.graph_objects as go
from jinja2 import Environment, select_autoescape
from markupsafe import Markup

from .briefing import Briefing, build_briefing
from .figures import (
    forecast_paths,
    news_timeline,
    offers_over_time,
    p_zopa_summary,
    robust_packages,
    sources_timeline,
    tornado,
    utility_space,
)
from .sections import (
    analysis_section,
    forecast_section,
    robust_section,
    scenario_section,
    simulation_section,
    summary,
)

__all__ = ["PLOTLY_CONFIG", "figure_html", "render_report", "write_report"]

PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "showLink": False,
                 "modeBarButtonsToRemove": ["select2d", "lasso2d", "sendDataToCloud",
                                            "sendChartToCloud", "editInChartStudio",
                                            "toggleSpikelines"]}
"""Plotly's options for every chart: no logo, no link out, no selection tools."""

_LOADER = """
document.querySelectorAll("script.accord-figure").forEach(function (data) {
  var figure = JSON.parse(data.textContent);
  var config = JSON.parse(data.dataset.config);
  Plotly.newPlot(document.getElementById(data.dataset.target), figure.data, figure.layout,
                 config);
});
"""


def render_report(briefing: Briefing) -> str:
    """The whole page for ``briefing`` (see :func:`~accord.report.briefing.build_briefing`)."""
    b = briefing
    figures = _figures(b)
    numbers, n = {}, 3 if b.robust is not None else 2
    for key, present in (("simulation", b.negotiation), ("forecast", b.forecast),
                         ("timeline", figures.get("sources") or figures.get("news"))):
        if present is not None:
            n += 1
            numbers[key] = n
    blocked = bool(b.analysis.diagnosis.issue_blocks)
    return _template().render(
        version=_version(),
        plotly_version=plotly.__version__,
        css=Markup(_asset("report.css")),
        plotly_js=Markup(_plotly_js()),
        scenario=b.scenario,
        s=scenario_section(b.scenario),
        a=analysis_section(b),
        r=robust_section(b),
        sim=simulation_section(b),
        fc=forecast_section(b),
        key_numbers=summary(b),
        blocked=blocked,
        figures=figures,
        numbers=numbers,
        warnings=[w.format() for w in b.warnings],
        source=b.source,
        colophon=_colophon(b),
        scripts=Markup(_LOADER),
    )


def figure_html(fig: go.Figure, target: str) -> Markup:
    """A ``<div>`` for one chart and its data as an inert JSON script; the page's loader
    draws it. Safe to place in any page: the JSON cannot end the script early."""
    data = _json_in_html(fig.to_json())
    config = _attribute_json(PLOTLY_CONFIG)
    return Markup(
        f'<div class="chart" id="{target}"></div>\n'
        f'<script type="application/json" class="accord-figure" data-target="{target}" '
        f'data-config="{config}">{data}</script>'
    )


def write_report(
    scenario: Any, out: str | Path, **options: Any
) -> Path:
    """Compute a briefing of ``scenario`` (a path or a Scenario; ``options`` as for
    :func:`~accord.report.briefing.build_briefing`) and write its page to ``out``, whole
    or not at all. Returns ``out``."""
    from ..io.files import write_atomic

    return write_atomic(out, render_report(build_briefing(scenario, **options)))


def _figures(b: Briefing) -> dict[str, Markup | None]:
    made: dict[str, go.Figure | None] = {
        "space": utility_space(b.analysis, b.problem, b.pair),
        "sources": sources_timeline(b.scenario),
        "news": news_timeline(b.timeline) if b.timeline else None,
    }
    if b.robust is not None:
        made["p_zopa"] = p_zopa_summary(b.robust)
        if b.robust.monte_carlo.packages:
            made["robust_packages"] = robust_packages(b.robust)
        if b.robust.sensitivity:
            made["tornado"] = tornado(b.robust)
    if b.negotiation is not None:
        made["offers"] = offers_over_time(b.negotiation, b.problem)
    if b.forecast is not None:
        made["forecast"] = forecast_paths(b.forecast, b.forecast_mc, scale=b.forecast_scale)
    return {key: None if fig is None else figure_html(fig, f"chart-{key.replace('_', '-')}")
            for key, fig in made.items()}


def _colophon(b: Briefing) -> str:
    parts = [f"seed {b.settings.get('seed', 0)}"]
    if "draws" in b.settings:
        parts.append(f"{b.settings['draws']:,} Monte Carlo draws")
    if "agents" in b.settings:
        parts.append(f"simulated with {b.settings['agents']} over {b.settings['rounds']} rounds")
    if "news" in b.settings:
        count = b.settings["news"]
        parts.append(f"news timeline read from {count} article{'s' if count != 1 else ''}")
    forecast = b.settings.get("forecast")
    if forecast is not None:
        drawn = b.settings.get("forecast_uncertainty")
        parts.append(f"{forecast.model} forecast" + (
            f", {forecast.runs} Monte Carlo runs drawn from {drawn}" if drawn else ""))
    return "; ".join(parts)


def _json_in_html(text: str) -> str:
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _attribute_json(value: Any) -> str:
    from html import escape

    return escape(json.dumps(value), quote=True)


@cache
def _version() -> str:
    """accord's installed version (the package ``accord`` is the API layer, above this)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("accord")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "(source tree)"


@cache
def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


@cache
def _template():
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env.from_string(_asset("report.html.j2"))
