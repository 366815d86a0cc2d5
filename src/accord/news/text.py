"""Reading news text safely: files, folders and streams, split into paragraphs.

The reader takes UTF-8 text. Binary files, empty files, text that is not English and files
above a size limit are refused with an :class:`~accord.errors.AccordInputError` naming the
file (and the line where it can); nothing is guessed. Paragraphs (blank-line separated; with
``lines``, every line is its own document) are what the NLP pipeline sees one at a time, so
its memory stays bounded whatever the file's size.
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date as _date
from pathlib import Path
from typing import BinaryIO, overload

from ..errors import AccordInputError

__all__ = ["DATA_SUFFIXES", "MAX_MB", "Dateline", "Paragraph", "Paragraphs", "RawDocument",
           "calendar_date", "document_date", "document_title", "find_dateline", "news_files",
           "read_documents", "read_stream", "strip_dateline"]

MAX_MB = 10.0
"""Largest input accord read takes by default, in MB (``--max-mb`` changes it)."""
MAX_LINE = 100_000
"""Characters in one line above which a file is not running text."""
MAX_PARAGRAPH = 10_000
"""Characters the parser sees at once at most: a longer paragraph is cut at a sentence end.
The parser's memory grows with what it parses at once (about 2.6 MB per 1,000 characters
with en_core_web_md: 1 GB for 400,000), and spaCy refuses more than 1,000,000."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")
SNIFF = 8192

# Common English function words: in English news they are a third or more of all words.
_ENGLISH = frozenset("""
a about after against all also an and any are as at be been before being between both but by
can could did do does during each for from had has have he her his how i if in into is it its
itself more most no not of on once only or other our out over said says she should so some such
than that the their them then there these they this those through to under until up very was we
were what when where which while who whom why will with would you
""".split())  # noqa: SIM905
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
# A month in full or abbreviated as the wires print it ("Jan.", "Sept.", "Dec"); the month
# is its first three letters.
_MONTH_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DATE = re.compile(
    r"\b(?P<iso>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))\b"
    rf"|\b(?P<d2>\d{{1,2}}) (?P<m2>{_MONTH_WORD}),? (?P<y2>\d{{4}})\b"
    rf"|\b(?P<m3>{_MONTH_WORD}) (?P<d3>\d{{1,2}}),? (?P<y3>\d{{4}})\b")

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# A wire dateline: PLACE[, date] [(Agency)] dash, as in "CAIRO, May 6 (Reuters) -",
# "GAZA CITY (AP) —", "Cairo, 9 May 2024 -". The place is up to four capitalised words
# ("JERUSALEM/GAZA", "U.N."); the date a month name and a day, with or without the year.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3})"
    rf"(?:,\s*(?P<date>(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?))?"
    r"\s*(?P<agency>\([A-Z][A-Za-z .&/-]{0,30}\))?"
    r"\s*(?:--|[-–—])(?:\s+|$)")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a document, its character offset and its first line (1-based)."""

    text: str
    start: int
    line: int


class Paragraphs(Sequence[Paragraph]):
    """A document's paragraphs kept as places in its text, each one's text cut out when it
    is used: held as texts, the paragraphs of a 50 MB file were a second copy of it (the
    document keeps its text, which the readings' offsets point into)."""

    __slots__ = ("_places", "_text")

    def __init__(self, text: str, paragraphs: Iterable[Paragraph]) -> None:
        self._text = text
        self._places = array("q")  # start, length, line of each
        for p in paragraphs:
            self._places.extend((p.start, len(p.text), p.line))

    def __len__(self) -> int:
        return len(self._places) // 3

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Paragraph, ...]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        start, length, line = self._places[3 * (index % len(self)):3 * (index % len(self)) + 3]
        return Paragraph(self._text[start:start + length], start, line)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


@dataclass(frozen=True)
class RawDocument:
    """A document as read: its name, full text, paragraphs and the date it gives, if any."""

    name: str
    text: str
    paragraphs: Sequence[Paragraph]
    date: str | None = None

    @classmethod
    def of_text(cls, text: str, name: str = "text") -> RawDocument:
        """``text`` as a document of one paragraph, undivided and undated: how a sentence or a
        corpus item is read (``read_news([RawDocument.of_text("X shelled Y.")])``).

        >>> RawDocument.of_text("Hamas envoys abandoned negotiations.").paragraphs
        (Paragraph(text='Hamas envoys abandoned negotiations.', start=0, line=1),)
        """
        return cls(name, text, (Paragraph(text, 0, 1),))


def read_documents(path: str | Path, *, lines: bool = False, max_mb: float = MAX_MB,
                   skipped: Callable[[AccordInputError], None] | None = None
                   ) -> Iterator[RawDocument]:
    """The documents in a file (one, or one per line with ``lines``; see
    :func:`read_stream` for ``skipped``)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        stream = path.open("rb")
    except OSError as err:
        raise AccordInputError(f"cannot read: {err.strerror or err}", file=path) from None
    if size > max_mb * 2**20:
        stream.close()
        raise AccordInputError(
            f"{size / 2**20:.1f} MB is more than accord read takes ({max_mb:g} MB; "
            "--max-mb raises the limit)", file=path)
    with stream:
        yield from read_stream(stream, str(path), lines=lines, max_mb=max_mb,
                               date_hint=_date_in(path.name), skipped=skipped)


def read_stream(stream: BinaryIO, name: str, *, lines: bool = False, max_mb: float = MAX_MB,
                date_hint: str | None = None,
                skipped: Callable[[AccordInputError], None] | None = None
                ) -> Iterator[RawDocument]:
    """Documents from a binary stream (a file, or standard input named ``name``).

    With ``lines``, a line that is not English is left out and ``skipped`` is called with
    why (the CLI prints it as a warning); without ``skipped`` that raises: no line is left
    out unsaid."""
    text = _decode(_read_limited(stream, name, max_mb), name)
    if not text.strip():
        raise AccordInputError("no text: the input is empty", file=name)
    if kind := _data_kind(text[:SNIFF]):
        raise AccordInputError(f"{kind}, not news text", file=name)
    _check_english(text, name)
    if lines:
        read = 0
        for number, (_, line) in enumerate(_lines(text), 1):
            line = line.rstrip(_LINE_ENDS)
            if len(line) > MAX_LINE:
                raise AccordInputError(f"a line of {len(line):,} characters: not running text",
                                       file=name, line=number)
            if not line.strip():
                continue
            if reason := _not_english(line):
                error = AccordInputError(f"left out: {reason}", file=name, line=number)
                if skipped is None:
                    raise error
                skipped(error)
                continue
            read += 1
            yield RawDocument(f"{name}:{number}", line,
                              tuple(_bounded(Paragraph(line, 0, number))),
                              document_date(line) or date_hint)
        if not read:
            raise AccordInputError("no line is English text", file=name)
        return
    paragraphs = Paragraphs(text, _paragraphs(text, name))
    date = document_date(" ".join(p.text for p in paragraphs[:2])) or date_hint
    yield RawDocument(name, text, paragraphs, date)


#: Suffixes of data, not news, which a folder's reading leaves out (and names): accord's own
#: outputs (``--out`` events, ``--update`` scenarios), scenarios and other tables and records
#: read as text gave dozens of made-up events from their column names and fields. Other
#: files are judged by their content (binary, encoding, language, :func:`_data_kind`).
DATA_SUFFIXES = (".csv", ".tsv", ".parquet", ".arrow", ".feather", ".json", ".jsonl",
                 ".ndjson", ".yaml", ".yml", ".toml", ".xml", ".xlsx", ".xls", ".ods")


def news_files(folder: str | Path) -> tuple[list[Path], str | None]:
    """The files in ``folder`` and its sub-folders to read as news, in order (hidden ones
    and those of :data:`DATA_SUFFIXES` aside), and a message naming the data files left out."""
    folder = Path(folder)
    files, data = [], []
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or \
                not path.is_file():
            continue
        (data if path.suffix.lower() in DATA_SUFFIXES else files).append(path)
    if not data:
        return files, None
    names = ", ".join(str(p.relative_to(folder)) for p in data[:5])
    more = f" and {len(data) - 5} more" if len(data) > 5 else ""
    suffixes = ", ".join(sorted({p.suffix.lower() for p in data}))
    return files, (f"{folder}: {len(data)} data file{'s' * (len(data) > 1)} ({suffixes}), "
                   f"not news: {names}{more}")


_EVENT_HEADER = re.compile(r"document,date,sentence,")
_YAML_KEY = re.compile(r"^(parties|issues)\s*:", re.M)
_JSON_OBJECT = re.compile(r"\s*\{\s*\"[^\"\n]*\"\s*:")
_JSON_KEY = re.compile(r"\"(parties|issues)\"\s*:")


def _data_kind(head: str) -> str | None:
    """What a text's beginning shows it to be when it is data, not news: the events table
    ``--out`` writes, a scenario (YAML or JSON), a JSON object."""
    if _EVENT_HEADER.match(head):
        return "accord's events table (accord read --out)"
    json = _JSON_OBJECT.match(head)
    if {m[1] for m in (_JSON_KEY if json else _YAML_KEY).finditer(head)} == {"parties",
                                                                                "issues"}:
        return "a scenario (its parties and issues)"
    return "JSON data" if json else None


def _read_limited(stream: BinaryIO, name: str, max_mb: float) -> bytes:
    limit = int(max_mb * 2**20)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise AccordInputError(f"more than {max_mb:g} MB of input (--max-mb raises the limit)",
                               file=name)
    return data


# Byte-order marks, longest first (UTF-32's starts as UTF-16's does): a text with one is in
# that encoding (Windows editors save "Unicode" text as UTF-16 with its mark).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text, or UTF-16/32 with a byte-order mark; anything else is refused."""
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in data[:SNIFF]:
        raise AccordInputError("a binary file, not text", file=name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        line = data[: err.start].decode(encoding, "replace").count("\n") + 1
        raise AccordInputError(f"not {encoding.upper().removesuffix('-SIG')} text (a binary "
                               "file or another encoding)", file=name, line=line) from None
    if encoding != "utf-8" and "\x00" in text[:SNIFF]:
        raise AccordInputError("a binary file, not text", file=name)
    return text.removeprefix("\ufeff")


def _check_english(text: str, name: str) -> None:
    if reason := _not_english(strip_dateline(text[:20_000])):
        tail = "" if reason.startswith("no words") else "; accord read reads English text"
        raise AccordInputError(reason + tail, file=name)


#: Words below which the share of English function words says little ("BEIJING, Jan. 10,
#: 2024 (Xinhua) - China criticised Japan." has none): a text this short is refused only
#: when its words are another language's function words or another script.
SHORT_TEXT = 30
# Function words of the other languages of European wires that English does not use.
_OTHER = frozenset("""
de le la les un une des du et est sont dans pour par avec sur qui que pas au aux ce cette il
elle ont été selon mais ou
der die das und ist sind nicht mit von zu den dem ein eine auf sich für wurde hat
el los las y es en con por para del una al se lo su sus como pero más fue ha
il della che di non sono gli per nel alla
o os da do em não uma ao dos das pelo pela
het een van niet zijn voor met op
""".split())  # noqa: SIM905


def _not_english(text: str) -> str | None:
    """Why ``text`` is not English, or None: fewer than 12% common English function words
    (about 40% in English news) over enough words; in a short text, another script or more
    of another language's function words than of English ones."""
    words = [w.lower() for w in _WORD.findall(text)][:2000]
    if not words:
        return "no words: the input has no running text"
    latin = sum(w.isascii() or w.isalpha() and ord(max(w)) < 0x250 for w in words)
    if latin < len(words) / 2:
        return "does not look like English (most of its words are in another script)"
    english = sum(w in _ENGLISH for w in words)
    share = english / len(words)
    if len(words) >= SHORT_TEXT and share < 0.12:
        return (f"does not look like English ({share:.0%} of its words are common English "
                "words, against about 40% in English news)")
    if len(words) < SHORT_TEXT and sum(w in _OTHER for w in words) > english:
        return "does not look like English (more of its words are another language's)"
    return None


def _paragraphs(text: str, name: str) -> Iterator[Paragraph]:
    """Blank-line separated paragraphs, with their offsets; a heading line stands alone."""
    start = None
    line_of_start = 0
    offset = 0
    for number, (offset, line) in enumerate(_lines(text), 1):
        if len(line) > MAX_LINE:
            raise AccordInputError(f"a line of {len(line):,} characters: not running text "
                                   f"(at most {MAX_LINE:,} per line)", file=name, line=number)
        if line.strip():
            if start is None:
                start, line_of_start = offset, number
        elif start is not None:
            yield from _bounded(_paragraph(text, start, offset, line_of_start))
            start = None
    offset = len(text)
    if start is not None:
        yield from _bounded(_paragraph(text, start, offset, line_of_start))


# What str.splitlines ends a line at.
_LINE_ENDS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LINE_ENDS}]*(?:\r\n|[{_LINE_ENDS}])?")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` with its end and its offset, as ``str.splitlines(keepends=True)``
    cuts them, one at a time: a list of a large file's lines was another copy of it."""
    at = 0
    while at < len(text):
        line = _LINE.match(text, at).group()
        yield at, line
        at += len(line)


def _bounded(paragraph: Paragraph) -> Iterator[Paragraph]:
    """``paragraph`` in pieces of at most :data:`MAX_PARAGRAPH` characters, each cut after
    the last sentence end in its second half (a line end after one first), else at a space;
    offsets and line numbers stay those of the text."""
    text, at, line = paragraph.text, 0, paragraph.line
    while len(text) - at > MAX_PARAGRAPH:
        window = text[at:at + MAX_PARAGRAPH]
        cut = _cut(window)
        yield Paragraph(window[:cut].rstrip(), paragraph.start + at, line)
        line += window.count("\n", 0, cut)
        at += cut
        while at < len(text) and text[at].isspace():
            line += text[at] == "\n"
            at += 1
    yield Paragraph(text[at:], paragraph.start + at, line)


def _cut(window: str) -> int:
    """Where to cut ``window``: after a sentence end that a line end follows, else after any
    sentence end, else after the last space (each in the window's second half), else at its
    end."""
    half = len(window) // 2
    ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
    for found in ([k for k in ends if window[k - 1] == "\n"], ends):
        if found:
            return found[-1]
    space = max(window.rfind(c) for c in " \n\t")
    return space + 1 if space > half else len(window)


def _paragraph(text: str, start: int, end: int, line: int) -> Paragraph:
    chunk = text[start:end]
    stripped = chunk.rstrip()
    lead = len(chunk) - len(chunk.lstrip())
    return Paragraph(stripped[lead:], start + lead, line)


def document_date(text: str) -> str | None:
    """The first full date the text gives, by position, as ISO ``YYYY-MM-DD`` (None if none):
    "CAIRO, May 8, 2024 - ... will resume on 20 May 2024" is dated May 8, the dateline's day,
    whatever form the later date takes. Abbreviated months count ("Jan. 10, 2024", "Sept 5,
    2023"); an impossible date ("February 30, 2024", "2024-13-01") is no date.

    >>> document_date("BEIJING, Jan. 10, 2024 (Xinhua) - talks resume on 2024-01-20.")
    '2024-01-10'
    """
    for match in _DATE.finditer(text):
        if match["iso"]:
            year, month, day = match["y"], match["m"], match["d"]
        else:
            year, month, day = match["y2"] or match["y3"], match["m2"] or match["m3"], \
                match["d2"] or match["d3"]
            month = str(_MONTH_NAMES.index(next(
                m for m in _MONTH_NAMES if m.startswith(month[:3].lower()))) + 1)
        if found := calendar_date(year, month, day):
            return found
    return None


def calendar_date(year: str, month: str, day: str | None = None) -> str | None:
    """``year-month[-day]`` in ISO form if that day (or month) exists, else None: news and
    file names do hold impossible dates ("2024-13-01", "February 30"), which must not become
    a document's date."""
    try:
        when = _date(int(year), int(month), int(day or 1))
    except ValueError:
        return None
    return when.isoformat() if day is not None else when.isoformat()[:7]


@dataclass(frozen=True)
class Dateline:
    """A wire dateline at the start of a text: the place it names and where the story
    begins after it (a character offset)."""

    place: str
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline ``text`` starts with, if any ("CAIRO, May 6 (Reuters) -", "GAZA CITY
    (AP) —"). A capitalised name and a dash alone are a dateline only when the name is in
    capitals, as datelines print it ("Hamas - the group ..." is not), and the story starts
    after the dash as a sentence does: "NATO — the alliance of 32 nations — said" is a name
    and its apposition."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    rest = text[match.end():]
    if not (match["date"] or match["agency"]) and not (
            match["place"].isupper() and not rest[:1].islower()):
        return None
    return Dateline(match["place"], match.end())


def strip_dateline(text: str) -> str:
    """``text`` without the wire dateline it starts with, if any (see :func:`find_dateline`)."""
    found = find_dateline(text)
    return text if found is None else text[found.end:]


def document_title(texts: Iterable[str]) -> str:
    """A document's title: the first of ``texts`` (its sentences, in order) that says
    something once a dateline is taken off ("" when none does). A dateline standing alone
    at the top of an article is not its title."""
    for text in texts:
        if rest := strip_dateline(text).strip():
            return rest
    return ""


def _date_in(filename: str) -> str | None:
    """A date in a file name: 2024-05-06, 2024-05 or 2024. The first that matches decides:
    an impossible one ("report-2024-13-01") dates nothing, rather than a part of it."""
    match = re.search(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)", filename)
    if match:
        return calendar_date(*match.groups())
    match = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", filename)
    return match[1] if match else None
