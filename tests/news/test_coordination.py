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


def test_a_headlines_adjectives_listed_with_a_comma_hang_on_their_noun(nlp):
    heads = _heads(nlp, "Greek, Turkish negotiators hold new round of talks in Athens")
    assert heads["Greek"] == ("amod", "negotiators")
    assert heads["Turkish"] == ("amod", "negotiators")
    # (a place set off by a comma before the subject is no such list)
    assert _heads(nlp, "In Paris, French police arrested three men.")["In"][1] == "arrested"


@pytest.mark.parametrize("text, expected", [
    ("Greek, Turkish negotiators hold new round of exploratory talks in Athens",
     ("GRCGOV", "TURGOV", "04")),
    ("Rwandan, Congolese foreign ministers sign peace deal in Washington",
     ("RWAGOV", "CODGOV", "05")),
])
def test_a_headlines_listed_adjectives_are_two_parties(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, word", [
    # a name set off by a comma before the subject is no list with its adjective
    ("Hosted by Sweden, Ethiopian and Eritrean envoys held talks near Stockholm.", "Sweden"),
    ("The request was turned down by Paris, French officials said on Friday.", "Paris"),
])
def test_a_name_before_a_comma_is_not_listed_with_the_adjective_after_it(nlp, text, word):
    assert _heads(nlp, text)[word][0] != "amod"
