"""What the news reader's two learned models share (the act classifier,
:mod:`accord.news.classifier`, and the target choice, :mod:`accord.news.arguments`): how they
are fitted and how their shipped weights are found.

Both are log-linear models over sparse indicator features, fitted by full-batch Adam (Kingma
and Ba 2015) from zero weights: no sampling and no random start, so the same corpus gives the
same weights, bit for bit.

References
----------
Kingma, D. P., Ba, J. (2015). Adam: a method for stochastic optimization. ICLR 2015.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from typing import TypeVar

import numpy as np

__all__ = ["minimise", "shipped"]

_BETA1, _BETA2, _EPS = 0.9, 0.999, 1e-8  # Adam's defaults (Kingma and Ba 2015, Algorithm 1)

Model = TypeVar("Model")


def minimise(parameters: Sequence[np.ndarray],
             gradient: Callable[[], Sequence[np.ndarray]], *, steps: int,
             rate: float) -> None:
    """``steps`` full-batch Adam steps on ``parameters``, updated in place; ``gradient()``
    gives the loss's gradient in each parameter at their current values."""
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in parameters]
    for step in range(1, steps + 1):
        for parameter, grad, (m, v) in zip(parameters, gradient(), moments, strict=True):
            m *= _BETA1
            m += (1 - _BETA1) * grad
            v *= _BETA2
            v += (1 - _BETA2) * grad * grad
            parameter -= rate * (m / (1 - _BETA1 ** step)) / (
                np.sqrt(v / (1 - _BETA2 ** step)) + _EPS)


def shipped(name: str, load: Callable[..., Model]) -> Model | None:
    """The model ``load`` reads from the package's ``data/<name>`` (None if the package was
    built without it)."""
    source = resources.files("accord.news").joinpath(f"data/{name}")
    if not source.is_file():
        return None
    with source.open("rb") as handle:
        return load(handle)
