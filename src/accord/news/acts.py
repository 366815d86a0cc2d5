"""What act a predicate names: the act kind of a verb or noun, refined by its objects,
instrument, particles and doers (PETRARCH-2's verb patterns replaced by act kinds; the kinds and
their CAMEO codes are in :mod:`accord.news.lexicon`).

The second layer of the event coder: it builds on the roles of :mod:`accord.news.roles` (who
does it, to whom) and is read by :mod:`accord.news.coder`, which decides how each act is
reported (done, vowed, demanded, refused...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import lexicon as lx
from . import similar
from .actors import AGENT_CODES, Actor, actor_agent, actor_root
from .mentions import COLLECTIVE, PEACEKEEPING, PEOPLE_SECTORS, TEMPORAL, _Context, _subtree_text
from .predicates import (
    TIME_NOUNS,
    _children,
    _count,
    _fulfilled,
    _negated,
    _noun_act,
    _noun_lemma,
    _object_words,
    _objects,
    _predicatives,
    _proceeds,
    _refined,
    _span,
    _stopped_short,
    _stranded_clauses,
)
from .roles import (
    GATHERINGS,
    SCENE_OF_FORCE,
    _Roles,
)


@dataclass(frozen=True)
class _Act:
    """An act found under a predicate, before its modality is applied."""

    kind: str
    head: object  # the token that names the act
    targets: tuple[Actor, ...] = ()
    negated: bool = False
    content: tuple[int, int] | None = None  # token range [start, end) of what is at stake
    found: str = "lexicon"  # or "similar": a verb the lexicon lacks, by its nearest verbs;
    # or "learned": a sentence nothing else coded, by the learned classifier


AID = frozenset({"aid", "economic_aid", "military_aid", "peacekeeping", "asylum"})
# Weapons of mass destruction (CAMEO 204) and the acts of force a weapon can refine.
WMD = frozenset({"wmd", "chemical", "nuclear"})
MASS_VIOLENCE = frozenset({"mass_killing", "mass_expulsion", "ethnic_cleansing", "mass_violence"})
FORCE = frozenset({"force", "air_force", "artillery", "small_arms", "bombing", "chemical",
                   "nuclear", "wmd"})
# Stances that, asked for or promised in turn, stand for the act they govern: demanding that
# X agree to withdraw is demanding a withdrawal.
INNER_STANCES = frozenset({"agree", "intent", "vow", "propose"})
# Trips and calls, and what they may be made for instead of talks: sympathy, symbolic acts,
# diplomatic cooperation (praise, apology...) and aid (see _Acts.errand).
ERRAND_MEANS = frozenset({"visit", "phone", "consult"})
# Verbs that loose a weapon on others: a chemical agent dropped, fired or sprayed is a chemical
# attack (not one stored, shipped or destroyed).
UNLEASHING_VERBS = frozenset({"drop", "fire", "release", "spray", "unleash", "launch", "deploy",
                              "use"})
# How many deported make a mass expulsion (CAMEO 201): "deported hundreds of thousands of
# Yemeni workers", not "deported thousands of Afghans across the border" (174).
MASS_DEPORTATION = 100_000
# Verbs that leave what they take as object: an international body left is membership ended.
QUITTING_VERBS = frozenset({"leave", "quit", "exit", "abandon"})
ERRAND_CODES = frozenset({"017", "018"})
ERRAND_ROOTS = frozenset({"05", "07", "09"})
# Prepositions of circumstance: what they introduce is not what a stance is about.
# Verbs that put forces, hands or efforts together (lexicon: "joined forces").
POOLING = frozenset({"join", "combine", "pool"})
# Stretches of time a deed fills ("after a week of joint manoeuvres", "two days of talks").
STRETCHES = frozenset({"hour", "day", "night", "week", "fortnight", "month", "year", "round",
                       "series"})
ADJUNCT_PREPS = frozenset({"during", "after", "before", "since", "following", "amid", "despite",
                           "ahead"})


class _Acts(_Roles):
    """The acts of a sentence's predicates; ``consumed`` holds the tokens already read as part
    of another predicate's act (an object that names the act, a governed clause)."""

    def __init__(self, ctx: _Context) -> None:
        super().__init__(ctx)
        self.consumed: set[int] = set()

    def misread(self, sent) -> list[tuple]:
        """Raw events of a verb the parser took for a noun or an adjective, in a sentence it
        gave no verb at its root ("Myanmar's junta set free 12 prisoners": "set" a noun;
        "Fiji's military handed power back": "handed" an adjective of "power"): a past form
        of a lexicon verb read with the particle right after it ("set free", "hand back") or
        the object word after it ("handed power"), the actor named just before it its
        source and the first named after it its target."""
        if sent.root.pos_ in ("VERB", "AUX"):
            return []
        doc = sent.doc
        for t in sent:
            if not (t.pos_ in ("NOUN", "ADJ") or t.dep_ in ("amod", "compound", "nmod")) \
                    or t.i + 1 >= sent.end or t.i == sent.start:
                continue
            after = doc[t.i + 1]
            kind = None
            for lemma in _verb_forms(t.lower_):
                kind = lx.PARTICLE_ACTS.get((lemma, after.lower_))
                if kind is None and t.lower_.endswith("ed") and after.pos_ == "NOUN":
                    # "handed power", "shipped drones": the verb's object words, its gifts
                    kind = lx.VERB_OBJECTS.get(lemma, {}).get(after.lemma_.lower()) or (
                        self.given([after]) if lemma in lx.GIVING_VERBS else None)
                if kind is not None:
                    break
            if kind is None:
                continue
            sources = self.named_before(sent, t)
            targets = next((found for w in doc[t.i + 1:sent.end] if w.pos_ in (
                "NOUN", "PROPN") for found in [self.ctx.actors(w)] if found), [])
            act = _Act(kind, t, tuple(targets), False, (t.i, sent.end))
            return [(sources, act, None, False, t, 0.6)] if sources else []
        return []

    def named_before(self, sent, token) -> list[Actor]:
        """The actors of the nearest phrase before ``token`` in its sentence that names any:
        a doer the parse does not attach to its act."""
        return next((found for w in reversed(sent.doc[sent.start:token.i])
                     if w.pos_ in ("NOUN", "PROPN", "ADJ") for found in [self.ctx.actors(w)]
                     if found), [])

    def acts_of_clause(self, verb) -> list[_Act]:
        """The acts an embedded clause names (conjoined clauses give several); a clause that
        is itself a stance ("demanded that X agree to withdraw") names the acts it governs."""
        acts = []
        for v in [verb, *[c for c in verb.conjuncts if c.i > verb.i and c.pos_ in
                          ("VERB", "AUX")]]:
            if lx.MODAL_VERBS.get(v.lemma_.lower()) in INNER_STANCES:
                inner = self.complements(v)
                if inner:
                    acts.extend(inner)
                    self.consumed.add(v.i)
                    continue
            act = self.act_of_verb(v)
            if act is not None:
                acts.append(act)
                self.consumed.add(v.i)
        return acts

    def act_of_verb(self, verb) -> _Act | None:
        """The act a verb names, refined by what it is done with ("attacked with poison gas")
        and to how many ("killed hundreds of civilians": a mass killing)."""
        lemma = verb.lemma_.lower()
        if lemma in lx.BEATING_VERBS and any(o.lemma_.lower() == "death" or any(
                c.dep_ == "compound" and c.lemma_.lower() == "death" for c in o.children)
                for p in _children(verb, "prep") if p.lower_ == "to"
                for o in _children(p, "pobj")):
            # "beaten, hacked, stoned to death": killed by assault (CAMEO 1823); (the parser
            # may make "death" a word of whom: "hacked to death hundreds of Tutsis")
            act = _Act("beat_to_death", verb, self.targets(verb), _negated(verb), _span(verb))
            objects = _objects(verb)
            return replace(act, kind="mass_killing") if _count(objects) >= 100 else act
        if lemma in RESPONSE_VERBS or lemma == "retaliate":  # "retaliated by expelling a
            # consul": the expulsion
            means = next((a for p in _children(verb, "prep") if p.lower_ == "by"
                          for c in _children(p, "pcomp") if c.pos_ == "VERB"
                          for a in [self.act_of_verb(c)] if a is not None), None)
            if means is not None:
                self.consumed.add(means.head.i)
                return means
        purpose = self.purpose(verb, lemma)
        if purpose is not None:
            return purpose
        if lemma in lx.RAIDING_VERBS and self.by_law(verb):
            if any(lx.VERB_ACTS.get(c.lemma_.lower()) == "arrest" for c in verb.conjuncts):
                return None  # "raided a house and arrested four men": the arrests
            return _Act("seize", verb, self.targets(verb), _negated(verb), _span(verb))
        act = self._act_of_verb(verb)
        instrument = self.instrument_kind(verb)
        if act is not None and act.kind == "withdraw":
            bodies = self.bodies_left(verb)
            if bodies:  # "withdrew from ECOWAS", "pulled out of the ICC": relations reduced
                return replace(act, kind="reduce_relations", targets=bodies)
            act = replace(act, targets=(*act.targets, *self.left(verb)))
        if act is None:
            if instrument in WMD:  # "threatened to burn X with chemical weapons"
                return _Act(instrument, verb, self.targets(verb), _negated(verb), _span(verb))
            if lemma in UNLEASHING_VERBS and any(
                    w.lemma_.lower() in lx.CHEMICAL_AGENTS for o in _children(verb, "dobj")
                    for w in o.subtree):  # "dropped sarin on Khan Sheikhoun"
                return _Act("chemical", verb, self.targets(verb), _negated(verb), _span(verb))
            return None
        if act.kind in ("mobilize", "police_power") and self.protective(verb):
            # forces sent on a peacekeeping or stabilisation mission: protection (CAMEO 074)
            # (to where they go, "in" it too, on the forces or the verb: "deployed 8,000
            # peacekeepers in Somalia")
            # (or whom they are sent to help, where no place is named)
            return replace(act, kind="peacekeeping",
                           targets=self.targets(verb, exclude_objects=True) or self.helped(
                               verb, ()) or self.helped_abroad(verb) or self.located(
                               [*_children(verb, "dobj"), verb]) or act.targets)
        objects = _objects(verb)
        if act.kind == "beat_to_death" and _count(objects) >= 100:
            return replace(act, kind="mass_killing")  # "hacked to death 300 villagers"
        if act.kind in ("force", "deport", "assassinate") and lemma in lx.MASS_VERBS and (
                _count(objects) >= (MASS_DEPORTATION if lemma == "deport" else 100) or any(
                    o.lemma_.lower() in lx.MASS_NOUNS or o.tag_ in ("NNS", "NNPS") and any(
                        c.dep_ == "amod" and c.lower_ in ("entire", "whole")
                        for c in o.children)
                    for o in objects)):  # "the entire population", "entire villages"
            # (people deported, sent back where they came from, by the hundred or the
            # thousand are deported, CAMEO 174; by the hundred thousand, a people expelled)
            return replace(act, kind=lx.MASS_VERBS[lemma])
        if act.kind in ("force", "small_arms", "artillery", "air_force") and any(
                c.lemma_.lower() in lx.INDISCRIMINATE_MARKS for c in verb.children
                if c.dep_ in ("advmod", "npadvmod", "amod", "compound")) or any(
                w.lower_ in lx.INDISCRIMINATE_MARKS for w in verb.doc[max(verb.i - 2, 0):verb.i]):
            # "bombed the town indiscriminately", "carpet-bombed Grozny": mass violence
            return replace(act, kind="mass_violence")
        if act.kind in ("force", "small_arms", "artillery", "air_force", "deport",
                        "assassinate", "beat_to_death"):
            mass = self.mass_frame(verb)
            if mass is not None:  # "killed 45 villagers in a massacre": as what it is told
                return replace(act, kind=mass)
            if act.kind in ("force", "small_arms", "artillery", "air_force") and self.massacred(
                    verb):
                return replace(act, kind="mass_killing")
        if act.kind == "deport":  # "kicked out the U.N. human rights office", "threw out
            # two diplomats": by who is expelled
            act = replace(act, kind=expulsion(_children(verb, "dobj"), act.targets))
        if act.kind in ("force", "coerce") and instrument is not None:
            return replace(act, kind=instrument)  # "attacked with poison gas", "with machetes"
        if act.kind in FORCE and any(c.lower_ == "test" for c in verb.children if c.dep_ in (
                "npadvmod", "compound", "amod", "advmod")):
            return replace(act, kind="show_force")  # "test-fired a missile": a show of force
        if act.kind in FORCE and any(
                w.lemma_.lower() in lx.CHEMICAL_AGENTS or (
                    w.lemma_.lower() in lx.CHEMICAL_MODIFIERS and w.dep_ in ("amod", "compound")
                    and w.head.lemma_.lower() in lx.INSTRUMENTS)
                for o in _objects(verb) for w in o.subtree):
            # what is fired or dropped carries a chemical agent: "dropped chlorine-filled
            # barrel bombs", "fired shells loaded with sarin"
            return replace(act, kind="chemical")
        return act

    @staticmethod
    def mass_frame(verb) -> str | None:
        """The mass violence a killing or an expulsion is told as part of, when the sentence
        names it ("killed 45 villagers in a massacre", "in reprisal massacres", "drove them
        out as part of a campaign of ethnic cleansing"): that act (CAMEO 20), whatever the
        number killed."""
        nouns = [o for p in _children(verb, "prep") if p.lower_ in ("in", "during", "as")
                 for o in _children(p, "pobj")]
        for _ in range(3):  # (down "of" phrases: "as part of a campaign of ethnic cleansing")
            kind = next((k for o in nouns for k in [_noun_act(o)] if k in MASS_VIOLENCE), None)
            if kind is not None:
                return kind
            nouns = [m for o in nouns for q in _children(o, "prep") if q.lower_ == "of"
                     for m in _children(q, "pobj")]
        return None

    def massacred(self, verb) -> bool:
        """Whether force ends in a mass killing told in a clause of its own: conjoined
        ("shelled a hospital and killed hundreds of civilians"), or, when civilians or
        refugees are fired on, a participle ("opened fire on displaced people, killing
        thousands"). The toll names the act (CAMEO 202), as it does when the killing is the
        verb. (An attack on places that kills many stays an attack: "attacked hotels,
        killing 166".)"""
        people = [o for o in [*_children(verb, "dobj"), *(
            o for p in _children(verb, "prep") if p.lower_ in ("on", "at", "against", "into")
            for o in _children(p, "pobj"))]]
        on_civilians = any(actor_agent(a.code) in ("CVL", "REF") for o in people
                           for a in self.ctx.actors(o))
        tolls = [*(c for c in verb.conjuncts if c.i > verb.i and c.pos_ == "VERB"),
                 *(c for c in _children(verb, "advcl") if on_civilians and c.tag_ == "VBG")]
        return any(lx.MASS_VERBS.get(c.lemma_.lower()) == "mass_killing"
                   and _count(_objects(c)) >= 100 for c in tolls)

    def deplored(self, verb, regret) -> tuple[Actor, ...]:
        """Whose deed a regret voiced over it is about, when that is not the speaker's own
        ("expressed regret over Japan's decision": a criticism of Japan; "regret over its
        failure" stays an apology)."""
        own = {(a.code or "")[:3] for a in self.subject(verb)}
        deeds = [n for t in (regret, verb) for p in _children(t, "prep")
                 if p.lower_ in ("over", "at", "about") for n in _children(p, "pobj")]
        owners = tuple(a for n in deeds for a in self.owner(n) if a.code)
        return owners if owners and own and not any(
            a.code[:3] in own for a in owners) else ()

    def bodies_left(self, verb) -> tuple[Actor, ...]:
        """The international bodies a state withdraws from, pulls out of or quits ("withdrew
        from ECOWAS", "pulled out of the Commonwealth"), when no forces are withdrawn: its
        membership ended, relations reduced (CAMEO 160)."""
        if any(o.lemma_.lower() in lx.FORCES for o in _objects(verb)):
            return ()
        places = [o for p in _children(verb, "prep", "prt", "advmod")
                  for q in [p, *(q for q in _children(p, "prep") if q.lower_ == "of")]
                  if q.lower_ in ("from", "of") for o in _children(q, "pobj")]
        found = tuple(a for o in places for a in self.ctx.actors(o))
        return found if found and all((a.code or "").startswith("IGO") for a in found) else ()

    def errand(self, verb, act: _Act | None) -> _Act | None:
        """What a trip or a call is made for, or brings: the act it serves is the news, not
        the travel (CAMEO 042's note: a specific act done on a visit takes precedence over
        the visit), and over a meeting. "Flew to Dhaka to hand over relief", "travelled to
        Managua to look into the killings" (an inquiry), "telephoned X to express
        condolences" (the callee is whom they go to), "visited a camp and handed out food",
        "met Kyrgyz officials and handed over medical equipment",
        "a plane carrying tents landed in Aleppo", "arrived with a package of loans": aid,
        sympathy, praise, not a visit or a call. Talks on the trip stay a consultation."""
        lemma = verb.lemma_.lower()
        calling = act is None and lemma in lx.CALLING_VERBS and any(
            self.ctx.actors(o) for o in _children(verb, "dobj"))
        if not calling and (act is None or act.kind not in ERRAND_MEANS):
            return act
        means = act.targets if act is not None else tuple(
            a for o in _children(verb, "dobj") for a in self.ctx.actors(o))
        phoned = calling or act.kind == "phone"
        clauses = [c for c in _children(verb, "advcl", "xcomp") if any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        # a conjoined act of the same doers ("visited a camp and handed out food")
        clauses += [c for c in _children(verb, "conj") if c.pos_ == "VERB"
                    and not _children(c, "nsubj", "nsubjpass")]
        for c in clauses:
            inner = self.act_of_verb(c)
            if inner is None or lx.ACT_CODES[inner.kind] not in ERRAND_CODES and \
                    lx.ACT_CODES[inner.kind][:2] not in ERRAND_ROOTS:
                continue
            self.consumed.add(c.i)
            targets = (means or inner.targets) if phoned else (inner.targets or means)
            return replace(inner, head=c, targets=targets)
        if calling or act.kind != "visit":
            return act
        # what the travellers bring: "a plane carrying tents", "arrived with $1 billion"
        brought = [o for s in _children(verb, "nsubj") for c in _children(s, "acl")
                   if c.lemma_.lower() in lx.CARRYING_VERBS for o in _children(c, "dobj")]
        brought += [o for p in _children(verb, "prep") if p.lower_ == "with"
                    for o in _children(p, "pobj")]
        # ... or who they are: relief itself ("Turkish rescue teams arrived in Albania",
        # "Cuban doctors landed in Milan")
        # ("a team of Israeli rescue workers landed in Kathmandu": what the team is of)
        kind = self.given(brought) or next((
            "aid" for s in _children(verb, "nsubj") if s.pos_ == "NOUN" and (any(
                w.lemma_.lower() in lx.SUPPLIES for w in [s, *_children(s, "compound")])
                or _relief(s))), None)
        if kind in AID:
            return replace(act, kind=kind)
        return act

    def investigation(self, act: _Act) -> _Act:
        """An investigation told apart by what it looks into (CAMEO 091-094; the lexicon's
        ``investigated``): its words, the investigators' own names left out; and whom any
        inquiry looks into (:meth:`suspects`)."""
        if lx.ACT_CODES.get(act.kind, "")[:2] != "09":
            return act
        # whom it looks into: who did the deed it looks into, never its victims nor where
        suspects = self.suspects(act.head)
        act = replace(act, targets=tuple(suspects) if suspects is not None else tuple(
            self.cleared(act.head, act.targets, ())))
        if act.kind != "investigate" or act.content is None:
            return act
        doc = act.head.doc
        words = [doc[i] for i in range(*act.content) if i not in self.ctx.mentions]
        # (who investigates is not who is investigated: "Mexico's attorney general")
        investigators = {w.i for v in (act.head, act.head.head) for s in _children(
            v, "nsubj", "nsubjpass") for w in s.subtree}
        found = set()
        for before, word in zip([None, *words], words):
            lemma = word.lemma_.lower()
            pair = f"{before.lemma_.lower()} {lemma}" if before is not None else ""
            found.update(lx.INVESTIGATED[w] for w in (pair, lemma) if w in lx.INVESTIGATED)
        if "killing" in found:  # by the state's forces, of its opponents, in custody: abuse
            found.discard("killing")
            found.add("investigate_rights" if any(
                w.lemma_.lower() in lx.FORCES or w.lemma_.lower() in lx.CUSTODY
                or self.ctx.role(w) in ("MIL", "COP", "OPP")
                for w in words if w.i not in investigators) else "investigate_crime")
        kind = next((k for k in ("investigate_war_crimes", "investigate_rights",
                                 "investigate_military", "investigate_crime") if k in found),
                    act.kind)
        return replace(act, kind=kind)

    def by_law(self, verb) -> bool:
        """Whether a verb's doers are all the law's agents (police, prosecutors, security
        services, officials): their raids and searches are confiscations (CAMEO 1711)."""
        doers = self.subject(verb)
        return bool(doers) and all(actor_agent(a.code) in lx.LAW_ENFORCERS for a in doers)

    @staticmethod
    def instrument_kind(verb) -> str | None:
        """The act the instrument of a verb makes of it ("with poison gas", "using
        machetes"), if any; what a verb of giving gives "with" is no instrument ("supplying
        Hungary with natural gas")."""
        if verb.lemma_.lower() in lx.GIVING_VERBS or verb.lemma_.lower() in lx.SELLING_VERBS:
            return None
        for p in _children(verb, "prep"):
            if p.lower_ in ("with", "using"):
                for o in _children(p, "pobj"):
                    kind = next((lx.INSTRUMENTS[w] for w in _object_words(o)
                                 if w in lx.INSTRUMENTS), None)
                    if kind is not None:
                        return kind
        return None

    def _act_of_verb(self, verb) -> _Act | None:
        lemma = verb.lemma_.lower()
        objects = _objects(verb)
        content = _span(verb)
        neg = _negated(verb)
        if lemma in lx.FULFILLING_VERBS and any(
                o.lemma_.lower() in lx.MODAL_NOUNS and _fulfilled(o) for o in objects):
            return None  # "honoured its pledge of aid": the pledge names what is done
        if lemma == "open" and objects:
            # a place opened to those let in is access granted them ("opened the northern
            # townships to U.N. aid agencies", "opened its nuclear sites to IAEA inspectors")
            allowed = lx.VERB_OBJECTS["allow"]
            # (the to-phrase on the verb or on the place opened: "opened its airspace to
            # humanitarian flights")
            for o in (o for t in [verb, *_children(verb, "dobj")] for p in _children(t, "prep")
                      if p.lower_ == "to" for o in _children(p, "pobj")):
                kind = next((allowed[w] for w in _object_words(o) if w in allowed), None)
                if kind is not None:
                    return _Act(kind, verb, tuple(a for a in self.ctx.actors(o) if a.code),
                                neg, content)
        if lemma in ("allow", "let", "permit", "enable"):
            allowed = lx.VERB_OBJECTS["allow"]
            clauses = _children(verb, "ccomp", "xcomp")
            # what is let in may be parsed as a clause of its own ("allowed Red Cross convoys
            # into X": convoys, a ccomp), or be the subject of one ("to enter")
            for o in [*objects, *(c for c in clauses if c.pos_ == "NOUN"),
                      *(s for c in clauses for s in _children(c, "nsubj"))]:
                kind = next((allowed[w] for w in _object_words(o) if w in allowed), None)
                if kind is not None:  # "allowed aid trucks to enter", "let inspectors in"
                    for c in clauses:
                        self.consumed.add(c.i)
                    # to whom: who is let in ("IAEA inspectors", "Red Cross convoys into the
                    # Nuba mountains"); aid no one's, where it goes ("into Gaza", "to enter
                    # Gaza")
                    # (or whom it is granted: "allowed U.S. troops access to its bases")
                    who = tuple(a for a in self.ctx.actors(o) if a.code and not (
                        # (a country's goods are no one let in: "Egyptian aid trucks")
                        a.code in self.ctx.dictionary.countries and o.i not in
                        self.ctx.mentions and not self.ctx.role(o))) or tuple(
                        a for d in [*_children(verb, "dative"), *_children(o, "nsubj")]
                        for a in self.ctx.actors(d) if a.code)
                    where = self.targets(verb, exclude_objects=True) or tuple(
                        a for c in clauses for a in self.targets(c, exclude=who))
                    targets = who or where
                    return _Act(kind, verb, targets, neg, content)
            foreign = self.foreign_forces(verb, objects, clauses)
            if foreign:  # "agreed to let African Union troops deploy in Darfur"
                for c in clauses:
                    self.consumed.add(c.i)
                return _Act("allow_involvement", verb, foreign, neg, content)
            bodies = self.bodies_let_in(verb, objects, clauses)
            if bodies:  # "allowed the Red Cross to visit detention centres"
                for c in clauses:
                    self.consumed.add(c.i)
                # (an aid agency's is access granted; a body's of states, involvement)
                kind = "access" if all((a.code or "").startswith("NGO") for a in bodies) else \
                    "allow_involvement"
                return _Act(kind, verb, bodies, neg, content)
            for c in _children(verb, "ccomp", "xcomp"):
                inner = self.act_of_verb(c)
                if inner is not None:
                    self.consumed.add(c.i)
                    return _Act(inner.kind, inner.head, inner.targets, neg, content)
        if lemma in lx.REFRAINING_VERBS or _stopped_short(verb):
            return self.refrained(verb, neg, content)  # (or "stopped short of condemning")
        if lemma in lx.REMOVAL_VERBS and any(o.lemma_.lower() in lx.FORCES for o in objects):
            owners = [a for o in objects if o.lemma_.lower() in lx.FORCES
                      for a in self.ctx.actors(o)]
            return _Act("withdraw", verb, tuple(owners), neg, content)
        if lemma in ("release", "free", "return", "exchange") and any(
                self.captive(o) for o in objects) or lemma == "return" and any(
                o.lemma_.lower() in lx.KIN for p in _children(verb, "prep") if p.lower_ == "to"
                for o in _children(p, "pobj")) and any(self.ctx.actors(o) for o in objects):
            # (and people given back to their families: "returned 48 Ukrainian children to
            # their families")
            return _Act("release", verb, self.targets(verb), neg, content)
        if lemma in lx.HOLDING_VERBS and (any(o.lemma_.lower() in lx.CAPTIVES for o in objects)
                                          or verb.head.lemma_.lower() in lx.CAPTIVES):
            return _Act("hostage", verb, self.targets(verb), neg, content)
        # (what one is taken as, parsed as a clause of its own: "took two aid workers hostage",
        # "had taken 70 soldiers captive")
        held = [c for c in _children(verb, "ccomp", "xcomp", "oprd")
                if c.lemma_.lower() in lx.CAPTIVES and lemma in lx.HOLDING_VERBS]
        if lemma in lx.HOLDING_VERBS and any(  # ("taken 40 policemen captive": an adjective)
                c.dep_ == "amod" and c.i > o.i and c.lemma_.lower() in lx.CAPTIVES
                for o in objects for c in o.children):
            return _Act("hostage", verb, self.targets(verb), neg, content)
        if held:
            self.consumed.update(c.i for c in held)
            return _Act("hostage", verb, tuple(a for c in held for n in _children(c, "nsubj")
                                               for a in self.ctx.actors(n)), neg, content)
        exploded = self.explosion(verb, lemma)
        if exploded is not None:
            return exploded
        ousted = self.ousted(verb, lemma, neg, content)
        if ousted is not None:
            return ousted if ousted.kind else None
        stood_by = self.stood_by(verb, lemma, neg, content) or self.subjected(verb, lemma, neg,
                                                                             content)
        if stood_by is not None:
            return stood_by
        by_object = next((lx.VERB_OBJECTS[f"{lemma} {p.lower_}"] for p in [*_children(
            verb, "prt", "advmod"), *(c for o in objects for c in _children(o, "advmod"))]
            if f"{lemma} {p.lower_}" in lx.VERB_OBJECTS),
            lx.VERB_OBJECTS.get(lemma))  # ("called home its envoy": as "recall" reads it;
        # "summoned its envoy home")
        if by_object:  # recall the ambassador, lift sanctions, open fire, take to the streets
            # (not the passive's agent: "flown in by the air force"; nor what it is done over,
            # its reason: "breaking relations with Iran over the drone strikes" breaks no strike)
            for o in [*(o for o in objects if o.head.dep_ != "agent" and not (
                    o.head.lower_ == "over" and o.head.head.i == verb.i)), *_predicatives(verb)]:
                kind = self.object_act(lemma, o, by_object)
                if kind == "cooperate" and lemma in POOLING and any(
                        a.code and a.code not in AGENT_CODES for a in self.ctx.actors(o)):
                    continue  # "joined Malian forces in a sweep": theirs (beside_forces)
                if kind == "comment" and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in o.children):
                    continue  # "made no comment": declined (see the coder's no_comment)
                if kind == "ease_blockade" and _for_trade(verb, o):
                    # a border or crossing opened to trade, for goods or trucks ("opened a new
                    # crossing for trucks carrying goods"): trade, not a blockade eased
                    kind = "economic_ties"
                if kind is not None:
                    self.consumed.add(o.i)
                    # (what is pooled is no party: "joined forces with X", "pooled resources")
                    targets = self.noun_targets(o) or self.targets(
                        verb, exclude_objects=kind == "cooperate") or tuple(
                        a for s in _children(o, "nsubj") for a in self.ctx.actors(s))
                    if kind == "break_relations" and _children(o, "poss"):
                        # one's own envoy called home is called home from a country ("its
                        # ambassador home from Rome")
                        targets = self.left(verb) or targets
                    if kind == "apologize":
                        deplored = self.deplored(verb, o)
                        if deplored:
                            kind, targets = "criticize", deplored
                    return _Act(kind, verb, self.or_located(verb, kind, targets, [o, verb]),
                                neg, content)
        suspended = self.suspended_member(verb, lemma, neg, content)
        if suspended is not None:
            return suspended
        handed = self.handed_over(verb, lemma, objects, neg, content)
        if handed is not None:
            return handed
        declared = self.persona_non_grata(verb, neg, content)
        if declared is not None:
            return declared
        displaced = self.displacement(verb, lemma, objects) or self.incursion(verb, lemma)
        if displaced is not None:
            return displaced
        # step down, look into; and the word right after the verb, whatever the parser made
        # of it ("set free 12 soldiers": "free" read as an adjective of "soldiers")
        following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        adjacent = [following] if following is not None and following.dep_ != "prep" else []
        # (a verb has one particle: with one, its prepositions are none: "turned out in X")
        # (after the verb: "In what officials called cooperation, X gave Y data" gives no "in";
        # nor a phrase of time: "gave $20 million in aid to X in 1997" is no "give in"; nor
        # a phrase with its own object after the verb's: "gave Cambodia $600 million in
        # grants")
        particles = _children(verb, "prt") or [
            p for p in _children(verb, "advmod", "prep") if p.i > verb.i and not any(
                o.lower_ in TEMPORAL or o.lemma_.lower() in TIME_NOUNS or (
                    o.text.isdigit() and len(o.text) == 4) for o in _children(p, "pobj"))
            and not (_children(p, "pobj") and any(o.i < p.i for o in _children(verb, "dobj")))]
        for particle in [*particles, *adjacent]:
            kind = lx.PARTICLE_ACTS.get((lemma, particle.lower_))
            # (and the particle's own phrase: "walked away from the treaty")
            left = [*objects, *(o for p in _children(particle, "prep")
                                for o in _children(p, "pobj"))]
            if kind == "withdraw":
                kind = _left_talks(left) or kind  # "pulled out of the negotiations"
            if kind == "bombing" and _demolition(verb):
                kind = "destroy_property"  # "blew up the homes of three attackers"
            if kind is not None:  # (the parties of the talks or the treaty left: "pulled out
                # of talks with the government")
                return _Act(kind, verb, self.targets(verb) or tuple(
                    a for o in left if kind in ("halt_talks", "reduce_relations")
                    and _noun_act(o) in ("talks", "mediate", "settle")
                    for a in self.noun_targets(o)), neg, content)
        held = self.put_on_hold(verb, lemma)
        if held or lemma in lx.HALT_VERBS and (lemma != "call" or any(
                p.lower_ == "off" for p in _children(verb, "prt"))):  # called off, not called
            # what is stopped: not a destination or purpose ("left for Cairo for talks")
            # (nor a circumstance: "halted aid after the crackdown", "withdrew from Congo
            # under a peace deal")
            for o in held or [o for o in objects if o.head.lower_ not in (
                    "for", "to", "toward", "towards", "into", "under", *ADJUNCT_PREPS)]:
                inner = _noun_act(o)
                bodies = self.ctx.actors(o) if o.dep_ == "dobj" and lemma in QUITTING_VERBS \
                    else ()
                if bodies and all((a.code or "").startswith("IGO") for a in bodies):
                    # an international body left ("left OPEC", "quit the ICC"): membership
                    # ended, relations reduced (CAMEO 160), as "withdrew from ECOWAS"
                    return _Act("reduce_relations", verb, tuple(bodies), neg, content)
                stopped = self.stopped_cooperation(verb, lemma, o, inner)
                if stopped is not None:
                    return replace(stopped, negated=neg, content=content)
                if inner == "settle" and _noun_lemma(o) in lx.FORMAL_AGREEMENTS:
                    # a treaty, pact or cooperation agreement suspended, revoked, ended:
                    # relations reduced (CAMEO 160), no talks halted
                    return _Act("reduce_relations", verb, self.targets(verb) or
                                self.noun_targets(o), neg, content)
                if inner in ("talks", "consult", "settle"):
                    return _Act("halt_talks", verb, self.targets(verb) or self.noun_targets(o),
                                neg, content)
                if inner == "mediate":
                    return _Act("halt_mediation", verb, self.targets(verb) or
                                self.noun_targets(o), neg, content)
                if inner in ("recognize", "praise") and lemma not in ("leave", "break"):
                    # recognition or support taken back or ended ("withdrew its recognition
                    # of Taiwan", "ended its backing for the junta"): relations reduced,
                    # broken with whom was recognised (CAMEO 161, 160)
                    kind = "break_relations" if inner == "recognize" else "reduce_relations"
                    return _Act(kind, verb, self.noun_targets(o) or self.targets(verb), neg,
                                content)
                if inner in ("relations", "economic_ties", "military_ties", "cooperate",
                             "judicial_ties", "intelligence"):
                    # trade stopped ("halted imports of X") is an embargo (CAMEO 163), other
                    # cooperation stopped relations reduced ("suspended security coordination")
                    kind = {"economic_ties": "sanction", "relations": "break_relations",
                            "military_ties": "break_relations"}.get(inner, "reduce_relations")
                    return _Act(kind, verb, self.targets(verb) or self.noun_targets(o), neg,
                                content)
                if inner in lx.AID_CUTS and lemma not in ("leave", "break"):
                    # aid stopped ("halted new lending to X", "froze budget support")
                    return _Act(lx.AID_CUTS[inner], verb, self.targets(verb) or
                                self.noun_targets(o), neg, content)
                if inner in EASED and lemma not in ("leave", "break"):
                    # a measure ended is eased ("ending a two-year ban", "ended the curfew")
                    return _Act(EASED[inner], verb, self.targets(verb) or self.noun_targets(o),
                                neg, content)
                if inner in lx.HOSTILE and lemma not in ("leave", "break"):
                    return _Act("ceasefire", verb, self.targets(verb), neg, content)
            for c in _children(verb, "xcomp"):  # "stop fighting", "cease firing"
                if c.tag_ == "VBG" and lx.VERB_ACTS.get(c.lemma_.lower()) in lx.HOSTILE:
                    self.consumed.add(c.i)
                    return _Act("ceasefire", verb, self.targets(verb) or self.targets(c),
                                neg, content)
                given = self.act_of_verb(c) if c.tag_ == "VBG" and lemma not in (
                    "leave", "break") else None
                if given is not None and given.kind in lx.AID_CUTS:
                    # aid stopped, told by its verb ("stopped funding the project in X",
                    # "suspended supplying arms to Y")
                    self.consumed.add(c.i)
                    return _Act(lx.AID_CUTS[given.kind], verb, self.targets(verb) or
                                given.targets, neg, content)
        if lemma in lx.LIGHT_VERBS or _proceeds(verb) or (lemma == "take" and any(
                # "took part in drills"; "pressed ahead with an offensive"
                o.lemma_.lower() == "part" for o in _children(verb, "dobj"))) or (
                lemma == "put" and any(p.lower_ == "up" for p in _children(verb, "prt"))):
            # ("put up roadblocks", "put up resistance"; not "put forward a proposal")
            # what the verb does (its object, a passive's subject) before what it is done in
            # or over, and when ("carried out arrests after the election"; "the expulsion was
            # announced over a blast"), which may be all it names ("returned to Ankara after
            # a visit to Azerbaijan")
            for o in sorted(objects, key=lambda o: (o.head.lower_ in ADJUNCT_PREPS,
                                                    o.dep_ not in ("dobj", "nsubjpass"))):
                if o.head.lower_ == "under":
                    continue  # what it is done under, a deal or a mandate ("under the deal,
                    # Egypt has begun importing gas"), is none of what is done
                if o.lemma_.lower() in STRETCHES and _noun_act(o) is None:
                    # what a stretch of time is of ("began three weeks of joint training")
                    o = next((d for q in _children(o, "prep") if q.lower_ == "of"
                              for d in _children(q, "pobj")), o)
                inner = _noun_act(o)
                if inner is None and o.dep_ in ("dobj", "pobj") and any(
                        c.dep_ == "amod" and c.lower_ in ("joint", "combined")
                        for c in o.children):
                    # what parties do jointly, the lexicon naming no act ("conducted joint
                    # amphibious landings", "carried out a joint anti-drug operation"):
                    # cooperation, told apart by who they are (see coder)
                    inner = "cooperate"
                if inner == "aid" and o.lemma_.lower() in lx.DELIVERIES:
                    # "the delivery of 50 tanks": what is delivered
                    inner = self.given([w for p in _children(o, "prep") if p.lower_ == "of"
                                        for w in _children(p, "pobj")]) or inner
                if inner in lx.HOSTILE and self.persisting(verb, o):
                    return None  # "vowed to continue the fight": a dispute kept up
                if inner is not None:
                    self.consumed.add(o.i)
                    # whom the act named is with or against ("made a state visit to X") before
                    # whose it is ("state", its subject's own), then the verb's phrases
                    targets = self.noun_targets(o) or self.targets(verb) or (
                        _recipients([o], self.ctx) if inner in AID else ())  # (to whom given)
                    inner, targets = self.killed_one(o, inner, targets)
                    # "launched airstrikes in Syria"
                    return _Act(inner, o, self.or_located(verb, inner, targets, [o, verb]),
                                neg, content)
            if lemma == "enter" and any(o.i in self.ctx.mentions and
                                        self.ctx.mentions[o.i][2].kind in ("place", "country")
                                        for o in objects):
                return _Act("occupy", verb, self.targets(verb), neg, content)
        met = self.met(verb, lemma, neg, content)
        if met is not None:
            return met
        gift = self.gift(verb, lemma, objects, neg, content)
        if gift is not None:
            return gift
        if lemma in lx.VERB_ACTS:
            kind = lx.VERB_ACTS[lemma]
            if kind == "chemical" and any(w.lower_ == "tear" for w in verb.doc[
                    max(verb.i - 2, 0):verb.i]):
                kind = "repress"  # "tear-gassed protesters": crowd control, not gas warfare
            if kind == "mobilize" and any(_relief(o) for o in _children(verb, "dobj")):
                kind = "aid"  # "deployed rescue teams to Syria": relief workers, no forces
            if kind == "force" and _verbal(verb):
                kind = "criticize"  # "attacked the decision", "hit X for ...ing"
            if kind in lx.HOSTILE and _contest(verb):
                return None  # "beat Bayern Munich 2-1 in the final": a game won
            if kind in lx.HOSTILE and _against_ills(verb) and not any(
                    c.lower_ in lx.JOINT_ADVERBS for c in _children(verb, "advmod")):
                # "fight the wildfires", "combat drug trafficking": no one fought (together,
                # two states' deed is cooperation: see the coder)
                return None
            if kind in lx.HOSTILE and self.persisting(verb):
                return None  # "the union vowed to fight on": a dispute kept up, no force
            if kind in lx.DISSENT and _traded(verb):
                return None  # "the Swiss franc rallied against the euro": a market's rise
            if kind == "host" and _children(verb, "dobj") and not any(
                    self.ctx.actors(o) or _noun_act(o) for o in _children(verb, "dobj")) and (
                    verb.dep_ != "xcomp" and not any(
                        a.lower_ in ("will", "would") for a in _children(verb, "aux"))):
                # "hospitals received a record number of patients", "hosted a jazz festival":
                # no guest (offered or to be, a trial or a conference hosted is a service)
                return None
            if kind == "criticize" and not _children(verb, "dobj") and any(
                    p.lower_ == "into" for p in _children(verb, "prep")):
                return None  # "the typhoon slammed into the Philippines": no words
            # "struck targets in Lebanon", "hit a depot in Russia's Belgorod region"
            targets = self.or_located(verb, kind, self.targets(verb),
                                      [*_children(verb, "dobj"), verb])
            massed = lemma == "mass" and any(o.lemma_.lower() in lx.FORCES or o.lemma_.lower()
                                             in lx.WEAPONS for o in _children(verb, "dobj"))
            if kind in lx.HOSTILE and not targets and not massed and lemma in (
                    "hit", "strike", "fire", "target", "pound", "mass"):
                # "hit a roadblock": force needs someone to hit; crowds massing, nobody's
                # forces ("massed artillery along the border": forces, wherever)
                return None
            if kind == "withdraw":
                kind = _left_talks(objects) or kind  # "withdrew from its role as mediator"
            return _Act(kind, verb, targets, neg, content)
        # "arrived in Riyadh", "flew to Beijing", "left for Cairo"
        # (leaving for a place is a visit only when it is for talks: "abandoned negotiations
        # and left for Doha" is a walk-out)
        # (and "into" where the visit is for talks: "jetted into Harare for talks with
        # Mugabe", or brings aid: "flew into Mogadishu with planeloads of food"; jets that
        # fly into airspace visit no one)
        talks_for = any(p.lower_ == "for" and _noun_act(o) in ("talks", "consult")
                        for p in _children(verb, "prep") for o in _children(p, "pobj"))
        bringing = self.given([o for p in _children(verb, "prep") if p.lower_ == "with"
                               for o in _children(p, "pobj")]) in AID
        towards = ("in", "to", *(("into",) if talks_for or bringing else ())) \
            if lemma in lx.VISIT_VERBS \
            else ("for",) if (
            lemma in lx.DEPARTURE_VERBS and talks_for) else ()
        if towards:
            places = [land for p in _children(verb, "prep") if p.lower_ in towards
                      for o in _children(p, "pobj") for land in [self.ctx.land(o)] if land]
            # whom the visit is for ("for talks with Houthi leaders") before where it goes
            hosts = tuple(a for p in _children(verb, "prep") if p.lower_ == "for"
                          for o in _children(p, "pobj") if _noun_act(o) in ("talks", "consult")
                          for a in self.noun_targets(o))
            if places:
                return _Act("visit", verb, hosts or tuple(places[:1]), neg, content)
            done = self.done_before(verb) if lemma in lx.VISIT_VERBS else None
            if done is not None:
                return replace(done, negated=neg, content=content)
        if lemma in lx.DEPARTURE_VERBS and self.ctx.talk_words and not any(
                p.lower_ in ("for", "to") and _noun_act(o) in ("talks", "consult", "mediate")
                for p in _children(verb, "prep") for o in _children(p, "pobj")):
            # leaving (a walk-out), not leaving for talks ("left for Cairo for meetings")
            return _Act("halt_talks", verb, (), neg, content)
        guarded = self.protection(verb, lemma, neg, content)
        if guarded is not None:
            return guarded
        # (the adverb may hang on the verb's phrase: "cleared mines together along X")
        adverbs = [*_children(verb, "advmod"),
                   *(a for p in _children(verb, "prep") for a in _children(p, "advmod"))]
        if any(c.lower_ in lx.JOINT_ADVERBS and (c.lower_ != "together" or _children(
                verb, "dobj")) for c in adverbs) or any(
                m.dep_ == "amod" and m.lower_ in ("joint", "combined")
                for p in _children(verb, "prep") if p.lower_ == "in"
                for o in _children(p, "pobj") for m in o.children):
            # (or done "in a joint operation": "dismantled a cocaine network in a joint
            # operation")
            # what parties do jointly, the lexicon naming no act: cooperation ("jointly built
            # a highway", "cleared landmines together"; "together" alone may only place them:
            # "stood together"), told apart by who they are (see coder)
            return _Act("cooperate", verb, self.targets(verb), neg, content)
        beside = self.beside_forces(verb, lemma)
        if beside:  # (another state's forces, police or spies done with: told apart by them)
            return _Act(lx.COOPERATING_AGENTS[actor_agent(beside[0].code)], verb, beside, neg,
                        content)
        if any(p.lower_ in ("in", "as") and o.lemma_.lower() == "protest"
               for p in _children(verb, "prep") for o in _children(p, "pobj")):
            # a deed the lexicon names no act for, done "in protest" ("dumped potatoes outside
            # the ministry in protest at low prices"): a protest (CAMEO 141)
            return _Act("protest", verb, self.targets(verb), neg, content)
        # (the parser may hang the phrase on what the deed is done to: "shut down the main
        # terminals in a 48-hour stoppage", "halted work at the ports in a strike")
        holders = [verb, *_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                                     for o in _children(p, "pobj"))]
        dissent = next(((kind, w) for h in holders for p in _children(h, "prep")
                        if p.lower_ in ("in", "as")
                        for o in _children(p, "pobj") for w in [o, *(
                            d for q in _children(o, "prep") if q.lower_ == "of"
                            and o.lemma_.lower() == "part" for d in _children(q, "pobj"))]
                        if w.lemma_.lower() != "protest"
                        for kind in [_noun_act(w)] if kind in lx.DISSENT), None)
        if dissent is not None:
            # or in (as part of) a strike, a stoppage, a boycott or a march named ("shut down
            # banks and airports in a nationwide stoppage", "stayed away from schools as part
            # of an open-ended strike"): that act, against whom it is (not what it shut)
            return _Act(dissent[0], verb, self.noun_targets(dissent[1]), neg, content)
        if lemma in ASSISTING_VERBS:
            helped = self.assisted(verb)
            if helped:  # "will help Iraq rebuild its air force": aid to Iraq
                return _Act("aid", verb, helped, neg, content)
        if lemma in RESPONSE_VERBS and self.by_force(verb):
            # "will respond with military measures (with force, militarily)": force
            return _Act("force", verb, self.targets(verb), neg, content)
        guess = similar.verb_act(verb)  # a verb the lexicon lacks: its nearest verbs' act
        if guess is not None:
            return _Act(guess.kind, verb, self.targets(verb), neg, content, "similar")
        return None

    def persisting(self, verb, fight=None) -> bool:
        """Whether a verb's fight (the verb's own, or the noun ``fight`` it keeps up) is a
        dispute kept up (:func:`_fights_on`) by doers who bear no arms (a union, workers,
        students, protesters, a company): no force. An armed body's ("Hamas vowed to fight
        on"), a state's or an unknown doer's stays force."""
        doers = self.subject(verb)
        return bool(doers) and all(actor_agent(a.code) in lx.UNARMED_AGENTS for a in doers) \
            and _fights_on(fight if fight is not None else verb, self.ctx.actors)

    def done_before(self, verb) -> _Act | None:
        """What a journey home follows, as "returned to Ankara after a visit" reads it: the
        deed its "after" or "following" phrase names, or the deed a stretch of time names
        ("flew home after a week of joint manoeuvres with the Omani army": cooperation with
        it)."""
        for p in _children(verb, "prep"):
            if p.lower_ not in ("after", "following"):
                continue
            for o in _children(p, "pobj"):
                # (a stretch of time: "a week of", "two days of")
                for deed in [o, *(d for q in _children(o, "prep") if q.lower_ == "of"
                                   and o.lemma_.lower() in STRETCHES
                                   for d in _children(q, "pobj"))]:
                    kind = _noun_act(deed)
                    if kind is None and any(c.dep_ == "amod" and c.lower_ in (
                            "joint", "combined") for c in deed.children):
                        kind = "cooperate"
                    if deed.lemma_.lower() in GATHERINGS and not any(
                            q.lower_ in ("with", "between") for q in _children(deed, "prep")):
                        continue  # "flew back to Tokyo after the G7 summit": no one met named
                    if kind is not None:
                        self.consumed.add(deed.i)
                        return _Act(kind, deed, self.noun_targets(deed), False, _span(deed))
        return None

    def beside_forces(self, verb, lemma) -> tuple[Actor, ...]:
        """Another state's forces, police or spies a deed the lexicon names no act for is
        done alongside or together with, or joined in one ("practised landings alongside U.S.
        Marines", "joined Malian forces in a sweep through the forest"): whom the doers
        cooperate with; none when the deed is joined in by a clause ("joined X in
        condemning": its own act)."""
        if lemma in POSTURE_VERBS:
            return ()  # "stood alongside the police chiefs at the ceremony": only where
        # (the phrase may hang on what is done: "practised landings alongside U.S. Marines")
        partners = [o for t in [verb, *_children(verb, "dobj")] for p in _children(t, "prep")
                    if p.lower_ == "alongside" for o in _children(p, "pobj")]
        if lemma == "join" and any(o.pos_ == "NOUN" for p in _children(verb, "prep")
                                   if p.lower_ == "in" for o in _children(p, "pobj")):
            partners += _children(verb, "dobj")
        own = {actor_root(a.code) for a in self.subject(verb)
               if a.code and a.code not in AGENT_CODES}
        found = tuple(a for o in partners for a in self.ctx.actors(o)
                      if actor_agent(a.code) in lx.COOPERATING_AGENTS
                      and actor_root(a.code) not in own)
        return found if own else ()

    def assisted(self, verb) -> tuple[Actor, ...]:
        """Whom a verb of helping helps to do what the lexicon names no act for ("helped
        Iraq rebuild its air force", "will help Ukraine repair its grid"): its object or the
        subject of its clause. Helping to do an act ("helped broker a truce") is that act;
        the purpose of another act ("approved a loan to help it recover", "a credit to help
        X rebuild") is that act's (see helped)."""
        clauses = _children(verb, "ccomp", "xcomp")
        if verb.dep_ in ("advcl", "relcl", "acl") or any(lx.VERB_ACTS.get(c.lemma_.lower()) or any(
                _noun_act(o) for o in _children(c, "dobj")) for c in clauses):
            return ()
        return tuple([a for o in _children(verb, "dobj") for a in self.ctx.actors(o)] or [
            a for c in clauses for s in _children(c, "nsubj") for a in self.ctx.actors(s)])[:1]

    @staticmethod
    def by_force(verb) -> bool:
        """Whether a verb is done by force: "with force", "with military measures", "with
        a strike", "militarily"."""
        means = [o for p in _children(verb, "prep") if p.lower_ == "with"
                 for o in _children(p, "pobj")]
        return any(_noun_act(o) in lx.HOSTILE or o.lemma_.lower() == "force" or any(
            c.lower_ in ("military", "armed") for c in o.children) for o in means) or any(
            a.lower_ in ("militarily", "forcefully", "forcibly") for a in _children(verb, "advmod"))

    def persona_non_grata(self, verb, neg, content) -> _Act | None:
        """A diplomat declared "persona non grata" (which the parser reads as a clause of
        its own): expelled, relations broken (CAMEO 161), with the diplomat's country; in the
        passive the diplomat is its subject ("two Russian diplomats were declared persona non
        grata by Bulgaria"), not whom its by-phrase names."""
        if verb.lemma_.lower() not in lx.DECLARING_VERBS:
            return None
        words = verb.doc[verb.i:_span(verb)[1]]
        if "persona non grata" not in " ".join(w.lower_ for w in words):
            return None
        subjects = [w for s in _children(verb, "nsubjpass") for w in s.subtree]
        declared = next((found for w in subjects or words[1:] for found in [self.ctx.actors(w)]
                         if found), [])
        return _Act("break_relations", verb, tuple(declared), neg, content) if declared \
            else None

    def ousted(self, verb, lemma, neg, content) -> _Act | None:
        """One who holds an office put out of it ("sacked the chief executive of the state oil
        company", "40 prosecutors were dismissed", "removed three mayors from office",
        "relieved the general of his command"): an administrative sanction on them (172), the
        object (or the passive's subject) typed by an office or rank; not claims dismissed
        nor shots fired."""
        if lemma in lx.UNSEATING_VERBS:
            if not any(o.lemma_.lower() in lx.OFFICE_NOUNS for p in _children(verb, "prep")
                       if p.lower_ in ("from", "of") for o in _children(p, "pobj")):
                return None
        elif lemma not in lx.OUSTING_VERBS:
            return None
        ousted = tuple(a for o in _children(verb, "dobj", "nsubjpass")
                       for a in self.ctx.actors(o) if actor_agent(a.code))
        if not ousted:
            return None
        # (a firm's lay-offs are no act: "the company fired 300 workers")
        doers = self.subject(verb)
        return _Act("restrict" if not doers or any(actor_agent(a.code) != "BUS"
                                                   for a in doers) else "", verb, ousted,
                    neg, content)

    def stood_by(self, verb, lemma, neg, content) -> _Act | None:
        """Coming (leaping, rushing) to the defence, aid or rescue of X, or to X's, defends
        or helps X ("Beijing leapt to the defence of Myanmar's generals", "came to Kuwait's
        aid"); standing by, vouching or speaking up for X defends X (CAMEO 052), only when
        X is an actor ("stood by as the crowd fled" is no act)."""
        # (the parser may read "stood by X" as a passive's agent)
        preps = [*_children(verb, "prep", "agent"), *(q for p in _children(verb, "prt")
                                                       for q in _children(p, "prep"))]
        if lemma in lx.RALLYING_VERBS:
            for o in [o for p in preps if p.lower_ == "to" for o in _children(p, "pobj")]:
                kind = lx.RALLYING_NOUNS.get(o.lemma_.lower())
                if kind is not None:
                    helped = self.possessor(o) or [a for p in _children(o, "prep")
                                                   if p.lower_ == "of"
                                                   for n in _children(p, "pobj")
                                                   for a in self.ctx.actors(n)]
                    self.consumed.add(o.i)
                    return _Act(kind, verb, tuple(helped), neg, content)
        particles = tuple(p.lower_ for p in _children(verb, "prt"))
        for p in preps:
            if (lemma, *particles, p.lower_) in lx.DEFENDING_PHRASES:
                defended = [a for o in _children(p, "pobj") for a in self.ctx.actors(o)]
                if defended:
                    return _Act("defend", verb, tuple(defended), neg, content)
        if (lemma, *particles) in lx.DEFENDING_PHRASES and not preps:
            # standing by with no one stood by ("stood by as the crowd looted shops"): no act,
            # a decision the learned fallback does not overrule
            self.unreported.append(_Act("defend", verb, (), neg, content))
        return None

    def subjected(self, verb, lemma, neg, content) -> _Act | None:
        """What people are subjected (exposed) to, an act named by a noun ("prisoners were
        subjected to beatings", "the town was subjected to heavy shelling"): that act, done
        to them (its doer the noun's agent: see coder's passive_doers)."""
        if lemma not in lx.SUBJECTING_VERBS:
            return None
        for o in [o for p in _children(verb, "prep") if p.lower_ == "to"
                  for o in _children(p, "pobj")]:
            for n in [o, *o.conjuncts]:
                kind = _noun_act(n)
                if kind is not None:
                    self.consumed.add(n.i)
                    done_to = tuple(a for s in _children(verb, "nsubjpass", "nsubj", "dobj")
                                    for a in self.ctx.actors(s)) or self.located([verb])
                    return _Act(kind, n, done_to, neg, content)
        return None

    def suspended_member(self, verb, lemma, neg, content) -> _Act | None:
        """A state suspended or expelled from a body ("ECOWAS suspended Niger from its
        decision-making bodies", "Guinea was suspended from ECOWAS"): relations reduced
        (CAMEO 160)."""
        if lemma not in lx.SUSPENDING_VERBS:
            return None
        members = [a for o in _children(verb, "dobj", "nsubjpass") if o.tag_ == "NNP"
                   # (a state, not its people: "expelled thousands of Kuwaitis")
                   for a in self.ctx.actors(o)
                   if a.code and len(a.code) == 3 and a.code not in AGENT_CODES]
        if members and any(p.lower_ == "from" for p in _children(verb, "prep")):
            return _Act("reduce_relations", verb, tuple(members), neg, content)
        return None

    def handed_over(self, verb, lemma, objects, neg, content) -> _Act | None:
        """Wanted people (suspects, fugitives, militants) handed over, transferred or deported
        to another state's authorities or a tribunal ("handed 12 suspected militants to French
        authorities"): judicial cooperation (CAMEO 063), not a release of captives."""
        if lemma not in lx.HANDING_VERBS:
            return None
        # (a pronoun for one the verb it is conjoined to names wanted: "arrested a French
        # terror suspect and handed him over to Paris")
        # (and one sent to be tried: "sent a former guerrilla commander back to Bogota to
        # stand trial"; a wanted noun the parser read as a verb: "turned over a genocide
        # suspect to X")
        tried = any(c.lemma_.lower() in ("stand", "face") and any(
            o.lemma_.lower() in TRIALS for o in _children(c, "dobj"))
            for c in _children(verb, "advcl", "xcomp"))
        people = [o for o in _children(verb, "dobj") if tried or self.wanted(o) or (
            o.pos_ == "PRON" and verb.dep_ == "conj" and any(
                self.wanted(w) for w in _children(verb.head, "dobj")))] + [
            c for c in _children(verb, "ccomp") if c.lemma_.lower() in lx.WANTED]
        recipients = self.handed_to(verb, places=True)
        own = {(a.code or "")[:3] for a in self.subject(verb)}
        if not people or not recipients or any(
                (a.code or "")[:3] in own for a in recipients) or not all(
                (a.code or "").endswith(tuple(lx.LAW_ENFORCERS)) or (a.code or "").startswith("IGO")
                or (a.code and a.code not in AGENT_CODES and len(a.code) == 3)
                for a in recipients):
            return None
        return _Act("judicial_ties", verb, tuple(recipients), neg, content)

    @staticmethod
    def captive(person) -> bool:
        """Whether a person is held: a hostage, prisoner or detainee, or one a clause or
        participle says was detained, captured or seized ("three police officers it had
        detained", "the captured pilot")."""
        return person.lemma_.lower() in lx.CAPTIVES or any(
            (c.dep_ in ("relcl", "acl") or c.dep_ == "amod" and c.tag_ == "VBN")
            and c.lemma_.lower() in lx.CAPTURING_VERBS for c in person.children)

    def wanted(self, person) -> bool:
        """Whether the law wants a person: a suspect, a fugitive, a criminal ("drug lords"),
        or one marked as accused, wanted or jailed ("29 jailed cartel figures", "a banker
        wanted for fraud")."""
        return person.lemma_.lower() in lx.WANTED or any(
            (a.code or "").endswith("CRM") for a in self.ctx.actors(person)) or any(
            c.dep_ in ("amod", "acl") and c.lower_ in lx.WANTED_MARKS
            for c in person.children)

    def protection(self, verb, lemma, neg, content) -> _Act | None:
        """Forces protecting or escorting someone or something in another country ("French
        troops escorted aid convoys into the Bosnian enclave of Bihac", "ECOMOG troops
        protected Freetown"): military protection (CAMEO 074). A state's forces guarding
        their own country's places do no act."""
        if lemma not in lx.PROTECTING_VERBS or lemma in lx.VERB_OBJECTS:
            return None
        doers = self.subject(verb)
        if not doers or not all((a.code or "").endswith(("MIL", PEACEKEEPING)) or (
                a.code or "").startswith("IGO") for a in doers):
            return None
        # (whom, or where: a role alone is placed by the place named, "the parliament in
        # Cairo")
        words = [verb.doc[i] for i in range(*_span(verb))]
        where = [a for a in self.targets(verb) if a.code and a.code not in AGENT_CODES] or next(
            (found for w in words if w.i in self.ctx.mentions
             for found in [self.ctx.actors(w)] if found), ())
        own = {(a.code or "")[:3] for a in doers}
        if not where or any((a.code or "")[:3] in own for a in where):
            return None
        return _Act("peacekeeping", verb, tuple(where), neg, content)

    def refrained(self, verb, neg, content) -> _Act | None:
        """"Refrained from attacking", "desisted from military action": not using force is
        de-escalation (CAMEO 087; asked for, 0256); refraining from anything else is that
        act not done."""
        for p in (q for t in [verb, *_children(verb, "advmod")] for q in _children(t, "prep")):
            if p.lower_ not in ("from", "of"):
                continue
            for o in _children(p, "pcomp", "pobj"):
                inner = self.act_of_verb(o) if o.pos_ in ("VERB", "AUX") else next(
                    iter(self.acts_of_noun(o)), None)
                if inner is None:
                    continue
                self.consumed.add(o.i)
                if lx.ACT_CODES.get(inner.kind, "")[:2] in ("17", "18", "19", "20"):
                    return _Act("de_escalate", verb, inner.targets, neg, content)
                return replace(inner, negated=not neg)
        return None

    def foreign_forces(self, verb, objects, clauses) -> tuple[Actor, ...]:
        """The forces of another actor that a verb of allowing lets in or act ("let African
        Union troops deploy", "allowed Russian soldiers into the country"): allowing them is
        allowing international involvement, whatever they are let do."""
        own = {(a.code or "")[:3] for a in self.subject(verb)}
        for o in [*objects, *(s for c in clauses for s in _children(c, "nsubj"))]:
            if o.lemma_.lower() in lx.FORCES:
                found = tuple(a for a in self.ctx.actors(o)
                              if a.code and a.code[:3] not in own)
                if found:
                    return found
        return ()

    def bodies_let_in(self, verb, objects, clauses) -> tuple[Actor, ...]:
        """An international body that a verb of allowing lets come, visit, enter or work
        ("allowed the Red Cross to visit detention centres", "let U.N. agencies operate in
        Tigray"): letting it in is access granted, or involvement allowed (CAMEO 086)."""
        for c in clauses:
            if c.lemma_.lower() not in lx.ENTERING_VERBS:
                continue
            for o in [*objects, *_children(c, "nsubj")]:
                found = tuple(a for a in self.ctx.actors(o)
                              if (a.code or "")[:3] in ("IGO", "NGO"))
                if found:
                    return found
        return ()

    @staticmethod
    def put_on_hold(verb, lemma) -> list:
        """What an idiom of halting halts: the object put (placed) on hold, on ice or in
        abeyance ("put military cooperation with Myanmar on hold"), or what the plug is pulled
        on ("pulled the plug on aid to Burundi"); none when the verb is no such idiom."""
        words = lx.HALTING_IDIOMS.get(lemma)
        if not words:
            return []
        objects = _children(verb, "dobj")
        preps = [p for t in [verb, *objects] for p in _children(t, "prep")
                 if p.lower_ in ("on", "in")]
        if any(o.lemma_.lower() in words for p in preps for o in _children(p, "pobj")):
            return objects
        if any(o.lemma_.lower() in words for o in objects):
            return [o for p in preps for o in _children(p, "pobj")]
        return []

    def stopped_cooperation(self, verb, lemma, o, inner) -> _Act | None:
        """What stopping a visit or a protest is: ending (wrapping up, cutting short) a visit
        is the visit (CAMEO 042), cancelling one outright a reduction of relations (CAMEO
        161's note: cancelled meetings), putting one off none; calling off or ending a
        strike, a protest or a boycott of one's own is an easing of dissent (CAMEO 082)."""
        if inner == "visit":
            if lemma in lx.CANCELLING_VERBS:
                if lemma in ("postpone", "delay", "adjourn"):
                    return None
                # to whom the visit was to go ("a visit by its minister to Israel"), not
                # who was to make it (the canceller's own)
                going_to = tuple(a for p in o.subtree if p.dep_ == "prep" and p.lower_ == "to"
                                 for n in _children(p, "pobj") for a in self.ctx.actors(n))
                whom = going_to or self.targets(verb) or self.noun_targets(o)
                own = {(a.code or "")[:3] for a in self.subject(verb)}
                self.consumed.add(o.i)  # (not a visit made besides)
                return _Act("break_relations", verb, tuple(
                    a for a in whom if (a.code or "")[:3] not in own) or whom)
            return _Act("visit", o, self.targets(verb) or self.noun_targets(o))
        strikers = self.subject(verb)
        if inner in lx.DISSENT or (inner == "force" and o.lemma_.lower() == "strike" and strikers
                                   and all(actor_agent(a.code) in lx.RIOTING_AGENTS
                                           for a in strikers)):
            # a strike called off by workers, students or an opposition is theirs
            return _Act("ease_dissent", verb, self.targets(verb))
        return None

    def met(self, verb, lemma, neg, content) -> _Act | None:
        """Words whose act needs a person as its company: questioning one is investigating
        (CAMEO 09); talking or speaking with an actor (not the press) is consulting (040);
        welcoming or greeting a visitor at a place ("welcomed X at the airport", "in
        Riyadh") is hosting them (043)."""
        if lemma in lx.QUESTIONING_VERBS:  # questioned a person: an investigation
            suspects = [a for o in _children(verb, "dobj") for a in self.ctx.actors(o)]
            if suspects:
                return _Act("investigate", verb, tuple(suspects), neg, content)
        if lemma in lx.CONVERSING_VERBS:
            partners = [a for p in _children(verb, "prep") if p.lower_ in ("with", "to")
                        for o in _children(p, "pobj") for a in self.ctx.actors(o)
                        if not (a.code or "").endswith("MED")]
            if partners:
                return _Act("consult", verb, tuple(partners), neg, content)
        if lemma in lx.GREETING_VERBS:
            guests = _children(verb, "dobj")
            venue = any(o.lemma_.lower() in lx.VENUES or o.i in self.ctx.mentions
                        for t in [verb, *guests] for p in _children(t, "prep")
                        if p.lower_ in ("at", "in", "to") for o in _children(p, "pobj"))
            guests = [a for o in guests for a in self.ctx.actors(o)]
            if guests and venue:
                return _Act("host", verb, tuple(guests), neg, content)
        return None

    def gift(self, verb, lemma, objects, neg, content) -> _Act | None:
        """What a giving verb gives, by its objects ("released $50 million to X", "sent
        doctors to Y"), read before the verb's own act (released: of prisoners); arms sold
        are given too ("sold drones to X": military aid), nothing else sold is; what is
        handed over "as a gift" is given, whatever it is (economic aid)."""
        if lemma not in lx.GIVING_VERBS and lemma not in lx.SELLING_VERBS:
            return None
        gifted = any(p.lower_ == "as" and o.lemma_.lower() in ("gift", "donation", "present")
                     for p in _children(verb, "prep") for o in _children(p, "pobj"))
        if lemma in lx.VISIT_VERBS and not _children(verb, "dobj", "nsubjpass"):
            return None  # "flew to London for medical treatment": the subject travels
        # what is given before what the verb is done in or by ("arms were supplied to X,
        # according to U.S. intelligence": the arms)
        # (a passive's subject that is given a thing is its recipient, not the gift: "Pakistan
        # was granted a loan by the IMF", "Egypt was handed two frigates")
        objects = sorted(objects, key=lambda o: (o.dep_ != "dobj", o.dep_ != "nsubjpass"))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and _children(verb, "agent"):
            # what a participle gives is the noun it describes ("intelligence provided by
            # Britain helped Kenyan police", "arms supplied by Iran")
            objects = [verb.head, *objects]
        goods = any((w.lemma_.lower() in lx.COMMODITIES) for o in objects[:1]
                    for w in _gift_words(o)) and not self.given(objects[:1])
        if goods and not gifted and lemma not in DONATING_VERBS and not self.helped(
                verb, objects):
            # (not goods donated, or given to help: "gifted fertiliser to Mali to help its
            # farmers" is aid)
            # gas, oil or grain shipped, sold, supplied: trade (CAMEO 061), to whom it goes
            return _Act("economic_ties", verb, self.targets(verb, exclude_objects=True) or
                        _recipients(objects, self.ctx), neg, content)
        kind = self.given(objects) or ("economic_aid" if gifted else None) or (
            "aid" if goods else None)  # ("donated 2,000 tonnes of sugar to Niger")
        funds = any(w.tag_ == "$" or w.lemma_.lower() in lx.MONEY for o in objects[:1]
                    for w in _gift_words(o))  # ("$300 million in military aid")
        if kind is None or (lemma in lx.VERB_ACTS and kind not in ("economic_aid", "aid") and not (
                kind == "military_aid" and funds)):
            return None  # funds released are aid, people released are freed
        if lemma in lx.SELLING_VERBS and kind != "military_aid":
            return None
        # to whom: the verb's, else the gift's ("loans to X"), else where it goes ("flown
        # into Gaza")
        # (one furnished with a thing is its recipient: "supplied Cairo with F-16 jets",
        # "provided Washington with intelligence on Iraq")
        furnished = tuple(a for o in _children(verb, "dobj") for a in self.ctx.actors(o)
                          if a.code) if any(p.lower_ == "with" for p in _children(
                              verb, "prep")) else ()
        # (what goes through a body's effort or force somewhere goes there: "donated $20
        # million to the U.N. relief effort in East Timor", "contributed soldiers to the U.N.
        # force in southern Lebanon")
        through = self.located([o for p in _children(verb, "prep", "dative") if p.lower_ == "to"
                                for o in _children(p, "pobj")
                                if o.lemma_.lower() in lx.CHANNELS])
        recipients = furnished or through or self.targets(
            verb, exclude_objects=True) or _recipients(objects, self.ctx) or tuple(
            a for p in _children(verb, "prep") if p.lower_ in ("to", "into")
            for o in _children(p, "pobj") for a in self.ctx.actors(o)) or self.helped(
            verb, objects)
        givers = {a.code for g in _children(verb, "agent") for o in _children(g, "pobj")
                  for a in self.ctx.actors(o)}
        if verb.dep_ == "acl" and givers:  # (a participle's giver is none of its receivers)
            recipients = tuple(a for a in recipients if a.code not in givers) or self.helped(
                verb, objects)
        if lx.MODAL_VERBS.get(lemma) == "agree" and all(
                (a.code or "") in AGENT_CODES or not a.code for a in recipients):
            # "parliament approved a budget for schools": its own, to no one (a decision the
            # learned fallback does not overrule)
            self.unreported.append(_Act(kind, verb, (), neg, content))
            return None
        return _Act(kind, verb, recipients, neg, content)

    def helped(self, verb, objects) -> tuple[Actor, ...]:
        """Whom a gift is given to help, by the clause that says what it is for ("a credit to
        help Ghana stabilise its economy", "loans to prop up Egypt's economy"): the one
        helped, or whose the thing helped is."""
        clauses = [c for c in [*_children(verb, "advcl", "xcomp"), *(
            c for o in objects for c in _children(o, "relcl", "acl"))]
            if c.lemma_.lower() in lx.HELPING_VERBS
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_.lower() in (
                *lx.HELPING_VERBS, "lead", "enable"):
            # a gift named with its giver that helped, led or enabled someone ("intelligence
            # supplied by Jordan helped Iraqi forces find ...", "led Dubai police to a bomb")
            clauses.append(verb.head.head)
        for c in clauses:
            helped = [*_children(c, "dobj"), *(s for x in _children(c, "ccomp", "xcomp")
                                              for s in _children(x, "nsubj"))]
            # (not a thing with a possessive pronoun, which may be the giver's own: "to shore
            # up its central bank")
            found = tuple(a for h in helped if not any(c.pos_ == "PRON" for c in _children(
                h, "poss")) for a in self.ctx.actors(h) or [
                a for c in _children(h, "poss") for a in self.ctx.actors(c)])
            if found:
                return found
        return ()

    def purpose(self, verb, lemma) -> _Act | None:
        """Sending someone to investigate is investigating ("sent monitors to look into
        reports of X", "dispatched a fact-finding mission to investigate")."""
        if lemma not in lx.GIVING_VERBS:
            return None
        clauses = [*_children(verb, "advcl", "xcomp"),
                   *(c for o in _children(verb, "dobj") for c in _children(o, "acl"))]
        for c in clauses:  # (or the envoys': "a mission to look into X")
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                inner = self._act_of_verb(c)
                if inner is not None and inner.kind == "investigate":
                    self.consumed.add(c.i)
                    return replace(inner, head=verb)
        return self.sent_to_talk(verb, clauses)

    def sent_to_talk(self, verb, clauses) -> _Act | None:
        """Sending envoys for talks is visiting through them (CAMEO 042: "sent a delegation
        to Tehran for consultations with Iranian officials", "dispatched an envoy to Kabul
        to hold talks"): with whom the talks are, else where they are sent."""
        if not any(o.lemma_.lower() in ENVOYS for o in _children(verb, "dobj")):
            return None
        talks = [o for p in _children(verb, "prep") if p.lower_ == "for"
                 for o in _children(p, "pobj") if _noun_act(o) in ("talks", "consult")]
        talks += [o for c in clauses if lx.VERB_ACTS.get(c.lemma_.lower()) in (
            "talks", "consult") or c.lemma_.lower() in ("discuss", "negotiate")
            for o in [c, *_children(c, "dobj")] if o is c or _noun_act(o) in ("talks", "consult")]
        if not talks:
            return None
        parties = tuple(a for t in talks for a in (self.noun_targets(t) or self.targets(t)))
        return _Act("visit", verb, parties or tuple(self.handed_to(verb)), _negated(verb),
                    _span(verb))

    def helped_abroad(self, verb) -> tuple[Actor, ...]:
        """The countries or places a purpose of help or training names, where forces sent for
        it go ("to help rebuild roads in Haiti", "to train the Haitian police force")."""
        mentions = self.ctx.mentions
        return tuple(a for c in _children(verb, "advcl", "xcomp")
                     if (c.lemma_.lower() in lx.HELPING_VERBS or c.lemma_.lower() in
                         lx.TRAINING_VERBS) and any(a.dep_ == "aux" and a.lower_ == "to"
                                                    for a in c.children)
                     for w in c.subtree if w.i in mentions
                     and mentions[w.i][2].kind in ("country", "place")
                     for a in self.ctx.actors(w))

    def protective(self, verb) -> bool:
        """Whether forces are sent on a mission of peace or protection: where they go ("to
        Haiti", "in Somalia", "across Estonia") and the mission, named ("as part of the
        peacekeeping force", "to lead a U.N.-backed mission", "to a regional force"), asked
        for ("at the request of its president") or as their purpose ("to evacuate
        foreigners", "to help the government", "to restore order"); or a purpose of help or
        training that names another country ("to help rebuild roads in Haiti", "to train the
        Haitian police force")."""
        purposes = [c for c in _children(verb, "advcl", "xcomp")
                    if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not any(p.lower_ in ("to", "into", "in", "across") for p in [
                *_children(verb, "prep", "dative"),
                *(p for o in _children(verb, "dobj") for p in _children(o, "prep"))]) and not any(
                c.lemma_.lower() in lx.HELPING_VERBS and any(o.pos_ == "PROPN" for o in [
                    *_children(c, "dobj"),
                    *(s for x in _children(c, "ccomp", "xcomp") for s in _children(x, "nsubj"))])
                for c in purposes) and not self.helped_abroad(verb):
            # (where on the forces sent: "deployed 8,000 peacekeepers in Somalia"; or whom
            # they are sent to help, which is where they go: "to help Lithuania guard its
            # border", "to help rebuild roads in Haiti")
            return False
        # (or helping, restoring order, at the host's request: "sent paratroopers to Chad to
        # help the government repel a rebel advance", "to restore order in East Timor",
        # "sent troops to Kazakhstan at the request of its president"; or joining a force
        # of several countries: "deploy 1,000 troops to a regional force in Gambia")
        return any(t.lemma_.lower() in lx.PEACE_MISSION or t.lemma_.lower() in lx.INVITATIONS
                   and t.head.lower_ in ("at", "upon", "on") for t in verb.sent) or any(
            c.lemma_.lower() in (*lx.PROTECTING_VERBS, *lx.HELPING_VERBS, *lx.ORDERING_PURPOSES,
                                 *lx.TRAINING_VERBS)
            for c in purposes) or any(
            o.lemma_.lower() == "force" and any(m.lower_ in lx.JOINT_FORCES for m in o.children)
            for p in _children(verb, "prep") if p.lower_ == "to" for o in _children(p, "pobj"))

    @staticmethod
    def object_act(lemma: str, o, by_object) -> str | None:
        """The act of verb ``lemma`` done to object ``o``: the verb's table says what is done
        to it ("froze aid": a cut), a modifier of the object what kind of it ("froze
        development aid": economic aid cut; "held joint exercises": the exercises' own act,
        military cooperation, refines the verb's)."""
        own = next((by_object[w] for w in _object_words(o) if w in by_object), None)
        if own is None and o.lemma_.lower() in lx.INFORMATION and \
                "intelligence" in by_object.values():
            # a verb that passes intelligence passes whatever information ("passed details of
            # the plot", "shared the list of passengers")
            own = "intelligence"
        if own == "mobilize" and _relief(o):
            return "aid"  # "dispatched a brigade of doctors": relief workers sent
        refined = _refined(o)
        if refined is None or own == refined:
            return own
        if own is None:  # only a light verb does what its object names ("launched air
            # strikes"); "released X from house arrest" is no arrest, and what a verb that
            # stops things stops is read below ("suspended military cooperation")
            return refined if lemma in lx.LIGHT_VERBS and lemma not in lx.HALT_VERBS else None
        if own == "cut_aid":
            return lx.AID_CUTS.get(refined, own)
        if own == lx.ACT_NOUNS.get(o.lemma_.lower()) or \
                lx.ACT_CODES[own][:2] == lx.ACT_CODES[refined][:2]:
            # the verb does the noun's act, which the modifier details ("held joint
            # exercises", "staged a hunger strike")
            return refined
        return own

    def explosion(self, verb, lemma) -> _Act | None:
        """A bomb going off ("a car bomb exploded outside a police station", "a roadside
        bomb tore through a patrol", "a bomb went off"): the bombing its subject names, done
        to what it went off at."""
        if lemma not in lx.EXPLOSION_VERBS or (lemma in ("go", "blow") and not any(
                c.lower_ in ("off", "up") for c in _children(verb, "prt", "advmod"))):
            return None
        for noun in _children(verb, "nsubj"):
            if noun.lemma_.lower() in lx.EXPLOSIVES or any(
                    c.lemma_.lower() in lx.EXPLOSIVES for c in noun.children
                    if c.dep_ == "compound"):
                kind = _noun_act(noun)
                places = [o for p in _children(verb, "prep") for o in _children(p, "pobj")]
                return _Act(kind if kind in lx.HOSTILE else "bombing", verb, tuple(
                    a for o in places for a in self.ctx.actors(o)), _negated(verb),
                    _span(verb))
        return None

    def incursion(self, verb, lemma) -> _Act | None:
        """Armed forces moving into a place ("tanks rolled into Ramallah", "troops pushed
        into the town"): occupying it. Only the military's moves: protesters marching into a
        square are not an occupation."""
        if lemma not in lx.INCURSION_VERBS or not any(
                (a.code or "").endswith("MIL") for a in self.subject(verb)):
            return None
        for p in _children(verb, "prep"):
            if p.lower_ == "into":
                for o in _children(p, "pobj"):
                    if o.lemma_.lower() in lx.TERRITORY_NOUNS or (o.i in self.ctx.mentions and (
                            self.ctx.mentions[o.i][2].kind in ("place", "country"))):
                        place = self.located([o]) or tuple(self.ctx.actors(o))
                        return _Act("occupy", verb, place, _negated(verb), _span(verb))
        return None

    def seized(self, act: _Act, verb, sources) -> _Act:
        """What is seized decides the act: a vehicle seized by gunmen is hijacked, a person
        seized (a role or a title: "captured Ukrainian soldiers", "Shining Path leader X") is
        taken hostage (181), or arrested by the state's agents (173); a town or territory
        seized is occupied (192); property seized is confiscated (1711)."""
        if act.kind != "seize":
            return act
        # (a state named by its country, "Iran seized a British tanker", or by its agents)
        state = bool(sources) and all(actor_agent(a.code) in lx.STATE_AGENTS or (
            a.code in self.ctx.dictionary.countries) for a in sources)
        # (or the passive's subject: "two journalists were seized by gunmen")
        for o in _children(verb, "dobj") or _children(verb, "nsubjpass"):
            lemma = o.lemma_.lower()
            if lemma in lx.TERRITORY_NOUNS or (o.i in self.ctx.mentions and (
                    self.ctx.mentions[o.i][2].kind in ("place", "country"))) and not (
                    self.nationals(o)):
                return replace(act, kind="occupy", targets=act.targets or self.located([o]))
            if lemma in lx.VEHICLES and not state:
                return replace(act, kind="hostage")
            people = [o, *(c for p in _children(o, "prep") if lemma in lx.QUANTITIES
                           and p.lower_ == "of" for c in _children(p, "pobj"))]
            if lemma in lx.CAPTIVES or lemma in lx.DISPLACED or any(
                    self.ctx.role(w) and w.lemma_.lower() not in COLLECTIVE for w in people) or any(
                    actor_agent(a.code) in ("CVL", "MED", "OPP", "EDU", "HLH", "LAB", "REF")
                    for a in self.ctx.actors(o)) or self.nationals(o):
                return replace(act, kind="arrest" if state else "hostage")
        return act

    def nationals(self, noun) -> bool:
        """Whether a noun names people by their nationality alone, counted or one: a people's
        name with a number ("four Britons"), or a noun a country's adjective modifies, with a
        number or "a" ("six Indonesian sailors", "an Indian engineer"), that names no goods,
        vehicle, weapon, holding or measure ("two Iranian tankers", "a Russian cargo")."""
        counted = any(c.dep_ == "nummod" for c in noun.children) or any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        mention = self.ctx.mentions.get(noun.i)
        if not counted or noun.lemma_.lower() in COLLECTIVE:
            return False
        if mention is not None:  # (a country counted is its people: "four Britons")
            return mention[2].kind == "country" and noun.tag_ in ("NNPS", "NNS") and any(
                c.dep_ == "nummod" for c in noun.children)
        lemma = noun.lemma_.lower()
        return noun.tag_ in ("NN", "NNS") and not any(lemma in words for words in (
            lx.VEHICLES, lx.WEAPONS, lx.SUPPLIES, lx.MONEY, lx.MARKET_WORDS, lx.POSSESSIONS,
            lx.STRUCTURES, lx.HOMES, lx.DELIVERIES, lx.COUNTED, lx.QUANTITIES)) and any(
            c.dep_ == "amod" and c.i in self.ctx.mentions
            and self.ctx.mentions[c.i][2].kind == "country" for c in noun.children)

    def banned_group(self, act: _Act, verb, sources) -> _Act:
        """A party or a movement the dictionary does not name, banned or dissolved by a state
        ("dissolved the Future Forward party", "outlawed the April 6 youth movement", "the
        Democratic Choice of Kazakhstan movement"): the opposition, placed where the state is
        (CAMEO 1722 is done to them)."""
        own = {(a.code or "")[:3] for a in sources}
        # (a name the dictionary lacks is no one's: "the Future Forward party")
        if act.kind not in ("ban_party", "restrict") or any(
                a.code and a.code[:3] not in own for a in act.targets):
            return act
        # (the name may hang on its head: "the Democratic Choice of Kazakhstan movement")
        groups = [w for o in _children(verb, "dobj") for w in o.subtree
                  if w.dep_ in ("dobj", "pobj") and w.lemma_.lower() in POLITICAL_GROUPS
                  and all(a.code[:3] in own for a in self.ctx.actors(w) if a.code)]
        return replace(act, targets=(Actor(_subtree_text(groups[0]), "OPP", "", "role"),)) \
            if groups else act

    def foreign_restriction(self, act: _Act, verb, sources) -> _Act:
        """A ban or a restriction a state or a body of states imposes on another state, its
        officials, its firms or its goods ("imposed visa restrictions on Nigerian officials",
        "travel bans on 34 Russian officials", "banned five Chinese companies", "slapped a
        ban on imports of Egyptian products"): a sanction (CAMEO 163), not a curb on its own
        people's rights (172)."""
        countries = self.ctx.dictionary.countries
        if act.kind != "restrict" or not sources or not all(
                a.code and (a.code in countries or a.code.startswith("IGO")
                            or a.code.endswith("GOV")) for a in sources):
            return act
        own = {a.code[:3] for a in sources}
        targets = act.targets or tuple(a for o in _children(verb, "dobj") for w in o.subtree
                                       for a in self.ctx.actors(w) if a.code)
        if targets and all(t.code and t.code[:3] in countries and t.code[:3] not in own and (
                t.code in countries or t.code[3:] in ("GOV", "BUS")) for t in targets):
            return replace(act, kind="sanction")
        return act

    def displacement(self, verb, lemma, objects) -> _Act | None:
        """People driven from where they live ("drove villagers from their homes", "forced
        20,000 people across the border", "forced residents to flee"): a deportation, which
        :meth:`act_of_verb` makes a mass expulsion when they number a hundred or more."""
        if lemma not in lx.DISPLACEMENT_VERBS:
            return None
        people = [o for o in _children(verb, "dobj", "nsubjpass")
                  if o.lemma_.lower() in lx.DISPLACED
                  or o.lemma_.lower() in lx.QUANTITIES or _count([o]) > 0 or any(
                      (a.code or "").endswith(("CVL", "REF")) for a in self.ctx.actors(o))]
        away = any(c.lower_ in lx.DISPLACEMENT_PREPS for c in _children(verb, "prep", "prt")) \
            or any(c.lemma_.lower() in lx.DISPLACEMENT_FLIGHT for c in _children(verb, "xcomp"))
        if not people or not away:
            return None
        return _Act("deport", verb, tuple(a for o in people for a in self.ctx.actors(o)),
                    _negated(verb), _span(verb))

    @staticmethod
    def given(objects) -> str | None:
        """The aid a giving verb's objects make: money is economic aid, weapons military aid,
        peacekeepers protection, food, medicine or "aid" humanitarian aid; what ships or planes
        sent carry ("two ships carrying food and medicine", "a cargo plane loaded with
        medicine")."""
        for o in objects:
            carried = [d for c in o.children if c.dep_ == "acl"
                       and c.lemma_.lower() in lx.CARRYING_VERBS for d in [
                           *_children(c, "dobj"), *(w for p in _children(c, "prep")
                                                    if p.lower_ == "with"
                                                    for w in _children(p, "pobj"))]]
            if carried:
                kind = _Acts.given(carried)
                if kind is not None:
                    return kind
            kind = _noun_act(o)
            if kind in AID:
                return kind
            if o.lemma_.lower() in lx.INFORMATION:  # "provided X with intelligence"
                return "intelligence"
            gift = _gift_words(o)
            words = {w.lemma_.lower() for w in gift}
            refined = next((k for w in gift if w is not o for k in [_refined(w)] if k in AID),
                           None)
            if refined is not None:  # "$1.5 billion in military aid": the aid named
                return refined
            if o.lemma_.lower() in lx.MONEY or any(  # "$50 million", "a loan", "in credit"
                    w.tag_ == "$" or (w.dep_ == "pobj" and w.lemma_.lower() in lx.MONEY)
                    for w in gift) or (words & lx.MONEY and o.lemma_.lower() not in lx.COUNTED):
                # ("a million galleons" of whatever currency, not "2 million tourists"); money
                # in relief is humanitarian aid ("$20 million in flood relief")
                return "aid" if any(w.dep_ == "pobj" and w.lemma_.lower() in lx.SUPPLIES
                                    for w in gift) else "economic_aid"
            if words & lx.WEAPONS:
                return "military_aid"
            if words & lx.PEACEKEEPERS:
                return "peacekeeping"
            if words & lx.SUPPLIES:
                return "aid"
        return None

    def acts_of_noun(self, noun) -> list[_Act]:
        """Acts named by a noun complement: "an end to hostilities", "military action"."""
        kind = _noun_act(noun)
        if kind is not None:
            targets = self.noun_targets(noun)
            if kind == "withdraw":  # "(demanded) the withdrawal of Israeli troops": of Israel
                targets = tuple(a for p in _children(noun, "prep") if p.lower_ == "of"
                                for o in _children(p, "pobj") for a in self.ctx.actors(o))
            if kind == "deport":  # "the expulsion of six U.N. officials": by who is expelled
                kind = expulsion([o for p in _children(noun, "prep") if p.lower_ == "of"
                                  for o in _children(p, "pobj")], targets)
            kind, targets = self.killed_one(noun, kind, targets)
            return [_Act(kind, noun, targets, _negated(noun), _span(noun))]
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
        # "asked X for weapons (for tanks) to defend itself": the weapons, not the defence
        # ("a promise of $4 billion in aid": what a stance noun is of)
        gifts = [o for p in _children(token, "prep") if p.lower_ == "for" or (
                     p.lower_ == "of" and token.pos_ == "NOUN") for o in _children(p, "pobj")] + [
            s for c in _children(token, "advcl") if any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for s in _children(c, "nsubj")]
        kind = self.given(gifts)
        if kind is not None and not _children(token, "ccomp"):
            self.consumed.update(c.i for c in _children(token, "xcomp", "advcl"))  # (purpose)
            return [_Act(kind, gifts[0], _recipients(gifts, self.ctx), False, _span(gifts[0]))]
        # (a gift's purpose is no act agreed to: "approved a $500 million loan to Egypt to
        # support social safety nets" approves the loan)
        gift = self.given(_children(token, "dobj")) if token.lemma_.lower() in \
            lx.GIVING_VERBS else None
        giving = gift in AID
        for c in token.children:
            if giving and c.dep_ == "advcl" and c.pos_ == "VERB" and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                self.consumed.add(c.i)
                continue
            # (a verb the tagger took for a noun still heads its to-clause: "offered to
            # host talks")
            if (c.dep_ in ("xcomp", "ccomp") and (c.pos_ in ("VERB", "AUX") or any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children))) or (
                    c.dep_ == "acl" and c.pos_ == "VERB" and token.pos_ == "NOUN") or (
                    c.dep_ == "advcl" and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                # "urged X to ...", "appealed to X to let ..." (read as a purpose clause),
                # "calls for X to withdraw"
                acts.extend(self.acts_of_clause(c))
        if not acts and token.pos_ == "VERB":
            # (or one the parser hangs on where or when the verb is: "lobbied Arab
            # governments at the summit to back X")
            acts.extend(a for c in _stranded_clauses(token) for a in self.acts_of_clause(c))
        if acts:
            return acts
        objects = _children(token, "dobj")
        given_to = tuple(a for t in (token, *objects) for p in _children(t, "prep", "dative")
                         if p.lower_ == "to" for o in _children(p, "pobj")
                         for a in self.ctx.actors(o)) if giving and lx.MODAL_VERBS.get(
            token.lemma_.lower()) == "agree" else ()
        if given_to and not any(self.acts_of_noun(o) for o in objects):
            # "approved a grant of $100 million to Jordan": the gift its object makes, to
            # whom it goes (not a budget approved for schools); approved, it is given
            return [_Act(gift, objects[0], given_to, False, _span(objects[0]))]
        for o in _objects(token):
            if o.head.lower_ in ADJUNCT_PREPS:  # not "during a visit", "after the talks"
                continue
            if o.pos_ in ("VERB",):
                acts.extend(self.acts_of_clause(o))
            else:
                acts.extend(self.acts_of_noun(o))
                for conj in o.conjuncts:
                    if conj.i > o.i:
                        acts.extend(self.acts_of_noun(conj))
                if not acts and o.dep_ == "dobj" and self.ctx.actors(o):
                    # "warned the government of a strike": what the one told is told of
                    acts.extend(a for p in _children(o, "prep") if p.lower_ in ("of", "about")
                                for n in _children(p, "pobj") for a in self.acts_of_noun(n))
            if acts:
                break
        return acts

    def rejected_acts(self, noun) -> list[_Act]:
        """What a rejected noun stands for: its own act, the demands it renames, or a deal."""
        lemma = noun.lemma_.lower()
        acts = self.acts_of_noun(noun)
        if acts and lemma not in ("term", "demand", "condition"):
            owners = tuple(self.owner(noun))  # "rejected Hamas's proposal": to Hamas
            return [replace(a, targets=owners or a.targets) for a in acts]
        if lemma in ("request", "call", "appeal", "plea", "offer", "invitation") and \
                lemma in lx.MODAL_NOUNS:
            # "rejected X's request for military aid": the act asked for, refused to X
            owners = tuple(self.owner(noun))
            acts = [replace(a, targets=owners or a.targets) for a in self.complements(noun)]
            if acts:
                self.consumed.add(noun.i)
                return acts
            if owners:
                # asked for what the lexicon names no act, or nothing named ("rejected
                # Berlin's request to take in more asylum seekers", "declined an invitation
                # from X"): a rejection (CAMEO 120) of whose it is
                self.consumed.add(noun.i)
                return [_Act("request", noun, owners, False, _span(noun))]
        if lemma in ("term", "demand", "condition", "proposal", "idea", "stance", "position") or (
                lemma in lx.PROPOSALS and lemma not in lx.MODAL_NOUNS):
            # (a plan by any other name: "turned down Beijing's formula")
            # "terms" renaming a list of demands given earlier in the sentence
            for other in noun.sent:
                if other.i < noun.i and other.lemma_.lower() in ("demand", "condition"):
                    owners = tuple(self.owner(other))
                    return [_Act(a.kind, a.head, owners, False, a.content)
                            for a in self.acts_of_noun(other)]
            # "rejected opposition demands": to whose they are
            return [_Act("settle", noun, tuple(self.owner(noun)), False, _span(noun))]
        return []

    def instrument(self, verb, act: _Act) -> tuple[list[Actor], _Act]:
        """An act whose doer is named only through the means: a subject that is itself an
        attack ("an airstrike killed", "a bomb planted by X killed") or a weapon ("rockets
        fired by X killed") or, in the passive, an attack it happened in ("was killed in an
        Israeli strike"): its owner does it, to the passive's subject."""
        nouns = _children(verb, "nsubj")
        passive = bool(_children(verb, "nsubjpass"))
        if passive:  # (the parser makes "by" the passive's agent: "killed by a roadside bomb")
            nouns += [o for p in _children(verb, "prep", "agent") if p.lower_ in (
                "in", "by", "during") for o in _children(p, "pobj")]
        # "a wave of Russian drone attacks": the attacks counted
        nouns = [next((o for p in _children(n, "prep") if p.lower_ == "of"
                       for o in _children(p, "pobj")), n)
                 if n.lemma_.lower() in lx.QUANTITIES else n for n in nouns]
        for noun in nouns:
            kind = _noun_act(noun)
            if kind not in lx.HOSTILE and noun.lemma_.lower() in lx.EXPLOSIVES:
                kind = "bombing"  # "explosives hidden in a car went off": a bombing
            if kind not in lx.HOSTILE and (noun.lemma_.lower() in lx.WEAPONS or (
                    noun.dep_ == "pobj" and act.kind in lx.HOSTILE)):
                kind = "force"  # "killed in an ambush by X": whatever it was, X's force
            if kind not in lx.HOSTILE:
                continue
            owners = self.owner(noun) or [a for c in noun.children if c.dep_ == "acl"
                                          for a in self.subject(c)]
            if not owners and passive and noun.dep_ == "pobj":
                # who the victims fought ("a soldier was killed in clashes with Kurdish
                # rebels")
                owners = [a for p in _children(noun, "prep") if p.lower_ in ("with", "against")
                          for o in _children(p, "pobj") for a in self.ctx.actors(o) if a.code]
            if not owners and kind in lx.UNATTRIBUTED_ACTS:
                owners = self.unattributed(verb)
            if owners:  # the passive's subject suffers it ("civilians were killed in X")
                targets = tuple(a for c in _children(verb, "nsubjpass")
                                for a in self.ctx.actors(c)) or act.targets
                kind = act.kind if act.kind != "force" else kind
                return owners, replace(act, kind=kind, targets=targets)
        return [], act

    def exercised_together(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Exercises held by two parties, or with a partner ("X and Y held military drills",
        "X held naval exercises with Y"), are military cooperation (CAMEO 062), not a show of
        force."""
        drills = [o for o in _objects(verb) if o.lemma_.lower() in lx.EXERCISES]
        if not drills:
            return act
        partners = [a for t in [verb, *drills] for p in _children(t, "prep")
                    if p.lower_ == "with" for o in _children(p, "pobj")
                    for a in self.ctx.actors(o)]
        if partners or len({(a.code or "")[:3] for a in sources}) > 1:
            return replace(act, kind="military_ties", targets=tuple(partners) or act.targets)
        return act

    def by_agent(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Force by a suicide bomber is a bombing (also in a clause that shares its subject:
        "a suicide bomber rammed a truck into X, killing 18"); bombs dropped by no state's
        forces are no air strike but a bombing (CAMEO 183: "militants bombed a market");
        force by protesters, students, workers or civilians is a riot (CAMEO 145)."""
        if act.kind == "air_force":  # (a drone or an air strike stays one, whoever's)
            if act.head.lemma_.lower() != "bomb":
                return act
            irregular = bool(sources) and all(a.code and (
                actor_agent(a.code) in lx.IRREGULAR_AGENTS or len(a.code) > 3 and actor_agent(
                    a.code) not in lx.STATE_AGENTS and not a.code.startswith("IGO"))
                for a in sources)
            return replace(act, kind="bombing") if irregular else act
        if act.kind != "force" and act.kind == self.instrument_kind(verb):
            return act  # what it was done with tells how ("gunmen attacked X with a car bomb")
        # (or the agent of a passive: "the embassy was hit by a suicide bomber")
        doers = _children(verb, "nsubj") or [o for a in _children(verb, "agent")
                                             for o in _children(a, "pobj")]
        if not doers and verb.dep_ in ("advcl", "conj"):
            doers = _children(verb.head, "nsubj")
        for c in doers:
            words = [f"{m.lemma_.lower()} {c.lemma_.lower()}" for m in c.children
                     if m.dep_ in ("amod", "compound")] + [c.lemma_.lower()]
            kind = next((lx.AGENT_ACTS[w] for w in words if w in lx.AGENT_ACTS), None)
            if kind is None and act.kind == "force" and (
                    named := _noun_act(c)) in (*lx.HOSTILE, "sanction") and not self.ctx.role(c):
                # an attack named as the subject, whose owner the name before it gives
                # ("a Taliban roadside bomb killed", "an Israeli air strike killed"); so are
                # sanctions that hit or target ("new U.S. sanctions target Russia's gold")
                kind = named
            if kind is not None:  # (still whom it is done to: "gunmen shot dead a judge" is
                # an assassination, a police sniper firing on protesters repression)
                return self.by_protest(verb, replace(act, kind=kind), sources)
        protest = self.by_protest(verb, act, sources)
        if protest is act and act.kind == "force" and sources and all(
                actor_agent(a.code) in lx.RIOTING_AGENTS for a in sources):
            if _killed(verb) and any(actor_agent(t.code) in PEOPLE_SECTORS
                                     for t in act.targets):
                # people killed by a mob, villagers or a crowd ("villagers killed five people
                # they accused of witchcraft"): killed by assault (CAMEO 1823), no riot
                return replace(act, kind="beat_to_death")
            return replace(act, kind="riot")
        return protest

    def of_suspects(self, verb, act: _Act) -> _Act:
        """An arrest of suspects less those named by no side nor nationality (see
        :meth:`Roles.no_suspects`)."""
        if act.kind != "arrest" or not act.targets:
            return act
        return replace(act, targets=self.no_suspects(verb, act.kind, act.targets))

    def by_protest(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """:meth:`_by_protest`; and where protesters burn, smash, occupy or block is no target
        of their protest: a town, port or road of their own country ("burned cars in the
        Tunisian town of Gafsa", "blocked the port of Piraeus"), which force used there would
        stand for, unless they are named as another country's."""
        act = self._by_protest(verb, act, sources)
        if act.kind not in lx.DISSENT or not act.targets:
            return act
        if act.kind == "protest":  # (nor a body it is only held outside: see not_held_at)
            act = replace(act, targets=tuple(self.not_held_at({verb, act.head}, sources,
                                                              list(act.targets))))
        homes = {actor_root(a.code) for a in sources
                 if a.code and a.code[:3] in self.ctx.dictionary.countries}
        where = self.located([verb, *_children(verb, "dobj")], SCENE_OF_FORCE)

        def own_place(t: Actor) -> bool:
            # (a town, or the words that place it; not a country named as ruling: "protested
            # in Lhasa against Chinese rule")
            return len(t.code or "") == 3 and (t in where or self.ctx.town(t)) and not (
                homes - {t.code})
        return replace(act, targets=tuple(t for t in act.targets if not own_place(t)))

    def _by_protest(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Force and coercion told apart from protest by who does them to whom (CAMEO 14 and
        175): protesters, students, workers or medics who block a road or occupy a building
        obstruct (144), who burn and smash riot (145), whose strike is a labour strike
        (143); a fight in the course of a protest is a riot; the police's or the army's
        force against protesters is violent repression."""
        agents = [(a.code or "")[-3:] for a in sources]
        protesting = bool(agents) and all(a in lx.PROTEST_AGENTS for a in agents)
        if protesting and act.kind == "halt_talks" and not self.ctx.talk_words:
            return replace(act, kind="labour_strike")  # "nurses walked out": no talks left
        struck = _workers_strike(act, sources)  # "workers launched a strike"
        if struck is not act:
            return struck
        # (civilians and traders: no state's agents, though not always protesters)
        civilian = bool(agents) and all(a in (*lx.PROTEST_AGENTS, "CVL", "BUS") for a in agents)
        if act.kind == "sanction" and act.head.lemma_.lower() == "boycott" and agents and all(
                a in (*lx.PROTEST_AGENTS, "CVL", "JUD", "BUS") for a in agents):
            # a boycott by an opposition, students, workers, lawyers, consumers or traders: a
            # protest by refusing to take part (CAMEO 143), not a state's embargo
            return replace(act, kind="labour_strike")
        if (protesting or civilian and act.kind == "blockade") and act.kind in lx.CIVIL_ACTS:
            # (a blockade by farmers, villagers or traders too: "farmers blockaded the border
            # crossing" obstructs it, CAMEO 144; a state's is military, 191)
            return replace(act, kind=lx.CIVIL_ACTS[act.kind])
        # (a crowd is no state: "hundreds of Bulgarians formed a human chain to protest", the
        # subject the clause shares; nor is a rally, march or vigil a complaint, only a protest
        # made, lodged or voiced)
        crowd = [*_children(verb, "nsubj"), *(_children(verb.head, "nsubj") if verb.dep_ in (
            "advcl", "xcomp", "conj") else ())]
        if act.kind == "protest" and agents and all(
                (len(a.code or "") == 3 and a.code not in AGENT_CODES)
                or (a.code or "").endswith("GOV") for a in sources) and \
                act.head.lemma_.lower() == "protest" and \
                not any(c.lemma_.lower() in lx.QUANTITIES for c in crowd):
            # a state protesting ("Seoul protested to Tokyo"): an official complaint
            return replace(act, kind="complain")
        targets = [(t.code or "")[-3:] for t in act.targets]
        if act.kind in ("force", "small_arms") and targets and all(
                t in lx.SIGNIFICANT_AGENTS for t in targets) and _kills(verb):
            # "shot dead a senior judge", "opened fire on a judge, killing him"; tried, an
            # attempt ("tried to kill the prime minister", CAMEO 185)
            return replace(act, kind="attempted_assassination" if verb.dep_ == "xcomp" and (
                verb.head.lemma_.lower() in lx.ATTEMPTING_VERBS) else "assassinate")
        if act.kind in ("force", "small_arms") and (_kills(verb) or _wounds(verb)) and \
                sources and all(
                actor_agent(a.code) in (*lx.IRREGULAR_AGENTS, "CRM") or (
                    actor_agent(a.code) is None and len(a.code or "") > 3
                    and not (a.code or "").startswith("IGO")) for a in sources) and (
                self.lone_victim(verb, nationals=True)):
            # one person, no combatant, killed or shot by armed men or a named group
            # ("gunmen shot dead a journalist", "militants shot a vaccination worker in the
            # head"): a killing by assault (CAMEO 1823) or an assault (180), not a battle
            return replace(act, kind="beat_to_death" if _kills(verb) else "unconventional")
        if act.kind in ("force", "small_arms", "beat") and agents and all(
                a in lx.REPRESSING_AGENTS for a in agents) and targets and (
                all(t == "OPP" for t in targets) or all(
                    t in (*lx.PROTEST_AGENTS, "CVL") for t in targets) and (
                    self.protesting(verb) or self.protesters(verb))):
            # "police opened fire on demonstrators"; students, workers, residents when they
            # protest ("beat students protesting against the law", "striking miners")
            return replace(act, kind="repress")
        if act.kind == "force" and agents and not any(
                a in (*lx.REPRESSING_AGENTS, "GOV", "SPY", "REB") for a in agents) and not any(
                len(a.code or "") > 3 and actor_agent(a.code) is None and not (
                    a.code or "").startswith("IGO") for a in sources) and (
                self.protesting(verb)):  # (a named armed group is none: "Hamas gunmen
            # killed 20 people at a rally" is an attack)
            return replace(act, kind="riot")  # "clashed with soldiers as they protested"
        return act

    def lone_victim(self, verb, nationals: bool = False) -> bool:
        """Whether a verb is done to one person who is no combatant: a single object (or a
        passive's subject) with no number, that names a person or a role other than
        soldiers, police, rebels or spies ("a journalist", "a vaccination worker"); with
        ``nationals``, also one a nationality alone names ("a Swedish aid worker"), where those
        who did it are named (killed in fighting by no one named, they may be its casualty)."""
        done_to = _children(verb, "dobj") or _children(verb, "nsubjpass") or [
            o for c in _children(verb, "conj") for o in _children(c, "dobj")]  # "shot and
        # wounded a farmer": the object the conjoined verb shares
        if [o.lemma_.lower() for o in done_to] == ["fire"]:  # "opened fire on a journalist"
            done_to = [o for p in _children(verb, "prep") if p.lower_ in ("on", "at")
                       for o in _children(p, "pobj")]
        return self.lone_person(done_to, nationals)

    def killed_one(self, noun, kind, targets) -> tuple[str, tuple]:
        """The murder (killing, slaying) of one person no combatant, named by its noun ("the
        murder of journalist Jamal Khashoggi"): an assassination of an official, else a
        killing by assault (CAMEO 1823), done to them; any other act as it is."""
        killed = [o for p in _children(noun, "prep") if p.lower_ == "of"
                  for o in _children(p, "pobj")] if kind == "force" and (
            noun.lemma_.lower() in lx.KILLING_NOUNS) else []
        if not killed or not self.lone_person(killed):
            return kind, targets
        victims = tuple(self.ctx.actors(killed[0]))
        return "assassinate" if all(actor_agent(a.code) in lx.SIGNIFICANT_AGENTS
                                    for a in victims) else "beat_to_death", victims

    def lone_person(self, done_to, nationals: bool = False) -> bool:
        """Whether what an act is done to is one person who is no combatant (see
        :meth:`lone_victim`)."""
        if len(done_to) != 1 or done_to[0].conjuncts or done_to[0].tag_ not in ("NN", "NNP"):
            return False
        victim = done_to[0]
        if any(c.dep_ == "nummod" for c in victim.children) or victim.i in self.ctx.mentions \
                and self.ctx.mentions[victim.i][2].kind in ("place", "country"):
            return False
        found = self.ctx.actors(victim)
        # (one of a country's people named by what they do, with no sector: "a Swedish aid
        # worker", "a Chinese engineer"; not the country itself or a body of it)
        national = nationals and victim.tag_ == "NN" and (
            victim.lemma_.lower() not in COLLECTIVE) and any(
            c.dep_ == "amod" and c.i in self.ctx.mentions
            and self.ctx.mentions[c.i][2].kind == "country" for c in victim.children)
        # (or one of a named group's people named by a role no combatant has: "a Hezbollah
        # official", "a Hamas spokesman")
        member = self.ctx.role(victim) not in (None, "MIL", "COP", "REB", "SPY")
        return bool(found) and all(actor_agent(a.code) not in ("MIL", "COP", "REB", "SPY")
                                   and (actor_agent(a.code) is not None or national and len(
                                       a.code or "") == 3 or member) for a in found)

    @staticmethod
    def protesters(verb) -> bool:
        """Whether whom a verb is done to are said to be protesting or on strike ("students
        protesting against a new law", "striking miners", "graduates staging a sit-in",
        "workers who were demonstrating")."""
        people = [o for o in [*_children(verb, "dobj"), *(
            o for p in _children(verb, "prep") if p.lower_ in ("on", "at", "against")
            for o in _children(p, "pobj"))]]
        return any(c.lower_ == "striking" or lx.VERB_ACTS.get(c.lemma_.lower()) in lx.DISSENT
                   or any(_noun_act(d) in lx.DISSENT for d in _children(c, "dobj"))
                   for o in people for c in o.children if c.dep_ in ("acl", "relcl", "amod"))

    @staticmethod
    def protesting(verb) -> bool:
        """Whether a verb's clause is set in a protest: "as they protested", "during a
        demonstration", "at a rally"."""
        protest = ("protest", "riot", "dissent")
        return any(lx.VERB_ACTS.get(c.lemma_.lower()) in protest
                   for c in _children(verb, "advcl")) or any(
            _noun_act(o) in protest for p in _children(verb, "prep")
            if p.lower_ in ("during", "at", "in", "amid") for o in _children(p, "pobj"))


#: Verbs of giving for nothing: what they give is aid, whatever the goods.
DONATING_VERBS = frozenset({"donate", "gift", "grant", "airdrop", "bestow"})
#: What a border is opened to or for when it is opened for trade (CAMEO 061).
TRADE_WORDS = frozenset({"trade", "goods", "good", "commerce", "freight", "truck", "lorry",
                         "cargo", "traffic", "export", "import", "business", "trader"})
#: Verbs of where one is, not what one does: "stood alongside X" is no deed done with X.
POSTURE_VERBS = frozenset({"stand", "sit", "appear", "pose", "walk", "speak", "be"})
#: What one is sent to another state to stand or face: a trial, charges, justice.
TRIALS = frozenset({"trial", "charge", "justice", "prosecution"})
#: Those sent to talk for a state: sending them for talks is a visit (CAMEO 042).
ENVOYS = frozenset({"delegation", "envoy", "emissary", "negotiator", "mediator", "minister",
                    "diplomat", "official", "team", "representative", "mission", "chief",
                    "adviser", "advisor", "aide", "secretary"})
#: Verbs of answering another's act, which are force when done by force ("will respond
#: militarily", "reacted with air strikes").
RESPONSE_VERBS = frozenset({"respond", "react", "reply", "answer", "counter"})
#: Verbs of helping someone do something: aid to them (CAMEO 07) when what they are helped to
#: do is no act of its own (not the lexicon's wider helping_verbs: "rescued hostages", "propped
#: up the currency").
ASSISTING_VERBS = frozenset({"help", "assist"})


#: A state's measures, and what ending one is (CAMEO 081-085).
EASED = {"restrict": "ease_restrictions", "ban_party": "ease_ban", "curfew": "ease_curfew",
         "emergency": "ease_emergency", "sanction": "ease_sanctions",
         "blockade": "ease_blockade"}
#: Political groupings: one the dictionary does not name, banned, is the opposition.
POLITICAL_GROUPS = frozenset({"party", "movement", "front", "alliance", "coalition", "bloc"})


def _workers_strike(act: _Act, sources: list[Actor]) -> _Act:
    """A strike that workers, students or an opposition launch, threaten, vow or call is a
    labour strike (CAMEO 143; 133 threatened), not force ("workers launched a strike", "the
    union threatened a strike")."""
    agents = [(a.code or "")[-3:] for a in sources]
    if act.kind in FORCE and act.head.lemma_.lower() == "strike" and agents and all(
            a in lx.PROTEST_AGENTS for a in agents):
        return replace(act, kind="labour_strike")
    return act


def expulsion(objects, expelled) -> str:
    """What expelling ``objects`` (tokens) whose actors are ``expelled`` is: of peacekeepers;
    as the lexicon's "expel" reads the objects (an ambassador, diplomats: relations broken;
    inspectors); of a mission (IGO, NGO); else of people, deported."""
    if expelled and all((a.code or "").endswith(PEACEKEEPING) for a in expelled):
        return "expel_peacekeepers"
    table = lx.VERB_OBJECTS["expel"]
    kind = next((table[w] for o in objects for w in _object_words(o) if w in table), None)
    if kind is not None:
        return kind
    if expelled and all((a.code or "")[:3] in ("IGO", "NGO") for a in expelled):
        return "expel_mission"
    return "deport"


def _verb_forms(word: str) -> list[str]:
    """The lemmas a verb's past form could have, by the regular rules ("handed": hand;
    "freed": free; "stopped": stop; "carried": carry), and the word itself ("set", "put")."""
    if not word.endswith("ed") or len(word) < 5:
        return [word]
    stem = word[:-2]
    forms = [stem, word[:-1]]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms.append(stem[:-1])
    if stem.endswith("i"):
        forms.append(stem[:-1] + "y")
    return forms


def _for_trade(verb, o) -> bool:
    """Whether what a verb opens is opened to or for trade: its "to" or "for" phrase (on the
    verb or the thing) names trade, goods, freight or the trucks that carry them."""
    return any(w.lemma_.lower() in TRADE_WORDS for t in (verb, o) for p in _children(t, "prep")
               if p.lower_ in ("to", "for") for n in _children(p, "pobj")
               for w in [n, *(d for c in _children(n, "acl") for d in _children(c, "dobj"))]
               ) or any(  # (or a purpose: "opened a new border gate to boost trade")
        w.lemma_.lower() in TRADE_WORDS for c in _children(verb, "advcl", "xcomp")
        if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for w in [c, *_children(c, "dobj")])


def _relief(o) -> bool:
    """Whether people or things sent are relief, not forces: doctors, rescuers, medical or
    rescue teams, a brigade of nurses (the lexicon's supplies, in the object's words or its
    modifiers)."""
    return bool({*_object_words(o), *(c.lemma_.lower() for c in o.children if c.dep_ == "amod")}
                & lx.SUPPLIES)


def _demolition(verb) -> bool:
    """Whether a verb blows up a structure (a home, a bridge, an office: what it is done to,
    the object or the passive's subject) and nobody is said to be killed or hurt."""
    done_to = _children(verb, "dobj", "nsubjpass")
    return bool(done_to) and all(o.lemma_.lower() in lx.STRUCTURES for o in done_to) and not any(
        _killed(w) or w.lemma_.lower() in ("wound", "injure", "hurt", "maim")
        for w in verb.subtree if w.pos_ == "VERB")


def _killed(verb) -> bool:
    """Whether a verb reports a killing: "killed", "murdered", "shot dead", "gunned down"."""
    lemma = verb.lemma_.lower()
    if lemma not in lx.KILLING_VERBS:
        return False
    if lemma == "shoot":
        return any(c.lower_ == "dead" for c in verb.children)
    if lemma == "gun":
        return any(c.lower_ == "down" for c in verb.children)
    return True


def _wounds(verb) -> bool:
    """Whether a verb of force hurts whom it is done to without killing them: "shot a health
    worker in the head", "shot and wounded a farmer", "wounded a priest", "stabbed a monk"."""
    lemma = verb.lemma_.lower()
    return not _killed(verb) and (lemma in lx.WOUNDING_VERBS or lemma == "shoot" and bool(
        _children(verb, "dobj", "conj")) and not _children(verb, "prt"))  # ("shot down")


def _kills(verb) -> bool:
    """Whether a verb of force kills whom it is done to: it reports a killing, or a clause
    on it does, of them ("opened fire on a judge as he left, killing him and his driver")."""
    return _killed(verb) or any(
        _killed(c) and c.tag_ == "VBG" and _children(c, "dobj") and all(
            o.pos_ == "PRON" for o in _children(c, "dobj"))
        for c in _children(verb, "advcl", "conj", "xcomp"))


def _contest(verb) -> bool:
    """Whether a verb of force tells a game or race: a score ("2-1") or a contest ("in the
    final", "the Champions League") among its words."""
    words = [verb.doc[i] for i in range(*_span(verb))]
    return any(w.lemma_.lower() in lx.CONTESTS or (
        "-" in w.text and all(p.isdigit() for p in w.text.split("-"))) for w in words)


def _traded(verb) -> bool:
    """Whether a verb's subject is a thing traded on a market, money, shares or goods ("the
    rupee rallied", "Tokyo shares rallied", "copper prices marched higher")."""
    return any(w.lemma_.lower() in lx.MARKET_WORDS or w.lemma_.lower() in lx.MONEY
               or w.lemma_.lower() in lx.COMMODITIES
               for s in _children(verb, "nsubj") for w in [s, *_children(s, "compound")])


def _against_ills(verb) -> bool:
    """Whether force is done only to a hazard or an ill, not to anyone: "fight the
    wildfires", "battle the cholera epidemic", "combat drug trafficking"."""
    done_to = _children(verb, "dobj")
    ills = lx.HAZARDS | lx.ILLS
    # (the object's own head, or with its modifier: not "a polio worker")
    return bool(done_to) and all(o.lemma_.lower() in ills or any(
        f"{c.lemma_.lower()} {o.lemma_.lower()}" in ills for c in o.children
        if c.dep_ in ("amod", "compound")) for o in done_to)


def _fights_on(fight, actors) -> bool:
    """Whether a fight (the verb or its noun) is kept up with no one fought: "fight on",
    "battle on", "keep fighting for a raise", "continue the fight for better pay" (a cause,
    not a party, after "for"); not "fight the police", "fight on the front line", "continue
    the fight against Hamas"."""
    if fight.lemma_.lower() not in lx.PERSISTING_FIGHTS or _children(fight, "dobj", "dative"):
        return False
    on = [c for c in fight.children if c.lower_ == "on" and c.dep_ in ("prt", "prep", "advmod")
          and not _children(c, "pobj")]
    causes = [p for p in _children(fight, "prep") if p.lower_ == "for"
              and not any(actors(o) for o in _children(p, "pobj"))]
    if any(p not in on and p not in causes for p in _children(fight, "prep", "agent")):
        return False
    kept = fight.dep_ in ("xcomp", "dobj") and fight.head.lemma_.lower() in lx.KEEPING_VERBS
    return bool(on or causes or kept)


def _verbal(verb) -> bool:
    """Whether force is only words: done to a statement, plan or policy ("attacked the
    government's decision") or for a reason ("attacked speculators for wrecking the
    economy")."""
    return any(o.lemma_.lower() in lx.STATEMENT_NOUNS for o in _children(verb, "dobj")) or any(
        p.lower_ == "for" and (_children(p, "pcomp") or any(
            o.tag_ == "VBG" for o in _children(p, "pobj")))
        for p in _children(verb, "prep"))


def _recipients(gifts, ctx) -> tuple[Actor, ...]:
    """Whom gifts are for, by their own words ("loans to X", "$4 billion in aid to Egypt")."""
    return tuple(a for o in gifts for p in o.subtree if p.dep_ == "prep" and p.lower_ in (
        "to", "for") for w in _children(p, "pobj") for a in ctx.actors(w))


def _gift_words(o) -> list:
    """The words of a gift: the object and its modifiers, numbers and "of"/"in"/"worth"
    phrases ("40 tonnes of medical supplies", "$100 million in aid"), not what it is about or
    for ("intelligence on Iraqi weapons programmes", "loans for tanks")."""
    words, stack = [], [o]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("prep", "relcl", "acl", "appos")
                     or (c.dep_ == "prep" and c.lower_ in ("of", "in", "worth")))
    return words


def _left_talks(objects) -> str | None:
    """What a withdrawal from talks halts: what is left is talks ("withdrew from the
    negotiations", "pulled out of the deal"), not what the withdrawal is done under ("pulled
    out of Kosovo under the terms of the accord"); a role as mediator left halts mediation
    (CAMEO 165)."""
    for o in objects:
        if o.dep_ != "dobj" and o.head.lower_ not in ("of", "from"):
            continue
        if o.lemma_.lower() == "role" and any(_noun_act(m) == "mediate" for p in _children(
                o, "prep") if p.lower_ == "as" for m in _children(p, "pobj")):
            return "halt_mediation"
        if _noun_lemma(o) in lx.FORMAL_AGREEMENTS:  # a treaty, pact or convention left
            # ("withdrew from the Istanbul Convention"): relations reduced (CAMEO 160)
            return "reduce_relations"
        if _noun_act(o) in ("talks", "mediate", "settle"):
            return "halt_talks"
    return None
