"""GENIUS files that GENIUS reads (or tolerates) and accord once refused or read silently.

Each test builds its own small domain and profile, states what GENIUS's Java reader does
with it (``genius.core``: ``DomainImpl``, ``AdditiveUtilitySpace``, ``EvaluatorDiscrete``,
``EvaluatorInteger``, ``AbstractUtilitySpace``) and checks that accord computes the same
utilities and says, in a located warning, what it did.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.io import read_with_warnings
from accord.io.genius import read_genius, read_genius_with_warnings

DOMAIN = """\
<negotiation_template>
{agents}
<utility_space>
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Colour" type="discrete">
    <item index="1" value="red"/>
    <item index="2" value="green"/>
  </issue>
  <issue index="2" name="Price" type="integer" lowerbound="0" upperbound="4"/>
</objective>
</utility_space>
</negotiation_template>
"""

COLOUR = """\
  <issue index="1" name="Colour" type="discrete">
    <item value="red" evaluation="{red}"/>
    <item value="green" evaluation="{green}"/>{extra_item}
  </issue>"""

PRICE = """\
  <issue index="2" name="Price" type="integer" lowerbound="0" upperbound="4">
    <evaluator ftype="linear" slope="0.25" offset="0"/>
  </issue>"""


def profile(
    *,
    red="2",
    green="1",
    extra_item="",
    colour=None,
    price=PRICE,
    weights='<weight index="1" value="0.6"/>\n  <weight index="2" value="0.4"/>',
    inside="",
    outside="",
) -> str:
    if colour is None:
        colour = COLOUR.format(red=red, green=green, extra_item=extra_item)
    return (
        f'<utility_space>\n<objective index="0" name="root" type="objective">\n{colour}\n'
        f"{price}\n  {weights}\n  {inside}\n</objective>\n{outside}\n</utility_space>\n"
    )


def folder(tmp_path: Path, *profiles: str, domain: str = DOMAIN, agents: str = "") -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "domain.xml").write_text(domain.format(agents=agents))
    for i, text in enumerate(profiles):
        (tmp_path / f"p{i}.xml").write_text(text)
    return tmp_path


def utilities(scenario, party: str = "p0") -> np.ndarray:
    """Utility of every (Colour, Price) outcome, as a 2 x 5 array."""
    return scenario.utilities([party])[:, 0].reshape(2, 5)


def expected(red: float, green: float, w_colour: float = 0.6, w_price: float = 0.4):
    price = np.array([0, 0.25, 0.5, 0.75, 1.0])
    return np.minimum(1.0, w_colour * np.array([[red], [green]]) + w_price * price)


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line of ``text`` that contains ``needle``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def messages(warnings) -> list[str]:
    return [w.message for w in warnings]


def only(warnings, text: str):
    hits = [w for w in warnings if text in w.message]
    assert len(hits) == 1, messages(warnings)
    return hits[0]


def test_plain_profile_reads_without_warnings(tmp_path):
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, profile()))
    assert warnings == ()
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))


@pytest.mark.parametrize(
    "where",
    [
        {"outside": '<weight index="0" value="1.0"/>'},  # beside the root objective
        {"inside": '<weight index="0" value="1.0"/>'},  # among the issue weights
    ],
)
def test_weight_on_the_root_objective_is_ignored_as_genius_does(tmp_path, where):
    """GENIUS gives the root objective an EvaluatorObjective that getUtility skips; accord
    once refused the whole domain ('weight for issue index 0, which the domain does not
    have')."""
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, profile(**where)))
    assert warnings == ()  # a weight of 1 on the root says nothing
    assert scenario.parties["p0"].weights == {"Colour": 0.6, "Price": 0.4}
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))


NESTED_DOMAIN = """\
<utility_space>
<objective index="0" name="root" type="objective">
  <objective index="3" name="Looks" type="objective">
    <issue index="1" name="Colour" type="discrete">
      <item value="red"/><item value="green"/>
    </issue>
  </objective>
  <issue index="2" name="Price" type="integer" lowerbound="0" upperbound="4"/>
</objective>
</utility_space>
"""


def test_nested_objective_weight_is_ignored_and_noted(tmp_path):
    """GENIUS sums issue weights as written; a sub-objective's weight multiplies nothing."""
    nested = profile(
        colour='<objective index="3" name="Looks" type="objective">\n'
        + COLOUR.format(red="2", green="1", extra_item="")
        + '\n<weight index="1" value="0.6"/></objective>',
        weights='<weight index="2" value="0.4"/>\n  <weight index="3" value="0.5"/>',
    )
    scenario, warnings = read_genius_with_warnings(
        folder(tmp_path, nested, domain=NESTED_DOMAIN)
    )
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))  # not 0.5 * 0.6 on Colour
    w = only(warnings, "objective 'Looks'")
    assert (Path(w.file).name, w.field) == ("p0.xml", "weight[index=3]")
    assert "ignored" in w.message


def test_weight_for_an_unknown_index_is_ignored_and_noted(tmp_path):
    text = profile(inside='<weight index="7" value="0.3"/>')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))
    w = only(warnings, "no issue or objective has index 7")
    assert (w.field, w.line) == ("weight[index=7]", line_of(text, 'index="7"'))


def test_weights_not_summing_to_one_are_used_as_written_and_noted(tmp_path):
    """GENIUS does not renormalise weights read from a file: the sum is capped at 1."""
    text = profile(weights='<weight index="1" value="0.9"/>\n  <weight index="2" value="0.4"/>')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5, 0.9, 0.4))
    w = only(warnings, "weights sum to 1.3, not 1")
    assert "not normalised" in w.message and "capped at 1" in w.message
    assert (Path(w.file).name, w.line, w.field) == ("p0.xml", line_of(text, "<weight"), "weight")


def test_issue_without_weight_counts_zero_and_is_noted(tmp_path):
    """GENIUS creates no evaluator for an issue without a weight and then throws on every
    bid; accord counts the issue 0 and says so."""
    text = profile(weights='<weight index="1" value="0.6"/>')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5, 0.6, 0.0))
    w = only(warnings, "issue 'Price' has no weight")
    assert (w.field, w.line) == ("issue[name=Price]", line_of(text, 'name="Price"'))


def test_value_without_evaluation_counts_zero_and_is_noted(tmp_path):
    text = profile(colour=COLOUR.format(red="2", green="null", extra_item=""))
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.0))
    w = only(warnings, "no evaluation for 'green'")
    assert (w.field, w.line) == ("issue[name=Colour]", line_of(text, 'name="Colour"'))


def test_item_the_domain_lacks_only_scales_the_others(tmp_path):
    """EvaluatorDiscrete keeps every item it reads and divides by the largest evaluation,
    so an extra item with evaluation 4 halves red (2) and green (1)."""
    text = profile(extra_item='\n    <item value="pink" evaluation="4"/>')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(0.5, 0.25))
    w = only(warnings, "no such value")
    assert (w.field, w.line) == ("issue[name=Colour].item[value=pink]", line_of(text, "pink"))


def test_a_misspelt_value_is_reported_at_its_line_and_field(tmp_path):
    """'pink' for 'red': GENIUS would fail on every bid with red; accord reads red as 0 and
    points at both spots (this used to be an error)."""
    text = profile(colour=COLOUR.format(red="2", green="1", extra_item="").replace("red", "pink"))
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(0.0, 0.5))
    typo = only(warnings, "no such value")
    assert (typo.field, typo.line) == ("issue[name=Colour].item[value=pink]", line_of(text, "pink"))
    assert only(warnings, "no evaluation for 'red'").field == "issue[name=Colour]"


def test_type_wins_over_a_disagreeing_vtype(tmp_path):
    """DomainImpl: 'Conflicting value types ... use type'. Case does not matter."""
    domain = DOMAIN.replace('name="Price" type="integer"', 'name="Price" type="Integer" '
                            'vtype="discrete"')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, profile(), domain=domain))
    assert scenario.issues["Price"].type == "integer"
    w = only(warnings, "vtype='discrete' disagrees with type='Integer'")
    assert (Path(w.file).name, w.field) == ("domain.xml", "issue[name=Price].vtype")


def test_integer_evaluator_reads_slope_and_offset_whatever_its_ftype(tmp_path):
    """EvaluatorInteger.loadFromXML reads slope and offset and never looks at ftype."""
    text = profile(price=PRICE.replace('ftype="linear"', 'ftype="constant"'))
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))
    w = only(warnings, "ftype 'constant' is ignored")
    assert w.field == "issue[name=Price].evaluator.ftype"


def test_integer_issue_without_evaluator_counts_zero_and_is_noted(tmp_path):
    price = '<issue index="2" name="Price" type="integer" lowerbound="0" upperbound="4"/>'
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, profile(price=price)))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5, 0.6, 0.0))
    assert only(warnings, "no <evaluator>").field == "issue[name=Price]"


def test_reservation_and_discount_without_value_fall_back_as_in_genius(tmp_path):
    """GENIUS catches the failed parse: reservation 0, no discount."""
    text = profile(outside="<reservation>0.4</reservation>\n<discount_factor/>")
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    party = scenario.parties["p0"]
    assert (party.reservation_value, party.discount_factor) == (0.0, None)
    w = only(warnings, "<reservation> has no value attribute")
    assert "'0.4' is not read" in w.message and w.field == "reservation.value"
    assert only(warnings, "<discount_factor> has no value").field == "discount_factor.value"


def test_the_reservation_genius_reads_last_wins(tmp_path):
    """loadTreeRecursive reads a <reservation> child at every level; the deepest, read
    last, overrides the top-level one."""
    text = profile(inside='<reservation value="0.3"/>', outside='<reservation value="0.1"/>')
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert scenario.parties["p0"].reservation_value == 0.3
    assert only(warnings, "2 <reservation> elements").field == "reservation"


def test_walk_away_warning_points_at_the_reservation_genius_reads(tmp_path):
    text = profile(
        weights='<weight index="0" value="1"/>\n  <weight index="1" value="0.3"/>\n'
        '  <weight index="2" value="0.2"/>',
        inside='<reservation value="0.7"/>',
        outside='<reservation value="0.1"/>',
    )
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert scenario.parties["p0"].reservation_value == 0.7
    w = only(warnings, "less than the walk-away value 0.7")
    assert (w.field, w.line) == ("reservation", line_of(text, 'value="0.7"'))
    w = only(warnings, "weights sum to 0.5")
    assert (w.field, w.line) == ("weight", line_of(text, '<weight index="1"'))


def test_profile_issue_the_domain_lacks_is_ignored_and_noted(tmp_path):
    extra = '<issue index="9" name="Ghost" type="discrete"><item value="x" evaluation="1"/></issue>'
    text = profile(inside=extra)
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))
    assert only(warnings, "issue index 9 is not in the domain").field == "issue[index=9]"


def test_issues_are_matched_by_index_and_a_renamed_one_is_noted(tmp_path):
    text = profile(price=PRICE.replace('name="Price"', 'name="Cost"'))
    scenario, warnings = read_genius_with_warnings(folder(tmp_path, text))
    assert np.allclose(utilities(scenario), expected(1.0, 0.5))
    assert "'Price', the profile 'Cost'" in only(warnings, "matched by index").message


AGENTS = """\
<agent name="seller" utility_space="p1.xml"/>
<agent name="buyer" utility_space="etc/templates/p0.xml"/>"""


def test_agents_listed_by_the_domain_are_the_parties(tmp_path):
    """other/laptopdomain lists two agents but holds a third profile, laptop_test.xml."""
    path = folder(tmp_path, profile(), profile(red="1", green="2"), profile(), agents=AGENTS)
    scenario, warnings = read_genius_with_warnings(path)
    assert list(scenario.parties) == ["p1", "p0"]  # the domain's order
    w = only(warnings, "profile p2.xml is not among the domain's <agent>s")
    assert (Path(w.file).name, w.line, w.field) == ("domain.xml", 2, "agent.utility_space")


def test_a_stale_agent_list_is_ignored(tmp_path):
    """ANAC 2012 CarB names ABMP_car_*.xml files that are not in its folder."""
    stale = '<agent utility_space="ABMP_car_dealer.xml"/><agent utility_space=""/>'
    scenario, warnings = read_genius_with_warnings(
        folder(tmp_path, profile(), profile(), agents=stale)
    )
    assert list(scenario.parties) == ["p0", "p1"] and warnings == ()


def test_explicit_profiles_ignore_the_agent_list(tmp_path):
    path = folder(tmp_path, profile(), profile(), profile(), agents=AGENTS)
    scenario = read_genius(path / "domain.xml", [path / "p2.xml"])
    assert list(scenario.parties) == ["p2"]


def test_unparsable_numbers_are_still_errors(tmp_path):
    """GENIUS prints and goes on with 0 where a value is not a number; accord cannot tell
    what was meant and refuses, naming the spot."""
    with pytest.raises(AccordInputError) as info:
        read_genius(folder(tmp_path, profile(outside='<reservation value="x"/>')))
    assert (info.value.field, info.value.message) == ("reservation.value", "'x' is not a number")


def test_read_with_warnings_dispatches_on_folders(tmp_path):
    path = folder(tmp_path, profile(inside='<weight index="7" value="0.3"/>'))
    scenario, warnings = read_with_warnings(path)
    assert list(scenario.parties) == ["p0"] and len(warnings) == 1


LENIENT_DOMAIN = """\
<utility_space>
<issue index="4" name="Outside" type="discrete"><item value="A&amp;B"/><item value="C"/></issue>
<objective index="0" name="root">
  <issue index="1" name="Price" type=" Integer "><range lowerbound="0" upperbound="4"/></issue>
  <objective index="5" name="Sub">
    <issue index="2" name="Speed" type="real" lowerbound="0" upperbound="2"/>
  </objective>
  <issue index="3" name="Range" type="real"><range lowerbound="0" upperbound="1"/></issue>
</objective>
</utility_space>
"""

LENIENT_PROFILE = """\
<utility_space>
<objective index="0" name="root">
  <issue index="4" name="Outside" type="discrete">
    <item value="A&amp;B" evaluation="1"/><item value="C" evaluation="0"/>
  </issue>
  <issue index="1" name="Price" type="integer" lowerbound="0" upperbound="4">
    <evaluator slope="0.25" offset="0"/>
  </issue>
  <issue index="2" name="Speed" type="real"><evaluator parameter0="0" parameter1="0.5"/></issue>
  <issue index="3" name="Range" type="real"/>
  <weight index="4" value="0.1"/><weight index="1" value="0.2"/>
  <weight index="2" value="0.3"/><weight index="3" value="0.4"/>
</objective>
</utility_space>
"""


def test_what_accord_reads_beyond_genius(tmp_path):
    """Bounds from attributes or <range> for either numeric type, types with blanks and
    capitals, issues outside the root objective, entities, a real evaluator without ftype
    (linear), all in document order; a weighted real issue without evaluator counts 0."""
    (tmp_path / "d.xml").write_text(LENIENT_DOMAIN)
    (tmp_path / "p.xml").write_text(LENIENT_PROFILE)
    scenario, warnings = read_genius_with_warnings(tmp_path)
    assert list(scenario.issues) == ["Outside", "Price", "Speed", "Range"]
    assert scenario.issues["Outside"].options == ("A&B", "C")
    assert scenario.issues["Price"].options == (0, 1, 2, 3, 4)
    assert scenario.issues["Speed"].options[-1] == 2.0 and scenario.issues["Speed"].n_options == 11
    best = scenario.space.index_of({"Outside": "A&B", "Price": 4, "Speed": 2.0, "Range": 1.0})
    assert scenario.utilities(index=[best])[0, 0] == pytest.approx(0.1 + 0.2 + 0.3 * 1.0)
    assert [w.field for w in warnings] == ["issue[name=Range]"]
    assert "no <evaluator>" in warnings[0].message


def test_an_unknown_issue_type_is_an_error(tmp_path):
    """GENIUS prints 'Type specified incorrectly' and makes the issue discrete."""
    domain = DOMAIN.replace('name="Price" type="integer"', 'name="Price" type="integr"')
    with pytest.raises(AccordInputError, match="unknown issue type 'integr'") as info:
        read_genius(folder(tmp_path, profile(), domain=domain))
    assert info.value.field == "issue[name=Price].type"
