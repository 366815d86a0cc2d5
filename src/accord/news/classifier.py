"""A learned fallback for sentences the dictionary codes nothing in: their CAMEO root by
their words.

The event dictionary misses wordings its writers never met ("began a joint naval patrol",
"an airlift of tents"); a sentence that reports an act in such words got no event at all.
Here a multinomial logistic regression (maximum-entropy classifier, Berger, Della Pietra and
Della Pietra 1996) over the sentence's bag of content lemmas, with their part of speech and
dependency relation, says which CAMEO root the sentence reports, or none ("--"). It is
trained by ``scripts/train_act_classifier.py`` on accord's own labelled corpus
(``tests/news/gold_cameo_dev.yaml``, never on the CAMEO or PLOVER manuals' examples), with L2
regularisation and full-batch Adam (Kingma and Ba 2015; :mod:`accord.news.learning`) from
zero weights: the same corpus gives the same weights. The weights ship in
``data/act_classifier.npz``.

The coder asks it only when neither the dictionary nor the word-vector fallback
(:mod:`accord.news.similar`) found an act that makes an event (none found, or every act found
fell: no doer, nothing codable), nor decided that nothing is reported, and takes
its root only when it is the likeliest class and at least ``THRESHOLD`` probable
(:meth:`ActClassifier.taken`). The threshold was chosen on the held-out splits test to
test7, not by cross-validation on dev (``scripts/train_act_classifier.py --folds 5``, which
chose 0.35): dev's acts were written into the dictionary, so the fallback meets few of them
there, while on new writers' sentences the dictionary misses more acts, which the
classifier finds at lower probability (see ``docs/news.md`` for the figures).
The event's trigger is the verb that weighs most for that root, and its actors are found from
that verb as for any other act. Such an event's confidence is at most ``CONFIDENCE``, below
any dictionary event's.

References
----------
Berger, A. L., Della Pietra, S. A., Della Pietra, V. J. (1996). A maximum entropy approach to
natural language processing. Computational Linguistics 22(1), 39-71.
Kingma, D. P., Ba, J. (2015). Adam: a method for stochastic optimization. ICLR 2015.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .learning import minimise, shipped

__all__ = ["CONFIDENCE", "NO_EVENT", "THRESHOLD", "ActClassifier", "builtin", "features",
           "train"]

NO_EVENT = "--"  # the class of a sentence that reports no codable act
THRESHOLD = 0.2  # the root's probability, at least, for the coder to take it
CONFIDENCE = 0.5  # an event found this way, at most
# words that tell nothing of the act: names, numbers, function words, and the verbs of saying
# and being that frame any report
_SKIPPED_POS = frozenset({"PROPN", "NUM", "PUNCT", "DET", "PRON", "CCONJ", "SCONJ", "SYM", "X",
                          "SPACE", "PART", "AUX"})
_SKIPPED_LEMMAS = frozenset({"say", "be", "have", "the", "a", "an", "of", "to", "in", "on",
                             "and", "that", "for", "with", "by", "at", "from", "as"})
_ROLES = frozenset({"dobj", "xcomp", "ccomp", "pobj"})
_CONTENT_POS = frozenset({"VERB", "NOUN"})


def _word(token) -> str | None:
    if token.pos_ in _SKIPPED_POS:
        return None
    lemma = token.lemma_.lower()
    return None if lemma in _SKIPPED_LEMMAS else lemma


def features(tokens: Iterable) -> list[str]:
    """The classifier's features of a sentence (spaCy tokens): each content lemma, with its
    part of speech for verbs and nouns, the root's, and those of objects and complements."""
    found: set[str] = set()
    for token in tokens:
        lemma = _word(token)
        if lemma is None:
            continue
        found.add(lemma)
        if token.pos_ in _CONTENT_POS:
            found.add(f"{token.pos_}:{lemma}")
        if token.dep_ == "ROOT":
            found.add(f"ROOT:{lemma}")
        if token.dep_ in _ROLES:
            found.add(f"{token.dep_}:{lemma}")
    return sorted(found)


@dataclass(frozen=True, eq=False)
class ActClassifier:
    """A trained classifier: ``weights[f, c]`` is feature ``vocabulary[f]``'s weight for class
    ``classes[c]`` (a CAMEO root, or :data:`NO_EVENT`)."""

    vocabulary: tuple[str, ...]
    classes: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray

    @property
    def _index(self) -> dict[str, int]:
        return _indexes(self)

    def _rows(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        index = self._index
        rows = np.zeros((len(feature_lists), len(self.vocabulary)), dtype=np.float32)
        for r, words in enumerate(feature_lists):
            cols = [index[w] for w in words if w in index]
            rows[r, cols] = 1.0
        return rows

    def probabilities(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """Class probabilities, one row per sentence's features."""
        return _softmax(self._rows(feature_lists) @ self.weights + self.bias)

    def predict(self, words: Sequence[str]) -> tuple[str, float]:
        """The most probable class of one sentence's features, and its probability."""
        p = self.probabilities([words])[0]
        best = int(p.argmax())
        return self.classes[best], float(p[best])

    def taken(self, words: Sequence[str], threshold: float = THRESHOLD
              ) -> tuple[str, float] | None:
        """The root the coder takes for one sentence's features, and its probability: the most
        probable class when it is a root and at least ``threshold`` probable; else None."""
        label, probability = self.predict(words)
        return None if label == NO_EVENT or probability < threshold else (label, probability)

    def weight(self, word: str, label: str) -> float:
        """How much feature ``word`` speaks for class ``label`` (0 for an unknown word)."""
        f = self._index.get(word)
        return 0.0 if f is None else float(self.weights[f, self.classes.index(label)])

    def trigger(self, tokens: Iterable, label: str):
        """The word that names the act of class ``label``: the verb that weighs most for it
        (else the sentence's root verb), or, in a sentence with no verb, the noun that weighs
        most; None when no word does."""
        best: dict[str, tuple[float, object]] = {}
        for token in tokens:
            lemma = _word(token)
            if lemma is None or token.pos_ not in _CONTENT_POS:
                continue
            w = self.weight(f"{token.pos_}:{lemma}", label) + self.weight(lemma, label)
            if token.dep_ == "ROOT" and token.pos_ == "VERB":
                w = max(w, 0.0) + 1e-6  # a root verb names the act when no verb weighs more
            if w > 0 and w > best.get(token.pos_, (0.0, None))[0]:
                best[token.pos_] = (w, token)
        return (best.get("VERB") or best.get("NOUN") or (0.0, None))[1]

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, vocabulary=np.array(self.vocabulary), classes=np.array(
            self.classes), weights=self.weights.astype(np.float32), bias=self.bias.astype(
                np.float32))

    @classmethod
    def load(cls, source) -> ActClassifier:
        with np.load(source, allow_pickle=False) as data:
            return cls(tuple(str(w) for w in data["vocabulary"]),
                       tuple(str(c) for c in data["classes"]), data["weights"], data["bias"])


@cache
def _indexes(model: ActClassifier) -> dict[str, int]:
    return {w: i for i, w in enumerate(model.vocabulary)}


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def train(feature_lists: Sequence[Sequence[str]], labels: Sequence[str], *, l2: float = 1e-3,
          steps: int = 300, rate: float = 0.05, min_count: int = 2) -> ActClassifier:
    """Fit the classifier: features seen in at least ``min_count`` sentences, L2-regularised
    multinomial log-loss minimised by ``steps`` full-batch Adam steps from zero weights
    (deterministic: no sampling, no random start)."""
    if len(feature_lists) != len(labels) or not labels:
        raise ValueError("train needs as many labels as sentences, and at least one")
    counts = Counter(w for words in feature_lists for w in set(words))
    vocabulary = tuple(sorted(w for w, n in counts.items() if n >= min_count))
    classes = tuple(sorted(set(labels)))
    model = ActClassifier(vocabulary, classes, np.zeros((len(vocabulary), len(classes)),
                                                        np.float32),
                          np.zeros(len(classes), np.float32))
    x = model._rows(feature_lists)
    y = np.eye(len(classes), dtype=np.float32)[[classes.index(c) for c in labels]]
    w, b = model.weights, model.bias

    def gradient() -> tuple[np.ndarray, np.ndarray]:
        g = (_softmax(x @ w + b) - y) / len(labels)
        return x.T @ g + l2 * w, g.sum(axis=0)

    minimise((w, b), gradient, steps=steps, rate=rate)
    return model


@cache
def builtin() -> ActClassifier | None:
    """The shipped classifier (None if the package was built without it)."""
    return shipped("act_classifier.npz", ActClassifier.load)
