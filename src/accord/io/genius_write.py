"""Scenario to GENIUS XML: a domain element and one profile element per party.

GENIUS divides every discrete evaluation by the issue's largest one, so a table whose
largest value ``m`` is not 1 is written as evaluations ``t / m`` under weight ``w * m``:
the product, hence the utility, is unchanged. Integer and real issues take GENIUS's linear
evaluators. Each evaluator written is evaluated back with the reader's own rules and must
reproduce the party's table; anything else raises :class:`AccordInputError`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

import numpy as np

from ..errors import AccordInputError
from ..model import (
    ContinuousIssue,
    IntegerIssue,
    Issue,
    LinearValue,
    Party,
    Scenario,
)

__all__ = ["domain_element", "profile_element", "to_bytes"]

_TOLERANCE = 1e-9


def domain_element(scenario: Scenario, profiles: Sequence[str] | None = None) -> ET.Element:
    """``<negotiation_template>`` with every issue and its options.

    ``profiles`` names the profile files in party order, one ``<agent>`` each: a reader
    takes the parties in that order (GENIUS's own templates list their agents so), where
    file-name order would reorder them.
    """
    root = ET.Element("negotiation_template")
    if profiles is not None:
        for key, file_name in zip(scenario.negotiators, profiles, strict=True):
            ET.SubElement(root, "agent", name=key, utility_space=file_name)
    space = ET.SubElement(root, "utility_space", number_of_issues=str(len(scenario.issues)))
    objective = _objective(space, scenario)
    for number, (name, issue) in enumerate(scenario.issues.items(), start=1):
        objective.append(_issue(number, name, issue))
    return root


def profile_element(scenario: Scenario, key: str) -> ET.Element:
    """``<utility_space>`` for one negotiating party."""
    party = scenario.parties[key]
    kind = party.utility_kind
    if kind == "hyperrectangle":
        root = _nonlinear(scenario, key, party)
    elif kind == "additive":
        root = _additive(scenario, key, party)
    else:
        raise AccordInputError(
            f"{kind} preferences have no GENIUS form; give the party weights and values",
            field=f"parties.{key}",
        )
    if party.discount_factor is not None:
        ET.SubElement(root, "discount_factor", value=_num(party.discount_factor))
    ET.SubElement(root, "reservation", value=_num(party.reservation_value))
    return root


def to_bytes(element: ET.Element) -> bytes:
    """Indented UTF-8 XML, without a declaration (old GENIUS parsers dislike one)."""
    ET.indent(element)
    return ET.tostring(element, encoding="utf-8") + b"\n"


# ----------------------------------------------------------------------------- issues


def _objective(space: ET.Element, scenario: Scenario) -> ET.Element:
    return ET.SubElement(
        space,
        "objective",
        index="0",
        name=scenario.name or "root",
        type="objective",
        etype="objective",
        description="",
    )


def _kind(issue: Issue) -> str:
    if isinstance(issue, IntegerIssue):
        return "integer"
    if isinstance(issue, ContinuousIssue):
        return "real"
    return "discrete"


def _issue(number: int, name: str, issue: Issue) -> ET.Element:
    kind = _kind(issue)
    el = ET.Element("issue", index=str(number), name=name, type=kind, etype=kind, vtype=kind)
    if kind == "discrete":
        for i, option in enumerate(issue.options, start=1):
            ET.SubElement(el, "item", index=str(i), value=str(option))
    elif kind == "integer":
        el.set("lowerbound", str(issue.min))
        el.set("upperbound", str(issue.max))
    else:
        el.set("lowerbound", _num(issue.min))
        el.set("upperbound", _num(issue.max))
        el.set("step", _num(issue.step))  # accord's discretisation; GENIUS ignores it
        ET.SubElement(el, "range", lowerbound=_num(issue.min), upperbound=_num(issue.max))
    return el


# ----------------------------------------------------------------------------- additive


def _additive(scenario: Scenario, key: str, party: Party) -> ET.Element:
    root = ET.Element("utility_space")
    objective = _objective(root, scenario)
    weights = []
    for number, (name, issue) in enumerate(scenario.issues.items(), start=1):
        weight = float(party.weights.get(name, 0.0))
        value_fn = party.values.get(name)
        if value_fn is None or weight == 0.0:
            target = np.zeros(issue.n_options)
            weight = 0.0
        else:
            target = value_fn.table_for(issue)
        field = f"parties.{key}.values.{name}"
        el = _issue(number, name, issue)
        kind = _kind(issue)
        if kind == "discrete":
            weight = _discrete_evaluations(el, target, weight, field)
        else:
            _linear_evaluator(el, issue, value_fn, target, field)
        objective.append(el)
        weights.append((number, weight))
    for number, weight in weights:
        ET.SubElement(objective, "weight", index=str(number), value=_num(weight))
    return root


def _discrete_evaluations(el: ET.Element, target: np.ndarray, weight: float, field: str) -> float:
    """Write evaluations scaled to a maximum of 1; returns the weight that compensates."""
    top = float(target.max())
    if top <= 0.0:
        if top < 0.0 and weight > 0.0:
            raise AccordInputError(
                "GENIUS cannot express a table whose values are all negative", field=field
            )
        evaluations = np.zeros_like(target)
    else:
        evaluations, weight = target / top, weight * top
    for item, evaluation in zip(el.findall("item"), evaluations, strict=True):
        item.set("evaluation", _num(evaluation))
    return weight


def _linear_evaluator(
    el: ET.Element, issue: Issue, value_fn, target: np.ndarray, field: str
) -> None:
    """GENIUS's linear evaluator for an integer or real issue, checked against ``target``."""
    x = issue.numeric()
    low = float(x[0])
    if isinstance(value_fn, LinearValue) and value_fn.slope is not None:
        origin = low if value_fn.origin is None else value_fn.origin
        slope, offset = value_fn.slope, value_fn.offset + value_fn.slope * (low - origin)
    elif len(x) > 1:
        slope = float((target[-1] - target[0]) / (x[-1] - x[0]))
        offset = float(target[0])
    else:
        slope, offset = 0.0, float(target[0])
    if isinstance(issue, IntegerIssue):
        ET.SubElement(el, "evaluator", ftype="linear", slope=_num(slope), offset=_num(offset))
    else:  # EvaluatorReal measures from 0, not from the lower bound
        ET.SubElement(
            el,
            "evaluator",
            ftype="linear",
            parameter0=_num(offset - slope * low),
            parameter1=_num(slope),
        )
    written = np.clip(offset + slope * (x - low), 0.0, 1.0)
    if not np.allclose(written, target, rtol=0.0, atol=_TOLERANCE):
        kind = "integer" if isinstance(issue, IntegerIssue) else "real"
        raise AccordInputError(
            f"GENIUS evaluates a {kind} issue with a clamped straight line; this value "
            "function is not one (make the issue categorical or ordinal to export a table)",
            field=field,
        )


# ----------------------------------------------------------------------------- nonlinear


def _nonlinear(scenario: Scenario, key: str, party: Party) -> ET.Element:
    root = ET.Element("utility_space", type="nonlinear")
    objective = _objective(root, scenario)
    numbers = {}
    for number, (name, issue) in enumerate(scenario.issues.items(), start=1):
        objective.append(_issue(number, name, issue))
        numbers[name] = number
    utility = ET.SubElement(objective, "utility", maxutility=_num(party.max_utility))
    ufun = ET.SubElement(utility, "ufun", type="PlainUfun", weight="1", aggregation="sum")
    for r, rect in enumerate(party.rectangles):
        field = f"parties.{key}.rectangles.{r}"
        if rect.exclusive and not rect.bounds:
            continue  # nothing lies outside the whole space: never counts
        box = ET.SubElement(ufun, "hyperRectangle", utility=_num(rect.utility))
        for name, (low, high) in rect.bounds.items():
            issue = scenario.issues[name]
            if not isinstance(issue, IntegerIssue):
                raise AccordInputError(
                    f"GENIUS hyper-rectangles bound integer issues only; {name!r} is {issue.type}",
                    field=f"{field}.bounds.{name}",
                )
            ET.SubElement(
                box,
                "EXCLUDES" if rect.exclusive else "INCLUDES",
                index=str(numbers[name]),
                min=str(issue.options[issue.index_of(low)]),
                max=str(issue.options[issue.index_of(high)]),
            )
    return root


def _num(value: float) -> str:
    """Shortest text that reads back as the same float."""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
