"""Whom an event is done to, by families of phrasing (accord's own sentences, written for
these tests): the place a withdrawal leaves, partners named together, and the places that
are no target: where a traveller goes or comes from, where talks are held and what they are
about."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a place withdrawn from stands for its country, whoever's troops leave it
    ("Britain said it would pull its troops out of southern Afghanistan by next summer.",
     ("GBR", "AFG", "03")),
    ("Syrian troops began pulling out of Lebanon on Tuesday.", ("SYRMIL", "LBN", "08")),
])
def test_withdrawal_is_from_the_place_left(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name the dictionary lacks (a rocket's, an exercise's) is no target beside one it knows
    ("Hamas gunmen fired Grad rockets into southern Israel overnight.",
     ("PSEHMS", "ISR", "19")),
    # partners named together do a mutual act with each other
    ("Jordan and Egypt began their Desert Eagle military exercises near Aqaba.",
     ("JOR", "EGY", "06")),
    ("Israel and Morocco established diplomatic relations in December 2020.",
     ("ISR", "MAR", "05")),
])
def test_known_actors_and_partners_come_first(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where one goes to or comes from is no target (a walk-out from talks in Cairo is not
    # done to Egypt)...
    ("The Hamas delegation left Cairo for Doha after the talks broke down.",
     ("PSEHMS", None, "16")),
    ("Iran's negotiators returned to Vienna on Monday for a new round of talks.",
     ("IRNGOV", None, "04")),
    # ... nor where talks are held or what they are about
    ("North Korea said it would return to the six-party talks in Beijing.",
     ("PRK", None, "03")),
    ("Qatar offered to host a peace conference on Sudan in Doha.", ("QAT", None, "03")),
    # but the parties to them are, and a visit is to where it goes
    ("The Palestinians called off a planned round of talks with Israel after the raid.",
     ("PSE", "ISR", "16")),
    ("Kenya's president flew to Addis Ababa for talks with the Ethiopian prime minister.",
     ("KENGOV", "ETHGOV", "04")),
])
def test_destinations_venues_and_topics_are_no_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a light verb's act noun: whom it is to ("a state visit to Japan"), not a compound
    # ("state") read as its owner
    ("Mexico's president made a state visit to Japan, the first in two decades.",
     ("MEXGOV", "JPN", "04")),
    # a visit for talks with someone is to them before the place
    ("An Egyptian delegation arrived in Gaza for talks with Hamas leaders on the truce.",
     ("EGYGOV", "PSEHMS", "04")),
    # whoever brokers a deal is no party to it; partners' own palaces are no third party
    ("Israel and Jordan signed an agreement brokered by the United States in Washington.",
     ("ISR", "JOR", "05")),
    ("Britain and Ireland signed the peace accord at Downing Street.", ("GBR", "IRL", "05")),
    # talks left are with their parties
    ("The ELN rebels pulled out of peace talks with the Colombian government in January.",
     ("COLELN", "COLGOV", "16")),
])
def test_visits_deals_and_talks_are_with_their_parties(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role with no country takes that of a target named with it
    ("Amnesty International urged the army and the Tamil Tigers to spare civilians.",
     ("NGOAMN", "LKAMIL", "02")),
    # "a wave of X attacks" is the attacks
    ("Kyiv was hit by a wave of Russian missile strikes on Monday.", ("RUS", "UKR", "19")),
    # whose posts are shelled is not the shelling country's
    ("Uganda said Sudan had shelled its border posts overnight.", ("SDN", "UGA", "19")),
    # a protest is against whoever it demands something of; a posture toward whoever did
    # what it answers
    ("Thousands of protesters marched in Harare demanding that Robert Mugabe step down.",
     ("ZWEOPP", "ZWEGOV", "14")),
    ("South Korea put its troops on alert after North Korea fired missiles into the sea.",
     ("KOR", "PRK", "15")),
    # what is handed over goes to its recipient, whoever's it is
    ("Pakistan extradited a suspected Hezbollah financier to the United States.",
     ("PAK", "USA", "06")),
    ("Kenya handed over four Somali suspects to the Ethiopian authorities.",
     ("KEN", "ETHGOV", "06")),
])
def test_co_targets_counted_attacks_protests_postures_and_recipients(main_event, text,
                                                                      expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people a bombing kills where it happens are that country's civilians
    ("A suicide bomber blew himself up inside a Sufi shrine in Sindh province, killing 50 "
     "worshippers.", ("PAKREB", "PAKCVL", "18")),
    # a protest demanding that one's own leader go is against the government
    ("Thousands of Serbs rallied in Belgrade to demand that Slobodan Milosevic resign.",
     ("SRB", "SRBGOV", "14")),
    # force used to disperse someone is force on them, not force on no one
    ("Kenyan police used tear gas and water cannon to disperse hundreds of students in "
     "Nairobi.", ("KENCOP", "KENEDU", "17")),
    ("Indonesian police used rubber bullets to break up a crowd of protesters in Jakarta.",
     ("IDNCOP", "IDNOPP", "17")),
])
def test_victims_protests_at_home_and_dispersals(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inquiry looks into who did the deed: a "by" phrase, also hung on the verb, and the
    # subject of a why-clause...
    ("A U.N. panel began investigating the killings of civilians by government troops in "
     "Ivory Coast.", ("IGOUNO", "CIVMIL", "09")),
    ("Spanish judges began investigating the shelling of Sarajevo by Bosnian Serb forces.",
     ("ESPJUD", "BIHMIL", "09")),
    ("The Indonesian parliament ordered an inquiry into why Indonesian troops failed to stop "
     "the riots.", ("IDNLEG", "IDNMIL", "09")),
    # ... or whose a thing is...
    ("Swiss prosecutors opened an inquiry into bank accounts held by relatives of Gabon's late "
     "president.", ("CHEJUD", "GABCVL", "09")),
    # ... never an incident's victims or place, nor whom a thing is taken from
    ("Norwegian police opened an inquiry into the bombing of the Iraqi embassy in Oslo.",
     ("NORCOP", None, "09")),
    ("Ghana's police are investigating the theft of cocoa from state warehouses in Kumasi.",
     ("GHACOP", None, "09")),
    # the state where abuses happened answers for them
    ("The ICC opened an investigation into war crimes in Mali.", ("IGOICC", "MLI", "09")),
])
def test_an_inquiry_looks_into_who_did_the_deed(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # access is granted to whom it lets in, when they are named; aid no one's goes where it
    # is let in
    ("Syria's army allowed Red Cross convoys to cross into Aleppo through the Bab al-Hawa "
     "crossing from Turkey.", ("SYRMIL", "NGOICRC", "08")),
    ("Sudan allowed U.N. relief agencies into the Nuba Mountains in 2002.",
     ("SDN", "IGOUNO", "08")),
    ("Israel allowed 150 aid trucks to enter southern Gaza on Monday.", ("ISR", "PSE", "08")),
    # ... also when a place is opened to them
    ("Sri Lanka's government opened the northern districts to U.N. relief agencies for the "
     "first time in a year.", ("LKAGOV", "IGOUNO", "08")),
    ("Libya opened its nuclear sites to IAEA inspectors in 2004.", ("LBY", "IGOIAEA", "08")),
])
def test_access_is_granted_to_whom_it_lets_in(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # intelligence is shared with whom it is given to, never whom it is about: an indirect
    # object, also one the parser hangs on the intelligence...
    ("Cairo handed Tel Aviv a dossier on Islamic State militants in the Sinai.",
     ("EGY", "ISR", "06")),
    ("Ankara passed Baghdad detailed intelligence on PKK camps in the Qandil mountains.",
     ("TUR", "IRQ", "06")),
    # ... and whom one acts against before the body one acts at, wherever the parser hangs it
    ("Guyana filed a case at the International Court of Justice against Venezuela.",
     ("GUY", "VEN", "11")),
])
def test_recipients_and_opponents_come_before_topics_and_bodies(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place is in the country the sentence puts it in, whatever country the gazetteer
    # gives a town of that name
    ("Jihadist gunmen massacred about 60 villagers in the village of Solhan in northern "
     "Burkina Faso.", ("BFAREB", "BFACVL", "20")),
    ("The World Food Programme delivered maize to the town of Kuito in Angola on Monday.",
     ("IGOUNOWFP", "AGO", "07")),
    ("Iran sent tents and blankets to Pakistani Kashmir after the earthquake.",
     ("IRN", "PAK", "07")),
    # ... or the one country the sentence says things happen in, where it never names the
    # gazetteer's
    ("Gunmen massacred 40 villagers in Solhan on Friday in northern Burkina Faso.",
     ("BFAREB", "BFACVL", "20")),
    # ... a district or province of that country too
    ("Gunmen massacred 40 villagers in Solhan, in Burkina Faso's Sahel province, on Friday.",
     ("BFAREB", "BFACVL", "20")),
])
def test_a_place_is_where_the_sentence_puts_it(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where a report was phoned from is not where what it reports happened
    ("Ugandan troops shelled rebel camps near the border on Monday, a rebel spokesman said by "
     "satellite phone from Kenya.", ("UGAMIL", "UGAREB", "19")),
])
def test_where_something_was_said_places_no_one(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place an accord is named for is no party to it: the deed that breaks it names whom
    # it is done to
    ("Armenian forces violated the Moscow truce by shelling Azerbaijani positions near "
     "Tartar.", ("ARMMIL", "AZE", "19")),
    ("Houthi fighters broke the Stockholm agreement by attacking Saudi-led coalition troops "
     "near Hodeidah.", ("YEMHTH", "SAUMIL", "16")),
    ("The Taliban walked out of the Doha talks on Sunday.",
     ("AFGTAL", None, "16")),
])
def test_an_accord_named_for_a_place_is_not_that_place_s(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a complaint or case brought before an international body is against whom it accuses,
    # not the body
    ("Belize filed a complaint with the U.N. Security Council over Guatemalan troop "
     "incursions.", ("BLZ", "GTM", "11")),
    ("Bolivia filed a case at the World Trade Organization against Chile over port fees.",
     ("BOL", "CHL", "11")),
    ("Qatar filed a complaint with the WTO over the blockade imposed by Saudi Arabia.",
     ("QAT", "SAU", "11")),
])
def test_a_complaint_before_a_body_is_against_whom_it_accuses(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a complaint is against whom it seeks something done to ("a lawsuit seeking the
    # liquidation of X", "a case demanding the dissolution of X")
    ("Uzbek prosecutors filed a lawsuit seeking the liquidation of an independent rights group.",
     ("UZBJUD", "UZBOPP", "11")),
    ("Thai election officials filed a case seeking the dissolution of the opposition party.",
     ("THAGOV", "THAOPP", "11")),
])
def test_a_complaint_is_against_whom_it_seeks_done_to(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a letter, petition or message asks is asked of whom it goes to, and by whoever
    # sends it, though the parser hang the participle on the addressee
    ("The Zimbabwean opposition wrote to the president on Monday demanding early elections.",
     ("ZWEOPP", "ZWEGOV")),
    ("Kenyan opposition leaders sent a letter to the president demanding early elections.",
     ("KENOPP", "KENGOV")),
    ("Chilean students submitted a petition to parliament calling for free tuition.",
     ("CHLEDU", "CHLLEG")),
])
def test_what_a_message_asks_is_asked_of_whom_it_goes_to(main_event, text, expected):
    assert main_event(text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    # a town whose country the sentence names, or a capital, stays where it is
    ("Gunmen attacked a church in Solhan on Sunday.", "TUR"),
    ("Russia's defence ministry in Moscow said its forces struck Kharkiv in Ukraine.", "UKR"),
])
def test_a_place_the_sentence_does_not_move_stays(main_event, text, expected):
    assert main_event(text)[1] == expected


@pytest.mark.parametrize("text, expected", [
    # one handed over with no receiver named goes to whoever wants them; a person wanted
    # by the law is no one's demand
    ("Malaysia handed over a former guerrilla commander wanted by Indonesia for a bombing.",
     ("MYS", "IDN", "06")),
    ("Spain refused to extradite a businessman wanted by Argentine courts, officials said.",
     ("ESP", "ARGJUD", "12")),
    ("Peru extradited a drug trafficker wanted for murder to Mexico on Tuesday.",
     ("PER", "MEX", "06")),
])
def test_one_handed_over_goes_to_whoever_wants_them(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a court or arbiter a quarrel is taken to is where it is settled: the parties are each
    # other's targets
    ("Eritrea and Yemen agreed to take their dispute over the Hanish islands to the "
     "International Court of Justice.", ("ERI", "YEM", "03")),
    ("Guyana and Suriname agreed to bring their maritime claim to an arbitration tribunal.",
     ("GUY", "SUR", "03")),
])
def test_the_forum_a_quarrel_is_taken_to_is_no_target(main_event, text, expected):
    assert main_event(text)[:2] == expected[:2] and main_event(text)[2][:2] == expected[2]


@pytest.mark.parametrize("text, expected", [
    # "on" or "at" a country is whom something is aimed at, not where it is done
    ("Canada will lift the sanctions it imposed on Libya in 2011, the foreign minister said.",
     ("CAN", "LBY")),
    ("Venezuelan warships staged drills off the coast in a show of force aimed at Guyana.",
     ("VEN", "GUY")),
])
def test_on_or_at_a_country_is_whom_it_is_aimed_at(main_event, text, expected):
    assert main_event(text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    # a recipient named before what is handed over is the one, whatever "to" phrase the
    # parser hangs on the verb further on
    ("Norway handed Mozambique a grant of $20 million on Monday to repair a stretch of the "
     "N1, the main north-south road to the Tanzanian border.", ("NOR", "MOZ")),
])
def test_a_recipient_before_the_thing_handed_is_the_target(main_event, text, expected):
    assert main_event(text)[:2] == expected


@pytest.mark.parametrize("text, expected", [
    # people named by where they live, their work or their office are actors of their
    # country's sector: village leaders are civilians, an elections officer the state's
    ("Bolivia's president met leaders of the indigenous villages of the Chaco in Tarija to "
     "discuss their land claims.", ("BOLGOV", "BOLCVL")),
    ("Kenya's opposition insisted that the chief elections officer resign over the disputed "
     "count.", ("KENOPP", "KENGOV")),
    ("Gunmen kidnapped a schoolteacher in Zamfara state on Tuesday.", ("NGAREB", "NGAEDU")),
])
def test_people_named_by_their_place_work_or_office(main_event, text, expected):
    assert main_event(text)[:2] == expected


@pytest.mark.parametrize("text", [
    # a round of trade talks named for where it opened is no party to anything
    "Japanese rice farmers marched in Tokyo against the market opening agreed in the Uruguay "
    "Round.",
])
def test_a_round_named_for_a_place_is_no_target(main_event, text):
    assert main_event(text)[1] is None
