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

__all__ = ["AGENT_CODES", "GROUP_WORDS", "STATE_AGENTS", "Actor", "ActorDictionary", "Entry",
           "actor_agent", "actor_root", "name_key", "name_table"]

GROUP_WORDS = frozenset({"front", "party", "alliance", "coalition", "bloc", "league", "union",
                         "council", "committee", "brigade", "brigades", "congress", "assembly",
                         "federation", "confederation", "association", "organisation",
                         "organization", "movement", "network", "society", "guild",
                         "foundation", "institute", "agency", "corporation", "group",
                         "commission", "board", "chamber", "fund", "syndicate", "cooperative"})
"""Words that name a body, not a person, in a name ("Patriotic Front", "Dockworkers Union")."""
KINDS = ("country", "organisation", "group", "person", "place", "party", "ethnic", "religious")
COMMUNITY_AGENTS = {"ethnic": "CVL", "religious": "REL"}
"""The agent an ethnic or religious group takes when no role word names one (Rohingya:
MMRCVL; Copts: EGYREL)."""
AGENT_CODES = frozenset({"GOV", "MIL", "SPY", "CVL", "REB", "MED", "OPP", "COP", "LEG", "JUD",
                         "REL", "EDU", "BUS", "LAB", "REF", "HLH", "CRM"})
"""CAMEO agent (sector) codes appended to an actor's code: ISR + MIL = ISRMIL."""
STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
"""Agents of a state, which a community spread over several countries does not have, and
which make a scenario party that is one the state's."""


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
    party_words: dict[str, frozenset[str]] = field(default_factory=dict)  # key -> its names'

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
        """This dictionary plus the scenario's parties, each under the code
        :meth:`party_code` gives it; a party's own names (key, name, aliases) are its, over
        any dictionary or user actor of that name that is not the party's."""
        names = dict(self.names)
        parties: dict[str, str] = {}
        for key, party in scenario.parties.items():
            code, root = self.party_code(key, party, names, parties)
            parties[code] = parties[root] = key
            display = party.name or key
            for where, n in party.news_names(key):
                held = names.get(name_key(n))
                person = self.personal(n) if where[:1] == ("aliases",) else None
                if held is None or _party_in(parties, held.code) != key:
                    kind = "person" if person or held and held.kind == "person" else "party"
                    names[name_key(n)] = Entry(code, display, kind, kind == "person")
                for name in (person, person.split()[-1]) if person else ():
                    # "union leader Marta Quell": "Marta Quell", "Quell" (and "she")
                    names.setdefault(name_key(name), Entry(code, display, "person", True))
        words = {key: frozenset(w.lower() for n in _own_names(key, party) for w in _words(n))
                 for key, party in scenario.parties.items()}
        return ActorDictionary(names, self.agents, self.descriptions, self.capitals, parties,
                               self.gazetteer, words)

    def party_code(self, key: str, party, names: dict[str, Entry],
                   taken: dict[str, str]) -> tuple[str, str]:
        """The code a scenario party gets, and the root its role-word variants share, given
        the ``names`` known and the codes ``taken`` by the parties before it.

        A party whose key or name is a dictionary actor (a country, an organisation, a named
        group, a leader) is that actor's root (``israel``, Netanyahu: ISR); one that only an
        alias links to an actor is that actor (an alias coded VLMLAB: VLMLAB, Valmora's
        labour, not the state VLM). Any other party gets the CAMEO agent its names' role
        words say (a union, LAB; an authority or a ministry, GOV) after three letters of its
        own that begin no dictionary code (``union``: UNILAB; ``authority``: ATHGOV, since
        AUT is Austria), so that its acts are coded as the dictionary codes that kind of body
        and no country is read into it. A party whose names say no kind keeps its key in
        capitals (``acme``: ACME) if that begins no dictionary code, or begins with the
        country its names name (``israeli_far_right`` with name "... (Israel)"); else the
        three letters alone (``canal``: CNL, since CAN is Canada)."""
        linked = next(((where, names[name_key(n)]) for where, n in party.news_names(key)
                       if name_key(n) in names
                       and names[name_key(n)].kind not in ("place", *COMMUNITY_AGENTS)), None)
        if linked is not None:
            where, entry = linked
            code = entry.code if where[:1] == ("aliases",) else actor_root(entry.code)
            if _party_in(taken, code) is None:
                return code, code
        described = [party.name, *_own_names(key, party)]
        country, agent = self._country(described, names), self.sector(described)
        word = re.sub(r"[^A-Z0-9]", "_", key.upper())
        if country and word[:3] == country and word not in taken:
            return word, word
        roots = {c[:3] for c in self.codes} | AGENT_CODES | {c[:3] for c in taken}
        if not agent and word[:3] not in roots and re.fullmatch(r"[A-Z]\w*", word):
            return word, word
        root = _own_root(key, roots)
        return root + (agent or ""), root

    def personal(self, alias: str) -> str | None:
        """The person an alias names: the two to four capitalised words it is or ends with,
        all letters, none a role, description or group word ("Marta Quell", "union leader
        Marta Quell": Marta Quell; not "Valmora Port Authority", "Labour Ministry",
        "Coastal Fishermen's Federation"); None if none."""
        words = alias.split()
        run = len(words)
        while run and words[run - 1][:1].isupper() and words[run - 1].lower() not in (
                self.agents.keys() | self.descriptions.keys() | GROUP_WORDS):
            run -= 1
        person = words[run:]
        return " ".join(person) if 2 <= len(person) <= 4 and all(
            w[:1].isupper() and w.isalpha() for w in person) and not any(
            w[:1].isupper() for w in words[:run]) else None

    def _country(self, own: list[str], names: dict[str, Entry]) -> str | None:
        """The country a party's names name ("Egyptian workers' union", "(Israel)")."""
        for name in own:
            words = _words(name)
            for i, j in _spans(len(words)):
                entry = names.get(name_key(" ".join(words[i:j])))
                if entry is not None and entry.kind == "country":
                    return entry.code
        return None

    def sector(self, own: list[str]) -> str | None:
        """The CAMEO agent the role words of a party's names say it is, the first name's
        head first (Dockworkers Union: LAB; Valmora Port Authority: GOV); None if none."""
        heads, anywhere = [], []
        for name in own:
            words = _words(name.lower())
            for i, j in _spans(len(words)):
                agent = self.agents.get(" ".join(words[i:j]))
                if agent:
                    (heads if j == len(words) else anywhere).append(agent)
        return next(iter(heads + anywhere), None)

    def with_actors(self, names: dict[str, Entry]) -> ActorDictionary:
        """This dictionary with a user's ``names`` (:func:`accord.news.actor_files.load_actors`)
        laid over it: a name in both takes the user's actor."""
        return replace(self, names={**self.names, **names})

    def party_of(self, code: str | None) -> str | None:
        """The scenario party an actor code belongs to (ISRGOV -> the party linked to ISR):
        a state's party holds its state's agents' words and deeds, not its people's
        (ISRCVL, "families of Israeli hostages", ISROPP, ISRMED: no party's)."""
        party = _party_in(self.parties, code)
        if party is not None:
            held = max((c for c in self.parties if code.startswith(c)), key=len)
            if code[len(held):] in AGENT_CODES and code[len(held):] not in STATE_AGENTS:
                return None
        return party

    def agent(self, phrase: str) -> str | None:
        return self.agents.get(phrase.lower())


def _party_in(parties: dict[str, str], code: str | None) -> str | None:
    """The party whose code is the longest beginning of ``code``."""
    for length in range(len(code or ""), 2, -1):
        if code[:length] in parties:
            return parties[code[:length]]
    return None


def _words(name: str) -> list[str]:
    return [w.strip("'") for w in re.findall(r"[\w'-]+", name.replace("_", " "))]


def _spans(n: int):
    """(start, end) of a name's word sequences, longest first."""
    return sorted(((i, j) for i in range(n) for j in range(i + 1, n + 1)),
                  key=lambda span: span[0] - span[1])


def _own_root(key: str, roots: set[str]) -> str:
    """Three capitals of a party's key that begin no dictionary code, no agent and no other
    party's: its first three letters, else its first letter and two of its consonants, then
    of any letters, in order."""
    letters = re.sub(r"[^A-Z]", "", key.upper()) or "X"
    rest = letters[1:]
    consonants = "".join(c for c in rest if c not in "AEIOU")
    pairs = [letters[1:3], *(a + b for seq in (consonants, rest)
                             for i, a in enumerate(seq) for b in seq[i + 1:])]
    for pair in pairs:
        root = letters[0] + pair
        if len(root) == 3 and root not in roots:
            return root
    return next(root for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                if (root := letters[0] + a + b) not in roots)


def _own_names(key: str, party) -> list[str]:
    """A party's key (as words), its name without a parenthetical role, and its aliases."""
    return [name for _, name in party.news_names(key)]


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
