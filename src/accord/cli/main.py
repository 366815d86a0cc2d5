"""The ``accord`` command: a thin shell over the library.

Library errors (:class:`~accord.errors.AccordInputError`) become a one-line message on
stderr and exit status 2; nothing here computes anything itself.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable

import typer

try:  # recent typer vendors click
    from typer._click.exceptions import UsageError
except ImportError:  # pragma: no cover - older typer uses click itself
    from click.exceptions import UsageError

from ..errors import AccordInputError
from . import convert, forecast, read, report, serve, simulate
from .agents import agents
from .analyze import analyze
from .evaluate import evaluate
from .failure import input_failure
from .output import OutputFailed, checked_output, silenced
from .schema import schema

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="accord: model, analyse, simulate and forecast negotiations.",
)


class CommandInterrupted(Exception):
    """Ctrl-C inside a command that does not handle it itself (typer would turn the
    KeyboardInterrupt into a silent exit 130)."""


def _interruptible(command: Callable[..., object]) -> Callable[..., object]:
    """``command`` with Ctrl-C reported by :func:`main`; a command that saves partial work
    catches the interrupt itself and exits 130 with its own message."""

    @functools.wraps(command)
    def run(*args: object, **kwargs: object) -> object:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            raise CommandInterrupted from None

    return run


for _name, _command in (
    ("analyze", analyze), ("validate", convert.validate), ("convert", convert.convert),
    ("schema", schema), ("simulate", simulate.simulate), ("tournament", simulate.tournament),
    ("agents", agents), ("forecast", forecast.forecast), ("backtest", forecast.backtest),
    ("read", read.read), ("evaluate", evaluate), ("serve", serve.serve),
    ("report", report.report),
):
    app.command(_name)(_interruptible(_command))


@app.callback()
def _root() -> None:
    """accord: model, analyse, simulate and forecast negotiations."""


def main() -> None:
    """Console-script entry point."""
    try:
        with checked_output():
            code = app(standalone_mode=False)
    except OutputFailed as err:  # "> /dev/full", a closed pipe
        print(f"accord: standard output: {silenced(err)}", file=sys.stderr)
        sys.exit(2)
    except UsageError as err:  # a bad option or argument: one line too, not typer's box
        sys.exit(_usage_failure(err))
    except AccordInputError as err:
        raise SystemExit(input_failure(err).exit_code) from None
    except (KeyboardInterrupt, CommandInterrupted):
        print("accord: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as err:  # noqa: BLE001 - last line of defence, no traceback for users
        if os.environ.get("ACCORD_DEBUG"):
            raise
        print(
            f"accord: internal error: {type(err).__name__}: {err} "
            "(set ACCORD_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


def _usage_failure(err: UsageError) -> int:
    """``accord: simulate: Invalid value for '--seed': ...``; typer has already shown the
    help when there were no arguments at all."""
    if type(err).__name__ != "NoArgsIsHelpError":
        sub = err.ctx.command_path.partition(" ")[2] if err.ctx is not None else ""
        where, command = (f"{sub}: ", f"accord {sub}") if sub else ("", "accord")
        print(f"accord: {where}{err.format_message()} (see {command} --help)", file=sys.stderr)
    return err.exit_code
