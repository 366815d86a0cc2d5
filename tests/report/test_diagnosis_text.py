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


def test_a_zopa_open_only_just_is_said_so_in_every_wording():
    """The issue table printed 'opens a ZOPA (margin 0.000)' where the diagnosis says 'only
    just'; a ZOPA whose margin is a hair above 0 was said to leave a party 'exactly' at its
    walk-away value."""
    from accord.report.diagnosis_text import only_just, opening

    assert opening(0.136) == "opens a ZOPA (margin 0.136)"
    assert opening(0.0) == "only just opens a ZOPA (margin 0)"
    assert opening(3e-4) == "only just opens a ZOPA (margin 0.0003)"
    assert only_just(5e-4) is None
    assert only_just(0.0) == "some party exactly at its walk-away value"
    assert only_just(3e-4) == "some party only 0.0003 above its walk-away value"


def test_the_flagship_issue_table_says_only_just_where_its_margin_is_0(flagship_path):
    result = analyze(load_scenario(flagship_path))
    block = next(b for b in result.diagnosis.issue_blocks if b.issue == "hostages_phase_one")
    assert block.opens_zopa and block.shortfall_without == 0.0  # the case the table misprinted
    out = io.StringIO()
    render_analysis(result, Console(file=out, width=200))
    row = next(line for line in out.getvalue().splitlines() if "hostages_phase_one" in line)
    assert "only just opens a ZOPA (margin 0)" in row and "margin 0.000" not in out.getvalue()
    from accord.report.briefing import build_briefing
    from accord.report.sections import analysis_section

    rows = analysis_section(build_briefing(flagship_path))["issues"]
    assert next(r for r in rows if r["issue"] == "hostages_phase_one")["effect"] == (
        "only just opens a ZOPA (margin 0)")
