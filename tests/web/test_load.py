"""Load: 50 what-if requests at once against the real server, every one answered right."""

from __future__ import annotations

import json
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from accord.analysis import analyze
from accord.analysis.whatif import adjusted
from accord.io import read_scenario
from accord.model.problem import compile_problem

SID = "gaza-ceasefire-2024-05"
CLIENTS = 50


def post(url: str, body: dict) -> tuple[int, dict, float]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        data = json.loads(response.read())
        seconds = time.perf_counter() - start
        data["server_ms"] = float(response.headers["Server-Timing"].partition("dur=")[2])
        return response.status, data, seconds


def concurrent_whatifs(base_url: str, bodies: list[dict]) -> list[tuple[int, dict, float]]:
    """Send ``bodies`` at once, one thread each, released together."""
    start = threading.Barrier(len(bodies))
    url = f"{base_url}/api/s/{SID}/whatif"

    def one(body):
        start.wait()
        return post(url, body)

    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(one, bodies))


def test_fifty_concurrent_whatifs_all_answered(live_server, flagship_path):
    walk_away = np.round(np.linspace(0.40, 0.60, CLIENTS), 3).tolist()
    bodies = [{"reservation": {"hamas": d}, "weights": {"israel": {"ceasefire": 0.2 + k % 3 / 10}}}
              for k, d in enumerate(walk_away)]
    answers = concurrent_whatifs(live_server, bodies)
    base = compile_problem(read_scenario(flagship_path))
    for body, (status, data, _) in zip(bodies, answers):
        assert status == 200
        expected = analyze(adjusted(base, body["reservation"], body["weights"]))
        assert data["analysis"]["zopa"]["size"] == expected.scan.zopa_size
        assert data["analysis"]["diagnosis"]["shortfall"] == expected.diagnosis.shortfall
        assert data["analysis"]["reservation"][1] == body["reservation"]["hamas"]
    seconds = np.array([t for _, _, t in answers])
    server = np.array([data["server_ms"] for _, data, _ in answers])
    print(f"\n{CLIENTS} concurrent what-ifs: round trip ms p50 {1000 * np.median(seconds):.0f}, "
          f"p95 {1000 * np.percentile(seconds, 95):.0f}, max {1000 * seconds.max():.0f}; "
          f"server ms p50 {np.median(server):.1f}, max {server.max():.1f}")
