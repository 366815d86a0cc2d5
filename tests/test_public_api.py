"""The public API: ``import accord`` gives the main entry points, and the README's Python
example runs as written."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

import accord

ROOT = Path(__file__).resolve().parents[1]


def _readme_python_example() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## From Python"):]
    start = section.index("```python\n") + len("```python\n")
    return section[start:section.index("```", start)]


def test_every_name_in_all_is_importable_from_the_package():
    for name in ("read_scenario", "compile_problem", "analyze", "negotiate", "run_tournament",
                 "run_model", "backtest"):
        assert name in accord.__all__
    for name in accord.__all__:
        assert callable(getattr(accord, name)), name
    namespace: dict = {}
    exec("from accord import *", namespace)
    assert set(accord.__all__) <= set(namespace)


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_entry_point"):
        accord.no_such_entry_point  # noqa: B018


def test_import_accord_loads_no_subpackage():
    """The command line imports ``accord`` first; the entry points load on first use
    (through :mod:`accord.lazy`, the one module it loads)."""
    code = "import sys, accord; print(sorted(m for m in sys.modules if m.startswith('accord.')))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert out.strip() == "['accord.lazy']"


def test_readme_python_example_runs(monkeypatch):
    example = _readme_python_example()
    assert "import accord\n" in example
    monkeypatch.chdir(ROOT)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(example, "README.md", "exec"), {})
    lines = printed.getvalue().splitlines()
    assert lines[0] == (
        "No package gives every party at least its walk-away value: there is no ZOPA.")
    assert lines[1] == "None 49"
    assert lines[2].startswith("('ceasefire', 'hostages_phase_one', 'withdrawal', 'governance')")


def test_readme_frontier_is_the_analysis_frontier(monkeypatch):
    """The example's frontier used to be taken over every package, forbidden ones
    included: 81 points on the flagship, whose analysis says 84."""
    monkeypatch.chdir(ROOT)
    namespace: dict = {}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(_readme_python_example(), "README.md", "exec"), namespace)
    front, result = namespace["front"], namespace["result"]
    assert sorted(front.tolist()) == sorted(result.scan.frontier_index.tolist())
    assert len(front) == 84
