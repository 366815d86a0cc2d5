"""Own-side targets: what a government, its police, army or courts do to their own country's
people, firms, media, groups and places (issue 10's held-out misses: about 45% of the main
events with no target though gold has one).

The target is named by a common noun for people or an institution (a role word with its
sector), by the heads or holdings of such a body ("leaders of striking nurses", "the homes of
teachers"), or seen doing something ("students marching"); it takes its country from the
sentence, as any role does. Each sentence is read alone; codes are (source country, target,
CAMEO root) unless said otherwise.
"""

from __future__ import annotations

import pytest

from accord.news.actors import actor_root


@pytest.mark.parametrize("text, expected", [
    # people and institutions named by a common noun, with their sector
    ("Nigerian police arrested three lawyers outside a court in Abuja.",
     ("NGA", "NGAJUD", "17")),
    ("Venezuelan soldiers seized the goods of street vendors in Maracaibo.",
     ("VEN", "VENBUS", "17")),
    ("Police in Nairobi evicted hundreds of squatters from a railway reserve.",
     ("KEN", "KENCVL", "17")),
    ("Egyptian authorities seized the assets of dozens of charities in Cairo.",
     ("EGY", "EGYCVL", "17")),
    ("Moroccan authorities fined two news websites for reporting on the protests.",
     ("MAR", "MARMED", "17")),
    ("Chinese police detained a prominent novelist in Shanghai.",
     ("CHN", "CHNCVL", "17")),
])
def test_common_nouns_name_the_people_a_state_acts_on(main_event, text, expected):
    source, target, root = main_event(text)
    assert (source[:3], target, root) == expected


@pytest.mark.parametrize("text, expected", [
    # others of the same body are still its targets: princes and officials arrested by the
    # government, a lawyer jailed by a court
    ("Saudi authorities detained several princes in Riyadh on Saturday.",
     ("SAUGOV", "SAUGOV", "17")),
    ("An Egyptian court jailed a prominent lawyer for five years.",
     ("EGYJUD", "EGYJUD", "17")),
])
def test_role_targets_of_a_states_own_body(main_event, text, expected):
    assert main_event(text) == expected


def test_only_a_states_agents_act_on_their_own_body(main_event):
    # protesters asking for their own leaders' release do nothing to them
    assert main_event("Protesters in Harare demanded the release of jailed opposition "
                      "leaders.")[:2] == ("ZWEOPP", None)


@pytest.mark.parametrize("text, expected", [
    # people seen doing something, which the parser makes a clause's subject
    ("Police in Kinshasa fired tear gas at students marching on parliament.",
     ("COD", "CODEDU", "17")),
    ("Riot police in Quito used tear gas to disperse farmers marching on the presidential palace.",
     ("ECU", "ECUCVL", "17")),
])
def test_people_seen_doing_something_are_acted_on(main_event, text, expected):
    source, target, root = main_event(text)
    assert (source[:3], target, root) == expected


@pytest.mark.parametrize("text, expected", [
    # the heads of a body are that body's
    ("Ghana's president met leaders of striking nurses in Accra on Monday.", "GHAHLH"),
    ("Italy's prime minister met the heads of the country's largest banks in Rome.", "ITABUS"),
    # people named by some of them
    ("Burundi's president freed hundreds of prisoners, including several journalists.",
     "BDIMED"),
])
def test_heads_and_members_name_their_body(main_event, text, expected):
    assert main_event(text)[1] == expected


@pytest.mark.parametrize("text, expected", [
    # a state's hold on its press, parties, groups and net
    ("Kenya's media regulator suspended the licence of a private television station.",
     ("KEN", "KENMED", "17")),
    ("Azerbaijan's supreme court dissolved the country's largest human rights group.",
     ("AZE", "AZEOPP", "17")),
    ("Uzbek authorities closed two independent newspapers in Tashkent.",
     ("UZB", "UZBMED", "17")),
    ("Belarusian police searched the offices of an independent newspaper in Minsk.",
     ("BLR", "BLRMED", "17")),
    ("Ethiopia's government cut off internet access in the Tigray region.", ("ETH", None, "17")),
    ("Egypt's parliament extended the state of emergency by three months.", ("EGY", None, "17")),
    ("Israel's defence minister ordered a closure of the West Bank.", ("ISR", "PSE", "17")),
])
def test_acts_of_rule_are_coercion(main_event, text, expected):
    source, target, root = main_event(text)
    assert (source[:3], target and target[:6], root) == expected


@pytest.mark.parametrize("text, expected", [
    # a crowd is protesters; a state's own parties and industries
    ("Security forces fired tear gas at crowds outside the parliament in Kampala.",
     ("UGA", "UGAOPP", "17")),
    ("Guinea's junta suspended the activities of all political parties.", ("GIN", "GINOPP", "17")),
    ("Ugandan opposition leaders accused the ruling party of buying votes.",
     ("UGA", "UGAGOV", "11")),
    ("Bolivia's government nationalised the country's oil industry.", ("BOL", "BOLBUS", "17")),
    # a party disbanded by a court is banned, not a force demobilised
    ("Cambodia's supreme court disbanded the main opposition party.", ("KHM", "KHMOPP", "17")),
    # a thing named by whose it is, the role a noun modifier ("opposition candidate")
    ("Zambian police seized the vehicles of an opposition presidential candidate.",
     ("ZMB", "ZMBOPP", "17")),
    # a place's authorities are its own
    ("Authorities in Mombasa arrested hundreds of street vendors in a slum.",
     ("KEN", "KENBUS", "17")),
])
def test_crowds_parties_homes_and_local_authorities(main_event, text, expected):
    source, target, root = main_event(text)
    assert (source[:3], target, root) == expected


@pytest.mark.parametrize("text, expected", [
    # another body of the same state, named by its role or the country's ("the country's
    # election commission"), is a target of what the state says or does to it
    ("Mexico's president criticised the central bank for raising interest rates again.",
     ("MEXGOV", "MEXGOV", "11")),
    ("Kenya's interior minister rebuked the country's election commission over the delayed "
     "results.", ("KENGOV", "KENGOV", "11")),
    # a place's own ("the city's former mayor"), placed where the sentence happens
    ("A court in Lahore sentenced the city's former mayor to ten years in prison.",
     ("PAKJUD", "PAKGOV", "17")),
    # a passive participle the parser reads as a clause: its subject is the object
    ("Algerian authorities freed dozens of protesters arrested last week.",
     ("DZAGOV", "DZAOPP", "08")),
    # role words: councillors, critics, indigenous leaders, the director of a channel
    ("Police in Kampala arrested a municipal councillor on charges of inciting violence.",
     ("UGACOP", "UGAGOV", "17")),
    ("The Zambian government accused its critics of spreading false news.",
     ("ZMBGOV", "ZMBOPP", "11")),
    ("The Bolivian president held talks with indigenous leaders in La Paz.",
     ("BOLGOV", "BOLCVL", "04")),
    ("Police detained the director of a private television channel in Dhaka.",
     ("BGDCOP", "BGDMED", "17")),
    # a people's forces are rebels, not the state's own army it would withdraw or disarm
    ("The Sudanese government urged Darfuri forces to lay down their arms.",
     ("SDNGOV", "SDNREB", "02")),
    # a people the dictionary lacks, named as one: civilians
    ("Security forces in Iran detained scores of ethnic Qashqai in the southern province of "
     "Fars.", ("IRNMIL", "IRNCVL", "17")),
    # a state's own citizens, owned by a pronoun with no one else to stand for
    ("The Tajik regime has imprisoned hundreds of its own citizens for their religious beliefs.",
     ("TJKGOV", "TJKCVL", "17")),
    # houses of worship are their congregations'
    ("Authorities in Kazakhstan demolished dozens of unregistered churches in 2012.",
     ("KAZGOV", "KAZREL", "17")),
])
def test_a_states_own_bodies_and_people_as_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role a state's court or government acts on is in its hands, whatever else is named
    ("A Minsk court sentenced an opposition activist to eight years for a post about the war "
     "in Ukraine.", ("BLRJUD", "BLROPP", "17")),
    # a border has two sides: its adjective does not place the fighting
    ("Colombian troops fought leftist guerrillas near the Venezuelan border.",
     ("COLMIL", "COLREB", "19")),
])
def test_a_domestic_target_keeps_the_states_country(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # those who protest act on their own state's bodies: the one at whose seat they protest,
    # whom they are in a dispute with, whom their leader asks to resign
    ("Hundreds of nurses rallied outside the health ministry in Accra.",
     ("GHAHLH", "GHAGOV", "14")),
    ("Junior doctors in England walked out in a dispute with the health ministry.",
     ("GBRHLH", "GBRGOV", "14")),
    ("The leader of Kenya's main opposition party called on the president to resign.",
     ("KENOPP", "KENGOV", "02")),
    # ... and a role across a country is its
    ("Miners across Bolivia went on strike on Monday to demand higher wages.",
     ("BOLLAB", None, "14")),
])
def test_the_people_act_on_their_own_state(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # force on a gathering with no one named in it is on its protesters; a purpose clause
    # names whom the force is used on; the organisers of a rally are protesters
    ("Riot police in Belgrade broke up a protest against the lithium mine with tear gas.",
     ("SRB", "SRB", "17")),
    ("Soldiers in Conakry fired live rounds to disperse a rally by opposition supporters.",
     ("GIN", "GIN", "17")),
    ("Police in Baku detained the organisers of the rally on Saturday.", ("AZE", "AZE", "17")),
    # an armed group's own forces are not its country's army
    ("The last militants in the besieged town surrendered to Philippine troops on Sunday.",
     ("PHL", "PHL", "08")),
    # the one country the sentence's places name, wherever they stand
    ("Rebels shot down an army helicopter over Cabo Delgado, killing all six crew.",
     ("MOZ", "MOZ", "19")),
    # homes of no one named are their residents'; a community's homes are its
    ("Authorities in Harare demolished thousands of homes in an informal settlement.",
     ("ZWE", "ZWE", "17")),
    ("Police in Moscow searched the homes of several Jehovah's Witnesses on Tuesday.",
     ("RUS", "RUS", "17")),
])
def test_domestic_targets_found_through_what_is_acted_on(main_event, text, expected):
    source, target, root = main_event(text)
    assert (actor_root(source), actor_root(target), root) == expected


def test_a_gathering_banned_is_no_one(main_event):
    # a ban is on the gathering, not on people (dev labels bans of rallies with no target)
    assert main_event("The Kenyan government banned all gatherings in the capital ahead of "
                      "the vote.")[1] is None


@pytest.mark.parametrize("text, expected", [
    # people seen doing something, parsed as the subject of an adverbial -ing clause
    ("Police in Almaty detained dozens of pensioners marching with placards on Sunday.",
     ("KAZCOP", "KAZCVL", "17")),
    # a doing's "of" phrase is whose it is, and what a protest is against
    ("Residents of Mosul blocked roads to protest against the arrival of federal police units.",
     ("IRQCVL", "IRQMIL", "14")),
    ("Students in Khartoum rallied against the rule of the generals on Thursday.",
     ("SDNEDU", "SDNMIL", "14")),
])
def test_whom_force_or_protest_is_on_through_clauses_and_doings(main_event, text, expected):
    assert main_event(text) == expected


def test_a_states_body_named_with_another_country_is_that_countrys(main_event):
    # the dictionary's KGB is Russia's; Belarus has its own
    assert main_event("The Belarusian KGB arrested two opposition bloggers in Minsk.") == (
        "BLRSPY", "BLRMED", "17")
