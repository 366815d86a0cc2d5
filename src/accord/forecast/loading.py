"""Open stakeholder data by file type; the one place the CLI asks for forecasting input."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from accord.errors import AccordInputError
from accord.model import Scenario
from accord.model.stakeholders import Stakeholders

__all__ = ["load_stakeholders", "stakeholders_from_scenario"]

YAML_SUFFIXES = (".yaml", ".yml", ".json")


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
        from accord.io.ktab import read_ktab

        return read_ktab(p).stakeholders
    if p.suffix.lower() in YAML_SUFFIXES:
        from accord.io.yaml import load_scenario

        return stakeholders_from_scenario(load_scenario(p), source=p)
    raise AccordInputError(
        "unknown stakeholder format: expected a KTAB .csv/.xml file or a .yaml scenario", file=p
    )


def stakeholders_from_scenario(scenario: Scenario, *, source: str | Path | None = None):
    """The scenario's parties (any role) that hold a position, on a 0-100 scale.

    Dimensions are the ordered issues (ordinal, integer, continuous) on which at least one
    party states a position; categorical issues have no spatial order and are left out.
    Positions map linearly from the issue's scale onto 0-100 (an ordinal issue's first
    option is 0, its last 100). A party's saliences are divided by their sum when that
    exceeds 1 (SMP's budget of attention); a party without a position on a dimension gets
    the mean position there with salience 0.
    """
    dims = [
        name
        for name, issue in scenario.issues.items()
        if issue.numeric() is not None
        and any(name in p.positions for p in scenario.parties.values())
    ]
    actors = [k for k, p in scenario.parties.items() if p.positions and p.salience]
    if not dims or len(actors) < 2:
        raise AccordInputError(
            "forecasting needs at least two parties with positions and salience on an "
            "ordered issue",
            file=source,
        )
    position = np.full((len(actors), len(dims)), np.nan)
    salience = np.zeros((len(actors), len(dims)))
    for i, key in enumerate(actors):
        party = scenario.parties[key]
        for j, dim in enumerate(dims):
            if dim not in party.positions:
                continue
            issue = scenario.issues[dim]
            x = issue.numeric()
            raw = party.positions[dim]
            value = x[issue.index_of(raw)] if isinstance(raw, str) else float(raw)
            span = float(x.max() - x.min()) or 1.0
            position[i, j] = 100.0 * (value - float(x.min())) / span
            salience[i, j] = party.salience.get(dim, 0.0)
        total = salience[i].sum()
        if total > 1:
            salience[i] /= total
    column_mean = np.nanmean(position, axis=0)
    position = np.where(np.isnan(position), column_mean[None, :], position)
    capability = [scenario.parties[k].capability for k in actors]
    if min(capability) <= 0:
        bad = actors[int(np.argmin(capability))]
        raise AccordInputError(
            "capability must be > 0 for forecasting", file=source,
            field=f"parties.{bad}.capability",
        )
    return Stakeholders(
        [scenario.display_name(k) for k in actors], dims, capability, position, salience
    )
