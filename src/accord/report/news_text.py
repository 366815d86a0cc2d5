"""The text report of ``accord read``: events per sentence, stances, status, changes."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .analysis_text import counted

__all__ = ["render_digest"]


def render_digest(digest, console: Console, *, show_timeline: bool = False) -> None:
    """Print the events of every document, the stances, the talk status and the changes."""
    for reading in digest.readings:
        heading = (f"{reading.name} ({reading.date or 'undated'}): "
                   f"{counted(len(reading.sentences), 'sentence')}, "
                   f"{counted(len(reading.events), 'event')}")
        console.print(Text(heading), soft_wrap=True)  # not a table title: those wrap narrow
        if not reading.events:
            continue
        table = Table()
        for column in ("#", "source", "event", "target", "CAMEO", "Goldstein", "how", "conf"):
            table.add_column(column, justify="right" if column in ("#", "Goldstein", "conf")
                             else "left")
        for e in sorted(reading.events, key=lambda e: (e.sentence, -e.confidence)):
            how = ", ".join(filter(None, [e.modality, "negated" if e.negated else None,
                                          f"said by {e.said_by.text}" if e.said_by else None,
                                          f"in {e.place}" if e.place else None]))
            table.add_row(str(e.sentence), f"{e.source.text} [{e.source.code or '?'}]",
                          (e.plover or "statement") + (f"/{e.mode}" if e.mode else ""),
                          f"{e.target.text} [{e.target.code or '?'}]" if e.target else "",
                          e.cameo or "", f"{e.goldstein:+.1f}" if e.goldstein is not None
                          else "", how, f"{e.confidence:.2f}")
        console.print(table)
    if digest.stances:
        table = Table(title="Stances per party and issue", title_justify="left")
        for column in ("party", "issue", "stance", "option", "conf", "evidence"):
            table.add_column(column)
        for s in digest.stances:
            table.add_row(s.party, s.issue, s.stance, s.option, f"{s.confidence:.2f}",
                          f"{s.document} #{s.sentence}")
        console.print(table)
    status = digest.status
    console.print(Text(f"Talk status: {status.status}", style="bold")
                  + Text(f'  ("{status.sentence}")' if status.sentence else "")
                  + Text(f" (the reports of {status.date} disagree)" if status.disputed
                         else ""))
    for told in status.disputed:
        console.print(Text(f'  {told.status} in {told.document}: "{told.sentence}"'))
    if any(c.kind != "status" for c in digest.changes):  # the status is printed above
        table = Table(title="Proposed scenario changes", title_justify="left")
        for column in ("change", "party", "what", "applied"):
            table.add_column(column)
        for c in digest.changes:
            if c.kind == "status":
                continue
            table.add_row(c.kind, c.party or "", c.description, _applied(c))
        console.print(table)
    if show_timeline:
        table = Table(title="Timeline", title_justify="left")
        for column in ("date", "document", "status", "main events"):
            table.add_column(column)
        for t in digest.timeline:
            table.add_row(t.date or "undated", t.document, t.status, "; ".join(t.events))
        console.print(table)


def _applied(change) -> str:
    """``yes``, ``no``, or ``note only`` for a stance that confirms the modelled position
    (the scenario gains the evidence, not a change)."""
    if not change.applied:
        return "no"
    return "note only" if change.kind == "position" and change.old == change.new else "yes"
