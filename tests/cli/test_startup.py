"""What each command imports: only what it runs (start-up is paid on every command).

Read from ``sys.modules`` of a fresh process at exit, never from timings; figures are in
benchmarks/bench_startup.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = str(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")

# runs a command as the console script does, then writes the modules it loaded
RUN = """
import atexit, json, sys
out = sys.argv.pop()
atexit.register(lambda: json.dump(sorted(sys.modules), open(out, "w")))
from accord.cli.main import main
main()
"""

#: Libraries no command below needs.
NEVER = ("scipy", "matplotlib", "plotly", "dask", "distributed", "spacy", "starlette",
         "uvicorn", "jinja2", "pandas", "pyarrow")


def loaded(tmp_path: Path, *argv: str) -> set[str]:
    """The modules loaded by ``accord argv`` (its output is not checked here)."""
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", RUN, *argv, str(out)], capture_output=True,
                   env=env, cwd=tmp_path, check=True)
    return set(json.loads(out.read_text()))


def roots(modules: set[str]) -> set[str]:
    return {name.partition(".")[0] for name in modules}


def test_importing_the_command_line_loads_no_library():
    code = "import sys, accord.cli.main; print(' '.join(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    modules = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                 env=env, check=True).stdout.split())
    assert "typer" in modules
    assert not roots(modules) & {"numpy", "pydantic", "rich", "yaml", *NEVER}
    accord = {m for m in modules if m.startswith("accord.")}
    # accord.lazy: the package's loader of names on first use (standard library only)
    assert accord == {m for m in accord if m.startswith("accord.cli")} | {"accord.errors",
                                                                           "accord.lazy"}


def test_help_and_agents_load_no_model(tmp_path):
    help_modules = loaded(tmp_path, "--help")
    assert not roots(help_modules) & {"numpy", "pydantic", "yaml", *NEVER}
    agents = loaded(tmp_path, "agents")
    assert "accord.negotiation.agents.registry" in agents
    assert not {"accord.io.yaml", "accord.model.scenario", "accord.analysis",
                "accord.negotiation.protocols", "accord.negotiation.agents.conformance"} & agents
    assert not roots(agents) & {"rich", "yaml", *NEVER}


def test_validate_loads_neither_the_analysis_nor_the_protocols(tmp_path):
    modules = loaded(tmp_path, "validate", FLAGSHIP)
    assert {"accord.io.yaml", "accord.negotiation.agents.registry"} <= modules  # names agents
    assert not {"accord.analysis", "accord.negotiation.protocols", "accord.negotiation.run",
                "accord.io.genius", "accord.report.json"} & modules
    assert not roots(modules) & {"rich", *NEVER}


@pytest.mark.parametrize("extra", [[], ["--robust", "--draws", "200"]])
def test_analyze_json_draws_nothing(tmp_path, extra):
    modules = loaded(tmp_path, "analyze", FLAGSHIP, "--json", *extra)
    assert "accord.analysis" in modules
    assert not {"accord.negotiation", "accord.io.genius", "accord.report.analysis_text"} & modules
    assert not roots(modules) & {"rich", *NEVER}


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_backtest_loads_no_scenario_model(tmp_path, extra):
    """A backtest reads a table into Stakeholders: the scenario's pydantic models, the
    analysis and its reports are not needed (about 0.1 s of start-up)."""
    table = tmp_path / "t.csv"
    table.write_text("issue,actor,position,salience,capability\n"
                     + "".join(f"{k},{a},{p},0.5,1\n" for k in "abc"
                               for a, p in [("x", 0), ("y", 100), ("z", 40)])
                     + "".join(f"{k},__outcome__,50,,\n" for k in "abc"))
    modules = loaded(tmp_path, "backtest", str(table), "--folds", "0", *extra)
    assert "accord.forecast.smp" in modules
    assert not {"accord.model.scenario", "accord.model.party", "accord.model.uncertainty",
                "accord.model.problem", "accord.analysis"} & modules
    assert not roots(modules) & {"yaml", *NEVER}
