"""The command line the training scripts share: train and write the model, or with
``--folds K`` print K-fold cross-validated accuracy instead."""

from __future__ import annotations

import argparse


def parse_folds(argv: list[str], description: str) -> int | None:
    """``--folds K`` from ``argv`` (None: train and write); K below 2 is refused."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--folds", type=int, metavar="K", help=(
        "print K-fold cross-validated accuracy instead (K >= 2); no file is written"))
    args = parser.parse_args(argv)
    if args.folds is not None and args.folds < 2:
        parser.error("--folds: at least 2")
    return args.folds
