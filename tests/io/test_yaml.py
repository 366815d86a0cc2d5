from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.io.yaml import dump_scenario, load_scenario, parse_scenario, scenario_json_schema

ROOT = Path(__file__).resolve().parents[2]

GOOD = """\
name: t
issues:
  a: {type: ordinal, values: [x, y, z]}
  b:
    type: integer
    min: 0
    max: 3
parties:
  israel:
    weights:
      a: 0.5
      b: 0.5
    values:
      a: {x: 0, y: 0.5, z: 1}
      b: {type: linear, direction: increasing}
"""


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("b: 0.5", "b: -1"), "bad.yaml:12: parties.israel.weights.b: must be >= 0"),
        (("z: 1}", "q: 1}"), "bad.yaml:14: parties.israel.values.a: unknown option(s): q"),
        (("max: 3", "max: 3\n    colour: red"), "bad.yaml:8: issues.b.colour: unknown field"),
        (("max: 3", "max: -3"), "bad.yaml:4: issues.b: max (-3) must be >= min (0)"),
        (("  a: 0.5", "  c: 0.5"), "bad.yaml:11: parties.israel.weights.c: unknown issue"),
        (
            ("  a: 0.5", "  b: 0.2\n      b: 0.5"),
            "bad.yaml:12: parties.israel.weights.b: duplicate key",
        ),
        (("name: t", "name: [t"), "bad.yaml:2: YAML syntax"),
        (
            ("weights:", "role: king\n    weights:"),
            "bad.yaml:10: parties.israel.role: input should be",
        ),
        # Python's type names said as the file writes them ("a valid tuple" was a list)
        (("values: [x, y, z]", "values: x"), "bad.yaml:3: issues.a.values: must be a list"),
        (("weights:", "aliases: Israel\n    weights:"),
         "bad.yaml:10: parties.israel.aliases: must be a list ([a, b])"),
        (("      a: 0.5\n      b: 0.5", "      [0.5, 0.5]"),
         "bad.yaml:10: parties.israel.weights: must be a mapping (key: value)"),
        (("b: 0.5", "b: half"), "bad.yaml:12: parties.israel.weights.b: must be a number"),
    ],
)
def test_errors_name_file_line_and_field(edit, expected):
    with pytest.raises(AccordInputError) as info:
        parse_scenario(GOOD.replace(*edit), source="bad.yaml")
    assert str(info.value).startswith(expected)


def test_dump_and_parse_round_trip_keeps_utilities(flagship_path):
    original = load_scenario(flagship_path)
    again = parse_scenario(dump_scenario(original))
    assert again == original
    assert np.array_equal(again.utilities(), original.utilities())


def test_schema_in_docs_is_current():
    assert (ROOT / "docs" / "scenario.schema.json").read_text() == scenario_json_schema(), (
        "regenerate with: accord schema > docs/scenario.schema.json"
    )


def test_unreadable_and_empty_files(tmp_path):
    with pytest.raises(AccordInputError, match="no such file"):
        load_scenario(tmp_path / "missing.yaml")
    with pytest.raises(AccordInputError, match="a folder, not a file"):
        load_scenario(tmp_path)
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    with pytest.raises(AccordInputError, match="empty"):
        load_scenario(empty)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(AccordInputError, match="a binary file, not a scenario"):
        load_scenario(binary)
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: Bogot\u00e1".encode("latin-1"))
    with pytest.raises(AccordInputError, match="not UTF-8"):
        load_scenario(latin)
    bom = tmp_path / "bom.yaml"  # (a byte-order mark is dropped, as for the other formats)
    bom.write_bytes(b"\xef\xbb\xbf" + (tmp_path / "empty.yaml").read_bytes())
    with pytest.raises(AccordInputError, match="empty"):
        load_scenario(bom)


NORWAY = """
name: recognition
issues:
  recognition: {type: ordinal, values: [no, partial, yes]}
  switch: {type: categorical, values: [off, on]}
parties:
  a:
    weights: {recognition: 0.5, switch: 0.5}
    values: {recognition: {no: 0, partial: 0.5, yes: 1}, switch: {off: 0, on: 1}}
    positions: {recognition: yes}
    salience: {recognition: 1}
    capability: 50
  b:
    rectangles: [{utility: 1, bounds: {}, exclusive: false}]
    max_utility: 1
  c:
    rectangles: [{utility: 1, bounds: {}, exclusive: true}]
    max_utility: 1
"""


def test_yes_no_on_off_are_words_not_booleans():
    """YAML 1.2, as editors and JSON Schema validators read it: only true/false are
    booleans. PyYAML's YAML 1.1 read the options 'no' and 'yes' as false and true, and a
    position 'yes' as the number 1: silently the option 'partial'."""
    s = parse_scenario(NORWAY)
    assert s.issues["recognition"].options == ("no", "partial", "yes")
    assert s.issues["switch"].options == ("off", "on")
    assert s.parties["a"].positions == {"recognition": "yes"}
    assert s.utilities(["a"], index=np.array([5])).tolist() == [[1.0]]  # yes, on
    assert [s.parties[k].rectangles[0].exclusive for k in "bc"] == [False, True]
    assert parse_scenario(dump_scenario(s)) == s
