"""Stakeholders from a file, by type: KTAB's ``.csv``/``.xml``, an accord scenario or a
GENIUS domain folder."""

from __future__ import annotations

from pathlib import Path

from ..errors import AccordInputError
from ..model.stakeholders import (
    LeftOut,
    Stakeholders,
    forecast_issues,
    stakeholders_from_scenario,
)
from .detect import YAML_SUFFIXES, read_scenario
from .ktab import read_ktab

__all__ = ["load_forecast_input", "load_stakeholders"]


def load_forecast_input(path: str | Path) -> tuple[Stakeholders, tuple[LeftOut, ...]]:
    """Stakeholders from a KTAB file, a scenario file or a GENIUS folder, and the scenario's
    issues they leave out, each with its reason (none for KTAB files, which hold only
    dimensions).

    Raises
    ------
    AccordInputError
        For a missing path, an unknown suffix or bad content (naming file, line and field),
        or when no issue is left to forecast (saying which were left out and why).
    """
    p = Path(path)
    if not p.exists():
        raise AccordInputError("no such file or folder", file=p)
    if p.is_file() and p.suffix.lower() in (".csv", ".xml"):
        return read_ktab(p).stakeholders, ()
    if p.is_dir() or p.suffix.lower() in YAML_SUFFIXES:
        scenario = read_scenario(p)
        return stakeholders_from_scenario(scenario, source=p), forecast_issues(scenario)[1]
    raise AccordInputError(
        "unknown stakeholder format: expected a KTAB .csv/.xml file, a .yaml scenario or a "
        "GENIUS domain folder", file=p
    )


def load_stakeholders(path: str | Path) -> Stakeholders:
    """Stakeholders from a KTAB ``.csv``/``.xml`` file, an accord scenario or a GENIUS domain
    folder (by suffix; see :func:`load_forecast_input` for the issues left out)."""
    return load_forecast_input(path)[0]
