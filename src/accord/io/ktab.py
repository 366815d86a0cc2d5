"""Read KTAB's SMP scenario files: its CSV layout and its XML schema (``smpSchema.xsd``).

CSV: a first line ``name,description,#actors,#dimensions``, a header line
``Actor,Description,Power,Pos1,Sal1,...`` naming the dimensions by their position columns, then
one line per actor.  Positions and saliences are on 0-100; accord keeps positions on that scale
and divides saliences by 100.  XML is parsed with ``defusedxml`` (no DTDs, no entities); its
``ModelParameters`` and ``IdealAdjustment`` become :class:`~accord.model.smp_options.SMPOptions`.
The result is plain data (names, arrays, option enums, all from :mod:`accord.model`); the
forecasting models take it from there.

Every problem raises :class:`~accord.errors.AccordInputError` naming file, line and field.

References
----------
KTAB ``examples/smp/libsrc/smpread.cpp`` (``csvRead``, ``xmlRead``) and ``doc/smpSchema.xsd``.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TypeVar
from xml.etree.ElementTree import Element, ParseError

import numpy as np
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from accord.errors import AccordInputError
from accord.model.smp_options import (
    BargainModel,
    BigRAdjust,
    BigRRange,
    InterVecBargain,
    PCEModel,
    SMPOptions,
    StateTransition,
    ThirdPartyCommit,
    VictoryModel,
    VotingRule,
)
from accord.model.stakeholders import Stakeholders

__all__ = ["KtabScenario", "parse_ktab_csv", "parse_ktab_xml", "read_ktab"]

E = TypeVar("E", bound=Enum)


@dataclass(frozen=True)
class KtabScenario:
    """A KTAB scenario: the stakeholders plus the run settings the file carries."""

    name: str
    description: str
    stakeholders: Stakeholders
    options: SMPOptions
    seed: int | None = None


def read_ktab(path: str | Path) -> KtabScenario:
    """Read a KTAB ``.csv`` or ``.xml`` scenario, choosing the format by suffix."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".xml"):
        raise AccordInputError("expected a KTAB .csv or .xml file", file=p)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccordInputError(f"cannot read: {exc}", file=p) from exc
    return parse_ktab_csv(text, file=p) if suffix == ".csv" else parse_ktab_xml(text, file=p)


# ---------------------------------------------------------------------------------------- CSV


def _number(text: str, *, file, line: int, field: str, lo: float, hi: float) -> float:
    try:
        x = float(text)
    except ValueError:
        raise AccordInputError(f"not a number: {text.strip()!r}", file=file, line=line,
                               field=field) from None
    if not (lo <= x <= hi):
        raise AccordInputError(f"{x:g} is outside [{lo:g}, {hi:g}]", file=file, line=line,
                               field=field)
    return x


def parse_ktab_csv(text: str, *, file: str | Path = "<csv>") -> KtabScenario:
    """Parse KTAB CSV text (see module docstring)."""
    rows = [
        (no, [c.strip() for c in row])
        for no, row in enumerate(csv.reader(io.StringIO(text)), start=1)
        if any(c.strip() for c in row)
    ]
    for _, row in rows:
        while row and row[-1] == "":
            row.pop()  # KTAB lines usually end with a comma
    if not rows:
        raise AccordInputError("empty file", file=file)
    no, first = rows[0]
    if len(first) < 4:
        raise AccordInputError("first line must be name,description,#actors,#dimensions",
                               file=file, line=no)
    counts = []
    for idx, label in ((2, "#actors"), (3, "#dimensions")):
        try:
            counts.append(int(first[idx]))
        except ValueError:
            raise AccordInputError(f"not an integer: {first[idx]!r}", file=file, line=no,
                                   field=label) from None
    n, d = counts
    if n < 2 or d < 1:
        raise AccordInputError(f"need at least 2 actors and 1 dimension, got {n} and {d}",
                               file=file, line=no)
    if len(rows) < 2:
        raise AccordInputError("missing header line", file=file, line=no + 1)
    hno, header = rows[1]
    if len(header) < 3 + 2 * d:
        raise AccordInputError(f"header needs Actor,Description,Power and {d} position/salience "
                               "pairs", file=file, line=hno)
    dims = [header[3 + 2 * k] or f"Dim{k + 1}" for k in range(d)]
    if len(set(dims)) != d:
        raise AccordInputError("dimension names must be unique", file=file, line=hno)
    actors = rows[2:2 + n]
    if len(actors) < n:
        last = rows[-1][0]
        raise AccordInputError(f"expected {n} actor lines, found {len(actors)}", file=file,
                               line=last + 1)
    names, cap, pos, sal = [], [], np.empty((n, d)), np.empty((n, d))
    for a, (no, row) in enumerate(actors):
        if len(row) < 3 + 2 * d:
            raise AccordInputError(f"expected {3 + 2 * d} fields, found {len(row)}", file=file,
                                   line=no)
        if not row[0]:
            raise AccordInputError("actor name is empty", file=file, line=no, field="Actor")
        if row[0] in names:
            raise AccordInputError(f"duplicate actor {row[0]!r}", file=file, line=no,
                                   field="Actor")
        names.append(row[0])
        cap.append(_number(row[2], file=file, line=no, field=header[2] or "Power", lo=1e-300,
                           hi=1e8))
        for k in range(d):
            pcol, scol = header[3 + 2 * k], header[4 + 2 * k]
            pos[a, k] = _number(row[3 + 2 * k], file=file, line=no, field=pcol, lo=0, hi=100)
            sal[a, k] = _number(row[4 + 2 * k], file=file, line=no, field=scol, lo=0, hi=100)
        if sal[a].sum() > 100.0:
            raise AccordInputError("saliences add up to more than 100", file=file, line=no)
    stake = Stakeholders(names, dims, cap, pos, sal / 100.0)
    return KtabScenario(first[0], first[1], stake, SMPOptions())


# ---------------------------------------------------------------------------------------- XML


class _LineParser(DefusedXMLParser):
    """Defused parser that remembers each element's line number."""

    def _start(self, tag, attr_list):  # ElementTree's private hook
        elem = super()._start(tag, attr_list)
        elem.sourceline = self.parser.CurrentLineNumber
        return elem


def _line(el: Element) -> int | None:
    return getattr(el, "sourceline", None)


def _child(el: Element, tag: str, file) -> Element:
    c = el.find(tag)
    if c is None:
        raise AccordInputError(f"missing element <{tag}>", file=file, line=_line(el), field=tag)
    return c


def _text(el: Element, tag: str, file) -> str:
    c = _child(el, tag, file)
    t = (c.text or "").strip()
    if not t:
        raise AccordInputError("empty element", file=file, line=_line(c), field=tag)
    return t


def _value(el: Element, file, lo: float, hi: float) -> float:
    t = (el.text or "").strip()
    if not t:
        raise AccordInputError("empty element", file=file, line=_line(el), field=el.tag)
    return _number(t, file=file, line=_line(el) or 0, field=el.tag, lo=lo, hi=hi)


def _enum(cls: type[E], el: Element, tag: str, file) -> E:
    t = _text(el, tag, file)
    for member in cls:
        if member.value == t:
            return member
    allowed = ", ".join(m.value for m in cls)
    raise AccordInputError(f"unknown value {t!r}; expected one of {allowed}", file=file,
                           line=_line(_child(el, tag, file)), field=tag)


def _options(root: Element, n: int, acc: np.ndarray, file) -> SMPOptions:
    mp = root.find("ModelParameters")
    identity = bool(np.array_equal(acc, np.eye(n)))
    if mp is None:
        return SMPOptions(accommodation=None if identity else acc)
    vr = _enum(VotingRule, mp, "VotingRule", file)
    return SMPOptions(
        victory=_enum(VictoryModel, mp, "VictoryProbModel", file),
        voting=vr,
        pce=_enum(PCEModel, mp, "PCEModel", file),
        transition=_enum(StateTransition, mp, "StateTransitions", file),
        big_r_range=_enum(BigRRange, mp, "BigRRange", file),
        big_r_adjust=_enum(BigRAdjust, mp, "BigRAdjust", file),
        third_party=_enum(ThirdPartyCommit, mp, "ThirdPartyCommit", file),
        interpolation=_enum(InterVecBargain, mp, "InterVecBrgn", file),
        bargain=_enum(BargainModel, mp, "BargnModel", file),
        accommodation=None if identity else acc,
    )


def parse_ktab_xml(text: str, *, file: str | Path = "<xml>") -> KtabScenario:
    """Parse KTAB XML text (``smpSchema.xsd``), forbidding DTDs and entities."""
    parser = _LineParser(forbid_dtd=True, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(text.lstrip("\ufeff"))
        root = parser.close()
    except DefusedXmlException as exc:
        raise AccordInputError(f"forbidden XML construct: {exc}", file=file) from exc
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise AccordInputError(f"malformed XML: {exc}", file=file, line=line) from exc
    if root.tag != "Scenario":
        raise AccordInputError("root element must be <Scenario>", file=file, line=_line(root))
    name = (root.findtext("name") or "").strip()
    desc = (root.findtext("desc") or "").strip()
    seed_text = _text(root, "prngSeed", file)
    try:
        seed = int(seed_text)
    except ValueError:
        raise AccordInputError(f"not an integer: {seed_text!r}", file=file,
                               line=_line(_child(root, "prngSeed", file)),
                               field="prngSeed") from None
    dims_el = _child(root, "Dimensions", file)
    dims = []
    for el in dims_el.findall("dName"):
        t = (el.text or "").strip()
        if not t:
            raise AccordInputError("empty element", file=file, line=_line(el), field="dName")
        dims.append(t)
    if not dims:
        raise AccordInputError("no <dName>", file=file, line=_line(dims_el), field="Dimensions")
    d = len(dims)
    actor_els = _child(root, "Actors", file).findall("Actor")
    if len(actor_els) < 2:
        raise AccordInputError("need at least 2 actors", file=file, line=_line(root),
                               field="Actors")
    names: list[str] = []
    cap, pos, sal = [], [], []
    for a in actor_els:
        nm = _text(a, "name", file)
        if nm in names:
            raise AccordInputError(f"duplicate actor {nm!r}", file=file,
                                   line=_line(_child(a, "name", file)), field="name")
        names.append(nm)
        cap.append(_value(_child(a, "capability", file), file, 1e-300, 1e8))
        for tag, sub, out in (("Position", "dCoord", pos), ("Salience", "dSal", sal)):
            box = _child(a, tag, file)
            vals = [_value(el, file, 0.0, 100.0) for el in box.findall(sub)]
            if len(vals) != d:
                raise AccordInputError(f"{len(vals)} <{sub}> for {d} dimensions", file=file,
                                       line=_line(box), field=tag)
            out.append(vals)
        if sum(sal[-1]) > 100.0:
            raise AccordInputError("saliences add up to more than 100", file=file,
                                   line=_line(_child(a, "Salience", file)), field="Salience")
    n = len(names)
    acc = np.eye(n)
    ia = root.find("IdealAdjustment")
    for pair in [] if ia is None else ia.findall("iaPair"):
        idx = []
        for tag in ("adjustingIdeal", "referencePos"):
            who = _text(pair, tag, file)
            if who not in names:
                raise AccordInputError(f"unknown actor {who!r}", file=file,
                                       line=_line(_child(pair, tag, file)), field=tag)
            idx.append(names.index(who))
        acc[idx[0], idx[1]] = _value(_child(pair, "adjust", file), file, 0.0, 1.0)
    over = np.flatnonzero(acc.sum(axis=1) > 1.0 + 1e-10)
    if over.size:
        raise AccordInputError(f"adjustments of {names[over[0]]!r} add up to more than 1",
                               file=file, line=_line(ia), field="IdealAdjustment")
    stake = Stakeholders(names, dims, cap, pos, np.array(sal) / 100.0)
    return KtabScenario(name, desc, stake, _options(root, n, acc, file), seed)
