"""docs/robust.md documents every field of the robust analysis's JSON (issue 9: "Document
every field"): each key of ``robust`` and ``post_settlement`` has a row, and each key of
their records is named in that row."""

from __future__ import annotations

import re
from pathlib import Path

from accord.analysis.robust import robust_analysis
from accord.analysis.settlement import parse_agreement, post_settlement
from accord.io import read_scenario
from accord.model.problem import compile_problem

DOC = Path(__file__).resolve().parents[2] / "docs" / "robust.md"
MAPPINGS = {"post_settlement.agreement"}  # {issue: option}: keyed by the scenario's names


def documented() -> dict[str, str]:
    """``robust.FIELD`` -> the text of its row in the JSON table."""
    rows = re.findall(r"^\| `((?:robust|post_settlement)\.\w+)` \|(.*)\|$", DOC.read_text(),
                      re.M)
    return dict(rows)


def assert_documented(prefix: str, doc: dict, rows: dict[str, str]) -> None:
    assert {f"{prefix}.{key}" for key in doc} == {k for k in rows if k.startswith(prefix)}
    for key, value in doc.items():
        records = value if isinstance(value, list) else [value]
        for record in records:
            if isinstance(record, dict) and f"{prefix}.{key}" not in MAPPINGS:
                missing = [f for f in record if f"`{f}`" not in rows[f"{prefix}.{key}"]]
                assert not missing, f"{prefix}.{key}: {missing} undocumented"


def test_every_robust_field_is_documented(flagship_path):
    problem = compile_problem(read_scenario(flagship_path))
    rows = documented()
    assert_documented("robust", robust_analysis(problem, draws=200, seed=0).to_dict(), rows)
    first = ",".join(f"{issue}={option}" for issue, option in problem.space.outcome(0).items())
    settlement = post_settlement(problem, parse_agreement(problem, first)).to_dict()
    assert settlement["improvements"]  # their fields are checked too
    assert_documented("post_settlement", settlement, rows)
