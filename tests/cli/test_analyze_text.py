"""The text report of ``accord analyze``: the README's example is what the program prints,
and ties are shown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

ACCORD = [sys.executable, "-c", "from accord.cli.main import main; main()"]


def _analyze(path, cwd=ROOT) -> str:
    proc = subprocess.run(
        [*ACCORD, "analyze", str(path)], capture_output=True, text=True, cwd=cwd
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _readme_example(command: str) -> list[str]:
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"$ {command}") + 1
    end = lines.index("```", start)
    return lines[start:end]


def test_readme_analyze_example_is_what_the_program_prints():
    """Every line of the README's example appears, in order, in the real output
    (``...`` stands for lines left out)."""
    expected = _readme_example("accord analyze scenarios/gaza-ceasefire-2024-05.yaml")
    out = _analyze("scenarios/gaza-ceasefire-2024-05.yaml")
    printed = [line.rstrip() for line in out.splitlines()]
    shown = [line for line in expected if line != "..."]
    assert len(shown) > 20
    at = 0
    for line in shown:
        assert line in printed[at:], f"README line not printed (in this order): {line!r}"
        at = printed.index(line, at) + 1


def test_issue_table_says_what_it_computes_in_a_mediators_words():
    out = _analyze("scenarios/gaza-ceasefire-2024-05.yaml")
    assert "if every side got its way on it" in out
    assert "taking an issue off the table" in out
    assert "settled for all" not in out and "settling it for all sides" not in out




def test_ties_are_shown_in_the_solutions_table():
    out = _analyze(ROOT / "tests" / "data" / "split_with_idle_issue.yaml")
    assert "tied with" in out
    # Nash, Kalai-Smorodinsky, egalitarian: shares 5 and 6 in either venue (4 packages);
    # utilitarian: shares 3..8 in either venue (12)
    assert out.count("3 others (outcome index)") == 3
    assert "11 others (outcome index)" in out
