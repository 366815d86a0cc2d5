"""Standard output that fails: a full disk (``> /dev/full``) or a closed pipe is said so,
one line on stderr and exit status 2, not an internal error with a traceback.

A write to standard output that fails raises :class:`OutputFailed`, so that :func:`main`
tells it from a failure of any other file: the same ``OSError`` otherwise, and with
``PYTHONUNBUFFERED`` the failed text is not even kept to fail again.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from ..errors import AccordInputError

__all__ = ["OutputFailed", "checked_output", "printing", "silenced"]


class OutputFailed(OSError):
    """A write to standard output failed."""


class _Output:
    """``stream`` (standard output) whose failed writes raise :class:`OutputFailed`; every
    other attribute is the stream's (encoding, ``isatty``, ``fileno``...)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as err:
            raise OutputFailed(err.errno, err.strerror) from None

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as err:
            raise OutputFailed(err.errno, err.strerror) from None

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


@contextmanager
def checked_output() -> Iterator[None]:
    """Standard output as :class:`_Output` while a command runs, flushed at its end (where a
    failure can still be reported, not at the interpreter's exit)."""
    stream = sys.stdout
    if stream is None:  # (no standard output at all: pythonw)
        yield
        return
    sys.stdout = _Output(stream)
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def silenced(err: OSError) -> str:
    """The message for a failed standard output, which is sent to the null device: Python's
    flush at exit would fail again with a traceback."""
    with suppress(OSError, ValueError, AttributeError):  # (none: a captured output)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return f"cannot write: {err.strerror or err}"


@contextmanager
def printing() -> Iterator[None]:
    """Print to standard output, for a command with more to do after it (``accord read``
    still writes ``--update``): a write that fails raises an AccordInputError naming
    standard output, for the command to report when it is done."""
    try:
        yield
        sys.stdout.flush()
    except OSError as err:  # (the block writes to standard output only)
        raise AccordInputError(silenced(err), file="standard output") from None
