r"""Backtest speed: every model on hundreds of small issues, before and after batching.

Data sets: ``../shared/data/backtest/deu-dev.csv`` (169 real EU decisions, about 20 actors
each) when present, and a synthetic set of 350 issues with 25 actors each in the same style
(positions on a grid, some saliences 0), generated from a fixed seed. On DEU, the exchange
models trade within proposals (``d00032i1``, ``d00032i2`` are issues of ``d00032``); the
synthetic issues stand alone.

First, the whole command as a user runs it, ``accord backtest deu-dev.csv --proposal-pattern
'([a-z]\d+)i\d+' --json`` (every model, 10-fold cross-validation), in a new process: wall,
user and system CPU seconds (best of ``--repeat``) with the load average.  System time is
mostly the kernel handing out fresh memory pages (minor page faults, also printed).

Then the command's phases, each in a new process per source tree (CPU seconds, best of
``--repeat``): importing what the command imports, reading and checking the table, each
model alone (``backtest(table, [model])``), all of them together, the bootstrap intervals,
the 10-fold cross-validation and the JSON document.

``--before SRC`` times an older accord source tree (e.g. ``git worktree add /tmp/old 96de6b0``
then ``--before /tmp/old/src``) on the same files: its command in a new process, and in a
subprocess its batched backtest (a tree from before batching: issue by issue through its
``run_model``; issues it cannot run are counted, not timed).  Per-model times are CPU
seconds of the measuring process (best of ``--repeat``), which a busy machine disturbs less
than wall time.

Run: ``python benchmarks/bench_backtest.py [--before SRC] [--repeat N]``

Figures of session 5 (issue 13 item 5), before = main at 1d64f40 (seven models, the
position choice included), after = the SMP's padded batches, the choice reusing the
exchange model's results and the lighter imports; CPU seconds, best of 2, load average
1.2-1.5 on the shared 2 cores:

==================================  ============  ============
phase                               before        after
==================================  ============  ============
imports                             0.47          0.32
smp (alone)                         2.84          2.28
all seven models                    4.41          3.73
whole command, CPU (user + system)  4.77 + 0.25   4.25 + 0.30
whole command, wall                 4.97          4.53
==================================  ============  ============

EUM padded the same way got slower (1.4 s against 1.2 s CPU: its rounds are arithmetic,
not numpy calls), and so did its voters' loop as one array (1.5-2.0 s: out of cache); SMP
batches of runs within 80 % of the largest one's size took 2.12 s, within 60-70 % 2.07-
2.10 s, one size per batch 2.65 s.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

DEU = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "backtest" / "deu-dev.csv"
MODELS = ("smp", "eum", "mean", "median", "exchange", "exchange-random", "choice")
DEU_PROPOSALS = r"([a-z]\d+)i\d+"  # d00032i1 is an issue of proposal d00032


def synthetic_table(issues: int = 350, actors: int = 25, seed: int = 0) -> str:
    """A backtest table in the style of the DEU data (invented numbers).

    As in the real data: each issue has two to six distinct positions, mostly at the ends
    of the scale, with most actors on one of them; saliences are mostly 0.5 (the value the
    data set uses when experts give none), about 5 % are 0; capabilities are fixed per actor
    and spread like Council votes.
    """
    rng = np.random.default_rng(seed)
    cap = np.round(rng.choice([0.03, 0.08, 0.2, 0.3, 0.5, 1.0, 1.5, 2.1, 2.8], actors), 2)
    cap[:2] = 4.1  # the Commission and the Parliament
    levels = [0, 100, 50, 60, 80, 70, 30, 40, 20, 25, 75, 90]
    sal_values = [0.5, 0.8, 0.6, 0.7, 0.2, 1.0, 0.3, 0.4, 0.9, 0.0, 0.1]
    sal_p = np.array([15, 9, 8, 7, 6, 5, 5, 5, 4, 5, 2], dtype=float)
    lines = ["issue,actor,position,salience,capability"]
    for k in range(issues):
        distinct = rng.choice(levels[:2], 2, replace=False).tolist() + rng.choice(
            levels[2:], rng.integers(0, 5), replace=False).tolist()
        share = rng.dirichlet([4.0] + [1.0] * (len(distinct) - 1))
        pos = rng.choice(distinct, size=actors, p=share)
        sal = rng.choice(sal_values, size=actors, p=sal_p / sal_p.sum())
        for i in range(actors):
            lines.append(f"s{k:03d},a{i:02d},{pos[i]},{sal[i]},{cap[i]}")
        lines.append(f"s{k:03d},__outcome__,{rng.choice(distinct)},,")
    return "\n".join(lines) + "\n"


def _cpu(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


# runs in the child: the command, then its CPU seconds and page faults on stderr's last line
CLI = """
import atexit, resource, sys
def _usage():
    r = resource.getrusage(resource.RUSAGE_SELF)
    print(r.ru_utime, r.ru_stime, r.ru_minflt, file=sys.stderr)
atexit.register(_usage)
from accord.cli.main import main
main()
"""


def command(src: Path, path: Path, pattern: str, repeat: int) -> dict:
    """``accord backtest PATH --proposal-pattern PATTERN --json`` from source tree ``src`` in
    a new process: the best wall time of ``repeat`` and that run's CPU seconds and faults."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    best: dict = {}
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CLI, "backtest", str(path),
                               "--proposal-pattern", pattern, "--json"], check=True,
                              capture_output=True, text=True, env=env)
        wall = time.perf_counter() - start
        user, system, faults = done.stderr.strip().splitlines()[-1].split()
        if not best or wall < best["wall"]:
            best = {"wall": wall, "user": float(user), "sys": float(system),
                    "faults": int(faults), "mae": json.loads(done.stdout)["mae"]}
    return best


# runs in the child: the command's phases, CPU seconds each, as JSON on stdout
PHASES = """
import json, sys, time
t0 = time.process_time()
import accord.cli.main, accord.forecast, accord.io.backtest, accord.forecast.selection
import accord.report.json, accord.report.forecast_text
out = {"import": time.process_time() - t0}
from accord.forecast import MODELS, backtest
from accord.forecast.selection import cross_validate
from accord.io.backtest import read_backtest_table
from accord.report.json import to_json
path, pattern, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])

def cpu(name, fn):
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        value = fn()
        best = min(best, time.process_time() - t)
    out[name] = best
    return value

table = cpu("read", lambda: read_backtest_table(path, pattern))
for m in MODELS:
    cpu(m, lambda: backtest(table, [m]))
report = cpu("all models", lambda: backtest(table))
cpu("bootstrap", report.mae_interval)
cv = cpu("cross-validation", lambda: cross_validate(report, 10))
cpu("json", lambda: to_json(report, cross_validation=cv))
print(json.dumps(out))
"""


def phases(src: Path, path: Path, pattern: str, repeat: int) -> dict:
    """CPU seconds of each phase of the command, from source tree ``src``, in a new process
    (imports are timed once: a second import costs nothing)."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", PHASES, str(path), pattern, str(repeat)],
                          check=True, capture_output=True, text=True, env=env)
    return json.loads(done.stdout)


def measure_new(path: Path, repeat: int, pattern: str | None = None) -> dict:
    """Each model's backtest alone (the exchange models by proposal), then all of them."""
    from accord.forecast import backtest
    from accord.forecast.montecarlo import MODELS as known
    from accord.io.backtest import read_backtest_table

    data = read_backtest_table(path, pattern)
    out = {m: {"seconds": _cpu(lambda m=m: backtest(data, [m]), repeat),
               "failed": len(backtest(data, [m]).skipped) - len(data.skipped)}
           for m in MODELS if m in known}
    out["backtest"] = {"seconds": _cpu(lambda: backtest(data), repeat), "failed": 0}
    return out


def measure_old(path: Path, repeat: int, pattern: str | None = None) -> dict:
    """A tree with batched backtests as :func:`measure_new`; an older one issue by issue
    through ``run_model`` (works with any accord version)."""
    try:
        from accord.io.backtest import read_backtest_table  # noqa: F401
    except ImportError:
        pass
    else:
        return measure_new(path, repeat, pattern)
    from accord.forecast import parse_backtest, run_model

    issues = parse_backtest(path.read_text(encoding="utf-8-sig"), file=path)
    from accord.forecast.montecarlo import MODELS as known

    out = {}
    for m in (m for m in MODELS if m in known):
        failed = 0

        def run(m=m) -> None:
            nonlocal failed
            failed = 0
            for it in issues:
                try:
                    run_model(m, it.stakeholders)
                except ValueError:
                    failed += 1

        out[m] = {"seconds": _cpu(run, repeat), "failed": failed}
    out["backtest"] = {"seconds": sum(v["seconds"] for v in out.values()), "failed": 0}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, help="source tree (its src/) of an older accord")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--measure-old", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--pattern", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure_old:
        print(json.dumps(measure_old(args.measure_old, args.repeat, args.pattern)))
        return
    if DEU.is_file():
        runs = [("after", Path(__file__).resolve().parents[1] / "src")]
        if args.before:
            runs.insert(0, ("before", args.before))
        for label, src in runs:
            c = command(src, DEU, DEU_PROPOSALS, args.repeat)
            print(f"accord backtest deu-dev.csv (all models, 10 folds), {label}: "
                  f"{c['wall']:.2f} s wall, {c['user']:.2f} s user + {c['sys']:.2f} s system CPU, "
                  f"{c['faults']} page faults (load average {os.getloadavg()[0]:.1f} on "
                  f"{os.cpu_count()} cores)", flush=True)
        found = {label: phases(src, DEU, DEU_PROPOSALS, args.repeat) for label, src in runs}
        names = list(dict.fromkeys(k for v in found.values() for k in v))
        print(f"{'phase (CPU s)':<18}" + "".join(f"{label:>9}" for label, _ in runs))
        for name in names:
            print(f"{name:<18}" + "".join(f"{found[label].get(name, float('nan')):>9.3f}"
                                          for label, _ in runs))
        print(f"(load average {os.getloadavg()[0]:.1f})", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        sets = []
        if DEU.is_file():
            sets.append(("deu-dev.csv", DEU, DEU_PROPOSALS))
        else:
            print(f"({DEU} not found: real data skipped)")
        synth = Path(tmp) / "synthetic-350x25.csv"
        synth.write_text(synthetic_table())
        sets.append(("synthetic 350x25", synth, None))
        from accord.io.backtest import read_backtest_table

        print(f"{'data':<18} {'issues':>6} {'actors':>6} {'model':<15} {'before s':>9} "
              f"{'after s':>8} {'speed-up':>8}  notes")
        for label, path, pattern in sets:
            data = read_backtest_table(path)
            mean_n = np.mean([it.stakeholders.n_actors for it in data.issues])
            new = measure_new(path, args.repeat, pattern)
            old = None
            if args.before:
                proc = subprocess.run(
                    [sys.executable, __file__, "--measure-old", str(path), "--repeat",
                     str(args.repeat), *(("--pattern", pattern) if pattern else ())],
                    capture_output=True, text=True, check=True,
                    env={"PYTHONPATH": str(args.before), "PATH": ""})
                old = json.loads(proc.stdout)
            for m in (*MODELS, "backtest"):
                b = old[m]["seconds"] if old and m in old else float("nan")
                a = new[m]["seconds"]
                note = f"before: {old[m]['failed']} issues failed" if old and m in old and old[
                    m]["failed"] else ""
                name = "all (backtest)" if m == "backtest" else m
                print(f"{label:<18} {len(data.issues):>6} {mean_n:>6.1f} {name:<15} "
                      f"{b:>9.2f} {a:>8.2f} {b / a:>7.1f}x  {note}", flush=True)


if __name__ == "__main__":
    main()
