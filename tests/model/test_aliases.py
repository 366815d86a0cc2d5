"""``aliases:`` on parties and on issue options: other names the news uses for them."""

from __future__ import annotations

import pytest

from accord.errors import AccordInputError
from accord.io.yaml import dump_scenario, parse_scenario

SCENARIO = """\
name: t
issues:
  ceasefire:
    type: ordinal
    values: [truce, permanent]
    aliases: {permanent: [permanent end to hostilities, end the war]}
parties:
  israel:
    name: Government of Israel
    aliases: [Israeli government, Jerusalem]
    weights: {ceasefire: 1}
    values: {ceasefire: {truce: 1, permanent: 0}}
"""


def test_aliases_load_and_round_trip():
    scenario = parse_scenario(SCENARIO)
    assert scenario.parties["israel"].aliases == ("Israeli government", "Jerusalem")
    assert scenario.issues["ceasefire"].aliases["permanent"] == (
        "permanent end to hostilities", "end the war")
    assert parse_scenario(dump_scenario(scenario)) == scenario


def test_alias_for_an_unknown_option_names_the_line():
    bad = SCENARIO.replace("{permanent: [", "{forever: [")
    with pytest.raises(AccordInputError, match=r"f.yaml:3: issues.ceasefire: aliases: 'forever' "
                       r"is not an option \(options: truce, permanent\)"):
        parse_scenario(bad, source="f.yaml")
