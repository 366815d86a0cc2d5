"""Result files: a negotiation written as JSON, CSV and Parquet says what its trace says."""

from __future__ import annotations

import csv
import json

import pytest

from accord.io.results import json_text, write_csv, write_json, write_parquet, write_table
from accord.model.generate import split_the_pie
from accord.negotiation import negotiate


def test_exports_agree_with_the_trace(tmp_path):
    events = [{"type": "walk_out", "party": "b", "round": 2, "returns_after": 1}]
    base = split_the_pie()
    scenario = type(base).model_validate(
        {**base.model_dump(exclude={"dynamics"}), "dynamics": events}
    )
    run = negotiate(scenario, ["linear", "boulware"], rounds=15, seed=1)
    doc = json.loads(json_text(run.to_dict()))
    write_json(run.to_dict(), tmp_path / "run.json")
    assert doc == json.loads((tmp_path / "run.json").read_text())
    assert doc["agreement"] == run.outcome and doc["round"] == run.result.round
    assert doc["utilities"] == list(run.result.utilities)
    assert [e["type"] for e in doc["events"]] == ["walk_out", "return"]
    assert len(doc["trace"]) == len(run.trace)
    first = doc["trace"][0]
    assert first["action"] == "offer" and first["outcome"] == {"a_share": 100}
    assert first["utilities"] == {"a": 1.0, "b": 0.0}
    write_csv(run.table(), tmp_path / "run.csv")
    with open(tmp_path / "run.csv") as f:
        table = list(csv.DictReader(f))
    assert len(table) == len(run.trace) and table[0]["a_share"] == "100"
    assert table[0]["u_b"] == "0.0"
    pq = pytest.importorskip("pyarrow.parquet")
    write_parquet(run.table(), tmp_path / "run.parquet")
    assert pq.read_table(tmp_path / "run.parquet").num_rows == len(run.trace)


def test_write_table_chooses_parquet_or_csv_by_suffix(tmp_path):
    columns = {"a": [1, None], "b": ["x", "y"]}
    write_table(columns, tmp_path / "t.csv")
    assert (tmp_path / "t.csv").read_text().splitlines() == ["a,b", "1,x", ",y"]
    pq = pytest.importorskip("pyarrow.parquet")
    write_table(columns, tmp_path / "t.PARQUET")
    assert pq.read_table(tmp_path / "t.PARQUET").to_pydict() == columns
