"""The reading pipeline: documents -> sentences -> coded events, streamed by paragraph.

Paragraphs of every document go through spaCy's ``nlp.pipe`` in batches; each parsed paragraph
is coded and dropped, so memory does not grow with the input. With ``jobs``, several processes
share the work (whole documents per process when there are several). Actors named earlier in
an article resolve descriptions later in it.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..workers import WorkerPool
from .actors import Actor, ActorDictionary
from .arguments import Chooser
from .claims import Claim, find_claims
from .events import Event, Memory, Sentence, code_sentence, find_mentions
from .headlines import sentence_cased
from .nlp import known_word, load_pipeline, name_matcher
from .places import gazetteer
from .text import Legible, Paragraph, RawDocument, document_date, find_dateline, legible

__all__ = ["Reading", "read"]


@dataclass(frozen=True)
class Reading:
    """One document as read: its sentences and its events, best first per sentence; a
    sentence the coder failed on (a bug, not the text's fault) gives no events and a line in
    ``problems``, and the rest of the document is still read."""

    name: str
    text: str
    date: str | None
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    problems: tuple[str, ...] = ()  # sentences the coder failed on, each with why
    claims: tuple[Claim, ...] = ()  # stances stated in any words (for stances; not in to_dict)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "date": self.date,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "events": [e.to_dict() for e in self.events],
            "problems": list(self.problems),
        }


def read(documents: Iterable[RawDocument], dictionary: ActorDictionary | None = None, *,
         batch_size: int = 64, jobs: int = 1, nlp=None,
         targets: Chooser | None = None) -> Iterator[Reading]:
    """Code every document; yields one :class:`Reading` per document, in input order.

    With ``jobs`` > 1 and several documents, ``jobs`` forked processes each read whole
    documents (parse and code: only the small readings come back); a single document is
    parsed by ``jobs`` forked processes and coded here, since co-reference runs through it.
    The processes are :class:`accord.workers.WorkerPool`'s: Ctrl-C stops them at once.
    ``targets`` picks acts' targets (see :func:`accord.news.events.code_sentence`).
    """
    nlp = nlp or load_pipeline()
    dictionary = dictionary or ActorDictionary.builtin()
    matcher = name_matcher(nlp, frozenset(dictionary.names))
    if dictionary.gazetteer:
        gazetteer()  # loaded here, before any worker is forked, so that they share it
    documents = iter(documents)
    if jobs > 1:
        head = list(itertools.islice(documents, 2))
        documents = itertools.chain(head, documents)
        if len(head) > 1:
            yield from _read_forked(documents, nlp, dictionary, matcher, batch_size, jobs,
                                    targets)
            return
    yield from _read(documents, nlp, dictionary, matcher, batch_size, jobs, targets)


# The reader a forked worker inherits from its parent (set just before the fork).
_WORKER: tuple = ()


def _read_chunk(documents: list[RawDocument]) -> list[Reading]:
    nlp, dictionary, matcher, batch_size, targets = _WORKER
    return list(_read(documents, nlp, dictionary, matcher, batch_size, 1, targets))


def _chunks(documents: Iterable[RawDocument], paragraphs: int) -> Iterator[list[RawDocument]]:
    """Documents in groups of about ``paragraphs`` paragraphs (a parser batch)."""
    chunk: list[RawDocument] = []
    size = 0
    for document in documents:
        chunk.append(document)
        size += len(document.paragraphs)
        if size >= paragraphs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _read_forked(documents, nlp, dictionary, matcher, batch_size, jobs,
                 targets) -> Iterator[Reading]:
    """Whole documents read in ``jobs`` forked processes, which inherit the loaded pipeline
    (spawned ones would load it again: about 4 s of CPU each)."""
    global _WORKER
    _WORKER = (nlp, dictionary, matcher, batch_size, targets)
    try:
        with WorkerPool(jobs, start="fork") as pool:
            for readings in pool.imap(_read_chunk, _chunks(documents, batch_size)):
                yield from readings
    finally:
        _WORKER = ()


def _parse_texts(texts: list[str]) -> list[bytes]:
    """In a forked worker: each text parsed, as spaCy's serialised Doc."""
    return [doc.to_bytes() for doc in _WORKER[0].pipe(texts, batch_size=len(texts))]


#: Characters the parser takes in one batch at most: its memory grows with them (about
#: 2.6 MB per 1,000), so 64 paragraphs of 10,000 characters took 2.1 GB.
BATCH_CHARACTERS = 40_000


def _batches(items: Iterator[tuple[str, object]], size: int) -> Iterator[list]:
    """``items`` in batches of at most ``size`` and :data:`BATCH_CHARACTERS` (at least one
    item each; a paragraph is at most ``text.MAX_PARAGRAPH`` long)."""
    batch: list = []
    chars = 0
    for item in items:
        if batch and (len(batch) == size or chars + len(item[0]) > BATCH_CHARACTERS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def _parsed(nlp, items: Iterator[tuple[str, object]], batch_size: int, jobs: int):
    """``(Doc, context)`` for each ``(text, context)``, in order, in batches (see
    :func:`_batches`): parsed here, or by ``jobs`` forked processes that inherit the loaded
    pipeline.

    Not spaCy's own ``n_process``: on Ctrl-C it joins its workers while they are blocked
    writing to a pipe no one reads (forked, each holds the pipe's read end too), so a
    ``kill -INT`` of the parent hung for good, and a Ctrl-C of the process group printed
    each worker's traceback.
    """
    if jobs <= 1:
        for batch in _batches(items, batch_size):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
        return
    from spacy.tokens import Doc

    contexts: deque = deque()

    def batches() -> Iterator[list[str]]:
        for batch in _batches(items, batch_size):
            contexts.append([context for _, context in batch])
            yield [text for text, _ in batch]

    global _WORKER
    _WORKER = (nlp,)
    try:
        with WorkerPool(jobs, start="fork") as pool:
            for parsed in pool.imap(_parse_texts, batches()):
                for data, context in zip(parsed, contexts.popleft(), strict=True):
                    yield Doc(nlp.vocab).from_bytes(data), context
    finally:
        _WORKER = ()


def _read(documents, nlp, dictionary, matcher, batch_size, jobs,
          targets) -> Iterator[Reading]:
    """Paragraphs parsed in batches (by ``jobs`` processes) and coded here."""
    docs = iter(documents)
    pending: dict[int, tuple[RawDocument, list, list, Memory, int, list, list]] = {}
    known = known_word(nlp)

    def compound(word: str) -> bool:
        return word.lower() in dictionary.names or known(word)

    def stream():
        for number, document in enumerate(docs):
            memory = Memory()
            pending[number] = (document, [], [], memory, len(document.paragraphs), [], [])
            if not document.paragraphs:
                yield "", (number, None, None)
            for paragraph in document.paragraphs:
                paragraph = _story(paragraph, memory, dictionary)
                clean = legible(paragraph.text, compound)
                yield sentence_cased(nlp, matcher, clean.text), (number, paragraph, clean)

    next_out = 0
    for parsed, (number, paragraph, clean) in _parsed(nlp, stream(), batch_size, jobs):
        document, sentences, events, memory, left, problems, claims = pending[number]
        if paragraph is not None:
            mentions = find_mentions(parsed, matcher, dictionary)
            for sent in parsed.sents:
                said = clean.text[sent.start_char:sent.end_char]  # (as written: its case)
                text = said.strip()
                if not text:
                    continue
                lead = len(said) - len(said.lstrip())
                at = sent.start_char + lead
                start = paragraph.start + clean.origin(at)
                index = len(sentences)
                sentences.append(Sentence(text, start,
                                          paragraph.start + clean.origin_end(at + len(text))))
                date = document_date(text) or document.date
                try:
                    events.extend(_placed(code_sentence(
                        sent, index, mentions, dictionary, memory, offset=paragraph.start,
                        date=date, targets=targets), paragraph.start, clean))
                    claims.extend(find_claims(sent, index, mentions, dictionary, memory, date))
                except Exception as err:  # noqa: BLE001 (a coder bug loses one sentence)
                    problems.append(f"sentence {index}: not coded ({type(err).__name__}: "
                                    f"{err}); please report it")
        pending[number] = (document, sentences, events, memory, left - 1, problems, claims)
        while next_out in pending and pending[next_out][4] <= 0:
            document, sentences, events, _, _, problems, claims = pending.pop(next_out)
            yield Reading(document.name, document.text, document.date, tuple(sentences),
                          tuple(events), tuple(problems), tuple(claims))
            next_out += 1


def _placed(events: list[Event], offset: int, clean: Legible) -> list[Event]:
    """``events`` with their spans in the original text, not in the legible one the parser
    read (see :func:`accord.news.text.legible`)."""
    if not clean.cuts:
        return events
    return [replace(e, span=(offset + clean.origin(e.span[0] - offset),
                             offset + clean.origin_end(e.span[1] - offset))) for e in events]


def _story(paragraph: Paragraph, memory: Memory, dictionary: ActorDictionary) -> Paragraph:
    """The paragraph without the wire dateline it starts with ("COLOMBO, May 3 (Reuters) -"
    is no sentence, and its place no actor), offsets kept; the first dateline's country is
    where the article's unnamed officials speak from (:attr:`Memory.home`)."""
    found = find_dateline(paragraph.text)
    if found is None:
        return paragraph
    if memory.home is None:
        place = found.place.split("/")[0]
        country = _country_of(place, dictionary)
        memory.home = Actor(place, country, place) if country else None
    text = paragraph.text[found.end:]
    lead = len(text) - len(text.lstrip())
    return Paragraph(text[lead:], paragraph.start + found.end + lead, paragraph.line)


def _country_of(place: str, dictionary: ActorDictionary) -> str | None:
    """The country a dateline's place is in ("COLOMBO": LKA; "UNITED NATIONS": none)."""
    entry = dictionary.names.get(place.lower())
    code = entry.code[:3] if entry is not None and entry.kind in ("country", "place") else (
        gazetteer().get(place.lower()) if dictionary.gazetteer else None)
    return code if code in dictionary.countries else None
