"""A picture of a negotiation in two parties' utility space.

All outcomes as a light cloud, the Pareto frontier, the ZOPA (where both beat walking
away), each side's offers as a path in time order, scenario events where they happened, the
Nash point and the agreement. Matplotlib is imported lazily and used without pyplot (no
global figure state, Agg canvas), so plotting works headless and in worker processes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

__all__ = ["plot_negotiation"]

_MAX_POINTS = 20_000


def plot_negotiation(negotiation, prepared, path: str | Path, parties: tuple[int, int] = (0, 1)):
    """Save a PNG of ``negotiation`` (played on ``prepared``) for two of its parties.

    Returns the matplotlib ``Figure``. With more than two negotiators, ``parties`` picks
    the pair shown (the frontier is then that pair's projection).
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.patches import Rectangle
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'accord[plot]'") from None
    from ..analysis.pareto import pareto_frontier

    i, j = parties
    names = negotiation.parties
    u = prepared.utilities[prepared.feasible_index][:, [i, j]]
    cloud = u
    if len(u) > _MAX_POINTS:
        pick = np.random.default_rng(0).choice(len(u), _MAX_POINTS, replace=False)
        cloud = u[pick]
    front = u[pareto_frontier(u)]
    front = front[np.argsort(front[:, 0])]
    reservation = prepared.reservation[[i, j]]

    fig = Figure(figsize=(7.5, 6.5), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.scatter(cloud[:, 0], cloud[:, 1], s=3, color="0.82", label="outcomes", zorder=1)
    ax.add_patch(
        Rectangle(
            tuple(reservation),
            1.02 - reservation[0],
            1.02 - reservation[1],
            color="tab:green",
            alpha=0.08,
            label="ZOPA",
            zorder=0,
        )
    )
    ax.plot(front[:, 0], front[:, 1], "-", color="black", lw=1.2, label="Pareto frontier", zorder=2)

    trace = negotiation.trace
    utilities = trace.utilities()
    actor = np.asarray(trace.actor)
    offered = np.isin(np.asarray(trace.action), ["offer", "propose"])
    colors = ["tab:blue", "tab:orange", "tab:purple", "tab:brown", "tab:pink"]
    for k, who in enumerate([*range(len(names)), -1]):
        rows = np.flatnonzero(offered & (actor == who))
        if not len(rows):
            continue
        label = f"{names[who]} offers" if who >= 0 else "mediator texts"
        color = colors[k % len(colors)] if who >= 0 else "tab:red"
        path_u = utilities[rows][:, [i, j]]
        ax.plot(
            path_u[:, 0],
            path_u[:, 1],
            ".-",
            ms=4,
            lw=0.6,
            alpha=0.8,
            color=color,
            label=label,
            zorder=3,
        )

    rounds = np.asarray(trace.round)
    for event in negotiation.events:
        earlier = np.flatnonzero(offered & (rounds <= event.round))
        where = utilities[earlier[-1]][[i, j]] if len(earlier) else reservation
        ax.annotate(
            f"r{event.round}: {event.label or event.type}",
            xy=tuple(where),
            xytext=(8, 8),
            textcoords="offset points",
            fontsize=7,
            arrowprops={"arrowstyle": "-", "color": "0.4"},
            zorder=5,
        )
        ax.plot(*where, "s", ms=5, color="0.3", zorder=5)

    if prepared.nash_point is not None and len(names) == 2:
        ax.plot(
            *prepared.nash_point[[i, j]], "D", ms=7, color="tab:green", label="Nash point", zorder=4
        )
    result = negotiation.result
    point = np.asarray(result.raw_utilities)[[i, j]]
    if result.agreed:
        ax.plot(
            *point,
            "*",
            ms=16,
            color="gold",
            mec="black",
            label=f"agreement (round {result.round})",
            zorder=6,
        )
    else:
        ax.plot(
            *point, "X", ms=10, color="black", label=f"no agreement ({result.reason})", zorder=6
        )
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel(f"utility of {names[i]}")
    ax.set_ylabel(f"utility of {names[j]}")
    ax.set_title(f"{negotiation.scenario}: {' vs '.join(negotiation.agents)}", fontsize=10)
    ax.legend(loc="lower left", fontsize=7, framealpha=0.9)
    fig.tight_layout()
    fig.savefig(path)
    return fig
