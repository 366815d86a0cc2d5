"""Mediator strategies for single-text mediation.

The mediator knows the outcome space but nobody's preferences; it learns only from votes.
After Klein et al. (2003) it proposes random changes to the current text and keeps those no
one vetoes (hill climbing on the parties' feedback). A change may touch several issues at
once: where the parties' interests on every issue are opposed, each one-issue change hurts
someone and is vetoed, and only a trade across issues (more of what one side values most
for less of what the other values most) makes everyone better off.

Hill climbing stops wherever its random start leads, which may leave a party below its
walk-away value. So the mediator also asks the parties whether they would sign its text
(a ratification vote), as in Raiffa's single negotiating text, where the parties criticise
a draft and the mediator amends it. It asks when it is stuck (``patience`` vetoed
candidates in a row, or ``3 * patience`` rounds without asking). When someone refuses, it
then adopts any small change (one step on ordered issues) that everyone who refused
accepts, even over the others' vetoes, and asks again after each change, until all sign.
When a change overshoots (someone who refused now signs but someone else refuses), it tries
texts between the last two it put to the vote, as a bisection would. It never re-proposes a
text it has already seen refused. :class:`AnnealingMediator`, until
the first refusal, also keeps a vetoed change with probability ``exp(-vetoes / T)``, ``T``
cooling linearly from ``t0`` to zero at the deadline (the mediator anneals, as in Klein et
al. 2003).

References
----------
Klein, M., Faratin, P., Sayama, H. and Bar-Yam, Y. (2003). Negotiating complex contracts.
*Group Decision and Negotiation* 12(2), 111-125.
Raiffa, H. (1982). *The Art and Science of Negotiation*, ch. 14. Harvard University Press.
"""

from __future__ import annotations

import math

import numpy as np

from ..views import MediatorInfo, Response, State

__all__ = ["AnnealingMediator", "HillClimbMediator"]


class HillClimbMediator:
    """Random changes over one or more issues, adopted when unanimous; ratification votes
    when stuck, then changes for those who would not sign.

    ``patience``: ask for ratification after that many vetoed candidates in a row
    (``None``: only at the deadline, which is pure hill climbing). ``changes``: the most
    issues one candidate changes (``None``: up to all of them).
    """

    name = "hill_climb"

    def __init__(self, patience: int | None = 8, changes: int | None = None) -> None:
        if changes is not None and changes < 1:
            raise ValueError("changes must be at least 1")
        if patience is not None and patience < 1:
            raise ValueError("patience must be at least 1")
        self.patience = patience
        self.changes = changes

    def on_start(self, info: MediatorInfo) -> None:
        self.info_ = info
        space = info.space
        self.ordered_ = np.array([issue.numeric() is not None for issue in space.issues])
        self.movable_ = np.flatnonzero(space.radices > 1)
        self.failures_ = 0
        self.since_ = 0
        self.objectors_: frozenset[int] = frozenset()
        self.polled_ = False
        self.refused_: set[int] = set()
        self.vetoed_: set[int] = set()
        self.last_poll_: tuple[int, frozenset[int]] | None = None
        self.between_: tuple[np.ndarray, np.ndarray] | None = None

    def propose(self, state: State) -> int | None:
        if state.text is None:
            return self._random()
        self.since_ += 1
        if not self.polled_ and (self.objectors_ or self._stuck()):
            self.since_ = 0
            return None
        push = 0 < len(self.objectors_) < len(self.info_.parties)
        for _ in range(100):
            if self.between_ is not None:
                candidate = self._between(*self.between_)
            else:
                candidate = self._mutate(state.text, small=push)
            fresh = candidate != state.text and candidate not in self.vetoed_
            if fresh and candidate not in self.refused_ and self.info_.is_feasible(candidate):
                return candidate
        if self.between_ is not None:
            self.between_ = None
            return self.propose(state)
        self.vetoed_.clear()  # nothing new nearby: ask again, later try old candidates anew
        return None

    def adopt(self, state: State, candidate: int, votes: tuple[Response, ...]) -> bool:
        vetoes = [i for i, v in enumerate(votes) if v is not Response.ACCEPT]
        if self.objectors_:
            adopted = self.objectors_.isdisjoint(vetoes)
        else:
            adopted = not vetoes or self.accepts(state, len(vetoes))
        if adopted:
            self.failures_ = 0
            self.polled_ = False
            self.vetoed_.clear()
        else:
            self.failures_ += 1
            self.vetoed_.add(candidate)
        return adopted

    def ratified(self, state: State, text: int, votes: tuple[Response, ...]) -> None:
        """The parties' answers to a ratification vote on ``text`` (someone refused)."""
        objectors = frozenset(i for i, v in enumerate(votes) if v is not Response.ACCEPT)
        self.between_ = None
        if self.last_poll_ is not None:
            before, was = self.last_poll_
            if objectors - was and was - objectors:  # overshot: try texts in between
                space = self.info_.space
                self.between_ = (space.digits(before)[0], space.digits(text)[0])
        self.last_poll_ = (text, objectors)
        self.objectors_ = objectors
        self.polled_ = True
        self.failures_ = 0
        self.refused_.add(text)

    def accepts(self, state: State, vetoes: int) -> bool:
        """Whether to adopt a candidate despite ``vetoes`` (never, for hill climbing)."""
        return False

    def _stuck(self) -> bool:
        return self.patience is not None and (
            self.failures_ >= self.patience or self.since_ > 3 * self.patience
        )

    def _random(self) -> int:
        info = self.info_
        for _ in range(1000):
            digits = [int(info.rng.integers(r)) for r in info.space.radices]
            candidate = int(info.space.index(digits)[0])
            if info.is_feasible(candidate):
                return candidate
        return int(info.feasible.nonzero()[0][0])

    def _between(self, a: np.ndarray, b: np.ndarray) -> int:
        """A text between ``a`` and ``b``: on each issue where they differ, an option
        between theirs (ordered issues) or one of the two."""
        rng = self.info_.rng
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        pick = np.where(rng.random(len(a)) < 0.5, a, b)
        digits = np.where(
            self.ordered_, lo + (rng.random(len(a)) * (hi - lo + 1)).astype(int), pick
        )
        return int(self.info_.space.index(digits)[0])

    def _mutate(self, text: int, small: bool) -> int:
        """Change ``k`` random issues (``k`` uniform in 1..changes): an ordered issue moves
        by a step log-uniform in 1..its range (one step when ``small``), an unordered one
        to another option."""
        info = self.info_
        rng = info.rng
        space = info.space
        digits = space.digits(text)[0].copy()
        movable = self.movable_
        if not len(movable):
            return text
        most = len(movable) if self.changes is None else min(self.changes, len(movable))
        k = int(rng.integers(1, most + 1))
        for issue in rng.choice(movable, size=k, replace=False):
            radix = int(space.radices[issue])
            if self.ordered_[issue]:
                step = 1 if small else max(1, int((radix - 1) ** rng.random()))
                up = digits[issue] + step <= radix - 1
                down = digits[issue] - step >= 0
                sign = 1 if up and (not down or rng.random() < 0.5) else -1
                digits[issue] = min(max(digits[issue] + sign * step, 0), radix - 1)
            else:
                digits[issue] = (digits[issue] + int(rng.integers(1, radix))) % radix
        return int(space.index(digits)[0])


class AnnealingMediator(HillClimbMediator):
    """Until the first refusal, also keeps a vetoed change with probability
    ``exp(-vetoes / (t0 * (1 - t)))``."""

    name = "annealing"

    def __init__(
        self, t0: float = 1.0, patience: int | None = 8, changes: int | None = None
    ) -> None:
        super().__init__(patience=patience, changes=changes)
        if t0 <= 0:
            raise ValueError("t0 must be positive")
        self.t0 = t0

    def accepts(self, state: State, vetoes: int) -> bool:
        temperature = self.t0 * (1.0 - state.time)
        if temperature <= 0:
            return False
        return self.info_.rng.random() < math.exp(-vetoes / temperature)
