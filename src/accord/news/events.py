"""Event coding over a dependency parse: who did what to whom, and how it was reported.

For every predicate the lexicon knows (a verb, or a noun such as "bombardments" or "demands"),
the coder finds the source in the subject (following control: in "leaders vowed to resume
operations" the leaders resume), the target in the object or a ``with``/``against``/``on``
phrase, and the modality in the words that govern the act (vowed, demanded, refused, is
expected to). Attribution is kept apart: in "X said that Y attacked", Y is the source of the
attack and X is who said so (``said_by``). This follows the dictionary-over-parse design of
PETRARCH-2 (Norris, Schrodt and Beieler 2017), with the verb patterns replaced by act kinds and
modalities (see :mod:`accord.news.lexicon`).

References
----------
Norris, C., Schrodt, P. A., Beieler, J. (2017). PETRARCH2: another event coding program.
Journal of Open Source Software 2(9), 133.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .actors import AGENT_CODES, Actor, ActorDictionary, Entry
from .codes import code as cameo_code

__all__ = ["Event", "Memory", "Sentence", "code_sentence", "find_mentions"]

NOUNISH = {"NOUN", "PROPN", "PRON"}
SUBJECTS = {"nsubj", "csubj"}
TARGET_PREPS = {"with", "against", "on", "at", "to", "toward", "towards", "into", "upon",
                "between", "among"}
PLACE_PREPS = {"in", "at", "near", "inside", "across", "around", "into", "on"}
FUTURE = {"will", "would", "shall", "'ll", "wo"}
POSSIBLE = {"may", "might", "could", "can"}
# Proper nouns that name times, not actors ("on Thursday", "in May").
TEMPORAL = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow tonight weekend
""".split())  # noqa: SIM905
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "his": "person", "it": "thing", "its": "thing", "itself": "thing",
            "they": "thing", "them": "thing", "their": "thing", "themselves": "thing"}


@dataclass(frozen=True)
class Sentence:
    """A sentence and its character offsets in the document."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Event:
    """One coded event (see ``docs/news.md`` for every field)."""

    sentence: int
    span: tuple[int, int]
    source: Actor
    target: Actor | None
    plover: str | None  # None for CAMEO 01 public statements (no PLOVER category)
    mode: str | None
    cameo: str | None
    goldstein: float | None
    negated: bool
    modality: str | None
    confidence: float
    said_by: Actor | None = None
    date: str | None = None
    place: str | None = None
    act: str = ""
    content: str = ""

    def to_dict(self) -> dict:
        return {
            "sentence": self.sentence,
            "span": list(self.span),
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "plover": self.plover,
            "mode": self.mode,
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "negated": self.negated,
            "modality": self.modality,
            "confidence": self.confidence,
            "said_by": self.said_by.to_dict() if self.said_by else None,
            "date": self.date,
            "place": self.place,
            "act": self.act,
            "content": self.content,
        }


@dataclass
class Memory:
    """Actors named so far in one article, most recent last, for co-reference.

    A description ("the terror group", "the Defence Minister") or a pronoun resolves to the
    most recent actor of its kind or role.
    """

    recent: list[tuple[str, Actor, frozenset[str]]] = field(default_factory=list)

    def remember(self, kind: str, actor: Actor, roles: Iterable[str] = ()) -> None:
        self.recent.append((kind, actor, frozenset(roles)))
        del self.recent[:-50]

    def recall(self, kinds: set[str] | None = None, role: str | None = None) -> Actor | None:
        for kind, actor, roles in reversed(self.recent):
            if (kinds is None or kind in kinds) and (role is None or role in roles):
                return actor
        return None


@dataclass(frozen=True)
class _Act:
    """An act found under a predicate, before its modality is applied."""

    kind: str
    head: object  # the token that names the act
    targets: tuple[Actor, ...] = ()
    negated: bool = False
    content: tuple[int, int] | None = None  # token range [start, end) of what is at stake


def find_mentions(doc, matcher, dictionary: ActorDictionary
                  ) -> dict[int, tuple[int, int, Entry]]:
    """Token index -> (start, end, dictionary entry) of the dictionary name it is part of,
    longest match first."""
    spans = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    found: dict[int, tuple[int, Entry]] = {}
    taken = -1
    for _, start, end in spans:
        if start < taken:
            continue
        entry = dictionary.names.get(doc[start:end].text.lower().replace("’", "'"))
        if entry is None:
            continue
        for i in range(start, end):
            found[i] = (start, end, entry)
        taken = end
    return found


LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "through", "around",
                      "from", "throughout"})
IMPLIED_PREPS = frozenset({"against", "over", "into", "to", "toward", "towards", "on", "with",
                           "around", "along"})
PLURAL = frozenset({"they", "them", "their", "themselves"})
# Acts done to one's own forces: "Russia withdrew its troops" has no target.
OWN_FORCES = frozenset({"withdraw", "demobilize", "mobilize", "alert", "show_force",
                        "police_power", "police_alert"})


class _Context:
    """Everything the coder needs about one sentence."""

    def __init__(self, sent, mentions, dictionary: ActorDictionary, memory: Memory) -> None:
        self.sent = sent
        self.mentions = mentions
        self.dictionary = dictionary
        self.memory = memory
        self.talk_words = any(t.lemma_.lower() in ("negotiation", "talk", "mediation",
                                                  "discussion", "dialogue")
                              for t in sent)
        self.found: list[tuple[str, Actor, frozenset[str]]] = []
        self._location: str | None = None

    # ---- actors -------------------------------------------------------------------------
    def actors(self, token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` names: its conjuncts ("Gondor and
        Osgiliath"), the conjoined names of its modifiers ("Eriadori and Calenardhon leaders",
        "ambassadors of Arnor, Osgiliath and Gondor"); a conjunct that names only a role takes
        the names the one before it took from its modifiers ("Danish media and government")."""
        if token.lemma_.lower() in lx.QUANTITIES:  # "thousands of protesters"
            counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
            if counted:
                token = counted[0]
        heads = [token] + [c for c in token.conjuncts if c.pos_ in NOUNISH and c.i > token.i]
        out: list[Actor] = []
        inherited: list = []
        for head in heads:
            if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
                actor = self._pronoun(head)
                out.extend([actor] if actor else [])
                inherited = []
                continue
            role = self._role(head)
            mentions = self._mentions_near(head)
            if mentions:
                inherited = mentions if head.i not in self.mentions else []
            elif role and head.pos_ == "NOUN":
                mentions = inherited
            if mentions:
                out.extend(self._named(head, m, role, several=len(mentions) > 1)
                           for m in mentions)
            else:
                actor = self._described(head, role)
                out.extend([actor] if actor else [])
        return out

    def actor(self, token) -> Actor | None:
        """The first actor the words headed by ``token`` name (its conjuncts left out)."""
        if token.pos_ == "PRON" or token.lower_ in PRONOUNS:
            return self._pronoun(token)
        mentions = self._mentions_near(token)
        role = self._role(token)
        if mentions:
            return self._named(token, mentions[0], role)
        return self._described(token, role)

    def _named(self, token, mention, role, several: bool = False) -> Actor:
        """The actor of a dictionary name, with the agent its role word adds (ISR + MIL)."""
        start, end, entry = mention
        if several:  # one of several names sharing the head: "Eriadori and Calenardhon leaders"
            text = token.doc[start:end].text + ("" if start <= token.i < end else
                                                f" {token.text}")
        else:
            text = _phrase(token, start, end)
        code = entry.code
        if role and entry.kind in ("country", "place", "party", "person") and len(code) == 3:
            code += role
        actor = Actor(text, code, entry.name, "role" if code != entry.code else "name")
        roles = {w.lower_ for w in token.subtree if w.i < token.i + 1 and w.pos_ == "NOUN"}
        self.found.append((_memory_kind(entry), actor, frozenset(roles)))
        return actor

    def _mentions_near(self, token) -> list:
        """Dictionary names in the head or its close modifiers (compound, amod, poss; "of",
        "from", and for a role word "in": "lawmakers in Fornost"), conjoined ones included."""
        if token.i in self.mentions:
            return [self.mentions[token.i]]
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos"):
                found = self._mention_in(child)
                if found:
                    return _unique([found, *(self._mention_in(c) for c in child.conjuncts)])
        preps = ("of", "from", "in") if self._role(token) else ("of", "from")
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.i in self.mentions:
                        found = _unique([self._mention_in(pobj),
                                         *(self._mention_in(c) for c in pobj.conjuncts)])
                        if child.lower_ == "in":  # officials in Cairo, not hostages in Gaza
                            found = [m for m in found if m[2].kind != "place"
                                     or token.doc[m[0]:m[1]].text.lower()
                                     in self.dictionary.capitals]
                        if found:
                            return found
        return []

    def _mention_in(self, token):
        if token.i in self.mentions:
            return self.mentions[token.i]
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "npadvmod"):  # "Saudi-led"
                found = self._mention_in(child)
                if found:
                    return found
        return None

    def _role(self, token) -> str | None:
        """The agent a role word adds: the head with the words before it ("security
        officials", "border police"), the head ("leaders"), or a title before a name
        ("Deputy Prime Minister Telemar", "President Romendacil")."""
        words = [c.lower_ for c in token.children
                 if c.dep_ == "compound" and c.i < token.i and c.i not in self.mentions]
        agent = self.dictionary.agent
        for i in range(len(words)):
            found = agent(" ".join([*words[i:], token.lower_]))
            if found:
                return found
        found = agent(token.lower_) or agent(token.lemma_)
        if found or token.pos_ != "PROPN":
            return found
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                found = agent(" ".join(words[i:i + n]))
                if found:
                    return found
        return None

    def _described(self, token, role) -> Actor | None:
        """A description resolved by co-reference, or an unknown proper name."""
        lemma = token.lemma_.lower()
        phrase = " ".join(w.lower_ for w in token.subtree if w.dep_ in ("compound", "amod")
                          and w.i < token.i) + (" " if token.i else "") + token.lower_
        kind = self.dictionary.descriptions.get(phrase.strip()) or \
            self.dictionary.descriptions.get(lemma)
        determined = any(c.dep_ in ("det", "poss") for c in token.children)
        if kind and determined:
            actor = self.memory.recall({kind})
            if actor is not None:
                return Actor(_subtree_text(token), actor.code, actor.name, "coreference")
        if role and determined and token.pos_ == "NOUN":
            title = " ".join(w.lower_ for w in token.subtree if w.i <= token.i
                             and w.dep_ in ("compound", "amod")) + " " + token.lower_
            actor = self.memory.recall({"person"}, title.strip())
            if actor is not None:
                return Actor(_subtree_text(token), actor.code, actor.name, "coreference")
        if role and token.pos_ == "NOUN" and not kind and not any(
                c.dep_ == "poss" for c in token.children):  # not "its troops", unresolved
            # a role with no country named or remembered: the agent alone ("police" COP,
            # "protesters" OPP), as CAMEO codes an actor of no known country
            return Actor(_subtree_text(token), role, "", "role")
        if token.pos_ == "PROPN" and token.lower_ not in TEMPORAL:
            return Actor(_subtree_text(token), None, "", "unknown")
        return None

    def _pronoun(self, token) -> Actor | None:
        kind = PRONOUNS.get(token.lower_)
        if kind is None:
            return None
        actor = self._antecedent(token) if token.lower_ not in PLURAL else None
        if actor is not None:
            return Actor(token.text, actor.code, actor.name, "coreference")
        kinds = {"person"} if kind == "person" else {"country", "group", "organisation",
                                                      "party"}
        actor = self.memory.recall(kinds)
        return Actor(token.text, actor.code, actor.name, "coreference") if actor else None

    def situate(self, actor: Actor, others) -> Actor:
        """A role with no country ("police", "civilians") in the country the sentence places
        it: where the event happens ("in northern Nigeria"), else the country of the actor it
        acts with (Syria's government ... against civilians: Syrian civilians), else the
        speaker's."""
        if actor.code not in AGENT_CODES:
            return actor
        country = self.location() or next(
            (a.code[:3] for a in others if a.code and a.code[:3] in self.dictionary.countries),
            None)
        if country is None:
            return actor
        return Actor(actor.text, country + actor.code, actor.name, actor.via)

    def location(self) -> str | None:
        """The country of the first place the sentence locates something in."""
        if self._location is None:
            self._location = ""
            for token in self.sent:
                if token.i in self.mentions and token.dep_ == "pobj" and \
                        token.head.lower_ in LOCATIVE and token.head.head.dep_ not in (
                            "nsubj", "nsubjpass"):  # not "hostages in Gaza": who they are
                    entry = self.mentions[token.i][2]
                    if entry.kind in ("country", "place") and entry.code[:3] in \
                            self.dictionary.countries:
                        self._location = entry.code[:3]
                        break
        return self._location or None

    def _antecedent(self, token) -> Actor | None:
        """A pronoun's antecedent in its own sentence: the subject of a clause that governs it
        ("Japan said it would ...", "Russia withdrew its troops")."""
        node = token
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.pos_ != "PRON" \
                        and c.lower_ not in PRONOUNS and token not in c.subtree:
                    actor = self.actor(c)
                    if actor is not None and actor.code is not None:
                        return actor
        return None

    # ---- places -------------------------------------------------------------------------
    def place(self, tokens) -> str | None:
        for token in tokens:
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS \
                    and token.i in self.mentions:
                entry = self.mentions[token.i][2]
                if entry.kind in ("place", "country"):
                    return entry.name if entry.kind == "country" else \
                        _phrase(token, *self._mention_in(token)[:2])
        return None


def _unique(mentions) -> list:
    """Mentions without repeats or Nones, in order."""
    out = []
    for m in mentions:
        if m is not None and m not in out:
            out.append(m)
    return out


def _memory_kind(entry: Entry) -> str:
    return {"place": "country", "party": "party"}.get(entry.kind, entry.kind)


def _phrase(token, start: int, end: int) -> str:
    """The words naming an actor: the noun phrase up to its head (or the name's end)."""
    doc = token.doc
    first = min(start, token.left_edge.i)
    for k in range(first, min(start, token.i)):
        if doc[k].is_punct and doc[k].text not in ("'", "’"):
            first = k + 1  # not across a dash or comma: "Cairo, 6 May 2024 - Hamas envoys"
    while first < token.i and doc[first].dep_ in ("det", "predet", "case", "punct"):
        first += 1
    words = doc[first:max(end - 1, token.i) + 1].text
    for suffix in ("’s", "'s", "’", "'"):
        if words.endswith(suffix):
            return words[: -len(suffix)].strip()
    return words


def _subtree_text(token) -> str:
    return _phrase(token, token.i, token.i + 1)


# ---- predicates ---------------------------------------------------------------------------

def _children(token, *deps):
    return [c for c in token.children if c.dep_ in deps]


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children)


def _aux_modality(verb) -> str | None:
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in FUTURE or c.lemma_ == "will":
                return "future"
            if c.lower_ in POSSIBLE:
                return "possible"
            if c.lower_ == "going" or c.lemma_ == "go":
                return "future"
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ == "if":
            return "hypothetical"
    return None


def _noun_act(noun) -> str | None:
    """The act a noun names, if any (military operations; an end to hostilities); a modifier
    may refine it (a hunger strike, military aid, economic ties)."""
    lemma = noun.lemma_.lower()
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma == "end":
        for prep in _children(noun, "prep"):
            for pobj in _children(prep, "pobj"):
                inner = _noun_act(pobj)
                if inner in lx.HOSTILE:
                    return "ceasefire"
                if inner in ("talks", "mediate"):
                    return "halt_talks"
        return None
    refined = _refined(noun)
    if refined:
        return refined
    if lemma in lx.RESUMING_NOUNS:  # the resumption of ties, a campaign of ethnic cleansing
        inner = next((_noun_act(o) for p in _children(noun, "prep") if p.lower_ == "of"
                      for o in _children(p, "pobj")), None)
        if inner is not None or lemma not in lx.ACT_NOUNS:
            return inner
    if lemma not in lx.ACT_NOUNS:
        return None
    mods = set(mods)
    if lemma in lx.NEEDS_MILITARY and not mods & lx.MILITARY_MODIFIERS and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return None
    if lemma == "table" and not mods & {"negotiating", "negotiate", "negotiation"}:
        return None
    if lemma == "ground" and "common" not in mods:
        return None
    if lemma in ("round", "process") and not (mods & {"peace", "negotiation", "talk"} or any(
            p.lower_ == "of" and any(_noun_act(o) == "talks" for o in p.children)
            for p in _children(noun, "prep"))):
        return None
    if lemma == "pause" and not mods & {"humanitarian", "fighting"} and not any(
            p.lower_ == "in" for p in _children(noun, "prep")):
        return None
    if lemma == "call" and not mods & {"phone", "telephone", "video"}:
        return None
    return lx.ACT_NOUNS[lemma]


def _refined(noun) -> str | None:
    """The act a modifier makes of a noun ("joint exercises", "military aid"), if any."""
    refined = lx.NOUN_MODIFIERS.get(noun.lemma_.lower())
    if refined:
        for c in noun.children:
            if c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in refined:
                return refined[c.lemma_.lower()]
    return None


def _count(objects) -> int:
    """How many people the objects number, at least ("hundreds of civilians", "800,000
    people", "more than 700,000 Rohingya"); 0 when they give no number."""
    best = 0
    for o in objects:
        for w in [o, *o.children, *(g for c in o.children for g in c.children)]:
            if w.lemma_.lower() in ("hundred", "thousand", "million") and w.tag_ == "NNS":
                best = max(best, 100)
            elif w.like_num:
                text = w.text.replace(",", "")
                value = {"hundred": 100, "thousand": 1000, "million": 10 ** 6}.get(
                    text.lower(), 0)
                if text.isdigit():
                    value = int(text)
                    if any(n.lower_ in ("thousand", "million") for n in w.head.children) or \
                            w.head.lower_ in ("thousand", "million"):
                        value *= 1000
                best = max(best, value)
    return best


def _object_words(o) -> list[str]:
    """The words an object is looked up by, longest first: "tear gas", "gas"; and for "a
    state of emergency", "emergency"."""
    lemma = o.lemma_.lower()
    words = [f"{c.lemma_.lower()} {lemma}" for c in o.children
             if c.dep_ in ("amod", "compound", "nmod")]
    words.append(lemma)
    words.extend(c.lemma_.lower() for c in o.children if c.dep_ == "compound")
    for prep in _children(o, "prep"):
        if prep.lower_ in ("of", "in"):  # "a state of emergency", "$100 million in aid"
            words.extend(p.lemma_.lower() for p in _children(prep, "pobj"))
    return words


def _objects(verb):
    """Direct objects and prepositional objects of a verb, nearest first."""
    out = list(_children(verb, "dobj", "attr", "oprd"))
    for prep in _children(verb, "prep", "prt", "agent"):
        out.extend(_children(prep, "pobj", "pcomp"))
    for part in _children(verb, "prt"):
        for prep in _children(part, "prep"):
            out.extend(_children(prep, "pobj"))
    return out


def _own(token) -> list:
    """A token's subtree without its conjuncts (the words of this phrase or clause only)."""
    words = [token]
    for child in token.children:
        if child.dep_ not in ("conj", "cc", "punct") or child.i < token.i:
            words.extend(_own(child))
    return sorted(words, key=lambda w: w.i)


def _span(token) -> tuple[int, int]:
    words = _own(token)
    return words[0].i, words[-1].i + 1


AID = frozenset({"aid", "economic_aid", "military_aid", "peacekeeping", "asylum"})


class _Coder:
    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.consumed: set[int] = set()
        # what speakers said, kept for a sentence that reports nothing else (CAMEO 010)
        self.statements: list[tuple] = []

    # Subjects follow control: xcomp and participles take their governor's subject.
    def subject(self, verb) -> list[Actor]:
        for dep in ("nsubj", "csubj"):
            for c in _children(verb, dep):
                found = self.ctx.actors(c)
                if found:
                    return found
        for agent in _children(verb, "agent"):
            for pobj in _children(agent, "pobj"):
                return self.ctx.actors(pobj)
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "xcomp":
            for c in _children(head, "dobj"):
                found = self.ctx.actors(c)
                if found:
                    return found
            for c in _children(head, "nsubjpass"):
                found = self.ctx.actors(c)
                if found:
                    return found
            return self.subject(head)
        if verb.dep_ in ("advcl", "conj") and not _children(verb, "mark"):
            return self.subject(head)
        if verb.dep_ in ("acomp", "oprd"):  # "X is about to ...", "ready to ...": X
            return self.subject(head)
        if verb.dep_ in ("ccomp", "xcomp") and head.dep_ == "ccomp":
            return self.subject(head)
        if verb.dep_ == "acl":
            return self.owner(head)
        return []

    def owner(self, noun) -> list[Actor]:
        """Whose a noun is: its possessor or national adjective, or that of the noun phrase it
        belongs to (Hamas's stance, including demands ...)."""
        for c in noun.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and (
                    c.i in self.ctx.mentions or c.pos_ in ("PROPN", "PRON")
                    or c.lower_ in PRONOUNS):
                actor = self.ctx.actor(c)
                if actor is not None:
                    return [actor]
        for prep in _children(noun, "prep", "agent"):
            if prep.lower_ in ("by", "from"):
                for pobj in _children(prep, "pobj"):
                    found = self.ctx.actors(pobj)
                    if found:
                        return found
        head = noun.head
        if noun.dep_ in ("pobj",) and head.dep_ == "prep" and head.lower_ in (
                "including", "of", "like", "such"):
            return self.owner(head.head)
        if noun.dep_ == "appos" and head.pos_ in NOUNISH:
            return self.owner(head)
        if noun.dep_ == "dobj" and head.lemma_.lower() in lx.ATTRIBUTION_VERBS:
            return []
        return []

    def targets(self, verb, exclude=(), exclude_objects: bool = False) -> tuple[Actor, ...]:
        """Who an act is done to: the object, a dative, a with/against/on... phrase, and in
        the passive with an agent ("Y was attacked by X"), the subject."""
        found: list[Actor] = []
        for c in _children(verb, "dative") if exclude_objects else _children(
                verb, "dobj", "dative"):
            if c.pos_ == "ADP":  # "sent weapons to X": a dative "to" phrase
                found.extend(a for w in _children(c, "pobj") for a in self.ctx.actors(w))
                continue
            # "condemned an attack by X", "X's attack": the one who did what is named
            found.extend(self.ctx.actors(c) or (
                self.owner(c) if c.lemma_.lower() in lx.ACT_NOUNS else []))
        if _children(verb, "agent"):
            for c in _children(verb, "nsubjpass"):
                found.extend(self.ctx.actors(c))
        objects = bool(found)
        for prep in _children(verb, "prep"):
            if prep.lower_ in TARGET_PREPS and not (objects and prep.lower_ in ("at", "in")):
                for pobj in _children(prep, "pobj"):
                    found.extend(a for a in self.ctx.actors(pobj))
        codes = {a.code for a in exclude}
        return tuple(a for a in found if a.code not in codes or a.code is None)

    # ---- acts ---------------------------------------------------------------------------
    def acts_of_clause(self, verb) -> list[_Act]:
        """The acts an embedded clause names (conjoined clauses give several)."""
        acts = []
        for v in [verb, *[c for c in verb.conjuncts if c.i > verb.i and c.pos_ in
                          ("VERB", "AUX")]]:
            act = self.act_of_verb(v)
            if act is not None:
                acts.append(act)
                self.consumed.add(v.i)
        return acts

    def act_of_verb(self, verb) -> _Act | None:
        """The act a verb names, refined by what it is done with ("attacked with poison gas")
        and to how many ("killed hundreds of civilians": a mass killing)."""
        act = self._act_of_verb(verb)
        if act is None:
            return None
        lemma = verb.lemma_.lower()
        if act.kind in ("force", "deport", "assassinate") and lemma in lx.MASS_VERBS and \
                _count(_objects(verb)) >= 100:
            return replace(act, kind=lx.MASS_VERBS[lemma])
        if act.kind == "force":
            for p in _children(verb, "prep"):
                if p.lower_ in ("with", "using"):
                    for o in _children(p, "pobj"):
                        kind = next((lx.INSTRUMENTS[w] for w in _object_words(o)
                                     if w in lx.INSTRUMENTS), None)
                        if kind is not None:
                            return replace(act, kind=kind)
        return act

    def _act_of_verb(self, verb) -> _Act | None:
        lemma = verb.lemma_.lower()
        objects = _objects(verb)
        content = _span(verb)
        neg = _negated(verb)
        if lemma in ("allow", "let", "permit", "enable"):
            allowed = lx.VERB_OBJECTS["allow"]
            for o in [*objects, *(s for c in _children(verb, "ccomp", "xcomp")
                                  for s in _children(c, "nsubj"))]:
                kind = next((allowed[w] for w in _object_words(o) if w in allowed), None)
                if kind is not None:  # "allowed aid trucks to enter", "let inspectors in"
                    for c in _children(verb, "ccomp", "xcomp"):
                        self.consumed.add(c.i)
                    return _Act(kind, verb, self.targets(verb, exclude_objects=True), neg,
                                content)
            for c in _children(verb, "ccomp", "xcomp"):
                inner = self.act_of_verb(c)
                if inner is not None:
                    self.consumed.add(c.i)
                    return _Act(inner.kind, inner.head, inner.targets, neg, content)
        if lemma in lx.REMOVAL_VERBS and any(o.lemma_.lower() in lx.FORCES for o in objects):
            owners = [a for o in objects if o.lemma_.lower() in lx.FORCES
                      for a in self.ctx.actors(o)]
            return _Act("withdraw", verb, tuple(owners), neg, content)
        if lemma in ("release", "free", "return", "exchange") and any(
                o.lemma_.lower() in lx.CAPTIVES for o in objects):
            return _Act("release", verb, self.targets(verb), neg, content)
        if lemma in lx.HOLDING_VERBS and (any(o.lemma_.lower() in lx.CAPTIVES for o in objects)
                                          or verb.head.lemma_.lower() in lx.CAPTIVES):
            return _Act("hostage", verb, self.targets(verb), neg, content)
        by_object = lx.VERB_OBJECTS.get(lemma)
        if by_object:  # recall the ambassador, lift sanctions, open fire, take to the streets
            for o in objects:
                kind = _refined(o) or next((by_object[w] for w in _object_words(o)
                                            if w in by_object), None)
                if kind is not None:
                    self.consumed.add(o.i)
                    targets = self.noun_targets(o) or self.targets(verb)
                    return _Act(kind, verb, targets, neg, content)
        for particle in _children(verb, "prt", "advmod", "prep"):  # step down, look into
            kind = lx.PARTICLE_ACTS.get((lemma, particle.lower_))
            if kind == "withdraw" and any(_noun_act(o) in ("talks", "mediate", "settle")
                                          for o in objects):
                kind = "halt_talks"  # "pulled out of the negotiations"
            if kind is not None:
                return _Act(kind, verb, self.targets(verb), neg, content)
        if lemma in lx.HALT_VERBS:
            # what is stopped: not a destination or purpose ("left for Cairo for talks")
            for o in [o for o in objects if o.head.lower_ not in ("for", "to", "toward",
                                                                   "towards", "into")]:
                inner = _noun_act(o)
                if inner in ("talks", "consult", "settle"):
                    return _Act("halt_talks", verb, self.targets(verb) or self.noun_targets(o),
                                neg, content)
                if inner == "mediate":
                    return _Act("halt_mediation", verb, self.targets(verb) or
                                self.noun_targets(o), neg, content)
                if inner in ("relations", "economic_ties", "military_ties"):
                    return _Act("break_relations", verb, self.targets(verb) or
                                self.noun_targets(o), neg, content)
                if inner in lx.HOSTILE and lemma not in ("leave", "break"):
                    return _Act("ceasefire", verb, self.targets(verb), neg, content)
        if lemma in lx.LIGHT_VERBS:
            for o in objects:
                inner = _noun_act(o)
                if inner is not None:
                    self.consumed.add(o.i)
                    targets = self.targets(verb) or self.noun_targets(o)
                    return _Act(inner, o, targets, neg, content)
            if lemma == "enter" and any(o.i in self.ctx.mentions and
                                        self.ctx.mentions[o.i][2].kind in ("place", "country")
                                        for o in objects):
                return _Act("occupy", verb, self.targets(verb), neg, content)
        if lemma in lx.VERB_ACTS:
            kind = lx.VERB_ACTS[lemma]
            targets = self.targets(verb)
            if kind in lx.HOSTILE and not targets and lemma in ("hit", "strike", "fire",
                                                                 "target", "pound", "mass"):
                return None  # "hit a roadblock": force needs someone to hit
            if kind == "withdraw" and any(_noun_act(o) in ("talks", "mediate", "settle")
                                          for o in objects):
                kind = "halt_talks"
            return _Act(kind, verb, targets, neg, content)
        if lemma in lx.VISIT_VERBS:  # "arrived in Riyadh", "flew to Beijing"
            places = [self.ctx.mentions[o.i] for p in _children(verb, "prep")
                      if p.lower_ in ("in", "to") for o in _children(p, "pobj")
                      if o.i in self.ctx.mentions
                      and self.ctx.mentions[o.i][2].kind in ("country", "place")]
            if places:
                start, end, entry = places[0]
                return _Act("visit", verb, (Actor(verb.doc[start:end].text, entry.code[:3],
                                                  entry.name),), neg, content)
        if lemma in lx.GIVING_VERBS:
            kind = self.given(objects)
            if kind is not None:  # to whom: the verb's, else the gift's ("loans to X")
                return _Act(kind, verb, self.targets(verb, exclude_objects=True) or tuple(
                    a for o in objects for p in o.subtree if p.dep_ == "prep" and p.lower_ in (
                        "to", "for") for w in _children(p, "pobj") for a in self.ctx.actors(w)),
                    neg, content)
        if lemma in lx.DEPARTURE_VERBS and self.ctx.talk_words and not any(
                p.lower_ in ("for", "to") and _noun_act(o) in ("talks", "consult", "mediate")
                for p in _children(verb, "prep") for o in _children(p, "pobj")):
            # leaving (a walk-out), not leaving for talks ("left for Cairo for meetings")
            return _Act("halt_talks", verb, (), neg, content)
        return None

    @staticmethod
    def given(objects) -> str | None:
        """The aid a giving verb's objects make: money is economic aid, weapons military aid,
        peacekeepers protection, food, medicine or "aid" humanitarian aid."""
        for o in objects:
            kind = _noun_act(o)
            if kind in AID:
                return kind
            words = {o.lemma_.lower()} | {c.lemma_.lower() for c in o.subtree}
            if words & lx.MONEY:
                return "economic_aid"
            if words & lx.WEAPONS:
                return "military_aid"
            if words & lx.PEACEKEEPERS:
                return "peacekeeping"
            if words & lx.SUPPLIES:
                return "aid"
        return None

    def noun_targets(self, noun) -> tuple[Actor, ...]:
        """Who a noun's act is with or against ("ties with X", "talks between X and Y"; "the
        resumption of ties with X": those of the "of" phrase)."""
        found: list[Actor] = []
        for prep in _children(noun, "prep"):
            if prep.lower_ in TARGET_PREPS or prep.lower_ in ("between",):
                for pobj in _children(prep, "pobj"):
                    found.extend(self.ctx.actors(pobj))
            elif prep.lower_ == "of" and noun.lemma_.lower() in lx.RESUMING_NOUNS:
                for pobj in _children(prep, "pobj"):
                    found.extend(self.noun_targets(pobj))
            elif prep.lower_ == "of" and noun.lemma_.lower() in lx.PATIENT_NOUNS:
                for pobj in _children(prep, "pobj"):  # the arrest of X: X is arrested
                    found.extend(self.ctx.actors(pobj))
        return tuple(found)

    def acts_of_noun(self, noun) -> list[_Act]:
        """Acts named by a noun complement: "an end to hostilities", "military action"."""
        kind = _noun_act(noun)
        if kind is not None:
            return [_Act(kind, noun, self.noun_targets(noun), _negated(noun), _span(noun))]
        if noun.lemma_.lower() in lx.MODAL_NOUNS or noun.lemma_.lower() in ("demand", "term"):
            out = []
            for c in noun.children:
                if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                    out.extend(self.acts_of_clause(c))
            return out
        return []

    def complements(self, token) -> list[_Act]:
        """The acts a modal verb or noun governs: its clause, object, or for/on/of phrase."""
        acts: list[_Act] = []
        for c in token.children:
            if (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")) or (
                    c.dep_ == "acl" and c.pos_ == "VERB" and token.pos_ == "NOUN") or (
                    c.dep_ == "advcl" and c.pos_ == "VERB" and token.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                # "urged X to ...", "appealed to X to let ..." (read as a purpose clause)
                acts.extend(self.acts_of_clause(c))
        if acts:
            return acts
        for o in _objects(token):
            if o.pos_ in ("VERB",):
                acts.extend(self.acts_of_clause(o))
            else:
                acts.extend(self.acts_of_noun(o))
                for conj in o.conjuncts:
                    if conj.i > o.i:
                        acts.extend(self.acts_of_noun(conj))
            if acts:
                break
        if not acts:  # "asked for weapons", "a request for loans": what is to be given
            gifts = [o for p in _children(token, "prep") if p.lower_ == "for"
                     for o in _children(p, "pobj")]
            kind = self.given(gifts)
            if kind is not None:
                acts.append(_Act(kind, gifts[0], (), False, _span(gifts[0])))
        return acts

    # ---- events -------------------------------------------------------------------------
    def code(self, token) -> list[tuple]:
        """Raw events for one predicate: (sources, act, modality, negated, trigger, conf)."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma not in ("be", "have", "do"):
            return self.code_verb(token, lemma)
        if token.pos_ == "NOUN":
            return self.code_noun(token, lemma)
        if token.pos_ == "ADJ" and lemma in lx.ADJECTIVE_ACTS and token.dep_ == "acomp":
            # "X was optimistic about the talks", "Y is critical of Z"
            targets = tuple(a for p in _children(token, "prep") if p.lower_ in (
                "of", "about", "over", "toward", "towards", "to", "with")
                for o in _children(p, "pobj") for a in self.ctx.actors(o))
            act = _Act(lx.ADJECTIVE_ACTS[lemma], token, targets, _negated(token.head),
                       _span(token.head))
            return [(self.subject(token.head), act, None, act.negated, token, 0.8)]
        if token.pos_ == "ADJ" and lemma in lx.MODAL_ADJECTIVES and token.dep_ in (
                "acomp", "amod", "oprd"):
            acts = self.complements(token)
            if acts:
                head = token.head if token.dep_ != "amod" else token.head
                sources = self.subject(head) if token.dep_ != "amod" else self.owner(head)
                return [(sources, a, lx.MODAL_ADJECTIVES[lemma], _negated(head), token, 0.8)
                        for a in acts]
        return []

    def code_verb(self, verb, lemma) -> list[tuple]:
        neg = _negated(verb)
        # X deems the terms unacceptable: a rejection of what is deemed so.
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")
                      and c.lemma_.lower() in lx.REJECTING_ADJECTIVES]
        if predicates:
            rejected = _children(verb, "dobj") or ([verb.head] if verb.dep_ == "relcl" else [])
            acts = []
            for r in rejected:
                acts.extend(self.rejected_acts(r))
            acts = acts or [_Act("settle", verb, (), False, _span(verb))]
            return [(self.subject(verb), a, "refusal", neg, verb, 0.85) for a in acts]
        modality = next((lx.MODAL_PHRASES[(lemma, p.lower_)] for p in _children(
            verb, "prep", "prt") if (lemma, p.lower_) in lx.MODAL_PHRASES and not any(
                o.lower_ in TEMPORAL for o in _children(p, "pobj"))), None)
        if modality is None and lemma in lx.MODAL_VERBS:
            modality = lx.MODAL_VERBS[lemma]
            if lemma == "expect" and not _children(verb, "auxpass", "nsubjpass"):
                modality = "intent" if _children(verb, "xcomp") else None
            if lemma == "call":  # "called for", "called on" (modal_phrases); not "called X"
                modality = None
        if modality is not None:
            acts = self.complements(verb)
            if modality == "refusal" and not acts:
                acts = [a for o in _children(verb, "dobj") for a in self.rejected_acts(o)] or [
                    _Act("request", o, (), False, _span(o)) for o in _children(verb, "dobj")
                    if o.pos_ == "NOUN" and not self.ctx.actors(o)
                    and lemma not in lx.VERB_ACTS][:1]  # "denied the report": a denial
            addressees = self.addressees(verb) if modality in ("appeal", "demand") else tuple(
                a for o in _children(verb, "dobj") for a in self.ctx.actors(o)
            ) if modality == "threat" else ()  # "warned X that ...": a threat to X
            leaving = [c for c in _children(verb, "xcomp", "ccomp")
                       if c.lemma_.lower() in ("leave", "depart", "exit", "quit")]
            if not acts and addressees and leaving and lemma in ("order", "command", "direct",
                                                                 "tell"):
                # ordered to leave: an expulsion, of a mission when it is one
                kind = "expel_mission" if all((a.code or "")[:3] in ("IGO", "NGO")
                                              for a in addressees) else "deport"
                return [(self.subject(verb), _Act(kind, verb, addressees, False, _span(verb)),
                         None, neg, verb, 0.9)]
            if not acts and addressees and _children(verb, "xcomp", "ccomp"):
                # "X urged Y to ..." whatever Y is to do: a request to Y
                acts = [_Act("request", verb, (), False, _span(verb))]
            # the target of an appeal or demand is who is asked ("urged Israel to meet
            # Hamas": Israel), else whom the act is done to
            acts = [a if a.targets and not addressees else _Act(
                a.kind, a.head, addressees or self.targets(verb, exclude_objects=True),
                a.negated, a.content) for a in acts]
            if neg and modality in ("agree", "propose", "intent", "vow"):
                modality, neg = "refusal", False
            # an act the stance cannot report (refusing to attack) leaves the verb to be
            # an act of its own, if it is one ("denied that it attacked": a denial)
            acts = [a for a in acts if lx.combined_code(modality, a.kind) is not None]
            if acts:
                sources = self.subject(verb) or [
                    a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)]
                return [(sources, a, modality, neg or a.negated, verb, 0.9) for a in acts]
        if lemma in lx.ATTRIBUTION_VERBS and lemma not in lx.VERB_OBJECTS:
            self.statement(verb, lemma)
            return []  # "claimed responsibility", "expressed concern": acts by their object
        received = self.received(verb, lemma)
        if received:
            return received
        talk_state = self.talk_state(verb, lemma)
        if talk_state:
            return talk_state
        act = self.act_of_verb(verb)
        if act is None:
            return []
        modality = _aux_modality(verb)
        if lemma in lx.GIVING_VERBS and lemma in lx.MODAL_VERBS and act.kind in AID:
            # pledged, offered, promised aid: an intent to give
            modality = lx.MODAL_VERBS[lemma]
        sources = self.subject(verb)
        if not sources:  # "a roadside bomb planted by X killed", "killed in an Israeli strike"
            sources, act = self.instrument(verb, act)
        if not sources and act.kind in OWN_FORCES:  # "police were placed on high alert"
            sources = [a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)]
        if act.kind in ("alert", "mobilize") and sources and all(
                (a.code or "").endswith("COP") for a in sources):
            act = replace(act, kind="police_alert" if act.kind == "alert" else "police_power")
        if act.kind in ("force", "bombing"):
            act = self.by_agent(verb, act, sources)
        confidence = 0.6 if lemma in lx.DEPARTURE_VERBS and act.kind == "halt_talks" else 0.9
        if act.kind == "hostage" and verb.dep_ == "acl":
            holder = self.subject(verb)
            captives = self.ctx.actors(verb.head)
            return [(holder, _Act("hostage", verb, tuple(captives), neg, _span(verb.head)),
                     None, neg, verb, 0.85)]
        return [(sources, act, modality, neg, verb, confidence)]

    def instrument(self, verb, act: _Act) -> tuple[list[Actor], _Act]:
        """An act whose doer is named only through the means: a subject that is itself an
        attack ("an airstrike killed", "a bomb planted by X killed") or, in the passive, an
        attack it happened in ("was killed in an Israeli strike"): its owner does it, to the
        passive's subject."""
        nouns = _children(verb, "nsubj")
        passive = bool(_children(verb, "nsubjpass"))
        if passive:
            nouns += [o for p in _children(verb, "prep") if p.lower_ in ("in", "by", "during")
                      for o in _children(p, "pobj")]
        for noun in nouns:
            kind = _noun_act(noun)
            if kind not in lx.HOSTILE:
                continue
            owners = self.owner(noun) or [a for c in noun.children if c.dep_ == "acl"
                                          for a in self.subject(c)]
            if owners:
                targets = act.targets or tuple(a for c in _children(verb, "nsubjpass")
                                               for a in self.ctx.actors(c))
                kind = act.kind if act.kind != "force" else kind
                return owners, replace(act, kind=kind, targets=targets)
        return [], act

    def by_agent(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Force by a suicide bomber is a bombing; force by protesters, students, workers
        or civilians is a riot (CAMEO 145)."""
        for c in _children(verb, "nsubj"):
            words = [f"{m.lemma_.lower()} {c.lemma_.lower()}" for m in c.children
                     if m.dep_ in ("amod", "compound")] + [c.lemma_.lower()]
            kind = next((lx.AGENT_ACTS[w] for w in words if w in lx.AGENT_ACTS), None)
            if kind is not None:
                return replace(act, kind=kind)
        if act.kind == "force" and sources and all(a.code and a.code[-3:] in lx.RIOTING_AGENTS
                                                   for a in sources):
            return replace(act, kind="riot")
        return act

    def implied_targets(self, trigger, act: _Act, modality, sources) -> list[Actor]:
        """A target the words governing the act do not give directly: for a threat, who must
        not do what its "if" clause says ("threatened to ... if Y deploys"); else the first
        actor named inside the object or an against/over/into/to phrase ("condemned the coup
        in Niger", "banned imports of Japanese seafood", "troops to the border with Guyana")."""
        verbs = [trigger, *([act.head] if act.head is not trigger else [])]
        if modality == "threat":
            for v in verbs:
                for c in v.subtree:
                    if c.dep_ == "advcl" and any(m.lower_ == "if" for m in _children(c, "mark")):
                        found = [a for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
                        if found:
                            return found
        own = {(a.code or "")[:3] for a in sources}
        for v in verbs:
            phrases = [c for c in v.children if c.dep_ in ("dobj", "attr", "dative") or (
                c.dep_ == "prep" and c.lower_ in IMPLIED_PREPS)]
            for phrase in phrases:
                for w in phrase.subtree:
                    if w.i in self.ctx.mentions and w.head.lower_ != "by":
                        start, end, entry = self.ctx.mentions[w.i]
                        code = entry.code if entry.kind != "place" else entry.code[:3]
                        if code[:3] not in own:
                            return [Actor(w.doc[start:end].text, code, entry.name)]
        return []

    def addressees(self, verb) -> tuple[Actor, ...]:
        """Who is asked: the object ("urged X to"), the "to"/"on" phrase ("appealed to X",
        "called on X"), or the subject of the clause that says what is to be done
        ("demanded that X withdraw")."""
        found = [a for o in _children(verb, "dobj") for a in self.ctx.actors(o)]
        found += [a for p in _children(verb, "prep") if p.lower_ in ("to", "on")
                  for o in _children(p, "pobj") if o.lower_ not in TEMPORAL
                  for a in self.ctx.actors(o)]
        if not found:
            found = [a for c in _children(verb, "ccomp") for s in _children(c, "nsubj")
                     for a in self.ctx.actors(s)]
        return tuple(found)

    def statement(self, verb, lemma) -> None:
        """A speaker's statement about something ("said that the budget would ..."): a
        comment, or a pessimistic one when it is a warning."""
        if not _children(verb, "ccomp", "dobj", "prep") or _children(verb, "neg"):
            return
        sources = self.subject(verb)
        if sources:
            kind = "pessimism" if lemma in lx.WARNING_VERBS else "comment"
            act = _Act(kind, verb, self.targets(verb, exclude_objects=True), False, _span(verb))
            self.statements.append((sources, act, None, False, verb, 0.5))

    def received(self, verb, lemma) -> list[tuple]:
        """"X received money (aid) from Y": Y gave it to X."""
        if lemma not in lx.RECEIVING_VERBS:
            return []
        kind = self.given(_children(verb, "dobj"))
        givers = [a for t in [verb, *_children(verb, "dobj")] for p in _children(t, "prep")
                  if p.lower_ == "from" for o in _children(p, "pobj") for a in self.ctx.actors(o)]
        if kind is None or not givers:
            return []
        act = _Act(kind, verb, tuple(self.subject(verb)), _negated(verb), _span(verb))
        return [(givers, act, _aux_modality(verb), act.negated, verb, 0.85)]

    def talk_state(self, verb, lemma) -> list[tuple]:
        """What became of talks named as the verb's subject: "the talks collapsed", "talks
        between X and Y resumed", "negotiations were suspended (by X)". The source is who
        halted them (a passive's agent), else the talks' participants, else unknown."""
        talks = [c for c in _children(verb, "nsubj", "nsubjpass")
                 if _noun_act(c) in ("talks", "mediate", "consult")]
        if not talks or _children(verb, "dobj"):
            return []
        particles = {c.lower_ for c in _children(verb, "prt")}
        kind = next((lx.TALK_STATE_PHRASES[(lemma, p)] for p in particles
                     if (lemma, p) in lx.TALK_STATE_PHRASES), None)
        preps = {(p.lower_, o.lemma_.lower()) for p in _children(verb, "prep")
                 for o in _children(p, "pobj")}
        if kind is None and any(p == "to" and o in lx.STOP_NOUNS for p, o in preps):
            kind = "halt_talks"
        if kind is None and not particles:
            kind = lx.TALK_STATE_VERBS.get(lemma)
        if kind == "halt_talks" and lemma == "end" and any(p == "without" for p, _ in preps):
            kind = "collapse_talks"
        if kind is None:
            return []
        noun = talks[0]
        sources = [a for agent in _children(verb, "agent") for o in _children(agent, "pobj")
                   for a in self.ctx.actors(o)]
        if not sources and kind == "halt_talks":
            kind = "talks_halted"  # halted by no one named: not a walk-out by its parties
        sources = sources or self.participants(noun) or [
            Actor(_subtree_text(noun), None, "", "unknown")]
        self.consumed.add(noun.i)
        act = _Act(kind, noun, (), _negated(verb), _span(noun))
        return [(sources, act, _aux_modality(verb), act.negated, verb, 0.85)]

    def participants(self, noun) -> list[Actor]:
        """The parties of talks: "Israel-Hamas talks", "talks between X and Y"."""
        found = []
        for t in noun.lefts:
            if t.dep_ in ("compound", "amod", "poss", "nmod"):
                spans = {self.ctx.mentions[w.i] for w in t.subtree if w.i in self.ctx.mentions}
                for start, end, entry in sorted(spans, key=lambda m: m[0]):
                    found.append(Actor(noun.doc[start:end].text, entry.code, entry.name))
        for prep in _children(noun, "prep"):
            if prep.lower_ in ("between", "with", "among"):
                for pobj in _children(prep, "pobj"):
                    found.extend(self.ctx.actors(pobj))
        return list({a.code: a for a in found}.values())

    def rejected_acts(self, noun) -> list[_Act]:
        """What a rejected noun stands for: its own act, the demands it renames, or a deal."""
        lemma = noun.lemma_.lower()
        acts = self.acts_of_noun(noun)
        if acts and lemma not in ("term", "demand", "condition"):
            owners = tuple(self.owner(noun))  # "rejected Hamas's proposal": to Hamas
            return [replace(a, targets=a.targets or owners) for a in acts]
        if lemma in ("request", "call", "appeal", "plea", "offer") and lemma in lx.MODAL_NOUNS:
            # "rejected X's request for military aid": the act asked for, refused to X
            owners = tuple(self.owner(noun))
            acts = [replace(a, targets=owners or a.targets) for a in self.complements(noun)]
            if acts:
                self.consumed.add(noun.i)
                return acts
        if lemma in ("term", "demand", "condition", "proposal", "idea", "stance", "position"):
            # "terms" renaming a list of demands given earlier in the sentence
            for other in noun.sent:
                if other.i < noun.i and other.lemma_.lower() in ("demand", "condition"):
                    owners = tuple(self.owner(other))
                    return [_Act(a.kind, a.head, owners, False, a.content)
                            for a in self.acts_of_noun(other)]
            return [_Act("settle", noun, (), False, _span(noun))]
        return []

    def code_noun(self, noun, lemma) -> list[tuple]:
        if noun.i in self.consumed or self._doubted(noun):
            return []
        if lemma in lx.MODAL_NOUNS:
            acts = self.complements(noun)
            if acts:
                return [(self.owner(noun), a, lx.MODAL_NOUNS[lemma], _negated(noun), noun, 0.75)
                        for a in acts]
            return []
        if lemma in lx.EVENT_NOUNS:
            kind = _noun_act(noun)
            owners = self.owner(noun)
            if kind is not None and owners:
                act = _Act(kind, noun, self.noun_targets(noun), _negated(noun), _span(noun))
                return [(owners, act, None, act.negated, noun, 0.7)]
        return []

    def _doubted(self, noun) -> bool:
        token = noun
        for _ in range(4):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.lemma_.lower() in lx.DOUBT_NOUNS:
                return True
        return False


def _top_down(root) -> Iterator:
    queue = [root]
    while queue:
        token = queue.pop(0)
        yield token
        queue.extend(token.children)


def _speaker(token, coder: _Coder) -> list[Actor]:
    """The subject of the nearest governing verb of saying, if any."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in lx.ATTRIBUTION_VERBS:
            speakers = coder.subject(node)
            if speakers:
                return speakers
            for c in _children(node, "nsubj"):
                return [Actor(_subtree_text(c), None, "", "unknown")]
    return []


def code_sentence(sent, index: int, mentions, dictionary: ActorDictionary, memory: Memory,
                  *, offset: int = 0, date: str | None = None) -> list[Event]:
    """The events in one parsed sentence (``sent``: a spaCy span), best first.

    ``offset`` is the character offset of the sentence's document in the whole text;
    ``memory`` carries the article's actors from sentence to sentence and is updated.
    """
    ctx = _Context(sent, mentions, dictionary, memory)
    coder = _Coder(ctx)
    raw = []
    for token in _top_down(sent.root):
        if token.i in coder.consumed:
            continue
        raw.extend(coder.code(token))
    events = []
    for sources, act, modality, negated, trigger, confidence in raw:
        events.extend(_events(sent, index, ctx, coder, sources, act, modality, negated,
                              trigger, confidence, offset, date))
    if not events:  # a sentence that only reports what someone said: a statement
        for sources, act, modality, negated, trigger, confidence in coder.statements[:1]:
            events.extend(_events(sent, index, ctx, coder, sources, act, modality, negated,
                                  trigger, confidence, offset, date))
    for kind, actor, roles in ctx.found:
        memory.remember(kind, actor, roles)
    events.sort(key=lambda e: (-e.confidence, e.span[0]))
    return _distinct(events)


def _distinct(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.span, e.source.code, e.target.code if e.target else None, e.cameo)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _events(sent, index, ctx, coder, sources, act, modality, negated, trigger, confidence,
            offset, date) -> list[Event]:
    cameo = lx.combined_code(modality, act.kind)
    if cameo is None or not sources:
        return []
    entry = cameo_code(cameo)
    speakers = _speaker(trigger, coder)
    said_by = speakers[0] if speakers else None
    targets = list(act.targets) or coder.implied_targets(trigger, act, modality, sources)
    sources = [ctx.situate(a, [*targets, *speakers]) for a in sources]
    targets = [ctx.situate(a, [*sources, *speakers]) for a in targets]
    doc = sent.doc
    start = offset + trigger.idx
    end = offset + trigger.idx + len(trigger.text)
    if act.head.i != trigger.i:
        head = act.head
        start = min(start, offset + head.idx)
        end = max(end, offset + head.idx + len(head.text))
    content = doc[act.content[0]:act.content[1]].text if act.content else ""
    place = ctx.place(_own(trigger))
    if place is None and act.kind in ("talks", "consult", "mediate", "halt_talks"):
        place = ctx.place([t for n in sent if _noun_act(n) in ("talks", "mediate")
                           for t in n.subtree])
    # the sentence's main act first: its root verb, then the clauses right under it
    main = 0.1 if trigger.dep_ == "ROOT" else 0.05 if trigger.head.dep_ == "ROOT" else 0.0
    out = []
    pairs = []
    if targets:
        # an actor is not its own target, but the act stays ("Russian police arrested
        # Russian students": RUSCOP and RUSEDU; "Israel defends Israel": no target)
        pairs = [(s, t) for s in sources for t in targets if (t.code != s.code or t.code is None)
                 and not (act.kind in OWN_FORCES and t.code and s.code
                          and (t.code[:3] == s.code[:3] or t.code in AGENT_CODES))]
        pairs += [(s, None) for s in sources if not any(p[0] is s for p in pairs)]
        if act.kind in ("talks", "consult") and modality in (
                None, "future", "expected", "possible", "hypothetical"):
            # meeting is mutual: "X met Y" is Y meeting X too (not so an appeal to meet)
            pairs += [(t, s) for s, t in pairs if t is not None and t.code is not None
                      and (t, s) not in pairs]
    elif len(sources) > 1 and (entry.plover in ("CONSULT", "AGREE", "COOPERATE", "ASSAULT")
                               or act.kind in lx.BILATERAL):
        # "X and Y broke off talks", "postponed their meeting": each with the other
        pairs = [(s, t) for s in sources for t in sources if s is not t]
    else:
        pairs = [(s, None) for s in sources]
    for source, target in pairs:
        score = confidence + main
        if source.code is None:
            score -= 0.2
        if source.via == "coreference":
            score -= 0.1
        if target is None:
            score -= 0.05
        said = None if said_by is not None and said_by.code == source.code else said_by
        out.append(Event(
            sentence=index, span=(start, end), source=source, target=target,
            plover=entry.plover, mode=entry.mode, cameo=entry.cameo,
            goldstein=entry.goldstein, negated=bool(negated),
            modality=modality, confidence=round(max(0.05, min(1.0, score)), 2),
            said_by=said, date=date, place=place, act=act.kind, content=content,
        ))
    return out
