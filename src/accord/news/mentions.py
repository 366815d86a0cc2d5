"""Who the words of a sentence name: dictionary mentions, role words, descriptions and
pronouns resolved against the article's memory of actors.

The event coder asks this context for the actors of a noun phrase; it is kept apart from the
coding of acts so that actor resolution (names, roles, co-reference, where a sentence
happens) can be read and changed on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from . import lexicon as lx
from .actors import (
    AGENT_CODES,
    COMMUNITY_AGENTS,
    STATE_AGENTS,
    Actor,
    ActorDictionary,
    Entry,
    actor_agent,
    name_key,
)
from .places import gazetteer
from .predicates import _children, _noun_act

__all__ = ["Memory", "find_mentions"]

NOUNISH = {"NOUN", "PROPN", "PRON"}
PLACE_PREPS = {"in", "at", "near", "inside", "across", "around", "into", "on"}
# Role words that name a rank, not whose it is: a role word before one says whose ("rebel
# leaders" are rebels, REB; "a police spokesman" the police's, COP; "student leaders", EDU).
#: Where people live with no state office: those who lead them are civilians.
SETTLEMENTS = frozenset({"village", "hamlet", "settlement", "slum", "township"})
RANKS = frozenset({"leader", "leadership", "chief", "head", "commander", "spokesman",
                   "spokeswoman", "spokesperson", "official", "representative", "negotiator",
                   "envoy", "delegation", "chairman", "chairwoman",
                   # one who held or will hold the same post is of the same body ("his
                   # predecessor": the government's; "the rebel leader's successor": REB)
                   "predecessor", "successor", "aide", "adviser", "advisor"})
# Nouns for a body of people that say no sector themselves: the role word before one says
# whose it is ("a dissident group", OPP; "a student movement", EDU; "a rebel faction", REB).
BODIES = frozenset({"group", "movement", "organisation", "organization", "network", "faction",
                    "wing", "front", "coalition", "alliance", "association", "federation",
                    "league", "society", "collective", "committee", "council", "caucus",
                    "bloc", "camp", "sect", "cell", "circle", "union", "syndicate",
                    "cooperative", "co-operative", "guild", "confederation", "brotherhood",
                    "assembly"})
# Nouns that head the names of bodies as well ("the Bahrain Centre for Human Rights").
INSTITUTES = frozenset({"centre", "center", "institute", "foundation", "congress",
                        "commission", "observatory", "forum", "house", "trust"})
# Nouns for people with no sector of their own: named with a country, they are its nationals
# ("two Malaysian men"); alone, civilians placed where the event is ("five men").
NATIONALS = frozenset({"man"})
# Those who lead or speak for a body: they are the body its "of" phrase names ("leaders of
# striking farmers", "the organisers of student protests").
HEADS = RANKS | {"organiser", "organizer", "founder", "boss", "director", "owner", "manager",
                  "coordinator", "president", "editor-in-chief", "executive", "chairperson",
                  "secretary-general", "treasurer", "co-founder", "proprietor", "chair",
                  "co-chair", "co-chairman", "co-chairwoman", "general", "colonel"}
# Verbs of a relative clause that type an unknown person by the body they lead ("X, who heads
# the miners' union", "X, who runs a construction firm").
HEADING = frozenset({"head", "lead", "chair", "run", "direct", "found", "co-found", "own",
                     "manage", "command", "represent"})
# What names some of a group of people: "prisoners, including opposition leaders".
INCLUDING = frozenset({"including", "among"})
# Words that stand for some of the group their "of" phrase names ("any of the soldiers",
# "members of a kidnapping gang"), as a number does ("82 of the schoolgirls").
PARTITIVES = frozenset({"any", "all", "most", "none", "each", "one", "member", "members",
                        # bodies of people named by whom they are made of ("a squad of
                        # Colombian mercenaries", "a team of Saudi agents", "a cell of
                        # Islamist militants")
                        "squad", "squads", "team", "teams", "unit", "units", "cell", "cells",
                        "band", "bands", "contingent", "contingents", "detachment",
                        "detachments", "pair", "couple"})
# Nouns for one state or group as another's relation: with a name in apposition, they are
# the one named ("Russia's ally Belarus", "its neighbour, Kenya").
RELATIONS = frozenset({"ally", "partner", "neighbour", "neighbor", "rival", "foe", "enemy",
                       "adversary", "backer", "patron", "friend", "client", "protege",
                       "protégé", "arch-rival", "archrival", "arch-foe", "nemesis"})
# People named by whom they oppose, who are not those ("the union's critics", "opponents of
# the director"); a state's are its opposition ("Israel's critics": ISROPP).
OPPONENTS = frozenset({"critic", "opponent", "detractor", "adversary", "rival", "foe", "enemy",
                       "challenger", "dissenter", "objector"})
# Proper nouns that name times, not actors ("on Thursday", "in May").
TEMPORAL = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow tonight weekend
""".split())  # noqa: SIM905
#: The agents a person's title may put them under against the dictionary's ("Opposition
#: leader X", "rebel commander Y"): the side they are on when the text speaks.
SIDE_TITLES = frozenset({"OPP", "REB"})
FORMER = frozenset({"former", "ex", "ex-", "then", "erstwhile"})  # a title no longer held
GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
           "hers": "f", "herself": "f"}
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "his": "person", "it": "thing", "its": "thing", "itself": "thing",
            "they": "thing", "them": "thing", "their": "thing", "themselves": "thing"}
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "through", "around",
                      "from", "throughout"})
TOWARDS = frozenset({"to", "toward", "towards", "into", "over", "off", "within", "beyond",
                     "via", "outside", "along"})
# Words that say the name next to them is a place ("the Kherson region", "Mosul's old
# city", "the city of Kisangani", "residential areas of Kherson").
PLACE_NOUNS = frozenset("""
city town village province region district state county capital port area valley island
governorate oblast municipality suburb outskirts camp border street centre center
neighbourhood neighborhood prefecture department territory enclave airport base resident
mayor governor north south east west part heart countryside frontline front coast coastline
shore waters
""".split())  # noqa: SIM905
# Words that join a given name to a family name ("Leila de Lima", "Lula da Silva").
SURNAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "della", "di", "du",
                               "van", "von", "der", "den", "ter"})
# Nouns for a country itself, unnamed ("the country's military rulers").
LANDS = frozenset({"country", "nation", "kingdom", "republic"})
# Place nouns a country's word or a town's name may stand on to say where ("the Tunisian
# town of Gafsa", "Jakarta's Chinese quarter"): those of people (a mayor) say whose.
SITES = PLACE_NOUNS - {"mayor", "governor", "resident"} | {"quarter"}
# Accords and rounds of talks, which a place they were made or held in names.
#: The capitalised words after a place's name that name rounds of talks, not the place.
NAMED_ROUNDS = frozenset({"Round", "Rounds"})
NAMED_FOR_PLACES = frozenset({"accord", "accords", "agreement", "convention", "memorandum",
                              "pact", "protocol", "treaty", "truce", "ceasefire", "deal",
                              "peace", "process", "talk", "talks", "format", "framework",
                              "roadmap", "negotiation", "conference", "summit"})
# The prepositions of what is said or done about ("accused X of", "warned X over").
ABOUT = frozenset({"of", "about", "over", "for", "on", "against", "regarding", "concerning",
                   "into", "with"})
# The words that make a region of several countries of a country's adjective after them.
REGION_PREFIXES = MappingProxyType({
    "american": frozenset({"South", "Latin", "Central", "North", "Pan", "Meso"}),
    "indian": frozenset({"West"})})
# Participles that make a name a patron, not the owner ("Iranian-backed militias").
PATRONS = frozenset({"backed", "sponsored", "funded", "supported", "aligned", "allied",
                     "armed", "trained", "supplied", "inspired", "leaning", "friendly",
                     # and makers: "Iranian-made drones launched by Russia" are Russia's
                     "made", "built", "designed", "manufactured",
                     # and brokers: "a Russian-brokered ceasefire" binds its parties, not Russia
                     "brokered", "mediated", "hosted", "facilitated", "guaranteed"})
# A country's missions abroad: where they are is their host's, not their owner's ("outside the
# French embassy in Islamabad").
MISSIONS = frozenset({"embassy", "consulate", "legation", "mission"})
# Gatherings of people, whose participants an act on them is done to ("dispersed a march by
# X", "banned a rally of Y").
ASSEMBLIES = frozenset({"march", "rally", "protest", "demonstration", "sit-in", "gathering",
                        "vigil", "procession", "strike", "meeting", "convention", "congress",
                        "funeral", "picket", "blockade"})
# Words that make a name a people's ("ethnic Pamiris", "the indigenous Wayuu").
ETHNIC = frozenset({"ethnic", "indigenous", "tribal"})
# Lines between two lands, whose adjective names one of them, not the side something is on.
FRONTIERS = frozenset({"border", "frontier", "boundary"})
# Seas and straits named "of" a land ("the Gulf of Aden", "the Bay of Bengal").
WATERS = frozenset({"Gulf", "Bay", "Sea", "Strait", "Straits", "Ocean", "Bight", "Gulfs"})
# Where force is aimed ("strikes on Gaza", "an attack against X").
AIMED = frozenset({"on", "against", "at"})
TOWN_TOKENS = 5  # the longest gazetteer name read, in tokens ("Mazar - i - Sharif")
PLURAL = frozenset({"they", "them", "their", "themselves"})
FIRST_PERSON = frozenset({"we", "i"})  # in a quote, the speakers
OWN_FIRST_PERSON = frozenset({"our", "my"})  # in a quote, the speakers' own ("our forces")
# A country's own institutions: its police, courts or lawmakers "in" a town are that town's
# country's (not so its troops, civilians or hostages there).
INSTITUTIONS = frozenset({"COP", "JUD", "LEG"})
# ... as are its workers, students, teachers and doctors, who live where they work or study
# ("dockworkers in Antwerp", "students in Mandalay")
RESIDENTS = frozenset({"LAB", "EDU", "HLH"})
# ... as are its authorities there ("authorities in Lagos"), unlike its officials or diplomats
LOCAL = frozenset({"authority"})
# Singular role words that name a body, not a person ("the government", "the army").
COLLECTIVE = frozenset("""
government leadership cabinet authority administration regime state nation country office
ministry delegation team parliament legislature congress senate court judiciary army military
navy police force media press opposition university hospital union
""".split())  # noqa: SIM905
# Who speaks or negotiates for another: "for" names whose they are ("a spokesman for the
# Kremlin", "negotiators for Khartoum and the rebels"), unlike an envoy or minister "for" a
# place or matter ("the U.N. envoy for Syria").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "negotiator"})
# The sector of an organisation's peacekeeping forces, as the dictionary codes them
# (IGOUNOPKO: "U.N. peacekeepers", "UNIFIL").
PEACEKEEPING = "PKO"
# Nouns that tie a role to a named actor: "suspected of links to X".
TIES = frozenset({"link", "tie", "connection", "affiliation"})
# Words that name the parties to a conflict or talks together ("both sides", "the two
# countries", "the warring parties"): they stand for the actors named before them.
SIDES = frozenset("""
side party country nation leader government rival neighbour neighbor foe enemy adversary
faction camp delegation
""".split())  # noqa: SIM905


@dataclass
class Memory:
    """Actors named so far in one article, most recent last, for co-reference.

    A description ("the terror group", "the Defence Minister") or a pronoun resolves to the
    most recent actor of its kind or role. ``home`` is the place of the article's dateline
    ("KABUL (AP) —", as AFG), where its unnamed officials speak from.
    """

    recent: list[tuple[str, Actor, frozenset[str]]] = field(default_factory=list)
    home: Actor | None = None
    genders: dict[tuple, str] = field(default_factory=dict)  # the person "he" or "she" was

    def remember(self, kind: str, actor: Actor, roles: Iterable[str] = ()) -> None:
        self.recent.append((kind, actor, frozenset(roles)))
        del self.recent[:-50]

    def recall(self, kinds: set[str] | None = None, role: str | None = None,
               gender: str | None = None) -> Actor | None:
        """The latest actor of ``kinds`` (and ``role``); for "she" (``gender``) not one
        that "he" referred to before, and the other way round."""
        for kind, actor, roles in reversed(self.recent):
            if (kinds is None or kind in kinds) and (role is None or role in roles) and (
                    self.genders.get((actor.code, actor.name), gender) == gender):
                return actor
        return None

    def gendered(self, actor: Actor, gender: str | None) -> None:
        """Note that "he" or "she" (``gender``) referred to ``actor``."""
        if gender is not None:
            self.genders[(actor.code, actor.name)] = gender


def find_mentions(doc, matcher, dictionary: ActorDictionary
                  ) -> dict[int, tuple[int, int, Entry]]:
    """Token index -> (start, end, dictionary entry) of the dictionary name it is part of,
    longest match first."""
    spans = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    ends = {}  # start -> the end of the longest name starting there
    for _, start, end in spans:
        ends.setdefault(start, end)
    found: dict[int, tuple[int, Entry]] = {}
    taken = -1
    others: set[str] = set()  # the kinds of body named here that are no party's
    for _, start, end in spans:
        if start < taken:
            continue
        if doc[start].lower_ == "the" and (ends.get(start + 1, 0) >= end or _longer_name(
                doc, end)):
            continue  # "the Hague tribunal", "the West Bank", "the West African force"
        text = doc[start:end].text
        entry = dictionary.names.get(name_key(text))
        if entry is None or entry.proper and text.islower():
            continue  # "bush", "turkey", "may": not Bush, Turkey, May
        if _of_waters(doc, start):
            continue  # a sea named after a land is not it: "the Gulf of Guinea", "Sea of Japan"
        if end < len(doc) and doc[end].text in NAMED_ROUNDS:
            continue  # a round of trade talks named for where it opened: "the Uruguay Round"
        if _of_region(doc, start, end):
            continue  # "South American leaders", "the West Indian team": not the U.S., India
        if entry.kind == "party" and _another_body(doc, start, end, entry, dictionary, found,
                                                   others):
            continue  # "the Finance Ministry" is not the party "the ministry"
        for i in range(start, end):
            found[i] = (start, end, entry)
        taken = end
    if dictionary.gazetteer:
        _towns(doc, found, gazetteer(), dictionary.agents)
    for start, end, entry in set(found.values()):
        if entry.kind in ("place", "country") and _surname(doc, start, found):
            for i in range(start, end):
                del found[i]
    _placed(doc, found, dictionary)
    _elided(doc, found, dictionary)
    # a name the tokenizer keeps inside a compound: "U.S.-led", "U.N.-run"
    for token in doc if "-" in doc.text else ():
        if "-" in token.text and token.i not in found:
            entry = dictionary.names.get(token.lower_.split("-")[0])
            if entry is not None:
                found[token.i] = (token.i, token.i + 1, entry)
    return found


def _another_body(doc, start: int, end: int, entry: Entry, dictionary: ActorDictionary,
                  found: dict, others: set[str]) -> bool:
    """Whether a scenario party's name names another body of its kind: one with a word of
    its own before it that is no name and none of the party's names' words ("the Finance
    Ministry" for a party called "the ministry", "the teachers' union" for "the union"), one
    introduced as new ("a union representing crane operators", "another union"), and, once
    such a body is named (``others``, its head words), that kind of body named alone again
    ("the Finance Ministry warned... The ministry rejected...")."""
    head = doc[end - 1]
    if not start <= head.head.i < end and head.head.i >= end and head.dep_ == "compound":
        return False  # a modifier itself ("union leaders"): the phrase's head decides
    words = dictionary.party_words.get(dictionary.party_of(entry.code) or "", frozenset())
    other = any(c.i < start and (
        c.dep_ in ("compound", "poss") and c.i not in found and c.lower_ not in words
        or c.dep_ == "det" and c.lower_ in ("a", "an", "another")) for c in head.children)
    if other:
        others.add(head.lemma_.lower())
    named = [w for w in doc[start:end] if w.lower_ != "the"]
    return other or len(named) == 1 and head.lemma_.lower() in others


def _surname(doc, start: int, found: dict) -> bool:
    """Whether a place name is the end of a person's name, after a given name and the
    particle that joins them ("Senator Leila de Lima", "Pedro de Mendoza", "Jan van Leiden"),
    not a place ("Santiago de Cuba": the first word a place itself)."""
    return start >= 2 and doc[start - 1].lower_ in SURNAME_PARTICLES and \
        doc[start - 1].text.islower() and doc[start - 2].pos_ == "PROPN" and \
        doc[start - 2].is_title and (start - 2) not in found


def _elided(doc, found: dict, dictionary: ActorDictionary) -> None:
    """Name a word joined to a name whose first word it replaces ("North and South Korea",
    "East and West Germany"): the name with that word first, where the dictionary has it."""
    for start, end, entry in set(found.values()):
        if end - start < 2 or start < 2 or doc[start - 1].lower_ not in ("and", "or") or (
                start - 2) in found or not doc[start - 2].is_title:
            continue
        other = dictionary.names.get(name_key(f"{doc[start - 2].text} {doc[start + 1:end].text}"))
        if other is not None and other.code != entry.code:
            found[start - 2] = (start - 2, start - 1, other)


def _placed(doc, found: dict, dictionary: ActorDictionary) -> None:
    """Give each place named in ``found`` the country the sentence itself puts it in, where
    that is not the one the dictionary or gazetteer gives: a country adjective on it
    ("Pakistani Kashmir"), on the place noun it names ("the Indonesian city of Ambon"), or a
    country it is said to be in ("Solhan in northern Burkina Faso", "the town of Kuito in
    Angola"): a name many places share is the one the text means."""
    def country(word) -> str | None:
        entry = found.get(word.i)
        return entry[2].code if entry is not None and entry[2].kind == "country" else None

    def stated(word) -> str | None:
        for c in word.children:
            if c.dep_ in ("amod", "compound", "poss") and c.i < word.i and country(c):
                return country(c)
            if c.dep_ == "prep" and c.lower_ == "in":
                for o in c.children:
                    if o.dep_ == "pobj" and country(o):
                        return country(o)
        return None

    for start, end, entry in set(found.values()):
        if entry.kind != "place":
            continue
        head = next((w for w in doc[start:end] if not start <= w.head.i < end or w.head is w),
                    doc[end - 1])
        code = stated(head)
        if code is None and head.dep_ == "pobj" and head.head.lower_ == "of" and (
                head.head.head.lemma_.lower() in PLACE_NOUNS):  # "the village of X in Y"
            code = stated(head.head.head)
        if code is None and not dictionary.names.get(name_key(doc[start:end].text)):
            code = _only_country_in(doc[start].sent, found, entry.code[:3], range(start, end))
        if code and code != entry.code[:3]:
            placed = Entry(code, entry.name, entry.kind, entry.proper)
            for i in range(start, end):
                found[i] = (start, end, placed)


def _only_country_in(sent, found: dict, home: str, place=range(0)) -> str | None:
    """The one country a sentence says things happen "in", where it names no other and never
    ``home``, the gazetteer's country of a town in it: the town is that country's ("an
    attack on Solhan in northern Burkina Faso": not Turkey's Solhan); ``place`` holds the
    town's own words, no evidence of where it is."""
    named = {e.code[:3] for i, (_, _, e) in found.items() if sent.start <= i < sent.end
             and e.kind == "country"}
    located = {code for o in sent if o.dep_ == "pobj" and o.head.lower_ == "in"
               and o.i not in place and not _where_said(o)
               for code in [_country_of_place(o, found)] if code}
    return next(iter(located)) if len(located) == 1 and named == located and home not in named \
        else None


def _country_of_place(word, found: dict) -> str | None:
    """The country ``word`` names ("in Angola") or a place in it ("in Tarija"), or the one a
    place noun is said to be of ("in Congo's Ituri district", "in the Angolan province of
    X")."""
    if word.i in found:
        entry = found[word.i][2]
        return entry.code[:3] if entry.kind in ("country", "place") else None
    if word.lemma_.lower() not in PLACE_NOUNS:
        return None
    codes = {found[c.i][2].code[:3] for c in word.children if c.dep_ in ("poss", "compound", "amod")
             and c.i in found and found[c.i][2].kind in ("country", "place")}
    return next(iter(codes)) if len(codes) == 1 else None


def _where_said(word) -> bool:
    """Whether ``word`` tells where or how something was said, not where what is said
    happened ("an opposition spokesman said by telephone from Afghanistan")."""
    below = word
    for verb in word.ancestors:
        if verb.lemma_.lower() in lx.ATTRIBUTION_VERBS and verb.pos_ == "VERB":
            return below.dep_ in ("prep", "agent", "npadvmod", "advmod")
        below = verb
    return False


def _named_for(noun, modifier, mentions) -> bool:
    """Whether ``modifier`` is a place an accord or a round of talks is named for ("the Minsk
    truce", "the Lusaka accord", "the Doha talks"): no party to it."""
    return noun.lemma_.lower() in NAMED_FOR_PLACES and modifier.dep_ in ("compound", "nmod") \
        and modifier.i in mentions and mentions[modifier.i][2].kind == "place"


def _group_name(child, mention) -> bool:
    """Whether a modifier is the name of the group or organisation it modifies ("the
    Fatah movement", "FARC rebels")."""
    return child.dep_ == "compound" and mention is not None and \
        mention[2].kind in ("group", "organisation")


def _of_waters(doc, start: int) -> bool:
    """Whether a name starting at ``start`` names the land a sea is "of" ("the Gulf of Guinea",
    "the Gulf of Aden", "the Sea of Japan"): the sea is not that land."""
    return start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].text in WATERS


def _of_region(doc, start: int, end: int) -> bool:
    """Whether a country's adjective names, with the word before it, a region of several
    countries named after it ("South American", "Latin American", "Central American", "West
    Indian"), hyphened too, and any "pan-" one ("the Pan-American highway", "a pan-Arab
    channel")."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 2] if doc[start - 1].text == "-" and start > 1 else doc[start - 1]
    return before.lower_ == "pan" or before.text in REGION_PREFIXES.get(doc[start].lower_, ())


def _longer_name(doc, end: int) -> bool:
    """Whether a name ending before ``doc[end]`` is the start of a longer proper name the
    dictionary lacks ("the West" in "the West African force", "the West Midlands")."""
    if end >= len(doc) or not doc[end].text[:1].isupper():
        return False
    last = doc[end - 1]
    return doc[end].pos_ in ("PROPN", "ADJ") or last.dep_ in ("compound", "amod") and \
        last.head.i >= end


def _towns(doc, found: dict, towns: dict[str, str], roles=()) -> None:
    """Add to ``found`` the gazetteer's towns and provinces the sentence speaks of as places
    (:func:`placelike`), where no dictionary name is, and that are no sea or gulf."""
    i = 0
    while i < len(doc):
        if i in found or not doc[i].text[:1].isupper() or _of_waters(doc, i):
            i += 1
            continue
        for end in range(min(i + TOWN_TOKENS, len(doc)), i, -1):
            code = towns.get(doc[i:end].text.lower())
            if code and not any(j in found for j in range(i, end)) and doc[
                    end - 1].text not in WATERS and placelike(doc, i, end, roles):
                # (a sea is no land: "in the Red Sea" is not Sudan's Red Sea state)
                entry = Entry(code, doc[i:end].text, "place", True)
                for j in range(i, end):
                    found[j] = (i, end, entry)
                i = end - 1
                break
        i += 1


def placelike(doc, start: int, end: int, roles=()) -> bool:
    """Whether the words ``doc[start:end]``, a gazetteer name, are used as a place: a proper
    noun, not part of a longer name ("Victoria Beckham"), after a preposition of place ("in
    Mosul", "near Goma"), before or after a word for a place ("the Kherson region", "the city
    of Kisangani", "Mobile, Alabama"), before a role word of ``roles`` it places ("Mumbai
    diamond traders", "Karachi police"), or acted on ("shelled Grozny", "Fallujah was
    stormed")."""
    span = doc[start:end]
    if span[-1].pos_ != "PROPN":
        return False
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper():
        return False
    near = after is not None and after.lemma_.lower() in PLACE_NOUNS
    if after is not None and after.pos_ == "PROPN" and not near:
        return False
    head = span.root
    while head.dep_ == "conj" and head.head.i < head.i:  # "in Gondor and X": as the first
        head = head.head
    governor = head.head
    if head.dep_ == "pobj" and (governor.lower_ in PLACE_PREPS | LOCATIVE | TOWARDS or (
            governor.lower_ == "of" and governor.head.lemma_.lower() in PLACE_NOUNS)):
        return True
    if near or head.dep_ in ("compound", "poss") and (
            governor.lemma_.lower() in PLACE_NOUNS or governor.lower_ in roles
            or governor.lemma_.lower() in roles):
        return True
    if head.dep_ in ("dobj", "nsubjpass") and governor.pos_ == "VERB":
        return True
    return after is not None and after.text == "," and end + 1 < len(doc) and \
        doc[end + 1].pos_ == "PROPN" and doc[end + 1].dep_ == "appos"


class _Context:
    """Everything the coder needs about one sentence."""

    def __init__(self, sent, mentions, dictionary: ActorDictionary, memory: Memory) -> None:
        self.sent = sent
        self.mentions = mentions
        self.dictionary = dictionary
        self.memory = memory
        self.found: list[tuple[str, Actor, frozenset[str]]] = []
        self._location: str | None = None

    @cached_property
    def talk_words(self) -> bool:
        """Whether the sentence speaks of negotiations (asked only of verbs of leaving)."""
        return any(t.lemma_.lower() in ("negotiation", "talk", "mediation", "discussion",
                                        "dialogue") for t in self.sent)

    @cached_property
    def named_actors(self) -> tuple[tuple[object, Actor], ...]:
        """Every actor with a code that a noun phrase of the sentence names, once, with the
        word naming it (a conjunct's own: "the United States" in "Saudi Arabia and the United
        States" is "States", not the phrase's head "Arabia"), first named first: the targets
        an act may have (see :mod:`accord.news.candidates`). Finding them teaches the
        article's memory nothing."""
        learned = len(self.found)
        named: dict[str, tuple[object, Actor, bool]] = {}
        for token in self.sent:
            if token.pos_ in NOUNISH and token.dep_ != "compound":
                for actor in self.actors(token):
                    own = token.text in actor.text.split()
                    if actor.code and (actor.code not in named or (
                            own and not named[actor.code][2])):
                        named[actor.code] = (token, actor, own)
        del self.found[learned:]
        return tuple((token, actor) for token, actor, _ in named.values())

    # ---- actors -------------------------------------------------------------------------
    def actors(self, token) -> list[Actor]:
        """The actors a noun phrase headed by ``token`` names: its conjuncts ("Gondor and
        Osgiliath"), the conjoined names of its modifiers ("Eriadori and Calenardhon leaders",
        "ambassadors of Arnor, Osgiliath and Gondor"); a conjunct that names only a role takes
        the names the one before it took from its modifiers ("Danish media and government")."""
        named = token
        if token.lemma_.lower() in lx.QUANTITIES or token.lower_ in PARTITIVES or (
                token.tag_ == "CD" and token.dep_ != "nummod"):
            # "thousands of protesters", "82 of the schoolgirls", "members of a gang"
            counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj"]
            if counted:
                token = counted[0]
        found = self._actors(token)
        if not any(a.code for a in found):
            # people no role word names, some of whom it does: "thousands of prisoners,
            # including opposition leaders"
            found = [a for t in dict.fromkeys((named, token)) for p in t.children
                     if p.dep_ == "prep" and p.lower_ in INCLUDING
                     for o in p.children if o.dep_ == "pobj"
                     for a in self.actors(o) if a.code] or found
        return found

    def _actors(self, token) -> list[Actor]:
        """:meth:`actors` of the head of a phrase (the counted, not the count)."""
        if token.lemma_.lower() in RELATIONS:
            # "Washington's ally Israel", "its neighbour, Kenya": the one named, not whose
            # ally or neighbour it is
            named = [a for c in token.children if c.dep_ == "appos" for a in self._actors(c)
                     if a.code]
            if named:
                return named
        sides = self.sides(token)
        if sides is not None:
            return sides
        heads = [token] + [c for c in token.conjuncts if c.pos_ in NOUNISH and c.i > token.i]
        out: list[Actor] = []
        inherited: list = []
        for head in heads:
            if head.pos_ == "PRON" or head.lower_ in PRONOUNS:
                speakers = self._speakers(head)
                if speakers:
                    out.extend(speakers)
                    inherited = []
                    continue
                actor = self._pronoun(head)
                out.extend([actor] if actor else [])
                inherited = []
                continue
            role = self.role(head)
            ours = self._ours(head, role)
            if ours:  # '"Our forces have withdrawn," the Azerbaijani army said': Azerbaijan's
                out.extend(ours)
                inherited = []
                continue
            if head.lemma_.lower() in HEADS and head.i not in self.mentions:
                # the heads of a body with a role of its own, not the state's, are that
                # body's, whoever's it is: "the leader of Pakistan's largest opposition party"
                # (PAKOPP; "envoys of Sudan's army" are Sudan's envoys)
                # (a spokesman's "for": "the spokesman for a rebel faction")
                bodies = [o for p in head.children
                          if p.dep_ == "prep" and p.lower_ in _whose(head)
                          for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
                          and o.i not in self.mentions and self.role(o)
                          and self.role(o) not in STATE_AGENTS]
                whose = [a for o in bodies for a in self.actors(o) if a.code]
                if whose:
                    out.extend(whose)
                    inherited = []
                    continue
            typed = self._typed(head)
            if typed is not None:  # "X, a Kenyan union leader": KENLAB, not Kenya
                out.append(typed)
                inherited = []
                continue
            mentions = self._mentions_near(head)
            if mentions:
                inherited = mentions if head.i not in self.mentions else []
            elif role and head.pos_ == "NOUN":
                mentions = inherited
            if not mentions and head.lemma_.lower() in HEADS:
                # the heads of a body are that body's: "leaders of striking farmers" (CVL),
                # "the heads of the country's biggest banks" (BUS)
                whose = [a for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj" for a in self.actors(o)
                         if a.code] or [
                    # ... and those of a gathering lead its protesters ("the organisers of the
                    # march")
                    Actor(_subtree_text(head), "OPP", "", "role") for p in head.children
                    if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj" and o.lemma_.lower() in ASSEMBLIES][:1]
                if whose:
                    out.extend(whose)
                    inherited = []
                    continue
            if mentions:
                out.extend(self._named(head, m, role, several=len(mentions) > 1)
                           for m in mentions)
                out.extend(self._joined_roles(head))
            else:
                actor = self._described(head, role)
                out.extend([actor] if actor else [])
        return out

    def _joined_roles(self, head) -> list[Actor]:
        """The people a role word names, joined in the of-phrase of ``head`` to a named one
        ("representatives of the Sudanese government and southern rebels": the rebels too),
        where no dictionary name says whose they are."""
        return [a for p in head.children if p.dep_ == "prep" and p.lower_ in _whose(head)
                for o in p.children if o.dep_ == "pobj" and self._mention_in(o)
                for c in o.conjuncts if c.i > o.i and c.pos_ == "NOUN"
                and not self._mention_in(c) and self.role(c)
                for a in [self._described(c, self.role(c))] if a is not None and a.code]

    def sides(self, token) -> list[Actor] | None:
        """The parties "both sides", "the two countries" or "all parties" stand for: the
        actors named before them in the sentence (not where things happen, nor the subject of
        the clause that speaks of them: "Russia urged both sides" are not Russia), first named
        first. For two sides named only in part, or asked or acted on, the article's latest
        actors fill in ("Hamas walked out. Israel threatened ..., and Qatar urged both
        sides": Hamas and Israel), as countries for their agents; sides that are the subject
        with none named in their sentence are left unresolved ("as both sides weigh their
        options"). With none named before them, the parties are those of the place they are
        in ("all parties in Libya"). None when the words are not such a phrase."""
        if token.tag_ not in ("NNS", "NNPS") or token.lemma_.lower() not in SIDES:
            return None
        words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod",
                                                                  "predet")}
        if not words & {"both", "warring", "rival", "feuding"} and not (
                "two" in words and "the" in words) and not (
                "all" in words and token.lemma_.lower() in ("side", "party", "faction")):
            return None
        wanted = 2 if words & {"both", "two"} else None
        excluded = {self.mentions[w.i][2].code for verb in _governors(token)
                    for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                    for w in _bare(s) if w.i in self.mentions}
        # (the whole subject: "Egyptian and Qatari mediators urged both sides")
        named: dict[str, Actor] = {}
        for i in sorted(self.mentions):
            start, end, entry = self.mentions[i]
            word = token.doc[i]
            if i != start or not self.sent.start <= i < token.i or entry.kind == "place" \
                    or entry.code in excluded or entry.code in named or (
                    word.dep_ == "pobj" and word.head.lower_ in LOCATIVE):
                continue
            named[entry.code] = Actor(token.doc[start:end].text, entry.code, entry.name,
                                      "coreference")
        found = list(named.values())
        if wanted and len(found) > wanted:
            found = found[-wanted:]
        if wanted and len(found) < wanted and (found or token.dep_ not in (
                "nsubj", "nsubjpass")):
            earlier: list[Actor] = []
            for _, actor, _ in reversed(self.memory.recent):
                if len(found) + len(earlier) == wanted:
                    break
                if self.town(actor):
                    continue  # (a town struck is no side: "fired rockets at Ashkelon")
                code = actor.code[:3] if actor.via == "role" and actor.code and len(
                    actor.code) == 6 else actor.code
                if code and code not in excluded and code not in named \
                        and all(a.code != code for a in earlier):
                    earlier.insert(0, Actor(actor.text, code, actor.name, "coreference"))
            found = [*earlier, *found]
        if not found:  # "all parties in Libya", "the warring sides in Sudan's civil war"
            found = [self._named(token, m, None) for p in token.children if p.dep_ == "prep"
                     and p.lower_ in ("in", "of", "to") for o in p.children
                     if o.dep_ == "pobj" for m in [self._mention_in(o)] if m]
        return found or None

    def actor(self, token) -> Actor | None:
        """The first actor the words headed by ``token`` name (its conjuncts left out)."""
        if token.pos_ == "PRON" or token.lower_ in PRONOUNS:
            return self._pronoun(token)
        typed = self._typed(token)
        if typed is not None:
            return typed
        mentions = self._mentions_near(token)
        role = self.role(token)
        if mentions:
            return self._named(token, mentions[0], role)
        return self._described(token, role)

    def _named(self, token, mention, role, several: bool = False) -> Actor:
        """The actor of a dictionary name, with the agent its role word adds (ISR + MIL)."""
        start, end, entry = mention
        if entry.kind in COMMUNITY_AGENTS:
            return self._community(token, mention, role, several)
        text = _named_text(token, start, end, several)
        code = entry.code
        if entry.kind == "organisation" and len(code) == 6 and actor_agent(code):
            # a state's body named with another country ("Belarus' KGB", "the Ukrainian
            # SBU"): that country's body of that kind
            other = next((m[2].code for c in token.children if c.dep_ in ("poss", "amod",
                                                                           "compound")
                          and c.i < start for m in [self._mention_in(c)]
                          if m and m[2].kind == "country" and m[2].code != code[:3]), None)
            if other:
                code = other + code[3:]
        if start <= token.i < end and entry.kind != "person" or (
                role and token.lemma_.lower() in NATIONALS and entry.kind == "country"):
            # a word of the name is no role ("the UN secretary-general", "the West Bank"; a
            # person's title is: "Deputy Prime Minister X"), nor are a country's men its
            # agents ("two Malaysian men": Malaysians)
            role = None
        if token.lemma_.lower() in OPPONENTS and not start <= token.i < end and not (
                len(code) == 3 and code in self.dictionary.countries):
            # not the body or person they oppose: the role alone ("the union's critics": OPP)
            return Actor(_subtree_text(token), role, "", "role" if role else "unknown")
        if role and entry.kind in ("country", "place", "party", "person") and len(code) == 3:
            code += role
        elif entry.kind == "person" and role in SIDE_TITLES and actor_agent(code) and \
                code[3:] != role and not any(
                    w.lower_ in FORMER for w in token.subtree if w.i < start):
            code = code[:3] + role  # the side a title puts them on now ("Opposition leader
            # Khaleda Zia", once prime minister): not a former one ("former rebel leader X")
        elif role == "MIL" and entry.kind == "organisation" and code + PEACEKEEPING in \
                self.dictionary.codes:
            code += PEACEKEEPING  # an organisation's troops are its peacekeepers ("U.N. troops")
        actor = Actor(text, code, entry.name, "role" if code != entry.code else "name")
        roles = {w.lower_ for w in token.subtree if w.i < token.i + 1 and w.pos_ == "NOUN"}
        title = [w.lower_ for w in token.subtree if w.i < start and w.i not in self.mentions
                 and w.dep_ in ("compound", "amod")]
        if entry.kind == "person" and title:
            # a person's title, capitalised or not, is a role "the defence minister" may
            # refer back to ("Israeli Defence Minister Yoav Gallant")
            roles |= {" ".join(title), title[-1]}
        self.found.append((_memory_kind(entry), actor, frozenset(roles)))
        if role and (token.tag_ == "NN" and token.lemma_.lower() not in COLLECTIVE
                     or token.pos_ == "PROPN" and token.i not in self.mentions
                     and self.dictionary.agent(token.lower_) is None
                     and token.lemma_.lower() not in BODIES):
            # one person in a role ("Israel's defence minister", "Sudmarkian President Ana
            # Vesk", a name the dictionary lacks): "he" or "she" may be them next
            self.found.append(("person", actor, frozenset(roles)))
        return actor

    def _community(self, token, mention, role, several: bool = False) -> Actor:
        """An ethnic or religious group: the country named with it ("Syrian Kurds"), else
        its home country, with the agent of the role word naming it ("Kurdish rebels": REB),
        else CVL or REL; a group of several countries with none named is the bare agent,
        which :meth:`situate` places where the sentence happens. One of ``several`` names
        sharing the head takes no country from the others ("Serbian and Kosovo Albanian
        negotiators": Kosovo's, not Serbia's)."""
        start, end, entry = mention
        home = "" if entry.code in AGENT_CODES else entry.code
        # (the country may modify the people's word rather than the head: "the Sri Lankan
        # Tamil rebels")
        modifiers = [*(() if several else token.children),
                     *(c for w in token.doc[start:end] if w.i != token.i for c in w.children)]
        # ... else the country they are in or from before their home ("Tuareg rebels in
        # Niger", "Kurds from Syria")
        # (not where parties met: "a peace deal with Muslim rebels in Kuala Lumpur")
        preps = ("from",) if _party_met(token) else ("in", "from")
        abroad = [o for p in token.children if p.dep_ == "prep" and p.lower_ in preps
                  for o in p.children if o.dep_ == "pobj" and o.i in self.mentions
                  and self.mentions[o.i][2].kind in ("country", "place")]
        country = next((m[2].code for c in modifiers if c.dep_ in ("amod", "compound",
                                                                    "poss", "nmod")
                        for m in [self._mention_in(c)] if m and m != mention
                        and m[2].kind == "country"), None) or next(
            (self.mentions[o.i][2].code[:3] for o in abroad
             if self.mentions[o.i][2].code[:3] in self.dictionary.countries), home)
        if role == "MIL":  # a people's forces are no state's army: "Tigrayan forces" (REB)
            role = "REB"
        code = country + (role or COMMUNITY_AGENTS[entry.kind])
        actor = Actor(_named_text(token, start, end, several), code, entry.name,
                      "role" if not country else "name")
        self.found.append(("group", actor, frozenset()))
        return actor

    def _mentions_near(self, token) -> list:
        """Dictionary names in the head or its close modifiers (compound, amod, poss; "of",
        "from", and for a role word "in": "lawmakers in Fornost"), conjoined ones included."""
        if token.i in self.mentions:
            mention = self.mentions[token.i]
            if mention[2].kind == "person":
                return [self._title(token, mention) or mention]
            return _unique([self._paired(token), self._elided_first(token), mention])
        if token.lemma_.lower() in PLACE_NOUNS:  # "the UN safe area of Srebrenica", "the
            # Russian-held city of Kherson": the place named, not who holds or guards it
            for p in token.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and o.i in self.mentions and \
                                self.mentions[o.i][2].kind in ("place", "country"):
                            return [self.mentions[o.i]]
        community = None  # a group of several countries: a country named after it first
        # a group's own name before whose it is: "Abbas's Fatah movement", "Colombia's FARC
        # rebels"
        modifiers = [(c, self._mention_in(c)) for c in token.children
                     if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod", "appos")
                     and not _named_for(token, c, self.mentions)]
        for child, found in sorted(modifiers, key=lambda m: not _group_name(*m)):
            if found and found[2].code in AGENT_CODES:
                if self.role(token) not in STATE_AGENTS:  # "Muslim countries": no act
                    community = community or found
                continue
            if found:
                # (the parser may make the second of two joined adjectives a sibling of the
                # first, not its conjunct: "Kenyan and Ethiopian officials"; a headline
                # joins them with a comma: "Greek, Turkish negotiators")
                joined = [f for c, f in modifiers if c.i > child.i and c.dep_ == child.dep_
                          and any(g.dep_ == "cc" or g.text == "," and g.i == child.i + 1
                                  for g in child.children)]
                return _unique([found, *(self._mention_in(c) for c in child.conjuncts),
                                *joined])
        role = self.role(token)
        if not role and token.lemma_.lower() in lx.ACT_NOUNS:
            return []  # an act is no actor: "the withdrawal of X's troops from Y", "an attack"
        # (a role owned by a possessive is that owner's, wherever it is: "the rebels'
        # leaders in N'Djamena")
        preps = ("of", "from", "in", "at", "across", "throughout") if role and not (
            token.lemma_.lower() in RANKS and any(c.dep_ == "poss" for c in token.children)
        ) else ("of", "from")
        if token.lemma_.lower() in SPOKESPEOPLE:  # "a spokesman for Japan's foreign ministry"
            preps += ("for",)
        # a role tied to a name: "fighters linked to X", "militias loyal to X"
        ties = [p for c in token.children if role and c.dep_ in ("acl", "amod")
                for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]
        # ... or to ties with one: "people suspected of links to X", "men with ties to X"
        ties += [t for c in token.children if role for p in (
            [c] if c.dep_ == "prep" and c.lower_ == "with" else [
                p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            if c.dep_ in ("acl", "amod", "prep") else [])
            for n in p.children if n.dep_ == "pobj" and n.lemma_.lower() in TIES
            for t in n.children if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        for child in [*token.children, *ties]:
            if (child.dep_ == "prep" and child.lower_ in preps) or child in ties:
                for pobj in _of_chain(child) if child.lower_ == "of" and role else child.children:
                    # a role's "of" or "from" names whose it is ("envoys of Sudan's army",
                    # "peacekeepers from the United Nations mission", "a spokesman for
                    # Japan's foreign ministry")
                    # ... as does the body a role is "at" ("officials at the Nigerian
                    # presidency", "judges at the Hague tribunal"), unlike a place there
                    # ("troops at the Lebanese border")
                    if child.lower_ == "at" and pobj.lemma_.lower() in PLACE_NOUNS:
                        continue
                    # ... and the country of the place one who lives there is in
                    # ("teachers in the Indian state of Kerala")
                    if pobj.dep_ == "pobj" and (pobj.i in self.mentions or (
                            role and (child.lower_ in ("of", "from", "for", "at") or (
                                child.lower_ == "in" and role in INSTITUTIONS | RESIDENTS
                                and pobj.lemma_.lower() in PLACE_NOUNS))
                            and self._mention_in(pobj))):
                        found = _unique([self._elided_first(pobj), self._mention_in(pobj),
                                         *(self._mention_in(c) for c in pobj.conjuncts)])
                        if child.lower_ == "in" and _party_met(token):
                            continue  # where parties met, not whose ("talks with the rebels
                            # in Havana", "met rebel leaders in Doha")
                        if child.lower_ in ("in", "across", "throughout") and \
                                role not in INSTITUTIONS | RESIDENTS and \
                                token.lemma_.lower() not in LOCAL:
                            # officials in Cairo, police in Andijan; not hostages in Gaza
                            found = [m for m in found if m[2].kind != "place"
                                     or token.doc[m[0]:m[1]].text.lower()
                                     in self.dictionary.capitals]
                        if found:
                            return found
        return [community] if community else []

    def _title(self, token, mention):
        """The country or organisation a person's title in the text names, when it is not the
        one the dictionary gives them ("NATO Secretary-General Javier Solana": NATO, though
        Solana is best known at the EU's head; "Russian Foreign Minister Primakov" keeps
        Primakov's RUSGOV)."""
        doc, own = token.doc, mention[2].code
        for i in range(mention[0] - 1, token.left_edge.i - 1, -1):
            found = self.mentions.get(i)
            if found is None or found[2].kind not in ("country", "organisation", "group") \
                    or not _modifies(doc[i], token):
                continue
            code = found[2].code
            return None if code[:3] == own[:3] and len(code) <= 3 or code == own else found
        return None

    def _paired(self, token):
        """The first name of a pair joined by a hyphen that ends with ``token`` ("the
        Saudi-Iranian agreement", "the Israel-Hamas war"): the first named is named first."""
        return next((self.mentions[c.i] for c in token.lefts if c.i in self.mentions and c.dep_
                     in ("amod", "compound") and _hyphened(c, token)), None)

    def _elided_first(self, token):
        """The first of two names joined by "and" that share the words of the name ``token``
        ends ("North and South Korea": North Korea; see :func:`_elided`)."""
        start = self.mentions[token.i][0] if token.i in self.mentions else token.i
        return next((self.mentions[c.i] for c in token.lefts if c.i in self.mentions
                     and c.dep_ in ("amod", "compound", "nmod")
                     and self.mentions[c.i][1] == start - 1
                     and any(g.dep_ == "cc" for g in c.children)), None)

    def _mention_in(self, token):
        """The dictionary name in a modifier, unless it names a patron, not whose the
        modified is ("Iranian-backed militias", "U.S.-backed forces", "pro-Russian
        separatists", "anti-American protesters": none of them the patron's)."""
        if token.lower_ in PATRONS or "-" in token.text and \
                token.lower_.rsplit("-", 1)[1] in PATRONS:
            return None
        if token.i in self.mentions:
            start, _, entry = self.mentions[token.i]
            prefix = [w.lower_ for w in token.doc[max(start - 2, 0):start] if w.text != "-"]
            if prefix and prefix[-1] in ("pro", "anti") and entry.kind not in \
                    COMMUNITY_AGENTS:  # (a "pro-Kurdish party" is still the Kurds')
                return None
            return self._paired(token) or self.mentions[token.i]
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss", "npadvmod") and not _named_for(
                    token, child, self.mentions):  # "Saudi-led"; not "the Doha talks"
                found = self._mention_in(child)
                if found:
                    return found
        if token.lemma_.lower() in lx.QUANTITIES:  # the parser may make the count the
            # modifier and hang the nationality on it: "Hundreds of Nepali truck drivers"
            for p in token.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in p.children:
                        if o.dep_ == "pobj" and o.i in self.mentions and self.mentions[
                                o.i][2].kind in ("country", "place"):
                            return self.mentions[o.i]
        return None

    def role(self, token) -> str | None:
        """The agent a role word adds: the head with the words before it ("security
        officials", "border police"), the head ("leaders"), or a title before a name
        ("Deputy Prime Minister Telemar", "President Romendacil")."""
        # the title's words ("Secretary-General") and adjectives ("political prisoners")
        words = [c.lower_ for c in token.subtree
                 if c.dep_ in ("compound", "amod") and c.i < token.i and c.i not in self.mentions
                 and _modifies(c, token)]
        agent = self.dictionary.agent
        heads = (token.lower_,) if token.lemma_.lower() == token.lower_ else (
            token.lower_, token.lemma_.lower())  # "opposition leaders": "opposition leader"
        for i in range(len(words)):
            for head in heads:
                found = agent(" ".join([*words[i:], head]))
                if found:
                    return found
        # a body of one ("a dissident group"), not bodies of a kind spoken of ("intelligence
        # on jihadist movements"), nor business bodies (an industry group gives figures)
        body = token.lemma_.lower() in BODIES and (token.tag_ in ("NN", "NNP") or any(
            c.dep_ in ("det", "poss", "nummod") for c in token.children))
        if token.lemma_.lower() in RANKS and any(
                o.lemma_.lower() in SETTLEMENTS for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
            return "CVL"  # "leaders of the Amerindian villages", "the chief of the hamlet"
        if token.lemma_.lower() in RANKS or body:  # "rebel leaders", "trade union
            # leaders", "a dissident group": whose
            for modifier in [*(" ".join(words[i:]) for i in range(len(words))), *(
                    c.lower_ for c in token.children if c.dep_ == "amod" and c.i < token.i
                    and c.i not in self.mentions)]:
                found = agent(modifier)
                if found and not (body and found == "BUS"):
                    return found
        if token.lemma_.lower() in BODIES | {"party"}:
            # a party or body the dictionary lacks, typed by the word that says whose side it
            # is, as "ruling party" is ("the ruling Frelimo party", "the governing Fidesz
            # party", "the ruling Awami League": GOV; "the opposition Alga party": OPP)
            found = next((r for c in token.children if c.dep_ in ("amod", "compound")
                          and c.i < token.i and c.text.islower() and c.i not in self.mentions
                          for r in [agent(f"{c.lower_} party")] if r), None)
            if found:
                return found
        found = self._body_for(token) or agent(token.lower_) or agent(token.lemma_) or (
            self._one_of(token, words))
        if not found and body:  # a body of those its possessive names: "the teachers'
            # syndicate" (EDU), "the farmers' cooperatives" (CVL)
            # (not a name's word: "the People's Pioneer party")
            found = next((r for c in token.children if c.dep_ == "poss" and c.pos_ == "NOUN"
                          and c.text.islower() and c.i not in self.mentions
                          for r in [agent(c.lower_) or agent(c.lemma_)] if r), None)
        if found or token.pos_ != "PROPN":
            return found
        for n in range(len(words), 0, -1):
            for i in range(len(words) - n + 1):
                found = agent(" ".join(words[i:i + n]))
                if found:
                    return found
        return None

    def _one_of(self, token, words) -> str | None:
        """The sector of one person named by a common noun whose plural the dictionary types
        as people of no state body ("a rickshaw driver": drivers, LAB; "a young man": men,
        CVL; "a street vendor": BUS; "a teenager"), as a victim or a doer is named alone; not
        a state's or an armed side's ("an officer", "an agent"), nor a thing's kind ("a
        passenger train"), nor a firm referred back to ("the carmaker released its results":
        the firm the sentence named, no new party); one a nationality names stays its
        country's alone ("a Danish aid worker": DNK), and one a proper name names is a named
        thing ("the Khalid mosque"); a person, by age, sex or kin or by an agent noun's
        ending, not a building its people's plural shares a sector with ("a church")."""
        lemma = token.lemma_.lower()
        if token.tag_ != "NN" or token.i in self.mentions or token.dep_ in (
                "compound", "amod") or any(c.i in self.mentions or c.dep_ == "compound"
                                           and c.pos_ == "PROPN" for c in token.children) or (
                lemma not in KIN and not lemma.endswith(AGENT_ENDINGS)):
            return None
        plural = _plural(lemma)
        found = next((found for i in range(len(words) + 1)
                      for found in [self.dictionary.agent(" ".join([*words[i:], plural]))]
                      if found in PEOPLE_SECTORS), None)
        if found == "BUS" and any(c.lower_ == "the" for c in token.children):
            return None
        return found

    def _body_for(self, token) -> str | None:
        """The agent a body's name gives in its "of" or "for" phrase ("the Congress of Trade
        Unions": LAB; "the Centre for Human Rights": a rights group's, OPP)."""
        if token.pos_ != "PROPN" or token.lemma_.lower() not in BODIES | INSTITUTES:
            return None
        for p in token.children:
            if p.dep_ == "prep" and p.lower_ in ("of", "for"):
                for o in p.children:
                    if o.dep_ != "pobj" or o.i in self.mentions:
                        continue
                    phrase = " ".join([*(c.lower_ for c in o.children if c.dep_ in (
                        "compound", "amod") and c.i < o.i), o.lower_])
                    found = self.dictionary.agent(phrase) or self.dictionary.agent(
                        f"{phrase} group")
                    if found:
                        return found
        return None

    def _described(self, token, role) -> Actor | None:
        """A description resolved by co-reference, or an unknown proper name."""
        lemma = token.lemma_.lower()
        # a common noun, though the parser may take it for a name ("the junta's leaders"),
        # as it may a role word capitalised: to open the sentence ("Militiamen burned ..."),
        # or as the one body of its kind a country has ("demanded elections from Congress"),
        # though not as a word of a longer name ("the People's Pioneer party")
        common = token.pos_ == "NOUN" or token.pos_ == "PROPN" and (
            token.text.islower() or self.dictionary.agent(token.lower_) is not None
            and token.dep_ not in ("poss", "compound")
            and not any(c.dep_ == "compound" for c in token.children))
        phrase = " ".join(w.lower_ for w in token.subtree if w.dep_ in ("compound", "amod")
                          and w.i < token.i) + (" " if token.i else "") + token.lower_
        kind = self.dictionary.descriptions.get(phrase.strip()) or (
            # a body typed by its role word is that role, not a group named before it ("a
            # dissident group": OPP)
            None if role and lemma in BODIES else self.dictionary.descriptions.get(lemma))
        determined = any(c.dep_ in ("det", "poss") for c in token.children)
        if kind and any(c.dep_ == "prep" and c.lower_ == "of" and _children(
                c, "pobj") for c in token.children):
            return None  # "the state of emergency", "a group of experts": no actor meant
        if kind and determined:
            actor = self._earlier(token, kind) or self.memory.recall({kind})
            if actor is not None:
                return Actor(_subtree_text(token), actor.code, actor.name, "coreference")
        if kind and kind != "country" and not any(c.lower_ in ("a", "an")
                                                  for c in token.children):
            kind = None  # nothing to refer back to: "(the) militants" are a role alone
        if role and determined and (common or self.dictionary.agent(token.lower_)):
            # (a title capitalised: "The Defence Minister warned ...")
            title = " ".join(w.lower_ for w in token.subtree if w.i <= token.i
                             and w.dep_ in ("compound", "amod")) + " " + token.lower_
            actor = self.memory.recall({"person"}, title.strip())
            if actor is not None:
                return Actor(_subtree_text(token), actor.code, actor.name, "coreference")
        poss = [c for c in token.children if c.dep_ == "poss"]
        if role and common and poss:
            # whose the role is, named by a description or a pronoun: "the country's former
            # leader", "its forces" (unresolved: no actor)
            owner = self.actor(poss[0])
            code = owner.code if owner is not None else None
            rank = token.lemma_.lower() in RANKS  # "the rebels' leaders" are rebels (REB)
            if code in AGENT_CODES:  # "Colonel X's forces": the role alone, placed later
                return Actor(_subtree_text(token), code if rank else role, "", "role")
            if len(code or "") == 6 and actor_agent(code):
                if rank:  # "the army's spokesman": the army's (ISRMIL)
                    return Actor(_subtree_text(token), code, owner.name, owner.via)
                code = code[:3]  # "the Indian army said its troops": India's
            if code and len(code) == 3:
                return Actor(_subtree_text(token), code + role, owner.name, owner.via)
            if owner is None and poss[0].lemma_.lower() in PLACE_NOUNS | LANDS:
                # a place's own ("the city's mayor", "the region's governor", "the country's
                # military rulers"): the role alone, placed where the sentence happens
                return Actor(_subtree_text(token), role, "", "role")
            return None
        if role and common and not kind:
            # a role with no country named or remembered: the agent alone ("police" COP,
            # "protesters" OPP), as CAMEO codes an actor of no known country; one person in
            # it ("the Sudmarkian president") is one "she" may refer back to
            actor = Actor(_subtree_text(token), role, "", "role")
            if token.tag_ == "NN" and determined and lemma not in COLLECTIVE:
                self.found.append(("person", actor, frozenset({lemma})))
            return actor
        if not role and not kind and common:
            # a thing named by whose it is: "rebel positions", "police stations", and by an
            # adjective of a side with no state ("militant hideouts", not "general election")
            held = next((r for c in token.children if c.i < token.i and (
                c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" or c.dep_ == "amod")
                for r in [self.role(c)] if r and (c.dep_ in ("compound", "nmod")
                                                  or r in ("REB", "CVL"))), None)
            if held:
                return Actor(_subtree_text(token), held, "", "role")
        if token.pos_ == "PROPN" and any(c.dep_ in ("amod", "compound") and c.lower_ in
                                         ETHNIC for c in token.children):
            # a people the dictionary lacks ("ethnic Pamiris"): civilians, placed as a role
            return Actor(_subtree_text(token), "CVL", "", "role")
        if token.pos_ == "PROPN" and not common and token.lower_ not in TEMPORAL \
                and token.lower_ not in lx.HAZARDS:  # ("Drought has forced...": no one)
            if role and any(c.dep_ == "compound" and c.i < token.i for c in token.children):
                # an unknown name with a title ("President Javier Milei"): the title's agent,
                # placed in a country as a role alone is (see situate), and a person "he" or
                # "she" and "the president" may refer back to
                actor = Actor(_subtree_text(token), role, "", "role")
                title = [w.lower_ for w in token.subtree if w.i < token.i
                         and w.dep_ in ("compound", "amod") and self.role(w)]
                self.found.append(("person", actor, frozenset(title)))
                return actor
            # (one typed by its apposition was found before: see :meth:`_typed`)
            return Actor(_subtree_text(token), None, "", "unknown")
        return None

    def _typed(self, token) -> Actor | None:
        """An unknown name typed by the description set beside it: its apposition ("X, a
        former interior ministry official": GOV; "X, the leader of an independent union":
        LAB; "X, a Kenyan lawyer": KENJUD) or a clause saying what they lead ("X, who heads
        the miners' union"). The description's actor, under the name; a role alone is placed
        later (see :meth:`situate`). None for a word that is no unknown name."""
        if token.pos_ != "PROPN" or token.i in self.mentions:
            return None
        descriptions = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        descriptions += [o for c in token.children if c.dep_ == "relcl"
                         and c.lemma_.lower() in HEADING for o in c.children if o.dep_ == "dobj"
                         and o.pos_ in ("NOUN", "PROPN")]
        for description in descriptions:
            actor = next((a for a in self.actors(description) if a.code), None)
            if actor is not None:
                typed = Actor(_subtree_text(token), actor.code, actor.name, actor.via)
                if description.tag_ == "NN":  # one person ("X, the Sudmarkian president"):
                    # "she" may be them next
                    self.found.append(("person", typed, frozenset({description.lemma_})))
                return typed
        return None

    def _earlier(self, token, kind: str) -> Actor | None:
        """The last actor of ``kind`` named earlier in the sentence ("Myanmar's junta
        arrested the country's former leader": Myanmar)."""
        best = None
        for i, (start, end, entry) in self.mentions.items():
            if self.sent.start <= i < token.i and i == start and _memory_kind(entry) == kind \
                    and (best is None or start > best[0]):
                best = (start, end, entry)
        if best is None:
            return None
        start, end, entry = best
        code = entry.code if entry.kind != "place" else entry.code[:3]
        return Actor(token.doc[start:end].text, code, entry.name)

    def _pronoun(self, token) -> Actor | None:
        kind = PRONOUNS.get(token.lower_)
        if kind is None:
            return None
        actor = self._plural_antecedent(token) if token.lower_ == "them" else \
            self._antecedent(token, plural=token.lower_ in PLURAL)
        if actor is not None:
            return Actor(token.text, actor.code, actor.name, "coreference")
        kinds = {"person"} if kind == "person" else {"country", "group", "organisation",
                                                      "party"}
        gender = GENDERS.get(token.lower_)
        actor = self.memory.recall(kinds, gender=gender)
        if actor is None:
            return None
        self.memory.gendered(actor, gender)
        return Actor(token.text, actor.code, actor.name, "coreference")

    def situate(self, actor: Actor, others, *, context=(), verbal: bool = False,
                said=None, speakers=(), party: bool = False) -> Actor:
        """A role with no country ("police", "civilians") in the country the sentence places
        it: where the event happens ("in northern Nigeria"), else the country of ``context``
        (the speakers, the article's dateline), else that of the actor it acts with (Syria's
        government ... against civilians: Syrian civilians). One who says something
        (``verbal``: CAMEO's verbal acts, 01-05 and 10-13) is in its context's country before
        the place it speaks of ("KABUL (AP) — The minister accused Pakistan of sheltering
        Taliban leaders in Quetta": Afghanistan's), and never in a place named only in what
        it says (``said``, the word that says it: "a senior official accused Iran of arming
        the Houthis in Yemen" is no Yemeni official). A state's agent in what ``speakers``
        report is their country's before the place it acts in ("an Israeli military
        spokesman said troops had killed three militants in Jenin": Israel's troops). A
        ``party`` to talks, an agreement or a pledge the sources make is of the country it
        deals with before the place where it is dealt with, a venue ("the Colombian
        government resumed talks with the rebels in Havana": Colombian rebels)."""
        if actor.code not in AGENT_CODES:
            return actor

        def country(actors) -> str | None:
            return next((a.code[:3] for a in actors
                         if a.code and a.code[:3] in self.dictionary.countries), None)

        if party:
            found = country(others) or self.location() or country(context)
        elif verbal:
            found = country(context) or (self.location() if said is None else self._located(
                _content(said))) or country(others)
        elif actor.code in STATE_AGENTS:
            found = country(speakers) or self.location() or country([*context, *others])
        else:
            found = self.location() or country([*context, *others])
        if found is None and not verbal:
            found = self.sole_country()
        if found is None:
            return actor
        return Actor(actor.text, found + actor.code, actor.name, actor.via)

    def sole_country(self) -> str | None:
        """The one country the sentence's places and countries name, wherever they stand
        ("rebels shot down a government helicopter over Darfur", "massacred villagers in
        Bentalha, south of Algiers"); None when they name none or several."""
        found = {entry.code[:3] for i, (start, _, entry) in self.mentions.items()
                 if self.sent.start <= i < self.sent.end and i == start
                 and entry.kind in ("country", "place")
                 and entry.code[:3] in self.dictionary.countries}
        return found.pop() if len(found) == 1 else None

    def location(self) -> str | None:
        """The country of the first place the sentence locates something in ("in Mali", "into
        Somalia", "off the coast of Somalia"), or whose that place is ("in Ukraine's Kherson
        region", "in the Ukrainian city of X")."""
        if self._location is None:
            self._location = self._located(frozenset()) or ""
        return self._location or None

    def _located(self, left_out: frozenset[int]) -> str | None:
        """:meth:`location`, leaving out the words of ``left_out`` (token indexes)."""
        for token in self.sent:
            if token.dep_ != "pobj" or token.i in left_out or _in_relative_clause(token) or (
                    _where_said(token)):
                continue
            # not "hostages in Gaza": who they are; not "militants who had crossed from
            # Pakistan": where they were; but where force is aimed ("strikes on Gaza killed
            # 40 people"), and where a mission is ("Russia's embassy in Kyiv was stormed")
            if token.head.lower_ in (*LOCATIVE, "into", "off") and (
                    token.head.head.dep_ not in ("nsubj", "nsubjpass")
                    or token.head.head.lemma_.lower() in MISSIONS) or (
                    token.head.lower_ in AIMED and _noun_act(token.head.head) in lx.HOSTILE):
                heads = [token, *(o for p in token.children if p.dep_ == "prep"
                                  and p.lower_ == "of" and token.lemma_.lower() in PLACE_NOUNS
                                  for o in p.children if o.dep_ == "pobj")]  # "the coast of X"
                for head in heads:
                    if head.lemma_.lower() in FRONTIERS:
                        continue  # a border has two sides: "near the Thai border" says not which
                    # (a role's modifier says who, not where: "at American troops")
                    # (nor whose mission it is: "outside the Indian embassy in Kathmandu")
                    words = [head] if head.i in self.mentions else [] if self.role(
                        head) and head.lemma_.lower() not in PLACE_NOUNS or \
                        head.lemma_.lower() in MISSIONS else [
                        c for c in head.children if c.dep_ in ("poss", "amod", "compound")
                        and c.i in self.mentions]
                    for word in words:
                        entry = self.mentions[word.i][2]
                        if entry.kind in ("country", "place") and entry.code[:3] in \
                                self.dictionary.countries:
                            return entry.code[:3]
        return None

    def _speakers(self, token) -> list[Actor]:
        """Who a plural pronoun that is the subject of a reported clause stands for: the
        speakers ("Thai police said they had arrested ...", "the rebels said they attacked
        ..."), as do the speakers' own "we" and "I" quoted ('"We have cut all ties with X,"
        the minister said'); none for any other pronoun. (A plural pronoun is otherwise left
        to the article's memory: in its own sentence it may stand for things as well as
        actors.)"""
        if token.lower_ not in (*PLURAL, *FIRST_PERSON) or token.dep_ not in ("nsubj",
                                                                               "nsubjpass"):
            return []
        return self._quoting(token)

    def _ours(self, head, role) -> list[Actor]:
        """The speakers' own body that a quoted subject names with "our" or "my" ('"Our
        forces have withdrawn," the Azerbaijani army said': AZEMIL; '"our government"':
        the speakers' government); a group's own men are the group ("our fighters")."""
        if not role or head.dep_ not in ("nsubj", "nsubjpass") or not any(
                c.dep_ == "poss" and c.lower_ in OWN_FIRST_PERSON for c in head.children):
            return []
        out = []
        for a in self._quoting(head):
            if len(a.code or "") == 6 and actor_agent(a.code):
                code = a.code[:3] + role  # a state's agent speaks for that state
            elif a.code in AGENT_CODES:
                code = role  # (a bare agent speaking: no country to add)
            elif a.code and len(a.code) == 3:
                code = a.code + role
            else:
                code = a.code
            out.append(Actor(head.text, code, a.name, "coreference"))
        return out[:1]

    def _quoting(self, token) -> list[Actor]:
        """The speakers of the reported clause ``token`` is the subject of, if it is one."""
        clause = token.head
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lx.ATTRIBUTION_VERBS:
            return []
        return [Actor(token.text, a.code, a.name, "coreference") for c in verb.children
                if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.lower_ not in PRONOUNS
                for a in self.actors(c) if a.code]

    def _antecedent(self, token, plural: bool = False) -> Actor | None:
        """A pronoun's antecedent in its own sentence: the subject of a clause that governs it
        ("Japan said it would ...", "Russia withdrew its troops"); a singular pronoun
        never a plural subject ("Armenia said Azerbaijani forces shelled its posts": Armenia),
        a ``plural`` one only a plural subject, conjoined subjects or a group's name ("the
        Houthis said their drones had struck ...", "Israel and Egypt said they would ...");
        and whose things are attacked is not the attacker ("Uganda said Sudan had shelled its
        border posts": Uganda's), unless no one else is named to be ("Eritrea jailed
        thousands of its own citizens": Eritrea's)."""
        attacked = token.dep_ == "poss" and token.head.dep_ in ("dobj", "pobj") and \
            _attacker(_verb_of(token))
        return self._governing_subject(token, plural, attacked) or (
            self._governing_subject(token, plural, False) if attacked else None)

    def _governing_subject(self, token, plural: bool, attacked: bool) -> Actor | None:
        """:meth:`_antecedent`, the attacker's subject left out when ``attacked``."""
        node = token
        while node.head.i != node.i:
            node = node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            if attacked:  # not the subject of the clause that attacks
                attacked = False
                continue
            for c in node.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i and c.pos_ != "PRON" \
                        and c.lower_ not in PRONOUNS and token not in c.subtree \
                        and (self._several(c) if plural else c.tag_ != "NNS"):
                    actor = self.actor(c)
                    if actor is not None and actor.code is not None:
                        return actor
        return None

    def _several(self, noun) -> bool:
        """Whether a subject names several ("the rebels", "the Houthis", "Israel and Egypt")
        or a group ("Hezbollah", "the Taliban"), as "they" and "their" may stand for."""
        return noun.tag_ in ("NNS", "NNPS") or bool(noun.conjuncts) or (
            noun.i in self.mentions and self.mentions[noun.i][2].kind == "group")

    def _plural_antecedent(self, token) -> Actor | None:
        """Whom "them" stands for in its own sentence: the nearest plural noun before it that
        names actors ("the rebels said the army had shelled them", "when the demonstrators
        reached the palace, the guard opened fire on them", "met tribal leaders and urged
        them"), not the subject of the clause it is in (who does it to them) nor an amount
        ("dozens of them")."""
        doers = {w.i for verb in _governors(token) for s in verb.children
                 if s.dep_ in ("nsubj", "nsubjpass") for w in s.subtree}
        for word in reversed(token.doc[self.sent.start:token.i]):
            if word.tag_ not in ("NNS", "NNPS") or word.i in doers \
                    or word.lemma_.lower() in lx.QUANTITIES:
                continue
            actor = self.actor(word)
            if actor is not None and actor.code is not None:
                return actor
        return None

    # ---- places -------------------------------------------------------------------------
    def land(self, token) -> Actor | None:
        """The country a place or country name at ``token`` stands for, as an actor ("shelled
        Grozny": Russia; "pulled out of Kosovo"), or None where no such name is."""
        if token.i not in self.mentions:
            return None
        start, end, entry = self.mentions[token.i]
        if entry.kind not in ("place", "country"):
            return None
        return Actor(token.doc[start:end].text, entry.code[:3], entry.name)

    def town(self, actor: Actor) -> bool:
        """Whether an actor is a country only as the land a town or province of it is in
        ("Gafsa", "the port of Piraeus": TUN, GRC), not a country named as such."""
        entry = self.dictionary.names.get(actor.name.lower()) if actor.name else None
        return len(actor.code or "") == 3 and (entry is None or entry.kind == "place")

    def whereabouts(self, token) -> bool:
        """Whether the name at ``token`` says only where: a town or province ("in Gafsa"),
        or a country's word on a place noun ("the Tunisian town of Gafsa", "Tunisia's
        capital": see :func:`_site`), not a country named as a party."""
        if token.i not in self.mentions:  # (or the place noun a name is of: "the town of X")
            return token.lemma_.lower() in SITES and any(
                self.whereabouts(o) or self.land(o) for p in token.children
                if p.dep_ == "prep" and p.lower_ == "of" for o in _children(p, "pobj"))
        kind = self.mentions[token.i][2].kind
        return kind == "place" or kind == "country" and _site(token) is not token

    def place(self, tokens) -> str | None:
        for token in tokens:
            if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS \
                    and token.i in self.mentions:
                entry = self.mentions[token.i][2]
                if entry.kind in ("place", "country"):
                    return entry.name if entry.kind == "country" else \
                        _phrase(token, *self._mention_in(token)[:2])
        return None



#: Acts of parties that meet, whatever the word: talks, meetings, hosting, brokering and
#: agreements ("met X in Doha", "signed a deal with X in Kuala Lumpur").
MEETINGS = frozenset({"talks", "consult", "resume_talks", "host", "mediate", "settle"})


def _site(token):
    """The place noun a name is a word of ("Tunisian" and "Gafsa" in "the Tunisian town of
    Gafsa", "Jakarta" in "Jakarta's Chinese quarter"), else the name's own word."""
    head = token.head
    if token.dep_ in ("amod", "compound", "poss") and head.lemma_.lower() in SITES:
        return head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in SITES:
        return head.head
    return token


def _party_met(token) -> bool:
    """Whether ``token`` is a party met with: the object of a verb of meeting ("met rebel
    leaders"), or in a with/between phrase of talks or an agreement ("talks with the rebels",
    "a deal with Muslim rebels")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("with", "between", "among"):
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return (_noun_act(head) if head.pos_ == "NOUN" else lx.VERB_ACTS.get(
        head.lemma_.lower())) in MEETINGS


def _of_chain(prep) -> list:
    """The objects of an "of" phrase, and of the "of" phrases they carry in turn: a title's
    portfolio, then whose it is ("the Minister of Foreign Affairs of Kazakhstan", "the Chief
    of the General Staff of the Armed Forces of Ukraine")."""
    found, preps = [], [prep]
    while preps:
        objects = [o for p in preps for o in p.children]
        found.extend(objects)
        preps = [p for o in objects if o.dep_ == "pobj" for p in o.children
                 if p.dep_ == "prep" and p.lower_ == "of"]
    return found


def _verb_of(token):
    """The verb whose clause a word is in (the word itself when there is none)."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)


def _attacker(verb) -> bool:
    """Whether a verb of force has its doer as its subject (active: "Sudan shelled")."""
    return lx.VERB_ACTS.get(verb.lemma_.lower()) in lx.HOSTILE and any(
        c.dep_ == "nsubj" for c in verb.children)


def _content(said) -> frozenset[int]:
    """The words of what a word of saying reports: the clauses under it ("said troops had
    killed militants in Jenin") and what it is about ("accused Iran of arming the Houthis in
    Yemen", "warned Russia over its troops in Syria"), not where it is said ("told reporters
    in Kabul", "after arriving in Kabul"), nor when ("two weeks after the vote in Harare"),
    nor the things it names ("defied a ban on celebrations in south-east Turkey")."""
    heads = [c for c in said.children if c.dep_ in ("ccomp", "xcomp")
             or c.dep_ == "prep" and c.lower_ in ABOUT]
    heads += [d for c in said.children if c.dep_ in ("dobj", "dative", "attr")
              for d in c.subtree if d.pos_ in ("VERB", "AUX")
              and d.dep_ in ("acl", "relcl", "pcomp", "ccomp")]
    return frozenset(w.i for d in heads for w in d.subtree)


def _in_relative_clause(token) -> bool:
    """Whether a word is inside a relative clause (which tells of a noun, not the event)."""
    return any(node.dep_ == "relcl" for node in (token, *token.ancestors))


def _bare(token) -> list:
    """The words of a noun phrase less the clauses that tell of it ("the EU, which mediates
    between Serbia and Kosovo": the EU)."""
    told = {w.i for c in token.children if c.dep_ in ("relcl", "acl", "appos", "advcl")
            for w in c.subtree}
    return [w for w in token.subtree if w.i not in told]


def _governors(token) -> list:
    """The verbs a word's phrase hangs on, nearest first, up through the clauses that take
    their subject from the one above ("Egypt called on X ... and urged both sides": urged,
    called), to the first with a subject of its own (not the word's phrase itself: "renewed
    his call for the warring parties to respect the truce": respect, renewed)."""
    out = []
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            out.append(node)
            # (a "for X to do" clause's subject is asked of by the verb above)
            asked = any(m.dep_ == "mark" and m.lower_ == "for" for m in node.children)
            if node.dep_ not in ("conj", "xcomp", "advcl") or any(
                    c.dep_ in ("nsubj", "nsubjpass") and not (
                        asked and c.left_edge.i <= token.i <= c.right_edge.i)
                    for c in node.children):
                break
    return out


def _modifies(word, head) -> bool:
    """Whether ``word`` is part of the title or modifiers before ``head`` (a chain of
    compound, adjective and possessive links)."""
    while word.i != head.i:
        if word.dep_ not in ("compound", "amod", "poss", "nmod", "punct", "case") \
                or word.head.i == word.i:
            return False
        word = word.head
    return True


def _hyphened(left, right) -> bool:
    """Whether two words are joined by a hyphen ("Saudi-Iranian", "Israel-Hamas")."""
    return right.i - left.i == 2 and right.doc[left.i + 1].text in ("-", "–")


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


def _whose(head) -> tuple[str, ...]:
    """The prepositions that name whose the people ``head`` names are: "of", and "for" of
    those who speak or negotiate for another (:data:`SPOKESPEOPLE`)."""
    return ("of", "for") if head.lemma_.lower() in SPOKESPEOPLE else ("of",)


def _named_text(token, start: int, end: int, several: bool) -> str:
    """The words naming the actor of the name ``start:end`` beside the head ``token``: the
    whole phrase, or for one of several names sharing the head, that name and the head
    ("Eriadori and Calenardhon leaders": "Calenardhon leaders")."""
    if several:
        return token.doc[start:end].text + ("" if start <= token.i < end else f" {token.text}")
    return _phrase(token, start, end)


#: The sectors of people who are no state's body nor an armed side's: one of them named by a
#: singular noun is typed as they are (see :meth:`_Context._one_of`).
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "BUS", "EDU", "HLH", "REL", "MED", "REF"})

#: People named by age, sex or kin.
KIN = frozenset({"man", "woman", "boy", "girl", "child", "person", "teenager", "teen",
                 "adolescent", "minor", "infant", "baby", "toddler", "youth", "son", "daughter",
                 "brother", "sister", "sibling", "wife", "husband", "mother", "father", "parent",
                 "widow", "nephew", "niece", "cousin", "uncle", "aunt", "grandchild", "grandson",
                 "granddaughter", "grandmother", "grandfather", "grandparent", "relative",
                 "family"})
#: The endings of nouns of one who does or is something ("driver", "vendor", "pharmacist",
#: "civilian", "businessman", "retiree", "migrant", "resident").
AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "ee", "ant", "ent")

#: Plurals no suffix makes.
IRREGULAR_PLURALS = MappingProxyType({"person": "people", "child": "children",
                                      "wife": "wives", "thief": "thieves"})


def _plural(noun: str) -> str:
    """The plural of an English noun, as the dictionary lists people ("man": "men", "nanny":
    "nannies", "businessman": "businessmen")."""
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _subtree_text(token) -> str:
    return _phrase(token, token.i, token.i + 1)
