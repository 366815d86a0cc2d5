"""Analysis speed and memory: frontier + ZOPA + all solutions + diagnosis.

Run: ``.venv/bin/python benchmarks/bench_analysis.py [--max 10000000]``. Prints one row per
case: outcomes, parties, wall time and peak traced memory (numpy allocations included), then
spaces too large to enumerate (searched: 10^24 outcomes, an issue of 10^7 options).
NegMAS's ``pareto_frontier`` runs beside it when negmas is installed (never a dependency).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from accord.analysis import analyze, pareto_frontier
from accord.model import Scenario
from accord.model.generate import random_scenario

ROOT = Path(__file__).resolve().parents[1]
GENIUS = ROOT.parent / "shared" / "data" / "genius"

SIZES = {
    10**4: [10, 10, 10, 10],
    10**5: [10, 10, 10, 10, 10],
    10**6: [10] * 6,
    10**7: [10] * 7,
}


def measure(fn):
    tracemalloc.start()
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, elapsed, peak / 2**20


def negmas_frontier_seconds(utilities: np.ndarray) -> float | None:
    try:
        from negmas.preferences.ops import pareto_frontier_of  # type: ignore
    except ImportError:
        return None
    start = time.perf_counter()
    pareto_frontier_of(list(map(tuple, utilities)))
    return time.perf_counter() - start


def synthetic(max_size: int) -> None:
    print(f"{'outcomes':>10} {'parties':>7} {'analyze s':>10} {'peak MB':>8} "
          f"{'frontier':>8} {'frontier-only s':>15} {'negmas s':>9}")
    for size, radices in SIZES.items():
        if size > max_size:
            continue
        for parties in (2, 3):
            scenario = random_scenario(radices, parties, seed=size + parties, reservation_value=0.3)
            result, seconds, peak = measure(lambda s=scenario: analyze(s))
            u = scenario.utilities()
            start = time.perf_counter()
            pareto_frontier(u)
            only = time.perf_counter() - start
            negmas = negmas_frontier_seconds(u) if size <= 10**6 else None
            negmas_text = "n/a" if negmas is None else f"{negmas:.2f}"
            print(f"{size:>10,} {parties:>7} {seconds:>10.3f} {peak:>8.0f} "
                  f"{len(result.scan.frontier_index):>8} {only:>15.3f} {negmas_text:>9}")
            del u


def price_and_terms(options: int) -> Scenario:
    """An integer price of ``options`` values beside two issues of 100: buyer and seller."""
    issues = {"price": {"type": "integer", "min": 0, "max": options - 1},
              "volume": {"type": "integer", "min": 0, "max": 99},
              "term": {"type": "integer", "min": 0, "max": 99}}
    parties = {}
    for key, price, term in (("buyer", "decreasing", "increasing"),
                             ("seller", "increasing", "decreasing")):
        parties[key] = {
            "reservation_value": 0.3,
            "weights": {"price": 0.6, "volume": 0.2, "term": 0.2},
            "values": {"price": {"type": "linear", "direction": price},
                       "volume": {"type": "triangular", "peak": 60 if key == "buyer" else 80},
                       "term": {"type": "linear", "direction": term}},
        }
    return Scenario.model_validate({"name": "price", "issues": issues, "parties": parties})


def searched() -> None:
    print(f"\n{'searched space':<28} {'outcomes':>10} {'parties':>7} {'analyze s':>10} "
          f"{'peak MB':>8} {'frontier':>8}")
    cases = [
        ("12 issues of 100", random_scenario([100] * 12, 2, seed=1, reservation_value=0.3)),
        ("12 issues of 100", random_scenario([100] * 12, 3, seed=1, reservation_value=0.3)),
        ("price of 10^7 values", price_and_terms(10**7)),
    ]
    for label, scenario in cases:
        result, seconds, peak = measure(lambda s=scenario: analyze(s))
        size = scenario.space.size
        print(f"{label:<28} {f'{size:.0e}':>10} {len(scenario.negotiators):>7} "
              f"{seconds:>10.2f} {peak:>8.0f} {len(result.scan.frontier_index):>8}")


def genius_domains() -> None:
    if not GENIUS.is_dir():
        print(f"(GENIUS data not found at {GENIUS}: skipping real domains)")
        return
    try:
        from accord.io.genius import read_genius
    except ImportError:
        print("(GENIUS reader not available)")
        return
    folders = sorted({p.parent for p in GENIUS.rglob("*.xml")})
    rows = []
    for folder in folders:
        try:
            scenario = read_genius(folder)
        except Exception as err:  # noqa: BLE001 - report and go on
            print(f"{folder.name}: not loaded ({err})")
            continue
        rows.append((scenario.space.size, folder))
    rows.sort(key=lambda r: r[0], reverse=True)
    print(f"\n{'GENIUS domain':<28} {'outcomes':>14} {'whole process s':>16} {'in-process s':>13}")
    for size, folder in rows[:5]:
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "accord.cli", "analyze", str(folder), "--json"],
            capture_output=True, text=True,
        )
        whole = time.perf_counter() - start
        if proc.returncode:
            print(f"{folder.name:<28} failed: {proc.stderr.strip()[:80]}")
            continue
        scenario = read_genius(folder)
        _, inproc, _ = measure(lambda s=scenario: analyze(s))
        json.loads(proc.stdout)
        print(f"{folder.name:<28} {size:>14,} {whole:>16.2f} {inproc:>13.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=10**7, help="largest synthetic size")
    args = parser.parse_args()
    synthetic(args.max)
    searched()
    genius_domains()


if __name__ == "__main__":
    main()
