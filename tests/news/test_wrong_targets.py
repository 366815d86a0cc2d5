"""Names in a sentence that are not whom its act is done to (accord's own sentences, written
for these tests): where a statement or an agreement is made, what talks are about, who brokers
them, whom aid asked for would help, what a statement speaks of, whom force condemned hit, who
made a thing, whose mission a protest is held at; and of two names joined by a hyphen, the first."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a place or institution at which one speaks or signs is where, not whom...
    ("The Brazilian president said at the United Nations that the Amazon was not for sale.",
     ("BRAGOV", None, "01")),
    ("Egypt and Jordan signed a gas supply deal at the Kremlin on Friday.",
     ("EGY", "JOR", "05")),
    # ... but criticism is aimed at its target
    ("Hungary's prime minister lashed out at the European Commission over frozen funds.",
     ("HUNGOV", "IGOEUC", "11")),
])
def test_venues_of_statements_and_agreements(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is discussed, and whence it comes, is the topic of talks
    ("African Union leaders met in Addis Ababa to discuss refugees from South Sudan.",
     ("IGOAU", None, "04")),
    ("NATO defence ministers gathered in Brussels to discuss the threat from Russia.",
     ("IGONATO", None, "04")),
    ("Arab League foreign ministers met in Cairo on Sunday to discuss Iran's nuclear programme.",
     ("IGOARL", None, "04")),
    # a broker named on the talks is no party to them
    ("Kenyan-brokered talks between Ethiopia and Eritrea resumed in Nairobi.",
     ("ETH", "ERI", "04")),
    ("Qatari-mediated talks between Israel and Hamas collapsed on Sunday.",
     ("ISR", "PSEHMS", "16")),
])
def test_topics_and_brokers_of_talks(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (welcoming others' agreement praises them, as dev labels "welcomed the Saudi-Iranian
    # agreement": 051)
    ("Japan welcomed the Indian-Pakistani ceasefire agreement.", ("JPN", "IND", "05")),
    ("Britain criticised the Russian-Belarusian military exercises near the Polish border.",
     ("GBR", "RUS", "11")),
])
def test_the_first_of_a_hyphened_pair_is_named_first(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # aid is asked of whoever gives it, not of those it would help
    ("UNICEF appealed for $20 million to help Rohingya children in Bangladesh.",
     ("IGOUNOCEF", None, "02")),
    ("The United Nations appealed for $1 billion to help Sudanese refugees in Chad.",
     ("IGOUNO", None, "02")),
])
def test_aid_asked_for_is_not_asked_of_those_it_helps(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain statement is not about what its words speak of
    ("Japan's foreign ministry spokesman refused to be drawn on the fate of two Chinese "
     "fishermen.", ("JPNGOV", None, "01")),
    ("India's foreign secretary declined to comment on reports of a meeting with Pakistani "
     "officials in Dubai.", ("INDGOV", None, "01")),
    # condemning force is aimed at its doer when named, never at whom it hit
    ("Germany condemned the attack on peacekeepers in southern Lebanon.", ("DEU", None, "11")),
    ("Russia condemned the U.S. air strikes on Syria as a violation of international law.",
     ("RUS", "USA", "11")),
])
def test_what_a_statement_or_a_condemnation_speaks_of(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a maker is not whose a thing is; who launched it is
    ("Ukraine said it had shot down Iranian-made drones launched by Russia overnight.",
     ("UKR", "RUS", "19")),
    # a protest at a country's mission is against that country, held where the mission is
    ("Hundreds of Iraqis protested outside the Turkish embassy in Baghdad on Monday.",
     ("IRQ", "TUR", "14")),
    ("Students rallied in front of the Indian embassy in Kathmandu against the border "
     "blockade.", ("NPLEDU", "IND", "14")),
    # mediating in a dispute is between its parties
    ("Egypt offered to mediate in the water dispute between Sudan and Ethiopia.",
     ("EGY", "SDN", "03")),
])
def test_makers_missions_and_disputes(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # saying another was to blame, responsible or behind something accuses them...
    ("Pakistan said India was responsible for the bombing in Lahore.", ("PAK", "IND", "11")),
    ("Moscow said Kyiv was to blame for the attack on the dam.", ("RUS", "UKR", "11")),
    ("Israel said Hamas was behind the rocket attack on Ashkelon.", ("ISR", "PSEHMS", "11")),
    # ... not so one's own side, nor what one is not to blame for
    ("India said it was not to blame for the collapse of the talks.", ("IND", None, "01")),
    # the U.N. nuclear watchdog is the IAEA
    ("Tehran criticised the report of the U.N. nuclear watchdog on Iranian nuclear sites.",
     ("IRN", "IGOIAEA", "11")),
])
def test_who_a_speaker_blames_and_the_nuclear_watchdog(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party met at a venue is of the country the other party names, not the venue's...
    ("The Sudanese government resumed talks with the rebels in Addis Ababa on Friday.",
     ("SDNGOV", "SDNREB", "04")),
    ("Niger's president met rebel leaders in Tripoli on Sunday.", ("NERGOV", "NERREB", "04")),
    ("Nepal's government signed a peace accord with Maoist rebels in New Delhi.",
     ("NPLGOV", "NPLREB", "05")),
    # ... parties named together too
    ("Talks between Bangui and the rebels were resumed in Libreville on Tuesday.",
     ("CAF", "CAFREB", "04")),
])
def test_parties_met_at_a_venue(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # whom a speaker told is the target only when what was said names no one it is aimed at
    ("Serbia's president told the visiting German chancellor that Belgrade would never "
     "accept EU mediation over Kosovo.", ("SRB", "IGOEU", "12")),
])
def test_what_was_told_before_whom(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an appeal to everyone (the international community, donors) has no target, whoever
    # what they are asked to do would help or concern...
    ("Bangladesh's prime minister appealed to the international community to help the "
     "Rohingya refugees from Myanmar.", ("BGDGOV", None, "02")),
    ("Somalia's president urged donors on Monday to help feed drought victims in Puntland.",
     ("SOMGOV", None, "02")),
    ("The Zimbabwean government called on the international community to lift sanctions on "
     "Harare.", ("ZWEGOV", None, "02")),
    # ... an appeal to someone named is to them
    ("Serbia's president called on the European Union to lift sanctions on Belgrade.",
     ("SRBGOV", "IGOEU", "02")),
])
def test_appeals_to_everyone(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # force condemned is its doer's, an armed side an adjective names included
    ("Nepal's government condemned the Maoist attack on a bus in Chitwan district.",
     ("NPLGOV", "NPLREB", "11")),
    ("India's home minister condemned the Maoist ambush that killed 25 policemen in "
     "Chhattisgarh.", ("INDGOV", "INDREB", "11")),
    ("Mali's junta condemned the Islamist attack on an army camp near Gao.",
     ("MLIMIL", "MLIREB", "11")),
])
def test_condemned_force_of_an_armed_side(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deal brokered is between those its relative clause binds
    ("Turkey brokered a deal under which Russia and Ukraine agreed to resume grain shipments.",
     ("TUR", "RUS", "04")),
    ("Qatar brokered an agreement under which Israel and Hamas agreed to a four-day truce.",
     ("QAT", "ISR", "04")),
])
def test_parties_of_a_brokered_deal(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one furnished with a thing is its recipient, not the thing ("fighter jets": no troops)
    ("Washington supplied Riyadh with F-15 fighter jets in 1992.", ("USA", "SAU", "07")),
    # partners cooperating are each other's target, not whom it is against or about
    ("Kenyan and Ugandan troops carried out joint patrols against al-Shabaab near the border.",
     ("KENMIL", "UGAMIL", "06")),
    ("Indonesia and Malaysia agreed to share intelligence on Islamist militants.",
     ("IDN", "MYS", "03")),
])
def test_recipients_and_partners_of_cooperation(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what goes through a body's effort or force somewhere goes to that country
    ("Bangladesh contributed 800 troops to the U.N. peacekeeping mission in Sierra Leone.",
     ("BGD", "SLE", "07")),
    ("Sweden gave 5 million dollars to the World Food Programme's operation in Sudan.",
     ("SWE", "SDN", "07")),
])
def test_aid_through_a_body_somewhere(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the host of talks, as their broker, is no party to them
    ("Kenyan and Somali officials held a third round of talks in Nairobi, hosted by Uganda's "
     "president.", ("KENGOV", "SOMGOV", "04")),
    ("Indian and Pakistani diplomats held a round of talks in Dubai, hosted by the Emirati "
     "foreign minister.", ("INDGOV", "PAKGOV", "04")),
])
def test_hosts_of_talks(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who acts together with the doer is no target of the act
    ("Together with the Japanese prime minister, the U.S. president called on North Korea to "
     "abandon its nuclear programme.", ("USAGOV", "PRK", "02")),
    ("Together with Britain, France appealed to the Taliban to free the aid workers.",
     ("FRA", "AFGTAL", "02")),
])
def test_companions_are_no_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain statement has no party in those it is told to, nor in the speaker's own side
    ("The Kenyan president told a rally of supporters in Nakuru that the election would be "
     "free and fair.", ("KENGOV", None, "01")),
    ("The Polish president told European leaders at a summit in Brussels that Warsaw would "
     "adopt the euro by 2012.", ("POLGOV", None, "01")),
])
def test_plain_statements_told_to_an_audience(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rebels attacked by two armies together are their target, whoever's rebels they are
    ("Rwandan and Congolese soldiers attacked FDLR rebel bases in North Kivu.",
     ("RWAMIL", "RWAREB", "19")),
    ("Nigerian and Chadian troops attacked Boko Haram camps near Lake Chad.",
     ("NGAMIL", "NGABHM", "19")),
])
def test_rebels_attacked_by_partners(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what one refuses to hand over is refused to whom it would go, not whom it is
    ("The Sudanese government refused to hand over the former minister to the International "
     "Criminal Court.", ("SDNGOV", "IGOICC", "12")),
    ("The Yemeni government refused to hand over the cleric to the United States.",
     ("YEMGOV", "USA", "12")),
])
def test_refused_to_hand_over_to(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # force condemned with no doer named has no target: not its victims, nor whose they are
    ("Australia condemned the downing of a Malaysian airliner over Ukraine.",
     ("AUS", None, "11")),
    ("Britain condemned the sinking of a South Korean warship in the Yellow Sea.",
     ("GBR", None, "11")),
    ("India condemned the beheading of a Nepali hostage.", ("IND", None, "11")),
])
def test_condemned_force_is_not_its_victims(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one quoted by the press "as saying" is the speaker, not the paper that quotes them
    ("Ghana's president was quoted by the Daily Graphic as saying that Togo must respect its "
     "border.", ("GHAGOV", "TGO", "10")),
])
def test_quoted_as_saying(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X's ally Y" is Y, not X: the relation named in apposition
    ("Tehran accused Washington's ally Saudi Arabia of funding the protests.",
     ("IRN", "SAU", "11")),
    ("The European Union urged Russia's ally Belarus to free political prisoners.",
     ("IGOEU", "BLR", "02")),
    ("Iran's longtime foe, Saudi Arabia, rejected the offer of talks.", ("SAU", None, "12")),
])
def test_allies_and_foes_named_in_apposition(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a curfew or emergency rule at home, imposed or lifted, is on no one: not the city it
    # covers, nor those it lets go about their business
    ("Bolivian authorities lifted the curfew in Cochabamba, allowing residents to reopen "
     "their shops.", ("BOLGOV", None, "08")),
    ("Fiji's military eased the state of emergency in Suva, letting traders return.",
     ("FJIMIL", None, "08")),
    ("Tunisian police imposed a curfew on the town of Kasserine on Tuesday.",
     ("TUNCOP", None, "17")),
    # ... but a threat of it is aimed at whoever must not do what its "if" clause says
    ("Togo's president threatened to declare a state of emergency if the opposition went "
     "ahead with its strike.", ("TGOGOV", "TGOOPP", "13")),
])
def test_curfews_and_emergency_rule_at_home(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # where protesters burn, loot or occupy is their own town, no target of their riot,
    # whether a place name, a country's word on a place noun, or where a role has no country
    ("Rioters looted shops in the town of Tataouine on Tuesday night.",
     ("TUNOPP", None, "14")),
    ("Students burned tyres and smashed windows in the Senegalese city of Ziguinchor.",
     ("SENEDU", None, "14")),
    ("Unemployed graduates occupied a railway station in the Moroccan town of Jerada.",
     ("MAREDU", None, "14")),
    ("Angry herdsmen blocked the main road into the Kenyan town of Isiolo for two days.",
     ("KENCVL", None, "14")),
    # ... but the seat of the executive they storm or occupy is the government's
    ("Protesters stormed the presidential palace in Bishkek in October 2020.",
     ("KGZOPP", "KGZGOV", "14")),
])
def test_where_a_riot_happens_is_no_target(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks one chairs, facilitates or sponsors between others are mediated (045), as hosting
    # them is; the parties are its targets
    ("Norway's foreign minister chaired talks between the Sri Lankan government and the Tamil "
     "Tigers in Oslo.", ("NORGOV", "LKAGOV", "045")),
    ("Kenya facilitated peace talks between Sudan's government and southern rebels in "
     "Naivasha.", ("KEN", "SDNGOV", "045")),
])
def test_talks_led_between_others_are_mediation(read_events, text, expected):
    event = read_events(text)[0]
    assert (event.source.code, event.target.code, event.cameo) == expected
