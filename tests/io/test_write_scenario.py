"""Writing a scenario, the format decided by the path: YAML, JSON or a GENIUS folder."""

from __future__ import annotations

import json

import numpy as np
import pytest

from accord.errors import AccordInputError
from accord.io import read_scenario, write_scenario
from accord.model.generate import random_scenario


@pytest.mark.parametrize("name", ["s.yaml", "s.yml", "s.json", "genius"])
def test_written_scenario_reads_back_with_the_same_utilities(tmp_path, name):
    scenario = random_scenario((3, 2, 4), seed=2)
    written = write_scenario(scenario, tmp_path / name)
    assert written[0].parent == tmp_path or written[0].parent == tmp_path / name
    back = read_scenario(tmp_path / name)
    np.testing.assert_allclose(back.utilities(), scenario.utilities())
    if name.endswith(".json"):
        assert json.loads((tmp_path / name).read_text())["name"] == scenario.name


def test_unknown_suffix_is_refused_before_writing(tmp_path):
    with pytest.raises(AccordInputError, match="unknown output format '.txt'") as err:
        write_scenario(random_scenario((2, 2), seed=1), tmp_path / "s.txt")
    assert err.value.file == str(tmp_path / "s.txt")
    assert not (tmp_path / "s.txt").exists()


def test_unwritable_path_is_named(tmp_path):
    target = tmp_path / "missing-folder" / "s.yaml"
    with pytest.raises(AccordInputError, match="cannot write") as err:
        write_scenario(random_scenario((2, 2), seed=1), target)
    assert err.value.file == str(target)
