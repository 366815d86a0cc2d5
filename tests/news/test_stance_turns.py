"""Stances a sentence seems to state and does not (tryout 22): one only forecast, hoped for or
believed; one held by the holder's critics; a stance noun the holder gives up ("dropped its
demand for X": a concession, no demand) or refuses to give up ("refused to drop its demand
for X": it still demands X, it does not reject X)."""

from __future__ import annotations

import pytest

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, RawDocument, read_news, stances

ORCHARD = """\
name: Orchard pickers' talks
description: Piece rates between the Pickers Association and Vale Orchards.
issues:
  rate:
    type: ordinal
    description: The piece rate for a crate.
    values: [cut, same, higher]
    aliases:
      cut: [rate cut, lower piece rate]
      higher: [higher piece rate, rate rise]
  sheds:
    type: ordinal
    description: Packing sheds.
    values: [closed, open]
    aliases:
      closed: [shed closures, closing the sheds]
parties:
  pickers:
    name: Pickers Association
    aliases: [the association, the pickers]
    weights: {rate: 0.7, sheds: 0.3}
    values:
      rate: {cut: 0.0, same: 0.5, higher: 1.0}
      sheds: {closed: 0.0, open: 1.0}
    positions: {rate: higher, sheds: open}
    reservation_value: 0.4
  orchards:
    name: Vale Orchards
    aliases: [the company, the growers]
    weights: {rate: 0.6, sheds: 0.4}
    values:
      rate: {cut: 1.0, same: 0.6, higher: 0.0}
      sheds: {closed: 1.0, open: 0.0}
    positions: {rate: cut, sheds: closed}
    reservation_value: 0.4
"""


@pytest.fixture(scope="module")
def orchard(tmp_path_factory):
    path = tmp_path_factory.mktemp("scenario") / "orchard.yaml"
    path.write_text(ORCHARD)
    scenario = load_scenario(path)
    return scenario, ActorDictionary.builtin().with_scenario(scenario)


def _stated(nlp, orchard, text):
    scenario, dictionary = orchard
    readings = list(read_news([RawDocument.of_text(text, "r.txt")], dictionary, nlp=nlp))
    return {(s.party, s.option, s.stance) for s in stances(readings, scenario, dictionary)}


@pytest.mark.parametrize("text, expected", [
    # forecast, hoped for, believed: no stance taken
    ("The association is unlikely to accept a rate cut.", set()),
    ("The association is likely to accept a rate cut.", set()),
    ("The association is expected to accept a rate cut.", set()),
    ("Company officials hope the association will accept a rate cut.", set()),
    ("Analysts believe the association will accept a rate cut.", set()),
    # ... while one said, or one the holder is ready to take, is a stance
    ("The association said it would accept a rate cut.", {("pickers", "cut", "accepts")}),
    ("The association said it was ready to accept a rate cut.",
     {("pickers", "cut", "accepts")}),
    # the holder's critics are not the holder
    ("The association's critics demanded a rate cut.", set()),
    ("Critics of the association rejected a higher piece rate.", set()),
    ("The association's leaders demanded a higher piece rate.",
     {("pickers", "higher", "demands")}),
    # a stance noun given up: no stance (a concession, not a demand, not a rejection)
    ("The association dropped its demand for a higher piece rate.", set()),
    ("The association abandoned its demand for a higher piece rate on Friday.", set()),
    ("The association gave up its demand for a higher piece rate.", set()),
    ("The company withdrew its opposition to a higher piece rate.", set()),
    ("The company withdrew its offer of a higher piece rate.", set()),
    ("The association renounced its demand for a higher piece rate.", set()),
    # ... refused or denied: kept, the demand stands (not a rejection of what it asks)
    ("The association refused to drop its demand for a higher piece rate.",
     {("pickers", "higher", "demands")}),
    ("The association would not abandon its demand for a higher piece rate.",
     {("pickers", "higher", "demands")}),
    # another's stance noun rejected is still a rejection of what it asks
    ("The company rejected the association's demand for a higher piece rate.",
     {("orchards", "higher", "rejects"), ("pickers", "higher", "demands")}),
])
def test_what_a_sentence_seems_to_say_of_a_stance_and_what_it_says(nlp, orchard, text,
                                                                   expected):
    assert _stated(nlp, orchard, text) == expected
