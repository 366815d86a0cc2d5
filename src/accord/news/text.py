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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import AccordInputError

__all__ = ["MAX_MB", "Dateline", "Paragraph", "RawDocument", "document_date", "document_title",
           "find_dateline", "read_documents", "read_stream", "strip_dateline"]

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
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june",
                                       "july", "august", "september", "october", "november",
                                       "december"), 1)}
_DATE_PATTERNS = (
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|"
               r"October|November|December),? (\d{4})\b"),
    re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
               r"November|December) (\d{1,2}),? (\d{4})\b"),
)

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


@dataclass(frozen=True)
class RawDocument:
    """A document as read: its name, full text, paragraphs and the date it gives, if any."""

    name: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    date: str | None = None

    @classmethod
    def of_text(cls, text: str, name: str = "text") -> RawDocument:
        """``text`` as a document of one paragraph, undivided and undated: how a sentence or a
        corpus item is read (``read_news([RawDocument.of_text("X shelled Y.")])``).

        >>> RawDocument.of_text("Hamas envoys abandoned negotiations.").paragraphs
        (Paragraph(text='Hamas envoys abandoned negotiations.', start=0, line=1),)
        """
        return cls(name, text, (Paragraph(text, 0, 1),))


def read_documents(path: str | Path, *, lines: bool = False, max_mb: float = MAX_MB
                   ) -> Iterator[RawDocument]:
    """The documents in a file (one, or one per line with ``lines``)."""
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
                               date_hint=_date_in(path.name))


def read_stream(stream: BinaryIO, name: str, *, lines: bool = False, max_mb: float = MAX_MB,
                date_hint: str | None = None) -> Iterator[RawDocument]:
    """Documents from a binary stream (a file, or standard input named ``name``)."""
    limit = int(max_mb * 2**20)
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise AccordInputError(f"more than {max_mb:g} MB of input (--max-mb raises the limit)",
                               file=name)
    text = _decode(data, name)
    if not text.strip():
        raise AccordInputError("no text: the input is empty", file=name)
    _check_english(text, name)
    if lines:
        for number, line in enumerate(text.splitlines(), 1):
            if len(line) > MAX_LINE:
                raise AccordInputError(f"a line of {len(line):,} characters: not running text",
                                       file=name, line=number)
            if line.strip():
                yield RawDocument(f"{name}:{number}", line,
                                  tuple(_bounded(Paragraph(line, 0, number))),
                                  document_date(line) or date_hint)
        return
    paragraphs = tuple(_paragraphs(text, name))
    date = document_date(" ".join(p.text for p in paragraphs[:2])) or date_hint
    yield RawDocument(name, text, paragraphs, date)


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:SNIFF]:
        raise AccordInputError("a binary file, not text", file=name)
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        text = decoder.decode(data, final=True)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise AccordInputError("not UTF-8 text (a binary file or another encoding)",
                               file=name, line=line) from None
    return text.removeprefix("\ufeff")


def _check_english(text: str, name: str) -> None:
    words = [w.lower() for w in _WORD.findall(text[:20_000])][:2000]
    if not words:
        raise AccordInputError("no words: the input has no running text", file=name)
    share = sum(w in _ENGLISH for w in words) / len(words)
    if share < 0.12:
        raise AccordInputError(
            f"does not look like English ({share:.0%} of its words are common English words, "
            "against about 40% in English news); accord read reads English text", file=name)


def _paragraphs(text: str, name: str) -> Iterator[Paragraph]:
    """Blank-line separated paragraphs, with their offsets; a heading line stands alone."""
    start = None
    line_of_start = 0
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        if len(line) > MAX_LINE:
            raise AccordInputError(f"a line of {len(line):,} characters: not running text "
                                   f"(at most {MAX_LINE:,} per line)", file=name, line=number)
        if line.strip():
            if start is None:
                start, line_of_start = offset, number
        elif start is not None:
            yield _paragraph(text, start, offset, line_of_start)
            start = None
        offset += len(line)
    if start is not None:
        yield from _bounded(_paragraph(text, start, offset, line_of_start))


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
    """The first full date the text gives, as ISO ``YYYY-MM-DD`` (None if none)."""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        a, b, c = match.groups()
        if pattern is _DATE_PATTERNS[0]:
            year, month, day = int(a), int(b), int(c)
        elif pattern is _DATE_PATTERNS[1]:
            year, month, day = int(c), _MONTHS[b.lower()], int(a)
        else:
            year, month, day = int(c), _MONTHS[a.lower()], int(b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


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
    """A date in a file name: 2024-05-06, 2024-05 or 2024."""
    for pattern, form in ((r"(\d{4})-(\d{2})-(\d{2})", "{}-{}-{}"), (r"(\d{4})-(\d{2})", "{}-{}"),
                          (r"(?<!\d)((?:19|20)\d{2})(?!\d)", "{}")):
        match = re.search(pattern, filename)
        if match:
            return form.format(*match.groups())
    return None
