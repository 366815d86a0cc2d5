"""Bayesian opponent model (Hindriks & Tykhonov 2008), in its scalable form.

The opponent's utility is assumed linear-additive. For each issue independently the model
keeps a distribution over a few hypotheses about the issue's weight (``0, 0.1, ..., 1``,
prior proportional to ``(1 - (k + 1) / 11)^3``: most issues matter little) and about the
shape of its evaluation function (uphill, downhill, or triangular with its peak at each
inner option; on a numeric issue at 1/5 ... 4/5 of its range). It also assumes the opponent
concedes slowly: its ``n``-th new offer is worth about ``1 - 0.003 n`` to it. Each new offer
updates the hypotheses by Bayes' rule with a Gaussian likelihood (sd 0.25) of the relative
gap between that predicted utility and the utility each hypothesis gives the offer: first
the weights, then the evaluation functions. Offers seen before are ignored.

The hypotheses of all issues sit in padded ``(issues, hypotheses, options)`` arrays, so an
update is a handful of array operations whatever the number of issues, and the estimate is
the additive table of :class:`~accord.negotiation.agents.models.AdditiveModel`,
normalised to [0, 1] over the outcome space.

Simplified from GENIUS's ``BayesianOpponentModelScalable``: the evaluation hypotheses use
exact fractions (GENIUS adds 1 to integer evaluations to avoid zeros); the predicted
utility stops falling at 0.1 (GENIUS lets it go below zero after 333 new offers, where its
likelihood is meaningless); an issue whose evidence underflows keeps its beliefs.

References
----------
K. Hindriks & D. Tykhonov (2008). Opponent modelling in automated multi-issue negotiation
using Bayesian learning. *AAMAS 2008*, 331-338.
"""

from __future__ import annotations

import numpy as np

from .models import AdditiveModel

__all__ = ["BayesianModel", "evaluation_hypotheses"]

WEIGHTS = np.linspace(0.0, 1.0, 11)
WEIGHT_PRIOR = (1.0 - (np.arange(11) + 1.0) / 11.0) ** 3
SIGMA = 0.25
STEP = 0.003
FLOOR = 0.1


def evaluation_hypotheses(n_options: int, numeric: np.ndarray | None = None) -> np.ndarray:
    """Candidate evaluation functions of one issue: shape ``(hypotheses, n_options)``.

    Uphill, downhill, then triangles peaking at each inner option (unordered or ordinal
    issues, by option position) or at 1/5, ..., 4/5 of the range (numeric issues).

    >>> evaluation_hypotheses(3).tolist()
    [[0.0, 0.5, 1.0], [1.0, 0.5, 0.0], [0.0, 1.0, 0.0]]
    """
    if n_options == 1:
        return np.ones((1, 1))
    if numeric is not None and numeric[-1] > numeric[0]:
        x = (numeric - numeric[0]) / (numeric[-1] - numeric[0])
        peaks = np.arange(1, 5) / 5.0
    else:
        x = np.arange(n_options) / (n_options - 1.0)
        peaks = x[1:-1]
    rows = [x, 1.0 - x]
    for peak in peaks:
        rows.append(np.where(x <= peak, x / peak, (1.0 - x) / (1.0 - peak)))
    return np.vstack(rows)


class BayesianModel(AdditiveModel):
    """Per opponent, Bayesian beliefs over issue weights and evaluation shapes."""

    def _start(self) -> None:
        space = self.info_.space
        shapes = []
        for issue in space.issues:
            numeric = issue.numeric() if issue.type in ("integer", "continuous") else None
            shapes.append(evaluation_hypotheses(issue.n_options, numeric))
        n, hyps, options = len(shapes), max(len(h) for h in shapes), int(self.radices_.max())
        self.evals_ = np.zeros((n, hyps, options))
        valid = np.zeros((n, hyps))
        for i, h in enumerate(shapes):
            self.evals_[i, : len(h), : h.shape[1]] = h
            valid[i, : len(h)] = 1.0 / len(h)
        self.issue_index_ = np.arange(n)
        self.eval_p_ = {p: valid.copy() for p in self.opponents_}
        prior = WEIGHT_PRIOR / WEIGHT_PRIOR.sum()
        self.weight_p_ = {p: np.tile(prior, (n, 1)) for p in self.opponents_}
        self.expected_ = dict.fromkeys(self.opponents_, 1.0)
        self.offered_: dict[str, set[int]] = {p: set() for p in self.opponents_}

    def _observe(self, party: str, outcome: int, digits: np.ndarray) -> None:
        offered = self.offered_[party]
        if outcome in offered:
            return
        offered.add(outcome)
        expected = self.expected_[party]
        eval_p, weight_p = self.eval_p_[party], self.weight_p_[party]
        shapes = self.evals_[self.issue_index_, :, digits]  # (issues, hypotheses)
        value = (eval_p * shapes).sum(axis=1)  # expected evaluation of the offer, per issue
        weight = weight_p @ WEIGHTS
        if len(offered) > 1:
            others = weight @ value - weight * value
            utility = WEIGHTS[None, :] * value[:, None] + others[:, None]
            _bayes(weight_p, _likelihood(utility, expected))
            weight = weight_p @ WEIGHTS
        others = weight @ value - weight * value
        utility = others[:, None] + weight[:, None] * shapes
        _bayes(eval_p, _likelihood(utility, expected))
        self.expected_[party] = max(expected - STEP, FLOOR)

    def weights(self, party: str) -> np.ndarray:
        """Expected issue weights of ``party``, normalised to sum to 1."""
        weight = self.weight_p_[party] @ WEIGHTS
        return weight / weight.sum()

    def _table(self, party: str) -> np.ndarray:
        weight = self.weight_p_[party] @ WEIGHTS
        expected = np.einsum("ih,iho->io", self.eval_p_[party], self.evals_)
        flat = np.concatenate(
            [weight[i] * expected[i, :r] for i, r in enumerate(self.radices_.tolist())]
        )
        low, high = self.issue_min(flat), self.issue_max(flat)
        span = float(high.sum() - low.sum())
        if span <= 0:
            return np.zeros_like(flat)
        return (flat - self.per_issue(low)) / span

    def __repr__(self) -> str:
        return "BayesianModel()"


def _bayes(belief: np.ndarray, likelihood: np.ndarray) -> None:
    """Posterior of each row in place; a row whose evidence underflows to 0 is kept."""
    posterior = belief * likelihood
    total = posterior.sum(axis=1, keepdims=True)
    ok = total[:, 0] > 0
    belief[ok] = posterior[ok] / total[ok]


def _likelihood(utility: np.ndarray, expected: float) -> np.ndarray:
    x = (expected - utility) / expected
    return np.exp(-(x * x) / (2 * SIGMA * SIGMA)) / (SIGMA * np.sqrt(2 * np.pi))
