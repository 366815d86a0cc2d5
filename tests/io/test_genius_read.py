"""Reading GENIUS XML: GENIUS's semantics, real files' quirks, and located errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.io.genius import read_genius

DOMAIN = """\
<negotiation_template>
<utility_space number_of_issues="3">
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Colour" etype="discrete">
    <item index="1" value="red"/>
    <item index="2" value="green"/>
    <item index="3" value="blue"/>
  </issue>
  <issue index="2" name="Price" vtype="integer" lowerbound="10" upperbound="14"/>
  <issue index="3" name="Speed" type="real">
    <range lowerbound="0" upperbound="2"/>
  </issue>
</objective>
</utility_space>
</negotiation_template>
"""

PROFILE = """\
<utility_space>
<objective index="0" name="root" type="objective" etype="objective">
  <issue index="1" name="Colour" type="discrete" etype="discrete">
    <item index="1" value="red" evaluation="4"/>
    <item index="2" value="green" evaluation="2"/>
    <item index="3" value="blue"/>
  </issue>
  <issue index="2" name="Price" type="integer" etype="integer" lowerbound="10" upperbound="14">
    <evaluator ftype="linear" slope="0.25" offset="0.5"/>
  </issue>
  <issue index="3" name="Speed" type="real" etype="real">
    <range lowerbound="0" upperbound="2"/>
    <evaluator ftype="linear" parameter0="0.2" parameter1="0.5"/>
  </issue>
  <weight index="1" value="0.5"/>
  <weight index="2" value="0.4"/>
  <weight index="3" value="0.3"/>
</objective>
{extra}
</utility_space>
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text)
    return folder


def outcome_utility(scenario, party: str, **options) -> float:
    index = scenario.space.index_of(options)
    return float(scenario.utilities([party], index=np.array([index]))[0, 0])


@pytest.fixture
def scenario(tmp_path):
    folder = write(
        tmp_path / "toy",
        {
            "toy_domain.xml": DOMAIN,
            "b_party.xml": PROFILE.format(extra='<reservation value="0.3"/>'),
            "a_party.xml": PROFILE.format(extra='<discount_factor value="0.9"/>'),
            "pareto.xml": "0.5, 0.5\n1.0, 0.0\n",
        },
    )
    return read_genius(folder)


def test_folder_layout(scenario):
    assert scenario.name == "toy"
    assert list(scenario.parties) == ["a_party", "b_party"]  # file-name order
    assert list(scenario.issues) == ["Colour", "Price", "Speed"]
    assert scenario.issues["Price"].options == (10, 11, 12, 13, 14)
    speed = scenario.issues["Speed"]
    assert speed.n_options == 11 and speed.options[-1] == 2.0  # 10 intervals by default
    assert scenario.space.size == 3 * 5 * 11


def test_reservation_and_discount(scenario):
    a, b = scenario.parties["a_party"], scenario.parties["b_party"]
    assert (a.reservation_value, a.discount_factor) == (0.0, 0.9)
    assert (b.reservation_value, b.discount_factor) == (0.3, None)


def test_utilities_follow_genius(scenario):
    # red: 4/4 = 1 ; price 12: 0.5 + 0.25 * (12 - 10) = 1 ; speed 1.0: 0.2 + 0.5 = 0.7
    # 0.5 * 1 + 0.4 * 1 + 0.3 * 0.7 = 1.11 -> capped at 1
    assert outcome_utility(scenario, "a_party", Colour="red", Price=12, Speed=1.0) == 1.0
    # green: 2/4 ; price 10: 0.5 ; speed 0: 0.2 -> 0.25 + 0.2 + 0.06
    assert outcome_utility(scenario, "a_party", Colour="green", Price=10, Speed=0.0) == (
        pytest.approx(0.51)
    )
    # blue has no evaluation: 0 ; price 14 clamps at 1 ; speed 2 clamps at 1
    assert outcome_utility(scenario, "a_party", Colour="blue", Price=14, Speed=2.0) == (
        pytest.approx(0.7)
    )


def test_evaluations_divided_by_issue_maximum_not_taken_raw(tmp_path):
    """NegMAS reads evaluations unnormalised; GENIUS (and accord) divide by the maximum."""
    domain = DOMAIN.replace('<issue index="2"', "<!--").replace("</objective>", "--></objective>")
    domain = domain.replace('number_of_issues="3"', 'number_of_issues="1"')
    profile = """<utility_space><objective index="0" name="root">
      <issue index="1" name="Colour" type="discrete">
        <item value="red" evaluation="40"/><item value="green" evaluation="20"/>
        <item value="blue" evaluation="10"/>
      </issue><weight index="1" value="1"/></objective></utility_space>"""
    s = read_genius(write(tmp_path, {"d.xml": domain, "p.xml": profile}))
    assert np.allclose(s.utilities()[:, 0], [1.0, 0.5, 0.25])


def test_all_zero_evaluations_count_zero(tmp_path):
    profile = PROFILE.format(extra="").replace('evaluation="4"', 'evaluation="0.000001"')
    profile = profile.replace('evaluation="2"', 'evaluation="null"')
    s = read_genius(write(tmp_path, {"d.xml": DOMAIN, "p.xml": profile}))
    table = s.preferences("p").tables[0]
    assert np.all(table == 0)


def test_legacy_and_constant_integer_evaluators(tmp_path):
    legacy = PROFILE.format(extra="").replace(
        '<evaluator ftype="linear" slope="0.25" offset="0.5"/>',
        '<evaluator ftype="linear" parameter0="-2.5" parameter1="0.25"/>',
    )
    constant = PROFILE.format(extra="").replace(
        '<evaluator ftype="linear" slope="0.25" offset="0.5"/>',
        '<evaluator ftype="constant" parameter0="0.6"/>',
    )
    s = read_genius(write(tmp_path, {"d.xml": DOMAIN, "p.xml": legacy, "q.xml": constant}))
    # legacy: clamp(0.25 * x - 2.5): x = 10..14 -> 0, 0.25, 0.5, 0.75, 1
    assert np.allclose(s.preferences("p").tables[1], [0, 0.25, 0.5, 0.75, 1])
    assert np.allclose(s.preferences("q").tables[1], 0.6)


def test_integer_evaluator_measures_from_profile_lowerbound(tmp_path):
    profile = PROFILE.format(extra="").replace(
        'lowerbound="10" upperbound="14">', 'lowerbound="12" upperbound="14">'
    )
    s = read_genius(write(tmp_path, {"d.xml": DOMAIN, "p.xml": profile}))
    # 0.5 + 0.25 * (x - 12), not (x - 10): x = 10..14 -> 0, 0.25, 0.5, 0.75, 1
    assert np.allclose(s.preferences("p").tables[1], [0, 0.25, 0.5, 0.75, 1])


def test_real_issue_discretisation_is_configurable(tmp_path):
    folder = write(tmp_path, {"d.xml": DOMAIN, "p.xml": PROFILE.format(extra="")})
    s = read_genius(folder, real_intervals=4)
    assert s.issues["Speed"].options == (0.0, 0.5, 1.0, 1.5, 2.0)
    stepped = DOMAIN.replace('type="real">', 'type="real" step="0.25">')
    s = read_genius(write(tmp_path / "b", {"d.xml": stepped, "p.xml": PROFILE.format(extra="")}))
    assert s.issues["Speed"].n_options == 9


def test_discount_outside_unit_interval_means_none(tmp_path):
    files = {"d.xml": DOMAIN}
    for name, value in {"p0": "0", "p1": "1.5", "p2": "-1", "p3": "1.0"}.items():
        files[f"{name}.xml"] = PROFILE.format(extra=f'<discount_factor value="{value}"/>')
    s = read_genius(write(tmp_path, files))
    assert [p.discount_factor for p in s.parties.values()] == [None, None, None, 1.0]


def test_explicit_domain_and_profiles(tmp_path):
    write(tmp_path, {"d.xml": DOMAIN, "x.xml": PROFILE.format(extra=""), "y.xml": PROFILE})
    s = read_genius(tmp_path / "d.xml", [tmp_path / "x.xml"])
    assert list(s.parties) == ["x"] and s.name == "d"
    s = read_genius((tmp_path / "d.xml", [tmp_path / "x.xml"]), name="named")
    assert s.name == "named"
    with pytest.raises(AccordInputError, match="not a GENIUS profile"):
        read_genius(tmp_path / "d.xml", [tmp_path / "d.xml"])
    with pytest.raises(AccordInputError, match="not a GENIUS domain"):
        read_genius(tmp_path / "x.xml", [tmp_path / "x.xml"])


NONLINEAR = """\
<utility_space type="nonlinear">
<objective index="0" name="root">
  <issue etype="integer" index="1" name="x" type="integer" lowerbound="0" upperbound="3"/>
  <issue etype="integer" index="2" name="y" type="integer" lowerbound="0" upperbound="3"/>
  <utility maxutility="10">
    <ufun type="PlainUfun" weight="1" aggregation="sum">
      <hyperRectangle utility="6">
        <INCLUDES index="1" min="1" max="2"/>
        <INCLUDES index="2" min="0" max="1"/>
      </hyperRectangle>
      <hyperRectangle utility="3"><EXCLUDES index="1" min="0" max="0"/></hyperRectangle>
      <hyperRectangle utility="2"/>
      <hyperRectangle utility="50"><INCLUDES index="1" min="7" max="9"/></hyperRectangle>
    </ufun>
  </utility>
</objective>
<reservation value="0.1"/>
</utility_space>
"""

NONLINEAR_DOMAIN = """\
<negotiation_template><utility_space number_of_issues="2"><objective index="0" name="root">
  <issue etype="integer" index="1" name="x" type="integer" lowerbound="0" upperbound="3"/>
  <issue etype="integer" index="2" name="y" type="integer" lowerbound="0" upperbound="3"/>
</objective></utility_space></negotiation_template>
"""


def test_hyper_rectangles(tmp_path):
    s = read_genius(write(tmp_path, {"d.xml": NONLINEAR_DOMAIN, "p.xml": NONLINEAR}))
    party = s.parties["p"]
    assert party.utility_kind == "hyperrectangle" and party.max_utility == 10
    assert party.reservation_value == 0.1
    u = s.utilities()[:, 0].reshape(4, 4)
    expected = np.full((4, 4), 0.2)  # the box without bounds counts everywhere
    expected[1:, :] += 0.3  # outside x == 0
    expected[1:3, 0:2] += 0.6
    assert np.allclose(u, np.minimum(expected, 1.0))


@pytest.mark.parametrize(
    ("files", "message", "line", "field"),
    [
        (
            {"d.xml": DOMAIN, "p.xml": PROFILE.format(extra="").replace('"4"', '"four"')},
            "'four' is not a number",
            4,
            "issue[name=Colour].item[value=red].evaluation",
        ),
        (
            {"d.xml": DOMAIN, "p.xml": PROFILE.replace('value="0.4"', 'value="-1"')},
            "must be >= 0",
            16,
            "weight[index=2].value",
        ),
        (
            {"d.xml": DOMAIN, "p.xml": PROFILE.format(extra='<reservation value="2"/>')},
            "outside [0, 1]",
            19,
            "reservation.value",
        ),
        (
            {"d.xml": DOMAIN.replace('upperbound="14"', 'upperbound="x"'), "p.xml": PROFILE},
            "'x' is not an integer",
            9,
            "issue[name=Price].upperbound",
        ),
        (
            {"d.xml": DOMAIN, "p.xml": "<utility_space>\n<objective>\n</utility_space>\n"},
            "XML syntax: mismatched tag",
            3,
            None,
        ),
        (
            {"d.xml": NONLINEAR_DOMAIN, "p.xml": NONLINEAR.replace('"sum"', '"max"')},
            "only aggregation='sum'",
            6,
            "ufun.aggregation",
        ),
    ],
)
def test_errors_name_file_line_and_field(tmp_path, files, message, line, field):
    files = {k: v.format(extra="") if "{extra}" in v else v for k, v in files.items()}
    with pytest.raises(AccordInputError) as info:
        read_genius(write(tmp_path, files))
    err = info.value
    assert message in err.message
    assert err.file is not None and err.file.endswith("p.xml" if "p.xml" in err.file else "d.xml")
    assert err.line == line
    assert err.field == field


def test_dtd_and_entities_are_refused(tmp_path):
    evil = (
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<utility_space>&a;</utility_space>'
    )
    with pytest.raises(AccordInputError, match="DTDs and entities") as info:
        read_genius(write(tmp_path, {"d.xml": DOMAIN, "p.xml": evil}))
    assert info.value.line == 2 and info.value.file.endswith("p.xml")


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"p.xml": PROFILE.format(extra="")}, "no GENIUS domain file"),
        ({"d.xml": DOMAIN, "e.xml": DOMAIN, "p.xml": PROFILE}, "more than one domain"),
        ({"d.xml": DOMAIN}, "no profile files"),
    ],
)
def test_folder_errors(tmp_path, files, message):
    files = {k: v.format(extra="") if "{extra}" in v else v for k, v in files.items()}
    with pytest.raises(AccordInputError, match=message):
        read_genius(write(tmp_path, files))


def test_not_a_folder(tmp_path):
    with pytest.raises(AccordInputError, match="not a folder"):
        read_genius(tmp_path / "missing")
