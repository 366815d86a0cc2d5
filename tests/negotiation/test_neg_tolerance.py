"""Agents accept and ratify a package worth exactly their walk-away value, float noise or
not (``0.25 * 0.2 + 0.75 * 0.6`` is ``0.49999999999999994``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.io.yaml import load_scenario
from accord.negotiation import negotiate
from accord.negotiation.agents import ACConst, ACReservation, BestOffer, Negotiator

BOUNDARY = Path(__file__).resolve().parents[1] / "data" / "walk_away_boundary.yaml"


@pytest.fixture
def scenario():
    s = load_scenario(BOUNDARY)
    assert s.utilities()[0, 0] < 0.5  # the float sum falls just short of 0.5
    return s


@pytest.mark.parametrize("acceptance", [ACReservation(), ACConst(0.5)], ids=repr)
def test_offer_worth_the_walk_away_value_is_accepted(scenario, acceptance):
    agent = Negotiator(BestOffer(), acceptance)
    run = negotiate(scenario, [agent, "hardliner"], rounds=10)
    assert run.result.agreed and run.result.agreement == 0
    assert run.result.round == 1  # a opens in round 0; b offers (x0, y0); a accepts it


class TablesOutcomeZero:
    """A mediator that tables outcome 0 and calls for ratification at once."""

    name = "tables_outcome_zero"

    def propose(self, state):
        return 0 if state.text is None else None


@pytest.mark.parametrize("voter", ["hillclimber", "annealer", "linear", "random"])
def test_text_worth_the_walk_away_value_is_ratified(scenario, voter):
    run = negotiate(scenario, [voter, "hillclimber"], mediator=TablesOutcomeZero(), seed=1)
    assert run.result.reason == "agreement" and run.result.agreement == 0
