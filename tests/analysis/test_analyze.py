import numpy as np
import pytest

from accord.analysis import analyze, scan_outcomes
from accord.analysis import frontier as frontier_module
from accord.io.yaml import load_scenario, parse_scenario
from accord.report.diagnosis_text import diagnosis_lines

SPLIT = """
name: split the pie
issues:
  share: {{type: integer, min: 0, max: 10}}
parties:
  a:
    reservation_value: {ra}
    weights: {{share: 1}}
    values: {{share: {{type: linear, direction: increasing}}}}
  b:
    reservation_value: {rb}
    weights: {{share: 1}}
    values: {{share: {{type: linear, direction: decreasing}}}}
"""


def test_split_the_pie_by_hand():
    result = analyze(parse_scenario(SPLIT.format(ra=0.3, rb=0.2)))
    assert result.scan.zopa_size == 6  # shares 3..8
    assert len(result.scan.frontier_index) == 11
    nash = result.solution_utilities("nash")
    # maximise (x - .3)(1 - x - .2): x = 0.55 -> grid points 0.5 and 0.6 tie at 0.06
    assert nash.tolist() == pytest.approx([0.5, 0.5]) or nash.tolist() == pytest.approx([0.6, 0.4])
    assert result.diagnosis.zopa_empty is False
    assert result.diagnosis.shortfall == pytest.approx(-0.2)


def test_diagnosis_of_empty_zopa_by_hand():
    result = analyze(parse_scenario(SPLIT.format(ra=0.6, rb=0.6)))
    diag = result.diagnosis
    assert diag.zopa_empty and result.scan.zopa_size == 0
    assert all(v is None for v in result.solutions.values())
    # closest: share 6 -> (0.6, 0.4) or 5 -> (0.5, 0.5): least max shortfall is 0.1 (at 5)
    assert diag.shortfall == pytest.approx(0.1)
    assert diag.closest[0].outcome == {"share": 5}
    # one party alone must drop 0.2 (e.g. b accepts 0.4 while a gets 0.6)
    assert diag.party_concessions == pytest.approx({"a": 0.2, "b": 0.2})
    assert set(diag.blocking_parties) == {"a", "b"}
    assert diag.issue_blocks[0].issue == "share" and diag.issue_blocks[0].opens_zopa


def test_chunked_scan_equals_dense(monkeypatch):
    text = """
name: three parties
issues:
  x: {type: integer, min: 0, max: 19}
  y: {type: ordinal, values: [a, b, c, d, e]}
  z: {type: integer, min: 0, max: 29}
constraints:
  - forbid: {x: [3, 4], y: [b]}
parties:
""" + "".join(
        f"""
  p{k}:
    reservation_value: 0.3
    weights: {{x: {w[0]}, y: {w[1]}, z: {w[2]}}}
    values:
      x: {{type: triangular, peak: {k * 7}}}
      y: {{type: linear, direction: {'increasing' if k % 2 else 'decreasing'}}}
      z: {{type: linear, direction: {'decreasing' if k else 'increasing'}}}
"""
        for k, w in enumerate([(0.5, 0.2, 0.3), (0.2, 0.5, 0.3), (0.3, 0.3, 0.4)])
    )
    scenario = parse_scenario(text)
    dense = scan_outcomes(scenario)
    monkeypatch.setattr(frontier_module, "DENSE_LIMIT", 10)
    chunked = scan_outcomes(scenario, chunk_size=337)
    assert np.array_equal(dense.frontier_index, chunked.frontier_index)
    assert dense.zopa_size == chunked.zopa_size and dense.n_feasible == chunked.n_feasible
    assert np.array_equal(dense.best_index, chunked.best_index)
    assert np.array_equal(dense.worst_index, chunked.worst_index)


def test_flagship_has_no_zopa_and_ceasefire_blocks(flagship_path):
    result = analyze(load_scenario(flagship_path))
    diag = result.diagnosis
    assert result.scan.zopa_size == 0 and diag.zopa_empty
    assert all(v is None for v in result.solutions.values())
    assert diag.issue_blocks[0].issue == "ceasefire"
    assert diag.issue_blocks[0].preferred == {
        "israel": "six_week_truce",
        "hamas": "permanent_end_upfront",
    }
    assert 0 < diag.shortfall < 0.1
    assert any("no ZOPA" in line for line in diagnosis_lines(result))
