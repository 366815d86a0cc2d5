"""Open any scenario accord reads, by what the path is."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import AccordInputError
from ..model import ModelWarning, Scenario

__all__ = ["read_scenario", "read_with_warnings"]

YAML_SUFFIXES = {".yaml", ".yml", ".json"}


Checks = Sequence[Callable[[Scenario], object]]


def read_scenario(path: str | Path, checks: Checks = ()) -> Scenario:
    """A YAML/JSON scenario file or a GENIUS domain folder, validated; ``checks`` are
    further checks by higher layers (see :data:`accord.io.yaml.Check`)."""
    return _read(path, warnings=False, checks=checks)[0]


def read_with_warnings(
    path: str | Path, checks: Checks = ()
) -> tuple[Scenario, tuple[ModelWarning, ...]]:
    """:func:`read_scenario`, plus the probable mistakes in the scenario (see
    :func:`accord.model.lint`, and for GENIUS files what GENIUS tolerates), each located at
    a file, line and field. Warnings never stop reading."""
    return _read(path, warnings=True, checks=checks)


def _read(
    path: str | Path, *, warnings: bool, checks: Checks
) -> tuple[Scenario, tuple[ModelWarning, ...]]:
    path = Path(path)
    if not path.exists():
        raise AccordInputError("no such file or folder", file=path)
    if path.is_dir():
        from .genius import read_genius, read_genius_with_warnings
        from .yaml import apply_checks

        scenario, found = read_genius_with_warnings(path) if warnings else (read_genius(path), ())
        return apply_checks(scenario, checks, path), found
    if path.suffix.lower() in YAML_SUFFIXES:
        from .yaml import load_scenario, load_scenario_with_warnings

        if warnings:
            return load_scenario_with_warnings(path, checks)
        return load_scenario(path, checks), ()
    raise AccordInputError(
        "unknown scenario format: expected a .yaml/.yml/.json file or a GENIUS domain folder",
        file=path,
    )
