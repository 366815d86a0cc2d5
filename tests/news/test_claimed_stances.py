"""Stances stated in any words (issue: stances on any scenario option, session 15): a verb of
accepting, rejecting, proposing or demanding with whatever object names an option gives the
stance, whether or not the event coder codes an act for it; how it is reported decides which
("would not accept" rejects, "has not agreed" and "did not reject" state none, "may propose"
is no stance, what one is urged to accept is the urger's demand); the holder is followed
through reported speech, the passive and pronouns, across sentences too; phrasal verbs
("turned down", "ruled out") and stance nouns ("the federation's demand for X", "announced
its acceptance of X") state them as well."""

from __future__ import annotations

import pytest

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, RawDocument, read_news, stances

FISHERIES = """\
name: Harbour fisheries talks
description: Catch quotas between the Coastal Fishermen's Federation and the Fisheries Ministry.
issues:
  quota:
    type: ordinal
    description: The annual catch quota.
    values: [cut, keep, increase]
    aliases:
      cut: [quota cut, cut in the catch quota]
      increase: [quota increase, higher quota]
  subsidy:
    type: ordinal
    description: Fuel support for the fleet.
    values: [none, fuel_subsidy]
  patrols:
    type: ordinal
    description: Who inspects the boats.
    values: [joint_patrols, national_patrols]
parties:
  fishers:
    name: Coastal Fishermen's Federation
    aliases: [the federation, fishermen]
    weights: {quota: 0.6, subsidy: 0.3, patrols: 0.1}
    values:
      quota: {cut: 0.0, keep: 0.5, increase: 1.0}
      subsidy: {none: 0.0, fuel_subsidy: 1.0}
      patrols: {joint_patrols: 0.2, national_patrols: 1.0}
    positions: {quota: increase, subsidy: fuel_subsidy, patrols: national_patrols}
    reservation_value: 0.4
  ministry:
    name: Fisheries Ministry
    aliases: [the ministry]
    weights: {quota: 0.5, subsidy: 0.3, patrols: 0.2}
    values:
      quota: {cut: 1.0, keep: 0.6, increase: 0.0}
      subsidy: {none: 1.0, fuel_subsidy: 0.0}
      patrols: {joint_patrols: 1.0, national_patrols: 0.0}
    positions: {quota: cut, subsidy: none, patrols: joint_patrols}
    reservation_value: 0.4
"""


@pytest.fixture(scope="module")
def fisheries(tmp_path_factory):
    path = tmp_path_factory.mktemp("scenario") / "fisheries.yaml"
    path.write_text(FISHERIES)
    scenario = load_scenario(path)
    return scenario, ActorDictionary.builtin().with_scenario(scenario)


def _stated(nlp, fisheries, text):
    scenario, dictionary = fisheries
    readings = list(read_news([RawDocument.of_text(text, "r.txt")], dictionary, nlp=nlp))
    return {(s.party, s.issue, s.option, s.stance)
            for s in stances(readings, scenario, dictionary)}


@pytest.mark.parametrize("text, expected", [
    # no act the coder knows in the object: the stance all the same
    ("The federation accepted a quota increase.", {("fishers", "quota", "increase", "accepts")}),
    ("The Fisheries Ministry agreed to a fuel subsidy.",
     {("ministry", "subsidy", "fuel_subsidy", "accepts")}),
    ("The ministry offered a fuel subsidy on Tuesday.",
     {("ministry", "subsidy", "fuel_subsidy", "proposes")}),
    ("The federation called for a fuel subsidy.",
     {("fishers", "subsidy", "fuel_subsidy", "demands")}),
    # a second verb conjoined to the first states its own stance
    ("The ministry rejected a quota increase and proposed a quota cut instead.",
     {("ministry", "quota", "increase", "rejects"), ("ministry", "quota", "cut", "proposes")}),
    # negation and modals: "would not accept", "refused to accept" reject
    ("The ministry said it would not accept joint patrols.",
     {("ministry", "patrols", "joint_patrols", "rejects")}),
    ("The federation refused to accept a quota cut.", {("fishers", "quota", "cut", "rejects")}),
    # reported speech and the passive: the stance is the one the clause names
    ("A federation spokesman said that the ministry had rejected a fuel subsidy.",
     {("ministry", "subsidy", "fuel_subsidy", "rejects")}),
    ("A fuel subsidy was rejected by the ministry.",
     {("ministry", "subsidy", "fuel_subsidy", "rejects")}),
    # asked of another: the asker's demand, no stance of the one asked
    ("The federation urged the ministry to accept joint patrols.",
     {("fishers", "patrols", "joint_patrols", "demands")}),
    # no stance stated: not yet agreed, not rejected, only possible, a condition
    ("The federation has not agreed to a quota cut.", set()),
    ("The federation did not reject a quota cut.", set()),
    ("The ministry may propose a fuel subsidy next month.", set()),
    ("The fishermen would return to sea unless the ministry offered a fuel subsidy.", set()),
    # phrasal verbs of stance
    ("The federation turned down a quota cut.", {("fishers", "quota", "cut", "rejects")}),
    ("The ministry ruled out a fuel subsidy.",
     {("ministry", "subsidy", "fuel_subsidy", "rejects")}),
    # a stance noun: whose it is, or who voices it, about what its phrase names
    ("The ministry rejected the federation's demand for a quota increase.",
     {("ministry", "quota", "increase", "rejects"), ("fishers", "quota", "increase", "demands")}),
    ("The ministry announced its acceptance of a quota increase.",
     {("ministry", "quota", "increase", "accepts")}),
    ("The federation made no demand for a fuel subsidy.", set()),
])
def test_a_stance_verb_with_any_option_as_object_states_it(nlp, fisheries, text, expected):
    assert _stated(nlp, fisheries, text) == expected


def test_a_pronoun_holds_the_stance_of_the_person_named_before(nlp, fisheries):
    # a person named with a role and a party ("Fishermen's leader Lena Holt"): "she" next
    text = ("Fishermen's leader Lena Holt met reporters in the harbour on Monday. "
            "She vowed never to accept a cut in the catch quota.")
    assert _stated(nlp, fisheries, text) == {("fishers", "quota", "cut", "rejects")}
