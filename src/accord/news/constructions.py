"""Events read off the construction around a verb, not off the verb's own act.

What one undergoes ("came under fire", "survived an attack", "drew criticism from"), whom a
speaker blames and what a plain statement says, what is received or bought from someone,
arrivals and happenings ("aid arrived in", "talks took place between"), the state of talks,
idioms of stance, notices to leave and what continues. A layer of the event coder between
:mod:`accord.news.acts` (what act a verb names) and :mod:`accord.news.coder` (how it is
reported), whose dispatcher calls these when the lexicon's reading does not apply.
"""

from __future__ import annotations

from . import lexicon as lx
from .actors import AGENT_CODES, Actor, actor_agent, actor_root
from .acts import AID, _Act, _Acts, _gift_words, expulsion
from .mentions import _subtree_text
from .predicates import (
    _aux_modality,
    _children,
    _negated,
    _noun_act,
    _object_words,
    _span,
)
from .roles import RULE, _audience, _phrase_words

#: Verbs whose subject suffers the force their "under" phrase names ("came under fire from
#: X", "fell under attack").
UNDERGOING_VERBS = frozenset({"come", "fall"})

#: Verbs of winning others over to a side ("rallied leaders behind X").
RALLYING_VERBS = frozenset({"rally", "mobilise", "mobilize", "marshal", "unite", "line"})

#: Verbs whose subject draws the reaction their object names from someone ("drew criticism
#: from X", "sparked protests from Y").
PROVOKING_VERBS = frozenset({"draw", "spark", "prompt", "trigger", "provoke", "attract", "earn",
                             "elicit", "bring"})

#: The prepositions that name who takes part in a thing ("ties between X and Y", "talks with
#: X"), not where it is ("floods in Pakistan") nor whose it is ("Chile's output").
#: Shares of a firm one buys "in" it: trade with whose the firm is.
STAKES = frozenset({"stake", "share", "holding", "shareholding", "interest"})
PARTIES = frozenset({"between", "of", "with", "by", "against", "among"})


#: Verbs of making words public: one's remarks broadcast are a statement of theirs.
AIRING_VERBS = frozenset({"broadcast", "air", "televise", "read", "publish", "carry", "print",
                          "release", "post", "televised"})
#: What an amount reaches, not a place: "exports reached a record (a new high)".
MAGNITUDES = frozenset({"record", "level", "high", "low", "peak", "total", "mark", "milestone",
                        "threshold", "figure"})
#: Acts two parties do together: named by a noun, its parties are whose it is ("flights between
#: X and Y", "a joint Indian-Egyptian exercise").
SHARED = frozenset({"cooperate", "economic_ties", "military_ties", "judicial_ties",
                    "intelligence"})


def _to_blame(clause) -> bool:
    """Whether a copula says its subject is to blame ("X was to blame for Y")."""
    return any(c.lemma_.lower() == "blame" and any(a.lower_ == "to" for a in _children(c, "aux"))
               for c in _children(clause, "xcomp"))



class _Constructions(_Acts):
    """The event coder's readings of constructions (see the module docstring)."""

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

    def rallied(self, verb, lemma) -> list[tuple]:
        """"X rallied (mobilised) Y behind Z": support won for Z (CAMEO 053), not a protest
        by X nor an act on Y ("rallied South American leaders behind Bolivia's
        president")."""
        if lemma not in RALLYING_VERBS or not _children(verb, "dobj"):
            return []
        # (the parser may hang "behind" on those rallied)
        backed = [a for w in (verb, *_children(verb, "dobj")) for p in _children(w, "prep")
                  if p.lower_ in ("behind", "around")
                  for o in _children(p, "pobj") for a in self.ctx.actors(o) if a.code]
        sources = self.subject(verb)
        if not backed or not sources:
            return []
        act = _Act("rally_support", verb, tuple(backed), _negated(verb), _span(verb))
        return [(sources, act, _aux_modality(verb), act.negated, verb, 0.9)]

    def came_under(self, verb, lemma) -> list[tuple]:
        """"X came under fire (attack, shelling) from Y": Y's force, on X ("a Turkish boat
        came under fire from a Greek patrol boat", "Israeli towns came under rocket fire from
        Gaza", "the town of Goma came under shelling by rebels": the town's country); the
        doers are the force's owner ("came under Israeli fire") or its "from" or "by"
        phrase, on the noun or the verb."""
        if lemma not in UNDERGOING_VERBS:
            return []
        for p in _children(verb, "prep"):
            for noun in _children(p, "pobj") if p.lower_ == "under" else ():
                kind = _noun_act(noun)
                if kind not in lx.HOSTILE or kind in RULE:
                    continue
                doers = [a for a in self.owner(noun) if a.code] or [
                    a for q in _children(verb, "prep", "agent") if q.lower_ in ("from", "by")
                    for o in _children(q, "pobj") for a in self.ctx.actors(o) if a.code]
                victims = [a for s in _children(verb, "nsubj") for a in self.ctx.actors(s)] or [
                    land for s in _children(verb, "nsubj") for land in [next(filter(
                        None, map(self.ctx.land, _phrase_words(s))), None)] if land]
                if not doers or not victims:
                    return []
                self.consumed.add(noun.i)
                act = _Act(kind, noun, tuple(victims), _negated(verb), _span(noun))
                return [(doers, act, _aux_modality(verb), act.negated, verb, 0.9)]
        return []

    def voiced(self, verb, lemma) -> list[tuple]:
        """Praise, criticism or an apology named as what comes from someone or is voiced by
        them ("praise for Botswana's management came from the IMF's director", "criticism
        of Hungary's media law was voiced by the Commission"): the speaker's, to whom (or
        whose deed) it is for or of."""
        if lemma in UNDERGOING_VERBS:
            nouns, by = _children(verb, "nsubj"), [p for p in _children(verb, "prep")
                                                    if p.lower_ == "from"]
        elif lemma in lx.ATTRIBUTION_VERBS or lemma in lx.GIVING_VERBS:
            nouns, by = _children(verb, "nsubjpass"), _children(verb, "agent")
        else:
            return []
        speakers = [a for p in by for o in _children(p, "pobj") for a in self.ctx.actors(o)
                    if a.code]
        for noun in nouns if speakers else ():
            kind = _noun_act(noun)
            if kind is None or kind in lx.BILATERAL or lx.ACT_CODES[kind][:2] not in ("05", "11"):
                continue
            told = tuple(a for p in _children(noun, "prep") if p.lower_ in (
                "for", "of", "to", "against", "over", "on") for o in _children(p, "pobj")
                for a in (self.ctx.actors(o) or self.owner(o)))
            self.consumed.add(noun.i)
            act = _Act(kind, noun, told, _negated(verb), _span(noun))
            return [(speakers, act, _aux_modality(verb), act.negated, verb, 0.9)]
        return []

    def drew_from(self, verb, lemma) -> list[tuple]:
        """"X's act drew criticism (condemnation, protests) from Y": Y criticises X ("the
        nuclear test by North Korea drew condemnation from Japan": JPN -> PRK 111); the
        target is the subject, else whose it is."""
        if lemma not in PROVOKING_VERBS:
            return []
        for noun in _children(verb, "dobj"):
            kind = _noun_act(noun)
            if kind is None or kind in lx.HOSTILE or lx.ACT_CODES.get(kind, "")[:2] not in (
                    "11", "12", "13", "14"):
                continue
            critics = [a for t in (noun, verb) for p in _children(t, "prep") if p.lower_ == "from"
                       for o in _children(p, "pobj") for a in self.ctx.actors(o) if a.code]
            if not critics:
                return []
            if kind == "protest" and not any(actor_agent(a.code) in lx.PROTEST_AGENTS
                                             for a in critics):
                kind = "complain"  # a state's protest is a complaint ("protests from China")
            subjects = _children(verb, "nsubj")
            criticised = [a for s in subjects for a in self.ctx.actors(s)] or [
                a for s in subjects for a in self.owner(s)]
            self.consumed.add(noun.i)
            act = _Act(kind, noun, tuple(criticised), _negated(verb), _span(noun))
            return [(critics, act, _aux_modality(verb), act.negated, verb, 0.9)]
        return []

    def blamed(self, verb) -> list[Actor]:
        """Whom a speaker says was to blame for something ("said Kyiv was to blame for the
        attack", "was responsible for the bombing", "was behind the rocket fire"): an
        accusation of them, not of the speaker's own side (which is owning it)."""
        own = {actor_root(a.code) for a in self.subject(verb)}
        for clause in _children(verb, "ccomp"):
            if clause.lemma_.lower() != "be" or _children(clause, "neg") or not (
                    _to_blame(clause) or any(c.lemma_.lower() == "responsible" for c in
                                             _children(clause, "acomp"))
                    or any(p.lower_ == "behind" for p in _children(clause, "prep"))):
                continue
            return [a for s in _children(clause, "nsubj") for a in self.ctx.actors(s)
                    if a.code and actor_root(a.code) not in own]
        return []

    def statement(self, verb, lemma) -> None:
        """A speaker's statement about something ("said that the budget would ..."): a
        comment, or a pessimistic one when it is a warning."""
        if not _children(verb, "ccomp", "dobj", "prep") or _children(verb, "neg"):
            return
        told = [s for c in _children(verb, "ccomp") if c.i < verb.i
                for s in _children(c, "nsubj", "nsubjpass")]
        if told and not any(s.pos_ in ("PRON", "PROPN") or s.i in self.ctx.mentions
                            or self.ctx.role(s) or s.lemma_.lower() in lx.EVENT_NOUNS
                            or any(w.dep_ == "pobj" and w.head.lower_ in PARTIES
                                   and self.ctx.actors(w) for w in s.subtree)
                            for s in told):
            # "floods have displaced 300,000 people, officials said", "copper output fell 4
            # percent, the statistics office said": news of things no one takes part in (not
            # "ties between X and Y"), its source named after it, is no statement (the
            # speaker's own words come first: "traders said the floods had destroyed the crop")
            return
        sources = self.subject(verb)
        if sources:
            kind = "pessimism" if lemma in lx.WARNING_VERBS else "comment"
            # said to whom, but not to its audience ("told reporters", "told state media")
            targets = tuple(a for a in self.targets(verb, exclude_objects=lemma != "tell")
                            if not _audience(a))
            act = _Act(kind, verb, targets, False, _span(verb))
            self.statements.append((sources, act, None, False, verb, 0.5))

    def according(self, verb) -> None:
        """What is told "according to" a speaker named first ("According to Mozambique's
        president, the debt crisis is under control"): a statement of theirs, as "X said
        that ..." is, if nothing else is reported."""
        # (told first, as a speaker's words are: "according to U.N. figures" after them is
        # a source of data; and a view, what is or will be, not a deed another clause of the
        # parser's may report: "according to the ministry, the two armies conducted drills")
        subjects = _children(verb, "nsubj", "nsubjpass")
        phrases = [p for p in _children(verb, "prep") if p.lower_ == "according"
                   and all(p.i < s.i for s in subjects)]
        view = verb.lemma_.lower() in lx.STATE_VERBS or any(
            a.lower_ in ("will", "would") for a in _children(verb, "aux"))
        sources = [a for p in phrases for t in _children(p, "prep") if t.lower_ == "to"
                   for o in _children(t, "pobj") if o.i in self.ctx.mentions or self.ctx.role(o)
                   for a in self.ctx.actors(o) if a.code] if view else []
        if sources:
            act = _Act("comment", verb, (), False, _span(verb))
            self.statements.append((sources, act, None, False, verb, 0.5))

    def met_with(self, verb, lemma) -> list[tuple]:
        """Someone or something "met with" force, as if it were used on them ("protesters were
        met with tear gas by police": repression; "any move by Taipei towards independence
        would be met with force": a threat, to whose the move is, by the one who says so);
        not a meeting, nor a reception ("was met with scepticism")."""
        if lemma != "meet" or not _children(verb, "nsubjpass"):
            return []
        used = {**lx.VERB_OBJECTS["throw"], **lx.VERB_OBJECTS["use"]}  # (stones thrown too)
        kind = next((k for p in _children(verb, "prep") if p.lower_ == "with"
                     for o in _children(p, "pobj") if not self.ctx.actors(o)
                     for k in [next((used[w] for w in _object_words(o) if w in used), None)
                               or _noun_act(o) or lx.ACT_NOUNS.get(o.lemma_.lower())]
                     if k in lx.HOSTILE or k == "riot"), None)
        if kind is None:
            return []
        met = _children(verb, "nsubjpass")
        # (whom: the ones met, else whose the deed met is: "any move by Taipei")
        targets = tuple(a for n in met for a in self.ctx.actors(n)) or tuple(
            a for n in met for p in n.subtree if p.dep_ == "prep" and p.lower_ == "by"
            for o in _children(p, "pobj") for a in self.ctx.actors(o)) or tuple(
            a for n in met for a in self.owner(n))
        sources = self.subject(verb) or (self.subject(verb.head) if verb.dep_ == "ccomp" and (
            verb.head.lemma_.lower() in lx.ATTRIBUTION_VERBS) else [])
        modality = "threat" if any(a.lower_ in ("will", "would") for a in _children(
            verb, "aux")) else None
        act = _Act(kind, verb, targets, _negated(verb), _span(verb))
        return [(sources, act, modality, act.negated, verb, 0.9)]

    def aired(self, verb, lemma) -> None:
        """One's words told as broadcast, read out or published ("remarks by Mongolia's
        president were broadcast on national television", "the president's speech was aired
        live"): a statement by whose they are, if nothing else is said."""
        if lemma not in AIRING_VERBS:
            return
        for noun in _children(verb, "nsubjpass"):
            if noun.lemma_.lower() in lx.SPEECH_NOUNS and noun.lemma_.lower() not in (
                    "report", "letter"):
                sources = [a for a in self.owner(noun) if a.code]
                if sources:
                    act = _Act("comment", noun, (), False, _span(noun))
                    self.statements.append((sources, act, None, False, verb, 0.5))
                    return

    def received(self, verb, lemma) -> list[tuple]:
        """"X received money (aid) from Y", "took delivery of tanks from Y": Y gave it to X."""
        objects = _children(verb, "dobj")
        if lemma not in lx.RECEIVING_VERBS:
            if lemma != "take":
                return []
            objects = [o for d in objects if d.lemma_.lower() in lx.DELIVERIES
                       for p in _children(d, "prep") if p.lower_ == "of"
                       for o in _children(p, "pobj")]
            if not objects:
                return []
        kind = self.given(objects)
        # (the gift's last conjunct may hold the "from": "drones and missiles from Iran"; so
        # may what it counts: "the first of 108 tanks from Y")
        gifts = [*objects, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
        gifts += [c for g in gifts for c in g.conjuncts if c.i > g.i]
        words = {w.i: w for g in gifts for w in _gift_words(g)}
        givers = [a for t in [verb, *words.values()] for p in _children(t, "prep")
                  if p.lower_ == "from" for o in _children(p, "pobj") for a in self.ctx.actors(o)]
        if kind is None or not givers:
            return []
        act = _Act(kind, verb, tuple(self.subject(verb)), _negated(verb), _span(verb))
        return [(givers, act, _aux_modality(verb), act.negated, verb, 0.85)]

    def bought(self, verb, lemma) -> list[tuple]:
        """"X bought (imported) rice from Y", "will buy more Bolivian gas": trade of X with
        Y, the seller named by "from" or by the goods' nationality (CAMEO 061); weapons bought
        from Y are Y's arms sold, military aid to X (072). No seller named, no event."""
        if lemma not in lx.BUYING_VERBS:
            return []
        goods = [g for o in _children(verb, "dobj") for g in [o, *o.conjuncts]]
        words = {w.lemma_.lower() for g in goods for w in _gift_words(g)}
        sellers = [a for t in [verb, *goods] for p in _children(t, "prep") if p.lower_ == "from"
                   for o in _children(p, "pobj") for a in self.ctx.actors(o)] or [
            a for g in goods for m in g.children if m.dep_ in ("amod", "compound", "poss")
            for a in self.ctx.actors(m)] or [
            # a share bought in a firm: the firm's ("a 49 percent stake in Malawi's carrier")
            a for g in goods if g.lemma_.lower() in STAKES for p in _children(g, "prep")
            if p.lower_ == "in" for o in _children(p, "pobj") for a in self.ctx.actors(o)]
        buyers = self.subject(verb)
        states = [a for a in [*sellers, *buyers] if a.code and a.code not in AGENT_CODES]
        if not goods or not sellers or not buyers or words & lx.MONEY or len(states) < len(
                sellers) + len(buyers):  # (trade between parties the dictionary places)
            return []
        # (as a stance governing it reports it: "intends to buy X from Y" is an intent)
        modality = self.embedded.get(verb.i) or _aux_modality(verb)
        if words & lx.WEAPONS:
            act = _Act("military_aid", verb, tuple(buyers), _negated(verb), _span(verb))
            return [(sellers[:1], act, modality, act.negated, verb, 0.85)]
        act = _Act("economic_ties", verb, tuple(sellers[:1]), _negated(verb), _span(verb))
        return [(buyers, act, modality, act.negated, verb, 0.85)]

    def arrived(self, verb, lemma) -> list[tuple]:
        """Aid named as the subject of a verb of arriving ("humanitarian aid from China
        reached Tonga", "trucks carrying Turkish aid crossed into Syria"): given by whose it
        is, to where it arrives."""
        if lemma not in lx.ARRIVAL_VERBS or any(
                o.lemma_.lower() in MAGNITUDES for o in _children(verb, "dobj")):
            return []  # (not an amount reached: "grain exports reached a record")
        # (the subject it shares as a clause: "gas from Azerbaijan began flowing to Italy")
        for noun in _children(verb, "nsubj") or (
                _children(verb.head, "nsubj") if verb.dep_ == "xcomp" else []):
            # (what a convoy's trucks carry: "a convoy of trucks carrying Egyptian aid")
            carriers = [noun, *(o for p in _children(noun, "prep") if p.lower_ == "of"
                                for o in _children(p, "pobj"))]
            # (or what planes, trucks or ships come with, wherever the parser hangs it:
            # "Indian relief planes landed in Colombo with food"; one who comes with a gift
            # gives it himself: see acts)
            gifts = [*carriers, *(o for n in carriers for c in _children(n, "acl")
                                  for o in _children(c, "dobj")),
                     *(o for t in [verb, *(o for p in _children(verb, "prep")
                                           for o in _children(p, "pobj"))]
                       for p in _children(t, "prep") if p.lower_ == "with"
                       for o in _children(p, "pobj") if noun.pos_ != "PROPN"
                       and noun.i not in self.ctx.mentions
                       and self.ctx.role(noun) in (None, "MIL"))]
            # (aid named as such, not whatever arrives: "Chinese warplanes entered its zone";
            # and goods shipped: "the first shipment of Qatari gas arrived in Germany")
            kind = next((k for g in gifts if _noun_act(g) in AID or g.lemma_.lower() in
                         lx.SUPPLIES for k in [self.given([g])] if k in AID), None) or (
                "economic_ties" if _noun_act(noun) == "economic_ties" and
                noun.lemma_.lower() in lx.DELIVERIES or noun.lemma_.lower() in lx.COMMODITIES
                else None)  # (goods traded: "gas from Azerbaijan began flowing to Italy")
            # (the one who comes with it, when that is an actor with a role: "the Saudi crown
            # prince arrived in Cairo with a $5 billion package of loans": SAUGOV, not whose
            # the prince is)
            givers = next((found for g in gifts for found in [
                [a for a in self.owner(g) if a.code]] if found), [])
            givers = [a for a in self.ctx.actors(noun) if a.code and actor_agent(a.code)
                      and noun.pos_ != "PROPN" and self.ctx.role(noun)
                      and actor_root(a.code) in {actor_root(g.code) for g in givers}] or givers
            if kind is None or not givers:
                continue
            where = tuple(a for o in _children(verb, "dobj") for a in self.ctx.actors(o)) or \
                tuple(a for p in _children(verb, "prep") if p.lower_ in ("to", "into", "in")
                      for o in _children(p, "pobj") for a in self.ctx.actors(o))
            self.consumed.add(noun.i)
            act = _Act(kind, noun, where, _negated(verb), _span(noun))
            return [(givers, act, _aux_modality(verb), act.negated, verb, 0.8)]
        return []

    def happened(self, verb, lemma) -> list[tuple]:
        """An act named as the subject of a verb of happening ("a telephone conversation
        between X and Y took place", "fighting raged between X and Y", "clashes erupted"):
        by whose it is, else its first party, with the second."""
        if lemma not in lx.HAPPENING_VERBS and not (lemma == "take" and any(
                o.lemma_.lower() == "place" for o in _children(verb, "dobj"))) and not (
                lemma == "break" and any(c.lower_ == "out" for c in _children(verb, "prt"))):
            return []  # (nor "broke out")
        for noun in _children(verb, "nsubj"):
            kind = _noun_act(noun)
            if kind is None:
                continue
            owners = [a for a in self.owner(noun) if a.code] or (
                self.dissenters(verb, kind) if kind in lx.DISSENT else [])
            parties = owners or self.participants(noun) or self.between(verb)
            if not parties:
                continue
            self.consumed.add(noun.i)
            sources, targets = (owners, self.noun_targets(noun)) if owners else (
                parties[:1], tuple(parties[1:2]))
            act = _Act(kind, noun, targets, _negated(verb), _span(noun))
            return [(sources, act, _aux_modality(verb), act.negated, verb, 0.8)]
        return []

    def talk_state(self, verb, lemma) -> list[tuple]:
        """What became of talks named as the verb's subject: "the talks collapsed", "talks
        between X and Y resumed", "negotiations were suspended (by X)". The source is who
        halted them (a passive's agent), else the talks' participants, else unknown. A verb
        joined to another shares its subject ("talks broke down but resumed"); a headline's
        verb the parser reads as a noun at its root has the talks as a modifier or its "of"
        ("Talks collapse as union walks out", "Collapse of talks")."""
        shared = verb.head if verb.dep_ == "conj" and not _children(
            verb, "nsubj", "nsubjpass") else verb
        named = _children(shared, "nsubj", "nsubjpass") if verb.pos_ != "NOUN" else [
            *_children(verb, "compound"), *(o for p in _children(verb, "prep")
                                           if p.lower_ == "of" for o in _children(p, "pobj"))
        ] if verb.dep_ == "ROOT" else []
        talks = [c for c in named if _noun_act(c) in ("talks", "mediate", "consult")]
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

    def idiom_stance(self, verb, lemma, neg) -> list[tuple]:
        """A stance said by an idiom: "poured cold water on X", "said no to X" (its
        object with the verb, X after a preposition) or "shot down X", "threw out X" (a verb
        and particle, X a proposal): a rejection of what X stands for, else of X (CAMEO 12),
        to whose X is."""
        idioms = lx.STANCE_IDIOMS.get(lemma, {})
        about, modality = [], None
        # (the parser makes "no" of "said no to X" an interjection)
        for o in _children(verb, "dobj", "intj") if idioms else ():
            modality = next((idioms[w] for w in _object_words(o) if w in idioms), None)
            if modality is not None:
                about = [p for t in (o, verb) for prep in _children(t, "prep")
                         if prep.lower_ in ("on", "to", "at", "towards", "toward")
                         for p in _children(prep, "pobj")]
                break
        if modality is None:
            modality = next((lx.STANCE_PARTICLES[(lemma, p.lower_)] for p in _children(
                verb, "prt", "advmod") if (lemma, p.lower_) in lx.STANCE_PARTICLES), None)
            if modality is None:
                return []
            about = [o for o in _children(verb, "dobj") if o.lemma_.lower() in lx.PROPOSALS
                     or o.lemma_.lower() in lx.STATEMENT_NOUNS]
        if not about:
            return []
        self.embed(verb, modality)
        acts = [a for o in about for a in self.rejected_acts(o)] or [
            _Act("request", o, tuple(self.owner(o)), False, _span(o)) for o in about[:1]]
        return [(self.subject(verb), a, modality, neg, verb, 0.9) for a in acts]

    def notice_to_leave(self, verb, lemma) -> list[tuple]:
        """"Gave the ambassador 72 hours to leave (the country)": an ultimatum (CAMEO 139) to
        whom is given the time, however the parser attaches the hours (an object, an adverbial,
        or an apposition of the person, which the verb's objects leave out)."""
        if lemma not in lx.NOTICE_VERBS:
            return []
        leaving = [c for c in _children(verb, "advcl", "xcomp", "ccomp", "dobj", "dative")
                   for c in [c, *_children(c, "acl", "relcl", "advcl")]
                   if c.lemma_.lower() in ("leave", "depart", "quit", "exit") and any(
                       a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        given = _children(verb, "dative", "dobj")
        spans = [w for g in [*given, *_children(verb, "npadvmod")] for w in g.subtree
                 if w.lemma_.lower() in lx.NOTICE_SPANS]
        persons = [g for g in given if g.lemma_.lower() not in lx.NOTICE_SPANS]
        if not leaving or not spans or not persons:
            return []
        for c in leaving:
            self.consumed.add(c.i)
        who = tuple(a for p in persons for a in self.ctx.actors(p))
        act = _Act("ultimatum", verb, who, _negated(verb), _span(verb))
        return [(self.subject(verb), act, None, act.negated, verb, 0.9)]

    def sent_out(self, verb) -> str | None:
        """The expulsion an order or demand that someone be "out" names ("ordered aid
        agencies out of the country", "want the peacekeepers out"): of what the object is as
        the lexicon's "expel" reads it (a mission, an ambassador), else of people; forces
        ordered or wanted out are withdrawn."""
        objects = _children(verb, "dobj")
        if not objects or not any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")
                                  for w in (verb, *objects) for c in w.children):
            return None
        # (of a country each: a bare "army" may be the orderer's own)
        own = {actor_root(a.code) for a in self.subject(verb)
               if a.code and a.code not in AGENT_CODES}
        forces = [a for o in objects if o.lemma_.lower() in lx.FORCES
                  for a in self.ctx.actors(o) if a.code and a.code not in AGENT_CODES]
        if forces and own and not own & {actor_root(a.code) for a in forces}:
            return "expel_mission"  # another's: "Mali's junta ordered French troops out"
        if any(o.lemma_.lower() in lx.FORCES for o in objects):
            return "withdraw"  # "ordered its troops out of X", "wants U.S. forces out"
        return expulsion(objects, [a for o in objects for a in self.ctx.actors(o)])

    def continued(self, verb, lemma) -> list[tuple]:
        """An act named as the subject of a verb of going on ("deliveries of wheat by the WFP
        to Ethiopia resumed", "Israel's air strikes on Gaza continued"; in the passive,
        brought back: "rail freight between X and Y was restored"): done by whose it is, to
        whom the noun says, else by its first party with the second ("direct flights between
        Egypt and Qatar resumed"); nothing when no one's it is ("fighting resumed"). Exercises
        and patrols that ended or were completed happened too ("the joint Indian-Egyptian air
        exercise ended")."""
        if lemma == "get" and any(o.lemma_.lower() == "way" for p in _children(verb, "prep")
                                  if p.lower_ == "under" for o in _children(p, "pobj")):
            lemma = "begin"  # "the drills got under way"
        drilled = lemma in lx.COMPLETING_VERBS and any(
            n.lemma_.lower() in lx.EXERCISES or _noun_act(n) == "military_ties"
            for n in _children(verb, "nsubj"))
        if lemma not in lx.CONTINUING_VERBS and not drilled or _children(verb, "dobj", "xcomp"):
            return []
        for noun in _children(verb, "nsubj", "nsubjpass"):
            kind = _noun_act(noun)
            if kind is None or noun.dep_ == "nsubjpass" and kind not in SHARED:
                continue
            owners = [a for a in self.owner(noun) if a.code]
            if noun.lemma_.lower() in lx.EXERCISES and len({actor_root(a.code) for a in [
                    *owners, *self.participants(noun)]}) > 1:
                kind = "military_ties"  # drills of two states' forces ("drills involving
                # Iranian and Russian warships got under way"): held together, as verbs read
            if kind in SHARED:
                # (parties of two states: "a joint exercise by the Chinese and Russian navies",
                # "the Indian-Egyptian exercise"; whom it is done for: "the training of Iraqi
                # units by Spanish officers")
                owners = list({a.code: a for a in [*owners, *self.participants(noun)]}.values())
                others = tuple(a for a in owners[1:]
                               if actor_root(a.code) != actor_root(owners[0].code))
                targets = others or self.noun_targets(noun) or tuple(
                    a for p in _children(noun, "prep") if p.lower_ == "of"
                    for o in _children(p, "pobj") for a in self.ctx.actors(o))
                owners = owners[:1]
            else:
                targets = self.noun_targets(noun)
            if owners:
                self.consumed.add(noun.i)
                act = _Act(kind, noun, targets, _negated(verb), _span(noun))
                return [(owners, act, _aux_modality(verb), act.negated, verb, 0.8)]
        return []
        for noun in _children(verb, "nsubj"):
            kind = _noun_act(noun)
            owners = self.owner(noun) if kind is not None else []
            if owners:
                self.consumed.add(noun.i)
                act = _Act(kind, noun, self.noun_targets(noun), _negated(verb), _span(noun))
                return [(owners, act, _aux_modality(verb), act.negated, verb, 0.8)]
        return []
