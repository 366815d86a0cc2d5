"""Stakeholders from a file, by type: KTAB's ``.csv``/``.xml`` or an accord scenario."""

from __future__ import annotations

from pathlib import Path

from ..errors import AccordInputError
from ..model.stakeholders import Stakeholders, stakeholders_from_scenario
from .detect import YAML_SUFFIXES
from .ktab import read_ktab
from .yaml import load_scenario

__all__ = ["load_stakeholders"]


def load_stakeholders(path: str | Path) -> Stakeholders:
    """Stakeholders from a KTAB ``.csv`` or ``.xml`` file or an accord scenario (by suffix).

    Raises
    ------
    AccordInputError
        For a missing file, an unknown suffix or bad content (naming file, line and field).
    """
    p = Path(path)
    if not p.is_file():
        raise AccordInputError("no such file", file=p)
    if p.suffix.lower() in (".csv", ".xml"):
        return read_ktab(p).stakeholders
    if p.suffix.lower() in YAML_SUFFIXES:
        return stakeholders_from_scenario(load_scenario(p), source=p)
    raise AccordInputError(
        "unknown stakeholder format: expected a KTAB .csv/.xml file or a .yaml scenario", file=p
    )
