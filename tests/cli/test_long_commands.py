"""Long commands: progress bars, and Ctrl-C as a terminal sends it.

Progress bars are drawn on stderr only when it is a terminal (a pseudo-terminal here) and the
output is not ``--json``. Ctrl-C is SIGINT to the command's process group: each command runs
as a real subprocess in its own group; the test waits until some work is finished, signals
the group, and checks the exit status (130), the message, that no process of the group is
left, that the finished work is kept, and that re-running resumes to the result of an
uninterrupted run. Stop latency is measured in benchmarks/bench_interrupt.py.
"""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from accord.io import read_scenario
from accord.io.tournament import ResultStore
from accord.io.yaml import dump_scenario
from accord.model.generate import random_scenario
from accord.negotiation.agents import split_specs
from accord.negotiation.tournament import run_tournament

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/stat").exists(), reason="needs POSIX process groups and Linux /proc"
)

ROOT = Path(__file__).resolve().parents[2]
NEG = ROOT / "tests" / "negotiation"  # neg_agents.Dawdler: a Boulware that sleeps per offer
TINY = ROOT / "tests" / "forecast" / "data" / "tiny.csv"
BACKTEST_EXAMPLE = ROOT / "tests" / "forecast" / "data" / "backtest_example.csv"
AGENTS = "neg_agents:Dawdler,random,linear"
REPETITIONS, ROUNDS = 6, 20
TOTAL = 6 * REPETITIONS  # ordered pairs of three agents


def _start(args: list[str], *, stderr=subprocess.PIPE, delay: float = 0.0) -> subprocess.Popen:
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "PYTHONPATH": path, "ACCORD_TEST_DELAY": str(delay),
           "TERM": "xterm-256color", "COLUMNS": "120"}
    return subprocess.Popen(
        [sys.executable, "-m", "accord.cli", *args],
        cwd=NEG,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        start_new_session=True,  # its own process group, as a shell job would have
    )


def _interrupt_when(proc: subprocess.Popen, ready, timeout: float = 180.0) -> tuple[str, str]:
    """Wait (bounded) until ``ready()``, then SIGINT the process group; its output."""
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None:
            pytest.fail(f"the command ended before the interrupt: {proc.communicate()}")
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("no work was finished in time")
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        return proc.communicate(timeout=60)  # a guard against a hang, not a timing check
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise


def _group(pgid: int) -> list[str]:
    """Live (not zombie) processes of a process group, as 'pid command'."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        state, _, group = text[text.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state != "Z":
            alive.append(f"{stat.parent.name} {command}")
    return alive


def _no_survivor(pgid: int) -> None:
    deadline = time.monotonic() + 10
    while _group(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _group(pgid) == []


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _by_key(folder: Path) -> dict[str, dict]:
    return {row["key"]: row for row in ResultStore(folder).load()}


@pytest.fixture
def scenario_file(tmp_path) -> Path:
    path = tmp_path / "s.yaml"
    path.write_text(dump_scenario(random_scenario((4, 4, 3), seed=2)))
    return path


def _tournament_args(scenario_file: Path, out: Path, *where: str) -> list[str]:
    return [
        "tournament", str(scenario_file), "--agents", AGENTS, "--repetitions", str(REPETITIONS),
        "--rounds", str(ROUNDS), "--out", str(out), "--json", *where,
    ]


def _check_interrupted_tournament(proc, stdout: str, stderr: str, out: Path, seen: set) -> int:
    """Exit 130, the message, the partial summary, every finished negotiation kept."""
    assert proc.returncode == 130, stderr
    saved = _by_key(out)
    n = len(saved)
    assert f"interrupted: {n} of {TOTAL} saved; run the same command to resume" in stderr
    assert 1 <= n < TOTAL
    assert seen <= set(saved)  # nothing written before the interrupt was lost
    summary = json.loads(stdout)
    assert (summary["interrupted"], summary["remaining"]) == (True, TOTAL - n)
    assert sum(a["negotiations"] for a in summary["agents"].values()) == 2 * n
    assert json.loads((out / "summary.json").read_text()) == summary
    _no_survivor(proc.pid)
    return n


def _check_resumed(args: list[str], n: int, out: Path, reference: Path) -> None:
    """Re-running the command finishes the tournament with an uninterrupted run's results."""
    again = _start(args, delay=0.01)
    stdout, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    final = json.loads(stdout)
    assert (final["resumed"], final["completed"], final["interrupted"]) == (n, TOTAL - n, False)
    whole = run_tournament(
        [read_scenario(args[1])], split_specs(AGENTS), reference,
        repetitions=REPETITIONS, rounds=ROUNDS,
    )
    assert final["agents"] == whole["agents"]
    assert _by_key(out) == _by_key(reference)


def _keys_when_some_are_saved(results: Path, seen: set):
    def ready() -> bool:
        if _lines(results) < 1:
            return False
        seen.update(_by_key(results.parent))
        return True

    return ready


def test_ctrl_c_stops_local_workers_keeps_finished_negotiations_and_resumes(
    scenario_file, tmp_path, monkeypatch
):
    monkeypatch.syspath_prepend(str(NEG))
    out = tmp_path / "t"
    args = _tournament_args(scenario_file, out, "--jobs", "2")
    proc = _start(args, delay=0.01)
    seen: set = set()
    stdout, stderr = _interrupt_when(proc, _keys_when_some_are_saved(out / "results.jsonl", seen))
    n = _check_interrupted_tournament(proc, stdout, stderr, out, seen)
    _check_resumed(args, n, out, tmp_path / "reference")


def test_ctrl_c_on_a_dask_cluster_releases_its_tasks(scenario_file, tmp_path, monkeypatch):
    distributed = pytest.importorskip("distributed")
    monkeypatch.syspath_prepend(str(NEG))  # the cluster's workers import neg_agents too
    out = tmp_path / "t"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None,
        env={"ACCORD_TEST_DELAY": "0.01", "PYTHONPATH": str(NEG)},
    ) as cluster, distributed.Client(cluster) as client:
        args = _tournament_args(scenario_file, out, "--cluster", cluster.scheduler_address)
        proc = _start(args, delay=0.01)
        seen: set = set()
        stdout, stderr = _interrupt_when(
            proc, _keys_when_some_are_saved(out / "results.jsonl", seen)
        )
        n = _check_interrupted_tournament(proc, stdout, stderr, out, seen)

        def tasks(dask_scheduler) -> int:
            return len(dask_scheduler.tasks)

        deadline = time.monotonic() + 30
        while client.run_on_scheduler(tasks) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.run_on_scheduler(tasks) == 0
        _check_resumed(args, n, out, tmp_path / "reference")


class _Terminal:
    """A pseudo-terminal for a command's stderr; collects everything written to it."""

    def __init__(self) -> None:
        import fcntl
        import struct
        import termios

        self.master, self.slave = pty.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.text = ""
        self._reader = threading.Thread(target=self._read, daemon=True)

    def start(self) -> None:
        os.close(self.slave)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 4096)
            except OSError:  # EIO: the command has closed its end
                return
            if not data:
                return
            self.text += data.decode("utf-8", "replace")

    def close(self) -> str:
        self._reader.join(timeout=10)
        os.close(self.master)
        return self.text


def test_ctrl_c_keeps_the_finished_monte_carlo_runs():
    runs = 1000
    terminal = _Terminal()
    proc = _start(["forecast", str(TINY), "--runs", str(runs), "--jobs", "2", "--seed", "1"],
                  stderr=terminal.slave)
    terminal.start()
    # As a user would: watch the progress bar, press Ctrl-C once some runs are done.
    done = re.compile(rf"(\d+)/{runs}")

    def some_runs_done() -> bool:
        return any(int(m) >= 10 for m in done.findall(terminal.text))

    stdout, _ = _interrupt_when(proc, some_runs_done)
    stderr = terminal.close()
    assert proc.returncode == 130, stderr
    found = re.search(
        rf"interrupted: (\d+) of {runs} Monte Carlo runs done; their summary is partial", stderr
    )
    assert found, stderr
    n = int(found[1])
    assert 10 <= n < runs
    assert f"Monte Carlo (partial, interrupted): {n} of {runs} runs" in " ".join(stdout.split())
    _no_survivor(proc.pid)


def _on_a_terminal(args: list[str]) -> tuple[subprocess.Popen, str, str]:
    """Run a command to its end with stderr on a pseudo-terminal: (process, stdout, tty)."""
    terminal = _Terminal()
    proc = _start(args, stderr=terminal.slave)
    terminal.start()
    try:
        stdout, _ = proc.communicate(timeout=300)
    finally:
        tty = terminal.close()
    return proc, stdout, tty


@pytest.fixture(scope="module")
def long_command(tmp_path_factory):
    """Each long command, small, writing into ``out``; and what its bar says."""
    folder = tmp_path_factory.mktemp("long")
    small = folder / "small.yaml"
    small.write_text(dump_scenario(random_scenario((3, 4, 2), seed=5)))
    huge = folder / "huge.yaml"  # 10^8 packages: the frontier is searched
    huge.write_text(dump_scenario(random_scenario((100, 100, 100, 100), seed=1)))

    def make(command: str, out: Path) -> tuple[list[str], str]:
        if command == "tournament":
            agents = "boulware,linear,conceder"
            args = ["tournament", str(small), "--agents", agents, "--rounds", "30"]
            return [*args, "--out", str(out)], "negotiations"
        if command == "forecast":
            return ["forecast", str(TINY), "--model", "mean", "--runs", "50"], "Monte Carlo runs"
        if command == "backtest":
            return ["backtest", str(BACKTEST_EXAMPLE), "--folds", "3"], "backtest"  # 3 proposals
        return ["analyze", str(huge)], "searching the frontier"

    return make


LONG = ["tournament", "forecast", "backtest", "analyze"]


@pytest.mark.parametrize("command", LONG)
def test_a_long_command_draws_a_progress_bar_on_a_terminal(long_command, command, tmp_path):
    args, label = long_command(command, tmp_path)
    proc, stdout, tty = _on_a_terminal(args)
    assert proc.returncode == 0, tty
    assert label in tty and re.search(r"\d+/\d+", tty), tty
    assert stdout.strip()


@pytest.mark.parametrize("command", LONG)
def test_no_progress_bar_under_json_even_on_a_terminal(long_command, command, tmp_path):
    args, _ = long_command(command, tmp_path)
    proc, stdout, tty = _on_a_terminal([*args, "--json"])
    assert proc.returncode == 0, tty
    assert tty == ""
    json.loads(stdout)


@pytest.mark.parametrize("command", LONG)
def test_no_progress_bar_when_stderr_is_not_a_terminal(long_command, command, tmp_path):
    from typer.testing import CliRunner

    from accord.cli.main import app

    args, _ = long_command(command, tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and result.stdout.strip()


def test_the_progress_helper_gives_no_callback_without_a_terminal(monkeypatch):
    import io

    from accord.cli import progress as cli_progress

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with cli_progress.progress_bar("work") as progress:
        assert progress is None
    monkeypatch.setattr(cli_progress, "_stderr_is_terminal", lambda: True)
    with cli_progress.progress_bar("work", enabled=False) as progress:
        assert progress is None
    with cli_progress.progress_bar("work") as progress:
        assert callable(progress)
