"""A scenario's parties as actors (:meth:`accord.news.ActorDictionary.with_scenario`): the
code each gets codes its acts as the dictionary codes that kind of body, reads no country
into it, lets no user dictionary take its aliases, and keeps other bodies of its kind out."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.io.yaml import parse_scenario
from accord.news import ActorDictionary, Entry

# An invented dispute: a union, a port authority and a mediating ministry.
PORT = """\
name: harbour pay talks
issues:
  pay:
    type: ordinal
    values: [freeze, small, large]
    aliases: {freeze: [pay freeze], small: [two percent rise], large: [nine percent rise]}
parties:
  union:
    name: Harbour Workers Union
    aliases: [the union, harbour workers, union chief Lena Okafor, Lena Okafor]
    weights: {pay: 1}
    values: {pay: {freeze: 0, small: 0.4, large: 1}}
    positions: {pay: large}
  authority:
    name: Ostrava Harbour Authority
    aliases: [the harbour authority, harbour authority, chairman Piet Varga, Piet Varga]
    weights: {pay: 1}
    values: {pay: {freeze: 1, small: 0.6, large: 0}}
    positions: {pay: small}
  ministry:
    name: Labour Ministry (mediator)
    aliases: [the ministry]
    role: mediator
"""


def _scenario(text=PORT):
    return parse_scenario(text, "port.yaml")


def _dictionary(text=PORT, names=None):
    base = ActorDictionary.builtin()
    return (base.with_actors(names) if names else base).with_scenario(_scenario(text))


def test_a_party_of_its_own_is_coded_as_its_kind_under_no_countrys_letters():
    d = _dictionary()
    union, authority = d.names["the union"].code, d.names["harbour authority"].code
    assert (union[3:], authority[3:], d.names["the ministry"].code[3:]) == ("LAB", "GOV", "GOV")
    # (the keys begin as Austria's and ... would: AUT is no party's first letters here)
    assert not {union[:3], authority[:3]} & d.countries
    assert d.party_of(union) == "union" and d.party_of(authority[:3] + "COP") == "authority"
    canal = _dictionary(PORT.replace("  authority:", "  canal:"))
    assert canal.names["harbour authority"].code[:3] not in canal.countries  # not CAN
    assert canal.party_of(canal.names["harbour authority"].code) == "canal"


def test_a_party_keeps_a_dictionary_actors_code_and_a_plain_key():
    flagship = ActorDictionary.builtin().with_scenario(_scenario(PORT.replace(
        "  ministry:", "  egypt:").replace("Labour Ministry (mediator)", "Egypt (mediator)")
        .replace("[the ministry]", "[Egyptian mediators]")))
    assert flagship.names["egypt"].code == "EGY" and flagship.party_of("EGYGOV") == "egypt"
    plain = _dictionary(PORT.replace("Labour Ministry (mediator)", "Acme").replace(
        "  ministry:", "  acme:").replace("[the ministry]", "[]"))
    assert plain.names["acme"].code == "ACME"


def test_a_user_dictionary_does_not_take_a_partys_aliases():
    # the user's file codes the union's chief as her country's labour, its chairman as
    # her government: each stays with the party whose alias names them
    names = {"lena okafor": Entry("OSTLAB", "Lena Okafor", "person", True),
             "piet varga": Entry("OSTGOV", "Piet Varga", "person", True),
             "ostrava": Entry("OST", "Ostrava", "country", True)}
    d = _dictionary(names=names)
    assert d.party_of(d.names["lena okafor"].code) == "union"
    assert d.party_of(d.names["piet varga"].code) == "authority"
    assert d.party_of(d.names["ostrava"].code) is None  # the state is not the authority


@pytest.mark.parametrize(("text", "cameo"), [
    ("The Harbour Workers Union threatened a strike if the harbour authority cut jobs.",
     "133"),
    ("The union launched an indefinite strike at the harbour.", "143"),
    ("The union called off the strike on Thursday.", "082"),
])
def test_a_unions_strike_is_labours_as_without_the_scenario(nlp, text, cameo):
    from accord.news import RawDocument, read_news

    for dictionary in (ActorDictionary.builtin(), _dictionary()):
        (reading,) = read_news([RawDocument.of_text(text)], dictionary, nlp=nlp)
        assert [e.cameo for e in reading.events][:1] == [cameo], (text, reading.events)


def _read(nlp, text, dictionary=None):
    from accord.news import RawDocument, read_news

    (reading,) = read_news([RawDocument.of_text(text)], dictionary or _dictionary(), nlp=nlp)
    return reading


def test_unnamed_workers_are_no_partys_country(nlp):
    reading = _read(nlp, "Dock workers threatened a strike against the harbour authority.")
    assert [e.source.code for e in reading.events] == ["LAB"]


@pytest.mark.parametrize("text", [
    "The Finance Ministry warned that the budget was tight. The ministry rejected a pay "
    "freeze.",
    "A union representing crane operators, separate from the harbour workers, rejected a "
    "pay freeze.",
    "The teachers' union rejected a pay freeze.",
])
def test_another_body_of_a_partys_kind_is_not_the_party(nlp, text):
    d = _dictionary()
    reading = _read(nlp, text, d)
    assert reading.events and not any(d.party_of(e.source.code) for e in reading.events)


def test_a_partys_own_body_named_with_its_words_is_the_party(nlp):
    d = _dictionary()
    for text in ("The harbour workers' union rejected a pay freeze.",
                 "Union leaders rejected a pay freeze."):
        assert [d.party_of(e.source.code) for e in _read(nlp, text, d).events] == ["union"]


@pytest.mark.parametrize(("text", "party"), [
    ("Lena Okafor met reporters on Monday. She rejected a pay freeze.", "union"),
    ("Piet Varga runs the harbour authority. He proposed a two percent rise.", "authority"),
    ("Piet Varga runs the harbour authority. Varga proposed a two percent rise.",
     "authority"),
    ("Union chief Lena Okafor met reporters. She demanded a nine percent rise.", "union"),
    # two people: "he" is one of them, "she" then the other
    ("Chairman Piet Varga met union chief Lena Okafor on Monday. He said nothing. She "
     "rejected a pay freeze.", "union"),
])
def test_people_named_in_aliases_are_people_pronouns_and_surnames_refer_to(nlp, text,
                                                                           party):
    from accord.news import stances

    d = _dictionary()
    reading = _read(nlp, text, d)
    found = stances([reading], _scenario(), d)
    assert [s.party for s in found] == [party], found


def test_two_parties_claiming_one_alias_is_refused_with_file_line_and_field(tmp_path):
    text = PORT.replace("aliases: [the union,", "aliases: [The Harbour Authority, the union,")
    path = tmp_path / "port.yaml"
    path.write_text(text)
    for args in (["validate", str(path)], ["read", "-", "--scenario", str(path)]):
        result = CliRunner().invoke(app, args, input="The union met.\n")
        assert result.exit_code == 2, result.output
        assert f"{path}:16: parties.authority.aliases.0: 'the harbour authority' also names " \
               "party 'union'" in result.stderr
        assert "Traceback" not in result.output


def test_read_with_a_scenario_shifts_no_walk_away_for_a_strike(nlp, tmp_path):
    scenario, report = tmp_path / "port.yaml", tmp_path / "report.txt"
    scenario.write_text(PORT)
    report.write_text("The Harbour Workers Union threatened a strike if the harbour "
                      "authority cut jobs.\n")
    result = CliRunner().invoke(app, ["read", str(report), "--scenario", str(scenario),
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [e["cameo"] for e in data["documents"][0]["events"]] == ["133"]
    assert not [c for c in data["changes"] if c["kind"] == "reservation_change"]
