"""Labelled sentences in the forms event-coding researchers keep them, for scoring the reader.

Each sentence is labelled with its main event (or none), as :mod:`accord.news.corpus` scores:

- **YAML** (``.yaml``, ``.yml``): accord's own corpus files (``tests/news/gold_cameo_dev.yaml``).
- **CSV / TSV** (``.csv``, comma or semicolon; ``.tsv``): a header row, one sentence a row
  (quoted cells may hold line breaks). Columns, in any order
  and case: ``text`` (or ``sentence``), ``source``, ``target``, ``cameo`` (or ``code``,
  ``eventcode``, ``event_code``, ``cameo_code``); optional ``plover`` (or ``category``),
  ``modality``, ``negated`` (true/false, yes/no, 1/0). An empty ``cameo`` means no codable
  event; an empty ``target`` none named; an empty ``plover`` the conversion table's, ``none``
  no category.
- **JSON Lines** (``.jsonl``): one object a line with the same keys, ``cameo`` null or absent
  for no event, ``plover`` null for no category.
- **PETRARCH validation XML** (``.xml``): the ``<Sentence>`` records of PETRARCH's and
  TABARI's validation files, ``<Text>`` and the first ``<EventCoding sourcecode targetcode
  eventcode>`` as the main event; ``noevents="True"`` is a sentence with none, records
  coded ``error`` are skipped; PETRARCH's ``---`` (no actor) is no target, ``---GOV`` a
  government of no named country (GOV).

CAMEO codes are read as text. A code a spreadsheet stored as a number loses its leading zero
(``42`` for ``042``, ``214`` for ``0214``); it is restored where only one CAMEO code can have
been meant (two digits; three digits whose first two are no CAMEO root); three digits whose
first two are a root are read as written. A PLOVER category not given is the CAMEO code's in
PLOVER's conversion table.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from ..errors import AccordInputError
from ..io.files import read_text_file
from .corpus import Item, load_corpus, parse_item

__all__ = ["GOLD_SUFFIXES", "GoldSet", "load_gold"]

GOLD_SUFFIXES = (".yaml", ".yml", ".csv", ".tsv", ".jsonl", ".xml")

#: Column names (lower case) each field goes by in a table or a JSON line.
COLUMNS = {
    "text": ("text", "sentence"),
    "source": ("source", "source_code", "sourcecode"),
    "target": ("target", "target_code", "targetcode"),
    "cameo": ("cameo", "code", "eventcode", "event_code", "cameo_code"),
    "plover": ("plover", "category"),
    "modality": ("modality",),
    "negated": ("negated",),
}
#: Fields scored only where the file labels them: accord's YAML always does; a table only with
#: those columns, JSON Lines only when every line with an event gives them, PETRARCH's XML never.
OPTIONAL = ("modality", "negated")
_TRUE = {"true", "yes", "1"}
_NUMBER = re.compile(r"\d{2,4}")  # a CAMEO code, perhaps stripped of its leading zero
_FALSE = {"false", "no", "0", ""}


@dataclass(frozen=True)
class GoldSet:
    """The labelled sentences of a file, and which of :data:`OPTIONAL` it labels."""

    items: tuple[Item, ...]
    labelled: frozenset[str]
    skipped: tuple[str, ...] = ()  # records left out, each with why

    @property
    def unscored(self) -> frozenset[str]:
        """The measures of :class:`~accord.news.corpus.CorpusScore` the file cannot score."""
        return frozenset({"modality": "modality", "negated": "negation"}[f]
                         for f in OPTIONAL if f not in self.labelled)


def load_gold(path: str | Path) -> GoldSet:
    """The labelled sentences of a gold file, by its suffix; a malformed one raises
    :class:`AccordInputError` naming the file, the line and the field."""
    path = Path(path)
    text, suffix = read_text_file(path, GOLD_SUFFIXES, "gold"), path.suffix.lower()
    skipped: tuple[str, ...] = ()
    if suffix in (".yaml", ".yml"):
        items, labelled = load_corpus(path), set(OPTIONAL)
    elif suffix == ".xml":
        (items, skipped), labelled = _petrarch(text, path), set()
    elif suffix == ".jsonl":
        items, labelled = _json_lines(text, path)
    else:
        items, labelled = _table(text, path, "\t" if suffix == ".tsv" else ",")
    if not items:
        raise AccordInputError("no labelled sentences", file=path)
    return GoldSet(items, frozenset(labelled), skipped)


def _table(text: str, path: Path, delimiter: str) -> tuple[tuple[Item, ...], set[str]]:
    """A CSV (comma, or the semicolon of some spreadsheets' exports) or TSV file; a cell may
    hold line breaks inside quotes: lines are counted in the file."""
    if delimiter == ",":
        head = text.split("\n", 1)[0]
        delimiter = max(",;", key=head.count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(_rows(rows, path), None)
    if not header:
        raise AccordInputError("empty: expected a header row", file=path, line=1)
    index = {name.strip().lower(): k for k, name in enumerate(header)}
    columns = {}
    for field, names in COLUMNS.items():
        found = [n for n in names if n in index]
        if len(found) > 1:
            raise AccordInputError(f"columns {found[0]!r} and {found[1]!r} both name the "
                                   f"{field}", file=path, line=1)
        if found:
            columns[field] = found[0]
    if missing := [f for f in ("text", "source", "cameo") if f not in columns]:
        raise AccordInputError(
            f"no column for the {missing[0]} (one of {', '.join(COLUMNS[missing[0]])}; the "
            f"header has {', '.join(header)})", file=path, line=1)
    items = []
    line = rows.line_num + 1
    for row in _rows(rows, path):
        start, line = line, rows.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise AccordInputError(f"{len(row)} cells, but the header has {len(header)}",
                                   file=path, line=start)
        record = {field: row[index[name]] for field, name in columns.items()}
        items.append(_item(record, len(items), path, start, lambda f: columns.get(f, f)))
    return tuple(items), {f for f in OPTIONAL if f in columns}


def _rows(rows, path: Path):
    """The rows of a csv reader, its errors (a cell over the csv module's size limit, a stray
    quote in strict dialects) located."""
    while True:
        try:
            yield next(rows)
        except StopIteration:
            return
        except csv.Error as err:
            raise AccordInputError(f"not a valid table row: {err}", file=path,
                                   line=rows.line_num) from None


def _json_lines(text: str, path: Path) -> tuple[tuple[Item, ...], set[str]]:
    items, given = [], []  # the optional fields each line with an event gives
    for line, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            raise AccordInputError(f"not valid JSON: {err.msg}", file=path, line=line) from None
        if not isinstance(obj, dict):
            raise AccordInputError("expected a JSON object", file=path, line=line)
        record = {}
        for field, names in COLUMNS.items():
            keys = [k for k in obj if k.lower() in names]
            if len(keys) > 1:
                raise AccordInputError(f"keys {keys[0]!r} and {keys[1]!r} both name the {field}",
                                       file=path, line=line)
            if keys:
                record[field] = obj[keys[0]]
        if record.get("negated", False) is None:
            record["negated"] = False
        items.append(_item(record, len(items), path, line, lambda f: f))
        if items[-1].event is not None:
            given.append({f for f in OPTIONAL if f in record})
    return tuple(items), set(OPTIONAL).intersection(*given) if given else set()


def _item(record: dict, i: int, path: Path, line: int, name) -> Item:
    """An item from one row's fields (strings from a table, any JSON value from a line)."""
    def bad(field: str, message: str) -> AccordInputError:
        return AccordInputError(message, file=path, line=line, field=name(field))

    cameo = record.get("cameo")
    cameo = "" if cameo is None else str(cameo).strip()
    if not cameo:
        return parse_item({"text": _text(record.get("text")), "event": None}, i, path, line,
                          lambda f: name(f.removeprefix("event.")))
    event = {"source": _text(record.get("source")), "cameo": _restored(cameo, bad)}
    for field in ("target", "modality"):
        value = _text(record.get(field))
        event[field] = value or None
    if "plover" in record:  # an empty cell: the conversion table's; null, "none": no category
        value = _text(record["plover"])
        if record["plover"] is None or value.lower() in ("null", "none"):
            event["plover"] = None
        elif value:
            event["plover"] = value.upper()
    negated = record.get("negated", False)
    if not isinstance(negated, bool):
        word = str(negated).strip().lower()
        if word not in _TRUE | _FALSE:
            raise bad("negated", f"{negated!r} is not true or false")
        negated = word in _TRUE
    event["negated"] = negated
    return parse_item({"text": _text(record.get("text")), "event": event}, i, path, line,
                      lambda f: name(f.removeprefix("event.")))


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _restored(cameo: str, bad) -> str:
    """A CAMEO code with the leading zero a spreadsheet dropped put back where unambiguous."""
    if re.fullmatch(r"\d+\.0", cameo):  # 42.0: a number written by a spreadsheet
        cameo = cameo[:-2]
    if not _NUMBER.fullmatch(cameo):
        raise bad("cameo", f"{cameo!r} is not a CAMEO code (3 or 4 digits, or 2 for a code "
                  "that lost its leading zero)")
    if len(cameo) == 2 or len(cameo) == 3 and int(cameo[:2]) > 20:
        return "0" + cameo
    return cameo


def _petrarch(text: str, path: Path) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """The records of a validation file, less those coded ``error`` and those whose event
    code is none of CAMEO's (validation files test coders with codes of their own: 174K)."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as err:
        line = err.position[0] if err.position else None
        raise AccordInputError(f"not valid XML: {err}", file=path, line=line) from None
    lines = _sentence_lines(text)
    items, skipped = [], []
    for k, sentence in enumerate(root.iter("Sentence")):
        line = lines[k] if k < len(lines) else None
        body = sentence.find("Text")
        words = " ".join((body.text or "").split()) if body is not None else ""
        codings = sentence.findall("EventCoding")
        name = f"Sentence {sentence.get('id', k + 1)}"
        if not codings:
            skipped.append(f"{path}:{line}: {name}: no <EventCoding>, so no label")
            continue
        first = codings[0].attrib
        if "error" in first:  # a record of a coder's known error, not a labelled sentence
            skipped.append(f"{path}:{line}: {name}: coded as an error record, so no label")
            continue
        code = (first.get("eventcode") or "").strip()
        if code and not _NUMBER.fullmatch(code):
            skipped.append(f"{path}:{line}: {name}: event code {code!r} is not CAMEO's")
            continue
        record = {"text": words}
        if code and not _actor(first.get("sourcecode")):
            skipped.append(f"{path}:{line}: {name}: an event with no source actor (---)")
            continue
        if first.get("noevents", "").strip().lower() != "true":
            record.update(source=_actor(first.get("sourcecode")),
                          target=_actor(first.get("targetcode")),
                          cameo=first.get("eventcode"))
            if not record["cameo"]:
                raise AccordInputError("an <EventCoding> without eventcode", file=path,
                                       line=line, field=name)
        items.append(_item(record, len(items), path, line, lambda f, n=name: f"{n}: {f}"))
    return tuple(items), tuple(skipped)


def _actor(code: str | None) -> str:
    """PETRARCH's actor code as accord's: ``---`` (no actor) is none, ``---GOV`` the agent
    alone, quotes around unknown names dropped."""
    code = (code or "").strip().strip("'\"")
    return code.lstrip("-")


def _sentence_lines(text: str) -> list[int]:
    """The line each ``<Sentence`` record starts on (ElementTree keeps no positions)."""
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<Sentence\b", text)]
