"""What a dependency parse says about one predicate: its objects, negation, auxiliary
modality, the act a noun names, and the token span of a phrase.

Small functions over spaCy tokens shared by the event coder and the event builder; they hold
no state and resolve no actors.
"""

from __future__ import annotations

from . import lexicon as lx

# Nouns of time: a phrase of them is when, not a verb's particle ("in 1997", "in May"), and a
# number of them a span, no amount of what it is of ("two days of talks").
TIME_NOUNS = frozenset({"year", "month", "week", "day", "decade", "century", "hour", "morning",
                        "afternoon", "evening", "night", "past", "spring", "summer", "autumn",
                        "winter"})

FUTURE = {"will", "would", "shall", "'ll", "wo"}
POSSIBLE = {"may", "might", "could", "can"}
CONDITIONS = frozenset({"if", "unless", "until"})


def _children(token, *deps):
    return [c for c in token.children if c.dep_ in deps]


def _negated(token, governed: bool = True) -> bool:
    """Whether a predicate is reported as not done: "did not", "never", "no" before a noun,
    "no longer", "not yet"; and with ``governed``, when what governs it says it was not done
    ("failed to", "was unable to", "has yet to": :func:`_negated_by_governor`)."""
    return any(c.dep_ == "neg" for c in token.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children) or any(
        c.dep_ == "advmod" and any(g.dep_ == "neg" for g in c.children)
        for c in token.children) or _neither(token) or (
        governed and _negated_by_governor(token))


def _neither(token) -> bool:
    """Whether the subject of a predicate is "neither X nor Y" (or "nor" joins a second one):
    none of them did it."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(
        g.lower_ in ("neither", "nor") and g.dep_ in ("preconj", "cc") for g in c.children)
        for c in token.children)


def _negated_by_governor(verb) -> bool:
    """An act under a verb or adjective of not doing ("failed to capture", "was unable to
    reach", "neglected to inform") or under "has yet to" is reported as not done."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    return lemma in lx.NEGATING_HEADS or (lemma == "have" and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children))


def _aux_modality(verb) -> str | None:
    """How an auxiliary reports an act: "will", "would", "is going to" announce an intent
    (CAMEO 03, or 13 for force), "may", "could" a possibility, "if" a hypothesis."""
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in FUTURE or c.lemma_ == "will":
                return "intent"
            if c.lower_ in POSSIBLE:
                return "possible"
            if c.lower_ == "going" or c.lemma_ == "go":
                return "intent"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(
            c.dep_ == "aux" for c in verb.head.children):
        return "intent"  # "is going to lift": "going" heads the clause
    if _conditional(verb):
        return "hypothetical"
    return None


def _conditional(verb) -> bool:
    """A clause of condition: "if X withdraws", "unless X agrees", "until X agrees" report
    nothing done; nor does a clause conjoined to one ("if Israel agreed to a ceasefire and
    withdrew from Gaza": the withdrawal is a condition too)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children)


def _fulfilled(noun) -> bool:
    """Whether a stance noun (a promise, a pledge, a threat) is carried out: the object of a
    verb of fulfilling ("fulfilled its promise", "honoured its pledge", "carried out its
    threat"), or of "on" or "to" after one ("made good on", "delivered on", "lived up to").
    What it names is then done, not vowed."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in ("on", "to"):
        head = head.head
        if head.dep_ in ("acomp", "advmod", "prt", "amod", "oprd", "dobj"):
            head = head.head  # "made good on", "followed through on"
        return head.lemma_.lower() in lx.FULFILLING_VERBS
    # (making or delivering a promise states it: "made a pledge", "delivered a warning")
    return noun.dep_ == "dobj" and head.lemma_.lower() in lx.FULFILLING_VERBS and (
        head.lemma_.lower() not in ("make", "deliver", "follow", "live", "carry") or any(
            p.lower_ in ("out", "through") for p in _children(head, "prt")))


def _noun_lemma(noun) -> str:
    """The lemma a noun is looked up by: a hyphenated act noun the parser split ("sit-in",
    "build-up": the noun "in" or "up" with "sit" or "build" its compound before a hyphen)
    whole."""
    lemma = noun.lemma_.lower()
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].head.i == noun.i:
        whole = f"{doc[noun.i - 2].lower_}-{lemma}"
        if whole in lx.ACT_NOUNS:
            return whole
    return lemma


def _noun_act(noun) -> str | None:
    """The act a noun names, if any (military operations; an end to hostilities); a modifier
    may refine it (a hunger strike, military aid, economic ties)."""
    lemma = _noun_lemma(noun)
    mods = [c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if lemma not in lx.ACT_NOUNS and lemma not in TIME_NOUNS and _children(noun, "nummod"):
        # an amount of what an of- or in-phrase names is that ("30 million euros of budget
        # support", "$2 billion in aid", "20 tonnes of food aid")
        inner = next((_noun_act(o) for p in _children(noun, "prep") if p.lower_ in ("of", "in")
                      for o in _children(p, "pobj")), None)
        if inner is not None:
            return inner
    if lemma in lx.ENDING_NOUNS:  # an end to hostilities, a halt to the fighting
        for prep in _children(noun, "prep"):
            if prep.lower_ not in ("to", "of", "in"):
                continue
            for pobj in _children(prep, "pobj"):
                inner = _noun_act(pobj)
                if inner in lx.HOSTILE:
                    return "ceasefire"
                if inner in ("talks", "mediate"):
                    return "halt_talks"
                if inner in lx.BILATERAL and lx.ACT_CODES[inner][:2] in ("05", "06"):
                    # "the suspension of military cooperation with Mali", "an end to
                    # economic ties": relations reduced (CAMEO 160), as the verbs say
                    return "reduce_relations"
        if lemma not in lx.NOUN_VERBS:  # (the suspension of aid: as "suspend" reads it)
            return None
    refined = _refined(noun)
    if refined:
        return refined
    shipped = _shipped(noun) if lemma in lx.DELIVERIES else None
    if shipped is not None:
        return shipped
    if lemma in lx.NOUN_VERBS:  # "the expulsion of two diplomats": as the verb does it
        # (or on, to, in what it is done to: "a freeze on aid", "a halt to arms sales", "cuts
        # in aid")
        table = lx.VERB_OBJECTS[lx.NOUN_VERBS[lemma]]
        done = next((table[w] for p in _children(noun, "prep")
                     if p.lower_ in ("of", "on", "to", "in")
                     for o in _children(p, "pobj") for w in _object_words(o) if w in table),
                    None)
        if done is not None:
            return done
    if lemma in lx.RESUMING_NOUNS:  # the resumption of ties, a campaign of ethnic cleansing
        inner = next((_noun_act(o) for p in _children(noun, "prep") if p.lower_ == "of"
                      for o in _children(p, "pobj")), None)
        if inner is None and lemma in lx.INQUIRING_BODIES and any(
                p.lower_ == "into" for p in _children(noun, "prep")):
            return "investigate"  # "a royal commission into the bushfires", "a panel into X"
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
            p.lower_ == "of" and any(_noun_act(o) in ("talks", "consult") for o in p.children)
            for p in _children(noun, "prep"))):
        return None
    if lemma == "pause" and not mods & {"humanitarian", "fighting"} and not any(
            p.lower_ == "in" for p in _children(noun, "prep")):
        return None
    if lemma == "call" and not mods & {"phone", "telephone", "video"}:
        return None
    if lemma == "march" and (noun.pos_ == "PROPN" or noun.text[0].isupper() and noun.i > 0):
        return None  # "in March": the month
    return lx.ACT_NOUNS[lemma]


def _goods(noun) -> list:
    """What a delivery or shipment carries: its "of" phrase and that phrase's conjuncts
    ("deliveries of Russian gas and oil")."""
    return [g for p in _children(noun, "prep") if p.lower_ == "of"
            for o in _children(p, "pobj") for g in (o, *o.conjuncts)]


def _shipped(noun) -> str | None:
    """The act a delivery is, by what it carries ("of" or a modifier: "oil shipments"), as
    the giving verbs read their objects:
    arms are military aid (072), money economic aid (071), gas, oil or coal trade (061);
    else None (aid, the noun's own act)."""
    words = {w.lemma_.lower() for g in _goods(noun) for w in g.subtree} | {
        c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if words & lx.WEAPONS:
        return "military_aid"
    if words & lx.MONEY:
        return "economic_aid"
    if words & lx.COMMODITIES and not words & lx.SUPPLIES:
        return "economic_ties"  # (grain, as the giving verbs read it, is relief)
    return None


def _refined(noun) -> str | None:
    """The act a modifier makes of a noun ("joint exercises", "military aid"), if any."""
    refined = lx.NOUN_MODIFIERS.get(noun.lemma_.lower())
    if refined:
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        # and the modifiers of a compound: "a joint patrol unit", "joint border patrols"
        mods += [g for c in mods if c.dep_ == "compound" for g in c.children
                 if g.dep_ in ("amod", "compound")]
        for c in mods:
            if c.lemma_.lower() in refined:
                return refined[c.lemma_.lower()]
    return None


def _count(objects) -> int:
    """How many people the objects number, at least ("hundreds of civilians", "800,000
    people", "more than 700,000 Rohingya"); 0 when they give no number."""
    best = 0
    for o in objects:
        for w in [o, *o.children, *(g for c in o.children for g in c.children)]:
            if w.lemma_.lower() in ("hundred", "thousand", "million") and w.tag_ == "NNS":
                # ("thousands", and "tens" or "hundreds of thousands")
                value = {"hundred": 100, "thousand": 1000, "million": 10 ** 6}[
                    w.lemma_.lower()]
                times = [t.lemma_.lower() for t in [
                    *(w.head.head for _ in [0] if w.head.lower_ == "of"),
                    *(c for c in w.children if c.dep_ in ("quantmod", "nummod"))]
                    if t.lemma_.lower() in ("ten", "hundred") and t.i < w.i]
                if times:
                    value *= 10 if times[0] == "ten" else 100
                best = max(best, value)
            elif w.like_num:
                text = w.text.replace(",", "")
                value = {"hundred": 100, "thousand": 1000, "million": 10 ** 6}.get(
                    text.lower(), 0)
                if text.isdigit():
                    value = int(text)
                    if len(w.text) == 4 and 1900 <= value < 2100:
                        continue  # a year ("in June 2022"): news writes 2,000 people
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
    # a modifier's own compound: "sit" of "a sit-in outside parliament" (sit, -, in)
    words.extend(g.lemma_.lower() for c in o.children if c.dep_ in ("compound", "nmod")
                 for g in c.children if g.dep_ == "compound")
    for prep in _children(o, "prep"):
        if prep.lower_ in ("of", "in"):  # "a state of emergency", "$100 million in aid",
            # "30 million euros of budget support" (with the words of the phrase's own name)
            words.extend(w for p in _children(prep, "pobj") for w in _object_words(p))
    return words


def _objects(verb):
    """Direct objects and prepositional objects of a verb, nearest first (not what it is done
    without: "returned from Cairo without a deal")."""
    out = list(_children(verb, "dobj", "attr", "oprd"))
    for prep in _children(verb, "prep", "prt", "agent"):
        if prep.lower_ != "without":
            out.extend(_children(prep, "pobj", "pcomp"))
    for part in _children(verb, "prt", "prep"):  # "pulled out of the talks"
        for prep in _children(part, "prep"):
            out.extend(_children(prep, "pobj"))
    out.extend(_children(verb, "nsubjpass"))  # "the attack was carried out by X"
    return out


def _wanted_by_law(verb) -> bool:
    """Whether ``verb`` is a participle saying the law wants or seeks someone ("a commander
    wanted for murder", "a minister sought by French courts"): no one's demand."""
    return verb.lemma_.lower() in ("want", "seek") and verb.dep_ == "acl" and not _children(
        verb, "nsubj")


#: The particles and adverbs of going on with something ("pressed ahead with", "pushed on
#: with", "went forward with").
ONWARD = frozenset({"ahead", "on", "forward"})


def _proceeds(verb) -> bool:
    """Whether ``verb`` says its subject goes on with what its with-phrase names ("would
    press ahead with an offensive", "pushed on with the reforms"): that act is the news, no
    pressing nor pushing for it."""
    return any(p.lower_ in ONWARD for p in _children(verb, "prt", "advmod")) and bool(
        [o for p in _children(verb, "prep") if p.lower_ == "with" for o in _children(p, "pobj")])


def _stopped_short(verb) -> bool:
    """Whether ``verb`` is "stopped short of" (doing what its "of" phrase names): that act is
    not done, as one refrained from is."""
    return verb.lemma_.lower() == "stop" and any(
        c.lower_ == "short" for c in _children(verb, "advmod", "acomp", "prt"))


def _stranded_clauses(verb) -> list:
    """To-clauses of ``verb`` the parser hangs on where or when it is done, as a relative
    clause ("urged Arab governments at the summit to back X": "back" on "summit")."""
    return [c for p in _children(verb, "prep") if p.lower_ in ("at", "during", "in", "on")
            for o in _children(p, "pobj") for c in _children(o, "relcl", "acl")
            if c.pos_ == "VERB" and not _children(c, "nsubj", "nsubjpass")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _predicatives(verb) -> list:
    """Adjectives predicated of a verb's object ("found the state liable", "found him
    guilty"): looked up as objects are."""
    return [c for c in verb.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp")
            and c.pos_ == "ADJ"]


def _own(token) -> list:
    """A token's subtree without its conjuncts (the words of this phrase or clause only)."""
    words = [token]
    for child in token.children:
        if child.dep_ not in ("conj", "cc", "punct") or child.i < token.i:
            words.extend(_own(child))
    return sorted(words, key=lambda w: w.i)


def _owns(token, word) -> bool:
    """Whether ``word`` is one of :func:`_own`'s words of ``token``: under it, and not
    through a conjunct on the way."""
    while word.i != token.i:
        head = word.head
        if head.i == word.i or (word.dep_ in ("conj", "cc", "punct") and word.i > head.i):
            return False
        word = head
    return True


def _span(token) -> tuple[int, int]:
    """The token range of :func:`_own`'s words, without building them: the phrase starts at
    its left edge and ends where its last right dependent that is not a conjunct ends."""
    end = token
    while True:
        rights = [c for c in end.rights if c.dep_ not in ("conj", "cc", "punct")]
        if not rights:
            return token.left_edge.i, end.i + 1
        end = rights[-1]
