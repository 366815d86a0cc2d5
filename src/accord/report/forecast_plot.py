"""Each stakeholder's position, state by state, on every issue, and the forecast.

One panel per issue (dimension): a line per actor from its stated position (state 0) to
where the model moves it, and the forecast settlement as a dashed line. A model with one
state (the weighted mean or median, the exchange models) has no paths: its panels give each
actor a row at its stated position, with the forecast as a vertical dashed line. The legend sits
under the panels so it never hides a path. Names pass through :class:`~.glyphs.Glyphs`,
so scripts the font cannot draw fall back without warnings. Matplotlib is used without
pyplot (Agg canvas, no global state).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

__all__ = ["plot_forecast"]

_STYLES = ("-", "--", "-.", ":")


def plot_forecast(result, path: str | Path, title: str = "", mc=None, units=None, scales=None):
    """Save a PNG of ``result`` (a :class:`~accord.forecast.ForecastResult`); returns the
    matplotlib ``Figure``. ``title`` names what was forecast (a scenario, a file); ``mc`` (a
    :class:`~accord.forecast.MonteCarloResult` of the same model) adds each issue's band of
    forecasts, from its lowest to its highest quantile (5 %-95 % by default). ``units``
    (issue: the forecast in the issue's own units) puts the forecast in each panel's title;
    ``scales`` (issue: ``(position, option)`` pairs, from
    :func:`accord.model.stakeholders.option_scale`) names the options along the other side
    of the 0-100 scale."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'accord[plot]'") from None
    from .glyphs import Glyphs

    glyphs = Glyphs([title, *result.actors, *result.dimensions])
    actors = [glyphs.name(a, "", k, kind="actor") for k, a in enumerate(result.actors)]
    dims = [glyphs.text(d) for d in result.dimensions]
    family = {"family": glyphs.families}
    d, n = len(dims), len(actors)
    titles = [_panel_title(dims[k], glyphs, (units or {}).get(dim))
              for k, dim in enumerate(result.dimensions)]
    scales = [(scales or {}).get(dim, ()) for dim in result.dimensions]
    if result.states == 1:
        return _plot_stated(result, path, title, mc, glyphs, actors, titles, scales)
    rows = -(-(n + 1) // 2)
    fig = Figure(figsize=(7.5, 1.0 + 2.3 * d + 0.2 * rows), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(d, 1, sharex=True, squeeze=False)[:, 0]
    states = range(result.states)
    for k, ax in enumerate(axes):
        for i in range(n):
            ax.plot(
                states,
                result.history[:, i, k],
                marker=".",
                ms=4,
                lw=1.1,
                ls=_STYLES[(i // 10) % len(_STYLES)],
                color=f"C{i % 10}",
                label=actors[i],
            )
        ax.axhline(
            result.forecast[k],
            color="black",
            ls=(0, (4, 3)),
            lw=1.2,
            label=f"forecast ({result.model})",
        )
        if mc is not None:
            lo, hi = mc.quantiles[0, k], mc.quantiles[-1, k]
            ax.axhspan(lo, hi, color="0.6", alpha=0.25, lw=0, label=_band_label(mc))
        ax.set_ylabel(_wrapped(titles[k], 22), fontsize=8, **family)
        _name_options(ax, scales[k], glyphs, "y")
    axes[-1].set_xlabel("state (0: stated positions)")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncol=2,
        fontsize=7,
        frameon=False,
        prop={**family, "size": 7},
    )
    heading = f"{title}: " if title else ""
    fig.suptitle(
        glyphs.text(f"{heading}positions by state, {result.model} forecast"), fontsize=10, **family
    )
    fig.savefig(path)
    return fig


def _plot_stated(result, path, title, mc, glyphs, actors, dims, scales):
    """One panel per issue, a row per actor at its stated position; the forecast and the
    Monte Carlo band span the rows."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    family = {"family": glyphs.families}
    d, n = len(dims), len(actors)
    fig = Figure(figsize=(7.5, 1.2 + d * (0.5 + 0.22 * n)), dpi=110, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(d, 1, sharex=True, squeeze=False)[:, 0]
    for k, ax in enumerate(axes):
        if mc is not None:
            lo, hi = mc.quantiles[0, k], mc.quantiles[-1, k]
            ax.axvspan(lo, hi, color="0.6", alpha=0.25, lw=0, label=_band_label(mc))
        for i in range(n):
            ax.plot([result.history[0, i, k]], [i], marker="os^D"[(i // 10) % 4], ms=5,
                    ls="", color=f"C{i % 10}")
        ax.axvline(result.forecast[k], color="black", ls=(0, (4, 3)), lw=1.2,
                   label=f"forecast ({result.model})")
        ax.set_yticks(range(n), actors, fontsize=7, **family)
        ax.set_ylim(n - 0.5, -0.5)
        ax.grid(axis="x", color="0.9", lw=0.6)
        ax.set_title(dims[k], fontsize=8, **family)
        _name_options(ax, scales[k], glyphs, "x")
    axes[-1].set_xlabel("stated position")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=2, frameon=False,
               prop={**family, "size": 7})
    heading = f"{title}: " if title else ""
    fig.suptitle(glyphs.text(f"{heading}stated positions, {result.model} forecast"),
                 fontsize=10, **family)
    fig.savefig(path)
    return fig


def _panel_title(dim: str, glyphs, unit) -> str:
    """The issue's name, with the forecast in its own units when known."""
    if unit is None:
        return dim
    shown = unit if isinstance(unit, str) else f"{unit:.4g}"
    return f"{dim}: forecast {glyphs.text(shown)}"


def _wrapped(text: str, width: int) -> str:
    """``text`` on lines of about ``width`` characters, names never cut inside."""
    return "\n".join(textwrap.wrap(text, width, break_long_words=False))


def _name_options(ax, scale, glyphs, side: str) -> None:
    """A second scale on ``ax`` (at the top for ``side`` x, at the right for y) with ticks at
    an ordinal issue's options within the panel's limits, named; none for other issues."""
    lo, hi = sorted(ax.get_xlim() if side == "x" else ax.get_ylim())
    shown = [(x, name) for x, name in scale if lo <= x <= hi]
    if not shown:
        return
    axis = ax.secondary_xaxis("top") if side == "x" else ax.secondary_yaxis("right")
    names = [_wrapped(glyphs.text(name).replace("_", " "), 16) for _, name in shown]
    getattr(axis, f"set_{side}ticks")([x for x, _ in shown], names, fontsize=6,
                                      family=glyphs.families)


def _band_label(mc) -> str:
    """The legend entry of a Monte Carlo band: its outer quantiles and the runs."""
    levels = f"{100 * mc.quantile_levels[0]:g}%-{100 * mc.quantile_levels[-1]:g}%"
    return f"forecast {levels} of {mc.runs} Monte Carlo runs"
