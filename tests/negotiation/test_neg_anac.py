"""The ANAC agents behave as their papers describe, on hand-built domains.

Most tests use split-the-pie with 200 steps: outcome ``x`` is worth ``x / 200`` to party
``a`` and ``1 - x / 200`` to ``b``, so an agent's utility of every offer is read off the
outcome index.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest

from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation import History, State, Trace, negotiate
from accord.negotiation.agents import AGENTS, parse_spec
from accord.negotiation.agents.anac import ANAC_AGENTS, FINALISTS_2011
from accord.negotiation.agents.anac.agentgg import agentgg_threshold
from accord.negotiation.agents.anac.agentk import (
    AgentKAcceptance,
    KTarget,
    acceptance_probability,
    agentk_target,
)
from accord.negotiation.agents.anac.atlas3 import Atlas3Bidding, atlas3_threshold
from accord.negotiation.agents.anac.bramagent import bram_threshold
from accord.negotiation.agents.anac.cuhkagent import cuhk_threshold
from accord.negotiation.agents.anac.hardheaded import hardheaded_threshold
from accord.negotiation.agents.anac.iamhaggler import gaussian_process_prediction
from accord.negotiation.agents.anac.ponpoko import ponpoko_band
from accord.negotiation.agents.anac.thefawkes import TheFawkesAcceptance
from accord.negotiation.agents.anac.thenegotiator import thenegotiator_threshold
from accord.negotiation.session import Session

PIE = 200
ROUNDS = 1000


def pie(discount: float | None = None):
    return split_the_pie(PIE, discount_factors=(discount, None))


def offers_of(run, party: int = 0):
    """(time, own utility) of each offer ``party`` made."""
    t = run.trace
    u = run.trace.utilities()
    rows = [k for k, (a, act) in enumerate(zip(t.actor, t.action)) if a == party and act == "offer"]
    return np.array([t.time[k] for k in rows]), u[rows, party]


def state_with(problem, moves, now_round: int, rounds: int = ROUNDS) -> State:
    """A public state after ``moves`` (round, actor, action, outcome)."""
    trace = Trace(problem.parties, problem.utilities)
    for r, actor, action, outcome in moves:
        time = r / (rounds - 1)
        if action == "offer":
            trace.add_offer(r, time, actor, action, outcome)
        else:
            trace.add(r, time, actor, action, outcome)
    state = State("saop", rounds, History(trace))
    state.round, state.time = now_round, now_round / (rounds - 1)
    return state


def test_every_anac_agent_is_registered_and_names_ignore_case_and_hyphens():
    assert len(ANAC_AGENTS) == 16 and set(ANAC_AGENTS) <= set(AGENTS)
    assert parse_spec("Hard-Headed").text == "hardheaded"
    assert parse_spec("IAMhaggler2011").text == "iamhaggler2011"
    assert parse_spec("Nice_Tit_For_Tat").text == "nicetitfortat"
    assert parse_spec("AgreeableAgent2018").text == "agreeableagent2018"
    assert set(FINALISTS_2011) <= set(ANAC_AGENTS)


# -- HardHeaded ----------------------------------------------------------------------------


def test_hardheaded_never_offers_below_its_threshold_and_holds_out_until_the_end():
    run = negotiate(pie(), ["hardheaded", "conceder"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    floor = np.array([hardheaded_threshold(t) for t in times])
    assert (utilities >= floor - 1e-9).all()
    assert utilities.min() >= 0.585 - 1e-9
    # before its final phase (t = 0.9, where p = 0.9313) it offers nothing below 0.93
    assert utilities[times < 0.9].min() >= hardheaded_threshold(0.9) - 1e-9
    assert run.result.agreed and run.result.raw_utilities[0] >= 0.585


def test_hardheaded_accepts_nothing_below_its_lowest_offer_against_a_hardliner():
    run = negotiate(pie(), ["hardheaded", "hardliner"], rounds=ROUNDS, seed=1)
    assert not run.result.agreed  # the hard-liner's offer is worth 0 to HardHeaded


# -- AgentK and AgentK2 ---------------------------------------------------------------------


def test_agentk_acceptance_probability_rule():
    # received 0.4 and 0.6 at t = 0.5: e_max = 0.6732, alpha = 6, target = 0.9811
    k = agentk_target(np.array([0.4, 0.6]), 0.5)
    assert k.alpha == 6.0
    expected = 0.5**6 / 5 + (0.9 - k.estimate_max) + (0.9 - k.target)
    assert acceptance_probability(0.9, k, 0.5) == pytest.approx(expected)
    assert acceptance_probability(0.7, k, 0.5) == 0.0  # negative: never
    assert acceptance_probability(0.8, KTarget(0.8, 4.0, 0.8), 0.5) == 0.0  # 1/80 < 0.1


def test_agentk_accepts_with_that_probability_drawn_from_the_seeded_generator():
    problem = compile_problem(pie())
    info = Session(problem, None, rounds=ROUNDS, seed=3).info(0)
    # the opponent offered 80 (0.4) and 120 (0.6); at t = 0.5 it offers 180 (0.9)
    state = state_with(problem, [(0, 1, "offer", 80), (1, 1, "offer", 120)], 0)
    state.time = 0.5
    k = agentk_target(np.array([0.4, 0.6]), 0.5)
    p = acceptance_probability(0.9, k, 0.5)
    acceptance = AgentKAcceptance()
    acceptance.prepare(info)
    draws = copy.deepcopy(info.rng).random(4000)
    decisions = [acceptance.accept(state, 0.9, 1.0) for _ in range(4000)]
    assert decisions == list(p > draws)
    assert abs(np.mean(decisions) - p) < 0.03


def test_agentk2_scales_its_target_by_the_discount():
    k = agentk_target(np.array([0.4, 0.6]), 0.5)
    plain = acceptance_probability(0.9, k, 0.5)
    discounted = acceptance_probability(0.9, k._replace(target=k.target * 0.5**0.5), 0.5)
    assert discounted > plain  # a lower target makes the same offer more acceptable
    run = negotiate(pie(discount=0.5), ["agentk2", "boulware"], rounds=200, seed=2)
    assert run.result.error is None


# -- Gahboninho -----------------------------------------------------------------------------


def test_gahboninho_probes_from_1_down_to_0925_and_accepts_above_095_early():
    run = negotiate(pie(), ["gahboninho", "hardliner"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    probe = utilities[2:42]  # its first two offers are its best
    assert (utilities[:2] == 1.0).all()
    assert probe.min() >= 0.925 - 1e-9 and (np.diff(probe) <= 1e-9).all()
    # an opponent that opens with 0.96 for Gahboninho (it asks 0.04 for itself) is
    # accepted at once in the probing phase
    generous = negotiate(pie(), ["timebased(e=1,k=0.96)", "gahboninho"], rounds=ROUNDS)
    assert generous.result.agreed and generous.result.round <= 3


# -- IAMhaggler2011 --------------------------------------------------------------------------


def test_iamhaggler_targets_one_minus_half_time_in_the_first_slot():
    run = negotiate(pie(), ["iamhaggler2011", "hardliner"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    first = (times > 0) & (times < 1 / 36)
    assert first.sum() > 10
    assert np.all(np.abs(utilities[first] - (1 - times[first] / 2)) <= 0.025 + 1e-9)


def test_iamhaggler_accepts_when_102_percent_of_an_offer_exceeds_09():
    # the opponent opens with 0.885 for IAMhaggler: 1.02 x 0.885 = 0.9027 > 0.9
    run = negotiate(pie(), ["iamhaggler2011", "timebased(e=1,k=0.885)"], rounds=ROUNDS)
    assert run.result.agreed and run.result.round <= 1


def test_gaussian_process_recovers_a_smooth_series():
    x = np.linspace(0.05, 0.65, 13)
    y = 0.5 * np.sin(6 * x)
    mean, variance = gaussian_process_prediction(x, y, np.array([0.3, 0.95]))
    assert mean[0] == pytest.approx(0.5 * np.sin(1.8), abs=0.03)
    assert variance[1] > variance[0]  # less certain away from the data


# -- TheNegotiator ---------------------------------------------------------------------------


def test_thenegotiator_threshold_falls_by_phase():
    info = Session(compile_problem(pie()), None, rounds=ROUNDS, seed=0).info(0)
    end1, end2 = 140 / 180, 175 / 180
    assert thenegotiator_threshold(info, 0.5) == pytest.approx(1 - 0.5 / end1 / 8)
    assert thenegotiator_threshold(info, 0.9) == pytest.approx(
        0.875 - (0.9 - end1) / (35 / 180) * 0.25
    )
    assert thenegotiator_threshold(info, 1.0) == pytest.approx(0.0)
    assert thenegotiator_threshold(info, end2 - 1e-9) == pytest.approx(0.625)


def test_thenegotiator_accepts_anything_in_its_last_15_moves():
    run = negotiate(pie(), ["thenegotiator", "hardliner"], rounds=ROUNDS, seed=1)
    assert run.result.agreed and run.result.raw_utilities[0] == 0.0
    assert run.result.round >= ROUNDS - 1 - 15


# -- BRAMAgent -------------------------------------------------------------------------------


def test_bramagent_threshold_phases_and_opening():
    assert bram_threshold(0.3, 1.0, 0.0) == pytest.approx(0.93)
    assert bram_threshold(0.8, 1.0, 0.0) == pytest.approx(0.85)
    assert bram_threshold(0.96, 1.0, 0.0) == pytest.approx(0.7)
    assert bram_threshold(0.99, 1.0, 0.0) == pytest.approx(0.2)
    run = negotiate(pie(), ["bramagent", "boulware"], rounds=ROUNDS, seed=1)
    _, utilities = offers_of(run)
    assert (utilities[:10] == 1.0).all()  # its best until it has seen 10 offers


# -- ValueModelAgent -------------------------------------------------------------------------


def test_valuemodelagent_approves_nothing_below_07_before_its_chicken_game():
    run = negotiate(pie(), ["valuemodelagent", "conceder"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    assert utilities[times <= 0.9].min() >= 0.7 - 1e-9
    assert run.result.agreed


# -- Nice Tit for Tat ------------------------------------------------------------------------


def test_nicetitfortat_does_not_concede_to_an_opponent_that_does_not():
    # The opponent never concedes: the target stays 1, less the undiscounted bonus of 0.1
    # of the gap to its Nash estimate (at least 0.5): 1 - 0.1 * 0.5 = 0.95, offers from
    # 0.98 of that on, until the time bonus starts at 0.91.
    run = negotiate(pie(), ["nicetitfortat", "hardliner"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    assert utilities[times < 0.91].min() >= 0.98 * 0.95 - 1e-9
    conceding = negotiate(pie(), ["nicetitfortat", "conceder"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(conceding)
    assert utilities[times < 0.91].min() < 0.9  # it reciprocates a conceder


# -- CUHKAgent -------------------------------------------------------------------------------


def test_cuhkagent_holds_its_maximum_in_a_small_undiscounted_domain():
    run = negotiate(pie(), ["cuhkagent", "boulware"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    assert (utilities[times < 0.99] == 1.0).all()


def test_cuhkagent_threshold_with_discounting():
    # d = 0.5: lambda0 = 0.08 + 0.92 * 0.5^1.5; before it the threshold falls to 0.5^(1-l)
    deadline = 0.08 + 0.92 * 0.5**1.5
    assert cuhk_threshold(0.0, 1.0, 0.5, deadline) == 1.0
    assert cuhk_threshold(deadline, 1.0, 0.5, deadline) == pytest.approx(0.5 ** (1 - deadline))
    assert cuhk_threshold(0.9, 1.0, 0.5, deadline) == pytest.approx(0.5**0.1)
    run = negotiate(pie(discount=0.5), ["cuhkagent", "conceder"], rounds=ROUNDS, seed=1)
    assert run.result.agreed and run.result.error is None


# -- TheFawkes -------------------------------------------------------------------------------


def test_thefawkes_rejects_anything_below_the_mean_outcome():
    problem = compile_problem(pie())
    info = Session(problem, None, rounds=ROUNDS, seed=0).info(0)
    acceptance = TheFawkesAcceptance()
    acceptance.prepare(info)
    state = state_with(problem, [(998, 1, "offer", 98)], 998)
    assert not acceptance.accept(state, 0.49, 0.3)  # the mean outcome is worth 0.5
    assert acceptance.accept(state, 0.51, 0.3)


# -- Atlas3 ----------------------------------------------------------------------------------


def test_atlas3_threshold_rises_with_the_compromise_it_expects():
    assert atlas3_threshold(0.5, 0.6) == pytest.approx(0.875)
    assert atlas3_threshold(0.5, 0.8) > atlas3_threshold(0.5, 0.6)
    assert atlas3_threshold(1.0, 0.6) == pytest.approx(0.75)


def test_atlas3_records_offers_every_other_party_supported():
    scenario = random_scenario((3, 4), n_parties=3, seed=1)
    problem = compile_problem(scenario)
    bidding = Atlas3Bidding()
    bidding.prepare(Session(problem, None, rounds=ROUNDS, seed=0).info(0))
    moves = [
        (0, 1, "offer", 5),  # p1 offers 5, p2 accepts: popular for p0
        (0, 2, "accept", 5),
        (1, 1, "offer", 7),  # p1 offers 7, p2 counter-offers 9: neither popular
        (1, 2, "offer", 9),
    ]
    bidding.offer(state_with(problem, moves, 2))
    assert bidding.popular_ == [5]


@pytest.mark.parametrize(
    "name", ["atlas3", "caduceus", "ponpokoagent", "agreeableagent2018", "agentgg"]
)
def test_multilateral_agents_agree_among_three(name):
    scenario = random_scenario((4, 4, 3), n_parties=3, seed=1)
    run = negotiate(scenario, [name] * 3, rounds=200, seed=1)
    assert run.result.error is None and run.result.agreed


# -- Caduceus --------------------------------------------------------------------------------


def test_caduceus_offers_its_best_for_the_first_83_percent_of_the_time():
    run = negotiate(pie(), ["caduceus", "conceder"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    assert (utilities[times < 0.83] == 1.0).all()
    assert run.result.time >= 0.83 or run.result.raw_utilities[0] == 1.0


# -- PonPokoAgent ----------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", range(5))
def test_ponpoko_offers_within_its_band_and_accepts_above_its_floor(pattern):
    run = negotiate(pie(), [f"ponpokoagent(pattern={pattern})", "hardliner"], rounds=ROUNDS)
    times, utilities = offers_of(run)
    bands = np.array([ponpoko_band(t, pattern) for t in times])
    assert (utilities <= bands[:, 1] + 1e-9).all()
    assert (utilities >= bands[:, 0] - 1 / PIE - 1e-9).all()


def test_ponpoko_band_of_pattern_3_widens_at_the_very_end():
    assert ponpoko_band(0.5, 3) == pytest.approx((0.95, 0.975))
    assert ponpoko_band(0.995, 3)[0] == pytest.approx(1 - 0.3 * 0.995)


# -- AgreeableAgent2018 ----------------------------------------------------------------------


def test_agreeable_asks_for_its_best_first_and_never_much_below_08():
    run = negotiate(pie(), ["agreeableagent2018", "hardliner"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    assert (utilities[times < 0.2] == 1.0).all()
    assert utilities.min() >= 0.8 - 0.05 - 1e-9


# -- AgentGG ---------------------------------------------------------------------------------


def test_agentgg_threshold_schedule():
    assert agentgg_threshold(0.005, 0.7) == 0.9999
    assert agentgg_threshold(0.015, 0.7) == 0.99
    assert agentgg_threshold(0.2, 0.7) == pytest.approx(0.9)
    assert agentgg_threshold(0.9, 0.7) == pytest.approx(0.7 + 0.15 * 0.3)
    assert agentgg_threshold(0.95, 0.7, reservation=0.5) == 0.8  # reservation + 0.3


def test_agentgg_offers_in_its_band_and_holds_against_a_hardliner():
    run = negotiate(pie(), ["agentgg", "hardliner"], rounds=ROUNDS, seed=1)
    times, utilities = offers_of(run)
    early = times < 0.2
    floor = np.array([agentgg_threshold(t, 0.0) for t in times[early]])
    assert (utilities[early] >= floor - 1e-9).all()
    assert not run.result.agreed
