"""Two parties joined in one phrase, on sentences written for this test: the repair of two
noun phrases joined before a head (accord.news.coordination), its parse and the two parties it
gives an act, and a role joined to a named body in an of-phrase (mentions)."""

from __future__ import annotations

import pytest


def _heads(nlp, text):
    return {t.text: (t.dep_, t.head.text) for t in nlp(text)}


def test_a_possessed_noun_and_a_plural_role_become_two_phrases(nlp):
    heads = _heads(nlp, "Chad's government and northern rebels signed a truce in Doha.")
    assert heads["government"] == ("nsubj", "signed")
    assert heads["rebels"] == ("conj", "government")
    assert heads["Chad"][1] == "government"


@pytest.mark.parametrize("text, word, expected", [
    # a bare adjective or name before the head, and a mass noun's, stay as parsed
    ("Kenyan and Ethiopian officials met in Nairobi.", "officials", "nsubj"),
    ("The United States eased sanctions on Venezuela's oil and gas sector.", "sector", "pobj"),
])
def test_coordinations_that_are_no_two_phrases_stay(nlp, text, word, expected):
    assert _heads(nlp, text)[word][0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Indian Prime Minister Manmohan Singh and Pakistani President Asif Ali Zardari held "
     "talks in Sharm el-Sheikh.", ("INDGOV", "PAKGOV", "04")),
    ("Sri Lanka's government and Tamil rebel negotiators held a new round of talks in Geneva.",
     ("LKAGOV", "LKAREB", "04")),
])
def test_the_two_phrases_are_two_parties_to_talks(main_event, text, expected):
    assert main_event(text) == expected


def test_a_role_joined_to_a_named_body_in_an_of_phrase_is_a_party_too(main_event):
    assert main_event("Envoys of the Ugandan government and northern rebels resumed talks in "
                      "Juba on Monday.") == ("UGAGOV", "UGAREB", "04")
