"""The options of one negotiation, declared once: ``negotiate``, tournaments and the command
line all build a :class:`NegotiationConfig` instead of re-declaring them."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from ..errors import AccordInputError

__all__ = ["MAX_ROUNDS", "NegotiationConfig"]

MAX_ROUNDS = 1_000_000
"""Most rounds a negotiation may have: time-based agents plan every round in memory, and a
million rounds of Python turns already take minutes."""


@dataclass(frozen=True)
class NegotiationConfig:
    """How a negotiation runs; checked when built (``AccordInputError`` naming the option).

    Attributes
    ----------
    rounds
        Deadline in rounds.
    seed
        Seeds every agent's ``info.rng``: the same seed gives the same trace. ``None``: fresh
        entropy (not reproducible).
    time_limit
        Seconds of thinking time each agent may use over the negotiation (``None``: no limit).
    deadline_seconds
        A wall-clock deadline besides ``rounds``: relative time is then the larger of the two
        shares, and runs stop being reproducible.
    dynamics
        Whether the scenario's ``dynamics`` events happen.
    mediator
        A mediator (spec, class or instance) for single-text mediation; ``None``: stacked
        alternating offers.
    """

    rounds: int = 100
    seed: int | None = None
    time_limit: float | None = 30.0
    deadline_seconds: float | None = None
    dynamics: bool = True
    mediator: Any = None

    def __post_init__(self) -> None:
        """At least one round; a seed is a non-negative integer; time limits are positive
        seconds (or None: no limit). AccordInputError naming the option otherwise."""
        if not 1 <= self.rounds <= MAX_ROUNDS:
            raise AccordInputError(
                f"rounds must be from 1 to {MAX_ROUNDS:,}, not {self.rounds!r}"
            )
        if isinstance(self.seed, int | np.integer) and self.seed < 0:
            raise AccordInputError(f"seed must be a non-negative integer, not {self.seed!r}")
        for name in ("time_limit", "deadline_seconds"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise AccordInputError(
                    f"{name} must be a positive number of seconds, not {value!r}"
                )

    @classmethod
    def of(cls, config: NegotiationConfig | None = None, **options: Any) -> NegotiationConfig:
        """``config`` (default: the defaults) with ``options`` replacing its fields."""
        unknown = set(options) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown negotiation option(s): {', '.join(sorted(unknown))}")
        return replace(config or cls(), **options)
