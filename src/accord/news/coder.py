"""The coder of acts: for one predicate of a parsed sentence, its sources, act, targets
and modality (PETRARCH-2's verb patterns replaced by act kinds and modalities).

Actors come from :mod:`accord.news.mentions`; this module decides what is done, by whom, to
whom and how it is reported (vowed, demanded, refused...). :mod:`accord.news.events` turns
its raw events into ranked :class:`~accord.news.events.Event` values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import lexicon as lx
from . import similar
from .actors import AGENT_CODES, Actor, actor_root
from .mentions import NOUNISH, PRONOUNS, TEMPORAL, _Context, _subtree_text
from .predicates import (
    _aux_modality,
    _children,
    _conditional,
    _count,
    _negated,
    _noun_act,
    _object_words,
    _objects,
    _predicatives,
    _refined,
    _span,
)

TARGET_PREPS = {"with", "against", "on", "at", "to", "toward", "towards", "into", "upon",
                "between", "among"}
IMPLIED_PREPS = frozenset({"against", "over", "into", "to", "toward", "towards", "on", "with",
                           "around", "along", "from"})
# The acts of a speaker's statement (CAMEO 01 comments) that :meth:`_Coder.statement` makes.
STATEMENTS = frozenset({"comment", "pessimism"})
# What force is aimed at: "fired mortars at the palace in X".
AIMED_PREPS = frozenset({"at", "on", "against", "into", "toward", "towards"})
# What marks a clause as what happened before a stance, or caused it ("vowed revenge after X
# bombed its camps"): reported as done, not as the stance's content.
CAUSES = frozenset({"after", "since", "because", "as", "when", "following", "once"})
# Prepositions of circumstance: what they introduce is not what a stance is about.
ADJUNCT_PREPS = frozenset({"during", "after", "before", "since", "following", "amid", "despite",
                           "ahead"})
# Acts done to one's own forces: "Russia withdrew its troops" has no target.
OWN_FORCES = frozenset({"withdraw", "demobilize", "mobilize", "alert", "show_force",
                        "police_power", "police_alert"})


@dataclass(frozen=True)
class _Act:
    """An act found under a predicate, before its modality is applied."""

    kind: str
    head: object  # the token that names the act
    targets: tuple[Actor, ...] = ()
    negated: bool = False
    content: tuple[int, int] | None = None  # token range [start, end) of what is at stake
    found: str = "lexicon"  # or "similar": a verb the lexicon lacks, by its nearest verbs


AID = frozenset({"aid", "economic_aid", "military_aid", "peacekeeping", "asylum"})
# Weapons of mass destruction (CAMEO 204) and the acts of force a weapon can refine.
WMD = frozenset({"wmd", "chemical", "nuclear"})
FORCE = frozenset({"force", "air_force", "artillery", "small_arms", "bombing", "chemical",
                   "nuclear", "wmd"})
# Stances that, asked for or promised in turn, stand for the act they govern: demanding that
# X agree to withdraw is demanding a withdrawal.
INNER_STANCES = frozenset({"agree", "intent", "vow", "propose"})


class _Coder:
    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.consumed: set[int] = set()
        # verbs of a clause that is the content of a stance (demanded, vowed, refused...),
        # with that stance: what is asked for or promised is not an act done
        self.embedded: dict[int, str] = {}
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
                    or c.lower_ in PRONOUNS or (c.pos_ == "NOUN" and c.dep_ in (
                        "poss", "compound") and self.ctx.role(c))):
                # "Israel's", "its", "Israeli", and a role: "the government's", "opposition"
                actor = self.ctx.actor(c)
                if actor is not None:
                    return [actor]
        for prep in [*_children(noun, "prep", "agent"), *(  # "the sanctions imposed by X"
                a for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in _children(c, "agent"))]:
            # "from" is whose it is ("a letter from X"), not what is left ("the withdrawal
            # of X's troops from Y")
            if prep.lower_ == "by" or prep.lower_ == "from" and _noun_act(noun) != "withdraw":
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

    def object_targets(self, noun) -> list[Actor]:
        """Whom an act is done to through a thing: the one who did an act named ("condemned
        an attack by X", "X's attack"), else whom it concerns ("suspended its mediation
        between X and Y", "froze its funding for X"), else the thing's owner ("endorsed X's
        plan", "against the government's reform"); one's own ("its") comes last."""
        owners = self.owner(noun)
        own = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        act = noun.lemma_.lower() in lx.ACT_NOUNS
        if owners and not own and act:
            return owners
        # not who an act named suffers ("investigating the killing of X": X is not investigated)
        # "fired tear gas and rubber bullets at X": the phrase may hang on a conjoined object
        return [a for n in [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
                for a in self.noun_targets(n, patients=not act)] or owners

    def located(self, things) -> tuple[Actor, ...]:
        """The country where things are ("targets in Lebanon", "an oil depot in Russia's
        Belgorod region", "areas of Kherson", "fired at the palace in Mogadishu"), as the
        target of force used on them."""
        things = [*things, *(o for t in things for p in _children(t, "prep")
                             if p.lower_ in AIMED_PREPS for o in _children(p, "pobj"))]
        for thing in things:
            for p in _children(thing, "prep"):
                if p.lower_ in ("in", "of"):
                    # not an act it happened in: "killed in a U.S. air strike"
                    for o in [o for o in _children(p, "pobj") if _noun_act(o) is None]:
                        for w in [o, *(c for c in o.children if c.dep_ in ("poss", "compound"))]:
                            if w.i in self.ctx.mentions:
                                start, end, entry = self.ctx.mentions[w.i]
                                if entry.kind in ("place", "country"):
                                    return (Actor(w.doc[start:end].text, entry.code[:3],
                                                  entry.name),)
        return ()

    def or_located(self, verb, kind: str, targets, things) -> tuple[Actor, ...]:
        """The targets of an act, else for force the country the things it is used on are in
        (see :meth:`located`), unless conjoined subjects fight each other."""
        if targets or kind not in lx.HOSTILE or any(s.conjuncts
                                                     for s in _children(verb, "nsubj")):
            return tuple(targets)
        return self.located(things)

    def targets(self, verb, exclude=(), exclude_objects: bool = False) -> tuple[Actor, ...]:
        """Who an act is done to: the object, a dative, a with/against/on... phrase, and in
        the passive with an agent ("Y was attacked by X"), the subject."""
        found: list[Actor] = []
        objects = _children(verb, "dative") if exclude_objects else _children(
            verb, "dobj", "dative") or _shared_objects(verb)
        if objects and not exclude_objects:  # "fired tear gas and live rounds at X", the
            # second object parsed as a conjoined verb
            objects += [c for c in _children(verb, "conj") if c.pos_ == "NOUN"]
        for c in objects:
            if c.pos_ == "ADP":  # "sent weapons to X": a dative "to" phrase
                found.extend(a for w in _children(c, "pobj") for a in self.ctx.actors(w))
                continue
            found.extend(self.ctx.actors(c) or self.object_targets(c))
        if _children(verb, "agent"):
            for c in _children(verb, "nsubjpass"):  # "a convoy of X troops was hit by Y"
                found.extend(self.ctx.actors(c) or self.object_targets(c) or [
                    a for p in _children(c, "prep") if p.lower_ == "of"
                    for o in _children(p, "pobj") for a in self.ctx.actors(o)])
            if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a ship attacked by X": the ship
                found.extend(self.ctx.actors(verb.head) or self.object_targets(verb.head))
        objects = bool(found)
        for prep in _children(verb, "prep"):
            if prep.lower_ in TARGET_PREPS and not (objects and prep.lower_ in ("at", "in")):
                for pobj in _children(prep, "pobj"):  # "against the government's reform"
                    found.extend(self.ctx.actors(pobj) or self.object_targets(pobj))
            elif prep.lower_ in ("in", "during") and not found:
                # "in a phone call with X", "during talks with X": whom it was done with
                for pobj in _children(prep, "pobj"):
                    if pobj.lemma_.lower() in ("call", "conversation") or _noun_act(pobj) in (
                            "talks", "consult", "mediate"):
                        found.extend(self.noun_targets(pobj))
        if not found:  # done by doing something to X: "broke the truce by firing on X"
            found.extend(a for p in _children(verb, "prep") if p.lower_ == "by"
                         for c in _children(p, "pcomp") if c.pos_ == "VERB"
                         for a in self.targets(c))
        codes = {a.code for a in exclude}
        return tuple(a for a in found if a.code not in codes or a.code is None)

    # ---- acts ---------------------------------------------------------------------------
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
        if lemma in lx.BEATING_VERBS and any(o.lemma_.lower() == "death" for p in _children(
                verb, "prep") if p.lower_ == "to" for o in _children(p, "pobj")):
            # "beaten, hacked, stoned to death": killed by assault (CAMEO 1823)
            return _Act("beat_to_death", verb, self.targets(verb), _negated(verb), _span(verb))
        purpose = self.purpose(verb, lemma)
        if purpose is not None:
            return purpose
        act = self._act_of_verb(verb)
        instrument = self.instrument_kind(verb)
        if act is None:
            if instrument in WMD:  # "threatened to burn X with chemical weapons"
                return _Act(instrument, verb, self.targets(verb), _negated(verb), _span(verb))
            return None
        if act.kind in ("mobilize", "police_power") and self.protective(verb):
            # forces sent on a peacekeeping or stabilisation mission: protection (CAMEO 074)
            return replace(act, kind="peacekeeping",
                           targets=self.targets(verb, exclude_objects=True) or act.targets)
        objects = _objects(verb)
        if act.kind in ("force", "deport", "assassinate") and lemma in lx.MASS_VERBS and (
                _count(objects) >= 100 or any(o.lemma_.lower() in lx.MASS_NOUNS
                                              for o in objects)):  # "the entire population"
            return replace(act, kind=lx.MASS_VERBS[lemma])
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
    def instrument_kind(verb) -> str | None:
        """The act the instrument of a verb makes of it ("with poison gas", "using
        machetes"), if any."""
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
        if lemma in ("allow", "let", "permit", "enable"):
            allowed = lx.VERB_OBJECTS["allow"]
            clauses = _children(verb, "ccomp", "xcomp")
            for o in [*objects, *(s for c in clauses for s in _children(c, "nsubj"))]:
                kind = next((allowed[w] for w in _object_words(o) if w in allowed), None)
                if kind is not None:  # "allowed aid trucks to enter", "let inspectors in"
                    for c in clauses:
                        self.consumed.add(c.i)
                    # to whom: who is let in ("IAEA inspectors"); aid, where it goes ("into
                    # Gaza", "to enter Gaza")
                    who = tuple(self.ctx.actors(o))
                    where = self.targets(verb, exclude_objects=True) or tuple(
                        a for c in clauses for a in self.targets(c, exclude=who))
                    targets = (where or who) if kind == "access" else (who or where)
                    return _Act(kind, verb, targets, neg, content)
            foreign = self.foreign_forces(verb, objects, clauses)
            if foreign:  # "agreed to let African Union troops deploy in Darfur"
                for c in clauses:
                    self.consumed.add(c.i)
                return _Act("allow_involvement", verb, foreign, neg, content)
            for c in _children(verb, "ccomp", "xcomp"):
                inner = self.act_of_verb(c)
                if inner is not None:
                    self.consumed.add(c.i)
                    return _Act(inner.kind, inner.head, inner.targets, neg, content)
        if lemma in lx.REFRAINING_VERBS:
            return self.refrained(verb, neg, content)
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
        exploded = self.explosion(verb, lemma)
        if exploded is not None:
            return exploded
        by_object = lx.VERB_OBJECTS.get(lemma)
        if by_object:  # recall the ambassador, lift sanctions, open fire, take to the streets
            for o in [*objects, *_predicatives(verb)]:
                kind = self.object_act(lemma, o, by_object)
                if kind is not None:
                    self.consumed.add(o.i)
                    targets = self.noun_targets(o) or self.targets(verb) or tuple(
                        a for s in _children(o, "nsubj") for a in self.ctx.actors(s))
                    return _Act(kind, verb, self.or_located(verb, kind, targets, [o, verb]),
                                neg, content)
        displaced = self.displacement(verb, lemma, objects) or self.incursion(verb, lemma)
        if displaced is not None:
            return displaced
        for particle in _children(verb, "prt", "advmod", "prep"):  # step down, look into
            kind = lx.PARTICLE_ACTS.get((lemma, particle.lower_))
            if kind == "withdraw" and _left_talks(objects):
                kind = "halt_talks"  # "pulled out of the negotiations"
            if kind is not None:
                return _Act(kind, verb, self.targets(verb), neg, content)
        if lemma in lx.HALT_VERBS and (lemma != "call" or any(
                p.lower_ == "off" for p in _children(verb, "prt"))):  # called off, not called
            # what is stopped: not a destination or purpose ("left for Cairo for talks")
            for o in [o for o in objects if o.head.lower_ not in ("for", "to", "toward",
                                                                   "towards", "into")]:
                inner = _noun_act(o)
                stopped = self.stopped_cooperation(verb, lemma, o, inner)
                if stopped is not None:
                    return replace(stopped, negated=neg, content=content)
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
            for c in _children(verb, "xcomp"):  # "stop fighting", "cease firing"
                if c.tag_ == "VBG" and lx.VERB_ACTS.get(c.lemma_.lower()) in lx.HOSTILE:
                    self.consumed.add(c.i)
                    return _Act("ceasefire", verb, self.targets(verb) or self.targets(c),
                                neg, content)
        if lemma in lx.LIGHT_VERBS:
            for o in objects:
                inner = _noun_act(o)
                if inner is not None:
                    self.consumed.add(o.i)
                    targets = self.targets(verb) or self.noun_targets(o)
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
            if kind == "force" and _verbal(verb):
                kind = "criticize"  # "attacked the decision", "hit X for ...ing"
            # "struck targets in Lebanon", "hit a depot in Russia's Belgorod region"
            targets = self.or_located(verb, kind, self.targets(verb),
                                      [*_children(verb, "dobj"), verb])
            if kind in lx.HOSTILE and not targets and lemma in ("hit", "strike", "fire",
                                                                 "target", "pound", "mass"):
                return None  # "hit a roadblock": force needs someone to hit
            if kind == "withdraw" and _left_talks(objects):
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
        if lemma in lx.DEPARTURE_VERBS and self.ctx.talk_words and not any(
                p.lower_ in ("for", "to") and _noun_act(o) in ("talks", "consult", "mediate")
                for p in _children(verb, "prep") for o in _children(p, "pobj")):
            # leaving (a walk-out), not leaving for talks ("left for Cairo for meetings")
            return _Act("halt_talks", verb, (), neg, content)
        guess = similar.verb_act(verb)  # a verb the lexicon lacks: its nearest verbs' act
        if guess is not None:
            return _Act(guess.kind, verb, self.targets(verb), neg, content, "similar")
        return None

    def refrained(self, verb, neg, content) -> _Act | None:
        """"Refrained from attacking", "desisted from military action": not using force is
        de-escalation (CAMEO 087; asked for, 0256); refraining from anything else is that
        act not done."""
        for p in _children(verb, "prep"):
            if p.lower_ != "from":
                continue
            for o in _children(p, "pcomp", "pobj"):
                inner = self.act_of_verb(o) if o.pos_ in ("VERB", "AUX") else next(
                    iter(self.acts_of_noun(o)), None)
                if inner is None:
                    continue
                self.consumed.add(o.i)
                if inner.kind in lx.HOSTILE:
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


    def stopped_cooperation(self, verb, lemma, o, inner) -> _Act | None:
        """What stopping a visit or a protest is: ending (wrapping up, cutting short) a visit
        is the visit (CAMEO 042), cancelling one is none; calling off or ending a strike,
        a protest or a boycott of one's own is an easing of dissent (CAMEO 082)."""
        if inner == "visit":
            if lemma in lx.CANCELLING_VERBS:
                return None
            return _Act("visit", o, self.targets(verb) or self.noun_targets(o))
        if inner in lx.DISSENT or (inner == "force" and o.lemma_.lower() == "strike" and all(
                (a.code or "")[-3:] in lx.RIOTING_AGENTS for a in self.subject(verb) or [None])):
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
        doctors to Y"), read before the verb's own act (released: of prisoners)."""
        if lemma not in lx.GIVING_VERBS:
            return None
        kind = self.given(objects)
        if kind is None or (lemma in lx.VERB_ACTS and kind not in ("economic_aid", "aid")):
            return None  # funds released are aid, people released are freed
        # to whom: the verb's, else the gift's ("loans to X")
        return _Act(kind, verb, self.targets(verb, exclude_objects=True) or tuple(
            a for o in objects for p in o.subtree if p.dep_ == "prep" and p.lower_ in (
                "to", "for") for w in _children(p, "pobj") for a in self.ctx.actors(w)),
            neg, content)

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
        return None

    @staticmethod
    def protective(verb) -> bool:
        """Whether forces are sent on a mission of peace or protection: where they go ("to
        Haiti") and the mission, named ("as part of the peacekeeping force", "to lead a
        U.N.-backed mission") or as their purpose ("to evacuate foreigners")."""
        if not any(p.lower_ in ("to", "into") for p in _children(verb, "prep", "dative")):
            return False
        return any(t.lemma_.lower() in lx.PEACE_MISSION for t in verb.sent) or any(
            c.lemma_.lower() in lx.PROTECTING_VERBS for c in _children(verb, "advcl", "xcomp")
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))

    @staticmethod
    def object_act(lemma: str, o, by_object) -> str | None:
        """The act of verb ``lemma`` done to object ``o``: the verb's table says what is done
        to it ("froze aid": a cut), a modifier of the object what kind of it ("froze
        development aid": economic aid cut; "held joint exercises": the exercises' own act,
        military cooperation, refines the verb's)."""
        own = next((by_object[w] for w in _object_words(o) if w in by_object), None)
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
        seized is taken hostage (181), or arrested by the state's agents (173); a town or
        territory seized is occupied (192)."""
        if act.kind != "seize":
            return act
        state = bool(sources) and all((a.code or "")[-3:] in lx.STATE_AGENTS for a in sources)
        for o in _children(verb, "dobj"):
            lemma = o.lemma_.lower()
            if lemma in lx.TERRITORY_NOUNS or (o.i in self.ctx.mentions and (
                    self.ctx.mentions[o.i][2].kind in ("place", "country"))):
                return replace(act, kind="occupy", targets=act.targets or self.located([o]))
            if lemma in lx.VEHICLES and not state:
                return replace(act, kind="hostage")
            if lemma in lx.CAPTIVES or lemma in lx.DISPLACED or any(
                    (a.code or "")[-3:] in ("CVL", "MED", "OPP", "EDU", "HLH", "LAB", "REF")
                    for a in self.ctx.actors(o)):
                return replace(act, kind="arrest" if state else "hostage")
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
        peacekeepers protection, food, medicine or "aid" humanitarian aid."""
        for o in objects:
            kind = _noun_act(o)
            if kind in AID:
                return kind
            if o.lemma_.lower() in lx.INFORMATION:  # "provided X with intelligence"
                return "intelligence"
            gift = _gift_words(o)
            words = {w.lemma_.lower() for w in gift}
            if o.lemma_.lower() in lx.MONEY or any(  # "$50 million", "a loan", "in credit"
                    w.tag_ == "$" or (w.dep_ == "pobj" and w.lemma_.lower() in lx.MONEY)
                    for w in gift) or (words & lx.MONEY and o.lemma_.lower() not in lx.COUNTED):
                # ("a million galleons" of whatever currency, not "2 million tourists")
                return "economic_aid"
            if words & lx.WEAPONS:
                return "military_aid"
            if words & lx.PEACEKEEPERS:
                return "peacekeeping"
            if words & lx.SUPPLIES:
                return "aid"
        return None

    def noun_targets(self, noun, patients: bool = True) -> tuple[Actor, ...]:
        """Who a noun's act is with or against ("ties with X", "talks between X and Y"; "the
        resumption of ties with X": those of the "of" phrase), and with ``patients`` who
        it is done to ("the arrest of X")."""
        found: list[Actor] = []
        for prep in _children(noun, "prep"):
            if prep.lower_ in TARGET_PREPS or prep.lower_ == "for":
                for pobj in _children(prep, "pobj"):  # "a strike against X's reform": X
                    found.extend(self.ctx.actors(pobj) or self.owner(pobj))
            elif prep.lower_ == "of" and noun.lemma_.lower() in lx.RESUMING_NOUNS:
                for pobj in _children(prep, "pobj"):
                    found.extend(self.noun_targets(pobj))
            elif prep.lower_ == "of" and patients and noun.lemma_.lower() in lx.PATIENT_NOUNS:
                for pobj in _children(prep, "pobj"):  # the arrest of X: X is arrested
                    found.extend(self.ctx.actors(pobj))
        return tuple(found)

    def acts_of_noun(self, noun) -> list[_Act]:
        """Acts named by a noun complement: "an end to hostilities", "military action"."""
        kind = _noun_act(noun)
        if kind is not None:
            targets = self.noun_targets(noun)
            if kind == "withdraw":  # "(demanded) the withdrawal of Israeli troops": of Israel
                targets = tuple(a for p in _children(noun, "prep") if p.lower_ == "of"
                                for o in _children(p, "pobj") for a in self.ctx.actors(o))
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
        gifts = [o for p in _children(token, "prep") if p.lower_ == "for"
                 for o in _children(p, "pobj")] + [
            s for c in _children(token, "advcl") if any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for s in _children(c, "nsubj")]
        kind = self.given(gifts)
        if kind is not None and not _children(token, "ccomp"):
            self.consumed.update(c.i for c in _children(token, "xcomp", "advcl"))  # (purpose)
            return [_Act(kind, gifts[0], (), False, _span(gifts[0]))]
        for c in token.children:
            if (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")) or (
                    c.dep_ == "acl" and c.pos_ == "VERB" and token.pos_ == "NOUN") or (
                    c.dep_ == "advcl" and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                # "urged X to ...", "appealed to X to let ..." (read as a purpose clause),
                # "calls for X to withdraw"
                acts.extend(self.acts_of_clause(c))
        if acts:
            return acts
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

    # ---- events -------------------------------------------------------------------------
    def code(self, token) -> list[tuple]:
        """Raw events for one predicate: (sources, act, modality, negated, trigger, conf)."""
        pos = token.pos_
        if pos not in ("VERB", "AUX", "NOUN", "ADJ"):
            return []
        lemma = token.lemma_.lower()
        if pos in ("VERB", "AUX") and lemma not in ("be", "have", "do"):
            return self.code_verb(token, lemma)
        if pos == "NOUN":
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
            verb, "prep", "prt", "advmod") if (lemma, p.lower_) in lx.MODAL_PHRASES and not any(
                o.lower_ in TEMPORAL for o in _children(p, "pobj"))), None)
        if modality is None and lemma in lx.ATTRIBUTION_VERBS and _children(
                verb, "dobj", "dative") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                for c in _children(verb, "xcomp")
                                                for a in c.children):
            modality = "demand"  # "told X to withdraw": an order, not a report
        elif modality is None and lemma in lx.MODAL_VERBS:
            denial = self.denial(verb, lemma, neg)
            if denial:
                return denial
            modality = _stance_of_verb(verb, lemma)
        if modality is not None:
            if verb.i in self.embedded or _conditional(verb):
                # "urged X to promise to ...": the outer stance reports it; "unless X agrees
                # to ...": a condition, nothing done
                self.embed(verb, self.embedded.get(verb.i, "hypothetical"))
                return []
            self.embed(verb, modality)
            acts = self.complements(verb)
            if modality == "threat" and lemma in lx.WARNING_VERBS and self.warned_against(verb):
                acts = [_Act("threaten", verb, (), False, _span(verb))]
            acts = _not_using_force(modality, acts, self.subject(verb))
            if neg and modality in ("agree", "propose", "intent", "vow") and _negated(
                    verb, governed=False):
                modality, neg = "refusal", False  # "will not accept the measures"
            if modality == "refusal":  # (accusations are acts too: "rejected accusations")
                dismissed = self.dismissed_accusations(verb)
                if dismissed:
                    return dismissed
            if modality == "refusal" and not acts:
                acts = [a for o in _children(verb, "dobj") for a in self.rejected_acts(o)] or [
                    _Act("request", o, (), False, _span(o)) for o in _children(verb, "dobj")
                    if o.pos_ == "NOUN" and not self.ctx.actors(o)
                    and lemma not in lx.VERB_ACTS][:1]  # "denied the report": a denial
            addressees = self.addressees(verb) if modality in (
                "appeal", "demand", "propose") else tuple(
                a for o in _children(verb, "dobj") for a in self.ctx.actors(o)
            ) if modality == "threat" else ()  # "warned X that ...": a threat to X
            if not acts and modality in ("appeal", "demand"):
                # "urged Israel to accept a ceasefire": what Y is asked to accept is what is
                # asked for (an appeal for a ceasefire), not an act of Y's own
                for c in _children(verb, "xcomp", "ccomp"):
                    if lx.MODAL_VERBS.get(c.lemma_.lower()) == "agree":
                        inner = self.complements(c)
                        if inner:
                            acts.extend(inner)
                            self.consumed.add(c.i)
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
            if not acts and modality == "threat":
                acts = self.bare_threat(verb, lemma, addressees)
            # the target of an appeal or demand is who is asked ("urged Israel to meet
            # Hamas": Israel), else whom the act is done to
            acts = [a if a.targets and not addressees else _Act(
                a.kind, a.head, addressees or self.targets(verb, exclude_objects=True),
                a.negated, a.content) for a in acts]
            if modality == "refusal":  # "turned down X's offer to mediate": to X
                owners = tuple(a for o in _children(verb, "dobj") if o.lemma_.lower() in
                               lx.MODAL_NOUNS for a in self.owner(o))
                acts = [replace(a, targets=owners) if owners else a for a in acts]
            if acts and (modality == "demand" and lemma in lx.COMMISSIONING_VERBS and all(
                    a.kind == "investigate" for a in acts) or modality == "agree"
                    and lemma in lx.GIVING_VERBS and all(a.kind in AID for a in acts)):
                # "ordered an inquiry" opens it, "approved a loan to X" extends it: done
                modality = None
            # an act the stance cannot report (refusing to attack) leaves the verb to be
            # an act of its own, if it is one ("denied that it attacked": a denial)
            reportable = [a for a in acts if lx.combined_code(modality, a.kind) is not None]
            if acts and not reportable and modality == "refusal":
                reportable = self.rejected_force(verb, acts)
            acts = reportable
            if acts:
                sources = self.subject(verb) or [
                    a for c in _children(verb, "nsubjpass") for a in self.ctx.actors(c)]
                return [(sources, a, modality, neg or a.negated, verb, 0.9) for a in acts]
        if lemma in lx.ATTRIBUTION_VERBS and lemma not in lx.VERB_OBJECTS and not any(
                _noun_act(o) in lx.ANNOUNCED_ACTS for o in _children(verb, "dobj")):
            # (but announcing a ceasefire, sanctions or an inquiry is declaring them)
            self.statement(verb, lemma)
            return []  # "claimed responsibility", "expressed concern": acts by their object
        received = self.received(verb, lemma) or self.survived(verb, lemma)
        if received:
            return received
        talk_state = self.talk_state(verb, lemma)
        if talk_state:
            return talk_state
        act = self.act_of_verb(verb)
        if act is None:
            return []
        modality = _aux_modality(verb)
        if modality == "intent" and neg and lx.combined_code("refusal", act.kind) is not None:
            modality, neg = "refusal", False  # "Iran will never hold talks": a rejection
        if modality == "possible" and act.kind in lx.HOSTILE and self.own_side_says(verb):
            modality = "threat"  # "Turkey could send troops into Iraq, its premier said"
        if modality is None and verb.i in self.embedded:
            # what a stance is about ("demanded that X agree to withdraw"): reported with
            # that stance, or not at all, never as done
            modality = self.embedded[verb.i]
            if lx.combined_code(modality, act.kind) is None:
                return []
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
        else:
            act = self.by_protest(verb, self.seized(act, verb, sources), sources)
        if act.kind == "show_force":
            act = self.exercised_together(verb, act, sources)
        confidence = 0.6 if lemma in lx.DEPARTURE_VERBS and act.kind == "halt_talks" else 0.9
        if modality == "hypothetical":  # "until the government resigned": a condition, not news
            confidence -= 0.3
        if act.kind == "hostage" and verb.dep_ == "acl":
            holder = self.subject(verb)
            captives = self.ctx.actors(verb.head)
            return [(holder, _Act("hostage", verb, tuple(captives), neg, _span(verb.head)),
                     None, neg, verb, 0.85)]
        return [(sources, act, modality, neg, verb, confidence)]

    def rejected_force(self, verb, acts) -> list[_Act]:
        """Rejecting another's use of force named as a thing ("rejected the deployment of
        NATO peacekeepers", "rejected Israel's offensive"): a rejection (CAMEO 120) of its
        owner; refusing to use force oneself ("refused to attack") is none."""
        things = [o for o in _children(verb, "dobj") if o.pos_ == "NOUN"]
        own = {actor_root(a.code) for a in self.subject(verb)}
        owners = tuple(a for o in things for a in [*self.owner(o), *(
            w for p in _children(o, "prep") if p.lower_ == "of" for n in _children(p, "pobj")
            for w in self.ctx.actors(n))] if actor_root(a.code) not in own)
        if not things or not owners:
            return []
        return [_Act("request", things[0], owners[:1], False, _span(things[0]))]

    def warned_against(self, verb) -> bool:
        """"Warned X against conducting a test": X is warned (a threat to X, CAMEO 130), and
        what X is warned against is X's, not the warner's act."""
        against = [o for p in _children(verb, "prep") if p.lower_ == "against"
                   for o in _children(p, "pobj", "pcomp")]
        for o in against:
            for t in o.subtree:
                if t.pos_ in ("VERB", "AUX"):
                    self.consumed.add(t.i)
        return bool(against)

    def bare_threat(self, verb, lemma, addressees) -> list[_Act]:
        """A threat that names no act: "threatened Ukraine", "warned Japan of strong
        countermeasures", "threatened X with serious consequences" (CAMEO 130). A warning
        with neither ("warned of a famine", "warned X that prices would rise") is none."""
        things = [o for p in _children(verb, "prep") if p.lower_ in ("of", "with")
                  for o in _children(p, "pobj")] + _children(verb, "dobj")
        if any(o.lemma_.lower() in lx.CONSEQUENCE_NOUNS for o in things) or (
                lemma == "threaten" and addressees
                and not _children(verb, "xcomp", "ccomp")):
            return [_Act("threaten", verb, (), False, _span(verb))]
        return []

    def denial(self, verb, lemma, neg) -> list[tuple]:
        """"X denied that its troops had fired", "denied giving support to Y", "rejected
        accusations that it had armed Y", "dismissed a U.N. report accusing it of ...": a
        denial (CAMEO 016) by X; what is denied is reported as not done, so it is no event.
        Its target is the accuser when named ("Ukraine's accusations", "a U.N. report")."""
        if lemma not in lx.DENIAL_VERBS and lemma not in lx.DISMISSAL_VERBS:
            return []
        objects = _children(verb, "dobj", "dative")
        accusations = [o for o in objects if o.lemma_.lower() in lx.ACCUSATION_NOUNS]
        if accusations:
            clauses = [c for o in accusations for c in o.children
                       if c.pos_ in ("VERB", "AUX") and c.dep_ in ("acl", "relcl", "ccomp")]
            accusers = tuple(a for o in accusations for a in self.owner(o))
        elif lemma in lx.DENIAL_VERBS and not objects:
            clauses = [c for c in verb.children if c.pos_ in ("VERB", "AUX") and (
                c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG"))]
            accusers = ()
            if not clauses:
                return []
        else:
            return []
        stack = list(clauses)
        while stack:  # the denied clause and the clauses it governs: not reported as done
            t = stack.pop()
            if t.pos_ in ("VERB", "AUX"):
                self.consumed.add(t.i)
            stack.extend(c for c in t.children if c.dep_ in ("xcomp", "ccomp", "conj"))
        self.consumed.update(o.i for o in accusations)
        act = _Act("deny", verb, accusers, neg, _span(verb))
        return [(self.subject(verb), act, None, neg, verb, 0.9)]

    def own_side_says(self, verb) -> bool:
        """Whether an act is told by its doer's own side, or by no one: "Turkey could send
        troops, the prime minister said" (a threat), not "Russia could invade, U.S.
        officials said" (a forecast)."""
        doers = {(a.code or "")[:3] for a in self.subject(verb)}
        for node in verb.ancestors:
            if node.lemma_.lower() in lx.ATTRIBUTION_VERBS:
                speakers = self.subject(node)
                return not speakers or any((a.code or "")[:3] in doers or not a.code
                                           or a.code in AGENT_CODES for a in speakers)
        return True

    def dismissed_accusations(self, verb) -> list[tuple]:
        """Accusations or charges rejected or dismissed are denied (CAMEO 016), to whoever
        made them ("dismissed accusations by X", "rejected X's allegations")."""
        for o in _children(verb, "dobj"):
            if o.lemma_.lower() in lx.ACCUSATIONS:
                act = _Act("deny", verb, tuple(self.owner(o)), _negated(verb), _span(verb))
                return [(self.subject(verb), act, None, act.negated, verb, 0.9)]
        return []

    def embed(self, verb, modality: str) -> None:
        """Mark the clauses a stance governs (its complements and their conjuncts, down
        through nested complements) as its content."""
        stack = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") or (
            c.dep_ in ("advcl", "acl") and any(
                (a.dep_ == "aux" and a.lower_ == "to") or a.dep_ in ("nsubj", "mark")
                for a in c.children) and not any(  # "vowed revenge after X bombed": done
                a.dep_ == "mark" and a.lower_ in CAUSES for a in c.children))]
        while stack:
            t = stack.pop()
            if t.pos_ in ("VERB", "AUX"):
                self.embedded.setdefault(t.i, modality)
            stack.extend(c for c in t.children if c.dep_ in ("xcomp", "ccomp", "conj"))

    def instrument(self, verb, act: _Act) -> tuple[list[Actor], _Act]:
        """An act whose doer is named only through the means: a subject that is itself an
        attack ("an airstrike killed", "a bomb planted by X killed") or a weapon ("rockets
        fired by X killed") or, in the passive, an attack it happened in ("was killed in an
        Israeli strike"): its owner does it, to the passive's subject."""
        nouns = _children(verb, "nsubj")
        passive = bool(_children(verb, "nsubjpass"))
        if passive:
            nouns += [o for p in _children(verb, "prep") if p.lower_ in ("in", "by", "during")
                      for o in _children(p, "pobj")]
        for noun in nouns:
            kind = _noun_act(noun)
            if kind not in lx.HOSTILE and (noun.lemma_.lower() in lx.WEAPONS or (
                    noun.dep_ == "pobj" and act.kind in lx.HOSTILE)):
                kind = "force"  # "killed in an ambush by X": whatever it was, X's force
            if kind not in lx.HOSTILE:
                continue
            owners = self.owner(noun) or [a for c in noun.children if c.dep_ == "acl"
                                          for a in self.subject(c)]
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

    def unattributed(self, verb) -> list[Actor]:
        """Who did an attack the report names only by its means: the group it is blamed on
        ("in an attack blamed on ETA"), else the country it happened in, which the CAMEO
        codebook makes the source of roadside bombs and assassination attempts."""
        for t in verb.sent:
            if t.lemma_.lower() == "blame" and t.tag_ == "VBN":
                found = [a for p in _children(t, "prep") if p.lower_ == "on"
                         for o in _children(p, "pobj") for a in self.ctx.actors(o)]
                if found:
                    return found
        things = [verb, *_children(verb, "dobj"), *(o for p in _children(verb, "prep")
                                                    for o in _children(p, "pobj"))]
        inner = [o for t in things for p in _children(t, "prep") for o in _children(p, "pobj")]
        found = self.located(things) or self.located(inner)
        if found:
            return list(found)
        for t in inner:  # "a market in the southern Philippine city of Zamboanga"
            for w in t.subtree:
                if w.i in self.ctx.mentions and self.ctx.mentions[w.i][2].kind in (
                        "country", "place"):
                    start, end, entry = self.ctx.mentions[w.i]
                    return [Actor(w.doc[start:end].text, entry.code[:3], entry.name)]
        # a place the dictionary lacks ("in Basra"): named, with no code
        return [Actor(o.text, None, "", "unknown") for o in [*things, *inner]
                if o.pos_ == "PROPN" and o.head.lower_ in ("in", "near", "outside", "at")
                and o.i not in self.ctx.mentions and o.lower_ not in TEMPORAL][:1]

    def survived(self, verb, lemma) -> list[tuple]:
        """"X escaped (survived) an assassination attempt": the attempt, by whoever made it
        (its owner, else as for an unattributed attack), on X."""
        if lemma not in lx.SURVIVING_VERBS:
            return []
        for o in _children(verb, "dobj"):
            kind = _noun_act(o)
            if kind in lx.HOSTILE:
                victims = tuple(self.subject(verb))
                sources = self.owner(o) or self.unattributed(verb)
                if not victims or not sources:
                    return []
                self.consumed.add(o.i)
                act = _Act(kind, o, victims, _negated(verb), _span(o))
                return [(sources, act, _aux_modality(verb), act.negated, verb, 0.9)]
        return []

    def by_agent(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Force by a suicide bomber is a bombing; force by protesters, students, workers
        or civilians is a riot (CAMEO 145)."""
        for c in _children(verb, "nsubj"):
            words = [f"{m.lemma_.lower()} {c.lemma_.lower()}" for m in c.children
                     if m.dep_ in ("amod", "compound")] + [c.lemma_.lower()]
            kind = next((lx.AGENT_ACTS[w] for w in words if w in lx.AGENT_ACTS), None)
            if kind is not None:
                return replace(act, kind=kind)
        protest = self.by_protest(verb, act, sources)
        if protest is act and act.kind == "force" and sources and all(
                a.code and a.code[-3:] in lx.RIOTING_AGENTS for a in sources):
            return replace(act, kind="riot")
        return protest

    def by_protest(self, verb, act: _Act, sources: list[Actor]) -> _Act:
        """Force and coercion told apart from protest by who does them to whom (CAMEO 14 and
        175): protesters, students, workers or medics who block a road or occupy a building
        obstruct (144), who burn and smash riot (145), whose strike is a labour strike
        (143); a fight in the course of a protest is a riot; the police's or the army's
        force against protesters is violent repression."""
        agents = [(a.code or "")[-3:] for a in sources]
        protesting = bool(agents) and all(a in lx.PROTEST_AGENTS for a in agents)
        if protesting and act.kind in FORCE and act.head.lemma_.lower() == "strike":
            return replace(act, kind="labour_strike")  # "workers launched a strike"
        if protesting and act.kind in lx.CIVIL_ACTS:
            return replace(act, kind=lx.CIVIL_ACTS[act.kind])
        if act.kind == "protest" and agents and all(
                (len(a.code or "") == 3 and a.code not in AGENT_CODES)
                or (a.code or "").endswith("GOV") for a in sources) and \
                not any(c.lemma_.lower() in lx.QUANTITIES for c in _children(verb, "nsubj")):
            # a state protesting ("Seoul protested to Tokyo"): an official complaint
            return replace(act, kind="complain")
        targets = [(t.code or "")[-3:] for t in act.targets]
        if act.kind in ("force", "small_arms") and targets and all(
                t in lx.SIGNIFICANT_AGENTS for t in targets) and _killed(verb):
            return replace(act, kind="assassinate")  # "shot dead a senior judge"
        if act.kind in ("force", "small_arms", "beat") and agents and all(
                a in lx.REPRESSING_AGENTS for a in agents) and targets and (
                all(t == "OPP" for t in targets) or all(t in lx.PROTEST_AGENTS for t in targets)
                and self.protesting(verb)):
            # "police opened fire on demonstrators"; students, workers when they protest
            return replace(act, kind="repress")
        if act.kind == "force" and agents and not any(
                a in (*lx.REPRESSING_AGENTS, "GOV", "SPY", "REB") for a in agents) and (
                self.protesting(verb)):
            return replace(act, kind="riot")  # "clashed with soldiers as they protested"
        return act

    @staticmethod
    def protesting(verb) -> bool:
        """Whether a verb's clause is set in a protest: "as they protested", "during a
        demonstration", "at a rally"."""
        protest = ("protest", "riot", "dissent")
        return any(lx.VERB_ACTS.get(c.lemma_.lower()) in protest
                   for c in _children(verb, "advcl")) or any(
            _noun_act(o) in protest for p in _children(verb, "prep")
            if p.lower_ in ("during", "at", "in", "amid") for o in _children(p, "pobj"))

    def implied_targets(self, trigger, act: _Act, modality, sources) -> list[Actor]:
        """A target the words governing the act do not give directly: for a threat, who must
        not do what its "if" or "unless" clause says ("threatened to ... if Y deploys"); else
        the actor the object or an against/over/into/to phrase is or belongs to ("strike over
        government plans"), else the first one named inside it ("condemned the coup in Niger",
        "banned imports of Japanese seafood", "troops to the border with Guyana")."""
        verbs = [trigger, *([act.head] if act.head is not trigger else [])]
        if modality == "threat":
            for v in verbs:
                for c in v.subtree:
                    if c.dep_ == "advcl" and _conditional(c):
                        found = [a for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
                        if found:
                            return found
        own = {(a.code or "")[:3] for a in sources}
        if modality in ("threat", "vow"):
            avenged = self.avenged(verbs, sources)
            if avenged:
                return avenged
        told = self.told(trigger, sources)
        if told:
            return told

        def phrases(v):
            return [c for c in v.children if c.dep_ in ("dobj", "attr", "dative") or (
                c.dep_ == "prep" and c.lower_ in IMPLIED_PREPS)]

        def heads(v, patients=False):
            # the phrase's head, or its owner ("over government plans", "against the
            # ministry's rules")
            for phrase in phrases(v):
                for head in _children(phrase, "pobj") if phrase.dep_ == "prep" else [phrase]:
                    found = [a for a in self.ctx.actors(head) or (
                        self.noun_targets(head) if patients else ()) or self.owner(head)
                        if (a.code or "")[:3] not in own
                        and not own_forces(act.kind, a, sources)
                        and not (act.kind in STATEMENTS and _audience(a))]
                    if found:
                        return found[:1]
            return []

        for v in verbs:
            found = heads(v)
            if found:
                return found
        for v in verbs:  # what it is done for: "rallied to demand the resignation of X",
            for c in v.children:  # "marched, demanding ..."
                if c.dep_ == "advcl" and (c.tag_ == "VBG" or any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                    found = heads(c, patients=True)
                    if found:
                        return found
        for v in verbs:  # else the first name inside a phrase
            for phrase in phrases(v):
                for w in _phrase_words(phrase):
                    if w.i in self.ctx.mentions and w.head.lower_ != "by":
                        start, end, entry = self.ctx.mentions[w.i]
                        code = entry.code if entry.kind != "place" else entry.code[:3]
                        if code[:3] not in own:
                            return [Actor(w.doc[start:end].text, code, entry.name)]
        return []

    def avenged(self, verbs, sources) -> list[Actor]:
        """Who did what a vow or threat answers: "vowed revenge after an Israeli strike
        killed its commander" (ISR), "threatened retaliation after Kenyan troops entered
        Somalia" (KENMIL): the doer of the act in an "after" clause, not one's own side
        (Turkish jets are not the PKK's side)."""
        own = {actor_root(a.code) for a in sources}
        for v in verbs:
            for c in v.children:
                if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CAUSES
                                                for m in c.children):
                    continue
                doers = self.subject(c)
                if not doers:
                    doers = [a for n in _children(c, "nsubj") for a in self.owner(n)]
                found = [a for a in doers if a.code and actor_root(a.code) not in own]
                if found:
                    return found[:1]
        return []

    def told(self, trigger, sources) -> list[Actor]:
        """Whom the speakers of an act told of it ("Russia told NATO that it would hold
        exercises": NATO), when they are its sources."""
        codes = {a.code for a in sources}
        node = trigger
        while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
            node = node.head
            if node.lemma_.lower() in lx.ATTRIBUTION_VERBS:
                if {a.code for a in self.subject(node)} & codes:
                    return [a for o in _children(node, "dobj", "dative")
                            for a in self.ctx.actors(o) if a.code not in codes]
                return []
        return []

    def addressees(self, verb) -> tuple[Actor, ...]:
        """Who is asked: the object ("urged X to"), the "to"/"on" phrase ("appealed to X",
        "called on X"), or the subject of the clause that says what is to be done
        ("demanded that X withdraw")."""
        found = [a for o in _children(verb, "dobj") for a in self.ctx.actors(o)]
        found += [a for p in _children(verb, "prep") if p.lower_ in ("to", "on", "from")
                  for o in _children(p, "pobj") if o.lower_ not in TEMPORAL
                  for a in self.ctx.actors(o)]
        if not found:  # a noun's clause too: "the proposal that X free ..."
            found = [a for c in _children(verb, "ccomp", "acl", "advcl")
                     for s in _children(c, "nsubj") for a in self.ctx.actors(s)]
        return tuple(found)

    def statement(self, verb, lemma) -> None:
        """A speaker's statement about something ("said that the budget would ..."): a
        comment, or a pessimistic one when it is a warning."""
        if not _children(verb, "ccomp", "dobj", "prep") or _children(verb, "neg"):
            return
        sources = self.subject(verb)
        if sources:
            kind = "pessimism" if lemma in lx.WARNING_VERBS else "comment"
            # said to whom, but not to its audience ("told reporters", "told state media")
            targets = tuple(a for a in self.targets(verb, exclude_objects=lemma != "tell")
                            if not _audience(a))
            act = _Act(kind, verb, targets, False, _span(verb))
            self.statements.append((sources, act, None, False, verb, 0.5))

    def received(self, verb, lemma) -> list[tuple]:
        """"X received money (aid) from Y": Y gave it to X."""
        if lemma not in lx.RECEIVING_VERBS:
            return []
        kind = self.given(_children(verb, "dobj"))
        # (the gift's last conjunct may hold the "from": "drones and missiles from Iran")
        gifts = [*_children(verb, "dobj"), *(c for c in verb.children
                                             if c.dep_ == "conj" and c.pos_ == "NOUN")]
        gifts += [c for g in gifts for c in g.conjuncts if c.i > g.i]
        givers = [a for t in [verb, *gifts] for p in _children(t, "prep")
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
            return [replace(a, targets=owners or a.targets) for a in acts]
        if lemma in ("request", "call", "appeal", "plea", "offer", "invitation") and \
                lemma in lx.MODAL_NOUNS:
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
            # "rejected opposition demands": to whose they are
            return [_Act("settle", noun, tuple(self.owner(noun)), False, _span(noun))]
        return []

    def code_noun(self, noun, lemma) -> list[tuple]:
        if noun.i in self.consumed or (lemma not in lx.MODAL_NOUNS and lemma not in
                                       lx.EVENT_NOUNS) or self._doubted(noun):
            return []
        if lemma in lx.MODAL_NOUNS:
            modality = lx.MODAL_NOUNS[lemma]
            self.embed(noun, modality)
            acts = _not_using_force(modality, self.complements(noun), self.owner(noun))
            asked = self.addressees(noun) if modality in ("appeal", "demand", "propose") else ()
            if asked:  # "X's proposal that Y free the hostages": to Y, as for the verb
                acts = [replace(a, targets=asked) for a in acts]
            neg = _negated(noun)
            if neg and modality in INNER_STANCES:  # "has no intention of withdrawing"
                modality, neg = "refusal", False
                acts = [a for a in acts if lx.combined_code("refusal", a.kind) is not None]
            return [(self.stance_holder(noun), a, modality, neg, noun, 0.75) for a in acts]
        if lemma in lx.EVENT_NOUNS and not _planned(noun):
            kind = _noun_act(noun)
            owners = self.owner(noun)
            if kind is not None and owners:
                act = _Act(kind, noun, self.noun_targets(noun), _negated(noun), _span(noun))
                return [(owners, act, None, act.negated, noun, 0.7)]
        return []

    def stance_holder(self, noun) -> list[Actor]:
        """Whose a stance noun is: its owner ("Israel's readiness"), else the subject of the
        verb that states it ("Turkey has no intention of ...", "Egypt expressed readiness to
        ...", "North Korea signalled its willingness to ...")."""
        owners = self.owner(noun)
        if owners or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lx.STANCE_VERBS:
            return owners
        return self.subject(noun.head)

    def _doubted(self, noun) -> bool:
        token = noun
        for _ in range(4):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.lemma_.lower() in lx.DOUBT_NOUNS:
                return True
        return False


def _stance_of_verb(verb, lemma: str) -> str | None:
    """The stance a verb of the lexicon's ``modal_verbs`` reports here, or None when this use
    reports none: "expect" and "is set/scheduled to" only with a to-clause (and "X expects
    to" is an intent); "called X" is no appeal ("called for", "called on" are phrases); and a
    verb of saying over a clause that states a fact ("insisted that its troops had not
    fired", "suggested that the talks had failed") reports it rather than asks for it."""
    modality = lx.MODAL_VERBS[lemma]
    if modality == "expected":
        passive = bool(_children(verb, "auxpass", "nsubjpass"))
        if lemma == "expect" and not passive:
            return "intent" if _children(verb, "xcomp") else None
        if not passive or not _children(verb, "xcomp"):
            return None
    if lemma == "call":
        return None
    if lemma in lx.ATTRIBUTION_VERBS and modality in ("demand", "propose") and any(
            _states_fact(c) for c in _children(verb, "ccomp")):
        return None
    return modality


def _states_fact(clause) -> bool:
    """Whether a that-clause is in the indicative ("had fired", "did not", "was", "would"):
    what is asked for is in the subjunctive ("insisted that India hold talks", "should")."""
    if clause.tag_ in ("VBD", "VBZ"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ("should", "must", "to")
               for c in clause.children)


def _not_using_force(modality, acts, sources) -> list[_Act]:
    """Asking, promising or agreeing that force not be used ("urged Israel not to attack",
    "pledged not to use force", "agreed not to attack each other", "to refrain from") is
    de-escalation asked for or intended (CAMEO 0256, 1056, 0356), not negated force; the
    forces not sent are one's own, not its target ("promised not to send its troops")."""
    if modality not in ("appeal", "demand", *INNER_STANCES):
        return acts
    return [replace(a, kind="de_escalate", negated=False, targets=tuple(
        t for t in a.targets if not own_forces("mobilize", t, sources)))
        if a.negated and a.kind in lx.HOSTILE else a for a in acts]


def own_forces(kind: str, target: Actor, sources) -> bool:
    """Whether ``target`` is a source's own forces that an act such as a withdrawal or a
    mobilisation moves ("Russia withdrew its troops": no target)."""
    return kind in OWN_FORCES and bool(target.code) and (target.code in AGENT_CODES or any(
        s.code and target.code[:3] == s.code[:3] for s in sources))


def _audience(actor: Actor) -> bool:
    """Whether a statement's addressee is only its audience, the press ("told reporters")."""
    return (actor.code or "").endswith("MED")


def _shared_objects(verb) -> list:
    """The object a verb shares with the conjoined verb after it ("beat and detained
    journalists": both are done to the journalists), when it has none of its own."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not _children(c, "nsubj", "nsubjpass"):
            return _children(c, "dobj")
    return []


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


def _verbal(verb) -> bool:
    """Whether force is only words: done to a statement, plan or policy ("attacked the
    government's decision") or for a reason ("attacked speculators for wrecking the
    economy")."""
    return any(o.lemma_.lower() in lx.STATEMENT_NOUNS for o in _children(verb, "dobj")) or any(
        p.lower_ == "for" and (_children(p, "pcomp") or any(
            o.tag_ == "VBG" for o in _children(p, "pobj")))
        for p in _children(verb, "prep"))


def _planned(noun) -> bool:
    """Whether an event noun names what is still to come ("ahead of the opposition rally",
    "before the planned strike"): not an event reported."""
    head = noun.head
    if head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    return head.lower_ in ("ahead", "before", "prior") or any(
        c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "threatened", "upcoming")
        for c in noun.children)


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


def _left_talks(objects) -> bool:
    """Whether a withdrawal is from talks: what is left is talks ("withdrew from the
    negotiations", "pulled out of the deal"), not what the withdrawal is done under ("pulled
    out of Kosovo under the terms of the accord")."""
    return any(_noun_act(o) in ("talks", "mediate", "settle") and (
        o.dep_ == "dobj" or o.head.lower_ in ("of", "from")) for o in objects)


def _phrase_words(phrase) -> list:
    """The words of a phrase, in order, without the clauses with a subject of their own
    inside it ("reports that X had crossed into Y": the report's words, not what it reports;
    "traces found at a site in Y" keeps its participle)."""
    words, stack = [], [phrase]
    while stack:
        t = stack.pop()
        words.append(t)
        stack.extend(c for c in t.children if not (
            c.dep_ in ("relcl", "acl", "ccomp", "advcl") and c.pos_ in ("VERB", "AUX")
            and _children(c, "nsubj", "nsubjpass", "mark")))
    return sorted(words, key=lambda w: w.i)
