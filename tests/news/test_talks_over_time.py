"""What the reports say became of the talks, in the order they tell it (tryout 22): a walk-out
the talks came back from is over; an agreement is the negotiators' own; of two changes one
sentence tells, the later one stands; articles of one date that contradict one another are a
conflict, not settled by which file is read last; stances and changes are dated by their
article, not by a deadline or a past event their sentence names."""

from __future__ import annotations

import pytest

from accord.io.yaml import load_scenario
from accord.news import ActorDictionary, RawDocument, apply_updates, digest, read_news

BAKERY = """\
name: Bakery wage talks
description: Pay talks between the Bakers Guild and Crumb Limited, mediated by the Town Council.
issues:
  pay:
    type: ordinal
    description: The pay rise.
    values: [freeze, three_percent, six_percent, ten_percent]
    aliases:
      freeze: [pay freeze]
      three_percent: [three percent raise]
      six_percent: [six percent raise]
      ten_percent: [ten percent raise]
parties:
  guild:
    name: Bakers Guild
    aliases: [the guild, the bakers]
    role: party
    reservation_value: 0.4
    weights: {pay: 1.0}
    values: {pay: {freeze: 0.0, three_percent: 0.3, six_percent: 0.7, ten_percent: 1.0}}
    positions: {pay: ten_percent}
  crumb:
    name: Crumb Limited
    aliases: [Crumb, the company]
    role: party
    reservation_value: 0.5
    weights: {pay: 1.0}
    values: {pay: {freeze: 1.0, three_percent: 0.8, six_percent: 0.4, ten_percent: 0.0}}
    positions: {pay: three_percent}
  council:
    name: Town Council
    aliases: [the council]
    role: mediator
    positions: {pay: six_percent}
"""


@pytest.fixture(scope="module")
def bakery(tmp_path_factory):
    path = tmp_path_factory.mktemp("scenario") / "bakery.yaml"
    path.write_text(BAKERY)
    scenario = load_scenario(path)
    return scenario, ActorDictionary.builtin().with_scenario(scenario)


def _digest(nlp, bakery, *articles):
    """``articles``: (name, date, text); read as a folder's files in that order."""
    scenario, dictionary = bakery
    documents = [RawDocument(name, text, RawDocument.of_text(text, name).paragraphs, date)
                 for name, date, text in articles]
    return digest(list(read_news(documents, dictionary, nlp=nlp)), scenario, dictionary)


WALK_OUT = ("a.txt", "2024-06-03", "The Bakers Guild walked out of talks with Crumb Limited "
            "on Monday.")
RESUMED = ("b.txt", "2024-06-05", "Talks between the Bakers Guild and Crumb Limited resumed "
           "on Wednesday.")
COLLAPSED = ("b.txt", "2024-06-05", "Talks between the Bakers Guild and Crumb Limited "
             "collapsed on Wednesday.")


@pytest.mark.parametrize("later", [
    RESUMED,
    ("b.txt", "2024-06-09", "The Bakers Guild and Crumb Limited signed an agreement on "
     "Sunday ending the dispute."),
])
def test_a_walk_out_the_talks_went_on_after_is_not_written(nlp, bakery, later):
    """A walk-out on 3 June, then talks resumed (or a deal): the walk-out was written for
    good (no return), and the simulation ended at round 0."""
    result = _digest(nlp, bakery, WALK_OUT, later)
    (walk,) = [c for c in result.changes if c.kind == "walk_out"]
    assert not walk.applied and "over" in walk.description
    new = apply_updates(bakery[0], result.changes, result.readings)
    assert not [d for d in new.dynamics if d.type == "walk_out"]


@pytest.mark.parametrize("later, returns", [(None, 5), (COLLAPSED, None)])
def test_a_walk_out_returns_while_the_talks_are_suspended_not_once_they_collapsed(
        nlp, bakery, later, returns):
    result = _digest(nlp, bakery, WALK_OUT, *([later] if later else []))
    (walk,) = [c for c in result.changes if c.kind == "walk_out"]
    assert walk.applied and walk.new == {"returns_after": returns}


@pytest.mark.parametrize("text, status", [
    # a party's contract with someone else, or one signed with the mediator: not the talks'
    ("Crumb Limited signed an agreement with a Dutch oven maker on Tuesday.", "unknown"),
    ("The guild rejected the agreement signed by Crumb Limited and the council.", "unknown"),
    ("The Bakers Guild and Crumb Limited signed an agreement on Sunday.", "agreed"),
    ("The Bakers Guild signed the agreement on Sunday.", "agreed"),
    ("The Bakers Guild signed up to a six percent raise.", "unknown"),
    # of two changes one sentence tells, the later one stands
    ("Talks between the guild and Crumb Limited broke down last year but resumed in January.",
     "active"),
    ("Talks between the guild and Crumb Limited resumed on Monday but broke down again on "
     "Friday.", "collapsed"),
])
def test_the_talks_status_rests_on_the_negotiators_and_on_the_order_told(nlp, bakery, text,
                                                                         status):
    result = _digest(nlp, bakery, ("r.txt", None, text))
    assert result.status.status == status
    assert not [c for c in result.changes if c.kind in ("deadline", "agreement")] or \
        status in ("collapsed", "agreed")


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_articles_of_one_date_that_disagree_are_a_conflict_whatever_the_file_names(
        nlp, bakery, order):
    """Collapsed (one agency) and resumed (another) the same day: the status followed the
    file sorting last, and a 'collapsed' last applied a round-0 deadline; an acceptance and
    a rejection of one option the same day: the acceptance was applied either way."""
    day = "2024-06-10"
    talks = [("x.txt", day, "Talks between the Bakers Guild and Crumb Limited collapsed on "
              "Monday."),
             ("y.txt", day, "Talks between the Bakers Guild and Crumb Limited resumed on "
              "Monday after a short pause.")]
    result = _digest(nlp, bakery, *(talks[k] for k in order))
    assert result.status.status == "disputed"
    assert {s.status for s in result.status.disputed} == {"collapsed", "active"}
    assert not [c for c in result.changes if c.applied]
    assert [c.kind for c in result.changes if c.kind == "conflict"] == ["conflict"]
    stances = [("x.txt", day, "The Bakers Guild accepted a six percent raise on Monday."),
               ("y.txt", day, "The Bakers Guild rejected a six percent raise on Monday.")]
    result = _digest(nlp, bakery, *(stances[k] for k in order))
    assert not [c for c in result.changes if c.applied and c.kind == "position"]
    (conflict,) = [c for c in result.changes if c.kind == "conflict"]
    assert conflict.party == "guild" and "x.txt" in conflict.document
    new = apply_updates(bakery[0], result.changes, result.readings)
    assert new.parties["guild"].positions["pay"] == "ten_percent"


def test_a_stance_is_dated_by_its_article_not_by_a_date_its_sentence_names(nlp, bakery):
    """A demand of 6 June naming a deadline of 20 June was dated 20 June, so it was applied
    after an acceptance of 10 June and left the position at the demand."""
    result = _digest(
        nlp, bakery,
        ("a.txt", "2024-06-06", "The Bakers Guild demanded a ten percent raise and threatened "
         "to walk out of the talks by June 20, 2024."),
        ("b.txt", "2024-06-10", "The Bakers Guild accepted a six percent raise on Monday."))
    assert {(s.option, s.date) for s in result.stances} == {
        ("ten_percent", "2024-06-06"), ("six_percent", "2024-06-10")}
    new = apply_updates(bakery[0], result.changes, result.readings)
    assert new.parties["guild"].positions["pay"] == "six_percent"


@pytest.mark.parametrize("text, status", [
    # a headline in the present tense, its verb read by the parser as a noun
    ("Talks collapse as guild walks out", "collapsed"),
    ("Collapse of talks as guild walks out", "collapsed"),
    ("Guild walks out of talks", "suspended"),
    # ... or in title case, every word capitalised
    ("Talks Collapse As Guild Walks Out", "collapsed"),
])
def test_a_headline_in_the_present_tense_says_what_became_of_the_talks(nlp, bakery, text,
                                                                       status):
    """'Talks collapse as union walks out' read as suspended: 'collapse' a noun."""
    assert _digest(nlp, bakery, ("h.txt", None, text)).status.status == status


@pytest.mark.parametrize("text, date", [
    ("OVENBURY (Reuters) - The guild, which struck on January 5, 2023, rejected a pay freeze "
     "on Monday.", None),
    ("OVENBURY - Talks have stalled since March 3, 2024, the guild said.", None),
    ("OVENBURY - The guild threatened to walk out by June 20, 2024.", None),
    ("OVENBURY - The guild threatened to walk out no later than Friday, June 21, 2024.", None),
    # the dateline's date, or one the story gives as the day of what it reports
    ("OVENBURY, June 6, 2024 (Reuters) - The guild, which struck on January 5, 2023, "
     "rejected a pay freeze.", "2024-06-06"),
    ("OVENBURY - On June 6, 2024, the guild rejected a pay freeze.", "2024-06-06"),
])
def test_a_document_is_dated_by_its_dateline_not_a_past_event_or_a_deadline(tmp_path, text,
                                                                             date):
    """'The union, which struck on January 5, 2024, rejected ...' dated the article 2024."""
    from accord.news import read_documents

    path = tmp_path / "report.txt"
    path.write_text(text + "\n")
    (document,) = read_documents(path)
    assert document.date == date


def test_an_event_is_not_dated_by_a_past_event_its_sentence_tells(nlp, bakery):
    result = _digest(nlp, bakery, ("r.txt", None, "The guild, which struck on January 5, "
                                   "2023, rejected a six percent raise."))
    assert result.readings[0].events and all(e.date is None for e in result.readings[0].events)


def test_a_headline_in_title_case_names_no_unknown_actors_and_is_quoted_as_written(
        nlp, bakery):
    """'Union Rejects Wage Freeze, Threatens Strike': 'Wage Freeze' was an unknown actor (every
    capitalised word read as a name)."""
    headline = "Bakers Guild Rejects Pay Freeze, Threatens Strike"
    (reading,) = _digest(nlp, bakery, ("h.txt", None, headline)).readings
    assert [s.text for s in reading.sentences] == [headline]
    assert reading.events and all(e.target is None or e.target.code for e in reading.events)
    assert reading.events[0].source.code is not None
