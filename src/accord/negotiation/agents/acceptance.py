"""Acceptance conditions of Baarslag, Hindriks & Jonker (2014).

Each condition decides on the offer ``x`` on the table from its utility ``u(x)``, our next
offer's utility and the public history:

========================  ==============================================================
``ACNext(a, b)``          ``a * u(x) + b >= u(our next offer)``
``ACPrev(a, b)``          ``a * u(x) + b >= u(our previous offer)`` (never before we offered)
``ACConst(c)``            ``u(x) >= c``
``ACTime(t)``             relative time ``>= t`` (combine it with a floor)
``ACCombi(t, alpha)``     ``AC_next or (time >= t and u(x) >= alpha)``, where ``alpha`` is
                          ``"max_w"``: the best utility received in the window ``W`` of the
                          same length as the time left, ``[2t - 1, t]``, or ``"avg_w"``:
                          their mean (``MAX^W`` and ``AVG^W`` of the paper)
``ACReservation()``       ``u(x) >=`` the reservation value
========================  ==============================================================

Every ``>=`` holds up to :data:`~accord.model.tolerance.UTILITY_TOLERANCE`, so float noise
never turns down an offer worth exactly the threshold. Combine conditions with ``&`` and
``|``, e.g. ``ACNext() | (ACTime(0.98) & ACReservation())``.
``ACCombi(0.98, "max_w")`` was the best condition of the paper's experiments.

References
----------
T. Baarslag, K. Hindriks & C. Jonker (2014). Effective acceptance conditions in real-time
automated negotiation. *Decision Support Systems* 60, 68-77.
"""

from __future__ import annotations

from typing import Literal

from ...model.tolerance import at_least
from ..views import AgentInfo, State
from .base import AcceptanceStrategy
from .offers import ReceivedOffers

__all__ = ["ACCombi", "ACConst", "ACNext", "ACPrev", "ACReservation", "ACTime"]

class ACNext(AcceptanceStrategy):
    """Accept when ``a * u(offer) + b >= u(our next offer)``."""

    def __init__(self, a: float = 1.0, b: float = 0.0) -> None:
        self.a = a
        self.b = b

    def accept(self, state, utility, next_utility) -> bool:
        return at_least(self.a * utility + self.b, next_utility)

    def __repr__(self) -> str:
        return f"ACNext(a={self.a}, b={self.b})"


class ACPrev(AcceptanceStrategy):
    """Accept when ``a * u(offer) + b >= u(our previous offer)``; never before our first."""

    def __init__(self, a: float = 1.0, b: float = 0.0) -> None:
        self.a = a
        self.b = b

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.seen_ = 0
        self.previous_: float | None = None

    def accept(self, state, utility, next_utility) -> bool:
        new = state.history.offers(self.info_.key, self.seen_)
        if new:
            self.seen_ += len(new)
            self.previous_ = float(self.info_.utility[new[-1]])
        return self.previous_ is not None and at_least(self.a * utility + self.b, self.previous_)

    def __repr__(self) -> str:
        return f"ACPrev(a={self.a}, b={self.b})"


class ACConst(AcceptanceStrategy):
    """Accept any offer worth at least ``c``."""

    def __init__(self, c: float) -> None:
        self.c = c

    def accept(self, state, utility, next_utility) -> bool:
        return at_least(utility, self.c)

    def __repr__(self) -> str:
        return f"ACConst({self.c})"


class ACReservation(AcceptanceStrategy):
    """Accept any offer worth at least walking away (the reservation value)."""

    def accept(self, state, utility, next_utility) -> bool:
        return at_least(utility, self.info_.reservation_value)

    def __repr__(self) -> str:
        return "ACReservation()"


class ACTime(AcceptanceStrategy):
    """Accept anything once relative time reaches ``t`` (combine it with a floor)."""

    def __init__(self, t: float) -> None:
        self.t = t

    def accept(self, state, utility, next_utility) -> bool:
        return state.time >= self.t

    def __repr__(self) -> str:
        return f"ACTime({self.t})"


class ACCombi(AcceptanceStrategy):
    """AC_next, or after time ``t`` any offer at least as good as ``alpha`` of the offers
    received in the last window as long as the time left (``"max_w"``: their best,
    ``"avg_w"``: their mean). An empty window sets ``alpha`` to 0, as in GENIUS."""

    def __init__(self, t: float = 0.98, alpha: Literal["max_w", "avg_w"] = "max_w") -> None:
        if not 0 <= t <= 1:
            raise ValueError("t must be in [0, 1]")
        if alpha not in ("max_w", "avg_w"):
            raise ValueError("alpha must be 'max_w' or 'avg_w'")
        self.t = t
        self.alpha = alpha

    def prepare(self, info: AgentInfo) -> None:
        super().prepare(info)
        self.received_ = ReceivedOffers(info)

    def accept(self, state: State, utility: float, next_utility: float) -> bool:
        if at_least(utility, next_utility):
            return True
        now = state.time
        if now < self.t:
            return False
        received = self.received_.update(state)
        window = received.utilities[received.since(now - (1.0 - now))]
        if not len(window):
            return True
        bar = window.max() if self.alpha == "max_w" else window.mean()
        return at_least(utility, bar)

    def __repr__(self) -> str:
        return f"ACCombi(t={self.t}, alpha={self.alpha!r})"
