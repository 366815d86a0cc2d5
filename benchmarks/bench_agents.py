"""Speed of the ANAC agents, and the 2011-style tournament.

1. Each agent's own thinking time per negotiation: the agent plays a hard-liner (who never
   concedes, so every negotiation runs to its deadline of 1000 rounds) in both roles on each
   ANAC 2011 domain (../shared/data/genius/anac/y2011; synthetic domains of the same issue
   sizes when absent); a thin wrapper times every call into the agent. Printed: the mean
   per negotiation and per turn, and the slowest domain.
2. ``--tournament``: the ANAC 2011 final as accord runs it: the 8 finalists on the 8
   domains, every ordered pairing (both roles), 3 repetitions, deadline in rounds
   (``--rounds``, default 1000), on ``--jobs`` processes (default 2). Printed: wall time,
   negotiations per minute, the standings with 95% bootstrap intervals and the number of
   significant pairwise differences.

NegMAS's native agents are timed side by side only when NegMAS is installed (it is not a
dependency of accord).

Run: ``.venv/bin/python benchmarks/bench_agents.py [--tournament] [--rounds N]``
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time

from accord.model.problem import compile_problem
from accord.negotiation import negotiate
from accord.negotiation.agents import parse_spec
from accord.negotiation.agents.anac import ANAC_AGENTS, FINALISTS_2011
from accord.negotiation.tournament import run_tournament
from anac2011 import domains


class Timed:
    """Delegates to an agent and adds up the CPU time spent in its calls (CPU, not wall,
    time: the figures do not depend on what else the machine runs)."""

    def __init__(self, agent) -> None:
        self.agent = agent
        self.name = getattr(agent, "name", type(agent).__name__)
        self.spent = 0.0
        self.turns = 0

    def _timed(self, method, *args):
        start = time.process_time()
        try:
            return method(*args)
        finally:
            self.spent += time.process_time() - start

    def on_start(self, info):
        if hasattr(self.agent, "on_start"):
            self._timed(self.agent.on_start, info)

    def propose(self, state):
        self.turns += 1
        return self._timed(self.agent.propose, state)

    def respond(self, state, offer):
        return self._timed(self.agent.respond, state, offer)


def agent_times(scenarios, rounds: int) -> None:
    problems = [compile_problem(s) for s in scenarios]
    for p in problems:
        negotiate(p, ["hardliner", "hardliner"], rounds=2)  # rankings and frontier, once
    print(f"\nCPU time per negotiation, {rounds} rounds against a hard-liner, both roles,")
    print(f"{len(problems)} domains ({', '.join(p.scenario.name for p in problems)})")
    print(f"{'agent':<20} {'per negotiation':>16} {'per turn':>10}   slowest domain")
    for name in ANAC_AGENTS:
        spec = parse_spec(name)
        per_domain = []
        turns = 0
        for p in problems:
            spent = 0.0
            for role in (0, 1):
                agent = Timed(spec.build())
                lineup = [agent, "hardliner"] if role == 0 else ["hardliner", agent]
                run = negotiate(p, lineup, rounds=rounds, seed=1, time_limit=None)
                assert run.result.error is None, run.result.error
                spent += agent.spent
                turns += agent.turns
            per_domain.append((spent / 2, p.scenario.name))
        mean = statistics.mean(t for t, _ in per_domain)
        slowest = max(per_domain)
        per_turn = sum(t for t, _ in per_domain) * 2 / max(turns, 1)
        print(
            f"{name:<20} {mean * 1e3:13.1f} ms {per_turn * 1e6:7.0f} us   "
            f"{slowest[1]} {slowest[0] * 1e3:.0f} ms"
        )


def tournament(scenarios, rounds: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as out:
        start, cpu = time.perf_counter(), _cpu()
        summary = run_tournament(
            scenarios, list(FINALISTS_2011), out, repetitions=3, rounds=rounds, jobs=jobs
        )
        elapsed, cpu = time.perf_counter() - start, _cpu() - cpu
    n = summary["negotiations"]
    print(
        f"\nANAC 2011 final: {len(FINALISTS_2011)} agents, {len(scenarios)} domains, all "
        f"ordered pairings, 3 repetitions, {rounds} rounds: {n} negotiations in "
        f"{elapsed:.0f} s on {jobs} processes ({n / elapsed * 60:.0f} per minute; "
        f"{cpu:.0f} CPU seconds in all, {cpu / jobs:.0f} s of wall time on {jobs} idle "
        f"cores), {summary['errors']} errors"
    )
    print(f"{'':>4}{'agent':<18} {'discounted':>10} {'95% interval':>16} {'utility':>8} agree")
    for s in summary["standings"]:
        print(
            f"{s['rank']:>3}. {s['agent']:<18} {s['discounted']:10.3f} "
            f"[{s['low']:.3f}, {s['high']:.3f}] {s['utility']:8.3f} {s['agreement_rate']:6.2f}"
        )
    significant = sum(p["better"] is not None for p in summary["pairwise"])
    print(
        f"{significant} of {len(summary['pairwise'])} pairs differ significantly "
        "(Wilcoxon signed-rank, Holm, 5%)"
    )


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def negmas_reference() -> None:
    try:
        import negmas  # noqa: F401
    except ImportError:
        print("\nNegMAS is not installed: no side-by-side timing of its native agents.")
        return
    print("\nNegMAS is installed: time its native agents on the same domains for comparison.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tournament", action="store_true", help="also run the 2011 final")
    args = parser.parse_args()
    scenarios = domains()
    agent_times(scenarios, args.rounds)
    if args.tournament:
        tournament(scenarios, args.rounds, args.jobs)
    negmas_reference()


if __name__ == "__main__":
    main()
