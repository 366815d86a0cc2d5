"""Acceptance conditions from the ANAC literature (Baarslag et al. 2014).

``ACNext`` is the usual default: accept what is at least as good as what we would offer
next. Combine conditions with ``&`` and ``|``, e.g. ``ACNext() | (ACTime(0.98) &
ACReservation())``.
"""

from __future__ import annotations

from .base import AcceptanceStrategy

__all__ = ["ACConst", "ACNext", "ACReservation", "ACTime"]


class ACNext(AcceptanceStrategy):
    """Accept when ``a * u(offer) + b >= u(our next offer)``."""

    def __init__(self, a: float = 1.0, b: float = 0.0) -> None:
        self.a = a
        self.b = b

    def accept(self, state, utility, next_utility) -> bool:
        return self.a * utility + self.b >= next_utility - 1e-12

    def __repr__(self) -> str:
        return f"ACNext(a={self.a}, b={self.b})"


class ACConst(AcceptanceStrategy):
    """Accept any offer worth at least ``c``."""

    def __init__(self, c: float) -> None:
        self.c = c

    def accept(self, state, utility, next_utility) -> bool:
        return utility >= self.c

    def __repr__(self) -> str:
        return f"ACConst({self.c})"


class ACReservation(AcceptanceStrategy):
    """Accept any offer worth at least walking away (the reservation value)."""

    def accept(self, state, utility, next_utility) -> bool:
        return utility >= self.info_.reservation

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
