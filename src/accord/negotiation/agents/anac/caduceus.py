"""Caduceus (ANAC 2016 winner, multilateral), Güneş, Arditi & Aydoğan: a committee of
experts.

Caduceus offers its best outcome for the first ``0.83 d`` of the time. Then it asks each of
its experts, ANAC agents, what it would do: the experts' scores (ParsAgent 500,
RandomDance 10, Kawaii 5, Atlas3 3, CaduceusDC 1, normalised) are summed over those that
would accept and over those that would make an offer; it accepts when the former weigh more,
and otherwise makes the offer of one of the proposing experts, drawn with probability
proportional to its score.

Not a BOA composition (the original combines whole agents); the experts are:

* :class:`ParsAgent` (ANAC 2015, 2nd): target ``max(0.7, 1 - t^(1/e))``, ``e`` 0.15 (0.2
  when discounted); accepts more than the target; offers, issue by issue, the option both
  opponents favour most when they agree (its own best option otherwise) when that clears
  the target, else its best outcome with its least important issue changed at random
  above the target;
* :class:`RandomDance` (ANAC 2015): frequency models of every party; target ``1 - (1 -
  u*) t^3`` where ``u*`` is its utility of the outcome that maximises everyone's summed
  (normalised) valuations; offers the outcome maximising ``w mine + theirs`` for the
  smallest weight ``w`` of its own valuation that clears the target; accepts above the
  target or in its last five turns;
* :class:`~accord.negotiation.agents.anac.atlas3.Atlas3`.

Simplified: Kawaii and CaduceusDC (scores 5 and 1 of 519) are left out; ParsAgent's
variation of the offers the others accepted, and RandomDance's random re-weighting of the
parties and of its learning rates, are left out.

References
----------
T. Güneş, E. Arditi & R. Aydoğan (2017). Collective voice of experts in multilateral
negotiation. *PRIMA 2017*, LNCS 10621, 450-458.

Z. Khosravimehr & F. Nassiri-Mofakham (2017). Pars Agent: hybrid time-dependent, random
and frequency-based bidding and acceptance strategies in multilateral negotiations. In
*Modern Approaches to Agent-based Complex Automated Negotiation*, SCI 674, 175-183.

S. Kakimoto & K. Fujita (2017). RandomDance: compromising strategy considering
interdependencies of issues with randomness. Ibid., 185-189.
"""

from __future__ import annotations

import numpy as np

from ...views import AgentInfo, Response, State
from ..base import AcceptanceStrategy, Negotiator
from ..models import OptionCounts, option_offsets
from .atlas3 import Atlas3
from .common import TurnBidding

__all__ = ["Caduceus", "ParsAgent", "RandomDance", "additive_tables"]

BEST_OFFER_SHARE = 0.83
SCORES = (500.0, 10.0, 3.0)


def additive_tables(info: AgentInfo) -> tuple[np.ndarray, np.ndarray]:
    """Our own per-option values, read off our utility array around our best outcome:
    ``u(best with issue i set to v) - u(best)`` in the flat layout, and the offsets. Their
    sum plus ``u(best)`` is the utility of any outcome when preferences are additive."""
    space = info.space
    radices = space.radices
    offsets = option_offsets(space)
    best = info.best
    digits = space.digits(best)[0]
    flat = np.empty(int(radices.sum()))
    for i, radix in enumerate(radices.tolist()):
        variants = best + (np.arange(radix) - digits[i]) * space.strides[i]
        flat[offsets[i] : offsets[i] + radix] = info.utility[variants] - info.utility[best]
    return flat, offsets


class _Threshold(AcceptanceStrategy):
    """Accept more than the bidding strategy's target (or in its last turns)."""

    def __init__(self, bidding) -> None:
        self.bidding = bidding

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        return utility > self.bidding.target_ or self.bidding.accept_anything(state)

    def __repr__(self) -> str:
        return f"{type(self.bidding).__name__}Acceptance()"


class ParsBidding(TurnBidding):
    """ParsAgent's time-dependent target and mutual-favourite offers."""

    def _start(self) -> None:
        info = self.info_
        self.e_ = 0.2 if info.discount_factor < 1 else 0.15
        self.flat_, self.offsets_ = additive_tables(info)
        self.counts_ = {p: OptionCounts(info.space) for p in info.parties if p != info.key}
        self.read_ = 0
        self.target_ = 1.0
        ranges = [
            np.ptp(self.flat_[o : o + r]) for o, r in zip(self.offsets_, info.space.radices)
        ]
        self.unimportant_ = int(np.argmin(ranges))

    def accept_anything(self, state: State) -> bool:
        return False

    def _next(self, state: State) -> int:
        info, received = self.info_, self.received_
        for k in range(self.read_, received.n):
            self.counts_[received.parties[k]].add(int(received.outcomes[k]))
        self.read_ = received.n
        self.target_ = max(0.7, 1.0 - state.time ** (1.0 / self.e_))
        mutual = self._mutual()
        if info.utility[mutual] > self.target_:
            return mutual
        return self._varied_best()

    def _mutual(self) -> int:
        """Per issue, the option the opponents (two or more) all favour most, if they agree
        and have offered; our own best option otherwise."""
        info, space = self.info_, self.info_.space
        option = space.digits(info.best)[0].copy()
        counts = [c.counts for c in self.counts_.values()]
        for i, (o, r) in enumerate(zip(self.offsets_.tolist(), space.radices.tolist())):
            blocks = [c[o : o + r] for c in counts]
            if len(blocks) < 2 or not all(b.any() for b in blocks):
                continue
            tops = {int(np.argmax(b)) for b in blocks}
            if len(tops) == 1:
                option[i] = tops.pop()
        outcome = int(space.index(option)[0])
        return outcome if info.feasible is None or info.feasible[outcome] else info.best

    def _varied_best(self) -> int:
        info, space = self.info_, self.info_.space
        i = self.unimportant_
        digits = space.digits(info.best)[0]
        variants = info.best + (np.arange(space.radices[i]) - digits[i]) * space.strides[i]
        good = variants[info.utility[variants] > self.target_]
        if info.feasible is not None:
            good = good[info.feasible[good]]
        return int(good[info.rng.integers(len(good))]) if len(good) else info.best


class ParsAgent(Negotiator):
    """ParsAgent (ANAC 2015), simplified: one of Caduceus's experts (not registered)."""

    name = "parsagent"

    def __init__(self) -> None:
        bidding = ParsBidding()
        super().__init__(bidding, _Threshold(bidding))


class RandomDanceBidding(TurnBidding):
    """RandomDance's weighted search between its own and the others' valuations."""

    def _start(self) -> None:
        info = self.info_
        flat, self.offsets_ = additive_tables(info)
        self.radices_ = info.space.radices
        low = np.minimum.reduceat(flat, self.offsets_)
        high = np.maximum.reduceat(flat, self.offsets_)
        span = float((high - low).sum()) or 1.0
        self.mine_ = (flat - np.repeat(low, self.radices_)) / span
        self.counts_ = {p: OptionCounts(info.space) for p in info.parties if p != info.key}
        self.read_ = 0
        self.target_ = 1.0
        self.last_time_ = 0.0
        self.lapse_ = 0.0

    def accept_anything(self, state: State) -> bool:
        return state.time + 5 * self.lapse_ > 1.0

    def _theirs(self) -> np.ndarray:
        total = np.zeros(len(self.mine_))
        for counts in (c.counts for c in self.counts_.values()):
            if not counts.any():
                continue
            top = np.maximum.reduceat(counts, self.offsets_)
            weight = top / top.sum()
            total += counts / np.repeat(np.maximum(top, 1.0), self.radices_) * np.repeat(
                weight, self.radices_
            )
        return total

    def _argmax(self, scores: np.ndarray) -> np.ndarray:
        """Per row of ``scores`` (flat layout), the best option of every issue."""
        return np.column_stack(
            [
                np.argmax(scores[:, o : o + r], axis=1)
                for o, r in zip(self.offsets_.tolist(), self.radices_.tolist())
            ]
        )

    def _next(self, state: State) -> int:
        info, received, space = self.info_, self.received_, self.info_.space
        for k in range(self.read_, received.n):
            self.counts_[received.parties[k]].add(int(received.outcomes[k]))
        self.read_ = received.n
        self.lapse_ = state.time - self.last_time_
        self.last_time_ = state.time
        theirs = self._theirs()
        joint = space.index(self._argmax((self.mine_ + theirs)[None, :]))
        peak = float(info.utility[int(joint[0])])
        self.target_ = 1.0 - (1.0 - peak) * state.time**3
        weights = np.linspace(0.0, 0.999, 100)
        mine = weights / (1.0 - weights)
        scores = mine[:, None] * self.mine_[None, :] + theirs[None, :]
        candidates = space.index(self._argmax(scores))
        utility = info.utility[candidates]
        if info.feasible is not None:
            utility = np.where(info.feasible[candidates], utility, -np.inf)
        good = np.flatnonzero(utility > self.target_)
        return int(candidates[good[0]]) if len(good) else info.best


class RandomDance(Negotiator):
    """RandomDance (ANAC 2015), simplified: one of Caduceus's experts (not registered)."""

    name = "randomdance"

    def __init__(self) -> None:
        bidding = RandomDanceBidding()
        super().__init__(bidding, _Threshold(bidding))


class Caduceus:
    """Caduceus (ANAC 2016 winner): best offer first, then a weighted vote of experts."""

    name = "caduceus"

    def __init__(self) -> None:
        self.experts = (ParsAgent(), RandomDance(), Atlas3())
        self.scores = np.array(SCORES) / sum(SCORES)

    def on_start(self, info: AgentInfo) -> None:
        self.on_preferences(info)
        self.turn_: tuple[int, float] | None = None
        self.bidders_: list[int] = []

    def on_preferences(self, info: AgentInfo) -> None:
        self.info_ = info
        d = info.discount_factor if 0 < info.discount_factor <= 1 else 1.0
        self.best_until_ = BEST_OFFER_SHARE * d
        for expert in self.experts:
            if hasattr(expert, "info_"):
                expert.on_preferences(info)
            else:
                expert.on_start(info)

    def respond(self, state: State, offer: int) -> Response:
        single_text = state.protocol == "single_text"
        if not single_text and state.time < self.best_until_:
            return Response.REJECT
        answers = [expert.respond(state, offer) for expert in self.experts]
        accept = float(self.scores[[a is Response.ACCEPT for a in answers]].sum())
        bid = float(self.scores[[a is Response.REJECT for a in answers]].sum())
        if single_text:
            return Response.ACCEPT if accept >= bid else Response.REJECT
        self.turn_ = (state.round, state.time)
        self.bidders_ = [i for i, a in enumerate(answers) if a is Response.REJECT]
        return Response.ACCEPT if accept > bid else Response.REJECT

    def propose(self, state: State) -> int:
        info = self.info_
        if state.time < self.best_until_:
            return info.best
        bidders = self.bidders_ if self.turn_ == (state.round, state.time) else range(3)
        bidders = list(bidders)
        if not bidders:
            return info.best
        offers = [self.experts[i].propose(state) for i in bidders]
        weights = self.scores[bidders] / self.scores[bidders].sum()
        return int(offers[int(info.rng.choice(len(offers), p=weights))])

    def __repr__(self) -> str:
        return "Caduceus()"
