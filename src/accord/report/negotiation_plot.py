"""A picture of a negotiation in two parties' utility space.

All outcomes as a light cloud, the Pareto frontier, the ZOPA's packages (only when there
are any), the walk-away values, each side's offers in time order (or, for single-text
mediation, the texts voted on and the text as amended), scenario events where they
happened, the Nash point and the result, drawn at the utilities ``accord simulate``
prints. With more than two negotiating parties the figure shows a chosen pair and names
the parties it leaves out. Event numbers are placed so that no two texts overlap; the
events, the discounting and anything left out are spelled out under the plot.

Matplotlib is imported lazily and used without pyplot (no global figure state, Agg
canvas), so plotting works headless and in worker processes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..analysis.bargaining import zopa_mask
from ..errors import AccordInputError
from ..seeding import generator

__all__ = ["plot_negotiation", "plot_pair"]

_MAX_POINTS = 20_000
_WIDTH, _AXES_W, _AXES_H, _LEFT = 7.5, 6.3, 5.4, 0.85  # inches
_LINE = 0.135  # inches per 7-point line at 1.35 line spacing
_WRAP = 105  # characters per 7-point line
_COLORS = ("tab:blue", "tab:orange", "tab:purple", "tab:brown", "tab:pink", "tab:olive")


def plot_pair(parties: Sequence[str], pair: str | Sequence[str | int] | None) -> tuple[int, int]:
    """Positions of the two parties to draw: ``"a,b"``, ``("a", "b")``, ``(0, 1)`` or None
    (the first two). AccordInputError, listing the negotiating parties, otherwise.

    >>> plot_pair(("us", "eu", "cn"), "cn,us")
    (2, 0)
    """
    if pair is None:
        return 0, 1
    items = [p.strip() for p in pair.split(",")] if isinstance(pair, str) else list(pair)
    valid = ", ".join(parties)
    if len(items) != 2:
        raise AccordInputError(f"pair to plot: name two negotiating parties (of {valid}) as A,B")
    chosen = []
    for item in items:
        if isinstance(item, int | np.integer) and 0 <= item < len(parties):
            chosen.append(int(item))
        elif item in parties:
            chosen.append(parties.index(item))
        else:
            raise AccordInputError(
                f"pair to plot: {item!r} is not a negotiating party; negotiating parties: {valid}"
            )
    if chosen[0] == chosen[1]:
        raise AccordInputError(f"pair to plot: name two different parties (of {valid})")
    return chosen[0], chosen[1]


def plot_negotiation(
    negotiation, problem, path: str | Path, parties: str | Sequence[str | int] | None = None
):
    """Save a PNG of ``negotiation`` (played on ``problem``) for two of its parties.

    ``parties`` picks the pair (see :func:`plot_pair`); the frontier is then that pair's
    projection. Returns the matplotlib ``Figure``.
    """
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise ImportError("plots need matplotlib: pip install 'accord[plot]'") from None
    from .glyphs import Glyphs

    i, j = plot_pair(negotiation.parties, parties)
    scenario = problem.scenario
    keys = negotiation.parties
    glyphs = Glyphs(
        [scenario.name, *(scenario.parties[k].name for k in keys), *keys]
        + [e.label for e in negotiation.events]
    )
    names = [glyphs.name(scenario.parties[k].name, k, n) for n, k in enumerate(keys)]
    title = _title(negotiation, names, glyphs)
    notes = _notes(negotiation, problem, names, (i, j))
    events = _event_lines(negotiation, glyphs)
    if glyphs.fell_back:
        notes.append(
            "Names in scripts the plot font cannot draw (or right to left) are shown by key, "
            "other such text as '?'."
        )
    footer = [line for note in notes for line in _wrap(note)]
    footer += [line for event in events for line in _wrap(event, indent="      ")]

    fig = Figure(figsize=(_WIDTH, 10), dpi=110)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.1, 0.1, 0.8, 0.8))
    anchors = _draw(ax, negotiation, problem, names, (i, j))
    handles, labels = ax.get_legend_handles_labels()
    columns = 2 if max(map(len, labels)) <= 44 else 1
    rows = -(-len(labels) // columns)
    # Inches from the top: margin, title, gap, axes, ticks and label, legend, footer.
    title_h, legend_h, footer_h = 0.2 * len(title), 0.175 * rows, _LINE * len(footer)
    height = 0.12 + title_h + 0.15 + _AXES_H + 0.55 + legend_h + 0.1 + footer_h + 0.15
    fig.set_size_inches(_WIDTH, height)
    bottom = height - 0.27 - title_h - _AXES_H
    ax.set_position((_LEFT / _WIDTH, bottom / height, _AXES_W / _WIDTH, _AXES_H / height))
    family = {"family": glyphs.families}
    fig.text(
        0.5, 1 - 0.12 / height, "\n".join(title), ha="center", va="top", fontsize=9.5, **family
    )
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel(f"utility of {names[i]}", **family)
    ax.set_ylabel(f"utility of {names[j]}", **family)
    left = (_LEFT - 0.1) / _WIDTH
    fig.legend(
        handles,
        labels,
        loc="upper left",
        ncol=columns,
        frameon=False,
        bbox_to_anchor=(left, (bottom - 0.55) / height),
        borderaxespad=0,
        prop={**family, "size": 7},
    )
    if footer:
        fig.text(
            left,
            (bottom - 0.65 - legend_h) / height,
            "\n".join(footer),
            ha="left",
            va="top",
            fontsize=7,
            linespacing=1.35,
            **family,
        )
    _place_event_numbers(ax, anchors, fig.canvas.get_renderer())
    fig.savefig(path)
    return fig


# -- what is drawn ------------------------------------------------------------------------


def _draw(ax, negotiation, problem, names, pair) -> list[tuple[float, float, str]]:
    """Every layer of the plot; returns the event anchors (x, y, number label)."""
    from ..analysis.frontier import nash_point
    from ..analysis.pareto import pareto_frontier

    i, j = pair
    n = len(names)
    u_all = problem.utilities[problem.feasible_index]
    u = u_all[:, [i, j]]
    rng = generator(0)
    ax.scatter(*_sample(u, rng).T, s=3, color="0.82", label="packages", zorder=1)
    zopa = u[zopa_mask(u_all, problem.reservation_values)]
    if len(zopa):
        ax.scatter(
            *_sample(zopa, rng).T,
            s=5,
            color="tab:green",
            alpha=0.5,
            label=f"ZOPA ({len(zopa):,} packages)",
            zorder=1.5,
        )
    front = u[pareto_frontier(u)]
    front = front[np.argsort(front[:, 0])]
    frontier = "Pareto frontier" if n == 2 else f"Pareto frontier of {names[i]} and {names[j]}"
    ax.plot(*front.T, "-", color="black", lw=1.2, label=frontier, zorder=2)
    start = problem.reservation_values[[i, j]]
    final = _final_reservation(negotiation, problem)[[i, j]]
    _walk_away(ax, start, "--", "walk-away values")
    if not np.allclose(start, final):
        _walk_away(ax, final, ":", "walk-away values after events")

    trace = negotiation.trace
    utilities = trace.utilities()
    if negotiation.protocol == "single_text":
        _single_text(ax, trace, utilities, pair)
    else:
        _offers(ax, trace, utilities, names, pair)
    nash = nash_point(problem)
    if nash is not None:
        label = "Nash point" if n == 2 else f"Nash point of all {n} parties"
        ax.plot(*nash[[i, j]], "D", ms=7, color="tab:green", mec="black", label=label, zorder=4)
    _result(ax, negotiation, problem, pair)
    anchors = _event_anchors(negotiation, utilities, start, pair)
    if anchors:
        xs, ys, _ = zip(*anchors)
        ax.plot(
            xs,
            ys,
            "s",
            ls="none",
            ms=5,
            color="0.3",
            zorder=5,
            label="scenario events (numbered, listed below)",
        )
    return anchors


def _sample(points: np.ndarray, rng) -> np.ndarray:
    if len(points) <= _MAX_POINTS:
        return points
    return points[rng.choice(len(points), _MAX_POINTS, replace=False)]


def _walk_away(ax, values, style: str, label: str) -> None:
    ax.axvline(values[0], ls=style, color="tab:green", lw=0.9, zorder=1.6, label=label)
    ax.axhline(values[1], ls=style, color="tab:green", lw=0.9, zorder=1.6)


def _offers(ax, trace, utilities, names, pair) -> None:
    """Alternating offers: each party's offers in time order; bridging proposals."""
    actor = np.asarray(trace.actor)
    offered = np.asarray(trace.action) == "offer"
    for who, name in enumerate(names):
        rows = np.flatnonzero(offered & (actor == who))
        if len(rows):
            color = _COLORS[who % len(_COLORS)]
            path = utilities[rows][:, list(pair)]
            ax.plot(
                *path.T,
                ".-",
                ms=4,
                lw=0.6,
                alpha=0.8,
                color=color,
                zorder=3,
                label=f"{name}: offers in turn",
            )
    rows = np.flatnonzero(offered & (actor < 0))
    if len(rows):
        ax.plot(
            *utilities[rows][:, list(pair)].T,
            "P",
            ms=8,
            color="tab:red",
            zorder=4,
            label="bridging proposal (scenario event)",
        )


def _single_text(ax, trace, utilities, pair) -> None:
    """Single text: the candidates put to a vote, the text as amended, refused votes."""
    action = np.asarray(trace.action)
    cols = list(pair)
    voted = np.flatnonzero(action == "propose")
    if len(voted):
        ax.scatter(
            *utilities[voted][:, cols].T,
            s=9,
            color="tab:red",
            alpha=0.35,
            zorder=3,
            label=f"candidate texts put to a vote ({len(voted)})",
        )
    texts = np.flatnonzero((action == "text") | (action == "adopt"))
    if len(texts):
        ax.plot(
            *utilities[texts][:, cols].T,
            ".-",
            ms=5,
            lw=1.0,
            color="tab:blue",
            zorder=3.5,
            label=f"the mediator's text, as amended ({len(texts)} versions)",
        )
    polls = np.flatnonzero(action == "ratify")
    refused = [k for k in polls if "reject" in action[k + 1 : k + 1 + len(trace.parties)]]
    if refused:
        ax.scatter(
            *utilities[refused][:, cols].T,
            s=40,
            facecolors="none",
            edgecolors="black",
            zorder=4,
            label="text put to ratification, refused",
        )


def _result(ax, negotiation, problem, pair) -> None:
    """The agreement (or disagreement point) at the utilities accord prints."""
    result = negotiation.result
    shown = np.asarray(result.utilities)[list(pair)]
    raw = np.asarray(result.raw_utilities)[list(pair)]
    if result.agreed:
        style = {"marker": "*", "ms": 16, "color": "gold", "mec": "black"}
        kind = "agreement"
        label = f"agreement (round {result.round})"
    else:
        style = {"marker": "X", "ms": 10, "color": "black"}
        kind = "walk-away values"
        label = f"no agreement ({result.reason}): walk-away values"
    if not np.allclose(shown, raw):
        ax.plot(
            *raw,
            ls="none",
            mfc="none",
            zorder=5.5,
            label=f"{kind}, undiscounted",
            **{**style, "color": "0.35", "mec": "0.35"},
        )
        ax.plot(*np.c_[raw, shown], "-", color="0.35", lw=0.8, zorder=5.5)
        label += ", discounted"
    ax.plot(*shown, ls="none", zorder=6, label=label, **style)


def _final_reservation(negotiation, problem) -> np.ndarray:
    values = problem.reservation_values.astype(float).copy()
    for event in negotiation.events:
        if event.type == "reservation_change":
            values[negotiation.parties.index(event.details["party"])] = event.details["new"]
    return values


def _event_anchors(negotiation, utilities, start, pair) -> list[tuple[float, float, str]]:
    """Each event at the last offer or text before it (the walk-away point before any);
    events at the same point share one label."""
    trace = negotiation.trace
    action = np.asarray(trace.action)
    tabled = np.flatnonzero(np.isin(action, ["offer", "text", "adopt"]))
    rounds = np.asarray(trace.round)[tabled]
    groups: dict[tuple[float, float], list[str]] = {}
    for number, event in enumerate(negotiation.events, 1):
        before = tabled[rounds <= event.round]
        where = utilities[before[-1]][list(pair)] if len(before) else start
        groups.setdefault((float(where[0]), float(where[1])), []).append(str(number))
    return [(x, y, ",".join(numbers)) for (x, y), numbers in groups.items()]


# -- words ----------------------------------------------------------------------------------


def _title(negotiation, names, glyphs) -> list[str]:
    protocol = {"saop": "alternating offers", "single_text": "single-text mediation"}.get(
        negotiation.protocol, negotiation.protocol
    )
    lineup = ", ".join(f"{n} ({glyphs.text(a)})" for n, a in zip(names, negotiation.agents))
    if negotiation.mediator:
        lineup += f"; mediator {glyphs.text(negotiation.mediator)}"
    head = glyphs.text(negotiation.scenario)
    return [*textwrap.wrap(head, 80), *textwrap.wrap(f"{protocol}: {lineup}", 95)]


def _notes(negotiation, problem, names, pair) -> list[str]:
    i, j = pair
    result = negotiation.result
    notes = []
    others = [name for k, name in enumerate(names) if k not in pair]
    if others:
        notes.append(
            f"Shown: {names[i]} and {names[j]}, 2 of {len(names)} negotiating parties; left "
            f"out: {', '.join(others)} (choose with --pair)."
        )
    if not zopa_mask(problem.utilities[problem.feasible_index], problem.reservation_values).any():
        notes.append("No ZOPA: no package gives every party at least its walk-away value.")
    printed = ", ".join(f"{n} {u:.3f}" for n, u in zip(names, result.utilities))
    what = (
        f"agreement in round {result.round}"
        if result.agreed
        else (f"no agreement ({result.reason}) in round {result.round}, walk-away values")
    )
    if np.allclose(result.utilities, result.raw_utilities):
        discounting = "not discounted" + (
            " (no discount factors)"
            if (problem.discount_factors == 1).all()
            else f" (t = {result.time:.2f})"
        )
    else:
        discounting = (
            f"discounted, u × d^t at t = {result.time:.2f}; the hollow marker is the same "
            "package undiscounted"
        )
    notes.append(f"Result: {what}; utilities {printed}, {discounting}.")
    return notes


def _event_lines(negotiation, glyphs) -> list[str]:
    lines = []
    for number, event in enumerate(negotiation.events, 1):
        kind = event.type.replace("_", " ")
        label = glyphs.text(event.label) if event.label else ""
        lines.append(f"{number:>2}. round {event.round}, {kind}" + (f": {label}" if label else ""))
    return (["Events (numbered on the plot):"] + lines) if lines else []


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, _WRAP, subsequent_indent=indent) or [""]


# -- placing event numbers --------------------------------------------------------------------


def _offsets() -> list[tuple[float, float]]:
    """Candidate label offsets in points: rings of growing radius, eight directions each."""
    out = []
    for radius in (7, 14, 24, 36, 52, 72, 96, 128):
        for angle in np.deg2rad([45, 135, -45, -135, 90, -90, 0, 180]):
            out.append((radius * np.cos(angle), radius * np.sin(angle)))
    return out


def _place_event_numbers(ax, anchors, renderer) -> None:
    """Put each event number near its point where it overlaps no other text (greedy, in
    the order of the events), with a leader line when it had to move away."""
    from matplotlib.transforms import offset_copy

    fig = ax.figure
    if not anchors:
        return
    taken = [t.get_window_extent(renderer) for t in fig.texts if t.get_text()]
    taken += [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]
    frame = ax.get_window_extent(renderer)
    for x, y, label in anchors:
        text = None
        for dx, dy in _offsets():
            where = offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="points")
            text = ax.text(
                x,
                y,
                label,
                transform=where,
                fontsize=7,
                ha="center",
                va="center",
                color="0.15",
                zorder=7,
                bbox={
                    "boxstyle": "round,pad=0.15",
                    "fc": "white",
                    "ec": "0.6",
                    "lw": 0.5,
                    "alpha": 0.9,
                },
            )
            box = text.get_window_extent(renderer).expanded(1.1, 1.15)
            inside = frame.containsx(box.x0) and frame.containsx(box.x1)
            inside = inside and frame.containsy(box.y0) and frame.containsy(box.y1)
            if inside and not any(box.overlaps(other) for other in taken):
                break
            text.remove()
            text = None
        if text is None:  # no free place within reach: the first ring, as a last resort
            dx = dy = 7
            text = ax.text(
                x,
                y,
                label,
                transform=offset_copy(ax.transData, fig=fig, x=7, y=7, units="points"),
                fontsize=7,
                zorder=7,
            )
        taken.append(text.get_window_extent(renderer))
        if np.hypot(dx, dy) > 10:
            ax.annotate(
                "",
                xy=(x, y),
                xytext=(dx, dy),
                textcoords="offset points",
                arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.6},
                zorder=6,
            )
