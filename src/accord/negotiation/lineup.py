"""Who plays each party: the agent the scenario names for it, or the default.

A party may name its agent in the scenario (``agent: boulware`` or ``agent: {name: boulware,
e: 0.2}``); a party that does not is played by :data:`DEFAULT_AGENT`. Reading a file with
``read_scenario(path, checks=[check_lineup])`` reports a misspelt name or a bad parameter at
its line before anything is played; :func:`lineup` is the same check for scenarios built in
Python.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..errors import AccordInputError
from ..model import AgentChoice, Scenario, ScenarioError

__all__ = [
    "DEFAULT_AGENT",
    "agent_spec",
    "check_agents",
    "check_lineup",
    "check_negotiators",
    "lineup",
    "require_negotiators",
]

T = TypeVar("T")

DEFAULT_AGENT = "boulware"
"""The agent of a party whose scenario names none: Faratin et al.'s time-dependent tactic
with ``e = 0.2``. It holds near its best package until late and never accepts or offers
less than its walk-away value, the behaviour most reported talks show; it is the common
baseline of the ANAC competitions, so results compare with published ones."""


def agent_spec(choice: str | AgentChoice) -> str:
    """The spec text of a party's ``agent`` field.

    >>> agent_spec(AgentChoice(name="boulware", e=0.1))
    'boulware(e=0.1)'
    """
    from .agents.registry import format_spec  # loads every agent: only when one is named

    return choice if isinstance(choice, str) else format_spec(choice.name, choice.params)


def check_negotiators(scenario: Scenario) -> None:
    """ScenarioError at ``parties`` unless at least two parties negotiate (role ``party``)."""
    keys = scenario.negotiators
    if len(keys) < 2:
        found = f"only {keys[0]!r} has" if keys else "none has"
        raise ScenarioError(
            ("parties",), f"a negotiation needs at least two parties with role 'party'; {found}"
        )


def check_agents(scenario: Scenario) -> dict[str, str]:
    """The canonical spec of each agent the scenario names, by party key.

    Raises :class:`ScenarioError` at ``parties.KEY.agent`` for an unknown agent, a bad
    parameter, or an agent for a party that does not negotiate.
    """
    from .agents.registry import parse_spec  # loads every agent: only when one is named

    named = {}
    for key, party in scenario.parties.items():
        if party.agent is None:
            continue
        path = ("parties", key, "agent")
        if party.role != "party":
            message = f"role {party.role!r} does not negotiate; agents play role 'party'"
            raise ScenarioError(path, message)
        try:
            named[key] = parse_spec(agent_spec(party.agent)).text
        except AccordInputError as err:
            raise ScenarioError(path, err.message) from None
    return named


def check_lineup(scenario: Scenario) -> tuple[str, ...]:
    """The canonical agent spec of each negotiating party, in ``scenario.negotiators`` order:
    the one the scenario names, else :data:`DEFAULT_AGENT`.

    Raises :class:`ScenarioError` as :func:`check_negotiators` and :func:`check_agents` do.
    """
    check_negotiators(scenario)
    named = check_agents(scenario)
    return tuple(named.get(key, DEFAULT_AGENT) for key in scenario.negotiators)


def lineup(scenario: Scenario) -> tuple[str, ...]:
    """:func:`check_lineup` for library callers: errors are AccordInputError naming the field."""
    return _unlocated(check_lineup, scenario)


def require_negotiators(scenario: Scenario) -> None:
    """:func:`check_negotiators` for library callers."""
    _unlocated(check_negotiators, scenario)


def _unlocated(check: Callable[[Scenario], T], scenario: Scenario) -> T:
    """A scenario built in Python has no file or line: name the field and the scenario."""
    try:
        return check(scenario)
    except ScenarioError as err:
        field = ".".join(map(str, err.path))
        message = f"{err.message} (scenario {scenario.name!r})"
        raise AccordInputError(message, field=field) from None
