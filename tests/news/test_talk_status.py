"""Talk status from what the text says became of the talks (the talks as the subject)."""

from __future__ import annotations

import pytest

from accord.news import read_news, talk_status
from accord.news.text import RawDocument


def _read(nlp, text):
    (reading,) = read_news([RawDocument.of_text(text, "r.txt")], nlp=nlp)
    return reading


@pytest.mark.parametrize("text, status", [
    ("The ceasefire talks collapsed on Monday.", "collapsed"),
    ("The talks broke down after Hamas rejected the proposal.", "collapsed"),
    ("Talks in Doha ended without a deal.", "collapsed"),
    ("The mediation failed.", "collapsed"),
    ("Negotiations resumed in Cairo on Tuesday.", "active"),
    ("The negotiations stalled.", "suspended"),
    ("Negotiations ground to a halt.", "suspended"),
    ("The talks were called off by Israel.", "suspended"),
    ("Israel-Hamas talks were suspended.", "suspended"),
    ("The talks continued in Cairo.", "active"),
    # not reported as done: no signal
    ("The talks could collapse.", "unknown"),
    ("The talks have not collapsed.", "unknown"),
])
def test_what_became_of_the_talks_sets_the_status(nlp, text, status):
    assert talk_status([_read(nlp, text)]).status == status


def test_parties_of_talks_are_the_sources_but_not_walking_out(nlp):
    reading = _read(nlp, "Ceasefire talks between Israel and Hamas collapsed on Monday.")
    assert {(e.source.code, e.cameo, e.act) for e in reading.events} == {
        ("ISR", "164", "collapse_talks"), ("PSEHMS", "164", "collapse_talks")}
    suspended = _read(nlp, "Israel-Hamas talks were suspended.")
    assert {(e.source.text, e.act) for e in suspended.events} == {
        ("Israel", "talks_halted"), ("Hamas", "talks_halted")}
    halted = _read(nlp, "The talks were called off by Israel.")
    assert [(e.source.code, e.act) for e in halted.events] == [("ISR", "halt_talks")]


def test_talks_named_without_parties_have_an_unknown_source(nlp):
    (event,) = _read(nlp, "The negotiations stalled.").events
    assert (event.source.text, event.source.code, event.plover) == (
        "negotiations", None, "SANCTION")


@pytest.mark.parametrize("text, status", [
    # one side walking out, and the talks reported suspended by no party: suspended
    ("Serbia's delegation walked out of the talks in Vienna on Tuesday. The mediators said "
     "the talks had been suspended until further notice.", "suspended"),
    # each side walking out in its own act: collapsed
    ("Serbia's delegation walked out of the talks in Vienna on Tuesday. Kosovo's delegation "
     "walked out of the talks on Wednesday.", "collapsed"),
])
def test_only_two_sides_each_walking_out_collapse_the_talks(nlp, text, status):
    assert talk_status([_read(nlp, text)]).status == status
