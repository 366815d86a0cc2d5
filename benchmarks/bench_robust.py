"""Robust analysis speed and memory (issue 9 targets).

Run: ``.venv/bin/python benchmarks/bench_robust.py [--skip-large] [--jobs 2]``. Prints, for
each target, wall seconds, CPU seconds and peak memory (the process's maximum resident
set), each case in a fresh process so that one does not warm up the other:

* the flagship (15,552 packages, 2 negotiators, its declared uncertainty), 10,000 draws:
  ``accord analyze --robust --json`` as a whole process, with ``--jobs 1`` and
  ``--jobs N`` (target: under 2 s), then the CPU seconds of its parts in-process (import,
  reading, Monte Carlo, sensitivity, deferrals);
* 10^6 packages (six issues of ten options, 2 parties, 20% spread), 1,000 draws: the Monte
  Carlo with ``--jobs`` threads (target: under 30 s on 2 cores), whose memory the search's
  bounded expansion keeps flat. Twice: the parties' tables drawn independently, walk-away
  values 0.55, where every draw has a ZOPA (P(ZOPA) 1.000); then opposed (the second
  party's table is the first's upside down, so what one gains the other loses; the best
  package's smallest utility is 0.62) with walk-away values 0.62, where about half the draws
  have a ZOPA and most packages lie near a walk-away value (picked by trying 0.5, 0.6, 0.62
  and 0.7: P(ZOPA) 1.0, 0.64, 0.52, 0.11). The pruned search's cost follows the number of
  packages every party accepts (each is counted), not P(ZOPA): the first case is the slower.

Wall and CPU seconds are both printed with the load average: on a shared machine the wall
time includes waiting for a core.

Figures before and after the pruned search are in docs/robust.md ("Speed"); before it, under
load average 2-10: flagship 25-59 s wall, 9-10 s CPU; 10^6 x 1,000: 345-475 s wall, 64-78 s CPU.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"

# runs in the child: the command or the case, then its own peak memory on stderr's last line
MEASURED = """
import atexit, resource, sys
atexit.register(lambda: print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                              file=sys.stderr))
"""

#: The 10^6 cases: walk-away values and the parties' tables (independent, or opposed).
LARGE_CASES = ((0.55, "independent"), (0.62, "opposed"))

CLI = MEASURED + "from accord.cli.main import main\nmain()\n"

LARGE = MEASURED + """
from accord.analysis.robust import monte_carlo
from accord.model import uncertain_parameters
from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.model.uncertainty import with_spread
from accord.model import Scenario
walk_away, opposed = float(sys.argv[2]), sys.argv[3] == "opposed"
doc = random_scenario([10] * 6, n_parties=2, seed=1, reservation_value=walk_away).model_dump()
if opposed:  # the second party's tables: the first's upside down (best option still 1)
    for issue, value in doc["parties"]["p0"]["values"].items():
        low = min(value["table"].values())
        doc["parties"]["p1"]["values"][issue]["table"] = {
            option: 1 - x + low for option, x in value["table"].items()}
scenario = with_spread(Scenario.model_validate(doc), 0.2)
problem = compile_problem(scenario)
mc = monte_carlo(problem, uncertain_parameters(scenario), draws=1_000, jobs=int(sys.argv[1]))
print(mc.p_zopa)
"""

PARTS = """
import time
start = time.process_time()
# the command's imports: the command line, then what analyze --robust --json loads when it runs
import accord.cli.main, accord.analysis.robust, accord.io.detect, accord.io.yaml, accord.report.json
marks = [("import", time.process_time() - start)]
def mark(label, since):
    marks.append((label, time.process_time() - since))
from accord.io import read_with_warnings
from accord.analysis import analyze
from accord.analysis.robust import deferrals, monte_carlo, sensitivity
from accord.model import uncertain_parameters
from accord.model.problem import compile_problem
t = time.process_time(); scenario, _ = read_with_warnings(PATH); mark("read", t)
t = time.process_time(); analyze(scenario); mark("point analysis", t)
problem = compile_problem(scenario)
params = uncertain_parameters(scenario)
t = time.process_time(); mc = monte_carlo(problem, params, draws=10_000); mark("Monte Carlo", t)
t = time.process_time(); sensitivity(problem, params); mark("sensitivity", t)
t = time.process_time(); deferrals(problem, mc.sample.rows(slice(0, 2000))); mark("deferrals", t)
print("  ".join(f"{label} {seconds:.2f}" for label, seconds in marks))
"""


def child(code: str, *args: str) -> tuple[float, float, float, str]:
    """Wall and CPU seconds, peak resident MB and stdout of ``code`` in a new process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], check=True,
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    peak = int(done.stderr.strip().splitlines()[-1]) / 1024  # kB on Linux
    return wall, cpu, peak, done.stdout


def load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()

    for jobs in sorted({1, args.jobs}):
        print(load())
        wall, cpu, peak, out = child(CLI, "analyze", str(FLAGSHIP), "--robust", "--json",
                                     "--jobs", str(jobs))
        p_zopa = json.loads(out)["robust"]["p_zopa"]
        print(f"flagship `accord analyze --robust --json --jobs {jobs}` (15,552 packages x "
              f"10,000 draws), whole process: {wall:.2f} s wall, {cpu:.2f} s CPU, peak "
              f"{peak:.0f} MB (P(ZOPA) {p_zopa:.4f}; target: under 2 s)")
    parts = PARTS.replace("PATH", repr(str(FLAGSHIP)))
    print("  its parts, CPU seconds:", child(MEASURED + parts)[3].strip())

    if args.skip_large:
        return
    for walk_away, tables in LARGE_CASES:
        print(load())
        wall, cpu, peak, out = child(LARGE, str(args.jobs), str(walk_away), tables)
        print(f"10^6 packages x 1,000 draws, 2 parties ({tables} tables, walk-away values "
              f"{walk_away}), jobs={args.jobs}: {wall:.1f} s wall, {cpu:.1f} s CPU, peak "
              f"{peak:.0f} MB (P(ZOPA) {float(out):.3f}; target: under 30 s on 2 cores)")


if __name__ == "__main__":
    main()
