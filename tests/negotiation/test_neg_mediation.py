"""Single-text mediation reaches agreement where a ZOPA exists, and says why when it fails.

The labour dispute (examples/labour-dispute.yaml) has opposed interests on every issue, so
every one-issue change is vetoed; a mediator that trades across issues and asks the parties
to sign gets a deal inside the ZOPA.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.io import load_scenario
from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import Problem, compile_problem
from accord.negotiation import negotiate

LABOUR = Path(__file__).resolve().parents[2] / "examples" / "labour-dispute.yaml"


@pytest.fixture(scope="module")
def labour() -> Problem:
    return compile_problem(load_scenario(LABOUR))


def _in_zopa(problem: Problem, outcome: int) -> bool:
    return bool((problem.utilities[outcome] >= problem.reservation_values).all())


def test_the_labour_dispute_has_a_zopa_no_single_issue_change_can_reach(labour):
    u = labour.utilities
    assert int((u >= labour.reservation_values).all(axis=1).sum()) == 121
    # Opposed on every issue: changing one issue always leaves one side worse off.
    digits = labour.space.digits(np.arange(labour.n_outcomes))
    for issue, radix in enumerate(labour.space.radices):
        up = digits[:, issue] < radix - 1
        moved = digits[up].copy()
        moved[:, issue] += 1
        delta = u[labour.space.index(moved)] - u[up]
        assert ((delta[:, 0] > 0) & (delta[:, 1] < 0)).all()


@pytest.mark.parametrize("voters", [("hillclimber", "hillclimber"), ("boulware", "linear")])
def test_default_mediator_settles_the_labour_dispute_inside_the_zopa(labour, voters):
    for seed in range(20):
        run = negotiate(labour, voters, mediator="hill_climb", rounds=100, seed=seed)
        assert run.result.reason == "agreement", (seed, run.result.note)
        assert _in_zopa(labour, run.result.agreement)


def test_annealing_mediator_settles_the_labour_dispute_inside_the_zopa(labour):
    for seed in range(20):
        run = negotiate(labour, ["hillclimber"] * 2, mediator="annealing", rounds=100, seed=seed)
        assert run.result.reason == "agreement", (seed, run.result.note)
        assert _in_zopa(labour, run.result.agreement)


def test_mediation_is_deterministic_per_seed(labour):
    first, second = (
        negotiate(labour, ["hillclimber"] * 2, mediator="hill_climb", seed=5) for _ in range(2)
    )
    assert first.trace.outcome == second.trace.outcome
    assert first.trace.action == second.trace.action
    other = negotiate(labour, ["hillclimber"] * 2, mediator="hill_climb", seed=6)
    assert other.trace.outcome != first.trace.outcome


def test_a_refused_ratification_vote_does_not_end_the_talks(labour):
    refused = 0
    for seed in range(20):
        run = negotiate(labour, ["hillclimber"] * 2, mediator="hill_climb", seed=seed)
        actions = run.trace.action
        votes = [i for i, a in enumerate(actions) if a == "ratify"]
        # every vote but the last was refused by someone, and the talks went on after it
        for i in votes[:-1]:
            assert "reject" in actions[i + 1 : i + 3] and i + 3 < len(actions)
        refused += len(votes) - 1
        assert actions[votes[-1] + 1 : votes[-1] + 3] == ["accept", "accept"]
    assert refused > 0


@settings(max_examples=25, deadline=None)
@given(
    radices=st.lists(st.integers(2, 7), min_size=1, max_size=5),
    n_parties=st.integers(2, 5),
    seed=st.integers(0, 2**16),
)
def test_default_mediator_agrees_inside_the_zopa_of_random_scenarios(radices, n_parties, seed):
    # Walk-away values at 70% of the best worst-off utility: a ZOPA exists.
    best_minimum = random_scenario(radices, n_parties, seed=seed).utilities().min(axis=1).max()
    scenario = random_scenario(radices, n_parties, seed=seed, reservation_value=0.7 * best_minimum)
    problem = compile_problem(scenario)
    run = negotiate(problem, ["hillclimber"] * n_parties, mediator="hill_climb", seed=seed)
    assert run.result.reason == "agreement", run.result.note
    assert _in_zopa(problem, run.result.agreement)


def test_a_failed_mediation_says_who_refused_and_how_far_the_texts_fell_short():
    problem = compile_problem(split_the_pie(reservation_values=(0.6, 0.6)))  # no ZOPA
    run = negotiate(problem, ["hillclimber"] * 2, mediator="hill_climb", rounds=40, seed=1)
    assert run.result.reason == "rejected"
    note = run.result.note
    assert re.match(r"(a|b|a and b) rejected the final text; vetoes of the \d+ proposals: a ", note)
    trace = run.trace
    tabled = sorted({o for a, o in zip(trace.action, trace.outcome) if a in ("text", "propose")})
    shortfall = (0.6 - problem.utilities[tabled]).max(axis=1).min()
    assert f"of the {len(tabled)} texts tabled, the closest to acceptable left " in note
    assert f"{shortfall:.3f} below" in note


def test_simulate_prints_why_a_mediation_failed(tmp_path):
    from typer.testing import CliRunner

    from accord.cli.main import app
    from accord.io.yaml import dump_scenario

    path = tmp_path / "pie.yaml"
    path.write_text(dump_scenario(split_the_pie(reservation_values=(0.6, 0.6))))
    args = ["simulate", str(path), "--agents", "hillclimber,hillclimber", "--mediator"]
    result = CliRunner().invoke(app, [*args, "hill_climb", "--rounds", "30"])
    assert result.exit_code == 0, result.output
    assert "no agreement (rejected)" in result.output
    assert "\nwhy: " in result.output and "below their walk-away values" in result.output
