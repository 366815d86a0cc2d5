"""GENIUS XML scenarios: read a domain folder into a :class:`Scenario`, write one back.

A GENIUS domain folder holds one domain file (the issues and their options) and one
profile file per party (weights and evaluations, or hyper-rectangles). Files are told apart
by content, not by name: a ``<utility_space>`` with weights, evaluations or a ``<utility>``
element is a profile; one without is the domain; anything else (``pareto.xml``, agent
lists, non-XML) is ignored. Parties are the profiles the domain's ``<agent>`` entries name
when they all lie in the folder, else every profile in file-name order; they are keyed by
file stem. Utilities are exactly those GENIUS computes; see :mod:`accord.io.genius_read`
for the rules and ``docs/genius.md`` for the quirks of real files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from ..errors import AccordInputError
from ..model import ModelWarning, Scenario, ScenarioError, lint
from ..model.warnings import Places
from .detect import YAML_SUFFIXES
from .genius_read import (
    Domain,
    DomainIssue,
    last_read,
    parse_domain,
    parse_profile,
    profile_kind,
    utility_space,
)
from .genius_write import domain_element, profile_element, to_bytes
from .genius_xml import XmlDocument, read_xml

__all__ = ["read_genius", "read_genius_with_warnings", "write_genius"]

DEFAULT_REAL_INTERVALS = 10


def read_genius(
    source: str | Path | tuple[str | Path, Sequence[str | Path]],
    profiles: Sequence[str | Path] | None = None,
    *,
    name: str | None = None,
    real_intervals: int = DEFAULT_REAL_INTERVALS,
) -> Scenario:
    """Load a GENIUS domain folder, or a domain file and its profile files.

    Parameters
    ----------
    source : path or (domain, profiles)
        A folder holding one domain file and its profiles, or the domain file itself
        (then give ``profiles``), or a ``(domain, profiles)`` pair.
    profiles : sequence of paths, optional
        Profile files, one per party, in party order.
    name : str, optional
        Scenario name; defaults to the folder's name (or the domain file's stem).
    real_intervals : int
        Real-valued issues are discretised into this many equal intervals (both ends
        included) unless the domain gives its own ``step``.

    Returns
    -------
    Scenario
        Parties keyed by profile file stem: for a folder, the profiles the domain's
        ``<agent>`` entries name, in that order, when all are there; else every profile in
        file-name order.

    Raises
    ------
    AccordInputError
        For unreadable, malformed or inconsistent files, naming file, line and field.
    """
    return _read(source, profiles, name=name, real_intervals=real_intervals)[0]


def read_genius_with_warnings(
    source: str | Path | tuple[str | Path, Sequence[str | Path]],
    profiles: Sequence[str | Path] | None = None,
    *,
    name: str | None = None,
    real_intervals: int = DEFAULT_REAL_INTERVALS,
) -> tuple[Scenario, tuple[ModelWarning, ...]]:
    """:func:`read_genius`, plus the probable mistakes found: the reader's (what GENIUS
    tolerates, read the way GENIUS reads it) and :func:`accord.model.lint`'s, each located
    in its file."""
    scenario, notes, places = _read(source, profiles, name=name, real_intervals=real_intervals)
    return scenario, (*notes, *lint(scenario, places))


def _read(
    source, profiles, *, name: str | None, real_intervals: int
) -> tuple[Scenario, tuple[ModelWarning, ...], Places]:
    if isinstance(source, tuple):
        source, profiles = source
    source = Path(source)
    if real_intervals < 1:
        raise ValueError("real_intervals must be >= 1")
    if profiles is None:
        if not source.is_dir():
            raise AccordInputError(
                "not a folder: give a GENIUS domain folder, or the domain file and its profiles",
                file=source,
            )
        domain_doc, profile_docs = _classify_folder(source)
        default_name = source.resolve().name
    else:
        domain_doc = read_xml(source)
        space = utility_space(domain_doc)
        if space is None or profile_kind(space) != "domain":
            raise domain_doc.error("not a GENIUS domain file", domain_doc.root)
        profile_docs = [read_xml(p) for p in profiles]
        default_name = source.stem
    if not profile_docs:
        raise AccordInputError("no profile files: a scenario needs at least one party", file=source)
    domain = parse_domain(domain_doc, real_intervals=real_intervals)
    if profiles is None:
        profile_docs = _listed_agents(domain, domain_doc, profile_docs)
    parties = {}
    places: dict[tuple[str | int, ...], tuple[str | None, int | None, str | None]] = {}
    for doc in profile_docs:
        key = doc.path.stem
        if key in parties:
            raise doc.error(f"two profiles have the stem {key!r}", doc.root)
        parties[key] = parse_profile(doc, domain, name=key)
        places.update(_places(doc, key, domain))
    scenario = _scenario(name or default_name, domain.issues, parties, domain_doc)
    notes = [w for doc in (domain_doc, *profile_docs) for w in doc.warnings]
    return scenario, tuple(notes), places


def _listed_agents(
    domain: Domain, domain_doc: XmlDocument, profiles: list[XmlDocument]
) -> list[XmlDocument]:
    """The profiles the domain's ``<agent utility_space=...>`` entries name, in their
    order, when every one of them is in the folder; other profiles are left out, with a
    warning. Otherwise (no such entries, or a stale list) every profile, unchanged."""
    by_name = {doc.path.name: doc for doc in profiles}
    listed = list(dict.fromkeys(Path(a.replace("\\", "/")).name for a in domain.agents))
    if not listed or any(name not in by_name for name in listed):
        return profiles
    for doc in profiles:
        if doc.path.name not in listed:
            domain_doc.warn(
                f"profile {doc.path.name} is not among the domain's <agent>s "
                f"({', '.join(listed)}): left out",
                domain_doc.root.find("agent"),
                "agent.utility_space",
            )
    return [by_name[name] for name in listed]


def _places(doc: XmlDocument, key: str, domain: Domain) -> Places:
    """Where lint's findings on party ``key`` point in its profile: its first issue weight,
    its reservation element."""
    space = utility_space(doc)
    numbers = {str(d.number) for d in domain.issues}
    weight = next((w for w in space.iter("weight") if w.get("index", "").strip() in numbers), None)
    reservation = last_read(space, "reservation")
    path = str(doc.path)
    return {
        ("parties", key): (path, doc.line(doc.root), None),
        ("parties", key, "weights"): (path, doc.line(weight), "weight"),
        ("parties", key, "reservation_value"): (path, doc.line(reservation), "reservation"),
    }


def _classify_folder(folder: Path) -> tuple[XmlDocument, list[XmlDocument]]:
    """The folder's domain document and its profile documents, in file-name order."""
    domains: list[XmlDocument] = []
    profiles: list[XmlDocument] = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.is_file() or path.suffix.lower() != ".xml" or not _looks_like_xml(path):
            continue
        doc = read_xml(path)
        space = utility_space(doc)
        if space is None:
            continue
        kind = profile_kind(space)
        (domains if kind == "domain" else profiles).append(doc)
    if not domains:
        scenarios = sorted(  # accord's own files: a folder for `accord serve`, say so
            p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in YAML_SUFFIXES
        )
        hint = (f"; it holds scenario files ({', '.join(scenarios[:3])}"
                f"{', ...' if len(scenarios) > 3 else ''}): give one of them") if scenarios else ""
        raise AccordInputError(f"no GENIUS domain file in this folder{hint}", file=folder)
    if len(domains) > 1:
        names = ", ".join(d.path.name for d in domains)
        raise AccordInputError(f"more than one domain file: {names}", file=folder)
    return domains[0], profiles


def _looks_like_xml(path: Path) -> bool:
    """Whether the file starts like XML (``pareto.xml`` in ANAC folders is plain text)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as err:
        raise AccordInputError(f"cannot read file: {err.strerror or err}", file=path) from None
    return head.startswith(b"<")


def _scenario(
    name: str, issues: list[DomainIssue], parties: dict, domain_doc: XmlDocument
) -> Scenario:
    try:
        return Scenario(
            name=name,
            issues={d.name: d.issue for d in issues},
            parties=parties,
        )
    except (ScenarioError, ValidationError) as err:  # pragma: no cover - parser checks first
        raise AccordInputError(f"inconsistent scenario: {err}", file=domain_doc.path) from None


def write_genius(scenario: Scenario, folder: str | Path) -> list[Path]:
    """Write ``scenario`` as a GENIUS folder: one domain file, one profile per negotiator.

    Only what GENIUS can express is written: additive parties with table or linear value
    functions (any value function on a categorical or ordinal issue, exported as a table),
    and hyper-rectangle parties over integer issues. Mediators and observers are left out.
    Every exported evaluator is checked to give back the party's utilities exactly.

    Returns
    -------
    list of Path
        The files written, domain first.

    Raises
    ------
    AccordInputError
        When a party's preferences or the scenario's constraints cannot be expressed in
        GENIUS XML, or the folder holds other XML files that would be mistaken for part of
        the scenario.
    """
    folder = Path(folder)
    if scenario.constraints:
        space = scenario.space
        feasible = space.count_feasible()
        forbidden = "" if feasible is None else f" the {space.size - feasible:,} packages"
        raise AccordInputError(
            f"GENIUS has no constraints: exported,{forbidden} they forbid would become "
            "possible (remove 'constraints:' to export the scenario without them)",
            field="constraints",
        )
    keys = scenario.negotiators
    domain_name = "domain.xml" if "domain" not in keys else "genius-domain.xml"
    names = [domain_name] + [f"{key}.xml" for key in keys]
    for key in keys:
        if not key or any(c in key for c in '/\\:*?"<>|') or key.startswith("."):
            raise AccordInputError(
                f"party key {key!r} cannot be a file name", field=f"parties.{key}"
            )
    if folder.exists() and not folder.is_dir():
        raise AccordInputError("exists and is not a folder", file=folder)
    if folder.is_dir():
        foreign = sorted(
            p.name for p in folder.iterdir() if p.suffix.lower() == ".xml" and p.name not in names
        )
        if foreign:
            raise AccordInputError(
                f"the folder already holds other XML files ({', '.join(foreign[:3])}); "
                "write to an empty folder",
                file=folder,
            )
    elements = [domain_element(scenario, names[1:])] + [
        profile_element(scenario, key) for key in keys
    ]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for file_name, element in zip(names, elements, strict=True):
        path = folder / file_name
        path.write_bytes(to_bytes(element))
        paths.append(path)
    return paths
