"""Updating a scenario file in place keeps the analyst's comments and layout."""

from __future__ import annotations

import pytest

from accord.io.yaml import dump_scenario, parse_scenario
from accord.io.yaml_update import updated_yaml, write_updated_scenario
from accord.model.dynamics import WalkOut

pytest.importorskip("ruamel.yaml", reason="ruamel.yaml is not installed (the [news] extra)")

TEXT = """\
# Sourcing: positions as stated on 6 May (reuters-0506).
name: t
issues:
  ceasefire:
    type: ordinal
    values: [truce, phased,
             permanent]   # wrapped by hand
parties:
  israel: {weights: {ceasefire: 1}, values: {ceasefire: {truce: 1, phased: 0.5, permanent: 0}},
           positions: {ceasefire: truce}, reservation_value: 0.5}
  hamas:
    weights: {ceasefire: 1}
    values: {ceasefire: {truce: 0, phased: 0.5, permanent: 1}}
    positions: {ceasefire: permanent}  # stated 6 May
    reservation_value: 0.5

# What happened in the round.
dynamics:
  - id: w
    type: walk_out
    party: hamas
    round: 3

# The end.
"""


def _changed(old):
    hamas = old.parties["hamas"]
    parties = {**old.parties, "hamas": hamas.model_copy(
        update={"positions": {"ceasefire": "phased"}})}
    dynamics = (*old.dynamics, WalkOut(id="news", party="israel", round=0, note="from news"))
    return old.model_copy(update={"parties": parties, "dynamics": dynamics})


def test_only_the_changes_are_made_and_every_comment_stays():
    old = parse_scenario(TEXT)
    new = _changed(old)
    text = updated_yaml(TEXT, old, new)
    assert parse_scenario(text) == new
    comments = [line[line.index("#"):] for line in TEXT.splitlines() if "#" in line]
    assert [line[line.index("#"):] for line in text.splitlines() if "#" in line] == comments
    assert "    values: [truce, phased,\n             permanent]   # wrapped by hand\n" in text
    before, after = TEXT.splitlines(), text.splitlines()
    assert [line for line in before if line not in after] == [
        "    positions: {ceasefire: permanent}  # stated 6 May"]
    assert [line for line in after if line not in before][0].split() == [
        "positions:", "{ceasefire:", "phased}", "#", "stated", "6", "May"]
    # the new walk-out comes after the last one, before the blank line and the closing comment
    tail = after[after.index("    round: 3"):]
    assert tail[1:3] == ["  - id: news", "    round: 0"]
    assert tail[-2:] == ["", "# The end."]


def test_a_json_output_or_a_non_yaml_source_is_written_anew(tmp_path):
    source = tmp_path / "s.yaml"
    source.write_text(TEXT)
    old = parse_scenario(TEXT)
    new = _changed(old)
    assert write_updated_scenario(source, old, new, tmp_path / "out.yaml") is True
    assert "# What happened in the round." in (tmp_path / "out.yaml").read_text()
    assert write_updated_scenario(source, old, new, tmp_path / "out.json") is False
    other = tmp_path / "s.txt"
    other.write_text(dump_scenario(old))
    assert write_updated_scenario(other, old, new, tmp_path / "out2.yaml") is False
    assert parse_scenario((tmp_path / "out2.yaml").read_text()) == new
