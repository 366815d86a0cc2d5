"""Opponent models (HardHeaded's and Smith's frequency models, the Bayesian model of
Hindriks & Tykhonov) on hand-computed offer sequences, and the accuracy measures of
Baarslag et al. (2013)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation import History, State, Trace
from accord.negotiation.agents import (
    BayesianModel,
    FrequencyModel,
    HardHeadedModel,
    SmithModel,
    model_accuracy,
    pareto_frontier_distance,
    pearson_correlation,
)
from accord.negotiation.agents.bayesian import SIGMA, WEIGHT_PRIOR, WEIGHTS
from accord.negotiation.session import Session


def observe(model, scenario, offers, party: int = 1):
    """Prepare ``model`` for party 0 and show it ``offers`` (outcome indexes) by ``party``."""
    problem = compile_problem(scenario)
    model.prepare(Session(problem, None, rounds=100, seed=0).info(0))
    trace = Trace(problem.parties, problem.utilities)
    state = State("saop", 100, History(trace))
    for r, outcome in enumerate(offers):
        trace.add_offer(r, r / 99, party, "offer", int(outcome))
        model.update(state)
    return model, problem


def two_issue_scenario():
    """Issues of 3 and 2 options; outcome index = 2 * first + second."""
    return random_scenario((3, 2), seed=0)


def test_hardheaded_model_matches_a_hand_computation():
    # offers (0,0), (0,1), (2,1): issue 0 unchanged once, then issue 1 unchanged once.
    model, _ = observe(HardHeadedModel(0.2), two_issue_scenario(), [0, 1, 5])
    w0 = (0.6 / 1.1) / 1.1  # +0.1 golden value, /1.1; then /1.1
    w1 = (0.5 / 1.1 + 0.1) / 1.1
    np.testing.assert_allclose(model.weights_["p1"], [w0, w1])
    # option counts start at 1; the first offer is not counted: issue 0 [2, 1, 2], issue 1 [1, 3]
    expected = {1: w0 * 1 + w1 * 1, 2: w0 * 0.5 + w1 / 3, 4: w0 * 1 + w1 / 3}
    got = model.estimate_for("p1", np.array(list(expected)))
    np.testing.assert_allclose(got, list(expected.values()))


def test_hardheaded_model_caps_an_issue_weight():
    # the same offer again and again: both issues unchanged every time; weights stay equal
    model, _ = observe(HardHeadedModel(0.2), two_issue_scenario(), [3] * 50)
    np.testing.assert_allclose(model.weights_["p1"], [0.5, 0.5])
    # issue 0 always changes, issue 1 never: w1 <- (w1 + 0.1) / 1.1 (whose fixed point is
    # 1) while below the ceiling 1 - 2 * 0.1 / 1.1, w1 / 1.1 above it: it hovers there
    model, _ = observe(HardHeadedModel(0.2), two_issue_scenario(), [0, 2, 4, 0, 2, 4] * 20)
    ceiling = 1 - 0.2 / 1.1
    assert ceiling / 1.1 < model.weights_["p1"][1] < (ceiling + 0.1) / 1.1


def test_smith_model_matches_a_hand_computation():
    model, _ = observe(SmithModel(), two_issue_scenario(), [0, 1, 5])
    # shares: issue 0 [2/3, 0, 1/3], issue 1 [1/3, 2/3]; weights = top shares, normalised
    got = model.estimate_for("p1", np.array([1, 4, 2]))  # (0, 1), (2, 0), (1, 0)
    np.testing.assert_allclose(got, [0.5 * 2 / 3 + 0.5 * 2 / 3, 0.5 / 3 + 0.5 / 3, 0.5 / 3])


def test_smith_model_on_a_numeric_issue_peaks_at_the_mean():
    # a_share 0..4, values scaled to [0, 1]; offers 1 and 3: mean 0.5, sd 0.25
    model, _ = observe(SmithModel(), split_the_pie(4), [1, 3])
    got = model.estimate_for("b", np.arange(5))
    np.testing.assert_allclose(got, [0.5, 0.75, 1.0, 0.75, 0.5])


def test_smith_model_knows_nothing_before_an_offer():
    model, _ = observe(SmithModel(), two_issue_scenario(), [])
    assert not model.estimate(np.arange(6)).any()


def test_bayesian_first_update_is_bayes_rule_on_evaluation_shapes():
    # one numeric issue 0..4; the opponent offers x = 0 first. Hypotheses: uphill (0 at
    # x=0), downhill (1), four triangles (0). Predicted utility 1; likelihood of a shape
    # worth e: N((1 - E[w] * e) / 1; 0, 0.25). Weights are not updated on a first offer.
    model, _ = observe(BayesianModel(), split_the_pie(4), [0])
    prior = WEIGHT_PRIOR / WEIGHT_PRIOR.sum()
    mean_weight = float(prior @ WEIGHTS)

    def gauss(x):
        return math.exp(-x * x / (2 * SIGMA * SIGMA))

    down, other = gauss(1 - mean_weight), gauss(1.0)
    expected = [other, down, other, other, other, other]
    np.testing.assert_allclose(model.eval_p_["b"][0, :6], np.array(expected) / sum(expected))
    np.testing.assert_allclose(model.weight_p_["b"][0], prior)


def test_bayesian_model_ignores_repeated_offers():
    once, _ = observe(BayesianModel(), two_issue_scenario(), [0, 3])
    again, _ = observe(BayesianModel(), two_issue_scenario(), [0, 3, 0, 3, 3])
    np.testing.assert_allclose(once.eval_p_["p1"], again.eval_p_["p1"])
    np.testing.assert_allclose(once.weight_p_["p1"], again.weight_p_["p1"])


def test_bayesian_estimates_are_normalised_to_the_unit_interval():
    model, problem = observe(BayesianModel(), random_scenario((4, 5, 3), seed=2), [7, 8, 20])
    estimate = model.estimate_for("p1", np.arange(problem.n_outcomes))
    assert estimate.min() == pytest.approx(0.0) and estimate.max() == pytest.approx(1.0)


@pytest.mark.parametrize("model_cls", [BayesianModel, HardHeadedModel, SmithModel, FrequencyModel])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_models_learn_an_opponent_that_concedes_down_its_ranking(model_cls, seed):
    scenario = random_scenario((4, 5, 3, 6), seed=seed)
    order, _ = compile_problem(scenario).ranking(1)
    model, problem = observe(model_cls(), scenario, order[::-1][:150])
    everything = np.arange(problem.n_outcomes)
    learnt = pearson_correlation(model.estimate_for("p1", everything), problem.utilities[:, 1])
    assert learnt > 0.5


def test_models_keep_one_estimate_per_opponent_in_multilateral_talks():
    scenario = random_scenario((3, 4), n_parties=3, seed=5)
    model, problem = observe(HardHeadedModel(), scenario, [0, 1, 2], party=2)
    assert model.observed("p1") == 0 and model.observed("p2") == 3
    everything = np.arange(problem.n_outcomes)
    worst = np.minimum(model.estimate_for("p1", everything), model.estimate_for("p2", everything))
    np.testing.assert_allclose(model.estimate(everything), worst)


def test_pearson_correlation_of_hand_computed_arrays():
    true = np.array([0.0, 0.5, 1.0, 0.25])
    assert pearson_correlation(3 * true + 1, true) == pytest.approx(1.0)
    assert pearson_correlation(-true, true) == pytest.approx(-1.0)
    assert math.isnan(pearson_correlation(np.ones(4), true))
    # x = [1, 2, 3], y = [1, 3, 2]: cov 0.5 (x 2/3), var 2/3 each: r = 0.5
    assert pearson_correlation(np.array([1.0, 2, 3]), np.array([1.0, 3, 2])) == pytest.approx(0.5)


def test_pareto_frontier_distance_of_a_hand_computed_case():
    own = np.array([1.0, 0.6, 0.3, 0.0])
    true = np.array([0.0, 0.7, 0.8, 1.0])
    # the true frontier is all four points: area 0.27 + 0.225 + 0.14 = 0.635. An estimate
    # in the wrong order believes outcome 0 dominates everything: (1, 0) and the anchor
    # (0, 1) enclose 0.5.
    assert pareto_frontier_distance(own, 1 - true, true) == pytest.approx(0.135)
    assert pareto_frontier_distance(own, true**3, true) == pytest.approx(0.0)


def test_a_perfect_model_scores_perfectly_on_genius_domains(genius_root):
    from accord.io import read_genius

    scenario = read_genius(genius_root / "anac" / "y2011" / "Camera")
    u = scenario.utilities()
    accuracy = model_accuracy(u[:, 1], u[:, 0], u[:, 1])
    assert accuracy.pearson == pytest.approx(1.0) and accuracy.pareto_distance == 0.0
    uninformed = model_accuracy(-u[:, 1], u[:, 0], u[:, 1])
    assert uninformed.pearson == pytest.approx(-1.0) and uninformed.pareto_distance > 0.1
