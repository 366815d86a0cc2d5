"""Time and peak memory of accord's SMP on KTAB-format inputs of 7 to 160 actors.

Synthetic scenarios are written in KTAB's CSV layout from a fixed seed and read back through
``accord.io.ktab``; KTAB's own sample files in ``../shared/data/ktab`` are added when present.
For comparison (same machine kind), KTAB's smpc needs 0.12 s for 7 actors in 3 dimensions,
0.7 s for 13 in 2, 33 s for 40, 255 s for 80 and over 20 minutes for 160.

Run: ``python benchmarks/bench_forecast.py [sizes...]``
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from accord.forecast import smp
from accord.io.ktab import parse_ktab_csv, read_ktab

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ktab"
KTAB_SECONDS = {7: 0.12, 13: 0.7, 40: 33.0, 80: 255.0, 160: 1200.0}


def synthetic_csv(n: int, d: int, seed: int) -> str:
    """A random KTAB scenario: capabilities 10-200, positions 0-100, saliences summing <= 99."""
    rng = np.random.default_rng(seed)
    lines = [f"Synthetic-{n}x{d},generated for benchmarking,{n},{d},"]
    lines.append("Actor,Description,Power," + ",".join(f"Pos{k},Sal{k}" for k in range(d)) + ",")
    for i in range(n):
        cap = rng.uniform(10, 200)
        sal = rng.uniform(0.1, 1.0, d)
        sal = sal / sal.sum() * rng.uniform(75, 99)
        pos = rng.uniform(0, 100, d)
        cells = ",".join(f"{p:.2f},{s:.2f}" for p, s in zip(pos, sal, strict=True))
        lines.append(f"A{i:03d},synthetic,{cap:.3f},{cells},")
    return "\n".join(lines) + "\n"


def measure(label: str, stakeholders, options=None) -> None:
    t0 = time.perf_counter()
    result = smp(stakeholders, options)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()  # a second, traced run: tracing slows NumPy down too much to time it
    smp(stakeholders, options)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    n = stakeholders.n_actors
    ktab = KTAB_SECONDS.get(n)
    ratio = f"{ktab / elapsed:7.0f}x" if ktab else "       -"
    print(f"{label:<28} {n:>4} {stakeholders.n_dimensions:>3} {result.states:>6} "
          f"{elapsed:>9.3f} {peak / 2**20:>9.1f} {ratio}", flush=True)


def main(sizes: list[int]) -> None:
    print(f"{'input':<28} {'n':>4} {'d':>3} {'states':>6} {'seconds':>9} {'peak MiB':>9} "
          f"{'vs smpc':>8}")
    if SHARED.is_dir():
        scen = read_ktab(SHARED / "dummyData_3Dim.csv")
        measure("dummyData_3Dim.csv", scen.stakeholders, scen.options)
    for n in sizes:
        d = 3 if n == 7 else 2
        scen = parse_ktab_csv(synthetic_csv(n, d, seed=n), file=f"synthetic-{n}")
        measure(f"synthetic seed={n}", scen.stakeholders, scen.options)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [7, 13, 20, 40, 80, 160])
