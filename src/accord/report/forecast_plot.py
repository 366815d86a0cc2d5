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


def plot_forecast(result, path: str | Path, title: str = "", mc=None):
    """Save a PNG of ``result`` (a :class:`~accord.forecast.ForecastResult`); returns the
    matplotlib ``Figure``. ``title`` names what was forecast (a scenario, a file); ``mc`` (a
    :class:`~accord.forecast.MonteCarloResult` of the same model) adds each issue's band of
    forecasts, from its lowest to its highest quantile (5 %-95 % by default)."""
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
    if result.states == 1:
        return _plot_stated(result, path, title, mc, glyphs, actors, dims)
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
        ax.set_ylabel("\n".join(textwrap.wrap(dims[k], 22)), fontsize=8, **family)
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


def _plot_stated(result, path, title, mc, glyphs, actors, dims):
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
    axes[-1].set_xlabel("stated position")
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncol=2, frameon=False,
               prop={**family, "size": 7})
    heading = f"{title}: " if title else ""
    fig.suptitle(glyphs.text(f"{heading}stated positions, {result.model} forecast"),
                 fontsize=10, **family)
    fig.savefig(path)
    return fig


def _band_label(mc) -> str:
    """The legend entry of a Monte Carlo band: its outer quantiles and the runs."""
    levels = f"{100 * mc.quantile_levels[0]:g}%-{100 * mc.quantile_levels[-1]:g}%"
    return f"forecast {levels} of {mc.runs} Monte Carlo runs"
