"""Sanctions and coercion (CAMEO 16 and 17) in the wordings wire reports use: the verb, the
noun, the passive with and without its agent, and who is sanctioned or coerced. The project's
own sentences, written for these tests from the code definitions (never from the CAMEO or
PLOVER manuals)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # what is stopped or frozen names the act: money lent, food handed out, accounts, contacts
    ("The Asian Development Bank suspended new lending to Myanmar after the coup.",
     ("MMR", "16")),
    ("The World Food Programme halted food distribution to Sudanese refugees in Chad.",
     ("SDN", "16")),
    ("Britain scaled back its humanitarian aid to Afghanistan.", ("AFG", "16")),
    ("Italy froze the bank accounts of two Libyan businessmen.", ("LBY", "16")),
    ("Algeria suspended all contacts with the Spanish embassy.", ("ESP", "16")),
    # recognition or support taken back, a body left, an embassy scaled down: relations
    # reduced, not a retreat (08)
    ("The Solomon Islands withdrew its recognition of Taiwan in 2019.", ("TWN", "16")),
    ("Burkina Faso withdrew its support for the regional force in the Sahel.", ("", "16")),
    ("Gabon left the Commonwealth of Nations in 2024.", ("IGO", "16")),
    ("Indonesia quit OPEC in 2016.", ("IGO", "16")),
    ("Australia scaled down its embassy in Kabul in 2021.", ("AFG", "16")),
    ("Italy reduced its embassy staff in Tripoli after the clashes.", ("LBY", "16")),
    ("The Palestinians backed out of the deal with Israel.", ("ISR", "16")),
    ("Washington walked away from the arms control treaty with Moscow in 2019.", ("RUS", "16")),
    ("Turkey withdrew from the Istanbul Convention on violence against women in 2021.",
     ("TUR", "16")),
    ("Iran reduced its cooperation with U.N. nuclear inspectors.", ("IGO", "16")),
    ("Serbia withdrew its liaison officer from Pristina.", ("XKX", "16")),
    # a withdrawal named: from a body, membership ended; of troops, a retreat
    ("Russia's withdrawal from the Council of Europe was announced in March 2022.",
     ("IGO", "16")),
    ("The withdrawal of Russian troops from Kherson was completed on Friday.", ("UKR", "08")),
    # (the deal a withdrawal is made under is no deal left)
    ("Sudan withdrew from the Abyei area under the 2011 agreement.", ("", "08")),
    # impounded, blacklisted
    ("Panamanian customs officials impounded a Cuban freighter in the canal.", ("CUB", "17")),
    ("The U.S. Treasury blacklisted four Iranian shipping firms on Monday.", ("IRN", "16")),
])
def test_the_thing_stopped_seized_or_listed_names_the_act(main_event, text, expected):
    _, target, root = main_event(text)
    assert ((target or "")[:3], root) == expected


@pytest.mark.parametrize("text, expected", [
    # expelled, deported or suspended from a country or a body: by it
    ("Two Dutch journalists were expelled from Ethiopia last month.", ("ETH", "NLD", "17")),
    ("A Chinese diplomat was expelled from Lithuania on suspicion of spying.",
     ("LTU", "CHN", "16")),
    ("Mali was suspended from the African Union after the coup.", ("IGOAU", "MLI", "16")),
    # arrested, banned, a curfew imposed in a country: by its state
    ("Six opposition activists were arrested in Minsk on Saturday.", ("BLR", "BLR", "17")),
    ("A night curfew was imposed in Bamako after the riots.", ("MLI", None, "17")),
    # one's own envoy recalled: by his country, from where he served
    ("The Turkish ambassador was recalled from Vienna on Friday.", ("TUR", "AUT", "16")),
])
def test_a_state_measure_told_without_its_agent_is_the_state_of_where_it_was_taken(
        main_event, text, expected):
    source, target, root = main_event(text)
    assert (source if source.startswith("IGO") else source[:3],
            target and target[:3], root) == expected


def test_a_possession_belonging_to_someone_is_theirs(main_event):
    # (frozen by a state: a sanction on whom they belong to)
    assert main_event("Assets belonging to the former Egyptian president were frozen "
                      "by Switzerland.")[1][:3] == "EGY"


@pytest.mark.parametrize("text, expected", [
    # a ban or restriction on another state, its officials or firms is a sanction
    ("Britain imposed travel bans on five Iranian officials.", ("IRN", "16")),
    ("Beijing imposed a ban on Lithuanian beef and dairy products.", ("LTU", "16")),
    ("The United States banned three Russian companies from its market.", ("RUS", "16")),
    # a state named by its country seizing a vessel confiscates it
    ("Egypt seized a Turkish cargo ship off its coast.", ("TUR", "17")),
    # sanctions that hit or target: the sanctioning state's, on whom they hit
    ("New British sanctions target Iran's drone makers.", ("IRN", "16")),
    # ordered, in the passive, to leave a country: expelled by it
    ("Five Russian diplomats were ordered to leave Slovakia.", ("RUS", "16")),
])
def test_who_is_sanctioned_and_how(main_event, text, expected):
    _, target, root = main_event(text)
    assert ((target or "")[:3], root) == expected


@pytest.mark.parametrize("text", [
    "Police in Lima fired on residents protesting against a copper mining project.",
    "Soldiers opened fire on striking miners at a copper mine in Zambia.",
    "Police beat nurses who were demonstrating for higher pay outside the health ministry in "
    "Harare.",
])
def test_force_against_people_protesting_or_on_strike_is_repression(main_event, text):
    assert main_event(text)[2] == "17"


@pytest.mark.parametrize("text, target", [
    ("A court in Yangon dissolved the People's Pioneer party.", "MMROPP"),
    ("Tunisia's government outlawed the Free Destourian movement.", "TUNOPP"),
])
def test_a_party_or_movement_the_dictionary_lacks_banned_is_the_opposition(
        main_event, text, target):
    assert main_event(text)[1] == target


@pytest.mark.parametrize("text, expected", [
    # what one joins others in doing, one does
    ("Australia joined Britain in imposing sanctions on Myanmar's generals.",
     ("AUS", "MMR", "16")),
    ("Norway joined the European Union in freezing the assets of Belarusian officials.",
     ("NOR", "BLR", "16")),
])
def test_joining_others_in_an_act_is_doing_it(main_event, text, expected):
    source, target, root = main_event(text)
    assert (source[:3], (target or "")[:3], root) == expected


@pytest.mark.parametrize("text, root", [
    # a structure blown up with nobody hurt is property destroyed (1712) ...
    ("Serbian troops blew up a bridge over the Drina river.", "17"),
    ("The house of a Palestinian gunman was blown up by Israeli soldiers in Nablus.", "17"),
    # ... a bombing that kills is a bombing
    ("Militants blew up a mosque in Quetta, killing eleven worshippers.", "18"),
])
def test_a_structure_blown_up_is_destroyed_unless_people_are_killed(main_event, text, root):
    assert main_event(text)[2] == root


@pytest.mark.parametrize("text, expected", [
    # hit with tariffs, a ban on another's goods: sanctions
    ("Washington hit Ankara with steel tariffs in August 2018.", ("TUR", "16")),
    ("Uganda slapped a ban on imports of Kenyan sugar.", ("KEN", "16")),
    # a body left: relations reduced
    ("Venezuela withdrew from the Organization of American States in 2019.", ("IGOOAS", "16")),
    # sentences handed down, citizenship revoked: coercion of one's own
    ("A military court in Cairo handed down life sentences to 14 opposition activists.",
     ("EGY", "17")),
    ("Kuwait revoked the citizenship of an opposition politician.", ("KWT", "17")),
])
def test_more_wordings_of_sanctions_and_coercion(main_event, text, expected):
    _, target, root = main_event(text)
    assert ((target or "") if (target or "").startswith("IGO") else (target or "")[:3],
            root) == expected


@pytest.mark.parametrize("text, expected", [
    # a ban announced is imposed; on another's goods, an embargo
    ("Moscow announced a ban on Moldovan wine on Tuesday.", ("MDA", "16")),
    # an expulsion announced without its agent: by whence they are expelled
    ("The expulsion of ten Russian diplomats from Poland was announced on Monday.",
     ("RUS", "16")),
    # curbs imposed on another's firms, lifted on another's goods
    ("Tokyo imposed curbs on South Korean chemical exports.", ("KOR", "16")),
    ("Beijing lifted curbs on Australian barley in 2023.", ("AUS", "08")),
])
def test_bans_and_curbs_announced_imposed_or_lifted(main_event, text, expected):
    _, target, root = main_event(text)
    assert ((target or "")[:3], root) == expected


def test_a_ban_ended_is_eased_not_a_ceasefire(read_events):
    # (CAMEO 081 ease restrictions, 0812 ease a ban on parties; not 0871, a ceasefire)
    assert read_events("The junta ended a two-year ban on political parties.")[0].cameo[
        :3] == "081"


@pytest.mark.parametrize("text, expected", [
    # one who holds an office sacked, dismissed or purged, or removed from it, is sanctioned
    # by whoever puts them out (172), in the active, the passive or named as a deed
    ("Ghana's president sacked his interior minister after a wave of kidnappings.",
     ("GHAGOV", "GHAGOV", "172")),
    ("Three senior judges were dismissed by Poland's justice minister on Tuesday.",
     ("POLGOV", "POLJUD", "172")),
    ("Peru's Congress removed the interior minister from his post.",
     ("PERLEG", "PERGOV", "172")),
    ("The Ecuadorean president ordered the dismissal of the entire police leadership.",
     ("ECUGOV", "ECUCOP", "172")),
    # ... not claims dismissed, nor shots fired, nor a firm's lay-offs
    ("Nigeria's army dismissed the reports of a mutiny as baseless.",
     ("NGAMIL", None, "016")),
    ("Soldiers fired tear gas at students outside the university in Accra.",
     ("GHAMIL", "GHAEDU", "175")),
])
def test_one_put_out_of_office_is_sanctioned(read_events, text, expected):
    event = max(read_events(text), key=lambda e: e.confidence)
    assert (event.source.code, event.target.code if event.target else None,
            event.cameo) == expected


def test_a_firms_lay_offs_are_no_sanction(read_events):
    events = read_events("The Dutch bank fired its chief executive and two senior managers "
                         "after the scandal.")
    assert not any(e.cameo == "172" for e in events)
