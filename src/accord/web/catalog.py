"""The scenarios a dashboard serves: fixed when it starts, each read and compiled once.

The browser names a scenario by an id from this catalogue, never by a path: a request for
anything else is unknown, whatever it spells (``../``, an absolute path, an encoded one).
The compiled problem and the analysis at the stated values are cached per scenario, so a
slider costs one what-if on arrays. Scenarios the user saves under a new name join the
catalogue (the user named that file explicitly).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..analysis import Analysis, analyze
from ..errors import AccordInputError
from ..io import read_with_warnings
from ..io.detect import YAML_SUFFIXES
from ..model import ModelWarning, Scenario
from ..model.problem import Problem, compile_problem

__all__ = ["Catalog", "Entry", "scenario_paths"]


def scenario_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The scenario files and GENIUS domain folders that ``accord serve`` arguments name.

    A folder of YAML/JSON files stands for those files (not recursively); a folder with XML
    files and none of those is a GENIUS domain. Raises AccordInputError for a missing path
    or a folder without scenarios.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise AccordInputError("no such file or folder", file=path)
        if path.is_file():
            found.append(path.resolve())
            continue
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in YAML_SUFFIXES)
        if files:
            found.extend(p.resolve() for p in files if p.is_file())
        elif any(p.suffix.lower() == ".xml" for p in path.iterdir()):
            found.append(path.resolve())
        else:
            raise AccordInputError("no .yaml, .yml or .json scenario in this folder", file=path)
    return found


@dataclass
class Entry:
    """One served scenario: its id in URLs, its file, and what was computed from it."""

    id: str
    path: Path
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)
    _read: tuple[Scenario, tuple[ModelWarning, ...]] | None = None
    _analysed: tuple[Problem, Analysis] | None = None

    @property
    def editable(self) -> bool:
        """Whether the browser may edit it as text (YAML/JSON files, not GENIUS folders)."""
        return self.path.is_file()

    def _scenario(self) -> tuple[Scenario, tuple[ModelWarning, ...]]:
        """Read once (a file that does not read is read again on the next request, so a
        fix on disk shows at a reload)."""
        with self._lock:
            if self._read is None:
                self._read = read_with_warnings(self.path)
            return self._read

    def _analysis(self) -> tuple[Problem, Analysis]:
        """Compiled and analysed once, on first use (the index page only reads names)."""
        with self._lock:
            if self._analysed is None:
                problem = compile_problem(self._scenario()[0])
                self._analysed = (problem, analyze(problem))
            return self._analysed

    @property
    def scenario(self) -> Scenario:
        return self._scenario()[0]

    @property
    def warnings(self) -> tuple[ModelWarning, ...]:
        return self._scenario()[1]

    @property
    def problem(self) -> Problem:
        """The compiled problem at the stated values (what-ifs start from it)."""
        return self._analysis()[0]

    @property
    def analysis(self) -> Analysis:
        """The full analysis at the stated values (diagnosis included)."""
        return self._analysis()[1]

    def title(self) -> str:
        """The scenario's name, or the file name when it cannot be read."""
        try:
            return self.scenario.name
        except AccordInputError:
            return self.path.name


class Catalog:
    """Served scenarios by id, in the order given."""

    def __init__(self, paths: Iterable[str | Path]) -> None:
        self._entries: dict[str, Entry] = {}
        self._lock = threading.Lock()
        for path in paths:
            self.add(Path(path))

    def add(self, path: Path) -> Entry:
        """Serve ``path`` too (under a new id), or return its entry if it is served."""
        path = path.resolve()
        with self._lock:
            for entry in self._entries.values():
                if entry.path == path:
                    return entry
            stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "scenario"
            key, n = stem, 2
            while key in self._entries:
                key, n = f"{stem}-{n}", n + 1
            entry = self._entries[key] = Entry(key, path)
            return entry

    def get(self, key: str) -> Entry | None:
        return self._entries.get(key)

    def __iter__(self):
        return iter(list(self._entries.values()))

    def __len__(self) -> int:
        return len(self._entries)

    def served(self, path: Path) -> bool:
        """Whether ``path`` is the file of a served scenario (never overwritten)."""
        path = path.resolve()
        return any(entry.path == path for entry in self)
