"""What reading builds once and shares: the actor name matcher is made once per pipeline and
set of names, not on every :func:`accord.news.read_news` call; a dictionary with other names
gets a matcher of its own."""

from __future__ import annotations

from dataclasses import replace

from accord.news import ActorDictionary, Entry, read_news
from accord.news.text import Paragraph, RawDocument

TEXT = "Egyptian mediators met Hamas envoys in Cairo on Monday."


def _doc(text: str) -> list[RawDocument]:
    return [RawDocument("t", text, (Paragraph(text, 0, 1),))]


def _matchers_built(monkeypatch) -> list:
    """Every PhraseMatcher made from now on (the matcher of names is one)."""
    import spacy.matcher

    built: list = []
    real = spacy.matcher.PhraseMatcher

    def counted(*args, **kwargs):
        built.append(real(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(spacy.matcher, "PhraseMatcher", counted)
    return built


def test_the_name_matcher_is_built_once_per_pipeline_and_names(nlp, monkeypatch):
    dictionary = ActorDictionary.builtin()
    (first,) = read_news(_doc(TEXT), dictionary, nlp=nlp)
    built = _matchers_built(monkeypatch)
    (second,) = read_news(_doc(TEXT), ActorDictionary.builtin(), nlp=nlp)
    assert built == []
    assert [e.to_dict() for e in second.events] == [e.to_dict() for e in first.events]


def test_a_dictionary_with_other_names_gets_its_own_matcher(nlp, monkeypatch):
    builtin = ActorDictionary.builtin()
    text = "The Northern Alliance of Gondor met Hamas envoys in Cairo on Monday."
    read_news(_doc(text), builtin, nlp=nlp)
    widened = replace(builtin, names={**builtin.names,
                                      "northern alliance of gondor": Entry("GON", "Gondor",
                                                                           "party")})
    built = _matchers_built(monkeypatch)
    (reading,) = read_news(_doc(text), widened, nlp=nlp)
    assert len(built) == 1
    assert "GON" in {e.source.code for e in reading.events}
