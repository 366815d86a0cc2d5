"""How an act is reported: done, intended, refused, denied, expected or not done, and who the
source is under attribution (the wrapping decides the CAMEO root: a refused meeting is 125, a
denial 016, an intended withdrawal 0356). The project's own sentences."""

from __future__ import annotations

import pytest


def _main(read_events, text):
    """The main event of a one-sentence document: (source, target, cameo, modality, negated)."""
    events = read_events(text)
    assert events, text
    e = events[0]
    return e.source.code, e.target.code if e.target else None, e.cameo, e.modality, e.negated


def _all(read_events, text):
    events = read_events(text)
    return {(e.source.code, e.cameo, e.negated) for e in events}


@pytest.mark.parametrize("text, expected", [
    # "will", "would": an intent (CAMEO 03), as "pledged" or "plans to" are
    ("Chile will restore diplomatic ties with Bolivia next year, the foreign minister said.",
     ("CHL", "BOL", "032", "intent", False)),
    ("Portugal said it would release the two Angolan prisoners on Monday.",
     ("PRT", "AGO", "0353", "intent", False)),
    # and never or not with them: a rejection (CAMEO 12), not a negated intent
    ("Iran will never hold talks with Israel, the president said.",
     ("IRN", "ISR", "125", "refusal", False)),
    # (fishermen are civilians of their country, as dev labels them: CHLCVL)
    ("Peru would not release the Chilean fishermen, the interior minister said.",
     ("PER", "CHLCVL", "1243", "refusal", False)),
])
def test_will_and_would_are_an_intent_and_will_not_a_refusal(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a deed the lexicon names no act for, refused by its doer: a rejection all the same
    ("The Bolivian president said he would never sell the country's lithium to foreign "
     "companies.", ("BOLGOV", "120", "refusal")),
    ("The Sudanese government said it would not hand over the former president to The Hague.",
     ("SDNGOV", "120", "refusal")),
    # experts sent to look, not let in: involvement refused
    ("The Ugandan government said it would not let U.N. human rights experts into the "
     "country.", ("UGAGOV", "1245", "refusal")),
    # but a state, a feeling, or another's forecast is no deed refused
    ("South Africa's president said the country would not be dragged into the war in Sudan.",
     ("ZAFGOV", "010", None)),
    ("China threatened to teach Vietnam a lesson it would never forget.",
     ("CHN", "130", "threat")),
    # not ready, not prepared, not willing to: a rejection, as "has no intention of" is
    ("The Kremlin said it was not prepared to negotiate with Kyiv.", ("RUS", "125", "refusal")),
    ("Ankara is not willing to withdraw its troops from northern Syria.",
     ("TUR", "1246", "refusal")),
    # balking at a demand, or at doing a thing, rejects it
    ("Mali's junta balked at ECOWAS's demand for a return to civilian rule within six months.",
     ("MLIMIL", "127", "refusal")),
    ("Germany baulked at sending Taurus missiles to Ukraine.", ("DEU", "1222", "refusal")),
    ("The Iraqi Kurdish government was not prepared to postpone the independence referendum, "
     "its president said in Erbil.", ("IRQGOV", "120", "refusal")),
])
def test_any_deed_its_doer_will_not_do_is_refused(read_events, text, expected):
    source, _, cameo, modality, _ = _main(read_events, text)
    assert (source, cameo, modality) == expected


@pytest.mark.parametrize("text, expected", [
    # a promise or pledge fulfilled, honoured, made good on, delivered on: what it names is
    # given, not vowed
    ("Algeria fulfilled its promise of wheat for Tunisia on Monday.", ("DZA", "073", None)),
    ("Japan delivered on its promise of $500 million in aid to Ukraine.",
     ("JPN", "071", None)),
    ("Kuwait made good on its pledge of $1 billion to Egypt.", ("KWT", "071", None)),
    # (making a pledge is the pledge)
    ("Japan made a pledge of $500 million in aid to Ukraine.", ("JPN", "0331", "vow")),
])
def test_a_promise_fulfilled_is_the_act_done(read_events, text, expected):
    source, _, cameo, modality, _ = _main(read_events, text)
    assert (source, cameo, modality) == expected


@pytest.mark.parametrize("text, expected", [
    # "denied that Y did": a denial by the speaker (016); what it denies is not done
    ("Chad denied that its troops had crossed into Sudan.", ("TCD", None, "016", None, False)),
    ("Syria denied sending weapons to Lebanese militias.", ("SYR", None, "016", None, False)),
    # denying someone something is still a refusal
    ("Israel denied the Red Cross access to the prisoners.",
     ("ISR", "NGOICRC", "1245", "refusal", False)),
])
def test_denying_a_clause_is_a_denial(read_events, text, expected):
    assert _main(read_events, text) == expected


def test_a_denied_act_is_not_reported_as_done(read_events):
    events = _all(read_events, "Chad denied that its troops had crossed into Sudan.")
    assert {code for _, code, _ in events} == {"016"}


@pytest.mark.parametrize("text, expected", [
    # an act whose code is itself a stance carries it: a veto is a refusal
    ("France vetoed the Security Council resolution on Friday.",
     ("FRA", "IGOUNOSEC", "129", "refusal", False)),
    ("Bolivia defied a ruling of the Organization of American States on the border.",
     ("BOL", "IGOOAS", "128", "refusal", False)),
])
def test_a_rejecting_act_is_a_refusal(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of saying over a fact reports it: its doer is the source, nothing is demanded
    ("Egypt insisted that its police had not arrested the Sudanese students.",
     ("EGYCOP", "SDNEDU", "173", None, True)),
    # over what is to be done (the subjunctive, "should"), it is a demand
    ("Egypt insisted that Sudan release the students.", ("EGY", "SDN", "1053", "demand", False)),
    ("Egypt insisted that Sudan should release the students.",
     ("EGY", "SDN", "1053", "demand", False)),
])
def test_insisting_on_a_fact_is_a_report(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Turkish troops failed to attack the Syrian border post.",
     ("TURMIL", "SYR", "190", None, True)),
    ("Kenyan police were unable to arrest the Somali smugglers.",
     ("KENCOP", "SOM", "173", None, True)),
    ("Israel has yet to release the Lebanese prisoners.", ("ISR", "LBN", "0841", None, True)),
    ("Russia no longer supplies weapons to Syria, the minister said.",
     ("RUS", "SYR", "072", None, True)),
])
def test_failed_to_unable_to_yet_to_and_no_longer_are_not_done(read_events, text, expected):
    got = _main(read_events, text)
    # the act's own code may be refined elsewhere; here its doer, root and negation
    assert (got[0], got[2][:2], got[3], got[4]) == (expected[0], expected[2][:2], expected[3],
                                                    expected[4])


@pytest.mark.parametrize("text, expected", [
    ("Ghana's president is set to visit Nigeria next week.",
     ("GHAGOV", "NGA", "042", "expected", False)),
    ("Thailand and Cambodia are scheduled to hold border talks in Bangkok on Monday.",
     ("THA", "KHM", "046", "expected", False)),
])
def test_set_and_scheduled_to_are_expected(read_events, text, expected):
    assert _main(read_events, text) == expected


def test_setting_something_is_no_expectation(read_events):
    events = read_events("Uganda set a deadline for the rebels.")
    assert all(e.modality != "expected" for e in events)


@pytest.mark.parametrize("text, expected", [
    # humanitarian aid (073 when given) asked for, promised or refused keeps its kind
    ("Malawi appealed to donors for food and medicine after the floods.",
     ("MWI", None, "0233", "appeal", False)),
    ("Norway pledged to send food and medicine to Somalia.",
     ("NOR", "SOM", "0333", "vow", False)),
])
def test_humanitarian_aid_asked_for_or_promised(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    # rejecting or dismissing an accusation is a denial, against the accuser when named
    ("Kenya rejected accusations that its police had killed the protesters.",
     ("KEN", None, "016", None, False)),
    ("Ghana dismissed Togo's accusations that it had armed the rebels.",
     ("GHA", "TGO", "016", None, False)),
    # rejecting anything else is still a rejection
    ("Ghana rejected Togo's proposal for talks.", ("GHA", "TGO", "12", "refusal", False)),
])
def test_dismissing_an_accusation_is_a_denial(read_events, text, expected):
    source, target, cameo, modality, negated = _main(read_events, text)
    assert (source, target, cameo[:len(expected[2])], modality, negated) == expected


@pytest.mark.parametrize("text, expected", [
    # a threat that names no act is CAMEO 130
    ("Serbia threatened Kosovo on Monday.", ("SRB", "XKX", "130", "threat", False)),
    ("Iran warned Britain of serious consequences.", ("IRN", "GBR", "130", "threat", False)),
    # a warning of what no one does is a pessimistic comment
    ("The WHO warned of a cholera epidemic in Yemen.", ("IGOWHO", None, "012", None, False)),
])
def test_a_threat_that_names_no_act(read_events, text, expected):
    assert _main(read_events, text) == expected


def test_a_vow_of_revenge_is_against_who_did_what_it_answers(read_events):
    assert _main(read_events, "The PKK vowed revenge after Turkish jets bombed its camps.") \
        == ("TURPKK", "TURMIL", "138", "vow", False)


@pytest.mark.parametrize("text, expected", [
    # letting another's forces in is allowing international involvement
    ("Mali agreed to let French troops deploy in the north.",
     ("MLI", "FRAMIL", "0355", "agree", False)),
    # stopping the fighting is a ceasefire, asked for here
    ("Kenya urged Ethiopia and Eritrea to stop fighting.", ("KEN", "ETH", "0256", "appeal", False)),
    # an invitation declined is the meeting it asks for, refused
    ("Peru declined an invitation to attend the peace conference.",
     ("PER", None, "125", "refusal", False)),
    # a statement declined is a statement (011), no stance
    ("The Indian army declined to comment.", ("INDMIL", None, "011", None, False)),
    # "is going to": an intent
    ("Canada is going to lift its sanctions on Libya.", ("CAN", "LBY", "0354", "intent", False)),
])
def test_what_the_wrapping_makes_of_the_act(read_events, text, expected):
    assert _main(read_events, text) == expected


def test_force_its_own_side_says_is_possible_is_a_threat(read_events):
    assert _main(read_events, "Armenia could strike Azerbaijani positions, its defence "
                 "minister said.") == ("ARM", "AZE", "138", "threat", False)
    # what others say a country could do is a forecast, not its threat
    got = _main(read_events, "Russia could attack Ukraine, U.S. officials said.")
    assert got[3] != "threat"


@pytest.mark.parametrize("text, expected", [
    # asking that force not be used is asking for de-escalation, whatever the wording
    ("Canada urged Turkey not to attack the Kurdish town.",
     ("CAN", "TUR", "0256", "appeal", False)),
    ("Kenya called on Uganda to refrain from attacking the rebels.",
     ("KEN", "UGA", "0256", "appeal", False)),
    ("Iraq demanded that Turkey stop bombing its northern villages.",
     ("IRQ", "TUR", "1056", "demand", False)),
    # holding back from force, done, is de-escalation
    ("Greece refrained from attacking Turkish ships near Imia.",
     ("GRC", "TUR", "087", None, False)),
    # warning someone against an act is a threat to them; the act is theirs, not the warner's
    ("Britain warned Argentina against sending warships to the islands.",
     ("GBR", "ARG", "130", "threat", False)),
])
def test_asking_for_or_warning_against_force(read_events, text, expected):
    assert _main(read_events, text) == expected


def test_a_condition_is_not_the_news(read_events):
    """The act of an "until"/"unless" clause is only a condition: the sentence's stance comes
    first."""
    got = _main(read_events, "Unless Ethiopia withdraws from Badme, Eritrea will not resume "
                "talks, the foreign minister said.")
    assert (got[0], got[2], got[3]) == ("ERI", "125", "refusal")


def test_rejecting_anothers_force_is_a_rejection(read_events):
    assert _main(read_events, "Egypt rejected Israel's offensive in Rafah.") == (
        "EGY", "ISR", "120", "refusal", False)
    # refusing to use force oneself is no event at all
    assert _all(read_events, "Hamas refused to attack Israel.") == set()


@pytest.mark.parametrize("text, expected", [
    # promising or agreeing not to use force is an intent to de-escalate (0356), not force
    ("Georgia pledged not to attack the rebels in Abkhazia.", ("GEO", "GEOREB", "0356", "vow")),
    ("Sudan and Chad agreed not to attack each other.", ("SDN", "TCD", "0356", "agree")),
    # the troops not sent are one's own, not its target
    ("Turkey promised not to send its troops into Iraq.", ("TUR", "IRQ", "0356", "vow")),
])
def test_promising_not_to_use_force(read_events, text, expected):
    assert _main(read_events, text)[:4] == expected


@pytest.mark.parametrize("text, expected", [
    # a stance noun stated by a verb is its subject's; "no intention" is a rejection
    ("Morocco has no intention of withdrawing its troops from the Western Sahara.",
     ("MAR", "1246", "refusal")),
    ("Qatar expressed readiness to host new talks between Sudan and the rebels in Doha.",
     ("QAT", "036", "intent")),
    ("Serbia signalled its willingness to resume talks with Kosovo.", ("SRB", "036", "intent")),
])
def test_a_stance_noun_is_its_stating_subjects(read_events, text, expected):
    got = _main(read_events, text)
    assert (got[0], got[2], got[3]) == expected


@pytest.mark.parametrize("text, expected", [
    # whatever the act the lexicon lacks, intended with another country: an intent (030)
    ("Mongolia said it planned to send a team of geologists to Laos next spring.",
     ("MNG", "LAO", "030", "intent")),
    ("Hungary will build a new bridge across the Danube to Slovakia, the minister said.",
     ("HUN", "SVK", "030", "intent")),
    ("Kenya's president said his government was ready to lend engineers to Malawi.",
     ("KENGOV", "MWI", "030", "intent")),
])
def test_an_intent_with_another_country_whatever_the_act(read_events, text, expected):
    assert _main(read_events, text)[:4] == expected


@pytest.mark.parametrize("text", [
    # at home, in a game or in answer to another: no intent to cooperate
    "Peru's president said the government would build 20 new hospitals next year.",
    "Kenya will play Uganda in the semifinal on Sunday.",
    "Russia will respond to any attack on Belarus, the Kremlin said.",
])
def test_no_intent_to_cooperate_at_home_in_a_game_or_in_answer(read_events, text):
    assert not any(e.cameo.startswith("03") for e in read_events(text))


@pytest.mark.parametrize("text, code", [
    # a vote its own side says it will hold is a date told (010); promised, a reform (034)
    ("Kenya's president said the country would hold a referendum on the new constitution "
     "in August.", "010"),
    ("Peru's prime minister told reporters that the government would hold elections in April.",
     "010"),
    ("Myanmar's junta promised to hold free elections next year.", "034"),
])
def test_a_vote_to_be_held_is_told_not_promised(read_events, text, code):
    assert _main(read_events, text)[2][:3] == code


@pytest.mark.parametrize("text", [
    "Kenya's teachers' union has not agreed to a pay freeze.",
    "Chile's copper miners did not agree to the new shift rota.",
])
def test_an_accord_not_reached_is_negated(read_events, text):
    # no act to refuse in what is agreed to: the accord (019) reported as not reached
    _, _, cameo, modality, negated = _main(read_events, text)
    assert (cameo, modality, negated) == ("019", None, True)


@pytest.mark.parametrize("text", [
    # "neither X nor Y did it": none of them did
    "Neither Peru nor Chile attacked Bolivia.",
    "Neither Armenia nor Azerbaijan walked out of the talks on Friday.",
])
def test_neither_nor_is_not_done_by_either(read_events, text):
    events = read_events(text)
    assert len(events) >= 2 and all(e.negated for e in events)


@pytest.mark.parametrize("text, cameo", [
    # refraining from, or stopping short of, anything but force is that act not done
    ("Spain refrained from criticising Morocco over the migrant crossings.", "111"),
    ("France stopped short of condemning Algeria.", "111"),
])
def test_an_act_refrained_from_is_not_done(read_events, text, cameo):
    event = read_events(text)[0]
    assert (event.cameo, event.negated) == (cameo, True)
