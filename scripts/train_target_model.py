"""Train the news reader's learned target chooser, ``src/accord/news/data/target_model.npz``.

The model (:mod:`accord.news.arguments`) is fitted on accord's own labelled corpus,
``tests/news/gold_cameo_dev.yaml``: each sentence is read with the rules' targets, and the
choice the coder had for its main event (the actors the sentence names, and none) is labelled
by the gold target. Never on the held-out splits (``gold_cameo_test*.yaml``) nor on the CAMEO
or PLOVER manuals' examples. Training has no randomness: the same corpus and pipeline give the
same weights. Run it after changing the dev corpus, the coder, or the model's features;
``--folds K`` instead prints the K-fold cross-validated target accuracy of the main events:
the rules', the model's alone, and the coder's (the rules', completed by the model where they
find no target); no file is written.

Run: ``.venv/bin/python scripts/train_target_model.py [--folds K]``
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from _folds import parse_folds

from accord.news.actors import actor_root
from accord.news.arguments import Choice, train
from accord.news.corpus import documents, load_corpus, main_event
from accord.news.reader import read

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "news" / "gold_cameo_dev.yaml"
MODEL = ROOT / "src" / "accord" / "news" / "data" / "target_model.npz"


class _Recorder:
    """Keeps the rules' choice and records every choice the coder had, described at once
    (while its sentence is being coded: the description reads the sentence's context)."""

    def __init__(self) -> None:
        self.choices: list[Choice] = []

    def choose(self, choice: Choice) -> int:
        if choice.features:
            self.choices.append(choice)
        return choice.rule


def labelled() -> list[tuple[Choice, list[int]]]:
    """Per dev sentence with a gold event and a main event whose target the coder chose
    among the named actors: that choice, and the options that are the gold target."""
    items = load_corpus(CORPUS)
    recorder = _Recorder()
    out = []
    for item, reading in zip(items, read(documents(items), targets=recorder), strict=True):
        choices, recorder.choices = recorder.choices, []
        main, gold = main_event(reading.events), item.event
        if main is None or gold is None:
            continue
        choice = next((c for c in choices if c.source == main.source.code
                       and main.span[0] <= c.at < main.span[1]), None)
        if choice is not None:
            out.append((choice, [k for k, a in enumerate(choice.actors)
                                 if actor_root(a.code if a else None) == actor_root(
                                     gold.target)]))
    return out


def cross_validate(data: list[tuple[Choice, list[int]]], folds: int) -> None:
    """K-fold target accuracy of the main events over the dev sentences that have a choice
    (folds by position: the corpus is sectioned by CAMEO root)."""
    fold = np.arange(len(data)) % folds
    hits = {"rules": 0, "model": 0, "coder (rules, else model)": 0}
    for k in range(folds):
        model = train([([*c.features], gold) for (c, gold), f in zip(data, fold) if f != k])
        for (choice, gold), f in zip(data, fold):
            if f != k:
                continue
            hits["rules"] += choice.rule in gold
            hits["model"] += int(model.probabilities(choice.features).argmax()) in gold
            hits["coder (rules, else model)"] += model.choose(choice) in gold
    print(f"{folds}-fold target accuracy over {len(data)} main events with a choice "
          "(the rules were written on these sentences: theirs is in-sample):")
    for name, n in hits.items():
        print(f"  {name}: {n / len(data):.3f}")


def main(argv: list[str]) -> int:
    folds = parse_folds(argv, "Train the news reader's target chooser on the dev corpus and write "
                        "it into the package.")
    data = labelled()
    if folds is not None:
        cross_validate(data, folds)
        return 0
    model = train([([*c.features], gold) for c, gold in data])
    model.save(MODEL)
    print(f"wrote {MODEL.relative_to(ROOT)}: {len(model.vocabulary)} features, from "
          f"{len(data)} main events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
