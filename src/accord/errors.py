"""What the library raises for bad input (the CLI's exit status 2) and for Ctrl-C after
keeping the finished work (exit status 130)."""

from __future__ import annotations

from pathlib import Path


class AccordInputError(ValueError):
    """Bad input: names the file, line and field where it can.

    ``str(err)`` reads ``file:line: field: message`` so that a user can jump straight
    to the offending spot.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        super().__init__(self.format())

    def format(self) -> str:
        return located(self.message, self.file, self.line, self.field)


def located(message: str, file: str | None, line: int | None, field: str | None) -> str:
    """``file:line: field: message``, leaving out what is unknown."""
    where = ""
    if file:
        where = file if line is None else f"{file}:{line}"
        where += ": "
    return f"{where}{field}: {message}" if field else f"{where}{message}"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during long work, after the finished part was kept.

    ``done`` of ``total`` units (negotiations, Monte Carlo runs) were finished; ``partial``
    is the result over them (a tournament summary, a Monte Carlo result). A subclass of
    ``KeyboardInterrupt``, so code that does not know it still stops.
    """

    def __init__(self, done: int, total: int, partial: object) -> None:
        self.done = done
        self.total = total
        self.partial = partial
        super().__init__(f"interrupted: {done} of {total} done")


class SkippedIssue:
    """An issue left out of a batch (a backtest) without stopping the rest, and why.

    ``reason`` names file, line and field as any input error does.
    """

    __slots__ = ("issue", "reason")

    def __init__(self, issue: str, reason: AccordInputError) -> None:
        self.issue = issue
        self.reason = reason

    def __repr__(self) -> str:
        return f"SkippedIssue({self.issue!r}, {str(self.reason)!r})"

    def to_dict(self) -> dict[str, object]:
        r = self.reason
        return {"issue": self.issue, "file": r.file, "line": r.line, "field": r.field,
                "reason": r.message}
