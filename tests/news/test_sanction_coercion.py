"""Sanctions and coercion (CAMEO 16 and 17) in the wordings wire reports use: the verb, the
noun, the passive with and without its agent, and who is sanctioned or coerced. The project's
own sentences, written for these tests from the code definitions (never from the CAMEO or
PLOVER manuals)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # what is stopped or frozen names the act: money lent, food handed out, accounts, contacts
    ("The Asian Development Bank suspended new lending to Myanmar after the coup.",
     ("MMR", "16")),
    ("The World Food Programme halted food distribution to Sudanese refugees in Chad.",
     ("SDN", "16")),
    ("Britain scaled back its humanitarian aid to Afghanistan.", ("AFG", "16")),
    ("Italy froze the bank accounts of two Libyan businessmen.", ("LBY", "16")),
    ("Algeria suspended all contacts with the Spanish embassy.", ("ESP", "16")),
    # impounded, blacklisted
    ("Panamanian customs officials impounded a Cuban freighter in the canal.", ("CUB", "17")),
    ("The U.S. Treasury blacklisted four Iranian shipping firms on Monday.", ("IRN", "16")),
])
def test_the_thing_stopped_seized_or_listed_names_the_act(main_event, text, expected):
    _, target, root = main_event(text)
    assert ((target or "")[:3], root) == expected


@pytest.mark.parametrize("text, expected", [
    # expelled, deported or suspended from a country or a body: by it
    ("Two Dutch journalists were expelled from Ethiopia last month.", ("ETH", "NLD", "17")),
    ("A Chinese diplomat was expelled from Lithuania on suspicion of spying.",
     ("LTU", "CHN", "16")),
    ("Mali was suspended from the African Union after the coup.", ("IGOAU", "MLI", "16")),
    # arrested, banned, a curfew imposed in a country: by its state
    ("Six opposition activists were arrested in Minsk on Saturday.", ("BLR", "BLR", "17")),
    ("A night curfew was imposed in Bamako after the riots.", ("MLI", None, "17")),
    # one's own envoy recalled: by his country, from where he served
    ("The Turkish ambassador was recalled from Vienna on Friday.", ("TUR", "AUT", "16")),
])
def test_a_state_measure_told_without_its_agent_is_the_state_of_where_it_was_taken(
        main_event, text, expected):
    source, target, root = main_event(text)
    assert (source if source.startswith("IGO") else source[:3],
            target and target[:3], root) == expected


def test_a_possession_belonging_to_someone_is_theirs(main_event):
    # (frozen by a state: a sanction on whom they belong to)
    assert main_event("Assets belonging to the former Egyptian president were frozen "
                      "by Switzerland.")[1][:3] == "EGY"
