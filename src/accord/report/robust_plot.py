"""Three panels for ``accord analyze --robust --plot``: P(every party accepts) for the most
robust packages, the tornado chart of what the conclusion hinges on, and the deferral
table. Matplotlib without pyplot (Agg canvas, no global state); names pass through
:class:`~.glyphs.Glyphs`."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ..analysis.robust import RobustAnalysis
from .robust_text import parameter_phrase

__all__ = ["plot_robust"]


def plot_robust(robust: RobustAnalysis, path: str | Path):
    """Save the three panels to ``path``; returns the matplotlib ``Figure``."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'accord[plot]'") from None
    from .glyphs import Glyphs

    problem, mc = robust.problem, robust.monte_carlo
    labels = [parameter_phrase(problem, f.param.party, f.param.name)
              for f in robust.sensitivity[:12]]
    glyphs = Glyphs([problem.scenario.name, *problem.names, *labels])
    family = {"family": glyphs.families}
    fig = Figure(figsize=(9.5, 12.5), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    top, middle, bottom = fig.subplots(3, 1, gridspec_kw={"height_ratios": [1.0, 1.4, 1.0]})
    fig.suptitle(
        glyphs.text(f"{problem.scenario.name}: {mc.n_draws:,} draws"
                    if mc.uncertain else f"{problem.scenario.name}: no uncertainty declared"),
        **family,
    )
    _acceptance(top, robust, glyphs)
    _tornado(middle, robust, [glyphs.text(x) for x in labels])
    _deferral_table(bottom, robust)
    fig.savefig(path)
    return fig


def _acceptance(ax, robust: RobustAnalysis, glyphs) -> None:
    mc = robust.monte_carlo
    packages = mc.packages
    y = np.arange(len(packages))[::-1]
    p = [x.p_accept_all for x in packages]
    nash = [x.nash_share for x in packages]
    ax.barh(y + 0.18, p, height=0.35, color="C0", label="P(every party accepts)")
    ax.barh(y - 0.18, nash, height=0.35, color="C1", label="share of draws as the Nash point")
    for yy, value in zip(y, p):
        ax.text(value, yy + 0.18, f" {value:.1%}", va="center", fontsize=8)
    ax.set_yticks(y, [f"#{k}" for k in range(1, len(packages) + 1)])
    ax.axvline(mc.p_zopa, color="grey", ls="--", lw=1, label=f"P(a ZOPA exists) {mc.p_zopa:.1%}")
    ax.set_xlim(0, max(1e-9, mc.p_zopa, *p) * 1.25)
    ax.set_xlabel("probability over the draws")
    ax.set_title("Most robust packages (listed in the text report)", fontsize=10)
    ax.legend(loc="lower right", fontsize=8)


def _tornado(ax, robust: RobustAnalysis, labels: list[str]) -> None:
    flips = robust.sensitivity[:12]
    if not flips:
        ax.text(0.5, 0.5, "no uncertain parameter", ha="center", transform=ax.transAxes)
        ax.set_axis_off()
        return
    y = np.arange(len(flips))[::-1]
    stated = flips[0].margin_point
    for yy, f in zip(y, flips):
        lo, hi = f.margin_low, f.margin_high
        ax.barh(yy, lo - stated, left=stated, color="C2", height=0.6)
        ax.barh(yy, hi - stated, left=stated, color="C3", height=0.6)
        if f.within_range:
            ax.text(max(lo, hi), yy, f"  flips at {f.flips_at:.3f}", va="center", fontsize=8)
    ax.axvline(0.0, color="black", lw=1.2)
    ax.axvline(stated, color="grey", ls="--", lw=1)
    ax.set_yticks(y, labels, fontsize=8)
    ax.set_xlabel("margin of the best package (above 0: a ZOPA exists)")
    ax.set_title(
        "What the conclusion hinges on: the margin at the low (green) and high (red)\n"
        "end of each declared range, everything else as stated (dashed)", fontsize=10,
    )
    span = max(abs(f.margin_low - stated) for f in flips) + max(
        abs(f.margin_high - stated) for f in flips)
    ax.set_xlim(min(0, *(min(f.margin_low, f.margin_high) for f in flips)) - 0.05 * span,
                max(0, *(max(f.margin_low, f.margin_high) for f in flips)) + 0.45 * span)


def _deferral_table(ax, robust: RobustAnalysis) -> None:
    ax.set_axis_off()
    ax.set_title("Deferring issues to a later phase", fontsize=10)
    rows = [["nothing (for comparison)", "yes" if robust.zopa_at_stated_values else "no",
             f"{robust.point.margin[0]:+.3f}", f"{robust.deferral_baseline:.1%}"]]
    for f in robust.deferrals[:8]:
        p = "-" if f.p_zopa is None else f"{f.p_zopa:.1%}"
        rows.append([", ".join(f.defer), "yes" if f.opens_zopa else "no", f"{f.margin:+.3f}", p])
    table = ax.table(
        cellText=rows,
        colLabels=["defer", "opens a ZOPA", "margin", "P(ZOPA)"],
        colWidths=[0.55, 0.15, 0.12, 0.12],
        loc="upper center",
        cellLoc="left",
    )
    table.auto_set_font_size(False)
    table.set_fontsize(8)
    table.scale(1, 1.4)
