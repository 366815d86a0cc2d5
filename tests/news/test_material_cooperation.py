"""Material cooperation, aid and yielding (CAMEO 06, 07, 08) and protest (14) as other wire
reporters tell them: the act named by a noun whose goods say what it is ("a shipment of Qatari
gas arrived"), ... The sentences were written for these tests from the codebook's definitions
(../shared/data/events/cameo_codes.csv), not taken from the CAMEO or PLOVER manuals."""

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
