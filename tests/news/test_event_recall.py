"""Event recall: sentences that report an event the coder used to miss entirely (no event at
all), family by family (the project's own sentences, written for these tests from the CAMEO
code definitions). The main event, the first one, has the expected root, source and target."""

from __future__ import annotations

import pytest

from accord.news import ActorDictionary, read_news
from accord.news.actors import actor_root
from accord.news.text import RawDocument


def _main(nlp, text):
    (reading,) = read_news([RawDocument.of_text(text)],
                           ActorDictionary.builtin(), nlp=nlp)
    assert reading.events, f"no event in {text!r}"
    e = reading.events[0]
    return e.cameo[:2], actor_root(e.source.code), actor_root(e.target.code if e.target else None)


def test_a_rare_verb_no_longer_shadows_a_lexicon_verb(nlp):
    # the lemmatizer's rules reach "rap", "hop", "wag", "slat" before "rape", "hope", "wage",
    # "slate"; the lexicon's verbs are in its index ("cordoned" is "cordon")
    from accord.news.nlp import lemma_verbs

    doc = nlp("Militiamen raped women, waged a campaign of terror and cordoned off the town, "
              "and the envoy hoped for calm.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("raped", "waged", "cordoned", "hoped")] == [
        "rape", "wage", "cordon", "hope"]
    assert lemma_verbs(["rap", "rape", "hop", "run"]) >= {"rape", "run", "cordon", "hope"}
    assert not lemma_verbs(["rap", "rape", "hop", "run"]) & {"rap", "hop"}


@pytest.mark.parametrize("text, expected", [
    # a verb the lemmatizer used to misread
    ("Government soldiers raped several women in a village in South Sudan's Unity state.",
     ("18", "SSDMIL", "SSDCVL")),
    ("Guerrillas waged war on the army in Peru's highlands for a decade.",
     ("19", "PERREB", "PERMIL")),
    # a plural pronoun whose antecedent is the plural subject of its own sentence
    ("Police in Lahore said they had detained 30 people over the attack on the church.",
     ("17", "PAKCOP", None)),
    ("The rebels said they would hand back the captured soldiers to Chad next week.",
     ("03", "TCDREB", "TCD")),
    # role words that name an armed group, guards, farmers, relatives, crowds
    ("Kidnappers abducted three Chinese engineers at a construction site in Cameroon.",
     ("18", "CMRREB", "CHN")),
    ("Pirates in Somalia hijacked a Danish cargo ship on Sunday.", ("18", "SOMREB", "DNK")),
    ("Farmers blocked the main highway into Paris with their tractors.",
     ("14", "FRALAB", None)),
    ("Prison guards in Cairo beat a jailed blogger, his lawyer said.", ("18", "EGYCOP", None)),
    # lexicon words the coder lacked
    ("Saudi Arabia bankrolled the reconstruction of Lebanon's ports after the war.",
     ("07", "SAU", "LBN")),
    ("Iran's navy laid siege to the island in the Gulf.", ("19", "IRNMIL", None)),
    ("Algeria's army dissolved the Islamic Salvation Front party in 1992.",
     ("17", "DZAMIL", None)),
    ("Nicaragua's government shut down dozens of charities and independent broadcasters.",
     ("17", "NICGOV", None)),
    ("The African Union called for restraint in Sudan's Darfur region.",
     ("02", "IGOAU", None)),
    ("Ecuador asked the IMF for a bailout after the oil price fell.",
     ("02", "ECU", "IGOIMF")),
    ("Greece flew troops into Cyprus to protect Greek Cypriots.", ("07", "GRCMIL", "CYP")),
    ("Iranian intelligence agents stole secret files from Albania's government servers.",
     ("17", "IRNSPY", "ALBGOV")),
    ("Russia threatened to cut off gas supplies to Moldova over its debts.",
     ("13", "RUS", "MDA")),
    ("North Korea put its front-line artillery units on a war footing.", ("15", "PRK", None)),
    ("Iran's Revolutionary Guards paraded new missiles through the streets of Tehran.",
     ("15", "IRNMIL", None)),
    ("Ukraine hauled Russia before the International Court of Justice over the war.",
     ("11", "UKR", "RUS")),
])
def test_the_event_is_found(nlp, text, expected):
    _check(nlp, text, expected)


def _check(nlp, text, expected):
    """(root, source, target), actors compared without their agent (SSDMIL = SSD), as the
    corpus scores them; a None target is not checked."""
    root, source, target = _main(nlp, text)
    assert (root, source) == (expected[0], actor_root(expected[1]))
    if expected[2] is not None:
        assert target == actor_root(expected[2])


@pytest.mark.parametrize("text, expected", [
    # a misparse: the verb read as a noun or an adjective, or the subject as a modifier
    ("Guinea's junta handed power back to civilians in 2010.", ("08", "GIN", None)),
    ("Mali's junta set free 49 Ivorian soldiers in January 2023.", ("08", "MLI", "CIV")),
    # the subject of a reduced relative read as a clause of its own ("holed up in")
    ("The hijackers holed up in the plane surrendered to Afghan troops.", ("08", "AFG", None)),
    # an act named as the subject of a verb of going on
    ("Deliveries of fuel by the United Nations to Gaza resumed on Monday.",
     ("07", "IGOUNO", "PSE")),
    # ordered out, wanted out: an expulsion, a withdrawal demanded
    ("Rwanda ordered the Belgian ambassador out of the country.", ("16", "RWA", "BEL")),
    ("Sudan ordered foreign aid agencies out of Darfur in 2009.", ("16", "SDN", None)),
    ("Iraq's parliament wants U.S. troops out of the country.", ("10", "IRQ", "USA")),
    # a crowd named by its number alone
    ("Thousands rallied in Tbilisi against the law on foreign agents.", ("14", "GEO", None)),
    # what is let in, parsed as a clause of its own
    ("Jordan allowed Red Cross convoys into the camp on Monday.", ("08", "JOR", "NGOICRC")),
    # a giving verb read as an adjective of what is given ("shipped drones")
    ("Turkey shipped drones and armoured vehicles to Azerbaijan's army during the war.",
     ("07", "TUR", None)),
    # a role word read as the verb ("gendarmes"), the act its modifier
    ("Togolese gendarmes tortured people in Lome, a rights group said.",
     ("18", "TGO", "TGO")),
])
def test_the_event_is_found_despite_the_parse(nlp, text, expected):
    _check(nlp, text, expected)


@pytest.mark.parametrize("text", [
    # no verb of the lexicon after an actor: the fallback for misread verbs stays quiet
    "Oil output in Nigeria's delta region rose sharply in the second quarter.",
    "Record crowds turned out for the football final in Buenos Aires on Sunday.",
    "Shares in Kenya's largest telecoms company set a record high on Tuesday.",
])
def test_no_event_is_invented(nlp, text):
    (reading,) = read_news([RawDocument.of_text(text)],
                           ActorDictionary.builtin(), nlp=nlp)
    assert reading.events == ()
