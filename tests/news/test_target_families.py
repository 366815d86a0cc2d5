"""Whom an event is done to, by families of phrasing (accord's own sentences, written for
these tests): the place a withdrawal leaves, partners named together, and the places that
are no target: where a traveller goes or comes from, where talks are held and what they are
about."""

from __future__ import annotations

import pytest

from accord.news import ActorDictionary, read_news
from accord.news.text import Paragraph, RawDocument


@pytest.fixture(scope="module")
def dictionary():
    return ActorDictionary.builtin()


def _main(nlp, dictionary, text):
    """The main event's source, target and CAMEO root (the corpus scorer's main event: the
    most confident, the first of equals)."""
    (reading,) = read_news([RawDocument("t", text, (Paragraph(text, 0, 1),))], dictionary,
                           nlp=nlp)
    assert reading.events, text
    e = max(reading.events, key=lambda e: e.confidence)
    return e.source.code, e.target.code if e.target else None, (e.cameo or "")[:2]


@pytest.mark.parametrize("text, expected", [
    # a place withdrawn from stands for its country, whoever's troops leave it
    ("Britain said it would pull its troops out of southern Afghanistan by next summer.",
     ("GBR", "AFG", "03")),
    ("Syrian troops began pulling out of Lebanon on Tuesday.", ("SYRMIL", "LBN", "08")),
])
def test_withdrawal_is_from_the_place_left(nlp, dictionary, text, expected):
    assert _main(nlp, dictionary, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the dictionary lacks (a rocket's, an exercise's) is no target beside one it knows
    ("Hamas gunmen fired Grad rockets into southern Israel overnight.",
     ("PSEHMS", "ISR", "19")),
    # partners named together do a mutual act with each other
    ("Jordan and Egypt began their Desert Eagle military exercises near Aqaba.",
     ("JOR", "EGY", "06")),
    ("Israel and Morocco established diplomatic relations in December 2020.",
     ("ISR", "MAR", "05")),
])
def test_known_actors_and_partners_come_first(nlp, dictionary, text, expected):
    assert _main(nlp, dictionary, text) == expected


@pytest.mark.parametrize("text, expected", [
    # where one goes to or comes from is no target (a walk-out from talks in Cairo is not
    # done to Egypt)...
    ("The Hamas delegation left Cairo for Doha after the talks broke down.",
     ("PSEHMS", None, "16")),
    ("Iran's negotiators returned to Vienna on Monday for a new round of talks.",
     ("IRNGOV", None, "04")),
    # ... nor where talks are held or what they are about
    ("North Korea said it would return to the six-party talks in Beijing.",
     ("PRK", None, "03")),
    ("Qatar offered to host a peace conference on Sudan in Doha.", ("QAT", None, "03")),
    # but the parties to them are, and a visit is to where it goes
    ("The Palestinians called off a planned round of talks with Israel after the raid.",
     ("PSE", "ISR", "16")),
    ("Kenya's president flew to Addis Ababa for talks with the Ethiopian prime minister.",
     ("KENGOV", "ETH", "04")),
])
def test_destinations_venues_and_topics_are_no_targets(nlp, dictionary, text, expected):
    assert _main(nlp, dictionary, text) == expected
