"""Additive opponent models: a table of estimated values per option, per opponent.

Every opponent model of the ANAC literature that accord ships estimates the other party's
utility as linear-additive, ``u(o) = sum_i w_i * v_i(o_i)``. :class:`AdditiveModel` keeps,
for each opponent, one flat table of ``w_i * v_i(option)`` over all issues' options (issue
``i``'s options start at ``offsets_[i]``), so that estimating any set of outcomes is one
gather and one sum over issues: no Python call per outcome. Subclasses say how one offer
changes their beliefs (:meth:`AdditiveModel._observe`) and how beliefs become a table
(:meth:`AdditiveModel._table`).
"""

from __future__ import annotations

import numpy as np

from ..views import AgentInfo, State
from .base import OpponentModel

__all__ = ["AdditiveModel", "OptionCounts", "option_offsets"]


def option_offsets(space) -> np.ndarray:
    """Where each issue's options start in the flat layout of all issues' options: option
    ``k`` of issue ``i`` is at ``offsets[i] + k``.

    >>> from accord.model.generate import random_scenario
    >>> option_offsets(random_scenario((3, 4, 2)).space).tolist()
    [0, 3, 7]
    """
    return np.concatenate([[0], np.cumsum(space.radices)[:-1]]).astype(np.int64)


class OptionCounts:
    """How often each option appears in the outcomes added (flat layout)."""

    def __init__(self, space) -> None:
        self.space = space
        self.offsets = option_offsets(space)
        self.counts = np.zeros(int(space.radices.sum()))

    def add(self, outcome: int) -> None:
        self.counts[self.space.digits(outcome)[0] + self.offsets] += 1

    def score(self, outcomes: np.ndarray) -> np.ndarray:
        """Per outcome, the summed counts of its options (how familiar it looks)."""
        return self.counts[self.space.digits(outcomes) + self.offsets].sum(axis=1)

    def favourite(self, issue: int) -> int:
        """The most frequent option of ``issue``."""
        start = self.offsets[issue]
        return int(np.argmax(self.counts[start : start + self.space.radices[issue]]))


class AdditiveModel(OpponentModel):
    """Base of the additive models: reads each opponent's new offers once, in order.

    ``update(state)`` passes every new offer of every other negotiating party to
    ``_observe(party, outcome, digits)``; estimates are rebuilt lazily afterwards.
    """

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        radices = info.space.radices
        self.radices_ = radices
        self.offsets_ = option_offsets(info.space)
        self.opponents_ = tuple(p for p in info.parties if p != info.key)
        self.seen_ = dict.fromkeys(self.opponents_, 0)
        self.tables_: dict[str, np.ndarray] | None = None
        self._start()

    def _start(self) -> None:
        """Initialise the per-opponent beliefs (``self.opponents_`` is set)."""

    def _observe(self, party: str, outcome: int, digits: np.ndarray) -> None:
        raise NotImplementedError  # pragma: no cover - abstract

    def _table(self, party: str) -> np.ndarray:
        raise NotImplementedError  # pragma: no cover - abstract

    def update(self, state: State) -> None:
        history, space = state.history, self.info_.space
        for party, seen in self.seen_.items():
            offers = history.offers(party, seen)
            if not offers:
                continue
            for outcome, row in zip(offers, space.digits(offers)):
                self._observe(party, outcome, row)
            self.seen_[party] = seen + len(offers)
            self.tables_ = None

    def observed(self, party: str) -> int:
        """How many offers of ``party`` the model has read."""
        return self.seen_[party]

    def tables(self) -> dict[str, np.ndarray]:
        """Per opponent, the estimated weighted value of every option (flat, by offset)."""
        if self.tables_ is None:
            self.tables_ = {p: self._table(p) for p in self.opponents_}
        return self.tables_

    def flat(self, outcomes: np.ndarray) -> np.ndarray:
        """The outcomes' option positions in the flat tables: shape (len, n_issues)."""
        return self.info_.space.digits(outcomes) + self.offsets_

    def estimate_for(
        self, party: str, outcomes: np.ndarray, flat: np.ndarray | None = None
    ) -> np.ndarray:
        """Estimated utility of ``outcomes`` for one opponent."""
        if flat is None:
            flat = self.flat(outcomes)
        return self.tables()[party][flat].sum(axis=1)

    def estimate(self, outcomes: np.ndarray, flat: np.ndarray | None = None) -> np.ndarray:
        """Estimated utility for the worst-off opponent of each outcome.

        ``flat``: the outcomes' digits plus ``offsets_``, when the caller has them.
        """
        if flat is None:
            flat = self.flat(outcomes)
        worst = None
        for table in self.tables().values():
            value = table[flat].sum(axis=1)
            worst = value if worst is None else np.minimum(worst, value)
        return np.zeros(len(outcomes)) if worst is None else worst

    def per_issue(self, values: np.ndarray) -> np.ndarray:
        """One number per issue spread over that issue's options (flat layout)."""
        return np.repeat(values, self.radices_)

    def issue_max(self, flat_values: np.ndarray) -> np.ndarray:
        """The largest entry of each issue's block of a flat table."""
        return np.maximum.reduceat(flat_values, self.offsets_)

    def issue_min(self, flat_values: np.ndarray) -> np.ndarray:
        return np.minimum.reduceat(flat_values, self.offsets_)
