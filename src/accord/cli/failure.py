"""How every command reports bad input: one line on stderr, exit status 2."""

from __future__ import annotations

import typer

__all__ = ["input_failure"]


def input_failure(err: Exception) -> typer.Exit:
    """Print ``accord: <err>`` on stderr and return the exit to raise (status 2)."""
    typer.echo(f"accord: {err}", err=True)
    return typer.Exit(2)
