"""Exports (JSON, CSV, Parquet), the simulate and tournament commands, tournament resume,
and a run on a Dask LocalCluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from accord.errors import Interrupted
from accord.io.tournament import ResultStore
from accord.io.yaml import dump_scenario
from accord.model.generate import random_scenario, split_the_pie
from accord.negotiation.tournament import run_tournament

runner = CliRunner()


def cli() -> typer.Typer:
    from accord.cli.simulate import simulate, tournament

    app = typer.Typer()
    app.command("simulate")(simulate)
    app.command("tournament")(tournament)
    return app


@pytest.fixture
def pie_file(tmp_path) -> Path:
    path = tmp_path / "pie.yaml"
    path.write_text(dump_scenario(split_the_pie()))
    return path


@pytest.fixture
def small_file(tmp_path) -> Path:
    path = tmp_path / "small.yaml"
    path.write_text(dump_scenario(random_scenario((3, 4, 2), seed=5)))
    return path


def test_simulate_json(pie_file):
    result = runner.invoke(
        cli(), ["simulate", str(pie_file), "--agents", "linear,linear", "--rounds", "11", "--json"]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["agreement"] == {"a_share": 50} and doc["round"] == 5
    assert doc["utilities"] == [0.5, 0.5]
    assert set(doc) >= {"agreement", "round", "utilities", "events", "trace"}


def test_simulate_text_plot_and_trace_file(pie_file, tmp_path):
    pytest.importorskip("matplotlib")
    png, trace = tmp_path / "run.png", tmp_path / "trace.csv"
    result = runner.invoke(
        cli(),
        [
            "simulate",
            str(pie_file),
            "--agents",
            "boulware,neg_agents:Greedy(threshold=0.4)",
            "--plot",
            str(png),
            "--out",
            str(trace),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "agreement in round" in result.stdout
    assert png.read_bytes()[:4] == b"\x89PNG" and trace.exists()


def test_simulate_mediated(small_file):
    result = runner.invoke(
        cli(),
        [
            "simulate",
            str(small_file),
            "--agents",
            "hillclimber,annealer",
            "--mediator",
            "annealing",
            "--json",
            "--seed",
            "4",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["protocol"] == "single_text"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--agents", "linear,nosuch"], "unknown agent 'nosuch'"),
        (["--agents", "linear"], "1 agent(s) for 2"),
        (["--agents", "linear,linear", "--mediator", "boulware"], "unknown mediator"),
        (["--agents", "linear,linear", "--out", "x.txt"], "x.txt: --out: the file name must end"),
    ],
)
def test_simulate_bad_input_exits_2_without_traceback(pie_file, args, message):
    result = runner.invoke(cli(), ["simulate", str(pie_file), *args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_simulate_bad_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: [unclosed\n")
    for path in (bad, tmp_path / "missing.yaml"):
        result = runner.invoke(cli(), ["simulate", str(path), "--agents", "linear,linear"])
        assert result.exit_code == 2 and result.stderr.startswith("accord: ")


AGENTS = ["boulware", "linear", "conceder"]


def test_tournament_resumes_after_interruption(small_file, pie_file, tmp_path):
    out = tmp_path / "t"
    args = [
        "tournament",
        str(small_file),
        str(pie_file),
        "--agents",
        ",".join(AGENTS),
        "--repetitions",
        "2",
        "--rounds",
        "40",
        "--out",
        str(out),
        "--json",
    ]
    partial = runner.invoke(cli(), [*args, "--limit", "7"])
    assert partial.exit_code == 0, partial.output
    first = json.loads(partial.stdout)
    assert (first["negotiations"], first["completed"], first["resumed"]) == (24, 7, 0)
    # A write torn by the interruption is dropped on restart.
    with open(out / "results.jsonl", "a") as f:
        f.write('{"key": "torn')
    full = runner.invoke(cli(), args)
    summary = json.loads(full.stdout)
    assert (summary["completed"], summary["resumed"], summary["errors"]) == (17, 7, 0)
    assert set(summary["agents"]) == set(AGENTS)
    assert summary["agents"]["boulware"]["negotiations"] == 16  # 2 scenarios x 4 x 2 reps
    rows = ResultStore(out).load()
    assert len(rows) == 24 and len({r["key"] for r in rows}) == 24
    assert (out / "summary.json").exists() and (out / "summary_agents.csv").exists()
    again = json.loads(runner.invoke(cli(), args).stdout)
    assert (again["completed"], again["resumed"]) == (0, 24)
    assert again["agents"] == summary["agents"]


def test_tournament_results_do_not_depend_on_where_they_ran(tmp_path):
    scenarios = [random_scenario((3, 3, 2), seed=1)]
    serial = run_tournament(
        scenarios, ["random", "linear"], tmp_path / "a", rounds=30, repetitions=3
    )
    parts = run_tournament(
        scenarios,
        ["random", "linear"],
        tmp_path / "b",
        rounds=30,
        repetitions=3,
        max_negotiations=2,
    )
    parts = run_tournament(
        scenarios, ["random", "linear"], tmp_path / "b", rounds=30, repetitions=3
    )
    assert parts["agents"] == serial["agents"]
    pooled = run_tournament(
        scenarios, ["random", "linear"], tmp_path / "c", rounds=30, repetitions=3, jobs=2
    )
    assert pooled["agents"] == serial["agents"] and pooled["completed"] == 6


def test_tournament_bad_agent_is_an_input_error(small_file, tmp_path):
    result = runner.invoke(
        cli(),
        ["tournament", str(small_file), "--agents", "linear,zzz", "--out", str(tmp_path / "t")],
    )
    assert result.exit_code == 2 and "unknown agent 'zzz'" in result.stderr


def test_tournament_on_a_dask_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    scenarios = [random_scenario((3, 4, 2), seed=5), split_the_pie()]
    local = run_tournament(scenarios, AGENTS, tmp_path / "local", rounds=30)
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = run_tournament(
            scenarios, AGENTS, tmp_path / "dask", rounds=30, cluster=cluster.scheduler_address
        )
    assert remote["completed"] == remote["negotiations"] == 12
    assert remote["agents"] == local["agents"]


def _recorder(calls: list, stop_at: int | None = None):
    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if stop_at is not None and done == stop_at:
            raise KeyboardInterrupt  # as Ctrl-C would, right after a negotiation is saved

    return progress


@pytest.mark.parametrize("jobs", [1, 2])
def test_tournament_progress_counts_every_negotiation_up_to_the_total(tmp_path, jobs):
    scenarios = [random_scenario((3, 3, 2), seed=1)]
    calls: list = []
    run_tournament(scenarios, AGENTS, tmp_path, rounds=30, max_negotiations=2,
                   progress=_recorder(calls))
    assert calls == [(0, 2), (1, 2), (2, 2)]
    calls.clear()
    run_tournament(scenarios, AGENTS, tmp_path, rounds=30, jobs=jobs, progress=_recorder(calls))
    assert calls == [(n, 6) for n in range(2, 7)]  # resumed ones counted from the start


def test_interrupted_tournament_keeps_each_finished_negotiation_and_its_summary(tmp_path):
    scenarios = [random_scenario((3, 3, 2), seed=1), split_the_pie()]
    with pytest.raises(Interrupted) as stop:
        run_tournament(scenarios, AGENTS, tmp_path / "t", rounds=30,
                       progress=_recorder([], stop_at=5))
    assert (stop.value.done, stop.value.total) == (5, 12)
    assert len(ResultStore(tmp_path / "t").load()) == 5
    summary = json.loads((tmp_path / "t" / "summary.json").read_text())
    assert summary == stop.value.partial
    assert (summary["interrupted"], summary["completed"], summary["remaining"]) == (True, 5, 7)
    resumed = run_tournament(scenarios, AGENTS, tmp_path / "t", rounds=30)
    whole = run_tournament(scenarios, AGENTS, tmp_path / "whole", rounds=30)
    assert (resumed["resumed"], resumed["completed"], resumed["interrupted"]) == (5, 7, False)
    assert resumed["agents"] == whole["agents"]
    rows = {r["key"]: r for r in ResultStore(tmp_path / "t").load()}
    assert rows == {r["key"]: r for r in ResultStore(tmp_path / "whole").load()}
