"""Coding mechanics: who is the source and who the target (compound actors, roles, titles,
the passive, control, intra-state events), on the project's own sentences. PETRARCH-2's unit
tests measure the same mechanics in ``benchmarks/bench_news.py``."""

from __future__ import annotations

import pytest

from accord.news import ActorDictionary, Entry, read_news
from accord.news.text import Paragraph, RawDocument


@pytest.fixture(scope="module")
def dictionary():
    base = ActorDictionary.builtin()
    # a person of a country (three-letter code), so a title adds the agent
    names = {**base.names, "telemar": Entry("DAG", "Telemar", "person")}
    return ActorDictionary(names, base.agents, base.descriptions, base.capitals)


@pytest.mark.parametrize("text, expected", [
    # a weekday is a time, not a target
    ("Israel attacked Hamas on Thursday.", {("ISR", "PSEHMS", "190", None)}),
    # a title before a name adds the government agent; meeting is mutual
    ("Deputy Prime Minister Telemar met Egyptian officials.",
     {("DAGGOV", "EGYGOV", "040", None), ("EGYGOV", "DAGGOV", "040", None)}),
    # conjoined names sharing a role word; names in an "of" or "in" phrase
    ("Egyptian and Qatari mediators met Hamas leaders.",
     {("EGYGOV", "PSEHMS", "040", None), ("QATGOV", "PSEHMS", "040", None),
      ("PSEHMS", "EGYGOV", "040", None), ("PSEHMS", "QATGOV", "040", None)}),
    ("The ambassadors of Egypt, Qatar and Jordan visited Israel.",
     {("EGYGOV", "ISR", "042", None), ("QATGOV", "ISR", "042", None),
      ("JORGOV", "ISR", "042", None)}),
    # acts the subjects do together are done with each other
    ("Israel and Hamas postponed their meeting.",
     {("ISR", "PSEHMS", "164", None), ("PSEHMS", "ISR", "164", None)}),
    # an appeal is to whom it asks, and is not mutual
    ("Egypt urged Israel to meet Hamas.", {("EGY", "ISR", "026", "appeal")}),
    ("Lawmakers in Egypt and Jordan condemned the attack.",
     {("EGYLEG", None, "111", None), ("JORLEG", None, "111", None)}),
    # a role "in" a capital is its government's; "in" another place names no actor (the
    # role alone takes the country of the actor it acts with: the hostages are Israelis)
    ("Officials in Ramallah criticized Israel.", {("PSEGOV", "ISR", "111", None)}),
    ("Hostages in Gaza criticized Israel.", {("ISRCVL", "ISR", "111", None)}),
    # a conjunct naming only a role takes the name before it
    ("Israeli media and government criticized Hamas.",
     {("ISRMED", "PSEHMS", "111", None), ("ISRGOV", "PSEHMS", "111", None)}),
    # the passive: the agent acts, the subject is the target
    ("Hamas was attacked by Israeli forces.", {("ISRMIL", "PSEHMS", "190", None)}),
    # within one country, agents tell source and target apart
    ("Israeli police arrested Israeli protesters.", {("ISRCOP", "ISROPP", "173", None)}),
    # "X is about to": X acts (expected)
    ("Egypt is about to restore diplomatic ties with Qatar.",
     {("EGY", "QAT", "050", "expected")}),
    # condemning an act: the target is who did it
    ("Egypt condemned an attack by Israeli soldiers.",
     {("EGY", "ISRMIL", "111", None), ("ISRMIL", None, "190", None)}),
    # an appeal to someone, whatever the act: a request to them
    ("Qatar urged Israel to show flexibility.", {("QAT", "ISR", "020", "appeal")}),
    # leaving for talks is not a walk-out
    ("The Hamas delegation left for Cairo for talks with Egyptian mediators.", set()),
    # receiving from Y: Y gives
    ("Egypt received aid from the United States.", {("USA", "EGY", "073", None)}),
    # the resumption of ties between X and Y: ties with both
    ("Egypt welcomed the resumption of diplomatic ties between Qatar and Saudi Arabia.",
     {("EGY", "QAT", "032", "agree"), ("EGY", "SAU", "032", "agree")}),
])
def test_sources_and_targets(nlp, dictionary, text, expected):
    (reading,) = read_news([RawDocument("t", text, (Paragraph(text, 0, 1),))], dictionary,
                           nlp=nlp)
    assert {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in reading.events} == expected


def test_an_actor_phrase_does_not_reach_across_a_dateline(nlp, dictionary):
    text = "Cairo, 6 May 2024 - Hamas negotiators walked out of the ceasefire talks in Cairo."
    (reading,) = read_news([RawDocument("t", text, (Paragraph(text, 0, 1),))], dictionary,
                           nlp=nlp)
    assert [(e.source.text, e.source.code, e.cameo) for e in reading.events] == [
        ("Hamas negotiators", "PSEHMS", "164")]


def _events(nlp, dictionary, text):
    (reading,) = read_news([RawDocument("t", text, (Paragraph(text, 0, 1),))], dictionary,
                           nlp=nlp)
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in reading.events}


@pytest.mark.parametrize("text, expected", [
    # an abbreviated name the tokenizer keeps whole in the text ("U.S.", not "u.s" ".")
    ("Egypt met U.S. officials.",
     {("EGY", "USAGOV", "040", None), ("USAGOV", "EGY", "040", None)}),
    # a plural role phrase is the singular's ("opposition leaders": OPP, not leaders: GOV)
    ("Kenyan opposition leaders criticized the president.", {("KENOPP", "KENGOV", "111", None)}),
    # a description nothing earlier resolves is its role alone
    ("The militants attacked the ministry.", {("REB", "GOV", "190", None)}),
    # an unknown name with a title is that title's agent, in the country of the sentence
    ("Peruvian prosecutors charged former president Pedro Castillo.",
     {("PERJUD", "PERGOV", "112", None)}),
])
def test_roles_and_names(nlp, dictionary, text, expected):
    assert _events(nlp, dictionary, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a demand or an appeal asks someone to agree to is what is asked, not an act done
    ("The UN demanded that Russia agree to withdraw its troops.",
     {("IGOUNO", "RUS", "1056", "demand")}),
    ("Egypt urged Israel to agree to release the prisoners.",
     {("EGY", "ISR", "0253", "appeal")}),
    ("Egypt demanded that Israel promise to halt the offensive.",
     {("EGY", "ISR", "1056", "demand")}),
    # a proposal is to whom it proposes an act
    ("Qatar proposed that Israel release the prisoners.", {("QAT", "ISR", "0353", "propose")}),
    # a condition is not an act done; a threat is to whom its condition is put
    ("Turkey threatened to impose sanctions unless Sweden agreed to extradite the militants.",
     {("TUR", "SWE", "1312", "threat"), ("SWE", "SWEREB", "063", "hypothetical")}),
])
def test_the_content_of_a_stance_is_not_done(nlp, dictionary, text, expected):
    assert _events(nlp, dictionary, text) == expected
