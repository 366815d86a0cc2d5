"""The wire dateline ("COLOMBO, May 3 (Reuters) -") is no part of the story the coder reads,
and its place is where the article's unnamed officials speak from; a role with no country
is not placed in the country it acts on."""

from __future__ import annotations

import pytest

from accord.news import read_news
from accord.news.text import Paragraph, RawDocument


def _read(nlp, dictionary, text):
    (reading,) = read_news([RawDocument.of_text(text)], dictionary,
                           nlp=nlp)
    return reading


def test_the_dateline_is_not_read_as_a_sentence_and_offsets_stay(nlp, dictionary):
    text = "Tea prices\n\nCOLOMBO, May 3 (Reuters) - Sri Lanka's president appealed to the " \
        "Tamil Tigers to return to peace talks. Colombo tea traders said prices fell."
    doc = RawDocument("t", text, (Paragraph("Tea prices", 0, 1),
                                  Paragraph(text[12:], 12, 3)))
    (reading,) = read_news([doc], dictionary, nlp=nlp)
    assert [s.text for s in reading.sentences] == [
        "Tea prices", "Sri Lanka's president appealed to the Tamil Tigers to return to peace "
        "talks.", "Colombo tea traders said prices fell."]
    for s in reading.sentences:
        assert text[s.start:s.end] == s.text
    appeal = reading.events[0]
    assert appeal.source.code == "LKAGOV"  # not "COLOMBO ... president": LKA alone
    assert text[appeal.span[0]:appeal.span[1]].startswith("appealed")


@pytest.mark.parametrize("text, source", [
    # the dateline's country, not the place spoken of nor the country accused
    ("KABUL (AP) — The minister accused Pakistan of sheltering Taliban leaders in Quetta.",
     "AFGGOV"),
    ("CARACAS, Feb 2 (Reuters) - The defence minister threatened to expel Colombian diplomats "
     "if the border incidents continued.", "VENGOV"),
    ("ISLAMABAD, March 3 (Reuters) - A senior official accused India on Sunday of backing "
     "separatists in Baluchistan.", "PAKGOV"),
    # with no dateline nor speaker, a country acted on or spoken of lends none
    ("The foreign minister criticised Japan for failing to apologise for its wartime past.",
     "GOV"),
    ("A government spokesman condemned Israel's air strikes on Gaza as a violation of "
     "international law.", "GOV"),
])
def test_an_unnamed_official_speaks_from_the_dateline_not_the_target(nlp, dictionary, text,
                                                                    source):
    assert _read(nlp, dictionary, text).events[0].source.code == source


def test_a_role_acting_on_a_place_is_still_placed_there(nlp, dictionary):
    """What is done (not said) to a town places a role with no country in its country."""
    event = _read(nlp, dictionary, "Troops shelled Grozny on Tuesday.").events[0]
    assert (event.source.code, event.target.code) == ("RUSMIL", "RUS")


def test_a_spokesman_for_a_body_is_that_body_s(nlp, dictionary):
    """"A spokesman for X": X's, not the country the sentence happens in."""
    text = ("A spokesman for Japan's foreign ministry declined to comment on the reported "
            "arrest of a Japanese businessman in Beijing.")
    assert _read(nlp, dictionary, text).events[0].source.code == "JPNGOV"
