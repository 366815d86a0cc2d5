"""Start-up time of the ``accord`` command: what a user pays on every command.

Run: ``.venv/bin/python benchmarks/bench_startup.py [--runs 10] [--src DIR]``. Prints the
CPU seconds of ``import accord.cli.main`` alone (and the heavy libraries it pulls in), then,
for each command below, the median wall and CPU seconds of the whole process over ``--runs``
fresh processes, with the load average (on a shared machine the wall time includes waiting
for a core; the CPU time does not). ``--src`` measures another copy of the package (``git
archive main src | tar -x -C /tmp/before`` then ``--src /tmp/before/src``: the figures
before a change). Bytecode is cached as for an installed package (a warm-up run writes it
even when ``PYTHONDONTWRITEBYTECODE`` is set): without it every process compiles each
module it imports, which costs as much again.

* ``accord --help``, ``accord agents``: import only, nothing to compute;
* ``accord validate`` and ``accord analyze`` on the flagship: reading, then a point analysis;
* ``accord analyze --robust --json`` on the flagship: 10,000 Monte Carlo draws (issue 9's
  target is under 2 s for the whole process).

Figures (medians of 10 runs; CPU seconds, wall in brackets; load average 5.4-6.1 on the
shared 2 cores, so wall times are about twice what an idle machine shows). Before: every
command imported every command's library (numpy, pydantic and 27 models, rich, PyYAML, the
agents, the protocols, the analysis); after: each imports what it runs (accord.lazy):

==================================  ===============  ===============
command                             before           after
==================================  ===============  ===============
``import accord.cli.main``          0.60, 495 mods   0.11, 159 mods
``accord --help``                   1.09 (2.03)      0.48 (0.94)
``accord agents``                   0.86 (1.72)      0.64 (1.28)
``accord validate`` flagship        0.88 (1.81)      0.76 (1.51)
``accord analyze`` flagship         1.16 (2.36)      0.92 (1.47)
``accord analyze --robust --json``  2.08 (4.18)      1.72 (3.47)
==================================  ===============  ===============

What is left is mostly the libraries themselves: numpy (about 0.15 s CPU), pydantic and the
scenario's models (about 0.15 s), typer (about 0.1 s, and it imports pydantic to convert every
option) and, for ``--help``, typer's rich help formatting (about 0.3 s: rich.markdown,
markdown_it, pygments). ``defer_build`` on the models was measured and not kept: it saves
0.05 s where no scenario is read (``accord agents``) and costs 0.07 s where one is (building
the Scenario's schema in one piece is slower than model by model).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGSHIP = str(ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml")

COMMANDS = [
    ["--help"],
    ["agents"],
    ["validate", FLAGSHIP],
    ["analyze", FLAGSHIP],
    ["analyze", FLAGSHIP, "--robust", "--json"],
]

HEAVY = ("numpy", "pydantic", "rich", "scipy", "matplotlib", "plotly", "dask", "spacy",
         "starlette", "yaml", "jinja2")

IMPORT = f"""
import sys, time
start = time.process_time()
import accord.cli.main
seconds = time.process_time() - start
heavy = [name for name in {HEAVY!r} if name in sys.modules]
print(f"{{seconds:.3f}} {{len(sys.modules)}} {{' '.join(heavy)}}")
"""


def child(argv: list[str], src: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds and stdout of ``python argv`` in a new process."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    before = os.times()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *argv], check=True, capture_output=True, text=True,
                          env=env, cwd=ROOT)
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system)
    return wall, cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    args = parser.parse_args()
    src = args.src.resolve()

    print(f"{src}: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for command in COMMANDS:  # warm-up: writes the bytecode of every module a command uses
        child(["-m", "accord.cli", *command], src)
    lines = [child(["-c", IMPORT], src)[2].split(maxsplit=2) for _ in range(args.runs)]
    seconds = statistics.median(float(line[0]) for line in lines)
    heavy = lines[-1][2].strip() if len(lines[-1]) > 2 else "none"
    print(f"import accord.cli.main: {seconds:.3f} s CPU, {lines[-1][1]} modules; "
          f"heavy libraries loaded: {heavy}")
    for command in COMMANDS:
        runs = [child(["-m", "accord.cli", *command], src)[:2] for _ in range(args.runs)]
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        shown = " ".join("flagship" if part == FLAGSHIP else part for part in command)
        print(f"accord {shown:34} {wall:6.3f} s wall  {cpu:6.3f} s CPU  "
              f"(median of {args.runs}; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
