"""The reading pipeline: documents -> sentences -> coded events, streamed by paragraph.

Paragraphs of every document go through spaCy's ``nlp.pipe`` in batches (and, with ``jobs``,
in several processes); each parsed paragraph is coded and dropped, so memory does not grow
with the input. Actors named earlier in an article resolve descriptions later in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .actors import ActorDictionary
from .events import Event, Memory, Sentence, code_sentence, find_mentions
from .nlp import load_pipeline, phrase_matcher
from .text import RawDocument, document_date

__all__ = ["Reading", "read"]


@dataclass(frozen=True)
class Reading:
    """One document as read: its sentences and its events, best first per sentence."""

    name: str
    text: str
    date: str | None
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "date": self.date,
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "events": [e.to_dict() for e in self.events],
        }


def read(documents: Iterable[RawDocument], dictionary: ActorDictionary | None = None, *,
         batch_size: int = 64, jobs: int = 1, nlp=None) -> Iterator[Reading]:
    """Code every document; yields one :class:`Reading` per document, in input order."""
    nlp = nlp or load_pipeline()
    dictionary = dictionary or ActorDictionary.builtin()
    matcher = phrase_matcher(nlp, dictionary.names)
    docs = iter(documents)
    pending: dict[int, tuple[RawDocument, list, list, Memory, int]] = {}

    def stream():
        for number, document in enumerate(docs):
            pending[number] = (document, [], [], Memory(), len(document.paragraphs))
            if not document.paragraphs:
                yield "", (number, None)
            for paragraph in document.paragraphs:
                yield paragraph.text, (number, paragraph)

    next_out = 0
    for parsed, (number, paragraph) in nlp.pipe(stream(), as_tuples=True,
                                                batch_size=batch_size, n_process=jobs):
        document, sentences, events, memory, left = pending[number]
        if paragraph is not None:
            mentions = find_mentions(parsed, matcher, dictionary)
            for sent in parsed.sents:
                text = sent.text.strip()
                if not text:
                    continue
                lead = len(sent.text) - len(sent.text.lstrip())
                start = paragraph.start + sent.start_char + lead
                index = len(sentences)
                sentences.append(Sentence(text, start, start + len(text)))
                events.extend(code_sentence(
                    sent, index, mentions, dictionary, memory, offset=paragraph.start,
                    date=document_date(text) or document.date))
        pending[number] = (document, sentences, events, memory, left - 1)
        while next_out in pending and pending[next_out][4] <= 0:
            document, sentences, events, _, _ = pending.pop(next_out)
            yield Reading(document.name, document.text, document.date, tuple(sentences),
                          tuple(events))
            next_out += 1
