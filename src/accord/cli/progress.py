"""Progress bars for long commands, and what a command says when Ctrl-C stops it.

The library reports progress through a ``progress(done, total)`` callback; only the CLI
draws. A bar goes to stderr, and only when stderr is a terminal and the output is not
``--json``, so pipes, logs and machine-read output stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer

__all__ = ["INTERRUPTED", "interrupted", "progress_bar"]

INTERRUPTED = 130  # exit status after Ctrl-C (128 + SIGINT), as shells report it


@contextmanager
def progress_bar(
    description: str, *, enabled: bool = True
) -> Iterator[Callable[[int, int], None] | None]:
    """A ``progress(done, total)`` callback drawing a rich bar on stderr, or ``None`` when
    ``enabled`` is false (``--json``) or stderr is not a terminal.

    The bar appears at the first report, so work that reports nothing (an analysis that
    enumerates instead of searching) shows none; it is erased when the block ends.
    """
    if not (enabled and _stderr_is_terminal()):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    bar = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if task is None:
            bar.start()
            task = bar.add_task(description, total=total)
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()


def interrupted(done: int, total: int, what: str) -> typer.Exit:
    """Print ``interrupted: ...`` on stderr and return the exit to raise (status 130)."""
    typer.echo(f"interrupted: {done} of {total} {what}", err=True)
    return typer.Exit(INTERRUPTED)


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False
