"""Open stakeholder data by file type; the one place the CLI asks for forecasting input."""

from __future__ import annotations

from pathlib import Path

from accord.errors import AccordInputError
from accord.forecast.stakeholders import Stakeholders

__all__ = ["load_stakeholders"]


def load_stakeholders(path: str | Path) -> Stakeholders:
    """Stakeholders from a KTAB ``.csv`` or ``.xml`` file (chosen by suffix).

    Raises
    ------
    AccordInputError
        For a missing file, an unknown suffix or bad content (naming file, line and field).
    """
    p = Path(path)
    if not p.is_file():
        raise AccordInputError("no such file", file=p)
    if p.suffix.lower() in (".csv", ".xml"):
        from accord.io.ktab import read_ktab

        return read_ktab(p).stakeholders
    raise AccordInputError("unknown stakeholder format: expected a KTAB .csv or .xml file",
                           file=p)
