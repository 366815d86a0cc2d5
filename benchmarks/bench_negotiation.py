"""Negotiation speed: one 1000-round negotiation, and tournament throughput.

* ANAC 2012 CameraC (3,600 outcomes), read from ../shared/data/genius when present, else a
  synthetic domain with the same issue sizes (5, 4, 3, 3, 5, 4);
* a synthetic domain of the Supermarket's size (112,896 outcomes; the real domain is not in
  the shared data, so its issue sizes here, 4 x 7 x 8 x 6 x 7 x 12, are ours);
* tournament throughput: 100-round negotiations per minute over 2 local processes.

NegMAS needs about 0.23 s (Camera) and 1 s (Supermarket) for the 1000-round negotiation;
targets are < 10 ms and < 50 ms, and > 10,000 negotiations a minute. "cold" includes
building the utility arrays, rankings, Pareto frontier and Nash point from the scenario;
"warm" reuses them (as a tournament does). NegMAS is compared only if it is installed.

Run: ``.venv/bin/python benchmarks/bench_negotiation.py``
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from accord.model.generate import random_scenario
from accord.model.problem import compile_problem
from accord.negotiation import negotiate
from accord.negotiation.tournament import run_tournament

ROOT = Path(__file__).resolve().parents[1]
CAMERA = ROOT.parent / "shared" / "data" / "genius" / "anac" / "y2012" / "CameraC"
PAIRS = (("boulware", "boulware"), ("linear", "conceder"), ("boulware", "frequency"))


def camera():
    if CAMERA.is_dir():
        try:
            from accord.io.genius import read_genius

            return read_genius(CAMERA), "ANAC 2012 CameraC"
        except ImportError:
            pass
    synthetic = random_scenario((5, 4, 3, 3, 5, 4), seed=1, reservation_value=0.25)
    return synthetic, "synthetic Camera-size"


def supermarket():
    return random_scenario((4, 7, 8, 6, 7, 12), seed=2), "synthetic Supermarket-size"


def timed(fn, repeat: int = 7) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def single(scenario, label: str) -> None:
    print(f"\n{label}: {scenario.space.size:,} outcomes, 1000 rounds")
    for pair in PAIRS:
        cold, _ = timed(lambda p=pair: negotiate(scenario, list(p), rounds=1000, seed=1), repeat=5)
        problem = compile_problem(scenario)
        run = negotiate(problem, list(pair), rounds=1000, seed=1)
        warm, run = timed(lambda p=pair, s=problem: negotiate(s, list(p), rounds=1000, seed=1))
        r = run.result
        print(
            f"  {' vs '.join(pair):<22} cold {cold * 1e3:7.2f} ms  warm {warm * 1e3:7.2f} ms"
            f"  ({len(run.trace):>5} moves, {r.reason} in round {r.round},"
            f" pareto distance {r.pareto_distance:.3f})"
        )


def throughput() -> None:
    scenarios = [
        camera()[0],
        random_scenario((4, 5, 6), seed=3),
        random_scenario((6, 6, 6, 6), seed=4),
    ]
    agents = ["boulware", "linear", "conceder", "hardliner", "tit_for_tat", "random"]
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        summary = run_tournament(
            scenarios, agents, out, repetitions=20, rounds=100, jobs=2
        )
        elapsed = time.perf_counter() - start
    n = summary["completed"]
    print(
        f"\ntournament: {n:,} negotiations of 100 rounds, 2 processes, {elapsed:.2f} s"
        f" (incl. process start-up) = {n / elapsed * 60:,.0f} per minute"
    )


def negmas_reference() -> None:
    try:
        import negmas  # noqa: F401
    except ImportError:
        print("\nnegmas not installed: no side-by-side comparison (figures above vs 0.23 s / 1 s)")
        return
    print("\nnegmas is installed; compare with its own SAO mechanism on the same domains.")


def main() -> None:
    single(*camera())
    single(*supermarket())
    throughput()
    negmas_reference()


if __name__ == "__main__":
    main()
