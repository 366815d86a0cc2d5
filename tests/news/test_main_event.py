"""Which event is a sentence's main one when it has several predicates (accord's own
sentences, written for these tests): an act told as the background of another ("after X and
Y agreed to a truce", "when Z shelled ..."), an act in a condition ("if X agreed ... and
withdrew"), and the act a speaker reports of itself with a plural pronoun ("police said they
had arrested ...") come after, or give way to, the act the sentence reports as its news."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a clause of time before the news, whether the parser marks it ("after") or makes its
    # word an adverb ("when"): the main event's source and root
    ("After Israel and Hezbollah agreed to a truce, the Lebanese army said it had deployed "
     "troops in the south.", ("LBNMIL", "15")),
    ("When Afghan forces shelled a border post, Pakistan said it had recalled its ambassador "
     "from Kabul.", ("PAK", "16")),
    ("The Lebanese army said it had deployed troops along the border after Israel and "
     "Hezbollah agreed to a truce.", ("LBNMIL", "15")),
])
def test_background_clause_is_not_the_news(main_event, text, expected):
    source, _, root = main_event(text)
    assert (source, root) == expected


@pytest.mark.parametrize("text, expected", [
    # every conjunct of a condition is a condition: the promise is the news
    ("Hamas said it would free the hostages if Israel agreed to a truce and withdrew from "
     "Gaza.", "03"),
    ("Iran said it would release the tanker if Britain apologised and returned the seized "
     "Iranian ship.", "03"),
])
def test_conjoined_condition_is_not_done(main_event, text, expected):
    assert main_event(text)[2] == expected


@pytest.mark.parametrize("text, expected", [
    # "they" under a verb of saying: the speakers, not a statement by them
    ("Thai police said they had arrested two Malaysian men in Narathiwat.",
     ("THACOP", "MYS", "17")),
    ("The Houthis said they had fired a missile at an American destroyer in the Red Sea.",
     ("YEMHTH", "USA", "19")),
    ("Colombian soldiers said they had captured a FARC commander near the border with "
     "Venezuela.", ("COLMIL", "COLFARC", "17")),
])
def test_plural_speakers_report_their_own_act(main_event, text, expected):
    assert main_event(text) == expected


def test_plural_object_pronoun_is_the_plural_named_before_it(main_event):
    # not the subject of a reported clause: the speakers are not the source (the gunmen
    # are), but "them", the object, stands for the plural named before it that is not the
    # clause's own subject: the police (issue 10: co-reference within the sentence)
    assert main_event("Thai police said Malaysian gunmen had attacked them.") == (
        "MYSREB", "THACOP", "19")


def test_background_beside_a_clause_with_no_act_is_the_news(main_event):
    # the seed's first sentence: "hit a roadblock" codes nothing, so the walk-out told in
    # its "as" clause is the news, before the vow conjoined to it
    text = ("Talks of a Gaza ceasefire hit a roadblock as Hamas envoys abandoned negotiations "
            "and Israeli leaders vowed to resume military operations soon.")
    assert main_event(text) == ("PSEHMS", None, "16")
