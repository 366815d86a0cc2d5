"""Conformance on the GENIUS/ANAC domains: agreements are feasible and every utility in the
trace and the result can be recomputed from the scenario."""

from __future__ import annotations

import numpy as np

from accord.model.problem import compile_problem
from accord.negotiation import negotiate

MAX_OUTCOMES = 200_000  # keep the suite fast; larger spaces are benchmarked, not tested


def domains(root):
    folders = sorted({p.parent for p in root.rglob("*.xml")})
    return [f for f in folders if f.is_dir()]


def test_negotiations_on_genius_domains(genius_root):
    from accord.io.genius import read_genius

    played = 0
    for folder in domains(genius_root):
        scenario = read_genius(folder)
        if scenario.space.size > MAX_OUTCOMES:
            continue
        problem = compile_problem(scenario)
        n = len(scenario.negotiators)
        for agents, mediator in (
            (["boulware", "frequency"], None),
            (["conceder", "tit_for_tat"], None),
            (["hillclimber", "annealer"], "annealing"),
        ):
            lineup = (agents * n)[:n]
            run = negotiate(problem, lineup, mediator=mediator, rounds=120, seed=7)
            played += 1
            assert run.result.error is None, (folder.name, run.result.error)
            _check(scenario, problem, run)
    assert played >= 10


def _check(scenario, problem, run):
    trace = run.trace
    outcome = np.asarray(trace.outcome)
    moves = outcome >= 0
    recomputed = scenario.utilities(index=outcome[moves])
    assert np.allclose(trace.utilities()[moves], recomputed)
    if problem.feasible is not None:
        assert problem.feasible[outcome[moves]].all()
    result = run.result
    d = np.array([scenario.parties[k].discount_factor or 1.0 for k in scenario.negotiators])
    if result.agreed:
        raw = scenario.utilities(index=np.array([result.agreement]))[0]
        assert run.outcome == scenario.space.outcome(result.agreement)
    else:
        raw = scenario.reservation_values()
    assert np.allclose(result.raw_utilities, raw)
    assert np.allclose(result.utilities, raw * d**result.time)
    assert result.pareto_distance >= 0
