"""Agents accept and ratify a package worth exactly their walk-away value, float noise or
not (``0.25 * 0.2 + 0.75 * 0.6`` is ``0.49999999999999994``)."""

from __future__ import annotations

import pytest

from accord.io.yaml import parse_scenario
from accord.negotiation import negotiate
from accord.negotiation.agents import ACConst, ACReservation, BestOffer, Negotiator

# (x0, y0), outcome 0, is worth 0.5 exactly to a (its walk-away value) and 1 to b; it is
# b's favourite and the only package b accepts.
BOUNDARY = """
name: worth exactly the walk-away value
issues:
  x: {type: categorical, values: [x0, x1]}
  y: {type: categorical, values: [y0, y1]}
parties:
  a:
    reservation_value: 0.5
    weights: {x: 0.25, y: 0.75}
    values: {x: {x0: 0.2, x1: 1.0}, y: {y0: 0.6, y1: 0.0}}
  b:
    reservation_value: 0.6
    weights: {x: 0.5, y: 0.5}
    values: {x: {x0: 1.0, x1: 0.0}, y: {y0: 1.0, y1: 0.0}}
"""


@pytest.fixture
def scenario():
    s = parse_scenario(BOUNDARY)
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
