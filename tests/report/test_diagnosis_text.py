"""The diagnosis is found in analysis/ and worded in report/: the words are in the text
report and in the JSON, and nowhere in the analysis result."""

from __future__ import annotations

import io
import json

from rich.console import Console

from accord.analysis import analyze
from accord.io.yaml import load_scenario
from accord.report.analysis_text import render_analysis
from accord.report.diagnosis_text import diagnosis_lines
from accord.report.json import to_json


def test_diagnosis_is_worded_by_report_only(flagship_path):
    result = analyze(load_scenario(flagship_path))
    lines = diagnosis_lines(result)
    assert lines[0].startswith("No package gives every party at least its walk-away value")
    assert "Every party lowering its walk-away value by 0.022 would open a ZOPA." in lines
    assert "summary" not in result.diagnosis.to_dict()
    assert not hasattr(result.diagnosis, "summary")
    doc = json.loads(to_json(result, warnings=[]))
    assert doc["diagnosis"]["summary"] == list(lines) and doc["warnings"] == []
    assert list(doc["diagnosis"])[-1] == "summary"  # where --json always had it
    out = io.StringIO()
    render_analysis(result, Console(file=out, width=10_000))
    printed = out.getvalue().splitlines()
    start = printed.index("Diagnosis")
    assert printed[start + 1:start + 1 + len(lines)] == [f"- {line}" for line in lines]
