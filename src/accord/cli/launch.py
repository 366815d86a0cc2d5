"""The ``accord`` console script's entry point.

The command's modules are imported inside :func:`main`, so that Ctrl-C while they load (a
second or two on a busy machine) ends with ``accord: interrupted`` and status 130, as it does
once the command runs, never with a traceback.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Import the command line, then run it."""
    try:
        from .main import main as run
    except KeyboardInterrupt:
        print("accord: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    run()
