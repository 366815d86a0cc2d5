"""Mediator strategies for single-text mediation.

The mediator knows the outcome space but nobody's preferences; it learns only from votes.
:class:`HillClimbMediator` changes one issue of the current text at random and keeps the
change when no one vetoes it (hill climbing on the parties' feedback).
:class:`AnnealingMediator` also keeps a vetoed change with probability ``exp(-vetoes / T)``,
``T`` cooling linearly from ``t0`` to zero at the deadline (simulated annealing).
"""

from __future__ import annotations

import math

from ..views import MediatorInfo, Response, State

__all__ = ["AnnealingMediator", "HillClimbMediator"]


class HillClimbMediator:
    """Random single-issue changes, adopted when unanimous.

    ``patience``: call for ratification after that many rejected candidates in a row
    (``None``: go on to the deadline). ``changes``: issues changed per candidate.
    """

    name = "hill_climb"

    def __init__(self, patience: int | None = None, changes: int = 1) -> None:
        if changes < 1:
            raise ValueError("changes must be at least 1")
        self.patience = patience
        self.changes = changes

    def on_start(self, info: MediatorInfo) -> None:
        self.info_ = info
        self.failures_ = 0

    def propose(self, state: State) -> int | None:
        info = self.info_
        if state.text is None:
            return self._random()
        if self.patience is not None and self.failures_ >= self.patience:
            return None
        for _ in range(100):
            candidate = self._mutate(state.text)
            if info.is_feasible(candidate):
                return candidate
        return state.text

    def adopt(self, state: State, candidate: int, votes: tuple[Response, ...]) -> bool:
        adopted = self.accepts(state, sum(v is not Response.ACCEPT for v in votes))
        self.failures_ = 0 if adopted else self.failures_ + 1
        return adopted

    def accepts(self, state: State, vetoes: int) -> bool:
        return vetoes == 0

    def _random(self) -> int:
        info = self.info_
        for _ in range(1000):
            digits = [int(info.rng.integers(r)) for r in info.space.radices]
            candidate = int(info.space.index(digits)[0])
            if info.is_feasible(candidate):
                return candidate
        return int(info.feasible.nonzero()[0][0])

    def _mutate(self, text: int) -> int:
        info = self.info_
        space = info.space
        digits = space.digits(text)[0].copy()
        issues = info.rng.choice(
            space.n_issues, size=min(self.changes, space.n_issues), replace=False
        )
        for issue in issues:
            radix = int(space.radices[issue])
            if radix > 1:
                shift = int(info.rng.integers(1, radix))
                digits[issue] = (digits[issue] + shift) % radix
        return int(space.index(digits)[0])


class AnnealingMediator(HillClimbMediator):
    """Keeps a vetoed change with probability ``exp(-vetoes / (t0 * (1 - t)))``."""

    name = "annealing"

    def __init__(self, t0: float = 1.0, patience: int | None = None, changes: int = 1) -> None:
        super().__init__(patience=patience, changes=changes)
        if t0 <= 0:
            raise ValueError("t0 must be positive")
        self.t0 = t0

    def accepts(self, state: State, vetoes: int) -> bool:
        if vetoes == 0:
            return True
        temperature = self.t0 * (1.0 - state.time)
        if temperature <= 0:
            return False
        return self.info_.rng.random() < math.exp(-vetoes / temperature)
