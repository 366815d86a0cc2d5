"""Opponent-model accuracy and cost, measured as Baarslag et al. (2013) do.

On each ANAC 2011 domain (../shared/data/genius/anac/y2011; synthetic domains of the same
issue sizes when absent), a Boulware agent (e = 0.2) negotiates 1000 rounds against each
opponent (time-based, random and four ANAC agents), in both roles. Each model then
replays, move by move, the offers the observer received; at 10%, 50% and 100% of the
negotiation its estimate of the opponent's utility over the whole outcome space is
compared with the truth: Pearson correlation (higher is better) and Pareto-frontier
distance (the area between the true frontier and the believed one placed at true
utilities; lower is better). "update" is the mean time a model takes to read one
received offer.

Run: ``.venv/bin/python benchmarks/bench_opponent_models.py``
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from accord.model.problem import compile_problem
from accord.negotiation import History, State, Trace, negotiate
from accord.negotiation.agents import (
    BayesianModel,
    FrequencyModel,
    HardHeadedModel,
    SmithModel,
    model_accuracy,
)
from accord.negotiation.session import Session
from anac2011 import SIZES, domains

MODELS = {
    "bayesian": BayesianModel,
    "hardheaded": HardHeadedModel,
    "smith": SmithModel,
    "frequency": FrequencyModel,
}
OPPONENTS = ("boulware", "conceder", "random", "hardheaded", "agentk", "cuhkagent", "atlas3")
CHECKPOINTS = (0.1, 0.5, 1.0)
ROUNDS = 1000


def replay(model, problem, run, me: int):
    """Feed ``model`` the negotiation's moves in order; accuracy at each checkpoint."""
    info = Session(problem, None, rounds=ROUNDS, seed=0).info(me)
    model.prepare(info)
    opponent = problem.parties[1 - me]
    trace = Trace(problem.parties, problem.utilities)
    state = State("saop", ROUNDS, History(trace))
    t = run.trace
    everything = np.arange(problem.n_outcomes)
    own, true = problem.utilities[:, me], problem.utilities[:, 1 - me]
    results, pending, spent, updates = [], list(CHECKPOINTS), 0.0, 0
    for r, time_, actor, action, outcome in zip(t.round, t.time, t.actor, t.action, t.outcome):
        while pending and time_ > pending[0]:
            results.append(model_accuracy(model.estimate_for(opponent, everything), own, true))
            pending.pop(0)
        if action != "offer":
            continue
        trace.add_offer(r, time_, actor, action, outcome)
        if actor != me:
            start = time.perf_counter()
            model.update(state)
            spent += time.perf_counter() - start
            updates += 1
    while pending:
        results.append(model_accuracy(model.estimate_for(opponent, everything), own, true))
        pending.pop(0)
    return results, spent / max(updates, 1)


def main() -> None:
    scores = {m: [[] for _ in CHECKPOINTS] for m in MODELS}
    frontier = {m: [[] for _ in CHECKPOINTS] for m in MODELS}
    cost = {m: [] for m in MODELS}
    for scenario in domains():
        problem = compile_problem(scenario)
        print(f"{scenario.name}: {problem.n_outcomes:,} outcomes", flush=True)
        for opponent in OPPONENTS:
            for me in (0, 1):
                agents = ["boulware", opponent] if me == 0 else [opponent, "boulware"]
                run = negotiate(problem, agents, rounds=ROUNDS, seed=1)
                for label, cls in MODELS.items():
                    results, per_update = replay(cls(), problem, run, me)
                    cost[label].append(per_update)
                    for k, accuracy in enumerate(results):
                        if not np.isnan(accuracy.pearson):
                            scores[label][k].append(accuracy.pearson)
                        frontier[label][k].append(accuracy.pareto_distance)
    print(f"\n{len(SIZES)} domains x {len(OPPONENTS)} opponents x 2 roles, {ROUNDS} rounds")
    head = "  ".join(f"t={c:<4}" for c in CHECKPOINTS)
    print(f"{'model':<11} Pearson ({head})   Pareto distance ({head})   update")
    for label in MODELS:
        pearson = "  ".join(f"{statistics.mean(v):6.3f}" for v in scores[label])
        pareto = "  ".join(f"{statistics.mean(v):6.3f}" for v in frontier[label])
        per = statistics.mean(cost[label]) * 1e6
        print(f"{label:<11} {pearson:>30}   {pareto:>36}   {per:6.0f} us")


if __name__ == "__main__":
    main()
