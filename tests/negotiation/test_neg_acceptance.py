"""Acceptance conditions of Baarslag et al. (2014), on hand-built histories.

Split-the-pie with 10 steps: party ``a`` (the acceptor) values outcome ``x`` at ``x / 10``;
``b`` makes the offers. Relative time is ``round / 10`` (11 rounds).
"""

from __future__ import annotations

import numpy as np
import pytest

from accord.model.generate import split_the_pie
from accord.model.problem import Problem, compile_problem
from accord.negotiation import History, State, Trace, negotiate
from accord.negotiation.agents import (
    ACCombi,
    ACConst,
    ACNext,
    ACPrev,
    ACReservation,
    ACTime,
    Negotiator,
    TimeBasedBidding,
)
from accord.negotiation.session import Session

ROUNDS = 11


def info_for(problem: Problem, party: int = 0):
    return Session(problem, ["linear", "linear"], rounds=ROUNDS, seed=0).info(party)


def history_state(moves, now: int) -> State:
    """``moves``: (round, actor, outcome) offers; the state is that of round ``now``."""
    problem = compile_problem(split_the_pie(10))
    trace = Trace(problem.parties, problem.utilities)
    for r, actor, outcome in moves:
        trace.add_offer(r, r / (ROUNDS - 1), actor, "offer", outcome)
    state = State("saop", ROUNDS, History(trace))
    state.round, state.time = now, now / (ROUNDS - 1)
    return state


@pytest.fixture
def info():
    return info_for(compile_problem(split_the_pie(10)))


def decide(condition, info, state, offer: int, next_offer: int) -> bool:
    condition.prepare(info)
    return condition.accept(state, info.utility[offer], info.utility[next_offer])


def test_ac_next_compares_with_our_next_offer(info):
    state = history_state([(0, 1, 3)], now=1)
    assert decide(ACNext(), info, state, offer=6, next_offer=6)
    assert not decide(ACNext(), info, state, offer=5, next_offer=6)
    # a * 0.5 + b = 1.1 * 0.5 + 0.05 = 0.6 >= 0.6
    assert decide(ACNext(a=1.1, b=0.05), info, state, offer=5, next_offer=6)


def test_ac_prev_compares_with_our_previous_offer_and_never_accepts_before_it(info):
    assert not decide(ACPrev(), info, history_state([(0, 1, 9)], now=0), 9, 0)
    state = history_state([(0, 0, 8), (0, 1, 2), (1, 0, 7), (1, 1, 7)], now=2)
    assert decide(ACPrev(), info, state, offer=7, next_offer=10)  # 0.7 >= 0.7, our last
    assert not decide(ACPrev(), info, state, offer=6, next_offer=0)


def test_ac_const_time_and_reservation(info):
    state = history_state([(0, 1, 2)], now=9)
    assert decide(ACConst(0.4), info, state, 4, 10) and not decide(ACConst(0.4), info, state, 3, 0)
    assert decide(ACTime(0.9), info, state, 0, 10)
    assert not decide(ACTime(0.95), info, state, 0, 10)
    assert decide(ACReservation(), info, state, 0, 10)  # reservation 0


def test_ac_combi_max_w_accepts_late_an_offer_as_good_as_the_best_in_the_window(info):
    # b offered 6 (t=0.1), 5, 4, ..., then 3 at t=0.8 and 4 at t=0.9; at t=0.9 the window
    # is [0.8, 0.9]: received utilities 0.3 (t=0.8, excluded: the window is open at 0.8)
    # and 0.4; MAX^W = 0.4.
    moves = [(1, 1, 6), (2, 1, 5), (3, 1, 5), (8, 1, 3), (9, 1, 4)]
    state = history_state(moves, now=9)
    assert decide(ACCombi(0.9, "max_w"), info, state, offer=4, next_offer=9)
    assert not decide(ACCombi(0.95, "max_w"), info, state, offer=4, next_offer=9)
    # at t = 0.7 the window is [0.4, 0.7]: nothing received, alpha = 0: accept
    assert decide(ACCombi(0.6, "max_w"), info, history_state(moves[:3], now=7), 0, 9)


def test_ac_combi_avg_w_uses_the_mean_of_the_window(info):
    # At t = 0.8 the window is (0.6, 0.8]: offers 0.2 (t=0.7) and 0.5 (t=0.8): mean 0.35.
    moves = [(1, 1, 9), (7, 1, 2), (8, 1, 5)]
    state = history_state(moves, now=8)
    assert decide(ACCombi(0.8, "avg_w"), info, state, offer=4, next_offer=9)
    assert not decide(ACCombi(0.8, "max_w"), info, state, offer=4, next_offer=9)
    assert not decide(ACCombi(0.8, "avg_w"), info, state, offer=3, next_offer=9)
    # before t the condition is AC_next
    assert not decide(ACCombi(0.85, "avg_w"), info, state, offer=4, next_offer=9)
    assert decide(ACCombi(0.85, "avg_w"), info, state, offer=9, next_offer=9)


def test_ac_combi_rejects_bad_parameters():
    with pytest.raises(ValueError, match="alpha"):
        ACCombi(0.9, "max_t")
    with pytest.raises(ValueError, match="t must"):
        ACCombi(1.5)


@pytest.mark.parametrize(
    "condition", [ACNext(), ACPrev(), ACCombi(0.9, "max_w"), ACCombi(0.9, "avg_w")]
)
def test_each_condition_composes_into_an_agent_that_agrees(condition):
    agent = Negotiator(TimeBasedBidding(e=1.0), condition)
    run = negotiate(split_the_pie(20), ["conceder", agent], rounds=40, seed=3)
    assert run.result.agreed
    assert np.isfinite(run.result.utilities).all()
