"""One word per concept (issue 8 item 6): the field's words, reservation value and discount
factor, everywhere in the code; the old names still work, with a DeprecationWarning."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

import accord
from accord.model.generate import random_scenario, split_the_pie
from accord.model.problem import compile_problem
from accord.negotiation.protocols.saop import SAOP

SRC = Path(accord.__file__).parent
OLD = re.compile(
    r"\.(reservation|discount)\b(?![_(])"  # attributes: reservation_value(s), discount_factor(s)
    r"|\.with_reservation\("
    r"|\.relative_time\b"
    r"|\b(random_scenario|split_the_pie)\([^)\n]*\b(reservation|discount)="
)


def test_the_code_uses_one_word_per_concept():
    found = [
        f"{path.relative_to(SRC)}:{number}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if OLD.search(line) and "renamed(" not in line and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_old_names_still_work_with_a_warning():
    problem = compile_problem(split_the_pie(10, reservation_values=(0.2, 0.3)))
    with pytest.warns(DeprecationWarning, match="use reservation_values"):
        np.testing.assert_array_equal(problem.reservation, [0.2, 0.3])
    with pytest.warns(DeprecationWarning, match="use discount_factors"):
        np.testing.assert_array_equal(problem.discount, [1.0, 1.0])
    with pytest.warns(DeprecationWarning, match="use with_reservation_values"):
        moved = problem.with_reservation([0.5, 0.5])
    np.testing.assert_array_equal(moved.reservation_values, [0.5, 0.5])
    with pytest.warns(DeprecationWarning, match="use reservation_values"):
        np.testing.assert_array_equal(problem.scenario.reservation(), [0.2, 0.3])
    with pytest.warns(DeprecationWarning, match="use reservation_values"):
        np.testing.assert_array_equal(accord.analyze(problem).reservation, [0.2, 0.3])
    with pytest.warns(DeprecationWarning, match="reservation_value="):
        old = random_scenario((3, 2), seed=1, reservation=0.4)
    assert old == random_scenario((3, 2), seed=1, reservation_value=0.4)
    with pytest.warns(DeprecationWarning, match="discount_factors="):
        old = split_the_pie(10, discount=(0.5, None))
    assert old == split_the_pie(10, discount_factors=(0.5, None))
    session = SAOP(problem, ["linear", "boulware"], rounds=5)
    info = session.info(1)
    assert (info.reservation_value, info.discount_factor) == (0.3, 1.0)
    with pytest.warns(DeprecationWarning, match="use reservation_value"):
        assert info.reservation == 0.3
    with pytest.warns(DeprecationWarning, match="use discount_factor"):
        assert info.discount == 1.0
    with pytest.warns(DeprecationWarning, match="use State.time"):
        assert session.state.relative_time == session.state.time
