"""How every command reports bad input (one line on stderr, exit status 2) and probable
modelling mistakes (one line each on stderr, exit status unchanged)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from ..model import ModelWarning

__all__ = ["input_failure", "report_warnings", "warnings_json"]


def input_failure(err: Exception) -> typer.Exit:
    """Print ``accord: <err>`` on stderr and return the exit to raise (status 2)."""
    typer.echo(f"accord: {err}", err=True)
    return typer.Exit(2)


def report_warnings(warnings: Iterable[ModelWarning]) -> None:
    """Print each warning on stderr as ``file:line: field: warning: message``."""
    for warning in warnings:
        typer.echo(warning.format(), err=True)


def warnings_json(warnings: Iterable[ModelWarning]) -> list[dict[str, object]]:
    """The warnings as the ``"warnings"`` list of a ``--json`` output."""
    return [warning.to_dict() for warning in warnings]
