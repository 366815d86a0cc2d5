"""Verbal events and their actors (issue 10, session 10): what a speaker says another should or
must do is an appeal or a demand of them; whom a message "in a letter (warning) to X" is
addressed to is told; what one is ready to do, and what that is for, is intended, not done;
talks reopened are talks; welcoming another's deed praises them; a request rejected is
rejected to whose it is (in the passive too); force one will answer with on a condition is a
threat to whom the condition names; a call renewed "for X to" is an appeal to X; forces
offered to another country are no threat; what one hopes for is not reported; help and access
are to whom they are given; what a speaker rules out is rejected."""

from __future__ import annotations

import pytest

from accord.news.actors import actor_root


def _coded(main_event, text):
    """The main event's source and target actors (agents dropped) and CAMEO root."""
    source, target, root = main_event(text)
    return actor_root(source), actor_root(target), root


@pytest.mark.parametrize("text, expected", [
    # "should", "ought to": an appeal (02) to whom it is said of, or told to
    ("Moscow said Kyiv should pull its forces back from the front line.", ("RUS", "UKR", "02")),
    ("The Indian foreign minister said Pakistan ought to hand over the suspects.",
     ("IND", "PAK", "02")),
    ("Kenya's president told his Somali counterpart that Mogadishu should hold talks with "
     "the militants.", ("KEN", "SOM", "02")),
    # "must": a demand (10)
    ("Britain's prime minister said Argentina must withdraw its troops from the islands.",
     ("GBR", "ARG", "10")),
    # what the speakers themselves should do is no request of anyone
    ("Germany said it should send more troops to Lithuania.", ("DEU", "LTU", "15")),
])
def test_what_another_should_do_is_asked_of_them(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In a letter to the U.N. Security Council, Ethiopia asked the council to condemn the "
     "raids.", ("ETH", "IGOUNOSEC", "02")),
    ("In a warning to Tehran, Israel's defence minister said Israel would strike back at "
     "any attack.", ("ISR", "IRN", "13")),
    ("In a message to Hanoi, the Chinese premier said Beijing was ready to resume talks.",
     ("CHN", "VNM", "03")),
])
def test_a_message_is_to_whom_it_is_addressed(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # intended, with what it is for: not cooperation done
    ("India is ready to work with Japan to expand trade in rare earths.", ("IND", "JPN", "03")),
    ("Cuba is willing to reopen negotiations with Washington, its foreign minister said.",
     ("CUB", "USA", "03")),
    # talks reopened
    ("Greece reopened negotiations with Turkey on the continental shelf.", ("GRC", "TUR", "04")),
])
def test_what_one_is_ready_to_do_is_intended(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text", [
    "Vietnam is ready to work with Australia to deepen cooperation in maritime security.",
    "Indonesia is prepared to join hands with Malaysia to step up joint patrols in the "
    "Malacca Strait.",
])
def test_what_readiness_is_for_is_not_done(read_events, text):
    roots = [e.cameo[:2] for e in read_events(text)]
    assert roots and "06" not in roots


@pytest.mark.parametrize("text, expected", [
    # welcoming another's deed praises them (CAMEO 051), it is not one's own agreement
    ("Japan welcomed the ceasefire between Armenia and Azerbaijan.", ("JPN", "ARM", "05")),
    ("The African Union welcomed the accord signed by Sudan's army and the rebels in Juba.",
     ("IGOAU", "SDN", "05")),
    # support "behind" someone
    ("Ankara threw its weight behind Baku's demand for a corridor through Armenia.",
     ("TUR", "AZE", "05")),
    ("The Arab League rallied behind Lebanon in its dispute with Israel.", ("IGOARL", "LBN", "05")),
])
def test_praise_is_of_whose_deed_it_is(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a request rejected, whatever it asked for, is rejected to whose it was
    ("Hungary rejected a request from the European Union to take in migrants from Italy.",
     ("HUN", "IGOEU", "12")),
    ("Seoul turned down Tokyo's request to remove the statue in front of its embassy.",
     ("KOR", "JPN", "12")),
    # rejected in the passive, by the agent
    ("Egypt's call for a truce in Gaza was rejected by Israel.", ("ISR", "EGY", "12")),
    # a denial "as baseless"
    ("Islamabad dismissed as baseless reports that its spies had helped the Taliban.",
     ("PAK", None, "01")),
])
def test_a_rejection_is_of_whose_request_it_is(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # force one will answer with, on a condition: a threat to whom the condition names
    ("Beijing will respond with force if Taipei declares independence.", ("CHN", "TWN", "13")),
    ("Ankara will react militarily if Greek troops land on the islets, the Turkish "
     "president said.", ("TUR", "GRC", "13")),
    ("Iran will take military action if Israel strikes its nuclear sites, a senior "
     "commander said.", ("IRN", "ISR", "13")),
    # a call renewed, its "for X to" clause hung on the verb: an appeal to X
    ("Nigeria's president renewed his call for the warring parties in Sudan to accept a "
     "ceasefire.", ("NGA", "SDN", "02")),
])
def test_what_is_threatened_or_called_for(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # forces offered, agreed or pledged to another country: peacekeeping intended, no threat
    ("Senegal offered to send 500 troops to Gambia to help restore order.",
     ("SEN", "GMB", "03")),
    ("Egypt agreed to deploy police officers to Gaza at the request of the Palestinian "
     "Authority.", ("EGY", "PSE", "03")),
    ("Brazil pledged to send soldiers to Haiti.", ("BRA", "HTI", "03")),
    # (threatened, they stay a threat)
    ("Russia threatened to send troops to Moldova's breakaway region.", ("RUS", "MDA", "13")),
])
def test_forces_offered_to_another_country_are_no_threat(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text", [
    "Ghana's president was optimistic that the talks with Togo would be concluded within "
    "weeks.",
    "The Nepali prime minister said he was hopeful that the peace process with the Maoists "
    "would be completed by May.",
])
def test_what_one_hopes_for_is_not_reported(main_event, text):
    # the hope is the news (CAMEO 013), not talks held
    assert main_event(text)[2] == "01"


@pytest.mark.parametrize("text, expected", [
    # helping someone do what the lexicon names no act for: aid to them
    ("Cuba helped Venezuela set up a network of clinics.", ("CUB", "VEN", "07")),
    ("The United States will help Ukraine repair its power grid, the energy secretary said.",
     ("USA", "UKR", "03")),
    # access allowed is to whom it is granted
    ("The Philippines will allow U.S. troops access to four more military bases.",
     ("PHL", "USA", "03")),
])
def test_help_and_access_are_to_whom_they_are_given(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a speaker calls unacceptable or out of the question, or says there will be none
    # of, is rejected (CAMEO 12), to whose it is
    ("Seoul's defence minister said Pyongyang's proposal was unacceptable.",
     ("KOR", "PRK", "12")),
    ("Greece's prime minister said a Turkish-Cypriot state was out of the question.",
     ("GRC", "TUR", "12")),
    ("Kyiv said there would be no talks with Moscow while Russian troops occupied its land.",
     ("UKR", "RUS", "12")),
])
def test_what_is_ruled_out_is_rejected(main_event, text, expected):
    assert _coded(main_event, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an envoy summoned to protest is protested to, officially (no demand of the envoy)
    ("Thailand summoned the Cambodian envoy to protest over the shelling of border villages.",
     ("THA", "KHMGOV", "11")),
    ("The Pakistani foreign ministry summoned the Afghan ambassador in Islamabad to protest "
     "against cross-border attacks.", ("PAKGOV", "AFGGOV", "11")),
])
def test_summoned_to_protest(main_event, text, expected):
    assert main_event(text) == expected
