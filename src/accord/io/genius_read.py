"""GENIUS domain and profile XML, read the way GENIUS itself evaluates them.

The rules below were checked against GENIUS's Java sources (``genius.core``: ``DomainImpl``,
``AdditiveUtilitySpace``, ``AbstractUtilitySpace``, ``EvaluatorDiscrete``,
``EvaluatorInteger``, ``EvaluatorReal``, ``NonlinearUtilitySpace``, ``InclusiveHyperRectangle``,
``ExclusiveHyperRectangle``) and re-implemented here; ``docs/genius.md`` tabulates every
quirk, what GENIUS does and what accord does.

* Additive profiles: ``u = min(1, sum_i w_i * e_i)``. Weights are used as written (GENIUS
  does not renormalise weights read from a file). Only issue weights count: a weight on an
  objective (the root or a nested one) is ignored, as GENIUS ignores objective evaluators.
  An issue without a weight counts 0, with a warning (GENIUS refuses to evaluate it).
* Discrete evaluator: an item's evaluation divided by the largest evaluation given for that
  issue (0 for every item when that maximum is below 1e-5); an item without an evaluation
  counts 0, with a warning; an item whose value the domain lacks only takes part in the
  maximum, as in GENIUS, with a warning.
* Integer evaluator: ``clamp(offset + slope * (x - lowerbound), 0, 1)`` with the profile's
  own ``lowerbound`` (GENIUS ignores ``ftype`` here); the legacy form ``ftype="linear"
  parameter0 parameter1`` is ``clamp(parameter1 * x + parameter0, 0, 1)`` and
  ``ftype="constant"`` is ``parameter0``.
* Real evaluator: ``clamp(parameter1 * x + parameter0, 0, 1)``, ``constant`` and the two
  triangular forms. Real issues are discretised: ``step`` if the issue gives one (accord
  writes it), else ``real_intervals`` equal intervals, both ends included.
* Nonlinear profiles (ANAC 2014): a sum over ``<hyperRectangle utility=...>`` boxes (an
  ``EXCLUDES`` box counts outside itself, a box without bounds always), scaled by the
  rectangle's and the enclosing ``ufun``'s ``weight``, divided by ``maxutility``.
* Issue type: ``type``, else ``vtype``, else ``etype``, else discrete, ignoring case; where
  they disagree GENIUS (and accord, with a warning) follows ``type``.
* Reservation value: 0 when absent. Discount factor: ``None`` when absent or outside
  ``(0, 1]``, as GENIUS's ``validateDiscount`` treats those as "no discount". GENIUS reads
  the first such child of every element in document order, the last one read winning.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..model import (
    CategoricalIssue,
    ContinuousIssue,
    IntegerIssue,
    Issue,
    LinearValue,
    Party,
    Rectangle,
    TableValue,
    ValueFunction,
)
from .genius_xml import XmlDocument

__all__ = [
    "Domain",
    "DomainIssue",
    "last_read",
    "parse_domain",
    "parse_profile",
    "profile_kind",
    "utility_space",
]

Kind = Literal["discrete", "integer", "real"]
_EVAL_EPSILON = 1e-5  # EvaluatorDiscrete.normalize: a maximum below this means "all zero"


@dataclass(frozen=True, eq=False)
class DomainIssue:
    """One issue of the domain file: GENIUS number, name, type and the accord issue."""

    number: int
    name: str
    kind: Kind
    issue: Issue


@dataclass(frozen=True, eq=False)
class Domain:
    """A domain file: its issues, the numbers of its objectives (which carry no utility) and
    the profile files its ``<agent utility_space=...>`` entries name, if any."""

    issues: list[DomainIssue]
    objectives: dict[int, str]
    agents: tuple[str, ...] = ()


def utility_space(doc: XmlDocument) -> ET.Element | None:
    """The ``<utility_space>`` element of a domain or profile file, if any."""
    if doc.root.tag == "utility_space":
        return doc.root
    if doc.root.tag == "negotiation_template":
        return doc.root.find("utility_space")
    return None


def profile_kind(space: ET.Element) -> Literal["domain", "additive", "nonlinear"]:
    """Tell a profile from a domain by content: weights, evaluations or a ``<utility>``."""
    if space.get("type") == "nonlinear" or space.find(".//utility") is not None:
        return "nonlinear"
    if space.find(".//weight") is not None or space.find(".//evaluator") is not None:
        return "additive"
    for item in space.iter("item"):
        if item.get("evaluation") is not None:
            return "additive"
    return "domain"


# ----------------------------------------------------------------------------- domain


def parse_domain(doc: XmlDocument, *, real_intervals: int = 10) -> Domain:
    """Issues (in document order), objectives and listed agent profiles of a domain file."""
    space = utility_space(doc)
    if space is None:
        raise doc.error("no <utility_space> element: not a GENIUS domain", doc.root)
    issues = [_domain_issue(doc, el, real_intervals) for el in _issue_elements(space)]
    if not issues:
        raise doc.error("the domain has no issues", space, "utility_space")
    seen_numbers: dict[int, str] = {}
    seen_names: set[str] = set()
    for issue, el in zip(issues, _issue_elements(space), strict=True):
        if issue.number in seen_numbers:
            raise doc.error(
                f"index {issue.number} is also used by issue {seen_numbers[issue.number]!r}",
                el,
                f"issue[name={issue.name}].index",
            )
        if issue.name in seen_names:
            raise doc.error("two issues have this name", el, f"issue[name={issue.name}]")
        seen_numbers[issue.number] = issue.name
        seen_names.add(issue.name)
    agents = tuple(
        a.get("utility_space", "").strip()
        for a in doc.root.findall("agent")
        if a.get("utility_space", "").strip()
    )
    return Domain(issues, _objective_numbers(space), agents)


def _objective_numbers(space: ET.Element) -> dict[int, str]:
    """``index -> name`` of every ``<objective>`` with a readable index."""
    found: dict[int, str] = {}
    for el in space.iter("objective"):
        try:
            found.setdefault(int((el.get("index") or "").strip()), el.get("name") or "")
        except ValueError:
            continue
    return found


def _issue_elements(space: ET.Element) -> Iterator[ET.Element]:
    """``<issue>`` elements under the objective tree, depth first, in document order."""
    for child in space:
        if child.tag == "objective":
            yield from _issue_elements(child)
        elif child.tag == "issue":
            yield child


def _domain_issue(doc: XmlDocument, el: ET.Element, real_intervals: int) -> DomainIssue:
    name = el.get("name")
    if not name:
        raise doc.error("an issue needs a name", el, "issue.name")
    where = f"issue[name={name}]"
    number = _int(doc, el, "index", where)
    kind = issue_kind(doc, el, where)
    if kind == "discrete":
        items = el.findall("item")
        values = [item.get("value") for item in items]
        for item, value in zip(items, values, strict=True):
            if value is None:
                raise doc.error("an item needs a value", item, f"{where}.item.value")
        if not values:
            raise doc.error("a discrete issue needs at least one <item>", el, where)
        dup = next((v for i, v in enumerate(values) if v in values[:i]), None)
        if dup is not None:
            raise doc.error("the same value appears twice", el, f"{where}.item[value={dup}]")
        issue: Issue = CategoricalIssue(values=tuple(values))
    elif kind == "integer":
        low, high = _bounds(doc, el, where, int)
        if high < low:
            raise doc.error(f"upperbound {high} is below lowerbound {low}", el, where)
        issue = IntegerIssue(min=low, max=high)
    else:
        low, high = _bounds(doc, el, where, float)
        if high < low:
            raise doc.error(f"upperbound {high} is below lowerbound {low}", el, where)
        if el.get("step") is not None:
            step = _float(doc, el, "step", where)
        else:
            step = (high - low) / real_intervals if high > low else 1.0
        if not step > 0 or (high - low) / step > 10_000_000:
            raise doc.error(f"unusable discretisation step {step}", el, f"{where}.step")
        issue = ContinuousIssue(min=low, max=high, step=step)
    return DomainIssue(number, name, kind, issue)


def issue_kind(doc: XmlDocument, el: ET.Element, where: str) -> Kind:
    """The value type of an issue: ``type``, else ``vtype``, else ``etype``, else discrete.

    Old files carry only one of the three attributes. Where ``type`` disagrees with another,
    GENIUS follows ``type`` (``DomainImpl``, ``AdditiveUtilitySpace``), and so does accord,
    with a warning. Case and surrounding blanks are ignored.
    """
    given = {
        attr: el.get(attr, "").strip().lower()
        for attr in ("type", "vtype", "etype")
        if el.get(attr, "").strip()
    }
    first = next(iter(given), None)
    kind = given[first] if first else "discrete"
    if kind not in ("discrete", "integer", "real"):
        raise doc.error(f"unknown issue type {el.get(first)!r}", el, f"{where}.{first}")
    for attr, other in given.items():
        if other != kind:
            doc.warn(
                f"{attr}={el.get(attr)!r} disagrees with {first}={el.get(first)!r}; "
                f"the issue is read as {kind}, as GENIUS reads it",
                el,
                f"{where}.{attr}",
            )
    return kind  # type: ignore[return-value]


def _bounds(doc: XmlDocument, el: ET.Element, where: str, cast):
    """``lowerbound``/``upperbound`` from the issue's attributes or its ``<range>`` child."""
    holder = el
    if el.get("lowerbound") is None and el.find("range") is not None:
        holder = el.find("range")
    return _number(doc, holder, "lowerbound", where, cast), _number(
        doc, holder, "upperbound", where, cast
    )


# ----------------------------------------------------------------------------- profiles


def parse_profile(doc: XmlDocument, domain: Domain, *, name: str = "") -> Party:
    """A negotiating party from one profile file, against the domain's issues.

    Probable mistakes that GENIUS tolerates (or only trips over later) are read the way
    GENIUS reads them and noted in ``doc.warnings``.
    """
    space = utility_space(doc)
    if space is None:
        raise doc.error("no <utility_space> element: not a GENIUS profile", doc.root)
    kind = profile_kind(space)
    if kind == "domain":
        raise doc.error("no weights, evaluations or <utility>: not a GENIUS profile", space)
    reservation = _reservation(doc, space)
    discount = _discount(doc, space)
    if kind == "nonlinear":
        rectangles, max_utility = _rectangles(doc, space, domain.issues)
        return Party(
            name=name,
            reservation_value=reservation,
            discount_factor=discount,
            rectangles=rectangles,
            max_utility=max_utility,
        )
    weights, values = _additive(doc, space, domain)
    return Party(
        name=name,
        reservation_value=reservation,
        discount_factor=discount,
        weights=weights,
        values=values,
    )


def last_read(space: ET.Element, tag: str) -> ET.Element | None:
    """The ``<tag>`` element GENIUS ends up using: it reads the first ``tag`` child of every
    element, in document order, and the last one read wins."""
    chosen = None
    for el in space.iter():
        child = el.find(tag)
        if child is not None:
            chosen = child
    return chosen


def _last_read(doc: XmlDocument, space: ET.Element, tag: str) -> ET.Element | None:
    """:func:`last_read`, noting when there are several."""
    chosen = last_read(space, tag)
    others = [el for el in space.iter(tag) if el is not chosen]
    if chosen is not None and others:
        doc.warn(
            f"{len(others) + 1} <{tag}> elements; GENIUS reads this one (line "
            f"{doc.line(chosen)}) and so does accord",
            others[0],
            tag,
        )
    return chosen


def _attribute_value(doc: XmlDocument, el: ET.Element, tag: str, default: str) -> str | None:
    """``el``'s ``value`` attribute; when it is missing or blank GENIUS falls back to its
    default (``default``, described for the warning), and so does accord."""
    text = el.get("value", "").strip()
    if text:
        return text
    inner = (el.text or "").strip()
    note = f" (its text {inner!r} is not read)" if inner else ""
    doc.warn(f"<{tag}> has no value attribute{note}: {default}, as in GENIUS", el, f"{tag}.value")
    return None


def _reservation(doc: XmlDocument, space: ET.Element) -> float:
    el = _last_read(doc, space, "reservation")
    if el is None or _attribute_value(doc, el, "reservation", "walk-away value 0") is None:
        return 0.0
    value = _float(doc, el, "value", "reservation")
    if not 0.0 <= value <= 1.0:
        raise doc.error(f"reservation value {value} is outside [0, 1]", el, "reservation.value")
    return value


def _discount(doc: XmlDocument, space: ET.Element) -> float | None:
    el = _last_read(doc, space, "discount_factor")
    if el is None or _attribute_value(doc, el, "discount_factor", "no discount") is None:
        return None
    value = _float(doc, el, "value", "discount_factor")
    return value if 0.0 < value <= 1.0 else None


def _weights(doc: XmlDocument, space: ET.Element, domain: Domain) -> dict[int, float]:
    """Issue number -> weight. Weights on objectives and on numbers the domain does not
    use are ignored, as GENIUS ignores them (noted unless the objective's weight is 1)."""
    issues = {d.number: d.name for d in domain.issues}
    objectives = {**_objective_numbers(space), **domain.objectives}
    weights: dict[int, float] = {}
    for el in space.iter("weight"):
        number = _int(doc, el, "index", "weight")
        where = f"weight[index={number}]"
        value = _float(doc, el, "value", where)
        if value < 0 or not math.isfinite(value):
            raise doc.error(f"weight {value} must be >= 0", el, f"{where}.value")
        if number in issues:
            if number in weights and weights[number] != value:
                doc.warn(
                    f"issue {issues[number]!r} has more than one weight; the last ({value}) "
                    "counts, as in GENIUS",
                    el,
                    where,
                )
            weights[number] = value
        elif number in objectives:
            if value != 1.0:
                doc.warn(
                    f"weight {value} is on objective {objectives[number]!r}, not on an issue: "
                    "ignored, as GENIUS ignores objective weights (issue weights count as "
                    "written)",
                    el,
                    where,
                )
        else:
            doc.warn(
                f"no issue or objective has index {number} in the domain: this weight is "
                "ignored, as GENIUS ignores it",
                el,
                where,
            )
    return weights


def _additive(
    doc: XmlDocument, space: ET.Element, domain: Domain
) -> tuple[dict[str, float], dict[str, ValueFunction]]:
    weights_by_number = _weights(doc, space, domain)
    by_number = {d.number: d for d in domain.issues}
    by_name = {d.name: d for d in domain.issues}
    elements: dict[int, ET.Element] = {}
    for el in _issue_elements(space):
        if el.get("index") is not None:
            number = _int(doc, el, "index", f"issue[name={el.get('name')}]")
        elif el.get("name") in by_name:
            number = by_name[el.get("name")].number
        else:
            raise doc.error("an issue needs an index", el, f"issue[name={el.get('name')}]")
        if number not in by_number:
            doc.warn(
                f"issue index {number} is not in the domain: ignored, as GENIUS ignores it",
                el,
                f"issue[index={number}]",
            )
            continue
        named = el.get("name")
        if named is not None and named != by_number[number].name:
            doc.warn(
                f"the domain calls issue {number} {by_number[number].name!r}, the profile "
                f"{named!r}; matched by index, as GENIUS matches them",
                el,
                f"issue[index={number}].name",
            )
        elements[number] = el
    weights: dict[str, float] = {}
    values: dict[str, ValueFunction] = {}
    for d in domain.issues:
        weight = weights_by_number.get(d.number)
        el = elements.get(d.number)
        if el is None and weight:
            raise doc.error(f"issue {d.name!r} has a weight but no evaluator", space)
        if weight is None:
            doc.warn(
                f"issue {d.name!r} has no weight in this profile: it counts 0 (GENIUS "
                "cannot evaluate a bid with it)",
                space if el is None else el,
                f"issue[name={d.name}]",
            )
        if el is None:
            continue
        declared = issue_kind(doc, el, f"issue[name={d.name}]")
        explicit = el.get("vtype") or el.get("type") or el.get("etype")
        if explicit and declared != d.kind:
            raise doc.error(
                f"the profile says {declared!r} but the domain says {d.kind!r}",
                el,
                f"issue[name={d.name}].type",
            )
        weights[d.name] = weight or 0.0
        values[d.name] = _value_function(doc, el, d, weighted=bool(weight))
    return weights, values


def _value_function(
    doc: XmlDocument, el: ET.Element, d: DomainIssue, *, weighted: bool
) -> ValueFunction:
    where = f"issue[name={d.name}]"
    if d.kind == "discrete":
        return TableValue(table=_discrete_table(doc, el, d, weighted=weighted))
    evaluator = el.find("evaluator")
    if evaluator is None:  # GENIUS keeps slope = offset = 0
        if weighted:
            doc.warn("no <evaluator>: this issue counts 0, as in GENIUS", el, where)
        return LinearValue(slope=0.0, offset=0.0)
    given = evaluator.get("ftype")
    ftype = (given or "linear").strip().lower()
    where = f"{where}.evaluator"
    if "slope" in evaluator.attrib or "offset" in evaluator.attrib:
        if ftype != "linear":
            if d.kind != "integer":
                raise doc.error(f"slope/offset given with ftype {given!r}", evaluator, where)
            doc.warn(
                f"ftype {given!r} is ignored: GENIUS reads slope and offset on integer issues",
                evaluator,
                f"{where}.ftype",
            )
        slope = _float(doc, evaluator, "slope", where)
        offset = _float(doc, evaluator, "offset", where)
        low = _profile_lower_bound(doc, el, d, where)
        return LinearValue(slope=slope, offset=offset, origin=low)
    if ftype == "linear":
        p0 = _float(doc, evaluator, "parameter0", where)
        p1 = _float(doc, evaluator, "parameter1", where)
        return LinearValue(slope=p1, offset=p0, origin=0.0)
    if ftype == "constant":
        constant = _float(doc, evaluator, "parameter0", where)
        return _table(d.issue, np.full(d.issue.n_options, constant))
    if d.kind == "real" and ftype in ("triangular", "triangular_variable_top"):
        p = [_float(doc, evaluator, f"parameter{i}", where) for i in range(3)]
        top = _float(doc, evaluator, "parameter3", where) if ftype != "triangular" else 1.0
        return _table(d.issue, _triangle(d.issue.numeric(), p[0], p[1], p[2], top))
    raise doc.error(f"unsupported evaluator ftype {given!r} for a {d.kind} issue", evaluator, where)


def _discrete_table(
    doc: XmlDocument, el: ET.Element, d: DomainIssue, *, weighted: bool
) -> dict[str, float]:
    """Evaluations divided by the largest one given, as ``EvaluatorDiscrete`` does.

    An item whose value the domain lacks still takes part in that maximum (GENIUS stores
    it); a domain value without an evaluation counts 0 (GENIUS fails on it). Both are noted.
    """
    options = [str(o) for o in d.issue.options]
    known = set(options)
    raw: dict[str, float] = {}
    for item in el.findall("item"):
        value = item.get("value")
        where = f"issue[name={d.name}].item[value={value}]"
        if value is None:
            raise doc.error("an item needs a value", item, f"issue[name={d.name}].item.value")
        text = item.get("evaluation")
        if text is None or text.strip() == "null":
            continue
        raw[value] = _float(doc, item, "evaluation", where)
        if value not in known:
            doc.warn(
                "the domain's issue has no such value: its evaluation only takes part in "
                "the maximum the others are divided by, as in GENIUS",
                item,
                where,
            )
    missing = [o for o in options if o not in raw]
    if missing and weighted:
        shown = ", ".join(repr(o) for o in missing[:5]) + (", ..." if len(missing) > 5 else "")
        doc.warn(
            f"no evaluation for {shown}: counts 0 (GENIUS fails on a bid with it)",
            el,
            f"issue[name={d.name}]",
        )
    top = max(raw.values(), default=0.0)
    scale = 0.0 if top < _EVAL_EPSILON else 1.0 / top
    return {o: raw.get(o, 0.0) * scale for o in options}


def _profile_lower_bound(doc: XmlDocument, el: ET.Element, d: DomainIssue, where: str) -> float:
    """The ``lowerbound`` an integer/real evaluator measures from: the profile's own."""
    holder = el if el.get("lowerbound") is not None else el.find("range")
    if holder is not None and holder.get("lowerbound") is not None:
        return _float(doc, holder, "lowerbound", where)
    return float(d.issue.numeric()[0])


def _triangle(x: np.ndarray, low: float, high: float, top: float, height: float) -> np.ndarray:
    """EVALFUNCTYPE.evalTriangular(VariableTop): 0 outside ``[low, high)``."""
    out = np.zeros_like(x)
    rising = (x >= low) & (x < top)
    falling = (x >= top) & (x < high)
    out[rising] = height * (x[rising] - low) / (top - low)
    out[falling] = height * (1 - (x[falling] - top) / (high - top))
    return out


def _table(issue: Issue, values: np.ndarray) -> TableValue:
    keys = [repr(o) if isinstance(o, float) else str(o) for o in issue.options]
    return TableValue(table={k: float(v) for k, v in zip(keys, values, strict=True)})


def _rectangles(
    doc: XmlDocument, space: ET.Element, domain: list[DomainIssue]
) -> tuple[tuple[Rectangle, ...], float]:
    utility = space.find(".//utility")
    if utility is None:
        raise doc.error("a nonlinear profile needs a <utility> element", space, "utility")
    max_utility = _float(doc, utility, "maxutility", "utility")
    if not max_utility > 0:
        raise doc.error("maxutility must be > 0", utility, "utility.maxutility")
    ufun = utility.find("ufun")
    if ufun is None:
        raise doc.error("<utility> needs a <ufun>", utility, "utility.ufun")
    by_number = {d.number: d for d in domain}
    rectangles: list[Rectangle] = []
    _collect(doc, ufun, 1.0, by_number, rectangles, "ufun")
    if not rectangles:  # keep the party valid: it is indifferent (utility 0 everywhere)
        rectangles.append(Rectangle(utility=0.0, bounds={}))
    return tuple(rectangles), max_utility


def _collect(
    doc: XmlDocument,
    ufun: ET.Element,
    factor: float,
    by_number: dict[int, DomainIssue],
    out: list[Rectangle],
    where: str,
) -> None:
    aggregation = (ufun.get("aggregation") or "sum").strip().lower()
    if aggregation != "sum":
        raise doc.error(
            f"only aggregation='sum' is supported, not {aggregation!r}",
            ufun,
            f"{where}.aggregation",
        )
    if ufun.get("weight") is not None:
        factor *= _float(doc, ufun, "weight", where)
    for r, rect in enumerate(ufun.findall("hyperRectangle")):
        rwhere = f"{where}.hyperRectangle[{r}]"
        value = _float(doc, rect, "utility", rwhere) * factor
        if rect.get("weight") is not None:
            value *= _float(doc, rect, "weight", rwhere)
        excludes = rect.findall("EXCLUDES")
        bounds_el = excludes or rect.findall("INCLUDES")
        exclusive = bool(excludes)
        bounds: dict[str, tuple[int, int]] = {}
        empty = False
        for b in bounds_el:
            bwhere = f"{rwhere}.{b.tag}[index={b.get('index')}]"
            number = _int(doc, b, "index", bwhere)
            d = by_number.get(number)
            if d is None:
                raise doc.error(f"issue index {number} is not in the domain", b, bwhere)
            if d.kind != "integer":
                raise doc.error("hyper-rectangles bound integer issues only", b, bwhere)
            low = max(math.ceil(_float(doc, b, "min", bwhere)), d.issue.min)
            high = min(math.floor(_float(doc, b, "max", bwhere)), d.issue.max)
            if d.name in bounds:
                low, high = max(low, bounds[d.name][0]), min(high, bounds[d.name][1])
            bounds[d.name] = (low, high)
            empty = empty or low > high
        if empty and not exclusive:
            continue  # a box no outcome falls in never counts
        if empty:
            bounds, exclusive = {}, False  # every outcome lies outside an empty box
        out.append(Rectangle(utility=value, bounds=bounds, exclusive=exclusive))
    for i, inner in enumerate(ufun.findall("ufun")):
        _collect(doc, inner, factor, by_number, out, f"{where}.ufun[{i}]")


# ----------------------------------------------------------------------------- attributes


def _number(doc: XmlDocument, el: ET.Element, attr: str, where: str, cast):
    text = el.get(attr)
    if text is None:
        raise doc.error(f"missing attribute {attr!r}", el, f"{where}.{attr}")
    try:
        value = float(text.strip())
        if cast is int:
            if value != int(value):
                raise ValueError
            return int(value)
    except (ValueError, OverflowError):
        kind = "an integer" if cast is int else "a number"
        raise doc.error(f"{text!r} is not {kind}", el, f"{where}.{attr}") from None
    if not math.isfinite(value):
        raise doc.error(f"{text!r} is not a finite number", el, f"{where}.{attr}")
    return value


def _float(doc: XmlDocument, el: ET.Element, attr: str, where: str) -> float:
    return _number(doc, el, attr, where, float)


def _int(doc: XmlDocument, el: ET.Element, attr: str, where: str) -> int:
    return _number(doc, el, attr, where, int)
