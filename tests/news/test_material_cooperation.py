"""Material cooperation, aid and yielding (CAMEO 06, 07, 08) and protest (14) as other wire
reporters tell them: the act named by a noun whose goods say what it is ("a shipment of Qatari
gas arrived"); protesters the dictionary does not know, placed where they live ("air traffic
controllers in France went on strike"), and protests no one is named in. The sentences were
written for these tests from the codebook's definitions (../shared/data/events/cameo_codes.csv),
not taken from the CAMEO or PLOVER manuals."""

from __future__ import annotations

import pytest


def _main(read_events, text):
    events = read_events(text)
    assert events, f"no event in {text!r}"
    e = max(events, key=lambda e: e.confidence)
    return e.cameo, e.source.code, e.target.code if e.target else None


@pytest.mark.parametrize("text, expected", [
    # what a delivery carries decides its act, and whose the goods are gives it
    ("Deliveries of Russian gas to Hungary resumed on Tuesday.", ("061", "RUS", "HUN")),
    ("Algerian crude shipments to Italy restarted after the strike.", ("061", "DZA", "ITA")),
    ("The first shipment of Qatari natural gas arrived in Germany on Monday.",
     ("061", "QAT", "DEU")),
    ("Norway resumed oil shipments to Lithuania through the port of Klaipeda.",
     ("061", "NOR", "LTU")),
    ("A shipment of U.S. howitzers reached Kyiv on Monday.", ("072", "USA", "UKR")),
    ("The delivery of German tanks to Ukraine began in March.", ("072", "DEU", "UKR")),
    # what a convoy's trucks carry
    ("A convoy of trucks carrying Jordanian aid crossed into Syria on Friday.",
     ("073", "JOR", "SYR")),
])
def test_deliveries_are_coded_by_their_goods_and_given_by_their_owner(read_events, text,
                                                                      expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    # people the dictionary does not know, placed by their own "in" phrase
    ("Baggage handlers in Spain went on strike on Friday over staff shortages.",
     ("143", "ESPLAB", None)),
    ("Sugar cane cutters in Sao Paulo staged a 24-hour strike over pay.",
     ("143", "BRALAB", None)),
    # (outside the seat of government: against it, as dev labels protests outside a ministry)
    ("Rice farmers in Thailand protested outside government house against low prices.",
     ("141", "THACVL", "THAGOV")),
    # workers, students, teachers and doctors in a town are that town's country's
    ("Textile workers in Faisalabad went on strike for a second day.", ("143", "PAKLAB", None)),
    ("Nurses in the Nigerian state of Kano walked off the job on Monday.",
     ("143", "NGAHLH", None)),
    # a protest no one is named in: those of the country it happens in
    ("A nationwide strike brought Portugal to a standstill on Thursday.",
     ("143", "PRTLAB", None)),
    ("Protests spread across Iran on Saturday after the death of a young woman in custody.",
     ("141", "IRNCVL", None)),
    # slogans shouted are a demonstration
    ("Students in Lahore chanted slogans against the government outside the assembly.",
     ("141", "PAKEDU", "PAKGOV")),
])
def test_protesters_are_the_people_of_where_they_protest(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text", [
    "Protest songs from the 1980s topped the charts in Germany this week.",
    "Prices of coffee spread across European markets rose on Tuesday.",
])
def test_no_protest_without_protesters(read_events, text):
    assert not [e for e in read_events(text) if e.cameo.startswith("14")]


@pytest.mark.parametrize("text, expected", [
    # people the law wants, by a participle or by being criminals, handed to another state
    ("Honduras sent 12 jailed gang leaders to the United States on Friday.",
     ("063", "HND", "USA")),
    ("Uruguay handed a former banker accused of fraud to Argentine police.",
     ("063", "URY", "ARGCOP")),
    ("Bolivia handed over a fugitive businessman to Peruvian authorities on Tuesday.",
     ("063", "BOL", "PERGOV")),
    # people a clause says were held, returned or freed: a release
    ("Azerbaijan returned two Armenian soldiers it had captured near the border.",
     ("0841", "AZE", "ARMMIL")),
    # relief workers arriving bring aid, not a visit
    ("Greek rescue teams landed in Izmir on Saturday after the earthquake.",
     ("073", "GRC", "TUR")),
    # whom a gift is to help
    ("The Asian Development Bank approved a $400 million credit to help Sri Lanka "
     "rebuild its economy.", ("071", "IGOADB", "LKA")),
    ("Japan released 30 million dollars to help Jordan cope with the refugees.",
     ("071", "JPN", "JOR")),
])
def test_who_is_handed_released_or_helped(read_events, text, expected):
    assert _main(read_events, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indonesia lifted curbs on palm oil exports to India on Monday.", ("081", "IDN", "IND")),
    ("Vietnam relaxed limits on rice exports to the Philippines.", ("081", "VNM", "PHL")),
])
def test_curbs_and_limits_lifted_are_eased_restrictions(read_events, text, expected):
    assert _main(read_events, text) == expected
