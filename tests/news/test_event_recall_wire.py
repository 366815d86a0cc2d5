"""Event recall on wire-style constructions the coder used to read as no event or as a bare
statement: passives without their agent, acts named by nouns (threats made, expulsions
announced or ordered), aid that arrives, what parties do jointly, acts that take place
(the project's own sentences, written for these tests from the CAMEO code definitions). The
main event has the expected CAMEO root, source and target, actors compared without their
agent (ESPCOP = ESP), as the corpus scores them."""

from __future__ import annotations

import pytest

from accord.news.actors import actor_root


def _check(main_event, text, expected):
    source, target, root = main_event(text)
    assert (root, actor_root(source), actor_root(target)) == (
        expected[0], actor_root(expected[1]), actor_root(expected[2])), text


@pytest.mark.parametrize("text, expected", [
    # aid or cooperation stopped, read past the circumstance ("after the coup")
    ("The Asian Development Bank froze new lending to Myanmar after the 2021 coup.",
     ("16", "IGOADB", "MMR")),
    ("Japan halted imports of Russian crab after the invasion of Ukraine.",
     ("16", "JPN", "RUS")),
    ("Following the elections, Germany suspended budget support to Malawi.",
     ("16", "DEU", "MWI")),
    # a light verb's object before its circumstance
    ("Mass arrests of students were carried out by Iranian police after the protests.",
     ("17", "IRNCOP", "IRNEDU")),
])
def test_what_is_done_before_when(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # gifts flown, rushed, distributed, committed; salaries paid
    ("Tents and blankets were flown into Armenia by the Iranian air force.",
     ("07", "IRNMIL", "ARM")),
    ("Pakistan rushed food and medicine to quake-hit Afghanistan.", ("07", "PAK", "AFG")),
    ("UNICEF distributed vaccines to 40,000 children in northern Nigeria.",
     ("07", "IGOUNOCEF", None)),
    ("Saudi Arabia paid the salaries of Yemen's civil servants for six months.",
     ("07", "SAU", "YEM")),
    # a promise made, a threat or an ultimatum issued, in the passive
    ("A pledge of $2 billion in loans to Sri Lanka was made by India in 2022.",
     ("03", "IND", "LKA")),
    ("Threats of an oil embargo were issued against Japan by OPEC.", ("13", "IGOOPC", "JPN")),
    ("An ultimatum was delivered to Belgrade by NATO on Tuesday.", ("13", "IGONATO", "SRB")),
    # doers of cooperative acts told in the passive without an agent
    ("The shipment of 20 howitzers to Kyiv by Norway was completed in May.",
     ("07", "NOR", "UKR")),
    ("Talks were held between the Sudanese army and the Rapid Support Forces in Jeddah.",
     ("04", "SDNMIL", "SDNRSF")),
    ("Fijian peacekeepers were deployed to the Golan Heights in 1974 and again in 2013.",
     ("07", "FJI", None)),
])
def test_gifts_and_stances_told_in_the_passive(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    if expected[1] is not None:
        assert actor_root(source) == actor_root(expected[1]), text
    if expected[2] is not None:
        assert actor_root(target) == actor_root(expected[2]), text


@pytest.mark.parametrize("text, expected", [
    # threatened to do what the lexicon does not name: a threat, to whom it would be done
    ("Iraq threatened to turn Kuwait into a graveyard for American soldiers.",
     ("13", "IRQ", "KWT")),
    ("Pyongyang warned Seoul of a merciless response to any provocation.",
     ("13", "PRK", "KOR")),
    # announced, ordered: the act a noun names, done
    ("Latvia announced the expulsion of two Russian diplomats on Friday.",
     ("16", "LVA", "RUS")),
    ("The expulsion of the Dutch ambassador was announced by Venezuela on Sunday.",
     ("16", "VEN", "NLD")),
    ("Mass deportations of ethnic Georgians were ordered by Moscow in 2006.",
     ("20", "RUS", "GEO")),
    # an expulsion told by who is expelled
    ("Nicaragua kicked out the OAS mission in 2022.", ("16", "NIC", "IGOOAS")),
    ("Peru orders three Venezuelan diplomats to leave", ("16", "PER", "VEN")),
])
def test_threats_and_expulsions(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # what parties do jointly: cooperation of their agents' kind
    ("German and French engineers jointly built a bridge across the Rhine at Kehl.",
     ("06", "DEU", "FRA")),
    ("Thai and Malaysian police carried out a joint sweep along the border.",
     ("06", "THACOP", "MYSCOP")),
    ("Soldiers from Chile and Peru took part in joint drills near Arica.",
     ("06", "CHLMIL", "PERMIL")),
    # aid named as the subject of a verb of arriving
    ("Emergency aid from Japan arrived in Port-au-Prince on Thursday.", ("07", "JPN", "HTI")),
    ("Lorries carrying Jordanian aid entered Gaza through the Kerem Shalom crossing.",
     ("07", "JOR", "PSE")),
    # an act named as the subject of a verb of happening: its parties'
    ("A phone call between Biden and Xi Jinping took place on Thursday.",
     ("04", "USAGOV", "CHNGOV")),
    ("Heavy fighting raged between Armenian and Azerbaijani troops near the border.",
     ("19", "ARMMIL", "AZEMIL")),
    # forces protecting in another country: protection (074)
    ("Italian troops escorted food convoys into the Somali town of Baidoa.",
     ("07", "ITAMIL", "SOM")),
])
def test_joint_acts_arrivals_and_happenings(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text", [
    # a state's forces guarding their own country's places, aircraft entering a zone: no aid,
    # no protection
    "Egyptian soldiers guarded the parliament building in Cairo.",
    "Dozens of Chinese warplanes entered Taiwan's air defence zone on Monday.",
])
def test_no_aid_or_protection_is_invented(read_events, text):
    assert not any((e.cameo or "").startswith("07") for e in read_events(text)), text


@pytest.mark.parametrize("text, expected", [
    # aid named in the gift's words ("$2 billion in military aid"), approved: given
    ("The U.S. Congress approved $2 billion in military aid for Taiwan on Friday.",
     ("07", "USALEG", "TWN")),
    ("The World Bank approved $300 million in budget support for Kenya on Tuesday.",
     ("07", "IGOWBK", "KEN")),
    # commodities shipped or supplied: trade; grids and pipelines linked: trade
    ("Azerbaijan began supplying gas to Italy through the new pipeline.", ("06", "AZE", "ITA")),
    ("Spain and Portugal connected their power grids with a new high-voltage line.",
     ("06", "ESP", "PRT")),
    # wanted people handed to another state's authorities: judicial cooperation
    ("Syria handed over two suspected PKK militants to Turkish authorities at the border.",
     ("06", "SYR", "TUR")),
    # a state suspended from a body, export licences suspended, a ban adopted
    ("The Commonwealth suspended Fiji from its councils after the 2006 coup.",
     ("16", "IGOCWN", "FJI")),
    ("Canada suspended arms export licences to Turkey over the offensive in Syria.",
     ("16", "CAN", "TUR")),
    ("A ban on imports of Iranian oil was adopted by the European Union in 2012.",
     ("16", "IGOEU", "IRN")),
    # an envoy called home, a diplomat declared persona non grata, a mediator's role left
    ("Peru's government called home its ambassador to Mexico City on Thursday.",
     ("16", "PERGOV", "MEX")),
    ("Estonia declared a Russian diplomat persona non grata on Tuesday.", ("16", "EST", "RUS")),
    # ... in the passive, by whom the parser hangs on what they are declared
    ("Two Belarusian diplomats were declared persona non grata by Latvia on Friday.",
     ("16", "LVA", "BLR")),
    # ... or told to leave, in the passive; aid frozen or halted, told by its noun
    ("Four Moldovan diplomats were told to leave Russia within a week, the Russian foreign "
     "ministry said.", ("16", "RUS", "MDA")),
    ("Sweden announced a freeze on budget aid to Nicaragua.", ("16", "SWE", "NIC")),
    ("A halt to military aid to Bahrain was ordered by the British government.",
     ("16", "GBR", "BHR")),
    # a foreign mission ordered to shrink its staff: relations reduced, not a demand
    ("Ottawa ordered the Iranian embassy to halve its staff within a month.",
     ("16", "CAN", "IRN")),
    ("Egypt withdrew from its role as mediator between Israel and Hamas in May.",
     ("16", "EGY", "ISR")),
    # many hacked to death: mass killing; an attack named as the subject, with its owner
    ("Militiamen hacked to death more than 200 villagers in Ituri province, the U.N. said.",
     ("20", None, None)),
    ("A Hamas suicide bomb killed 21 Israelis at a Tel Aviv discotheque in 2001.",
     ("18", "PSEHMS", "ISR")),
    # protests: told in the passive, a sit-in staged, nurses walking out
    ("Protests against the new constitution were held in Tunis on Saturday.",
     ("14", "TUN", None)),
    ("Teachers across France walked out on Tuesday over pension reform.", ("14", None, None)),
    # fighting that broke out between two sides; oil pumped to a buyer
    ("Fighting broke out between Ethiopian and Eritrean troops near Zalambessa in 1998.",
     ("19", "ETHMIL", "ERIMIL")),
    ("Kazakhstan began pumping oil to China through a new pipeline in 2006.",
     ("06", "KAZ", "CHN")),
])
def test_trade_handovers_and_reduced_relations(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    if expected[1] is not None:
        assert actor_root(source) == actor_root(expected[1]), text
    if expected[2] is not None:
        assert actor_root(target) == actor_root(expected[2]), text


@pytest.mark.parametrize("text", [
    # a game won, a storm striking, a budget of one's own approved: no event
    "Brazil beat Germany 7-1 in the World Cup semifinal in Belo Horizonte.",
    "Cyclone Idai slammed into the coast of Mozambique late on Thursday night.",
    "Lagos state's assembly approved a new budget for roads and schools on Monday.",
    "Kenya's parliament approved a new budget for hospitals and teachers on Thursday.",
])
def test_games_storms_and_budgets_stay_quiet(read_events, text):
    assert read_events(text) == (), text


@pytest.mark.parametrize("text, expected", [
    # checks of accounts and bodies named by nouns (audit, autopsy); offices whose "general"
    # follows the noun are no generals
    ("Uganda's inspector general of government began an audit of the road fund after "
     "contractors went unpaid.", ("09", "UGAGOV", None)),
    ("Police in Lima ordered an autopsy to establish how a detained student died.",
     ("09", "PERCOP", None)),
    ("Ghana's attorney general opened a probe into the sale of state land.",
     ("09", "GHAJUD", None)),
    # one extradited from X to Y without an agent: X's act, to Y
    ("A Serbian arms dealer was extradited to Belgium from Greece on Monday.",
     ("06", "GRC", "BEL")),
    # an act noun the passive's subject, by whose it is ("X's recognition of Y was
    # announced"); recognition announced, a treaty's ratification completed
    ("Costa Rica's recognition of Palestine as a state was announced on Monday.",
     ("05", "CRI", "PSE")),
    ("Mongolia announced its recognition of Kosovo on Friday.", ("05", "MNG", "XKX")),
    ("Ratification of the fisheries accord by Senegal's parliament was completed last week.",
     ("05", "SENLEG", None)),
    # an apology offered or extended is made; a treaty or an extradition approved is
    # ratified or granted, not agreed to
    ("An apology for the border incident was offered to Laos by Thailand's army.",
     ("05", "THAMIL", "LAO")),
    ("Chile extended an apology to Peru for the remarks of its navy chief.",
     ("05", "CHL", "PER")),
    ("Paraguay's senate approved the border treaty with Bolivia.", ("05", "PRYLEG", "BOL")),
    ("A Greek court approved the extradition of a Turkish soldier to Ankara.",
     ("06", "GRCJUD", "TUR")),
])
def test_acts_named_by_nouns_announced_offered_or_approved(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # coming to the defence, aid or rescue of X (or to X's); standing by or speaking up for X
    ("Tehran leapt to the defence of Syria's president at the Islamic summit in Mecca.",
     ("05", "IRN", "SYR")),
    ("Moscow came to Belgrade's defence at the United Nations on Tuesday.", ("05", "RUS", "SRB")),
    ("Egypt rushed to the aid of Sudan after the floods along the Nile.", ("07", "EGY", "SDN")),
    ("Zimbabwe's ruling party stood by Mozambique's president during the election dispute.",
     ("05", "ZWE", "MOZ")),
    ("Venezuela's president stood up for Iran's nuclear programme at the summit in Havana.",
     ("05", "VEN", "IRN")),
    # acts one is subjected to, done by the noun's agent
    ("Detained journalists were subjected to beatings by Egyptian police, Amnesty said.",
     ("18", "EGYCOP", "EGYMED")),
    ("The town of Sumy was subjected to heavy shelling by Russian forces overnight.",
     ("19", "RUSMIL", "UKR")),
    # walking out of talks that are named is the news, before what is said leaving
    ("Rwanda walked out of the peace talks with Congo in Luanda, accusing Kinshasa of bad faith.",
     ("16", "RWA", "COD")),
])
def test_defence_idioms_acts_undergone_and_walkouts(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text", [
    # standing by with nobody stood by, exposed to the weather: no act
    "Police stood by as the crowd looted shops in the capital.",
    "Children in the camps were exposed to the cold as temperatures fell.",
])
def test_standing_by_and_exposure_stay_quiet(read_events, text):
    assert read_events(text) == (), text


@pytest.mark.parametrize("text, expected", [
    # force or the law's measures taken jointly by two states' agents: their cooperation,
    # with each other (not with those they act against)
    ("Bolivian and Peruvian police seized two tonnes of cocaine in a joint operation on Lake "
     "Titicaca.", ("06", "BOLCOP", "PERCOP")),
    ("Turkish and Iraqi soldiers jointly raided a smugglers' camp near Zakho.",
     ("06", "TURMIL", "IRQMIL")),
    ("Kenyan and Somali troops carried out a joint sweep against al Shabaab near the border "
     "town of Mandera.", ("06", "KENMIL", "SOMMIL")),
    # an irregular past the tagger takes for a base form ("forgave"): the verb's lemma
    ("Uganda's president forgave the rebels who had laid down their arms.",
     ("05", "UGAGOV", "UGAREB")),
    # recognition by a state, told as a noun whatever the verb
    ("The recognition of Eritrea by Yemen came two days after the referendum.",
     ("05", "YEM", "ERI")),
])
def test_joint_deeds_irregular_pasts_and_recognition(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # what an attack was done with tells how, before who did it ("gunmen ... with a car bomb");
    # a passive's agent tells it too ("hit by a suicide bomber")
    ("Gunmen attacked a police station in Mogadishu with a car bomb on Sunday.",
     ("18", "SOMREB", "SOMCOP")),
    ("The governor's convoy was hit by a suicide bomber near Kandahar on Friday.",
     ("18", None, None)),
    # goods bought from a seller: trade with it, as a stance governing the buying reports it
    ("India imported crude oil from Russia at a discount in 2022.", ("06", "IND", "RUS")),
    ("Pakistan intends to buy liquefied natural gas from Qatar under a long-term deal.",
     ("03", "PAK", "QAT")),
])
def test_attack_instruments_and_goods_bought(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    if expected[1] is not None:
        assert actor_root(source) == actor_root(expected[1]), text
    if expected[2] is not None:
        assert actor_root(target) == actor_root(expected[2]), text


def test_bonds_bought_by_nobody_placed_stay_quiet(read_events):
    assert read_events("Investors bought government bonds and gold on Tuesday.") == ()


@pytest.mark.parametrize("text, expected", [
    # a release asked for is asked of whoever holds the captives
    ("Senegal called for the release of Senegalese fishermen held in Mauritania.",
     ("02", "SEN", "MRT")),
    # a trip made to look into something is the inquiry
    ("An African Union team travelled to Burundi to look into the killings of opposition "
     "activists.", ("09", "IGOAU", "BDI")),
    # an inquiry made jointly by two states' agents is their cooperation
    ("Police from Hungary and Austria jointly investigated the deaths of 71 migrants found in "
     "a lorry.", ("06", "HUNCOP", "AUTCOP")),
    # a case's files handed over are information shared
    ("Belgium sent Congo the case files of two suspects wanted for the killing of a minister.",
     ("06", "BEL", "COD")),
    # an inquiry into a deed looks into who did it ("the killing of X by soldiers")
    ("Guatemala's truth commission began examining the massacre of villagers by soldiers in "
     "1982.", ("09", "GTM", "GTMMIL")),
])
def test_releases_asked_of_holders_and_inquiries(main_event, text, expected):
    _check(main_event, text, expected)


def test_deaths_a_hazard_caused_stay_quiet(read_events):
    text = "Two hikers died in a landslide in Nepal's Annapurna region, police said."
    assert read_events(text) == (), text


@pytest.mark.parametrize("text, expected", [
    # agreeing to do something the lexicon names no act for is a commitment (030), not an
    # accord of views (019)
    ("Armenia and Georgia agreed to stop the smuggling of fuel across their border.",
     ("03", "ARM", "GEO")),
    ("Bulgaria agreed with Romania to share the cost of a new bridge over the Danube.",
     ("03", "BGR", "ROU")),
])
def test_agreeing_to_act_is_a_commitment(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # a judge, an official or a lawmaker killed by no one named: an assassination, of the
    # country where it happened
    ("A provincial governor was shot dead in Kandahar on Friday.", ("18", "AFG", "AFGGOV")),
    # a suicide attacker (not only a "bomber") bombs
    ("A suicide attacker blew himself up outside a police academy in Kabul on Monday.",
     ("18", "AFGREB", None)),
])
def test_killings_by_no_one_named_and_suicide_attackers(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    assert actor_root(source) == actor_root(expected[1]), text
    if expected[2] is not None:
        assert actor_root(target) == actor_root(expected[2]), text


def test_soldiers_killed_by_no_one_named_stay_unsourced(read_events):
    assert read_events("Two soldiers were shot dead near the border on Sunday.") == ()


@pytest.mark.parametrize("text, expected", [
    # a stance stated by its noun ("expressed willingness to"): its "to" phrase hung on the
    # verb past a circumstance, and the act before the purpose it serves
    ("Tunisia expressed readiness on Friday to host talks between the rival Libyan factions.",
     ("03", "TUN", "LBY")),
    ("Sri Lanka's government expressed willingness to release detained Tamil activists to "
     "revive peace talks.", ("03", "LKAGOV", "LKAOPP")),
])
def test_stances_stated_by_their_noun(main_event, text, expected):
    _check(main_event, text, expected)


@pytest.mark.parametrize("text, expected", [
    # idioms of halting: put on hold or on ice, the plug pulled on
    ("Japan put its yen loans to Uzbekistan on hold after the massacre in Andijan.",
     ("16", "JPN", "UZB")),
    ("Denmark pulled the plug on aid to Zimbabwe's government over the land seizures.",
     ("16", "DNK", "ZWE")),
    # clemency asked is a release asked of who holds the condemned
    ("Human Rights Watch appealed for clemency for an Indonesian maid sentenced to death in "
     "Kuwait.", ("02", "NGOHRW", "KWT")),
    # a measure's lifting asked for, as the verb reads it
    ("Qatar called for the lifting of the embargo on Cuba at the General Assembly.",
     ("02", "QAT", None)),
    # an audit by someone; intercepted communications passed on
    ("An audit of the health ministry's accounts by the auditor general found $12 million "
     "missing.", ("09", "GOV", None)),
    ("Jordan passed on intercepted communications to Egypt about the planned attack.",
     ("06", "JOR", "EGY")),
])
def test_halting_idioms_clemency_lifting_audits(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    assert actor_root(source) == actor_root(expected[1]), text
    if expected[2] is not None:
        assert actor_root(target) == actor_root(expected[2]), text


@pytest.mark.parametrize("text, expected", [
    # a suspect arrested and handed over to another state: the handover is the news
    ("Thai police arrested a Cambodian opposition suspect and handed him over to Phnom Penh "
     "on Friday.", ("06", "THACOP", "KHM")),
    # one ordered to close its own mission is expelled by the one ordering
    ("The foreign ministry ordered Iran to close its embassy in Buenos Aires within 48 hours.",
     ("16", None, "IRN")),
])
def test_handovers_after_arrest_and_missions_ordered_closed(main_event, text, expected):
    source, target, root = main_event(text)
    assert root == expected[0], text
    if expected[1] is not None:
        assert actor_root(source) == actor_root(expected[1]), text
    assert actor_root(target) == actor_root(expected[2]), text
