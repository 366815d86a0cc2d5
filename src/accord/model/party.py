"""Parties at (or around) the table: role, preferences, walk-away value, power.

A party's utility is linear-additive (``weights`` and ``values``), spatial (an ideal point
from ``positions`` and ``salience``) or nonlinear (GENIUS ``rectangles``). Its reservation
value is the utility of walking away: what its best alternative to a deal is worth. A party
may name the agent that plays it in simulations (``agent``); the negotiation layer checks
the name against its registry.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    FiniteFloat,
    Tag,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)

from .uncertainty import Uncertainty
from .values import ValueFunction

__all__ = ["AgentChoice", "Note", "Party", "Rectangle", "Role", "Source"]

Role = Literal["party", "mediator", "observer"]
Confidence = Literal["low", "medium", "high"]
UnitFloat = Annotated[float, Field(ge=0, le=1)]


def _one_scalar(value: object, handler: ValidatorFunctionWrapHandler) -> object:
    try:
        return handler(value)
    except ValidationError:
        raise ValueError("must be a number, text, true/false or null") from None


Scalar = Annotated[bool | int | float | str | None, WrapValidator(_one_scalar)]


_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """A public report a number or position rests on."""

    outlet: str
    date: str
    title: str = ""
    url: str = ""

    @field_validator("date", mode="before")
    @classmethod
    def _iso(cls, value: object) -> object:
        """YAML reads ``2024-05-06`` as a date; keep it as its ISO text. A date in that form
        (or ``2024-05``) that does not exist is refused: ``accord read`` once wrote a file
        name's ``2024-13-01`` into ``sources``, and validation passed it."""
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, str) and (iso := _ISO.fullmatch(value.strip())):
            try:
                datetime.date(int(iso[1]), int(iso[2]), int(iso[3] or 1))
            except ValueError:
                raise ValueError(f"{value!r} is not a real date (YYYY-MM-DD)") from None
        return value


class Note(_Frozen):
    """Why a modelling choice was made, on what evidence, and how sure we are."""

    about: str = ""
    text: str
    sources: tuple[str, ...] = ()
    confidence: Confidence = "medium"


class Rectangle(_Frozen):
    """One GENIUS hyper-rectangle: ``utility`` counts for outcomes inside ``bounds``.

    ``bounds`` maps an issue to inclusive ``[low, high]`` option values; issues not named
    are unconstrained. ``exclusive`` counts the utility for outcomes outside instead.
    """

    utility: FiniteFloat
    bounds: dict[str, tuple[float | str, float | str]]
    exclusive: bool = False


class AgentChoice(BaseModel):
    """The agent that plays a party, with its parameters: ``{name: boulware, e: 0.2}``.

    ``name`` is a built-in agent or ``package.module:Class``; every other key is a keyword
    parameter of that agent (a number, text, true/false or null).
    """

    model_config = ConfigDict(frozen=True, extra="allow")
    __pydantic_extra__: dict[str, Scalar] = Field(init=False)

    name: str = Field(min_length=1)

    @property
    def params(self) -> dict[str, Scalar]:
        return dict(self.model_extra or {})


def _agent_form(value: object) -> str:
    return "choice" if isinstance(value, dict | AgentChoice) else "name"


AgentRef = Annotated[
    Annotated[str, Field(min_length=1), Tag("name")] | Annotated[AgentChoice, Tag("choice")],
    Discriminator(_agent_form),
]
"""An agent by name (``boulware``, ``boulware(e=0.2)``) or as :class:`AgentChoice`."""


class Party(_Frozen):
    """One stakeholder. Only ``role: party`` negotiates; mediators and observers may still
    carry spatial attributes for forecasting. ``aliases`` are other names the news uses for
    it (``accord read`` resolves them to this party). ``uncertainty`` says how far its
    walk-away value, weights and values may be off (:mod:`accord.model.uncertainty`);
    ``beliefs`` how it expects an issue deferred to a later phase to be settled (option
    -> probability; a uniform belief where none is given)."""

    name: str = ""
    aliases: tuple[str, ...] = ()
    role: Role = "party"
    reservation_value: UnitFloat = 0.0
    discount_factor: Annotated[float, Field(gt=0, le=1)] | None = None
    capability: Annotated[FiniteFloat, Field(ge=0)] = 1.0
    weights: dict[str, Annotated[FiniteFloat, Field(ge=0)]] = {}
    values: dict[str, ValueFunction] = {}
    positions: dict[str, FiniteFloat | str] = {}
    salience: dict[str, UnitFloat] = {}
    rectangles: tuple[Rectangle, ...] = ()
    max_utility: Annotated[FiniteFloat, Field(gt=0)] | None = None
    agent: AgentRef | None = None
    uncertainty: Uncertainty | None = None
    beliefs: dict[str, dict[str, Annotated[float, Field(ge=0)]]] = {}
    notes: tuple[Note, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _tables_shorthand(cls, data: object) -> object:
        """``values: {issue: {option: number}}`` means a table value function."""
        if isinstance(data, dict) and isinstance(data.get("values"), dict):
            values = dict(data["values"])
            for issue, spec in values.items():
                if isinstance(spec, dict) and "type" not in spec:
                    values[issue] = {"type": "table", "table": spec}
            data = {**data, "values": values}
        return data

    def news_names(self, key: str) -> tuple[tuple[tuple[str | int, ...], str], ...]:
        """The names the news may call this party by, each with the field it comes from:
        its key as words (``hostage_families``: "hostage families"), its name without a
        parenthetical role ("Egypt (mediator)": "Egypt") and its aliases."""
        named = [((), key.replace("_", " ")), (("name",), re.sub(r"\s*\(.*?\)\s*", " ",
                                                                   self.name).strip()),
                 *((("aliases", i), alias) for i, alias in enumerate(self.aliases))]
        return tuple((field, name.strip()) for field, name in named if name.strip())

    @property
    def utility_kind(self) -> Literal["additive", "hyperrectangle", "spatial", "none"]:
        if self.rectangles:
            return "hyperrectangle"
        if self.weights:
            return "additive"
        if self.positions and self.salience:
            return "spatial"
        return "none"
