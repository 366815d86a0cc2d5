"""Ctrl-C stop latency: SIGINT to the process group of a busy command until it has exited.

* ``accord tournament --jobs 2``: 1000-round negotiations that run to the deadline;
* the same on a Dask cluster (``--cluster``, a local cluster of one 2-thread worker);
* ``accord forecast --runs 5000 --jobs 2`` (SMP on the flagship scenario).

Each command runs in its own process group (as a shell job does) and is interrupted once it
has finished some work; printed: the time from the signal to the exit, the exit status, the
message, and the processes of the group still alive afterwards (workers must not be).
The issue's target is < 2 s; before, the tournament's workers ran on for about 50 s (they
took SIGINT as one failed task each and went on with the queue). With Dask, about 1 s of the
exit is the interpreter unloading ``distributed`` (``python -c "import distributed"`` alone
takes as long to exit).

Run: ``.venv/bin/python benchmarks/bench_interrupt.py``
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from accord.io.yaml import dump_scenario
from accord.model.generate import random_scenario

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"


def group_alive(pgid: int) -> list[str]:
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        state, _, group = text[text.rindex(")") + 2 :].split()[:3]
        if int(group) == pgid and state != "Z":
            alive.append(stat.parent.name)
    return alive


def interrupt(label: str, args: list[str], ready, settle: float = 0.0) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "accord.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )
    said: list[tuple[float, str]] = []
    reader = threading.Thread(
        target=lambda: said.extend((time.monotonic(), line) for line in proc.stderr), daemon=True
    )
    reader.start()
    started = time.monotonic()
    while not ready() and proc.poll() is None:
        time.sleep(0.01)
    time.sleep(settle)
    sent = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)
    proc.wait()
    exited = time.monotonic() - sent
    reader.join()
    time.sleep(0.5)
    told = [(t - sent, line.strip()) for t, line in said if line.startswith("interrupted")]
    when, message = told[0] if told else (float("nan"), "".join(line for _, line in said))
    print(
        f"{label:<30} SIGINT at {sent - started:4.1f} s; then message after {when:4.2f} s, "
        f"exit {proc.returncode} after {exited:4.2f} s; processes left in the group: "
        f"{len(group_alive(proc.pid))}; {message}"
    )


def tournament(label: str, folder: Path, scenario: Path, where: list[str]) -> None:
    out = folder / where[0].strip("-")
    results = out / "results.jsonl"
    args = ["tournament", str(scenario), "--agents", "hardliner,frequency,boulware",
            "--rounds", "1000", "--repetitions", "50", "--out", str(out), *where]

    def some_saved() -> bool:
        return results.exists() and results.stat().st_size > 0

    interrupt(label, args, some_saved, settle=2.0)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scenario = folder / "s.yaml"
        scenario.write_text(
            dump_scenario(random_scenario((6, 6, 6, 6), seed=3, reservation_value=0.95))
        )
        tournament("tournament --jobs 2", folder, scenario, ["--jobs", "2"])
        try:
            from distributed import LocalCluster
        except ImportError:
            print("tournament --cluster: skipped, dask distributed is not installed")
        else:
            with LocalCluster(n_workers=1, threads_per_worker=2, dashboard_address=None) as c:
                where = ["--cluster", c.scheduler_address]
                tournament("tournament --cluster", folder, scenario, where)
        # Monte Carlo saves nothing on the way: interrupt it after a fixed time.
        begun = time.monotonic()
        interrupt(
            "forecast --runs 5000 --jobs 2",
            ["forecast", str(FLAGSHIP), "--runs", "5000", "--jobs", "2", "--seed", "1"],
            lambda: time.monotonic() - begun > 20,
        )


if __name__ == "__main__":
    main()
