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


WRAPPED = """\
name: t
issues:
  ceasefire: {type: ordinal, values: [truce, phased, permanent]}
  withdrawal: {type: ordinal, values: [none, partial, full]}
  governance: {type: ordinal, values: [military, technocrats, hamas]}
parties:
  israel:
    positions: {ceasefire: truce}   # stated 6 May
    salience: {ceasefire: 1.0}
  hamas:
    positions: {ceasefire: permanent, withdrawal: full,
                governance: hamas}   # stated 6 May
    salience: {ceasefire: 1.0, withdrawal: 0.8, governance: 0.6}
"""


def _positions(old, party, **positions):
    p = old.parties[party]
    return old.model_copy(update={"parties": {**old.parties, party: p.model_copy(
        update={"positions": {**p.positions, **positions}})}})


def test_a_changed_position_keeps_the_lines_of_a_flow_mapping_and_its_comment():
    """--update rewrote a wrapped flow-style positions line as one long line, and moved the
    comment after a changed line one space from the value."""
    old = parse_scenario(WRAPPED)
    new = _positions(_positions(old, "hamas", ceasefire="phased"), "israel", ceasefire="phased")
    text = updated_yaml(WRAPPED, old, new)
    assert parse_scenario(text) == new
    assert text == WRAPPED.replace("{ceasefire: permanent,", "{ceasefire: phased,").replace(
        "{ceasefire: truce}   #", "{ceasefire: phased}   #")


def test_a_new_position_joins_a_wrapped_flow_mapping_within_its_width():
    text = WRAPPED.replace("withdrawal: full,\n                governance: hamas}",
                           "withdrawal: full}")
    old = parse_scenario(text)
    new = _positions(old, "hamas", governance="technocrats")
    updated = updated_yaml(text, old, new)
    assert parse_scenario(updated) == new
    assert "    positions: {ceasefire: permanent, withdrawal: full, governance: technocrats}" \
           "   # stated 6 May\n" in updated  # one line before, one line after
    # wrapped by hand: a new item that would pass the block's longest line goes on a new line
    text = WRAPPED.replace(" withdrawal: full,\n", "\n")
    old = parse_scenario(text)
    new = _positions(old, "hamas", withdrawal="partial")
    updated = updated_yaml(text, old, new)
    assert parse_scenario(updated) == new
    assert "    positions: {ceasefire: permanent,\n                governance: hamas,\n" \
           "                withdrawal: partial}   # stated 6 May\n" in updated


def test_an_appended_note_takes_the_style_of_the_notes_before_it():
    """A note added by --update wrote its sources as a block list under notes written with
    flow lists (sources: [reuters-0506])."""
    from accord.model import Note

    text = WRAPPED + ("    notes:\n      - about: ceasefire\n        text: Stated on 6 May.\n"
                      "        sources: [reuters-0506]\n"
                      "sources:\n  reuters-0506: {outlet: Reuters, date: 2024-05-06}\n")
    old = parse_scenario(text)
    hamas = old.parties["hamas"]
    note = Note(about="ceasefire", text="From the news.", sources=("reuters-0506",))
    new = old.model_copy(update={"parties": {**old.parties, "hamas": hamas.model_copy(
        update={"notes": (*hamas.notes, note)})}})
    updated = updated_yaml(text, old, new)
    assert parse_scenario(updated) == new
    assert updated.count("        sources: [reuters-0506]\n") == 2
