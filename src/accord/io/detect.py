"""Open any scenario accord reads, by what the path is."""

from __future__ import annotations

from pathlib import Path

from ..errors import AccordInputError
from ..model import Scenario

__all__ = ["read_scenario"]

YAML_SUFFIXES = {".yaml", ".yml", ".json"}


def read_scenario(path: str | Path) -> Scenario:
    """A YAML/JSON scenario file or a GENIUS domain folder, validated."""
    path = Path(path)
    if not path.exists():
        raise AccordInputError("no such file or folder", file=path)
    if path.is_dir():
        from .genius import read_genius

        return read_genius(path)
    if path.suffix.lower() in YAML_SUFFIXES:
        from .yaml import load_scenario

        return load_scenario(path)
    raise AccordInputError(
        "unknown scenario format: expected a .yaml/.yml/.json file or a GENIUS domain folder",
        file=path,
    )
