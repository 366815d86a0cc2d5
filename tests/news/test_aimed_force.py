"""Force the rules find no target for is aimed at the first actor or place named in its own
phrase (accord.news.events._aimed); sentences written for this test, not from any corpus."""

import pytest

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize("text, target", [
    # a place acted on stands for its country
    ("Government troops torched dozens of homes in the hills above Dili.", "TLS"),
    ("Soldiers set fire to a mosque in a village outside the Kosovo town of Pec.", "XKX"),
    ("Security forces blew up several houses in a village near Hebron on Sunday.", "PSE"),
])
def test_force_is_aimed_at_the_first_place_or_actor_in_its_phrase(main_event, text, target):
    assert main_event(text)[1][:3] == target


@pytest.mark.parametrize("text, root", [
    ("Pirates hijacked a cargo ship off the coast of Somalia.", "18"),  # where, not whom
    # a sea is no land (nor Sudan's Red Sea state, nor Yemen)
    ("Houthi fighters fired a missile at an oil tanker in the Red Sea on Tuesday.", "19"),
    ("Sri Lanka declared a state of emergency in Colombo after riots.", "17"),  # a decree
    # another act's place: the threat's, not the bombardments'
    ("Israeli bombardments and the threat of a ground assault in Rafah worried mediators.",
     "19"),
])
def test_force_stays_unaimed_when_its_phrase_names_only_where_or_another_act(
        main_event, text, root):
    _, target, got = main_event(text)
    assert (got, target) == (root, None)
