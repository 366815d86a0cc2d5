"""Who an event is done to: the target grammar (and the source where it takes the same path),
on the project's own sentences: parties named together ("both sides"), pronouns, places,
victims of force, the passive, conjoined verbs, calls, statements."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # "both sides", "the two countries", "all parties": the actors named before them, not
    # the clause's own subject; the first named is the main target
    ("The European Union, which mediates between Serbia and Kosovo, urged both sides to show "
     "restraint.", ("IGOEU", "SRB", "02")),
    ("Oman, which has carried messages between Iran and the United States, urged the two "
     "countries to resume talks.", ("OMN", "IRN", "02")),
    ("Ghana called on Ethiopia and Eritrea to end the dispute and urged both sides to respect "
     "the ruling.", ("GHA", "ETH", "02")),
    # with none named before, the parties of the place they are in
    ("Washington urged all parties in Libya to accept the new unity government.",
     ("USA", "LBY", "02")),
])
def test_both_sides_are_the_parties_named_before(main_event, text, expected):
    assert main_event(text) == expected


def test_both_sides_named_in_part_take_the_article_s_latest(read_events):
    text = ("Hamas negotiators walked out of the talks in Cairo. Israel threatened to attack "
            "Rafah, and Qatar urged both sides to return.")
    asked = {e.target.code for e in read_events(text)
             if e.source.code == "QAT" and e.target}
    assert asked == {"PSEHMS", "ISR"}


def test_both_sides_are_neither_the_whole_subject_nor_a_town_struck(read_events):
    """Every word of the subject is left out, not only its head's own modifiers ("Egyptian
    and Qatari mediators": not Qatar), and the article's latest actors are parties, not a
    town force was aimed at ("fired rockets at Ashkelon")."""
    text = ("Israeli jets struck Rafah on Monday, and Hamas fired rockets at Ashkelon. Egyptian "
            "and Qatari mediators urged both sides to show flexibility.")
    asked = {(e.source.code, e.target.code) for e in read_events(text)
             if e.sentence == 1 and e.target}
    assert asked == {(s, t) for s in ("EGYGOV", "QATGOV") for t in ("ISR", "PSEHMS")}
    assert all(e.target.text != "Ashkelon" for e in read_events(text) if e.sentence == 1)


def test_sides_that_act_with_none_named_stay_unresolved(read_events):
    """A subject "both sides" with neither side in its sentence names no one (the seed's "as
    both sides weigh their options" is no event by Hamas or Israel)."""
    text = "Hamas walked out of the talks. The stakes are high as both sides weigh their options."
    assert not [e for e in read_events(text) if e.sentence == 1]


@pytest.mark.parametrize("text, expected", [
    # a singular pronoun is not a plural subject: "its" is the speaker's
    ("Ukraine said Russian forces shelled its power stations overnight.", ("RUSMIL", "UKR", "19")),
    # force aimed at a thing in a place is force on that place's country
    ("Militants fired rockets at a military base in Iraq on Sunday.", ("IRQREB", "IRQ", "19")),
    # a place named through its country's possessive or adjective
    ("Russian missiles killed seven civilians in Ukraine's Odesa region.",
     ("RUS", "UKRCVL", "19")),
    ("Russian missiles killed seven civilians in the Ukrainian port of Odesa.",
     ("RUS", "UKRCVL", "19")),
    # victims of force reported by the other side are that side's, not the attacker's
    ("Israeli shelling killed four civilians on Tuesday, Lebanese officials said.",
     ("ISR", "LBNCVL", "19")),
    ("Turkish warplanes bombed rebel hideouts, Iraqi officials said.", ("TURMIL", "IRQREB", "19")),
    # but police act at home
    ("Police fired tear gas at students, Iranian media said.", ("IRNCOP", "IRNEDU", "17")),
    # a weapon fired by someone is their force
    ("Rockets fired by Hamas killed two civilians in southern Israel.",
     ("PSEHMS", "ISRCVL", "19")),
    # a year is not a number of people killed (no mass killing)
    ("Gunmen killed twelve villagers in Niger in 2021.", ("NERREB", "NERCVL", "19")),
])
def test_force_on_places_and_victims(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the passive: a body of an actor's ("a convoy of X troops") is the target
    ("A convoy of Malian soldiers was attacked by jihadists near the border.",
     ("MLIREB", "MLIMIL", "19")),
    # conjoined verbs share the object after them
    ("Police beat and arrested dozens of students in Tehran.", ("IRNCOP", "IRNEDU", "18")),
    # "in a call with X": done with X
    ("In a phone call with his Turkish counterpart, Russia's foreign minister discussed the "
     "grain deal.", ("RUSGOV", "TUR", "04")),
    # what comes from an actor is theirs to lose ("banned imports from X")
    ("Russia banned imports of food from the European Union and Norway in 2014.",
     ("RUS", "IGOEU", "16")),
    # a statement to the press has no target
    ("Chile's president told reporters that the referendum would take place in September.",
     ("CHLGOV", None, "01")),
])
def test_passive_conjoined_calls_and_statements(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a withdrawal asked for is asked of whose troops withdraw, not of the place they leave
    ("The African Union demanded the withdrawal of Rwandan troops from eastern Congo.",
     {("IGOAU", "RWAMIL", "1056", "demand")}),
    # one's own things are not the target: the place they are in is
    ("Egypt condemned the attack on its embassy in Baghdad.", {("EGY", "IRQ", "111", None)}),
])
def test_what_is_asked_or_condemned(read_events, text, expected):
    events = read_events(text)
    assert {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in events} == expected


@pytest.mark.parametrize("text, expected", [
    # what conjoined subjects exchange or do to each other, each does to the other
    ("Russia and Ukraine exchanged 230 prisoners of war on Friday.",
     {("RUS", "UKR"), ("UKR", "RUS")}),
    ("Serbia and Kosovo blamed one another for the violence in the north.",
     {("SRB", "XKX"), ("XKX", "SRB")}),
    # a role tied to a named actor through "links" or "ties"
    ("Police in Ankara detained 12 people suspected of links to the PKK.",
     {("TURCOP", "TURPKK")}),
])
def test_each_other_and_ties(read_events, text, expected):
    assert {(e.source.code, e.target.code if e.target else None)
            for e in read_events(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # killed in whatever attack by X: X's force on the passive's subject
    ("Three Nigerian soldiers were killed in an ambush by Boko Haram fighters on Monday.",
     ("NGABHM", "NGAMIL", "19")),
    # "its troops" of a speaker named by a role ("the Indian army"): the country's
    ("The Kenyan army said its troops killed six militants near the border.",
     ("KENMIL", "KENREB", "19")),
    # a place in a relative clause tells where someone was, not where the event is
    ("Greek police arrested dozens of migrants who had crossed from Turkey.",
     ("GRCCOP", "GRCCVL", "17")),
    # a protest's participle says what it is against
    ("Thousands of students marched in Dhaka demanding the resignation of the prime minister.",
     ("BGDEDU", "BGDGOV", "14")),
])
def test_passive_attacks_owners_and_purposes(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the passive's subject suffers the attack it was killed in, which is no place
    ("Two Somali civilians were killed in a U.S. drone strike near the town of Jilib.",
     ("USA", "SOMCVL", "19")),
    # what is done by doing something to X is done to X
    ("Eritrean troops broke the truce by shelling Ethiopian positions near Badme.",
     ("ERIMIL", "ETH", "19")),
    # a second object the parser took for a conjoined verb keeps its "at" phrase
    ("Riot police in Guinea fired tear gas and live rounds at opposition supporters in "
     "Conakry.", ("GINCOP", "GINOPP", "17")),
])
def test_attacks_in_by_and_at(main_event, text, expected):
    assert main_event(text) == expected
