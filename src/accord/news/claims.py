"""Claims: what an actor says it accepts, rejects, proposes or demands, in any words.

The event coder reports a stance only towards an act it knows (a truce, a withdrawal); a
party that accepts "phased automation" or rejects "a five percent raise" states a stance all
the same. A claim is read from the parse alone: a verb of accepting, rejecting, proposing or
demanding (the lexicon's ``modal_verbs``), its holder (the verb's subject, followed through
control, conjoined verbs and co-reference as the coder follows them) and the phrase it takes
as object ("accepted X", "agreed to X", "insisted on X", "called for X", "agreed to accept X").
Which scenario option the phrase names is :mod:`accord.news.stances`' business.

How the stance is reported decides the claim: "would not (will never, did not, refused to)
accept" rejects; "has not agreed" (not yet) and "did not reject" state none; nor does a stance
someone is urged to take, one denied, one that is only possible ("may propose") or a
condition ("unless X offered"), nor one only forecast, hoped for or believed ("is unlikely to
accept", "officials hope the union will accept", "analysts expect X to reject").

A stance noun states its holder's stance ("its demand for X"), unless the holder gives it up:
"dropped (abandoned, withdrew, gave up) its demand for X" is a concession, no demand, and
"withdrew its rejection of X" no rejection; such a claim is ``withdraws`` (it states no stance,
and the sentence's verb gives the holder none on X either). Giving up refused or denied keeps
it: "refused to drop its demand for X" and "would not abandon its demand" demand X.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as lx
from .actors import Actor
from .events import _speaker
from .mentions import _Context
from .predicates import POSSIBLE, _children, _conditional, _negated
from .roles import _Roles

__all__ = ["Claim", "find_claims"]

#: The stances a claim states, by the lexicon's modality of its verb.
CLAIMED = {"agree": "accepts", "refusal": "rejects", "propose": "proposes",
           "demand": "demands", "appeal": "demands"}
#: Verbs of the stance tables that state no stance towards their object ("denied the
#: report", "invited X", "dismissed the minister", "welcomed the decision": praise).
NOT_CLAIMED = frozenset({"deny", "invite", "dismiss", "welcome", "resist", "order",
                         "instruct", "direct", "command", "summon", "encourage", "volunteer",
                         "snub", "require"})
#: Prepositions that take what a stance verb is about ("agreed to", "insisted on",
#: "called for", "pressed for").
ABOUT = frozenset({"to", "on", "upon", "for"})
#: Verbs whose object is no stance's, only what a preposition takes ("called for X", not
#: "called off the talks"; "pressed for X", not "pressed the government").
PREPOSITIONAL = frozenset({"call", "press", "push", "ask", "appeal", "plead", "beg", "lobby",
                           "petition", "insist"})
#: Governing stances under which a stance is not the holder's own ("urged X to accept",
#: "threatened to reject"): what is asked of another, or threatened.
ASKED = frozenset({"demand", "appeal", "threat"})
#: Governors under which a stance is only forecast, hoped for or believed, not taken ("is
#: unlikely to accept", "hope the union will accept", "expect X to reject"; with the
#: lexicon's modality ``expected``: "is set to", "likely to").
SUPPOSED = frozenset({"likely", "unlikely", "certain", "sure", "bound", "hope", "wish",
                      "want", "expect", "believe", "think", "fear", "doubt", "predict",
                      "anticipate", "suspect", "assume", "reckon", "speculate", "forecast",
                      "pray", "imagine", "guess", "bet"})
#: Verbs, and verbs with a particle, by which a holder gives up its own stance ("dropped its
#: demand", "withdrew its offer", "gave up its opposition", "backed away from its demand").
GIVING_UP = frozenset({"drop", "abandon", "withdraw", "renounce", "retract", "rescind",
                       "scrap", "shelve", "relinquish", "waive", "forgo", "forego", "ditch",
                       "jettison", "surrender"})
GIVING_UP_PHRASES = frozenset({("give", "up"), ("back", "away"), ("back", "down"),
                               ("walk", "back"), ("climb", "down")})


@dataclass(frozen=True)
class Claim:
    """One actor's stance towards what a phrase names, with the words it rests on."""

    sentence: int
    source: Actor
    stance: str  # accepts, rejects, proposes, demands, or withdraws (gives one up)
    object: str  # the phrase the stance is about, as the text words it
    confidence: float
    said_by: Actor | None = None
    date: str | None = None
    nominal: bool = False  # stated by the holder's own stance noun ("its demand for X")


def find_claims(sent, index: int, mentions, dictionary, memory,
                date: str | None = None) -> list[Claim]:
    """The claims of one parsed sentence (``sent``: a spaCy span), with the article's
    ``memory`` for pronouns and descriptions (read, not taught)."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and _modality(t) in CLAIMED]
    if not verbs and not any(lx.MODAL_NOUNS.get(t.lemma_.lower()) in CLAIMED for t in sent):
        return []
    roles = _Roles(_Context(sent, mentions, dictionary, memory))
    out = []
    for verb in verbs:
        stance = _stance(verb)
        if stance is None:
            continue
        about = _object(verb, roles)
        if not about:
            continue
        speakers = _speaker(verb, roles)
        speaker = speakers[0] if speakers else None
        for source in roles.subject(verb):
            if source.code is None:
                continue
            confidence = 0.85 - (0.1 if source.via == "coreference" else 0.0)
            said_by = speaker if speaker and speaker.code != source.code else None
            out.append(Claim(index, source, stance, about, round(confidence, 2), said_by,
                             date))
    for noun in sent:
        if noun.pos_ == "NOUN" and lx.MODAL_NOUNS.get(noun.lemma_.lower()) in CLAIMED:
            out.extend(_nominal(noun, index, roles, date))
    return out


def _nominal(noun, index: int, roles: _Roles, date: str | None) -> list[Claim]:
    """The claim a stance noun states: whose it is ("Hamas's proposal for a truce", "an
    offer from the authority of a raise", "its rejection of X"), else who voices it ("the
    union renewed its call for", "Egypt put forward a proposal for"), about what its "of",
    "for", "to" or "on" phrase, or its clause, names ("a proposal to hold a referendum")."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return []
    about = [o for p in _children(noun, "prep") if p.lower_ in (*ABOUT, "of")
             for o in _children(p, "pobj", "pcomp")] or [
        c for c in _children(noun, "acl") if any(a.lower_ == "to" for a in c.children)]
    if not about:
        return []
    voiced = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in \
        lx.STANCE_VERBS else None
    if voiced is not None and (_negated(voiced) or _conditional(voiced)):
        return []  # "made no demand", "did not renew its offer", "if X makes an offer"
    given_up = _given_up_by(noun)
    holder = voiced if voiced is not None else given_up  # ("the union dropped the demand")
    sources = roles.owner(noun) or (roles.subject(holder) if holder is not None else [])
    stance = CLAIMED[lx.MODAL_NOUNS[noun.lemma_.lower()]]
    if given_up is not None and not _kept(given_up):
        stance = "withdraws"  # "dropped its demand for X": no longer demanded
    text = " ".join(_words(o) for o in about)
    return [Claim(index, source, stance, text,
                  round(0.8 - (0.1 if source.via == "coreference" else 0.0), 2), None, date,
                  nominal=True)
            for source in sources if source.code is not None]


def _given_up_by(noun):
    """The verb by which the noun's stance is given up ("dropped its demand", "gave up its
    opposition", "backed away from its offer"), or None."""
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if (
        noun.dep_ == "pobj" and noun.head.lower_ in ("from", "on")) else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    if lemma in GIVING_UP or any((lemma, p) in GIVING_UP_PHRASES for p in particles):
        return verb
    return None


def _kept(verb) -> bool:
    """Whether giving up is refused or denied ("refused to drop", "would not abandon",
    "never withdrew"): the stance is kept."""
    return _negated(verb) or (verb.dep_ == "xcomp" and _modality(verb.head) == "refusal")


def _modality(verb) -> str | None:
    """The stance a verb reports: by itself ("rejected"), or with its particle ("turned
    down", "ruled out", "pressed for", "signed up to")."""
    lemma = verb.lemma_.lower()
    phrasal = next((lx.MODAL_PHRASES[(lemma, c.lower_)] for c in verb.children
                    if c.dep_ in ("prt", "prep") and (lemma, c.lower_) in lx.MODAL_PHRASES),
                   None)
    return phrasal or (None if lemma in NOT_CLAIMED else lx.MODAL_VERBS.get(lemma))


def _stance(verb) -> str | None:
    """The stance the verb states as its subject's, or None (see the module's notes)."""
    modality = _modality(verb)
    if _conditional(verb) or verb.dep_ in ("acl", "relcl", "amod") or (
            verb.dep_ == "advcl" and _children(verb, "mark")):
        return None  # "unless X offered", "after X accepted", "a plan to accept": not a
        # stance taken (one told alongside is: "..., rejecting a proposal by X")
    governor = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
    while governor is not None and governor.dep_ == "conj":
        governor = governor.head
    outer = _modality(governor) if governor is not None else None
    if governor is not None and (outer in ASKED or governor.lemma_.lower()
                                 in lx.DENIAL_VERBS):
        return None  # "urged Israel to accept", "denied that it had accepted"
    if governor is not None and (outer == "expected" or governor.lemma_.lower() in SUPPOSED
                                 or lx.MODAL_ADJECTIVES.get(governor.lemma_.lower())
                                 == "expected"):
        return None  # "is unlikely to accept", "hope the union will accept": not taken
    negated = _negated(verb)
    if outer == "refusal":  # "refused to accept X": a rejection of X
        negated = not negated
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not negated and auxiliaries & POSSIBLE:
        return None  # "may propose": possible, not stated
    if not negated:
        return CLAIMED[modality]
    if modality in ("agree", "propose") and not ({"has", "have", "had"} & auxiliaries
                                                  and "never" not in _neg_words(verb)):
        return "rejects"  # "would not accept", "did not accept", "never to accept"
    return None  # "has not agreed" (not yet), "did not reject", "did not demand"


def _neg_words(verb) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "neg"}


def _object(verb, roles: _Roles) -> str:
    """The phrase the stance is about: the verb's object (the passive's subject), not
    whom it is put to ("urged Israel to ..."), or what a preposition of aboutness takes
    ("agreed to", "insisted on"), or the clause it governs ("agreed to halt automation"; an
    inner stance verb, "agreed to accept X", is a claim of its own)."""
    asked = _children(verb, "xcomp")
    objects = [] if verb.lemma_.lower() in PREPOSITIONAL else [
        o for o in _children(verb, "dobj", "nsubjpass") if not (asked and roles.ctx.actors(o))]
    phrases = objects or [o for p in _children(verb, "prep", "prt") if p.lower_ in ABOUT
                          for o in _children(p, "pobj", "pcomp")]
    if phrases:
        return " ".join(_words(p) for p in phrases)
    for clause in _children(verb, "xcomp", "ccomp"):
        if _modality(clause) not in CLAIMED or _modality(verb) in ASKED:
            return _words(clause)  # ("urged X to accept Y": Y is asked for, no stance of X's)
    return ""


def _words(token) -> str:
    """A phrase's words, conjuncts and all ("an eight percent raise and a ban on cranes")."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text
