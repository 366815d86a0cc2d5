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
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date as _date
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, overload

from ..errors import AccordInputError

__all__ = ["DATA_SUFFIXES", "MAX_MB", "Dateline", "Legible", "Paragraph", "Paragraphs",
           "RawDocument", "calendar_date", "dateline_date", "document_date", "document_title",
           "find_dateline", "html_text", "legible", "news_files", "read_documents",
           "read_stream", "redated", "strip_dateline"]

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
_ORDINAL = r"(?:st|nd|rd|th)?"
# ISO (with a time after it or not: "2025-03-06T14:30:00Z"), "4 March 2025", "4th of March
# 2025", "March 4, 2025", "March 4th 2025", and day, month and year in figures ("13/3/2025",
# "2025/03/13"), taken only when unambiguous (see document_date).
_DATE = re.compile(
    r"\b(?P<iso>(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2}))(?:\b|(?=T\d))"
    rf"|\b(?P<d2>\d{{1,2}}){_ORDINAL} (?:of )?(?P<m2>{_MONTH_WORD}),? (?P<y2>\d{{4}})\b"
    rf"|\b(?P<m3>{_MONTH_WORD}) (?P<d3>\d{{1,2}}){_ORDINAL},? (?P<y3>\d{{4}})\b"
    r"|(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y4>\d{4})(?![\d/])"
    r"|(?<![\d/.])(?P<y5>\d{4})/(?P<m5>\d{1,2})/(?P<d5>\d{1,2})(?![\d/])")

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+"
# A wire dateline: PLACE[, date] [(Agency)] dash, as in "CAIRO, May 6 (Reuters) -",
# "GAZA CITY (AP) —", "Cairo, 9 May 2024 -". The place is up to four capitalised words
# ("JERUSALEM/GAZA", "U.N."); the date a month name and a day (an ordinal or not, a weekday
# before it or not), with or without the year, or a date in figures.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3})"
    rf"(?:,\s*(?:{_WEEKDAY})?(?P<date>(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}){_ORDINAL}"
    rf"|(?P<day2>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?(?P<month2>{_MONTH}))"
    r"(?P<year>,?\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}(?P<sep>[/.])\d{1,2}(?P=sep)\d{4}|\d{4}/\d{1,2}/\d{1,2}))?"
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
    if _is_html(name, text[:SNIFF]):
        text = html_text(text)
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
            bullet = _list_item(line, "", False)
            yield RawDocument(f"{name}:{number}", line,
                              tuple(_bounded(Paragraph(line[bullet:], bullet, number))),
                              dateline_date(line, date_hint) or document_date(line)
                              or date_hint)
        if not read:
            raise AccordInputError("no line is English text", file=name)
        return
    paragraphs = Paragraphs(text, _paragraphs(text, name))
    head = " ".join(p.text for p in paragraphs[:2])
    yield RawDocument(name, text, paragraphs, dateline_date(head, date_hint)
                      or document_date(head) or date_hint)


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


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                         re.I | re.S)


def _is_html(name: str, head: str) -> bool:
    """Whether a text is a web page: its name ends in .html, .htm or .xhtml, or it starts
    as one does (``<!DOCTYPE html>``, ``<html>``, ``<head>``, ``<body>``)."""
    return name.lower().endswith((".html", ".htm", ".xhtml")) or bool(_HTML_START.match(head))


# Elements that end a paragraph, and those whose content is no text the page shows (the
# head's title is the browser's tab, not the page: a story starts with its headline).
_BLOCKS = frozenset("""address article aside blockquote caption dd div dl dt figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr
ul""".split())  # noqa: SIM905
_HIDDEN = frozenset({"head", "title", "script", "style", "noscript", "template", "svg"})


class _PageText(HTMLParser):
    """The text of a web page: markup off, entities read, the head, script and style left
    out (``<body>`` ends a head left open), each block (paragraph, heading, list item, table
    cell) a paragraph of its own, ``<br>`` a line end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body":
            self.hidden = 0
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS or tag == "br":  # (a line break: two make a paragraph's end)
            self.pieces.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.pieces.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:  # white space runs are one space, as a browser shows them
            words = " ".join(data.split())
            self.pieces.append(" " * data[:1].isspace() + words
                               + " " * (bool(words) and data[-1:].isspace()))


def html_text(page: str) -> str:
    """The text of a web page (see :class:`_PageText`), paragraphs blank-line separated.

    >>> html_text("<title>Port</title><h1>Talks</h1><p>The union <b>rejected</b> it.</p>")
    'Talks\\n\\nThe union rejected it.'
    """
    parser = _PageText()
    parser.feed(page)
    parser.close()
    paragraphs = re.split(r"\n[ \t]*\n", "".join(parser.pieces))
    return "\n\n".join(re.sub(r"[ \t]*\n[ \t]*", "\n", p.strip())
                         for p in paragraphs if p.strip())


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
    """Blank-line separated paragraphs, with their offsets; an item of a list (see
    :func:`_list_item`) is a paragraph of its own, without its bullet."""
    start = None
    line_of_start = 0
    offset = 0
    item = False  # whether the paragraph being read is an item of a list
    before = ""  # the line before
    for number, (offset, line) in enumerate(_lines(text), 1):
        if len(line) > MAX_LINE:
            raise AccordInputError(f"a line of {len(line):,} characters: not running text "
                                   f"(at most {MAX_LINE:,} per line)", file=name, line=number)
        if line.strip():
            bullet = _list_item(line, before if start is not None else "", item)
            if bullet and start is not None:
                yield from _bounded(_paragraph(text, start, offset, line_of_start))
                start = None
            if start is None:
                start, line_of_start, item = offset + bullet, number, bool(bullet)
        elif start is not None:
            yield from _bounded(_paragraph(text, start, offset, line_of_start))
            start = None
        before = line
    offset = len(text)
    if start is not None:
        yield from _bounded(_paragraph(text, start, offset, line_of_start))


# A bullet that opens a line of a list: one no prose line starts with ("•", "*", "▪"), or
# a dash or a number ("- ", "– ", "1. ", "2) ") that a wrapped line of prose may start with.
_BULLET = re.compile(r"[ \t]*(?:(?P<sure>[*•·◦▪‣●○■□➢►])|[-–—]|\d{1,2}[.)])[ \t]+(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")


def _list_item(line: str, before: str, in_list: bool) -> int:
    """How many characters of ``line`` its bullet takes when the line opens an item of a
    list (0 when it does not): always for a bullet no prose uses; for a dash or a number,
    when the line before ends a sentence (or a colon), is an item or continues one, or when
    there is none: "leader\\n- a veteran negotiator - said" is one sentence wrapped."""
    match = _BULLET.match(line)
    if match is None:
        return 0
    if match["sure"] or in_list or not before.strip() or _ENDS_SENTENCE.search(before):
        return match.end()
    return 0


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


# Characters that print nothing: zero-width spaces and joiners, the soft hyphen, direction
# marks and a byte-order mark inside the text. Pasted from web pages and PDFs, they glued
# themselves to words ("The\u200b union" was no "union").
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# A word broken at a line end by a hyphen (or a soft hyphen), as PDFs and typeset text
# print it: "re-\njected".
_BROKEN = re.compile(
    rf"(?<=[^\W\d_])[{_INVISIBLE}]*(?P<hyphen>[-\u2010\u00ad])[{_INVISIBLE}]*[ \t]*"
    rf"(?:\r\n|[\n\r])[ \t]*(?=[^\W\d_])|[{_INVISIBLE}]+")
_LAST_WORD = re.compile(r"[^\W\d_]+$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Legible:
    """A text as the parser is to read it (see :func:`legible`) and the way back from its
    offsets to the original's, which every offset accord gives points into."""

    text: str
    cuts: tuple[int, ...] = ()  # offsets in ``text`` where characters were left out ...
    shifts: tuple[int, ...] = ()  # ... and how many were, in all, before each

    def origin(self, index: int) -> int:
        """The original's offset of the character at ``index``."""
        k = bisect_right(self.cuts, index)
        return index + (self.shifts[k - 1] if k else 0)

    def origin_end(self, end: int) -> int:
        """The original's offset just after the character before ``end``."""
        return self.origin(end - 1) + 1 if end > 0 else 0


def legible(text: str, compound: Callable[[str], bool] | None = None) -> Legible:
    """``text`` without the characters that print nothing (zero-width spaces and joiners,
    soft hyphens, direction marks) and with the words a line end breaks by a hyphen made
    whole ("re-\\njected": "rejected"). A hyphen stays, the line end alone going, when the
    word after it is capitalised ("pro-\\nGovernment") or ``compound`` says the hyphenated
    word is one ("long-\\nterm": "long-term"; the reader asks the vocabulary and the actor
    dictionary). What a line end breaks without a hyphen stays as it is: the parser reads
    a line end as a space."""
    if not _BROKEN.search(text):
        return Legible(text)
    pieces, cuts, shifts = [], [], []
    at = kept = removed = 0
    for match in _BROKEN.finditer(text):
        pieces.append(text[at:match.start()])
        kept += match.start() - at
        keep = ""
        if match["hyphen"] == "-" or match["hyphen"] == "\u2010":
            left = _LAST_WORD.search(text, max(0, match.start() - 60), match.start())
            right = _FIRST_WORD.match(text, match.end())
            word = f"{left[0] if left else ''}-{right[0]}"
            if right[0][:1].isupper() or compound is not None and compound(word):
                keep = match["hyphen"]
        pieces.append(keep)
        kept += len(keep)
        removed += len(match[0]) - len(keep)
        cuts.append(kept)
        shifts.append(removed)
        at = match.end()
    pieces.append(text[at:])
    return Legible("".join(pieces), tuple(cuts), tuple(shifts))


def document_date(text: str) -> str | None:
    """The first full date the text gives, by position, as ISO ``YYYY-MM-DD`` (None if none):
    "CAIRO, May 8, 2024 - ... will resume on 20 May 2024" is dated May 8, the dateline's day,
    whatever form the later date takes. Abbreviated months count ("Jan. 10, 2024", "Sept 5,
    2023"); an impossible date ("February 30, 2024", "2024-13-01") is no date.

    >>> document_date("BEIJING, Jan. 10, 2024 (Xinhua) - talks resume on 2024-01-20.")
    '2024-01-10'

    A date told of another time is not the document's, nor its sentence's: one in a clause of
    a past event or another time ("The union, which struck on January 5, 2024, rejected ...",
    "since March 3, 2024") or a deadline ("threatened to walk out by March 20, 2025").

    >>> document_date("VALMORA - The union, which struck on January 5, 2024, said no.")
    """
    for match in _DATE.finditer(text):
        if _another_time(text[:match.start()]):
            continue
        if match["iso"]:
            year, month, day = match["y"], match["m"], match["d"]
        elif match["y5"]:
            year, month, day = match["y5"], match["m5"], match["d5"]
        elif match["y4"]:
            (month, day), year = _day_and_month(match["a"], match["b"]), match["y4"]
        else:
            year, month, day = match["y2"] or match["y3"], match["m2"] or match["m3"], \
                match["d2"] or match["d3"]
            month = _month_number(month)
        if found := calendar_date(year, month, day):
            return found
    return None


#: The words of a clause, told up to a date, that make the date another time's than the
#: report's: a relative or time clause ("which struck on", "since", "after"), or a deadline
#: ("by", "until", "ahead of", "no later than").
_CLAUSE_OF_ANOTHER_TIME = re.compile(
    r"\b(?:which|who|whom|whose|when|where|since|after|before|until|till|following)\b",
    re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:by|until|till|before|ahead\s+of|no\s+later\s+than)\s+"
                       rf"(?:{_WEEKDAY})?$", re.IGNORECASE)


def _another_time(before: str) -> bool:
    """Whether a date told after ``before`` (the text up to it) is another time's than the
    report's (see :func:`document_date`): the clause it is in, from the last comma,
    semicolon, bracket or sentence end, opens as one of a past event or another time, or it
    is a deadline."""
    clause = re.split(r"[,;(\[]|[.!?]\s", before)[-1]
    return bool(_CLAUSE_OF_ANOTHER_TIME.search(clause) or _DEADLINE.search(before))


def _month_number(name: str) -> str:
    """The number of a month named in full or abbreviated ("Sept." is "9")."""
    return str(_MONTH_NAMES.index(next(
        m for m in _MONTH_NAMES if m.startswith(name[:3].lower()))) + 1)


def _day_and_month(first: str, second: str) -> tuple[str, str]:
    """The month and the day of a date in figures, when its two orders agree: "13/3" and
    "3/13" are March 13, "3/3" is March 3; "3/5" is March 5 in America and 3 May elsewhere,
    so ("0", "0"): no date."""
    a, b = int(first), int(second)
    if a == b or b > 12 >= a:
        return first, second
    if a > 12 >= b:
        return second, first
    return "0", "0"


def dateline_date(text: str, hint: str | None) -> str | None:
    """The day of a wire dateline that gives no year ("VALMORA, March 3 (Reuters) -"), in
    the year of ``hint`` (a date a file name or ``--date`` gives: 2025-03-04, 2025-03 or
    2025), the year before or after it when that is nearer ("Dec. 31" in a file of
    2025-01-02 is 2024-12-31); None when the dateline gives a year (:func:`document_date`
    reads it), gives no date, or there is no hint.

    >>> dateline_date("VALMORA, March 3 (Reuters) - The union walked out.", "2025-03-04")
    '2025-03-03'
    """
    match = _DATELINE.match(text)
    if hint is None or match is None or not (match["day"] or match["day2"]) or match["year"]:
        return None
    month, day = _month_number(match["month"] or match["month2"]), match["day"] or match["day2"]
    if len(hint) == 4:
        return calendar_date(hint, month, day)
    near = _date.fromisoformat(f"{hint}-01"[:10])
    days = [found for year in (near.year - 1, near.year, near.year + 1)
            if (found := calendar_date(str(year), month, day)) is not None]
    return min(days, key=lambda d: abs(_date.fromisoformat(d) - near), default=None)


def redated(document: RawDocument, date: str) -> RawDocument:
    """``document`` dated ``date`` (``accord read --date``: YYYY-MM-DD, YYYY-MM or YYYY) in
    place of the date its text or file name gives; a dateline's month and day within it
    make it whole ("VALMORA, March 3 (Reuters) -" with 2025 is 2025-03-03)."""
    day = dateline_date(document.text, date)
    return replace(document, date=day if day and day.startswith(date) else date)


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


def document_title(texts: Iterable[str], longest: int | None = None) -> str:
    """A document's title: the first of ``texts`` (its sentences, in order) that says
    something once a dateline is taken off ("" when none does), on one line; a dateline
    standing alone at the top of an article is not its title. Above ``longest`` characters
    it is cut after its last whole word that fits, and "…" marks the cut: "of the Labour
    Minist" was a word cut in two."""
    for text in texts:
        if rest := " ".join(strip_dateline(text).split()):
            if longest is None or len(rest) <= longest:
                return rest
            cut = rest[:longest - 1]  # and "…"
            words = cut.rsplit(" ", 1)[0] if rest[longest - 1] != " " and " " in cut else cut
            return words.rstrip(" ,;:-–—") + "…"
    return ""


def _date_in(filename: str) -> str | None:
    """A date in a file name: 2024-05-06, 2024-05 or 2024. The first that matches decides:
    an impossible one ("report-2024-13-01") dates nothing, rather than a part of it."""
    match = re.search(r"(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)", filename)
    if match:
        return calendar_date(*match.groups())
    match = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", filename)
    return match[1] if match else None
