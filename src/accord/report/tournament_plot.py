"""Pictures of tournaments and of one negotiation over time.

:func:`plot_standings` draws each agent's score with its bootstrap confidence interval,
best at the top, as ANAC result papers do; :func:`plot_rounds` draws, for one negotiation,
the utility each party gets from every offer made, round by round (one panel per party:
its own concession and what the others offer it), with the agreement marked.

Matplotlib is imported lazily and used without pyplot (Agg canvas), as in
:mod:`accord.report.negotiation_plot`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["plot_rounds", "plot_standings"]

_COLORS = ("tab:blue", "tab:orange", "tab:green", "tab:purple", "tab:brown", "tab:pink")


def _figure(width: float, height: float):
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'accord[plot]'") from None
    fig = Figure(figsize=(width, height), dpi=110)
    FigureCanvasAgg(fig)
    return fig


def plot_standings(
    standings: Sequence[Mapping[str, Any] | Any],
    path: str | Path,
    by: str = "discounted",
    title: str | None = None,
):
    """Save a PNG of the ranking: each agent's mean ``by`` score (``"utility"`` or
    ``"discounted"``) and its confidence interval (``low``, ``high``), best at the top.
    ``standings`` are :class:`~accord.negotiation.standings.Standing` objects or their
    dicts. Returns the matplotlib ``Figure``."""
    items = [s if isinstance(s, Mapping) else s.to_dict() for s in standings]
    items.sort(key=lambda s: s["rank"])
    n = len(items)
    fig = _figure(7.0, 1.2 + 0.32 * max(n, 1))
    ax = fig.add_axes((0.3, 0.75 / (1.2 + 0.32 * n), 0.65, 0.32 * n / (1.2 + 0.32 * n)))
    y = np.arange(n)[::-1]
    score = np.array([_number(s[by]) for s in items])
    low = np.array([_number(s["low"]) for s in items])
    high = np.array([_number(s["high"]) for s in items])
    ax.errorbar(
        score,
        y,
        xerr=np.vstack([score - low, high - score]),
        fmt="o",
        color="tab:blue",
        ecolor="tab:gray",
        capsize=3,
    )
    ax.set_yticks(y)
    ax.set_yticklabels([f"{s['rank']}. {s['agent']}" for s in items], fontsize=8)
    ax.set_ylim(-0.7, n - 0.3)
    label = "mean discounted utility" if by == "discounted" else "mean utility"
    ax.set_xlabel(f"{label} (95% bootstrap interval)")
    ax.grid(axis="x", alpha=0.3)
    fig.suptitle(title or "Tournament ranking", fontsize=10)
    fig.savefig(path)
    return fig


def plot_rounds(negotiation, path: str | Path):
    """Save a PNG of the utility of every offer over the rounds of ``negotiation``, one
    panel per party. Returns the matplotlib ``Figure``."""
    trace = negotiation.trace
    parties = negotiation.parties
    n = len(parties)
    utilities = trace.utilities()
    rounds = np.asarray(trace.round)
    actors = np.asarray(trace.actor)
    offers = np.array([a in ("offer", "text", "propose") for a in trace.action])
    result = negotiation.result
    fig = _figure(7.0, 1.0 + 2.1 * n)
    axes = fig.subplots(n, 1, sharex=True, squeeze=False)[:, 0]
    for i, (ax, party) in enumerate(zip(axes, parties)):
        for j, who in enumerate(parties):
            mask = offers & (actors == j)
            if mask.any():
                label = f"offers by {who} ({negotiation.agents[j]})"
                style = "-" if i == j else "--"
                color = _COLORS[j % len(_COLORS)]
                ax.plot(rounds[mask], utilities[mask, i], style, color=color, lw=1, label=label)
        mediator = offers & (actors == -1)
        if mediator.any():
            ax.plot(rounds[mediator], utilities[mediator, i], ":", color="black", lw=1)
        if result.agreed:
            ax.plot(result.round, result.raw_utilities[i], "*", color="red", ms=11)
        ax.set_ylabel(f"utility of {party}", fontsize=8)
        ax.set_ylim(-0.03, 1.03)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, loc="lower left", frameon=False)
    axes[-1].set_xlabel("round")
    if result.agreed:
        end = f"agreement (red star) in round {result.round}"
    else:
        end = f"no agreement ({result.reason})"
    fig.suptitle(f"{negotiation.scenario}: utility of each offer by round; {end}", fontsize=9)
    fig.savefig(path)
    return fig


def _number(value: Any) -> float:
    return float("nan") if value is None else float(value)
