"""Train the news reader's learned act classifier, ``src/accord/news/data/act_classifier.npz``.

The classifier (:mod:`accord.news.classifier`) is fitted on accord's own labelled corpus,
``tests/news/gold_cameo_dev.yaml`` (its sentences and their gold CAMEO roots, "--" for a
sentence with no codable event), parsed by the pinned English pipeline. Never on the held-out
splits (``gold_cameo_test*.yaml``) nor on the CAMEO or PLOVER manuals' examples. Training has
no randomness: the same corpus and pipeline give the same weights (up to the last bits of
float32 sums). Run it after changing the dev corpus or the classifier's features;
``--folds K`` instead prints K-fold cross-validated accuracy of the root and of the
fallback's decision (no file is written).

Run: ``.venv/bin/python scripts/train_act_classifier.py [--folds K]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from _folds import parse_folds

from accord.news.classifier import NO_EVENT, THRESHOLD, features, train
from accord.news.corpus import load_corpus
from accord.news.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "news" / "gold_cameo_dev.yaml"
MODEL = ROOT / "src" / "accord" / "news" / "data" / "act_classifier.npz"


def labelled() -> tuple[list[list[str]], list[str]]:
    """The dev corpus's features and gold roots."""
    items = load_corpus(CORPUS)
    nlp = load_pipeline()
    words = [features(doc) for doc in nlp.pipe([i.text for i in items], batch_size=256)]
    return words, [i.event.root if i.event else NO_EVENT for i in items]


def cross_validate(words: list[list[str]], labels: list[str], folds: int) -> None:
    """K-fold accuracy (folds by position, every K-th sentence: the corpus is sectioned), and
    what the coder's fallback would take at a few thresholds: how many sentences get a root,
    how many of those have it right, how many sentences with no gold event get one."""
    fold = np.arange(len(labels)) % folds
    best = np.empty(len(labels), dtype=object)
    top = np.zeros(len(labels))
    for k in range(folds):
        held = np.flatnonzero(fold == k)
        rest = np.flatnonzero(fold != k)
        model = train([words[i] for i in rest], [labels[i] for i in rest])
        p = model.probabilities([words[i] for i in held])
        best[held] = [model.classes[j] for j in p.argmax(axis=1)]
        top[held] = p.max(axis=1)
    gold = np.array(labels, dtype=object)
    print(f"{folds}-fold root accuracy {np.mean(best == gold):.3f} over {len(labels)} sentences")
    for threshold in sorted({0.2, 0.25, 0.3, 0.35, 0.5, THRESHOLD}):
        taken = (best != NO_EVENT) & (top >= threshold)
        print(f"  at probability >= {threshold}: {taken.sum()} sentences get a root, "
              f"{np.mean(best[taken] == gold[taken]):.3f} of them the gold one; "
              f"{np.sum(taken & (gold == NO_EVENT))} of the {np.sum(gold == NO_EVENT)} with no "
              "gold event get one")


def main(argv: list[str]) -> int:
    folds = parse_folds(argv, "Train the news reader's act classifier on the dev corpus and write "
                        "it into the package.")
    words, labels = labelled()
    if folds is not None:
        cross_validate(words, labels, folds)
        return 0
    model = train(words, labels)
    model.save(MODEL)
    print(f"wrote {MODEL.relative_to(ROOT)}: {len(model.vocabulary)} features, "
          f"{len(model.classes)} classes, from {len(labels)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
