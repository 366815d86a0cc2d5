"""Position choice: which stated position, or the exchange compromise, a decision lands on.

Decisions often settle on a position some actor stated, or at an end of the scale, where no
compromise rule puts them (on the DEU development half: at a stated position in 66 % of the
issues, at 0 or 100 in 32 %).  Each candidate point of an issue, every position stated by
an actor who cares about it (salience above 0) and the outcome of Stokman's exchange model
(the compromise after vote trading across issues, :mod:`accord.forecast.exchange`), gets a
conditional-logit probability (McFadden 1974) ``exp(b . f) / sum exp(b . f)`` from four
features:

- ``support``: log of the capability x salience share of the actors at the point, + 0.01;
- ``distance``: distance from the exchange outcome, on the unit scale;
- ``compromise``: 1 for the exchange outcome when no actor states it (nor within 0.005);
- ``extreme``: 1 for the lowest and the highest stated positions.

The forecast is the median of these probabilities, the point with the least expected
absolute error.  The coefficients :data:`DEU_COEFFICIENTS` were fitted by maximum
likelihood (:func:`fit_choice`, with the candidate nearest the recorded outcome as the one
chosen) on the 169 issues of the DEU development half, and chosen by nested
cross-validation over proposals against the weighted mean and other rules
(``benchmarks/deu_models.py`` regenerates both; docs/forecast.md, "Which model").  They use
no actor's name or role, so the model runs on any stakeholders; outside EU legislation they
are carried over, not refitted.  With one issue alone the exchange outcome is the weighted
mean.

References
----------
McFadden, D. (1974). Conditional logit analysis of qualitative choice behavior. In
Zarembka (ed.), *Frontiers in Econometrics*, Academic Press, 105-142.
Stokman, F. N., Van Oosten, R. (1994). The exchange of voting positions. In *European
Community Decision Making*, Yale University Press.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import astuple, dataclass
from functools import cache
from importlib import resources

import numpy as np

from accord.forecast.baselines import weighted_median
from accord.forecast.exchange import exchange_many
from accord.forecast.result import ForecastResult
from accord.model.stakeholders import Stakeholders

__all__ = ["DEU_COEFFICIENTS", "FEATURES", "ChoiceCoefficients", "choice_probabilities",
           "choice_set", "fit_choice", "fitted_issues", "position_choice",
           "position_choice_many"]

FEATURES = ("support", "distance", "compromise", "extreme")
_SAME = 0.005  # unit scale: a compromise this close to a stated position is that position


@dataclass(frozen=True)
class ChoiceCoefficients:
    """Weights of the features in a candidate's utility (see the module docstring)."""

    support: float
    distance: float
    compromise: float
    extreme: float

    def array(self) -> np.ndarray:
        return np.array(astuple(self), dtype=float)


#: Fitted on the DEU development half by ``python benchmarks/deu_models.py --fit``.
DEU_COEFFICIENTS = ChoiceCoefficients(support=0.2604454302828023, distance=-1.4429757023794225,
                                      compromise=-0.5523349266699941,
                                      extreme=-0.8976097007292307)


@cache
def fitted_issues() -> frozenset[str]:
    """Names of the issues :data:`DEU_COEFFICIENTS` were fitted on (the DEU development
    half, written by ``python benchmarks/deu_models.py --fit``): on these the position
    choice's errors are in-sample, so a backtest that scores it there must say so."""
    text = resources.files("accord.forecast").joinpath("data/choice_fit_issues.txt")
    return frozenset(text.read_text(encoding="utf-8").split())


def choice_set(position: np.ndarray, weight: np.ndarray,
               centre: float) -> tuple[np.ndarray, np.ndarray]:
    """Candidate points of one issue and their features, rows in :data:`FEATURES` order.

    ``position`` (unit scale) and ``weight`` (capability x salience) per actor; ``centre``
    the exchange outcome (unit scale).  The candidates are the distinct positions of the
    actors with weight above 0 (of all actors when none has any), in increasing order, then
    ``centre`` unless one of them lies within 0.005 of it.

    Examples
    --------
    >>> pts, f = choice_set(np.array([0.0, 1.0, 1.0]), np.array([1.0, 2.0, 1.0]), 0.75)
    >>> pts.tolist()
    [0.0, 1.0, 0.75]
    >>> np.round(f, 4).tolist()  # log(1/4 + 0.01), log(3/4 + 0.01), log(0.01)
    [[-1.3471, 0.75, 0.0, 1.0], [-0.2744, 0.25, 0.0, 1.0], [-4.6052, 0.0, 1.0, 0.0]]
    """
    x = np.asarray(position, dtype=float)
    w = np.asarray(weight, dtype=float)
    cares = w > 0
    if not cares.any():
        cares, w = np.ones_like(cares), np.ones_like(w)
    stated, at = np.unique(x[cares], return_inverse=True)
    share = np.bincount(at, w[cares]) / w[cares].sum()
    rows = np.column_stack([np.log(share + 0.01), np.abs(stated - centre),
                            np.zeros(stated.size), np.isin(stated, stated[[0, -1]])])
    if np.min(np.abs(stated - centre)) <= _SAME:
        return stated, rows
    return (np.append(stated, centre),
            np.vstack([rows, [np.log(0.01), 0.0, 1.0, 0.0]]))


def choice_probabilities(features: np.ndarray, coefficients: np.ndarray) -> np.ndarray:
    """Conditional-logit probability of each candidate (rows of ``features``)."""
    u = features @ coefficients
    e = np.exp(u - u.max())
    return e / e.sum()


def fit_choice(sets: Sequence[np.ndarray], chosen: Sequence[int], *,
               ridge: float = 0.01) -> np.ndarray:
    """Maximum-likelihood coefficients (one per feature column) for choice sets (feature
    rows) and the index chosen in each, by Newton's method with an L2 penalty ``ridge``
    (which keeps them finite when a feature separates the choices perfectly).

    Examples
    --------
    The first of two candidates, the only extreme one, is chosen in 3 of 4 issues: the
    coefficient of ``extreme`` is the log-odds, log 3.

    >>> f = np.array([[0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 0.0, 0.0]])
    >>> round(float(fit_choice([f] * 4, [0, 0, 0, 1], ridge=0.0)[3]), 6)
    1.098612
    """
    X = np.concatenate(sets)
    sizes = np.array([len(f) for f in sets])
    owner = np.repeat(np.arange(len(sets)), sizes)
    picked = X[np.cumsum(sizes) - sizes + np.asarray(chosen)].sum(axis=0)
    b = np.zeros(X.shape[1])
    for _ in range(100):
        u = X @ b
        top = np.full(len(sets), -np.inf)
        np.maximum.at(top, owner, u)
        e = np.exp(u - top[owner])
        p = e / np.bincount(owner, e)[owner]
        mean = np.stack([np.bincount(owner, p * X[:, j]) for j in range(X.shape[1])], axis=1)
        dev = X - mean[owner]
        grad = picked - (p[:, None] * X).sum(axis=0) - ridge * b
        hessian = (dev * p[:, None]).T @ dev + ridge * np.eye(X.shape[1])
        step = np.linalg.lstsq(hessian, grad, rcond=None)[0]  # a feature may never vary
        b = b + step
        if np.max(np.abs(step)) < 1e-12:
            break
    return b


def _result(s: Stakeholders, centre: np.ndarray,
            coefficients: ChoiceCoefficients) -> ForecastResult:
    x = s.unit_position()
    w = s.capability[:, None] * s.salience
    b = coefficients.array()
    forecast = np.empty(s.n_dimensions)
    share = np.zeros(s.n_actors)
    for k in range(s.n_dimensions):
        pts, f = choice_set(x[:, k], w[:, k], float(centre[k]))
        p = choice_probabilities(f, b)
        forecast[k] = weighted_median(pts, p)
        cares = w[:, k] > 0 if (w[:, k] > 0).any() else np.ones(s.n_actors, dtype=bool)
        share += np.where(cares, (x[:, k, None] == pts[None, :]) @ p, 0.0)
    return ForecastResult("choice", s.names, s.dimensions, s.position[None].copy(),
                          (share / s.n_dimensions)[None], s.from_unit(forecast))


def position_choice_many(
    runs: Sequence[Stakeholders],
    coefficients: ChoiceCoefficients = DEU_COEFFICIENTS,
    *,
    centres: Sequence[ForecastResult] | None = None,
    on_done: Callable[[int], None] | None = None,
) -> list[ForecastResult]:
    """:func:`position_choice` on many sets of stakeholders, their exchange models run in
    lockstep (``exchange_many``); ``centres``: those results, ``exchange_many(runs)``, when
    already at hand (a backtest of both models runs the exchange once)."""
    centres = exchange_many(runs) if centres is None else centres
    out = []
    for i, (s, ex) in enumerate(zip(runs, centres, strict=True)):
        lo, hi = s.scale
        out.append(_result(s, (ex.forecast - lo) / (hi - lo), coefficients))
        if on_done is not None:
            on_done(i)
    return out


def position_choice(stakeholders: Stakeholders,
                    coefficients: ChoiceCoefficients = DEU_COEFFICIENTS) -> ForecastResult:
    """Forecast each issue as the median of the candidates' choice probabilities.

    One state (the input); ``win_probability`` is, averaged over issues, the probability
    that the decision lands on the actor's position (0 where it does not care), so actors
    sharing a position show the same number, as in SMP.

    Examples
    --------
    One issue: the exchange outcome is the weighted mean, 75; with support alone counting,
    the position of three quarters of the weight wins.

    >>> s = Stakeholders(["a", "b"], ["tax"], [1, 3], [[0], [100]], [[1], [1]])
    >>> float(position_choice(s, ChoiceCoefficients(1.0, 0.0, 0.0, 0.0)).forecast[0])
    100.0
    """
    return position_choice_many([stakeholders], coefficients)[0]
