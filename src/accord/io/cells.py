"""Reading one number from a cell of a text table, with the error located at its file, line
and column: the CSV-like formats (backtest tables, decide input) share it."""

from __future__ import annotations

import math

from accord.errors import AccordInputError

__all__ = ["number_cell"]


def number_cell(text: str, file, line: int, name: str, lo: float = -math.inf,
                hi: float = math.inf) -> float:
    """The finite number ``text`` holds, within ``[lo, hi]``; AccordInputError otherwise.

    >>> number_cell(" 2.5", "t.csv", 3, "salience", 0, 1)
    Traceback (most recent call last):
    ...
    accord.errors.AccordInputError: t.csv:3: salience: 2.5 is outside [0, 1]
    """
    try:
        x = float(text)
    except ValueError:
        raise AccordInputError(f"not a number: {text!r}", file=file, line=line,
                               field=name) from None
    if not (math.isfinite(x) and lo <= x <= hi):
        raise AccordInputError(f"{x:g} is outside [{lo:g}, {hi:g}]", file=file, line=line,
                               field=name)
    return x
