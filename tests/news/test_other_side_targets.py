"""Targets on the other side that a sentence names away from its verb (accord's own sentences,
written for these tests): the country force is used near, across or inside; the state of the
place where people are arrested, tortured or executed; the host of one's own nationals killed
abroad; whoever died in an attack; the place a withdrawal pulls back from; whom a hand-over is
to, and what a pledge helps rebuild."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # force used near, across, around or inside a place is used on its country
    ("Israeli jets struck weapons depots near Homs overnight.", ("ISRMIL", "SYR", "19")),
    ("Russian missiles pounded power stations across Ukraine on Friday.",
     ("RUS", "UKR", "19")),
    ("Ukrainian drones struck a fuel depot deep inside Russia on Sunday.",
     ("UKR", "RUS", "19")),
    ("Turkish jets bombed villages around Sinjar on Wednesday.", ("TURMIL", "IRQ", "19")),
    # (a place noun's country: "the Lebanese town of X")
    ("Israeli tanks shelled olive groves outside the Lebanese town of Khiam.",
     ("ISRMIL", "LBN", "19")),
])
def test_force_near_across_or_inside_a_place_is_on_its_country(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a state does to those in its hands is the place's state's ...
    ("France criticised the execution of two protesters in Iran on Monday.",
     ("FRA", "IRN", "11")),
    ("Amnesty International condemned the torture of prisoners in Syrian jails.",
     ("NGOAMN", "SYR", "11")),
    # ... and one's own nationals killed abroad are the host's to protect
    ("Turkey condemned the killing of Turkish truck drivers in the Libyan town of Sirte.",
     ("TUR", "LBY", "11")),
])
def test_a_state_act_in_a_place_and_ones_own_killed_there(main_event, text, expected):
    assert main_event(text) == expected


def test_an_attack_on_others_in_a_place_is_still_no_target(main_event):
    # the victims and place of an attack are not whom condemning it is aimed at
    assert main_event("Egypt condemned the bombing of a church in northern Nigeria.") == (
        "EGY", None, "11")


def test_a_declined_comment_names_no_one_by_what_it_is_about(main_event):
    assert main_event("A spokesman for India's foreign ministry declined to comment on the "
                      "detention of an Indian engineer in Dhaka.") == ("INDGOV", None, "01")


@pytest.mark.parametrize("text, expected", [
    # those who died in an attack are its targets
    ("Four Afghan policemen died in a Pakistani mortar attack near the Chaman crossing.",
     ("PAK", "AFGCOP", "19")),
    ("Six Syrian soldiers died in an Israeli air raid on Tuesday.", ("ISR", "SYRMIL", "19")),
])
def test_those_who_died_in_an_attack_are_its_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a withdrawal back from positions around a place leaves its country
    ("Russian troops pulled back from positions around Chernihiv on Monday.",
     ("RUSMIL", "UKR", "08")),
    # a hand-over is to whom the object's "to" phrase names
    ("Pakistan extradited a suspected Taliban commander to Afghanistan in 2005.",
     ("PAK", "AFG", "06")),
    # what a pledge helps to do names whom it is for
    ("Saudi Arabia pledged $500 million to help rebuild Lebanon after the war.",
     ("SAU", "LBN", "03")),
    ("The UAE promised $300 million to help rebuild Sudan after the floods.",
     ("ARE", "SDN", "03")),
])
def test_withdrawals_hand_overs_and_pledges(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # forces sent, stationed or shown somewhere: that place's country ...
    # (peacekeepers deployed are protection, 074, as dev labels "deployed 8,000
    # peacekeepers in Somalia")
    ("The United Nations deployed 5,000 peacekeepers in South Sudan in 2011.",
     ("IGOUNO", "SSD", "07")),
    ("Britain deployed additional warships off the coast of Yemen on Friday.",
     ("GBR", "YEM", "15")),
    # ... past a name the dictionary lacks (a weapon's, a fleet's), which implies no one
    ("Washington deployed Patriot missile batteries in Poland in March 2022.",
     ("USA", "POL", "15")),
    ("Moscow put its Baltic Fleet on high alert as NATO warships sailed near Kaliningrad.",
     ("RUS", "IGONATO", "15")),
    # ... but not one's own
    ("India deployed extra troops in Kashmir on Monday.", ("IND", None, "15")),
])
def test_forces_deployed_somewhere_are_aimed_at_its_country(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # any noun naming force ("fire", "gunfire") is the event those who died in it suffered
    ("Four Syrian soldiers died in Turkish artillery fire near Afrin on Sunday.",
     ("TUR", "SYRMIL", "19")),
    ("Two Lebanese farmers died in Israeli gunfire near the border village of Aita al-Shaab.",
     ("ISR", "LBNCVL", "19")),
])
def test_those_who_died_in_fire_are_its_targets(main_event, text, expected):
    assert main_event(text) == expected


def test_dying_in_a_fire_that_is_no_force_is_no_event(read_events):
    assert read_events("Five miners died in a fire at a coal mine in northern China on "
                       "Monday.") == ()


@pytest.mark.parametrize("text, expected", [
    # a release asked for is asked of whoever holds them ...
    ("Italy called for the release of two Italian engineers held by gunmen in Nigeria.",
     ("ITA", "NGAREB", "02")),
    # ... and of no one when the text names no holder
    ("Protesters in Tbilisi demanded the release of jailed opposition leaders.",
     ("GEOOPP", None, "10")),
])
def test_a_release_is_asked_of_the_holder(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # partners who work or meet together do it with each other, not with whom it is aimed
    # at or about ...
    ("Thai and Malaysian troops launched joint patrols against insurgents along the border.",
     ("THAMIL", "MYSMIL", "06")),
    ("Colombia and Panama agreed to exchange intelligence on drug cartels.",
     ("COL", "PAN", "03")),
    ("Kenyan and Ugandan officials held talks in Kampala, hosted by Rwanda's foreign minister.",
     ("KENGOV", "UGAGOV", "04")),
    # ... unless they do it with a third party
    ("Britain and France held talks with Iran in Geneva on Monday.", ("GBR", "IRN", "04")),
])
def test_partners_acting_together_are_each_others_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # rebels a state talks with in a foreign capital are its own: the capital is the venue
    ("Senegal's government reopened negotiations with the separatist rebels in Bissau.",
     ("SENGOV", "SENREB", "04")),
    ("Uganda's president met rebel commanders in Nairobi to discuss a truce.",
     ("UGAGOV", "UGAREB", "04")),
    # (rebels named by their country keep it)
    ("Ethiopia's government held talks with Sudanese rebels in Addis Ababa.",
     ("ETHGOV", "SDNREB", "04")),
])
def test_rebels_met_in_a_capital_are_the_states_own(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an act named by a noun keeps the target of what it ends ...
    ("The suspension of military aid to Guatemala by Washington took effect in March.",
     ("USA", "GTM", "16")),
    ("The suspension of development aid to Malawi by Norway was announced on Tuesday.",
     ("NOR", "MWI", "16")),
    # ... and an envoy called home is called home from a capital's country
    ("Chile's withdrawal of its ambassador from La Paz surprised diplomats.",
     ("CHL", "BOL", "16")),
])
def test_a_nominal_act_keeps_its_target(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is offered on a condition is offered to whoever must meet it ...
    ("Armenia would hand back the occupied districts if Azerbaijan recognised Karabakh's "
     "right to self-rule, the president said.", ("ARM", "AZE", "03")),
    ("Morocco will reopen the border if Algeria stops backing the Polisario, the king said.",
     ("MAR", "DZA", "03")),
    # ... not to those one waits for
    ("The Taliban said they would not return to the negotiating table until foreign troops "
     "left the country.", ("AFGTAL", None, "12")),
])
def test_an_offer_on_a_condition_is_made_to_who_must_meet_it(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wanted person handed over goes to the state of where they are sent, however the
    # parser reads "a ... suspect to X"
    ("Belgium extradited a Tunisian terror suspect to Tunis on Thursday.",
     ("BEL", "TUN", "06")),
    ("France extradited a Burundian war crimes suspect to Bujumbura in May.",
     ("FRA", "BDI", "06")),
])
def test_a_suspect_extradited_goes_to_the_receiving_state(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign envoy summoned hears a complaint, whatever the summoning is for ...
    ("Mexico summoned Peru's ambassador on Monday over the president's remarks.",
     ("MEX", "PERGOV", "11")),
    ("The Greek foreign ministry summoned the Turkish charge d'affaires to protest against "
     "the overflights.", ("GRCGOV", "TUR", "11")),
    # ... one's own summoned home is recalled from where they served
    ("Rabat summoned its ambassador home from Stockholm on Thursday.", ("MAR", "SWE", "16")),
    # (a court summoning a witness asks something of them)
    ("The court summoned the former minister for questioning.", ("JUD", "GOV", "10")),
])
def test_an_envoy_summoned_hears_a_complaint(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # every rank of envoy expelled reduces relations with the state that sent them ...
    ("Lithuania expelled the Russian charge d'affaires on Friday.", ("LTU", "RUS", "16")),
    ("The Czech Republic expelled a Russian military attache over the depot explosions.",
     ("CZE", "RUSMIL", "16")),
    ("Kiev expelled Moscow's consul in Odessa on Thursday.", ("UKR", "RUSGOV", "16")),
    # ... and answering by doing something is doing it
    ("Beijing retaliated by expelling a Canadian consul in Shanghai.", ("CHN", "CANGOV", "16")),
    ("Moscow reacted by banning imports of Polish apples.", ("RUS", "POL", "16")),
])
def test_envoys_expelled_and_retaliation_by_an_act(main_event, text, expected):
    assert main_event(text) == expected


def test_a_to_clause_the_tagger_reads_as_a_noun_still_names_the_act(main_event):
    # ("host" tagged a noun here): the talks offered are between their parties
    assert main_event("Angola offered to host talks between Congo and the rebels.") == (
        "AGO", "COD", "03")


@pytest.mark.parametrize("text, expected", [
    # what one talks by is a line to whoever is at its other end
    # (not the place the talk was about)
    ("Turkey's president discussed the fighting in Idlib by telephone with the Iranian "
     "president.", ("TURGOV", "IRNGOV", "04")),
    ("Brazil's president discussed the war in Ukraine by telephone with the French president.",
     ("BRAGOV", "FRAGOV", "04")),
])
def test_talk_by_telephone_is_with_the_other_end(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # regret voiced over another's deed is a criticism of its doer ...
    ("The Kenyan government expressed regret at Uganda's move to ban Kenyan milk.",
     ("KENGOV", "UGA", "11")),
    ("Seoul expressed deep regret over Tokyo's decision to curb exports of chip materials.",
     ("KOR", "JPN", "11")),
    # ... over one's own, an apology
    ("Seoul expressed regret over its failure to protect the Japanese embassy.",
     ("KOR", "JPN", "05")),
])
def test_regret_over_anothers_deed_is_criticism(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # envoys sent for talks visit for whoever sent them: with whom the talks are held ...
    ("Russia sent a delegation to Tehran for talks with Iranian officials.",
     ("RUS", "IRNGOV", "04")),
    # ... else where they are sent
    ("Egypt dispatched its intelligence chief to Khartoum for consultations.",
     ("EGY", "SDN", "04")),
])
def test_envoys_sent_for_talks_visit(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # those who brokered or mediated what the parties accept are no target of it
    ("Sudan's rival generals agreed to a truce brokered by Saudi Arabia and the United States.",
     ("SDNMIL", None, "08")),
    ("The two Yemeni factions accepted a ceasefire mediated by Oman and Qatar.",
     ("YEM", None, "08")),
])
def test_brokers_are_no_targets(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an end asked to what another does is asked of its doer, whatever the doing
    ("Turkey called for an end to Israel's operations in Gaza.", ("TUR", "ISR", "02")),
    ("Egypt demanded an end to Ethiopia's filling of the dam.", ("EGY", "ETH", "10")),
])
def test_an_end_asked_to_anothers_doing_is_asked_of_the_doer(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # who is let (allowed, permitted) do something is whom it is refused or granted
    ("Zimbabwe refused to let U.N. envoys visit the demolished townships.",
     ("ZWE", "IGOUNO", "12")),
    ("Belarus refused to let Polish diplomats attend the trial.", ("BLR", "POLGOV", "12")),
])
def test_who_is_let_do_something_is_the_target(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place an armed group pulls out of stands for its country, the group's own or not
    ("Al-Shabaab fighters withdrew from the port of Kismayo on Saturday.",
     ("SOMSHB", "SOM", "08")),
    ("Boko Haram pulled out of the town of Gwoza after the army's offensive.",
     ("NGABHM", "NGA", "08")),
])
def test_a_place_an_armed_group_leaves_is_its_countrys(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is looked into is who is said to have done it ...
    ("The OSCE is investigating reports that Azerbaijani troops shelled an Armenian village.",
     ("IGOOSC", "AZEMIL", "09")),
    ("Ghanaian officials were looking into claims that Togolese soldiers crossed the border.",
     ("GHAGOV", "TGOMIL", "09")),
    ("Canadian police were investigating whether Indian officials had plotted the killing.",
     ("CANCOP", "INDGOV", "09")),
    # ... those named by a role alone being the investigators' own
    ("Nigeria's Senate is examining allegations that ministers diverted flood relief.",
     ("NGALEG", "NGAGOV", "09")),
    # ... and with investigators of no country, a role stays a role (no "GOVMIL")
    ("Officials are investigating reports that soldiers fired on protesters in the capital.",
     ("GOV", "MIL", "09")),
])
def test_an_inquiry_into_reports_is_aimed_at_the_reported_doers(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hand-over refused is refused its receiver ...
    ("The junta refused to hand over the former president to the ICC.",
     ("MIL", "IGOICC", "12")),
    # ... and a threat against a deed is aimed at its doer
    ("Ankara warned that any move by Athens to extend its waters would be met with force.",
     ("TUR", "GRC", "13")),
])
def test_refused_receivers_and_threatened_doers(main_event, text, expected):
    assert main_event(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb the parser read as its object's modifier still has the object's parties ...
    ("Oman mediated talks between Iran and the United States in Muscat.",
     ("OMN", "IRN", "04")),
    # ... and a round of talks is with the talks' parties
    ("Sri Lanka's government held a second round of talks with the Tamil Tigers in Geneva.",
     ("LKAGOV", "LKAREB", "04")),
])
def test_mediated_talks_and_rounds_of_talks_have_their_parties(main_event, text, expected):
    assert main_event(text) == expected


def test_a_place_an_armed_group_asks_others_to_leave_stays_its_own(read_events):
    # (a demand to remove forces from Gaza is made of the forces, not of Gaza: the seed)
    events = read_events("Netanyahu criticised Hamas's demands to remove Israeli forces from "
                         "Gaza.")
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events
            if e.source.code == "PSEHMS"] == [("PSEHMS", "ISRMIL", "1056")]
