"""Writing GENIUS XML: every utility survives Scenario -> GENIUS -> Scenario (and YAML)."""

from __future__ import annotations

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.io.genius import read_genius, write_genius
from accord.model import Scenario


def scenario(**overrides) -> Scenario:
    data = {
        "name": "toy",
        "issues": {
            "colour": {"type": "categorical", "values": ["red", "green", "blue"]},
            "size": {"type": "ordinal", "values": ["S", "M", "L", "XL"]},
            "price": {"type": "integer", "min": -2, "max": 6},
            "speed": {"type": "continuous", "min": 0.0, "max": 1.0, "step": 0.3},
        },
        "parties": {
            "zed": {
                "weights": {"colour": 0.3, "size": 0.4, "price": 0.5, "speed": 0.2},
                "values": {
                    "colour": {"red": 0.5, "green": 0.25, "blue": 0.0},  # max 0.5, not 1
                    "size": {"type": "triangular", "peak": 2},
                    "price": {"type": "linear", "slope": 0.3, "offset": 0.1, "origin": 1},
                    "speed": {"type": "linear", "direction": "decreasing"},
                },
                "reservation_value": 0.2,
                "discount_factor": 0.8,
            },
            "amy": {
                "weights": {"colour": 1.0, "price": 0.25},
                "values": {
                    "colour": {"red": 0.0, "green": 1.0, "blue": 0.5},
                    "price": {"type": "linear", "direction": "increasing"},
                },
            },
            "mediator": {"role": "mediator", "positions": {"price": 2}, "salience": {"price": 1}},
        },
    }
    data.update(overrides)
    return Scenario.model_validate(data)


def test_round_trip_keeps_every_utility(tmp_path):
    original = scenario()
    paths = write_genius(original, tmp_path / "out")
    assert [p.name for p in paths] == ["domain.xml", "zed.xml", "amy.xml"]
    again = read_genius(tmp_path / "out")
    assert list(again.parties) == ["zed", "amy"]  # the scenario's order; mediators left out
    keys = ["zed", "amy"]
    assert np.allclose(original.utilities(keys), again.utilities(keys), rtol=0, atol=1e-12)
    assert again.parties["zed"].reservation_value == 0.2
    assert again.parties["zed"].discount_factor == 0.8
    assert again.parties["amy"].discount_factor is None
    assert again.issues["speed"].options == original.issues["speed"].options  # step kept


def test_round_trip_through_yaml(tmp_path):
    from accord.io import yaml as yaml_io
    original = scenario()
    write_genius(original, tmp_path / "a")
    from_genius = read_genius(tmp_path / "a")
    text = yaml_io.dump_scenario(from_genius)
    try:
        via_yaml = yaml_io.parse_scenario(text)
    except AccordInputError as err:  # pragma: no cover - depends on the YAML writer
        pytest.xfail(f"accord.io.yaml cannot read its own output yet: {err}")
    write_genius(via_yaml, tmp_path / "b")
    final = read_genius(tmp_path / "b")
    keys = ["zed", "amy"]
    assert np.allclose(original.utilities(keys), final.utilities(keys), rtol=0, atol=1e-12)


def test_hyper_rectangles_round_trip(tmp_path):
    s = Scenario.model_validate(
        {
            "name": "boxes",
            "issues": {
                "x": {"type": "integer", "min": 1, "max": 5},
                "y": {"type": "integer", "min": 0, "max": 3},
            },
            "parties": {
                "p": {
                    "rectangles": [
                        {"utility": 4, "bounds": {"x": [2, 4], "y": [0, 1]}},
                        {"utility": 3, "bounds": {"x": [5, 5]}, "exclusive": True},
                        {"utility": 1, "bounds": {}},
                        {"utility": 9, "bounds": {}, "exclusive": True},  # never counts
                    ],
                    "max_utility": 7,
                },
                "q": {"weights": {"x": 1}, "values": {"x": {"type": "linear", "slope": 0.25}}},
            },
        }
    )
    write_genius(s, tmp_path)
    again = read_genius(tmp_path)
    assert np.allclose(s.utilities(["p", "q"]), again.utilities(["p", "q"]), atol=1e-12)


SPEEDS = [repr(x) for x in scenario().issues["speed"].options]  # 0.0, 0.3, 0.6, 0.8999...


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"price": {"type": "triangular", "peak": 2}},
            "clamped straight line",
        ),
        (
            {"speed": {"type": "table", "table": dict(zip(SPEEDS, [1, 0, 1, 0], strict=True))}},
            "clamped straight line",
        ),
        ({"colour": {"red": -0.5, "green": -0.25, "blue": -1.0}}, "all negative"),
    ],
)
def test_values_genius_cannot_express(tmp_path, change, message):
    data = scenario().model_dump(mode="json")
    data["parties"]["zed"]["values"].update(change)
    with pytest.raises(AccordInputError, match=message) as info:
        write_genius(Scenario.model_validate(data), tmp_path)
    assert info.value.field.startswith("parties.zed.values.")
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_spatial_party_and_rectangles_on_categorical_issue(tmp_path):
    spatial = scenario(parties={"s": {"positions": {"price": 3}, "salience": {"price": 1.0}}})
    with pytest.raises(AccordInputError, match="spatial preferences"):
        write_genius(spatial, tmp_path / "a")
    boxes = scenario(
        parties={
            "b": {
                "rectangles": [{"utility": 1, "bounds": {"colour": ["red", "green"]}}],
                "max_utility": 1,
            }
        }
    )
    with pytest.raises(AccordInputError, match="integer issues only"):
        write_genius(boxes, tmp_path / "b")


def test_refuses_folder_with_other_xml(tmp_path):
    (tmp_path / "old-profile.xml").write_text("<utility_space/>")
    with pytest.raises(AccordInputError, match="other XML files"):
        write_genius(scenario(), tmp_path)
    write_genius(scenario(), tmp_path / "fresh")
    write_genius(scenario(), tmp_path / "fresh")  # its own files may be overwritten


def test_constraints_are_refused_not_dropped(tmp_path):
    """GENIUS has no constraints: exported, the packages they forbid would become possible
    (the flagship's ZOPA went from 0 to 1 package through `accord convert`)."""
    forbid = [{"forbid": {"colour": ["red"], "size": ["S", "M"]}}]
    with pytest.raises(AccordInputError, match="GENIUS has no constraints") as info:
        write_genius(scenario(constraints=forbid), tmp_path / "out")
    assert info.value.field == "constraints"
    assert "72 packages" in info.value.message  # 1 colour x 2 sizes x 9 prices x 4 speeds
    assert not (tmp_path / "out").exists()


def test_convert_names_the_source_of_a_refused_export(tmp_path):
    import yaml
    from typer.testing import CliRunner

    from accord.cli.main import app

    data = scenario(constraints=[{"forbid": {"colour": ["red"]}}]).model_dump(mode="json")
    src = tmp_path / "deal.yaml"
    src.write_text(yaml.safe_dump(data))
    result = CliRunner().invoke(app, ["convert", str(src), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert f"{src}: constraints: GENIUS has no constraints" in result.output
