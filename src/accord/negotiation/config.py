"""The options of one negotiation, declared once: ``negotiate``, tournaments and the command
line all build a :class:`NegotiationConfig` instead of re-declaring them."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from .session import check_run_options

__all__ = ["NegotiationConfig"]


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
        check_run_options(self.rounds, self.seed, self.time_limit, self.deadline_seconds)

    @classmethod
    def of(cls, config: NegotiationConfig | None = None, **options: Any) -> NegotiationConfig:
        """``config`` (default: the defaults) with ``options`` replacing its fields."""
        unknown = set(options) - {f.name for f in fields(cls)}
        if unknown:
            raise TypeError(f"unknown negotiation option(s): {', '.join(sorted(unknown))}")
        return replace(config or cls(), **options)
