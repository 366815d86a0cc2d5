"""Stakeholders from a file, by type: KTAB's ``.csv``/``.xml``, decide's ``#A``/``#P``/``#M``/
``#D`` records (``.txt`` or ``.csv``), an accord scenario or a GENIUS domain folder."""

from __future__ import annotations

from pathlib import Path

from ..errors import AccordInputError
from ..model.stakeholders import (
    LeftOut,
    Stakeholders,
    forecast_issues,
    stakeholders_from_scenario,
)
from .decide import read_decide
from .detect import YAML_SUFFIXES, read_scenario
from .ktab import read_ktab

__all__ = ["load_forecast_input", "load_stakeholders", "stakeholder_format"]


def stakeholder_format(path: str | Path) -> str:
    """``"decide"``, ``"ktab"`` or ``"scenario"``: what the file at ``path`` holds (a decide
    file's first record starts with ``#``, possibly quoted)."""
    p = Path(path)
    if p.is_file() and p.suffix.lower() in (".csv", ".txt", ".tsv"):
        try:
            with p.open(encoding="utf-8-sig") as f:
                first = next((ln for ln in f if ln.strip()), "")
        except (OSError, UnicodeDecodeError):
            first = ""
        if first.lstrip().lstrip("'\"").startswith("#"):
            return "decide"
    if p.is_file() and p.suffix.lower() in (".csv", ".xml"):
        return "ktab"
    return "scenario"


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
    kind = stakeholder_format(p)
    if kind == "decide":
        return read_decide(p).stakeholders, ()
    if kind == "ktab":
        return read_ktab(p).stakeholders, ()
    if p.is_dir() or p.suffix.lower() in YAML_SUFFIXES:
        scenario = read_scenario(p)
        return stakeholders_from_scenario(scenario, source=p), forecast_issues(scenario)[1]
    raise AccordInputError(
        "unknown stakeholder format: expected a KTAB .csv/.xml file, a decide .txt/.csv file, "
        "a .yaml scenario or a GENIUS domain folder", file=p
    )


def load_stakeholders(path: str | Path) -> Stakeholders:
    """Stakeholders from a KTAB ``.csv``/``.xml`` file, an accord scenario or a GENIUS domain
    folder (by suffix; see :func:`load_forecast_input` for the issues left out)."""
    return load_forecast_input(path)[0]
