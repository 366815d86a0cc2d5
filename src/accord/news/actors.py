"""Who acts: a dictionary of actors with name variants and CAMEO-style codes.

The built-in dictionary (``data/actors.yaml``) lists countries, international organisations,
non-state armed groups, leaders and places. A scenario extends it: each party is linked to the
built-in actor its key, name or ``aliases`` name, or becomes an actor of its own. Role words
("leaders", "forces", "envoys") add a CAMEO agent to the actor they modify (Israeli leaders:
ISRGOV) and, alone, refer back to an actor of that kind ("the terror group").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources

import yaml

from ..model import Scenario

__all__ = ["AGENT_CODES", "Actor", "ActorDictionary", "Entry", "actor_agent", "actor_root",
           "name_key", "name_table"]

KINDS = ("country", "organisation", "group", "person", "place", "party", "ethnic", "religious")
COMMUNITY_AGENTS = {"ethnic": "CVL", "religious": "REL"}
"""The agent an ethnic or religious group takes when no role word names one (Rohingya:
MMRCVL; Copts: EGYREL)."""
AGENT_CODES = frozenset({"GOV", "MIL", "SPY", "CVL", "REB", "MED", "OPP", "COP", "LEG", "JUD",
                         "REL", "EDU", "BUS", "LAB", "REF", "HLH", "CRM"})
"""CAMEO agent (sector) codes appended to an actor's code: ISR + MIL = ISRMIL."""


@dataclass(frozen=True)
class Entry:
    """A dictionary actor: its code, display name and kind.

    An ethnic or religious group's code is its home country (for a group living in several
    countries, its agent alone, CVL or REL, which the sentence places); ``proper`` says the
    name is written with a capital, and so must be in the text to match ("Bush", not
    "bush").
    """

    code: str
    name: str
    kind: str
    proper: bool = False


@dataclass(frozen=True)
class Actor:
    """An actor as found in a sentence: the words used, and what they resolved to.

    ``via`` says how: ``name`` (a dictionary name), ``role`` (a role word such as "leaders"
    attached to a name), ``coreference`` (a description or pronoun resolved to an actor named
    earlier in the article) or ``unknown`` (a proper name not in the dictionary; ``code`` None).
    """

    text: str
    code: str | None
    name: str = ""
    via: str = "name"

    def to_dict(self) -> dict:
        return {"text": self.text, "code": self.code}


@dataclass(frozen=True)
class ActorDictionary:
    """Name variants -> actors, role words -> agent codes, and the scenario's parties."""

    names: dict[str, Entry]
    agents: dict[str, str]
    descriptions: dict[str, str]
    capitals: frozenset[str] = frozenset()
    parties: dict[str, str] = field(default_factory=dict)  # actor code -> party key
    gazetteer: bool = True  # towns and provinces beyond these names (accord.news.places)

    @cached_property
    def codes(self) -> frozenset[str]:
        """The codes of the dictionary's actors (ISR, IGOUNO, IGOUNOPKO, ...)."""
        return frozenset(e.code for e in self.names.values())

    @cached_property
    def countries(self) -> frozenset[str]:
        """The codes of the dictionary's countries (ISR, EGY, ...)."""
        return frozenset(e.code for e in self.names.values() if e.kind == "country")

    @classmethod
    def builtin(cls) -> ActorDictionary:
        """accord's own dictionary (countries, organisations, armed groups, leaders, places)."""
        return _builtin()

    def with_scenario(self, scenario: Scenario) -> ActorDictionary:
        """This dictionary plus the scenario's parties (linked by key, name or aliases)."""
        names = dict(self.names)
        parties: dict[str, str] = {}
        for key, party in scenario.parties.items():
            own = [key.replace("_", " "), _bare(party.name), *party.aliases]
            linked = next((names[n.lower()] for n in own if n and n.lower() in names
                           and names[n.lower()].kind not in ("place", *COMMUNITY_AGENTS)), None)
            code = actor_root(linked.code) if linked else key.upper()
            display = party.name or key
            for n in own:
                if n and n.lower() not in names:
                    names[n.lower()] = Entry(code, display, "party")
            parties[code] = key
        return ActorDictionary(names, self.agents, self.descriptions, self.capitals, parties,
                               self.gazetteer)

    def with_actors(self, names: dict[str, Entry]) -> ActorDictionary:
        """This dictionary with a user's ``names`` (:func:`accord.news.actor_files.load_actors`)
        laid over it: a name in both takes the user's actor."""
        return replace(self, names={**self.names, **names})

    def party_of(self, code: str | None) -> str | None:
        """The scenario party an actor code belongs to (ISRGOV -> the party linked to ISR)."""
        if code is None:
            return None
        for length in range(len(code), 2, -1):
            if code[:length] in self.parties:
                return self.parties[code[:length]]
        return None

    def agent(self, phrase: str) -> str | None:
        return self.agents.get(phrase.lower())


def _bare(name: str) -> str:
    """A party's display name without a parenthetical role: "Egypt (mediator)" -> "Egypt"."""
    return re.sub(r"\s*\(.*?\)\s*", " ", name).strip()


def actor_agent(code: str | None) -> str | None:
    """The sector (CAMEO agent) of an actor code: ISRMIL and a bare MIL -> MIL; None for a
    country, an organisation or a named group (ISR, IGOUNO, PSEHMS)."""
    agent = (code or "")[3:] if len(code or "") == 6 else code
    return agent if agent in AGENT_CODES else None


def actor_root(code: str | None) -> str | None:
    """An actor code without its agent suffix, the actor it belongs to: ISRGOV -> ISR; a
    named group (PSEHMS, TURPKK) and None stay."""
    return code[:3] if len(code or "") == 6 and actor_agent(code) else code


def name_key(name: str) -> str:
    """How a name is looked up: lower case, a typographic apostrophe as a plain one."""
    return name.strip().lower().replace("’", "'")


def name_table(sections, names: dict[str, Entry] | None = None) -> dict[str, Entry]:
    """Name key -> :class:`Entry` over ``(kind, {code: [names]})`` sections, added to
    ``names``: the first naming a name keeps it; the first name of a code is its display
    name; a name written with a capital must be written with one (``proper``)."""
    names = {} if names is None else names
    for kind, section in sections:
        for code, variants in section.items():
            display = str(variants[0]).strip()
            for variant in variants:
                name = str(variant).strip()
                key = name_key(name)
                if key and key not in names:
                    names[key] = Entry(code, display, kind, name != name.lower())
    return names


@cache
def _builtin() -> ActorDictionary:
    text = resources.files("accord.news").joinpath("data/actors.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    sections = [("country", data["countries"]), ("organisation", data["organisations"]),
                ("group", data["groups"]),
                ("group", {code + "REB": names for code, names in data["rebels"].items()}),
                *((kind, {(agent if code == "dispersed" else code): names
                          for code, names in data["communities"][kind].items()})
                  for kind, agent in COMMUNITY_AGENTS.items()),
                ("person", data["people"]), ("place", data["places"])]
    names = name_table(sections)  # the first section naming it wins: a country stays one
    agents = {str(w).lower(): agent for agent, words in data["agents"].items() for w in words}
    descriptions = {str(w).lower(): kind for kind, words in data["descriptions"].items()
                    for w in words}
    capitals = frozenset(str(c).lower() for c in data["capitals"])
    return ActorDictionary(names, agents, descriptions, capitals)
