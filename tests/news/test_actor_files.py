"""A user's actor dictionary laid over the built-in one (:mod:`accord.news.actor_files`,
``--actors``): accord's YAML layout and PETRARCH's/TABARI's .txt dictionaries."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from accord.cli.main import app
from accord.errors import AccordInputError
from accord.news import ActorDictionary, Entry
from accord.news.actor_files import load_actors

# Written for this test in the form of PETRARCH's dictionaries (Phoenix, CAMEO, validation).
PETRARCH = """<!-- A dictionary of a made-up world
   over two lines -->
# a comment line
VALDORIA_  [VLD]
+VALDORIAN_   # a synonym, with a comment
+PORT_ESTRA

BRENNIK_MOSS_  # the president since 2011
+PRESIDENT_MOSS
\t[VLDELI 750101-110301]
\t[VLDGOV >110302]
\t[VLDELI]
KESTREL FRONT [VLDREBKF]
OLD_GUARD_PARTY_
\t[VLDMIL < 950601]
\t[VLDOPP 19950601 - 20031231]
NOBODY_IN_PARTICULAR [---]
TWIN_CITIES [NRV/VLD]
LOWER_CASE [nrv]
MISSING_CODE
<! -- an old-style marker -->
"""


def _file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_petrarch_dictionary_gives_each_name_one_code(tmp_path):
    names, warnings = load_actors(_file(tmp_path, "world.txt", PETRARCH))
    assert {k: e.code for k, e in names.items()} == {
        "valdoria": "VLD", "valdorian": "VLD", "port estra": "VLD",
        "brennik moss": "VLDGOV", "president moss": "VLDGOV",  # in force since 2011
        "kestrel front": "VLDREB",  # an agent's sub-codes are dropped, as accord codes groups
        "old guard party": "VLDOPP",  # no default, no open period: the period that ends last
        "twin cities": "NRV", "lower case": "NRV"}  # "---" is no actor: left out
    assert names["brennik moss"] == Entry("VLDGOV", "Brennik Moss", "person", True)
    assert (names["valdoria"].kind, names["kestrel front"].kind) == ("country", "group")
    assert names["old guard party"].kind == "group"  # a party: no person
    assert warnings == (f"{tmp_path / 'world.txt'}:20: warning: 'MISSING CODE' has no [code]: "
                        "left out",)


def test_an_agent_code_longer_than_one_agent_keeps_the_first(tmp_path):
    names, _ = load_actors(_file(tmp_path, "a.txt", "MINISTER_X [AFGGOVAGR]\nCOURT_Y [AFGJUD]"))
    assert (names["minister x"].code, names["court y"].code) == ("AFGGOV", "AFGJUD")


def test_a_yaml_dictionary_in_accords_layout(tmp_path):
    path = _file(tmp_path, "a.yaml", "countries:\n  VLD: [Valdoria, Valdorian]\n"
                 "people:\n  VLDGOV: [Brennik Moss, Moss]\norganisations:\n  G77: [Group of 77]\n"
                 "rebels:\n  VLD: [Kestrel Front]\n")
    names, warnings = load_actors(path)
    assert names["kestrel front"] == Entry("VLDREB", "Kestrel Front", "group", True)
    assert names["valdorian"] == Entry("VLD", "Valdoria", "country", True)
    assert names["moss"] == Entry("VLDGOV", "Brennik Moss", "person", True)
    assert names["group of 77"].code == "G77" and warnings == ()


@pytest.mark.parametrize(("name", "text", "message"), [
    ("a.txt", "+ORPHAN\n", "a.txt:1: a synonym (+) before any actor"),
    ("a.txt", "\t[VLD]\n", "a.txt:1: a [code] before any actor"),
    ("a.txt", "X [V;D]\n", "a.txt:1: '[V;D]' is not an actor code"),
    ("a.txt", "# only a comment\n", "a.txt: no actors"),
    ("a.yaml", "towns:\n  VLD: [X]\n", "a.yaml:1: towns: unknown section"),
    ("a.yaml", "countries:\n  VLD: [X]\n  vld: [Y]\n",
     "a.yaml:3: countries.vld: an actor code is capital"),
    ("a.yaml", "countries:\n  VLD: X\n", "a.yaml:2: countries.VLD: expected a list of names"),
    ("a.yaml", "countries: [\n", "a.yaml:2: not valid YAML"),
    # a code given twice (YAML would keep the last silently)
    ("a.yaml", "people:\n  VLDLAB: [Ana Roe]\n  VLDLAB: [Bo Lin]\n",
     "a.yaml:3: people.VLDLAB: duplicate key"),
    ("a.yaml", "people: {VLDLAB: [Ana Roe]}\npeople: {VLDGOV: [Bo Lin]}\n",
     "a.yaml:2: people: duplicate key"),
    ("a.csv", "X", "a.csv: unknown actor dictionary format '.csv'"),
])
def test_a_malformed_dictionary_names_file_line_and_field(tmp_path, name, text, message):
    with pytest.raises(AccordInputError) as err:
        load_actors(_file(tmp_path, name, text))
    assert str(err.value).startswith(str(tmp_path / message.split(":")[0]))
    assert message.split(":", 1)[1] in str(err.value)


def test_the_users_names_replace_the_builtin_ones():
    builtin = ActorDictionary.builtin()
    assert builtin.names["egypt"].code == "EGY"
    laid = builtin.with_actors({"egypt": Entry("UAR", "Egypt", "country", True)})
    assert laid.names["egypt"].code == "UAR" and laid.names["israel"].code == "ISR"
    assert builtin.names["egypt"].code == "EGY"  # the built-in dictionary is unchanged


def test_read_with_actors_codes_the_users_actors(nlp, tmp_path):
    actors = _file(tmp_path, "world.txt", PETRARCH)
    text = _file(tmp_path, "report.txt", "Valdorian troops shelled Kestrel Front positions "
                 "near the border on Tuesday.\n")
    result = CliRunner().invoke(app, ["read", str(text), "--actors", str(actors), "--json"])
    assert result.exit_code == 0, result.output
    (event, *_) = json.loads(result.stdout)["documents"][0]["events"]
    assert (event["source"]["code"], event["target"]["code"], event["plover"]) == (
        "VLDMIL", "VLDREB", "ASSAULT")
    assert "'MISSING CODE' has no [code]: left out" in result.stderr


def test_a_bad_actor_file_stops_read_with_status_2(tmp_path):
    actors = _file(tmp_path, "world.txt", "+ORPHAN\n")
    text = _file(tmp_path, "report.txt", "Egypt urged Israel to halt the offensive.\n")
    result = CliRunner().invoke(app, ["read", str(text), "--actors", str(actors)])
    assert result.exit_code == 2
    assert "world.txt:1: a synonym (+) before any actor" in result.stderr
    assert "Traceback" not in result.output
