"""Tournament result files on their own: the JSON-lines store keeps every whole line and
cuts a torn tail; summaries and the database come from plain rows."""

from __future__ import annotations

import csv
import json
import sqlite3

from accord.io.tournament import RESULTS, ResultStore, write_database, write_summary


def test_store_appends_whole_lines_and_cuts_a_torn_tail(tmp_path):
    store = ResultStore(tmp_path / "t")
    with store.appending() as append:
        append({"key": "a", "u": 0.5})
        append({"key": "b", "u": 0.25})
    with open(tmp_path / "t" / RESULTS, "a", encoding="utf-8") as f:
        f.write('{"key": "c", "u"')
    assert [row["key"] for row in store.load()] == ["a", "b"]
    text = (tmp_path / "t" / RESULTS).read_text(encoding="utf-8")
    assert text.splitlines() == ['{"key": "a", "u": 0.5}', '{"key": "b", "u": 0.25}']
    assert ResultStore(tmp_path / "t").load() == store.load()


def test_summary_tables_and_database_from_plain_data(tmp_path):
    summary = {
        "agents": {"x": {"mean_utility": 0.5, "negotiations": 2}},
        "scenarios": {"s": {"negotiations": 2, "agreement_rate": 1.0}},
        "standings": [{"agent": "x", "rank": 1}],
        "pairwise": [],
        "agent_scenario": {"x": {"s": 0.5}},
    }
    write_summary(tmp_path, summary)
    assert json.loads((tmp_path / "summary.json").read_text()) == summary
    with open(tmp_path / "summary_agents.csv", newline="") as f:
        assert list(csv.reader(f)) == [["agent", "mean_utility", "negotiations"],
                                       ["x", "0.5", "2"]]
    assert (tmp_path / "summary_pairwise.csv").read_text() == ""
    assert not list(tmp_path.glob("*.tmp"))
    rows = [{"key": "k1", "agents": ["x", "y"], "welfare": 1.0}]
    write_database(tmp_path, rows, {"agent": ["x", "y"], "score": [0.5, float("nan")]})
    db = sqlite3.connect(tmp_path / "results.sqlite")
    assert db.execute("select key, agents, welfare from negotiations").fetchall() == [
        ("k1", '["x", "y"]', 1.0)]
    assert db.execute("select agent, score from scores").fetchall() == [("x", 0.5), ("y", None)]
