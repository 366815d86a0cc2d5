"""The dashboard's what-if latency on the flagship, and 50 concurrent what-ifs.

Run: ``.venv/bin/python benchmarks/bench_serve.py [--updates 200]``. Starts ``accord serve``
on a free port, then (1) sends slider updates one at a time, alternating walk-away and
weight changes as a user dragging sliders does, and prints the server's own time per update
(``cpu_ms``: CPU time of the thread that computed the what-if on the cached compiled problem
and its figure, what an idle machine would take; ``elapsed_ms``: the same in wall-clock time;
``Server-Timing``: the whole request, JSON rendering included) and the round trip;
(2) sends 50 what-ifs at once and prints their latency distribution. The issue's target is
under 200 ms per update on the flagship.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

from test_load import SID, concurrent_whatifs, post  # noqa: E402

from conftest import SERVED, free_port  # noqa: E402


def percentiles(values: np.ndarray, unit: float = 1.0) -> str:
    v = np.asarray(values) * unit
    return (f"p50 {np.median(v):7.1f}  p95 {np.percentile(v, 95):7.1f}  "
            f"max {v.max():7.1f}  mean {v.mean():7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    args = parser.parse_args()
    import subprocess
    import urllib.request

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "accord.cli", "serve", str(SERVED[0]),
                               "--port", str(port)], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/api/scenarios", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        whatif = f"{url}/api/s/{SID}/whatif"
        post(whatif, {})  # reads, compiles and analyses the scenario once
        kinds = ("walk-away", "weight")
        cpu_ms, compute_ms, server_ms, trip_s = ({k: [] for k in kinds} for _ in range(4))
        for k in range(args.updates):
            kind = "weight" if k % 2 else "walk-away"
            body = {"reservation": {"hamas": round(0.40 + 0.001 * k, 3)}}
            if kind == "weight":
                body["weights"] = {"israel": {"ceasefire": round(0.10 + 0.001 * k, 3)}}
            _, data, seconds = post(whatif, body)
            cpu_ms[kind].append(data["cpu_ms"])
            compute_ms[kind].append(data["elapsed_ms"])
            server_ms[kind].append(data["server_ms"])
            trip_s[kind].append(seconds)
        print(f"flagship what-ifs, one at a time ({args.updates} updates), ms:")
        for kind in server_ms:
            print(f"  {kind:9} change  CPU       {percentiles(cpu_ms[kind])}")
            print(f"  {kind:9} change  what-if   {percentiles(compute_ms[kind])}")
            print(f"  {kind:9} change  server    {percentiles(server_ms[kind])}")
            print(f"  {kind:9} change  round trip {percentiles(trip_s[kind], 1000)}")
        bodies = [{"reservation": {"hamas": round(0.40 + 0.004 * k, 3)}}
                  for k in range(args.clients)]
        answers = concurrent_whatifs(url, bodies)
        ok = sum(status == 200 for status, _, _ in answers)
        print(f"{args.clients} concurrent what-ifs: {ok} answered 200, ms:")
        print(f"  CPU        {percentiles([d['cpu_ms'] for _, d, _ in answers])}")
        print(f"  server     {percentiles([d['server_ms'] for _, d, _ in answers])}")
        print(f"  round trip {percentiles([t for _, _, t in answers], 1000)}")
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
