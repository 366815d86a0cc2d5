"""Every CAMEO root on the project's own sentences (written for these tests from the code
definitions, not taken from the CAMEO or PLOVER manuals): the main event, the first one, has
the expected root code, PLOVER category (None for public statements), source and target."""

from __future__ import annotations

import pytest

from accord.news import ActorDictionary, read_news
from accord.news.text import Paragraph, RawDocument


def _main(nlp, text):
    (reading,) = read_news([RawDocument("t", text, (Paragraph(text, 0, 1),))],
                           ActorDictionary.builtin(), nlp=nlp)
    assert reading.events, f"no event in {text!r}"
    e = reading.events[0]
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
    ("Russia withdrew its troops from Syria.", ("08", "RETREAT", "RUS", None)),
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
    # 12 reject
    ("Russia vetoed the Security Council resolution.", ("12", "REJECT", "RUS", "IGOUNOSEC")),
])
def test_the_main_event_has_the_root_of_its_code(nlp, text, expected):
    assert _main(nlp, text) == expected
