"""accord reads every GENIUS domain in ``../shared/data/genius`` the way GENIUS does.

Utilities of random outcomes are recomputed here, independently of accord, by a small
per-outcome evaluator written straight from GENIUS's Java sources (``AdditiveUtilitySpace``,
``EvaluatorDiscrete``, ``EvaluatorInteger``, ``NonlinearUtilitySpace``), reading the raw XML.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from math import prod
from pathlib import Path

import numpy as np
import pytest

from accord.io.genius import read_genius, write_genius

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "genius"
DOMAINS = sorted(p.parent for p in SHARED.glob("**/*.xml")) if SHARED.is_dir() else []
DOMAINS = sorted(set(DOMAINS))
DENSE_LIMIT = 2_000_000
N_SPOT = 300

pytestmark = pytest.mark.skipif(
    not DOMAINS,
    reason=f"GENIUS data not found at {SHARED} (expected ../shared beside the repo root)",
)


def _id(path: Path) -> str:
    return str(path.relative_to(SHARED))


# --------------------------------------------------------------------- reference reader


def _xml(path: Path) -> ET.Element | None:
    text = path.read_text(encoding="utf-8", errors="replace").lstrip()
    if not text.startswith("<"):
        return None  # e.g. pareto.xml: plain "u1, u2" lines
    return ET.fromstring(text)


def _space(root: ET.Element) -> ET.Element | None:
    if root.tag == "utility_space":
        return root
    return root.find("utility_space") if root.tag == "negotiation_template" else None


def _is_profile(space: ET.Element) -> bool:
    return (
        space.find(".//weight") is not None
        or space.find(".//utility") is not None
        or any(i.get("evaluation") is not None for i in space.iter("item"))
    )


def _reference(folder: Path):
    """Domain issues [(number, name, values)] and profiles [(stem, space element)].

    The profiles are those the domain's ``<agent utility_space=...>`` entries name, in that
    order, when every named file is in the folder; else all of them in file-name order.
    """
    domain, profiles, agents = None, {}, []
    for path in sorted(folder.glob("*.xml"), key=lambda p: p.name):
        root = _xml(path)
        space = None if root is None else _space(root)
        if space is None:
            continue
        if _is_profile(space):
            profiles[path.name] = (path.stem, space)
        else:
            domain = space
            agents = [a.get("utility_space") for a in root.findall("agent")]
    agents = [a for a in agents if a]
    if agents and all(a in profiles for a in agents):
        profiles = [profiles[a] for a in agents]
    else:
        profiles = list(profiles.values())
    issues = []
    for el in domain.iter("issue"):
        kind = el.get("vtype") or el.get("type") or el.get("etype") or "discrete"
        if kind == "integer":
            lo, hi = int(el.get("lowerbound")), int(el.get("upperbound"))
            values = list(range(lo, hi + 1))
        else:
            values = [item.get("value") for item in el.findall("item")]
        issues.append((int(el.get("index")), el.get("name"), values))
    return issues, profiles


def _decode(index: int, issues) -> dict[int, object]:
    """Outcome ``index`` in mixed radix, first domain issue most significant."""
    out = {}
    for number, _, values in reversed(issues):
        index, digit = divmod(index, len(values))
        out[number] = values[digit]
    return out


def _utility(space: ET.Element, bid: dict[int, object]) -> float:
    """GENIUS's getUtility for one bid, per outcome, straight from the raw XML."""
    utility = space.find(".//utility")
    if utility is not None:  # NonlinearUtilitySpace: sum of satisfied boxes / maxutility
        total = 0.0
        for rect in utility.iter("hyperRectangle"):
            inside = all(
                float(b.get("min")) <= bid[int(b.get("index"))] <= float(b.get("max"))
                for b in rect.findall("INCLUDES")
            )
            total += float(rect.get("utility")) if inside else 0.0
        return min(1.0, total / float(utility.get("maxutility")))
    weights = {int(w.get("index")): float(w.get("value")) for w in space.iter("weight")}
    total = 0.0
    for el in space.iter("issue"):
        number = int(el.get("index"))
        value = bid[number]
        if el.findall("item"):
            evals = {
                i.get("value"): float(i.get("evaluation"))
                for i in el.findall("item")
                if i.get("evaluation") not in (None, "null")
            }
            top = max(evals.values())
            e = 0.0 if top < 1e-5 else evals.get(value, 0.0) / top
        else:
            ev = el.find("evaluator")
            e = float(ev.get("offset")) + float(ev.get("slope")) * (
                value - int(el.get("lowerbound"))
            )
            e = min(1.0, max(0.0, e))
        total += weights.get(number, 0.0) * e
    return min(1.0, total)


# --------------------------------------------------------------------- tests


def test_every_domain_folder_is_found():
    names = {_id(d) for d in DOMAINS}
    assert {"anac/y2014/10issues", "anac/y2015/group2-dinner", "other/IntegerDomain"} <= names
    assert len(DOMAINS) >= 20


@pytest.mark.parametrize("folder", DOMAINS, ids=_id)
def test_domain_loads_and_matches_genius(folder: Path):
    scenario = read_genius(folder)
    issues, profiles = _reference(folder)
    assert list(scenario.issues) == [name for _, name, _ in issues]
    assert list(scenario.parties) == [stem for stem, _ in profiles]
    assert scenario.space.size == prod(len(v) for _, _, v in issues)

    for stem, space in profiles:
        party = scenario.parties[stem]
        res = space.find(".//reservation")
        assert party.reservation_value == (0.0 if res is None else float(res.get("value")))
        disc = space.find(".//discount_factor")
        d = None if disc is None else float(disc.get("value"))
        assert party.discount_factor == (d if d is not None and 0 < d <= 1 else None)

    rng = np.random.default_rng(7)
    index = rng.integers(0, scenario.space.size, N_SPOT, dtype=np.int64)
    got = scenario.utilities(index=index)
    want = np.array(
        [[_utility(space, _decode(int(i), issues)) for _, space in profiles] for i in index]
    )
    np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)
    assert np.all((got >= 0) & (got <= 1))

    if scenario.space.size <= DENSE_LIMIT:
        dense = scenario.utilities()
        assert dense.shape == (scenario.space.size, len(profiles))
        assert np.all((dense >= 0) & (dense <= 1))
        np.testing.assert_allclose(dense[index], got, rtol=0, atol=1e-12)


@pytest.mark.parametrize("folder", DOMAINS, ids=_id)
def test_round_trip_keeps_every_utility(folder: Path, tmp_path: Path):
    scenario = read_genius(folder)
    write_genius(scenario, tmp_path / "out")
    again = read_genius(tmp_path / "out")
    keys = list(scenario.parties)
    assert list(again.parties) == keys  # laptopdomain lists seller before buyer
    for key in keys:
        a, b = scenario.parties[key], again.parties[key]
        assert (a.reservation_value, a.discount_factor) == (b.reservation_value, b.discount_factor)
    if scenario.space.size <= DENSE_LIMIT:
        assert np.allclose(scenario.utilities(keys), again.utilities(keys), rtol=0, atol=1e-12)
    else:
        index = np.random.default_rng(3).integers(0, scenario.space.size, 20_000)
        assert np.allclose(
            scenario.utilities(keys, index=index), again.utilities(keys, index=index), atol=1e-12
        )


def test_discrete_evaluations_are_divided_by_their_maximum():
    """NegMAS's known bug reads evaluations as they are; GENIUS divides by the maximum."""
    folder = SHARED / "anac" / "y2011" / "NiceOrDie"  # evaluations 1000, 160, 299
    scenario = read_genius(folder)
    u = scenario.utilities()
    assert np.allclose(u[:, 0], [1.0, 0.16, 0.299])
    assert np.allclose(u[:, 1], [0.16, 1.0, 0.299])


def test_three_party_domains():
    for name in ("group2-dinner", "group2-politics"):
        scenario = read_genius(SHARED / "anac" / "y2015" / name)
        assert len(scenario.negotiators) == 3


def test_pareto_file_is_not_a_profile():
    scenario = read_genius(SHARED / "anac" / "y2014" / "10issues")
    assert list(scenario.parties) == ["profile-1", "profile-2"]
    assert scenario.space.size == 10**10
    assert all(p.utility_kind == "hyperrectangle" for p in scenario.parties.values())
