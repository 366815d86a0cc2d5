"""A learned fallback for verbs the lexicon lacks: the act of the nearest lexicon verbs.

A verb the event lexicon does not list ("pummeled", "excoriated") reports no event by the
dictionary. Here it takes the act of its nearest lexicon verbs by the pipeline's word vectors
(word-embedding nearest neighbours, Mikolov et al. 2013; the vectors are those of
``en_core_web_md``, GloVe Common Crawl vectors, Pennington et al. 2014, pruned to 20,000
rows): the ``K`` lexicon verbs most similar by cosine (and those as similar as the K-th:
the pruned table maps many words to one row) vote for their act's CAMEO root, each
with its similarity as weight. The act is taken only when the nearest verb is at least
``THRESHOLD`` similar and the winning root holds at least ``AGREEMENT`` of the vote; verbs the
lexicon knows only in context (verbs of saying, stance verbs, light verbs, verbs whose act is
their object's) vote for "no act by itself", so a verb nearest to "say" or "take" stays
quiet, and so do the ordinary verbs of ``data/neutral_verbs.yaml`` (states, changes of
quantity, contests, perception: "died", "won", "rose"). The act is the one of the winning
root with the most vote.

The index is built at first use from the installed pipeline's vectors and the lexicon's own
words (no vector file, no download): one unit-vector matrix, and one matrix-vector product per
unknown lemma, cached by lemma. ``benchmarks/bench_similar.py`` chose the constants by leaving
each lexicon verb out, and reports precision and recall along the threshold.

References
----------
Mikolov, T., Chen, K., Corrado, G., Dean, J. (2013). Efficient estimation of word
representations in vector space. arXiv:1301.3781.
Pennington, J., Socher, R., Manning, C. D. (2014). GloVe: global vectors for word
representation. EMNLP 2014, 1532-1543.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np
import yaml

from . import lexicon as lx

__all__ = ["AGREEMENT", "CONFIDENCE", "K", "THRESHOLD", "Guess", "Neighbours", "known_verbs",
           "neutral_verbs", "verb_act", "verb_index"]

K = 10  # neighbours that vote
THRESHOLD = 0.6  # cosine similarity of the nearest lexicon verb, at least
AGREEMENT = 0.67  # share of the neighbours' vote (similarity-weighted) the root must hold
CONFIDENCE = 0.6  # an event found this way, at most (a dictionary verb's is 0.9)
NO_ACT = "--"  # the vote of a verb known only in context
TIE = 1e-4  # similarities this close are the same


@dataclass(frozen=True)
class Guess:
    """The act of an unknown word, and the lexicon words it was taken from."""

    kind: str
    similarity: float  # of the nearest lexicon word
    neighbours: tuple[str, ...]  # the voting words, nearest first


@cache
def neutral_verbs() -> frozenset[str]:
    """Ordinary verbs that report no act by themselves (``data/neutral_verbs.yaml``)."""
    text = resources.files("accord.news").joinpath("data/neutral_verbs.yaml").read_text("utf-8")
    return frozenset(str(w) for words in yaml.safe_load(text).values() for w in words)


def known_verbs() -> dict[str, str | None]:
    """Every verb the lexicon lists: its act when it is one by itself, else None (a verb of
    saying, a stance, a light verb, a verb whose act depends on its object or particle), and
    the ordinary verbs of ``data/neutral_verbs.yaml`` (None)."""
    context = {*neutral_verbs(), *lx.VERB_OBJECTS, *(v for v, _ in lx.PARTICLE_ACTS),
               *lx.LIGHT_VERBS, *lx.HALT_VERBS, *lx.DEPARTURE_VERBS, *lx.TALK_STATE_VERBS,
               *lx.MODAL_VERBS, *(v for v, _ in lx.MODAL_PHRASES), *lx.ATTRIBUTION_VERBS,
               *lx.WARNING_VERBS, *lx.REMOVAL_VERBS, *lx.HOLDING_VERBS, *lx.RECEIVING_VERBS,
               *lx.GIVING_VERBS, *lx.SELLING_VERBS, *lx.VISIT_VERBS, *lx.MASS_VERBS,
               *lx.ARRIVAL_VERBS, *lx.HAPPENING_VERBS, *lx.PROTECTING_VERBS, "allow",
               "let", "permit", "enable", "be", "have", "do"}
    return {**dict.fromkeys(sorted(context)), **lx.VERB_ACTS}


class Neighbours:
    """Labelled words as unit vectors; :meth:`guess` votes among the nearest ones."""

    def __init__(self, vocab, labels: dict[str, str | None], *, k: int = K,
                 threshold: float = THRESHOLD, agreement: float = AGREEMENT) -> None:
        self.vocab = vocab
        self.words = tuple(w for w in labels if vocab.has_vector(w))
        self.labels = tuple(labels[w] for w in self.words)
        self.roots = np.array([lx.ACT_CODES[k][:2] if k else NO_ACT for k in self.labels])
        matrix = np.array([vocab.get_vector(w) for w in self.words], dtype=np.float32)
        self.matrix = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)
        self.k, self.threshold, self.agreement = k, threshold, agreement
        self._cache: dict[str, Guess | None] = {}

    def similarities(self, word: str) -> np.ndarray | None:
        """Cosine similarity of ``word`` to every labelled word (None: no vector)."""
        if not self.vocab.has_vector(word):
            return None
        v = np.asarray(self.vocab.get_vector(word), dtype=np.float32)
        return self.matrix @ (v / np.linalg.norm(v))

    def vote(self, sims: np.ndarray, exclude: int | None = None) -> Guess | None:
        """The act the ``k`` nearest words agree on, if the nearest is close enough
        (``exclude``: a word's own index, left out)."""
        if exclude is not None:
            sims = sims.copy()
            sims[exclude] = -np.inf
        k = min(self.k, len(sims))
        kth = np.partition(sims, len(sims) - k)[len(sims) - k]
        # the k nearest and every word as near as the k-th: words the pruned vector table
        # maps to one row are equally near, and all of them vote
        top = np.flatnonzero(sims >= kth - TIE)
        top = top[np.argsort(-sims[top], kind="stable")]
        if sims[top[0]] < self.threshold:
            return None
        weights = np.clip(sims[top], 0.0, None)
        roots = self.roots[top]
        names, inverse = np.unique(roots, return_inverse=True)
        votes = np.bincount(inverse, weights=weights, minlength=len(names))
        best = int(np.argmax(votes))
        if names[best] == NO_ACT or votes[best] < self.agreement * votes.sum():
            return None
        # the act of that root with the most vote ("kill", "attack", "raid", "shoot": force,
        # not the small arms of the nearest), the nearer first among equals
        acts: dict[str, float] = {}
        for i in top[roots == names[best]]:
            acts[self.labels[i]] = acts.get(self.labels[i], 0.0) + max(float(sims[i]), 0.0)
        kind = max(acts, key=acts.get)
        return Guess(kind, round(float(sims[top[0]]), 3), tuple(self.words[i] for i in top))

    def guess(self, word: str) -> Guess | None:
        """The act of an unlabelled ``word`` by its neighbours, cached by word."""
        if word not in self._cache:
            sims = self.similarities(word)
            self._cache[word] = None if sims is None else self.vote(sims)
        return self._cache[word]


@cache
def verb_index(vocab) -> Neighbours:
    """The lexicon's verbs in ``vocab``'s vectors, built once per vocabulary."""
    return Neighbours(vocab, known_verbs(), k=K, threshold=THRESHOLD, agreement=AGREEMENT)


@cache
def _known_verb_set() -> frozenset[str]:
    return frozenset(known_verbs())


def verb_act(token) -> Guess | None:
    """The act of a verb the lexicon does not know, by its lemma's nearest lexicon verbs;
    None for a verb the lexicon knows (the dictionary decides), an auxiliary, or one too far
    from all."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma in _known_verb_set() or not token.is_alpha:
        return None
    return verb_index(token.vocab).guess(lemma)
