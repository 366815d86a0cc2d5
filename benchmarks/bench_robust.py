"""Robust analysis speed and memory (issue 9 targets).

Run: ``.venv/bin/python benchmarks/bench_robust.py [--skip-large] [--jobs 2]``. Prints:

* the flagship (15,552 packages, 2 negotiators, its declared uncertainty), 10,000 draws:
  ``accord analyze --robust --json`` as a whole process (target: under 2 s), and the Monte
  Carlo alone in-process;
* 10^6 packages (six issues of ten options, 2 parties, 20% spread), 1,000 draws: the Monte
  Carlo in-process with ``--jobs`` threads (target: under 30 s on 2 cores), with peak traced
  memory (numpy allocations included) to show that blocks bound it.

Wall and CPU seconds are both printed: on a shared machine the wall time includes waiting.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

from accord.analysis.robust import monte_carlo
from accord.io import read_scenario
from accord.model import uncertain_parameters
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.uncertainty import with_spread

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"


def timed(fn, trace: bool = False):
    if trace:
        tracemalloc.start()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return result, wall, cpu, peak


def flagship_process(draws: int) -> tuple[float, float]:
    command = [sys.executable, "-c", "from accord.cli.main import main; main()", "analyze",
               str(FLAGSHIP), "--robust", "--json", "--draws", str(draws)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    before = os.times()
    subprocess.run(command, check=True, capture_output=True, env=env)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    return time.perf_counter() - start, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

    scenario = read_scenario(FLAGSHIP)
    problem = compile_problem(scenario)
    params = uncertain_parameters(scenario)
    for jobs in (1, args.jobs):
        mc, wall, cpu, _ = timed(lambda j=jobs: monte_carlo(problem, params, draws=10_000, jobs=j))
        print(f"flagship Monte Carlo, {problem.n_outcomes:,} packages x 10,000 draws, jobs={jobs}:"
              f" {wall:.2f} s wall, {cpu:.2f} s CPU (P(ZOPA) {mc.p_zopa:.4f})")
    wall, cpu = flagship_process(10_000)
    print(f"flagship `accord analyze --robust --json` (10,000 draws), whole process: "
          f"{wall:.2f} s wall, {cpu:.2f} s CPU")

    if args.skip_large:
        return
    big = with_spread(random_scenario([10] * 6, n_parties=2, seed=1, reservation=0.55), 0.2)
    problem = compile_problem(big)
    params = uncertain_parameters(big)
    mc, wall, cpu, peak = timed(
        lambda: monte_carlo(problem, params, draws=1_000, jobs=args.jobs), trace=True)
    print(f"10^6 packages x 1,000 draws, 2 parties, jobs={args.jobs}: {wall:.1f} s wall, "
          f"{cpu:.1f} s CPU, peak {peak / 2**20:.0f} MB (P(ZOPA) {mc.p_zopa:.3f})")


if __name__ == "__main__":
    main()
