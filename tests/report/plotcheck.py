"""Checks on a rendered figure, as a reader would look at it: no text over another."""

from __future__ import annotations

import itertools

from matplotlib.text import Text


def drawn_texts(fig) -> list[tuple[str, object]]:
    """Every non-empty text the figure draws, with its extent in pixels."""
    renderer = fig.canvas.get_renderer()
    fig.draw(renderer)
    hidden = set()  # labels of ticks outside the axes' limits are not drawn
    for ax in fig.axes:
        for axis, (lo, hi) in ((ax.xaxis, ax.get_xlim()), (ax.yaxis, ax.get_ylim())):
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not min(lo, hi) - 1e-9 <= tick.get_loc() <= max(lo, hi) + 1e-9:
                    hidden.update({id(tick.label1), id(tick.label2)})
    out = []
    for text in fig.findobj(Text):
        if id(text) in hidden:
            continue
        if text.get_visible() and text.get_text().strip() and text.get_figure() is fig:
            box = text.get_window_extent(renderer)
            if box.width > 0 and box.height > 0:
                out.append((text.get_text(), box))
    return out


def assert_readable(fig) -> None:
    """No two texts overlap, and every text lies inside the figure."""
    texts = drawn_texts(fig)
    frame = fig.bbox
    for label, box in texts:
        assert frame.x0 - 1 <= box.x0 and box.x1 <= frame.x1 + 1, label
        assert frame.y0 - 1 <= box.y0 and box.y1 <= frame.y1 + 1, label
    for (a, box_a), (b, box_b) in itertools.combinations(texts, 2):
        inner_a = box_a.padded(-0.5)
        assert not inner_a.overlaps(box_b.padded(-0.5)), f"{a!r} overlaps {b!r}"
