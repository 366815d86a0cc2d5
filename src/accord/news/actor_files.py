"""A user's own actor dictionary, laid over the built-in one (``accord read --actors FILE``).

Two forms are read:

- **accord's YAML** (``.yaml``, ``.yml``), the layout of the built-in ``data/actors.yaml``:
  sections ``countries``, ``organisations``, ``groups``, ``rebels`` (a country's code: its
  rebels), ``people`` and ``places``, each a mapping of a code to its names (the first is the
  display name). Any section may be left out; role words and communities stay the built-in
  ones.
- **PETRARCH's and TABARI's actor dictionaries** (``.txt``, ``.actors``), as the Phoenix and
  CAMEO dictionaries are written: an entry is a name line, ``+`` lines of synonyms and its
  codes in brackets, on the name line or on lines of their own (``HAMID_KARZAI_`` /
  ``+KARZAI_`` / ``[AFGGOV >011222]``); ``_`` joins the words of a name; ``#`` comments and
  ``<!-- -->`` blocks are skipped. A date-restricted code (``[AFGGOV 011222-141229]``,
  ``[X <950601]``, ``[Y >990816]``) is a code of that period: accord gives a name one code,
  the one in force at the latest date the entry knows (an open-ended ``>`` period), else the
  undated default, else the code of the latest period. Codes longer than an
  actor and one agent (``AFGGOVAGR``) keep their first agent (``AFGGOV``); ``---`` (no actor)
  leaves the name out; of several codes joined by ``/`` the first is kept.

A name listed twice keeps its first code, as in the built-in dictionary; a name of the user's
dictionary replaces the built-in one's. A code given twice in one YAML section (which YAML
would silently read as the last) is an error naming its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..errors import AccordInputError
from ..io.files import read_text_file
from ..io.yaml import key_lines
from .actors import (
    AGENT_CODES,
    GROUP_WORDS,
    ActorDictionary,
    Entry,
    actor_agent,
    name_key,
    name_table,
)

__all__ = ["ACTOR_SUFFIXES", "load_actors"]

ACTOR_SUFFIXES = (".yaml", ".yml", ".txt", ".actors")
SECTIONS = {"countries": "country", "organisations": "organisation", "groups": "group",
            "rebels": "group", "people": "person", "places": "place"}
_CODE = re.compile(r"\[\s*([^\]\s]*)\s*([^\]]*)\]")
_DATE = re.compile(r"\b(\d{8}|\d{6})\b")


def load_actors(path: str | Path) -> tuple[dict[str, Entry], tuple[str, ...]]:
    """Lower-case name -> :class:`Entry` of an actor file, by its suffix, and the warnings
    (entries left out, each with its line and why); a malformed file raises
    :class:`AccordInputError` naming the file, the line and the field."""
    path = Path(path)
    # (latin-1 too: the CAMEO dictionaries predate UTF-8 in places)
    text = read_text_file(path, ACTOR_SUFFIXES, "actor dictionary", ("utf-8-sig", "latin-1"))
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        names, warnings = _yaml(text, path), []
    else:
        names, warnings = _petrarch(text, path)
    if not names:  # the first entry left out says why, at its line
        line, why = warnings[0] if warnings else (None, "")
        raise AccordInputError(f"no actors{f' ({why})' if why else ''}", file=path, line=line)
    return names, tuple(f"{path}:{line}: warning: {why}" for line, why in warnings)


def _yaml(text: str, path: Path) -> dict[str, Entry]:
    try:
        data = yaml.safe_load(text)
        root = yaml.compose(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise AccordInputError(f"not valid YAML: {getattr(err, 'problem', err)}", file=path,
                               line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise AccordInputError("expected a mapping of sections (countries, organisations, "
                               "groups, people, places)", file=path, line=1)
    lines = key_lines(root, path)  # (a code given twice in a section is refused)
    names: dict[str, Entry] = {}
    for section, entries in data.items():
        line = lines.get((section,))
        if section not in SECTIONS:
            raise AccordInputError(f"unknown section (expected {', '.join(SECTIONS)})",
                                   file=path, line=line, field=str(section))
        if not isinstance(entries, dict):
            raise AccordInputError("expected a mapping of codes to lists of names", file=path,
                                   line=line, field=section)
        for code, variants in entries.items():
            field, line = f"{section}.{code}", lines.get((section, str(code)), line)
            if not isinstance(code, str) or not re.fullmatch(r"[A-Z][A-Z0-9]+", code):
                raise AccordInputError("an actor code is capital letters (ISR, ISRGOV, "
                                       "IGOUNO)", file=path, line=line, field=field)
            if not isinstance(variants, list) or not variants or not all(
                    isinstance(v, str | int) and str(v).strip() for v in variants):
                raise AccordInputError("expected a list of names", file=path, line=line,
                                       field=field)
            code = code + "REB" if section == "rebels" else code  # as the built-in list
            name_table([(SECTIONS[section], {code: variants})], names)
    return names


def _petrarch(text: str, path: Path) -> tuple[dict[str, Entry], list[tuple[int, str]]]:
    """An entry is a name line (not indented, no ``+``), its ``+`` synonyms and its
    ``[codes]``, on those lines or indented lines of their own; the warnings are the lines
    left out and why."""
    for comment in (r"<!--.*?-->", r"<!.*?>"):  # XML-style blocks, kept as blank lines
        text = re.sub(comment, lambda m: "\n" * m.group().count("\n"), text, flags=re.S)
    names: dict[str, Entry] = {}
    warnings: list[tuple[int, str]] = []
    entry: list[str] = []  # the names of the entry being read
    codes: list[tuple[str, str]] = []  # its (code, period) pairs
    start = 0

    def close() -> None:
        if not entry:
            return
        if not codes:
            warnings.append((start, f"{entry[0]!r} has no [code]: left out"))
            return
        code = _chosen(codes)
        for name in entry if code is not None else ():
            _add(names, name, Entry(code, entry[0].title(), _kind(code, entry[0]), True))

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        found = list(_CODE.finditer(line))
        words = _CODE.sub(" ", line).strip()
        if "[" in words or "]" in words:
            raise AccordInputError("a [code] not closed or not opened (as [ISRGOV])", file=path,
                                   line=number, field=words.strip("+"))
        if words and raw[:1].isspace():
            warnings.append((number, f"indented text {words!r} is neither a name nor a [code]: "
                                     "left out"))
            words = ""
        if words.startswith("+"):
            if not entry:
                raise AccordInputError("a synonym (+) before any actor", file=path,
                                       line=number)
            entry.append(_name(words[1:]))
        elif words:
            close()
            entry, codes, start = [_name(words)], [], number
        for match in found:
            if not entry:
                raise AccordInputError("a [code] before any actor", file=path, line=number)
            code = match.group(1).upper()
            if not re.fullmatch(r"[A-Z0-9/+-]+", code):
                raise AccordInputError(f"{match.group()!r} is not an actor code", file=path,
                                       line=number)
            codes.append((code, match.group(2).strip()))
    close()
    return names, warnings


def _name(words: str) -> str:
    return " ".join(words.replace("_", " ").split())


def _chosen(codes: list[tuple[str, str]]) -> str | None:
    """The one code of a name: the one in force at the latest date the entry knows (an
    open-ended period, ``>011222``; the latest to open of several), else its undated default,
    else that of the period that ends last; None for PETRARCH's "no actor" (``---``) and codes
    that name none."""
    current = [(code, period) for code, period in codes if period.startswith(">")]
    undated = [code for code, period in codes if not period]
    if current:
        code = max(current, key=lambda c: _dates(c[1]))[0]
    elif undated:
        code = undated[0]
    else:
        code = max(codes, key=lambda c: _dates(c[1])[-1:])[0]
    code = code.split("/")[0]
    if not re.fullmatch(r"[A-Z]{3,}", code):
        return None
    return code[:6] if code[3:6] in AGENT_CODES else code


def _dates(period: str) -> list[str]:
    """A period's dates as YYYYMMDD; TABARI's six-digit dates are 19xx from 30 on, else 20xx."""
    return [d if len(d) == 8 else ("19" if d[:2] >= "30" else "20") + d
            for d in _DATE.findall(period)]


def _kind(code: str, name: str) -> str:
    """What a PETRARCH entry names, which its file does not say: a country (a bare
    three-letter code), a person (two to four words coded as a country's agent, not rebels,
    with no role or group word: HAMID KARZAI [AFGGOV], so that "he" can refer back to him),
    else a group (AFGHAN NATIONAL ARMY [AFGMIL], KESTREL FRONT [VLDREB])."""
    if len(code) == 3:
        return "country"
    builtin = ActorDictionary.builtin()
    words = name.lower().split()
    phrases = {" ".join(words[i:j]) for i in range(len(words))
               for j in range(i + 1, len(words) + 1)}
    if len(code) == 6 and actor_agent(code) not in (None, "REB") and 2 <= len(words) <= 4 and not (
            phrases & (builtin.agents.keys() | builtin.descriptions.keys() | GROUP_WORDS)):
        return "person"
    return "group"


def _add(names: dict[str, Entry], name: str, entry: Entry) -> None:
    key = name_key(name)
    if key and key not in names:
        names[key] = entry
