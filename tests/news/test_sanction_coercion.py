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
