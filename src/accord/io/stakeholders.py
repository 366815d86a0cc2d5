"""Stakeholders from a file, by type: KTAB's ``.csv``/``.xml``, decide's ``#A``/``#P``/``#M``/
``#D`` records (``.txt`` or ``.csv``), an accord scenario or a GENIUS domain folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import AccordInputError
from ..model import Scenario
from ..model.stakeholders import (
    CategoricalStakes,
    LeftOut,
    Stakeholders,
    categorical_stakes,
    forecast_issues,
    stakeholders_from_scenario,
)
from .decide import read_decide
from .detect import YAML_SUFFIXES, read_scenario
from .ktab import read_ktab

__all__ = ["ForecastInput", "load_forecast_input", "load_stakeholders", "stakeholder_format"]


@dataclass(frozen=True)
class ForecastInput:
    """What a file gives the forecasting models: the stakeholders on its ordered issues
    (``None`` when it has none), its categorical issues to vote on, the issues left out (with
    the reason) and the scenario, when it is one (for each issue's own units)."""

    stakeholders: Stakeholders | None
    categorical: tuple[CategoricalStakes, ...] = ()
    left_out: tuple[LeftOut, ...] = ()
    scenario: Scenario | None = None


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


def load_forecast_input(path: str | Path) -> ForecastInput:
    """Stakeholders from a KTAB file, a decide file, a scenario file or a GENIUS folder, with
    a scenario's categorical issues and the issues left out, each with its reason (KTAB and
    decide files hold only ordered dimensions).

    Raises
    ------
    AccordInputError
        For a missing path, an unknown suffix or bad content (naming file, line and field),
        or when nothing is left to forecast (saying which issues were left out and why).
    """
    p = Path(path)
    if not p.exists():
        raise AccordInputError("no such file or folder", file=p)
    kind = stakeholder_format(p)
    if kind == "decide":
        return ForecastInput(read_decide(p).stakeholders)
    if kind == "ktab":
        return ForecastInput(read_ktab(p).stakeholders)
    if p.is_dir() or p.suffix.lower() in YAML_SUFFIXES:
        scenario = read_scenario(p)
        votes = categorical_stakes(scenario)
        dims, left = forecast_issues(scenario)
        if votes and not dims:
            return ForecastInput(None, votes, left, scenario)
        return ForecastInput(stakeholders_from_scenario(scenario, source=p), votes, left,
                             scenario)
    raise AccordInputError(
        "unknown stakeholder format: expected a KTAB .csv/.xml file, a decide .txt/.csv file, "
        "a .yaml scenario or a GENIUS domain folder", file=p
    )


def load_stakeholders(path: str | Path) -> Stakeholders:
    """Stakeholders from a KTAB ``.csv``/``.xml`` file, an accord scenario or a GENIUS domain
    folder (by suffix; see :func:`load_forecast_input` for the issues left out).

    Raises
    ------
    AccordInputError
        Also when the file has no ordered issue to forecast.
    """
    found = load_forecast_input(path)
    if found.stakeholders is None:
        raise AccordInputError("no ordered issue with positions to forecast (its categorical "
                               "issues are voted on by accord forecast)", file=path)
    return found.stakeholders
