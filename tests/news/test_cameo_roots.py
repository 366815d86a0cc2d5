"""Every CAMEO root on the project's own sentences (written for these tests from the code
definitions, not taken from the CAMEO or PLOVER manuals): the main event, the first one, has
the expected root code, PLOVER category (None for public statements), source and target."""

from __future__ import annotations

import pytest


def _main(read_events, text):
    events = read_events(text)
    assert events, f"no event in {text!r}"
    e = events[0]
    return (e.cameo[:2], e.plover, e.source.code, e.target.code if e.target else None)


@pytest.mark.parametrize("text, expected", [
    # 01 public statements (no PLOVER category)
    ("The Kenyan government declined to comment on the report.", ("01", None, "KENGOV", None)),
    ("Iran denied responsibility for the attack on the tanker.", ("01", None, "IRN", None)),
    ("The Taliban claimed responsibility for the bombing in Kabul.",
     ("01", None, "AFGTAL", None)),
    ("Japan expressed concern over the missile launches.", ("01", None, "JPN", None)),
    ("The French president was optimistic about the climate negotiations.",
     ("01", None, "FRAGOV", None)),
    ("The Pakistani minister laid a wreath at the memorial.", ("01", None, "PAKGOV", None)),
    # 02 appeal
    ("Germany urged Russia to release the detained journalists.",
     ("02", "REQUEST", "DEU", "RUS")),
    ("Egypt called on Ethiopia to resume negotiations over the dam.",
     ("02", "REQUEST", "EGY", "ETH")),
    ("Kenya asked the African Union to send peacekeepers to Somalia.",
     ("02", "REQUEST", "KEN", "IGOAU")),
    # 03 express intent to cooperate
    ("China pledged $2 billion in loans to Pakistan.", ("03", "AGREE", "CHN", "PAK")),
    ("Turkey offered to mediate between Russia and Ukraine.", ("03", "AGREE", "TUR", "RUS")),
    # 04 consult
    ("President Macron visited Algeria on Tuesday.", ("04", "CONSULT", "FRAGOV", "DZA")),
    ("The Saudi king hosted the Iraqi prime minister in Riyadh.",
     ("04", "CONSULT", "SAUGOV", "IRQGOV")),
    ("Qatar mediated between Hamas and Israel.", ("04", "CONSULT", "QAT", "PSEHMS")),
    # 05 diplomatic cooperation
    ("The Australian foreign minister praised Indonesia for its efforts.",
     ("05", "SUPPORT", "AUSGOV", "IDN")),
    ("Spain recognized Palestine as a state.", ("05", "SUPPORT", "ESP", "PSE")),
    ("Japan apologized to South Korea for wartime abuses.", ("05", "SUPPORT", "JPN", "KOR")),
    ("Rwanda forgave France for its role in the genocide.", ("05", "SUPPORT", "RWA", "FRA")),
    ("The United States defended Israel at the United Nations.",
     ("05", "SUPPORT", "USA", "ISR")),
    # 06 material cooperation
    ("France and India held joint military exercises in the Indian Ocean.",
     ("06", "COOPERATE", "FRA", "IND")),
    ("Spain extradited the suspect to Mexico.", ("06", "COOPERATE", "ESP", "MEX")),
    ("Jordan shared intelligence with Iraq about the militants.",
     ("06", "COOPERATE", "JOR", "IRQ")),
    # 07 provide aid
    ("The United States sent weapons to Ukraine.", ("07", "AID", "USA", "UKR")),
    ("Britain delivered food and medicine to Yemen.", ("07", "AID", "GBR", "YEM")),
    ("Canada granted asylum to the Saudi activist.", ("07", "AID", "CAN", "SAUOPP")),
    # 08 yield
    # (the place withdrawn from stands for its country, as gold_cameo_dev.yaml labels it)
    ("Russia withdrew its troops from Syria.", ("08", "RETREAT", "RUS", "SYR")),
    ("The European Union eased sanctions on Venezuela.", ("08", "RETREAT", "IGOEU", "VEN")),
    # 09 investigate
    ("The United Nations launched an investigation into the massacre.",
     ("09", "ACCUSE", "IGOUNO", None)),
    # 11 disapprove
    ("Turkey accused Greece of violating its airspace.", ("11", "ACCUSE", "TUR", "GRC")),
    ("Ukraine filed a lawsuit against Russia at the International Court of Justice.",
     ("11", "ACCUSE", "UKR", "RUS")),
    ("Mexico lodged a formal complaint with the United States.",
     ("11", "ACCUSE", "MEX", "USA")),
    # 10 demand
    ("The Nigerian opposition demanded the resignation of the election commission chief.",
     ("10", "REQUEST", "NGAOPP", "NGAGOV")),
    # 12 reject
    ("Russia vetoed the Security Council resolution.", ("12", "REJECT", "RUS", "IGOUNOSEC")),
    ("Ecuador rejected Peru's request for military aid.", ("12", "REJECT", "ECU", "PER")),
    # 13 threaten
    ("Iran warned Israel that it would retaliate with force.",
     ("13", "THREATEN", "IRN", "ISR")),
    ("The United States threatened to impose sanctions on Uganda.",
     ("13", "THREATEN", "USA", "UGA")),
    ("Turkey gave Sweden an ultimatum.", ("13", "THREATEN", "TUR", "SWE")),
    # 14 protest
    ("Thousands of students protested in Belgrade against the government.",
     ("14", "PROTEST", "SRBEDU", "SRBGOV")),
    ("Workers in Argentina went on strike over wage cuts.", ("14", "PROTEST", "ARGLAB", None)),
    ("Protesters in Senegal clashed with police in Dakar.", ("14", "PROTEST", "SENOPP", "SENCOP")),
    # 15 exhibit force posture
    ("Venezuela put its armed forces on high alert.", ("15", "MOBILIZE", "VEN", None)),
    ("China deployed troops along the border with India.", ("15", "MOBILIZE", "CHN", "IND")),
    # 16 reduce relations
    ("Morocco recalled its ambassador to Algeria.", ("16", "SANCTION", "MAR", "DZA")),
    ("The United States cut aid to Guatemala.", ("16", "SANCTION", "USA", "GTM")),
    # 17 coerce
    ("Police in Uganda arrested the opposition leader.", ("17", "COERCE", "UGACOP", "UGAOPP")),
    ("The Sri Lankan government imposed a state of emergency.",
     ("17", "COERCE", "LKAGOV", None)),
    ("Russian hackers launched a cyber attack on Estonian government websites.",
     ("17", "COERCE", "RUS", "EST")),
    # 18 assault
    ("Gunmen kidnapped 20 students in northern Nigeria.", ("18", "ASSAULT", "NGAREB", "NGAEDU")),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu.",
     ("18", "ASSAULT", "SOMREB", None)),
    # an attack blamed on, attributed to or claimed by a group (a relative clause too) is
    # that group's, and the news: not the blame
    ("The bombing of the Shiite mosque, which police blamed on the Islamic State, killed "
     "30 people.", ("18", "ASSAULT", "IMGISL", "CVL")),
    ("A suicide bombing attributed to al-Shabaab killed 20 people at a hotel in Mogadishu.",
     ("18", "ASSAULT", "SOMSHB", "SOMCVL")),
    # an attack whose doers go on to abduct or take hostages: the abduction is the news
    ("Boko Haram fighters attacked a school in Dapchi and abducted 110 girls.",
     ("18", "ASSAULT", "NGABHM", "NGAEDU")),
    # people abducted by no one named: a kidnapping by where it happened, of the abducted
    ("Two Italian nuns were kidnapped in northern Kenya on Monday.",
     ("18", "ASSAULT", "KEN", "ITAREL")),
    # explosives that go off are a bombing, as a bomb is, by no one named: of where it was
    ("Explosives hidden in a car went off outside a hotel in Mogadishu, killing 12 people.",
     ("18", "ASSAULT", "SOM", "SOMCVL")),
    # 19 fight
    # a place acted on stands for its country (Rakhine is Myanmar's, as Lebanon below)
    ("Myanmar troops shelled villages in Rakhine.", ("19", "ASSAULT", "MMRMIL", "MMR")),
    ("Israeli aircraft bombed targets in Lebanon.", ("19", "ASSAULT", "ISRMIL", "LBN")),
    ("Saudi Arabia imposed a blockade on Qatar.", ("19", "COERCE", "SAU", "QAT")),
    # 20 mass violence
    ("The army massacred hundreds of civilians in the village.",
     ("20", "ASSAULT", "MIL", "CVL")),
    ("Syrian government forces used chemical weapons against rebels.",
     ("20", "ASSAULT", "SYRMIL", "SYRREB")),
])
def test_the_main_event_has_the_root_of_its_code(read_events, text, expected):
    assert _main(read_events, text) == expected



@pytest.mark.parametrize("text, code", [
    ("Gunmen killed 12 villagers in Mali.", "193"),  # a dozen: not mass violence; gunmen shoot
    ("Gunmen killed 300 villagers in Mali.", "202"),
    # gunmen shoot, but whom they kill still tells the act: an official killed, assassinated
    ("Gunmen killed a district judge in Peshawar on Monday.", "186"),
    ("Gunmen killed a regional governor in Dagestan on Monday.", "186"),
    # one person, no combatant, killed by armed men (or by no one named): an assault, not a
    # battle; a policeman or a soldier killed is still fighting
    ("Unidentified gunmen killed a prominent journalist in Mexico's Sinaloa state.", "1823"),
    ("Gunmen shot dead an opposition politician outside his home in Tunis.", "1823"),
    ("A prominent human rights activist was shot dead in Bogota on Tuesday.", "1823"),
    ("Militants shot dead a policeman in Srinagar on Sunday.", "193"),
    # a killing told as part of mass violence is that violence, whatever the toll; so is
    # force on civilians whose toll, in a clause of its own, is a mass killing
    ("Militiamen killed 60 villagers in a massacre near Lake Albert.", "202"),
    ("Bosnian Serb police drove Muslim families out of Zvornik as part of a campaign of "
     "ethnic cleansing.", "203"),
    ("Soldiers opened fire on refugees at the camp in Goma, killing hundreds.", "202"),
    ("Soldiers opened fire on refugees at the camp in Goma, killing twelve.", "193"),
    ("Rebels attacked the town of Beni and killed 300 residents.", "202"),
    ("Rebels attacked the town of Beni and killed 30 residents.", "190"),
    ("Sri Lankan troops shelled the market in Kilinochchi and killed hundreds of Tamil "
     "civilians.", "202"),
    # the whole family of killing verbs: wiped out, butchered, slew
    ("Rebels wiped out the population of a village in Ituri.", "202"),
    ("Congolese militiamen butchered 300 villagers in Ituri.", "202"),
    # force used on all alike, named so, is mass violence; plain shelling is fighting
    ("Russian aircraft carpet-bombed the Chechen capital Grozny in the winter of 1999.", "200"),
    ("Syrian forces indiscriminately shelled residential areas of eastern Aleppo, Amnesty "
     "said.", "200"),
    ("Saudi-led coalition jets carried out indiscriminate air strikes on Saada, a U.N. panel "
     "said.", "200"),
    ("Russian artillery shelled residential areas of Kherson overnight, killing four "
     "civilians.", "194"),
    # (a doer the parse loses is found as before: the classifier's reading of force, graded
    # by the rules)
    ("Kurdish villagers were killed by the hundreds when Turkish jets carpet-bombed the "
     "valley in 1994, a rights group said.", "200"),
    # genocide or a massacre committed is the deed, not a pledge ("committed to")
    ("The army committed genocide against the Rohingya, U.N. investigators concluded.", "202"),
    # a chemical agent dropped, fired or sprayed is a chemical attack
    ("Syrian helicopters dropped chlorine on Saraqeb in February 2018, the OPCW said.", "2041"),
    # a phrase of time after a verb is no particle: money given "in 2006" is no "give in"
    ("Kuwait gave Lebanon $300 million in grants in 2006.", "071"),
    ("Saudi Arabia gave Yemen $1 billion in aid in May.", "071"),
    ("The government gave in to the strikers' demands on Friday.", "080"),
    # money released in military aid is aid, not a release of captives; a gift is given
    ("The United States released $300 million in military aid to Ukraine.", "072"),
    ("India gifted 100,000 doses of vaccine to Sri Lanka.", "073"),
    ("A suicide bomber killed 12 people in Kabul.", "1831"),
    ("Police in Kenya were placed on high alert.", "151"),
    ("The Thai government lifted the curfew in Bangkok.", "0813"),
    ("Kenya's president dropped the planned tax increases.", "0832"),
    # "staged" is stage, not the rare verb "stag" the lemmatizer's rules reach first
    ("Nurses in Chile staged a nationwide strike.", "143"),
    ("The Philippines said it would allow IAEA inspectors into the plant.", "0355"),
])
def test_the_sub_code_follows_how_and_to_how_many(read_events, text, code):
    events = read_events(text)
    assert events[0].cameo == code


@pytest.mark.parametrize("text, expected", [
    # a statement only when nothing else is reported; the act wins over "said"
    ("Kenya's finance minister said the budget would focus on farming.",
     ("010", "KENGOV", None)),
    ("Kenya's finance minister said the army had attacked rebels.",
     ("190", "KENMIL", "KENREB")),
    # the pronoun of a reported clause is the speaker
    ("Japan said it would provide $300 million in economic aid to Vietnam.",
     ("0331", "JPN", "VNM")),
    # one's own forces are no target (the place withdrawn from is)
    ("Russia withdrew its troops from the Armenian border.", ("0874", "RUS", "ARM")),
])
def test_statements_pronouns_and_own_forces(read_events, text, expected):
    events = read_events(text)
    e = events[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None) == expected


def test_a_sentence_with_no_act_and_no_speaker_has_no_event(read_events):
    text = "Heavy snow closed the mountain passes in Nepal on Monday."
    events = read_events(text)
    assert events == ()


@pytest.mark.parametrize("text, code, target", [
    ("Egypt urged Israel to accept a ceasefire.", "0256", "ISR"),
    ("Qatar called on Hamas to accept the truce proposal.", "027", "PSEHMS"),
])
def test_what_an_appeal_asks_to_accept_is_what_is_asked_for(read_events, text, code, target):
    """The addressee's acceptance is the appeal's content, not an event of its own (it had
    made Israel, and Qatar, AGREE beside the appeal)."""
    events = read_events(text)
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [(code, target)]


@pytest.mark.parametrize("text, expected", [
    # one person no combatant shot or hurt by armed men: an assault, not a battle; one a
    # nationality alone names too ("a Danish aid worker"); a helicopter shot down is fighting
    ("Gunmen shot dead a Danish aid worker in Somalia on Monday.", ("1823", "SOMREB", "DNK")),
    ("Gunmen shot and wounded a Coptic farmer near Minya on Friday.",
     ("180", "EGYREB", "EGYCVL")),
    ("Rebels shot down an army helicopter over Darfur.", ("190", "SDNREB", "SDNMIL")),
    # an arrest and an assault sharing their object: the assault is the news
    ("Militiamen detained and tortured a Libyan blogger in Tripoli for two weeks.",
     ("1822", "LBYREB", "LBYMED")),
    # parts of the body cut, hacked or chopped off: people mutilated
    ("Militiamen chopped off the ears of three Congolese farmers accused of helping the army.",
     ("182", "CODREB", "COD")),
    # forces sent, or to be sent, to help a state that the sentence names only as the one
    # helped: protection (074), intended (0334), not a show or threat of force
    ("Ghana deployed 300 soldiers to help Gambia keep order after the election.",
     ("074", "GHA", "GMB")),
    ("Poland is ready to send 100 police officers to help Lithuania guard its border.",
     ("0334", "POL", "LTU")),
])
def test_assaults_on_people_and_forces_sent_to_help(read_events, text, expected):
    e = read_events(text)[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None) == expected


@pytest.mark.parametrize("text, expected", [
    # an amount of what its of-phrase names is that: aid frozen, not a statement
    ("Sweden froze 20 million dollars of budget support to Tanzania.", ("1621", "SWE", "TZA")),
    # what a vehicle sent is loaded with is what is sent
    ("Algeria sent a cargo plane loaded with tents and blankets to Niger, the Algerian "
     "foreign ministry said on Monday.", ("073", "DZA", "NER")),
    # a declaration or communique signed is a formal agreement, however joint, wherever signed
    ("Ghana and Togo signed a joint communique on border security at a meeting in Lome.",
     ("057", "GHA", "TGO")),
])
def test_aid_by_its_amount_and_load_and_declarations_signed(read_events, text, expected):
    e = read_events(text)[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole families of praise and criticism voiced, and their verbs
    ("Laos expressed its thanks to Vietnam for sending rescue teams.", ("051", "LAO", "VNM")),
    ("Latvia signalled support for Moldova's bid to join the European Union.",
     ("051", "LVA", "MDA")),
    ("Austria came out in support of Slovenia's bid to host the summit.",
     ("051", "AUT", "SVN")),
    ("Egypt admonished Sudan over its handling of the border dispute.", ("111", "EGY", "SDN")),
    ("The Danish government took issue with Norway's plans for the fishing zone.",
     ("111", "DNKGOV", "NOR")),
    # soldiers raping are no criticism (the lemmatiser gives "rap" for "raped")
    ("Soldiers raped women in a village in eastern Chad, a U.N. report said.", ("1821",)),
])
def test_praise_and_criticism_voiced(read_events, text, expected):
    e = read_events(text)[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None)[:len(expected)] == \
        expected


@pytest.mark.parametrize("text, expected", [
    # envoys called home or withdrawn by any title; an embassy's work suspended; relations
    # broken by a decision; what relations are broken over is no object of the breaking
    ("Zambia called its ambassador home from Harare for consultations.",
     ("161", "ZMB", "ZWEGOV")),
    ("Uganda withdrew its high commissioner from Kenya over the trade dispute.",
     ("161", "UGA", "KENGOV")),
    ("Norway suspended the work of its embassy in Kabul, the foreign ministry said.",
     ("161", "NOR", "AFG")),
    ("The Gabonese government decided to sever ties with Iran.", ("161", "GABGOV", "IRN")),
    ("Moldova announced that it was breaking diplomatic relations with Belarus over the "
     "strikes.", ("161", "MDA", "BLR")),
])
def test_relations_reduced(read_events, text, expected):
    e = read_events(text)[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None) == expected


@pytest.mark.parametrize("text, expected", [
    # force against a hazard or an ill fights no one: what the sentence does is the news
    ("Spain will send 60 firefighters to Portugal to help battle the wildfires, the interior "
     "ministry said.", ("03", "ESP", "PRT")),
    ("Peru intends to join a regional task force to fight drug trafficking, its interior "
     "minister said.", ("03",)),
    # ... but together it is still done together
    ("Greek and Turkish firefighting planes battled the forest fire together on Lesbos.",
     ("06",)),
    # aid announced is given; a package or credit line of aid is that aid
    ("Norway announced a 50 million dollar aid package for Malawi.", ("07", "NOR", "MWI")),
])
def test_ills_fought_and_aid_announced(read_events, text, expected):
    e = read_events(text)[0]
    got = (e.cameo[:len(expected[0])], e.source.code, e.target.code if e.target else None)
    assert got[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # an international body let come, visit or work: access granted (an aid agency's) or
    # involvement allowed, not a visit
    ("Eritrea allowed the Red Cross to visit its prisons for the first time in a decade.",
     ("0863", "ERI", "NGOICRC")),
    # relief flights let into one's airspace, the to-phrase on the place opened
    ("Kazakhstan said it would open its airspace to humanitarian flights bound for "
     "Afghanistan.", ("0355", "KAZ", "AFG")),
])
def test_bodies_and_relief_let_in(read_events, text, expected):
    e = read_events(text)[0]
    assert (e.cameo, e.source.code, e.target.code if e.target else None) == expected


@pytest.mark.parametrize("text, expected", [
    # people deported by the hundred or the thousand are deported (174); by the hundred
    # thousand, a people expelled (201); forces expelling thousands from their homes too
    ("Turkey deported thousands of Syrian refugees across the border last month.", "174"),
    ("Kuwait deported hundreds of thousands of Palestinian workers in 1991.", "201"),
    ("Soldiers expelled thousands of ethnic Uzbeks from their villages.", "201"),
])
def test_deportations_and_mass_expulsions(read_events, text, expected):
    assert read_events(text)[0].cameo == expected
