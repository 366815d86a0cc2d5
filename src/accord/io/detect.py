"""Open any scenario accord reads, and write one, by what the path is.

A folder is a GENIUS domain folder; a ``.yaml``/``.yml``/``.json`` file is accord's own
format. An output path that does not exist yet is decided by its suffix: one of those three,
or none at all for a new GENIUS folder; any other suffix (``x.txt``, ``x.xml``) is refused
rather than guessed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import AccordInputError
from ..model import ModelWarning, Scenario

__all__ = ["read_scenario", "read_with_warnings", "scenario_text", "write_scenario"]

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


def write_scenario(scenario: Scenario, path: str | Path) -> list[Path]:
    """Write ``scenario`` as YAML or JSON (by suffix) or as a GENIUS domain folder; the
    paths written. A file system error (disk full, no permission) names the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_dir() and suffix and suffix not in YAML_SUFFIXES:
        raise AccordInputError(
            f"unknown output format {suffix!r}: write a .yaml, .yml or .json file, or a GENIUS "
            "domain folder (an existing folder, or a new name without a suffix)",
            file=path,
        )
    try:
        if suffix in YAML_SUFFIXES and not path.is_dir():
            path.write_text(scenario_text(scenario, path), encoding="utf-8")
            return [path]
        from .genius import write_genius

        return write_genius(scenario, path)
    except OSError as err:
        raise AccordInputError(f"cannot write: {err.strerror or err}", file=path) from None


def scenario_text(scenario: Scenario, path: str | Path) -> str:
    """The text :func:`write_scenario` writes to a ``.yaml``, ``.yml`` or ``.json`` file."""
    from .yaml import dump_scenario

    text = dump_scenario(scenario)
    if Path(path).suffix.lower() == ".json":
        import yaml

        text = json.dumps(yaml.safe_load(text), indent=2, ensure_ascii=False) + "\n"
    return text
