"""Packages worth exactly a walk-away value are in the ZOPA, whatever the float noise.

Float sums miss exact values by a unit in the last place (``0.25 * 0.2 + 0.75 * 0.6`` is
``0.49999999999999994``). Expected counts here are computed exactly, with
``fractions.Fraction`` from the decimal text of the files, independently of accord.
"""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.analysis import analyze
from accord.io.genius import read_genius
from accord.io.yaml import load_scenario, parse_scenario
from accord.model import UTILITY_TOLERANCE, at_least
from accord.report.diagnosis_text import diagnosis_lines

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "genius"

BOUNDARY = Path(__file__).resolve().parents[1] / "data" / "walk_away_boundary.yaml"


def test_at_least_absorbs_float_noise_only():
    noisy = 0.25 * 0.2 + 0.75 * 0.6
    assert noisy < 0.5 and at_least(noisy, 0.5)
    assert not at_least(0.5 - 10 * UTILITY_TOLERANCE, 0.5)


def test_package_worth_exactly_the_walk_away_value_is_in_the_zopa():
    scenario = load_scenario(BOUNDARY)
    assert scenario.utilities()[0, 0] < 0.5  # the float sum falls just short
    result = analyze(scenario)
    assert result.scan.zopa_size == 1
    diag = result.diagnosis
    assert not diag.zopa_empty and diag.shortfall == 0.0
    assert diag.party_concessions == {"a": 0.0, "b": 0.0} and diag.blocking_parties == ()
    assert diagnosis_lines(result)[0].startswith("A ZOPA exists, but only just")
    doc = result.to_dict()
    assert doc["zopa"] == {"size": 1, "empty": False}
    for name, solution in doc["solutions"].items():
        assert solution is not None, name
        assert solution["outcome"] == {"x": "x0", "y": "y0"}, name


# ------------------------------------------------------------------ GENIUS XML, exactly


def _exact_genius_zopa(folder: Path) -> tuple[int, int]:
    """(outcomes, exact ZOPA size) of a folder of discrete GENIUS files, from the text."""
    domain, profiles = None, []
    for path in sorted(folder.glob("*.xml")):
        root = ET.parse(path).getroot()
        space = root if root.tag == "utility_space" else root.find("utility_space")
        if space is None:
            continue
        if space.find(".//weight") is None:
            domain = space
        else:
            profiles.append(space)
    issues = [
        (issue.get("name"), [item.get("value") for item in issue.findall("item")])
        for issue in domain.iter("issue")
    ]
    tables, floors = [], []
    for space in profiles:
        weight = {w.get("index"): Fraction(w.get("value")) for w in space.iter("weight")}
        by_name = {}
        for issue in space.iter("issue"):
            evals = {i.get("value"): Fraction(i.get("evaluation")) for i in issue.findall("item")}
            top = max(evals.values())
            w = weight.get(issue.get("index"), Fraction(0))
            by_name[issue.get("name")] = {v: w * e / top for v, e in evals.items()}
        tables.append([[by_name[name][v] for v in values] for name, values in issues])
        reservation = space.find(".//reservation")
        floors.append(Fraction(reservation.get("value")) if reservation is not None else 0)
    outcomes = list(itertools.product(*(range(len(values)) for _, values in issues)))
    inside = 0
    for outcome in outcomes:
        inside += all(
            min(Fraction(1), sum(t[i][o] for i, o in enumerate(outcome))) >= floor
            for t, floor in zip(tables, floors)
        )
    return len(outcomes), inside


def _issue(index: int, name: str, evaluations: list[int] | None) -> str:
    items = "".join(
        f'<item index="{k + 1}" value="v{k}"'
        + ("" if evaluations is None else f' evaluation="{evaluations[k]}"')
        + "/>"
        for k in range(3)
    )
    return f'<issue index="{index}" name="{name}" type="discrete" etype="discrete">{items}</issue>'


def _profile(weights: list[str], evaluations: list[list[int]], reservation: str) -> str:
    issues = "".join(_issue(i + 1, f"i{i}", evaluations[i]) for i in range(3))
    weight = "".join(f'<weight index="{i + 1}" value="{w}"/>' for i, w in enumerate(weights))
    return (
        f'<utility_space><objective index="0" name="root" type="objective">{issues}'
        f'{weight}</objective><reservation value="{reservation}"/></utility_space>'
    )


def test_genius_domain_with_walk_away_values_one_half(tmp_path):
    domain = "".join(_issue(i + 1, f"i{i}", None) for i in range(3))
    (tmp_path / "domain.xml").write_text(
        f'<negotiation_template><utility_space number_of_issues="3">'
        f'<objective index="0" name="root" type="objective">{domain}</objective>'
        f"</utility_space></negotiation_template>"
    )
    (tmp_path / "prof1.xml").write_text(
        _profile(["0.22", "0.50", "0.28"], [[1, 1, 5], [9, 1, 2], [7, 5, 6]], "0.5")
    )
    (tmp_path / "prof2.xml").write_text(
        _profile(["0.90", "0.04", "0.06"], [[9, 8, 4], [8, 8, 2], [7, 7, 1]], "0.5")
    )
    n, exact = _exact_genius_zopa(tmp_path)
    assert (n, exact) == (27, 9)
    assert analyze(read_genius(tmp_path)).scan.zopa_size == exact


def _shared_domains_with_walk_away_values() -> list[Path]:
    if not SHARED.is_dir():
        return []
    found = set()
    for path in SHARED.glob("**/*.xml"):
        text = path.read_text(errors="replace")
        if "<reservation" in text and not any(
            f'<reservation value="{zero}"' in text for zero in ("0", "0.0", "0.00")
        ):
            found.add(path.parent)
    return sorted(found)


SHARED_DOMAINS = _shared_domains_with_walk_away_values()


@pytest.mark.skipif(
    not SHARED_DOMAINS,
    reason=f"no GENIUS domain with non-zero walk-away values under {SHARED} "
    "(../shared beside the repo root)",
)
@pytest.mark.parametrize("folder", SHARED_DOMAINS, ids=lambda p: p.name)
def test_shared_anac_domains_zopa_equals_exact_count(folder):
    n, exact = _exact_genius_zopa(folder)
    result = analyze(read_genius(folder))
    assert result.scan.n_feasible == n
    assert result.scan.zopa_size == exact


# ---------------------------------------------------------------- property: any scenario


@st.composite
def decimal_scenarios(draw):
    """Scenarios whose weights (twentieths) and values (tenths) are short decimals, and
    whose walk-away values are often exactly some package's utility."""
    n_issues = draw(st.integers(1, 3))
    radices = draw(st.lists(st.integers(2, 4), min_size=n_issues, max_size=n_issues))
    parties = {}
    exact = []
    for p in range(draw(st.integers(2, 3))):
        cuts = sorted(draw(st.lists(st.integers(0, 20), min_size=n_issues - 1,
                                    max_size=n_issues - 1)))
        twentieths = np.diff([0, *cuts, 20])
        tenths = [draw(st.lists(st.integers(0, 10), min_size=r, max_size=r)) for r in radices]
        table = [[Fraction(int(w), 20) * Fraction(v, 10) for v in vs]
                 for w, vs in zip(twentieths, tenths)]
        if draw(st.integers(0, 3)):  # mostly: exactly some package's utility
            package = [draw(st.integers(0, r - 1)) for r in radices]
            floor = sum(table[i][o] for i, o in enumerate(package))
        else:
            floor = Fraction(draw(st.integers(0, 200)), 200)
        exact.append((table, floor))
        weights = ", ".join(f"i{i}: {5 * int(w) / 100:.2f}" for i, w in enumerate(twentieths))
        values = ", ".join(
            f"i{i}: {{" + ", ".join(f"o{k}: {v / 10:.1f}" for k, v in enumerate(vs)) + "}"
            for i, vs in enumerate(tenths)
        )
        parties[f"p{p}"] = (
            f"  p{p}:\n    reservation_value: {float(floor):.3f}\n"
            f"    weights: {{{weights}}}\n    values: {{{values}}}\n"
        )
    issues = "".join(
        f"  i{i}: {{type: categorical, values: [{', '.join(f'o{k}' for k in range(r))}]}}\n"
        for i, r in enumerate(radices)
    )
    text = f"name: decimals\nissues:\n{issues}parties:\n{''.join(parties.values())}"
    return text, radices, exact


def _exactly_inside(exact, outcome) -> bool:
    return all(
        sum(table[i][o] for i, o in enumerate(outcome)) >= floor for table, floor in exact
    )


@settings(max_examples=80, deadline=None)
@given(decimal_scenarios())
def test_zopa_size_equals_exact_count(case):
    text, radices, exact = case
    result = analyze(parse_scenario(text))
    outcomes = list(itertools.product(*(range(r) for r in radices)))
    inside = sum(_exactly_inside(exact, o) for o in outcomes)
    assert result.scan.zopa_size == inside
    assert result.diagnosis.zopa_empty == (inside == 0)
    space = result.scenario.space
    for name, row in result.solutions.items():
        assert (row is None) == (inside == 0), name
        if row is not None:
            digits = space.digits(int(result.scan.frontier_index[row]))[0]
            assert _exactly_inside(exact, digits.tolist()), name
