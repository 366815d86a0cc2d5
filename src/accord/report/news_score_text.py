"""The text report of ``accord evaluate``: how the news reader scores on labelled sentences."""

from __future__ import annotations

from collections import Counter

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..news.corpus import miss_kinds
from .analysis_text import counted

__all__ = ["render_score"]


def render_score(name: str, score, misses, console: Console, *, bands=(), shown: int = 20,
                 unscored=frozenset()) -> None:
    """Print the accuracy figures (less the ``unscored`` measures, which the gold does not
    label), the PLOVER table, the root confusions, how right the main events are per
    confidence band (``bands``) and up to ``shown`` misses (``misses``: (item, main event or
    None) pairs)."""
    console.print(Text(f"{name}: {counted(score.items, 'sentence')}, {score.with_event:,} with "
                       f"an event, {score.items - score.with_event:,} with none"), soft_wrap=True)
    table = Table(title="Main event of each sentence against the gold", title_justify="left")
    for column in ("measure", "value", "over"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    over = f"{score.with_event:,} with an event"
    categories = f"{len(score.plover)} categor{'y' if len(score.plover) == 1 else 'ies'}"
    rows = [("root", "CAMEO root accuracy", score.root_accuracy, over),
            ("code", "CAMEO code accuracy", score.code_accuracy, over),
            ("plover", "PLOVER macro-F1", score.macro_f1, f"{categories}, all sentences"),
            ("source", "source actor accuracy", score.source_accuracy, over),
            ("target", "target actor accuracy", score.target_accuracy, over),
            ("modality", "modality accuracy", score.modality_accuracy, over),
            ("negation", "negation accuracy", score.negation_accuracy, over),
            ("any_event", "some event with root, source and target", score.any_event_accuracy,
             over)]
    if score.items > score.with_event:
        rows.append(("quiet", "no-event sentences left quiet", score.quiet_rate,
                     f"{score.items - score.with_event:,} with none"))
    rows = [row[1:] for row in rows if row[0] not in unscored]
    for measure, value, base in rows:
        table.add_row(measure, f"{value:.3f}", base)
    console.print(table)
    plover = Table(title="PLOVER categories (main event; none counts as a miss)",
                   title_justify="left")
    for column in ("category", "tp", "fp", "fn", "precision", "recall", "F1"):
        plover.add_column(column, justify="left" if column == "category" else "right")
    for category, c in score.plover.items():
        plover.add_row(category, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.2f}",
                       f"{c.recall:.2f}", f"{c.f1:.2f}")
    console.print(plover)
    if confusions := score.confusions(10):
        console.print(Text("Most frequent root confusions (gold -> coded, -- none): " + ", ".join(
            f"{g}->{p} x{k}" for g, p, k in confusions)), soft_wrap=True)
    if any(b.events for b in bands):
        table = Table(title="Main events by confidence: how many, and the share right",
                      title_justify="left")
        for column in ("confidence", "events", "root", "target", "root, source and target"):
            table.add_column(column, justify="left" if column == "confidence" else "right")
        for b in reversed(bands):
            if b.events:
                table.add_row(f"{b.low:.1f}-{b.high:.1f}", f"{b.events:,}",
                              *(f"{n / b.events:.3f}" for n in (b.root, b.target, b.whole)))
        console.print(table)
    kinds = [miss_kinds(item.event, main) for item, main in misses]
    if misses:
        counts = Counter(k for found in kinds for k in found)
        console.print(Text(f"Misses: {counted(len(misses), 'sentence')}; wrong " + ", ".join(
            f"{kind} {n}" for kind, n in counts.most_common())), soft_wrap=True)
    if shown and misses:
        table = Table(title="The first misses" if len(misses) > shown else "The misses",
                      title_justify="left")
        for column in ("line", "sentence", "gold", "coded", "wrong"):
            table.add_column(column, justify="right" if column == "line" else "left")
        for (item, main), found in list(zip(misses, kinds))[:shown]:
            table.add_row(str(item.line), item.text, _event(item.event), _event(main),
                          ", ".join(found))
        console.print(table)


def _event(event) -> str:
    if event is None:
        return "none"
    return f"{event.source or '?'} -> {event.target or '-'} {event.cameo}"
