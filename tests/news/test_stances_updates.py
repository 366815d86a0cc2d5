"""Stances on scenario options and the scenario changes they propose (no NLP needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.io.yaml import load_scenario, parse_scenario
from accord.news import (
    Actor,
    ActorDictionary,
    Event,
    Reading,
    Sentence,
    Stance,
    UpdateOptions,
    apply_updates,
    match_options,
    propose_updates,
    scenario_diff,
    stances,
    talk_status,
)

ROOT = Path(__file__).resolve().parents[2]
FLAGSHIP = ROOT / "scenarios" / "gaza-ceasefire-2024-05.yaml"


@pytest.fixture(scope="module")
def flagship():
    return load_scenario(FLAGSHIP)


@pytest.mark.parametrize("text, expected", [
    ("a permanent end to hostilities", [("ceasefire", "permanent_end_upfront")]),
    ("to remove Israeli forces from Gaza", [("withdrawal", "full")]),
    ("allow Hamas to retain power", [("governance", "hamas_remains")]),
    ("a temporary ceasefire", [("ceasefire", "six_week_truce")]),
    ("the weather in Cairo", []),
])
def test_phrases_map_to_options_through_names_and_aliases(flagship, text, expected):
    assert [(i, o) for i, o, _ in match_options(flagship, text)] == expected


def test_words_shared_across_issues_do_not_decide_alone(flagship):
    # "Israeli" and "Gaza" occur in withdrawal and governance aliases: half weight each.
    assert match_options(flagship, "Israeli officials in Gaza") == []


def test_parties_link_to_dictionary_actors_by_key_name_and_alias(flagship):
    d = ActorDictionary.builtin().with_scenario(flagship)
    assert d.party_of("ISRGOV") == "israel" and d.party_of("PSEHMS") == "hamas"
    assert d.party_of("PSE") is None
    assert d.names["israeli government"].code == "ISR"
    # a party of its own with the agent its names say ("families": CVL), under letters of
    # its own (HOS is no country)
    assert d.names["hostage families"].code == "HOSCVL"
    assert d.party_of("HOSCVL") == "hostage_families"
    # a state's party holds its state's agents, not its people: "families of Israeli
    # hostages" (ISRCVL), Israeli protesters (ISROPP) or media are no party's
    assert d.party_of("ISRMIL") == d.party_of("ISRLEG") == d.party_of("ISR") == "israel"
    assert d.party_of("ISRCVL") is d.party_of("ISROPP") is d.party_of("ISRMED") is None


SCENARIO = """\
name: t
issues:
  ceasefire:
    type: ordinal
    values: [truce, permanent]
    aliases: {permanent: [permanent end to the war]}
parties:
  israel: {weights: {ceasefire: 1}, values: {ceasefire: {truce: 1, permanent: 0}},
           positions: {ceasefire: truce}, reservation_value: 0.5}
  hamas: {weights: {ceasefire: 1}, values: {ceasefire: {truce: 0, permanent: 1}},
          positions: {ceasefire: truce}, reservation_value: 0.5}
"""


def _event(sentence, source, plover, cameo, act, modality=None, content=""):
    codes = {"hamas": "PSEHMS", "israel": "ISR"}
    return Event(sentence=sentence, span=(0, 1), source=Actor(source, codes[source]),
                 target=None, plover=plover, mode="violence" if plover == "THREATEN" else
                 "withdraw", cameo=cameo, goldstein=-5.0, negated=False, modality=modality,
                 confidence=0.9, act=act, content=content)


def test_news_becomes_walk_out_threat_and_position_changes_each_with_evidence():
    scenario = parse_scenario(SCENARIO)
    d = ActorDictionary.builtin().with_scenario(scenario)
    sentences = ("Hamas walked out of the talks.", "Israel threatened to attack.",
                 "Hamas demands a permanent end to the war.")
    reading = Reading("2024-05-09-report.txt", " ".join(sentences), "2024-05-09",
                      tuple(Sentence(s, 0, len(s)) for s in sentences),
                      (_event(0, "hamas", "SANCTION", "164", "halt_talks"),
                       _event(1, "israel", "THREATEN", "138", "force", "threat"),
                       _event(2, "hamas", "REQUEST", "1056", "ceasefire", "demand",
                              "a permanent end to the war")))
    found = stances([reading], scenario, d)
    status = talk_status([reading])
    assert status.status == "suspended"
    changes = propose_updates(scenario, [reading], found, status, d,
                              UpdateOptions(threat_shift=0.1, threatened_shift=-0.2))
    kinds = sorted((c.kind, c.party, c.new if c.kind != "walk_out" else "") for c in changes
                   if c.applied)
    assert kinds == [("position", "hamas", "permanent"), ("reservation_change", "hamas", -0.2),
                     ("reservation_change", "israel", 0.1), ("walk_out", "hamas", "")]
    new = apply_updates(scenario, changes, [reading])
    assert new.parties["hamas"].positions["ceasefire"] == "permanent"
    assert new.parties["hamas"].notes[-1].sources == ("news-2024-05-09-report",)
    assert "Hamas demands a permanent end to the war." in new.parties["hamas"].notes[-1].text
    walk_out, *threats = new.dynamics
    assert (walk_out.type, walk_out.party, walk_out.returns_after) == ("walk_out", "hamas", 5)
    assert "Hamas walked out of the talks." in walk_out.note and "2024-05-09" in walk_out.note
    assert {(t.party, t.delta) for t in threats} == {("israel", 0.1), ("hamas", -0.2)}
    assert new.sources["news-2024-05-09-report"].date == "2024-05-09"
    diff = scenario_diff(scenario, new)
    assert "+- id: news_walk_out_hamas" in diff.splitlines()
    assert scenario.parties["hamas"].positions["ceasefire"] == "truce"  # nothing in place


def test_rejecting_its_own_position_is_a_conflict_not_a_change():
    scenario = parse_scenario(SCENARIO)
    d = ActorDictionary.builtin().with_scenario(scenario)
    s = "Israel rejected a truce in the ceasefire talks."
    reading = Reading("r.txt", s, None, (Sentence(s, 0, len(s)),),
                      (_event(0, "israel", "REJECT", "1246", "ceasefire", "refusal",
                              "a truce in the ceasefire talks"),))
    changes = propose_updates(scenario, [reading], stances([reading], scenario, d),
                              talk_status([reading]), d)
    conflict = [c for c in changes if c.kind == "conflict"]
    assert [(c.party, c.issue, c.applied) for c in conflict] == [("israel", "ceasefire", False)]
    assert apply_updates(scenario, changes, [reading]).parties == scenario.parties


def _stance(party, option, stance, document, date, confidence, sentence=0):
    return Stance(party, "ceasefire", option, stance, confidence, f"{party} {stance} {option}",
                  document, sentence, date)


@pytest.mark.parametrize("names", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_the_latest_stated_position_is_the_one_written_whatever_the_order_read(names):
    """Stances build on one another by date, not by confidence nor by file name: Hamas's
    demand of a truce on 1 March gives way to its demand of a permanent end on 10 March,
    and a rejection read later of the position an earlier article gave is a conflict."""
    scenario = parse_scenario(SCENARIO)
    early, late = names
    found = [_stance("hamas", "permanent", "demands", late, "2024-03-10", 0.6),
             _stance("hamas", "truce", "demands", early, "2024-03-01", 0.9),
             _stance("israel", "permanent", "accepts", early, "2024-03-02", 0.9),
             _stance("israel", "permanent", "rejects", late, "2024-03-10", 0.8)]
    readings = [Reading(n, "", d, (), ()) for n, d in ((early, "2024-03-01"),
                                                        (late, "2024-03-10"))]
    changes = propose_updates(scenario, readings, found, talk_status(readings),
                              ActorDictionary.builtin().with_scenario(scenario))
    new = apply_updates(scenario, changes, readings)
    assert new.parties["hamas"].positions["ceasefire"] == "permanent"
    assert new.parties["israel"].positions["ceasefire"] == "permanent"
    assert [(c.party, c.old, c.new) for c in changes if c.kind == "position"
            and c.old != c.new] == [("israel", "truce", "permanent"),
                                     ("hamas", "truce", "permanent")]
    assert [(c.party, c.applied) for c in changes if c.kind == "conflict"] == [
        ("israel", False)]


def _collapse_reading(act="collapse_talks", cameo="164"):
    s = "The talks collapsed on Monday."
    return Reading("2024-05-13-report.txt", s, "2024-05-13", (Sentence(s, 0, len(s)),),
                   (_event(0, "hamas", "SANCTION", cameo, act),))


def test_talks_reported_collapsed_become_a_deadline_event_citing_the_sentence():
    scenario = parse_scenario(SCENARIO)
    d = ActorDictionary.builtin().with_scenario(scenario)
    reading = _collapse_reading()
    status = talk_status([reading])
    assert status.status == "collapsed"
    changes = propose_updates(scenario, [reading], [], status, d)
    (end,) = [c for c in changes if c.kind == "deadline"]
    assert end.applied and end.new == {"round": 0}
    new = apply_updates(scenario, changes, [reading])
    (deadline,) = [e for e in new.dynamics if e.type == "deadline"]
    assert (deadline.id, deadline.round) == ("news_talks_collapsed", 0)
    assert "The talks collapsed on Monday." in deadline.note and "2024-05-13" in deadline.note
    # read again: the same news is recognised as already modelled, not added twice
    again = propose_updates(new, [reading], [], status, d)
    (end,) = [c for c in again if c.kind == "deadline"]
    assert not end.applied and "already modelled by 'news_talks_collapsed'" in end.description


def test_an_agreement_is_listed_but_not_made_a_dynamics_event():
    scenario = parse_scenario(SCENARIO)
    d = ActorDictionary.builtin().with_scenario(scenario)
    reading = _collapse_reading(act="agree", cameo="057")
    status = talk_status([reading])
    assert status.status == "agreed"
    changes = propose_updates(scenario, [reading], [], status, d)
    (agreed,) = [c for c in changes if c.kind == "agreement"]
    assert not agreed.applied and "agreement" in agreed.description
    assert apply_updates(scenario, changes, [reading]).dynamics == scenario.dynamics


def test_the_source_title_of_an_article_is_not_its_dateline():
    """An article whose first line is its dateline gave the new source that line as title."""
    scenario = parse_scenario(SCENARIO)
    d = ActorDictionary.builtin().with_scenario(scenario)
    sentences = ("CAIRO, May 9 (Reuters) -", "Hamas demands a permanent end to the war.")
    reading = Reading("2024-05-09-report.txt", "\n\n".join(sentences), "2024-05-09",
                      tuple(Sentence(s, 0, len(s)) for s in sentences),
                      (_event(1, "hamas", "REQUEST", "1056", "ceasefire", "demand",
                              "a permanent end to the war"),))
    changes = propose_updates(scenario, [reading], stances([reading], scenario, d),
                              talk_status([reading]), d)
    new = apply_updates(scenario, changes, [reading])
    assert new.sources["news-2024-05-09-report"].title == sentences[1]


def test_a_first_position_says_there_was_none_not_none():
    """The change read 'Hamas demands permanent on ceasefire (position was None)'."""
    scenario = parse_scenario(SCENARIO.replace(
        "          positions: {ceasefire: truce}, reservation_value: 0.5}",
        "          reservation_value: 0.5}"))
    d = ActorDictionary.builtin().with_scenario(scenario)
    s = "Hamas demands a permanent end to the war."
    reading = Reading("r.txt", s, None, (Sentence(s, 0, len(s)),),
                      (_event(0, "hamas", "REQUEST", "1056", "ceasefire", "demand",
                              "a permanent end to the war"),))
    changes = propose_updates(scenario, [reading], stances([reading], scenario, d),
                              talk_status([reading]), d)
    (change,) = [c for c in changes if c.kind == "position"]
    assert change.description == "hamas demands permanent on ceasefire (no position before)"


SPATIAL = """\
name: t
issues:
  ceasefire: {type: ordinal, values: [truce, permanent]}
  hostages: {type: ordinal, values: [some, all]}
  prisoners: {type: ordinal, values: [few, many]}
parties:
  israel: {positions: {ceasefire: truce, hostages: all}, salience: {ceasefire: 1, hostages: 1}}
  hamas: {positions: {ceasefire: permanent}, salience: {ceasefire: 1, hostages: 0}}
"""


@pytest.mark.parametrize("party, issue, option, says", [
    ("hamas", "hostages", "some", True),    # salience 0, stated
    ("hamas", "prisoners", "many", True),   # no salience given: 0
    ("israel", "hostages", "some", False),  # salience 1
])
def test_a_position_where_the_salience_is_zero_says_it_weighs_nothing(party, issue, option,
                                                                         says):
    """The change read 'hamas demands some on hostages (no position before)' though hamas's
    salience on hostages is 0: the new position changes no utility and no forecast."""
    scenario = parse_scenario(SPATIAL)
    d = ActorDictionary.builtin().with_scenario(scenario)
    s = f"{party} demands {option} on {issue}."
    reading = Reading("r.txt", s, None, (Sentence(s, 0, len(s)),), ())
    stance = Stance(party, issue, option, "demands", 0.9, s, "r.txt", 0)
    (change,) = [c for c in propose_updates(scenario, [reading], [stance],
                                            talk_status([reading]), d) if c.kind == "position"]
    assert change.applied and change.new == option
    assert ("salience on " + issue + " stays 0" in change.description) is says
    new = apply_updates(scenario, [change], [reading])
    assert new.parties[party].salience.get(issue, 0) == scenario.parties[party].salience.get(
        issue, 0)


def test_the_report_heads_each_document_in_one_line_and_skips_empty_tables():
    """'1 sentences', an empty events table, and a heading wrapped at the table's width."""
    import io

    from rich.console import Console

    from accord.news import digest
    from accord.report.news_text import render_digest

    name = "a-rather-long-file-name-for-a-news-report-2024-05-09.txt"
    quiet = Reading(name, "Nothing here.", None, (Sentence("Nothing here.", 0, 13),), ())
    s = "Hamas walked out of the talks."
    busy = Reading("b.txt", s, None, (Sentence(s, 0, len(s)),),
                   (_event(0, "hamas", "SANCTION", "164", "halt_talks"),))
    out = io.StringIO()
    render_digest(digest([quiet, busy]), Console(file=out, width=200))
    lines = out.getvalue().splitlines()
    assert lines[0] == f"{name} (undated): 1 sentence, 0 events"
    assert lines[1] == "b.txt (undated): 1 sentence, 1 event"
    assert sum(line.startswith("┏") for line in lines) == 1  # b.txt's table only


def test_a_stance_that_confirms_the_position_is_a_note_not_an_applied_change():
    """The changes table said 'applied: yes' for 'already its position; evidence noted'."""
    import io

    from rich.console import Console

    from accord.news import digest
    from accord.report.news_text import render_digest

    scenario = parse_scenario(SCENARIO.replace(
        "hamas: {weights: {ceasefire: 1}, values: {ceasefire: {truce: 0, permanent: 1}},\n"
        "          positions: {ceasefire: truce}",
        "hamas: {weights: {ceasefire: 1}, values: {ceasefire: {truce: 0, permanent: 1}},\n"
        "          positions: {ceasefire: permanent}"))
    assert scenario.parties["hamas"].positions["ceasefire"] == "permanent"
    d = ActorDictionary.builtin().with_scenario(scenario)
    s = "Hamas demands a permanent end to the war."
    reading = Reading("r.txt", s, None, (Sentence(s, 0, len(s)),),
                      (_event(0, "hamas", "REQUEST", "1056", "ceasefire", "demand",
                              "a permanent end to the war"),))
    out = io.StringIO()
    render_digest(digest([reading], scenario, d), Console(file=out, width=200))
    row = next(line for line in out.getvalue().splitlines() if "already its position" in line)
    assert row.split("│")[-2].strip() == "note only"


def test_no_changes_table_when_nothing_would_change():
    """An empty 'Proposed scenario changes' table was printed (the talk status, printed
    above it, is a change the table skips)."""
    import io

    from rich.console import Console

    from accord.news import digest
    from accord.report.news_text import render_digest

    scenario = parse_scenario(SCENARIO)
    s = "Nothing happened."
    reading = Reading("r.txt", s, None, (Sentence(s, 0, len(s)),), ())
    out = io.StringIO()
    render_digest(digest([reading], scenario), Console(file=out, width=200))
    assert "Talk status: unknown" in out.getvalue()
    assert "Proposed scenario changes" not in out.getvalue()
